"""Insights block T, written blind (sixteenth batch), for ``bench_truth``.

Written on 2026-12-03 by a new writer who never opened the insights rules nor the tuned
questions, labelled by hand as each question was written. Each entry is
``(question, topic, subject)``: the topic is one of ``anxiety``, ``low_mood``, ``energy``,
``sleep``, ``stress``, ``activity``, ``unknown`` or ``last_time``; the subject is the activity,
person or place asked about (activity / last_time), the feeling kind for "how long since I last
felt …", else empty.

Conventions are S's (and L-R's before it), with these new wordings: hands shaking before a
presentation, a fidgety can't-sit-still feeling in the chest, overthinking before exams,
skittish, a spiral of what-ifs and settling nerves before a job interview also anxiety;
everything grey and pointless since moving flats, properly gutted, down in the mouth, gloomy
evenings, nothing to look forward to and a heavy heart also low mood; wiped out and unable to
get off the sofa, zapped, sluggish and heavy-limbed and drained after feeling low also energy;
sleep that has been trash, waking every two hours until the birds start, fretting that keeps me
awake at 2, 4am wake-ups and nights out like a light also sleep; at breaking point with
everything piling up, buried in paperwork and work having me by the throat also stress;
cycling to the office and 5k plods round the park exercise, getting lost among the redwoods
nature, strolls after dinner walk, a couple of lagers and the evening glass of wine alcohol,
YouTube on the tablet in bed after one screen late, tinkling away on the keyboard music,
sessions with a psychologist therapy, stirring a huge pan of dhal cooking, drinks with the
netball girls friends, morning pages journaling; tai chi, a Thursday salsa class and whittling
spoons not canonical, as written; the harbour and Ullapool as places; a lock timer and syncing
with a watch questions about the app, sunset in Edinburgh unknown; "a good long chinwag with X"
and "the last bike ride I logged" last_time with the person or the activity, "a panic attack
that floored me" last_time with the feeling kind. People follow the app's convention, as in
L-S: a family word or title before a name gives the name ("Aunty Ngozi" → Ngozi, "Professor
Lindqvist" → Lindqvist), a family word alone is the person as written ("Grandma").
"""

BLOCK_T: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("What calmed me down the last time my hands shook before a big presentation?", "anxiety", ""),
    (
        "Since moving flats it all seems grey and pointless, what lifted that fog before?",
        "low_mood",
        "",
    ),
    ("What got rid of that fidgety, can't-sit-still feeling in my chest?", "anxiety", ""),
    ("Nothing to look forward to lately, what pulled me out of that before?", "low_mood", ""),
    # typos and texting
    ("wat helpd wen i wz properly wiped out n couldnt get off the sofa", "energy", ""),
    ("cant stop overthinkin b4 exams wat worked", "anxiety", ""),
    ("gna b honest sleep been trash, wat fixed it b4", "sleep", ""),
    # very short moods
    ("Zapped.", "energy", ""),
    ("Properly gutted, third week running.", "low_mood", ""),
    ("Skittish today.", "anxiety", ""),
    ("Buried in paperwork.", "stress", ""),
    ("Heavy heart all week.", "low_mood", ""),
    # long stories ending in a question
    (
        "My sister's wedding is in Porto next month and I'm giving a speech, work has me "
        "covering for two people who left, and the flat's half packed for the move. Honestly "
        "I'm at breaking point with everything piling up. What helped when it was like this "
        "before?",
        "stress",
        "",
    ),
    (
        "We got the puppy in June, which was lovely, but since then I've been waking every two "
        "hours and then lying there until the birds start. My partner sleeps through all of it. "
        "What made nights better in the past?",
        "sleep",
        "",
    ),
    # two feelings
    ("When I'm feeling low, do I end up more drained the next day?", "energy", ""),
    ("Does all the fretting explain why I'm still awake at 2?", "sleep", ""),
    # second person
    (
        "You know my journal better than me, what perks me up when I'm down in the mouth?",
        "low_mood",
        "",
    ),
    ("Can you tell me what settles my nerves before a job interview?", "anxiety", ""),
    # time windows
    (
        "Over the past fortnight, what's helped when I've felt sluggish and heavy-limbed?",
        "energy",
        "",
    ),
    ("Since October, what has made the gloomy evenings easier?", "low_mood", ""),
    # negations
    ("What flopped when I tried to fix my 4am wake-ups?", "sleep", ""),
    ("Did it make no difference when I stopped the evening glass of wine?", "activity", "alcohol"),
    # comparisons
    (
        "Tai chi in the park versus a lunchtime run, which one leaves me calmer?",
        "activity",
        "tai chi",
    ),
    (
        "Do I sleep better on days I cycle to the office than days I take the bus?",
        "activity",
        "exercise",
    ),
    # people by the app's convention
    ("Does a catch-up with Aunty Ngozi cheer me up?", "activity", "Ngozi"),
    ("How do I feel after Sunday lunch at Grandma's?", "activity", "Grandma"),
    ("Is talking to Professor Lindqvist making the thesis worry worse?", "activity", "Lindqvist"),
    # places
    ("Was that long weekend up in Ullapool good for my head?", "activity", "Ullapool"),
    ("When I'm wound tight, does an hour down at the harbour sort me out?", "activity", "harbour"),
    # canonical activities in new words
    ("Do my Saturday 5k plods round the park help?", "activity", "exercise"),
    ("Does getting lost among the redwoods at the weekend calm me?", "activity", "nature"),
    ("Do strolls after dinner help me unwind?", "activity", "walk"),
    ("Does a couple of lagers after work take the edge off?", "activity", "alcohol"),
    ("Does watching YouTube on the tablet in bed after one mess me up?", "activity", "screen late"),
    ("Does tinkling away on the keyboard make me feel better?", "activity", "music"),
    ("Have the sessions with my psychologist been helping?", "activity", "therapy"),
    ("Do I feel brighter on Sundays I spend stirring a huge pan of dhal?", "activity", "cooking"),
    ("After drinks with the netball girls, am I in a better place?", "activity", "friends"),
    ("Did writing morning pages help me?", "activity", "journaling"),
    # activities the journal may not hold
    ("Has the Thursday salsa class been worth it for my head?", "activity", "salsa"),
    ("Does whittling spoons in the shed calm me down?", "activity", "whittling"),
    # questions about the app or the world
    ("Can I set the journal to lock after five minutes?", "unknown", ""),
    ("What time does the sun set in Edinburgh in December?", "unknown", ""),
    ("Does the app sync with my watch?", "unknown", ""),
    # indirect and emotional, continued
    ("What stopped the spiral of what-ifs the last time the kids were late home?", "anxiety", ""),
    ("Work's got me by the throat this month, what eased it before?", "stress", ""),
    ("What made the difference on nights I was out like a light?", "sleep", ""),
    # when did I last / how long since
    ("Remind me when Marisol and I last had a good long chinwag?", "last_time", "Marisol"),
    ("It's been how many weeks now since a panic attack floored me?", "last_time", "anxiety"),
    ("Bike ride, when was the last one I logged?", "last_time", "exercise"),
)
