"""Misspelt domain words are put right before searching (assistant/spelling.py)."""

from __future__ import annotations

import pytest

from assistant.spelling import DOMAIN_TERMS, closest_term, correct_domain_spelling, edit_distance

ARCHIVE_WORDS = {"needled", "versions", "upping", "session", "how", "much", "cost", "drive"}


def known(word: str) -> bool:
    return word in ARCHIVE_WORDS


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("acupunture", "acupuncture"),
        ("accupuncture", "acupuncture"),
        ("acupucture", "acupuncture"),
        ("acupunturists", "acupuncturists"),
        ("migrane", "migraine"),
        ("migranes", "migraines"),
        ("rhuematoid", "rheumatoid"),  # two letters swapped
        ("warfrin", "warfarin"),
        ("appoinment", "appointment"),
        ("hedache", "headache"),
        ("sesion", "session"),
    ],
)
def test_a_slip_in_a_domain_word_is_put_right(typed: str, meant: str) -> None:
    assert correct_domain_spelling(f"is {typed} ok", known) == f"is {meant} ok"


@pytest.mark.parametrize(
    "word",
    [
        "versions",  # two edits from "sessions", but a short word: two edits are too many
        "upping",  # one edit from "cupping", but another first letter
        "needled",  # a word the archive knows
        "tinnitus",  # already a term
        "dog",  # too short to judge
        "cuppa",
    ],
)
def test_other_words_are_left_alone(word: str) -> None:
    assert correct_domain_spelling(f"the {word} here", known) == f"the {word} here"


def test_punctuation_spacing_and_other_words_are_kept() -> None:
    text = "Acupunture -- how much per go?!\n(drive after?)"
    assert correct_domain_spelling(text, known) == "acupuncture -- how much per go?!\n(drive after?)"


def test_edit_distance_counts_a_swap_as_one() -> None:
    assert edit_distance("rhuematoid", "rheumatoid") == 1
    assert edit_distance("abc", "abc") == 0
    assert edit_distance("", "abc") == 3
    assert edit_distance("kitten", "sitting") == 3


def test_terms_are_lower_case_and_distinct() -> None:
    assert len(set(DOMAIN_TERMS)) == len(DOMAIN_TERMS)
    assert all(term == term.lower() and term.isalpha() for term in DOMAIN_TERMS)
    assert closest_term("zzzzzz") is None


def test_a_two_word_term_typed_as_one_is_split() -> None:
    assert correct_domain_spelling("hayfever needles evidence", known) == "hay fever needles evidence"
    assert correct_domain_spelling("Guasha bruises?", known) == "gua sha bruises?"


def test_a_one_word_term_typed_as_two_is_joined() -> None:
    assert correct_domain_spelling("electro acupuncture what is it", known) == "electroacupuncture what is it"
    assert correct_domain_spelling("Is Electro-Acupuncture safe?", known) == "Is electroacupuncture safe?"
    # Only the whole term: "an electro acupuncturist" is left alone.
    assert correct_domain_spelling("an electro acupuncturist", known) == "an electro acupuncturist"


def test_only_listed_terms_are_split() -> None:
    # "breast feeding" would match the breast-cancer pages
    assert correct_domain_spelling("breastfeeding and needles", known) == "breastfeeding and needles"


def test_a_name_typed_without_its_apostrophe_gets_it_back() -> None:
    assert correct_domain_spelling("bells palsy acupuncture when", known) == "bell's palsy acupuncture when"
    assert correct_domain_spelling("Bells Palsy?", known) == "bell's palsy?"
    # Church bells are not a palsy.
    assert correct_domain_spelling("church bells keep me awake", known) == "church bells keep me awake"


def test_round_twenty_five_search_box_slips() -> None:
    assert (
        correct_domain_spelling("trigeminal nueralgia acupunture", known)
        == "trigeminal neuralgia acupuncture"
    )
    assert correct_domain_spelling("restles legs acupunture", known) == "restless legs acupuncture"
