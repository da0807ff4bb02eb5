"""Block AD: 50 Insights questions written blind for ``benchmarks/held_out_measure.py``.

Written on 2026-12-04 by a new writer (twenty-sixth batch) who never opened the insights rules,
the tuned question blocks or the training questions, and labelled every question by their own
reading before any code ran on it. Each entry is ``(question, kind, subject)``; the subject is
compared case-insensitively and is empty for a feeling asked about.

Conventions, those of blocks L to AC:

* a named activity, person or place is the subject even next to a feeling word; a person beats
  an activity named with them; in a comparison the first thing named is the subject;
* people by the app's convention: a family word or title before a name gives the name alone
  ("Auntie Rukhsana" is Rukhsana, "my stepbrother Callum" is Callum); a family word alone is
  the person as written; a name that is only a long story's background (a sister gone to
  Auckland, a partner on nights at the hospital) does not make the subject;
* two feelings: the one asked about wins (the object of helps / affects / makes, else the
  outcome asked after, else the condition);
* negations, comparisons, time windows and second person keep the topic;
* tired, drained, an empty battery are energy; waking, nights and dropping off are sleep; a
  load of demands landing at once is stress, the listed load not the subject; nerves, panic,
  on edge and jittery are anxiety; hollow, miserable and a dark cloud are low mood;
* canonical activity names where the blocks use them (exercise, nature, walk, alcohol, screen
  late, reading, music, therapy, cooking, friends, family, yoga, journaling); a thing the
  journal may not hold is still the subject, as its plain noun;
* "how many days since", "when did ... last" and "which Saturday did I last" are last_time,
  with the activity, the person, or the feeling kind;
* a question about the app or the world is unknown, even when it names sleep or a place.

The new wordings this block brings: the gut doing a backflip when the school's number comes
up, clammy and shaky hands before a hearing, wound up and panicky, fizzing with nerves,
replaying tomorrow's conversation and on edge after a bad night as anxiety; the world gone the
colour of wet pavement, a dark cloud week, hollow Sunday nights, a miserable patch and a quiet
flat after a sister moved away as low mood; a battery at zero by 3pm, the last drops of petrol
by lunchtime, nothing left in the tank by teatime and less get-up-and-go after an evening of
fretting as energy; eyes wide open at 4.15, tossing about till the bin lorry comes and not
dropping off before one since a change to earlies as sleep; a move, an audit and a mother's
appointments at once, work flattening me and the bills all landing together as stress;
sculling with a rowing club and a Wednesday boxercise class at a church hall (exercise), a
wander through an alder carr (nature), strolls to the post box and back after tea (walk),
nightly mulled wine (alcohol), scrolling Vinted in bed till half one (screen late), graphic
novels curled up on the sofa (reading), an hour on the clarinet weighed against a spin session
(music, the first named), the talking-therapies woman at the health centre (therapy), Sunday
pho marathons in the kitchen (cooking), Catan evenings with old colleagues (friends, named by
what was shared), Saturdays with the whole family round the table (family), a wobbly tree pose
(yoga) and a page of a five-year diary each night (journaling) as the canonical activities;
curling, ballroom dancing ("since I took up X" names X) and metal detecting not canonical, as
written; weekends in Keswick a place; a setting to nudge me to journal at nine, a two-year-old's
daytime nap and the Keswick forecast unknown; "how many days since I last had a panic", "last
curry night with Callum, when was that?" and "which Saturday did I last get out on the water"
as last time, with the feeling kind, the person and the activity.
"""

BLOCK_AD: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    (
        "the school's number comes up on my phone and my gut does a backflip, has anything "
        "settled that in the past?",
        "anxiety",
        "",
    ),
    (
        "hands gone all clammy and shaky before the hearing on friday, anything in here that "
        "calmed me down?",
        "anxiety",
        "",
    ),
    (
        "the whole world's gone the colour of wet pavement this month. anything in my entries"
        " that brightened it?",
        "low_mood",
        "",
    ),
    (
        "why do I feel so hollow on Sunday nights and what got me out of it last time",
        "low_mood",
        "",
    ),
    ("battery at zero by 3pm every day, what gives me a boost", "energy", ""),
    ("eyes wide open at 4.15 again, what's helped me stay asleep before", "sleep", ""),
    ("tossing about till the bin lorry comes, is there any pattern?", "sleep", ""),
    ("running on the last drops of petrol by lunchtime, what's helped?", "energy", ""),
    # typos and texting
    ("wat helps wen im all wound up n panicky", "anxiety", ""),
    ("cant get to sleep lately evry night past 2 whats worked", "sleep", ""),
    # very short moods
    ("fizzing with nerves, no reason", "anxiety", ""),
    ("bit of a dark cloud week tbh", "low_mood", ""),
    # long stories ending in a question
    (
        "My sister moved to Auckland in the summer and the flat's been quiet, and I've "
        "started skipping things I used to enjoy and just sitting in the car after work. Is "
        "there anything that's pulled me out of a low patch before?",
        "low_mood",
        "",
    ),
    (
        "Work's moved me onto earlies and my partner's on nights at the hospital, so the "
        "house is never quiet, and now I can't drop off before one however tired I am. What's"
        " helped my sleep in the past?",
        "sleep",
        "",
    ),
    (
        "juggling the move, the audit and mum's appointments all at once, what helps when "
        "it's like this",
        "stress",
        "",
    ),
    # two feelings
    ("am I more on edge on the days after I've slept badly", "anxiety", ""),
    ("after an evening of fretting, is my get-up-and-go worse the next day", "energy", ""),
    # second person
    (
        "when you can't stop replaying tomorrow's conversation in your head, what usually "
        "settles it for me?",
        "anxiety",
        "",
    ),
    (
        "when you've got nothing left in the tank by teatime, what's made a difference for me",
        "energy",
        "",
    ),
    # time windows
    ("what lifted my mood in the first half of October", "low_mood", ""),
    ("how was my sleep over the Christmas fortnight compared to now", "sleep", ""),
    ("work is flattening me this month, has anything taken the edge off", "stress", ""),
    # negations
    ("when I'm in a miserable patch, what seems to make it worse not better", "low_mood", ""),
    ("what didn't help last time the bills all landed at once", "stress", ""),
    # comparison
    ("is an hour on my clarinet better for me than a spin session", "activity", "music"),
    # people by the app's convention
    (
        "I always come off the phone to Auntie Rukhsana lighter, does the journal back that up",
        "activity",
        "Rukhsana",
    ),
    ("are my Friday phone calls with my stepbrother Callum helping", "activity", "Callum"),
    # places
    ("am I calmer after weekends in Keswick", "activity", "Keswick"),
    # canonical activities in new words
    ("does sculling with the rowing club lift my mood", "activity", "exercise"),
    (
        "has the Wednesday boxercise class at the church hall helped my nerves at all",
        "activity",
        "exercise",
    ),
    ("has a wander through the alder carr by the river ever calmed me down", "activity", "nature"),
    ("do my strolls to the post box and back after tea help me sleep", "activity", "walk"),
    ("is the nightly mulled wine why I'm so flat this week", "activity", "alcohol"),
    (
        "scrolling Vinted in bed till half one, is that messing with my mornings?",
        "activity",
        "screen late",
    ),
    ("do graphic novels curled up on the sofa take my mind off work", "activity", "reading"),
    (
        "is seeing the talking-therapies woman at the health centre making any difference",
        "activity",
        "therapy",
    ),
    ("those Sunday pho marathons in the kitchen, good for me or not?", "activity", "cooking"),
    ("are the Catan evenings with my old colleagues doing me any good", "activity", "friends"),
    ("are the Saturdays with the whole family round the table good for me", "activity", "family"),
    ("has my wobbly tree pose routine done anything for my stress", "activity", "yoga"),
    ("does filling a page of my five-year diary each night help", "activity", "journaling"),
    # activities the journal may not hold
    (
        "curling on Thursday nights: has it helped me through the winter blues?",
        "activity",
        "curling",
    ),
    ("since I took up ballroom dancing, has my mood changed", "activity", "ballroom dancing"),
    ("what has metal detecting on the beach done for my head", "activity", "metal detecting"),
    # questions about the app or the world
    ("is there a setting to nudge me to journal at nine each night", "unknown", ""),
    ("how long should a two-year-old nap in the day", "unknown", ""),
    ("what's the forecast for Keswick this weekend", "unknown", ""),
    # when did I last / how long since
    ("how many days since I last had a panic like that one at the station", "last_time", "anxiety"),
    ("last curry night with Callum, when was that?", "last_time", "Callum"),
    (
        "which Saturday did I last get out on the water with the rowing club",
        "last_time",
        "exercise",
    ),
)
