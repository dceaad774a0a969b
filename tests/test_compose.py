"""docker-compose.yml and the Dockerfile: a default `docker compose up` with only BOT_TOKEN set must work.

Compose substitutes variables in the whole file before it applies profiles (docker/compose#11977), so a
`${VAR:?...}` in a service behind a profile stops a plain `docker compose up` as well. Nothing on the development
machines runs Docker, so these checks read the files themselves; where a `docker compose` CLI is present, it is
asked too (`docker compose config` needs no engine).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

import pytest
import yaml

import bot

ROOT = Path(bot.__file__).resolve().parent.parent
COMPOSE = ROOT / "docker-compose.yml"
DEFAULT_ENV = {"BOT_TOKEN": "123456789:AAbbccddeeffgghh"}

# ${NAME?message} and ${NAME:?message}: compose stops when NAME is unset (or, with the colon, empty).
_REQUIRED = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(:?)\?")


def required_variables(text: str) -> set[tuple[str, bool]]:
    """(name, empty counts as missing) for every required-variable reference; `$$` is a literal dollar."""
    return {(name, colon == ":") for name, colon in _REQUIRED.findall(text.replace("$$", ""))}


def _strings(node: Any, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, f"{where}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _strings(value, f"{where}[{index}]")
    elif isinstance(node, str):
        yield where, node


def default_start_problems(document: dict[str, Any], env: dict[str, str]) -> list[str]:
    """What would stop `docker compose up` (no profile) with exactly `env` set: a required variable anywhere in the
    file that is missing from `env`, and a service behind a profile that requires more than the default ones."""
    problems = []
    for where, value in _strings(document, "compose"):
        for name, colon in required_variables(value):
            if name not in env or (colon and not env[name]):
                problems.append(f"{where} requires {name}, which a default start does not set")
    services = document.get("services", {})
    default_required = {
        name for service in services.values() if not service.get("profiles")
        for _, value in _strings(service, "") for name, _ in required_variables(value)
    }
    for service_name, service in services.items():
        if not service.get("profiles"):
            continue
        for where, value in _strings(service, f"services.{service_name}"):
            for name, _ in required_variables(value):
                if name not in default_required:
                    problems.append(f"{where}: the {service.get('profiles')} profile requires {name}; a plain "
                                    "`docker compose up` would stop on it (check it in the bot at start instead)")
    return problems


def _dockerignore(context: Path) -> list[str]:
    path = context / ".dockerignore"
    if not path.exists():
        return []
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if line and not line.startswith("#")]


def missing_files(document: dict[str, Any], base: Path) -> list[str]:
    """Files and folders the services refer to that are not there (for every service: compose loads them all)."""
    problems = []
    for name, service in document.get("services", {}).items():
        build = service.get("build")
        if build is not None:
            context = base / (build if isinstance(build, str) else build.get("context", "."))
            if not context.is_dir():
                problems.append(f"services.{name}.build.context {context} is not a folder")
            elif isinstance(build, dict) and "dockerfile_inline" not in build:
                dockerfile = context / build.get("dockerfile", "Dockerfile")
                if not dockerfile.is_file():
                    problems.append(f"services.{name}.build.dockerfile {dockerfile} does not exist")
        for entry in service.get("env_file", []) if isinstance(service.get("env_file"), list) else \
                [service["env_file"]] if "env_file" in service else []:
            path, required = (entry, True) if isinstance(entry, str) else (entry["path"], entry.get("required", True))
            if required and not (base / path).exists():
                problems.append(f"services.{name}.env_file {path} does not exist")
        for volume in service.get("volumes", []):
            source = volume.split(":", 1)[0] if isinstance(volume, str) else volume.get("source", "")
            if source.startswith((".", "/")) and not (base / source).exists():
                problems.append(f"services.{name}.volumes: {source} does not exist")
    for section in ("configs", "secrets"):
        for name, item in (document.get(section) or {}).items():
            if "file" in item and not (base / item["file"]).exists():
                problems.append(f"{section}.{name}.file {item['file']} does not exist")
    return problems


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


def test_a_default_start_needs_only_bot_token(compose: dict[str, Any]) -> None:
    assert default_start_problems(compose, DEFAULT_ENV) == []
    # ... and BOT_TOKEN itself is required: without it compose stops at once with a message naming it.
    assert any("BOT_TOKEN" in problem for problem in default_start_problems(compose, {}))


def test_every_file_the_services_refer_to_exists(compose: dict[str, Any]) -> None:
    assert missing_files(compose, COMPOSE.parent) == []


def test_the_checks_catch_what_broke_compose_up() -> None:
    """The file as it was before issue 21: the webhook profile required its settings through compose."""
    broken = yaml.safe_load("""
        x-env: &env
          BOT_TOKEN: ${BOT_TOKEN:?set BOT_TOKEN}
        services:
          bot:
            build: {context: ., dockerfile: Dockerfile.missing}
            environment: *env
          bot-webhook:
            profiles: ["webhook"]
            env_file: [webhook.env]
            environment:
              <<: *env
              WEBHOOK_URL: ${WEBHOOK_URL:?set WEBHOOK_URL}
              PSEUDONYM_KEY: ${PSEUDONYM_KEY?replicas must share it}
              LITERAL: $${NOT_A_VARIABLE:?}
    """)
    problems = default_start_problems(broken, DEFAULT_ENV)
    assert any("WEBHOOK_URL" in p for p in problems)
    assert any("PSEUDONYM_KEY" in p for p in problems)
    assert not any("NOT_A_VARIABLE" in p for p in problems)
    assert not any("BOT_TOKEN" in p for p in problems)
    files = missing_files(broken, COMPOSE.parent)
    assert any("Dockerfile.missing" in p for p in files)
    assert any("webhook.env" in p for p in files)


def test_the_image_is_built_from_the_dockerfile(compose: dict[str, Any]) -> None:
    bot_services = [s for s in compose["services"].values() if "build" in s]
    assert {s["build"]["dockerfile"] for s in bot_services} == {"Dockerfile"}
    assert {s["build"]["context"] for s in bot_services} == {"."}


def _instructions(path: Path) -> list[tuple[str, str]]:
    text = re.sub(r"\\\n", " ", path.read_text(encoding="utf-8"))
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1] if " " in line else "") for line in lines]


def test_dockerfile_runs_as_a_user_and_has_a_health_check() -> None:
    steps = _instructions(ROOT / "Dockerfile")
    after_base = steps[max(i for i, (op, _) in enumerate(steps) if op == "FROM"):]
    users = [arg for op, arg in after_base if op == "USER"]
    assert users and users[-1].split(":")[0] not in ("root", "0")
    health = [arg for op, arg in after_base if op == "HEALTHCHECK"]
    assert len(health) == 1 and "/readyz" in health[0]
    assert [arg for op, arg in after_base if op == "CMD"][-1] == '["python", "-m", "bot", "run"]'


def test_dockerfile_copies_only_what_exists_and_is_not_ignored() -> None:
    ignored = _dockerignore(ROOT)
    sources = []
    for op, arg in _instructions(ROOT / "Dockerfile"):
        if op == "COPY":
            sources += [part for part in arg.split()[:-1] if not part.startswith("--")]
    assert {"bot", "content", "locales", "migrations", "pyproject.toml"} <= set(sources)
    for source in sources:
        assert (ROOT / source).exists(), source
        assert not any(fnmatch(source, pattern) for pattern in ignored), f"{source} is in .dockerignore"


def test_docker_compose_config_with_only_bot_token(tmp_path: Path) -> None:
    """Compose itself, where its CLI is installed (it needs no Docker engine for `config`)."""
    docker = shutil.which("docker")
    if docker is None or subprocess.run([docker, "compose", "version"], capture_output=True, check=False).returncode:
        pytest.skip("no `docker compose` CLI on this machine")
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path), **DEFAULT_ENV}
    ok = subprocess.run([docker, "compose", "-f", str(COMPOSE), "config", "--quiet"], env=env, cwd=tmp_path,
                        capture_output=True, text=True, check=False, timeout=60)
    assert ok.returncode == 0, ok.stderr
    del env["BOT_TOKEN"]
    missing = subprocess.run([docker, "compose", "-f", str(COMPOSE), "config", "--quiet"], env=env, cwd=tmp_path,
                             capture_output=True, text=True, check=False, timeout=60)
    assert missing.returncode != 0 and "BOT_TOKEN" in missing.stderr
