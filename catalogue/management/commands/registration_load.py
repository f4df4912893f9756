"""The registration burst of `make load-registration` (loadtest/registration.py): prepares
a module with 5 sessions of 12 seats, then checks what the burst left."""

import datetime
from decimal import Decimal

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from catalogue.models import (
    Registration,
    TrainingCataloguePage,
    TrainingModulePage,
    TrainingSession,
)

SLUG = "charge-inscriptions"
SESSIONS, SEATS = 5, 12
Status = Registration.Status


class Command(BaseCommand):
    help = (
        "--prepare: a live module « Charge : inscriptions » with 5 sessions of 12 seats and "
        "no registration (again on each run); --check: seats never over capacity and "
        "waiting lists in arrival order after the burst (exit status 1 otherwise)."
    )

    def add_arguments(self, parser):
        action = parser.add_mutually_exclusive_group(required=True)
        action.add_argument("--prepare", action="store_true")
        action.add_argument("--check", action="store_true")

    def handle(self, *args, prepare=False, check=False, **options):
        if prepare:
            module = self.prepare()
            self.stdout.write(f"{module.url} : {SESSIONS} sessions de {SEATS} places, prêtes.")
        else:
            problems = self.check_burst()
            if problems:
                raise CommandError("\n".join(problems))

    @transaction.atomic
    def prepare(self) -> TrainingModulePage:
        module = TrainingModulePage.objects.filter(slug=SLUG).first()
        if module is None:
            catalogue = TrainingCataloguePage.objects.live().first()
            if catalogue is None:
                raise CommandError("No live training catalogue: run load_demo first.")
            module = TrainingModulePage(
                title="Charge : inscriptions",
                slug=SLUG,
                summary="Module de la mesure de charge des inscriptions.",
                objectives="<ul><li>Mesurer</li></ul>",
                target_audience="Robots de charge",
                duration_hours=Decimal("7"),
                modality=TrainingModulePage.Modality.IN_PERSON,
                teaching_methods="<ul><li>Aucune</li></ul>",
                assessment_methods="<ul><li>Aucune</li></ul>",
                price="Gratuit",
                access_terms="Inscription en ligne.",
                contact="formation@example.org",
                registration_delay_days=0,
            )
            catalogue.add_child(instance=module)
        start = timezone.localdate() + datetime.timedelta(days=30)
        module.sessions = [
            TrainingSession(
                start_date=start + datetime.timedelta(days=7 * n),
                end_date=start + datetime.timedelta(days=7 * n),
                location=f"Salle {n + 1}",
                seats=SEATS,
            )
            for n in range(SESSIONS)
        ]
        module.save_revision().publish()
        return module

    def check_burst(self) -> list[str]:
        module = TrainingModulePage.objects.get(slug=SLUG)
        problems = []
        for session in module.sessions.with_seats_left().order_by("start_date"):
            registrations = list(session.registrations.order_by("created_at", "pk"))
            counts = {status: 0 for status in Status.values}
            for registration in registrations:
                counts[registration.status] += 1
            self.stdout.write(
                f"session {session.pk} ({session.start_date:%d/%m}) : {session.seats} places, "
                f"{counts['confirmed']} confirmées, {counts['offered']} proposées, "
                f"{counts['waiting']} en attente, {counts['cancelled']} annulées"
            )
            if session.taken_seats > session.seats:
                problems.append(f"session {session.pk}: {session.taken_seats} > {session.seats}")
            # Who had a seat at once, or was offered one, arrived before anyone still waiting.
            ahead = [
                r.created_at for r in registrations if r.status in Registration.HOLDING_A_SEAT
            ]
            waiting = [r.created_at for r in registrations if r.status == Status.WAITING]
            if ahead and waiting and max(ahead) > min(waiting):
                problems.append(f"session {session.pk}: waiting list out of arrival order")
        self.stdout.write("OK" if not problems else "ÉCHEC")
        return problems
