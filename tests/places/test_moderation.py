"""The census's moderation queue: census → moderation → publication, updates and
refusals with their mails, who may see the queue, a proposal treated once, and a listing
whose queries do not grow with the proposals."""

import datetime

import pytest
from django.core import mail
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from places.models import Place, Proposal
from tests.factories.accounts import (
    SuperuserFactory,
    community_admin,
    community_contributor,
    hub_editor,
)
from tests.factories.communities import CommunityPageFactory
from tests.factories.places import PlaceFactory
from tests.places.test_census import form_data

pytestmark = pytest.mark.django_db

QUEUE = "/admin/lieux-propositions/"


@pytest.fixture(autouse=True)
def _fresh_limits():
    cache.clear()
    yield
    cache.clear()


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def review_url(proposal) -> str:
    return f"{QUEUE}edit/{proposal.pk}/"


def review_data(client, proposal, **changes) -> dict:
    """What the review form holds as the editor opens it, with `changes`, as POSTed."""
    form = client.get(review_url(proposal)).context["form"]
    data = {}
    for name in form.fields:
        value = form[name].value()
        if isinstance(value, list) and name not in ("courriels", "site_web", "typologie"):
            data[name] = value
        elif isinstance(value, list):
            data[name] = "\n".join(value)
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        elif value is not None:
            data[name] = value
    data.update(changes)
    data["decision"] = "accept"
    return data


def propose(client=None, url="/recensement/nouveau/", **overrides) -> Proposal:
    response = (client or Client()).post(url, form_data(**overrides))
    assert response.status_code == 302, response.content.decode()[:3000]
    return Proposal.objects.latest("pk")


def test_census_then_moderation_then_publication():
    proposal = propose(latitude="44.35058", longitude="2.57502")
    mail.outbox.clear()
    editor = client_for(hub_editor())
    listing = editor.get(QUEUE, {"state": "pending"}).content.decode()
    assert "Espace numérique du Causse" in listing and "nouveau lieu" in listing
    review = editor.get(review_url(proposal))
    assert review.status_code == 200
    page = review.content.decode()
    assert "emilie@causse.example" in page and "Accepter et publier le lieu" in page

    response = editor.post(
        review_url(proposal), review_data(editor, proposal, nom="Espace numérique du Causse")
    )
    assert response.status_code == 302
    place = Place.objects.get()
    assert place.status == Place.Status.PUBLISHED and place.is_published
    assert place.nom == "Espace numérique du Causse"
    assert place.horaires == "Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00"
    assert (place.latitude, place.longitude) == (44.35058, 2.57502)
    assert place.date_maj == timezone.localdate()
    assert place.source == "RhinOcc"
    proposal.refresh_from_db()
    assert proposal.state == Proposal.State.ACCEPTED and proposal.place == place
    assert proposal.treated_by is not None and proposal.treated_at is not None
    [message] = mail.outbox
    assert message.to == ["emilie@causse.example"]
    assert message.body.startswith("Bonjour Émilie Durand,")
    assert f"http://testserver/lieux/{place.slug}/" in message.body
    assert "a été acceptée" in message.body
    # Published: the open data carries it.
    export = b"".join(Client().get("/lieux/export.csv").streaming_content).decode()
    assert "Espace numérique du Causse" in export


def test_the_editor_corrects_the_values_before_accepting():
    proposal = propose()
    editor = client_for(hub_editor())
    editor.post(
        review_url(proposal),
        review_data(
            editor, proposal, nom="Espace numérique du Causse (Rodez)", code_insee="12202"
        ),
    )
    place = Place.objects.get()
    assert place.nom == "Espace numérique du Causse (Rodez)" and place.code_insee == "12202"


def test_a_wrong_correction_is_refused_in_french_and_nothing_is_published():
    proposal = propose()
    editor = client_for(hub_editor())
    response = editor.post(review_url(proposal), review_data(editor, proposal, pivot="123"))
    assert response.status_code == 200
    assert "ni un SIRET (14 chiffres)" in response.content.decode()
    assert not Place.objects.exists()
    proposal.refresh_from_db()
    assert proposal.state == Proposal.State.PENDING


def test_an_accepted_update_changes_the_place_and_moves_date_maj():
    place = PlaceFactory(
        nom="Cyber-base de Figeac",
        commune="Figeac",
        code_postal="46100",
        code_insee="46102",
        date_maj=datetime.date(2024, 3, 1),
        source="Département du Lot",
    )
    proposal = propose(
        url=f"/recensement/lieu/{place.slug}/",
        nom="Cyber-base du Grand Figeac",
        commune="Figeac",
        code_postal="46100",
    )
    assert proposal.kind == Proposal.Kind.UPDATE and proposal.department_code == "46"
    editor = client_for(hub_editor())
    page = editor.get(review_url(proposal)).content.decode()
    # Side by side, the changed fields marked.
    assert "Cyber-base de Figeac" in page and "Cyber-base du Grand Figeac" in page
    assert "proposal-review__changed" in page and "modifié" in page
    mail.outbox.clear()
    editor.post(review_url(proposal), review_data(editor, proposal))
    place.refresh_from_db()
    assert place.nom == "Cyber-base du Grand Figeac"
    assert place.date_maj == timezone.localdate()
    assert place.source == "Département du Lot"  # who collected it first is kept
    assert place.code_insee == "46102"
    assert Place.objects.count() == 1
    assert f"/lieux/{place.slug}/" in mail.outbox[0].body


def test_a_refusal_tells_the_proposer_the_editors_message():
    proposal = propose()
    mail.outbox.clear()
    editor = client_for(hub_editor())
    empty = editor.post(review_url(proposal), {"decision": "refuse", "message": ""})
    assert "Dites pourquoi" in empty.content.decode()
    response = editor.post(
        review_url(proposal),
        {"decision": "refuse", "message": "Ce lieu est déjà recensé sous un autre nom."},
    )
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.state == Proposal.State.REFUSED
    assert not Place.objects.exists()
    [message] = mail.outbox
    assert "Ce lieu est déjà recensé sous un autre nom." in message.body
    assert message.body.startswith("Bonjour Émilie Durand,")
    assert "n’a pas été publiée" in message.body


def test_a_proposal_is_treated_once():
    proposal = propose()
    first, second = client_for(hub_editor()), client_for(hub_editor())
    data = review_data(first, proposal)
    assert first.post(review_url(proposal), data).status_code == 302
    mail.outbox.clear()
    # The second editor had the screen open; a double click sends the same form again.
    again = second.post(review_url(proposal), data, follow=True)
    assert "déjà été traitée" in again.content.decode()
    refused = first.post(review_url(proposal), {"decision": "refuse", "message": "Non"})
    assert refused.status_code == 302
    assert Place.objects.count() == 1 and not mail.outbox
    proposal.refresh_from_db()
    assert proposal.state == Proposal.State.ACCEPTED


def test_the_claim_refuses_a_proposal_another_editor_just_treated():
    from places import moderation

    proposal = propose()
    stale = Proposal.objects.get(pk=proposal.pk)
    Proposal.objects.filter(pk=proposal.pk).update(state=Proposal.State.REFUSED)
    with pytest.raises(moderation.AlreadyTreated):
        moderation.refuse(stale, "trop tard", hub_editor())


@pytest.mark.parametrize("who", ["anonymous", "contributor", "community_admin", "mediator"])
def test_outsiders_see_no_proposal(who):
    proposal = propose()
    community = CommunityPageFactory()
    client = Client()
    if who == "contributor":
        client.force_login(community_contributor(community))
    elif who == "community_admin":
        client.force_login(community_admin(community))
    elif who == "mediator":
        from tests.factories.accounts import mediator

        client.force_login(mediator())
    listing = client.get(QUEUE)
    assert listing.status_code in (302, 403)
    assert "Espace numérique du Causse" not in listing.content.decode()
    review = client.get(review_url(proposal))
    assert review.status_code in (302, 403)
    post = client.post(review_url(proposal), {"decision": "refuse", "message": "x"})
    assert post.status_code in (302, 403)
    proposal.refresh_from_db()
    assert proposal.state == Proposal.State.PENDING
    if who == "community_admin":
        # Their admin opens, without the queue in the menu.
        assert "Propositions de lieux" not in client.get("/admin/").content.decode()


def test_a_superuser_sees_the_queue():
    propose()
    assert client_for(SuperuserFactory()).get(QUEUE).status_code == 200


def test_the_menu_counts_the_proposals_to_review():
    propose()
    propose(nom="Autre lieu")
    Proposal.objects.filter(data__nom="Autre lieu").update(state=Proposal.State.REFUSED)
    propose(nom="Troisième lieu")
    page = client_for(hub_editor()).get("/admin/").content.decode()
    assert "Propositions de lieux (2)" in page


def test_the_listing_filters_by_state_kind_and_departement():
    propose()
    place = PlaceFactory(
        nom="Tiers-lieu de Foix", commune="Foix", code_postal="09000", code_insee="09122"
    )
    propose(
        url=f"/recensement/lieu/{place.slug}/",
        nom="Tiers-lieu de Foix",
        commune="Foix",
        code_postal="09000",
    )
    editor = client_for(hub_editor())
    ariege = editor.get(QUEUE, {"department": "09"}).content.decode()
    assert "Tiers-lieu de Foix" in ariege and "Espace numérique du Causse" not in ariege
    updates = editor.get(QUEUE, {"kind": "update"}).content.decode()
    assert "Tiers-lieu de Foix" in updates and "Espace numérique du Causse" not in updates
    refused = editor.get(QUEUE, {"state": "refused"}).content.decode()
    assert "Tiers-lieu de Foix" not in refused


def make_proposals(count: int, editor) -> None:
    places = [PlaceFactory() for _ in range(count // 2)]
    for number in range(count):
        place = places[number % len(places)] if number % 2 else None
        Proposal.objects.create(
            kind=Proposal.Kind.UPDATE if place else Proposal.Kind.NEW,
            place=place,
            data={"nom": f"Lieu proposé {number}", "commune": "Albi"},
            department_code="81",
            proposer_name="P",
            proposer_email="p@example.org",
            proposer_role="r",
            state=Proposal.State.ACCEPTED if number % 3 == 0 else Proposal.State.PENDING,
            treated_by=editor if number % 3 == 0 else None,
        )


def test_the_listing_costs_the_same_queries_for_3_or_30_proposals():
    user = hub_editor()
    editor = client_for(user)
    make_proposals(3, user)
    editor.get(QUEUE)
    with CaptureQueriesContext(connection) as few:
        assert editor.get(QUEUE).status_code == 200
    make_proposals(27, user)
    with CaptureQueriesContext(connection) as many:
        page = editor.get(QUEUE).content.decode()
    assert page.count("Lieu proposé") >= 30
    assert len(many) == len(few), [query["sql"] for query in many.captured_queries]
