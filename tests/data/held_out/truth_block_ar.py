"""Insights questions written blind (fortieth batch) for ``bench_truth``, kept out of the tuned
blocks until measured.

Labelled by the conventions of blocks L to AQ, as the comment above ``BLOCK_AP`` states them: a
named activity, person or place is the subject, even next to a feeling word, and a person beats an
activity named with them; in a comparison the first named is the subject; two feelings: the object
of an effect verb wins, else the outcome asked after, else the feeling named as the condition;
negations, comparisons, time windows, days and second person keep the topic; people by first name
without titles or kin words, a bare kin word as written; a name that is only a story's background
does not make the subject; canonical activity names where the blocks use them (exercise, nature,
walk, alcohol, screen late, reading, music, therapy, cooking, friends, family, yoga, journaling); a
thing the journal may not hold is still the subject, as its plain noun; "when did I last", "how long
since" and "the last time" are last time, with the activity, person or feeling kind; questions
about the app or the world are unknown.

The new wordings this block brings: a chest going tight whenever a work email pings after six, your
nerves shot before a big presentation (second person), more on edge after a day of arguing with my
partner (the outcome asked after), "sundays by teatime im all panicy n shaky, y" (typos, a day),
"all on edge today" (short) and what has done nothing for the worrying (a negation) as anxiety;
curtains unopened for three days (indirect), "feelin proper flat n empty" (short, texting), gloomier
the day after being worn out (the outcome asked after), a slump since a birthday in October (a time
window), what makes no dent when hopeless (a negation) and feeling low since my brother moved to
Calgary (Calgary only background) as low mood; running on fumes come Friday afternoon (a day), "so
tird all teh time, no get up n go" (typos), more sluggish when sad (the outcome asked after) and
barely dragging myself up the stairs after work (indirect) as energy; sleep gone to pot since the
heatwave (a time window), jolting awake at three on Thursday nights (a day), fretting over mortgage
repayments wrecking my nights (the object), jolting awake before the alarm (second person) and
broken nights since a flatmate's boyfriend moved in (the boyfriend only background) as sleep; the
kids off school with a report due (second person), up to my neck at the office since two firms
merged in March (a time window) and a wedding planned while starting a new job as stress; twenty
minutes on the stair machine at the sports centre (exercise), an hour up among the heather on the
moor (nature), a wander round the block with the pram after lunch (walk), a few cans of lager on a
school night (alcohol), TikTok in bed till two (screen late), a chapter of a paperback in the bath
(reading), plonking away on Gran's old piano (music), Thursday sessions with the psychologist since
new year (therapy), folding dumplings by hand on a quiet evening (cooking), a games night round at
my mates' flat (friends), Sunday roasts at my folks' (family), cat-cow stretches on the mat before
breakfast (yoga) and a pocket diary before the lamp goes off (journaling) as the canonical
activities; Uncle Rhodri visiting from Swansea (Swansea only background), a brew with my coworker
Siosaia and afternoons with a bare "Lolo" as the person (Rhodri, Siosaia, and "Lolo" as written);
Lindisfarne at Easter a place; origami ("since I took up"), a kendo class of a Tuesday and lacrosse
weighed against swimming (the first named) not canonical, as written; dark mode in the app, whether
people sleep worse around a full moon, and using the app offline on a plane unknown; the date of my
last unbroken night's kip (sleep), days since lengths at the outdoor pool (exercise) and my last
catch-up with my old flatmate Fenella (the person) as last time.
"""

from __future__ import annotations

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
