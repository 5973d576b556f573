"""The local store: SQLite through SQLAlchemy, one transaction per scan."""
