"""No anonymous visitor gets a cached copy of a page once it is restricted, however
many processes serve the site; restricted pages and per-user pages are never stored.

The in-process tests run on the test settings' cache; the multi-process one starts two
gunicorn servers with the production settings sharing one Redis and one database, and
restricts the pages from a third process, as an editor's request in another worker.
"""

import http.client
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from django.core.cache import cache
from wagtail.models import PageViewRestriction

from tests.factories.accounts import role_users
from tests.factories.communities import CommunityPageFactory
from tests.factories.home import StandardPageFactory, home, site_settings
from tests.factories.kits import KitPageFactory, WorkshopContentPageFactory
from tests.servers import (
    REPO,
    ServerPreparation,
    server_environment,
    start_gunicorn,
    stop,
    wait_until_up,
)

SITE_SCRIPT = Path(__file__).with_name("page_cache_site.py")
LOGIN = "/connexion/?next="


@pytest.fixture
def page_cache(settings):
    settings.RHINOCC_PAGE_CACHE_SECONDS = 600
    cache.clear()
    # Created by the first request otherwise, which would empty the cache it fills.
    site_settings()
    yield
    cache.clear()


def served_from_cache(client, url) -> bool:
    return client.get(url).get("X-Page-Cache") == "hit"


def cached(client, url) -> None:
    client.get(url)
    assert served_from_cache(client, url)


def assert_refused(response) -> None:
    assert response.status_code in (302, 404)
    assert "X-Page-Cache" not in response
    if response.status_code == 302:
        assert response["Location"].startswith(LOGIN)


@pytest.mark.django_db
class TestOneProcess:
    def test_a_restriction_on_the_page_or_an_ancestor_ends_its_cached_copy(
        self, client, page_cache
    ):
        about = StandardPageFactory(parent=home(), title="À propos")
        team = StandardPageFactory(parent=about, title="L'équipe")
        kit = KitPageFactory(title="Kit réservé")
        for url in (kit.url, team.url):
            cached(client, url)
        PageViewRestriction.objects.create(page=kit, restriction_type="login")
        PageViewRestriction.objects.create(page=about, restriction_type="password", password="x")
        assert_refused(client.get(kit.url))
        team_response = client.get(team.url)
        assert "X-Page-Cache" not in team_response
        assert "password" in team_response.content.decode()

    def test_a_community_turned_private_and_a_page_moved_into_one_end_their_copies(
        self, client, page_cache
    ):
        community = CommunityPageFactory(title="Réseau qui se ferme")
        inside = WorkshopContentPageFactory(parent=community, title="Atelier du réseau")
        moved = WorkshopContentPageFactory(
            parent=CommunityPageFactory(title="Réseau ouvert"), title="Atelier déplacé"
        )
        private = CommunityPageFactory(title="Cercle privé", is_private=True)
        for url in (community.url, inside.url, moved.url):
            cached(client, url)
        community.is_private = True
        community.save_revision().publish()
        old_url = moved.url
        moved.move(private, pos="last-child")
        moved.refresh_from_db()
        for url in (community.url, inside.url, moved.get_url()):
            assert_refused(client.get(url))
        # Wagtail's redirect from the old address leads to the new one, refused too.
        assert client.get(old_url)["Location"] == moved.get_url()

    def test_a_restriction_that_no_signal_announced_still_ends_the_copy(self, client, page_cache):
        """A bulk write (or a Redis write lost in an outage) leaves the generation as it
        was: the copy is still checked against the database before it is served."""
        parent = StandardPageFactory(parent=home(), title="Espace formateurs")
        child = StandardPageFactory(parent=parent, title="Ressources des formateurs")
        hidden = KitPageFactory(title="Kit retiré en masse")
        for url in (child.url, hidden.url):
            cached(client, url)
        PageViewRestriction.objects.bulk_create(
            [PageViewRestriction(page=parent, restriction_type="login")]
        )
        type(hidden).objects.filter(pk=hidden.pk).update(live=False)
        assert_refused(client.get(child.url))
        assert_refused(client.get(hidden.url))

    def test_an_unpublished_page_is_gone_at_once(self, client, page_cache):
        kit = KitPageFactory(title="Kit retiré")
        cached(client, kit.url)
        kit.unpublish()
        assert_refused(client.get(kit.url))

    def test_a_members_view_of_their_private_space_is_never_served_to_anyone_else(
        self, client, page_cache
    ):
        private = CommunityPageFactory(title="Cercle privé", is_private=True)
        WorkshopContentPageFactory(parent=private, title="Compte rendu interne")
        public = CommunityPageFactory(title="Réseau ouvert")
        member = role_users(private, public)["mediator"]
        client.force_login(member)
        for _visit in range(2):
            response = client.get(private.url)
            assert response.status_code == 200
            assert "Compte rendu interne" in response.content.decode()
            assert "X-Page-Cache" not in response
        client.logout()
        for _visit in range(2):
            assert_refused(client.get(private.url))

    def test_a_public_page_seen_logged_in_is_stored_for_anonymous_visitors_only(
        self, client, page_cache, admin_user
    ):
        kit = KitPageFactory(title="Kit public")
        client.force_login(admin_user)
        logged_in = client.get(kit.url).content.decode()
        client.logout()
        anonymous = client.get(kit.url)
        assert anonymous["X-Page-Cache"] == "miss"
        # The admin's user bar (their name, the edit link) is theirs alone.
        assert "wagtail-userbar" in logged_in
        assert "wagtail-userbar" not in anonymous.content.decode()
        assert served_from_cache(client, kit.url)

    def test_a_guessed_address_under_a_private_space_is_never_stored(self, client, page_cache):
        private = CommunityPageFactory(title="Cercle privé", is_private=True)
        for _visit in range(2):
            assert_refused(client.get(private.url + "page-devinee/"))


# Several processes


def get(port: int, url: str) -> http.client.HTTPResponse:
    """An anonymous visit: no cookie, redirects not followed, and the site's name as the
    Host, as the reverse proxy gives it to every server."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", url, headers={"Host": "127.0.0.1"})
    response = connection.getresponse()
    response.read()
    connection.close()
    return response


@pytest.fixture
def two_servers(settings):
    """Two gunicorn servers of one worker each, sharing a database and the Redis of
    the run; and how to run a command of page_cache_site.py beside them."""
    redis_url = settings.CACHES["default"]["LOCATION"]
    base = Path(tempfile.mkdtemp(prefix="rhinocc-page-cache-"))
    env = server_environment(base, "http://127.0.0.1")
    env.update(REDIS_URL=redis_url, PAGE_CACHE_SECONDS="600", GUNICORN_WORKERS="1")
    preparation = ServerPreparation(base, env)
    python = sys.executable
    preparation.steps = {
        "collectstatic": preparation.start(
            "collectstatic", [python, "manage.py", "collectstatic", "--noinput", "-v", "0"]
        ),
        "prepare": preparation.start("prepare", [python, str(SITE_SCRIPT), "prepare"]),
    }
    servers = []
    try:
        preparation.wait(timeout=600, server_name="Page cache servers")
        pages = json.loads(preparation.output(preparation.steps["prepare"]).splitlines()[-1])
        for number in range(2):
            log_file = base / f"gunicorn-{number}.log"
            server, port = start_gunicorn(env, log_file)
            servers.append((server, port))
            wait_until_up(f"http://127.0.0.1:{port}", server, log_file)

        def run(*args: str) -> None:
            subprocess.run(  # noqa: S603 - our own interpreter and script
                [python, str(SITE_SCRIPT), *args], cwd=REPO, env=env, check=True, timeout=120
            )

        yield [port for _server, port in servers], pages, run
    finally:
        for server, _port in servers:
            stop(server)
        preparation.cancel()
        from django_redis import get_redis_connection

        # The servers' keys (no prefix, unlike the test settings').
        connection = get_redis_connection("default")
        for key in connection.scan_iter(":1:page-cache:*"):
            connection.delete(key)


@pytest.mark.redis
def test_no_worker_serves_a_copy_once_the_page_is_restricted(two_servers):
    ports, pages, run = two_servers
    restricted = {name: page for name, page in pages.items() if name != "still_public"}
    for page in pages.values():
        first = get(ports[0], page["url"])
        assert (first.status, first.getheader("X-Page-Cache")) == (200, "miss"), page
        # The other worker finds the copy the first one stored.
        assert get(ports[1], page["url"]).getheader("X-Page-Cache") == "hit", page

    run("restrict", json.dumps({name: page["id"] for name, page in restricted.items()}))

    for name, page in restricted.items():
        for port in ports:
            response = get(port, page["url"])
            if response.status == 301:
                # A moved page: Wagtail's redirect from its old address to its new one.
                response = get(port, response.getheader("Location"))
            assert response.getheader("X-Page-Cache") is None, (name, port)
            assert response.status in (302, 404), (name, port, response.status)
            if response.status == 302:
                assert response.getheader("Location").startswith(LOGIN), (name, port)
    # What is still public is cached again, shared by both.
    still_public = pages["still_public"]["url"]
    assert get(ports[1], still_public).getheader("X-Page-Cache") == "miss"
    assert get(ports[0], still_public).getheader("X-Page-Cache") == "hit"
