"""Polarity read at the level of meaning: a win named small, a bad feeling denied only to name
another, someone the writer could not do without, the writer likened to one used, a home told
"so quiet", a card sent, a skill learned, never home, a journey timed each way, a favourite, a
five-star review, a past laughed about, a thing doing the writer's head in, "meh", irony
carried on, a dated trouble beside a good part now, a quiet span.

Why: over every labelled row the largest polarity errors are news read neutral (a bad part
read neutral 668 times, a good part 449 times). Each reading here is a class of wording that
writers label alike, kept only where its record over every writer's rows held, and tested with
look-alikes that must not move. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Got the bins out before the lorry came. Small victories.",
        "Matched all the socks in the basket. Small victory.",
    ],
)
def test_a_win_named_small_is_good_news(text: str) -> None:
    assert predict(text).polarity == "pos"


def test_a_small_win_denied_is_no_good_news() -> None:
    text = "Boiler broke again and I am furious, no small victories today."
    assert predict(text).polarity == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "I'm not furious, just disappointed.",
        "I'm not depressed, just worn out.",
        "I'm not angry, only tired.",
    ],
)
def test_a_bad_feeling_denied_to_name_another_reads_negative(text: str) -> None:
    assert predict(text).polarity == "neg"


@pytest.mark.parametrize(
    "text", ["Not angry, just happy it is over.", "I'm not worried, just excited to start."]
)
def test_a_denial_corrected_to_a_good_side_stays_positive(text: str) -> None:
    assert predict(text).polarity == "pos"


@pytest.mark.parametrize(
    "text",
    [
        "My sister has had the kids all week. Don't know how I'd cope without her.",
        "Don't know what we'd do without you lot.",
    ],
)
def test_someone_the_writer_could_not_do_without_is_thanks(text: str) -> None:
    assert predict(text).polarity == "pos"


@pytest.mark.parametrize(
    "text",
    [
        "Don't know how I'd cope if he left.",
        "Don't know how I'd pay the rent without the overtime.",
    ],
)
def test_a_doubt_of_coping_with_no_one_relied_on_stays_negative(text: str) -> None:
    assert predict(text).polarity == "neg"


def test_the_sun_on_the_writers_back_is_warmth_not_someone_on_at_them() -> None:
    assert predict("Lunch on the harbour wall with the sun on my back.").polarity == "pos"
    assert predict("Boss on my back all day again.").polarity == "neg"


def test_a_thing_restored_again_is_no_repeat_of_a_trouble() -> None:
    assert predict("Scan came back fine. Breathing again.").polarity == "pos"
    assert predict("Boiler broken again.").polarity == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "New targets on the screen every hour, I feel like a machine.",
        "Feel like a spare part at my own kid's party.",
    ],
)
def test_the_writer_likened_to_one_used_or_out_of_place_reads_negative(text: str) -> None:
    assert predict(text).polarity == "neg"


def test_a_good_likeness_is_no_strain() -> None:
    assert predict("Eight hours sleep, I feel like a new person.").polarity == "pos"


def test_a_home_told_so_quiet_is_someone_gone() -> None:
    assert predict("Son went back to uni on Sunday. The flat is so quiet.").polarity == "neg"


def test_a_home_quiet_alone_is_peace() -> None:
    got = predict("Kids asleep, the house is quiet, bliss.")
    assert got.polarity == "pos" and "loneliness" not in got.emotions


@pytest.mark.parametrize(
    "text",
    [
        "The Hendersons sent a card from Spain.",
        "Old neighbour sent a christmas card with a photo of the dog.",
    ],
)
def test_a_card_sent_is_kindness(text: str) -> None:
    assert predict(text).polarity == "pos"


def test_an_email_sent_is_no_kindness() -> None:
    assert predict("Agency sent an email about the rota.").polarity == "neutral"


def test_a_skill_learned_is_good_news() -> None:
    assert predict("Learned to reverse the trailer into the yard today.").polarity == "pos"


@pytest.mark.parametrize(
    "text",
    ["I have never learnt to say no to overtime.", "Learned the hard way that the van leaks."],
)
def test_a_skill_never_learned_or_a_lesson_the_hard_way_is_no_good_news(text: str) -> None:
    assert predict(text).polarity != "pos"


@pytest.mark.parametrize(
    "text", ["Husband says I am never home these days.", "Forty minutes each way on the bypass."]
)
def test_never_home_and_a_journey_timed_each_way_read_negative(text: str) -> None:
    assert predict(text).polarity == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "Nice to be home for tea now the job is local.",
        "Never homesick these days, this place suits me.",
    ],
)
def test_home_told_gladly_is_no_grumble(text: str) -> None:
    assert predict(text).polarity == "pos"


def test_what_the_writer_calls_their_favourite_is_good_news() -> None:
    assert (
        predict("First coffee on the back step is my favourite bit of the day.").polarity == "pos"
    )


def test_a_favourite_opening_a_fragment_after_a_trouble_stays_irony() -> None:
    assert predict("Oh good, the printer jammed. My favourite thing on a Monday.").polarity == "neg"


def test_a_five_star_review_is_good_news() -> None:
    assert predict("Five-star review from the couple in Bath.").polarity == "pos"


def test_a_thing_doing_the_writers_head_in_is_a_bad_part() -> None:
    assert predict("This tax return is doing my head in.").polarity == "neg"


def test_a_trouble_never_laughed_about_stays_negative() -> None:
    assert predict("Never laugh about it, still hurts.").polarity == "neg"


@pytest.mark.parametrize("text", ["Meh, nothing much today.", "meh. tea. telly."])
def test_meh_is_a_flat_day_not_a_bad_one(text: str) -> None:
    assert predict(text).polarity == "neutral"


def test_meh_beside_a_trouble_still_reads_it() -> None:
    assert predict("Meh, the boiler broke again and I'm fed up.").polarity == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "Oh great, the printer jammed again. Super day.",
        "Brilliant, the van failed its MOT. Love this job.",
    ],
)
def test_a_short_pleasant_sentence_after_sarcasm_carries_the_irony(text: str) -> None:
    got = predict(text)
    assert got.polarity == "neg" and "joy" not in got.emotions


def test_a_long_sincere_sentence_after_sarcasm_keeps_its_pleasure() -> None:
    text = (
        "Oh great, the printer jammed again. Had a lovely dinner with my sister after work"
        " though, we laughed for hours."
    )
    assert predict(text).polarity == "mixed"


def test_a_dated_trouble_beside_a_good_part_now_reads_good() -> None:
    text = "Back on days and I feel human again. Last winter on nights nearly broke me."
    assert predict(text).polarity == "pos"


def test_a_dated_trouble_that_still_frightens_stays_negative() -> None:
    text = "Two years ago I lost my job and nearly lost the house. Still scared it will recur."
    assert predict(text).polarity == "neg"


def test_a_quiet_span_of_the_writers_own_time_is_good_news() -> None:
    assert predict("Quiet Saturday, pottered in the garden and read the paper.").polarity == "pos"


def test_a_quiet_week_told_with_its_cost_stays_negative() -> None:
    assert predict("Quiet week, barely covered the diesel.").polarity == "neg"
