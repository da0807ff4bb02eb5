"""Question blocks written blind by someone else from the twenty-fourth batch on (AB-AD), for
``bench_truth``; ``truth_blocks`` re-exports them (kept apart from ``truth_blocks_blind_5``,
which holds Y-AA, only so no module passes 600 lines). The conventions they were labelled by
are in the comment above each block.
"""

from __future__ import annotations

# Written blind on 2026-12-04 by a new writer (twenty-fourth batch, kept out of this file then),
# measured twice untouched (82 % and 82 % with MiniLM and the learned topic classifier, 10 no-data
# questions per seed and one answered with items both times), studied in round 39 and tuned on
# like D-AA. Its writer's conventions are AA's; the new wordings it brought: a heart going like
# the clappers, the shakes before an interview, nerves jangling, catastrophising and uneasiness
# after a rubbish night's kip as anxiety; a deflated balloon, a heaviness that won't shift,
# moping about, the doldrums and November against June as low mood; wading through treacle, no
# puff left by teatime and worn out after a day on edge as energy; jolting awake round three,
# waking at five and not getting back under and counting the cracks in the ceiling as sleep;
# three deadlines landing at once and drowning in admin before the tax deadline as stress;
# banjo practice against the gym, kettlebells in the shed, the larch plantation, a loop round
# the park before work, prosecco on a Tuesday, Facebook Marketplace in bed at midnight, chunky
# crime paperbacks, a psychologist on Thursdays, layering up a lasagne, nights in with old
# school pals, weekends at my folks' place, vinyasa on a Saturday and a few lines in the diary
# by the bed as the canonical activities; a pint with Uncle Baz and Grandma's phone calls as the
# person; roller skating and lino printing not canonical, as written; Tynemouth a place;
# separate logins on one laptop, hours in bed in one's fifties and rain on the Hull ferry
# unknown.
BLOCK_AB: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("what settles me when my heart's going like the clappers for no reason", "anxiety", ""),
    ("feel like a deflated balloon lately, has anything ever lifted me", "low_mood", ""),
    ("it's like wading through treacle every afternoon, what gets me going", "energy", ""),
    # typos and texting
    ("hw do i calm the shakes b4 a job interview", "anxiety", ""),
    ("cant shift this heaviness, wat helps", "low_mood", ""),
    ("y am i so wrecked after work lately", "energy", ""),
    ("keep jolting awake round 3 any pattern??", "sleep", ""),
    # very short moods
    ("Nerves jangling.", "anxiety", ""),
    ("Downhearted, all of it", "low_mood", ""),
    ("Sleep shocking again", "sleep", ""),
    ("no puff left by teatime", "energy", ""),
    # long stories ending in a question
    (
        "My best friend moved to Perth last year and my nephew has just gone off to uni, so the "
        "house is dead quiet and I've been moping about most evenings feeling sorry for myself. "
        "What's pulled me out of that before?",
        "low_mood",
        "",
    ),
    (
        "The landlord's selling, my manager wants the audit by the 14th and the car failed its "
        "MOT, all three deadlines landing at once. What got me through a stretch like this "
        "before?",
        "stress",
        "",
    ),
    # two feelings
    ("does a day spent on edge leave me more worn out the next morning", "energy", ""),
    ("after a rubbish night's kip, is the uneasiness worse next day", "anxiety", ""),
    # second person
    ("when your mind won't stop catastrophising, what's helped in the past", "anxiety", ""),
    ("what helps when you wake at five and can't get back under", "sleep", ""),
    # time windows
    ("the last fourteen days, have the nerves eased off or not", "anxiety", ""),
    ("how was my sleep in the run-up to Christmas", "sleep", ""),
    # negations
    ("in the doldrums, which things do nothing for me", "low_mood", ""),
    ("what's NOT helped when work piles on", "stress", ""),
    # comparison
    ("November versus June, which finds me gloomier", "low_mood", ""),
    ("banjo practice vs the gym, which leaves me happier", "activity", "music"),
    # people by the app's convention
    ("whenever Aunty Folake pops round, am I brighter for it", "activity", "Folake"),
    ("my stepdad Gareth, are my days better after I've seen him", "activity", "Gareth"),
    ("is my mood any different after a pint with Uncle Baz", "activity", "Baz"),
    ("Grandma's Thursday phone calls, do they lift me", "activity", "Grandma"),
    # places
    ("do trips to Tynemouth help my head", "activity", "Tynemouth"),
    # canonical activities in new words
    ("do my kettlebell sessions in the shed help with the stress", "activity", "exercise"),
    ("does mooching about the larch plantation do me any good", "activity", "nature"),
    ("is a loop round the park before work worth getting up for", "activity", "walk"),
    ("a bottle of prosecco between two on a Tuesday, is that hurting me", "activity", "alcohol"),
    (
        "scrolling Facebook Marketplace in bed at midnight, does it wreck me",
        "activity",
        "screen late",
    ),
    ("do those chunky crime paperbacks actually help me unwind", "activity", "reading"),
    ("are the Thursday sessions with my psychologist making a difference", "activity", "therapy"),
    ("layering up a lasagne for the week ahead, does that settle me", "activity", "cooking"),
    ("nights in with my old school pals, do they do me good", "activity", "friends"),
    ("weekends at my folks' place, better or worse for me", "activity", "family"),
    ("is vinyasa on a Saturday morning helping at all", "activity", "yoga"),
    ("scribbling a few lines in the diary by the bed, any use", "activity", "journaling"),
    # activities the journal may not hold
    (
        "Sunday roller skating down the promenade, making any difference",
        "activity",
        "roller skating",
    ),
    ("lino printing at the community hall, worth keeping up?", "activity", "lino printing"),
    # questions about the app or the world
    ("can me and my partner have separate logins on the one laptop", "unknown", ""),
    ("is there a rule of thumb for how long folk in their fifties need in bed", "unknown", ""),
    ("will it chuck it down on the Hull ferry crossing Friday", "unknown", ""),
    # when did I last / how long since
    ("that last full-blown panic attack, roughly what month did it hit", "last_time", "anxiety"),
    ("how long ago was my last session with the psychologist", "last_time", "therapy"),
    (
        "the last time I went to Tynemouth, was that before or after the clocks changed",
        "last_time",
        "Tynemouth",
    ),
    # indirect and emotional, continued
    ("drowning in admin before the tax deadline, what's helped me cope", "stress", ""),
    ("what helps on nights I just lie there counting the cracks in the ceiling", "sleep", ""),
)


# Written blind on 2026-12-04 by a new writer (twenty-fifth batch, kept out of this file then),
# measured twice untouched (86 % and 88 % with MiniLM and the learned topic classifier, 10 no-data
# questions per seed and none answered with items either time), studied in round 40 and tuned on
# like D-AB. Its writer's conventions are AB's; the new wordings it brought: a chest tight and
# buzzy before a meeting, grinding teeth and jumping at notifications, twitchy and wired, a heart
# fluttering all morning, butterflies for days before the dentist and waking in a panic as anxiety;
# the colour draining out of things, a gloomy Sunday, hollow and teary evenings and sadness sitting
# on you as low mood; running on empty by eleven, zero juice left by lunch and the most
# get-up-and-go as energy; a mind that won't switch off at night, sleep going to pot over bills and
# wide awake again by half two as sleep; work eating me alive and deadlines stacked three deep as
# stress; a punchbag in the garage and an early swim at the baths, a bluebell wood, mooching round
# the block, a gin and tonic on a school night, Reddit rabbit holes in bed past one, cosy
# mysteries, cello practice weighed against the gym, a CBT lady on Mondays, pierogi from scratch,
# brunch with the girls from uni, Sundays round at my parents', a yin class at the leisure centre
# and three things I'm grateful for before lights out as the canonical activities; crochet and
# ringing the church bells with the tower team (bell ringing) not canonical, as written; trips down
# to Whitstable a place; a partner reading the entries on a shared tablet, a teenager's sleep and
# the tide at Whitstable unknown; "how many weeks since", "what Friday was it that ... last" and
# "which date did I last" as last time.
BLOCK_AC: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("what used to settle me when my chest went tight and buzzy before a meeting", "anxiety", ""),
    (
        "the days where the colour drains out of everything and I can't be bothered to answer "
        "texts, what pulled me out of those",
        "low_mood",
        "",
    ),
    (
        "I keep grinding my teeth and jumping at every notification, has anything helped with that",
        "anxiety",
        "",
    ),
    (
        "running on empty by eleven every morning lately, what's made a difference before",
        "energy",
        "",
    ),
    # typos and texting
    ("mind wont switch off at nite n i just lie there, wat do i do", "sleep", ""),
    ("y am i so twitchy n wired abt evrything lately", "anxiety", ""),
    ("got zero juice left by lunch every day, wat fixed it b4", "energy", ""),
    # very short moods
    ("gloomy sunday again, what works", "low_mood", ""),
    ("heart fluttering all morning. help?", "anxiety", ""),
    ("work's eating me alive", "stress", ""),
    # long stories ending in a question
    (
        "My flatmate moved to Dundee in the summer and my brother's been in and out of hospital "
        "in Cardiff, and since then I've been waking at four every night with my mind racing. "
        "Has anything I've logged helped me sleep through?",
        "sleep",
        "",
    ),
    (
        "Work's been fine and the kids are fine, my mum's over from Lagos for a month, but I've "
        "felt hollow and teary most evenings. What's lifted that before?",
        "low_mood",
        "",
    ),
    # two feelings
    ("when the bills are piling up, does my sleep go to pot", "sleep", ""),
    ("on days my nerves are bad, am I more sluggish after", "energy", ""),
    ("after a broken night, what lifts my spirits", "low_mood", ""),
    # second person
    ("when you're lying there wide awake at 2 what actually helps", "sleep", ""),
    ("what do you do when the sadness just sits on you all day", "low_mood", ""),
    # time windows
    ("how's my anxiety been over the last three weeks and what eased it", "anxiety", ""),
    (
        "over the past four weeks, which days did I have the most get-up-and-go and why",
        "energy",
        "",
    ),
    # negations
    ("which of my habits did nothing for me when the job was piling up", "stress", ""),
    ("which things made no difference to my low days", "low_mood", ""),
    # comparison
    ("does cello practice or the gym do more for my nerves", "activity", "music"),
    # people by the app's convention
    ("phone calls with Auntie Mariam, am I brighter afterwards", "activity", "Mariam"),
    ("are my weeks calmer when my cousin Tomasz stays over", "activity", "Tomasz"),
    ("visits to Grandad, do they lift me or drag me down", "activity", "Grandad"),
    # places
    ("those trips down to Whitstable, do my nights improve after", "activity", "Whitstable"),
    # canonical activities in new words
    ("does a session on the punchbag in the garage help my stress", "activity", "exercise"),
    ("is an afternoon in the bluebell wood good for me", "activity", "nature"),
    (
        "mooching round the block after dinner, does that do anything for my mood",
        "activity",
        "walk",
    ),
    (
        "a gin and tonic or two on a school night, is it costing me the next morning",
        "activity",
        "alcohol",
    ),
    (
        "Reddit rabbit holes in bed past one, are they wrecking my mornings",
        "activity",
        "screen late",
    ),
    ("do my cosy mystery novels help me wind down", "activity", "reading"),
    ("my Monday sessions with the CBT lady, are they helping", "activity", "therapy"),
    ("making pierogi from scratch on a Sunday, good for me or not", "activity", "cooking"),
    ("brunch with the girls from uni, does it lift my week", "activity", "friends"),
    ("Sundays round at my parents', do they help or not", "activity", "family"),
    ("the yin class at the leisure centre, worth keeping up for my anxiety?", "activity", "yoga"),
    (
        "writing down three things I'm grateful for before lights out, has it changed anything",
        "activity",
        "journaling",
    ),
    ("does my early swim at the baths help when I'm anxious", "activity", "exercise"),
    # activities the journal may not hold
    ("has picking up crochet calmed me down at all", "activity", "crochet"),
    (
        "ringing the church bells with the tower team, does it do my head any good",
        "activity",
        "bell ringing",
    ),
    # questions about the app or the world
    ("can my partner read my entries if she opens the app on our tablet", "unknown", ""),
    ("how much sleep does a teenager need", "unknown", ""),
    ("is the tide high at Whitstable tomorrow", "unknown", ""),
    # when did I last / how long since
    ("how many weeks since I woke up in a panic", "last_time", "anxiety"),
    ("what Friday was it that Tomasz last came round", "last_time", "Tomasz"),
    ("the yin class, which date did I last make it to one", "last_time", "yoga"),
    # indirect and emotional, continued
    (
        "butterflies in my stomach for days before the dentist, what calmed that down last time",
        "anxiety",
        "",
    ),
    (
        "I drop off easily enough but I'm wide awake again by half two, any pattern there",
        "sleep",
        "",
    ),
    (
        "deadlines stacked three deep and the boiler's gone, what got me through a week like that",
        "stress",
        "",
    ),
)


# Written blind on 2026-12-04 by a new writer (twenty-sixth batch, kept out of this file then),
# measured twice untouched (78 % both times with MiniLM and the learned topic classifier, 10
# no-data questions per seed and none answered with items either time), studied in round 41 and
# tuned on like D-AC. Its writer's conventions are AC's; the new wordings it brought: the gut doing
# a backflip when the school's number comes up, clammy and shaky hands before a hearing, wound up
# and panicky, fizzing with nerves, replaying tomorrow's conversation and on edge after a bad night
# as anxiety; the world gone the colour of wet pavement, a dark cloud week, hollow Sunday nights, a
# miserable patch and a quiet flat after a sister moved away as low mood; a battery at zero by 3pm,
# the last drops of petrol by lunchtime, nothing left in the tank by teatime and less get-up-and-go
# after an evening of fretting as energy; eyes wide open at 4.15, tossing about till the bin lorry
# comes and not dropping off before one since a change to earlies as sleep; a move, an audit and a
# mother's appointments at once, work flattening me and the bills all landing together as stress;
# sculling with a rowing club and a Wednesday boxercise class at a church hall (exercise), a wander
# through an alder carr (nature), strolls to the post box and back after tea (walk), nightly mulled
# wine (alcohol), scrolling Vinted in bed till half one (screen late), graphic novels curled up on
# the sofa (reading), an hour on the clarinet weighed against a spin session (music, the first
# named), the talking-therapies woman at the health centre (therapy), Sunday pho marathons in the
# kitchen (cooking), Catan evenings with old colleagues (friends, named by what was shared),
# Saturdays with the whole family round the table (family), a wobbly tree pose (yoga) and a page of
# a five-year diary each night (journaling) as the canonical activities; curling, ballroom dancing
# ("since I took up X" names X) and metal detecting not canonical, as written; weekends in Keswick
# a place; a setting to nudge me to journal at nine, a two-year-old's daytime nap and the Keswick
# forecast unknown; "how many days since I last had a panic", "last curry night with Callum, when
# was that?" and "which Saturday did I last get out on the water" as last time, with the feeling
# kind, the person and the activity.
BLOCK_AD: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    (
        "the school's number comes up on my phone and my gut does a backflip, has anything "
        "settled that in the past?",
        "anxiety",
        "",
    ),
    (
        "hands gone all clammy and shaky before the hearing on friday, anything in here that "
        "calmed me down?",
        "anxiety",
        "",
    ),
    (
        "the whole world's gone the colour of wet pavement this month. anything in my entries"
        " that brightened it?",
        "low_mood",
        "",
    ),
    (
        "why do I feel so hollow on Sunday nights and what got me out of it last time",
        "low_mood",
        "",
    ),
    ("battery at zero by 3pm every day, what gives me a boost", "energy", ""),
    ("eyes wide open at 4.15 again, what's helped me stay asleep before", "sleep", ""),
    ("tossing about till the bin lorry comes, is there any pattern?", "sleep", ""),
    ("running on the last drops of petrol by lunchtime, what's helped?", "energy", ""),
    # typos and texting
    ("wat helps wen im all wound up n panicky", "anxiety", ""),
    ("cant get to sleep lately evry night past 2 whats worked", "sleep", ""),
    # very short moods
    ("fizzing with nerves, no reason", "anxiety", ""),
    ("bit of a dark cloud week tbh", "low_mood", ""),
    # long stories ending in a question
    (
        "My sister moved to Auckland in the summer and the flat's been quiet, and I've "
        "started skipping things I used to enjoy and just sitting in the car after work. Is "
        "there anything that's pulled me out of a low patch before?",
        "low_mood",
        "",
    ),
    (
        "Work's moved me onto earlies and my partner's on nights at the hospital, so the "
        "house is never quiet, and now I can't drop off before one however tired I am. What's"
        " helped my sleep in the past?",
        "sleep",
        "",
    ),
    (
        "juggling the move, the audit and mum's appointments all at once, what helps when "
        "it's like this",
        "stress",
        "",
    ),
    # two feelings
    ("am I more on edge on the days after I've slept badly", "anxiety", ""),
    ("after an evening of fretting, is my get-up-and-go worse the next day", "energy", ""),
    # second person
    (
        "when you can't stop replaying tomorrow's conversation in your head, what usually "
        "settles it for me?",
        "anxiety",
        "",
    ),
    (
        "when you've got nothing left in the tank by teatime, what's made a difference for me",
        "energy",
        "",
    ),
    # time windows
    ("what lifted my mood in the first half of October", "low_mood", ""),
    ("how was my sleep over the Christmas fortnight compared to now", "sleep", ""),
    ("work is flattening me this month, has anything taken the edge off", "stress", ""),
    # negations
    ("when I'm in a miserable patch, what seems to make it worse not better", "low_mood", ""),
    ("what didn't help last time the bills all landed at once", "stress", ""),
    # comparison
    ("is an hour on my clarinet better for me than a spin session", "activity", "music"),
    # people by the app's convention
    (
        "I always come off the phone to Auntie Rukhsana lighter, does the journal back that up",
        "activity",
        "Rukhsana",
    ),
    ("are my Friday phone calls with my stepbrother Callum helping", "activity", "Callum"),
    # places
    ("am I calmer after weekends in Keswick", "activity", "Keswick"),
    # canonical activities in new words
    ("does sculling with the rowing club lift my mood", "activity", "exercise"),
    (
        "has the Wednesday boxercise class at the church hall helped my nerves at all",
        "activity",
        "exercise",
    ),
    ("has a wander through the alder carr by the river ever calmed me down", "activity", "nature"),
    ("do my strolls to the post box and back after tea help me sleep", "activity", "walk"),
    ("is the nightly mulled wine why I'm so flat this week", "activity", "alcohol"),
    (
        "scrolling Vinted in bed till half one, is that messing with my mornings?",
        "activity",
        "screen late",
    ),
    ("do graphic novels curled up on the sofa take my mind off work", "activity", "reading"),
    (
        "is seeing the talking-therapies woman at the health centre making any difference",
        "activity",
        "therapy",
    ),
    ("those Sunday pho marathons in the kitchen, good for me or not?", "activity", "cooking"),
    ("are the Catan evenings with my old colleagues doing me any good", "activity", "friends"),
    ("are the Saturdays with the whole family round the table good for me", "activity", "family"),
    ("has my wobbly tree pose routine done anything for my stress", "activity", "yoga"),
    ("does filling a page of my five-year diary each night help", "activity", "journaling"),
    # activities the journal may not hold
    (
        "curling on Thursday nights: has it helped me through the winter blues?",
        "activity",
        "curling",
    ),
    ("since I took up ballroom dancing, has my mood changed", "activity", "ballroom dancing"),
    ("what has metal detecting on the beach done for my head", "activity", "metal detecting"),
    # questions about the app or the world
    ("is there a setting to nudge me to journal at nine each night", "unknown", ""),
    ("how long should a two-year-old nap in the day", "unknown", ""),
    ("what's the forecast for Keswick this weekend", "unknown", ""),
    # when did I last / how long since
    ("how many days since I last had a panic like that one at the station", "last_time", "anxiety"),
    ("last curry night with Callum, when was that?", "last_time", "Callum"),
    (
        "which Saturday did I last get out on the water with the rowing club",
        "last_time",
        "exercise",
    ),
)
