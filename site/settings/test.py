"""Settings for the test suite: the embedded default, fast and isolated."""

import os
import tempfile

import dj_database_url

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Tasks run inside the request or command that enqueues them (no worker to start);
# tests/social runs the database backend and its worker for real.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
MEDIA_ROOT = tempfile.mkdtemp(prefix="rhinocc-test-media-")
WAGTAILADMIN_BASE_URL = "http://testserver"
# Tests measure pages as built; the page cache has tests of its own that enable it.
RHINOCC_PAGE_CACHE_SECONDS = 0
RHINOCC_SEARCH_PAGE_CACHE_SECONDS = 0
# The map draws no background: no tile request from the tests.
RHINOCC_MAP_TILE_URL = ""

# The second CI pass runs the same suite on PostgreSQL and Redis (see .ci/run).
if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
    if "postgresql" in DATABASES["default"]["ENGINE"]:
        INSTALLED_APPS = [*INSTALLED_APPS, "django.contrib.postgres"]  # noqa: F405
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "rhinocc-test",
        }
    }
