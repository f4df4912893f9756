"""The demo's figures on /statistiques/: its year of activity, and the training sessions
its history holds (they are loaded after the pages, and counted all the same)."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db.models import Sum
from django.utils import timezone

from analytics.models import DailyFigure, Metric
from catalogue.models import TrainingSession

pytestmark = [pytest.mark.usefixtures("demo_site"), pytest.mark.django_db]


def total(metric) -> int:
    return DailyFigure.objects.filter(metric=metric).aggregate(total=Sum("value"))["total"] or 0


def test_the_demo_counts_its_past_sessions_views_and_downloads():
    today = timezone.localdate()
    past_sessions = TrainingSession.objects.filter(
        start_date__range=(today - datetime.timedelta(days=364), today),
        is_cancelled=False,
        module__live=True,
    ).count()
    assert past_sessions
    assert total(Metric.SESSIONS) == past_sessions
    assert total(Metric.TRAINED) > 0
    assert total(Metric.PUBLIC_VIEWS) > 0
    assert total(Metric.PUBLIC_DOWNLOADS) > 0


def column_total(page, key) -> int:
    cells = page.select(f"#statistiques-{key} ~ div tbody td.statistics__number")
    return sum(int(cell.get_text().replace("\u202f", "").replace(" ", "")) for cell in cells)


def test_the_public_page_shows_them(client):
    response = client.get("/statistiques/")
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    for key in ("consultations", "telechargements", "sessions", "formes"):
        assert column_total(page, key) > 0, f"/statistiques/ shows no {key}"
