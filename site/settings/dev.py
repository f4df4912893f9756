"""The embedded default: `make run` on a laptop (SQLite, database search, local media)."""

import os

import dj_database_url

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-insecure-key-never-used-in-production"  # noqa: S105


def served_host_and_port(address: str) -> tuple[str, str]:
    """The host and port of a runserver address ("8080", "0.0.0.0:8080", "[::1]:8000")."""
    host, _, port = address.rpartition(":")
    return host or "127.0.0.1", port


# `make run ADDRESS=…` serves on that address and hands it down (RHINOCC_DEV_ADDRESS),
# so that the links the commands print, the admin's and the mails' all point at it.
DEV_HOST, DEV_PORT = served_host_and_port(
    os.environ.get("RHINOCC_DEV_ADDRESS") or "127.0.0.1:8000"
)
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
if DEV_HOST in {"0.0.0.0", "[::]"}:  # noqa: S104 - served on every interface on purpose
    # Other machines reach it by whatever name or address they know this one by;
    # this one by loopback.
    ALLOWED_HOSTS = ["*"]
    DEV_HOST = "127.0.0.1" if DEV_HOST == "0.0.0.0" else "[::1]"  # noqa: S104
elif DEV_HOST not in ALLOWED_HOSTS:
    ALLOWED_HOSTS.append(DEV_HOST)
WAGTAILADMIN_BASE_URL = f"http://{DEV_HOST}:{DEV_PORT}"

# One readable file per mail, listed at /dev/courriels/ (rhinocc.dev_mail).
# Tasks run inside the request or command that enqueues them: no worker to start
# (`make serve` runs the database backend and its worker).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
MAILERS = {
    "default": {
        "BACKEND": "rhinocc.dev_mail.ReadableFileBackend",
        "OPTIONS": {"file_path": BASE_DIR / "dev-mails"},  # noqa: F405
    }
}

# Benchmarks (`make bench-search`) run on a database of their own.
if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
