"""What invalidates the page cache: anything a published page shows."""

from django.apps import apps
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from .page_cache import invalidate_all_pages

# Models whose changes appear on published pages without a page being republished.
SHOWN_ON_PAGES = [
    "taxonomy.Competency",
    "taxonomy.CompetencyDomain",
    "taxonomy.Public",
    "taxonomy.Theme",
    "taxonomy.SupportType",
    "taxonomy.Licence",
    "taxonomy.Department",
    "catalogue.Trainer",
    # Seats left, on module and catalogue pages.
    "catalogue.TrainingSession",
    "catalogue.Registration",
    # The module page's results (Qualiopi indicator 2).
    "catalogue.SatisfactionSurvey",
    "catalogue.Attendance",
    "documents.CustomDocument",
    "images.CustomImage",
    "home.SiteSettings",
    "wagtailcore.Site",
    "wagtailcore.PageViewRestriction",
    "wagtailcore.CollectionViewRestriction",
    # Members' recommendations, their replies, and whether a content shows them.
    "social.Recommendation",
    "social.FeedbackReply",
    "social.FeedbackSetting",
    # The search page's promoted results (its copies shared by anonymous visitors).
    "wagtailsearchpromotions.SearchPromotion",
]


# Wagtail stores an image's or a document's size and hash the first time they are read:
# the same file, nothing a page shows changes.
BOOKKEEPING_FIELDS = {"file_size", "file_hash"}


def invalidate_on_save(sender, instance, update_fields=None, **kwargs):
    if update_fields and set(update_fields) <= BOOKKEEPING_FIELDS:
        return
    if getattr(instance, "created_empty", False):  # home.SiteSettings.read_or_create
        return
    invalidate_all_pages()


def connect():
    page_published.connect(invalidate_all_pages, dispatch_uid="page-cache-published")
    page_unpublished.connect(invalidate_all_pages, dispatch_uid="page-cache-unpublished")
    post_page_move.connect(invalidate_all_pages, dispatch_uid="page-cache-moved")
    post_delete.connect(
        invalidate_all_pages, sender="wagtailcore.Page", dispatch_uid="page-cache-deleted"
    )
    for label in SHOWN_ON_PAGES:
        model = apps.get_model(label)
        post_save.connect(invalidate_on_save, sender=model, dispatch_uid=f"page-cache-{label}")
        post_delete.connect(
            invalidate_all_pages, sender=model, dispatch_uid=f"page-cache-{label}-deleted"
        )
