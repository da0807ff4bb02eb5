"""What the insight assistant will not do, decided before and after the language model.

The assistant phrases the person's own evidence ("what helped last time?"). It does not
diagnose, and it does not advise on medication: a small local model is not a clinician, and a
confident wrong answer about sertraline or bipolar disorder could do real harm. So:

* before the model runs, :func:`check_question` routes
  - crisis language (``domain.safety.assess`` flags it) to the safety resources,
  - diagnosis requests ("do I have depression?", "diagnose me") and
  - medication questions ("should I stop sertraline?", doses, "which antidepressant")
  to a kind, fixed reply pointing to a professional; the model never sees these questions;
* after it runs, :func:`answer_violations` scans the generated text for medication or
  diagnostic claims; the service then replaces the answer with the plain evidence list.

Pure and deterministic: regular expressions over case-folded text, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

from neuroleaf_desktop.domain.safety import SafetyAssessment, assess

GuardKind = Literal["ok", "safety", "diagnosis", "medication"]

DIAGNOSIS_MESSAGE: Final = (
    "I can't tell you whether you have a condition: that needs a conversation with a doctor, "
    "psychologist or psychiatrist who can hear your whole story. What I can do is show what your "
    "own journal says about the times you felt low and what came before feeling better, and you "
    "are welcome to bring that to them."
)
MEDICATION_MESSAGE: Final = (
    "I can't give advice about medication (starting, stopping, switching or doses). Please ask "
    "the doctor or pharmacist who knows your history; stopping some medicines suddenly can make "
    "you feel worse. If it helps, I can show what your journal says about what helped you before, "
    "to take to that conversation."
)
SAFETY_MESSAGE: Final = (
    "It sounds like things are really hard right now. You don't have to go through this alone: "
    "your safety plan and people you can reach right now are one click away."
)

# Conditions people ask about. Kept to names that are diagnoses, not everyday words: "low",
# "sad" and "stressed" are feelings and fine to talk about.
_CONDITIONS: Final = (
    r"depress(?:ion|ive disorder)|clinical(?:ly)? depress\w*|bipolar|manic depress\w*|mania"
    r"|adhd|add\b|autis\w*|asperger\w*|ocd|ptsd|c-?ptsd|borderline|bpd|schizo\w*|psychos[ie]s"
    r"|psychotic|anxiety disorder|gad\b|panic disorder|eating disorder|anorexi\w*|bulimi\w*"
    r"|personality disorder|dysthymi\w*|cyclothymi\w*|seasonal affective disorder|sad\b(?= ?\?)"
    r"|mental (?:illness|disorder)|disorder"
)
_DIAGNOSIS_QUESTION: Final = re.compile(
    r"\bdiagnos\w*\b"
    r"|\b(?:do|could|might|would|can|am) i (?:have|be|suffer from|be suffering from|got)"
    r"\b.{0,40}?\b(?:" + _CONDITIONS + r")"
    r"|\bam i (?:\w+ )?(?:depressed|bipolar|manic|psychotic|autistic|schizophrenic|mentally ill)\b"
    r"|\b(?:is|does) (?:this|it|that|my \w+) (?:mean|sound like|look like|point to)"
    r"\b.{0,30}?\b(?:" + _CONDITIONS + r")"
    r"|\bwhat(?:'s| is) wrong with me\b"
    r"|\b(?:what|which) (?:condition|disorder|illness)\b",
    re.IGNORECASE,
)

_DRUGS: Final = (
    r"sertraline|zoloft|fluoxetine|prozac|citalopram|celexa|escitalopram|lexapro|cipralex"
    r"|paroxetine|paxil|seroxat|venlafaxine|effexor|duloxetine|cymbalta|bupropion|wellbutrin"
    r"|mirtazapine|remeron|trazodone|vortioxetine|trintellix|agomelatine|amitriptyline"
    r"|nortriptyline|lithium|lamotrigine|lamictal|valproate|depakote|quetiapine|seroquel"
    r"|aripiprazole|abilify|olanzapine|risperidone|diazepam|valium|lorazepam|ativan"
    r"|alprazolam|xanax|clonazepam|klonopin|zolpidem|ambien|zopiclone|melatonin|propranolol"
    r"|methylphenidate|ritalin|concerta|adderall|lisdexamfetamine|vyvanse|elvanse|pregabalin"
    r"|gabapentin|buspirone|ketamine|esketamine|st\.? john'?s wort"
)
_MED_WORDS: Final = (
    r"antidepressants?|anti-depressants?|ssris?|snris?|maois?|tricyclics?|antipsychotics?"
    r"|mood stabili[sz]ers?|benzodiazepines?|benzos?|sleeping pills?|meds|medications?"
    r"|medicines?|pills?|tablets?|prescriptions?"
)
_MEDICATION_QUESTION: Final = re.compile(
    r"\b(?:" + _DRUGS + r")\b"
    r"|\d\s?(?:mg|milligrams?)\b"
    r"|\b(?:dose|doses|dosage|dosing|mg|milligrams?|overdose|taper(?:ing)?|wean(?:ing)? off"
    r"|side[- ]effects?|withdrawal from)\b"
    r"|\b(?:which|what|best|good|right|better|another|a different|switch(?:ing)?|start(?:ing)?"
    r"|stop(?:ping)?|quit(?:ting)?|take|taking|come off|increase|decrease|double|skip)"
    r"\b.{0,25}?\b(?:" + _MED_WORDS + r")\b",
    re.IGNORECASE,
)

# In the model's answer: any drug name, a dose, or a diagnostic statement about the person.
_ANSWER_MEDICATION: Final = re.compile(
    r"\b(?:" + _DRUGS + r"|" + _MED_WORDS + r")\b|\b\d+\s?mg\b|\bdos(?:e|age)s?\b",
    re.IGNORECASE,
)
_ANSWER_DIAGNOSIS: Final = re.compile(
    r"\b(?:you (?:may |might |probably |likely |could )?(?:have|suffer from|are showing signs of"
    r"|meet the criteria for|are experiencing)|(?:signs|symptoms) of|diagnos\w*|consistent with)"
    r"\b.{0,40}?\b(?:" + _CONDITIONS + r")"
    r"|\b(?:major depressive|clinical depression|bipolar|psychosis|schizophreni\w*"
    r"|personality disorder)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class GuardDecision:
    kind: GuardKind
    message: str = ""  # the fixed reply for refusals and the safety route
    safety: SafetyAssessment | None = None  # set when kind == "safety"

    @property
    def allowed(self) -> bool:
        return self.kind == "ok"


def check_question(question: str) -> GuardDecision:
    """Decide what to do with a question before any evidence or model is involved.

    Crisis language wins over everything (someone asking "should I take all my pills" needs
    the safety card, not a medication refusal); then medication, then diagnosis.
    """
    assessment = assess(question)
    if assessment.flagged:
        return GuardDecision("safety", SAFETY_MESSAGE, assessment)
    if _MEDICATION_QUESTION.search(question):
        return GuardDecision("medication", MEDICATION_MESSAGE)
    if _DIAGNOSIS_QUESTION.search(question):
        return GuardDecision("diagnosis", DIAGNOSIS_MESSAGE)
    return GuardDecision("ok")


def answer_violations(answer: str) -> list[str]:
    """Why a generated answer must not be shown ("medication", "diagnosis"); [] when fine."""
    found: list[str] = []
    if _ANSWER_MEDICATION.search(answer):
        found.append("medication")
    if _ANSWER_DIAGNOSIS.search(answer):
        found.append("diagnosis")
    return found


_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)|\n")


class GuardedStream:
    """Release streamed tokens only a whole, checked sentence at a time.

    The final answer is checked again as a whole, but without this a medication or diagnosis
    sentence would flash on screen (or stay in a terminal) before that check replaced it. Once
    a sentence fails, nothing more is released.
    """

    def __init__(self) -> None:
        self._pending = ""
        self.blocked = False

    def feed(self, token: str) -> str:
        if self.blocked:
            return ""
        self._pending += token
        last_end = 0
        for match in _SENTENCE_END.finditer(self._pending):
            last_end = match.end()
        if not last_end:
            return ""
        ready, self._pending = self._pending[:last_end], self._pending[last_end:]
        return self._release(ready)

    def flush(self) -> str:
        ready, self._pending = self._pending, ""
        return "" if self.blocked or not ready else self._release(ready)

    def _release(self, text: str) -> str:
        if answer_violations(text):
            self.blocked = True
            return ""
        return text
