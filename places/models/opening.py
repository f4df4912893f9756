"""The weekly intervals a place opens, read from its `horaires` once, when it is saved or
imported, so that « ouvert maintenant » is one indexed EXISTS rather than parsing every
place's hours on every request (places/opening.py fills and queries them)."""

from django.db import models
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class PlaceOpening(models.Model):
    class Kind(models.IntegerChoices):
        # An ordinary day of the week.
        WEEK = 0, _("weekday")
        # A public holiday falling on that day of the week: the `PH` rules have had their say.
        HOLIDAY = 1, _("public holiday")
        # Hours the table cannot say (months, dates, « the first Monday »): one row, no
        # interval, and the place's `horaires` is checked exactly, in Python.
        CHECK = 2, _("to check in full")

    place = models.ForeignKey(
        "places.Place", on_delete=models.CASCADE, related_name="openings", db_index=False
    )
    kind = models.PositiveSmallIntegerField(choices=Kind.choices, default=Kind.WEEK)
    weekday = models.PositiveSmallIntegerField(default=0)  # 0 = Monday
    # Minutes from the day's midnight; `closes` past 1440 runs into the next morning.
    opens = models.PositiveSmallIntegerField(default=0)
    closes = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("opening interval")
        verbose_name_plural = _("opening intervals")
        indexes = [
            # The correlated EXISTS looks up one place's intervals of one kind and day.
            models.Index(
                fields=["place", "kind", "weekday", "opens"], name="places_opening_lookup"
            ),
            # Which places need the exact check (few rows of kind CHECK).
            models.Index(fields=["kind", "weekday"], name="places_opening_kind"),
        ]

    def __str__(self):
        return (
            f"{self.place_id} {self.get_kind_display()} {self.weekday} {self.opens}-{self.closes}"
        )


def on_place_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    from ..opening import refresh_openings

    refresh_openings([instance])


post_save.connect(on_place_saved, sender="places.Place", dispatch_uid="places-openings")
