"""The database out of reach (restarting after a crash, gone, or giving up a
transaction): the request is answered 503 with ``Retry-After``, not 500.

Left to the framework, such an error is a 500 with a traceback in the log, and uvicorn
closes the connection once that answer is out, so a client's next request on the
kept-alive connection meets a reset. A 503 keeps the connection, tells the client to
try again (every call of the API is harmless to repeat), and the log gets one line per
request.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError

log = logging.getLogger("hubscan_central")

RETRY_AFTER_S = 1


async def _database_unavailable(request: Request, exc: Exception) -> JSONResponse:
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
