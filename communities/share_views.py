"""The public side of share links (communities.sharing): /partage/<token>/.

A shared page is rendered as its public page would be, for an anonymous visitor (whoever
opens the link, logged in or not: a partner sees what the link gives, nothing of an
account), with a banner, and its links rewritten: the pages of the shared subtree, their
files and images lead to addresses under the link; everything else keeps its own address,
which refuses a visitor without the right to it as before.

Never stored by any cache (the page cache only keeps pages Wagtail serves, and every
answer here says `private, no-store`), never indexed, no referrer sent onwards.
"""

import re

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.utils import verify_signature
from wagtail.images.views.serve import ServeView
from wagtail.utils import sendfile_streaming_backend
from wagtail.utils.sendfile import sendfile

from accounts.clients import counted_client
from accounts.ratelimit import is_allowed
from core.restrictions import open_subtree
from documents.counting import count_download
from documents.views import DOWNLOAD_POLICY, apply_range, starts_at_first_byte
from images.privacy import open_collection, restricted_subtree

from .sharing import count_access, find_link, share_url, shared_document_ids, shared_pages

HOUR = 3600
# A partner browsing a space opens a few dozen pages and files an hour; addresses tried
# in bulk are refused long before they could matter (and a token cannot be guessed).
REQUESTS_PER_HOUR = 300
MISSES_PER_HOUR = 10

DOCUMENT_LINK = re.compile(r'href="/documents/(\d+)/([^"?#]+)(?:[?#][^"]*)?"')
# Wagtail's checked image path (site/urls.py), in src and srcset attributes.
IMAGE_PATH = re.compile(r'(?<=["\s,])/images/([^/"\s]+)/(\d+)/([^/"\s]+)/([^"\s,]*)')


def private_answer(response):
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response


def unavailable(request, status: int):
    return private_answer(
        render(request, "communities/share/unavailable.html", {"status": status}, status=status)
    )


def active_link(request, token: str):
    """The link of this token, or the French answer that refuses it."""
    client = counted_client(request)
    if not is_allowed("share-link", client, REQUESTS_PER_HOUR, HOUR):
        return None, unavailable(request, 429)
    link = find_link(token)
    if link is None:
        status = 404 if is_allowed("share-link-miss", client, MISSES_PER_HOUR, HOUR) else 429
        return None, unavailable(request, status)
    if not link.is_active():
        return None, unavailable(request, 410)
    return link, None


@require_safe
def shared_page(request, token: str, page_id: int | None = None):
    link, refusal = active_link(request, token)
    if refusal is not None:
        return refusal
    pages = shared_pages(link)
    target = pages.filter(pk=page_id or link.root.pk).first()
    if target is None:
        return unavailable(request, 404)
    count_access(request, link)
    return private_answer(render_shared(request, link, token, target.specific, pages))


def render_shared(request, link, token: str, page, pages):
    request.user = AnonymousUser()
    request.is_preview = False
    open_subtree(request, link.root)
    access = getattr(link.community, "access", None)
    if access is not None and access.collection is not None:
        open_collection(request, access.collection)
    context = page.get_context(request)
    context["share_access"] = {
        "label": link.label,
        "home_url": share_url(token),
        "expires_at": link.expires_at,
        "is_space": link.page_id is None,
    }
    response = TemplateResponse(request, page.get_template(request), context).render()
    html = response.content.decode()
    html = rewrite_page_links(html, request, token, link, pages)
    html = rewrite_file_links(html, token, {page.pk})
    html = IMAGE_PATH.sub(lambda m: f"/partage/{token}/images/{'/'.join(m.groups())}", html)
    response.content = html.encode()
    return response


def rewrite_page_links(html: str, request, token: str, link, pages) -> str:
    for shared in pages.only("pk", "path", "depth", "url_path"):
        url = shared.get_url(request)
        if url:
            target = share_url(token) if shared.pk == link.root.pk else share_url(token, shared.pk)
            html = html.replace(f'href="{url}"', f'href="{target}"')
    return html


def rewrite_file_links(html: str, token: str, page_ids) -> str:
    """The files the shown page offers lead to the link's downloads."""
    offered = shared_document_ids(page_ids)

    def replace(match):
        if int(match.group(1)) not in offered:
            return match.group(0)
        return f'href="/partage/{token}/fichiers/{match.group(1)}/{match.group(2)}"'

    return DOCUMENT_LINK.sub(replace, html)


@require_safe
def shared_file(request, token: str, document_id: int, filename: str):
    """A file one of the shared pages offers; any other is refused as unknown."""
    link, refusal = active_link(request, token)
    if refusal is not None:
        return refusal
    page_ids = list(shared_pages(link).values_list("pk", flat=True))
    if document_id not in shared_document_ids(page_ids):
        return unavailable(request, 404)
    document = get_object_or_404(get_document_model(), pk=document_id)
    if document.filename != filename:
        return unavailable(request, 404)
    return private_answer(send_document(request, document))


def send_document(request, document):
    """What documents.views.serve_document sends once Wagtail has checked the rights,
    which the link stands for here: attachment, sandbox, ranges, the anonymous counter."""
    try:
        local_path = document.file.path
    except NotImplementedError:
        # Object storage: its signed URL, which soon expires, sends the file as an attachment.
        count_download(request, document_id=document.pk)
        return redirect(document.file.url)
    options = {
        "attachment": True,
        "attachment_filename": document.filename,
        "mimetype": document.content_type,
    }
    if not hasattr(settings, "SENDFILE_BACKEND"):
        options["backend"] = sendfile_streaming_backend.sendfile
    response = sendfile(request, local_path, **options)
    del response["Content-Encoding"]
    response["X-Content-Type-Options"] = "nosniff"
    if "X-Accel-Redirect" in response:
        del response["Content-Length"]
    elif response.status_code == 200:
        response["Accept-Ranges"] = "bytes"
        response = apply_range(request, response)
    if response.status_code in (200, 206):
        response["Content-Security-Policy"] = DOWNLOAD_POLICY
        if request.method == "GET" and starts_at_first_byte(request):
            count_download(request, document_id=document.pk)
    return response


class SharedImageView(ServeView):
    """An image the shared page shows: its signed address proves the page rendered it; it
    must belong to the space's files (or be public)."""

    def get(self, request, token, signature, image_id, filter_spec, filename=None):
        link, refusal = active_link(request, token)
        if refusal is not None:
            return refusal
        if not verify_signature(signature.encode(), image_id, filter_spec, key=self.key):
            raise Http404
        image = get_object_or_404(get_image_model(), id=image_id)
        access = getattr(link.community, "access", None)
        in_space = access is not None and (
            restricted_subtree(access.collection).filter(pk=image.collection_id).exists()
            if access.collection is not None
            else False
        )
        if not (in_space or not image.collection.get_view_restrictions()):
            raise Http404
        return private_answer(super().get(request, signature, image_id, filter_spec, filename))


shared_image = SharedImageView.as_view()
