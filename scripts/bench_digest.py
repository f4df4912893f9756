"""Digest benchmark: `make bench-digest` (DIGEST_DATABASE_URL=postgres://… for PostgreSQL).

On a database of its own: the demo, then `--members` weekly subscribers (10,000) with
`--follows` follows among them (50,000: themes, competencies, public communities and the
demo's trainers, drawn at random), their previous digest a month ago so that the demo's
contents are all new to them. Then `send_digests` for a Monday, its tasks run at once
(the development settings' ImmediateBackend: the command and every member's digest in
one process) and the mails dropped by Django's dummy backend: the time, the mails built,
the queries, and the peak of Python's allocations (tracemalloc) and of the process
(getrusage's maximum resident size).
"""

import argparse
import datetime
import os
import random
import resource
import sys
import time
import tracemalloc
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rhinocc.settings.dev")
django.setup()

from django.conf import settings  # noqa: E402

settings.DEBUG = False
settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.dummy.EmailBackend"}}

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.hashers import make_password  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.utils import timezone  # noqa: E402

from catalogue.models import Trainer  # noqa: E402
from communities.models import CommunityPage  # noqa: E402
from social.follows import digest  # noqa: E402
from social.follows.models import DigestPreference, Follow  # noqa: E402
from taxonomy.models import Competency, Theme  # noqa: E402

PREFIX = "bench-digest-"
BATCH = 2000


def ensure_members(count: int, follows: int) -> None:
    User = get_user_model()
    existing = User.objects.filter(username__startswith=PREFIX).count()
    if existing < count:
        print(f"Creating {count - existing:,} members…", flush=True)
        password = make_password(None)
        for start in range(existing, count, BATCH):
            User.objects.bulk_create(
                User(
                    username=f"{PREFIX}{n}",
                    email=f"{PREFIX}{n}@example.org",
                    first_name="Membre",
                    last_name=str(n),
                    password=password,
                )
                for n in range(start, min(start + BATCH, count))
            )
    member_ids = list(
        User.objects.filter(username__startswith=PREFIX)
        .order_by("pk")
        .values_list("pk", flat=True)
    )[:count]
    month_ago = timezone.now() - datetime.timedelta(days=31)
    DigestPreference.objects.filter(user_id__in=member_ids).delete()
    for start in range(0, len(member_ids), BATCH):
        DigestPreference.objects.bulk_create(
            DigestPreference(
                user_id=pk, frequency="weekly", last_period="2000-W01", last_sent_at=month_ago
            )
            for pk in member_ids[start : start + BATCH]
        )
    Follow.objects.filter(user_id__in=member_ids).delete()
    targets = (
        [("theme_id", pk) for pk in Theme.objects.values_list("pk", flat=True)]
        + [("competency_id", pk) for pk in Competency.objects.values_list("pk", flat=True)]
        + [
            ("community_id", pk)
            for pk in CommunityPage.objects.live()
            .filter(is_private=False)
            .values_list("pk", flat=True)
        ]
        + [
            ("trainer_id", pk)
            for pk in Trainer.objects.filter(user__isnull=False).values_list("user_id", flat=True)
        ]
    )
    per_member = max(1, follows // max(1, len(member_ids)))
    print(f"Creating {per_member * len(member_ids):,} follows among {len(targets)} targets…")
    chooser = random.Random(17)  # noqa: S311 (a reproducible draw, not a secret)
    rows = []
    for pk in member_ids:
        for field, target in chooser.sample(targets, min(per_member, len(targets))):
            rows.append(Follow(user_id=pk, **{field: target}))
        if len(rows) >= BATCH:
            Follow.objects.bulk_create(rows, ignore_conflicts=True)
            rows = []
    Follow.objects.bulk_create(rows, ignore_conflicts=True)


class CountingDummy:
    """Counts what the dummy backend drops, without keeping the messages."""

    sent = 0

    def __init__(self):
        self.original = digest.EmailMultiAlternatives.send

    def __enter__(self):
        def send(message, fail_silently=False):
            CountingDummy.sent += 1
            return self.original(message, fail_silently)

        digest.EmailMultiAlternatives.send = send
        return self

    def __exit__(self, *exc):
        digest.EmailMultiAlternatives.send = self.original


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--follows", type=int, default=50_000)
    options = parser.parse_args()
    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)
    ensure_members(options.members, options.follows)
    follows = Follow.objects.filter(user__username__startswith=PREFIX).count()
    monday = timezone.localdate() + datetime.timedelta(days=7 - timezone.localdate().weekday())

    queries = 0

    def count(execute, sql, params, many, context):
        nonlocal queries
        queries += 1
        return execute(sql, params, many, context)

    tracemalloc.start()
    with CountingDummy(), connection.execute_wrapper(count):
        started = time.perf_counter()
        enqueued = digest.send_digests(monday)
        elapsed = time.perf_counter() - started
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kB on Linux

    print(f"\n{options.members:,} members, {follows:,} follows, {connection.vendor}\n")
    print("members due | mails sent | time | per member | queries | Python peak | max RSS")
    print("--- | --- | --- | --- | --- | --- | ---")
    print(
        f"{enqueued:,} | {CountingDummy.sent:,} | {elapsed:.1f} s | "
        f"{elapsed / max(1, enqueued) * 1000:.1f} ms | {queries:,} | "
        f"{peak / 1e6:.1f} MB | {rss / 1024:.0f} MB",
        flush=True,
    )
    again = digest.send_digests(monday)
    print(f"\nA second run the same week enqueues {again} digests.")


if __name__ == "__main__":
    main()
