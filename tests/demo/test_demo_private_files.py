"""The demo's private space keeps its files and images private: every one its pages
show is in its restricted collection, and its images are never public files."""

import pytest
from django.test import Client

from communities.models import CommunityPage
from core.forms import chosen_in_instance
from images.privacy import is_private_collection
from tests.demo import landmarks

pytestmark = [pytest.mark.usefixtures("demo_site"), pytest.mark.django_db]


def private_space() -> CommunityPage:
    return CommunityPage.objects.get(slug=landmarks.PRIVATE_SPACE_SLUG)


def test_every_file_and_image_of_the_private_space_is_in_a_private_collection():
    space = private_space()
    checked = 0
    for page in space.get_descendants(inclusive=True).specific():
        fields = [field.name for field in page._meta.get_fields()]
        chosen = [model.objects.get(pk=pk) for model, pk in chosen_in_instance(page, fields)]
        chosen += getattr(page, "get_downloads", list)()
        for item in chosen:
            assert item.collection == space.access.collection, (page.title, item.title)
            assert is_private_collection(item.collection_id)
            checked += 1
    assert checked >= 3, "the private space shows files and images"


def test_the_private_space_shows_its_images_through_the_checked_path_only():
    space = private_space()
    client = Client()
    client.force_login(space.access.members.user_set.first())
    for page in space.get_descendants(inclusive=True).specific():
        html = client.get(page.url).content.decode()
        assert "<img" in html or not getattr(page, "image", None), page.title
        assert "/media/" not in html, page.title
