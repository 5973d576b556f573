"""The evidence endpoints (``evidence.py`` says how an upload goes)."""

# No "from __future__ import annotations": FastAPI reads the route signatures at run time.

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Path, Request, Response
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import Engine

from hubscan_central import evidence, links
from hubscan_central.auth import Caller
from hubscan_central.schemas import MAX_EVIDENCE_PART, EvidenceStart, EvidenceUpload, Problem

ShaPath = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="The photo's SHA-256, lowercase hex.")]
BINARY = {"type": "string", "format": "binary"}
PART_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/octet-stream": {"schema": BINARY}},
        "description": f"The photo's bytes from `offset`, at most {MAX_EVIDENCE_PART} of them.",
    }
}


def _problem(description: str) -> dict[str, Any]:
    return {"model": Problem, "description": description}


def add_evidence_routes(
    app: FastAPI,
    engine: Engine,
    caller: Callable[..., Caller],
    auth_errors: dict[int | str, dict[str, Any]],
    bad_body: dict[int | str, dict[str, Any]],
) -> None:
    def bench(who: Annotated[Caller, Depends(caller)]) -> Caller:
        if who.role != "workstation":
            raise HTTPException(403, "only a hub's workstation sends evidence")
        return who

    def refuse(problem: evidence.EvidenceProblem) -> HTTPException:
        return HTTPException(problem.status, str(problem))

    @app.post(
        evidence.API,
        response_model=EvidenceUpload,
        responses={
            **auth_errors,
            **bad_body,
            **links.EVIDENCE_START,
            409: _problem("The service holds a photo of this SHA-256 with another size."),
        },
        tags=["evidence"],
    )
    def start_evidence(body: EvidenceStart, who: Annotated[Caller, Depends(bench)]) -> EvidenceUpload:
        """Begin, or look up, the upload of a photo kept as evidence: the answer says how
        many of its bytes the service holds already (send the rest with PUT, in parts)."""
        assert who.hub is not None
        try:
            with engine.begin() as connection:
                return evidence.start(connection, body, who.hub, who.workstation)
        except evidence.EvidenceProblem as problem:
            raise refuse(problem) from problem

    def add(sha256: str, hub: str, offset: int, data: bytes) -> EvidenceUpload:
        with engine.begin() as connection:
            answer, dropped = evidence.add_part(connection, sha256, hub, offset, data)
        if dropped is not None:  # the parts were dropped, and that is committed
            raise dropped
        return answer

    @app.put(
        evidence.API + "/{sha256}/parts/{offset}",
        response_model=EvidenceUpload,
        openapi_extra=PART_BODY,
        responses={
            **auth_errors,
            **links.EVIDENCE_PART,
            404: _problem("No upload of this photo was begun."),
            409: _problem(
                "The part does not go on the photo: not at the offset the service holds (send from the offset "
                "named), empty, past the photo's size, or the last part and the bytes do not hash to the photo's "
                "name (they are dropped: send it again from 0)."
            ),
            413: _problem(f"A part of more than {MAX_EVIDENCE_PART} bytes."),
        },
        tags=["evidence"],
    )
    async def add_evidence_part(
        sha256: ShaPath,
        request: Request,
        offset: Annotated[int, Path(ge=0, le=2**31 - 1, description="Where the part goes in the photo.")],
        who: Annotated[Caller, Depends(bench)],
    ) -> EvidenceUpload:
        """The photo's next bytes, from ``offset`` (the `received` of the last answer).
        The answer after the last part says `complete` once they hash to the name."""
        data = await request.body()
        assert who.hub is not None
        try:
            return await run_in_threadpool(add, sha256, who.hub, offset, data)
        except evidence.EvidenceProblem as problem:
            raise refuse(problem) from problem

    def read(sha256: str, hub: str | None) -> evidence.Photo | None:
        with engine.connect() as connection:
            return evidence.read(connection, sha256, hub)

    @app.get(
        evidence.API + "/{sha256}",
        response_class=Response,
        responses={
            **auth_errors,
            200: {
                "description": "The photo, whole.",
                "content": {kind: {"schema": BINARY} for kind in evidence.MEDIA_TYPES.values()},
            },
            404: _problem("No such photo from this token's hub, or not all of it has arrived yet."),
        },
        tags=["evidence"],
    )
    def get_evidence(sha256: ShaPath, who: Annotated[Caller, Depends(caller)]) -> Response:
        """A photo kept as evidence: for the returns portal, and the hub that sent it."""
        photo = read(sha256, None if who.role == "portal" else who.hub)
        if photo is None:  # another hub's photo is not there for this one either
            raise HTTPException(404, f"no photo {sha256[:12]}… here (yet)")
        return Response(photo.data, media_type=evidence.media_type(photo.name))
