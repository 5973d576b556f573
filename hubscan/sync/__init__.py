"""Sync with the central service (issue 5)."""
