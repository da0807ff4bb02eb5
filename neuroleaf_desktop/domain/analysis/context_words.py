"""The context words that decide whether a stressor mention is stress *now*, for the writer.

A stressor keyword ("rent", "mum", "exam") is only a topic; what surrounds it says whether the
writer is stressed about it. ``clauses`` uses these lists:

* ``STRAIN`` – strain VADER does not score ("money is tight", "I'm already behind"): makes a
  clause negative although no feeling is named;
* ``RESOLVED`` / ``RESOLVED_AFTER`` / ``FINE`` – dealt with or judged fine ("bills paid",
  "headache gone", "sleep was okay");
* ``THIRD_PARTY``, ``OWNERS``, ``SYMPATHY`` – someone else's trouble ("her job", "my friend's
  landlord", "I feel bad for her"), unless a close person (``CLOSE_PEOPLE``) is involved;
* ``SUPPORT`` – a person turned to ("talked to my mum") is support, not a stressor;
* ``FILLERS`` – skipped between a negator and a stressor ("not a single argument").

The words that mark praise as irony ("Fantastic, the car failed its MOT") are in
``irony_words``.
"""

from __future__ import annotations

from typing import Final

from neuroleaf_desktop.domain.analysis.lexicon import PatternLexicon

# Where someone stands or serves ("behind the bar"): "behind" there is a place, no strain.
BEHIND_PLACES: Final = ("bar", "counter", "desk", "till", "wheel", "scenes", "camera", "shop",
                        "house", "door", "curtain", "goal", "net")  # fmt: skip
# A gathering the writer was at ("felt invisible at the work do"): a lonely moment there names
# the place, not its people or job as a stressor.
GATHERINGS: Final = frozenset({"do", "party", "drinks", "night", "social", "dinner", "meal"})
# Words of strain that VADER does not score: events and states that make a clause stressful
# although no feeling is named ("money is tight", "work is piling up", "I'm already behind").
# How many are still to do: "got nine left", "got 40 left".
_COUNTS_LEFT: Final = (
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", *(f"{d}*" for d in "123456789"),
)  # fmt: skip
# Ones used or out of place, as the writer feels likened to them: "I feel like a robot".
_USED_OR_OUT_OF_PLACE: Final = (
    "robot", "lodger", "servant", "traitor", "weight", "fraud", "failure", "burden", "zombie",
    "ghost", "prisoner", "slave", "stranger", "spare part", "skivvy", "dogsbody", "machine",
    "number", "kid in", "child in", "bad mum", "bad dad", "bad mother", "bad parent",
)  # fmt: skip
STRAIN: Final = PatternLexicon(
    {
        "strain": (
            "nightmare", "chaos", "chaotic", "tight", "piling up", "piled up", "behind",
            "can't keep up", "couldn't keep up", "can't cope", "couldn't cope",
            "struggl*", "drained", "wrecked", "shattered", "knackered", "frazzled",
            # worn out or fed up, told of the writer ("Call-out at 3am, then another at 5.
            # I'm done in.", "sleeping bag's damp, I'm so over this")
            "i'm done in", "i am done in", "we're done in", "so over this",
            "killing me", "rough", "tough", "hard", "ran over", "won't answer",
            "didn't answer", "no time", "freezing", "noisy", "dragged", "dragging",
            "still processing", "can't stop thinking", "couldn't stop thinking",
            "don't know how", "at my wits end", "swamped", "slammed", "hectic", "mess",
            "messed up", "ruined", "disaster", "broke down", "went wrong", "no idea how",
            "can't switch off", "couldn't switch off", "procrastinat*", "can't concentrate",
            "couldn't concentrate", "can't focus", "couldn't focus", "toxic", "dismissed",
            "unheard", "went sideways", "kicked off", "meltdown", "tantrum", "tantrums",
            "i'm short", "we're short", "im short", "short again", "short this month",
            "not sure how we'll", "not sure how i'll", "not sure how to", "wiped out my",
            "wiped out our", "on my back", "unprepared", "went up by",
            "gone up by", "don't want to go",
            # the sixth round: being worn down, let down, ignored, out of pocket
            "wearing me down", "grinding me down", "wore me down", "wearing me out",
            "wears me out", "wore me out", "didn't turn up",
            "didn't show up", "no show", "on hold", "didn't recognise", "doesn't recognise",
            "didn't recognize", "doesn't recognize", "drowning", "won't reply",
            "didn't reply", "nobody has replied", "no one has replied", "nobody replied",
            "no one replied", "last minute", "can't plan", "not much left", "nothing left",
            "all in one week", "all at once", "went up again", "gone up again", "going up",
            "drilling", "flooded", "flat tyre", "flat tire", "puncture", "thanks for nothing",
            "cheers for nothing", "to whoever", "ignores", "never do the", "never does the",
            "done asking", "refused", "got refused", "turned down", "haven't revised",
            "not revised", "haven't started", "haven't finished", "away from family",
            "hike", "hiked", "price rise",
            # the seventh round: what was owed and has not come (a reply, a payment, a word)
            "hasn't replied", "hasn't got back", "haven't heard back", "hasn't paid",
            "haven't been paid", "not been paid", "still not paid", "unpaid", "not answering",
            "isn't answering", "didn't show", "hasn't said a word", "haven't said a word",
            "not speaking to me", "hasn't spoken to me", "deactivated",
            # a tense situation strains the writer without naming their own feeling
            "tense", "tension",
            # the writer likened to one used or out of place ("I feel like a robot", "Feel like
            # a lodger in my own house"): a bad part for every writer who told one
            *(f"{feel} like a {one}" for feel in ("feel", "feels", "felt", "feeling")
              for one in _USED_OR_OUT_OF_PLACE),
            # a swelling or a bruise is a symptom
            "swollen", "bruised",
            "away from my family", "without my family", "slipping",
            # the eighth round: things that broke or dried up, money that has not come, time
            # lost
            "packed in", "conked out", "stopped working", "dried up", "drying up",
            "hasn't come through", "haven't come through", "not come through",
            "hasn't come in", "months late", "weeks late", "late for", "running late",
            "haven't had a day off", "not had a day off", "no day off",
            # the sixteenth round: money that will not stretch or has run out, costs that
            # multiplied, work not started before it is due, a body braced
            "runs out", "run out of", "ran out of", "running out of", "doubled", "doubling",
            "tripled", "halved", "doesn't cover", "don't cover", "didn't cover",
            "won't cover", "won't fund", "doesn't add up", "don't add up", "barely enough",
            "not enough", "short of", "cut back", "eating into", "eats into", "eating my",
            "eating everything", "haven't touched", "not touched", "haven't prepped",
            "not prepped", "haven't prepared", "haven't a clue", "no clue", "not a clue",
            "haven't opened", "clenched", "redoing", "redo", "do it all again",
            # the eighteenth round: work left unfinished or not understood as its time nears
            "isn't finished", "aren't finished", "not finished yet", "isn't done", "aren't done",
            "not done yet", "isn't ready", "aren't ready", "not ready yet", "still can't do",
            "still can't get", "don't even understand", "didn't even understand",
            # owed or unfinished, not praised: "eleven self-assessments still outstanding"
            "still outstanding",
            # a firm failed ("Supplier went bust holding two of my deposits")
            "went bust", "gone bust", "going bust",
            "still hasn't answered", "still haven't answered", "still hasn't sent",
            # work not even begun: "haven't even cut the boards", "hasn't even looked at it"
            "haven't even", "hasn't even", "have not even", "not even started",
            "not even begun",
            # ... or told as what is still missing or still to do: "the spreadsheet's still
            # blank", "still waiting on a part", "I've got nine left"
            "still blank", "still waiting on", "still waiting for",
            *(f"got {n} left" for n in _COUNTS_LEFT),
            # summoned over something, paid late, or a price risen to a sum ("gone up to £90";
            # "went up to bed" names no sum)
            "wants a word", "want a word", "wanted a word", "days late", "late paying",
            *(f"{rose} up to {digit}*" for rose in ("gone", "went", "going")
              for digit in "123456789"),
        ),
        # Longer phrases with a strain word that are not strain ("hard work paid off").
        "": (
            "hard work", "hard worker", "worked hard", "working hard", "work hard",
            "working too hard", "work too hard", "worked too hard",
            "hard working", "tough love", "rough idea", "rough draft", "behind me",
            "behind us", "behind them", "put it behind", "tight knit", "hard to believe",
            "hard to say", "hard to tell", "packed in the", "up late for", "stayed late for",
            # a place, not being behind: "card behind the bar", "ten years behind the counter"
            *(f"behind the {place}" for place in BEHIND_PLACES),
            "sun on my back", "sun on our backs",  # warmth, no one on at the writer
        ),
    }
)  # fmt: skip
# A stressor next to one of these (up to ``RESOLVED_WINDOW`` words before or after, in its
# clause) is dealt with, not a source of stress now: "bills paid", "deadline met", "the exam
# was cancelled", "fixed the boiler".
RESOLVED: Final = frozenset(
    {"sorted", "paid", "passed", "fixed", "resolved", "settled", "met", "finished", "submitted",
     "cleared", "aced", "nailed", "eased", "easing", "lifted", "improving", "healing",
     "healed", "recovered", "normal"}
)  # fmt: skip
# Only after the stressor: "the exam was cancelled", "headache gone" (but "cancelled on me").
# "debt free", "pain free": what is free of a stressor is not stressed by it.
RESOLVED_AFTER: Final = RESOLVED | {
    "cancelled", "canceled", "gone", "away", "free", "benign", "done"
}  # fmt: skip
# A stressor that belongs to someone else ("her job", "his exams") is not the writer's.
THIRD_PARTY: Final = frozenset({"her", "his", "their"})
# ... but snoring is the poor night of whoever hears it ("his snoring", "one bloke snoring like
# a chainsaw"): never the snorer's trouble alone.
SNORING: Final = frozenset({"snoring", "snores", "snore", "snored"})
# A clause about a friend or colleague ("my colleague is off sick", "a friend is broke"),
# with no "I"/"me"/"my" after the person in its sentence part, is their trouble: sympathy, not the
# writer's stress.
OTHERS_SUBJECT: Final = frozenset(
    {"friend", "friends", "mate", "mates", "colleague", "colleagues", "coworker", "coworkers",
     # people the writer works or lives among, named by what they are
     "lad", "lads", "bloke", "guy", "intern", "trainee", "apprentice",
     # one junior to the writer at work: "the junior on our team is drowning"
     "junior", "juniors",
     # nobody the writer names: "someone in the group has been ill for years"
     "someone", "somebody"}
)  # fmt: skip
FIRST_PERSON: Final = frozenset(
    {"i", "i'm", "i've", "i'd", "i'll", "me", "my", "myself", "we", "we're", "we've", "us",
     "our"}
)  # fmt: skip
# The writer as subject or object ("I barely slept", "kept me up"): their own trouble even in
# a sentence about someone else's.
WRITER: Final = frozenset(
    {"i", "i'm", "i've", "i'd", "i'll", "me", "myself", "we", "we're", "we've", "us"}
)
# Deeds that, left undone, leave a trouble standing: "can't pay the rent", "couldn't get a
# doctor's appointment", "never does the chores", "hasn't fixed the boiler". ("didn't find the
# meeting stressful" is a judgement, so "find" is not one.)
UNDONE: Final = frozenset(
    {"pay", "paid", "afford", "get", "got", "fix", "fixed", "finish",
     "finished", "do", "does", "done", "face", "stand", "submit", "submitted", "sort",
     "sorted", "cover", "covered", "handle", "start", "started", "reply", "replied",
     "answer", "answered", "hear", "heard", "book", "booked"}
)  # fmt: skip
# Words skipped when looking for a negator before a stressor: "not a single argument".
FILLERS: Final = frozenset({"a", "an", "the", "single", "more", "any", "real", "my", "our"})
RESOLVED_WINDOW: Final = 3
# Anywhere later in its clause, these settle a topic word (not one stressful by itself):
# "doctor said my blood pressure is finally normal", "the scan came back clear".
RESOLVED_LATER: Final = frozenset(
    {"normal", "clear", "resolved", "sorted", "fixed", "healed", "benign"}
)
# A result told right after a health word settles it, even one that names a worry by itself
# ("the biopsy's clear", "Biopsy results are clear", "covid test negative at last").
HEALTH_ALL_CLEAR: Final = frozenset({"clear", "normal", "benign", "negative"})
# An all-clear later in the same sentence part settles a topic word the same way: "the rash
# is nothing serious", "the review was long, nothing to worry about", "work stress is behind
# me now", "the deadline is next month, plenty of time", "the client finally signed off the
# project", "pain is a 3 out of 10, the best in weeks".
ALL_CLEAR: Final[frozenset[tuple[str, ...]]] = frozenset(
    {("nothing", "serious"), ("nothing", "wrong"), ("nothing", "to", "worry"),
     ("all", "clear"), ("no", "problem"), ("no", "problems"), ("no", "issues"),
     ("behind", "me"), ("behind", "us"), ("plenty", "of", "time"), ("nobody", "minded"),
     ("no", "one", "minded"), ("in", "the", "past"), ("signed", "off", "the"),
     ("the", "best", "in"), ("best", "in", "weeks"), ("best", "in", "months"),
     ("best", "in", "ages"), ("best", "for", "weeks"), ("best", "for", "months")}
)  # fmt: skip
# Making up with someone settles the conflict and the person in it, anywhere in the sentence
# part: "made up with my friend after last week's argument".
RECONCILED: Final[frozenset[tuple[str, ...]]] = frozenset(
    {("made", "up"), ("make", "up", "with"), ("made", "it", "up"), ("talked", "things", "through"),
     ("talked", "it", "through"), ("talked", "it", "out"), ("sorted", "it", "out"),
     ("sorted", "things", "out"), ("patched", "things", "up"), ("cleared", "the", "air")}
)  # fmt: skip
# A breakup of other people ("my parents are getting divorced") is theirs: their category
# (family) may count, the breakup is not the writer's relationship.
BREAKUP_OWNERS: Final = frozenset(
    {"parents", "mum", "mom", "dad", "sister", "brother", "friend", "friends", "mate",
     "colleague", "cousin", "aunt", "uncle", "neighbour", "neighbours", "they", "he", "she"}
)  # fmt: skip
# "for once" marks an exception to a usual trouble: "didn't sleep badly for once", "no money
# worries this month for a change". What it qualifies is, this time, not a stressor.
EXCEPTIONS: Final[frozenset[tuple[str, ...]]] = frozenset({("for", "once"), ("for", "a", "change")})
# Eased or long past, later in the same sentence part, for any stressor (even one stressful by
# itself): "back pain isn't as bad today", "the row with my dad feels like ages ago now".
EASED_OR_PAST: Final[frozenset[tuple[str, ...]]] = frozenset(
    {("isn't", "as", "bad"), ("not", "as", "bad"), ("wasn't", "as", "bad"),
     ("isn't", "so", "bad"), ("ages", "ago"), ("long", "ago"), ("lifetime", "ago"),
     ("another", "life"),
     ("water", "under", "the", "bridge"),
     # a quarrel or a hard time said to be behind the writer: "last year's row is behind us"
     ("is", "behind", "us"), ("is", "behind", "me"), ("are", "behind", "us"),
     ("are", "behind", "me"), ("far", "behind", "me"), ("far", "behind", "us")}
)  # fmt: skip
# A later sentence part that says "it" is over or gone settles everything before it, even a
# stressor that is stressful by itself: "had a headache this morning but it's gone now".
SETTLING_SUBJECTS: Final = frozenset(
    {"it", "it's", "its", "that", "that's", "all", "everything", "they", "they're", "which"}
)
SETTLED: Final = frozenset(
    {"gone", "over", "sorted", "fixed", "resolved", "passed", "settled", "cleared"}
)
# ... or that it is fine *now*: "I was worried about money in the spring but it's fine now".
# With "now" the feelings before it are over too (the writer's feeling today is not them).
FINE_NOW: Final = frozenset({"fine", "okay", "ok", "alright", "better"})
# ... or back to how it was before the trouble: "but I'm back to normal now".
BACK_TO_NORMAL: Final = ("back", "to", "normal")
# "my partner and I", "me and my sister": a person who shares what the writer did is company,
# not what the stress is about ("my partner and I both hate our jobs"), unless their sentence
# part names a conflict ("my partner and I had a huge fight").
WITH_WRITER: Final = frozenset({"i", "i've", "i'd", "me"})
# A place after one of these, in a clause whose only feeling is sadness, is where a sad
# moment happened, not what it was about: "cried at the doctor's", "sad on the train home".
SETTING: Final = frozenset({"at", "on", "in"})
SETTING_KEYWORDS: Final = frozenset({"commute", "doctor"})
# A RESOLVED or FINE word counts only when not negated ("hasn't fixed", "wasn't okay").
# A stressor judged fine right after it ("sleep was okay", "work was fine") is not stress.
FINE: Final = frozenset(
    {"okay", "ok", "fine", "alright", "decent", "good", "great", "better", "lower", "cheaper"}
)
FINE_WINDOW: Final = 3
# A person the writer turned to ("talked to my mum", "rang my sister", "had to ask my son") is
# support, not a stressor; checked up to ``SUPPORT_WINDOW`` words before family and
# relationship words.
SUPPORT: Final = frozenset(
    {"talked", "talk", "talking", "spoke", "speak", "speaking", "vented", "venting", "rang",
     "phoned", "called", "texted", "messaged", "told", "hugged", "cuddled", "confided",
     "comforted", "miss", "missing", "visited", "visit", "visiting", "ask", "asked"}
)  # fmt: skip
SUPPORT_WINDOW: Final = 3
# "a walk with mum", "dinner with my family": a person one is *with* is company, not a
# stressor, unless the clause names a conflict ("argued with my sister") or a feeling before
# it ("angry with my dad", "felt low after the call with my dad").
COMPANY: Final = "with"
COMPANY_SKIP: Final = frozenset(
    {"my", "the", "our", "a", "his", "her", "their", "some",
     # "somewhere with two kids and a dog": how many is no trouble either
     "two", "three", "four", "five", "both", "all"}
)  # fmt: skip
# ... and not trouble with them ("things with my wife are tense", "problems with my boss").
TROUBLE_WITH: Final = frozenset(
    {"things", "problems", "problem", "issues", "issue", "trouble", "tension", "stuff",
     "drama", "row", "fight", "argument", "beef", "falling", "fell", "done", "it"}
)  # fmt: skip
# Keywords that name people: support ("talked to my mum") and sympathy ("worried for my
# neighbour", "sorry for my sister") set them aside, as the stress is someone else's.
PEOPLE: Final = frozenset(
    {"family", "partner", "friends", "neighbours", "colleagues", "boss", "flatmate"}
)
# Whose trouble is it? See ``_about_someone_else``.
OWNERS: Final = frozenset(
    {"friend", "friends", "mate", "mates", "colleague", "colleagues", "coworker", "neighbour",
     "neighbours", "neighbor", "neighbors", "flatmate", "housemate", "roommate"}
)  # fmt: skip
# A person named with these is not one of the writer's own ("a kid", "another child").
INDEFINITE: Final = frozenset({"a", "an", "another", "some", "other"})
SYMPATHY: Final = frozenset(
    {("for", "her"), ("for", "him"), ("for", "them"), ("poor", "thing"), ("poor", "guy"),
     ("poor", "girl"), ("poor", "soul"), ("poor", "sod"), ("poor", "lad"), ("poor", "lass"),
     ("poor", "love"), ("poor", "kid"), ("poor", "mite"), ("poor", "bloke"), ("poor", "fella"),
     ("poor", "woman"), ("poor", "man"), ("poor", "things"), ("poor", "sods"),
     ("bless", "her"), ("bless", "him"), ("bless", "them")}
)  # fmt: skip
CLOSE_PEOPLE: Final = frozenset(
    {"mum", "mom", "mother", "dad", "father", "parents", "sister", "brother", "son",
     "daughter", "kids", "kid", "children", "child", "baby", "grandma", "grandpa", "gran",
     "nan", "grandad", "partner", "husband", "wife", "boyfriend", "girlfriend", "family"}
)  # fmt: skip
# Whose feeling is it? An emotion word said of another person ("she was furious", "mum
# cried", "they had a blast": the person, then only ``LINKS`` words, then the feeling)
# reports that person's feeling, not the writer's. A first-person word in it or right after
# it ("drives me mad", "she annoys me", "ignored my messages") and "-ing" words that describe a
# cause ("my boss is annoying") keep it the writer's.
OTHER_PERSON: Final = frozenset(
    {"he", "she", "they", "he's", "she's", "they're", "they've", "he'd", "she'd", "they'd",
     "shes", "theyre",  # texting: "i know shes fed up with me"
     "he'll", "she'll", "they'll", "boss", "manager", "teacher",
     "customer", "customers", "client",
     "clients", "doctor",
     "colleague", "colleagues", "coworker", "coworkers", "friend", "friends", "mate", "mates",
     "neighbour", "neighbours", "neighbor", "neighbors", "flatmate", "housemate", "roommate",
     "mum", "mom", "mother", "dad", "father", "parents", "sister", "brother", "son",
     "daughter", "kids", "kid", "children", "child", "baby", "grandma", "grandpa", "gran",
     "nan", "grandad", "partner", "husband", "wife", "boyfriend", "girlfriend", "family",
     "uncle", "aunt", "cousin", "ex", "tutor", "lecturer", "therapist", "teenager",
     "teenagers", "teen", "teens", "toddler", "grandchildren", "grandkids", "niece", "nephew",
     "student", "students", "someone", "somebody", "everyone", "everybody",
     # strangers: "the angry man on the bus shouted at the driver"
     "man", "woman", "guy", "lady", "bloke", "stranger", "driver", "passenger",
     # people a job brings: "the bride cried when she saw her hair", "caller was furious"
     "bride", "groom", "caller", "callers", "tenant", "tenants", "resident", "residents",
     "patient", "patients", "owner", "owners", "pupil", "pupils", "visitor", "visitors",
     "guest", "guests", "diner", "diners", "listener", "listeners",
     # ... or the writer works among: "poor lad was mortified", "midwife happy"
     "lad", "lass", "midwife", "midwives", "apprentice", "apprentices", "trainee", "trainees",
     "intern", "interns",
     # not people, but what they feel or are called is not the writer's feeling either:
     # "the dog was so happy", "the weather was miserable", "the film was sad"
     "dog", "cat", "puppy", "kitten", "weather", "forecast", "film", "movie",
     # animals kept or worked with, one or many: "a sting from the grumpy colony"
     "dogs", "cats", "horse", "horses", "pony", "cow", "cows", "sheep", "goat", "goats",
     "hens", "chickens", "bees", "colony", "hive", "swarm", "birds", "bird",
     "book", "show", "series", "song", "music", "game"}
)  # fmt: skip
# A feeling word between an article and a person or animal describes them ("an anxious dog at
# the vet", "the angry customers", "a happy baby"), as one before a thing does ("a scary film").
ARTICLES: Final = frozenset({"a", "an", "the", "some"})
# At the start of a sentence part without an article only animals and strangers are described
# this way ("anxious dog at the vet"); "hope mum is ok" is the writer's hope.
ANIMALS_AND_STRANGERS: Final = frozenset(
    {"dog", "dogs", "cat", "cats", "puppy", "kitten", "customer", "customers", "client",
     "clients"}
)  # fmt: skip
DESCRIBED: Final = frozenset(
    w for w in OTHER_PERSON if w not in {"he", "she", "they"} and "'" not in w
)
# A feeling said of a gathering or its air ("family dinner was tense", "the mood was grim")
# describes the situation, not a feeling the writer names as theirs.
SITUATIONS: Final = frozenset({"dinner", "atmosphere", "mood", "vibe", "air"})
COPULAS: Final = frozenset({"was", "is", "were", "felt", "feels", "seemed", "got", "turned"})
FELT_BY_WRITER: Final = frozenset({"me", "us", "myself", "my", "our"})
# ... but "mad at me", "proud of me", "angry with us" are the other person's feelings.
FELT_TOWARDS: Final = frozenset({"at", "with", "of", "in", "for", "about"})
LINKS: Final = frozenset(
    {"is", "was", "were", "are", "be", "been", "being", "got", "get", "gets", "getting",
     "seems", "seemed", "looked", "looks", "sounded", "sounds", "felt", "feels", "feel",
     "feeling", "so", "very", "really", "super", "pretty", "quite", "totally", "absolutely",
     "still", "just", "always", "also", "too", "all", "a", "bit", "little", "kind", "of",
     "sooo", "soo", "extremely", "clearly", "obviously", "visibly", "had", "has", "have",
     "became", "become", "went", "seriously", "properly", "genuinely", "not", "as", "ever",
     "off", "with", "cried", "wept", "sobbed", "in"}  # "in" only after a copula: "was in tears"
)  # fmt: skip
MAX_LINKS: Final = 4
# "-ing" feeling words that are someone's act, not a cause ("mum was crying"): other "-ing"
# words after a person describe what the writer feels about them ("my boss is annoying").
PROGRESSIVE: Final = frozenset(
    {"crying", "laughing", "smiling", "sobbing", "panicking", "freaking", "shouting",
     "yelling", "screaming", "grinning", "giggling", "celebrating", "sulking", "weeping",
     "fuming", "seething", "raging", "worrying", "grieving", "beaming", "struggling",
     "buzzing", "shaking"}
)  # fmt: skip
# Conditions: from "if" (not "as if" or "what if") to the clause end nothing is happening yet
# ("if work gets stressful I'll walk"): neither feelings nor stressors count there.
HYPOTHETICAL: Final = frozenset({"if", "unless", "whether"})
# A main clause in the conditional mood ("I'd be so happy if …") is not happening either.
COUNTERFACTUAL: Final = frozenset({"i'd", "we'd", "would", "it'd", "could", "might"})
# How things used to be is not how they are: "I used to get so anxious before meetings",
# "back when I was at uni I was really lonely".
PAST_HABIT: Final = frozenset({("used", "to"), ("back", "when"), ("years", "ago")})
NOT_HYPOTHETICAL_BEFORE: Final = frozenset({"as", "what", "wonder", "wondering"})
# Crying is sadness only where nothing else says it was happy ("cried the whole way through
# her beautiful wedding", "cried when my daughter took her first steps").
CRYING: Final = frozenset(
    {"cry", "crying", "cried", "cries", "tears", "tearful", "teary", "tearing up", "wept",
     "weep*", "sobbed", "sobbing", "sobs", "welled up", "welling up", "i well up", "wells up"}
)  # fmt: skip
# A pleasant feeling wanted or tried for is not felt: "I need to relax", "trying to stay
# calm", "I just want to be happy", "wish I could enjoy it". (Unpleasant ones are: "I want
# to cry" is sadness, and "trying to stay hopeful" is hope.) Checked up to ``DESIRE_WINDOW`` words
# before the feeling.
DESIRE: Final = frozenset(
    {"need", "needed", "needs", "want", "wanted", "wants", "trying", "try", "tried",
     "supposed", "wish", "wished", "wishing", "should", "must", "learn", "learning"}
)  # fmt: skip
DESIRE_WINDOW: Final = 4
# A pleasant feeling the writer doubts they can have is not felt: "don't know how we'll keep
# going", "not sure if I'll ever feel calm again" (gratitude is left alone: "don't know how I
# got so lucky" is thanks). The doubt opens the feeling's clause, anywhere before it.
DOUBTS: Final[frozenset[tuple[str, ...]]] = frozenset(
    {("don't", "know", "how"), ("don't", "know", "if"), ("don't", "know", "whether"),
     ("not", "sure", "how"), ("not", "sure", "if"), ("not", "sure", "whether"),
     ("no", "idea", "how"), ("no", "idea", "if"), ("dunno", "how"), ("dunno", "if"),
     ("can't", "see", "how"), ("doubt", "i'll"), ("doubt", "we'll")}
)  # fmt: skip
# A feeling word that names a topic is not felt: "an article about anxiety", "we talked
# about grief", "a book on depression".
TOPIC_OF: Final = frozenset({"about", "on", "regarding"})
TOPIC_SKIP: Final = frozenset(
    {"the", "his", "her", "their", "your", "a"}
)  # "about my anxiety" is felt
# ... nor one that describes a thing: "a scary film", "a funny card", "a happy ending".
THINGS: Final = frozenset(
    {"film", "films", "movie", "movies", "show", "shows", "video", "videos", "book", "books",
     "song", "songs", "story", "stories", "meme", "memes", "card", "cards", "podcast",
     "episode", "series", "documentary", "ending", "joke", "jokes", "novel", "article",
     "play", "scene", "music", "tv", "workout", "workouts", "class", "game", "games",
     "email", "emails", "message", "messages", "letter", "letters", "comment", "comments",
     "mug", "gift", "present", "photo", "photos", "picture", "pictures", "post", "posts",
     "text", "texts", "note", "poem", "poster", "clip", "cartoon", "quote", "part",
     # a product sold by the feeling it promises ("yet another calming serum")
     "serum", "serums", "cream", "creams", "lotion", "balm", "candle", "candles", "spray",
     "playlist", "app", "apps"}
)  # fmt: skip
# A word of steadiness right before one of these says the thing is steady, not the writer
# ("steady work at last", "a secure contract", "a safe pair of hands"): "felt steady" is calm.
STEADY_WORDS: Final = frozenset({"steady", "secure", "safe", "settled"})
STEADY_THINGS: Final = frozenset(
    {"work", "job", "jobs", "income", "pay", "wage", "wages", "money", "contract", "contracts",
     "clients", "customers", "orders", "stream", "trickle", "flow", "pace", "rain", "hand",
     "hands", "gig", "gigs", "pair", "bet", "option", "choice", "investment", "supply",
     "footing", "progress",
     "improvement", "growth", "employment", "hours", "rent", "tenancy", "weather", "state"}
)  # fmt: skip
# ... and one between an article and a talk describes the talk ("a calm chat", "an angry
# call"), though "lovely chat" alone is the writer's time and "nobody to chat to" theirs.
TALKS: Final = frozenset({"chat", "chats", "conversation", "talk", "call", "phone call"})
# An unpleasant feeling said to be less or easing is an improvement, not the feeling:
# "less stressed than last week", "my anxiety was better today".
LESS: Final = frozenset({"less", "fewer"})
# Missing an event is not missing a person: "guilty for missing my niece's birthday", "missed
# my train". A possessive or one of these right after "miss my" makes it no loneliness.
MISSED_EVENTS: Final = frozenset(
    {"birthday", "party", "appointment", "chance", "flight", "train", "bus", "stop", "class",
     "lesson", "wedding", "turn", "shot", "deadline", "meeting", "call", "slot", "connection"}
)  # fmt: skip
# Missing someone is loneliness; missing a thing or a way of life is not ("miss my old life",
# "miss my language", "miss my mother's cooking" — nostalgia, not a missing person). After
# "miss my" a person (``OTHER_PERSON``, these, a pet) must come within ``MISSED_WINDOW`` words.
MISSED_BEINGS: Final = frozenset(
    {"grandmother", "grandfather", "granny", "nana", "grandparents", "auntie", "niece",
     "nephew", "cousins", "siblings", "twins", "fiance", "fiancee", "bf", "gf", "best",
     "bestie", "people", "pals", "pal", "girls", "lads", "boys", "babies", "crew", "team",
     "folks", "dog", "cat", "dogs", "cats", "puppy", "pets", "pet", "home", "man", "woman",
     "girl", "boy", "love", "darling", "wee", "little", "flatmates", "housemates",
     "roommates", "classmates", "teammates", "sons", "daughters", "brothers", "sisters"}
)  # fmt: skip
MISSED_WINDOW: Final = 3
# A feeling in a relative clause after a thing ("passed the exam I was dreading") describes
# how the thing was seen before, not how the writer feels now.
WAS_FEELING: Final[frozenset[tuple[str, ...]]] = frozenset(
    {("i", "was"), ("i", "had", "been"), ("i'd", "been"), ("we", "were"), ("i've", "been")}
)
DETERMINERS: Final = frozenset({"the", "that", "this", "my", "our", "a", "an"})
EASING: Final = frozenset(
    {"better", "easing", "eased", "improving", "improved", "lifted", "lifting", "gone",
     "lower", "fading", "faded", "manageable", "calmer", "melted", "vanished", "disappeared"}
)  # fmt: skip
EASING_WINDOW: Final = 3
# ... or said to be behind the writer now: "work stress is behind me", "the panic is over".
BEHIND: Final[frozenset[tuple[str, ...]]] = frozenset({("behind", "me"), ("behind", "us")})
# ... or told, anywhere later in its clause, as long past: "exam stress feels like a lifetime
# ago", "the panic attacks feel like another life"
LONG_PAST: Final[frozenset[tuple[str, ...]]] = frozenset(
    {("lifetime", "ago"), ("ages", "ago"), ("years", "ago"), ("long", "ago"),
     ("another", "life")}
)  # fmt: skip
# ... or, right after the feeling word, over: "the panic is over" (but "sad the holiday is
# over" is sadness about an ending).
OVER: Final[frozenset[tuple[str, ...]]] = frozenset(
    {("is", "over"), ("was", "over"), ("are", "over"), ("'s", "over")}
)

# Praise words judge a thing more often than they name a feeling: "amazing coffee", "the film
# was amazing" say nothing about how the writer felt. They are joy only when felt ("felt
# amazing", "feels fantastic"), exclaimed on their own ("no emails all weekend, amazing!")
# or said of the writer's own time (``EXPERIENCES``: "the holiday was amazing", "today was
# wonderful").
EVALUATIVE: Final = frozenset(
    {"amazing", "wonderful", "awesome", "fantastic", "brilliant", "incredible"}
)
FEEL_WORDS: Final = frozenset({"feel", "felt", "feels", "feeling", "i'm", "am"})
EXPERIENCES: Final = frozenset(
    {
        "day",
        "days",
        "time",
        "weekend",
        "holiday",
        "holidays",
        "trip",
        "break",
        "week",
        "today",
        "tonight",
        "yesterday",
        "morning",
        "evening",
        "night",
        "everything",
        "life",
    }
)
# Reported speech: a feeling after "says", "said", "asked"… in the same clause is what
# someone else said ("my partner says I seem happier", "she told me she's stressed"), not
# what the writer reports feeling. Words about the speech itself ("said something hurtful")
# stay the writer's.
REPORTING: Final = frozenset(
    {"says", "said", "say", "asked", "asks", "told", "tells", "reckons", "thinks", "according",
     # what someone keeps telling the writer: "keeps telling me it's anxiety"
     "telling", "saying"}
)  # fmt: skip
ABOUT_SPEECH: Final = frozenset({"hurtful", "hurt", "~hurt", "~hurting"})
# The writer's own outburst followed by remorse ("I yelled at the kids and I feel terrible
# about it", "I'm ashamed I shouted at my kids") reports regret, not anger felt now.
OUTBURSTS: Final = frozenset(
    {"yell*", "shout*", "scream*", "snapped at", "snap at", "lost my temper", "blew up"}
)
REMORSE: Final = frozenset({"terrible", "awful", "guilty", "bad", "ashamed", "sorry", "hate"})
# Leaving people is missing them, not a stressor: "sad to leave my old team", "said goodbye
# to my mum at the airport and cried".
PARTING: Final = frozenset(
    {"leave", "leaving", "left", "goodbye", "bye", "farewell", "miss", "missing"}
)
# "… and I'm finally okay", "… and we're fine now": a last clause that says the writer is
# fine now settles the stressors before it.
WRITER_SUBJECT: Final = frozenset({"i'm", "we're", "i", "we", "i've", "we've"})
NOW_WORDS: Final = frozenset({"now", "finally"})
# ... and a last part after a contrast in which the writer says it went fine ("the exam was
# hard but I think I did okay", "the school run was chaos but we made it on time") settles the
# topics before it that had no unpleasant feeling named.
WENT_FINE: Final = FINE_NOW | {"passed", "managed", "survived", "coped"}
WENT_FINE_PHRASES: Final[frozenset[tuple[str, ...]]] = frozenset(
    {("on", "time"), ("in", "time"), ("got", "through")}
)
THINK_WORDS: Final = frozenset({"think", "guess", "reckon", "suppose", "still", "somehow"})
# A death the writer reports is their grief ("uncle passed away"), though said of someone.
GRIEF: Final = frozenset({"passed away", "passed peacefully", "died peacefully"})
# A person who left, in a lonely part, is missed: "lonely now that the kids have moved out".
DEPARTED: Final = frozenset({"moved", "left", "gone", "away", "abroad", "emigrated"})
