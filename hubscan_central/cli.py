"""``hubscan-central``: serve the API, migrate its database, make tokens, print the OpenAPI."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import Any

DEFAULT_DB = "sqlite:///hubscan-central.db"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="hubscan-central", description="HubScan reference central service")
    parser.add_argument(
        "--db", default=DEFAULT_DB, help="SQLAlchemy URL (default %(default)s; postgresql+psycopg://...)"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="migrate, then serve the API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--tls-cert", help="serve HTTPS with this certificate (PEM; with --tls-key)")
    serve.add_argument("--tls-key", help="the certificate's private key (PEM)")
    serve.add_argument(
        "--feed-max-wait",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="longest a hub feed request may wait for an event (default %(default)s; keep it under the idle "
        "timeout of any proxy in front of the service)",
    )
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="service processes (default %(default)s); they share nothing but the database",
    )
    serve.add_argument(
        "--db-connections",
        type=int,
        default=None,
        metavar="N",
        help="database connections of each process, and as many worker threads (default 20); keep workers x N "
        "under the database's connection limit",
    )
    serve.add_argument(
        "--max-body-mb",
        type=float,
        default=None,
        metavar="MIB",
        help="largest request body taken (default 16 MiB); a larger one is answered 413",
    )
    sub.add_parser("migrate", help="bring the database to the newest schema")
    token = sub.add_parser("token", help="create a bearer token (printed once)")
    token.add_argument("--role", choices=["workstation", "portal"], default="workstation")
    token.add_argument("--hub")
    token.add_argument("--workstation")
    sub.add_parser("openapi", help="print the OpenAPI document")
    args = parser.parse_args(argv)

    from hubscan_central.app import create_app
    from hubscan_central.auth import create_token
    from hubscan_central.database import make_engine, upgrade

    if args.command == "openapi":
        print(json.dumps(create_app("sqlite://").openapi(), indent=2, sort_keys=True))
        return 0
    engine = make_engine(args.db)
    upgrade(engine)
    if args.command == "migrate":
        return 0
    if args.command == "token":
        if args.role == "workstation" and not (args.hub and args.workstation):
            print("hubscan-central: a workstation token needs --hub and --workstation", file=sys.stderr)
            return 2
        print(create_token(engine, args.role, args.hub, args.workstation))
        return 0
    import uvicorn

    from hubscan_central.app import ENV_CONNECTIONS, ENV_DB, ENV_FEED_MAX_WAIT, ENV_MAX_BODY_MB
    from hubscan_central.database import CONNECTIONS
    from hubscan_central.guard import MAX_BODY_MB

    engine.dispose()
    connections = args.db_connections or CONNECTIONS
    max_body_mb = args.max_body_mb or MAX_BODY_MB
    if args.workers > 1:
        os.environ.update(
            {
                ENV_DB: args.db,
                ENV_FEED_MAX_WAIT: str(args.feed_max_wait),
                ENV_CONNECTIONS: str(connections),
                ENV_MAX_BODY_MB: str(max_body_mb),
            }
        )
    app: Any = (
        "hubscan_central.app:app_from_environment"
        if args.workers > 1
        else create_app(args.db, feed_max_wait_s=args.feed_max_wait, connections=connections, max_body_mb=max_body_mb)
    )
    uvicorn.run(
        app,
        factory=args.workers > 1,
        workers=args.workers,
        host=args.host,
        port=args.port,
        log_level="warning",
        # Waiting feed requests are not work in progress: a stop does not wait them out.
        timeout_graceful_shutdown=2,
        ssl_certfile=args.tls_cert,
        ssl_keyfile=args.tls_key,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
