"""Idioms and other senses that hold a stressor word without being about it: the shadows.

Why a module of its own: the stressor lexicon (``stress_keywords``) names what a person can be
stressed about; this list grows with every writer ("sick of", "a nightmare", "worked out",
"good job", "loan shark") and, as longer matches in the same pattern lexicon, hides the
shorter keyword inside each phrase, so the keyword names no stressor there. Kept apart so the
lexicon of stressors stays a list of topics and each module stays small.
"""

from __future__ import annotations

from typing import Final

from neuroleaf_desktop.domain.analysis.lexicon import GUT_DROPS
from neuroleaf_desktop.domain.analysis.phrase_forms import DEBTS_OF_THANKS, FRIGHT_ATTACKS

# Feeling sick with a degree between ("feel a bit sick"): see ``SHADOWS``.
_FEEL_SICK: Final = tuple(
    f"{feel} {degree} sick"
    for feel in ("feel", "feels", "felt", "feeling")
    for degree in ("a bit", "a little", "really", "so", "quite", "slightly", "physically",
                   "properly", "genuinely")
) + tuple(
    # the same feeling told the other way round: "still remember how sick I felt"
    f"sick {who} {feel}" for who in ("i", "we") for feel in ("feel", "felt", "was feeling")
)  # fmt: skip
# A fight staged or fought as a sport is no quarrel: "gave my fight scene to his mate", "fight
# night at the club", "the fight choreographer" (the kind of scene, night or job it names).
_STAGED_FIGHTS: Final = tuple(
    f"{fight} {kind}"
    for fight in ("fight", "fights")
    for kind in ("scene", "scenes", "sequence", "sequences", "choreography", "choreographer",
                 "director", "coordinator", "co-ordinator", "night", "card", "club", "camp",
                 "training", "class", "classes", "rehearsal", "rehearsals")
)  # fmt: skip

# Love or longing told by an ache ("I miss running so much it aches", "love her so much it
# hurts"): a strength of feeling, no pain.
_SO_MUCH_IT_HURTS: Final = tuple(
    f"so much it {hurts}" for hurts in ("aches", "ached", "hurts", "hurt")
)

# A cost the writer says was worth it is paid and settled ("worth every argument", "worth every
# penny"): the word after "worth every" names what it took, no strain going on.
_WORTH_EVERY: Final = tuple(
    f"worth every {cost}"
    for cost in ("argument", "row", "fight", "penny", "pound", "cost", "bill", "late night",
                 "early start", "sleepless night", "ache", "blister")
)  # fmt: skip
# A public body that cannot afford a thing ("the parish can't afford it", "the council couldn't
# afford the repairs"): its purse, not the writer's money (a business may be the writer's own,
# so it is not among them).
_BODIES_SHORT: Final = tuple(
    f"{body} {cannot} afford"
    for body in ("parish", "church", "council", "school", "club", "charity", "trust",
                 "hospital", "nhs", "library", "government", "pta", "committee")
    for cannot in ("can't", "cannot", "couldn't", "can not")
)  # fmt: skip
# Words of the other senses a stressor word has: advice given ("a voice note of tips", "some
# tips on sanding"), a case put in writing ("my argument was original", "the main argument"),
# a gun, a bell or an email let off ("the whole thing fired out", "fired off a reply") and a
# thing that works ("the stent's doing its job"): no money, quarrel, sacking or job of the
# writer's in them.
_OTHER_SENSES: Final = (
    "of tips",
    "some tips",
    "few tips",
    "top tips",
    "useful tips",
    "helpful tips",
    "good tips",
    "tips on how",
    "tips and tricks",
    "gave me tips",
    "tips from",
    "my argument was",
    "my argument is",
    "main argument",
    "central argument",
    "core argument",
    "good argument",
    "strong argument",
    "weak argument",
    "fair argument",
    "valid argument",
    "counter argument",
    "counterargument",
    "argument in my essay",
    "argument of my essay",
    "argument of the essay",
    "essay's argument",
    "fired out",
    "fired off",
    "fired a shot",
    "fired a warning",
    "fired the kiln",
    "doing its job",
    "does its job",
    "did its job",
    "done its job",
    "do its job",
)

# A kind of job someone says the writer should get ("Husband thinks I should get a part-time
# job now"): see ``SHADOWS``. The writer's own part-time job ("my part-time job") is no match.
_JOBS_URGED: Final = tuple(
    f"{should} {get} {a} {kind}job"
    for should in ("should", "to", "i'd", "ought to")
    for get in ("get", "find", "go for", "take", "look for", "apply for")
    for a in ("a", "an", "the")
    for kind in ("", "part-time ", "part time ", "full-time ", "full time ", "normal ",
                 "office ", "nine to five ", "9 to 5 ", "second ", "weekend ", "steady ",
                 "sensible ", "safe ", "desk ", "local ", "different ", "new ", "better ")
)  # fmt: skip

# A "family" that is a kind of thing, named by its kind: a patent's filings in every country,
# a typeface's weights, a plant's or a gene's relatives, a maker's range of models.
_FAMILIES_OF_THINGS: Final = tuple(
    f"{kind} {family}"
    for kind in ("patent", "font", "typeface", "type", "product", "language", "word", "plant",
                 "gene", "protein", "drug", "virus", "nightshade", "rose", "daisy", "orchid",
                 "cabbage", "chip", "engine", "model")
    for family in ("family", "families", "family's")
)  # fmt: skip

# A partner named by what the two do together ("my climbing partner", "sparring partner", "my
# tag partner") is one the writer trains, plays, studies or performs with, not the one they
# share a life with; a row with them is still a row.
_PARTNERS_IN_A_PASTIME: Final = tuple(
    f"{pastime} {partner}"
    for pastime in ("project", "business", "lab", "study", "revision", "tennis", "doubles",
                    "squash", "badminton", "golf", "chess", "bridge", "quiz", "darts", "pool",
                    "snooker", "card", "training", "gym", "workout", "lifting", "sparring",
                    "boxing", "climbing", "running", "cycling", "walking", "hiking", "rowing",
                    "riding", "skating", "swimming", "diving", "dive", "sailing", "dance",
                    "dancing", "salsa", "tango", "ballroom", "tag", "tag-team", "duet",
                    "debate", "debating", "writing", "coding", "patrol", "relay")
    for partner in ("partner", "partners", "partner's")
)  # fmt: skip

# Idioms that contain a stressor word but are not about that stressor.
SHADOWS: Final[tuple[str, ...]] = (
    "sick of", "sick and tired", "worried sick", "sick with worry", "sick with anxiety",
    "sick with nerves", "sick with fear", "to report", "nothing to report", "flu jab",
    "sick to my stomach", "sick to the stomach",
    # covering as telling or guarding, not work covered: "covering both sides of the story",
    # "covering both bases"
    "covering both sides", "covering two sides", "covering both bases", "covering two bases",
    # a rate that is no pay: "at this rate", "heart rate", "success rate", "first rate"
    "at this rate", "at that rate", "at any rate", "heart rate", "success rate", "first rate",
    "pass rate", "birth rate", "crime rate",
    # a pace the work sets, no pay: "Pick rate target's gone up", "under rate"
    "pick rate", "pick rates", "under rate",
    # dreaming as wishing: "dreaming of a week off", "always dreamt of my own shop"
    "dreaming of", "dreamt of", "dreamed of",
    # dreaming already of a thing to come is the mind on it by day, no night's sleep: "only
    # March and I'm already dreaming about the summer rush"
    "already dreaming", "already dreamt", "already dreamed",
    "flu shot", "flu vaccine", "felt sick", "feel sick", "feeling sick", "sick day",
    "to sleep", "stuck to my budget", "in my stomach", "stomach dropped", "pain in the neck",
    "pain in the arse", "pain in the ass", "home from work", "ill at ease", "homesick", "lovesick",
    # coming in or back from work says when ("The silence when I get in from work"), as
    # "home from work" does
    "in from work", "back from work",
    # ... and so does a time before it ("plucking in the car mirror before work", "rang the vet
    # before my shift"): what is done then is the trouble, if any, not the job
    "before work", "before my shift", "before the shift", "before a shift", "before my shifts",
    # a voice raised in song or in a room is no quarrel ("raised my voice in the choir")
    "raised my voice in", "raising my voice in",
    "a nightmare",
    # an insurer's demand is a requirement, no cost told ("Insurance want a new alarm fitted
    # before renewal", "Insurance wants a full medical again"); "won't cover" stays money
    "insurance want", "insurance wants", "insurance need", "insurance needs", "insurer wants",
    "insurers want", "insurer want",
    # a name someone is called, no money of the writer's ("Got called a loan shark"); friends
    # still to be made are none had ("hard making friends when you leave every town")
    "loan shark", "loan sharks", "making friends", "make friends", "make new friends",
    "making new friends", "make any friends",
    # a break from someone is the someone ("no break from the kids"); a debt of manners is no
    # money ("owes me an apology")
    "no break from", "owes me an", "owes me one", "owes us an", "owe me an", "owe me one",
    "owes me a favour", "owe me a favour",
    "work out", "worked out", "working out", "works out", "workout", "good job",
    "great job", "nice job", "well done", "the job done", "bank holiday", "mate rates",
    # a friend's discount, however spelt ("wants mates rates for his whole house"): the price
    # asked, no friend of the writer's
    "mates rates", "mate's rates", "mates' rates",
    # the family an au pair lives with is the work's household, not the writer's kin ("The
    # host mum changed my hours again", "Host mum keeps leaving me notes")
    "host mum", "host mom", "host mother", "host dad", "host father", "host parents",
    "host family", "host families",
    "a bit of a nightmare", "commute podcast", "on the mend", "fired up",
    # the job as the setting of another trouble: "… which is terrifying in this line of work"
    "in this line of work", "in my line of work", "in our line of work", "in that line of work",
    "in his line of work", "in her line of work",
    # a meeting someone asks for says nothing of the writer's job: "the bank wants a meeting"
    # is money (the asker's own word keeps its category: "my manager wants a meeting")
    "wants a meeting", "want a meeting", "wanted a meeting", "mortgage meeting",
    # wars reported on, not a quarrel of the writer's: "six years covering conflicts"
    "covering conflict*", "covered conflict*", "cover conflict*", "conflict zone*",
    "armed conflict*",
    "money can't buy", "money cannot buy", "meeting up", "meeting his", "meeting her", "meeting my",
    "meeting their", "meeting new",
    "meeting someone", "meeting people", "meeting friends", "meeting a friend",
    "argued my case", "argue my case", "arguing my case", "made up after the fight",
    "made up after the row", "made up after the argument",
    "no money worries", "stroke of luck", "shift in", "shifted", "bank on", "cash in",
    "sleep in", "slept in", "never sleep in",
    # paying attention or a plan paying off is no money
    "pay attention", "paying attention", "paid attention", "pay off", "pays off",
    "paid off", "paying off", "pay it forward", "pay a visit", "paid a visit", "pay tribute",
    # the other senses of work words: a sports team, a news report, a hobby project, an
    # interview watched on TV
    "football team", "rugby team", "cricket team", "netball team", "hockey team",
    "sports team", "quiz team", "news report", "weather report", "traffic report",
    "school report", "report card", "book report", "garden project", "art project",
    "craft project", "diy project", "pet project", "watched an interview",
    "watched the interview", "listened to an interview", "read an interview", "tv interview",
    "radio interview", "interview on the radio", "interview on tv", "interview with the actor",
    # a GP's practice is a place; colleagues off sick are their trouble
    "to the surgery", "at the surgery", "gp surgery", "doctor surgery", "people off sick",
    "staff off sick", "colleagues off sick", "others off sick", "is off sick", "are off sick",
    "were off sick",
    # someone else's work trip; a sinking feeling; sleep that is fine
    "away for work", "away with work", "away on work", "stomach drop*", "stomach sank",
    "stomach turned", *GUT_DROPS, "on my back", "no sleep worr*", "no sleep problems",
    "no sleep issues",
    "someone called in sick", "somebody called in sick", "people calling in sick",
    # leaving work for something else, the office kitchen, sleep between shifts
    "leave work", "left work", "leaving work", "office fridge", "office kitchen",
    "between shifts", "away from family", "away from my family", "without my family",
    # the time between two jobs, calls or clients says when, as "between shifts" does ("ate in
    # the van between jobs", "the fares between jobs"): what fills it is the strain, if any
    "between jobs", "between clients", "between calls", "between sites", "between sits",
    "between bookings",
    # a margin that is no money: a page's, an error's, a win's ("in the margin", "margin of
    # error", "by a narrow margin")
    "in the margin", "in the margins", "margin of error", "by a margin", "by a narrow margin",
    "by a wide margin", "by a huge margin", "by some margin",
    # teeth in an idiom or in grit, no toothache ("lying through my teeth", "fed up to the back
    # teeth", "by the skin of my teeth", "sawdust in my teeth", "teeth chattering"); a pain
    # named beside them keeps its own word
    "through my teeth", "through gritted teeth", "gritted teeth", "to the back teeth",
    "skin of my teeth", "skin of our teeth", "kick in the teeth", "pulling teeth",
    "pull my own teeth", "armed to the teeth", "cut my teeth", "teeth into", "in my teeth",
    "teeth chattering", "teeth were chattering", "teeth are chattering", "teeth still chattering",
    # calling in sick is taking leave (the illness, if any, is named elsewhere); a missed
    # appointment is a mishap, not a health worry
    "called in sick to work", "call in sick to work", "called in sick", "call in sick",
    # ... and so is the leave itself told as leave ("Off sick and the statutory pay won't cover
    # the rent", "Off work till the 3rd, sick note's in", "on sick leave"): an illness named
    # beside it ("off sick with flu") and what the leave costs keep their own words
    "off sick", "sick note", "sick notes", "sick leave", "sick pay", "off work till",
    "off work until", "off work til",
    "calling in sick", "missed my appointment", "missed the appointment",
    "miss my appointment",
    # other offices and teams than the writer's work; money spent gladly
    "post office", "box office", "ticket office", "sorting office", "register office",
    "my team lost", "my team won", "our team lost", "our team won", "team lost the",
    "team won the", "money well spent",
    # arguing with oneself is deciding
    "argued with myself", "arguing with myself", "argue with myself",
    # a teacher's pupils are not the writer's family
    "kid in my class", "kids in my class", "child in my class", "children in my class",
    *_PARTNERS_IN_A_PASTIME,
    # other senses again: a food bank is a charity; "twenty minutes' work" is labour someone
    # charged for; an interview for asylum or a visa is not a job interview
    "food bank", "food banks", "foodbank", "minutes work", "hours work", "hour's work",
    "days work", "day's work", "asylum interview", "visa interview", "home office interview",
    "immigration interview", "citizenship interview", "police interview",
    # leave taken is not work trouble, as calling in sick is not ("took the day off work to
    # look after my son": the son's illness still counts)
    "day off work", "days off work", "time off work", "week off work", "weeks off work",
    # a family word naming a kind of thing or event, not a person ("baby monitor")
    "baby monitor", "baby group", "baby shower", "baby clothes", "baby food", "baby seat",
    "baby class", "baby wipes", "parents evening", "kids club", "family room", "family size",
    # the family as a subject of study ("the family history society", "my family tree")
    "family history", "family histories", "family tree", "family trees", "family historian*",
    # ... and a family of things, a kind ("one patent family", "the nightshade family"): no kin
    *_FAMILIES_OF_THINGS,
    # a room named for its use is a place in the building ("in a freezing meeting room"): what
    # happens there is the trouble, if any, as "before work" says when
    "meeting room", "meeting rooms", "meeting-room",
    # a household deal is no employment ("costs more than my phone contract"); lines painted
    # on a pitch or a road are no teacher's marking ("the line-marking paint")
    "phone contract*", "mobile contract*", "broadband contract*", "gym contract*",
    "energy contract*", "line marking*", "road marking*",
    # ... and one taken "on contract" ("can't get a phone on contract", "two phones on
    # contract"): the deal the writer pays, no work of theirs
    *(f"{thing} on contract"
      for thing in ("phone", "phones", "mobile", "mobiles", "handset", "handsets",
                    "broadband", "iphone", "iphones", "tablet", "laptop", "sim")),
    # government departments named after a place or an office, not the writer's home or work
    # ("the Home Office still hasn't decided"); hair or teeth falling out is no quarrel
    "home office", "foreign office", "met office", "cabinet office", "passport office",
    "hair falling out", "hair is falling out", "teeth falling out", "hair fell out",
    # losing sleep over something is worrying about it, not a sleep problem; a game's boss
    "losing sleep over", "lose sleep over", "lost sleep over", "last boss", "final boss",
    "boss fight", "boss battle", "boss level", *_STAGED_FIGHTS, "stomach in knots",
    "stomach's in knots",
    "stomach was in knots", "stomach's been in knots", "stomach is in knots",
    "stomach been in knots",
    # the same knot with a word or two between ("stomach's already in knots", "my stomach is
    # still in knots", "stomach has been tied in knots"): nerves, no stomach trouble
    "stomach * in knots", "stomach * * in knots", "stomach * * * in knots",
    # a business next door is a place, not the writer's neighbours ("the café next door shut")
    "café next door", "cafe next door", "shop next door", "pub next door", "farm next door",
    "restaurant next door", "salon next door", "bakery next door", "office next door",
    # fear told as sickness is no illness ("scared sick about raising it")
    "scared sick", "sick with dread",
    # sick about a thing is upset over it ("Hawk took two of my young birds. Sick about it",
    # "feeling sick about the money"): no writer labelled an illness in one
    "sick about",
    # worn out by a day is a state reached, not a thing due ("brain's fried by Wednesday")
    # feeling sick with any degree is dread or disgust, as "feel sick" is ("still feel a bit
    # sick remembering it", "it feels sick doing this job"), not an illness
    *_FEEL_SICK, "feels sick",
    # a job someone else wants the writer to have ("when I'm going to get a proper job", "back
    # to a real job") is their nag, not the writer's work strain; a price worth paying is no cost
    "proper job", "real job", "proper jobs", "real jobs", "small price", "small price to pay",
    "get paid work", "get a paid job", "paid work", "paid job", "paid employment",
    # ... named by its kind after someone's "should" ("thinks I should get a part-time job",
    # "says I should go for the office job"): the nag, as a proper job is
    *_JOBS_URGED,
    # a debt of thanks is gratitude, no money (``phrase_forms.DEBTS_OF_THANKS``)
    *DEBTS_OF_THANKS, *_SO_MUCH_IT_HURTS,
    "price to pay",
    "price worth paying",
    # "memory" as a thing or a phrase, not a failing memory ("memory card corrupted", "from
    # memory", "in memory of")
    "memory card*", "memory stick*", "memory foam", "memory lane", "memory items",
    "from memory", "in memory of",
    # a road's edge, not a body part ("broke down on the hard shoulder"); the office that pays
    # benefits, not the writer's job ("job centre letter", "the unemployment office")
    "hard shoulder", "job centre", "jobcentre", "job centre plus", "unemployment office",
    *_WORTH_EVERY, *_OTHER_SENSES, *_BODIES_SHORT,
    # a friend named as one of the writer's many is someone whose news is told ("Mate of mine
    # lost his licence", "a friend of mine was laid off"): their trouble, no strain with them
    "mate of mine", "mates of mine", "friend of mine", "friends of mine", "pal of mine",
    "pals of mine",
    # a fright told as a heart attack nearly had or given ("nearly had a heart attack when the
    # alarm went"): the writer's fright, read as anxiety, no illness (``phrase_forms``)
    *FRIGHT_ATTACKS,
)  # fmt: skip
