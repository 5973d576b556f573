import multiprocessing

from hubscan.cli.main import main

if __name__ == "__main__":
    # A frozen (PyInstaller) build starts helper processes (the manifest pull) through
    # this entry point; freeze_support runs them instead of the command line.
    multiprocessing.freeze_support()
    raise SystemExit(main())
