"""What each Qualiopi document of a session says, and its file name.

- the convention de formation (Code du travail L6353-1 and D6353-1), per registrant or per
  structure: the action's title, objectives and content, means, duration and dates, how it
  runs, is followed and assessed, price and payment terms, the provider's identity;
- the feuille d'émargement: one row per confirmed trainee, a signature box per half-day;
- the attestation de fin de formation (L6353-1, second paragraph): objectives, nature,
  duration, the results of the assessment — from the attendance marked per half-day, the
  only evaluation the platform records;
- the certificat de réalisation after the ministry's model (arrêté of 21 December 2020):
  trainee, action, its nature (action de formation), dates, duration realised (the
  half-days present), provider, place and date, signature.

Every document is built from one session read with its module and trainers, its confirmed
registrations and their attendance, in a constant number of queries (`SessionDocuments`).
The documents carry personal data: only the module's trainers and the hub's editors
produce them (catalogue/qualiopi/views.py asks `catalogue.registrants.may_manage`).
"""

from collections import Counter
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy

from core.pdf import pdf_filename, render_pdf

from ..models import Attendance, Registration, TrainingSession

# A landscape A4 page holds the trainee's name and this many signature boxes.
HALF_DAYS_PER_SHEET = 8


class Kind:
    CONVENTION = "convention"
    SIGNING_SHEET = "emargement"
    ATTESTATION = "attestation"
    CERTIFICATE = "certificat"

    LABELS = {
        CONVENTION: gettext_lazy("Training agreement"),
        SIGNING_SHEET: gettext_lazy("Signing sheet"),
        ATTESTATION: gettext_lazy("Certificate of completion"),
        CERTIFICATE: gettext_lazy("Certificate of achievement"),
    }
    TEMPLATES = {
        CONVENTION: "catalogue/pdf/convention.html",
        SIGNING_SHEET: "catalogue/pdf/signing_sheet.html",
        ATTESTATION: "catalogue/pdf/attestation.html",
        CERTIFICATE: "catalogue/pdf/certificate.html",
    }


def structure_key(structure: str) -> str:
    """Registrants of one structure, however they typed its name: « CCAS d'Albi », « ccas
    d’albi »."""
    return slugify(structure.replace("’", "'"))


def structure_name(trainees) -> str:
    """The name the structure's trainees typed most, the first registered on a tie."""
    names = Counter(
        trainee.registration.structure.strip() for trainee in sorted(trainees, key=lambda t: t.pk)
    )
    return names.most_common(1)[0][0] if names else ""


def hours_text(hours: Decimal) -> str:
    """ "7", "3,5": hours as the documents write them."""
    hours = hours.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP).normalize()
    return f"{hours:f}".replace(".", ",")


@dataclass
class Trainee:
    registration: Registration
    present: set = field(default_factory=set)  # {(date, half)} marked present

    @property
    def pk(self) -> int:
        return self.registration.pk

    @property
    def full_name(self) -> str:
        return self.registration.full_name


class SessionDocuments:
    """One session's documents: its facts read once, then each document's context."""

    def __init__(self, session_id: int):
        confirmed = Registration.objects.filter(
            status=Registration.Status.CONFIRMED, anonymised_at__isnull=True
        ).prefetch_related(
            Prefetch(
                "attendances",
                queryset=Attendance.objects.filter(present=True),
                to_attr="presences",
            )
        )
        self.session = (
            TrainingSession.objects.select_related("module")
            .prefetch_related(
                Prefetch(
                    "registrations",
                    queryset=confirmed.order_by("last_name", "first_name", "pk"),
                    to_attr="confirmed",
                ),
                "module__trainers",
            )
            .get(pk=session_id)
        )
        self.module = self.session.module
        self.trainers = list(self.module.trainers.all())
        self.trainees = [
            Trainee(
                registration,
                {(presence.date, presence.half) for presence in registration.presences},
            )
            for registration in self.session.confirmed
        ]
        self.half_days = self.session.half_days()

    # Facts every document shares ------------------------------------------------------

    @cached_property
    def hours_per_half_day(self) -> Decimal:
        return Decimal(self.module.duration_hours) / max(len(self.half_days), 1)

    def realised_hours(self, trainee: Trainee) -> Decimal:
        present = sum(1 for half_day in self.half_days if half_day in trainee.present)
        if present == len(self.half_days):
            return Decimal(self.module.duration_hours)
        return self.hours_per_half_day * present

    def attended(self, trainee: Trainee) -> bool:
        return any(half_day in trainee.present for half_day in self.half_days)

    def trainee(self, registration_id: int) -> Trainee | None:
        return next((t for t in self.trainees if t.pk == registration_id), None)

    def structures(self) -> dict[str, list[Trainee]]:
        """The confirmed trainees by structure (key: `structure_key`), those without one
        aside."""
        groups: dict[str, list[Trainee]] = {}
        for trainee in self.trainees:
            key = structure_key(trainee.registration.structure)
            if key:
                groups.setdefault(key, []).append(trainee)
        return groups

    def base_context(self) -> dict:
        return {
            "session": self.session,
            "module": self.module,
            "trainers": self.trainers,
            "provider": settings.RHINOCC_TRAINING_PROVIDER,
            "today": timezone.localdate(),
            "duration": hours_text(Decimal(self.module.duration_hours)),
            "half_day_count": len(self.half_days),
            "days": sorted({day for day, _half in self.half_days}),
        }

    # Each document ---------------------------------------------------------------------

    def convention(self, trainees: list[Trainee], structure: str = "") -> dict:
        fundings = {trainee.registration.funding for trainee in trainees}
        return {
            **self.base_context(),
            "trainees": trainees,
            "structure": structure,
            "personal_funding": Registration.Funding.PERSONAL in fundings,
            "opco_funding": Registration.Funding.OPCO in fundings,
        }

    def signing_sheet(self) -> dict:
        sheets = [
            self.half_days[start : start + HALF_DAYS_PER_SHEET]
            for start in range(0, len(self.half_days), HALF_DAYS_PER_SHEET)
        ] or [[]]
        return {**self.base_context(), "trainees": self.trainees, "sheets": sheets}

    def attestation(self, trainee: Trainee) -> dict:
        present = [half_day for half_day in self.half_days if half_day in trainee.present]
        return {
            **self.base_context(),
            "trainee": trainee,
            "present_count": len(present),
            "realised": hours_text(self.realised_hours(trainee)),
            "complete": len(present) == len(self.half_days),
        }

    def certificate(self, trainee: Trainee) -> dict:
        return {
            **self.base_context(),
            "trainee": trainee,
            "realised": hours_text(self.realised_hours(trainee)),
        }

    # Files -----------------------------------------------------------------------------

    def render(self, kind: str, context: dict) -> bytes:
        return render_pdf(Kind.TEMPLATES[kind], context)

    def dates_label(self) -> str:
        return f"{self.session.start_date:%Y-%m-%d}"

    def filename(self, kind: str, *who: str) -> str:
        return pdf_filename(str(Kind.LABELS[kind]), self.module.title, self.dates_label(), *who)

    def all_files(self):
        """(file name, kind, context) of every document of the session, for its ZIP: the
        signing sheet, a convention per structure and per trainee without a structure,
        an attestation and a certificate per trainee present at least once."""
        yield self.filename(Kind.SIGNING_SHEET), Kind.SIGNING_SHEET, self.signing_sheet()
        for key, trainees in self.structures().items():
            yield (
                self.filename(Kind.CONVENTION, key),
                Kind.CONVENTION,
                self.convention(trainees, structure_name(trainees)),
            )
        for trainee in self.trainees:
            if not structure_key(trainee.registration.structure):
                yield (
                    self.filename(Kind.CONVENTION, trainee.full_name),
                    Kind.CONVENTION,
                    self.convention([trainee]),
                )
        for trainee in self.trainees:
            if self.attended(trainee):
                for kind, build in (
                    (Kind.ATTESTATION, self.attestation),
                    (Kind.CERTIFICATE, self.certificate),
                ):
                    yield self.filename(kind, trainee.full_name), kind, build(trainee)
