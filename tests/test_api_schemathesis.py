"""The HTTP API against its own OpenAPI document: schemathesis's command line with every check (positive and
negative data, unsupported methods, headers, authentication), on SQLite and PostgreSQL.

The app is served on 127.0.0.1 by aiohttp's test server in the test's event loop; schemathesis runs as a child
process and talks to nothing but that loopback address.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from urllib.parse import urlsplit

from tests.test_api_stats import Api, api  # noqa: F401  (the fixture)

MAX_EXAMPLES = "40"


async def test_every_operation_conforms_to_the_openapi_document(api: Api, tmp_path: Path) -> None:  # noqa: F811
    schema_url = str(api.client.make_url("/api/v1/openapi.json"))
    assert urlsplit(schema_url).hostname == "127.0.0.1"
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "schemathesis.cli", "run", schema_url, "--checks", "all",
        "--header", f"Authorization: Bearer {api.token}", "--max-examples", MAX_EXAMPLES, "--workers", "1",
        "--no-color", stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
        cwd=tmp_path,  # schemathesis keeps a cache in its working directory: never in the repository
    )
    output, _ = await asyncio.wait_for(process.communicate(), timeout=600)
    report = output.decode(errors="replace")
    assert process.returncode == 0, report[-6000:]
    assert "Selected: 13/13" in report and "Tested: 13" in report, report[-3000:]
