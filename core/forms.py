"""The admin form of every page type (their `base_form_class`).

It refuses what Wagtail's widgets let through when the posted data is forged:

- documents and images the editor may not choose. The choosers list only the
  collections where the editor holds Wagtail's "choose" permission, but a form
  accepts any id: in a field (the page's image, a file of an inline panel), in a
  StreamField block or as a rich-text link. The same check as the choosers' applies
  to each, with the error on the field or the block. What the page already held is
  kept: an editor may save a page that another editor illustrated from a collection
  they cannot choose from. Previews use this form, so they refuse the same.
- control characters in one-line text fields (title, SEO title, names).

And it speaks to the editor in the tab they are in: a new page's address (slug)
comes from its title when none is given (in ASCII, as Wagtail's editor writes it,
also without JavaScript), and a title whose address is taken under the same
parent is explained on the title, not on the address of the "Promotion" tab.
Limits of texts and numbers: core/widgets.py.
"""

from collections.abc import Iterator

from django import forms
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail.rich_text import RichText, extract_references_from_rich_text

from .rich_text import without_entities
from .validators import validate_single_line
from .widgets import CountedTextInput

REFUSED = {
    "document": _(
        "You may not choose this document: it belongs to a collection you cannot "
        "choose from. Choose a document with the “Choose a document” button."
    ),
    "image": _(
        "You may not choose this image: it belongs to a collection you cannot choose "
        "from. Choose an image with the “Choose an image” button."
    ),
}
REFUSED_LINK = _(
    "This text links to a document you may not choose: remove the link or choose another document."
)
TITLE_TAKEN = _(
    "A page already has this title in “%(parent)s”: change the title "
    "(or its address in the Promotion tab)."
)
SLUG_TAKEN = _(
    "The address “%(slug)s” is already that of another page of “%(parent)s”: choose another one."
)
NO_SLUG = _(
    "This title has no letter or digit to make the page's address from: "
    "give one in the Promotion tab."
)
# Wagtail's editor (its `urlify`) spells these out; Django's slugify would drop them.
LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})
SLUG_LENGTH = Page._meta.get_field("slug").max_length


def slug_from_title(title: str) -> str:
    """The address Wagtail's editor gives a title: ASCII unless unicode slugs are allowed."""
    allow_unicode = getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True)
    return slugify(title.translate(LIGATURES), allow_unicode=allow_unicode)[:SLUG_LENGTH]


def media_models() -> dict:
    return {get_document_model(): "document", get_image_model(): "image"}


def chosen_in_rich_text(html: str) -> Iterator[tuple[type, str]]:
    """(model, id) of the documents and images a rich text links to or embeds."""
    models = media_models()
    for model, object_id, *_path in extract_references_from_rich_text(html or ""):
        if model in models:
            yield model, str(object_id)


def chosen_in_block(block, value) -> Iterator[tuple[type, str]]:
    """(model, id) of the documents and images in a block's value, at any depth."""
    if isinstance(value, tuple(media_models())):
        yield type(value), str(value.pk)
    elif isinstance(block, blocks.StreamBlock):
        for child in value or []:
            yield from chosen_in_block(child.block, child.value)
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from chosen_in_block(child_block, value.get(name))
    elif isinstance(block, blocks.ListBlock):
        for child_value in value or []:
            yield from chosen_in_block(block.child_block, child_value)
    elif isinstance(value, RichText):
        yield from chosen_in_rich_text(value.source)


def chosen_in_instance(instance, field_names) -> Iterator[tuple[type, str]]:
    """What the instance (as it was before the edit) holds in these fields."""
    models = media_models()
    for name in field_names:
        try:
            field = instance._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if isinstance(field, StreamField):
            yield from chosen_in_block(field.stream_block, getattr(instance, name))
        elif isinstance(field, RichTextField):
            yield from chosen_in_rich_text(getattr(instance, name))
        elif field.many_to_one and field.related_model in models:
            object_id = getattr(instance, field.attname)
            if object_id is not None:
                yield field.related_model, str(object_id)


class ChoosePermission:
    """Whether a user may choose a document or an image, as Wagtail's choosers decide."""

    def __init__(self, user, kept: set):
        self.user = user
        self.kept = kept
        self.decided = {}

    def allows(self, model, object_id) -> bool:
        key = (model, str(object_id))
        if key in self.kept:
            return True
        if key not in self.decided:
            instance = model._default_manager.filter(pk=object_id).first()
            policy = policy_registry.get_by_type(model)
            # A removed file is Wagtail's to report (a missing link renders as text).
            self.decided[key] = instance is None or policy.user_has_permission_for_instance(
                self.user, "choose", instance
            )
        return self.decided[key]

    def block_error(self, block, value) -> ValidationError | None:
        """The error to show on a block, naming each refused child, or None."""
        models = media_models()
        if isinstance(value, tuple(models)):
            if not self.allows(type(value), value.pk):
                return ValidationError(REFUSED[models[type(value)]], code="not_choosable")
            return None
        if isinstance(block, blocks.StreamBlock):
            errors = {
                index: error
                for index, child in enumerate(value or [])
                if (error := self.block_error(child.block, child.value))
            }
            return StreamBlockValidationError(block_errors=errors) if errors else None
        if isinstance(block, blocks.StructBlock):
            errors = {
                name: error
                for name, child_block in block.child_blocks.items()
                if (error := self.block_error(child_block, value.get(name)))
            }
            return StructBlockValidationError(block_errors=errors) if errors else None
        if isinstance(block, blocks.ListBlock):
            errors = {
                index: error
                for index, child_value in enumerate(value or [])
                if (error := self.block_error(block.child_block, child_value))
            }
            return ListBlockValidationError(block_errors=errors) if errors else None
        if isinstance(value, RichText):
            return self.rich_text_error(value.source)
        return None

    def rich_text_error(self, html) -> ValidationError | None:
        if all(self.allows(model, pk) for model, pk in chosen_in_rich_text(html)):
            return None
        return ValidationError(REFUSED_LINK, code="not_choosable")

    def refused_removed(self, block, value):
        """The value without what the user may not choose, to show the form again
        without naming (or previewing) any of it."""
        if isinstance(value, tuple(media_models())):
            return value if self.allows(type(value), value.pk) else None
        if isinstance(block, blocks.StreamBlock):
            for index, child in enumerate(value or []):
                shown = self.refused_removed(child.block, child.value)
                value[index] = (child.block_type, shown, child.id)
        elif isinstance(block, blocks.StructBlock):
            for name, child_block in block.child_blocks.items():
                value[name] = self.refused_removed(child_block, value.get(name))
        elif isinstance(block, blocks.ListBlock):
            for index, child_value in enumerate(value or []):
                value[index] = self.refused_removed(block.child_block, child_value)
        elif isinstance(value, RichText):
            return RichText(self.rich_text_without_refused(value.source))
        return value

    def rich_text_without_refused(self, html) -> str:
        refused = {
            (model, pk) for model, pk in chosen_in_rich_text(html) if not self.allows(model, pk)
        }
        documents = {pk for model, pk in refused if model is get_document_model()}
        images = {pk for model, pk in refused if model is get_image_model()}
        return without_entities(html, documents, images)

    def check_form(self, form) -> None:
        """Adds an error to each field of `form` holding what the user may not choose.

        The field is then shown again without it: the form would otherwise name
        the refused document or image (and draw its thumbnail) for this user.
        """
        models = media_models()
        for name, field in form.fields.items():
            if name not in form.cleaned_data:
                continue
            value = form.cleaned_data[name]
            error = shown = None
            if isinstance(field, blocks.BlockField):
                error = self.block_error(field.block, value)
                if error is not None:
                    shown = self.refused_removed(field.block, value)
            elif isinstance(field, forms.ModelChoiceField) and value is not None:
                model = field.queryset.model
                if model in models and not self.allows(model, value.pk):
                    error = ValidationError(REFUSED[models[model]], code="not_choosable")
            elif is_rich_text(form, name):
                error = self.rich_text_error(value)
                if error is not None:
                    shown = self.rich_text_without_refused(value)
            if error is not None:
                form.add_error(name, error)
                # This form's own copy of the field (Django copies them per form).
                field.bound_data = lambda data, initial, shown=shown: shown


def is_rich_text(form, name) -> bool:
    try:
        return isinstance(form._meta.model._meta.get_field(name), RichTextField)
    except FieldDoesNotExist:
        return False


def child_forms(form) -> Iterator:
    """The forms of the inline panels of `form`, at any depth, but those being deleted."""
    for formset in getattr(form, "formsets", {}).values():
        for child in formset.forms:
            if not (formset.can_delete and formset._should_delete_form(child)):
                yield child
                yield from child_forms(child)


def all_forms(form) -> Iterator:
    yield form
    for formset in getattr(form, "formsets", {}).values():
        for child in formset.forms:
            yield from all_forms(child)


def kept_media(form) -> set:
    """(model, id) of every document and image the page held before this edit."""
    kept = set(chosen_in_instance(form.instance, form.fields))
    for formset in form.formsets.values():
        # A formset's name is not always its relation's (the comments panel's is not).
        for child in getattr(form.instance, formset.rel_name).all():
            kept.update(chosen_in_instance(child, formset.form.base_fields))
    return kept


class PageForm(WagtailAdminPageForm):
    """Wagtail's page form, with the checks of this module's docstring."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for form in all_forms(self):
            for field in form.fields.values():
                # Plain one-line inputs: addresses, slugs and tags have checks of their own.
                if isinstance(field, forms.CharField) and type(field.widget) in (
                    forms.TextInput,
                    CountedTextInput,
                ):
                    field.validators.append(validate_single_line)
        if "slug" in self.fields:
            # Without JavaScript nothing writes the address: clean_slug makes it.
            self.fields["slug"].required = False

    def clean_slug(self) -> str:
        slug = self.cleaned_data.get("slug")
        title = self.cleaned_data.get("title")
        if not slug and title:
            slug = slug_from_title(title)
            if not slug:
                raise ValidationError(NO_SLUG, code="no_slug")
        return slug

    def explain_taken_slug(self, slug: str) -> None:
        """Says why Wagtail refused the address `slug`, where the editor will read it."""
        if "slug" not in self._errors or Page._slug_is_available(
            slug, self.parent_page, self.instance
        ):
            return
        # The only error left on a slug that was clean is Wagtail's "already in use".
        del self._errors["slug"]
        parent = self.parent_page.title
        title = self.cleaned_data.get("title")
        if title and slug == slug_from_title(title):
            self.add_error("title", ValidationError(TITLE_TAKEN % {"parent": parent}))
        else:
            self.add_error("slug", ValidationError(SLUG_TAKEN % {"slug": slug, "parent": parent}))

    def clean(self):
        slug = self.cleaned_data.get("slug")
        cleaned_data = super().clean()
        if slug:
            self.explain_taken_slug(slug)
        if self.for_user is not None:
            # Before the inline forms are validated: that writes their values into
            # the page's child objects, which hold what the page had.
            permission = ChoosePermission(self.for_user, kept_media(self))
            permission.check_form(self)
            for formset in self.formsets.values():
                formset.is_valid()
            for child in child_forms(self):
                if hasattr(child, "cleaned_data"):
                    permission.check_form(child)
        return cleaned_data
