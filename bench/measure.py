"""What every benchmark measures the same way: its PostgreSQL database and a process's memory."""

from __future__ import annotations

import os

# A database of its own for benchmarks (create it first: createdb bench); never the tests' database.
DEFAULT_POSTGRES_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/bench"


def postgres_url() -> str:
    """BENCH_POSTGRES_URL, else the default above."""
    return os.environ.get("BENCH_POSTGRES_URL") or DEFAULT_POSTGRES_URL


def proc_status_mb(field: str, pid: int | str = "self") -> float:
    """A memory line of /proc/<pid>/status in MB: VmRSS (resident now) or VmHWM (the process's own peak).

    Not ru_maxrss for peaks: that carries the parent's peak across fork and exec (it reported 196-209 MB for an
    outbox sender whose own peak was 121-127 MB)."""
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} in /proc/{pid}/status")
