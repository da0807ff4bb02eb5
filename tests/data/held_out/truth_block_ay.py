"""BLOCK_AY: 50 Insights questions written blind on 2026-12-07 by a new writer (forty-seventh
batch), for ``benchmarks/held_out_measure.py truth AY``; no test reads it.

Labelled by the conventions of blocks L to AX: a question about a feeling is that feeling's kind
with an empty subject; a question about what an activity, person or place does to the writer is
``activity`` with the canonical activity, the person's name or the place as its subject; "when did
I last ..." is ``last_time`` with the activity or person; a question about the app or the world is
``unknown``. People are labelled by the app's convention ("my brother-in-law Casimir" is Casimir,
"my old flatmate Zofia" is Zofia, a bare "Thandiwe" as written, "my great-aunt Teodora" is
Teodora); a smear test, redundancy talks, a court case beside the school run, a kitchen flood with
its insurance calls and the clocks going back are only a story's background.

The new wordings it brings: two feelings (more on edge after a lonely weekend, spirits dragged down
after a week wound up like a spring, the oomph gone when stressed to the eyeballs, up before the
birds when down), second person, time windows, days of the week, negations, a comparison (ikebana
against a pedal along a cycle path), a place (Crail at the October half-term), canonical activities
in new words (press-ups and burpees in the living room, dragonflies over a pond, a dawdle round the
reservoir with the dog, glasses of red most evenings, short videos in bed into the small hours, a
fantasy saga on the bus, a drum kit, a psychotherapist at the community centre, a big chilli on a
Sunday afternoon, brunch with the girls from the old office, a takeaway at a brother's on a Friday,
sun salutes on a kitchen floor first thing, what's bugging me written out on the train), activities
the journal may not hold (rock tumbling, chainmail making, ikebana), questions about the app or the
world (a photo in an entry, the journal switched into Welsh, cold showers and low mood), and a walk
in boots left by the door, dinner made from fresh ingredients and my great-aunt Teodora as last
time.
"""

from __future__ import annotations

BLOCK_AY: tuple[tuple[str, str, str], ...] = (
    # anxiety
    ("before a smear test my heart goes like the clappers, what calms it", "anxiety", ""),
    (
        "if your mind jumps to the worst every time the phone buzzes, what can you do about it",
        "anxiety",
        "",
    ),
    ("after a lonely weekend am I more on edge come Monday", "anxiety", ""),
    ("proper on edge since sat, wat settles me dwn", "anxiety", ""),
    ("over the summer holidays what took the edge off my nerves", "anxiety", ""),
    ("what hasn't helped one bit with the Sunday night dread", "anxiety", ""),
    # low mood
    (
        "been down in the dumps since the redundancy talks started, has anything cheered me up",
        "low_mood",
        "",
    ),
    ("been proper mardy n flat all wk, wot shd i try", "low_mood", ""),
    ("a week wound up like a spring, does it drag my spirits down after", "low_mood", ""),
    (
        "when you can't shake off a grey mood for days on end, what's worth doing",
        "low_mood",
        "",
    ),
    ("Thursdays I'm always a bit blue, any idea why", "low_mood", ""),
    ("two months of feeling low now, what's made no difference at all", "low_mood", ""),
    # energy
    ("flagging by three every afternoon, what's draining me", "energy", ""),
    ("when I'm stressed up to my eyeballs does my oomph disappear", "energy", ""),
    ("come Friday my batteries are dead flat, what's behind that", "energy", ""),
    ("zero oomph tday again, y tho", "energy", ""),
    # sleep
    ("brain going round in circles till 4, what gets me off to sleep", "sleep", ""),
    ("ever since we put the clocks back an hour, what's my sleep been doing", "sleep", ""),
    ("on the days I'm down in myself, am I up before the birds", "sleep", ""),
    ("if you keep waking at 5 on the dot, is there anything that helps", "sleep", ""),
    ("wide awake @ 2 every nite, wat do i do", "sleep", ""),
    # stress
    ("juggling the court case and the school run, how do I keep my head", "stress", ""),
    (
        "with the kitchen flood and all the insurance calls, what's helped me get through",
        "stress",
        "",
    ),
    ("the weeks of the redundancy consultation, what kept me going", "stress", ""),
    # activity: canonical, in new words
    ("press-ups and burpees in the living room, am I brighter after", "activity", "exercise"),
    ("sitting by the pond watching the dragonflies, does it settle me", "activity", "nature"),
    ("a dawdle round the reservoir with the dog after tea, any good for me", "activity", "walk"),
    (
        "a couple of glasses of red most evenings, how's my mood the day after",
        "activity",
        "alcohol",
    ),
    (
        "watching short videos on my phone in bed into the small hours, does it leave me wired",
        "activity",
        "screen late",
    ),
    ("a chapter of my fantasy saga on the bus, does it help me unwind", "activity", "reading"),
    ("bashing away on the drum kit, do I feel better after", "activity", "music"),
    (
        "the sessions with my psychotherapist at the community centre, have they changed anything",
        "activity",
        "therapy",
    ),
    ("making a big chilli on a Sunday afternoon, am I calmer for it", "activity", "cooking"),
    ("brunch with the girls from the old office, how am I afterwards", "activity", "friends"),
    ("a takeaway round my brother's on a Friday, does it perk me up", "activity", "family"),
    (
        "a round of sun salutes on the kitchen floor first thing, does it do owt for me",
        "activity",
        "yoga",
    ),
    (
        "writing out what's bugging me in a notebook on the train, does it help",
        "activity",
        "journaling",
    ),
    # activity: people, a place, things the journal may not hold
    ("when my brother-in-law Casimir comes over, am I in a better mood", "activity", "Casimir"),
    ("a catch-up with my old flatmate Zofia, does it lift me", "activity", "Zofia"),
    ("Thandiwe texting me of a morning, does my mood improve", "activity", "Thandiwe"),
    ("what was I like in myself that week in Crail at the October half-term", "activity", "Crail"),
    ("polishing stones in the rock tumbler, does it calm me down", "activity", "rock tumbling"),
    (
        "linking rings for chainmail of an evening, good for me or not",
        "activity",
        "chainmail making",
    ),
    (
        "an hour of ikebana against a pedal along the cycle path, which one calms me more",
        "activity",
        "ikebana",
    ),
    # unknown
    ("can I stick a photo in with an entry", "unknown", ""),
    ("can the journal be switched into Welsh", "unknown", ""),
    ("do cold showers really help with low mood or is that internet nonsense", "unknown", ""),
    # last time
    (
        "my walking boots have been by the door for weeks, when did I last go for a proper walk",
        "last_time",
        "walk",
    ),
    ("how long's it been since I made dinner from fresh ingredients", "last_time", "cooking"),
    ("how long since I popped round to my great-aunt Teodora's", "last_time", "Teodora"),
)
