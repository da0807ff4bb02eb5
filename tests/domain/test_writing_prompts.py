"""Writing prompts: the wording rules every prompt keeps, and which prompt comes when.

The wording rules are what makes a prompt safe to put in front of someone on a blank page:
it asks, it never tells the person about themselves, it is not clinical, it never asks about
risk and it never presses. The rule checks are tried on look-alike sentences of our own too,
so a check that could never fail would be caught here.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

import pytest

from neuroleaf_desktop.domain.analysis.analyzer import analyse
from neuroleaf_desktop.domain.safety.detector import assess_phrases
from neuroleaf_desktop.domain.writing_prompts import (
    PROMPTS,
    PromptTheme,
    WritingPrompt,
    as_heading,
    by_id,
    first_for,
    following,
    without_prompt_headings,
)

MAX_CHARS = 80
# Second-person claims: telling the person what they are, seem or have done, anywhere; and a
# sentence that opens by stating what they feel or did ("You feel…", "You were…"). "What made
# you feel at home?" asks, so "you feel" inside a question is not a claim.
CLAIMS = re.compile(
    r"\byou(?:'re| are| seem| look| sound| must| should| need| have been|'ve been| haven't"
    r"| have not| always| never)\b|(?:^|[.!?]\s+)you\s+\w+",
    re.IGNORECASE,
)
CLINICAL = re.compile(
    r"diagnos|symptom|disorder|depress|anxiety|anxious|panic|therap|medicat|trauma|"
    r"patholog|mental illness|relapse",
    re.IGNORECASE,
)
RISK = re.compile(
    r"suicid|self[- ]harm|hurt(?:ing)? yourself|kill|\bdie\b|dying|death|dead|end it|"
    r"\bcut(?:ting)?\b|overdose|\bsafe\b|\brisk\b|crisis",
    re.IGNORECASE,
)
PRESSURE = re.compile(
    r"streak|in a row|haven't written|have not written|days? since|\bmissed\b|every day|"
    r"\bdaily\b|\bmust\b|\bshould\b|don't forget|\bagain\b",
    re.IGNORECASE,
)
INVITATIONS = ("Describe", "Name", "Write", "Think", "List", "Notice", "Picture")


def asks_or_invites(text: str) -> bool:
    """A question, or a sentence that opens with an invitation ("Describe…", "Name…")."""
    if text.endswith("?"):
        return True
    last = re.split(r"(?<=[.?!])\s+", text.strip())[-1]
    return text.endswith(".") and last.split()[0] in INVITATIONS


def keeps_the_rules(text: str) -> bool:
    return (
        len(text) <= MAX_CHARS
        and asks_or_invites(text)
        and not CLAIMS.search(text)
        and not CLINICAL.search(text)
        and not RISK.search(text)
        and not PRESSURE.search(text)
    )


@pytest.mark.parametrize("prompt", PROMPTS, ids=lambda p: p.id)
def test_every_prompt_keeps_the_wording_rules(prompt: WritingPrompt) -> None:
    assert keeps_the_rules(prompt.text), prompt.id
    assert prompt.text == prompt.text.strip() and "  " not in prompt.text
    assert prompt.text[0].isupper()


@pytest.mark.parametrize(
    "text",
    [
        "You seem tired lately. What would help?",  # a claim about the person
        "You've been quiet this week, why is that?",
        "You haven't written in 3 days. What happened?",  # pressure
        "You feel low today. Write about it.",  # a claim opening the sentence
        "Good morning. You slept badly, so what would help?",
        "Keep your streak going: what happened today?",
        "Have your anxiety symptoms improved this week?",  # clinical
        "Have you had thoughts of self-harm today?",  # asks about risk
        "Today was good.",  # neither a question nor an invitation
        "What is one thing that went well today, and who was there, and what did you all do?",
    ],
)
def test_the_rules_catch_look_alikes_that_break_them(text: str) -> None:
    assert not keeps_the_rules(text)


@pytest.mark.parametrize(
    "text",
    ["What did you enjoy about the weekend?", "Describe the view from your window."],
)
def test_the_rules_pass_warm_prompts_of_the_same_shape(text: str) -> None:
    assert keeps_the_rules(text)


def test_about_forty_prompts_no_duplicates_every_theme_covered() -> None:
    assert 36 <= len(PROMPTS) <= 48
    assert len({p.id for p in PROMPTS}) == len(PROMPTS)
    assert len({p.text.casefold() for p in PROMPTS}) == len(PROMPTS)
    per_theme = Counter(p.theme for p in PROMPTS)
    assert set(per_theme) == set(PromptTheme)
    assert min(per_theme.values()) >= 4
    assert all(p.id.startswith(f"{p.theme.value}.") for p in PROMPTS)
    assert all(theme.label and theme.label == theme.label.lower() for theme in PromptTheme)


@pytest.mark.parametrize("prompt", PROMPTS, ids=lambda p: p.id)
def test_a_prompt_put_into_an_entry_adds_no_worry_of_its_own(prompt: WritingPrompt) -> None:
    """Used as the entry's first line, a prompt brings no stress word and no safety sign."""
    heading = as_heading(prompt)
    assert heading == f"# {prompt.text}"
    assert analyse("", heading).stress_keywords == ()
    found = assess_phrases(heading)
    assert not found.flagged and not found.matched_spans


def test_the_first_prompt_is_chosen_by_the_date() -> None:
    day = date(2026, 12, 5)
    assert first_for(day) == first_for(date(2026, 12, 5))  # the same all day
    assert first_for(day + timedelta(days=1)) != first_for(day)  # another tomorrow
    assert first_for(day + timedelta(days=1)).theme != first_for(day).theme
    forty_days = [first_for(day + timedelta(days=n)) for n in range(len(PROMPTS))]
    assert len(set(forty_days)) == len(PROMPTS)  # every prompt opens some day


def test_another_never_repeats_back_to_back_and_covers_every_prompt_first() -> None:
    for start in (PROMPTS[0], PROMPTS[17], PROMPTS[-1], first_for(date(2027, 3, 1))):
        seen = [start]
        for _ in range(len(PROMPTS) - 1):
            nxt = following(seen[-1])
            assert nxt != seen[-1] and nxt.theme != seen[-1].theme
            seen.append(nxt)
        assert len(set(seen)) == len(PROMPTS)  # all of them before any comes back
        assert following(seen[-1]) == start  # then the cycle starts over


def test_ids_find_their_prompt_and_an_unknown_one_starts_the_cycle() -> None:
    assert all(by_id(p.id) == p for p in PROMPTS)
    assert by_id("no.such") is None
    gone = WritingPrompt("retired.one", PromptTheme.PEOPLE, "Who did you see?")
    assert following(gone) == PROMPTS[0]


# What a person might write under a prompt: plain, worried, glad, mixed, a list, one word.
_ANSWERS = (
    "Walked to the allotment and pulled up the last of the leeks.",
    "The landlord still hasn't fixed the boiler and I'm fed up with chasing him.",
    "Got the job offer this afternoon, I can't stop grinning!",
    "Mum's scan came back clear, though I'm still shaky from the wait.",
    "- laundry\n- rang the GP\n- nap",
    "Tired.",
)


def _tone(compound: float) -> str:
    return "positive" if compound > 0.05 else "negative" if compound < -0.05 else "neutral"


@pytest.mark.parametrize("prompt", PROMPTS, ids=lambda p: p.id)
def test_a_used_prompt_lends_no_feeling_worry_or_tone_to_what_is_written_under_it(
    prompt: WritingPrompt,
) -> None:
    """The question is the app's words, not the person's: whatever the chips say of an entry
    started from a prompt, they would say of the answer alone."""
    for answer in _ANSWERS:
        alone = analyse("", answer)
        with_prompt = analyse("", f"{as_heading(prompt)}\n{answer}")
        assert {word for word, _ in with_prompt.stress_keywords} <= {
            word for word, _ in alone.stress_keywords
        }, answer
        felt_alone = {name for name, score in alone.emotions.items() if score > 0}
        felt = {name for name, score in with_prompt.emotions.items() if score > 0}
        assert felt <= felt_alone, answer
        assert _tone(with_prompt.sentiment.compound) == _tone(alone.sentiment.compound), answer


def test_only_an_untouched_prompt_heading_is_blanked_and_offsets_stay() -> None:
    prompt = PROMPTS[0]
    text = f"{as_heading(prompt)}\nThe bus was late again.\n# My own heading\n"
    blanked = without_prompt_headings(text)
    assert len(blanked) == len(text)
    assert blanked.split("\n")[0].strip() == ""
    assert blanked.endswith("\nThe bus was late again.\n# My own heading\n")
    edited = f"{as_heading(prompt)[:-1]}, honestly?\nAll fine."
    assert without_prompt_headings(edited) == edited  # changed by the person: their words
    quoted_in_a_line = f"She asked me: {prompt.text}"
    assert without_prompt_headings(quoted_in_a_line) == quoted_in_a_line


def test_a_stress_word_under_a_used_prompt_is_found_where_it_was_typed() -> None:
    """Offsets into the entry still point at the person's words with the prompt blanked."""
    from neuroleaf_desktop.domain.analysis.stress_spans import keyword_spans

    body = f"{as_heading(PROMPTS[0])}\nThe rent went up again and I can't cover it."
    spans = list(keyword_spans("", body, {"rent"}))
    assert spans and all(body[start:end].lower().startswith("rent") for _, start, end in spans)
