"""Insights questions written blind (thirty-ninth batch) for ``bench_truth``, kept out of the tuned
blocks until measured.

Labelled by the conventions of blocks L to AP, as the comment above ``BLOCK_AP`` states them: a
named activity, person or place is the subject, even next to a feeling word, and a person beats an
activity named with them; in a comparison the first named is the subject; two feelings: the object
of an effect verb wins, else the outcome asked after, else the feeling named as the condition;
negations, comparisons, time windows, days and second person keep the topic; people by first name
without titles or kin words, a bare kin word as written; a name that is only a story's background
does not make the subject; canonical activity names where the blocks use them (exercise, nature,
walk, alcohol, screen late, reading, music, therapy, cooking, friends, family, yoga, journaling); a
thing the journal may not hold is still the subject, as its plain noun; "when did I last", "how long
since" and "the last week I" are last time, with the activity, person or feeling kind; questions
about the app or the world are unknown.

The new wordings this block brings: a stomach doing somersaults ahead of any trip to the dentist,
your heart racing whenever the phone rings (second person), more nervous in the days after a row
with my sister (the outcome asked after), "y do i get so anxius b4 meetins" (typos), "nervy n
twitchy rn" (short) and what never takes the edge off my nerves (a negation) as anxiety; not
showering or answering texts for days (indirect), "meh n lonely" (short, texting), sadder after
fretting over money (the outcome asked after), down in the dumps all through February (a time
window), which bits of my routine are useless when I'm blue (a negation) and everything grey since
my best mate emigrated to Perth (Perth only background) as low mood; drained by mid-Wednesday (a
day), "cant stop yawnin n feel dead tierd" (typos), wiped out by the evening after a day of worrying
(the outcome asked after) and no oomph once home from the shift (indirect) as energy; nights going
downhill since the dark evenings started (a time window), Sunday nights unable to drop off (a day),
stressing over Mum's biopsy results keeping me awake (the object), wide awake at 4am with the
seagulls and broken sleep since the baby moved into her own room (the move only background) as
sleep; a sick toddler at home and three things due (second person), under pressure since the audit
in October (a time window) and moving house and stepping up to team lead at once as stress; a spin
on the exercise bike in the spare room (exercise), an afternoon under the beech trees at the country
park (nature), strolling out to the harbour wall and back after dinner (walk), a bottle of pink
shared midweek (alcohol), bingeing YouTube Shorts past midnight (screen late), a whodunnit on the
commuter train (reading), a harmonica on the back step (music), fortnightly counselling since spring
(therapy), a Sunday dal batch for the week (cooking), Friday dim sum with my mates (friends), video
calls to my parents in Manila (family, Manila only background), a slow stretchy yoga flow on the
bedroom floor (yoga) and writing my day in a notebook on the bus (journaling) as the canonical
activities; Auntie Bronagh down from Derry (Derry only background), a natter over the fence with my
neighbour Harpreet and days with a bare "Tutu" at the care home as the person (Bronagh, Harpreet,
and "Tutu" as written); Aldeburgh last summer a place; kintsugi ("ever since I started"), a hula
class on a Monday and padel weighed against the gym (the first named) not canonical, as written; a
bigger font in the app, rainy weather and everybody's temper, and the app locking itself when left
open unknown; the last week not wound up about work (stress), weeks since a jog along the prom
(exercise) and when my cousin Tadhg last came round for tea (the person) as last time.
"""

from __future__ import annotations

BLOCK_AQ: tuple[tuple[str, str, str], ...] = (
    # anxiety
    ("my stomach does somersaults ahead of any trip to the dentist, what eases it", "anxiety", ""),
    ("when your heart races every time the phone rings, what's worth a try", "anxiety", ""),
    ("after a row with my sister am I more nervous for the next few days", "anxiety", ""),
    ("y do i get so anxius b4 meetins wit my manager", "anxiety", ""),
    ("nervy n twitchy rn", "anxiety", ""),
    ("which things never take the edge off my nerves", "anxiety", ""),
    # low mood
    (
        "can't be bothered to shower or answer texts for days at a time, what gets me out of it",
        "low_mood",
        "",
    ),
    ("meh n lonely", "low_mood", ""),
    ("does fretting over money leave me sadder afterwards", "low_mood", ""),
    ("down in the dumps all through February, what did I try", "low_mood", ""),
    ("which bits of my routine are useless when I'm blue", "low_mood", ""),
    ("everything's been grey since my best mate emigrated to Perth", "low_mood", ""),
    # energy
    ("what drains me so badly by mid-Wednesday", "energy", ""),
    ("cant stop yawnin n feel dead tierd all wk", "energy", ""),
    ("when I've been worrying all day, am I wiped out by the evening", "energy", ""),
    ("no oomph for anything once I'm home from the shift", "energy", ""),
    # sleep
    ("have my nights gone downhill since the dark evenings started", "sleep", ""),
    ("Sunday nights I just can't drop off", "sleep", ""),
    ("is stressing over my mum's biopsy results keeping me awake", "sleep", ""),
    ("up at 4am wide awake with the seagulls, any pattern there", "sleep", ""),
    ("broken sleep ever since we moved the baby into her own room", "sleep", ""),
    # stress
    ("with a sick toddler at home and three things due, what keeps you going", "stress", ""),
    ("under pressure at work since the audit kicked off in October", "stress", ""),
    ("moving house and stepping up to team lead all at once, how did I cope", "stress", ""),
    # activity: canonical, in new words
    (
        "does a spin on the exercise bike in the spare room before work do anything for me",
        "activity",
        "exercise",
    ),
    ("how am I after an afternoon under the beech trees at the country park", "activity", "nature"),
    ("strolling out to the harbour wall and back after dinner, does that help", "activity", "walk"),
    ("a bottle of pink shared midweek, how does it leave me", "activity", "alcohol"),
    (
        "bingeing YouTube Shorts past midnight, does it wreck the next day",
        "activity",
        "screen late",
    ),
    ("a whodunnit on the commuter train, does it lift me", "activity", "reading"),
    ("blowing into my harmonica on the back step, any effect", "activity", "music"),
    ("my fortnightly counselling since spring, any difference to me", "activity", "therapy"),
    ("Sunday dal batch for the week ahead, good for my head", "activity", "cooking"),
    ("Friday dim sum with my mates, am I happier after", "activity", "friends"),
    ("video calls home to my parents in Manila, do they perk me up", "activity", "family"),
    ("does a slow stretchy yoga flow on the bedroom floor help my mood", "activity", "yoga"),
    ("writing my day down in a notebook on the bus home, worth it", "activity", "journaling"),
    # activity: people, a place, things the journal may not hold
    ("weekends when Auntie Bronagh comes down from Derry, how do I feel", "activity", "Bronagh"),
    (
        "am I calmer after a natter over the fence with my neighbour Harpreet",
        "activity",
        "Harpreet",
    ),
    ("what are days with Tutu at the care home like for me", "activity", "Tutu"),
    ("Aldeburgh last summer, what was I like while we were there", "activity", "Aldeburgh"),
    ("ever since I started mending bowls with kintsugi, am I steadier", "activity", "kintsugi"),
    ("hula class on a Monday, does it do me good", "activity", "hula"),
    ("padel versus the gym, which one sorts my head out more", "activity", "padel"),
    # unknown
    ("can I make the font bigger in this thing", "unknown", ""),
    ("does rainy weather make everybody grumpy", "unknown", ""),
    ("will the app lock itself if I leave it open", "unknown", ""),
    # last time
    ("which was the last week I wasn't wound up about work", "last_time", "stress"),
    ("it's been ages since a jog along the prom, how many weeks", "last_time", "exercise"),
    ("when did my cousin Tadhg last come round for a cup of tea", "last_time", "Tadhg"),
)
