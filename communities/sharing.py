"""Share links: a secret address that opens one private content, or a whole private space,
read-only, to partners without an account.

The token (256 random bits) is shown once, when the link is created; only its SHA-256
is stored, so the database alone opens nothing. A token that random needs no slow hash:
nobody can guess one, and the lookup by hash cannot be timed to learn one. The stored
hash is compared again in constant time all the same, and the public view is rate limited
per client against anyone trying addresses in bulk.

What a link opens is a subtree: the content and what lies under it, or the space's page
and its contents. Only the live pages of it are served, only while they are still in the
space, and only the files and images their pages show.
"""

import hashlib
import hmac
import secrets

from django.conf import settings
from django.core.cache import cache
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.module_loading import import_string
from wagtail.models import Page

from documents.models import page_document_references

from .models import ShareLink

TOKEN_BYTES = 32
DAY = 24 * 3600


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_link(*, community, page, label: str, expires_at, created_by) -> tuple[ShareLink, str]:
    """A new link and its token, which only this call ever sees."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    link = ShareLink.objects.create(
        community=community,
        page=page,
        label=label,
        expires_at=expires_at,
        created_by=created_by,
        token_hash=hash_token(token),
    )
    return link, token


def share_url(token: str, page_id: int | None = None) -> str:
    if page_id is None:
        return reverse("communities:share", args=[token])
    return reverse("communities:share_page", args=[token, page_id])


def find_link(token: str) -> ShareLink | None:
    """The link of this token, revoked and expired ones included (they answer 410)."""
    if not 20 <= len(token) <= 100:
        return None
    digest = hash_token(token)
    link = ShareLink.objects.select_related("community", "page").filter(token_hash=digest).first()
    if link is None or not hmac.compare_digest(link.token_hash, digest):
        return None
    return link


def shared_pages(link: ShareLink):
    """The live pages the link opens: its root and the live pages under it, still in the
    space (a content moved to another space leaves the link)."""
    root = link.root
    if not root.path.startswith(link.community.path):
        return Page.objects.none()
    return Page.objects.live().filter(path__startswith=root.path)


def shared_document_ids(page_ids) -> set[int]:
    """The files the shared pages offer (Wagtail's reference index: inline panels and
    StreamField blocks alike)."""
    return {
        int(pk)
        for pk in page_document_references()
        .filter(object_id__in=[str(pk) for pk in page_ids])
        .values_list("to_object_id", flat=True)
    }


def count_access(request, link: ShareLink) -> None:
    """One access per client and day: a keyed hash of the client in the cache, gone after
    a day, never its address (as documents.counting does for downloads)."""
    counted_client = import_string(settings.RHINOCC_COUNTED_CLIENT_CALLABLE)
    day = timezone.localdate()
    key = (
        "share-link:"
        + salted_hmac(
            "communities.sharing", f"{day}:{link.pk}:{counted_client(request)}", algorithm="sha256"
        ).hexdigest()[:32]
    )
    if cache.add(key, 1, timeout=DAY):
        ShareLink.objects.filter(pk=link.pk).update(
            access_count=F("access_count") + 1, last_accessed_at=timezone.now()
        )
