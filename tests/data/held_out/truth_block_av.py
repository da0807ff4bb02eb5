"""Block AV: 50 Insights questions written blind for ``bench_truth`` (forty-fourth batch).

Written on 2026-12-06 by a new writer who never opened the insights rules, the topic classifier's
training questions or the tuned blocks' rows, and labelled by the conventions of blocks L to AU
(stated in ``tests/data/insights/README.md`` and the comments of the blind block modules):

* people by their first name without a title or kin word ("my sister-in-law Philippa" is
  Philippa, "my bandmate Dagny" is Dagny, "my classmate Saoirse" is Saoirse), a bare name as
  written ("Thaddeus"); losing the dog, a close friend moving to Milton Keynes, a new baby,
  wedding plans with a father's operation, a restructure at work and a stolen car with cut hours
  are only a story's background, so the feeling asked about is the topic;
* a place as written (up in Cromarty in October); a thing the journal may not hold as its plain
  noun (pyrography, diabolo, korfball), the first side of a comparison winning (korfball against
  a bike ride);
* canonical activities in new words: a Zumba class at the community centre (exercise), herons
  from the riverbank (nature), a loop of the cemetery paths on my lunch hour (walk), spritzers at
  the tennis club bar (alcohol), football highlights on my phone in bed till gone two (screen
  late), a library book on a park bench at lunch (reading), my mum's old Motown records while I
  hoover (music), EMDR sessions at the clinic since spring (therapy), homemade tortillas rolled
  out on a Friday night (cooking), sandwiches and a blanket on the grass with my mates (friends),
  helping my dad in his shed on a Saturday (family), Iyengar yoga with straps and blocks (yoga),
  long letters to myself in a notepad (journaling);
* two feelings, the outcome asked after winning: more on edge all day on mornings without
  breakfast (anxiety), lower after a whole Saturday on my own indoors (low mood), energy on the
  floor after a gloomy few days (energy), rubbish sleep on days I've fretted over money (sleep);
* second person, time windows ("since the kids went back to school", "over the last three
  weeks", "since Easter", "since the start of term", "since Christmas"), days of the week
  (Wednesdays, Saturday mornings), negations, typos and texting keep the topic; a passcode
  instead of a fingerprint on the app, a month of entries as a spreadsheet and whether lavender
  oil helps anyone sleep are unknown;
* last time: the last time I didn't stir once before the alarm (sleep), how long my running
  shoes have sat by the door unused (exercise) and the last coffee with my classmate Saoirse
  (Saoirse).

Kind mix as block AU: anxiety 6, low mood 6, energy 4, sleep 5, stress 3, activity 20, unknown 3,
last time 3.
"""

from __future__ import annotations

BLOCK_AV: tuple[tuple[str, str, str], ...] = (
    # anxiety
    (
        "the school's number flashing up sends my stomach into knots, any way to stop that",
        "anxiety",
        "",
    ),
    ("when you're dreading a big family do, what actually takes the edge off", "anxiety", ""),
    ("on mornings I go without breakfast am I more on edge all day", "anxiety", ""),
    ("proper wired 2day legs jiggling, wat do i do", "anxiety", ""),
    ("chest all aflutter since the kids went back to school", "anxiety", ""),
    ("what did nothing at all for my nerves over the last three weeks", "anxiety", ""),
    # low mood
    ("everything's felt heavy since we lost the dog, what picks me up", "low_mood", ""),
    ("feelin rubbish n teary all wk, wat can i do", "low_mood", ""),
    ("after a whole Saturday on my own indoors, am I lower", "low_mood", ""),
    ("which of the things I do hasn't shifted the low mood since Easter", "low_mood", ""),
    ("been in a slump since my closest friend relocated to Milton Keynes", "low_mood", ""),
    ("when you feel empty on a Sunday evening, what gets you out of it", "low_mood", ""),
    # energy
    ("Wednesdays I'm running on fumes by three o'clock, why", "energy", ""),
    ("zero get-up-and-go since the start of term, what's draining me", "energy", ""),
    ("when I've had a gloomy few days, is my energy on the floor as well", "energy", ""),
    ("sat mornins im totally done in, wots causin it", "energy", ""),
    # sleep
    ("I keep jolting awake at 3am and lying there for hours, why", "sleep", ""),
    ("my nights have been all over the place since the baby arrived", "sleep", ""),
    ("on days I've fretted over money, is my sleep rubbish that night", "sleep", ""),
    ("if your room is boiling and sleep won't come, any tricks", "sleep", ""),
    ("cnt get to sleep b4 2 since xmas, any ideas", "sleep", ""),
    # stress
    (
        "snowed under with wedding plans and my dad's operation at once, how do I cope",
        "stress",
        "",
    ),
    ("wound up tight ever since the restructure at work in March", "stress", ""),
    ("what got me through the spring the car was nicked and my hours were cut", "stress", ""),
    # activity: canonical, in new words
    (
        "the Zumba class at the community centre on Tuesdays, does it give me a lift",
        "activity",
        "exercise",
    ),
    ("watching the herons from the riverbank, does it settle me", "activity", "nature"),
    ("a loop of the cemetery paths on my lunch hour, good for my head", "activity", "walk"),
    (
        "a few spritzers at the tennis club bar, what are they doing to my mood",
        "activity",
        "alcohol",
    ),
    (
        "football highlights on my phone in bed till gone two, is that why I'm ratty",
        "activity",
        "screen late",
    ),
    ("a library book on a park bench at lunch, does it do me good", "activity", "reading"),
    (
        "singing along to my mum's old Motown records while I hoover, does it lift me",
        "activity",
        "music",
    ),
    ("the EMDR sessions at the clinic since spring, are they working", "activity", "therapy"),
    (
        "homemade tortillas rolled out on a Friday night, am I more relaxed afterwards",
        "activity",
        "cooking",
    ),
    (
        "sandwiches and a blanket on the grass with my mates, how am I afterwards",
        "activity",
        "friends",
    ),
    ("helping my dad out in his shed on a Saturday, what does it do for me", "activity", "family"),
    ("Iyengar yoga with the straps and blocks, worth sticking with", "activity", "yoga"),
    ("writing long letters to myself in a notepad, does it help", "activity", "journaling"),
    # activity: people, a place, things the journal may not hold
    ("when my sister-in-law Philippa comes to stay, how's my mood", "activity", "Philippa"),
    ("rehearsals with my bandmate Dagny, am I better for them", "activity", "Dagny"),
    ("Thaddeus dropping round, do I perk up", "activity", "Thaddeus"),
    ("how was I feeling while we were up in Cromarty in October", "activity", "Cromarty"),
    (
        "pyrography evenings at the kitchen table, have they made me happier",
        "activity",
        "pyrography",
    ),
    ("practising the diabolo in the yard, has it chilled me out", "activity", "diabolo"),
    (
        "korfball on a Thursday or a bike ride, which leaves me in a better place",
        "activity",
        "korfball",
    ),
    # unknown
    ("can I put a passcode on the app instead of a fingerprint", "unknown", ""),
    ("could I get a month of my entries out as a spreadsheet", "unknown", ""),
    ("does lavender oil on the pillow actually help people sleep", "unknown", ""),
    # last time
    ("last time I didn't stir once before the alarm went off", "last_time", "sleep"),
    ("my running shoes, how long have they sat by the door unused", "last_time", "exercise"),
    ("my classmate Saoirse and me, when did we last go for a coffee", "last_time", "Saoirse"),
)
