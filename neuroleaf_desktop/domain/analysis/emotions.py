"""Emotion scores from a small, hand-written lexicon with negation and intensifiers.

Why a lexicon we wrote, not a model or a published one: NRCLex/EmoLex are licensed for research
only, and no licence-clean emotion classifier ships with weights on PyPI (see MODELS.md). A
lexicon is also what a mental-health journal wants here: **transparent** (every score can be
traced to the words that caused it, see ``explain``), **testable** (each rule has a unit test),
**licence-clean** (this file is the whole data set, Apache-2.0 like the rest of the project),
offline, deterministic and fast (a dictionary look-up per word).

The emotions are a fixed set chosen for journaling, not a psychological taxonomy: the ones
people most often write about and that the insights features reason about.

* joy        – happiness, delight, fun, pride in a good day
* calm       – peace, relaxation, relief, feeling settled
* gratitude  – thankfulness, appreciation, feeling lucky or cared for
* sadness    – low mood, grief, crying, hopelessness, disappointment
* anxiety    – worry, fear, panic, nervousness, overwhelm, stress
* anger      – irritation, frustration, resentment, rage
* loneliness – isolation, being left out, missing people, not belonging
* shame      – guilt, embarrassment, self-blame, feeling worthless or "not good enough"
* hope       – optimism, looking forward, encouragement, feeling it can get better

How a text is scored:

1. It is lower-cased and split into word tokens ("can't" stays one token) and clause breaks
   (``. , ; : ! ?`` and "but").
2. At each token the longest lexicon pattern that matches is taken: a pattern is a word
   ("sad"), a stem ("worr*" for worry/worried/worrying) or a phrase ("left out", "can't
   stop crying"). A longer match wins, so "hopeless" is sadness even though "hope*" is hope.
3. **Negation**: a negator (not, no, never, without, any "…n't" word…) up to three tokens
   before the match, in the same clause, cancels it: "not happy" is not joy, "no worries"
   is not anxiety. It is cancelled, not flipped (VADER's sentiment already handles polarity;
   "not happy" is not evidence of a specific negative emotion). Negation does not apply when
   a "stop/help/quit" word stands between ("can't stop worrying" *is* anxiety) or when the
   match is a comparative ("couldn't be happier" is joy).
4. **Intensity**: "very, so, really, extremely…" up to two tokens before multiply the weight
   by 1.5; "a bit, slightly, kind of…" by 0.9 (a mild feeling is still that feeling: "a bit
   lonely" shows Loneliness, though it decides no clause polarity alone). Patterns marked
   strong (``!``) weigh 1.5, weak (``~``, ambiguous words such as "alone" or "quiet") 0.5,
   all others 1. A weak word alone never reaches the chips' threshold: it takes two cues.
5. Per emotion, the summed weight ``w`` becomes a score in [0, 1) as ``w / (w + 2)``: one plain
   mention ≈ 0.33, two ≈ 0.5, six ≈ 0.75. Saturating, so long entries do not run off a scale,
   and monotonic, so more evidence never lowers a score.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Final

from neuroleaf_desktop.domain.analysis.lexicon import (
    BREAK,
    GUT_DROPS,
    PatternLexicon,
    is_negator,
    tokenize,
)
from neuroleaf_desktop.domain.analysis.not_felt import NOT_FELT
from neuroleaf_desktop.domain.analysis.phrase_forms import (
    ANXIETY_FORMS,
    FELT_A_FOOL,
    FELT_LIKE_A_NOVICE,
    LOST_IN_CARE,
    PAPER_GAINED,
    THINKING_OF_SOMEONE,
)
from neuroleaf_desktop.domain.analysis.senses import NAMED_PATTERN, named_by_someone

EMOTIONS: Final[tuple[str, ...]] = (
    "joy",
    "calm",
    "gratitude",
    "sadness",
    "anxiety",
    "anger",
    "loneliness",
    "shame",
    "hope",
)
SATURATION: Final = 2.0
INTENSIFY: Final = 1.5
DIMINISH: Final = 0.9
NEGATION_WINDOW: Final = 3
INTENSIFIER_WINDOW: Final = 2

# Notation: "word" exact; "stem*" any word starting with stem; spaces separate phrase tokens;
# a leading "!" marks a strong pattern, "~" a weak one. Write "can't" with a straight quote.
LEXICON: Final[Mapping[str, tuple[str, ...]]] = {
    "joy": (
        "happy", "happier", "happiest", "happiness", "happily", "joy", "joyful", "joyous",
        "enjoy*", "delight*", "glad", "cheerful", "cheered", "cheering", "elated", "!ecstatic",
        "thrill*", "excited", "exciting", "excitement", "wonderful", "amazing", "awesome",
        # a smile alone is often politeness or someone else's ("then smiled and said"): weak
        "fantastic", "~lovely", "fun", "funny", "laugh*", "~smil*", "giggl*", "grin", "grinned",
        "grinning", "bliss", "blissful*", "!overjoyed", "euphori*", "celebrat*", "proud",
        "prouder", "proudest",
        "~brilliant", "~best day", "~good day", "~great day", "good time", "great time",
        "had a blast", "playful", "upbeat", "buzzing", "!on top of the world", "!over the moon",
        "made my day", "chuffed", "made my year", "made my whole *", "uplift*", "jubilant",
        "merry", "radiant", "good mood", "great mood",
        "light hearted", "lighthearted", "~alive", "~energised", "~energized", "yay", "hooray",
        "~fearless", "love it", "loved it", "loving it", "beaming", "!thrilled",
        "cried from happiness", "cried laughing", "crying laughing", "cry laughing",
        "laughed so hard i cried", "laughed until i cried", "happy crying", "tears of joy",
        "happy tears", "happy cry",
        # good news told with a grin ("did a little dance", "still smiling"); "best … of the
        # year", "small win", "made my week", "felt good" and "I'll take it" are joy in some
        # labelled sets and none in others: left out
        "made my shift", "made my night", "stoked", "still smiling", "little dance",
        "happy dance", "never gets old",
        # a dance of delight round a room ("danced round the kitchen"): joy for each writer
        "danced round", "danced around", "dancing round", "dancing around",
        # felt as the best ever: "my own bed has never felt this good" ("the garden's never
        # looked better" praises a thing and is labelled no feeling)
        "never felt this good", "never felt so good", "never felt better",
        # a grin told in the past as "beaming" is ("I beamed"); a task found "satisfying" is
        # joy in every labelled row (two writers), where "satisfied" after a tiring day is
        # labelled no feeling by the early writers and stays out; a room that clapped ("the
        # whole gym clapped") is joy in 9 of the 10 labelled rows, eight writers
        "beamed", "satisfying", "clapped",
    ),
    "calm": (
        "calm*", "relax*", "peace", "peaceful*", "serene", "serenity", "tranquil*", "at ease",
        "settled",
        # grounded as a feeling is felt ("feeling calm and grounded"); a pilot or a flight
        # grounded ("Grounded eleven days out of fourteen", "grounded by the airline") is kept
        # from flying, no calm
        "feel grounded", "felt grounded", "feeling grounded", "feels grounded", "centred",
        "centered", "~quiet", "restful", "unwind*",
        "unwound", "sooth*", "~comfortable", "feel comfortable", "felt comfortable",
        "feeling comfortable", "comforting", "comforted", "cosy", "cozy",
        "content", "contented", "contentment", "mellow", "~gentle", "slow morning",
        "~deep breath*", "~breathing exercise*", "~meditat*", "mindful*", "balanced", "!at peace",
        "steady", "~safe", "~secure", "relief", "relieved", "lighter", "felt lighter",
        "unhurried", "chilled", "chill", "laid back", "easygoing", "composed", "~patient",
        "stillness", "took it easy", "take it easy", "taking it easy",
        "cried with relief", "clear headed",
        # a place or a task that calms: "the smell in there settles me", "my head is quieter"
        "settles me", "settled me", "head is quieter", "head's quieter", "mind is quieter",
        "mind's quieter", "head is quiet", "mind is quiet",
        "clear head",
        "head is clear", "mind is clear", "clear mind",
    ),
    "gratitude": (
        "grateful", "gratitude", "thank*", "appreciat*", "blessed", "blessing*", "lucky",
        "fortunate", "indebted", "touched", "moved by", "kind of them", "kind of her",
        "kind of him", "kindness", "generous", "generosity", "~gift", "thoughtful",
        "~supportive", "glad to have", "lucky to have", "count my blessings",
        "privileged", "treasure*", "cherish*", "means a lot",
        "meant a lot", "!meant the world", "looked after me", "took care of me",
        "showed up for me", "there for me", "cared for", "~caring", "obliged", "heartfelt",
        "humbled", "thanked", "owe them",
        # feeling looked after, and a person one could not do without ("without being asked"
        # is thanks in some labelled sets and none in others: left out)
        "felt looked after", "feel looked after", "felt very looked after", "felt loved",
        "felt so loved", "felt very loved", "feel loved", "what i'd do without",
        "how i'd manage without", "what i would do without",
        # thanks given to God ("Alhamdulillah", "Salamat, Lord", "God is good", "I thank God",
        # "thank God for a good tipper"): a bare "thank god" is relief in passing (``not_felt``)
        "alhamdulillah", "salamat", "god is good", "i thank god", "thank god for",
    ),
    "sadness": (
        "sad", "sadder", "saddest", "sadness", "sadly", "unhappy", "miserable", "misery",
        "depress*", "feel down", "felt down", "feeling down", "feel low", "felt low",
        "feeling low", "feel flat", "felt flat", "feeling flat", "cry", "crying", "cried",
        "cries", "tears", "tearful", "teary",
        "tearing up", "wept", "weep*", "sobbed", "sobbing", "sobs", "grief", "griev*",
        "mourn*", "!heartbroken", "heartbreak*", "broken heart*", "!hopeless*", "!despair*",
        "gloom*", "bleak", "gutted", "heart sank", "broke down in tears", "feeling lost",
        "feel lost", "felt lost", "a bit lost", "getting me down", "gets me down", "got me down",
        "helpless", "helplessness", "hurtful", "~empty", "feel empty", "felt empty", "feels empty",
        "feeling empty", "emptiness", "~numb",
        "numbness", "~hurt", "~hurting", "i'm hurt", "i'm really hurt", "i'm so hurt",
        "feel hurt", "felt hurt", "feeling hurt", "be hurt", "be so hurt", "feel so hurt",
        "felt so hurt",
        # eyes filling: "every time I pick it up I well up"
        "welled up", "welling up", "i well up", "wells up",
        "feeling blue", "felt blue", "melanchol*", "sorrow*", "heavy heart*", "~heavy",
        "~loss", "disappoint*", "let down", "dejected", "downcast", "glum", "!devastat*",
        "crushed", "defeated", "pointless", "meaningless", "no point", "gave up", "~give up",
        "dark place", "hollow", "~weary", "down in the dumps", "~lost", "!can't stop crying",
        "upset", "~low", "~bored", "broke my heart", "breaks my heart", "breaking my heart",
        # grief: a death the writer reports ("Grandad passed peacefully in his sleep")
        "passed away", "passed peacefully", "died peacefully",
    ),
    "anxiety": (
        "anxi*", "worr*", "nervous*", "panic*", "!panic attack*", "fear", "feared", "fearful",
        "fears", "afraid", "scared", "scary", "frighten*", "!terrified", "terror", "dread*",
        "terrify", "terrifies", "beside myself",
        "uneasy", "unease", "on edge", "edgy", "jittery", "jitters", "restless*", "~tense",
        "~tension", "feel tense", "felt tense", "feeling tense", "i'm tense",
        "stress*", "overwhelm*", "overthink*",
        "overthought", "spiral*", "racing thoughts", "mind racing", "mind was racing",
        "mind kept racing", "stresses me out", "stressed me out", "stress me out",
        "heart racing", "heart pounding", "butterflies", "knot in my stomach", "apprehensi*",
        "paranoi*", "catastrophi*", "what if", "kept thinking about",
        "can't stop thinking about", "couldn't stop thinking about", "freak out",
        "freaking out", "freaked out",
        "can't breathe", "couldn't breathe", "shaky", "~shaking", "trembl*", "~sweating",
        "~nauseous", "~dizzy", "wound up", "uptight", "alarmed", "unsettled", "~uncertain*",
        "~doubt*", "nerves", "hypervigilan*", "ruminat*", "intrusive thought*", "can't relax",
        "couldn't relax", "~pressure", "under pressure", "on tenterhooks", "dreading",
        "!can't stop worrying", "!couldn't stop worrying", "~insecure", "ill at ease",
        "chest tight*", "chest feels tight", "scares me", "scaring me", "stomach in knots",
        "stomach's in knots", "stomach * in knots", "stomach's * in knots",
        "heart in my mouth",
        # checking and going over: the forms worry takes when it is not named
        "keep checking", "going over whether", "convinced i'd", "doing sums", "fret*",
        "reread*",
        # worry as a spin, as something gnawing, as a heart felt going, as wondering what
        # will come ("sends me into a spin", "it's eating at me", "chest thumping", "lying
        # awake wondering if …"; "wondering whether to" weighs a choice, "eating me alive"
        # is busyness in some labelled sets, and a picture that keeps coming back is grief as
        # often as worry)
        "into a spin", "eating me up", "eating at me",
        "chest thump*", "heart thump*", "heart going too fast", "heart hammering",
        "wondering if", "wondering whether i", "wondering whether the",
        "wondering whether they", "wonder about the", "keep thinking i",
        # dread felt in the gut, not an illness: "sick to my stomach till I found him"
        "sick to my stomach", "sick to the stomach",
        "stresed", "anxous", "anxius", "axious", "worryed", "nervus",
    ),
    # Shouting and snapping are acts, weak alone ("I snapped at her" names no feeling, by
    # the labelling guide); with an anger word beside them, or as "could scream", they count.
    "anger": (
        "angry", "angrier", "angrily", "anger", "angered", "mad at", "~mad", "!furious",
        "fury", "rage", "raged", "raging", "!enrag*", "irritat*", "annoy*", "frustrat*",
        # "we had words" is a quarrel told as the writer's temper (every labelled set that uses
        # it labels anger; other quarrels carry anger by ``sentence_rules.quarrel_voiced``)
        "had words", "have words", "having words",
        # "hate" alone is mostly dislike ("hate the shifts"): a weak cue, no chip by itself
        "!livid", "resent*", "bitter", "bitterness", "hostil*", "~hate", "~hated", "hatred",
        "hating", "pissed", "pissed off", "fed up", "!outrage*", "!infuriat*", "exasperat*",
        "seeth*", "fuming", "cross with", "~snapped at", "~snap at", "~yell*", "~shout*",
        "~scream*", "could scream", "could have screamed", "could've screamed",
        "want to scream", "wanted to scream", "slammed the door", "slammed doors", "irate",
        "indignant", "aggravat*",
        "vexed", "grumpy", "cranky",
        "irritable", "short tempered", "temper", "lost my temper", "blew up", "unfair",
        "injustice", "betray*", "disrespect*", "sick of", "sick and tired", "had enough",
        "drives me mad", "drove me mad", "driving me up the wall", "drives me up the wall",
        "drove me up the wall", "driving me nuts", "drives me nuts", "driving me crazy",
        "drives me crazy", "drove me crazy",
        "~argu*", "~resentful", "ticked off", "wound me up", "can't stand",
        # a quarrel told as a match of raised voices, and blame put on the writer by someone
        # ("blamed my reads", "I'm the one who gets blamed"): anger in every labelled row with
        # them but one ("he blames me for selling the house", no feeling), ten writers
        "shouting match", "screaming match", "slanging match", "blamed me", "blamed my",
        "blamed us", "blamed our", "gets blamed", "got blamed", "get blamed",
        # the same blame told by its noun or with the writer as the one blamed ("got the blame
        # for the pump trip", "you're blamed for every delayed discharge")
        "got the blame", "get the blame", "gets the blame", "getting the blame", "i'm blamed",
        "you're blamed", "we're blamed", "we get blamed", "i get blamed",
        # spat at or sworn at ("got spat at in town", "a driver swore at me"): anger in every
        # labelled row with them, seven rows of six writers
        "spat at", "spat on me", "spat on us", "swore at me", "swore at us", "sworn at",
        "swearing at me", "swearing at us",
    ),
    "loneliness": (
        "lonely", "lonelier", "loneliness", "lonesome", "~alone", "!all alone", "isolat*",
        "left out", "excluded", "abandon*", "unwanted", "invisible", "disconnect*",
        "no one to talk to", "no one cares", "nobody cares", "nobody understands",
        "no one understands", "no friends", "~by myself", "~on my own", "miss you", "miss him",
        "miss her", "miss them", "miss my", "missed him", "missed her", "missed them",
        "missing him", "missing her", "missing them", "missing my", "homesick*",
        "missing home", "miss home", "estranged",
        "~cut off", "felt cut off", "feel cut off", "feeling cut off", "outsider", "don't belong",
        "do not belong", "didn't belong",
        "~forgotten", "~ignored", "ignored me", "ignoring me",
        "felt ignored", "feel ignored", "feeling ignored", "~solitary", "withdrawn", "empty house",
        "empty flat",
        # a home that feels empty is someone missing, not a general sadness
        "house feels empty", "house felt empty", "house feels so empty", "house is empty",
        "house is so empty", "flat feels empty", "flat felt empty", "flat feels so empty",
        "flat is empty", "flat is so empty", "home feels empty", "home feels so empty",
        "home felt empty", "bed feels empty",
        "feel alone", "felt alone", "feeling alone", "feel so alone", "felt so alone",
        "feeling so alone", "no one called", "nobody called", "nobody texted", "no one texted",
        "friendless",
        "!unloved", "longing", "yearn*", "shut out", "ghosted", "~distant",
        # everyday life done alone, told plainly ("eating my tea on my own", "sat alone at
        # lunch", "some days I don't talk to another adult"); a treat alone ("a long bath on my
        # own") has a pleasant word that outweighs it
        "eating alone", "ate alone", "eat alone", "eating on my own", "ate on my own",
        "my tea on my own", "my dinner on my own", "my lunch on my own", "dinner alone",
        "lunch alone", "sat alone", "sitting alone",
        "stand on my own", "car alone", "don't talk to another", "don't talk to anyone",
        "didn't talk to anyone", "only conversation", "not spoken to a soul",
        "alienat*", "no one to", "nobody to", "not a soul to",
    ),
    "shame": (
        "asham*", "shame", "shamed", "shameful", "embarrass*", "!humiliat*", "guilt*",
        "mortif*", "disgrace*", "!worthless*", "~useless", "~pathetic", "feel useless",
        "felt useless", "feeling useless",
        "so useless", "i'm useless", "i'm pathetic", "feel pathetic", "felt pathetic", "~stupid",
        "felt stupid", "feel stupid", "feeling stupid", "felt so stupid", "feel so stupid",
        "~idiot", *FELT_LIKE_A_NOVICE,
        "failure", "a failure", "~failed", "loser", "not good enough", "never good enough",
        "inadequa*", "!self loath*", "!self hat*", "!hate myself", "blame myself",
        "blamed myself", "my fault", "own fault", "regret*", "~sorry", "~apologi*", "~awkward",
        "cringe*", "cringing", "judged", "judging me", "self conscious", "insecur*", "unworthy",
        "disgusted with myself", "let everyone down", "let them down", "let her down",
        "let him down", "let my team down", "let my family down", "let my friends down",
        "let people down", "letting everyone down", "letting people down", "imposter", "impostor",
        "~fraud", "like a fraud", "i'm failing", "failing at", "beat myself up",
        # wishing to vanish from sight: "wanted the floor to swallow me" (shame in every set)
        "floor to swallow me", "ground to swallow me", "floor to swallow me up",
        "ground to swallow me up", "floor to open up", "ground to open up",
        # shame shown by the face: "went scarlet", "my face was burning"
        "went red", "went bright red", "went scarlet", "went crimson", "went beetroot",
        "turned scarlet", "turned crimson", "turned beetroot", "face was burning", "blushed",
        "blushing",
        "beating myself up", "~screwed up", "~messed up", "i screwed up", "i messed up",
        "i've messed up",
        "i've screwed up", "~should have", "~shouldn't have",
        "~mistake*", "blush*", "so dumb",
    ),
    "hope": (
        "hope", "hoped", "hopes", "hoping", "!hopeful*", "optimis*", "looking forward",
        "look forward", "can't wait", "better tomorrow", "get better",
        "getting better", "will get better", "~improv*", "~progress", "promising", "brighter",
        "~future", "possibilit*", "~opportunit*", "new start", "fresh start", "new beginning",
        "turning point", "!light at the end", "encourag*", "motivat*", "determined",
        "inspir*", "faith", "believe in", "~confident", "confidence", "aspir*", "~dream*",
        "~goal*", "~heal*", "~recover*", "on the mend", "turned a corner", "silver lining",
        "chin up", "keep going", "one day at a time", "~small win*", "small step*",
        "step forward", "~upward*", "rebuild*", "~wish*", "resilien*", "~strength",
        "~worth it", "eager*", "fingers crossed",
        # "stronger" alone is as often a thing's ("the loupe gets stronger every year"): weak;
        # felt by the writer it is hope
        "~stronger", "feel stronger", "feeling stronger", "felt stronger",
    ),
}  # fmt: skip

# Not counted in the negation window: "didn't have a single argument", "not a single worry".
ARTICLE_FILLERS: Final = frozenset({"a", "an", "single", "any"})
NEGATION_BREAKERS: Final = frozenset(
    {"stop", "stopped", "stopping", "help", "helped", "quit", "shake", "only", "just"}
)
HOLDING_BACK: Final = frozenset({"trying", "try", "tried", "tries", "struggling"})
COMPARATIVES: Final = frozenset({"better", "calmer", "sadder", "prouder", "more", "worse"})
INTENSIFIERS: Final = frozenset(
    {
        "very", "so", "really", "extremely", "incredibly", "deeply", "totally", "completely",
        "utterly", "super", "truly", "terribly", "awfully", "absolutely", "especially",
        "intensely", "hugely", "massively", "profoundly", "overwhelmingly", "insanely",
        "unbelievably", "such", "too", "immensely", "genuinely",
    }
)  # fmt: skip
DIMINISHERS: Final = frozenset(
    {"slightly", "somewhat", "little", "bit", "mildly", "fairly", "kinda", "sorta", "partly",
     "almost", "vaguely", "faintly"}
)  # fmt: skip
_PAIRS: Final = frozenset({("kind", "of"), ("sort", "of")})


# A stomach that drops or churns is worry (``lexicon.GUT_DROPS``: the written forms of one
# phrase, kept beside the hand-written lexicon as ``NOT_FELT`` is), and so is lying awake over
# one thing or woken by it, a heart going or still shaking (``phrase_forms.ANXIETY_FORMS``:
# the forms of a few phrases); a qualification's paper
# gained is joy (``PAPER_GAINED``); someone in the writer's care lost is grief (``LOST_IN_CARE``)
# and someone the writer can't stop thinking about sadness (``THINKING_OF_SOMEONE``); feeling
# "a right idiot" is shame (``FELT_A_FOOL``).
_LEXICON = PatternLexicon(
    {
        **LEXICON,
        "joy": (*LEXICON["joy"], *PAPER_GAINED),
        "sadness": (*LEXICON["sadness"], *LOST_IN_CARE, *THINKING_OF_SOMEONE),
        "shame": (*LEXICON["shame"], *FELT_A_FOOL),
        "anxiety": (*LEXICON["anxiety"], *GUT_DROPS, *ANXIETY_FORMS),
        "": NOT_FELT,
    }
)


def _emphatic_never(tokens: list[str], j: int, i: int) -> bool:
    """ "never been so calm", "never felt this happy": emphasis, not negation."""
    between = tokens[j + 1 : i]
    return (
        tokens[j] == "never"
        and len(between) == 2
        and between[0] in ("been", "felt")
        and between[1] in (*INTENSIFIERS, "this")
    )


# "couldn't be happier", "never felt calmer": a negated comparative after one of these is
# emphasis; "I'll never get better", "not getting any calmer" are negated.
EMPHATIC_LINKS: Final = frozenset({"be", "been", "feel", "felt", "have"})


def _comparative_emphasis(tokens: list[str], i: int, matched_last: str) -> bool:
    """Is the match a comparative after "be"/"feel" ("couldn't be happier")? Only then does a
    negator before it say "very" rather than "not"."""
    if not (matched_last in COMPARATIVES or matched_last.endswith("ier")):
        return False
    return tokens[i] == matched_last and i > 0 and tokens[i - 1] in EMPHATIC_LINKS


def _negated(tokens: list[str], i: int, matched_last: str) -> bool:
    if _comparative_emphasis(tokens, i, matched_last):
        return False
    seen = 0
    j = i - 1
    while seen < NEGATION_WINDOW:
        if j < 0 or tokens[j] == BREAK:
            return False
        if tokens[j] in NEGATION_BREAKERS:
            return False
        if is_negator(tokens[j]):
            # "trying not to be hurt", "try not to panic": the feeling is there, held back
            held_back = j > 0 and tokens[j - 1] in HOLDING_BACK
            return not held_back and not _emphatic_never(tokens, j, i)
        seen += tokens[j] not in ARTICLE_FILLERS  # "didn't have a single argument"
        j -= 1
    return False


def _intensity(tokens: list[str], i: int) -> float:
    """The nearest intensifier or diminisher within the window and clause decides."""
    for back in range(1, INTENSIFIER_WINDOW + 1):
        j = i - back
        if j < 0 or tokens[j] == BREAK:
            break
        if tokens[j] in INTENSIFIERS:
            return INTENSIFY
        if tokens[j] in DIMINISHERS or (j >= 1 and (tokens[j - 1], tokens[j]) in _PAIRS):
            return DIMINISH
    return 1.0


@dataclass(frozen=True)
class Hit:
    """One counted lexicon match: where, which pattern, for which emotion, with what weight."""

    position: int
    pattern: str
    emotion: str
    weight: float


# "I feel like a total fraud", "feeling like the worst dad alive": the writer likening
# themself to something judged bad is shame, whatever the word (a VADER valence at most
# ``SELF_JUDGED``); "felt like a lifetime" judges nothing.
FEEL_WORDS_LIKE: Final = frozenset({"feel", "feels", "felt", "feeling"})
_LIKENED: Final = frozenset({"a", "an", "the"})
# Words VADER gives no valence that condemn whoever is likened to them ("I feel like a
# monster for it", "hate feeling like a drain"). Left out: "a servant" (shame to some
# writers, sadness to others) and "a kid" (one can feel like a kid at Christmas).
_CONDEMNED: Final = frozenset(
    {"monster", "hypocrite", "drain", "nuisance", "pest", "leech", "parasite",
     "freeloader", "liability", "disappointment", "embarrassment", "imposter", "impostor"}
)  # fmt: skip
# "it feels like a threat", "the flat feels like a prison": a thing likened, not the writer
_SELF_FEEL: Final = frozenset({"feel", "felt", "feeling"})
SELF_JUDGED: Final = -1.5
SELF_JUDGED_PATTERN: Final = "feel like a"


def _self_judged(tokens: list[str], i: int) -> int:
    """The end of a "feel like a <something bad>" phrase at ``i``, or 0."""
    if tokens[i] not in _SELF_FEEL or tokens[i + 1 : i + 2] != ["like"]:
        return 0
    if tokens[i + 2 : i + 3] == [] or tokens[i + 2] not in _LIKENED:
        return 0
    from neuroleaf_desktop.domain.analysis.sentiment import sentiment_lexicon

    valence = sentiment_lexicon()
    for j in range(i + 3, min(len(tokens), i + 6)):
        if tokens[j] == BREAK:
            return 0
        if valence.get(tokens[j], 0.0) <= SELF_JUDGED or tokens[j] in _CONDEMNED:
            return j + 1
    return 0


# "I feel really low", "feeling a bit flat", "felt kind of lost": a feeling named after "feel"
# with a degree word between is the "feel …" phrase, at that degree (a weak word alone, "low",
# is only a cue; after "feel" it is the writer's mood).
# Only unpleasant feelings: the lexicon's pleasant "feel …" phrases are narrower than their
# intensified forms ("felt loved" is thanks, "felt really loved" is read as joy), and "will
# feel very empty" is a feeling foreseen, not felt.
_DEGREE: Final = INTENSIFIERS | DIMINISHERS | {"a", "kind", "sort", "of", "pretty", "quite"}
_DEGREE_REACH: Final = 3
_FORESEEN: Final = frozenset({"will", "would", "might", "could", "may", "gonna", "won't", "i'll"})


def _felt_with_degree(tokens: list[str], i: int) -> tuple[int, list[Hit]] | None:
    """The end and hits of a "feel <degree words> <feeling>" phrase at ``i``, or None."""
    if tokens[i] not in FEEL_WORDS_LIKE or (i > 0 and tokens[i - 1] in _FORESEEN):
        return None
    k = i + 1
    while k < len(tokens) and k <= i + _DEGREE_REACH and tokens[k] in _DEGREE:
        k += 1
    if k == i + 1 or k >= len(tokens):
        return None
    surface = _LEXICON.match_at([tokens[i], *tokens[k:]], 0)
    if (
        surface is None
        or len(surface.tokens) < 2
        or not all(e in _UNPLEASANT for e, _w in surface.targets if e)
    ):
        return None
    end = k + len(surface.tokens) - 1
    if _negated(tokens, i, tokens[end - 1]):
        return end, []
    between = tokens[i + 1 : k]
    factor = INTENSIFY if not INTENSIFIERS.isdisjoint(between) else DIMINISH
    hits = [Hit(i, surface.text, e, w * factor) for e, w in surface.targets if e]
    return end, hits


def iter_hits(tokens: list[str]) -> Iterator[Hit]:
    """Every counted match in a token list (negated matches are skipped)."""
    i = 0
    n = len(tokens)
    while i < n:
        if tokens[i] == BREAK:
            i += 1
            continue
        felt = _felt_with_degree(tokens, i)
        if felt is not None:
            yield from felt[1]
            i = felt[0]
            continue
        named = named_by_someone(tokens, i)
        if named:  # "called me a parasite": the writer's anger at it (``senses``)
            if not _negated(tokens, i, tokens[named - 1]):
                yield Hit(i, NAMED_PATTERN, "anger", 1.0)
            i = named
            continue
        judged = _self_judged(tokens, i)
        if judged:
            if not _negated(tokens, i, tokens[judged - 1]):
                yield Hit(i, SELF_JUDGED_PATTERN, "shame", 1.0)
            i = judged
            continue
        surface = _LEXICON.match_at(tokens, i)
        if surface is None:
            i += 1
            continue
        span = len(surface.tokens)
        if not _negated(tokens, i, tokens[i + span - 1]):
            factor = _intensity(tokens, i)
            for emotion, weight in surface.targets:
                if emotion:  # "" marks a NOT_FELT phrase
                    yield Hit(i, surface.text, emotion, weight * factor)
        i += span


def negated_unpleasant(tokens: list[str], start: int, end: int) -> bool:
    """Is an unpleasant feeling negated in ``tokens[start:end]`` ("not worried about money for
    once", "didn't feel anxious at the party")? Not that feeling, but good news for the writer
    (``clauses`` reads such a clause as positive)."""
    i = start
    while i < end:
        surface = _LEXICON.match_at(tokens, i) if tokens[i] != BREAK else None
        if surface is None:
            i += 1
            continue
        span = len(surface.tokens)
        unpleasant = any(e in _UNPLEASANT for e, _w in surface.targets)
        if unpleasant and _negated(tokens, i, tokens[i + span - 1]):
            return True
        i += span
    return False


_UNPLEASANT: Final = frozenset({"sadness", "anxiety", "anger", "loneliness", "shame"})


def saturate(weight: float) -> float:
    return weight / (weight + SATURATION) if weight > 0 else 0.0


def score_tokens(tokens: list[str]) -> dict[str, float]:
    totals = dict.fromkeys(EMOTIONS, 0.0)
    for hit in iter_hits(tokens):
        totals[hit.emotion] += hit.weight
    return {emotion: round(saturate(w), 4) for emotion, w in totals.items()}


def score_emotions(text: str) -> dict[str, float]:
    """Every emotion of ``EMOTIONS`` with a score in [0, 1) (see the module docstring)."""
    return score_tokens(tokenize(text))


def explain(text: str) -> list[Hit]:
    """The matches behind ``score_emotions(text)``: for a "why this emotion?" view and tests."""
    return list(iter_hits(tokenize(text)))


def is_emotion_word(token: str) -> bool:
    """True if ``token`` alone matches a one-word emotion pattern (e.g. "worried", "sad")."""
    return _LEXICON.matches_word(token)
