"""Block AF: 50 Insights questions written blind (twenty-eighth batch), for ``held_out_measure``.

Written by someone who never opened the insights rules nor the tuned question sets, and labelled
by reading each question as a person would, before any code ran on it. Labelled by the
conventions of blocks L to AE:

* each row is (question, expected topic kind, expected subject); kinds are low_mood, anxiety,
  sleep, stress, energy, activity, last_time and unknown; the subject is empty unless the kind
  is activity or last_time;
* a named activity, person or place is the subject, even next to a feeling word; with two of
  them (a comparison) the first one named is the subject;
* people by the app's convention: a family word or title before a name gives the name alone
  ("Auntie Comfort" is Comfort, "my cousin Farah" is Farah), a bare family word is the person as
  written ("Grandad"), and a person beats an activity done with them; places as written;
* canonical names where the blocks use them: swims as exercise, woods named by their trees as
  nature, strolls as walk, a pint as alcohol, a phone in bed late at night as screen late, a
  novel as reading, an instrument as music, a psychologist as therapy, baking as cooking, mates
  as friends, parents as family, a vinyasa class as yoga, morning pages or a diary as
  journaling; a thing the journal may not hold is still the subject, as its plain noun;
* two feelings: the one asked about wins (the object of an effect verb, else the outcome asked
  after, else the condition);
* tired, drained, wrung out, flagging and lethargic are energy; waking, nights and lying awake
  are sleep; workload, invoices and juggling projects are stress; dread, nerves, a
  racing pulse and being twitchy are anxiety; beige, down in the mouth, hollow, blue and
  gloomy are low mood;
* negations, comparisons, time windows, days of the week and second person keep the topic;
* "how long ago was my last", "the most recent week", "how many days since I last" are
  last_time, with the person, the activity or the feeling kind;
* questions about the app or general facts (even about sleep) are unknown.

The new wordings this block brings: a stomach doing somersaults when a group chat goes quiet, on
a knife edge since redundancy rumours, a pulse going mad in a supermarket queue, twitchy as
anything before the dentist, imagining every disaster that could happen to your kids (second
person) and a sick sense of dread creeping up since October against the summer as anxiety;
everything a bit beige, down in the mouth since a birthday, hollow days, a heavy blue mood
hanging round, gloomier on Sundays and near enough to tears most evenings as low mood; running
on empty by three, batteries charging again when flagging by midweek, wrung out like a dishcloth
after the depot and lethargic from the alarm on as energy; jolting awake at ten to three, sleep
choppier in the weeks a mood dips (the outcome asked after), decent kip since a heatwave, a
brain like a browser with forty tabs open and staring at the ceiling as sleep; invoices and a
tax return, work piling on top of the kids' things and three projects with a reorg as stress;
7am swims before the office, Saturdays among the beech trees behind the village, canal towpath
strolls, the odd pint after work, a phone under the duvet till gone one, a chunky crime novel a
week, plonking away on the ukulele, a psychologist on Zoom, weekend sourdough, nights out with
old school mates, Sunday lunches at my parents', a Thursday vinyasa flow at a church hall and
morning pages on three sides of A4 as the canonical activities; tea and gossip at Auntie
Comfort's, my cousin Farah kipping on the sofa all week and a day pottering about with Grandad
as the person; trips up to the Lake District a place; bouldering ("since taking up X"), crochet
evenings and paddleboarding on the estuary (weighed against the gym, the first named) not
canonical, as written; a printable copy of everything written since January, magnesium for
sleep and how the app decides a good day unknown; the last visit to Jess's, the most recent
week without feeling stressed out and the last time pen went to paper in a diary as last time.
"""

from __future__ import annotations

BLOCK_AF: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("why does my stomach do somersaults every time the group chat goes quiet", "anxiety", ""),
    (
        "on a knife edge since the redundancy rumours, what takes the edge off",
        "anxiety",
        "",
    ),
    ("my pulse goes mad out of nowhere in the supermarket queue, what calms that", "anxiety", ""),
    ("dentist tmrw n im twitchy as anything, wat usually sorts me out", "anxiety", ""),
    (
        "when you keep imagining every disaster that could happen to your kids, what's worked",
        "anxiety",
        "",
    ),
    (
        "has that sick sense of dread been creeping up since October compared with the summer",
        "anxiety",
        "",
    ),
    ("everything feels a bit beige lately, what used to lift it", "low_mood", ""),
    ("proper down in the mouth since my birthday, what pulls me out", "low_mood", ""),
    ("what helps on the days I just feel hollow", "low_mood", ""),
    ("a heavy blue mood's been hanging round for days, any pattern?", "low_mood", ""),
    ("am I gloomier on Sundays", "low_mood", ""),
    ("not in tears but near enough most evenings, anything that helped", "low_mood", ""),
    ("I'm running on empty by 3pm every day, what perks me up", "energy", ""),
    ("what gets my batteries charging again when I'm flagging by midweek", "energy", ""),
    ("wrung out like a dishcloth by the time I'm home from the depot, what helps", "energy", ""),
    (
        "been lethargic from the moment the alarm goes this fortnight, is there a reason",
        "energy",
        "",
    ),
    (
        "I jolt awake at ten to three most nights and can't get back under, any clue why",
        "sleep",
        "",
    ),
    ("is my sleep any choppier in the weeks my mood dips", "sleep", ""),
    ("since the heatwave kicked off have I actually been getting any decent kip", "sleep", ""),
    ("brain like a browser with forty tabs open at bedtime, what helps me drop off", "sleep", ""),
    ("lie there staring at the ceiling for hours, what works", "sleep", ""),
    ("snowed under with invoices and the tax return, what keeps me sane", "stress", ""),
    ("how do I cope when work piles on top of the kids' stuff", "stress", ""),
    (
        "juggling three projects and a reorg at the office, what's kept me from cracking before",
        "stress",
        "",
    ),
    # activities with canonical names, in new words
    ("do the 7am swims before the office set me up for a better day", "activity", "exercise"),
    (
        "Saturdays among the beech trees up behind the village, do they quieten my nerves",
        "activity",
        "nature",
    ),
    ("do my strolls down the canal towpath after dinner make a difference", "activity", "walk"),
    ("what does the odd pint after work do to my sleep", "activity", "alcohol"),
    (
        "is being on my phone under the duvet till gone one what's wrecking me",
        "activity",
        "screen late",
    ),
    ("has getting through a chunky crime novel each week helped", "activity", "reading"),
    ("has plonking away on the ukulele in the evenings done me any good", "activity", "music"),
    ("since I started seeing a psychologist on zoom has anything changed", "activity", "therapy"),
    ("does baking sourdough at the weekend lift me", "activity", "cooking"),
    ("do nights out with my old school mates help", "activity", "friends"),
    ("do sunday lunches at my parents' make me feel better", "activity", "family"),
    (
        "is the Thursday vinyasa flow at the church hall making any dent in my worrying",
        "activity",
        "yoga",
    ),
    (
        "morning pages, the scribbling three sides of A4 thing, is it doing anything",
        "activity",
        "journaling",
    ),
    # people and places
    (
        "is my mood any brighter the day after tea and gossip at Auntie Comfort's",
        "activity",
        "Comfort",
    ),
    ("my cousin Farah kipped on our sofa all week, was I cheerier for it", "activity", "Farah"),
    ("am I in better spirits after a day pottering about with Grandad", "activity", "Grandad"),
    ("am I calmer when we go up to the Lake District", "activity", "Lake District"),
    # things the journal may not hold
    (
        "since taking up bouldering at the climbing centre, any change in how low I get",
        "activity",
        "bouldering",
    ),
    ("do my crochet evenings with a film on help me unwind", "activity", "crochet"),
    (
        "paddleboarding out on the estuary versus a session at the gym, what's better for my head",
        "activity",
        "paddleboarding",
    ),
    # the app or the world
    (
        "can this thing spit out a printable copy of everything I've written since January",
        "unknown",
        "",
    ),
    ("is it true that magnesium helps you sleep", "unknown", ""),
    ("how does the app decide what counts as a good day", "unknown", ""),
    # when did I last …
    (
        "Jess keeps asking when I'll next pop round, how long ago was my last visit to hers",
        "last_time",
        "Jess",
    ),
    (
        "what was the most recent week I got through without feeling stressed out",
        "last_time",
        "stress",
    ),
    (
        "how many days has it been since I last put pen to paper in my diary",
        "last_time",
        "journaling",
    ),
)
