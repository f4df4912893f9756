"""Lists of values in one column: the standard's multi-valued fields.

Why JSON lists rather than many-to-many relations to choice tables: the standard fixes
these vocabularies (they change only with a new version of the standard, in code and a
migration, never by an editor), a place is read and written whole (a line of an import,
a line of an export: one row, no join per field — nine relations would cost nine queries
per chunk of an export of 100,000 places), and the same `JSONField` works on SQLite and
PostgreSQL. The values are checked against the enumeration on every save (`validate`),
and the `has` lookup (`services__has="…"`) filters on either database.
"""

import json

from django import forms
from django.core import checks, exceptions
from django.db import models
from django.db.models.fields.json import DataContains
from django.utils.translation import gettext_lazy as _


class ListField(models.JSONField):
    """A list of distinct strings, each one of `item_choices` (a TextChoices) when given,
    and each checked by `item_validators`."""

    description = _("List of values")

    def __init__(self, *args, item_choices=None, item_validators=(), **kwargs):
        self.item_choices = item_choices
        # `TextChoices.values` builds a new list at each call: checked once per value.
        self.allowed = frozenset(item_choices.values) if item_choices is not None else None
        self.item_validators = list(item_validators)
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if self.item_choices is not None:
            kwargs["item_choices"] = self.item_choices
        if self.item_validators:
            kwargs["item_validators"] = self.item_validators
        if kwargs.get("default") is list:
            del kwargs["default"]
        if kwargs.get("blank") is True:
            del kwargs["blank"]
        return name, path, args, kwargs

    def check(self, **kwargs):
        errors = super().check(**kwargs)
        if self.choices:
            errors.append(
                checks.Error("Use item_choices: choices would apply to the whole list.", obj=self)
            )
        return errors

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise exceptions.ValidationError(_("A list of texts is expected."), code="not_a_list")
        if len(set(value)) != len(value):
            raise exceptions.ValidationError(_("A value is given twice."), code="duplicate")
        for item in value:
            if self.allowed is not None and item not in self.allowed:
                raise exceptions.ValidationError(
                    _("« %(value)s » is not one of the standard's values: %(expected)s."),
                    code="invalid_choice",
                    params={"value": item, "expected": " ; ".join(self.item_choices.values)},
                )
            for validator in self.item_validators:
                validator(item)

    def formfield(self, **kwargs):
        if self.item_choices is not None:
            return forms.TypedMultipleChoiceField(
                choices=self.item_choices.choices,
                required=not self.blank,
                label=self.verbose_name,
                help_text=self.help_text,
                widget=forms.CheckboxSelectMultiple,
            )
        return LinesField(
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            item_validators=self.item_validators,
        )


class LinesField(forms.CharField):
    """One value per line, for the lists without an enumeration (e-mails, web sites)."""

    widget = forms.Textarea(attrs={"rows": 3})

    def __init__(self, *args, item_validators=(), **kwargs):
        kwargs.pop("encoder", None)
        kwargs.pop("decoder", None)
        self.item_validators = list(item_validators)
        super().__init__(*args, **kwargs)

    def prepare_value(self, value):
        if isinstance(value, list):
            return "\n".join(value)
        if isinstance(value, str) and value.startswith("["):
            try:
                return "\n".join(json.loads(value))
            except ValueError:
                return value
        return value

    def to_python(self, value):
        text = super().to_python(value)
        return [line.strip() for line in text.splitlines() if line.strip()]

    def validate(self, value):
        if self.required and not value:
            raise exceptions.ValidationError(self.error_messages["required"], code="required")
        for item in value:
            for validator in self.item_validators:
                validator(item)

    def has_changed(self, initial, data):
        return self.prepare_value(initial or []) != "\n".join(self.to_python(data or ""))


@ListField.register_lookup
class HasItem(DataContains):
    """`services__has="Aide aux démarches administratives"`: the list holds this value.

    PostgreSQL and MySQL answer it with JSON containment; SQLite, which has no
    containment operator, with `json_each`.
    """

    lookup_name = "has"

    def get_prep_lookup(self):
        return [self.rhs]

    def as_sqlite(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        # `lhs` is the column as the compiler quoted it; the value is a parameter.
        return (
            f"EXISTS (SELECT 1 FROM json_each({lhs}) WHERE json_each.value = %s)",  # noqa: S608
            (*lhs_params, self.rhs[0]),
        )
