"""What is watched, where in bed and until how late, for the late screen read from a show, a
game or sport kept up into the night ("Netflix on my phone in bed", "match highlights in bed till
one", "old cup final goals under the covers till 2am").

Kept apart from the activity words (``activity_words``, which builds the late screen from these)
so each list stays short enough to check by eye. Matched as whole words, case-insensitively.
"""

from __future__ import annotations

from typing import Final

# What is watched, and a time into the night.
WATCHED: Final = (
    r"netflix|tv|telly|television|films?|movies?|shows?|box ?sets?|series|iplayer"
    # ... or played: a game on the phone is the screen too ("gaming on my phone after midnight")
    r"|gam(?:e|es|ing)|video ?games?"
    # ... or clips on a platform: "bingeing YouTube Shorts past midnight", "TikToks till two"
    r"|youtube(?: shorts| videos)?|tiktoks?|reels|shorts|videos|clips"
    # ... or sport watched again: "old cup final goals under the covers till 2am", "match
    # highlights in bed till one", "old title fights on my phone past midnight"
    r"|highlights|replays|footage|goals|fights|finals|matches|episodes"
    # ... or a show by its kind, watched at a stretch: "a K-drama binge on my phone till 2am",
    # "anime in bed past midnight", "a true crime documentary marathon on the laptop till three"
    r"|(?:(?:[\w-]+ )?(?:k-|korean |turkish )?dramas?|anime|soaps?|sitcoms?|documentar(?:y|ies)"
    r"|cartoons|reality tv)(?: (?:binges?|marathons?))?"
)
# In bed, as people say it: "under the covers", "under the duvet".
IN_BED: Final = r"(?: in bed| under the (?:covers|duvet|sheets|quilt))"
TILL_LATE: Final = (
    r"(?:(?:long|well|way|hours|ages) )?(?:till|until|til|past|after) (?:gone )?(?:midnight|late"
    r"|\d{1,2}(?::\d\d)? ?(?:am)?|one|two|three|four"
    # ... or past the hour of sleep itself: "long after lights out", "way past my bedtime", "well
    # after the lights go off"
    r"|lights[- ]?out|(?:my |our )?bed ?time|the lights (?:go|went|are|were) (?:out|off))\b"
)
