"""What a signed-in visitor may not see is worked out in a constant number of queries,
whatever the number of private spaces (their pages' and their collections' restrictions)."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import CollectionViewRestriction, PageViewRestriction

from core.restrictions import hidden_from
from images.privacy import hidden_collection_ids
from tests.factories.accounts import mediator
from tests.factories.communities import CommunityPageFactory

pytestmark = pytest.mark.django_db


def queries_to_hide(user) -> int:
    request = RequestFactory().get("/")
    request.user = user
    request.session = {}
    with CaptureQueriesContext(connection) as queries:
        hidden_from(request)
        hidden_collection_ids(request)
    return len(queries)


def test_hidden_pages_and_collections_cost_the_same_for_two_or_four_private_spaces():
    own_space = CommunityPageFactory(is_private=True)
    CommunityPageFactory(is_private=True)
    member = mediator(own_space)
    with_two = queries_to_hide(member)
    CommunityPageFactory(is_private=True)
    CommunityPageFactory(is_private=True)
    assert PageViewRestriction.objects.count() == CollectionViewRestriction.objects.count() == 4
    assert queries_to_hide(member) == with_two
