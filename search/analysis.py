"""French text analysis shared by every engine: what a word is, and what it matches.

The external engines analyse French themselves (see `FRENCH_ANALYSIS`); the
database engines get the same chain here, in Python: lowercase, elision,
accents folded, stop words removed, Snowball French stemmer. Folding accents
before stemming lets "numerique" and "numérique", typed either way, reach the
same stem.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import snowballstemmer

# Beyond this, a query is someone pasting a document: the rest is ignored.
MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 12

ELIDED_ARTICLES = ("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu")
ELISION = re.compile(rf"\b(?:{'|'.join(ELIDED_ARTICLES)})['’]", re.IGNORECASE)
WORD = re.compile(r"[^\W_]+", re.UNICODE)
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Typed in capitals, these are someone trying an engine's boolean syntax, not words.
BOOLEAN_OPERATORS = re.compile(r"\b(?:AND|OR|NOT)\b")
PLURAL = re.compile(r"^(\w{3,}[^s])[sx]$")

# Lucene's French stop words (what `_french_` means to Elasticsearch and OpenSearch),
# accents folded.
STOP_WORDS = frozenset(
    """
    a ai aie aient aies ait as au aura aurai auraient aurais aurait auras aurez auriez
    aurions aurons auront aux avaient avais avait avec avez aviez avions avons ayant ayez
    ayons c ce ceci cela cela celui ces cet cette d dans de des du elle en es est et etaient
    etais etait etant ete etee etees etes etiez etions eu eue eues eumes eurent eus eusse
    eussent eusses eussiez eussions eut eutes eux furent fus fusse fussent fusses fussiez
    fussions fut futes ici il ils j je l la le les leur leurs lui m ma mais me meme mes moi
    mon n ne nos notre nous on ont ou par pas pour qu que quel quelle quelles quels qui s sa
    sans se sera serai seraient serais serait seras serez seriez serions serons seront ses
    soi soient sois soit sommes son sont soyez soyons suis sur t ta te tes toi ton tu un une
    vos votre vous y
    """.split()  # noqa: SIM905 - a word list reads better as text
)

FRENCH_ANALYSIS = {
    "filter": {
        "french_elision": {
            "type": "elision",
            "articles_case": True,
            "articles": list(ELIDED_ARTICLES),
        },
        "french_stop": {"type": "stop", "stopwords": "_french_"},
        "french_plural": {
            "type": "pattern_replace",
            "pattern": PLURAL.pattern,
            "replacement": "$1",
        },
        "french_stemmer": {"type": "stemmer", "language": "french"},
        "autocomplete_edge": {"type": "edge_ngram", "min_gram": 2, "max_gram": 15},
    },
    "analyzer": {
        "rhinocc_french": {
            "tokenizer": "standard",
            "filter": [
                "french_elision",
                "lowercase",
                "asciifolding",
                "french_stop",
                "french_plural",
                "french_stemmer",
            ],
        },
        "rhinocc_autocomplete": {
            "tokenizer": "standard",
            "filter": ["french_elision", "lowercase", "asciifolding", "autocomplete_edge"],
        },
        "rhinocc_folded": {
            "tokenizer": "standard",
            "filter": ["french_elision", "lowercase", "asciifolding"],
        },
    },
    "normalizer": {
        "rhinocc_sort": {"type": "custom", "filter": ["lowercase", "asciifolding"]},
    },
}
"""Index analysis settings for Elasticsearch and OpenSearch, the same chain as `stems`."""


def fold(text: str) -> str:
    """Lowercase, without accents, ligatures nor elided articles: "L'Œuvre" → "oeuvre"."""
    text = ELISION.sub(" ", text.lower())
    text = text.replace("œ", "oe").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(text: str) -> list[str]:
    """The folded words of a text, stop words included (phrases need their positions)."""
    return WORD.findall(fold(text))


def singular(word: str) -> str:
    """Without a plural's final s or x, which Snowball keeps after some vowels ("photos")."""
    return PLURAL.sub(r"\1", word)


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    return _stemmer().stemWord(singular(word))


@lru_cache(maxsize=1)
def _stemmer():
    return snowballstemmer.stemmer("french")


def singular_text(text: str) -> str:
    """The folded words, plurals trimmed: what PostgreSQL's `french` config then stems."""
    return " ".join(singular(word) for word in words(text))


def stems(text: str) -> list[str]:
    """What a text is indexed as: the stems of its words, stop words left out."""
    return [stem(word) for word in words(text) if word not in STOP_WORDS]


# One alternative is a word, or a phrase of words in their order.
Alternative = tuple[str, ...]
Slot = tuple[Alternative, ...]


def alternative_stems(alternative: Alternative) -> list[str]:
    """What an alternative matches in the index: its stems, stop words left out."""
    return [stem(word) for word in alternative if word not in STOP_WORDS]


@dataclass
class ParsedQuery:
    """A visitor's query made safe: words and quoted phrases, nothing an engine would parse.

    Operators, wildcards and engine syntax are not interpreted: "AND", "*", "~" or
    "title:x" become plain words or nothing, so no query can reach an engine as syntax.
    """

    text: str = ""
    terms: list[str] = field(default_factory=list)
    phrases: list[list[str]] = field(default_factory=list)
    # The words outside quotes in their order, stop words kept: "mot de passe" is glued
    # back into "motdepasse", and synonyms of several words are found, from it.
    sequence: list[str] = field(default_factory=list)
    # Set by `search.expansion`: per word (or run of words), the texts that may match in
    # its place, itself first: ((("telephone",), ("smartphone",)), (("mot", "de", "passe"),
    # ("motdepasse",)), ...). Every slot must match, one of its alternatives at least.
    expanded: list[Slot] | None = None

    def __bool__(self):
        return bool(self.terms or self.phrases)

    @property
    def all_words(self) -> list[str]:
        return self.terms + [word for phrase in self.phrases for word in phrase]

    @property
    def slots(self) -> list[Slot]:
        """What must match: each term, each phrase, or their expansion."""
        if self.expanded is not None:
            return self.expanded
        return [((term,),) for term in self.terms] + [(tuple(phrase),) for phrase in self.phrases]


def clean_query(raw: str) -> str:
    """The query as shown back to the visitor: no control characters, bounded length."""
    return " ".join(CONTROL_CHARACTERS.sub(" ", raw).split())[:MAX_QUERY_LENGTH]


def parse_query(raw: str) -> ParsedQuery:
    text = clean_query(raw)
    parsed = ParsedQuery(text=text)
    # Quotes alternate outside / inside a phrase; an unbalanced last quote closes itself.
    for position, part in enumerate(re.split(r"[\"«»“”]", BOOLEAN_OPERATORS.sub(" ", text))):
        part_words = words(part)
        meaningful = [word for word in part_words if word not in STOP_WORDS]
        # Phrases keep their stop words: engines that count positions need the gaps.
        if position % 2 and len(meaningful) > 1:
            parsed.phrases.append(part_words)
        else:
            parsed.terms.extend(meaningful)
            parsed.sequence.extend(part_words)
    # Repeated words add nothing but work for the engine.
    parsed.terms = list(dict.fromkeys(parsed.terms))[:MAX_QUERY_WORDS]
    parsed.phrases = parsed.phrases[:MAX_QUERY_WORDS]
    parsed.sequence = parsed.sequence[: 3 * MAX_QUERY_WORDS]
    return parsed
