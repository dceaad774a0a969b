"""Settings: every bad value stops the program with one line naming the setting."""

from __future__ import annotations

import asyncio
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import bot
from bot.devtools.fake_bot_api import FakeBotApi
from bot.settings import Settings, SettingsError, load_settings, pseudonym_key

GOOD_TOKEN = "123456789:AAbbccddeeffgghh"
PROJECT_ROOT = Path(bot.__file__).resolve().parent.parent
SETTING_NAMES = frozenset(Settings.model_fields)
# A record written by bot.__main__._configure_logging: "2026-01-01 10:00:00,123 INFO name: message".
LOG_RECORD = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (DEBUG|INFO|WARNING|ERROR|CRITICAL) ")


def _without_settings(environ: dict[str, str]) -> dict[str, str]:
    """A copy of the environment with every variable Settings would read removed (names are case-insensitive)."""
    return {k: v for k, v in environ.items() if k.lower() not in SETTING_NAMES}


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No setting from the developer's shell or .env reaches a test: settings variables are cleared and the
    working directory (where Settings looks for .env) is an empty temp dir."""
    for name in list(os.environ):
        if name.lower() in SETTING_NAMES:
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _error_for(monkeypatch: pytest.MonkeyPatch, **env: str) -> str:
    monkeypatch.setenv("BOT_TOKEN", GOOD_TOKEN)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as caught:
        load_settings(_env_file=None)
    message = str(caught.value)
    assert "\n" not in message, "a settings error must be one line"
    return message


def test_missing_token_names_bot_token() -> None:
    with pytest.raises(SettingsError) as caught:
        load_settings(_env_file=None)
    message = str(caught.value)
    assert "BOT_TOKEN" in message
    assert "not set" in message
    assert "\n" not in message


@pytest.mark.parametrize("token", ["no-colon-at-all", "abc:AAbbccddeeffgghh", "123456:short", ":AAbbccddeeffgghh"])
def test_malformed_token_names_bot_token_without_echoing_it(monkeypatch: pytest.MonkeyPatch, token: str) -> None:
    message = _error_for(monkeypatch, BOT_TOKEN=token)
    assert message.startswith("configuration error: BOT_TOKEN ")
    assert token not in message  # the secret is never printed


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("DATABASE_URL", "mysql://user@localhost/bot"),
        ("DATABASE_URL", "postgresql+psycopg2://user@localhost/bot"),
        ("DEFAULT_LOCALE", "de"),
        ("ADMIN_IDS", "12, abc"),
        ("ADMIN_IDS", "1.5"),
        ("PSEUDONYM_KEY", "too-short"),
        ("TELEGRAM_API_BASE_URL", "api.telegram.org"),
        ("POLL_TIMEOUT", "forever"),
        ("QUIET_HOURS", "late"),
        ("QUIET_HOURS", "21-25"),
        ("RETENTION_DAYS", "-1"),
        ("RETENTION_DAYS", "a year"),
        ("DELIVERY_RETENTION_DAYS", "-5"),
        ("CHECKIN_RETENTION_DAYS", "soon"),
    ],
)
def test_malformed_setting_is_named(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    message = _error_for(monkeypatch, **{name: value})
    assert message.startswith(f"configuration error: {name} ")
    assert "BOT_TOKEN" not in message


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"WEBHOOK_SECRET": "s" * 20, "PSEUDONYM_KEY": "k" * 20}, "WEBHOOK_URL"),
        ({"WEBHOOK_URL": "https://bot.example.org", "PSEUDONYM_KEY": "k" * 20}, "WEBHOOK_SECRET"),
        ({"WEBHOOK_URL": "https://bot.example.org", "WEBHOOK_SECRET": "s" * 20}, "PSEUDONYM_KEY"),
        # what docker-compose.yml passes when the operator set none of them: empty strings
        ({"WEBHOOK_URL": "", "WEBHOOK_SECRET": "", "PSEUDONYM_KEY": ""}, "WEBHOOK_URL"),
        ({"WEBHOOK_URL": "https://bot.example.org", "WEBHOOK_SECRET": "s" * 20, "PSEUDONYM_KEY": ""}, "PSEUDONYM_KEY"),
    ],
)
def test_webhook_mode_names_what_it_lacks(monkeypatch: pytest.MonkeyPatch, env: dict[str, str], named: str) -> None:
    message = _error_for(monkeypatch, MODE="webhook", **env)
    assert message.startswith("configuration error: MODE=webhook needs ")
    assert named in message


def test_retention_and_replica_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_TOKEN", GOOD_TOKEN)
    settings = load_settings(_env_file=None)
    assert (settings.retention_days, settings.delivery_retention_days, settings.checkin_retention_days) == \
        (365, 90, 730)
    assert settings.stats_database_url is None
    monkeypatch.setenv("RETENTION_DAYS", "0")
    monkeypatch.setenv("STATS_DATABASE_URL", "postgresql://reader@replica/bot")
    settings = load_settings(_env_file=None)
    assert settings.retention_days == 0
    assert settings.stats_database_url == "postgresql+asyncpg://reader@replica/bot"
    monkeypatch.setenv("STATS_DATABASE_URL", "")
    assert load_settings(_env_file=None).stats_database_url is None
    message = _error_for(monkeypatch, STATS_DATABASE_URL="sqlite:///replica.db")
    assert message.startswith("configuration error: STATS_DATABASE_URL must be a PostgreSQL read replica")


def test_admin_ids_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_TOKEN", GOOD_TOKEN)
    monkeypatch.setenv("ADMIN_IDS", "1, 2")
    assert load_settings(_env_file=None).admin_ids == frozenset({1, 2})
    monkeypatch.setenv("ADMIN_IDS", "")
    assert load_settings(_env_file=None).admin_ids == frozenset()
    monkeypatch.delenv("ADMIN_IDS")
    assert load_settings(_env_file=None).admin_ids == frozenset()


@pytest.mark.parametrize(("given", "expected"), [("21-8", (21, 8)), ("22-6", (22, 6)), ("off", (0, 0))])
def test_quiet_hours_parse(monkeypatch: pytest.MonkeyPatch, given: str, expected: tuple[int, int]) -> None:
    monkeypatch.setenv("BOT_TOKEN", GOOD_TOKEN)
    monkeypatch.setenv("QUIET_HOURS", given)
    assert load_settings(_env_file=None).quiet_hours == expected


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgres://u:p@db:5432/bot", "postgresql+asyncpg://u:p@db:5432/bot"),
        ("postgresql://u@db/bot", "postgresql+asyncpg://u@db/bot"),
        ("postgresql+asyncpg://u@db/bot", "postgresql+asyncpg://u@db/bot"),
        ("sqlite:///data/x.db", "sqlite+aiosqlite:///data/x.db"),
    ],
)
def test_database_url_gets_the_async_driver(monkeypatch: pytest.MonkeyPatch, given: str, expected: str) -> None:
    monkeypatch.setenv("BOT_TOKEN", GOOD_TOKEN)
    monkeypatch.setenv("DATABASE_URL", given)
    assert load_settings(_env_file=None).database_url == expected


def test_defaults_with_only_a_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_TOKEN", GOOD_TOKEN)
    settings = load_settings(_env_file=None)
    assert settings.bot_token.get_secret_value() == GOOD_TOKEN
    assert GOOD_TOKEN not in repr(settings)
    assert settings.database_url.startswith("sqlite+aiosqlite:///")
    assert settings.default_locale == "en"
    assert settings.pseudonym_key is None
    assert settings.telegram_api_base_url == "https://api.telegram.org"


def test_env_file_is_read_from_the_working_directory(clean_environment: Path) -> None:
    """Why the autouse fixture changes directory: Settings reads `.env` from the current directory."""
    (clean_environment / ".env").write_text(f"BOT_TOKEN={GOOD_TOKEN}\nADMIN_IDS=7;8\n", encoding="utf-8")
    settings = load_settings()
    assert settings.bot_token.get_secret_value() == GOOD_TOKEN
    assert settings.admin_ids == frozenset({7, 8})
    with pytest.raises(SettingsError, match="BOT_TOKEN"):
        load_settings(_env_file=None)


def test_pseudonym_key_file_is_created_once(tmp_path: Path) -> None:
    key_file = tmp_path / "secrets" / "pseudonym.key"
    settings = load_settings(_env_file=None, bot_token=GOOD_TOKEN, pseudonym_key_file=key_file)
    assert not key_file.exists()

    first = pseudonym_key(settings)
    assert key_file.is_file()
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert len(first) >= 16
    stored = key_file.read_bytes()
    mtime = key_file.stat().st_mtime_ns

    second = pseudonym_key(settings)
    assert second == first
    assert key_file.read_bytes() == stored
    assert key_file.stat().st_mtime_ns == mtime

    # A new process with the same settings reads the same key.
    again = load_settings(_env_file=None, bot_token=GOOD_TOKEN, pseudonym_key_file=key_file)
    assert pseudonym_key(again) == first


def test_configured_pseudonym_key_wins_and_no_file_is_written(tmp_path: Path) -> None:
    key_file = tmp_path / "pseudonym.key"
    settings = load_settings(
        _env_file=None, bot_token=GOOD_TOKEN, pseudonym_key="a-long-enough-secret-key", pseudonym_key_file=key_file
    )
    assert pseudonym_key(settings) == b"a-long-enough-secret-key"
    assert not key_file.exists()


def test_short_key_in_key_file_is_a_settings_error(tmp_path: Path) -> None:
    key_file = tmp_path / "pseudonym.key"
    key_file.write_text("short\n", encoding="ascii")
    settings = load_settings(_env_file=None, bot_token=GOOD_TOKEN, pseudonym_key_file=key_file)
    with pytest.raises(SettingsError, match="pseudonym key"):
        pseudonym_key(settings)


# --- the command line -----------------------------------------------------------------------------------


def _child_environment(**settings: str) -> dict[str, str]:
    env = _without_settings(dict(os.environ))
    env["PYTHONPATH"] = str(PROJECT_ROOT)
    env.update(settings)
    return env


def test_run_without_token_exits_2_with_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,
        env=_child_environment(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "BOT_TOKEN" in lines[0]
    assert result.stdout == ""
    assert not (tmp_path / "data").exists()  # nothing created before the settings were valid


def test_webhook_profile_without_its_settings_exits_2_with_one_line(tmp_path: Path) -> None:
    """What `docker compose --profile webhook up` gives the bot when the operator set none of its settings."""
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"], cwd=tmp_path,
        env=_child_environment(BOT_TOKEN=GOOD_TOKEN, MODE="webhook", WEBHOOK_URL="", WEBHOOK_SECRET="",
                               PSEUDONYM_KEY=""),
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 2
    assert result.stderr.splitlines() == ["configuration error: MODE=webhook needs WEBHOOK_URL, the public https:// "
                                          "address of this bot"]
    assert not (tmp_path / "data").exists()


async def test_run_with_rejected_token_exits_2_with_one_line(tmp_path: Path) -> None:
    api = FakeBotApi("987654321:the-token-the-server-knows")
    await api.start()
    try:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run",
            cwd=tmp_path,
            env=_child_environment(
                BOT_TOKEN="123456789:a-well-formed-but-wrong-token",
                TELEGRAM_API_BASE_URL=api.base_url,
                DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}",
            ),
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=60)
    finally:
        await api.stop()
    text = stderr.decode()
    assert process.returncode == 2, text
    assert "Traceback" not in text
    # At the default LOG_LEVEL=INFO, start-up logs (the migrations) come first; none may be a warning or error,
    # and exactly one line is not a log record: the operator's message.
    lines = text.splitlines()
    records = [line for line in lines if LOG_RECORD.match(line)]
    assert all(" INFO " in line for line in records), text
    messages = [line for line in lines if not LOG_RECORD.match(line)]
    assert len(messages) == 1, text
    assert "BOT_TOKEN" in messages[0]
    assert "rejected" in messages[0]
    assert "a-well-formed-but-wrong-token" not in text
    assert stdout == b""
