"""The benchmarks are code too: each module imports against the current bot (a renamed or removed name fails here,
not months later when someone runs a benchmark)."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import bench

MODULES = sorted(info.name for info in pkgutil.iter_modules(bench.__path__))


def test_there_are_benchmarks() -> None:
    assert {"lesson_path", "outbox", "webhook", "stats_reach"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_benchmark_module_imports(name: str) -> None:
    module = importlib.import_module(f"bench.{name}")
    assert module.__name__ == f"bench.{name}"
