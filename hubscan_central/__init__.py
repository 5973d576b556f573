"""The reference central service HubScan workstations sync with (never imported by hubscan)."""

__version__ = "0.1.0"
API_VERSION = "v1"
