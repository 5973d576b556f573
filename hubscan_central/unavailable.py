"""The database out of reach (restarting after a crash, gone, or giving up a
transaction): the request is answered 503 with ``Retry-After``, not 500. Any other
database error (a mistake in the SQL, a missing table) stays a 500 with its traceback
in the log: asking the client to try again would never help.

Left to the framework, such an error is a 500 with a traceback in the log, and uvicorn
closes the connection once that answer is out, so a client's next request on the
kept-alive connection meets a reset. A 503 keeps the connection, tells the client to
try again (every call of the API is harmless to repeat), and the log gets one line per
request.
"""

from __future__ import annotations

import logging
import sqlite3

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from sqlalchemy.exc import OperationalError

log = logging.getLogger("hubscan_central")

RETRY_AFTER_S = 1


def _unavailable(exc: OperationalError) -> bool:
    """Whether ``exc`` says the database is out of reach (not that the SQL was wrong):
    a connection lost or refused, the server shutting down, SQLite busy or locked."""
    if exc.connection_invalidated:
        return True
    cause = exc.orig
    if isinstance(cause, sqlite3.OperationalError):
        return (cause.sqlite_errorcode & 0xFF) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_CANTOPEN)
    sqlstate = getattr(cause, "sqlstate", None)
    if sqlstate is None:  # PostgreSQL's driver: no server answered at all
        return True
    return str(sqlstate).startswith(("08", "57P"))  # connection exceptions; admin or crash shutdown


async def _database_unavailable(request: Request, exc: Exception) -> Response:
    if not isinstance(exc, OperationalError) or not _unavailable(exc):
        log.error("%s %s failed", request.method, request.url.path, exc_info=exc)
        return PlainTextResponse("Internal Server Error", status_code=500)
    lines = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    log.warning(
        "%s %s answered 503, the database is unavailable: %s",
        request.method,
        request.url.path,
        lines[0] if lines else type(exc).__name__,
    )
    return JSONResponse(
        {"detail": "the service's database is unavailable for the moment: try again"},
        status_code=503,
        headers={"Retry-After": str(RETRY_AFTER_S)},
    )


def answer_503_while_the_database_is_unavailable(app: FastAPI) -> None:
    app.add_exception_handler(OperationalError, _database_unavailable)
