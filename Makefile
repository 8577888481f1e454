# Two entry points: `make run` (set up, then start the app) and `make test` (set up, then test).
# The virtual environment is rebuilt only when pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/tutor

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check tutor tests bench tools
	$(BIN)/ruff format --check tutor tests bench tools

bench: $(STAMP)
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/generate.py
	$(BIN)/python bench/long_inputs.py
	$(BIN)/python bench/progress.py
	$(BIN)/python bench/startup.py

clean:
	rm -rf $(VENV)
