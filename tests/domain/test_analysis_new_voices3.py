"""Nineteenth round: sarcasm and a quarrel the writer is in are the writer's anger.

The labelling guide now reads sarcasm aimed at what the writer lives through ("oh brilliant,
the boiler's gone again") and a quarrel the writer is in and voices ("my manager shouted at
me", "another row with my partner") as anger, when no other feeling of theirs is named. Each
test pairs entries that must carry the anger chip with ones that must not: other people's
quarrels, a row replayed or mended, a shout the writer blushed or shook at, heartfelt praise.
The sentences were written for these tests; none is taken from the labelled sets.
"""

from __future__ import annotations

import pytest

from tests.support.analysis_chips import chips


@pytest.mark.parametrize(
    "text",
    [
        "Oh brilliant, the dishwasher's leaking all over the floor again.",
        "Fantastic, my landlord has put the rent up again.",
        "Love how the trains are cancelled every time it drizzles.",
        "Great, the car won't start and I've got a shift at seven.",
    ],
)
def test_sarcasm_at_the_writers_own_trouble_is_anger(text: str) -> None:
    _, emotions, polarity = chips(text)
    assert "anger" in emotions
    assert not emotions & {"joy", "gratitude", "calm"}
    assert polarity == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "Brilliant, I passed my driving test!",
        "Love how my daughter sings in the bath.",
        "Fantastic news, the scan was all clear.",
    ],
)
def test_heartfelt_praise_is_no_anger(text: str) -> None:
    _, emotions, polarity = chips(text)
    assert "anger" not in emotions
    assert polarity == "pos"


@pytest.mark.parametrize(
    "text",
    [
        "My supervisor yelled at me in front of the customers.",
        "Had a blazing row with my sister about the wedding.",
        "My husband and I keep bickering about the washing.",
        "Argued with the plumber about the bill again.",
        "Another argument with my flatmate over the heating.",
        "Fell out with my best friend over a stupid text.",
        "The site manager had a go at me for the scaffolding.",
    ],
)
def test_a_quarrel_the_writer_is_in_is_anger(text: str) -> None:
    stress, emotions, polarity = chips(text)
    assert "conflict" in stress
    assert "anger" in emotions
    assert polarity == "neg"


@pytest.mark.parametrize(
    "text",
    [
        # other people's quarrels
        "The neighbours were arguing on the landing all night.",
        "The kids fought over the remote all evening.",
        "My sister had a huge fight with her boyfriend.",
        "Coach shouted at the whole team at half time.",
        # a quarrel referred back to, mended, denied or only wanted
        "Can't stop replaying the argument with my dad.",
        "Had a row with my brother but we sorted it out.",
        "Not a single argument with my partner all weekend.",
        "I'm too tired to even argue with the council.",
        # another feeling shown instead
        "My boss shouted at me and I went bright red.",
        "A customer screamed at me over a refund and I was shaking for ages.",
    ],
)
def test_a_quarrel_not_the_writers_or_felt_otherwise_is_no_anger(text: str) -> None:
    _, emotions, _ = chips(text)
    assert "anger" not in emotions


@pytest.mark.parametrize(
    "text",
    [
        "The year we lost the contract I hardly slept. We're out the other side now and "
        "business is steady.",
        "Back in 2018 I was drowning in debt and dodging calls. These days I've got savings "
        "and I sleep.",
        "At my old office I cried in the toilets most Fridays. This time I've got a manager "
        "who listens.",
        "Last busy season I was so stressed I lost half a stone. This year I hired help and "
        "I'm fine.",
    ],
)
def test_a_hard_time_named_by_its_year_or_place_then_today_is_over_and_calm(text: str) -> None:
    stress, emotions, polarity = chips(text)
    assert stress == set()
    assert emotions == {"calm"}
    assert polarity == "pos"


@pytest.mark.parametrize(
    "text",
    [
        "Back in the office tomorrow and I'm dreading the backlog.",
        "The year we lost the contract still haunts me and I'm still anxious every quarter.",
        "My first day at the new job is tomorrow and I'm terrified.",
        "Back in 2018 I was drowning in debt and I still am.",
    ],
)
def test_a_past_that_reaches_today_is_not_over(text: str) -> None:
    stress, emotions, polarity = chips(text)
    assert stress
    assert "calm" not in emotions
    assert polarity == "neg"


def test_sick_to_the_stomach_is_dread_not_illness() -> None:
    stress, emotions, _ = chips(
        "The mortgage letter came and I've been sick to my stomach all day."
    )
    assert stress == {"money"} and "anxiety" in emotions
    stress, emotions, _ = chips("Been sick twice today, stomach bug going round the office.")
    assert "health" in stress and "anxiety" not in emotions


def test_shouted_at_in_the_passive_is_the_writers_anger_only_with_the_writer_as_subject() -> None:
    assert "anger" in chips("We get screamed at every Saturday night on the door.")[1]
    assert "anger" in chips("I got yelled at by a customer over the refund policy.")[1]
    assert "anger" not in chips("My brother got shouted at by his teacher today.")[1]
    assert "anger" not in chips("I was shouting at the telly during the match.")[1]
