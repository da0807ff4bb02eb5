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

# Written blind on 2026-12-04 by a new writer (twenty-second batch, kept out of this file then),
# measured twice untouched (78 % and 78 % with MiniLM and the learned topic classifier, 1 no-data
# case per seed answered with items both times), studied in round 37 and tuned on like D-Y. Its
# writer's conventions are Y's; the new wordings it brought are listed in the ledger's batch
# note: a throat closing at a landlord's name and fizzing hands before a stand-up as anxiety,
# everything tasting of nothing and a week sliding past like a steamed-up bus window as low
# mood, a battery drained by mid-morning as energy, sums in the head at half four as sleep,
# spread so thin as stress; a rowing machine, beechwoods, a reservoir amble, lagers midweek,
# YouTube under the covers, a doorstop fantasy series, ukulele chords, a counsellor, a curry
# from scratch, quiz night, a sister's lot, stretches on the mat and a worry notebook as the
# canonical activities; fencing and paddleboarding not canonical, as written; Whitby a place.
BLOCK_Z: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    (
        "why does my throat close up every time the landlord's name pops up on my phone",
        "anxiety",
        "",
    ),
    ("what's behind the fizzing in my hands before the Monday stand-up", "anxiety", ""),
    ("everything tastes of nothing lately, is there a pattern to that", "low_mood", ""),
    (
        ("why does the week slide past like I'm watching it through a steamed-up bus window"),
        "low_mood",
        "",
    ),
    ("what drains my battery by mid-morning", "energy", ""),
    ("why am I lying there doing sums in my head at half four", "sleep", ""),
    ("what's got me spread so thin that nothing gets finished", "stress", ""),
    (
        (
            "which bits of this month have me pulled between the shop, the kids and Mum's "
            "appointments"
        ),
        "stress",
        "",
    ),
    # typos and texting
    ("y am i so on edge b4 the school gates", "anxiety", ""),
    ("wat makes me sleep so rubbish on sundays", "sleep", ""),
    ("im knackerd by 3 evry day whats that about", "energy", ""),
    # very short moods
    ("so down", "low_mood", ""),
    ("wired and can't settle?", "anxiety", ""),
    # long stories ending in a question
    (
        (
            "My partner started night shifts in October, the flat is silent when I get in, "
            "I eat toast standing up and go to bed at nine without meaning to. Is it the "
            "empty evenings making me this low?"
        ),
        "low_mood",
        "",
    ),
    (
        (
            "Since the team got halved I've been covering two rotas, answering emails in "
            "the queue at Lidl and forgetting my own dentist. What in my entries lines up "
            "with feeling this swamped?"
        ),
        "stress",
        "",
    ),
    (
        (
            "We drove up to see my cousin Tariq in Carlisle last weekend, it rained the "
            "whole time but we laughed more than we have in ages. Did seeing Tariq lift my "
            "mood?"
        ),
        "activity",
        "Tariq",
    ),
    # two feelings
    ("am I more jittery or more worn out on the days I skip lunch", "anxiety", ""),
    # second person
    ("you've read my entries, what keeps waking me at dawn", "sleep", ""),
    ("can you tell me what's sapping my get-up lately", "energy", ""),
    # time windows
    ("looking back over the last fortnight, why's everything felt so leaden", "low_mood", ""),
    ("since Easter, what's set my nerves off most", "anxiety", ""),
    ("across these last ten nights, why is my sleep so patchy", "sleep", ""),
    # negations
    ("why don't I ever feel rested even after nine hours in bed", "sleep", ""),
    ("I'm not sad exactly, just grey and blank, what's causing it", "low_mood", ""),
    # comparison (two forms of one activity weighed against each other name that activity, the
    # first thing named being the subject, as Y's lido lengths against a spin on the bike)
    (
        "do I have more pep after a swim or after a jog round the reservoir",
        "activity",
        "exercise",
    ),
    # people by the app's convention
    (
        "do my Saturday brunches with Aunty Bisi put me in a better frame of mind",
        "activity",
        "Bisi",
    ),
    ("am I chirpier after Grandad rings from the care home", "activity", "Grandad"),
    ("what happens to my mood after seeing my stepmum Oonagh", "activity", "Oonagh"),
    # places
    ("after a couple of nights away in Whitby, is my head any quieter", "activity", "Whitby"),
    # canonical activities in new words
    ("does a hard session on the rowing machine lift me", "activity", "exercise"),
    ("what does wandering the beechwoods at Burnham do for my head", "activity", "nature"),
    ("does a lunchtime amble round the reservoir help", "activity", "walk"),
    ("what does a couple of lagers midweek do to my mood", "activity", "alcohol"),
    ("is scrolling YouTube under the covers past one wrecking me", "activity", "screen late"),
    ("does losing myself in a doorstop fantasy series help me switch off", "activity", "reading"),
    ("how am I after banging out chords on the ukulele", "activity", "music"),
    ("do my fortnightly chats with the counsellor make a difference", "activity", "therapy"),
    ("does rustling up a proper curry from scratch perk me up", "activity", "cooking"),
    ("am I brighter after quiz night with the old uni crowd", "activity", "friends"),
    ("what do Sunday visits to my sister's lot do for me", "activity", "family"),
    ("do stretches on the mat before work settle me", "activity", "yoga"),
    ("does scribbling out my worries in a notebook at night help", "activity", "journaling"),
    # activities the journal may not hold
    ("are my moods any better on fencing nights at the leisure centre", "activity", "fencing"),
    ("how am I on the days I go paddleboarding", "activity", "paddleboarding"),
    # questions about the app or the world
    ("is there a dark theme hidden somewhere in the settings", "unknown", ""),
    ("will it rain on the Leeds half marathon on Saturday", "unknown", ""),
    ("what was the final score in the Ally Pally match", "unknown", ""),
    # when did I last / how long since
    ("which Sunday did I last sit down with the watercolour set", "last_time", "painting"),
    ("how many months since Uncle Jomo and I went for our curry", "last_time", "Jomo"),
    ("what date did the flat empty feeling last hang over me", "last_time", "low_mood"),
)

# Written blind on 2026-12-04 by a new writer (twenty-third batch, kept out of this file then),
# measured twice untouched (82 % and 82 % with MiniLM and the learned topic classifier, 11 no-data
# questions per seed and none answered with items both times), studied in round 38 and tuned on
# like D-Z. Its writer's conventions are Z's; the new wordings it brought are listed in the
# ledger's batch note: a chest gone fluttery and cold, a wobble in the throat, knotted up inside
# and clammy hands as anxiety, a greyness like the colour turned down and evenings worse over
# weeks as low mood, propping the head up at the desk and legs like wet string as energy,
# surfacing at twenty past four and lying wide awake till 1 as sleep, everything arriving on the
# same Tuesday as stress; skipping rope, a hazel coppice, a saunter round the green, pale ale,
# box sets till gone midnight, a fat Russian novel, the tin whistle, a therapist at the Mind
# centre, a pot of jollof, darts nights, weekends with mam and dad, a YouTube yoga flow and a
# pocket notebook as the canonical activities; axe throwing and beekeeping not canonical, as
# written; Saltburn a place.
BLOCK_AA: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    (
        "Whenever the nursery rings mid-morning my whole chest goes fluttery and cold, what's "
        "helped that before?",
        "anxiety",
        "",
    ),
    (
        "There's a greyness over the days lately, like someone's turned the colour down on "
        "everything. What's lifted it in the past?",
        "low_mood",
        "",
    ),
    (
        "By three in the afternoon I'm propping my head up with one hand at the desk. Is there "
        "a pattern to that?",
        "energy",
        "",
    ),
    (
        "I keep surfacing at twenty past four and lying there listening to the boiler tick over; "
        "what's helped me get back off?",
        "sleep",
        "",
    ),
    (
        "Work, the kids' school forms, the car's service, my mum's appointments, it's all "
        "arriving on the same Tuesday. What took the edge off before?",
        "stress",
        "",
    ),
    (
        "I get this wobble in my throat before any one-to-one with my manager; does anything in "
        "here settle it?",
        "anxiety",
        "",
    ),
    # typos and texting
    ("legs like wet string b4 10 on mondays, y is that", "energy", ""),
    ("lyin there wide awake til 1 evry nite rn, wot works 4 me", "sleep", ""),
    ("feelin proper down 2day, wat usually sorts me out", "low_mood", ""),
    # very short moods
    ("Skittery as a cat today.", "anxiety", ""),
    ("Low-key miserable all week.", "low_mood", ""),
    ("Knotted up inside.", "anxiety", ""),
    # long stories ending in a question
    (
        "My flatmate Sanjay moved out to Bristol at Easter and the flat's been so quiet; I've "
        "been eating toast for tea, not bothering to open the curtains at weekends, and even the "
        "telly doesn't hold me. Has anything in here pulled me out of a patch like this?",
        "low_mood",
        "",
    ),
    (
        "We've had the builders in since October and the kitchen's a shell, the boss has added "
        "two accounts to my list and my dad's back in hospital in Swansea, so honestly "
        "everything is pressing on everything. What helped when it was like this before?",
        "stress",
        "",
    ),
    (
        "I started at the hospice in Ipswich last month, the team are kind and the drive's "
        "fine, but every night I'm lying awake till two replaying the handover. Has anything "
        "helped me drop off on nights like that?",
        "sleep",
        "",
    ),
    (
        "My brother's getting married in Kraków in May and I've got to give a speech in front "
        "of his fiancée's whole family; just picturing it my hands go clammy. What's steadied "
        "my nerves in the past?",
        "anxiety",
        "",
    ),
    # two feelings
    ("When I'm down in myself does it mess up my nights?", "sleep", ""),
    ("Do my jittery days leave me more drained the next morning?", "energy", ""),
    # second person
    (
        "If you're wound up about money and you can't switch off, what has helped you before?",
        "stress",
        "",
    ),
    ("When you wake at 5 and can't get back over, what did you try that worked?", "sleep", ""),
    # time windows
    ("Across the last six weeks, have the evenings been worse for my mood?", "low_mood", ""),
    ("Since the clocks went forward have I had more get-up-and-go or less?", "energy", ""),
    # negations
    ("Which things have NOT helped when I've been wired with worry?", "anxiety", ""),
    ("Apart from the telly, what hasn't dragged my low weeks down further?", "low_mood", ""),
    # comparison
    (
        "Does skipping rope in the garage beat a long walk for clearing my head?",
        "activity",
        "exercise",
    ),
    # people by the app's convention
    ("Do I come home lighter after coffee with Auntie Yewande?", "activity", "Yewande"),
    (
        "Is my mood any better on the weekends my stepbrother Callum stays over?",
        "activity",
        "Callum",
    ),
    (
        "Uncle Kwabena rang twice this week, do those calls tend to cheer me up?",
        "activity",
        "Kwabena",
    ),
    (
        "Am I more settled after an afternoon round at Nain's doing the crossword?",
        "activity",
        "Nain",
    ),
    # places
    ("Has a day out at Saltburn ever perked me up?", "activity", "Saltburn"),
    # canonical activities in new words
    (
        "Does a wander through the hazel coppice behind the estate settle me?",
        "activity",
        "nature",
    ),
    (
        "Is a saunter round the village green after supper worth it for my sleep?",
        "activity",
        "walk",
    ),
    ("Do the weeknight bottles of pale ale leave me flatter?", "activity", "alcohol"),
    (
        "What does binge-watching box sets on the iPad till gone midnight do to me the next day?",
        "activity",
        "screen late",
    ),
    (
        "Do the evenings I spend buried in a fat Russian novel end calmer?",
        "activity",
        "reading",
    ),
    ("Is practising the tin whistle good for my head?", "activity", "music"),
    (
        "Have the weekly hours with my therapist at the Mind centre made a difference?",
        "activity",
        "therapy",
    ),
    ("Do I feel better on the Sundays I make a big pot of jollof?", "activity", "cooking"),
    (
        "Are darts nights with the lads from the allotments good for me?",
        "activity",
        "friends",
    ),
    (
        "Weekends back home with my mam and dad, do they help or hurt?",
        "activity",
        "family",
    ),
    (
        "Has the twenty-minute flow from that YouTube yoga teacher done anything for my mood?",
        "activity",
        "yoga",
    ),
    (
        "Does jotting the day's small wins in a pocket notebook help me sleep?",
        "activity",
        "journaling",
    ),
    # activities the journal may not hold
    ("Did axe throwing with work do me any good?", "activity", "axe throwing"),
    (
        "Has taking up beekeeping with the club on the common done anything for my nerves?",
        "activity",
        "beekeeping",
    ),
    # questions about the app or the world
    ("Is there a way to hide the journal's icon on my home screen?", "unknown", ""),
    ("What time's high tide at Saltburn on Saturday?", "unknown", ""),
    ("Did Leinster win at the weekend?", "unknown", ""),
    # when did I last / how long since
    ("How many weekends ago did I last see my cousin Idris?", "last_time", "Idris"),
    (
        "The last time I had a proper panic, was it before or after Bonfire Night?",
        "last_time",
        "anxiety",
    ),
    (
        "Therapy's gone by the wayside lately; what date was the most recent session I wrote "
        "about?",
        "last_time",
        "therapy",
    ),
)
