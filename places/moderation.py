"""The moderation queue of the census (admin): the proposals, filtered and paginated, and
the review screen where a hub editor sees a proposal beside the current record, edits
it, then accepts it (the place is created published, or updated) or refuses it with a
message. The proposer gets a mail either way.

Who: the hub's editors and superusers, those who manage every place
(`PlacePermissionPolicy.manages_every_place`). Community administrators do not moderate
the census: a proposal for a new place belongs to no community yet.

A proposal is treated once: the decision claims it with an update conditioned on its
state, so a double submit or two editors at once get a French message, never a second
place.
"""

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permission_policies import BasePermissionPolicy
from wagtail.permissions import policy_registry

from core.admin_menu import QueueMenuItem
from taxonomy.vocabularies import DEPARTMENTS

from .census.forms import REVIEW_FIELDS, PlaceValuesForm
from .census.mail import send_proposer_mail
from .exporting import hub_source
from .models import Place, Proposal

MODERATED_ACTIONS = frozenset({"view", "change"})


class ProposalPermissionPolicy(BasePermissionPolicy):
    """Viewing and treating proposals is for those who manage every place; nobody adds
    one here (the census does) nor deletes one (the queue is the census's history)."""

    def user_has_permission(self, user, action):
        if action not in MODERATED_ACTIONS or not user.is_active:
            return False
        return policy_registry.get_by_type(Place).manages_every_place(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        return policy_registry.get_by_type(Place).users_with_permission("change")

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions)

    def instances_user_has_any_permission_for(self, user, actions):
        if self.user_has_any_permission(user, actions):
            return self.model._default_manager.all()
        return self.model._default_manager.none()


def policy() -> ProposalPermissionPolicy:
    return policy_registry.get_by_type(Proposal)


class ProposalFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        label=gettext_lazy("State"), choices=Proposal.State.choices
    )
    kind = django_filters.ChoiceFilter(label=gettext_lazy("Kind"), choices=Proposal.Kind.choices)
    department = django_filters.ChoiceFilter(
        label=gettext_lazy("Département"),
        field_name="department_code",
        choices=[(code, f"{name} ({code})") for code, name in DEPARTMENTS],
    )

    class Meta:
        model = Proposal
        fields = []


LIST_DISPLAY = [
    TitleColumn(
        "name",
        label=gettext_lazy("Place"),
        url_name="places_proposals:edit",
        sort_key="data__nom",
    ),
    Column("commune", label=gettext_lazy("Commune")),
    Column("kind", label=gettext_lazy("Kind"), accessor="get_kind_display"),
    Column("department_name", label=gettext_lazy("Département"), sort_key="department_code"),
    Column("state", label=gettext_lazy("State"), accessor="get_state_display", sort_key="state"),
    DateColumn("created_at", label=gettext_lazy("Sent on"), sort_key="created_at"),
]


class ProposalMenuItem(QueueMenuItem):
    """« Propositions (3) »: the count of proposals to be reviewed, for those who may."""

    model = Proposal
    waiting_state = Proposal.State.PENDING


class ReviewForm(PlaceValuesForm):
    """The editor's form: every value of the proposal, under the standard's names."""

    class Meta(PlaceValuesForm.Meta):
        fields = REVIEW_FIELDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.label = capfirst(field.label)
        self.fields["presentation_detail"].widget.attrs["rows"] = 4


class RefusalForm(forms.Form):
    message = forms.CharField(
        label=gettext_lazy("Message to the proposer"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("Why the proposal is not published; sent to the proposer as is."),
        error_messages={"required": gettext_lazy("Say why, for the proposer.")},
    )


class AlreadyTreated(Exception):
    pass


def claim(proposal: Proposal, user, state: str, **fields) -> None:
    """Marks the proposal treated, if nobody did first (AlreadyTreated otherwise)."""
    claimed = Proposal.objects.filter(pk=proposal.pk, state=Proposal.State.PENDING).update(
        state=state, treated_at=timezone.now(), treated_by=user, **fields
    )
    if not claimed:
        raise AlreadyTreated


def accept(proposal: Proposal, form: ReviewForm, user) -> Place:
    """Publishes a new place, or writes the values onto the existing one; `date_maj`
    becomes today."""
    with transaction.atomic():
        claim(proposal, user, Proposal.State.ACCEPTED)
        place = form.save(commit=False)
        place.date_maj = timezone.localdate()
        if proposal.kind == Proposal.Kind.NEW:
            place.status = Place.Status.PUBLISHED
            # Collected by the hub's census (the standard's `source`).
            place.source = hub_source()
        elif not place.source:
            place.source = hub_source()
        place.save()
        Proposal.objects.filter(pk=proposal.pk).update(place=place)
    proposal.refresh_from_db()
    return place


def refuse(proposal: Proposal, message: str, user) -> None:
    claim(proposal, user, Proposal.State.REFUSED, refusal_message=message)
    proposal.refresh_from_db()


def display(value) -> str:
    if value in (None, "", []):
        return "—"
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, list):
        return " ; ".join(str(item) for item in value)
    return str(value)


def same(current, proposed) -> bool:
    empty = (None, "", [])
    if current in empty and proposed in empty:
        return True
    if isinstance(current, float) or isinstance(proposed, float):
        return current is not None and proposed is not None and abs(current - proposed) < 1e-6
    return current == proposed


class ReviewView(WagtailAdminTemplateMixin, TemplateView):
    """A proposal beside the current record: the editor edits, then accepts or refuses."""

    template_name = "places/admin/moderation/review.html"
    header_icon = "form"
    index_url_name = "places_proposals:index"

    def dispatch(self, request, *args, **kwargs):
        if not policy().user_has_permission(request.user, "change"):
            raise PermissionDenied
        self.proposal = get_object_or_404(
            Proposal.objects.select_related("place", "treated_by"), pk=kwargs["pk"]
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Proposal: %(name)s") % {"name": self.proposal.name}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": _("Place proposals")},
            {"url": "", "label": self.proposal.name},
        ]

    def target(self) -> Place:
        """The place the values go onto: the current record, or a new one."""
        if self.proposal.kind == Proposal.Kind.UPDATE and self.proposal.place is not None:
            return self.proposal.place
        return Place()

    def review_form(self, data=None) -> ReviewForm:
        return ReviewForm(data, instance=self.target(), initial=self.proposal.data)

    def get(self, request, *args, **kwargs):
        return self.render_to_response(
            self.get_context_data(form=self.review_form(), refusal=RefusalForm())
        )

    def post(self, request, *args, **kwargs):
        proposal = self.proposal
        if not proposal.is_pending:
            return self.treated_already()
        if proposal.kind == Proposal.Kind.UPDATE and proposal.place is None:
            messages.error(request, _("The place of this proposal has been deleted since."))
            return redirect(request.path)
        form, refusal = self.review_form(), RefusalForm()
        census_link = request.build_absolute_uri(reverse("places:census"))
        try:
            if request.POST.get("decision") == "accept":
                form = self.review_form(request.POST)
                if form.is_valid():
                    place = accept(proposal, form, request.user)
                    send_proposer_mail(
                        proposal,
                        _("%(name)s is on the map of RhinOcc") % {"name": place.nom},
                        "accepted.txt",
                        {
                            "place": place,
                            "place_link": request.build_absolute_uri(place.get_absolute_url()),
                            "census_link": census_link,
                        },
                    )
                    messages.success(
                        request,
                        _("« %(name)s » is published; the proposer has been told.")
                        % {"name": place.nom},
                    )
                    return redirect(self.next_url())
            elif request.POST.get("decision") == "refuse":
                refusal = RefusalForm(request.POST)
                if refusal.is_valid():
                    refuse(proposal, refusal.cleaned_data["message"], request.user)
                    send_proposer_mail(
                        proposal,
                        _("Your proposal for %(name)s on RhinOcc") % {"name": proposal.name},
                        "refused.txt",
                        {"census_link": census_link},
                    )
                    messages.success(
                        request,
                        _("The proposal is refused; the proposer has been told."),
                    )
                    return redirect(self.next_url())
        except AlreadyTreated:
            return self.treated_already()
        messages.error(request, _("The proposal could not be treated: see the errors below."))
        return self.render_to_response(
            self.get_context_data(form=form, refusal=refusal), status=200
        )

    def next_url(self) -> str:
        return f"{reverse(self.index_url_name)}?state={Proposal.State.PENDING}"

    def treated_already(self):
        self.proposal.refresh_from_db()
        messages.error(
            self.request,
            _("This proposal has already been treated (%(state)s): nothing was changed.")
            % {"state": self.proposal.get_state_display()},
        )
        return redirect(self.request.path)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        proposal = self.proposal
        current = proposal.place if proposal.kind == Proposal.Kind.UPDATE else None
        form = kwargs.get("form")
        rows = []
        if form is not None:
            for name in REVIEW_FIELDS:
                proposed = proposal.data.get(name)
                row = {"field": form[name], "proposed": display(proposed)}
                if current is not None:
                    value = getattr(current, name)
                    row["current"] = display(value)
                    row["changed"] = name in proposal.data and not same(value, proposed)
                rows.append(row)
        context.update(
            proposal=proposal,
            current=current,
            rows=rows,
            changed_count=sum(1 for row in rows if row.get("changed")),
        )
        return context
