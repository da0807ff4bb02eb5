"""Ten classes of wording the topic rules read by the question's grammar, each both ways.

- A doing put up front at length and weighed by "it" ("rolling paper strips into coils for
  quilling, does it calm me") is what is asked, whatever feeling follows the comma: when the
  journal does not hold it, the answer is the plain gap, never the feeling's items, even when
  a classifier leans hard to the feeling. The pursuit it is done for names it ("for quilling").
- A name the journal lacks, opening the question, then any form of a verb of getting in touch
  ("Ceridwen ringing on a Thursday", "Bronwen facetiming from Canada") is that person, as "Ray
  rang" was; the school ringing is no one.
- A word after an article is a thing or a creature, never a visitor's name ("watching the
  starlings come in"); any wild bird watched is nature, as the curlews and herons were.
- The picture of a quality ("tight as a drum", "fit as a fiddle") is no doing, as "like a
  drum" was not; "as well as the gym" and "working as a chef" still name what they name.
- A yoga pose counted or done again ("a few downward dogs", "downward-facing dogs") is yoga.
- A phone, tablet or laptop kept up late is the late screen, whatever is on it ("property
  sites on my mobile long after 12"); a tablet asked about by day is not.
- What is written counted in a notebook, with no verb ("three lines in a notebook before the
  lamp goes off") is journaling; pages of a novel are reading.
- The verbs only an instrument takes, with any instrument's name, a maker's too ("plinking
  away on the old Casio", "strumming the Fender") are music; noodling about with recipes is not.
- One load stacked on the rest of life ("plus the day job", "on top of everything") is stress,
  and so is sanity kept through it ("what kept me sane"); whoever is cared for inside the load
  is part of it, not an activity asked about; being on top of things is not.
- A run of days named by a feeling is a condition wherever it stands ("after a few anxious
  days does my mood take a dip"): the feeling asked after is the topic.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights import classify
from tests.support.insight_topics import DEMO_ACTIVITIES, sure_of, topic_of

# the demo profile also logs these two
LOGS = DEMO_ACTIVITIES | {"journaling", "therapy"}


def _nothing_written(_word: str) -> bool:
    return False


def _grounded(question: str, *, leaning: str = "") -> tuple[str, str]:
    """(kind, subject) with a journal that writes none of the question's things, as the app
    reads it; ``leaning``: a classifier all but sure of that kind."""
    topic = classify(
        question,
        activities=DEMO_ACTIVITIES,
        written=_nothing_written,
        learned=sure_of(leaning) if leaning else None,
    )
    return topic.kind, topic.subject


# ---- a doing put up front at length, weighed by "it" -------------------------------------------
FRONTED_DOINGS = [
    ("rolling paper strips into coils for quilling, does it calm me", "quilling"),
    ("sanding down offcuts in the shed for whittling, does it settle my nerves", "whittling"),
    ("gluing tiny tiles onto board for mosaics of an evening, does it ease the worry", "mosaics"),
    ("pressing leaves into wax paper for the scrapbook, does that lift my mood", "scrapbook"),
    ("dyeing old t-shirts in buckets in the garden, any good for my sleep", "dyeing old t-shirts"),
    ("stitching tiny beads onto denim, does it make me less anxious", "stitching tiny beads"),
    ("carving little birds out of lime wood, has it cheered me up", "carving little birds"),
]


@pytest.mark.parametrize(("question", "thing"), FRONTED_DOINGS)
def test_a_fronted_doing_unheld_is_a_plain_gap(question: str, thing: str) -> None:
    assert _grounded(question) == ("activity", thing)


@pytest.mark.parametrize(("question", "thing"), FRONTED_DOINGS[:4])
@pytest.mark.parametrize("leaning", ["anxiety", "low_mood", "sleep"])
def test_a_sure_classifier_lends_no_feeling(question: str, thing: str, leaning: str) -> None:
    assert _grounded(question, leaning=leaning) == ("activity", thing)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a worry or a row up front is the condition; a default activity is read as itself
        ("worrying about money late at night, does it wreck my sleep", ("sleep", "")),
        ("walking the dog round the block twice a day, does it calm me", ("activity", "walk")),
        (
            "arguing with my brother over the will for hours, does it set my nerves off",
            ("anxiety", ""),
        ),
    ],
)
def test_no_fronted_thing(question: str, expected: tuple[str, str]) -> None:
    assert _grounded(question) == expected


# ---- a name, then a verb of getting in touch in any form ---------------------------------------
@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Ceridwen ringing on a Thursday, does my mood pick up", "Ceridwen"),
        ("Gwilym phoning from Sydney on Sundays, am I brighter after", "Gwilym"),
        ("Ottilie texting first thing, does it set me up for the day", "Ottilie"),
        ("Bronwen facetiming from Canada, do I feel less alone", "Bronwen"),
        ("Tamsin writing to me every month, does it cheer me", "Tamsin"),
        ("Iolo calling out of the blue, does my mood lift", "Iolo"),
        ("Dyfan writes to me each week, do I perk up", "Dyfan"),
    ],
)
def test_a_name_getting_in_touch(question: str, name: str) -> None:
    assert topic_of(question) == ("activity", name)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("the school ringing me at work, why does it set my nerves off", ("anxiety", "")),
        ("Morris dancing on a Sunday, does it lift me", ("activity", "Morris dancing")),
        (
            "Bell ringing at the church versus a walk, which leaves me calmer?",
            ("activity", "bell ringing"),
        ),
    ],
)
def test_no_one_getting_in_touch(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a creature after an article; any wild bird watched ----------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "watching the starlings come in over the pier at dusk, does it do me good",
        "watching the swifts come in over the rooftops, does it lift me",
        "watching the rooks settle in the elms at dusk, does it calm me",
        "feeding the robins on the back wall each morning, am I brighter after",
        "has spotting the oystercatchers on the estuary done me any good",
        "listening to the skylarks up on the downs, is it good for my head",
        "sitting out looking at the gulls on the harbour wall, any help",
    ],
)
def test_a_wild_bird_watched(question: str) -> None:
    assert topic_of(question) == ("activity", "nature")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("when ottoline drops by am I happier", ("activity", "Ottoline")),
        ("when Will pops round do I perk up", ("activity", "Will")),
        ("does the crow pose in yoga help my nerves", ("activity", "crow pose")),
    ],
)
def test_visitors_and_poses_still_read(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- the picture of a quality --------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("the night before the dentist my chest goes tight as a drum, what settles it", "anxiety"),
        ("I'm fit as a fiddle some days and wiped out the next, why", "energy"),
        ("wound up tight as a guitar string before exams, what helps", "anxiety"),
        ("my legs feel heavy as a marathon by 3pm, what's draining me", "energy"),
        ("my head's been as busy as a disco all week, what calms it", "anxiety"),
        ("tense as a drum skin before the interview, what works", "anxiety"),
    ],
)
def test_a_quality_pictured(question: str, kind: str) -> None:
    assert topic_of(question) == (kind, "")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does playing the drum help me unwind", ("activity", "music")),
        ("working as a chef on nights, is it wrecking my sleep", ("sleep", "")),
    ],
)
def test_a_thing_used_as_is_no_picture(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a pose counted --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("a few downward dogs on the lounge rug in the morning, worth it", ("activity", "yoga")),
        ("do downward-facing dogs before work help my back and my mood", ("activity", "yoga")),
        ("three or four downward dogs when I get up, am I calmer", ("activity", "yoga")),
        ("has doing downward dogs at lunch perked me up", ("activity", "yoga")),
        ("some downward dogs by the bed, any good for my sleep", ("activity", "yoga")),
        ("when did I last do a downward dog", ("last_time", "yoga")),
    ],
)
def test_a_pose_counted(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("the dogs downstairs barking all night, what helps me sleep", ("sleep", "")),
        ("walking the dogs down the lane, does it help", ("activity", "walk")),
    ],
)
def test_dogs_that_are_dogs(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a device kept up late -------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "flicking through property sites on my mobile long after 12, is it leaving me wired",
        "answering work emails on my laptop in bed past midnight, does it wreck my sleep",
        "online shopping on my phone until 2am, is it keeping me up",
        "browsing holiday cottages on the ipad way past bedtime, does it wind me up",
        "checking the football scores on my mobile till one, am I worse the next day",
        "recipes on the tablet till gone midnight, why am I groggy",
    ],
)
def test_a_device_kept_up_late(question: str) -> None:
    assert topic_of(question) == ("activity", "screen late")


@pytest.mark.parametrize(
    "question",
    [
        "the tablet I got for Christmas, is it any good",
        "a crossword on the tablet after breakfast, does it calm me",
    ],
)
def test_a_device_by_day(question: str) -> None:
    assert topic_of(question)[1] != "screen late"


# ---- what is written counted in a notebook -------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "three lines in a notebook before the lamp goes off, does that help at all",
        "a page in my jotter every night, any good for my head",
        "a few words in the diary before sleep, is it worth it",
        "do two or three sentences in a little notebook at bedtime calm me",
        "has half a page in my exercise book each morning helped my mood",
        "a couple of bullet points in the notes app before bed, any use",
    ],
)
def test_writing_counted_in_a_notebook(question: str) -> None:
    assert topic_of(question, LOGS) == ("activity", "journaling")


@pytest.mark.parametrize(
    "question",
    [
        "three pages in a novel before bed, does it help me sleep",
        "a few lines of poetry learnt by heart, does it calm me",
    ],
)
def test_pages_read_are_not_written(question: str) -> None:
    assert topic_of(question, LOGS)[1] != "journaling"


# ---- an instrument's own verbs, any instrument ---------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "plinking away on the old Casio, has it cleared my head",
        "strumming the Fender in the spare room, does it lift me",
        "noodling on the Yamaha after tea, am I calmer",
        "tinkling away at the old Joanna on Sundays, good for me or not",
        "has strumming my battered Martin helped my nerves",
        "plinked on the Roland for an hour, did that settle me",
    ],
)
def test_an_instrument_by_its_verbs(question: str) -> None:
    assert topic_of(question) == ("activity", "music")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("I've been noodling about with recipes, does cooking help", ("activity", "cooking")),
        ("noodling around with spreadsheets all day, why am I so tired", ("energy", "")),
    ],
)
def test_no_instrument_noodled(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a load stacked on the rest ----------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "looking after dad since his hip op plus the day job, how do I keep going",
        "with the wedding planning on top of everything, what's helped me cope",
        "the month of the tax return and the builders in, what kept me sane",
        "caring for my mum on top of a full-time job, what gets me through",
        "the allotment committee as well as the day job, how do I stop it grinding me down",
        "a second degree alongside a part-time job, what's helped before",
        "my son's exams plus the rest of it, how do you stay sane",
        "the kids off sick for a week, what kept me sane",
    ],
)
def test_a_load_stacked_on_the_rest(question: str) -> None:
    assert topic_of(question) == ("stress", "")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does seeing my dad on top of the hill at weekends cheer me up", ("activity", "family")),
        (
            "I've felt on top of everything since I started yoga, has it helped",
            ("activity", "yoga"),
        ),
    ],
)
def test_on_top_of_things_is_no_load(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a run of days named by a feeling is the condition ---------------------------------------
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("after a few anxious days does my mood take a dip", "low_mood"),
        ("after a couple of stressful weeks am I lower in myself", "low_mood"),
        ("following a run of panicky evenings do I sleep worse", "sleep"),
        ("is my mood worse after three tense days at work", "low_mood"),
        ("after several low days do I feel more on edge", "anxiety"),
        ("does my sleep suffer after a string of stressful shifts", "sleep"),
    ],
)
def test_a_run_of_days_is_the_condition(question: str, kind: str) -> None:
    assert topic_of(question) == (kind, "")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("after a few anxious days, what helped me calm down", ("anxiety", "")),
        ("after a couple of long walks do I sleep better", ("activity", "walk")),
    ],
)
def test_the_run_alone_keeps_its_feeling(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a scene taken in or a way travelled up front is the feeling's occasion, no pursuit
        ("watching the kids play in the garden, does it cheer me up", ("low_mood", "")),
        ("making my own way home late, does it wear me out", ("energy", "")),
        # the person on a device late only says when the feeling is asked
        ("do I sleep worse on the days I'm on my laptop till late", ("sleep", "")),
    ],
)
def test_a_scene_or_a_route_up_front_is_no_thing(question: str, expected: tuple[str, str]) -> None:
    assert _grounded(question) == expected
