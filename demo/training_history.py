"""Past sessions of a few demo modules, with their registrants, attendance and
satisfaction answers: the module pages show their results (Qualiopi indicator 2), and the
demo trainer (`formateur`) finds sessions to look back on and one to close.

For the first two modules of each catalogue: two sessions held 75 and 40 days ago, closed,
eight trainees each (one missed a half-day, one never came), six answers each; the first
module also gets a session that ended yesterday, its attendance not marked yet. The demo
trainer's profile joins these modules' trainers. Fictitious people at example.org.

Idempotent: a module that already has a past session is left as it is. The sessions go
in through a published revision (as demo/places.py does), so that an editor's next
revision keeps them.
"""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from catalogue.models import (
    Attendance,
    Registration,
    SatisfactionSurvey,
    Trainer,
    TrainingCataloguePage,
    TrainingModulePage,
    TrainingSession,
)

DEMO_TRAINER = "formateur"
Funding = Registration.Funding
# (first name, last name, structure, funding)
PEOPLE = [
    ("Nathalie", "Albert", "Centre social de Bagatelle", Funding.STRUCTURE),
    ("Olivier", "Barthe", "France services de Saint-Gaudens", Funding.OPCO),
    ("Fatima", "Cherif", "CCAS de Tarbes", Funding.STRUCTURE),
    ("Sébastien", "Dupuy", "Médiathèque de Castelnaudary", Funding.OPCO),
    ("Aurélie", "Escande", "Mission locale de Rodez", Funding.STRUCTURE),
    ("Mathieu", "Ferrer", "Espace public numérique de Perpignan", Funding.PERSONAL),
    ("Samia", "Gharbi", "Association Solidarité Numérique 31", Funding.OPCO),
    ("Benoît", "Lacombe", "Mairie de Foix", Funding.STRUCTURE),
    ("Hélène", "Maurel", "Centre social de Carmaux", Funding.STRUCTURE),
    ("Rachid", "Naït", "Maison France services de Lodève", Funding.OPCO),
    ("Emma", "Pons", "Tiers-lieu de Mende", Funding.PERSONAL),
    ("Damien", "Soulié", "CCAS de Montauban", Funding.STRUCTURE),
]
TRAINEES_PER_SESSION = 8
# (days ago the session started, its length in days, closed)
PAST_SESSIONS = [(75, 2, True), (40, 1, True)]
TO_CLOSE = (1, 1, False)
# Answers of the trainees who came, in order: overall, useful, objectives, recommends.
ANSWERS = [
    (5, 5, "fully", True, "Des cas concrets que je réutilise dès lundi."),
    (4, 4, "mostly", True, ""),
    (5, 4, "fully", True, "Formatrice à l'écoute, bon rythme."),
    (4, 5, "mostly", True, ""),
    (3, 3, "partly", False, "Un peu dense pour une journée ; plus d'exercices pratiques."),
    (5, 5, "fully", True, ""),
]


def modules_with_history():
    modules = []
    for catalogue in TrainingCataloguePage.objects.live().order_by("path"):
        modules += list(TrainingModulePage.objects.live().child_of(catalogue).order_by("path")[:2])
    return modules


def demo_trainer_profile() -> Trainer | None:
    return Trainer.objects.filter(user__username=DEMO_TRAINER).first()


def add_sessions(module: TrainingModulePage, plan, trainer: Trainer | None) -> list:
    """Adds the planned sessions to the module through a published revision; the rows."""
    today = timezone.localdate()
    upcoming = module.sessions.order_by("start_date").first()
    location = upcoming.location if upcoming and upcoming.location else "Toulouse"
    sessions = list(module.sessions.all())
    added = []
    for days_ago, length, _closed in plan:
        start = today - datetime.timedelta(days=days_ago)
        added.append(
            TrainingSession(
                start_date=start,
                end_date=start + datetime.timedelta(days=length - 1),
                location=location,
                is_online=not location,
                seats=12,
            )
        )
    module.sessions = sessions + added
    if trainer is not None and not module.trainers.filter(pk=trainer.pk).exists():
        module.trainers.add(trainer)
    module.save_revision().publish()
    # The rows the publication wrote, newest first by date: the ones just planned.
    rows = {
        (row.start_date, row.end_date): row
        for row in TrainingSession.objects.filter(module=module)
    }
    return [rows[(session.start_date, session.end_date)] for session in added]


def demo_email(first: str, last: str) -> str:
    return f"{slugify(f'{first} {last}').replace('-', '.')}@example.org"


def fill(session: TrainingSession, closed: bool, offset: int) -> None:
    now = timezone.now()
    people = (PEOPLE * 2)[offset : offset + TRAINEES_PER_SESSION]
    half_days = session.half_days()
    days_before = (timezone.localdate() - session.start_date).days + 20
    registered = now - datetime.timedelta(days=days_before)
    # Not everyone answers: one fewer answer every other session.
    answers = iter(ANSWERS[: len(ANSWERS) - offset % 2])
    for n, (first, last, structure, funding) in enumerate(people):
        registration = Registration.objects.create(
            session=session,
            first_name=first,
            last_name=last,
            email=demo_email(first, last),
            structure=structure,
            funding=funding,
            status=Registration.Status.CONFIRMED,
            created_at=registered + datetime.timedelta(minutes=n),
            confirmed_at=registered + datetime.timedelta(minutes=n),
        )
        if not closed:
            continue
        no_show = n == len(people) - 1
        missed = half_days[-1] if n == len(people) - 2 else None
        Attendance.objects.bulk_create(
            Attendance(
                registration=registration,
                date=day,
                half=half,
                present=not no_show and (day, half) != missed,
            )
            for day, half in half_days
        )
        answer = None if no_show else next(answers, None)
        if answer is not None:
            overall, useful, objectives, recommends, comment = answer
            SatisfactionSurvey.objects.create(
                registration=registration,
                sent_at=now,
                answered_at=now,
                overall=overall,
                useful=useful,
                objectives=objectives,
                would_recommend=recommends,
                comment=comment,
            )
    if closed:
        # Closed by the trainer the evening after the last day.
        closed_at = timezone.make_aware(
            datetime.datetime.combine(
                session.end_date + datetime.timedelta(days=1), datetime.time(18, 0)
            )
        )
        TrainingSession.objects.filter(pk=session.pk).update(closed_at=closed_at)


@transaction.atomic
def load_training_history() -> int:
    """Adds the history to the modules that have none; returns the sessions added."""
    today = timezone.localdate()
    trainer = demo_trainer_profile()
    added = 0
    for index, module in enumerate(modules_with_history()):
        if module.sessions.filter(start_date__lt=today).exists():
            continue
        plan = PAST_SESSIONS + ([TO_CLOSE] if index == 0 else [])
        for number, (session, (_days, _length, closed)) in enumerate(
            zip(add_sessions(module, plan, trainer), plan, strict=True)
        ):
            fill(session, closed, offset=(index * 3 + number * 5) % len(PEOPLE))
            added += 1
    return added
