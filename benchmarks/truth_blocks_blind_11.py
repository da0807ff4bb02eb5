"""Question blocks written blind by someone else from block AW on (AW-AZ), for
``bench_truth``; ``truth_blocks`` re-exports them (kept apart from ``truth_blocks_blind_10``,
which holds AR-AV, only so no module passes 600 lines). The conventions they were
labelled by are in the comment above each block.
"""

from __future__ import annotations

# Written blind on 2026-12-06 by a new writer (forty-fifth batch, kept out of this file then),
# measured twice untouched (80 % then 82 % with MiniLM and the learned topic classifier, 11 no-data
# questions per seed, 0 then 0 of them answered with items), studied in round 62 and tuned on like
# D-AV. Its writer's conventions are AV's ("my goddaughter Ottilie" is Ottilie, "my pen pal
# Hallvard" is Hallvard, a bare "Radomir" as written, "my second cousin Nkechi" is Nkechi; a gran's
# funeral, a kitchen ceiling come down, a boiler and a failed MOT, night classes beside a full-time
# job, a landlord's texts and a hospital scan only a story's background); the new wordings it
# brought: two feelings (more panicky by evening after lonely days, gloomier when run down, more
# wiped out on anxious weeks, more broken nights after a tense day at the office), second person,
# time windows, days of the week, negations, a comparison (shinty against a swim), a place
# (Aberaeron at Whitsun), canonical activities in new words (a step aerobics class at the Methodist
# hall, curlews on the saltmarsh, the lane to the honesty box and back, margaritas once the kids are
# in bed, sitcom clips on a tablet till gone one, a memoir on the ferry in, an old clarinet, a
# trauma counsellor over a video link, risotto stirred on a Saturday night, a carvery with the old
# gang from school, video calls with the grandkids in Vancouver, legs up the wall and hip openers
# before bed, the day scribbled into a phone's notes app), activities the journal may not hold
# (tatting, rug tufting, shinty), questions about the app or the world (bigger writing on screen,
# the journal on a phone as well, weighted blankets and anyone's sleep), and a whole night without a
# trip to the loo, a yoga mat gathering dust and my last visit to my second cousin Nkechi as last
# time.
BLOCK_AW: tuple[tuple[str, str, str], ...] = (
    # anxiety
    (
        "each time a text from the landlord pings my pulse goes through the roof, how do I calm it",
        "anxiety",
        "",
    ),
    (
        "when you've got the collywobbles ahead of a scan at the hospital, what's worth doing",
        "anxiety",
        "",
    ),
    ("on days I've been lonely, do I get more panicky by the evening", "anxiety", ""),
    ("bouncin off the walls wiv nerves 2nite, help", "anxiety", ""),
    ("what eased my nerves best during November", "anxiety", ""),
    ("what hasn't touched the panicky feeling at all this past fortnight", "anxiety", ""),
    # low mood
    ("everything's been grey since gran's funeral in the summer, what's helped", "low_mood", ""),
    ("feelin proper blue dis wk, wot helps", "low_mood", ""),
    ("when I'm run down and knackered, do I end up gloomier", "low_mood", ""),
    (
        "when you can't be bothered with anything for days on end, how do you snap out of it",
        "low_mood",
        "",
    ),
    ("why do Sunday nights leave me so down in the mouth", "low_mood", ""),
    ("over the Christmas break, what didn't lift my low spirits one bit", "low_mood", ""),
    # energy
    ("my batteries are flat by 2pm most days, what's sapping them", "energy", ""),
    ("on anxious weeks do I feel more wiped out", "energy", ""),
    ("Thursdays I can barely drag myself about, why", "energy", ""),
    ("zilch energy lately, cnt even face the stairs, y", "energy", ""),
    # sleep
    ("I'm up at 4 with my mind whirring and that's the night gone", "sleep", ""),
    ("since the clocks changed in October, how have my nights been", "sleep", ""),
    ("after a tense day at the office, are my nights more broken", "sleep", ""),
    ("if the neighbours' telly keeps you up, what's worth trying", "sleep", ""),
    ("cant stop flippin about in bed every nite this month, wats up wiv me", "sleep", ""),
    # stress
    ("night classes on top of a full-time job, how do I keep my head above water", "stress", ""),
    (
        "stretched thin ever since the kitchen ceiling came down and we're living out of boxes",
        "stress",
        "",
    ),
    ("the week the boiler packed in and the MOT was a fail, what got me through it", "stress", ""),
    # activity: canonical, in new words
    (
        "the step aerobics class at the Methodist hall, do I feel better after",
        "activity",
        "exercise",
    ),
    ("listening to the curlews out on the saltmarsh, is it good for me", "activity", "nature"),
    ("down the lane to the honesty box and back after tea, does it help", "activity", "walk"),
    (
        "a margarita or three once the kids are in bed, how am I the next day",
        "activity",
        "alcohol",
    ),
    (
        "old sitcom clips on my tablet till gone one, is that what's wrecking me",
        "activity",
        "screen late",
    ),
    ("a few pages of a memoir on the ferry in, does it steady me", "activity", "reading"),
    ("getting my old clarinet out again, has it done me any good", "activity", "music"),
    (
        "talking to my trauma counsellor over a video link on alternate Tuesdays, any change in me",
        "activity",
        "therapy",
    ),
    ("stirring a big risotto on a Saturday night, am I calmer after", "activity", "cooking"),
    ("a carvery with the old gang from school, how am I after", "activity", "friends"),
    (
        "video calls with the grandkids in Vancouver, do they cheer me up",
        "activity",
        "family",
    ),
    ("legs up the wall and some hip openers before bed, worth it", "activity", "yoga"),
    (
        "scribbling how the day went in my phone's notes app at bedtime, any use",
        "activity",
        "journaling",
    ),
    # activity: people, a place, things the journal may not hold
    ("when my goddaughter Ottilie stays over, am I in better spirits", "activity", "Ottilie"),
    ("letters from my pen pal Hallvard, do they lift me", "activity", "Hallvard"),
    ("Radomir popping in for a brew, does it help my mood", "activity", "Radomir"),
    ("what was my mood like that week in Aberaeron at Whitsun", "activity", "Aberaeron"),
    ("tatting lace by the fire of an evening, has it made me calmer", "activity", "tatting"),
    ("rug tufting in the spare room, good for me or not", "activity", "rug tufting"),
    ("shinty on a Saturday or a swim, which sets me up better", "activity", "shinty"),
    # unknown
    ("can I make the writing bigger on the screen, my eyes aren't great", "unknown", ""),
    ("can I get at my journal on my phone too or does it stay on this computer", "unknown", ""),
    ("do weighted blankets actually help people sleep or is it a fad", "unknown", ""),
    # last time
    ("how long since I went a whole night without a trip to the loo", "last_time", "sleep"),
    ("my yoga mat's gathering dust, when did I last roll it out", "last_time", "yoga"),
    ("the last visit I paid my second cousin Nkechi, when was that", "last_time", "Nkechi"),
)


# Written blind on 2026-12-06 by a new writer (forty-sixth batch, kept out of this file then),
# measured twice untouched (80 % then 80 % with MiniLM and the learned topic classifier, 11 no-data
# questions per seed, 2 then 2 of them answered with items), studied in round 63 and tuned on like
# D-AW. Its writer's conventions are AW's ("my stepdaughter Marisol" is Marisol, "my sponsor
# Lachlan" is Lachlan, a bare "Ceridwen" as written, "my mother-in-law Oluwaseun" is Oluwaseun; a
# dead dog, a dentist appointment, a job interview, a new baby, a dad's hip operation, wedding
# planning, a tax return and builders only a story's background); the new wordings it brought: two
# feelings (jumpier by day after rubbish nights, a mood that dips after anxious days, less
# get-up-and-go when low, worse nights after a worked-up day), second person, time windows, days of
# the week, negations, a comparison (zine making against a run), a place (Harlech over the August
# bank holiday), canonical activities in new words (a skipping rope in the back yard, starlings
# coming in over the pier at dusk, a loop of the estate with the pram, cans of stout on a Friday
# night, property sites on a mobile long after twelve, a detective novel in the bath, plinking on an
# old Casio, CBT through the GP surgery, a pot of dal on a Sunday, a curry night with the old
# netball girls, Sunday dinner at a sister's, downward dogs on the lounge rug, three lines in a
# notebook before the lamp goes off), activities the journal may not hold (paper quilling, zine
# making, soap making), questions about the app or the world (a PDF for a counsellor, a darker
# colour scheme for bed, phone light and everyone's sleep), and a lie-in past seven without an
# alarm, a guitar left in its case and my mother-in-law Oluwaseun as last time.
BLOCK_AX: tuple[tuple[str, str, str], ...] = (
    # anxiety
    ("the night before the dentist my chest goes tight as a drum, what settles it", "anxiety", ""),
    (
        "if your palms go clammy the second you sit down for an interview, what's worth trying",
        "anxiety",
        "",
    ),
    ("after weeks of rubbish sleep, am I jumpier during the day", "anxiety", ""),
    ("stomach in knots all wk ova nothin, wat do i do", "anxiety", ""),
    ("from March to May what quietened my fretting best", "anxiety", ""),
    ("what's done sod all for my jitters on Monday mornings", "anxiety", ""),
    # low mood
    (
        "I've felt flat as a pancake since the dog died in March, has anything lifted me",
        "low_mood",
        "",
    ),
    ("glum as owt lately, any ideas wot helps", "low_mood", ""),
    ("after a few anxious days does my mood take a dip", "low_mood", ""),
    (
        "if you wake up heavy-hearted for no reason at all, what do you do with yourself",
        "low_mood",
        "",
    ),
    ("Wednesdays seem to flatten me, why's that", "low_mood", ""),
    ("six weeks now and this heaviness won't budge, what hasn't worked", "low_mood", ""),
    # energy
    ("conked out at my desk by half ten most days, what's sapping me", "energy", ""),
    ("when I'm feeling low do I have less get-up-and-go", "energy", ""),
    ("Mondays I'm a zombie till lunch, what's behind it", "energy", ""),
    ("no puff in me at all dis wk, y", "energy", ""),
    # sleep
    ("counting the cracks in the ceiling till 3, what helps me drop off", "sleep", ""),
    ("since the baby arrived, what have my nights been like", "sleep", ""),
    ("on days I'm all worked up, do I sleep worse", "sleep", ""),
    ("if the slightest creak wakes you, is anything worth a go", "sleep", ""),
    ("cnt drop off b4 2 every nite lately, wots wrong", "sleep", ""),
    # stress
    ("looking after dad since his hip op plus the day job, how do I keep going", "stress", ""),
    ("with the wedding planning on top of everything, what's helped me cope", "stress", ""),
    ("the month of the tax return and the builders in, what kept me sane", "stress", ""),
    # activity: canonical, in new words
    ("the skipping rope in the back yard, am I brighter after", "activity", "exercise"),
    (
        "watching the starlings come in over the pier at dusk, does it do me good",
        "activity",
        "nature",
    ),
    ("a loop of the estate with the pram after lunch, any help", "activity", "walk"),
    ("cans of stout on a Friday night, how am I by Saturday", "activity", "alcohol"),
    (
        "flicking through property sites on my mobile long after 12, is it leaving me wired",
        "activity",
        "screen late",
    ),
    ("a detective novel in the bath, does it unwind me", "activity", "reading"),
    ("plinking away on the old Casio, has it cleared my head", "activity", "music"),
    ("the CBT through the GP surgery, am I any different since", "activity", "therapy"),
    ("a big pot of dal on a Sunday, am I more settled after", "activity", "cooking"),
    (
        "curry night with the girls from my old netball team, how do I feel after",
        "activity",
        "friends",
    ),
    ("Sunday dinner round at my sister's, does it perk me up", "activity", "family"),
    ("a few downward dogs on the lounge rug in the morning, worth it", "activity", "yoga"),
    (
        "three lines in a notebook before the lamp goes off, does that help at all",
        "activity",
        "journaling",
    ),
    # activity: people, a place, things the journal may not hold
    ("weekends my stepdaughter Marisol is with us, am I happier", "activity", "Marisol"),
    ("a coffee with my sponsor Lachlan, does it steady me", "activity", "Lachlan"),
    ("Ceridwen ringing on a Thursday, does my mood pick up", "activity", "Ceridwen"),
    ("how was I in myself in Harlech over the August bank holiday", "activity", "Harlech"),
    ("rolling paper strips into coils for quilling, does it calm me", "activity", "paper quilling"),
    ("zine making or a run, which leaves me happier", "activity", "zine making"),
    ("soap making in the garage at weekends, good for my mood or not", "activity", "soap making"),
    # unknown
    ("can I export the lot as a PDF to show my counsellor", "unknown", ""),
    ("any chance of a darker colour scheme, the bright white hurts my eyes in bed", "unknown", ""),
    ("is it true phone light wrecks everyone's sleep or is that overblown", "unknown", ""),
    # last time
    ("when did I last lie in past 7 without an alarm", "last_time", "sleep"),
    ("the guitar's been in its case for ages, when did I last play it", "last_time", "music"),
    ("my mother-in-law Oluwaseun, when did I last see her", "last_time", "Oluwaseun"),
)


# Written blind on 2026-12-07 by a new writer (forty-seventh batch, kept out of this file then),
# measured twice untouched (84 % then 86 % with MiniLM and the learned topic classifier, 11 no-data
# questions per seed, 2 then 1 of them answered with items), studied in round 64 and tuned on like
# D-AX. Its writer's conventions are AX's ("my brother-in-law Casimir" is Casimir, "my old flatmate
# Zofia" is Zofia, a bare "Thandiwe" as written, "my great-aunt Teodora" is Teodora; a smear test,
# redundancy talks, a court case beside the school run, a kitchen flood with its insurance calls and
# the clocks going back only a story's background); the new wordings it brought: two feelings (more
# on edge after a lonely weekend, spirits dragged down after a wound-up week, the oomph gone when
# stressed, up before the birds when down), second person, time windows, days of the week,
# negations, a comparison (ikebana against a pedal along a cycle path), a place (Crail at the
# October half-term), canonical activities in new words (press-ups and burpees in the living room,
# dragonflies over a pond, a dawdle round the reservoir with the dog, glasses of red most evenings,
# short videos in bed into the small hours, a fantasy saga on the bus, a drum kit, a psychotherapist
# at the community centre, a chilli on a Sunday afternoon, brunch with the girls from the old
# office, a takeaway at a brother's on a Friday, sun salutes on a kitchen floor first thing, what's
# bugging me written out on the train), activities the journal may not hold (rock tumbling,
# chainmail making, ikebana), questions about the app or the world (a photo in an entry, the journal
# switched into Welsh, cold showers and low mood), and a walk in boots left by the door, dinner made
# from fresh ingredients and my great-aunt Teodora as last time.
BLOCK_AY: tuple[tuple[str, str, str], ...] = (
    # anxiety
    ("before a smear test my heart goes like the clappers, what calms it", "anxiety", ""),
    (
        "if your mind jumps to the worst every time the phone buzzes, what can you do about it",
        "anxiety",
        "",
    ),
    ("after a lonely weekend am I more on edge come Monday", "anxiety", ""),
    ("proper on edge since sat, wat settles me dwn", "anxiety", ""),
    ("over the summer holidays what took the edge off my nerves", "anxiety", ""),
    ("what hasn't helped one bit with the Sunday night dread", "anxiety", ""),
    # low mood
    (
        "been down in the dumps since the redundancy talks started, has anything cheered me up",
        "low_mood",
        "",
    ),
    ("been proper mardy n flat all wk, wot shd i try", "low_mood", ""),
    ("a week wound up like a spring, does it drag my spirits down after", "low_mood", ""),
    (
        "when you can't shake off a grey mood for days on end, what's worth doing",
        "low_mood",
        "",
    ),
    ("Thursdays I'm always a bit blue, any idea why", "low_mood", ""),
    ("two months of feeling low now, what's made no difference at all", "low_mood", ""),
    # energy
    ("flagging by three every afternoon, what's draining me", "energy", ""),
    ("when I'm stressed up to my eyeballs does my oomph disappear", "energy", ""),
    ("come Friday my batteries are dead flat, what's behind that", "energy", ""),
    ("zero oomph tday again, y tho", "energy", ""),
    # sleep
    ("brain going round in circles till 4, what gets me off to sleep", "sleep", ""),
    ("ever since we put the clocks back an hour, what's my sleep been doing", "sleep", ""),
    ("on the days I'm down in myself, am I up before the birds", "sleep", ""),
    ("if you keep waking at 5 on the dot, is there anything that helps", "sleep", ""),
    ("wide awake @ 2 every nite, wat do i do", "sleep", ""),
    # stress
    ("juggling the court case and the school run, how do I keep my head", "stress", ""),
    (
        "with the kitchen flood and all the insurance calls, what's helped me get through",
        "stress",
        "",
    ),
    ("the weeks of the redundancy consultation, what kept me going", "stress", ""),
    # activity: canonical, in new words
    ("press-ups and burpees in the living room, am I brighter after", "activity", "exercise"),
    ("sitting by the pond watching the dragonflies, does it settle me", "activity", "nature"),
    ("a dawdle round the reservoir with the dog after tea, any good for me", "activity", "walk"),
    (
        "a couple of glasses of red most evenings, how's my mood the day after",
        "activity",
        "alcohol",
    ),
    (
        "watching short videos on my phone in bed into the small hours, does it leave me wired",
        "activity",
        "screen late",
    ),
    ("a chapter of my fantasy saga on the bus, does it help me unwind", "activity", "reading"),
    ("bashing away on the drum kit, do I feel better after", "activity", "music"),
    (
        "the sessions with my psychotherapist at the community centre, have they changed anything",
        "activity",
        "therapy",
    ),
    ("making a big chilli on a Sunday afternoon, am I calmer for it", "activity", "cooking"),
    ("brunch with the girls from the old office, how am I afterwards", "activity", "friends"),
    ("a takeaway round my brother's on a Friday, does it perk me up", "activity", "family"),
    (
        "a round of sun salutes on the kitchen floor first thing, does it do owt for me",
        "activity",
        "yoga",
    ),
    (
        "writing out what's bugging me in a notebook on the train, does it help",
        "activity",
        "journaling",
    ),
    # activity: people, a place, things the journal may not hold
    ("when my brother-in-law Casimir comes over, am I in a better mood", "activity", "Casimir"),
    ("a catch-up with my old flatmate Zofia, does it lift me", "activity", "Zofia"),
    ("Thandiwe texting me of a morning, does my mood improve", "activity", "Thandiwe"),
    ("what was I like in myself that week in Crail at the October half-term", "activity", "Crail"),
    ("polishing stones in the rock tumbler, does it calm me down", "activity", "rock tumbling"),
    (
        "linking rings for chainmail of an evening, good for me or not",
        "activity",
        "chainmail making",
    ),
    (
        "an hour of ikebana against a pedal along the cycle path, which one calms me more",
        "activity",
        "ikebana",
    ),
    # unknown
    ("can I stick a photo in with an entry", "unknown", ""),
    ("can the journal be switched into Welsh", "unknown", ""),
    ("do cold showers really help with low mood or is that internet nonsense", "unknown", ""),
    # last time
    (
        "my walking boots have been by the door for weeks, when did I last go for a proper walk",
        "last_time",
        "walk",
    ),
    ("how long's it been since I made dinner from fresh ingredients", "last_time", "cooking"),
    ("how long since I popped round to my great-aunt Teodora's", "last_time", "Teodora"),
)


# Written blind on 2026-12-07 by a new writer (forty-eighth batch, kept out of this file then),
# measured twice untouched (80 % then 82 % with MiniLM and the learned topic classifier, 11 no-data
# questions per seed, 1 then 0 of them answered with items), studied in round 65 and tuned on like
# D-AY. Its writer's conventions are AY's ("my step-grandad Ignatius" is Ignatius, "my old coach
# Yevgenia" is Yevgenia, a bare "Mthunzi" as written, "my godmother Ottoline" is Ottoline; a stroke
# in the family, night shifts, a house sale, a house move beside a dissertation, a school
# inspection, a best friend's move abroad, a driving test, a manager's emails, a weekly team call
# and a new flat only a story's background); the new wordings it brought: two feelings (more worry
# after low days, the mood hitting the floor when dead on one's feet, more drained in a sad patch,
# more tossing and turning on lonely evenings), second person, time windows, days of the week,
# negations, a comparison (kumihimo braiding against a bike ride), a place (Saundersfoot on a long
# weekend in May), canonical activities in new words (star jumps and squats in the garden, grey
# seals on a sandbank, an amble along the old railway line, rosé on the balcony, forum threads on a
# phone past 1am, a poem or two from an anthology with the morning coffee, show tunes belted out in
# the car, phone counselling through an employee assistance line, a slow-cooked lamb stew, a pub
# lunch with old uni housemates, board games at my parents', cobra stretches and a spinal twist
# before bed, thoughts jotted in the back of a diary on a lunch break), activities the journal may
# not hold (cyanotype printing, wet felting, kumihimo braiding), questions about the app or the
# world (a nightly reminder, one entry sent to a GP, chamomile tea and anyone's nerves), and a book
# finished cover to cover, feelings written down and my godmother Ottoline as last time.
BLOCK_AZ: tuple[tuple[str, str, str], ...] = (
    # anxiety
    (
        "the morning of my driving test my hands won't stop trembling, what steadies them",
        "anxiety",
        "",
    ),
    (
        "if your heart hammers each time your manager's email lands, what's worth doing",
        "anxiety",
        "",
    ),
    ("after a few low days, does the worrying get worse", "anxiety", ""),
    ("ticker goin mad all mornin 4 nothin, wat do i do", "anxiety", ""),
    ("which thing soothed the jitters most over Easter", "anxiety", ""),
    ("what's made no dent in the butterflies before the weekly team call", "anxiety", ""),
    # low mood
    (
        "ever since my best friend moved to Canada I've felt a bit lost, what's picked me up",
        "low_mood",
        "",
    ),
    ("so low n weepy this wk, any ideas wot 2 do", "low_mood", ""),
    ("when I'm dead on my feet, does my mood hit the floor too", "low_mood", ""),
    ("if you wake up with a cloud over you and can't say why, what helps shift it", "low_mood", ""),
    ("Tuesdays always feel heavy for some reason, why", "low_mood", ""),
    ("three weeks of feeling rubbish now, what's not helped at all", "low_mood", ""),
    # energy
    ("by eleven in the morning I'm running on empty, what's wearing me out", "energy", ""),
    ("during a sad patch, am I more drained", "energy", ""),
    ("Saturdays I just lie on the sofa like a slug, why", "energy", ""),
    ("no energy at all 2day, cant be arsed wiv nuthin, y", "energy", ""),
    # sleep
    ("lying there listening to the clock tick till half three, what helps me nod off", "sleep", ""),
    ("since we moved into the new flat, how have I been sleeping", "sleep", ""),
    ("on lonely evenings do I toss and turn more", "sleep", ""),
    ("if your mind races the second your head hits the pillow, what's worth a go", "sleep", ""),
    ("up at 3 evry nite lately 4 no reason, wat shd i do", "sleep", ""),
    # stress
    (
        "mum's stroke, the night shifts and a house sale all at once, what's kept me afloat",
        "stress",
        "",
    ),
    ("with the house move and my dissertation due the same week, how did I cope", "stress", ""),
    ("the run-up to the inspection at school, what helped me get through it", "stress", ""),
    # activity: canonical, in new words
    ("star jumps and squats in the garden before work, am I perkier after", "activity", "exercise"),
    ("watching the grey seals on the sandbank at low tide, does it calm me", "activity", "nature"),
    ("an amble along the old railway line after work, does it do me good", "activity", "walk"),
    (
        "a bottle of rosé on the balcony at weekends, how am I the morning after",
        "activity",
        "alcohol",
    ),
    (
        "reading forum threads on my phone past 1am, does it leave me frazzled",
        "activity",
        "screen late",
    ),
    (
        "a poem or two from an anthology with my morning coffee, does it settle me",
        "activity",
        "reading",
    ),
    ("belting out show tunes in the car, does it lift me", "activity", "music"),
    (
        "the phone counselling through the employee assistance line, has it made a difference",
        "activity",
        "therapy",
    ),
    ("a slow-cooked lamb stew on a rainy Saturday, am I calmer after", "activity", "cooking"),
    ("a pub lunch with my old uni housemates, how do I feel afterwards", "activity", "friends"),
    ("board games at my parents' on a Sunday night, do they cheer me up", "activity", "family"),
    ("a few cobra stretches and a spinal twist before bed, worth it", "activity", "yoga"),
    (
        "jotting my thoughts in the back of my diary on my lunch break, any use",
        "activity",
        "journaling",
    ),
    # activity: people, a place, things the journal may not hold
    ("when my step-grandad Ignatius visits, am I brighter", "activity", "Ignatius"),
    ("a phone call with my old coach Yevgenia, does it give me a lift", "activity", "Yevgenia"),
    ("after church, when Mthunzi comes by, am I happier for it", "activity", "Mthunzi"),
    (
        "that long weekend in Saundersfoot in May, what sort of mood was I in",
        "activity",
        "Saundersfoot",
    ),
    (
        "cyanotype prints in the back garden on sunny days, do they relax me",
        "activity",
        "cyanotype printing",
    ),
    ("wet felting at the kitchen table, good for my mood or not", "activity", "wet felting"),
    (
        "an afternoon of kumihimo braiding or a bike ride, which puts me in a better mood",
        "activity",
        "kumihimo braiding",
    ),
    # unknown
    ("can the app remind me at nine every night to write something", "unknown", ""),
    ("can I send one entry to my GP without the rest", "unknown", ""),
    ("does chamomile tea really calm people down or is that an old wives' tale", "unknown", ""),
    # last time
    ("a book finished cover to cover, how long ago was that", "last_time", "reading"),
    ("how long since I wrote down how I was actually feeling", "last_time", "journaling"),
    ("when did I last have a cuppa with my godmother Ottoline", "last_time", "Ottoline"),
)
