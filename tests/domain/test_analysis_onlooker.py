"""Eleventh round: the writer as an onlooker, and cues too weak to chip alone, both ways.

The blind batch ``test17`` (and what was left of ``test13``–``test16``) showed wrong chips
that recur in new wording: another person's trouble reported, pitied or owned ("says she's
burnt out", "poor sod", "a woman whose son died", "someone … has been ill"), a feeling word
naming someone else's thing ("everyone else's happy day"), laughter beside tears, and tears
after an event that names no feeling. The rules make the analyser abstain there; each test
pairs such an entry with one where the writer is in the trouble and the chip must stay. The
sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


def chips(text: str) -> tuple[set[str], set[str]]:
    got = predict(text)
    return set(got.stress), set(got.emotions)


@pytest.mark.parametrize(
    ("text", "stress"),
    [
        # the report in a part of its own, the speaker first or named after it: theirs
        ("Priya's moving back to Leeds, says the rent there is killing her.", set()),
        ("Dad's on the phone to the council, says the flooding is getting worse.", set()),
        ('"Nobody appreciates teachers," says my sister, who marked essays all weekend.', set()),
        # the writer says they are in it: kept
        (
            "My sister says she's exhausted from work and I'm worried about her.",
            {"family", "work"},
        ),
        (
            "Mum says the bills are piling up and I can't sleep for thinking about it.",
            {"family", "money", "sleep"},
        ),
    ],
)
def test_a_report_with_the_writer_outside_it(text: str, stress: set[str]) -> None:
    assert chips(text)[0] == stress


@pytest.mark.parametrize(
    ("text", "stress"),
    [
        # pity with no word of the writer's: the trouble is the pitied person's
        ("Nan's boiler packed in again, poor love.", set()),
        ("Uncle Dev's been stuck in hospital a fortnight, poor sod.", set()),
        (
            "Grandad's in hospital again, bless him, and I'm dreading the drive up.",
            {"family", "health"},
        ),
        # the writer is in it: kept
        (
            "My brother's lost his job, poor lad, and I'm lending him money I don't have.",
            {"family", "money"},
        ),
    ],
)
def test_pity_puts_the_writer_outside_the_trouble(text: str, stress: set[str]) -> None:
    assert chips(text)[0] == stress


@pytest.mark.parametrize(
    ("text", "stress"),
    [
        ("Met a man whose daughter was in the crash.", set()),
        ("My daughter was in the crash and I haven't slept.", {"family", "sleep"}),
        # nobody in particular as the subject of a trouble; "than me" only measures it
        ("Someone on the forum has had migraines for twenty years, worse than me.", set()),
        ("Somebody at the gym is going through chemo.", set()),
        ("Someone on the ward has been ill for months.", set()),
        ("Someone scratched my car and the repair will cost a fortune.", {"money"}),
        # a household named by its surname is one the writer deals with
        ("Home visit with the Okafor family again, the flat has no heating.", set()),
        ("My family is falling apart.", {"family"}),
    ],
)
def test_whose_trouble_it_is(text: str, stress: set[str]) -> None:
    assert chips(text)[0] == stress


@pytest.mark.parametrize(
    ("text", "health"),
    [
        # a trouble one possessive deep after his/her/their is theirs
        ("The man next door keeps going on about his wife's illness.", False),
        ("A client rang about her dog's surgery.", False),
        ("My wife's surgery is tomorrow and I can't eat.", True),
    ],
)
def test_a_trouble_after_anothers_possessive(text: str, health: bool) -> None:
    assert ("health" in chips(text)[0]) is health


@pytest.mark.parametrize(
    ("text", "stress"),
    [
        # a meeting someone asks for says nothing of the writer's job
        ("The landlord wants a meeting about the arrears.", {"home", "money"}),
        ("My manager wants a meeting and I'm dreading it.", {"work"}),
        # wars reported on are no quarrel
        ("Ten years covering conflicts and I still can't sleep in a quiet room.", {"sleep"}),
        ("Another conflict with my manager today, I'm worn out.", {"conflict", "work"}),
    ],
)
def test_words_in_another_sense(text: str, stress: set[str]) -> None:
    assert chips(text)[0] == stress


@pytest.mark.parametrize(
    ("text", "emotions"),
    [
        # laughter as a verdict on people, or on a mishap that is over: no joy now
        ("The new lads at the depot are a right laugh.", set()),
        ("She's a good laugh, my new flatmate.", set()),
        ("Spilt coffee on the boss's keyboard, I can laugh about it now.", set()),
        ("We had such a laugh at the quiz tonight.", {"joy"}),
        # laughter and tears as two moments: the laugh chips nothing, the tears stay
        ("Laughed at the card, then cried the whole drive home.", {"sadness"}),
        ("Laughed till I cried at the panto.", {"joy"}),
        # a feeling word naming someone else's thing
        ("Helped set up their happy little shop this morning.", set()),
        ("So happy for my best friend today.", {"joy"}),
    ],
)
def test_laughter_and_feeling_words_that_are_not_the_writers(text: str, emotions: set[str]) -> None:
    assert chips(text)[1] == emotions


@pytest.mark.parametrize(
    ("text", "emotions"),
    [
        # tears a sentence after an event that names no feeling: moved or sad, no chip
        ("He wrote me a card all by himself. I actually cried.", set()),
        # tears alone, after a named joy, or after a trouble: as before
        ("Cried in the car park.", {"sadness"}),
        ("Got the keys to the new flat today and I'm so happy. Cried in the hallway.", {"joy"}),
        ("Got told off by the manager. Cried in the toilets.", {"sadness"}),
    ],
)
def test_tears_after_an_event_that_names_no_feeling(text: str, emotions: set[str]) -> None:
    assert chips(text)[1] == emotions


@pytest.mark.parametrize(
    ("text", "emotions"),
    [
        # a feeling offered as one of two, undecided: no chip
        ("Spent the whole weekend alone, which is either sad or peaceful, can't decide.", set()),
        ("The results are either great or terrible, can't tell yet.", set()),
        # named plainly: kept
        ("Spent the whole weekend alone and it was sad.", {"sadness"}),
        ("Either way I'm happy with how it went.", {"joy"}),
    ],
)
def test_a_feeling_offered_as_one_of_two(text: str, emotions: set[str]) -> None:
    assert chips(text)[1] == emotions


@pytest.mark.parametrize(
    ("text", "stress"),
    [
        # how many people come along is no trouble of theirs: "with two kids and a dog"
        ("Looking for a flat with two kids and a cat is a nightmare.", set()),
        ("Argued with both kids about screens again.", {"conflict", "family"}),
    ],
)
def test_company_counted_is_still_company(text: str, stress: set[str]) -> None:
    assert chips(text)[0] == stress
