"""Six classes of wording the topic rules read by meaning, each both ways.

- The mind hurrying to the worst, however it goes there ("my head leaps to the worst", "I
  always assume the worst", "bracing myself for the worst") is anxiety, as "every worst case"
  was; the worst of a thing ("my worst week for sleep", "on my worst days") is not.
- Spirits brought down or sinking ("does it drag my spirits down", "do my spirits take a dip")
  are a low mood, as spirits lifted were; the outcome asked after wins over a feeling that
  fills a stretch of time before it ("after a week of feeling on edge"). Spirits raised stay a
  low mood and spirits drunk are no mood at all.
- Up before the day begins, told by its edge ("up before the birds", "up with the lark", "up at
  silly o'clock") is sleep, as "up at 4" was; getting up early for a walk is the walk.
- A doing put first names the pursuit it serves by a tool of that pursuit ("polishing stones in
  the rock tumbler" → rock tumbling) or by what it is done for, a craft named by what it makes
  too ("for chainmail" → chainmail making); a pursuit named as itself keeps its name ("for
  quilling") and a tumbler of whisky is a drink.
- One thing set against another and asked which ("an hour of ikebana against a pedal along the
  cycle path, which one calms me more", "as opposed to a jog") is a comparison that opens with
  the first; when the journal lacks that side the answer is the plain gap, even with a
  classifier sure of a feeling. A thing that helps against a feeling is no comparison.
- A claim offered as rubbish in the other breath, asked of no one ("or is that internet
  nonsense", "or just a load of hype") is about the world; a doubt about the person's own
  doings ("do my walks help or is that rubbish") still asks the journal.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights import classify
from tests.support.insight_topics import DEMO_ACTIVITIES, sure_of, topic_of


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


# ---- the mind hurrying to the worst -------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        (
            "my head leaps to the worst whenever the kids are late home, what settles that",
            "anxiety",
        ),
        (
            "if your thoughts rush to the worst each time someone's late, what's worth trying",
            "anxiety",
        ),
        ("expecting the worst every time I open the post, what takes the edge off", "anxiety"),
        ("when I always assume the worst about a message, what helps", "anxiety"),
        ("why does my brain go straight to the worst when the school rings", "anxiety"),
        ("bracing myself for the worst before a scan, what helps", "anxiety"),
    ],
)
def test_the_mind_hurrying_to_the_worst(question: str, kind: str) -> None:
    assert topic_of(question) == (kind, "")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what was my worst week for sleep", ("sleep", "")),
        ("on my worst days what lifts me", ("low_mood", "")),
        ("the worst nights, what helped me drop off", ("sleep", "")),
    ],
)
def test_the_worst_of_a_thing_is_no_fear(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- spirits brought down -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("does a run of bad nights drag my spirits down", "low_mood"),
        ("what brings my spirits down on a Sunday", "low_mood"),
        ("when I'm anxious for days do my spirits take a dip", "low_mood"),
        ("after a tense week, do my spirits take a knock", "low_mood"),
        ("when I've slept badly do my spirits sink", "low_mood"),
        ("my spirits flag every Sunday evening, what helps", "low_mood"),
        ("do my spirits sink after a week of feeling on edge", "low_mood"),
        ("do my spirits take a dip after a fortnight of feeling wound up", "low_mood"),
    ],
)
def test_spirits_brought_down(question: str, kind: str) -> None:
    assert topic_of(question) == (kind, "")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what lifts my spirits", ("low_mood", "")),
        ("what keeps my spirits up when I'm tired", ("low_mood", "")),
        ("the kids in high spirits all day, am I more on edge", ("anxiety", "")),
        ("after a week of bad sleep am I more anxious", ("anxiety", "")),
        ("after a week of worry do I sleep better", ("sleep", "")),
        ("after a week of yoga do I sleep better", ("activity", "yoga")),
    ],
)
def test_spirits_raised_or_outcomes_elsewhere(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- up before the day begins -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("after a stressful week, am I up with the lark", "sleep"),
        ("why am I up at the crack of dawn every day lately", "sleep"),
        ("up at silly o'clock all week, what's behind that", "sleep"),
        ("when I'm anxious am I up before dawn", "sleep"),
        ("on low days am I awake before first light", "sleep"),
    ],
)
def test_up_by_the_days_edge(question: str, kind: str) -> None:
    assert topic_of(question) == (kind, "")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("getting up early for a walk, does it help my mood", ("activity", "walk")),
        ("a dawn chorus walk, does it calm me", ("activity", "walk")),
        ("up with the kids at six, how's my energy", ("energy", "")),
        ("watching the birds from the kitchen, does it settle me", ("activity", "nature")),
    ],
)
def test_early_doings_keep_their_reading(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a doing put first names its pursuit --------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "polishing stones in the rock tumbler, does it calm me down",
            ("activity", "rock tumbling"),
        ),
        (
            "sweeping the beach with the metal detector, does it lift me",
            ("activity", "metal detecting"),
        ),
        ("throwing pots on the potter's wheel, does it calm me", ("activity", "pottery")),
        (
            "linking rings for chainmail of an evening, good for me or not",
            ("activity", "chainmail making"),
        ),
        (
            "melting down wax for candles of a weekend, good for me or not",
            ("activity", "candle making"),
        ),
        ("grating old bars for soap, any good for me", ("activity", "soap making")),
    ],
)
def test_a_doing_names_its_pursuit(question: str, expected: tuple[str, str]) -> None:
    assert _grounded(question) == expected


@pytest.mark.parametrize(
    ("question", "pursuit"),
    [
        ("polishing stones in the rock tumbler, does it calm me down", "rock tumbling"),
        ("sweeping the beach with the metal detector, does it lift me", "metal detecting"),
        ("linking rings for chainmail of an evening, good for me or not", "chainmail making"),
    ],
)
def test_a_sure_classifier_keeps_the_pursuit(question: str, pursuit: str) -> None:
    assert _grounded(question, leaning="anxiety") == ("activity", pursuit)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("rolling paper strips into coils for quilling, does it calm me", ("activity", "quilling")),
        (
            "gluing tiny tiles onto board for mosaics of an evening, does it ease the worry",
            ("activity", "mosaics"),
        ),
        (
            "pressing leaves into wax paper for the scrapbook, does that lift my mood",
            ("activity", "scrapbook"),
        ),
        ("a tumbler of whisky before bed, does it help me sleep", ("activity", "alcohol")),
        ("the deadline looms, what helps my stress", ("stress", "")),
        # (a bare gerund is a pursuit of its own; a use or a while names none)
        ("doodling in my sketchbook, does it calm me", ("activity", "doodling")),
        (
            "beachcombing for sea glass on Sunday mornings, does it help",
            ("activity", "beachcombing"),
        ),
        (
            "chopping kindling for the fire, does it help me unwind",
            ("activity", "chopping kindling"),
        ),
        ("practising a card trick for hours, does it calm me", ("activity", "card trick")),
        (
            "carving little birds out of lime wood, has it cheered me up",
            ("activity", "carving little birds"),
        ),
    ],
)
def test_pursuits_named_as_themselves(question: str, expected: tuple[str, str]) -> None:
    assert _grounded(question) == expected


# ---- one thing set against another --------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "an hour of ikebana against a pedal along the cycle path, which one calms me more",
            ("activity", "ikebana"),
        ),
        (
            "an evening of calligraphy against a swim, which leaves me calmer",
            ("activity", "calligraphy"),
        ),
        (
            "a morning of bonsai pruning as opposed to a jog, which lifts me more",
            ("activity", "bonsai pruning"),
        ),
        (
            "origami against a walk round the block, which settles me better",
            ("activity", "origami"),
        ),
        (
            "an afternoon of archery against a swim, which one perks me up more",
            ("activity", "archery"),
        ),
    ],
)
def test_one_thing_set_against_another(question: str, expected: tuple[str, str]) -> None:
    topic = classify(question, activities=DEMO_ACTIVITIES)
    assert (topic.kind, topic.subject) == expected
    assert topic.also  # the other side is kept: the answer compares, or says it cannot


@pytest.mark.parametrize(
    ("question", "side"),
    [
        (
            "an hour of ikebana against a pedal along the cycle path, which one calms me more",
            "ikebana",
        ),
        ("an evening of calligraphy against a swim, which leaves me calmer", "calligraphy"),
        ("a morning of bonsai pruning as opposed to a jog, which lifts me more", "bonsai pruning"),
    ],
)
@pytest.mark.parametrize("leaning", ["anxiety", "low_mood"])
def test_a_sure_classifier_keeps_the_side(question: str, side: str, leaning: str) -> None:
    assert _grounded(question, leaning=leaning) == ("activity", side)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does yoga help against anxiety", ("activity", "yoga")),
        ("does a walk guard against low mood", ("activity", "walk")),
        ("is running good against stress", ("activity", "exercise")),
        ("what helps against the Sunday dread", ("anxiety", "")),
    ],
)
def test_help_against_a_feeling_is_no_comparison(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a claim offered as rubbish -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("do cold showers really help with low mood or is that internet nonsense", "unknown"),
        ("does magnesium help you sleep or is it all tiktok nonsense", "unknown"),
        ("is sea swimming good for anxiety or just a load of hype", "unknown"),
        ("do weighted blankets calm people down or is that a gimmick", "unknown"),
        ("does ashwagandha work for stress or is that just marketing", "unknown"),
    ],
)
def test_a_claim_offered_as_rubbish(question: str, kind: str) -> None:
    assert topic_of(question) == (kind, "")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does a walk help me or is that all in my head", ("activity", "walk")),
        ("do my walks help or is that rubbish", ("activity", "walk")),
        ("is my sleep getting better or is that wishful thinking", ("sleep", "")),
    ],
)
def test_a_doubt_about_my_own_doings(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected
