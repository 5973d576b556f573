"""``hubscan sync --once`` and ``hubscan sync status [--json]``."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime

from hubscan.cli.common import UserError, config_from, open_store, policy_from
from hubscan.config import TOKEN_ENV, central_settings
from hubscan.store.store import LocalStore
from hubscan.sync.client import CentralRefused, CentralUnavailable
from hubscan.sync.engine import SyncEngine, engine_if_configured


def _engine(args: argparse.Namespace, store: LocalStore, hub: str, workstation: str) -> SyncEngine:
    central = central_settings(config_from(args))
    if not central.url:
        raise UserError("no central service: set central.url in the config (or HUBSCAN_CENTRAL_URL)")
    if not central.token:
        raise UserError(f"no token for the central service: run 'hubscan token set' (or set {TOKEN_ENV})")
    engine = engine_if_configured(store, central, hub, workstation)
    assert engine is not None
    return engine


def run_sync(args: argparse.Namespace) -> int:
    policy = policy_from(args)
    store = open_store(args, policy)
    try:
        if args.action == "status":
            return _status(args, store, policy.hub_id, policy.workstation_id)
        engine = _engine(args, store, policy.hub_id, policy.workstation_id)
        try:
            result = engine.run_once()
        except CentralUnavailable as exc:
            print(f"central service unreachable: {exc}. Events stay queued; they go when it answers.")
            return 1
        except CentralRefused as exc:
            print(f"central service refused this workstation: {exc}. Check the token and central.url.")
            return 1
        finally:
            engine.client.close()
        print(
            f"sent {result.sent} event(s), {result.refused} refused, {result.photos} photo(s); "
            f"pulled {result.pulled} pre-advice"
        )
        return 0
    finally:
        store.close()


def _status(args: argparse.Namespace, store: LocalStore, hub: str, workstation: str) -> int:
    from hubscan.store import syncstate

    status = syncstate.sync_status(store)
    now = datetime.now(UTC)
    oldest = status.oldest_age_s(now)
    age = None if oldest is None else round(oldest, 1)
    report = {
        "hub": hub,
        "workstation": workstation,
        "queue_depth": status.queue_depth,
        "oldest_unsent_age_s": age,
        "last_success": status.last_success,
        "last_error": status.last_error,
        "online": status.online,
        "exceptions": status.exceptions,
        "manifest_cursor": status.manifest_cursor,
        "photos_waiting": status.photos_waiting,
        "photos_given_up": status.photos_given_up,
        "photos_error": status.photos_error,
    }
    if args.json:
        print(json.dumps(report))
        return 0
    print(
        f"{'online' if report['online'] else 'offline'}; {status.queue_depth} event(s) queued"
        + (f", oldest {age:.0f} s old" if age is not None else "")
    )
    print(f"last success: {report['last_success'] or 'never'}")
    if report["last_error"]:
        print(f"last error:   {report['last_error']}")
    if status.photos_waiting:
        print(f"{status.photos_waiting} photo(s) kept as evidence not sent yet")
    if status.photos_given_up:
        print(f"{status.photos_given_up} photo(s) no longer tried: {status.photos_error}")
    if status.exceptions:
        print(f"{status.exceptions} return(s) with an exception from the central service: see the Exceptions view")
    return 0
