"""Block AU: 50 Insights questions written blind for ``bench_truth`` (forty-third batch).

Written on 2026-12-06 by a new writer who never opened the insights rules, the topic classifier's
training questions or the tuned blocks' rows, and labelled by the conventions of blocks L to AT
(stated in ``tests/data/insights/README.md`` and the comments of the blind block modules):

* people by their first name without a title or kin word ("Cousin Wilhelmina" is Wilhelmina, "my
  housemate Tendai" is Tendai, "my mate Oksana" is Oksana), a bare name as written ("Anselm"); an
  allotment taken away, a brother emigrating to the other side of the world, a house sale, a
  roof leak and a new system at work are only a story's background, so the feeling asked about is
  the topic;
* a place as written (Portsoy at Easter); a thing the journal may not hold as its plain noun
  (stilt walking, spoon carving, shuffleboard), the first side of a comparison winning
  (shuffleboard against a swim);
* canonical activities in new words: planks and burpees on the kitchen floor (exercise),
  rock-pooling along the shore at low tide (nature), a stroll along the sea wall after tea (walk),
  a pint or two in the beer garden after the match (alcohol), property listings in bed till gone
  one (screen late), poems from an anthology on the train in (reading), the old harmonium in the
  front room (music), fortnightly phone sessions with the wellbeing service (therapy), a pan of
  paella for everyone on a Saturday (cooking), a fish supper on the harbour wall with my mates
  (friends), a barbecue at my brother's place (family), pigeon pose and slow breathing on the
  landing (yoga), emptying my head into a spiral notebook before bed (journaling);
* two feelings, the outcome asked after winning: twitchy and tense whenever I've slept badly
  (anxiety), gloomier in weeks I see nobody (low mood), more drained by the weekend after an
  anxious week (energy), more broken kip on days the office has been hectic (sleep);
* second person, time windows ("since the clocks went back", "over the past ten days", "this
  fortnight", "since the new year"), days of the week (Thursdays, Sunday nights), negations,
  typos and texting keep the topic; two people sharing one journal on a laptop, a backup if the
  laptop dies and chamomile tea for anyone's nerves are unknown;
* last time: my most recent night with no waking at all (sleep), weeks since I took the bike out
  (exercise) and my last proper catch-up with my mate Oksana (Oksana).

Kind mix as block AT: anxiety 6, low mood 6, energy 4, sleep 5, stress 3, activity 20, unknown 3,
last time 3.
"""

from __future__ import annotations

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
