"""Production settings come from the environment only, and pass Django's deploy checks."""

import os
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def example_environment() -> dict[str, str]:
    """deploy/env.example, as systemd or `make serve` would read it."""
    environment = {}
    for line in (ROOT / "deploy" / "env.example").read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, _, value = line.partition("=")
            environment[name.strip()] = shlex.split(value)[0] if value.strip() else ""
    return environment


def run_manage(*args, environment):
    return subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={"PATH": os.environ["PATH"], **environment},
        capture_output=True,
        text=True,
        check=False,
    )


def test_deploy_checks_pass_with_the_documented_environment():
    result = run_manage(
        "check", "--deploy", "--fail-level", "WARNING", environment=example_environment()
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_a_missing_required_variable_stops_start_up_and_is_named():
    environment = example_environment()
    del environment["SECRET_KEY"]
    result = run_manage("check", environment=environment)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
    assert "Traceback" not in result.stderr.split("ImproperlyConfigured")[-1]


def test_security_headers_in_production(tmp_path):
    environment = {**example_environment(), "SECURE_SSL_REDIRECT": "false"}
    script = (
        "import django; django.setup();"
        "from django.conf import settings as s;"
        "print(s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE,"
        " s.X_FRAME_OPTIONS, s.SECURE_REFERRER_POLICY, s.CACHES['default']['BACKEND'],"
        " s.SESSION_ENGINE, s.STORAGES['staticfiles']['BACKEND'])"
    )
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={"PATH": os.environ["PATH"], "PYTHONPATH": str(ROOT), **environment},
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.split() == [
        "31536000",
        "True",
        "True",
        "DENY",
        "strict-origin-when-cross-origin",
        "django_redis.cache.RedisCache",
        "django.contrib.sessions.backends.cached_db",
        "whitenoise.storage.CompressedManifestStaticFilesStorage",
    ]
