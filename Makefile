# RelationDesk: `make run` sets up and starts the app; `make test` sets up and runs every check.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
QM := resources/translations/relationdesk_ja.qm

.PHONY: setup system run test lint typecheck pytest translations screenshots crashtest clean

setup: $(STAMP) $(QM)

system:
	@bash tools/setup_system.sh

$(STAMP): pyproject.toml tools/setup_system.sh
	@bash tools/setup_system.sh
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || { \
		echo "Could not create $(VENV): install python3-venv (Debian/Ubuntu: apt-get install python3-venv)"; exit 1; }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

$(QM): $(STAMP) $(wildcard resources/translations/*.ts)
	$(PY) tools/translations.py compile

translations: $(STAMP)
	$(PY) tools/translations.py update
	$(PY) tools/translations.py compile

run: setup
	$(VENV)/bin/relationdesk

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: setup
	$(VENV)/bin/mypy

pytest: setup
	$(VENV)/bin/pytest

test: lint typecheck pytest

screenshots: setup
	$(PY) tools/screenshots.py

# 100 writers killed with SIGKILL at random moments; every committed change must survive whole.
crashtest: setup
	$(PY) tools/crashtest.py --trials $(or $(TRIALS),100)

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache $(QM)
