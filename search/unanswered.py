"""Counting searches that found nothing, without counting who searched.

The same discipline as the download counters (`documents.counting`): bots are not
counted, a client counts once per query per day under a keyed hash kept in the cache
for a day, and the table holds the folded query, the day and a number.
"""

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.module_loading import import_string

from documents.counting import is_bot

from .analysis import ParsedQuery, words
from .models import UnansweredSearch

MAX_LENGTH = UnansweredSearch._meta.get_field("query").max_length


def folded_query(query: ParsedQuery) -> str:
    """The query as editors read it: folded words ("Sécurité  numérique!" and "securite
    numerique" are one line)."""
    return " ".join(words(query.text))[:MAX_LENGTH]


def count_unanswered(request, query: ParsedQuery) -> None:
    """Adds one to today's counter of this query, once per client and per day."""
    text = folded_query(query)
    if not text or is_bot(request):
        return
    day = timezone.localdate()
    if not first_time_today(request, day, text):
        return
    updated = UnansweredSearch.objects.filter(query=text, day=day).update(count=F("count") + 1)
    if updated:
        return
    try:
        with transaction.atomic():
            UnansweredSearch.objects.create(query=text, day=day, count=1)
    except IntegrityError:
        # Another request created today's row between our update and insert.
        UnansweredSearch.objects.filter(query=text, day=day).update(count=F("count") + 1)


def first_time_today(request, day, text: str) -> bool:
    counted_client = import_string(settings.RHINOCC_COUNTED_CLIENT_CALLABLE)
    counted = f"{day}:{text}:{counted_client(request)}"
    digest = salted_hmac("search.unanswered", counted, algorithm="sha256").hexdigest()[:32]
    return cache.add(f"unanswered:{digest}", 1, timeout=24 * 3600)
