"""What the admin's choosers offer: only what the user may see.

Pages first.
Wagtail's choosers list every page of the tree to any admin user, private
spaces and other people's drafts included. Here a user sees:

- the live pages whose view restrictions they pass (a private space's pages
  for its groups and the hub's editors, as on the public site);
- the pages they may edit: every page under a page where their groups may
  change or publish, their own pages where they may only add (Wagtail's
  ownership rule);
- the root, from which browsing starts.

Superusers see everything. The same rule filters the chooser's queryset hook
(browse and search), the page a browse opens on, the pages chosen by id, and
the pages the link form converts an address to.

Documents and images already follow the "choose" right on their collection;
snippets are the public vocabularies and trainers. Two other choosers showed
what only their editors should see: the workflow tasks (named after the
communities, private ones included) and the search terms visitors typed.
They now answer only those who may edit workflows or search promotions.
The page types report, which names the last edited page of each type, names
the last one the user may see.

The views below are routed before Wagtail's own in rhinocc/urls.py.
"""

import json

from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.db.models import F, Q
from django.http import Http404
from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views import chooser, workflows
from wagtail.admin.views.reports import page_types_usage
from wagtail.contrib.search_promotions import views as search_promotions
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page, Workflow
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.utils.urlpatterns import decorate_urlpatterns

from .restrictions import hidden_from

EDITING_ACTIONS = {"change", "publish"}


def visible_pages(request) -> Q:
    """A filter on pages: those that the request's user may see in a chooser."""
    user = request.user
    if user.is_superuser:
        return Q()
    hidden = hidden_from(request)
    open_pages = Q(live=True) & ~hidden if hidden else Q(live=True)
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(user, EDITING_ACTIONS)
    return open_pages | Q(pk__in=editable.values("pk")) | Q(depth=1)


def filter_page_chooser_queryset(pages, request):
    """The `construct_page_chooser_queryset` hook (browse and search)."""
    return pages.filter(visible_pages(request))


class BrowseView(chooser.BrowseView):
    """Opens only on a page the user may see; browsing by page type starts from the
    nearest such ancestor of the pages of that type."""

    def get_object_list(self):
        visible = Page.objects.filter(visible_pages(self.request))
        if not visible.filter(pk=self.parent_page.pk).exists():
            if self.kwargs.get("parent_page_id"):
                raise Http404
            ancestors = self.parent_page.get_ancestors().filter(pk__in=visible.values("pk"))
            self.parent_page = ancestors.last().specific
        return super().get_object_list()


class ChosenMultipleView(chooser.ChosenMultipleView):
    def get(self, request):
        visible_ids = Page.objects.filter(
            visible_pages(request), pk__in=request.GET.getlist("id")
        ).values_list("pk", flat=True)
        request.GET = request.GET.copy()
        request.GET.setlist("id", [str(pk) for pk in visible_ids])
        return super().get(request)


class ExternalLinkView(chooser.ExternalLinkView):
    """Converts an address to a page link only for a page the user may see: any
    other address stays the external link that was typed."""

    def post(self, request):
        response = super().post(request)
        step = json.loads(response.content)
        page_id = (step.get("internal") or step.get("result") or {}).get("id")
        if page_id and not Page.objects.filter(visible_pages(request), pk=page_id).exists():
            return self.render_chosen_response(self.get_result_data())
        return response


class PageTypesUsageReportView(page_types_usage.PageTypesUsageReportView):
    def decorate_paginated_queryset(self, page_types):
        page_types = super().decorate_paginated_queryset(page_types)
        visible = Page.objects.filter(visible_pages(self.request))
        shown = [item.last_edited_page.pk for item in page_types if item.last_edited_page]
        visible_ids = set(visible.filter(pk__in=shown).values_list("pk", flat=True))
        for item in page_types:
            if item.last_edited_page and item.last_edited_page.pk not in visible_ids:
                # Wagtail's order for the last edited page (page_types_usage.py).
                item.last_edited_page = (
                    visible.filter(content_type=item)
                    .order_by(
                        F("latest_revision_created_at").desc(nulls_last=True), "title", "-pk"
                    )
                    .specific()
                    .first()
                )
        return page_types


def editors_of(model):
    """Lets a view answer only the users who may add, change or delete `model`s."""
    policy = ModelPermissionPolicy(model)

    def decorator(view):
        def restricted_view(request, *args, **kwargs):
            if not policy.user_has_any_permission(request.user, ["add", "change", "delete"]):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return restricted_view

    return decorator


def snippet_chooser_create(request, app_label, model_name):
    """A snippet chooser creates only if it has a creation form.

    Wagtail routes the creation view of every snippet chooser, and without a
    form its POST raised AttributeError (wagtail/admin/views/generic/chooser.py,
    CreateViewMixin.post: `self.form.is_valid()` on None).
    """
    try:
        viewset = apps.get_model(app_label, model_name).snippet_viewset.chooser_viewset
    except (LookupError, AttributeError) as error:
        raise Http404 from error
    if not (viewset.creation_form_class or viewset.form_fields or viewset.exclude_form_fields):
        raise Http404
    return viewset.create_view(request)


workflow_editors = editors_of(Workflow)
search_promotion_editors = editors_of(SearchPromotion)

# Wagtail's own admin URLs are decorated the same way (wagtail/admin/urls/__init__.py).
urlpatterns = decorate_urlpatterns(
    [
        path("choose-page/", BrowseView.as_view()),
        path("choose-page/<int:parent_page_id>/", BrowseView.as_view()),
        path("choose-page/chosen-multiple/", ChosenMultipleView.as_view()),
        path("choose-external-link/", ExternalLinkView.as_view()),
        path("reports/page-types-usage/", PageTypesUsageReportView.as_view()),
        path(
            "reports/page-types-usage/results/",
            PageTypesUsageReportView.as_view(results_only=True),
        ),
        path("snippets/choose/<str:app_label>/<str:model_name>/create/", snippet_chooser_create),
        path("workflows/task_chooser/", workflow_editors(workflows.TaskChooserView.as_view())),
        path(
            "workflows/task_chooser/results/",
            workflow_editors(workflows.TaskChooserResultsView.as_view()),
        ),
        path(
            "workflows/task_chooser/create/",
            workflow_editors(workflows.TaskChooserCreateView.as_view()),
        ),
        path("workflows/task_chooser/<int:task_id>/", workflow_editors(workflows.task_chosen)),
        path("searchpicks/queries/chooser/", search_promotion_editors(search_promotions.chooser)),
        path(
            "searchpicks/queries/chooser/results/",
            search_promotion_editors(search_promotions.chooserresults),
        ),
    ],
    lambda view: never_cache(require_admin_access(view)),
)
