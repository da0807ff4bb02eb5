"""Question blocks written blind by someone else from block AR on (AR-AV), for
``bench_truth``; ``truth_blocks`` re-exports them (kept apart from ``truth_blocks_blind_9``,
which holds AM-AQ, only so no module passes 600 lines). The conventions they were
labelled by are in the comment above each block.
"""

from __future__ import annotations

# Written blind on 2026-12-06 by a new writer (fortieth batch, kept out of this file then), measured
# twice untouched (90 % then 94 % with MiniLM and the learned topic classifier, 11 no-data questions
# per seed, 1 then 0 of them answered with items per seed), studied in round 56 and tuned on like
# D-AQ. Its writer's conventions are AQ's ("Uncle Rhodri" is Rhodri, "my coworker Siosaia" is
# Siosaia, "my old flatmate Fenella" is Fenella, a bare "Lolo" as written; Swansea, Calgary and a
# flatmate's boyfriend only a story's background); the new wordings it brought: two feelings (more
# on edge after a day of arguing, gloomier after being worn out, more sluggish when sad, mortgage
# worries wrecking my nights), second person, time windows, days of the week, negations, a
# comparison (lacrosse against swimming), a place (Lindisfarne at Easter), canonical activities in
# new words (a stair machine at the sports centre, heather on the moor, a wander round the block
# with the pram, cans of lager on a school night, TikTok in bed till two, a paperback in the bath,
# Gran's old piano, Thursday sessions with a psychologist, dumplings folded by hand, a games night
# at my mates' flat, Sunday roasts at my folks', cat-cow stretches before breakfast, a pocket diary
# before the lamp goes off), activities the journal may not hold (origami, kendo, lacrosse),
# questions about the app or the world (dark mode, a full moon and sleep, the app offline on a
# plane), and the date of my last unbroken night, days since lengths at the outdoor pool and my last
# catch-up with my old flatmate Fenella as last time.
BLOCK_AR: tuple[tuple[str, str, str], ...] = (
    # anxiety
    ("my chest goes tight whenever a work email pings after six, what settles it", "anxiety", ""),
    ("when your nerves are shot before a big presentation, what's worked for you", "anxiety", ""),
    ("after a day of arguing with my partner do I end up more on edge", "anxiety", ""),
    ("sundays by teatime im all panicy n shaky, y", "anxiety", ""),
    ("all on edge today", "anxiety", ""),
    ("what has done nothing at all for the worrying", "anxiety", ""),
    # low mood
    ("haven't opened the curtains in three days, how do I climb out of this", "low_mood", ""),
    ("feelin proper flat n empty", "low_mood", ""),
    ("the day after I'm worn out, am I gloomier", "low_mood", ""),
    ("been in a slump since my birthday in October, anything that lifts it", "low_mood", ""),
    ("what makes no dent at all when I'm feeling hopeless", "low_mood", ""),
    ("feeling low ever since my brother moved out to Calgary", "low_mood", ""),
    # energy
    ("come Friday afternoon I'm running on fumes, why", "energy", ""),
    ("so tird all teh time, no get up n go", "energy", ""),
    ("when I'm sad do I end up more sluggish as well", "energy", ""),
    ("can barely drag myself up the stairs after work lately", "energy", ""),
    # sleep
    ("my sleep has gone to pot since the heatwave started", "sleep", ""),
    ("Thursday nights I jolt awake at three and that's me done", "sleep", ""),
    ("lying there fretting over mortgage repayments, is that what wrecks my nights", "sleep", ""),
    ("when you keep jolting awake before the alarm, what can you do", "sleep", ""),
    ("broken nights since my flatmate's boyfriend moved in with us", "sleep", ""),
    # stress
    ("kids off school and a report due, how do you stay sane", "stress", ""),
    ("up to my neck at the office since the two firms merged in March", "stress", ""),
    ("planning a wedding while starting a new job, how did I handle the pressure", "stress", ""),
    # activity: canonical, in new words
    (
        "twenty minutes on the stair machine at the sports centre, does my mood pick up",
        "activity",
        "exercise",
    ),
    ("an hour up among the heather on the moor, how do I come back", "activity", "nature"),
    ("a wander round the block with the pram after lunch, worth doing", "activity", "walk"),
    ("a few cans of lager on a school night, what do they do to me", "activity", "alcohol"),
    ("TikTok in bed till two, is that why the mornings are rough", "activity", "screen late"),
    ("a chapter of a paperback in the bath, does that settle me", "activity", "reading"),
    ("plonking away on Gran's old piano, any good for my mood", "activity", "music"),
    (
        "my Thursday sessions with the psychologist since new year, am I any better",
        "activity",
        "therapy",
    ),
    ("folding dumplings by hand when the evening's quiet, good for me", "activity", "cooking"),
    ("games night round at my mates' flat, how am I the day after", "activity", "friends"),
    (
        "roast dinners over at my folks' on Sundays, am I in better spirits after",
        "activity",
        "family",
    ),
    ("a few cat-cow stretches on the mat before breakfast, any use", "activity", "yoga"),
    ("jotting in a pocket diary before I switch the lamp off, worth it", "activity", "journaling"),
    # activity: people, a place, things the journal may not hold
    ("when Uncle Rhodri comes up from Swansea, what am I like", "activity", "Rhodri"),
    ("a brew and a chat with my coworker Siosaia, does it calm me", "activity", "Siosaia"),
    ("how do afternoons with Lolo leave me feeling", "activity", "Lolo"),
    ("Lindisfarne at Easter, how was my mood over there", "activity", "Lindisfarne"),
    ("since I took up origami have I been less wound up", "activity", "origami"),
    ("kendo class of a Tuesday, am I better for it", "activity", "kendo"),
    ("lacrosse or swimming, which one leaves me brighter", "activity", "lacrosse"),
    # unknown
    ("is there a dark mode for this app", "unknown", ""),
    ("is it true people kip worse around a full moon", "unknown", ""),
    ("if I'm offline on a plane can I still use the app", "unknown", ""),
    # last time
    ("what date did I last get a solid unbroken night's kip", "last_time", "sleep"),
    (
        "it's been a while since I did lengths at the outdoor pool, how many days exactly",
        "last_time",
        "exercise",
    ),
    ("when did I last have a proper catch-up with my old flatmate Fenella", "last_time", "Fenella"),
)


# Written blind on 2026-12-06 by a new writer (forty-first batch, kept out of this file then),
# measured twice untouched (84 % then 84 % with MiniLM and the learned topic classifier, 11 no-data
# questions per seed, 2 then 2 of them answered with items per seed; those two classes then mended
# without this block, 88 % and 0), studied in round 57 and tuned on like D-AR. Its writer's
# conventions are AR's ("Grandpa Teodor" is Teodor, "my teammate Tavita" is Tavita, a bare "Mereana"
# as written, "my mate Ximena" is Ximena; a nan moving into a care home, a new baby and a house move
# only a story's background); the new wordings it brought: two feelings (twitchier after a sleepless
# night, bleaker on a Monday after a weekend alone, more drained on anxious days, worse nights when
# stressed about money), second person, time windows, days of the week, negations, a comparison
# (marquetry against the gym), a place (Portmeirion in May), canonical activities in new words (a
# spin class before work, the pines of a country park, a stroll along the canal towpath, G&Ts once
# the kids are down, videos in bed long after lights out, a detective novel on the bus, tunes on a
# keyboard after dinner, the counsellor at the surgery every other week, bread dough on a Sunday
# morning, a curry night with the lads from uni, afternoons at my sister's with the nephews,
# downward dog on the lounge floor, three lines in a notebook at lunchtime), activities the journal
# may not hold (unicycling, beatboxing, marquetry), questions about the app or the world (printing
# the journal on paper, cheese before bed and nightmares, the app's languages), and my last bright,
# rested morning, the day of my last gym workout and my last coffee with my mate Ximena as last
# time.
BLOCK_AS: tuple[tuple[str, str, str], ...] = (
    # anxiety
    (
        "my stomach flips whenever the landlord's number lights up my phone, what helps",
        "anxiety",
        "",
    ),
    ("when you get that jittery buzz before a dentist visit, what do you do", "anxiety", ""),
    ("after a sleepless night am I twitchier and more on edge", "anxiety", ""),
    ("wrried sick all wkend abt nothin, y", "anxiety", ""),
    ("bit jittery this morning", "anxiety", ""),
    ("what have I tried that did zilch for the jitters", "anxiety", ""),
    # low mood
    (
        "everything feels drab and joyless now it's dark by four, any ideas",
        "low_mood",
        "",
    ),
    ("properly miserable n meh lately", "low_mood", ""),
    ("after a weekend on my own do I feel bleaker come Monday", "low_mood", ""),
    ("in the last fortnight what hasn't lifted my mood even a little", "low_mood", ""),
    ("low and teary since my nan went into the care home in August", "low_mood", ""),
    ("when you can't see the point of anything, what pulls you back up", "low_mood", ""),
    # energy
    ("wiped out by mid-morning even after eight hours in bed, why", "energy", ""),
    ("no oomph at all this wk, cant get off the sofa", "energy", ""),
    ("on days I'm anxious am I more drained by teatime", "energy", ""),
    ("Wednesdays I'm dead on my feet, what's different about them", "energy", ""),
    # sleep
    ("keep waking at half four with my mind racing, what stops that", "sleep", ""),
    ("since the baby came I get maybe four hours a night, anything that helps", "sleep", ""),
    ("do my nights go worse when I'm stressed about money", "sleep", ""),
    ("when you lie there for hours not dropping off, what's worth trying", "sleep", ""),
    ("restless nites all of november, y cant i drop off", "sleep", ""),
    # stress
    ("three deadlines landing the same week as a house move, how do I keep my head", "stress", ""),
    ("stretched thin since I took on the extra shifts over the summer", "stress", ""),
    ("what kept me afloat when the tax return and the audit clashed", "stress", ""),
    # activity: canonical, in new words
    ("a spin class before work, does it make me any perkier", "activity", "exercise"),
    (
        "a morning among the pines in the country park, what am I like afterwards",
        "activity",
        "nature",
    ),
    ("an evening stroll along the canal towpath, does it do me good", "activity", "walk"),
    ("a couple of G&Ts once the kids are down, what do they do to my mood", "activity", "alcohol"),
    (
        "thumbing through videos in bed long after lights out, why am I foggy next day",
        "activity",
        "screen late",
    ),
    ("getting lost in a detective novel on the bus, am I better for it", "activity", "reading"),
    ("banging out tunes on my keyboard after dinner, does it lift me", "activity", "music"),
    (
        "seeing the counsellor at the surgery every other week, is it doing anything",
        "activity",
        "therapy",
    ),
    ("kneading bread dough on a Sunday morning, good for my head", "activity", "cooking"),
    ("a curry night with the lads from uni, am I happier the day after", "activity", "friends"),
    ("afternoons at my sister's with the nephews, what do they do for me", "activity", "family"),
    (
        "downward dog and a few stretches on the lounge floor before bed, worth it",
        "activity",
        "yoga",
    ),
    (
        "writing three lines about my day in a notebook at lunchtime, does it help",
        "activity",
        "journaling",
    ),
    # activity: people, a place, things the journal may not hold
    ("how am I on the weekends Grandpa Teodor stays over", "activity", "Teodor"),
    ("lunch in the canteen with my teammate Tavita, does it perk me up", "activity", "Tavita"),
    ("what are evenings with Mereana like for me", "activity", "Mereana"),
    ("that long weekend in Portmeirion in May, was I calmer there", "activity", "Portmeirion"),
    ("ever since I took up unicycling, am I less tense", "activity", "unicycling"),
    ("beatboxing along to the radio on my drive in, any good for me", "activity", "beatboxing"),
    ("marquetry or the gym, which one settles me more", "activity", "marquetry"),
    # unknown
    ("can I print the whole journal out on paper", "unknown", ""),
    ("does eating cheese before bed really give you nightmares", "unknown", ""),
    ("how many languages does this thing speak", "unknown", ""),
    # last time
    (
        "my last morning getting up bright and properly rested, what date was it",
        "last_time",
        "sleep",
    ),
    ("the last time I did a workout at the gym, which day was that", "last_time", "exercise"),
    ("when did I last see my mate Ximena for a coffee", "last_time", "Ximena"),
)


# Written blind on 2026-12-06 by a new writer (forty-second batch, kept out of this file then),
# measured twice untouched (92 % then 92 % with MiniLM and the learned topic classifier, 11 no-data
# questions per seed, 0 then 0 of them answered with items), studied in round 58 and tuned on like
# D-AS. Its writer's conventions are AS's ("Great-Aunt Lavinia" is Lavinia, "my neighbour Folasade"
# is Folasade, a bare "Ingeborg" as written, "my pal Dragana" is Dragana; a dog lost in April, a
# best friend moving away, an early-shift rota and a restructure at work only a story's background);
# the new wordings it brought: two feelings (jumpier on days I skip lunch, lower for days after a
# row with my dad, more worn out after a spell of feeling low, choppier nights when exam worries
# build), second person, time windows, days of the week, negations, a comparison (capoeira against a
# plain jog), a place (Staithes in September), canonical activities in new words (hill sprints up
# the lane, wildflower meadows behind the estate, meandering through the village lanes after supper,
# rum and cokes on a balcony, old football clips on the phone past midnight, a fat library hardback
# with a cuppa, a trombone of an evening, a therapist on video every Monday, vine leaves stuffed by
# hand, bowling with the girls from sixth form, a weekend at the farm with my parents, mountain pose
# on the bedroom rug, a one-line-a-day diary), activities the journal may not hold (ham radio,
# lacemaking, capoeira), questions about the app or the world (hiding entries from a flatmate, a
# smartwatch, a warm bath and sleep), and my last evening with energy left after work, weeks since
# my last sea swim and my last lunch with my pal Dragana as last time.
BLOCK_AT: tuple[tuple[str, str, str], ...] = (
    # anxiety
    (
        "my palms go clammy every time the family group chat starts buzzing, how do I settle it",
        "anxiety",
        "",
    ),
    (
        "when you're all wound up before a hospital appointment, what gets you through",
        "anxiety",
        "",
    ),
    ("on days I skip lunch am I jumpier and more keyed up", "anxiety", ""),
    ("so anxs 2day cnt sit still, y tho", "anxiety", ""),
    ("stomach in knots all evening, ugh", "anxiety", ""),
    ("which things did nothing for my nerves this month", "anxiety", ""),
    # low mood
    ("nothing seems worth the bother since we lost the dog in April, what helps", "low_mood", ""),
    ("feelin rly down n hopless this wk", "low_mood", ""),
    ("after a row with my dad do I sink lower for days", "low_mood", ""),
    ("over the last month what hasn't shifted the gloom one bit", "low_mood", ""),
    ("down in the dumps ever since my best friend moved to Nanaimo", "low_mood", ""),
    ("if you keep welling up over nothing, what lifts you", "low_mood", ""),
    # energy
    ("flat as a pancake by two every afternoon, why", "energy", ""),
    ("zero get up and go on Tuesdays, whats that about", "energy", ""),
    ("after a spell of feeling low am I more worn out too", "energy", ""),
    ("running on empty every evening this week, what's draining me", "energy", ""),
    # sleep
    ("wide awake at 3.10 most nights and can't nod off again, why", "sleep", ""),
    ("since the early-shift rota kicked in my nights are a mess", "sleep", ""),
    ("when exam worries build up do my nights get choppier", "sleep", ""),
    ("when you can't switch your head off at bedtime, what do you try", "sleep", ""),
    ("tossin n turnin every nite since xmas, any ideas", "sleep", ""),
    # stress
    ("juggling a poorly parent and a new manager, how do I stay on top of it", "stress", ""),
    ("up against it at work ever since the restructure in June", "stress", ""),
    (
        "what got me through the month the boiler died and the car failed its MOT",
        "stress",
        "",
    ),
    # activity: canonical, in new words
    ("hill sprints up the lane behind the house, do they lift me", "activity", "exercise"),
    (
        "poking about in the wildflower meadows behind the estate, how am I after",
        "activity",
        "nature",
    ),
    ("meandering through the village lanes once supper's done, worth it", "activity", "walk"),
    (
        "a couple of rum and cokes on the balcony of a Friday, what are they doing to me",
        "activity",
        "alcohol",
    ),
    (
        "watching old football clips on my phone well past midnight, is that why I'm ratty at work",
        "activity",
        "screen late",
    ),
    (
        "curling up with a fat library hardback and a cuppa, does it settle me",
        "activity",
        "reading",
    ),
    ("tootling on my trombone of an evening, any good for my head", "activity", "music"),
    (
        "talking to my therapist on video every Monday since spring, is it working",
        "activity",
        "therapy",
    ),
    ("stuffing vine leaves by hand for the freezer, does it calm me", "activity", "cooking"),
    ("bowling with the girls from sixth form, am I brighter the next day", "activity", "friends"),
    ("a weekend back at the farm with my parents, what does it do for me", "activity", "family"),
    ("mountain pose and a few twists on the bedroom rug, worth keeping up", "activity", "yoga"),
    (
        "filling in my one-line-a-day diary before lights out, does it help",
        "activity",
        "journaling",
    ),
    # activity: people, a place, things the journal may not hold
    ("when Great-Aunt Lavinia comes to stay, what's my mood like", "activity", "Lavinia"),
    (
        "a natter over the fence with my neighbour Folasade, does it cheer me",
        "activity",
        "Folasade",
    ),
    ("what are my days like when Ingeborg's been round", "activity", "Ingeborg"),
    ("that week in Staithes in September, was I any lighter", "activity", "Staithes"),
    ("since I started ham radio, am I less on edge", "activity", "ham radio"),
    ("lacemaking with my bobbin pillow, has it steadied me at all", "activity", "lacemaking"),
    ("capoeira or a plain jog, which leaves me calmer", "activity", "capoeira"),
    # unknown
    ("any way to hide my entries from my nosy flatmate", "unknown", ""),
    ("does a warm bath before bed actually help people sleep", "unknown", ""),
    ("does the journal work on a smartwatch", "unknown", ""),
    # last time
    ("the last evening I still had energy left after work, when was it", "last_time", "energy"),
    ("sea swim, how many weeks since my last one", "last_time", "exercise"),
    ("my pal Dragana and me, when did we last grab lunch", "last_time", "Dragana"),
)


# Written blind on 2026-12-06 by a new writer (forty-third batch, kept out of this file then),
# measured twice untouched (88 % then 88 % with MiniLM and the learned topic classifier, 11 no-data
# questions per seed, 2 then 2 of them answered with items; those two questions' classes, a visit by
# a named person and a pursuit named by a word before an everyday doing, were then mended without
# this block and it measured 92 % with 0 answered with items, not blind for those two classes),
# studied in round 60 and tuned on like D-AT. Its writer's conventions are AT's ("Cousin Wilhelmina"
# is Wilhelmina, "my housemate Tendai" is Tendai, a bare "Anselm" as written, "my mate Oksana" is
# Oksana; an allotment taken away, a brother emigrating, a house sale, a roof leak and a new system
# at work only a story's background); the new wordings it brought: two feelings (twitchy and tense
# whenever I've slept badly, gloomier in weeks I see nobody, more drained by the weekend after an
# anxious week, more broken kip on days the office has been hectic), second person, time windows,
# days of the week, negations, a comparison (shuffleboard against a swim), a place (Portsoy at
# Easter), canonical activities in new words (planks and burpees on the kitchen floor, rock-pooling
# at low tide, a stroll along the sea wall after tea, a pint or two in the beer garden after the
# match, property listings in bed till gone one, poems from an anthology on the train, the old
# harmonium in the front room, fortnightly phone sessions with the wellbeing service, a pan of
# paella on a Saturday, a fish supper on the harbour wall with my mates, a barbecue at my brother's
# place, pigeon pose on the landing, emptying my head into a spiral notebook), activities the
# journal may not hold (stilt walking, spoon carving, shuffleboard), questions about the app or the
# world (two people sharing one journal on a laptop, a backup if the laptop dies, chamomile tea for
# anyone's nerves), and my most recent night with no waking, weeks since I took the bike out and my
# last proper catch-up with my mate Oksana as last time.
BLOCK_AU: tuple[tuple[str, str, str], ...] = (
    # anxiety
    (
        "my heart races whenever my phone lights up with a work email, how do I calm it",
        "anxiety",
        "",
    ),
    ("when you're jittery before a job interview, what actually helps", "anxiety", ""),
    ("do I wake up twitchy and tense whenever I've slept badly", "anxiety", ""),
    ("so jittry 2nite no idea y, help", "anxiety", ""),
    ("butterflies in my chest ever since the clocks went back", "anxiety", ""),
    ("what made no difference to my worrying over the past ten days", "anxiety", ""),
    # low mood
    ("everything's felt grey since they took the allotment off us, what lifts me", "low_mood", ""),
    ("proper miserable n flat all wk, wat helps", "low_mood", ""),
    ("in weeks I don't see a soul, do I get gloomier", "low_mood", ""),
    ("which of my habits hasn't touched the sadness this fortnight", "low_mood", ""),
    ("blue as anything since my brother emigrated to the other side of the world", "low_mood", ""),
    ("when you wake up feeling hollow, what gets you going", "low_mood", ""),
    # energy
    ("Thursdays I'm spent by elevenses, how come", "energy", ""),
    ("no oomph at all since the new year, what's going on", "energy", ""),
    ("when I've been anxious all week am I more drained by the weekend", "energy", ""),
    ("batteries flat every Sunday night, what's sapping me", "energy", ""),
    # sleep
    ("my eyes snap open at first light and won't shut again, why", "sleep", ""),
    ("my sleep's gone haywire since I started working from home", "sleep", ""),
    ("is my kip more broken on days the office has been hectic", "sleep", ""),
    ("when you can't drop off because your legs won't keep still, what helps", "sleep", ""),
    ("cant sleep properly since the heatwave, ne tips", "sleep", ""),
    # stress
    ("swamped by the house sale and my mum's move at once, how do I cope", "stress", ""),
    ("frazzled at work since the new system went live in October", "stress", ""),
    ("what kept me going the winter the roof leaked and the van died", "stress", ""),
    # activity: canonical, in new words
    ("planks and burpees on the kitchen floor, do they perk me up", "activity", "exercise"),
    ("rock-pooling along the shore at low tide, how am I afterwards", "activity", "nature"),
    ("a stroll along the sea wall after tea, worth it", "activity", "walk"),
    (
        "a pint or two in the beer garden after the match, what's it doing to my mood",
        "activity",
        "alcohol",
    ),
    (
        "scrolling property listings in bed till gone one, is that why I'm grumpy",
        "activity",
        "screen late",
    ),
    ("a few poems from my anthology on the train in, good for me", "activity", "reading"),
    ("pumping away at the old harmonium in the front room, does it lift me", "activity", "music"),
    (
        "my fortnightly phone sessions with the wellbeing service, are they helping",
        "activity",
        "therapy",
    ),
    ("a pan of paella for everyone on a Saturday, does it calm me", "activity", "cooking"),
    (
        "a fish supper on the harbour wall with my mates, am I cheerier after",
        "activity",
        "friends",
    ),
    ("a barbecue at my brother's place, what does it do for me", "activity", "family"),
    ("pigeon pose and slow breathing on the landing, worth keeping up", "activity", "yoga"),
    (
        "emptying my head into a spiral notebook before bed, does it help",
        "activity",
        "journaling",
    ),
    # activity: people, a place, things the journal may not hold
    ("when Cousin Wilhelmina visits, how's my mood", "activity", "Wilhelmina"),
    (
        "putting the kettle on with my housemate Tendai after work, good for me",
        "activity",
        "Tendai",
    ),
    ("Anselm popping in, do I end up in better spirits", "activity", "Anselm"),
    ("that weekend in Portsoy at Easter, was I more settled", "activity", "Portsoy"),
    ("since I took up stilt walking, am I any cheerier", "activity", "stilt walking"),
    ("spoon carving on the back step, has it calmed me down", "activity", "spoon carving"),
    ("shuffleboard at the club or a swim, which leaves me brighter", "activity", "shuffleboard"),
    # unknown
    ("can two people share one journal on this laptop", "unknown", ""),
    ("is chamomile tea actually proven to calm people's nerves", "unknown", ""),
    ("does my journal get backed up anywhere if the laptop dies", "unknown", ""),
    # last time
    ("most recent night with no waking at all, what date", "last_time", "sleep"),
    ("my bike, how many weeks since I took it out for a spin", "last_time", "exercise"),
    ("my mate Oksana and me, when was our last proper catch-up", "last_time", "Oksana"),
)


# Written blind on 2026-12-06 by a new writer (forty-fourth batch, kept out of this file then),
# measured twice untouched (80 % then 80 % with MiniLM and the learned topic classifier, 11 no-data
# questions per seed, 0 then 0 of them answered with items), studied in round 61 and tuned on like
# D-AU. Its writer's conventions are AU's ("my sister-in-law Philippa" is Philippa, "my bandmate
# Dagny" is Dagny, a bare "Thaddeus" as written, "my classmate Saoirse" is Saoirse; losing the dog,
# a close friend moving away, a new baby, wedding plans with a father's operation, a restructure at
# work and a stolen car with cut hours only a story's background); the new wordings it brought: two
# feelings (more on edge all day on mornings without breakfast, lower after a whole Saturday alone
# indoors, energy on the floor after a gloomy few days, rubbish sleep on days spent fretting over
# money), second person, time windows, days of the week, negations, a comparison (korfball against a
# bike ride), a place (Cromarty in October), canonical activities in new words (a Zumba class at the
# community centre, herons from the riverbank, a loop of the cemetery paths at lunch, spritzers at
# the tennis club bar, football highlights in bed till gone two, a library book on a park bench,
# Motown records while hoovering, EMDR sessions at a clinic, homemade tortillas on a Friday night,
# sandwiches and a blanket on the grass with mates, helping my dad in his shed, Iyengar yoga with
# straps and blocks, long letters to myself in a notepad), activities the journal may not hold
# (pyrography, diabolo, korfball), questions about the app or the world (a passcode instead of a
# fingerprint, a month of entries as a spreadsheet, lavender oil and anyone's sleep), and the last
# time I didn't stir before the alarm, how long my running shoes have sat unused and my last coffee
# with my classmate Saoirse as last time.
BLOCK_AV: tuple[tuple[str, str, str], ...] = (
    # anxiety
    (
        "the school's number flashing up sends my stomach into knots, any way to stop that",
        "anxiety",
        "",
    ),
    ("when you're dreading a big family do, what actually takes the edge off", "anxiety", ""),
    ("on mornings I go without breakfast am I more on edge all day", "anxiety", ""),
    ("proper wired 2day legs jiggling, wat do i do", "anxiety", ""),
    ("chest all aflutter since the kids went back to school", "anxiety", ""),
    ("what did nothing at all for my nerves over the last three weeks", "anxiety", ""),
    # low mood
    ("everything's felt heavy since we lost the dog, what picks me up", "low_mood", ""),
    ("feelin rubbish n teary all wk, wat can i do", "low_mood", ""),
    ("after a whole Saturday on my own indoors, am I lower", "low_mood", ""),
    ("which of the things I do hasn't shifted the low mood since Easter", "low_mood", ""),
    ("been in a slump since my closest friend relocated to Milton Keynes", "low_mood", ""),
    ("when you feel empty on a Sunday evening, what gets you out of it", "low_mood", ""),
    # energy
    ("Wednesdays I'm running on fumes by three o'clock, why", "energy", ""),
    ("zero get-up-and-go since the start of term, what's draining me", "energy", ""),
    ("when I've had a gloomy few days, is my energy on the floor as well", "energy", ""),
    ("sat mornins im totally done in, wots causin it", "energy", ""),
    # sleep
    ("I keep jolting awake at 3am and lying there for hours, why", "sleep", ""),
    ("my nights have been all over the place since the baby arrived", "sleep", ""),
    ("on days I've fretted over money, is my sleep rubbish that night", "sleep", ""),
    ("if your room is boiling and sleep won't come, any tricks", "sleep", ""),
    ("cnt get to sleep b4 2 since xmas, any ideas", "sleep", ""),
    # stress
    (
        "snowed under with wedding plans and my dad's operation at once, how do I cope",
        "stress",
        "",
    ),
    ("wound up tight ever since the restructure at work in March", "stress", ""),
    ("what got me through the spring the car was nicked and my hours were cut", "stress", ""),
    # activity: canonical, in new words
    (
        "the Zumba class at the community centre on Tuesdays, does it give me a lift",
        "activity",
        "exercise",
    ),
    ("watching the herons from the riverbank, does it settle me", "activity", "nature"),
    ("a loop of the cemetery paths on my lunch hour, good for my head", "activity", "walk"),
    (
        "a few spritzers at the tennis club bar, what are they doing to my mood",
        "activity",
        "alcohol",
    ),
    (
        "football highlights on my phone in bed till gone two, is that why I'm ratty",
        "activity",
        "screen late",
    ),
    ("a library book on a park bench at lunch, does it do me good", "activity", "reading"),
    (
        "singing along to my mum's old Motown records while I hoover, does it lift me",
        "activity",
        "music",
    ),
    ("the EMDR sessions at the clinic since spring, are they working", "activity", "therapy"),
    (
        "homemade tortillas rolled out on a Friday night, am I more relaxed afterwards",
        "activity",
        "cooking",
    ),
    (
        "sandwiches and a blanket on the grass with my mates, how am I afterwards",
        "activity",
        "friends",
    ),
    ("helping my dad out in his shed on a Saturday, what does it do for me", "activity", "family"),
    ("Iyengar yoga with the straps and blocks, worth sticking with", "activity", "yoga"),
    ("writing long letters to myself in a notepad, does it help", "activity", "journaling"),
    # activity: people, a place, things the journal may not hold
    ("when my sister-in-law Philippa comes to stay, how's my mood", "activity", "Philippa"),
    ("rehearsals with my bandmate Dagny, am I better for them", "activity", "Dagny"),
    ("Thaddeus dropping round, do I perk up", "activity", "Thaddeus"),
    ("how was I feeling while we were up in Cromarty in October", "activity", "Cromarty"),
    (
        "pyrography evenings at the kitchen table, have they made me happier",
        "activity",
        "pyrography",
    ),
    ("practising the diabolo in the yard, has it chilled me out", "activity", "diabolo"),
    (
        "korfball on a Thursday or a bike ride, which leaves me in a better place",
        "activity",
        "korfball",
    ),
    # unknown
    ("can I put a passcode on the app instead of a fingerprint", "unknown", ""),
    ("could I get a month of my entries out as a spreadsheet", "unknown", ""),
    ("does lavender oil on the pillow actually help people sleep", "unknown", ""),
    # last time
    ("last time I didn't stir once before the alarm went off", "last_time", "sleep"),
    ("my running shoes, how long have they sat by the door unused", "last_time", "exercise"),
    ("my classmate Saoirse and me, when did we last go for a coffee", "last_time", "Saoirse"),
)
