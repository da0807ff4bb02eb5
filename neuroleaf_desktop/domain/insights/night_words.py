"""Nights and mornings as a question tells them, read for sleep or not: an evening named by
what it is spent at is an occasion, not a night's sleep ("quiz night", "curry nights with the
old rugby lot", "Bonfire Night"); waking told by the day's edge is sleep ("up before the birds",
"up with the lark", "up at silly o'clock"), and so is the moment of lying down for the night told
by the pillow ("the second your head hits the pillow", "once I hit the sack").

Kept apart from the feeling words (``feeling_words``, which folds these into sleep) so each list
stays short enough to check by eye. Matched as whole words, case-insensitively.
"""

from __future__ import annotations

from typing import Final

# An evening named by what it is spent at is an occasion, not a night's sleep: "curry nights
# with the old rugby lot", "quiz night", "games nights", "Bonfire Night" (one look-behind per
# kind of evening).
OCCASION_NIGHTS: Final = "".join(
    f"(?<!{kind} )"
    for kind in (
        "curry",
        "quiz",
        "pizza",
        "games",
        "game",
        "film",
        "movie",
        "poker",
        "karaoke",
        "pub",
        "takeaway",
        "bingo",
        "darts",
        "bowling",
        "board game",
        "cards",
        "comedy",
        "open mic",
        "hen",
        "stag",
        "girls'",
        "lads'",
        "girls",
        "lads",
        "club",
        "disco",
        "gig",
        "date",
        # ... or a night of the calendar: "before or after Bonfire Night", "Burns Night"
        "bonfire",
        "burns",
        "fireworks",
        "election",
        "opening",
        "awards",
        "parents'",
        # ... or by the game played or the gathering held: "a card night with the lads", "a
        # mahjong night with my aunties", "trivia night", "a bridge night at the club"
        "card",
        "mahjong",
        "trivia",
        "bridge",
        "whist",
        "chess",
        "scrabble",
        "dominoes",
        "domino",
        "craft",
        "book club",
        "wine",
        "cocktail",
        "kava",
        "taco",
        "salsa",
        "ceilidh",
        "dance",
        "jam",
        "singing",
        "boys'",
        "mates'",
        "ladies'",
        "team",
    )
)

# Up before the day has begun, told by its edge rather than by the clock: "am I up before the
# birds", "up with the lark", "up at the crack of dawn", "awake before first light", "up at
# silly o'clock" (a clock time in the small hours is read where the sleep words are). A thing
# done at that hour is read first by the activity rules ("getting up at dawn for a walk").
WOKEN_EARLY: Final = (
    r"(?:up|awake|wide awake|waking(?: up)?|wak(?:e|es)(?: up)?|woke(?: up)?)"
    r" (?:(?:before|with|at|by) (?:the )?(?:(?:first )?birds|lark|larks|(?:crack of )?dawn"
    r"|first light|sunrise|sun-?up|daybreak|cock-?crow|milkman|dawn chorus)"
    r"|at silly o'?clock|at sparrow'?s?(?: fart)?)"
)

# Lying down for the night, told by the head meeting the pillow or by going to bed in slang:
# "the second your head hits the pillow", "as soon as my head touches the pillow", "the minute I
# hit the sack" (a thing put on the pillow is no bedtime: "lavender oil on the pillow").
PILLOW_TIME: Final = (
    r"(?:head|heads)(?: (?:hits?|hitting|touch(?:es|ed|ing)?|meets?|meeting|met|lands? on"
    r"|landing on|is on|goes (?:down )?on)|['’]s on) (?:the |my |your |a |his |her )?pillows?"
    r"|(?:hit|hits|hitting) the (?:pillow|sack|hay)"
)
