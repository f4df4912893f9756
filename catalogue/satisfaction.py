"""Satisfaction after a session (Qualiopi indicator 2): who receives the questionnaire, its
signed link, and the results the module's page publishes.

Sending (`manage.py send_satisfaction_surveys`, on the scheduled timer): a session is due
once it is closed by its trainer, or two days after its last day (time to mark the
attendance), for a month; not a cancelled one. Each confirmed trainee who attended at least
one half-day receives one mail (everyone confirmed when no attendance was marked at all);
never twice, never after anonymisation.

The link: `signing` with its own salt, tied to the questionnaire and the time it was sent,
valid `RHINOCC_SATISFACTION_LINK_DAYS` days, good for one answer (the answer is written
by an update that requires it unanswered, so a double submit records one).

Results, on the module's page, published once `RHINOCC_SATISFACTION_MIN_ANSWERS` answers
exist (fewer would tell little and could point at a person):

- taux de satisfaction: answers rating the training « satisfait » or « très satisfait »
  (4 or 5 out of 5) among the answers;
- nombre de stagiaires formés: confirmed trainees present at least one half-day of an
  ended session whose attendance was marked;
- taux d'achèvement: of the confirmed trainees of those sessions, the share present at
  every half-day.

Three queries whatever the number of sessions and answers.
"""

import datetime
import logging
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Count, Exists, OuterRef, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.mail import header_text
from core.generations import PUBLISHED

from .models import Attendance, Registration, SatisfactionSurvey, TrainingSession

logger = logging.getLogger(__name__)

Status = Registration.Status

SALT = "catalogue.satisfaction"
# A session not closed is due this long after its last day (time to mark the attendance).
UNCLOSED_DELAY = datetime.timedelta(days=2)
# Sessions ended longer ago than this are not surveyed (a late deployment, a late closing).
SURVEY_WINDOW = datetime.timedelta(days=30)


def link_days() -> int:
    return settings.RHINOCC_SATISFACTION_LINK_DAYS


def min_answers() -> int:
    return settings.RHINOCC_SATISFACTION_MIN_ANSWERS


# Links ----------------------------------------------------------------------------------


def make_token(survey: SatisfactionSurvey) -> str:
    return signing.dumps([survey.pk, survey.sent_at.isoformat()], salt=SALT)


class LinkInvalid(Exception):
    """A forged or mangled link, or one whose questionnaire no longer exists."""


class LinkExpired(Exception):
    pass


def survey_from_token(token: str) -> SatisfactionSurvey:
    """The questionnaire a link names (LinkInvalid, LinkExpired otherwise)."""
    max_age = datetime.timedelta(days=link_days())
    try:
        pk, sent_at = signing.loads(token, salt=SALT, max_age=max_age)
    except signing.SignatureExpired:
        raise LinkExpired from None
    except (signing.BadSignature, TypeError, ValueError):
        raise LinkInvalid from None
    if not isinstance(pk, int):
        raise LinkInvalid
    survey = (
        SatisfactionSurvey.objects.select_related("registration__session__module")
        .filter(pk=pk)
        .first()
    )
    if survey is None or survey.sent_at.isoformat() != sent_at:
        raise LinkInvalid
    if survey.registration.anonymised_at is not None:
        # The data retention ended the questionnaire with the rest.
        raise LinkExpired
    return survey


class AlreadyAnswered(Exception):
    pass


def record_answer(survey: SatisfactionSurvey, answer: dict) -> None:
    """Writes the answer, once: AlreadyAnswered if an answer got there first."""
    written = SatisfactionSurvey.objects.filter(pk=survey.pk, answered_at__isnull=True).update(
        answered_at=timezone.now(), **answer
    )
    if not written:
        raise AlreadyAnswered
    # An update sends no signal: the module page's results change (training_results).
    PUBLISHED.bump()


# Sending --------------------------------------------------------------------------------


def due_sessions(today: datetime.date | None = None):
    today = today or timezone.localdate()
    return TrainingSession.objects.filter(
        Q(closed_at__isnull=False) | Q(end_date__lte=today - UNCLOSED_DELAY),
        is_cancelled=False,
        end_date__gte=today - SURVEY_WINDOW,
    )


def due_registrations(today: datetime.date | None = None):
    """The trainees who should receive the questionnaire and have not yet."""
    session_marked = Attendance.objects.filter(registration__session=OuterRef("session"))
    present = Attendance.objects.filter(registration=OuterRef("pk"), present=True)
    return (
        Registration.objects.filter(
            session__in=due_sessions(today).values("pk"),
            status=Status.CONFIRMED,
            anonymised_at__isnull=True,
            satisfaction__isnull=True,
        )
        .exclude(email="")
        .annotate(session_marked=Exists(session_marked), attended=Exists(present))
        .filter(Q(attended=True) | Q(session_marked=False))
        .select_related("session__module")
        .order_by("pk")
    )


def survey_url(survey: SatisfactionSurvey) -> str:
    path = reverse("catalogue_satisfaction:answer", args=[make_token(survey)])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send_survey(registration: Registration) -> SatisfactionSurvey | None:
    """Creates the questionnaire and mails its link; None if another run did it first."""
    with transaction.atomic():
        survey, created = SatisfactionSurvey.objects.get_or_create(
            registration=registration, defaults={"sent_at": timezone.now()}
        )
    if not created:
        return None
    session = registration.session
    expires = timezone.localtime(survey.sent_at) + datetime.timedelta(days=link_days())
    body = render_to_string(
        "catalogue/emails/satisfaction.txt",
        {
            "first_name": registration.first_name,
            "module": session.module,
            "session": session,
            "link": survey_url(survey),
            "expires": expires.date(),
        },
    )
    subject = header_text(
        _("Your opinion on the training « %(title)s »") % {"title": session.module.title}
    )
    try:
        send_mail(subject, body, None, [registration.email])
    except Exception:
        # Not sent: the next run tries again.
        survey.delete()
        raise
    return survey


def send_due_surveys(today: datetime.date | None = None) -> tuple[int, int]:
    """Sends every questionnaire due; (sent, failed)."""
    sent = failed = 0
    for registration in due_registrations(today):
        try:
            if send_survey(registration) is not None:
                sent += 1
        except Exception:
            logger.exception(
                "Satisfaction questionnaire not sent: registration %s", registration.pk
            )
            failed += 1
    return sent, failed


# Results --------------------------------------------------------------------------------


def percent(part: int, whole: int) -> int | None:
    return round(100 * part / whole) if whole else None


@dataclass
class ModuleResults:
    answers: int
    satisfied: int
    recommending: int
    recommend_answers: int
    objectives_reached: int
    objectives_answers: int
    trained: int
    completed: int
    confirmed: int
    sessions: int
    threshold: int

    @property
    def published(self) -> bool:
        return self.answers >= self.threshold

    @property
    def satisfaction_rate(self) -> int | None:
        return percent(self.satisfied, self.answers)

    @property
    def recommend_rate(self) -> int | None:
        return percent(self.recommending, self.recommend_answers)

    @property
    def objectives_rate(self) -> int | None:
        return percent(self.objectives_reached, self.objectives_answers)

    @property
    def completion_rate(self) -> int | None:
        return percent(self.completed, self.confirmed)


def ended_sessions(module_id: int, today: datetime.date | None = None):
    """The module's sessions that took place and whose attendance was marked."""
    today = today or timezone.localdate()
    return TrainingSession.objects.filter(
        Q(closed_at__isnull=False) | Q(end_date__lt=today),
        module_id=module_id,
        is_cancelled=False,
    ).filter(Exists(Attendance.objects.filter(registration__session=OuterRef("pk"))))


def module_results(module_id: int, today: datetime.date | None = None) -> ModuleResults:
    answers = SatisfactionSurvey.objects.filter(
        answered_at__isnull=False, registration__session__module_id=module_id
    ).aggregate(
        answers=Count("pk"),
        satisfied=Count("pk", filter=Q(overall__gte=SatisfactionSurvey.SATISFIED_FROM)),
        recommending=Count("pk", filter=Q(would_recommend=True)),
        recommend_answers=Count("pk", filter=Q(would_recommend__isnull=False)),
        objectives_reached=Count(
            "pk", filter=Q(objectives__in=SatisfactionSurvey.OBJECTIVES_REACHED)
        ),
        objectives_answers=Count("pk", filter=~Q(objectives="")),
    )
    sessions = {
        session.pk: len(session.half_days())
        for session in ended_sessions(module_id, today).only("pk", "start_date", "end_date")
    }
    trained = completed = confirmed = 0
    if sessions:
        presences = (
            Registration.objects.filter(session__in=list(sessions), status=Status.CONFIRMED)
            .annotate(present=Count("attendances", filter=Q(attendances__present=True)))
            .values_list("session_id", "present")
        )
        for session_id, present in presences:
            confirmed += 1
            trained += present > 0
            completed += present >= sessions[session_id]
    return ModuleResults(
        **answers,
        trained=trained,
        completed=completed,
        confirmed=confirmed,
        sessions=len(sessions),
        threshold=min_answers(),
    )
