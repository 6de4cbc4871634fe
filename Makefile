# RelationDesk: `make run` sets up and starts the app; `make test` sets up and runs every check.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
QM := resources/translations/relationdesk_ja.qm
ICONS := resources/icons/relationdesk.ico

.PHONY: setup system accel run test lint typecheck pytest translations screenshots bench dist crashtest clean

setup: $(STAMP) $(QM) $(ICONS) accel

# The import's hot modules compiled with mypyc (tools/accelerate.py): ~1 minute when their
# sources changed, nothing otherwise; one line and pure Python without a C compiler.
# `make setup ACCEL=0` skips it (and removes a build). relationdesk/accel.py never runs a
# stale build.
ACCEL ?= 1
accel: $(STAMP)
ifeq ($(ACCEL),0)
	@$(PY) tools/accelerate.py --clean
else
	@$(PY) tools/accelerate.py
endif

system:
	@PYTHON=$(PYTHON) bash tools/setup_system.sh

$(STAMP): pyproject.toml tools/setup_system.sh
	@PYTHON=$(PYTHON) bash tools/setup_system.sh
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || { \
		echo "Could not create $(VENV): install python3-venv (Debian/Ubuntu: apt-get install python3-venv)"; exit 1; }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

$(QM): $(STAMP) $(wildcard resources/translations/*.ts)
	$(PY) tools/translations.py compile

# Every per-OS icon (.ico, .icns, hicolor PNGs) from the one source image.
$(ICONS): $(STAMP) resources/icon.svg tools/icons.py
	$(PY) tools/icons.py

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

# The standalone app (build.spec) in dist/RelationDesk/, its archive, and a .deb on Debian/Ubuntu.
dist: setup
	$(PY) tools/dist.py

screenshots: setup
	$(PY) tools/screenshots.py

# Benchmarks (benchmarks/README.md): `make bench` at 100,000 customers, `make bench SCALE=1000000`
# for the full run. The data set is generated once per scale and schema and cached.
SCALE ?= 100000
bench: setup
	$(PY) -m benchmarks --scale $(SCALE)

# 100 writers killed with SIGKILL at random moments; every committed change must survive whole.
crashtest: setup
	$(PY) tools/crashtest.py --trials $(or $(TRIALS),100)

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache $(QM) resources/icons
	rm -f relationdesk/accel-manifest.json
	find relationdesk -name '*.so' -delete
