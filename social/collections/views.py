"""The collections' pages: public listing and pages, saving a content, a curator's tools.

Everything works without JavaScript: each change is a POST form that comes back to the
collection's page; collection.js only adds drag and drop, posting the new order to the
same endpoint as the buttons' fallback. Nothing here is cached: the public pages are
Django views that the page cache (Wagtail pages only) does not keep.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from wagtail.models import Page

from communities.membership import managed_communities
from core.pagination import paginate
from core.restrictions import visible_to
from documents.bundles import (
    COMPRESSIBLE_EXTENSIONS,
    archive_names,
    readme_text,
    stream_zip,
    visible_documents,
)
from documents.views import DOWNLOAD_POLICY
from places.models import Place
from search.analysis import fold

from .access import (
    collection_for,
    curated_by,
    curated_collection,
    favourites_of,
    is_saveable,
    public_collections,
    shown_items,
    with_item_counts,
)
from .forms import FAVOURITES, NEW, CollectionForm, NoteForm, SaveForm
from .models import CollectionItem, MemberCollection

PER_PAGE = 20
MAX_QUERY_LENGTH = 100
MAX_REORDERED = 1000


@require_safe
def index(request):
    """/collections/: the public collections, latest changed first, with a search box."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    collections = public_collections(request)
    if query:
        collections = collections.filter(search_text__contains=fold(query))
    community = request.GET.get("communaute", "")
    if community.isdigit():
        collections = collections.filter(community_id=int(community))
    page_obj = paginate(
        request, with_item_counts(collections).order_by("-updated_at", "pk"), PER_PAGE
    )
    return render(
        request,
        "social/collections/index.html",
        {"page_obj": page_obj, "collections": page_obj.object_list, "query": query},
    )


@require_safe
def member_collections(request, username):
    """A member's public page of collections: their public ones, no other detail."""
    member = get_object_or_404(get_user_model(), username=username, is_active=True)
    collections = with_item_counts(
        MemberCollection.objects.filter(owner=member, is_public=True)
    ).order_by("title", "pk")
    page_obj = paginate(request, collections, PER_PAGE)
    return render(
        request,
        "social/collections/member.html",
        {"member": member, "page_obj": page_obj, "collections": page_obj.object_list},
    )


@login_required
@require_safe
def mine(request):
    """My collections (and my communities'), « Favoris » first."""
    favourites_of(request.user)
    collections = with_item_counts(curated_by(request.user)).order_by(
        "-is_favourites", "community__title", "title", "pk"
    )
    page_obj = paginate(request, collections, PER_PAGE)
    return render(
        request,
        "social/collections/mine.html",
        {"page_obj": page_obj, "collections": page_obj.object_list},
    )


@require_safe
def detail(request, pk, slug):
    collection = collection_for(request, pk)
    if slug != collection.slug:
        return redirect(collection.get_absolute_url(), permanent=False)
    items = shown_items(request, collection.items.select_related("place"))
    return render(
        request,
        "social/collections/detail.html",
        {"collection": collection, "items": items},
    )


def managed_community_list(user):
    return list(managed_communities(user).live()) if user.is_authenticated else []


@login_required
@require_http_methods(["GET", "POST"])
def create(request):
    form = CollectionForm(
        request.POST or None,
        instance=MemberCollection(owner=request.user),
        communities=managed_community_list(request.user),
    )
    if request.method == "POST" and form.is_valid():
        collection = form.save()
        return redirect(collection.get_absolute_url())
    return render(request, "social/collections/form.html", {"form": form, "collection": None})


@login_required
@require_http_methods(["GET", "POST"])
def edit(request, pk):
    collection = curated_collection(request, pk)
    form = CollectionForm(request.POST or None, instance=collection)
    if request.method == "POST" and form.is_valid():
        form.save()
        return redirect(collection.get_absolute_url())
    return render(
        request, "social/collections/form.html", {"form": form, "collection": collection}
    )


@login_required
@require_http_methods(["GET", "POST"])
def delete(request, pk):
    collection = curated_collection(request, pk)
    if request.method == "POST":
        collection.delete()
        return redirect("collections:mine")
    return render(
        request,
        "social/collections/delete.html",
        {"collection": collection, "item_count": collection.items.count()},
    )


def saved_object(request):
    """The content or place of `?page=` / `?lieu=` (or the POST's), if this visitor may
    open it; else 404."""
    data = request.POST if request.method == "POST" else request.GET
    try:
        if data.get("lieu"):
            return get_object_or_404(Place.objects.published(), pk=int(data["lieu"]))
        page_id = int(data.get("page", ""))
    except ValueError:
        raise Http404 from None
    page = get_object_or_404(visible_to(Page.objects.live(), request), pk=page_id).specific
    if not is_saveable(page):
        raise Http404
    return page


def back_url(request, saved) -> str:
    """Where « Retour » leads: the page the member came from if it is ours, else the
    content itself."""
    came_from = request.POST.get("next") or request.GET.get("next", "")
    if came_from and url_has_allowed_host_and_scheme(
        came_from, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return came_from
    return saved.get_absolute_url() if isinstance(saved, Place) else saved.get_url(request)


def item_lookup(saved) -> dict:
    return {"place": saved} if isinstance(saved, Place) else {"page": saved}


@login_required
@require_http_methods(["GET", "POST"])
def save(request):
    """« Enregistrer « X » »: choose favourites, one of my collections or a new one."""
    saved = saved_object(request)
    collections = list(curated_by(request.user).select_related("community"))
    form = SaveForm(request.POST or None, collections=collections)
    lookup = item_lookup(saved)
    already = [
        collection
        for collection in MemberCollection.objects.filter(
            pk__in=CollectionItem.objects.filter(
                collection__in=[c.pk for c in collections], **lookup
            ).values("collection")
        )
    ]
    if request.method == "POST" and form.is_valid():
        target = form.cleaned_data["target"]
        with transaction.atomic():
            if target == FAVOURITES:
                collection = favourites_of(request.user)
            elif target == NEW:
                collection = MemberCollection.objects.create(
                    owner=request.user, title=form.cleaned_data["new_title"].strip()
                )
            else:
                collection = form.collections[target]
            add_item(collection, lookup, form.cleaned_data["note"])
        return redirect(back_url(request, saved))
    return render(
        request,
        "social/collections/save.html",
        {
            "form": form,
            "saved": saved,
            "saved_title": saved.nom if isinstance(saved, Place) else saved.title,
            "lookup": "lieu" if isinstance(saved, Place) else "page",
            "already": already,
            "back_url": back_url(request, saved),
        },
    )


def add_item(collection: MemberCollection, lookup: dict, note: str) -> None:
    """Adds the content at the end of the collection; already there, its note is kept
    unless a new one is given."""
    existing = collection.items.filter(**lookup).first()
    if existing is not None:
        if note:
            existing.note = note
            existing.save(update_fields=["note"])
        return
    last = collection.items.aggregate(last=Max("sort_order"))["last"]
    try:
        with transaction.atomic():
            collection.items.create(
                sort_order=0 if last is None else last + 1, note=note, **lookup
            )
    except IntegrityError:
        # The same save sent twice at once: the first one is there.
        return
    MemberCollection.objects.filter(pk=collection.pk).update(updated_at=timezone.now())


def curated_item(request, pk, item_pk) -> CollectionItem:
    collection = curated_collection(request, pk)
    return get_object_or_404(collection.items, pk=item_pk)


def renumber(collection: MemberCollection, ordered_ids: list[int]) -> None:
    items = {item.pk: item for item in collection.items.all()}
    order = [pk for pk in ordered_ids if pk in items]
    order += [pk for pk in items if pk not in order]
    changed = []
    for position, pk in enumerate(order):
        if items[pk].sort_order != position:
            items[pk].sort_order = position
            changed.append(items[pk])
    CollectionItem.objects.bulk_update(changed, ["sort_order"])


@login_required
@require_POST
def move(request, pk, item_pk):
    """The up/down buttons, without JavaScript."""
    item = curated_item(request, pk, item_pk)
    ids = list(item.collection.items.values_list("pk", flat=True))
    index = ids.index(item.pk)
    step = -1 if request.POST.get("direction") == "up" else 1
    if 0 <= index + step < len(ids):
        ids[index], ids[index + step] = ids[index + step], ids[index]
        renumber(item.collection, ids)
    return redirect(f"{item.collection.get_absolute_url()}#element-{item.pk}")


@login_required
@require_POST
def reorder(request, pk):
    """The order collection.js posts after a drag and drop: `item` repeated, in order.
    Ids of other collections are ignored; items left out keep their relative order after."""
    collection = curated_collection(request, pk)
    try:
        ids = [int(value) for value in request.POST.getlist("item")[:MAX_REORDERED]]
    except ValueError:
        return HttpResponse(
            "Ordre illisible.", status=400, content_type="text/plain; charset=utf-8"
        )
    renumber(collection, ids)
    if request.headers.get("x-requested-with") == "fetch":
        return HttpResponse(status=204)
    return redirect(collection.get_absolute_url())


@login_required
@require_POST
def remove(request, pk, item_pk):
    item = curated_item(request, pk, item_pk)
    item.delete()
    return redirect(item.collection.get_absolute_url())


@login_required
@require_http_methods(["GET", "POST"])
def note(request, pk, item_pk):
    item = curated_item(request, pk, item_pk)
    form = NoteForm(request.POST or None, initial={"note": item.note})
    if request.method == "POST" and form.is_valid():
        item.note = form.cleaned_data["note"]
        item.save(update_fields=["note"])
        return redirect(f"{item.collection.get_absolute_url()}#element-{item.pk}")
    shown = shown_items(request, [item])[0]
    return render(
        request,
        "social/collections/note.html",
        {"form": form, "item": shown, "collection": item.collection},
    )


def collection_documents(request, items) -> tuple[list, list[str]]:
    """The files of the contents this visitor may open, each once, in the collection's
    order and each content's own order; and the title of the content each comes from.
    A query or two per content: a download, not a listing."""
    documents, origins, seen = [], [], set()
    for shown in items:
        if shown.content is None:
            continue
        for document in visible_documents(request, shown.content.get_downloads()):
            if document.pk not in seen:
                seen.add(document.pk)
                documents.append(document)
                origins.append(shown.content.title)
    return documents, origins


@require_safe
def download(request, pk):
    """The collection's files as one ZIP with a LISEZMOI (documents.bundles)."""
    collection = collection_for(request, pk)
    items = shown_items(request, collection.items.select_related("place"))
    documents, origins = collection_documents(request, items)
    if not documents:
        return render(
            request, "social/collections/no_files.html", {"collection": collection}, status=404
        )
    names = archive_names(documents)
    readme = readme_text(
        collection.title,
        request.build_absolute_uri(collection.get_absolute_url()),
        documents,
        names,
        origins,
    )
    entries = (
        (name, document.file, document.extension in COMPRESSIBLE_EXTENSIONS)
        for name, document in zip(names, documents, strict=True)
    )
    response = StreamingHttpResponse(stream_zip(entries, readme), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{collection.slug}.zip"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = DOWNLOAD_POLICY
    return response
