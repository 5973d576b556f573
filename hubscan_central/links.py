"""The OpenAPI links of API v1: how an answer leads to the next request a client makes
with what it says (the next page after a cursor, the timeline of the return just
loaded, the next part of a photo from the offset the service holds).

They document how the endpoints chain, and are what lets a fuzzer (schemathesis's
stateful phase) walk through the API as a client does. Each route spreads its set into
its ``responses`` (``answer_links`` makes it the 200 answer's); FastAPI adds them to the
answer it documents. Only values every such answer holds are linked from (a return's
optional ``hub``, or the first entry of a page that may be empty, would be no link).
"""

from __future__ import annotations

from typing import Any

from hubscan_central.evidence import API as EVIDENCE

TIMELINE = "/v1/returns/{tracking}/timeline"
MANIFEST = "/v1/hubs/{hub}/manifest"
FEED = "/v1/hubs/{hub}/feed"
STATE = "/v1/hubs/{hub}/state"


def _operation(path: str, method: str) -> str:
    """The reference to an operation of this document (a JSON pointer into ``paths``)."""
    return "#/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method


def link(
    path: str, method: str, description: str, parameters: dict[str, str], body: dict[str, Any] | None = None
) -> dict[str, Any]:
    """A link to ``method`` ``path``, its parameters (``"path.hub"``, ``"query.after"``)
    given by runtime expressions (``$response.body#/cursor``, ``$request.path.hub``)."""
    found: dict[str, Any] = {
        "operationRef": _operation(path, method),
        "description": description,
        "parameters": parameters,
    }
    if body is not None:
        found["requestBody"] = body
    return found


def answer_links(**links: dict[str, Any]) -> dict[int | str, dict[str, Any]]:
    """The 200 answer's links, for a route's ``responses``."""
    return {200: {"links": links}}


def _timeline(tracking: str, what: str) -> dict[str, Any]:
    return link(TIMELINE, "get", f"The timeline of {what}.", {"path.tracking": tracking})


def _next_page(path: str) -> dict[str, Any]:
    return link(
        path,
        "get",
        "The next page: `after` is this answer's `cursor`.",
        {"path.hub": "$request.path.hub", "query.after": "$response.body#/cursor"},
    )


PREADVICE = answer_links(
    ReturnTimeline=_timeline("$request.body#/returns/0/tracking", "the first return loaded"),
    CarrierStatus=link(
        "/v1/carrier-status",
        "post",
        "A carrier's status for the first return loaded.",
        {},
        body={"tracking": "$request.body#/returns/0/tracking"},
    ),
)

CARRIER_STATUS = answer_links(ReturnTimeline=_timeline("$request.body#/tracking", "the return"))

ESCALATIONS = answer_links(
    NextPage=link(
        "/v1/escalations",
        "get",
        "The next page: `after` is this answer's `cursor`.",
        {"query.after": "$response.body#/cursor"},
    )
)

MANIFEST_PAGE = answer_links(NextPage=_next_page(MANIFEST))

FEED_PAGE = answer_links(NextPage=_next_page(FEED))

STATE_PAGE = answer_links(
    NextPage=link(
        STATE,
        "get",
        "The next page of the same state: `after` is this answer's `cursor`, `upto` its `upto`.",
        {
            "path.hub": "$request.path.hub",
            "query.after": "$response.body#/cursor",
            "query.upto": "$response.body#/upto",
        },
    ),
    FollowFeed=link(
        FEED,
        "get",
        "The feed from where the state ends: `after` is this answer's `upto`.",
        {"path.hub": "$request.path.hub", "query.after": "$response.body#/upto"},
    ),
)

EVENTS = answer_links(
    HubFeed=link(FEED, "get", "The feed of the hub the events came from.", {"path.hub": "$request.body#/hub"}),
    HubState=link(STATE, "get", "The state of the hub the events came from.", {"path.hub": "$request.body#/hub"}),
    HubManifest=link(
        MANIFEST, "get", "The manifest of the hub the events came from.", {"path.hub": "$request.body#/hub"}
    ),
)

_PART = EVIDENCE + "/{sha256}/parts/{offset}"

EVIDENCE_START = answer_links(
    FirstPart=link(
        _PART,
        "put",
        "The photo's bytes from the offset the service holds (`received`).",
        {"path.sha256": "$response.body#/sha256", "path.offset": "$response.body#/received"},
    ),
)

EVIDENCE_PART = answer_links(
    NextPart=link(
        _PART,
        "put",
        "The photo's next bytes, from `received`.",
        {"path.sha256": "$request.path.sha256", "path.offset": "$response.body#/received"},
    ),
    Photo=link(
        EVIDENCE + "/{sha256}",
        "get",
        "The photo, once `complete`.",
        {"path.sha256": "$request.path.sha256"},
    ),
)
