# The two commands of the README: `make run` and `make test`.
VENV := .venv
PYTHON := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
ADDRESS ?= 127.0.0.1:8000

.PHONY: setup run test lint format lock messages bench clean

$(PYTHON):
	@python=$$(sh scripts/find-python) && echo "Python : $$python" && "$$python" -m venv $(VENV)

# Reinstalls only when the dependencies change, so that a second run is quick.
$(INSTALLED): $(PYTHON) pyproject.toml requirements.lock
	$(PYTHON) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PYTHON) -m pip install --quiet --disable-pip-version-check -c requirements.lock -e ".[dev]"
	@touch $(INSTALLED)

setup: $(INSTALLED)

run: setup
	$(PYTHON) manage.py migrate --noinput -v 0
	$(PYTHON) manage.py load_demo
	$(PYTHON) manage.py ensure_local_admin
	$(PYTHON) manage.py runserver $(ADDRESS)

test: setup
	$(PYTHON) -m pytest

# Queries and render time per page type, on the demo site that `make run` loads.
bench: setup
	$(PYTHON) manage.py migrate --noinput -v 0
	$(PYTHON) manage.py load_demo
	$(PYTHON) scripts/bench_pages.py

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: setup
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Records the exact versions that were tested; commit the result.
lock: $(PYTHON)
	$(PYTHON) -m pip install --quiet -e ".[dev]"
	$(PYTHON) -m pip freeze --exclude-editable --exclude rhinocc > requirements.lock

# Needs GNU gettext; the compiled catalogues are committed so that set-up does not.
messages: setup
	$(PYTHON) manage.py makemessages -l fr --ignore=.venv --ignore=static --ignore=media --ignore=tests
	$(PYTHON) manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) db.sqlite3 media static
