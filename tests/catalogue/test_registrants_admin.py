"""The registrants' screens in the admin (« Inscriptions »): who may open them, the lists,
moves between the list and the waiting list with the hand-over of a freed seat, the
attendance grid, closing, the exports, and listings whose queries do not grow."""

import csv
import io

import openpyxl
import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from catalogue.models import Attendance, Registration, TrainingSession
from tests.factories.accounts import (
    SuperuserFactory,
    UserFactory,
    community_admin,
    community_contributor,
    hub_editor,
    trainer,
)
from tests.factories.catalogue import (
    AttendanceFactory,
    RegistrationFactory,
    TrainerFactory,
    TrainingModulePageFactory,
    session,
)
from tests.factories.communities import CommunityPageFactory

pytestmark = pytest.mark.django_db

Status = Registration.Status
INDEX = "/admin/inscriptions/"


def client_for(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def session_url(training_session, name="session", *args) -> str:
    return reverse(f"registrants:{name}", args=[training_session.pk, *args])


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def assert_refused(response):
    """Wagtail's refusal: a 403, the login page, or back to the dashboard with a message."""
    if response.status_code == 403:
        return
    assert response.status_code == 302, response.status_code
    location = response["Location"]
    assert location.startswith(reverse("wagtailadmin_login")) or messages_of(response), location


@pytest.fixture
def cast():
    """A module with its trainer and a session of 3 seats (2 confirmed, 2 waiting), and
    another module with its own trainer."""
    own_trainer = trainer(first_name="Fanny", last_name="Formatrice")
    other_trainer = trainer()
    module = TrainingModulePageFactory(
        title="Accompagner les démarches en ligne",
        sessions=[session(20, length_days=2, seats=3)],
        trainers=[TrainerFactory(user=own_trainer)],
    )
    other = TrainingModulePageFactory(
        sessions=[session(25)], trainers=[TrainerFactory(user=other_trainer)]
    )
    training_session = module.sessions.get()
    people = {
        "alice": RegistrationFactory(session=training_session, last_name="Aubert"),
        "bruno": RegistrationFactory(session=training_session, last_name="Bernard"),
        "chloe": RegistrationFactory(
            session=training_session, last_name="Chevalier", status=Status.WAITING
        ),
        "david": RegistrationFactory(
            session=training_session, last_name="Durand", status=Status.WAITING
        ),
    }
    community = CommunityPageFactory()
    return {
        "module": module,
        "session": training_session,
        "other_session": other.sessions.get(),
        "people": people,
        "trainer": own_trainer,
        "other_trainer": other_trainer,
        "editor": hub_editor(),
        "contributor": community_contributor(community),
        "community_admin": community_admin(community),
        "mediator": UserFactory(),
    }


# Who may see registrants ----------------------------------------------------------------


def urls_of(training_session, registration):
    return [
        session_url(training_session),
        session_url(training_session, "attendance"),
        session_url(training_session, "close"),
        session_url(training_session, "export", "csv"),
        session_url(training_session, "export", "xlsx"),
        session_url(training_session, "cancel", registration.pk),
    ]


@pytest.mark.parametrize(
    "role", ["anonymous", "other_trainer", "contributor", "community_admin", "mediator"]
)
def test_outsiders_are_refused_every_screen_and_action(cast, role):
    client = client_for(cast.get(role))
    alice = cast["people"]["alice"]
    for url in urls_of(cast["session"], alice):
        response = client.get(url)
        assert_refused(response)
        assert "Aubert" not in response.content.decode()
    listing = client.get(INDEX)
    if role == "other_trainer":  # their own sessions only
        assert cast["module"].title not in listing.content.decode()
    else:
        assert_refused(listing)
    for url, data in [
        (session_url(cast["session"], "move", alice.pk), {"action": "to_waiting_list"}),
        (session_url(cast["session"], "cancel", alice.pk), {}),
        (session_url(cast["session"], "close"), {"action": "close"}),
        (session_url(cast["session"], "attendance"), {"shown": [alice.pk]}),
    ]:
        assert_refused(client.post(url, data))
    alice.refresh_from_db()
    cast["session"].refresh_from_db()
    assert alice.status == Status.CONFIRMED
    assert cast["session"].closed_at is None
    assert not Attendance.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize("role", ["trainer", "editor", "superuser"])
def test_the_module_trainers_and_hub_editors_open_every_screen(cast, role):
    user = SuperuserFactory() if role == "superuser" else cast[role]
    client = client_for(user)
    for url in [INDEX, *urls_of(cast["session"], cast["people"]["alice"])]:
        assert client.get(url).status_code == 200, url


def test_a_trainer_lists_the_sessions_of_their_modules_only(cast):
    page = client_for(cast["trainer"]).get(INDEX).content.decode()
    assert "Accompagner les démarches en ligne" in page
    assert cast["other_session"].module.title not in page
    other = client_for(cast["other_trainer"]).get(session_url(cast["other_session"]))
    assert other.status_code == 200
    assert_refused(client_for(cast["other_trainer"]).get(session_url(cast["session"])))


def test_a_trainer_removed_from_the_module_loses_its_registrants(cast):
    module = cast["module"]
    module.trainers.set([])
    module.save()
    assert_refused(client_for(cast["trainer"]).get(session_url(cast["session"])))


def test_an_inactive_account_is_refused(cast):
    cast["trainer"].is_active = False
    cast["trainer"].save()
    assert_refused(client_for(cast["trainer"]).get(session_url(cast["session"])))


def test_the_menu_item_is_for_those_who_manage_sessions(cast):
    def menu(user):
        return BeautifulSoup(client_for(user).get("/admin/").content, "html.parser")

    assert INDEX in str(menu(cast["trainer"]))
    assert INDEX in str(menu(cast["editor"]))
    assert INDEX not in str(menu(trainer()))
    assert INDEX not in str(menu(cast["contributor"]))


def registrants_link(client, module) -> bool:
    edit = reverse("wagtailadmin_pages:edit", args=[module.pk])
    response = client.get(edit)
    assert response.status_code == 200
    return f"{INDEX}?module={module.pk}" in response.content.decode().replace("&amp;", "&")


def test_the_module_edit_page_links_to_its_registrants(cast):
    assert registrants_link(client_for(cast["editor"]), cast["module"])
    author = trainer()
    profile = TrainerFactory(user=author)
    catalogue = cast["module"].get_parent()
    trained = TrainingModulePageFactory(
        parent=catalogue, owner=author, live=False, trainers=[profile], sessions=[session(9)]
    )
    untrained = TrainingModulePageFactory(
        parent=catalogue, owner=author, live=False, sessions=[session(9)]
    )
    assert registrants_link(client_for(author), trained)
    # Its author may edit it, but is not one of its trainers: no registrants.
    assert not registrants_link(client_for(author), untrained)


def test_the_dashboard_shows_the_trainer_s_sessions(cast):
    soup = BeautifulSoup(client_for(cast["trainer"]).get("/admin/").content, "html.parser")
    panel = soup.find(id="my-sessions-section")
    assert panel is not None
    assert "Accompagner les démarches en ligne" in panel.get_text()
    assert panel.find("a", href=session_url(cast["session"]))


# Lists ---------------------------------------------------------------------------------


def test_the_session_page_lists_the_registrants_and_the_waiting_list_in_order(cast):
    soup = BeautifulSoup(
        client_for(cast["trainer"]).get(session_url(cast["session"])).content, "html.parser"
    )
    in_list = soup.find(id="registrants-heading").find_parent("section")
    waiting = soup.find(id="waiting-heading").find_parent("section")
    assert [row.th.get_text(" ", strip=True)[:5] for row in in_list.select("tbody tr")] == [
        "AUBER",
        "BERNA",
    ]
    ranks = [
        (row.td.get_text(strip=True), row.th.get_text(" ", strip=True)[:5])
        for row in waiting.select("tbody tr")
    ]
    assert ranks == [("1", "CHEVA"), ("2", "DURAN")]


def test_the_session_list_filters_by_module_and_period(cast):
    client = client_for(cast["editor"])

    def listed(**query):
        soup = BeautifulSoup(client.get(INDEX, query).content, "html.parser")
        return [cell.get_text(" ", strip=True) for cell in soup.select("table tbody td.title")]

    assert listed() == [cast["module"].title, cast["other_session"].module.title]
    assert listed(module=cast["module"].pk, period="") == [cast["module"].title]
    assert listed(period="past") == []


# Moves ---------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _mails_after_commit(django_capture_on_commit_callbacks, monkeypatch):
    """The mails leave once the transaction commits: each request of the test client runs
    its on-commit callbacks as the request ends, as a real commit would."""
    original = Client.request

    def request(self, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return original(self, **kwargs)

    monkeypatch.setattr(Client, "request", request)


def move(client, cast, name, action):
    return client.post(
        session_url(cast["session"], "move", cast["people"][name].pk), {"action": action}
    )


def test_a_waiting_person_joins_the_list_while_a_seat_is_free(cast):
    client = client_for(cast["trainer"])
    response = move(client, cast, "chloe", "confirm")
    assert response.status_code == 302
    chloe = Registration.objects.get(pk=cast["people"]["chloe"].pk)
    assert chloe.status == Status.CONFIRMED and chloe.confirmed_at is not None
    assert [message.to for message in mail.outbox] == [[chloe.email]]
    # The session is now full (3 seats): the next one is refused, nothing changes.
    response = move(client, cast, "david", "confirm")
    assert "complète" in " ".join(messages_of(response))
    assert Registration.objects.get(pk=cast["people"]["david"].pk).status == Status.WAITING


def test_moving_someone_out_offers_the_seat_to_the_first_person_waiting(cast):
    client = client_for(cast["trainer"])
    # Fill the session first: alice, bruno, chloe.
    move(client, cast, "chloe", "confirm")
    mail.outbox.clear()
    response = move(client, cast, "alice", "to_waiting_list")
    text = " ".join(messages_of(response))
    people = {p.last_name: p for p in Registration.objects.all()}
    assert people["Aubert"].status == Status.WAITING
    assert people["Durand"].status == Status.OFFERED
    assert people["Durand"].offer_expires_at is not None
    assert "Durand" in text
    # Alice is now last: behind David (offered) on the waiting list.
    assert people["Aubert"].created_at > people["Durand"].created_at
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        [people["Aubert"].email, people["Durand"].email]
    )


def test_moving_someone_out_when_nobody_else_waits_is_refused(cast):
    Registration.objects.filter(status=Status.WAITING).update(status=Status.CANCELLED)
    response = move(client_for(cast["trainer"]), cast, "alice", "to_waiting_list")
    assert "Personne d’autre" in " ".join(messages_of(response))
    assert Registration.objects.get(pk=cast["people"]["alice"].pk).status == Status.CONFIRMED


def test_cancelling_asks_first_then_offers_the_freed_seat(cast):
    client = client_for(cast["trainer"])
    move(client, cast, "chloe", "confirm")
    mail.outbox.clear()
    url = session_url(cast["session"], "cancel", cast["people"]["bruno"].pk)
    confirm_page = client.get(url)
    assert confirm_page.status_code == 200
    assert Registration.objects.get(pk=cast["people"]["bruno"].pk).status == Status.CONFIRMED
    client.post(url)
    bruno = Registration.objects.get(pk=cast["people"]["bruno"].pk)
    assert bruno.status == Status.CANCELLED and bruno.cancelled_at is not None
    assert Registration.objects.get(pk=cast["people"]["david"].pk).status == Status.OFFERED
    assert len(mail.outbox) == 2


def test_a_registration_of_another_session_cannot_be_moved_through_this_one(cast):
    stranger = RegistrationFactory(session=cast["other_session"], status=Status.WAITING)
    client = client_for(cast["trainer"])
    response = client.post(
        session_url(cast["session"], "move", stranger.pk), {"action": "confirm"}
    )
    assert response.status_code == 404
    assert client.post(session_url(cast["session"], "cancel", stranger.pk)).status_code == 404
    stranger.refresh_from_db()
    assert stranger.status == Status.WAITING


def test_an_unknown_action_changes_nothing(cast):
    response = move(client_for(cast["trainer"]), cast, "alice", "delete")
    assert response.status_code == 302
    assert Registration.objects.get(pk=cast["people"]["alice"].pk).status == Status.CONFIRMED


def test_moves_need_a_post(cast):
    url = session_url(cast["session"], "move", cast["people"]["chloe"].pk)
    assert client_for(cast["trainer"]).get(url, {"action": "confirm"}).status_code == 405


# Attendance ----------------------------------------------------------------------------


def test_the_attendance_grid_records_each_half_day(cast):
    client = client_for(cast["trainer"])
    training_session = cast["session"]
    alice, bruno = cast["people"]["alice"], cast["people"]["bruno"]
    soup = BeautifulSoup(
        client.get(session_url(training_session, "attendance")).content, "html.parser"
    )
    boxes = soup.select("input[type=checkbox]")
    assert len(boxes) == 2 * 4  # two confirmed people, two days of two half-days
    assert all(box.get("aria-label") for box in boxes)
    first_day = training_session.start_date.isoformat()
    data = {
        "shown": [alice.pk, bruno.pk],
        f"present-{alice.pk}-{first_day}-morning": "on",
        f"present-{alice.pk}-{first_day}-afternoon": "on",
        f"present-{bruno.pk}-{first_day}-morning": "on",
        # Ignored: not a day of the session, not a half, not a number.
        f"present-{alice.pk}-1999-01-01-morning": "on",
        f"present-{alice.pk}-{first_day}-evening": "on",
        f"present-abc-{first_day}-morning": "on",
    }
    response = client.post(session_url(training_session, "attendance"), data)
    assert response.status_code == 302
    present = set(Attendance.objects.filter(present=True).values_list("registration_id", "half"))
    assert present == {(alice.pk, "morning"), (alice.pk, "afternoon"), (bruno.pk, "morning")}
    assert Attendance.objects.count() == 8

    # Saved again with Bruno unticked: he is absent, nothing is duplicated.
    data.pop(f"present-{bruno.pk}-{first_day}-morning")
    client.post(session_url(training_session, "attendance"), data)
    assert Attendance.objects.count() == 8
    assert not Attendance.objects.filter(registration=bruno, present=True).exists()


def test_the_grid_ignores_people_who_are_not_confirmed_in_this_session(cast):
    stranger = RegistrationFactory(session=cast["other_session"])
    chloe = cast["people"]["chloe"]
    day = cast["session"].start_date.isoformat()
    client_for(cast["trainer"]).post(
        session_url(cast["session"], "attendance"),
        {
            "shown": [stranger.pk, chloe.pk],
            f"present-{stranger.pk}-{day}-morning": "on",
            f"present-{chloe.pk}-{day}-morning": "on",
        },
    )
    assert not Attendance.objects.exists()


def test_an_altered_grid_saves_nothing_and_says_so(cast):
    response = client_for(cast["trainer"]).post(
        session_url(cast["session"], "attendance"), {"shown": ["abc"]}
    )
    assert response.status_code == 302
    assert "modifié" in " ".join(messages_of(response))
    assert not Attendance.objects.exists()


# Closing -------------------------------------------------------------------------------


def test_closing_makes_attendance_final_and_survives_the_module_s_publication(cast):
    client = client_for(cast["trainer"])
    client.post(session_url(cast["session"], "close"), {"action": "close"})
    training_session = TrainingSession.objects.get(pk=cast["session"].pk)
    assert training_session.closed_at is not None
    # A later publication of the module, from the editor's copy of its sessions.
    cast["module"].save_revision().publish()
    assert TrainingSession.objects.get(pk=cast["session"].pk).closed_at is not None

    alice = cast["people"]["alice"]
    day = cast["session"].start_date.isoformat()
    response = client.post(
        session_url(cast["session"], "attendance"),
        {"shown": [alice.pk], f"present-{alice.pk}-{day}-morning": "on"},
    )
    assert "clôturée" in " ".join(messages_of(response))
    assert not Attendance.objects.exists()

    client.post(session_url(cast["session"], "close"), {"action": "reopen"})
    assert TrainingSession.objects.get(pk=cast["session"].pk).closed_at is None


def test_closing_warns_about_unmarked_attendance(cast):
    page = client_for(cast["trainer"]).get(session_url(cast["session"], "close"))
    assert "2 stagiaires confirmés" in page.content.decode()


# Exports -------------------------------------------------------------------------------


def test_the_csv_export_lists_the_list_then_the_waiting_list(cast):
    cast["people"]["alice"].first_name = '=HYPERLINK("http://evil")'
    cast["people"]["alice"].save()
    AttendanceFactory(registration=cast["people"]["bruno"])
    response = client_for(cast["trainer"]).get(session_url(cast["session"], "export", "csv"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    assert response["Content-Disposition"].endswith('.csv"')
    assert "no-store" in response["Cache-Control"]
    content = response.content.decode("utf-8")
    assert content.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(content.lstrip("\ufeff")), delimiter=";"))
    assert rows[0][:4] == ["Liste", "Rang en liste d’attente", "Nom", "Prénom"]
    assert [row[2] for row in rows[1:]] == ["Aubert", "Bernard", "Chevalier", "Durand"]
    assert [row[1] for row in rows[1:]] == ["", "", "1", "2"]
    assert rows[1][3].startswith("'=")
    assert rows[2][-1] == "1/4"


def test_the_xlsx_export_opens_with_the_same_rows(cast):
    response = client_for(cast["editor"]).get(session_url(cast["session"], "export", "xlsx"))
    assert response.status_code == 200
    assert "spreadsheetml" in response["Content-Type"]
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][2] == "Nom"
    assert [row[2] for row in values[1:]] == ["Aubert", "Bernard", "Chevalier", "Durand"]
    assert values[1][9] is not None  # registered on, as a date


def test_an_unknown_export_format_is_a_404(cast):
    response = client_for(cast["trainer"]).get(f"{INDEX}session/{cast['session'].pk}/export.pdf")
    assert response.status_code == 404


# Queries -------------------------------------------------------------------------------


def count_queries(client, url) -> int:
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_the_session_page_costs_the_same_queries_for_4_or_40_people(cast):
    client = client_for(cast["trainer"])
    url = session_url(cast["session"])
    RegistrationFactory(session=cast["session"], status=Status.CANCELLED)
    few = count_queries(client, url)
    for index in range(36):
        RegistrationFactory(
            session=cast["session"],
            status=Status.WAITING if index % 2 else Status.CANCELLED,
            cancelled_at=timezone.now(),
        )
    assert count_queries(client, url) == few


def test_the_attendance_grid_costs_the_same_queries_for_2_or_20_people(cast):
    client = client_for(cast["editor"])
    url = session_url(cast["session"], "attendance")
    few = count_queries(client, url)
    for _ in range(18):
        AttendanceFactory(registration=RegistrationFactory(session=cast["session"]))
    assert count_queries(client, url) == few


def test_the_session_list_costs_the_same_queries_for_2_or_12_sessions(cast):
    client = client_for(cast["editor"])
    few = count_queries(client, INDEX)
    for days in range(10):
        module = TrainingModulePageFactory(sessions=[session(30 + days)])
        RegistrationFactory(session=module.sessions.get())
    assert count_queries(client, INDEX) == few


def test_the_dashboard_panel_costs_the_same_queries_for_1_or_5_sessions(cast):
    client = client_for(cast["trainer"])
    few = count_queries(client, "/admin/")
    profile = cast["trainer"].trainer_profile
    for days in range(4):
        TrainingModulePageFactory(sessions=[session(40 + days)], trainers=[profile])
    assert count_queries(client, "/admin/") == few
