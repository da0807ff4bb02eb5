"""The seventh round's rules: frames that say a word is not the writer's strain now.

A destination ("walked to work"), a past part then "fine now", a remembered death, a clause
after "and" that keeps someone else's subject, tears of being moved, sarcastic thanks, a tense
situation, kindness, rumination, a sorted row, what is owed and has not come, an exclaimed
plain event. The sentences are new (not rows of the labelled set); each assertion is what the
entry's chips would show (``ui.widgets.analysis_chips.chip_specs``) or what a rule returns.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.analyzer import analyse
from neuroleaf_desktop.domain.analysis.clauses import read_clauses
from neuroleaf_desktop.domain.analysis.frames import (
    continued_subject,
    destination,
    over_by_now,
    remembered,
)
from neuroleaf_desktop.domain.analysis.lexicon import tokenize
from neuroleaf_desktop.domain.analysis.stress_keywords import category_of
from neuroleaf_desktop.ui.widgets.analysis_chips import chip_specs


def _emotion_chips(text: str) -> set[str]:
    return {s.text for s in chip_specs(analyse("", text)) if s.kind == "emotion"}


def _categories(text: str) -> set[str | None]:
    return {category_of(k) for k, _w in analyse("", text).stress_keywords}


# -- a destination is where the writer went, not what strains them ---------------------------


def test_a_work_word_after_a_trip_to_it_is_a_destination() -> None:
    tokens = tokenize("cycled three miles to work")
    assert destination(tokens, 0, tokens.index("work"), "work", ())
    wanted = tokenize("i don't want to go to work")
    assert not destination(wanted, 0, wanted.index("work"), "work", ())  # a trip not made
    assert not destination(tokens, 0, tokens.index("work"), "health", ())  # only places


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Trains on strike again, drove to work in the rain.", {"commute"}),
        ("Roadworks everywhere, got to the office at ten.", set()),
        ("Dreading going to work tomorrow.", {"work"}),  # a feeling about it keeps it
        ("I don't want to go to work tomorrow.", {"work"}),
    ],
)
def test_destinations_and_wanted_trips(text: str, categories: set[str]) -> None:
    assert _categories(text) == categories


# -- a past part then "fine now" is over --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Was nervous about the dentist but it was totally fine.",
        "Last year was all debt and worry, this year I'm saving.",
        "I was scared the surgery would go wrong but it went fine.",
        "Was stressing about the interview, now I'm fine.",
    ],
)
def test_a_past_worry_that_went_fine_is_neither_stress_nor_anxiety(text: str) -> None:
    analysis = analyse("", text)
    assert analysis.stress_keywords == ()
    assert _emotion_chips(text) & {"Anxiety", "Sadness", "Anger"} == set()
    assert analysis.sentiment.label == "positive"


def test_a_worry_told_today_without_a_fine_ending_still_counts() -> None:
    assert "Anxiety" in _emotion_chips("I was so nervous before the interview.")
    assert _categories("Last week was all deadlines, this week is even worse.") == {"deadlines"}


def test_over_by_now_leaves_a_sentence_that_does_not_open_in_the_past() -> None:
    clauses = read_clauses("Nervous about the exam, but it's fine")
    assert over_by_now(clauses) == clauses


# -- a remembered death ---------------------------------------------------------------------


def test_a_remembered_death_is_not_a_family_stressor() -> None:
    assert remembered(tokenize("put flowers on grandad's grave"))
    assert not remembered(tokenize("grandad is in hospital"))
    assert _categories("Anniversary of mum's death, a quiet day at home.") == set()
    assert "family" in _categories("Mum is in hospital again and I'm scared.")


# -- a continued subject ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "My housemate lost her job and cried all night.",
        "My colleague missed the deadline and was fuming.",
        "She got the results and laughed for ages.",
    ],
)
def test_a_clause_after_and_that_opens_on_a_verb_keeps_their_subject(text: str) -> None:
    assert _emotion_chips(text) == set()
    assert analyse("", text).stress_keywords == ()


def test_the_writer_as_the_next_subject_keeps_their_feeling() -> None:
    assert "Sadness" in _emotion_chips("My housemate lost her job and I cried with her.")
    assert "Joy" in _emotion_chips("Friends came round for games, laughed all night.")  # comma
    first = read_clauses("my sister failed her test and cried")
    assert continued_subject(first)[-1].hits == ()


# -- tears, thanks, tension, kindness, rumination -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Cried at my son's graduation.",
        "Cried through the whole first dance at the wedding.",
        "I cried when the baby grabbed my finger.",
    ],
)
def test_tears_at_an_event_with_nothing_sad_are_being_moved(text: str) -> None:
    assert "Sadness" not in _emotion_chips(text)
    assert analyse("", text).stress_keywords == ()


def test_tears_with_something_sad_are_still_sadness() -> None:
    assert "Sadness" in _emotion_chips("Cried at the vet when they said it was cancer.")
    assert "Sadness" in _emotion_chips("Cried on the bus home.")


def test_thanks_a_lot_is_sarcasm_but_thank_you_is_thanks() -> None:
    assert "Gratitude" not in _emotion_chips("Thanks a lot, bank, for the overdraft fee.")
    assert "Gratitude" in _emotion_chips("Thank you to my sister for sitting with me.")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Things at home are tense since the row.", False),  # a situation
        ("The meeting was tense.", False),
        ("I feel tense and on edge.", True),  # the writer's own
    ],
)
def test_tense_is_anxiety_only_when_the_writer_feels_it(text: str, shown: bool) -> None:
    assert ("Anxiety" in _emotion_chips(text)) is shown
    assert analyse("", text).sentiment.label in ("negative", "mixed")


def test_kindness_is_good_news_not_thanks_and_rumination_is_not_hope() -> None:
    kind = analyse("", "My neighbour was so kind today.")
    assert _emotion_chips("My neighbour was so kind today.") == set()
    assert kind.sentiment.label == "positive"
    assert "Hope" not in _emotion_chips("I keep going over the meeting in my head.")
    assert "Anger" not in _emotion_chips("Was shouting over the music all night at the pub.")
    assert "Sadness" not in _emotion_chips("A pupil thanked me today, I nearly cried.")


# -- settled, owed, exclaimed ------------------------------------------------------------------


def test_a_row_said_to_be_sorted_is_over() -> None:
    assert _categories("The argument with my dad is sorted now.") == set()
    assert "conflict" in _categories("The argument with my dad is still going.")


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("The landlord hasn't replied about the boiler in a week.", {"home"}),
        ("Agency still not paid me for March, rent due Monday.", {"money", "deadlines"}),
    ],
)
def test_what_is_owed_and_has_not_come_is_strain(text: str, categories: set[str]) -> None:
    assert _categories(text) <= categories and _categories(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Got my first commission today!", "positive"),
        ("Ran 10k without stopping!!", "positive"),
        ("Migraine again!", "negative"),  # a stressor is not good news
    ],
)
def test_an_exclaimed_plain_event_reads_positive(text: str, label: str) -> None:
    assert analyse("", text).sentiment.label == label


def test_pupils_a_missed_appointment_and_calling_in_sick_are_not_stressors() -> None:
    assert "family" not in _categories("A kid in my class was sick on the carpet, grim.")
    assert "health" not in _categories("Train was late and I missed my appointment, annoyed.")
    assert "health" not in _categories("Called in sick, couldn't face the office.")


# -- conditions, greetings, strangers, held-back feelings, days, questions -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "If the scan is clear, I'll be so relieved.",
        "If I get the flat we'll be over the moon.",
    ],
)
def test_the_consequent_of_a_condition_is_not_felt_now(text: str) -> None:
    assert _emotion_chips(text) == set()


def test_a_day_greeting_is_not_joy_and_a_feeling_before_a_day_is_not_a_name() -> None:
    assert _emotion_chips("Happy Monday everyone!") == set()
    assert "Loneliness" in _emotion_chips("Lonely Saturday, nobody about.")
    assert "Sadness" in _emotion_chips("Sad Christmas without dad this year.")


def test_a_strangers_quarrel_and_anger_are_theirs() -> None:
    text = "A woman in the queue shouted at the cashier."
    assert _emotion_chips(text) == set() and analyse("", text).stress_keywords == ()
    assert "conflict" in _categories("Argued with a stranger in the queue.")  # the writer's
    assert "conflict" in _categories("Mum and dad were bickering all through lunch.")


def test_a_feeling_held_back_is_still_felt() -> None:
    assert "Sadness" in _emotion_chips("Trying not to be hurt that nobody came.")
    assert "Anxiety" in _emotion_chips("Trying not to panic about the bill.")
    assert "Anxiety" not in _emotion_chips("Not panicking at all, which is new.")


def test_good_news_asked_about_is_not_news_and_a_stress_ball_is_a_thing() -> None:
    assert analyse("", "Should I ask about the pay rise?").sentiment.label != "positive"
    assert _emotion_chips("The stress ball on my desk is shaped like a cat.") == set()


def test_a_trouble_said_to_be_finished_is_good_news_but_a_bill_paid_is_logistics() -> None:
    assert analyse("", "Coursework finished at last.").sentiment.label == "positive"
    assert analyse("", "The boiler's fixed.").sentiment.label == "positive"
    assert analyse("", "Paid the water bill.").sentiment.label == "neutral"


def test_a_quarrel_between_others_or_with_oneself_is_not_the_writers() -> None:
    assert "conflict" not in _categories("Heard the neighbours arguing again, poor kids.")
    assert _categories("Argued with myself about the shoes, bought them anyway.") == set()
    assert "conflict" in _categories("The neighbours argued with me about the fence.")


def test_an_instruction_to_feel_is_not_the_feeling_and_a_feared_outcome_that_did_not_come() -> None:
    assert _emotion_chips("Calm down, it's only a quiz, I told myself.") == set()
    assert "Calm" in _emotion_chips("Breathing slowly helped me calm down.")
    assert _emotion_chips("Worried the pharmacy would be shut, but it was open.") == set()
    assert "Anger" in _emotion_chips("I was furious at first but we sorted it out.")  # today's
