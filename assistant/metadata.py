"""What a document without metadata says about itself: its title, date and municipality.

A page saved from the web ("Publicerad 8/14/2019", a category label over the headline, a
menu and teasers of other news around the article) carries no front matter. These
functions read the details from the page itself, so that answers can still say whose
text they quote and when it was written. Metadata given in front matter, a sidecar or the
file's own properties always wins (see documents.load_document).
"""

from __future__ import annotations

import re
from collections import Counter

from assistant.text import listed_with, name_series

MONTHS = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
MONTH_NUMBERS = {m: i for i, m in enumerate(MONTHS.split("|"), start=1)}
_YEAR = r"(?:19|20)\d\d"

# The ways a page writes its date: "2019-08-14", "18-11-09", "14 augusti 2019", "8/14/2019".
_ISO = re.compile(rf"\b({_YEAR})-(\d\d?)-(\d\d?)\b")
_SHORT_ISO = re.compile(r"^(\d\d)-(\d\d)-(\d\d)$")
_WRITTEN = re.compile(rf"\b(\d{{1,2}}) ({MONTHS}) ({_YEAR})\b", re.IGNORECASE)
_SLASHED = re.compile(rf"\b(\d{{1,2}})/(\d{{1,2}})/({_YEAR})\b")

# A line that states the page's date: the date alone, or after "Publicerad", "Datum" … A
# plan's cover states when it was adopted: "Antagen av kommunfullmäktige 2024-12-16".
# "Publicerad", "Senast uppdaterad", "Sidan uppdaterades": a web page's own date label.
PAGE_DATE_LABEL = r"(?:sidan )?(?:senast )?(?:publicera|uppdatera|ändra)(?:d|t|des)"
DATE_LABEL = re.compile(
    rf"^(?:{PAGE_DATE_LABEL}|datum|daterad|"
    r"antagen|antaget|antagna|fastställd|fastställt)\b:?",
    re.IGNORECASE,
)
# How far down a page its own date stands (past menus, breadcrumbs, photo credits).
DATE_REACH = 15


def _iso(year: int, month: int, day: int) -> str:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_date(text: str) -> str:
    """The first date written in `text`, as ISO 8601, or "".

    Slashed dates are read day first, as Swedish writes them, unless the first number
    cannot be a month's day count but the second can ("8/14/2019" is 14 August)."""
    matches = [m for p in (_ISO, _WRITTEN, _SLASHED) if (m := p.search(text))]
    if matches:
        match = min(matches, key=lambda m: m.start())
        if match.re is _ISO:
            return _iso(*(int(g) for g in match.groups()))
        if match.re is _WRITTEN:
            day, month, year = match.groups()
            return _iso(int(year), MONTH_NUMBERS[month.lower()], int(day))
        first, second, year = (int(g) for g in match.groups())
        day, month = (second, first) if second > 12 >= first else (first, second)
        return _iso(year, month, day)
    match = _SHORT_ISO.match(text.strip())  # "18-11-09", only as a line of its own
    if match:
        year, month, day = (int(g) for g in match.groups())
        return _iso(2000 + year, month, day)
    return ""


def page_date(lines: list[str]) -> str:
    """The date a page gives itself near its top: the first line holding only a date, or
    labelled "Publicerad …"; a publication date wins over an update. "" when none."""
    found = []
    for position, line in enumerate(lines[:DATE_REACH]):
        line = line.strip()
        labelled = DATE_LABEL.match(line)
        rest = line[labelled.end() :].strip() if labelled else line
        date = parse_date(rest)
        # A bare date line is short: a sentence that mentions a date is no page date.
        if date and (labelled or len(rest) <= 25):
            updated = labelled is not None and "uppdater" in labelled.group(0).lower()
            found.append((updated, position, date))
    return min(found)[2] if found else ""  # not updated (False) sorts first, then the first


def _is_date_line(text: str) -> bool:
    """A line that gives a date and little else ("Sammanträdesdatum 2023-09-25", "13 juni
    2024"), not a headline that ends with one ("Protokoll styrgrupp Holma 2024-05-02")."""
    if not parse_date(text):
        return False
    words = [
        w
        for w in re.findall(r"[^\W\d_]+", text)
        if not re.fullmatch(MONTHS, w, re.IGNORECASE) and w.lower() not in ("den", "the")
    ]
    return len(words) <= 1


def page_title(blocks: list[tuple[str, bool]], explicit_headings: bool = False) -> str:
    """The title of a page without one in its metadata, from its first blocks.

    A page may open with a category label ("Inrikes", "Lokalt") right over the headline:
    of the headings that stand before the first paragraph, the one with most words is the
    title. A page that opens with a long unpunctuated line ("Svar på interpellation ställd
    av … om …") has that line for its title. "" when neither.

    Where the format marks its headings (Word styles, HTML), lines before the first
    heading are a letterhead ("Tjänsteskrivelse", "Datum: …", "Diarienummer: …"), not the
    title, if a heading follows within TITLE_REACH blocks."""
    if explicit_headings:
        first = next((i for i, (_, h) in enumerate(blocks[:TITLE_REACH]) if h), 0)
        blocks = blocks[first:]
    leading = []
    for text, is_heading in blocks[:TITLE_REACH]:
        # "Remissvar: Regional strategi mot segregation …" under a letterhead names the
        # document by its kind and its matter: that is its title.
        if not is_heading and _KIND_AND_MATTER.match(text) and _is_title_line(text):
            return text
        # A letterhead's fields ("Dnr KS 2024/0456", "Handläggare: Petra Sjöberg") and its
        # date stand before the title too.
        if (
            not is_heading
            and not _is_reference(text)
            and not _LETTERHEAD_FIELD.match(text)
            and not _is_date_line(text)
        ):
            break
        # A letterhead ("LANDSKRONA STAD", "TJÄNSTESKRIVELSE", "Sammanträdesdatum
        # 2023-09-25") is no title; a headline typed in capitals is.
        if (
            is_heading
            and not _is_reference(text)
            and not _is_date_line(text)
            and (not text.isupper() or _is_capitals_headline(text))
        ):
            leading.append(text)
    if leading:
        return max(leading, key=lambda t: len(t.split()))
    if blocks and _is_title_line(blocks[0][0]):
        return blocks[0][0]
    return ""


TITLE_MAX_CHARS = 250
TITLE_REACH = 8  # blocks of letterhead a marked heading may follow and still be the title
# Sentence-closing punctuation. Unlike a heading's (documents.TERMINAL), a title may end
# with a closing parenthesis: "… ställd av Bo Källström (L)".
_TERMINAL = tuple(".!?:;,”»…")


def _is_reference(text: str) -> bool:
    """A line of reference numbers, not a paragraph: "§ 142 Dnr KS 2023/0331"."""
    return (
        bool(re.match(r"^(§|dnr\b|diarienummer\b|ärende\b)", text, re.IGNORECASE))
        and len(text) <= 60
    )


# "Remissvar: Regional strategi mot segregation i Gävleborg 2025–2030": a kind of document
# and, after the colon, its matter in three words or more.
_KIND_AND_MATTER = re.compile(
    r"^(?:remissvar|remissyttrande|yttrande|motion|interpellation|interpellationssvar|"
    r"tjänsteskrivelse|skrivelse|promemoria|ansökan|rapport|protokollsutdrag)\s*:"
    r"\s*\S+(?:\s+\S+){2,}$",
    re.IGNORECASE,
)
# "Handläggare: Petra Sjöberg, utvecklingsledare": a field of a memo's letterhead.
_LETTERHEAD_FIELD = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+: \S")
CAPITALS_HEADLINE_MIN_WORDS = 4
# A letterhead names its issuer: "LANDSKRONA STADS KOMMUNFULLMÄKTIGE", "REGION SKÅNE".
_ISSUER_WORD = re.compile(r"\b(?:kommuns?|stads?|region(?:en)?s?|läns?)\b", re.IGNORECASE)


def _is_capitals_headline(text: str) -> bool:
    """A headline typed in capitals ("STÖD TILL FÖRENINGSDRIVEN FRITIDSGÅRD I NORRLIDEN"),
    not a letterhead ("KALMAR KOMMUN TJÄNSTESKRIVELSE", "FÖRSLAG TILL BESLUT")."""
    return len(text.split()) >= CAPITALS_HEADLINE_MIN_WORDS and not _ISSUER_WORD.search(text)


def sentence_case(title: str, text: str) -> str:
    """A title typed in capitals as a sentence writes it: "Stöd till föreningsdriven
    fritidsgård i Norrliden", names keeping the capital the text gives them mid-sentence."""
    if not title.isupper():
        return title
    out = []
    for k, word in enumerate(title.split()):
        lower = word.lower()
        named = re.search(rf"[a-zåäö,] {re.escape(lower.capitalize())}\b", text)
        out.append(lower.capitalize() if k == 0 or named else lower)
    return " ".join(out)


def _is_title_line(text: str) -> bool:
    return len(text) <= TITLE_MAX_CHARS and not text.endswith(_TERMINAL) and text[:1].isupper()


# "Huddinge kommun", "Linköpings kommun", "Västerås stad", "Helsingborgs stad": a name
# written as a municipality's.
# Some write "Stad" as part of the name: "Borås Stad", "Göteborgs Stad".
AS_MUNICIPALITY = re.compile(
    r"\b([A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?) (?:[Kk]ommun|[Ss]tad)s?\b"
)
_VOWELS = set("aeiouyåäöéü")
# Names that are written "X kommun" but are no municipality's name ("Varje kommun").
_NOT_NAMES = {"varje", "vilken", "samma", "denna", "annan", "hela", "egen", "någon", "ingen"}
# A page names its municipality more than once (in its title, text, menus, teasers or
# signature); one mention ("E-utbildning, Linköpings kommun") is an example.
MUNICIPALITY_MIN_MENTIONS = 2
LISTED_MIN_OTHERS = 2  # a name listed with this many others is one of several municipalities


def _base_name(name: str) -> str:
    """A municipality's name without the genitive s: "Linköpings" -> "Linköping", but
    "Borås" (a vowel before the s) stays."""
    if name.endswith("s") and len(name) > 3 and name[-2].lower() not in _VOWELS | {"s"}:
        return name[:-1]
    return name


def page_municipality(text: str) -> str:
    """The municipality a page is from or about, or "".

    Candidates are names the page writes as a municipality's ("Sigtuna kommun",
    "Helsingborgs stad"); the one the page mentions most is chosen, if it mentions it at
    least MUNICIPALITY_MIN_MENTIONS times and more often than any other candidate. A name
    the page lists with others ("Linköping, Örebro, Borlänge och Uppsala") is one of the
    municipalities a national page speaks of, not the page's own; one other name is no
    list ("AB Bostäder i Borås och Polisen")."""
    # A letterhead in capitals, "LANDSKRONA STAD", is read as "Landskrona Stad".
    text = re.sub(r"^[A-ZÅÄÖ -]+$", lambda m: m.group().title(), text, flags=re.MULTILINE)
    series = name_series(text)
    candidates = {
        name
        for m in AS_MUNICIPALITY.finditer(text)
        if m.group(1).lower() not in _NOT_NAMES
        and len(listed_with(series, name := _base_name(m.group(1)))) < LISTED_MIN_OTHERS
    }
    if not candidates:
        return ""
    counts = Counter(
        {name: len(re.findall(rf"(?<!\w){re.escape(name)}s?(?!\w)", text)) for name in candidates}
    )
    ranked = counts.most_common(2)
    best, mentions = ranked[0]
    if mentions < MUNICIPALITY_MIN_MENTIONS or (len(ranked) > 1 and ranked[1][1] == mentions):
        return ""
    return best


# What a file's properties hold that is no title: the name of the Word file a PDF was
# exported from ("Microsoft Word - Handlingsplan KF.docx"), a bare file name, the name a
# program gives a new file ("PowerPoint-presentation", "Presentation1", "Dokument2").
_FILE_TITLE = re.compile(
    r"^(microsoft \w+ - |untitled\b|namnlös\b|dokument\d*$|document\d*$|"
    r"(powerpoint[- ]?)?presentation\s*\d*$|bildspel\s*\d*$)"
    r"|\.(docx?|pdf|odt|rtf|pptx?|xlsx?|indd)$",
    re.IGNORECASE,
)
# Words that make a name a body's, not a person's.
_ORGANISATION = re.compile(
    r"(kommun|stad|region|län|förvaltning|nämnd|styrelse|myndighet|delegation|verket|"
    r"förbund|förening|universitet|högskola|kontor|enhet|avdelning|bolag)",
    re.IGNORECASE,
)
_PERSON = re.compile(
    r"^[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?: [A-ZÅÄÖ][a-zåäöéü-]+){1,3}$"
)


def is_person_name(text: str) -> bool:
    """Whether `text` reads as a person's name ("Anna Berg"), not a body's ("Borås Stad")."""
    return bool(_PERSON.match(text)) and not any(
        word.lower() == "ab" or _ORGANISATION.search(word) for word in text.split()
    )


def clean_embedded(embedded: dict) -> dict:
    """A file's own properties without what only looks like metadata.

    Office programs fill them in by themselves: a PDF exported from Word has the Word
    file's name for its title, and the author is whoever's account made the file, a user
    id ("ume40213") or a person ("Anna Berg", the officer who wrote it: the author, not the
    publisher). Such a title is dropped, a user id too, a person becomes the author."""
    cleaned = dict(embedded)
    if _FILE_TITLE.search(str(cleaned.get("title", "")).strip()):
        cleaned.pop("title")
    publisher = str(cleaned.get("publisher", "")).strip()
    if publisher and is_person_name(publisher):
        cleaned.setdefault("author", publisher)
        cleaned.pop("publisher")
    elif publisher and (
        re.search(r"\d", publisher) or " " not in publisher and publisher.islower()
    ):
        cleaned.pop("publisher")
    return cleaned


# "Ny mötesplats på Vallås öppnar i mars - Halmstads kommun": a headline, then the site.
_SITE_SEPARATOR = re.compile(r"\s+[-|–—]\s+")


def split_site_name(title: str, headline: str) -> tuple[str, str]:
    """A web page's title as (headline, site name) when it is the page's headline followed
    by the site's name; otherwise (title, "")."""
    if headline and title.startswith(headline):
        separator = _SITE_SEPARATOR.match(title[len(headline) :])
        if separator:
            return headline, title[len(headline) + separator.end() :].strip()
    return title, ""


def stated_date(lines: list[str]) -> str:
    """The date a document states as its own near its top ("Datum: 2025-02-03",
    "Publicerad 5 juni 2024"), or "". Unlike a file's properties, which may be those of
    the template it was made from, this is what the document says."""
    for line in lines[:DATE_REACH]:
        labelled = DATE_LABEL.match(line.strip()) or SITTING_DATE.search(line)
        if labelled and "uppdater" not in labelled.group(0).lower():
            date = parse_date(labelled.string[labelled.end() :])
            if date:
                return date
    return ""


# "Kommunstyrelsen    Sammanträdesdatum 2024-10-21": a meeting's date, wherever the
# letterhead's line puts it.
SITTING_DATE = re.compile(r"\b(?:sammanträdesdatum|mötesdatum|beslutsdatum)\b:?", re.I)


# "Umeå kommun | Handlingsplan …", "Borås Stad    Tjänsteskrivelse": a running header
# that opens with the body that issued the document.
_ISSUER = re.compile(r"^([A-ZÅÄÖ][a-zåäöéü]+s? (?:[Kk]ommun|[Ss]tad|[Rr]egion))\b")


def _issuer_opening(line: str, whole: bool = False) -> str:
    """The issuer a line opens with, as running text writes it ("HÄSSLEHOLMS KOMMUN
    SAMMANTRÄDESPROTOKOLL" -> "Hässleholms kommun"), or "". With `whole`, a line not in
    capitals must be the issuer and nothing else."""
    opening = line.split()[:2]
    capitals = len(opening) == 2 and all(w.isupper() for w in opening)
    found = (_ISSUER.fullmatch if whole and not capitals else _ISSUER.match)(
        line.title() if capitals else line
    )
    if found is None and whole and not capitals:
        # "Falköpings kommun  PROTOKOLLSUTDRAG": the issuer, then the kind of document in
        # capitals (a Word letterhead parts them with a tab).
        found = _ISSUER.match(line)
        if found is not None and not line[found.end() :].strip().isupper():
            found = None
    if found is None:
        return ""
    name, kind = found.group(1).rsplit(" ", 1)
    return f"{name} {kind.lower()}" if capitals else found.group(1)


def margin_publisher(margins: list[str]) -> str:
    """The municipality or region a document's running header or footer opens with, or
    "" (the file's own properties seldom name it; its letterhead does)."""
    for text in margins:
        issuer = _issuer_opening(text.strip())
        if issuer:
            return issuer
    return ""


LETTERHEAD_REACH = 3  # lines at the top of a text where its issuer stands


# "Utgivare: Piteå kommun": a line that says who published the document.
_PUBLISHER_LABEL = re.compile(r"^(?:utgivare|publisher|avsändare)\s*:\s*", re.IGNORECASE)
# What parts a byline: "Nyköpings kommun · Senast uppdaterad 12 februari 2025",
# "Publicerad: 2024-10-08 | Norrtälje kommun", "Kiruna kommun - Fritidsaktiviteter …",
# "Vänersborgs kommun, nyhetsbrev oktober 2024".
_BYLINE_SEPARATOR = re.compile(r"\s+[·|•–—-]\s+|,\s+")


def letterhead_publisher(lines: list[str]) -> str:
    """The issuer a document's first lines name on a line of its own ("LANDSKRONA STAD",
    "Umeå kommun"), at the head of a line in capitals ("KALMAR KOMMUN TJÄNSTESKRIVELSE")
    or as a part of a byline ("Publicerad: 2024-10-08 | Norrtälje kommun"), as it writes
    itself in running text, or ""."""
    for part in (p for line in lines[:LETTERHEAD_REACH] for p in _BYLINE_SEPARATOR.split(line)):
        issuer = _issuer_opening(_PUBLISHER_LABEL.sub("", part.strip()), whole=True)
        if issuer:
            return issuer
    return ""


def author_publisher(author: str) -> str:
    """The municipality an author that is no person names ("Lycksele kommun,
    analysenheten" -> "Lycksele kommun"), or ""."""
    if not author or is_person_name(author):
        return ""
    found = AS_MUNICIPALITY.search(author)
    return found.group(0) if found else ""


UNIT_MAX_WORDS = 4


def letterhead_unit(lines: list[str]) -> str:
    """The unit a letterhead in capitals names after its issuer ("BODENS KOMMUN –
    FRITIDSGÅRDEN KNUTPUNKTEN" -> "Fritidsgården Knutpunkten"): who wrote the document, or
    ""."""
    for line in lines[:LETTERHEAD_REACH]:
        parts = _BYLINE_SEPARATOR.split(line.strip())
        if len(parts) != 2 or not line.isupper() or not _issuer_opening(parts[0], whole=True):
            continue
        unit = parts[1]
        if len(unit.split()) <= UNIT_MAX_WORDS and not re.search(r"\d", unit):
            return unit.title()
    return ""


def municipality_of(publisher: str, text: str = "") -> str:
    """The municipality a publisher is ("Nyköpings kommun" -> "Nyköping"), or "". A name
    that ends in s itself ("Kramfors kommun") keeps it where `text` writes the name so
    ("Kramfors den 20 januari") and never without the s."""
    match = AS_MUNICIPALITY.fullmatch(publisher.strip())
    if not match:
        return ""
    name = match.group(1)
    base = _base_name(name)
    # The name standing alone: "Kramfors den 20 januari", "… i Kramfors." (a genitive is
    # followed by what it owns: "Hässleholms centrum").
    alone = rf"\b{re.escape(name)}(?= den\b| och\b|[.,;:!?)]|$)"
    if (
        base != name
        and not re.search(rf"\b{re.escape(base)}\b", text)
        and re.search(alone, text, re.MULTILINE)
    ):
        return name
    return base


# An e-mail saved as text opens with its header ("Från: …", "Skickat: …", "Till: …",
# "Ämne: SV: …"); Outlook writes it in the user's language.
_MAIL_FIELD = re.compile(
    r"^(från|from|skickat|sent|datum|date|till|to|kopia|cc|ämne|subject):\s*(.*)$", re.IGNORECASE
)
_MAIL_NAMES = {
    "från": "from",
    "skickat": "sent",
    "datum": "sent",
    "date": "sent",
    "ämne": "subject",
}
_REPLY_PREFIX = re.compile(r"^(?:(?:sv|vb|re|fw|fwd|aw|vs):\s*)+", re.IGNORECASE)
MAIL_HEADER_MIN_FIELDS = 3
# The greeting a letter or an e-mail closes with, over its signature.
CLOSING = re.compile(
    r"^(?:med )?(?:vänlig|vänliga|bästa) hälsning(?:ar)?|^hälsningar|^mvh\b|"
    r"^(?:best|kind) regards",
    re.IGNORECASE,
)
SIGNATURE_REACH = 6  # lines under a closing that a signature may take


def email_header(lines: list[str]) -> dict[str, str]:
    """What the header of an e-mail saved as text says of it: its subject (without "SV:",
    "VB:") for title, its sender for author, when it was sent. {} when the text does not
    open with such a header."""
    fields: dict[str, str] = {}
    for line in lines:
        field = _MAIL_FIELD.match(line.strip())
        if not field:
            break
        name = field.group(1).lower()
        fields.setdefault(_MAIL_NAMES.get(name, name), field.group(2).strip())
    if len(fields) < MAIL_HEADER_MIN_FIELDS or "from" not in fields:
        return {}
    sender = re.sub(r"\s*<[^>]*>", "", fields["from"]).strip()
    found = {
        "title": _REPLY_PREFIX.sub("", fields.get("subject", "")).strip(),
        "author": sender if is_person_name(sender) else "",
        "date": parse_date(fields.get("sent", "")),
    }
    return {k: v for k, v in found.items() if v}


def signature_publisher(lines: list[str]) -> str:
    """The municipality or region a letter's or e-mail's signature names on a line of its
    own, under its closing ("Vänliga hälsningar" / name / role / "Trollhättans stad"), or
    ""."""
    for i, line in enumerate(lines):
        if CLOSING.match(line.strip()):
            for below in lines[i + 1 : i + 1 + SIGNATURE_REACH]:
                # (or at the end of a line after the unit: "Kontaktcenter, Danderyds kommun")
                match = _ISSUER.fullmatch(below.rsplit(",", 1)[-1].strip())
                if match:
                    return match.group(1)
    return ""


# The line a memo names its matter on: "Ärende: Sommarlovsaktiviteter i Östra Eslöv 2024".
_MATTER = re.compile(r"^(?:ärende|angående|avser)\s*:\s*([^;]{8,})", re.IGNORECASE)


def matter_line(lines: list[str]) -> str:
    """The matter a memo's letterhead names ("Ärende: …"), or ""."""
    for line in lines[:TITLE_REACH]:
        found = _MATTER.match(line.strip())
        if found:
            return found.group(1).strip()
    return ""
