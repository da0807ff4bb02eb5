"""Sentence-level VADER sentiment, aggregated to one score per entry.

Why per sentence: VADER is tuned for short texts (its authors recommend scoring sentences and
aggregating), its compound score saturates towards ±1 as a text grows, and parts of it are
quadratic in the number of words of one text. So an entry is split into sentences (long ones
into chunks of ``MAX_CHUNK_WORDS``), each is scored, and the entry's scores are the mean over
sentences weighted by word count: "the average tone of what was written", comparable between a
two-line note and a three-page entry, and linear in the length of the text.

One pre-processing step fixes a VADER misreading that journals hit often: its negation rule
turns "I can't stop worrying" into a *positive* statement ("not worrying"). "can't/couldn't
stop", "didn't/wouldn't/won't stop" ("my hands didn't stop shaking") and "can't help" are
rewritten to "keep" before scoring; the emotion lexicon handles the same phrases itself.

VADER (MIT licence, lexicon shipped in the package) is imported on first use only, so nothing
imported at app start-up pays for loading its 7,500-word lexicon.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from typing import Any

from neuroleaf_desktop.domain.analysis.models import NEUTRAL_SENTIMENT, SentimentScores

MAX_CHUNK_WORDS = 60
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
_KEEP_DOING = re.compile(
    r"\b(?:can(?:'|’)?t|cannot|could(?:n(?:'|’)?t| not)|can not) (?:stop|help)\b"
    r"|\b(?:did(?:n(?:'|’)?t| not)|would(?:n(?:'|’)?t| not)|won(?:'|’)?t) stop\b",
    re.IGNORECASE,
)

# Words VADER scores as feelings that everyday writing mostly uses otherwise: "like" (it felt
# like a long day), "pretty" (pretty tired), "kind" (kind of), "well", "sure", "help",
# "please", "yes", "no" (its negation rule still applies). Left in, they made plain sentences
# "positive" and "no deadlines" negative. A word belongs here when, across the labelled sets
# of several writers, it pushed a clause to the side the sentence did not have more often
# than about three times in ten (and in at least two writers' sets); a word that names the
# writer's own feeling ("love", "calm", "cried") stays, as the emotion lexicon decides those,
# and so does one whose right uses share a sense ("held my hand", "on fire" of a sore wrist,
# "lol" softening a mishap, "made a friend", "bonus incoming").
NOT_FEELINGS = frozenset(
    {"like", "pretty", "kind", "well", "sure", "help", "please", "yes", "no", "joke", "play",
     "party", "heart", "free", "cut", "hard",
     # names of services and money matters, not feelings: "a support call", "credit card",
     # "housing benefit", "smear test"
     "support", "credit", "benefit", "benefits", "smear",
     # money, things and events named, not felt: "forty grand", "the grant report", "save
     # money", "share the cost", "security came", "a freelance rate", "an engagement survey",
     # "a safeguarding concern", "the laptop fan", "at parties", "care for him", "helping
     # her look", "a flu jab", "sixty-odd lifts"
     "grand", "grant", "save", "share", "security", "freelance", "engagement", "safeguarding",
     "fan", "parties", "care", "helping", "flu", "odd",
     # replies that carry no feeling of their own, or are said through gritted teeth: "ha",
     # "yeah, that'll go well", "ok", "cool cool cool", "cheers for that", "fair enough",
     # "Glamour."
     "ha", "yeah", "ok", "cool", "cheers", "fair", "glamour",
     # laughter markers and wishes: "lol" closes a grumble as often as a joke ("chasing
     # invoices lol"), a wish is wanted, not felt ("wish she'd sit down"), and "alive" is
     # mostly a figure ("eating me alive", "checks I'm alive")
     "lol", "wish", "alive",
     # things and acts named, not felt: "the maths mock", "his wife's grave", "caring for
     # dad", "truly" as emphasis ("my favourite part of the job, truly"), "screamed" of
     # joy as often as of fear ("topped out and screamed")
     "mock", "grave", "caring", "truly", "screamed",
     # emphasis, not a feeling: "honestly she might have a point", "honestly I'm not sure"
     "honestly",
     # interjections of irony and sizes, not feelings: "fab, the dryer's blown", "fabulous
     # work-life balance" (ironic in every use, five writers), "the vet bill is huge", "energy
     # bill", "energy drink" (a thing named in five writers' sets for two pleasures)
     "fab", "fabulous", "huge", "energy",
     # things, roles and events named, not felt: "the charity shop", "the prize grid", "the
     # war memorial", "a shared room", "sharing a caravan with strangers", "my helper quit",
     # "neighbours partying", "promised to the hotel for the 30th", "valued a clock", "reef-safe
     # sunscreen", "a bit rich" (irony); "lmao" closes a grumble as "lol" does ("paid me
     # £3.41 lmao"), and a prayer is asked for when things look bad ("pray for me",
     # "praying for them"). Each pushed a clause to the wrong side in more than half its uses,
     # for two writers or more; "feel safe" is read by the emotion lexicon, not VADER.
     "charity", "prize", "war", "shared", "sharing", "helper", "partying", "promised",
     "valued", "safe", "rich", "lmao", "pray", "praying",
     # a worry held, not a belief enjoyed: "lay awake convinced I'd be fired", "rang at 3am
     # convinced the neighbours are filming him" (never the writer's good part, five
     # writers); "pretending it's fine" hides a trouble (two writers, never good)
     "convinced", "pretending"}
)  # fmt: skip

# Good things to have, named rather than felt: "my friend was let go", "the accountant's on
# holiday" say nothing good of the writer's day, yet VADER scores the nouns as pleasant.
# Named plainly they carry no feeling; said to be lacking ("haven't seen my friends in
# months", "no holiday this year") they are a loss, which VADER's negation rule reads, so
# ``clauses`` keeps them for VADER only after a negator.
GOOD_THINGS = frozenset({"friend", "friends", "holiday", "holidays"})

# Phrases VADER reads backwards: its negation rule makes "never been better" negative.
_REWRITES = (
    (re.compile(r"\b(?:never been|couldn't be|could not be|couldnt be) better\b", re.I), "best"),
    (
        re.compile(r"\b(?:never been|couldn't be|could not be|couldnt be) happier\b", re.I),
        "very happy",
    ),
    (re.compile(r"\bstuck to\b", re.I), "kept to"),
    # a block after a preposition is a place or a thing, not an obstruction: "walk round the
    # block", "chisels on a small block", "wobble off down the block", "from the block work"
    (
        re.compile(
            r"\b((?:a?round|down|up|on|onto|off|from|along|across|past) (?:the|a|an|this|that|my"
            r"|our|his|her|their)(?: [a-z'-]+)?) blocks?\b",
            re.I,
        ),
        r"\1 place",
    ),
    # a shot, a kick or a punch blocked is a save in a game, not an obstruction: "our keeper
    # blocked like twenty shots", "blocking a penalty", "blocks every pass"
    (
        re.compile(
            r"\bblock(?:ed|ing|s)?((?: [a-z'-]+){0,2} (?:shots?|kicks?|penalt(?:y|ies)"
            r"|punch(?:es)?|pass(?:es)?|spikes?|serves?|tackles?|strikes?|headers?))\b",
            re.I,
        ),
        r"met\1",
    ),
    # services, not feelings: "on hold about mum's care package" is not partly positive
    (re.compile(r"\bcare (package|home|plan|worker|assessment)s?\b", re.I), r"\1"),
    # ... and so are intensive, palliative or foster care: "grandma is in intensive care"
    (
        re.compile(
            r"\b(intensive|critical|palliative|respite|foster|social|hospice|end of life) care\b",
            re.I,
        ),
        r"\1",
    ),
    # a death described gently is still a death; sarcastic thanks are annoyance
    (re.compile(r"\b(?:passed|died) peacefully\b", re.I), "died"),
    # a trouble hidden, not courage felt: "he's putting on a brave face"
    (re.compile(r"\bbrave face\b", re.I), "face"),
    # a kind of thing, not a feeling: "a second-hand bike" ("held my hand" stays warm)
    (re.compile(r"\bsecond[- ]hand\b", re.I), "used"),
    # a fine to pay is a penalty, not "fine": "got a parking fine"
    (re.compile(r"\b(parking|speeding|library|bus lane|late) fines?\b", re.I), r"\1 penalty"),
    (
        re.compile(
            r"\b(?:thanks|cheers)(?: a lot| very much)?,? (?:to whoever|for nothing)\b", re.I
        ),
        "annoying",
    ),
    # A concession grants someone else's point or excuses them; it is no relief of the
    # writer's: "she's not wrong" (that I'm never home), "can't say I blame her", "not his
    # fault, but …", "don't get me wrong". VADER's negation made each one pleasant.
    (
        re.compile(
            r"(?:\bnot|n't) (?:far |entirely |totally |completely )?wrong\b"
            r"|\b(?:can't|cannot|can not|couldn't|don't|didn't|wouldn't)(?: say i| really)? blame\b"
            r"|\bnot (?:his|her|their|my|your|our|anyone's|the \w+'s) fault\b"
            r"|\b(?:don't|do not) get me wrong\b",
            re.I,
        ),
        "conceding",
    ),
    # The writer's own liking ("I like it", "I quite like my job", "quite like it") is a
    # feeling, though "like" alone is dropped from VADER (``NOT_FEELINGS``); "I'd like" is a
    # want, "feel like" a likeness and "do I even like it?" a doubt, none matched here.
    # Negated ("I don't like") it is a dislike, which VADER's negation reads.
    (
        re.compile(
            r"(?<!\bdo )(?<!\bdid )\b(i (?:(?:really|quite|actually|genuinely|still|do|don't"
            r"|didn't|do not|never|also|even|kind of|sort of|always) )*)like\b|^(quite )like\b",
            re.I,
        ),
        lambda m: f"{m[1] or m[2]}enjoy",
    ),
    # A hand is a body part or a means ("caught my hand", "by hand", "hand in my licence");
    # only a hand held or shaken is warmth ("she held my hand", "shook my hand").
    (
        re.compile(
            r"\b(held|holds|holding|hold|shook|shakes|shaking|shake)( \w+)? hand\b|\bhand\b",
            re.I,
        ),
        lambda m: m[0] if m[1] else "palm",
    ),
    # A warning or sick pay lacking is a trouble, not a trouble spared: "moved to nights, no
    # warning", "no sick pay"; VADER's negation read them as pleasant.
    (re.compile(r"\b(no|without|with no) (?:prior |any )?(warning|notice)\b", re.I), "unannounced"),
    (re.compile(r"\b(?:no|without) sick (?:pay|leave)\b", re.I), "unpaid"),
    # Set phrases of irony: praise of a timing ("two volunteers quit the same day, brilliant
    # timing"), "living the dream", "another day in paradise". Each was ironic in every use
    # by every writer who wrote one (``news.COMPLAINTS`` reads "living the dream" as the
    # grumble it is); the praise is no pleasure.
    (
        re.compile(
            r"\b(?:great|brilliant|perfect|fantastic|lovely|excellent|wonderful|fab|superb"
            r"|amazing|impeccable) timing\b",
            re.I,
        ),
        "timing",
    ),
    (re.compile(r"\bliving the dream\b|\bin paradise\b", re.I), "as ever"),
    # ... and so is a dream job or career named alone ("Dream job.", "Dream career." after a
    # trouble): ironic for every writer who wrote one (three), while "got my dream job" stays
    (re.compile(r"^\W*dream (?:job|career)\W*$", re.I), "as ever"),
    # "For good" is for ever, no praise: "my back gave in for good", "wrecked my sleep for good",
    # "coming home for good" (not "for good measure", "for good reason").
    (
        re.compile(r"\bfor good\b(?! (?:measure|reason|luck|cause|behaviour|behavior|news))", re.I),
        "for ever",
    ),
    # Staying power, not being stuck: "glad I stuck it out", "stopped taking work home and it
    # stuck", "it stuck with me" (every writer who told one meant it well).
    (re.compile(r"\b(stuck|stick|sticking) (it out|at it)\b", re.I), "kept at it"),
    (re.compile(r"\b(and it|it's|it has|it) stuck(?= with me\b|\W*$)", re.I), r"\1 lasted"),
    # emphasis, as "honestly" is: "to be honest", "if I'm honest", "the honest truth"
    (re.compile(r"\b(?:to be|if i'm|if i am|if im) honest\b|\bhonest truth\b", re.I), "frankly"),
    # someone else's reproach that the writer loves or likes a thing more than them ("she says
    # I love my phone more than her", "my kids reckon I like the Scouts more than them"): a
    # complaint of theirs, not the writer's pleasure (four writers, none labelled it positive)
    (
        re.compile(
            r"\b((?:says|said|reckons?|thinks?|claims|say)(?: that)? i) (?:love|like|enjoy)\b"
            r"(?=.*\bmore than\b)",
            re.I,
        ),
        r"\1 rate",
    ),
    # A complaint not made ("took over the cooking without one word of complaint", "did the
    # night feeds without a single moan", "not one word of complaint"): praise of the one who
    # made none; VADER's negation does not reach past "without … word of".
    (
        re.compile(
            r"\b(?:without|not|never) (?:a|one|any|once|even one)?\s?(?:single )?(?:word of )?"
            r"(?:complaint|complaining|complain|moaning|moan|grumbling|grumble|whinge|whingeing"
            r"|whining|fuss)\b",
            re.I,
        ),
        "uncomplainingly",
    ),
    # "Dead" as a degree before a quality ("this unit has been dead quiet", "dead easy", "dead
    # chuffed", "dead tired"): "very", no death; VADER scored the word alone as a loss.
    (
        re.compile(
            r"\bdead(?= (?:quiet|easy|good|nice|chuffed|proud|lucky|simple|calm|pleased|happy"
            r"|excited|keen|handy|friendly|comfy|comfortable|peaceful|smooth|straightforward"
            r"|funny|lovely|sound|brilliant|cheap|quick|fast|slow|busy|tired|boring|serious"
            r"|right|impressed|jealous|nervous|worried|sweet|cute|posh|rude)\b)",
            re.I,
        ),
        "very",
    ),
    # Names, not feelings: "my best friend ignored me" is not partly positive.
    (
        re.compile(
            r"\b(?:best (friends?|mates?|buds?|man)|happy (birthday|new year|anniversary|hour"
            r"|holidays)|merry (christmas))\b",
            re.I,
        ),
        lambda m: next(g for g in m.groups() if g),
    ),
)

_analyzer: Any = None
_lock = threading.Lock()


def _get_analyzer() -> Any:
    global _analyzer
    if _analyzer is None:
        with _lock:
            if _analyzer is None:
                from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

                analyzer = SentimentIntensityAnalyzer()
                for word in NOT_FEELINGS:
                    analyzer.lexicon.pop(word, None)
                _analyzer = analyzer
    return _analyzer


def sentiment_lexicon() -> dict[str, float]:
    """VADER's word → valence lexicon (read-only by convention), e.g. to skip feeling words."""
    lexicon: dict[str, float] = _get_analyzer().lexicon
    return lexicon


def split_sentences(text: str) -> list[str]:
    """Sentences (and over-long sentences cut into word chunks), stripped, none empty."""
    out: list[str] = []
    for raw in _SENTENCE_END.split(text):
        words = raw.split()
        for start in range(0, len(words), MAX_CHUNK_WORDS):
            out.append(" ".join(words[start : start + MAX_CHUNK_WORDS]))
    return out


def score_sentence(sentence: str) -> SentimentScores:
    """VADER's scores for one short text."""
    if not sentence.strip():
        return NEUTRAL_SENTIMENT
    text = _KEEP_DOING.sub("keep", sentence)
    for pattern, replacement in _REWRITES:
        text = pattern.sub(replacement, text)
    raw = _get_analyzer().polarity_scores(text)
    return SentimentScores(
        compound=float(raw["compound"]),
        positive=float(raw["pos"]),
        neutral=float(raw["neu"]),
        negative=float(raw["neg"]),
    )


def aggregate(scored: Iterable[tuple[int, SentimentScores]]) -> SentimentScores:
    """Word-count-weighted mean of (word count, scores) pairs; neutral when there are none."""
    total = 0
    compound = positive = neutral = negative = 0.0
    for words, scores in scored:
        weight = max(1, words)
        total += weight
        compound += scores.compound * weight
        positive += scores.positive * weight
        neutral += scores.neutral * weight
        negative += scores.negative * weight
    if total == 0:
        return NEUTRAL_SENTIMENT

    def clamp(value: float, low: float) -> float:
        return round(min(1.0, max(low, value / total)), 4)

    return SentimentScores(
        compound=clamp(compound, -1.0),
        positive=clamp(positive, 0.0),
        neutral=clamp(neutral, 0.0),
        negative=clamp(negative, 0.0),
    )


def score_sentences(sentences: Iterable[str]) -> list[tuple[str, SentimentScores]]:
    return [(s, score_sentence(s)) for s in sentences]


def sentiment(text: str) -> SentimentScores:
    """The entry-level scores of ``text`` (see the module docstring for how)."""
    return aggregate((len(s.split()), sc) for s, sc in score_sentences(split_sentences(text)))
