"""HubScan: the packing-station application of a cross-border returns hub."""

__version__ = "0.1.0"
