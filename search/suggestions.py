""" "Vouliez-vous dire …": the closest indexed words to those that found nothing.

The words table holds every word of the index, private spaces' and drafts' long gone
included: a word is proposed only once the visitor's own search finds it, so that a
suggestion never names what the visitor may not open.
"""

import difflib
from collections.abc import Callable

from django.contrib.postgres.search import TrigramSimilarity
from django.db import connection
from django.db.models.functions import Length

from .analysis import ParsedQuery
from .models import SearchWord

MIN_SIMILARITY = 0.7  # difflib's ratio on SQLite
MIN_TRIGRAM_SIMILARITY = 0.25  # pg_trgm's similarity on PostgreSQL
LENGTH_TOLERANCE = 2
# The closest words tried for each unknown one, best first.
MAX_CANDIDATES = 5

# Whether the visitor's search for a text finds anything.
Finds = Callable[[str], bool]


def suggest(query: ParsedQuery, finds: Finds) -> str | None:
    """The query with each word that finds nothing replaced by the closest word that does."""
    words = query.all_words
    corrected = [
        word if finds(word) else next((c for c in closest_words(word) if finds(c)), None)
        for word in words
    ]
    if all(
        replacement is None or replacement == word
        for word, replacement in zip(words, corrected, strict=True)
    ):
        return None
    spellings = dict(
        SearchWord.objects.filter(word__in=[word for word in corrected if word]).values_list(
            "word", "spelling"
        )
    )
    suggestion = " ".join(
        spellings.get(new or old, new or old) for old, new in zip(words, corrected, strict=True)
    )
    return suggestion if finds(suggestion) else None


def closest_words(word: str) -> list[str]:
    """Indexed words close to this one, the closest first."""
    if len(word) < 3:
        return []
    # Candidates share the first letter and nearly the length: typos rarely change those.
    candidates = (
        SearchWord.objects.filter(word__startswith=word[0])
        .annotate(length=Length("word"))
        .filter(length__range=(len(word) - LENGTH_TOLERANCE, len(word) + LENGTH_TOLERANCE))
    )
    if connection.vendor == "postgresql":
        return list(
            candidates.annotate(similarity=TrigramSimilarity("word", word))
            .filter(similarity__gte=MIN_TRIGRAM_SIMILARITY)
            .order_by("-similarity", "word")
            .values_list("word", flat=True)[:MAX_CANDIDATES]
        )
    words = list(candidates.values_list("word", flat=True))
    return difflib.get_close_matches(word, words, n=MAX_CANDIDATES, cutoff=MIN_SIMILARITY)
