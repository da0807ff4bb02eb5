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

``SHADOWS`` (``stress_shadows``) are idioms that contain a stressor word without being about
it ("sick of", "a nightmare", "worked out", "good job"): as longer matches they hide the
shorter keyword.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from neuroleaf_desktop.domain.analysis.lexicon import STRONG, PatternLexicon
from neuroleaf_desktop.domain.analysis.stress_shadows import SHADOWS
from neuroleaf_desktop.domain.analysis.stressor_forms import (
    BODY_HURT,
    CALL_OUTS_COUNTED,
    DROPPED_OFF,
    FEW_HOURS,
    HOURS_A_DAY,
    LATE_CALLS,
    LIMITS,
    LOOMING,
    MILES_COUNTED,
    NIGHT_HOURS,
    ON_MY_FEET,
    PAY_TAKEN,
    PAYERS_CANCELLED,
    PILES_COUNTED,
    PRICES_UP,
    SAME_STRETCH,
    SERVED_LATE,
    STITCHES_COUNTED,
    STRETCHES_WORKED,
    SUMS_LACKED,
    SUMS_TOO_SMALL,
    TAKINGS_DOWN,
    TIME_LEFT,
    VAN_FAILED,
    WOKEN_EVERY,
    WORKPLACES,
    WORN_BY,
)

# No work coming in: "no work", "no bookings", "zero sales" (read only in a bad part).
NO_WORK_IN: Final = tuple(
    f"{none} {work}"
    for none in ("no", "zero")
    for work in ("work", "jobs", "bookings", "orders", "sales", "gigs", "enquiries")
)

# category → keyword shown in the cloud → patterns
# Abuse from one of the public (see its patterns below); never shown as a chip of its own.
PUBLIC_ABUSE: Final = "abuse from the public"

STRESSORS: Final[Mapping[str, Mapping[str, tuple[str, ...]]]] = {
    "work": {
        "work": ("work", "wrk", "the grind", "back to work", "workplace", "office", "job",
                 "jobs", "career", "shift",
                 "shifts", "overtime", "workload", "!too much work", "client", "clients",
                 "department", "!long shift", "!double shift",
                 # every day worked ("seven days a week behind that counter", "fourth week
                 # without a day off"): the work's strain, as every writer who told it labelled
                 "!seven days a week", "!7 days a week", "!without a day off", "!no day off",
                 *STRETCHES_WORKED, *CALL_OUTS_COUNTED, *HOURS_A_DAY,
                 "!no days off", "!not one day off", "!not a day off",
                 # the workplace's future in doubt ("the centre's funding runs out in March",
                 # "the rink might shut for good"): work for every writer who told it badly
                 "funding", "might shut", "might close", "could close", "could shut",
                 "!might fold", "!could fold", "!shut for good", "!close for good",
                 # a job hunt's replies sent by machine ("two automated rejections") and a bid
                 # for the work's funds ("grant application due Friday and …"): the work's
                 "!automated rejection", "!automated rejections", "!automatic rejection",
                 "!automatic rejections", "grant application", "grant applications",
                 "job application", "job applications",
                 # a working day told without a pause: "twelve hours, no break"
                 "!no break", "!no lunch break", "!no meal break", "!no proper break",
                 "!no lunch",
                 # the working hours as the trouble ("the hours are killing me", "hate the
                 # hours"): the work's for every writer who told one; "lose the hours" is pay
                 "the hours are", "the hours were", "hate the hours", "hated the hours",
                 # working alone where two are meant to ("Six hours in court today, no
                 # co-worker", "with no co-worker to swap with"; the hyphen read as a space):
                 # work for both writers
                 "!no co worker", "!no coworker",
                 # hours cut are the pay lost and the job shrunk: money and work for every
                 # writer who told it ("Visitor centre cut my hours to three days")
                 "!cut my hours", "!cut our hours", "!hours cut", *ON_MY_FEET,
                 *NO_WORK_IN,
                 "project", "projects", "report", "audit", "!late for work",
                 "!late for my shift", "!late to work", "night shift", "night shifts",
                 "on nights", "rota", "hr", "payslip",
                 # the work of nurses and teachers
                 "patients", "my patients", "!lost a patient", "on the ward", "marking",
                 "lesson plan*", "staffroom", "ofsted", "pupils",
                 # the work of trades, shops and agencies: customers, call-outs, contracts
                 "customer", "customers", "contract", "contracts", "head office", "on call",
                 "call out", "call outs", "callout*", "caseload", "gaffer",
                 # a target told in a bad part ("target's gone up again", "UDA target and
                 # I'm two hundred short") is the work's for every writer who told one
                 "roster", "target", "targets", "on site", "site visit", "site meeting*",
                 # a bad review of the writer's work ("left a one-star review because it
                 # rained", "gave me one star"): the work's for every writer who told one, by
                 # itself, as the star says how bad it was ("saying the cake gave her a
                 # headache", "because the room was 'too warm'")
                 "!one-star review", "!one star review", "!one-star reviews",
                 "!one star reviews", "!gave me one star", "!gave us one star",
                 # the writer undercut by a rival ("a firm in Aberdeen that undercut us by
                 # half", "Online sellers undercutting me on everything"): the work's strain by
                 # itself, as every writer who told one labelled
                 "!undercut me", "!undercut us", "!undercutting me", "!undercutting us",
                 "!undercuts me", "!undercuts us",
                 # someone the writer works for calling at a late hour ("My manager rang at
                 # 9pm about a spreadsheet"): the work's strain by itself
                 *LATE_CALLS,
                 # one the writer serves turning up late, counted ("Lash client turned up 40
                 # minutes late"): the work's strain by itself
                 *SERVED_LATE,
                 # a caseload or a backlog counted ("Caseload is 280 households")
                 *PILES_COUNTED,
                 # someone else's work put on the writer's ("his patch is mine now", "doing
                 # her rota as well as mine", "Covered two of her classes on top of mine"):
                 # the work's strain in a bad part, as every writer who told one labelled, and
                 # by itself when whose it was is named and they are away ("Colleague went off
                 # with stress, so his patch is mine now"; ``word_uses`` reads the absence)
                 "as well as mine", "on top of mine", "as well as my own", "on top of my own",
                 *(f"!{whose} {gap}{is_} mine now" for whose in ("his", "her", "their")
                   for gap in ("", "* ", "* * ") for is_ in ("is", "are")),
                 # on standby, in a bad part ("fourth day of weather standby, no pay for
                 # sitting here"): the work's for every writer who told one
                 "standby",
                 # a backlog in a bad part ("Test centre's backlog is twenty weeks now",
                 # "the report backlog"): the work's for every writer who told one;
                 # the depot a round or a route runs from ("the depot want us to use an app",
                 # "Rang the depot six times") and a trade's rush hours ("during the lunch
                 # rush", "Did the Christmas rush practically on my own"), in a bad part
                 "backlog", "depot", "lunch rush", "dinner rush", "breakfast rush",
                 "christmas rush",
                 # a lease on a place of work is the business's, not a home's
                 *(f"{place} {lease}" for place in WORKPLACES for lease in ("lease", "leases")),
                 *(f"lease on the {place}" for place in WORKPLACES)),
        # a director over the writer's work ("Director changed the whole second act",
        # "finance director screamed down the phone"): the work's in every bad part told
        "boss": ("boss", "bosses", "manager", "managers", "line manager", "director",
                 "skipper", "supervisor", "supervisors",
                 # the one over a kitchen or a line ("Head chef threw a pan across the
                 # kitchen", "Team leader says if I don't hit five a day I'm out"): the work's
                 # in every bad part told
                 "head chef", "team leader"),
        "colleagues": ("colleague", "colleagues", "coworker", "coworkers", "team"),
        # sworn at or threatened by one of the public the writer serves ("A man swore at me for
        # five minutes over a £3 charge", "Bloke threatened to punch me over a fare"): the
        # work's strain, as every writer who told one labelled; ``stressor_reading`` keeps it
        # only when one of the public is named as who did it, and reads it as the work
        PUBLIC_ABUSE: ("!swore at me", "!swearing at me", "!swears at me", "!sworn at me",
                       "!threatened me", "!threatened to * me"),
        "meetings": ("meeting", "meetings"),
        "emails": ("emails", "inbox"),
        "job loss": ("!lost my job", "!laid off", "!layoff*", "!redundan*", "!fired",
                     "!sacked", "!got the sack", "!given the sack",
                     "!restructur*", "!unemploy*"),
        "interview": ("interview", "interviews", "job interview"),
        "presentation": ("presentation", "presentations"),
        "performance review": ("performance review*", "appraisal*"),
        "burnout": ("!burnout", "!burnt out", "!burned out", "!burn out"),
    },
    "deadlines": {
        "deadline": ("deadline*", "due date", "!overdue", "due tomorrow", "due today",
                     "due tmrw", "due on", "due by", "is due", "are due", "due next week",
                     "due monday", "due tuesday", "due wednesday", "due thursday",
                     "due friday", "due in", "due the same", "due this week", "due soon",
                     "by tonight", "by tomorrow", "by end of day", "by the end of the day",
                     "by eod", *LIMITS, *LOOMING, "due at", "due midnight", "due noon",
                     *(f"due {hour}am" for hour in range(1, 13)),
                     "!behind schedule", "!running out of time", *TIME_LEFT),
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
    "money": {
        "money": ("money", "!i'm broke", "!so broke", "!flat broke", "!totally broke",
                  "!completely broke", "!am broke", "!was broke", "!were broke", "!no money",
                  "!no cash", "!out of money", "!card declined", "!card got declined",
                  "!card was declined", "!last tenner", "!last fiver", "!down to my last",
                  "finances", "financial*", "afford", "!can't afford", "!so expensive",
                  # refunds the writer pays out, in a bad part ("bookings piling up and
                  # refunds going out"); a refund someone asks for is the topic of their
                  # complaint ("shouted at me about a refund"), no money of the writer's
                  "refunds going out", "giving refunds", "giving out refunds",
                  "issuing refunds",
                  # a wallet or an account told empty ("Wet week, empty forecourt, empty
                  # wallet", "my account is empty now"): money run out, by itself
                  *PRICES_UP,
                  # broke however it is said ("Stressed. Tired. Skint.", "in winter I'm
                  # scraping by", "hand to mouth"); "skint by the 20th" is how long the money
                  # lasts and still money
                  # no work coming in, in a bad part ("Rain all week means no work and no
                  # pay", "Low season, no bookings for two weeks", "zero sales"): the money and
                  # the work, as the writers who told it labelled
                  *NO_WORK_IN,
                  # ... and told as nothing to come ("nothing lined up till spring", "I have
                  # nothing lined up"): money, as every writer who told it of themself in a
                  # bad part labelled ("nothing coming in" is as often said of someone else,
                  # "nothing booked" of a free day: left out)
                  "nothing lined up",
                  "!skint", "!scraping by", "!scrape by", "!scraped by", "!hand to mouth",
                  "!making ends meet", "!make ends meet", "!strapped for cash", "!potless",
                  "!brassic", "!penniless",
                  # a stretch with little coming in ("January's going to be lean", "a lean
                  # winter"): the money, as the writer told it
                  *(f"!{lean} {span}" for lean in ("lean", "leaner") for span in
                    ("month", "months", "winter", "winters", "january", "year", "spell",
                     "times", "week", "weeks", "summer", "season")),
                  "!going to be lean", "!gonna be lean", "!be a lean",
                  # the writer's pay docked ("the excess is coming out of my wages")
                  "!out of my wages", "!out of my pay", "!out of my wage", "!out of my salary",
                  # sums that will not work out ("the numbers don't add up however I look
                  # at them", "We sat down with a spreadsheet and it just doesn't add up")
                  "!doesn't add up", "!don't add up", "!didn't add up",
                  "!empty wallet", "!wallet's empty", "!wallet is empty", "!wallet was empty",
                  "!account is empty", "!account's empty", "!account was empty",
                  "!too expensive", "!how expensive", "!cost a fortune", "!costs a fortune",
                  "!costing a fortune", "!cost me a fortune", "!costing me a fortune",
                  "!cost us a fortune", "!costing us a fortune",
                  # credit used up ("my own credit card is maxed out", "card's maxed")
                  *(f"!{what} {be}maxed" for what in ("card", "cards", "credit card", "overdraft")
                    for be in ("", "is ", "are ", "was ", "been ")),
                  "!maxed out my card", "!maxed out my credit card", "!maxed out my overdraft",
                  "!how we'll pay", "!how i'll pay", "!how to pay",
                  "!not sure how we'll pay", "!not sure how i'll pay",
                  "!don't know how we'll pay", "!don't know how i'll pay",
                  "!couldn't afford", "!cost of living", "expenses", "costs", "savings",
                  "budget", "payday", "salary", "paycheck", "!pay cut", "bank", "cash", "owe",
                  "cost", "wages", "payslip", "pension", "allowance", "benefits",
                  "universal credit", "parking fine", "parking ticket", "speeding fine",
                  "speeding ticket", "my pay", "our pay", "day pay", "days pay", "sick pay",
                  # no pay while ill ("Self-employed means no sick pay", "there's no sick
                  # pay"): money lost by itself, as every writer who told it labelled
                  "!no sick pay", *SUMS_TOO_SMALL,
                  "owed", "owing", "charged me", "charged us", "!overcharg*", "fee", "fees",
                  "!can't pay", "!cannot pay", "!couldn't pay", "!can't make rent",
                  # pay and what is paid, said of the writer's income or costs
                  "pay", "pay's", "wage", "income", "stipend", "prices", "price", "deposit",
                  "quid", "euros", "dollars", "bucks", "rupees", "pesos", "instalment*",
                  "repayment*", *SUMS_LACKED, "!paid me short", "!paid us short",
                  "!short changed", "!underpaid", "!no pay", "!not been paid",
                  "!haven't been paid", "!hasn't paid", "!still hasn't paid", "!wants paying",
                  "!in the red", "!doesn't stretch", "!won't stretch", "!didn't stretch",
                  "!cut my hours", "!cut our hours", "!hours cut", "!cut me to", *VAN_FAILED,
                  "!zero hours",
                  # pay held still, a cost running on: "pay freeze for the third year",
                  # "is costing us eighty quid a week"
                  "!pay freeze", "!wage freeze", "!costing me", "!costing us",
                  # money owed to the writer and not come: "the promoter still owes me"
                  "!owes me", "!owes us", "!owe me", "!owe us", "!still owes", "!still owe",
                  "!still owed",
                  # a cost the writer bears themself ("physio out of my own pocket", "claims
                  # not paid since July"): money for every writer who told one
                  "!out of my own pocket", "!out of our own pocket", "!not paid since",
                  # a payment in a bad part ("the loan payment still goes out", "no payment",
                  # "prescription charges add up"): money for every writer who told one
                  "payment", "payments", "prescription charges", "prescription charge",
                  # tips in a bad part ("Tips were dead tonight", "docked two days' tips")
                  "tips",
                  # a bonus in a bad part ("Bonus smaller than promised"), and a bonus or a
                  # commission taken away, a loss by itself ("the bonus got pulled", "cut the
                  # bonus again", "Commission cut from this month")
                  "bonus", "bonuses", *PAY_TAKEN,
                  # being paid, told in a bad part ("Only get paid term time so summer is
                  # always tight", "we won't get paid for it"), and work done at a loss ("I'll
                  # be working for nothing"): money for every writer who told one
                  "get paid", "gets paid", "!working for nothing", "!work for nothing",
                  # pay withheld for work booked ("I don't get paid for any of them"): a loss
                  # by itself, the negation being the loss; "no fee" only in a bad part
                  # ("cancelled the night before, no fee"), never "no fee for parking"
                  *(f"!{no} paid for" for no in ("don't get", "didn't get", "doesn't get",
                                                 "not getting", "never got", "never get")),
                  "no fee",
                  # the people who pay cancelling ("Three customers cancelled this week", "Half
                  # my Wednesday pupils cancelled"): money lost for every writer who told it
                  *PAYERS_CANCELLED, *TAKINGS_DOWN,
                  # bills stacked in one stretch ("Paying her rent deposit and the car insurance
                  # in the same month", "Council tax and the car MOT in the same week"): money
                  # for every writer who told it; read only beside a bill (``senses``)
                  *SAME_STRETCH,
                  # paid late, told of whoever pays: "agency pays us late every month"
                  *(f"!{pay} {who} late" for pay in ("pay", "pays", "paying", "paid")
                    for who in ("me", "us"))),
        "rent": ("rent", "!rent increase", "!rent went up", "!rent is going up",
                 "!rent going up"),
        "bills": ("bill", "bills", "invoice*", "utilities", "energy bill*", "electricity bill*",
                  "gas bill*", "phone bill*", "council tax"),
        "debt": ("debt", "debts", "loan", "loans", "!overdraft*", "credit card*",
                 "mortgage*", "!arrears"),
        "overspending": ("!overspen*", "!overdrawn"),
        "taxes": ("tax", "taxes", "tax return", "business rates"),
        "insurance": ("insurance",),
    },
    "health": {
        "illness": ("ill", "illness", "sick", "flu", "covid", "fever", "infection*",
                    "virus", "symptom*", "diagnos*", "!diagnosed with", "diabetes", "cancer",
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
                    *STITCHES_COUNTED),
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
                 "!bruise the size", "!bruises the size"),
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
                   "gynecologist", "ophthalmologist"),
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
                       "!slept maybe", "!lying awake", "!lay awake",
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
                       "snores", "snoring", "!up every hour", "!up every two hours",
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
                     # the same told in the passive: "Words were had.", "words were exchanged"
                     "!words were had", "!words were exchanged", "!exchanged words",
                     # a disagreement told with the writer ("disagreed with me about bail")
                     "!disagreed with me", "!disagrees with me", "!disagreed with us",
                     # a row named by what starts it or what it is about
                     "!starts a row", "!started a row", "!caused a row", "!causes a row",
                     "!ended in a row", "!ends in a row", "!a row about", "!a row over",
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
                     "!we've been rowing", "!rowing with my", "!rowed with my"),
        "criticism": ("!critici*", "!criticis*", "!told off", "!told me off",
                      "!yelled at", "!shouted at", "!screamed at", "!snapped at me",
                      # ... told as it goes on: "ramblers shouting at me on a footpath"
                      "!shouting at me", "!yelling at me", "!screaming at me",
                      "!snapping at me", "!snaps at me",
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
                    "!stuck on the motorway", *MILES_COUNTED),
    },
    "home": {
        "landlord": ("landlord*", "!eviction", "!evicted", "lease", "tenancy"),
        "neighbours": ("neighbour*", "neighbor*", "next door"),
        "chores": ("chores", "housework", "laundry", "dishes", "cleaning", "cleans",
                   "washing up"),
        "moving house": ("moving house", "move house", "moving out", "the move"),
        "repairs": ("!leak*", "mould", "mold", "boiler", "damp", "washing machine"),
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
