"""Property-based test of the HTTP API against its own OpenAPI document (schemathesis), on SQLite and PostgreSQL.

The app is served on 127.0.0.1 by aiohttp's test server in the test's event loop; schemathesis (synchronous,
requests-based) runs in a worker thread and talks to nothing but that loopback address.
"""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    ignored_auth,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from bot.web.openapi import openapi_document
from tests.test_api_stats import Api, api  # noqa: F401  (the fixture)

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance,
          ignored_auth]
MAX_EXAMPLES = 25


async def test_every_operation_conforms_to_the_openapi_document(api: Api) -> None:  # noqa: F811
    base_url = str(api.client.make_url("/api/v1"))
    assert urlsplit(base_url).hostname == "127.0.0.1"
    schema = schemathesis.openapi.from_dict(openapi_document())
    headers = {"Authorization": f"Bearer {api.token}"}
    checked: list[str] = []

    def run() -> None:
        for result in schema.get_all_operations():
            operation = result.ok()

            @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None,
                      suppress_health_check=list(HealthCheck))
            @given(case=operation.as_strategy())
            def conforms(case: schemathesis.Case) -> None:
                response = case.call(base_url=base_url, headers=headers, timeout=30)
                case.validate_response(response, checks=CHECKS, headers=headers)

            conforms()
            checked.append(operation.label)

    await asyncio.to_thread(run)
    assert len(checked) == len(openapi_document()["paths"])
