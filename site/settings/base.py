"""Settings shared by every environment; dev, test and production refine them."""

import os
from datetime import timedelta
from pathlib import Path

from csp.constants import NONCE, NONE, SELF
from django.utils.translation import gettext_lazy as _

from rhinocc.search_url import search_backends

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

INSTALLED_APPS = [
    "rhinocc",
    "demo",
    "api",
    "analytics",
    "home",
    "social",
    "agenda",
    "taxonomy",
    "documents",
    "images",
    "catalogue",
    "kits",
    "communities",
    "places",
    "syndication",
    "accounts",
    "search",
    "core",
    "wagtail.contrib.forms",
    # Purges the HTTP cache in front (Varnish) on publish; off without WAGTAILFRONTENDCACHE.
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "csp",
    "axes",
    "corsheaders",
    "rest_framework",
    "django_tasks",
    "django_tasks_db",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "wagtail.api.v2",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before CommonMiddleware: the public API (/api/) answers other origins' GETs.
    "corsheaders.middleware.CorsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Before the page cache, so that its hits get their Cache-Control too.
    "rhinocc.http_cache.CacheControlMiddleware",
    "rhinocc.page_cache.PageCacheMiddleware",
    "rhinocc.sites.SiteLookupMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "rhinocc.middleware.RestrictedNotFoundMiddleware",
    "rhinocc.middleware.DatabaseUnavailableMiddleware",
    "rhinocc.admin_requests.MalformedAdminRequestMiddleware",
    # Last, so that it sees the lockout that authentication flagged (finding 7).
    "axes.middleware.AxesMiddleware",
]

# The map of places (/lieux/): background tiles from this URL template (Leaflet's {s},
# {z}, {x}, {y}) with their attribution, shown on the map. An empty URL draws no
# background at all (the tests: no tile request leaves the machine). The default is
# OpenStreetMap's own server, whose usage policy suits a modest audience; a busy site
# sets MAP_TILE_URL to its own server or a provider's.
RHINOCC_MAP_TILE_URL = os.environ.get(
    "MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
)
RHINOCC_MAP_TILE_ATTRIBUTION = os.environ.get(
    "MAP_TILE_ATTRIBUTION",
    '© <a href="https://www.openstreetmap.org/copyright">les contributeurs d’OpenStreetMap</a>',
)


def tile_source(url: str) -> list[str]:
    """The CSP source that lets the map load its tiles: the tile server's origin."""
    if not url.startswith(("https://", "http://")):
        return []  # no tiles, or tiles served by the site itself ('self')
    scheme, _, rest = url.partition("://")
    host = rest.split("/", 1)[0].replace("{s}", "*")
    return [f"{scheme}://{host}"]


# No inline script or style on public pages; Wagtail's admin brings its own, so it
# is left out. Documents keep the stricter policy Wagtail's serve view sets.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *tile_source(RHINOCC_MAP_TILE_URL)],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    },
}

ROOT_URLCONF = "rhinocc.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # The project is an app (rhinocc, first): its templates/ and static/ are found as
        # every app's, and override those of the apps below it.
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "core.context_processors.main_menu",
            ],
        },
    },
]

WSGI_APPLICATION = "rhinocc.wsgi.application"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": BASE_DIR / "db.sqlite3",
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Axes refuses a locked-out login before any password is checked (first, and with
# ModelBackend's get_user, which Wagtail's test helpers expect of the first backend);
# people log in with their e-mail address or their username (accounts/backends.py).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesBackend",
    "accounts.backends.EmailOrUsernameBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", _("French"))]
LOCALE_PATHS = [PROJECT_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Documents, served only by the view that checks rights (documents/storage.py).
    "documents": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# The module editor holds many inline panels; Django's default of 1000 is too low.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "RhinOcc"
# Private community spaces send visitors to the public login page, not the admin's.
LOGIN_URL = "accounts:login"
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
# After logging in without `next`, every role lands on its member area (accounts/urls.py).
LOGIN_REDIRECT_URL = "accounts:member_area"
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.forms.AdminLoginForm"
# One forgotten-password form, the public one, whose requests are limited (accounts/views.py).
WAGTAIL_PASSWORD_RESET_ENABLED = False
DEFAULT_FROM_EMAIL = "RhinOcc <ne-pas-repondre@rhinocc.fr>"
WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
WAGTAIL_I18N_ENABLED = False
# New addresses in ASCII (« Démarches » gives `demarches`), in the editor as on the server:
# accented addresses are percent-encoded in links. Existing ones stay valid.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("fr", "Français")]
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
# The admin makes no request to a third party: no Gravatar avatars (the default
# image instead), no upgrade check against releases.wagtail.org.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

WAGTAILDOCS_DOCUMENT_MODEL = "documents.CustomDocument"
WAGTAILIMAGES_IMAGE_MODEL = "images.CustomImage"
WAGTAILDOCS_EXTENSIONS = [
    "pdf", "odt", "ods", "odp", "docx", "xlsx", "pptx", "txt", "csv", "zip",
    "png", "jpg", "jpeg", "webp", "mp3", "mp4",
]  # fmt: skip
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Uploads are checked against their extension (documents/validators.py) by these forms.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "documents.forms.DocumentForm"
# Every file is downloaded, none rendered by the browser on the site's origin: downloads
# carry a sandboxing Content-Security-Policy, in which browsers refuse to show PDFs.
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILIMAGES_IMAGE_FORM_BASE = "images.forms.ImageForm"
WAGTAILIMAGES_EXTENSIONS = ["png", "jpg", "jpeg", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000

# One engine for the admin and the public search, from SEARCH_URL (see rhinocc/search_url.py).
WAGTAILSEARCH_BACKENDS = search_backends(os.environ.get("SEARCH_URL", ""))

TAGGIT_CASE_INSENSITIVE = True

# Listings show this many items a page.
RHINOCC_PAGE_SIZE = 12

# Registrants' personal data (catalogue.Registration) are anonymised this many months after
# their session's last day (`manage.py purge_registrations`, on the scheduled timer); the
# counts (registrants, attendance, satisfaction) remain.
RHINOCC_REGISTRATION_RETENTION_MONTHS = int(os.environ.get("REGISTRATION_RETENTION_MONTHS", "12"))
# The satisfaction questionnaire after a session (Qualiopi indicator 2, see
# catalogue/satisfaction.py): its link is valid this many days, and a module's page
# publishes its results from this many answers.
RHINOCC_SATISFACTION_LINK_DAYS = 30
RHINOCC_SATISFACTION_MIN_ANSWERS = 5

TAGGIT_STRIP_UNICODE_WHEN_SLUGIFYING = True

# Background tasks (the django-tasks backport, which Wagtail 8 enqueues through too): queued
# in the database and run by `manage.py db_worker` (`make serve`, deploy/rhinocc-worker.service).
# `make run` and the tests run them at once instead (settings dev and test).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "rhinocc",
        # Pages, menus and fragments are cached per generation: more than the default 300.
        "OPTIONS": {"MAX_ENTRIES": 20000},
    }
}
# What every page reads and only a publish changes (menus, settings, restrictions, page
# fragments: core.generations.per_generation) is kept this long, unless a publish makes a
# new generation sooner. Needs a cache shared by every process: 0 turns it off.
RHINOCC_GENERATION_CACHE_SECONDS = 24 * 3600
# Anonymous visitors get a stored copy of public pages for this long at most;
# publishing invalidates it sooner.
RHINOCC_PAGE_CACHE_SECONDS = 600
# Cache-Control of the public pages served to anonymous visitors (rhinocc/http_cache.py):
# browsers keep them RHINOCC_HTTP_CACHE_SECONDS (they are never purged, so briefly), the
# HTTP cache in front (Varnish, deploy/varnish.vcl) RHINOCC_HTTP_SHARED_CACHE_SECONDS,
# purged sooner on publish, and it may serve a stale copy for RHINOCC_HTTP_STALE_SECONDS
# more while it fetches a fresh one. Anonymous search results cannot be purged (one copy
# per query): RHINOCC_HTTP_SEARCH_CACHE_SECONDS for both. Anything personal: no-store.
RHINOCC_HTTP_CACHE_SECONDS = 60
RHINOCC_HTTP_SHARED_CACHE_SECONDS = 300
RHINOCC_HTTP_STALE_SECONDS = 60
RHINOCC_HTTP_SEARCH_CACHE_SECONDS = 60
# Anonymous visitors share the search result pages built in the last minute (one copy per
# normalised query and filters, dropped when the index, synonyms or published content
# change): the search page under load (search/views.py).
RHINOCC_SEARCH_PAGE_CACHE_SECONDS = 60
# Whether search engines may index the site: False on a staging site (robots.txt then
# disallows everything and every page says noindex).
RHINOCC_ALLOW_INDEXING = True

# The public read API (api/, /api/v1/): anonymous and read-only. Other origins may read it
# (GET, HEAD and the browsers' OPTIONS preflight, nothing else, on /api/ only); each client
# may make RHINOCC_API_RATE requests (DRF's "number/period": "120/min", "5000/day"),
# counted in the shared cache (Redis in production), then gets a 429 with Retry-After.
RHINOCC_API_RATE = os.environ.get("API_RATE", "120/min")
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified", "Retry-After"]
CORS_PREFLIGHT_MAX_AGE = 86400
# Authentication, renderers, throttles and errors are set by the API's own views
# (api.pages.PublicAPIMixin): Wagtail's admin API keeps the framework's defaults.
REST_FRAMEWORK = {
    "DEFAULT_THROTTLE_RATES": {"api": RHINOCC_API_RATE},
    "DEFAULT_SCHEMA_CLASS": "api.schema.AutoSchema",
}
# Lists under /api/v1/: at most this many items a page (?limit=).
WAGTAILAPI_LIMIT_MAX = 100
if os.environ.get("WAGTAILAPI_BASE_URL"):
    WAGTAILAPI_BASE_URL = os.environ["WAGTAILAPI_BASE_URL"]
SPECTACULAR_SETTINGS = {
    "TITLE": "API publique RhinOcc",
    "VERSION": "1.0.0",
    "OAS_VERSION": "3.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "COMPONENT_SPLIT_REQUEST": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "PREPROCESSING_HOOKS": ["api.schema.only_public_api"],
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "api.schema.add_wagtail_components",
    ],
}

# The reverse proxies whose X-Forwarded-For tells the client's address (accounts/clients.py):
# addresses or networks. None by default: the application is reached directly.
RHINOCC_TRUSTED_PROXIES = []
# The client as every limit counts it, for apps below accounts (the download counter).
RHINOCC_COUNTED_CLIENT_CALLABLE = "accounts.clients.counted_client"

# Failed logins (django-axes), per account and per client address, each counted on its
# own: a training room behind one address shares the client limit, a password guesser
# trying many addresses meets the account's. In the database, shared by every process
# (accounts/login.py says why).
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_FAILURE_LIMIT = 10
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "accounts.clients.counted_client"
AXES_USERNAME_CALLABLE = "accounts.login.attempted_account"
AXES_LOCKOUT_CALLABLE = "accounts.login.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
# No record of successful logins: only the failures that the limits need.
AXES_DISABLE_ACCESS_LOG = True
# A lockout ends a cool-off after the last failure before it, as the refusal page says.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_VERBOSE = False

# The hub as training provider, printed on the Qualiopi documents (conventions, signing
# sheets, attestations, certificates: catalogue/qualiopi/). Demonstration values by
# default: a real deployment sets its own in the environment (deploy/env.example).
RHINOCC_TRAINING_PROVIDER = {
    "name": os.environ.get("TRAINING_PROVIDER_NAME", "La Mêlée — Hub RhinOcc"),
    "address": os.environ.get(
        "TRAINING_PROVIDER_ADDRESS", "1 place de la Démonstration, 31000 Toulouse"
    ),
    "siret": os.environ.get("TRAINING_PROVIDER_SIRET", "000 000 000 00000"),
    # Numéro de déclaration d'activité (NDA), given by the région's prefect.
    "nda": os.environ.get("TRAINING_PROVIDER_NDA", "76 31 00000 31"),
    "nda_region": os.environ.get("TRAINING_PROVIDER_NDA_REGION", "Occitanie"),
    "signatory": os.environ.get("TRAINING_PROVIDER_SIGNATORY", "La coordination du Hub RhinOcc"),
    "city": os.environ.get("TRAINING_PROVIDER_CITY", "Toulouse"),
    "email": os.environ.get("TRAINING_PROVIDER_EMAIL", "formation@rhinocc.fr"),
}
# The printable catalogue (catalogue/printable.py) is a file of the default storage, here.
RHINOCC_CATALOGUE_PDF_FOLDER = "catalogues-pdf"

# Registration to training sessions (catalogue/registrations.py); the retention of the
# registrants' data is RHINOCC_REGISTRATION_RETENTION_MONTHS above (said on the form).
# The reminder mail goes this many days before the session's first day.
RHINOCC_REGISTRATION_REMINDER_DAYS = int(os.environ.get("REGISTRATION_REMINDER_DAYS", "3"))
# A seat freed by a cancellation is offered to the first person waiting for this long.
RHINOCC_REGISTRATION_OFFER_HOURS = 48
# Registrations sent per client address and hour: a training room registering together
# behind one address, too few for a script.
RHINOCC_REGISTRATION_ATTEMPTS_PER_HOUR = int(
    os.environ.get("REGISTRATION_ATTEMPTS_PER_HOUR", "30")
)
