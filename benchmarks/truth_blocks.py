"""Held-out question blocks for ``bench_truth`` (round 5): written in one go, labelled by the
documented rules (``bench_truth``'s "voices" comment) before any run.

Rules, as a person reads them in "Looking at: …":

* a named activity, person or place is the subject, even next to a feeling word; with two of
  them (a comparison, "yoga or swimming?") the first one named is the subject;
* two feelings: the one the question asks about wins: the object of an effect verb ("does my
  anxiety affect *my sleep*" → sleep), or the outcome asked after ("am I more *anxious* when I
  sleep badly" → anxiety); with neither, the feeling named as the condition;
* negations, comparisons, time windows and second-person wording ("when you can't sleep")
  keep the topic; the answer must then say plainly what its evidence covers;
* a thing the journal does not hold is still the subject ("does pottery help?" → pottery);
* a question about the app or the world is unknown.

Block A is tuned on. Block B was held out until round 12 (93 % topic accuracy then) and was
studied in round 13: its misses ("irritable when tired", "anxious make it harder to sleep",
"feel fried") were read to find general causes, so it is no longer an honest held-out measure;
it is still asked only with ``--final``. Blocks C and E are tuned on. Block D was written blind
by someone else and measured twice untouched (80 %), then studied in round 14 and is tuned on
now too, and so are blocks F, G and H (82 % blind each, studied in rounds 15, 17 and 18), I
(84 % blind, studied in round 20), J (66-68 % blind, studied in round 21), K (76-78 % blind,
studied in round 22), L (78-80 % blind, studied in round 23) and M (84-86 % blind, studied in
round 24) and N (78 % blind, studied in round 25); H-L live in ``truth_blocks_blind`` and M-N in
``truth_blocks_blind_2``, re-exported
here. The honest measure of new wording is a block written blind and kept out of these files.
"""

from __future__ import annotations

from truth_blocks_blind import BLOCK_H as BLOCK_H  # same folder; re-exported
from truth_blocks_blind import BLOCK_I as BLOCK_I
from truth_blocks_blind import BLOCK_J as BLOCK_J
from truth_blocks_blind import BLOCK_K as BLOCK_K
from truth_blocks_blind import BLOCK_L as BLOCK_L
from truth_blocks_blind_2 import BLOCK_M as BLOCK_M
from truth_blocks_blind_2 import BLOCK_N as BLOCK_N
from truth_blocks_blind_2 import BLOCK_O as BLOCK_O
from truth_blocks_blind_2 import BLOCK_P as BLOCK_P
from truth_blocks_blind_2 import BLOCK_Q as BLOCK_Q
from truth_blocks_blind_3 import BLOCK_R as BLOCK_R
from truth_blocks_blind_3 import BLOCK_S as BLOCK_S
from truth_blocks_blind_3 import BLOCK_T as BLOCK_T
from truth_blocks_blind_3 import BLOCK_U as BLOCK_U
from truth_blocks_blind_4 import BLOCK_V as BLOCK_V
from truth_blocks_blind_4 import BLOCK_W as BLOCK_W
from truth_blocks_blind_4 import BLOCK_X as BLOCK_X
from truth_blocks_blind_5 import BLOCK_AA as BLOCK_AA
from truth_blocks_blind_5 import BLOCK_Y as BLOCK_Y
from truth_blocks_blind_5 import BLOCK_Z as BLOCK_Z
from truth_blocks_blind_6 import BLOCK_AB as BLOCK_AB
from truth_blocks_blind_6 import BLOCK_AC as BLOCK_AC
from truth_blocks_blind_6 import BLOCK_AD as BLOCK_AD
from truth_blocks_blind_7 import BLOCK_AE as BLOCK_AE
from truth_blocks_blind_7 import BLOCK_AF as BLOCK_AF
from truth_blocks_blind_7 import BLOCK_AG as BLOCK_AG
from truth_blocks_blind_8 import BLOCK_AH as BLOCK_AH
from truth_blocks_blind_8 import BLOCK_AI as BLOCK_AI
from truth_blocks_blind_8 import BLOCK_AJ as BLOCK_AJ
from truth_blocks_blind_8 import BLOCK_AK as BLOCK_AK
from truth_blocks_blind_8 import BLOCK_AL as BLOCK_AL
from truth_blocks_blind_9 import BLOCK_AM as BLOCK_AM
from truth_blocks_blind_9 import BLOCK_AN as BLOCK_AN
from truth_blocks_blind_9 import BLOCK_AO as BLOCK_AO
from truth_blocks_blind_9 import BLOCK_AP as BLOCK_AP
from truth_blocks_blind_9 import BLOCK_AQ as BLOCK_AQ
from truth_blocks_blind_10 import BLOCK_AR as BLOCK_AR
from truth_blocks_blind_10 import BLOCK_AS as BLOCK_AS
from truth_blocks_blind_10 import BLOCK_AT as BLOCK_AT
from truth_blocks_blind_10 import BLOCK_AU as BLOCK_AU
from truth_blocks_blind_10 import BLOCK_AV as BLOCK_AV
from truth_blocks_blind_11 import BLOCK_AW as BLOCK_AW
from truth_blocks_blind_11 import BLOCK_AX as BLOCK_AX
from truth_blocks_blind_11 import BLOCK_AY as BLOCK_AY
from truth_blocks_blind_11 import BLOCK_AZ as BLOCK_AZ
from truth_blocks_blind_12 import BLOCK_BA as BLOCK_BA
from truth_blocks_blind_12 import BLOCK_BB as BLOCK_BB
from truth_blocks_blind_12 import BLOCK_BC as BLOCK_BC
from truth_blocks_blind_12 import BLOCK_BD as BLOCK_BD

BLOCK_A: tuple[tuple[str, str, str], ...] = (
    # indirect
    ("why am I always wiped on Mondays?", "energy", ""),
    ("is there a pattern with my sleep?", "sleep", ""),
    ("what's going on with my moods lately", "low_mood", ""),
    ("something keeps making me anxious, can you see what?", "anxiety", ""),
    ("how come I never feel rested", "sleep", ""),
    ("what's behind my bad weeks?", "low_mood", ""),
    # comparisons
    ("do I sleep better after yoga or after swimming?", "activity", "yoga"),
    ("is walking or the gym better for my mood?", "activity", "walk"),
    ("am I happier on weekends or weekdays?", "low_mood", ""),
    ("do I feel worse after drinking than after a late coffee?", "activity", "alcohol"),
    ("who do I feel better after seeing, Sam or Priya?", "activity", "Sam"),
    ("is my anxiety worse in the mornings or evenings", "anxiety", ""),
    ("which helps my mood more, reading or music?", "activity", "reading"),
    # time windows
    ("how was my sleep last month?", "sleep", ""),
    ("have I been more anxious since I started the new job?", "anxiety", ""),
    ("what helped my mood this winter", "low_mood", ""),
    ("how's my energy been over the past two weeks", "energy", ""),
    ("was I stressed in october", "stress", ""),
    ("did my sleep get better this year", "sleep", ""),
    ("since the move, have I been lower?", "low_mood", ""),
    # typos, no punctuation
    ("wat helps my anxeity", "anxiety", ""),
    ("cant sleep again what do i do", "sleep", ""),
    ("y do i feel so deprssed", "low_mood", ""),
    ("im always exausted", "energy", ""),
    ("stresed about deadlnes", "stress", ""),
    ("whn did i last go for a walk", "last_time", "walk"),
    ("does yoga hlp me", "activity", "yoga"),
    # very short
    ("sleep?", "sleep", ""),
    ("anxiety tips", "anxiety", ""),
    ("low mood", "low_mood", ""),
    ("stress", "stress", ""),
    ("tired", "energy", ""),
    ("walks?", "activity", "walk"),
    ("priya?", "activity", "Priya"),
    # long and rambling
    (
        "so I've had a really weird few weeks, work has been fine honestly but I keep lying awake "
        "at night going over everything and I'm wondering what usually helps when that happens",
        "sleep",
        "",
    ),
    (
        "ok so this might be a dumb question but whenever I get that tight-chest panicky feeling "
        "before a meeting I never know what to do, what has worked for me in the past?",
        "anxiety",
        "",
    ),
    (
        "I don't really know how to put this but I've just felt kind of empty and flat for ages "
        "and nothing seems fun anymore, has anything helped before?",
        "low_mood",
        "",
    ),
    (
        "after the kids are in bed I'm completely wiped and I have no energy for anything, is "
        "that normal for me or is it new?",
        "energy",
        "",
    ),
    # two topics
    ("does my anxiety affect my sleep?", "sleep", ""),
    ("when I sleep badly am I more anxious the next day?", "anxiety", ""),
    ("is stress making me tired?", "energy", ""),
    ("what helps my mood when work is crazy", "low_mood", ""),
    ("I'm anxious and can't sleep, what helps me sleep?", "sleep", ""),
    ("does feeling low make me sleep more?", "sleep", ""),
    # people and places in lower case
    ("does seeing sam cheer me up", "activity", "Sam"),
    ("how am i after calls with lena", "activity", "Lena"),
    ("when did i last see tom", "last_time", "Tom"),
    ("was i happier in new york", "activity", "New York"),
    ("how do I feel after talking with dr okafor", "activity", "Okafor"),
    ("is jonas stressing me out", "activity", "Jonas"),
    # activities the demo does not have
    ("does pottery help my mood?", "activity", "pottery"),
    ("do I sleep better after sauna?", "activity", "sauna"),
    ("is climbing good for my anxiety", "activity", "exercise"),
    ("does gardening calm me down", "activity", "gardening"),
    ("how am i after dancing", "activity", "dancing"),
    ("when did I last go fishing", "last_time", "fishing"),
    ("does volunteering make me happier", "activity", "volunteering"),
    # the app or the world
    ("how do I export my journal?", "unknown", ""),
    ("is my data encrypted?", "unknown", ""),
    ("what can you do?", "unknown", ""),
    ("how does this app work", "unknown", ""),
    ("what's the best way to learn spanish", "unknown", ""),
    ("will it rain this weekend", "unknown", ""),
    ("who wrote hamlet", "unknown", ""),
    # negatives
    ("what doesn't help my anxiety?", "anxiety", ""),
    ("what makes my sleep worse", "sleep", ""),
    ("is there anything that never helps when I'm down", "low_mood", ""),
    ("what should I avoid when I'm stressed?", "stress", ""),
    ("does alcohol not help me sleep?", "activity", "alcohol"),
    # second person
    ("when you can't sleep, what helps?", "sleep", ""),
    ("what do you do when you're anxious all the time", "anxiety", ""),
    ("how do you stop feeling so low", "low_mood", ""),
    ("when you're burnt out what's worked before?", "stress", ""),
    # when did I last …, many verbs
    ("when did I last cook a proper meal?", "last_time", "cooking"),
    ("when did I last read a book", "last_time", "reading"),
    ("when did i last call my mum", "last_time", "family"),
    ("when did I last meet up with friends", "last_time", "friends"),
    ("when did I last cry?", "last_time", "low_mood"),
    ("when did I last wake up refreshed", "last_time", "sleep"),
    ("when did I last play guitar", "last_time", "music"),
    ("when did I last hike", "last_time", "nature"),
    ("when did I last skip a workout", "last_time", "exercise"),
    ("when did I last have a panic attack", "last_time", "anxiety"),
    ("how long has it been since I did yoga", "last_time", "yoga"),
    ("when did I last paint", "last_time", "paint"),
    ("when did I last feel calm", "last_time", "anxiety"),
    ("when was I last out with Marco", "last_time", "Marco"),
)

# Held out until round 12; studied in round 13 (see the module docstring). Asked with ``--final``.
BLOCK_B: tuple[tuple[str, str, str], ...] = (
    ("why do I crash every friday afternoon", "energy", ""),
    ("any pattern in when I feel down?", "low_mood", ""),
    ("do I feel calmer after meditation or after a walk?", "activity", "meditation"),
    ("is my sleep better when I see friends than when I stay in?", "activity", "friends"),
    ("how anxious was I last week", "anxiety", ""),
    ("since christmas my mood has been rubbish, what used to help?", "low_mood", ""),
    ("what helped me sleep last summer", "sleep", ""),
    ("anxius b4 work wat helps", "anxiety", ""),
    ("so so tird", "energy", ""),
    ("mood?", "low_mood", ""),
    ("stress tips", "stress", ""),
    ("naps", "sleep", ""),
    (
        "honestly I think I've been overdoing it for a while now, lots of late evenings on the "
        "laptop and weekends at my desk, and I just feel fried all the time, what has helped "
        "with that before",
        "stress",
        "",
    ),
    (
        "my head has been all over the place and I keep worrying about stupid stuff at night, "
        "what calmed me down last time",
        "anxiety",
        "",
    ),
    ("does being anxious make it harder to sleep?", "sleep", ""),
    ("am I more irritable when I'm tired?", "low_mood", ""),
    ("does work stress wreck my energy", "energy", ""),
    ("did the weekend with priya help", "activity", "Priya"),
    ("how am i after seeing aisha", "activity", "Aisha"),
    ("when did i last speak to dana", "last_time", "Dana"),
    ("does archery help me focus", "activity", "archery"),
    ("am I calmer after tai chi?", "activity", "tai chi"),
    ("does choir cheer me up", "activity", "choir"),
    ("how do I delete an entry?", "unknown", ""),
    ("what's a good podcast", "unknown", ""),
    ("is it going to snow tomorrow", "unknown", ""),
    ("what is the meaning of life", "unknown", ""),
    ("what never helps my sleep?", "sleep", ""),
    ("what makes my anxiety worse?", "anxiety", ""),
    ("what shouldn't I do when I feel low", "low_mood", ""),
    ("when you feel panicky, what calms you?", "anxiety", ""),
    ("how do you get energy back when you're drained", "energy", ""),
    ("when did I last go swimming", "last_time", "exercise"),
    ("when did I last watch a film", "last_time", "tv"),
    ("when did I last sleep in", "last_time", "sleep"),
    ("when did I last feel motivated", "last_time", "energy"),
    ("when did I last bake something", "last_time", "cooking"),
    ("when did I last write in my diary", "last_time", "journaling"),
    ("when did I last go to therapy", "last_time", "therapy"),
    ("is there a connection between my drinking and my mood?", "activity", "alcohol"),
    ("why do Sundays make me so sad", "low_mood", ""),
    ("do I have more energy in summer than in winter?", "energy", ""),
    ("whats helped with my loneliness", "low_mood", ""),
    ("when was i last properly happy", "last_time", "low_mood"),
)


# Round 12, written before any run: days of the week, questions asked the other way round
# ("what doesn't help"), and things of several words the data may not hold. Tuned on like A.
BLOCK_C: tuple[tuple[str, str, str], ...] = (
    # days of the week
    ("is there a pattern with my anxiety on mondays", "anxiety", ""),
    ("why do I crash every friday", "energy", ""),
    ("do I sleep worse on sunday nights?", "sleep", ""),
    ("is my mood better at weekends?", "low_mood", ""),
    ("am I more stressed on weekdays than weekends", "stress", ""),
    ("how's my energy on saturdays", "energy", ""),
    ("do I feel low on sundays", "low_mood", ""),
    # asked the other way round
    ("what doesn't help my mood?", "low_mood", ""),
    ("what makes my anxiety worse?", "anxiety", ""),
    ("what hurts my sleep?", "sleep", ""),
    ("what ruins my sleep", "sleep", ""),
    ("what should I stop doing when I'm low", "low_mood", ""),
    ("what makes me more tired", "energy", ""),
    ("what triggers my anxiety", "anxiety", ""),
    # things of several words
    ("am I calmer after tai chi?", "activity", "tai chi"),
    ("does cold water swimming help my mood", "activity", "cold water swimming"),
    ("do I sleep better after hot yoga?", "activity", "hot yoga"),
    ("is rock climbing good for my anxiety", "activity", "rock climbing"),
    ("does tai chi calm me down", "activity", "tai chi"),
    ("how am I after a sound bath", "activity", "sound bath"),
    ("do board games cheer me up", "activity", "board games"),
    # known phrases that must stay what they are
    ("does screen late affect my sleep", "activity", "screen late"),
    ("do I feel better after time with family", "activity", "family"),
    ("does work stress affect my sleep", "sleep", ""),
    ("how do I feel after a long day?", "energy", ""),
)


# Round 13, written before any code change of that round, from the rules above: two feelings
# (which is the condition, which the outcome or the object of an effect verb), slang for
# feelings, effect verbs ("keep me up", "throw off", "mess with"), and typos. Tuned on like A:
# it checks that fixes made for block B's misses reach wording B does not have.
BLOCK_E: tuple[tuple[str, str, str], ...] = (
    # two feelings: the outcome or the object wins
    ("am I grumpier when I've slept badly?", "low_mood", ""),
    ("do I get snappy on days I'm exhausted", "low_mood", ""),
    ("am i more stressed when i'm short on sleep", "stress", ""),
    ("when I'm anxious do I sleep worse?", "sleep", ""),
    ("does my mood tank when i'm run down", "low_mood", ""),
    ("does being burnt out sap my energy", "energy", ""),
    ("does being tired make it harder to stay calm?", "anxiety", ""),
    # effect verbs
    ("does stress keep me up at night?", "sleep", ""),
    ("does worrying throw off my sleep", "sleep", ""),
    ("do bad nights mess with my mood", "low_mood", ""),
    ("does overthinking at night stop me sleeping", "sleep", ""),
    ("is being low throwing off my sleep", "sleep", ""),
    ("does a bad day at work drag my mood down", "low_mood", ""),
    # slang for feelings
    ("i feel so frazzled lately, what helped before", "stress", ""),
    ("been wired and jittery all week, what calms me", "anxiety", ""),
    ("totally knackered after work, any pattern?", "energy", ""),
    ("in a bit of a funk, what got me out last time", "low_mood", ""),
    ("why am I so ratty in the evenings", "low_mood", ""),
    ("feeling fried and overwhelmed at work", "stress", ""),
    ("how do I shake off feeling sluggish", "energy", ""),
    # typos
    ("wat helps wen im strssed", "stress", ""),
    ("cnt stop worryin, wat helps", "anxiety", ""),
    ("feelin realy lonley", "low_mood", ""),
    # subjects and the app stay what they are
    ("does yoga help when I'm frazzled", "activity", "yoga"),
    ("do I sleep worse after arguing with Sam?", "activity", "Sam"),
    ("when did i last feel on edge", "last_time", "anxiety"),
    ("how do I change the app theme", "unknown", ""),
)


# Written blind on 2026-12-01 by someone else (kept out of this file then), measured twice
# untouched (80 % topic accuracy), then studied in round 14: its misses were classified by
# cause and the causes fixed by general rules. Tuned on like A from round 14.
BLOCK_D: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("why does everything feel so heavy lately", "low_mood", ""),
    ("I feel like I'm sinking again, what pulled me up last time?", "low_mood", ""),
    ("what helps with the dread I get on sunday nights", "anxiety", ""),
    ("lying awake at 2am with my brain buzzing, what's helped before?", "sleep", ""),
    (
        "everything's on top of me at work and at home, what helped last time it got like this",
        "stress",
        "",
    ),
    ("I've been snapping at everyone this week, what's going on with me?", "low_mood", ""),
    # typos
    ("wat halps wen im overwelmed", "stress", ""),
    ("why am i so exaustd after wrk", "energy", ""),
    ("is swimming any gud for my anxeity", "activity", "exercise"),
    # very short
    ("lonely", "low_mood", ""),
    ("insomnia?", "sleep", ""),
    ("panic", "anxiety", ""),
    ("burnout", "stress", ""),
    # long and rambling
    (
        "ok this is going to sound silly but ever since the clocks went back I've felt like I'm "
        "wading through treacle, I drag myself through the day, I'm useless by three in the "
        "afternoon and I can't face anything in the evenings, has this happened before and "
        "what did I do about it",
        "energy",
        "",
    ),
    (
        "my partner's been in hospital for two weeks and I'm holding everything together for "
        "the kids, I'm not sleeping much but honestly the worst bit is the knot in my chest "
        "every time the phone rings, what has helped me calm that down before",
        "anxiety",
        "",
    ),
    (
        "so I started a new job in september and I thought it'd settle down but I'm still "
        "working till nine most nights and answering emails at the weekend and my head feels "
        "fried, I'm wondering what's actually helped me when work got like this before",
        "stress",
        "",
    ),
    # two feelings
    ("does being lonely make my sleep worse?", "sleep", ""),
    ("am I more down on days after a bad night?", "low_mood", ""),
    ("does worrying wear me out?", "energy", ""),
    ("I'm tired and low, what's helped my mood before?", "low_mood", ""),
    ("when I'm stressed do I end up drinking more?", "activity", "alcohol"),
    # second person
    ("what do you do when the panic hits out of nowhere", "anxiety", ""),
    ("when you're running on empty, what gets you going again?", "energy", ""),
    # time windows
    ("how have my nights been since the baby arrived?", "sleep", ""),
    ("was I more anxious in the run-up to the wedding?", "anxiety", ""),
    ("how's my mood been since I started running?", "activity", "exercise"),
    # people
    ("does seeing Bea help when I'm low?", "activity", "Bea"),
    ("am I calmer after staying with Nana?", "activity", "Nana"),
    ("how am i after talking to oisín", "activity", "Oisín"),
    ("do Kwame and Lily stress me out?", "activity", "Kwame"),
    # places
    ("did Cornwall do me good?", "activity", "Cornwall"),
    ("was I less anxious when I lived in Glasgow?", "activity", "Glasgow"),
    # activities with canonical names
    ("does listening to music before bed help me drop off?", "activity", "music"),
    ("do I feel better on days I cook from scratch?", "activity", "cooking"),
    ("is my late-night phone scrolling wrecking my sleep", "activity", "screen late"),
    ("does a pint after work help me unwind or make it worse?", "activity", "alcohol"),
    ("are the woods good for me", "activity", "nature"),
    # things the journal may not hold
    ("does pilates help my mood", "activity", "pilates"),
    ("does open water swimming calm me down?", "activity", "open water swimming"),
    ("is birdwatching doing anything for me", "activity", "birdwatching"),
    # the app or the world
    ("can I lock the journal with a PIN?", "unknown", ""),
    ("what's a normal resting heart rate", "unknown", ""),
    ("is there a full moon tonight", "unknown", ""),
    # when did I last …
    ("when did I last go for a run", "last_time", "exercise"),
    ("when did I last catch up with Femi", "last_time", "Femi"),
    ("when did i last feel like myself", "last_time", "low_mood"),
    ("when did I last sleep more than seven hours", "last_time", "sleep"),
    ("when was I last this swamped at work", "last_time", "stress"),
    ("when did I last go a whole week without wine", "last_time", "alcohol"),
    ("when did I last go to the sauna", "last_time", "sauna"),
)


# Written blind on 2026-12-01 by someone else (second batch, kept out of this file then),
# measured twice untouched (82 % topic accuracy), then studied in round 15: its misses were
# classified by cause and the causes fixed by general rules. Tuned on like D from round 15.
BLOCK_F: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("everything I used to enjoy feels pointless, has it been like this before?", "low_mood", ""),
    ("my heart keeps racing for no reason, what settles it?", "anxiety", ""),
    ("I keep waking at 4 and can't get back off, what's worked before", "sleep", ""),
    ("I've got nothing left in the tank by lunchtime, why?", "energy", ""),
    (
        "too many plates spinning at once, what helped last time I felt this stretched",
        "stress",
        "",
    ),
    ("why do I feel on edge every time my phone buzzes", "anxiety", ""),
    # typos
    ("y do i feel so flat all the tym", "low_mood", ""),
    ("cant stop worying about evrything, wat helps", "anxiety", ""),
    ("does cookin help me relax", "activity", "cooking"),
    ("hw many deadlins have i had this month, feel swamped", "stress", ""),
    # very short
    ("drained", "energy", ""),
    ("worried", "anxiety", ""),
    ("nightmares?", "sleep", ""),
    ("overloaded", "stress", ""),
    # long and rambling
    (
        "so my dad's moving into a home next month and I'm the one sorting the house, the "
        "forms, the money, and I'm also trying to keep on top of a new team at work, and every "
        "evening I sit down and my mind just keeps listing jobs, what has actually helped me "
        "cope when I've been this stretched",
        "stress",
        "",
    ),
    (
        "I don't really know how to put this but since the winter I've stopped texting people "
        "back, I've stopped going out, I just come home and sit, and the days blur together, is "
        "this a pattern for me and what's got me out of it before",
        "low_mood",
        "",
    ),
    (
        "I've been lying in bed scrolling till gone 1 most nights because it's the only time "
        "the house is quiet, and then I'm wrecked at work and snapping at the kids, is that "
        "phone habit actually what's messing up my sleep",
        "activity",
        "screen late",
    ),
    (
        "ever since I had covid in the spring I get to about 3 in the afternoon and it's like "
        "someone's pulled the plug, I can't concentrate, I can barely get up the stairs, and "
        "I'm wondering whether anything I've tried has made a difference to how wiped out I feel",
        "energy",
        "",
    ),
    # two feelings
    ("does being stressed at work wreck my sleep?", "sleep", ""),
    ("am I more anxious after a rough night?", "anxiety", ""),
    ("does feeling low drain my energy", "energy", ""),
    ("what helps my nerves when I'm worn out", "anxiety", ""),
    # second person
    ("how do you get back to sleep when you wake at 3", "sleep", ""),
    ("when you're totally overwhelmed by work what actually helps", "stress", ""),
    # time windows, negations and comparisons
    ("how's my energy been since the clocks changed?", "energy", ""),
    ("was I more stressed during the house move?", "stress", ""),
    ("how's my sleep been since I started swimming", "activity", "exercise"),
    ("what doesn't help when I'm feeling down", "low_mood", ""),
    ("do I sleep worse in summer than in winter?", "sleep", ""),
    # people
    ("does time with Priya lift me up?", "activity", "Priya"),
    ("am I more on edge after calls with Declan?", "activity", "Declan"),
    ("do walks with Tomasz help my mood", "activity", "Tomasz"),
    ("do Rhiannon and Sol wind me up", "activity", "Rhiannon"),
    # places
    ("was I happier in Lisbon?", "activity", "Lisbon"),
    ("does going up to the Lake District reset me", "activity", "Lake District"),
    # activities with canonical names
    ("is music any good for my mood when I'm low", "activity", "music"),
    ("am I happier on evenings I cook a proper meal", "activity", "cooking"),
    ("does a couple of hours in the woods sort my head out", "activity", "nature"),
    ("am I worse the day after a few glasses of wine", "activity", "alcohol"),
    # things the journal may not hold
    ("does knitting help my anxiety", "activity", "knitting"),
    ("is bouldering good for me", "activity", "bouldering"),
    ("does gardening help when I'm low", "activity", "gardening"),
    # the app or the world
    ("how do I export my entries to PDF", "unknown", ""),
    ("what time does the sun set today", "unknown", ""),
    ("how much caffeine is in a flat white", "unknown", ""),
    # when did I last …
    ("when was the last time I cooked for friends", "last_time", "cooking"),
    ("when did I last see Priya", "last_time", "Priya"),
    ("when did I last have a good night's sleep", "last_time", "sleep"),
    ("last time I felt this low?", "last_time", "low_mood"),
    ("when was I last out in the woods", "last_time", "nature"),
)


# Written blind on 2026-12-01 by someone else (third batch, kept out of this file then),
# measured twice untouched (82 % topic accuracy), then studied in round 17: its misses were
# classified by cause and the causes fixed by general rules. Tuned on like D and F from round 17.
BLOCK_G: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("I can't see the point in anything this week, what got me out of it before?", "low_mood", ""),
    (
        "my chest goes tight every time I think about Monday, what's eased that before",
        "anxiety",
        "",
    ),
    ("I'm running on fumes by mid-afternoon every day, what's going on?", "energy", ""),
    ("I keep lying there till the birds start, what's helped me drop off before", "sleep", ""),
    (
        "juggling the kids, mum's care and a new job, what helped last time it all piled up",
        "stress",
        "",
    ),
    ("I feel like something bad is about to happen all the time, why", "anxiety", ""),
    # typos
    ("wy am i so knackerd all teh time", "energy", ""),
    ("cant get 2 sleep agen, wat wrked b4", "sleep", ""),
    ("dose walkin in the forrest help me", "activity", "nature"),
    ("feelin rly stresd wit all my exams", "stress", ""),
    # very short
    ("shattered", "energy", ""),
    ("on edge", "anxiety", ""),
    ("swamped", "stress", ""),
    ("gloomy", "low_mood", ""),
    # long and rambling
    (
        "so basically since the new manager started I've been bringing work home every night, "
        "answering emails in bed, short with the kids, and I don't even enjoy weekends anymore, "
        "is there anything in here about what helped when work got like this before",
        "stress",
        "",
    ),
    (
        "I don't really know how to put this but for a few weeks now I've been waking up with a "
        "knot of dread in my stomach before anything has even happened and it takes till lunch "
        "to shift, has that happened before and what did I do about it",
        "anxiety",
        "",
    ),
    (
        "long story but I used to look forward to things and now I just sit in with the curtains "
        "shut and can't be bothered with anything or anyone, when did this start and what "
        "helped last time",
        "low_mood",
        "",
    ),
    # two feelings
    ("does being anxious wreck my sleep", "sleep", ""),
    ("am I more tired on the days I'm stressed", "energy", ""),
    ("what helps my mood when I'm worn out", "low_mood", ""),
    ("does stress at work make me sleep worse", "sleep", ""),
    ("I'm wiped out and low, what helped the low bit before?", "low_mood", ""),
    # second person
    ("what should you do when you can't stop worrying", "anxiety", ""),
    ("how do you get your energy back after a rough week", "energy", ""),
    # time windows, negations and comparisons
    ("has my sleep got worse since October", "sleep", ""),
    ("what hasn't helped my stress", "stress", ""),
    ("am I more down in the dark months than in summer", "low_mood", ""),
    ("has my energy been better since I started swimming", "activity", "exercise"),
    ("was I less anxious last month than this month", "anxiety", ""),
    # people
    ("do I feel better after seeing Aisling", "activity", "Aisling"),
    ("am I calmer on days I talk to Ruth", "activity", "Ruth"),
    ("does going climbing with Mateusz lift my mood", "activity", "Mateusz"),
    ("is Joel part of why I've been so stressed", "activity", "Joel"),
    # places
    ("do I sleep better when I'm in Galway", "activity", "Galway"),
    ("was I happier the week we spent in Porto", "activity", "Porto"),
    ("am I more anxious when I'm back in Birmingham", "activity", "Birmingham"),
    # activities with canonical names
    ("does a run before work help my head", "activity", "exercise"),
    ("is scrolling my phone in bed keeping me up", "activity", "screen late"),
    ("do I feel worse after a night on the beers", "activity", "alcohol"),
    ("does putting a record on help when I'm wound up", "activity", "music"),
    # things the journal may not hold
    ("does crochet help me unwind", "activity", "crochet"),
    ("is tai chi doing me any good", "activity", "tai chi"),
    ("does volunteering help my mood", "activity", "volunteering"),
    # the app or the world
    ("can I switch the app to dark mode", "unknown", ""),
    ("what's the weather doing tomorrow", "unknown", ""),
    ("how many hours of sleep does an adult need", "unknown", ""),
    # when did I last …
    ("when did I last go for a swim", "last_time", "exercise"),
    ("when was the last time I rang Kofi", "last_time", "Kofi"),
    ("when was I last this stressed", "last_time", "stress"),
    ("last time I slept right through the night?", "last_time", "sleep"),
)


# The lettered blocks bench_truth asks on every run (B only with ``--final``), in report order.
LETTERED_BLOCKS: dict[str, tuple[tuple[str, str, str], ...]] = dict(
    zip(
        (
            *"ACDEFGHIJKLMNOPQRSTUVWXYZ",
            *("AA", "AB", "AC", "AD", "AE", "AF", "AG", "AH", "AI", "AJ", "AK", "AL", "AM", "AN"),
            "AO",
            "AP",
            "AQ",
            "AR",
            "AS",
            "AT",
            "AU",
            "AV",
            "AW",
            "AX",
            "AY",
            "AZ",
            "BA",
            "BB",
            "BC",
            "BD",
        ),
        (
            BLOCK_A,
            BLOCK_C,
            BLOCK_D,
            BLOCK_E,
            BLOCK_F,
            BLOCK_G,
            BLOCK_H,
            BLOCK_I,
            BLOCK_J,
            BLOCK_K,
            BLOCK_L,
            BLOCK_M,
            BLOCK_N,
            BLOCK_O,
            BLOCK_P,
            BLOCK_Q,
            BLOCK_R,
            BLOCK_S,
            BLOCK_T,
            BLOCK_U,
            BLOCK_V,
            BLOCK_W,
            BLOCK_X,
            BLOCK_Y,
            BLOCK_Z,
            BLOCK_AA,
            BLOCK_AB,
            BLOCK_AC,
            BLOCK_AD,
            BLOCK_AE,
            BLOCK_AF,
            BLOCK_AG,
            BLOCK_AH,
            BLOCK_AI,
            BLOCK_AJ,
            BLOCK_AK,
            BLOCK_AL,
            BLOCK_AM,
            BLOCK_AN,
            BLOCK_AO,
            BLOCK_AP,
            BLOCK_AQ,
            BLOCK_AR,
            BLOCK_AS,
            BLOCK_AT,
            BLOCK_AU,
            BLOCK_AV,
            BLOCK_AW,
            BLOCK_AX,
            BLOCK_AY,
            BLOCK_AZ,
            BLOCK_BA,
            BLOCK_BB,
            BLOCK_BC,
            BLOCK_BD,
        ),
        strict=True,
    )
)
