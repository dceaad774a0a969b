"""A busy-loop process pinned to one core, to benchmark with the machine otherwise busy.

    with cpu_hog(1):      # one process spinning on the last core until the block ends
        ...

The hog is a child of this process and is killed (by its own pid) when the block ends, even on an error.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator

_LOOP = "import os, sys\nos.sched_setaffinity(0, {int(sys.argv[1])})\nwhile True:\n    pass\n"


@contextlib.contextmanager
def cpu_hog(processes: int = 1) -> Iterator[list[int]]:
    """`processes` busy loops, the first on the last CPU, the next on the one before, ...; yields their pids."""
    cpus = sorted(os.sched_getaffinity(0))
    children = [subprocess.Popen([sys.executable, "-c", _LOOP, str(cpus[-1 - i % len(cpus)])])
                for i in range(processes)]
    try:
        yield [child.pid for child in children]
    finally:
        for child in children:
            child.kill()
            child.wait()
