# Two commands do all set-up on a fresh machine:
#   make lab    opens the course in JupyterLab
#   make test   runs every test (model, widgets, notebooks with nbval, browser)
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
LAB_ARGS ?=
# JupyterLab refuses to run as root unless told to (CI and some containers run as root).
AS_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root,)
PYTEST_ARGS ?=

.PHONY: lab test notebooks bench slides site lint format clean

# The venv is rebuilt only when the pins or the package metadata change, so a second
# `make lab` with nothing changed starts in seconds.
$(STAMP): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	$(BIN)/python tools/patch_anywidget.py
	touch $(STAMP)

lab: $(STAMP)
	$(BIN)/jupyter lab --ServerApp.root_dir=$(CURDIR) \
		--LabApp.default_url=/lab/tree/chapters/00_start_here.ipynb $(AS_ROOT) $(LAB_ARGS)

# Two phases: everything else on both cores, then JupyterLab in the browser on its own, so
# that its widget timings are measured on a quiet machine.
test: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadscope --nbval --ignore=tests/browser \
		--nbval-sanitize-with tests/nbval_sanitize.cfg --nbval-cell-timeout 120 $(PYTEST_ARGS)
	$(BIN)/python -m pytest tests/browser $(PYTEST_ARGS)

# Re-execute and clean every chapter the same way every time (see tools/build_notebooks.py).
notebooks: $(STAMP)
	$(BIN)/ruff format chapters
	$(BIN)/python tools/build_notebooks.py

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

slides: $(STAMP)
	$(BIN)/python tools/build_slides.py --require-all

site: $(STAMP)
	$(BIN)/python tools/build_site.py --require-all

lint: $(STAMP)
	$(BIN)/ruff check widgets tests tools benchmarks chapters
	$(BIN)/ruff format --check widgets tests tools benchmarks chapters

format: $(STAMP)
	$(BIN)/ruff format widgets tests tools benchmarks chapters

clean:
	rm -rf $(VENV) build
