"""Block W: 50 Insights questions written blind (nineteenth batch), kept out of the tuned sets.

Written on 2026-12-03 by a new writer who never opened the insights rules, the topic classifier
nor the tuned question sets; only the docstrings and comment lines of
``benchmarks/truth_blocks_blind_2.py``, ``_3.py`` and ``_4.py`` and
``tests/data/insights/README.md`` were read. Each question is ``(question, kind, subject)``,
labelled by the writer's own reading as it was written, by the conventions of blocks L to V as
their comments state them:

* kinds: anxiety, low_mood, energy, sleep, stress, activity, last_time, unknown; the subject is
  empty except for activity and last_time;
* a named activity, person or place is the subject even next to a feeling word; a person beats
  an activity named with them; in a comparison the first thing named is the subject; a thing
  the journal may not hold is the subject as its plain noun;
* people follow the app's convention: a family word or title before a name gives the name
  ("Aunty Bisi" is Bisi, "Coach Henderson" is Henderson, "my brother-in-law Rafael" is Rafael,
  "Cousin Ifeoma" is Ifeoma); a family word alone is the person as written ("Granny");
* two feelings: the one asked about wins (the outcome asked after, else the condition);
* negations, comparisons, time windows and second person keep the topic; a name that is only a
  long story's background (Dundee, Cork, roofers) does not make the subject, the feeling asked
  about does;
* "when did I last", "how long since", "which week was my last" are last_time with the
  activity, person or place, or the feeling kind;
* questions about the app, general facts and sports results are unknown.

New wordings in this block: a fizzy chest when the family group chat pings, jumpy, guts all
churny, a heart thumping before a phone call, panicky spells and dread since a move as anxiety;
everything a bit pointless, a bit down, moping about, miserable, flat after empty weekends and
glum in the dark months as low mood; dead on my feet by eleven, zero pep, wiped out the day
after a nervy day and hitting a wall every afternoon as energy; a brain whirring at 3, not
dropping off before 1, no decent kip since half term and four hours a night as sleep; work
grinding me down, up to my neck in invoices and permission slips and stretched to snapping point
as stress. Hitting the squat rack exercise, tramping through a larch plantation nature, a wee
dander round the houses walk, a whisky nightcap alcohol, Facebook on the laptop in bed after
midnight screen late, a chunky historical novel reading, noodling on the bass music, video calls
with the therapist therapy, a Sunday tray bake and a homemade loaf cooking, curry nights with
the old rugby lot friends, Sunday roasts at my folks' family, cat-cow stretches yoga, a bullet
journal journaling; line dancing and bowls not canonical, as written; Llandudno as a place;
moving entries to a new phone, sunrise in Inverness and a Wrexham score unknown.
"""

BLOCK_W: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("why does my chest go fizzy every time the family group chat pings", "anxiety", ""),
    ("everything feels a bit pointless this week, is there a pattern to it?", "low_mood", ""),
    ("why am I dead on my feet by eleven in the morning", "energy", ""),
    ("keep waking at 3 with my brain whirring, whats going on", "sleep", ""),
    ("is work grinding me down more than it used to", "stress", ""),
    # typos and texting
    ("whats been makin me so jumpy lately??", "anxiety", ""),
    ("zero pep lately, whats up w me", "energy", ""),
    ("why cant i drop off b4 1 anymore", "sleep", ""),
    ("does noodlin on the bass help when im wound up", "activity", "music"),
    # very short moods
    ("Guts all churny today, how come?", "anxiety", ""),
    ("Bit down. Why", "low_mood", ""),
    # long stories ending in a question
    (
        (
            "My sister's just had her baby in Dundee and I couldn't get up there because work "
            "wouldn't let me swap, and I've been moping about the flat since Tuesday. Is that "
            "what's dragging me down or was I already low before?"
        ),
        "low_mood",
        "",
    ),
    (
        (
            "We had the roofers in all week, the dog's been barking at them from seven, my "
            "partner's away in Cork for a conference and I've been doing every school run. Up "
            "to my neck in invoices and permission slips on top. When does this ease off?"
        ),
        "stress",
        "",
    ),
    # two feelings
    ("on the days I'm running on fumes, am I also more miserable?", "low_mood", ""),
    ("Does a nervy day leave me wiped out the next?", "energy", ""),
    # second person
    (
        "what usually settles you down when your heart starts thumping before a phone call?",
        "anxiety",
        "",
    ),
    ("how do you stop hitting a wall every single afternoon", "energy", ""),
    # time windows
    ("over the past fortnight, when did the panicky spells hit hardest?", "anxiety", ""),
    ("how many nights this month did I sleep badly", "sleep", ""),
    ("which weeks since September had me stretched to snapping point", "stress", ""),
    # negations
    ("Why haven't I been able to shake this dread since the move?", "anxiety", ""),
    ("haven't had a decent night's kip since half term, why", "sleep", ""),
    (
        "I'm not getting more than four hours a night, since when has that been going on?",
        "sleep",
        "",
    ),
    ("why do I go so flat after weekends with nothing planned", "low_mood", ""),
    # comparisons
    ("am I more glum from November to February than in the long June evenings?", "low_mood", ""),
    (
        "am I in better form after a wee dander round the houses or after a pint?",
        "activity",
        "walk",
    ),
    # people by the app's convention
    ("Aunty Bisi's visits - do they perk me up or not", "activity", "Bisi"),
    ("how am I in the days after sessions with Coach Henderson", "activity", "Henderson"),
    ("is my brother-in-law Rafael the reason I'm so on edge", "activity", "Rafael"),
    ("Do I feel calmer after a phone call with Granny?", "activity", "Granny"),
    # places
    ("that caravan week in Llandudno, was I in better spirits there?", "activity", "Llandudno"),
    # canonical activities in new words
    ("does hitting the squat rack before work help my mood", "activity", "exercise"),
    ("am I calmer after tramping through the larch plantation", "activity", "nature"),
    ("does a nightcap of whisky mess with me the day after", "activity", "alcohol"),
    (
        "is Facebook on the laptop in bed after midnight why I'm so grumpy",
        "activity",
        "screen late",
    ),
    ("does curling up with a chunky historical novel help me unwind", "activity", "reading"),
    ("are my video calls with the therapist actually doing anything", "activity", "therapy"),
    ("does making a tray bake on a Sunday cheer me up", "activity", "cooking"),
    ("do curry nights with the old rugby lot help when I'm low", "activity", "friends"),
    (
        "cat-cow stretches first thing, are they worth it for my back and my head",
        "activity",
        "yoga",
    ),
    (
        "is filling in my bullet journal each night worth the bother for my head",
        "activity",
        "journaling",
    ),
    ("do Sunday roasts at my folks' leave me better or worse", "activity", "family"),
    # activities the journal may not hold
    ("does line dancing on a Wednesday help my nerves", "activity", "line dancing"),
    ("am I less wound up after a game of bowls", "activity", "bowls"),
    # questions about the app or the world
    ("can I move my entries over to a new phone", "unknown", ""),
    ("when's sunrise in Inverness around Christmas", "unknown", ""),
    ("what was the Wrexham score at the weekend", "unknown", ""),
    # when did I last / how long since
    ("how many weeks since I last had a catch-up with Cousin Ifeoma?", "last_time", "Ifeoma"),
    ("which was my most recent really bad low day?", "last_time", "low_mood"),
    ("my last go at a homemade loaf, which week was that", "last_time", "cooking"),
)
