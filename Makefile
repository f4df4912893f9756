# The two commands of the README: `make run` and `make test`.
VENV := .venv
PYTHON := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
ADDRESS ?= 127.0.0.1:8000

.PHONY: setup run serve test lint format lock messages bench bench-compare bench-varnish bench-search bench-places bench-api bench-statistics bench-digest load load-registration clean

$(PYTHON):
	@python=$$(sh scripts/find-python) && echo "Python : $$python" && "$$python" -m venv $(VENV)

# Reinstalls only when the dependencies change, so that a second run is quick.
$(INSTALLED): $(PYTHON) pyproject.toml requirements.lock
	$(PYTHON) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PYTHON) -m pip install --quiet --disable-pip-version-check -c requirements.lock -e ".[dev]"
	@touch $(INSTALLED)

setup: $(INSTALLED)

# The commands print their links, and the site builds its own, with the address served on
# (read by rhinocc.settings.dev).
DEV_ENV = RHINOCC_DEV_ADDRESS=$(ADDRESS)
run: setup
	$(DEV_ENV) $(PYTHON) manage.py migrate --noinput -v 0
	$(DEV_ENV) $(PYTHON) manage.py load_demo
	$(DEV_ENV) $(PYTHON) manage.py ensure_local_admin
	$(DEV_ENV) $(PYTHON) manage.py runserver $(ADDRESS)

# Production server: settings from the environment, read from ENV_FILE if it exists
# (see deploy/env.example), with the background task worker beside gunicorn (tasks queued
# in the database: digests, printable catalogues), stopped with it.
ENV_FILE ?= .env
serve: setup
	@set -a; [ -f "$(ENV_FILE)" ] && . ./$(ENV_FILE); set +a; \
	export DJANGO_SETTINGS_MODULE=rhinocc.settings.production; \
	$(PYTHON) manage.py migrate --noinput -v 0 && \
	$(PYTHON) manage.py collectstatic --noinput -v 0 && \
	{ $(PYTHON) manage.py db_worker --queue-name '*' & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT INT TERM; \
	  $(VENV)/bin/gunicorn rhinocc.wsgi --config deploy/gunicorn.conf.py; }

# PYTEST_ARGS narrows the run, e.g. make test PYTEST_ARGS='-m "not postgres"'.
# With Chromium and npm on the machine, axe-core comes along so that the browser
# tests run too (never apt-get here: that is .ci/run's, as root).
test: setup
	@bash scripts/install-browser-tools --if-available
	$(PYTHON) -m pytest $(PYTEST_ARGS)

# Queries and render time per page type, on the demo site that `make run` loads.
bench: setup
	$(PYTHON) manage.py migrate --noinput -v 0
	$(PYTHON) manage.py load_demo
	$(PYTHON) scripts/bench_pages.py

# A reference commit against the working tree, side by side in one run: render time per
# page type (median of 30, queries) and throughput through gunicorn (wrk, Debian's package):
# make bench-compare REF=<commit> [BENCH_COMPARE_ARGS="--runs 30 --seconds 5"].
REF ?= HEAD
BENCH_COMPARE_ARGS ?=
bench-compare: setup
	$(PYTHON) scripts/bench_compare.py $(REF) $(BENCH_COMPARE_ARGS)

# Throughput of cached pages through Varnish (deploy/varnish.vcl, Debian's varnish) against
# gunicorn alone, in one run, with wrk: make bench-varnish [BENCH_VARNISH_ARGS="--seconds 5"].
BENCH_VARNISH_ARGS ?=
bench-varnish: setup
	$(PYTHON) scripts/bench_varnish.py $(BENCH_VARNISH_ARGS)

# Search benchmark on a database of its own: make bench-search N=100000
# SEARCH_URL=opensearch2://127.0.0.1:9200 (see scripts/start-opensearch).
N ?= 10000
BENCH_DATABASE_URL ?= sqlite:///$(CURDIR)/bench/search-$(N).sqlite3
bench-search: setup
	@mkdir -p bench
	DATABASE_URL=$(BENCH_DATABASE_URL) $(PYTHON) scripts/bench_search.py --contents $(N)

# Places: import of 10,000 and 100,000 lines, exports at 20,000 and 100,000 places, the
# list page at 474 and 20,000, on a database of their own (PLACES_DATABASE_URL=postgres://…);
# smaller: make bench-places PLACES_BENCH_ARGS="--lines 2000 --exports 5000 --pages 474".
PLACES_DATABASE_URL ?= sqlite:///$(CURDIR)/bench/places.sqlite3
PLACES_BENCH_ARGS ?=
bench-places: setup
	@mkdir -p bench
	DATABASE_URL=$(PLACES_DATABASE_URL) $(PYTHON) scripts/bench_places.py $(PLACES_BENCH_ARGS)

# The public API: lists of 100 contents at 10,000 contents and of places at 20,000 places
# (median, p95, queries), on a database of its own (API_DATABASE_URL=postgres://…);
# smaller: make bench-api API_BENCH_ARGS="--contents 2000 --places 5000".
API_DATABASE_URL ?= sqlite:///$(CURDIR)/bench/api.sqlite3
API_BENCH_ARGS ?=
bench-api: setup
	@mkdir -p bench
	DATABASE_URL=$(API_DATABASE_URL) $(PYTHON) scripts/bench_api.py $(API_BENCH_ARGS)

# Statistics: the editors' dashboard and /statistiques/ at the demo's year of activity,
# on a database of their own (STATISTICS_DATABASE_URL=postgres://…).
STATISTICS_DATABASE_URL ?= sqlite:///$(CURDIR)/bench/statistics.sqlite3
bench-statistics: setup
	@mkdir -p bench
	DATABASE_URL=$(STATISTICS_DATABASE_URL) $(PYTHON) scripts/bench_statistics.py

# Digest benchmark on a database of its own: 10,000 members, 50,000 follows, then
# `send_digests` timed with its peak memory; smaller: DIGEST_BENCH_ARGS="--members 1000".
DIGEST_DATABASE_URL ?= sqlite:///$(CURDIR)/bench/digest.sqlite3
DIGEST_BENCH_ARGS ?=
bench-digest: setup
	@mkdir -p bench
	DATABASE_URL=$(DIGEST_DATABASE_URL) $(PYTHON) scripts/bench_digest.py $(DIGEST_BENCH_ARGS)

# Load test against a running server (see `make serve`): 50 users for 60 s.
LOAD_HOST ?= http://127.0.0.1:8000
load: setup
	$(PYTHON) -m pip install --quiet -c requirements.lock -e ".[load]"
	$(VENV)/bin/locust -f loadtest/locustfile.py --headless --host $(LOAD_HOST) \
		--users 50 --spawn-rate 10 --run-time 60s --only-summary

# Registration burst against a running server on the same database (ENV_FILE): 50 people
# registering to 5 sessions of 12 seats in 60 s, then the check (capacity, arrival order).
load-registration: setup
	$(PYTHON) -m pip install --quiet -c requirements.lock -e ".[load]"
	@set -a; [ -f "$(ENV_FILE)" ] && . ./$(ENV_FILE); set +a; \
	$(PYTHON) manage.py registration_load --prepare && \
	$(VENV)/bin/locust -f loadtest/registration.py --headless --host $(LOAD_HOST) \
		--users 50 --spawn-rate 10 --run-time 60s --only-summary && \
	$(PYTHON) manage.py registration_load --check

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: setup
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Records the exact versions that were tested; commit the result.
lock: $(PYTHON)
	$(PYTHON) -m pip install --quiet -e ".[dev,load]"
	$(PYTHON) -m pip freeze --exclude-editable --exclude rhinocc > requirements.lock

# Needs GNU gettext; the compiled catalogues are committed so that set-up does not.
messages: setup
	$(PYTHON) manage.py makemessages -l fr --ignore=.venv --ignore=static --ignore=media --ignore=tests
	$(PYTHON) manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) db.sqlite3 media static
