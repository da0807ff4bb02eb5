"""Block U: 50 Insights questions written blind (seventeenth batch, 2026-12-03).

Written by a new writer (blind17) who never opened the Insights rules, the topic classifier or
the tuned question sets; it read only the docstrings and comments of ``truth_blocks_blind_2.py``
and ``truth_blocks_blind_3.py`` and the conventions in ``tests/data/insights/README.md``, and
labelled every question by its own reading as it was written. Each row is (question, topic,
subject): the topic one of anxiety, low_mood, energy, sleep, stress, activity, last_time or
unknown; the subject the activity, person or place for activity and last_time, the feeling
kind for "how long since I last felt ...", else empty.

Conventions are T's (and L-S before it), with: thoughts sprinting ahead to everything that could
go wrong, nerves fried before an interview, panicky spells, a heart going like the clappers at
the school gates, proper worried and insides buzzing with dread about Monday also anxiety; the
colour drained out of everything, low low low, empty and slow since a funeral, grey Sundays,
nothing funny any more and low spells also low mood; a tank on fumes and legs like jelly, more
wiped out the mornings after a pile-up at the office, less drained since September and yawning
through every meeting also energy; three nights blinking at the ceiling fan, lying there till 3
going round in circles, fretting about money that keeps me from dozing off, never feeling rested
however long I sleep and jolting awake at half four also sleep; the overwhelm, everything
pressing down at once and too much on my plate also stress. Hammering the cross-trainer and a
proper dip in the sea exercise, rambling among the firs up at a plantation nature, a dawdle down
the lane after tea walk, a few cans of stout alcohol, Twitch streams on the phone till 2am
screen late, talking therapy at the surgery therapy, a charity-shop whodunnit reading, fiddling
about on the harmonica music, rolling out fresh pasta cooking, Friday catch-ups with the old
flatmates friends, pigeon pose before bed yoga, a gratitude list every night journaling; fly
tying and bridge not canonical, as written; Filey as a place; the app's background colour,
caffeine after 2pm for most people and Tesco's Boxing Day hours unknown; "which week was my last
proper dip in the sea" last_time with the activity, "how many months since I popped in on Nana
Lou" with the person and "how long since I was last properly on edge" with the feeling kind.
People follow the app's convention, as in L-T: a family word or title before a name gives the
name ("Auntie Wanjiru" is Wanjiru, "Pastor Eze" is Eze, "my cousin Thabo" is Thabo, "Nana Lou"
is Lou); a family word alone is the person as written ("Grandad"); a person beats an activity
named with them; in a comparison the first thing named is the subject; a name that is only a
long story's background (Perth, Lagos, an uncle flying in) does not make the subject, the
feeling asked about does.
"""

BLOCK_U: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    (
        "my thoughts keep sprinting ahead to everything that could go wrong,"
        " what calmed that before?",
        "anxiety",
        "",
    ),
    (
        "the colour's drained out of everything lately, anything that lifted it last time?",
        "low_mood",
        "",
    ),
    # typos and texting
    ("wat helpd wen my nerves were fried b4 the intervew", "anxiety", ""),
    ("3 nites runnin just blinkin at the ceilin fan, wat fixd it b4", "sleep", ""),
    # very short moods
    ("tank on fumes, legs like jelly", "energy", ""),
    ("low low low", "low_mood", ""),
    ("proper worried today", "anxiety", ""),
    # long stories ending in a question
    (
        "my landlord's selling, my sister moved to Perth last month and work's been mad with the"
        " audit, and now I lie there till 3 every night going round in circles. what got me"
        " sleeping before?",
        "sleep",
        "",
    ),
    (
        "we had the funeral on Tuesday, Uncle Femi flew in from Lagos, and since then I've just"
        " felt empty and slow; what pulled me out last time?",
        "low_mood",
        "",
    ),
    # two feelings
    ("the mornings after a pile-up at the office, am I more wiped out?", "energy", ""),
    ("does all my fretting about money keep me from dozing off?", "sleep", ""),
    # second person
    (
        "you've read every entry I've made, so what do you reckon settles my panicky spells?",
        "anxiety",
        "",
    ),
    ("what would you say lifts my mood on grey Sundays?", "low_mood", ""),
    # time windows
    ("these past fourteen days, anything chip away at the overwhelm?", "stress", ""),
    ("since September what made me feel less drained?", "energy", ""),
    # negations
    ("what hasn't helped my low spells, so I can stop doing it?", "low_mood", ""),
    ("I never feel rested however long I sleep, has anything made a difference?", "sleep", ""),
    # comparisons
    ("are walks better for me than a pint after work?", "activity", "walk"),
    # people by the app's convention
    ("am I brighter on the Saturdays Auntie Wanjiru pops round?", "activity", "Wanjiru"),
    ("after my Sunday phone natters with Grandad, how's my mood looking?", "activity", "Grandad"),
    ("do coffee mornings with Pastor Eze do me any good?", "activity", "Eze"),
    ("was I less anxious the weeks my cousin Thabo stayed?", "activity", "Thabo"),
    # places
    ("does a trip to the seafront at Filey perk me up for the week?", "activity", "Filey"),
    # canonical activities in new words
    ("does hammering the cross-trainer help my mood?", "activity", "exercise"),
    (
        "rambling among the firs up at the plantation, is that good for my head?",
        "activity",
        "nature",
    ),
    ("does a dawdle down the lane after tea help me unwind?", "activity", "walk"),
    ("what does a few cans of stout do to my mood?", "activity", "alcohol"),
    ("Twitch streams on my phone till 2am, is that what's wrecking me?", "activity", "screen late"),
    ("has the talking therapy at the surgery helped at all?", "activity", "therapy"),
    ("curling up with a charity-shop whodunnit, does that help me at all?", "activity", "reading"),
    ("is fiddling about on my harmonica any use for calming down?", "activity", "music"),
    ("does rolling out fresh pasta lift me?", "activity", "cooking"),
    ("do Friday catch-ups with the old flatmates do me good?", "activity", "friends"),
    ("pigeon pose before bed, worth it?", "activity", "yoga"),
    ("writing a gratitude list every night, has it done anything?", "activity", "journaling"),
    # activities the journal may not hold
    ("fly tying at the kitchen table, does it settle me?", "activity", "fly tying"),
    ("do my evenings playing bridge help?", "activity", "bridge"),
    # questions about the app or the world
    ("is there a way to make this app's background bottle green?", "unknown", ""),
    ("does caffeine after 2pm really ruin sleep for most people?", "unknown", ""),
    ("till what hour is the big Tesco open on Boxing Day?", "unknown", ""),
    # indirect and emotional, continued
    (
        "everything feels like it's pressing down at once and I can't keep up,"
        " what eased it last time?",
        "stress",
        "",
    ),
    ("I keep snapping at people because there's too much on my plate, any patterns?", "stress", ""),
    ("my insides are buzzing with dread about Monday, what helped?", "anxiety", ""),
    ("my heart goes like the clappers at the school gates, what settled it before?", "anxiety", ""),
    ("nothing's funny any more, what used to help?", "low_mood", ""),
    ("I'm yawning through every meeting, what's given me a lift before?", "energy", ""),
    ("why do I keep jolting awake at half four, and what helped that?", "sleep", ""),
    # when did I last / how long since
    ("which week was my last proper dip in the sea?", "last_time", "exercise"),
    ("how many months has it been since I popped in on Nana Lou?", "last_time", "Lou"),
    ("count back for me: how long since I was last properly on edge?", "last_time", "anxiety"),
)
