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
)
