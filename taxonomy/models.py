"""Shared vocabularies, and the classification every content page carries."""

from django import forms
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface
from wagtail.models import Page
from wagtail.search import index


class Referential(models.TextChoices):
    CRCN = "crcn", _("CRCN (Pix)")
    APTIC = "aptic", _("APTIC")


class CompetencyDomain(models.Model):
    referential = models.CharField(
        _("referential"), max_length=20, choices=Referential, default=Referential.CRCN
    )
    code = models.CharField(_("code"), max_length=20)
    label = models.CharField(_("label"), max_length=255)

    panels = [FieldPanel("referential"), FieldPanel("code"), FieldPanel("label")]

    class Meta:
        verbose_name = _("competency domain")
        verbose_name_plural = _("competency domains")
        ordering = ["referential", "code"]
        constraints = [
            models.UniqueConstraint(fields=["referential", "code"], name="unique_domain_code")
        ]

    def __str__(self):
        return f"{self.code}. {self.label}"


class Competency(index.Indexed, models.Model):
    """A competence of a referential, such as CRCN-1.1.

    The version records which edition of the referential the label comes from,
    since labels change between editions while codes stay.
    """

    domain = models.ForeignKey(
        CompetencyDomain,
        verbose_name=_("domain"),
        on_delete=models.PROTECT,
        related_name="competencies",
    )
    code = models.CharField(_("code"), max_length=30, unique=True)
    label = models.CharField(_("label"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    version = models.CharField(_("referential version"), max_length=20, blank=True)

    panels = [
        FieldPanel("domain"),
        FieldPanel("code"),
        FieldPanel("label"),
        FieldPanel("description"),
        FieldPanel("version"),
    ]
    search_fields = [
        index.SearchField("label"),
        index.AutocompleteField("label"),
        index.FilterField("code"),
    ]

    class Meta:
        verbose_name = _("competency")
        verbose_name_plural = _("competencies")
        ordering = ["code"]

    def __str__(self):
        return f"{self.code} — {self.label}"

    def get_absolute_url(self):
        return reverse("terms:competency", args=[self.code])

    @property
    def short_code(self) -> str:
        """The code without its referential prefix: "1.1" for "CRCN-1.1"."""
        return self.code.partition("-")[2] or self.code


class VocabularyTerm(models.Model):
    """A term editors may rename; the slug stays, so links and filters survive."""

    name = models.CharField(_("name"), max_length=255)
    slug = models.SlugField(_("slug"), max_length=255, unique=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]
    listing_url_name: str

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse(self.listing_url_name, args=[self.slug])


class Public(VocabularyTerm):
    class Category(models.TextChoices):
        BENEFICIARY = "beneficiary", _("People accompanied")
        PROFESSIONAL = "professional", _("Professionals")

    category = models.CharField(
        _("category"), max_length=20, choices=Category, default=Category.BENEFICIARY
    )

    panels = [*VocabularyTerm.panels, FieldPanel("category")]
    listing_url_name = "terms:public"

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("public")
        verbose_name_plural = _("publics")


class Theme(VocabularyTerm):
    listing_url_name = "terms:theme"

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


class SupportType(VocabularyTerm):
    listing_url_name = "terms:support_type"

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("support type")
        verbose_name_plural = _("support types")


class Licence(VocabularyTerm):
    url = models.URLField(_("licence text"), blank=True)

    panels = [*VocabularyTerm.panels, FieldPanel("url")]
    listing_url_name = "terms:licence"

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("licence")
        verbose_name_plural = _("licences")


class Department(models.Model):
    code = models.CharField(_("code"), max_length=3, unique=True)
    name = models.CharField(_("name"), max_length=100)

    panels = [FieldPanel("code"), FieldPanel("name")]

    class Meta:
        verbose_name = _("department")
        verbose_name_plural = _("departments")
        ordering = ["code"]

    def __str__(self):
        return f"{self.name} ({self.code})"

    def get_absolute_url(self):
        return reverse("terms:department", args=[self.code])


class ClassifiedMixin(models.Model):
    """Competencies, publics, themes, support type, licence and free tags.

    Every content page (module, kit, workshop content, resource) carries them;
    the term listings and the search filters read them. Each page type also
    declares `tags`, a ClusterTaggableManager through its own tag model
    (see `page_tag_model`), since taggit cannot share one through model between
    page types that are queried on their own.
    """

    competencies = ParentalManyToManyField(
        Competency, verbose_name=_("competencies"), blank=True, related_name="+"
    )
    publics = ParentalManyToManyField(
        Public, verbose_name=_("publics"), blank=True, related_name="+"
    )
    themes = ParentalManyToManyField(Theme, verbose_name=_("themes"), blank=True, related_name="+")
    support_type = models.ForeignKey(
        SupportType,
        verbose_name=_("support type"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    licence = models.ForeignKey(
        Licence,
        verbose_name=_("licence"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    classification_panels = [
        FieldPanel("competencies", widget=forms.CheckboxSelectMultiple),
        FieldPanel("publics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("support_type"),
        FieldPanel("licence"),
        FieldPanel("tags"),
    ]

    search_fields = [
        index.RelatedFields("tags", [index.SearchField("name", boost=2)]),
        index.RelatedFields(
            "competencies", [index.SearchField("label"), index.FilterField("code")]
        ),
        index.RelatedFields("publics", [index.SearchField("name")]),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("support_type"),
        index.FilterField("licence"),
    ]

    # Read with the page when it is served (core.routing): its kicker and files show them.
    serve_select_related = ("support_type", "licence")

    class Meta:
        abstract = True


def classified_edit_handler(content_panels) -> TabbedInterface:
    """The editor of a content page: contenu, classement, promotion, publication."""
    return TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(ClassifiedMixin.classification_panels, heading=_("Classification")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Publishing"), classname="settings"),
        ]
    )
