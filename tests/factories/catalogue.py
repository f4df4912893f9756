"""Training: the training index, catalogues, modules with their sessions, trainers."""

import datetime
from decimal import Decimal

import factory
from django.utils import timezone

from catalogue.models import (
    Attendance,
    ModuleSupport,
    Registration,
    Trainer,
    TrainingCataloguePage,
    TrainingIndexPage,
    TrainingModulePage,
    TrainingSession,
)
from tests.factories.base import ClassifiedPageFactory, LivePageFactory
from tests.factories.home import SectionPageFactory


class TrainerFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Formatrice {n}")
    organisation = "Organisme de test"
    bio = "Formatrice en médiation numérique."

    class Meta:
        model = Trainer


class TrainingIndexPageFactory(SectionPageFactory):
    title = "Formations"
    slug = "formations"

    class Meta:
        model = TrainingIndexPage


def training_index() -> TrainingIndexPage:
    return TrainingIndexPage.objects.first() or TrainingIndexPageFactory()


class TrainingCataloguePageFactory(LivePageFactory):
    parent = factory.LazyFunction(training_index)
    title = factory.Sequence(lambda n: f"Catalogue {n}")
    intro = "Des modules pour les professionnels de l'accompagnement."
    audience = "Travailleurs sociaux et médiateurs numériques."
    approach = "<ul><li>Des cas concrets</li></ul>"

    class Meta:
        model = TrainingCataloguePage


def session(days_ahead: int = 30, length_days: int = 1, **fields) -> TrainingSession:
    """An unsaved session starting in `days_ahead` days, for
    `TrainingModulePageFactory(sessions=[session(10), session(40, location="Albi")])`."""
    start = timezone.localdate() + datetime.timedelta(days=days_ahead)
    fields.setdefault("location", "Toulouse")
    fields.setdefault("seats", 12)
    return TrainingSession(
        start_date=start, end_date=start + datetime.timedelta(days=length_days - 1), **fields
    )


def supports(*documents) -> list[ModuleSupport]:
    """Unsaved training materials, for `TrainingModulePageFactory(supports=supports(doc))`."""
    return [ModuleSupport(document=document, sort_order=i) for i, document in enumerate(documents)]


class TrainingModulePageFactory(ClassifiedPageFactory):
    """A module with every Qualiopi field filled; `sessions=[session(...)]`,
    `supports=supports(document)`, `trainers=[trainer]` as lists."""

    parent = factory.SubFactory(TrainingCataloguePageFactory)
    title = factory.Sequence(lambda n: f"Module {n}")
    summary = "Un module de formation pour les tests."
    objectives = "<ul><li>Accompagner une démarche en ligne</li></ul>"
    program = "<ol><li>Matin : les bases</li><li>Après-midi : la pratique</li></ol>"
    prerequisites = "Savoir utiliser un ordinateur"
    target_audience = "Médiateurs numériques"
    duration_hours = Decimal("7.0")
    modality = TrainingModulePage.Modality.IN_PERSON
    teaching_methods = "<ul><li>Mises en situation</li></ul>"
    assessment_methods = "<ul><li>Quiz de fin de journée</li></ul>"
    accessibility_contact = "handicap@example.org"
    price = "350 € par personne"
    access_terms = "Inscription jusqu'à 15 jours avant la session."
    contact = "formation@example.org"

    class Meta:
        model = TrainingModulePage


class TrainingSessionFactory(factory.django.DjangoModelFactory):
    """A session saved on its own (`module=` required). It is not in the module's live
    revision: a later publication of the module drops it. Prefer `session()` at creation."""

    start_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))
    end_date = factory.LazyAttribute(lambda session: session.start_date)
    location = "Toulouse"
    seats = 12

    class Meta:
        model = TrainingSession


class RegistrationFactory(factory.django.DjangoModelFactory):
    """A confirmed registration (`session=` required); `status=Registration.Status.WAITING`
    for the waiting list. Its `created_at` follows creation order (the waiting order)."""

    first_name = factory.Sequence(lambda n: f"Camille{n}")
    last_name = "Martin"
    email = factory.Sequence(lambda n: f"stagiaire{n}@example.org")
    structure = "Centre social de test"
    funding = Registration.Funding.STRUCTURE
    status = Registration.Status.CONFIRMED
    confirmed_at = factory.LazyAttribute(
        lambda registration: (
            timezone.now() if registration.status == Registration.Status.CONFIRMED else None
        )
    )

    class Meta:
        model = Registration


class AttendanceFactory(factory.django.DjangoModelFactory):
    """A half-day of presence (`registration=` required), on the session's first day."""

    date = factory.LazyAttribute(lambda attendance: attendance.registration.session.start_date)
    half = "morning"
    present = True

    class Meta:
        model = Attendance
