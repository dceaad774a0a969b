# Two commands on a fresh machine with Python 3.11+:  `make run`  and  `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: run test try migrate check-content lint bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)/.installed          ## run the bot (long polling; SQLite in ./data unless DATABASE_URL says otherwise)
	$(BIN)/python -m bot run

test: $(VENV)/.installed         ## every test, the content check and the linter
	$(BIN)/python -m bot check-content
	$(BIN)/ruff check bot tests migrations bench
	$(BIN)/python -m pytest -q

try: $(VENV)/.installed          ## chat with the bot in the terminal: no token, no network
	$(BIN)/python -m bot try

migrate: $(VENV)/.installed
	$(BIN)/python -m bot migrate

check-content: $(VENV)/.installed
	$(BIN)/python -m bot check-content

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
