"""Share links: a community administrator opens one private content, or the whole private
space, to partners without an account; nothing else of the space opens, revoked and
expired links are refused, no cache keeps what they show; and only the space's
administrators see or manage them."""

import datetime
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.images.utils import generate_signature

from communities.models import ShareLink
from communities.sharing import create_link, hash_token
from tests.factories.accounts import (
    UserFactory,
    community_admin,
    community_contributor,
    community_member,
    hub_editor,
    mediator,
)
from tests.factories.communities import CommunityPageFactory
from tests.factories.documents import DocumentFactory
from tests.factories.images import ImageFactory
from tests.factories.kits import WorkshopContentPageFactory, file_block, image_block, text_block

pytestmark = pytest.mark.django_db

SHARED = "Atelier tablette pour les aidants"
SIBLING = "Compte rendu de la réunion interne"


def cache_keys() -> list[str]:
    """Every key in the cache: django-redis lists them, the local memory cache holds them."""
    if hasattr(cache, "keys"):
        return [str(key) for key in cache.keys("*")]
    return [str(key) for key in cache._cache]


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def space():
    space = CommunityPageFactory(title="Cercle des aidants du Lauragais", is_private=True)
    collection = space.access.collection
    space.shared_file = DocumentFactory(title="Fiche de l'atelier", collection=collection)
    space.sibling_file = DocumentFactory(title="Notes internes", collection=collection)
    space.shared = WorkshopContentPageFactory(
        parent=space, title=SHARED, body=[text_block(), file_block(space.shared_file)]
    )
    space.sibling = WorkshopContentPageFactory(
        parent=space, title=SIBLING, body=[file_block(space.sibling_file)]
    )
    return space


@pytest.fixture
def admin(space):
    return community_admin(space)


def link_to(space, page=None, **fields):
    fields.setdefault("label", "Partenaires CAF")
    fields.setdefault("expires_at", None)
    return create_link(community=space, page=page, created_by=None, **fields)


def file_url(token, document):
    return reverse("communities:share_file", args=[token, document.pk, document.filename])


# A link to one content


def test_a_content_link_opens_the_content_read_only_with_a_banner(client, space):
    link, token = link_to(space, space.shared)
    response = client.get(f"/partage/{token}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert SHARED in html
    assert "Accès par lien de partage" in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert SIBLING not in html
    assert file_url(token, space.shared_file) in html


def test_a_content_link_opens_neither_its_siblings_nor_the_space(client, space):
    link, token = link_to(space, space.shared)
    for page in (space.sibling, space):
        response = client.get(reverse("communities:share_page", args=[token, page.pk]))
        assert response.status_code == 404
        assert SIBLING not in response.content.decode()
    assert client.get(space.sibling.url).status_code == 302  # the page itself: login
    response = client.get(file_url(token, space.sibling_file))
    assert response.status_code == 404


def test_the_shared_contents_file_downloads_through_the_link_only(client, space):
    link, token = link_to(space, space.shared)
    response = client.get(file_url(token, space.shared_file))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert response["Cache-Control"] == "private, no-store"
    # Its usual address still refuses a visitor without an account.
    assert client.get(space.shared_file.url).status_code != 200


def test_a_wrong_filename_is_refused(client, space):
    link, token = link_to(space, space.shared)
    url = reverse("communities:share_file", args=[token, space.shared_file.pk, "autre.pdf"])
    assert client.get(url).status_code == 404


# A link to the whole space


def test_a_space_link_opens_the_space_its_contents_and_their_files(client, space):
    link, token = link_to(space)
    html = client.get(f"/partage/{token}/").content.decode()
    assert "Cercle des aidants du Lauragais" in html
    assert SHARED in html and SIBLING in html
    # Its contents' cards lead under the link, not to the private addresses.
    shared_url = reverse("communities:share_page", args=[token, space.shared.pk])
    assert f'href="{shared_url}"' in html
    assert f'href="{space.shared.url}"' not in html
    page = client.get(shared_url)
    assert page.status_code == 200 and SHARED in page.content.decode()
    assert client.get(file_url(token, space.sibling_file)).status_code == 200


def test_a_space_link_opens_nothing_of_another_space(client, space):
    other = CommunityPageFactory(is_private=True)
    secret = WorkshopContentPageFactory(parent=other, title="Secret d'un autre espace")
    link, token = link_to(space)
    response = client.get(reverse("communities:share_page", args=[token, secret.pk]))
    assert response.status_code == 404
    assert "Secret d'un autre espace" not in response.content.decode()


def test_an_unpublished_content_of_the_space_does_not_open(client, space):
    draft = WorkshopContentPageFactory(parent=space, title="Brouillon", live=False)
    link, token = link_to(space)
    assert client.get(reverse("communities:share_page", args=[token, draft.pk])).status_code == 404
    assert "Brouillon" not in client.get(f"/partage/{token}/").content.decode()


def test_the_shared_view_shows_no_account_controls_even_to_a_logged_in_admin(client, space, admin):
    link, token = link_to(space)
    client.force_login(admin)
    html = client.get(f"/partage/{token}/").content.decode()
    assert "Accès par lien de partage" in html
    assert "wagtail-userbar" not in html
    assert "Demander à rejoindre" not in html
    assert_no_account_controls(html)
    content = client.get(reverse("communities:share_page", args=[token, space.shared.pk]))
    assert_no_account_controls(content.content.decode())


def assert_no_account_controls(html):
    for control in [
        "/collections/enregistrer/",
        "/signaler/",
        "/avis/",
        "/suivre/",
        "Enregistrer",
    ]:
        assert control not in html


# Refused links


def test_a_revoked_link_is_gone(client, space):
    link, token = link_to(space, space.shared)
    ShareLink.objects.filter(pk=link.pk).update(revoked_at=timezone.now())
    response = client.get(f"/partage/{token}/")
    assert response.status_code == 410
    html = response.content.decode()
    assert "Lien de partage plus valable" in html and SHARED not in html
    assert client.get(file_url(token, space.shared_file)).status_code == 410


def test_an_expired_link_is_gone(client, space):
    link, token = link_to(space, expires_at=timezone.now() - datetime.timedelta(minutes=1))
    assert client.get(f"/partage/{token}/").status_code == 410


def test_an_unknown_token_is_not_found_in_french(client, space):
    link, token = link_to(space)
    for bad in [token[:-1] + ("A" if token[-1] != "A" else "B"), "x", "a" * 300, "é" * 30]:
        response = client.get(f"/partage/{bad}/")
        assert response.status_code == 404
        assert "Lien de partage introuvable" in response.content.decode()


def test_only_the_hash_of_the_token_is_stored(space):
    link, token = link_to(space)
    stored = ShareLink.objects.values_list("token_hash", flat=True).get()
    assert stored == hash_token(token) and token not in stored


def test_trying_tokens_in_bulk_is_stopped(client, space):
    link, token = link_to(space)
    statuses = [client.get(f"/partage/{'z' * 43}{n}/").status_code for n in range(12)]
    assert statuses[:10] == [404] * 10
    assert statuses[-1] == 429


# Caches, indexing, counting


@override_settings(RHINOCC_PAGE_CACHE_SECONDS=300)
def test_a_shared_page_is_never_cached(client, space):
    link, token = link_to(space)
    first = client.get(f"/partage/{token}/")
    assert first["Cache-Control"] == "private, no-store"
    assert first["X-Robots-Tag"] == "noindex, nofollow"
    assert first["Referrer-Policy"] == "no-referrer"
    assert "X-Page-Cache" not in first
    ShareLink.objects.filter(pk=link.pk).update(revoked_at=timezone.now())
    # A stored copy would still answer 200.
    assert client.get(f"/partage/{token}/").status_code == 410
    assert not [key for key in cache_keys() if "page-cache:page" in key]


def test_each_client_counts_once_a_day(client, space):
    link, token = link_to(space)
    for _ in range(3):
        client.get(f"/partage/{token}/")
    client.get(f"/partage/{token}/", REMOTE_ADDR="192.0.2.8")
    link.refresh_from_db()
    assert link.access_count == 2
    assert link.last_accessed_at is not None
    assert not any("192.0.2.8" in key for key in cache_keys())


# The administrators' screen


def links_url(space):
    return reverse("community_share_links", args=[space.pk])


def test_an_admin_creates_a_link_seen_once_then_lists_and_revokes_it(client, space, admin):
    client.force_login(admin)
    response = client.post(
        links_url(space),
        {"action": "create", "label": "Partenaires CAF", "target": str(space.shared.pk)},
        follow=True,
    )
    html = response.content.decode()
    url = re.search(r'value="(http://testserver/partage/[^"]+/)"', html).group(1)
    link = ShareLink.objects.get()
    assert (link.page_id, link.created_by) == (space.shared.pk, admin)
    assert "Actif" in html and SHARED in html
    # Shown once: the list does not show it again.
    assert url not in client.get(links_url(space)).content.decode()
    assert client.get(url.removeprefix("http://testserver")).status_code == 200
    client.post(links_url(space), {"action": "revoke", "link": link.pk})
    link.refresh_from_db()
    assert link.revoked_at is not None
    assert "Révoqué le" in client.get(links_url(space)).content.decode()


def test_bad_input_on_the_screen_gets_french_messages_and_keeps_what_was_typed(
    client, space, admin
):
    client.force_login(admin)
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    response = client.post(
        links_url(space),
        {"action": "create", "label": "Mon libellé", "target": "999999", "expires_on": yesterday},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Choisissez aujourd&#x27;hui ou un jour suivant." in html
    assert "Mon libellé" in html
    assert not ShareLink.objects.exists()
    response = client.post(links_url(space), {"action": "revoke", "link": "abc"}, follow=True)
    assert response.status_code == 200
    assert "Ce lien n&#x27;existe pas" in response.content.decode()


def test_a_content_of_another_space_cannot_be_the_target(client, space, admin):
    other = CommunityPageFactory(is_private=True)
    secret = WorkshopContentPageFactory(parent=other)
    client.force_login(admin)
    client.post(links_url(space), {"action": "create", "label": "x", "target": str(secret.pk)})
    assert not ShareLink.objects.exists()


@pytest.mark.parametrize(
    "who", ["anonymous", "member", "contributor", "other_admin", "editor", "mediator"]
)
def test_links_never_appear_to_others_and_the_screen_refuses_them(client, space, who):
    link, token = link_to(space, label="Lien confidentiel")
    users = {
        "anonymous": None,
        "member": lambda: community_member(space),
        "contributor": lambda: community_contributor(space),
        "other_admin": lambda: community_admin(CommunityPageFactory(is_private=True)),
        "editor": hub_editor,
        "mediator": mediator,
    }
    if users[who] is not None:
        client.force_login(users[who]())
    for response in [
        client.get(links_url(space)),
        client.post(links_url(space), {"action": "revoke", "link": link.pk}),
        client.post(links_url(space), {"action": "create", "label": "x", "target": ""}),
    ]:
        assert response.status_code in (302, 403)
        assert "Lien confidentiel" not in response.content.decode()
    assert ShareLink.objects.count() == 1
    link.refresh_from_db()
    assert link.revoked_at is None
    if users[who] is not None:
        assert token not in client.get(reverse("accounts:member_area")).content.decode()


def test_the_list_reads_a_fixed_number_of_queries(client, space, admin):
    client.force_login(admin)

    def count():
        with CaptureQueriesContext(connection) as queries:
            client.get(links_url(space))
        return len(queries)

    link_to(space, space.shared, label="a")
    count()  # the first request reads what later ones find cached
    one = count()
    for n in range(5):
        link_to(space, space.shared, label=f"l{n}")
        ShareLink.objects.filter(label=f"l{n}").update(created_by=UserFactory())
    assert count() == one


def test_the_shared_contents_images_load_through_the_link_and_no_other(client, space):
    picture = ImageFactory(title="Photo de l'atelier", collection=space.access.collection)
    other_space = CommunityPageFactory(is_private=True)
    elsewhere = ImageFactory(title="Photo d'ailleurs", collection=other_space.access.collection)
    content = WorkshopContentPageFactory(parent=space, body=[image_block(picture)])
    link, token = link_to(space, content)
    html = client.get(f"/partage/{token}/").content.decode()
    sources = re.findall(rf'src="(/partage/{token}/images/[^"]+)"', html)
    assert sources
    assert 'src="/images/' not in html
    assert client.get(sources[0]).status_code == 200
    # Another space's image, rightly signed, under this link: refused.
    signature = generate_signature(elsewhere.pk, "width-400")
    forged = f"/partage/{token}/images/{signature}/{elsewhere.pk}/width-400/"
    assert client.get(forged).status_code == 404
    signature = generate_signature(picture.pk, "width-400")
    mine = f"/partage/{token}/images/{signature}/{picture.pk}/width-400/"
    assert client.get(mine).status_code == 200
