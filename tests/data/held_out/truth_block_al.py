"""Block AL: 50 Insights questions written blind for ``bench_truth`` (thirty-fourth batch).

Written on 2026-12-05 by a new writer who never opened the insights rules nor the tuned blocks'
questions, labelled by hand before any code ran, by the conventions of blocks L to AK as the
comment above ``BLOCK_AK`` states them: a named activity, person or place is the subject, even
next to a feeling word; with two of them (a comparison) the first named is the subject; with two
feelings the one asked about wins (the object of an effect verb, else the outcome asked after,
else the condition); negations, comparisons, time windows, days of the week and second-person
wording keep the topic; a thing only in a story's background does not make the subject; people
by first name without titles or kin words, a bare kin word as written; places as written;
canonical names where the blocks use them (exercise, nature, walk, alcohol, screen late,
reading, music, therapy, cooking, friends, family, yoga, journaling); a thing the journal may not
hold is still the subject, as its plain noun ("since I took up X" names X); questions about the
app or the world are unknown; "when did I last …", "how long since …" are last time, with the
activity, person or place, or the feeling kind.

The new wordings this block brings: a flutter in my chest before the dentist, jumpy as a cat on
Sunday nights (a day), rehearsing a phone call in your head for an hour (second person), more wound
up and twitchy after sleeping in fits and starts (the outcome asked after), "heart goin like the
clappers evry time the fone rings" (typos) and dread over the last fortnight of term (a time
window) as anxiety; the world grey and muffled since my dog died (the dog only background),
"everything's a bit pants n teary today" (short, texting), leaving texts unanswered and the
curtains shut, heavy days dragging on longer when running on empty (the outcome asked after), what
doesn't shift the sadness at its worst (a negation) and down all through February (a time window)
as low mood; a phone-on-1%-by-teatime feeling, sluggish and heavy-limbed all weekend, "so drainned
evry evenin aftr wrk" (typos) and the day after a panicky one a write-off with no puff (the outcome
asked after) as energy; wide awake at quarter to four, worrying about a son's exams cutting into my
sleep (the object), choppy nights since the baby came (the baby only background), Saturdays against
weekdays (a day, a comparison) and dread about the commute keeping me tossing and turning (the
object of the effect verb) as sleep; an MOT, a kid's birthday party and a work audit on one Friday
(second person), swamped at the office right through spring (a time window) and frazzled by the tax
deadline as stress; press-ups and burpees on the landing (exercise), time among the bracken and
gorse up on the fells (nature), a wee dander along the seafront after tea (walk), a couple of G&Ts
on a Friday, with a negation (alcohol), bingeing box sets on a tablet under the covers till gone 1
(screen late), getting lost in a crime novel with a cuppa (reading), singing along to ABBA while
hoovering (music), a psychotherapist every other week (therapy), a big pot of chilli to freeze for
the week (cooking), Sunday brunch with the lads (friends), going home to see my parents every couple
of months (family), a few sun salutations when I get up (yoga) and three lines in a gratitude log
each night (journaling) as the canonical activities; Auntie Funmi popping round for a coffee, my
cousin Eilidh staying over and afternoons with a bare "Babcia" as the person (Funmi, Eilidh, and
"Babcia" as written); the Whitstable trip in May a place; Morris dancing ("since I took up"), metal
detecting along the tideline and curling at the ice rink weighed against the gym (the first named)
not canonical, as written; putting my entries on a Kindle, coffee after 2pm for everyone and a blue
tick the app puts by some entries unknown; a whole day with no jitters (anxiety), my last long
canal-side walk (walk) and the last proper catch-up with Tomasz as last time.
"""

from __future__ import annotations

BLOCK_AL: tuple[tuple[str, str, str], ...] = (
    ("what settles the flutter in my chest before a dentist appointment?", "anxiety", ""),
    ("Sunday nights I'm jumpy as a cat, why's that", "anxiety", ""),
    (
        "when you keep rehearsing a phone call in your head for an hour, what eases that?",
        "anxiety",
        "",
    ),
    ("am I more wound up and twitchy after I've slept in fits and starts?", "anxiety", ""),
    ("heart goin like the clappers evry time the fone rings wat helps", "anxiety", ""),
    ("what eased the dread over the last fortnight of term?", "anxiety", ""),
    (
        "the world's felt grey and muffled since my dog died, what lifts it even a bit?",
        "low_mood",
        "",
    ),
    ("everything's a bit pants n teary today", "low_mood", ""),
    (
        "leaving texts unanswered and the curtains shut all day, what's that tied to?",
        "low_mood",
        "",
    ),
    ("do the heavy days drag on longer when I'm running on empty?", "low_mood", ""),
    ("what doesn't shift the sadness when it's at its very worst", "low_mood", ""),
    ("why was I so down all through February?", "low_mood", ""),
    ("that phone-on-1%-by-teatime feeling, what's behind it?", "energy", ""),
    ("sluggish and heavy-limbed the whole weekend, any pattern there?", "energy", ""),
    ("y am i so drainned evry evenin aftr wrk", "energy", ""),
    ("after a panicky day is the next one a write-off, no puff at all?", "energy", ""),
    ("wide awake at quarter to four again, what's behind that?", "sleep", ""),
    ("does worrying about my son's exams cut into my sleep?", "sleep", ""),
    ("nights have been choppy since the baby came, anything that helps?", "sleep", ""),
    ("Saturdays versus weekdays, which nights do I sleep better?", "sleep", ""),
    ("does dread about the commute keep me tossing and turning?", "sleep", ""),
    (
        "you've got an MOT, a kid's birthday party and a work audit all on the same Friday,"
        " what keeps you afloat?",
        "stress",
        "",
    ),
    ("swamped at the office right through spring, what got me through?", "stress", ""),
    ("frazzled by the tax deadline, what worked last time round?", "stress", ""),
    ("do press-ups and burpees on the landing before work do anything?", "activity", "exercise"),
    ("time out among the bracken and gorse up on the fells, good for me?", "activity", "nature"),
    ("a wee dander along the seafront after my tea, does it help?", "activity", "walk"),
    ("do a couple of G&Ts on a Friday not actually help?", "activity", "alcohol"),
    (
        "bingeing box sets on my tablet under the covers till gone 1, bad idea?",
        "activity",
        "screen late",
    ),
    ("getting lost in a crime novel with a cuppa, good for me?", "activity", "reading"),
    ("singing along to ABBA while hoovering, does it help my mood", "activity", "music"),
    (
        "has talking things through with a psychotherapist every other week helped?",
        "activity",
        "therapy",
    ),
    (
        "making a big pot of chilli to freeze for the week, does it settle me?",
        "activity",
        "cooking",
    ),
    ("what does Sunday brunch with the lads do for my head?", "activity", "friends"),
    (
        "going home to see my parents every couple of months, what does it do for me?",
        "activity",
        "family",
    ),
    ("a few sun salutations when I get up, worth keeping?", "activity", "yoga"),
    ("writing three lines in a gratitude log each night, any use?", "activity", "journaling"),
    ("what are my days like when Auntie Funmi pops round for a coffee?", "activity", "Funmi"),
    ("when my cousin Eilidh stays over am I calmer?", "activity", "Eilidh"),
    ("afternoons with Babcia, do they perk me up?", "activity", "Babcia"),
    ("was I any brighter after the Whitstable trip in May?", "activity", "Whitstable"),
    ("have I been happier since I took up Morris dancing?", "activity", "Morris dancing"),
    ("metal detecting along the tideline, is it good for my head?", "activity", "metal detecting"),
    (
        "does curling at the ice rink beat the gym for my mood?",
        "activity",
        "curling",
    ),
    ("can I put my journal entries on a Kindle?", "unknown", ""),
    ("is coffee after 2pm bad for everyone's sleep?", "unknown", ""),
    ("the app puts a blue tick by some entries, what's that for?", "unknown", ""),
    (
        "a whole day with no jitters, when did that last happen?",
        "last_time",
        "anxiety",
    ),
    ("my last long canal-side walk, which day was it?", "last_time", "walk"),
    ("Tomasz and I haven't had a proper catch-up in forever, when was it?", "last_time", "Tomasz"),
)
