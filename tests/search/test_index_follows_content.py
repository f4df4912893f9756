"""The index follows the content at once, on every engine; nobody finds what they may not open."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from kits.models import WorkshopContentPage
from search.analysis import parse_query
from search.backends import SearchQuery, Visibility
from search.facets import CONTENT_KINDS
from taxonomy.models import Theme
from tests.factories.accounts import UserFactory
from tests.factories.communities import CommunityPageFactory
from tests.factories.kits import WorkshopContentPageFactory, text_block
from tests.search.visible import facet_counts, facet_labels, titles

WORD = "zorglubesque"  # in no page but those the tests create


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
    """A workshop content with the test word in its title, published the Wagtail way
    (a revision, then its publication) unless `publish=False` leaves a draft."""
    if parent is not None:
        fields["parent"] = parent
    fields.setdefault("title", f"Atelier {WORD}")
    page = WorkshopContentPageFactory(
        summary="Un atelier pour les tests de la recherche.",
        body=[text_block("<p>Déroulé.</p>")],
        live=publish,
        **fields,
    )
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
    assert found(engine, "sans mot") == []


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
    private = CommunityPageFactory(title="Espace privé des aidants", is_private=True)
    assert found(engine) == [page.pk]
    page.move(private, pos="last-child")
    assert found(engine) == []
    members = private.access.members
    assert found(engine, visibility=Visibility(authenticated=True, group_ids=(members.pk,))) == [
        page.pk
    ]
    assert found(engine, visibility=Visibility(authenticated=True)) == []


def test_community_privacy_changes_reach_its_contributions(engine):
    community = CommunityPageFactory(title="Concertation 31400")
    page = new_content(parent=community)
    assert found(engine) == [page.pk]
    assert list(
        page.search_entry.terms.filter(facet="communaute").values_list("value", flat=True)
    ) == ["concertation-31400"]
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
    superuser = Visibility(authenticated=True, superuser=True)
    assert found(engine, visibility=superuser) == [page.pk]
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert found(engine, visibility=superuser) == []


@pytest.mark.parametrize("role", ["members", "contributors", "administrators"])
def test_members_find_their_private_space_through_the_search_page(client, engine, role):
    private = CommunityPageFactory(title="Espace privé des aidants", is_private=True)
    other = CommunityPageFactory(title="Espace privé du Tarn", is_private=True)
    title = f"Compte rendu {WORD} réservé"
    new_content(parent=private, title=title)
    new_content(parent=other, title=f"Compte rendu {WORD} du Tarn")
    user = UserFactory(groups=[getattr(private.access, role)])
    assert titles(client.get("/recherche/", {"q": WORD})) == []
    client.force_login(user)
    # Their space's content, not another private space's.
    assert titles(client.get("/recherche/", {"q": WORD})) == [title]


def test_the_empty_search_counts_follow_the_index(client, engine):
    def type_counts():
        return facet_counts(client.get("/recherche/"), "type")

    WorkshopContentPageFactory(title="Atelier déjà là")
    assert type_counts() == {"contenu": 1}
    page = new_content()
    assert type_counts() == {"contenu": 2}
    new_content(publish=False, title="Brouillon")
    assert type_counts() == {"contenu": 2}
    page.unpublish()
    assert type_counts() == {"contenu": 1}


def test_renamed_and_deleted_terms_follow_in_the_facets(client, engine):
    theme = Theme.objects.get(slug="numerique-securise")
    new_content(themes=[theme])
    assert facet_labels(client.get("/recherche/"), "thematique") == {
        "numerique-securise": "Utilisation sécurisée du numérique"
    }
    theme.name = "Sécurité numérique (renommée)"
    theme.save()
    response = client.get("/recherche/")
    assert facet_labels(response, "thematique") == {
        "numerique-securise": "Sécurité numérique (renommée)"
    }
    assert facet_counts(response, "thematique") == {"numerique-securise": 1}
    theme.delete()
    assert facet_labels(client.get("/recherche/"), "thematique") == {}
