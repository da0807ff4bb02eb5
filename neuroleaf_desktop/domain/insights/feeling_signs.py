"""The signs of two feelings read on their own, without the feeling's name: pulling away from
people (low mood) and demands pressing on the person, pulling at them or landing together
(stress).

Kept apart from the feelings' words (``feeling_words``, which folds each sign into its
feeling's pattern) because the people, places and tasks named in a sign are read twice: as the
feeling, and by ``asides`` as a load or a withdrawal rather than an activity asked about. Every
pattern is matched as whole words, case-insensitively.
"""

from __future__ import annotations

import re
from typing import Final

# Pulling away from people, a sign of low mood: "I've stopped answering my friends", "ignoring
# my mates' texts", "avoiding everyone", "pushing people away". The people named in it are the
# sign, not an activity asked about (``topics``).
WITHDRAWAL: Final = (
    r"(?:stopped|avoid\w*|ignor\w*|dodg\w*|ghost\w*)"
    r" (?:answering |replying to |texting |calling |ringing |seeing |messaging )?(?:my |the )?"
    r"(?:friends?|mates|pals|family|mum|mom|dad|parents|sister|brother|everyone|everybody"
    r"|anyone|people)(?:'s?(?: (?:texts|messages|calls))?)?"
    # gone quiet: "I've gone quiet on everyone", "haven't replied to my sister in weeks"
    r"|(?:gone|going|went|go) (?:quiet|silent|awol|off the radar)(?: on (?:my |the )?\w+)?"
    r"|(?:haven'?t|have not|not) (?:replied|answered|texted|called|rung|messaged|spoken|seen)"
    r" (?:to )?(?:my |the |any )?(?:friends?|mates|pals|family|mum|mom|dad|parents|sister"
    r"|brother|anyone|anybody|people) (?:in|for) (?:weeks|days|months|ages|a while)"
    r"|(?:push\w*|shut\w*) (?:people|everyone|everybody|friends|my friends) (?:away|out)"
    # shut in from the world at the door: "not answering the door", "can't face opening my post"
    r"|(?:not|stopped|avoid\w*|can'?t face|couldn'?t face) (?:answering|opening) (?:the |my )?"
    r"(?:front )?(?:door|post|mail|letters|phone)"
    # ... or shut in from the day itself, told by what has not been done for a stretch: "haven't
    # opened the curtains in three days", "not been out of the flat for a week", "haven't got
    # dressed in days" (a stretch named: "haven't opened the curtains yet" is only a morning)
    r"|(?:haven'?t|hasn'?t|hadn'?t|have not|has not|had not|not|never) (?:even |properly |once )?"
    r"(?:opened|drawn|pulled back|left|been out of|been outside|got out of|gotten out of"
    r"|stepped out of|set foot out of|got dressed|washed|showered|had a shower|brushed my hair)"
    r"(?: (?:the|my|our) (?:curtains|blinds|house|flat|room|bedroom|bed|front door))?"
    r" (?:in|for) (?:(?:over |nearly |almost |about )?(?:a|\d+|two|three|four|five|six|several"
    r"|a few|a couple of) )?(?:days?|weeks?|ages|a while)\b"
)
WITHDRAWAL_RX: Final = re.compile(rf"\b(?:{WITHDRAWAL})\b", re.I)
# What presses on the person, a sign of stress: "the office and the family all pulling at me",
# "work and the kids both tugging at me", "everyone on at me". The people or places named in it
# (up to six words before) are the load, not an activity asked about (``topics``).
DEMANDS: Final = (
    r"(?:all |both |always |constantly |everyone |everybody )?(?:pulling|tugging|clawing"
    r"|grabbing|picking) (?:at|on) me|(?:all |both |always |constantly )?on at me"
)
# (the load is what stands before it in its own clause: not "does the family help *when* …")
DEMAND_RX: Final = re.compile(
    rf"(?:\b(?!(?:help\w*|when|whenever|if|while|does|do|did|what|but|because)\b)[\w'-]+ ){{1,6}}"
    rf"(?:{DEMANDS})\b",
    re.I,
)

# ... or what the person is pulled between, told after it: "have me pulled between the shop,
# the kids and Mum's appointments" (the people and places named are the load, to the clause's
# end).
PULLED_BETWEEN_RX: Final = re.compile(
    r"\b(?:pulled|tugged|stretched) between\b[^,;:.?!]*(?:,[^,;:.?!]*)*", re.I
)

# Demands landing together, a sign of stress: "it's all arriving on the same Tuesday", "all at
# once", "everything is pressing on everything", "it all lands on me". Whatever is listed before
# it in its own sentence is the load, not an activity asked about (``PILED_ON_RX``).
PILE_UP: Final = (
    # (or on one day of its own: "the school run, the tax form and my dad's physio all on one
    # morning")
    r"(?:all|everything|both)(?: [\w']+){0,3} (?:at once|all together|(?:at|in|on)"
    r" (?:the same|the one|one|a single)"
    r" (?:time|day|week|month|fortnight|morning|afternoon|evening|weekend|spring|summer|autumn"
    r"|winter|year|term|season|(?:mon|tues|wednes|thurs|fri|satur|sun)day))"
    r"|(?:everything|it all|all of it|the lot)(?:'s| is| was| keeps| just)? (?:press|pil|land|crash"
    r"|bear|weigh|push|pour|rain|dump)\w* (?:in )?(?:on|onto|upon|down on) (?:everything|each other"
    r"|me|top of (?:each other|me))"
    # ... or three things listed, then said to come together, with no "all" needed: "the vet,
    # the dentist and the tax letter on the same day", "a wedding, a work trip and the move
    # all land in March", "the boss, the MOT and Mum's appointments all this week"
    r"|[\w'-]+(?: [\w'-]+){0,4}, [\w'-]+(?: [\w'-]+){0,4},? and [\w'-]+(?: [\w'-]+){0,5}?"
    r",? (?:(?:all )?(?:at|in|on) (?:the same|the one|one|a single) (?:day|week|month|fortnight"
    r"|morning|afternoon|weekend)|all (?:this|that|in one|in the one|in a single|in the same)"
    r" (?:day|week|month|fortnight|morning|weekend)"
    r"|(?:all )?(?:land|landing|lands|hit|hits|hitting|fall|falls|falling|arriv\w+|com(?:e|es|ing)"
    r" (?:at once|together)))"
    # ... or two demands said to clash, neither of them the person: "when the tax return and the
    # audit clashed", "the move and my exams collided", "nights and the school run overlapping"
    # (a quarrel is not: "when my partner and I clashed")
    r"|[\w'-]+(?: [\w'-]+){0,3} (?:and|&) (?!(?:i|me|we|us|he|she|they|him|her|them|you)\b)"
    r"[\w'-]+(?: [\w'-]+){0,3} (?:all |both |just |kept |keep |have |had )?(?:clash|collid|coincid"
    r"|overlapp?)\w*"
    # ... or two demands held up at once, juggled or balanced: "juggling a poorly parent and a
    # new manager", "balancing night shifts with the kids", "keeping all the plates spinning"
    # (juggling balls, clubs or with the kids in the garden is the pastime)
    r"|(?:juggl|balanc)(?:e|es|ed|ing) (?!(?:balls?|clubs?|skittles|rings|scarves|torches|batons"
    r"|knives|oranges|beanbags|on|with|in|at|for|act)\b)[\w'-]+(?: [\w'-]+){0,4},? (?:and|&|with"
    r"|alongside|plus|on top of) [\w'-]+"
    r"|(?:spinning|keep\w* (?:all )?(?:the|those|my) )(?:all )?(?:the |those |so many |too many )?"
    r"plates(?: spinning)?"
)
# A thing the household runs on giving out, a load of its own: "the month the boiler died",
# "the car failed its MOT", "the washing machine packed up", "when the pipes burst" (a phone or
# laptop dying is as often a question about the journal on it; a person dying is a loss).
MISHAP: Final = (
    r"(?:boiler|car|van|washing machine|washer|fridge|freezer|oven|cooker|dishwasher|roof"
    r"|pipes?|heating|tumble ?dryer|engine|gearbox|clutch|cambelt|shower|toilet|loo"
    r"|hot water|central heating|septic tank|drains?)(?:'s| has| had| have| just| then)?"
    r" (?:just |finally |completely |totally |also )?(?:died|dying|dies|broke(?! up\b)|broken"
    r"|breaks (?:down|again)|packed (?:up|in)|pack(?:s|ing)? up|gave (?:up|out)|conked out"
    r"|blew up|failed|fails|burst|bursting|leak(?:ed|ing|s)|flooded|caught fire|(?:was|got)"
    r" (?:stolen|nicked|written off|towed|clamped|broken into)|went kaput|(?:is|was) kaput"
    r"|(?:kept|keeps|keep) (?:on )?(?:breaking|failing|leaking|packing up|conking out|cutting out))"
    r"|fail(?:ed|s|ing)? (?:its|it's|the|my) (?:mot|inspection|service)"
)
# Paperwork or messages waiting on the person, a load of its own: "a tax return due", "the
# accounts due Friday", "sixty unread messages", "200 texts to answer".
LOAD_DUE: Final = (
    r"(?:tax (?:return|form)s?|self-assessment|paperwork|accounts|invoices?|forms?|bills?"
    r"|coursework|dissertation|thesis|marking|reports?|essays?|assignments?)(?: is| are|'s)?"
    r" (?:all |still |now |over)?due\b(?! to\b)"
    r"|(?:\d+\+?|a dozen|dozens of|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    r"|a hundred|hundreds of|loads of|a pile of|a mountain of) (?:unread|unanswered|new)"
    r" (?:emails|e-mails|messages|texts|voicemails|notifications|letters)"
    # ... or counted: "three things due", "four jobs due by Friday", "a few pieces of work due"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+) (?:things|jobs|tasks"
    r"|pieces of work|projects|reports|bids|orders) (?:all |still |now )?due\b(?! to\b)"
    # ... or someone ill at home to look after beside it all: "with a sick toddler at home", "the
    # baby poorly and off nursery"
    r"|(?:a |the |my |our )?(?:sick|poorly|ill|unwell|feverish|teething) (?:toddler|baby|child"
    r"|kids?|children|son|daughter|little one|partner|husband|wife|mum|dad|mother|father)"
    r" (?:at home|off (?:school|nursery|work)|home from (?:school|nursery))"
)
# A statement listing what presses, up to the pile-up that ends it ("Work, the kids' forms, my
# mum's appointments, it's all arriving on the same Tuesday"); not a clause that asks or
# weighs ("does seeing my mum help when it all lands at once").
PILED_ON_RX: Final = re.compile(
    r"(?:^|(?<=[.!?;]))(?:(?!\b(?:help\w*|when|whenever|if|does|do|did|what|how|why|which)\b)"
    rf"[^.!?;])*?\b(?:{PILE_UP})\b",
    re.I,
)

# One load stacked on the rest of the person's life, a sign of stress: "looking after Dad since
# his op *plus the day job*", "the wedding planning *on top of everything*", "a funding bid *on
# top of my day job*", "night classes *alongside a full-time job*" (not the person on top of
# things: "I'm on top of everything at work now").
STACKED: Final = (
    r"(?<!i'm )(?<!im )(?<!i am )(?<!am )(?<!be )(?<!stay )(?<!keep )(?<!staying )"
    r"(?<!keeping )(?<!been )(?<!get )(?<!getting )(?<!got )(?<!was )(?<!feel )"
    r"(?:plus|on top of|as well as|alongside|atop) (?:the |my |a |an |your )?(?:day job"
    r"|(?:full|part)[- ]time (?:job|work)|job|everything(?: else)?|all (?:that|this|the rest"
    r"|else)|it all|the rest of (?:it|life|my life))\b"
)
# Sanity kept through a load, a sign of stress: "what kept me sane", "how do you stay sane".
SANE: Final = (
    r"(?:kept|keeps?|keeping) (?:me|us|myself|you|her|him|them) sane"
    r"|(?:stay|stays|stayed|staying) sane|(?:my|your|her|his|our) sanity"
)
# ... and whatever is told before it in its own clause is that load, not an activity asked
# about (``asides``): "looking after *dad*" in "looking after dad since his op plus the day job".
STACKED_RX: Final = re.compile(rf"(?:^|(?<=[,;:.!?]))[^,;:.!?]*?\b{STACKED}", re.I)
# Every sign of a load above, as the stress vocabulary reads them.
LOAD_SIGNS: Final = "|".join((PILE_UP, LOAD_DUE, MISHAP, STACKED, SANE))


# What the person is buried under, told after the state, to the clause's end: "snowed under
# with the house move and my finals", "swamped with the shop's stocktake", "up to my neck in
# wedding plans". The people, tasks and events named in it are the load, not an activity asked
# about (a doing weighed outside it still is: "does yoga help when I'm swamped with work"; and
# buried in a thing is as often absorbed in it: "evenings buried in a novel", so only the
# person's own state counts).
LOADED_WITH_RX: Final = re.compile(
    r"\b(?:snowed under|swamped|inundated|overloaded|bogged down|drowning|up to my"
    r" (?:neck|ears|eyes|eyeballs)|(?:so |really |totally )?overwhelmed"
    # buried as the person's own state, said first or of "I" ("buried in marking, …", "I've
    # been buried under paperwork"), never of a stretch of time ("evenings buried in a novel")
    r"|(?:^\s*|\b(?:i'm|im|i am|been|am|was|feel|feeling|so|totally|completely|utterly|just) )"
    r"buried)"
    # (a dash between spaces ends the clause as a comma does: "swamped with revision - does
    # a walk help")
    r" (?:with|in|under|by)\b(?:(?!\s[-\u2013\u2014]\s)[^,;:.?!])*",
    re.I,
)


# What the person worries or frets about, up to the verb of its effect: "does worrying about
# *my son's exams* cut into my sleep", "fretting over the kids' homework keeps me up". The worry is
# the condition the question weighs, not a doing of the person's
# (``asides``), nor a doing weighed at length (``extract``).
WORRIED_OVER_RX: Final = re.compile(
    r"\b(?:worr(?:y|ies|ied|ying)|fret\w*|stress(?:ing|ed)?(?: out)?|anxious|nervous|dread\w*"
    r"|panick?\w*) (?:about|over) [^,;:.?!]*?(?=\s+(?:cut|cuts|keeps?|kept|wreck\w*|ruin\w*"
    r"|affect\w*|mess\w*|makes?|made|stops?|wakes?|disturb\w*|eats?|spoil\w*|interfer\w*"
    r"|get\w*|gets?)\b|\s*[,;:.?!]|\s*$)",
    re.I,
)


# A quarrel with someone, and who with (up to three words): "after *a row with my sister*", "an
# argument with the in-laws", "falling out with my mates", "every time I fight with my dad". The
# people named in it are the other side of the quarrel, not time spent with them (``asides``).
QUARREL_RX: Final = re.compile(
    r"\b(?:rows?|argu(?:e|es|ed|ing|ments?)|fight(?:s|ing)?|fought|falling[- ]outs?|fall(?:s|en)?"
    r" out|fell out|bust-ups?|spats?|barneys?|clash(?:es|ed|ing)?|set-tos?|blow-?ups?"
    r"|shouting match(?:es)?|(?:a |some )?words) with (?:my |the |our |his |her |their |a |an )?"
    r"[\w'-]+(?: [\w'-]+){0,2}",
    re.I,
)
# The quarrel itself named as what was done, with or without whom: "after *a day of arguing*",
# "all *the bickering* at home", "*squabbling* over the washing-up", "*a slanging match*". A row
# is what befell the person, never a pastime weighed (rowing a boat is the sport: only "rows").
QUARREL_WORD_RX: Final = re.compile(
    r"\b(?:argu(?:e|es|ed|ing|ments?)|bicker\w*|squabbl\w*|rows|fighting|fights|falling[- ]outs?"
    r"|bust-ups?|spats?|barneys?|(?:shouting|slanging|screaming) match(?:es)?|domestics)\b",
    re.I,
)
