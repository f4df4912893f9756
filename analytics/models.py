"""The hub's statistics: one raw counter (page views) and the daily figures built from
every raw table by `manage.py aggregate_statistics`.

The dashboards read `DailyFigure` only: a year of activity is a few thousand rows per
metric, summed by month in the database, whatever the number of visits behind them.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PageView(models.Model):
    """How many visitors opened a page on a day, counted as downloads are
    (`analytics.counting`): no address, account, cookie or user agent is stored."""

    day = models.DateField(_("day"))
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    count = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("page view count")
        verbose_name_plural = _("page view counts")
        constraints = [
            models.UniqueConstraint(fields=["day", "page"], name="one_view_count_per_page_per_day")
        ]

    def __str__(self):
        return f"{self.day} {self.page_id} ({self.count})"


class Metric(models.TextChoices):
    """What a daily figure counts, and what its `dimension` holds ("" for a total).

    Flows count what happened that day; snapshots (`SNAPSHOTS`) what existed at the end
    of it, so the latest one is the current figure.
    """

    VIEWS = "views", _("Page views")
    DOWNLOADS = "downloads", _("Downloads")
    # Views and downloads of the pages anybody may open: the public page's only source.
    PUBLIC_VIEWS = "public_views", _("Page views (public pages)")
    PUBLIC_DOWNLOADS = "public_downloads", _("Downloads (public contents)")
    PAGE_VIEWS = "page_views", _("Views of a page")  # dimension: page id
    PAGE_DOWNLOADS = "page_downloads", _("Downloads of a content's files")  # page id
    UNANSWERED_SEARCHES = "unanswered", _("Searches without results")  # folded query
    SAVES = "saves", _("Saves into a collection")  # page id
    RATINGS = "ratings", _("Ratings")  # page id
    RECOMMENDED = "recommended", _("Recommended or highly recommended")  # page id
    PUBLISHED = "published", _("Contents published")
    PUBLIC_PUBLISHED = "public_published", _("Public contents published")
    COMMUNITY_PUBLISHED = "community_published", _("Contents published in a community")
    DEPARTMENT_PUBLISHED = "department_published", _("Contents published in a département")
    NEW_MEMBERS = "new_members", _("New members")
    SESSIONS = "sessions", _("Training sessions started")
    TRAINED = "trained", _("People trained")
    # Snapshots.
    CONTENTS = "contents", _("Public contents online")
    PLACES = "places", _("Places on the map")  # "" or a département's code
    COMMUNITIES = "communities", _("Communities")
    MEMBERS = "members", _("Members")


SNAPSHOTS = (Metric.CONTENTS, Metric.PLACES, Metric.COMMUNITIES, Metric.MEMBERS)
# Rankings (per page, per query, per community…) are kept per month, on the month's first
# day: the dashboards choose whole months, and a year of a thousand pages is then 12,000
# rows instead of 365,000.
MONTHLY = (
    Metric.PAGE_VIEWS,
    Metric.PAGE_DOWNLOADS,
    Metric.UNANSWERED_SEARCHES,
    Metric.SAVES,
    Metric.RATINGS,
    Metric.RECOMMENDED,
    Metric.COMMUNITY_PUBLISHED,
    Metric.DEPARTMENT_PUBLISHED,
)


class DailyFigure(models.Model):
    """A metric's value on a day (a month's first day for the `MONTHLY` ones)."""

    day = models.DateField(_("day"))
    metric = models.CharField(_("metric"), max_length=30, choices=Metric)
    dimension = models.CharField(_("dimension"), max_length=200, blank=True)
    value = models.PositiveIntegerField(_("value"))

    class Meta:
        verbose_name = _("daily figure")
        verbose_name_plural = _("daily figures")
        constraints = [
            models.UniqueConstraint(
                fields=["metric", "day", "dimension"], name="one_figure_per_metric_day_dimension"
            )
        ]
        # Covering: a month's sums and a period's ranking read the index only.
        indexes = [models.Index(fields=["metric", "day", "dimension", "value"])]

    def __str__(self):
        return f"{self.day} {self.metric} {self.dimension}={self.value}"
