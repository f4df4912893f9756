"""What every admin form (pages, their inline panels, snippets) does with limits.

- A limited text counts its characters as the editor types (`CharacterCount`)
  instead of carrying the browser's `maxlength`, which silently cuts what is typed
  or pasted beyond it. The server refuses a too-long text with `TOO_LONG` and the
  form shows it again whole.
- A bounded number's input gets `min`/`max` from the model field's validators, and
  the form says the validator's own message.

Both are registered as Wagtail form-field overrides, so they apply to every
`WagtailAdminModelForm` without each model naming a form class (the vocabularies
of `taxonomy`, below core, cannot import one).
"""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import AdminAutoHeightTextInput

TOO_LONG = _("This text has %(show_value)d characters, for %(limit_value)d at most: shorten it.")


class CharacterCount:
    """Turns the field's `maxlength` into the data of the `rhinocc-count` controller
    (core/static/core/js/character-count.js), which shows "12 / 255 caractères"."""

    controller = "rhinocc-count"

    def build_attrs(self, base_attrs, extra_attrs=None):
        attrs = super().build_attrs(base_attrs, extra_attrs)
        limit = attrs.pop("maxlength", None)
        if limit is None:
            return attrs
        controllers = (attrs.get("data-controller") or "").split()
        attrs["data-controller"] = " ".join([*controllers, self.controller])
        attrs[f"data-{self.controller}-limit-value"] = limit
        attrs[f"data-{self.controller}-label-value"] = _("%(count)s / %(limit)s characters")
        attrs[f"data-{self.controller}-over-label-value"] = _(
            "%(count)s / %(limit)s characters: %(over)s too many"
        )
        return attrs

    @property
    def media(self):
        return super().media + forms.Media(
            js=["core/js/character-count.js"], css={"all": ["core/css/character-count.css"]}
        )


class CountedTextInput(CharacterCount, forms.TextInput):
    pass


class CountedTextarea(CharacterCount, AdminAutoHeightTextInput):
    def value_from_datadict(self, data, files, name):
        value = super().value_from_datadict(data, files, name)
        # Browsers post line breaks as CRLF; counted as one character, as the editor saw.
        return value.replace("\r\n", "\n") if isinstance(value, str) else value


def counted_text(widget):
    def override(db_field) -> dict:
        if db_field.choices:  # a select, not a text
            return {}
        return {"widget": widget, "error_messages": {"max_length": TOO_LONG}}

    return override


def numeric_bounds(db_field) -> dict:
    """The strictest bounds among the field's validators, with their messages."""
    options, messages = {}, {}
    for validator in db_field.validators:
        for kind, better in ((MinValueValidator, max), (MaxValueValidator, min)):
            name = "min_value" if kind is MinValueValidator else "max_value"
            if type(validator) is not kind:
                continue
            limit = validator.limit_value
            if name not in options or better(limit, options[name]) == limit:
                options[name] = limit
                messages[name] = validator.message
    if messages:
        options["error_messages"] = messages
    return options


# Exact classes: slugs, e-mail addresses and URLs keep Wagtail's and Django's widgets.
register_form_field_override(
    models.CharField, override=counted_text(CountedTextInput), exact_class=True
)
# In place of Wagtail's own override of TextField (AdminAutoHeightTextInput).
register_form_field_override(
    models.TextField, override=counted_text(CountedTextarea), exact_class=True
)
for numeric_field in (models.IntegerField, models.DecimalField, models.FloatField):
    register_form_field_override(numeric_field, override=numeric_bounds)
