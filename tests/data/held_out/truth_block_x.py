"""Question block X, written blind for ``bench_truth`` (twentieth batch, kept out of
``benchmarks/``).

Written blind on 2026-12-03 by a new writer (blind20) who read only the docstrings and comment
lines of ``truth_blocks_blind_2.py``, ``truth_blocks_blind_3.py`` and ``truth_blocks_blind_4.py``
and ``tests/data/insights/README.md``, never the questions of any block nor the insights code.

Its conventions are those of blocks L to W as their comments state them: a named activity,
person or place is the subject even next to a feeling word; a person beats an activity named
with them; in a comparison the first side named is the subject; people by the app's convention
(a title or family word before a name gives the name: "Auntie Precious" is Precious, "Uncle
Dariusz" is Dariusz, "my stepdad Colm" is Colm; a bare family word as written, "Nanna"); places
as written; canonical names for activities (exercise, nature, walk, alcohol, screen late,
reading, music, therapy, cooking, friends, family, yoga, journaling); a thing the journal may
not hold as its plain noun; two feelings: the one asked about wins; negations, time windows and
second person keep the topic; a name only in the background of a long story does not make the
subject; "when did I last" and its variants are last_time with the activity, person, place or
feeling kind; questions about the app or the world are unknown.

New wordings in this block: a chest tight and prickly when the landlord emails, jitters before
the motorway, nervs before a driving test, on edge, jumpy and a stomach flipping before a
hospital letter as anxiety; a wet weekend in Rhyl, meh n mopey, a sorrowful sort of day, blue
patches, dishwater-coloured since the clocks went back and Sunday teatimes scooped out and teary
as low mood; sapped of go by Thursdays, zero battery, washed out by teatime and never rested as
energy; wide eyed at 2ish, jolting awake around five, kip wrecked by feeling low and
flip-flopping under the duvet till the blackbirds start as sleep; invoices and school forms
piling up like snowdrifts, covering for two people after a restructure and everyone wanting a
bit of me at once as stress. Pedalling on the exercise bike exercise, rambling under oaks and
hollies and a tramp along the cliff path nature, Friday pints with the neighbours and not
drinking in the week alcohol, reels in bed till gone one screen late, a thick crime novel
reading, old hymns on the keyboard music, chats with a clinical psychologist therapy,
board-game night with the old choir gang friends, Sunday lunches at my mum and dad's family,
three lines in a diary before lights out journaling; sketching, sea kayaking and a bouldering
gym not canonical, as written; Tenby as a place; keeping a teenager out of the diary on the
phone, hours of sleep for a fifty-year-old and an Ashes score unknown.
"""

BLOCK_X: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    (
        "my chest goes all tight and prickly whenever the landlord emails, anything in "
        "here that settles that?",
        "anxiety",
        "",
    ),
    (
        "whats been going on the weeks I feel like a wet weekend in Rhyl",
        "low_mood",
        "",
    ),
    (
        "Why am I so sapped of go by Thursdays?",
        "energy",
        "",
    ),
    (
        "what eases the jitters before I have to drive on the motorway",
        "anxiety",
        "",
    ),
    (
        "the invoices and school forms are piling up like snowdrifts, what got me through"
        " it last time",
        "stress",
        "",
    ),
    # typos and texting
    (
        "wats gud 4 me when im still lyin there wide eyed at 2ish",
        "sleep",
        "",
    ),
    (
        "y do i feel so meh n mopey this month tbh",
        "low_mood",
        "",
    ),
    (
        "hw do i stop the nervs b4 my driving test",
        "anxiety",
        "",
    ),
    # very short moods
    (
        "sorrowful sort of day",
        "low_mood",
        "",
    ),
    (
        "zero battery",
        "energy",
        "",
    ),
    (
        "on edge.",
        "anxiety",
        "",
    ),
    # long stories ending in a question
    (
        "My son moved to Calgary in the spring and the house has been so quiet, I keep "
        "telling myself the family's fine and it's just the dark evenings, but I wake at "
        "half three most nights and can't get back off. What's helped me sleep through "
        "before?",
        "sleep",
        "",
    ),
    (
        "Since the restructure at work I've been covering for two people, the inbox never"
        " empties and my manager keeps adding 'quick jobs'. Last spring was similar. What"
        " did I do then that took the edge off the pressure?",
        "stress",
        "",
    ),
    (
        "Went to my old friend Hamid's barbecue on Saturday, first time I'd been out in "
        "weeks, and came home feeling lighter than I have all month. Is seeing Hamid one "
        "of the things that lifts me?",
        "activity",
        "Hamid",
    ),
    # two feelings
    (
        "on my fretful days do I end up more washed out by teatime?",
        "energy",
        "",
    ),
    (
        "when I'm feeling low does it wreck the way I kip?",
        "sleep",
        "",
    ),
    # second person
    (
        "what do you see in my entries about why I'm so jumpy",
        "anxiety",
        "",
    ),
    (
        "can you tell me if sketching at the kitchen table does anything for me",
        "activity",
        "sketching",
    ),
    # time windows
    (
        "over the past fortnight or so, what has been sitting behind my blue patches?",
        "low_mood",
        "",
    ),
    (
        "these last three weeks, why do I keep jolting awake around five?",
        "sleep",
        "",
    ),
    # negations
    (
        "why haven't I felt rested in weeks even when I get eight hours",
        "energy",
        "",
    ),
    (
        "is it true that not drinking in the week helps me feel less anxious?",
        "activity",
        "alcohol",
    ),
    # comparison
    (
        "which is better for my head, a tramp along the cliff path or a session on the "
        "rowing machine?",
        "activity",
        "nature",
    ),
    # people by the app's convention
    (
        "After a natter over tea with Auntie Precious am I brighter?",
        "activity",
        "Precious",
    ),
    (
        "Does Uncle Dariusz stress me out or is it just Christmas?",
        "activity",
        "Dariusz",
    ),
    (
        "what's my headspace like the day after I've been round at my stepdad Colm's",
        "activity",
        "Colm",
    ),
    (
        "do Sunday phone calls with Nanna perk me up or flatten me",
        "activity",
        "Nanna",
    ),
    # places
    (
        "does a day at Tenby beach pick me up",
        "activity",
        "Tenby",
    ),
    # canonical activities in new words
    (
        "does pedalling away on the exercise bike on Saturdays do me any good",
        "activity",
        "exercise",
    ),
    (
        "does rambling about under the old oaks and hollies help when I'm low",
        "activity",
        "nature",
    ),
    (
        "are the Friday pints with the neighbours bad for my sleep",
        "activity",
        "alcohol",
    ),
    (
        "does watching reels in bed till gone one wreck the next day",
        "activity",
        "screen late",
    ),
    (
        "does getting stuck into a thick crime novel calm me down",
        "activity",
        "reading",
    ),
    (
        "do I feel better after an hour on the keyboard playing old hymns",
        "activity",
        "music",
    ),
    (
        "are the fortnightly chats with my clinical psychologist shifting anything",
        "activity",
        "therapy",
    ),
    (
        "is board-game night with the old choir gang good for me",
        "activity",
        "friends",
    ),
    (
        "do the Sunday lunches at my mum and dad's help my mood",
        "activity",
        "family",
    ),
    (
        "does writing three lines in my diary before lights out help",
        "activity",
        "journaling",
    ),
    # activities the journal may not hold
    (
        "is paddling the sea kayak round the bay good for the worry",
        "activity",
        "sea kayaking",
    ),
    # questions about the app or the world
    (
        "is there a way to stop my teenager opening this diary thing on my phone",
        "unknown",
        "",
    ),
    (
        "how many hours of sleep should a fifty year old get",
        "unknown",
        "",
    ),
    (
        "what was the score in the Ashes test this morning",
        "unknown",
        "",
    ),
    # indirect and emotional, continued
    (
        "what steadies me when my stomach flips before a hospital letter",
        "anxiety",
        "",
    ),
    (
        "everyone wants a bit of me at once, at work and at home, what helps with that squeeze",
        "stress",
        "",
    ),
    (
        "since the clocks went back it's all dishwater-coloured and I can't be bothered "
        "with anything, what pulled me out last year",
        "low_mood",
        "",
    ),
    (
        "how come Sunday teatimes leave me feeling scooped out and teary",
        "low_mood",
        "",
    ),
    (
        "what do my notes say about the nights I'm flip-flopping under the duvet till the"
        " blackbirds start up",
        "sleep",
        "",
    ),
    # when did I last / how long since
    (
        "which was the last day I got from breakfast to bed with no jitters at all",
        "last_time",
        "anxiety",
    ),
    (
        "the bouldering gym by the station, when was I last in there",
        "last_time",
        "bouldering gym",
    ),
    (
        "which week did I last see Marguerite",
        "last_time",
        "Marguerite",
    ),
)
