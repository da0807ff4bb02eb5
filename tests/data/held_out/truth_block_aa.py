"""Block AA: 50 Insights questions written blind for ``bench_truth`` (twenty-third batch).

Written by someone who never opened the insights rules nor the tuned blocks' questions, and
labelled by the conventions of blocks L to Z as their comments state them, before any code ran:

* a named activity, person or place is the subject even next to a feeling word; a person beats
  an activity named with them; in a comparison the first thing named is the subject;
* people by the app's convention: a family word or title before a name gives the name alone
  ("Auntie Yewande" is Yewande, "my stepbrother Callum" is Callum, "Uncle Kwabena" is
  Kwabena, "my cousin Idris" is Idris); a bare family word is the person as written ("Nain");
  a name that is only a long story's background (a flatmate gone to Bristol, a dad in hospital
  in Swansea, a brother's wedding in Kraków) does not make the subject, the feeling asked
  about does;
* two feelings: the one asked about wins, the object of an effect verb, else the outcome asked
  after; negations, comparisons, time windows and second person keep the topic;
* canonical activity names: exercise, nature, walk, alcohol, screen late, reading, music,
  therapy, cooking, friends, family, yoga, journaling; a thing the journal may not hold is
  still the subject, as its plain noun;
* "when did I last", "how many … since" and "what date was my last" are last_time, with the
  person, the activity or the feeling kind;
* a question about the app or the world is unknown, even with a place word in it.

This block's new wordings: a chest gone fluttery and cold when the nursery rings, a wobble in
the throat before a meeting with the manager, knotted up inside, skittery as a cat and hands
gone clammy before a wedding speech as anxiety; a greyness like the colour turned down, feeling
proper down, low-key miserable, toast for tea with the curtains shut and evenings worse over six
weeks as low mood; propping the head up at the desk by three, legs like wet string before 10 on
Mondays and more drained the morning after jittery days as energy; surfacing at twenty past four
with the boiler ticking, lying wide awake till 1 every night, replaying a handover, waking at 5
and not getting back over as sleep; everything arriving on the same Tuesday, everything pressing
on everything and being wound up about money as stress. Skipping rope in the garage exercise, a
wander through the hazel coppice nature, a saunter round the village green after supper walk,
weeknight bottles of pale ale alcohol, box sets on the iPad till gone midnight screen late,
evenings buried in a fat Russian novel reading, the tin whistle music, weekly hours with a
therapist at the Mind centre therapy, a big pot of jollof cooking, darts nights with the lads
from the allotments friends, weekends back home with my mam and dad family, a twenty-minute flow
from a YouTube yoga teacher yoga, the day's small wins in a pocket notebook journaling; axe
throwing and beekeeping not canonical, as written; Saltburn a place; hiding the app's icon, high
tide at Saltburn and a Leinster result unknown; "how many weekends ago did I last see" a cousin,
a last proper panic placed against Bonfire Night and "what date was the most recent session I
wrote about" last_time.
"""

BLOCK_AA: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    (
        "Whenever the nursery rings mid-morning my whole chest goes fluttery and cold, what's "
        "helped that before?",
        "anxiety",
        "",
    ),
    (
        "There's a greyness over the days lately, like someone's turned the colour down on "
        "everything. What's lifted it in the past?",
        "low_mood",
        "",
    ),
    (
        "By three in the afternoon I'm propping my head up with one hand at the desk. Is there "
        "a pattern to that?",
        "energy",
        "",
    ),
    (
        "I keep surfacing at twenty past four and lying there listening to the boiler tick over; "
        "what's helped me get back off?",
        "sleep",
        "",
    ),
    (
        "Work, the kids' school forms, the car's service, my mum's appointments, it's all "
        "arriving on the same Tuesday. What took the edge off before?",
        "stress",
        "",
    ),
    (
        "I get this wobble in my throat before any one-to-one with my manager; does anything in "
        "here settle it?",
        "anxiety",
        "",
    ),
    # typos and texting
    ("legs like wet string b4 10 on mondays, y is that", "energy", ""),
    ("lyin there wide awake til 1 evry nite rn, wot works 4 me", "sleep", ""),
    ("feelin proper down 2day, wat usually sorts me out", "low_mood", ""),
    # very short moods
    ("Skittery as a cat today.", "anxiety", ""),
    ("Low-key miserable all week.", "low_mood", ""),
    ("Knotted up inside.", "anxiety", ""),
    # long stories ending in a question
    (
        "My flatmate Sanjay moved out to Bristol at Easter and the flat's been so quiet; I've "
        "been eating toast for tea, not bothering to open the curtains at weekends, and even the "
        "telly doesn't hold me. Has anything in here pulled me out of a patch like this?",
        "low_mood",
        "",
    ),
    (
        "We've had the builders in since October and the kitchen's a shell, the boss has added "
        "two accounts to my list and my dad's back in hospital in Swansea, so honestly "
        "everything is pressing on everything. What helped when it was like this before?",
        "stress",
        "",
    ),
    (
        "I started at the hospice in Ipswich last month, the team are kind and the drive's "
        "fine, but every night I'm lying awake till two replaying the handover. Has anything "
        "helped me drop off on nights like that?",
        "sleep",
        "",
    ),
    (
        "My brother's getting married in Kraków in May and I've got to give a speech in front "
        "of his fiancée's whole family; just picturing it my hands go clammy. What's steadied "
        "my nerves in the past?",
        "anxiety",
        "",
    ),
    # two feelings
    ("When I'm down in myself does it mess up my nights?", "sleep", ""),
    ("Do my jittery days leave me more drained the next morning?", "energy", ""),
    # second person
    (
        "If you're wound up about money and you can't switch off, what has helped you before?",
        "stress",
        "",
    ),
    ("When you wake at 5 and can't get back over, what did you try that worked?", "sleep", ""),
    # time windows
    ("Across the last six weeks, have the evenings been worse for my mood?", "low_mood", ""),
    ("Since the clocks went forward have I had more get-up-and-go or less?", "energy", ""),
    # negations
    ("Which things have NOT helped when I've been wired with worry?", "anxiety", ""),
    ("Apart from the telly, what hasn't dragged my low weeks down further?", "low_mood", ""),
    # comparison
    (
        "Does skipping rope in the garage beat a long walk for clearing my head?",
        "activity",
        "exercise",
    ),
    # people by the app's convention
    ("Do I come home lighter after coffee with Auntie Yewande?", "activity", "Yewande"),
    (
        "Is my mood any better on the weekends my stepbrother Callum stays over?",
        "activity",
        "Callum",
    ),
    (
        "Uncle Kwabena rang twice this week, do those calls tend to cheer me up?",
        "activity",
        "Kwabena",
    ),
    (
        "Am I more settled after an afternoon round at Nain's doing the crossword?",
        "activity",
        "Nain",
    ),
    # places
    ("Has a day out at Saltburn ever perked me up?", "activity", "Saltburn"),
    # canonical activities in new words
    (
        "Does a wander through the hazel coppice behind the estate settle me?",
        "activity",
        "nature",
    ),
    (
        "Is a saunter round the village green after supper worth it for my sleep?",
        "activity",
        "walk",
    ),
    ("Do the weeknight bottles of pale ale leave me flatter?", "activity", "alcohol"),
    (
        "What does binge-watching box sets on the iPad till gone midnight do to me the next day?",
        "activity",
        "screen late",
    ),
    (
        "Do the evenings I spend buried in a fat Russian novel end calmer?",
        "activity",
        "reading",
    ),
    ("Is practising the tin whistle good for my head?", "activity", "music"),
    (
        "Have the weekly hours with my therapist at the Mind centre made a difference?",
        "activity",
        "therapy",
    ),
    ("Do I feel better on the Sundays I make a big pot of jollof?", "activity", "cooking"),
    (
        "Are darts nights with the lads from the allotments good for me?",
        "activity",
        "friends",
    ),
    (
        "Weekends back home with my mam and dad, do they help or hurt?",
        "activity",
        "family",
    ),
    (
        "Has the twenty-minute flow from that YouTube yoga teacher done anything for my mood?",
        "activity",
        "yoga",
    ),
    (
        "Does jotting the day's small wins in a pocket notebook help me sleep?",
        "activity",
        "journaling",
    ),
    # activities the journal may not hold
    ("Did axe throwing with work do me any good?", "activity", "axe throwing"),
    (
        "Has taking up beekeeping with the club on the common done anything for my nerves?",
        "activity",
        "beekeeping",
    ),
    # questions about the app or the world
    ("Is there a way to hide the journal's icon on my home screen?", "unknown", ""),
    ("What time's high tide at Saltburn on Saturday?", "unknown", ""),
    ("Did Leinster win at the weekend?", "unknown", ""),
    # when did I last / how long since
    ("How many weekends ago did I last see my cousin Idris?", "last_time", "Idris"),
    (
        "The last time I had a proper panic, was it before or after Bonfire Night?",
        "last_time",
        "anxiety",
    ),
    (
        "Therapy's gone by the wayside lately; what date was the most recent session I wrote "
        "about?",
        "last_time",
        "therapy",
    ),
)
