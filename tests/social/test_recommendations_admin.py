"""The editors' moderation of members' feedback in the admin, and the « Les mieux
recommandés » order of the search."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Page

from social.models import FeedbackReply, FeedbackSetting, Recommendation
from social.recommendations.feedback import best_recommended
from tests.factories.accounts import SuperuserFactory, UserFactory, hub_editor, mediator, trainer
from tests.factories.home import site_settings
from tests.factories.kits import WorkshopContentPageFactory

pytestmark = pytest.mark.django_db

LEVEL = Recommendation.Level
INDEX = "feedback_recommendations:index"


@pytest.fixture
def content():
    site_settings()
    return WorkshopContentPageFactory(title="Atelier messagerie")


def recommend(page, level=LEVEL.RECOMMENDED, comment="", **fields):
    return Recommendation.objects.create(
        page=page, author=UserFactory(), level=level, comment=comment, **fields
    )


@pytest.mark.parametrize("make_user", [mediator, trainer])
def test_only_editors_open_the_moderation_lists(client, content, make_user):
    recommendation = recommend(content, comment="Un avis")
    user = make_user()
    user.is_staff = True
    user.save()
    client.force_login(user)

    for url in (
        reverse(INDEX),
        reverse("feedback_replies:index"),
        reverse("feedback_settings:index"),
        reverse("feedback_recommendations:edit", args=[recommendation.pk]),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
    response = client.post(
        reverse("feedback_recommendations:edit", args=[recommendation.pk]), {"action": "hide"}
    )
    assert response.status_code in (302, 403)
    recommendation.refresh_from_db()
    assert not recommendation.is_hidden


def test_the_list_filters_by_state_and_searches(client, content):
    recommend(content, comment="Un avis tout à fait correct")
    recommend(content, comment="Un avis grossier", is_hidden=True)
    client.force_login(hub_editor())

    hidden = client.get(reverse(INDEX), {"shown": "hidden"}).content.decode()
    found = client.get(reverse(INDEX), {"q": "correct"}).content.decode()

    assert "Un avis grossier" in hidden and "tout à fait correct" not in hidden
    assert "tout à fait correct" in found and "grossier" not in found


def test_the_list_filters_by_content_and_date(client, content):
    other = WorkshopContentPageFactory(title="Atelier tableur")
    recommend(content, comment="Sur la messagerie")
    recommend(other, comment="Sur le tableur")
    client.force_login(SuperuserFactory())

    by_page = client.get(reverse(INDEX), {"page": other.pk}).content.decode()
    future = client.get(reverse(INDEX), {"created_at_from": "2999-01-01"}).content.decode()

    assert "Sur le tableur" in by_page and "Sur la messagerie" not in by_page
    assert "Sur le tableur" not in future


def test_the_list_costs_the_same_queries_with_more_items(
    client, content, django_assert_max_num_queries
):
    client.force_login(hub_editor())
    for _number in range(3):
        recommend(content, comment="Un avis")
    client.get(reverse(INDEX))
    for _number in range(25):
        recommend(content, comment="Un autre avis")
    client.get(
        reverse(INDEX)
        # Published since: a new generation, read again once (core.generations).
    )
    with django_assert_max_num_queries(30):
        assert client.get(reverse(INDEX)).status_code == 200


def test_an_editor_hides_a_comment_and_it_leaves_the_page(client, content):
    recommendation = recommend(content, comment="Propos déplacés")
    client.force_login(hub_editor())
    url = reverse("feedback_recommendations:edit", args=[recommendation.pk])

    assert "Propos déplacés" in client.get(url).content.decode()
    client.post(url, {"action": "hide"})
    client.logout()

    recommendation.refresh_from_db()
    assert recommendation.is_hidden
    assert "Propos déplacés" not in client.get(content.url).content.decode()


def test_an_editor_shows_a_reply_again(client, content):
    reply = FeedbackReply.objects.create(
        recommendation=recommend(content, comment="Question"),
        author=UserFactory(),
        body="Réponse masquée par erreur",
        is_hidden=True,
    )
    client.force_login(hub_editor())

    client.post(reverse("feedback_replies:edit", args=[reply.pk]), {"action": "show"})

    reply.refresh_from_db()
    assert not reply.is_hidden
    assert "Réponse masquée par erreur" in client.get(content.url).content.decode()


def test_an_editor_deletes_a_comment(client, content):
    recommendation = recommend(content, comment="À supprimer")
    client.force_login(hub_editor())

    client.post(reverse("feedback_recommendations:delete", args=[recommendation.pk]))

    assert not Recommendation.objects.exists()


def test_an_editor_switches_a_content_s_feedback_off_from_the_admin(client, content):
    recommendation = recommend(content, comment="Un avis")
    client.force_login(hub_editor())

    client.post(
        reverse("feedback_recommendations:edit", args=[recommendation.pk]),
        {"action": "feedback-off"},
    )

    assert FeedbackSetting.objects.get(page=content).public_feedback is False
    assert "Un avis" not in client.get(content.url).content.decode()


# « Les mieux recommandés »


def ordered_titles(pages) -> list[str]:
    return list(
        best_recommended(Page.objects.filter(pk__in=[p.pk for p in pages])).values_list(
            "title", flat=True
        )
    )


def test_the_best_recommended_weigh_the_number_of_ratings(content):
    site_settings()
    many = WorkshopContentPageFactory(title="Vingt bons avis")
    one = WorkshopContentPageFactory(title="Un seul excellent avis")
    none = WorkshopContentPageFactory(title="Aucun avis")
    poor = WorkshopContentPageFactory(title="Avis mitigés")
    for number in range(20):
        recommend(many, LEVEL.HIGHLY_RECOMMENDED if number % 2 else LEVEL.RECOMMENDED)
    recommend(one, LEVEL.HIGHLY_RECOMMENDED)
    for _number in range(4):
        recommend(poor, LEVEL.LITTLE_RECOMMENDED)

    assert ordered_titles([none, poor, one, many]) == [
        "Vingt bons avis",
        "Un seul excellent avis",
        "Aucun avis",
        "Avis mitigés",
    ]


def test_hidden_ratings_and_switched_off_contents_do_not_count(content):
    site_settings()
    hidden = WorkshopContentPageFactory(title="Avis masqués")
    closed = WorkshopContentPageFactory(title="Avis fermés")
    fair = WorkshopContentPageFactory(title="Avis corrects")
    for _number in range(5):
        recommend(hidden, LEVEL.HIGHLY_RECOMMENDED, is_hidden=True)
        recommend(closed, LEVEL.HIGHLY_RECOMMENDED)
    recommend(fair, LEVEL.RECOMMENDED)
    FeedbackSetting.objects.create(page=closed, public_feedback=False)

    assert ordered_titles([hidden, closed, fair])[0] == "Avis corrects"


def test_the_search_offers_the_sort(client, content):
    response = client.get("/recherche/", {"tri": "recommandations"})
    assert response.status_code == 200
    option = BeautifulSoup(response.content, "html.parser").select_one(
        '#tri option[value="recommandations"]'
    )
    assert option.get_text() == "Les mieux recommandés" and option.has_attr("selected")
