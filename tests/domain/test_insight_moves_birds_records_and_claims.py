"""Nine classes of wording the topic rules read by meaning, each both ways.

- A workout move named on its own is exercise ("star jumps", "planks and crunches", "mountain
  climbers"); a plank of a fence is not.
- A wild bird watched, fed or listened to by its kind is the outdoors ("the wagtails on the
  weir", "moorhens and coots"); pigeons that wake the person, or a team named after a bird, are
  not.
- Sport watched again in bed or into the night is the late screen ("match highlights in bed
  till one", "old title fights past midnight"); a match at the pub is company.
- A story by its length is reading ("a short story", "a novella", "an old ghost story"); one
  being written is not.
- Records played, whoever's they were, are music ("dad's old records on the turntable",
  "dropping the needle"); dinner at dad's is family, a personal record at parkrun a run.
- An evening named by the game played at it is an occasion, not a night's sleep ("a card night",
  "a whist night"), and a group named with "old" by what it once shared is friends ("the old
  bowls club lot"); a rough night with the baby is still sleep.
- The day put into writing is journaling ("the highs and lows of my day", "the day's events");
  a letter or a meeting's minutes are not.
- The app's charts and counters hidden or switched off are a question about the app ("turn off
  the mood graph"); a telly or a phone switched off is not.
- A claim about what a thing does to people at large, asked whether it holds, is about the
  world ("any truth in chamomile helping people drop off"); asked of the person's own worry, it
  is theirs.
"""

from __future__ import annotations

import pytest

from tests.support.insight_topics import DEMO_ACTIVITIES, topic_of

# The demo's activities with journaling kept too, as a person who journals logs it.
WITH_JOURNALING = {*DEMO_ACTIVITIES, "journaling"}


# ---- a workout move ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "star jumps in the lounge first thing, do they wake me up",
        "she does planks and crunches before work, does it help her mood",
        "twenty lunges every morning, did that lift my energy last month",
        "jumping jacks in the garden before work, worth it",
        "a set of crunches and tricep dips before bed, do I sleep better",
        "high knees and wall sits in my lunch break, am I less tense after",
        "we did mountain climbers in the park on Saturday, did I feel livelier",
    ],
)
def test_a_workout_move_is_exercise(question: str) -> None:
    assert topic_of(question) == ("activity", "exercise")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("lunch with Tom on Fridays, does it cheer me", ("activity", "Tom")),
        (
            "the plank on the fence came loose and I've been stressed since, what helps",
            ("stress", ""),
        ),
    ],
)
def test_a_plank_or_a_lunch_is_no_move(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a wild bird by its kind -------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "watching the wagtails on the weir, does it calm me",
        "we fed the moorhens and coots at the lake, did it lift my spirits",
        "spotting grebes on the reservoir, good for my anxiety?",
        "listening to the warblers in the reeds, am I calmer after",
        "looking out for hawks and falcons on the drive up, does it cheer me up",
        "I watched the mallards squabble on the canal, was my mood better that day",
    ],
)
def test_a_wild_bird_watched_is_the_outdoors(question: str) -> None:
    assert topic_of(question) == ("activity", "nature")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("the pigeons on my windowsill keep waking me, what helps", ("sleep", "")),
        ("watching the Eagles game with my dad, does it lift me", ("activity", "family")),
    ],
)
def test_a_bird_that_wakes_or_a_team_is_not_the_outdoors(
    question: str, expected: tuple[str, str]
) -> None:
    assert topic_of(question) == expected


# ---- sport watched late ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "watching old match highlights in bed till one, is that why I'm shattered",
        "replaying last season's goals under the duvet until 3, why am I so tired",
        "catching up on football replays in bed till gone midnight, is it bad for me",
        "she streams old title fights in bed past midnight, is it wrecking her sleep",
        "classic snooker finals under the covers till late, am I groggier next day",
        "he watches the day's goals in bed till two, does it keep him up",
    ],
)
def test_sport_watched_in_bed_late_is_the_late_screen(question: str) -> None:
    assert topic_of(question) == ("activity", "screen late")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("watching the match at the pub with Dan, does it lift me", ("activity", "Dan")),
        ("my goals for the new year, have they stressed me out", ("activity", "goals")),
    ],
)
def test_sport_with_company_or_goals_set_is_no_late_screen(
    question: str, expected: tuple[str, str]
) -> None:
    assert topic_of(question) == expected


# ---- a story by its length ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("a short story before bed, does it help me drop off", ("activity", "reading")),
        ("reading a novella on the train, does it calm me", ("activity", "reading")),
        ("short stories on a Sunday morning, am I brighter after", ("activity", "reading")),
        ("an old ghost story before lights out, do I sleep worse", ("activity", "reading")),
        ("a novella a week since January, has it helped my mood", ("activity", "reading")),
        ("when did I last read a short story", ("last_time", "reading")),
    ],
)
def test_a_story_by_its_length_is_reading(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("writing a short story for the competition, does it lift me", ("low_mood", "")),
        ("my essay deadline, has it stressed me out", ("stress", "")),
    ],
)
def test_a_story_written_is_not_reading(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- records played ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "putting my grandad's old LPs on the record player, does it lift me",
        "dropping the needle on an old record after work, does it calm me",
        "spinning vinyl in the evenings, am I calmer",
        "putting mum's Motown records on, does it cheer me up",
        "listening to my uncle's old jazz records, am I happier after",
        "a record on the turntable before bed, do I sleep better",
    ],
)
def test_records_played_are_music_whoever_they_were(question: str) -> None:
    assert topic_of(question) == ("activity", "music")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("dinner at dad's on Sundays, do I feel better", ("activity", "family")),
        ("breaking my personal record at parkrun, did it cheer me", ("activity", "exercise")),
    ],
)
def test_a_visit_or_a_personal_record_is_no_music(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- an evening named by its game, a group named with "old" -------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "a card night with the lads from work, do I feel better after",
        "a trivia night with the old school crowd, is it good for me",
        "a Friday card night with my mates, how do I sleep after",
        "a whist night with the old bowls club lot, good for me?",
        "the old tennis club gang came round for a card night, am I brighter the day after",
        "a quiet night in with the old gang, does it help",
    ],
)
def test_a_games_evening_with_an_old_group_is_friends(question: str) -> None:
    assert topic_of(question) == ("activity", "friends")


@pytest.mark.parametrize(
    "question",
    [
        "a rough night with the baby, how's my energy",
        "a bad night with my back, how did I sleep",
    ],
)
def test_a_rough_night_is_still_sleep(question: str) -> None:
    assert topic_of(question) == ("sleep", "")


# ---- the day put into writing ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "activities"),
    [
        ("writing down the highs and lows of my day, does it help me sleep", DEMO_ACTIVITIES),
        ("scribbled today's happenings on a napkin, any good for me", DEMO_ACTIVITIES),
        ("jotting the day's events in a notebook, do I feel better", WITH_JOURNALING),
        ("I wrote up the day's good and bad bits each night, did it calm me", WITH_JOURNALING),
        ("writing the highs and lows of the day in my diary, am I calmer", WITH_JOURNALING),
        ("noting down the day's best bits before lights out, does it help", DEMO_ACTIVITIES),
    ],
)
def test_the_day_put_into_writing_is_journaling(question: str, activities: set[str]) -> None:
    assert topic_of(question, activities) == ("activity", "journaling")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("writing a letter to my gran, does it lift me", ("low_mood", "")),
        (
            "writing up the minutes of the day's meeting, has it stressed me",
            ("activity", "writing"),
        ),
    ],
)
def test_a_letter_or_minutes_are_not_journaling(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- the app's charts switched off -------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "how do I turn off the mood graph",
        "can the sleep charts be hidden, they stress me out",
        "could I turn the mood chart off please",
        "switching off the charts on the home page, how",
        "is there a way to switch the streak counter off",
        "I'd like to hide the weekly stats, where do I do that",
    ],
)
def test_the_apps_charts_switched_off_ask_about_the_app(question: str) -> None:
    assert topic_of(question) == ("unknown", "")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("I switched off the telly early, did I sleep better", ("activity", "tv")),
        ("turning my phone off at nine, does it help me sleep", ("activity", "screen late")),
    ],
)
def test_a_telly_or_phone_switched_off_is_the_persons(
    question: str, expected: tuple[str, str]
) -> None:
    assert topic_of(question) == expected


# ---- a claim about people at large -------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "is there any truth in chamomile tea helping people drop off",
        "any science behind cold showers making folk less anxious?",
        "is there any evidence that lavender helps people sleep",
        "is there real proof behind weighted blankets calming anxious people",
        "was there ever any research on valerian helping folk sleep better",
        "any research showing walks make people happier?",
        "is there any scientific backing for ashwagandha calming folk down",
    ],
)
def test_a_claim_about_people_at_large_is_about_the_world(question: str) -> None:
    assert topic_of(question) == ("unknown", "")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("is there any evidence that birdwatching eases my worry", ("activity", "birdwatching")),
        ("do magnesium tablets help me nod off", ("activity", "magnesium tablets")),
    ],
)
def test_a_claim_about_the_person_asks_the_journal(
    question: str, expected: tuple[str, str]
) -> None:
    assert topic_of(question) == expected
