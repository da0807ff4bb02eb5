"""Block AS: 50 Insights questions written blind (forty-first batch, 2026-12-06).

Labelled by the conventions of blocks L to AR before any code ran on them: a named activity,
person or place is the subject even beside a feeling word; people by first name without titles
or kin words ("Grandpa Teodor" is Teodor, "my teammate Tavita" is Tavita, a bare "Mereana" as
written, "my mate Ximena" is Ximena); a place as written (Portmeirion); canonical names for the
activities the journal knows; a thing the journal may not hold as its plain noun (unicycling,
beatboxing, marquetry); with two feelings the one asked about wins (the outcome asked after,
else the condition); with two activities the first named is the subject; negations, time windows,
days and second person keep the topic; a name that is only a story's background (a nan moving
into a home, a baby's arrival, a house move) does not make the subject; questions about the app
or the world are unknown; "my last ..., what date was it", "which day was that" and "when did I
last" are last time.

New wordings: two feelings (twitchier after a sleepless night, bleaker on a Monday after a
weekend alone, more drained on anxious days, worse nights when stressed about money), second
person, time windows (the last fortnight, November, since August, since the summer), days of the
week (Wednesdays, a Sunday morning, a Monday), negations, a comparison (marquetry against the
gym), a place (Portmeirion in May), canonical activities in new words (a spin class before work,
the pines of a country park, a stroll along the canal towpath, G&Ts after the kids are down,
videos in bed long after lights out, a detective novel on the bus, tunes on a keyboard after
dinner, the counsellor at the surgery every other week, bread dough on a Sunday morning, a
curry night with the lads from uni, afternoons at my sister's with the nephews, downward dog on
the lounge floor, three lines in a notebook at lunchtime), activities the journal may not hold
(unicycling, beatboxing, marquetry), questions about the app or the world (printing the
journal on paper, cheese and nightmares, the app's languages), and the last rested morning, the
last gym workout and the last coffee with Ximena as last time.
"""

from __future__ import annotations

BLOCK_AS: tuple[tuple[str, str, str], ...] = (
    # anxiety
    (
        "my stomach flips whenever the landlord's number lights up my phone, what helps",
        "anxiety",
        "",
    ),
    ("when you get that jittery buzz before a dentist visit, what do you do", "anxiety", ""),
    ("after a sleepless night am I twitchier and more on edge", "anxiety", ""),
    ("wrried sick all wkend abt nothin, y", "anxiety", ""),
    ("bit jittery this morning", "anxiety", ""),
    ("what have I tried that did zilch for the jitters", "anxiety", ""),
    # low mood
    (
        "everything feels drab and joyless now it's dark by four, any ideas",
        "low_mood",
        "",
    ),
    ("properly miserable n meh lately", "low_mood", ""),
    ("after a weekend on my own do I feel bleaker come Monday", "low_mood", ""),
    ("in the last fortnight what hasn't lifted my mood even a little", "low_mood", ""),
    ("low and teary since my nan went into the care home in August", "low_mood", ""),
    ("when you can't see the point of anything, what pulls you back up", "low_mood", ""),
    # energy
    ("wiped out by mid-morning even after eight hours in bed, why", "energy", ""),
    ("no oomph at all this wk, cant get off the sofa", "energy", ""),
    ("on days I'm anxious am I more drained by teatime", "energy", ""),
    ("Wednesdays I'm dead on my feet, what's different about them", "energy", ""),
    # sleep
    ("keep waking at half four with my mind racing, what stops that", "sleep", ""),
    ("since the baby came I get maybe four hours a night, anything that helps", "sleep", ""),
    ("do my nights go worse when I'm stressed about money", "sleep", ""),
    ("when you lie there for hours not dropping off, what's worth trying", "sleep", ""),
    ("restless nites all of november, y cant i drop off", "sleep", ""),
    # stress
    ("three deadlines landing the same week as a house move, how do I keep my head", "stress", ""),
    ("stretched thin since I took on the extra shifts over the summer", "stress", ""),
    ("what kept me afloat when the tax return and the audit clashed", "stress", ""),
    # activity: canonical, in new words
    ("a spin class before work, does it make me any perkier", "activity", "exercise"),
    (
        "a morning among the pines in the country park, what am I like afterwards",
        "activity",
        "nature",
    ),
    ("an evening stroll along the canal towpath, does it do me good", "activity", "walk"),
    ("a couple of G&Ts once the kids are down, what do they do to my mood", "activity", "alcohol"),
    (
        "thumbing through videos in bed long after lights out, why am I foggy next day",
        "activity",
        "screen late",
    ),
    ("getting lost in a detective novel on the bus, am I better for it", "activity", "reading"),
    ("banging out tunes on my keyboard after dinner, does it lift me", "activity", "music"),
    (
        "seeing the counsellor at the surgery every other week, is it doing anything",
        "activity",
        "therapy",
    ),
    ("kneading bread dough on a Sunday morning, good for my head", "activity", "cooking"),
    ("a curry night with the lads from uni, am I happier the day after", "activity", "friends"),
    ("afternoons at my sister's with the nephews, what do they do for me", "activity", "family"),
    (
        "downward dog and a few stretches on the lounge floor before bed, worth it",
        "activity",
        "yoga",
    ),
    (
        "writing three lines about my day in a notebook at lunchtime, does it help",
        "activity",
        "journaling",
    ),
    # activity: people, a place, things the journal may not hold
    ("how am I on the weekends Grandpa Teodor stays over", "activity", "Teodor"),
    ("lunch in the canteen with my teammate Tavita, does it perk me up", "activity", "Tavita"),
    ("what are evenings with Mereana like for me", "activity", "Mereana"),
    ("that long weekend in Portmeirion in May, was I calmer there", "activity", "Portmeirion"),
    ("ever since I took up unicycling, am I less tense", "activity", "unicycling"),
    ("beatboxing along to the radio on my drive in, any good for me", "activity", "beatboxing"),
    ("marquetry or the gym, which one settles me more", "activity", "marquetry"),
    # unknown
    ("can I print the whole journal out on paper", "unknown", ""),
    ("does eating cheese before bed really give you nightmares", "unknown", ""),
    ("how many languages does this thing speak", "unknown", ""),
    # last time
    (
        "my last morning getting up bright and properly rested, what date was it",
        "last_time",
        "sleep",
    ),
    ("the last time I did a workout at the gym, which day was that", "last_time", "exercise"),
    ("when did I last see my mate Ximena for a coffee", "last_time", "Ximena"),
)
