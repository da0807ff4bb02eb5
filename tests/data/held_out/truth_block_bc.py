"""Fifty-first blind batch's Insights questions (``BLOCK_BC``), written blind on 2026-12-07.

Labelled by the conventions of blocks L to BB: each row is ``(question, kind, subject)``; the
subject is set only on activity and last-time rows (the activity, person or place named), and a
person is labelled by the app's convention ("my old boss Barnaby" is Barnaby, "my sister-in-law
Clementine" is Clementine, a bare "Horatio" as written, "my stepdad Ambrose" is Ambrose). A
disciplinary hearing, a father's dementia diagnosis, night feeds from September, a court date with
a burst pipe, an insurance claim after a crash and an inspection week at school are only a story's
background. The new wordings it brings: two feelings (twitchier after words with a father,
glummer after a weekend indoors, more run-down on worrying days, sleep when snappy and down),
second person, time windows, days of the week, negations, a comparison (building a terrarium
against an hour at the garden centre), a place (Padstow for a long weekend in May), canonical
activities in new words (pull-ups on a doorway bar, goldfinches on a bird feeder, meandering to the
end of the lane, gin fizzes on a Friday, cat videos on a tablet past midnight, a murder mystery on
the train home, Bollywood hits while hoovering, a trauma therapist every other Friday, fresh
pasta rolled on a Sunday, a catch-up with old uni mates, Monopoly with the in-laws, half moon and a
low lunge in the lounge, the day jotted on an index card), activities the journal may not hold
(shibori dyeing, decoupage, terrarium building), questions about the app or the world (printing
entries for a GP, a second user, cold showers and people's mood), and a sunset, an album on full
blast and Ambrose, a stepdad, as last time.
"""

from __future__ import annotations

BLOCK_BC: tuple[tuple[str, str, str], ...] = (
    # anxiety
    (
        "disciplinary hearing on Monday and my hands won't stop trembling, how do I calm down",
        "anxiety",
        "",
    ),
    ("if your heart starts hammering whenever the doorbell goes, what can you do", "anxiety", ""),
    ("after I've had words with my dad, am I twitchier the next day", "anxiety", ""),
    ("proper jittery all eve n cant say y, ne tips", "anxiety", ""),
    ("through the Christmas holidays, what eased my nerves best", "anxiety", ""),
    ("what's done zilch for my anxiety since pancake day", "anxiety", ""),
    # low mood
    (
        "since dad's dementia diagnosis in the spring, has anything lifted me at all",
        "low_mood",
        "",
    ),
    ("been weepy n miserable since sat, wat do i do abt it", "low_mood", ""),
    ("when I've stayed indoors all weekend, am I glummer on Monday", "low_mood", ""),
    (
        "if getting up feels pointless and you'd rather hide from everyone, what lifts that",
        "low_mood",
        "",
    ),
    ("why are Tuesday mornings always the bleakest for me", "low_mood", ""),
    ("since Burns Night, which things haven't shifted my low mood one bit", "low_mood", ""),
    # energy
    ("what's wiping me out by teatime every single day", "energy", ""),
    ("on days I'm worrying a lot, am I more run-down", "energy", ""),
    ("why am I running on nothing every Wednesday", "energy", ""),
    ("shattered even after a lie in, whats up w me", "energy", ""),
    # sleep
    ("wide awake at 3 with the bills going round my head, how do I drop back off", "sleep", ""),
    ("since the night feeds started in September, how's my sleep been", "sleep", ""),
    ("on evenings I'm snappy and down, do I sleep worse after", "sleep", ""),
    ("if you wake at five every morning and can't get back under, what's worth a go", "sleep", ""),
    ("up till 3am every nite cant switch my brain off, wat do i try", "sleep", ""),
    # stress
    (
        "the court date and the burst pipe landing in the same week, how did I keep it together",
        "stress",
        "",
    ),
    (
        "the insurance claim after the crash dragging on for months, what helped me through",
        "stress",
        "",
    ),
    ("inspection week at school, how did I get to the end of it", "stress", ""),
    # activity: canonical, in new words
    ("pull-ups on the bar in the doorway first thing, do they wake me up", "activity", "exercise"),
    ("watching the goldfinches on the bird feeder, does it calm me", "activity", "nature"),
    ("meandering down to the end of the lane, is it doing me good", "activity", "walk"),
    ("a couple of gin fizzes on a Friday, what am I like on Saturday", "activity", "alcohol"),
    (
        "cat videos on the tablet in bed till past midnight, is that why I'm wrecked",
        "activity",
        "screen late",
    ),
    ("a murder mystery on the train home, does it help me unwind", "activity", "reading"),
    ("cranking up Bollywood hits while I hoover, do they lift me", "activity", "music"),
    ("my trauma therapist every other Friday, is it helping", "activity", "therapy"),
    ("rolling fresh pasta on a Sunday, do I feel more relaxed", "activity", "cooking"),
    ("a catch-up over pizza with my old uni mates, how am I afterwards", "activity", "friends"),
    ("Monopoly with the in-laws, am I happier for it", "activity", "family"),
    ("a low lunge into half moon on the lounge carpet, any benefit", "activity", "yoga"),
    (
        "jotting the day down on an index card before bed, is it worth keeping up",
        "activity",
        "journaling",
    ),
    # activity: people, a place, things the journal may not hold
    ("when my old boss Barnaby takes me for lunch, am I more upbeat", "activity", "Barnaby"),
    ("coffee with my sister-in-law Clementine, is it good for me", "activity", "Clementine"),
    ("does Horatio popping over on a Friday put me in better form", "activity", "Horatio"),
    ("that long weekend in Padstow in May, did it do me any good", "activity", "Padstow"),
    ("shibori dyeing in the back yard, am I calmer after", "activity", "shibori dyeing"),
    ("decoupage on old trays of an evening, does it settle me", "activity", "decoupage"),
    (
        "building a terrarium against an hour at the garden centre, which leaves me more content",
        "activity",
        "terrarium building",
    ),
    # unknown
    ("can I print my entries out to take to my GP", "unknown", ""),
    ("can my daughter have her own login on this journal", "unknown", ""),
    ("do cold showers really make people feel better or is that a myth", "unknown", ""),
    # last time
    ("a sunset, when was the last one I actually stopped for", "last_time", "nature"),
    ("how long since I put my favourite album on at full blast", "last_time", "music"),
    ("when did I last pop round to see my stepdad Ambrose", "last_time", "Ambrose"),
)
