"""Eight classes of wording the topic rules read by the question's grammar, each both ways.

- Kin a generation down ("the grandkids", "my granddaughter", "the grandbabies") are family,
  as kin a generation up are; a grand day out or the Grand Canyon is not.
- A dish tended on the hob by its own name ("stirring a big risotto", "simmering a chilli",
  "braising a stew") is cooking, as a pan stirred is; a tea stirred or trouble stirred up is not.
- A yoga pose named by what it does with the body ("legs up the wall", "hip openers", "a
  forward fold") is yoga, as a pose by its name is; a can opener or legs up on the sofa is not.
- The day told in writing ("scribbling how the day went", "noting down what happened each
  day"), or words put in another app's notes ("my phone's notes app"), is journaling; how the
  day went at work, asked outright, is not.
- A way there and back told by its route alone ("down the lane to the honesty box and back",
  "up to the trig point and back", "a there-and-back to the village") is a walk; a drive or a
  flight there and back, or back and forth to a hospital, is not.
- A case told first that names a feeling, then a remedy asked for it ("if the neighbours' telly
  keeps you up, what's worth trying") asks about the feeling: what sets it off is only the
  case; a doing weighed after the case ("if I go to the gym, do I sleep better") still is.
- A course or a market held at night ("night classes", "night school", "the night market") is
  no night's sleep; keeping one's head above water, or afloat, is stress.
- A textile a craft makes or works ("tatting lace", "spinning wool") is not the craft's name:
  the craft is; wood chopped for the stove stays as written.
"""

from __future__ import annotations

import pytest

from tests.support.insight_topics import DEMO_ACTIVITIES, topic_of

# the demo profile also logs these two
LOGS = DEMO_ACTIVITIES | {"journaling", "therapy"}


# ---- kin a generation down are family ----------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "video calls with the grandkids in Vancouver, do they cheer me up",
            ("activity", "family"),
        ),
        ("time with the grandkids, does it cheer me up", ("activity", "family")),
        ("does babysitting my granddaughter lift my mood", ("activity", "family")),
        ("having the grandchildren over on Sundays, am I brighter after", ("activity", "family")),
        ("phone calls with my grandson in Perth, do they help", ("activity", "family")),
        ("are weekends with the grandbabies good for my nerves", ("activity", "family")),
        ("when did I last see the grandkids", ("last_time", "family")),
        # unchanged: a named grandchild is the person, and "grand" alone is no kin
        ("my great-grandson Alfie visits on Saturdays, am I brighter after", ("activity", "Alfie")),
    ],
)
def test_kin_a_generation_down(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    "question",
    ["a grand day out at the coast, does it help", "the Grand Canyon trip, did it lift me"],
)
def test_grand_alone_is_no_kin(question: str) -> None:
    assert topic_of(question)[1] != "family"


# ---- a dish tended on the hob is cooking -------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("stirring a big risotto on a Saturday night, am I calmer after", ("activity", "cooking")),
        ("simmering a chilli all Sunday afternoon, does it settle me", ("activity", "cooking")),
        (
            "I've been braising a beef stew at weekends, any good for my mood",
            ("activity", "cooking"),
        ),
        ("does basting the Sunday roast lift me", ("activity", "cooking")),
        ("stirred a pot of porridge before work, did it set me up", ("activity", "cooking")),
        (
            "she had me stirring the bolognese while we chatted, was I calmer that evening",
            ("activity", "cooking"),
        ),
    ],
)
def test_a_dish_tended_on_the_hob(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "stirring my tea, does it calm me",
        "stirring up trouble at work, is it stressing me",
        "I didn't stir once before the alarm, was it the walk",
    ],
)
def test_a_tea_or_trouble_stirred_is_no_cooking(question: str) -> None:
    assert topic_of(question)[1] != "cooking"


# ---- a yoga pose by what it does with the body -------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("legs up the wall and some hip openers before bed, worth it", ("activity", "yoga")),
        ("hip openers in the evening, do they help", ("activity", "yoga")),
        ("I've been doing legs-up-the-wall after work, is it calming me", ("activity", "yoga")),
        ("do heart openers first thing lift my mood", ("activity", "yoga")),
        ("a forward fold or two at my desk, does it ease the stress", ("activity", "yoga")),
        ("shoulder-opening stretches before bed, do they help me sleep", ("activity", "yoga")),
        ("did I sleep better on nights I did legs up the wall", ("activity", "yoga")),
    ],
)
def test_a_pose_by_what_it_does(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "with my legs up on the sofa all evening, am I more tired",
        "is a new can opener worth it",
        "the walk was an eye-opener, did it help",
    ],
)
def test_no_pose_without_the_body(question: str) -> None:
    assert topic_of(question)[1] != "yoga"


# ---- the day told in writing is journaling -----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "scribbling how the day went in my phone's notes app at bedtime, any use",
            ("activity", "journaling"),
        ),
        ("jotting down how my day was before bed, does it settle me", ("activity", "journaling")),
        ("do I sleep better when I write down what happened each day", ("activity", "journaling")),
        (
            "typing up how the day went on my laptop at night, is it helping my mood",
            ("activity", "journaling"),
        ),
        (
            "noting what happened during the day before lights out, worth keeping up",
            ("activity", "journaling"),
        ),
        ("writing in my phone's notes app at night, any use", ("activity", "journaling")),
        ("jotting my worries in my phone's notes app, does it calm me", ("activity", "journaling")),
    ],
)
def test_the_day_told_in_writing(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question, LOGS) == expected


@pytest.mark.parametrize(
    "question",
    [
        "how the day went at work, is it stressing me",
        "write me a plan for the day, what helps my energy",
        "a grand day out with the girls, what was I like after",
    ],
)
def test_a_day_not_written_down(question: str) -> None:
    assert topic_of(question, LOGS)[1] != "journaling"


@pytest.mark.parametrize(
    "question", ["can I use this app on my phone's browser", "does my phone's journal app sync"]
)
def test_this_app_on_a_phone_is_still_the_app(question: str) -> None:
    assert topic_of(question, LOGS) == ("unknown", "")


# ---- a way there and back told by its route is a walk ------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("down the lane to the honesty box and back after tea, does it help", ("activity", "walk")),
        ("up to the trig point and back on a Sunday, is it good for me", ("activity", "walk")),
        ("round to the corner shop and back first thing, does it perk me up", ("activity", "walk")),
        ("along the river to the weir and back, am I calmer after", ("activity", "walk")),
        ("a quick nip down to the postbox and back, worth it for my head", ("activity", "walk")),
        ("my daily out-and-back along the seafront, does it lift me", ("activity", "walk")),
        (
            "is a there-and-back to the village before breakfast good for my sleep",
            ("activity", "walk"),
        ),
    ],
)
def test_a_way_there_and_back(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "we drove down to see my in-laws in Devon and back in a weekend, and now I'm completely "
        "shattered, what helps",
        "a there-and-back drive to the coast, does it help",
        "flying to Madrid and back for work, is it wearing me out",
        "back and forth to the hospital all week, what's helped my stress",
    ],
)
def test_a_ride_there_and_back_is_no_walk(question: str) -> None:
    assert topic_of(question)[1] != "walk"


# ---- a case told first, then a remedy asked for the feeling it names ---------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("if the neighbours' telly keeps you up, what's worth trying", ("sleep", "")),
        ("when my partner's gaming keeps me awake till two, what helps", ("sleep", "")),
        ("if next door's music keeps me up again tonight, how do I cope", ("sleep", "")),
        ("if the neighbours' telly keeps me up, what helps", ("sleep", "")),
        ("when my flatmate's telly keeps me up till late, what's worth a go", ("sleep", "")),
        ("every time the football's on and I can't sleep, what helps me drop off", ("sleep", "")),
        ("whenever the kids' cartoons blare at 6am and I'm exhausted, any tips", ("energy", "")),
    ],
)
def test_a_remedy_for_the_case(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # unchanged: a doing weighed after the case, or asked about itself
        ("if I go to the gym, do I sleep better", ("activity", "exercise")),
        ("when I watch telly late, does it keep me up", ("activity", "tv")),
        ("if the telly keeps me up, is it worth getting rid of it", ("activity", "tv")),
        ("when I'm stressed, does a walk help", ("activity", "walk")),
    ],
)
def test_a_doing_weighed_after_the_case(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a night course is no night's sleep; head above water is stress ----------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "night classes on top of a full-time job, how do I keep my head above water",
            ("stress", ""),
        ),
        (
            "night school twice a week plus the kids, how do I keep my head above water",
            ("stress", ""),
        ),
        ("how do I keep my head above water with three deadlines", ("stress", "")),
        ("what's kept me afloat on the weeks the rota was brutal", ("stress", "")),
        ("when you're barely keeping your head above water, what helps", ("stress", "")),
        ("doing a night course and working days, what's helped me stay afloat", ("stress", "")),
    ],
)
def test_keeping_afloat(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # unchanged: a shift or a night of sleep is still the night
        ("what helps me fall asleep when I'm coming home from night shift", ("sleep", "")),
        ("how have my nights been since the clocks changed", ("sleep", "")),
    ],
)
def test_nights_still_slept(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


def test_a_night_market_is_no_sleep() -> None:
    assert topic_of("the night market on Fridays, does it cheer me up")[0] != "sleep"


# ---- a textile a craft works is not the craft's name -------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("tatting lace by the fire of an evening, has it made me calmer", "tatting"),
        ("spinning wool on my wheel, does it settle me", "spinning"),
        ("does embroidering linen of an evening calm me", "embroidery"),
        ("felting wool with the kids on Sundays, do I feel better", "felting"),
        ("tatting lace, has it made me calmer", "tatting"),
        ("weaving cloth on the old loom, am I calmer after", "weaving"),
    ],
)
def test_a_textile_is_what_the_craft_makes(question: str, expected: str) -> None:
    assert topic_of(question) == ("activity", expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # unchanged: wood chopped is no textile, and a purchase is no craft
        ("chopping wood for the stove, is that doing my head any good", "chopping wood"),
        ("buying fabric online at midnight, is it wrecking my sleep", "buying fabric online"),
    ],
)
def test_no_textile_no_craft(question: str, expected: str) -> None:
    assert topic_of(question) == ("activity", expected)
