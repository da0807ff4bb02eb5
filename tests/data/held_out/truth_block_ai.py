"""Block AI: 50 Insights questions written blind on 2026-12-05 by a new writer (thirty-first batch).

Labelled by the conventions of blocks L to AH, as the comment above BLOCK_AH states them: a named
activity, person or place is the subject even next to a feeling word, and with two of them (a
comparison) the first named; people by first name without titles or kin words, a bare family word
as written, and a person beats an activity done with them; a name that is only a story's background
does not make the subject; canonical names for the activities the blocks use (exercise, nature,
walk, alcohol, screen late, reading, music, therapy, cooking, friends, family, yoga, journaling); a
thing the journal may not hold is still the subject, as its plain noun, and "since I started X"
names X; two feelings: the object of an effect verb wins, else the outcome asked after, else the
condition; tired, drained and worn out are energy, waking and nights are sleep, workload and
deadlines are stress, nerves and dread are anxiety, low, grey and tearful are low mood; negations,
comparisons, time windows, days of the week and second person keep the topic; "when did I last",
"how long since" and "the last day I was" are last time, with the activity, person or place or the
feeling kind; questions about the app or the world are unknown.

The new wordings this block brings: a stomach flipping whenever the phone rings, a knot in the
throat before Monday meetings (a day), convinced something awful is coming (second person), jumpier
after weeks of hardly any sleep (the outcome asked after), nervy and twitchy all through the
holidays (a time window) and dreading the week on Sunday evenings as anxiety; grey and pointless
since the clocks went back, hollow and teary most of last month, down spells heavier in weeks of
being snowed under (the outcome asked after), what "shouldnt i bother with" when "all rubbish n
weepy" (a negation, typos), "proper meh week tbh" (very short) and a slump since Christmas as low
mood; no oomph left by 3 o'clock, too wiped out for the stairs, "compleatly knackerd" after work
(typos) and get-up-and-go vanishing the morning after a night of panicking (the outcome asked
after) as energy; eyes open at 4.40, what messes with my kip when I've been anxious (the object of
the effect verb), tossing and turning all through October, nights going to pieces when work stacks
up (the outcome asked after) and nights since the move as sleep; drowning in invoices and school
forms, up to my eyeballs at the office and too much on with a Friday deadline (second person) as
stress; a spin class before breakfast (exercise), afternoons among the pine woods on the ridge
(nature), ambling down to the shop and back (walk), a couple of ciders on a Friday (alcohol),
YouTube in bed past midnight (screen late), epic fantasy trilogies (reading), thumping the drum kit
to let off steam (music), CBT since June (therapy), a slow-cooked Sunday casserole (cooking),
nights round at my pals' (friends), Saturdays back at my folks' place (family), pigeon and child's
pose before bed (yoga) and emptying my head onto paper before lights out (journaling) as the
canonical activities; popping in on Aunty Bisi, a day out with my cousin Niamh and the days Nana
phones as the person (Bisi, Niamh, and the bare "Nana" as written); long weekends in Tenby a place;
rowing on the river ("since I started"), geocaching on a Thursday evening and tai chi in the park
weighed against the gym (the first named) not canonical, as written; getting the entries into
Excel, cheese and nightmares for everyone and a little moon icon on some days unknown; the most
recent stretch with zero nerves (anxiety), how many weeks since Kofi and I grabbed a coffee (Kofi,
the person beating the coffee) and ages since a night at the theatre as last time.
"""

from __future__ import annotations

BLOCK_AI: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("what's worth doing when my stomach flips every time my phone rings", "anxiety", ""),
    ("knot in my throat before Monday team meetings, what eases it", "anxiety", ""),
    (
        "when you're convinced something awful is about to happen for no reason, what's helped?",
        "anxiety",
        "",
    ),
    ("do weeks of hardly any sleep leave me jumpier than usual", "anxiety", ""),
    ("nervy and twitchy all through the holidays, what settled me before?", "anxiety", ""),
    (
        "Sunday evenings I dread the whole week ahead, has anything taken the edge off",
        "anxiety",
        "",
    ),
    ("feeling a bit grey and pointless since the clocks went back", "low_mood", ""),
    ("hollow and teary most of last month, what pulled me up?", "low_mood", ""),
    ("do my down spells get heavier in weeks I've been snowed under", "low_mood", ""),
    ("nothin works when im all rubbish n weepy, wat shouldnt i bother with", "low_mood", ""),
    ("proper meh week tbh", "low_mood", ""),
    ("stuck in a slump since Christmas, what lifted it before", "low_mood", ""),
    ("no oomph left by 3 o'clock, what gives me a boost", "energy", ""),
    ("so wiped out I can barely get up the stairs", "energy", ""),
    ("compleatly knackerd after work evry day this week", "energy", ""),
    ("the morning after I've been panicking all night, does my get-up-and-go vanish", "energy", ""),
    ("eyes wide open at 4.40 most mornings, what's helped me drop off again", "sleep", ""),
    ("what messes with my kip when i've been anxious", "sleep", ""),
    ("tossing and turning all through October", "sleep", ""),
    ("when work's stacking up do my nights go to pieces", "sleep", ""),
    ("nights have been dreadful since the move, what's helped", "sleep", ""),
    ("drowning in invoices and school forms, what brings the pressure down", "stress", ""),
    ("up to my eyeballs at the office this fortnight", "stress", ""),
    ("what helps when you've got way too much on and the deadline's Friday", "stress", ""),
    # activities with canonical names, in new words
    ("does a spin class before breakfast lift me at all", "activity", "exercise"),
    ("afternoons among the pine woods up on the ridge, do they help?", "activity", "nature"),
    ("is ambling down to the shop and back worth it for my head", "activity", "walk"),
    ("what happens to my mood after a couple of ciders on a Friday", "activity", "alcohol"),
    ("scrolling YouTube in bed past midnight, is that hurting me", "activity", "screen late"),
    ("do epic fantasy trilogies help me unwind", "activity", "reading"),
    ("does thumping the drum kit let off steam for me", "activity", "music"),
    ("is the CBT I've had since June making any difference", "activity", "therapy"),
    ("a slow-cooked Sunday casserole, does it set my week up", "activity", "cooking"),
    ("do nights round at my pals' do me any good", "activity", "friends"),
    ("Saturdays back at my folks' place, do they lift me or not", "activity", "family"),
    ("pigeon pose and child's pose before bed, do they help me settle", "activity", "yoga"),
    ("emptying my head onto paper before lights out, worth it?", "activity", "journaling"),
    # people and places
    ("does popping in on Aunty Bisi perk me up", "activity", "Bisi"),
    ("how am I after a day out with my cousin Niamh", "activity", "Niamh"),
    ("is my mood any different on days Nana phones", "activity", "Nana"),
    ("long weekends in Tenby, good for me?", "activity", "Tenby"),
    # things the journal may not hold
    ("has rowing on the river helped since I started", "activity", "rowing"),
    ("has geocaching on a Thursday evening been any use to me", "activity", "geocaching"),
    ("tai chi in the park or the gym, which suits me better", "activity", "tai chi"),
    # the app or the world
    ("can the entries go into Excel somehow", "unknown", ""),
    ("is it true that cheese gives everyone nightmares", "unknown", ""),
    ("why does a little moon icon show up on some days", "unknown", ""),
    # when did I last …
    ("the most recent stretch with zero nerves, when was that", "last_time", "anxiety"),
    ("how many weeks since Kofi and I grabbed a coffee", "last_time", "Kofi"),
    ("been ages since a night at the theatre, when was it", "last_time", "theatre"),
)
