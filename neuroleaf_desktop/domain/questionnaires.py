"""PHQ-9 and GAD-7: the two standard self-report screeners, scored exactly as published.

Why these two: they are short, free to use ("No permission required to reproduce, translate,
display or distribute"), validated, and the scores a clinician will recognise if the person
chooses to share them. Why *exactly* as published: a reworded item or a shifted band boundary
makes the number incomparable with everything the person may read or be told about it. So
the item texts, the four answer labels and the band edges below are the published ones and
are pinned by tests; change them only to fix a transcription error.

The result is a screening score, never a diagnosis (see ``NOT_A_DIAGNOSIS``), and PHQ-9
item 9 (thoughts of being better off dead or of self-harm) answered above "Not at all" always
asks the UI to show the safety card, whatever the total.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from neuroleaf_desktop.errors import ValidationError

ATTRIBUTION = (
    "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, "
    "with an educational grant from Pfizer Inc. No permission required to reproduce, "
    "translate, display or distribute."
)

NOT_A_DIAGNOSIS = (
    "This questionnaire is a screening tool, not a diagnosis. Your score describes how the "
    "last two weeks have felt; only a qualified health professional can diagnose a condition. "
    "If your score worries you, or if you are having thoughts of harming yourself, please "
    "talk to a doctor, a mental-health professional or someone you trust."
)

#: The answer scale shared by both instruments: value i has label ANSWER_LABELS[i].
ANSWER_LABELS: tuple[str, str, str, str] = (
    "Not at all",
    "Several days",
    "More than half the days",
    "Nearly every day",
)
MIN_ANSWER = 0
MAX_ANSWER = len(ANSWER_LABELS) - 1


class Severity(StrEnum):
    MINIMAL = "minimal"
    MILD = "mild"
    MODERATE = "moderate"
    MODERATELY_SEVERE = "moderately_severe"
    SEVERE = "severe"

    @property
    def label(self) -> str:
        """Human wording, e.g. "Moderately severe"."""
        return self.value.replace("_", " ").capitalize()


@dataclass(frozen=True)
class Band:
    """An inclusive score range and its severity."""

    low: int
    high: int
    severity: Severity


@dataclass(frozen=True)
class Instrument:
    """A questionnaire definition: items, answer scale and bands. Pure data."""

    key: str  # "phq9" / "gad7": stable id for storage
    name: str
    stem: str
    items: tuple[str, ...]
    bands: tuple[Band, ...]
    safety_item: int | None = None  # 0-based index of an item whose answer > 0 needs care

    @property
    def max_total(self) -> int:
        return MAX_ANSWER * len(self.items)

    def band_for(self, total: int) -> Band:
        for band in self.bands:
            if band.low <= total <= band.high:
                return band
        raise ValidationError(f"{total} is not a possible {self.name} total (0–{self.max_total}).")


PHQ9 = Instrument(
    key="phq9",
    name="PHQ-9",
    stem=(
        "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
    ),
    items=(
        "Little interest or pleasure in doing things",
        "Feeling down, depressed, or hopeless",
        "Trouble falling or staying asleep, or sleeping too much",
        "Feeling tired or having little energy",
        "Poor appetite or overeating",
        "Feeling bad about yourself — or that you are a failure or have let yourself or your "
        "family down",
        "Trouble concentrating on things, such as reading the newspaper or watching television",
        "Moving or speaking so slowly that other people could have noticed? Or the opposite — "
        "being so fidgety or restless that you have been moving around a lot more than usual",
        "Thoughts that you would be better off dead or of hurting yourself in some way",
    ),
    bands=(
        Band(0, 4, Severity.MINIMAL),
        Band(5, 9, Severity.MILD),
        Band(10, 14, Severity.MODERATE),
        Band(15, 19, Severity.MODERATELY_SEVERE),
        Band(20, 27, Severity.SEVERE),
    ),
    safety_item=8,
)

#: The PHQ-9's optional, unscored tenth question (functional difficulty), with its labels.
PHQ9_DIFFICULTY_QUESTION = (
    "If you checked off any problems, how difficult have these problems made it for you to do "
    "your work, take care of things at home, or get along with other people?"
)
PHQ9_DIFFICULTY_LABELS: tuple[str, str, str, str] = (
    "Not difficult at all",
    "Somewhat difficult",
    "Very difficult",
    "Extremely difficult",
)

GAD7 = Instrument(
    key="gad7",
    name="GAD-7",
    stem="Over the last 2 weeks, how often have you been bothered by the following problems?",
    items=(
        "Feeling nervous, anxious, or on edge",
        "Not being able to stop or control worrying",
        "Worrying too much about different things",
        "Trouble relaxing",
        "Being so restless that it is hard to sit still",
        "Becoming easily annoyed or irritable",
        "Feeling afraid, as if something awful might happen",
    ),
    bands=(
        Band(0, 4, Severity.MINIMAL),
        Band(5, 9, Severity.MILD),
        Band(10, 14, Severity.MODERATE),
        Band(15, 21, Severity.SEVERE),
    ),
)

INSTRUMENTS: dict[str, Instrument] = {PHQ9.key: PHQ9, GAD7.key: GAD7}


@dataclass(frozen=True)
class QuestionnaireResult:
    instrument: str  # Instrument.key
    answers: tuple[int, ...]
    total: int
    band: Severity
    needs_safety_card: bool  # PHQ-9 item 9 answered above "Not at all"

    @property
    def band_label(self) -> str:
        return self.band.label

    @property
    def summary(self) -> str:
        """e.g. "PHQ-9 score 12 of 27: Moderate". The disclaimer is shown alongside."""
        inst = INSTRUMENTS[self.instrument]
        return f"{inst.name} score {self.total} of {inst.max_total}: {self.band.label}"


def validate_answers(instrument: Instrument, answers: Sequence[object]) -> tuple[int, ...]:
    """The answers as a tuple of ints, or a ValidationError saying what is wrong.

    Every item must be answered: a partial PHQ-9 has no published score, and silently
    treating a skipped item as 0 would understate how someone feels. ``bool`` is refused
    although it is an ``int`` subclass: ``True`` is a bug upstream, not an answer.
    """
    if isinstance(answers, str | bytes):
        raise ValidationError(f"{instrument.name} answers must be a list of numbers.")
    count = len(answers)
    if count != len(instrument.items):
        raise ValidationError(
            f"{instrument.name} has {len(instrument.items)} questions; got {count} answers. "
            "Please answer every question."
        )
    clean: list[int] = []
    for number, answer in enumerate(answers, start=1):
        if isinstance(answer, bool) or not isinstance(answer, int):
            raise ValidationError(
                f"Answer {number} of the {instrument.name} must be a whole number from "
                f"{MIN_ANSWER} to {MAX_ANSWER}."
            )
        if not MIN_ANSWER <= answer <= MAX_ANSWER:
            raise ValidationError(
                f"Answer {number} of the {instrument.name} is {answer}; answers go from "
                f"{MIN_ANSWER} ({ANSWER_LABELS[MIN_ANSWER]}) to {MAX_ANSWER} "
                f"({ANSWER_LABELS[MAX_ANSWER]})."
            )
        clean.append(answer)
    return tuple(clean)


def score(instrument: Instrument, answers: Sequence[object]) -> QuestionnaireResult:
    """Validate and score: the sum of the item answers, placed in the published bands."""
    clean = validate_answers(instrument, answers)
    total = sum(clean)
    needs_card = instrument.safety_item is not None and clean[instrument.safety_item] > 0
    return QuestionnaireResult(
        instrument=instrument.key,
        answers=clean,
        total=total,
        band=instrument.band_for(total).severity,
        needs_safety_card=needs_card,
    )


def score_phq9(answers: Sequence[object]) -> QuestionnaireResult:
    return score(PHQ9, answers)


def score_gad7(answers: Sequence[object]) -> QuestionnaireResult:
    return score(GAD7, answers)
