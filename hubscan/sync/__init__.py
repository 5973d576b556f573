"""Sync with the central service: the outbox drained to it, manifest deltas pulled from it."""
