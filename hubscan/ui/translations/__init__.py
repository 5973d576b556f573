"""Qt Linguist sources (``hubscan_fr.ts``, ``hubscan_nl.ts``) of the window's words.

Refresh them after changing a visible string or an outcome template:

    .venv/bin/python -m hubscan.ui.translations.update

then translate what is marked unfinished (Qt Linguist: ``pyside6-linguist``). The
``.qm`` files Qt loads are compiled from these at first use (``hubscan/ui/i18n.py``)
and never committed.
"""
