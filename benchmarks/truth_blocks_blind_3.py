"""Question blocks written blind by someone else from the fourteenth batch on (R-S), for
``bench_truth``; ``truth_blocks`` re-exports them (kept apart from ``truth_blocks_blind_2``,
which holds M-Q, only so no module passes 700 lines). The conventions they were labelled by are
in the comment above each block.
"""

from __future__ import annotations

# Written blind on 2026-12-03 by a new writer (fourteenth batch, kept out of this file then),
# measured twice untouched (78 % and 80 % with MiniLM and the learned topic classifier, 2
# no-data cases per seed answered with items both times), studied in round 29 and tuned on like
# D-Q since. Its writer's conventions are Q's, with a chest like a drum before work, churning
# before the school run, nervy as anything and edgier this month than last also anxiety;
# everything behind frosted glass, crying on and off all week, a gloomy or grey spell and
# weepier when shattered also low mood; knackered by lunch, batteries in the red, a zombie who
# can't lift a fork and wiped out by the afternoon also energy; zero shut-eye, up at 3 again,
# waking at four and staring at the ceiling also sleep; frazzled, wound up tight about money and
# crunch times also stress; pounding the treadmill, cycling and lengths in the pool exercise,
# pottering around the beech woods nature, a couple of ciders alcohol, Instagram in the dark
# till 1 screen late, a grief counsellor therapy, a detective novel reading, bashing away on a
# drum kit music, brunches with the girls friends, child's pose on the mat yoga, jotting
# thoughts down at night journaling; knitting and rock pooling not canonical, as written; an
# allotment and a flea market as places; getting the journal out as a PDF, how much sleep a
# grown-up needs and the snooker score unknown; "last proper natter with X, which week" and "how
# many weeks since the nerves last got the better of me" last_time. People follow the app's
# convention, as in L-Q.
BLOCK_R: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("What do I usually do on the days my chest feels like a drum before work?", "anxiety", ""),
    (
        "Everything feels like it's behind frosted glass lately, what's lifted that before?",
        "low_mood",
        "",
    ),
    ("When I can't get out of my own head at the office, what's settled me?", "anxiety", ""),
    # typos and texting
    ("wat helps wen im knackerd by lunch", "energy", ""),
    ("up at 3 AGAIN ffs, wat got me thru this b4", "sleep", ""),
    ("bin crying on n off all wk, wot helps wen im this low", "low_mood", ""),
    # very short moods
    ("Frazzled.", "stress", ""),
    ("Nervy as anything", "anxiety", ""),
    ("Batteries in the red all week", "energy", ""),
    ("Bleh.", "low_mood", ""),
    ("Zero shut-eye", "sleep", ""),
    # long stories ending in a question
    (
        "My brother's moving to Perth next month and we had his leaving do on Saturday, lovely "
        "night, but since then I've woken at four every morning and can't drop back off. What's "
        "helped my sleep before?",
        "sleep",
        "",
    ),
    (
        "Started a new job in October, the commute's an hour each way, and by Thursday I'm a "
        "zombie who can't lift a fork. Has anything given me more energy on weeks like that?",
        "energy",
        "",
    ),
    (
        "Mum's fine now after her op and the house is quiet again, but I keep snapping at "
        "everyone over the deadlines piling up. Does the allotment actually help when I'm like "
        "this?",
        "activity",
        "allotment",
    ),
    (
        "Haven't felt like myself since the funeral in September, nothing seems to matter much "
        "and the kids have noticed. What got me through a spell like this before?",
        "low_mood",
        "",
    ),
    # two feelings
    ("Are my nights rougher when the worry's been bad that day?", "sleep", ""),
    ("When I'm shattered do I end up weepier?", "low_mood", ""),
    # second person
    ("You've got all my entries, so what's pulled me out of a grey spell?", "low_mood", ""),
    ("What would you say helps when I'm wound up tight about money?", "stress", ""),
    ("You know the churning I get before the school run, what settles it?", "anxiety", ""),
    # time windows
    ("What calmed the nerves these past two weeks, going by my notes?", "anxiety", ""),
    ("Since the summer, has cycling made any difference to how I feel?", "activity", "exercise"),
    # negations
    ("Which days was I not wiped out by the afternoon?", "energy", ""),
    ("On the nights I didn't stare at the ceiling, what had I done that day?", "sleep", ""),
    # comparisons
    (
        "Which leaves me calmer, lengths in the pool or a wander round the block?",
        "activity",
        "exercise",
    ),
    ("Is a detective novel before bed better for me than podcasts?", "activity", "reading"),
    ("Have I been edgier in November than I was in October?", "anxiety", ""),
    # people by the app's convention
    ("Does seeing Auntie Bisi lift my mood?", "activity", "Bisi"),
    ("How do I tend to feel once I've hung up with Grandpa?", "activity", "Grandpa"),
    ("Is my anxiety lower on the weeks I train with Coach Imani?", "activity", "Imani"),
    # places
    ("Does a trip up to Loch Lomond help me reset?", "activity", "Loch Lomond"),
    ("What's my mood like after a Sunday at the flea market?", "activity", "flea market"),
    # canonical activities in new words
    ("Does pounding the treadmill help when my head's full?", "activity", "exercise"),
    ("Has pottering around the beech woods done me any good?", "activity", "nature"),
    ("Are a couple of ciders after work making my mornings worse?", "activity", "alcohol"),
    (
        "Does scrolling Instagram in the dark till 1 wreck me the next day?",
        "activity",
        "screen late",
    ),
    ("Do my chats with the grief counsellor help?", "activity", "therapy"),
    ("Does bashing away on my drum kit lift me?", "activity", "music"),
    ("Do the brunches with the girls make a difference?", "activity", "friends"),
    ("Does child's pose and a bit of stretching on the mat calm me down?", "activity", "yoga"),
    ("Does jotting my thoughts down at night help at all?", "activity", "journaling"),
    # activities the journal may not hold
    ("Has knitting ever helped my nerves?", "activity", "knitting"),
    ("Is rock pooling at low tide with the kids good for my head?", "activity", "rock pooling"),
    # questions about the app or the world
    ("Is there a way to get my whole journal out as a PDF file?", "unknown", ""),
    ("How much sleep is a grown-up meant to get, roughly?", "unknown", ""),
    ("What's the score in the snooker at the Masters?", "unknown", ""),
    # indirect and emotional, continued
    (
        "Work is piling up on top of the house sale, what's got me through crunch times?",
        "stress",
        "",
    ),
    # when did I last / how long since
    ("Last proper natter with Marguerite, which week was that?", "last_time", "Marguerite"),
    (
        "How many weeks has it been since the nerves last got the better of me?",
        "last_time",
        "anxiety",
    ),
    # (a place named by what is done there is that doing, as the bouldering wall at the old
    # chapel is bouldering; climbing is exercise, as in "is climbing good for my anxiety")
    ("Last session at the climbing wall, when was it?", "last_time", "exercise"),
)


# Written blind on 2026-12-03 by a new writer (fifteenth batch, kept out of this file then),
# measured twice untouched (74 % and 78 % with MiniLM and the learned topic classifier, 3
# no-data cases per seed answered with items both times), studied in round 30 and tuned on like
# D-R since. Its writer's conventions are R's, with a hum of dread under everything, rehearsing
# every conversation ten times, nerves jangling before work, wobbly inside and a heart pounding
# also anxiety; hiding under the duvet, teary, feeling hollow, down in myself, everything a bit
# beige and feeling like a soggy bank holiday also low mood; draggy, limp as lettuce, no puff
# and legs like lead also energy; lying awake hearing a new house creak, a bedtime gone haywire
# since the clocks changed, sleep snapping at five and dreading something that ruins sleep also
# sleep; hanging by a thread, covering two rotas and the dark months piling on more pressure
# also stress; a swim at the leisure centre and cycling exercise, wandering the heath and a
# trudge along the river path nature, a bottle of red alcohol, gaming on the phone under the
# covers after midnight screen late, the CBT lady therapy, a paperback reading, singing along to
# vinyl music, a big lasagne cooking, pub quiz nights with the old uni crowd friends, warrior
# pose yoga, pouring my head out into a diary journaling; a sauna, embroidery and fishing not
# canonical, as written; Tynemouth as a place; a night theme for the app, a teenager's hours of
# sleep and a Six Nations result unknown; "how many weeks since the tears last came" last_time
# with the feeling kind. People follow the app's convention, as in L-R.
BLOCK_S: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("There's a hum of dread under everything this week, what usually settles it?", "anxiety", ""),
    (
        "I keep cancelling plans and hiding under the duvet, what's pulled me out of that before?",
        "low_mood",
        "",
    ),
    # typos and texting
    ("wat helps wen my nerves r jangling b4 work", "anxiety", ""),
    ("no zzz agen 2nite, wot evr helpd b4??", "sleep", ""),
    ("hw do i get sum energy bak, so draggy", "energy", ""),
    # very short moods
    ("Teary again.", "low_mood", ""),
    ("Wobbly inside.", "anxiety", ""),
    ("Limp as lettuce.", "energy", ""),
    ("Hanging by a thread with it all.", "stress", ""),
    # long stories ending in a question
    (
        "We finally exchanged on the flat last week and my sister flew in from Toronto for it, "
        "but ever since the move I've been lying awake listening to the new house creak. What's "
        "helped me drop off before?",
        "sleep",
        "",
    ),
    (
        "Work merged two teams in November, I'm covering both rotas plus the year-end reports and "
        "my manager keeps piling more on. What's eased the pressure in the past?",
        "stress",
        "",
    ),
    (
        "My best friend Niamh had her baby on Tuesday, which is wonderful, but I came home and "
        "felt hollow all evening and can't shake it. Has anything lifted that sort of mood?",
        "low_mood",
        "",
    ),
    (
        "Half-term with three kids, the car's in the garage and I've been up since five every "
        "day. Does a swim at the leisure centre actually give me more go?",
        "activity",
        "exercise",
    ),
    # two feelings
    ("When I'm dreading something, does it ruin my sleep?", "sleep", ""),
    ("Do I get more down in myself on weeks the workload's crushing me?", "low_mood", ""),
    # second person
    (
        "You've seen my entries, what do you reckon calms me when my heart's pounding?",
        "anxiety",
        "",
    ),
    ("Be honest, does your data say the sauna helps me?", "activity", "sauna"),
    # time windows
    ("Over the last fortnight, what's perked me up when I've had no puff?", "energy", ""),
    (
        "Ever since the October clock change my bedtime's gone haywire, what's set it right?",
        "sleep",
        "",
    ),
    # negations
    ("What didn't help when I was anxious in the summer?", "anxiety", ""),
    ("Is it just me, or does cycling not help my mood at all?", "activity", "exercise"),
    # comparisons
    ("Which is better for me, wandering the heath or a swim?", "activity", "nature"),
    ("Do the dark months pile more pressure on me than the light ones?", "stress", ""),
    # people by the app's convention
    ("Does time with Uncle Tunde cheer me up?", "activity", "Tunde"),
    ("How am I usually after a visit to Granny?", "activity", "Granny"),
    ("Is seeing Dr Osei worth it for my nerves?", "activity", "Osei"),
    # places
    ("Does a day out in Tynemouth do me any good?", "activity", "Tynemouth"),
    # canonical activities in new words
    ("Has a trudge along the river path ever helped?", "activity", "nature"),
    ("Are my nights on the sofa with a bottle of red good for me?", "activity", "alcohol"),
    (
        "Does gaming on my phone under the covers after midnight affect me?",
        "activity",
        "screen late",
    ),
    ("Do my Tuesday chats with the CBT lady help?", "activity", "therapy"),
    ("Does getting stuck into a paperback help me unwind?", "activity", "reading"),
    ("Does singing along to vinyl in the kitchen help?", "activity", "music"),
    ("Is making a big lasagne on Sundays good for me?", "activity", "cooking"),
    ("Do the pub quiz nights with my old uni crowd help?", "activity", "friends"),
    ("Does a bit of stretching in warrior pose help?", "activity", "yoga"),
    ("Does pouring my head out into a diary help?", "activity", "journaling"),
    # activities the journal may not hold
    ("Does a bit of embroidery of an evening unwind me?", "activity", "embroidery"),
    ("Has a morning's fishing off the canal bank ever calmed me?", "activity", "fishing"),
    # questions about the app or the world
    ("Is there a night theme for the app, the white hurts my eyes?", "unknown", ""),
    ("How many hours should a teenager sleep?", "unknown", ""),
    ("Did Wales beat Ireland in the Six Nations?", "unknown", ""),
    # indirect and emotional, continued
    (
        "I rehearse every conversation in my head ten times before I have it, what's helped that?",
        "anxiety",
        "",
    ),
    ("Everything's a bit beige at the moment, what's helped?", "low_mood", ""),
    ("I feel like a soggy bank holiday, what's brightened that up before?", "low_mood", ""),
    ("My legs are like lead by mid-morning, what's given me a boost before?", "energy", ""),
    ("My sleep keeps snapping at five, what's stretched it longer?", "sleep", ""),
    # when did I last / how long since
    ("How long ago was my last coffee with my cousin Priyanka?", "last_time", "Priyanka"),
    ("How many weeks since the tears last came?", "last_time", "low_mood"),
    ("Last time I got eight unbroken hours, when was that?", "last_time", "sleep"),
)


# Written blind on 2026-12-03 by a new writer (sixteenth batch, kept out of this file then),
# measured twice untouched (70 % and 70 % with MiniLM and the learned topic classifier, 2
# no-data cases per seed answered with items both times), studied in round 31 and tuned on like
# D-S since. Its writer's conventions are S's, with hands shaking before a presentation, a
# fidgety can't-sit-still feeling in the chest, overthinking before exams, skittish, a spiral of
# what-ifs and settling nerves before a job interview also anxiety; everything grey and
# pointless since moving flats, properly gutted, down in the mouth, gloomy evenings, nothing to
# look forward to and a heavy heart also low mood; wiped out and unable to get off the sofa,
# zapped, sluggish and heavy-limbed and drained after feeling low also energy; sleep that has
# been trash, waking every two hours until the birds start, fretting that keeps me awake at 2,
# 4am wake-ups and nights out like a light also sleep; at breaking point with everything piling
# up, buried in paperwork and work having me by the throat also stress; cycling to the office
# and 5k plods round the park exercise, getting lost among the redwoods nature, strolls after
# dinner walk, a couple of lagers and the evening glass of wine alcohol, YouTube on the tablet
# in bed after one screen late, tinkling away on the keyboard music, sessions with a
# psychologist therapy, stirring a huge pan of dhal cooking, drinks with the netball girls
# friends, morning pages journaling; tai chi, a Thursday salsa class and whittling spoons not
# canonical, as written; the harbour and Ullapool as places; a lock timer and syncing with a
# watch questions about the app, sunset in Edinburgh unknown; "a good long chinwag with X" and
# "the last bike ride I logged" last_time with the person or the activity, "a panic attack that
# floored me" last_time with the feeling kind. People follow the app's convention, as in L-S.
BLOCK_T: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("What calmed me down the last time my hands shook before a big presentation?", "anxiety", ""),
    (
        "Since moving flats it all seems grey and pointless, what lifted that fog before?",
        "low_mood",
        "",
    ),
    ("What got rid of that fidgety, can't-sit-still feeling in my chest?", "anxiety", ""),
    ("Nothing to look forward to lately, what pulled me out of that before?", "low_mood", ""),
    # typos and texting
    ("wat helpd wen i wz properly wiped out n couldnt get off the sofa", "energy", ""),
    ("cant stop overthinkin b4 exams wat worked", "anxiety", ""),
    ("gna b honest sleep been trash, wat fixed it b4", "sleep", ""),
    # very short moods
    ("Zapped.", "energy", ""),
    ("Properly gutted, third week running.", "low_mood", ""),
    ("Skittish today.", "anxiety", ""),
    ("Buried in paperwork.", "stress", ""),
    ("Heavy heart all week.", "low_mood", ""),
    # long stories ending in a question
    (
        "My sister's wedding is in Porto next month and I'm giving a speech, work has me "
        "covering for two people who left, and the flat's half packed for the move. Honestly "
        "I'm at breaking point with everything piling up. What helped when it was like this "
        "before?",
        "stress",
        "",
    ),
    (
        "We got the puppy in June, which was lovely, but since then I've been waking every two "
        "hours and then lying there until the birds start. My partner sleeps through all of it. "
        "What made nights better in the past?",
        "sleep",
        "",
    ),
    # two feelings
    ("When I'm feeling low, do I end up more drained the next day?", "energy", ""),
    ("Does all the fretting explain why I'm still awake at 2?", "sleep", ""),
    # second person
    (
        "You know my journal better than me, what perks me up when I'm down in the mouth?",
        "low_mood",
        "",
    ),
    ("Can you tell me what settles my nerves before a job interview?", "anxiety", ""),
    # time windows
    (
        "Over the past fortnight, what's helped when I've felt sluggish and heavy-limbed?",
        "energy",
        "",
    ),
    ("Since October, what has made the gloomy evenings easier?", "low_mood", ""),
    # negations
    ("What flopped when I tried to fix my 4am wake-ups?", "sleep", ""),
    ("Did it make no difference when I stopped the evening glass of wine?", "activity", "alcohol"),
    # comparisons
    (
        "Tai chi in the park versus a lunchtime run, which one leaves me calmer?",
        "activity",
        "tai chi",
    ),
    (
        "Do I sleep better on days I cycle to the office than days I take the bus?",
        "activity",
        "exercise",
    ),
    # people by the app's convention
    ("Does a catch-up with Aunty Ngozi cheer me up?", "activity", "Ngozi"),
    ("How do I feel after Sunday lunch at Grandma's?", "activity", "Grandma"),
    ("Is talking to Professor Lindqvist making the thesis worry worse?", "activity", "Lindqvist"),
    # places
    ("Was that long weekend up in Ullapool good for my head?", "activity", "Ullapool"),
    ("When I'm wound tight, does an hour down at the harbour sort me out?", "activity", "harbour"),
    # canonical activities in new words
    ("Do my Saturday 5k plods round the park help?", "activity", "exercise"),
    ("Does getting lost among the redwoods at the weekend calm me?", "activity", "nature"),
    ("Do strolls after dinner help me unwind?", "activity", "walk"),
    ("Does a couple of lagers after work take the edge off?", "activity", "alcohol"),
    ("Does watching YouTube on the tablet in bed after one mess me up?", "activity", "screen late"),
    ("Does tinkling away on the keyboard make me feel better?", "activity", "music"),
    ("Have the sessions with my psychologist been helping?", "activity", "therapy"),
    ("Do I feel brighter on Sundays I spend stirring a huge pan of dhal?", "activity", "cooking"),
    ("After drinks with the netball girls, am I in a better place?", "activity", "friends"),
    ("Did writing morning pages help me?", "activity", "journaling"),
    # activities the journal may not hold
    ("Has the Thursday salsa class been worth it for my head?", "activity", "salsa"),
    ("Does whittling spoons in the shed calm me down?", "activity", "whittling"),
    # questions about the app or the world
    ("Can I set the journal to lock after five minutes?", "unknown", ""),
    ("What time does the sun set in Edinburgh in December?", "unknown", ""),
    ("Does the app sync with my watch?", "unknown", ""),
    # indirect and emotional, continued
    ("What stopped the spiral of what-ifs the last time the kids were late home?", "anxiety", ""),
    ("Work's got me by the throat this month, what eased it before?", "stress", ""),
    ("What made the difference on nights I was out like a light?", "sleep", ""),
    # when did I last / how long since
    ("Remind me when Marisol and I last had a good long chinwag?", "last_time", "Marisol"),
    ("It's been how many weeks now since a panic attack floored me?", "last_time", "anxiety"),
    ("Bike ride, when was the last one I logged?", "last_time", "exercise"),
)


# Written blind on 2026-12-03 by a new writer (seventeenth batch, kept out of this file then),
# measured twice untouched (84 % and 86 % with MiniLM and the learned topic classifier, 0 no-data
# cases per seed answered with items both times), studied in round 32 and tuned on like D-T since.
# Its writer's conventions are T's, with thoughts sprinting ahead to everything that could go
# wrong, nerves fried before an interview, panicky spells, a heart going like the clappers at the
# school gates, proper worried and insides buzzing with dread about Monday also anxiety; the
# colour drained out of everything, low low low, empty and slow since a funeral, grey Sundays,
# nothing funny any more and low spells also low mood; a tank on fumes and legs like jelly, more
# wiped out the mornings after a pile-up at the office, less drained since September and yawning
# through every meeting also energy; three nights blinking at the ceiling fan, lying there till 3
# going round in circles, fretting about money that keeps me from dozing off, never feeling rested
# however long I sleep and jolting awake at half four also sleep; the overwhelm, everything
# pressing down at once and too much on my plate also stress. Hammering the cross-trainer and a
# proper dip in the sea exercise, rambling among the firs up at a plantation nature, a dawdle down
# the lane after tea walk, a few cans of stout alcohol, Twitch streams on the phone till 2am
# screen late, talking therapy at the surgery therapy, a charity-shop whodunnit reading, fiddling
# about on the harmonica music, rolling out fresh pasta cooking, Friday catch-ups with the old
# flatmates friends, pigeon pose before bed yoga, a gratitude list every night journaling; fly
# tying and bridge not canonical, as written; Filey as a place; the app's background colour,
# caffeine after 2pm for most people and Tesco's Boxing Day hours unknown; "which week was my last
# proper dip in the sea" last_time with the activity, "how many months since I popped in on Nana
# Lou" with the person and "how long since I was last properly on edge" with the feeling kind.
# People follow the app's convention, as in L-T: a family word or title before a name gives the
# name ("Auntie Wanjiru" is Wanjiru, "Pastor Eze" is Eze, "my cousin Thabo" is Thabo, "Nana Lou"
# is Lou); a family word alone is the person as written ("Grandad"); a person beats an activity
# named with them; in a comparison the first thing named is the subject; a name that is only a
# long story's background (Perth, Lagos, an uncle flying in) does not make the subject, the
# feeling asked about does.
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
