"""The demo's reports: new ones for the queue, processed ones with their outcome; loading
again adds nothing; private contents are never the demo's targets."""

import pytest

from demo.reports import load_reports
from social.models import Recommendation, Report
from tests.factories.accounts import UserFactory, hub_editor
from tests.factories.catalogue import TrainingModulePageFactory
from tests.factories.communities import CommunityPageFactory
from tests.factories.kits import KitPageFactory, ResourcePageFactory, WorkshopContentPageFactory

pytestmark = pytest.mark.django_db


def test_the_demo_has_new_and_processed_reports_once():
    editor = hub_editor()
    WorkshopContentPageFactory(parent=CommunityPageFactory(is_private=True), title="Privé")
    contents = WorkshopContentPageFactory.create_batch(2)
    ResourcePageFactory()
    KitPageFactory()
    TrainingModulePageFactory()
    Recommendation.objects.create(
        page=contents[0], author=UserFactory(), level=1, comment="Trop vieux."
    )
    load_reports()
    assert Report.objects.new().count() == 4
    assert Report.objects.new().filter(recommendation__isnull=False).count() == 1
    processed = Report.objects.filter(state=Report.State.PROCESSED)
    assert set(processed.values_list("outcome", flat=True)) == {
        Report.Outcome.DISMISSED,
        Report.Outcome.AUTHOR_ASKED,
    }
    assert all(report.processed_by == editor for report in processed)
    assert not Report.objects.filter(page__title="Privé").exists()
    load_reports()
    assert Report.objects.count() == 6
