"""Topic rule families read by class of wording, each both ways (a question that now maps, one
that keeps its topic): a place put first and pointed back to by "there"; someone's last visit
with who they are before the name; a gap told first and its length asked after; a tension about
the job; the world gone grey over a stretch; looking after oneself let go; a quarrel with someone
is no time with them; loads counted or someone ill at home; wine by its colour or grape; clips
binged into the night; a dish named with its batch; a dish shared with people; a default activity
put first and weighed after a break.

A thing put first and described in a break of its own before the weighing ("the Strava thing,
logging runs, is it good for me") is the subject: the activity its description names lends it
no items when the journal lacks the thing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from neuroleaf_desktop.domain.insights import classify
from neuroleaf_desktop.domain.insights.gather import gather
from neuroleaf_desktop.domain.insights.named_activity import journal_writes
from neuroleaf_desktop.domain.insights.shared_meals import meal_with
from neuroleaf_desktop.domain.models import MoodCheckIn
from tests.support.insight_topics import DEMO_ACTIVITIES, topic_of

WRITES = journal_writes(["Tense all evening, did some yoga.", "Went for a run, then a walk."])
START = date(2026, 9, 1)


def _checkins() -> list[MoodCheckIn]:
    """Six weeks of check-ins with mood, sleep and anxiety every day, exercise, walks, friends
    and family in turn: an answer about any of them has items."""
    turns = (("exercise",), ("walk",), ("friends",), ("family",), ())
    out = []
    for n in range(42):
        day = START + timedelta(days=n)
        at = datetime(day.year, day.month, day.day, 20, tzinfo=UTC)
        out.append(MoodCheckIn(id=f"c{n}", logged_at=at, tz_offset_min=0, mood=2 + n % 5,
                               sleep_hours=5.0 + (n % 5) * 0.6, anxiety=1 + n % 4,
                               activities=turns[n % 5]))  # fmt: skip
    return out


# ---- a place pointed back to; someone's last visit; a gap and its length -----------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Aldeburgh last summer, what was I like while we were there", ("activity", "Aldeburgh")),
        ("Crete in June, was I happier there?", ("activity", "Crete")),
        ("Whitby, how did I sleep while I was there", ("activity", "Whitby")),
        ("Lisbon last spring, how was my mood when we got there", ("activity", "Lisbon")),
        ("Skye over Easter, did I feel calmer there", ("activity", "Skye")),
        # unchanged: "is there" says something exists; no place is pointed back to
        ("Ikea on a Saturday, is there any point", ("unknown", "")),
        ("Mondays, is there anything that helps", ("low_mood", "")),
        ("when did my cousin Tadhg last come round for a cup of tea", ("last_time", "Tadhg")),
        ("when did our neighbour Femi last pop in", ("last_time", "Femi")),
        ("when did my nan Eileen last ring", ("last_time", "Eileen")),
        ("when has my godmother Ruth last visited", ("last_time", "Ruth")),
        ("when did my little brother Cian last text me", ("last_time", "Cian")),
        ("when did my friend Oksana last come over", ("last_time", "Oksana")),
        ("when did my sister last ring me", ("last_time", "family")),
        # unchanged: the person's own last time with them
        ("when did I last see my cousin Tadhg", ("last_time", "Tadhg")),
        ("it's been ages since a jog along the prom, how many weeks", ("last_time", "exercise")),
        ("been a while since I saw Gran - how long exactly", ("last_time", "Gran")),
        ("it's been yonks since I went swimming, how many months is it", ("last_time", "exercise")),
        ("it has been forever since my last yoga class, how long", ("last_time", "yoga")),
        ("been too long since we had the cousins over, how many weeks now",
         ("last_time", "family")),
        ("it's been months since I felt properly rested, how many exactly", ("last_time", "sleep")),
        # unchanged: a gap told, then something else asked
        ("it's been ages since I felt this good, how do I keep it going", ("unknown", "")),
        ("been a while since I did yoga, how do I get back into it", ("activity", "yoga")),
    ],
)  # fmt: skip
def test_places_visits_and_gaps(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a tension about the job; the world gone grey; looking after oneself let go ----------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which was the last week I wasn't wound up about work", ("last_time", "stress")),
        ("I'm wound up about work, what helps", ("stress", "")),
        ("why am I so worked up about my job lately", ("stress", "")),
        ("so keyed up about work I can't think, what helps", ("stress", "")),
        ("was wound up about work all week, did anything help", ("stress", "")),
        # unchanged: a named fear of work, a tension about something else
        ("why am I anxious about work", ("anxiety", "")),
        ("I get wound up before exams, what helps", ("anxiety", "")),
        ("everything's been grey since my best mate emigrated to Perth", ("low_mood", "")),
        ("life has felt so drab since the clocks went back", ("low_mood", "")),
        ("things have looked colourless all winter, what helps", ("low_mood", "")),
        ("the days have been bleak since Christmas", ("low_mood", "")),
        ("everything has seemed dreary since I left uni, what lifts it", ("low_mood", "")),
        # unchanged: grey weather asked about the world
        ("has the weather been grey all week", ("unknown", "")),
        ("can't be bothered to shower or answer texts for days at a time, what gets me out of it",
         ("low_mood", "")),
        ("can't be bothered to get dressed lately, what helps", ("low_mood", "")),
        ("couldn't be bothered to get dressed all week, why", ("low_mood", "")),
        ("I can't be bothered to wash my hair anymore, what's going on", ("low_mood", "")),
        ("can't be bothered to brush my teeth most days, what helps", ("low_mood", "")),
        ("couldn't be bothered to open the curtains today, what helps", ("low_mood", "")),
        # unchanged: no get-up-and-go for doing anything; a doing put off
        ("can't be bothered to do anything, what helps", ("energy", "")),
        ("couldn't be bothered to do anything yesterday, why", ("energy", "")),
        ("can't be bothered to go to the gym, what helps", ("activity", "exercise")),
    ],
)  # fmt: skip
def test_job_tension_grey_and_self_care(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a quarrel; loads counted or someone ill at home -------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("after a row with my sister am I more nervous for the next few days", ("anxiety", "")),
        ("after an argument with my mum am I more anxious", ("anxiety", "")),
        ("had words with my manager, am I more on edge after", ("anxiety", "")),
        ("a bust-up with my flatmate, am I lower for days after", ("low_mood", "")),
        ("fell out with my best mate, am I more anxious since", ("anxiety", "")),
        ("falling out with my mates leaves me low for days, what helps", ("low_mood", "")),
        ("does fighting with my dad wreck my sleep", ("sleep", "")),
        ("rows with my partner, do they keep me up at night", ("sleep", "")),
        # unchanged: time spent with them
        ("does a walk with my sister cheer me up", ("activity", "walk")),
        ("do I feel better after seeing my family", ("activity", "family")),
        ("am I calmer after a natter with my mum", ("activity", "family")),
        ("with a sick toddler at home and three things due, what keeps you going", ("stress", "")),
        ("four jobs due by Friday, how do I cope", ("stress", "")),
        ("three reports due and a sick kid at home, what helps", ("stress", "")),
        ("two pieces of work due tomorrow, what gets me through", ("stress", "")),
        ("several projects due this month, what helps", ("stress", "")),
        ("three things due this week, what keeps me going", ("stress", "")),
        # unchanged: my own sleep beside a sick child; things due back are no load
        ("with a sick toddler at home I can't sleep, what helps", ("sleep", "")),
        ("three books due back at the library, does reading help me", ("activity", "reading")),
    ],
)  # fmt: skip
def test_quarrels_and_loads(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- drinks, late clips, batches, meals with people, a default activity put first --------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("a bottle of pink shared midweek, how does it leave me", ("activity", "alcohol")),
        ("a glass of rosé on a Friday night, good or bad for me", ("activity", "alcohol")),
        ("the odd glass of pinot grigio, does it affect my sleep", ("activity", "alcohol")),
        ("do I sleep worse after a merlot or two", ("activity", "alcohol")),
        ("a sangria in the sun, does it lift me", ("activity", "alcohol")),
        ("a bottle of blush with dinner, how am I the next day", ("activity", "alcohol")),
        # unchanged: a colour that is no drink
        ("pink skies at dusk, do they calm me", ("activity", "pink skies")),
        ("does red meat affect my mood", ("activity", "red meat")),
        ("bingeing YouTube Shorts past midnight, does it wreck the next day",
         ("activity", "screen late")),
        ("TikToks till two in the morning, does that wreck me", ("activity", "screen late")),
        ("watching YouTube videos in bed till 1am, how am I the next day",
         ("activity", "screen late")),
        ("reels past midnight, do they mess up my sleep", ("activity", "screen late")),
        ("clips on my phone until gone midnight, is that bad for me", ("activity", "screen late")),
        ("bingeing shorts till 3, how's my mood after", ("activity", "screen late")),
        # unchanged: a practice learnt from a platform; the telly binged in the evening
        ("watching YouTube yoga videos, do they help", ("activity", "yoga")),
        ("does binge watching telly help me relax", ("activity", "tv")),
        ("Sunday dal batch for the week ahead, good for my head", ("activity", "cooking")),
        ("a chilli batch for the freezer on Sundays, does it help me", ("activity", "cooking")),
        ("my soup batches on a Sunday afternoon, do they calm me", ("activity", "cooking")),
        ("the curry batch I do every Saturday, good for my mood", ("activity", "cooking")),
        ("a stew batch for the week, does it settle me", ("activity", "cooking")),
        ("a lentil dal batch on Sunday night, worth it", ("activity", "cooking")),
        # unchanged: a batch of something no dish
        ("does a batch of emails after dinner stress me", ("stress", "")),
        ("Friday dim sum with my mates, am I happier after", ("activity", "friends")),
        ("sushi with the girls, does it lift me", ("activity", "friends")),
        ("a Sunday roast with the family, how am I after", ("activity", "family")),
        ("tapas on Saturday with all my mates, good for me?", ("activity", "friends")),
        ("Friday curry with my mates, am I happier after", ("activity", "friends")),
        ("pizza with the cousins on a Friday, does it cheer me up", ("activity", "family")),
        # unchanged: a dish made with them is cooking; a dish alone; a game with them
        ("making curry with my mum, does it help", ("activity", "cooking")),
        ("does dim sum cheer me up", ("activity", "dim sum")),
        ("canasta with the cousins, does it help", ("activity", "canasta")),
        ("my fortnightly counselling since spring, any difference to me", ("activity", "therapy")),
        ("my therapy sessions, any difference to me", ("activity", "therapy")),
        ("my weekly CBT, is it doing anything", ("activity", "therapy")),
        ("the psychologist every other week, worth it?", ("activity", "therapy")),
        ("my counselling since spring, any difference to me", ("activity", "therapy")),
        ("counselling, any difference to me", ("activity", "therapy")),
        # unchanged: a thing put first the rules do not read as a default activity
        ("the weekly shop, does it stress me out", ("activity", "shop")),
        ("yoga before work, half an hour, is it lifting my mood", ("activity", "yoga")),
    ],
)  # fmt: skip
def test_drinks_clips_batches_meals_and_put_first(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


def test_a_meal_with_people_only_where_the_dish_is_had_with_them() -> None:
    assert meal_with("Friday dim sum with my mates, am I happier after", ("friends", "mates"))
    assert not meal_with("making curry with my mum, does it help", ("family", "mum"))
    assert not meal_with("walks with my mates, do they help", ("friends", "mates"))
    assert not meal_with("Friday dim sum with my mates", ("walk", "walk"))


# ---- a thing put first and described before it is weighed --------------------------------------
@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("the Garmin watch, tracking my runs, is it doing me any good", "Garmin"),
        ("volunteering at the food bank, sorting tins with my mates, does it lift me",
         "volunteering"),
        ("marshalling, not running myself, does it lift my mood", "marshalling"),
        ("refereeing, running the line on Saturdays, does it help my head", "refereeing"),
        ("the step counter, logging every walk, is it good for me", "step counter"),
        ("bell ringing at church, Sunday practice with the family, does it help me",
         "bell ringing"),
        ("the Fitbit, counting every walk, is it good for me", "Fitbit"),
        ("stewarding at the football, standing about for hours, is it good for my head",
         "stewarding"),
        ("cricket in the park with my cousins on Sunday, yaar, does it improve my mood at all",
         "cricket"),
    ],
)  # fmt: skip
def test_a_described_thing_put_first_borrows_no_items(question: str, thing: str) -> None:
    topic = classify(question, activities=DEMO_ACTIVITIES, written=WRITES)
    assert (topic.kind, topic.subject) == ("activity", thing)
    found = gather(topic, _checkins(), [])
    assert not found.items
    assert found.gaps


@pytest.mark.parametrize(
    ("question", "activity"),
    [
        ("my runs, three a week, are they helping", "exercise"),
        ("yoga before work, half an hour, is it lifting my mood", "yoga"),
        # a doing said to be done there, or where the thing put first is done, is the subject
        ("the quiet carriage on the commute, reading there, does it cut my stress", "reading"),
        ("pottering about in the pine forest at the weekend, does that help my head?", "nature"),
    ],
)
def test_a_described_activity_put_first_keeps_its_items(question: str, activity: str) -> None:
    topic = classify(question, activities=DEMO_ACTIVITIES, written=WRITES)
    assert (topic.kind, topic.subject) == ("activity", activity)
    if activity == "exercise":
        assert gather(topic, _checkins(), []).items
