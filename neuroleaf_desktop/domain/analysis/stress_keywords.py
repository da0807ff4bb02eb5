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

``SHADOWS`` (``stress_shadows``) are idioms that contain a stressor word without being about
it ("sick of", "a nightmare", "worked out", "good job"): as longer matches they hide the
shorter keyword.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from neuroleaf_desktop.domain.analysis.lexicon import STRONG, PatternLexicon
from neuroleaf_desktop.domain.analysis.stress_shadows import SHADOWS

# The small hours, as people write them: "3", "3am", "three", "half three", "midnight".
_SMALL_HOURS: Final = (
    *(f"{n}{am}" for n in ("1", "2", "3", "4") for am in ("", "am")),
    *(f"{half}{n}" for n in ("one", "two", "three", "four") for half in ("", "half ", "gone ")),
    *(f"gone {n}" for n in ("1", "2", "3", "4")),  # "awake till gone three": past the hour
)
# Being up or woken in them is a poor night by itself ("woke at 3", "up till half two",
# "alarm at 4am"); an hour alone is not ("shouted at me at 3am", "up at four for the early
# shift" are other troubles or routine).
_UP_AT: Final = (
    "woke at", "woke up at", "woken at", "woken up at", "up till", "up until", "stayed up till",
    "awake till", "awake until", "alarm at", "alarm went at", "alarm set for",
)  # fmt: skip
_NIGHT_HOURS: Final = tuple(f"!{verb} {hour}" for verb in _UP_AT for hour in _SMALL_HOURS)
# A sum the writer says they lack is strain by itself ("three hundred quid I haven't got",
# "sixty grand I don't have"); the units alone are a topic.
_UNITS: Final = ("quid", "grand", "euros", "dollars", "bucks", "rupees", "pesos", "money",
                 "cash")  # fmt: skip
_LACK: Final = ("i don't have", "i haven't got", "i've not got", "we don't have",
                "we haven't got", "i do not have", "we do not have", "i ain't got")  # fmt: skip
_SUMS_LACKED: Final = tuple(f"!{unit} {lack}" for unit in _UNITS for lack in _LACK)
# A bonus taken away: "the bonus got pulled", "my bonus has been cancelled", "cut the bonus".
_BONUS_TAKEN: Final = (
    *(f"!bonus {link} {gone}" for link in ("got", "was", "has been", "been", "is being")
      for gone in ("pulled", "cut", "scrapped", "cancelled", "canceled", "axed", "stopped")),
    *(f"!{cut} {whose} bonus" for cut in ("cut", "cuts", "pulled", "scrapped", "axed")
      for whose in ("the", "my", "our")),
)  # fmt: skip
_SAME_STRETCH: Final = tuple(
    f"!{when} the same {stretch}"
    for when in ("in", "came out", "all came out", "all due", "all in")
    for stretch in ("week", "month")
)  # fmt: skip
# Sleep that takes the writer where they sit ("Fell asleep on the sofa at 6pm, missed my
# daughter's call", "falling asleep at the tea table"), in a bad part: sleep for both writers.
_DROPPED_OFF: Final = tuple(
    f"{fell} asleep {at} the {seat}"
    for fell in ("fell", "falling", "fall", "keep falling")
    for at in ("on", "at")
    for seat in ("sofa", "settee", "couch", "table", "tea table", "desk", "wheel")
)  # fmt: skip
# The people who pay the writer cancelling: see the money lexicon.
_PAYERS_CANCELLED: Final = tuple(
    f"!{who} {cancelled}"
    for who in ("customer", "customers", "client", "clients", "pupil", "pupils", "booking",
                "bookings", "student", "students")
    for cancelled in ("cancelled", "canceled", "cancelling", "all cancelled")
)  # fmt: skip
# The trade's takings fallen ("takings down a third", "Bookings are down forty per cent"):
# money by itself, as every writer who told one labelled; a sum gone ("a hundred and twenty
# quid gone") is money lost.
_TAKINGS_DOWN: Final = (
    *(f"!{what} {be}{down}" for what in ("takings", "bookings", "sales", "footfall", "turnover")
      for be in ("", "are ", "is ", "were ", "was ", "have been ", "has been ")
      for down in ("down", "halved", "dropped")),
    "!quid gone", "!grand gone", "!pounds gone", "!quid down the drain",
)  # fmt: skip
# A time limit named by its day or date ("due Sunday", "by Thursday", "by the 28th", "due the
# 3rd"): a deadline in a strained clause, like "by Friday".
_DAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                "the weekend", "the end of the week", "the end of the month", "next week",
                "month end", "month-end", "end of month",  # "in by month end"
                "next month", "end of play", "close of play",
                # the days as notes shorten them: "due Wed", "by Thurs"
                "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri")  # fmt: skip
_DATES: Final = tuple(
    f"the {n}{'th' if 10 < n % 100 < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
    for n in range(1, 32)
)
# ... or by the end of a named month ("due end of January", "by the end of March")
_MONTHS: Final = ("january", "february", "march", "april", "may", "june", "july", "august",
                  "september", "october", "november", "december")  # fmt: skip
_LIMITS: Final = (
    *(f"{word} {day}" for word in ("due", "by", "expires", "expires on", "closes on", "due on",
                                   "opens on", "launches on", "goes live on")
      for day in (*_DAYS, *_DATES)),
    *(f"{word} {month}" for word in ("due end of", "due at the end of", "by the end of",
                                     "by end of") for month in _MONTHS),
)  # fmt: skip
# Worn out by the end of a day or week ("brain's fried by Wednesday", "knackered by Friday"):
# a state the writer reaches, not a time limit on something owed.
_WORN: Final = ("fried", "knackered", "shattered", "exhausted", "wrecked", "frazzled",
                "drained", "spent", "dead on my feet", "done in", "burnt out",
                "burned out")  # fmt: skip
_WORN_BY: Final = tuple(f"{state} by {day}" for state in _WORN for day in _DAYS)
# A body part hurt or worn out is a health trouble by itself, however it is said ("my feet are
# in bits", "knees are shot", "back's been playing up", "tore my calf", "put my back out"):
# each part with each state, and each injury done to "my" part. A part alone is only a topic;
# "killing me" after a long day and hands gone numb in the cold are labelled both ways, so
# they still need a strained clause and a part of the "pain" list.
BODY_PARTS: Final = ("back", "knee", "knees", "feet", "foot", "wrist", "wrists", "ankle", "ankles",
                 "hip", "hips", "shoulder", "shoulders", "neck", "calf", "calves", "hamstring",
                 "elbow", "elbows", "hands", "legs", "leg", "arm", "arms", "hand", "fingers",
                 "thumb", "joints", "chest", "stomach", "head", "eyes", "ears", "rib", "ribs",
                 "stump", "knuckles", "fingertips", "toe", "toes", "shin", "shins")  # fmt: skip
_HURT_STATES: Final = (
    "in bits", "are in bits", "is in bits", "are shot", "is shot", "are wrecked",
    "is wrecked", "playing up", "been playing up", "in agony", "is throbbing",
    "are throbbing", "seized up", "has seized", "done in", "is done in", "are done in",
    "giving out", "gave out", "gone again", "is going again", "are going again",
    "screaming at me", "are screaming", "is screaming", "swollen", "is swollen",
    "are swollen", "are ruined", "is ruined", "acting up", "been acting up", "paining",
    "are paining", "is paining", "swelling", "is swelling", "are swelling", "gone on me",
    # skin worn through, and a part "complaining": "hands are cracked raw", "back is complaining"
    "are cracked", "is cracked", "cracked raw", "red raw", "are red raw", "is red raw", "are raw",
    "is raw", "are blistered", "is blistered", "are chapped", "is complaining", "are complaining",
    "been complaining",
    # skin split by a named cause ("Knuckles split from handling coins in the frost", "hands
    # are cracking from all the sanitiser"), and a joint worn out ("Knees are done from
    # skirting boards", "My wrists are done.")
    "split from", "are split from", "cracked from", "are cracked from", "are cracking",
    "cracking from", "are done", "is done",
    # ears or a nose stopped up ("My ears have been blocked for days")
    "are blocked", "is blocked", "been blocked", "have been blocked",
    # a part that has declined: "eyes aren't what they were", "knee isn't what it used to be"
    # a part burning with use: "my wrists are on fire", "joints on fire"
    "on fire", "are on fire", "is on fire",
    "aren't what they were", "aren't what they used to be", "isn't what it was",
    "isn't what it used to be", "not what they were", "not what it was",
)  # fmt: skip
_INJURIES: Final = ("tore", "torn", "pulled", "twisted", "sprained", "strained", "hurt",
                    "broke", "broken", "cracked", "jarred", "tweaked", "wrenched",
                    "dislocated", "bust", "busted", "did")  # fmt: skip
_BODY_HURT: Final = (
    *(f"!{part} {state}" for part in BODY_PARTS for state in _HURT_STATES),
    *(f"!{part}'s {state}" for part in BODY_PARTS for state in _HURT_STATES),
    *(f"!{verb} my {part}" for verb in _INJURIES for part in BODY_PARTS),
    "!put my back out", "!did my back in", "!did my knee in",
)  # fmt: skip

# A night counted by its few hours of sleep ("three hours' sleep again", "maybe two hours of
# sleep", "running on two hours' sleep"): every writer who counted one labelled poor sleep.
_FEW: Final = ("an", "one", "two", "three", "four", "five", "1", "2", "3", "4", "5",
               "a couple of", "a few")  # fmt: skip
_FEW_HOURS: Final = tuple(
    f"!{few} {hours} {of}sleep"
    for few in _FEW
    for hours in (("hour",) if few in ("an", "one", "1") else ("hours",))
    for of in ("", "of ")
)  # fmt: skip  # "hours' sleep" and "an hour's sleep" are read with the apostrophe dropped
# A working day told by how long the writer has stood ("on my feet 11 hours", "been on my feet
# since eight", "all day on my feet"): every writer who counted one labelled the work; the hours
# counted are a strain by themselves.
_LONG: Final = ("8", "9", "10", "11", "12", "13", "14", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen")  # fmt: skip
_ON_MY_FEET: Final = (
    *(f"!on my feet {for_}{n} hours" for n in _LONG for for_ in ("", "for ")),
    "on my feet since", "on my feet all day", "all day on my feet", "on my feet all shift",
)  # fmt: skip
# Woken through the night by the hour ("I wake every hour to check", "woke up every two hours").
_WOKEN_EVERY: Final = tuple(
    f"!{wake} every {span}"
    for wake in ("wake", "wake up", "woke", "woke up", "waking", "waking up", "wakes", "wakes up")
    for span in ("hour", "two hours", "half hour", "couple of hours")
)  # fmt: skip
# Places of work that a lease or rent can be on ("the workshop lease", "lease on the unit").
_WORKPLACES: Final = ("workshop", "shop", "office", "studio", "unit", "business", "salon",
                      "premises", "yard", "warehouse", "surgery", "cafe", "restaurant",
                      "stall", "kitchen unit")  # fmt: skip

# category → keyword shown in the cloud → patterns
STRESSORS: Final[Mapping[str, Mapping[str, tuple[str, ...]]]] = {
    "work": {
        "work": ("work", "wrk", "the grind", "back to work", "workplace", "office", "job",
                 "jobs", "career", "shift",
                 "shifts", "overtime", "workload", "!too much work", "client", "clients",
                 "department", "!long shift", "!double shift",
                 # every day worked ("seven days a week behind that counter", "fourth week
                 # without a day off"): the work's strain, as every writer who told it labelled
                 "!seven days a week", "!7 days a week", "!without a day off", "!no day off",
                 "!no days off", "!not one day off", "!not a day off",
                 # the workplace's future in doubt ("the centre's funding runs out in March",
                 # "the rink might shut for good"): work for every writer who told it badly
                 "funding", "might shut", "might close", "could close", "could shut",
                 "!might fold", "!could fold", "!shut for good", "!close for good",
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
                 "!cut my hours", "!cut our hours", "!hours cut", *_ON_MY_FEET,
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
                 # rained", "gave me one star"): the work's for every writer who told one
                 "one-star review", "one star review", "one-star reviews", "one star reviews",
                 "gave me one star", "gave us one star",
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
                 *(f"{place} {lease}" for place in _WORKPLACES for lease in ("lease", "leases")),
                 *(f"lease on the {place}" for place in _WORKPLACES)),
        # a director over the writer's work ("Director changed the whole second act",
        # "finance director screamed down the phone"): the work's in every bad part told
        "boss": ("boss", "bosses", "manager", "managers", "line manager", "director",
                 "skipper", "supervisor", "supervisors"),
        "colleagues": ("colleague", "colleagues", "coworker", "coworkers", "team"),
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
                     "by eod", *_LIMITS, "due at", "due midnight", "due noon",
                     *(f"due {hour}am" for hour in range(1, 13)),
                     "!behind schedule", "!running out of time"),
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
                  "owed", "owing", "charged me", "charged us", "!overcharg*", "fee", "fees",
                  "!can't pay", "!cannot pay", "!couldn't pay", "!can't make rent",
                  # pay and what is paid, said of the writer's income or costs
                  "pay", "pay's", "wage", "income", "stipend", "prices", "price", "deposit",
                  "quid", "euros", "dollars", "bucks", "rupees", "pesos", "instalment*",
                  "repayment*", *_SUMS_LACKED, "!paid me short", "!paid us short",
                  "!short changed", "!underpaid", "!no pay", "!not been paid",
                  "!haven't been paid", "!hasn't paid", "!still hasn't paid", "!wants paying",
                  "!in the red", "!doesn't stretch", "!won't stretch", "!didn't stretch",
                  "!cut my hours", "!cut our hours", "!hours cut", "!cut me to",
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
                  # a bonus in a bad part ("Bonus smaller than promised"), and one taken away,
                  # a loss by itself ("the bonus got pulled", "cut the bonus again")
                  "bonus", "bonuses", *_BONUS_TAKEN,
                  # being paid, told in a bad part ("Only get paid term time so summer is
                  # always tight", "we won't get paid for it"), and work done at a loss ("I'll
                  # be working for nothing"): money for every writer who told one
                  "get paid", "gets paid", "!working for nothing", "!work for nothing",
                  # the people who pay cancelling ("Three customers cancelled this week", "Half
                  # my Wednesday pupils cancelled"): money lost for every writer who told it
                  *_PAYERS_CANCELLED, *_TAKINGS_DOWN,
                  # bills stacked in one stretch ("Paying her rent deposit and the car insurance
                  # in the same month", "Council tax and the car MOT in the same week"): money
                  # for every writer who told it; read only beside a bill (``senses``)
                  *_SAME_STRETCH,
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
        "taxes": ("tax", "taxes", "tax return"),
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
                    "fatigue", "!chronic fatigue"),
        "pain": ("pain", "!painful", "!throbbing", "!head is pounding", "!head pounding",
                 "!pounding headache", "ache", "aches", "aching", "achy", "!back pain", "knee",
                 "knees", "neck", "shoulder", "shoulders", "stomach", "tummy", "ankle",
                 "wrist", "wrists", "ribs", "stump", "hip", "hips", "tooth", "teeth",
                 "throat", "joints", "my back",
                 # "Back's gone lifting feed bags", "lower back's sore": the writer's own back
                 # told as the subject, health for every writer who told it (13 rows, 11 sets)
                 "back's", "lower back",
                 "!toothache", "!stomach ache", "!chest pain", *_BODY_HURT),
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
                       "body clock", "body clock's", *_DROPPED_OFF,
                       "!slept maybe", "!lying awake", "!lay awake", "!awake at",
                       # sleep itself said to be broken ("sleep's shot since nights started",
                       # "wide awake from five onwards")
                       # (read with the possessive's "'s" dropped, as stressors are)
                       "!sleep shot", "!sleep is shot", "!sleep been shot", "!sleep wrecked",
                       "!sleep is wrecked", "!sleep ruined", "!wrecked my sleep",
                       "!awake from",
                       "!haven't slept", "!hadn't slept", "!not slept", "!not sleeping",
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
                       *_WOKEN_EVERY, "!haven't had a full night", "!not had a full night",
                       "!haven't had a decent night sleep", "!haven't had a decent night in",
                       "!haven't had a proper night sleep", "!not had a decent night sleep",
                       "!up every night", "!up all hours", "!slept two hours",
                       "!slept three hours", "!slept four hours", "!slept 2 hours",
                       "!slept 3 hours", "!slept 4 hours", "!slept an hour", "!up 3x",
                       "!up three times", "!up four times", "!fed every hour",
                       "!feeding every hour", "!wish i could sleep", *_NIGHT_HOURS,
                       "!all nighter", "!all nighters", "!couldn't get back off",
                       # waking again and again: "kept waking up going over the dose", "keep
                       # waking in the night" (sleep for every writer who told it; "kept waking
                       # the baby" is someone else's night)
                       *(f"!{keep} waking {how}" for keep in ("kept", "keep", "keeps")
                         for how in ("up", "at", "in", "every", "through", "all")),
                       "!can't get back off", "!can't drop off", "!couldn't drop off",
                       *_FEW_HOURS),
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
                     # a row named by what starts it or what it is about
                     "!starts a row", "!started a row", "!caused a row", "!causes a row",
                     "!ended in a row", "!ends in a row", "!a row about", "!a row over",
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
                      "!blamed me", "!had a go at me", "!having a go at me",
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
                      "!accused me", "!accused us", "!accusing me", "!accuses me"),
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
                    "!stuck on the motorway"),
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
    flat[_SHADOW] = (*SHADOWS, *_WORN_BY)
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
