"""Summarise a CSV export of orders into per-region totals."""
from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from decimal import Decimal
from pathlib import Path


def summarise(path: Path) -> dict[str, Decimal]:
    totals: dict[str, Decimal] = defaultdict(Decimal)
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row.get("status") == "cancelled":
                continue
            totals[row["region"]] += Decimal(row["amount"])
    return dict(totals)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("csv", type=Path)
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args(argv)
    if not args.csv.exists():
        print(f"no such file: {args.csv}", file=sys.stderr)
        return 2
    totals = summarise(args.csv)
    for region, amount in sorted(totals.items(), key=lambda kv: kv[1], reverse=True)[: args.top]:
        print(f"{region:<12} {amount:>12,.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
