"""Block AC: 50 Insights questions written blind (twenty-fifth batch), kept out of the tuned files.

Each item is ``(question, expected topic kind, expected subject)``, labelled by the writer's own
reading before any code ran on it, by the conventions of blocks L to AB:

* a named activity, person or place is the subject, even next to a feeling word; with two
  activities weighed against each other the first one named is the subject;
* people by the app's convention: a family word or title before a name gives the name alone
  ("Auntie Mariam" is Mariam, "my cousin Tomasz" is Tomasz), and a family word alone is the
  person as written ("Grandad");
* canonical activities where the blocks use them (exercise, nature, walk, alcohol, screen late,
  reading, music, therapy, cooking, friends, family, yoga, journaling); a thing the journal may
  not hold is the subject as its plain noun;
* two feelings: the object of helps / stops / affects wins, else the outcome asked after, else
  the condition;
* negations, comparisons, time windows and second person keep the topic;
* "how long since", "which day did I last", "what date was the most recent" are last_time, with
  the activity, person or place, or the feeling kind;
* a name that is only the background of a long story does not make the subject;
* questions about the app or the world are unknown, even with a place or feeling in them.

New wordings this block brings: a chest tight and buzzy before a meeting, grinding teeth and
jumping at notifications, twitchy and wired, a heart fluttering all morning, butterflies for
days before the dentist and waking in a panic as anxiety; the colour draining out of things,
a gloomy Sunday, hollow and teary evenings and sadness sitting on you as low mood; running on
empty by eleven, zero juice left by lunch and the most get-up-and-go as energy; a mind that
won't switch off at night, sleep going to pot over bills and wide awake again by half two as
sleep; work eating me alive and deadlines stacked three deep as stress; a punchbag in the
garage and an early swim at the baths, a bluebell wood, mooching round the block, a gin and
tonic on a school night, Reddit rabbit holes in bed past one, cosy mysteries, cello practice
weighed against the gym, a CBT lady on Mondays, pierogi from scratch, brunch with the girls
from uni, Sundays round at my parents', a yin class at the leisure centre and three things
I'm grateful for before lights out as the canonical activities; crochet and ringing the church
bells with the tower team (bell ringing) not canonical, as written; trips down to Whitstable a
place; a partner reading the entries on a shared tablet, a teenager's sleep and the tide at
Whitstable unknown; "how many weeks since", "what Friday was it that ... last" and "which date
did I last" as last time.
"""

BLOCK_AC: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("what used to settle me when my chest went tight and buzzy before a meeting", "anxiety", ""),
    (
        "the days where the colour drains out of everything and I can't be bothered to answer "
        "texts, what pulled me out of those",
        "low_mood",
        "",
    ),
    (
        "I keep grinding my teeth and jumping at every notification, has anything helped with that",
        "anxiety",
        "",
    ),
    (
        "running on empty by eleven every morning lately, what's made a difference before",
        "energy",
        "",
    ),
    # typos and texting
    ("mind wont switch off at nite n i just lie there, wat do i do", "sleep", ""),
    ("y am i so twitchy n wired abt evrything lately", "anxiety", ""),
    ("got zero juice left by lunch every day, wat fixed it b4", "energy", ""),
    # very short moods
    ("gloomy sunday again, what works", "low_mood", ""),
    ("heart fluttering all morning. help?", "anxiety", ""),
    ("work's eating me alive", "stress", ""),
    # long stories ending in a question
    (
        "My flatmate moved to Dundee in the summer and my brother's been in and out of hospital "
        "in Cardiff, and since then I've been waking at four every night with my mind racing. "
        "Has anything I've logged helped me sleep through?",
        "sleep",
        "",
    ),
    (
        "Work's been fine and the kids are fine, my mum's over from Lagos for a month, but I've "
        "felt hollow and teary most evenings. What's lifted that before?",
        "low_mood",
        "",
    ),
    # two feelings
    ("when the bills are piling up, does my sleep go to pot", "sleep", ""),
    ("on days my nerves are bad, am I more sluggish after", "energy", ""),
    ("after a broken night, what lifts my spirits", "low_mood", ""),
    # second person
    ("when you're lying there wide awake at 2 what actually helps", "sleep", ""),
    ("what do you do when the sadness just sits on you all day", "low_mood", ""),
    # time windows
    ("how's my anxiety been over the last three weeks and what eased it", "anxiety", ""),
    (
        "over the past four weeks, which days did I have the most get-up-and-go and why",
        "energy",
        "",
    ),
    # negations
    ("which of my habits did nothing for me when the job was piling up", "stress", ""),
    ("which things made no difference to my low days", "low_mood", ""),
    # comparison
    ("does cello practice or the gym do more for my nerves", "activity", "music"),
    # people by the app's convention
    ("phone calls with Auntie Mariam, am I brighter afterwards", "activity", "Mariam"),
    ("are my weeks calmer when my cousin Tomasz stays over", "activity", "Tomasz"),
    ("visits to Grandad, do they lift me or drag me down", "activity", "Grandad"),
    # places
    ("those trips down to Whitstable, do my nights improve after", "activity", "Whitstable"),
    # canonical activities in new words
    ("does a session on the punchbag in the garage help my stress", "activity", "exercise"),
    ("is an afternoon in the bluebell wood good for me", "activity", "nature"),
    (
        "mooching round the block after dinner, does that do anything for my mood",
        "activity",
        "walk",
    ),
    (
        "a gin and tonic or two on a school night, is it costing me the next morning",
        "activity",
        "alcohol",
    ),
    (
        "Reddit rabbit holes in bed past one, are they wrecking my mornings",
        "activity",
        "screen late",
    ),
    ("do my cosy mystery novels help me wind down", "activity", "reading"),
    ("my Monday sessions with the CBT lady, are they helping", "activity", "therapy"),
    ("making pierogi from scratch on a Sunday, good for me or not", "activity", "cooking"),
    ("brunch with the girls from uni, does it lift my week", "activity", "friends"),
    ("Sundays round at my parents', do they help or not", "activity", "family"),
    ("the yin class at the leisure centre, worth keeping up for my anxiety?", "activity", "yoga"),
    (
        "writing down three things I'm grateful for before lights out, has it changed anything",
        "activity",
        "journaling",
    ),
    ("does my early swim at the baths help when I'm anxious", "activity", "exercise"),
    # activities the journal may not hold
    ("has picking up crochet calmed me down at all", "activity", "crochet"),
    (
        "ringing the church bells with the tower team, does it do my head any good",
        "activity",
        "bell ringing",
    ),
    # questions about the app or the world
    ("can my partner read my entries if she opens the app on our tablet", "unknown", ""),
    ("how much sleep does a teenager need", "unknown", ""),
    ("is the tide high at Whitstable tomorrow", "unknown", ""),
    # when did I last / how long since
    ("how many weeks since I woke up in a panic", "last_time", "anxiety"),
    ("what Friday was it that Tomasz last came round", "last_time", "Tomasz"),
    ("the yin class, which date did I last make it to one", "last_time", "yoga"),
    # indirect and emotional, continued
    (
        "butterflies in my stomach for days before the dentist, what calmed that down last time",
        "anxiety",
        "",
    ),
    (
        "I drop off easily enough but I'm wide awake again by half two, any pattern there",
        "sleep",
        "",
    ),
    (
        "deadlines stacked three deep and the boiler's gone, what got me through a week like that",
        "stress",
        "",
    ),
)
