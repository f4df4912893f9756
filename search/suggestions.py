""" "Vouliez-vous dire …": the closest indexed words to those that found nothing."""

import difflib

from django.contrib.postgres.search import TrigramSimilarity
from django.db import connection
from django.db.models.functions import Length

from .analysis import ParsedQuery
from .models import SearchWord

MIN_SIMILARITY = 0.7  # difflib's ratio on SQLite
MIN_TRIGRAM_SIMILARITY = 0.25  # pg_trgm's similarity on PostgreSQL
LENGTH_TOLERANCE = 2


def suggest(query: ParsedQuery) -> str | None:
    """The query with each unknown word replaced by the closest indexed one, if any changed."""
    words = query.all_words
    known = set(SearchWord.objects.filter(word__in=words).values_list("word", flat=True))
    corrected = [word if word in known else closest_word(word) for word in words]
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
    return " ".join(
        spellings.get(new or old, new or old) for old, new in zip(words, corrected, strict=True)
    )


def closest_word(word: str) -> str | None:
    if len(word) < 3:
        return None
    # Candidates share the first letter and nearly the length: typos rarely change those.
    candidates = (
        SearchWord.objects.filter(word__startswith=word[0])
        .annotate(length=Length("word"))
        .filter(length__range=(len(word) - LENGTH_TOLERANCE, len(word) + LENGTH_TOLERANCE))
    )
    if connection.vendor == "postgresql":
        best = (
            candidates.annotate(similarity=TrigramSimilarity("word", word))
            .filter(similarity__gte=MIN_TRIGRAM_SIMILARITY)
            .order_by("-similarity", "word")
            .values_list("word", flat=True)
            .first()
        )
        return best
    words = list(candidates.values_list("word", flat=True))
    matches = difflib.get_close_matches(word, words, n=1, cutoff=MIN_SIMILARITY)
    return matches[0] if matches else None
