"""Public account pages: log in and out, sign up as a mediator, accept an invitation,
reset a forgotten password. In French, usable without JavaScript, never cached."""

from axes.utils import reset as axes_reset
from django.conf import settings
from django.contrib.auth import get_user_model, login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import Group
from django.core import signing
from django.db import IntegrityError, transaction
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from .clients import counted_client
from .forms import AccountPasswordForm, LoginForm, SignupForm
from .invitations import find_account
from .mail import send_templated_mail
from .ratelimit import is_allowed
from .roles import MEDIATORS

User = get_user_model()

LOGIN_BACKEND = "accounts.backends.EmailOrUsernameBackend"
SIGNUP_SALT = "accounts.signup"
SIGNUP_LINK_MAX_AGE = 2 * 24 * 3600
HOUR, DAY = 3600, 24 * 3600
# Per IP address: enough for a training room signing up together behind one
# address, too few for a script. Per mailbox: enough for someone who lost the
# first email, too few to flood a stranger's inbox.
ATTEMPTS_PER_IP_PER_HOUR = 20
EMAILS_PER_ADDRESS_PER_DAY = 3


def too_many_attempts(request, scope: str) -> bool:
    return request.method == "POST" and not is_allowed(
        scope, counted_client(request), ATTEMPTS_PER_IP_PER_HOUR, HOUR
    )


@method_decorator(never_cache, name="dispatch")
class LoginView(auth_views.LoginView):
    """The public login, the door of "Espace membres".

    A member already logged in who comes without `next` goes to Mon espace. With a safe
    `next`, a page their account may not open sent them here (a private space sends its
    outsiders to this page): sending them back would loop, so the page says whom they are
    logged in as and lets them log in with another account, `next` kept.
    """

    template_name = "accounts/login.html"
    authentication_form = LoginForm

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not self.get_redirect_url():
            return redirect(settings.LOGIN_REDIRECT_URL)
        return super().dispatch(request, *args, **kwargs)


@method_decorator(never_cache, name="dispatch")
class LogoutView(auth_views.LogoutView):
    """Logging out is a POST (with its CSRF token) from the header's button; a GET, from a
    bookmark or a typed address, answers the page with that button instead of a 405."""

    http_method_names = ["get", "post", "options"]
    template_name = "accounts/logout.html"
    next_page = "/"

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data())


@never_cache
@require_http_methods(["GET", "POST"])
def signup(request):
    form = SignupForm(request.POST or None)
    if too_many_attempts(request, "signup"):
        return render(
            request, "accounts/signup.html", {"form": form, "rate_limited": True}, status=429
        )
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        # The same page follows whether or not the address has an account:
        # the answer must not tell who is registered.
        if is_allowed("signup-email", email, EMAILS_PER_ADDRESS_PER_DAY, DAY):
            send_signup_email(request, email)
        return render(request, "accounts/signup_sent.html", {"email": email})
    return render(request, "accounts/signup.html", {"form": form})


def send_signup_email(request, email: str) -> None:
    if find_account(email) is not None:
        send_templated_mail(
            email,
            _("Your RhinOcc account"),
            "signup_existing.txt",
            {
                "login_link": request.build_absolute_uri(reverse("accounts:login")),
                "reset_link": request.build_absolute_uri(reverse("accounts:password_reset")),
            },
        )
        return
    token = signing.dumps(email, salt=SIGNUP_SALT)
    send_templated_mail(
        email,
        _("Confirm your RhinOcc account"),
        "signup_confirm.txt",
        {"link": request.build_absolute_uri(reverse("accounts:signup_confirm", args=[token]))},
    )


@never_cache
@require_http_methods(["GET", "POST"])
def signup_confirm(request, token):
    """The link of the confirmation email: choose a password, and the account exists.

    Nothing is stored before this step, and the link is good once: after it,
    an account holds the address.
    """
    try:
        email = signing.loads(token, salt=SIGNUP_SALT, max_age=SIGNUP_LINK_MAX_AGE)
    except signing.BadSignature:
        return render(request, "accounts/link_invalid.html", {"signup": True}, status=400)
    if find_account(email) is not None:
        return render(request, "accounts/link_invalid.html", {"used": True}, status=400)
    form = AccountPasswordForm(User(email=email), request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                user = form.save()
        except IntegrityError:  # the same link, submitted twice at once
            return render(request, "accounts/link_invalid.html", {"used": True}, status=400)
        mediators, _created = Group.objects.get_or_create(name=MEDIATORS)
        user.groups.add(mediators)
        login(request, user, backend=LOGIN_BACKEND)
        return redirect("accounts:welcome")
    return render(request, "accounts/signup_confirm.html", {"form": form, "email": email})


@never_cache
@login_required
def welcome(request):
    return render(request, "accounts/welcome.html")


class AccountLinkMixin:
    """The one-time links of accounts: an expired or used link is a 400 with an explanation,
    a link to no account a 404 with the same one, never a blank form. Choosing the password
    lifts a lockout for failed logins: the mailbox proves who is asking."""

    def get_form(self, form_class=None):
        return None if self.user is None else super().get_form(form_class)

    def render_to_response(self, context, **kwargs):
        if self.user is None:
            kwargs["status"] = 404
        elif not context.get("validlink", True):
            kwargs["status"] = 400
        return super().render_to_response(context, **kwargs)

    def form_valid(self, form):
        response = super().form_valid(form)
        axes_reset(username=self.user.get_username())
        return response


@method_decorator(never_cache, name="dispatch")
class InvitationView(AccountLinkMixin, auth_views.PasswordResetConfirmView):
    form_class = AccountPasswordForm
    template_name = "accounts/invitation.html"
    post_reset_login = True
    post_reset_login_backend = LOGIN_BACKEND

    def get_success_url(self):
        if self.user.has_perm("wagtailadmin.access_admin"):
            return reverse("wagtailadmin_home")
        return reverse("accounts:welcome")


@method_decorator(never_cache, name="dispatch")
class RateLimitedPasswordResetView(auth_views.PasswordResetView):
    template_name = "accounts/password_reset_form.html"
    email_template_name = "accounts/emails/password_reset.txt"
    subject_template_name = "accounts/emails/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")

    def post(self, request, *args, **kwargs):
        if too_many_attempts(request, "password-reset"):
            form = self.get_form()
            return self.render_to_response(
                self.get_context_data(form=form, rate_limited=True), status=429
            )
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        # Past a few emails a day, the same answer without a new email: the answer must not
        # tell who is registered, and a stranger's inbox is not to be flooded.
        email = form.cleaned_data["email"].strip().lower()
        if not is_allowed("password-reset-email", email, EMAILS_PER_ADDRESS_PER_DAY, DAY):
            return redirect(self.get_success_url())
        return super().form_valid(form)


@method_decorator(never_cache, name="dispatch")
class PasswordResetConfirmView(AccountLinkMixin, auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")
