"""The repository's own deploy/varnish.vcl, in Debian's Varnish, in front of a production
gunicorn (only its backend's port is changed): anonymous visitors get cached public
pages, a publish reaches them at once through Wagtail's purge, and nobody with a session
or under a view restriction is ever given a cached copy.
"""

import json
import subprocess
import sys
import tempfile
from html import escape
from pathlib import Path

import pytest

from tests.security.varnish_proxy import (
    Proxy,
    behind_varnish,
    environment_with_purges,
    free_port,
    require_varnish,
)
from tests.servers import REPO, ServerPreparation, server_environment

pytestmark = pytest.mark.varnish

SITE_SCRIPT = Path(__file__).with_name("varnish_site.py")


@pytest.fixture(scope="module")
def site():
    """One prepared site for the module: its database, gunicorn, Varnish in front."""
    require_varnish()
    base = Path(tempfile.mkdtemp(prefix="rhinocc-varnish-"))
    port = free_port()
    env = environment_with_purges(server_environment(base, f"http://127.0.0.1:{port}"), port)
    preparation = ServerPreparation(base, env)
    python = sys.executable
    preparation.steps = {
        "collectstatic": preparation.start(
            "collectstatic",
            [python, "manage.py", "collectstatic", "--noinput", "-v", "0"],
            DJANGO_SETTINGS_MODULE="tests.static_settings",
        ),
        "prepare": preparation.start("prepare", [python, str(SITE_SCRIPT), "prepare"]),
    }
    with behind_varnish(base, preparation, port):
        described = json.loads(preparation.output(preparation.steps["prepare"]).splitlines()[-1])

        def run(*args: str) -> None:
            subprocess.run(  # noqa: S603 - our own interpreter and script
                [python, str(SITE_SCRIPT), *args], cwd=REPO, env=env, check=True, timeout=120
            )

        yield {"proxy": Proxy(port), "run": run, **described}


def cache_state(response) -> str:
    return response.getheader("X-Cache")


def text(response) -> str:
    return response.content.decode()


def test_an_anonymous_visit_is_served_from_the_cache_the_second_time(site):
    proxy, url = site["proxy"], site["kit"]["url"]

    first = proxy.request(url)
    second = proxy.request(url)
    head = proxy.request(url, "HEAD")

    assert first.status == second.status == 200
    assert "s-maxage=" in first.getheader("Cache-Control")
    assert cache_state(first) in ("MISS", "HIT")
    assert cache_state(second) == "HIT"
    assert int(second.getheader("Age")) >= 0
    assert second.content == first.content
    assert cache_state(head) == "HIT"
    assert head.content == b""


def test_a_publish_is_seen_at_once_by_the_next_anonymous_visitor(site):
    proxy, kit = site["proxy"], site["kit"]
    for url in (kit["url"], kit["section"], "/"):
        proxy.request(url)
        assert cache_state(proxy.request(url)) == "HIT", url

    new_title = "Devenir structure qualifiée APTIC, édition 2027"
    site["run"]("publish", str(kit["id"]), new_title)

    page = proxy.request(kit["url"])
    assert cache_state(page) == "MISS"
    assert escape(new_title) in text(page)
    # The section that lists it was purged too, with its other pages (?page=…).
    section = proxy.request(kit["section"])
    assert cache_state(section) == "MISS"
    assert escape(new_title) in text(section)
    assert cache_state(proxy.request("/")) == "MISS"
    assert cache_state(proxy.request(kit["url"])) == "HIT"


def test_a_logged_in_visitor_is_never_given_the_cached_copy(site):
    proxy, url = site["proxy"], site["kit"]["url"]
    proxy.request(url)
    assert cache_state(proxy.request(url)) == "HIT"
    cookie = f"sessionid={site['member_session']}"

    for _visit in range(2):
        response = proxy.request(url, Cookie=cookie)
        assert response.status == 200
        assert cache_state(response) != "HIT"
        assert "Camille" in text(response)  # their own name in the header
        assert "private" in response.getheader("Cache-Control")
    # Nor did their page become the anonymous visitors' copy.
    anonymous = proxy.request(url)
    assert cache_state(anonymous) == "HIT"
    assert "Camille" not in text(anonymous)


def test_a_private_space_is_never_cached(site):
    proxy = site["proxy"]
    cookie = f"sessionid={site['member_session']}"
    for url in (site["private"], site["private_content"]):
        for _visit in range(3):
            anonymous = proxy.request(url)
            assert anonymous.status == 302, url  # to the login page
            assert cache_state(anonymous) != "HIT", url
            assert "private" in anonymous.getheader("Cache-Control"), url
            member = proxy.request(url, Cookie=cookie)
            assert member.status == 200, url
            assert cache_state(member) != "HIT", url
            assert "private" in member.getheader("Cache-Control"), url
    assert "Compte rendu interne" in text(proxy.request(site["private_content"], Cookie=cookie))


def test_purges_come_from_the_application_only(site):
    proxy, url = site["proxy"], site["kit"]["url"]
    proxy.request(url)
    # What nginx forwards carries the visitor's address in X-Forwarded-For: refused.
    refused = proxy.request(url, "PURGE", **{"X-Forwarded-For": "203.0.113.9"})
    assert refused.status == 403
    assert cache_state(proxy.request(url)) == "HIT"

    assert proxy.request(url, "PURGE").status == 200
    assert cache_state(proxy.request(url)) == "MISS"


def test_posts_and_the_admin_go_to_the_application(site):
    proxy = site["proxy"]
    for _visit in range(2):
        login = proxy.request("/admin/login/")
        assert cache_state(login) != "HIT"
        health = proxy.request("/healthz")
        assert cache_state(health) != "HIT"
    posted = proxy.request(site["kit"]["url"], "POST")
    assert cache_state(posted) != "HIT"
