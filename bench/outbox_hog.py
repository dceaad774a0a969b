"""The outbox at SEND_RATE with the machine otherwise busy: normal runs of bench/outbox.py alternating without
and with a CPU hog (bench/cpu_hog.py: a busy loop pinned to the other core), so both are measured in the same run
under the same drift of the shared machine.

    python -m bench.outbox_hog [--db sqlite|postgres|both] [--members 20000] [--rounds 2] [--json out.json]

"claim ms" is Outbox.claim_due inside its transaction, "settle ms" a transaction writing a batch's outcomes alone,
"settle+claim ms" the transaction that writes batch k-1's outcomes and claims batch k+1 (where the sender has it).
Each round is one normal run without the hog and one with it, each on a fresh database and fake API (what
`python -m bench.outbox --no-crash` does); the table gives the median of the rounds. Every run must deliver each
message exactly once, or the benchmark aborts.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import statistics
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

import aiohttp

from bench.cpu_hog import cpu_hog
from bench.measure import postgres_url
from bench.outbox import BenchError, NormalRun, configure_logging, database, normal_run


async def one(name: str, args: argparse.Namespace, hog: bool) -> NormalRun:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as http, database(name, args) as db:
        with cpu_hog(1) if hog else contextlib.nullcontext():
            return await normal_run(db, args, http)


def summary(runs: list[NormalRun]) -> dict[str, float]:
    def median(values: list[float]) -> float:
        return round(statistics.median(values), 3)

    return {
        "fraction": median([r.drain.fraction for r in runs]),
        "per_second": median([r.drain.per_second for r in runs]),
        "cpu_ms_per_message": median([r.drain.cpu_ms_per_message for r in runs]),
        "claim_ms": median([r.drain.timing.get("claim", {}).get("ms_each", 0.0) for r in runs]),
        "settle_ms": median([r.drain.timing.get("settle", {}).get("ms_each", 0.0) for r in runs]),
        "settle_and_claim_ms": median([r.drain.timing.get("settle_and_claim", {}).get("ms_each", 0.0) for r in runs]),
        "load_before": median([r.load_before for r in runs]),
    }


async def main_async(args: argparse.Namespace) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for name in ("sqlite", "postgres") if args.db == "both" else (args.db,):
        runs: dict[str, list[NormalRun]] = {"idle": [], "hog": []}
        for _ in range(args.rounds):
            for hog in (False, True):
                runs["hog" if hog else "idle"].append(await one(name, args, hog))
        results[name] = {key: {"median": summary(value), "runs": [asdict(r) for r in value]}
                         for key, value in runs.items()}
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.outbox_hog", description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--members", type=int, default=20_000)
    parser.add_argument("--rate", type=float, default=500)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--postgres-url", default=postgres_url(),
                        help="PostgreSQL database to create temporary schemas in (env BENCH_POSTGRES_URL)")
    args = parser.parse_args(argv)
    args.no_crash, args.profile = True, None
    configure_logging()
    try:
        results = asyncio.run(main_async(args))
    except BenchError as error:
        print(f"benchmark aborted: {error}", file=sys.stderr)
        return 1
    print(f"| db | CPU hog | of {args.rate:g}/s | msg/s | sender CPU ms/msg | claim ms | settle ms "
          "| settle+claim ms | load before |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, by in results.items():
        for key in ("idle", "hog"):
            m = by[key]["median"]
            print(f"| {name} | {'on the other core' if key == 'hog' else 'none'} | {m['fraction']:.3f} | "
                  f"{m['per_second']:.1f} | {m['cpu_ms_per_message']:.2f} | {m['claim_ms']:.1f} | "
                  f"{m['settle_ms']:.1f} | {m['settle_and_claim_ms']:.1f} | {m['load_before']:.1f} |")
    if args.json is not None:
        args.json.write_text(json.dumps({"members": args.members, "rate": args.rate, "rounds": args.rounds,
                                         "results": results}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
