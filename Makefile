# Set-up and everyday commands. `make run` and `make test` each create the virtualenv
# (.venv) and install the pinned dependencies first when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The browser tests use Debian's Chromium (Playwright's own download fails offline) and
# axe-core from npm for the accessibility check.
AXE_STAMP := tests/browser/node_modules/.installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

BENCH_STAMP := $(VENV)/.installed-bench

.PHONY: run serve test lint fmt eval bench clean chromium

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

run: $(STAMP)  ## install, index if needed, answer a sample question, open the web chat
	$(BIN)/assistant run

serve: $(STAMP)  ## the web chat only (http://127.0.0.1:7860)
	$(BIN)/assistant serve

test: $(STAMP) $(AXE_STAMP) chromium  ## install, then run every test (unit, end-to-end, browser)
	$(BIN)/python -m pytest

$(AXE_STAMP): tests/browser/package.json tests/browser/package-lock.json
	npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error
	touch $@

chromium:  ## Debian's chromium and chromium-driver, when missing
	@test -x /usr/bin/chromium || { \
		echo "Installerar Chromium (Debian-paket) för webbläsartesterna …"; \
		$(SUDO) apt-get install -y -q chromium chromium-driver >/dev/null 2>&1 || \
		{ $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium chromium-driver >/dev/null; }; }

eval: $(STAMP)  ## figures on the development questions (reports/dev_eval.json and .md)
	$(BIN)/assistant eval tests/data/dev_qa.jsonl --report reports/dev_eval.json

$(BENCH_STAMP): $(STAMP)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test,bench]'
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)  ## every benchmark (about half an hour); writes docs/BENCHMARKS.md
	$(BIN)/python -m benchmarks.run

lint: $(STAMP)
	$(BIN)/ruff check assistant tests benchmarks
	$(BIN)/ruff format --check assistant tests benchmarks

fmt: $(STAMP)
	$(BIN)/ruff format assistant tests benchmarks
	$(BIN)/ruff check --fix assistant tests benchmarks

clean:
	rm -rf $(VENV) index/chroma index/manifest.json
