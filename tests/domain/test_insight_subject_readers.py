"""Readers of what a question is about, each both ways (a question that now maps, a look-alike
that keeps its topic): a weighing asked inside another sentence ("can you tell me if …"), a
claim put as "is it true that" which names the person, a name or place inside a simile, songs
named by their kind as music, a doing named by its definite object and place, "washed out" as
energy, and "nerves" typed without its vowel."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights.extract import subject_in
from neuroleaf_desktop.domain.insights.topics import WORLD, classify
from neuroleaf_desktop.domain.insights.wording import repaired
from tests.support.insight_topics import DEMO_ACTIVITIES, topic_of


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("can you tell me if sketching at the kitchen table does anything for me",
         ("activity", "sketching")),
        ("pls tell me if jogging helps when I feel low", ("activity", "exercise")),
        ("my counsellor wants to know if the gardening club has helped my mood",
         ("activity", "gardening")),
        ("I keep wondering whether the chess club has eased my worries",
         ("activity", "chess club")),
    ],
)  # fmt: skip
def test_a_weighing_asked_inside_another_sentence_names_its_thing(
    question: str, expected: tuple[str, str]
) -> None:
    assert topic_of(question) == expected


def test_an_embedded_question_without_a_weighing_names_no_thing() -> None:
    # a modal is no part of the thing: "the weather will" is not a subject
    assert topic_of("I wonder if the weather will help")[1] == ""
    assert topic_of("can you tell me if it's going to rain tomorrow") == ("unknown", "")


def test_is_it_true_that_about_the_person_asks_the_journal() -> None:
    question = "is it true that not drinking in the week helps me feel less anxious?"
    assert topic_of(question) == ("activity", "alcohol")


def test_is_it_true_that_about_no_one_stays_a_question_about_the_world() -> None:
    topic = classify("is it true that cold showers cure anxiety", activities=DEMO_ACTIVITIES)
    assert (topic.kind, topic.matched) == ("unknown", (WORLD,))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("whats been going on the weeks I feel like a wet weekend in Rhyl", ("low_mood", "")),
        ("my face looks like a wet week in Margate, what lifts me", ("low_mood", "")),
        ("tossing about like a seal on Brighton beach all night, what helps me get some rest",
         ("sleep", "")),
    ],
)  # fmt: skip
def test_a_place_inside_a_simile_is_no_subject(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does a weekend in Rhyl help", ("activity", "Rhyl")),
        # a wish, not a simile
        ("I'd like a day in Paris, would it help my mood", ("activity", "Paris")),
    ],
)
def test_a_place_outside_a_simile_is_still_the_subject(
    question: str, expected: tuple[str, str]
) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "do I feel better after an hour on the keyboard playing old hymns",
        "do my weeks go better when I've sung hymns in the choir",
        "does singing carols help my mood",
    ],
)
def test_songs_named_by_their_kind_are_music(question: str) -> None:
    assert topic_of(question) == ("activity", "music")


def test_a_capitalised_song_kind_is_a_person() -> None:
    assert topic_of("does Carol from work stress me out") == ("activity", "Carol")


def test_a_doing_named_by_the_boat_it_is_done_in_is_that_doing() -> None:
    question = "is paddling the sea kayak round the bay good for the worry"
    assert topic_of(question) == ("activity", "sea kayaking")


def test_making_a_thing_stays_the_activity_its_words_name() -> None:
    assert topic_of("does making a tray bake on a Sunday cheer me up") == ("activity", "cooking")


def test_washed_out_is_energy() -> None:
    assert topic_of("on my fretful days do I end up more washed out by teatime?") == ("energy", "")
    assert topic_of("why am I so washed out by teatime") == ("energy", "")


def test_a_washed_out_colour_is_no_energy() -> None:
    assert topic_of("does the washed out colour of winter get me down")[0] == "low_mood"


def test_nerves_typed_without_its_vowel_is_read() -> None:
    assert repaired("hw do i stop the nervs b4 my driving test").endswith(
        "the nerves before my driving test"
    )
    assert topic_of("hw do i stop the nervs b4 my driving test") == ("anxiety", "")


def test_nerve_itself_is_a_real_word_and_stays() -> None:
    assert repaired("it takes nerve to ask") == "it takes nerve to ask"


def test_an_unknown_doing_before_a_place_word_is_a_place_of_its_own() -> None:
    question = "the climbing-free bouldering gym in town, when was I last there"
    assert topic_of(question) == ("last_time", "bouldering gym")
    assert topic_of("when did I last go to the bouldering gym") == ("last_time", "bouldering gym")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does the running club help", ("activity", "exercise")),  # a known doing
        ("when did I last go to the gym", ("last_time", "exercise")),
        ("does watching tv late affect me", ("activity", "tv")),  # a doing and its object
    ],
)
def test_a_known_doing_or_a_bare_place_word_keeps_its_activity(
    question: str, expected: tuple[str, str]
) -> None:
    assert topic_of(question) == expected


def test_a_preposition_is_never_a_subject() -> None:
    kind, subject = topic_of("ever since I started at the depot in May, have I been more tired")
    assert (kind, subject) == ("energy", "")


def test_what_a_time_is_counted_from_is_still_its_subject() -> None:
    assert topic_of("since I took up archery, am I calmer") == ("activity", "archery")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("after darts nights am I more wound up", ("darts", "activity")),
        ("after bell ringing practice are my evenings calmer", ("bell ringing", "activity")),
        ("after seeing Kofi am I calmer", ("Kofi", "name")),
    ],
)
def test_an_auxiliary_before_the_person_ends_the_thing_named_after(
    question: str, expected: tuple[str, str]
) -> None:
    # the subject shown is the thing's own words, never "darts nights am"
    assert subject_in(question, DEMO_ACTIVITIES) == expected


def test_a_clause_with_its_own_verb_after_after_is_a_time_not_a_thing() -> None:
    assert subject_in("after the twins are asleep am I more drained", DEMO_ACTIVITIES) is None
