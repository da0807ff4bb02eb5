"""Block S: 50 Insights questions written blind (fifteenth batch) for ``bench_truth``.

Written by a new writer who never opened the insights code nor the tuned blocks' questions,
labelled by hand as each question was written, by the conventions of blocks L-R (the docstrings
and block comments of ``truth_blocks_blind_2`` and ``truth_blocks_blind_3`` and the conventions
section of ``tests/data/insights/README.md``): a named activity, person or place is the subject
even next to a feeling word; people follow the app's convention, the name alone after a family
word or title ("Uncle Tunde" is Tunde, "Dr Osei" is Osei, "my cousin Priyanka" is Priyanka) and a
bare family word as written ("Granny"); places as written; canonical names where they apply;
things the journal may not hold as their plain noun; with two feelings the one asked about wins;
negations, comparisons, time windows and second person keep the topic; "when did I last" and
"how long since" are last_time with the person, activity or feeling kind; the app, general facts
and sport results are unknown.

New in this block: a hum of dread under everything, rehearsing every conversation ten times,
nerves jangling before work, wobbly inside and a heart pounding also anxiety; hiding under the
duvet, teary, feeling hollow, down in myself, everything a bit beige and feeling like a soggy bank
holiday also low mood; draggy, limp as lettuce, no puff and legs like lead also energy; lying
awake hearing a new house creak, a bedtime gone haywire since the clocks changed, sleep snapping
at five and dreading something that ruins sleep also sleep; hanging by a thread, covering two
rotas and the dark months piling on more pressure also stress; a swim at the leisure centre and
cycling exercise, wandering the heath and a trudge along the river path nature, a bottle of red
alcohol, gaming on the phone under the covers after midnight screen late, the CBT lady therapy, a
paperback reading, singing along to vinyl music, a big lasagne cooking, pub quiz nights with the
old uni crowd friends, warrior pose yoga, pouring my head out into a diary journaling; a sauna,
embroidery and fishing not canonical, as written; Tynemouth as a place; a night theme for the
app, a teenager's hours of sleep and a Six Nations result unknown; "how many weeks since the
tears last came" last_time with the feeling kind.
"""

from __future__ import annotations

BLOCK_S: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("There's a hum of dread under everything this week, what usually settles it?", "anxiety", ""),
    (
        "I keep cancelling plans and hiding under the duvet, what's pulled me out of that before?",
        "low_mood",
        "",
    ),
    # typos and texting
    ("wat helps wen my nerves r jangling b4 work", "anxiety", ""),
    ("no zzz agen 2nite, wot evr helpd b4??", "sleep", ""),
    ("hw do i get sum energy bak, so draggy", "energy", ""),
    # very short moods
    ("Teary again.", "low_mood", ""),
    ("Wobbly inside.", "anxiety", ""),
    ("Limp as lettuce.", "energy", ""),
    ("Hanging by a thread with it all.", "stress", ""),
    # long stories ending in a question
    (
        "We finally exchanged on the flat last week and my sister flew in from Toronto for it, "
        "but ever since the move I've been lying awake listening to the new house creak. What's "
        "helped me drop off before?",
        "sleep",
        "",
    ),
    (
        "Work merged two teams in November, I'm covering both rotas plus the year-end reports and "
        "my manager keeps piling more on. What's eased the pressure in the past?",
        "stress",
        "",
    ),
    (
        "My best friend Niamh had her baby on Tuesday, which is wonderful, but I came home and "
        "felt hollow all evening and can't shake it. Has anything lifted that sort of mood?",
        "low_mood",
        "",
    ),
    (
        "Half-term with three kids, the car's in the garage and I've been up since five every "
        "day. Does a swim at the leisure centre actually give me more go?",
        "activity",
        "exercise",
    ),
    # two feelings
    ("When I'm dreading something, does it ruin my sleep?", "sleep", ""),
    ("Do I get more down in myself on weeks the workload's crushing me?", "low_mood", ""),
    # second person
    (
        "You've seen my entries, what do you reckon calms me when my heart's pounding?",
        "anxiety",
        "",
    ),
    ("Be honest, does your data say the sauna helps me?", "activity", "sauna"),
    # time windows
    ("Over the last fortnight, what's perked me up when I've had no puff?", "energy", ""),
    (
        "Ever since the October clock change my bedtime's gone haywire, what's set it right?",
        "sleep",
        "",
    ),
    # negations
    ("What didn't help when I was anxious in the summer?", "anxiety", ""),
    ("Is it just me, or does cycling not help my mood at all?", "activity", "exercise"),
    # comparisons
    ("Which is better for me, wandering the heath or a swim?", "activity", "nature"),
    ("Do the dark months pile more pressure on me than the light ones?", "stress", ""),
    # people by the app's convention
    ("Does time with Uncle Tunde cheer me up?", "activity", "Tunde"),
    ("How am I usually after a visit to Granny?", "activity", "Granny"),
    ("Is seeing Dr Osei worth it for my nerves?", "activity", "Osei"),
    # places
    ("Does a day out in Tynemouth do me any good?", "activity", "Tynemouth"),
    # canonical activities in new words
    ("Has a trudge along the river path ever helped?", "activity", "nature"),
    ("Are my nights on the sofa with a bottle of red good for me?", "activity", "alcohol"),
    (
        "Does gaming on my phone under the covers after midnight affect me?",
        "activity",
        "screen late",
    ),
    ("Do my Tuesday chats with the CBT lady help?", "activity", "therapy"),
    ("Does getting stuck into a paperback help me unwind?", "activity", "reading"),
    ("Does singing along to vinyl in the kitchen help?", "activity", "music"),
    ("Is making a big lasagne on Sundays good for me?", "activity", "cooking"),
    ("Do the pub quiz nights with my old uni crowd help?", "activity", "friends"),
    ("Does a bit of stretching in warrior pose help?", "activity", "yoga"),
    ("Does pouring my head out into a diary help?", "activity", "journaling"),
    # activities the journal may not hold
    ("Does a bit of embroidery of an evening unwind me?", "activity", "embroidery"),
    ("Has a morning's fishing off the canal bank ever calmed me?", "activity", "fishing"),
    # questions about the app or the world
    ("Is there a night theme for the app, the white hurts my eyes?", "unknown", ""),
    ("How many hours should a teenager sleep?", "unknown", ""),
    ("Did Wales beat Ireland in the Six Nations?", "unknown", ""),
    # indirect and emotional, continued
    (
        "I rehearse every conversation in my head ten times before I have it, what's helped that?",
        "anxiety",
        "",
    ),
    ("Everything's a bit beige at the moment, what's helped?", "low_mood", ""),
    ("I feel like a soggy bank holiday, what's brightened that up before?", "low_mood", ""),
    ("My legs are like lead by mid-morning, what's given me a boost before?", "energy", ""),
    ("My sleep keeps snapping at five, what's stretched it longer?", "sleep", ""),
    # when did I last / how long since
    ("How long ago was my last coffee with my cousin Priyanka?", "last_time", "Priyanka"),
    ("How many weeks since the tears last came?", "last_time", "low_mood"),
    ("Last time I got eight unbroken hours, when was that?", "last_time", "sleep"),
)
