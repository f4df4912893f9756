"""Production settings for `collectstatic` in the test servers only: hashed names and
the manifest as in production, without WhiteNoise's compressed copies, which take a
minute to write (the servers read the same manifest and send the files uncompressed)."""

from rhinocc.settings.production import *  # noqa: F403
from rhinocc.settings.production import STORAGES

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
}
