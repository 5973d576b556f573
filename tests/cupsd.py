"""A real CUPS daemon for the tests: private configuration, a socket in a temp folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

CUPSD_CONF = """Listen {root}/cups.sock
LogLevel warn
WebInterface No
DefaultAuthType None
<Location />
  Order allow,deny
  Allow all
</Location>
<Location /admin>
  Order allow,deny
  Allow all
</Location>
<Policy default>
  JobPrivateAccess all
  JobPrivateValues none
  SubscriptionPrivateAccess all
  SubscriptionPrivateValues none
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
"""

FILES_CONF = """ServerRoot {root}
RequestRoot {root}/spool
TempDir {root}/tmp
StateDir {root}/state
CacheDir {root}/cache
ErrorLog {root}/log/error_log
AccessLog {root}/log/access_log
PageLog {root}/log/page_log
ServerBin /usr/lib/cups
DataDir /usr/share/cups
Sandboxing Relaxed
"""


class Cupsd:
    """cupsd runs its backends as user lp, so its folders must be readable by others:
    they live in their own world-readable temporary folder, not pytest's private one."""

    def __init__(self) -> None:
        if shutil.which("cupsd") is None:
            raise RuntimeError("cupsd is not installed: apt-get install cups cups-daemon cups-client cups-bsd")
        if not Path("/usr/lib/cups/backend/socket").exists():
            # Debian ships the socket:// backend (raw port 9100) in "cups", not "cups-daemon".
            raise RuntimeError("CUPS' socket backend is missing: apt-get install cups")
        root = Path(tempfile.mkdtemp(prefix="hubscan-cups-"))
        self.root = root
        for folder in ("spool", "tmp", "state", "cache", "log"):
            (root / folder).mkdir(parents=True, exist_ok=True)
        for folder in (root, *root.iterdir()):
            folder.chmod(0o755)
        (root / "cupsd.conf").write_text(CUPSD_CONF.format(root=root))
        (root / "cups-files.conf").write_text(FILES_CONF.format(root=root))
        self.socket = root / "cups.sock"
        self.process = subprocess.Popen(
            ["cupsd", "-f", "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 15
        while not self.socket.exists():
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError(f"cupsd did not start: {self.log()}")
            time.sleep(0.05)
        self.env = {**os.environ, "CUPS_SERVER": str(self.socket)}

    def log(self) -> str:
        path = self.root / "log" / "error_log"
        return path.read_text() if path.exists() else ""

    def lpadmin(self, *args: str) -> None:
        subprocess.run(["lpadmin", *args], env=self.env, check=True, capture_output=True, timeout=30)

    def add_raw_queue(self, name: str, device_uri: str) -> None:
        self.lpadmin("-p", name, "-E", "-v", device_uri)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)
        shutil.rmtree(self.root, ignore_errors=True)
