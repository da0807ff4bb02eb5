"""Block Q: 50 Insights questions written blind for the thirteenth held-out batch.

Written on 2026-12-02 by a new writer who never opened the Insights rules, the topic
classifier nor the tuned question sets; every question was labelled by its writer's own reading
before any code ran on it. Each entry is ``(question, topic, subject)``.

Conventions (those of blocks L-P, as their comments and ``tests/data/insights/README.md`` state
them):

* topics are ``anxiety``, ``low_mood``, ``energy``, ``sleep``, ``stress``, ``activity``,
  ``last_time`` and ``unknown``; the subject is empty for a feeling topic and for ``unknown``;
* a named activity, person or place is the subject even next to a feeling word; a person beats
  an activity named with them; with two activities compared, the first named is the subject;
* people by the app's convention: a family word or title before a name gives the name alone
  ("Auntie Funmi" is Funmi, "Pastor Daniels" is Daniels, "my cousin Ravi" is Ravi); a family
  word alone is the person as written ("Grandad"); places as written ("Whitby", "garden
  centre", "lido");
* canonical names for activities: exercise, nature, walk, alcohol, screen late, reading, music,
  therapy, cooking, friends, family, yoga, journaling; a thing the journal may not hold is its
  plain noun;
* two feelings: the outcome asked after wins ("does being on edge make me sleep worse" is
  sleep);
* a name that is only the background of a long story does not make the subject;
* negations, comparisons, time windows and second person keep the topic;
* "when did I last", "how long since" are ``last_time`` with the person, place or feeling kind;
* questions about the app and general facts are ``unknown``.

New in this block: ribs in a vice before meetings, the stomach dropping when the phone rings,
twitchy, nerves shot, a bag of nerves and churned up inside as anxiety; grey and pointless,
crummy and glum as low mood; running out of steam by mid-afternoon, an empty tank and wiped out
as energy; zero sleep, staring at the wall at 3am, dropping off and sleeping right through as
sleep; a to-do list eating me alive as stress; the rowing machine exercise, ambling through
birch woods nature, a walk round the block walk, gin and tonic alcohol, doomscrolling Reddit
past midnight screen late, a library thriller reading, plonking on a ukulele music, sessions
with the psychotherapist therapy, kneading sourdough cooking, nights out with the lads friends,
downward dog yoga, three good things in a notebook journaling; geocaching, paddleboarding and
Lego not canonical, as written; the font size of the app, a magnesium fact and last night's
darts unknown.
"""

from __future__ import annotations

BLOCK_Q: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    (
        "my ribs feel like they're in a vice before every meeting, what eased that before",
        "anxiety",
        "",
    ),
    ("my stomach drops every time the phone rings, what's helped with that", "anxiety", ""),
    (
        "everything feels grey and pointless lately, did anything shift it last winter",
        "low_mood",
        "",
    ),
    ("i keep running out of steam by mid-afternoon, what got me through that before", "energy", ""),
    ("the to-do list is eating me alive, what did I do last time it got this bad", "stress", ""),
    # typos and texting
    ("omg wat even helpd the last time my nerves wer shot, cant remembr", "anxiety", ""),
    ("3am n still starin at the wall, wat got me kippin b4", "sleep", ""),
    ("feelin v low 2day wat helps", "low_mood", ""),
    # very short moods
    ("twitchy.", "anxiety", ""),
    ("empty tank", "energy", ""),
    ("zero sleep again", "sleep", ""),
    ("glum", "low_mood", ""),
    # long stories ending in a question
    (
        "So my sister flew in from Toronto on Friday and we spent the whole weekend sorting Dad's "
        "garage, which was fine, but by Sunday night I was lying there wide awake with my mind "
        "racing about Monday. What helped me drop off the last few times that happened?",
        "sleep",
        "",
    ),
    (
        "Work's been relentless since the merger, two people left and their stuff landed on me, "
        "I'm answering emails at ten at night and the inbox never gets smaller. What did I do "
        "the last time I was buried like this that actually helped?",
        "stress",
        "",
    ),
    (
        "Had a lovely lunch with Priya on Tuesday, then the rest of the week just slid downhill, "
        "I haven't wanted to see anyone or do anything and the weekend went under a duvet. Is "
        "there something that usually lifts me out of this?",
        "low_mood",
        "",
    ),
    (
        "Between the school run, visiting Nan at the care home and a full week at the office, by "
        "Thursday I'm so shattered I can barely string a sentence together. What's given me more "
        "get-up before?",
        "energy",
        "",
    ),
    # two feelings
    ("when my nerves are jangling do my nights go to pot", "sleep", ""),
    ("when I'm stressed out am I more likely to feel down afterwards", "low_mood", ""),
    # second person
    (
        "be honest with me, from what I've written, what steadies me when I'm a bag of nerves",
        "anxiety",
        "",
    ),
    ("can you tell me what gives me a lift when I'm feeling crummy", "low_mood", ""),
    # time windows
    ("over the last fortnight what helped when I was all churned up inside", "anxiety", ""),
    ("since January what's helped me feel less wiped out", "energy", ""),
    # negations
    ("last month, was there anything I tried at bedtime that made zero difference", "sleep", ""),
    ("which of my coping tricks did nothing for the pressure at work", "stress", ""),
    # comparisons
    ("is the rowing machine better for me than a walk round the block", "activity", "exercise"),
    ("do I feel better after a gin and tonic or after a cup of tea", "activity", "alcohol"),
    # people by the app's convention
    ("Sunday dinners at Auntie Funmi's, are they good for me", "activity", "Funmi"),
    ("am I in better spirits once Pastor Daniels has rung", "activity", "Daniels"),
    ("do I sleep better after an evening round at Grandad's", "activity", "Grandad"),
    ("what's my mood like after five-a-side with my cousin Ravi", "activity", "Ravi"),
    # places
    ("seaside weekends up in Whitby, worth it for my head?", "activity", "Whitby"),
    ("am I calmer after a trip to the garden centre", "activity", "garden centre"),
    # canonical activities in new words
    ("does kneading sourdough on a Sunday settle me", "activity", "cooking"),
    ("is plonking away on my ukulele good for my head", "activity", "music"),
    ("does doomscrolling Reddit past midnight wreck the next day", "activity", "screen late"),
    ("has downward dog before work made any difference", "activity", "yoga"),
    ("do my sessions with the psychotherapist seem to be helping", "activity", "therapy"),
    (
        "does jotting three good things in my notebook at night do anything",
        "activity",
        "journaling",
    ),
    ("ambling through the birch woods, does that do me good", "activity", "nature"),
    ("curling up with a crime thriller from the library, does it help", "activity", "reading"),
    ("do nights out with the lads lift me", "activity", "friends"),
    # activities the journal may not hold
    ("does geocaching with the kids help my mood", "activity", "geocaching"),
    ("has paddleboarding helped at all", "activity", "paddleboarding"),
    (
        "sitting with a big Lego set for an evening, good for the pressure or not",
        "activity",
        "Lego",
    ),
    # questions about the app or the world
    ("where's the setting to make the text bigger, my eyes are going", "unknown", ""),
    ("is magnesium actually proven to help people sleep", "unknown", ""),
    ("did Littler win the darts or not", "unknown", ""),
    # when did I last / how long since
    ("last time me and Tomasz were in stitches laughing, when was that", "last_time", "Tomasz"),
    ("how many nights has it been since I slept right through", "last_time", "sleep"),
    ("ages since I went down the lido hasn't it, when was the last visit", "last_time", "lido"),
)
