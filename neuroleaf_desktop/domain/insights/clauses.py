"""Which of two feelings a question asks about: the condition it sets, the outcome it asks after.

"Am I more irritable when I'm tired?" names two feelings. Tiredness is the *condition*: it
stands in a clause opened by "when I", "if I", "on days I", "every time I", "being …". The
irritability is the *outcome* the question asks after, and it is what the person wants to see
("Looking at: low mood"). The same holds the other way round: "when I'm anxious, do I sleep
worse?" asks about sleep. So the feeling words inside condition clauses count half a word
together, but only when the question also asks after a feeling outside every condition
clause; a question whose only feeling is its condition ("what helped last time I felt
anxious?") keeps it. A link asked "between" two feelings leans to the first one named.

Words of relief or of a general outcome ("feel better", "feel worse", "calm down", "cheer me
up", "relax") are not an outcome of their own: "what makes me feel better when I'm anxious?"
asks what helps anxiety, exactly like "what helps when I'm anxious?".

Pure: spans of the question's text, no state.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Final, TypeVar

from neuroleaf_desktop.domain.insights.effect_words import EFFECT_RX

# What opens a condition: a time or case word followed by the person ("when I'm", "if my",
# "on days I", "last time I"), "being" ("does *being anxious* make it harder"), or any gerund
# that is the subject of the question ("does *worrying* wear me out", "is *sleeping badly*
# making me anxious?"): what it does to the person is the outcome asked about.
_OPEN_RX: Final = re.compile(
    # "if" after "wonder", "know", "see" asks whether, it sets no condition
    r"\b(?:when(?:ever)?|(?<!wonder )(?<!know )(?<!curious )(?<!see )(?<!check )(?<!ask )if"
    r"|while|once|after|before|until|(?:every|each|any|last|the) ?time"
    r"|on (?:the )?(?:days?|nights?|mornings?|evenings?|weeks?)(?: (?:when|that|where))?"
    r"|(?:the )?(?:days?|nights?) (?:when|that))"
    r"\s+(?:i|i'm|im|i've|ive|i'd|my|you|you're|youre|you've)\b"
    # ... or the feeling itself after "when" ("when *the worry's* been bad that day"), or the
    # load ("when *work's* stacking up, do my nights go to pieces", "whenever *things* pile up")
    r"|\bwhen(?:ever)? (?:the|work|work's|works|things|everything|life|stuff)\b"
    # ... or a worry named by its source ("when *exam worries* build up", "whenever money nerves
    # kick in")
    r"|\bwhen(?:ever)? (?:my |the |those |these |all the |all my )?(?:[\w'-]+ )?(?=(?:worr(?:y|ies)"
    r"|nerves|stress|anxiety|anxieties|jitters|fears|panic|dread)\b)"
    # ... or days named by what goes on in them, whoever does it ("on weeks *the workload's*
    # crushing me", "in the months *work* is manic", "on days *the kids* run me ragged", "in
    # the weeks *I'm* stressed at work")
    r"|\b(?:on|in|during|after|following) (?:the )?(?:days?|nights?|mornings?|evenings?|weeks?"
    r"|months?)"
    r"(?: (?:when|that|where) | (?=(?:the|our|work|things|everything|life|it|it's|its|i|i'm|im"
    r"|i've|ive|my)\b))"
    r"|\bbeing\b"
    r"|^\s*(?:does|do|did|is|was|has|will|can|could|would|might)\s+(?:all\s+)?(?:my\s+|the\s+)?"
    r"(?=(?!\w*thing\b|morning|evening)[a-z]{3,}ing\b)",
    re.I,
)
# Two things a link is asked between: the first one named is the subject ("is there a link
# between my workload and my sleep?" → stress), as with two activities compared.
_BETWEEN_RX: Final = re.compile(r"\bbetween\b(?P<first>.+?)\band\b", re.I)
FIRST_OF_PAIR_WEIGHT: Final = 0.5
# A condition that is a phrase of its own: one placed before the question and closed by a
# comma ("after a bad night, am I more stressed?"), a bad night ("tired after a poor night"),
# or days named by a feeling ("am I more tired on stressful days?").
_PHRASE_RX: Final = re.compile(
    r"^\s*(?:after|following|on|during|with|in|whenever|when|if|once|while|before)\b[^,?!.]*,"
    # ... or a run of them ("jitterier after *a string of* rough nights", "lower after *weeks
    # of* poor sleep")
    r"|\b(?:after|following) (?:a |an )?(?:(?:string|run|couple|few|series|spell|stretch"
    r"|handful|(?:days?|weeks?|fortnights?|months?)) of )?(?:bad|poor|rough|sleepless|short"
    r"|restless|broken"
    r"|terrible|awful) (?:nights?(?:'?s? sleep)?|sleep)\b"
    # ... or a run of days named by any feeling, wherever it stands: "does my mood take a dip
    # *after a few anxious days*", "lower *after a couple of stressful weeks*", "flat *following
    # a string of sleepless nights*"
    r"|\b(?:after|following) (?:a |an )?(?:few|couple of|couple|string of|run of|series of"
    r"|spell of|stretch of|handful of|week of|fortnight of|\d+|two|three|four|five|several)"
    r" (?:[\w'-]+ ){1,2}?(?:days|weeks|nights|evenings|mornings|spells|stretches|shifts)\b"
    # ... or a stretch of time filled by one, to its clause's end: "do my spirits sink *after a
    # week of feeling on edge*", "following a fortnight of being wound up, …" (the stretch may
    # come blanked, read as a frame: ``things.unframed``)
    r"|\b(?:after|following)(?: (?:a |an |the )?(?:few |couple of |long |whole )?(?:days?|weeks?"
    r"|fortnights?|months?) of|\s{4,}) (?:being |feeling )?[^,;:?!.]*?"
    r"(?=\s*(?:[,;:?!.]|$)|\s+(?:do|does|did|am|is|are|was|were|can|will|have|has)\s+"
    r"(?:i|you|my|it)\b|\s+(?:what|which|how|why|and|but)\b)"
    # the day after a day of a feeling is when the outcome asked after is felt: "am I more worn
    # out *the day after a really stressful one*"
    r"|\bthe (?:day|morning|night|evening|week) after (?:a|an|the) [^,?!.]*"
    # ... and stretches named by one ("more wiped out *in stressful fortnights*", "lower *during
    # busy months*")
    r"|\bon (?:(?!on\b)\w+ ){1,2}(?:days?|nights?|mornings?|evenings?|weeks?)\b"
    r"|\b(?:in|during) (?!(?:the|a|an|this|that|these|those|recent|past|last|next|few|my|our)\b)"
    r"(?:\w+ ){1,2}(?:weeks|fortnights|months|spells|stretches|patches|periods)\b"
    # the waking a state comes with is when it is felt: "do I wake up *with* nothing in the
    # tank", "waking up *feeling* sick with nerves" (the state is asked after, not the sleep)
    r"|\b(?:wake|wakes|waking|woke|woken)(?: up)? (?:with|feeling)\b"
    # what is granted and did not help, to its clause's end: "wiped out by ten *even after eight
    # hours in bed*", "*despite a full night's sleep*", "*though I slept nine hours*" (the state
    # felt anyway is asked after, not the sleep)
    r"|\b(?:even (?:after|with|though|when|if)|despite|in spite of|although|though)\b[^,;:.?!]*",
    re.I,
)
# What closes it: punctuation, the main question ("… do I sleep worse?", "… what helps?"), a
# joining word that starts a new clause, or the verb the gerund subject does ("being anxious
# *makes* …").
_CLOSE_RX: Final = re.compile(
    r"[,;:.?!]|\b(?:do|does|did|am|is|are|was|were|can|could|should|will|would|have|has)\s+"
    r"(?:i|you|it|my|that|this)\b|\b(?:what|which|how|why|who|then|but|so)\b",
    re.I,
)
# "Feel better", "feel worse", "feel good": an outcome of any feeling, like "helps".
_FEEL_OUTCOME: Final = (
    r"(?:feel|feels|feeling|felt) (?:\w+ )?(?:better|worse|good|great|fine|okay|ok|well|happy)"
)
FEEL_OUTCOME_RX: Final = re.compile(rf"\b{_FEEL_OUTCOME}\b", re.I)
# ... and words of relief: neither is a feeling the question asks after.
GENERAL_OUTCOME_RX: Final = re.compile(
    rf"\b(?:{_FEEL_OUTCOME}|calm\w*|cheer\w*|relax\w*|unwind\w*|decompress\w*"
    # (spirits lifted are a mood named: "what lifts my spirits" asks after low mood)
    r"|switch(?:ing)? off|wind(?:ing)? down|lift\w*(?! (?:my|me|your|the) spirits))\b",
    re.I,
)
CONDITION_WEIGHT: Final = 0.5
K = TypeVar("K", bound=str)


def condition_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of the question's condition clauses, in order."""
    spans: list[tuple[int, int]] = []
    at = 0
    while (opened := _OPEN_RX.search(text, at)) is not None:
        start = opened.end()
        ends = [m.start() for m in (_CLOSE_RX.search(text, start), EFFECT_RX.search(text, start))
                if m is not None]  # fmt: skip
        end = min(ends, default=len(text))
        spans.append((opened.start(), end))
        at = max(end, start)
    spans.extend((m.start(), m.end()) for m in _PHRASE_RX.finditer(text))
    return sorted(spans)


# A feeling put aside is not asked about: "never mind the insomnia for now, what helps when I'm
# this flat", "forget my sleep, …", "leaving work aside, …"; the clause runs to its break.
# ("I forget to breathe" is something that happens, not a feeling put aside.)
_ASIDE_RX: Final = re.compile(
    r"\b(?:never mind|(?<!i )forget(?! to\b)(?: about)?|leaving aside|setting aside"
    r"|putting aside)\b[^,;:.?!]*"
    r"|\b(?:leaving|setting|putting) [^,;:.?!]{1,40}? aside\b",
    re.I,
)


def set_aside(text: str) -> list[tuple[int, int]]:
    """The spans of clauses that put a feeling aside ("never mind the insomnia"), unless the
    question names nothing else to ask about."""
    return [(m.start(), m.end()) for m in _ASIDE_RX.finditer(text) if m.end() < len(text) - 3]


def _within(rx: re.Pattern[str], text: str, position: int) -> bool:
    return any(m.start() <= position < m.end() for m in rx.finditer(text))


def weighed(text: str, hits: Mapping[K, Sequence[re.Match[str]]]) -> dict[K, float]:
    """Each feeling's keyword weight: one per word, except

    * when the question asks after a feeling outside its condition clauses, the words inside
      them count half together ("am I more irritable when I'm tired and drained?");
    * "feel better" and its kin count half when another feeling is named: they are the
      outcome of that one ("what makes me feel better when I'm anxious?").
    """
    spans = condition_spans(text)
    aside = set_aside(text)
    hits = {k: [m for m in ms if not any(a <= m.start() < b for a, b in aside)]
            for k, ms in hits.items()}  # fmt: skip

    def conditional(m: re.Match[str]) -> bool:
        return any(start <= m.start() < end for start, end in spans)

    real = {k: [m for m in ms if not _within(GENERAL_OUTCOME_RX, text, m.start())]
            for k, ms in hits.items()}  # fmt: skip
    asked = any(not conditional(m) for ms in real.values() for m in ms)
    weights: dict[K, float] = {}
    for kind, ms in hits.items():
        if not ms:
            continue
        others = any(real[k] for k in hits if k != kind)
        outside = [m for m in ms if not (asked and conditional(m))]
        weight = sum(
            0.5 if others and _within(FEEL_OUTCOME_RX, text, m.start()) else 1.0 for m in outside
        )
        weights[kind] = weight + (CONDITION_WEIGHT if len(outside) < len(ms) else 0.0)
    pair = _BETWEEN_RX.search(text)
    if pair is not None:
        firsts = [
            k for k, ms in real.items() for m in ms if pair.start(1) <= m.start() < pair.end(1)
        ]
        if firsts and len({k for k, ms in real.items() if ms}) > 1:
            weights[firsts[0]] += FIRST_OF_PAIR_WEIGHT
    return weights


# A feeling stated, not asked, whose cause an activity names after it ("feeling really
# stressed with all my exams", "so anxious about my driving lessons"): the feeling is what the
# person brings. A question weighing the activity ("do exams stress me?") is about it.
_CAUSE_RX: Final = re.compile(
    r"\b(?:with|about|over|by|from|because of|before|ahead of)\s+(?:all\s+)?(?:of\s+)?"
    r"(?:my|the|these|those|this|that|his|her|our|their)?\s*$",
    re.I,
)
# ... also in a question asking what helped *when* the feeling came with it ("what helped when
# I was panicking before my exams"): the exams are the occasion, the panic is asked about.
_WHAT_HELPED_WHEN_RX: Final = re.compile(
    r"^\s*(?:what|which|anything)\b[^,;:.?!]*\bwhen (?:i|i'm|im|i am|i was|i get|i got|i feel"
    r"|i felt)\b",
    re.I,
)
_ASKED_RX: Final = re.compile(
    r"\?|^\s*(?:how|what|why|when|which|who|where|is|are|am|was|were|do|does|did|has|have"
    # (not "can't stop overthinking …": a statement of what the person cannot do)
    r"|had|can|could|should|will|would)\b(?!['’]t\b)",
    re.I,
)


# ... or what a spent or troubled state came after, told before an ask of its own ("feeling
# drained after socialising, what helps", "no fuel in the tank after visiting Mum, what's
# refuelled me"): the state is asked about. Not a state that is the better for it ("I feel
# calmer after yoga", "better after a swim, what else helps"): that weighs the doing.
_AFTER_RX: Final = re.compile(
    r"\bafter\s+(?:all\s+)?(?:(?:my|the|these|those|this|that|his|her|our|their|a|an)\s+)?"
    r"(?:[a-z]+ing\s+(?:(?:my|the|a|an|our)\s+)?)?$",
    re.I,
)
_ASK_FOLLOWS_RX: Final = re.compile(
    r"[^,;:.?!]*[,;:.]\s*(?:so\s+|and\s+)?(?:what|which|anything|how)\b", re.I
)
_BETTER_FOR_IT_RX: Final = re.compile(
    r"\b(?:better|calmer|happier|brighter|lighter|fresher|sharper|more|less|good|great|relaxed"
    r"|refreshed|lifted|buzzing|glowing)\b",
    re.I,
)


def spent_after(text: str, start: int, feelings: Iterable[re.Pattern[str]]) -> bool:
    """Whether the thing named at ``start`` is only what a stated feeling came after, with an
    ask of its own following ("I'm cream-crackered after *lambing*, what's got me back")."""
    before = text[:start]
    if not _AFTER_RX.search(before) or not _ASK_FOLLOWS_RX.match(text, start):
        return False
    told = re.split(r"[.?!]", before)[-1]  # the sentence it is told in
    return not _BETTER_FOR_IT_RX.search(told) and any(rx.search(told) for rx in feelings)


def stated_cause(text: str, start: int, feelings: Iterable[re.Pattern[str]]) -> bool:
    """Whether the words before ``start`` (where an activity is named) state a feeling and
    then a cause ("… stressed *with all my* exams"), in a statement, not a question, or a
    feeling it came after with an ask following (``spent_after``)."""
    if spent_after(text, start, feelings):
        return True
    before = text[:start]
    asked = _ASKED_RX.search(text) and not _WHAT_HELPED_WHEN_RX.search(before)
    if asked or not _CAUSE_RX.search(before):
        return False
    return any(rx.search(before) for rx in feelings)
