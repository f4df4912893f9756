"""The embedded default: `make run` on a laptop (SQLite, database search, local media)."""

import os

import dj_database_url

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-insecure-key-never-used-in-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}

# Benchmarks (`make bench-search`) run on a database of their own.
if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
