"""Warning signs, levels, languages and the labelled evaluation set (tests/data/safety/).

The figures asserted here are on the *test* half of the set with the phrase rules alone (the
always-on floor); ``test_safety_semantic.py`` measures rules + MiniLM on the same half.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from neuroleaf_desktop.domain.safety import (
    Category,
    MatchStatus,
    Severity,
    assess,
    assess_phrases,
    with_recent_days,
)
from neuroleaf_desktop.domain.safety.evaluation import (
    EXPLICIT,
    LANGUAGES,
    NEGATIVE_CATEGORIES,
    POSITIVE_CATEGORIES,
    WARNING,
    Figures,
    Row,
    measure,
    parse_rows,
)
from neuroleaf_desktop.domain.safety.language import guess_language

DATA = Path(__file__).parents[1] / "data" / "safety"


@pytest.fixture(scope="module")
def rows() -> list[Row]:
    found: list[Row] = []
    for path in sorted(DATA.glob("*.tsv")):
        found += parse_rows(path.read_text(encoding="utf-8"))
    return found


@pytest.fixture(scope="module")
def test_figures(rows: list[Row]) -> Figures:
    return measure([r for r in rows if r.split == "test"], lambda t: assess_phrases(t).flagged)


# ---- the set itself -----------------------------------------------------------------------


def test_evaluation_set_is_large_and_well_formed(rows: list[Row]) -> None:
    assert len(rows) >= 600
    assert len({r.text for r in rows}) == len(rows), "duplicate sentences"
    assert {r.split for r in rows} == {"dev", "test"}
    assert {r.lang for r in rows} == set(LANGUAGES)
    for row in rows:
        assert row.text.strip() == row.text and row.text
        assert row.label in (0, 1)
        allowed = POSITIVE_CATEGORIES if row.label else NEGATIVE_CATEGORIES
        assert row.category in allowed, row


def test_every_category_has_positives_in_every_language_and_both_halves(rows: list[Row]) -> None:
    seen = Counter((r.lang, r.category, r.split) for r in rows if r.label)
    for lang in LANGUAGES:
        for category in POSITIVE_CATEGORIES:
            assert seen[(lang, category, "dev")] + seen[(lang, category, "test")] >= 2, (
                lang,
                category,
            )
    for category in POSITIVE_CATEGORIES:
        assert seen[("en", category, "test")] >= 5, category


def test_hard_negatives_of_every_kind(rows: list[Row]) -> None:
    kinds = Counter(r.category for r in rows if not r.label)
    assert set(kinds) == set(NEGATIVE_CATEGORIES)
    assert all(n >= 20 for n in kinds.values()), kinds


# ---- the targets on the test half ---------------------------------------------------------


def test_explicit_statements_are_all_caught(test_figures: Figures) -> None:
    missed = [r.text for r in test_figures.missed if r.category in EXPLICIT]
    assert missed == []
    assert test_figures.explicit.recall == 1.0


def test_warning_sign_recall(test_figures: Figures) -> None:
    missed = [r.text for r in test_figures.missed if r.category in WARNING]
    assert test_figures.warning.recall >= 0.9, missed


def test_overall_precision(test_figures: Figures) -> None:
    alarms = [r.text for r in test_figures.false_alarms]
    assert test_figures.overall.precision >= 0.9, alarms


def test_every_language_is_read(test_figures: Figures) -> None:
    for lang in LANGUAGES:
        tally = test_figures.by_lang[lang]
        assert tally.recall >= 0.9 and tally.precision >= 0.9, lang


# ---- categories and levels ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I'm stuck and there is no escape from this pain.", Category.TRAPPED_PAIN),
        ("Soon I won't be a problem for anyone.", Category.NO_FUTURE),
        ("There's nothing ahead of me but more of this.", Category.NO_FUTURE),
        ("I wrote farewell letters to my family.", Category.GOODBYES),
        ("Made a will and put my affairs in order, just in case.", Category.GOODBYES),
        ("I gave my camera to Ana, I won't need it anymore.", Category.GIVING_AWAY),
        ("I've been stockpiling my pills.", Category.GETTING_MEANS),
        ("I bought a gun yesterday.", Category.GETTING_MEANS),
        ("I've been looking up the least painful way to die.", Category.GETTING_MEANS),
    ],
)
def test_warning_sign_categories(text: str, category: Category) -> None:
    result = assess(text)
    assert result.flagged
    assert category in result.categories


def test_a_single_warning_sign_is_a_concern() -> None:
    result = assess("I feel trapped and there's no way out.")
    assert result.severity is Severity.CONCERN
    assert result.escalation == ""


def test_a_sign_with_hopelessness_is_urgent() -> None:
    result = assess("I feel trapped with no way out. Nothing is ever going to change.")
    assert result.severity is Severity.URGENT
    assert result.escalation == "combined"
    assert {Category.TRAPPED_PAIN, Category.NO_FUTURE} <= set(result.categories)


def test_getting_the_means_is_urgent_on_its_own() -> None:
    assert assess("I've been saving up my sleeping pills.").severity is Severity.URGENT


def test_signs_on_several_recent_days_are_urgent() -> None:
    today = assess("I'm such a burden to everyone.")
    assert today.severity is Severity.CONCERN
    assert with_recent_days(today, 1).severity is Severity.CONCERN
    raised = with_recent_days(today, 2)
    assert raised.severity is Severity.URGENT and raised.escalation == "recent_days"
    past_only = assess("I used to self-harm when I was a teenager.")
    assert with_recent_days(past_only, 5).severity is Severity.CONCERN
    assert not with_recent_days(assess("A calm day at the park."), 5).flagged


# ---- everyday exclusions (decided and documented in domain/safety/everyday.py) -------------


@pytest.mark.parametrize(
    "text",
    [
        "Stuck in the lift for an hour, there was no way out until the engineer came.",
        "Said goodbye to everyone before the holiday, see you in two weeks!",
        "Gave a farewell speech for my boss who is retiring.",
        "Selling my old furniture and giving away the kids' outgrown toys before the move.",
        "Bought a rifle for hunting season with my uncle.",
        "Got a rope for the climbing trip.",
        "Exams are killing me this week.",
        "My therapist asked if I had thoughts of hurting myself and I said no.",
        "My friend gave away all her things and said goodbye forever, I'm worried about her.",
    ],
)
def test_ordinary_life_is_not_flagged(text: str) -> None:
    assert not assess(text).flagged


def test_an_everyday_context_does_not_hide_a_sign_next_to_a_real_one() -> None:
    result = assess("Bought a rifle for hunting season. I don't want to be here anymore.")
    assert result.flagged
    assert Category.GETTING_MEANS in result.categories
    assert result.severity is Severity.URGENT


def test_clinical_questions_are_topic_not_statement() -> None:
    result = assess("The doctor asked whether I had ever wanted to kill myself.")
    assert not result.flagged
    assert [s.status for s in result.ignored_spans] == [MatchStatus.TOPIC]


# ---- other languages ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "quiero morirme",
        "Quiero morir",
        "quiero morir me",
        "ich möchte sterben",
        "ich moechte sterben",
        "ich mochte sterben",
        "je veux mourir",
        "JE VEUX MOURIR",
        "quero morrer",
        "voglio morire",
        "Voglio farla finita.",
    ],
)
def test_explicit_statements_in_other_languages_with_or_without_accents(text: str) -> None:
    result = assess(text)
    assert result.flagged and result.severity is Severity.URGENT, text


@pytest.mark.parametrize(
    "text",
    [
        "No quiero morir, quiero que esto cambie.",
        "Ich würde mich nie umbringen.",
        "Je ne veux pas mourir.",
        "Não quero morrer.",
        "Non voglio morire.",
        "Mi amiga dice que quiere morirse.",
        "Meine Freundin sagt, sie will sterben.",
        "Este tráfico me está matando.",
        "Je meurs de rire.",
    ],
)
def test_negated_third_person_and_figurative_in_other_languages(text: str) -> None:
    assert not assess(text).flagged, text


def test_language_guess_keeps_the_semantic_layer_to_english() -> None:
    assert guess_language("I just don't see the point of anything anymore.") == "en"
    assert guess_language("No tengo ganas de nada y estoy muy cansada.") == "es"
    assert guess_language("Ich bin so müde und habe keine Kraft mehr.") == "de"
    assert guess_language("Je suis fatiguée et je ne dors pas.") == "fr"


def test_reasons_never_need_the_persons_words_to_be_logged() -> None:
    """The level and category names are the loggable part; words stay in reasons/spans."""
    result = assess("I've been giving my things away, I won't need them.")
    assert str(result.severity) == "concern"
    assert [str(c) for c in result.categories] == ["giving_away"]
    assert "things away" in result.reasons[0]
