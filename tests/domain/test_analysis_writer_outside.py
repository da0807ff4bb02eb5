"""Twenty-seventh round: troubles the writer stands outside, and words that name a place or time.

The blind batch ``test27`` (tram drivers, crossword setters, potters, butchers, canal lock
keepers, live-sound engineers …) showed wrong chips whose triggers were then judged by their
record across every writer's rows (test14–test27 and the five corpora), and fixed where that
record held:

* what befell a relative or friend (an illness, a job or partner lost, a hard time), told in a
  sentence they open with no word of the writer's in it and no unpleasant feeling of the
  writer's in the entry ("My sister's going through a nasty divorce", "Nan's in with a chest
  infection") is theirs: the family chip from it was wrong in 18 of 18 such sentences across
  twelve writers; their mood or conduct ("Dad was in a foul mood") stays the writer's strain;
* blame likened or told by someone else ("screamed at me like it was my fault", "telling me
  it's my fault") is no shame; being thanked ("came up to thank me") is no gratitude of the
  writer's, in any tense;
* tears shed together ("we both cried", "Kid cried, I cried") with nothing sad in the entry
  are being moved, not sadness;
* "bliss" told of stillness (quiet, nothing, an empty place, "to myself", "feet up") is calm,
  as every writer since the blind batches labels it (the first writer's rows said joy);
* words that say where or when, not what strains: a bank as the place something happened
  ("at the bank"), work arrived at, started, left for or named by its hour ("reached the
  office", "work at 8");
* what a thing is: a payment said to fall due with no time after it is money, not a
  deadline; overtime lost or unpaid is money, not work; a stomach that clenches is dread;
  "funny what …" is an idiom and "I'm funny" a trait.

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
    ("text", "stress"),
    [
        # the relative's or friend's own trouble, the writer nowhere in it: theirs
        ("My sister's having a rough time with her back.", set()),
        ("My niece's been diagnosed with diabetes at nine.", set()),
        ("My cousin's shop was broken into on Sunday. Sent him a few quid.", set()),
        ("A friend from choir had a bad fall and is in hospital.", set()),
        # the writer in the sentence, or worried in the entry: the writer's too
        ("My brother's marriage is falling apart and I'm worried about him.", {"family"}),
        ("Nan's in the Royal with pneumonia and I can't get time off to visit.", {"family"}),
        ("My sister's having a rough time with her back. I'm so worried.", {"family"}),
        # a relative who keeps at the writer, or a quarrel: still the writer's strain
        ("My aunt keeps lecturing about my weight, again.", {"family"}),
        ("Husband never does the washing up.", {"home", "relationships"}),
        # their mood or conduct is no trouble of their own: it stays the writer's strain
        ("Dad was in a foul mood all evening.", {"family"}),
        ("My brother still hasn't paid back the loan.", {"family", "money"}),
        ("Mum and my sister were arguing all through the meal.", {"conflict", "family"}),
    ],
)
def test_a_relatives_own_trouble_with_the_writer_outside_it_is_theirs(
    text: str, stress: set[str]
) -> None:
    got = chips(text)[0]
    assert stress <= got
    if not stress:
        assert not got & {"family", "health", "relationships"}


@pytest.mark.parametrize(
    ("text", "shame"),
    [
        ("The courier shouted at me like it was my fault the parcel was late.", False),
        ("A customer kept telling me it's my fault the card reader froze.", False),
        # the writer's own blame: kept
        ("I forgot to lock the van and it's my fault the tools went.", True),
    ],
)
def test_blame_likened_or_told_by_someone_else_is_no_shame(text: str, shame: bool) -> None:
    assert ("shame" in chips(text)[1]) is shame


@pytest.mark.parametrize(
    ("text", "grateful"),
    [
        ("The bride's dad came over to thank me for the flowers.", False),
        ("So grateful the bride's dad came over after the service.", True),
    ],
)
def test_being_thanked_is_no_gratitude_of_the_writers(text: str, grateful: bool) -> None:
    assert ("gratitude" in chips(text)[1]) is grateful


@pytest.mark.parametrize(
    ("text", "sad"),
    [
        ("My grandson read me his first story out loud and we both cried.", False),
        ("Nephew opened his offer letter. He cried, I cried.", False),
        # something sad in the entry: the shared tears are sadness
        ("The vet said it was time for the old dog. We both cried.", True),
        # tears alone: sadness, as before
        ("Sat in the van at lunch and cried.", True),
    ],
)
def test_tears_shed_together_with_nothing_sad_are_being_moved(text: str, sad: bool) -> None:
    assert ("sadness" in chips(text)[1]) is sad


@pytest.mark.parametrize(
    ("text", "emotion"),
    [
        ("Nobody in the workshop all afternoon, just me and the lathe, bliss.", "calm"),
        ("Kettle on, phone off, nothing to do. Bliss.", "calm"),
        # bliss at a lively good time: joy
        ("Festival in the sunshine with all my mates, pure bliss.", "joy"),
    ],
)
def test_bliss_told_of_stillness_is_calm(text: str, emotion: str) -> None:
    emotions = chips(text)[1]
    assert emotion in emotions
    assert ({"calm", "joy"} - {emotion}).isdisjoint(emotions)


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Had a dizzy spell at the bank and had to sit on the floor, mortified.", False),
        ("The bank has frozen my account and I can't pay the rent.", True),
    ],
)
def test_a_bank_named_as_the_place_is_no_money_trouble(text: str, money: bool) -> None:
    assert ("money" in chips(text)[0]) is money


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Two hours on the ring road and I reached the office soaked and miserable.", False),
        ("Barely slept again and work at 7, I'm a wreck.", False),
        ("We had a row and then he had to leave for work, I'm still fuming.", False),
        # the work itself as the trouble: kept
        ("Work is crushing me, three people off and nobody covering.", True),
    ],
)
def test_work_arrived_at_left_for_or_named_by_its_hour_is_no_strain(text: str, work: bool) -> None:
    assert ("work" in chips(text)[0]) is work


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Takings are down again and the water rates are due.", False),
        ("My van insurance is due and I'm short.", False),
        # a time named after it: a time limit
        ("The VAT return is due Thursday and I haven't started.", True),
    ],
)
def test_a_payment_falling_due_is_money_not_a_deadline(text: str, deadline: bool) -> None:
    stress = chips(text)[0]
    assert ("deadlines" in stress) is deadline
    if not deadline:
        assert "money" in stress


@pytest.mark.parametrize(
    ("text", "stress"),
    [
        ("Overtime's been scrapped for the winter and the gas bill's doubled.", {"money"}),
        ("Weekend overtime pay still hasn't come through, typical.", {"money"}),
        # overtime as more hours worked: work
        ("Worked overtime all week and I'm shattered.", {"work"}),
    ],
)
def test_overtime_lost_or_unpaid_is_money(text: str, stress: set[str]) -> None:
    got = chips(text)[0]
    assert stress <= got
    assert ({"money", "work"} - stress).isdisjoint(got)


@pytest.mark.parametrize(
    ("text", "health", "anxious"),
    [
        ("My stomach clenched every time the phone went.", False, True),
        ("My stomach's been cramping since the takeaway and I feel rough.", True, False),
    ],
)
def test_a_stomach_that_clenches_is_dread_not_illness(
    text: str, health: bool, anxious: bool
) -> None:
    stress, emotions = chips(text)
    assert ("health" in stress) is health
    assert ("anxiety" in emotions) is anxious


@pytest.mark.parametrize(
    ("text", "joy"),
    [
        ("Funny what a week off does, the shop feels new again.", False),
        ("I'm funny at parties and quiet everywhere else.", False),
        ("Funny night out with the girls, I was crying laughing.", True),
    ],
)
def test_funny_as_an_idiom_or_a_trait_is_no_joy(text: str, joy: bool) -> None:
    assert ("joy" in chips(text)[1]) is joy
