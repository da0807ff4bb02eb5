"""Activities named by a form of them that no general word says: a yoga pose named on its own
("cat stretches", "thread the needle"), verse and pages read ("a few pages of poetry before
lights out"), and music named by its genre ("northern soul", "Motown", "jazz").

Kept apart from the activity words (``activity_words``, which folds each into its activity) so
each list stays short enough to check by eye. Matched as whole words, case-insensitively.
"""

from __future__ import annotations

from typing import Final

# Poses named without "pose": "cat stretches on the rug", "thread the needle before bed",
# "child's pose", "a few supine twists" (a needle threaded for sewing or embroidery is not, nor
# the family cat stretching in the sun).
YOGA_POSES: Final = (
    r"(?<!the )(?<!my )(?<!our )(?<!her )(?<!his )(?<!their )(?<!your )"
    r"cat(?:[- ]and[- ]cow)? stretch(?:es)?(?! (?:out|in the|on the|across)\b)"
    r"|child'?s pose|(?:supine|spinal|seated) twists?"
    # ... standing and kneeling poses by their own names: "a low lunge into half moon", "warrior
    # two", "a crescent lunge" (not the moon in the sky, nor lunges done as a drill)
    r"|(?:low|crescent|kneeling) lunges?|warrior (?:one|two|three|[123]|i{1,3})\b"
    r"|(?:into |a |and |then |to )half[- ]moon(?! (?:in|over|above|rising|tonight|was|is|hung)\b)"
    r"|(?:revolved |extended )?triangle pose|tree pose|eagle pose|half pigeon|(?:reclined |"
    r"reclining )?butterfly(?: stretch| pose)"
    r"|thread(?:ing|s)? the needle(?! (?:on|of|for|in|to) (?:the |my |a |her |his )?(?:sewing"
    r"|machine|embroidery|tapestry|quilt|cross[- ]stitch))"
)

# Verse read, or pages read of anything: "a few pages of poetry", "a couple of poems", "some
# verse before bed" (one poem is more often written than read: "write me a poem"; poetry
# being written, or poems asked of the app, is not reading).
VERSE_AND_PAGES: Final = (
    r"(?<!writing )(?<!write )(?<!wrote )(?<!me some )(?<!us some )(?<!me a few )"
    r"(?:poetry|poems|a poem or two|verses? of|(?:some|a little|a bit of) verse)"
    r"(?! (?:for|to|about|on) (?:me|us|her|him|them)\b)"
    r"|(?:a few|a couple of|some|a handful of|\d+|ten|twenty|thirty|fifty) pages(?: of)?"
)

# Music by its genre: "northern soul through my headphones", "old Motown", "a bit of jazz",
# "drum and bass on the way in" (not "the blues", a low mood; nor "soul" or "metal" alone).
GENRES: Final = (
    r"northern soul|soul music|motown|jazz|reggae|punk(?: rock)?|techno|ska music"
    r"|drum (?:and|&|n) bass"
    r"|hip[- ]hop|rap music|k-?pop|j-?pop|classical music|folk music|country music|disco"
    r"|bluegrass|dubstep|synthwave|lo-?fi(?: beats)?|heavy metal|indie music|britpop|trip[- ]hop"
    # ... a genre of a film industry or a country (its films are watched, not played):
    # "Bollywood hits", "afrobeats" (a dance learnt is its class: "a bhangra class")
    r"|bollywood(?! (?:films?|movies?|flicks?|stars?|actors?|actress(?:es)?|dance\w*|class\w*))"
    r"|afrobeats?|salsa music|latin music|gospel music|show tunes|power ballads?"
    # ... or songs told by their era or their kind: "eighties hits", "cheesy pop bangers", "old
    # school anthems", "90s classics" (not a hit taken, nor a crisis that hits)
    r"|(?:(?:the )?(?:fifties|sixties|seventies|eighties|nineties|noughties|'?[5-90]0s)"
    r"|old[- ]school|cheesy|pop|rock|disco|chart|club|dance|party|indie|rave|garage)"
    r" (?:hits|bangers|anthems|classics|bops|tracks|tunes)\b"
)

# Music heard played live, by the band or the show: "watching a band play live", "a live set
# at the festival", "when did I last catch a band" (not a resistance band, nor a band of rain).
LIVE_MUSIC: Final = (
    r"live (?:bands?|sets?|acts?|music)|(?:bands?|orchestras?|choirs?|djs?)"
    r" (?:play\w* |perform\w* )?live\b|(?:see|saw|seeing|seen|watch\w*|catch\w*|caught|hear\w*)"
    r" (?:a|the|my|our|some|[\w-]+'s) (?:[\w-]+ )?(?:band|orchestra)(?! of\b)"
)

# The sky's own sights watched or stopped for: "a sunset, when was the last one I stopped
# for", "watching the sunrise from the cliff", "gazing at the stars", "a rainbow, how long since
# I stopped to look at one", "the northern lights" (a sunset as a time of day is not: "home
# before sunset", "at sunrise"; nor a thing only named for one: "rainbow trout").
_SKY_SHOWS: Final = (
    r"sunsets?|sunrises?|rainbows?|shooting stars?|meteor showers?|(?:the )?northern lights"
    r"|(?:the )?aurora(?: borealis)?"
)
SKY_SIGHTS: Final = (
    rf"^\s*(?:a|the|another|some|those|that) (?:[\w-]+ )?(?:{_SKY_SHOWS})"
    r"(?=\s*(?:[,.?!]|$|(?:from|over|on|at|in|by|and|when)\b))"
    r"|(?:watch\w*|stopp?\w* for|stop(?:s|ping)? to (?:watch|see|look at)|catch\w*|caught|saw"
    r"|seen?|seeing|look\w* at|gaz\w* at|admir\w*|photograph\w*|spott?\w*) (?:(?:a|the"
    rf"|another|that|some|those|this) )?(?:[\w-]+ )?(?:{_SKY_SHOWS}|night sky|stars)\b"
)

# A cocktail by its spirit and its style, or by its own name: "a couple of gin fizzes", "a vodka
# martini", "whisky sours", "a Bellini", "mulled wine" (not a fizzy drink of no spirit).
COCKTAILS: Final = (
    r"(?:sloe )?(?:rum|gin|vodka|whisk(?:e)?y|bourbon|tequila|brandy) (?:fizz(?:es)?|slings?"
    r"|collins(?:es)?|martinis?|smash(?:es)?|mules?|juleps?|slammers?|shots?|sours?)\b"
    r"|(?:espresso |dirty )?martinis?|bellinis?|buck'?s fizz|mulled (?:wine|cider)"
    r"|hot todd(?:y|ies)"
)
