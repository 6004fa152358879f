# Two entry points for a fresh machine: `make demo` and `make test`.
# Each creates .venv if needed and installs the package with its pinned dependencies.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MODEL ?= inception_v3

.PHONY: demo test test-all venv clean

$(BIN)/iops-mlir: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[test,hf]'
	touch $@

venv: $(BIN)/iops-mlir

demo: venv
	$(BIN)/iops-mlir bench --model $(MODEL) --variants iops,iree-min-peak-memory,iree-max-concurrency,torch-eager \
		--repetitions 20 --json build/demo/bench.json --plot build/demo/bench.png --work-dir build/demo

# One process per core, each test file whole in one of them (its module fixtures built once).
test: venv
	$(BIN)/python -m pytest -q -m "not slow" -n auto --dist loadfile --no-loadscope-reorder

test-all: venv
	$(BIN)/python -m pytest -q -n auto --dist loadfile --no-loadscope-reorder

clean:
	rm -rf build .pytest_cache
