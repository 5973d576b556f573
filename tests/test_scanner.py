import queue
import threading
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from ptyport import PtyScanner

from hubscan.devices.discovery import discover
from hubscan.devices.scanner import PortIdentity, ScannerSettings, ScannerState, SerialScanner


class Recorder:
    def __init__(self) -> None:
        self.scans: queue.Queue[str] = queue.Queue()
        self.states: queue.Queue[ScannerState] = queue.Queue()

    def scan(self, text: str) -> None:
        self.scans.put(text)

    def status(self, state: ScannerState, message: str) -> None:
        assert message
        self.states.put(state)

    def next_state(self) -> ScannerState:
        return self.states.get(timeout=5)

    def next_scan(self) -> str:
        return self.scans.get(timeout=5)


@pytest.fixture
def pty(tmp_path: Path) -> Iterator[PtyScanner]:
    device = PtyScanner(tmp_path / "scanner")
    yield device
    device.unplug()


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


def started(url: str, recorder: Recorder, **options: object) -> SerialScanner:
    scanner = SerialScanner(ScannerSettings(url, **options), recorder.scan, recorder.status)  # type: ignore[arg-type]
    scanner.start()
    return scanner


def test_lines_arrive_split_at_cr_or_lf_with_gs_and_aim_kept(pty: PtyScanner, recorder: Recorder) -> None:
    scanner = started(str(pty.link), recorder)
    try:
        assert recorder.next_state() is ScannerState.CONNECTED
        pty.scan("RR123456785AU")
        pty.scan("]C1010400638133393110AB\x1d21X", b"\r\n")
        pty.scan("4006381333931", b"\n")
        assert [recorder.next_scan() for _ in range(3)] == [
            "RR123456785AU",
            "]C1010400638133393110AB\x1d21X",
            "4006381333931",
        ]
    finally:
        scanner.stop()


def test_unplug_is_reported_and_replug_reconnects_without_losing_scans(pty: PtyScanner, recorder: Recorder) -> None:
    scanner = started(str(pty.link), recorder, retry_interval_s=0.05)
    try:
        assert recorder.next_state() is ScannerState.CONNECTED
        pty.scan("BEFORE0001")
        assert recorder.next_scan() == "BEFORE0001"
        pty.unplug()
        assert recorder.next_state() is ScannerState.LOST
        pty.plug()  # a new pty behind the same path
        states = {recorder.next_state()}
        while ScannerState.CONNECTED not in states:
            states.add(recorder.next_state())
        for n in range(50):
            pty.scan(f"AFTER{n:04d}")
        assert [recorder.next_scan() for _ in range(50)] == [f"AFTER{n:04d}" for n in range(50)]
    finally:
        scanner.stop()


def test_missing_scanner_waits_and_connects_when_it_appears(tmp_path: Path, recorder: Recorder) -> None:
    link = tmp_path / "later"
    scanner = started(str(link), recorder, retry_interval_s=0.05)
    try:
        assert recorder.next_state() is ScannerState.WAITING
        device = PtyScanner(link)
        assert recorder.next_state() is ScannerState.CONNECTED
        device.scan("LATE00001")
        assert recorder.next_scan() == "LATE00001"
        device.unplug()
    finally:
        scanner.stop()


def test_socket_url_and_configured_terminator(recorder: Recorder) -> None:
    import socket

    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    accepted: list[socket.socket] = []
    thread = threading.Thread(target=lambda: accepted.append(server.accept()[0]))
    thread.start()
    scanner = started(f"socket://127.0.0.1:{port}", recorder, terminator=b"#")
    try:
        assert recorder.next_state() is ScannerState.CONNECTED
        thread.join(5)
        accepted[0].sendall(b"ONE#TWO\r#")
        assert [recorder.next_scan(), recorder.next_scan()] == ["ONE", "TWO\r"]
    finally:
        scanner.stop()
        accepted[0].close()
        server.close()


def test_replug_at_another_path_is_found_by_usb_vendor_and_serial(tmp_path: Path) -> None:
    """USB enumeration cannot happen here (ptys are never listed), so the port list is a
    stand-in: the scanner was ttyACM0, it comes back as ttyACM1 with the same identity."""
    ports = [SimpleNamespace(device="/dev/ttyACM0", vid=0x05E0, pid=0x1701, serial_number="S123")]
    scanner = SerialScanner(ScannerSettings("/dev/ttyACM0"), lambda text: None, port_lister=lambda: ports)
    scanner._remember_identity("/dev/ttyACM0")
    assert scanner.identity == PortIdentity(0x05E0, "S123")
    ports[:] = [
        SimpleNamespace(device="/dev/ttyACM1", vid=0x05E0, pid=0x1900, serial_number="S123"),
        SimpleNamespace(device="/dev/ttyACM2", vid=0x05E0, pid=0x1701, serial_number="OTHER"),
    ]
    assert scanner.candidates() == ["/dev/ttyACM0", "/dev/ttyACM1"]


def test_discovery_marks_known_scanner_vendors() -> None:
    ports = [
        SimpleNamespace(device="/dev/ttyUSB0", description="FTDI", vid=0x0403, pid=0x6001, serial_number="A"),
        SimpleNamespace(
            device="/dev/ttyACM0", description="Symbol Bar Code Scanner", vid=0x05E0, pid=0x1701, serial_number="B"
        ),
        SimpleNamespace(device="/dev/ttyS0", description="n/a", vid=None, pid=None, serial_number=None),
    ]
    found = {p.device: p for p in discover(lambda: ports)}
    assert found["/dev/ttyACM0"].is_scanner and found["/dev/ttyACM0"].vendor == "Zebra/Symbol"
    assert not found["/dev/ttyUSB0"].is_scanner and not found["/dev/ttyS0"].is_scanner


def test_unplug_seen_by_in_waiting_is_reported_not_swallowed() -> None:
    """A real unplug hits either read() (SerialException) or the TIOCINQ ioctl behind
    in_waiting (OSError EIO), by timing alone; a pty cannot pick which, so this port
    stand-in raises EIO from in_waiting the way the kernel does."""
    import errno

    from hubscan.devices.scanner import _ReaderThread, _ScanProtocol

    class UnpluggedPort:
        is_open = True
        timeout = 1

        def cancel_read(self) -> None:
            pass

        @property
        def in_waiting(self) -> int:
            raise OSError(errno.EIO, "Input/output error")

        def read(self, size: int) -> bytes:
            return b""

    lost = threading.Event()
    protocol = _ScanProtocol(ScannerSettings("stand-in"), lambda text: None, lost)
    reader = _ReaderThread(UnpluggedPort(), lambda: protocol)
    reader.start()
    assert lost.wait(5)
    assert isinstance(protocol.error, OSError)
    reader.join(5)
