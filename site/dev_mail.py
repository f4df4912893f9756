"""Mails in development (`make run`): one readable text file per mail.

Django's console and file backends write the raw MIME message, quoted-printable
included, which cuts long links (a sign-up confirmation, a password reset) across
lines. This backend writes the headers and the decoded text body, and the dev-only
page /dev/courriels/ lists and shows those files. Never used outside DEBUG.
"""

import datetime
import re
import secrets
import sys
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path

from django.conf import settings
from django.core.mail import InvalidMailer
from django.core.mail.backends.base import BaseEmailBackend
from django.urls import NoReverseMatch, reverse
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

BACKEND = "rhinocc.dev_mail.ReadableFileBackend"
# Names this backend gives its files: their time, to the microsecond, sorts them.
NAME_PATTERN = r"[0-9]{8}-[0-9]{6}-[0-9]{6}-[0-9a-f]{8}"
SUFFIX = ".txt"
HEADERS = ("From", "To", "Cc", "Reply-To", "Date", "Subject")


@dataclass(frozen=True)
class WrittenMail:
    name: str
    headers: dict[str, str]
    body: str

    @property
    def subject(self) -> str:
        return self.headers.get("Subject", "")

    @property
    def sender(self) -> str:
        return self.headers.get("From", "")

    @property
    def reply_to(self) -> str:
        return self.headers.get("Reply-To", "")

    @property
    def attachments(self) -> str:
        return self.headers.get("Attachments", "")

    @property
    def recipients(self) -> str:
        return ", ".join(filter(None, [self.headers.get("To"), self.headers.get("Cc")]))

    @property
    def sent_at(self) -> datetime.datetime | None:
        try:
            return parsedate_to_datetime(self.headers["Date"])
        except (KeyError, TypeError, ValueError):
            return None


class ReadableFileBackend(BaseEmailBackend):
    """Writes each mail to `file_path` as `<time>-<random>.txt`: headers, then the text."""

    def __init__(self, file_path=None, **kwargs):
        super().__init__(**kwargs)
        if file_path is None:
            raise InvalidMailer("OPTIONS must define 'file_path'.", alias=self.alias)
        self.file_path = Path(file_path).resolve()
        try:
            self.file_path.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise InvalidMailer(
                f"Could not create 'file_path': {self.file_path} ({error})", alias=self.alias
            ) from error

    def send_messages(self, email_messages):
        for message in email_messages:
            name = self.write(message)
            sys.stdout.write(
                _("Email “%(subject)s” to %(recipients)s: %(link)s")
                % {
                    "subject": message.subject,
                    "recipients": ", ".join(message.recipients()),
                    "link": mail_link(name) or self.file_path / f"{name}{SUFFIX}",
                }
                + "\n"
            )
        return len(email_messages)

    def write(self, message) -> str:
        mime = message.message()
        lines = [f"{header}: {mime[header]}" for header in HEADERS if mime[header]]
        attachments = [part.get_filename() or "?" for part in mime.iter_attachments()]
        if attachments:
            lines.append(f"Attachments: {', '.join(attachments)}")
        lines += ["", text_of(mime)]
        now = datetime.datetime.now(datetime.UTC)
        name = f"{now:%Y%m%d-%H%M%S-%f}-{secrets.token_hex(4)}"
        (self.file_path / f"{name}{SUFFIX}").write_text("\n".join(lines), encoding="utf-8")
        return name


def text_of(mime) -> str:
    """The plain-text body, decoded; the HTML one without its tags if there is no text."""
    part = mime.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    content = part.get_content()
    return strip_tags(content) if part.get_content_subtype() == "html" else content


def mail_link(name: str) -> str | None:
    """The dev page of a mail, at the address `make run` serves on."""
    try:
        path = reverse("dev_mail", args=[name])
    except NoReverseMatch:
        return None
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def mail_directory() -> Path | None:
    """Where the default mailer writes, if it is this backend."""
    mailer = getattr(settings, "MAILERS", {}).get("default", {})
    if mailer.get("BACKEND") != BACKEND:
        return None
    return Path(mailer["OPTIONS"]["file_path"]).resolve()


def read_mail(directory: Path, name: str) -> WrittenMail | None:
    if not re.fullmatch(NAME_PATTERN, name):
        return None
    try:
        text = (directory / f"{name}{SUFFIX}").read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError):
        return None
    head, _separator, body = text.partition("\n\n")
    headers = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
    return WrittenMail(name=name, headers=headers, body=body.rstrip())


def written_mails(directory: Path) -> list[WrittenMail]:
    """The mails of `directory`, newest first."""
    names = sorted((path.stem for path in directory.glob(f"*{SUFFIX}")), reverse=True)
    mails = (read_mail(directory, name) for name in names)
    return [mail for mail in mails if mail]
