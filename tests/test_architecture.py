"""Imports point down: the layers contract in pyproject.toml ([tool.importlinter]) holds for the real code, and
the same check fails as soon as a lower layer imports a higher one."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from bot.settings import PROJECT_ROOT


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    # In a subprocess with the tree as its working directory, so the copy below is analysed, not the installed bot.
    return subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports; "
         "sys.exit(lint_imports(no_cache=True))"],
        cwd=root, capture_output=True, text=True, env={"PYTHONPATH": str(root), "PATH": ""}, check=False,
    )


def _copy_tree(tmp_path: Path) -> Path:
    shutil.copytree(PROJECT_ROOT / "bot", tmp_path / "bot", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PROJECT_ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_code_keeps_the_layers(tmp_path: Path) -> None:
    result = _lint_imports(_copy_tree(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Imports point down KEPT" in result.stdout


def test_an_upward_import_breaks_the_contract(tmp_path: Path) -> None:
    root = _copy_tree(tmp_path)
    (root / "bot" / "store" / "upward.py").write_text("from bot.features import help  # noqa: F401\n")
    result = _lint_imports(root)
    assert result.returncode != 0
    assert "bot.store is not allowed to import bot.features" in result.stdout
