"""Production settings, read entirely from the environment.

A missing required variable stops start-up with a message that names it. See
deploy/env.example for a complete, documented environment.
"""

import os

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import MIDDLEWARE, STORAGES


def env(name: str, default: str | None = None) -> str:
    value = os.environ.get(name, default)
    if value is None or (default is None and not value.strip()):
        raise ImproperlyConfigured(
            f"La variable d'environnement {name} est obligatoire en production "
            f"(missing required environment variable {name})."
        )
    return value


def env_list(name: str, default: str | None = None) -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


def env_flag(name: str, default: bool = False) -> bool:
    return env(name, "true" if default else "false").strip().lower() in {"1", "true", "yes", "on"}


DEBUG = False
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL")

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL"), conn_max_age=600, conn_health_checks=True
    )
}
if "postgresql" in DATABASES["default"]["ENGINE"]:
    # Wagtail's PostgreSQL search index uses GIN indexes from contrib.postgres.
    INSTALLED_APPS = [*INSTALLED_APPS, "django.contrib.postgres"]  # noqa: F405

# Redis when REDIS_URL is set; a Redis outage degrades to no cache, not to errors.
REDIS_URL = env("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "TIMEOUT": 600,
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }
    DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# The whole-page cache is invalidated by a generation kept in the cache: a memory cache
# per process would refresh one worker out of N at each publish.
RHINOCC_ALLOW_INDEXING = env_flag("ALLOW_INDEXING", default=True)
RHINOCC_PAGE_CACHE_SECONDS = int(env("PAGE_CACHE_SECONDS", "600"))
# A memory cache per process would not see another's publish (base.py).
RHINOCC_GENERATION_CACHE_SECONDS = 24 * 3600 if REDIS_URL else 0
RHINOCC_SEARCH_PAGE_CACHE_SECONDS = int(env("SEARCH_PAGE_CACHE_SECONDS", "60")) if REDIS_URL else 0
if RHINOCC_PAGE_CACHE_SECONDS > 0 and not REDIS_URL:
    raise ImproperlyConfigured(
        "Le cache des pages a besoin d'un cache partagé par tous les processus : "
        "renseignez REDIS_URL (par exemple redis://127.0.0.1:6379/0), ou désactivez-le "
        "avec PAGE_CACHE_SECONDS=0."
    )

# Cache-Control of public pages for browsers and for the HTTP cache in front (see base.py).
RHINOCC_HTTP_CACHE_SECONDS = int(env("HTTP_CACHE_SECONDS", "60"))
RHINOCC_HTTP_SHARED_CACHE_SECONDS = int(env("HTTP_CACHE_SHARED_SECONDS", "300"))
RHINOCC_HTTP_STALE_SECONDS = int(env("HTTP_CACHE_STALE_SECONDS", "60"))
RHINOCC_HTTP_SEARCH_CACHE_SECONDS = int(env("HTTP_CACHE_SEARCH_SECONDS", "60"))
# Varnish in front (deploy/varnish.vcl): Wagtail's frontend cache sends it a PURGE of the
# pages a publish, unpublish, move or delete changes (rhinocc/frontend_cache.py), from the
# task worker. Its address as the application reaches it, e.g. http://127.0.0.1:6081;
# unset, nothing is purged.
FRONTEND_CACHE_URL = env("FRONTEND_CACHE_URL", "")
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_URL,
        }
    }

# Media on S3-compatible object storage when a bucket is given, else on a local volume.
# Documents are never reached by their storage path: the document view checks rights,
# then hands out a signed URL of the bucket that expires within DOCUMENT_URL_SECONDS,
# or, on a local volume, lets nginx send the file from its `internal` location
# (X-Accel-Redirect to DOCUMENTS_INTERNAL_URL; empty when no nginx is in front, and
# gunicorn sends documents itself).
MEDIA_ROOT = env("MEDIA_ROOT", str(BASE_DIR / "media"))  # noqa: F405
if env("AWS_STORAGE_BUCKET_NAME", ""):
    S3_OPTIONS = {
        "bucket_name": env("AWS_STORAGE_BUCKET_NAME"),
        "endpoint_url": env("AWS_S3_ENDPOINT_URL", "") or None,
        "region_name": env("AWS_S3_REGION_NAME", "") or None,
        "access_key": env("AWS_ACCESS_KEY_ID"),
        "secret_key": env("AWS_SECRET_ACCESS_KEY"),
        "default_acl": None,
        "querystring_auth": True,
        "file_overwrite": False,
    }
    STORAGES = {
        **STORAGES,
        "default": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": S3_OPTIONS},
        "documents": {
            "BACKEND": "documents.s3.SignedDownloadStorage",
            "OPTIONS": {
                **S3_OPTIONS,
                "default_acl": "private",
                "querystring_expire": int(env("DOCUMENT_URL_SECONDS", "60")),
            },
        },
    }
    WAGTAILDOCS_SERVE_METHOD = "redirect"
else:
    WAGTAILDOCS_SERVE_METHOD = "serve_view"
    if env("DOCUMENTS_INTERNAL_URL", "/internal/documents/"):
        SENDFILE_BACKEND = "documents.accel_redirect"
        SENDFILE_ROOT = os.path.join(MEDIA_ROOT, "documents")
        SENDFILE_URL = env("DOCUMENTS_INTERNAL_URL", "/internal/documents/")

STATIC_ROOT = env("STATIC_ROOT", str(BASE_DIR / "static"))  # noqa: F405
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
MIDDLEWARE = [
    MIDDLEWARE[0],  # SecurityMiddleware first, then static files before anything else
    "whitenoise.middleware.WhiteNoiseMiddleware",
    *MIDDLEWARE[1:],
]

# Behind a reverse proxy that terminates TLS. The proxies that may tell the client's
# address: by default the local nginx of deploy/nginx.conf (comma-separated addresses
# or networks, e.g. "10.0.0.0/24" for a load balancer of the private network).
RHINOCC_TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", "127.0.0.1,::1")
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_flag("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_flag("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=False)
SECURE_HSTS_PRELOAD = env_flag("SECURE_HSTS_PRELOAD", default=False)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"

MAILERS = {
    "default": {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": env("EMAIL_HOST", "localhost"),
            "port": int(env("EMAIL_PORT", "25")),
            "username": env("EMAIL_HOST_USER", ""),
            "password": env("EMAIL_HOST_PASSWORD", ""),
            "use_tls": env_flag("EMAIL_USE_TLS"),
        },
    }
}
# Mails written as files instead of sent, for a site served by the browser tests, which
# read them back (tests/browser/conftest.py); never set on a real deployment.
if env("EMAIL_FILE_PATH", ""):
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "OPTIONS": {"file_path": env("EMAIL_FILE_PATH")},
        }
    }
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "RhinOcc <ne-pas-repondre@rhinocc.fr>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    # The background task runner announces every indexing task: noise at INFO.
    "loggers": {"django_tasks": {"level": "WARNING"}},
}
