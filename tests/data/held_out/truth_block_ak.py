"""Insights questions written blind (thirty-third batch), labelled before any code ran on them.

Conventions (those blocks L to AJ were labelled by): a named activity, person or place is the
subject, even next to a feeling word; with two of them (a comparison) the first one named wins;
a person beats an activity named with them. People by first name without titles or kin words
("Auntie Yemi" is Yemi, "my cousin Tadhg" is Tadhg), and a bare kin word as written
("Mamó"); places as written. Canonical names where the blocks use them: exercise, nature,
walk, alcohol, screen late, reading, music, therapy, cooking, friends, family, yoga and
journaling. A thing the journal may not hold is still the subject, as its plain noun; "since I
started X" names X. Two feelings: the one asked about wins (the object of an effect verb, else
the outcome asked after, else the condition). Tired, drained and out of steam are energy;
waking, nights and lying awake are sleep; workload, deadlines and juggling are stress; worry,
nerves, panic and jitters are anxiety; sad, flat, tearful and in a slump are low mood.
Negations, comparisons, time windows, days and second person keep the topic; a name that is
only a story's background does not make the subject. Questions about the app or the world are
unknown. "When did I last …", "how long since …" are last time, with the activity, person or
place, or the feeling kind.

The new wordings this block brings: clammy hands before opening a payslip, a stomach in knots
before the Wednesday huddle (a day), going back to check the door is locked five times (second
person), nerves worse after a few nights of barely any kip (the outcome asked after), "hands
shakin n heart racin evry nite shift" (typos) and fretting through the school holidays (a time
window) as anxiety; life drained of colour since a redundancy (the redundancy only background),
"proper down in the mouth today" (very short), crying at adverts and not getting dressed, sad
patches hanging about longer when worn out (the outcome asked after), what hasn't made a dent at
rock bottom (a negation) and downcast most of November (a time window) as low mood; a battery at
2 % by lunchtime, dragging myself about like a zombie, "so shatterd evry arvo" (typos) and running
out of steam the day after a low one (the outcome asked after) as energy; awake at twenty past
four, what wrecks my nights in stressful weeks (the object), nights broken since a puppy arrived
(the puppy only background), Fridays against weekdays (a day, a comparison) and fretting about
the mortgage keeping me up (the object of the effect verb) as sleep; juggling a house move with
end-of-year reports, two presentations and a tax return in one week (second person) and stretched
thin at work all autumn (a time window) as stress; kettlebell swings in the living room
(exercise), hedgerows and fields past the village (nature), a lap round the block at lunch
(walk), a pint of Guinness most evenings (alcohol), doomscrolling in bed at one in the morning
(screen late), chunky sci-fi paperbacks on the bus (reading), strumming a ukulele (music), a
counsellor since April (therapy), curry from scratch on Sundays (cooking), having the girls
round (friends), a roast at Mum and Dad's every other week (family), a bit of hatha before work
(yoga) and a little diary on the train home (journaling) as the canonical activities; natters
with Auntie Yemi, staying over at my cousin Tadhg's and afternoons with a bare "Mamó" as the
person (Yemi, Tadhg, and "Mamó" as written); a few days in Tobermory a place; orienteering
("since I took up"), making stained glass on Saturday mornings and lawn bowls weighed against
the gym (the first named) not canonical, as written; syncing with Google Docs, magnesium for
everyone and a tiny star on a few entries unknown; the last day without feeling blue (low_mood),
the date of my most recent jog (exercise) and the last dinner out with Kenji as last time.
"""

from __future__ import annotations

BLOCK_AK: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("why do my hands go clammy before I even open my payslip", "anxiety", ""),
    ("stomach tied in knots before the Wednesday huddle, what helps", "anxiety", ""),
    (
        "when you keep going back to check the door's locked five times, what calms that",
        "anxiety",
        "",
    ),
    ("do my nerves get worse once I've had a few nights of barely any kip", "anxiety", ""),
    ("hands shakin n heart racin evry nite shift wat do i do", "anxiety", ""),
    ("fretting non-stop right through the school holidays, what eased it", "anxiety", ""),
    ("life's felt drained of colour ever since the redundancy", "low_mood", ""),
    ("proper down in the mouth today", "low_mood", ""),
    (
        "crying at adverts and not bothering to get dressed, what pulled me up before",
        "low_mood",
        "",
    ),
    ("do my sad patches hang about longer when I'm worn out", "low_mood", ""),
    ("what hasn't made a dent when I'm at rock bottom", "low_mood", ""),
    ("downcast most of November, anything that lifted it?", "low_mood", ""),
    ("battery at 2 % by lunchtime every single day", "energy", ""),
    ("why am I dragging myself about like a zombie", "energy", ""),
    ("so shatterd evry arvo for no reasn", "energy", ""),
    ("do I run out of steam more the day after I've been low", "energy", ""),
    ("awake at twenty past four with my brain going", "sleep", ""),
    ("what wrecks my nights in stressful weeks", "sleep", ""),
    ("nights all broken up since the puppy arrived", "sleep", ""),
    ("are my Fridays better for sleeping than weekdays", "sleep", ""),
    ("does fretting about the mortgage keep me up", "sleep", ""),
    ("juggling a house move and end-of-year reports at once", "stress", ""),
    ("when you've two presentations and a tax return due the same week", "stress", ""),
    ("stretched thin at work all autumn, what kept me going", "stress", ""),
    # activities with canonical names, in new words
    ("do kettlebell swings in the living room do anything for my mood", "activity", "exercise"),
    ("those hedgerows and fields out past the village", "activity", "nature"),
    ("is a lap round the block at lunch worth it", "activity", "walk"),
    ("a pint of Guinness most evenings", "activity", "alcohol"),
    ("doomscrolling in bed at one in the morning, how bad is it for me", "activity", "screen late"),
    ("chunky sci-fi paperbacks on the bus, do they help", "activity", "reading"),
    ("strumming my ukulele when I'm wound up", "activity", "music"),
    ("has seeing a counsellor since April made a difference", "activity", "therapy"),
    ("making curry from scratch on Sundays", "activity", "cooking"),
    ("do I perk up once I've had the girls round", "activity", "friends"),
    ("going home to see Mum and Dad for a roast every other week", "activity", "family"),
    ("a bit of hatha on the mat before I leave for work", "activity", "yoga"),
    ("keeping a little diary on the train home", "activity", "journaling"),
    # people and places
    ("do natters with Auntie Yemi perk me up", "activity", "Yemi"),
    ("what am I like after staying over at my cousin Tadhg's place", "activity", "Tadhg"),
    ("afternoons Mamó spends with us", "activity", "Mamó"),
    ("few days over in Tobermory, does that settle me", "activity", "Tobermory"),
    # things the journal may not hold
    ("anything different since I took up orienteering", "activity", "orienteering"),
    ("making stained glass on Saturday mornings", "activity", "stained glass"),
    ("does lawn bowls do more for me than the gym does", "activity", "lawn bowls"),
    # the app or the world
    ("could this sync with Google Docs", "unknown", ""),
    ("does magnesium help everyone sleep", "unknown", ""),
    ("why do a few entries have a tiny star on them", "unknown", ""),
    # when did I last …
    ("last day I wasn't feeling blue at all, when was that", "last_time", "low_mood"),
    ("what was the date of my most recent jog", "last_time", "exercise"),
    ("last time Kenji and I went out for dinner?", "last_time", "Kenji"),
)
