"""Members' recommendations on a content page: who may rate, comment and reply, what the
page shows to whom, the author's switch, moderation's effect, limits and query counts."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.notifications import Notification
from social.models import FeedbackReply, FeedbackSetting, Recommendation
from social.recommendations import views
from tests.factories.accounts import UserFactory, community_member, hub_editor, mediator
from tests.factories.catalogue import TrainerFactory, TrainingModulePageFactory
from tests.factories.communities import CommunityPageFactory
from tests.factories.home import site_settings
from tests.factories.kits import WorkshopContentPageFactory

pytestmark = pytest.mark.django_db

LEVEL = Recommendation.Level


@pytest.fixture(autouse=True)
def fresh_limits():
    """The rate limits count in the cache; each test starts afresh."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def author():
    return UserFactory(first_name="Aurore", last_name="Autrice")


@pytest.fixture
def content(author):
    site_settings()
    return WorkshopContentPageFactory(title="Atelier smartphone", owner=author)


@pytest.fixture
def member():
    return mediator(first_name="Marc", last_name="Membre")


def rate_url(page):
    return reverse("recommendations:rate", args=[page.pk])


def rate(client, page, level=LEVEL.RECOMMENDED, comment=""):
    return client.post(rate_url(page), {"level": level, "comment": comment})


def recommend(page, level=LEVEL.RECOMMENDED, comment="", **fields):
    return Recommendation.objects.create(
        page=page, author=UserFactory(), level=level, comment=comment, **fields
    )


# What the page shows


def test_anonymous_visitors_see_the_distribution_and_a_login_link_but_no_form(client, content):
    recommend(content, LEVEL.HIGHLY_RECOMMENDED, "Très utile avec les seniors.")
    recommend(content, LEVEL.HIGHLY_RECOMMENDED)
    recommend(content, LEVEL.NOT_RECOMMENDED)

    html = client.get(content.url).content.decode()

    assert "3 avis" in html
    assert "Très recommandé" in html and "2 membres (67 %)" in html
    assert "1 membre (33 %)" in html
    assert "Très utile avec les seniors." in html
    assert reverse("accounts:login") in html
    assert "csrfmiddlewaretoken" not in html
    assert rate_url(content) not in html


def test_a_member_sees_the_form_and_their_own_recommendation(client, content, member):
    Recommendation.objects.create(
        page=content, author=member, level=LEVEL.LITTLE_RECOMMENDED, comment="Trop long."
    )
    client.force_login(member)

    html = client.get(content.url).content.decode()

    assert f'action="{rate_url(content)}"' in html
    assert "Modifier mon avis" in html
    chosen = BeautifulSoup(html, "html.parser").select_one('input[name="level"][value="2"]')
    assert chosen.has_attr("checked")


def test_a_comment_with_html_or_a_script_is_shown_as_text(client, content):
    recommend(content, comment='<script>alert("x")</script><b>gras</b>')
    reply = FeedbackReply.objects.create(
        recommendation=Recommendation.objects.get(),
        author=UserFactory(),
        body='<img src=x onerror="alert(1)">',
    )

    html = client.get(content.url).content.decode()

    assert "<script>alert" not in html and "<b>gras</b>" not in html
    assert "&lt;script&gt;" in html and "&lt;b&gt;gras&lt;/b&gt;" in html
    assert "<img src=x" not in html and "&lt;img src=x" in html
    assert f'id="reponse-{reply.pk}"' in html


def test_replies_are_shown_in_their_thread_and_the_authors_say_so(client, content, author):
    recommendation = recommend(content, comment="Où trouver la fiche ?")
    first = FeedbackReply.objects.create(
        recommendation=recommendation, author=author, body="Dans les supports."
    )
    FeedbackReply.objects.create(
        recommendation=recommendation,
        author=UserFactory(first_name="Lina", last_name="Lectrice"),
        parent=first,
        body="Merci, trouvée.",
    )

    html = client.get(content.url).content.decode()

    thread = html[html.index(f'id="avis-{recommendation.pk}"') :]
    assert thread.index("Dans les supports.") < thread.index("Merci, trouvée.")
    assert "Auteur du contenu" in thread
    assert "en réponse à Aurore Autrice" in thread


def test_hidden_comments_and_replies_disappear_from_the_page(client, content):
    shown = recommend(content, LEVEL.RECOMMENDED, "Un commentaire visible.")
    recommend(content, LEVEL.NOT_RECOMMENDED, "Un commentaire injurieux.", is_hidden=True)
    FeedbackReply.objects.create(
        recommendation=shown, author=UserFactory(), body="Une réponse masquée.", is_hidden=True
    )

    html = client.get(content.url).content.decode()

    assert "Un commentaire visible." in html
    assert "injurieux" not in html and "Une réponse masquée." not in html
    assert "1 avis" in html


def test_comments_are_paged(client, content):
    for number in range(12):
        recommend(content, comment=f"Commentaire numéro {number:02d}.")

    first = client.get(content.url).content.decode()
    second = client.get(content.url, {"page": 2}).content.decode()

    assert "Commentaire numéro 11." in first and "Commentaire numéro 00." not in first
    assert "Commentaire numéro 00." in second and "Commentaire numéro 11." not in second


# Rating


def test_anonymous_visitors_are_sent_to_the_login_page(client, content):
    response = rate(client, content)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))
    assert not Recommendation.objects.exists()


def test_a_member_rates_then_changes_their_recommendation(client, content, member):
    client.force_login(member)

    response = rate(client, content, LEVEL.RECOMMENDED, "  Clair et complet.  ")
    rate(client, content, LEVEL.HIGHLY_RECOMMENDED, "Encore mieux à la relecture.")

    assert response.status_code == 302
    assert response["Location"] == f"{content.url}#avis"
    recommendation = Recommendation.objects.get()
    assert (recommendation.author, recommendation.level) == (member, LEVEL.HIGHLY_RECOMMENDED)
    assert recommendation.comment == "Encore mieux à la relecture."


def test_a_member_withdraws_their_recommendation(client, content, member):
    Recommendation.objects.create(page=content, author=member, level=LEVEL.RECOMMENDED)
    recommend(content)
    client.force_login(member)

    client.post(reverse("recommendations:withdraw", args=[content.pk]))

    assert not Recommendation.objects.filter(author=member).exists()
    assert Recommendation.objects.count() == 1


def test_a_bad_level_gets_a_french_message_and_keeps_the_comment(client, content, member):
    client.force_login(member)

    response = rate(client, content, level="9", comment="Mon long commentaire")

    assert response.status_code == 400
    html = response.content.decode()
    assert (
        "Choisissez l’un des quatre niveaux." in html
        or "Choisissez l'un des quatre niveaux." in html
    )
    assert "Mon long commentaire" in html
    assert not Recommendation.objects.exists()


def test_the_author_may_not_recommend_their_own_content(client, content, author):
    client.force_login(author)
    assert rate(client, content).status_code == 403
    assert not Recommendation.objects.exists()


def test_a_module_s_trainer_counts_as_its_author(client):
    site_settings()
    account = UserFactory(first_name="Théo", last_name="Formateur")
    module = TrainingModulePageFactory(trainers=[TrainerFactory(user=account)])
    recommendation = recommend(module, comment="Bon module.")
    FeedbackReply.objects.create(recommendation=recommendation, author=account, body="Merci !")
    client.force_login(account)

    assert rate(client, module).status_code == 403
    assert "Auteur du contenu" in client.get(module.url).content.decode()


def test_members_are_limited_per_hour(client, content, member, monkeypatch):
    monkeypatch.setattr(views, "WRITES_PER_HOUR_PER_MEMBER", 2)
    client.force_login(member)
    rate(client, content, LEVEL.RECOMMENDED)
    rate(client, content, LEVEL.RECOMMENDED)

    response = rate(client, content, LEVEL.NOT_RECOMMENDED, "Mon texte gardé")

    assert response.status_code == 429
    assert "Mon texte gardé" in response.content.decode()
    assert Recommendation.objects.get().level == LEVEL.RECOMMENDED


def test_a_client_address_is_limited_whatever_the_account(client, content, monkeypatch):
    monkeypatch.setattr(views, "WRITES_PER_HOUR_PER_CLIENT", 2)
    for _number in range(2):
        client.force_login(mediator())
        assert rate(client, content).status_code == 302
    client.force_login(mediator())

    assert rate(client, content).status_code == 429
    assert Recommendation.objects.count() == 2


# Replies


def test_a_member_replies_to_a_comment_and_to_a_reply(client, content, member):
    recommendation = recommend(content, comment="Une question ?")
    earlier = FeedbackReply.objects.create(
        recommendation=recommendation, author=UserFactory(), body="Une réponse."
    )
    client.force_login(member)
    url = reverse("recommendations:reply", args=[recommendation.pk])

    assert "Une réponse." in client.get(url, {"a": earlier.pk}).content.decode()
    response = client.post(url, {"body": "Je complète.", "parent": earlier.pk})

    assert response.status_code == 302
    reply = FeedbackReply.objects.get(author=member)
    assert (reply.body, reply.parent) == ("Je complète.", earlier)


def test_an_empty_reply_gets_a_french_message(client, content, member):
    recommendation = recommend(content, comment="Une question ?")
    client.force_login(member)

    response = client.post(
        reverse("recommendations:reply", args=[recommendation.pk]), {"body": "   "}
    )

    assert response.status_code == 400
    assert "Écrivez votre réponse avant de l’envoyer." in response.content.decode()


def test_a_hidden_comment_takes_no_reply(client, content, member):
    recommendation = recommend(content, comment="Masqué", is_hidden=True)
    client.force_login(member)
    response = client.post(
        reverse("recommendations:reply", args=[recommendation.pk]), {"body": "Bonjour"}
    )
    assert response.status_code == 404


# Switching public feedback off


def test_the_author_switches_public_feedback_off_and_on(client, content, author):
    recommend(content, comment="Un avis.")
    client.force_login(author)
    url = reverse("recommendations:setting", args=[content.pk])

    client.post(url)
    off = client.get(content.url).content.decode()
    client.post(url, {"public_feedback": "on"})

    assert "a désactivé les avis publics" in off and "Un avis." not in off
    assert FeedbackSetting.objects.get(page=content).public_feedback


def test_feedback_switched_off_is_neither_shown_nor_accepted(client, content, member):
    recommend(content, comment="Un avis ancien.")
    FeedbackSetting.objects.create(page=content, public_feedback=False)
    client.force_login(member)

    html = client.get(content.url).content.decode()
    response = rate(client, content)

    assert "Un avis ancien." not in html and "1 avis" not in html
    assert response.status_code == 403
    assert Recommendation.objects.count() == 1


@pytest.mark.parametrize("who", ["member", "author_of_another", "editor"])
def test_only_authors_and_editors_switch_feedback(client, content, who):
    user = {
        "member": mediator,
        "author_of_another": lambda: WorkshopContentPageFactory(owner=UserFactory()).owner,
        "editor": hub_editor,
    }[who]()
    client.force_login(user)

    response = client.post(reverse("recommendations:setting", args=[content.pk]))

    assert response.status_code == (302 if who == "editor" else 403)
    assert FeedbackSetting.objects.filter(page=content, public_feedback=False).exists() == (
        who == "editor"
    )


# Private contents


@pytest.fixture
def private_content():
    site_settings()
    space = CommunityPageFactory(title="Réseau privé", is_private=True)
    return space, WorkshopContentPageFactory(title="Compte rendu interne", parent=space)


def test_an_outsider_may_not_rate_a_private_content(client, private_content):
    _space, page = private_content
    client.force_login(mediator())

    assert rate(client, page).status_code == 404
    assert client.get(rate_url(page)).status_code == 404
    assert not Recommendation.objects.exists()


def test_an_outsider_may_not_reply_under_a_private_content(client, private_content):
    _space, page = private_content
    recommendation = recommend(page, comment="Interne")
    client.force_login(mediator())
    response = client.post(
        reverse("recommendations:reply", args=[recommendation.pk]), {"body": "Bonjour"}
    )
    assert response.status_code == 404


def test_a_member_of_the_space_rates_its_content(client, private_content):
    space, page = private_content
    client.force_login(community_member(space))

    assert rate(client, page).status_code == 302
    assert Recommendation.objects.filter(page=page).exists()


def test_a_page_that_is_no_content_takes_no_recommendation(client, member):
    site_settings()
    space = CommunityPageFactory()
    client.force_login(member)
    assert rate(client, space).status_code == 404


# Notifications


def test_the_author_is_notified_after_commit(
    client, content, author, member, django_capture_on_commit_callbacks
):
    client.force_login(member)
    with django_capture_on_commit_callbacks(execute=True):
        rate(client, content, comment="Merci pour ce contenu.")
    with django_capture_on_commit_callbacks(execute=True):
        rate(client, content, LEVEL.HIGHLY_RECOMMENDED)

    notification = Notification.objects.get()
    assert (notification.user, notification.kind) == (author, "feedback")
    assert notification.key == f"page-{content.pk}"
    assert notification.url == content.url
    assert "Atelier smartphone" in notification.text


def test_nobody_is_notified_of_their_own_reply(
    client, content, author, django_capture_on_commit_callbacks
):
    recommendation = recommend(content, comment="Question")
    client.force_login(author)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("recommendations:reply", args=[recommendation.pk]), {"body": "Oui"})
    assert not Notification.objects.exists()


# The page cache


def test_a_new_recommendation_shows_on_the_cached_page(client, content, settings):
    settings.RHINOCC_PAGE_CACHE_SECONDS = 600
    cache.clear()
    client.get(content.url)
    assert client.get(content.url)["X-Page-Cache"] == "hit"

    recommend(content, comment="Arrivé après la mise en cache.")
    response = client.get(content.url)

    assert response["X-Page-Cache"] == "miss"
    assert "Arrivé après la mise en cache." in response.content.decode()


# Query counts


def fill(page, ratings: int, comments: int):
    users = UserFactory.create_batch(ratings)
    Recommendation.objects.bulk_create(
        Recommendation(
            page=page,
            author=user,
            level=1 + number % 4,
            comment=f"Commentaire {number}" if number < comments else "",
        )
        for number, user in enumerate(users)
    )
    FeedbackReply.objects.bulk_create(
        FeedbackReply(recommendation=recommendation, author=users[-1], body="Réponse")
        for recommendation in Recommendation.objects.filter(page=page).exclude(comment="")
    )


def queries_for(client, page) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(page.url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("logged_in", [False, True])
def test_the_page_costs_the_same_queries_with_200_ratings_as_with_20(client, author, logged_in):
    site_settings()
    small = WorkshopContentPageFactory(owner=author)
    large = WorkshopContentPageFactory(owner=author)
    fill(small, 20, 5)
    fill(large, 200, 50)
    if logged_in:
        client.force_login(mediator())
    # Warms what every page reads once per generation (site, menus) and what each page
    # reads once (its structured data, its classification).
    client.get(small.url)
    client.get(large.url)

    assert queries_for(client, large) == queries_for(client, small)


# Mon espace


def test_my_space_lists_my_contents_with_their_count_and_switch(client, content, author):
    recommend(content)
    recommend(content, is_hidden=True)
    client.force_login(author)

    html = client.get(reverse("accounts:member_area")).content.decode()
    response = client.post(
        reverse("recommendations:setting", args=[content.pk]), {"from": views.FROM_MEMBER_AREA}
    )

    assert "Avis sur mes contenus" in html and "Atelier smartphone" in html
    assert "1 avis" in html
    assert response["Location"] == f"{reverse('accounts:member_area')}#panneau-feedback"
    assert FeedbackSetting.objects.get(page=content).public_feedback is False


def test_my_space_shows_no_feedback_panel_to_a_member_without_contents(client, content, member):
    recommend(content)
    client.force_login(member)
    assert (
        "Avis sur mes contenus" not in client.get(reverse("accounts:member_area")).content.decode()
    )
