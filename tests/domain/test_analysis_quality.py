"""The analyser against hand-labelled sentences, and the rules behind "means what it says".

``tests/data/analysis/sentences.tsv`` was written for this purpose (not demo texts). Rules were
tuned on the ``dev`` rows only. The ``test`` rows were written and labelled after a first round
of tuning and have been measured since (their aggregate numbers were seen after each round);
the ``test2`` rows are everyday journal sentences (informal, typos, other people's feelings,
questions, plans) written and labelled before the second round, whose errors were never
listed before the third round; that round studied their errors (praise words judging things,
reported speech, regretted outbursts). The ``test3`` rows (167 everyday sentences) were
written and labelled before the third round; their errors were first studied in the fourth
round (people who share what the writer did, all-clears, "for once", an empty home). The
``test4`` rows (129 sentences: everyday words, others' stress, negated and past stress, idioms,
mixed feelings) were written and labelled before the fourth round; their errors were first
listed in the fifth. For the fifth round a labelling guide was written first
(``docs/ANALYSIS_LABELS.md``), then ``test5`` (169 rows) by it, measured untuned (stress 0.880,
emotions 0.830) and then studied; ``test6`` (65 rows) was written mid-round, measured once
(0.857 / 0.900), then studied; ``test7`` (50 rows) was written after the round's tuning.
The sixth round wrote ``test8`` (164 rows in new voices: shift workers, students, carers, new
parents, chronic illness, immigrants, retirees, recovery) first, measured it untuned (stress
0.878, emotions 0.627, polarity 0.54), then studied ``test7`` and ``test8``. ``test9`` (65 rows)
was written after that round's tuning and measured once (0.667, 0.857, 0.58). The seventh round
first wrote ``test10`` (134 rows in new voices: nurses, trades, teachers, parents of teens,
grief, chronic pain, students abroad, couples, gig work, bilingual notes, check-ins, run-ons,
sarcasm, lists, good days told with stress words) and ``test11`` (65 rows), measured ``test10``
untuned (0.697, 0.837, 0.65 after seven convention relabels; 0.636, 0.735 as first written),
then studied ``test9`` and ``test10``. ``test11`` was measured once, at the end (FRESH_*).
``test12`` (131 rows in yet other voices: pharmacists, PhD students, drivers, foster carers,
refugees, long covid, menopause, forces families, farmers, recovery) was written after the
seventh round (LATEST_*). The eighth round recorded both untuned (test11: stress 0.788,
emotions 0.875, polarity 0.82; test12: 0.741, 0.735, 0.78), then studied their errors for
general causes (a negated "get better", a doubted hope, shouting as an act, a group's feeling,
an all-clear result, time since a death, a missed event, a deed left undone, a good "then"
ending); FRESH_* and LATEST_* are now floors under studied numbers. ``test13`` (160 rows written
blind in new voices: chefs, developers, lawyers, social workers, shop owners, farmers, carers,
IVF, job seekers) was measured blind by the lead (stress 0.674 / recall 0.320, emotions 0.829,
polarity 0.681), then studied in the ninth round for *causes*, each fixed by a general
mechanism tested both ways in ``test_analysis_senses_and_owners.py`` (BLIND_*); the honest
measure of generalisation stays the next blind batch, which the lead measures outside this file.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

from neuroleaf_desktop.domain.analysis.agreement import CHIP_MINIMUM
from neuroleaf_desktop.domain.analysis.analyzer import analyse
from neuroleaf_desktop.domain.analysis.models import (
    NEGATIVE_EMOTIONS,
    POSITIVE_EMOTIONS,
    EntryAnalysis,
)
from neuroleaf_desktop.domain.analysis.quality import Evaluation, Labelled, evaluate, parse_tsv
from neuroleaf_desktop.domain.analysis.stress_keywords import CATEGORIES, category_of
from neuroleaf_desktop.ui.widgets.analysis_chips import chip_specs
from tests.support.labelled_sentences import labelled_analyses

DATA = Path(__file__).parents[1] / "data" / "analysis" / "sentences.tsv"
TARGET_PRECISION = 0.9  # the product target (issue brief)
# Floors just under today's precision (benchmarks/bench_analysis_quality.py): stress, emotions.
FLOORS = {
    # test3's stress 0.960 → 0.943 and test11's 0.938 → 0.912 (``FRESH_STRESS_FLOOR``) since a
    # cost set against the writer's essentials or piled on the rest ("more than my weekly
    # shop", "on top of everything else") reads negative as labelled: their vet's or dentist's
    # bill now counts, as health and money, where these writers label money alone; the writers
    # split on it (dev, test, test6 and corpus14 label such a bill health and money, test3,
    # test7, test11 and test25 money alone)
    "test3": (0.94, 0.96),  # 0.943, 0.965
    "test4": (0.93, 0.94),  # 0.940, 0.947 (0.760, 0.791 before the fifth round)
    "test5": (0.97, 0.97),  # 0.984, 0.979 (0.880, 0.830 untuned)
    "test6": (0.96, 0.99),  # 0.970, 1.000 (0.857, 0.900 measured once before study)
    "test7": (0.95, 0.99),  # 0.962, 1.000 (0.933, 0.944 before the sixth round)
    # test8: 0.988 stress since a part after "but" that follows a good part is read as the
    # other side: "got the promotion but it means moving away from my friends" now counts
    # its friends, which the label leaves without a stressor
    "test8": (0.98, 0.92),  # 1.000, 0.923 (0.878, 0.627 untuned; 0.878 emotions before the 7th)
    "test9": (0.84, 0.99),  # 0.842, 1.000 (0.667, 0.857 measured once before study)
    "test10": (0.88, 0.97),  # 0.881, 0.978 (0.697, 0.837 untuned): stress under the target
}
# Studied batches whose stress precision is still under the target, said here, not hidden:
# test9's three false stressors are work from "the bank wants a meeting", commute from "a
# panic attack on the bus" (where older rows count the vehicle) and family from "Lonely
# Sunday, the kids didn't call"; test10's five are work from "quiet week for plumbing work",
# "fell off a ladder at work" and "after my shift", home from "lifting the laundry basket" and
# work from "the nightmare client finally signed off the project".
UNDER_TARGET = {"test9", "test10"}
# Stress recall of test10 (new trades' words the lexicon lacks: charting, invoices, slots).
STRESS_RECALL_FLOORS = {"test10": 0.5}  # 0.53 (0.39 untuned)
# test11 (65 sentences) was measured untuned at the start of the eighth round (stress 0.788,
# emotions 0.875) and studied in it: now stress 0.933 (28/30, recall 0.74), emotions 0.955
# (21/22), polarity 0.91. Few predictions, so one error moves stress by three points.
FRESH_STRESS_FLOOR = 0.91  # 0.912 since a dentist's bill counts as health too (see test3)
FRESH_EMOTIONS_FLOOR = 0.95
# test12 (131 rows) was measured untuned at the start of the eighth round (stress 0.741,
# emotions 0.735, polarity 0.78) and studied in it: now stress 0.830 (44/53, recall 0.60),
# emotions 0.818 (36/44, recall 0.90), polarity 0.85, still under the target. What is left is
# mostly where the labelled set disagrees with itself: a work word as the place of the
# writer's own mishap ("a wreck at work", "cried in front of my manager": counted in test6
# and test8 rows, not in test12's), feeling words judging a thing ("the new rate is
# frightening", "heartbreaking": counted in older rows), a delayed flight (commute in a dev
# row), "feeling lighter" and "content" (calm in older rows).
LATEST_STRESS_FLOOR = 0.83
LATEST_EMOTIONS_FLOOR = 0.81
LATEST_POLARITY_FLOOR = 0.85
# test13 (160 rows) was measured blind (stress 0.674, recall 0.320; emotions 0.829, recall
# 0.739; polarity 0.681) and studied in the ninth round: now stress 0.930 (40/43, recall
# 0.41), emotions 0.900 (36/40, recall 0.78), polarity 0.76. Stress recall stays low: most
# missed stressors are a trade's words the lexicon never saw in sentences read as neutral
# ("Caseload is at 32 now", "the build has been red all week"); a MiniLM fallback did not
# help (benchmarks/bench_analysis_semantic.py). Emotions sit at the target, not above it.
BLIND_STRESS_FLOOR = 0.92
BLIND_STRESS_RECALL_FLOOR = 0.4
BLIND_EMOTIONS_FLOOR = 0.89
BLIND_POLARITY_FLOOR = 0.74
# test14, test15 and test16 (180 blind rows each) were studied together in the tenth round for
# wrong chips, by general causes (``test_analysis_present.py``): stress precision 0.667 /
# 0.500 / 0.792 → 0.729 / 0.621 / 0.826, emotions 0.714 / 0.452 / 0.500 → 0.891 / 0.636 /
# 0.706, recall as before or higher. Still under the target: most wrong chips left disagree
# with the older batches' labels (what a feeling word means, which category a task is), not
# with a rule a sentence could show. Floors just under today's, so the causes fixed stay
# fixed: (stress P, emotions P).
# The eleventh round studied test17 (stress 0.500, emotions 0.724 measured untouched) for
# general causes of wrong chips (the writer as an onlooker, laughter beside tears, tears after
# an event that names no feeling; ``test_analysis_onlooker.py``): test17 0.700 / 0.815,
# test14 stress 0.761, test15 0.643 / 0.667.
STUDIED_BLIND_FLOORS = {
    "test14": (0.74, 0.90),
    # test15's emotions 0.667 → 0.600 in the sixteenth round: its writer names no feeling
    # for a hard time told as over in two sentences, which the later writers (test16–test19,
    # both corpora: 37 rows) label calm, so the calm of such a story costs three chips here
    "test15": (0.64, 0.60),
    # test16 and test25's stress floors fell when polarity was judged across writers again
    # (a friend named is no feeling, a laugh marker no joy): three sentences that read neutral
    # or positive now read negative as labelled, and the stressors in them count; two are
    # someone else's trouble or a mishap laughed off ("the whole family sang at me by mistake
    # lol", "a friend … is in hospital") and one names friends where the label says family
    # test16's, test24's and test25's stress floors fell again when strain told by a negated
    # verb, a demand or a counted repeat read negative (polarity judged across writers once
    # more): sentences labelled negative now read so, and the stressors in them count under
    # the category the analyser names where the label names another (test16: a pay named beside
    # a work demand, a child's uni beside the writer's stipend; test24: children on a
    # caseload, "one more big job" in a talk with a wife; test25: a brother's failing shop,
    # a bus stalled in front of)
    "test16": (0.75, 0.70),
    "test17": (0.69, 0.81),
    # test22 was studied in the twentieth round for the causes of its wrong chips (a feeling
    # word describing a person or a talk, a group's or a carried subject's feeling, a past told
    # from now, irony at a trouble, other people's job loss or illness): rules alone 0.744 /
    # 0.760 (as relabelled) → 0.917 / 1.000 (stress recall 0.225 → 0.256, emotions 0.277)
    "test22": (0.90, 0.97),
    # test23 was studied in the twenty-first round for the causes of its wrong chips (another
    # person's illness "off with …", a stranger's partner or bond, a relative offering help,
    # other senses of stressor words: short of a thing, a bank's paperwork, an event named as
    # the time, the job as a setting; a feeling after "feel" with a degree word, a blush, a
    # described animal, a worry "for years" settled "this winter"): rules alone 0.758 / 0.872
    # → 0.875 / 0.936 (stress recall 0.450 → 0.505, emotions 0.612 → 0.657). Most wrong chips
    # left follow conventions the other writers' rows disagree with (work for a shift one is
    # late for or a call-out, joy for "bliss", calm for "cosy").
    # 0.867 stress since a strain that recurs ("talks over me in every single meeting") reads
    # negative as labelled; its "clinic lead" (read as health there) is staff since the
    # twenty-eighth round
    "test23": (0.86, 0.93),
    # test24 was studied in the twenty-second round for the causes of its wrong chips (a word
    # of steadiness describing a thing, tears beside a first reached or a prize won, other
    # senses of stressor words: a mould that shapes, a workshop's lease, a shift named as the
    # time of something else, a thing on loan): rules alone 0.892 / 0.806 → 0.979 / 0.900
    # (stress recall 0.268 → 0.374, emotions 0.191 → 0.237). The emotion chips left wrong
    # follow conventions the other writers' rows disagree with: joy for "bliss" and for
    # "nervous but excited", anger for "living the dream", joy for "glad".
    "test24": (0.94, 0.89),
    # test25 was studied in the twenty-fifth round for the causes of its wrong chips, each
    # trigger judged by its record across every writer (``test_analysis_other_uses.py``): a
    # feeling word naming a role or event ("the fun one"), gladness at being spared, blame told
    # as another's view, abandoning a place, rereading as the effect of a state, ghosting by a
    # client, a stranger named by "a", a fault as a mark; a job someone else wants for the
    # writer, "feel a bit sick", "a small price", an overdue invoice, a carried thing leaking;
    # praise closing a sentence about a trouble, or praise or thanks standing after one, is
    # sarcasm; a feeling shown after a quarrel is that feeling, not anger. Rules alone
    # 0.684 / 0.556 → 0.872 / 0.941 (stress recall 0.198 → 0.260, emotions 0.081 → 0.130). The
    # emotion chip left wrong follows a convention the writers split on: joy for "bliss" (11
    # rows joy, 7 calm or none); the stress chips left, the labels' reading of a topic (sleep
    # named as an illness's trigger, a bus as where a mishap happened).
    "test25": (0.83, 0.94),
    # test26 was studied in the twenty-sixth round for the causes of its wrong chips, each
    # trigger judged by its record across every writer (``test_analysis_strangers_and_body.py``):
    # someone the writer meets is not their family or partner (one bare "kid", a stranger's
    # relative, a breakup named with "a" after another subject, a feeling in a relative clause
    # about someone just named); praise someone keeps repeating is no annoyance; a stomach that
    # drops is dread, not illness, and a "memory card" a thing; tears called good, a feeling
    # taken back and "stronger" alone chip nothing; a hospital's car park is a place; forms
    # every writer labelled alike (a heart "going", the floor to swallow me, "not a soul to
    # talk to", fatigue, a pay freeze, "costing us"); work still to do as its limit nears, told
    # as a count left, a blank or a wait, is strain (its support is mostly this batch's three
    # rows: the other writers' waits were strained already). Rules alone 0.630 / 0.696 → 0.833
    # / 0.833 (stress recall 0.149 → 0.219, emotions 0.099 → 0.124). The chips left wrong follow
    # conventions the writers split on: a close relative's illness as health (dev, test and
    # test2–test11 label family and health, test15 on and the corpora family alone), a bus as
    # where an attack happened (commute in dev and test2, none in test9, test25, test26), tears
    # after snapping as sadness or only shame, "can't stop thinking about" as anxiety or sadness.
    # Polarity judged across writers (the same round) reads "Partner went back to work … on my
    # own" negative as labelled, so its partner counts, as relationships where this writer
    # says family: stress 0.833 → 0.806.
    "test26": (0.80, 0.83),
    # test27 was studied in the twenty-seventh round for the causes of its wrong chips, each
    # trigger judged by its record across every writer (``test_analysis_writer_outside.py``):
    # a relative's or friend's own trouble told with the writer outside it (no word of theirs
    # in the sentence, no unpleasant feeling in the entry; wrong in 18 of 18 such rows across
    # twelve writers), blame likened or told by someone else, being thanked, tears shed
    # together with nothing sad, "bliss" told of stillness (calm), a bank as a place, work
    # arrived at or named by its hour, a payment falling due (money, no deadline), overtime
    # lost (money), a clenched stomach (dread), "funny what …". Rules alone 0.714 / 0.750 →
    # 0.789 / 1.000 (stress recall 0.142, emotions 0.097 → 0.123). The stress chips left wrong
    # follow conventions the writers split on or need more than a word to read: a spouse's help
    # or remark as relationships where this writer says family or nothing, a parent remembered
    # at the place he worked, a stranger's illness told through the writer's work ("my puzzles
    # got her through chemo").
    "test27": (0.78, 0.97),
    # test28 was studied in the twenty-eighth round for the causes of its wrong chips, each
    # trigger judged by its record across every writer's splits (``test_analysis_word_uses.py``):
    # stressor words that only place or class something else (a vehicle with no trouble of the
    # journey told: wrong in all ten such chips of test14 on and the corpora, though dev, test2,
    # test10 and test12 label four such rows commute; "chemo" before a ward or after "got her
    # through": 0 of 4; "next door" after a person or place: 0 of 3; "family photos"; a lease
    # with no home: 0 of 3; "since the baby"), a landlord or a repair beside a shop and an
    # organisation's budget as the work's strain, a presence still sensed as a remembrance, a
    # hand or tool held steady (no calm), a quarrel "behind us". Own strain several writers
    # label alike: money still owed, "no break", "ships passing", a part "on fire", a time limit
    # beside work told as unfinished. Rules alone 0.725 / 0.926 → 0.810 / 0.962 (stress recall
    # 0.276 → 0.324, emotions 0.164). The stress chips left wrong follow conventions the writers
    # split on or need more than a word: a customer's refusal or accusation read as work and
    # money where this writer says conflict, a thing paid for ("pays for the boiler"), a
    # parent missed at the place he taught the writer, pupils' exams, a mechanic's
    # "diagnostic".
    "test28": (0.80, 0.96),
    # The thirtieth round studied test29 (rules alone, measured untouched twice: stress 0.765
    # → 0.771, emotions 0.636) by auditing each wrong chip's trigger over every writer's rows
    # (``test_analysis_roles_and_irony.py``): a feeling word naming a role or a thing taught
    # ("teaching calm", "the calm one"), "dreadful" as a verdict, a thing that "feels like a"
    # threat, a road's hard shoulder, the job centre, a delay with no journey named and a job
    # named as what pays are no chip; thanks said to someone by name with nothing pleasant
    # and praise closing a mishap are irony (anger); feeling like a monster (shame), lying
    # awake turning one thing over (worry), an exam told as unprepared as its date nears and
    # sleep said to be shot are the writer's own. Rules alone 0.771 / 0.636 → 0.882 / 0.900
    # (stress recall 0.239 → 0.265, emotions 0.082 → 0.106). The chips left wrong follow
    # conventions the writers split on: bliss or gladness after rest as joy where this writer
    # says calm, a boss holding back money as work where this writer says conflict, a
    # sister's illness compared with the writer's own.
    "test29": (0.87, 0.89),
    # The thirty-first round studied test30 (rules alone, measured untouched twice: stress
    # 0.758, emotions 0.640 → 0.654) by judging each wrong chip's trigger over every writer's
    # rows (``test_analysis_feeling_senses.py``, ``test_analysis_bodies_and_nights.py``,
    # ``test_analysis_stock_and_vehicles.py``, ``test_analysis_shouting_and_beyond.py``):
    # "buzzing" said of a thing, "promising" as the verb, a body part after someone else's
    # possessive, a lecture given to someone, an illness word naming a service and a vet
    # beside livestock are no chip; a feeling said of a lad or a midwife is theirs; "said
    # nobody ever" and being shouted at as it goes on are anger; a few hours of sleep
    # counted, no switching off in bed, pay that comes late, no lunch, being sacked, a van
    # that dies on the way and damage done "for good" are the writer's strain. Two rows where
    # the writer is shouted at gained conflict, as the guide's stress table says. Rules alone
    # 0.788 (as relabelled) / 0.654 → 0.921 / 0.826 (stress recall 0.250 → 0.337, emotions
    # 0.121 → 0.135). The chips left wrong follow conventions the writers split on or need
    # more than a word: a partner's quarrel about the writer's work as sadness or shame, never
    # anger (corpus15, corpus16 and this writer); gladness at a fear behind the writer as joy
    # or calm; tears at a baby's grip with nothing sad said (sadness for every other writer);
    # a relative asking a question, a brother who ignored advice and a customer's leak as
    # family or home strain. Rent on a workplace as work as well as money is split too (4 of
    # 8 rows), and left.
    "test30": (0.91, 0.82),
    # The thirty-second round studied test31 (rules alone, measured untouched twice: stress
    # 0.667 → 0.652, the fall one row where strangers yelling at the writer newly read as a
    # quarrel; emotions 0.725 → 0.732) by judging each wrong chip's trigger over every writer's
    # rows (``test_analysis_times_gone_and_theirs.py``, ``test_analysis_hurts_and_nights.py``):
    # "it's behind me" after a past part, a feeling the writer "stopped being" in, an
    # apprentice's tears, "his rent money", "how sick I felt", a staged "fight scene" and
    # "before the baby comes" give no chip; thanks given to God are gratitude, a hurt wrist,
    # rib or stump is health, and a body's trouble "all night" is also a night lost. Two rows
    # where the writer is yelled at or called every name gained conflict, as the guide's stress
    # table says. Rules alone 0.696 (as relabelled) / 0.732 → 0.795 / 0.789 (stress recall
    # 0.276 → 0.302, emotions 0.160). The chips left wrong follow conventions the writers
    # split on or need more than a word: a quarrel's topic ("fell out over the till money") as
    # money, a supplier's price rise or a customer's haggle read as money or work, night shifts
    # as work beside sleep, insurance as money where the writer says health, a parent's
    # decline, a mum's habit or a burn as family or health where this writer says none, a
    # friend hurt before the writer as relationships (the friends trigger is right in 13 of 23
    # rows, the early writers'); hope for a colleague, gladness as joy where this writer says
    # gratitude, enjoying as joy where it says calm, self-blame as shame where it says anger,
    # "Thanks mum." as irony, "Brilliant, terrifying" read as irony (praise beside fear is
    # both feelings for three writers, too few rows to read), a fear "gone now" a sentence
    # later, grief named as a topic ("Metrics. For grief."). A year gone by ("in 2021 …")
    # as a past told against now was tried and dropped: six calm chips right, but two new
    # ones against corpus16's labels (gratitude alone where corpus14 says calm and gratitude).
    "test31": (0.79, 0.78),
    # The thirty-third round studied test32 (rules alone, measured untouched twice: stress
    # 0.660, emotions 0.667) by judging each wrong chip's trigger over every writer's rows
    # (``test_analysis_touch_shifts_machines_strangers.py``,
    # ``test_analysis_coda_after_a_reply.py``, ``test_analysis_woken_by_worry.py``): "touched"
    # with a thing as its object, a feeling in what someone keeps telling the writer ("telling
    # me it's anxiety"), "all shift" as a span of time, a machine that coughs or limps, a
    # friend kinded by one word ("online friend") with a trouble of their own and a trouble
    # told of a stranger who opens the sentence, the writer not in that part ("Old man in the
    # lounge couldn't sleep so we talked"), give no chip; thanks alone past a bare reply ("…
    # Yes. Thanks.") are irony; woken at a small hour turning one thing over is worry (7 of 7
    # such rows across five writers say anxiety). Rules alone 0.660 / 0.667 → 0.733 / 0.824
    # (stress recall 0.306, emotions 0.064 → 0.075). The chips left wrong follow conventions
    # the writers split on: a relative's or a client's parents' doings ("my sister asks at
    # every dinner", "parents booked me then cancelled"), the twins a nanny minds, neighbours
    # complaining, a divorce gone through, night shifts beside a sister's birth as family or
    # work where this writer says none; a fire alarm at 4am as sleep where it says work (every
    # other writer labels an event at a small hour as a night lost); a roommate's injury; a
    # dance partner as relationships; enjoying as joy where it says calm; a past told against
    # a calm now ("Now I've got a room. Progress.", "Don't think about it much now") as calm
    # where it says hope or nothing (the rule is right in about a hundred rows). Emotion recall
    # stays low: this writer labels a feeling in almost every row, mostly unnamed ("Made my
    # month.", "Best job in the world.", hands shaking after a rescue), and each such form is
    # labelled one way by some writers and none by others ("made my week" 10 of 13, "best
    # part/night/job …" 16 of 28, shaking 24 of 41): adding them would put wrong chips on earlier
    # writers' rows.
    "test32": (0.73, 0.82),
    # The thirty-fourth round studied test33 (rules alone, measured untouched twice: stress
    # 0.600 → 0.615, emotions 0.731) with test31's and test32's wrong stress chips, grouped by
    # cause and each trigger judged over every writer's rows (``test_analysis_dated_past.py``,
    # ``test_analysis_someone_elses_kin.py``, ``test_analysis_pleasure_words.py``,
    # ``test_analysis_quarrels_and_blame.py``): a trouble dated to a past year and told in the
    # past ("Teacher in 1989 called me lazy") keeps no stressor and no worry; a parent named
    # beside their own child, a partner after a possessive opening the clause ("My player's
    # wife is pregnant") and a job lost by "my brother" are someone else's. Shapes several
    # writers label alike were added, each with its record on the other writers' rows: a
    # shouting match or blame put on the writer (anger, 10 right, none wrong), "beamed",
    # "satisfying", a room that clapped and a qualification's paper gained (joy, 19 right, none
    # wrong). Rules alone 0.615 / 0.731 → 0.706 / 0.800 (stress recall 0.240, emotions 0.093 →
    # 0.117). The stress chips left wrong follow conventions the writers split on or need more
    # than a word: being shouted at by a guest or a supervisor as conflict where this writer
    # says work (the guide's table says conflict); a job's own words ("the ladder work", "the
    # motorway job" as a call-out, "a chest pain referral" as a patient's, kennel cough as the
    # dogs'), an office named as where a happy dog sleeps, and a promotion told with nerves.
    # Emotion recall stays low: enjoying as joy where this writer says calm, "legend" as thanks
    # (none for four earlier writers), "felt good" (joy 4 of 6) and a test passed (joy for about
    # two thirds of the rows) are split. Tried and dropped: a thing "brought me" as gratitude
    # (12 of 14 rows, but a new wrong chip on test23), "sang" as joy (11 of 12, but it stops a
    # hard time overcome from reading good) and a near miss as fright (7 of 8, but it turned a
    # reported near miss negative).
    "test33": (0.70, 0.80),
    # The thirty-fifth round studied test34 (rules alone, measured untouched twice: stress
    # 0.591, emotions 0.750; 0.614 / 0.833 after two rows that broke the guide were relabelled:
    # being shouted at gained conflict, "Proud of this job" joy) by judging each wrong chip's
    # trigger over every writer's rows (``test_analysis_seasons_gone_and_others_troubles.py``,
    # ``test_analysis_shrugs_blame_and_long_days.py``): a season gone named as when ("Last
    # winter I nearly quit …") dates a past clause's stressors as a year does; a foster child's
    # "birth mum", a flatmate's own trouble with the writer only lost for words, being sick in a
    # place said of someone else, an illness that says who someone met is ("a lady with
    # dementia"), a ride's train, a document's scan, a machine's leak and a foster "placement"
    # (0 of 11 rows study) give no chip; a feeling right after "who" is the one just named's.
    # Forms several writers label alike were added with their record on the other writers'
    # rows: a knowing shrug after a trouble ("Obviously.", "Of course it was.": anger in 8 of 8
    # rows, five writers) and "Cheers for that.", blame by its noun, being spat at or sworn at
    # (anger, 7 of 7), a dance round a room (joy), being reported (conflict, 4 of 4), hours cut
    # (work too, 4 of 4), hours on foot, a target, a director or skipper, a standby and a
    # one-star review in a bad part (work, none wrong), a cost out of the writer's own pocket, a
    # payment and prescription charges (money), "Back's gone" (health, 13 of 14 rows, eleven
    # writers), waking again and again (sleep), "due Wed", "hubby". Rules alone 0.614 / 0.833
    # → 0.822 / 0.947 (stress recall 0.223 → 0.306, emotions 0.048 → 0.086). The
    # stress chips left wrong follow conventions the writers split on or where this writer
    # alone says none: a rent "due Monday" as a time limit (4 writers yes, 3 no), neighbours
    # reporting the writer as home (2 of 4), an aching eye, a clicking knee and meds as health
    # (every other writer), a boss's demand as work (every other writer), an alarm at 3am as a
    # night lost, a grandad refusing a walker. Emotion recall stays low: this writer labels the
    # feeling a situation implies ("Paid off the van loan. Feels massive", "Quota letter
    # came"). Left out after the record check: a relative's occasion missed ("Missed Eilidh's
    # first steps") as family or sadness (about two thirds of the rows that tell one), "a cold"
    # as an illness (its new rows are this writer's, and "a cold call" is none), "glared at me"
    # as shame (two rows), "her real dad" as someone else's (test25's writer is that dad).
    # Tried and dropped: "last year" as a date like a season (a loss told so, "Last year I
    # lost my mum. Now …", is still family grief) and a season's fears set aside with its
    # stressors ("Last winter I was so anxious." keeps its anxiety; one right drop on test18
    # given up), a contract that ends as worry (5 of 6 rows, but "contract ends in May and the
    # next one's lined up" read worried too) and "nobody asks about me" as loneliness (4 of 4,
    # but the clause turned negative chipped the family it names on two rows); "no work" and
    # "quota" as work ("No work emails all weekend, amazing" turned ironic; a quota cut on
    # someone else's boats); a one-star review as a strain by itself (it chipped a friend's
    # review and turned a quote's price into money).
    "test34": (0.82, 0.94),
    # The thirty-sixth round studied test35 (rules alone, measured untouched twice: stress
    # 0.649, emotions 0.760; with the gate 0.710 / 0.826) by judging each wrong chip's trigger
    # over every writer's rows (``test_analysis_names_called_and_grounded.py``,
    # ``test_analysis_given_up_and_clock_times.py``, ``test_analysis_insurers_and_worn_out.py``,
    # ``test_analysis_specialists_and_accusations.py``,
    # ``test_analysis_lost_in_care_and_racing_hearts.py``): a clock time with minutes is its
    # hour ("5.12am" read as "12am", a small hour, chipped a birth as a family strain); friends
    # given up for a chore ("instead of seeing my mates") or still to be made, a feeling someone
    # was cured of, a mourning brooch, a flight "grounded" (no calm), a loan shark named, an
    # insurer's demand (2 of 2 rows none), a call-out named as when a poor night began ("since
    # the house fire job", 2 of 2) and money run out by a date ("skint by the 20th", 3 of 3)
    # give no chip of those kinds; a landlord beside a lease and no home is the business's.
    # Forms several writers label alike were added with their record on the other writers'
    # rows: being called a name told as done ("called me a parasite", "got called a loan
    # shark": anger in 11 of 11 rows, ten writers), "mortifying" (shame, 3 of 3), someone in
    # the writer's care lost ("Lost a patient tonight": sadness, 6 of 6), a heart that still
    # goes at a cue (anxiety, 7 of 7), overtime taken away, refunds, a specialist seen, an
    # accusation or a rage aimed at the writer, "woken at 2am", "I'm done in". Rules alone
    # 0.649 / 0.760 → 0.861 / 0.875 (stress recall 0.222 → 0.287, emotions 0.117 → 0.129;
    # polarity 0.628 → 0.656); the other splits pooled 0.859 / 0.916 → 0.861 / 0.917, no split
    # lower. The stress chips left wrong follow conventions the writers split on or need more
    # than a word: a burn from a kitchen's steam as no health (as test30 and test31 label
    # theirs; test13 and test16 say health), a leak in the writer's lab as home, lending money
    # as money where this writer says work, clients who cannot pay as work, a mum who dislikes
    # a joke as family. Emotion recall stays low: this writer labels the feeling a situation
    # implies (a kindness as gratitude, a good scene as calm and joy), and the voiced forms
    # left are labelled one way by some writers and another by others: "made my week" (joy in
    # 13 of 16 rows), "small win" (7 of 10), "standing ovation" (4 of 5), "keep replaying it"
    # (anxiety in 9 of 12 once quarrels are set aside), a closing "Lovely" after a pleasant
    # scene (joy, calm or none).
    "test35": (0.85, 0.87),
    # The thirty-seventh round studied test36 (rules alone, measured untouched twice: stress
    # 0.528, emotions 0.875; with the gate 0.568 / 0.952) by judging each wrong chip's trigger
    # over every writer's rows (``test_analysis_hosts_and_the_jobs_lot.py``,
    # ``test_analysis_tips_and_chases.py``, ``test_analysis_split_skin_and_body_clocks.py``):
    # an au pair's "host mum", "mates rates", a subjectless ", comes with the job", a leak where
    # a pool, a hall or a lab is named, one parent named bare and "every family", a bill someone
    # shouted at the writer about, a job "at the college", emails counted as a chase, an illness
    # named "for a deaf man", "argued the bin moved", blame laid by a crowd ("everyone blames us
    # personally") and a trouble followed by pity alone ("Feel for her") give no chip of those
    # kinds; a landlord selling the pub is the work's. Forms several writers label alike were
    # added with their record on the other writers' rows: skin split from a cause and a joint
    # "done" (health, 5 of 6), a body clock in pieces (sleep, every row), tips, a bonus taken
    # away, being paid told in a bad part, the people who pay cancelling and bills stacked "in
    # the same month" (money, 22 right and 1 wrong together), a depot, a trade's rush, a
    # backlog and "the hours" (work, 10 right, 1 wrong), the writer's own shaking (anxiety, 9 of
    # 9), feeling "a right idiot" and "Cringing" (shame). Rules alone 0.528 / 0.875 → 0.810 /
    # 0.926 (stress recall 0.295 → 0.495, emotions 0.128 → 0.152; polarity 0.583 → 0.594); the
    # other splits pooled 0.861 / 0.916 → 0.863 / 0.916. The stress chips left wrong follow
    # conventions the writers split on or need more than a word: a client's complaint at a
    # vet's desk and a customer screaming down the phone (this writer says no work or no
    # conflict where others say both), a payment for "the Roundhay job" (money alone here,
    # money and work for test17), a childminder's own toilet leak as home, a son's driving test
    # and a partner's school inspection as the writer's family and partner, host parents
    # quarrelling through the wall, a flatmate fired. Emotion recall stays low: this writer
    # labels the feeling a situation implies (a card as gratitude and joy, a quiet day as calm),
    # and the voiced forms left split the writers: a repeat told as a coda ("Again.", "Three
    # times": anger in 7 of 12 rows), "Looking forward to" (hope for every other writer).
    # Tried and dropped: a change at short notice as work (3 right, 2 wrong), an apprentice and
    # "lying in bed" as topics, "has to be in by the 30th" as a time limit by itself (1 right,
    # 1 wrong), every hand or "still shaking" as fright (3 wrong: a pub walked past, a proud
    # arrest, a row on a bus).
    "test36": (0.80, 0.92),
    # The thirty-eighth round studied test37 (rules alone, measured untouched twice: stress
    # 0.562, emotions 0.774; with the gate 0.667 / 0.815) by reading each wrong chip's wording
    # as a class over every writer's rows (``test_analysis_crews_crowds_and_strangers.py``,
    # ``test_analysis_supervisors.py``, ``test_analysis_month_ends_and_maxed_cards.py``): a span
    # counted back ("Years back …"), one of many ("One dad"), a trade's crew ("my delivery
    # kids"), a crowd's blame ("every single customer"), a stranger's arrears, someone else's
    # loans, an exam a counted crowd must sit, an advert's subject ("payday loan poster"), a
    # taste likened, a case compared ("the way it did with my uncle") and the office named from
    # outside give no chip of those kinds, and "shame I can barely …" is a pity. Forms several
    # writers label alike were added with their record on the other writers' rows: a limit "by
    # month end", a card maxed out, "cost me a fortune", takings down, "seven days a week"
    # (work, 4 of 4), a counted crowd off sick (work, 4 of 4), funding running out and a
    # workplace that "might shut" (work, 7 of 7), a supervisor (7 right, 1 wrong: a PhD
    # supervisor told with no study word), "bawled me out", the writer's work called bad,
    # dreaming in a bad part, a toe, a shin, a limp. Rules alone 0.562 / 0.774 → 0.821 / 0.833
    # (stress recall 0.265 → 0.451, emotions 0.161 → 0.168; polarity 0.700 → 0.739); the other
    # splits pooled 0.862 / 0.917 → 0.863 / 0.917 (stress recall 0.452 → 0.456). The stress
    # chips left wrong follow conventions the writers split on: a work van broken down (work
    # alone here, commute or both for three others), a shop's lease with the rent raised
    # (money alone here, money and work elsewhere), "three jobs before then" and "the only
    # reason I'm still in this job" as no strain, a captain's blame as no quarrel, a sister
    # wanting the writer out of the job as conflict alone, a cost "a fortune" as no money, a
    # peer's surgery told after "I came up with". Tried and dropped: "the lads" as other
    # people (breaks "Me and the lads had a great time"), a work van's breakdown as work (4
    # right, 1 wrong, under the target).
    "test37": (0.82, 0.83),
    # The thirty-ninth round studied test38 (rules alone, measured untouched twice: stress 0.571,
    # emotions 0.789; with the gate 0.700 / 0.882) by reading each wrong chip's wording as a class
    # over every writer's rows (``test_analysis_pay_lost_and_stretches_worked.py``): a job lost by
    # someone named before it (a head coach, "Jonas"; the writer's own or a wife's stays), members
    # quarrelling among themselves, "sick about" a thing (no illness in 13 of 13 rows), one child
    # named without "my" (no family in 40-odd rows), "empty" before a place or a thing and a feeling
    # word before a guest give no chip of those kinds, and a sentence dated by the next ("That was
    # ten years ago") is a past over. Forms several writers label alike were added with their record
    # on the other writers' rows: "skint" and "scraping by", pay docked, a commission cut, a wallet
    # or an account empty, sums that "don't add up" (money, 3 of 3), a share up in words (money, 2
    # of 2 as a topic), a stretch worked and counted ("ten days straight": work, 7 of 7), hours
    # counted on the writer's feet, a cut or a burn to the writer's part (health, 3 of 3),
    # "loneliest" (3 of 3), call-outs counted. Rules alone 0.571 / 0.789 → 0.719 / 0.865 (stress
    # recall 0.248 → 0.363, emotions 0.205 → 0.219; polarity 0.667 → 0.694); the other splits pooled
    # 0.862 / 0.916 → 0.864 / 0.916 (stress recall 0.456 → 0.459), no split lower. The stress chips
    # left wrong follow conventions the writers split on or need more than a word: feet "done in"
    # after a shift as work alone (health for every other writer), a landlord's rise on the unit as
    # money alone (work or both elsewhere), hours cut as money alone (money and work for 4 of 5
    # other rows), a relative's wedding as no family, a demand refused and then "felt great", tears
    # at a kindness, a general "Nobody thinks about tyres till one bursts", a cousin's mother ill
    # told beside "who got me this job". Tried and dropped: home "at 3" as sleep (5 right, 1 wrong,
    # under the target), a share up as stressful by itself (1 wrong: "Listening figures up ten
    # percent!"), a stocktake as the work's topic (1 polarity lost), "Living the dream" as work (9
    # of 12), "the best bit of my week" as joy (10 right, 7 wrong), "don't know how I'll" as worry
    # (8 of 15), a call at a small hour as sleep ("Farmer rang at 2am", "Paged at 2:47": 6 right, 1
    # wrong, a pager at 3am labelled neutral).
    "test38": (0.71, 0.86),
    # The fortieth round studied test39 (rules alone, measured untouched twice: stress 0.697,
    # emotions 0.897; with the gate 0.796 / 0.971) by reading each wrong chip's wording as a class
    # over every writer's rows (``test_analysis_kinds_measures_and_thanks.py``,
    # ``test_analysis_sums_too_small_and_echoes.py``): a body part as a depth or a kit ("mud to the
    # knees", "knee pads"), a family word before a ward ("the children's unit"), a relative "of the"
    # someone ("Mother of the bride"), a clinician's office, damp said of a thing or the weather, a
    # debt of thanks ("I owe her forever": gratitude), a paid job someone else wants for the writer,
    # "so much it aches" and a sum a customer asks of the work give no chip of those kinds; a family
    # business named by who ran it ("Dad ran this shop") is the writer's work (4 of 5 chips: one
    # writer labelled both); closing praise said twice ("lovely, just lovely") is irony. Forms
    # several writers label alike were added with their record on the other writers' rows: "no sick
    # pay" (money, 4 of 4), a bruise told by its size (health, 3 of 3), a sum that "barely covers"
    # or "doesn't cover the" cost (money, 5 of 5), jobs cancelled, "fourteen-hour days" (work, 2 of
    # 2), "disagreed with me". Rules alone 0.697 / 0.897 → 0.862 / 0.949 (stress recall 0.368 →
    # 0.448, emotions 0.236 → 0.250; polarity 0.733 → 0.756); the other splits pooled, with the
    # corpora, 0.861 / 0.915 → 0.863 / 0.915 (stress recall 0.457 → 0.459; 12 chips gained right, 0
    # wrong, 4 wrong cleared, 1 right lost), no split lower. The stress chips left wrong follow
    # conventions the writers split on: work named while volunteering or sitting as a magistrate
    # ("Manager shouted at me", "Colleague on the bench") as no work, a brother's diagnosis the
    # writer answered ("I told him what to expect") as no strain, a dead mother's keepsake as no
    # family, fees "due Friday" as money alone, a partner's fear ("reckons derby will put me in
    # hospital") as no health. Tried and dropped: "lie awake" as sleep (4 right, 1 wrong, under the
    # target), a bruise as a topic (1 wrong: "what to say about the bruise"), one shift counted by
    # its hours (1 wrong), a sum that "won't touch" a bill (1 wrong: a rise still welcome).
    "test39": (0.86, 0.94),
    # The forty-first round studied test40 (rules alone, measured untouched twice: stress 0.723,
    # emotions 0.750; with the gate 0.750 / 0.786) by reading each wrong chip's wording as a class
    # over every writer's rows (``test_analysis_theirs_and_sessions.py``): one parent named with
    # "the" ("The mum laughed"), a relative's event as the setting ("in the middle of my
    # daughter's school play"), a clinic worked in ("late all clinic"), an ailment given to or on
    # someone else ("gave her a headache", "the lump on his neck"), a clinician the writer sends
    # someone to, a study word before a loan, a trouble disowned at the close ("nothing to do
    # with me") and a person told by where they are ("A colleague on the Penzance line got spat
    # at") give no chip of those kinds; an event in a plural possessive ("my kids' sports day")
    # is no loneliness, "settled" said of a cold no calm. Forms several writers label alike were
    # added with their record on the other writers' rows: a one-star review by itself (work, 12 of
    # 12 negative), no work coming in (money and work, 7 of 7 chips), an itch, a cramp, a twitch
    # (health, 7 of 7), a head chef (work, 3 of 3), a thigh; polarity readings followed
    # (``test_analysis_polarity_small_wins_and_denials.py``). Rules alone 0.723 / 0.750 → 0.860 /
    # 0.923 (stress recall 0.262 → 0.285, emotions 0.086 untouched; polarity 0.606 → 0.628); the
    # other splits pooled, with the corpora, 0.863 / 0.916 → 0.864 / 0.918 (stress recall 0.459 →
    # 0.463; 29 chips gained right, 0 wrong, 7 wrong cleared, 0 right lost; polarity 0.770 →
    # 0.780, 101 rows gained, 2 lost), no split's chips lower (test30's polarity 0.706 → 0.700:
    # a quiet night told as a work report read good). The
    # stress chips left wrong follow conventions the writers split on or need more than a word: a
    # partner's remark conceded ("which is rude but fair"), a father's hearing told as the
    # writer's fear, a cancelled train the writer works on as commute, a neighbour snoring through
    # the wall as home, a mother asking about the work. Tried and dropped: a dispute settled as no
    # calm (1 polarity lost), a doctor's receptionist as staff (1 right lost), a relative's event
    # missed as family (11 of 14, under the target).
    "test40": (0.86, 0.92),
    # The forty-second round studied test41 (rules alone, measured untouched twice: stress 0.569,
    # emotions 0.611; with the gate 0.634 / 0.769), the lowest first reading of any batch, by
    # reading each wrong chip's wording as a class over every writer's rows
    # (``test_analysis_accusations_and_witnesses.py``): a sum the writer is accused of taking, a
    # partner who tells what the writer does asleep or has stopped, traffic lights, a mask that
    # leaks, a loan "on the new crane" falling due, children in a caseload and a price asked down
    # give no chip of those kinds; "thankfully" is no thanks, tears the writer only looks as if they
    # shed no sadness, a baby "on the Anfield case" no family, a "vet bill" no health (5 of 6 money
    # alone), "my friends' holidays" no friendship. Forms several writers label alike were added
    # with their record on the other writers' rows: one of the public who shouts at the writer
    # (work, 14 of 14), the writer undercut by a rival (work, 4 of 4), a hurt counted by its
    # stitches (health, 2 of 2); polarity readings followed
    # (``test_analysis_polarity_replays_and_ringing.py``). Rules alone 0.569 / 0.611 → 0.667 / 0.667
    # (stress recall 0.280 → 0.299, emotions 0.153 untouched; polarity 0.672 → 0.678); the other
    # splits pooled, with the corpora, 0.864 / 0.918 → 0.870 / 0.918 (0.8641 → 0.8701) (stress
    # recall 0.460 → 0.463; 22 chips gained right, 0 wrong, 19 wrong cleared, 1 right lost; 2 anger
    # chips gained right; polarity 0.7777 → 0.7796, 20 rows gained, 1 lost); no floor lowered, two
    # splits a hair lower (test6's stress 0.970 → 0.969: "The vet bill wiped out my savings"
    # labelled health; test31's polarity 0.700 → 0.694: a stocktake told bare as finished read
    # good). Most stress chips left wrong follow conventions this writer holds alone: a business's
    # costs and prices as work where the other writers label money ("Etsy fees went up again"), a
    # client's death and a car broken down between calls as work, a caller shouting as no quarrel.
    # Tried and dropped: a supplier or a wholesaler as the work's (8 right, 2 wrong, under the
    # target), a hope that a bad thing does not happen as no hope (it turned the part bad and
    # chipped a son's sneezing as family, labelled none).
    "test41": (0.66, 0.66),
    # The forty-third round studied test42 (rules alone, measured untouched twice: stress 0.650,
    # emotions 0.667; with the gate 0.750 / 0.704) by reading each wrong chip's wording as a
    # class over every writer's rows (``test_analysis_homes_and_treatments.py``,
    # ``test_analysis_worn_out_by_and_yards.py``, ``test_analysis_placed_tears.py``): a
    # relative's home named as where the writer went, someone met going through a treatment, a
    # boiler in a building that is no home, strength worn out "by Friday", a vet beside a yard's
    # horses, parents told of as a kind of people, a thing called the writer's office and tears
    # of someone named before a place give no chip of those kinds. Forms several writers label
    # alike were added with their record on the other writers' rows
    # (``test_analysis_miles_and_the_public.py``, ``test_analysis_blame_and_late_calls.py``,
    # ``test_analysis_piles_counted.py``): miles driven counted to a span (commute, 4 of 4), one
    # of the public who swears at or threatens the writer (work, 5 of 5), "I got the blame"
    # (conflict, 4 of 4), someone the writer works for calling at a late hour (work, 3 of 3), a
    # caseload or a backlog counted (work, 12 of 12), someone else's work put on the writer's
    # (work, 6 of 6); a target hit is good news (``test_analysis_polarity_targets_hit.py``).
    # Rules alone 0.650 / 0.667 → 0.805 / 0.690 (stress recall 0.280 → 0.355, emotions 0.169
    # untouched; polarity 0.567 → 0.606); the other splits pooled, with the corpora, 0.8671 /
    # 0.9148 → 0.8684 / 0.9152 (stress recall 0.4602 → 0.4622; 12 chips gained right, 0 wrong,
    # 3 wrong cleared, 0 right lost; 1 sadness chip cleared; polarity 0.7778 → 0.7783, 5 rows
    # gained, 0 lost), no split lower. Most stress chips left wrong follow conventions this
    # writer holds alone: a cut plastered and carried on, a pain "but nothing new", a sister's
    # diagnosis the writer explained to her, a lump the writer knows is a pacemaker and a
    # clinician's "that's normal" as no health (other writers label such hurts health), a
    # partner's firm making cuts as money alone (relationships for the older rows). Tried and
    # dropped: "was late" as a bad part (3 wrong chips: a meeting that ran late, the writer's
    # own lateness covered for), a parent who emails the writer as the work's (2 right, 1
    # wrong: a teacher's homework read as study), "girl" and "boy" as others wherever they feel
    # (1 right lost: "Stable girl crying in the yard" labelled sadness), "small win" as joy
    # (10 of 13, under the target).
    "test42": (0.80, 0.68),
    # The forty-fourth round studied test43 (rules alone, measured untouched twice: stress 0.611,
    # emotions 0.774; with the gate 0.683 / 0.774) by reading each wrong chip's wording as a
    # class over every writer's rows (``test_analysis_homes_unsaid_and_coming_in.py``,
    # ``test_analysis_help_joined_by_and.py``): a relative's home left unsaid ("at Nan's for
    # dinner"), coming in from work and the writer's help joined by "and" to another's trouble
    # give no chip of those kinds. Forms several writers label alike were added with their
    # record on the other writers' rows (``test_analysis_spells_bugs_and_bad_food.py``,
    # ``test_analysis_snaps_and_raised_voices.py``, ``test_analysis_ghosted.py``,
    # ``test_analysis_ones_served_late_and_nights_never_slept.py``,
    # ``test_analysis_pay_held_still.py``, ``test_analysis_shaking_told_by_when.py``,
    # ``test_analysis_fools_and_jumpy_nerves.py``). Three rows were relabelled to the guide (a
    # row with the writer's partner is conflict beside relationships, a baby's temperature the
    # writer worries over health beside family, the writer's own landlord raising the rent home
    # beside money): on those labels the round began at 0.648. Rules alone 0.611 / 0.774 → 0.750
    # / 0.800 (stress recall 0.440 → 0.615, emotions recall 0.151 → 0.176; polarity 0.622 →
    # 0.650); the other rows pooled, every split and the corpora, 0.8676 / 0.9125 → 0.8678 /
    # 0.9127 (stress recall 0.4606 → 0.4614; 5 stress chips gained right, 0 wrong, 0 right lost;
    # 7 anxiety chips gained right, 0 wrong; polarity unchanged, 0.7752), no split lower. Most
    # stress chips left wrong follow this writer's conventions: a sister's jury service she
    # looks wrecked by, a mother's frantic texts and her dentures lost again as no family, a
    # sick note and time off as logistics, a dentist the writer works beside as no health.
    # Tried and dropped: a quiet span of the writer's time as calm (40 right, 20 wrong: several
    # writers label a quiet day no feeling, and the calm turned bad sentences mixed), the quiet
    # span's good news stretched to weekdays (1 polarity gained, 2 lost), "lying on" a beach or
    # a sofa as no deceit (4 polarities lost, 1 right chip lost: writers tell lying on the floor
    # as distress), work dumped on the writer (equal-length look-alikes of troubles or children
    # dumped on the writer could not be told apart), a thing "is a joke" as anger (8 of 10).
    "test43": (0.75, 0.80),
    # The fiftieth analyser round studied test44 (rules alone, measured untouched twice: stress
    # 0.745, emotions 0.800; with the gate 0.889 / 0.889) by reading each wrong chip's wording as
    # a class over every writer's rows (``test_analysis_likened_places_and_others_banks.py``,
    # ``test_analysis_taken_along.py``): a place a scene is likened to ("like sharing at uni
    # again"), a bank after someone else's possessive ("every client's bank feed") and someone
    # the writer takes somewhere give no chip of those kinds. Forms several writers label alike
    # were added with their record on the other writers' rows
    # (``test_analysis_rows_rejections_and_firsts_compared.py``,
    # ``test_analysis_small_daft_stung_and_tongues.py``,
    # ``test_analysis_hearts_still_going_and_letters_not_dared.py``,
    # ``test_analysis_vans_off_the_road_and_costs_risen.py``,
    # ``test_analysis_looming_dates_liked_more_and_teeth.py``,
    # ``test_analysis_nth_times_and_irony_after_anger.py``, ``test_analysis_firms_gone_bust.py``).
    # No label was changed. Rules alone 0.745 / 0.800 → 0.839 / 0.857 (stress recall 0.340 →
    # 0.456, emotions recall 0.107 → 0.161; polarity 0.561 → 0.617; with the gate, in-sample,
    # 0.91 / 0.92);
    # the other splits pooled, with the corpora, 0.8655 / 0.9111 → 0.8659 / 0.9112 (stress
    # recall 0.4633 → 0.4647, emotions recall 0.3013 → 0.3044; 9 stress chips gained right, 0
    # wrong, 0 right lost; 23 emotion chips gained right, 2 wrong, 0 lost; polarity 0.7730 →
    # 0.7740, 10 rows gained, 0 lost), no split's stress lower; test22's and corpus14's
    # emotions one chip lower each (the writer's own lapse counted "for the third time" reads
    # as anger). Most stress chips left wrong follow this writer's
    # conventions: a sister who nags and a brother who vapes as no family, sore feet after a
    # wedding as no health (other writers label such aches health), a campaign's money run out
    # as none, a sick leave questioned by the boss as no health. Tried and dropped: the trade's
    # van failing its MOT as the work too (3 right, 1 wrong, under test39's floor), a sting told
    # past ("it still stung") as sadness (2 wrong), snapping at the kids as anger (2 wrong: told
    # with guilt, which the guide calls shame), an exclaimed piece of the writer's good news
    # as joy (102 of 105 rows of the blind writers, but 10 of 61 in the early splits, whose
    # floors it would break).
    "test44": (0.83, 0.85),
    # The fifty-first analyser round studied test45 (rules alone, measured untouched twice: stress
    # 0.556, emotions 0.773; with the gate 0.634 / 0.850) by reading each wrong chip's wording as a
    # class over every writer's rows (``test_analysis_other_senses_and_costs_worth_it.py``,
    # ``test_analysis_feelings_of_the_ones.py``, ``test_analysis_friends_of_mine.py``,
    # ``test_analysis_others_taken_ill_and_their_kin.py``): tips as advice, an essay's argument, a
    # bell or an email "fired", a thing "doing its job", a cost "worth every argument", a public
    # body that "can't afford it", "the nervous ones", someone met who "took ill", anyone at work
    # named by whose relative follows and a friend "of mine" give no chip of those kinds. Forms
    # several writers label alike were added with their record on the other writers' rows
    # (``test_analysis_pay_withheld.py``, ``test_analysis_time_left_to_a_limit.py``): pay withheld
    # for work booked (money), time left counted to a limit beside work told unfinished (deadlines,
    # 5 of 5). Feelings: an "as if" retort is anger (8 of 8 rows,
    # ``test_analysis_as_if_retorts.py``), a head that "goes quiet" calm, and the writer's own good
    # news exclaimed joy (``test_analysis_exclaimed_good_news.py``), the guide's reading left open
    # last round: of 55 earlier rows that exclaim good news with no joy, the 40 that plainly exclaim
    # the writer's own were relabelled joy (a commit of labels alone; the 15 left are anticipation,
    # someone else's news, relief after a scare, a day judged), and one test45 row (an essay due,
    # most of it unwritten, labelled deadlines alone) gained study, as the guide lists essays and
    # every other writer labels them. Rules alone 0.556 / 0.773 → 0.723 / 0.833 (0.702 on the old
    # label of that row; stress recall 0.303 → 0.340, emotions recall 0.121 → 0.142; polarity 0.617
    # → 0.639); the other splits pooled, with the corpora, on the new labels, 0.8655 / 0.9106 →
    # 0.8657 / 0.9116 (stress recall 0.4646 → 0.4654, emotions recall 0.3000 → 0.3076; 5 stress
    # chips gained right, 0 wrong, 0 right lost; 58 emotion chips gained right, 3 wrong, 0 lost;
    # polarity 0.7713 → 0.7715, 2 rows gained, 0 lost), no split's stress lower; dev's and test16's
    # emotions lower (0.946 → 0.941, 0.846 → 0.815: a baby's and a daughter's news and a
    # congregation's appeal, exclaimed, read as joy; a guard for someone else's news would lose
    # three rows the writers labelled joy). Most stress chips left wrong follow this writer's
    # conventions: a volunteer's rota meeting and a fundraising target as no work, a clinic the
    # writer covers as work, a partner's care as no strain. Tried and dropped: a quiet stretch of
    # the writer's time ("Quiet afternoon, radio on") as calm (40 right, 14 wrong), someone who
    # keeps at the writer ("keeps texting me") as anger (9 of 16), counted time left without
    # unfinished work (2 wrong: a viva, a sum run low).
    "test45": (0.72, 0.83),
    # The fifty-second analyser round studied test46 (rules alone, measured untouched twice: stress
    # 0.610, emotions 0.857; with the gate 0.632 / 0.958) by reading each wrong chip's wording as a
    # class over every writer's rows (``test_analysis_reaches_nights_and_late_kin.py``,
    # ``test_analysis_commendations_team_meals_and_sign_offs.py``,
    # ``test_analysis_games_called_off_and_manners.py``): a body part told as a reach ("up to my
    # knees"), "all night" spent on what caused an ache, someone else's late relative, the team
    # before a meal, a commendation, a match "abandoned by four", manners named and "hopeless at
    # it" give no chip of those kinds. Forms several writers label alike were added with their
    # record on the other writers' rows (``test_analysis_gathering_quarrels_and_waits.py``,
    # ``test_analysis_nothing_lined_up.py``, ``test_analysis_charges_raised.py``,
    # ``test_analysis_parts_that_wont_move.py``, ``test_analysis_voices_and_raw_skin.py``,
    # ``test_analysis_sums_in_figures_lacked.py``), and polarity phrases
    # (``test_analysis_nothing_beats.py``, ``test_analysis_helper_praised.py``,
    # ``test_analysis_mocked_by_the_next.py``). Feelings: any sentence exclaimed with only good
    # parts and no feeling named is joy (``test_analysis_exclaimed_good_parts.py``), a word of the
    # sentence before echoed alone ("… Two.") anger (``test_analysis_echoed_words.py``). One row
    # was relabelled to the guide (in-laws criticising the writer: family beside conflict); on
    # that label the round began at 0.634. Rules alone 0.634 / 0.857 → 0.813 / 0.962 (stress
    # recall 0.333 → 0.500, emotions recall 0.176 → 0.184; polarity 0.600 → 0.683); the other
    # splits pooled, with the corpora, 0.8637 / 0.9108 → 0.8641 / 0.9116 (stress recall 0.4634 →
    # 0.4648, emotions recall 0.3046 → 0.3087; 9 stress chips gained right, 0 wrong, 0 right
    # lost; 32 emotion chips gained right, 2 wrong, 1 wrong cleared, 0 lost; polarity 0.7693 →
    # 0.7704, 12 rows gained, 0 lost), no split's stress lower; dev's emotions 0.941 → 0.939 (a
    # teacher's praise reported with "!" read as joy) and corpus14's 0.848 → 0.843 (three echoes
    # gained as labelled, one an ache's hours). Most stress chips left wrong follow this
    # writer's conventions: a stranger screaming at the writer at work as no work, cramping
    # hands from the job as no health, a brother's broken wrist as no family, a customers'
    # possessive and evening meetings as no work. Tried and dropped: "complained about me/my" as
    # criticism (1 wrong, the right row set aside as theirs), "nothing coming in" (said of
    # someone else) and "nothing booked" (a free day) as money, a residents' meeting left as the
    # writer's work, "made my week" as joy (15 right, 4 wrong, left out by an earlier round),
    # being thanked as gratitude (the guide: another's feeling), an echo after a feeling named
    # (a patient's tears: sadness, not anger).
    "test46": (0.81, 0.96),
    # The fifty-third analyser round studied test47 (rules alone, measured untouched twice: stress
    # 0.545, emotions 0.750; with the gate 0.742 / 0.846) by reading each wrong chip's wording as a
    # class over every writer's rows (``test_analysis_things_and_roles.py``): a leak told of a
    # named thing that is no part of a home, a person from a place of study, a parent beside a
    # young animal, a woman said to be due, a patient classed by an ailment or named by a part, a
    # teenager named with "the" and a vehicle only heard give no chip of those kinds. Forms
    # several writers label alike were added with their record on the other writers' rows, one
    # at a time (``test_analysis_strain_forms.py``): work covered two ways, a rate of pay, a
    # premium and an eye-watering cost, money chased, pins and needles, steroids, a heel
    # screaming, lying awake, hours' kip, "due end of the month"; polarity from an ability back,
    # "grand" as fine, a first for a long while and "cool cool" as irony
    # (``test_analysis_regained_and_grand.py``). Feelings: a plain event exclaimed or shouted in
    # capitals is joy unless a trouble came just before
    # (``test_analysis_exclaimed_plain_events.py``: 86 rows of other writers gained, 1 wrong),
    # "Again." alone after a trouble and a word echoed with its article anger
    # (``test_analysis_echoed_words.py``), blame laid on the writer anger
    # (``test_analysis_blame_and_help.py``; the test that read it as no feeling now expects
    # anger). Three test47 emotion labels were set to the guide in a commit of labels alone (a
    # clerk's kindness and a client's thanks are no gratitude of the writer's; missing a
    # colleague is loneliness); on those labels the round began at emotions 0.781 / 0.159.
    # Rules alone 0.545 / 0.781 → 0.773 / 0.861 (stress recall 0.296 → 0.420, emotions recall
    # 0.159 → 0.198; polarity 0.600 → 0.661); the other splits pooled, with the corpora, 0.8634 /
    # 0.9121 → 0.8633 / 0.9146 (stress recall 0.4652 → 0.4689, emotions recall 0.3066 → 0.3191;
    # 24 stress chips gained right, 4 wrong, 0 right lost; 99 emotion chips gained right, 2
    # wrong, 0 lost; polarity 0.7689 → 0.7707, 19 rows gained, 0 lost); test14's, test17's and
    # test34's stress one chip lower each (lying awake over the bills, invoices chased, rates
    # that moved overnight, read as most other writers label them but not these). Most stress
    # chips left wrong follow this writer's conventions: a sister forwarding adverts and a
    # brother milking his own op as no family, cut shifts on a zero-hours contract as money
    # alone, a manager's advice beside a typing pain as no work, a law firm's partner taking
    # credit. Tried and dropped: a surgeon as a clinician (2 wrong, 0 right), printers and
    # copiers as the work's (3 right, 2 wrong, a polarity lost), the small hours as sleep (no
    # change), a teenager or toddler without "my" as someone else's (3 right lost), a friend
    # "from work" as no work (an earlier test keeps it the writer's work), "Sure, mate." as
    # irony (the comma splits the phrase).
    "test47": (0.77, 0.85),
    # The fifty-fourth analyser round studied test48 (rules alone, measured untouched twice: stress
    # 0.571 then 0.595, emotions 0.857 then 0.860; with the gate 0.677 / 0.846) by reading each
    # wrong chip's wording as a class over every writer's rows
    # (``test_analysis_stressor_words_as_kinds.py``, ``test_analysis_knotted_stomach.py``,
    # ``test_analysis_plural_relatives_homes.py``, ``test_analysis_money_disowned.py``,
    # ``test_analysis_close_ones_hard_times.py``): the family history society, a phone contract,
    # line-marking paint, a budget meeting, a stomach "already in knots", "at my in-laws'", "Not
    # my money, thankfully" next and a husband's rotten time give no chip of those kinds. What
    # "gone" says after something the writer had (``test_analysis_gone_as_lost.py``): a part gone
    # gave out (health), a sum gone is money lost. Forms several writers label alike were added
    # with their record on the other writers' rows (``test_analysis_parts_worn_down.py``,
    # ``test_analysis_care_kept_waiting.py``, ``test_analysis_raised_voices_and_costs_unpaid.py``):
    # a part worn down by a cause, agony or dry eyes, a specialty's waiting list and a physio's
    # word on rest (health), a cost not reimbursed (money), "bellowing at me" and a quarrel "got
    # into" (conflict), the public calling the writer names (work). Feelings
    # (``test_analysis_feelings_shown_not_named.py``,
    # ``test_analysis_sales_quiet_homes_and_regret.py``): a fist punched in the air, "felt like
    # myself again" and the writer's stock sold out are joy, "not proud of" and feeling awful
    # about one's doing shame, "ffs" and "some clown" anger, "bracing myself" anxiety, a home gone
    # so quiet loneliness, a calming serum no calm. Six test48 gratitude labels were set to the
    # guide in a commit of labels alone (kindness shown with no thanks named, others' thanks,
    # "thank God"); on those labels the round began at emotions 0.860 / 0.261. Rules alone 0.595
    # / 0.860 → 0.821 / 0.896 (stress recall 0.222 → 0.323, emotions recall 0.261 → 0.303;
    # polarity 0.722 → 0.756); the other splits pooled, with the corpora, 0.8622 / 0.9139 →
    # 0.8631 / 0.9145 (stress recall 0.4683 → 0.4719, emotions recall 0.3167 → 0.3206; 24 stress
    # chips gained right, 0 wrong, 0 right lost; 31 emotion chips gained right, 1 wrong, 0 lost;
    # polarity 0.7689 → 0.7693, 4 rows gained, 0 lost), no split's stress lower; test8's emotions
    # 0.940 → 0.922 (a house "so quiet since Jean died" read as loneliness beside the labelled
    # sadness, as the guide reads missing someone). Most stress chips left wrong follow this
    # writer's conventions: a client's overdue invoice as money alone, a tax return filed late as
    # deadlines alone, a sister asking for advice and a mum's nagging as no family, neighbours'
    # complaint as conflict not home. Tried and dropped: a quiet stretch ("Quiet Sunday oiling
    # tack") as calm (35 right, 6 wrong, as an earlier round found), "made my week" as joy (15
    # right, 4 wrong), "doing sums" as money (3 right, 1 wrong), "rent's due" as money by itself
    # (the tokenizer reads "rent due on the 1st", a plain fact, alike), "can't switch off" as work
    # (told as often of no work), a client who rang "to say" as no work (one row).
    "test48": (0.82, 0.89),
    # The fifty-fifth analyser round studied test49 (rules alone, measured untouched twice: stress
    # 0.459 then 0.462, emotions 0.679 then 0.679; with the gate 0.586 / 0.750) by reading each
    # wrong chip's wording as a class over every writer's rows
    # (``test_analysis_diagnosis_of_a_close_one.py``, ``test_analysis_repairs_about_town.py``,
    # ``test_analysis_juniors_and_dreams_by_day.py``,
    # ``test_analysis_parents_of_the_children_and_families_seen.py``,
    # ``test_analysis_friends_addressed_and_parts_looked_at.py``,
    # ``test_analysis_exams_passed_and_wonder.py``, ``test_analysis_relatives_laughing.py``): a
    # close person's diagnosis told at once after them, a leak across town, a junior's trouble,
    # "already dreaming about" what is to come, "the twins' mum", "the family in the public
    # gallery", ", mate," spoken to, a back stared at, a mum laughing and an exam passed with a
    # long name between give no chip of those kinds. Forms several writers label alike were added
    # with their record on the other writers' rows
    # (``test_analysis_payment_refused_for_a_reason.py``,
    # ``test_analysis_voices_raised_at_the_crew.py``,
    # ``test_analysis_spans_worked_and_long_ways.py``,
    # ``test_analysis_agony_fevers_and_drips.py``, ``test_analysis_wanted_by_a_day.py``,
    # ``test_analysis_accused_worn_senses_and_dried_orders.py``): a payment refused "because",
    # "shouting at us" and "swore blind I'd" (conflict), no full day off and on call all weekend
    # (work), hours each way (commute), "wants … by Monday" (deadlines), in agony, glandular fever
    # and "hearing isn't what it was" (health), a roof dripping (home), orders dried up (money).
    # Polarity and feelings (``test_analysis_treatment_working.py``,
    # ``test_analysis_measured_against_last_year.py``, ``test_analysis_closing_honestly.py``,
    # ``test_analysis_in_stitches_and_flying.py``,
    # ``test_analysis_handshakes_jumpy_legs_and_funny_looks.py``): a treatment "seems to be
    # working" good news, "than last year" today measured, a grievance closed by "honestly"
    # anger, "had us all in stitches" and "felt like flying" joy, a handshake, jumpy legs and a
    # funny look no feeling. Twelve test49 gratitude labels were set to the guide in a commit of
    # labels alone (kindness shown with no thanks named, a defendant's mum's thanks, relief as
    # calm); on those labels the round began at emotions 0.750 / 0.152. Rules alone 0.462 / 0.750
    # → 0.756 / 0.862 (stress recall 0.228 → 0.392, emotions recall 0.152 → 0.181; polarity 0.639
    # → 0.700); the other splits pooled, with the corpora, 0.8627 / 0.9142 → 0.8653 / 0.9143
    # (stress recall 0.4697 → 0.4706, emotions recall 0.3203 → 0.3206; 10 stress chips gained
    # right, 1 wrong, 11 wrong cleared, 4 right lost: a sister's diagnosis test22 labelled family
    # and health, and money hidden by a refusal "because" in test25 and test28; 4 emotion chips
    # gained right, 1 right lost; polarity 0.7691 → 0.7692, 5 rows gained, 3 lost). Most stress
    # chips left wrong follow this writer's conventions: a customer's dispute as conflict and no
    # work, an edit backlog as deadlines, a scaffold quote over the budget as money, eyes sore
    # from late editing as sleep. Tried and dropped: any journey "each way" (a short ride called
    # lovely read as irony; kept for an hour or more), "wanted … by" (a payment wanted and made),
    # "kept shaking my hand" (the keep-frame makes the part a grumble), "made my week" and "fully
    # booked" as good news (labels split, as earlier rounds found), a cost in figures ("Private
    # scan is £900": the currency sign is gone once read, so "is 900" is any number).
    "test49": (0.75, 0.86),
    # The fifty-sixth analyser round studied test50 (rules alone, measured untouched twice: stress
    # 0.612 then 0.612, recall 0.341; emotions 0.806 then 0.806, recall 0.171; polarity 0.683;
    # with the gate 0.659 / 0.818) by reading each wrong or missed chip's wording as a class over
    # every writer's rows. Three test50 labels were set to the guide in a commit of labels alone
    # (a brother and a mum labelled relationships, a fight with a brother without family: the
    # guide's table puts parents and siblings under family, "conflict + their category"); on
    # those labels the round began at stress 0.673 / recall 0.371. Wrong chips cleared by class
    # (``test_analysis_frights_told_as_heart_attacks.py``,
    # ``test_analysis_time_between_jobs.py``, ``test_analysis_others_places_of_study.py``,
    # ``test_analysis_leave_taken_for_illness.py``, ``test_analysis_teeth_in_idioms.py``,
    # ``test_analysis_cold_luck_and_weeping_things.py``): "nearly had a heart attack", the fares
    # "between jobs", "Everyone's off to uni", "Off sick and …", "sawdust in my teeth", "chilled
    # to the bone", "lucky her", "one weeping barrel end". Forms several writers label alike
    # (``test_analysis_work_owed_by_a_limit.py``, ``test_analysis_conditions_by_their_names.py``,
    # ``test_analysis_snoring_nearby.py``, ``test_analysis_margins_and_insuring.py``,
    # ``test_analysis_earnings_down.py``, ``test_analysis_tellings_off_by_name.py``): a count of
    # work still to do or a blank page by a limit (deadlines), a condition by its medical name
    # (health), snoring heard (sleep), margins gone and tips down (money), "got a roasting"
    # (conflict). Feelings (``test_analysis_small_wins_and_melted_hearts.py``,
    # ``test_analysis_tears_every_time.py``,
    # ``test_analysis_privileges_paid_and_repeats_counted.py``): "small win" and "I melted" joy,
    # "can't … without crying" sadness, "for the privilege" and "that's three times" anger.
    # Rules alone 0.673 / 0.806 → 0.763 / 0.895 (stress recall 0.371 → 0.506, emotions recall
    # 0.171 → 0.200; polarity 0.683 → 0.733); the other splits pooled, with the corpora, on
    # today's labels (test47's bollocking from the booker now conflict beside work, as the
    # guide says) 0.8641 / 0.9137 → 0.8647 / 0.9133 (stress recall 0.4696 → 0.4713, emotions
    # recall 0.3183 → 0.3202; polarity 0.7681 → 0.7688; 11 stress chips gained right, 3 wrong,
    # 4 wrong cleared, none right lost; 16 emotions gained right, 3 wrong, none lost; 7
    # polarity rows more right, none lost). Most stress chips left wrong follow this writer's
    # conventions: a customer's quarrel as conflict without work, a report due as deadlines
    # without work, a guide dog's vet bills as money without health. Tried and dropped: a thing
    # "called a joke" as anger (8 right, 4 wrong, under test11's, test27's and test49's
    # floors), medical names as troubles by themselves (a fracture clinic's time and others'
    # sprains chipped), "the op" (one long past), "cast on/off" (a knitter's), "between
    # meetings" (rushing between them is the work's strain).
    "test50": (0.76, 0.89),
    # The fifty-seventh analyser round studied test51 (rules alone, measured untouched twice:
    # stress 0.478 then 0.478, recall 0.314; emotions 0.793 then 0.800, recall 0.147; polarity
    # 0.617; with the gate 0.583 / 0.857) by reading each wrong or missed chip's wording as a
    # class over every writer's rows. Eleven test51 labels were set to the guide in a commit of
    # labels alone (a person in a conflict is "conflict + their category": the estate manager,
    # the team lead, a neighbour, a mother-in-law, a mum; being shouted at or criticised is
    # conflict, an argument with a husband too; pain at night is health beside sleep; relief is
    # calm); on those labels the round began at stress 0.696 / recall 0.400, emotions 0.833 /
    # 0.152 (with the gate 0.806 / 0.893). Wrong chips cleared by class
    # (``test_analysis_boxes_ticked_off.py``, ``test_analysis_tears_called_happy.py``,
    # ``test_analysis_partners_of_those_named.py``, ``test_analysis_times_before_work.py``,
    # ``test_analysis_jobs_urged.py``): "ticked off for another cycle", "cried happy tears"
    # beside a sentence read negative, "a guy whose wife just died", "before work", "should get
    # a part-time job". Forms several writers label alike
    # (``test_analysis_wanted_by_a_limit.py``, ``test_analysis_plain_tasks_failed.py``,
    # ``test_analysis_long_conditions_named.py``, ``test_analysis_content_where_i_am.py``,
    # ``test_analysis_second_guessing.py``, ``test_analysis_medicines_named.py``): "wants the
    # route done by 2" (deadlines), "can barely grip a mug", "Sciatica's acting up" and "after
    # the painkillers" (health), "nowhere I'd rather be" (calm), "second-guessing" (anxiety).
    # Rules alone 0.696 / 0.833 → 0.771 / 0.900 (stress recall 0.400 → 0.463, emotions recall
    # 0.152 → 0.165; polarity 0.617 → 0.639; with the gate 0.806 / 0.893 → 0.868 / 0.963); on
    # the labels as written 0.478 / 0.800 → 0.562 / 0.867. The other splits pooled, with the
    # corpora, 0.8631 / 0.9130 → 0.8636 / 0.9132 (stress recall 0.4717 → 0.4739, emotions
    # recall 0.3178 → 0.3183; polarity 0.7682 → 0.7685; 15 stress chips gained right, 1 wrong,
    # 1 wrong cleared, none right lost; 4 emotions gained right, none wrong, none lost; 3
    # polarity rows more right, none lost). Most stress chips left wrong follow this writer's
    # conventions: a rent due as
    # money without deadlines (earlier writers labelled both), a bonus cut as money without
    # work, a fertility clinic's wait as money without health, a relative's wedding as the
    # writer's own worry without family. Tried and dropped: a helper called "a legend" or "a
    # saint" as gratitude (labels split, and the guide reads kindness shown as good news, as
    # "what a legend" already is), a bare "bunion" as health (a customer's, and one told with
    # its history), "neighbouring" as no neighbour (a neighbouring farm is one), a kin's
    # occasion as no family (a wedding missed is family for every writer), "can't stop
    # shaking" as anxiety (joy for good news, none when past).
    "test51": (0.76, 0.89),
    # The fifty-eighth analyser round studied test52 (rules alone, measured untouched twice: stress
    # 0.695 then 0.695, recall 0.471; emotions 0.913 then 0.913, recall 0.677; polarity 0.806; with
    # the gate 0.750 / 0.929) by reading each wrong or missed chip's wording as a class over every
    # writer's rows. Wrong chips cleared by class (``test_analysis_nursing_sisters.py``,
    # ``test_analysis_places_gutted.py``, ``test_analysis_results_told_clear.py``,
    # ``test_analysis_kins_homes.py``, ``test_analysis_homesick.py``,
    # ``test_analysis_years_written_short.py``, ``test_analysis_household_deals.py``,
    # ``test_analysis_symptoms_settled.py``, ``test_analysis_hopes_kept_down.py``): "Ward sister had
    # a go at me" (work, no family), "the kitchen's gutted", "the biopsy's clear", "at my
    # brother's", "Missing home, the whole family's in Wellington", "back in '09", "a phone on
    # contract", "the night sweats have settled down", "trying not to get my hopes up". Irony and
    # quarrels several writers label alike (``test_analysis_lacks_praised.py``,
    # ``test_analysis_mishaps_praised.py``, ``test_analysis_quarrels_with_each_other.py``): praise
    # closing a thing the writer cannot get or one that will not work ("doesn't fit through the
    # door, so that's fun") anger; "Hubby and I snapped at each other" conflict. Rules alone 0.695 /
    # 0.913 → 0.786 / 0.955 (stress recall 0.471 → 0.506, emotions recall 0.677 → 0.685; polarity
    # 0.806 → 0.822; with the gate 0.750 / 0.929 → 0.820 / 0.952). The other splits pooled, with the
    # corpora, 0.8625 / 0.9130 → 0.8627 / 0.9133 (stress recall 0.4737 → 0.4737, emotions recall
    # 0.3154 → 0.3154; polarity 0.7665 → 0.7665; no stress chip gained right, 1 wrong (test18: "Sam
    # and I keep snapping at each other", labelled without conflict), 2 wrong cleared (corpus13,
    # corpus15: family beside homesickness), none right lost; 1 wrong hope cleared (test21), no
    # emotion gained or lost; no polarity row changed to or from right). Most chips left wrong
    # follow this writer's conventions: an insurer's word on the rental as home without money, a
    # publisher owing for a job as money without work, "a lonely job" as loneliness without work, a
    # child's fear after a burglary without family. Tried and dropped: "rowed over" and "rowed
    # again" as a quarrel (a boat rowed over to an island reads the same), "at each other's throats"
    # (not read through the tokens), a closing "thrilled" as irony (no trouble named before it in
    # this writer's row, and "Passed, thrilled" is meant), short years '10 to '59 (a crossword's "14
    # down" dated as a past).
    "test52": (0.78, 0.94),
    # The fifty-ninth analyser round studied test53 (rules alone, measured untouched twice: stress
    # 0.627 then 0.639, recall 0.390; emotions 0.956, recall 0.696; polarity 0.739; with the gate
    # 0.720 / 0.955) by reading each wrong or missed chip's wording as a class over every writer's
    # rows. Wrong chips cleared by class (``test_analysis_families_of_things.py``,
    # ``test_analysis_rooms_named_for_use.py``, ``test_analysis_back_to_normal.py``,
    # ``test_analysis_asked_for_advice.py``, ``test_analysis_people_told.py``,
    # ``test_analysis_employer_wont_pay.py``, ``test_analysis_relatives_rooms.py``,
    # ``test_analysis_tills_short.py``, ``test_analysis_laughed_off.py``): "one patent family", "a
    # freezing meeting room", "I'm back to normal now", "keeps ringing me for tips", "can't even
    # tell my mum", "head office won't pay for a second person", "the mother-in-law's box room",
    # "Till was forty quid short", "just laughs it off". Strain and feelings in more words
    # (``test_analysis_nights_not_had.py``, ``test_analysis_abuse_shouted.py``,
    # ``test_analysis_suspected_of_it.py``, ``test_analysis_delight_shown.py``,
    # ``test_analysis_poor_at_my_part.py``, ``test_analysis_outrage_closing.py``,
    # ``test_analysis_writer_pleased.py``): "haven't had a decent kip", "lain awake" (sleep);
    # "shouted abuse", "bellowed at all of us", "thinks I took it" (conflict); "best night in
    # ages", "loved every minute", "can't stop smiling", "really pleased" (joy); "I feel like a
    # rubbish dad", "such a fraud" (shame); "daylight robbery", "…, the cheek" (anger). Rules
    # alone 0.639 / 0.956 → 0.776 / 0.971 (stress recall 0.390 → 0.450, emotions recall 0.696 →
    # 0.792; polarity 0.739 → 0.767; with the gate 0.720 / 0.955 → 0.800 / 0.970). The other
    # splits pooled, with the corpora, 0.8616 / 0.9145 → 0.8621 / 0.9149 (stress recall 0.4741 →
    # 0.4743, emotions recall 0.3206 → 0.3221; polarity 0.7673 → 0.7675; 1 stress chip
    # gained right (test25: "strangers are messaging me abuse"), none wrong, 2 wrong cleared
    # (test47: a friend "keeps texting me for free advice"; test52: "Ashamed to tell my dad"),
    # none right lost; 13 emotions gained right, none wrong, none lost; 2 polarity rows more
    # right, none lost). Most stress chips left wrong follow this writer's conventions: a payment
    # due Friday as money without deadlines, a sister's rent beside the writer's guilt, a vet
    # called out to stock as money alone, a one-star review the writer calls fair, the boss
    # asking in front of everyone as shame without work. Tried and dropped: a feeling said of a
    # thing kept ("the bank account's happy") as no joy (it lost a money chip and a polarity
    # elsewhere: "My savings account is crying"); a bare "pleased" as joy ("the director was
    # pleased" read as the writer's). Left as read: a payment "due" as deadlines (the first
    # writers labelled it so), a bus stop where the heart raced as commute.
    "test53": (0.77, 0.96),
    # The sixtieth analyser round studied test54 (rules alone, measured untouched twice: stress
    # 0.678 then 0.694, recall 0.434; emotions 0.928, recall 0.738; polarity 0.811; with the
    # gate 0.787 / 0.946) by reading each wrong chip's wording as a class over every writer's
    # rows; one label was set to the guide first (a rota complained of is work: stress 0.710 /
    # 0.440 on the mended labels, with the gate 0.809). Wrong chips cleared by class
    # (``test_analysis_money_as_motive.py``, ``test_analysis_person_due.py``,
    # ``test_analysis_not_minded.py``, ``test_analysis_sympathy_for_them.py``,
    # ``test_analysis_counted_from_a_diagnosis.py``, ``test_analysis_no_complaint.py``,
    # ``test_analysis_last_occasion.py``, ``test_analysis_dead_as_degree.py``,
    # ``test_analysis_ironic_thanks.py``, ``test_analysis_tears_in_their_eyes.py``,
    # ``test_analysis_things_calmed.py``): "only volunteered for the money", "I'm due in at
    # eight", "to be fair I don't mind one bit", "I feel for him", "so unfair on him", "since
    # the diagnosis", "without one word of complaint", "Last drought … now it's raining", "this
    # unit has been dead quiet", "thanks a bunch Navy" (anger, no gratitude), "tears in his
    # eyes", "the tics have calmed right down". Rules alone 0.710 / 0.928 → 0.830 / 0.958
    # (stress recall 0.440 → 0.440, emotions recall 0.738 → 0.746; polarity 0.811 → 0.850; with
    # the gate 0.809 / 0.946 → 0.905 / 0.967). The other splits pooled, with the corpora,
    # 0.8608 / 0.9167 → 0.8608 / 0.9167 (stress recall 0.4739 unchanged, emotions recall 0.3287
    # → 0.3288; polarity 0.7675 → 0.7676): no stress chip changed, 1 anger gained right (test29:
    # "Manager wants me selling popcorn between reels, cheers for that."), none wrong, none
    # lost; 1 polarity row more right (test4: "didn't mind at all"), none lost. Stress chips
    # left wrong: a rent "due on the 1st" as deadlines (the first writers labelled a due day
    # so), a buddy's wife's baby and "family grams" as family, an old colleague's diagnosis,
    # a bank writing to an old name as money, ticcing "in my sleep" (other writers label acts
    # in one's sleep sleep and health), a wife juggling the bills as relationships, snapping at
    # mum over nothing as family. Tried and dropped: any word after "don't mind" (lost
    # test51's polarity), any health word after "since the" (lost test20's health chip).
    "test54": (0.82, 0.95),
    # The sixty-first analyser round studied test55 (rules alone, measured untouched twice:
    # stress 0.723, recall 0.456; emotions 0.950, recall 0.800; polarity 0.817; with the gate
    # 0.780 / 0.957) by reading each wrong chip's meaning as a class and first counting the
    # other writers' wrong chips of the same cause; no label was changed. Wrong chips cleared
    # by class (``test_analysis_thanked_person.py``, ``test_analysis_mishap_of_a_coworker.py``,
    # ``test_analysis_journey_word_senses.py``, ``test_analysis_body_mended.py``,
    # ``test_analysis_weepy_sore.py``): a person thanked in the same breath ("I'll never be
    # able to thank him enough") is support; a mishap that befell a coworker ("Coworker slipped
    # on the catwalk") is theirs; a footing missed ("Missed the kerb getting off the bus") is
    # no bus missed; "right as rain now after the physio" is over; a sore "sore and weepy" is
    # no sadness. Rules alone 0.723 / 0.950 → 0.770 / 0.960 (stress recall 0.456 unchanged,
    # emotions recall 0.800 unchanged; polarity 0.817 unchanged; with the gate 0.780 / 0.957 →
    # 0.813 / 0.967). The other splits pooled, with the corpora (12,325 rows), 0.8604 / 0.9179
    # → 0.8621 / 0.9179 (stress recall 0.4735 unchanged, 560 → 552 wrong stress chips: 8
    # cleared in seven other writers' splits, test18, test20, test39, test41, test45, test50
    # twice and test53, none gained wrong, none right lost; no emotion changed; polarity
    # 0.7688, 1 row more right, test39, none lost; with the gate stress 0.9075 → 0.9088). Stress
    # chips left wrong, most of them this writer's conventions against other writers': one of
    # the public who screams at the writer as conflict without work, a partner back at work
    # beside "lonely" (dev labels "Husband is working away again and I'm lonely" relationships
    # and work), club subs "due" as money without deadlines, a rota up as no strain, a vet at
    # the pig unit as work, a GP's hopeful word and a doctor's advice cited as health, a wife's
    # aching shoulders the writer rubs, a lift-hill "train", the writer's kids who saw it, a
    # husband's "nine days straight" as work. Tried and dropped: ironic thanks followed by a
    # name and "just perfect" (it changed no labelled row: "Hail the week before harvest" is
    # no trouble the analyser reads); "cut" and "broke" with anything after as a coworker's
    # mishap (lost 12 right work chips: "Manager's cut the night rate", "Budget cut by a third").
    "test55": (0.77, 0.95),
    # The sixty-second analyser round studied test56 (rules alone, measured untouched twice:
    # stress 0.592, recall 0.512; emotions 0.922, recall 0.764; polarity 0.750; with the gate
    # 0.646 / 0.927) by first counting the wrong stress chips of every split by cause (595 over
    # 12,685 rows, counted by hand: some 45 someone else's trouble, most of them a relative's
    # news; some 14 a trouble told past and then settled; some 20 a word in another sense; some
    # 10 logistics with no feeling) and keeping only readings that reach other writers; no label
    # was changed. Wrong chips cleared by class (``test_analysis_share_carried.py``,
    # ``test_analysis_turned_to_now.py``, ``test_analysis_worn_to_work.py``,
    # ``test_analysis_kindness_done.py``, ``test_analysis_funny_as_odd.py``): a close person
    # carrying the writer's share beside the writer's self-blame is support; a past trouble
    # turned to a good now ("A year in, I'm at peace with it") is over; clothes worn to work
    # make work where; another's trouble met with a kindness ("I keep sending her videos") is
    # theirs; "funny" as odd is no joy. Rules alone 0.592 / 0.922 → 0.656 / 0.940 (stress recall
    # 0.512 and emotions recall 0.764 unchanged, 29 → 22 wrong stress chips, 8 → 6 wrong
    # emotions; polarity 0.750 → 0.756; with the gate 0.646 / 0.927 → 0.705 / 0.947, recall
    # 0.378 / 0.724 unchanged). The other splits pooled, with the corpora (12,505 rows), 0.8608
    # / 0.9191 → 0.8635 / 0.9194 (stress recall 0.4732 unchanged, 566 → 553 wrong stress chips:
    # 13 cleared in ten other splits, test20, test21, test23, test27, test38, test54, corpus12
    # twice, corpus13, corpus15 three times and corpus16, none gained wrong, none right lost; 1
    # wrong joy cleared, test47; polarity 0.7695 → 0.7697, 2 rows more right, test47 and test48,
    # none lost; with the gate stress 0.9075 → 0.9093, 324 → 317 wrong). Stress chips left
    # wrong, most of them this writer's conventions against other writers': a missed bus as no
    # commute (other writers label it), rent "due" as money without deadlines (the first writers
    # label both), planners' drawings "by the 14th" as deadlines without work, a governors' row
    # as conflict without work, seminars covered as work, a long train to a work trip as work, a
    # body failing on a client call as health without work; a retired dentist in a quiz, a TV
    # contract, the writer's son's team, the kids gone wild at a quiz loss. Tried and dropped:
    # rent or fees "due" as money only (lost the first writers' deadlines chips), a care act
    # without the guard on letters and emails (cleared a landlord chased by email); "being
    # funny" as odd (gained test46 an unlabelled health chip, under its floor).
    "test56": (0.65, 0.94),
    # The sixty-third analyser round studied test57 (rules alone, measured untouched twice: stress
    # 0.684, recall 0.464; emotions 0.920 → 0.929, recall 0.780; polarity 0.789 → 0.794; with the
    # gate 0.711 / 0.927) by first asking of each of its 18 wrong stress chips whether a reading of
    # the analyser already covers its class: 14 were known classes in new wordings (an activity
    # partner, a quarrel made up, a close person carrying the writer's share, another's job loss or
    # health, a word in another sense, a likeness, and writers' conventions: rent "due", "four
    # nights running", a regretted outburst at a child), 4 new (pay kept, pay hoped, a block as a
    # place, a relative's kindness received). Known classes were widened where the reading loses no
    # labelled chip; no label was changed. Wrong chips cleared by class
    # (``test_analysis_partner_in_a_pastime.py``, ``test_analysis_shared_laugh.py``,
    # ``test_analysis_pay_kept.py``, ``test_analysis_pay_hoped.py``,
    # ``test_analysis_block_as_a_place.py``, ``test_analysis_lived_on.py``,
    # ``test_analysis_pity_with_a_reason.py``, ``test_analysis_stopped_being_funny.py``,
    # ``test_analysis_sacked_who_had.py``). Rules alone 0.684 / 0.929 → 0.800 / 0.949 (18 → 10 wrong
    # stress chips, stress recall 0.464 → 0.476, one right relationships chip gained; emotions
    # recall 0.780 unchanged, 7 → 5 wrong; polarity 0.794 → 0.806; with the gate 0.711 / 0.927 →
    # 0.786 / 0.947, stress recall 0.381 → 0.393, emotions recall 0.754 unchanged). The other splits
    # pooled, with the corpora (12,685 rows), stress 0.8603 → 0.8613 (575 → 570 wrong stress chips:
    # cleared in test16, test17, test46, corpus12 and corpus15, none gained wrong, none right lost;
    # stress recall 0.4736 unchanged), emotions 0.9200 unchanged, polarity 0.7695 → 0.7696 (test40
    # one row more right, three moved towards their label, none lost; with the gate stress 0.9068 →
    # 0.9078, 330 → 326 wrong, recall 0.4292 and emotions 0.9348 unchanged). Left wrong, most of
    # them this writer's conventions against other writers': a regretted snap at a child as no
    # family, "four nights running" and a "full-time job" likeness as no work, rent "due" as no
    # deadline; a relative's gift for the writer's stomach, a game's director, "the complaints
    # department" as a joke, a doctor who says an opponent's injury was not the writer's doing.
    # Tried and dropped: "block" out of VADER altogether (lost two right negative rows, test26 and
    # test33, whose only bad word it was).
    "test57": (0.79, 0.94),
    # The sixty-fourth analyser round studied test61 (rules alone, measured untouched twice: stress
    # 0.712, recall 0.511; emotions 0.929, recall 0.773; polarity 0.822; with the gate 0.821 /
    # 0.938) by asking of each of its 19 wrong stress chips and 7 wrong emotions what it meant.
    # One label was wrong by the guide (a stranger calling the writer a bad keeper is criticism:
    # conflict), which makes the untouched figures 0.727 / 0.929, with the gate 0.839 / 0.938.
    # Wrong chips cleared by class (``test_analysis_body_screaming.py``,
    # ``test_analysis_block_as_a_save.py``, ``test_analysis_family_worked_it.py``,
    # ``test_analysis_hopes_had.py``, ``test_analysis_crawled_aboard.py``,
    # ``test_analysis_moved_for_the_job.py``; test60's ``test_analysis_contest_costs.py`` and
    # ``test_analysis_leak_of_a_place.py``).
    # Rules alone 0.727 / 0.929 → 0.778 / 0.958 (18 → 14 wrong stress chips, stress recall 0.516 →
    # 0.527, one right work chip gained; emotions recall 0.773 unchanged, 7 → 4 wrong; polarity
    # 0.822 → 0.828; with the gate 0.839 / 0.938 → 0.855 / 0.957, stress recall 0.505 and
    # emotions recall 0.756 unchanged). The other splits pooled, with the corpora (13,405 rows),
    # stress 0.8567 → 0.8573 (624 → 621 wrong: test60's game cost and band room, test59's
    # herbarium roof; none gained wrong, none right lost; recall 0.4764 unchanged), emotions
    # 0.9199 and polarity 0.7711 unchanged (with the gate test60 5 → 3 wrong, test59 7 as
    # before). Left wrong,
    # most of them this writer's conventions against other writers': a van payment "due" as no
    # deadline, months away from the wife and children as no family, a relative's funeral
    # remembered and a brother's failed graft as no family, a family to feed as no family; a
    # race "meeting" twice, a team's captain, roster and athletic department, a sports team's
    # cliques, a contract's weeks left, friends leaving a league and a price risen for the seller
    # (read as work, relationships or money).
    "test61": (0.77, 0.95),
}


@pytest.fixture(scope="module")
def rows() -> list[Labelled]:
    return parse_tsv(DATA.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def analyses() -> Mapping[str, EntryAnalysis]:
    """Every labelled text analysed once (``labelled_analyses``): the splits' evaluations and
    the stress-cloud check read the same analyses instead of each running the analyser."""
    return labelled_analyses()


@pytest.fixture(scope="module")
def by_split(rows: list[Labelled], analyses: Mapping[str, EntryAnalysis]) -> dict[str, Evaluation]:
    """Every split evaluated once for the module, from the analyses read once."""

    def analysed(title: str, body: str) -> EntryAnalysis:
        return analyses[body] if not title and body in analyses else analyse(title, body)

    return {
        split: evaluate((r for r in rows if r.split == split), analysed)
        for split in {r.split for r in rows}
    }


@pytest.fixture(scope="module")
def dev(by_split: dict[str, Evaluation]) -> Evaluation:
    return by_split["dev"]


@pytest.fixture(scope="module")
def held_out(by_split: dict[str, Evaluation]) -> Evaluation:
    return by_split["test"]


@pytest.fixture(scope="module")
def studied(by_split: dict[str, Evaluation]) -> Evaluation:
    return by_split["test2"]


@pytest.fixture(scope="module")
def fresh(by_split: dict[str, Evaluation]) -> Evaluation:
    return by_split["test11"]


def test_the_labelled_set_is_large_and_covers_every_label(rows: list[Labelled]) -> None:
    assert len(rows) >= 300
    assert len({r.text for r in rows}) == len(rows)  # no duplicates
    held_out = [r for r in rows if r.split == "test"]
    studied = [r for r in rows if r.split == "test2"]
    sizes = {split: sum(r.split == split for r in rows) for split in FLOORS}
    assert len(held_out) >= 150 and len(studied) >= 250
    assert sizes["test3"] >= 150 and sizes["test4"] >= 120
    assert sizes["test5"] >= 150 and sizes["test6"] >= 60
    assert sizes["test7"] >= 50 and sizes["test8"] >= 150
    assert sizes["test9"] >= 60 and sizes["test10"] >= 120
    assert sum(r.split == "test11" for r in rows) >= 60
    assert sum(r.split == "test12" for r in rows) >= 120
    assert sum(r.split == "test13" for r in rows) >= 150
    # test14 (180 rows, written blind) joined untuned; the rules then read it at stress 0.667 /
    # recall 0.315, emotions 0.714 / 0.556, polarity 0.683, and were not tuned on it
    assert sum(r.split == "test14" for r in rows) >= 150
    # test15 (180 rows, written blind) likewise: stress 0.500 / 0.158, emotions 0.452 / 0.132,
    # polarity 0.494; its writer labels feelings the situation implies, not only named ones
    assert sum(r.split == "test15" for r in rows) >= 150
    # test16 (180 rows, written blind) measured untouched at stress 0.792 / 0.151, emotions
    # 0.500 / 0.081, polarity 0.489, then joined to be studied
    assert sum(r.split == "test16" for r in rows) >= 150
    # test17 (180 rows, written blind) measured untouched twice: stress 0.483 → 0.500 / 0.121,
    # emotions 0.714 → 0.724 / 0.134 → 0.141, polarity 0.467 → 0.472, then joined to be studied
    assert sum(r.split == "test17" for r in rows) >= 150
    # test18 (180 rows, written blind by a new writer) measured untouched twice: stress 0.459 →
    # 0.486 / 0.140, emotions 0.529 → 0.500 / 0.053 → 0.047, polarity 0.483, then joined
    assert sum(r.split == "test18" for r in rows) >= 150
    # test19 (180 rows, written blind by a new writer) measured untouched twice, rules → rules +
    # the learned gate: stress 0.629 → 0.679 / 0.161 → 0.139, emotions 0.667 → 0.720 / 0.110
    assert sum(r.split == "test19" for r in rows) >= 150
    # test20 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.586 / 0.667, emotions 0.690 / 0.703
    assert sum(r.split == "test20" for r in rows) >= 150
    # test21 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.551 / 0.636, emotions 0.690 / 0.720
    assert sum(r.split == "test21" for r in rows) >= 150
    # test22 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.667 / 0.686, emotions 0.760 / 0.791
    assert sum(r.split == "test22" for r in rows) >= 150
    # test23 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.758 / 0.839, emotions 0.872 / 0.907
    assert sum(r.split == "test23" for r in rows) >= 150
    # test24 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.846 / 0.853, emotions 0.806 / 0.818
    assert sum(r.split == "test24" for r in rows) >= 150
    # test25 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.686 / 0.750, emotions 0.529 / 0.571
    assert sum(r.split == "test25" for r in rows) >= 150
    # test26 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.621 / 0.696, emotions 0.682 / 0.700
    assert sum(r.split == "test26" for r in rows) >= 150
    # test27 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.714 / 0.789, emotions 0.750 / 0.789
    assert sum(r.split == "test27" for r in rows) >= 150
    # test28 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.722 / 0.839, emotions 0.929 / 1.000
    assert sum(r.split == "test28" for r in rows) >= 150
    # test29 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.765 / 0.808, emotions 0.636 / 0.765
    assert sum(r.split == "test29" for r in rows) >= 150
    # test30 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.758 / 0.739, emotions 0.640 / 0.714
    assert sum(r.split == "test30" for r in rows) >= 150
    # test31 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.667 / 0.714, emotions 0.725 / 0.743
    assert sum(r.split == "test31" for r in rows) >= 150
    # test32 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.660 / 0.818, emotions 0.667 / 0.733
    assert sum(r.split == "test32" for r in rows) >= 150
    # test33 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.600 / 0.667, emotions 0.731 / 0.773
    assert sum(r.split == "test33" for r in rows) >= 150
    # test34 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.591 / 0.667, emotions 0.750 / 0.750
    assert sum(r.split == "test34" for r in rows) >= 150
    # test35 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.649 / 0.710, emotions 0.760 / 0.826
    assert sum(r.split == "test35" for r in rows) >= 150
    # test36 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.528 / 0.568, emotions 0.875 / 0.952
    assert sum(r.split == "test36" for r in rows) >= 150
    # test37 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.562 / 0.667, emotions 0.774 / 0.815
    assert sum(r.split == "test37" for r in rows) >= 150
    # test38 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.562 / 0.676, emotions 0.789 / 0.875
    assert sum(r.split == "test38" for r in rows) >= 150
    # test39 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.697 / 0.796, emotions 0.897 / 0.971
    assert sum(r.split == "test39" for r in rows) >= 150
    # test40 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.723 / 0.750, emotions 0.750 / 0.786
    assert sum(r.split == "test40" for r in rows) >= 150
    # test41 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.569 / 0.634, emotions 0.611 / 0.769
    assert sum(r.split == "test41" for r in rows) >= 150
    # test42 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.650 / 0.750, emotions 0.667 / 0.704
    assert sum(r.split == "test42" for r in rows) >= 150
    # test43 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.611 / 0.683, emotions 0.774 / 0.774
    assert sum(r.split == "test43" for r in rows) >= 150
    # test44 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.745 / 0.889, emotions 0.800 / 0.889
    assert sum(r.split == "test44" for r in rows) >= 150
    # test45 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.556 / 0.634, emotions 0.773 / 0.850
    assert sum(r.split == "test45" for r in rows) >= 150
    # test46 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.610 / 0.632, emotions 0.857 / 0.958
    assert sum(r.split == "test46" for r in rows) >= 150
    # test47 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.545 / 0.742, emotions 0.750 / 0.846
    assert sum(r.split == "test47" for r in rows) >= 150
    # test48 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.571 / 0.655, emotions 0.857 / 0.842
    assert sum(r.split == "test48" for r in rows) >= 150
    # test49 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.459 / 0.586, emotions 0.679 / 0.750
    assert sum(r.split == "test49" for r in rows) >= 150
    # test50 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.612 / 0.659, emotions 0.806 / 0.818
    assert sum(r.split == "test50" for r in rows) >= 150
    # test51 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.478 / 0.583, emotions 0.793 / 0.852
    assert sum(r.split == "test51" for r in rows) >= 150
    # test52 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.695 / 0.750, emotions 0.913 / 0.929
    assert sum(r.split == "test52" for r in rows) >= 150
    # test53 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.639 / 0.720, emotions 0.956 / 0.955
    assert sum(r.split == "test53" for r in rows) >= 150
    # test54 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.694 / 0.787, emotions 0.928 / 0.946
    assert sum(r.split == "test54" for r in rows) >= 150
    # test55 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.723 / 0.780, emotions 0.950 / 0.957
    assert sum(r.split == "test55" for r in rows) >= 150
    # test56 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.592 / 0.646, emotions 0.922 / 0.927
    assert sum(r.split == "test56" for r in rows) >= 150
    # test57 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.684 / 0.711, emotions 0.920 / 0.927
    assert sum(r.split == "test57" for r in rows) >= 150
    # test58 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.797 / 0.849, emotions 0.897 / 0.908
    assert sum(r.split == "test58" for r in rows) >= 150
    # test59 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.687 / 0.848, emotions 0.904 / 0.909
    assert sum(r.split == "test59" for r in rows) >= 150
    # test60 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.841 / 0.898, emotions 0.932 / 0.931
    assert sum(r.split == "test60" for r in rows) >= 150
    # test61 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.712 / 0.821, emotions 0.929 / 0.938
    assert sum(r.split == "test61" for r in rows) >= 150
    # test62 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.717 / 0.804, emotions 0.945 / 0.952
    assert sum(r.split == "test62" for r in rows) >= 150
    # test63 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.754 / 0.875, emotions 0.906 / 0.911
    assert sum(r.split == "test63" for r in rows) >= 150
    # test64 (180 rows, written blind by a new writer) measured untouched twice; on the code the
    # round began with, rules / rules + gate: stress 0.705 / 0.792, emotions 0.933 / 0.951
    assert sum(r.split == "test64" for r in rows) >= 150
    assert {r.split for r in rows} == {
        "dev",
        "test",
        "test2",
        *FLOORS,
        "test11",
        "test12",
        "test13",
        "test14",
        "test15",
        "test16",
        "test17",
        "test18",
        "test19",
        "test20",
        "test21",
        "test22",
        "test23",
        "test24",
        "test25",
        "test26",
        "test27",
        "test28",
        "test29",
        "test30",
        "test31",
        "test32",
        "test33",
        "test34",
        "test35",
        "test36",
        "test37",
        "test38",
        "test39",
        "test40",
        "test41",
        "test42",
        "test43",
        "test44",
        "test45",
        "test46",
        "test47",
        "test48",
        "test49",
        "test50",
        "test51",
        "test52",
        "test53",
        "test54",
        "test55",
        "test56",
        "test57",
        "test58",
        "test59",
        "test60",
        "test61",
        "test62",
        "test63",
        "test64",
    }
    for part in ("dev", "test", "test2"):
        labelled = [r for r in rows if r.split == part]
        assert {c for r in labelled for c in r.stress} == set(CATEGORIES)
        assert {r.polarity for r in labelled} == {"pos", "neg", "neutral", "mixed"}
        # hard negatives: sentences with no stressor at all are a large share
        assert sum(not r.stress for r in labelled) > len(labelled) / 3


def test_precision_on_the_dev_rows_meets_the_target(dev: Evaluation) -> None:
    stress, emotions = dev.stress.total, dev.emotions.total
    assert stress.precision is not None and stress.precision >= TARGET_PRECISION
    assert emotions.precision is not None and emotions.precision >= TARGET_PRECISION
    # 0.83 before the fourth round added 129 harder dev rows (others' feelings, settled
    # stress, stressors named only in passing): 0.77 with them, 0.82 after the sixth round
    assert stress.recall is not None and stress.recall >= 0.8


def test_precision_on_the_held_out_rows_meets_the_target(held_out: Evaluation) -> None:
    stress, emotions = held_out.stress.total, held_out.emotions.total
    assert stress.precision is not None and stress.precision >= TARGET_PRECISION
    assert emotions.precision is not None and emotions.precision >= TARGET_PRECISION
    assert stress.recall is not None and stress.recall >= 0.6
    assert emotions.recall is not None and emotions.recall >= 0.75


def test_precision_on_studied_everyday_rows_meets_the_target(studied: Evaluation) -> None:
    stress, emotions = studied.stress.total, studied.emotions.total
    assert stress.precision is not None and stress.precision >= TARGET_PRECISION
    assert emotions.precision is not None and emotions.precision >= TARGET_PRECISION
    assert stress.recall is not None and stress.recall >= 0.6
    assert emotions.recall is not None and emotions.recall >= 0.65


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_precision_on_later_batches_meets_the_target(
    by_split: dict[str, Evaluation], split: str
) -> None:
    evaluation = by_split[split]
    stress, emotions = evaluation.stress.total, evaluation.emotions.total
    stress_floor, emotions_floor = FLOORS[split]
    assert split in UNDER_TARGET or min(stress_floor, emotions_floor) >= TARGET_PRECISION
    assert stress.precision is not None and stress.precision >= stress_floor
    assert emotions.precision is not None and emotions.precision >= emotions_floor
    assert stress.recall is not None and stress.recall >= STRESS_RECALL_FLOORS.get(split, 0.55)
    assert emotions.recall is not None and emotions.recall >= 0.7


def test_precision_on_the_rows_studied_in_the_eighth_round_keeps_its_floor(
    fresh: Evaluation,
) -> None:
    stress, emotions = fresh.stress.total, fresh.emotions.total
    assert stress.precision is not None and stress.precision >= FRESH_STRESS_FLOOR
    assert emotions.precision is not None and emotions.precision >= FRESH_EMOTIONS_FLOOR
    assert stress.recall is not None and stress.recall >= 0.7  # 0.74 (0.68 before study)
    assert emotions.recall is not None and emotions.recall >= 0.7


def test_precision_on_the_latest_rows_keeps_its_floor(
    by_split: dict[str, Evaluation],
) -> None:
    latest = by_split["test12"]
    stress, emotions = latest.stress.total, latest.emotions.total
    assert stress.precision is not None and stress.precision >= LATEST_STRESS_FLOOR
    assert emotions.precision is not None and emotions.precision >= LATEST_EMOTIONS_FLOOR
    assert stress.recall is not None and stress.recall >= 0.55  # 0.60 (0.55 before study)
    assert emotions.recall is not None and emotions.recall >= 0.85
    assert latest.polarity_accuracy >= LATEST_POLARITY_FLOOR


def test_precision_on_the_blind_batch_studied_in_the_ninth_round_keeps_its_floor(
    by_split: dict[str, Evaluation],
) -> None:
    blind = by_split["test13"]
    stress, emotions = blind.stress.total, blind.emotions.total
    assert stress.precision is not None and stress.precision >= BLIND_STRESS_FLOOR
    assert stress.recall is not None and stress.recall >= BLIND_STRESS_RECALL_FLOOR
    assert emotions.precision is not None and emotions.precision >= BLIND_EMOTIONS_FLOOR
    assert emotions.recall is not None and emotions.recall >= 0.75  # 0.78 (0.74 blind)
    assert blind.polarity_accuracy >= BLIND_POLARITY_FLOOR


@pytest.mark.parametrize("split", sorted(STUDIED_BLIND_FLOORS))
def test_the_studied_blind_batches_keep_their_floors(
    by_split: dict[str, Evaluation], split: str
) -> None:
    stress_floor, emotions_floor = STUDIED_BLIND_FLOORS[split]
    stress, emotions = by_split[split].stress.total, by_split[split].emotions.total
    assert stress.precision is not None and stress.precision >= stress_floor
    assert emotions.precision is not None and emotions.precision >= emotions_floor


# Polarity accuracy floors, just under today's (the eighth round): dev 0.82, test 0.83, test2
# 0.84, test3 0.83, test4 0.79, test5 0.82, test6 0.92, test7 0.88, test8 0.82, test10 0.81
# (0.65 untuned); test9 0.72 (0.58 measured once), under the others' floor, said here;
# test11 0.91 (0.82 before the eighth round studied it).
POLARITY_FLOOR = 0.78
POLARITY_FLOORS = {"test9": 0.7}
FRESH_POLARITY_FLOOR = 0.9


@pytest.mark.parametrize("split", ["dev", "test", "test2", *sorted(FLOORS)])
def test_polarity_accuracy_on_studied_rows_keeps_its_floor(
    by_split: dict[str, Evaluation], split: str
) -> None:
    assert by_split[split].polarity_accuracy >= POLARITY_FLOORS.get(split, POLARITY_FLOOR)


def test_polarity_accuracy_on_test11_keeps_its_floor(fresh: Evaluation) -> None:
    assert fresh.polarity_accuracy >= FRESH_POLARITY_FLOOR


def test_every_stressor_is_in_a_negative_part_of_its_text(
    rows: list[Labelled], analyses: Mapping[str, EntryAnalysis]
) -> None:
    """The dashboard relies on it: a stress-cloud word always comes with negative affect."""
    for row in rows:
        analysis = analyses[row.text]
        for keyword, weight in analysis.stress_keywords:
            assert category_of(keyword) is not None and weight > 0
        if analysis.stress_keywords:
            assert analysis.sentiment.has_negative_part, row.text


def test_the_issue_example_reads_as_mixed_with_calm_and_poor_sleep() -> None:
    analysis = analyse("", "Felt calmer than yesterday; slept badly though.")
    texts = [spec.text for spec in chip_specs(analysis)]
    assert texts == ["Mixed", "Calm", "poor sleep"]


@pytest.mark.parametrize(
    "text",
    [
        "The sky was ridiculous.",
        "The usual, nothing much.",
        "Read the news over breakfast.",
        "Slept on the train.",
        "It was a day.",
        "Work was great, the team loved my idea.",
        "No deadlines this week, finally some breathing room.",
        "Paid off the last of my credit card, feels amazing!",
        "Talked to my mum about it and felt better.",
        "Bills paid, fridge full.",
        "Sleep was okay, nothing to report.",
        "My colleague's landlord is kicking him out and I feel awful for him.",
        "Not a single argument with the kids today.",
    ],
)
def test_everyday_words_and_positive_mentions_are_not_stressors(text: str) -> None:
    assert analyse("", text).stress_keywords == ()


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Deadline panic at work.", {"deadlines", "work"}),
        ("Couldn't sleep, kept thinking about the exam.", {"sleep", "study"}),
        ("Argued with my sister about money.", {"conflict", "family", "money"}),
        ("Money is tight and the rent went up again.", {"money"}),
        ("Stuck in traffic for an hour and late for my shift.", {"commute", "work"}),
        ("Traffic was a nightmare.", {"commute"}),  # the idiom is not about sleep
    ],
)
def test_stressors_in_stressful_context_count(text: str, categories: set[str]) -> None:
    found = {category_of(k) for k, _w in analyse("", text).stress_keywords}
    assert found == categories


@pytest.mark.parametrize(
    ("text", "label", "allowed"),
    [
        ("I felt calm and grateful today.", "positive", {"Calm", "Gratitude"}),
        ("I am so anxious and sad.", "negative", {"Anxiety", "Sadness"}),
        ("So excited for the trip, but nervous about flying.", "mixed", {"Joy", "Anxiety"}),
        ("Not happy at all today.", "negative", set()),
    ],
)
def test_sentiment_and_emotion_chips_agree(text: str, label: str, allowed: set[str]) -> None:
    analysis = analyse("", text)
    assert analysis.sentiment.label == label
    emotions = {s.text for s in chip_specs(analysis) if s.kind == "emotion"}
    assert emotions <= allowed and (emotions or not allowed)


@pytest.mark.parametrize(
    "text",
    [
        "She was furious with her boss today.",  # someone else's feeling
        "My sister was really upset about the results.",
        "They were thrilled with the present.",
        "If work gets stressful I'll go for a walk.",  # a condition, not an event
        "I'd be so happy if I got that job.",
        "I need to relax.",  # wanted, not felt
        "Too tired to enjoy dinner.",
        "Why can't I just be happy?",  # a pleasant feeling asked about
        "Read an article about anxiety in teenagers.",  # a topic
        "Watched a scary film.",  # describes a thing
        "Less stressed than last week.",  # easing
        "I used to get so anxious before meetings, not anymore.",  # how it used to be
        "Wished mum a happy birthday.",
        "The new cafe does amazing coffee.",  # praise of a thing, not joy
        "The film was amazing.",
        "My partner says I seem happier lately.",  # someone else's words
        "She told me she's really stressed about the move.",
        "Got an extension on the report, thank god.",  # relief in passing, not thanks
        "I was worried about money in the spring but it's fine now.",  # over now
        "My colleague's been off with stress for a month.",  # their stress
        "Lonely Planet guide arrived for the trip.",  # a name holding a feeling word
        "Anxious dog at the vet this morning.",  # describes the dog
        "The panic is over, the passport turned up.",  # over now
        "The angry email from my manager is still in my inbox.",  # describes a thing
        "I don't have anything to worry about today.",  # idioms borrowing a feeling word
        "For crying out loud, the printer jammed again.",
    ],
)
def test_feelings_that_are_not_the_writers_now_show_no_chip(text: str) -> None:
    analysis = analyse("", text)
    assert [s for s in chip_specs(analysis) if s.kind == "emotion"] == []
    assert analysis.stress_keywords == ()


@pytest.mark.parametrize(
    ("text", "emotion"),
    [
        ("Mum cried, I cried, it was awful.", "Sadness"),  # the writer's too
        ("My boss is so annoying.", "Anger"),  # the cause, felt by the writer
        ("She annoys me so much.", "Anger"),
        ("A bit lonely tonight.", "Loneliness"),  # mild, but named
        ("Is it normal to feel this anxious before a dentist appointment?", "Anxiety"),
        ("Trying to stay hopeful.", "Hope"),
        ("Paid off my credit card, feels amazing!", "Joy"),  # praise that is felt
        ("No work emails all weekend, amazing.", "Joy"),  # exclaimed on its own
        ("The holiday was amazing.", "Joy"),  # the writer's own time
        ("A friend said something hurtful and I can't let it go.", "Sadness"),
        ("Kind of sad the holiday is over.", "Sadness"),  # sad about an ending
    ],
)
def test_the_writers_own_feelings_still_show(text: str, emotion: str) -> None:
    analysis = analyse("", text)
    assert emotion in {s.text for s in chip_specs(analysis) if s.kind == "emotion"}


@pytest.mark.parametrize(
    "text",
    [
        "Tired after a long walk with mum, lovely day.",  # company
        "I felt sad on the train home for no reason.",  # where, not what
        "Doctor said my blood pressure is finally normal.",  # settled later in the clause
        "Glad the exam is over.",
        "My colleague is off sick.",  # their trouble
        "Feeling nervous about meeting his parents.",  # meeting as a verb
        "Didn't sleep badly for once.",  # an exception to a usual trouble
        "The doctor said the rash is nothing serious.",  # an all-clear after the topic
        "The project deadline is next month, plenty of time.",
        "Work stress is behind me now.",  # past, and not felt now either
        "Me and my sister went shopping, it was exhausting.",  # company, not the stressor
        "No money worries this month for a change.",
        "Had a headache this morning but it's gone now.",  # settled by a later part
        "Three months pain free after the physio.",  # free of it
        "My football team lost again, gutted.",  # other senses of work words
        "The news report about the floods was heartbreaking.",
    ],
)
def test_company_settings_and_settled_topics_are_not_stressors(text: str) -> None:
    assert analyse("", text).stress_keywords == ()


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("My partner and I both hate our jobs.", {"work"}),  # the partner shares it
        ("My partner and I had a huge fight last night.", {"conflict", "relationships"}),
        ("Mum and dad were bickering all through lunch.", {"conflict", "family"}),
    ],
)
def test_a_person_beside_the_writer_counts_only_in_a_conflict(
    text: str, categories: set[str]
) -> None:
    found = {category_of(k) for k, _w in analyse("", text).stress_keywords}
    assert found == categories


@pytest.mark.parametrize(
    ("text", "shown", "not_shown"),
    [
        ("The house feels empty since she left.", "Loneliness", "Sadness"),
        ("Did a stressful workout class, loved it.", "Joy", "Anxiety"),
        ("Took the cat to the vet, an anxious cat but fine.", "", "Anxiety"),  # describes it
    ],
)
def test_an_empty_home_is_loneliness_and_a_stressful_class_is_a_thing(
    text: str, shown: str, not_shown: str
) -> None:
    chips = {s.text for s in chip_specs(analyse("", text)) if s.kind == "emotion"}
    assert (shown in chips or not shown) and not_shown not in chips


def test_a_negated_fix_does_not_settle_the_stressor() -> None:
    text = "The landlord still hasn't fixed the boiler and it's freezing."
    assert {category_of(k) for k, _w in analyse("", text).stress_keywords} == {"home"}
    still = analyse("", "My knee hurts but it isn't over yet.")
    assert {category_of(k) for k, _w in still.stress_keywords} == {"health"}


def test_a_regretted_outburst_is_shame_not_anger() -> None:
    regretted = analyse("", "I shouted at the kids this morning and I feel so guilty about it.")
    chips = {s.text for s in chip_specs(regretted) if s.kind == "emotion"}
    assert "Anger" not in chips and "Shame" in chips
    angry = analyse("", "I shouted at the referee, so angry.")
    assert "Anger" in {s.text for s in chip_specs(angry) if s.kind == "emotion"}


def test_a_positive_ending_settles_stressors_with_no_named_feeling() -> None:
    assert analyse("", "The kids were loud and chaotic all day.").stress_keywords != ()
    assert (
        analyse("", "The kids were loud and chaotic all day but it was fun.").stress_keywords == ()
    )
    kept = analyse("", "Work is stressful but my team is great.")  # the feeling is named
    assert {category_of(k) for k, _w in kept.stress_keywords} == {"work"}


@pytest.mark.parametrize(
    "text",
    [
        "Happy to help my neighbour with her shopping.",  # willingness
        "Pension statement arrived, it is less than I had hoped.",  # a hope not met
        "The performance review was fine, nothing to worry about.",  # an idiom, not calm
        "Feeling guilty for missing my niece's birthday.",  # an event missed, not a person
        "My teenager slammed the door on me again.",  # the teenager's act
        "Family dinner was tense, nobody mentioned the will.",  # describes the dinner
        "Money was tight last year but we're comfortable now.",  # comfortable off
        "Meditation didn't help today.",  # the activity, not the feeling
    ],
)
def test_idioms_sarcasm_and_others_feelings_show_no_such_chip(text: str) -> None:
    chips = {s.text for s in chip_specs(analyse("", text)) if s.kind == "emotion"}
    assert not chips & {"Joy", "Hope", "Calm", "Loneliness", "Anger", "Anxiety", "Gratitude"}


@pytest.mark.parametrize(
    "text",
    [
        "Love it when the printer jams five minutes before a deadline.",  # sarcasm
        "Fantastic, the car failed its MOT.",  # praise alone before a bad event
    ],
)
def test_sarcasm_shows_anger_and_no_pleasant_chip(text: str) -> None:
    # the labelling guide reads sarcasm at what the writer lives through as their anger
    chips = {s.text for s in chip_specs(analyse("", text)) if s.kind == "emotion"}
    assert "Anger" in chips
    assert not chips & {"Joy", "Hope", "Calm", "Gratitude"}


def test_a_feeling_about_a_thing_before_is_not_felt_now() -> None:
    analysis = analyse("", "Passed the exam I was dreading, so relieved.")
    chips = {s.text for s in chip_specs(analysis) if s.kind == "emotion"}
    assert chips == {"Calm"} and analysis.stress_keywords == ()


@pytest.mark.parametrize(
    "text",
    [
        "Made up with my friend after last week's argument, feel lighter.",  # reconciled
        "It's been a year since the breakup and I'm finally okay.",  # fine now
        "The school run was chaos but we made it on time.",  # it went fine
        "The exam was tough but I think I passed.",
        "Bit lonely now that the kids have moved out.",  # missed, not a stressor
        "Excited about the new job but sad to leave my old team.",  # leaving is missing
        "Partner is away for work, the house feels empty.",  # someone else's work
        "Went to the surgery for my flu jab and had a nice chat with the nurse.",  # a place
        "Back pain is making it hard to sit at my desk.",  # health only: a desk is a place
    ],
)
def test_settled_missed_and_placed_topics_are_not_stressors(text: str) -> None:
    categories = {category_of(k) for k, _w in analyse("", text).stress_keywords}
    assert categories <= {"health"} and ("desk" in text or not categories)


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("My parents are getting divorced and I don't know whose side to take.", {"family"}),
        ("The neighbours' baby cried all night, we barely slept.", {"home", "sleep"}),
        ("Rent due friday and I'm short.", {"money", "deadlines"}),
        ("Not sure how we'll pay for the repairs.", {"money"}),
        ("Been coughing for three weeks now, should probably see a doctor.", {"health"}),
        ("My flatmate never does the washing up and it's driving me up the wall.", {"home"}),
    ],
)
def test_whose_stressor_and_plain_trouble_words(text: str, categories: set[str]) -> None:
    assert {category_of(k) for k, _w in analyse("", text).stress_keywords} == categories


def test_someone_elses_breakup_still_reads_as_negative() -> None:
    analysis = analyse("", "My friend is going through a divorce and I feel for her.")
    # VADER reads "friend" as pleasant; the breakup still makes the part unpleasant
    assert analysis.stress_keywords == () and analysis.sentiment.label in ("negative", "mixed")


def test_crying_one_is_ashamed_of_is_shame_not_sadness() -> None:
    chips = {
        s.text for s in chip_specs(analyse("", "I'm embarrassed I cried in front of my team."))
    }
    assert "Shame" in chips and "Sadness" not in chips


def test_it_went_fine_after_a_hard_part_reads_as_mixed() -> None:
    assert analyse("", "The exam was hard but I think I did okay.").sentiment.label == "mixed"


def test_agreement_holds_on_every_labelled_sentence(
    rows: list[Labelled], analyses: Mapping[str, EntryAnalysis]
) -> None:
    """What a person sees: never "Positive" with a stressor or an unpleasant chip, never
    "Negative" with only pleasant chips and no stressor (read here, where the analyses are made
    once for the module)."""
    for row in rows:
        analysis = analyses[row.text]
        shown = {e for e, s in analysis.emotions.items() if s >= CHIP_MINIMUM}
        bad = bool(analysis.stress_keywords) or bool(shown & NEGATIVE_EMOTIONS)
        label = analysis.sentiment.label
        assert not (label == "positive" and bad), row.text
        assert not (label == "negative" and shown & POSITIVE_EMOTIONS and not bad), row.text
