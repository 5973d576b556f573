"""The PySide6 workstation window. Imports core and the application services only."""
