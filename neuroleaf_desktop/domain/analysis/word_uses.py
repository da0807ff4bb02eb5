"""Stressor words in uses that name something else: a vehicle as a place, a ward, a kind.

Why a module of its own: each rule here was chosen by a word's record across every writer's
labelled set, not by one batch. A topic word ("bus", "chemo", "family", "lease", "next
door") was counted as a stressor wherever its part of the text read negative; most writers
labelled those uses as no trouble of that kind, because the word only placed or classed
something else:

* a vehicle or the school run named with no trouble of the journey in the same part ("bag
  leaked on the bus", "in front of a bus", "did the school run"): the vehicle is where
  something else happened. A journey is a commute strain when it is late, cancelled, stuck,
  packed, missed or timed ("the bus was cancelled", "bus took 90 minutes"), its driver or
  seats are the trouble, or it is counted ("three buses out to the clinic"); a footing
  missed ("missed the kerb getting off the bus") or "broke into a sweat" is no such trouble.
  (The first writers also labelled a trouble that struck on the way, "a panic attack on the
  tube", as the commute; every later writer labelled only the trouble itself.)
* a delay of pay ("salary has delayed again") is money late, not a journey; a delay with no
  journey named in its sentence ("supplier delay means the sofa arrives late", "fed up about the
  delay", "helicopter delayed by weather") is some other hold-up: most writers labelled no
  commute there, while every delay told of a train, bus, flight or road they labelled one;
* an illness or a clinic word right before a ward, a unit, a service, its staff or its owner
  ("the chemo ward", "the clinic lead", "a specialist fatigue service", "the clinic owner")
  names a place or a person, and a clinic told whole ("late all clinic") is the session the
  writer works, as "all shift" is; "got her through chemo" is her illness;
* a body part after someone else's possessive, an illness that says who someone met is and
  being sick in a place said of someone else are their health, no trouble of the writer's
  (``others_health``);
* a vet beside livestock or young horses ("three ewes down and the vet can't come till
  Friday", "vet came out to the colt") is the farm's or the yard's work, no health strain
  of the writer's (a pet's vet stays health, as every writer labelled it);
* a lecture given to someone ("a flossing lecture to my brother") is a talking-to or the
  writer's own teaching, not their study;
* "next door" after a person or a place ("the woman next door", "the café next door") says
  where they are; the neighbours as a trouble are named on their own ("next door's drill");
* "family" before a thing it classes ("family photos", "the family premium", "family film
  night") is that thing (a gathering of the family, "family dinner", is still the family);
* a lease is a home trouble only beside a home (a shop's or a studio's lease is the work's,
  and a lease renewed with the rent risen is the money);
* a family word in a likeness ("doing homework at 11pm like one of the kids", "treated
  like a child") compares the writer to someone, and one named as the case compared ("spread
  to my knees the way it did with my uncle") is whom it befell before: no relative's strain;
  a taste or a smell likened to a trouble word ("tastes like cough syrup") names none;
* the office named from outside ("right outside our office", "no friends outside the office")
  is a place or the time away from work, no work strain;
* a trouble word before an advert ("another payday loan poster", "debt adverts") names what
  the advert sells, no trouble of the writer's;
* "all shift" is a span of time, as "all day" is ("rain all shift", "on the tills all shift"),
  not the work as a strain ("ruined my whole shift" names the shift itself);
* a machine that coughs or limps falters ("engine coughing", "the van limped home"): no one's
  health;
* "since the baby" and "before the baby comes" are a time ("haven't had a night out since the
  baby", "wants me off nights before the baby comes"), not the child as a strain.

* a vehicle word in the name of a ride or a toy ("the ghost train broke down"), a scan of a
  document ("missing an ID scan", "the self-scan") and a machine's or vehicle's leak ("the
  generator is leaking again") name no trouble of the writer's: no writer labelled one of
  them so.

A leak where a pool, a hall or a lab is named and no home ("shut with a chlorine leak") is the
place's, no chip; a job "at the college" names a workplace, no study. The readings of work,
money and time-limit words (a landlord or a budget of the work, a complaint's topic, a chase
by email, a job lost by another, a call-out as a time, money run out by a date, and work told
unfinished) are in ``work_word_uses``.

A study word before a loan or fees ("Uni loan doesn't cover rent", "the course fees") names what
the money is for: the money is the trouble, no study strain, as every writer who named one by a
study word labelled money alone.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Final

from neuroleaf_desktop.domain.analysis.kinds_and_measures import (
    a_clinicians_office,
    boiler_of_a_place,
    damp_thing_or_weather,
    family_word_of_another,
    part_as_a_measure,
    repair_about_town,
    team_occasion,
)
from neuroleaf_desktop.domain.analysis.kinds_of_people import (
    due_with_a_baby,
    from_a_place_of_study,
    parent_of_an_animal,
    part_of_one_described,
    vehicle_heard,
)
from neuroleaf_desktop.domain.analysis.leaks import leak_of_a_thing
from neuroleaf_desktop.domain.analysis.lexicon import BREAK
from neuroleaf_desktop.domain.analysis.likenesses import (
    compared_case,
    likened_place,
    names_an_advert,
    sensed_like,
)
from neuroleaf_desktop.domain.analysis.others_health import (
    ailment_given_to_another,
    ailment_on_anothers_part,
    clinician_advised,
    illness_of_one_met,
    sick_where_another_was,
    taken_ill_of_one_met,
)
from neuroleaf_desktop.domain.analysis.stressor_forms import WANTING
from neuroleaf_desktop.domain.analysis.work_word_uses import (
    DWELLINGS,
    complaint_topic,
    emails_chasing,
    money_runs_out,
    moved_for_the_job,
    office_as_a_place,
    since_the_job,
    the_jobs_lot,
)

# Vehicles and the school run: a place unless the journey's trouble is told in the same part.
VEHICLES: Final = frozenset({"bus", "buses", "train", "trains", "tube", "subway", "metro"})
JOURNEY_TROUBLE: Final = frozenset(
    {"late", "later", "delayed", "delay", "delays", "cancelled", "canceled", "packed",
     "rammed", "crammed", "stuck", "standstill", "traffic", "jam", "broke", "broken",
     "breakdown", "strike", "strikes", "diversion", "diverted", "missed", "never", "didn't",
     "hour", "hours", "minutes", "mins", "each", "crawl", "crawled", "crawling", "queue",
     "queued", "waited", "waiting", "crowded", "overcrowded", "sardines", "forever", "ages",
     "commute", "rush", "miss", "missing", "driver", "drivers", "seat", "seats"}
)  # fmt: skip
# What makes a delay a journey's: "the train was delayed", "flight delayed four hours".
_JOURNEYS: Final = VEHICLES | frozenset(
    {"flight", "flights", "plane", "planes", "tram", "trams", "ferry", "ferries", "traffic",
     "road", "roads", "motorway", "commute", "journey", "station", "platform", "connection",
     "coach", "rail", "railway", "airport", "signal", "signals", "line"}
)  # fmt: skip
_DELAYS: Final = frozenset({"delay", "delays", "delayed"})
# "traffic" naming a thing of the road ("at the traffic lights", "a traffic warden", "traffic
# cones"): a place or a person, no traffic the writer sat in.
_ROAD_FURNITURE: Final = tuple(
    [w] for w in ("lights", "light", "warden", "wardens", "cone", "cones", "island", "calming")
)
_COUNTS: Final = frozenset({"two", "three", "four", "five", "six", "2", "3", "4", "5", "6"})
# Pay that is late: "salary has delayed again", "wages delayed": money, not the journey.
_PAY: Final = frozenset({"salary", "pay", "wages", "wage", "payment", "payments", "stipend"})
# A ward, a unit or staff after an illness or clinic word: "the chemo ward", "the clinic lead";
# a patient classed by one ("a pelvic pain patient") is the writer's case, no ailment of theirs.
_PLACE_OR_STAFF: Final = frozenset(
    {"ward", "wards", "unit", "units", "nurse", "nurses", "bay", "suite", "room", "chair",
     "chairs", "department", "lead", "staff", "corridor", "service", "services", "charity",
     "charities", "owner", "owners", "manager", "managers", "patient", "patients"}
)  # fmt: skip
# A bill named by a clinician ("Vet bill was £400, on top of everything else", "a dentist bill
# all in one week"): the clinician says what the money is for, and the money is the trouble, as
# a study word before a loan does; the writers labelled such a bill money alone in five rows of
# six (an illness told beside it, "the dog is sick", is still health).
_BILLS: Final = frozenset({"bill", "bills"})
# A clinic as a span of the writer's working day ("Running 40 minutes late all clinic",
# "slows the whole clinic down"), as "all shift" is: the session worked, no illness. (A
# surgery is left out: "awake for the whole surgery" is the writer's operation.)
_SESSIONS: Final = frozenset({"clinic", "clinics"})
_WHOLE: Final = frozenset({"all", "whole"})
_THEM: Final = frozenset({"her", "him", "them"})
_LIKENESS_REACH: Final = 4  # "like one of the kids", "like a child"
# One child named with no "my" or "our" ("a kid asked me", "that kid", "kid's not right") is
# someone else's, a pupil, a patient or a young worker: no writer labelled their family so.
_OWNERS: Final = frozenset({"my", "our"})
# ... and so is a teenager or a toddler named with "the" or "a" ("The teenager with the knee
# hasn't improved"), where a bare "Toddler refused every meal" is the writer's own.
_ONE_YOUNG: Final = frozenset({"teenager", "teen", "toddler"})
_ONE_OF_MANY: Final = frozenset({"the", "a", "this", "that", "one"})
# Words before "next door" that make it a place, not the neighbours: "the woman next door".
_OPENS_NEXT_DOOR: Final = frozenset(
    {BREAK, "from", "at", "to", "and", "but", "then", "of", "with", "by", "the", "so",
     "because", "cos", "is", "are", "was", "were", "'s"}
)  # fmt: skip
# Things "family" classes: "family photos", "the family premium", "family film night".
FAMILY_THINGS: Final = frozenset(
    {"photo", "photos", "picture", "pictures", "film", "films", "movie", "movies", "car",
     "tree", "premium", "plan", "pack", "size", "room", "pet", "dog", "recipe", "friend",
     "friends", "name", "album", "video", "ticket", "tickets", "policy"}
)  # fmt: skip
# A home beside a lease: "before the lease on the flat ends".
_HOMES: Final = frozenset(
    {"flat", "flats", "house", "home", "apartment", "bedsit", "tenancy", "room", "place"}
)


def _vehicle_as_place(tokens: list[str], i: int, end: int) -> bool:
    vehicle = tokens[i] in VEHICLES and end == i + 1
    if not vehicle and tokens[i:end] != ["school", "run"]:
        return False
    if vehicle and i > 0 and tokens[i - 1] in _COUNTS:
        return False  # "three buses out to the clinic": the journey told by its length
    crowded = any(a == "full" and b == "of" for a, b in pairwise(tokens))
    return not crowded and not _journey_trouble(tokens)  # "a bus full of drunks"


# A trouble word in its other sense: "missed the kerb", "missed a step" (a footing missed, not
# a bus: the journey is missed only when one is named after it, "missed my bus", "missed the
# last train"); "broke into a gallop", "broke out in hives" (began, nothing broke down).
_MISSED: Final = frozenset({"missed", "miss", "missing"})
_MISSED_REACH: Final = 3
_BEGAN: Final = frozenset({"into", "out"})
# What was missed named before ("the bus runs twice a day and I missed it"): still the journey.
_NAMED_BEFORE: Final = frozenset({"it", "them", "one", "that"})
# The writer as the one who crawls ("I was crawling round the floor"), not a journey crawling.
_CRAWLERS: Final = frozenset({"i", "we", "i'm", "we're", "me", "us"})


def _footing_missed(after: list[str]) -> bool:
    """Do the words after "missed" name something missed other than a journey or a stop?"""
    return (
        bool(after)
        and after[0] not in _NAMED_BEFORE
        and _JOURNEYS.isdisjoint(after)
        and "stop" not in after
    )


def _journey_trouble(tokens: list[str]) -> bool:
    """Does the part tell a trouble of the journey (``JOURNEY_TROUBLE``), each word in its
    journey sense?"""
    for k, word in enumerate(tokens):
        if word not in JOURNEY_TROUBLE:
            continue
        after = tokens[k + 1 : k + 1 + _MISSED_REACH]
        if word in _MISSED and _footing_missed(after):
            continue
        if word == "broke" and after[:1] and after[0] in _BEGAN:
            continue
        if word.startswith("crawl") and _writer_crawled(tokens[max(0, k - 2) : k]):
            continue  # "I was crawling round the carriage floor": the writer, not the journey
        return True
    return False


def _writer_crawled(before: list[str]) -> bool:
    """Do the words before a crawl make the writer crawl ("I was", "we", "I'm")?"""
    return bool(before) and (before[-1] in _CRAWLERS or before in (["i", "was"], ["we", "were"]))


# A vet called to stock the writer farms or trains ("three ewes down and the vet can't come",
# "vet came out to the colt", a yard's cobs, mares or ponies): the work's, where a pet's vet is
# the writer's health worry.
_VETS: Final = frozenset({"vet", "vets"})
_LIVESTOCK: Final = frozenset(
    {"ewe", "ewes", "tup", "tups", "ram", "rams", "lamb", "lambs", "sheep", "flock", "heifer",
     "heifers", "cow", "cows", "calf", "calves", "cattle", "herd", "bullock", "bullocks",
     "colt", "colts", "filly", "fillies", "foal", "foals", "gelding", "stallion", "pigs",
     "sow", "sows", "goats", "hens", "poultry", "cob", "cobs", "mares", "ponies", "horses"}
)  # fmt: skip
# "Rain all shift", "on the wrap machine all shift": a shift as a span of time, as "all day"
# is ("ruined my whole shift" names the shift itself).
_SHIFTS: Final = frozenset({"shift", "shifts"})
# What "work" classes after "no" ("No work emails all weekend", "no work calls"): none of these
# came, no work missing.
_WORK_THINGS: Final = frozenset(
    {"emails", "email", "calls", "call", "phone", "messages", "texts", "chat", "talk", "stuff",
     "drinks", "laptop", "clothes", "uniform", "worries", "stress"}
)  # fmt: skip
# A machine that coughs or limps falters: "engine coughing", "the van limping home".
_MACHINES: Final = frozenset(
    {"engine", "engines", "motor", "outboard", "generator", "boiler", "van", "car", "truck",
     "lorry", "tractor", "boat", "printer", "laptop", "compressor", "mower"}
)  # fmt: skip
_MACHINE_AILMENTS: Final = frozenset(
    {"cough", "coughing", "coughed", "wheezing", "spluttering", "limping", "limped"}
)
# Stitches told as healed or removed ("Twelve stitches in my thumb, all healed up now", "the
# stitches were removed today"): a hurt mended, no strain now.
_STITCHES: Final = frozenset({"stitches", "staples"})
_HEALED: Final = frozenset({"healed", "healing", "removed", "dissolved"})
# Someone's things told as the writer's now are their work put on the writer only when the
# sentence says they are away ("Colleague went off with stress, so his patch is mine now",
# "Sue's signed off, so her Year 9s are mine now"); "His old guitar is mine now" is a gift.
_AWAY: Final = frozenset(
    {"off", "sick", "left", "leave", "quit", "gone", "away", "out", "resigned", "maternity",
     "retired", "sacked", "signed"}
)  # fmt: skip
# Miles counted on foot or by bike ("Walking 15 miles a day", "cycled 100 miles this week",
# "40 miles a day on the bike") are exercise, not the road the writer is kept on.
_ON_FOOT: Final = frozenset(
    {"walk", "walking", "walked", "walks", "ran", "run", "running", "runs", "jogged", "jogging",
     "cycled", "cycling", "biked", "bike", "hiked", "hiking", "hike", "swam", "rowed", "foot",
     "treadmill"}
)  # fmt: skip
_ON_FOOT_REACH: Final = 4
# A lecture given to someone is a talking-to, or the writer's own teaching, not their study.
_LECTURES: Final = frozenset({"lecture", "lectures", "lecturing"})


def other_use(tokens: list[str], i: int, end: int, category: str | None) -> bool:
    """Is the stressor of ``category`` at ``tokens[i:end]`` a word that only places or
    classes something else here (see the module docstring)?"""
    word = tokens[i]
    if since_the_job(tokens, i, end) or moved_for_the_job(tokens, i, end):
        return True
    if sensed_like(tokens, i) or likened_place(tokens, i):
        return True  # "tastes like cough syrup", "like sharing at uni again": a likeness
    if names_an_advert(tokens, end):
        return True  # "another payday loan poster on the bus shelter": what the advert sells
    if from_a_place_of_study(tokens, i, category):
        return True  # "a friend from uni": where the friend is from
    if category == "commute":
        if "miles" in tokens[i:end] and not _ON_FOOT.isdisjoint(
            tokens[max(0, i - _ON_FOOT_REACH) : end + _ON_FOOT_REACH]
        ):
            return True  # "Walking 15 miles a day", "40 miles a day on the bike": exercise
        if word in VEHICLES and i > 0 and tokens[i - 1] in _NOT_A_RIDE_TO_WORK:
            return True  # "the ghost train broke down": a fairground ride or a toy
        if word in VEHICLES and vehicle_heard(tokens, i):
            return True  # "can't hear the trains from here": a sound, no journey
        if word == "traffic" and end == i + 1 and tokens[end : end + 1] in _ROAD_FURNITURE:
            # "nodded off at the traffic lights": the signals, no traffic held up, unless the
            # journey's trouble is told ("stuck at the traffic lights for forty minutes")
            return (JOURNEY_TROUBLE - {"traffic"}).isdisjoint(tokens)
        if word in _DELAYS and not _PAY.isdisjoint(tokens[max(0, i - 3) : i]):
            return True
        if word in _DELAYS and end == i + 1 and _JOURNEYS.isdisjoint(tokens):
            return True
        return _vehicle_as_place(tokens, i, end)
    if category == "study" and word in _LECTURES:
        return end < len(tokens) and tokens[end] == "to"  # "a flossing lecture to my brother"
    if category == "study":
        # "Uni loan doesn't cover rent", "the course fees on a vet nurse wage": the study names
        # what the money is for, and the money is the trouble (``money`` reads it)
        money_for = end < len(tokens) and tokens[end] in _MONEY_FOR_STUDY
        return money_for or _job_at_a_school(tokens, i)
    if (
        word in ("no", "zero")
        and end - i == 2
        and end < len(tokens)
        and tokens[end] in _WORK_THINGS
    ):
        return True  # "No work emails all weekend": what work sends, none came
    if category == "work":
        return (
            (word in _SHIFTS and i > 0 and tokens[i - 1] == "all")
            or (tokens[end - 2 : end] == ["mine", "now"] and _AWAY.isdisjoint(tokens[:i]))
            or the_jobs_lot(tokens, i)
            or emails_chasing(tokens, i)
            or office_as_a_place(tokens, i)
            or a_clinicians_office(tokens, i)
            or team_occasion(tokens, i, end)
        )
    if category == "health":
        if word in _MACHINE_AILMENTS and i > 0 and tokens[i - 1] in _MACHINES:
            return True  # "engine coughing on the way out": the machine falters
        if word in _MACHINE_AILMENTS and i > 0 and tokens[i - 1] == BREAK:
            # "Engine coughing on the way out, limped back on one cylinder": the machine is
            # the subject carried on from the part before
            return not _MACHINES.isdisjoint(tokens[:i])
        if tokens[end - 1] in _STITCHES and not _HEALED.isdisjoint(tokens[end:]):
            return True  # "Twelve stitches in my thumb, all healed up now": a hurt mended
        if part_of_one_described(tokens, i):
            return True  # "the teenager with the knee": the one the writer sees, their part
        if _part_looked_at(tokens, i):
            return True  # "Someone stared at my back in the changing room": seen, not hurt
        if part_as_a_measure(tokens, i, end):
            return True  # "mud to the knees", "knee pads £45": a depth or a kit, no hurt
        if word in _VETS and not _LIVESTOCK.isdisjoint(tokens):
            return True  # "the vet can't come till Friday" for the ewes: the farm's, not health
        if end < len(tokens) and tokens[end] in _PLACE_OR_STAFF:
            return True
        if end < len(tokens) and tokens[end] in _BILLS:
            return True  # "Vet bill was £400, on top of everything else": what the money is for
        if word in _SESSIONS and i > 0 and tokens[i - 1] in _WHOLE:
            return True  # "late all clinic": the session worked, as "all shift" is
        if word == "scan" and i > 0 and tokens[i - 1] in _DOCUMENTS:
            return True  # "missing an ID scan": a copy of a document
        if illness_of_one_met(tokens, i) or sick_where_another_was(tokens, i):
            return True
        if taken_ill_of_one_met(tokens, i):
            return True  # "a passenger took ill": the passenger's illness
        if ailment_given_to_another(tokens, i) or ailment_on_anothers_part(tokens, i, end):
            return True  # "gave her a headache", "the lump on his neck": theirs
        if clinician_advised(tokens, i):
            return True  # "I said go to your GP": the GP of the one advised
        return i >= 2 and tokens[i - 1] == "through" and tokens[i - 2] in _THEM
    if category == "home":
        if tokens[i:end] == ["next", "door"]:
            return i > 0 and tokens[i - 1] not in _OPENS_NEXT_DOOR and tokens[i - 1].isalpha()
        if word == "lease":
            return _HOMES.isdisjoint(tokens)
        if damp_thing_or_weather(tokens, i):
            return True  # "the smell of damp donations", "when it's damp like this"
        if boiler_of_a_place(tokens, i):
            return True  # "Boiler in the sports hall packed in": the building's, not the home's
        if repair_about_town(tokens, i):
            return True  # "an emergency leak across town": a home the writer went out to

        # "the generator is leaking again": a machine's or a vehicle's leak, not the home's;
        # "Goggles leak": a named thing's (``leaks``)
        return word.startswith("leak") and (
            not _LEAKING_MACHINES.isdisjoint(tokens[max(0, i - 3) : i])
            or _leak_of_a_public_place(tokens)
            or leak_of_a_thing(tokens, i)
        )
    if category == "relationships" and _addressed(tokens, i, end):
        return True  # "it's freezing, mate, I'm wearing a beanie": the one spoken to
    if category == "relationships" and word in _FRIENDS and tokens[end : end + 1] in _THEIR_THINGS:
        return True  # "Jealous of my friends' holidays": their holidays, no strain with them
    if category in ("family", "relationships") and _witness_of_the_writer(tokens, end):
        return True  # "Partner says I stop breathing in my sleep": the one who saw it
    if category == "family":
        if word == "family" and end < len(tokens) and tokens[end] in FAMILY_THINGS:
            return True
        if _laughing(tokens, end):
            return True  # "my mum laughed so hard she had to sit down": their delight
        if parent_of_an_animal(tokens, i):
            return True  # "mother and calf both grand": the calf's mother
        if family_word_of_another(tokens, i, end):
            return True  # "the whole children's unit", "Mother of the bride told me"

        if "like" in tokens[max(0, i - _LIKENESS_REACH) : i]:
            return True  # "at the kitchen table like one of the kids": a likeness
        if compared_case(tokens, i):
            return True  # "spread to my knees the way it did with my uncle": a likeness
        if word.removesuffix("'s") == "kid" and (i == 0 or tokens[i - 1] not in _OWNERS):
            return True  # "Apprentice's mum died … kid's not right": someone else's child
        if word in _ONE_YOUNG and i > 0 and tokens[i - 1] in _ONE_OF_MANY:
            return True  # "The teenager with the knee": one the writer sees, not their own
        if word == "baby" and _baby_met_through_work(tokens, i, end):
            return True  # "the baby from Tuesday", "the baby on the Anfield case": a case
        return word == "baby" and _birth_as_a_time(tokens, i)
    if category == "deadlines" and due_with_a_baby(tokens, i, end):
        return True  # "she's due next week": a baby expected, no deadline
    if category == "deadlines" and word in WANTING:
        # "wants to go by Saturday": a wish, no limit; "wants its money back by Friday": a
        # debt called in, the money's strain
        return tokens[i + 1 : i + 2] == ["to"] or not _MONEY_WANTED.isdisjoint(tokens[i : i + 6])
    if category == "deadlines" and word == "by":
        return money_runs_out(tokens, i, end)
    return category == "money" and complaint_topic(tokens, i)


# A body part someone looks at ("Someone stared at my back in the changing room", "kept
# glancing at my legs"): the part seen, which says nothing of a hurt.
_LOOKED: Final = frozenset(
    {"stared", "staring", "stares", "looked", "looking", "glanced", "glancing", "glared",
     "glaring", "gawped", "gawping", "pointed", "pointing"}
)  # fmt: skip


def _part_looked_at(tokens: list[str], i: int) -> bool:
    k = i - 1 if i >= 1 and tokens[i - 1] == "my" else i
    return k >= 2 and tokens[k - 1] == "at" and tokens[k - 2] in _LOOKED


# Money wanted back by a day is a debt called in, not a limit on the writer's work.
_MONEY_WANTED: Final = frozenset({"money", "payment", "paying", "paid", "cash", "rent", "loan"})


# A relative laughing as the subject of the part ("my mum laughed so hard she had to sit
# down"): their delight, no strain with them; laughing at the writer is a slight and stays.
_LAUGHED: Final = frozenset({"laughed", "laughing", "giggled", "giggling", "chuckled"})


def _laughing(tokens: list[str], end: int) -> bool:
    return end < len(tokens) and tokens[end] in _LAUGHED and tokens[end + 1 : end + 2] != ["at"]


# A friend word said to the reader, set off by commas or closing the sentence ("it's freezing,
# mate, I'm wearing a beanie to bed", "Sure, pal."): a way of speaking, no friend in the trouble.
_ADDRESSES: Final = frozenset({"mate", "pal", "buddy"})


def _addressed(tokens: list[str], i: int, end: int) -> bool:
    return (
        end == i + 1
        and tokens[i] in _ADDRESSES
        and i >= 1
        and tokens[i - 1] == BREAK
        and (end == len(tokens) or tokens[end] == BREAK)
    )


# A school or college named as where a job is ("took my regular job at the college", "second
# job at the school in the evenings"): the writer's workplace, no study of theirs.
_JOBS: Final = frozenset({"job", "jobs", "work", "working", "shift", "shifts", "post", "contract"})
# Money a study word names the purpose of: "uni loan", "course fees", "university fees".
_MONEY_FOR_STUDY: Final = frozenset({"loan", "loans", "fees", "fee", "debt", "grant", "overdraft"})


def _job_at_a_school(tokens: list[str], i: int) -> bool:
    """Is the study word at ``i`` the place in "<job> at the <college>"?"""
    return (
        i >= 3
        and tokens[i - 2] == "at"
        and tokens[i - 1] in ("the", "a")
        and (tokens[i - 3] in _JOBS)
    )


# Friends named as whose things or doings follow ("Jealous of my friends' holidays while I'm
# stuck at home"; the tokenizer drops the plural's apostrophe): their things, envied or
# missed, no strain with the friends, as "my kids' sports day" is their event.
_FRIENDS: Final = frozenset({"friends", "mates"})
_THEIR_THINGS: Final = tuple(
    [w]
    for w in ("holidays", "holiday", "weddings", "wedding", "parties", "party", "photos",
              "pictures", "posts", "lives", "babies", "houses", "engagements", "engagement")
)  # fmt: skip


# Someone close who tells what the writer does asleep or tired, or a habit the writer has
# stopped ("Partner says I stop breathing in my sleep", "My husband reckons I talk in anagrams
# when I'm tired", "my wife says I've stopped being a grump"): the one who saw it, no strain
# with them; what they tell is the trouble, or the good news. A report that sets them below
# the writer's work or time ("says I'm never home", "talk to my clients more than to her") is
# none of these and stays the relationship's.
_REPORTS: Final = frozenset({"says", "said", "reckons", "thinks", "tells", "told"})
_WRITER_OPENS: Final = frozenset({"i", "i'm", "i've", "im", "ive"})
_ASLEEP_OR_TIRED: Final = (("in", "my", "sleep"), ("when", "i'm", "tired"), ("asleep",))


def _witness_of_the_writer(tokens: list[str], end: int) -> bool:
    """Does the person before ``end`` tell, in the words after it, what the writer does asleep
    or tired, or a habit the writer has stopped?"""
    if (
        end + 1 >= len(tokens)
        or tokens[end] not in _REPORTS
        or tokens[end + 1] not in _WRITER_OPENS
    ):
        return False
    report = tokens[end + 1 :]
    report = report[: report.index(BREAK)] if BREAK in report else report
    if report[0] in ("i've", "ive") and report[1:2] == ["stopped"]:
        return True  # "says I've stopped shouting on the phone": a habit given up
    for phrase in _ASLEEP_OR_TIRED:
        n = len(phrase)
        if any(tuple(report[k : k + n]) == phrase for k in range(len(report) - n + 1)):
            return True
    return False


# A vehicle word in the name of a ride or a toy ("the ghost train", "a toy bus", "the gravy
# train"): no journey of the writer's.
_NOT_A_RIDE_TO_WORK: Final = frozenset({"ghost", "toy", "model", "gravy", "miniature", "land"})
# A scan of a document ("an ID scan", "the self-scan at the till") is no health test.
_DOCUMENTS: Final = frozenset(
    {"id", "passport", "document", "documents", "receipt", "receipts", "barcode", "qr", "self",
     "card", "licence", "license"}
)  # fmt: skip
# Places open to others where a leak may be ("Pool's been shut with a chlorine leak", "the
# church hall roof is leaking over the dry stores", "ours has a bucket under the leak" of a
# lab): the place's, no repair of the writer's home, unless a home is named with it.
_PUBLIC_PLACES: Final = frozenset(
    {"pool", "pool's", "hall", "lab", "labs", "church", "gym", "library", "classroom",
     "leisure", "museum", "theatre"}
)  # fmt: skip


def _leak_of_a_public_place(tokens: list[str]) -> bool:
    """Does the part name a public place and no home, so the leak is the place's?"""
    return not _PUBLIC_PLACES.isdisjoint(tokens) and DWELLINGS.isdisjoint(tokens)


# A machine or a vehicle that leaks ("the generator is leaking", "the van's leaking oil"); the
# boiler, a tap and a roof are the home's.
_LEAKING_MACHINES: Final = (_MACHINES - {"boiler"}) | frozenset({"pump", "generators", "vans"})
# The baby's coming as a time: "since the baby", "before the baby comes", "till the baby's here".
_BEFORE_OR_SINCE: Final = frozenset({"since", "before", "till", "until", "once"})
_ARRIVES: Final = frozenset(
    {"comes", "arrives", "is", "'s", "gets", "turns", "due", "born", "here", "arrived", "came"}
)


def _birth_as_a_time(tokens: list[str], i: int) -> bool:
    """Is the baby at ``i`` a time ("since the baby", "before the baby comes") rather than a
    child the writer is strained by ("after the baby screamed half the night")?"""
    if i < 2 or tokens[i - 1] not in ("the", "our") or tokens[i - 2] not in _BEFORE_OR_SINCE:
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else BREAK
    return tokens[i - 2] == "since" or after in _ARRIVES


# A baby named by the day or the case the writer met them through ("Can't stop seeing the
# baby from Tuesday when I close my eyes", "Can't stop thinking about the baby on the Anfield
# case"): someone the writer's work brought, as "the mum" named with "the" is, no child of the
# writer's family.
_WHEN_MET: Final = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last",
     "yesterday", "this", "that"}
)  # fmt: skip
_CASES: Final = frozenset({"case", "job", "call", "shout", "shift", "ward", "unit"})


def _baby_met_through_work(tokens: list[str], i: int, end: int) -> bool:
    """Is "the baby" at ``i`` told by the day ("from Tuesday") or the case ("on the Anfield
    case") the writer met them through?"""
    if i == 0 or tokens[i - 1] != "the" or end + 1 >= len(tokens):
        return False
    if tokens[end] == "from" and tokens[end + 1] in _WHEN_MET:
        return True
    return tokens[end : end + 2] == ["on", "the"] and not _CASES.isdisjoint(
        tokens[end + 2 : end + 5]
    )
