"""Logging in with what people know: their e-mail address, or their username.

Usernames are generated handles (accounts/handles.py) that nobody has to remember.
"""

from asgiref.sync import sync_to_async
from django.contrib.auth import check_password_with_timing_attack_mitigation, get_user_model
from django.contrib.auth.backends import ModelBackend
from django.views.decorators.debug import sensitive_variables

User = get_user_model()


def account_for_login(identifier: str):
    """The account whose username is `identifier`, else the one account with that e-mail
    address, whatever its case; None when there is none, or several share the address."""
    identifier = identifier.strip()
    account = User._default_manager.filter(username=identifier).first()
    if account is not None or "@" not in identifier:
        return account
    accounts = list(User._default_manager.filter(email__iexact=identifier)[:2])
    return accounts[0] if len(accounts) == 1 else None


class EmailOrUsernameBackend(ModelBackend):
    @sensitive_variables("password")
    def authenticate(self, request, username=None, password=None, **kwargs):
        username = username if username is not None else kwargs.get(User.USERNAME_FIELD)
        if username is None or password is None:
            return None
        user = account_for_login(username)
        if check_password_with_timing_attack_mitigation(
            user, password
        ) and self.user_can_authenticate(user):
            return user
        return None

    async def aauthenticate(self, request, username=None, password=None, **kwargs):
        return await sync_to_async(self.authenticate)(request, username, password, **kwargs)
