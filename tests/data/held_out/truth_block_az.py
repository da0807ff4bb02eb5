"""Insights questions written blind for the forty-eighth held-out batch (``BLOCK_AZ``).

Labelled by the conventions of blocks L to AY, so its figure can sit beside theirs: each row is
(question, kind, subject); ``subject`` is the activity, person or place an activity or last-time
question is about (compared case-insensitively) and empty for every other kind. A person is
labelled by the name the app would file them under ("my step-grandad Ignatius" is Ignatius, "my old
coach Yevgenia" is Yevgenia, a bare "Mthunzi" as written, "my godmother Ottoline" is Ottoline); a
stroke in the family, night shifts, a house sale, a house move beside a dissertation, a school
inspection, a best friend's move abroad, a driving test, a manager's emails, a weekly team call and
a new flat are only a story's background, never the subject. The new wordings it brings: two
feelings (more worry after low days, the mood hitting the floor when dead on one's feet, more
drained in a sad patch, more tossing and turning on lonely evenings), second person, time windows,
days of the week, negations, a comparison (kumihimo braiding against a bike ride), a place
(Saundersfoot on a long weekend in May), canonical activities in new words (star jumps and squats
in the garden, grey seals on a sandbank, an amble along the old railway line, rosé on the balcony,
forum threads on a phone past 1am, a poem or two from an anthology with the morning coffee, show
tunes belted out in the car, phone counselling through an employee assistance line, a slow-cooked
lamb stew, a pub lunch with old uni housemates, board games at my parents', cobra stretches and a
spinal twist before bed, thoughts jotted in the back of a diary on a lunch break), activities the
journal may not hold (cyanotype printing, wet felting, kumihimo braiding), questions about the app
or the world (a nightly reminder, one entry sent to a GP, chamomile tea and anyone's nerves), and a
book finished cover to cover, feelings written down and my godmother Ottoline as last time.
"""

from __future__ import annotations

BLOCK_AZ: tuple[tuple[str, str, str], ...] = (
    # anxiety
    (
        "the morning of my driving test my hands won't stop trembling, what steadies them",
        "anxiety",
        "",
    ),
    (
        "if your heart hammers each time your manager's email lands, what's worth doing",
        "anxiety",
        "",
    ),
    ("after a few low days, does the worrying get worse", "anxiety", ""),
    ("ticker goin mad all mornin 4 nothin, wat do i do", "anxiety", ""),
    ("which thing soothed the jitters most over Easter", "anxiety", ""),
    ("what's made no dent in the butterflies before the weekly team call", "anxiety", ""),
    # low mood
    (
        "ever since my best friend moved to Canada I've felt a bit lost, what's picked me up",
        "low_mood",
        "",
    ),
    ("so low n weepy this wk, any ideas wot 2 do", "low_mood", ""),
    ("when I'm dead on my feet, does my mood hit the floor too", "low_mood", ""),
    ("if you wake up with a cloud over you and can't say why, what helps shift it", "low_mood", ""),
    ("Tuesdays always feel heavy for some reason, why", "low_mood", ""),
    ("three weeks of feeling rubbish now, what's not helped at all", "low_mood", ""),
    # energy
    ("by eleven in the morning I'm running on empty, what's wearing me out", "energy", ""),
    ("during a sad patch, am I more drained", "energy", ""),
    ("Saturdays I just lie on the sofa like a slug, why", "energy", ""),
    ("no energy at all 2day, cant be arsed wiv nuthin, y", "energy", ""),
    # sleep
    ("lying there listening to the clock tick till half three, what helps me nod off", "sleep", ""),
    ("since we moved into the new flat, how have I been sleeping", "sleep", ""),
    ("on lonely evenings do I toss and turn more", "sleep", ""),
    ("if your mind races the second your head hits the pillow, what's worth a go", "sleep", ""),
    ("up at 3 evry nite lately 4 no reason, wat shd i do", "sleep", ""),
    # stress
    (
        "mum's stroke, the night shifts and a house sale all at once, what's kept me afloat",
        "stress",
        "",
    ),
    ("with the house move and my dissertation due the same week, how did I cope", "stress", ""),
    ("the run-up to the inspection at school, what helped me get through it", "stress", ""),
    # activity: canonical, in new words
    ("star jumps and squats in the garden before work, am I perkier after", "activity", "exercise"),
    ("watching the grey seals on the sandbank at low tide, does it calm me", "activity", "nature"),
    ("an amble along the old railway line after work, does it do me good", "activity", "walk"),
    (
        "a bottle of rosé on the balcony at weekends, how am I the morning after",
        "activity",
        "alcohol",
    ),
    (
        "reading forum threads on my phone past 1am, does it leave me frazzled",
        "activity",
        "screen late",
    ),
    (
        "a poem or two from an anthology with my morning coffee, does it settle me",
        "activity",
        "reading",
    ),
    ("belting out show tunes in the car, does it lift me", "activity", "music"),
    (
        "the phone counselling through the employee assistance line, has it made a difference",
        "activity",
        "therapy",
    ),
    ("a slow-cooked lamb stew on a rainy Saturday, am I calmer after", "activity", "cooking"),
    ("a pub lunch with my old uni housemates, how do I feel afterwards", "activity", "friends"),
    ("board games at my parents' on a Sunday night, do they cheer me up", "activity", "family"),
    ("a few cobra stretches and a spinal twist before bed, worth it", "activity", "yoga"),
    (
        "jotting my thoughts in the back of my diary on my lunch break, any use",
        "activity",
        "journaling",
    ),
    # activity: people, a place, things the journal may not hold
    ("when my step-grandad Ignatius visits, am I brighter", "activity", "Ignatius"),
    ("a phone call with my old coach Yevgenia, does it give me a lift", "activity", "Yevgenia"),
    ("after church, when Mthunzi comes by, am I happier for it", "activity", "Mthunzi"),
    (
        "that long weekend in Saundersfoot in May, what sort of mood was I in",
        "activity",
        "Saundersfoot",
    ),
    (
        "cyanotype prints in the back garden on sunny days, do they relax me",
        "activity",
        "cyanotype printing",
    ),
    ("wet felting at the kitchen table, good for my mood or not", "activity", "wet felting"),
    (
        "an afternoon of kumihimo braiding or a bike ride, which puts me in a better mood",
        "activity",
        "kumihimo braiding",
    ),
    # unknown
    ("can the app remind me at nine every night to write something", "unknown", ""),
    ("can I send one entry to my GP without the rest", "unknown", ""),
    ("does chamomile tea really calm people down or is that an old wives' tale", "unknown", ""),
    # last time
    ("a book finished cover to cover, how long ago was that", "last_time", "reading"),
    ("how long since I wrote down how I was actually feeling", "last_time", "journaling"),
    ("when did I last have a cuppa with my godmother Ottoline", "last_time", "Ottoline"),
)
