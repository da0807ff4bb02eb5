"""Topic rule families read by class of wording, each both ways (a question that now maps, one
that keeps its topic): a quarrel named as the thing done ("a day of arguing", "the bickering")
is never a pastime weighed; the day shut out for a stretch ("haven't opened the curtains in
three days") is low mood; a feeling dated from someone moving into the home or born into the
family ("since my flatmate's boyfriend moved in") is asked, not time with them; a filled dough
closed by hand ("folding dumplings", "pleating gyoza") is cooking; an evening held at someone's
home ("games night round at my mates' flat") is time with them; volunteering at an event or a
place named by what others do there ("volunteering at parkrun, marshalling not running") is the
volunteering, not that sport."""

from __future__ import annotations

import pytest

from tests.support.insight_topics import topic_of


# ---- a quarrel named as the thing done ---------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("after a day of arguing do I end up more on edge", ("anxiety", "")),
        ("does all the bickering at home make me more anxious", ("anxiety", "")),
        ("the shouting matches with my landlord, do they keep me up at night", ("sleep", "")),
        ("do the arguments with my teenager leave me drained", ("energy", "")),
        ("has the falling-out with my sister made me sadder", ("low_mood", "")),
        ("after an evening of squabbling with the kids am I more stressed", ("stress", "")),
        ("we had a right slanging match last night, is that why I'm so tearful",
         ("low_mood", "")),
        ("ar we bickerin more wen im anxius", ("anxiety", "")),
        # unchanged: rowing a boat and a fighting sport are pastimes
        ("does rowing on the river calm me", ("activity", "rowing")),
        ("does boxing at the gym help my mood", ("activity", "boxing")),
    ],
)  # fmt: skip
def test_a_quarrel_is_no_pastime(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- the day shut out for a stretch ------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("haven't opened the curtains in days, how do I get out of this", ("low_mood", "")),
        ("not been out of my room in days, what usually gets me going again", ("low_mood", "")),
        ("haven't showered in a week, honestly, what do I do", ("low_mood", "")),
        ("we haven't opened the blinds for days, has anything worked before", ("low_mood", "")),
        ("She says I haven't left the house in two weeks. What helped last time?",
         ("low_mood", "")),
        ("hadn't got dressed for a few days last month, what pulled me out", ("low_mood", "")),
        ("haven't been outside in a week, what helps", ("low_mood", "")),
        # unchanged: no stretch (only a morning), a place of work, a doing left off
        ("haven't opened the curtains yet, when did I last go running",
         ("last_time", "exercise")),
        ("haven't left the office before eight in weeks, is that why I'm frazzled",
         ("stress", "")),
        ("I haven't been to the gym in a week, does it matter for my mood",
         ("activity", "exercise")),
    ],
)  # fmt: skip
def test_the_day_shut_out(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- someone moving into the home or born into the family dates a feeling ---------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("broken sleep since my lodger's girlfriend moved in", ("sleep", "")),
        ("I've slept like rubbish ever since my sister's new partner moved in", ("sleep", "")),
        ("after my brother's baby came along did my sleep get worse", ("sleep", "")),
        ("since my flatmate's dog moved in I've been on edge, why", ("anxiety", "")),
        ("since our son was born have I slept worse", ("sleep", "")),
        ("ever since my best mate moved out I've felt flat", ("low_mood", "")),
        # unchanged: time together weighed, the move only when it began
        ("do walks with my sister help since she moved in", ("activity", "walk")),
        ("do I sleep better after seeing my friends", ("activity", "friends")),
    ],
)  # fmt: skip
def test_a_move_or_birth_dates_the_feeling(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a filled dough closed by hand -------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does pleating gyoza on a Sunday calm me down", ("activity", "cooking")),
        ("crimping pasties for the freezer, any good for my mood", ("activity", "cooking")),
        ("we spent the afternoon stuffing vine leaves, does that kind of thing settle me",
         ("activity", "cooking")),
        ("filling a tray of samosas for Eid, did it lift me", ("activity", "cooking")),
        ("wrapping wontons after work, worth keeping up", ("activity", "cooking")),
        ("folding momos with my aunty, am I calmer after", ("activity", "cooking")),
        # unchanged: folded laundry is a chore, folded paper a craft of its own
        ("folding laundry after work, does it calm me", ("activity", "chores")),
        ("folding paper cranes in the evening, good for me", ("activity", "paper cranes")),
    ],
)  # fmt: skip
def test_a_dough_closed_by_hand_is_cooking(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- an evening held at someone's home ---------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("film night over at my mates' place, does it cheer me up", ("activity", "friends")),
        ("a poker night round at my brother's, how do I feel after", ("activity", "family")),
        ("board game evenings over at our friends', worth it", ("activity", "friends")),
        ("curry night round at my folks', am I brighter the next day", ("activity", "family")),
        ("karaoke nights up at my cousins' house, do they lift me", ("activity", "family")),
        ("quiz night round at my mates' flat, does it lift me", ("activity", "friends")),
        # unchanged: held at no one's home, or had alone with a console
        ("darts nights at the club, am I happier after", ("activity", "darts")),
        ("video games night on the Xbox, does it help", ("activity", "gaming")),
        ("film nights with my partner, do they help me unwind", ("activity", "tv")),
    ],
)  # fmt: skip
def test_an_evening_at_their_home_is_time_with_them(
    question: str, expected: tuple[str, str]
) -> None:
    assert topic_of(question) == expected


# ---- volunteering at an event named by a sport -------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("volunteering at the Saturday parkrun, does it do me good", ("activity", "volunteering")),
        ("volunteering at the yoga retreat, did it calm me down", ("activity", "volunteering")),
        ("volunteering at the walking festival, worth it", ("activity", "volunteering")),
        ("since I started volunteering at parkrun have I been brighter",
         ("activity", "volunteering")),
        ("volunteering at the swimming gala, not swimming myself - any good for my mood?",
         ("activity", "volunteering")),
        ("does volunteering at the climbing centre help my stress", ("activity", "volunteering")),
        ("is volunteering at the gym good for my anxiety", ("activity", "volunteering")),
        # unchanged: the sport done there, or the event itself
        ("does running at parkrun help my mood", ("activity", "exercise")),
        ("do I feel better after the parkrun", ("activity", "exercise")),
        ("does yoga at the retreat calm me down", ("activity", "yoga")),
    ],
)  # fmt: skip
def test_volunteering_at_an_event_is_volunteering(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected
