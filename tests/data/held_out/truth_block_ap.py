"""Block AP: 50 Insights questions written blind (thirty-eighth batch) for ``bench_truth``.

Written by someone who never opened the insights rules nor the tuned questions, labelled by
reading before anything ran, by the conventions of blocks L to AO as the comment above
``BLOCK_AO`` states them: a named activity, person or place is the subject even next to a
feeling word; a person beats an activity named with them; with two things compared the first
named is the subject; people by first name without titles or kin words ("Uncle Femi" is Femi,
"my cousin Gráinne" is Gráinne) and a bare kin word as written; canonical names for the
activities (exercise, nature, walk, alcohol, screen late, reading, music, therapy, cooking,
friends, family, yoga, journaling); a thing the journal may not hold is still the subject, as
its plain noun, and "since I took up X" names X; two feelings: the object of an effect verb
wins, else the outcome asked after, else the condition; negations, comparisons, time windows,
days and second person keep the topic; a place or person that is only a story's background
does not make the subject; "when did I last …" and "how long since …" are last_time with the
activity, person or feeling kind; questions about the app or the world are unknown.

The new wordings this block brings: a tight chest before parents' evening, keyed up every
Monday morning (a day), your mind rehearsing rows that never happen (second person), twitchier
in weeks short on sleep (the outcome asked after), "y am i so anxous n on edje b4 wrk" (typos)
and uneasy through the whole Christmas run-up (a time window) as anxiety; in a slump since my
daughter went off to uni in Leeds (Leeds only background), "gutted n teary tbh" (short,
texting), gloomier in weeks when work is through the roof (the outcome asked after), what never
lifts the hopelessness (a negation), curtains shut all weekend with no appetite for anything
(indirect) and heavy-hearted right through last spring (a time window) as low mood; running on
empty by half twelve on a workday, "y am i so knackerd evry saturday" (typos, a day), less
get-up-and-go the morning after a panic (the outcome asked after) and nothing left in the tank
once the kids are in bed as energy; woken at 3 by screaming foxes, worry over the house sale
messing with my sleep (the object), nights broken up since my husband started weeks on the rigs
out of Aberdeen (the rigs only background), Friday nights the hardest to drop off (a day) and
kipping better or worse these three weeks gone (a time window) as sleep; a newborn and a new
role in one spring, a tax return due with sixty unread messages (second person) and under the
pump since the restructure in August (a time window) as stress; lunchtime treadmill sessions
(exercise), an hour under the Scots pines (nature), pottering round the lanes on foot after
supper (walk), two glasses of red midweek (alcohol), Instagram in bed past one (screen late), a
fantasy paperback on my lunch break (reading), plonking away on the piano after work (music),
the psychologist I have seen since Easter (therapy), kneading my own loaves on a Saturday
morning (cooking), brunch with my girlfriends (friends), ringing Mum and Dad of a Sunday evening
(family), a sun salutation or two on waking (yoga) and jotting whatever is in my head into a
notebook before lights out (journaling) as the canonical activities; Uncle Femi dropping in on
Saturdays, weekends with my cousin Gráinne and a bare "Yiayia" coming to stay as the person
(Femi, Gráinne, and "Yiayia" as written); those few days in Kinsale a place; calligraphy ("ever
since I got into"), clog dancing on a Tuesday and croquet on the lawn weighed against the gym
(the first named) not canonical, as written; a dark theme for the diary, the app reading entries
aloud and full moons making people restless unknown; the most recent day with pep in my step
(energy), how many weeks since the guitar was out of its case (music) and how long ago Margaret
and I had a cuppa at the garden centre (the person, not the place) as last time.
"""

from __future__ import annotations

BLOCK_AP: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("what's worked before when my chest goes tight ahead of parents' evening", "anxiety", ""),
    ("why am I so keyed up on Monday mornings, what settles it", "anxiety", ""),
    ("when your mind keeps rehearsing rows that never happen, what calms it down", "anxiety", ""),
    ("do I get twitchier in the weeks I'm short on sleep", "anxiety", ""),
    ("y am i so anxous n on edje b4 wrk", "anxiety", ""),
    ("I was uneasy through the whole Christmas run-up, what helped then", "anxiety", ""),
    (
        "been in a slump ever since my daughter went off to uni in Leeds, what lifts it",
        "low_mood",
        "",
    ),
    ("gutted n teary tbh", "low_mood", ""),
    ("am I gloomier in weeks when work is through the roof", "low_mood", ""),
    ("what never lifts the hopelessness when I'm in it", "low_mood", ""),
    (
        "curtains shut all weekend and no appetite for anything, what got me out of that before",
        "low_mood",
        "",
    ),
    ("heavy-hearted right through last spring, what made it lighter", "low_mood", ""),
    ("by half twelve on a workday I'm running on empty, what perks me up", "energy", ""),
    ("y am i so knackerd evry saturday", "energy", ""),
    ("is my get-up-and-go lower the morning after I've been in a panic", "energy", ""),
    ("nothing left in the tank once the kids are in bed, what helps", "energy", ""),
    ("woken at 3 by screaming foxes again, what's helped me get back off", "sleep", ""),
    ("is the worry over the house sale messing with my sleep", "sleep", ""),
    (
        "my husband's started doing weeks on the rigs out of Aberdeen and my nights are all "
        "broken up, what helps",
        "sleep",
        "",
    ),
    ("Friday nights are the hardest to drop off, why", "sleep", ""),
    ("these three weeks gone, have I been kipping any better or worse", "sleep", ""),
    ("newborn plus starting a new role, both in one spring, how did I keep my head", "stress", ""),
    (
        "when you've got a tax return due and sixty unread messages, what takes the edge off",
        "stress",
        "",
    ),
    ("under the pump at work since the restructure in August, what's helped", "stress", ""),
    # activities with canonical names, in new words
    ("are the lunchtime treadmill sessions any use on my low days", "activity", "exercise"),
    ("an hour under the Scots pines, is that what calms me", "activity", "nature"),
    ("pottering round the lanes on foot after supper, any good for me", "activity", "walk"),
    ("red wine midweek, two glasses, is it dragging me down", "activity", "alcohol"),
    ("is Instagram in bed past one wrecking my mood", "activity", "screen late"),
    ("does a fantasy paperback on my lunch break calm me down", "activity", "reading"),
    ("plonking away on the piano after work, does it help", "activity", "music"),
    (
        "the psychologist I've been seeing since Easter, is it paying off",
        "activity",
        "therapy",
    ),
    (
        "making my own loaves on a Saturday morning, all that kneading, does it lift me",
        "activity",
        "cooking",
    ),
    ("is brunch with my girlfriends good for my head", "activity", "friends"),
    ("is ringing Mum and Dad of a Sunday evening good for me", "activity", "family"),
    ("does a sun salutation or two when I wake up do anything", "activity", "yoga"),
    (
        "jotting whatever's in my head into a notebook just before lights out, worth keeping up",
        "activity",
        "journaling",
    ),
    # people and places
    ("how am I on the Saturdays Uncle Femi drops in", "activity", "Femi"),
    ("weekends with my cousin Gráinne, do they pick me up", "activity", "Gráinne"),
    ("am I calmer when Yiayia comes to stay", "activity", "Yiayia"),
    ("how was my mood during those few days in Kinsale", "activity", "Kinsale"),
    # things the journal may not hold
    ("ever since I got into calligraphy, has my mood shifted", "activity", "calligraphy"),
    ("clog dancing on a Tuesday, does it do me any good", "activity", "clog dancing"),
    ("croquet on the lawn or a session at the gym, which leaves me happier", "activity", "croquet"),
    # the app or the world
    ("is there a dark theme for this diary so it doesn't blind me at night", "unknown", ""),
    ("can the app read my entries aloud to me", "unknown", ""),
    ("do full moons make people restless in general", "unknown", ""),
    # when did I last …
    ("pep in my step, proper bounce, which date was the most recent", "last_time", "energy"),
    ("guitar, how many weeks since I last had it out of the case", "last_time", "music"),
    (
        "Margaret and I had a cuppa at the garden centre, how long ago was that",
        "last_time",
        "Margaret",
    ),
)
