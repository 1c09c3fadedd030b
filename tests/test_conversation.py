"""Follow-up questions rewritten with the previous turn (no language model)."""

import pytest

from assistant.answering import analyse_question
from assistant.conversation import rewrite_follow_up


@pytest.mark.parametrize(
    ("previous", "follow_up", "expected"),
    [
        ("Hur mycket fick Norrby?", "Och Sunnvik då?", "Hur mycket fick Sunnvik?"),
        (
            "Hur mycket fick Norrbys skolor 2019?",
            "Och 2020 då?",
            "Hur mycket fick Norrbys skolor 2020?",
        ),
        ("How much did Norrby get?", "What about Sunnvik?", "How much did Sunnvik get?"),
        (
            "Vad fick Sunnvik för stöd?",
            "Hur mycket var det?",
            "Hur mycket var det (Sunnvik, stöd)?",
        ),
        ("Vilka områden nämns i Sunnvik?", "Hur många bor där?", "Hur många bor där (Sunnvik)?"),
        ("Vad gör Norrby mot segregation?", "Och skolan då?", "Och skolan då (Norrby)?"),
    ],
)
def test_follow_ups_take_the_previous_subject(previous, follow_up, expected):
    assert rewrite_follow_up(follow_up, previous, analyse_question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Vad är GVI?",
        "Vilka kommuner har fått statligt stöd mot segregation?",
        "Vad innebär det att ett område är socioekonomiskt utsatt?",
        "Hur mycket fick Sunnvik?",
    ],
)
def test_standalone_questions_are_left_alone(question):
    assert rewrite_follow_up(question, "Hur mycket fick Norrby?", analyse_question) == question


def test_first_question_is_left_alone():
    assert rewrite_follow_up("Och Sunnvik då?", None, analyse_question) == "Och Sunnvik då?"
