"""When nothing matches: each unknown word of the query also matches the indexed words
closest to it, and the page says which correction it shows.

Close words come from the index's vocabulary (`SearchWord`): by trigram similarity on
PostgreSQL (pg_trgm, through the GIN index of the words), by a bounded edit distance on
SQLite. The vocabulary holds every word of the index, private spaces' and drafts' long
gone included: a word is used only once the visitor's own search finds it, so that a
correction never names, nor finds, what the visitor may not open.
"""

from collections.abc import Callable
from dataclasses import dataclass, replace

from django.contrib.postgres.search import TrigramSimilarity
from django.db import connection
from django.db.models.functions import Length

from .analysis import STOP_WORDS, ParsedQuery, Slot
from .models import SearchWord

# Shorter words are too often someone's abbreviation to be corrected.
MIN_CORRECTED_LENGTH = 4
LENGTH_TOLERANCE = 2
MIN_TRIGRAM_SIMILARITY = 0.3
# The closest words tried for each unknown one, best first; those kept.
MAX_CANDIDATES = 5
MAX_KEPT = 3

# Whether the visitor's search for a text finds anything.
Finds = Callable[[str], bool]


@dataclass
class Correction:
    query: ParsedQuery
    # The query as the page shows it corrected: "visioconférence petits enfants".
    text: str


def correct(query: ParsedQuery, finds: Finds) -> Correction | None:
    """The query with its unknown words matching their closest known words as well."""
    single_words = [slot[0][0] for slot in query.slots if len(slot[0]) == 1]
    known = set(SearchWord.objects.filter(word__in=single_words).values_list("word", flat=True))
    replacements: dict[str, list[str]] = {}
    for word in single_words:
        if word not in known and len(word) >= MIN_CORRECTED_LENGTH:
            found = [candidate for candidate in closest_words(word) if finds(candidate)]
            if found:
                replacements[word] = found[:MAX_KEPT]
    if not replacements:
        return None
    slots: list[Slot] = [
        slot + tuple((word,) for word in replacements.get(slot[0][0], ()))
        if len(slot[0]) == 1
        else slot
        for slot in query.slots
    ]
    spellings = dict(
        SearchWord.objects.filter(
            word__in=[found[0] for found in replacements.values()]
        ).values_list("word", "spelling")
    )
    shown = {word: spellings.get(found[0], found[0]) for word, found in replacements.items()}
    text = " ".join(shown.get(word, word) for word in query.sequence)
    text = " ".join([text, *(f"« {' '.join(phrase)} »" for phrase in query.phrases)]).strip()
    return Correction(query=replace(query, expanded=slots), text=text)


def closest_words(word: str) -> list[str]:
    """Indexed words close to this one, the closest first."""
    candidates = SearchWord.objects.annotate(length=Length("word")).filter(
        length__range=(len(word) - LENGTH_TOLERANCE, len(word) + LENGTH_TOLERANCE)
    )
    if connection.vendor == "postgresql":
        # `%` is answered by the trigram index of the words.
        return list(
            candidates.filter(word__trigram_similar=word)
            .annotate(similarity=TrigramSimilarity("word", word))
            .filter(similarity__gte=MIN_TRIGRAM_SIMILARITY)
            .order_by("-similarity", "word")
            .values_list("word", flat=True)[:MAX_CANDIDATES]
        )
    # Typos rarely change the first letter: a range of the primary key's index.
    candidates = candidates.filter(word__gte=word[0], word__lt=chr(ord(word[0]) + 1))
    bound = max_distance(word)
    scored = sorted(
        (distance, candidate)
        for candidate in candidates.values_list("word", flat=True).iterator()
        if (distance := edit_distance(word, candidate, bound)) <= bound
        and candidate not in STOP_WORDS
    )
    return [candidate for _distance, candidate in scored[:MAX_CANDIDATES]]


def max_distance(word: str) -> int:
    """As OpenSearch's "AUTO" fuzziness: one edit up to five letters, two beyond."""
    return 1 if len(word) <= 5 else 2


def edit_distance(a: str, b: str, bound: int) -> int:
    """Damerau-Levenshtein distance (a swap of two letters is one edit), or bound + 1 as
    soon as it must exceed the bound: most candidates stop after a few letters."""
    if abs(len(a) - len(b)) > bound:
        return bound + 1
    previous_previous: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = char_a != char_b
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous_previous[j - 2] + 1)
        if min(current) > bound:
            return bound + 1
        previous_previous, previous = previous, current
    return previous[-1]
