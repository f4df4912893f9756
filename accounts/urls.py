from django.contrib.auth import views as auth_views
from django.urls import path
from django.views.decorators.cache import never_cache

from . import views
from .forms import LoginForm

app_name = "accounts"

urlpatterns = [
    path(
        "connexion/",
        never_cache(
            auth_views.LoginView.as_view(
                template_name="accounts/login.html", authentication_form=LoginForm
            )
        ),
        name="login",
    ),
    path("deconnexion/", auth_views.LogoutView.as_view(next_page="/"), name="logout"),
    path("inscription/", views.signup, name="signup"),
    path("inscription/confirmer/<str:token>/", views.signup_confirm, name="signup_confirm"),
    path("inscription/bienvenue/", views.welcome, name="welcome"),
    path(
        "invitation/<uidb64>/<token>/",
        views.InvitationView.as_view(),
        name="invitation",
    ),
    path(
        "mot-de-passe-oublie/",
        views.RateLimitedPasswordResetView.as_view(),
        name="password_reset",
    ),
    path(
        "mot-de-passe-oublie/envoye/",
        auth_views.PasswordResetDoneView.as_view(
            template_name="accounts/password_reset_done.html"
        ),
        name="password_reset_done",
    ),
    path(
        "mot-de-passe/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "mot-de-passe/modifie/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="accounts/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
]
