"""The eighth round's rules: what a word's scope says about whose feeling or trouble it is.

A negated comparative ("never get better"), a doubted hope, shouting as an act, a group's
feeling, an all-clear result after a past worry, time counted since a death, a missed event
of someone else's, a negator before a deed left undone ("can't pay the rent"), a negated
quarrel's person, a good "then" ending, good news that failed, other senses of stressor
words. Each rule is tested both ways: on a look-alike where it fires and one where it must
not. The sentences are new (not rows of the labelled set).
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.analyzer import analyse
from neuroleaf_desktop.domain.analysis.emotions import explain
from neuroleaf_desktop.domain.analysis.frames import missed_event_of, remembered
from neuroleaf_desktop.domain.analysis.lexicon import tokenize
from neuroleaf_desktop.domain.analysis.news import good_news_in
from neuroleaf_desktop.domain.analysis.people import group_at
from neuroleaf_desktop.domain.analysis.stress_keywords import category_of
from neuroleaf_desktop.ui.widgets.analysis_chips import chip_specs


def _emotion_chips(text: str) -> set[str]:
    return {s.text for s in chip_specs(analyse("", text)) if s.kind == "emotion"}


def _categories(text: str) -> set[str | None]:
    return {category_of(k) for k, _w in analyse("", text).stress_keywords}


# -- a negated comparative is negated, unless it follows "be"/"feel" ---------------------------


@pytest.mark.parametrize(
    "text", ["I'm scared this will never get better.", "My knee is not getting any better."]
)
def test_a_negated_getting_better_is_no_hope(text: str) -> None:
    assert "Hope" not in _emotion_chips(text)


@pytest.mark.parametrize(
    ("text", "emotion"),
    [
        ("Couldn't be happier with the new flat.", "joy"),  # emphasis, not negation
        ("Never felt calmer in my life.", "calm"),
        ("My knee is getting better every week.", "hope"),
    ],
)
def test_emphatic_comparatives_still_count(text: str, emotion: str) -> None:
    assert emotion in {h.emotion for h in explain(text)}


# -- a doubted pleasant feeling is not felt ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Orders are down again, don't know how we'll keep going.",
        "Not sure how we'll stay hopeful after this.",
        "Can't see how I'll ever be happy again.",
    ],
)
def test_a_doubted_pleasant_feeling_is_not_felt(text: str) -> None:
    assert not _emotion_chips(text) & {"Hope", "Calm", "Joy"}


@pytest.mark.parametrize(
    ("text", "emotion"),
    [
        ("Keep going, one day at a time.", "Hope"),
        ("Don't know how I got so lucky with my friends.", "Gratitude"),  # thanks, not doubt
    ],
)
def test_hope_and_thanks_without_doubt_still_show(text: str, emotion: str) -> None:
    assert emotion in _emotion_chips(text)


# -- shouting is an act; shouting at the writer is the other's; a shout-out is praise ---------


@pytest.mark.parametrize(
    "text",
    [
        "The coach shouted at us all session.",
        "I snapped at my brother over the remote.",
        "My tutor gave me a shout-out in the lecture.",
    ],
)
def test_shouting_alone_names_no_anger(text: str) -> None:
    assert "Anger" not in _emotion_chips(text)


@pytest.mark.parametrize(
    "text",
    [
        "I snapped at my brother and I'm so angry with myself.",  # named beside the act
        "The meeting was so pointless I could scream.",  # an idiom of frustration
    ],
)
def test_named_anger_or_could_scream_still_shows(text: str) -> None:
    assert "Anger" in _emotion_chips(text)


def test_a_shout_out_is_not_a_work_stressor() -> None:
    assert _categories("My manager gave me a shout-out in the team meeting, made my day.") == set()


# -- a group's feeling is theirs, and the group is not the stressor ----------------------------


def test_a_group_opening_a_clause_is_a_subject() -> None:
    assert group_at(tokenize("the whole squad was gutted"), 0)
    assert group_at(tokenize("half the class were panicking"), 0)
    assert not group_at(tokenize("the team meeting ran over"), 0)  # a noun after it


@pytest.mark.parametrize(
    ("text", "emotion"),
    [
        ("The whole squad was gutted after the match.", "Sadness"),
        ("Half the class were panicking about the test.", "Anxiety"),
    ],
)
def test_a_groups_feeling_is_not_the_writers(text: str, emotion: str) -> None:
    assert emotion not in _emotion_chips(text)


def test_the_writers_feeling_beside_a_group_still_shows() -> None:
    assert "Sadness" in _emotion_chips("I was gutted after the match.")
    text = "The team meeting ran over again and I'm so stressed."
    assert "Anxiety" in _emotion_chips(text) and _categories(text) == {"work"}


def test_a_grieving_team_is_not_a_work_stressor() -> None:
    assert _categories("Lost on penalties, the whole team was heartbroken.") == set()


# -- an all-clear result ends a worry told as past ---------------------------------------------


def test_a_clear_result_after_a_past_worry_settles_it() -> None:
    text = "Was so worried about the scan all week, it came back normal."
    assert _categories(text) == set() and "Anxiety" not in _emotion_chips(text)


def test_a_worry_with_no_result_yet_stays() -> None:
    text = "Worried about the scan, results next week."
    assert "Anxiety" in _emotion_chips(text) and _categories(text) == {"health"}


# -- time counted since a death is a remembrance --------------------------------------------------


def test_time_since_a_death_is_a_remembrance() -> None:
    assert remembered(tokenize("two years since grandma died"))
    assert remembered(tokenize("six months since we lost uncle joe"))
    assert not remembered(tokenize("grandma has been ill for two years"))
    assert not remembered(tokenize("since the kids moved out"))


def test_a_remembered_death_is_no_family_stressor_but_an_illness_is() -> None:
    assert "family" not in _categories("Two years since Grandma died, made her soup recipe.")
    ill = _categories("Grandma has been ill for two years and I'm so worried.")
    assert {"family", "health"} <= ill


# -- a person whose event was missed is not the stressor ---------------------------------------


def test_the_owner_of_a_missed_event_is_found() -> None:
    tokens = tokenize("stuck at work and missed my son's football match")
    assert missed_event_of(tokens) == {tokens.index("son's")}
    assert missed_event_of(tokenize("my son missed the bus")) == set()
    assert missed_event_of(tokenize("i miss my son so much")) == set()


def test_a_missed_event_is_not_a_family_stressor() -> None:
    assert _categories("Stuck on the motorway and missed my nephew's christening.") == {"commute"}
    assert "family" in _categories("My son's school called about his behaviour, so stressed.")


# -- a negator before a deed left undone leaves the trouble standing ---------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Can't pay the gas bill this month, panicking.", "money"),
        ("Still haven't finished my essay and I'm stressed.", "study"),
        ("Haven't paid the council tax yet and I'm panicking.", "money"),
    ],
)
def test_a_deed_left_undone_keeps_its_stressor(text: str, category: str) -> None:
    assert category in _categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "No deadlines this week, such a relief.",
        "Don't have to do the school run today, bliss.",
        "Didn't find the meeting hard at all.",
    ],
)
def test_a_negated_stressor_is_still_set_aside(text: str) -> None:
    assert _categories(text) == set()


# -- the person of a negated quarrel is not a stressor ----------------------------------------


def test_a_negated_quarrels_person_is_set_aside() -> None:
    assert _categories("Didn't have a single argument with my partner all weekend.") == set()
    assert _categories("Had a huge row with my sister again.") == {"conflict", "family"}


# -- a good "then" ending that looks back settles the trouble --------------------------------


def test_a_good_then_ending_settles_what_came_before() -> None:
    assert _categories("The kids bickered all morning, then we had the best afternoon.") == set()
    assert _categories("We argued about the route, then laughed about it.") == set()


def test_a_then_part_that_only_tells_what_came_next_settles_nothing() -> None:
    text = "Argued with my partner, then had a nice dinner with friends."
    assert _categories(text) == {"conflict", "relationships"}
    assert "conflict" in _categories("Argued with my brother, then cried all evening.")


# -- good news that failed is none; other senses of stressor words ---------------------------


def test_good_news_said_to_have_failed_is_not_good_news() -> None:
    tokens = tokenize("my refund got cancelled")
    assert not good_news_in(tokens, 0, len(tokens))
    good = tokenize("got a refund")
    assert good_news_in(good, 0, len(good))


@pytest.mark.parametrize(
    "text",
    [
        "Dropped tins at the food bank, awful how busy it was.",  # a charity, not money
        "Took a day off work to wait in for the plumber, so annoying.",
        "Visa interview moved again, so frustrating.",
        "The electrician billed three hours' work for a quick fix, fuming.",
    ],
)
def test_other_senses_of_stressor_words_name_no_work(text: str) -> None:
    assert "work" not in _categories(text)


def test_food_bank_is_not_money_but_being_charged_is() -> None:
    assert "money" not in _categories("Dropped tins at the food bank, awful how busy it was.")
    assert "money" in _categories("The garage charged me double, I'm livid.")
    assert "money" not in _categories("Charged my phone and went for a run.")


# -- praise of a person is a good part; eased or long-past troubles; sarcastic "oh joy" -------


def test_praise_of_someone_lends_no_strain_to_them() -> None:
    assert _categories("The kids were lovely today, I was grumpy though.") == set()
    assert _categories("The kids were a nightmare today, I was grumpy.") == {"family"}


@pytest.mark.parametrize(
    "text",
    [
        "My back pain isn't as bad today.",
        "The row with my brother feels like ages ago now.",
        "Split up with my girlfriend last year and honestly I'm better off.",
    ],
)
def test_eased_or_long_past_troubles_are_not_stressors(text: str) -> None:
    assert _categories(text) == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("My back pain is as bad as ever today.", "health"),
        ("Split up with my girlfriend last week and I'm not okay.", "relationships"),
    ],
)
def test_troubles_that_are_not_eased_stay(text: str, category: str) -> None:
    assert category in _categories(text)


def test_oh_joy_before_a_bad_event_is_sarcasm() -> None:
    text = "Oh joy, a speeding fine."
    assert "Joy" not in _emotion_chips(text) and _categories(text) == {"money"}
    assert "Joy" in _emotion_chips("Oh joy, we got the keys to our first flat!")


# -- names of services and money matters are logistics, not feelings --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Booked a support call with the bank for Tuesday.",
        "Filled in the housing benefit form.",
        "Set up a direct debit for the credit card.",
    ],
)
def test_service_and_money_nouns_leave_logistics_neutral(text: str) -> None:
    assert analyse("", text).sentiment.label == "neutral"


def test_a_supportive_person_is_still_good_news() -> None:
    assert analyse("", "My boss was really supportive today.").sentiment.label == "positive"
