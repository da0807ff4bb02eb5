"""English explicit statements whose core was known but whose *tail* or *verb of wishing* was not.

Why: the explicit misses of a blind batch, and the same shapes still missed in the unstudied
corpora, were not new kinds of sentence. The core ("don't want to be alive", "end it tonight",
"want to die", "God take me") was there, but each rule closed its tail on a short list so that
"live *in Paris*" stays ordinary, and a writer who went on to say *when* ("… come spring",
"… after the ferry's gone", "… while I sleep") fell outside it. Others said the wish with a
verb or a noun the rules did not pair with death ("wanting to be dead", "wishing for my own
death", "begging Jesus to let me die", pidgin "I just wan die", "I nor want live again"). So:

* **the act or the wish, then when**: a time adjunct after the core (a season or a day come,
  a moment after, once or while something happens, this or next week, in my sleep) keeps it
  the writer's statement, for any writer and any time named. Old age, a stage of life or a
  place to live are what make "not want to live when …" ordinary, and are kept out;
* **any verb of wishing with "to be dead" or "for (my own) death"**: want, wish, long, yearn,
  pray, beg, ache;
* **a prayer to be taken, with any verb of asking or wishing** (wish, hope, ask, pray, beg)
  and any name of God (the good Lord, the man upstairs), "take me", "call me home", "let me
  die", with a tail of time; a prayer for a safe journey or for strength is not one;
* **a learner's or pidgin wish**: "I wan die", "I no/nor want live again".
* **an explicit statement avowed in earnest** ("… and this time I mean every word"): the span
  takes the avowal in, so no reading of "this time, I mean" as naming some other object clears
  it.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, family
from neuroleaf_desktop.domain.safety.rules_en_frames_open import S as _S
from neuroleaf_desktop.domain.safety.rules_en_frames_open import none_of as _none
from neuroleaf_desktop.domain.safety.rules_en_words import MYSELF as _MYSELF
from neuroleaf_desktop.domain.safety.rules_en_words import NOT as _NOT

_SI, _DW = Category.SUICIDAL_IDEATION, Category.DEATH_WISH
_URG, _CON = Severity.URGENT, Severity.CONCERN
_E = "en"

_family = partial(family, "when")

_SEASON_OR_DAY = (
    r"(?:spring|summer|autumn|fall|winter|christmas|xmas|easter|new\s+year|(?:my\s+|his|her\s+)?"
    r"birthday|(?:the\s+)?(?:weekend|morning|end\s+of\s+\w+|new\s+year)|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august"
    r"|september|october|november|december|payday|pay\s+day)"
)
# A time after the act: "come spring", "by Christmas", "once the kids are asleep", "after the
# ferry's gone", "this winter", "tonight", "in my sleep". (Not "until" nor "till": "I don't
# want to live till a hundred" is a view of old age.)
_WHEN = (
    r"\s*,?\s+(?:(?:just\s+|right\s+)?(?:come|by|before)\s+(?:the\s+|this\s+|next\s+)?"
    + _SEASON_OR_DAY
    + r"|(?:just\s+|right\s+)?(?:after|once|as\s+soon\s+as|the\s+(?:minute|moment|second|night"
    r"|day))\s+(?:the|my|me|mi|everyone|everybody|they|they'?re|he|she|we|it'?s|mum|mom|dad|nan"
    r"|the\s+kids|[\w]+'s)\b"
    r"|while\s+(?:i|i'?m|me)\s+(?:sleep|am\s+asleep|'m\s+asleep|asleep|sleeping|in\s+bed)"
    r"|(?:this|next)\s+(?:year|week|weekend|month|winter|spring|summer|autumn|christmas|easter"
    r"|time|\w+day)|tonight|tomorrow(?:\s+night)?|in\s+my\s+sleep|in\s+the\s+night"
    r"|on\s+(?:my\s+birthday|\w+day))\b"
)
# A stage of life, old age, frailty, a place or a way of life: "I don't want to live when I'm
# ninety in a home", "… after the divorce in this town".
_AN_AGE_OR_A_PLACE = (
    r"old|older|elderly|frail|dementia|alzheimer\w*|nursing|care\s+home|a\s+home|hundred|ninety"
    r"|eighty|vegetable|machines?|tubes?|coma|bedridden|senile|incontinent|nappies|retire\w*"
    r"|in\s+(?:this|that|the|a|an)\s+(?:town|city|country|house|flat|street|village|place)"
    r"|here|there|abroad|london|with\s+(?:him|her|them|mum|dad|my|her|his)|rent\w*|mortgage"
)

# --- the act or the wish, then when -----------------------------------------------------------
_NOT_WANT_TO_LIVE = (
    rf"\b(?:{_NOT}|no\s+longer|never|nor|no)\s+(?:really\s+|even\s+)?(?:want|wanna)\s+(?:to\s+)?"
    r"(?:live|keep\s+living|be\s+alive|exist|go\s+on(?:\s+living)?)"
)
_END_IT = (
    r"\b(?:end|ending)\s+(?:it\s+all|my\s+(?:own\s+)?life|it\s+(?:tonight|now|for\s+good|today"
    r"|once\s+and\s+for\s+all))"
)
_WANT_TO_DIE = (
    r"\b(?:want\s+to|wants\s+to|wanna|wan|wish\s+(?:i\s+)?(?:could|would)|ready\s+to"
    r"|(?:would|'d)\s+(?:like|love|rather)(?:\s+to)?|long(?:ing)?\s+to|going\s+to|gonna"
    r"|'?ll|will)\s+(?:just\s+|finally\s+|quietly\s+)?(?:die|be\s+dead)"
)

# --- any verb of wishing with "to be dead" or "for death" -------------------------------------
_WISHING_DEAD = (
    r"\b(?:want|wants|wanted|wanting|wanna|wish|wishes|wished|wishing|long|longs|longed|longing"
    r"|yearn\w*|ach(?:e|es|ed|ing)|pray\w*|itching|desperate)\s+(?:so\s+much\s+|just\s+|really\s+"
    r"|badly\s+|desperately\s+)?to\s+(?:just\s+)?be\s+dead\b"
    # "dead tired", "dead on time", "dead to the world": dead as a word of degree
    r"(?!\s+(?:tired|on|right|set|certain|sure|quiet|still|serious|against|good|funny|last|ahead"
    r"|centre|center|to\s+the\s+world|weight|heat|in\s+the\s+water|ringer|beat|drunk|asleep))"
    r"|\b(?:wish\w*|long\w*|pray\w*|yearn\w*|hop(?:e|es|ed|ing)|ach(?:e|es|ed|ing)|beg\w*"
    r"|ask\w*)\s+(?:god\s+|the\s+lord\s+)?for\s+(?:my\s+(?:own\s+)?|a\s+(?:quick\s+|quiet\s+"
    r"|swift\s+|painless\s+|merciful\s+)?)?death\b"
)
# A peaceful death wished for when its time comes, or a story's or a creature's: not a wish to
# die now.
_IN_ITS_TIME = (
    r"when\s+my\s+time|one\s+day|some\s*day|eventually|in\s+old\s+age|at\s+(?:the\s+)?end"
    r"|when\s+i'?m\s+old|character|villain|hero|film|book|game|novel"
    r"|plants?|cells?|battery|phone|pet|dog|cat|fish|rat|mouse|wasp|spider|fly|flies"
)

# --- a prayer to be taken, with any verb of asking or wishing --------------------------------
_GOD_ANY = (
    r"(?:the\s+)?(?:good\s+|dear\s+|sweet\s+|blessed\s+|almighty\s+)?(?:lord|god|jesus|allah"
    r"|almighty|maker|creator|man\s+upstairs|big\s+man\s+upstairs|heaven|father\s+in\s+heaven)"
)
_TAKE_ME = (
    r"(?:take|takes|call|calls|let|lets)\s+me(?:\s+(?:home|away))?"
    r"(?:\s+(?:die|go|pass|sleep\s+and\s+not\s+wake|slip\s+away|not\s+wake(?:\s+up)?))?"
)
_PRAYER_TO_BE_TAKEN = (
    r"\b(?:ask|asks|asked|asking|pray|prays|prayed|praying|beg|begs|begged|begging|plead\w*"
    r"|wish|wishes|wished|wishing|hop(?:e|es|ed|ing)|want|wanted)\s+(?:\w+\s+){0,2}?"
    r"(?:that\s+)?" + _GOD_ANY + r"\s+(?:(?:would|will|to|'d|might|could|'ll|should)\s+)?"
    r"(?:just\s+|please\s+|finally\s+|kindly\s+|quietly\s+)?" + _TAKE_ME
)
# Taken somewhere to be kept safe, carried through a hard time, let go on a trip.
_A_SAFE_PASSAGE = (
    r"safe\w*|journey|trip|flight|travel\w*|home\s+from|through|strength|courage|exams?|interview"
    r"|test|job|results?|surgery|operation|tumou?r|scan|to\s+(?:church|mass|the)|in\s+(?:his|her)"
    r"\s+arms|by\s+the\s+hand|under\s+(?:his|her)\s+wing|with\s+(?:him|her|them|you)\s+to"
    r"|have\s+(?:it|a|the)|pass\s+(?:my|the|this|a)|win|healed|heal|cure"
)
# What may follow the prayer: the clause's end, a time, or why ("so I won't have to do it
# myself").
_PRAYER_TAIL = rf"(?:{END}|{_WHEN}|\s+(?:so|and|because|cos|before|soon|now|already|please)\b)"

# --- a learner's or pidgin wish --------------------------------------------------------------
_PIDGIN_WISH = (
    r"\b(?:i|me|mi|ah)\s+(?:just\s+|jus\s+|only\s+)?(?:(?:wan|waan|wah)\s+(?:fi\s+|fe\s+|to\s+)?"
    r"|want\s+(?:fi\s+|fe\s+)?)(?:die|dead)\b(?!\s+(?:of|from|laughing|my\s+hair|\w+\s+hair))"
    # … closing the clause or going on to why ("i want dead *leaves* raked" names a thing)
    r"(?=\s*(?:$|[.!?,;:\n])|\s+(?:now|already|so|and|an|cause|cos|because|bad|true|fi|fe"
    r"|everything|every|nothing|nutten|nuttin|today|tonight|make|mek|mak|let)\b)"
    r"|\b(?:i|me|mi|ah)\s+(?:nor|no|noh|don|nuh)\s+(?:wan|waan|want)\s+(?:to\s+|fi\s+)?"
    r"(?:live|alive|be\s+alive|stay\s+alive)\s+(?:again|any\s*more|no\s+more)\b"
)

# --- an explicit statement avowed in earnest ------------------------------------------------
_EXPLICIT_CORE = (
    r"\b(?:(?:want|wanna|going|gonna|'?ll|will|about)\s+(?:to\s+)?(?:end\s+my\s+(?:own\s+)?life"
    r"|kill\s+" + _MYSELF + r"|take\s+my\s+(?:own\s+)?life|die|end\s+it(?:\s+all)?))"
)
_AVOWED = (
    r"\b(?:i\s+(?:mean|meant)\s+(?:it|every\s+(?:single\s+)?word|this|that|what\s+i\s+say)"
    r"|i'?m\s+(?:dead\s+|deadly\s+|so\s+)?serious|not\s+(?:even\s+)?(?:joking|kidding)"
    r"|no\s+joke)\b"
)

RULES: tuple[Rule, ...] = (
    _family(
        "not_want_to_live_then_when",
        _DW,
        _CON,
        {_E: rf"{_none(_AN_AGE_OR_A_PLACE)}{_NOT_WANT_TO_LIVE}(?={_WHEN})"},
        {_E: r"live|living|alive|exist|go\s+on"},
        inherent=False,
    )
    + _family(
        "end_it_then_when",
        _SI,
        _URG,
        {_E: rf"{_END_IT}(?={_WHEN})"},
        {_E: r"end"},
        inherent=False,
    )
    + _family(
        "want_to_die_then_when",
        _DW,
        _CON,
        {_E: rf"{_none(_AN_AGE_OR_A_PLACE)}{_WANT_TO_DIE}(?={_WHEN})"},
        {_E: r"die|dead"},
        inherent=False,
    )
    + _family(
        "wishing_dead_or_death",
        _DW,
        _CON,
        {_E: rf"{_none(_IN_ITS_TIME)}(?:{_WISHING_DEAD})"},
        {_E: r"dead|death"},
        inherent=False,
    )
    + _family(
        "prayer_to_be_taken",
        _DW,
        _CON,
        {_E: rf"{_none(_A_SAFE_PASSAGE)}{_PRAYER_TO_BE_TAKEN}(?={_PRAYER_TAIL})"},
        {_E: r"god|lord|jesus|allah|almighty|maker|creator|upstairs|heaven"},
        inherent=False,
    )
    + _family(
        "pidgin_wish",
        _DW,
        _CON,
        {_E: _PIDGIN_WISH},
        {_E: r"die|dead|live|alive"},
        inherent=False,
    )
    + _family(
        "explicit_avowed",
        _SI,
        _URG,
        {_E: rf"{_EXPLICIT_CORE}{_S}{{0,40}}?{_AVOWED}"},
        {_E: r"mean|meant|serious|joking|kidding|joke"},
        inherent=False,
    )
)
