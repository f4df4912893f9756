"""The daily figures, the editors' dashboard and the public /statistiques/ page."""

import csv
import datetime
import io
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from analytics.aggregation import aggregate
from analytics.charts import Bar, bar_chart
from analytics.models import DailyFigure, Metric, PageView
from search.models import UnansweredSearch
from tests.factories.accounts import SuperuserFactory, UserFactory, hub_editor, trainer
from tests.factories.communities import CommunityPageFactory
from tests.factories.kits import WorkshopContentPageFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
YESTERDAY = TODAY - datetime.timedelta(days=1)
DASHBOARD = "/admin/statistiques/"
PUBLIC = "/statistiques/"


def figures() -> set[tuple]:
    return set(DailyFigure.objects.values_list("day", "metric", "dimension", "value"))


def viewed(page, count, day=TODAY):
    PageView.objects.create(day=day, page=page, count=count)


@pytest.fixture
def activity():
    public = WorkshopContentPageFactory(title="Atelier courriel")
    community = CommunityPageFactory(is_private=True, title="Réseau secret")
    private = WorkshopContentPageFactory(parent=community, title="Compte rendu confidentiel")
    viewed(public, 7)
    viewed(public, 3, day=YESTERDAY)
    viewed(private, 40)
    UnansweredSearch.objects.create(day=TODAY, query="france connect", count=5)
    aggregate(YESTERDAY, TODAY)
    return public, private


def test_aggregation_sums_the_counters_and_is_idempotent(activity):
    public, private = activity
    before = figures()
    assert (TODAY, Metric.VIEWS, "", 47) in before
    assert (TODAY, Metric.PUBLIC_VIEWS, "", 7) in before
    month = TODAY.replace(day=1)
    if YESTERDAY.month == TODAY.month:
        assert (month, Metric.PAGE_VIEWS, str(public.pk), 10) in before
    assert (month, Metric.UNANSWERED_SEARCHES, "france connect", 5) in before
    aggregate(YESTERDAY, TODAY)
    aggregate(TODAY, TODAY)
    assert figures() == before


def test_aggregation_follows_a_correction_of_the_counters(activity):
    public, _private = activity
    PageView.objects.filter(page=public, day=TODAY).update(count=1)
    aggregate(TODAY, TODAY)
    assert DailyFigure.objects.get(day=TODAY, metric=Metric.VIEWS).value == 41


@pytest.mark.parametrize(
    "who", ["anonymous", "member", "trainer"], ids=["anonymous", "member", "trainer"]
)
def test_outsiders_get_no_dashboard(client, activity, who):
    if who == "member":
        client.force_login(UserFactory())
    elif who == "trainer":
        client.force_login(trainer())
    response = client.get(DASHBOARD)
    assert response.status_code in (302, 403)
    assert "Atelier courriel" not in response.content.decode()
    assert client.get(DASHBOARD + "?export=contenus").status_code in (302, 403)


def test_a_trainer_has_no_statistics_menu_item(client):
    client.force_login(trainer())
    assert DASHBOARD not in client.get("/admin/").content.decode()


@pytest.mark.parametrize("user", [hub_editor, SuperuserFactory], ids=["hub editor", "superuser"])
def test_hub_editors_and_superusers_read_the_dashboard(client, activity, user):
    client.force_login(user())
    response = client.get(DASHBOARD)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Atelier courriel" in html and "Compte rendu confidentiel" in html
    assert "france connect" in html
    assert DASHBOARD in client.get("/admin/").content.decode()


def test_a_wrong_period_is_said_in_french_and_kept(client, activity):
    client.force_login(hub_editor())
    response = client.get(DASHBOARD + "?du=demain&au=2026-13")
    html = response.content.decode()
    assert response.status_code == 200
    assert "n’est pas un mois" in html
    assert 'value="demain"' in html


def test_the_csv_has_a_bom_semicolons_and_no_formula(client):
    page = WorkshopContentPageFactory(title='=HYPERLINK("http://x")')
    viewed(page, 2)
    aggregate(TODAY, TODAY)
    client.force_login(hub_editor())
    response = client.get(DASHBOARD + "?export=contenus")
    body = response.content.decode("utf-8")
    assert response["Content-Type"].startswith("text/csv")
    assert body.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff")), delimiter=";"))
    assert rows[0] == ["Page", "Vues", "Téléchargements"]
    assert ['\'=HYPERLINK("http://x")', "2", "0"] in rows


def test_an_unknown_table_is_a_404(client):
    client.force_login(hub_editor())
    assert client.get(DASHBOARD + "?export=inconnue").status_code == 404
    assert client.get("/statistiques/inconnue.csv").status_code == 404


def test_the_public_page_shows_public_figures_only(client, activity):
    UserFactory(username="jeanne-martin", email="jeanne@example.org")
    aggregate(TODAY, TODAY)
    html = client.get(PUBLIC).content.decode()
    assert "Compte rendu confidentiel" not in html and "Réseau secret" not in html
    assert "Atelier courriel" not in html  # no content is singled out, public or not
    assert "jeanne" not in html
    views = client.get(reverse("analytics:public_export", args=["consultations"]))
    rows = list(csv.reader(io.StringIO(views.content.decode().lstrip("\ufeff")), delimiter=";"))
    # The public page's 10 views, never the private page's 40.
    assert sum(int(row[1]) for row in rows[1:]) == 10


def test_the_footer_links_to_the_statistics(client):
    WorkshopContentPageFactory()
    assert f'href="{PUBLIC}"' in client.get(PUBLIC).content.decode()


def test_a_chart_is_an_image_with_a_title_and_its_table_the_same_figures(client, activity):
    html = client.get(PUBLIC).content.decode()
    section = html[html.index('id="statistiques-consultations"') :]
    section = section[: section.index("</section>")]
    assert re.search(r'<svg[^>]+role="img"', section)
    assert "<title" in section and "<desc" in section and "<caption>" in section
    labels = re.findall(r'text-anchor="end"[^>]*>([^<]+)</text>', section)
    values = re.findall(
        r'<text x="[\d.]+" y="21" fill="#1b1f23" font-size="14">([^<]+)</text>', section
    )
    months = re.findall(r'<th scope="row">([^<]+)</th>', section)
    cells = re.findall(r'<td class="statistics__number">([^<]+)</td>', section)
    assert labels == months and values == cells and len(cells) == 12
    assert cells[-1] == "10"


def test_bar_chart_escapes_labels():
    svg = bar_chart([Bar("<script>", 3)], title="T", description="D", chart_id="x")
    assert "<script>" not in svg and "&lt;script&gt;" in svg


def test_the_dashboard_costs_the_same_queries_for_a_day_or_a_year(client):
    client.force_login(hub_editor())
    page = WorkshopContentPageFactory()
    viewed(page, 1)
    UnansweredSearch.objects.create(day=TODAY, query="question", count=1)
    aggregate(TODAY, TODAY)
    client.get(DASHBOARD)
    with CaptureQueriesContext(connection) as few:
        client.get(DASHBOARD)
    pages = WorkshopContentPageFactory.create_batch(25)
    PageView.objects.bulk_create(
        PageView(day=TODAY - datetime.timedelta(days=offset), page=other, count=offset + 1)
        for offset in range(0, 300, 7)
        for other in pages
    )
    UnansweredSearch.objects.bulk_create(
        UnansweredSearch(day=TODAY, query=f"question {n}", count=n + 1) for n in range(30)
    )
    aggregate(TODAY - datetime.timedelta(days=300), TODAY)
    # The pages published since made a new generation: what is read once per generation
    # (core.generations) is read again on the first visit, as on the first above.
    client.get(DASHBOARD)
    with CaptureQueriesContext(connection) as many:
        response = client.get(DASHBOARD)
    assert response.status_code == 200
    assert len(many) == len(few)
    visitor = Client()
    visitor.get(PUBLIC)
    with CaptureQueriesContext(connection) as public:
        visitor.get(PUBLIC)
    assert len(public) <= 15
