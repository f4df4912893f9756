"""The public registration form: who, their structure, their needs, who pays."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import Registration


class RegistrationForm(forms.ModelForm):
    """Works without an account; with one, prefilled from it (the person may change what
    is typed: they may register with their work address). A honeypot for robots."""

    required_css_class = "required"

    # Hidden from sighted visitors by CSS, announced to screen readers as "leave empty";
    # robots fill every field they find.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    class Meta:
        model = Registration
        fields = [
            "first_name",
            "last_name",
            "email",
            "structure",
            "phone",
            "funding",
            "accessibility_needs",
        ]
        labels = {
            "first_name": _("First name"),
            "last_name": _("Last name"),
            "email": _("E-mail address"),
            "structure": _("Structure"),
            "phone": _("Phone"),
            "funding": _("Funding of the training"),
            "accessibility_needs": _("Accessibility needs"),
        }
        help_texts = {
            "email": _("The confirmation and the link to cancel are sent there."),
            "structure": _("The structure you work for (association, town hall, library…)."),
            "phone": _("Optional: to reach you if the session changes at the last minute."),
            "accessibility_needs": _(
                "Optional: an adaptation the trainer should prepare (disability, "
                "hearing, mobility, language…). Only the trainers and the hub's editors read it."
            ),
        }
        widgets = {
            "funding": forms.RadioSelect,
            "accessibility_needs": forms.Textarea(attrs={"rows": 3}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "first_name": forms.TextInput(attrs={"autocomplete": "given-name"}),
            "last_name": forms.TextInput(attrs={"autocomplete": "family-name"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
            "structure": forms.TextInput(attrs={"autocomplete": "organization"}),
        }
        error_messages = {
            "email": {
                "invalid": _("Give a valid e-mail address, for example prenom.nom@exemple.fr."),
                "required": _("Give your e-mail address: the confirmation is sent there."),
            },
            "first_name": {"required": _("Give your first name.")},
            "last_name": {"required": _("Give your last name.")},
            "structure": {"required": _("Give your structure.")},
            "funding": {
                "required": _("Choose who funds the training."),
                "invalid_choice": _("Choose who funds the training among the choices given."),
            },
        }

    def __init__(self, *args, user=None, **kwargs):
        kwargs.setdefault("label_suffix", "")
        if user is not None and user.is_authenticated and not kwargs.get("data"):
            kwargs.setdefault(
                "initial",
                {"first_name": user.first_name, "last_name": user.last_name, "email": user.email},
            )
        super().__init__(*args, **kwargs)
        self.fields["structure"].required = True
        # The empty choice of a model field's choices is not a choice here.
        self.fields["funding"].choices = Registration.Funding.choices

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise forms.ValidationError(
                _(
                    "The field « Leave this field empty » was filled in, as robots do: "
                    "empty it to register."
                )
            )
        return ""

    def clean_email(self):
        return self.cleaned_data["email"].strip()

    def registration_values(self) -> dict:
        return {name: self.cleaned_data[name] for name in self._meta.fields}

    def validate_unique(self):
        # The services check duplicates under the session's lock, with their own message.
        pass
