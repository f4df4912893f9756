"""The set-up commands of `make run`: links at the address it serves on, and a way back
into the demo accounts when their passwords are lost."""

import os
import re
import subprocess
import sys

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Site

from demo.accounts import DEMO_ACCOUNTS
from tests.servers import REPO, server_environment

pytestmark = pytest.mark.django_db
User = get_user_model()
ADDRESS = "http://127.0.0.1:8123"


def urls(output: str) -> list[str]:
    return re.findall(r"https?://[^\s)]+", output)


def run_python(code: str, **env) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "-c", code],
        cwd=REPO,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


@pytest.mark.parametrize(
    ("address", "base_url", "allowed_host"),
    [
        ("127.0.0.1:8123", "http://127.0.0.1:8123", "127.0.0.1"),
        ("8123", "http://127.0.0.1:8123", "127.0.0.1"),
        ("localhost:8123", "http://localhost:8123", "localhost"),
        ("[::1]:8123", "http://[::1]:8123", "[::1]"),
        # Served on every interface: reached from this machine by loopback, from others
        # by whatever name they use for it.
        ("0.0.0.0:8080", "http://127.0.0.1:8080", "*"),
        ("192.168.1.20:8080", "http://192.168.1.20:8080", "192.168.1.20"),
    ],
)
def test_the_dev_settings_follow_the_address_make_run_serves_on(address, base_url, allowed_host):
    result = run_python(
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.WAGTAILADMIN_BASE_URL); print(' '.join(settings.ALLOWED_HOSTS))",
        DJANGO_SETTINGS_MODULE="rhinocc.settings.dev",
        RHINOCC_DEV_ADDRESS=address,
    )
    assert result.returncode == 0, result.stderr
    printed_url, hosts = result.stdout.splitlines()[-2:]
    assert printed_url == base_url
    assert allowed_host in hosts.split()


def test_make_run_hands_its_address_to_every_command():
    result = subprocess.run(
        ["make", "-n", "run", "ADDRESS=127.0.0.1:8123"],  # noqa: S607 - make from PATH
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    commands = [line for line in result.stdout.splitlines() if "manage.py" in line]
    assert [line.split("manage.py ")[1].split()[0] for line in commands] == [
        "migrate",
        "load_demo",
        "ensure_local_admin",
        "runserver",
    ]
    assert all("RHINOCC_DEV_ADDRESS=127.0.0.1:8123" in line for line in commands), commands
    assert commands[-1].endswith("runserver 127.0.0.1:8123")


def test_the_local_admin_is_told_the_admin_link_at_the_served_address(settings, capsys):
    settings.WAGTAILADMIN_BASE_URL = ADDRESS
    call_command("ensure_local_admin", username="admin-local")
    assert f"{ADDRESS}/admin/" in urls(capsys.readouterr().out)
    call_command("ensure_local_admin", username="admin-local")
    assert f"{ADDRESS}/admin/" in urls(capsys.readouterr().out)


@pytest.mark.usefixtures("demo_site")
def test_load_demo_prints_its_links_and_points_the_site_at_the_served_address(settings, capsys):
    settings.WAGTAILADMIN_BASE_URL = ADDRESS
    User.objects.filter(username="editrice").delete()
    call_command("load_demo")
    printed = urls(capsys.readouterr().out)
    assert f"{ADDRESS}/connexion/" in printed
    assert f"{ADDRESS}/admin/" in printed
    assert all(url.startswith(ADDRESS) for url in printed), printed
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("127.0.0.1", 8123, ADDRESS)


@pytest.mark.usefixtures("demo_site")
def test_demo_accounts_reset_gives_every_account_a_new_password(settings, client, capsys):
    settings.DEBUG = True
    settings.WAGTAILADMIN_BASE_URL = ADDRESS
    before = dict(User.objects.values_list("username", "password"))
    call_command("demo_accounts", "--reset")
    output = capsys.readouterr().out
    for username, *_rest, _groups in DEMO_ACCOUNTS:
        user = User.objects.get(username=username)
        assert user.password != before[username]
        password = re.search(rf"^\s*{re.escape(username)}\s+(\S+)\s", output, re.MULTILINE)
        assert password, output
        assert user.check_password(password[1])
    assert f"{ADDRESS}/connexion/" in urls(output)
    assert f"{ADDRESS}/admin/" in urls(output)
    assert "mots de passe" in output.lower()
    # The printed password opens the public login door.
    editrice = re.search(r"^\s*editrice\s+(\S+)\s", output, re.MULTILINE)[1]
    response = client.post("/connexion/", {"username": "editrice", "password": editrice})
    assert response.status_code == 302


@pytest.mark.usefixtures("demo_site")
def test_demo_accounts_reset_of_one_account_leaves_the_others(settings, capsys):
    settings.DEBUG = True
    before = dict(User.objects.values_list("username", "password"))
    call_command("demo_accounts", "--reset", "editrice")
    output = capsys.readouterr().out
    after = dict(User.objects.values_list("username", "password"))
    changed = {username for username in before if before[username] != after[username]}
    assert changed == {"editrice"}
    assert re.search(r"^\s*editrice\s+\S+\s", output, re.MULTILINE)
    assert not re.search(r"^\s*formateur\s", output, re.MULTILINE)


@pytest.mark.usefixtures("demo_site")
def test_demo_accounts_without_reset_lists_the_accounts_and_changes_nothing(settings, capsys):
    settings.DEBUG = True
    before = dict(User.objects.values_list("username", "password"))
    call_command("demo_accounts")
    output = capsys.readouterr().out
    assert dict(User.objects.values_list("username", "password")) == before
    for username, *_rest in DEMO_ACCOUNTS:
        assert username in output
    assert "--reset" in output


@pytest.mark.usefixtures("demo_site")
def test_demo_accounts_reset_refuses_an_unknown_account(settings):
    settings.DEBUG = True
    with pytest.raises(CommandError, match="inconnu"):
        call_command("demo_accounts", "--reset", "admin")


@pytest.mark.usefixtures("demo_site")
def test_demo_accounts_reset_is_refused_without_debug_unless_forced(settings, capsys):
    settings.DEBUG = False
    before = User.objects.get(username="editrice").password
    with pytest.raises(CommandError, match="--force"):
        call_command("demo_accounts", "--reset", "editrice")
    assert User.objects.get(username="editrice").password == before
    call_command("demo_accounts", "--reset", "editrice", "--force")
    assert User.objects.get(username="editrice").password != before


def test_demo_accounts_reset_is_refused_with_the_production_settings(tmp_path):
    env = server_environment(tmp_path, "https://rhinocc.example")
    result = subprocess.run(
        [sys.executable, "manage.py", "demo_accounts", "--reset"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode != 0
    assert "production" in result.stderr
    assert "--force" in result.stderr
