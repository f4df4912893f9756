"""The hub editors' queue of reports: who may see it (nobody else, on every screen), its
filters, search and count, each action with its outcome and the reporter's mail, a report
processed once, and a listing whose queries do not grow with the reports."""

import datetime
import html

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone
from wagtail.models import Page

from social.models import FeedbackReply, Recommendation, Report
from social.reports import admin
from tests.factories.accounts import (
    SuperuserFactory,
    UserFactory,
    community_admin,
    community_contributor,
    hub_editor,
    mediator,
    trainer,
)
from tests.factories.communities import CommunityPageFactory
from tests.factories.kits import WorkshopContentPageFactory

pytestmark = pytest.mark.django_db

QUEUE = "/admin/signalements/"


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def detail_url(report) -> str:
    return f"{QUEUE}edit/{report.pk}/"


def action_url(report, action) -> str:
    return f"{QUEUE}{report.pk}/{action}/"


def report_on(page=None, **fields) -> Report:
    fields.setdefault("reason", Report.Reason.ERRORS)
    fields.setdefault("comment", "La date de l'atelier est fausse.")
    fields.setdefault("reporter_email", "lea@example.org")
    if page is None and "recommendation" not in fields and "reply" not in fields:
        page = WorkshopContentPageFactory()
    return Report.objects.create(page=page, **fields)


def comment_on(page, text="Nul.") -> Recommendation:
    return Recommendation.objects.create(
        page=page, author=UserFactory(), level=Recommendation.Level.NOT_RECOMMENDED, comment=text
    )


@pytest.fixture
def editor():
    return client_for(hub_editor(first_name="Émilie"))


@pytest.fixture
def post(editor, django_capture_on_commit_callbacks):
    """The editor's POST, with what it left for after the commit run (the mails)."""

    def post(url, data, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return editor.post(url, data, **kwargs)

    return post


def text(response) -> str:
    return html.unescape(response.content.decode())


def outsiders():
    community = CommunityPageFactory()
    return {
        "anonymous": None,
        "contributor": community_contributor(community),
        "trainer": trainer(),
        "community_admin": community_admin(community),
        "mediator": mediator(),
    }


@pytest.mark.parametrize(
    "who", ["anonymous", "contributor", "trainer", "community_admin", "mediator"]
)
def test_non_editors_are_refused_on_every_screen(who):
    report = report_on()
    user = outsiders()[who]
    client = client_for(user) if user else Client()
    for url in (QUEUE, detail_url(report), *(action_url(report, name) for name in admin.ACTIONS)):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "La date de l'atelier est fausse." not in response.content.decode()
    for name in admin.ACTIONS:
        response = client.post(action_url(report, name), {"author_message": "x"})
        assert response.status_code in (302, 403)
    report.refresh_from_db()
    assert report.state == Report.State.NEW
    assert Page.objects.get(pk=report.page_id).live
    assert not mail.outbox
    if user is not None and who != "mediator":
        # Their admin opens, without the queue in the menu.
        home = client.get("/admin/").content.decode()
        assert "Signalements" not in home


def test_the_menu_counts_the_new_reports_for_editors_and_superusers(editor):
    report_on()
    report_on(state=Report.State.PROCESSED, outcome=Report.Outcome.DISMISSED)
    report_on()
    assert "Signalements (2)" in editor.get("/admin/").content.decode()
    assert "Signalements (2)" in client_for(SuperuserFactory()).get("/admin/").content.decode()


def test_the_queue_filters_by_state_reason_target_and_date_and_searches(editor):
    page = WorkshopContentPageFactory(title="Atelier smartphone")
    recent = report_on(page, reason=Report.Reason.DUPLICATE, comment="Même que l'autre")
    old = report_on(page, reason=Report.Reason.OUT_OF_DATE, comment="Vieux lien")
    Report.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=40),
        state=Report.State.PROCESSED,
        outcome=Report.Outcome.DISMISSED,
    )
    on_comment = report_on(recommendation=comment_on(page, "Commentaire grossier"))

    def listed(**params):
        html = editor.get(QUEUE, params).content.decode()
        return {
            report.comment for report in (recent, old, on_comment) if detail_url(report) in html
        }

    assert listed() == {recent.comment, old.comment, on_comment.comment}
    assert listed(state="new") == {recent.comment, on_comment.comment}
    assert listed(reason="duplicate") == {recent.comment}
    assert listed(target="recommendation") == {on_comment.comment}
    assert listed(target="page") == {recent.comment, old.comment}
    since = (timezone.localdate() - datetime.timedelta(days=7)).isoformat()
    assert listed(created_at_from=since) == {recent.comment, on_comment.comment}
    assert listed(q="vieux") == {old.comment}
    assert listed(q="grossier") == {on_comment.comment}


def test_the_queue_pages_and_its_queries_do_not_grow_with_the_reports(
    editor, django_assert_max_num_queries
):
    page = WorkshopContentPageFactory()
    for _ in range(3):
        report_on(page)
    reply = FeedbackReply.objects.create(
        recommendation=comment_on(page), author=UserFactory(), body="Réponse"
    )
    report_on(reply=reply)
    editor.get(QUEUE)
    with django_assert_max_num_queries(40) as few:
        editor.get(QUEUE)
    for _ in range(25):
        report_on(page)
        report_on(reply=reply)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = editor.get(QUEUE)
    assert response.context["page_obj"].paginator.count == 54
    assert len(response.context["page_obj"]) == 30


def test_the_detail_shows_the_target_and_the_comment_as_text(editor):
    owner = UserFactory(email="auteur@example.org")
    page = WorkshopContentPageFactory(title="Créer son adresse mail", owner=owner)
    report = report_on(page, comment='<script>alert("x")</script><b>gras</b>')
    html = editor.get(detail_url(report)).content.decode()
    assert "Créer son adresse mail" in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;b&gt;gras&lt;/b&gt;" in html
    assert '<script>alert("x")' not in html
    for name in ("unpublish", "ask_author", "dismiss"):
        assert action_url(report, name) in html
    assert action_url(report, "hide_comment") not in html


def test_unpublishing_asks_for_confirmation_then_unpublishes_and_tells_every_reporter(
    editor, post
):
    report = report_on(WorkshopContentPageFactory(title="Créer son adresse mail"))
    other = report_on(report.page, reporter_email="", reason=Report.Reason.INAPPROPRIATE)
    third = report_on(report.page, reporter_email="karim@example.org")
    confirmation = editor.get(action_url(report, "unpublish"))
    assert "Oui, le dépublier" in confirmation.content.decode()
    page = report.page.specific
    page.refresh_from_db()
    assert page.live
    assert not mail.outbox
    response = post(action_url(report, "unpublish"), {"reporter_note": "Merci, il était périmé."})
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live
    for each in (report, other, third):
        each.refresh_from_db()
        assert each.state == Report.State.PROCESSED
        assert each.outcome == Report.Outcome.UNPUBLISHED
        assert each.processed_by is not None and each.processed_at is not None
    assert sorted(message.to[0] for message in mail.outbox) == [
        "karim@example.org",
        "lea@example.org",
    ]
    message = next(m for m in mail.outbox if m.to == ["lea@example.org"])
    assert "Créer son adresse mail" in message.subject
    assert "dépublié" in message.body and "Merci, il était périmé." in message.body
    html, kind = message.alternatives[0]
    assert kind == "text/html" and "dépublié" in html


def test_asking_the_author_mails_the_owner_and_the_reporter(editor, post):
    owner = UserFactory(email="auteur@example.org", first_name="Camille")
    page = WorkshopContentPageFactory(owner=owner, title="Fiche France Services")
    report = report_on(page)
    empty = post(action_url(report, "ask_author"), {"author_message": ""})
    assert "Écrivez le message à l'auteur." in text(empty)
    assert not mail.outbox
    post(
        action_url(report, "ask_author"),
        {"author_message": "Pouvez-vous mettre la date à jour ?", "reporter_note": ""},
    )
    report.refresh_from_db()
    assert report.outcome == Report.Outcome.AUTHOR_ASKED
    assert report.author_message == "Pouvez-vous mettre la date à jour ?"
    to_author = next(m for m in mail.outbox if m.to == ["auteur@example.org"])
    assert "Bonjour Camille," in to_author.body
    assert "Pouvez-vous mettre la date à jour ?" in to_author.body
    assert "La date de l'atelier est fausse." in to_author.body
    assert f"/admin/pages/{page.pk}/edit/" in to_author.body
    to_reporter = next(m for m in mail.outbox if m.to == ["lea@example.org"])
    assert "demandé à l'auteur" in to_reporter.body
    page.refresh_from_db()
    assert page.live


def test_dismissing_leaves_the_content_and_tells_the_reporter(editor, post):
    report = report_on()
    report_on(report.page)
    post(action_url(report, "dismiss"), {"reporter_note": "Le lien marche."})
    report.refresh_from_db()
    assert report.outcome == Report.Outcome.DISMISSED
    assert Report.objects.new().count() == 1
    assert len(mail.outbox) == 1
    assert "tel quel" in mail.outbox[0].body and "Le lien marche." in mail.outbox[0].body


def test_hiding_a_comment_hides_it_and_tells_the_reporter(editor, post):
    recommendation = comment_on(WorkshopContentPageFactory(), "<b>Insulte</b>")
    report = report_on(recommendation=recommendation)
    html = editor.get(detail_url(report)).content.decode()
    assert "&lt;b&gt;Insulte&lt;/b&gt;" in html
    assert action_url(report, "hide_comment") in html
    assert action_url(report, "unpublish") not in html
    post(action_url(report, "hide_comment"), {})
    recommendation.refresh_from_db()
    assert recommendation.is_hidden
    report.refresh_from_db()
    assert report.outcome == Report.Outcome.COMMENT_HIDDEN
    assert "masqué" in mail.outbox[0].body


def test_hiding_a_reply(editor, post):
    reply = FeedbackReply.objects.create(
        recommendation=comment_on(WorkshopContentPageFactory()),
        author=UserFactory(),
        body="Réponse hors sujet",
    )
    report = report_on(reply=reply, reporter_email="")
    post(action_url(report, "hide_comment"), {})
    reply.refresh_from_db()
    assert reply.is_hidden
    assert not mail.outbox


def test_a_reporter_without_an_address_is_told_nothing(editor, post):
    report = report_on(reporter_email="")
    post(action_url(report, "dismiss"), {})
    report.refresh_from_db()
    assert report.state == Report.State.PROCESSED
    assert not mail.outbox


def test_a_report_is_processed_once(editor, post):
    report = report_on()
    post(action_url(report, "dismiss"), {})
    second = post(action_url(report, "unpublish"), {}, follow=True)
    assert "déjà été traité" in text(second)
    report.refresh_from_db()
    assert report.outcome == Report.Outcome.DISMISSED
    report.page.refresh_from_db()
    assert report.page.live
    assert len(mail.outbox) == 1


def test_the_claim_refuses_a_report_another_editor_just_processed():
    report = report_on()
    stale = Report.objects.get(pk=report.pk)
    Report.objects.filter(pk=report.pk).update(state=Report.State.PROCESSED)
    with pytest.raises(admin.AlreadyProcessed):
        admin.claim(stale, hub_editor(), admin.ACTIONS["dismiss"])


def test_the_mail_leaves_after_the_commit_only(editor, django_capture_on_commit_callbacks):
    report = report_on()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        editor.post(action_url(report, "dismiss"), {})
    assert callbacks and not mail.outbox
    for callback in callbacks:
        callback()
    assert len(mail.outbox) == 1


def test_an_action_that_does_not_apply_changes_nothing(editor, post):
    report = report_on(recommendation=comment_on(WorkshopContentPageFactory()))
    response = post(action_url(report, "unpublish"), {}, follow=True)
    assert "ne s'applique pas" in text(response)
    assert editor.get(action_url(report, "nothing")).status_code == 302
    report.refresh_from_db()
    assert report.is_new
