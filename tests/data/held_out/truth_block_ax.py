"""Block AX: 50 Insights questions written blind on 2026-12-06 (forty-sixth batch), for
``held_out_measure.py truth AX``; kept out of the tuned blocks until it has been measured.

Labelled by the conventions of blocks L to AW, as a person reads them in "Looking at: ...": a
named activity, person or place is the subject, even beside a feeling word; people by the app's
convention (the name alone after a family or other relation word: "my stepdaughter Marisol" is
Marisol, "my sponsor Lachlan" is Lachlan, a bare "Ceridwen" as written, "my mother-in-law
Oluwaseun" is Oluwaseun); with two things compared the first one named is the subject; with two
feelings the one asked about wins (the outcome or the object of an effect verb); negations, time
windows, days of the week and second-person wording keep the topic; a thing the journal may not
hold is still the subject; a question about the app or the world is unknown; a dead dog, a
dentist appointment, a job interview, a new baby, a dad's hip operation, wedding planning, a tax
return and builders are only a story's background.

The new wordings it brings: two feelings (jumpier by day after rubbish nights, a mood that dips
after anxious days, less get-up-and-go when low, worse nights after a worked-up day), second
person, time windows, days of the week, negations and a comparison (zine making against a run),
a place (Harlech over the August bank holiday), canonical activities in new words (a skipping
rope in the back yard, starlings coming in over the pier at dusk, a loop of the estate with the
pram after lunch, cans of stout on a Friday night, property sites on a mobile long after twelve,
a detective novel in the bath, plinking on an old Casio, CBT through the GP surgery, a pot of
dal on a Sunday, a curry night with the old netball girls, Sunday dinner at my sister's,
downward dogs on the lounge rug, three lines in a notebook before the lamp goes off), activities
the journal may not hold (paper quilling, zine making, soap making), questions about the app or
the world (a PDF for a counsellor, a darker colour scheme for bed, phone light and everyone's
sleep), and a lie-in past seven without an alarm, a guitar left in its case and my mother-in-law
Oluwaseun as last time.
"""

from __future__ import annotations

BLOCK_AX: tuple[tuple[str, str, str], ...] = (
    # anxiety
    ("the night before the dentist my chest goes tight as a drum, what settles it", "anxiety", ""),
    (
        "if your palms go clammy the second you sit down for an interview, what's worth trying",
        "anxiety",
        "",
    ),
    ("after weeks of rubbish sleep, am I jumpier during the day", "anxiety", ""),
    ("stomach in knots all wk ova nothin, wat do i do", "anxiety", ""),
    ("from March to May what quietened my fretting best", "anxiety", ""),
    ("what's done sod all for my jitters on Monday mornings", "anxiety", ""),
    # low mood
    (
        "I've felt flat as a pancake since the dog died in March, has anything lifted me",
        "low_mood",
        "",
    ),
    ("glum as owt lately, any ideas wot helps", "low_mood", ""),
    ("after a few anxious days does my mood take a dip", "low_mood", ""),
    (
        "if you wake up heavy-hearted for no reason at all, what do you do with yourself",
        "low_mood",
        "",
    ),
    ("Wednesdays seem to flatten me, why's that", "low_mood", ""),
    ("six weeks now and this heaviness won't budge, what hasn't worked", "low_mood", ""),
    # energy
    ("conked out at my desk by half ten most days, what's sapping me", "energy", ""),
    ("when I'm feeling low do I have less get-up-and-go", "energy", ""),
    ("Mondays I'm a zombie till lunch, what's behind it", "energy", ""),
    ("no puff in me at all dis wk, y", "energy", ""),
    # sleep
    ("counting the cracks in the ceiling till 3, what helps me drop off", "sleep", ""),
    ("since the baby arrived, what have my nights been like", "sleep", ""),
    ("on days I'm all worked up, do I sleep worse", "sleep", ""),
    ("if the slightest creak wakes you, is anything worth a go", "sleep", ""),
    ("cnt drop off b4 2 every nite lately, wots wrong", "sleep", ""),
    # stress
    ("looking after dad since his hip op plus the day job, how do I keep going", "stress", ""),
    ("with the wedding planning on top of everything, what's helped me cope", "stress", ""),
    ("the month of the tax return and the builders in, what kept me sane", "stress", ""),
    # activity: canonical, in new words
    ("the skipping rope in the back yard, am I brighter after", "activity", "exercise"),
    (
        "watching the starlings come in over the pier at dusk, does it do me good",
        "activity",
        "nature",
    ),
    ("a loop of the estate with the pram after lunch, any help", "activity", "walk"),
    ("cans of stout on a Friday night, how am I by Saturday", "activity", "alcohol"),
    (
        "flicking through property sites on my mobile long after 12, is it leaving me wired",
        "activity",
        "screen late",
    ),
    ("a detective novel in the bath, does it unwind me", "activity", "reading"),
    ("plinking away on the old Casio, has it cleared my head", "activity", "music"),
    ("the CBT through the GP surgery, am I any different since", "activity", "therapy"),
    ("a big pot of dal on a Sunday, am I more settled after", "activity", "cooking"),
    (
        "curry night with the girls from my old netball team, how do I feel after",
        "activity",
        "friends",
    ),
    ("Sunday dinner round at my sister's, does it perk me up", "activity", "family"),
    ("a few downward dogs on the lounge rug in the morning, worth it", "activity", "yoga"),
    (
        "three lines in a notebook before the lamp goes off, does that help at all",
        "activity",
        "journaling",
    ),
    # activity: people, a place, things the journal may not hold
    ("weekends my stepdaughter Marisol is with us, am I happier", "activity", "Marisol"),
    ("a coffee with my sponsor Lachlan, does it steady me", "activity", "Lachlan"),
    ("Ceridwen ringing on a Thursday, does my mood pick up", "activity", "Ceridwen"),
    ("how was I in myself in Harlech over the August bank holiday", "activity", "Harlech"),
    ("rolling paper strips into coils for quilling, does it calm me", "activity", "paper quilling"),
    ("zine making or a run, which leaves me happier", "activity", "zine making"),
    ("soap making in the garage at weekends, good for my mood or not", "activity", "soap making"),
    # unknown
    ("can I export the lot as a PDF to show my counsellor", "unknown", ""),
    ("any chance of a darker colour scheme, the bright white hurts my eyes in bed", "unknown", ""),
    ("is it true phone light wrecks everyone's sleep or is that overblown", "unknown", ""),
    # last time
    ("when did I last lie in past 7 without an alarm", "last_time", "sleep"),
    ("the guitar's been in its case for ages, when did I last play it", "last_time", "music"),
    ("my mother-in-law Oluwaseun, when did I last see her", "last_time", "Oluwaseun"),
)
