"""Application services: what the GUI and the command line call, wired to the store."""
