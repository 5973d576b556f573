"""Scanners and printers (issue 3)."""
