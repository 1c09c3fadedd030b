"""Swedish text helpers shared by the lexical index and the answerer: tokens, stems, stop words."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

WORD = re.compile(r"\w+(?:[-:]\w+)*", re.UNICODE)

# Function words of Swedish and English (questions come in both) that carry no topic; the
# verbs of getting are among them in both languages ("fick", "received").
STOP_WORDS = frozenset(
    """
    och i att det som en på är av för med till den har de inte om ett han men var jag sig
    från vi så kan man när år säger hon under också efter eller nu sin där vid mot ska skulle
    kommer ut får finns vara hade alla andra mycket än här då sedan över bara in blir upp även
    vad vem vilka vilken vilket hur varför vart var vars mig dig honom henne oss er dem deras
    dess hans hennes min din vår detta dessa denna dessutom samt enligt inom utan genom
    fick får fått få ha haft gör göra gjorde gjort blev bli blivit bland många stor stort
    sina sitt måste bör borde kunna något någon några
    the a an of to in on for and or is are was were be been by with as at from that this
    what which who whom whose when where why how does do did has have had it its into about
    according there their they them than then so such can could would should will shall may
    much many any some not no more most other also get gets got receive receives received
    must might against between after before during within without through since until
    among towards toward upon via these those
    """.split()
)

# Question words that say what kind of answer is wanted, not what it is about.
QUESTION_WORDS = frozenset(
    """vad vem vilka vilken vilket hur när var varför vart what who which when where why how
    whom whose står stand betyder betyda mean means menas avses""".split()
)


def normalize_space(text: str) -> str:
    """Collapse every kind of whitespace (non-breaking included) to single spaces."""
    return " ".join(unicodedata.normalize("NFC", text).replace("\u00a0", " ").split())


@lru_cache(maxsize=1)
def _stemmer():
    return Stemmer.Stemmer("swedish")


def words(text: str) -> list[str]:
    """Lower-cased word tokens; a genitive ':s' (SKR:s) is cut off."""
    out = []
    for w in WORD.findall(text.lower()):
        out.append(w[:-2] if w.endswith(":s") else w)
    return out


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """Swedish Snowball stem of a lower-cased word.

    Snowball leaves the definite neuter ending -et ("projektet", "arbetet", "området") while
    it cuts the bare forms ("projekt" -> "projek"), so the two would never meet; such a
    word is stemmed without its -et.
    """
    stemmer = _stemmer()
    stemmed = stemmer.stemWord(word)
    if stemmed == word and len(word) >= 7 and word.endswith("et"):
        return stemmer.stemWord(word[:-2])
    return stemmed


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry content (stop words and question words dropped)."""
    return [stem(w) for w in words(text) if w not in STOP_WORDS and w not in QUESTION_WORDS]


def compound_parts(word: str, vocabulary: set[str]) -> tuple[str, str] | None:
    """The two parts of a Swedish compound whose parts are both corpus words.

    kommunnätverk -> (kommun, nätverk); segregationsarbetet -> (segregation, arbetet), the
    linking s dropped. Parts are at least four letters, so short chance words do not split.
    The last part may also be known by its stem (when `vocabulary` holds stems).
    """
    for i in range(4, len(word) - 3):
        left, right = word[:i], word[i:]
        if right not in vocabulary and stem(right) not in vocabulary:
            continue
        if left in vocabulary:
            return left, right
        if left.endswith("s") and left[:-1] in vocabulary and len(left) > 4:
            return left[:-1], right
    return None


# Names a document lists together ("Holma-Kroksbäck, Lindängen, Seved och Herrgården",
# "i Araby och Dalbo") are of one kind: parts of a city, partners, projects.
NAME = r"[A-ZÅÄÖ][\w-]*(?:\s[A-ZÅÄÖ][\w-]*)?"
NAME_SERIES = re.compile(rf"{NAME}(?:,\s{NAME})*,?\s(?:och|samt|eller|and|or)\s{NAME}")
SERIES_SPLIT = re.compile(r",\s|\s(?:och|samt|eller|and|or)\s")


# The first cell of a table row as the readers write it: "Stadsdel: Hälsinggården; …".
TABLE_FIRST_CELL = re.compile(r"^([^;:\n]{1,40}): ([A-ZÅÄÖ][^;:\n\d]{0,60});", re.MULTILINE)


def name_series(text: str) -> list[frozenset[str]]:
    """The lists of names in a text, each as its lower-cased names: "Råslätt och Öxnehaga",
    and the names down a table's first column (rows "Stadsdel: Hälsinggården; …",
    "Stadsdel: Slätta; …"): a figure for the table's whole is none for one row's name."""
    series = [
        frozenset(i.strip().lower() for i in SERIES_SPLIT.split(m.group()) if i.strip())
        for m in NAME_SERIES.finditer(text)
    ]
    columns: dict[str, set[str]] = {}
    for label, value in TABLE_FIRST_CELL.findall(text):
        columns.setdefault(label, set()).add(value.strip().lower())
    return series + [frozenset(values) for values in columns.values() if len(values) >= 2]


def listed_with(series: list[frozenset[str]], name: str) -> set[str]:
    """The names listed together with `name` in `series` (see name_series); "Gävle
    Konstcentrum" is another name, not Gävle."""
    key = name.lower()
    own = {key, key + "s"}  # "Malmös"
    return {item for items in series if items & own for item in items - own}
