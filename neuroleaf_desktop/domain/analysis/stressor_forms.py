"""The stressor table's phrase families, spelled out from their parts.

Why a module of its own: each family is one wording several writers used (a small hour woken
at, a sum the writer lacks, a body part hurt, a limit by a named day), written once as its
parts and expanded here into the phrases ``stress_keywords.STRESSORS`` lists, so the table
stays a list of what people are stressed about and the reason for each shape sits beside its
parts. Notation is the stressor table's: a leading ``"!"`` marks a phrase stressful by itself.
"""

from __future__ import annotations

from typing import Final

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
NIGHT_HOURS: Final = tuple(f"!{verb} {hour}" for verb in _UP_AT for hour in _SMALL_HOURS)
# A sum the writer says they lack is strain by itself ("three hundred quid I haven't got",
# "sixty grand I don't have"); the units alone are a topic.
_UNITS: Final = ("quid", "grand", "euros", "dollars", "bucks", "rupees", "pesos", "money",
                 "cash")  # fmt: skip
_LACK: Final = ("i don't have", "i haven't got", "i've not got", "we don't have",
                "we haven't got", "i do not have", "we do not have", "i ain't got")  # fmt: skip
_BILLS_TOTALLED: Final = ("bill", "bills", "total", "it", "quote", "invoice", "repair", "repairs",
                          "shop", "shopping", "damage", "cost", "costs")  # fmt: skip
SUMS_LACKED: Final = (
    *(f"!{unit} {lack}" for unit in _UNITS for lack in _LACK),
    # ... and a sum in figures, its currency sign dropped with the punctuation ("that's £900 I
    # haven't got", "$900 we don't have this month")
    *(f"!{digit}* {lack}" for digit in "123456789" for lack in _LACK),
    # a cost told by the sum it reached ("Vet bills came to £900 this month", "Curriculum
    # books ran us $430 this semester", "set me back 200"): money, as every writer who told
    # one labelled ("came in at" is as often a time of day, and "came to" a visit, unless a
    # bill or a total comes: left out)
    *(f"!{told} {digit}*" for digit in "123456789"
      for told in ("ran us", "ran me", "set me back", "set us back",
                   *(f"{bill} came to" for bill in _BILLS_TOTALLED))),
)  # fmt: skip
# Pay taken away: "the bonus got pulled", "my bonus has been cancelled", "cut the bonus",
# "Commission cut from this month", "My commission's gone", "docked my commission": a loss by
# itself, as overtime taken away is.
_TAKEN_PAY: Final = ("bonus", "commission")
PAY_TAKEN: Final = (
    *(f"!{pay}{link} {gone}" for pay in _TAKEN_PAY
      for link in ("", " got", " was", " has been", " been", " is being", "'s been", "'s")
      for gone in ("pulled", "cut", "scrapped", "cancelled", "canceled", "axed", "stopped",
                   "docked", "gone")),
    *(f"!{cut} {whose} {pay}" for pay in _TAKEN_PAY
      for cut in ("cut", "cuts", "pulled", "scrapped", "axed", "docked")
      for whose in ("the", "my", "our")),
    # ... and the pay held still while costs rise ("Day rate's been frozen since before the
    # pandemic", "Salary's frozen for the third year running"), as a "pay freeze" is
    *(f"!{pay}{link} frozen" for pay in ("pay", "salary", "wages", "day rate", "hourly rate",
                                         "rates", "fees")
      for link in ("", " is", " are", " was", " were", " has been", " have been", " been",
                   "'s", "'s been", " got", " still")),
)  # fmt: skip
SAME_STRETCH: Final = tuple(
    f"!{when} the same {stretch}"
    for when in ("in", "came out", "all came out", "all due", "all in")
    for stretch in ("week", "month")
)  # fmt: skip
# Sleep that takes the writer where they sit ("Fell asleep on the sofa at 6pm, missed my
# daughter's call", "falling asleep at the tea table"), in a bad part: sleep for both writers.
DROPPED_OFF: Final = tuple(
    f"{fell} asleep {at} the {seat}"
    for fell in ("fell", "falling", "fall", "keep falling")
    for at in ("on", "at")
    for seat in ("sofa", "settee", "couch", "table", "tea table", "desk", "wheel")
)  # fmt: skip
# The people who pay the writer cancelling: see the money lexicon.
PAYERS_CANCELLED: Final = tuple(
    f"!{who} {cancelled}"
    for who in ("customer", "customers", "client", "clients", "pupil", "pupils", "booking",
                "bookings", "student", "students", "jobs", "installs")
    for cancelled in ("cancelled", "canceled", "cancelling", "all cancelled")
)  # fmt: skip
# The trade's takings fallen ("takings down a third", "Bookings are down forty per cent"):
# money by itself, as every writer who told one labelled; a sum gone ("a hundred and twenty
# quid gone") is money lost.
TAKINGS_DOWN: Final = (
    *(f"!{what} {be}{down}" for what in ("takings", "bookings", "sales", "footfall", "turnover",
                                          # what the writer earns told down the same way
                                          # ("Tips are down", "Commission's down 30%")
                                          "tips", "commission", "commission's", "earnings",
                                          "orders", "profits", "profit", "donations", "income")
      for be in ("", "are ", "is ", "were ", "was ", "have been ", "has been ", "have ", "has ")
      for down in ("down", "halved", "dropped")),
    "!quid gone", "!grand gone", "!pounds gone", "!quid down the drain",
)  # fmt: skip
# The trade's van failing its MOT ("Van failed its MOT on the brakes", "Van's failed its MOT
# and I'm self-employed"): the repair's cost, money for every writer who told one (four); three
# of them labelled the work beside it, one not, so the work is left to the sentence's other
# words; a car failing is as often told with a shrug or as an errand, and is left.
VAN_FAILED: Final = tuple(
    f"!{van} failed {its}mot"
    for van in ("van", "van's", "the van", "the van's", "work van")
    for its in ("its ", "the ", "")
)
# A price risen by a share told in words ("Leather supplier up fifteen percent again", "Timber's
# up thirty percent since spring", "Lease renewal from the landlord: eighteen percent up"):
# money in a bad part, as every writer who told one labelled. Only a topic: a share up is as
# often good news ("Listening figures up ten percent!"), so one told flat ("Timber's up
# thirty percent since spring") waits for a bad word, as every topic does.
_SHARES: Final = (
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "eighteen", "twenty", "twenty-five", "thirty", "forty", "fifty", "sixty",
    "seventy", "eighty", "ninety", "a hundred",
    *(str(n) for n in range(2, 101)),
)  # fmt: skip
# A charge the one who sets it means to raise ("Council wants to double the pitch fee", "the
# landlord wants to double the rent", "Landlord wants to double the lease"): the writer's money
# strain by itself, as every writer who told one labelled.
_RAISES: Final = ("double", "raise", "put up", "increase", "hike")
_CHARGES: Final = ("rent", "lease", "fee", "fees", "pitch fee", "service charge", "charges")
PRICES_UP: Final = (
    *(
        form
        for n in _SHARES
        for percent in ("percent", "per cent")
        for form in (f"up {n} {percent}", f"up by {n} {percent}", f"{n} {percent} up",
                     f"going up {n} {percent}", f"gone up {n} {percent}",
                     f"went up {n} {percent}")
    ),
    *(f"!{wants} to {raise_} {the} {charge}" for wants in ("wants", "want", "going")
      for raise_ in _RAISES for the in ("the", "our", "my") for charge in _CHARGES),
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
LIMITS: Final = (
    *(f"{word} {day}" for word in ("due", "by", "expires", "expires on", "closes on", "due on",
                                   "opens on", "launches on", "goes live on")
      for day in (*_DAYS, *_DATES)),
    *(f"{word} {month}" for word in ("due end of", "due at the end of", "by the end of",
                                     "by end of") for month in _MONTHS),
)  # fmt: skip
# Someone wanting a thing of the writer's by a named day ("now wants sign-off by Monday",
# "Client wants 3D model by Monday", "wants the stairs carpeted by Saturday"): a limit set on
# the writer, by itself, as "due Friday" in a bad part is. Not a wish to do something by then
# ("wants to go to the coast by Saturday", ``word_uses``).
# The same told with "wanting" or "wanted" and by any limit a day names: the end of the week
# or the month, a date, tomorrow, or an hour ("Postmaster wants the route done by 2", "letter
# wanting an education plan by the end of the month", "wanted the figures by the 3rd").
_WANTED_LIMITS: Final = (
    *_DAYS[:7], "the end of the week", "the end of the month", "end of the week",
    "end of the month", "tomorrow", "tonight", "noon", "midday", "lunchtime", *_DATES,
    *(f"{hour}{half}" for hour in range(1, 13) for half in ("", "am", "pm")),
)  # fmt: skip
WANTED_BY: Final = tuple(
    f"!{wants}{' *' * gap} by {limit}"
    for wants in ("wants", "wanting", "wanted")
    for gap in range(1, 6)
    for limit in _WANTED_LIMITS
)
WANTING: Final = frozenset({"wants", "wanting", "wanted"})  # the first word of ``WANTED_BY``
# Time left counted to a limit ("nine days from now", "four weeks to go", "the test is in nine
# days"): a limit near, like "due Friday", read in a bad part as every topic is, and strong
# where the part tells the work unfinished ("… and I still mix up the dates").
_FEW_LEFT: Final = (
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
    "10",
    "11",
    "12",
)
TIME_LEFT: Final = (
    *(f"{n} {unit} {tail}" for n in _FEW_LEFT for unit in ("days", "weeks")
      for tail in ("to go", "from now")),
    # ... or to the day a thing opens or starts ("the exhibition opens in nine days")
    *(f"{be} in {n} {unit}" for be in ("is", "are", "it's", "opens", "starts", "launches",
                                        "closes")
      for n in _FEW_LEFT for unit in ("days", "weeks")),
    # ... and a day the work must be done before ("twelve bodices to finish before Thursday's
    # dress rehearsal"): "before" also says only when ("saw her before Friday"), so it too
    # names a limit only beside work told unfinished
    *(f"before {day}" for day in (*_DAYS[:7], *(f"{d}'s" for d in _DAYS[:7]), *_DATES)),
)  # fmt: skip
# A date told as looming ("31st of January looming", "Friday looming and nothing written"): a
# time limit near, like "due Friday", read in a bad part as every topic is.
LOOMING: Final = (
    *(f"{when} looming" for when in (*_DAYS, *_DATES)),
    *(f"{date} looming" for month in _MONTHS
      for date in (*(f"{day[4:]} of {month}" for day in _DATES), f"{month} *",
                   f"end of {month}", month)),
)  # fmt: skip
# Worn out by the end of a day or week ("brain's fried by Wednesday", "knackered by Friday"):
# a state the writer reaches, not a time limit on something owed.
_WORN: Final = ("fried", "knackered", "shattered", "exhausted", "wrecked", "frazzled",
                "drained", "spent", "dead on my feet", "done in", "burnt out",
                "burned out")  # fmt: skip
WORN_BY: Final = tuple(f"{state} by {day}" for state in _WORN for day in _DAYS)
# A body part hurt or worn out is a health trouble by itself, however it is said ("my feet are
# in bits", "knees are shot", "back's been playing up", "tore my calf", "put my back out"):
# each part with each state, and each injury done to "my" part. A part alone is only a topic;
# "killing me" after a long day and hands gone numb in the cold are labelled both ways, so
# they still need a strained clause and a part of the "pain" list.
BODY_PARTS: Final = ("back", "knee", "knees", "feet", "foot", "wrist", "wrists", "ankle", "ankles",
                 "hip", "hips", "shoulder", "shoulders", "neck", "calf", "calves", "hamstring",
                 "elbow", "elbows", "hands", "legs", "leg", "arm", "arms", "hand", "fingers",
                 "thumb", "joints", "chest", "stomach", "head", "eyes", "ears", "rib", "ribs",
                 "stump", "knuckles", "fingertips", "toe", "toes", "shin", "shins", "thigh",
                 "thighs", "teeth", "tooth", "jaw", "armpits", "armpit", "heel", "heels",
                 # the part named by its side, read as one ("my lower back is done": the
                 # longer "lower back" is matched before "back is done" could be)
                 "lower back")  # fmt: skip
_HURT_STATES: Final = (
    "in bits", "are in bits", "is in bits", "are shot", "is shot", "are wrecked",
    "is wrecked", "playing up", "been playing up", "in agony", "is throbbing",
    "are throbbing", "seized up", "has seized", "done in", "is done in", "are done in",
    "giving out", "gave out", "gone again", "is going again", "are going again",
    "screaming at me", "are screaming", "is screaming", "screaming", "swollen", "is swollen",
    "are swollen", "are ruined", "is ruined", "acting up", "been acting up", "paining",
    "are paining", "is paining", "swelling", "is swelling", "are swelling", "gone on me",
    # skin worn through, and a part "complaining": "hands are cracked raw", "back is complaining"
    "are cracked", "is cracked", "cracked raw", "red raw", "rubbed raw", "are rubbed raw",
    "are red raw", "is red raw", "are raw", "is raw", "are blistered", "is blistered",
    "are chapped", "is complaining", "are complaining", "been complaining",
    # skin split by a named cause ("Knuckles split from handling coins in the frost", "hands
    # are cracking from all the sanitiser"), and a joint worn out ("Knees are done from
    # skirting boards", "My wrists are done.")
    "split from", "are split from", "cracked from", "are cracked from", "are cracking",
    "raw from", "are raw from",  # "Hands raw from the cold water all day"
    "cracking from", "are done", "is done",
    # ears or a nose stopped up ("My ears have been blocked for days")
    "are blocked", "is blocked", "been blocked", "have been blocked",
    # a part that has declined: "eyes aren't what they were", "knee isn't what it used to be"
    # a part burning with use: "my wrists are on fire", "joints on fire"
    "on fire", "are on fire", "is on fire",
    # a part said to be agony ("Mouse arm is agony", "wrists are agony by Friday")
    "is agony", "are agony", "was agony",
    "aren't what they were", "aren't what they used to be", "isn't what it was",
    "isn't what it used to be", "not what they were", "not what it was",
    # a part throbbing, told bare ("Teeth throb so much after the tightening")
    "throb", "throbs", "throbbing",
)  # fmt: skip
_WORN_DOWN: Final = (("done", " in"), ("doing", " in"), ("wrecking", ""), ("wrecked", ""),
                     ("killing", ""), ("destroying", ""), ("destroyed", ""))  # fmt: skip
_DRY_EYES: Final = ("dry", "are dry", "are so dry", "so dry", "gritty", "are gritty",
                    "are so gritty", "dry and gritty", "are dry and gritty", "feel gritty",
                    "feel like sandpaper")  # fmt: skip
_INJURIES: Final = ("tore", "torn", "pulled", "twisted", "sprained", "strained", "hurt", "cut",
                    "gashed", "sliced", "burnt", "burned", "scalded", "trapped", "crushed",
                    "broke", "broken", "cracked", "jarred", "tweaked", "wrenched",
                    "dislocated", "bust", "busted", "did")  # fmt: skip
# A part of the writer's that will not do its work ("the left side of my face wouldn't move",
# "can't bend my knee", "Can't shut my eye properly"): an illness or a hurt by itself. "Can't
# close my eyes" is left out: it tells a night or a memory that will not let go.
_STILL_PARTS: Final = (*BODY_PARTS, "face", "mouth", "eyelid", "jaw")
_WONT: Final = ("won't", "wouldn't", "will not", "would not", "doesn't", "didn't")
_CANT: Final = ("can't", "cant", "couldn't", "cannot")
_MOVES: Final = ("move", "bend", "straighten", "lift")
_ONE_SHUT: Final = ("eye", "eyelid", "mouth")
_SHUTS: Final = ("shut", "close")
_BARELY: Final = ("can barely", "can hardly", "could barely", "could hardly", "cannae",
                  "can't even", "couldn't even", "can only just")  # fmt: skip
_HANDLES: Final = ("grip", "hold", "lift", "pick up")
# Light things anyone can hold (a tool of the writer's trade among them): failing at one is
# the body failing, where "can't hold my prices" or "can't lift the mood" is no hurt.
_LIGHT_THINGS: Final = (
    "kettle", "pen", "mug", "cup", "fork", "knife", "spoon", "brush", "toothbrush", "drill",
    "chisel", "trowel", "glass", "bottle", "phone", "pan", "saucepan", "hairdryer", "book",
    "plate", "spanner", "screwdriver",
)  # fmt: skip
_PLAIN_ACTS: Final = ("grip properly", "grip anything", "stand up", "stand up straight",
                      "turn my head", "turn my neck", "raise my arm", "raise my arms",
                      "make a fist", "bend down", "bend over", "kneel down")  # fmt: skip
BODY_HURT: Final = (
    *(f"!{part} {state}" for part in BODY_PARTS for state in _HURT_STATES),
    *(f"!{part}'s {state}" for part in BODY_PARTS for state in _HURT_STATES),
    *(f"!{verb} my {part}" for verb in _INJURIES for part in BODY_PARTS),
    "!put my back out", "!did my back in", "!did my knee in",
    # a part worn down by a cause ("the stairs have done my knee in", "these tablets are
    # wrecking my stomach", "the new boots are killing my feet"); the head is left out, as
    # "doing my head in" and "wrecked my head" tell a mood, no hurt
    *(f"!{verb} my {part}{tail}" for verb, tail in _WORN_DOWN for part in BODY_PARTS
      if part != "head"),
    # eyes gone dry or gritty ("Eyes are so dry from the monitor"): the writer's eyes hurting;
    # only burning eyes are as often told of a long day alone, so left to the clause
    *(f"!eyes {state}" for state in _DRY_EYES),
    # a voice giving out ("My voice is going after five hours on the rostrum", "Voice keeps
    # going from shouting over parties"): health for every writer who told it ("lost my voice"
    # is as often told of a hard day at work alone: left out)
    "!voice is going", "!voice's going", "!voice keeps going", "!voice is going again",
    *(f"!{part} {wont} {move}" for part in _STILL_PARTS for wont in _WONT for move in _MOVES),
    *(f"!{cant} {move} my {part}" for part in _STILL_PARTS for cant in _CANT for move in _MOVES),
    *(f"!{eye} {wont} {shut}" for eye in _ONE_SHUT for wont in _WONT for shut in _SHUTS),
    *(f"!{cant} {shut} my {eye}" for eye in _ONE_SHUT for cant in _CANT for shut in _SHUTS),
    # ... and a hand or a body that cannot do a plain task: grip, hold or lift a light thing
    # ("can barely grip a mug", "Couldn't lift the kettle first thing", "can barely hold a pen
    # today", "couldn't grip a plastering trowel"), stand up, turn the head or bend down:
    # health for every writer who told it of themself
    *(f"!{cant} {move} my {part}" for part in _STILL_PARTS for cant in _BARELY
      for move in _MOVES),
    *(f"!{cant} {handle} {det}{' *' * gap} {thing}" for cant in (*_CANT, *_BARELY)
      for handle in _HANDLES for det in ("a", "the", "my") for gap in range(2)
      for thing in _LIGHT_THINGS),
    *(f"!{cant} {act}" for cant in (*_CANT, *_BARELY) for act in _PLAIN_ACTS),
)  # fmt: skip

# Illnesses, injuries and operations named by their medical names ("tonsillitis again",
# "arthritis in my fingers", "fractured ankle", "concussion", "earache", "a tonsillectomy at
# 34"), a limb set in plaster or a cast ("six weeks in plaster", "with this cast") and the
# writer's operation named short ("op date came through, dreading it", "my op"): topics like
# "infection" and "surgery", health in a bad part. Not by themselves: a fracture clinic's time
# or someone else's sprain told plainly is logistics or their news. "The cast" alone is as
# often a play's, "cast on" and "cast off" a knitter's or a boat's, "the op" as often one long
# past ("two years since the op") and "op" alone a photo's; mastitis is most often a cow's.
CONDITIONS_NAMED: Final = (
    "tonsillitis", "arthritis", "bronchitis", "sinusitis", "tendonitis", "tendinitis",
    "appendicitis", "conjunctivitis", "gastritis", "dermatitis", "colitis", "laryngitis",
    "cystitis", "bursitis", "fasciitis", "labyrinthitis", "pneumonia", "pleurisy",
    "fracture", "fractured", "fractures", "sprain", "sprained", "concussion", "concussed",
    "earache", "ear ache", "tonsillectomy", "appendectomy", "hysterectomy", "mastectomy",
    "in plaster", "in a cast", "this cast", "my cast", "op date", "my op", "op's",
    # ... and long-standing conditions by their names, and an operation named by what it
    # mends ("Sciatica's acting up", "tinnitus is getting worse", "carpal tunnel in my right
    # wrist", "after the bunion op"). A bunion alone is as often a customer's ("your bunion")
    # or a foot's shape told with its history, so only its operation is named.
    "sciatica", "tinnitus", "carpal tunnel", "gout", "pcos",
    "endometriosis", "psoriasis", "vitiligo", "hernia", "gallstones", "kidney stones",
    "slipped disc", "haemorrhoids", "hemorrhoids", "varicose veins",
    *(f"{what} {op}" for what in ("bunion", "knee", "hip", "hernia", "shoulder", "back",
                                  "foot", "wrist", "eye", "gallbladder")
      for op in ("op", "operation")),
)  # fmt: skip

# A night counted by its few hours of sleep ("three hours' sleep again", "maybe two hours of
# sleep", "running on two hours' sleep"): every writer who counted one labelled poor sleep.
_FEW: Final = ("an", "one", "two", "three", "four", "five", "1", "2", "3", "4", "5",
               "a couple of", "a few")  # fmt: skip
FEW_HOURS: Final = tuple(
    f"!{few} {hours} {of}{sleep}"
    for few in _FEW
    for hours in (("hour",) if few in ("an", "one", "1") else ("hours",))
    for of in ("", "of ")
    for sleep in ("sleep", "kip")
)  # fmt: skip  # "hours' sleep" and "an hour's sleep" are read with the apostrophe dropped
# A working day told by how long the writer has stood ("on my feet 11 hours", "been on my feet
# since eight", "all day on my feet"): every writer who counted one labelled the work; the hours
# counted are a strain by themselves.
_LONG: Final = ("8", "9", "10", "11", "12", "13", "14", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen")  # fmt: skip
ON_MY_FEET: Final = (
    *(f"!on my feet {for_}{n} hours" for n in _LONG for for_ in ("", "for ")),
    *(f"!{n} hours on my feet" for n in _LONG),  # "Eight hours on my feet in one room"
    "on my feet since", "on my feet all day", "all day on my feet", "on my feet all shift",
)  # fmt: skip
# A stretch worked without a break, counted ("seven nights on the trot", "four weekends in a
# row", "on call ten days straight", "three days running"): the work's strain by itself, as
# every writer who counted one labelled; uncounted ("Nights back to back") it is left alone.
_STRETCH_COUNTS: Final = (
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "twenty", "thirty",
    *(str(n) for n in range(2, 61)),
)  # fmt: skip
STRETCHES_WORKED: Final = tuple(
    f"!{n} {unit} {run}"
    for n in _STRETCH_COUNTS
    for unit in ("days", "nights", "shifts", "weekends", "lates", "earlies", "doubles", "weeks")
    for run in ("straight", "in a row", "on the trot", "running", "back to back")
)  # fmt: skip
# Hours counted to each of many working days ("Back-to-back fourteen-hour days", "twelve-hour
# days till launch"; the hyphen read as a space): the work's strain by itself, as every writer
# who told one labelled; one shift so counted ("Twelve-hour shift up the crane … Home by half
# seven", tried: 1 wrong) is only its length.
HOURS_A_DAY: Final = tuple(
    f"!{n} hour {days}"
    for n in ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "10",
              "11", "12", "13", "14", "15", "16")
    for days in ("days",)
)  # fmt: skip
# A sum too small for what it must pay ("Commission this month barely covers my bus pass",
# "the mileage doesn't cover the petrol", "Insurer won't cover the upgraded processor"): money
# by itself, as every writer who told one labelled; a rise that "won't touch the gas bill" is
# still good news to its writer (tried: 1 wrong), so "touch" is left out.
SUMS_TOO_SMALL: Final = (
    *(f"!{barely} {covers}" for barely in ("barely", "hardly", "only just")
      for covers in ("covers", "covered", "cover")),
    *(f"!{nt} {covers} the" for nt in ("doesn't", "don't", "didn't", "won't", "wouldn't")
      for covers in ("cover", "even cover")),
)  # fmt: skip
# Call-outs counted ("Three call-outs in one day to the same chiller", "Four emergency callouts
# tonight"): the work's strain by itself, as both writers who counted them labelled.
CALL_OUTS_COUNTED: Final = tuple(
    f"!{n} {kind}{outs}"
    for n in _STRETCH_COUNTS
    for kind in ("", "emergency ", "night ")
    for outs in ("call outs", "callouts")
)  # fmt: skip
# A good night's sleep not had for a while, named by any of its words ("haven't had a decent kip
# since Sunday", "not had a proper night's kip", "hadn't had a good sleep in days"): poor sleep,
# as "haven't had a decent night's sleep" already was (read with the possessive dropped).
NO_GOOD_NIGHT: Final = tuple(
    f"!{had} a {good} {sleep}"
    for had in ("haven't had", "havent had", "not had", "hadn't had", "hadnt had")
    for good in ("decent", "proper", "good", "full", "whole")
    for sleep in ("kip", "sleep", "night kip", "night sleep", "night of sleep")
)  # fmt: skip
# Woken through the night by the hour ("I wake every hour to check", "woke up every two hours").
WOKEN_EVERY: Final = tuple(
    f"!{wake} every {span}"
    for wake in ("wake", "wake up", "woke", "woke up", "waking", "waking up", "wakes", "wakes up")
    for span in ("hour", "two hours", "half hour", "couple of hours")
)  # fmt: skip
# Places of work that a lease or rent can be on ("the workshop lease", "lease on the unit").
WORKPLACES: Final = ("workshop", "shop", "office", "studio", "unit", "business", "salon",
                      "premises", "yard", "warehouse", "surgery", "cafe", "restaurant",
                      "stall", "kitchen unit")  # fmt: skip

# A hurt counted by the stitches it took ("Caught my thumb on the bandsaw, four stitches",
# "Took a chunk out of my thumb on the table saw. Four stitches, lucky really"): the writer's
# injury by itself, as every writer who counted them labelled; "in stitches" is laughter,
# "tiny stitches" a seam, and stitches healed are settled by the words after them.
STITCHES_COUNTED: Final = tuple(
    f"!{n} {unit}"
    for n in ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
              "twelve", "fifteen", "twenty", *(str(k) for k in range(2, 31)))
    for unit in ("stitches", "staples")
)  # fmt: skip

# Miles driven counted to a span of time or a vehicle ("Four hundred miles this week, M6 every
# day", "Drove 200 miles this week between practices", "I do 300 miles a week in it", "400
# miles in the van"): the road the writer spends their time on, the commute's strain by itself,
# as every writer who counted them so labelled; miles counted to a route or a place ("Route was
# 112 miles today", "Missed it by 200 miles", "500 miles out") say how far, and a walk counted
# reads pleasant or is left out by its positive part.
MILES_COUNTED: Final = tuple(
    f"!{n} miles {span}"
    for n in (
        *(f"{d}*" for d in "123456789"),
        *(f"{w} hundred" for w in ("a", "one", "two", "three", "four", "five", "six", "seven",
                                   "eight", "nine")),
    )
    for span in ("this week", "a week", "every week", "each week", "a day", "every day",
                 "each day", "in the van", "in the car", "this weekend")
)  # fmt: skip

# Someone the writer works for who calls or writes at a late hour ("My manager rang at 9pm about
# a spreadsheet", "Bride emailed at 11pm asking why she doesn't have her gallery yet", "A parent
# emailed at 11pm"): the work reaching into the writer's night, its strain by itself, as every
# writer who told one labelled; a relative or a friend who rings late is read by the night.
_WORK_CALLERS: Final = (
    "manager",
    "boss",
    "supervisor",
    "client",
    "customer",
    "bride",
    "groom",
    "editor",
    "agent",
    "parent",
    "director",
    "head",
    "foreman",
    "gaffer",
)
_CONTACTED: Final = (
    "rang",
    "called",
    "phoned",
    "texted",
    "emailed",
    "messaged",
    "rings",
    "calls",
    "phones",
    "texts",
    "emails",
    "messages",
)
_LATE_HOURS: Final = (
    "9pm", "10pm", "11pm", "midnight", "12am", "1am", "2am", "3am", "4am",
    *(f"{h} pm" for h in ("9", "10", "11")),
)  # fmt: skip
LATE_CALLS: Final = tuple(
    f"!{who} {verb} {me}at {hour}"
    for who in _WORK_CALLERS
    for verb in _CONTACTED
    for me in ("", "me ")
    for hour in _LATE_HOURS
)  # fmt: skip

# One the writer serves arriving or collecting late, the lateness counted ("Lash client turned
# up 40 minutes late", "owner picked up their spaniel 3 hours late", "Parent's two hours late
# for pickup"): the work's strain by itself, as every writer who told one labelled (three rows,
# three writers). The writer's own lateness ("I was ten minutes late") names no one served.
_SERVED: Final = ("client", "clients", "customer", "customers", "owner", "owners", "parent",
                  "parents", "patient", "patients", "bride", "groom", "pupil", "student",
                  "guest", "guests", "passenger", "learner")  # fmt: skip
_LATENESS: Final = ("* minutes late", "* mins late", "* hours late", "an hour late",
                    "half an hour late")  # fmt: skip
SERVED_LATE: Final = tuple(
    f"!{who} {gap}{late}"
    for who in _SERVED
    for gap in ("", "* ", "* * ", "* * * ", "* * * * ")
    for late in _LATENESS
)

# A caseload or a backlog counted ("Caseload is 280 households", "Caseload's at 34 now", "The
# repairs backlog is 400 jobs", "Editing backlog is 11 galleries deep"): the work piled on the
# writer, its strain by itself, as every writer who counted one labelled (twelve rows, ten
# writers); one shared round or named bare ("her caseload got shared") is only a topic.
_PILES: Final = ("caseload", "caseloads", "backlog")
_PILE_COUNTS: Final = (
    *(f"{d}*" for d in "123456789"),
    "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    *(f"{w} hundred" for w in ("a", "one", "two", "three", "four", "five", "six", "seven",
                               "eight", "nine")),
)  # fmt: skip
PILES_COUNTED: Final = (
    *(
        f"!{pile} {link}{n}"
        for pile in _PILES
        for link in ("is ", "is at ", "is now ", "at ", "of ", "now ")
        for n in _PILE_COUNTS
    ),
    *(
        f"!{pile}'s {link}{n}"
        for pile in _PILES
        for link in ("", "at ", "now ")
        for n in _PILE_COUNTS
    ),
)  # fmt: skip
