"""Searches that forgive: the field's synonyms, and words glued or split differently.

A parsed query is expanded before an engine sees it: each word (or run of words) becomes
a slot of alternatives that may match in its place (`ParsedQuery.slots`):

- "telephone" also matches "smartphone", "mobile", "portable" (the `Synonym` snippets);
  "appel video" also matches "visio", a run of words matched as a whole;
- "motdepasse" also matches "mot de passe", and "mot de passe" also "motdepasse",
  "e-mail" "email" and back: a split or glued form is tried only when the index's
  vocabulary (`SearchWord`) has its words, so that no invented word is searched.

Quoted phrases are left as typed. On OpenSearch and Elasticsearch the synonyms are in
the index's own analysis instead (`synonym_rules`, see `search.backends.elastic`).
"""

from dataclasses import replace
from hashlib import sha256

from django.core.cache import cache

from .analysis import (
    MAX_QUERY_WORDS,
    STOP_WORDS,
    Alternative,
    ParsedQuery,
    Slot,
    stem,
    words,
)
from .models import SYNONYMS_GENERATION, SearchWord, Synonym, index_generation

# A synonym or a glued form spans at most this many words of the query.
MAX_SPAN = 4
# Parts of a split word are words of their own, not syllables.
MIN_PART_LENGTH = 3
# Small words a compound swallows: "motdepasse", "prisenmain".
CONNECTORS = ("de", "du", "des", "la", "le", "les", "en", "a", "au", "aux", "et")
# Written glued or hyphenated alike: "e-mail", "e-santé", "e-administration".
PREFIXES = ("e",)
MAX_WORD_LENGTH = SearchWord._meta.get_field("word").max_length

SynonymTable = dict[tuple[str, ...], tuple[Alternative, ...]]


def expand(query: ParsedQuery, synonyms: bool = True) -> ParsedQuery:
    """The query with its slots of alternatives; the same words, kept for the page.

    `synonyms=False` for the engines whose index applies them itself."""
    if not query:
        return query
    scope = repr((query.text, synonyms))
    key = (
        f"search-expansion:{index_generation()}:{SYNONYMS_GENERATION.current()}:"
        f"{sha256(scope.encode()).hexdigest()}"
    )
    slots = cache.get(key)
    if slots is None:
        known = known_words(candidate_words(query.sequence))
        slots = expanded_slots(query, synonym_table(), known, spell_out=synonyms)
        cache.set(key, slots, timeout=24 * 3600)
    return replace(query, expanded=slots)


def expanded_slots(
    query: ParsedQuery, table: SynonymTable, known: set[str], spell_out: bool = True
) -> list[Slot]:
    """Without `spell_out`, a synonym of several words is kept together as a phrase, and
    the index's analysis adds its alternatives."""
    if not spell_out:
        table = {key: () for key in table}
    sequence = query.sequence
    slots: list[Slot] = []
    position = 0
    while position < len(sequence):
        word = sequence[position]
        if word in STOP_WORDS:
            position += 1
            continue
        span, alternatives = longest_run(sequence[position:], table, known)
        if span:
            slots.append(unique((tuple(sequence[position : position + span]), *alternatives)))
            position += span
            continue
        slots.append(unique(((word,), *table.get(key_of((word,)), ()), *splits(word, known))))
        position += 1
    slots += [(tuple(phrase),) for phrase in query.phrases]
    return list(dict.fromkeys(slots))[:MAX_QUERY_WORDS]


def longest_run(
    sequence: list[str], table: SynonymTable, known: set[str]
) -> tuple[int, list[Alternative]]:
    """The longest run of words, from the first, that is a synonym or glues into a known
    word; and what it may also match. (0, []) when there is none."""
    for span in range(min(MAX_SPAN, len(sequence)), 1, -1):
        run = tuple(sequence[:span])
        if run[-1] in STOP_WORDS:
            continue
        synonym = key_of(run) in table
        alternatives = list(table.get(key_of(run), ()))
        if (glued := "".join(run)) in known:
            alternatives.append((glued,))
        if synonym or alternatives:
            return span, alternatives
    return 0, []


def splits(word: str, known: set[str]) -> list[Alternative]:
    """The ways this word reads as known words written apart: "franceconnect" →
    ("france", "connect"), "motdepasse" → ("mot", "de", "passe"), "email" → ("e", "mail")."""
    found = [(left, right) for left, right in two_parts(word) if {left, right} <= known]
    found += [
        (left, connector, right)
        for left, connector, right in connector_parts(word)
        if {left, right} <= known
    ]
    found += [
        (prefix, word[len(prefix) :])
        for prefix in PREFIXES
        if word.startswith(prefix) and word[len(prefix) :] in known
    ]
    return found


def two_parts(word: str) -> list[tuple[str, str]]:
    return [
        (word[:cut], word[cut:]) for cut in range(MIN_PART_LENGTH, len(word) - MIN_PART_LENGTH + 1)
    ]


def connector_parts(word: str) -> list[tuple[str, str, str]]:
    parts = []
    for connector in CONNECTORS:
        start = word.find(connector, MIN_PART_LENGTH)
        while start != -1 and start + len(connector) <= len(word) - MIN_PART_LENGTH:
            parts.append((word[:start], connector, word[start + len(connector) :]))
            start = word.find(connector, start + 1)
    return parts


def candidate_words(sequence: list[str]) -> set[str]:
    """Every glued form and every part of a split that the query could use: looked up
    in the vocabulary in one query."""
    candidates = set()
    for position, word in enumerate(sequence):
        for span in range(2, MAX_SPAN + 1):
            run = sequence[position : position + span]
            if len(run) == span and run[-1] not in STOP_WORDS:
                candidates.add("".join(run))
        if word in STOP_WORDS:
            continue
        candidates.update(part for pair in two_parts(word) for part in pair)
        candidates.update(
            part for left, _c, right in connector_parts(word) for part in (left, right)
        )
        candidates.update(word[len(prefix) :] for prefix in PREFIXES if word.startswith(prefix))
    return {word for word in candidates if len(word) <= MAX_WORD_LENGTH}


def known_words(candidates: set[str]) -> set[str]:
    if not candidates:
        return set()
    return set(SearchWord.objects.filter(word__in=candidates).values_list("word", flat=True))


def key_of(form: tuple[str, ...]) -> tuple[str, ...]:
    """What a synonym is looked up by: the stems of its meaningful words, so that
    "téléphones" finds the synonyms of "téléphone"."""
    return tuple(stem(word) for word in form if word not in STOP_WORDS)


def unique(alternatives) -> Slot:
    return tuple(dict.fromkeys(alternative for alternative in alternatives if alternative))


def synonym_table() -> SynonymTable:
    """Each form's alternatives, read once per change of the synonyms."""
    key = f"search-synonyms:{SYNONYMS_GENERATION.current()}"
    table = cache.get(key)
    if table is None:
        table = build_synonym_table(Synonym.objects.all())
        cache.set(key, table, timeout=None)
    return table


def build_synonym_table(synonyms) -> SynonymTable:
    table: dict[tuple[str, ...], list[Alternative]] = {}
    for synonym in synonyms:
        forms = [tuple(words(term)) for term in synonym.term_list]
        forms = [form for form in forms if key_of(form)]
        if synonym.kind == Synonym.Kind.ONE_WAY:
            searched = tuple(words(synonym.searched))
            if key_of(searched):
                table.setdefault(key_of(searched), []).extend(forms)
            continue
        for form in forms:
            table.setdefault(key_of(form), []).extend(forms)
    return {key: unique(alternatives) for key, alternatives in table.items()}


def synonym_rules() -> list[str]:
    """The synonyms in Solr's format, folded as the index folds its words: what the
    synonym filter of OpenSearch and Elasticsearch reads."""
    rules = []
    for synonym in Synonym.objects.order_by("pk"):
        terms = [" ".join(words(term)) for term in synonym.term_list]
        terms = [term for term in dict.fromkeys(terms) if term]
        if synonym.kind == Synonym.Kind.ONE_WAY:
            searched = " ".join(words(synonym.searched))
            if searched and terms:
                rules.append(f"{searched} => {', '.join(dict.fromkeys([searched, *terms]))}")
        elif len(terms) > 1:
            rules.append(", ".join(terms))
    return rules
