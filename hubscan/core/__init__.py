"""The hub's rules, free of Qt, SQL, HTTP and serial ports.

Everything here runs on the standard library alone so that the rules can be tested,
reasoned about and reused by the GUI and the headless session alike.
"""
