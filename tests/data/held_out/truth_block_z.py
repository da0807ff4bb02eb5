"""Block Z: 50 Insights questions written blind for the twenty-second batch.

Written by a new writer (blind22) who read only the docstrings and comment lines of
``truth_blocks_blind_2`` to ``truth_blocks_blind_5`` and ``tests/data/insights/README.md``, and
labelled every question by reading it, before any code ran on it.

Conventions followed (those of blocks L to Y): ``kind`` is one of low_mood, anxiety, sleep,
stress, energy, activity, last_time or unknown; ``subject`` is empty for a feeling or unknown
question, the canonical activity for an activity in other words (exercise, nature, walk, alcohol,
screen late, reading, music, therapy, cooking, friends, family, yoga, journaling), the plain noun
for an activity the journal may not hold, the name for a person (a family word or title before a
name gives the name, "Aunty Bisi" is Bisi, "my stepmum Oonagh" is Oonagh, "Uncle Jomo" is Jomo; a
family word alone is the person as written, "Grandad"), the place as written, and for last_time
the activity, person or place, or the feeling kind. A question asking about a feeling with a
condition ("on the days I skip lunch") keeps the feeling's kind; two feelings give the first.

New wordings in this block: a throat closing when the landlord's name pops up and fizzing hands
before the Monday stand-up as anxiety; everything tasting of nothing, days happening to someone
else, a week sliding past like a steamed-up bus window and feeling leaden as low mood; a battery
drained by mid-morning, knackered by 3 and sapped get-up as energy; sums in the head at half four
and patchy nights as sleep; spread so thin and pulled between the shop, the kids and a mother's
appointments as stress. A hard session on the rowing machine exercise, wandering the beechwoods
at Burnham nature, a lunchtime amble round the reservoir walk, a couple of lagers midweek alcohol,
YouTube under the covers past one screen late, a doorstop fantasy series reading, chords on the
ukulele music, fortnightly chats with the counsellor therapy, a curry from scratch cooking, quiz
night with the old uni crowd friends, Sunday visits to my sister's lot family, stretches on the mat
yoga, scribbling worries in a notebook journaling; fencing and paddleboarding not canonical, as
written; Whitby as a place; a dark theme in the settings, rain on the Leeds half marathon and a
darts score unknown; the last Sunday with the watercolour set (painting), months since a curry
with Uncle Jomo and the date the flat empty feeling last hung over me (low_mood) as last_time.
"""

BLOCK_Z: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    (
        "why does my throat close up every time the landlord's name pops up on my phone",
        "anxiety",
        "",
    ),
    ("what's behind the fizzing in my hands before the Monday stand-up", "anxiety", ""),
    ("everything tastes of nothing lately, is there a pattern to that", "low_mood", ""),
    (
        ("why does the week slide past like I'm watching it through a steamed-up bus window"),
        "low_mood",
        "",
    ),
    ("what drains my battery by mid-morning", "energy", ""),
    ("why am I lying there doing sums in my head at half four", "sleep", ""),
    ("what's got me spread so thin that nothing gets finished", "stress", ""),
    (
        (
            "which bits of this month have me pulled between the shop, the kids and Mum's "
            "appointments"
        ),
        "stress",
        "",
    ),
    # typos and texting
    ("y am i so on edge b4 the school gates", "anxiety", ""),
    ("wat makes me sleep so rubbish on sundays", "sleep", ""),
    ("im knackerd by 3 evry day whats that about", "energy", ""),
    # very short moods
    ("so down", "low_mood", ""),
    ("wired and can't settle?", "anxiety", ""),
    # long stories ending in a question
    (
        (
            "My partner started night shifts in October, the flat is silent when I get in, "
            "I eat toast standing up and go to bed at nine without meaning to. Is it the "
            "empty evenings making me this low?"
        ),
        "low_mood",
        "",
    ),
    (
        (
            "Since the team got halved I've been covering two rotas, answering emails in "
            "the queue at Lidl and forgetting my own dentist. What in my entries lines up "
            "with feeling this swamped?"
        ),
        "stress",
        "",
    ),
    (
        (
            "We drove up to see my cousin Tariq in Carlisle last weekend, it rained the "
            "whole time but we laughed more than we have in ages. Did seeing Tariq lift my "
            "mood?"
        ),
        "activity",
        "Tariq",
    ),
    # two feelings
    ("am I more jittery or more worn out on the days I skip lunch", "anxiety", ""),
    # second person
    ("you've read my entries, what keeps waking me at dawn", "sleep", ""),
    ("can you tell me what's sapping my get-up lately", "energy", ""),
    # time windows
    ("looking back over the last fortnight, why's everything felt so leaden", "low_mood", ""),
    ("since Easter, what's set my nerves off most", "anxiety", ""),
    ("across these last ten nights, why is my sleep so patchy", "sleep", ""),
    # negations
    ("why don't I ever feel rested even after nine hours in bed", "sleep", ""),
    ("I'm not sad exactly, just grey and blank, what's causing it", "low_mood", ""),
    # comparison
    ("do I have more pep after a swim or after a jog round the reservoir", "energy", ""),
    # people by the app's convention
    (
        "do my Saturday brunches with Aunty Bisi put me in a better frame of mind",
        "activity",
        "Bisi",
    ),
    ("am I chirpier after Grandad rings from the care home", "activity", "Grandad"),
    ("what happens to my mood after seeing my stepmum Oonagh", "activity", "Oonagh"),
    # places
    ("after a couple of nights away in Whitby, is my head any quieter", "activity", "Whitby"),
    # canonical activities in new words
    ("does a hard session on the rowing machine lift me", "activity", "exercise"),
    ("what does wandering the beechwoods at Burnham do for my head", "activity", "nature"),
    ("does a lunchtime amble round the reservoir help", "activity", "walk"),
    ("what does a couple of lagers midweek do to my mood", "activity", "alcohol"),
    ("is scrolling YouTube under the covers past one wrecking me", "activity", "screen late"),
    ("does losing myself in a doorstop fantasy series help me switch off", "activity", "reading"),
    ("how am I after banging out chords on the ukulele", "activity", "music"),
    ("do my fortnightly chats with the counsellor make a difference", "activity", "therapy"),
    ("does rustling up a proper curry from scratch perk me up", "activity", "cooking"),
    ("am I brighter after quiz night with the old uni crowd", "activity", "friends"),
    ("what do Sunday visits to my sister's lot do for me", "activity", "family"),
    ("do stretches on the mat before work settle me", "activity", "yoga"),
    ("does scribbling out my worries in a notebook at night help", "activity", "journaling"),
    # activities the journal may not hold
    ("are my moods any better on fencing nights at the leisure centre", "activity", "fencing"),
    ("how am I on the days I go paddleboarding", "activity", "paddleboarding"),
    # questions about the app or the world
    ("is there a dark theme hidden somewhere in the settings", "unknown", ""),
    ("will it rain on the Leeds half marathon on Saturday", "unknown", ""),
    ("what was the final score in the Ally Pally match", "unknown", ""),
    # when did I last / how long since
    ("which Sunday did I last sit down with the watercolour set", "last_time", "painting"),
    ("how many months since Uncle Jomo and I went for our curry", "last_time", "Jomo"),
    ("what date did the flat empty feeling last hang over me", "last_time", "low_mood"),
)
