"""Troubles told as over, feelings stopped, and troubles or tears that are someone else's.

Why: each reading below was judged by its record across every writer's labelled rows, not by
one batch. "It's behind me" after a part marked as past ("last spring") says it is over; a
state the writer "stopped being" in is no feeling now; an apprentice's or a trainee's tears are
theirs, as a lad's are; a trouble named in two words of one kind after "his" or "her" ("his
rent money") is theirs, as "his rent" is; "how sick I felt" is dread told the other way round,
as "felt sick" is; a staged fight ("fight scene") is no quarrel; the baby's coming as a time
("before the baby comes") is no strain of the child; thanks given to God are gratitude. Each
case shows the reading both ways; the sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "The kidney infection last winter was frightening but it's behind me",
        "Last year's debt was scary, but it's behind us",
    ],
)
def test_a_past_trouble_put_behind_the_writer_is_over(text: str) -> None:
    found = predict(text)
    assert found.stress == frozenset()
    assert "anxiety" not in found.emotions


def test_someone_standing_behind_the_writer_is_no_turn_to_now() -> None:
    found = predict("Last winter I was so anxious. A van followed right behind me every night.")
    assert "anxiety" in found.emotions


def test_a_feeling_the_writer_stopped_having_is_over() -> None:
    found = predict("Somewhere in the spring I stopped feeling guilty about leaving.")
    assert "shame" not in found.emotions


@pytest.mark.parametrize(
    "text",
    [
        "I can't stop feeling guilty about leaving.",
        "I never stopped being angry about how they treated me.",
    ],
)
def test_a_feeling_not_stopped_stays(text: str) -> None:
    found = predict(text)
    assert found.emotions & {"shame", "anger"}


@pytest.mark.parametrize(
    "text",
    [
        "Trainee cried in the stockroom after the area manager's visit.",
        "The apprentice cried when he saw the mark on the van.",
    ],
)
def test_a_trainees_tears_are_theirs(text: str) -> None:
    assert "sadness" not in predict(text).emotions


def test_the_writer_crying_before_a_trainee_is_their_own() -> None:
    assert "sadness" in predict("I cried in front of the trainee today, so sad.").emotions


def test_a_trouble_in_two_words_after_his_is_his() -> None:
    found = predict("Sad watching an old boy spend his pension money on scratchcards.")
    assert "money" not in found.stress


def test_the_writers_own_trouble_in_two_words_counts() -> None:
    found = predict("Spent my rent money on the car repair and now I'm stuck.")
    assert "money" in found.stress


def test_two_troubles_of_different_kinds_after_her_are_not_all_hers() -> None:
    found = predict("Her hospital rota and mine clash every weekend, I'm exhausted by it.")
    assert "work" in found.stress


@pytest.mark.parametrize(
    "text",
    [
        "Still remember how sick I felt when the audit letter came.",
        "I can't tell you how sick we felt at the news.",
    ],
)
def test_how_sick_the_writer_felt_is_no_illness(text: str) -> None:
    assert "health" not in predict(text).stress


def test_being_sick_is_an_illness() -> None:
    assert "health" in predict("I was sick all night with a stomach bug and feel awful.").stress


@pytest.mark.parametrize(
    "text",
    [
        "Director cut my fight scene again, three weeks of rehearsal gone.",
        "Fight choreography ran late and I missed my train, gutted.",
    ],
)
def test_a_staged_fight_is_no_quarrel(text: str) -> None:
    assert "conflict" not in predict(text).stress


def test_a_fight_with_someone_is_a_quarrel() -> None:
    assert "conflict" in predict("Had a horrible fight with my sister last night.").stress


def test_the_babys_coming_as_a_time_is_no_strain_of_the_child() -> None:
    found = predict("We need to sort the spare room before the baby comes, I'm so stressed.")
    assert "family" not in found.stress


def test_a_baby_keeping_the_writer_up_is_family_strain() -> None:
    found = predict("The baby screamed all night again and I'm so stressed.")
    assert "family" in found.stress


@pytest.mark.parametrize(
    "text",
    [
        "Paid off the van today. Alhamdulillah.",
        "Thank God for my neighbours, they brought round soup all week.",
        "Two years clean and a job I love. God is good.",
    ],
)
def test_thanks_given_to_god_are_gratitude(text: str) -> None:
    assert "gratitude" in predict(text).emotions


def test_thank_god_in_passing_is_relief_not_thanks() -> None:
    assert "gratitude" not in predict("Got the last train, thank god.").emotions
