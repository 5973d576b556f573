import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from cupsd import Cupsd
from fakeprinter import LoopbackPrinter

from hubscan.devices.faults import PrinterFault
from hubscan.devices.printers import FilePrinter, TcpPrinter, open_printer
from hubscan.devices.spooler import SpoolerPrinter

LABEL = b"^XA^CI28^FO10,10^A0N,30,30^FH^FDMaison _C3_89clair^FS^XZ\n"


@pytest.fixture
def printer() -> Iterator[LoopbackPrinter]:
    with LoopbackPrinter() as fake:
        yield fake


@pytest.fixture(scope="module")
def cups() -> Iterator[Cupsd]:
    daemon = Cupsd()
    yield daemon
    daemon.stop()


def test_tcp_asks_status_then_sends_the_label(printer: LoopbackPrinter) -> None:
    open_printer(printer.url).send(LABEL)
    assert printer.all_received.wait(5)
    assert bytes(printer.received).startswith(b"~HS")
    assert printer.jobs == [LABEL]


@pytest.mark.parametrize(
    ("status", "words"),
    [("paper_out", "out of labels"), ("head_open", "head is open"), ("paused", "press PAUSE"), ("silent", "no status")],
)
def test_tcp_faults_say_what_to_do_and_send_nothing(printer: LoopbackPrinter, status: str, words: str) -> None:
    printer.status = status
    with pytest.raises(PrinterFault, match=words):
        TcpPrinter("127.0.0.1", printer.port).send(LABEL)
    assert printer.jobs == []


def test_tcp_printer_switched_off(printer: LoopbackPrinter) -> None:
    port = printer.port
    printer.close()
    with pytest.raises(PrinterFault, match="does not answer"):
        TcpPrinter("127.0.0.1", port).send(LABEL)


def test_file_printer_appends(tmp_path: Path) -> None:
    target = tmp_path / "labels.zpl"
    printer = open_printer(f"file://{target}")
    assert isinstance(printer, FilePrinter)
    printer.send(LABEL)
    printer.send(LABEL)
    assert target.read_bytes() == LABEL * 2


def test_bad_printer_url_names_the_choices() -> None:
    with pytest.raises(ValueError, match=r"tcp://HOST:9100, spooler://QUEUE or file://PATH"):
        open_printer("lpt1")


def test_spooler_prints_through_real_cups_to_the_printer_unchanged(
    cups: Cupsd, printer: LoopbackPrinter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CUPS_SERVER", str(cups.socket))
    cups.add_raw_queue("zebra_a", f"socket://127.0.0.1:{printer.port}")
    spooler = open_printer("spooler://zebra_a")
    assert isinstance(spooler, SpoolerPrinter)
    spooler.send(LABEL)
    assert printer.all_received.wait(30), cups.log()
    assert printer.jobs == [LABEL]


def test_spooler_unknown_queue_is_a_fault(cups: Cupsd, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CUPS_SERVER", str(cups.socket))
    with pytest.raises(PrinterFault, match="not known to the spooler"):
        SpoolerPrinter("no_such_queue").send(LABEL)


def test_spooler_stopped_queue_is_a_fault(cups: Cupsd, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CUPS_SERVER", str(cups.socket))
    cups.add_raw_queue("zebra_b", "socket://127.0.0.1:9")
    subprocess.run(["cupsdisable", "zebra_b"], env=cups.env, check=True, timeout=30)
    with pytest.raises(PrinterFault, match="stopped"):
        SpoolerPrinter("zebra_b").send(LABEL)
