"""The demo's year of activity (demo/statistics.py) on a site whose tasks wait for a
worker, as under the production settings: the downloads of the pages' files are counted
although the reference index's updates are still queued."""

import pytest
from django.test import override_settings

from analytics.models import DailyFigure, Metric
from demo.statistics import load_statistics
from documents.models import DownloadCount
from tests.factories.documents import DocumentFactory
from tests.factories.kits import WorkshopContentPageFactory, file_block

pytestmark = pytest.mark.django_db

QUEUED_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def test_the_files_of_pages_just_loaded_get_downloads_though_the_queue_waits():
    with override_settings(TASKS=QUEUED_TASKS):
        document = DocumentFactory()
        WorkshopContentPageFactory(body=[file_block(document)])
        load_statistics()
    assert DownloadCount.objects.filter(document=document).exists()
    public = DailyFigure.objects.filter(metric=Metric.PUBLIC_DOWNLOADS)
    assert sum(public.values_list("value", flat=True)) > 0
