"""The words of activities and of the questions around them: work words, the words that never
name a thing ("it", "people"), and the one pattern of an activity's words
(``activity_pattern``) that the topic rules and the subject extractor both match with.

The feelings' words live in ``feeling_words``, the verbs of an effect in ``effect_words`` and a
question's lean in ``polarity_words``; this module gathers what the rules already read
(``KNOWN_WORDS``). Every pattern is matched as whole words, case-insensitively.
"""

from __future__ import annotations

import re
from typing import Final

from neuroleaf_desktop.domain.insights.activity_words import (
    ACTIVITY_SYNONYMS as ACTIVITY_SYNONYMS,  # re-exported
)
from neuroleaf_desktop.domain.insights.activity_words import (
    JOURNAL_KINDS as JOURNAL_KINDS,  # re-exported
)
from neuroleaf_desktop.domain.insights.feeling_words import FEELING_PATTERNS

# Work words make a question about stress only when nothing else names a feeling.
WORK_RX: Final = re.compile(
    # (to shift a thing is to get rid of it: "can't shift this heaviness", "what doesn't shift
    # the fog" names no shift)
    r"\b(?:work|job|boss|manager|office|colleagues?|co-?workers?|meetings?"
    r"|(?<!n't )(?<!not )(?<!never )shifts?(?! (?:this|that|it|these|those)\b)"
    r"|presentations?|clients?|career|rotas?|roles?)\b",
    re.I,
)
# A time of day said as one hyphenated word before what is done then: "an *after-tea* amble",
# "*post-work* drinks", "*pre-bed* stretches" (when it is done, never part of the thing).
TIMED_RX: Final = re.compile(
    r"(?:after|before|pre|post)-(?:tea|dinner|lunch|breakfast|supper|work|school|bed|midnight"
    r"|dark|church|shift)",
    re.I,
)
GENERIC_RX: Final = re.compile(
    r"\b(?:help(?:ed|s|ful|ing)?|better|cope|coping|lift(?:ed|s)?|do me (?:any )?good"
    r"|last time|what did i do)\b",
    re.I,
)

# One source for the words of an activity, read by the topic rules (``topics``) and the
# subject extractor (``extract``) alike.
_SUFFIXES: Final = ("ings", "ing", "ions", "ion", "ers", "er", "ed", "es", "s")


def stem(word: str) -> str:
    """The word without an ending, so "runs", "running" and "run" meet ("swimming" → "swim")."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]  # "runn" → "run"
    return word


_FORMS: Final = r"(?:e|s|es|ed|er|ers|ing|ings|ion|ions)?"


def _forms(word: str) -> str:
    """Every form of a one-word name: its stem, a doubled last letter, a usual ending."""
    bare = stem(word)
    return rf"{re.escape(bare)}{re.escape(bare[-1])}?{_FORMS}"


# A whole word that is not part of a hyphenated compound: "the *run-up* to the wedding" is a
# time, and "a *walk-in* clinic" a place, not the activity one half of it names.
WORD_OPEN: Final = r"(?<![\w-])"
WORD_SHUT: Final = r"(?![\w]|-\w)"
# ... nor the source a feeling is named by: "exam worries", "gym anxiety", "revision nerves" are
# the worry, not the studying or the gym (a feeling word done to someone is a verb: "does
# studying stress me out" weighs the studying).
_NO_SOURCE: Final = (
    r"(?![- ](?:worr(?:y|ies)|nerves|stress|anxiety|anxieties|jitters|panic|dread|fears?|angst"
    r"|blues|butterflies)\b(?! (?:me|you|him|her|us|them|myself|yourself|everyone)\b))"
)


def activity_pattern(activity: str) -> re.Pattern[str]:
    """The activity's own name in any form ("running" also finds "my runs"), and for the
    default activities the everyday words for them ("gym" → exercise); never half of a
    hyphenated compound ("run-up")."""
    name = activity.strip().lower()
    if name in ACTIVITY_SYNONYMS:  # its everyday words already hold its forms
        body = ACTIVITY_SYNONYMS[name]
        return re.compile(rf"{WORD_OPEN}(?:{body}){WORD_SHUT}{_NO_SOURCE}", re.I)
    own = _forms(name) if name.isalpha() else rf"{re.escape(name)}s?"
    return re.compile(rf"{WORD_OPEN}(?:{own}){WORD_SHUT}{_NO_SOURCE}", re.I)


def group_pattern(activity: str) -> re.Pattern[str] | None:
    """For an activity the person named themselves, the everyday words of the default one it
    is a kind of: someone who logs "running" is asked "does exercise help?" about it."""
    for group, body in ACTIVITY_SYNONYMS.items():
        if group != activity and re.fullmatch(rf"(?:{body})", activity, re.I):
            return re.compile(rf"{WORD_OPEN}(?:{group}|{body}){WORD_SHUT}", re.I)
    return None


def word_set(text: str) -> frozenset[str]:
    """The words of a space-separated list, as a set: word lists read best written as prose."""
    return frozenset(text.split())


# Words that never name an activity of their own ("does *it* help?", "do *i* feel …").
STOPWORDS: Final = word_set(
    "it that this i me my you he she they we there what which who anything something "
    "everything nothing one doing going getting being having feeling more less time day days "
    "week weeks weekend weekends morning mornings evening evenings night nights life today "
    "the a an all any some much many way things thing stuff anyone someone people out up off "
    "everyone everybody anybody somebody nobody "
    "away back over around in on at"
)


def vocabulary_rx() -> re.Pattern[str]:
    """Every word the topic rules already read: a name or phrase matching it is not new."""
    bodies = [*FEELING_PATTERNS.values(), *ACTIVITY_SYNONYMS.values(), WORK_RX.pattern]
    return re.compile("|".join(rf"\b(?:{b})\b" for b in bodies), re.I)


KNOWN_WORDS: Final = vocabulary_rx()
