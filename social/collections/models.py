"""Collections: a member's (or a community's) list of saved contents and places.

Every member has « Favoris » (created the first time they save something, private) and
as many named collections as they like, private or public. A community's collections
have no owner: its administrators curate them. When a member deletes their account and
keeps their public collections, those lose their owner and their community stays empty:
« Collection d'un ancien membre ».
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from search.analysis import fold

__all__ = ["CollectionItem", "MemberCollection"]

TITLE_LENGTH = 120
DESCRIPTION_LENGTH = 2000
NOTE_LENGTH = 500


class MemberCollection(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="member_collections",
    )
    community = models.ForeignKey(
        "communities.CommunityPage",
        verbose_name=_("community"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="member_collections",
    )
    title = models.CharField(_("title"), max_length=TITLE_LENGTH)
    description = models.TextField(_("description"), max_length=DESCRIPTION_LENGTH, blank=True)
    is_public = models.BooleanField(_("public"), default=False)
    is_favourites = models.BooleanField(_("favourites"), default=False)
    # The title and description folded (search.analysis.fold): /collections/ finds
    # « Démarches » for "demarches" on every database.
    search_text = models.TextField(editable=False, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("collection")
        verbose_name_plural = _("collections")
        ordering = ["-is_favourites", "title", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(owner__isnull=False, community__isnull=False),
                name="collection_owner_or_community",
            ),
            # Favourites are a member's own, private list.
            models.CheckConstraint(
                condition=Q(is_favourites=False)
                | Q(owner__isnull=False, community__isnull=True, is_public=False),
                name="collection_favourites_private",
            ),
            models.UniqueConstraint(
                fields=["owner"],
                condition=Q(is_favourites=True),
                name="collection_one_favourites",
            ),
        ]
        indexes = [
            # /collections/ lists the public ones, latest changed first.
            models.Index(fields=["is_public", "-updated_at"], name="collection_public_idx"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.search_text = fold(f"{self.title}\n{self.description}")
        if "update_fields" in kwargs and kwargs["update_fields"] is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_text"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("collections:detail", args=[self.pk, self.slug])

    @property
    def slug(self) -> str:
        return slugify(self.title)[:60] or "collection"

    @property
    def is_orphan(self) -> bool:
        """Kept after its member deleted their account."""
        return self.owner_id is None and self.community_id is None


class CollectionItem(models.Model):
    collection = models.ForeignKey(
        MemberCollection,
        verbose_name=_("collection"),
        on_delete=models.CASCADE,
        related_name="items",
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="collection_items",
    )
    place = models.ForeignKey(
        "places.Place",
        verbose_name=_("place"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="collection_items",
    )
    note = models.TextField(_("note"), max_length=NOTE_LENGTH, blank=True)
    sort_order = models.PositiveIntegerField(_("order"), default=0)
    added_at = models.DateTimeField(_("added at"), auto_now_add=True)

    class Meta:
        verbose_name = _("saved item")
        verbose_name_plural = _("saved items")
        ordering = ["sort_order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(page__isnull=False, place__isnull=True)
                | Q(page__isnull=True, place__isnull=False),
                name="collection_item_page_or_place",
            ),
            models.UniqueConstraint(
                fields=["collection", "page"],
                condition=Q(page__isnull=False),
                name="collection_item_unique_page",
            ),
            models.UniqueConstraint(
                fields=["collection", "place"],
                condition=Q(place__isnull=False),
                name="collection_item_unique_place",
            ),
        ]
        indexes = [
            models.Index(fields=["collection", "sort_order"], name="collection_item_order_idx"),
        ]

    def __str__(self):
        return f"{self.collection}: {self.page_id or self.place_id}"
