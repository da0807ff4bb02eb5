"""The stressor lexicon: what a person can be stressed *about*, grouped by category.

Why a closed lexicon and no free n-grams: the keyword cloud claims "this is what stress is
about". Words picked from any negative sentence ("sky", "usual", "news", "slept") made that
claim about ordinary words. Every keyword here names a known source of stress, and it only
counts where the text around it is negative or stressful (``entry_scores.stress_hits`` decides).

Categories (the labels the quality benchmark measures) and what they hold:

* work          – job, boss, colleagues, meetings, shifts, workload, job loss, interviews
* deadlines     – deadlines, due dates, running late on something owed
* study         – exams, essays, coursework, grades, university
* money         – money, rent, bills, debt, taxes, insurance, costs
* health        – illness, pain, headaches, doctors, hospital, tests and results
* sleep         – insomnia, poor nights, nightmares (never the bare word "slept")
* relationships – partner, friends, dating, break-ups
* family        – parents, siblings, children, grandparents, in-laws
* conflict      – arguments, fights, being shouted at or criticised
* commute       – traffic, trains and buses, delays
* home          – landlord, neighbours, loud music, chores, moving, a leaking or mouldy home

Notation is the shared lexicon notation (``lexicon.py``): ``"word"``, ``"stem*"``, phrases
with spaces. A leading ``"!"`` marks a phrase that is stressful **by itself** ("insomnia",
"argued", "laid off", "can't afford"): it counts in a neutral clause too, though never in a
positive or negated one. Every other keyword is only a topic ("work", "mum", "train") and
counts only in a negative or stressful clause or sentence part.

The phrase families the table spells out from their parts (a small hour woken at, a sum the
writer lacks, a body part hurt, a limit by a named day) are built in ``stressor_forms``.
The two largest categories' tables, work's and money's, are kept in ``work_stressors`` and
``money_stressors``; this module assembles every category in the order above.

``SHADOWS`` (``stress_shadows``) are idioms that contain a stressor word without being about
it ("sick of", "a nightmare", "worked out", "good job"): as longer matches they hide the
shorter keyword.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from neuroleaf_desktop.domain.analysis.lexicon import STRONG, PatternLexicon
from neuroleaf_desktop.domain.analysis.money_stressors import MONEY_STRESSORS
from neuroleaf_desktop.domain.analysis.stress_shadows import SHADOWS
from neuroleaf_desktop.domain.analysis.stressor_forms import (
    BODY_HURT,
    CONDITIONS_NAMED,
    DROPPED_OFF,
    FEW_HOURS,
    LIMITS,
    LOOMING,
    MILES_COUNTED,
    NIGHT_HOURS,
    NO_GOOD_NIGHT,
    STITCHES_COUNTED,
    TIME_LEFT,
    WANTED_BY,
    WOKEN_EVERY,
    WORN_BY,
)
from neuroleaf_desktop.domain.analysis.work_stressors import WORK_STRESSORS

# category → keyword shown in the cloud → patterns (work's and money's in their own modules)
STRESSORS: Final[Mapping[str, Mapping[str, tuple[str, ...]]]] = {
    "work": WORK_STRESSORS,
    "deadlines": {
        "deadline": ("deadline*", "due date", "!overdue", "due tomorrow", "due today",
                     "due tmrw", "due on", "due by", "is due", "are due", "due next week",
                     "due monday", "due tuesday", "due wednesday", "due thursday",
                     "due friday", "due in", "due the same", "due this week", "due soon",
                     "due end", "due at the end",
                     "by tonight", "by tomorrow", "by end of day", "by the end of the day",
                     "by eod", *LIMITS, *LOOMING, "due at", "due midnight", "due noon",
                     *(f"due {hour}am" for hour in range(1, 13)),
                     "!behind schedule", "!running out of time", *TIME_LEFT, *WANTED_BY),
    },
    "study": {
        "exam": ("exam", "exams", "examination*", "finals", "midterm*", "revision",
                  "revising", "revise", "resit*"),
        "coursework": ("essay", "essays", "assignment*", "coursework", "homework",
                       "dissertation*", "thesis", "module", "modules", "group project",
                       "group project partner", "lab report", "lab reports"),
        "grades": ("grade", "grades", "gpa", "!bad mark*", "!failed the module",
                   "!failed my exam", "!failed the exam", "!failed the practical",
                   "!failed my practical"),
        "university": ("uni", "university", "college", "lecture*", "seminar*"),
    },
    "money": MONEY_STRESSORS,
    "health": {
        "illness": ("ill", "illness", "sick", "flu", "covid", "fever", "infection*",
                    "virus", "symptom*", "diagnos*", "!diagnosed with", "diabetes", "cancer",
                    "!glandular fever",
                    "!biopsy",
                    "surgery", "tumour", "tumor", "injur*", "!health anxiety", "cough",
                    "coughing", "caught a cold", "have a cold", "had a cold", "bad cold",
                    "horrible cold", "head cold", "dementia", "alzheimer*", "stroke",
                    "heart attack", "asthma", "allergies", "rash", "poorly", "!coughing",
                    "!limped", "!shin splints",
                    "!limping", "!vomiting", "stiffness", "nausea", "nauseous", "!throwing up",
                    "!can barely walk", "!can hardly walk", "!can't walk",
                    "!under the weather", "!health scare", "lump", "!chemo",
                    "chemotherapy", "!flare up", "!flared up", "!flaring up", "colic",
                    # a chronic illness's bad spell: "flare started Tuesday", "pain crisis"
                    "flare", "flares", "pain crisis", "pain crises", "sickle cell",
                    "!a temperature", "hospice", "stitches", "blood sugar", "blood pressure",
                    "meds", "medication", "pills", "!memory loss", "memory", "fibro*",
                    # a medicine named by its kind or name ("been on my blue inhaler all
                    # evening", "Painkillers make me foggy", "scared to go after the
                    # painkillers"): a topic, as "meds" is, health in a bad part
                    "painkiller", "painkillers", "antibiotic", "antibiotics", "inhaler",
                    "paracetamol", "ibuprofen", "codeine", "co codamol", "tramadol",
                    "morphine", "antidepressant", "antidepressants", "insulin",
                    "brain fog", "!morning sickness", "sickness", "apnoea", "apnea",
                    # the fatigue of a chronic illness ("because of the fatigue", "long covid
                    # fatigue hit again"): health in every labelled set that names it
                    "fatigue", "!chronic fatigue",
                    # skin that itches, a muscle that cramps, an eye that twitches, shingles, in
                    # a bad part ("Itchy, knackered and fed up", "Hands cramping from holding the
                    # piping bag", "Eyelid twitching for three days now"): health for every
                    # writer who told one
                    "itchy", "itching", "cramp", "cramps", "cramping", "twitching", "shingles",
                    # a spell of dizziness, food poisoning, sore gums, bedbugs, a needlestick
                    # in a bad part ("Vertigo attack in the middle of the big shop"): health
                    # for every writer who told one of their own
                    "dizzy", "dizziness", "!dizzy spell", "!dizzy spells", "vertigo",
                    "!food poisoning", "gums", "bedbugs", "needlestick",
                    # a limb gone to pins and needles, steroids in a bad part ("Six weeks on
                    # steroids, moon face"): health for every writer who told one
                    "!pins and needles", "steroid", "steroids",
                    *STITCHES_COUNTED, *CONDITIONS_NAMED),
        "pain": ("pain", "!painful", "!throbbing", "!head is pounding", "!head pounding",
                 "!pounding headache", "ache", "aches", "aching", "achy", "!back pain", "knee",
                 "knees", "neck", "shoulder", "shoulders", "stomach", "tummy", "ankle",
                 "wrist", "wrists", "ribs", "stump", "hip", "hips", "tooth", "teeth",
                 "throat", "joints", "my back",
                 # "Back's gone lifting feed bags", "lower back's sore": the writer's own back
                 # told as the subject, health for every writer who told it (13 rows, 11 sets)
                 "back's", "lower back",
                 "!toothache", "!stomach ache", "!chest pain", *BODY_HURT,
                 # a bruise told by its size ("bruise the size of a dinner plate"): the
                 # writer's hurt by itself, as every writer who told one labelled; a bruise
                 # talked about ("what to say about the bruise") may be anyone's
                 "!bruise the size", "!bruises the size",
                 # a sense or a part worn by the years ("my hearing isn't what it was", "Eyes
                 # aren't what they were"): the writer's health, as every writer labelled it
                 *(f"!{part} {isnt} what {it} {was}"
                   for part, isnt, it, was in (("hearing", "isn't", "it", "was"),
                                               ("eyesight", "isn't", "it", "was"),
                                               ("memory", "isn't", "it", "was"),
                                               ("back", "isn't", "it", "was"),
                                               ("eyes", "aren't", "they", "were"),
                                               ("knees", "aren't", "they", "were"))),
                 # the writer left in agony ("leaves me in agony by four", "I was in agony")
                 "!me in agony", "!i'm in agony", "!i was in agony", "!im in agony"),
        "headache": ("!headache*", "!migraine*", "!head is pounding"),
        "doctor": ("doctor", "doctors", "gp", "hospital", "hospitals", "clinic",
                   "appointment", "appointments", "dentist", "vet", "ivf", "scan",
                   "test results", "blood test*", "results came back", "mri", "x ray",
                   "xray", "ct scan", "a and e",
                   # a specialist seen is a doctor ("Rheumatologist cancelled again",
                   # "Audiologist says the left ear's dropped again")
                   "rheumatologist", "neurologist", "dermatologist", "audiologist",
                   "cardiologist", "oncologist", "gastroenterologist", "endocrinologist",
                   "haematologist", "hematologist", "urologist", "gynaecologist",
                   "gynecologist", "ophthalmologist",
                   # a specialty's waiting list ("Dermatology waiting list is nine months"):
                   # the writer's care kept waiting, health for every writer who told one
                   *(f"{care} waiting list" for care in (
                       "dermatology", "gynae", "gynaecology", "gynecology", "orthopaedic",
                       "orthopedic", "ortho", "cardiology", "neurology", "rheumatology",
                       "ent", "physio", "hospital", "nhs", "specialist", "consultant",
                       "therapy", "counselling", "mental health", "camhs", "surgery",
                       "clinic", "operation", "op")),
                   # a physio's word on how long the writer must rest ("Physio says six more
                   # weeks off the court"): health in a bad part
                   "physio says", "physio said", "physio reckons", "physio wants me"),
    },
    "sleep": {
        "insomnia": ("!insomnia", "!sleepless*"),
        "poor sleep": ("sleep", "!couldn't sleep", "!can't sleep", "!didn't sleep",
                       "!no sleep", "!barely slept", "!hardly slept", "!slept badly",
                       "!slept terribly", "!slept poorly", "!bad night", "!rough night",
                       "!awake all night", "!up all night", "!kept me up", "!kept us up",
                       "!keeps me up", "!keeping me up", "!keeps us up", "!keeping us up",
                       # sleep sought and not found: "every time I try to sleep"
                       "try to sleep", "trying to sleep", "tried to sleep",
                       "!tossing and turning", "!woke up at", "!waking up at",
                       "!stayed up too late", "!up too late", "!only slept",
                       # the body clock, named in a bad part ("my body clock is in pieces",
                       # "Body clock's stuck on 4:45"): sleep for every writer who told one
                       "body clock", "body clock's", *DROPPED_OFF,
                       "!slept maybe", "!lying awake", "!lay awake", "!lain awake",
                       *NO_GOOD_NIGHT,
                       # lying awake as a habit, in a bad part ("I lie awake dreading it"); "used
                       # to lie awake" is a habit outgrown, so the present tense is no strain alone
                       "lie awake", "lies awake",
                       "!awake at",
                       # sleep itself said to be broken ("sleep's shot since nights started",
                       # "wide awake from five onwards")
                       # (read with the possessive's "'s" dropped, as stressors are)
                       "!sleep shot", "!sleep is shot", "!sleep been shot", "!sleep wrecked",
                       "!sleep is wrecked", "!sleep ruined", "!wrecked my sleep",
                       "!awake from",
                       "!haven't slept", "!hadn't slept", "!not slept", "!not sleeping",
                       "!never sleep", "!can never sleep",  # "Never sleep after gigs"
                       # too tired to stay awake: "can barely keep my eyes open for it"
                       *(f"!{can} keep my eyes open" for can in ("can barely", "could barely",
                         "can't", "couldn't", "can hardly", "could hardly", "struggling to")),
                       "!can't switch off at night", "!woke up exhausted",
                       "!woke up tired", "!waking up tired", "!couldn't get back to sleep",
                       "!can't get back to sleep", "!couldn't get to sleep",
                       "!can't get to sleep", "!trouble sleeping", "!struggling to sleep",
                       "snores", "snoring", "snored", "!up every hour", "!up every two hours",
                       # snoring likened to a machine or kept up all night ("one bloke snoring
                       # like a chainsaw", "he snored all night"): a complaint by itself, poor
                       # sleep for every writer who told one
                       *(f"!{snore} {how}" for snore in ("snores", "snoring", "snored")
                         for how in ("like a", "like an", "all night", "through the night")),
                       # woken through the night, or no whole night had for a while (read
                       # without the possessive: "a decent night's sleep")
                       *WOKEN_EVERY, "!haven't had a full night", "!not had a full night",
                       "!haven't had a decent night sleep", "!haven't had a decent night in",
                       "!haven't had a proper night sleep", "!not had a decent night sleep",
                       "!up every night", "!up all hours", "!slept two hours",
                       "!slept three hours", "!slept four hours", "!slept 2 hours",
                       "!slept 3 hours", "!slept 4 hours", "!slept an hour", "!up 3x",
                       "!up three times", "!up four times", "!fed every hour",
                       "!feeding every hour", "!wish i could sleep", *NIGHT_HOURS,
                       "!all nighter", "!all nighters", "!couldn't get back off",
                       # waking again and again: "kept waking up going over the dose", "keep
                       # waking in the night" (sleep for every writer who told it; "kept waking
                       # the baby" is someone else's night)
                       *(f"!{keep} waking {how}" for keep in ("kept", "keep", "keeps")
                         for how in ("up", "at", "in", "every", "through", "all")),
                       "!can't get back off", "!can't drop off", "!couldn't drop off",
                       *FEW_HOURS),
        # dreaming told as a verb, in a bad part ("dreamt about a case again. third night.",
        # "keep dreaming about the ward", "a recurring dream about missing my submission"):
        # the night's rest taken by it, as the writers who told one labelled; the noun alone
        # ("living the dream", "dream job") is no night
        "nightmares": ("!nightmares", "!had a nightmare", "!bad dream*", "dreamt", "dreamed",
                       "dreaming", "recurring dream", "recurring dreams"),
    },
    "relationships": {
        "partner": ("partner", "boyfriend", "girlfriend", "husband", "hubby", "wife", "bf", "gf",
                    "relationship", "marriage", "spouse", "fiance", "fiancee",
                    # a couple who only pass each other: "we're like ships in the night"
                    "!ships in the night", "!ships passing"),
        "breakup": ("!breakup", "!break up", "!broke up", "!divorce*", "!split up", "ex"),
        "friends": ("friend", "friends", "best friend", "mate", "mates", "best mate",
                    "friendship"),
        "dating": ("dating", "tinder", "!ghosted"),
    },
    "family": {
        "family": ("family", "mum", "mom", "mother", "dad", "father", "parents", "parent",
                   "sister", "brother", "siblings", "son", "daughter", "kids", "kid",
                   "children", "child", "baby", "grandma", "grandpa", "gran", "granny",
                   "grandparents", "grandmother", "grandfather", "grandad", "nan", "nana",
                   "uncle", "aunt", "auntie", "cousin", "cousins", "niece", "nephew",
                   "stepdad", "stepmum", "stepmom", "twins", "toddler", "teenager",
                   "in laws", "mother in law", "father in law",
                   "childcare", "nursery", "school run"),
    },
    "conflict": {
        "argument": ("!argument*", "!argued", "!arguing", "!argue", "!fight", "!fights",
                     "!fighting", "!fought", "!fell out", "!falling out", "!row with",
                     "!shouting match", "!quarrel*", "!conflict*", "!disagreement*",
                     "!after the row", "!since the row", "!another row", "!had a row",
                     "!a massive row", "!a huge row", "!a big row", "!blazing row",
                     "!a proper row", "!a right row", "!a stand up row", "!a flaming row",
                     "!called me every name", "!calling me every name", "!called me names",
                     "!calling me names", "!called me all sorts", "!calling me all sorts",
                     "!clash*", "!bicker*", "!squabbl*", "!had words", "!have words",
                     # a quarrel joined ("Got into it with my brother", "me and the crew boss
                     # got into it over the rota"); "got into it" alone is a book enjoyed
                     "!got into it with", "!got into it over", "!getting into it with",
                     "!get into it with",
                     # the same told in the passive: "Words were had.", "words were exchanged"
                     "!words were had", "!words were exchanged", "!exchanged words",
                     # a disagreement told with the writer ("disagreed with me about bail")
                     "!disagreed with me", "!disagrees with me", "!disagreed with us",
                     # a row named by what starts it or what it is about
                     "!starts a row", "!started a row", "!caused a row", "!causes a row",
                     "!ended in a row", "!ends in a row", "!a row about", "!a row over",
                     # a payment refused for a reason the payer gives ("Customer won't pay
                     # because the zip …", "refused to pay for the call-out because …"): a
                     # dispute over the work, beside the money it holds back
                     *(f"!{refused} pay{gap} because"
                       for refused in ("won't", "wouldn't", "refused to", "refuses to",
                                       "refusing to")
                       for gap in ("", " *", " * *", " * * *")),
                     # a talk that became a row ("it turned into a whole row", "ended up in
                     # a massive row") and a row sized without its article ("massive row,
                     # I'm exhausted by it"); never "in a row", which counts days
                     *(f"!into a {size}row" for size in ("", "whole ", "massive ", "huge ",
                                                         "big ", "proper ")),
                     "!in a massive row", "!in a huge row", "!massive row", "!huge row",
                     # words held back in a clash ("biting my tongue", "Bit my tongue till home")
                     "!biting my tongue", "!bit my tongue till", "!bit my tongue and",
                     # "row" as a verb, told by what the quarrel was about, who with, or
                     # that it keeps happening (not a boat's "rowed across the lake")
                     "!rowed about", "!rowing about", "!rowed again about",
                     "!rowing again about", "!rowed over money", "!ended up rowing",
                     "!always rowing", "!we're rowing", "!we rowed again",
                     "!we've been rowing", "!rowing with my", "!rowed with my",
                     # the writer and another quarrelling with each other ("Hubby and I
                     # snapped at each other at 3am", "we keep sniping at each other", "my
                     # girlfriend and I bickered"): the writer's own quarrel
                     *(f"!{we} {did}"
                       for we in ("i", "we")
                       for did in ("snapped at each other", "keep snapping at each other",
                                   "were snapping at each other", "sniped at each other",
                                   "keep sniping at each other",
                                   "shouted at each other", "yelled at each other",
                                   "screamed at each other", "keep bickering", "bickered")),
                     "!we're snapping at each other"),
        "criticism": ("!critici*", "!criticis*", "!told off", "!told me off",
                      "!yelled at", "!shouted at", "!screamed at", "!snapped at me",
                      # ... told as it goes on: "ramblers shouting at me on a footpath"
                      "!shouting at me", "!yelling at me", "!screaming at me",
                      # ... and at the crew the writer is one of ("Supervisor shouting at us
                      # about bruised fruit", "boss yelling at everyone"), as "shouted at us"
                      *(f"!{raised} at {whom}" for raised in ("shouting", "yelling", "screaming")
                        for whom in ("us", "everyone", "everybody")),
                      # a voice raised at the writer however it is said ("bellowing at me
                      # down the phone", "barked at me")
                      *(f"!{raised} at me" for raised in ("bellowing", "bellowed", "bellows",
                        "barked", "barking", "barks", "ranting", "ranted", "hollering",
                        "hollered")),
                      "!snapping at me", "!snaps at me",
                      # ... at a crowd the writer is one of ("The AD bellowed at all of us",
                      # "hollered at the lot of us"); a dog's bark is left out
                      *(f"!{raised} at {whom}"
                        for raised in ("bellowed", "bellowing", "hollered", "hollering",
                                       "shouted", "yelled", "screamed")
                        for whom in ("us", "all of us", "the lot of us", "everyone",
                                     "everybody")),
                      # abuse aimed at the writer, shouted or sent ("shouted abuse cos we'd
                      # shut a lane", "strangers are messaging me abuse")
                      *(f"!{raised} abuse"
                        for raised in ("shouted", "shouting", "shouts", "screamed", "screaming",
                                       "yelled", "yelling", "hurled", "hurling", "hurls",
                                       "messaging me", "messaged me", "sending me", "sent me",
                                       "giving me", "gave me")),
                      # a telling-off the writer got, named by its slang ("got a roasting from
                      # the foreman", "a bollocking from the booker", "gave me an earful"); a
                      # roasting tin or someone else's bollocking names no getting
                      *(f"!{got} {a} {degree}{slang}"
                        for got in ("got", "get", "getting", "had", "took", "gave me", "give me",
                                    "given")
                        for a in ("a", "an", "another")
                        for degree in ("", "proper ", "right ", "massive ", "huge ", "real ",
                                       "almighty ", "full ")
                        for slang in ("roasting", "bollocking", "rollicking", "dressing down",
                                      "earful", "rocket", "telling off", "ear bashing",
                                      "earbashing")),
                      *(f"!{tore} {a} off me" for tore in ("tore", "tearing", "tears", "torn")
                        for a in ("a strip", "strips", "a new one")),
                      # the writer's own voice raised or temper lost at someone ("I ended up
                      # raising my voice", "Lost my temper with the receptionist"): a quarrel
                      # for every writer who told one
                      "!raised my voice", "!raising my voice", "!lost my temper with",
                      "!losing my temper with",
                      "!blamed me", "!had a go at me", "!having a go at me",
                      # a slight said straight at the writer ("called it daylight robbery to
                      # my face", "laughed to my face")
                      "!to my face",
                      # reported to someone over the writer's doings ("she's reporting me to
                      # the council"): conflict for every writer who told it (four)
                      "!reporting me", "!reported me", "!report me", "!reports me",
                      "!reporting us", "!reported us", "!report us",
                      "!furious with me", "!angry with me", "!mad at me", "!cross with me",
                      "!annoyed with me", "!upset with me", "!livid with me",
                      # told off in other words: "chewed me out", "tore into me"
                      "!chewed me out", "!chewing me out", "!tore into me", "!tearing into me",
                      "!bawled me out", "!bawling me out", "!bawled at me", "!bawling at me",
                      "!tears into me", "!laid into me", "!lays into me", "!went mad at me",
                      "!got nasty", "!turned nasty",
                      # a rage or a threat aimed at the writer ("a customer went off at me",
                      # "he squared up to me")
                      "!went off at me", "!goes off at me", "!going off at me",
                      "!went off at us", "!squared up", "!squaring up",
                      # rage or blame aimed at the writer in other words ("the farmer went
                      # absolutely mental at me", "accused me of poaching his customers")
                      "!went mental at me", "!went * mental at me", "!went ballistic at me",
                      "!accused me", "!accused us", "!accusing me", "!accuses me",
                      # one who insists the writer did a wrong ("Customer swore blind I'd
                      # broken his tiles"): an accusation, as "accused me" is
                      "!swore blind i", "!swore blind i'd", "!swears blind i", "!swore blind we",
                      "!swore blind we'd", "!swearing blind i",
                      # ... or is sure of it ("the area manager thinks I took it", "reckons I
                      # nicked the missing stock"): the one who thinks it is someone else, in
                      # the third person ("I think I took a wrong turn" is the writer's doubt)
                      *(f"!{sure} {we} {did}"
                        for sure in ("thinks", "reckons", "suspects", "is convinced",
                                     "is sure", "swears")
                        for we in ("i", "i'd", "i've", "we", "we'd", "we've")
                        for did in ("took", "taken", "stole", "stolen", "nicked", "pinched",
                                    "broke", "broken", "lied", "damaged", "scratched")),
                      # the blame landing on the writer ("Barrier machine swallowed a lady's
                      # card and I got the blame", "I'm the one who gets blamed"): a quarrel
                      # put on the writer, as every writer who told one labelled
                      "!got the blame", "!get the blame", "!gets the blame", "!getting the blame",
                      "!got blamed", "!get blamed", "!gets blamed", "!getting blamed"),
    },
    "commute": {
        "commute": ("commut*", "traffic", "!stuck in traffic", "!traffic jam", "train",
                    "trains", "delay", "delays", "bus", "buses", "tube", "subway", "metro",
                    "motorway",
                    "!rush hour", "!road rage", "!delayed", "!trains cancelled",
                    "!train cancelled", "!train was cancelled", "!missed the bus",
                    "!missed the train", "!missed the last bus", "school run",
                    "!car broke down", "!bus broke down", "!train broke down", "!van broke down",
                    # the vehicle itself said to die or give out: "van died on the M6"
                    *(f"!{vehicle} {died}" for vehicle in ("car", "van") for died in
                      ("died", "packed up", "conked out", "gave up on me")),
                    "!bus was cancelled", "!bus cancelled", "!buses cancelled",
                    "!stuck on the motorway", *MILES_COUNTED,
                    # a long journey told for each way ("three hours each way on the A483",
                    # "45 minutes each way"): the commute, as every writer labelled it; a short
                    # one ("twenty minutes each way by bike") is no strain
                    "hour each way", "hours each way", "half each way",
                    *(f"{n} minutes each way" for n in ("40", "45", "50", "55", "90", "forty",
                                                        "forty five", "fifty", "ninety"))),
    },
    "home": {
        "landlord": ("landlord*", "!eviction", "!evicted", "lease", "tenancy"),
        "neighbours": ("neighbour*", "neighbor*", "next door"),
        "chores": ("chores", "housework", "laundry", "dishes", "cleaning", "cleans",
                   "washing up"),
        "moving house": ("moving house", "move house", "moving out", "the move"),
        "repairs": ("!leak*", "mould", "mold", "boiler", "damp", "washing machine",
                    # a roof or a ceiling letting water through ("The caravan roof drips
                    # right onto my bunk", "bedroom ceiling dripping into a bucket")
                    *(f"!{part} {drips}" for part in ("roof", "ceiling", "roof's", "ceiling's")
                      for drips in ("drips", "dripping", "dripped", "is dripping"))),
        "flatmate": ("flatmate*", "roommate*", "housemate*"),
        "noise": ("loud music", "noise complaint*"),
    },
}  # fmt: skip


_SHADOW: Final = ""

CATEGORY_OF: Final[Mapping[str, str]] = {
    keyword: category for category, keywords in STRESSORS.items() for keyword in keywords
}
CATEGORIES: Final[tuple[str, ...]] = tuple(STRESSORS)


def _compile() -> PatternLexicon:
    flat: dict[str, tuple[str, ...]] = {
        keyword: patterns
        for keywords in STRESSORS.values()
        for keyword, patterns in keywords.items()
    }
    flat[_SHADOW] = (*SHADOWS, *WORN_BY)
    return PatternLexicon(flat)


STRESSOR_LEXICON: Final = _compile()


def category_of(keyword: str) -> str | None:
    """The category of a stress keyword (e.g. "rent" → "money"); None if not ours."""
    return CATEGORY_OF.get(keyword)


def is_shadow(label: str) -> bool:
    return label == _SHADOW


def stressful_by_itself(weight: float) -> bool:
    """Patterns marked "!" (weight ``STRONG``) count in neutral clauses too."""
    return weight >= STRONG
