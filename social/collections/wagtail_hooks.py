"""What collections add to the apps below them, through their hooks: a Mon espace panel,
the « Les plus enregistrés » search sort, the account deletion's question."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from accounts.profile import DeletionChoice
from search.facets import ExtraSort

from .access import order_by_saves
from .member_area import MyCollectionsPanel
from .models import MemberCollection

KEEP = "keep"
DELETE = "delete"


@hooks.register("construct_member_area_panels")
def add_collections_panel(request, panels):
    panels.append(MyCollectionsPanel(request))


@hooks.register("register_search_sorts")
def register_saves_sort():
    return [ExtraSort("enregistrements", _("Most saved"), order_by_saves)]


def public_collections_of(user):
    return MemberCollection.objects.filter(owner=user, is_public=True)


def apply_public_collections_choice(user, answer) -> None:
    """Kept: the public collections lose their owner (“Collection of a former member”);
    otherwise they go with the account, as the private ones and « Favoris » always do."""
    if answer == KEEP:
        public_collections_of(user).update(owner=None)


@hooks.register("register_account_deletion_choices")
def ask_about_public_collections(user):
    count = public_collections_of(user).count()
    if not count:
        return []
    field = forms.ChoiceField(
        label=_("Your public collections (%(count)d)") % {"count": count},
        choices=[
            (DELETE, _("Delete them with my account")),
            (KEEP, _("Keep them online without my name (“Collection of a former member”)")),
        ],
        initial=DELETE,
        widget=forms.RadioSelect,
        help_text=_("Your private collections and your favourites are deleted in any case."),
    )
    return [DeletionChoice("public_collections", field, apply_public_collections_choice)]
