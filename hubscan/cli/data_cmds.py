"""Commands that load or show data: demo, manifest import, events, operators."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Iterator

from hubscan.cli.common import UserError, open_store, policy_from
from hubscan.core.operators import Operator, Role
from hubscan.core.pins import hash_pin, pin_problem
from hubscan.services.demo import DEMO_OPERATORS, demo_manifest, demo_pin
from hubscan.store.manifest import LineTooLong, bounded_lines, import_lines
from hubscan.store.operators import list_operators, save_operator, set_pin_hash
from hubscan.store.readmodels import event_log
from hubscan.store.store import LocalStore


def run_demo(args: argparse.Namespace) -> int:
    policy = policy_from(args)
    store = open_store(args, policy)
    try:
        for operator in DEMO_OPERATORS:
            save_operator(store, operator)
            set_pin_hash(store, operator.badge, hash_pin(demo_pin(operator.badge)))
        manifest = (json.dumps(r, ensure_ascii=False) for r in demo_manifest(args.count, hub=policy.hub_id))
        report = import_lines(store, manifest)
    finally:
        store.close()
    assert report.ok, report.errors
    print(f"demo data in {store.path}: {report.imported} pre-advised returns, operators:")
    for operator in DEMO_OPERATORS:
        print(f"  {operator.badge}  {operator.role.value:<10}  {operator.name}  (PIN {demo_pin(operator.badge)})")
    return 0


def _read_lines(path: str) -> Iterator[bytes | LineTooLong]:
    try:
        with open(path, "rb") as handle:
            yield from bounded_lines(handle)
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror}") from exc


def run_manifest_import(args: argparse.Namespace) -> int:
    policy = policy_from(args)
    store = open_store(args, policy)
    try:
        report = import_lines(store, _read_lines(args.file))
    finally:
        store.close()
    if report.ok:
        print(f"imported {report.imported} returns from {args.file}")
        return 0
    for line, reason in report.errors:
        print(f"{args.file}:{line}: {reason}", file=sys.stderr)
    more = report.error_count - len(report.errors)
    if more:
        print(f"... and {more} more bad line(s)", file=sys.stderr)
    print(
        f"nothing imported: {report.error_count} bad line(s) of {report.lines}. Fix them and import the file again.",
        file=sys.stderr,
    )
    return 1


def run_events(args: argparse.Namespace) -> int:
    policy = policy_from(args)
    store = open_store(args, policy)
    try:
        for event in event_log(store, args.tracking):
            print(json.dumps(event, ensure_ascii=False))
    finally:
        store.close()
    return 0


def run_operators(args: argparse.Namespace) -> int:
    policy = policy_from(args)
    store = open_store(args, policy)
    try:
        if args.action == "add":
            try:
                role = Role(args.role.lower())
            except ValueError:
                raise UserError(f"no role {args.role!r}: use one of {', '.join(r.value for r in Role)}") from None
            badge = args.badge.upper()
            if not policy.scan_format.compiled()[1].fullmatch(badge):
                raise UserError(f"badge {badge} does not match scan.badge_pattern {policy.scan_format.badge_pattern}")
            save_operator(store, Operator(badge, args.name, role, not args.disabled))
            print(f"saved {badge} ({role.value})")
        elif args.action == "pin":
            _set_pin(store, args.badge.upper(), args.clear)
        else:
            for operator in list_operators(store):
                state = "" if operator.active else "  (disabled)"
                print(f"{operator.badge}  {operator.role.value:<10}  {operator.name}{state}")
    finally:
        store.close()
    return 0


def _set_pin(store: LocalStore, badge: str, clear: bool) -> None:
    if clear:
        if not set_pin_hash(store, badge, None):
            raise UserError(f"no operator {badge}; add it first (hubscan operators add)")
        print(f"PIN of {badge} removed: {badge} logs in by badge scan only")
        return
    if sys.stdin.isatty():
        pin = getpass.getpass(f"New PIN for {badge} (4 to 8 digits, not shown): ")
        if getpass.getpass("The same PIN again: ") != pin:
            raise UserError("the two PINs differ; nothing changed")
    else:
        pin = sys.stdin.readline().strip()
    problem = pin_problem(pin)
    if problem:
        raise UserError(f"{problem}; nothing changed")
    if not set_pin_hash(store, badge, hash_pin(pin)):
        raise UserError(f"no operator {badge}; add it first (hubscan operators add)")
    print(f"PIN of {badge} set: a typed badge id now logs in with it")
