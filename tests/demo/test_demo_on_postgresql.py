"""The demo site migrated and loaded on PostgreSQL (the second CI pass)."""

import pytest
from django.db import connection
from wagtail.models import Page

pytestmark = pytest.mark.usefixtures("demo_site")


@pytest.mark.postgres
@pytest.mark.django_db
def test_the_demo_site_is_migrated_and_loaded_on_postgresql():
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version_num")
        assert int(cursor.fetchone()[0]) >= 150000
    assert Page.objects.live().count() > 80
