"""Lexicon phrases spelled out from their forms: one wording, every tense and filler.

Why a module of its own: each entry is a shape several writers used, written once as its
parts (verb forms, an optional word or two, the thing it names) and expanded here into the
phrases the emotion lexicon (``emotion_lexicon.LEXICON``) matches, so the lexicon stays a list
of words and the reasons for each shape sit beside it.
"""

from __future__ import annotations

from typing import Final

# Awake at night and turning one thing over ("lay awake wondering how I'll get there", "lying
# awake doing the winter maths", "lying awake over the restructure") is worry, as the writers
# who told it labelled it; awake "thinking about everything" or with thoughts "going round"
# names nothing, and "going over" a task is preparing as often as worrying ("going over the
# case again, closing speech is at ten"), so neither counts.
AWAKE_OVER: Final = tuple(
    f"{lying} awake {over}"
    for lying in ("lay", "lying", "lie", "laid")
    for over in ("wondering", "doing sums", "doing the sums", "doing * sums", "doing maths",
                 "doing the maths", "doing * maths", "working out", "over the",
                 "over every", "convinced")
)  # fmt: skip

# Woken at a small hour and turning one thing over ("woke at 4 thinking about the van payment",
# "waking at five thinking about pipeline numbers", "kept waking up going over the dose", "keep
# waking in the night sure the room's moving") is worry: every writer who told it labelled it
# so. Here "going over" is no preparing, as it may be when lying awake: the thought woke them.
WOKEN_OVER: Final = tuple(
    f"{woke}{when} {over}"
    for woke in ("woke", "woke up", "waking", "waking up", "wake", "wake up")
    for when in ("", " at *", " at * again", " at half *", " in the night", " every night")
    for over in ("thinking about", "thinking of", "going over", "sure", "convinced")
)

# A heart "going" is racing, in every labelled set ("my heart was going for ages after",
# "heart going like mad", "my heart still goes when the siren sounds": anxiety in all seven
# rows); one going out to someone is sympathy (``not_felt``).
HEART_GOING: Final = (
    "heart going", "heart * going", "heart's going", "heart still goes", "heart goes when",
    # the same heart told with "'s" and "still" ("my heart's still going", "heart's still
    # pounding", "my heart's still racing"): anxiety in every such row, four writers
    "heart's * going", "heart's racing", "heart's * racing", "heart's pounding",
    "heart's * pounding", "heart * racing", "heart * pounding",
)  # fmt: skip

# Feeling like someone new to a thing is shame ("felt like a total amateur", "feel like a
# complete beginner"); "like a kid" is not. ("idiot" and "fraud" are words of their own below.)
FELT_LIKE_A_NOVICE: Final = tuple(
    f"{feel} like {article}{degree} {novice}"
    for feel in ("felt", "feel")
    for article, novice in (("an", "amateur"), ("a", "beginner"), ("a", "novice"))
    for degree in ("", " *")
    if not (degree and article == "an")
) + tuple(f"{feel} like a * amateur" for feel in ("felt", "feel"))

# Delight told by a peak or a show the writer could not help ("best night in ages", "best
# feeling in the world", "loved every minute", "can't stop smiling", "I actually squealed"): joy
# in every labelled row that told one (a "best night in a week" slept is rest, and a mic's
# squeal no one's).
DELIGHT_SHOWN: Final = (
    *(f"best {time} in {span}" for time in ("night", "day") for span in ("ages", "years")),
    "best feeling in the world", "best feeling there is", "best feeling ever",
    *(f"{loved} every minute" for loved in ("loved", "loving", "enjoyed")),
    *(f"{cant} stop smiling" for cant in ("can't", "couldn't", "cannot")),
    "i squealed", "actually squealed", "squealed with delight", "squealing with delight",
)  # fmt: skip

# Pleased said as the writer's own, by a degree, a link of the writer's or a joining word ("really
# pleased", "so pleased for her", "I'm proper pleased with that", "nervy and pleased"): joy in
# every labelled row where the writer was. A bare "pleased" is left out: "the director was
# pleased" is someone else's.
WRITER_PLEASED: Final = (
    *(f"{degree} pleased" for degree in ("so", "really", "proper", "dead", "well", "very",
                                          "chuffed and", "and", "but", "quietly", "secretly")),
    *(f"{me} pleased" for me in ("i'm", "im", "i am", "i was", "i'm so", "i'm really")),
    "pleased for", "pleased with myself", "pleased as punch",
)  # fmt: skip

# Feeling a failure at one's part, told with a degree or a judgement ("felt like such a fraud",
# "I feel like a rubbish dad", "feeling like the worst mum alive"): shame in every labelled row
# that told one, as "feel like a fraud" and "feel like a failure" already are.
_ROLES: Final = ("dad", "mum", "mom", "parent", "father", "mother", "friend", "daughter", "son",
                 "wife", "husband", "partner", "sister", "brother", "carer", "teacher", "nurse",
                 "boss", "grandma", "grandad", "nan", "mate", "human", "person")  # fmt: skip
_POOR: Final = ("rubbish", "terrible", "bad", "useless", "awful", "crap", "lousy", "rotten",
                "shocking", "hopeless", "pathetic", "horrible", "worst")  # fmt: skip
FELT_LIKE_A_POOR_ONE: Final = tuple(
    f"{feel} like {article} {poor} {role}"
    for feel in ("felt", "feel", "feeling", "feels")
    for article in ("a", "such a", "the")
    for poor in _POOR
    for role in _ROLES
    if (article == "the") == (poor == "worst")
) + tuple(
    f"{feel} like such {article} {failure}"
    for feel in ("felt", "feel", "feeling", "feels")
    for article, failure in (("a", "fraud"), ("a", "failure"), ("an", "idiot"), ("a", "loser"),
                             ("an", "imposter"), ("an", "impostor"))
)  # fmt: skip

# A qualification gained, named by its paper ("got my helm ticket", "passed my local
# anaesthesia certificate", "got my driving licence back"): joy in all eight labelled rows, six
# writers. A test or an exam passed is joy for some writers and none for others, and is left;
# "certification" is mostly renewed, an errand labelled no feeling (three rows), and is left.
PAPER_GAINED: Final = tuple(
    f"{verb} {owner}{' *' * extra} {paper}"
    for verb in ("got", "passed", "earned")
    for owner in ("my", "the")
    for extra in range(4)
    for paper in ("ticket", "certificate", "cert", "licence", "license")
)

# A good thing the writer calls a small win ("Walked to the post box without stopping, small
# win", "small wins"): joy on twelve of the sixteen labelled rows that said it (fifteen
# writers' sets; the others hope or none); and a heart that melted ("she asked if mummies got
# lonely, I melted", "melted my heart").
SMALL_WINS: Final = (
    *(f"{small} {win}" for small in ("small", "tiny", "little", "wee") for win in ("win", "wins")),
    "i melted", "heart melted", "melted my heart", "melts my heart",
)  # fmt: skip

# Tears the writer calls happy in the same breath ("cried happy tears in the loo", "sobbed
# tears of joy in the car park", "wept with joy", "weeping for joy at the finish line"): joy,
# and the crying word inside names no sadness, whatever else the sentence holds ("read a whole
# book alone", "legs destroyed"); tears told apart from happiness ("cried, not happy tears")
# are no match.
_SHED: Final = ("cried", "cry", "crying", "cries", "wept", "weep", "weeping", "sobbed",
                "sobbing", "bawled", "bawling", "teared up", "welled up", "tearing up",
                "welling up", "shed", "shedding", "had", "having")  # fmt: skip
_CALLED_HAPPY: Final = ("happy tears", "a few happy tears", "some happy tears",
                        "tears of joy", "tears of happiness",
                        "with joy", "with happiness", "for joy", "from joy", "a happy cry",
                        "the happy kind", "the good kind", "good tears")  # fmt: skip
TEARS_CALLED_HAPPY: Final = tuple(
    f"{shed} {happy}"
    for shed in _SHED
    for happy in _CALLED_HAPPY
    if shed not in ("had", "having", "shed", "shedding") or "tears" in happy or "cry" in happy
)

# Someone in the writer's care or company lost, told by the writer as theirs to lose ("Lost a
# patient tonight", "Lost a 19 year old tonight", "Lost a mate out there", "Lost a child on a
# job tonight"): a death, sadness in all six labelled rows, five writers. Animals are left out
# (two ewes lost in a storm were labelled no feeling) and so is a client (a business lost as
# often as a life), a thing ("lost a drone") and a weight ("lost a stone").
LOST_IN_CARE: Final = tuple(
    f"{lost} {article} {who}"
    for lost in ("lost", "we lost")
    for article in ("a", "another")
    for who in ("patient", "child", "kid", "baby", "mate", "friend", "lady", "man", "woman",
                "resident", "* year old", "young lad", "young man", "young woman")
)  # fmt: skip

# The writer shaking after a scare, told as their own ("I'm shaking a bit", "I was shaking
# after he left", "Still shaking writing this", "my hands were still shaking back at the
# depot"): fright in every labelled row told so. A bare "still shaking." after a row and hands
# shaking with nothing more (a pub walked past, a first cut) were labelled other ways and are
# left out, as is someone else shaking ("she was shaking").
STILL_SHAKING: Final = (
    "i'm shaking", "im shaking", "i was shaking", "i am shaking", "i'm still shaking",
    "i was still shaking", "still shaking writing", "still shaking now",
    "hands are still shaking", "hands were still shaking", "legs still shaking",
    "legs are still shaking",
    # ... and told by when it came: after the scare ("Shaking after.", "shaking a bit after",
    # "shaking afterwards", "Still shaking after the counterweight slipped"), on the way home
    # ("I still drove home shaking", "Hands shaking on the drive home"), or never letting up
    # ("my hands didn't stop shaking till I got home"): fright for every writer who told one
    "shaking after", "shaking afterwards", "shaking a bit after", "shaking a bit afterwards",
    "drove home shaking", "drove home with my hands shaking", "drove back shaking",
    "shaking on the drive home", "shaking on the way home", "shaking all the way home",
    "didn't stop shaking", "wouldn't stop shaking",
)  # fmt: skip

# Fear told as not daring ("haven't dared open it", "didn't dare look").
NOT_DARED: Final = ("haven't dared", "hadn't dared", "didn't dare", "daren't")

# A fright told as a heart attack the writer nearly had or was given ("nearly had a heart
# attack when …", "the alarm gave me a heart attack", "nearly had a coronary", "near enough had
# kittens"): the writer's fright, no illness; ``stress_shadows`` hides the health word inside.
# A heart attack that happened ("Dad had a heart attack") has none of these words before it.
FRIGHT_ATTACKS: Final = tuple(
    f"{how} {had} {attack}"
    for how in ("nearly", "almost", "practically", "virtually", "near enough", "very nearly",
                "about to", "half")
    for had in ("had", "have", "having", "gave me", "give me", "giving me", "gives me")
    for attack in ("a heart attack", "a coronary", "a mini heart attack", "kittens", "a stroke")
) + tuple(
    f"{gave} {attack}"
    for gave in ("gave me", "give me", "gives me", "giving me", "gave us", "gives us",
                 "had a mini", "having a mini", "have a mini")
    for attack in ("a heart attack", "a coronary", "a mini heart attack", "heart attack",
                   "coronary")
)  # fmt: skip

# Tears that come every time ("can't talk about her without crying", "couldn't get through the
# bit about his mum without choking up"): the inability before "without" says the tears come,
# so sadness, where "without crying" alone is tears held back. Up to eight words between.
_CANNOT: Final = ("can't", "cant", "cannot", "couldn't", "couldnt", "can never", "never can")
_TEARS: Final = ("crying", "tears", "tearing up", "welling up", "choking up", "bawling",
                 "sobbing", "breaking down", "getting upset", "getting emotional", "filling up",
                 "a lump in my throat", "wanting to cry")  # fmt: skip
TEARS_EVERY_TIME: Final = tuple(
    f"{cannot}{' *' * gap} without {tears}"
    for cannot in _CANNOT for gap in range(1, 9) for tears in _TEARS
)  # fmt: skip

# Doubting a choice over and over ("it has me second-guessing everything", "I keep
# second-guessing a referral", "makes me second-guess us"): worry in every labelled row that
# told it (three writers). The verb only: "my second guess was right" is a quiz's.
SECOND_GUESSING: Final = (
    "second guessing", "second guessed", "second guesses",
    *(f"{who} second guess" for who in ("me", "i", "to", "we", "keep", "always", "still")),
)  # fmt: skip

# Every written form of worry above, as the emotion lexicon adds them to "anxiety".
ANXIETY_FORMS: Final = (
    *AWAKE_OVER, *WOKEN_OVER, *HEART_GOING, *STILL_SHAKING, *NOT_DARED, *FRIGHT_ATTACKS,
    *SECOND_GUESSING,
)  # fmt: skip

# Contentment told as nowhere else to be ("Lunch in the lee of the wall, nowhere I'd rather
# be", "Hands in soil from six till dark and I don't want to be anywhere else"): calm in every
# labelled row that told it (four writers). Wanting to be anywhere else, unnegated, is the
# opposite and is no match.
CONTENT_HERE: Final = (
    *(f"{where} {would} rather be" for where in ("nowhere", "nowhere else", "no place",
                                                 "no place else", "anywhere", "anywhere else")
      for would in ("i'd", "i would", "we'd", "we would")),
    *(f"{wont} want to be anywhere else" for wont in ("don't", "didn't", "wouldn't", "never")),
    "wouldn't be anywhere else", "wouldn't have been anywhere else",
    # ... with the negator of a search that finds none ("couldn't think of anywhere I'd rather
    # be") inside the form, so it negates nothing
    *(f"{cant} think of {where} i'd rather be" for cant in ("can't", "couldn't", "cannot")
      for where in ("anywhere", "anywhere else", "a place", "a better place")),
)  # fmt: skip

# Made small or daft in the writer's own eyes ("felt about two inches tall", "hid the good
# knives and felt daft doing it"): shame for every writer who told one (six rows, five writers).
FELT_SMALL: Final = (
    *(f"{felt} {about}{size} tall" for felt in ("felt", "feel", "feeling")
      for about in ("", "about ") for size in ("two inches", "an inch", "one inch")),
    "felt daft", "feel daft", "feeling daft",
)  # fmt: skip

# Words held back in a clash ("I'm biting my tongue off", "Bit my tongue till home"): anger for
# every writer who told one; "bit my tongue" alone is as often a bite ("bit my tongue on a
# crust"). A happening counted as it comes round again ("changed the tap for the fourth time",
# "chasing it for the fifth time"): anger in twelve of the fourteen such rows, eleven writers
# (the two others the writer's own lapse: "called in sick for the third time"). The writer
# snapping at everyone around ("No day off since August and I've started snapping at
# everyone"): anger in every such row, four writers; told with the writer in it ("I'm",
# "started", "kept"), as "the dog was snapping at everyone" is not the writer's; snapping at
# the kids is as often told with guilt, which the guide calls shame, and is left.
ANGER_FORMS: Final = (
    "biting my tongue", "bite my tongue", "bit my tongue till", "bit my tongue and",
    *(f"{lead} snapping at {whom}"
      for lead in ("i'm", "i was", "started", "kept", "keep", "been")
      for whom in ("everyone", "everybody", "people")),
    *(f"for the {nth} time" for nth in ("third", "fourth", "fifth", "sixth", "tenth",
                                        "hundredth", "umpteenth", "millionth", "nth")),
    # ... counted with "that's" ("Wholesaler delivered the wrong hay again, that's three
    # times", "that's the third time"): anger in every labelled row that told it so; and a
    # price paid "for the privilege" ("Seventeen bucks for the privilege"), sarcasm at a cost:
    # anger in both labelled rows
    *(f"that's {n} times" for n in ("two", "three", "four", "five", "six", "ten", "twenty")),
    *(f"that's the {nth} time" for nth in ("second", "third", "fourth", "fifth", "sixth",
                                           "tenth", "umpteenth", "hundredth")),
    "for the privilege",
)  # fmt: skip

# Feeling a fool, said without "like" ("feel an idiot for not muzzling him", "Felt a right idiot
# telling the missus", "felt a right fool ringing the helpline"): shame, as "feel like an idiot"
# already was, in every labelled row that tells it (six rows, six writers); and with "like"
# and a degree ("I feel like such an idiot", "felt like a right fool"), where the weak "idiot"
# alone fell under the chips' threshold.
FELT_A_FOOL: Final = tuple(
    f"{feel} {article} {fool}"
    for feel in ("feel", "felt", "feeling", "feel like", "felt like", "feeling like")
    for article, fool in (
        *(("an", f) for f in ("idiot", "absolute idiot", "utter idiot")),
        *((a, f) for a in ("a right", "a total", "a complete", "such a", "such an", "a")
          for f in ("idiot", "fool", "muppet", "numpty", "plonker", "prat", "wally")
          if not (a in ("a", "such a") and f == "idiot")),
    )
)  # fmt: skip


# A person the writer can't stop thinking about ("It's the anniversary today and I can't stop
# thinking about him", "the young woman giving evidence … can't stop thinking about her"):
# grief or pity for them, sadness in both labelled rows, where the same words about a thing
# ("can't stop thinking about the exam") stay worry.
THINKING_OF_SOMEONE: Final = tuple(
    f"{stop} thinking about {whom}"
    for stop in ("can't stop", "cant stop", "couldn't stop", "can not stop", "cannot stop")
    for whom in ("him", "her", "them")
)  # fmt: skip


# A debt of thanks to a person, no sum ("I owe her forever", "Owe him a pint"): gratitude,
# no money, as both writers who told one labelled; "I owe my brother £200" stays money.
DEBTS_OF_THANKS: Final = tuple(
    f"owe {who} {what}"
    for who in ("her", "him", "them", "you", "ya")
    for what in ("forever", "one", "a pint", "a drink", "a coffee", "a beer", "big time",
                 "everything", "my life", "so much")
)  # fmt: skip
