"""Block AJ: 50 Insights questions written blind for ``bench_truth`` (thirty-second batch).

Written on 2026-12-05 by a new writer who never opened the insights rules nor the tuned blocks'
questions, labelled by hand as each question was written, before any code ran on it. The
conventions are those of blocks L to AI: a named activity, person or place is the subject, even
next to a feeling word, and with two of them (a comparison) the first one named; a person beats
an activity done with them; people by first name without titles or kin words ("Uncle Dev" is
Dev), a bare family word as written ("Grandad"); places as written; canonical activity names
where they apply (exercise, nature, walk, alcohol, screen late, reading, music, therapy,
cooking, friends, family, yoga, journaling); a thing the journal may not hold is still the
subject, as its plain noun, and "since I started X" names X; two feelings: the object of an
effect verb wins, else the outcome asked after, else the condition; tired, drained and worn out
are energy, waking and nights are sleep, deadlines and workload are stress, nerves and jitters
are anxiety, flat, gloomy and crying are low mood; negations, comparisons, time windows, days
and second person keep the topic; a name only in a story's background does not make the
subject; questions about the app or the world are unknown; "when was the last …" and "how long
since …" are last time, with the activity, person or feeling kind as the subject.

The new wordings this block brings: shaky hands before ringing the council, heart in my mouth
before the school run all term (a time window), the jitters on Thursday mornings (a day),
replaying every conversation in case you upset someone (second person), jitterier after a string
of rough nights (the outcome asked after) and "nervus b4 seeing ppl" (typos) as anxiety;
everything beige and far away since a funeral (the funeral only background), "feelin rly crap n
cant stop cryin" (typos), "so glum rn" (very short), gloomy stretches dragging on when I'm
exhausted (the outcome asked after), what doesn't shift the grey fog (a negation) and flatter than
usual across August (a time window) as low mood; running on fumes by lunchtime, legs like lead by
mid-morning, "constantly knakerd for no reasn" (typos) and more worn out the day after a stressful
one (the outcome asked after) as energy; awake at ten to five, what knocks my nights sideways on
down days (the object asked after), nights rubbish since the heatwave, Sundays against the rest
of the week (a day) and money worries chewing up my nights (the object) as sleep; buried under
marking and parents' evening, three deadlines on one Friday (second person) and pulled in ten
directions at work this month as stress; HIIT in the garage (exercise), poking about in the
bluebell woods (nature), an evening wander with the dog (walk), rosé on a Saturday (alcohol),
Reddit under the covers till 1 (screen late), cosy mysteries before bed (reading), belting out
power ballads on the motorway (music), a psychologist since September (therapy), bread from
scratch at weekends (cooking), bouncing back after seeing my crew (friends), staying over at my
parents' for the bank holiday (family), vinyasa flow on a Wednesday (yoga) and morning pages
over coffee (journaling) as the canonical activities; Uncle Dev's visits, a weekend with my
cousin Aoife and the days I see Grandad as the person (Dev, Aoife, and the bare "Grandad" as
written); long weekends in Llandudno a place; jiu-jitsu classes ("since I started"), beachcombing
for sea glass on Sunday mornings and table tennis weighed against the gym (the first named) not
canonical, as written; one journal shared across two laptops, dreaming more after giving up
drink for everyone and a little orange dot beside some dates unknown; the last week with no work
pressure (stress), when I last went swimming (exercise) and the last proper catch-up with Hamza
as last time.
"""

from __future__ import annotations

BLOCK_AJ: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("why do my hands go shaky every time I have to ring the council", "anxiety", ""),
    ("heart in my mouth before every school run this term, what settles it?", "anxiety", ""),
    ("what's behind the jitters I get on Thursday mornings", "anxiety", ""),
    (
        "when you keep replaying every conversation in case you upset someone, what calms it?",
        "anxiety",
        "",
    ),
    ("am I jitterier after a string of rough nights", "anxiety", ""),
    ("y do i get so nervus b4 seeing ppl", "anxiety", ""),
    (
        "everything's felt beige and far away since the funeral, what's helped me before?",
        "low_mood",
        "",
    ),
    ("wat helps when im feelin rly crap n cant stop cryin", "low_mood", ""),
    ("so glum rn", "low_mood", ""),
    ("do my gloomy stretches drag on longer when I'm exhausted", "low_mood", ""),
    ("which things don't shift the grey fog I get into", "low_mood", ""),
    ("was I flatter than usual across the whole of August", "low_mood", ""),
    ("running on fumes by lunchtime, any idea why", "energy", ""),
    ("legs like lead and no get-up by mid-morning, what's going on", "energy", ""),
    ("constantly knakerd for no reasn, y", "energy", ""),
    ("am I more worn out the day after a really stressful one", "energy", ""),
    ("awake at ten to five again, what's going on", "sleep", ""),
    ("on my down days, what knocks my nights sideways?", "sleep", ""),
    ("my nights have been rubbish since the heatwave, why", "sleep", ""),
    ("how do I sleep on Sundays compared to the rest of the week", "sleep", ""),
    ("do money worries chew up my nights", "sleep", ""),
    ("buried under marking and parents' evening, what helped last time", "stress", ""),
    ("when you've got three deadlines on the same Friday, what's worked?", "stress", ""),
    ("pulled in ten directions at work this month, anything that helped?", "stress", ""),
    # activities with canonical names, in new words
    ("do my HIIT sessions in the garage actually help my mood", "activity", "exercise"),
    ("does poking about in the bluebell woods lift me", "activity", "nature"),
    ("my evening wander with the dog, does it do me any good", "activity", "walk"),
    ("a few glasses of rosé on a Saturday, good or bad for me?", "activity", "alcohol"),
    ("scrolling Reddit under the covers till 1, is that why I'm rough", "activity", "screen late"),
    ("does getting lost in cosy mysteries before bed help", "activity", "reading"),
    ("belting out power ballads on the motorway, any use for my mood?", "activity", "music"),
    (
        "have my sessions with the psychologist since September made a difference",
        "activity",
        "therapy",
    ),
    ("making bread from scratch at weekends, is it good for me", "activity", "cooking"),
    ("do I bounce back quicker after seeing my crew", "activity", "friends"),
    ("staying over at my parents' for the bank holiday, did it help", "activity", "family"),
    ("does vinyasa flow on a Wednesday calm me down", "activity", "yoga"),
    ("writing morning pages over coffee, worth it for my mood?", "activity", "journaling"),
    # people and places
    ("do I perk up after Uncle Dev visits", "activity", "Dev"),
    ("the weekend with my cousin Aoife, did it help my mood", "activity", "Aoife"),
    ("am I calmer on the days I see Grandad", "activity", "Grandad"),
    ("long weekends in Llandudno, do they do me good", "activity", "Llandudno"),
    # things the journal may not hold
    ("have I been less jumpy since I started jiu-jitsu classes", "activity", "jiu-jitsu"),
    ("beachcombing for sea glass on Sunday mornings, does it help", "activity", "beachcombing"),
    ("table tennis or the gym, which perks me up more", "activity", "table tennis"),
    # the app or the world
    ("can my partner and I share one journal across two laptops", "unknown", ""),
    ("is it normal to dream more when you give up drinking", "unknown", ""),
    ("why is there a little orange dot next to some dates", "unknown", ""),
    # when did I last …
    ("the last week with no work pressure at all, when was it?", "last_time", "stress"),
    ("swimming, when did I last actually go?", "last_time", "exercise"),
    ("last time me and Hamza had a proper catch-up?", "last_time", "Hamza"),
)
