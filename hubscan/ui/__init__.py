"""The PySide6 workstation (issue 4). Imports core and the application services only."""
