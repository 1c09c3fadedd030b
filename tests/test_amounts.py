"""Amounts compared as values, however they are written."""

import pytest

from assistant.amounts import parse_amounts, same_amount, shares_amount


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("fick 11.5 miljoner för 2018", 11_500_000),
        ("11,5 mnkr", 11_500_000),
        ("11 500 000 kronor", 11_500_000),
        ("11\u00a0500 tkr", 11_500_000),
        ("600 000 kr", 600_000),
        ("0,6 miljoner kronor", 600_000),
        ("1,2 miljoner kronor", 1_200_000),
        ("3 miljarder", 3_000_000_000),
    ],
)
def test_common_writings_give_the_value(text, value):
    (amount,) = parse_amounts(text)
    assert same_amount(amount.value, value)


def test_numbers_without_money_words_are_not_amounts():
    assert parse_amounts("Den 1 januari 2018 fanns 32 kommuner och 12 procent.") == []


def test_sentences_sharing_an_amount():
    assert shares_amount("Totalt tilldelas projekten 600 000 kronor.", [600_000.0])
    assert not shares_amount("Totalt tilldelas projekten 700 000 kronor.", [600_000.0])


def test_an_amount_in_the_question_finds_the_sentence_with_that_value(fake_assistant):
    docs = fake_assistant.settings.documents_dir
    (docs / "a.txt").write_text(
        "---\ntitle: Plan\npublisher: Norrby kommun\ndate: 2024\n---\n"
        "Norrby fick 0,6 miljoner kronor för läxhjälp.\n\n"
        "Norrby fick 2 miljoner kronor för feriejobb.\n",
        encoding="utf-8",
    )
    fake_assistant.index(progress=False)
    answer = fake_assistant.ask("Vad fick Norrby 600 000 kr för?")
    assert answer.answered and "läxhjälp" in answer.text.split("[1]")[0]
