"""The ``hubscan`` command."""
