"""Words on screen in the chosen language.

Outcome messages are English templates in ``core/outcome.py`` (device and print
messages in ``core/notices.py``, context "devices"); the screen translates
the template (Qt context "outcome") and fills it with the outcome's parameters, so a
translation can reorder them. Without a translation the English message shows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hubscan.core.notices import Notice
from hubscan.core.outcome import CATALOG, Outcome

# Parameters holding role or station names ("supervisor or dispatcher" included).
TERM_PARAMS = frozenset({"role", "station", "needed"})


def _term(value: str) -> str:
    joiner = QCoreApplication.translate("terms", " or ")
    return joiner.join(QCoreApplication.translate("terms", part) for part in value.split(" or "))


def outcome_text(result: Outcome) -> str:
    info = CATALOG.get(result.code)
    if info is None:
        return result.message
    template = QCoreApplication.translate("outcome", info.template)
    params = {key: _term(value) if key in TERM_PARAMS else value for key, value in result.params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the message
        return result.message


def notice_text(notice: Notice | str) -> str:
    """A device's or print job's words in the window's language (Qt context "devices")."""
    if isinstance(notice, str):
        return notice
    return notice.render(lambda template: QCoreApplication.translate("devices", template))
