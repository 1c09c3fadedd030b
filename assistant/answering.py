"""Extractive answers: quote the sentences that answer, cite their passages, refuse honestly.

No language model is needed. A similarity threshold cannot tell an answerable question
from an in-domain unanswerable one (they score alike), so the answerer checks what the
question names instead:

* names, abbreviations and years in the question must all occur in the document an
  answer is taken from ("Hur mycket fick Malmö?" finds no document naming Malmö);
* a question asking for an amount, a number or a time needs a sentence holding one, and
  that sentence must speak of what the question is about (its content words);
* any other question needs at least one of its content words in the document.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import numpy as np

from assistant.amounts import UNITS as AMOUNT_UNITS
from assistant.amounts import parse_amounts, shares_amount
from assistant.chunking import sentence_spans
from assistant.documents import (
    NUMBERED_ITEM,
    REFERENCE_NUMBER,
    REFERENCE_WORDS,
    TABLE_ROW,
    looks_like_heading,
)
from assistant.formats import ENTRY
from assistant.metadata import AS_MUNICIPALITY, MONTHS
from assistant.models import Answer, Citation, Passage
from assistant.text import (
    QUESTION_WORDS,
    STOP_WORDS,
    compound_parts,
    listed_with,
    name_series,
    normalize_space,
    stem,
    words,
)

REFUSAL_SV = "Jag hittar inget svar på det i dokumenten."
REFUSAL_EN = "I can't find an answer to that in the documents."
REASONS = {
    "empty": ("Indexet innehåller inga avsnitt.", "The index holds no passages."),
    "entity": ("Inget dokument nämner {names}.", "No document mentions {names}."),
    "topic": (
        "Dokumenten tar inte upp det frågan gäller.",
        "The documents do not deal with what the question asks about.",
    ),
    "value": ("Inget avsnitt anger det som efterfrågas.", "No passage states what is asked for."),
    "subject": ("Inget avsnitt säger något om {names}.", "No passage says anything about {names}."),
    "filter": (
        "Inga dokument matchar det valda urvalet ({scope}).",
        "No documents match the chosen filter ({scope}).",
    ),
}

AMOUNT = re.compile(
    r"\d[\d ,.]*\s*(kronor|kr\b|sek\b|miljon(er)?|miljard(er)?|mnkr|mkr|mdkr|tkr|msek|tusen)"
    r"|\b(miljon(er)?|miljard(er)?) kronor"
    # As a page in English writes it: "SEK 2.4 million".
    r"|\bSEK\s?\d",
    re.IGNORECASE,
)
NUMBER_WORDS = (
    "två tre fyra fem sex sju åtta nio tio elva tolv tjugo trettio fyrtio femtio hundra tusen "
    "hälften halva tredjedel fjärdedel femtedel tiondel procent dussin miljon miljoner "
    # Round numbers: "ett tjugotal volontärer", "hundratals besökare".
    "tiotal tjugotal trettiotal fyrtiotal femtiotal hundratal hundratals tusentals"
).split()
QUANTITY = re.compile(r"\d|%|\b(" + "|".join(NUMBER_WORDS) + r")", re.IGNORECASE)
# The words for whole numbers ("fem", "tolv"), not for parts ("hälften").
CARDINAL_WORDS = NUMBER_WORDS[: NUMBER_WORDS.index("hälften")]
WEEKDAYS = "måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag"
EN_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# Days and clock times, as opening hours give them: "tisdagar", "vardagar", "klockan 15".
DAYS_AND_CLOCK = (
    rf"\b({WEEKDAYS})(ar|arna)?\b|\b(vardag|helg)(ar|en|er|arna|erna)?\b|\b(klockan|kl\.?) \d"
)
# Opening hours answer "När …?" too: "måndag till torsdag klockan 15–18", "vardagar 9–16".
# English months and weekdays too, for documents written in English ("on the first
# Wednesday of every month"); not "may", more often a verb.
ENGLISH_MONTH_NAMES = (
    "january february march april may june july august september october november december"
).split()
EN_MONTHS = "|".join(m for m in ENGLISH_MONTH_NAMES if m != "may")
TIME = re.compile(
    rf"\b(19|20)\d\d\b|\b({MONTHS})\b|\b(våren|sommaren|hösten|vintern|årsskiftet)\b|\bsedan\b"
    rf"|{DAYS_AND_CLOCK}|\b(vecka|veckorna|v\.) ?\d|\b({EN_MONTHS}|{EN_WEEKDAYS})s?\b"
    # A quarter or a third of the year, as a timetable gives them: "Kvartal 4", "Q2",
    # "under tredje kvartalet", "tertial 1".
    r"|\b(?:kvartal|tertial|quarter) ?[1-4]\b|\bQ[1-4]\b"
    r"|\b(?:första|andra|tredje|fjärde|first|second|third|fourth) (?:kvartalet|tertialet|quarter)\b",
    re.IGNORECASE,
)
YEAR = re.compile(r"\b(19|20)\d\d\b")
# "Vad ska kommunen göra …?", "What will the municipality do …?": what is planned.
ASKS_PLAN = re.compile(
    r"^\s*(?:vad\s+(?:ska|skall|kommer|planerar|tänker|avser)\b.*\bgöra\b"
    r"|what\s+(?:will|is|are|does|do)\b.*\b(?:do|doing|plan|planning)\b)",
    re.IGNORECASE,
)
# "Vad är syftet med …?", "What is the purpose of …?": the sentence stating the purpose.
ASKS_PURPOSE = re.compile(
    r"\b(?:syftet|ändamålet)\s+med\b|\bwhat\s+is\s+the\s+(?:purpose|aim)\b", re.IGNORECASE
)
PURPOSE = re.compile(r"\b(?:syftet|syfte|ändamålet|purpose)\b", re.IGNORECASE)
# "Hur finansieras kursen?", "How is the course funded?": who pays, and with what.
ASKS_FUNDING = re.compile(
    r"^\s*(?:hur|vem|vilka)\s+(?:finansier\w*|bekosta\w*|betala\w*)\b"
    r"|^\s*(?:how|who)\b.*\b(?:funded|financed|paid for|pays? for)\b"
    # "Varifrån kom pengarna?", "Where did the money for the books come from?"
    r"|^\s*(?:var|varifrån|where)\b.*\b(?:pengar\w*|medl\w*|money|funds?|funding)\b.*"
    r"\b(?:ifrån|från|from)\b",
    re.IGNORECASE,
)
FUNDING = re.compile(
    r"\b(?:finansier\w*|bekostas|bekostades|betalas|betalar|betalade|funded|financed)\b"
    # "… 120 000 kronor, som kom från Kulturrådet."
    r"|\b(?:kom|kommer)\s+från\b|\b(?:came|comes)\s+from\b"
    # "Pengarna kan tas från den ökade skatteintäkten."
    r"|\b(?:tas|hämtas)\s+(?:från|ur)\b",
    re.I,
)
# "På vilka språk …?", "In which languages …?": the languages named.
ASKS_LANGUAGES = re.compile(r"\b(?:vilka|vilket|which|what)\s+(?:språk|languages?)\b", re.I)
PLANNED = re.compile(r"\b(?:ska|skall|kommer att|planerar|avser|will|plans? to)\b", re.I)
# "Vad avser parterna att göra?" asks what they intend: "Parterna avser att anställa …",
# not what the document "ska" have done to itself ("ska ersättas av ett avtal").
ASKS_INTENT = re.compile(r"^\s*vad\s+(?:avser|planerar|tänker)\b", re.IGNORECASE)
INTENDED = re.compile(
    r"\b(?:avser|planerar|tänker|vill|intends?|plans?)\s+(?:\w+\s+)?(?:att|to)\b", re.I
)
# A clause saying when by a condition: "En SIP görs när en person behöver stöd …".
WHEN_CLAUSE = re.compile(r"\bnär\s+\w", re.IGNORECASE)
# "När är … öppen?", "När har … öppet?", "When is … open?", "Vilka öppettider …": opening
# hours are asked for,
# given by days and hours ("När öppnar …?", "When does … open?" ask for a date).
OPENING_HOURS = re.compile(
    r"\b(?:är|is|are|har|has)\b.*\b(?:öppen|öppet|open)\b|\böppettider|"
    # "När har samhällsvägledningen drop-in?"
    r"\b(?:har|has)\b.*\b(?:drop-in|öppen mottagning)|"
    r"\bopening hours",
    re.I,
)
# "När öppnar …?", "When does … open?": when it opens, a day.
OPENS_ASKED = re.compile(r"\b(?:öppnar|öppnas|öppnade|open|opens|opened)\b", re.IGNORECASE)
# "När får fritidsgården längre öppettider?" asks when the hours change: a date.
CHANGED_HOURS = re.compile(
    r"\b(?:längre|nya|utökade|ändrade|förlängda|kortare|fler|extended|longer|new|changed|"
    r"shorter)\s+(?:öppettider|opening hours)\b",
    re.IGNORECASE,
)


def asks_opening_hours(question: str) -> bool:
    """ "När är läxhjälpen öppen?", "Vilka öppettider har …?": days and hours are asked for."""
    return bool(OPENING_HOURS.search(question)) and not CHANGED_HOURS.search(question)


# The words asking for opening hours, which the hours themselves answer.
OPENING_WORD = re.compile(r"öppen|öppettider|tider|opening|hours", re.IGNORECASE)
HOURS = re.compile(
    rf"{DAYS_AND_CLOCK}|\b({EN_WEEKDAYS})s?\b"
    rf"|\b\d{{1,2}}(?:[.:]\d\d)?\s?[–-]\s?\d{{1,2}}(?:[.:]\d\d)?\b",
    re.IGNORECASE,
)
# A year standing alone, not one end of a period ("2024–2026").
SINGLE_YEAR = re.compile(r"(?<![–-])(?<![–-] )\b(?:19|20)\d\d\b(?!\s?[–-]\s?(?:19|20)?\d\d)")


def names_other_year(text: str, year: str) -> bool:
    """Whether a text names a single year other than `year` ("Det här har hänt 2023");
    a period ("Handlingsplan 2024–2026") is none."""
    return any(found != year for found in SINGLE_YEAR.findall(text))


# "Hur stor andel …?", "What share …?" ask for a share: a percentage or a fraction (or a
# table row under a column headed "(%)").
SHARE_QUESTION = re.compile(
    r"\bandel(en)?\b|\bhur stor del\b|\bshare\b|\bproportion\b|\bpercentage\b|\bper cent\b",
    re.IGNORECASE,
)
SHARE = re.compile(
    r"\d\s?%|\(%\)|\bprocent\b|\bhälften\b|\bhalva\b|\bvar(je)? "
    r"(annan|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde)\b|\b(en|två|tre|fyra|\d+) av "
    r"(två|tre|fyra|fem|sex|sju|åtta|nio|tio|\d+)\b|\b(tredjedel|fjärdedel|femtedel|tiondel)",
    re.IGNORECASE,
)
# "Hur mycket av kostnaden …?", "How much of the cost …?": a part of a whole.
PART_OF = re.compile(r"\b(?:hur mycket av|hur stor del av|how much of)\b", re.IGNORECASE)
# "Vad kostar det att delta?", "What does it cost?": asks the price, which may be nothing;
# "Hur mycket kostar fritidsbanken?" asks for a sum.
COST_WORD = re.compile(
    r"^\s*(?:vad kostar|vad är avgiften|kostar|what does .* cost|does .* cost|is .* free)\b",
    re.IGNORECASE,
)
# "När är sista dagen att söka?", "What is the deadline?": the date something closes,
# which a sentence gives as one ("senast den 30 april", "till och med den 30 april").
DEADLINE_ASKED = re.compile(
    r"\bsista (?:dag\w*|datum\w*|ansökningsdag\w*)|\bsenast\b|\blast (?:day|date)\b|"
    r"\bdeadline\b",
    re.IGNORECASE,
)
# What the date closes: "sista dagen att söka", "sista ansökningsdag", "last day to apply",
# "sista dag för anmälan".
APPLYING = re.compile(r"(?:an)?sök|anmäl|apply|applica|regist", re.IGNORECASE)
DEADLINE = re.compile(
    r"\bsenast\b|\btill och med\b|\bt\.\s?o\.\s?m\.|\bsista (?:dag\w*|ansökningsdag\w*)|"
    r"\bdeadline\b|\bno later than\b",
    re.IGNORECASE,
)
# A figure per occasion ("I genomsnitt kommer 18 besökare varje gång") is no count for a
# year.
PER_OCCASION = re.compile(
    r"\b(?:varje gång|per gång|(?:varje|per|vid ett|vid varje) tillfälle|i genomsnitt|i snitt|"
    r"each time|every time|per (?:session|occasion)|on average)\b",
    re.IGNORECASE,
)
# "Vad kostar det att delta?", "Kostar det något …?", "What does it cost to join?": the
# price one pays to take part, which a sentence states as one ("kostar 50 kronor",
# "avgiften är", "gratis"); money a body gives the activity is no price.
PRICE_ASKED = re.compile(
    r"^\s*(?:vad kostar det|kostar det|what does it cost|how much does it cost|does it cost)\b|"
    # "Does the course cost anything?"
    r"^\s*does\b.*\bcost anything\b",
    re.IGNORECASE,
)
# What something costs, and a wage: an hourly pay is no cost of the whole.
COST_ASKED = re.compile(r"\bkosta\w*|\bcost\w*", re.IGNORECASE)
WAGE = re.compile(
    r"\b(?:i timmen|per timme|timlön(?:en)?|lön(?:en)?|per hour|an hour|wages?|salary)\b",
    re.IGNORECASE,
)
PRICE_STATED = re.compile(
    r"\b(?:kost\w*|avgift\w*|pris\w*|betala\w*|costs?|fees?|prices?|charged?|pays?)\b",
    re.IGNORECASE,
)
# Something that costs nothing: "Gratis aktiviteter", "kostnadsfritt", "free of charge".
FREE = re.compile(
    r"\bgratis\b|\bkostnadsfri\w*|\bavgiftsfri\w*|\bingen avgift\b|\bfree of charge\b|"
    r"\butan (?:kostnad|avgift)\b|\bkostar (?:ingenting|inget|inte något)\b|\bcosts nothing\b",
    re.IGNORECASE,
)
# Free of charge, said of everything a page lists: "Alla evenemang är gratis".
FREE_FOR_ALL = re.compile(
    r"\b(?:alla|samtliga)\s+\w+\s+(?:är|blir)\s+(?:gratis|kostnadsfri\w*|avgiftsfri\w*)"
    r"|\ball\s+\w+\s+are\s+free\b",
    re.IGNORECASE,
)
PARTY_LETTERS = re.compile(r"\((S|M|L|C|V|KD|MP|SD)\)")  # the Riksdag parties' letters
PARTY_NAMES = {  # each letter's party, as its members' noun begins
    "S": "socialdemokrat",
    "M": "moderat",
    "L": "liberal",
    "C": "centerparti",
    "V": "vänsterparti",
    "KD": "kristdemokrat",
    "MP": "miljöparti",
    "SD": "sverigedemokrat",
}
PERIODS = (
    "dag|dagen|vecka|veckan|månad|månaden|kvartal|halvår|halvåret|år|året|termin|terminen|"
    "vår|höst|sommar|vinter"  # "Planen följs upp varje höst"
)
FREQUENCY = re.compile(
    rf"\bgång(er)? (per|i|om|varje|var)\b|\b(varje|varannan|vartannat|var annan|vart annat|"
    rf"var|vart? (?:tredje|fjärde|femte)|en gång i) ({PERIODS})\b|"
    # "varannan torsdag", "på tisdagar", "every other Thursday", "on Tuesdays"
    rf"\b(varje|varannan|var) ({WEEKDAYS})\b|\bpå ({WEEKDAYS})ar\b|"
    rf"\bevery (other )?({EN_WEEKDAYS})\b|\bon ({EN_WEEKDAYS})s\b|"
    r"\b(dagligen|veckovis|varje vecka|månatligen|månadsvis|årligen|kvartalsvis)\b|"
    r"\b(times|once|twice) (a|per|every)\b|\b(daily|weekly|monthly|yearly|annually)\b|"
    # "tre kvällar i veckan", "två dagar per månad"
    rf"\b(dag|dagar|kväll|kvällar|morgon|morgnar|eftermiddag|eftermiddagar|förmiddag|förmiddagar|"
    rf"timme|timmar) (i|per|om|varje) ({PERIODS})\b",
    re.IGNORECASE,
)

AGE_QUESTION = re.compile(
    r"\bhur gamla?\b|\bvilken ålder\b|\bvilka åldrar\b|\bi vilken ålder\b|\bhow old\b|"
    r"\bwhat ages?\b|\bwhich ages\b",
    re.IGNORECASE,
)
# Ages as the documents give them: "8–15 år", "barn i åldern 6–12 år", "årskurs 4–9",
# "16-åringar", "unga under 25 år", "aged 16 to 19".
AGE = re.compile(
    r"\b\d{1,2}\s?(?:[–-]|till)\s?\d{1,2}\s*år\b|\b\d{1,2}\s*år\b|\b(?:årskurs|åk)\s*\d"
    r"|\b\d{1,2}-åring\w*|\bmellan \d{1,2} och \d{1,2}\b|\baged? \d|\b\d{1,2}\s?[–-]\s?\d{1,2}"
    r"\s*years\b|\bgrades? \d",
    re.IGNORECASE,
)
# "Vem riktar sig mötesplatsen till?", "Vilka är kursen till för?", "Who is the card for?":
# the people something is for, which a text says as a group ("för alla åldrar"); "Vilka
# åldrar riktar sig … till?" asks for an age.
AUDIENCE_QUESTION = re.compile(
    r"^\s*(?:vem|vilka)\b(?! åld).*\b(?:riktar|vänder) sig\b|^\s*(?:vem|vilka) är\b.*\btill för\b|"
    r"^\s*who\b.*\b(?:for|aimed at)\s*\?*\s*$|"
    # "Vilka kan få fritidskortet?", "Who can get …?": who may have it.
    r"^\s*(?:vem|vilka) kan (?:få|söka|delta|gå)\b|^\s*who can (?:get|apply|attend|join|take)\b",
    re.IGNORECASE,
)
# A group of people something is for: "för alla åldrar", "riktar sig till föräldrar",
# "unga mellan 13 och 17 år".
AUDIENCE_GROUPS = (
    r"alla|barn|unga|ungdomar|föräldrar|vuxna|äldre|seniorer|familjer|elever|kvinnor|män|"
    r"flickor|pojkar|nyanlända|boende|invånare|studenter|everyone|children|young|parents|"
    r"adults|families|residents|women|men"
)
AUDIENCE = re.compile(
    rf"\b(?:för|till|for)\s+(?:{AUDIENCE_GROUPS})\b|\b(?:riktar|vänder) sig till\b|"
    # "Projektet ska hjälpa utrikes födda kvinnor …": whom it helps.
    rf"\b(?:hjälpa|hjälper|stödja|stödjer|nå|når|help|helps|support)\s+(?:\w+\s+){{0,2}}"
    rf"(?:{AUDIENCE_GROUPS})\b|"
    # "Läxhjälp erbjuds alla elever i årskurs 4–9": whom it is offered.
    rf"\b(?:erbjuds|erbjuder|is offered to|are offered to|open to)\s+(?:\w+\s+){{0,2}}"
    rf"(?:{AUDIENCE_GROUPS})\b|"
    r"\bmellan \d{1,2} och \d{1,2} år\b|\b\d{1,2}\s?[–-]\s?\d{1,2} år\b|"
    # A form's field or a sentence naming the target group: "Målgrupp: elever i årskurs
    # 4–9", "Målgruppen är nyanlända kvinnor".
    r"\b(?:målgrupp(?:en|er|erna)?|target groups?)(?:\s*:|\s+(?:är|var|is|was)\b)|"
    # "Alla som bor i kommunen och har hyresskulder kan få stöd": who, by a condition.
    r"\b(?:alla|de|den|var och en)\s+som\b|\b(?:everyone|anyone|all|those)\s+who\b",
    re.IGNORECASE,
)
# A Swedish noun in the definite form: "mötesplatsen", "projektet", "föreningarna".
DEFINITE_NOUN = re.compile(r"\w{3,}(?:en|et|na|an)$")


def _names_exactly(text: str, name: str) -> bool:
    """Whether the text writes the name as the question does ("Navet", not "navet" or
    "Ungdomsrådet" for "Unga")."""
    return re.search(rf"\b{re.escape(name)}\b", text) is not None


WHY = re.compile(r"^\s*(?:varför|why)\b.*\?\s*$", re.IGNORECASE)
# The kind of answer a question wants: the first pattern that matches decides.
KIND_PATTERNS = (
    ("audience", AUDIENCE_QUESTION),
    # "Vem fattar beslut om pengar?" asks for someone, not an amount.
    ("person", re.compile(r"^\s*(vem|who)\b", re.IGNORECASE)),
    # "Varför har fältarbetet kostat mindre …?" asks for a reason, not an amount.
    ("reason", re.compile(r"^\s*(varför|why)\b", re.IGNORECASE)),
    # "Vilket parti tillhör …?" is answered by a party's name or letter, "Anna Lind (M)".
    (
        "party",
        re.compile(r"\b(vilket|vilka) parti(er)?\b|\bwhich (political )?part(y|ies)\b", re.I),
    ),
    # "Vilket diarienummer har ärendet?": a registry's reference number.
    (
        "reference",
        re.compile(
            rf"\b({REFERENCE_WORDS}|reference number|case number)\b",
            re.IGNORECASE,
        ),
    ),
    # "Vilka åldrar …?", "Hur gamla …?", "How old …?": an age, not a list.
    ("age", AGE_QUESTION),
    # "Vilka tider är mötesplatsen öppen?" asks when, not for a list.
    # So does "Vilka öppettider har biblioteket?", "What are the opening hours …?".
    (
        "time",
        re.compile(
            r"^\s*(?:vilka (?:tider|öppettider)|vilken tid|what times?|at what times?|"
            r"what are the opening hours)\b",
            re.I,
        ),
    ),
    # "Vilka projekt fick pengar?" asks for several things, not an amount.
    ("list", re.compile(r"^\s*vilka\b|^\s*which \w+s\b", re.IGNORECASE)),
    # "hur många gånger" asks how often, not how many.
    (
        "frequency",
        re.compile(
            r"\bhur ofta\b|\bhow often\b|\bhur många gånger\b|\bhow many times\b", re.IGNORECASE
        ),
    ),
    # "Hur mycket har brotten minskat?", "How much has crime fallen?": a change, in
    # per cent or numbers, not in kronor.
    (
        "size",
        re.compile(
            r"\b(hur mycket|how much)\b.*\b(minska\w*|öka\w*|sjunk\w*|sjönk|stig\w*|steg|"
            r"fall(en|s)?|fell|decrease\w*|drop\w*|increase\w*|rise|rose|risen|grow\w*|grew)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "amount",
        re.compile(
            # Not "money" alone: "What will the money be used for?" asks for a purpose.
            # (Not "budgeterat": "Hur många feriejobb har Kinda budgeterat för?" counts.)
            r"\bhur mycket\b|\bhow much\b|\bbelopp|\bpengar\b|\bkost(ar|ade|at|na\w*)\b|"
            r"\bbudget(?!er)|"
            r"\bfunding\b|\bcost",
            re.IGNORECASE,
        ),
    ),
    (
        "quantity",
        re.compile(
            r"\bhur många\b|\bhow many\b|\bhur stor andel\b|\bandel\b|\bantal\b|\bnumber of\b|"
            r"\bshare of\b|\bpercentage\b|\bproportion\b|\bpopulation\b|\bbefolkning|\binvånarantal",
            re.IGNORECASE,
        ),
    ),
    (
        "time",
        re.compile(
            r"\bnär\b|\bwhen\b|\bvilket år\b|\bwhat year\b|\bvilket datum\b|\bwhat date\b|"
            r"\bsedan när\b|"
            # "What is the last day to register …?": a date.
            r"\blast (?:day|date)\b|\bdeadline\b",
            re.IGNORECASE,
        ),
    ),
    # "Hur stor är fonden?", "Hur hög var arbetslösheten?": a size, in kronor or numbers;
    # so is "Vad var medianinkomsten …?", a measure asked for by "vad".
    (
        "size",
        re.compile(
            r"\bhur (stor|stort|stora|hög|högt|höga|låg|lågt|låga|lång|långt|långa)\b|"
            r"\bhow (big|large|high|low)\b|"
            r"^\s*(?:vad|what)\s+(?:är|var|blev|is|was)\s+(?:the\s+)?(?:\w+\s+)?\w*(?:inkomst|"
            r"income|arbetslöshet|unemployment|förvärvsfrekvens|sysselsättning|employment|"
            r"valdeltagande|turnout)",
            re.IGNORECASE,
        ),
    ),
    # Questions whose answer may be spread over several documents.
    ("list", re.compile(r"^\s*(vilka|which)\b|\b(lista|list|nämn alla|name all)\b", re.IGNORECASE)),
)
KIND_OF = dict(reversed(KIND_PATTERNS))  # kind -> its (first) pattern
AMOUNT_QUESTION = KIND_OF["amount"]
# "Vilka …", "Which cities …": more than one thing is asked for ("Vilken", "Which party" not).
SEVERAL = re.compile(
    r"^\s*vilka\b|^\s*which \w+s\b|\b(lista|list|nämn alla|name all)\b", re.IGNORECASE
)
# The several things asked for are places.
PLACES = re.compile(
    r"\b(kommuner|kommunerna|städer|städerna|orter|orterna|municipalities|cities|towns)\b",
    re.IGNORECASE,
)
# Names in a list: "Göteborg, Linköping och Örebro", "Allmännyttan och Boverket".
NAME_LIST = re.compile(r"\b[A-ZÅÄÖ]\w+(,\s[A-ZÅÄÖ]\w+)*,?\s(och|samt|and)\s[A-ZÅÄÖ]\w+")
# A sentence that lists things: "A, B och C", "A och B" for names, or "A, B, C".
LISTING = re.compile(
    r"\w[^,.:;]*,\s*[^,.:;]+\s(och|samt|eller|and|or)\s"
    r"|\b[A-ZÅÄÖ]\w+\s(och|samt|and)\s[A-ZÅÄÖ]\w+"
    r"|\w[^,.:;]*,\s*[^,.:;]+,\s*[^,.:;]+"
)
# Dates: "den 11 mars", "2024", "2024-2026". A year or a day of the month is no quantity.
DATES = re.compile(
    rf"\b\d{{1,2}}(:e|:a)? ({MONTHS})\b|\b(19|20)\d\d-\d\d-\d\d\b|"
    rf"\b(19|20)\d\d(\s?[–-]\s?(19|20)?\d\d)?\b",
    re.IGNORECASE,
)


COUNT_WINDOW = 3  # words after a number within which the counted noun may stand


# Table headers under which a figure is a rating on a scale, no number of anything:
# "Risk: För få sommarledare anställs; Sannolikhet: 3; Konsekvens: 4".
RATING_HEADER = re.compile(
    r"^(?:sannolikhet|konsekvens|risknivå|riskvärde|prioritet|prioritering|nivå|betyg|poäng|"
    r"skattning|likelihood|probability|impact|consequence|priority|score|rating|level)\b",
    re.IGNORECASE,
)
# A number standing alone after what it counts: "deltagarna 120, varav …", "är 1 200.",
# "fler barn deltog, 310 jämfört med 240".
STANDALONE_NUMBER = re.compile(
    r"\b\d[\d ]*(?=\s*(?:[,.;:)]|$|\s(?:och|varav|st|stycken|jämfört|compared)\b))"
)


# "Antalet anmälda brott", "the number of reported crimes": what a sentence counts.
NUMBER_OF = re.compile(r"\b(?:antal(?:et)?|the number of)\s+((?:\w+\s+){0,2}\w+)", re.I)


# "Hur många kan delta …?", "How many jobs will … offer?": a question of capacity, which
# the places there are answer.
CAPACITY = re.compile(
    r"\b(?:kan|can|could|får plats|erbjud\w*|offer\w*|planer\w*|plan\w*|budgeter\w*)\b",
    re.IGNORECASE,
)


# One more of a kind, the last of how many there now are: "har anställt en fjärde
# fritidsledare" (four), "öppnar en andra fritidsgård" (two).
ADDED_NTH = re.compile(
    r"\b(?:en|ett)\s+(?:andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde)\s+(\w+)",
    re.IGNORECASE,
)
# A number that names rather than counts: "årskurs 4–9", "vecka 26", "klockan 15", "§ 58",
# "15.30–17.30".
ORDINAL_NUMBER = re.compile(
    r"\b(?:årskurs|åk|klass|vecka|v\.|klockan|kl\.|nr|nummer|sida|grade|week)\s*\d[\d–-]*"
    r"|§\s*\d+|\b\d{1,2}[.:]\d\d(?:\s?[–-]\s?\d{1,2}[.:]\d\d)?\b",
    re.IGNORECASE,
)


# A number of posts or full-time equivalents, which count the staff a sentence names.
STAFF_POSTS = re.compile(
    r"\b(?:\d+(?:,\d+)?|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)\s+"
    r"(?:heltids|deltids)?(?:tjänster|tjänst|årsarbetare|heltider|posts|positions)\b",
    re.IGNORECASE,
)


# "med plats för 40 ungdomar", "room for 30 children": a number of places.
PLACES_FOR = re.compile(
    r"\b(?:plats|platser|places|room)\s+(?:för|for)\s+(?:upp till\s+|up to\s+)?"
    r"(?:\d|(?:" + "|".join(NUMBER_WORDS) + r")\b)",
    re.IGNORECASE,
)


# A number of days, years, kronor or per cent: no count of people.
MEASURED = re.compile(
    rf"(?:\b\d[\d ]*(?:,\d+)?|\b(?:{'|'.join(CARDINAL_WORDS)}))\s*(?:dagar|dag|veckor|vecka|"
    r"månader|månad|år|timmar|timme|minuter|gånger|procent|%|kronor|kr|tkr|miljoner|"
    # How often a course meets: "Babymassage, fem träffar" counts no one who came.
    r"träffar|tillfällen|kvällar|sessions|meetings)(?!\w)",
    re.IGNORECASE,
)


def counts_anyone(sentence: str) -> bool:
    """Whether a sentence gives a number that may count people: not only a date, an age, a
    sum, a share or a time ("Där kan alla låna utrustning i upp till 14 dagar")."""
    rest = AMOUNT.sub(" ", value_text(sentence, "amount"))
    rest = MEASURED.sub(" ", AGE_RANGE.sub(" ", ORDINAL_NUMBER.sub(" ", rest)))
    rest = DATES.sub(" ", rest)
    return bool(re.search(r"\d", rest)) or any(w in NUMBER_WORDS for w in words(rest))


def counts(sentence: str, counted: Term) -> bool:
    """Whether the sentence gives a number of `counted`: the noun within a few words after
    a number ("32 kommuner", "tre utsatta områden"), or just before a number that stands
    alone ("I år är deltagarna 120, varav …"); dates are not numbers of anything."""
    # Money is no number of things ("Kostnad (kr): 1 450 000" counts no trygghetsvärdar),
    # nor is a grade, a week or a clock time ("för elever i årskurs 4–9").
    sentence = AMOUNT.sub(" ", value_text(sentence, "amount"))
    # Nor are ages ("för barn mellan 6 och 16 år").
    sentence = AGE_RANGE.sub(" ", ORDINAL_NUMBER.sub(" ", sentence))
    undated = DATES.sub(" ", sentence)
    tokens = words(undated)
    for match in NUMBER_OF.finditer(sentence):
        # "Antalet anmälda brott minskade från 1 240 till 1 105": the sentence's figures
        # are numbers of what "antalet" names.
        if TextView(match.group(1)).mentions_term(counted) and re.search(r"\d", undated):
            return True
    for i, token in enumerate(tokens):
        if any(ch.isdigit() for ch in token) or token in NUMBER_WORDS:
            window = " ".join(tokens[i + 1 : i + 1 + COUNT_WINDOW])
            if window and TextView(window).mentions_term(counted):
                return True
    row = bool(TABLE_ROW.match(undated))
    for match in STANDALONE_NUMBER.finditer(undated):
        before = words(undated[: match.start()])[-COUNT_WINDOW:]
        header = undated[: match.start()].rsplit("; ", 1)[-1].removesuffix(": ")
        if row and RATING_HEADER.match(header):
            continue  # "Sannolikhet: 3" after "För få sommarledare anställs" counts none
        if before and TextView(" ".join(before)).mentions_term(counted):
            return True
    # Places before their number: "Satsningen föreslås fortsätta med plats för 40 ungdomar".
    for match in PLACES_FOR.finditer(undated):
        if TextView(match.group()).mentions_term(counted):
            return True
    if any(TextView(m.group(1)).mentions_term(counted) for m in ADDED_NTH.finditer(sentence)):
        return True  # "en fjärde fritidsledare": there are four now
    # Staff are counted in posts: "fältassistenterna, som utökas från tre till fyra tjänster".
    return bool(STAFF_POSTS.search(undated)) and TextView(undated).mentions_term(counted)


# Particles that end a Swedish particle verb ("sättas igång", "läggas ner").
PARTICLES = frozenset("igång ner ned upp ut in av på om till bort fram över".split())
# Those whose verb makes a noun with the particle in front: "följa upp" -> "uppföljning",
# "ta fram" -> "framtagande", "lägga ut" -> "utläggning".
NOMINAL_PARTICLES = frozenset("upp fram ut bort".split())


def looks_like_verb_end(word: str) -> bool:
    """Whether a question's last word can be its main verb: a passive or infinitive
    ("utvärderas", "öppna") or a verb particle ("igång"); a definite noun
    ("interpellationen") cannot."""
    return word in PARTICLES or (len(word) > 3 and word.endswith(("as", "a")))


# "de boende i Andersberg", "the residents in …": a place's people named by a plural noun.
RESIDENTS_OF = re.compile(r"\b(?:de|the)\s+(\w+)\s+(?:i|in|of)\s+[A-ZÅÄÖ]")
# A table row whose column gives the unit: "Belopp (kr): 1 250 000" is 1 250 000 kr, and
# "Budget (tkr) 2026: 2 000" (a column under a header spanning years) is 2 000 tkr.
UNIT_IN_HEADER = re.compile(
    r"\((kr|kronor|tkr|mnkr|%|procent)\)((?: [^:;()]{1,20})?):\s*(\d[\d\s\u00a0,.]*\d|\d)"
)


# An introduction saying in what unit a table's figures are: "i tusen kronor", "(tkr)".
MONEY_UNIT_STATED = re.compile(
    r"\b(?:i|in)\s+(?:tusen\s+kronor|tusental\s+kronor|miljoner\s+kronor|kronor|tkr|mnkr|"
    r"mkr|kr|sek|thousand\s+kronor)\b|\((?:tkr|mnkr|kr|kronor)\)",
    re.IGNORECASE,
)
ROW_FIGURE = re.compile(r"^[^;:]+: [^;]+; .*?: \d")  # a table row with a figure in a column


SIGNING = re.compile(r"underteckna|sign", re.IGNORECASE)
AGE_RANGE = re.compile(r"\b(?:mellan\s+)?\d{1,2}\s*(?:och|till|[–-])\s*\d{1,2}\s*år\b", re.I)
THERE = re.compile(r"^\s*(?:där|here|there)\s", re.IGNORECASE)
RATIO = re.compile(r"\b\w+\s+gånger\s+så\s+\w+|\b\w+\s+times\s+(?:as|more|higher)\b", re.I)


def value_text(sentence: str, kind: str) -> str:
    """The part of a sentence that may hold the value a question of this kind asks for:
    dates are taken out for "hur många" ("hösten 2024" counts nothing); a table column's
    unit goes with the row's number."""
    sentence = UNIT_IN_HEADER.sub(r"\2: \3 \1", sentence)
    if kind == "quantity":
        # "fyra gånger så hög": a ratio, and "barn mellan 6 och 16 år": ages, no count.
        sentence = AGE_RANGE.sub(" ", RATIO.sub(" ", sentence))
    return DATES.sub(" ", sentence) if kind in ("quantity", "size") else sentence


PARTY = re.compile(
    PARTY_LETTERS.pattern + rf"|\b({'|'.join(PARTY_NAMES.values())})\w*", re.IGNORECASE
)
KIND_VALUE = {
    "audience": AUDIENCE,
    "reference": REFERENCE_NUMBER,
    "age": AGE,
    "party": PARTY,
    "amount": AMOUNT,
    "quantity": QUANTITY,
    "size": QUANTITY,
    "time": TIME,
    "frequency": FREQUENCY,
}
# "… per barn?", "… per år?": a rate is asked for.
PER_UNIT = re.compile(r"\bper\s+(\w+)", re.IGNORECASE)
YEARLY = re.compile(r"\b(?:om året|årligen|varje år|i året)\b", re.IGNORECASE)


def gives_rate(sentence: str, unit: str) -> bool:
    """Whether a sentence gives a figure per `unit` ("45 kronor per deltagartillfälle",
    "1,5 miljoner kronor om året" for "per år")."""
    asked = stem(unit.lower())
    # "per timme", "/timme", and "i timmen", "om dagen", "i månaden" (the unit's definite form).
    for match in re.finditer(
        r"\bper\s+(\w+)|/\s*(\w+)|\b(?:i|om)\s+(\w+(?:en|et|n))\b", sentence, re.IGNORECASE
    ):
        if stem(next(g for g in match.groups() if g).lower()) == asked:
            return True
    return asked == stem("år") and bool(YEARLY.search(sentence))


# "Hur många invånare …", "How many schools …": the word after the question phrase.
COUNTED = re.compile(r"\b(?:hur många|how many)\s+(\w+)(?:\s+(\w+))?", re.IGNORECASE)
# A preposition after that word makes it a verb: "Hur många bor i …", "deltog på …".
VERB_FOLLOWERS = frozenset("i på till från med vid hos under".split())
# Common finite verbs: one later in "Hur många elever i årskurs 9 fick …?" makes "elever"
# the counted noun, not a verb like "bor" in "Hur många bor i …?".
FINITE_VERBS = frozenset(
    "fick får har hade är var blev blir kom kommer deltog deltar går gick bor bodde finns "
    "fanns arbetar arbetade söker sökte".split()
)
# Nouns a number of people is given in ("45 ungdomar", "60 personer"): see PEOPLE.
PEOPLE_WORDS = "personer elever barn unga ungdomar kvinnor män flickor pojkar vuxna deltagare"
# A weak verb's past tense ("besökte", "anmälde"); plural nouns end otherwise.
WEAK_PAST = re.compile(r"^\w{3,}[^aeiouyåäö](?:de|te)$")
# Who visited a place came to it: "Under 2024 kom 140 personer till språkcaféet".
VISITING = re.compile(r"^besök")
COMING = re.compile(r"\b(?:kom|kommer|kommit|besök\w*|came|come|visit\w*)\b", re.IGNORECASE)
CAME_TO = re.compile(r"\bkom(?:mer|mit|ma)?\s+(?:\S+\s+){0,3}till\b", re.IGNORECASE)
# Auxiliaries after "hur många": the verb after them is what was done ("har lånat").
AUXILIARIES = frozenset("har hade ska skulle kan kunde kommer".split())
# "Vilka kan delta …?", "Who can attend …?": the verb of what they may do.
AUDIENCE_VERB = re.compile(r"^\s*(?:vem|vilka|who)\s+(?:kan|can)\s+(\w+)", re.IGNORECASE)
# "Vilka mål …?", "Which goals …?": the things listed.
LISTED_NOUN = re.compile(r"^\s*(?:vilka|which)\s+(\w+)", re.IGNORECASE)
# Adjectives that may stand between "hur många" and what is counted ("nya platser").
COUNTED_ADJECTIVES = frozenset("nya olika lediga extra egna fler fasta tillfälliga".split())
# Words for taking part ("deltog", "took part", "attended"): what the people counted did,
# not what in.
TAKING_PART = re.compile(r"^(?:delt[ao]g\w*|deltar|took|take|part|particip\w*|attend\w*)$")
# "take place" is "happen": no "place" ("plats") to look for.
TAKE_PLACE = re.compile(r"\b(?:take|takes|took|taken|taking)\s+place\b", re.IGNORECASE)
# English verbs that may follow "how many" (besides past tenses in -ed): "How many took
# part", "How many live in …".
ENGLISH_COUNT_VERBS = frozenset("took take live got get work came come joined".split())
# "När publicerades …?", "When was … published?": answered by the document's own date.
PUBLICATION = re.compile(
    r"\b(publicera\w*|published|utgavs|gavs ut|released|daterad\w*|dated)\b", re.IGNORECASE
)
# "Vem skrev …?", "Who wrote …?": answered by the document's author, when its details say.
# Who answered a motion or an interpellation is its answer's author; who signed a letter
# ("Vem har undertecknat remissvaret?") is named by its signature.
AUTHORSHIP = re.compile(
    r"\b(skrev|skrivit|skrevs|författ\w*|svarade|besvarade|underteckna\w*|wrote|written|"
    r"authored|author|answered|replied|signed)\b",
    re.IGNORECASE,
)


# An adjective after an article, in its definite form: "den regionala strategin". Short
# ones ("den nya fritidsgården") a document may leave out when it names the thing.
NARROWING_ADJECTIVE = re.compile(r"\b(?:den|det|de)\s+(\w{6,}a)\s+\w{3,}", re.IGNORECASE)


def narrowing_adjectives(q: QuestionAnalysis) -> list[Term]:
    """The question's terms that narrow its thing as adjectives ("regionala" in "När ska
    den regionala strategin antas?"): a document must use them to speak of that thing."""
    if q.language != "sv":
        return []
    said = {m.lower() for m in NARROWING_ADJECTIVE.findall(q.question)}
    return [t for t in q.terms if t.word in said]


# An adjective before the definite noun it narrows, with no article: "tekniska nämnden",
# "sociala insatsgruppen" (adjective endings only, not a verb's "leda arbetet").
ADJECTIVE_BEFORE_NOUN = re.compile(
    r"\b(\w+(?:isk|al|ell|ig|iv|är|ös)a)\s+(\w{3,}(?:en|et|na|an))\b", re.IGNORECASE
)


def adjective_nouns(q: QuestionAnalysis) -> dict[str, Term]:
    """The question's adjectives and the nouns they narrow ("tekniska" -> the Term
    "nämnden" of "Var föreslår tekniska nämnden …?"), both among its terms."""
    if q.language != "sv":
        return {}
    by_word = {t.word: t for t in q.terms}
    return {
        adjective.lower(): by_word[noun.lower()]
        for adjective, noun in ADJECTIVE_BEFORE_NOUN.findall(q.question)
        if adjective.lower() in by_word and noun.lower() in by_word
    }


def english_compounds(q: QuestionAnalysis) -> list[tuple[str, str]]:
    """Pairs of the question's English words in which the first narrows the second ("winter
    break", "action plan"): Swedish writes each pair as one compound ("vinterlov",
    "handlingsplan")."""
    if q.language != "en":
        return []
    asked = {t.word for t in q.terms}
    said = words(q.question)
    return [(b, w) for b, w in zip(said, said[1:], strict=False) if b in asked and w in asked]


def modified_words(q: QuestionAnalysis) -> set[str]:
    """The question's words that a word before them narrows ("activities" in "winter break
    activities", Swedish "vinterlovsaktiviteter")."""
    return {w for _, w in english_compounds(q)}


def modifier_words(q: QuestionAnalysis) -> set[str]:
    """The question's words that narrow the word after them ("action" in "action plan"): the
    first part of a compound, no topic of its own that a section heading ("Mål och
    åtgärder") could name."""
    return {b for b, _ in english_compounds(q)}


def row_words(text: str, q: QuestionAnalysis, modified: set[str]) -> str:
    """The words a table row says of the question. A column naming a kind of thing
    ("Aktivitet: Fritidsgård") speaks of that thing only: a question about one kind of
    activity ("vinterlovsaktiviteterna", "winter break activities") finds its own word in
    the column's name, not in the row's value, so the name does not count for it. A column
    naming what is measured ("Varav flickor: 150") or the very thing asked ("Insats:
    Totalt", "Handläggare: Maria Lind") keeps its name."""
    topic = q.topic_terms
    if not topic or not TABLE_ROW.match(text):
        return text
    out = []
    for cell in text.split("; "):
        header, sep, value = cell.partition(": ")
        if sep and not re.search(r"\d", value):
            name, held = TextView(header), TextView(value)
            if any(
                (0 < name.term_match(t) < 1 or (t.word in modified and name.mentions_term(t)))
                and not held.mentions_term(t)
                for t in topic
            ):
                cell = value
        out.append(cell)
    return "; ".join(out)


# What gives a reason: "beror främst på att …", "eftersom …", "because …".
CAUSE = re.compile(
    r"\b(?:eftersom|beror\s+(?:\w+\s+){0,5}?på|på grund av|därför att|orsaken\w*|"
    r"skälet|skälen|anledningen|because|due to|the reason)\b",
    re.IGNORECASE,
)
WHY_REPORTED = re.compile(r"\b(?:varför|why)\b", re.IGNORECASE)
# "Hur länge …?", "How long …?": a duration answers ("ett år", "till sommaren 2025").
DURATION_QUESTION = re.compile(r"^\s*(?:hur länge|hur lång tid|how long|for how long)\b", re.I)
DURATION = re.compile(
    r"\b(?:\d+|en|ett|två|tre|fyra|fem|sex|one|two|three|four|five|six)\s+(?:år|månader|"
    r"månad|veckor|vecka|dagar|dag|timmar|timme|terminer|termin|läsår|years?|months?|weeks?|"
    r"days?|hours?)\b|\btill och med\b|\bfram till\b|\btill (?:sommaren|hösten|våren|"
    r"vintern|årsskiftet|\d{4})|\b(?:19|20)\d\d\s*[–-]\s*(?:19|20)?\d\d\b",
    re.IGNORECASE,
)
# Words naming a kind of document: "tjänsteskrivelsen", "ärendet", "the application".
DOCUMENT_KIND = re.compile(
    r"^(?:tjänsteskrivelse|skrivelse|ärende|motion|ansökan|ansökningar|protokoll|remiss|"
    r"yttrande|rapport|interpellation|handling|dokument|promemoria|memo|document|"
    r"application|report|memorandum|case|letter)\w*$",
    re.IGNORECASE,
)
MAX_DESCRIBED = 3  # documents a question on a document's details ("Vem skrev …?") may fit
# "Vad beslutade nämnden …?", "What did the council decide …?": asks for a decision.
DECISION_QUESTION = re.compile(
    r"^\s*(?:vad|vilket beslut|what)\b.*\b(?:beslutade|beslöt|beslutat|beslutar|decided|decide)\b",
    re.IGNORECASE,
)
# "Vem ska redovisa …?", "Who will present …?": the one who presents an item.
PRESENTING = re.compile(r"redovis|presenter|föredr|berätt|present|report", re.IGNORECASE)
# An agenda's item and who presents it: "2. Lägesbild för SFI – Anna Berg, rektor …".
AGENDA_SPEAKER = re.compile(
    rf"(?:{NUMBERED_ITEM.pattern})?[^–—]+\s[–—]\s[A-ZÅÄÖ][\w-]+ [A-ZÅÄÖ][\w-]+\b"
)
# A matter put up for a decision ("3. Förslag om … – för beslut", "Förslag till beslut") is
# not decided yet.
PENDING_DECISION = re.compile(
    r"\b(?:för beslut|förslag till beslut|inför beslut|beslutsunderlag|for decision)\b",
    re.IGNORECASE,
)
# The records of a meeting: "Dagordning för integrationsrådet", "Protokoll …".
MEETING_RECORD = re.compile(
    r"\b(?:dagordning|kallelse|protokoll\w*|minnesanteckningar|mötesanteckningar|agenda|"
    r"minutes)\b",
    re.IGNORECASE,
)
# "Vad ska rådet besluta om?", "What will the council decide on?": a decision to come.
DECISION_AHEAD = re.compile(
    r"\b(?:ska|skall|kommer att)\b.*\bbesluta\b|\b(?:will|is to|are to)\b.*\bdecide\b",
    re.IGNORECASE,
)
# A decision as minutes and reports write it.
DECISION = re.compile(
    r"\bbeslut\w*|\bbeslöt\b|\bbif[aö]ll\w*|\bavsl[åo]\w*|\bbevilja\w*|\bbeviljade\b|"
    r"\bantog\b|\bantagit\b|\bantogs\b|\bdecided\b|\bapproved\b|\brejected\b",
    re.IGNORECASE,
)
# "Vad finns i Backens hus?", "What is there in …?": answered by what "finns" there.
# Money not sought or not received: "har inte sökt medel", "fick inga pengar".
NO_MONEY = re.compile(
    r"\b(?:inte|ej|aldrig)\s+(?:\w+\s+){0,2}?(?:sökt|ansökt|fått|beviljats|tagit emot)\b"
    r"|\binga\s+(?:medel|pengar|bidrag)\b",
    re.IGNORECASE,
)
NEGATION = re.compile(r"\b(?:inte|ej|icke|aldrig|not|never)\b", re.IGNORECASE)
# "Vad innebär projektet?", "What does the project involve?": asks what a thing is made of.
INVOLVES = re.compile(r"\b(?:innebär|går ut på|involve[sd]?|entail[s]?)\b", re.IGNORECASE)
EXISTENTIAL = re.compile(r"^\s*(?:vad finns|what is there|what are there)\b", re.IGNORECASE)
EXISTS = re.compile(r"\bfinns\b", re.IGNORECASE)
EXISTING = re.compile(r"^(?:finnas|finns|fanns|funnits)$")
# Residents live where they are counted: "Hur många invånare bor i Häggården?" is answered by
# "Invånare: 1 450" in Häggården's row, which need not say "bor".
RESIDENTS = re.compile(r"^(?:invånar\w*|inhabitants?|residents?)$")
LIVING = re.compile(r"^(?:bor|bodde|bott|lives?|lived|living)$")


# A line counting for a place its label names: "- Kallhäll: 850 unga 13–19 år".
PLACE_COUNT = re.compile(r"^[\s•·▪*-]*([A-ZÅÄÖ][\w-]*(?: [A-ZÅÄÖ][\w-]*)*):\s*\d")


def counts_for_place(text: str, q: QuestionAnalysis) -> bool:
    """Whether a line is a count for the question's place, by its label ("Kallhäll: 850
    unga"): those counted there live there, as "Hur många unga bor i Kallhäll?" asks."""
    label = PLACE_COUNT.match(text)
    return label is not None and label.group(1) in q.entities


def says_nothing_more(word: str, counted: Term | None) -> bool:
    """Whether a question's word adds nothing to what it asks of: "finnas" in "Hur många …
    ska det finnas?", "bor" in "Hur många invånare bor i …?"."""
    return bool(EXISTING.match(word)) or (
        counted is not None and bool(LIVING.match(word)) and bool(RESIDENTS.match(counted.word))
    )


# "Vad är en trygghetsvandring?", "What is a safety walk?", "Vad betyder
# förvärvsfrekvens?": a thing asked to be defined.
DEFINED_THING = re.compile(
    r"^\s*(?:(?:vad är|what is)\s+(?:en|ett|a|an)|vad betyder|vad innebär|what does)"
    r"\s+(?:begreppet\s+|ordet\s+|the term\s+)?(\w+)"
    # "Hur definierar Lycksele kommun förvärvsfrekvens?", "Vad menas med områdestyp?"
    r"|^\s*(?:hur definierar|how does)\b.*?\b(\w+)\s*\??\s*$"
    r"|^\s*(?:vad menas med|vad avses med|what is meant by)\s+(?:begreppet\s+)?(\w+)"
    # "Vad är samhällsorientering?": a word alone, asked what it is.
    r"|^\s*(?:vad är|what is)\s+([a-zåäö]\w+)\s*\?*\s*$",
    re.IGNORECASE,
)


def defined_term(q: QuestionAnalysis) -> Term | None:
    """The term a "Vad är en …?" or "Vad betyder …?" question asks to have defined, or
    None."""
    match = DEFINED_THING.match(q.question)
    word = next((g.lower() for g in match.groups() if g), "") if match else ""
    return next((t for t in q.terms if t.word == word), None)


def asked_code(q: QuestionAnalysis) -> str | None:
    """The letter code a "Vad betyder U …?" question asks the meaning of (a capital letter
    or two, "U", "KS"), or None."""
    match = DEFINED_THING.match(q.question)
    word = next((g for g in match.groups() if g), "") if match else ""
    return word if re.fullmatch(r"[A-ZÅÄÖ]{1,2}", word) else None


def defines(sentence: str, term: Term) -> bool:
    """Whether a sentence defines the term: "En trygghetsvandring är …", "Trygghets-
    vandringar innebär …", "Med socioekonomisk segregation menas …", or as a glossary
    does, "Förvärvsfrekvens: Andelen av …", "Medborgarlöfte – en överenskommelse …"."""
    first = re.match(
        r"\s*(?:en |ett |a |an )?(\w+)(?:\s+[\w-]+){0,3}?"
        r"(?:\s+(?:är|innebär|betyder|kallas|is|means)\b|:\s|\s+[–—]\s)",
        sentence,
        re.IGNORECASE,
    ) or re.match(
        r"\s*(?:med|by)\s+(\w+)(?:\s+\w+)?\s+(?:menas|avses|means|is meant)\b", sentence, re.I
    )
    if first is None or not any(first.group(1).lower().startswith(f) for f in term.forms):
        return False
    # A key figure's line ("Förvärvsfrekvens: 52 %") gives a value, no definition.
    return not re.match(r"\s*[\d%]", sentence[first.end() :])


# A question's closing "enligt Norrtälje kommun", "according to Lund municipality": the
# body whose word is asked for (its name stays a name; "kommun" is no topic).
SOURCE_CLAUSE = re.compile(
    r"\s+(?:enligt|according to)\s+(?:the\s+)?[A-ZÅÄÖ]\w+\s+"
    r"(?:kommun|stad|region|municipality|city)\s*\??\s*$"
)
# "Vad är GVI?", "Vad står OSG för?", "Who is Inger Ashing?": a question about a name alone.
DEFINITION = re.compile(
    r"^\s*(vad|vem|vilka|what|who)\s+(är|var|betyder|innebär|står|is|was|are|does|do)\s+",
    re.IGNORECASE,
)
SUBJECT_FILLERS = frozenset("för the a an mean means stand for".split())
# "När lades …", "Vilket år inrättade …": the verb after the question phrase names the
# happening (Swedish puts the finite verb there; after "ska", "har" and the like, the main
# verb ends the question).
EVENT = re.compile(r"\b(?:när|vilket år|vilket datum)\s+(\w+)", re.IGNORECASE)
# "Vem leder …": the verb after the question word (a stop word such as "har" or "är" is
# none).
# After a modal ("Vem ska laga belysningen?") the main verb is the deed.
ACTION = re.compile(
    r"^\s*(?:vem|who)\s+(?:(?:ska|skall|kommer att|bör|måste|will|should|must)\s+)?(\w+)",
    re.IGNORECASE,
)
DONE_BY = re.compile(r"^\s*vem\s+(?:har|hade)\s+(\w+t)\b", re.IGNORECASE)
# "Vem kan vårdnadshavare kontakta …?", "Vem ska man vända sig till …?": the deed is that of
# those asking, done to the one asked for.
DONE_TO = re.compile(
    r"^\s*vem\s+(?:kan|ska|skall|bör|får|måste)\s+(?:jag|man|du|vi|ni|vårdnadshavare|"
    rf"föräldrarna|föreningen|föreningar|{'|'.join(PEOPLE_WORDS.split())})\s+(\w+)",
    re.IGNORECASE,
)
# "Vem är rektor för …", "Who is the chair of …": the role asked about.
# "Vem är kommunstyrelsens ordförande …": after a genitive, the word it belongs to.
ROLE = re.compile(
    r"^\s*(?:vem|who)\s+(?:är|var|is|was)\s+(?:the\s+|a\s+|an\s+)?(?:\w{3,}s\s+(?=\w{4,}))?(\w+)",
    re.I,
)
# A fact line's label: "Kontakt: Amir Hadzic, verksamhetsledare".
LABEL = re.compile(r"^([A-ZÅÄÖ][a-zåäö]{4,}):\s")


def labels_role(sentence: str, role: Term) -> bool:
    """Whether a fact line's label is the role's first part: "Kontakt: Amir Hadzic" names
    the kontaktperson."""
    label = LABEL.match(sentence)
    return label is not None and role.word.startswith(label.group(1).lower())


def role_of_another(sentence: str, q: QuestionAnalysis) -> bool:
    """Whether the sentence gives the role of another body than the question's: "Eva Lind
    (S), Kommunstyrelsens ordförande" is no answer to "Vem är ordförande i föreningen
    Nattvandrarna?". The question says whose role by "i", "för" or "of" after it."""
    if q.role is None:
        return False
    owner = re.search(
        rf"\b{re.escape(q.role.word)}\s+(?:i|för|på|inom|of|in|for|at)\s+(?:the\s+)?(\w{{4,}})",
        q.question,
        re.IGNORECASE,
    )
    if owner is None or not owner.group(1).islower():
        return False  # "ordförande i Hallsberg": the place, not whose role
    asked = stem(owner.group(1).lower())
    for genitive in re.finditer(r"\b(\w{4,}s)\s+(\w+)", sentence):
        holder, role = genitive.group(1).lower(), genitive.group(2)
        if TextView(role).mentions_term(q.role) and asked not in holder:
            return True
    return False


# Nouns for people, roles and bodies: an answer to "Vem …?" names one of these or a name.
# Matched inside compounds ("trygghetssamordnare", "förvaltningscheferna").
AGENT_NOUNS = tuple(
    """ordförande chef direktör samordnare handläggare ledare ansvarig representant grupp
    förvaltning nämnd styrelse fullmäktige polis myndighet delegation regering bolag förening
    organisation kommunalråd politiker minister tjänsteman tjänstemän medarbetare personal
    socialtjänst barn unga ungdom elev invånare boende föräldrar vårdnadshavare familj kvinnor deltagare
    medlem aktör partner universitet högskola institut forskare kyrka församling student
    studieförbund volontär frivillig kontor avdelning enhet sekreterare assistent lärare
    coach pedagog kurator rektor vuxenutbildning mentor""".split()
)
# The municipality or region as a body that acts: "Kommunen betalar …", "Regionen står för …".
MUNICIPALITY_AS_BODY = frozenset("kommunen kommunens staden stadens regionen regionens".split())
# Bodies named by what their compound ends in: "Kommunens folkhälsoråd", "integrationsrådet",
# "arbetsutskottet" (the word's start says what the body is about, not that it is one).
BODY_ENDINGS = re.compile(r"(?:råd|rådet|utskott|utskottet|kommitté|kommittén|beredningen)$")
# Ordinals: "den tredje vandringen" is answered by what is said of the third, not the first.
# Swedish "andra" is also "other": an ordinal only after "den/det/de".
ORDINALS = {
    word: n
    for n, forms in enumerate(
        (
            "första first 1:a ena",
            "andra second 2:a",
            "tredje third 3:e",
            "fjärde fourth 4:e",
            "femte fifth 5:e",
            "sjätte sixth 6:e",
            "sjunde seventh 7:e",
            "åttonde eighth 8:e",
            "nionde ninth 9:e",
            "tionde tenth 10:e",
        ),
        start=1,
    )
    for word in forms.split()
}


# The parts of a year an ordinal may count: "första halvåret", "andra kvartalet".
PERIOD_NOUN = re.compile(
    r"^(?:halvår\w*|kvartal\w*|tertial\w*|år|året|termin\w*|månad\w*|veckan|half|quarter|year)$"
)


def ordinal_in(text: str) -> set[int]:
    """The ordinals a text uses ("den tredje", "the third", "3:e"); "andra" only as "den
    andra", "ena" only as "det ena"."""
    found = set()
    tokens = words(text)
    for i, token in enumerate(tokens):
        if token not in ORDINALS:
            continue
        after_article = i > 0 and tokens[i - 1] in ("den", "det")
        if token in ("andra", "ena") and not after_article:
            continue
        if i + 1 < len(tokens) and PERIOD_NOUN.match(tokens[i + 1]):
            continue  # "första halvåret" is a time, not one of several things
        found.add(ORDINALS[token])
    return found


def question_forms(q: QuestionAnalysis) -> set[str]:
    """Every stem the question itself uses: its terms (and their compounds' last parts)
    and its names."""
    forms = {f for t in q.terms for f in t.forms} | {t.head for t in q.terms if t.head}
    return forms | {stem(e.lower()) for e in q.entities}


# Verbs that only say money goes somewhere: "Hur mycket av budgeten används …?", "… går
# till läxhjälpen?", "… satsas på …?".
MONEY_FLOW = re.compile(
    r"^(?:används|användes|går|gick|satsas|satsades|läggs|lades|avsätts|bidrar|bidrog|"
    r"bidragit)$"
)


def asks_value(q: QuestionAnalysis, word: str) -> bool:
    """Whether a word of the question is what asks for its kind of value ("kostar" for an
    amount, "andel" for a quantity): the value answers it, so no sentence needs the word."""
    pattern = KIND_OF.get(q.kind)
    if q.kind == "amount" and MONEY_FLOW.match(word):
        return True
    if q.kind == "time" and OPENING_WORD.fullmatch(word) and asks_opening_hours(q.question):
        return True  # "öppettider", "öppen": the hours answer ("Måndagar 15–18")
    return pattern is not None and bool(pattern.search(word))


def names_someone(
    sentence: str, q: QuestionAnalysis, asked: set[str], lowercase: frozenset[str] = frozenset()
) -> bool:
    """Whether a sentence names a person or body other than those the question names
    (`asked`: question_forms(q)): a name ("Amir Haddad"), an abbreviation ("SKR"), or a
    noun for people or bodies ("en grupp med representanter", "polisen"). A sentence's
    first word is a name where the documents never write it in lower case (`lowercase`:
    the words they do): "Alingsåshem har anställt två bovärdar"."""
    for i, match in enumerate(re.finditer(r"\b[A-ZÅÄÖ][\w-]*", sentence)):
        token = match.group()
        if re.fullmatch(r"[A-ZÅÄÖ]{2,}-[a-zåäö][\w-]*", token):
            continue  # "BRÅ-samordnaren", "SKR-nätverket": a role or a thing, no name
        opening = i == 0 and not sentence[: match.start()].strip(" ”\"'•-–")
        proper = bool(lowercase) and len(token) >= 4 and token.lower() not in lowercase
        if (token.isupper() and len(token) >= 2) or not opening or proper:
            name = TextView(token)  # "Huddingebor" is the question's "Huddinge"
            if stem(token.lower()) not in asked and not any(
                name.mentions_entity(e) for e in q.entities
            ):
                return True
            # "Region Västmanland" is a body, though the question asks of the "regional
            # network in Västmanland": a name of two capitalised words it does not write.
            # ("Röda Korset" for "the Red Cross" is the question's: both words are.)
            pair = re.match(r" ([A-ZÅÄÖ][\w-]+)", sentence[match.end() :])
            if (
                stem(token.lower()) in asked
                and pair
                and not any(stem(pair.group(1).lower()) in t.forms for t in q.terms)
                and f"{token}{pair.group()}".lower() not in q.question.lower()
            ):
                return True
    for word in words(sentence):
        # "andra förvaltningar" is no one new when the question asks about the
        # socialförvaltning: a word inside a question word, or holding one, is the question's.
        root = stem(word)
        if root in asked or any(len(f) >= 4 and (root in f or f in word) for f in asked):
            continue
        if any(word.startswith(a) or (len(a) >= 4 and a in word) for a in AGENT_NOUNS):
            return True
        if len(word) > 6 and BODY_ENDINGS.search(word):
            return True
        if word in MUNICIPALITY_AS_BODY:
            return True  # "Kommunen betalar områdesvärdarnas löner": the municipality pays
    return False


# A place as texts name where something is: "i Kopparberg", "i Grästorps centrum".
# (Not a county of a body's name: "Länsstyrelsen i Kalmar län" pays, it is no venue.)
IN_PLACE = re.compile(r"\bi ([A-ZÅÄÖ][a-zåäö]{2,})\b(?! läns?\b)")
# A thing and the place it is at: "ett lokalt resurscentrum i Ånäset".
PLACED = re.compile(r"\b(\w+) i ([A-ZÅÄÖ][a-zåäö]{2,})\b")


# Groups of people a figure may be given for, one per line: a sentence about one group
# answers nothing about another ("8,2 år för män" is no figure for kvinnor).
GROUPS = (
    frozenset("kvinnor kvinnors kvinna kvinnan kvinnorna women woman".split()),
    frozenset("män mäns männen männens men".split()),
    frozenset("flickor flickorna flickors tjejer girls".split()),
    frozenset("pojkar pojkarna pojkars killar boys".split()),
    frozenset("unga ungas ungdomar ungdomarna ungdomars young youth youths".split()),
)


# Seasons and school holidays, by how their words begin ("sommarlovsaktiviteter",
# "vinterlovet", "summer"): a figure for the summer's activities is none for the winter's.
SEASONS = (
    ("sommar", "summer"),
    ("vinter", "winter", "sportlov"),
    ("höst", "autumn"),
    ("påsk", "easter"),
    ("jullov", "christmas"),
    ("våren", "vårtermin", "spring"),
)
# The season a month falls in (by index in SEASONS): "den 24 september" was in the autumn,
# so it says nothing of "våren 2024".
MONTH_SEASONS = {
    **dict.fromkeys(("juni", "juli", "augusti", "june", "july", "august"), 0),
    **dict.fromkeys(("december", "januari", "februari", "january", "february"), 1),
    **dict.fromkeys(("september", "oktober", "november", "october"), 2),
    **dict.fromkeys(("mars", "april", "maj", "march", "may"), 5),
}


# Months by number, in both languages ("may" left out, as in EN_MONTHS).
MONTH_NUMBERS = {
    name: number
    for names in (MONTHS.split("|"), ENGLISH_MONTH_NAMES)
    for number, name in enumerate(names, start=1)
    if name != "may"
}


def months_in(text: str) -> frozenset[int]:
    """The months a text names, by number."""
    return frozenset(MONTH_NUMBERS[w] for w in words(text) if w in MONTH_NUMBERS)


# (A question's months and days, worked out once per question, not per sentence.)
asked_months = lru_cache(maxsize=64)(months_in)


def other_month(sentence: str, question: str) -> bool:
    """Whether a sentence names months, none of them the one the question asks about:
    "Arbetslösheten i december 2023 var 9,8 procent" is no figure for "i mars 2023"."""
    asked = asked_months(question)
    said = months_in(sentence)
    return bool(asked and said and not asked & said)


DAY_NAMES = tuple(zip(WEEKDAYS.split("|"), EN_WEEKDAYS.split("|"), strict=True))
DAY = "|".join(name for pair in DAY_NAMES for name in pair)
DAY_RANGE = re.compile(rf"\b({DAY})\w*\s*(?:[–-]|till|to|through)\s*({DAY})\w*", re.IGNORECASE)
DAY_WORD = re.compile(rf"\b({DAY})\w*|\b(vardag\w*|weekdays?)\b|\b(helg\w*|weekends?)\b", re.I)
# A question asks about a day by the day's own word ("på fredagar", "on Fridays"); in a
# compound it names a thing ("förslaget om fredagsöppet").
ASKED_DAY = re.compile(
    rf"\b({DAY})(?:ar|arna|en|s)?\b|\b(vardag\w*|weekdays?)\b|\b(helg\w*|weekends?)\b", re.I
)


def day_number(name: str) -> int:
    return next(i for i, pair in enumerate(DAY_NAMES) if name.lower() in pair)


def weekdays_in(text: str, day_word: re.Pattern = DAY_WORD) -> set[int]:
    """The days of the week a text names, a range ("måndag–torsdag", "Monday to Friday")
    as all its days, "vardagar" as Monday to Friday, "helger" as Saturday and Sunday."""
    days: set[int] = set()
    for first, last in DAY_RANGE.findall(text):
        days.update(range(day_number(first), day_number(last) + 1))
    for day, workdays, _weekend in day_word.findall(text):
        if day:
            days.add(day_number(day))
        elif workdays:
            days.update(range(5))
        else:
            days.update((5, 6))
    return days


@lru_cache(maxsize=64)
def asked_weekdays(question: str) -> frozenset[int]:
    """The days of the week a question asks about, by their own words (ASKED_DAY)."""
    return frozenset(weekdays_in(question, ASKED_DAY))


def other_weekday(sentence: str, question: str) -> bool:
    """Whether a sentence names days of the week, none of them the one asked about:
    "Öppettider: måndag–torsdag 10–19" says nothing of Fridays."""
    asked = asked_weekdays(question)
    said = weekdays_in(sentence)
    return bool(asked and said and not asked & said)


def seasons_in(text_words) -> set[int]:
    """Which of SEASONS the words speak of."""
    return {k for k, starts in enumerate(SEASONS) for w in text_words if w.startswith(starts)}


def month_seasons(text_words) -> set[int]:
    """The seasons of the months the words name."""
    return {MONTH_SEASONS[w] for w in text_words if w in MONTH_SEASONS}


@lru_cache(maxsize=64)
def asked_seasons(question: str) -> frozenset[int]:
    """The seasons a question names (worked out once per question, not per sentence)."""
    return frozenset(seasons_in(set(words(question))))


# What may end a season's word that names a time ("sommaren", "sommarlovet",
# "vårterminen"), where "sommarjobb" names a thing; and what may follow an English one
# that does ("the summer holiday", "summer 2024", "in summer in Kalmar"), where a "summer
# job" is a thing.
SEASON_TIME_ENDINGS = frozenset(("", "en", "n", "s", "ens", "ns", "et", "ets"))
ENGLISH_SEASONS = frozenset(("summer", "winter", "autumn", "easter", "christmas", "spring"))
ENGLISH_AFTER_SEASON_TIME = frozenset(
    "holiday holidays break term vacation in of and or at on for to is was were will when "
    "with before after".split()
)


@lru_cache(maxsize=64)
def seasons_asked_as_time(question: str) -> frozenset[int]:
    """The seasons a question names as a time: "våren", "sommarlovet", "this summer", but
    not the thing a "sommarjobb" or a "summer job" is."""
    asked = set()
    tokens = words(question)
    for i, word in enumerate(tokens):
        for k, starts in enumerate(SEASONS):
            start = next((s for s in starts if word.startswith(s)), None)
            if start is None:
                continue
            rest = word[len(start) :]
            if rest not in SEASON_TIME_ENDINGS and not rest.startswith(("lov", "termin")):
                continue
            following = tokens[i + 1] if i + 1 < len(tokens) else ""
            if (
                start in ENGLISH_SEASONS
                and following.isalpha()
                and following not in ENGLISH_AFTER_SEASON_TIME
            ):
                continue
            asked.add(k)
    return frozenset(asked)


# School years ("årskurs 8", "åk 4–9") and upper secondary school ("på gymnasiet",
# "gymnasieeleverna"; "behöriga till gymnasiet" names no pupils there).
SCHOOL_YEARS = re.compile(r"\b(?:årskurs|åk)\s*(\d)(?:\s*[–-]\s*(\d))?", re.IGNORECASE)
UPPER_SECONDARY = re.compile(
    r"\b(?:på|i) gymnasiet\b|\bgymnasieelev\w*|\bupper secondary (?:pupils|students)\b",
    re.IGNORECASE,
)


def school_years(text: str) -> set[int]:
    """The school years a text names: {8} for "årskurs 8", {4, …, 9} for "åk 4–9"."""
    found: set[int] = set()
    for first, last in SCHOOL_YEARS.findall(text):
        found.update(range(int(first), int(last or first) + 1))
    return found


def other_school_level(sentence: str, question: str) -> bool:
    """Whether a sentence speaks of pupils of another school year or level than the
    question: "Bland eleverna på gymnasiet uppger 58 procent …" gives no share for
    "eleverna i årskurs 8"."""
    asked, said = school_years(question), school_years(sentence)
    if asked:
        return bool(said and not asked & said) or (
            not said and bool(UPPER_SECONDARY.search(sentence))
        )
    if UPPER_SECONDARY.search(question):
        return bool(said) and not UPPER_SECONDARY.search(sentence)
    return False


def other_season(sentence: str, question: str) -> bool:
    """Whether a sentence speaks of another season than the question, by name or by month:
    "Sommarlovsaktiviteter" is no answer about the vinterlov, "den 24 september" none
    about "våren". A month says nothing against a season naming a thing: the application
    for a "sommarjobb" may close "den 30 april"."""
    asked = asked_seasons(question)
    if not asked:
        return False
    said = set(words(sentence))
    named = seasons_in(said)
    if named:
        return not asked & named
    months = month_seasons(said)
    as_time = seasons_asked_as_time(question)
    return bool(months and as_time and not as_time & months)


# Years named relative to the writing, present and past: "i år" asks for another figure
# than "förra året deltog 85 barn" gives.
THIS_YEAR = re.compile(r"\b(?:i år|this year|innevarande år)\b", re.IGNORECASE)
# "… att ge 400 000 kronor för nästa år": the year after the one it is written in.
NEXT_YEAR = re.compile(r"\b(?:nästa år|kommande år|nästkommande år|next year)\b", re.I)


def written_year(section: str, date: str) -> int | None:
    """The year a sentence is written in: the one its section's heading names (a news
    item's "20 december 2024: …"), else its document's date's."""
    named = YEAR.search(section)
    year = named.group() if named else date[:4]
    return int(year) if year.isdigit() else None


LAST_YEAR = re.compile(
    r"\b(?:förra (?:året|sommaren|hösten|våren|vintern|terminen)|i fjol|ifjol|föregående år|"
    r"last (?:year|summer|autumn|spring|winter)|the year before)\b",
    re.IGNORECASE,
)
CLAUSE_BREAK = re.compile(
    r"[,;:]\s|\s(?:och|men|medan|and|but|while|jämfört med|compared with|compared to)\s"
)


# The year before one a sentence names: "jämfört med 1 600 året innan".
YEAR_BEFORE = re.compile(r"(?:året innan|året före|föregående år|the year before)", re.I)
YEAR_BEFORE_WORDS = ("innan", "före", "föregående", "before")  # a word each of them holds


def names_year_before(text: str, year: str) -> bool:
    """Whether a text gives `year` as the year before one it names: "Under 2024 hade
    mötesplatsen 2 100 besök, jämfört med 1 600 året innan" speaks of 2023 too, as does
    "Sommaren 2024 fick 85 ungdomar feriejobb. Det var 20 fler än året innan." (the year
    in the sentence before the one saying "året innan", if that one names no year of its
    own: in "… startade hösten 2022. Under 2024 deltog 30, jämfört med 22 året innan." the
    year before is 2023)."""
    if not YEAR.fullmatch(year):
        return False
    no_year = rf"(?:(?!{YEAR.pattern})[^.])*"
    return bool(
        re.search(rf"\b{int(year) + 1}\b{no_year}(?:\.\s+{no_year})?{YEAR_BEFORE.pattern}", text)
    )


def last_sentence(text: str) -> str:
    """The last sentence of a text (the one right before a sentence, given the text
    before it in its paragraph)."""
    return re.split(r"(?<=[.!?])\s+", text.strip())[-1]


# "Det var 20 fler än året innan": a figure given against the one before it.
RELATIVE_FIGURE = re.compile(
    r"\b\d[\d  ]*\s+(?:fler|färre|mer|mindre|more|fewer|less)\s+(?:än|than)\b", re.I
)
# "Sex månader senare hade 29 av dem ett arbete": a part of those the sentence before
# counted.
PART_OF_THOSE = re.compile(r"\b\d[\d  ]*\s+(?:av dem|av dessa|of them|of these)\b", re.I)
# "År 2022 var motsvarande antal 58": the figure counts what the sentence before counted.
CORRESPONDING = re.compile(
    r"\b(?:motsvarande|samma)\s+(?:antal|siffra|siffran)\b|\bcorresponding\s+(?:number|figure)\b",
    re.IGNORECASE,
)


# A table cell for the asked year (marked \0) without a figure: "2023: –".
EMPTY_YEAR_CELL = re.compile(r"\0[^;:\d]*:\s*[–—-]?\s*(?:;|$)")
# "…, varav ungefär hälften gick till …": a part of the figure before, of its year.
PART_CLAUSE = re.compile(r"\s*(?:varav|av dem|av dessa|of whom|of which)\b", re.IGNORECASE)


def undated_figure(sentence: str) -> bool:
    """Whether a sentence names no year, or gives a figure in a clause naming none: in
    "fler barn deltog, 310 jämfört med 240 sommaren 2023" the 310 is the document's own
    year's. A "varav" clause is a part of the dated figure before it. A table row's cell
    is dated by its column ("Utfall 2023: 165 000 kr")."""
    clauses = sentence.split("; ") if TABLE_ROW.match(sentence) else CLAUSE_BREAK.split(sentence)
    return not YEAR.search(sentence) or any(
        QUANTITY.search(clause) and not YEAR.search(clause) and not PART_CLAUSE.match(clause)
        for clause in clauses
    )


def other_year(sentence: str, question: str) -> bool:
    """Whether every figure in the sentence stands in a clause dated to another relative
    year than the question's: "Förra året deltog 85 barn och vi räknar med fler i år" gives
    no figure for "i år"."""
    asks_now, asks_before = bool(THIS_YEAR.search(question)), bool(LAST_YEAR.search(question))
    if asks_now == asks_before:
        return False
    own, other = (THIS_YEAR, LAST_YEAR) if asks_now else (LAST_YEAR, THIS_YEAR)
    with_figures = [c for c in CLAUSE_BREAK.split(sentence) if QUANTITY.search(c)]
    return bool(with_figures) and all(other.search(c) and not own.search(c) for c in with_figures)


SEASON_OR_PERIOD = re.compile(
    r"^(?:vår\w*|sommar\w*|höst\w*|vinter\w*|år\w*|halvår\w*|termin\w*|månad\w*|vecka\w*|"
    r"spring|summer|autumn|fall|winter|year|term|month|week)$"
)
# "Nästa möte hålls den 4 december": another meeting than the one a question asks about.
OCCASION = re.compile(r"\b(nästa|kommande|föregående|förra|next|previous)\s+(\w+)", re.I)
# Which side of now each of OCCASION's words points to, in either language: "the next
# youth survey" asks of "Nästa ungdomsenkät".
OCCASION_SIDE = {
    **dict.fromkeys(("nästa", "kommande", "next"), "next"),
    **dict.fromkeys(("föregående", "förra", "previous"), "previous"),
}
NEXT = re.compile(r"\b(?:nästa|kommande|next|upcoming)\s+(\w+)", re.IGNORECASE)


def deed_nouns(q: QuestionAnalysis) -> tuple[str, ...]:
    """The nouns of the Swedish verbs a question uses, as words begin: "ökning" for "ökar",
    "utvärdering" for "utvärderar", "minskning" for "minskade"."""
    if q.language != "sv":
        return ()
    verbs = [re.fullmatch(r"(\w{2,}?)(?:ar|ade|a)", t.word) for t in q.terms if len(t.word) >= 4]
    return tuple(v.group(1) + ending for v in verbs if v for ending in ("ning", "ing"))


def speaks_of_next(sentence: str, q: QuestionAnalysis) -> bool:
    """Whether a sentence can answer of the next one the question asks about ("När startar
    nästa omgång?"): it names that thing or a next one. "Sedan starten 2022 har 74 par
    matchats" speaks of neither."""
    match = NEXT.search(q.question)
    if match is None:
        return True
    asked = next((t for t in q.terms if t.word == match.group(1).lower()), None)
    return bool(NEXT.search(sentence)) or (
        asked is not None and TextView(sentence).mentions_term(asked)
    )


def another_occasion(sentence: str, q: QuestionAnalysis) -> bool:
    """Whether a sentence speaks of the next or the previous of the question's thing
    ("Nästa möte hålls …") when the question does not ("När hölls rådets möte?")."""
    asked = {OCCASION_SIDE.get(w, w) for w in words(q.question)}
    return any(
        OCCASION_SIDE[m.group(1).lower()] not in asked
        # "… dubbelt så många som förra hösten": a time compared with, not another thing
        and not SEASON_OR_PERIOD.match(m.group(2).lower())
        and TextView(m.group(2)).mentions_term(t)
        for m in OCCASION.finditer(sentence)
        for t in q.topic_terms
    )


# A deed and its doer: "har gjorts av kommunledningskontoret", "drivs av Studieförbundet".
BY_AGENT = re.compile(r"\b((?:\w+\s+){1,3}?)av\s+\w", re.IGNORECASE)
DEED_NOUN = re.compile(r"(?:ning|ing)(?:en|ar|arna)?$", re.IGNORECASE)


# "Vem har kommunen tecknat avtal med?", "Who does the municipality work with?"
ASKS_PARTNER = re.compile(r"\b(?:med|with)\s*\?*\s*$", re.IGNORECASE)


def done_by_someone(sentence: str, q: QuestionAnalysis) -> bool:
    """Whether a sentence names who does a deed the question asks about, in the passive
    with "av": "Uppföljningen har gjorts av kommunledningskontoret" for "Who carried out
    the follow-up?", where "gjorts" is one of the question's words, and "Matchningen görs
    av …" for "Who does the matching?" (the deed or its doing, up to three words before)."""
    for match in BY_AGENT.finditer(sentence):
        before = match.group(1).split()
        # The verb right before "av", and a deed's noun before it ("Matchningen görs av");
        # not the thing done to ("Nätverket startades av Delmos" for "Vem kan man kontakta
        # om nätverket?").
        deeds = before[-1:] + [w for w in before[:-1] if DEED_NOUN.search(w)]
        if any(TextView(w).mentions_term(t) for w in deeds for t in q.terms):
            return True
    return False


# "I stället satsade kommunen …": what was done instead of the thing before.
INSTEAD_WORDS = r"(?:i stället|istället|instead)\b"
INSTEAD = re.compile(rf"^\W*{INSTEAD_WORDS}", re.IGNORECASE)


def done_instead(sentence: str, q: QuestionAnalysis) -> bool:
    """Whether a sentence says what was done instead of the question's thing, without
    naming it: "I stället satsade kommunen 250 000 kronor på belysning" is no cost of the
    kameraövervakning asked about."""
    return (
        bool(INSTEAD.search(sentence))
        and not re.search(rf"\b{INSTEAD_WORDS}", q.question, re.IGNORECASE)
        and not all(TextView(sentence).mentions_term(t) for t in q.topic_terms)
    )


# A decision's two outcomes: "Vilka föreningar fick avslag?" is not answered by those it
# "beslutar att bevilja" (nor by a sentence merely saying others were turned down).
REJECTED = re.compile(
    r"\b(?:avslag\w*|avslå\w*|avslog\w*|fick nej|nekades|rejected|refused|denied|turned down)\b",
    re.IGNORECASE,
)
GRANTING = re.compile(r"\b(?:bevilja\w*|tilldela\w*|granted|awarded)\b", re.IGNORECASE)


def names_the_rejected(sentence: str, preceding: str) -> bool:
    """Whether a sentence names whom a decision turned down: it says so and names someone
    ("Ansökan från Föreningen Vingen avslås"), or it is a list item led in by a line that
    says so (the last other line of `preceding`, the text before it). Items under
    "Nämnden beslutar att bevilja integrationsbidrag till" were granted; "Övriga
    ansökningar avslås" names no one."""
    if BULLET_MARK.match(sentence.lstrip()):
        lines = [line.strip() for line in preceding.splitlines() if line.strip()]
        lead = next((line for line in reversed(lines) if not BULLET_MARK.match(line)), "")
        return bool(REJECTED.search(lead)) and not GRANTING.search(lead)
    return bool(REJECTED.search(sentence)) and bool(CAPITALISED.search(sentence.strip()[1:]))


# "Vilka föreningar fick integrationsbidrag …?": bodies that received money, by name (not
# "Vilka föreningar kan söka …?", answered by a kind of association).
ASKS_RECIPIENTS = re.compile(
    r"^\s*(?:vilka|which)\s+(?:föreningar|organisationer|organisations|associations)\b.*?"
    r"\b(?:fick|får|har fått|beviljades|tilldelades|received|got)\s+(?:\w+\s+)?"
    r"(?:\w*bidrag\w*|pengar|stöd|medel|grants?|money|funding)\b",
    re.IGNORECASE,
)
# Places a sentence names after a preposition, listed or not: "i Ösmo, Sorunda och centrala
# Nynäshamn".
PLACE_SERIES = re.compile(
    r"\b(?i:i|på|vid|från|in|at)\s+(?:centrala\s+)?[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+)*"
    r"(?:(?:,\s*|\s+(?:och|samt|eller|and|or)\s+)(?:centrala\s+)?[A-ZÅÄÖ][\w-]+)*"
)
# A person with a party ("Lars Holm (C)") or a role ("föreningskonsulent Linnea Ek") and a
# registry number ("KFN 2024/112"): no body.
NAMED_PERSON = re.compile(
    r"\b[A-ZÅÄÖ][\w-]+\s+[A-ZÅÄÖ][\w-]+\s+\([A-ZÅÄÖ]{1,2}\)"
    r"|\b\w+(?:are|ent|ör|chef|rektor|ordförande|strateg|ansvarig|person)\s+"
    r"[A-ZÅÄÖ][a-zåäö]+\s+[A-ZÅÄÖ][a-zåäö]+"
)
REGISTRY_NUMBER = re.compile(r"\b[A-ZÅÄÖ]{2,}\s+\d{4}/\d+")


def names_a_body(sentence: str, q: QuestionAnalysis) -> bool:
    """Whether a sentence names an association or organisation by name ("Skillingaryds IS",
    "Organisation: Föreningen Gemenskap"), beyond its first word and the question's names:
    "fördelar 300 000 kronor till föreningar som arbetar med integration i Ösmo, Sorunda
    och centrala Nynäshamn" names places, not who received the money."""
    rest = REGISTRY_NUMBER.sub(" ", NAMED_PERSON.sub(" ", PLACE_SERIES.sub(" ", sentence)))
    for match in CAPITALISED.finditer(rest):
        if re.fullmatch(r"[\W\d_]*", rest[: match.start()]):
            continue  # the first word ("§ 4 Föreningen ska …") is capitalised anyway
        name = match.group()
        if name.removesuffix("s") in q.entities or name in q.entities:
            continue
        return True
    return False


def placed_elsewhere(sentence: str, q: QuestionAnalysis) -> bool:
    """Whether a sentence places the question's thing at another place than the question
    does: "Fotbollsskolan i Storuman hade 35 deltagare" for "… fotbollsskolan i Tärnaby?"."""
    asked = {
        (t, place)
        for thing, place in PLACED.findall(q.question)
        for t in q.terms
        if t.word == thing.lower()
    }
    # A sentence naming the asked place anywhere places it there: in a compound
    # ("Läxhjälpen i Dalabergsskolan" for Dalaberg) or beside a building ("Bengtsfors
    # familjecentral i Kulturhuset").
    return any(
        asked_place.lower() not in sentence.lower() and TextView(thing).mentions_term(t)
        for t, asked_place in asked
        for thing, _ in PLACED.findall(sentence)
    )


def names_asked_group(text: str, q: QuestionAnalysis) -> bool:
    """Whether a text names the group of people, and the language, the question asks a
    figure for ("kvinnorna" in "Hur stor andel av kvinnorna …?"), or the question names
    none. The group counted ("Hur många kvinnor deltog?") is looked for as counted, not
    here."""
    counted = q.counted.word if q.counted is not None else ""
    said = set(words(text))
    asked = set(words(q.question))
    # The language too: "Hur många har gått kursen på dari?" is not answered by the
    # course's total over "arabiska och dari".
    return (asked & LANGUAGE_NAMES) <= said and all(
        group & said for group in GROUPS if group & asked and counted not in group
    )


def contrasts(sentence: str, q: QuestionAnalysis, siblings: dict[str, set[str]]) -> bool:
    """Whether a sentence speaks of another group, place, season or year of the same kind
    as the question: of men when it asks about women; of Lindängen when it asks about
    Seved, and the document lists the two together (`siblings`: per question name, what it
    is listed with), without naming Seved; of last year when it asks about this year."""
    said = set(words(sentence))
    asked = set(words(q.question))
    for group in GROUPS:
        if group & asked and not group & said:
            if any(other & said for other in GROUPS if not other & asked):
                return True
    if other_school_level(sentence, q.question):
        return True
    if other_season(sentence, q.question):
        return True
    if other_month(sentence, q.question) or other_weekday(sentence, q.question):
        return True
    if other_year(sentence, q.question):
        return True
    view = TextView(sentence)
    lowered = sentence.lower()
    # "I dag finns över 100 fritidsbanker i Sverige": a figure for the whole country is
    # none for the place the question names.
    # (Not the country as a comparison: "Arbetslösheten … var 9,8 procent, jämfört med 6,9
    # procent i riket" gives the asked place's figure.)
    own_part = COMPARISON.split(sentence, maxsplit=1)[0]
    if (
        q.names
        and NATIONAL.search(own_part)
        and not any(view.mentions_entity(name) for name in q.names)
    ):
        return True
    return any(
        not view.mentions_entity(name)
        and any(re.search(rf"\b{re.escape(other)}\b", lowered) for other in others)
        for name, others in siblings.items()
    )


COMPARISON = re.compile(r"\b(?:jämfört med|jämfört mot|compared (?:with|to))\b", re.IGNORECASE)
NATIONAL = re.compile(
    r"\b(?:i (?:hela )?(?:sverige|landet|riket)|nationellt|in sweden|nationwide|sverige|sweden)\b",
    re.IGNORECASE,
)
# Bodies a sentence may open with as the one acting: "Kommunen avsätter …".
BODIES = frozenset(
    "kommunen staden regionen länsstyrelsen staten regeringen polisen bostadsbolaget "
    "föreningen förvaltningen".split()
)


def for_another_body(sentence: str, paragraph: str, names: list[str]) -> bool:
    """Whether a sentence says what another body does, where its paragraph has a sentence
    opening with the body the question names: in "Kommunen avsätter 1,5 miljoner kronor
    per år. Kalmarhem bidrar med lokaler." the money is the municipality's, not
    Kalmarhem's. `names`: the question's names other than the document's municipality."""
    if not names or any(TextView(sentence).mentions_entity(n) for n in names):
        return False
    opening = re.match(r"[\w-]+", sentence.strip(" ”\"'•-–"))
    if opening is None or not (
        opening.group().lower() in BODIES
        or (opening.group().isupper() and len(opening.group()) > 1)
    ):
        return False
    others = [paragraph[s:e].strip(" ”\"'•-–") for s, e in sentence_spans(paragraph)]
    return any(
        (first := re.match(r"[\w-]+", other)) is not None
        and any(TextView(first.group()).mentions_entity(n) for n in names)
        for other in others
    )


# "Hur mycket bidrar Ragunda kommun med …?": the one whose money is asked for.
GIVER_QUESTION = re.compile(
    r"^\s*(?:hur mycket (?:pengar )?(?:bidrar|bidrog|ger|gav|betalar|betalade|satsar|satsade|"
    r"skjuter|sköt|står|stod)\s+(.+?)\s+(?:med|till|för|in|på)\b"
    r"|how much (?:money )?(?:does|did|will) (.+?) (?:contribute|pay|give|put|spend|invest))",
    re.IGNORECASE,
)
# "Projektet finansieras av Allmänna arvsfonden med …", "… med medel från Arvsfonden": who
# pays, as the sentence says it.
FUNDED_BY = re.compile(
    r"\b(?:(?:finansieras|finansierades|finansierats|bekostas|bekostades|betalas|betalades)"
    r"(?:\s+\w+)?\s+av|(?:medel|bidrag|stöd|pengar)\s+från)\s+(.+?)(?=\s+med\b|[.,;]|$)",
    re.IGNORECASE,
)
MUNICIPAL_GIVER = frozenset("kommun kommunen stad staden".split())


def money_giver(q: QuestionAnalysis) -> str:
    """The body an amount question asks the money of ("Ragunda kommun" in "Hur mycket bidrar
    Ragunda kommun med till Språkvänner?"), or ""."""
    if q.kind != "amount":
        return ""
    match = GIVER_QUESTION.match(q.question)
    return (match.group(1) or match.group(2) or "").strip() if match else ""


def funded_by_another(sentence: str, giver: str, municipality: str) -> bool:
    """Whether a sentence gives money paid by another body than the one asked of: for
    "Hur mycket bidrar Ragunda kommun med …?", "Projektet finansieras av Allmänna
    arvsfonden med 1,2 miljoner kronor" is the fund's money. The document's municipality
    is "kommunen" in its own text ("finansieras av kommunen och Samordningsförbundet")."""
    match = FUNDED_BY.search(sentence)
    if not giver or match is None:
        return False
    funder = match.group(1).lower()
    giver_words = [w for w in words(giver) if len(w) >= 3]
    municipal = {w for w in giver_words if w in MUNICIPAL_GIVER or w == municipality.lower()}
    if municipal and any(w in funder for w in ("kommun", "stad", municipality.lower() or "\0")):
        return False
    return not any(w[:5] in funder for w in giver_words if w not in municipal)


# A figure for what would be: "skulle … kosta ytterligare 4,1 miljoner kronor".
HYPOTHETICAL = re.compile(r"\b(?:skulle|would)\b", re.IGNORECASE)
# A sum applied for ("har ansökt om 240 000 kronor") and one granted or received.
APPLIED = re.compile(
    r"\b(?:an)?sök(?:t|te|er|a|ts|s|es)\b|\bansökan\b|\bappl(?:y|ying|ies|ied|ication)\b",
    re.IGNORECASE,
)
GRANTED = re.compile(
    r"\b(?:bevilja\w*|tilldela\w*|fick|fått|får|granted|received|awarded)\b", re.IGNORECASE
)


def applied_for(sentence: str) -> bool:
    """Whether a sentence gives a sum applied for, not one granted: "Föreningen har ansökt
    om 240 000 kronor", not "Kommunen sökte 900 000 kronor och fick 650 000"."""
    return bool(APPLIED.search(sentence)) and not GRANTED.search(sentence)


# "Söderhamn föreslår att regionen avsätter …": someone proposes, asks or demands that a
# body do something; the group is the word right after "att".
WISH = re.compile(
    r"\b(?:föreslår|föreslog|föreslås|vill|ville|kräver|krävde|önskar|uppmanar|uppmanade|"
    r"begär|begärde|yrkar|yrkade)\s+(?:\w+\s+){0,2}(?:på\s+)?att\s+(\w+)",
    re.IGNORECASE,
)
# A question about a view: "Vad tycker Mönsterås om förslaget?", "What does … think of …?".
# The group is who holds the view, in Swedish the word after the verb ("Vad anser
# kommunstyrelsen om …?").
ASKS_OPINION = re.compile(
    r"^\s*(?:vad|hur)\s+(?:tycker|tyckte|anser|ansåg|ser)\b(?:\s+(\w+))?"
    r"|^\s*what\s+(?:does|did|do)\b.*"
    r"\b(?:think|view|feel)\b|^\s*what\s+is\b.*\b(?:view|opinion|position)\b",
    re.IGNORECASE,
)
OPINION = re.compile(
    r"\b(?:anser|ansåg|tycker|tyckte|menar|menade|ställer sig|välkomnar|välkomnade|instämmer|"
    r"tillstyrker|avstyrker|är positiv|är negativ|är kritisk)\b",
    re.IGNORECASE,
)
# A question about such a wish: "Vad föreslår Söderhamn …?", "What does … want …?".
ASKS_WISH = re.compile(
    r"\b(?:föreslå\w*|förslag\w*|vill|ville|kräv\w*|önsk\w*|uppman\w*|begär\w*|yrka\w*|"
    r"propos\w*|suggest\w*|want\w*|demand\w*|call\w* for|ask\w* for)\b",
    re.IGNORECASE,
)


# "i hela Flens kommun", "in the whole of …": the whole is asked about, not a part of it.
WHOLE = re.compile(
    r"\bhela\s+(?:\w+\s+)?(?:kommun|kommunen|staden|länet|regionen)\b|\bsom helhet\b|"
    r"\b(?:kommun|kommunen|staden|länet)\s+totalt\b|"
    r"\b(?:whole|entire)\b",
    re.IGNORECASE,
)


# "Heby tätort", "stadsdelen Spetsen": a part of a municipality, whatever its name.
PART_OF_PLACE = re.compile(
    r"\b[A-ZÅÄÖ][\w-]*\s+(?:tätort|centralort|centrum|stadsdel|stadsdelen)\b|"
    r"\b(?:tätorten|centralorten|stadsdelen)\s+[A-ZÅÄÖ]"
)

# A figure for the municipality as a whole, said without "hela": "… i kommunen var 79 procent".
IN_THE_MUNICIPALITY = re.compile(r"\bi kommunen\b|\bin the municipality\b", re.IGNORECASE)

# A part spoken of by what it is, not by its name: "i området", "stadsdelens".
THE_AREA = re.compile(
    r"\b(?:området|områdets|stadsdelen|stadsdelens|bostadsområdet|the area|the district)\b",
    re.IGNORECASE,
)


def for_a_part(sentence: str, q: QuestionAnalysis) -> bool:
    """Whether a sentence gives a figure for a place inside what the question asks about
    as a whole: "Förvärvsfrekvensen i Spetsen är 55 procent" is none for "hela Flens
    kommun"; a sentence that names the whole too ("… i hela kommunen") may answer."""
    if not WHOLE.search(q.question) or WHOLE.search(sentence):
        return False
    # "Heby tätort" is a part of Heby kommun, though it bears its name.
    if PART_OF_PLACE.search(sentence):
        return True
    places = [m.group() for m in CAPITALISED.finditer(sentence) if m.start() > 0]
    return any(not any(TextView(p).mentions_entity(e) for e in q.entities) for p in places)


RELATIVE_CLAUSE = re.compile(r",\s*som\b|,\s*which\b")


def figure_of_another(sentence: str, q: QuestionAnalysis) -> bool:
    """Whether a sentence's amount belongs to something the question does not ask about,
    the question's words standing only in a relative clause after it: in "Arboga avsätter
    800 000 kronor om året till en social investeringsfond, som bland annat har finansierat
    läxhjälp …" the money is the fund's, no cost of the läxhjälp."""
    amount = AMOUNT.search(sentence)
    clause = RELATIVE_CLAUSE.search(sentence, amount.end()) if amount else None
    if clause is None or not q.topic_terms:
        return False
    main, relative = TextView(sentence[: clause.start()]), TextView(sentence[clause.start() :])
    return not any(map(main.mentions_term, q.topic_terms)) and any(
        map(relative.mentions_term, q.topic_terms)
    )


def wished_of(sentence: str, q: QuestionAnalysis) -> bool:
    """Whether a sentence only says what someone else wants the body the question names to
    do: "Söderhamn föreslår att regionen avsätter minst 5 miljoner kronor" says nothing of
    what Region Gävleborg sets aside. A question about the proposal is answered by it."""
    if ASKS_WISH.search(q.question):
        return False
    for wish in WISH.finditer(sentence):
        asked_to = wish.group(1).lower()
        proposer = sentence[: wish.start()].lower()
        if any(
            len(n) >= 4 and asked_to.startswith(n.lower()) and n.lower() not in proposer
            for n in q.names
        ):
            return True
    return False


# "Hur många bor i …?", "Hur många invånare har …?", "How many people live in …?"
POPULATION_WORDS = re.compile(r"\b(?:bor|invånare|live|inhabitants|residents)\b", re.IGNORECASE)
SHARE_WORDS = re.compile(r"\b(?:andel|share|percentage|proportion)\b", re.IGNORECASE)


def asks_population(q: QuestionAnalysis) -> bool:
    """Whether a question asks how many people live in a place it names (not what share)."""
    return (
        q.kind == "quantity"
        and bool(q.names)
        and bool(POPULATION_WORDS.search(q.question))
        and not SHARE_WORDS.search(q.question)
    )


def shared_with_another(sentence: str, question: str, names: list[str]) -> bool:
    """Whether a sentence gives the body the question names together with another, "av
    kommunen och Nyköpingshem": an amount they paid together is not what one of them paid.
    `names`: the question's names other than the document's municipality."""
    lowered = question.lower()
    for name in names:
        for pair in re.finditer(
            rf"\b(\w+),? (?:och|samt|and) {re.escape(name)}\b|"
            rf"\b{re.escape(name)} (?:och|samt|and) (\w+)",
            sentence,
        ):
            # "för barn i Läreda och Ljungdala" lists places, not two who pay; "Tranemo
            # kommun 800 000 kronor och Svenljunga kommun 1,2 miljoner" two who get money.
            if PLACE_PREPOSITION.search(sentence[: pair.start()]) or (
                (pair.group(1) or "").lower() in AMOUNT_UNITS
            ):
                continue
            # "Tanums kommun och Sotenäs kommun" where the question names both.
            if (pair.group(1) or "").lower() in MUNICIPALITY_WORDS:
                before = re.findall(r"[\w-]+", sentence[: pair.start()])[-1:]
                asked = re.findall(r"\b[A-ZÅÄÖ][\w-]+", question)
                if before and any(TextView(before[0]).mentions_entity(n) for n in asked):
                    continue
            if (pair.group(1) or pair.group(2)).lower() not in lowered:
                return True
    return False


PLACE_PREPOSITION = re.compile(r"\b(?:i|in|på|vid|inom)\s+$", re.IGNORECASE)


# "utvärderingen av läxhjälpen", "the evaluation of the homework help": the word after
# "av"/"of" says which of several such things is meant.
OF_PHRASE = re.compile(r"\b(\w{3,})\s+(?:av|of)\s+(?:the\s+|den\s+|det\s+|de\s+)?([a-zåäö]\w{3,})")

SUBJECT_PARAGRAPHS = 2  # a thing this many paragraphs speak of is the document's subject
LIST_MARGIN = 0.4  # how far below the best sentence another document's sentence may score
LIST_MAX_DOCUMENTS = 6
# Question words whose IDF differs by less are about equally rare (in a large corpus, a
# quarter or so apart in how many passages use them): they name the thing together.
RARITY_TIE = 0.25
EXACT_WORD_WEIGHT = 0.3  # bonus for a sentence holding all the question's words as written
# How far below the best sentence another document's may score and still be shown, for a
# question that names nothing that would tell the documents apart.
HEADING_ASKS_WEIGHT = 0.5
NAMED_HERE_WEIGHT = 0.2
GROUP_FIGURE_PENALTY = 0.4  # a share for women or men, when the question asks for all


# A heading over proposals, perhaps a slide's ("Bild 4 – Förslag"), and a question asking
# what is proposed ("Vad föreslås för unga i Kallhäll?").
PROPOSALS_HEADING = re.compile(
    r"^(?:(?:bild|slide|del|part)\s*\d+\s*[–:.-]\s*)?(?:förslag|förslagen|våra förslag|"
    r"proposals?|our proposals)\s*$",
    re.IGNORECASE,
)
ASKS_PROPOSED = re.compile(r"\bföreslå\w*|\bpropos\w*", re.IGNORECASE)


def asked_by_heading(heading: str, q: QuestionAnalysis) -> bool:
    """Whether a heading asks what the question asks: a question whose words, the question
    word aside, are all the question's ("Vem kan få fritidskortet?" for "Vilka kan få
    fritidskortet i Ystad?"; not "Hur mycket är kortet värt?"), or the deed asked about."""
    if PROPOSALS_HEADING.match(heading.strip()) and ASKS_PROPOSED.search(q.question):
        return True
    if not heading.rstrip().endswith("?"):
        # Or the heading is the deed the question's verb asks about: "Expedieras till"
        # over those a decision is sent to ("Vart skickas beslutet?").
        content = [w for w in words(heading) if w not in STOP_WORDS]
        deeds = {f for t in q.terms for f in VERB_FORMS.get(t.word, ())}
        return bool(content) and all(w in deeds for w in content)
    said = words(heading)[1:]
    asked = {stem(w) for w in words(q.question)}
    return bool(said) and all(stem(w) in asked for w in said)


OTHER_DOCUMENT_MARGIN = 0.6
# Words that only say what kind of value is asked for; not what it is about.
KIND_WORDS = frozenset(
    "pengar kronor belopp summa money funding funds amount andel antal number share "
    "percentage proportion år year datum date ofta often gånger times ålder åldrar åldern "
    "gamla gammal age ages old".split()
) | frozenset(AMOUNT_UNITS)  # "11,5 mnkr": the unit says how much, not about what

SWEDISH_MARKERS = frozenset(
    "och att det som är på för med har vad vem vilka hur när var inte av i om".split()
)
ENGLISH_MARKERS = frozenset(
    "the and is are what who which how when where does do of in to for".split()
)
ENGLISH_OPENINGS = frozenset("how what who which when where why does do is are can".split())
SWEDISH_OPENINGS = frozenset("hur vad vem vilka vilken vilket när var varför finns kan är".split())


@lru_cache(maxsize=1)
def english_lexicon() -> dict[str, tuple[str, ...]]:
    """English question word -> Swedish words, from lexicon_en_sv.txt."""
    lexicon = {}
    text = (Path(__file__).parent / "lexicon_en_sv.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            en, sv = line.split(":", 1)
            lexicon[en.strip().lower()] = tuple(
                w.strip().lower() for w in sv.split(",") if w.strip()
            )
    return lexicon


@lru_cache(maxsize=1)
def swedish_lexicon() -> dict[str, tuple[str, ...]]:
    """The lexicon the other way round: a Swedish word's stem -> the English words it
    stands for (one-word entries of four letters or more)."""
    reverse: dict[str, list[str]] = {}
    for english, swedish_words in english_lexicon().items():
        if " " in english or len(english) < 4:
            continue
        for swedish in swedish_words:
            reverse.setdefault(stem(swedish), []).append(english)
    return {k: tuple(v) for k, v in reverse.items()}


def english_phrases(tokens: list[str]) -> dict[int, tuple[str, ...]]:
    """The lexicon's two-word entries among `tokens`, by the index of their first word:
    "situation report" is one Swedish word ("lägesbild"), not a "läge" and a "rapport"."""
    lexicon = english_lexicon()
    return {
        i: lexicon[f"{a} {b}"]
        for i, (a, b) in enumerate(zip(tokens, tokens[1:], strict=False))
        if f"{a} {b}" in lexicon
    }


def swedish_equivalents(question: str) -> list[str]:
    """Swedish words for the English words of a question, from the lexicon (for BM25); a
    two-word entry stands for both its words."""
    lexicon = english_lexicon()
    tokens = words(question)
    phrases = english_phrases(tokens)
    out: list[str] = []
    for i, w in enumerate(tokens):
        if i - 1 in phrases:
            continue  # the phrase's second word, said with its first
        said = phrases.get(i, lexicon.get(w, ()))
        out.extend(sv for sv in said if sv not in out)
    return out


def verb_equivalents(q: QuestionAnalysis) -> list[str]:
    """The other words a question's verb stands for (STRONG_VERBS: "skickas" for
    "expedieras", "driver" for "huvudman", "tog" for "tagit"), for the lexical search: a
    passage saying "Expedieras till" must be found for "Vart skickas beslutet?"."""
    out: list[str] = []
    for term in q.terms:
        said = stem(term.word)
        out += [f for f in VERB_FORMS.get(term.word, ()) if stem(f) != said and f not in out]
    return out


def detect_language(question: str) -> str:
    """'sv' or 'en', by function words and Swedish letters."""
    tokens = words(question)
    # Swedish letters count only in ordinary words: names (Källström) appear in English too.
    lower_words = [w for w in re.findall(r"\w+", question) if w.islower()]
    sv = sum(t in SWEDISH_MARKERS for t in tokens) + 2 * any(
        re.search("[åäö]", w) for w in lower_words
    )
    en = sum(t in ENGLISH_MARKERS for t in tokens)
    # The question word counts double: a name may be Swedish words ("How many leaders ran
    # the training in Alla på plan?").
    opening = tokens[0] if tokens else ""
    en += 2 * (opening in ENGLISH_OPENINGS)
    sv += 2 * (opening in SWEDISH_OPENINGS)
    return "en" if en > sv else "sv"


@dataclass(frozen=True)
class Term:
    """A content word of the question, with the forms that count as the same word in Swedish."""

    word: str
    forms: tuple[str, ...]  # stems (and Swedish equivalents for English words)
    # The stem of a compound's last part (kommunnätverk -> nätverk): the same subject,
    # said less precisely, so it counts for less.
    head: str = ""
    # The stems of a compound's two parts (läxhjälp -> läx, hjälp): a text saying the last
    # with the first just after it says the compound ("hjälper till med läxor").
    parts: tuple[str, ...] = ()
    # English words for a Swedish word ("ordförande" -> "chair"), for a page written in
    # English: they match its text but say nothing of how rare the word is.
    english: tuple[str, ...] = ()


# "När ska … vara klar?": the words that say something is done.
COMPLETION = re.compile(r"\bvara\s+(?:klar|klart|klara|färdig|färdigt|färdiga)\b", re.I)
COMPLETED = Term(
    "klar",
    ("klar", "klart", "klara", "färdig", "slutför", "avslut", "redovis", "lämn", "genomför"),
)
# The places a course or a scheme has: what a question of capacity counts.
SEATS = Term("platser", ("plats", "platser", "places"))
PARTICIPANTS = Term("deltagare", ("deltag", "deltagare", "deltagarna", "participants"))
# People counted however they are named: "45 ungdomar", "60 personer".
PEOPLE = Term("personer", tuple(sorted({stem(w) for w in PEOPLE_WORDS.split()})))
# People a question counts by their taking part ("Hur många elever deltog i läxhjälpen?"),
# whom the number of participants ("Deltagare 2024: 65") counts. Not girls, boys, women or
# men: they are a part of the participants, which a total does not give.
PEOPLE_TAKING_PART = frozenset(
    "elever barn unga ungdomar personer pupils students children people youths".split()
)


@dataclass(frozen=True)
class QuestionAnalysis:
    """What a question names and asks for."""

    question: str
    language: str
    kind: str  # frequency | amount | quantity | time | list | other
    entities: tuple[str, ...]  # names, abbreviations, years: the source must name them all
    terms: tuple[Term, ...]  # other content words
    counted: Term | None = None  # "hur många invånare": what is counted must be in the answer
    event: Term | None = None  # "När lades X ner?": the happening asked about, likewise
    subject: tuple[str, ...] = ()  # "Vad är GVI?", "Vem är Inger Ashing?": what is asked about
    ordinals: frozenset[int] = frozenset()  # "den tredje vandringen": which of several
    role: Term | None = None  # "Vem är rektor för …?": the answer names a rektor
    action: Term | None = None  # "Vem leder …?": the answer says who leads, not who follows up
    # Names of a capitalised word and a lower-case one, as a document writes them ("Nya
    # vägar", a project): only documents writing the name answer, and its second word is
    # matched by all their sentences.
    phrases: tuple[tuple[str, str], ...] = ()

    @property
    def names(self) -> list[str]:
        """The places, bodies and persons the question names (its entities but years)."""
        return [e for e in self.entities if not YEAR.fullmatch(e)]

    @property
    def named_as(self) -> dict[str, str]:
        """Words the question gives a name right after ("mötesplatsen Navet", "föreningen
        Östbo IK"), each with that name: a sentence naming Navet speaks of the mötesplats."""
        found = {}
        for term in self.terms:
            if not DEFINITE_NOUN.search(term.word):
                continue  # "ansökte Läreda …": a verb before a name is no apposition
            after = re.search(rf"\b{re.escape(term.word)}\s+([A-ZÅÄÖ][\w-]*)\b", self.question)
            if after and after.group(1) in self.entities:
                found[term.word] = after.group(1)
        return found

    @property
    def topic_terms(self) -> list[Term]:
        """The words saying what the question is about: not those that only ask for its
        kind of value ("kostar", "andel", see asks_value), nor who is counted and what
        they did, where it says more ("Hur många flickor deltog i vinterlovsaktiviteterna?"
        is about the vinterlovsaktiviteter)."""
        # Nor "finnas" in "Hur många … ska det finnas?", which says nothing of what.
        topic = [
            t
            for t in self.terms
            if not asks_value(self, t.word) and not says_nothing_more(t.word, self.counted)
        ]
        if self.kind == "reference":
            # Not the kind of document, which its text need not say: "tjänsteskrivelsen"
            # may stand only in a Word file's page header.
            topic = [t for t in topic if not DOCUMENT_KIND.match(t.word)]
        if self.role is not None:
            # "Vem är kontaktperson för …?": the role is who is asked for, the rest what about.
            topic = [t for t in topic if t != self.role]
        may = AUDIENCE_VERB.match(self.question) if self.kind == "audience" else None
        if may:
            # "Who can attend the culture school?": what they may do is asked, not a topic.
            topic = [t for t in topic if t.word != may.group(1).lower()] or topic
        if self.kind == "quantity":
            rest = [
                t
                for t in topic
                if t not in (self.counted, self.event) and not TAKING_PART.match(t.word)
            ]
            topic = rest or topic
        return topic

    @property
    def asks_several(self) -> bool:
        """ "Vilka kommuner …?", "List …": several things are asked for, maybe across
        documents."""
        return self.kind == "list" and bool(SEVERAL.search(self.question))

    @property
    def wanted_value(self) -> re.Pattern | None:
        """The value a question of another kind also asks for: "Vilka projekt fick pengar?"
        lists projects, and the sentences giving their money answer it best."""
        return AMOUNT if self.kind == "list" and AMOUNT_QUESTION.search(self.question) else None

    @property
    def value_pattern(self) -> re.Pattern | None:
        """The value an answer must hold: for "När är läxhjälpen öppen?" opening hours
        ("tisdagar och torsdagar 15–17"), not the month it started; for "Hur stor andel
        …?" a share, not a count."""
        if self.kind == "time" and asks_opening_hours(self.question):
            return HOURS
        if self.kind == "quantity" and SHARE_QUESTION.search(self.question):
            return SHARE
        if self.kind == "amount":
            # "How much of the cost does Vätterhem pay?": a share answers too ("en
            # tredjedel"); "Vad kostar det?": so does "gratis".
            also = [SHARE] if PART_OF.search(self.question) else []
            also += [FREE] if COST_WORD.search(self.question) else []
            if also:
                return re.compile("|".join(p.pattern for p in (AMOUNT, *also)), re.IGNORECASE)
        return KIND_VALUE.get(self.kind, self.wanted_value)

    @property
    def event_complement(self) -> Term | None:
        """The infinitive a phase verb governs ("När börjar fältassistenterna arbeta?"):
        part of the happening, which a table row gives by its time column alone."""
        if self.event is None or self.event.word not in PHASE_VERBS:
            return None
        last = self.terms[-1]  # the question's last content word ("… arbeta i Mora?")
        return last if last != self.event and INFINITIVE.search(last.word) else None

    @property
    def required(self) -> Term | None:
        """The word the answering sentence must hold besides the value (counted or event)."""
        return self.counted or self.event


def compound_head(word: str, vocabulary: set[str]) -> str | None:
    """The last part of a Swedish compound whose parts are both corpus words.

    kommunnätverk -> nätverk, segregationsarbetet -> arbetet (with the linking s).
    """
    parts = compound_parts(word, vocabulary)
    return parts[1] if parts else None


# Swedish verbs whose forms do not share a stem ("tog" and "tagit"): each group's forms
# count as one word. Verbs that are stop words (få, bli, ha) are left out; göra is there
# for the deed of "Vem har gjort …?" (see DONE_BY).
STRONG_VERBS = (
    "ta tar tog tagit tas togs tagits tagen taget tagna",
    "anta antar antog antagit antas antogs antagits antagen antaget antagna",
    "ge ger gav gett givit ges gavs getts given givet givna",
    "gå går gick gått",
    "delta deltar deltog deltagit deltas deltagare deltagarna",
    # A deed is also said by its doer in a label: "Arrangör: Cykelköket" arranges it.
    "arrangera arrangerar arrangerade arrangerat arrangeras arrangör arrangören arrangörer",
    "stå står stod stått",
    # The body that runs something is its huvudman: "Huvudmän: kommunen och Vuxenskolan".
    "driva driver drev drivit drivs drevs huvudman huvudmän huvudmannen huvudmännen",
    "skriva skriver skrev skrivit skrivs skrevs",
    # "Vem har undertecknat …?" is answered only where someone signs.
    "underteckna undertecknar undertecknade undertecknat undertecknas undertecknades",
    # Who put an interpellation or a question asked it: "X (L) har frågat om …".
    "ställa ställer ställde ställt ställts fråga frågar frågade frågat",
    # Who is part of a group is what it consists of: "gruppen består av …".
    "ingå ingår ingick ingått bestå består bestod bestått",
    # A decision is sent where it "expedieras": "Expedieras till" lists the recipients.
    "skicka skickar skickade skickat skickas skickades expediera expedieras expedierades",
    "se ser såg sett ses sågs",
    "sätta sätter satte satt sätts sattes",
    "välja väljer valde valt väljs valdes",
    "säga säger sade sa sagt sägs",
    "leda leder ledde lett leds leddes",
    "hålla håller höll hållit hålls hölls",
    # One calls by telephone: "När kan man ringa …?" is answered by "Du når oss på telefon
    # … klockan 9–12", as "Vad är telefonnumret?" is.
    "ringa ringer ringde ringt telefon telefonen telefonnummer telefonnumret telefontider",
    # Who hands in a proposal is its proposer: "Förslagsställaren Anna Persson föreslår …".
    "lämna lämnar lämnade lämnat lämnats lämnas förslagsställare förslagsställaren",
    # Who takes a decision is its decision-maker: "Beslutsfattare: Anna Berg, enhetschef".
    "fatta fattar fattade fattat fattas fattades beslutsfattare beslutsfattaren",
    # To apply is to send an application: "Ansökan är öppen till och med den 30 april".
    "söka söker sökte sökt söks ansöka ansöker ansökte ansökt ansökan ansökningar",
    "besluta beslutar beslöt beslutat beslutas",
    "dra drar drog dragit dras drogs",
    "göra gör gjorde gjort görs gjordes gjorts gjord gjorda",
    # What something cost is its cost: "Kostnaden för 2024 var 410 000 kronor".
    "kosta kostar kostade kostat kostnad kostnaden kostnader kostnaderna",
)
VERB_FORMS = {form: tuple(group.split()) for group in STRONG_VERBS for form in group.split()}


# Words for people in general, which a group's name ("foreign-born people") may end with.
GENERIC_PEOPLE = frozenset("people persons personer människor".split())
MUNICIPALITY_WORDS = frozenset("kommun kommuns stad stads municipality city".split())
# Verbs that say a happening starts, goes on or ends; the infinitive after them is its deed.
PHASE_VERBS = frozenset("börjar började startar startade slutar slutade upphör fortsätter".split())
INFINITIVE = re.compile(r"[^aeiouyåäö]a$|[^aeiouyåäö]as$")
WHERE = re.compile(r"^\s*(?:var|where)\b", re.IGNORECASE)
# A doer's noun in the genitive: "förslagsställarens syn", "sökandes".
AGENT_GENITIVE = re.compile(r"\b\w+(?:arens|ares|arnas|andes|andens)\b", re.IGNORECASE)
# Verbs that only say where something is: "Var ligger …?", "Where is … located?".
LOCATING = frozenset("ligger ligga låg finns fanns located situated lies".split())
# A place something is at: a name ("i Folkets hus", "på Stadsbiblioteket") or a building or
# room ("i skolornas bibliotek", "på biblioteket").
AT_NAMED_PLACE = re.compile(r"\b(?i:i|på|vid|hos|utanför|in|at|near)\s+([A-ZÅÄÖ][\w-]+)")
MUNICIPAL_BODY = re.compile(r"\s+(?:kommun|stad|region)\b", re.IGNORECASE)
AT_BUILDING = re.compile(
    r"\b(?:i|på|vid|in|at)\s+(?:\w+s\s+)?\w*(?:bibliotek|skola|skolan|skolor|skolorna|hus|"
    r"huset|lokal|lokaler|lokalen|lokalerna|gård|gården|hall|hallen|sal|salen|center|centret|"
    r"kyrka|kyrkan|torg|torget|station|stationen|park|parken|library|school|centre|square)\b",
    re.IGNORECASE,
)
# Verbs saying something starts ("När införs fritidskortet?"), and a date it runs from:
# "från januari 2025".
STARTING = re.compile(
    r"^(?:börja\w*|start\w*|begin\w*|inleda\w*|inför\w*|introduc\w*)$", re.IGNORECASE
)
FROM_DATE = re.compile(
    r"\b(?:från|fr\.o\.m\.|from|starting)\s+(?:och med\s+)?(?:den\s+)?(?:\d{1,2}\s+)?"
    r"(?:\w+\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# Not yet decided: "Kommunen ska undersöka om fritidsgården kan hålla öppet …".
UNDECIDED = re.compile(
    r"\b(?:undersök\w*|utred\w*|överväg\w*|kanske|eventuellt|investigat\w*|consider\w*)\b",
    re.IGNORECASE,
)
# A header's field for when: "Tid: 2 oktober 2024 klockan 13.00–15.00".
TIME_FIELD = re.compile(r"^(?:tid|datum|tidpunkt|date|time)\s*:", re.IGNORECASE)
# A header's field for where something is or was: "Plats: Granbackaskolans matsal".
PLACE_FIELD = re.compile(r"^(?:plats|lokal|mötesplats|adress|var|place|venue)\s*:", re.I)
# An address: "Adress: Storgatan 12", "på Kungsgatan 5".
ADDRESS = re.compile(
    r"\b(?:adress|address|besöksadress)\b|\b\w+(?:gatan|vägen|torget|gränd|allén|stigen|"
    r"backen|leden|platsen)\s+\d+",
    re.IGNORECASE,
)
# Possessive pronouns a verb's stem may equal ("sitter" -> "sitt").
PRONOUNS = frozenset("sin sitt sina min mitt mina din ditt dina vår vårt våra er ert era".split())
# Languages spoken by many in Swedish municipalities, as the documents name them.
LANGUAGE_NAMES = frozenset(
    "arabiska somaliska dari persiska tigrinja kurdiska turkiska polska ryska ukrainska "
    "bosniska albanska pashto amhariska finska engelska spanska teckenspråk franska tyska "
    "vietnamesiska kinesiska thailändska romani samiska meänkieli jiddisch urdu swahili".split()
)
# The same in English, as a page written in English names them ("an interpreter in Arabic").
ENGLISH_LANGUAGE_NAMES = frozenset(
    "arabic somali persian farsi kurdish turkish polish russian ukrainian bosnian albanian "
    "amharic finnish english spanish french german vietnamese chinese thai".split()
)
# "den totala budgeten", "sammanlagt": a total, as a table's last row names it ("Summa").
TOTAL = re.compile(r"^(?:total\w*|sammanlag\w*|summa\w*)$")
TOTAL_WORDS = ("total", "totalt", "summa", "sammanlagt", "totalsumma")


def _term(word: str, language: str, vocabulary: set[str]) -> Term:
    forms = {stem(word)} | {stem(f) for f in VERB_FORMS.get(word, ())}
    if len(stem(word)) < 5 <= len(word):
        forms.add(word)  # "ledare" (stem "led") inside "fritidsledare"
    if language == "sv" and len(word) >= 6 and re.search(r"[^aeiouyåäö]el$", word):
        forms.add(word[:-2] + "l")  # "studiecirkel", plural "studiecirklar"
    if stem(word) == word and len(word) >= 7 and word.endswith(("ln", "rn")):
        forms.add(stem(word[:-1]))  # Snowball leaves definite "artikeln" whole: "artikel"
    nominal = re.match(r"(\w{5,})nings\w{3,}$", word) if language == "sv" else None
    if nominal:
        # "ansökningsdag" is a day for the "ansökan": a compound's first part in -ning is
        # its verb's doing ("ansök", "anmäl", "utbild"), which other words write too.
        forms.add(nominal.group(1))
    agent = re.match(r"(\w{5,})ant(?:en|er|erna)?$", word) if language == "sv" else None
    if agent and agent.group(1) in vocabulary:
        forms.add(stem(agent.group(1)))  # "praktikanterna" are those who had "praktik"
    if language == "sv" and re.search(r"[aeio]n$", word) and word[:-1] in vocabulary:
        # and definite "simskolan", "strategin" too, when the text has "simskola", "strategi"
        forms.add(stem(word[:-1]))
    if language == "sv" and len(word) >= 6:
        # Weak verbs the stemmer leaves apart: past "ställde", "köpte" and supine "ställt",
        # "köpt" are one word.
        if re.search(r"[^aeiouyåäö](de|te)$", word):
            forms.add(stem(word[:-2] + "t"))
        elif re.search(r"[^aeiouyåäö](de|te)s$", word):
            # and the passive: "genomfördes" is what has been "genomfört".
            forms.add(stem(word[:-3] + "t"))
        elif re.search(r"[lnrmpks]t$", word) and not word.endswith("st"):
            forms.update(stem(word[:-1] + ending) for ending in ("de", "te"))
        elif re.search(r"[^aeiouyåäö]ats$", word):
            # and the passive supine: what "har stoppats" is "stoppad", "stoppas".
            forms.add(stem(word[:-3]))
    if (
        language == "sv"
        and re.search(r"(?:[^aeiouyåäö]|e)[nr]a$", word)
        and not word.endswith("rna")
    ):
        # A verb's noun: "öppna" is done by an "öppning", "förbättra" by a "förbättring",
        # "planera" by a "planering" (not a definite plural: "invånarna").
        forms.add(word[:-1] + "ing")
    if language == "en":
        for swedish in english_lexicon().get(word, ()):
            forms.update(stem(f) for f in (swedish, *VERB_FORMS.get(swedish, ())))
    if "språk" in forms:
        # "På vilka språk …?" is answered by the languages' names: "på arabiska, dari …".
        forms.update(LANGUAGE_NAMES | ENGLISH_LANGUAGE_NAMES)
    if language == "sv" and TOTAL.match(word):
        forms.update(stem(f) for f in TOTAL_WORDS)  # a table's "Summa" row is its total
    # "sitter" stems to "sitt", a pronoun ("under sitt första år"): no form of the verb.
    forms = {f for f in forms if f not in PRONOUNS} or forms
    head = compound_head(word, vocabulary) if len(word) >= 8 else None
    head_form = stem(head) if head and stem(head) not in forms else ""
    parts = spelled_out_parts(word, vocabulary) if language == "sv" else ()
    # A Swedish question about a page written in English: "ordförande" is its "chair".
    english = (
        tuple(stem(e) for e in swedish_lexicon().get(stem(word), ())) if language == "sv" else ()
    )
    return Term(word, tuple(sorted(forms)), head_form, parts, english)


# Plural and definite endings a compound's short first part is written with on its own
# ("läx" of "läxhjälp" is "läxor", "läxa").
PART_ENDINGS = ("a", "or", "ar", "er", "en", "et", "n")


def spelled_out_parts(word: str, vocabulary: set[str]) -> tuple[str, ...]:
    """The stems of a Swedish compound's two parts, when the corpus writes both as words
    of their own: "läxhjälp" may be said as "hjälp med läxor" (see TextView._spells_out).
    A first part may be three
    letters if the corpus writes it with an ending ("läxor"); the last part is four or
    more, and the compound at least seven letters, so chance splits stay rare."""
    if len(word) < 7:
        return ()
    found = compound_parts(word, vocabulary)
    if found is None:
        left, right = word[:3], word[3:]
        known = right in vocabulary or stem(right) in vocabulary
        if not known or not any(left + e in vocabulary for e in PART_ENDINGS):
            return ()
        found = (left, right)
    return tuple(stem(p) for p in found)


# An abbreviation joined to a noun: "SFI-studerande", "BRÅ-samordnaren".
ACRONYM_COMPOUND = re.compile(r"([A-ZÅÄÖ]{2,})-[a-zåäö][\w-]*")


def analyse_question(question: str, vocabulary: set[str] = frozenset()) -> QuestionAnalysis:
    """Find the language, the kind of answer wanted, the names and the content words.

    `vocabulary` (the corpus's words) lets compounds also match by their last part.
    """
    language = detect_language(question)
    kind = next((k for k, p in KIND_PATTERNS if p.search(question)), "other")
    entities: list[str] = []
    raw_tokens = re.findall(r"\w+(?:[-:]\w+)*", question)
    lowered = [t.lower() for t in raw_tokens]
    # "the Red Cross": a body the lexicon gives in Swedish ("Röda Korset"), no name here.
    translated = {lowered[i + k] for i in english_phrases(lowered) for k in (0, 1)}
    for i, tok in enumerate(raw_tokens):
        low = tok.lower()
        base = low[:-2] if low.endswith(":s") else low
        is_acronym = len(tok) >= 2 and tok.isupper() and not tok.isdigit()
        is_name = i > 0 and tok[0].isupper() and low not in STOP_WORDS and low not in QUESTION_WORDS
        # English capitalises the words of a body's name ("the County Administrative
        # Board"); words the lexicon translates are looked for in Swedish, not as names.
        if (
            is_name
            and language == "en"
            and not is_acronym
            and (low in english_lexicon() or low in translated)
        ):
            is_name = False
        compound = ACRONYM_COMPOUND.fullmatch(tok)
        if compound:
            # "SFI-studerande": the abbreviation is the name (texts write "föräldrar som
            # studerar SFI"), not the compound.
            if compound.group(1) not in entities:
                entities.append(compound.group(1))
        elif (YEAR.fullmatch(tok) or is_acronym or is_name) and base not in entities:
            entities.append(tok[:-2] if tok.endswith(":s") else tok)
    terms = []
    # "… enligt Norrtälje kommun?": whose word is asked for, not what about.
    source = SOURCE_CLAUSE.search(question)
    asked = question[: source.start()] if source else question
    if language == "en":
        # "When will the walk take place?": "take place" is "happen", no place ("plats").
        asked = TAKE_PLACE.sub(" ", asked)
    asked_words = words(asked)
    for i, w in enumerate(asked_words):
        if w in STOP_WORDS or w in QUESTION_WORDS or w in KIND_WORDS or w.isdigit():
            continue
        if w in ORDINALS and i + 1 < len(asked_words) and PERIOD_NOUN.match(asked_words[i + 1]):
            continue  # "under första halvåret": the period says when, "första" adds nothing
        if w == "last" and i + 1 < len(asked_words) and PERIOD_NOUN.match(asked_words[i + 1]):
            continue  # "last year" says when, "last" alone how long ("How long will it last?")
        if w in LOCATING and WHERE.match(question):
            continue  # "Var ligger mötesplatsen?": an address answers, without "ligger"
        if any(w == e.lower() for e in entities):
            continue
        if len(w) < 3 or any(t.word == w for t in terms):
            continue
        terms.append(_term(w, language, vocabulary))
    if language == "en":
        # "situation report": one thing, by the Swedish words for the two ("lägesbild").
        for i, swedish in english_phrases(asked_words).items():
            first, second = asked_words[i], asked_words[i + 1]
            forms = {stem(w) for f in swedish for w in f.split()} | {first}
            terms = [
                Term(first, tuple(sorted(forms))) if t.word == first else t
                for t in terms
                if t.word != second
            ]
    question_words = words(question)
    if language == "sv" and terms and question_words and question_words[-1] in NOMINAL_PARTICLES:
        # "Hur ofta följs planen upp?": the particle verb's noun puts the particle first
        # ("uppföljningen", "framtagandet"); the verb is the question's first content word.
        verb = terms[0]
        joined = question_words[-1] + stem(verb.word)
        terms[0] = Term(verb.word, tuple(sorted({*verb.forms, joined})), verb.head)
    counted = event = None
    match = COUNTED.search(question)
    if kind == "quantity" and match:
        noun = match.group(1).lower()
        second = (match.group(2) or "").lower()
        # "how many field workers": the last noun counts; in "how many children took part"
        # the second word is the verb.
        if (
            language == "en"
            and second.endswith("s")
            and not noun.endswith("s")
            and second not in STOP_WORDS
        ):
            noun = second
        if language == "sv" and noun in COUNTED_ADJECTIVES and second.isalpha():
            # "Hur många nya platser …": the noun after the adjective is counted.
            if second not in STOP_WORDS | VERB_FOLLOWERS | FINITE_VERBS:
                noun = second
        if language == "en" and (noun in ENGLISH_COUNT_VERBS or noun.endswith("ed")):
            # "How many took part in …?": a verb follows "how many", the people go unnamed;
            # "took part" is said by its noun ("deltog", "deltagare").
            verb = second if noun in ("took", "take") and second == "part" else noun
            event = next((t for t in terms if t.word == verb), None)
        # "Hur många boende i …": a word in -ande/-ende is a noun for people, not a verb.
        elif language == "sv" and (
            (
                second in VERB_FOLLOWERS
                and not noun.endswith(("ande", "ende"))
                and not FINITE_VERBS & set(words(question[match.end() :]))
            )
            # "Hur många gick trygghetsvandring …?": a finite verb right after "hur många",
            # or a weak verb's past ("Hur många besökte språkcaféet?").
            or noun in FINITE_VERBS
            or bool(WEAK_PAST.search(noun))
        ):
            # "Hur många bor i Kronoparken?": a verb, not a noun, follows "hur många"; the
            # people counted go unnamed ("5 000 personer"), so the verb must be there.
            # After an auxiliary the verb is the next word ("Hur många har lånat …?").
            verb = second if noun in AUXILIARIES and second.isalpha() else noun
            event = next((t for t in terms if t.word == verb), None)
        else:
            counted = next((t for t in terms if t.word == noun), None)
    match = EVENT.search(question)
    if kind == "time" and language == "sv" and match:
        event = next((t for t in terms if t.word == match.group(1).lower()), None)
        if event is None and match.group(1).lower() in STOP_WORDS:
            # "När ska projektet utvärderas?": after an auxiliary the happening is the
            # question's last word ("utvärderas", "igång" in "sättas igång").
            last = question_words[-1] if question_words else ""
            after = words(question[match.end() :])
            # "När ska föreningar söka aktivitetsbidrag?": else an infinitive after the
            # subject, which stands right after "ska".
            infinitive = next(
                (w for w in after[1:] if w not in PARTICLES and looks_like_verb_end(w)), ""
            )
            verb_before = question_words[-2] if len(question_words) > 1 else ""
            if (
                last in PARTICLES
                and not any(t.word == last for t in terms)
                and any(t.word == verb_before for t in terms)
            ):
                # "När ska riskanalysen för sommarlovsaktiviteterna ses över?": the verb of
                # the particle verb that ends the question.
                event = next(t for t in terms if t.word == verb_before)
            elif looks_like_verb_end(last):
                event = next((t for t in terms if t.word == last), None)
            elif any(t.word == infinitive for t in terms):
                event = next(t for t in terms if t.word == infinitive)
            else:
                # "När ska utvärderingen av läxhjälpen vara klar?": no verb to speak of;
                # the happening is the thing that gets done, named right after "ska".
                event = next((t for t in terms if after and t.word == after[0]), None)
    if kind == "time" and DEADLINE_ASKED.search(question):
        # "När är sista ansökningsdag för tjänsten …?": the deadline closes the applying
        # ("Välkommen med din ansökan senast den 10 november"), not "sista".
        event = next((t for t in terms if APPLYING.match(t.word)), event)
    if kind == "time" and COMPLETION.search(question):
        # "När ska utvärderingen vara klar?": when it is done, not when something the
        # evaluation proposes starts ("Utvärderingen föreslår att … utökas från hösten 2025").
        event = COMPLETED
    if kind == "time" and asks_opening_hours(question):
        # "När är läxhjälpen öppen?": no happening; the hours say it ("Den hålls tisdagar
        # 15–17").
        event = None
    match = ROLE.match(question)
    role = next((t for t in terms if match and t.word == match.group(1).lower()), None)
    match = ACTION.match(question)
    action = next((t for t in terms if match and t.word == match.group(1).lower()), None)
    match = DONE_TO.match(question)
    if action is None and match:
        action = next((t for t in terms if t.word == match.group(1).lower()), None)
    done = DONE_BY.match(question)
    if action is None and done and done.group(1).lower() in VERB_FORMS:
        # "Vem har gjort utvärderingen?": the deed is the supine after "har", a verb too
        # common to be a topic word ("Utvärderingen är gjord av …").
        action = _term(done.group(1).lower(), language, vocabulary)
    if language == "en":
        action = None  # English verbs are often phrasal ("take part"): word by word they mislead
    if action is not None and AUTHORSHIP.fullmatch(action.word) and not SIGNING.match(action.word):
        # "Vem skrev motionen …?": a text says who wrote it otherwise ("Karin Holm (V) har i
        # en motion föreslagit …"); the question's other words find the sentence. Who signed
        # is said only by a signing ("undertecknades av …") or a signature.
        action = None
    lead = DEFINITION.match(question)
    subject: tuple[str, ...] = ()
    if lead and entities:
        rest = re.findall(r"\w+(?:[-:]\w+)*", question[lead.end() :])
        rest = [w[:-2] if w.endswith(":s") else w for w in rest if w.lower() not in SUBJECT_FILLERS]
        named = list(entities)
        if len(rest) >= 3 and rest[-2].lower() in ("i", "in") and rest[-1] in named:
            # "Vad är Språkvänner i Ragunda?": the place says where; the name before it is
            # what is asked about.
            named.remove(rest[-1])
            rest = rest[:-2]
        if rest and [w.lower() for w in rest] == [e.lower() for e in named]:
            subject = tuple(named)
    return QuestionAnalysis(
        question,
        language,
        kind,
        tuple(entities),
        tuple(terms),
        counted,
        event,
        subject,
        frozenset(ordinal_in(question)),
        role,
        action,
    )


CAPITALISED = re.compile(r"\b[A-ZÅÄÖ][\w-]*")
LOWERCASE_WORD = re.compile(r"\b[a-zåäöéü][\w-]*")
NAME_PAIR = re.compile(r"\b([A-ZÅÄÖ][\w-]*) ([a-zåäöéü][\w-]{2,})\b")


def _writes_of_phrase(text: str, thing: Term | None, of: str) -> bool:
    """Whether `text` writes `thing` with the "av"/"of" phrase `of`: "upprustningen av
    bostäderna" (stems compared)."""
    if thing is None:
        return False
    of_stem = re.escape(of[: max(4, len(of) - 3)])
    return any(
        re.search(
            rf"\b{re.escape(form)}\w*\s+(?:av|of)\s+(?:\w+\s+)?{of_stem}",
            text,
            re.IGNORECASE,
        )
        for form in thing.forms
    )


def _named_alone(text: str, thing: Term | None) -> bool:
    """Whether `text` names `thing` with no "av"/"of" phrase of its own after it: "…
    Upprustningen genomfördes av ABK" speaks of the upprustning already named ("av
    bostäderna"); "Utvärderingen av föräldrastödet" of another evaluation than the
    läxhjälp's."""
    if thing is None:
        return False
    found = [
        m
        for form in thing.forms
        for m in re.finditer(rf"\b{re.escape(form)}\w*(\s+\w+)?", text, re.IGNORECASE)
    ]
    return bool(found) and all(
        (m.group(1) or "").strip().lower() not in ("av", "of") for m in found
    )


# Words after a compound's last part within which its first part may follow ("hjälper
# till med läxor").
SPELLED_OUT_WINDOW = 4


class TextView:
    """The words of a text and their stems, for quick 'does it mention …' checks."""

    def __init__(self, text: str, with_capitals: bool = False):
        self.sequence = words(text)
        self.words = set(self.sequence)
        # The words written with a capital, lower-cased (for document views: see
        # ExtractiveAnswerer._documents_mentioning).
        self.capitalised = (
            {w.lower() for w in CAPITALISED.findall(text)} if with_capitals else set()
        )
        # And the words it writes in lower case: a sentence's capitalised first word that
        # no document writes so is a name ("Alingsåshem har anställt …").
        self.lowercase = set(LOWERCASE_WORD.findall(text)) if with_capitals else set()
        # And a capitalised word with the lower-case word after it ("Nya vägar"): the
        # names a question may write the same way.
        self.name_pairs = (
            {(a.lower(), b) for a, b in NAME_PAIR.findall(text)} if with_capitals else set()
        )
        if PARTY_LETTERS.search(text):
            # "Bo Källström (L)": a Swedish party's letter names the party, and which one.
            self.words.add("parti")
            self.words.update(PARTY_NAMES[m] for m in PARTY_LETTERS.findall(text))
        self.stems = {stem(w) for w in self.words}

    def mentions_entity(self, entity: str) -> bool:
        """Name match that tolerates Swedish genitive and compounds (Huddinges, Huddingebor)."""
        entity = entity.lower()
        if entity in self.words:
            return True
        trimmed = entity[:-1] if entity.endswith("s") and len(entity) > 4 else entity
        return any(
            w == trimmed or (len(trimmed) >= 4 and w.startswith(trimmed)) for w in self.words
        )

    def mentions_term(self, term: Term) -> bool:
        """Same stem, or the stem inside a compound (segregation ~ segregationsarbetet), or
        the question's compound by its last part (kommunnätverk ~ nätverket)."""
        return self.term_match(term) > 0

    def term_match(self, term: Term) -> float:
        """1 when the text holds the term itself, 0.5 when only its compound's last part."""
        if any(self._holds(form) for forms in (term.forms, term.english) for form in forms):
            return 1.0
        if term.parts and self._spells_out(*term.parts):
            return 1.0  # "hjälper till med läxor" says "läxhjälp"
        # The last part alone ("bidraget" for "projektbidrag"), not inside another compound:
        # "aktivitetsbidrag" is another bidrag than the "projektbidrag" asked about.
        head = term.head
        alone = head and any(w.startswith(head) or stem(w) == head for w in self.words)
        return 0.5 if alone else 0.0

    def _spells_out(self, first: str, last: str) -> bool:
        """Whether the text says a compound's last part with its first part a few words
        after it, as Swedish writes a compound out: "hjälper till med läxor" (läxhjälp),
        "stöd till föräldrar" (föräldrastöd)."""
        if first not in self.stems or last not in self.stems:
            return False
        stems = [stem(w) for w in self.sequence]
        return any(
            s == last and first in stems[i + 1 : i + 1 + SPELLED_OUT_WINDOW]
            for i, s in enumerate(stems)
        )

    def _holds(self, form: str) -> bool:
        # A compound holds its parts ("segregationsarbetet" holds "segregation"); a short
        # form only as the compound's last part ("föräldraskapsstöd" holds "stöd").
        if form in self.stems:
            return True
        if len(form) >= 5:
            return any(form in w for w in self.words)
        return len(form) == 4 and any(s.endswith(form) for s in self.stems)


# Sentence openings that point back to the sentence before (Den, Detta, Han, ...).
# Pronouns among them: a sentence opening with one names nothing itself ("Det var 20 fler
# än året innan.").
PRONOUN_OPENINGS = frozenset("det detta den denna dessa de it this these they".split())
ANAPHORIC_OPENINGS = frozenset(
    "den det detta dessa denna de dess han hon hans hennes deras där då här sedan "
    "it this these they he she its their there".split()
)


# "Det nya aktivitetshuset …", "Den stora satsningen …": an article, an adjective and a
# definite noun; the article is no pronoun for the sentence before.
ARTICLE_PHRASE = re.compile(r"^(?:den|det|de) \w+[ae] (\w+(?:en|et|na|n|t))\b", re.IGNORECASE)


# A pronoun for the sentence before after an opening phrase: "Bland utrikes födda var den
# 58 procent" (den: förvärvsfrekvensen), "För flickorna var det fler".
INVERTED_PRONOUN = re.compile(
    r"^\W*(?:bland|i|för|hos|av)\s[^,.;:]{1,40}?\s(?:var|är|blev|låg|ligger)\s(?:den|det|de)\b",
    re.IGNORECASE,
)


# A Swedish noun in its definite form ("nätverket", "planen", "föreningarna").
DEFINITE_NOUN = re.compile(r"\w{3,}(?:et|en|na)")
# A document's summary, which its sections say in full.
SUMMARY_HEADING = re.compile(r"^\W*(?:sammanfattning|sammandrag|summary)\b", re.IGNORECASE)
# A sentence this short gives no grounds of its own ("Kommunen avstyrker förslaget.").
BARE_VERDICT_WORDS = 5
# "Kommunstyrelsen föreslår därför att motionen avslås": the reason is the sentence
# before. ("Vi gör det därför att …" gives its own: "därför att" after a verb's "-r" is
# "therefore" and a "that" clause, elsewhere "because".)
THEREFORE = re.compile(
    r"\bdärför\b(?!\s+att\b)|(?<=r )därför(?= att\b)|\btherefore\b", re.IGNORECASE
)


def refers_back(sentence: str, previous: str) -> bool:
    """Whether a sentence leans on the one before: a pronoun opening, or a definite
    noun whose stem the previous sentence introduced ("En grupp …" / "Gruppen har …").
    A table row opens with its column's name ("Insats: Sommarjobb; …"), as the row before
    it does: no reference to it."""
    if TABLE_ROW.match(sentence):
        return False
    if INVERTED_PRONOUN.match(sentence) or THEREFORE.search(sentence):
        return True
    first = next(iter(words(sentence)), "")
    if first in ANAPHORIC_OPENINGS:
        # "Den andra vandringen …" is one of several, not a pronoun for the sentence before.
        if ENUMERATOR.match(sentence):
            return False
        article = ARTICLE_PHRASE.match(sentence)
        return not article or stem(article.group(1)) in {stem(w) for w in words(previous)}
    first_stem = stem(first)
    return (
        len(first_stem) >= 4
        and first_stem != first
        and first_stem in {stem(w) for w in words(previous)}
    )


@dataclass(frozen=True)
class _DocumentReading:
    """What a document says whatever the question (see ExtractiveAnswerer._read_document)."""

    paragraphs: list[TextView]  # the words of each paragraph, headings left out
    name_series: list[frozenset[str]]  # its lists of names, title included (name_series)
    lead: TextView  # the words of its first sentence after the title
    places: frozenset[str]  # the places it says something is in ("i Kopparberg"), lowercase
    placed: tuple[tuple[TextView, str], ...]  # things and where ("resurscentrum i Ånäset")
    title_kinds: TextView  # what it says its title's names are ("program", _kinds_of_named)


@dataclass(frozen=True)
class _DocumentFacts:
    """What one document says of a question's words (see ExtractiveAnswerer._document_facts)."""

    # Per term: the document holds it whole, not only its compound's last part ("fonden"
    # stands for the trygghetsfond only in the document that names the trygghetsfond).
    whole_terms: list[bool]
    # Per term: the document's publisher names it ("the County Administrative Board" of a
    # page by Länsstyrelsen Östergötland): every sentence of the document is the
    # publisher's, as the Swedish name, a name of the question, is found in its details.
    by_publisher: list[bool]
    # Per term: the document's title names it, as the whole document's subject.
    titled: list[bool]
    # Terms and names the document uses in one paragraph only: a sentence elsewhere is about
    # something else ("utvärderingen av föräldraskapsstödet" does not date the läxhjälp's;
    # "Dalbo" in the paragraph on fältassistenter is not where the lighting in Araby is paid).
    paragraph_terms: list[Term]
    paragraph_names: list[str]
    # Per paragraph name: the question's thing the document places there and nowhere else
    # ("ett lokalt resurscentrum i Ånäset"), which names the place wherever it stands.
    placed_things: dict[str, Term]
    # Per question name its details do not cover, or list with others, the names the
    # document lists it with: "Seved" with "Lindängen" and "Herrgården" in the report on
    # Malmö. A sentence must have such a name in its paragraph or section: a figure for
    # the whole is none for one part.
    siblings: dict[str, set[str]]
    named_in_headings: list[bool]  # per term: a section heading of the document names it
    # The question's words after "av"/"of" ("utvärderingen av läxhjälpen") its title does
    # not hold: a sentence must have them in its paragraph or section.
    specifiers: list[Term]
    # Of those, the ones the document writes with their thing ("upprustningen av
    # bostäderna"): a paragraph naming the thing alone ("Upprustningen genomfördes …")
    # speaks of the same one. In another document, "En extern utvärdering …" need not be
    # the läxhjälp's.
    written_whole: frozenset[str]
    # The question's names but the document's municipality (its "Kommunen").
    names_not_own: list[str]
    # The question names something besides the document's municipality.
    names_beyond_municipality: bool


@dataclass(frozen=True)
class _Candidate:
    passage_index: int
    start: int
    end: int
    text: str
    score: float
    has_value: bool
    term_hits: int
    required_hit: bool = False  # holds the question's required word (QuestionAnalysis.required)
    in_other_section: bool = False  # the question names another section of the document
    names_subject: bool = False  # names what a "Vad är X?" question asks about
    names_someone: bool = False  # names a person or body besides what the question names
    holds_ordinals: bool = True  # uses the question's ordinals ("den tredje")
    entities_here: bool = True  # the question's names are in its passage or document details
    # A question word the document uses in one paragraph only, and not in this one: the
    # sentence is about something else ("utvärderingen av föräldraskapsstödet" is no answer
    # to when the läxhjälp is evaluated).
    about_other: bool = False
    # It speaks of another group or place than the question ("för män", "i Lindängen").
    contrasted: bool = False
    leans_on_previous: bool = False  # its question words are in the paragraph before it
    holds_role: bool = True  # names the role a "Vem är <roll> …?" question asks about
    holds_action: bool = True  # says the verb of a "Vem leder …?" question, in itself
    # The question's years are in the sentence, its section, the sentences it leans on or
    # the document's date: a figure in a paragraph that also mentions 2019 need not be a
    # figure for 2019.
    years_here: bool = True
    topic_hits: int = 0  # term_hits but for the words asking for the value ("kostar")
    # It names the question's names itself, but for the document's municipality.
    names_own_places: bool = True


LIST_ITEMS_MAX = 8
LIST_ITEM_MAX_CHARS = 80
BULLET_CHARS = "•·▪‣◦*–-"
BULLET_GAP = re.compile(rf"[\s{BULLET_CHARS}]*")
BULLET_MARK = re.compile(rf"[{BULLET_CHARS}]")
# A bullet right after a sentence, on a line of its own ("-----Ursprungligt meddelande"
# is no bullet).
BULLET_NEXT = re.compile(rf"[ \t]*\n\s*[{BULLET_CHARS}]\s+\w")
# A sentence left unfinished for a list to end ("Som segregationsstrateg ska du", "Vi
# erbjuder bland annat"), not one complete without a full stop ("212 boende svarade").
UNFINISHED = re.compile(
    r"\b(?:du|vi|ni|man|ska|skall|kan|bör|måste|vill|att|som|är|blir|bland annat|till "
    r"exempel|exempelvis|såsom|med|för|av|till|om|på|genom|och|will|to|are|include|including)"
    r"\s*$",
    re.IGNORECASE,
)


SCHEDULE_LABEL_MAX = 25  # characters of "Hösten 2025" before the colon of a schedule line


def scheduled(text: str) -> bool:
    """Whether a line is an entry of a schedule, its label a time: "• Juni: nytt
    dialogmöte i skolans matsal" says when the meeting is held without a verb."""
    label, colon, rest = text.strip(f" {BULLET_CHARS}").partition(": ")
    return bool(colon and rest) and len(label) <= SCHEDULE_LABEL_MAX and bool(TIME.search(label))


def _headings_end(chunk) -> int:
    """Where the headings a passage opens with end, its own heading the last of them; 0
    for a passage that continues its section with text."""
    if not chunk.heading:
        return 0
    at = chunk.text.find(chunk.heading)
    if at < 0 or (at > 0 and chunk.text[at - 2 : at] != "\n\n"):
        return 0
    return at + len(chunk.heading)


def _quote_text(text: str) -> str:
    """A sentence as quoted in the answer: spaces collapsed, a list item's bullet dropped."""
    return normalize_space(text).lstrip("•·▪‣◦*–- ")


def introduces_list(c: _Candidate, passages: list[Passage]) -> bool:
    """Whether a sentence opens a list: "… tre huvudspår:", or a sentence the list finishes
    ("Som segregationsstrateg ska du" / "- ta fram en lägesbild …")."""
    if c.text.endswith(":"):
        return True
    text = passages[c.passage_index].chunk.text
    # (Not an item of the list itself: "- Styrgrupp: kommundirektören och polisen".)
    line = text[text.rfind("\n", 0, c.start) + 1 : c.start]
    return (
        bool(UNFINISHED.search(c.text))
        and not BULLET_MARK.search(line + c.text[:1])
        and bool(BULLET_NEXT.match(text, c.end))
    )


def _list_after(
    intro: _Candidate, candidates: list[_Candidate], passages: list[Passage]
) -> list[_Candidate]:
    """The list items that follow an introducing sentence in its passage, in order."""
    text = passages[intro.passage_index].chunk.text
    following = sorted(
        (c for c in candidates if c.passage_index == intro.passage_index and c.start > intro.end),
        key=lambda c: c.start,
    )
    items, end = [], intro.end
    for c in following:
        gap = text[end : c.start]
        # An item follows directly, after a bullet or as a short line without a full stop;
        # the next ordinary sentence ends the list.
        is_item = (
            BULLET_MARK.search(gap + c.text[:1])
            or NUMBERED_ITEM.match(c.text)
            or (len(c.text) <= LIST_ITEM_MAX_CHARS and not c.text.endswith("."))
        )
        if len(items) >= LIST_ITEMS_MAX or not BULLET_GAP.fullmatch(gap) or not is_item:
            break
        items.append(c)
        end = c.end
    return items


def _list_around(
    item: _Candidate, candidates: list[_Candidate], passages: list[Passage]
) -> list[_Candidate]:
    """The other items of the list a quote is an item of: short paragraphs of one line
    each, side by side in its passage ("Fler vuxna i arbete …", "Bättre skolresultat …",
    "Ökad trygghet …"); [] when the quote is no such item."""
    text = passages[item.passage_index].chunk.text

    def marker(c: _Candidate) -> str:
        """How the item is marked: a bullet before it, a number opening it, or nothing."""
        line_start = text.rfind("\n", 0, c.start) + 1
        if BULLET_MARK.search(text[line_start : c.start] + c.text[:1]):
            return "bullet"
        return "number" if NUMBERED_ITEM.match(c.text) else ""

    def is_item(c: _Candidate) -> bool:
        before, after = text[: c.start].rstrip(" " + BULLET_CHARS), text[c.end :]
        alone = (not before.strip() or before.endswith("\n")) and (
            not after.strip() or after.startswith("\n")
        )
        # A field ("Styrgrupp: kommundirektören …") or a table row is no item of a list.
        # The items of one list are marked alike: a plain line after bullets ends it.
        return (
            alone
            and marker(c) == item_marker
            and len(c.text) <= LIST_ITEM_MAX_CHARS
            and not TABLE_ROW.match(c.text)
            and not ENTRY.match(BULLET_GAP.sub("", c.text, count=1))
        )

    item_marker = marker(item)
    if not is_item(item):
        return []
    ordered = sorted(
        (c for c in candidates if c.passage_index == item.passage_index), key=lambda c: c.start
    )
    at = next(i for i, c in enumerate(ordered) if c.start == item.start)
    run = [item]
    for step in (-1, 1):
        i = at + step
        while 0 <= i < len(ordered) and is_item(ordered[i]) and len(run) < LIST_ITEMS_MAX:
            run.append(ordered[i])
            i += step
    return sorted(run[1:], key=lambda c: c.start)


# "… två nya pilotprojekt." followed by paragraphs opening "Det ena projektet …", "Det
# andra projektet …": the announced items are in those openings.
COUNT_WORDS = {
    word: n
    for n, pair in enumerate(
        zip(
            "två tre fyra fem sex sju åtta nio tio".split(),
            "two three four five six seven eight nine ten".split(),
            strict=True,
        ),
        start=2,
    )
    for word in pair
}
ANNOUNCED_COUNT = re.compile(r"\b(" + "|".join(COUNT_WORDS) + r")\b", re.IGNORECASE)
ENUMERATOR = re.compile(
    r"^(det|den|de) (ena|andra|första|tredje|fjärde|femte|sista)\b|^för det (första|andra|tredje)\b"
    r"|^(the|a) (first|second|third|fourth|fifth|last|other)\b|^(först|slutligen|dels)\b"
    # A labelled item: "Motala kommun: 1,2 miljoner kronor för …".
    r"|^[A-ZÅÄÖ][\w-]*(?: [\w-]+){0,3}: ",
    re.IGNORECASE,
)
ENUMERATION_REACH = 3000  # characters after the announcement within which items are sought


def _enumerated_after(
    intro: _Candidate, candidates: list[_Candidate], passages: list[Passage]
) -> list[_Candidate]:
    """The paragraphs that give the items an announcing sentence counts ("två nya
    pilotprojekt"), in this or the following passages: each one's opening sentence."""
    match = ANNOUNCED_COUNT.search(intro.text)
    if not match:
        return []
    count = COUNT_WORDS[match.group(1).lower()]
    chunk = passages[intro.passage_index].chunk
    at = chunk.start + intro.end
    openings = []  # the paragraphs after the announcement: (position, opening sentence)
    for c in candidates:
        other = passages[c.passage_index].chunk
        position = other.start + c.start
        opens_paragraph = c.start == 0 or other.text[: c.start].rstrip(" \t").endswith("\n")
        if (
            other.doc_id == chunk.doc_id
            and at < position <= at + ENUMERATION_REACH
            and (opens_paragraph)
        ):
            openings.append((position, c))
    openings.sort(key=lambda pc: pc[0])
    items = [c for _, c in openings if ENUMERATOR.match(c.text)]
    # Exactly as many as announced: fewer or more means these are not its items.
    if len(items) == count:
        return items
    # Items named by their own first words, one paragraph each ("Familjelotsar ska …",
    # "Läxhjälp på biblioteket erbjuds …"): the next paragraphs, none leaning on the
    # announcement (as "Insatserna kostar sammanlagt …" after them does).
    # Not when the announcement lists them itself ("fyra målområden: …") or goes on.
    rest = chunk.text[intro.end :].split("\n\n", 1)[0]
    if ":" in intro.text[match.end() :] or rest.strip():
        return []
    following = [c for _, c in openings[:count]]
    if len(following) == count and not any(
        refers_back(c.text, intro.text) or next(iter(words(c.text)), "") in ANAPHORIC_OPENINGS
        for c in following
    ):
        return following
    return []


def _preferring(candidates: list[_Candidate], says) -> list[_Candidate]:
    """The candidates whose sentence `says` what the question asks for, or all of them
    when none does."""
    return [c for c in candidates if says(c.text)] or candidates


def _without_lesser_in_same_document(
    candidates: list[_Candidate], passages: list[Passage], lesser, kept_alone=lambda c: True
) -> list[_Candidate]:
    """The candidates, less those `lesser` ones from a document that also gives another
    (a sum applied for beside the one granted; what would be beside what is). A lesser one
    from a document without another stays if `kept_alone` says so."""
    others = {passages[c.passage_index].chunk.doc_id for c in candidates if not lesser(c)}
    return [
        c
        for c in candidates
        if not lesser(c) or (passages[c.passage_index].chunk.doc_id not in others and kept_alone(c))
    ]


def _without_documents_giving_only_lesser(
    candidates: list[_Candidate], passages: list[Passage], lesser
) -> list[_Candidate]:
    """The candidates, less those of a document whose every candidate is `lesser`, when
    another document gives one that is not (one café's visitors per time beside another's
    for the year); within a document, all stay."""
    fuller = {passages[c.passage_index].chunk.doc_id for c in candidates if not lesser(c)}
    if not fuller:
        return candidates
    return [c for c in candidates if passages[c.passage_index].chunk.doc_id in fuller]


# "Språkvän är ett program", "Kupan är en mötesplats": a name and the kind of thing it is.
# (The two words after the article: the kind, or an adjective and the kind.)
NAME_IS_KIND = re.compile(r"\b([A-ZÅÄÖ][\w-]+) (?:är|is) (?:ett|en|a|an) (\w+(?: \w+)?)")


def _kinds_of_named(text: str, title: TextView) -> list[str]:
    """The kinds of thing the document says the names in its title are ("program" in
    "Språkvän är ett program där …" under the title "Frågor och svar om Språkvän")."""
    return [kind for name, kind in NAME_IS_KIND.findall(text) if title.mentions_entity(name)]


def listed_term(q: QuestionAnalysis) -> Term | None:
    """The things a list question asks for: "åtgärder" in "Vilka åtgärder har satts in?"."""
    match = LISTED_NOUN.match(q.question)
    return next((t for t in q.terms if match and t.word == match.group(1).lower()), None)


# "… har satt in nya åtgärder i bostadsområdet Nyponet.": things announced without a count.
ANNOUNCED_NEW = re.compile(r"\b(?:nya|flera|följande|new|several)\s+(\w+)", re.IGNORECASE)
ANNOUNCED_REACH = 3  # sentences of the next paragraph quoted as the announced things


def _paragraph_after(
    intro: _Candidate, listed: Term, candidates: list[_Candidate], passages: list[Passage]
) -> list[_Candidate]:
    """The next paragraph's sentences, when a sentence ending its paragraph announces new
    things of the kind a list question asks for ("… har satt in nya åtgärder i Nyponet."
    followed by "Belysningen har bytts ut och två väktare patrullerar …")."""
    chunk = passages[intro.passage_index].chunk
    if not any(
        TextView(m.group(1)).mentions_term(listed) for m in ANNOUNCED_NEW.finditer(intro.text)
    ):
        return []
    if chunk.text[intro.end :].split("\n\n", 1)[0].strip():
        return []  # the paragraph goes on: the things are said there, if anywhere
    at = chunk.start + intro.end
    after = sorted(
        (passages[c.passage_index].chunk.start + c.start, c)
        for c in candidates
        if passages[c.passage_index].chunk.doc_id == chunk.doc_id
        and passages[c.passage_index].chunk.start + c.start > at
    )
    out = []
    for _, c in after:
        other = passages[c.passage_index].chunk.text
        if out and (c.start == 0 or other[: c.start].rstrip(" \t").endswith("\n")):
            break  # the paragraph after that
        out.append(c)
    return out[:ANNOUNCED_REACH]


def _counted_matches(view: TextView, terms, whole_in_document: list[bool]) -> list[float]:
    """term_match for each term, where a compound's last part counts only in a document
    that uses the whole compound: "fonden" is the trygghetsfond in the document about
    it, not in another document's."""
    out = []
    for term, whole in zip(terms, whole_in_document, strict=True):
        match = view.term_match(term)
        out.append(match if match == 1.0 or whole else 0.0)
    return out


def _titled_by_first_part(term: Term, title: str) -> bool:
    """Whether a document's title names the first part of the question's compound: in a
    flyer titled "Sommarlov i Hageby", its "aktiviteter" are the
    "sommarlovsaktiviteterna" asked about."""
    at = term.word.rfind(term.head) if term.head else -1
    first = term.word[:at].rstrip("s") if at > 0 else ""
    return len(first) >= 4 and first in title.lower()


def _lookup(entity: str, index: dict[str, set[str]], ordered: list[str]) -> set[str]:
    """The documents `index` lists for a lower-cased name, its genitive and the compounds
    and inflections it begins (Huddinges, Huddingebor); `ordered` is the index's words
    sorted, for the prefix search."""
    trimmed = entity[:-1] if entity.endswith("s") and len(entity) > 4 else entity
    found = set(index.get(entity, ())) | index.get(trimmed, set())
    if len(trimmed) >= 4:
        start = bisect.bisect_left(ordered, trimmed)
        for word in ordered[start:]:
            if not word.startswith(trimmed):
                break
            found |= index[word]
    return found


PARAGRAPH_CACHE = 256  # documents whose paragraphs are kept between questions
SUBJECT_MIN_CHARS = 6  # shorter question words are not taken to name a subject


def _table_caption(text: str, start: int) -> str:
    """For a sentence that is a table row ("Stadsdel: Slätta; Kvinnor: 71; …"), the
    paragraph before the table's rows, which says what and when the table is of; ""."""
    paragraphs = text[:start].rstrip().split("\n\n")
    following = text[start:].split("\n\n", 1)[0]
    if not TABLE_ROW.match(following):
        return ""
    for paragraph in reversed(paragraphs):
        if paragraph and not TABLE_ROW.match(paragraph):
            return paragraph
    return ""


def _paragraph_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The text before a sentence in its paragraph, and the whole paragraph."""
    opening = text.rfind("\n\n", 0, start)
    opening = 0 if opening < 0 else opening + 2
    closing = text.find("\n\n", end)
    closing = len(text) if closing < 0 else closing
    return text[opening:start], text[opening:closing]


# Words for a figure of whatever is measured: a later sentence's "andelen" may be the
# share the sentence before gave.
MEASURE_WORD = re.compile(r"^(?:andel|antal|share|number|percentage|proportion)", re.I)
# A sentence opening with the value it gives ("Kostnaden var 12,4 miljoner kronor."): of
# what, the sentence before says.
VALUE_NOUN_OPENING = re.compile(
    # (after the year it is for: "År 2022 var andelen 14 procent i Hästhagen")
    r"^\W*(?:(?:år|under|hösten|våren|sommaren|vintern)\s+(?:19|20)\d\d,?\s+"
    r"(?:var|är|blev|uppgick)\s+)?"
    r"(?:kostnaden|kostnaderna|budgeten|summan|beloppet|andelen|antalet)\b",
    re.IGNORECASE,
)
# A list item giving a value by its label: "- Kostnad: 1,2 miljoner kronor per år".
VALUE_LABEL_ITEM = re.compile(
    r"^[-•*]\s*(?:kostnad\w*|budget\w*|belopp\w*|summa|pris|cost|price)\s*:", re.IGNORECASE
)
LIST_ITEM = re.compile(r"^[-•*]\s")
# A sentence about the document's own subject by a general word: "Verksamheten kostade …",
# "Projektet pågår …".
GENERIC_SUBJECT = re.compile(
    r"^\W*(?:verksamheten|projektet|satsningen|insatsen|arbetet|tjänsten|utbildningen|"
    r"programmet|kursen)s?\b",  # and the genitive: "Verksamhetens budget för 2025 är …"
    re.IGNORECASE,
)
HEAD_MIN_CHARS = 4  # "plan", "stöd": shorter endings are no word of their own


def opens_with_head(text: str, term: Term) -> bool:
    """Whether a text opens with the last part of the term's compound, inflected as for a
    thing already named: "Dialogen genomfördes …" of the "medborgardialog" a title names."""
    first = next(iter(words(text)), "")
    root = stem(first)
    return (
        first != root
        and len(root) >= HEAD_MIN_CHARS
        and any(f != root and f.endswith(root) for f in term.forms)
    )


# "från samma delegation": a name the document gave before, by its kind.
SAME_AS_BEFORE = re.compile(r"\bsamma\s+(\w{4,})", re.IGNORECASE)
# A municipality's own documents call it "kommunen".
OWN_MUNICIPALITY = re.compile(r"\bkommunen\b", re.IGNORECASE)
# A sentence that goes on from the one before with the money it gave: "Pengarna går till
# läxhjälp", "Beloppet ska …".
GOES_ON_WITH_MONEY = re.compile(
    r"^\W*(?:pengarna|medlen|beloppet|summan|bidraget|stödet|satsningen|kostnaden)\b",
    re.IGNORECASE,
)


def named_only_after(sentence: str, after: str, terms: list[Term]) -> bool:
    """Whether one of `terms` (words the document uses in this paragraph only) stands in
    the sentences after `sentence` and no later sentence naming it goes on from it: in
    "Allmänna arvsfonden bidrar med 1,9 miljoner kronor till verksamheten. Nässjö kommun
    står för lokalen." the money is not the lokal's. The caller has made sure the term is
    not in the sentence, its section or the sentences before it."""
    later = [after[s:e] for s, e in sentence_spans(after)]
    for term in terms:
        naming = [x for x in later if TextView(x).mentions_term(term)]
        if naming and not any(goes_on_from(x, sentence) for x in naming):
            return True
    return False


def goes_on_from(sentence: str, previous: str) -> bool:
    """Whether a sentence goes on from the one before: it refers back to it (see
    `refers_back`) or to its money ("Pengarna går till …"). One opening with the same word
    says another thing of the same subject: "Kommunen bidrar med 40 000 kronor. Kommunen
    har inte fått några statliga medel"."""
    if GOES_ON_WITH_MONEY.match(sentence):
        return True
    first, before = words(sentence)[:1], words(previous)[:1]
    return refers_back(sentence, previous) and first != before


def _passage_showing(passages: list[Passage], doc_id: str, needle: str, default: int) -> int:
    """The first retrieved passage of the document whose text shows `needle` (a name, a
    year), so a detail from the document's metadata is cited where a reader can see it."""
    return next(
        (i for i, p in enumerate(passages) if p.chunk.doc_id == doc_id and needle in p.chunk.text),
        default,
    )


# How a document without a named publisher is introduced, by its type (Swedish, English).
TYPE_PHRASES = {
    "nyhetsartikel": ("en nyhetsartikel", "a news article"),
    "artikel": ("en artikel", "an article"),
    "webbsida": ("en webbsida", "a web page"),
    "pressmeddelande": ("ett pressmeddelande", "a press release"),
    "rapport": ("en rapport", "a report"),
    "interpellationssvar": ("ett interpellationssvar", "an answer to an interpellation"),
}


def _add_each_documents_best(
    ranked: list[_Candidate],
    chosen: list[_Candidate],
    passages: list[Passage],
    good_enough,
    max_documents: int | None = None,
) -> None:
    """Append to `chosen` the best of `ranked` (best first) from each document that has no
    quote yet, where `good_enough(candidate)` holds; stop once `max_documents` documents
    are quoted."""
    documents = {passages[c.passage_index].chunk.doc_id for c in chosen}
    for c in ranked:
        doc = passages[c.passage_index].chunk.doc_id
        if doc not in documents and good_enough(c):
            chosen.append(c)
            documents.add(doc)
        if max_documents is not None and len(documents) >= max_documents:
            break


TITLE_IN_TEXT_MAX = 80  # a longer title is cut where it introduces a quote


def shorten_title(title: str) -> str:
    """A title short enough to introduce a quote: "Svar på motion från … om att införa
    tiggeriförbud och …" is cut at a word before TITLE_IN_TEXT_MAX characters, with "…"."""
    if len(title) <= TITLE_IN_TEXT_MAX:
        return title
    return title[:TITLE_IN_TEXT_MAX].rsplit(" ", 1)[0].rstrip(",;:–- ") + " …"


def _source_label(citation_like, language: str, doc_type: str = "") -> str:
    """ "Enligt Huddinge kommun (2018-11-09)"; without a publisher "Enligt en nyhetsartikel
    (2019-08-14)" from the document's type, or else its title in quotes."""
    phrase = TYPE_PHRASES.get(doc_type.lower())
    short = shorten_title(citation_like.title)
    title = f"“{short}”" if language == "en" else f"”{short}”"
    who = citation_like.publisher or (phrase[language == "en"] if phrase else title)
    when = f" ({citation_like.date})" if citation_like.date else ""
    lead = "According to" if language == "en" else "Enligt"
    return f"{lead} {who}{when}"


def citation_from(
    n: int, passage: Passage, highlights: tuple[tuple[int, int], ...] = ()
) -> Citation:
    """The citation [n] of a retrieved passage (`highlights`: quoted spans in its text)."""
    c = passage.chunk
    return Citation(
        n=n,
        document=c.doc_id,
        title=c.title,
        publisher=c.publisher,
        date=c.date,
        page=c.page,
        text=c.text,
        score=round(float(passage.score), 4),
        heading=c.heading,
        chunk_id=c.chunk_id,
        highlights=highlights,
    )


class ExtractiveAnswerer:
    """Builds an Answer from retrieved passages by quoting their best sentences."""

    def __init__(
        self,
        embedder,
        document_views: dict[str, TextView],
        idf: dict[str, float] | None = None,
        max_sentences: int = 3,
        section_headings: dict[str, set[str]] | None = None,
        place_names: set[str] | None = None,
        document_meta: dict[str, dict] | None = None,
        aliases: dict[str, str] | None = None,
        document_chunks=None,
    ):
        self.embedder = embedder
        # doc_id -> the document's passages in order (Retriever.document_chunks): what the
        # rest of a document says, for telling what a paragraph is about.
        self.document_chunks = document_chunks or (lambda doc_id: [])
        self._readings: dict[str, _DocumentReading] = {}  # doc_id -> see _read_document
        # Abbreviation (lower case) -> its long form in lower case, as the documents define
        # them ("delmos" -> "delegationen mot segregation").
        self.aliases = aliases or {}
        # A word of a long form -> the abbreviations standing for it ("delegationen" ->
        # "delmos"), for _names.
        self._abbreviations_of: dict[str, list[str]] = {}
        for short, meaning in self.aliases.items():
            for word in set(meaning.split()):
                self._abbreviations_of.setdefault(word, []).append(short)
        # doc_id -> the document's details (manifest entry: author, type, …)
        self.document_meta = document_meta or {}
        # The municipalities the documents are about (their metadata): what "Vilka
        # kommuner …?" is answered with.
        self.place_names = tuple(sorted(place_names or ()))
        # doc_id -> the headings of its sections (not its title): see _named_in_headings.
        self.section_headings = {
            doc_id: [TextView(h) for h in headings]
            for doc_id, headings in (section_headings or {}).items()
        }
        self.idf = idf or {}  # stem -> inverse document frequency over the passages
        self.document_views = document_views  # doc_id -> words of the document and its metadata
        self.max_sentences = max_sentences
        self.vocabulary = set().union(*(v.words for v in document_views.values()))
        # Which documents hold each word, and the words in order for prefix lookups: with
        # thousands of documents, scanning every document for a name costs a second.
        self._documents_with: dict[str, set[str]] = {}
        # Likewise for the words a document writes with a capital (lower-cased): "Unga
        # ledare" names a project where the document has it so, not where it says "unga".
        self._documents_capitalising: dict[str, set[str]] = {}
        for doc_id, view in document_views.items():
            for word in view.words:
                self._documents_with.setdefault(word, set()).add(doc_id)
            for word in view.capitalised:
                self._documents_capitalising.setdefault(word, set()).add(doc_id)
        self._sorted_words = sorted(self._documents_with)
        self._sorted_capitalised = sorted(self._documents_capitalising)
        self.lowercase_words = frozenset().union(*(v.lowercase for v in document_views.values()))
        self._name_pairs = frozenset().union(*(v.name_pairs for v in document_views.values()))

    def analyse(self, question: str) -> QuestionAnalysis:
        """Analyse a question against this corpus's vocabulary, noting the names the
        documents write as a capitalised common word and a lower-case one ("projektet Nya
        vägar"): their second word is a part of the name (see QuestionAnalysis.phrases)."""
        q = analyse_question(question, self.vocabulary)
        kept = {q.counted, q.event, q.role, q.action}
        phrases = []
        for entity in q.names:
            after = re.search(rf"\b{re.escape(entity)} ([a-zåäöéü][\w-]{{2,}})\b", question)
            pair = (entity.lower(), after.group(1)) if after else None
            term = next((t for t in q.terms if pair and t.word == pair[1]), None)
            # Only a common word made a name ("Nya", "Ung"): a place and a noun after it
            # ("Lagans fritidsgård", "Sundsvalls program") are no name of their own.
            common = entity.lower() in self.lowercase_words
            if term is not None and term not in kept and common and pair in self._name_pairs:
                phrases.append(pair)
        return replace(q, phrases=tuple(phrases)) if phrases else q

    def documents_naming(self, q: QuestionAnalysis) -> set[str] | None:
        """Documents that mention every name, abbreviation and year of the question
        (None when the question names none: then every document may answer)."""
        if not q.entities:
            return None
        naming: set[str] | None = None
        for entity in q.entities:
            found = self._documents_mentioning(entity)
            naming = found if naming is None else naming & found
        for pair in q.phrases:
            # "Nya vägar": documents writing the name so, not any with "Nya" and "vägar".
            naming &= {d for d in naming or () if pair in self.document_views[d].name_pairs}
        return naming

    def _documents_mentioning(self, entity: str) -> set[str]:
        """The documents whose view mentions_entity(entity), found through the word index;
        a capitalised name ("Unga") only where the document writes it with a capital."""
        party = PARTY.fullmatch(entity.lower())
        if party and party.group(2):
            # "Socialdemokraterna": "vi socialdemokrater", or a member's "(S)".
            return _lookup(party.group(2), self._documents_with, self._sorted_words)
        found = _lookup(entity.lower(), self._documents_with, self._sorted_words)
        if YEAR.fullmatch(entity):
            # "jämfört med 1 600 året innan" beside 2024 gives a figure for 2023.
            # Only documents whose words allow it are read whole: a question naming a year
            # must not join the text of every document naming the next one.
            later = _lookup(str(int(entity) + 1), self._documents_with, self._sorted_words)
            saying_before = set().union(
                *(self._documents_with.get(w, set()) for w in YEAR_BEFORE_WORDS)
            )
            found |= {
                d
                for d in later & saying_before
                if names_year_before(self._document_text(d), entity)
            }
        if entity[0].isupper() and not entity.isupper():
            found &= _lookup(entity.lower(), self._documents_capitalising, self._sorted_capitalised)
        return found

    def answer(
        self,
        q: QuestionAnalysis,
        passages: list[Passage],
        warnings: tuple[str, ...] = (),
        query_vector: np.ndarray | None = None,
    ) -> Answer:
        """Quote the sentences that answer the question, or refuse with the nearest passages.

        `query_vector` is the question's embedding when the caller already has it.
        """
        naming = self.documents_naming(q)
        if naming == set():
            return self._refuse(q, passages, "entity", warnings)
        if not passages:
            return self._refuse(q, passages, "empty", warnings)

        eligible = [i for i, p in enumerate(passages) if naming is None or p.chunk.doc_id in naming]
        if not eligible:
            return self._refuse(q, passages, "entity", warnings)
        # Words that describe what the question is about ("artikeln om …"), not the
        # document detail it asks for ("publicerades", "skrev").
        # Nor a word that only asks for the value ("kostade"): "Vad kostade
        # Sommarlovsentreprenörer 2024?" is about what its name names.
        describing = [
            t
            for t in q.terms
            if not PUBLICATION.search(t.word)
            and not AUTHORSHIP.search(t.word)
            and not (q.kind in ("amount", "time") and asks_value(q, t.word))
            # An English word the lexicon does not translate ("made") is not looked for in
            # Swedish documents: "When is a SIP made?" is about SIP.
            and not (q.language == "en" and set(t.forms) <= {t.word, stem(t.word)})
        ]
        if q.role is not None and q.names:
            # "Vem är kontaktperson för Mötesplats Norrby?": the names say what about; the
            # role may be given by a label only ("Kontakt: Amir Hadzic"), see labels_role.
            describing = [t for t in describing if t != q.role]
        on_topic = not describing or any(
            self.document_views[passages[i].chunk.doc_id].mentions_term(t)
            for i in eligible
            for t in describing
        )
        if not on_topic:
            return self._refuse(q, passages, "topic", warnings)
        asks_date = q.kind == "time" and PUBLICATION.search(q.question)
        # "Vem svarade på interpellationen?" asks for the author; "Hur många svarade på
        # enkäten?" for a count.
        asks_author = q.kind == "person" and AUTHORSHIP.search(q.question)
        if asks_date or asks_author:
            described = self._described_documents(q, passages, eligible, describing)
            if not described:
                return self._refuse(q, passages, "topic", warnings)
            if asks_date:
                return self._publication(q, passages, described[0], warnings)
            if self.document_meta.get(passages[described[0]].chunk.doc_id, {}).get("author"):
                # "Vem har skrivit motionen om en fritidsbank?": every document the question
                # describes as well (two motions on a fritidsbank), each with its author.
                authored = [
                    i
                    for i in described
                    if self.document_meta.get(passages[i].chunk.doc_id, {}).get("author")
                ]
                return self._authorship(q, passages, authored, warnings)
            # No author in its details: perhaps the text names one.

        if query_vector is None:
            query_vector = self.embedder.embed_query(q.question)
        candidates = self._candidates(q, passages, eligible, query_vector)
        every_sentence = candidates  # for the context of a quote, whatever it holds
        for term in narrowing_adjectives(q):
            # "den regionala strategin": a document that never says "regional" speaks of
            # another strategy (a municipality's own).
            candidates = self._of_documents_using(term, candidates, passages)
        if not q.names and q.terms and q.kind != "list":
            # (A list across documents, "Vilka kommuner har fått pengar …?", hears from each
            # document however it words the matter.)
            # Words as rare as each other ("nätverket" and "livsvillkor" of "nätverket för
            # jämlika livsvillkor") name the thing together.
            # (Of the words saying what it is about: not "took" of "took part".)
            topical = q.topic_terms or list(q.terms)
            rarest = max(map(self._rarity, topical))
            for term in [t for t in topical if self._rarity(t) >= rarest - RARITY_TIE]:
                candidates = self._of_documents_using(term, candidates, passages)
            if q.language == "sv" and DEFINITE_NOUN.fullmatch(topical[0].word):
                # "Hur mycket pengar har nätverket för lokalt integrationsarbete fått?": the
                # thing the question points at, however common its word, is one the document
                # speaks of; a page titled on integrationsarbete that never says "nätverk"
                # gives another thing's money.
                candidates = self._of_documents_using(topical[0], candidates, passages)
        if q.subject:
            # "Vad innebär Stadsdelsmammor?": a sentence on another project that happens to
            # say "innebär" is no answer; the sentence (or its heading) must name it.
            candidates = [c for c in candidates if c.names_subject]
            if not candidates:
                return self._refuse(q, passages, "subject", warnings)
        if q.kind == "person":
            # "Vem leder analysenheten?": a sentence that only mentions the analysenhet
            # names no one who leads it, and one naming someone must speak of the matter.
            candidates = [
                c
                for c in candidates
                if c.names_someone
                and (
                    not q.terms
                    or (
                        (c.term_hits or (q.role is not None and labels_role(c.text, q.role)))
                        and not c.leans_on_previous
                    )
                )
                and not c.about_other
                and not c.contrasted
                and c.holds_role
                and c.holds_action
            ]
            if not candidates:
                return self._refuse(q, passages, "value", warnings)
            # "Who carried out the follow-up?": "Uppföljningen har gjorts av
            # kommunledningskontoret" names the doer of the asked deed; a sentence of the
            # same document where that body "bedömer" something names it doing another.
            # ("Vem har kommunen tecknat medborgarlöften med?" asks the partner of a doer
            # it names, not who "Undertecknat av" the document.)
            if not ASKS_PARTNER.search(q.question):
                candidates = _without_lesser_in_same_document(
                    candidates, passages, lesser=lambda c: not done_by_someone(c.text, q)
                )
        if q.ordinals:
            # "den tredje vandringen", "det tredje målet": what the documents say of the
            # first is no answer, and where they name no third, they do not answer.
            candidates = [c for c in candidates if c.holds_ordinals]
            if not candidates:
                return self._refuse(q, passages, "value", warnings)
        if q.kind in ("other", "reason"):
            if q.kind == "reason":
                # One that reports the question ("X har frågat varför …") gives no reason.
                candidates = [c for c in candidates if not WHY_REPORTED.search(c.text)] or (
                    candidates
                )
            # "Vad tycker Moderaterna om läxhjälpen?" makes no hard demands, but a sentence
            # whose paragraph holds the question's names beats one about someone else.
            named = [c for c in candidates if c.entities_here]
            fitting = [c for c in named if not c.about_other]
            candidates = fitting or named or candidates
            if q.kind == "reason":
                # "Varför ökade antalet deltagare?": a sentence giving a cause ("beror på",
                # "eftersom") beats the figures that show the rise.
                # Under a heading asking why ("Varför inför kommunen ett fritidskort?", as
                # in questions and answers), the section's sentences give the reason.
                # Of those, the ones nearest the question: "Ökningen 2025 beror främst på …"
                # though the table rows name more of its words.
                # The deed's noun counts as its verb: "Ökningen … beror på" says why the
                # budget "ökar".
                nouns = deed_nouns(q)
                hits = {
                    id(c): c.term_hits + any(w.startswith(nouns) for w in words(c.text))
                    for c in candidates
                }
                # (One naming none of them only where none does: "Skälet är att …" after the
                # reported question.)
                anywhere = max(hits.values(), default=0)
                causal = [
                    c
                    for c in candidates
                    if (hits[id(c)] or not anywhere)
                    and (CAUSE.search(c.text) or WHY.match(passages[c.passage_index].chunk.heading))
                ]
                most = max((hits[id(c)] for c in causal), default=0)
                candidates = [c for c in causal if hits[id(c)] >= most] or candidates
            if ASKS_PURPOSE.search(q.question):
                # "What is the purpose of the network?": "Syftet är att dela erfarenheter",
                # not the sentence saying what the network gathers.
                candidates = _preferring(candidates, PURPOSE.search)
            if ASKS_FUNDING.match(q.question):
                # "Hur finansieras föräldrautbildningen?": "Kursen finansieras med 150 000
                # kronor från Länsstyrelsen", not the sentence that names the course.
                candidates = _preferring(candidates, FUNDING.search)
            if ASKS_PLAN.match(q.question):
                # "Vad ska Töreboda kommun göra för att öka tryggheten?": what is to be done
                # ("Kommunen ska förbättra belysningen …"), not the figures showing the need.
                candidates = _preferring(candidates, PLANNED.search)
                if ASKS_INTENT.match(q.question):
                    candidates = _preferring(candidates, INTENDED.search)
            if opinion := ASKS_OPINION.match(q.question):
                holder = (opinion.group(1) or "").lower()
                term = next((t for t in q.terms if t.word == holder), None)
                if term is not None:
                    # "Vad anser kommunstyrelsen om jobbgarantin?": the board's view, which
                    # its own words or a text by it give, not an opinion piece by a party.
                    candidates = [c for c in candidates if self._said_by(c, passages, term)]
                    if not candidates:
                        return self._refuse(q, passages, "value", warnings)
                # "Vad tycker Mönsterås om förslaget …?": the view ("ställer sig positiv
                # till förslaget"), not what the response goes on to propose.
                candidates = _preferring(candidates, OPINION.search)
            elif ASKS_WISH.search(q.question) and not DECISION_QUESTION.search(q.question):
                # "Vad föreslår Lena Nilsson i motionen?": the demand ("Jag yrkar att …")
                # beats the decision on it and the motion's other sentences.
                candidates = _preferring(candidates, WISH.search)
            if DECISION_QUESTION.search(q.question):
                # "Vad beslutade kommunfullmäktige om motionen?": only a decision answers;
                # the motion's own demand ("yrkar jag att kommunfullmäktige …") is none.
                # A matter put up "för beslut" answers what is to be decided, not what was.
                ahead = bool(DECISION_AHEAD.search(q.question))
                candidates = [
                    c
                    for c in candidates
                    if DECISION.search(c.text if ahead else PENDING_DECISION.sub(" ", c.text))
                ]
                if not candidates:
                    return self._refuse(q, passages, "value", warnings)
            if WHERE.match(q.question):
                # "Var hölls dialogmötet?": the place a memo's header gives ("Plats:
                # Granbackaskolans matsal") is that of the meeting its title names; and
                # "Var ligger mötesplatsen?" is answered by its address ("Adress: …").
                placed = [
                    c
                    for c in candidates
                    if PLACE_FIELD.match(c.text)
                    and any(
                        TextView(passages[c.passage_index].chunk.title or "").mentions_term(t)
                        for t in q.topic_terms
                    )
                ]
                if LOCATING & set(words(q.question)):
                    placed += [c for c in candidates if ADDRESS.search(c.text)]
                    # "Var ska resurscentrumet i Robertsfors ligga?": "ett lokalt
                    # resurscentrum i Ånäset" names a place the question does not.
                    placed += [
                        c
                        for c in candidates
                        if any(
                            place not in q.entities and TextView(thing).mentions_term(t)
                            for thing, place in PLACED.findall(c.text)
                            for t in q.topic_terms
                        )
                        and c not in placed
                    ]
                # "Var hålls språkcaféet i Skärhamn?": "träffas … i Folkets hus i Skärhamn"
                # names a place the question does not; "drivs av Studieförbundet" names none.
                candidates = placed or _preferring(
                    candidates,
                    lambda t: (
                        any(
                            # (Nor the question's own place in its genitive, "i Skurups
                            # tätort".)
                            m.group(1) not in q.entities
                            and m.group(1).removesuffix("s") not in q.entities
                            # "säkerhetschef i Håbo kommun" names an employer, no venue.
                            and not MUNICIPAL_BODY.match(t, m.end())
                            for m in AT_NAMED_PLACE.finditer(t)
                        )
                        or bool(AT_BUILDING.search(t))
                    ),
                )
            if DURATION_QUESTION.match(q.question):
                # "How long is the job track?": "utbildningen tar ett år", not "står långt från
                # arbetsmarknaden".
                lasting = [c for c in candidates if DURATION.search(c.text)]
                candidates = lasting or candidates
            if NEGATION.search(q.question):
                # "Vad får bidraget inte användas till?": the sentence saying what it may
                # not ("får inte användas till lokalhyra") beats those saying what it is.
                negated = [c for c in candidates if c.term_hits and NEGATION.search(c.text)]
                candidates = negated or candidates
            if EXISTENTIAL.match(q.question):
                # "Vad finns i Backens hus?": "Där finns familjecentral, bibliotek …"
                # beats the sentence that only names the house.
                stating = [c for c in candidates if EXISTS.search(c.text)]
                candidates = stating or candidates
            if INVOLVES.search(q.question) and q.topic_terms:
                # "What does the pilot project for associations involve?": the sentence that
                # itself names the project and its parts ("… startar ett pilotprojekt där tre
                # idrottsföreningar …") beats those naming them only by their heading.
                own = {
                    id(c): sum(TextView(c.text).mentions_term(t) for t in q.topic_terms)
                    for c in candidates
                }
                most = max(own.values())
                candidates = [c for c in candidates if own[id(c)] == most]
            defined = defined_term(q)
            if defined is not None:
                # "Vad är en trygghetsvandring?": "En trygghetsvandring är …" beats a sentence
                # that only mentions one.
                defining = [c for c in candidates if defines(c.text, defined)]
                candidates = defining or candidates
            elif (code := asked_code(q)) is not None:
                # "Vad betyder U i ansvarsmatrisen?": a key ("A = ansvarar, U = utför")
                # gives a letter's meaning, not the table rows that use it.
                keyed = [
                    c
                    for c in candidates
                    if re.search(rf"\b{re.escape(code)}\s*(?:=|står för|stands for)", c.text)
                ]
                candidates = keyed or candidates
            elif len(q.subject) == 1 and DEFINITION.match(q.question):
                # "Vad är Språkvänner?": "Språkvänner är ett projekt där …" beats the other
                # sentences under a heading naming it.
                name = q.subject[0].lower()
                defining = [c for c in candidates if defines(c.text, Term(name, (name,)))]
                candidates = defining or candidates
        if ASKS_LANGUAGES.search(q.question):
            # "På vilka språk ges kursen?": only a sentence naming languages answers, not one
            # that says where the course is given, nor "Lotsen talar flera språk".
            candidates = [
                c
                for c in candidates
                if set(words(c.text)) & (LANGUAGE_NAMES | ENGLISH_LANGUAGE_NAMES)
            ]
            if not candidates:
                return self._refuse(q, passages, "value", warnings)
        if q.kind == "list" and REJECTED.search(q.question):
            # "Vilka föreningar fick avslag?": those a decision turned down, by name; not
            # those it granted, nor "Övriga ansökningar avslås".
            candidates = [
                c
                for c in candidates
                if names_the_rejected(c.text, passages[c.passage_index].chunk.text[: c.start])
            ]
            if not candidates:
                return self._refuse(q, passages, "value", warnings)
        if q.kind == "list" and ASKS_RECIPIENTS.match(q.question):
            if not any(c.term_hits and names_a_body(c.text, q) for c in candidates):
                # "Vilka föreningar fick integrationsbidrag …?": the grant's conditions and
                # sum name no one who got it.
                return self._refuse(q, passages, "value", warnings)
        if q.kind == "reference":
            # "Vilket diarienummer har ansökan om fritidsgård i Gimo?": a reference number is
            # a whole document's, so that document must speak of all the question names.
            described = [t for t in q.topic_terms if not KIND_OF["reference"].search(t.word)]
            candidates = [
                c
                for c in candidates
                if self._words_used(passages[c.passage_index].chunk.doc_id, described)
                == len(described)
            ]
        if q.kind == "amount" and PRICE_ASKED.search(q.question):
            # "Vad kostar det att vara med på Fisksätradagen?": "Alla evenemang är gratis" in
            # the page's introduction is the price of each event it lists.
            candidates = [
                replace(c, has_value=True, about_other=False) if FREE_FOR_ALL.search(c.text) else c
                for c in candidates
            ]
        if q.kind in KIND_VALUE:
            # The value must come with what the question is about, not just any number, and
            # in a passage about the places and names the question asks about. A word that
            # only asks for the value ("kostar") is no topic, unless it is all the question
            # says ("What is the population of …?": the figure must be a population).
            # A reference number is the whole document's: that the document speaks of the
            # question's words was made sure of above, whatever the line with it speaks of.
            whole_document = q.kind == "reference"
            topical_terms = bool(q.topic_terms) and not whole_document
            # Money is money however the question asks for it: "Hur mycket bidrog
            # Länsstyrelsen med till …?" is answered by "150 000 kronor kom från
            # Länsstyrelsen", as "Hur mycket fick …?" by any sum.
            # So are hours however it asks for them ("När är Fritidsbanken öppen?": "Måndagar
            # och onsdagar klockan 15–18").
            only_asks_value = q.kind in ("amount", "time") and not q.topic_terms
            candidates = [
                c
                for c in candidates
                if c.has_value
                and (
                    c.topic_hits
                    if topical_terms
                    else (c.term_hits or not q.terms or only_asks_value)
                )
                and not c.in_other_section
                and (whole_document or not c.about_other)
                and not c.contrasted
                and c.entities_here
                and c.years_here
            ]
            if q.required is not None:
                # A number of something else ("11 mars", "två projekt") does not count
                # invånare; the date something else happened does not date this.
                candidates = [c for c in candidates if c.required_hit]
            unit = PER_UNIT.search(q.question) if q.language == "sv" else None
            if unit:
                # "Hur mycket kostar förskolan per barn?": a rate for that unit, not a sum.
                candidates = [c for c in candidates if gives_rate(c.text, unit.group(1))]
            if not candidates and q.kind == "amount":
                # "Hur mycket fick Arboga från Delegationen mot segregation?" where the
                # document says "Kommunen har inte sökt medel från Delegationen …": that it
                # got nothing is the answer, quoted, rather than a refusal.
                candidates = [
                    c
                    for c in every_sentence
                    if NO_MONEY.search(c.text)
                    and c.entities_here
                    and not c.about_other
                    and not c.contrasted
                    and all(TextView(c.text).mentions_term(t) for t in q.topic_terms)
                    and self._names_all_but_details(q, c, passages)
                ]
            if q.kind == "amount" and not HYPOTHETICAL.search(q.question):
                # "Hur mycket kostade feriejobben?": what they cost ("Kostnaden var 5,8
                # miljoner kronor"), not what more would in the same document ("skulle …
                # kosta ytterligare 4,1 miljoner"). Another document's figure of what would
                # be stays if it names the thing ("Feriejobb för alla skulle kosta …"), not
                # if it is a proposal's ("skulle förslaget kosta 1,5 miljoner kronor").
                candidates = _without_lesser_in_same_document(
                    candidates,
                    passages,
                    lesser=lambda c: bool(HYPOTHETICAL.search(c.text)),
                    kept_alone=lambda c: all(
                        TextView(c.text).mentions_term(t) for t in q.topic_terms
                    ),
                )
            if q.kind == "amount" and not APPLIED.search(q.question):
                # "Hur mycket fick Föreningen Vingen?": what was granted ("bevilja
                # Föreningen Vingen 180 000 kronor"), not what it applied for in the same
                # document ("har ansökt om 240 000 kronor").
                candidates = _without_lesser_in_same_document(
                    candidates, passages, lesser=lambda c: applied_for(c.text)
                )
            if NEXT.search(q.question):
                # "När är nästa träff?": "Nästa gång ses vi den 3 december", not "Nätverket
                # träffades den 5 november".
                candidates = _preferring(candidates, NEXT.search)
            if q.kind == "time" and (asked_days := asked_weekdays(q.question)):
                # "When does it close on Fridays?": a sentence naming Fridays (or a range
                # of days holding them), not the day it opened.
                candidates = [c for c in candidates if asked_days & weekdays_in(c.text)]
            if q.kind == "time" and DEADLINE_ASKED.search(q.question):
                # "När är sista dagen att söka?": "Ansökan är öppen till och med den 30
                # april", not when the applicants hear back ("besked i slutet av maj").
                candidates = _preferring(candidates, DEADLINE.search)
            if (
                q.kind == "time"
                and OPENS_ASKED.search(q.question)
                and not asks_opening_hours(q.question)
            ):
                # "When does the job centre open?", "När öppnar fritidsgården?": the day it
                # opens ("on 3 March 2025"), not its weekly hours ("Monday to Thursday").
                candidates = _preferring(candidates, DATES.search)
            if PRICE_ASKED.search(q.question):
                # "Vad kostar det att delta i språkcaféet?": "Nämnden ger 25 000 kronor per
                # år till fika" is what the café gets, not what a visitor pays.
                candidates = [
                    c for c in candidates if PRICE_STATED.search(c.text) or FREE.search(c.text)
                ]
            if q.kind == "amount" and COST_ASKED.search(q.question) and not WAGE.search(q.question):
                # "Hur mycket kostade feriejobben?": "fick 95 kronor i timmen" is the wage
                # each one earned, not what the jobs cost.
                candidates = [c for c in candidates if not WAGE.search(c.text)]
            if asks_population(q):
                # A place's population is stated with its name ("I Gamlegården bor 2 900
                # personer"); a count of residents in a paragraph about the place counts
                # some of them ("1 500 slumpvis utvalda invånare" sent a survey).
                candidates = [c for c in candidates if c.names_own_places]
            elif q.kind in ("size", "quantity"):
                if any(YEAR.fullmatch(e) for e in q.entities):
                    # "Hur många besökte språkcaféet under 2024?": "Under 2024 kom 140
                    # personer", not another café's "18 besökare varje gång" in a document
                    # of 2024. (Asked "varje gång", every candidate says so.)
                    candidates = _without_documents_giving_only_lesser(
                        candidates, passages, lesser=lambda c: bool(PER_OCCASION.search(c.text))
                    )
                # "Vad var förvärvsfrekvensen i Dingle 2022?": "I Dingle var den 71 procent",
                # not the figure before it for the whole municipality ("i kommunen").
                candidates = _without_lesser_in_same_document(
                    candidates,
                    passages,
                    lesser=lambda c: (
                        not c.names_own_places
                        and bool(WHOLE.search(c.text) or IN_THE_MUNICIPALITY.search(c.text))
                        # "Arbetslösheten i området är 14 procent, jämfört med 6 procent i hela
                        # kommunen" gives the part's figure beside the whole's.
                        and not THE_AREA.search(c.text)
                    ),
                )
            if not candidates:
                return self._refuse(q, passages, "value", warnings)
        chosen = self._choose(q, candidates, passages, every_sentence)
        return self._compose(q, passages, chosen, warnings)

    def _candidates(
        self,
        q: QuestionAnalysis,
        passages: list[Passage],
        eligible: list[int],
        query_vec: np.ndarray,
    ) -> list[_Candidate]:
        spans, vectors = [], []
        for i in eligible:
            chunk = passages[i].chunk
            stored = passages[i].sentence_vectors
            cut = sentence_spans(chunk.text)
            if stored is None or len(stored) != len(cut):
                stored = [None] * len(cut)  # an index without them: embedded below
            headings_end = _headings_end(chunk)
            for (s, e), vector in zip(cut, stored, strict=True):
                text = chunk.text[s:e]
                # Headings over the passage are no answers; but on a flyer, lines in large
                # type read as headings hold its facts ("för dig som är 8–15 år").
                heading_line = s < headings_end and (
                    not re.search(r"\d", text) or (s == 0 and chunk.start == 0)
                )
                if len(text) >= 15 and text != chunk.heading and not heading_line:
                    spans.append((i, s, e, text))
                    vectors.append(vector)
        if not spans:
            return []
        missing = [k for k, v in enumerate(vectors) if v is None]
        if missing:
            embedded = self.embedder.embed_documents([spans[k][3] for k in missing])
            for k, v in zip(missing, embedded, strict=True):
                vectors[k] = v
        dense = np.asarray(vectors, dtype=np.float32) @ query_vec
        top_passage = max(p.score for p in passages)
        value_pattern = q.value_pattern
        # An amount in the question ("Vad ska de 0,6 mnkr användas till?") points to the
        # sentence holding that value, however it is written there.
        asked_amounts = [a.value for a in parse_amounts(q.question)]
        # Rare words say more about what is asked than words found everywhere.
        default_idf = max(self.idf.values(), default=1.0)
        weights = [max(self.idf.get(f, default_idf) for f in t.forms) for t in q.terms]
        # "utvärderingen av läxhjälpen": what the question's thing is of.
        # Not after the word that asks for the value: "andel av de boende" asks for a
        # share of all residents (the population), not for one paragraph's "boende".
        of_phrases = [(head, m.lower()) for head, m in OF_PHRASE.findall(q.question)]
        population = {m for head, m in of_phrases if asks_value(q, head)}
        # "de boende i Andersberg", "the residents of …": the place's people, as a whole.
        population |= {m.lower() for m in RESIDENTS_OF.findall(q.question)}
        specifiers = {m for _, m in of_phrases} - population
        # "Hur många deltog i föreningsaktiviteterna?": what they took part in says which
        # of several counts of participants is meant, as "av" does.
        if q.event is not None and q.kind == "quantity":
            took_part_in = re.search(
                rf"\b{re.escape(q.event.word)}\s+(?:{'|'.join(VERB_FOLLOWERS)})\s+(\w{{4,}})",
                q.question,
                re.IGNORECASE,
            )
            if took_part_in:
                specifiers.add(took_part_in.group(1).lower())
        specifying = [t for t in q.terms if t.word in specifiers]
        narrowed = adjective_nouns(q)
        # Per specifier, the thing it specifies: "bostäderna" -> the Term "upprustningen".
        specified = {
            m: next((t for t in q.terms if t.word == head.lower()), None) for head, m in of_phrases
        }
        asks_several = q.asks_several
        giver = money_giver(q)
        asks_places = asks_several and bool(PLACES.search(q.question)) and self.place_names
        facts: dict[str, _DocumentFacts] = {}  # doc_id -> what it says of the question's words
        entities_in: dict[int, bool] = {}  # passage index -> _entities_in_place
        asked = question_forms(q)
        years = [e for e in q.entities if YEAR.fullmatch(e)]
        names = q.names
        asks_person = q.kind == "person"
        topic = q.topic_terms
        topical = [t in topic for t in q.terms]
        value_words = [asks_value(q, t.word) for t in q.terms]  # "kostade", "andel"
        modified = modified_words(q)
        modifiers = modifier_words(q)
        offers_places = q.counted is not None and bool(CAPACITY.search(q.question))
        named_as = q.named_as
        phrase_words = {w for _, w in q.phrases}
        visitors = q.counted is not None and bool(VISITING.match(q.counted.word))
        # "How many people came to the language café?": "kom i genomsnitt 14 deltagare".
        took_part = (
            q.counted is not None
            and q.counted.word in PEOPLE_TAKING_PART
            and any(TAKING_PART.match(t.word) or COMING.fullmatch(t.word) for t in q.terms)
        )

        out = []
        heading_asks = [asked_by_heading(p.chunk.heading, q) for p in passages]
        # (Only where the question names its place: otherwise several documents' lists
        # may answer, and one's items must not crowd the others out.)
        listed_word = LISTED_NOUN.match(q.question) if q.kind == "list" and q.names else None
        listed = next(
            (t for t in q.terms if listed_word and t.word == listed_word.group(1).lower()), None
        )
        listed_heading = [
            listed is not None and TextView(p.chunk.heading).mentions_term(listed) for p in passages
        ]
        title_of = [p.chunk.title or "" for p in passages]
        asked_groups = [g for g in GROUPS if g & set(words(q.question))]
        for (i, s, e, text), sim in zip(spans, dense, strict=True):
            section = passages[i].section or passages[i].chunk.heading
            doc_id = passages[i].chunk.doc_id
            # "… med 650 000 kronor från samma delegation": the name said before.
            again = self._named_again(doc_id, text)
            view = TextView(f"{section} {row_words(text, q, modified)} {again}")
            sentence = TextView(f"{text} {again}")  # the sentence, without its headings
            # The sentences before it in its paragraph say what it speaks of ("Sommaren 2023
            # erbjöd kommunen 1 050 feriejobb. Kostnaden var 12,4 miljoner kronor."), with
            # less weight than the sentence itself.
            before, paragraph = _paragraph_around(passages[i].chunk.text, s, e)
            # "- Kostnad: 1,2 miljoner kronor per år" is the cost of the list's item before
            # it ("- Helgöppen fritidsgård i Kallhäll …"), as a slide lists them.
            paragraph_before = (
                "" if before else passages[i].chunk.text[:s].rstrip().rsplit("\n\n", 1)[-1]
            )
            previous_item = (
                paragraph_before
                if VALUE_LABEL_ITEM.match(text) and LIST_ITEM.match(paragraph_before)
                else ""
            )
            context = (
                TextView(f"{section} {before} {previous_item}") if before or previous_item else None
            )
            if doc_id not in facts:
                facts[doc_id] = self._document_facts(q, doc_id, specifying, population, specified)
            document = facts[doc_id]
            own = _counted_matches(view, q.terms, document.whole_terms)
            # "mötesplatsen Navet": a sentence naming Navet speaks of the mötesplats.
            # The word of a name ("vägar" of "Nya vägar") is matched by every sentence of a
            # document that writes the name: it is that document's subject.
            own = [
                1.0
                if (t.word in named_as and _names_exactly(text, named_as[t.word]))
                or t.word in phrase_words
                else m
                for t, m in zip(q.terms, own, strict=True)
            ]
            matched = own
            if context is not None:
                around = _counted_matches(context, q.terms, document.whole_terms)
                matched = [m or 0.5 * a for m, a in zip(own, around, strict=True)]
            hits = sum(m > 0 for m in matched)
            # Of the words saying what the question is about: "kostar" asks for an
            # amount, so a sentence saying what something else costs matches no topic.
            # "Verksamheten kostade 2,9 miljoner kronor" in the report titled on the
            # språkförskola: the activity is the one the title names.
            generic = bool(GENERIC_SUBJECT.match(text))
            # "Dialogen genomfördes i maj 2024 … Totalt deltog 212 personer": the paragraph
            # opens on the titled "medborgardialog" by the last part of its compound.
            opening = before or text
            # "Kommunstyrelsen beslutar att bevilja Föreningen Vingen 180 000 kronor" in the
            # decision titled on läxhjälp: a sentence naming whom the question names speaks
            # of the thing the title names.
            # So does any sentence of a document whose title names them ("Slutrapport för
            # projektet Vägen in": "Totalt deltog 52 kvinnor").
            names_asked = bool(document.names_not_own) and (
                all(sentence.mentions_entity(n) for n in document.names_not_own)
                or all(TextView(title_of[i]).mentions_entity(n) for n in document.names_not_own)
            )
            # Under a heading asking what the question asks ("Vad kostar det?" on a page
            # about SFI), the section speaks of the question's matter.
            spoken_of = [
                m > 0
                or by
                or heading_asks[i]
                or (titled and (generic or names_asked or opens_with_head(opening, t)))
                # "Kallhäll: 850 unga" says how many live ("bor") there.
                or (bool(LIVING.match(t.word)) and counts_for_place(text, q))
                for t, m, by, titled in zip(
                    q.terms, matched, document.by_publisher, document.titled, strict=True
                )
            ]
            topic_hits = sum(said for said, on in zip(spoken_of, topical, strict=True) if on)
            # What it speaks of is said before it ("Kostnaden var 12,4 miljoner kronor."
            # after the sentence on the feriejobb: "Kostnaden" only says it is a cost).
            leans = hits > 0 and (
                not any(own)
                or bool(previous_item)
                or (
                    (value_noun := VALUE_NOUN_OPENING.match(text)) is not None
                    # (the sentence itself: a title on feriejobb does not say whose cost;
                    # the value noun is no more than the question's "andelen")
                    and not any(
                        sentence.mentions_term(t)
                        for t, asking in zip(q.terms, value_words, strict=True)
                        if not asking and not TextView(value_noun.group()).mentions_term(t)
                    )
                )
            )
            # "Satsningen beräknas kosta 4,2 miljoner kronor" opening a paragraph speaks of
            # what the paragraph before proposed ("… inför en jobbgaranti för unga"): that
            # paragraph goes with its own in saying what it is about.
            earlier = paragraph_before if generic else ""
            place = TextView(f"{section} {paragraph} {again} {earlier} {previous_item}")
            # A paragraph that names what the question names ("Mjölby kommun: 800 000
            # kronor") is about it, wherever the question's other words stand. Not the
            # document's own municipality, which any paragraph of it may name ("I Flens
            # kommun har 34 procent …" says nothing of förvärvsfrekvensen).
            names_asked = document.names_beyond_municipality and all(
                map(TextView(paragraph).mentions_entity, names)
            )
            # "Upprustningen genomfördes …" lacks "bostäderna" of "upprustningen av
            # bostäderna" but names the same upprustning: no paragraph about another.
            same_thing = {
                word
                for word in document.written_whole
                if _named_alone(paragraph, specified.get(word))
            } | {
                # "Nämnden föreslår …" after "Tekniska nämnden" speaks of the same nämnd.
                adjective
                for adjective, noun in narrowed.items()
                if TextView(paragraph).mentions_term(noun)
            }
            about_other = (
                any(
                    not place.mentions_term(t) and t.word not in same_thing
                    for t in document.specifiers
                )
                or any(not place.mentions_entity(e) for e in document.siblings)
                or (
                    not names_asked
                    and any(
                        not place.mentions_term(t) and t.word not in same_thing
                        for t in document.paragraph_terms
                    )
                )
                or any(
                    not place.mentions_entity(e)
                    # "Resurscentrumet beräknas öppna i september": the one in Ånäset.
                    and not (
                        e in document.placed_things
                        and sentence.mentions_term(document.placed_things[e])
                    )
                    for e in document.paragraph_names
                )
                # The paragraph's word for the question's thing only after the sentence:
                # the sentence after it speaks of that thing, this one of another.
                or named_only_after(
                    text,
                    paragraph[len(before) + len(text) :],
                    [
                        t
                        for t in document.paragraph_terms
                        # "År 2019 var andelen 51 procent": the share of the sentence before
                        if not MEASURE_WORD.match(t.word)
                        and not view.mentions_term(t)
                        and (context is None or not context.mentions_term(t))
                    ],
                )
                # "Hur mycket bidrar kommunen med …?" is not answered by "Projektet
                # finansieras av Allmänna arvsfonden med 1,2 miljoner kronor".
                or funded_by_another(
                    text, giver, str(self.document_meta.get(doc_id, {}).get("municipality", ""))
                )
            )
            coverage = (
                sum(w * m for w, m in zip(weights, matched, strict=True)) / sum(weights)
                if q.terms
                else 0.0
            )
            has_value = (
                (bool(value_pattern.search(value_text(text, q.kind))) if value_pattern else False)
                or (
                    # "När görs en SIP?": "En SIP görs när en person behöver stöd …" says when,
                    # by the condition rather than a date.
                    q.kind == "time" and value_pattern is TIME and bool(WHEN_CLAUSE.search(text))
                )
                # "Hur många fritidsledare …?": "en fjärde fritidsledare" says four.
                or (q.kind == "quantity" and bool(ADDED_NTH.search(text)))
                or (
                    # "Tabellen visar … i tusen kronor": the table's introduction gives the unit
                    # of its rows' figures ("Budget 2024: 1 200").
                    q.kind == "amount"
                    and bool(ROW_FIGURE.search(text))
                    and bool(MONEY_UNIT_STATED.search(_table_caption(passages[i].chunk.text, s)))
                )
            )
            score = 2.0 * float(sim) + 0.8 * coverage + 0.5 * passages[i].score / top_passage
            score += 0.3 if has_value else 0.0
            # In questions and answers, the answer under the heading asking the question;
            # "Vilka mål har planen?": the numbered items under the heading "Mål".
            score += HEADING_ASKS_WEIGHT if heading_asks[i] else 0
            # So do the lines under a heading that is the listed noun alone: "Vilka parter
            # står bakom avsiktsförklaringen?" under "Parter".
            if (
                listed is not None
                and listed_heading[i]
                and (NUMBERED_ITEM.match(text) or len(words(passages[i].chunk.heading)) == 1)
            ):
                score += HEADING_ASKS_WEIGHT
            # The question's own word beats one of the same stem: "läxhjälparna" are those
            # who help, "läxhjälpen" the help (the stemmer makes both "läxhjälp").
            if q.terms and q.language == "sv":  # English words are not the text's own
                said = set(words(text))
                score += EXACT_WORD_WEIGHT * sum(t.word in said for t in q.terms) / len(q.terms)
            # "Vilka …?" is answered by a sentence that names several things.
            if asks_places:
                # "Vilka kommuner …?": a sentence naming one of the documents' municipalities
                # or a municipality ("Motala kommun: 1,2 miljoner kronor …"), or listing
                # names; a list of other things ("stat, kommun och andra aktörer") is no
                # answer.
                names_place = any(sentence.mentions_entity(p) for p in self.place_names) or bool(
                    AS_MUNICIPALITY.search(text)
                )
                score += 0.3 if names_place or NAME_LIST.search(text) else 0.0
            elif asks_several and hits and LISTING.search(text):
                score += 0.3
            score += 0.5 if asked_amounts and shares_amount(text, asked_amounts) else 0.0
            if q.kind == "quantity" and has_value and names:
                # A figure in a sentence that itself names what the question names ("98
                # miljoner kronor till 59 kommuner" from Delmos) beats one whose names
                # stand around it ("Två kommuner i södra Dalarna får …").
                score += NAMED_HERE_WEIGHT * all(self._names(sentence, n) for n in names)
            if q.kind == "size" and has_value and not asked_groups:
                # "Hur stor var förvärvsfrekvensen i Näsåker?": a share for everyone there
                # beats one for a group ("bland utrikes födda kvinnor … 52 procent").
                score -= GROUP_FIGURE_PENALTY * any(g & set(words(text)) for g in GROUPS)
            # In the sentence itself: a heading ("Kommunnätverk …") does not make "fyra
            # gånger per år" a number of kommuner; and what is counted follows its number
            # ("32 kommuner", not "två nätverk" in a sentence that also says "kommunerna").
            if q.counted is not None:
                # And what they are counted in: "en tredjedel är flickor" in a paragraph on
                # another project is no number of girls at the winter break activities.
                # ("Hur många … ska det finnas?": "finnas" says nothing of what.)
                # ("Kursen omfattar 100 timmar" on the page titled on samhällsorientering
                # speaks of it, see spoken_of.)
                other_terms = [
                    (t, m or float(said))
                    for t, m, said in zip(q.terms, matched, spoken_of, strict=True)
                    if t != q.counted and not says_nothing_more(t.word, q.counted)
                ]
                others = [m for _, m in other_terms]
                # "How many adults can join …?": the places there are ("40 platser") are
                # how many can; "Hur många elever deltog …?" its participants.
                required_hit = (
                    counts(text, q.counted)
                    or (offers_places and counts(text, SEATS))
                    or (took_part and counts(text, PARTICIPANTS))
                    # "Hur många besökare …?": "kommer i genomsnitt 45 ungdomar per kväll".
                    or (visitors and counts(text, PEOPLE) and bool(COMING.search(text)))
                    # "… fick 85 ungdomar feriejobb. Det var 20 fler än året innan.": the
                    # figure counts what the sentence before counted.
                    or (
                        bool(RELATIVE_FIGURE.search(text))
                        and refers_back(text, last_sentence(before))
                        and counts(last_sentence(before), q.counted)
                    )
                    or (
                        bool(CORRESPONDING.search(text))
                        and counts(last_sentence(before), q.counted)
                    )
                    # "Under 2021–2023 deltog 64 personer. … hade 29 av dem ett arbete": of
                    # the people who took part, as "deltagare" asks.
                    or (
                        bool(PART_OF_THOSE.search(text))
                        and counts(last_sentence(before), PEOPLE)
                        and TextView(last_sentence(before)).mentions_term(q.counted)
                    )
                    # "Under 2024 tog kommunen emot 38 nyanlända … Det är färre än 2023, då
                    # kommunen tog emot 52 personer": the people the sentence before counted,
                    # received as the question asks.
                    or (
                        bool(others)
                        # (All of the question's other words in the sentence itself: "Hur
                        # många nyanlända barn …?" is not answered by "52 personer".)
                        and all(sentence.mentions_term(t) for t, _ in other_terms)
                        and counts(text, PEOPLE)
                        and counts(last_sentence(before), q.counted)
                    )
                ) and (not others or any(others))
            else:
                # Under a heading that is a question ("När är mötesplatsen öppen?", as in
                # questions and answers) the answer need not repeat the question's words.
                # A table row has no verbs: "Aktivitet: Dagläger; Period: Vecka 29–31" says
                # when the dagläger is held if it names everything else the question does.
                required_hit = (
                    q.event is not None
                    # "Hur många har lånat …?" counts people, not "14 dagar"; "Hur många
                    # dagar i veckan …?" counts days.
                    and (
                        q.kind != "quantity"
                        or counts_anyone(text)
                        or (
                            q.required is not None
                            # (a unit of measure only: "60 procent av deltagarna" counts no
                            # one who "deltar")
                            and MEASURED.fullmatch(f"2 {q.required.word}") is not None
                            and counts(text, q.required)
                        )
                    )
                    and (
                        sentence.mentions_term(q.event)
                        or (bool(VISITING.match(q.event.word)) and bool(CAME_TO.search(text)))
                        or (section.rstrip().endswith("?") and view.mentions_term(q.event))
                        # "När ska Kvarnen börja ha öppet på söndagar?": "ska ha öppet även
                        # på söndagar från januari 2025" says when it starts.
                        or (
                            bool(STARTING.match(q.event.word))
                            and bool(FROM_DATE.search(text))
                            and not UNDECIDED.search(text)
                            and all(
                                m for t, m in zip(q.terms, own, strict=True) if t is not q.event
                            )
                        )
                        or (
                            (bool(TABLE_ROW.match(text)) or scheduled(text))
                            and all(
                                m
                                for t, m in zip(q.terms, own, strict=True)
                                if t not in (q.event, q.event_complement)
                            )
                        )
                    )
                )
            # The question names another section of this document than the sentence's.
            # (Under a heading asking what the question asks, "Vad kostar det?", the section
            # answers, though another heading holds a question word: "Var kan jag läsa SFI?".)
            elsewhere = not heading_asks[i] and any(
                not m and named and t.word not in modifiers
                for t, m, named in zip(q.terms, matched, document.named_in_headings, strict=True)
            )
            if (
                q.kind == "time"
                and TIME_FIELD.match(text)
                and any(TextView(title_of[i]).mentions_term(t) for t in q.topic_terms)
            ):
                # "När hölls integrationsrådets möte?": a record's header ("Tid: 2 oktober
                # 2024 klockan 13.00") says when the meeting its title names was held.
                required_hit, elsewhere = True, False
            names_subject = all(view.mentions_entity(e) for e in q.subject)
            if i not in entities_in:
                entities_in[i] = self._entities_in_place(q, passages[i])
            out.append(
                _Candidate(
                    i,
                    s,
                    e,
                    text,
                    score,
                    has_value,
                    hits,
                    required_hit,
                    elsewhere,
                    names_subject,
                    names_someone=asks_person
                    and names_someone(text, q, asked, self.lowercase_words),
                    holds_ordinals=q.ordinals <= ordinal_in(f"{section} {text}"),
                    entities_here=entities_in[i],
                    about_other=about_other,
                    # A sentence that leans on one about another place or group is too.
                    contrasted=contrasts(text, q, document.siblings)
                    or (leans and contrasts(before, q, document.siblings))
                    # "Hur stor andel av kvinnorna …?": a figure for everyone is none for
                    # the women ("Bland kvinnor var andelen 59 procent" is).
                    or (
                        q.kind in ("quantity", "size")
                        and not names_asked_group(
                            # (or the sentence it leans on: "andelen unga som …" before "År
                            # 2022 var andelen 14 procent i Hästhagen")
                            f"{section} {text} {title_of[i]} {before if leans else ''}",
                            q,
                        )
                    )
                    # "Den 24 september genomfördes en vandring. 18 boende deltog": the
                    # sentences before one that names no time say when.
                    or (not TIME.search(text) and other_season(before, q.question))
                    or for_another_body(text, paragraph, document.names_not_own)
                    or wished_of(text, q)
                    or another_occasion(text, q)
                    or not speaks_of_next(text, q)
                    or placed_elsewhere(text, q)
                    or done_instead(text, q)
                    or (q.kind == "amount" and figure_of_another(text, q))
                    or for_a_part(text, q)
                    # "Målet är att andelen ska öka …" after the figure for Stångenäs.
                    or (leans and for_a_part(before, q))
                    or (
                        q.kind == "amount"
                        and shared_with_another(text, q.question, document.names_not_own)
                    ),
                    leans_on_previous=leans,
                    topic_hits=topic_hits,
                    # A fact line under a heading naming the place ("Fakta om Kuggeboda" /
                    # "Invånare: Cirka 2 300") states it with the place's name too.
                    names_own_places=all(
                        sentence.mentions_entity(n)
                        or (bool(ENTRY.match(text)) and TextView(section).mentions_entity(n))
                        # "Forsdala är … Där bor omkring 1 300 personer": "där" is the place
                        # the sentence before names.
                        or (bool(THERE.match(text)) and TextView(before).mentions_entity(n))
                        for n in document.names_not_own
                    ),
                    holds_role=q.role is None
                    or (
                        (view.mentions_term(q.role) or labels_role(text, q.role))
                        and not role_of_another(text, q)
                    ),
                    # "Vem samverkar kommunen med?": under the heading "Samverkan",
                    # "… drivs tillsammans med Region Uppsala" says who.
                    holds_action=q.action is None
                    # (Not by a doer's noun in the genitive: "delar förslagsställarens syn"
                    # names no one who lämnade the proposal.)
                    or TextView(AGENT_GENITIVE.sub(" ", f"{text} {again}")).mentions_term(q.action)
                    or TextView(section).mentions_term(q.action)
                    # "Vem ska redovisa lägesbilden …?": an agenda's item names who presents
                    # it after a dash ("2. Lägesbild för SFI – Anna Berg, rektor …").
                    or (bool(PRESENTING.match(q.action.word)) and bool(AGENDA_SPEAKER.match(text))),
                    years_here=all(
                        # "2023: –" in a table row: no figure for that year.
                        not EMPTY_YEAR_CELL.search(text.replace(year, "\0"))
                        and (
                            year in text
                            # "Under 2024 … jämfört med 1 600 året innan" for 2023.
                            or names_year_before(text, year)
                            # "Sommaren 2024 fick 85 … Det var 20 fler än året innan."
                            or (
                                bool(YEAR_BEFORE.search(text))
                                and names_year_before(f"{last_sentence(before)} {text}", year)
                            )
                            or year in section
                            or ((leans or refers_back(text, before)) and year in before)
                            or (
                                bool(NEXT_YEAR.search(text))
                                and written_year(section, passages[i].chunk.date or "")
                                == int(year) - 1
                            )
                            # A table row's year is in the text that introduces the table.
                            or year in _table_caption(passages[i].chunk.text, s)
                            # "i år" in a document of that year; a sentence naming another
                            # year ("år 2026"), or under a heading that does ("Det här har
                            # hänt 2023"), speaks of that one.
                            or (
                                passages[i].chunk.date.startswith(year)
                                and undated_figure(text)
                                and not names_other_year(section, year)
                                # "Vid trygghetsvandringen i oktober 2023 pekade de boende
                                # ut … Av 41 deltagare angav 33 …": the walk of 2023.
                                and not (
                                    names_other_year(last_sentence(before), year)
                                    and not THIS_YEAR.search(text)
                                )
                            )
                            # "Kommunen hade 24 extratjänster under året." in the
                            # "Årsredovisning 2023": the year the title names, if only that.
                            or (
                                year in title_of[i]
                                and not names_other_year(title_of[i], year)
                                and undated_figure(text)
                                and not names_other_year(section, year)
                                and not names_other_year(last_sentence(before), year)
                            )
                        )
                        for year in years
                    ),
                )
            )
        return out

    def _document_facts(
        self,
        q: QuestionAnalysis,
        doc_id: str,
        specifying: list[Term],
        population: set[str],
        specified: dict[str, Term | None],
    ) -> _DocumentFacts:
        """What a document says of the question's words, worked out once per question."""
        document = self.document_views[doc_id]
        paragraphs = self._read_document(doc_id).paragraphs
        meta = self.document_meta.get(doc_id, {})
        # Words of the title, and names in the details, name what the whole document is
        # about ("handlingsplanen", the municipality); short words ("fram", "klar") no subject.
        title = TextView(meta.get("title", ""))
        # The author of a motion or a letter is named by the document as a whole.
        details = TextView(
            " ".join(str(meta.get(k, "")) for k in ("title", "publisher", "municipality", "author"))
        )
        publisher = TextView(str(meta.get("publisher", "")))
        names = q.names
        siblings = self._siblings(doc_id, names)
        # A name the details hold alone is the whole document's subject; one they list with
        # others ("språkförskolor i Råslätt och Öxnehaga") is a part of it, like a name
        # they do not hold. The document's municipality is its subject however the text
        # lists it ("AB Bostäder i Borås och Polisen").
        municipality = TextView(str(meta.get("municipality", "")))
        # A name the title holds alone ("Områdesutveckling Nordost") is the whole
        # document's, though its text lists it with its parts ("Sätra, Andersberg och
        # Nordost centrum").
        title_series = name_series(meta.get("title", ""))
        local_names = [
            e
            for e in names
            if not details.mentions_entity(e)
            or (
                e in siblings
                and not municipality.mentions_entity(e)
                and not (title.mentions_entity(e) and not listed_with(title_series, e))
            )
        ]
        # "Språkvän är ett program där …" on a page titled on Språkvän: "program" is what
        # the whole page is about, though one paragraph says so.
        title_kinds = self._read_document(doc_id).title_kinds
        in_one_paragraph = [
            t
            for t in q.topic_terms
            if len(t.word) >= SUBJECT_MIN_CHARS
            and not title_kinds.mentions_term(t)
            # "Lycksele kommun": a municipality's documents speak of it anywhere.
            and t.word not in MUNICIPALITY_WORDS
            and not title.mentions_term(t)
            and t.word not in population
            # "action" of "action plan" (handlingsplan) is no "åtgärder" of its own.
            and t.word not in modifier_words(q)
            # "foreign-born people": Swedish names the group without a noun ("utrikes
            # födda"), so the paragraph need not say "personer".
            and not (t.word in GENERIC_PEOPLE and t.word in modified_words(q))
            and sum(p.mentions_term(t) for p in paragraphs) == 1
        ]
        # A thing the title names, or SUBJECT_PARAGRAPHS paragraphs speak of, is the whole
        # document's subject: "ombyggnaden av allaktivitetshuset" on a page about the house.
        specifiers = [
            t
            for t in specifying
            if not title.mentions_term(t)
            and sum(p.mentions_term(t) for p in paragraphs) < SUBJECT_PARAGRAPHS
        ]
        written_whole: set[str] = set()
        if specifiers:
            text = self._document_text(doc_id)
            written_whole = {
                t.word for t in specifiers if _writes_of_phrase(text, specified.get(t.word), t.word)
            }
        return _DocumentFacts(
            whole_terms=[
                document.term_match(t) == 1.0 or _titled_by_first_part(t, meta.get("title", ""))
                for t in q.terms
            ],
            by_publisher=[publisher.mentions_term(t) for t in q.terms],
            titled=[title.mentions_term(t) for t in q.terms],
            paragraph_terms=in_one_paragraph,
            paragraph_names=[
                e
                for e in local_names
                if sum(self._names(p, e) for p in paragraphs) == 1
                and not self._named_by_kind(doc_id, e, paragraphs)
                and not self._sets_the_scene(doc_id, e)
            ],
            placed_things=self._placed_things(doc_id, q, local_names),
            siblings={e: siblings[e] for e in local_names if e in siblings},
            specifiers=specifiers,
            named_in_headings=self._named_in_headings(q, doc_id, title),
            written_whole=frozenset(written_whole),
            # Not a name the money goes to ("avsatt för Mötesplats Västra Port").
            names_not_own=[
                e
                for e in names
                if not municipality.mentions_entity(e)
                and not re.search(
                    rf"\b(?:för|till|for|to)\s+(?:\w+\s+){{0,2}}{re.escape(e)}", q.question
                )
            ],
            names_beyond_municipality=any(not municipality.mentions_entity(e) for e in names),
        )

    def _siblings(self, doc_id: str, names: list[str]) -> dict[str, set[str]]:
        """Per name, the names the document lists it with (see `listed_with`), other than
        the question's own: "i Hässleholmen och Hulta" asks about both, as the text does."""
        if not names:
            return {}
        series = self._read_document(doc_id).name_series
        asked = {name.lower() for name in names}
        found = {name: listed_with(series, name) - asked for name in names}
        return {name: others for name, others in found.items() if others}

    def _read_document(self, doc_id: str) -> _DocumentReading:
        """A document's paragraphs and lists of names, read once and kept for the next
        questions."""
        if doc_id not in self._readings:
            if len(self._readings) >= PARAGRAPH_CACHE:
                self._readings.clear()
            chunks = self.document_chunks(doc_id)
            texts = dict.fromkeys(  # in order, once each (passages may share text)
                block
                for chunk in chunks
                for block in chunk.text.split("\n\n")
                if not looks_like_heading(block)
            )
            title = self.document_meta.get(doc_id, {}).get("title", "")
            first = next(iter(texts), "")
            spans = sentence_spans(first)
            whole = "\n".join(c.text for c in chunks)
            self._readings[doc_id] = _DocumentReading(
                paragraphs=[TextView(t) for t in texts],
                # The title too: "Språkförskolor i Råslätt och Öxnehaga".
                name_series=name_series("\n\n".join([title, *(c.text for c in chunks)])),
                lead=TextView(first[slice(*spans[0])] if spans else first),
                places=frozenset(m.lower() for m in IN_PLACE.findall(whole)),
                placed=tuple((TextView(thing), place) for thing, place in PLACED.findall(whole)),
                title_kinds=TextView(
                    " ".join(_kinds_of_named(whole, TextView(title)))
                    # An agenda or minutes is a meeting's, all of it: "möte" is what the
                    # whole document is about, though one item names it.
                    + (" möte" if MEETING_RECORD.search(title) else "")
                ),
            )
        return self._readings[doc_id]

    def _entities_in_place(self, q: QuestionAnalysis, passage: Passage) -> bool:
        """Whether every name of the question is in the passage, its section or its
        document's details (an abbreviation also by its long form). A document may name
        Alby in one paragraph and give the familjecentral in Fittja its money in another:
        that money is no answer to "Vad kostar familjecentralen i Alby?"."""
        chunk = passage.chunk
        meta = self.document_meta.get(chunk.doc_id, {})
        place = " ".join(
            (chunk.text, passage.section, chunk.title, chunk.publisher or "", chunk.date or "")
            + (str(meta.get("municipality", "")), str(meta.get("author", "")))
        )

        def names_all(text: str) -> bool:
            view, lowered = TextView(text), text.lower()
            return all(
                view.mentions_entity(e)
                or self.aliases.get(e.lower(), "\0") in lowered
                or names_year_before(text, e)
                for e in q.entities
            )

        # The section's earlier passages are read only when the passage itself falls short.
        return names_all(place) or names_all(" ".join((place, *self._section_before(chunk))))

    def _section_before(self, chunk) -> tuple[str, ...]:
        """The texts of the passages before `chunk` in its section (under the same heading,
        one after another): a long section is cut into passages, and the places its first
        passage names are its later passages' too ("… insatser i Holmängen och Öxnered" /
        "Insatserna ska följas upp …")."""
        before: list[str] = []
        for other in self.document_chunks(chunk.doc_id):
            if other.chunk_id == chunk.chunk_id:
                return tuple(before)
            if other.heading == chunk.heading:
                before.append(other.text)
            else:
                before = []  # another section: its places are not this one's
        return ()

    def _document_text(self, doc_id: str) -> str:
        """A document's whole text, its passages in order."""
        return "\n".join(c.text for c in self.document_chunks(doc_id))

    def _named_by_kind(self, doc_id: str, entity: str, paragraphs: list[TextView]) -> bool:
        """Whether the document introduces the name with a noun for its kind ("projektet
        Nya vägar") and speaks of that kind in other paragraphs too ("Projektet ska …",
        "projektledaren"): they are about the named thing, though they do not repeat it."""
        kind = re.search(
            rf"\b(\w{{3,}}(?:et|en|an|na)) {re.escape(entity)}\b", self._document_text(doc_id)
        )
        if kind is None:
            return False
        noun = _term(kind.group(1).lower(), "sv", self.vocabulary)
        return sum(p.mentions_term(noun) for p in paragraphs) >= SUBJECT_PARAGRAPHS

    def _placed_things(self, doc_id: str, q: QuestionAnalysis, names: list[str]) -> dict[str, Term]:
        """The question's things the document places at one of its names and at no other
        place: "starta ett lokalt resurscentrum i Ånäset" and no resurscentrum elsewhere
        makes "Resurscentrumet" further on the one in Ånäset."""
        located = self._read_document(doc_id).placed
        out = {}
        for name in names:
            for t in q.topic_terms:
                places = {place for thing, place in located if thing.mentions_term(t)}
                if places == {name}:
                    out[name] = t
        return out

    def _sets_the_scene(self, doc_id: str, entity: str) -> bool:
        """Whether the name is where the whole document takes place: its first sentence
        names it (a news item's lead: "Den 2 februari öppnar fritidsgården Gruvan i den
        gamla järnvägsstationen i Kopparberg.") and no paragraph names another place ("i
        Fittja"; the document's municipality aside). "Den förra fritidsgården stängdes
        2023" further down is Kopparberg's. A name further on in the opening paragraph
        ("Länsstyrelsen i Mellanlän startade nätverket") is one part's, as elsewhere."""
        if not self._names(self._read_document(doc_id).lead, entity):
            return False
        municipality = str(self.document_meta.get(doc_id, {}).get("municipality", ""))
        # (The country holds every place: "hur betyg fungerar i Sverige".)
        own = {entity.lower(), municipality.lower(), "sverige"}
        places = self._read_document(doc_id).places
        return all(p in own or p.removesuffix("s") in own for p in places)

    def _names(self, view: TextView, entity: str) -> bool:
        """Whether a text names the entity, itself or by an abbreviation the documents
        define for a name it is part of ("Delmos" for "Delegationen [mot segregation]")."""
        return view.mentions_entity(entity) or any(
            map(view.mentions_entity, self._abbreviations_of.get(entity.lower(), ()))
        )

    def _named_again(self, doc_id: str, text: str) -> str:
        """The names a sentence refers to by "samma …" ("650 000 kronor från samma
        delegation"): the document's name of that kind with what it is for or against
        ("Delegationen mot segregation"), or ""."""
        found = []
        for same in SAME_AS_BEFORE.finditer(text):
            noun = stem(same.group(1).lower())
            name = re.search(
                rf"\b{re.escape(noun[0].upper() + noun[1:])}\w*\s+(?:mot|för|om)\s+\w+",
                self._document_text(doc_id),
            )
            if name:
                found.append(name.group())
        return " ".join(found)

    def _said_in(self, c: _Candidate, passages: list[Passage], name: str) -> bool:
        """Whether a sentence names `name`: itself, by "samma …" (see `_named_again`), or,
        for its document's municipality, as "kommunen" ("som kommunen tog fram 2021")."""
        doc_id = passages[c.passage_index].chunk.doc_id
        if self._names(TextView(f"{c.text} {self._named_again(doc_id, c.text)}"), name):
            return True
        municipality = TextView(str(self.document_meta.get(doc_id, {}).get("municipality", "")))
        return municipality.mentions_entity(name) and bool(OWN_MUNICIPALITY.search(c.text))

    def _names_all_but_details(self, q: QuestionAnalysis, c: _Candidate, passages) -> bool:
        """Whether the sentence itself names each of the question's names that its
        document's details (title, publisher, municipality) do not: "Kommunen har inte sökt
        medel från Delegationen …" in Arboga's document names Arboga by "Kommunen"."""
        meta = self.document_meta.get(passages[c.passage_index].chunk.doc_id, {})
        details = TextView(
            " ".join(str(meta.get(k, "")) for k in ("title", "publisher", "municipality"))
        )
        sentence = TextView(c.text)
        return all(self._names(sentence, n) for n in q.names if not details.mentions_entity(n))

    def _named_in_headings(self, q: QuestionAnalysis, doc_id: str, title: TextView) -> list[bool]:
        """For each question term, whether a section heading of the document names it.

        A sentence whose section does not hold such a term is about another section
        ("Hur ofta träffas nätverket för enhetschefer?" against a sentence in the section
        about the other network). A term of the document's title is its whole subject, not
        one section's ("språkförskolor" in an answer about språkförskolor)."""
        headings = self.section_headings.get(doc_id, ())
        return [
            not title.mentions_term(t) and any(h.mentions_term(t) for h in headings)
            for t in q.terms
        ]

    def _said_by(self, c: _Candidate, passages: list[Passage], term: Term) -> bool:
        """Whether the sentence, its section or its document's publisher or author names
        `term` as the one speaking ("Kommunstyrelsen anser …", a reply from the board)."""
        chunk = passages[c.passage_index].chunk
        meta = self.document_meta.get(chunk.doc_id, {})
        speaker = f"{c.text} {passages[c.passage_index].section or chunk.heading} "
        speaker += f"{meta.get('publisher', '')} {meta.get('author', '')}"
        return TextView(speaker).mentions_term(term)

    def _of_documents_using(
        self, term: Term, candidates: list[_Candidate], passages: list[Passage]
    ) -> list[_Candidate]:
        """The candidates from documents that use `term` (all, when none does). A question
        naming no place ("Vad används pengarna från arvsfonden till?") is about the thing
        its rarest word names; a document that never uses the word speaks of another
        ("Pengarna ska användas till en familjecentral", on another grant)."""
        having = [
            c
            for c in candidates
            if self.document_views[passages[c.passage_index].chunk.doc_id].mentions_term(term)
        ]
        return having or candidates

    def _rarity(self, term: Term) -> float:
        """How rare a question word is in the documents: its rarest form's IDF (forms the
        documents never use, such as an English word's own, say nothing)."""
        return max((self.idf[f] for f in term.forms if f in self.idf), default=0.0)

    def _choose(
        self,
        q: QuestionAnalysis,
        candidates: list[_Candidate],
        passages: list[Passage],
        context: list[_Candidate],
    ) -> list[_Candidate]:
        """The quotes: the best candidates, with the list items, enumerated paragraphs and
        sentences before them that they need; those come from `context`, every sentence
        of the passages, since a list item need not hold the value a question asks for."""
        ranked = sorted(candidates, key=lambda c: -c.score)
        best = ranked[0]
        chosen = [best]
        # Amount and "Vilka …" questions want every relevant figure or item; others the best
        # sentence and close seconds.
        wants_all = q.kind == "amount" or q.asks_several
        margin = 0.25 if wants_all else 0.08
        for c in ranked[1:]:
            if len(chosen) >= self.max_sentences:
                break
            if c.score >= best.score - margin or (
                # Every amount a document gives for the same thing, however differently
                # worded: beside "fick 650 000 kronor" (2024) the sentence "Brandholmens
                # familjecentral har fått 900 000 kronor från Länsstyrelsen" (2025), which
                # names all the question names and holds as many of its words.
                q.kind == "amount"
                and q.names
                and passages[c.passage_index].chunk.doc_id
                == passages[best.passage_index].chunk.doc_id
                and c.has_value
                and c.term_hits >= max(1, best.term_hits)
                and all(self._said_in(c, passages, n) for n in q.names)
            ):
                chosen.append(c)
        if q.kind == "amount" and q.names and not q.asks_several:
            # Another document's sum for the same named thing, as close to the question
            # (another year's cost of the lighting in Araby): shown with its source and
            # date rather than silently picking one.
            _add_each_documents_best(
                ranked,
                chosen,
                passages,
                lambda c: (
                    c.has_value
                    and c.topic_hits >= best.topic_hits
                    and c.score >= best.score - OTHER_DOCUMENT_MARGIN
                    and all(self._said_in(c, passages, n) for n in q.names)
                ),
            )
        section_of = [p.section or p.chunk.heading for p in passages]
        if SUMMARY_HEADING.match(section_of[best.passage_index]):
            # A summary ("Kommunen tillstyrker förslaget om en längre etableringstid men …")
            # sums up what the section on the asked matter says in full ("4.2 Längre
            # etableringstid": "… att etableringstiden förlängs från två till tre år"):
            # that section's best sentence goes with it.
            detail = next(
                (
                    c
                    for c in ranked
                    if c not in chosen
                    and passages[c.passage_index].chunk.doc_id
                    == passages[best.passage_index].chunk.doc_id
                    # (by the word itself: "Föreslagna aktiviteter" is no section on the
                    # "sommarlovsaktiviteter" a summary sums up)
                    and any(
                        TextView(section_of[c.passage_index]).term_match(t) == 1.0
                        for t in q.topic_terms
                    )
                ),
                None,
            )
            if detail is not None:
                chosen.append(detail)
        if not q.names and not q.asks_several:
            # A question that names no place or body ("Hur ofta följs planen upp?"; a year
            # names neither) may be answered by several documents, each about its own
            # plan: another document's best sentence, as close to the question and nearly
            # as good, is shown too, with its source, rather than silently picking one.
            _add_each_documents_best(
                ranked,
                chosen,
                passages,
                lambda c: (
                    c.term_hits >= best.term_hits and c.score >= best.score - OTHER_DOCUMENT_MARGIN
                ),
            )
        if q.asks_several:
            # "Vilka kommuner …": the best sentence of each further document that answers well
            # enough, so an answer spread over several documents is not cut to one of them.
            # "Vilka kommuner har fått pengar …?": a document answers with its money, and is
            # measured against the best sentence that gives money.
            valued = q.wanted_value is not None
            top = max((c.score for c in ranked if c.has_value), default=0.0) if valued else 0.0
            top = top or best.score
            _add_each_documents_best(
                ranked,
                chosen,
                passages,
                lambda c: (
                    c.score >= top - LIST_MARGIN and c.term_hits > 0 and (c.has_value or not valued)
                ),
                max_documents=LIST_MAX_DOCUMENTS,
            )
        # A quote that introduces a list ("… fokuserar på tre huvudspår:") gets the list;
        # one that announces a number of things described paragraph by paragraph gets each
        # paragraph's opening ("Det ena projektet …").
        for c in list(chosen):
            if introduces_list(c, passages):
                chosen.extend(x for x in _list_after(c, context, passages) if x not in chosen)
            elif q.kind == "list" and c is best:
                chosen.extend(x for x in _enumerated_after(c, context, passages) if x not in chosen)
                listed = listed_term(q)
                if listed is not None:
                    chosen.extend(
                        x for x in _paragraph_after(c, listed, context, passages) if x not in chosen
                    )
        if q.kind == "list":
            # "Vilka är de prioriterade områdena?": two items of a list under its heading
            # are quoted; the list is quoted whole.
            for c in list(chosen):
                chosen.extend(x for x in _list_around(c, context, passages) if x not in chosen)
        if q.kind == "amount":
            # A table row's figures are in the unit its introduction gives ("Tabellen visar
            # … i tusen kronor"): that sentence goes with the row ("Budget 2024: 1 200").
            for c in list(chosen):
                if not TABLE_ROW.match(c.text) or AMOUNT.search(value_text(c.text, q.kind)):
                    continue
                caption = _table_caption(passages[c.passage_index].chunk.text, c.start)
                unit = [
                    x
                    for x in context
                    if x.passage_index == c.passage_index
                    and x.text in caption
                    and MONEY_UNIT_STATED.search(x.text)
                ]
                if unit and unit[-1] not in chosen:
                    chosen.append(unit[-1])
        # A quote that leans on the sentence before it gets that sentence as context.
        by_position = {(c.passage_index, c.end): c for c in context}

        def sentence_before(c: _Candidate) -> _Candidate | None:
            return next(
                (
                    p
                    for (i, end), p in by_position.items()
                    if i == c.passage_index
                    and end < c.start
                    and not c.text.startswith(p.text)
                    and c.start - end <= 3
                ),
                None,
            )

        if q.kind == "reason" and not any(CAUSE.search(c.text) for c in chosen):
            # "Varför avstyrker kommunen förslaget?": a bare verdict ("Kommunen avstyrker
            # förslaget.") is followed by its grounds in the same paragraph ("… kostade
            # kommunen 410 000 kronor, och utan statlig ersättning …").
            for c in list(chosen):
                if len(words(c.text)) > BARE_VERDICT_WORDS:
                    continue
                text = passages[c.passage_index].chunk.text
                following = next(
                    (
                        x
                        for x in context
                        if x.passage_index == c.passage_index
                        and x.start >= c.end
                        # (the next sentence on the same line)
                        and not text[c.end : x.start].strip()
                        and "\n" not in text[c.end : x.start]
                    ),
                    None,
                )
                if following is not None and following not in chosen:
                    chosen.append(following)
        for c in list(chosen):
            previous = sentence_before(c)
            leans = refers_back(c.text, previous.text) if previous else False
            if previous and previous not in chosen and (leans or c.leans_on_previous):
                chosen.append(previous)
                # "Sommaren 2023 fick 85 ungdomar feriejobb. Det var 20 fler än året innan.
                # Kostnaden var 1,3 miljoner kronor.": context opening with a pronoun says
                # nothing without the sentence before it.
                earlier = sentence_before(previous)
                if (
                    earlier
                    and earlier not in chosen
                    and next(iter(words(previous.text)), "") in PRONOUN_OPENINGS
                    and refers_back(previous.text, earlier.text)
                ):
                    chosen.append(earlier)
        return chosen

    def _described_documents(self, q, passages, eligible, describing) -> list[int]:
        """The best-ranked eligible passage of each document the question describes: every
        describing word in it (more than half of them for English questions, whose words
        the lexicon may not cover), best first, at most MAX_DESCRIBED."""
        needed = len(describing) if q.language == "sv" else len(describing) // 2 + 1
        found: dict[str, int] = {}
        for i in eligible:
            doc_id = passages[i].chunk.doc_id
            if doc_id not in found and self._words_used(doc_id, describing) >= needed:
                found[doc_id] = i
        return list(found.values())[:MAX_DESCRIBED]

    def _words_used(self, doc_id: str, terms: list[Term]) -> int:
        """How many of the question words the document uses (its text or its details)."""
        view = self.document_views[doc_id]
        return sum(view.mentions_term(t) for t in terms)

    def _authorship(self, q, passages, described: list[int], warnings) -> Answer:
        """ "Vem skrev …?": the author in each described document's details, cited with the
        passage that names the author (if retrieved) or else the document's opening."""
        sentences, citations = [], []
        for number, best in enumerate(described, start=1):
            chunk = passages[best].chunk
            author = self.document_meta[chunk.doc_id]["author"]
            surname = author.split("(")[0].split(",")[0].split()[-1]
            # Where the text does not name the author, the document's opening (its title)
            # is the passage the answer is about.
            opening = min(
                (i for i, p in enumerate(passages) if p.chunk.doc_id == chunk.doc_id),
                key=lambda i: passages[i].chunk.start,
            )
            shown = _passage_showing(passages, chunk.doc_id, surname, opening)
            cited = passages[shown]
            if surname not in cited.chunk.text:
                # The signature that names the author ("Anna Berg, Kommunstyrelsens
                # ordförande") may not be among the retrieved passages: cite it all the same.
                signed = next(
                    (c for c in self.document_chunks(chunk.doc_id) if surname in c.text), None
                )
                if signed is not None:
                    cited = Passage(signed, cited.score)
            if q.language == "en":
                sentences.append(
                    f"According to the document's details, “{chunk.title}” was written by "
                    f"{author}. [{number}]"
                )
            else:
                sentences.append(
                    f"Enligt dokumentets uppgifter skrevs ”{chunk.title}” av {author}. [{number}]"
                )
            citations.append(citation_from(number, cited))
        text = "\n".join(sentences)
        return Answer(q.question, text, True, "extractive", tuple(citations), tuple(warnings))

    def _publication(self, q, passages, best: int, warnings) -> Answer:
        """ "När publicerades …?": the date of the document the question is about (its best
        passage's), from the document's metadata, cited with that passage."""
        chunk = passages[best].chunk
        if not chunk.date:
            return self._refuse(q, passages, "value", warnings)
        # Cite the document's passage that shows the date ("13 mars 2024"), if retrieved.
        best = _passage_showing(passages, chunk.doc_id, chunk.date[:4], best)
        citation = citation_from(1, passages[best])
        who = f" ({chunk.publisher})" if chunk.publisher else ""
        if q.language == "en":
            text = f"“{chunk.title}”{who} is dated {chunk.date} in the document's details. [1]"
        else:
            text = f"”{chunk.title}”{who} är daterat {chunk.date} i dokumentets uppgifter. [1]"
        return Answer(q.question, text, True, "extractive", (citation,), tuple(warnings))

    def _compose(self, q, passages, chosen: list[_Candidate], warnings) -> Answer:
        # Documents in order of first use, a document's passages in reading order (an
        # enumeration reads "Det ena …" [2] before "Det andra …" [3]); quotes per passage in
        # text order.
        documents: list[str] = []
        for c in chosen:
            if passages[c.passage_index].chunk.doc_id not in documents:
                documents.append(passages[c.passage_index].chunk.doc_id)
        order = sorted(
            {c.passage_index for c in chosen},
            key=lambda i: (documents.index(passages[i].chunk.doc_id), passages[i].chunk.start),
        )
        quotes_of = {
            i: sorted((c for c in chosen if c.passage_index == i), key=lambda c: c.start)
            for i in order
        }
        citations = [
            citation_from(n + 1, passages[i], tuple((c.start, c.end) for c in quotes_of[i]))
            for n, i in enumerate(order)
        ]
        lines = []
        for n, i in enumerate(order, start=1):
            quotes = quotes_of[i]
            quoted = " ".join(f"”{_quote_text(c.text)}” [{n}]" for c in quotes)
            doc_type = self.document_meta.get(citations[n - 1].document, {}).get("type", "")
            label = _source_label(citations[n - 1], q.language, doc_type)
            if lines and lines[-1][0] == label:  # the same source says more: one lead-in
                lines[-1] = (label, f"{lines[-1][1]} {quoted}")
            else:
                lines.append((label, quoted))
        text = "\n".join(f"{label}: {quoted}" for label, quoted in lines)
        return Answer(q.question, text, True, "extractive", tuple(citations), tuple(warnings))

    def refuse_filtered(self, q: QuestionAnalysis, scope: str, warnings=()) -> Answer:
        """The refusal for a search filter that leaves no document to search."""
        return self._refuse(q, [], "filter", warnings, scope)

    def _refuse(self, q, passages, reason: str, warnings, scope: str = "") -> Answer:
        english = q.language == "en"
        names = (" and " if english else " och ").join(q.entities)
        explanation = REASONS[reason][english].format(names=names, scope=scope)
        text = f"{REFUSAL_EN if english else REFUSAL_SV} {explanation}"
        related = tuple(citation_from(n + 1, p) for n, p in enumerate(passages[:3]))
        if related:
            text += (
                " Närliggande avsnitt som kanske hör till frågan visas nedan."
                if q.language == "sv"
                else " Passages that may be related are listed below."
            )
        return Answer(q.question, text, False, "extractive", (), tuple(warnings), related)


def document_view(doc_id: str, text: str, meta: dict) -> TextView:
    """Words of a document plus its title, publisher, municipality, date and type
    ("artikeln", "interpellationssvaret" name a document by its type)."""
    fields = ("title", "publisher", "municipality", "date", "type")
    extra = " ".join(str(meta.get(k, "")) for k in fields)
    return TextView(f"{text} {extra}", with_capitals=True)
