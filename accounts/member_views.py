"""Mon espace and the member's own profile pages: logged-in members only, never cached."""

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from .mail import send_templated_mail
from .member_area import member_area_panels
from .profile import (
    AccountDeletionForm,
    EmailChangeForm,
    NameForm,
    address_is_taken,
    delete_account,
    drafts_to_delete,
    email_change_token,
    pages_kept,
    read_email_change_token,
)
from .ratelimit import is_allowed

DAY = 24 * 3600
# As the sign-up's: enough for someone who lost the first email, too few to flood an inbox.
EMAIL_CHANGES_PER_DAY = 3


@never_cache
@login_required
def member_area(request):
    return render(request, "accounts/member_area.html", {"panels": member_area_panels(request)})


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def change_name(request):
    form = NameForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your name is saved."))
        return redirect("accounts:member_area")
    return render(request, "accounts/profile/name.html", {"form": form})


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def change_email(request):
    user = request.user
    form = EmailChangeForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        # Limited per account and per address, counted before anything is sent.
        allowed = is_allowed("email-change-account", str(user.pk), EMAIL_CHANGES_PER_DAY, DAY)
        allowed = is_allowed("email-change", email, EMAIL_CHANGES_PER_DAY, DAY) and allowed
        if not allowed:
            return render(
                request,
                "accounts/profile/email.html",
                {"form": form, "rate_limited": True},
                status=429,
            )
        send_email_change_mail(request, email)
        return render(request, "accounts/profile/email_sent.html", {"email": email})
    return render(request, "accounts/profile/email.html", {"form": form})


def send_email_change_mail(request, email: str) -> None:
    """The link goes to the new address. An address another account holds gets a mail
    saying so instead: the page that follows is the same, and tells no one who is
    registered."""
    user = request.user
    context = {"first_name": user.first_name}
    if address_is_taken(email, user):
        send_templated_mail(
            email,
            _("Your RhinOcc email address"),
            "email_change_taken.txt",
            {**context, "login_link": request.build_absolute_uri(reverse("accounts:login"))},
        )
        return
    link = reverse("accounts:email_confirm", args=[email_change_token(user, email)])
    send_templated_mail(
        email,
        _("Confirm your new RhinOcc email address"),
        "email_change_confirm.txt",
        {**context, "link": request.build_absolute_uri(link)},
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def confirm_email(request, token):
    """The link of the confirmation mail: a button (a POST, so that a mail scanner opening
    the link changes nothing), and the address changes."""
    user = request.user
    email = read_email_change_token(token, user)
    if email is None:
        return render(request, "accounts/link_invalid.html", {"email_change": True}, status=400)
    if address_is_taken(email, user):
        return render(request, "accounts/profile/email_taken.html", {"email": email}, status=409)
    if request.method == "POST":
        old_email = user.email
        user.email = email
        user.save(update_fields=["email"])
        if old_email:
            send_templated_mail(
                old_email,
                _("Your RhinOcc email address has changed"),
                "email_changed.txt",
                {
                    "first_name": user.first_name,
                    "email": email,
                    "reset_link": request.build_absolute_uri(reverse("accounts:password_reset")),
                },
            )
        messages.success(request, _("Your email address is now %(email)s.") % {"email": email})
        return redirect("accounts:member_area")
    return render(request, "accounts/profile/email_confirm.html", {"email": email})


@method_decorator(never_cache, name="dispatch")
class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/profile/password.html"
    success_url = reverse_lazy("accounts:member_area")

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("Your password is changed."))
        return response


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete_my_account(request):
    user = request.user
    if user.is_superuser:
        # The site's administrators are removed by another administrator, in the admin:
        # the last one must not lock everybody out by mistake.
        return render(request, "accounts/profile/delete_refused.html", status=403)
    form = AccountDeletionForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        delete_account(user, form.chosen())
        logout(request)
        return render(request, "accounts/profile/deleted.html")
    return render(
        request,
        "accounts/profile/delete.html",
        {
            "form": form,
            "drafts": list(drafts_to_delete(user)),
            "kept_count": pages_kept(user).count(),
        },
    )
