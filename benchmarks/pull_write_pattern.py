"""What-if figures for the manifest pull's write pattern: WAL bytes written and
write time for the returns and expected-lines tables under schema variants, with a
PASSIVE checkpoint after each transaction as the pull's helper does.

    .venv/bin/python benchmarks/pull_write_pattern.py [--returns 200000] [--per-transaction 250]
        [--shuffle] [--variants ABCD]

A: the schema before migration 0007; B: the consolidation index partial (the schema
now); C: B with expected_lines WITHOUT ROWID keyed by (tracking, line); D: C with returns
WITHOUT ROWID. The tables' shape is written out here (not the migrations), in
benchmarks/.data. Prints the figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import time
from pathlib import Path

DATA = Path(__file__).with_name(".data")

RETURNS = """CREATE TABLE returns (
    tracking VARCHAR(40) NOT NULL PRIMARY KEY, status VARCHAR(40) NOT NULL, retailer VARCHAR(200),
    destination VARCHAR(40), origin_country VARCHAR(2), hub VARCHAR(10), faulty BOOLEAN NOT NULL,
    unexpected BOOLEAN NOT NULL, on_hold BOOLEAN NOT NULL, exception TEXT, received_at VARCHAR(32),
    received_by VARCHAR(40), processed_at VARCHAR(32), processed_by VARCHAR(40), consolidation_id INTEGER,
    connote VARCHAR(40), reject_reason VARCHAR(40)){rowid};"""
FULL_INDEX = "CREATE INDEX ix_c ON returns (consolidation_id);"
PARTIAL_INDEX = "CREATE INDEX ix_c ON returns (consolidation_id) WHERE consolidation_id IS NOT NULL;"
LINE_COLUMNS = """tracking VARCHAR(40) NOT NULL REFERENCES returns (tracking) ON DELETE CASCADE,
    sku VARCHAR(80) NOT NULL, barcode VARCHAR(80), description VARCHAR(300) NOT NULL, qty INTEGER NOT NULL,
    reason VARCHAR(200)"""
LINES_BY_ID = f"""CREATE TABLE expected_lines (id INTEGER PRIMARY KEY, {LINE_COLUMNS});
CREATE INDEX ix_lines_tracking ON expected_lines (tracking);"""
LINES_BY_TRACKING = f"""CREATE TABLE expected_lines (line INTEGER NOT NULL, {LINE_COLUMNS},
    PRIMARY KEY (tracking, line)) WITHOUT ROWID;"""
# name: (schema, whether lines carry their position)
VARIANTS = {
    "A": (RETURNS.format(rowid="") + FULL_INDEX + LINES_BY_ID, False),
    "B": (RETURNS.format(rowid="") + PARTIAL_INDEX + LINES_BY_ID, False),
    "C": (RETURNS.format(rowid="") + PARTIAL_INDEX + LINES_BY_TRACKING, True),
    "D": (RETURNS.format(rowid=" WITHOUT ROWID") + PARTIAL_INDEX + LINES_BY_TRACKING, True),
}
PRAGMAS = "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
UPSERT = (
    "INSERT INTO returns (tracking, status, retailer, destination, origin_country, hub, faulty, unexpected, on_hold)"
    " VALUES (?, 'Return Created', 'Koala Threads', 'AU-SYD-RTN', 'BE', 'BEN', 0, 0, 0)"
    " ON CONFLICT (tracking) DO UPDATE SET retailer = excluded.retailer"
)
PRODUCTS = ["Linen shirt", "Denim jacket", "Merino crew jumper", "Wool scarf", "Canvas tote"]

Return = tuple[str, list[tuple[int, int]]]  # tracking, [(product, qty)]


def manifest(count: int, shuffle: bool) -> list[Return]:
    rng = random.Random(1)
    numbers = list(range(100_000_000, 100_000_000 + count))
    if shuffle:
        rng.shuffle(numbers)
    country = ["BE", "DE", "FR", "NL"]
    return [
        (
            f"RR{n}{rng.choice(country)}",
            [(rng.randrange(5), rng.randint(1, 3)) for _ in range(rng.choice([1, 1, 1, 2, 2, 3]))],
        )
        for n in numbers
    ]


def write(connection: sqlite3.Connection, batch: list[Return], numbered: bool) -> None:
    connection.execute("BEGIN IMMEDIATE")
    connection.executemany(UPSERT, [(tracking,) for tracking, _ in batch])
    connection.executemany("DELETE FROM expected_lines WHERE tracking = ?", [(tracking,) for tracking, _ in batch])
    rows = [
        (tracking, position, f"KOA-{p:04d}", f"59{p:011d}", PRODUCTS[p], qty, "Too small")
        for tracking, lines in batch
        for position, (p, qty) in enumerate(lines, start=1)
    ]
    if numbered:
        sql = (
            "INSERT INTO expected_lines (tracking, line, sku, barcode, description, qty, reason)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)"
        )
        connection.executemany(sql, rows)
    else:
        sql = "INSERT INTO expected_lines (tracking, sku, barcode, description, qty, reason) VALUES (?, ?, ?, ?, ?, ?)"
        connection.executemany(sql, [(t, *rest) for t, _, *rest in rows])
    connection.execute("COMMIT")


def run(name: str, data: list[Return], per_transaction: int) -> str:
    schema, numbered = VARIANTS[name]
    path = DATA / f"write-pattern-{name}.db"
    for leftover in DATA.glob(path.name + "*"):
        leftover.unlink()
    writer = sqlite3.connect(path, isolation_level=None)
    writer.executescript(PRAGMAS + schema)
    checkpointer = sqlite3.connect(path, isolation_level=None)
    checkpointer.execute("PRAGMA synchronous=FULL")
    frames, writing, started = 0, 0.0, time.perf_counter()
    for start in range(0, len(data), per_transaction):
        before = time.perf_counter()
        write(writer, data[start : start + per_transaction], numbered)
        writing += time.perf_counter() - before
        frames += checkpointer.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[1]
    elapsed = time.perf_counter() - started
    writer.close()
    checkpointer.close()
    size = path.stat().st_size
    wal = frames * 4096
    return (
        f"{name}: database {size / 1e6:.1f} MB, WAL written {wal / 1e6:.1f} MB ({wal / size:.2f}x), "
        f"writing {writing:.1f} s, with checkpoints {elapsed:.1f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--returns", type=int, default=200_000)
    parser.add_argument("--per-transaction", type=int, default=250)
    parser.add_argument("--shuffle", action="store_true", help="tracking numbers in random order")
    parser.add_argument("--variants", default="ABCD")
    args = parser.parse_args()
    DATA.mkdir(exist_ok=True)
    data = manifest(args.returns, args.shuffle)
    order = "shuffled" if args.shuffle else "in order"
    print(f"{args.returns:,} returns, {args.per_transaction} a transaction, tracking numbers {order}")
    for name in args.variants:
        print(run(name, data, args.per_transaction))


if __name__ == "__main__":
    main()
