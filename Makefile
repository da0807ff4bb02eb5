# NeuroLeaf Desktop — two commands: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SYSTEM_STAMP := $(VENV)/.system-deps

.PHONY: run test lint typecheck pytest system-deps venv bench clean

run: venv
	$(BIN)/neuroleaf

test: venv lint typecheck pytest

system-deps: $(SYSTEM_STAMP)
$(SYSTEM_STAMP): scripts/install-system-deps.sh
	@mkdir -p $(VENV)
	bash scripts/install-system-deps.sh
	@touch $@

venv: $(SYSTEM_STAMP) $(STAMP)
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $@

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck:
	$(BIN)/mypy

# pytest exits 5 when it collects nothing: treat that as a failure, never as green.
pytest:
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 --dist loadfile ; \
	  rc=$$?; if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing"; exit 1; fi; exit $$rc

bench: venv
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build *.egg-info
