import secrets

from axes.utils import reset as unlock
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from demo.accounts import DEMO_ACCOUNTS
from demo.management.links import entry_links

ROLES = {username: role for username, _first, _last, role, _groups in DEMO_ACCOUNTS}


class Command(BaseCommand):
    help = (
        "Lists the demo accounts; with --reset, gives them (or the ones named) new "
        "passwords and prints them. Development only."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            nargs="*",
            metavar="USERNAME",
            help="new passwords for these demo accounts (all of them if none is named)",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="reset even without DEBUG, on a demo server run with the production settings",
        )

    def handle(self, *args, reset, force, **options):
        if reset is None:
            self.list_accounts()
            return
        # Before anything reads the database: a real site must not hand out passwords.
        if not settings.DEBUG and not force:
            raise CommandError(self.refusal())
        unknown = sorted(set(reset) - set(ROLES))
        if unknown:
            raise CommandError(
                _("Unknown demo account: %(unknown)s. The demo accounts are: %(known)s.")
                % {"unknown": ", ".join(unknown), "known": ", ".join(ROLES)}
            )
        User = get_user_model()
        chosen = [username for username in ROLES if not reset or username in reset]
        users = {user.username: user for user in User.objects.filter(username__in=chosen)}
        lines = [_("New passwords — write them down, they will not be shown again:")]
        for username in chosen:
            user = users.get(username)
            if user is None:
                lines.append(
                    f"  {username:<22} " + _("missing: python manage.py load_demo creates it")
                )
                continue
            password = secrets.token_urlsafe(12)
            user.set_password(password)
            user.save(update_fields=["password"])
            # A forgotten password often comes with a locked-out account.
            unlock(username=username)
            lines.append(f"  {username:<22} {password}   ({ROLES[username]})")
        lines += [f"  {line}" for line in entry_links()]
        self.stdout.write(self.style.SUCCESS("\n".join(lines)))

    def list_accounts(self):
        existing = set(
            get_user_model().objects.filter(username__in=ROLES).values_list("username", flat=True)
        )
        lines = [_("Demo accounts:")]
        for username, role in ROLES.items():
            state = (
                "" if username in existing else " — " + _("missing (python manage.py load_demo)")
            )
            lines.append(f"  {username:<22} ({role}){state}")
        lines.append(
            _(
                "Lost passwords: python manage.py demo_accounts --reset (all of them) or "
                "--reset editrice (one)."
            )
        )
        lines += [f"  {line}" for line in entry_links()]
        self.stdout.write("\n".join(lines))

    def refusal(self) -> str:
        module = getattr(settings, "SETTINGS_MODULE", None) or ""
        if module.endswith(".production"):
            return _(
                "Refused: these are the production settings (%(settings)s). The demo "
                "accounts' passwords are reset only in development; on a demo server, add "
                "--force."
            ) % {"settings": module}
        return _(
            "Refused: DEBUG is off, as on a real site. The demo accounts' passwords are "
            "reset only in development (make run); add --force if this is a demo server."
        )
