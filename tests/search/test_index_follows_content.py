"""The index follows the content at once, on every engine; nobody finds what they may not open."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from communities.models import CommunityPage
from kits.models import ContentIndexPage, WorkshopContentPage
from search.analysis import parse_query
from search.backends import SearchQuery, Visibility
from search.facets import CONTENT_KINDS

# Still on the demo site: to be rebuilt on factories (see tests/conftest.py).
pytestmark = pytest.mark.usefixtures("demo_site")

WORD = "zorglubesque"  # in no demo page


def found(engine, query: str = WORD, visibility: Visibility | None = None) -> list[int]:
    return engine.search(
        SearchQuery(
            query=parse_query(query),
            kinds=CONTENT_KINDS,
            visibility=visibility or Visibility(),
            limit=50,
        )
    ).page_ids


def new_content(parent=None, publish=True, **fields) -> WorkshopContentPage:
    page = WorkshopContentPage(
        title=f"Atelier {WORD}",
        summary="Un atelier pour les tests de la recherche.",
        body=[("text", "<p>Déroulé.</p>")],
        live=False,
        **fields,
    )
    (parent or ContentIndexPage.objects.get()).add_child(instance=page)
    if publish:
        page.save_revision().publish()
        page.refresh_from_db()
    return page


def test_a_published_page_is_found_at_once_and_a_draft_is_not(engine):
    draft = new_content(publish=False)
    assert found(engine) == []
    draft.save_revision().publish()
    draft.refresh_from_db()
    assert found(engine) == [draft.pk]

    draft.title = "Atelier sans le mot"
    draft.save_revision()  # a draft of new changes: the live title stays searchable
    assert found(engine) == [draft.pk]
    assert found(engine, "sans mot") == [] or draft.pk not in found(engine, "sans mot")


def test_unpublished_and_deleted_pages_leave_the_index(engine):
    page = new_content()
    assert found(engine) == [page.pk]
    page.unpublish()
    assert found(engine) == []
    page.save_revision().publish()
    assert found(engine) == [page.pk]
    Page.objects.get(pk=page.pk).delete()
    assert found(engine) == []


def test_an_expired_page_leaves_the_index(engine):
    page = new_content()
    revision = page.save_revision()
    revision.publish()
    Page.objects.filter(pk=page.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    call_command("publish_scheduled", verbosity=0)
    assert not Page.objects.get(pk=page.pk).live
    assert found(engine) == []


def test_a_renamed_title_is_found_by_its_new_words(engine):
    page = new_content()
    page.title = "Atelier farfadetesque"
    page.save_revision().publish()
    assert found(engine, "farfadetesque") == [page.pk]
    assert found(engine) == []


def test_a_page_moved_into_a_private_community_is_hidden_from_visitors(engine):
    page = new_content()
    private = CommunityPage.objects.get(is_private=True)
    page.move(private, pos="last-child")
    assert found(engine) == []
    members = Group.objects.get(name=f"Membres · {private.title}")
    assert found(engine, visibility=Visibility(authenticated=True, group_ids=(members.pk,))) == [
        page.pk
    ]
    assert found(engine, visibility=Visibility(authenticated=True)) == []


def test_community_privacy_changes_reach_its_contributions(engine):
    community = CommunityPage.objects.get(slug="concertation-31400")
    page = new_content(parent=community)
    assert found(engine) == [page.pk]
    assert "concertation-31400" in [
        value
        for value in page.search_entry.terms.filter(facet="communaute").values_list(
            "value", flat=True
        )
    ]
    community.is_private = True
    community.save_revision().publish()
    assert PageViewRestriction.objects.filter(page=community).exists()
    assert found(engine) == []
    community.is_private = False
    community.save_revision().publish()
    assert found(engine) == [page.pk]


def test_a_login_restriction_shows_the_page_to_logged_in_visitors_only(engine):
    page = new_content()
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert found(engine) == []
    assert found(engine, visibility=Visibility(authenticated=True)) == [page.pk]
    PageViewRestriction.objects.filter(page=page).delete()
    assert found(engine) == [page.pk]


def test_a_password_protected_page_is_never_listed(engine):
    page = new_content()
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert found(engine, visibility=Visibility(authenticated=True, superuser=True)) == []


@pytest.mark.parametrize("role", ["Membres", "Contributeurs", "Administrateurs"])
def test_members_find_their_private_space_through_the_search_page(
    client, engine, django_user_model, role
):
    private = CommunityPage.objects.get(is_private=True)
    contribution = private.get_children().live().first()
    user = django_user_model.objects.create_user("membre-recherche", password="x")
    user.groups.add(Group.objects.get(name=f"{role} · {private.title}"))
    anonymous = client.get("/recherche/", {"q": contribution.title})
    assert contribution.pk not in [page.pk for page in anonymous.context["results"].object_list]
    client.force_login(user)
    member = client.get("/recherche/", {"q": contribution.title})
    assert contribution.pk in [page.pk for page in member.context["results"].object_list]


def test_the_empty_search_counts_follow_the_index(client, engine):
    def content_count():
        response = client.get("/recherche/")
        return response.context["facets_by_name"]["type"].values, response

    before, _ = content_count()
    page = new_content()
    after, response = content_count()
    counts = {value.value: value.count for value in after}
    assert counts["contenu"] == {v.value: v.count for v in before}["contenu"] + 1
    page.unpublish()
    again, _ = content_count()
    assert {v.value: v.count for v in again} == {v.value: v.count for v in before}


def test_renamed_and_deleted_terms_follow_in_the_facets(client, engine):
    from taxonomy.models import Theme

    theme = Theme.objects.get(slug="numerique-securise")
    theme.name = "Sécurité numérique (renommée)"
    theme.save()
    labels = {
        v.value: v.label
        for v in client.get("/recherche/").context["facets_by_name"]["thematique"].values
    }
    assert labels["numerique-securise"] == "Sécurité numérique (renommée)"
    theme.delete()
    values = client.get("/recherche/").context["facets_by_name"]["thematique"].values
    assert "numerique-securise" not in {v.value for v in values}
