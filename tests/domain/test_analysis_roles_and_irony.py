"""Triggers judged by their record across every writer: roles, other senses, irony, strain.

Why: a chip about a person must be true. Auditing each trigger's right and wrong chips over
all writers' labelled sets showed uses that were wrong for several writers at once: a
feeling word naming a role or a thing taught ("teaching calm", "the calm one"), "dreadful"
as a verdict on a thing, a thing that "feels like a" threat, a road's hard shoulder, the job
centre, a delay with no journey named, a job named as what pays, a family word in a
likeness. Irony writers meant: thanks said to someone by name with nothing pleasant beside
it ("…, thanks Gary"), praise closing a sentence about a mishap. Own feelings and strain the
lexicon missed: feeling like a monster or a drain (shame), lying awake turning one thing
over (worry), an exam told as unprepared as its date nears, sleep said to be shot. Each case
shows the trigger both ways; the sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


def stress(text: str) -> frozenset[str]:
    return predict(text).stress


def emotions(text: str) -> frozenset[str]:
    return predict(text).emotions


# --- a feeling word naming a role or a thing taught is no feeling had --------------------


@pytest.mark.parametrize(
    "text",
    [
        "Selling calm to stressed executives all day while my own inbox is on fire.",
        "Always the calm one at family dinners and then I cry in the car after.",
        "Taught calm breathing to thirty teenagers who would rather be anywhere else.",
    ],
)
def test_calm_as_a_role_or_a_lesson_is_not_calm(text: str) -> None:
    assert "calm" not in emotions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sat by the canal after work and felt calm for the first time this week.",
        "Finished the yoga class feeling calm and loose.",
    ],
)
def test_calm_felt_still_chips(text: str) -> None:
    assert "calm" in emotions(text)


# --- "dreadful" judges; dread itself is worry ---------------------------------------------


def test_dreadful_as_a_verdict_is_not_anxiety() -> None:
    assert "anxiety" not in emotions("The new carpet my aunt chose is dreadful, I smiled anyway.")


@pytest.mark.parametrize(
    "text",
    ["I'm dreading the audit on Thursday.", "I dread the phone ringing after nine."],
)
def test_dread_felt_is_still_anxiety(text: str) -> None:
    assert "anxiety" in emotions(text)


# --- a thing likened is not the writer; the writer likened to something bad is shame -----


def test_a_thing_that_feels_like_a_threat_is_no_shame() -> None:
    assert "shame" not in emotions("Every letter from the council feels like a threat lately.")


@pytest.mark.parametrize(
    "text",
    [
        "Yelled at the dog for barking and now I feel like a monster.",
        "Mum pays for my phone again and I feel like a drain.",
        "Felt like a nuisance asking the nurse a third time.",
    ],
)
def test_feeling_like_something_condemned_is_shame(text: str) -> None:
    assert "shame" in emotions(text)


# --- other senses of stressor words -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Puncture on the hard shoulder at midnight, lorries thundering past.", "health"),
        ("Another job centre form lost in the post, infuriating.", "work"),
        ("The unemployment office kept me waiting two hours, miserable.", "work"),
        ("Fabric delay means the curtains won't be up before the party, gutted.", "commute"),
        ("Printer delays again and the leaflets are still not done, awful.", "commute"),
    ],
)
def test_a_word_in_another_sense_is_no_stressor(text: str, category: str) -> None:
    assert category not in stress(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("My shoulder is in agony after the gym.", "health"),
        ("Train delayed forty minutes again, missed the start of my shift.", "commute"),
        ("The bus was delayed by roadworks and I was late for the interview.", "commute"),
    ],
)
def test_the_same_words_still_chip_in_their_own_sense(text: str, category: str) -> None:
    assert category in stress(text)


def test_a_job_named_as_what_pays_is_money_not_work() -> None:
    got = stress("Diesel's gone up again and this contract pays the same as 2019, so stressful.")
    assert "money" in got and "work" not in got


def test_a_boss_who_pays_late_is_still_the_work() -> None:
    assert "work" in stress("My boss is paying me late again and I'm sick of it.")


def test_a_family_word_in_a_likeness_names_no_relative() -> None:
    text = "Revising at midnight like one of the kids, exam in three days and I've done half."
    got = stress(text)
    assert "family" not in got and "study" in got


# --- irony the writers meant --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Apparently my report is "a bit long", cheers Martin.',
        "Thank you, Royal Mail, for the third missing parcel this month.",
    ],
)
def test_thanks_said_to_someone_by_name_is_irony(text: str) -> None:
    got = emotions(text)
    assert "gratitude" not in got and "anger" in got


@pytest.mark.parametrize(
    "text",
    [
        "Thank you, universe, for a calm and sunny Sunday.",
        "Neighbour fixed my fence without being asked, so grateful.",
    ],
)
def test_thanks_with_something_pleasant_is_still_thanks(text: str) -> None:
    assert "gratitude" in emotions(text)


def test_praise_closing_a_mishap_is_irony() -> None:
    got = emotions("Laptop crashed and ate the whole morning's notes, brilliant.")
    assert "joy" not in got and "anger" in got


def test_praise_closing_a_good_moment_is_meant() -> None:
    assert "anger" not in emotions("Sat in the garden with a coffee before anyone woke, lovely.")


# --- own strain the lexicon missed --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lay awake over the figures for the landlord meeting.",
        "Lying awake wondering how we'll cover the car repair.",
        "Lie awake doing the sums on the new rent every night.",
    ],
)
def test_lying_awake_turning_one_thing_over_is_worry(text: str) -> None:
    assert "anxiety" in emotions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lying awake at two again, nothing on my mind, just awake.",
        # going over a task is preparing as often as worrying
        "Lay awake going over my lines, opening night is tomorrow.",
    ],
)
def test_lying_awake_alone_names_no_worry(text: str) -> None:
    assert "anxiety" not in emotions(text)


def test_an_exam_told_as_unprepared_is_strain() -> None:
    assert "study" in stress("Bar exam in six days and I've done a third of the reading.")


def test_one_of_the_best_is_a_rank_not_a_share_done() -> None:
    assert "study" not in stress("My tutor said my essay was one of the best this year.")


@pytest.mark.parametrize(
    "text",
    ["Awful week, wide awake from four every morning.", "Sleep's shot since the new rota started."],
)
def test_sleep_said_to_be_wrecked_is_poor_sleep(text: str) -> None:
    assert "sleep" in stress(text)


def test_sleep_named_well_is_no_strain() -> None:
    assert "sleep" not in stress("Slept like a log after the long walk, lovely.")
