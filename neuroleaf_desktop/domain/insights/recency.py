"""A last time asked in the many words people use besides "when did I last".

People ask for the date of a last time in any order and in fragments: a word of recency
("last", "latest", "most recent", "newest", "previous", "final") with an ask for a date or a
distance ("when?", "what day", "which Sunday was that", "date pls", "how far back", "how many
nights since", "count the days since", "weeks or months since", "was it in the spring ...",
"last seen?", "find it"). Either alone says nothing: "last week" and "in the last month" are
windows, "what helped the last time I was low" weighs what helped, and "which day am I most
tired" asks for a pattern. Both together, and no weighing, ask for a date (``asks_last_date``).

Kept apart from ``asking`` (the other question forms) so both stay short. Pure.
"""

from __future__ import annotations

import re
from typing import Final

_MONTHS: Final = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
)
_DAYS: Final = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"

# A word that picks the most recent of something. "last" is not one in a window ("last week",
# "in the last month", "the last few days") nor in "at last".
RECENT_RX: Final = re.compile(
    r"(?<!\bat )(?<!\bthe past )"
    r"(?<!\bin the )(?<!\bover the )(?<!\bduring the )(?<!\bfor the )(?<!\bwithin the )"
    r"(?<!\bacross the )(?<!\bof the )(?<!\bthroughout the )"
    r"\blast\b(?! (?:week|weeks|month|months|year|years|night|nights|weekend|weekends|fortnight"
    r"|few|couple|two|three|four|five|six|seven|ten|\d+|summer|winter|spring|autumn|fall"
    rf"|christmas|easter|term|{_MONTHS}|{_DAYS})\b)"
    r"|\b(?:latest|most recent(?:ly)?|newest|previous|final|most near|nearest to now"
    r"|closest to (?:now|today))\b",
    re.I,
)
# An ask for a date or a distance in time.
DATE_ASK_RX: Final = re.compile(
    # "last good sleep. when.", "my last swim was when roughly", "when was the last one",
    # "when is it?", "the previous bad patch, when did it start"
    r"\bwhen\s*(?:[?.!]|$)|\bwas when\b|\bwhen (?:roughly|exactly|again)\b"
    r"|\bwhen (?:was|is|were) (?:it|that|this|the (?:last|latest|most recent)(?: one)?)\b"
    r"|\bwhen did (?:it|that|this) (?:start|begin|happen|end)\b"
    # ... with the recency word inside: "a calm week, when did that last happen?"
    r"|\bwhen did (?:it|that|this) (?:last|most recently) (?:happen|come round|occur)\b"
    # "which Sunday was that", "on what day did I most recently", "what month", "date pls",
    # "the date I was last", "dates on the ukulele"
    r"|\b(?:what|which)(?:'s| is| was)? (?:the )?(?:date|day|week|month|year|season|weekend"
    # ... or a part of one: "which evening did I last sit down with the paints"
    rf"|time of year|{_DAYS}|morning|afternoon|evening|night)\b(?![- ]time)"
    # the day itself asked for: "which was my most recent really bad low day?", "what was the
    # last night I slept through"
    r"|^\s*(?:what|which) (?:was|were|is) (?:my|the) (?:very )?(?:last|latest|most recent"
    r"|previous)\b[^?,;]*\b(?:day|night|week|weekend|morning|evening)\s*\??\s*$"
    r"|\bdates?\b(?! nights?)"
    # its distance: "how far back is", "how recent was", "how many nights since", "count the
    # days since", "weeks or months since", "since when", "a fortnight ago?"
    r"|\bhow (?:far back|recent(?:ly)?|long ago)\b|\bhow many (?:days|nights|weeks|months|years"
    # ... counted in any stretch of the calendar: "how many weekends ago", "how many Sundays back"
    rf"|weekends|fortnights|terms|seasons|(?:{_DAYS})s)\b"
    r"|\bago (?:did|was|were|is|had|have) (?:i|we|it|that)\b"
    r"|\b(?:count|tally|number of)\b[^?]*\b(?:days|nights|weeks|months)\b"
    r"|\b(?:days|weeks|months|years|ages)\??(?: or (?:days|weeks|months|years))?\??,? since\b"
    r"|\bsince when\b|\bago\s*\?|\bwas\s*(?:\.\.\.|…)"
    # placed in time: "was it March or even February, my most recent ...", "was it before
    # Christmas that I last ...", "was it ages ago that I last ..."
    r"|^\s*(?:is|was) it (?:weeks|months|days|years|ages|long|in|before|after|around|over"
    r"|during|at|on|this|last|the (?:summer|spring|winter|autumn|weekend|week|month|year)"
    rf"|{_MONTHS}|christmas|easter|\d)\b"
    # found in the journal: "last seen?", "can you find it", "scroll back to the last ..."
    r"|\blast seen\b|\bfind\b|\bscroll\w* back\b",
    re.I,
)
# What makes it a question about what a time was like or what helped, not when it was.
_WEIGHS_RX: Final = re.compile(
    r"\b(?:help(?:s|ed|ing|ful)?(?! me (?:find|remember|work out|figure|look|check|dig))"
    r"|work(?:s|ed)? for me|got me|sort(?:s|ed)? (?:me|it|my)|lift\w*|settl\w*|pull\w* me"
    r"|made (?:me|a|any|the) |make me|affect\w*|difference|worth|any good"
    r"|cheer(?:s|ed|ing)? (?:me|up)"
    r"|what did i do|what was i doing)\b",
    re.I,
)
# Asks of a date that need no recency word: "how far back do I have to scroll to find ...";
# a last entry that says something ("last entry that says 'slept like a log'"); a last time
# after a clause ("after nights, the last time I actually felt awake?"); a time told as long
# gone and then asked for.
_ALONE_RX: Final = re.compile(
    r"\bhow far back (?:do|would|will|must|should) i (?:have to |need to )?(?:scroll|go|look"
    r"|search|dig)\b"
    # a time told as long gone, then asked for: "Aunty Bisi came round ages ago, when exactly
    # was that", "we went to the coast a while back, when was it"
    r"|\b(?:ages|a while|a long time|yonks|months|weeks|years) (?:ago|back)\b[^?]*\bwhen"
    r"(?: roughly| exactly)? (?:was|is) (?:that|it)\b"
    # ... or told as not done for long: "Priya and I haven't had a proper chat in forever,
    # when was it", "not been to the lido for ages, when was that"
    r"|\b(?:haven'?t|hasn'?t|have not|has not|not|never)\b[^?]*\b(?:in|for) (?:forever|ages"
    r"|yonks|a while|a long time|months|weeks|years)\b[^?]*\bwhen(?: roughly| exactly)?"
    r" (?:was|is) (?:that|it)\b(?! (?:at (?:its|my|their)|worst|best|\w+est)\b)"
    # a thing put first, then how long since it asked ("swimming lengths at the pool, how many
    # weeks has it been", "a proper lie-in, how long's it been since"; not how long a thing
    # has gone on: "the anxiety, how long has it been going on")
    r"|[,;:—–-]\s*(?:so |and )?how (?:long|many (?:days|nights|weeks|months|years|weekends))"
    r" (?:has it been|is it|'s it been|has it|since)\b(?= since\b|\s*[?.!]*\s*$)"
    # ... or how long ago, closing the question: "lunch with Priya, just us two: how long ago
    # now", "the last proper lie-in, how far back"
    r"|[,;:—–-]\s*(?:so |and )?how (?:long ago|far back)(?: (?:now|then|was (?:that|it)"
    r"|is (?:that|it)))?\s*[?.!]*\s*$"
    r"|\b(?:last|latest|most recent|newest) entry (?:that|which|where|with|about|mention\w*"
    r"|say\w*)\b",
    re.I,
)
# The thing a recency word picks: "my most recent *sauna*", "the latest *recital*".
RECENT_THING_RX: Final = re.compile(
    r"\b(?:my|the|that|our) (?:very )?(?:last|latest|most recent|newest|previous|final)"
    r" (?:(?:proper|good|real|long|nice|big|little|quick|decent|full|whole) )?"
    # (a word for the record or the outing is no thing: "my last *entry* about ...", "the
    # most recent *visit* to ..."; a word before a time is how the time was: "the previous
    # *quiet* week")
    r"(?!(?:entry|entries|visit|visits|one|ones|session|sessions|trip|trips|go|bit|few"
    r"|couple|day|days|week|weeks|month|months|year|years|night|nights|weekend|fortnight|time"
    r"|times)\b)(?P<x>[a-z][a-z'-]+)\b(?!')"
    r"(?! (?:day|days|week|weeks|month|night|nights|morning|evening|time|times|spell|patch"
    r"|stretch|period|weekend)\b)",
    re.I,
)
# When a feeling was at its height asks for a pattern over a stretch, not for the last time:
# "over the past fortnight, when did the panicky spells hit hardest?", "when am I lowest".
PEAK_ASK_RX: Final = re.compile(
    r"\bwhen\b[^?.!;]*\b(?:hardest|worst|highest|lowest|heaviest|strongest|peak(?:s|ed)?"
    r"|at (?:its|their|my) (?:worst|peak|height|highest|lowest))\b",
    re.I,
)
_ASKED_FIRST_RX: Final = re.compile(
    r"\s*(?:was|is|were|are|did|does|do|has|have|had|could|would|can|will)\b", re.I
)
_CLAUSE_START_RX: Final = re.compile(r"[,;:]\s*(?:the )?last time i\b[^,;:]*\?\s*$", re.I)


def asks_last_date(text: str) -> bool:
    """Whether the question asks when a last time was, in any of the forms above."""
    if _WEIGHS_RX.search(text):
        return False
    if _ALONE_RX.search(text):
        return True
    # (not after a question of its own: "was it the wine, the last time I slept badly?")
    if _CLAUSE_START_RX.search(text) and not _ASKED_FIRST_RX.match(text):
        return True
    return bool(RECENT_RX.search(text) and DATE_ASK_RX.search(text))
