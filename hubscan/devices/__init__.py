"""Scanners and printers."""
