"""Twenty-sixth round: strangers' people, the body as a feeling, and tears or praise told aside.

The blind batch ``test26`` (sheep shearers, wedding photographers, lift engineers, parents on a
neonatal unit, people with MS or asthma …) showed wrong chips whose triggers were then judged
by their record across every writer's rows, and fixed where that record held:

* someone the writer meets is not their family or partner: one "kid" with no "my" or "our"
  (wrong in four of five labelled rows), a relative of someone named with "a"/"another"
  ("another family's baby"), a breakup named with "a" after a subject other than the writer
  or their partner ("Lou's going through a divorce"); a feeling in a relative clause about
  someone just named ("a kid … who was crying") is theirs;
* praise someone keeps repeating ("keeps calling me brave") is no repeated annoyance;
* the body told as a feeling, not an illness: a stomach or gut that drops, sinks or churns is
  dread; a heart "going" is anxiety (in every labelled row); a "memory card" is a thing;
* tears the writer calls good ("the good kind") are being moved; a feeling taken back at once
  ("I laughed, then I didn't") is none; "stronger" alone is a thing's as often as hope;
* work still to do as its limit nears, told as a count left, a blank or a wait, is strain;
* forms every writer labelled the same way: wanting the floor to swallow you (shame), "not a
  soul to talk to" (loneliness), fatigue (health), a pay freeze and a cost "costing us" (money),
  a body part "not what it was" (health); a hospital's car park is a place.

Each test pairs the abstention with a sentence where the chip must stay. The sentences are
written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


def chips(text: str) -> tuple[set[str], set[str]]:
    got = predict(text)
    return set(got.stress), set(got.emotions)


@pytest.mark.parametrize(
    ("text", "family"),
    [
        # a child the writer meets, or a stranger's relative: not the writer's family
        ("The kid at table four threw up everywhere and I'm fuming.", False),
        ("Another mum's toddler screamed the whole flight, awful.", False),
        # the writer's own child: kept
        ("My kid's been off school all week with a fever and I'm shattered.", True),
    ],
)
def test_a_child_or_relative_of_someone_met_is_not_the_writers_family(
    text: str, family: bool
) -> None:
    assert ("family" in chips(text)[0]) is family


@pytest.mark.parametrize(
    ("text", "relationships"),
    [
        ("My apprentice is going through a messy divorce and was quiet all day.", False),
        ("I'm going through a divorce and everything feels heavy.", True),
        ("My wife wants a divorce and I can't think straight.", True),
    ],
)
def test_a_breakup_named_with_a_after_another_subject_is_theirs(
    text: str, relationships: bool
) -> None:
    assert ("relationships" in chips(text)[0]) is relationships


@pytest.mark.parametrize(
    ("text", "sad"),
    [
        ("Sat next to a man on the train who was sobbing.", False),
        # the writer is the one the relative clause is about: kept
        ("I was the one who was sobbing on the train.", True),
    ],
)
def test_a_feeling_in_a_relative_clause_about_someone_else_is_theirs(text: str, sad: bool) -> None:
    assert ("sadness" in chips(text)[1]) is sad


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("My sister keeps calling me brave but I still feel like a mess.", False),
        ("My sister keeps telling me I'm lazy and it's wearing me down.", True),
    ],
)
def test_praise_someone_keeps_repeating_is_no_annoyance(text: str, family: bool) -> None:
    assert ("family" in chips(text)[0]) is family


@pytest.mark.parametrize(
    ("text", "health", "anxiety"),
    [
        # a stomach or gut that moves is dread, never an illness
        ("Saw the email from the landlord and my stomach just dropped.", False, True),
        ("My gut has been churning all morning before the audit.", False, True),
        # an aching stomach is one
        ("Stomach ache again all night, couldn't eat.", True, False),
        # a memory card is a thing; a failing memory is a worry
        ("Memory stick died with the whole presentation on it, gutted.", False, False),
        ("My memory is getting worse and it frightens me.", True, True),
    ],
)
def test_the_body_told_as_a_feeling_is_no_illness(text: str, health: bool, anxiety: bool) -> None:
    stress, emotions = chips(text)
    assert ("health" in stress) is health
    assert ("anxiety" in emotions) is anxiety


@pytest.mark.parametrize(
    ("text", "anxiety"),
    [
        ("Phone rang at midnight and my heart was going for an hour.", True),
        # a heart going out to someone is sympathy
        ("My heart was going out to her at the funeral.", False),
    ],
)
def test_a_heart_going_is_anxiety(text: str, anxiety: bool) -> None:
    assert ("anxiety" in chips(text)[1]) is anxiety


@pytest.mark.parametrize(
    ("text", "emotion", "shown"),
    [
        ("Read my daughter's letter and cried for ages, the good kind.", "sadness", False),
        ("Cried for ages after the phone call, felt awful.", "sadness", True),
        ("Felt calm about the results, then I didn't.", "calm", False),
        ("Felt calm about the results, then went for a walk.", "calm", True),
        ("The coffee here gets stronger every week.", "hope", False),
        ("Feeling stronger every week since the op.", "hope", True),
    ],
)
def test_tears_called_good_a_feeling_taken_back_and_a_things_strength(
    text: str, emotion: str, shown: bool
) -> None:
    assert (emotion in chips(text)[1]) is shown


@pytest.mark.parametrize(
    ("text", "emotion", "shown"),
    [
        (
            "Tripped on stage in front of everyone and wanted the ground to swallow me up.",
            "shame",
            True,
        ),
        ("Whole weekend in the flat and not a soul to talk to.", "loneliness", True),
        # nobody about, enjoyed: no loneliness
        ("Not a soul on the beach this morning, glorious.", "loneliness", False),
    ],
)
def test_set_forms_of_shame_and_loneliness(text: str, emotion: str, shown: bool) -> None:
    assert (emotion in chips(text)[1]) is shown


@pytest.mark.parametrize(
    ("text", "category", "shown"),
    [
        ("The fatigue has flattened me again this week.", "health", True),
        ("My knees aren't what they were and the stairs wear me out.", "health", True),
        # a place that has changed is no body part
        ("The pub isn't what it was since they refurbished it.", "health", False),
        ("Another pay freeze, and the rent keeps climbing.", "money", True),
        ("Nursery fees are costing us more than my wages.", "money", True),
        # a hospital's car park is a place; a hospital visit dreaded is a worry
        ("Hospital parking is a nightmare and costs a bomb.", "health", False),
        ("Hospital again tomorrow and I'm dreading the results.", "health", True),
    ],
)
def test_forms_every_writer_labels_alike(text: str, category: str, shown: bool) -> None:
    assert (category in chips(text)[0]) is shown


@pytest.mark.parametrize(
    ("text", "deadlines"),
    [
        # work still to do as its time limit nears, told as a count left or a blank
        ("Quarterly accounts are due by Thursday and I've got six left to reconcile.", True),
        ("The tender has to be in by Friday and the budget sheet's still blank.", True),
        # a count left with no time limit, or a limit met: no deadline
        ("Bought a dozen eggs on Monday and I've got two left.", False),
        ("The grant form is due by the 30th and it's all done.", False),
    ],
)
def test_work_still_to_do_as_its_limit_nears(text: str, deadlines: bool) -> None:
    assert ("deadlines" in chips(text)[0]) is deadlines
