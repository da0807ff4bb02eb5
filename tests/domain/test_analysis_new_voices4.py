"""Twentieth round: whose feeling or strain a word names, whether it is over, and irony.

Each cause of a wrong chip found in a blind batch is tested here with sentences written for
these tests (none is taken from the labelled sets), each beside a near miss that must keep its
chip: a feeling word that describes a person or a talk beside the writer's own; a group's and
a carried subject's feeling beside the writer's; a past told from now beside a trouble still
going on; idioms that borrow a stressor word beside the stressor itself; other people's job
loss beside the writer's; irony at a trouble beside heartfelt delight.
"""

from __future__ import annotations

import pytest

from tests.support.analysis_chips import chips


@pytest.mark.parametrize(
    ("text", "emotion"),
    [
        ("Drove a nervous eighty-year-old to her hip appointment this morning.", "anxiety"),
        ("Spent the afternoon settling an anxious patient before his scan.", "anxiety"),
        ("Booked the room for a calm talk with the new starter on Friday.", "calm"),
        ("Had to ring an angry pupil's parents after school.", "anger"),
    ],
)
def test_a_feeling_word_describing_a_person_or_a_talk_is_not_the_writers(
    text: str, emotion: str
) -> None:
    _, emotions, _ = chips(text)
    assert emotion not in emotions


@pytest.mark.parametrize(
    ("text", "emotion"),
    [
        ("I was a nervous wreck before the driving test.", "anxiety"),
        ("Felt calm for the first time in weeks after the chat with my sister.", "calm"),
        ("I'm so anxious about the biopsy results.", "anxiety"),
    ],
)
def test_the_writers_own_feeling_beside_such_words_stays(text: str, emotion: str) -> None:
    _, emotions, _ = chips(text)
    assert emotion in emotions


@pytest.mark.parametrize(
    ("text", "emotion"),
    [
        ("The cat's owner was in tears when she picked him up after the operation.", "sadness"),
        ("Ate my sandwich in the van while the whole crew laughed at a video inside.", "joy"),
        ("My cousin got her results, she's seventeen and terrified.", "anxiety"),
    ],
)
def test_someone_elses_or_a_groups_feeling_is_theirs(text: str, emotion: str) -> None:
    _, emotions, _ = chips(text)
    assert emotion not in emotions


@pytest.mark.parametrize(
    "text",
    [
        "Phoned my brother in tears after the funeral.",
        "I was in tears on the bus home after the meeting.",
    ],
)
def test_the_writers_own_tears_stay_sadness(text: str) -> None:
    _, emotions, _ = chips(text)
    assert "sadness" in emotions


@pytest.mark.parametrize(
    "text",
    [
        "My first winter on the stall I panicked about every wet Saturday. "
        "I've stopped checking the forecast every night.",
        "In my first year of nursing I dreaded every night shift. "
        "Now I settle a frightened patient without thinking about it.",
        "Failed my theory test first time and thought I'd never drive. "
        "Passed it the next month and it barely crosses my mind now.",
    ],
)
def test_a_hard_start_told_from_a_settled_present_is_over(text: str) -> None:
    stress, emotions, polarity = chips(text)
    assert not emotions & {"anxiety", "sadness", "shame"}
    assert not stress
    assert polarity != "neg"


def test_a_hard_start_still_going_on_keeps_its_worry() -> None:
    _, emotions, _ = chips(
        "My first term teaching I dreaded every Monday and I'm still anxious on Sunday nights."
    )
    assert "anxiety" in emotions


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I'm scared sick about telling the head what I found in the accounts.", "health"),
        ("Evening classes after full shifts, my head's fried by Thursday.", "deadlines"),
        ("Sat on my own all evening at the office do, nobody came over.", "work"),
        ("Twenty staff were laid off at the warehouse down the road.", "work"),
    ],
)
def test_words_that_only_borrow_a_stressor_or_are_others_troubles_are_none(
    text: str, category: str
) -> None:
    stress, _, _ = chips(text)
    assert category not in stress


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Felt sick all night and the doctor can't see me till Monday.", "health"),
        ("Essay due by Thursday and I'm knackered already.", "deadlines"),
        ("I got laid off this morning along with twenty others.", "work"),
    ],
)
def test_the_stressor_itself_still_counts(text: str, category: str) -> None:
    stress, _, _ = chips(text)
    assert category in stress


def test_behind_the_counter_is_a_place_and_leaves_a_plan_neutral() -> None:
    stress, emotions, polarity = chips("Team breakfast on Friday, tab behind the counter.")
    assert not stress and not emotions
    assert polarity == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "Four hours queuing at the council about my housing benefit again. What fun.",
        "Can't wait to fill in the same form a third time for a man who's just lost his job. "
        "Such a joy.",
    ],
)
def test_a_closing_exclamation_of_delight_after_a_trouble_is_irony(text: str) -> None:
    _, emotions, polarity = chips(text)
    assert not emotions & {"joy", "hope"}
    assert "anger" in emotions
    assert polarity == "neg"


def test_a_closing_exclamation_after_good_news_is_joy() -> None:
    _, emotions, polarity = chips("Took my nephew to the aquarium for the first time. Such a joy.")
    assert "joy" in emotions
    assert polarity == "pos"


def test_a_mock_promise_with_thanks_is_anger_and_a_plain_plan_is_not() -> None:
    _, emotions, polarity = chips(
        "Everyone says just relax. Right, I'll just relax while the rota falls apart, thanks."
    )
    assert "gratitude" not in emotions and "anger" in emotions
    assert polarity != "pos"
    _, emotions, _ = chips("Right, I'll book the plumber for Tuesday, thanks.")
    assert "anger" not in emotions


def test_a_quarrel_the_writer_concedes_is_no_anger() -> None:
    _, emotions, _ = chips(
        "A tenant shouted at me about the repairs, and fair enough, but it stung."
    )
    assert "anger" not in emotions
    _, emotions, _ = chips("A tenant shouted at me about the repairs for ten minutes.")
    assert "anger" in emotions


def test_luck_after_a_mishap_is_no_thanks() -> None:
    _, emotions, _ = chips("Sliced my finger on the mandoline. Three stitches, lucky really.")
    assert "gratitude" not in emotions
    _, emotions, _ = chips("Lucky to have neighbours who check in on me every day.")
    assert "gratitude" in emotions


def test_a_trouble_in_a_relative_clause_about_someone_else_is_theirs() -> None:
    stress, _, _ = chips("Spent all morning helping a woman who'd just been evicted.")
    assert "home" not in stress
    stress, _, _ = chips("The landlord who evicted me still hasn't returned the deposit.")
    assert "home" in stress


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("My brother and I had a right row about who pays for the funeral.", "conflict"),
        ("A parent at the school gate called me names in front of my kids.", "conflict"),
        ("Accounts due end of March and I haven't touched the receipts.", "deadlines"),
    ],
)
def test_a_row_told_with_an_adjective_and_a_month_end_limit_are_stressors(
    text: str, category: str
) -> None:
    stress, _, _ = chips(text)
    assert category in stress


def test_a_month_end_limit_met_is_no_deadline() -> None:
    stress, _, polarity = chips("Sent the accounts in by the end of March, all sorted.")
    assert "deadlines" not in stress
    assert polarity != "neg"


def test_an_illness_of_someone_named_by_a_relative_clause_is_theirs() -> None:
    stress, _, _ = chips("The lollipop man who waved me across for years has had a heart attack.")
    assert "health" not in stress
    stress, _, _ = chips("The physio who fixed my knee has cancer and has closed the clinic.")
    assert "health" not in stress


def test_a_close_persons_illness_or_the_writers_own_stays() -> None:
    stress, _, _ = chips("My mum who lives on her own has had a stroke and I'm worried sick.")
    assert "health" in stress
    stress, _, _ = chips("The consultant who saw me says the tumour has grown and I'm terrified.")
    assert "health" in stress
