"""One demo account per role, so that anyone trying the demo can see what each role may do.

Created by `load_demo` only, never in production; the passwords are generated
and printed once, like the local administrator's.
"""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from accounts.roles import HUB_EDITORS, MEDIATORS, TRAINERS
from catalogue.trainers import ensure_trainer_profile
from communities.models import CommunityAccess

User = get_user_model()

SICOVAL = "reseau-mediation-numerique-sicoval"
CONCERTATION_31400 = "concertation-31400"
# The demo's private space, so that the mediator can see what its members see.
PRIVATE_SPACE = "ateliers-seniors-itinerants-hautes-pyrenees"

# username, first name, last name, what the role is, its groups: a global
# group's name, or (community slug, role) for a community's group.
DEMO_ACCOUNTS = [
    ("editrice", "Émilie", "Éditrice", "éditrice du hub", [HUB_EDITORS]),
    ("formateur", "François", "Formateur", "formateur", [TRAINERS]),
    (
        "contributrice-sicoval",
        "Camille",
        "Contributrice",
        "contributrice du réseau du Sicoval",
        [(SICOVAL, "contributors")],
    ),
    (
        "admin-sicoval",
        "Alice",
        "Administratrice",
        "administratrice du réseau du Sicoval",
        [(SICOVAL, "administrators")],
    ),
    (
        "contributeur-31400",
        "Karim",
        "Contributeur",
        "contributeur de Concertation 31400",
        [(CONCERTATION_31400, "contributors")],
    ),
    (
        "mediatrice",
        "Maya",
        "Médiatrice",
        "médiatrice, membre du Sicoval et d'un espace privé",
        [MEDIATORS, (SICOVAL, "members"), (PRIVATE_SPACE, "members")],
    ),
]


def resolve_group(spec) -> Group | None:
    if isinstance(spec, str):
        return Group.objects.filter(name=spec).first()
    slug, role = spec
    access = CommunityAccess.objects.filter(page__slug=slug).first()
    return getattr(access, role) if access else None


def ensure_demo_accounts() -> list[tuple[str, str, str]]:
    """Creates the missing demo accounts; returns (username, role, password) for each new one."""
    created = []
    for username, first_name, last_name, role, group_specs in DEMO_ACCOUNTS:
        if User.objects.filter(username=username).exists():
            continue
        password = secrets.token_urlsafe(12)
        user = User.objects.create_user(
            username=username,
            email=f"{username}@rhinocc.example",
            password=password,
            first_name=first_name,
            last_name=last_name,
        )
        user.groups.add(*[group for group in map(resolve_group, group_specs) if group])
        # The trainer's own profile, as their first login would make it.
        ensure_trainer_profile(user)
        created.append((username, role, password))
    return created
