"""Finding 3: images of a private space are served only through the view that checks
the visitor's rights, never from the public media folder `images/` (the only part of
/media/ the proxy serves), and move when a space turns private or public."""

from html import unescape

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from django.test import Client, RequestFactory
from django.urls import reverse
from wagtail.images.views.serve import generate_image_url

from communities.models import CommunityPage
from tests.factories.accounts import ROLES, role_users
from tests.factories.communities import CommunityPageFactory
from tests.factories.images import ImageFactory
from tests.factories.kits import WorkshopContentPageFactory

PUBLIC_FOLDER = "images/"
SPEC = "width-40"
# Who may see a private space's images: its members and the hub's editors.
READERS = {"mediator", "contributor_a", "admin_a", "hub_editor"}


@pytest.fixture
def spaces(db):
    # Wagtail keeps renditions in the cache, by image id: ids of rolled back tests return.
    cache.clear()
    private = CommunityPageFactory(title="Espace privé", is_private=True)
    public = CommunityPageFactory(title="Réseau ouvert")
    users = role_users(private, public)
    return {
        "users": users,
        "private": ImageFactory(title="Photo interne", collection=private.access.collection),
        "public": ImageFactory(title="Photo publique", collection=public.access.collection),
        "private_space": private,
        "public_space": public,
    }


def client_for(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def test_originals_are_never_in_the_public_folder(spaces):
    for kind in ("private", "public"):
        assert not spaces[kind].file.name.startswith(PUBLIC_FOLDER), kind


def test_renditions_of_a_public_space_are_public_files(spaces):
    rendition = spaces["public"].get_rendition(SPEC)
    assert rendition.file.name.startswith(PUBLIC_FOLDER)
    assert rendition.url == "/media/" + rendition.file.name


def test_renditions_of_a_private_space_are_not_in_the_public_folder(spaces):
    rendition = spaces["private"].get_rendition(SPEC)
    assert not rendition.file.name.startswith(PUBLIC_FOLDER)
    assert default_storage.exists(rendition.file.name)
    assert not rendition.url.startswith("/media/"), "its address is the checked view"


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("kind", ["private", "public"])
def test_the_checked_view_serves_an_image_to_those_who_may_see_it(spaces, role, kind):
    image = spaces[kind]
    url = image.get_rendition(SPEC).url if kind == "private" else checked_url(image)
    response = client_for(spaces["users"][role]).get(url)
    if kind == "public" or role in READERS:
        assert response.status_code == 200
        assert response["Content-Type"] == "image/png"
        assert b"".join(response.streaming_content).startswith(b"\x89PNG")
        if kind == "private":
            assert "private" in response["Cache-Control"]
            assert "public" not in response["Cache-Control"]
    else:
        assert response.status_code == 404
        assert "Photo interne" not in response.content.decode()


def checked_url(image, spec=SPEC) -> str:
    return generate_image_url(image, spec)


def test_the_checked_view_refuses_a_forged_signature(spaces):
    url = reverse("wagtailimages_serve", args=["signature-fausse", spaces["public"].pk, SPEC])
    response = client_for(spaces["users"]["hub_editor"]).get(url)
    assert response.status_code == 403


@pytest.mark.parametrize("role", ROLES)
def test_the_rendered_page_gives_only_the_checked_path(spaces, role):
    page = WorkshopContentPageFactory(parent=spaces["private_space"], image=spaces["private"])
    response = client_for(spaces["users"][role]).get(page.url)
    html = unescape(response.content.decode())
    assert "/media/" not in html
    if role in READERS:
        assert response.status_code == 200
        assert spaces["private"].get_rendition("width-480|format-webp").url in html


@pytest.mark.parametrize("role", ROLES)
def test_a_card_shows_a_private_image_only_to_those_who_may_see_it(spaces, role):
    space = spaces["private_space"]
    space.image = spaces["private"]
    request = RequestFactory().get("/communautes/")
    request.user = spaces["users"][role] or AnonymousUser()
    html = unescape(render_to_string("includes/page_card.html", {"item": space}, request))
    rendition_url = spaces["private"].get_rendition("fill-480x270|format-webp").url
    assert "/media/" not in html
    assert (rendition_url in html) == (role in READERS)
    assert ("<img" in html) == (role in READERS)


def publish_privacy(space, is_private: bool) -> CommunityPage:
    space = CommunityPage.objects.get(pk=space.pk)
    space.is_private = is_private
    space.save_revision().publish()
    return space


def test_renditions_leave_the_public_folder_when_the_space_turns_private(
    spaces, django_capture_on_commit_callbacks
):
    public_rendition = spaces["public"].get_rendition(SPEC)
    old_name = public_rendition.file.name
    assert default_storage.exists(old_name)
    with django_capture_on_commit_callbacks(execute=True):
        publish_privacy(spaces["public_space"], True)
    assert not default_storage.exists(old_name), "the public copy is gone"
    image = type(spaces["public"]).objects.get(pk=spaces["public"].pk)
    rendition = image.get_rendition(SPEC)
    assert not rendition.file.name.startswith(PUBLIC_FOLDER)
    assert client_for(None).get(rendition.url).status_code == 404
    member = spaces["users"]["contributor_b"]
    assert client_for(member).get(rendition.url).status_code == 200


def test_renditions_become_public_files_when_the_space_turns_public(
    spaces, django_capture_on_commit_callbacks
):
    private_rendition = spaces["private"].get_rendition(SPEC)
    old_name = private_rendition.file.name
    with django_capture_on_commit_callbacks(execute=True):
        publish_privacy(spaces["private_space"], False)
    assert not default_storage.exists(old_name)
    image = type(spaces["private"]).objects.get(pk=spaces["private"].pk)
    rendition = image.get_rendition(SPEC)
    assert rendition.file.name.startswith(PUBLIC_FOLDER)
    assert rendition.url == "/media/" + rendition.file.name


def test_an_image_moved_into_a_private_collection_loses_its_public_renditions(
    spaces, django_capture_on_commit_callbacks
):
    image = spaces["public"]
    old_name = image.get_rendition(SPEC).file.name
    with django_capture_on_commit_callbacks(execute=True):
        image.collection = spaces["private_space"].access.collection
        image.save()
    assert not default_storage.exists(old_name)
    assert not image.get_rendition(SPEC).file.name.startswith(PUBLIC_FOLDER)


def test_backups_leave_private_renditions_out_as_public_ones(spaces):
    from rhinocc.backup import media_files

    names = [spaces[kind].get_rendition(SPEC).file.name for kind in ("private", "public")]
    backed_up = media_files()
    assert spaces["private"].file.name in backed_up
    assert not set(names) & set(backed_up)
