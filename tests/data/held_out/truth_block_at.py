"""Block AT: 50 Insights questions written blind for ``bench_truth`` (forty-second batch).

Written on 2026-12-06 by a new writer who never opened the insights rules, the topic classifier's
training questions or the tuned blocks' rows, and labelled by the conventions of blocks L to AS
(stated in ``tests/data/insights/README.md`` and the comments of the blind block modules):

* people by their first name without a title or kin word ("Great-Aunt Lavinia" is Lavinia, "my
  neighbour Folasade" is Folasade, "my pal Dragana" is Dragana), a bare name as written
  ("Ingeborg"); a dog lost in April, a best friend moving to Nanaimo, an early-shift rota and a
  restructure at work are only a story's background, so the feeling asked about is the topic;
* a place as written (Staithes in September); a thing the journal may not hold as its plain noun
  (ham radio, lacemaking with a bobbin pillow, capoeira), the first side of a comparison winning
  (capoeira against a plain jog);
* canonical activities in new words: hill sprints up the lane behind the house (exercise), poking
  about in the wildflower meadows behind the estate (nature), meandering through the village lanes
  once supper's done (walk), rum and cokes on the balcony of a Friday (alcohol), old football clips
  on the phone well past midnight (screen late), a fat library hardback with a cuppa (reading),
  tootling on a trombone of an evening (music), a therapist on video every Monday since spring
  (therapy), vine leaves stuffed by hand for the freezer (cooking), bowling with the girls from
  sixth form (friends), a weekend back at the farm with my parents (family), mountain pose and a few
  twists on the bedroom rug (yoga), a one-line-a-day diary before lights out (journaling);
* two feelings, the outcome asked after winning: jumpier on days I skip lunch (anxiety), lower for
  days after a row with my dad (low mood), more worn out after a spell of feeling low (energy),
  choppier nights when exam worries build (sleep);
* second person, time windows ("this month", "over the last month"), days of the week, negations,
  typos and texting keep the topic; hiding entries from a nosy flatmate, a smartwatch and a warm
  bath as a sleep remedy for anyone are unknown;
* last time: my last evening with energy left after work (energy), weeks since my last sea swim
  (exercise) and the last lunch my pal Dragana and I grabbed (Dragana).

Kind mix as block AS: anxiety 6, low mood 6, energy 4, sleep 5, stress 3, activity 20, unknown 3,
last time 3.
"""

from __future__ import annotations

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
