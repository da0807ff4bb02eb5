"""Question blocks written blind by someone else from the twenty-first batch on (Y-), for
``bench_truth``; ``truth_blocks`` re-exports them (kept apart from ``truth_blocks_blind_4``,
which holds V-X, only so no module passes 600 lines). The conventions they were labelled by
are in the comment above each block.
"""

from __future__ import annotations

# Written blind on 2026-12-03 by a new writer (twenty-first batch, kept out of this file then),
# measured twice untouched (80 % and 80 % with MiniLM and the learned topic classifier, 1 no-data
# case per seed answered with items both times), studied in round 36 and tuned on like D-X since.
# Its writer's conventions are X's, with the stomach dropping when the school's number rings,
# nerves like static before a site visit, jittery b4 a driving lesson and Sunday-evening dread as
# anxiety; everything like wet cardboard, hollow and grey, a slump and feeling flat in a quiet
# house as low mood; running on fumes by half two, legs like concrete and eyelids like sandbags,
# worn out after fretting and more spent at one end of the week as energy; awake at 3.40 like
# clockwork, choppy nights and a full night without waking as sleep; pulled every which way, buried
# under the VAT return and everything landing at once as stress. Pounding the pavements at dawn and
# lido lengths compared with a spin on the bike exercise, pottering under the sycamores nature,
# after-tea strolls round the cul-de-sac walk, cider on a school night alcohol, pinning on
# Pinterest under the duvet till gone one screen late, a spy thriller reading, sax scales after tea
# music, Wednesday sessions with a family therapist therapy, a big Sunday chilli and getting my
# hands into bread dough cooking, karaoke Thursdays with the girls from the office friends, visits
# home to my parents' farm family, a slow flow on the mat yoga, a page about my day before bed
# journaling; taekwondo and wild camping not canonical, as written; Pitlochry as a place; hiding
# entries from a partner on a shared tablet, dusk in Aberdeen at the winter solstice and a Celtic
# result unknown.
BLOCK_Y: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    (
        "why does my stomach drop every time the school's number comes up on my phone, "
        "what settles it",
        "anxiety",
        "",
    ),
    (
        "nerves like static before every site visit lately, anything in here that calmed them?",
        "anxiety",
        "",
    ),
    (
        "the whole week's gone soggy like wet cardboard inside me, which entries show me "
        "climbing out of that",
        "low_mood",
        "",
    ),
    (
        "pulled every which way at work and at home, what's taken the pressure off in the past",
        "stress",
        "",
    ),
    # typos and texting
    ("jittery af b4 my driving lesson tmrw wat helped last time", "anxiety", ""),
    ("3rd nite no kip n counting, wat did i try that wrkd", "sleep", ""),
    # very short moods
    ("On edge. Again.", "anxiety", ""),
    ("Low. Just low.", "low_mood", ""),
    # long stories ending in a question
    (
        "Started the new job in the lab three weeks ago, my manager is nice enough and the bus "
        "is fine, but every morning at the door I get this pounding in my chest and my hands go "
        "clammy. What's helped with that before?",
        "anxiety",
        "",
    ),
    (
        "My sister moved to Auckland in the spring and the house has been quiet since, I keep "
        "staring at the telly without taking anything in and not wanting to see anyone. What did "
        "I do last winter when I felt this flat?",
        "low_mood",
        "",
    ),
    (
        "Year-end at the practice, I'm buried under the VAT return and three client deadlines "
        "and the printer's broken again, what's helped me get through that kind of crunch?",
        "stress",
        "",
    ),
    # two feelings
    ("am I sadder on the days after I've been run ragged at work?", "low_mood", ""),
    ("Am I more worn out on the days I've spent fretting?", "energy", ""),
    # second person
    (
        "If you were me and the dread kicked in every Sunday evening, what would you look back "
        "at in here?",
        "anxiety",
        "",
    ),
    ("What would you say helps me get a full night without waking?", "sleep", ""),
    # time windows
    ("over the last month, which things pulled me out of a slump?", "low_mood", ""),
    (
        "past fortnight my nights have been choppy, any clue from my entries what helps?",
        "sleep",
        "",
    ),
    # negations
    ("not anxious, not tired, just sort of hollow and grey, any pattern to that?", "low_mood", ""),
    ("the nights I don't wake up rested, what did I do the evening before", "sleep", ""),
    # comparison
    (
        "Which end of the week leaves me more spent, Monday mornings or Friday teatimes?",
        "energy",
        "",
    ),
    (
        "Lido lengths versus a spin out on the bike: which leaves me in the brighter mood?",
        "activity",
        "exercise",
    ),
    # people by the app's convention
    (
        "Whenever Auntie Folake rings for a long natter, am I chirpier for the rest of "
        "the evening?",
        "activity",
        "Folake",
    ),
    ("how do I usually feel after Dr Ferreira's appointments", "activity", "Ferreira"),
    ("Does time round at Grandma's make me calmer?", "activity", "Grandma"),
    # places
    ("Does a long weekend in Pitlochry reset me at all?", "activity", "Pitlochry"),
    # canonical activities in new words
    ("Does pounding the pavements at dawn actually lift my mood?", "activity", "exercise"),
    (
        "is an hour pottering about under the sycamores good for me or just a nice idea",
        "activity",
        "nature",
    ),
    ("those after-tea strolls round the cul-de-sac, do they help me unwind", "activity", "walk"),
    ("whats cider on a school night doing to my mood", "activity", "alcohol"),
    (
        "pinning recipes on Pinterest under the duvet till gone one, is that what makes "
        "me snappy the next day",
        "activity",
        "screen late",
    ),
    ("does a good spy thriller before bed settle me", "activity", "reading"),
    (
        "half an hour of sax scales after tea, any lift in how I feel afterwards?",
        "activity",
        "music",
    ),
    (
        "my Wednesday sessions with the family therapist, are they making a difference?",
        "activity",
        "therapy",
    ),
    ("whipping up a big chilli on Sundays, good for me or not?", "activity", "cooking"),
    (
        "karaoke Thursdays with the girls from the office, do they cheer me up",
        "activity",
        "friends",
    ),
    (
        "Do visits home to my parents' farm put me in a better mood or a worse one?",
        "activity",
        "family",
    ),
    ("does a slow flow on the mat before work help my nerves?", "activity", "yoga"),
    (
        "writing a page about my day before bed, does it help me sleep better",
        "activity",
        "journaling",
    ),
    # activities the journal may not hold
    ("Does taekwondo on Tuesdays help my stress at all?", "activity", "taekwondo"),
    ("wild camping trips, do I come back better or worse", "activity", "wild camping"),
    # questions about the app or the world
    ("Is there a way to hide entries from my partner if he picks up the tablet?", "unknown", ""),
    ("On the winter solstice how early does it get dark up in Aberdeen?", "unknown", ""),
    ("Did Celtic win last night?", "unknown", ""),
    # indirect and emotional, continued
    ("running on fumes by half two every day, what gives me a bit of pep back", "energy", ""),
    ("legs like concrete and eyelids like sandbags all afternoon, what perks me up", "energy", ""),
    ("awake at 3.40 like clockwork, what's helped me drop back off", "sleep", ""),
    (
        "Feels like everything's landing on me at once this week, what have I done before when "
        "it piles up like this?",
        "stress",
        "",
    ),
    # when did I last / how long since
    (
        "Uncle Rafiq and I used to do Saturday breakfasts at the caff, when's the last "
        "one I wrote down?",
        "last_time",
        "Rafiq",
    ),
    ("how long since a week where I wasn't on edge the whole time", "last_time", "anxiety"),
    (
        "the last time I got my hands into bread dough, how far back was that",
        "last_time",
        "cooking",
    ),
)
