"""Question block AN for ``bench_truth``, written blind (thirty-sixth batch) by a new writer.

Labelled by the conventions of blocks L to AM, as the comment above ``BLOCK_AM`` states them: a
named activity, person or place is the subject even next to a feeling word; a person beats an
activity named with them; with two things compared the first named is the subject; people by
first name without titles or kin words ("Auntie Kemi" is Kemi, "my cousin Ruairí" is Ruairí), a
bare kin word as written ("Ouma"); canonical names for canonical activities (exercise, nature,
walk, alcohol, screen late, reading, music, therapy, cooking, friends, family, yoga,
journaling); a thing the journal may not hold is still the subject, as written; two feelings:
the object of an effect verb, else the outcome asked after, else the condition; tired and
drained are energy, waking and nights sleep, workload and deadlines stress, nerves and dread
anxiety, sad and flat low mood; negations, comparisons, time windows, days and second person keep
the topic; a name that is only a story's background does not make the subject; questions about
the app or the world are unknown; "when did I last …" and "how long since …" are last time, with
the activity, person or feeling kind.

The new wordings this block brings: a fluttery stomach before team meetings, on tenterhooks every
Sunday evening (a day), your head spinning what-ifs about the future (second person), more on edge
after skipping meals for a week or so (the outcome asked after), "so jumpy n nervy latley"
(typos) and nervy right through half term (a time window) as anxiety; everything grey since the
flat purchase fell through (the flat only background), "glum n teary" (short, texting), lower
after weeks of poor sleep (the outcome asked after), which stuff doesn't work when I'm proper low
(a negation), pointless getting up for anything lately and down in the mouth most of November (a
time window) as low mood; running on fumes by three, "y so shattrd evry monday" (typos, a day),
more sluggish when the job's manic (the outcome asked after) and what drains the battery out of
me at weekends as energy; waking when the bin lorry comes past, worry about Mum's operation
wrecking my nights (the object), nights patchy since a new puppy (the puppy only background),
Sunday nights the worst for dropping off (a day) and sleep poor all this month (a time window) as
sleep; a house move and a promotion in one month, forty jobs on your list and a report due at
five (second person) and buried under the workload since New Year's (a time window) as stress;
circuits at the community hall (exercise), ferny mossy spots up the glen (nature), a loop of the
park with the pram (walk), a couple of ciders on a school night (alcohol), TikTok under the duvet
past midnight (screen late), a thriller on the e-reader at lunch (reading), bashing out tunes on
a keyboard (music), the cognitive behavioural stuff started in March (therapy), making my own
soup instead of opening tins (cooking), board-game nights with my pals (friends), the weekly
roast at my folks' place (family), downward dog and child's pose (yoga) and jotting three lines
in a diary at bedtime (journaling) as the canonical activities; Auntie Kemi coming over for tea,
afternoons with my cousin Ruairí and Ouma having been to stay as the person (Kemi, Ruairí, and
"Ouma" as written); that week in Portrush a place; kite flying on the beach ("since I started"),
knotting macramé plant hangers on a Sunday and archery weighed against the gym (the first named)
not canonical, as written; the app printing the journal as a booklet, chocolate lifting
everyone's mood and giving entries different colours unknown; the last stress-free day (stress),
how many weeks since swimming lengths at the leisure pool (exercise) and the last coffee with
Dermot as last time.
"""

from __future__ import annotations

BLOCK_AN: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("what sets off the fluttery feeling in my stomach before team meetings", "anxiety", ""),
    ("on tenterhooks every sunday evening, whats going on there", "anxiety", ""),
    ("why does your head keep spinning what-ifs about the future", "anxiety", ""),
    ("does skipping meals for a week or so leave me more on edge", "anxiety", ""),
    ("so jumpy n nervy latley y tho", "anxiety", ""),
    ("was I nervy right through half term", "anxiety", ""),
    ("everything's felt grey since the flat purchase fell through", "low_mood", ""),
    ("glum n teary", "low_mood", ""),
    ("do I feel lower after weeks of poor sleep", "low_mood", ""),
    ("which stuff doesn't work for me when I'm proper low", "low_mood", ""),
    ("feels pointless getting up for anything lately, what shifted that before", "low_mood", ""),
    ("down in the mouth most of November, why", "low_mood", ""),
    ("running on fumes by three every afternoon", "energy", ""),
    ("y so shattrd evry monday, wots that", "energy", ""),
    ("am I more sluggish when the job's manic", "energy", ""),
    ("what drains the battery out of me at weekends", "energy", ""),
    ("keep waking when the bin lorry comes past", "sleep", ""),
    ("does worrying about mum's operation wreck my nights", "sleep", ""),
    ("nights have been patchy since we got the new puppy", "sleep", ""),
    ("why are sunday nights always the worst for dropping off", "sleep", ""),
    ("sleep's been poor all this month", "sleep", ""),
    ("a house move and a promotion in the same month, what helps with the pressure", "stress", ""),
    ("when you've forty jobs on your list and a report due at five", "stress", ""),
    ("buried under the workload ever since New Year's", "stress", ""),
    # activities with canonical names, in new words
    ("does circuits at the community hall help my mood", "activity", "exercise"),
    ("do the ferny mossy spots up the glen do me any good", "activity", "nature"),
    ("does a loop of the park with the pram help in the mornings", "activity", "walk"),
    ("do a couple of ciders on a school night make me worse", "activity", "alcohol"),
    ("tiktok under the duvet past midnight, is that hurting me", "activity", "screen late"),
    ("does a thriller on my e-reader at lunch lift me", "activity", "reading"),
    ("does bashing out tunes on the keyboard help my head", "activity", "music"),
    ("is the cognitive behavioural stuff I started in March working", "activity", "therapy"),
    ("is making my own soup instead of opening tins doing me good", "activity", "cooking"),
    ("board game nights with my pals, good for me or not", "activity", "friends"),
    ("the weekly roast round at my folks' place, how does that leave me", "activity", "family"),
    ("a few rounds of downward dog and child's pose, worth it for my nerves", "activity", "yoga"),
    ("jotting three lines in a diary at bedtime, is there any point", "activity", "journaling"),
    # people and places
    ("does Auntie Kemi coming over for tea lift me", "activity", "Kemi"),
    ("afternoons with my cousin Ruairí, do they help", "activity", "Ruairí"),
    ("how am I once Ouma has been to stay", "activity", "Ouma"),
    ("was I calmer that week in Portrush", "activity", "Portrush"),
    # things the journal may not hold
    (
        "has kite flying on the beach done anything for me since I started",
        "activity",
        "kite flying",
    ),
    ("knotting macramé plant hangers on a sunday, does that settle me", "activity", "macramé"),
    ("is archery better for my nerves than the gym", "activity", "archery"),
    # the app or the world
    ("could the app print my whole journal out as a booklet", "unknown", ""),
    ("is it true chocolate lifts everyone's mood", "unknown", ""),
    ("can I give entries different colours", "unknown", ""),
    # when did I last …
    ("stress-free day, when did I last actually have one", "last_time", "stress"),
    ("swimming lengths at the leisure pool, how many weeks has it been", "last_time", "exercise"),
    ("last time Dermot and I got a coffee, when was that", "last_time", "Dermot"),
)
