"""Block BB: 50 Insights questions written blind on 2026-12-07 by a new writer (fiftieth batch),
for ``bench_truth`` once measured; kept here, unread by anyone tuning, until a round moves it in.

Labelled by the conventions of blocks L to BA: the kind is what the question asks about (a
feeling named beside a pattern asks about that feeling; "how did I cope" with two troubles is
stress; "how was my mood that week in a place" is an activity question about the place), and
only activity and last-time questions carry a subject: the canonical activity a wording stands
for (exercise, nature, walk, alcohol, screen late, reading, music, therapy, cooking, friends,
family, yoga, journaling), a person as the app would name them, a place, or a hobby the journal
may not hold, written as the question names it. People are labelled by the app's convention ("my
godmother Euphemia" is Euphemia, "my old flatmate Cosmo" is Cosmo, a bare "Torquil" as written,
"Lysander, my half-brother" is Lysander); a redundancy consultation, a falling-out with a best
mate, a house sale fallen through in June, a mother's knee operation with a visa interview, a
roof left leaking by a landlord, nights from March and a stocktake at work are only a story's
background.

The new wordings it brings: two feelings (jumpier after a falling-out, gloomier after cancelling
plans, more lethargic when left out, tossing and turning when grumpy and on edge), second person,
time windows, days of the week, negations, a comparison (brass rubbing against an afternoon in
the charity shops), a place (Bamburgh for a week at Easter), canonical activities in new words
(squat thrusts on the landing, ducks on the millpond, a dawdle up to the crossroads and back,
shandies on the patio, true crime documentaries on the laptop till gone one, a few pages of
poetry before lights out, northern soul through headphones, a group therapy circle on Thursday
nights, a lamb tagine on a Saturday, a monthly supper club with the girls from school, a
kickabout with stepsons, cat stretches and thread the needle on the rug, worries onto sticky
notes before bed), activities the journal may not hold (paper marbling, rag rug making, brass
rubbing), questions about the app or the world (a screen reader, a renamed laptop, tart cherry
juice and anyone's sleep), and swifts round the rooftops, singing along in the car and
Lysander, a half-brother, as last time.
"""

from __future__ import annotations

BLOCK_BB: tuple[tuple[str, str, str], ...] = (
    # anxiety
    (
        "redundancy consultation on Thursday and I can't get a full breath in, what can I do",
        "anxiety",
        "",
    ),
    ("if your palms go clammy every time the group chat pings, what can you try", "anxiety", ""),
    ("after I've fallen out with my best mate, am I jumpier for days", "anxiety", ""),
    ("belly all in knots since brekkie dunno y, wat calms it", "anxiety", ""),
    ("over the autumn half term, what did most for my worrying", "anxiety", ""),
    ("which things have done nothing for my jitters since bonfire night", "anxiety", ""),
    # low mood
    (
        "ever since the house sale fell through in June, has anything cheered me even a bit",
        "low_mood",
        "",
    ),
    ("been proper down in the dumps 4 wks now, wot lifts u out of it", "low_mood", ""),
    ("on days I cancel plans at the last minute, am I gloomier after", "low_mood", ""),
    (
        "when everything feels heavy and you can't be bothered with anyone, what picks you up",
        "low_mood",
        "",
    ),
    ("how come Thursday afternoons always drag me down", "low_mood", ""),
    ("since Easter, what's been useless against feeling flat", "low_mood", ""),
    # energy
    ("what is it that has me flagging by mid-afternoon most days", "energy", ""),
    ("on days I feel left out, am I more lethargic", "energy", ""),
    ("Saturdays I'm a zombie, why's that", "energy", ""),
    ("knackered 24/7 even w/ early nights, wots going on", "energy", ""),
    # sleep
    ("lying awake till past three going over tomorrow's list, how do I stop", "sleep", ""),
    ("since I went onto nights in March, how has my sleep held up", "sleep", ""),
    ("when I'm grumpy and on edge, do I toss and turn more", "sleep", ""),
    ("if you keep jolting awake just before dawn, is there anything to try", "sleep", ""),
    ("lie there wide awake till 2ish nearly every nite, help", "sleep", ""),
    # stress
    (
        "mum's knee op and my visa interview in the same fortnight, how did I hold up",
        "stress",
        "",
    ),
    (
        "the roof leaking for months and the landlord ignoring me, what's helped me get through",
        "stress",
        "",
    ),
    ("stocktake week at work with everyone snapping, how did I manage it", "stress", ""),
    # activity: canonical, in new words
    ("squat thrusts on the landing before work, do they perk me up", "activity", "exercise"),
    ("watching the ducks on the millpond, is it good for my head", "activity", "nature"),
    ("a dawdle up to the crossroads and back, does it help", "activity", "walk"),
    (
        "a couple of shandies on the patio, how do I feel the morning after",
        "activity",
        "alcohol",
    ),
    (
        "true crime documentaries on the laptop till gone one, does that wreck the next day",
        "activity",
        "screen late",
    ),
    ("a few pages of poetry before lights out, does it settle me", "activity", "reading"),
    ("northern soul through my headphones, does it lift me", "activity", "music"),
    (
        "the group therapy circle on Thursday nights, is it making a difference",
        "activity",
        "therapy",
    ),
    (
        "a lamb tagine bubbling away on a Saturday, am I more relaxed while it cooks",
        "activity",
        "cooking",
    ),
    (
        "the monthly supper club with the girls from school, how am I after",
        "activity",
        "friends",
    ),
    ("a kickabout in the park with my stepsons, does it cheer me", "activity", "family"),
    (
        "cat stretches and thread the needle on the rug before bed, any good for me",
        "activity",
        "yoga",
    ),
    (
        "scribbling worries on sticky notes and binning them at bedtime, is it worth it",
        "activity",
        "journaling",
    ),
    # activity: people, a place, things the journal may not hold
    ("when my godmother Euphemia comes to stay, am I brighter", "activity", "Euphemia"),
    ("a pint with my old flatmate Cosmo, does it do me any good", "activity", "Cosmo"),
    ("does having Torquil round for Sunday lunch put me in better spirits", "activity", "Torquil"),
    ("Bamburgh at Easter for the week, was I any happier up there", "activity", "Bamburgh"),
    ("swirling inks for paper marbling, am I calmer for it", "activity", "paper marbling"),
    (
        "I've been hooking a rag rug most evenings, is it doing me good",
        "activity",
        "rag rug making",
    ),
    (
        "brass rubbing at old churches against an afternoon in the charity shops, which leaves me"
        " happier",
        "activity",
        "brass rubbing",
    ),
    # unknown
    ("will this work with my screen reader, my eyes are going", "unknown", ""),
    ("if I rename my laptop will the journal still open", "unknown", ""),
    ("does tart cherry juice actually help anyone sleep", "unknown", ""),
    # last time
    (
        "when did I last stand and watch the swifts screaming round the rooftops",
        "last_time",
        "nature",
    ),
    ("how long since I sang along to something in the car", "last_time", "music"),
    ("Lysander, my half-brother, when did we last speak", "last_time", "Lysander"),
)
