"""What the demo's mediator and contributor follow, their digest and a few notifications,
so that Mon espace shows a feed and the dev mailbox gets a digest at the first
`manage.py send_digests` (their previous digest is dated a month back).

Run by `load_demo` after the demo accounts exist; adds only what is missing.
"""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.notifications import NotificationKind, notify
from catalogue.models import TrainingModulePage
from communities.membership import ROLE_LABELS
from communities.models import CommunityPage
from social.follows.models import DigestPreference, Follow
from taxonomy.models import Competency, Theme

from .accounts import PRIVATE_SPACE, SICOVAL
from .training_history import DEMO_TRAINER

# username: (communities, themes, competencies, follows the demo trainer), frequency
FOLLOWS = {
    "mediatrice": (
        (SICOVAL, PRIVATE_SPACE),
        ("demarches-administratives",),
        ("CRCN-4.2",),
        True,
        DigestPreference.Frequency.WEEKLY,
    ),
    "contributrice-sicoval": (
        (SICOVAL,),
        ("numerique-securise", "parentalite-education"),
        (),
        False,
        DigestPreference.Frequency.MONTHLY,
    ),
}


def load_follows() -> int:
    """Returns how many follows were added."""
    User = get_user_model()
    added = 0
    trainer = User.objects.filter(username=DEMO_TRAINER).first()
    teaches = (
        trainer is not None
        and TrainingModulePage.objects.live().filter(trainers__user=trainer).exists()
    )
    for username, (communities, themes, codes, follows_trainer, frequency) in FOLLOWS.items():
        user = User.objects.filter(username=username).first()
        if user is None:
            continue
        targets = [("community", c) for c in CommunityPage.objects.filter(slug__in=communities)]
        targets += [("theme", t) for t in Theme.objects.filter(slug__in=themes)]
        targets += [("competency", c) for c in Competency.objects.filter(code__in=codes)]
        if follows_trainer and teaches:
            targets.append(("trainer", trainer))
        for field, target in targets:
            _follow, created = Follow.objects.get_or_create(user=user, **{field: target})
            added += created
        DigestPreference.objects.get_or_create(
            user=user,
            defaults={
                "frequency": frequency,
                "last_sent_at": timezone.now() - datetime.timedelta(days=31),
            },
        )
    notify_mediator()
    return added


def notify_mediator() -> None:
    """Her communities told her she joined them (once a day at most, as `notify` keeps)."""
    user = get_user_model().objects.filter(username="mediatrice").first()
    if user is None:
        return
    for community in CommunityPage.objects.filter(slug__in=(SICOVAL, PRIVATE_SPACE)):
        notify(
            user,
            NotificationKind.INVITATION,
            text=_("You were added to the community “%(community)s” as %(role)s.")
            % {"community": community.title, "role": ROLE_LABELS["members"]},
            url=community.url or "",
            key=f"community:{community.pk}",
        )
