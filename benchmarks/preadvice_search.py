"""Finding a parcel's pre-advice (``find_preadvice``) on the 1,000,000-return store:
by tracking number, order number, customer reference, SKU, and a text nothing matches.

    PYTHONPATH=. python benchmarks/preadvice_search.py [--rounds 5]

Works on a copy of the store ``scan_latency.py`` builds (run that first).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import time

from scan_latency import DATA
from sqlalchemy import select, update

from hubscan.store.models import expected_lines_table, returns_table
from hubscan.store.preadvice_search import find_preadvice
from hubscan.store.store import LocalStore


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    source = DATA / "manifest-1000000.db"
    if not source.exists():
        raise SystemExit(f"{source} is missing: run benchmarks/scan_latency.py first")
    copy = DATA / "search.db"
    shutil.copyfile(source, copy)
    store = LocalStore(copy, "SYD", "07")
    try:
        with store.writing() as connection:  # one return carries an order number and a customer reference
            tracking = connection.execute(select(returns_table.c.tracking).limit(1).offset(500_000)).scalar_one()
            facts = {"order_number": "SO-55120", "customer_reference": "CUST-0042"}
            connection.execute(update(returns_table).where(returns_table.c.tracking == tracking).values(facts=facts))
            sku = connection.execute(
                select(expected_lines_table.c.sku).where(expected_lines_table.c.tracking == tracking)
            ).scalar_one()
        for label, text in (
            ("tracking number", tracking),
            ("order number", "so-55120"),
            ("customer reference", "CUST-0042"),
            (f"SKU ({sku})", sku),
            ("nothing matches", "NO-SUCH-THING"),
        ):
            times, found = [], 0
            for _ in range(args.rounds):
                began = time.perf_counter()
                with store.reading() as connection:
                    found = len(find_preadvice(connection, text))
                times.append((time.perf_counter() - began) * 1000)
            print(f"{label}: {found} found, median {statistics.median(times):.0f} ms, max {max(times):.0f} ms")
    finally:
        store.close()
        for leftover in DATA.glob("search.db*"):
            leftover.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
