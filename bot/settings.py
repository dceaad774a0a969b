"""Every knob of the bot, read from the environment or a `.env` file.

A missing or malformed setting stops the program with one line naming the setting (see `load_settings`).
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class SettingsError(Exception):
    """A setting is missing or malformed; the message names it and is fit to print as is."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    bot_token: SecretStr = Field(description="Token from @BotFather")
    database_url: str = Field(
        default="sqlite+aiosqlite:///data/bot.db",
        description="SQLAlchemy async URL: sqlite+aiosqlite:///path or postgresql+asyncpg://user@host/db",
    )
    database_timeout: float = Field(
        default=5, gt=0, le=60,
        description="Seconds the bot waits for the database (connecting, each statement, a free connection) before "
        "telling the person to try again; help never waits for it",
    )
    stats_timeout: float = Field(
        default=120, gt=0, le=3600, description="Seconds a statistics query or export may take (HTTP API, /stats)"
    )
    telegram_api_base_url: str = Field(
        default="https://api.telegram.org",
        description="Bot API server; a self-hosted telegram-bot-api or a test server works the same",
    )
    default_locale: str = Field(default="en", description="Language for people whose app language is not offered")
    languages: Annotated[tuple[str, ...], NoDecode] = Field(
        default=(), description="Comma-separated language codes to offer, in this order; default: every complete "
        "language in locales/"
    )
    admin_ids: Annotated[frozenset[int], NoDecode] = Field(
        default=frozenset(), description="Comma-separated Telegram user ids with the staff role"
    )
    pseudonym_key: SecretStr | None = Field(
        default=None,
        description="Secret key for analytics pseudonyms (16+ characters; keep it stable). "
        "When unset, a random key is created once in PSEUDONYM_KEY_FILE and reused.",
    )
    pseudonym_key_file: Path = Path("data/pseudonym.key")
    content_dir: Path = PROJECT_ROOT / "content"
    locales_dir: Path = PROJECT_ROOT / "locales"
    log_level: str = "INFO"
    poll_timeout: int = Field(default=30, ge=0, le=600, description="Long-polling timeout in seconds")
    send_rate: float = Field(default=25, gt=0, le=1000, description="Outbox messages per second, all chats together")
    paid_broadcast: bool = Field(
        default=False, description="Use Telegram's paid broadcasts (allow_paid_broadcast, Stars) above 30/s"
    )
    quiet_hours: Annotated[tuple[int, int], NoDecode] = Field(
        default=(21, 8), description="Local hours when pushes wait, e.g. 21-8; 'off' for none"
    )
    # Production: webhook mode, replicas, logs
    mode: Literal["polling", "webhook"] = "polling"
    webhook_url: str | None = Field(default=None, description="Public HTTPS base URL Telegram calls, in webhook mode")
    webhook_path: str = "/telegram/webhook"
    webhook_secret: SecretStr | None = Field(default=None, description="Secret Telegram sends back in a header")
    webhook_max_connections: int = Field(default=40, ge=1, le=100)
    shutdown_grace_seconds: float = Field(default=10, ge=0, le=120)
    log_format: Literal["text", "json"] = "text"
    # The HTTP server beside the bot (staff statistics API under /api/v1/)
    http_host: str = Field(default="127.0.0.1", description="Address the HTTP server listens on")
    http_port: int = Field(default=8080, ge=0, le=65535, description="Port of the HTTP server; 0 disables it")
    dashboard_url: str | None = Field(
        default=None,
        description="Public address of the HTTP server (https:// behind a TLS proxy); /dashboard links point there",
    )
    # Growth: statistics, exports and the dashboard may read from a replica (falling back to DATABASE_URL)
    stats_database_url: str | None = Field(
        default=None, description="Read replica for statistics, exports and the dashboard; unset: DATABASE_URL"
    )
    # Retention (README "Privacy by design"); 0 switches each off
    retention_days: int = Field(
        default=365, ge=0, le=36500, description="Delete the profile of a person inactive this many days, as /forget"
    )
    delivery_retention_days: int = Field(
        default=90, ge=0, le=36500, description="Reduce settled outbox rows older than this to counts per push"
    )
    checkin_retention_days: int = Field(
        default=730, ge=0, le=36500,
        description="Days after a round closes until its answers are cut off from the people who gave them",
    )

    @field_validator("bot_token")
    @classmethod
    def _token_shape(cls, value: SecretStr) -> SecretStr:
        token = value.get_secret_value()
        head, sep, tail = token.partition(":")
        if not (sep and head.isdigit() and len(tail) >= 10):
            raise ValueError("must look like 123456789:AA... (the token @BotFather gave you)")
        return value

    @field_validator("pseudonym_key", mode="before")
    @classmethod
    def _empty_key_is_unset(cls, value: object) -> object:
        return None if value == "" else value

    @field_validator("pseudonym_key")
    @classmethod
    def _key_length(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and len(value.get_secret_value()) < 16:
            raise ValueError("must be at least 16 characters long")
        return value

    @field_validator("languages", mode="before")
    @classmethod
    def _split_languages(cls, value: object) -> object:
        if isinstance(value, str):
            codes = [c.strip().lower() for c in value.replace(";", ",").split(",") if c.strip()]
            if not all(c.isascii() and c.isalpha() and 2 <= len(c) <= 3 for c in codes):
                raise ValueError("must be comma-separated language codes like en,fr,sw")
            return tuple(dict.fromkeys(codes))
        return value

    @model_validator(mode="after")
    def _languages_exist(self) -> Settings:
        # Which languages are complete is known once locales/ is read (Runtime.build); here, that they exist.
        for code in self.languages:
            if not (self.locales_dir / code / "language.yaml").is_file():
                raise ValueError(f"LANGUAGES {code} is not a language of the bot (no locales/{code}/language.yaml)")
        if self.languages and self.default_locale not in self.languages:
            listed = ", ".join(self.languages)
            raise ValueError(f"DEFAULT_LOCALE {self.default_locale} must be one of LANGUAGES ({listed})")
        if not (self.locales_dir / self.default_locale / "language.yaml").is_file():
            raise ValueError(f"DEFAULT_LOCALE {self.default_locale} is not a language of the bot "
                             f"(no locales/{self.default_locale}/language.yaml)")
        return self

    @field_validator("stats_database_url", mode="before")
    @classmethod
    def _empty_stats_url_is_unset(cls, value: object) -> object:
        return None if value == "" else value

    @field_validator("database_url", "stats_database_url")
    @classmethod
    def _async_driver(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if value.startswith(("postgres://", "postgresql://")):
            return "postgresql+asyncpg://" + value.split("://", 1)[1]
        if value.startswith("sqlite:///"):
            return "sqlite+aiosqlite:///" + value.removeprefix("sqlite:///")
        if not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError("must start with sqlite+aiosqlite:/// or postgresql+asyncpg://")
        return value

    @field_validator("quiet_hours", mode="before")
    @classmethod
    def _quiet_hours(cls, value: object) -> object:
        return parse_quiet_hours(value) if isinstance(value, str) else value

    @model_validator(mode="after")
    def _webhook_needs_url_and_secret(self) -> Settings:
        if self.mode == "webhook":
            if not self.webhook_url or not self.webhook_url.startswith("https://"):
                raise ValueError("MODE=webhook needs WEBHOOK_URL, the public https:// address of this bot")
            secret = self.webhook_secret.get_secret_value() if self.webhook_secret else ""
            if len(secret) < 16 or not all(c.isalnum() or c in "_-" for c in secret):
                raise ValueError("MODE=webhook needs WEBHOOK_SECRET: 16-256 characters of A-Z a-z 0-9 _ -")
            if self.pseudonym_key is None:
                raise ValueError("MODE=webhook needs PSEUDONYM_KEY (16+ characters), the same on every replica")
        return self

    @model_validator(mode="after")
    def _replica_is_postgres(self) -> Settings:
        if self.stats_database_url and not self.stats_database_url.startswith("postgresql+asyncpg://"):
            raise ValueError("STATS_DATABASE_URL must be a PostgreSQL read replica (postgresql+asyncpg://...)")
        return self

    @model_validator(mode="after")
    def _rate_needs_paid_broadcast(self) -> Settings:
        if self.send_rate > 30 and not self.paid_broadcast:
            raise ValueError("SEND_RATE above 30 needs PAID_BROADCAST=true (Telegram's free limit is about 30/s)")
        return self

    @field_validator("telegram_api_base_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must be an http:// or https:// URL")
        return value.rstrip("/")

    @field_validator("dashboard_url", mode="before")
    @classmethod
    def _dashboard_address(cls, value: object) -> object:
        if value is None or value == "":
            return None
        if not isinstance(value, str) or not value.startswith(("http://", "https://")) or "?" in value \
                or "#" in value:
            raise ValueError("must be an http:// or https:// address, e.g. https://stats.example.org")
        return value.rstrip("/")

    @model_validator(mode="after")
    def _dashboard_needs_http(self) -> Settings:
        if self.dashboard_url and not self.http_port:
            raise ValueError("DASHBOARD_URL needs the HTTP server: HTTP_PORT must not be 0")
        return self

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p.strip() for p in value.replace(";", ",").split(",") if p.strip()]
            if not all(p.isascii() and p.lstrip("-").isdigit() for p in parts):
                raise ValueError("must be comma-separated numeric Telegram user ids")
            return frozenset(int(p) for p in parts)
        return value


def parse_quiet_hours(text: str) -> tuple[int, int]:
    """'21-8' -> (21, 8), a nightly window in local hours; 'off' -> (0, 0), none."""
    if text.strip().lower() in ("off", "none", ""):
        return 0, 0
    start, _, end = text.partition("-")
    try:
        hours = int(start), int(end)
    except ValueError:
        raise ValueError("must be two hours 0-23 like 21-8, or off") from None
    if not all(0 <= h <= 23 for h in hours):
        raise ValueError("hours must be 0-23, like 21-8")
    return hours


def describe_error(error: ValidationError) -> str:
    """One line naming the first bad setting as an operator would type it."""
    first = error.errors()[0]
    reason = first["msg"].removeprefix("Value error, ")
    if not first["loc"]:  # a rule about several settings names them itself
        return f"configuration error: {reason}"
    name = str(first["loc"][0]).upper()
    if first["type"] == "missing":
        return f"configuration error: {name} is not set (see .env.example)"
    return f"configuration error: {name} {reason}"


def load_settings(**overrides: object) -> Settings:
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as error:
        raise SettingsError(describe_error(error)) from None


def pseudonym_key(settings: Settings) -> bytes:
    """The configured key, or one generated on first start and kept (mode 0600) in PSEUDONYM_KEY_FILE."""
    if settings.pseudonym_key is not None:
        return settings.pseudonym_key.get_secret_value().encode()
    path = settings.pseudonym_key_file
    if path.exists():
        key = path.read_text(encoding="ascii").strip()
        if len(key) < 16:
            raise SettingsError(f"configuration error: {path} holds a pseudonym key shorter than 16 characters")
        return key.encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    path.touch(mode=0o600)
    path.write_text(key + "\n", encoding="ascii")
    return key.encode()
