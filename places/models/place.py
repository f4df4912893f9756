"""Places of digital mediation, in the national standard « Lieux de médiation numérique ».

The model is the standard's table, field for field and under the standard's own names
(`code_postal`, `frais_a_charge`…): they are the identifiers of a national format that
imports, exports and data·inclusion share, and one name per column everywhere spares a
translation table. Only the standard's `id` is `local_id` here (`id` is the primary key).
The hub's own fields (publication, Pass Numérique, APTIC, communities) are in English.
"""

import uuid

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)

from taxonomy.vocabularies import DEPARTMENTS

from .. import validators
from ..fields import ListField
from ..forms import PlaceForm
from ..standard import vocabulary

SLUG_LENGTH = 80
# What `Place.derive_fields` sets: a bulk update that bypasses save() writes them too.
DERIVED_FIELDS = ("frais_a_charge", "department_code")
DEPARTMENT_NAMES = dict(DEPARTMENTS)


def new_local_id() -> str:
    return f"rhinocc-{uuid.uuid4()}"


def department_code(code_insee: str, code_postal: str) -> str:
    """The département of a commune: from its INSEE code (2A, 2B, 971…), else its postcode."""
    code = code_insee or code_postal
    if not code:
        return ""
    if code[:2] == "97":
        return code[:3]
    if code[:2] == "20" and not code_insee:
        # Corsican postcodes do not say which of 2A and 2B.
        return "20"
    return code[:2]


class PlaceQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Place.Status.PUBLISHED)

    def in_department(self, code: str):
        return self.filter(department_code=code)


class Place(models.Model):
    class Status(models.TextChoices):
        PROPOSED = "proposed", _("proposed")
        PUBLISHED = "published", _("published")
        ARCHIVED = "archived", _("archived")

    # The standard's fields, in its order.
    local_id = models.CharField(
        _("local identifier (id)"),
        max_length=255,
        unique=True,
        default=new_local_id,
        help_text=_("The standard's « id »: unique, kept from one import to the next."),
    )
    pivot = models.CharField(
        _("SIRET, RNA or RIDET (pivot)"),
        max_length=14,
        db_index=True,
        validators=[validators.validate_pivot],
        help_text=_(
            "The SIRET (14 digits) of the establishment, or the association's RNA "
            "number (W and 9 characters) if it has no SIRET."
        ),
    )
    nom = models.CharField(_("name (nom)"), max_length=255)
    commune = models.CharField(_("commune"), max_length=255)
    code_postal = models.CharField(
        _("postcode (code_postal)"), max_length=5, validators=[validators.validate_postcode]
    )
    code_insee = models.CharField(
        _("INSEE code (code_insee)"),
        max_length=5,
        blank=True,
        validators=[validators.validate_insee_code],
    )
    adresse = models.CharField(
        _("address (adresse)"), max_length=255, help_text=_("E.g. 12 bis rue de la Paix.")
    )
    complement_adresse = models.CharField(
        _("address complement (complement_adresse)"), max_length=255, blank=True
    )
    latitude = models.FloatField(
        _("latitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("WGS84, e.g. 43.60442."),
    )
    longitude = models.FloatField(
        _("longitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("WGS84, e.g. 1.44295."),
    )
    typologie = ListField(
        _("type of structure (typologie)"),
        help_text=_("data·inclusion's codes, one per line: CCAS, ASSO, TIERS_LIEUX, MUNI…"),
    )
    telephone = models.CharField(
        _("phone (telephone)"),
        max_length=16,
        blank=True,
        validators=[validators.validate_phone],
        help_text=_("International format, no spaces: +33561000000."),
    )
    courriels = ListField(
        _("e-mails (courriels)"),
        item_validators=[validators.validate_email],
        help_text=_("One address per line."),
    )
    site_web = ListField(
        _("web sites (site_web)"),
        item_validators=[validators.validate_url],
        help_text=_("One address per line: the web site, social networks."),
    )
    horaires = models.TextField(
        _("opening hours (horaires)"),
        blank=True,
        validators=[validators.validate_opening_hours],
        help_text=_(
            "OpenStreetMap opening_hours format, e.g. "
            "Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00; PH off"
        ),
    )
    presentation_resume = models.CharField(
        _("short presentation (presentation_resume)"), max_length=280, blank=True
    )
    presentation_detail = models.TextField(
        _("detailed presentation (presentation_detail)"), blank=True
    )
    source = models.CharField(
        _("data collected by (source)"),
        max_length=255,
        blank=True,
        help_text=_("Who collected the data: the structure itself, a département, a network."),
    )
    itinerance = ListField(_("itinerance"), item_choices=vocabulary.Itinerance)
    structure_parente = models.CharField(
        _("parent structure (structure_parente)"), max_length=255, blank=True
    )
    date_maj = models.DateField(_("updated on (date_maj)"), default=timezone.localdate)
    services = ListField(_("services"), item_choices=vocabulary.Service)
    publics_specifiquement_adresses = ListField(
        _("publics specifically addressed"), item_choices=vocabulary.Public
    )
    prise_en_charge_specifique = ListField(
        _("specific support (prise_en_charge_specifique)"), item_choices=vocabulary.PriseEnCharge
    )
    frais_a_charge = ListField(_("fees (frais_a_charge)"), item_choices=vocabulary.Frais)
    dispositif_programmes_nationaux = ListField(
        _("national programmes (dispositif_programmes_nationaux)"),
        item_choices=vocabulary.Dispositif,
    )
    formations_labels = ListField(
        _("trainings and labels (formations_labels)"), item_choices=vocabulary.FormationLabel
    )
    autres_formations_labels = models.CharField(
        _("other trainings and labels"), max_length=255, blank=True
    )
    modalites_acces = ListField(
        _("how to get access (modalites_acces)"), item_choices=vocabulary.ModaliteAcces
    )
    modalites_accompagnement = ListField(
        _("kinds of support (modalites_accompagnement)"),
        item_choices=vocabulary.ModaliteAccompagnement,
    )
    fiche_acces_libre = models.URLField(
        _("Acceslibre page (fiche_acces_libre)"),
        max_length=500,
        blank=True,
        help_text=_("The place's page on acceslibre.beta.gouv.fr (accessibility)."),
    )
    prise_rdv = models.URLField(_("online booking (prise_rdv)"), max_length=500, blank=True)

    # The hub's own fields.
    slug = models.SlugField(
        _("slug"),
        max_length=SLUG_LENGTH,
        unique=True,
        blank=True,
        help_text=_(
            "The place's address on the site: /lieux/<slug>/. Made from the name "
            "and the commune when left empty."
        ),
    )
    status = models.CharField(
        _("publication"),
        max_length=10,
        choices=Status.choices,
        default=Status.PROPOSED,
        db_index=True,
    )
    accepts_pass_numerique = models.BooleanField(
        _("accepts the Pass Numérique"),
        default=False,
        help_text=_(
            "The standard files it under the fee « Gratuit sous condition », added "
            "when this box is ticked."
        ),
    )
    aptic_qualified = models.BooleanField(_("APTIC-qualified"), default=False)
    communities = models.ManyToManyField(
        # By name: places and communities are independent apps of the same layer.
        "communities.CommunityPage",
        verbose_name=_("communities"),
        blank=True,
        related_name="places",
        help_text=_(
            "The community spaces this place belongs to; their administrators may edit it."
        ),
    )
    department_code = models.CharField(
        _("département"), max_length=3, blank=True, db_index=True, editable=False
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modified"), auto_now=True, db_index=True)

    objects = PlaceQuerySet.as_manager()

    base_form_class = PlaceForm
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("nom"),
                    FieldPanel("pivot"),
                    MultiFieldPanel(
                        [
                            FieldPanel("adresse"),
                            FieldPanel("complement_adresse"),
                            FieldRowPanel([FieldPanel("code_postal"), FieldPanel("commune")]),
                            FieldPanel("code_insee"),
                            FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                        ],
                        heading=_("Address"),
                    ),
                    MultiFieldPanel(
                        [
                            FieldPanel("telephone"),
                            FieldPanel("courriels"),
                            FieldPanel("site_web"),
                            FieldPanel("prise_rdv"),
                            FieldPanel("fiche_acces_libre"),
                        ],
                        heading=_("Contact"),
                    ),
                    FieldPanel("horaires"),
                    FieldPanel("presentation_resume"),
                    FieldPanel("presentation_detail"),
                ],
                heading=_("Place"),
            ),
            ObjectList(
                [
                    FieldPanel("services"),
                    FieldPanel("publics_specifiquement_adresses"),
                    FieldPanel("prise_en_charge_specifique"),
                    FieldPanel("modalites_acces"),
                    FieldPanel("modalites_accompagnement"),
                    FieldPanel("frais_a_charge"),
                    FieldPanel("accepts_pass_numerique"),
                    FieldPanel("itinerance"),
                ],
                heading=_("Services"),
            ),
            ObjectList(
                [
                    FieldPanel("typologie"),
                    FieldPanel("structure_parente"),
                    FieldPanel("dispositif_programmes_nationaux"),
                    FieldPanel("aptic_qualified"),
                    FieldPanel("formations_labels"),
                    FieldPanel("autres_formations_labels"),
                    FieldPanel("source"),
                ],
                heading=_("Networks and labels"),
            ),
            ObjectList(
                [
                    FieldPanel("status"),
                    FieldPanel("slug"),
                    FieldPanel("communities"),
                    FieldPanel("local_id"),
                    FieldPanel("date_maj"),
                ],
                heading=_("Publication"),
            ),
        ]
    )

    class Meta:
        verbose_name = _("place")
        verbose_name_plural = _("places")
        ordering = ["nom", "commune"]
        indexes = [models.Index(fields=["pivot", "code_postal"])]

    def __str__(self):
        return f"{self.nom} ({self.commune})"

    def save(self, *args, **kwargs):
        self.derive_fields()
        if not self.slug:
            self.slug = unique_slug(f"{self.nom} {self.commune}", exclude=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return f"/lieux/{self.slug}/"

    def clean(self):
        super().clean()
        self.apply_pass_numerique()
        errors = {}
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude" if self.longitude is None else "latitude"] = _(
                "Give both the latitude and the longitude, or neither."
            )
        if errors:
            raise ValidationError(errors)

    def derive_fields(self):
        """The fields that follow from the others (`DERIVED_FIELDS`): save() calls it, and
        so do the bulk writes of the import and the demo, which bypass save()."""
        self.apply_pass_numerique()
        self.department_code = department_code(self.code_insee, self.code_postal)

    def apply_pass_numerique(self):
        """The standard's value for the Pass Numérique, kept with the hub's flag."""
        condition = vocabulary.Frais.GRATUIT_SOUS_CONDITION
        if self.accepts_pass_numerique and condition not in self.frais_a_charge:
            self.frais_a_charge = [*self.frais_a_charge, condition]

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    @property
    def department_name(self) -> str:
        return DEPARTMENT_NAMES.get(self.department_code, self.department_code)


def slug_base(text: str) -> str:
    """The slug of `text`, short enough to take a number (`-2`…)."""
    return slugify(text)[: SLUG_LENGTH - 6].strip("-") or "lieu"


def numbered_slug(base: str, number: int) -> str:
    """The `number`-th place's slug of a name: `base`, then `base-2`, `base-3`…"""
    return base if number < 2 else f"{base}-{number}"


def first_free_slug(base: str, used, start: int = 1) -> tuple[str, int]:
    """The first numbered slug from `start` on that is not in `used`, and its number."""
    number = start
    while numbered_slug(base, number) in used:
        number += 1
    return numbered_slug(base, number), number


def unique_slug(text: str, exclude=None, taken: set[str] | None = None) -> str:
    """A slug from `text`, numbered if another place has it (or it is in `taken`)."""
    base = slug_base(text)
    others = Place.objects.exclude(pk=exclude) if exclude else Place.objects.all()
    used = set(others.filter(slug__startswith=base).values_list("slug", flat=True))
    return first_free_slug(base, used | (taken or set()))[0]
