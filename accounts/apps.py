from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts and roles")

    def ready(self):
        from django.contrib.auth import get_user_model

        from .validators import refuse_control_characters

        # auth.User is not ours to subclass; its name fields get the rule here, so that
        # every form built on it refuses control characters: ours, and Wagtail's account
        # and user screens.
        for name in ("first_name", "last_name"):
            field = get_user_model()._meta.get_field(name)
            field._validators.append(refuse_control_characters)
            field.__dict__.pop("validators", None)
