"""The public report form, and the editors' forms of the moderation screens."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Report

NOTE_HELP = _("Optional: sent as is to the reporter, when they left an address, with the outcome.")


class ReportForm(forms.ModelForm):
    """Anyone may send it; a member's address is prefilled (they may change or clear it:
    it is only used to tell them the outcome). A honeypot for robots."""

    required_css_class = "required"

    # Hidden from sighted visitors by CSS, announced to screen readers as "leave empty";
    # robots fill every field they find.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    class Meta:
        model = Report
        fields = ["reason", "comment", "reporter_email"]
        labels = {
            "reason": _("What is the problem?"),
            "comment": _("Your comment"),
            "reporter_email": _("Your e-mail (optional)"),
        }
        help_texts = {
            "comment": _(
                "Say what is wrong, where, and for a duplicate which content it repeats "
                "(2,000 characters at most)."
            ),
            "reporter_email": _(
                "To tell you what the hub's editors decided. It is never published."
            ),
        }
        widgets = {
            "reason": forms.RadioSelect,
            "comment": forms.Textarea(attrs={"rows": 5, "maxlength": 2000}),
            "reporter_email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }
        error_messages = {
            "reason": {
                "required": _("Choose what the problem is."),
                "invalid_choice": _("Choose what the problem is among the choices given."),
            },
            "comment": {
                "required": _("Say in a few words what is wrong."),
                "max_length": _(
                    "The comment is too long: 2,000 characters at most (it has %(show_value)d)."
                ),
            },
            "reporter_email": {
                "invalid": _("Give a valid e-mail address, for example prenom.nom@exemple.fr."),
            },
        }

    def __init__(self, *args, user=None, **kwargs):
        kwargs.setdefault("label_suffix", "")
        if user is not None and user.is_authenticated and not kwargs.get("data"):
            kwargs.setdefault("initial", {"reporter_email": user.email})
        super().__init__(*args, **kwargs)
        # The empty choice of a model field's choices is not a choice here.
        self.fields["reason"].choices = Report.Reason.choices

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise forms.ValidationError(
                _(
                    "The field « Leave this field empty » was filled in, as robots do: "
                    "empty it to send the report."
                )
            )
        return ""

    def clean_comment(self):
        return self.cleaned_data["comment"].strip()

    def clean_reporter_email(self):
        return self.cleaned_data["reporter_email"].strip()


class ProcessForm(forms.Form):
    """What every action asks: an optional note for the reporter."""

    reporter_note = forms.CharField(
        label=_("Note to the reporter"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=NOTE_HELP,
    )


class AskAuthorForm(ProcessForm):
    author_message = forms.CharField(
        label=_("Message to the author"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Sent to the content's owner with the report's reason and comment; say what "
            "should change."
        ),
        error_messages={"required": _("Write the message to the author.")},
    )

    field_order = ["author_message", "reporter_note"]
