"""Reporting a content or a comment: anyone may, anonymous included; what one may not see
one may not report; robots, floods and markup are turned away or shown as text; French
messages keep what was typed."""

import pytest
from django.core.cache import cache
from django.test import Client

from social.models import FeedbackReply, FeedbackSetting, Recommendation, Report
from social.reports import views
from tests.factories.accounts import UserFactory, community_member, mediator
from tests.factories.communities import CommunityPageFactory
from tests.factories.kits import WorkshopContentPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_limits():
    cache.clear()
    yield
    cache.clear()


def client_for(user=None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def page_url(page) -> str:
    return f"/signaler/contenu/{page.pk}/"


def form_data(**overrides) -> dict:
    return {
        "reason": Report.Reason.OUT_OF_DATE,
        "comment": "Le lien vers le simulateur ne marche plus.",
        "reporter_email": "",
        "website": "",
        **overrides,
    }


def comment_on(page, text="Très utile pour mes ateliers.") -> Recommendation:
    return Recommendation.objects.create(
        page=page, author=UserFactory(), level=Recommendation.Level.RECOMMENDED, comment=text
    )


def test_an_anonymous_visitor_reports_a_content_and_is_thanked():
    page = WorkshopContentPageFactory(title="Créer son adresse mail")
    client = client_for()
    form = client.get(page_url(page))
    assert form.status_code == 200
    assert "Contenu obsolète" in form.content.decode()
    assert "no-store" in form["Cache-Control"] or "max-age=0" in form["Cache-Control"]
    response = client.post(page_url(page), form_data(reporter_email="lea@example.org"))
    assert response.status_code == 302 and response["Location"] == "/signaler/merci/"
    report = Report.objects.get()
    assert report.page_id == page.pk and report.reporter is None
    assert report.reason == Report.Reason.OUT_OF_DATE and report.state == Report.State.NEW
    assert report.reporter_email == "lea@example.org"
    thanks = client.get("/signaler/merci/").content.decode()
    assert "Créer son adresse mail" in thanks and "lea@example.org" in thanks


def test_the_content_page_links_to_the_form_without_a_form_of_its_own():
    page = WorkshopContentPageFactory()
    html = client_for().get(page.url).content.decode()
    assert f'href="{page_url(page)}"' in html
    assert "Signaler" in html


def test_a_member_finds_their_address_prefilled_and_is_recorded_as_reporter():
    member = mediator(email="maya@example.org")
    page = WorkshopContentPageFactory()
    client = client_for(member)
    assert 'value="maya@example.org"' in client.get(page_url(page)).content.decode()
    client.post(page_url(page), form_data(reporter_email="maya@example.org"))
    report = Report.objects.get()
    assert report.reporter == member and report.reporter_email == "maya@example.org"


def test_a_member_may_clear_their_address_and_is_then_not_told():
    page = WorkshopContentPageFactory()
    client_for(mediator()).post(page_url(page), form_data(reporter_email=""))
    assert Report.objects.get().reporter_email == ""


def test_missing_and_wrong_values_get_french_messages_and_keep_what_was_typed():
    page = WorkshopContentPageFactory()
    response = client_for().post(
        page_url(page),
        form_data(reason="spam", comment="  ", reporter_email="pas-une-adresse"),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Choisissez le problème parmi les choix proposés." in html
    assert "Dites en quelques mots ce qui ne va pas." in html
    assert "Donnez une adresse électronique valide" in html
    assert 'value="pas-une-adresse"' in html
    assert not Report.objects.exists()


def test_a_too_long_comment_is_refused_in_french_and_kept():
    page = WorkshopContentPageFactory()
    text = "a" * 2001
    html = client_for().post(page_url(page), form_data(comment=text)).content.decode()
    assert "2 000 caractères au plus" in html
    assert text in html
    assert not Report.objects.exists()


def test_the_honeypot_refuses_robots_and_keeps_the_values():
    page = WorkshopContentPageFactory()
    response = client_for().post(page_url(page), form_data(website="http://spam.example"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Laissez ce champ vide" in html and "comme le font les robots" in html
    assert "Le lien vers le simulateur ne marche plus." in html
    assert not Report.objects.exists()


def test_a_client_is_limited_per_hour_and_keeps_what_was_typed():
    pages = WorkshopContentPageFactory.create_batch(2)
    client = client_for()
    for _ in range(views.REPORTS_PER_HOUR_PER_CLIENT):
        assert client.post(page_url(pages[0]), form_data()).status_code == 302
    response = client.post(page_url(pages[1]), form_data(comment="Encore un souci"))
    assert response.status_code == 429
    html = response.content.decode()
    assert "Trop de signalements" in html and "Encore un souci" in html
    assert Report.objects.count() == views.REPORTS_PER_HOUR_PER_CLIENT


def test_a_member_is_limited_whatever_their_address():
    member = mediator()
    page = WorkshopContentPageFactory()
    for number in range(views.REPORTS_PER_HOUR_PER_MEMBER):
        client = client_for(member)
        address = f"10.0.0.{number + 1}"
        assert client.post(page_url(page), form_data(), REMOTE_ADDR=address).status_code == 302
    response = client_for(member).post(page_url(page), form_data(), REMOTE_ADDR="10.0.1.1")
    assert response.status_code == 429
    # Another visitor behind that fresh address still may.
    other = client_for().post(page_url(page), form_data(), REMOTE_ADDR="10.0.1.1")
    assert other.status_code == 302


def test_html_in_a_comment_is_kept_as_text_and_shown_escaped():
    page = WorkshopContentPageFactory()
    script = '<script>alert("x")</script><b>gras</b>'
    client_for().post(page_url(page), form_data(comment=script))
    assert Report.objects.get().comment == script


def test_an_outsider_cannot_report_a_private_content():
    space = CommunityPageFactory(is_private=True)
    page = WorkshopContentPageFactory(parent=space, title="Compte rendu privé")
    for outsider in (None, mediator(), community_member(CommunityPageFactory())):
        client = client_for(outsider)
        assert client.get(page_url(page)).status_code == 404
        assert client.post(page_url(page), form_data()).status_code == 404
    assert not Report.objects.exists()
    member = client_for(community_member(space))
    assert "Compte rendu privé" in member.get(page_url(page)).content.decode()
    assert member.post(page_url(page), form_data()).status_code == 302


def test_a_draft_or_a_missing_page_cannot_be_reported():
    draft = WorkshopContentPageFactory(live=False)
    client = client_for()
    assert client.get(page_url(draft)).status_code == 404
    assert client.get("/signaler/contenu/999999/").status_code == 404


def test_a_rating_comment_is_reported_with_the_comment_quoted_as_text():
    page = WorkshopContentPageFactory()
    recommendation = comment_on(page, text="<em>Nul</em> & inutile")
    client = client_for()
    url = f"/signaler/avis/{recommendation.pk}/"
    html = client.get(url).content.decode()
    assert "&lt;em&gt;Nul&lt;/em&gt; &amp; inutile" in html
    assert client.post(url, form_data(reason=Report.Reason.INAPPROPRIATE)).status_code == 302
    report = Report.objects.get()
    assert report.recommendation == recommendation and report.page is None
    assert report.content_page.pk == page.pk


def test_a_reply_is_reported():
    recommendation = comment_on(WorkshopContentPageFactory())
    reply = FeedbackReply.objects.create(
        recommendation=recommendation, author=UserFactory(), body="Je ne suis pas d'accord."
    )
    url = f"/signaler/reponse/{reply.pk}/"
    assert client_for().post(url, form_data()).status_code == 302
    assert Report.objects.get().reply == reply


def test_hidden_comments_and_comments_on_private_contents_cannot_be_reported():
    hidden = comment_on(WorkshopContentPageFactory())
    hidden.is_hidden = True
    hidden.save()
    space = CommunityPageFactory(is_private=True)
    private = comment_on(WorkshopContentPageFactory(parent=space))
    switched_off = comment_on(WorkshopContentPageFactory())
    FeedbackSetting.objects.create(page=switched_off.page, public_feedback=False)
    client = client_for(mediator())
    for recommendation in (hidden, private, switched_off):
        assert client.get(f"/signaler/avis/{recommendation.pk}/").status_code == 404
    reply = FeedbackReply.objects.create(recommendation=private, author=UserFactory(), body="Oui")
    assert client.get(f"/signaler/reponse/{reply.pk}/").status_code == 404
    member = client_for(community_member(space))
    assert member.get(f"/signaler/avis/{private.pk}/").status_code == 200


def test_each_comment_and_reply_links_to_its_report_form():
    page = WorkshopContentPageFactory()
    recommendation = comment_on(page)
    reply = FeedbackReply.objects.create(
        recommendation=recommendation, author=UserFactory(), body="Merci !"
    )
    html = client_for().get(page.url).content.decode()
    assert f'href="/signaler/avis/{recommendation.pk}/"' in html
    assert f'href="/signaler/reponse/{reply.pk}/"' in html
