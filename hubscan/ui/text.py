"""Words on screen in the chosen language.

Outcome messages are English templates in ``core/outcome.py`` (device and print
messages in ``core/notices.py``, context "devices"); the screen translates
the template (Qt context "outcome") and fills it with the outcome's parameters, so a
translation can reorder them. Without a translation the English message shows. Each
outcome also has a short title (context "outcome title", its code the disambiguation),
for lists of past scans, which keep the code but not the parameters.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hubscan.core.notices import Notice
from hubscan.core.outcome import CATALOG, TEST_MARK, Outcome

# The Qt context of the outcomes' titles (hubscan/ui/translations/update.py marks them),
# each disambiguated by its code: two outcomes with the same English title may read
# differently in another language.
TITLE_CONTEXT = "outcome title"

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
        text = template.format(**params)
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the message
        return result.message
    # A retailer's test return: every answer about it says so (TEST in every language,
    # as the label prints it).
    return f"{TEST_MARK}: {text}" if result.test else text


def outcome_title(code: str) -> str:
    """The short title of outcome ``code`` in the window's language; a code the catalog
    no longer has (a scan recorded by an older version) shows as it is."""
    info = CATALOG.get(code)
    if info is None:
        return code
    return QCoreApplication.translate(TITLE_CONTEXT, info.title, code)


def notice_text(notice: Notice | str) -> str:
    """A device's or print job's words in the window's language (Qt context "devices")."""
    if isinstance(notice, str):
        return notice
    return notice.render(lambda template: QCoreApplication.translate("devices", template))
