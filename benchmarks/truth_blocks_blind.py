"""Question blocks written blind by someone else from the fourth batch on (H-L), for
``bench_truth``; ``truth_blocks`` re-exports them (kept apart only so no module passes 700
lines). The conventions they were labelled by are in the comment above each block.
"""

from __future__ import annotations

# Written blind on 2026-12-01 by someone else (fourth batch, kept out of this file then),
# measured twice untouched (82 % with MiniLM and the learned topic classifier, 6 no-data cases
# answered with items), studied in round 18 and tuned on like D, F and G since. Its writer's
# conventions: a named activity, person or place is the subject even next to a feeling word
# (the person when a person and an activity are both named); with two feelings the one asked
# about wins (the object of helps / affects / makes, else the outcome asked after); negations,
# comparisons, time windows and second person keep the topic, but "since I started X" names X;
# "tired" / "drained" / "exhausted" is energy, waking and nights are sleep, workload and
# deadlines are stress, worry and panic are anxiety, hopeless and flat are low mood; a thing the
# journal may not hold is still the subject, as written; a question about the app or the world
# is unknown, even when it names sleep. Canonical activity names are only those of D, F and G
# (exercise for running, jogging and swimming, nature for the woods, screen late for late phone
# use, music, cooking, alcohol).
BLOCK_H: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    (
        "everything's gone grey and flat lately, what pulled me out of it last winter?",
        "low_mood",
        "",
    ),
    (
        "my heart's racing before every shift and I can't settle it, what worked before",
        "anxiety",
        "",
    ),
    ("I can barely drag myself off the sofa after work these days, what's going on", "energy", ""),
    (
        "3 nights now replaying every stupid conversation at 4am, anything in here that got me "
        "sleeping again?",
        "sleep",
        "",
    ),
    (
        "work deadlines, the house move and dad's operation all in the same month, what got me "
        "through last time everything stacked up",
        "stress",
        "",
    ),
    ("why am I so jumpy and on guard around people at the moment", "anxiety", ""),
    # typos and texting
    ("y do i feel so drainned evry afternoon", "energy", ""),
    ("im so strssed w wrk rn wat helpd b4", "stress", ""),
    ("is swiming actualy doing anything for my mood", "activity", "exercise"),
    ("cnt stop worryin bout evrything", "anxiety", ""),
    # very short
    ("panicky", "anxiety", ""),
    ("overloaded", "stress", ""),
    ("down in the dumps", "low_mood", ""),
    # long and rambling
    (
        "ok so I've been doing twelve hour days on the ward, then coming home to do tea and bath "
        "and bedtime for the kids, and by Thursday I'm a zombie and can barely keep my eyes open "
        "at the wheel, what helped last time I was this exhausted",
        "energy",
        "",
    ),
    (
        "not sure how to say this but since the breakup I've stopped answering messages, I don't "
        "go out, I just sit in my room and nothing seems to matter, have I been like this before "
        "and what got me out of it",
        "low_mood",
        "",
    ),
    (
        "my boss moved our one-to-one to Friday and ever since I've had this fluttery sick "
        "feeling in my stomach and I keep imagining what she's going to say, is this a pattern "
        "for me and what calmed me down before",
        "anxiety",
        "",
    ),
    # two feelings
    ("does worrying keep me awake", "sleep", ""),
    ("am I more on edge after a bad night", "anxiety", ""),
    ("what helps me get off to sleep when I'm stressed out", "sleep", ""),
    ("does being exhausted make me feel low", "low_mood", ""),
    ("when I'm anxious, what gives me a bit of energy back?", "energy", ""),
    # second person
    ("how do you stop feeling so hopeless", "low_mood", ""),
    ("what do you do when you keep waking at 4am", "sleep", ""),
    # time windows, negations and comparisons
    ("have I been more anxious since Christmas", "anxiety", ""),
    ("what didn't work for my low moods", "low_mood", ""),
    ("is my energy worse on Mondays than on Fridays", "energy", ""),
    ("have I slept better since I started yoga", "activity", "yoga"),
    ("was work less stressful over the summer", "stress", ""),
    # people
    (
        "Oluwaseun rang last night and I felt loads lighter after, is that a thing for me?",
        "activity",
        "Oluwaseun",
    ),
    ("am I more stressed on the weeks I see Marcus", "activity", "Marcus"),
    ("does playing tennis with Priyanka cheer me up", "activity", "Priyanka"),
    ("is Dervla the reason I'm so wound up", "activity", "Dervla"),
    # places
    ("am I calmer when I'm up in Edinburgh", "activity", "Edinburgh"),
    ("was my mood better the fortnight we were in Crete", "activity", "Crete"),
    ("do I get anxious every time I'm in London", "activity", "London"),
    # activities with canonical names
    ("do long walks in the woods settle me", "activity", "nature"),
    ("does a jog in the evening help me sleep", "activity", "exercise"),
    ("is being on my phone till midnight wrecking my sleep", "activity", "screen late"),
    ("do I sleep worse after a few glasses of wine", "activity", "alcohol"),
    ("does listening to music help when I'm anxious", "activity", "music"),
    ("on nights I cook a proper meal from scratch, am I more relaxed?", "activity", "cooking"),
    # things the journal may not hold
    ("has pottery made any difference to how stressed I've been", "activity", "pottery"),
    ("is birdwatching good for my head", "activity", "birdwatching"),
    ("does knitting calm me down", "activity", "knitting"),
    # the app or the world
    ("how do I export my entries to a PDF", "unknown", ""),
    ("what time should a teenager go to bed", "unknown", ""),
    ("who won the match last night", "unknown", ""),
    # when did I last …
    ("when did I last get out to the woods", "last_time", "nature"),
    ("how long's it been since I saw Tendai", "last_time", "Tendai"),
    ("last time I felt this anxious?", "last_time", "anxiety"),
)


# Written blind on 2026-12-01 by someone else (fifth batch, kept out of this file then),
# measured twice untouched (84 % with MiniLM and the learned topic classifier, 3 no-data cases
# answered with items), studied in round 20 and tuned on like D-H since. Its writer's
# conventions are H's, with "worn out" also energy, nerves also anxiety, low also low mood, and
# nature the woods and the forest.
BLOCK_I: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("my stomach's in knots about the hospital results, what settled me last time", "anxiety", ""),
    (
        "it's like someone turned the colour down on everything since October, did anything "
        "lift it before",
        "low_mood",
        "",
    ),
    ("by 2pm I'm running on fumes and the whole afternoon just vanishes, why", "energy", ""),
    (
        "lying there till the birds start most nights, what got me back to proper nights before?",
        "sleep",
        "",
    ),
    (
        "three reports due, the audit and parents' evening all in one week, how did I cope "
        "the last time it piled up like this",
        "stress",
        "",
    ),
    ("nothing seems worth getting up for at the minute, what helped before", "low_mood", ""),
    # typos and texting
    ("cant get 2 sleep b4 3 evry nite wat helps", "sleep", ""),
    ("feelin so anxus lately wat do i do", "anxiety", ""),
    ("does runnin evn help my mood tbh", "activity", "exercise"),
    ("so knackerd all the tme", "energy", ""),
    # very short
    ("jittery", "anxiety", ""),
    ("swamped", "stress", ""),
    ("feeling blue", "low_mood", ""),
    # long and rambling
    (
        "right so the boiler went, then the car, then my manager dumped the whole quarterly "
        "review on me with a week to go and I've been at the laptop till midnight every night "
        "trying to keep up, what did I do last time it all got too much at work",
        "stress",
        "",
    ),
    (
        "my sister's wedding is on Saturday and I'm giving a speech in front of a hundred and "
        "fifty people, I've been rehearsing it to the cat all week and every time I picture "
        "standing up my hands go clammy and my heart pounds, what helped my nerves last time",
        "anxiety",
        "",
    ),
    (
        "since the clocks went back I leave work in the dark, have toast for tea and I'm too "
        "worn out to even ring my mum back, it's been like this for a month, is there "
        "anything in my entries about what perks me up",
        "energy",
        "",
    ),
    # two feelings
    ("when I'm stressed I can't sleep, what helps the sleep side of it", "sleep", ""),
    ("after a day of worrying, am I more tired the next morning?", "energy", ""),
    ("I'm low and worried both, but mainly what helps the worry", "anxiety", ""),
    # second person
    ("what do you reckon helps me when I'm panicking", "anxiety", ""),
    ("when you feel like nothing will ever get better, what helps", "low_mood", ""),
    # time windows, negations and comparisons
    ("was I less anxious in the summer than I am now?", "anxiety", ""),
    ("have I been sleeping any worse over the last fortnight", "sleep", ""),
    ("since I started pilates has my mood changed at all", "activity", "pilates"),
    ("why am I not as drained as I was back in spring", "energy", ""),
    ("is my workload heavier this month than last", "stress", ""),
    # people
    ("does seeing Mairead always lift me or does it just feel that way", "activity", "Mairead"),
    ("I always seem on edge after Brendan comes round, is that real", "activity", "Brendan"),
    ("am I calmer on the days I talk to Kemi and go swimming", "activity", "Kemi"),
    ("is Siobhan a good influence on my anxiety", "activity", "Siobhan"),
    ("what happens to my sleep when Jonas stays over", "activity", "Jonas"),
    # places
    ("do I feel better after weekends in Galway", "activity", "Galway"),
    ("was Lisbon where I was happiest this year", "activity", "Lisbon"),
    ("I always come back from Cornwall feeling flat, is that right?", "activity", "Cornwall"),
    # activities with canonical names
    ("does a swim before work take the edge off my stress", "activity", "exercise"),
    ("are the walks in the forest doing me any good", "activity", "nature"),
    ("scrolling in bed till 1am, is that why I'm shattered", "activity", "screen late"),
    ("is it the Friday pints that leave me so low by Saturday afternoon", "activity", "alcohol"),
    ("is music in the evenings helping me wind down", "activity", "music"),
    ("does making a proper dinner from scratch help my mood", "activity", "cooking"),
    ("is my morning jog helping my sleep", "activity", "exercise"),
    # things the journal may not hold
    ("I've taken up crochet, any sign it settles me?", "activity", "crochet"),
    ("has tai chi done anything for my nerves", "activity", "tai chi"),
    ("how is my mood on bouldering nights", "activity", "bouldering"),
    # the app or the world
    ("how many entries have I written this year", "unknown", ""),
    ("how much sleep is an adult supposed to get", "unknown", ""),
    ("can I export my journal as a PDF", "unknown", ""),
    # when did I last …
    ("when did Ngozi and I last meet up", "last_time", "Ngozi"),
    ("when was I last under this much pressure", "last_time", "stress"),
    ("when was the last time I went running", "last_time", "exercise"),
)


# Written blind on 2026-12-01 by a new writer (sixth batch, kept out of this file then),
# measured twice untouched (66 % and 68 % with MiniLM and the learned topic classifier, 5
# no-data cases answered with items), studied in round 21 and tuned on like D-I since. Its
# writer's conventions are I's, with "since I took up X" also naming X; "wiped out", "no energy"
# and eyelids going at the desk also energy; everything landing at once also stress; fretting
# and being keyed up also anxiety; mopey and pointless also low mood; a thing the journal may
# not hold written as the person wrote it; music for playing an instrument, cooking for making a
# meal, screen late for an app at 1am. "When was the last time" and "how long since I last" are
# last_time, and with a feeling they take that feeling's topic as the subject. Its writer kept a
# family word before a name ("Auntie Grace"); the row is relabelled "Grace" by the convention of
# block A and the written corpus (a title or family word before a name is dropped), the one
# change to its labels.
BLOCK_J: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    (
        "the second my phone buzzes with a work message my chest seizes up, what got me through "
        "that before",
        "anxiety",
        "",
    ),
    (
        "nothing seems to matter to me since the move, was there anything that brought me "
        "round before",
        "low_mood",
        "",
    ),
    ("by eleven my eyelids are going at my desk, why", "energy", ""),
    (
        "keep coming round at 4 and that's me done for the night, what got me sleeping through "
        "before",
        "sleep",
        "",
    ),
    (
        "the rota, the inspection and my dissertation all land in the same fortnight, what did I "
        "do when it was like this before",
        "stress",
        "",
    ),
    (
        "can't be bothered with anyone or anything lately, what helped me last winter",
        "low_mood",
        "",
    ),
    # typos and texting
    ("wat helpd wen i was panickin b4 my exams", "anxiety", ""),
    ("no kip agen, wot sorted it last time", "sleep", ""),
    ("cookn tea evry nite any gud 4 my head or nah", "activity", "cooking"),
    ("ive got zero enrgy this wk", "energy", ""),
    # very short
    ("keyed up and twitchy", "anxiety", ""),
    ("wiped out", "energy", ""),
    ("mopey and glum", "low_mood", ""),
    # long and rambling
    (
        "so the landlord's selling up and I've got two months to find somewhere, the car needs a "
        "new clutch and we're a person down at work so I'm covering all the lates, what did I do "
        "last time everything landed at once",
        "stress",
        "",
    ),
    (
        "my driving test is Thursday and I've failed the last two, I keep picturing the roundabout "
        "by the station and my palms go clammy just thinking about it, what helped with the "
        "nerves before",
        "anxiety",
        "",
    ),
    (
        "twelve-hour days at the farm shop then the kids' tea and baths and by nine I'm flat out "
        "on the sofa and can't move, has anything given me more get-up-and-go before",
        "energy",
        "",
    ),
    # two feelings
    ("do my frazzled weeks show up as bad nights", "sleep", ""),
    ("does feeling anxious leave me more tired the next day", "energy", ""),
    ("never mind the insomnia for now, what helps when I'm this flat", "low_mood", ""),
    # second person
    ("in your view, what's my best fix when work's burying me", "stress", ""),
    ("tell me straight, what picks me up when I'm flat", "low_mood", ""),
    # time windows, negations and comparisons
    ("what eased my anxiety back in the spring", "anxiety", ""),
    ("what made no difference at all to my sleep", "sleep", ""),
    ("is my tiredness worse Monday to Friday or the same on Saturdays and Sundays", "energy", ""),
    ("have things been any calmer since I took up yoga at the community hall", "activity", "yoga"),
    ("over the past month what got me through the low days", "low_mood", ""),
    # people
    ("Tomasz came round twice this month, was I brighter afterwards", "activity", "Tomasz"),
    ("Auntie Grace on the phone, does that cheer me up", "activity", "Grace"),
    ("when I'm fretting, is an afternoon with Farida any use", "activity", "Farida"),
    ("Oksana rings every Sunday, am I steadier afterwards", "activity", "Oksana"),
    (
        "I've been doing the canal loop with Declan on Tuesdays, has it taken the edge off "
        "work pressure",
        "activity",
        "Declan",
    ),
    # places
    ("nights at the caravan in Tenby, do I actually get any rest there", "activity", "Tenby"),
    ("that weekend in Edinburgh, what was I like after it", "activity", "Edinburgh"),
    ("does a trip to Bruges lift me", "activity", "Bruges"),
    # activities with canonical names
    ("the mornings I swim lengths before my shift, am I in better spirits", "activity", "exercise"),
    ("do forest walks do anything for my worrying", "activity", "nature"),
    ("is it TikTok at 1am that's messing my nights up", "activity", "screen late"),
    ("the morning after a couple of glasses of wine, am I worse", "activity", "alcohol"),
    ("when I sit at the piano of an evening, am I better for it", "activity", "music"),
    ("evenings I make a curry from scratch, am I less wound up", "activity", "cooking"),
    ("jogging round the park of an evening, worth it mood-wise?", "activity", "exercise"),
    # things the journal may not hold
    ("any sign that the knitting settles me when I'm worked up", "activity", "knitting"),
    ("has the pottery course on Wednesdays done me any good", "activity", "pottery"),
    ("what about kayaking, does it do me any good", "activity", "kayaking"),
    # the app or the world
    ("can this thing print my journal out for my therapist", "unknown", ""),
    ("is it going to chuck it down in Cardiff on Saturday", "unknown", ""),
    ("is seven hours enough kip for someone my age, generally speaking", "unknown", ""),
    # when did I last …
    ("how long's it been since Rhiannon and I had a proper catch-up", "last_time", "Rhiannon"),
    ("last time my nerves were this shot, when was that", "last_time", "anxiety"),
    (
        "my last swim at the leisure centre, how many weeks back was that",
        "last_time",
        "exercise",
    ),
)


# Written blind on 2026-12-01 by a new writer (seventh batch, kept out of this file then),
# measured twice untouched (76 % and 78 % with MiniLM and the learned topic classifier, 2 and 1
# no-data cases per seed answered with items), studied in round 22 and tuned on like D-J since.
# Its writer's conventions are J's, with "running on fumes / on empty" and sluggish also energy;
# jittery, edgy, on edge and a held breath at the inbox also anxiety; grey, blue, "a low" and
# going quiet on friends also low mood; a to-do list with its own to-do list, things piling up
# and "the pressure" also stress; pints alcohol, a jog and laps at the pool exercise, strumming
# a guitar music, knocking up a stew cooking, the trees in the park nature, the phone under the
# duvet past midnight screen late, sun salutations and the yoga mat yoga; a named person beats
# a feeling or an activity in the same question; "my last catch-up with X, was that before
# Easter" is last_time / X. People follow the app's convention (block A, the written corpus):
# a family word or title before a name gives the name ("Nana Rose" → Rose, "Uncle Tevita" →
# Tevita, "Dr Okonjo" → Okonjo; "Nana" alone would be the person). Its writer kept the titles;
# those three subjects are relabelled, the one change to its labels.
BLOCK_K: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    (
        "I catch myself holding my breath every time I open my inbox, has anything settled "
        "that before",
        "anxiety",
        "",
    ),
    (
        "everything's gone a bit grey, even the stuff I normally look forward to, what "
        "brought the colour back last winter",
        "low_mood",
        "",
    ),
    (
        "by Tuesday lunchtime I'm running on fumes, what's given me a bit of oomph in the past",
        "energy",
        "",
    ),
    (
        "the clock says 4:12 most nights when I look at it, what's kept me under till the "
        "alarm before",
        "sleep",
        "",
    ),
    (
        "my to-do list has its own to-do list, how have I coped when things piled up like this",
        "stress",
        "",
    ),
    (
        "I've stopped answering my friends and can't really say why, what pulled me out of "
        "that before",
        "low_mood",
        "",
    ),
    # typos and texting
    ("wat sorts me out wen im jittery the nite b4 smthn big", "anxiety", ""),
    ("cnt drop off agn 2nite, wat workd b4??", "sleep", ""),
    ("tbh is jogin even doin anythin 4 my head or nah", "activity", "exercise"),
    ("sooo knackered lol wat gives me get up n go", "energy", ""),
    # very short
    ("edgy.", "anxiety", ""),
    ("running on empty", "energy", ""),
    ("bit blue today", "low_mood", ""),
    # long and rambling
    (
        "the landlord's selling so we've got eight weeks to find somewhere, my manager's off "
        "so I'm doing her rota as well as mine, and the car failed its MOT on Saturday, how "
        "did I get through a month like this before",
        "stress",
        "",
    ),
    (
        "the hospital rang to say they want to repeat the scan and they wouldn't tell me why on "
        "the phone, it's not till the 19th and I keep googling things I shouldn't, what's "
        "calmed me down while waiting for results before",
        "anxiety",
        "",
    ),
    (
        "the new neighbours have a baby who screams from two till four and the walls are like "
        "paper, I've tried earplugs and the sofa in the front room, what's actually got me "
        "some proper nights in the past",
        "sleep",
        "",
    ),
    # two feelings
    ("when I'm worried about money do my nights get worse", "sleep", ""),
    ("does stress at work drain the life out of me by the evening", "energy", ""),
    (
        "what's helped with the low that hits me after a really stressful day",
        "low_mood",
        "",
    ),
    # second person
    ("you've seen my entries, what usually calms my nerves", "anxiety", ""),
    ("if you had to guess, what lifts me on the flat days", "low_mood", ""),
    # time windows, negations and comparisons
    ("over the last fortnight, what's made me feel less on edge", "anxiety", ""),
    ("this month, has anything helped me sleep through", "sleep", ""),
    ("weeks with no Saturday shift, is the pressure any lighter", "stress", ""),
    ("is my mood better or worse since I took up gardening", "activity", "gardening"),
    ("I wasn't sluggish at all in the spring, what was different then", "energy", ""),
    # people
    ("Sunday dinners at Nana Rose's, do they lift me or not really", "activity", "Rose"),
    ("ringing Kwame on the way home, does it settle me", "activity", "Kwame"),
    ("the morning after a night out with Bronagh, better or worse", "activity", "Bronagh"),
    ("has going fishing with Uncle Tevita done me any good", "activity", "Tevita"),
    ("do my sessions with Dr Okonjo make a difference to my sleep", "activity", "Okonjo"),
    # places
    ("does a weekend in Whitby lift me", "activity", "Whitby"),
    ("how am I after the trips to Galway", "activity", "Galway"),
    ("did Lisbon do me any good or was I just tired the whole time", "activity", "Lisbon"),
    # activities with canonical names
    ("does doing laps at the pool help my head", "activity", "exercise"),
    ("walking under the trees in the big park, does that help when I'm low", "activity", "nature"),
    ("phone under the duvet till gone 1, is that why I'm a wreck", "activity", "screen late"),
    ("does strumming the guitar after work settle me", "activity", "music"),
    ("when I knock up a stew on a Sunday am I happier after", "activity", "cooking"),
    ("are a few pints on a Friday doing me more harm than good", "activity", "alcohol"),
    ("sun salutations before breakfast, worth it or not", "activity", "yoga"),
    # things the journal may not hold
    ("has archery helped my concentration", "activity", "archery"),
    ("does bouldering take my mind off things", "activity", "bouldering"),
    ("is crochet good for me when I'm anxious", "activity", "crochet"),
    # the app or the world
    ("does this app keep my entries private", "unknown", ""),
    ("how many steps a day should a person my age be doing", "unknown", ""),
    ("is it normal for everyone to feel low in January", "unknown", ""),
    # when did I last …
    ("my last catch-up with Imogen, was that before or after Easter", "last_time", "Imogen"),
    ("not been this wiped out in ages, how far back was the last time", "last_time", "energy"),
    ("how many weeks since I rolled out the yoga mat", "last_time", "yoga"),
)


# Written blind on 2026-12-01 by a new writer (eighth batch, kept out of this file then),
# measured twice untouched (78 % and 80 % with MiniLM and the learned topic classifier, 3
# no-data cases per seed answered with items both times), studied in round 23 and tuned on like
# D-K since. Its writer's conventions are K's, with knackered, shattered, done in and zonked
# also energy; the collywobbles, twitchy, panic rising and the what-ifs also anxiety; a wet
# weekend, glum, rubbish, heavy and not seeing the point of getting dressed also low mood; being
# squeezed from every side and work coming from every direction also stress; a 5k exercise, a
# ramble through the forest nature, doomscrolling under the covers till 1am screen late,
# bashing away on the drums and the ukulele music, batch cooking cooking, glasses of red
# alcohol, downward dog yoga. People follow the app's convention, as its writer labelled them: a
# family word or title before a name gives the name ("Grandad Len" → Len, "Dr Haddad" →
# Haddad); a family word alone is the person as written ("Nana's" → Nana).
BLOCK_L: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("what gets me out of my own head once the what-ifs start spiralling", "anxiety", ""),
    (
        "when I can't see the point of getting dressed, what's pulled me round before",
        "low_mood",
        "",
    ),
    ("anything that gives me a spark when I'm dragging myself through the afternoon", "energy", ""),
    ("what's worked on the nights I'm watching the clock at 3am", "sleep", ""),
    ("what kept me afloat the last few times work came at me from every direction", "stress", ""),
    ("I've felt heavy and rubbish for days on end, what usually shifts it", "low_mood", ""),
    # typos and texting
    ("panic rising agn, wot settles it", "anxiety", ""),
    ("awake agen @ 4 smh wot gets me bak to sleep", "sleep", ""),
    ("did the runnin actualy do me any gud", "activity", "exercise"),
    ("permanantly shattered lately, wot sorts it", "energy", ""),
    # very short
    ("collywobbles", "anxiety", ""),
    ("zonked", "energy", ""),
    ("bit of a wet weekend, me", "low_mood", ""),
    # long and rambling
    (
        "Between the inspection at work, two reports to write and my sister's wedding admin, I "
        "feel like I'm being squeezed from every side. What got me through the last time it "
        "was this much?",
        "stress",
        "",
    ),
    (
        "Had an interview this morning and my heart was going like the clappers in the waiting "
        "room, then again on the bus home for no reason at all, and now I'm dreading tomorrow. "
        "What's settled me before?",
        "anxiety",
        "",
    ),
    (
        "The baby's finally going through the night but I'm not, I lie there listening to the "
        "monitor hiss and the boiler ticking over until the birds start. Have I ever found "
        "anything that got me off to sleep?",
        "sleep",
        "",
    ),
    # two feelings
    ("if the kids have got me wound up, are my nights rougher", "sleep", ""),
    ("when I'm in a low patch, does it sap my energy", "energy", ""),
    ("when I'm physically run down, do I end up glum", "low_mood", ""),
    # second person
    ("what do you reckon settles my nerves best", "anxiety", ""),
    ("you've read my entries, what lifts me when I'm feeling rubbish", "low_mood", ""),
    # time windows, negations and comparisons
    ("was I less twitchy in the weeks I wasn't on the late rota", "anxiety", ""),
    ("have my nights been any better since October", "sleep", ""),
    ("am I more frazzled in weeks packed with meetings", "stress", ""),
    ("since I started knitting, am I any calmer", "activity", "knitting"),
    ("compared with weekdays, am I less knackered on Saturdays and Sundays", "energy", ""),
    # people
    ("do I perk up after visiting Grandad Len", "activity", "Len"),
    ("what's my mood like after a natter on the phone with Auntie Bisi", "activity", "Bisi"),
    ("since the sessions with Dr Haddad began, have my nights changed", "activity", "Haddad"),
    (
        "when work's piling up, is a stroll round the block with Siobhan worth it",
        "activity",
        "Siobhan",
    ),
    ("weekends stopping over at Nana's, do they settle me down", "activity", "Nana"),
    # places
    ("did the week in Tenby do me good", "activity", "Tenby"),
    ("does going back to Cork lift me", "activity", "Cork"),
    (
        "whenever I've been up in Edinburgh, have I come back in better shape",
        "activity",
        "Edinburgh",
    ),
    # activities with canonical names
    ("on mornings I squeeze in a 5k before work, am I better for it", "activity", "exercise"),
    ("is a ramble through the forest good for me", "activity", "nature"),
    ("what does doomscrolling under the covers till 1am do to me", "activity", "screen late"),
    ("is bashing away on the drums in the garage any good for me", "activity", "music"),
    ("batch cooking on a Sunday, does it help my week", "activity", "cooking"),
    ("how do a couple of glasses of red affect me", "activity", "alcohol"),
    ("a few rounds of downward dog when I get up, does that do anything", "activity", "yoga"),
    # things the journal may not hold
    ("those paddleboarding sessions on the lake, any use", "activity", "paddleboarding"),
    ("what about pottery, has that done anything for me", "activity", "pottery"),
    (
        "has all the birdwatching at the reservoir done anything for my mood",
        "activity",
        "birdwatching",
    ),
    # the app or the world
    ("can this app send my doctor a summary of how I've been", "unknown", ""),
    ("is it true cold showers cure anxiety", "unknown", ""),
    ("is ten thousand steps a real target or just marketing", "unknown", ""),
    # when did I last …
    ("how long's it been since Uncle Kofi came round for jollof", "last_time", "Kofi"),
    ("totally done in tonight, when was I last like this", "last_time", "energy"),
    ("the ukulele's gathering dust, how long since I last played it", "last_time", "music"),
)
