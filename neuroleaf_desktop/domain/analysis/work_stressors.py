"""What a person can be stressed about in their work: the ``work`` category of the lexicon.

Why a module of its own: the work's stressors are the largest part of the lexicon (the job,
the people over and beside the writer, the public served, the hours and the places worked);
``stress_keywords`` assembles every category's table. The notation is the lexicon's
(``lexicon.py``), a leading ``"!"`` marking a phrase stressful by itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from neuroleaf_desktop.domain.analysis.stressor_forms import (
    CALL_OUTS_COUNTED,
    HOURS_A_DAY,
    LATE_CALLS,
    ON_MY_FEET,
    PILES_COUNTED,
    SERVED_LATE,
    STRETCHES_WORKED,
    WORKPLACES,
)

# No work coming in: "no work", "no bookings", "zero sales" (read only in a bad part).
NO_WORK_IN: Final = tuple(
    f"{none} {work}"
    for none in ("no", "zero")
    for work in ("work", "jobs", "bookings", "orders", "sales", "gigs", "enquiries")
)

# Abuse from one of the public (see its patterns below); never shown as a chip of its own.
PUBLIC_ABUSE: Final = "abuse from the public"

# keyword shown in the cloud → patterns
WORK_STRESSORS: Final[Mapping[str, tuple[str, ...]]] = {
    "work": ("work", "wrk", "the grind", "back to work", "workplace", "office", "job",
             "jobs", "career", "shift",
             "shifts", "overtime", "workload", "!too much work", "client", "clients",
             "department", "!long shift", "!double shift",
             # every day worked ("seven days a week behind that counter", "fourth week
             # without a day off"): the work's strain, as every writer who told it labelled
             "!seven days a week", "!7 days a week", "!without a day off", "!no day off",
             *STRETCHES_WORKED, *CALL_OUTS_COUNTED, *HOURS_A_DAY,
             "!no days off", "!not one day off", "!not a day off", "!no full day off",
             # on call for a whole span ("On call all weekend so no five-a-side")
             "!on call all",
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
             # two people's work covered by one ("I'm covering two caseloads", "covering both
             # crossings", "covering two sites for the same rate"): the work's strain by
             # itself, as every writer who told it labelled
             *(f"!covering {count}" for count in ("two", "both", "three", "2", "3")),
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
             "head chef", "team leader",
             # a senior nurse by her title ("Ward sister had a go at me", "charge sister
             # moved me again"): the one over the shift, never the writer's family
             *(f"{rank} sister" for rank in ("ward", "charge", "theatre", "night", "senior",
                                            "junior", "nursing", "duty"))),
    "colleagues": ("colleague", "colleagues", "coworker", "coworkers", "team"),
    # sworn at or threatened by one of the public the writer serves ("A man swore at me for
    # five minutes over a £3 charge", "Bloke threatened to punch me over a fare"): the
    # work's strain, as every writer who told one labelled; ``stressor_reading`` keeps it
    # only when one of the public is named as who did it, and reads it as the work
    PUBLIC_ABUSE: ("!swore at me", "!swearing at me", "!swears at me", "!sworn at me",
                   "!threatened me", "!threatened to * me"),
    # a meeting named by its business ("went red in the budget meeting") is a meeting, not
    # the writer's money
    "meetings": ("meeting", "meetings", "budget meeting*", "finance meeting*"),
    "emails": ("emails", "inbox"),
    "job loss": ("!lost my job", "!laid off", "!layoff*", "!redundan*", "!fired",
                 "!sacked", "!got the sack", "!given the sack",
                 "!restructur*", "!unemploy*"),
    "interview": ("interview", "interviews", "job interview"),
    "presentation": ("presentation", "presentations"),
    "performance review": ("performance review*", "appraisal*"),
    "burnout": ("!burnout", "!burnt out", "!burned out", "!burn out"),
}  # fmt: skip
