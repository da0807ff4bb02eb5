"""Writing prompts: a gentle question offered on a blank page, and which one comes when.

The prompts are fixed, curated text grouped by theme. They ask; they never tell the person
anything about themselves ("you seem…"), never sound clinical, never ask about risk and never
press (no streaks, no "you haven't written in days"): a blank page is an invitation, not a
task. ``tests/domain/test_writing_prompts.py`` reads every prompt against those rules.

Which prompt comes first depends on the date alone, never on anything written: the same day
offers the same first prompt, the next day another. "Another" walks one fixed cycle, so it
never shows the same prompt twice in a row and offers every prompt before any comes back.
The cycle takes the themes in turn (a good moment, then gratitude, then the body…), so the
next prompt is always about something else.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class PromptTheme(StrEnum):
    GOOD_MOMENT = "good_moment"
    GRATITUDE = "gratitude"
    BODY_AND_REST = "body_and_rest"
    PEOPLE = "people"
    SOMETHING_HARD = "something_hard"
    WHAT_HELPED = "what_helped"
    LOOKING_AHEAD = "looking_ahead"
    SMALL_WINS = "small_wins"

    @property
    def label(self) -> str:
        """The theme in plain words, as a person would name it."""
        return _THEME_LABELS[self]


_THEME_LABELS = {
    PromptTheme.GOOD_MOMENT: "a good moment",
    PromptTheme.GRATITUDE: "gratitude",
    PromptTheme.BODY_AND_REST: "the body and rest",
    PromptTheme.PEOPLE: "people",
    PromptTheme.SOMETHING_HARD: "something hard",
    PromptTheme.WHAT_HELPED: "what helped",
    PromptTheme.LOOKING_AHEAD: "looking ahead",
    PromptTheme.SMALL_WINS: "small wins",
}


@dataclass(frozen=True)
class WritingPrompt:
    """One prompt: a stable ``id`` (safe to log: it names no content), its theme, its text."""

    id: str
    theme: PromptTheme
    text: str


def _theme(theme: PromptTheme, *items: tuple[str, str]) -> tuple[WritingPrompt, ...]:
    return tuple(WritingPrompt(f"{theme.value}.{key}", theme, text) for key, text in items)


# Five per theme. The ids are stable: a prompt's wording may be polished, its id stays.
_BY_THEME: tuple[tuple[WritingPrompt, ...], ...] = (
    _theme(
        PromptTheme.GOOD_MOMENT,
        ("better", "What is one thing that went better than expected today?"),
        ("smile", "What made you smile today, even for a moment?"),
        ("calm", "When did today feel calm or easy?"),
        ("savour", "Describe a small moment from today worth keeping."),
        ("light", "What was the best part of your day?"),
    ),
    _theme(
        PromptTheme.GRATITUDE,
        ("three", "Name three things, big or small, that made today a bit better."),
        ("kindness", "What is a kindness someone showed you lately?"),
        ("ordinary", "What ordinary thing would you miss if it were gone?"),
        ("place", "Which place made you feel at home recently?"),
        ("thanks", "Who would you like to thank, and what for?"),
    ),
    _theme(
        PromptTheme.BODY_AND_REST,
        ("body", "How does your body feel right now, from head to toe?"),
        ("rest", "What does real rest look like for you?"),
        ("sleep", "How did you sleep, and what helped you wind down?"),
        ("outside", "When did you last spend time outside? What was it like?"),
        ("nourish", "What did you eat or drink today that you enjoyed?"),
    ),
    _theme(
        PromptTheme.PEOPLE,
        ("talk", "Who did you talk to today, and how did it go?"),
        ("miss", "Is there someone you would like to hear from soon?"),
        ("laugh", "Who makes you laugh? Write about the last time."),
        ("helped", "Who did you help recently, in any way?"),
        ("company", "What kind of company felt good this week?"),
    ),
    _theme(
        PromptTheme.SOMETHING_HARD,
        ("mind", "What has been on your mind lately?"),
        ("handled", "What was hard today, and how did you get through it?"),
        ("friend", "If a friend had your day, what would you tell them?"),
        ("let_go", "Is there something that can wait until tomorrow?"),
        ("unsaid", "What would you like to say that has not been said yet?"),
    ),
    _theme(
        PromptTheme.WHAT_HELPED,
        ("helped", "What helped today, even a little?"),
        ("reset", "What helps you reset after a long day?"),
        ("comfort", "What is a small comfort you can count on?"),
        ("worked", "Think of a tricky moment you handled well. What worked?"),
        ("tools", "What do you do that makes a hard day a bit lighter?"),
    ),
    _theme(
        PromptTheme.LOOKING_AHEAD,
        ("forward", "What is one thing to look forward to this week?"),
        ("intention", "What would make tomorrow a good day?"),
        ("curious", "What are you curious about at the moment?"),
        ("more", "What would you like more of in the days ahead?"),
        ("kind", "How could you be kind to yourself tomorrow?"),
    ),
    _theme(
        PromptTheme.SMALL_WINS,
        ("done", "What did you get done today, however small?"),
        ("tried", "What did you try for the first time recently?"),
        ("proud", "What did you handle today that made you proud?"),
        ("step", "Write about a small step you took towards something."),
        ("learned", "What did you learn today?"),
    ),
)

# The cycle "Another" walks: the first prompt of each theme, then the second of each, and so
# on, so neighbours in the cycle are always of different themes.
PROMPTS: tuple[WritingPrompt, ...] = tuple(
    theme_prompts[i] for i in range(len(_BY_THEME[0])) for theme_prompts in _BY_THEME
)
_INDEX = {prompt.id: i for i, prompt in enumerate(PROMPTS)}

# How far the first prompt moves from one day to the next: coprime with the number of prompts,
# so forty days in a row each open with a different prompt, and not a multiple of the number of
# themes, so tomorrow's first prompt is about something else than today's.
DAY_STRIDE = 11


def by_id(prompt_id: str) -> WritingPrompt | None:
    """The prompt with this id, or None (an id from an older version of the list)."""
    index = _INDEX.get(prompt_id)
    return PROMPTS[index] if index is not None else None


def first_for(day: date) -> WritingPrompt:
    """The prompt a blank page offers first on ``day``: chosen by the date alone."""
    return PROMPTS[(day.toordinal() * DAY_STRIDE) % len(PROMPTS)]


def following(prompt: WritingPrompt) -> WritingPrompt:
    """The prompt "Another" shows after ``prompt``: the next in the cycle, wrapping round.

    Starting anywhere, ``len(PROMPTS)`` steps visit every prompt once before coming back, and
    no step shows the prompt it started from (an unknown prompt starts the cycle over).
    """
    index = _INDEX.get(prompt.id, -1)
    return PROMPTS[(index + 1) % len(PROMPTS)]


def as_heading(prompt: WritingPrompt) -> str:
    """The prompt as the first line of an entry's text: a heading the person can delete."""
    return f"# {prompt.text}"


_HEADINGS = frozenset(as_heading(prompt) for prompt in PROMPTS)


def without_prompt_headings(text: str) -> str:
    """``text`` with every line that is exactly a prompt's heading blanked to spaces of the same
    length, so offsets into the text still point at the same words.

    Why: a used prompt is the app's question, not the person's words; read as theirs, "What was
    hard today?" over a plain answer would make the entry's tone negative. A heading the person
    has edited is theirs and stays. (Retiring a prompt from the list would make its heading count
    as the person's words in older entries: keep its text here if one is ever retired.)
    """
    if "# " not in text:
        return text
    lines = text.split("\n")
    blanked = [" " * len(line) if line.rstrip() in _HEADINGS else line for line in lines]
    return "\n".join(blanked)
