"""How the service reads a JSON request body: strictly, in one place for every endpoint.

Python's ``json`` reads more than JSON, and reads some JSON in a way nobody can act on:

- a key given twice in one object keeps its last value: which one the client meant is a
  guess (a proxy or another parser on the way may well have taken the first);
- ``NaN``, ``Infinity`` and numbers too large for a float (``1e400``, read as infinity)
  are no JSON numbers: kept in an event's payload, they would make the hub's feed
  answer something that is not JSON;
- a ``\\ud800`` escape becomes a lone UTF-16 surrogate, text no answer or database can
  hold (the answer naming the bad field would fail with it);
- a ``\\u0000`` escape becomes a NUL character, which PostgreSQL keeps in no text
  column (the request would fail there with a server error);
- bytes that are not UTF-8 (RFC 8259) are guessed at as UTF-16 or -32, or decoded
  letting an encoded surrogate through.

A body with any of these is refused whole like any other malformed JSON (422,
``json_invalid``), with a message naming what is wrong, before any of it reaches a
handler: nothing of it is kept.

``StrictJsonRoute`` is the app's route class: FastAPI reads every body sent as
``application/json`` with ``Request.json``, which its requests do with ``loads``. The
body was already bounded by ``guard.BodyLimit``, and the parse builds nothing the plain
one would not.
"""

from __future__ import annotations

import codecs
import json
import math
import re
from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import HTTPException, Request, Response
from fastapi.routing import APIRoute


class NotValidJson(ValueError):
    """A body that is not JSON with one meaning, and why (a message for the client)."""


def _shown(text: str) -> str:
    """``text`` as a JSON string, cut short: fit for a message whatever it holds."""
    quoted = json.dumps(text)
    return quoted if len(quoted) <= 60 else quoted[:56] + '..."'


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise NotValidJson(f"{_shown(key)} is given twice in one object")
            seen.add(key)
    return found


def _no_constant(name: str) -> Any:
    raise NotValidJson(f"{name} is not a JSON number")


def _finite(number: str) -> float:
    value = float(number)
    if not math.isfinite(value):
        raise NotValidJson(f"the number {number[:40]} is too large to take")
    return value


# A \u escape of a surrogate, the only way one gets into text decoded as UTF-8. The
# parser joins a high and a low one into their character, so a surrogate left in the
# parsed value stood alone.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Likewise a NUL: JSON text holds one only as this escape.
_NUL_ESCAPE = re.compile(rb"\\u0000")
_NUL = re.compile("\x00")


def _text_with(value: Any, pattern: re.Pattern[str]) -> str | None:
    """The first text (a key or a value) in ``value`` that ``pattern`` finds in, if any."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if pattern.search(item):
                return item
        elif isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return None


def loads(body: bytes) -> Any:
    """``body`` parsed as JSON; ``json.JSONDecodeError`` if it is not JSON at all, and
    ``NotValidJson`` if it is not JSON with one meaning. A UTF-8 byte order mark before
    it is ignored, as ``json.loads`` does."""
    start = len(codecs.BOM_UTF8) if body.startswith(codecs.BOM_UTF8) else 0
    try:
        text = str(memoryview(body)[start:], "utf-8")  # no copy of the body
    except UnicodeDecodeError as exc:
        raise NotValidJson(f"not UTF-8 text (byte {start + exc.start + 1} of the body)") from exc
    parsed = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant, parse_float=_finite)
    if _SURROGATE_ESCAPE.search(body):  # rare: only then look through every text
        found = _text_with(parsed, _SURROGATE)
        if found is not None:
            raise NotValidJson(f"the text {_shown(found)} holds a lone UTF-16 surrogate, which is no character")
    if _NUL_ESCAPE.search(body):
        found = _text_with(parsed, _NUL)
        if found is not None:
            raise NotValidJson(
                f"the text {_shown(found)} holds a NUL character (U+0000), which the service cannot keep"
            )
    return parsed


def refusal(reason: str) -> HTTPException:
    """The answer to a body that is not JSON with one meaning: the answer FastAPI gives a
    malformed body (422, ``json_invalid``; ``ctx.error`` says why), with the reason as
    its message too."""
    error = {"type": "json_invalid", "loc": ["body"], "msg": reason, "input": {}, "ctx": {"error": reason}}
    return HTTPException(422, [error])


class StrictJsonRequest(Request):
    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            body = await self.body()
            try:
                self._json = loads(body)
            except NotValidJson as exc:
                raise refusal(str(exc)) from exc
        return self._json


class StrictJsonRoute(APIRoute):
    """A route whose request reads its JSON body with ``loads``."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def strict(request: Request) -> Response:
            return await handler(StrictJsonRequest(request.scope, request.receive))

        return strict
