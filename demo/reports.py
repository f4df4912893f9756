"""Reports of the demo: three new ones waiting in the editors' queue (« Signalements »), a
new one on a member's comment when the demo has comments, and two processed ones (dismissed,
author asked), so that the queue, its filters and a processed report have something to show.

The reporters are anonymous visitors (with or without an address at example.org). Loading
again adds nothing once the demo has a report.
"""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from accounts.roles import HUB_EDITORS
from catalogue.models import TrainingModulePage
from kits.models import KitPage, ResourcePage, WorkshopContentPage
from social.models import Recommendation, Report

Reason = Report.Reason

# (page type, rank among its public pages, reason, comment, reporter's address, days ago)
NEW_REPORTS = [
    (
        WorkshopContentPage,
        0,
        Reason.OUT_OF_DATE,
        "Le lien vers le simulateur de l'ANTS renvoie une page d'erreur depuis la refonte "
        "de leur site.",
        "sandrine.vidal@example.org",
        1,
    ),
    (
        ResourcePage,
        0,
        Reason.ERRORS,
        "Le numéro de la permanence indiqué n'est plus le bon : c'est désormais le "
        "05 61 00 00 00.",
        "",
        2,
    ),
    (
        WorkshopContentPage,
        1,
        Reason.DUPLICATE,
        "Cette fiche reprend presque mot pour mot une autre fiche de la banque de contenus.",
        "thomas.garcia@example.org",
        3,
    ),
]
COMMENT_REPORT = (
    Reason.OUT_OF_DATE,
    "Ce commentaire parle d'une ancienne version du contenu, corrigée depuis.",
    "",
)
# (page type, rank, reason, comment, reporter's address, days ago, outcome, note, message)
PROCESSED_REPORTS = [
    (
        KitPage,
        0,
        Reason.INAPPROPRIATE,
        "Le vocabulaire employé est trop technique pour le public accompagné.",
        "marc.lopez@example.org",
        12,
        Report.Outcome.DISMISSED,
        "Merci : ce kit s'adresse aux médiateurs, pas au public accompagné ; nous le "
        "laissons tel quel.",
        "",
    ),
    (
        TrainingModulePage,
        0,
        Reason.ERRORS,
        "La durée indiquée ne correspond pas au programme détaillé (deux demi-journées).",
        "anne.durand@example.org",
        9,
        Report.Outcome.AUTHOR_ASKED,
        "Merci, nous avons demandé au formateur de corriger la fiche.",
        "Bonjour, pouvez-vous aligner la durée sur le programme détaillé ? Merci !",
    ),
]


def public_page(model, rank: int):
    return model.objects.live().public().order_by("path")[rank : rank + 1].first()


def received(report: Report, days_ago: int, now: datetime.datetime) -> None:
    Report.objects.filter(pk=report.pk).update(
        created_at=now - datetime.timedelta(days=days_ago, hours=3)
    )


def load_reports() -> None:
    if Report.objects.exists():
        return
    now = timezone.now()
    editor = (
        get_user_model()
        .objects.filter(groups__name=HUB_EDITORS, is_active=True)
        .order_by("pk")
        .first()
    )
    for model, rank, reason, comment, email, days_ago in NEW_REPORTS:
        page = public_page(model, rank)
        if page is not None:
            report = Report.objects.create(
                page=page, reason=reason, comment=comment, reporter_email=email
            )
            received(report, days_ago, now)
    recommendation = (
        Recommendation.objects.filter(is_hidden=False, page__live=True)
        .exclude(comment="")
        .order_by("level", "pk")
        .first()
    )
    if recommendation is not None:
        reason, comment, email = COMMENT_REPORT
        report = Report.objects.create(
            recommendation=recommendation, reason=reason, comment=comment, reporter_email=email
        )
        received(report, 0, now)
    for model, rank, reason, comment, email, days_ago, outcome, note, message in PROCESSED_REPORTS:
        page = public_page(model, rank)
        if page is None:
            continue
        report = Report.objects.create(
            page=page,
            reason=reason,
            comment=comment,
            reporter_email=email,
            state=Report.State.PROCESSED,
            outcome=outcome,
            processed_by=editor,
            processed_at=now - datetime.timedelta(days=days_ago - 1),
            reporter_note=note,
            author_message=message,
            # Processed before the demo was loaded: no digest lists it.
            digested_at=now - datetime.timedelta(days=days_ago - 1),
        )
        received(report, days_ago, now)
