"""Pulling manifest deltas into the local store.

A page or two (the usual case) is pulled in the sync thread. A hub catching up on a
large backlog (a new workstation, days offline: up to a million returns) pulls in a
helper process instead: checking and writing a million returns is a minute of Python,
and in the workstation's own process it would take the interpreter from the scans
and slow every one of them. The helper
writes through ``LocalStore.helper`` and pauses while the workstation marks a scan as
foreground, so scans keep their latency.

What else keeps the helper out of the scans' way:
- pages of 1,000 returns: decoding a page is one call that cannot pause for a scan,
  so a smaller page is a shorter stretch a scan may wait behind;
- a GIL switch interval of 0.5 ms in the helper, so its writing thread, which holds the
  write lock a scan may be waiting for, gets the interpreter back from the fetching
  thread at once instead of after up to Python's default 5 ms;
- a lower CPU priority (nice 10): a scan woken on the helper's CPU runs sooner, while
  the helper still gets a tenth of a busy CPU, so it is never starved while it holds
  the write lock (idle priority could starve it, and it could not leave it again);
- a checkpoint after each of its transactions (``LocalStore.helper``), and a
  transaction a scan interrupts is rolled back and written again smaller
  (``manifest._GiveWay``), so the scan's fsync carries none of the pull's pages.
Measured with ``benchmarks/sync_throughput.py`` (scans during a large pull); current
figures in ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import logging
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from typing import Any

from hubscan.processes import spawn
from hubscan.store import manifest
from hubscan.store.store import LocalStore
from hubscan.sync.client import CentralClient, CentralRefused, CentralUnavailable, ClientSettings

log = logging.getLogger("hubscan.sync")

# Pages of this size in the helper: a page's JSON is decoded in one call that cannot
# pause for a scan, so the page size bounds how long a scan may wait behind it.
HELPER_PAGE = 1000
HELPER_SWITCH_INTERVAL_S = 0.0005
HELPER_NICE = 10


def pull_pages(
    store: LocalStore, client: CentralClient, hub: str, cursor: int, page_size: int, stop_if: Any = None
) -> int:
    """Fetch and apply pages after ``cursor`` until the service has no more. The next
    page is fetched while this one is written, so the service's time and ours overlap."""
    pulled = 0
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="hubscan-manifest") as fetcher:
        coming = fetcher.submit(client.manifest_body, hub, cursor, page_size)
        while True:
            page = client.decode(coming.result())
            if page["more"]:
                coming = fetcher.submit(client.manifest_body, hub, int(page["cursor"]), page_size)
            pulled += apply_page(store, page)
            if not page["more"] or (stop_if is not None and stop_if()):
                return pulled


def apply_page(store: LocalStore, page: dict[str, Any]) -> int:
    applied, _ = manifest.apply_manifest_page(store, page["returns"], int(page["cursor"]))
    return applied


class PullHelperFailed(Exception):
    """The helper process ended without an answer (killed, or crashed)."""


def pull_in_helper(
    store: LocalStore, settings: ClientSettings, hub: str, cursor: int, page_size: int = HELPER_PAGE
) -> int:
    """Run ``pull_pages`` in a helper process and wait for it. Raises what it raised:
    ``CentralUnavailable``, ``CentralRefused``, or ``PullHelperFailed``."""
    args = (store.path, store.hub_id, store.workstation_id, store.foreground_flag, settings, hub, cursor)
    helper, receiver = spawn(_helper_main, (*args, min(page_size, HELPER_PAGE)), "hubscan-manifest-pull", duplex=False)
    try:
        kind, value = receiver.recv()
    except EOFError:
        helper.join()
        raise PullHelperFailed(f"the manifest pull process ended with exit code {helper.exitcode}") from None
    finally:
        receiver.close()
    helper.join()
    if kind == "ok":
        return int(value)
    if kind == "unavailable":
        raise CentralUnavailable(value)
    if kind == "refused":
        raise CentralRefused(value)
    raise PullHelperFailed(f"the manifest pull process failed: {value}")


def _helper_main(
    path: Any,
    hub_id: str,
    workstation_id: str,
    flag: Any,
    settings: ClientSettings,
    hub: str,
    cursor: int,
    page_size: int,
    answer: Connection,
) -> None:
    parent = os.getppid()
    step_aside()
    store = LocalStore.helper(path, hub_id, workstation_id, flag)
    client = CentralClient(settings)
    try:
        # Stop between pages if the workstation's process is gone (killed): the next
        # start pulls again from the cursor.
        pulled = pull_pages(store, client, hub, cursor, page_size, stop_if=lambda: os.getppid() != parent)
        answer.send(("ok", pulled))
    except CentralUnavailable as exc:
        answer.send(("unavailable", str(exc)))
    except CentralRefused as exc:
        answer.send(("refused", str(exc)))
    except Exception as exc:  # reported to the parent, which logs it; never silent
        log.exception("manifest pull process failed")
        answer.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        client.close()
        store.close()
        answer.close()


def step_aside() -> None:
    """Lower the helper's claim on the CPU and on its own interpreter (see above)."""
    sys.setswitchinterval(HELPER_SWITCH_INTERVAL_S)
    if hasattr(os, "nice"):  # POSIX; Windows stations keep normal priority
        try:
            os.nice(HELPER_NICE)
        except OSError as exc:
            log.warning("manifest pull process keeps normal priority: %s", exc)
