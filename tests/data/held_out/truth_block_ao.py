"""Block AO: 50 Insights questions written blind (thirty-seventh batch, 2026-12-05).

Labelled before any run by the conventions of blocks L to AN, as the comment above ``BLOCK_AN``
states them: a named activity, person or place is the subject even next to a feeling word, and
with two of them (a comparison) the first named; a person by first name without titles or kin
words, a bare kin word as written; the canonical names (exercise, nature, walk, alcohol, screen
late, reading, music, therapy, cooking, friends, family, yoga, journaling) for those activities
in any words; a thing the journal may not hold as its plain noun, and "since I took up X" names
X; two feelings: the object of an effect verb, else the outcome asked after, else the condition;
a name that is only a story's background does not make the subject; negations, comparisons, time
windows, days and second person keep the topic; questions about the app or the world are
unknown; "when did I last …" and "how long since …" are last time, with the activity, person or
the feeling kind.

The new wordings this block brings: the dentist's waiting room tying my stomach in knots, on pins
and needles every Wednesday night (a day), your heart racing over nothing at the checkout (second
person), more rattled in weeks of not sleeping right (the outcome asked after), "so panicy n
frettin al week" (typos) and fretful all through Advent (a time window) as anxiety; properly flat
since my best mate moved to Perth (Perth only background), "miserable af rn" (short, texting),
sadder in weeks of being run ragged (the outcome asked after), what doesn't shift the gloom (a
negation), not wanting to see anyone or pick up the phone (indirect) and down in the dumps the
whole of January (a time window) as low mood; sapped by mid-afternoon, "y do i feel so wiped on
fridays evry wk" (typos, a day), more drained in my low weeks (the outcome asked after) and no
oomph left after the school run as energy; waking at 4 when a neighbour's car alarm goes, the
worry over bills costing me sleep (the object), broken nights since the baby started teething
(the baby only background), Tuesday nights the worst for dropping off (a day) and sleep all over
the shop since the clocks changed (a time window) as sleep; a wedding to plan and a new manager in
one month, fifty emails and a presentation at nine (second person) and swamped ever since the
merger in spring (a time window) as stress; kettlebells out in the garage before work (exercise),
wandering through the bluebells in the copse (nature), an after-tea amble round the estate
(walk), a few pints of bitter on a Thursday (alcohol), YouTube Shorts in bed till the small hours
(screen late), a paperback whodunnit on the bus (reading), strumming a mandolin of an evening
(music), a counsellor every other Thursday since autumn (therapy), batch-cooking lentil stew on
Sundays (cooking), quiz nights down the pub with my mates (friends), driving over to my parents
every other weekend (family), hatha stretches on the lounge rug before bed (yoga) and morning
pages with my first coffee (journaling) as the canonical activities; Auntie Ngozi popping in for a
natter, evenings with my cousin Siobhán and a bare "Dziadek" coming round on a Sunday as the
person (Ngozi, Siobhán, and "Dziadek" as written); that long weekend up in Ayr a place;
paddleboarding since June (a time window, the hobby the subject), crocheting blankets on
weeknights (crochet) and lawn bowls on a Wednesday weighed against the gym (the first named) not
canonical, as written; opening the diary with a thumbprint, cold water calming people in general
and a nudge at bedtime for a forgotten entry unknown; the latest day with my nerves totally quiet
(anxiety), how long since I dragged myself to a spin class (exercise) and how long ago Priyanka
and I had lunch, just the two of us, as last time.
"""

from __future__ import annotations

BLOCK_AO: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("the dentist's waiting room ties my stomach in knots, what has settled me", "anxiety", ""),
    (
        "on pins and needles every Wednesday night, what was different on the calmer ones",
        "anxiety",
        "",
    ),
    (
        "when your heart's racing over nothing at the checkout, what tends to settle it",
        "anxiety",
        "",
    ),
    ("am I more rattled in the weeks I'm not sleeping right", "anxiety", ""),
    ("so panicy n frettin al week wat helps", "anxiety", ""),
    ("been fretful all through Advent, did anything ease it", "anxiety", ""),
    ("been properly flat since my best mate moved to Perth, what's lifted me", "low_mood", ""),
    ("miserable af rn", "low_mood", ""),
    ("do I get sadder in weeks when I'm run ragged", "low_mood", ""),
    ("what doesn't shift the gloom once it settles in", "low_mood", ""),
    (
        "not wanting to see anyone or pick up the phone again, what got me out of it before",
        "low_mood",
        "",
    ),
    ("down in the dumps the whole of January, what helped back then", "low_mood", ""),
    ("completely sapped by mid-afternoon, what gives me a lift", "energy", ""),
    ("y do i feel so wiped on fridays evry wk", "energy", ""),
    ("do my low weeks leave me more drained than usual", "energy", ""),
    ("no oomph left after the school run, what's made a difference", "energy", ""),
    ("waking at 4 every time the neighbour's car alarm goes off, what helps", "sleep", ""),
    ("is the worry over bills what's costing me sleep lately", "sleep", ""),
    ("broken nights ever since the baby started teething, anything that helped", "sleep", ""),
    ("Tuesday nights I can barely drop off, why is that", "sleep", ""),
    ("sleep's been all over the shop since the clocks changed", "sleep", ""),
    ("a wedding to plan and a new manager in the same month, what kept me sane", "stress", ""),
    ("when you've got fifty emails and a presentation at nine, what helps", "stress", ""),
    ("swamped at work ever since the merger in spring", "stress", ""),
    # activities with canonical names, in new words
    ("kettlebells out in the garage before work, any good for my head", "activity", "exercise"),
    ("wandering through the bluebells in the copse, does it lift me", "activity", "nature"),
    ("does an after-tea amble round the estate do anything for me", "activity", "walk"),
    ("what do a few pints of bitter on a Thursday do to me", "activity", "alcohol"),
    ("YouTube Shorts in bed till the small hours, is that hurting me", "activity", "screen late"),
    ("does a paperback whodunnit on the bus help my head", "activity", "reading"),
    ("strumming my mandolin of an evening, does it calm me down", "activity", "music"),
    (
        "seeing a counsellor every other Thursday since autumn, has it made a dent",
        "activity",
        "therapy",
    ),
    ("batch-cooking lentil stew on Sundays, good for me or not", "activity", "cooking"),
    ("quiz nights down the pub with my mates, do they perk me up", "activity", "friends"),
    ("driving over to see my parents every other weekend, does it help", "activity", "family"),
    ("hatha stretches on the lounge rug before bed, do they help at all", "activity", "yoga"),
    ("writing morning pages with my first coffee, is it doing anything", "activity", "journaling"),
    # people and places
    ("how am I after Auntie Ngozi pops in for a natter", "activity", "Ngozi"),
    ("evenings with my cousin Siobhán, good for me?", "activity", "Siobhán"),
    ("when Dziadek comes round on a Sunday, am I brighter after", "activity", "Dziadek"),
    ("that long weekend up in Ayr, was I any happier", "activity", "Ayr"),
    # things the journal may not hold
    ("I've been out paddleboarding since June, any change in me", "activity", "paddleboarding"),
    ("crocheting blankets on weeknights, does it settle me", "activity", "crochet"),
    ("lawn bowls on a Wednesday or the gym, which leaves me happier", "activity", "lawn bowls"),
    # the app or the world
    ("is there a way to open the diary with a thumbprint instead of a password", "unknown", ""),
    ("is it true cold water makes people less anxious in general", "unknown", ""),
    ("will it nudge me at bedtime if I forget to make an entry", "unknown", ""),
    # when did I last …
    ("a day with my nerves totally quiet, how far back was the latest one", "last_time", "anxiety"),
    ("spin class: how long's it been since I last dragged myself to one", "last_time", "exercise"),
    ("Priyanka and me, lunch, just the two of us: how long ago now", "last_time", "Priyanka"),
)
