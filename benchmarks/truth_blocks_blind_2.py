"""Question blocks written blind by someone else from the ninth batch on (M-Q), for
``bench_truth``; ``truth_blocks`` re-exports them (kept apart from ``truth_blocks_blind``, which
holds H-L, only so no module passes 700 lines). The conventions they were labelled by are in the
comment above each block.
"""

from __future__ import annotations

# Written blind on 2026-12-02 by a new writer (ninth batch, kept out of this file then),
# measured twice untouched (84 % and 86 % with MiniLM and the learned topic classifier, 3
# no-data cases per seed answered with items both times), studied in round 24 and tuned on like
# D-L since. Its writer's conventions are L's, with flagging, dead on my feet, cream crackered,
# totally spent and no get-up-and-go also energy; a knot in the stomach, antsy, butterflies,
# jumpy, keyed up and on tenterhooks also anxiety; meh, a funk, a slump, mopey and under a cloud
# also low mood; spinning plates, juggling everything and stretched thin also stress; tossing
# and turning and waking at 2 and 4 also sleep; parkrun exercise, a bluebell wood nature,
# TikTok in bed past midnight screen late, practising the cello music, a curry or a meal from
# scratch cooking, a bottle of rosé alcohol, hatha yoga; bouldering, archery, bell ringing and
# origami not canonical, as written. People follow the app's convention, as its writer labelled
# them: a family word or title before a name gives the name ("Nana Pat" → Pat, "Dr Mensah" →
# Mensah); a family word alone is the person as written ("Grandpa").
BLOCK_M: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("what loosens the knot in my stomach before a one-to-one with my boss", "anxiety", ""),
    ("anything that lifts me when the whole week feels a bit meh", "low_mood", ""),
    ("dead on my feet by three most days, what revives me", "energy", ""),
    ("what's worked on the nights I'm tossing and turning till the birds start", "sleep", ""),
    ("how do I keep my head when I'm spinning plates at work and at home", "stress", ""),
    (
        "been in a funk since the holiday ended, what has pulled me out of one before",
        "low_mood",
        "",
    ),
    # typos and texting
    ("antsy af b4 the driving theory test, wat calms me", "anxiety", ""),
    ("y cant i stay asleep past 4 evry nite", "sleep", ""),
    ("dose runnin in the mornin do anythin for my mood", "activity", "exercise"),
    ("proper cream crackered evry arvo this wk, y tho", "energy", ""),
    # very short
    ("butterflies since breakfast", "anxiety", ""),
    ("flagging.", "energy", ""),
    ("mopey today", "low_mood", ""),
    # long and rambling
    (
        "my manager dropped two new projects on me on Monday, the kitchen is half ripped out for "
        "the renovation and Mum needs lifts to the hospital twice a week, so I feel stretched "
        "thin. what has helped before when it all lands at once?",
        "stress",
        "",
    ),
    (
        "the results appointment is on Thursday and I've been jumpy all week, checking my phone, "
        "can't concentrate, snapping at the dog. has anything settled me in the past while I "
        "was waiting on news?",
        "anxiety",
        "",
    ),
    (
        "since the baby next door arrived the walls feel paper thin, I wake at 2 and again at 4 "
        "and lie there with my mind going, then I'm useless in the mornings. what got my nights "
        "back on track last time?",
        "sleep",
        "",
    ),
    # two feelings
    ("when work has me frazzled, do I sleep any worse", "sleep", ""),
    ("does all the fretting about money leave me with no get-up-and-go", "energy", ""),
    ("when I'm totally spent do I end up under a cloud", "low_mood", ""),
    # second person
    (
        "you're keyed up and pacing the hallway before an interview, what do you reach for",
        "anxiety",
        "",
    ),
    ("what do you do on the days you're stuck in a slump", "low_mood", ""),
    # time windows, negations and comparisons
    ("over the last fortnight have I been more on tenterhooks than in the spring", "anxiety", ""),
    ("was I sleeping better back in August than I am now", "sleep", ""),
    ("in the weeks I wasn't juggling everything, what did I do differently", "stress", ""),
    ("since I started bouldering, am I any less wound tight", "activity", "bouldering"),
    ("have I had more get-up-and-go since the clocks went forward", "energy", ""),
    # people
    ("does Sunday lunch at Nana Pat's cheer me up", "activity", "Pat"),
    ("have my sessions with Dr Mensah made any dent in the panic", "activity", "Mensah"),
    ("am I calmer after a morning on the allotment with Aunty Lupe", "activity", "Lupe"),
    ("when I've been out with Callum is my mood better the next day", "activity", "Callum"),
    ("does the Sunday video call with Grandpa lift me", "activity", "Grandpa"),
    # places
    (
        "coming home from Whitby with sand in my shoes, was I any brighter for it",
        "activity",
        "Whitby",
    ),
    ("the Porto year, the flat above the bakery: was my mood higher then", "activity", "Porto"),
    ("do I come back from Skye properly rested", "activity", "Skye"),
    # activities with canonical names
    ("are my weeks brighter when I make it to parkrun", "activity", "exercise"),
    ("does a wander through the bluebell wood clear my head", "activity", "nature"),
    (
        "all that TikTok in bed till gone midnight, is it why my mornings are grim",
        "activity",
        "screen late",
    ),
    ("does practising the cello lift my mood at all", "activity", "music"),
    ("on nights I rustle up a curry from scratch, am I happier", "activity", "cooking"),
    ("is a bottle of rosé on the balcony making my Mondays worse", "activity", "alcohol"),
    ("does an hour of hatha help my back and my head", "activity", "yoga"),
    # things the journal may not hold
    ("has archery on Saturday mornings done anything for my focus", "activity", "archery"),
    ("does bell ringing practice on Thursdays lift my week", "activity", "bell ringing"),
    ("does folding origami settle me down in the evenings", "activity", "origami"),
    # the app or the world
    ("can this app tell whether I'm depressed or just tired", "unknown", ""),
    (
        "my flatmate swears an ice bath every morning fixes anxiety, is there any science in that",
        "unknown",
        "",
    ),
    ("is seven hours of kip enough for someone in their forties or is that a myth", "unknown", ""),
    # when did I last …
    ("Cousin Tariq and me, our last proper natter over chai, when was that", "last_time", "Tariq"),
    ("when was the last time I had a knot in my stomach like this one", "last_time", "anxiety"),
    (
        "it's been takeaways for weeks, when did I last actually cook myself dinner from scratch",
        "last_time",
        "cooking",
    ),
)


# Written blind on 2026-12-02 by a new writer (tenth batch, kept out of this file then),
# measured twice untouched (78 % and 78 % with MiniLM and the learned topic classifier, 3
# no-data cases per seed answered with items both times), studied in round 25 and tuned on like
# D-M since. Its writer's conventions are M's, with dragging myself till five, lethargic,
# running on empty, wrung out and bone-tired also energy; my mind running through every worst
# case, my chest going tight, my stomach churning, uneasy, edgy, fretful, dread and my heart
# racing also anxiety; nothing seeming worth doing, bleak, deflated, miserable and in a rut also
# low mood; up to my eyeballs, overloaded and snowed under also stress; staring at the ceiling
# at two, buzzing at 3am, lying awake and dropping off again also sleep; swimming and lengths in
# the pool exercise, an amble through the pine woods nature, Netflix on my phone in bed till
# 1am screen late, sitting down at the piano music, a big pot of stew cooking, a few pints at
# the local alcohol, a yin yoga class yoga; crochet, fencing, pottery and kite flying not
# canonical, as written; printing off entries for a counsellor a question about the app. People
# follow the app's convention, as in L and M.
BLOCK_N: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("what settles me when my mind starts running through every worst case", "anxiety", ""),
    ("what lifts me on the days when nothing seems worth doing", "low_mood", ""),
    (
        "after lunch I'm basically dragging myself till five, has anything perked me up before",
        "energy",
        "",
    ),
    ("what gets me off when I'm still staring at the ceiling at two", "sleep", ""),
    (
        "with the office and the family all pulling at me and me up to my eyeballs, "
        "what has eased it",
        "stress",
        "",
    ),
    ("what has helped before when I felt bleak for days on end", "low_mood", ""),
    # typos and texting
    ("chest gone all tight agen n breathin funny, wot helpd wiv that", "anxiety", ""),
    ("3am n still buzzin, wot got me back 2 kip b4", "sleep", ""),
    ("dose swimmin actualy make me feel beter", "activity", "exercise"),
    ("y am i so lethargic lately wat helps", "energy", ""),
    # very short
    ("weirdly uneasy tonight", "anxiety", ""),
    ("bone-tired", "energy", ""),
    ("deflated today", "low_mood", ""),
    # long and rambling
    (
        "work has been non-stop since the merger, my inbox is a disaster, I'm covering for two "
        "people and the kids need lifts everywhere, honestly I'm overloaded, so what's actually "
        "helped me before when it's all this much",
        "stress",
        "",
    ),
    (
        "had the appraisal on Friday and it went fine really, but ever since I keep replaying "
        "it and my stomach is churning and I check my emails every ten minutes in case, what's "
        "calmed that down before",
        "anxiety",
        "",
    ),
    (
        "the baby next door cries most nights and then I'm wide awake, and even when it stops "
        "I just lie there listening to the boiler and the traffic until it gets light, has "
        "anything helped me drop off again",
        "sleep",
        "",
    ),
    # two feelings
    ("when I'm snowed under at work, do I lie awake more", "sleep", ""),
    ("does feeling edgy all day leave me wrung out by the evening", "energy", ""),
    ("after a bad night, am I more miserable the next day", "low_mood", ""),
    # second person
    (
        "from what you've read of me, what settles my heart racing before a big meeting",
        "anxiety",
        "",
    ),
    ("you've seen my entries, what gets me out of a rut", "low_mood", ""),
    # time windows, negations and comparisons
    ("compared with last month, have I been more fretful lately", "anxiety", ""),
    ("what didn't help on the nights I was lying awake", "sleep", ""),
    (
        "over this past fortnight of being snowed under with invoices, "
        "did anything take the edge off",
        "stress",
        "",
    ),
    ("since I took up crochet, am I any less on edge", "activity", "crochet"),
    ("did anything help back in January when I was running on empty", "energy", ""),
    # people
    ("do I feel more settled after a visit from Uncle Dev", "activity", "Dev"),
    ("does talking things over with Dr Okafor help when the dread builds", "activity", "Okafor"),
    ("do Sunday dinners at Granny Maeve's lift me at all", "activity", "Maeve"),
    ("am I in a better mood on the days I see Ines", "activity", "Ines"),
    ("do the afternoons round at Nanna's cheer me up", "activity", "Nanna"),
    # places
    ("did I come back from the long weekend in Tenby any brighter", "activity", "Tenby"),
    ("was I calmer in Kraków than I usually am at home", "activity", "Kraków"),
    ("was I in better spirits in the days after the Snowdonia trip", "activity", "Snowdonia"),
    # activities with canonical names
    ("do lengths at the leisure centre pool clear my head", "activity", "exercise"),
    (
        "do I come home lighter from an amble through the pine woods behind the estate",
        "activity",
        "nature",
    ),
    ("does watching Netflix on my phone in bed till 1am mess me up", "activity", "screen late"),
    ("am I less wound up on evenings I sit down at the piano", "activity", "music"),
    ("does making a big pot of stew on a Sunday lift me", "activity", "cooking"),
    ("do a few pints at the local make the rest of my week worse", "activity", "alcohol"),
    ("is the Wednesday yin yoga class worth keeping up for my head", "activity", "yoga"),
    # things the journal may not hold
    ("does going to fencing club help when I'm all tense", "activity", "fencing"),
    ("is my mood any different on the weeks I make it to pottery", "activity", "pottery"),
    ("does kite flying on the beach with the kids perk me up", "activity", "kite flying"),
    # the app or the world
    ("can this app diagnose whether I've got depression", "unknown", ""),
    ("my neighbour says magnesium tablets cure anxiety, is that true or just hype", "unknown", ""),
    ("is there a way to print off everything I wrote last spring for my counsellor", "unknown", ""),
    # when did I last …
    ("when did I last spend a proper afternoon with Auntie Ros", "last_time", "Ros"),
    ("when was the last stretch where I felt as bone-tired as this week", "last_time", "energy"),
    (
        "how many weeks has it been since I was last in the pool doing lengths",
        "last_time",
        "exercise",
    ),
)


# Written blind on 2026-12-02 by a new writer (eleventh batch, kept out of this file then),
# measured twice untouched (88 % and 90 % with MiniLM and the learned topic classifier, 3
# no-data cases per seed answered with items both times), studied in round 26 and tuned on like
# D-N since. Its writer's conventions are N's, with no oomph, nodding off at my desk, no spark
# and sapped also energy; wired at bedtime, thoughts that won't switch off at night and
# restless nights also sleep; a fluttery feeling, a knot in my stomach, jumpy and the
# Sunday-night dread also anxiety; nothing tasting of anything, down in the dumps, a fog of
# sadness and gloomy also low mood; swamped and an overflowing inbox also stress; a jog along
# the seafront and lengths at the pool exercise, strumming a guitar music, a curry from scratch
# cooking, glasses of rosé alcohol, TikTok in bed past midnight screen late, a wander under the
# oaks nature, hatha yoga yoga; bouldering, birdwatching, volunteering and calligraphy not
# canonical, as written; a reminder for tablets and copying the journal to a USB stick
# questions about the app. People follow the app's convention, as in L, M and N.
BLOCK_O: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("what calms the fluttery feeling before I ring the letting agent", "anxiety", ""),
    ("what got me through the weeks when nothing tasted of anything", "low_mood", ""),
    ("how do I get my spark back in the afternoons", "energy", ""),
    ("what helped when my thoughts wouldn't switch off at bedtime", "sleep", ""),
    ("what cleared the fog of sadness back in October", "low_mood", ""),
    ("before the panel interview my stomach was one big knot, what eased that", "anxiety", ""),
    # typos and texting
    ("wat helps wen im sooo wired at bedtime n cant sleep", "sleep", ""),
    ("anxius agian wat did i do last tme", "anxiety", ""),
    ("ugh knackerd again by 3pm, wat gave me a boost last time??", "energy", ""),
    # very short moods
    ("bit down in the dumps since the weekend tbh", "low_mood", ""),
    ("jumpy", "anxiety", ""),
    ("sapped again by lunch", "energy", ""),
    ("totally swamped this week", "stress", ""),
    # long stories ending in a question
    (
        "Hospital visits every evening, the school runs and my own job on top, and I'm nodding"
        " off at my desk by two every day. What got me going again last time?",
        "energy",
        "",
    ),
    (
        "I've been snapping at everyone, my inbox is at 400 and the quarter closes on Friday."
        " What actually took the pressure off before?",
        "stress",
        "",
    ),
    (
        "Had a lovely weekend but on Sunday night the dread about Monday crept in like it"
        " always does. What took the edge off before?",
        "anxiety",
        "",
    ),
    # two feelings
    ("when I'm on edge and it stops me dropping off, what helps me drop off", "sleep", ""),
    ("I'm worn out and gloomy, what lifts the gloom", "low_mood", ""),
    # second person
    ("what would you say perks me up when I've got no oomph", "energy", ""),
    ("can you tell me what worked for my nerves last spring", "anxiety", ""),
    # time windows
    ("over the last fortnight what helped on my glum days", "low_mood", ""),
    ("back in March I was finally sleeping through, what was I doing differently", "sleep", ""),
    # negations
    ("which things made zero difference when I felt hopeless about everything", "low_mood", ""),
    ("nothing fixes my restless nights, what have I tried", "sleep", ""),
    # comparisons
    ("am I less swamped than before Christmas, and what made the difference", "stress", ""),
    ("am I more tired on office days than home days, and what helps", "energy", ""),
    # people by the app's convention
    ("am I in better spirits after Cousin Farid pops round", "activity", "Farid"),
    ("how's my mood after lunch with Aunty Bisi", "activity", "Bisi"),
    ("those Sunday phone calls with Grandad, do they lift me when I'm low", "activity", "Grandad"),
    ("do I feel worse after meetings with Professor Lindqvist", "activity", "Lindqvist"),
    ("do calls with Priyanka calm me down", "activity", "Priyanka"),
    # places
    ("every time we drive over to Whitby for chips, am I happier after", "activity", "Whitby"),
    ("does a weekend in the Lake District help my sleep", "activity", "Lake District"),
    # canonical activities in new words
    ("does going for a jog along the seafront help my head", "activity", "exercise"),
    ("did strumming my guitar help when I felt low", "activity", "music"),
    ("does whipping up a curry from scratch help my stress", "activity", "cooking"),
    ("do a couple of glasses of rosé make my sleep worse", "activity", "alcohol"),
    ("is scrolling TikTok in bed past midnight why I'm so tired", "activity", "screen late"),
    ("does a wander under the oaks in the park help", "activity", "nature"),
    ("does the Tuesday hatha yoga help my nerves", "activity", "yoga"),
    # activities the journal may not hold
    (
        "the bouldering wall at the old chapel, has it done anything for my head",
        "activity",
        "bouldering",
    ),
    (
        "when I'm anxious, does sitting in the hide birdwatching settle me",
        "activity",
        "birdwatching",
    ),
    (
        "on my low days, has volunteering at the charity shop made any difference",
        "activity",
        "volunteering",
    ),
    ("does calligraphy help when my head's too busy", "activity", "calligraphy"),
    # about the app or the world
    ("is there a way to get a nudge from NeuroLeaf at 8pm for my tablets", "unknown", ""),
    ("is it normal to feel anxious when the clocks go back", "unknown", ""),
    ("if my laptop dies, can I copy everything I've written onto a USB stick", "unknown", ""),
    # when did I last / how long since
    ("when was I last at the pool doing lengths before work", "last_time", "exercise"),
    ("it feels ages since a panicky day, how long has it actually been", "last_time", "anxiety"),
    ("Uncle Tomasz rang today, when did we last actually meet up", "last_time", "Tomasz"),
)


# Written blind on 2026-12-02 by a new writer (twelfth batch, kept out of this file then),
# measured twice untouched (82 % both times with MiniLM and the learned topic classifier, 1
# no-data case per seed answered with items both times), studied in round 27 and tuned on like
# D-O since. Its writer's conventions are O's, with heart in my mouth, jittery, rattled, on pins
# and needles and worked up also anxiety; heavy-hearted, flat and colourless, teary, going
# through the motions and blue also low mood; a battery at two percent, zonked, sluggish and no
# juice left also energy; can't nod off, fitful and broken-up sleep also sleep; pulled in ten
# directions, under the cosh and at the end of my tether also stress; a spin class and cycling
# to work exercise, a stroll along the canal towpath nature, YouTube rabbit holes at 2am screen
# late, belting out songs in the car music, batch cooking soups cooking, wine o'clock alcohol,
# sun salutations yoga, sessions with the counsellor therapy, scribbling worries down before
# bed journaling; woodturning, chess and a jigsaw not canonical, as written; a fingerprint lock
# and whether entries leave the device questions about the app. People follow the app's
# convention, as in L-O.
BLOCK_P: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("what steadies me when my heart is in my mouth before a phone call", "anxiety", ""),
    ("those grey heavy-hearted days, what has brought me round from them", "low_mood", ""),
    ("my battery is at two percent by mid-morning, what recharges me", "energy", ""),
    ("what's helped on the nights my sleep is all broken up and fitful", "sleep", ""),
    ("pulled in ten directions lately, what eased the pressure before", "stress", ""),
    (
        "everything feels flat and colourless this month, what brightened things up before",
        "low_mood",
        "",
    ),
    # typos and texting
    ("so jittery rn idk y, wat setled me b4", "anxiety", ""),
    ("cnt nod off agen, wat wrkd last tym", "sleep", ""),
    ("feelin zonked evry day smh wat gives me pep", "energy", ""),
    ("spin class mornins, do they help my mood or nah", "activity", "exercise"),
    # very short moods
    ("weepy since this morning", "low_mood", ""),
    ("rattled", "anxiety", ""),
    ("sluggish all week", "energy", ""),
    ("under the cosh", "stress", ""),
    # long stories ending in a question
    (
        "the landlord is selling the flat so I've got two months to find somewhere, my manager"
        " wants the audit done by the 15th and my brother keeps ringing for money. I'm at the"
        " end of my tether. what got me through the last time everything piled up?",
        "stress",
        "",
    ),
    (
        "Since the funeral I've been going through the motions, work, home, sofa, and I can't"
        " be bothered to ring anyone back. Has anything lifted me out of a patch like this"
        " before?",
        "low_mood",
        "",
    ),
    (
        "a smoke alarm is chirping somewhere in the building, the radiator clanks and I keep"
        " waking every hour to check the clock, so by six I'm a wreck. what helped me get a"
        " full night before?",
        "sleep",
        "",
    ),
    # two feelings
    ("when I'm jittery all evening, do I sleep worse that night", "sleep", ""),
    ("does being run ragged at work leave me blue at the weekend", "low_mood", ""),
    ("whenever my sleep's been rubbish, am I on pins and needles all the next day", "anxiety", ""),
    # second person
    (
        "you know me by now, what calms me when I'm all worked up at the school gate",
        "anxiety",
        "",
    ),
    ("going by what you've read, what helps when I've got no juice left", "energy", ""),
    # time windows, negations and comparisons
    ("in the six weeks before my finals, what helped with the nerves", "anxiety", ""),
    ("was I less blue last winter than I am this autumn", "low_mood", ""),
    ("which things did nothing at all for me when I was waking at four", "sleep", ""),
    ("since I took up woodturning in the garage, am I any calmer", "activity", "woodturning"),
    # people by the app's convention
    ("am I brighter after a Saturday at Uncle Bashir's", "activity", "Bashir"),
    ("have my appointments with Dr Adeyemi done anything for the panic", "activity", "Adeyemi"),
    ("does a cuppa with Gran on a Thursday lift me", "activity", "Gran"),
    ("are my moods up or down in the days after a big night out with Josh", "activity", "Josh"),
    # places
    ("did the week on Anglesey do anything for my mood", "activity", "Anglesey"),
    ("was I sleeping better while we were staying in Lisbon", "activity", "Lisbon"),
    ("do my trips up to the Peak District make any difference", "activity", "Peak District"),
    # canonical activities in new words
    ("does cycling to work instead of getting the bus help my mood", "activity", "exercise"),
    ("does a stroll along the canal towpath calm me down", "activity", "nature"),
    ("are the YouTube rabbit holes at 2am wrecking my mornings", "activity", "screen late"),
    ("does belting out songs in the car cheer me up", "activity", "music"),
    (
        "does batch cooking soups on a Sunday make the week feel more under control",
        "activity",
        "cooking",
    ),
    ("is wine o'clock every evening making my nerves worse", "activity", "alcohol"),
    ("do a few sun salutations first thing set me up better", "activity", "yoga"),
    ("are the fortnightly sessions with my counsellor actually helping", "activity", "therapy"),
    ("does scribbling my worries down before bed help me settle", "activity", "journaling"),
    # activities the journal may not hold
    ("does playing chess on Tuesday nights take my mind off things", "activity", "chess"),
    ("does doing a jigsaw on the dining table help me unwind", "activity", "jigsaw"),
    # about the app or the world
    ("can I lock NeuroLeaf with my fingerprint", "unknown", ""),
    ("my mum reckons cold showers cure depression, is there anything in it", "unknown", ""),
    ("does anything I type in here get sent to a server somewhere", "unknown", ""),
    # when did I last / how long since
    ("how long is it since I last saw Gran properly", "last_time", "Gran"),
    ("how far back was the last time I felt this teary and flat", "last_time", "low_mood"),
    ("how many months since the bike last came out of the shed", "last_time", "exercise"),
)


# Written blind on 2026-12-02 by a new writer (thirteenth batch, kept out of this file then),
# measured twice untouched (74 % both times with MiniLM and the learned topic classifier, 3
# no-data cases per seed answered with items both times), studied in round 28 and tuned on like
# D-P since. Its writer's conventions are P's, with ribs in a vice before meetings, the stomach
# dropping when the phone rings, twitchy, nerves shot, a bag of nerves and churned up inside also
# anxiety; grey and pointless, crummy and glum also low mood; running out of steam by
# mid-afternoon, an empty tank and wiped out also energy; zero sleep, staring at the wall at 3am,
# dropping off and sleeping right through also sleep; a to-do list eating me alive also stress;
# the rowing machine exercise, ambling through birch woods nature, a walk round the block walk,
# gin and tonic alcohol, doomscrolling Reddit past midnight screen late, a library thriller
# reading, plonking on a ukulele music, sessions with the psychotherapist therapy, kneading
# sourdough cooking, nights out with the lads friends, downward dog yoga, three good things in a
# notebook journaling; geocaching, paddleboarding and Lego not canonical, as written; the font
# size of the app, a magnesium fact and last night's darts unknown. People follow the app's
# convention, as in L-P.
BLOCK_Q: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    (
        "my ribs feel like they're in a vice before every meeting, what eased that before",
        "anxiety",
        "",
    ),
    ("my stomach drops every time the phone rings, what's helped with that", "anxiety", ""),
    (
        "everything feels grey and pointless lately, did anything shift it last winter",
        "low_mood",
        "",
    ),
    ("i keep running out of steam by mid-afternoon, what got me through that before", "energy", ""),
    ("the to-do list is eating me alive, what did I do last time it got this bad", "stress", ""),
    # typos and texting
    ("omg wat even helpd the last time my nerves wer shot, cant remembr", "anxiety", ""),
    ("3am n still starin at the wall, wat got me kippin b4", "sleep", ""),
    ("feelin v low 2day wat helps", "low_mood", ""),
    # very short moods
    ("twitchy.", "anxiety", ""),
    ("empty tank", "energy", ""),
    ("zero sleep again", "sleep", ""),
    ("glum", "low_mood", ""),
    # long stories ending in a question
    (
        "So my sister flew in from Toronto on Friday and we spent the whole weekend sorting Dad's "
        "garage, which was fine, but by Sunday night I was lying there wide awake with my mind "
        "racing about Monday. What helped me drop off the last few times that happened?",
        "sleep",
        "",
    ),
    (
        "Work's been relentless since the merger, two people left and their stuff landed on me, "
        "I'm answering emails at ten at night and the inbox never gets smaller. What did I do "
        "the last time I was buried like this that actually helped?",
        "stress",
        "",
    ),
    (
        "Had a lovely lunch with Priya on Tuesday, then the rest of the week just slid downhill, "
        "I haven't wanted to see anyone or do anything and the weekend went under a duvet. Is "
        "there something that usually lifts me out of this?",
        "low_mood",
        "",
    ),
    (
        "Between the school run, visiting Nan at the care home and a full week at the office, by "
        "Thursday I'm so shattered I can barely string a sentence together. What's given me more "
        "get-up before?",
        "energy",
        "",
    ),
    # two feelings
    ("when my nerves are jangling do my nights go to pot", "sleep", ""),
    ("when I'm stressed out am I more likely to feel down afterwards", "low_mood", ""),
    # second person
    (
        "be honest with me, from what I've written, what steadies me when I'm a bag of nerves",
        "anxiety",
        "",
    ),
    ("can you tell me what gives me a lift when I'm feeling crummy", "low_mood", ""),
    # time windows
    ("over the last fortnight what helped when I was all churned up inside", "anxiety", ""),
    ("since January what's helped me feel less wiped out", "energy", ""),
    # negations
    ("last month, was there anything I tried at bedtime that made zero difference", "sleep", ""),
    ("which of my coping tricks did nothing for the pressure at work", "stress", ""),
    # comparisons
    ("is the rowing machine better for me than a walk round the block", "activity", "exercise"),
    ("do I feel better after a gin and tonic or after a cup of tea", "activity", "alcohol"),
    # people by the app's convention
    ("Sunday dinners at Auntie Funmi's, are they good for me", "activity", "Funmi"),
    ("am I in better spirits once Pastor Daniels has rung", "activity", "Daniels"),
    ("do I sleep better after an evening round at Grandad's", "activity", "Grandad"),
    ("what's my mood like after five-a-side with my cousin Ravi", "activity", "Ravi"),
    # places
    ("seaside weekends up in Whitby, worth it for my head?", "activity", "Whitby"),
    ("am I calmer after a trip to the garden centre", "activity", "garden centre"),
    # canonical activities in new words
    ("does kneading sourdough on a Sunday settle me", "activity", "cooking"),
    ("is plonking away on my ukulele good for my head", "activity", "music"),
    ("does doomscrolling Reddit past midnight wreck the next day", "activity", "screen late"),
    ("has downward dog before work made any difference", "activity", "yoga"),
    ("do my sessions with the psychotherapist seem to be helping", "activity", "therapy"),
    (
        "does jotting three good things in my notebook at night do anything",
        "activity",
        "journaling",
    ),
    ("ambling through the birch woods, does that do me good", "activity", "nature"),
    ("curling up with a crime thriller from the library, does it help", "activity", "reading"),
    ("do nights out with the lads lift me", "activity", "friends"),
    # activities the journal may not hold
    ("does geocaching with the kids help my mood", "activity", "geocaching"),
    ("has paddleboarding helped at all", "activity", "paddleboarding"),
    (
        "sitting with a big Lego set for an evening, good for the pressure or not",
        "activity",
        "Lego",
    ),
    # questions about the app or the world
    ("where's the setting to make the text bigger, my eyes are going", "unknown", ""),
    ("is magnesium actually proven to help people sleep", "unknown", ""),
    ("did Littler win the darts or not", "unknown", ""),
    # when did I last / how long since
    ("last time me and Tomasz were in stitches laughing, when was that", "last_time", "Tomasz"),
    ("how many nights has it been since I slept right through", "last_time", "sleep"),
    ("ages since I went down the lido hasn't it, when was the last visit", "last_time", "lido"),
)
