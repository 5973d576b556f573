"""``hubscan`` (also ``python -m hubscan``): the GUI by default, and headless commands."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from hubscan import __version__
from hubscan.cli.common import UserError, add_common, config_from, fail
from hubscan.config import TOKEN_ENV
from hubscan.paths import keep_files_private


def _run_gui(args: argparse.Namespace) -> int:
    from hubscan.cli.gui_cmd import run  # PySide6 is loaded only for the GUI

    return run(args)


def _lazy(module: str, name: str) -> Callable[[argparse.Namespace], int]:
    def runner(args: argparse.Namespace) -> int:
        import importlib

        function: Callable[[argparse.Namespace], int] = getattr(importlib.import_module(module), name)
        return function(args)

    return runner


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    add_common(common)
    parser = argparse.ArgumentParser(prog="hubscan", description="HubScan returns-hub workstation.", parents=[common])
    parser.add_argument("--version", action="version", version=f"hubscan {__version__}")
    parser.set_defaults(func=_run_gui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    gui = sub.add_parser("gui", parents=[common], help="start the workstation window (the default)")
    gui.add_argument("--printer", help="label printer URL for this run (tcp://, spooler://, file://)")
    gui.add_argument("--language", choices=("en", "fr", "nl"), help="the window's language for this run")
    gui.set_defaults(func=_run_gui)

    demo = sub.add_parser("demo", parents=[common], help="load a demo manifest and demo operators")
    demo.add_argument("--count", type=int, default=200, help="pre-advised returns to create (default %(default)s)")
    demo.set_defaults(func=_lazy("hubscan.cli.data_cmds", "run_demo"))

    manifest = sub.add_parser("manifest", parents=[common], help="pre-advice of expected returns")
    manifest_sub = manifest.add_subparsers(title="actions", metavar="ACTION", required=True)
    imp = manifest_sub.add_parser("import", parents=[common], help="import pre-advice from a JSON Lines file")
    imp.add_argument("file", help="JSON Lines file, one return a line (docs/manifest.md)")
    imp.set_defaults(func=_lazy("hubscan.cli.data_cmds", "run_manifest_import"))

    session = sub.add_parser("session", parents=[common], help="run scans from standard input, JSON out")
    session.add_argument("--station", help="receive, process, reject or consolidate")
    session.add_argument("--operator", metavar="BADGE", help="log this badge in first")
    session.add_argument("--printer", metavar="URL", help="label printer (default: printer.url in the config)")
    session.add_argument("--scanner", metavar="URL", help="read a serial scanner (/dev/ttyACM0, COM3, socket://...)")
    session.add_argument("--baudrate", type=int, help="serial speed (default: scanner.baudrate in the config)")
    session.set_defaults(func=_lazy("hubscan.cli.session_cmd", "run"))

    print_test = sub.add_parser("print-test", parents=[common], help="print a test label")
    print_test.add_argument("--printer", metavar="URL", help="tcp://HOST:9100, spooler://QUEUE or file://PATH")
    print_test.set_defaults(func=_lazy("hubscan.cli.print_cmds", "run_print_test"))

    sheet = sub.add_parser("print-sheet", parents=[common], help="print a station's command barcodes")
    sheet.add_argument("station", choices=["receive", "process", "reject", "consolidate"])
    sheet.add_argument("--printer", metavar="URL", help="tcp://HOST:9100, spooler://QUEUE or file://PATH")
    sheet.set_defaults(func=_lazy("hubscan.cli.print_cmds", "run_print_sheet"))

    printing = sub.add_parser("print", parents=[common], help="print jobs: list, retry, reprint")
    printing.add_argument("--printer", metavar="URL", help="label printer (default: printer.url in the config)")
    print_sub = printing.add_subparsers(title="actions", metavar="ACTION", required=True)
    jobs = print_sub.add_parser("jobs", parents=[common], help="the newest print jobs")
    jobs.add_argument("--status", choices=["pending", "printed", "failed"])
    jobs.set_defaults(func=_lazy("hubscan.cli.print_cmds", "run_jobs"))
    retry = print_sub.add_parser("retry", parents=[common], help="send a failed or waiting job again")
    retry.add_argument("job", type=int)
    retry.set_defaults(func=_lazy("hubscan.cli.print_cmds", "run_retry"))
    reprint = print_sub.add_parser("reprint", parents=[common], help="print another copy of a label")
    reprint.add_argument("job", type=int)
    reprint.add_argument("--operator", metavar="BADGE", required=True, help="who asks for the copy")
    reprint.add_argument("--reason", required=True, help="why (torn label, second copy, ...)")
    reprint.set_defaults(func=_lazy("hubscan.cli.print_cmds", "run_reprint"))

    devices = sub.add_parser("devices", parents=[common], help="list serial ports, marking barcode scanners")
    devices.set_defaults(func=_lazy("hubscan.cli.device_cmds", "run_devices"))

    sync = sub.add_parser("sync", parents=[common], help="sync with the central service")
    sync.add_argument(
        "action",
        nargs="?",
        choices=["once", "status"],
        default="once",
        help="once (also --once): push the queue, pull pre-advice; status: the queue and last contact",
    )
    sync.add_argument("--once", action="store_true", help="one sync round, then exit (the default action)")
    sync.add_argument("--json", action="store_true", help="status as JSON")
    sync.add_argument("--central", metavar="URL", help="the central service (default: central.url)")
    sync.set_defaults(func=_lazy("hubscan.cli.sync_cmds", "run_sync"))

    events = sub.add_parser("events", parents=[common], help="the local event log as JSON Lines")
    events.add_argument("--tracking", help="only events of this return")
    events.set_defaults(func=_lazy("hubscan.cli.data_cmds", "run_events"))

    config = sub.add_parser("config", parents=[common], help="the station's settings: show or check")
    config_sub = config.add_subparsers(title="actions", metavar="ACTION", required=True)
    show = config_sub.add_parser("show", parents=[common], help="every setting, its value and source (secrets hidden)")
    show.add_argument("--json", action="store_true", help="as JSON")
    show.set_defaults(func=_lazy("hubscan.cli.config_cmds", "run_show"))
    check = config_sub.add_parser("check", parents=[common], help="check the settings file and environment")
    check.set_defaults(func=_lazy("hubscan.cli.config_cmds", "run_check"))

    token = sub.add_parser("token", parents=[common], help="the central token in the OS keyring")
    token_sub = token.add_subparsers(title="actions", metavar="ACTION", required=True)
    token_set = token_sub.add_parser("set", parents=[common], help="store the token (asked for, or read from stdin)")
    token_set.set_defaults(func=_lazy("hubscan.cli.config_cmds", "run_token_set"))
    token_clear = token_sub.add_parser("clear", parents=[common], help="remove the token from the keyring")
    token_clear.set_defaults(func=_lazy("hubscan.cli.config_cmds", "run_token_clear"))
    token_status = token_sub.add_parser("status", parents=[common], help="whether a token is set, and where")
    token_status.set_defaults(func=_lazy("hubscan.cli.config_cmds", "run_token_status"))

    doctor = sub.add_parser("doctor", parents=[common], help="check this station: database, disk, devices, central")
    doctor.add_argument("--offline", action="store_true", help="skip the central service checks")
    doctor.add_argument("--json", action="store_true", help="the checks as JSON")
    doctor.set_defaults(func=_lazy("hubscan.cli.doctor_cmd", "run_doctor"))

    bundle = sub.add_parser("support-bundle", parents=[common], help="one zip for IT: logs, settings, doctor, versions")
    bundle.add_argument("--output", type=Path, help="the zip to write (default: hubscan-support-<time>.zip here)")
    bundle.add_argument("--offline", action="store_true", help="doctor skips the central service")
    bundle.set_defaults(func=_lazy("hubscan.cli.doctor_cmd", "run_support_bundle"))

    operators = sub.add_parser("operators", parents=[common], help="list or add operators")
    operators.set_defaults(func=_lazy("hubscan.cli.data_cmds", "run_operators"), action="list")
    op_sub = operators.add_subparsers(title="actions", metavar="ACTION")
    op_sub.add_parser("list", parents=[common], help="list operators").set_defaults(action="list")
    add = op_sub.add_parser("add", parents=[common], help="add or change an operator")
    add.add_argument("badge")
    add.add_argument("name")
    add.add_argument("role", help="staff, supervisor, dispatcher or admin")
    add.add_argument("--disabled", action="store_true", help="keep the badge but refuse its logins")
    add.set_defaults(action="add")
    pin = op_sub.add_parser("pin", parents=[common], help="set an operator's PIN (asked for, or read from stdin)")
    pin.add_argument("badge")
    pin.add_argument("--clear", action="store_true", help="remove the PIN: typed logins are refused")
    pin.set_defaults(action="pin")
    return parser


def _start_logs(args: argparse.Namespace) -> None:
    """Logs and crash reports in ``log.dir`` (or the platform's log folder); a crash
    report nobody was told of yet is mentioned now, once."""
    from hubscan import crash, logs
    from hubscan.settings_schema import BY_KEY

    try:
        config = config_from(args)
        log_dir, log_level = config.log_dir, config.log_level
    except UserError:  # the command itself reports the problem; logs go to the default place
        log_dir, log_level = None, BY_KEY["log.level"].default
    directory = Path(log_dir) if log_dir else logs.default_log_dir()
    logs.start(directory, log_level, [os.environ.get(TOKEN_ENV, "")])
    crash.install(directory)
    args.log_dir = directory
    logging.getLogger("hubscan.cli").info("hubscan %s: %s", __version__, " ".join(sys.argv[1:]))
    args.crash_notice = crash.take_notice(directory)
    if args.crash_notice is not None and args.func is not _run_gui:
        print(f"hubscan: {args.crash_notice.text()}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    keep_files_private()
    _start_logs(args)
    try:
        result: int = args.func(args)
        return result
    except UserError as exc:
        return fail(str(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 1
