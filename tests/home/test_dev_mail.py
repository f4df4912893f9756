"""Mails in development: one readable file per mail, and a page that lists them.

The console backend prints quoted-printable, which cuts a confirmation link across
lines; the dev backend writes the decoded text, and /dev/courriels/ shows it with
links that can be clicked. Neither exists outside DEBUG.
"""

import importlib
import re
import subprocess
import sys

import pytest
from django.core import mail
from django.urls import clear_url_caches, reverse

from tests.factories.home import site_settings
from tests.servers import REPO, server_environment

LINK = (
    "http://127.0.0.1:8123/inscription/confirmer/"
    "eyJlbWFpbCI6Im1heWEubWVkaWF0cmljZUBleGFtcGxlLm9yZyJ9:1vQkZx:AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/"
)
BODY = (
    "Bonjour,\n\nPour terminer votre inscription à RhinOcc, ouvrez ce lien, valable deux "
    f"jours :\n\n{LINK}\n\nÀ bientôt sur la plateforme du Hub — l'équipe RhinOcc.\n"
)


@pytest.fixture
def dev_mail(settings, tmp_path):
    """The dev settings' mailer, writing into a folder of the test's own."""
    settings.MAILERS = {
        "default": {
            "BACKEND": "rhinocc.dev_mail.ReadableFileBackend",
            "OPTIONS": {"file_path": tmp_path / "courriels"},
        }
    }
    return tmp_path / "courriels"


@pytest.fixture
def debug_urls(settings, dev_mail):
    """The URLs as `make run` builds them (DEBUG), then back to the test settings'."""
    import rhinocc.urls

    settings.DEBUG = True
    importlib.reload(rhinocc.urls)
    clear_url_caches()
    yield
    settings.DEBUG = False
    importlib.reload(rhinocc.urls)
    clear_url_caches()


def send(subject="Confirmez votre inscription", body=BODY, to="maya@example.org"):
    mail.send_mail(subject, body, None, [to])


def test_the_dev_settings_write_mails_with_the_readable_backend():
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.MAILERS['default']['BACKEND'])",
        ],
        cwd=REPO,
        env={"DJANGO_SETTINGS_MODULE": "rhinocc.settings.dev", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "rhinocc.dev_mail.ReadableFileBackend"


def test_each_mail_is_one_decoded_file_with_its_link_on_one_line(dev_mail, capsys):
    send()
    send(subject="Réinitialisation du mot de passe", to="alice@example.org")
    files = sorted(dev_mail.iterdir())
    assert len(files) == 2
    text = files[0].read_text(encoding="utf-8")
    assert LINK in text.splitlines()
    assert "Pour terminer votre inscription à RhinOcc" in text
    assert "=C3=A0" not in text and "=\n" not in text
    assert "Subject: Confirmez votre inscription" in text
    assert "To: maya@example.org" in text
    # The terminal says where to read it.
    assert "Confirmez votre inscription" in capsys.readouterr().out


def test_the_mails_page_is_absent_without_debug(client, dev_mail, db):
    site_settings()
    send()
    assert client.get("/dev/courriels/").status_code == 404


def test_the_mails_page_is_not_routed_with_the_production_settings(tmp_path):
    code = (
        "import django; django.setup(); from django.urls import resolve; "
        "print(resolve('/dev/courriels/').url_name)"
    )
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "-c", code],
        cwd=REPO,
        env=server_environment(tmp_path, "https://rhinocc.example"),
        capture_output=True,
        text=True,
        check=True,
    )
    # Wagtail's page server, which answers 404 for a path without a page.
    assert result.stdout.strip() == "wagtail_serve"


@pytest.mark.django_db
def test_the_mails_page_lists_the_newest_first_and_shows_each_one(client, debug_urls):
    site_settings()
    send(subject="Premier courriel")
    send(subject="Deuxième courriel")
    listing = client.get(reverse("dev_mails"))
    assert listing.status_code == 200
    html = listing.content.decode()
    assert html.index("Deuxième courriel") < html.index("Premier courriel")
    assert 'lang="fr"' in html
    assert "Courriels envoyés" in html
    detail_url = re.search(r'href="(/dev/courriels/[^"]+/)"[^>]*>\s*Deuxième', html)
    assert detail_url, html
    detail = client.get(detail_url[1])
    assert detail.status_code == 200
    shown = detail.content.decode()
    assert f'<a href="{LINK}"' in shown
    assert "maya@example.org" in shown
    assert "Pour terminer votre inscription à RhinOcc" in shown


@pytest.mark.django_db
def test_the_mails_page_says_so_when_nothing_was_sent(client, debug_urls):
    site_settings()
    response = client.get(reverse("dev_mails"))
    assert response.status_code == 200
    assert "Aucun courriel" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["..%2F..%2Fsettings", "inconnu", "20261202-031500-000000-zzzz"])
def test_the_mails_page_opens_only_the_mails_it_wrote(client, debug_urls, name):
    site_settings()
    send()
    assert client.get(f"/dev/courriels/{name}/").status_code == 404
