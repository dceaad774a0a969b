"""`python -m bot round ...` and `python -m bot invite(s) ...` against a real SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.__main__ import main


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # no stray .env is read
    monkeypatch.setenv("BOT_TOKEN", "123456:TEST-token-for-the-cli")
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}")
    monkeypatch.setenv("PSEUDONYM_KEY", "test-pseudonym-key-0123456789")
    return tmp_path


def test_rounds_are_addressed_by_their_code(cli: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["round", "open", "general-pulse", "2026-Q4", "2099-12-31"]) == 0
    assert main(["round", "export", "2026-Q4", "-o", str(cli / "a.csv")]) == 0
    assert (cli / "a.csv").read_text().startswith("round,questionnaire")
    assert main(["round", "open", "justice-pulse", "2026-Q4", "2099-12-31"]) == 0
    capsys.readouterr()
    assert main(["round", "export", "2026-Q4"]) == 1
    assert "exists in several questionnaires (#1 general-pulse, #2 justice-pulse)" in capsys.readouterr().err
    assert main(["round", "export", "2026-Q4", "-q", "justice-pulse", "-o", str(cli / "b.csv")]) == 0
    assert main(["round", "export", "#1", "--format", "floip", "-o", str(cli / "floip")]) == 0
    assert (cli / "floip" / "datapackage.json").exists()
    assert main(["round", "close", "2026-Q4", "-q", "general-pulse"]) == 0
    assert "round #1 2026-Q4 of general-pulse closed" in capsys.readouterr().out
    assert main(["round", "close", "2030-Q1"]) == 1
    assert "no round '2030-Q1'" in capsys.readouterr().err


def test_invite_links_from_the_command_line(cli: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["invite", "police", "KE", "--programme", "kenya-2026", "--uses", "3", "--days", "7"]) == 0
    out = capsys.readouterr().out
    code = out.split("pro_")[1].split()[0]
    assert "verifies up to 3 people" in out
    assert main(["invite", "police", "KE", "--uses", "0"]) == 1
    assert "uses must be between 1 and 1000" in capsys.readouterr().err
    assert main(["invites", "list"]) == 0
    assert f"{code}\tpolice\tKE\tkenya-2026\tused 0/3" in capsys.readouterr().out
    assert main(["invites", "revoke", code]) == 0
    assert main(["invites", "list"]) == 0
    assert capsys.readouterr().out.rstrip().endswith("revoked")
    assert main(["invites", "revoke", "nope"]) == 1
