# Set-up and everyday commands. `make run` and `make test` each create the virtualenv
# (.venv) and install the pinned dependencies first when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint fmt eval clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

run: $(STAMP)  ## install, index if needed, answer a sample question
	$(BIN)/assistant run

test: $(STAMP)  ## install, then run every test (unit and end-to-end)
	$(BIN)/python -m pytest

eval: $(STAMP)  ## figures on the development questions
	$(BIN)/assistant eval tests/data/dev_qa.jsonl --report reports/dev_eval.json

lint: $(STAMP)
	$(BIN)/ruff check assistant tests
	$(BIN)/ruff format --check assistant tests

fmt: $(STAMP)
	$(BIN)/ruff format assistant tests
	$(BIN)/ruff check --fix assistant tests

clean:
	rm -rf $(VENV) index/chroma index/manifest.json
