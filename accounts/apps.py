from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts and roles")

    def ready(self):
        from wagtail.admin.forms.account import NameEmailForm

        from .validators import refuse_control_characters

        # The admin's own profile form has no setting to replace it: its name fields get
        # the rule that the public forms apply (accounts/forms.py).
        for name in ("first_name", "last_name"):
            NameEmailForm.base_fields[name].validators.append(refuse_control_characters)
