"""Where a page stands in its life (draft, in review, live…) and when its content last changed."""

import hashlib
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext
from wagtail.models import COMMENTS_RELATION_NAME, Page

# Wagtail's bookkeeping (state, dates, tree position) and the promote tab's
# metadata change without the content changing; the title is content.
NOT_CONTENT = {field.name for field in Page._meta.fields} - {"title"} | {
    "pk",
    "page_ptr",
    COMMENTS_RELATION_NAME,
    "content_updated_at",
    "live_content_fingerprint",
}


def content_fingerprint(page) -> str:
    """A digest of what a visitor reads on the page, its inline objects included.

    An inline object removed and added again comes back with a new primary
    key and the same content, so keys are left out; the order is kept.
    """
    data = {
        key: value for key, value in page.serializable_data().items() if key not in NOT_CONTENT
    }
    for key, value in data.items():
        if isinstance(value, list) and all(isinstance(item, dict) for item in value):
            data[key] = [{k: v for k, v in item.items() if k != "pk"} for item in value]
    encoded = json.dumps(data, sort_keys=True, cls=DjangoJSONEncoder)
    return hashlib.sha256(encoded.encode()).hexdigest()


class ContentUpdatedMixin(models.Model):
    """A "mis à jour le" date that moves only when a publication changes the content.

    `last_published_at` moves on every publication, even one that changes
    nothing a visitor can see (republishing, a scheduled publication of the
    same text, a change of slug or menu setting), which would mislead a
    Qualiopi audit or a mediator checking how fresh a content is.
    """

    content_updated_at = models.DateTimeField(_("updated on"), null=True, editable=False)
    live_content_fingerprint = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        abstract = True

    def with_content_json(self, content):
        # Both fields describe the live page, not a revision: keep them when a
        # revision (an old one, for a revert) is turned back into a page.
        page = super().with_content_json(content)
        page.content_updated_at = self.content_updated_at
        page.live_content_fingerprint = self.live_content_fingerprint
        return page


def record_content_update(sender, instance, **kwargs):
    """On `page_published`: date the content if it differs from what was live."""
    if not isinstance(instance, ContentUpdatedMixin) or not instance.live:
        return
    # Read back from the database: values built from a revision's JSON can be
    # written differently (a Decimal "7" is "7.0" once stored) for the same content.
    fingerprint = content_fingerprint(type(instance).objects.get(pk=instance.pk))
    if fingerprint == instance.live_content_fingerprint:
        return
    instance.content_updated_at = instance.last_published_at or timezone.now()
    instance.live_content_fingerprint = fingerprint
    type(instance).objects.filter(pk=instance.pk).update(
        content_updated_at=instance.content_updated_at, live_content_fingerprint=fingerprint
    )


def status_label(page) -> str:
    """The page's state in the words of the hub: brouillon, en relecture, publié…"""
    # A context keeps these apart from Wagtail's own "draft", "live"… msgids.
    if page.pk is None:
        return pgettext("page status", "draft")
    if getattr(page, "approved_schedule", False):
        return pgettext("page status", "scheduled")
    if not page.live and page.expired:
        return pgettext("page status", "expired")
    if page.workflow_in_progress:
        return pgettext("page status", "in review")
    if page.live and page.has_unpublished_changes:
        return pgettext("page status", "live, with unpublished changes")
    if page.live:
        return pgettext("page status", "live")
    return pgettext("page status", "draft")
