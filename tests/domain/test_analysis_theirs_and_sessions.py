"""Events of people named in a plural possessive, other people's parents, ailments and
abuse that befell someone else, a clinic worked in, and words used in another sense.

Why: a blind batch (test40) chipped wrong feelings and stressors where a word named someone
else's event ("Missing my kids' sports day": the tokenizer drops a plural possessive's
apostrophe), someone else's parent ("The mum laughed"), a clinic as the place the writer works
("all clinic"), or a feeling word in another sense. Each reading was kept only where its
record over every writer's rows held. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Working away again and missing my boys' football match, gutted.",
        "Late shift means I miss my girls' bath every night and it's rubbish.",
    ],
)
def test_a_plural_owners_event_missed_is_no_loneliness(text: str) -> None:
    assert "loneliness" not in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "Working away again and missing my boys so much it's rubbish.",
        "Three weeks offshore and I miss my girls every night.",
    ],
)
def test_the_people_themselves_missed_are_still_loneliness(text: str) -> None:
    assert "loneliness" in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "The dad shouted at me in the car park and I was shaking after.",
        "The mum was in bits all through the appointment and I felt awful.",
    ],
)
def test_one_parent_named_with_the_is_someone_elses(text: str) -> None:
    assert "family" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "My dad shouted at me in the car park and I was shaking after.",
        "Mum was in bits all through the appointment and I felt awful.",
    ],
)
def test_the_writers_own_parent_is_still_family(text: str) -> None:
    assert "family" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Behind all clinic today, people tutting at me in the corridor, exhausted.",
        "The clinic manager moaned at me about my notes again and I'm fed up.",
    ],
)
def test_a_clinic_worked_in_is_no_illness(text: str) -> None:
    assert "health" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Behind at the clinic today, the wait for my scan was awful and I'm exhausted.",
        "The doctor's receptionist was rude again and I'm fed up.",
    ],
)
def test_a_clinic_the_writer_is_seen_at_is_still_health(text: str) -> None:
    assert "health" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "The glue fumes gave her a migraine and she went home early, awful.",
        "Client complained the paint smell gave him a headache.",
    ],
)
def test_an_ailment_given_to_someone_else_is_theirs(text: str) -> None:
    assert "health" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "The glue fumes gave me a migraine and I went home early, awful.",
        "Paint smell gives me a headache every day.",
    ],
)
def test_an_ailment_given_to_the_writer_is_still_health(text: str) -> None:
    assert "health" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Man gave me one star because the shop shuts at five.",
        "We got a one-star review because it rained.",
    ],
)
def test_a_one_star_review_of_the_writers_work_is_the_works_by_itself(text: str) -> None:
    got = predict(text)
    assert "work" in got.stress
    assert got.polarity == "neg"


def test_a_one_star_review_someone_named_got_is_theirs() -> None:
    assert "work" not in predict("Tom got a one-star review because it rained.").stress


@pytest.mark.parametrize(
    "text",
    [
        "A mate from the depot got spat at on the night bus last week.",
        "Boss at the garage is furious with the supplier again.",
    ],
)
def test_a_person_told_by_where_they_are_keeps_their_feeling(text: str) -> None:
    assert "anger" not in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    ["Got spat at on the night bus last week.", "Furious with the supplier again."],
)
def test_the_writers_own_anger_still_shows(text: str) -> None:
    assert "anger" in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "The fog has settled in over the valley again.",
        "This cough has settled on my chest and I feel rotten.",
    ],
)
def test_an_ailment_or_the_weather_settling_is_no_calm(text: str) -> None:
    assert "calm" not in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    ["Finally feel settled in the new flat.", "Settled in by the fire with a book, bliss."],
)
def test_the_writer_settled_is_still_calm(text: str) -> None:
    assert "calm" in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "Two of the lads had a massive row over the rota, none of my business.",
        "Another driver on our depot got a formal warning, nothing to do with me.",
    ],
)
def test_a_trouble_disowned_at_the_close_is_someone_elses(text: str) -> None:
    assert predict(text).stress == frozenset()


def test_a_cause_disowned_leaves_the_writers_trouble() -> None:
    text = "Boss shouted at me over the rota, it had nothing to do with me but I got the blame."
    assert "work" in predict(text).stress
    assert "work" in predict("Boss shouted at me over the rota, nothing to do with me.").stress


@pytest.mark.parametrize(
    "text",
    [
        "Uni fees went up again and I have no idea how I will pay.",
        "College loan still hanging over me and I am skint.",
    ],
)
def test_a_loan_or_fees_named_by_the_study_are_money_alone(text: str) -> None:
    assert predict(text).stress == frozenset({"money"})


def test_the_study_itself_is_still_study() -> None:
    assert "study" in predict("Uni is killing me, three essays due and no sleep.").stress
    assert "study" in predict("Struggling at college and the loan has not come in.").stress


@pytest.mark.parametrize(
    "text",
    [
        "Arms so itchy today, fed up with it.",
        "Calves cramping again after the shift, miserable.",
        "Left eye twitching for a week now and it's driving me mad.",
    ],
)
def test_an_itch_a_cramp_or_a_twitch_in_a_bad_part_is_health(text: str) -> None:
    assert "health" in predict(text).stress


def test_a_cramped_room_is_no_cramp() -> None:
    assert "health" not in predict("The flat is cramped and I hate it.").stress


def test_a_head_chef_in_a_bad_part_is_the_works() -> None:
    assert "work" in predict("Head chef binned my sauce in front of everyone, gutted.").stress
    assert predict("Head chef gave me the night off, lovely.").stress == frozenset()


def test_a_relatives_event_as_the_setting_is_no_family_trouble() -> None:
    text = "Camera died in the middle of my son's nativity, so annoying."
    assert "family" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Four callouts tonight and I was meant to be at my daughter's school play, gutted.",
        "My son's wedding is costing a fortune and I am stressed.",
    ],
)
def test_a_relatives_event_the_writer_is_kept_from_or_pays_for_is_still_family(
    text: str,
) -> None:
    assert "family" in predict(text).stress


def test_an_ailment_on_someone_elses_part_is_theirs() -> None:
    theirs = "Found a rash on her arm this morning and she won't stop scratching, worried."
    own = "Found a rash on my arm this morning and I can't stop scratching, worried."
    assert "health" not in predict(theirs).stress
    assert "health" in predict(own).stress


def test_a_clinician_the_writer_sends_someone_to_is_theirs() -> None:
    advised = "Mate keeps moaning, I said go to your GP, so frustrating."
    assert "health" not in predict(advised).stress
    assert "health" in predict("Keep putting it off, need to go to my GP, so frustrating.").stress


@pytest.mark.parametrize(
    "text",
    [
        "Snowed off all week, no work and the van payment is due, worried sick.",
        "Quiet season, no bookings for a fortnight and I am panicking.",
    ],
)
def test_no_work_coming_in_told_badly_is_money_and_work(text: str) -> None:
    assert predict(text).stress == frozenset({"money", "work"})


@pytest.mark.parametrize(
    "text", ["No work emails all weekend, amazing.", "No work on Sunday, lovely lie in."]
)
def test_a_day_free_of_work_is_no_trouble(text: str) -> None:
    assert predict(text).stress == frozenset()


def test_a_thigh_is_a_body_part_as_a_calf_is() -> None:
    assert "health" in predict("Six flights with a piano, my thighs are screaming.").stress
    assert "health" in predict("Six flights with a piano, my calves are screaming.").stress
