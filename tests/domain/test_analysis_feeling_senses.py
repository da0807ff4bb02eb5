"""Feeling words in another sense or said of someone else, each judged across every writer.

Why: an emotion chip must be the writer's feeling. Auditing the wrong chips' triggers over all
writers' labelled sets showed feeling words whose grammar says they name no feeling of the
writer's: "buzzing" said of a thing or a body part (a sound or a tingle: wrong in every such
row), "promising" as the verb (a promise made, not hope), praise taken back by "said nobody
ever" (irony), and a feeling said of a lad or a midwife the writer works beside (theirs).
Each case shows the trigger both ways; the sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


def emotions(text: str) -> frozenset[str]:
    return predict(text).emotions


# --- "buzzing" said of a thing or a body part is a sound, not joy ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Fridge buzzing again all night, engineer can't come till Tuesday.",
        "Ears still buzzing from the grinder, should have worn the defenders.",
        "My phone kept buzzing through the whole funeral.",
    ],
)
def test_a_thing_buzzing_is_no_joy(text: str) -> None:
    assert "joy" not in emotions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Got the allotment plot at last, buzzing.",
        "Passed the driving test this morning and I'm still buzzing.",
        "Buzzing after the gig, ears ringing and all.",
        # people buzzing are not a sound
        "The lads were buzzing after the win, so was I.",
    ],
)
def test_the_writer_buzzing_is_joy(text: str) -> None:
    assert "joy" in emotions(text)


# --- "promising" as the verb is a promise made, not hope -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Two clients chasing their kitchens and I keep promising next week.",
        "Spent the call promising them the parts would land by Monday.",
    ],
)
def test_promising_as_a_verb_is_no_hope(text: str) -> None:
    assert "hope" not in emotions(text)


def test_a_promising_sign_is_hope() -> None:
    assert "hope" in emotions("First scan in months that looks promising.")


# --- praise taken back by "said nobody ever" is irony ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tax return weekend, so much fun, said nobody ever.",
        "Another audit, what a treat, said no one ever.",
    ],
)
def test_praise_taken_back_is_irony(text: str) -> None:
    found = emotions(text)
    assert "joy" not in found
    assert "anger" in found


def test_nobody_saying_no_takes_nothing_back() -> None:
    assert "joy" in emotions("So happy with the bake sale, nobody said no to a brownie.")


# --- a feeling said of a lad or a midwife is theirs ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Filling on a teenager this morning, poor lad was terrified.",
        "Baby weighed in at last, midwife delighted.",
        "The new lass was furious about the rota.",
    ],
)
def test_a_feeling_said_of_someone_at_work_is_theirs(text: str) -> None:
    found = emotions(text)
    assert not found & {"anxiety", "joy", "anger"}


@pytest.mark.parametrize(
    "text",
    [
        "Worried sick about the lad, he's not answering his phone.",
        # the lads as the writer's company: the good time is the writer's too
        "Me and the lads had a great time at the match.",
    ],
)
def test_the_writers_own_feeling_beside_a_lad_stays(text: str) -> None:
    assert emotions(text) & {"anxiety", "joy"}


@pytest.mark.parametrize(
    "text",
    [
        "Lovely sunset from the deck, shame I could barely keep my eyes open for it.",
        "Shame it rained on the one day off I had.",
        "Great gig, what a shame the sound kept cutting out.",
    ],
)
def test_shame_as_a_pity_is_no_shame(text: str) -> None:
    assert "shame" not in emotions(text)


def test_a_pity_alone_still_reads_as_a_regret() -> None:
    assert predict("Shame it rained on the one day off I had.").polarity == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "The shame I felt after shouting at him was unbearable.",
        "I feel shame that I had to borrow from my brother again.",
        "I felt such shame I couldn't look at her.",
    ],
)
def test_the_writers_own_shame_stays(text: str) -> None:
    assert "shame" in emotions(text)
