# `make demo` and `make test` both set up everything they need (see .ci/bootstrap).
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.nianbao-installed
DEMO_DATA ?= demo-data

.PHONY: setup demo test lint bench clean

$(STAMP): pyproject.toml .ci/bootstrap
	bash .ci/bootstrap
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(BIN)/nianbao demo --data $(DEMO_DATA)

test: setup
	$(BIN)/ruff check crawler archive parse nianbao tests benchmarks
	$(BIN)/pytest

lint: setup
	$(BIN)/ruff check crawler archive parse nianbao tests benchmarks

bench: setup
	for b in benchmarks/*.py; do $(BIN)/python $$b --quick || exit 1; done

clean:
	rm -rf $(DEMO_DATA) build *.egg-info
