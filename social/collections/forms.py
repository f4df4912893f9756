from django import forms
from django.utils.translation import gettext_lazy as _

from .models import DESCRIPTION_LENGTH, NOTE_LENGTH, TITLE_LENGTH, MemberCollection

FAVOURITES = "favoris"
NEW = "nouvelle"
TITLE_ERRORS = {
    "required": _("Give the collection a title."),
    "max_length": _(
        "The title may have at most %(limit_value)d characters (it has %(show_value)d)."
    ),
}


def title_field(required=True) -> forms.CharField:
    return forms.CharField(
        label=_("Title"),
        max_length=TITLE_LENGTH,
        required=required,
        error_messages=TITLE_ERRORS,
        widget=forms.TextInput(attrs={"maxlength": TITLE_LENGTH}),
    )


class CollectionForm(forms.ModelForm):
    """A collection's title, description and visibility; at its creation, who owns it
    when the member administers communities."""

    title = title_field()
    description = forms.CharField(
        label=_("Description"),
        required=False,
        max_length=DESCRIPTION_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "max_length": _(
                "The description may have at most %(limit_value)d characters "
                "(it has %(show_value)d)."
            )
        },
    )

    class Meta:
        model = MemberCollection
        fields = ["title", "description", "is_public"]
        labels = {"is_public": _("Public: listed on /collections/ and on my public page")}

    def __init__(self, *args, communities=(), **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.is_favourites:
            # « Favoris » keeps its name and stays private.
            del self.fields["title"], self.fields["is_public"]
        if communities and self.instance.pk is None:
            self.fields["community"] = forms.TypedChoiceField(
                label=_("Owner"),
                choices=[("", _("Me"))]
                + [
                    (str(c.pk), _("The community %(title)s") % {"title": c.title})
                    for c in communities
                ],
                coerce=int,
                empty_value=None,
                required=False,
            )
            self.communities = {c.pk: c for c in communities}

    def save(self, commit=True):
        community_id = self.cleaned_data.get("community")
        if community_id is not None:
            self.instance.owner = None
            self.instance.community = self.communities[community_id]
        return super().save(commit)


class SaveForm(forms.Form):
    """Where to save a content: « Favoris », one of the member's collections, a new one."""

    target = forms.ChoiceField(label=_("Save into"), widget=forms.RadioSelect)
    new_title = title_field(required=False)
    new_title.label = _("Title of the new collection")
    note = forms.CharField(
        label=_("Note (optional)"),
        required=False,
        max_length=NOTE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={
            "max_length": _(
                "The note may have at most %(limit_value)d characters (it has %(show_value)d)."
            )
        },
    )

    def __init__(self, *args, collections=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.collections = {str(c.pk): c for c in collections if not c.is_favourites}
        self.fields["target"].choices = (
            [(FAVOURITES, _("My favourites"))]
            + [(pk, label_of(c)) for pk, c in self.collections.items()]
            + [(NEW, _("A new collection"))]
        )
        self.fields["target"].initial = FAVOURITES
        self.fields["target"].error_messages["invalid_choice"] = _(
            "This collection no longer exists: choose another one."
        )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("target") == NEW and not cleaned.get("new_title", "").strip():
            self.add_error("new_title", _("Give the new collection a title."))
        return cleaned


def label_of(collection: MemberCollection) -> str:
    if collection.community_id is not None:
        return _("%(title)s (community %(community)s)") % {
            "title": collection.title,
            "community": collection.community.title,
        }
    return collection.title


class NoteForm(forms.Form):
    note = SaveForm.base_fields["note"]
