"""Usernames are handles made from the person's name, never their e-mail address.

Community administrators see usernames; an address in them would let anyone who
manages a community collect the addresses of the hub's users (audit finding 5).
"""

import itertools

from django.contrib.auth import get_user_model
from django.utils.crypto import salted_hmac
from django.utils.text import slugify

NAME_LENGTH = 40
SUFFIX_LENGTH = 6
ANONYMOUS = "membre"


def unique_handle(first_name: str, last_name: str, seed: str, accounts=None) -> str:
    """`prenom-nom-1a2b3c`: the name, and a suffix drawn from `seed` (the e-mail address).

    The suffix is a keyed hash, so it tells nothing of the address; being the same for the
    same address, two submissions of one sign-up at once collide on the unique username
    instead of creating two accounts. `accounts`: the manager to check against (the
    historical model's in a migration).
    """
    accounts = accounts if accounts is not None else get_user_model()._default_manager
    name = slugify(f"{first_name} {last_name}")[:NAME_LENGTH].strip("-") or ANONYMOUS
    for attempt in itertools.count():
        suffix = salted_hmac(
            "accounts.handle", f"{seed}:{attempt}", algorithm="sha256"
        ).hexdigest()[:SUFFIX_LENGTH]
        handle = f"{name}-{suffix}"
        if not accounts.filter(username=handle).exists():
            return handle
