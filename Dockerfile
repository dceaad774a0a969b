# The bot's image: `docker compose up` builds it (docker-compose.yml), or `docker build -t safety-bot .`
# Runs as an unprivileged user; migrations are applied at every start; /readyz is the health check.
FROM python:3.12-slim

# PYTHONOPTIMIZE=2 (python -OO): docstrings and asserts are not loaded, 7 MB less of the bot's memory
# (bench/README.md, "Memory of the bot's process"). Nothing the bot runs reads a docstring: its OpenAPI document is
# written by hand, not generated from pydantic models' docstrings.
# PYTHONNODEBUGRANGES=1 (python -X no_debug_ranges): code objects without their column tables, 0.5 MB less;
# tracebacks keep their file and line numbers and lose only the ^^^ marks under the failing expression. Bytecode
# keeps the tables it was compiled with, so the compileall step below runs with it set too.
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONOPTIMIZE=2 \
    PYTHONNODEBUGRANGES=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    MPLCONFIGDIR=/tmp/matplotlib

WORKDIR /app
# Dependencies first, so that a change in content/ or locales/ does not reinstall them.
COPY pyproject.toml README.md ./
COPY bot ./bot
# Editable install: the code runs from /app, next to content/, locales/ and migrations/ (bot/settings.py finds them
# from its own path).
RUN pip install -e .
COPY content ./content
COPY locales ./locales
COPY migrations ./migrations
# Bytecode at PYTHONOPTIMIZE's level and without column tables (PYTHONNODEBUGRANGES, both set above), compiled once
# here: PYTHONDONTWRITEBYTECODE keeps the bot from caching it, and pip's bytecode is for the default level, so without
# this every start would compile every library from source. -f: rewrite whatever bytecode is already there, so none
# is left with column tables.
RUN python -m compileall -f -q -x '/tests?/' /usr/local/lib/python3.12 /app/bot /app/migrations

RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin bot \
    && mkdir -p /app/data && chown bot /app/data
USER bot
VOLUME ["/app/data"]

# The HTTP server beside the bot answers /readyz (database reachable, migrations current). It must listen where
# this check can reach it: HTTP_HOST 0.0.0.0 or 127.0.0.1 (the default), HTTP_PORT not 0.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/readyz' % os.environ.get('HTTP_PORT', '8080'), timeout=4)"]

CMD ["python", "-m", "bot", "run"]
