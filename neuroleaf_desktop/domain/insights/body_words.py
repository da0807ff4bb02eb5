"""What the body does, read as a feeling: fear felt in the body ("my chest goes tight", "hands
atremble") and a sleeper stirring in the night ("I didn't stir once before the alarm").

Kept apart from the feeling words (``feeling_words``, which folds these into anxiety and sleep)
so each list stays short enough to check by eye. Matched as whole words, case-insensitively.
"""

from __future__ import annotations

from typing import Final

# Fear felt in the body, told by the part and what it does, in either order: "my belly flips",
# "my hands go shaky", "a fizzing tightness behind my ribs", "a fluttery feeling in my tummy".
# (Not the head or the limbs: an aching head or heavy legs are as often tiredness; not pins
# and needles, which in a hand are numbness.)
_BODY: Final = (
    r"(?:chest|stomach|tummy|belly|gut|guts|insides|throat|heart|ribs|ribcage|jaw|hands|palms)"
)
_STIR: Final = (
    r"(?:tight\w*|clench\w*|flip(?:s|ped|ping)?|flutter\w*|churn\w*|knot(?:s|ted|ting)?|fizz\w*"
    r"|lurch\w*|shak(?:y|ier|ing|es|e)|trembl\w*|wobbl\w*|pound\w*|hammer\w*|thump\w*|rac(?:es|ing)"
    r"|somersault\w*|backflip\w*|squirm\w*|seiz\w*|clamp\w*|jitter\w*)"
)
BODY_STIRRED: Final = (
    rf"(?:my|the|a|your) (?:[\w-]+ )?{_BODY}(?:'s)?(?: [\w']+){{0,3}}? {_STIR}"
    rf"|{_STIR}(?: [\w'-]+){{0,2}} (?:in|behind|round|around|under|across) (?:my|the|your) "
    rf"(?:[\w-]+ )?{_BODY}"
)

# Just stirring, which is the sleeper moving towards waking: "I didn't stir once
# before the alarm", "never stirred till seven", "stirring at four every night" (not a
# spoon stirred, nor a person who won't leave a sofa: "didn't stir from the sofa")
STIRRING: Final = (
    r"(?:didn'?t|did not|never|not|without|barely|hardly) stir(?:red|ring)?(?: once| at all"
    r"| a bit| an inch)?(?= (?:before|till|until|til|all night|in the night|through the night"
    r"|overnight)\b|\s*[,?.!]*\s*$)"
    r"|stir(?:s|red|ring)? (?:awake|in the night|in the small hours|at (?:[1-5]|one|two|three"
    r"|four|five)\b(?![:.]?\d* ?pm)|(?:before|till|until) (?:the alarm|dawn|first light))"
)
