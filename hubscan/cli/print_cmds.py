"""``hubscan print-test`` and ``hubscan print jobs|retry|reprint``."""

from __future__ import annotations

import argparse

from hubscan.cli.common import UserError, open_store, policy_from, print_desk, printer_from
from hubscan.core.command_sheets import station_sheet
from hubscan.core.labels import command_sheet
from hubscan.core.notices import Notice
from hubscan.core.operators import Permission
from hubscan.core.records import Station
from hubscan.services.printing import PrintResult
from hubscan.store import printjobs


def _report(result: PrintResult) -> int:
    print(result.message)
    return 0 if result.ok else 1


def run_print_test(args: argparse.Namespace) -> int:
    settings = printer_from(args)
    if not settings.url:
        raise UserError("no printer: give --printer URL or set printer.url in the config")
    store = open_store(args, policy_from(args))
    try:
        return _report(print_desk(store, settings).print_test())
    finally:
        store.close()


def run_print_sheet(args: argparse.Namespace) -> int:
    settings = printer_from(args)
    if not settings.url:
        raise UserError("no printer: give --printer URL or set printer.url in the config")
    policy = policy_from(args)
    store = open_store(args, policy)
    try:
        printing = print_desk(store, settings)
        labels = command_sheet(station_sheet(Station(args.station), policy))
        return _report(printing.print_labels(labels, Notice("print.command_sheet", {"station": args.station})))
    finally:
        store.close()


def run_jobs(args: argparse.Namespace) -> int:
    store = open_store(args, policy_from(args))
    try:
        for job in printjobs.list_jobs(store, args.status):
            copy = f" copy {job.copy}" if job.copy else ""
            why = f"  reprint by {job.requested_by}: {job.reason}" if job.reason else ""
            error = f"  ({job.error})" if job.error else ""
            print(f"{job.id:>6}  {job.status:<8} {job.kind:<9} {job.reference}{copy}{why}{error}")
    finally:
        store.close()
    return 0


def run_retry(args: argparse.Namespace) -> int:
    store = open_store(args, policy_from(args))
    try:
        printing = print_desk(store, printer_from(args))
        if printing.printer is None:
            raise UserError("no printer: give --printer URL or set printer.url in the config")
        try:
            return _report(printing.retry(args.job))
        except LookupError as exc:
            raise UserError(str(exc)) from exc
    finally:
        store.close()


def run_reprint(args: argparse.Namespace) -> int:
    store = open_store(args, policy_from(args))
    try:
        with store.unit_of_work() as ledger:
            operator = ledger.find_operator(args.operator.upper())
        if operator is None or not operator.may(Permission.REPRINT):
            raise UserError(f"{args.operator} may not reprint labels: a dispatcher or an admin may")
        if not args.reason.strip():
            raise UserError("say why the label is reprinted (--reason)")
        printing = print_desk(store, printer_from(args))
        try:
            return _report(printing.reprint(args.job, operator.badge, args.reason.strip()))
        except LookupError as exc:
            raise UserError(str(exc)) from exc
    finally:
        store.close()
