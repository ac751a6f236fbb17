# One obvious task runner. `make run` and `make test` work on a fresh machine with
# only Python 3.11+ and make: they create .venv and install the pinned requirements.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format install migrate demo schema clean bench fuzz load flood

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is required"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall whenever a requirements file changes.
$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

# --noinput: wagtail-modeltranslation's column sync must never wait for a terminal.
migrate: install
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py load_demo

# The scheduler (go-live and expiry) and the webhooks worker run next to the server and
# stop with it. Before the worker starts, deliver_webhooks queues again any delivery a killed
# worker left behind (--stale-after 0: no other worker can be running it at that moment).
run: demo
	@$(BIN)/python manage.py create_dev_admin
	@echo "Admin: http://$(HOST):$(PORT)/admin/   Site: http://$(HOST):$(PORT)/en/   GraphQL: http://$(HOST):$(PORT)/graphql/"
	@$(BIN)/python manage.py deliver_webhooks --stale-after 0
	@$(BIN)/python manage.py run_scheduler --interval 30 & scheduler=$$!; \
	$(BIN)/python manage.py db_worker --backend webhooks --no-reload & webhooks=$$!; \
	trap 'kill $$scheduler $$webhooks 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install
	$(BIN)/pytest

# The full GraphQL fuzzing run (tests/fuzzing.py): FUZZ_QUERIES generated queries against a
# server on a free port with the demo content in a throwaway CMS_VAR_DIR; fails on any 5xx or leak.
# Development settings, whose rate limit of uncached work leaves loopback alone (cms/settings/dev.py).
FUZZ_QUERIES ?= 1000
fuzz: install
	@var=$$(mktemp -d); port=$$($(BIN)/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'); \
	export CMS_VAR_DIR=$$var; \
	$(BIN)/python manage.py migrate --noinput >/dev/null && $(BIN)/python manage.py load_demo >/dev/null || exit 1; \
	$(BIN)/python manage.py runserver --noreload 127.0.0.1:$$port >$$var/server.log 2>&1 & server=$$!; \
	trap 'kill $$server 2>/dev/null; rm -rf $$var' EXIT INT TERM; \
	for i in $$(seq 50); do $(BIN)/python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$$port/healthz', timeout=1)" 2>/dev/null && break; sleep 0.2; done; \
	$(BIN)/python -m tests.fuzzing http://127.0.0.1:$$port $(FUZZ_QUERIES)

# Regenerate the GraphQL contract after a deliberate API change; review the diff.
schema: install
	$(BIN)/python manage.py graphql_schema --schema cms.api.schema.schema --out schema.graphql

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache

# The benchmark (docs/benchmark.md): both scales, every target, report in bench/results/latest.md.
# Needs PostgreSQL and Redis on 127.0.0.1 and wrk (installed with apt-get when missing).
$(VENV)/.bench-installed: requirements-bench.txt $(VENV)/.installed
	$(BIN)/pip install --quiet -r requirements-bench.txt
	touch $@

bench: $(VENV)/.bench-installed
	@command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; apt-get install -y wrk; }
	PYTHONPATH=. $(BIN)/python -m bench.run $(BENCH_ARGS)

# Load while publishing (docs/benchmark.md): LOAD_CLIENTS readers for LOAD_SECONDS against the
# benchmark's gunicorn while an editor publishes through the admin every second; report in
# bench/results/load-publish.md, exit status 1 on any error or stale answer.
LOAD_CLIENTS ?= 50
LOAD_SECONDS ?= 60
load: $(VENV)/.bench-installed
	LOAD_CLIENTS=$(LOAD_CLIENTS) LOAD_SECONDS=$(LOAD_SECONDS) PYTHONPATH=. $(BIN)/python -m bench.load_publish $(LOAD_ARGS)

# Query floods (docs/benchmark.md): FLOOD_READERS readers alone for FLOOD_SECONDS, then the same
# readers while FLOOD_ATTACKERS attackers flood the GraphQL parser, against production's worker
# model (3 sync workers, 30 s timeout) behind an emulated proxy; report in bench/results/flood.md,
# exit status 1 when p95 grows 3× or more, a reader sees an error or a worker is killed.
FLOOD_READERS ?= 20
FLOOD_ATTACKERS ?= 3
FLOOD_SECONDS ?= 20
flood: $(VENV)/.bench-installed
	FLOOD_READERS=$(FLOOD_READERS) FLOOD_ATTACKERS=$(FLOOD_ATTACKERS) FLOOD_SECONDS=$(FLOOD_SECONDS) PYTHONPATH=. $(BIN)/python -m bench.flood $(FLOOD_ARGS)
