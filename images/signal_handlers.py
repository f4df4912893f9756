"""Renditions follow their image's privacy: when a collection turns private or public,
or an image changes collection, renditions stored on the wrong side are removed (and
made again, in the right place, when next shown)."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import CollectionViewRestriction

from .models import CustomImage, CustomRendition
from .privacy import forget_collection_restrictions, is_private_collection, restricted_subtree


def remove_misplaced_renditions(images) -> None:
    """Deletes the renditions of `images` stored on the wrong side of privacy."""
    misplaced = []
    privacy = {}
    for rendition in CustomRendition.objects.filter(image__in=images).select_related("image"):
        collection_id = rendition.image.collection_id
        if collection_id not in privacy:
            privacy[collection_id] = is_private_collection(collection_id)
        if rendition.is_private != privacy[collection_id]:
            misplaced.append(rendition)
    if not misplaced:
        return
    files = [(rendition.file.storage, rendition.file.name) for rendition in misplaced]
    CustomRendition.objects.filter(pk__in=[rendition.pk for rendition in misplaced]).delete()
    # Wagtail deletes the files through a background task; a public copy of a now
    # private image must not wait for a worker.
    transaction.on_commit(lambda: [storage.delete(name) for storage, name in files])


def on_restriction_changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    collections = restricted_subtree(instance.collection)
    remove_misplaced_renditions(CustomImage.objects.filter(collection__in=collections))


def on_image_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        remove_misplaced_renditions([instance])


def register_signal_handlers():
    post_save.connect(on_restriction_changed, sender=CollectionViewRestriction)
    post_delete.connect(on_restriction_changed, sender=CollectionViewRestriction)
    for signal in (post_save, post_delete):
        signal.connect(forget_collection_restrictions, sender=CollectionViewRestriction)
    m2m_changed.connect(
        forget_collection_restrictions, sender=CollectionViewRestriction.groups.through
    )
    post_save.connect(on_image_saved, sender=CustomImage)
