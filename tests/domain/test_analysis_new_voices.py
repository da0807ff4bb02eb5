"""Sixteenth round: strain and feelings new writers leave unnamed, both ways.

The blind batch ``test19`` (with ``test15``–``test18`` and the corpora as a check) showed
general forms the rules missed: sarcasm opened by praise before any event, nights told by the
hour, money lacked or running out, an echo fragment of exasperation, worry told as checking
and going over, a story of change told in two sentences (calm), good news rated as the best
told with a grin, and being looked after. Each test pairs an entry where the chip must come with one
where it must not. The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from tests.support.analysis_chips import chips


@pytest.mark.parametrize(
    ("text", "stress"),
    [
        # praise alone before an event that is not the writer's own good news: sarcasm, so
        # the event's topic counts and nothing is joy
        ("Super, the landlord wants the rent a week early this month.", {"home", "money"}),
        ("Oh good, another meeting moved to half five on a Friday.", {"work"}),
        ("Ah yes, the boiler's making that noise again.", {"home"}),
        ("Nothing says Monday like a parking fine on the windscreen.", {"money"}),
    ],
)
def test_sarcasm_opened_by_praise_reads_as_strain(text: str, stress: set[str]) -> None:
    got_stress, emotions, polarity = chips(text)
    assert stress <= got_stress
    assert not emotions & {"joy", "gratitude", "calm"}
    assert polarity == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "Great, I finally got the keys to the flat!",
        "Brilliant, we won the pub quiz by a single point.",
    ],
)
def test_praise_before_the_writers_own_news_stays_praise(text: str) -> None:
    _, _, polarity = chips(text)
    assert polarity == "pos"


def test_thanks_need_a_bad_event_to_be_sarcastic() -> None:
    _, emotions, polarity = chips("Thank you, Auntie Jo, for the lift to the station.")
    assert "gratitude" in emotions
    assert polarity == "pos"


def test_a_set_phrase_of_irony_after_a_mishap_is_no_joy() -> None:
    _, emotions, polarity = chips("Printer jammed with the whole report in it. Love that for me.")
    assert "joy" not in emotions
    assert polarity == "neg"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # up or woken in the small hours: a poor night by itself
        ("Woke at half four and lay there listening to the bins.", True),
        ("Stayed up till 3am finishing the grant form.", True),
        ("Another all-nighter on the cover letters.", True),
        ("Couldn't get back off after the smoke alarm chirped.", True),
        # an hour of the day, or routine, is no poor night
        ("Shouted at by a drunk at the bus stop at 2am on the way home.", False),
        ("Up at four for the sunrise walk and it was worth every minute.", False),
    ],
)
def test_nights_told_by_the_hour(text: str, expected: bool) -> None:
    stress, _, _ = chips(text)
    assert ("sleep" in stress) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vet wants two hundred quid I don't have.", True),
        ("They've cut my hours again and rent is due.", True),
        ("The electricity bill has doubled since the spring.", True),
        ("The agency paid me short for the third week running.", True),
        ("Cash runs out a week before payday every month.", True),
        ("Paid off the car today, first time debt-free in years.", False),
        ("Remember to pay attention to the new recycling days.", False),
    ],
)
def test_money_lacked_running_out_or_multiplied(text: str, expected: bool) -> None:
    stress, _, _ = chips(text)
    assert ("money" in stress) is expected


def test_an_echo_fragment_is_exasperation() -> None:
    stress, _, polarity = chips("Council tax went up to two thousand this year. Two thousand.")
    assert "money" in stress
    assert polarity == "neg"


def test_a_fragment_after_good_news_is_no_echo() -> None:
    stress, _, polarity = chips("Got the bonus at work. The bonus!")
    assert "work" not in stress and "money" not in stress
    assert polarity != "neg"


@pytest.mark.parametrize(
    "text",
    [
        "My first winter on the boats I was seasick every day. Now I barely notice the swell.",
        "When I started the job I cried in the toilets most Fridays. Six years on I run the place.",
    ],
)
def test_a_story_of_change_in_two_sentences_is_calm(text: str) -> None:
    stress, emotions, polarity = chips(text)
    assert "calm" in emotions
    assert not emotions & {"sadness", "anxiety"}
    assert not stress
    assert polarity == "pos"


def test_a_comparison_in_one_sentence_names_no_calm() -> None:
    _, emotions, _ = chips("I used to hate the school run, now I don't mind it.")
    assert "calm" not in emotions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lay awake going over whether I'd locked the shop.", True),
        ("Keep rereading the email from HR for a hidden meaning.", True),
        ("Woke up convinced I'd sent the wrong invoice.", True),
        ("Been fretting about the scan results all week.", True),
        ("Did the tax return sums twice and still can't make them add up.", False),
        ("Third Sunday of retirement and I don't know what to do with myself.", False),
        ("Went over the route with the kids before the hike.", False),
    ],
)
def test_worry_in_the_forms_it_takes_unnamed(text: str, expected: bool) -> None:
    _, emotions, _ = chips(text)
    assert ("anxiety" in emotions) is expected


@pytest.mark.parametrize(
    ("text", "emotion"),
    [
        ("Got the last tile on straight first go. Did a little dance in the hall.", "joy"),
        ("Old Mrs Lane waved at me from her window every day this week. Made my shift.", "joy"),
        ("My sister cooked for us all week while I was ill. Felt very looked after.", "gratitude"),
    ],
)
def test_good_news_told_with_a_grin_and_being_looked_after(text: str, emotion: str) -> None:
    _, emotions, _ = chips(text)
    assert emotion in emotions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A customer screamed at me over a refund I'm not allowed to give.", True),
        ("Three call-outs before nine and I'm knackered already.", True),
        ("Bought a new phone contract with loads of data, bargain.", False),
    ],
)
def test_the_work_of_trades_and_shops(text: str, expected: bool) -> None:
    stress, _, _ = chips(text)
    assert ("work" in stress) is expected
