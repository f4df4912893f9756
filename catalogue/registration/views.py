"""The public registration pages: the form of a session, the page of one's registration
(its status, the waiting-list position, the button to cancel), the page of a seat offered.
No account needed: the links of the mails carry signed tokens. French; usable without
JavaScript; never cached (each form carries its CSRF token); the public sees counts only.

Links open a page with a button, never act on GET: mail scanners open links too.
"""

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from accounts.clients import counted_client
from accounts.ratelimit import is_allowed

from ..models import Registration, TrainingSession
from . import mail, services
from .forms import RegistrationForm

HOUR = 3600


def public_session(session_id: int) -> TrainingSession:
    """The session, if its module is live and public (what its page shows), with its
    seats left; 404 otherwise."""
    session = (
        TrainingSession.objects.with_seats_left()
        .select_related("module")
        .filter(pk=session_id, module__live=True)
        .first()
    )
    if session is None or session.module.get_view_restrictions().exists():
        raise Http404
    return session


def session_context(session: TrainingSession) -> dict:
    someone_waits = session.registrations.filter(status=Registration.Status.WAITING).exists()
    return {
        "session": session,
        "module": session.module,
        "full": session.seats_left == 0 or someone_waits,
        "retention_months": settings.RHINOCC_REGISTRATION_RETENTION_MONTHS,
    }


@never_cache
@require_http_methods(["GET", "POST"])
def register(request, session_id: int):
    session = public_session(session_id)
    form = RegistrationForm(request.POST or None, user=request.user)
    context = {"form": form, **session_context(session)}
    template = "catalogue/registration/form.html"
    try:
        services.refuse_if_closed(session)
    except services.RegistrationRefused as refusal:
        context["refusal"] = refusal
        # Refused on arrival too (a bookmark, a late visitor): the form is not shown empty.
        status = 409 if request.method == "POST" else 200
        return render(request, template, context, status=status)
    if request.method == "POST":
        if not is_allowed(
            "session-registration",
            counted_client(request),
            settings.RHINOCC_REGISTRATION_ATTEMPTS_PER_HOUR,
            HOUR,
        ):
            return render(request, template, {**context, "rate_limited": True}, status=429)
        if form.is_valid():
            try:
                outcome = services.register(
                    session.pk, form.registration_values(), user=request.user
                )
            except services.RegistrationRefused as refusal:
                context["refusal"] = refusal
                return render(request, template, context, status=409)
            token = outcome.registration.make_token(Registration.CANCEL)
            return redirect(f"{reverse('sessions:registration', args=[token])}?nouvelle=1")
    return render(request, template, context)


def registration_from(token: str, purpose: str) -> Registration | None:
    return Registration.from_token(
        token, purpose, Registration.objects.select_related("session__module")
    )


@never_cache
@require_http_methods(["GET", "POST"])
def registration(request, token: str):
    """One's registration: status, position, the session's .ics, the button to cancel."""
    found = registration_from(token, Registration.CANCEL)
    template = "catalogue/registration/registration.html"
    if found is None:
        return render(request, "catalogue/registration/link_invalid.html", status=404)
    context = {
        "registration": found,
        "token": token,
        "just_registered": "nouvelle" in request.GET,
    }
    if request.method == "POST":
        try:
            found = services.cancel(found.pk)
        except services.RegistrationRefused as refusal:
            context["refusal"] = refusal
            found.refresh_from_db()
            return render(request, template, context, status=409)
        return redirect(f"{reverse('sessions:registration', args=[token])}?annulee=1")
    context["just_cancelled"] = "annulee" in request.GET
    context["just_accepted"] = "acceptee" in request.GET
    context["position"] = services.waiting_position(found)
    return render(request, template, context)


@never_cache
@require_safe
def registration_calendar(request, token: str):
    found = registration_from(token, Registration.CANCEL)
    if found is None or found.status != Registration.Status.CONFIRMED:
        raise Http404
    response = HttpResponse(mail.invitation(found), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="session.ics"'
    return response


@never_cache
@require_http_methods(["GET", "POST"])
def registration_offer(request, token: str):
    """A seat offered to someone waiting: the page says until when, the button takes it."""
    found = registration_from(token, Registration.ACCEPT_OFFER)
    template = "catalogue/registration/offer.html"
    if found is None:
        return render(request, "catalogue/registration/link_invalid.html", status=404)
    context = {"registration": found}
    if found.status == Registration.Status.CONFIRMED:
        context["already_confirmed"] = True
    if request.method == "POST":
        try:
            found = services.accept_offer(found.pk)
        except services.RegistrationRefused as refusal:
            context["refusal"] = refusal
            return render(request, template, context, status=409)
        manage = found.make_token(Registration.CANCEL)
        return redirect(f"{reverse('sessions:registration', args=[manage])}?acceptee=1")
    if found.status == Registration.Status.OFFERED and found.offer_expires_at <= services.now():
        context["refusal"] = services.RegistrationRefused(services.OFFER_EXPIRED, "expired")
    elif found.status not in (Registration.Status.OFFERED, Registration.Status.CONFIRMED):
        context["refusal"] = services.RegistrationRefused(services.OFFER_GONE, "expired")
    return render(request, template, context)
