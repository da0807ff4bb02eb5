"""Block AG: 50 Insights questions written blind (twenty-ninth batch), for ``bench_truth``.

Written by someone who never opened the insights rules nor the tuned question sets, labelled by
hand before any code ran on them, by the conventions of blocks L to AF as their comments state
them (why: the block measures new wording, so its labels must follow the same reading as the
blocks it is compared with):

* each row is (question, expected topic kind, expected subject); kinds are low_mood, anxiety,
  sleep, stress, energy, activity, last_time and unknown; a feeling kind has an empty subject;
* a named activity, person or place is the subject, even next to a feeling word; a person beats
  an activity done with them; with two activities (a comparison) the first one named wins;
* canonical names where the blocks use them: swimming, running, the gym → exercise; woods and
  forests → nature; strolls → walk; drinks → alcohol; a phone or screen late at night → screen
  late; books → reading; songs and instruments → music; counselling → therapy; making food →
  cooking; mates → friends; parents and visits home → family; stretching on a mat → yoga;
  writing the day down → journaling;
* people by the app's convention: a family word or title before a name gives the name alone
  ("Uncle Ravi" is Ravi); a family word alone is the person as written ("Grandma");
* two feelings: the object of an effect verb or the outcome asked after wins, else the condition;
* tired, drained, no get-up-and-go are energy; waking, nights, nodding off are sleep; workload
  and things piling up are stress; nerves, worry and dread are anxiety; empty, gloomy and
  sinking are low mood;
* negations, comparisons, time windows, days of the week and second person keep the topic;
  "since I took up / started X" names X; a thing the journal may not hold is still the subject;
* a name that is only a long story's background does not make the subject;
* "when did I last", "how long since", "ages since … when was it" are last_time, with the
  activity or person, or the feeling kind;
* questions about the app or the world are unknown.

The new wordings this block brings: a fizzing tightness behind the ribs when the school rings,
jumpy as a cat since a landlord talked of selling, a worried knot before driving lessons,
collywobbles since Tuesday, a mind rehearsing what might go wrong at an interview (second person)
and anxiety in the run-up to payday as anxiety; everything washed out since a funeral, a little
grey rain cloud following me round, Monday teatime dragging me under, what makes no difference
when gloomy and weepy (a negation), feeling empty for weeks behind a brother's move to Dubai and
a sad heavy feeling in stressed weeks (the outcome asked after) as low mood; legs like lead by
lunchtime, a battery running out quicker the day after a low day, zero get-up-and-go and nothing
left in the tank after the school run as energy; eyes pinging open at 4.30, sleep going to pot
before a deadline, tossing and turning, nights in a fortnight off work and a head that won't
switch off as sleep; a boss, an MOT and hospital appointments in one week, up to my neck in it
and under the cosh with year-end accounts as stress; lengths at the leisure centre (exercise),
oaks and bracken (nature), a wander round the houses once the plates are cleared (walk), cans on
a Friday (alcohol), TikTok binges under the duvet past 2am (screen late), a crime thriller
(reading), choir practice at the community hall (music), six sessions with the counsellor
(therapy), a curry from scratch (cooking), the lads from uni (friends), weekends back at my mum
and dad's (family), sun salutations on the mat (yoga) and a diary each night (journaling) as the
canonical activities; coffee with Uncle Ravi, evenings in with my flatmate Priya and Grandma's
Sunday natter as the person; long weekends in Aviemore a place; jigsaws, volunteering ("since I
started X") and woodwork weighed against the telly (the first named) not canonical, as written;
entries surviving a new laptop, caffeine before bed for most people and whether the app sends
anything to a GP unknown; the last time Marcus and I met, the panicky feeling last hitting this
hard and the last run while the trainers gather dust as last time.
"""

from __future__ import annotations

BLOCK_AG: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    (
        "the second I see the school ringing I get this fizzing tightness behind my ribs, "
        "anything in my entries that eases it",
        "anxiety",
        "",
    ),
    (
        "jumpy as a cat since the landlord mentioned selling up, what's helped with that before",
        "anxiety",
        "",
    ),
    ("wht helps w the worried knot in my belly b4 driving lessons", "anxiety", ""),
    ("proper collywobbles since tuesday", "anxiety", ""),
    (
        "when your mind keeps rehearsing everything that might go wrong at the interview, "
        "what helps you",
        "anxiety",
        "",
    ),
    ("is my anxiety any worse in the run-up to payday than just after it", "anxiety", ""),
    (
        "everything's felt washed out and pointless since the funeral, what lifts it even a bit",
        "low_mood",
        "",
    ),
    (
        "there's a little grey rain cloud following me round today, what has cleared it before",
        "low_mood",
        "",
    ),
    ("why does Monday teatime always drag me under", "low_mood", ""),
    ("which things make no difference at all when I'm gloomy and weepy", "low_mood", ""),
    (
        "long story, my brother moved out to Dubai in the spring, work is fine, the flat is fine, "
        "but I've just felt empty for weeks. what has lifted that before?",
        "low_mood",
        "",
    ),
    ("is the sad heavy feeling worse in the weeks I'm stressed at work", "low_mood", ""),
    ("legs like lead by lunchtime, what gives me a lift", "energy", ""),
    ("after a low day, does my battery run out quicker the following day", "energy", ""),
    ("zero get-up-and-go this week", "energy", ""),
    ("what helps when you've got nothing left in the tank after the school run", "energy", ""),
    ("4.30 on the dot every morning my eyes ping open and that's me done, ideas?", "sleep", ""),
    ("my sleep goes to pot whenever I've got a deadline, how do I fix it", "sleep", ""),
    ("tossing and turning", "sleep", ""),
    ("were my nights any better in the fortnight I was off work", "sleep", ""),
    ("can't switch my head off at bedtime, anything that helps me nod off", "sleep", ""),
    (
        "the boss, the car MOT and my mum's hospital appointments all in one week, what helps "
        "when it piles up like that",
        "stress",
        "",
    ),
    ("up to my neck in it at work, what's made it easier before", "stress", ""),
    ("feeling under the cosh with the year-end accounts, what helps", "stress", ""),
    # activities with canonical names, in new words
    (
        "do my early morning lengths at the leisure centre actually help my mood",
        "activity",
        "exercise",
    ),
    (
        "are Sunday afternoons out among the oaks and bracken doing me any good",
        "activity",
        "nature",
    ),
    ("once the plates are cleared, does a wander round the houses settle me", "activity", "walk"),
    ("be honest, are the cans on a Friday making my weekends worse", "activity", "alcohol"),
    (
        "could it be the TikTok binges under the duvet past 2am that leave me so ratty",
        "activity",
        "screen late",
    ),
    (
        "on nights I lose myself in a crime thriller, am I brighter the next day",
        "activity",
        "reading",
    ),
    ("Tuesday choir practice at the community hall, is it good for my mood", "activity", "music"),
    ("six sessions in with the counsellor, can you see any change in me", "activity", "therapy"),
    (
        "does knocking up a curry from scratch on a weeknight help me switch off",
        "activity",
        "cooking",
    ),
    ("afternoons catching up with the lads from uni, good for me or not", "activity", "friends"),
    (
        "the weekends I drive back to my mum and dad's, do I come back in a better place",
        "activity",
        "family",
    ),
    ("ten minutes of sun salutations on the mat before I log on, worth it?", "activity", "yoga"),
    ("has scribbling my thoughts in a diary each night helped at all", "activity", "journaling"),
    # people and places
    ("am I happier after a coffee with Uncle Ravi", "activity", "Ravi"),
    ("when I'm low, do evenings in with my flatmate Priya pull me out of it", "activity", "Priya"),
    (
        "Grandma rings every Sunday for a natter, does my week go better after",
        "activity",
        "Grandma",
    ),
    ("long weekends up in Aviemore, do they leave me happier", "activity", "Aviemore"),
    # things the journal may not hold
    ("do the 1000-piece jigsaws help me wind down", "activity", "jigsaws"),
    (
        "since I started volunteering on Saturdays, am I less flat",
        "activity",
        "volunteering",
    ),
    ("is woodwork in the shed better for my head than the telly", "activity", "woodwork"),
    # the app or the world
    ("will my entries survive if I swap to a new laptop", "unknown", ""),
    ("how much caffeine is too much before bed for most people", "unknown", ""),
    ("does this app send anything to my GP", "unknown", ""),
    # when did I last …
    (
        "Marcus and me used to meet up every week, when did we last actually see each other",
        "last_time",
        "Marcus",
    ),
    ("when did the panicky feeling last hit me this hard", "last_time", "anxiety"),
    (
        "my trainers have been gathering dust, which day did I last go out for a run",
        "last_time",
        "exercise",
    ),
)
