# The README's quick start: `make serve` and `make test`, on a machine with Python 3.11, pip and make.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check --quiet
STORE  ?= data/store
NPM    ?= npm
# The query page's YASGUI comes from the npm registry (package-lock.json); its browser tests drive
# Debian's chromium, installed with apt-get when missing (CI runs as root; elsewhere through sudo).
CHROMIUM := /usr/bin/chromium
SUDO   := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: serve load test lint install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade 'pip>=24'

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(PIP) install -e '.[test]'
	touch $@ $(VENV)/.installed

node_modules/.installed: package.json package-lock.json
	$(NPM) ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

$(CHROMIUM):
	$(SUDO) apt-get update -qq
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

install: $(VENV)/.installed node_modules/.installed

load: $(VENV)/.installed
	$(BIN)/newskg load --store $(STORE) articles/

serve: load node_modules/.installed
	$(BIN)/newskg serve --store $(STORE)

test: $(VENV)/.installed-test node_modules/.installed $(CHROMIUM)
	$(BIN)/python -m pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check kg server tests bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) node_modules data .pytest_cache .mypy_cache .ruff_cache dist build
