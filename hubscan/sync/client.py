"""The central service's HTTP API as the workstation calls it (requests).

Connect and read timeouts on every call; urllib3 retries connection errors, timeouts,
429 and 5xx with exponential backoff and jitter, POST included (every call is harmless
to repeat: events are idempotent by id). TLS is always verified, against a CA bundle
when one is configured.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

API = "/v1"


class CentralUnavailable(Exception):
    """The service could not be reached or answered with a server error: try again later."""


class CentralRefused(Exception):
    """The service refused the request itself (bad token, wrong hub): retrying will not help.

    ``status`` is the HTTP status (401: token not valid, 403: another hub's); None when the
    TLS check failed (``tls``) or the refusal came back from the helper process."""

    def __init__(self, message: str, status: int | None = None, tls: bool = False) -> None:
        super().__init__(message)
        self.status = status
        self.tls = tls


@dataclass(frozen=True)
class ClientSettings:
    url: str
    token: str
    ca_bundle: str | None = None
    connect_timeout_s: float = 3.05
    read_timeout_s: float = 20.0
    retries: int = 4
    backoff_s: float = 0.25


class CentralClient:
    def __init__(self, settings: ClientSettings) -> None:
        self.settings = settings
        self.session = requests.Session()
        retry = Retry(
            total=settings.retries,
            connect=settings.retries,
            read=settings.retries,
            status=settings.retries,
            backoff_factor=settings.backoff_s,
            backoff_jitter=settings.backoff_s,
            status_forcelist=(429, 500, 502, 503, 504),
            allowed_methods=None,  # POST too: the API makes every retry harmless
            raise_on_status=False,
            respect_retry_after_header=True,
        )
        adapter = HTTPAdapter(max_retries=retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.headers["Authorization"] = f"Bearer {settings.token}"
        self.session.verify = settings.ca_bundle or True

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        return self.decode(self._request(method, path, **kwargs))

    def decode(self, body: bytes) -> Any:
        try:
            return json.loads(body)
        except ValueError as exc:  # a truncated or garbled body
            raise CentralUnavailable(f"{self.settings.url} sent an unreadable answer") from exc

    def _request(self, method: str, path: str, wait_s: float = 0.0, **kwargs: Any) -> bytes:
        """``wait_s``: how long the service may hold the answer back (a long poll), on top
        of the read timeout."""
        url = self.settings.url.rstrip("/") + API + path
        timeout = (self.settings.connect_timeout_s, self.settings.read_timeout_s + wait_s)
        if self.settings.ca_bundle:
            # Given per request: requests lets REQUESTS_CA_BUNDLE/CURL_CA_BUNDLE override a
            # session's own bundle, so the configured one would be silently ignored.
            kwargs.setdefault("verify", self.settings.ca_bundle)
        try:
            response = self.session.request(method, url, timeout=timeout, **kwargs)
        except requests.exceptions.SSLError as exc:
            raise CentralRefused(f"TLS check of {self.settings.url} failed: {exc}", tls=True) from exc
        except requests.RequestException as exc:
            raise CentralUnavailable(f"{self.settings.url} unreachable ({type(exc).__name__})") from exc
        if response.status_code >= 500 or response.status_code == 429:
            raise CentralUnavailable(f"{self.settings.url} answered {response.status_code}")
        if response.status_code >= 400:
            raise CentralRefused(
                f"{self.settings.url} refused the request ({response.status_code}: {_detail(response)})",
                response.status_code,
            )
        return response.content

    def health(self) -> dict[str, Any]:
        result: dict[str, Any] = self._call("GET", "/health")
        return result

    def push_events(self, hub: str, workstation: str, events: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
        body = {"hub": hub, "workstation": workstation, "events": events}
        answer = self._call("POST", "/events", json=body, headers={"Idempotency-Key": key})
        results: list[dict[str, Any]] = answer["results"]
        if [r["id"] for r in results] != [e["id"] for e in events]:
            raise CentralUnavailable("the answer does not match the batch sent")
        return results

    def manifest(self, hub: str, after: int, limit: int) -> dict[str, Any]:
        result: dict[str, Any] = self.decode(self.manifest_body(hub, after, limit))
        return result

    def manifest_body(self, hub: str, after: int, limit: int) -> bytes:
        """The manifest page undecoded: a fetching thread reads it (the GIL is free while
        it waits on the socket) and the thread that applies it decodes it, so a long
        ``json.loads`` never holds the GIL while the applying thread holds the write lock."""
        return self._request("GET", f"/hubs/{hub}/manifest", params={"after": after, "limit": limit})

    def feed(self, hub: str, after: int, limit: int, wait_s: float = 0.0) -> dict[str, Any]:
        """The hub's feed after ``after``; with ``wait_s``, the service answers as soon as
        there is an event, or after that long with none."""
        params = {"after": after, "limit": limit, "wait": wait_s}
        result: dict[str, Any] = self.decode(self._request("GET", f"/hubs/{hub}/feed", wait_s, params=params))
        if not isinstance(result.get("events"), list) or not isinstance(result.get("cursor"), int):
            raise CentralUnavailable(f"{self.settings.url} sent a feed page without events or cursor")
        return result

    def hub_state(self, hub: str, after: int, limit: int, upto: int | None) -> dict[str, Any]:
        """A page of what a bench joining ``hub`` needs: the events of the returns the
        hub still holds, up to the feed position ``upto`` (the first answer names it)."""
        params: dict[str, int] = {"after": after, "limit": limit}
        if upto is not None:
            params["upto"] = upto
        result: dict[str, Any] = self._call("GET", f"/hubs/{hub}/state", params=params)
        if not isinstance(result.get("events"), list) or not isinstance(result.get("upto"), int):
            raise CentralUnavailable(f"{self.settings.url} sent a hub state page without events or position")
        return result

    def timeline(self, tracking: str) -> dict[str, Any]:
        result: dict[str, Any] = self._call("GET", f"/returns/{tracking}/timeline")
        return result

    def start_evidence(self, sha256: str, size: int, name: str, tracking: str) -> dict[str, Any]:
        """Begin (or look up) a photo's upload: the answer's ``received`` is where to go on."""
        body = {"sha256": sha256, "size": size, "name": name, "tracking": tracking}
        result: dict[str, Any] = self._call("POST", "/evidence", json=body)
        return result

    def send_evidence_part(self, sha256: str, offset: int, data: bytes) -> dict[str, Any]:
        headers = {"Content-Type": "application/octet-stream"}
        result: dict[str, Any] = self._call("PUT", f"/evidence/{sha256}/parts/{offset}", data=data, headers=headers)
        return result

    def close(self) -> None:
        self.session.close()


def _detail(response: requests.Response) -> str:
    try:
        return str(response.json().get("detail", response.text[:200]))
    except (ValueError, AttributeError):
        return response.text[:200]
