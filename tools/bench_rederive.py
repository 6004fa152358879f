"""Take a saved bench document's iops-against-IREE figures again from its samples.

`bench` keeps every timed sample, so the statistics it derives from them (iops against IREE's
best order, `against_best_iree`; the share of the headroom it took, drawn by `bench.markdown`)
can be taken again with the package's current code. This prints, per model, the stored ratio
and the one taken now, and with `--write` replaces the stored figures and rewrites the
document's table (`--markdown`):

    python tools/bench_rederive.py benchmarks/results/closed-loop/*.json
    python tools/bench_rederive.py X.json --write --markdown X.md
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from iops_mlir import bench
from iops_mlir.files import write_text
from iops_mlir.timing import Timing


def rederived(row: dict) -> dict | None:
    """The row's `against_best_iree` from its samples (None where it kept none)."""
    variants = row.get("variants") or {}
    timings = {v: Timing(v, data["samples_ms"]) for v, data in variants.items() if data.get("samples_ms")}
    if "iops" not in timings:
        return None
    return bench.against_best_iree(timings, {v: data.get("sha256") for v, data in variants.items()})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("documents", nargs="+", type=Path, help="bench JSON documents")
    parser.add_argument("--write", action="store_true", help="store the figures taken now in the document")
    parser.add_argument("--markdown", type=Path, help="with --write and one document: rewrite its table here")
    args = parser.parse_args(argv)
    if args.markdown and (not args.write or len(args.documents) != 1):
        parser.error("--markdown needs --write and one document")
    for path in args.documents:
        try:
            doc = json.loads(path.read_text())
        except (OSError, ValueError) as e:
            print(f"{path}: not read ({e})", file=sys.stderr)
            continue
        rows = doc.get("results") if isinstance(doc, dict) else None
        if not isinstance(rows, list):
            continue
        for row in rows:
            now = rederived(row)
            before = row.get("against_best_iree")
            if now is None or not before:
                continue
            print(f"{path}\t{row['model']}\t{before['ratio']:.4f} ({before['order']})\t{now['ratio']:.4f} ({now['order']})")
            if args.write:
                row["against_best_iree"] = now
        if args.write:
            write_text(path, json.dumps(doc, indent=1) + "\n")
            if args.markdown:
                write_text(args.markdown, bench.markdown(doc))
    return 0


if __name__ == "__main__":
    sys.exit(main())
