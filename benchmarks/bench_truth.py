"""Truthfulness of "What helped last time?": topics, checked claims, no-data answers, latency.

Profiles: demo profiles of several seeds (``demo.generator``: one year each, its ground truth
known) and four small hand-built ones: no lows at all, sleep data only, anxiety data only, one
week of data. Over them, at least 60 questions across every topic, each labelled with the
topic it should get and whether the profile holds data for it.

For every answer:

* topic correct?
* every shown claim supported? — checked twice: by the verifier against the evidence it cites
  (``verify_claim``), and against the raw data, independently of the evidence builders: every
  ISO date it states is a day with check-ins or entries, and every logged activity it names
  was logged within a day of one of the cited items' dates;
* a no-data question (e.g. anxiety on the sleep-only profile) answered without any claim and
  without evidence borrowed from another topic;
* distinct evidence: how many different evidence lists the questions of a profile got.

Targets: 100 % of shown claims supported, topic accuracy ≥ 95 %, every no-data case without
a claim; first token ≤ 3 s and full answer ≤ 15 s (the default model on 2 cores).

Usage: ``python benchmarks/bench_truth.py [--model test|default|none] [--seeds 7 11 23]
[--semantic] [--final]``
(``none``: no language model, topics and evidence only, fast).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from truth_blocks import BLOCK_B, LETTERED_BLOCKS  # folder on path

END = date(2026, 11, 1)
TARGET_TOPIC, TARGET_FIRST, TARGET_FULL = 0.95, 3.0, 15.0

# (question, expected topic kind, expected subject)
DEMO_QUESTIONS: tuple[tuple[str, str, str], ...] = (
    ("What helped last time I felt low?", "low_mood", ""),
    ("What got me out of the slump last time?", "low_mood", ""),
    ("What helped last time?", "low_mood", ""),
    ("What helps when I sleep badly?", "sleep", ""),
    ("Why do I wake up tired?", "sleep", ""),
    ("What helped last time I felt anxious before work?", "anxiety", ""),
    ("How can I calm down when I'm worried?", "anxiety", ""),
    ("Is my job stressing me out?", "stress", ""),
    ("Do deadlines make me feel worse?", "stress", ""),
    ("Why do I have no energy?", "energy", ""),
    ("Does walking help my mood?", "activity", "walk"),
    ("Is exercise good for me?", "activity", "exercise"),
    ("Does alcohol affect my sleep?", "activity", "alcohol"),
    ("When did I last go for a walk?", "last_time", "walk"),
    ("When did I last feel anxious?", "last_time", "anxiety"),
    ("How am I after seeing Sam?", "activity", "Sam"),
    ("What's the weather like tomorrow?", "unknown", ""),
    ("Do I sleep better after yoga or after a walk?", "activity", "yoga"),  # compared
    ("How was my sleep last month?", "sleep", ""),  # a window: October (today: END + 1 day)
)
# Fresh phrasings, written after the topic rules without running them first: how people
# really ask (typos, indirect, slang, names of people and places from the journal). Topic
# only (the evidence's own questions above check claims); counted in topic accuracy.
FRESH_PHRASINGS: tuple[tuple[str, str, str], ...] = (
    ("why cant i sleep lately", "sleep", ""),
    ("whats been helping when im feeling down?", "low_mood", ""),
    ("does running help me", "activity", "exercise"),
    ("Do I sleep worse after drinking?", "activity", "alcohol"),
    ("im so anxous all the time, what helps", "anxiety", ""),
    ("What calms me down when I'm panicking?", "anxiety", ""),
    ("Why am I always knackered?", "energy", ""),
    ("Is yoga doing anything for me?", "activity", "yoga"),
    ("When did I last meditate?", "last_time", "meditation"),
    ("how have i been since seeing Priya", "activity", "Priya"),
    ("Is work the reason I'm so stressed?", "stress", ""),
    ("Do I feel better on days I see friends?", "activity", "friends"),
    ("Does therapy help?", "activity", "therapy"),
    ("What helps me get out of a rut?", "low_mood", ""),
    ("Why do I keep waking up at 4am?", "sleep", ""),
    ("my boss is stressing me out, is it showing in my mood?", "stress", ""),
    ("Am I more tired on work days?", "energy", ""),
    ("What should I do when I can't switch off at night?", "sleep", ""),
    ("When did I last see Tom?", "last_time", "Tom"),
    ("Did Lisbon do me good?", "activity", "Lisbon"),
    ("how does cooking affect my mood", "activity", "cooking"),
    ("what's the capital of France", "unknown", ""),
    ("Tell me a joke", "unknown", ""),
    ("Why do I feel so flat lately?", "low_mood", ""),
    ("How do I stop worrying so much?", "anxiety", ""),
    ("Does meditation help my anxiety?", "activity", "meditation"),
    ("When was the last time I went for a walk?", "last_time", "walk"),
    ("Have deadlines been getting to me?", "stress", ""),
    ("I have zero motivation, what helped before?", "energy", ""),
    ("What got me through the last bad patch?", "low_mood", ""),
    ("Why am I so on edge before meetings?", "anxiety", ""),
    ("Does reading before bed help me sleep?", "activity", "reading"),
    ("Whats helped my mood after a rough week?", "low_mood", ""),
    ("When did I last feel this anxious?", "last_time", "anxiety"),
    ("Does spending time with family make me happier?", "activity", "family"),
)
# Written after the topic rules were changed for the misses above, and never tuned on: the
# honest measure of how the topic rules do on new wording.
HELD_OUT_PHRASINGS: tuple[tuple[str, str, str], ...] = (
    ("has my sleep been getting worse?", "sleep", ""),
    ("why am i so grumpy and low this month", "low_mood", ""),
    ("Do I feel more anxious on Mondays?", "anxiety", ""),
    ("is the gym worth it for my mood", "activity", "exercise"),
    ("When did I last have a really bad night?", "last_time", "sleep"),
    ("how's my energy been since I started yoga", "activity", "yoga"),
    ("Is my manager affecting how I feel?", "stress", ""),
    ("does seeing Lena cheer me up", "activity", "Lena"),
    ("What pulled me out of feeling so hopeless before?", "low_mood", ""),
    ("I'm burnt out, what helped last time?", "stress", ""),
    ("do i sleep better after a walk", "activity", "walk"),
    ("why do i feel so jittery", "anxiety", ""),
    ("has wine been messing with me", "activity", "alcohol"),
    ("What's the best pizza near me?", "unknown", ""),
    ("when did i last feel properly rested", "last_time", "sleep"),
    ("am i lonely a lot?", "low_mood", ""),
)
# Held-out, round 2 ("voices"): written in one go before any run, never tuned on. Many voices
# and forms. How the labels were decided (the rules a person can read in "Looking at: …"):
# * a named activity, person or place is the subject, even next to a feeling word ("does yoga
#   help my anxiety" → yoga); with both a person and an activity the person wins ("my runs with
#   Sam" → Sam: the days with Sam are the more specific question);
# * two feelings: the one the question asks about wins, i.e. the *object* of helps / affects /
#   makes worse ("what helps my sleep when I'm anxious" → sleep); with no object, the feeling
#   the question names as its condition ("what helped last time I felt anxious" → anxiety);
# * negations and comparisons keep their topic ("what DOESN'T help my anxiety" → anxiety);
# * a time frame does not change the topic, but "since I started therapy" names therapy;
# * "tired" / "drained" is energy, waking / nights / naps are sleep;
# * "stressed", deadlines, workload are stress; anxious, nervous, panic are anxiety;
# * a name or activity the journal does not hold is still the subject (its answer: "I can't
#   find X in your journal"); a question not about the person at all is unknown.
HELD_OUT_VOICES: tuple[tuple[str, str, str], ...] = (
    ("wat helps when i cant sleep", "sleep", ""),
    ("y am i so anxius lately", "anxiety", ""),
    ("feelin rly down again, wht helped b4?", "low_mood", ""),
    ("so tired all the tiem, why", "energy", ""),
    ("im stressed af about work", "stress", ""),
    ("nervy before presentations, what calms me?", "anxiety", ""),
    ("sleeping like garbage, any pattern?", "sleep", ""),
    ("what DOESN'T help my anxiety", "anxiety", ""),
    ("What never works when I'm low?", "low_mood", ""),
    ("is there anything that does NOT help my sleep", "sleep", ""),
    ("Which habits make my stress worse rather than better?", "stress", ""),
    ("Do I sleep better on weekends than on weeknights?", "sleep", ""),
    ("am i more anxious in winter or summer", "anxiety", ""),
    ("Is my mood better on days I exercise?", "activity", "exercise"),
    ("Do I have more energy on days off?", "energy", ""),
    ("Is my mood worse on Mondays than Fridays?", "low_mood", ""),
    ("How has my sleep been over the last month?", "sleep", ""),
    ("Have I been more stressed since the summer?", "stress", ""),
    ("How has my mood been since I started therapy?", "activity", "therapy"),
    ("Has my anxiety gone down this year?", "anxiety", ""),
    ("what helped my energy in the spring", "energy", ""),
    ("What helps my sleep when I'm anxious?", "sleep", ""),
    ("Does anxiety mess with my sleep?", "sleep", ""),
    ("When work is stressful, what helps my mood?", "low_mood", ""),
    ("I'm exhausted and anxious, what helped my anxiety before?", "anxiety", ""),
    ("Is being tired making my mood worse?", "low_mood", ""),
    ("Does poor sleep make me more anxious the next day?", "anxiety", ""),
    ("Does pressure at work make me anxious?", "anxiety", ""),
    ("What helps when I'm overwhelmed with deadlines?", "stress", ""),
    ("Why do I panic before my shifts?", "anxiety", ""),
    ("is my workload getting to me", "stress", ""),
    ("What helps me unwind after a stressful day?", "stress", ""),
    ("Why am I drained every afternoon?", "energy", ""),
    ("Why do I feel groggy in the mornings?", "sleep", ""),
    ("How can I have more energy during the day?", "energy", ""),
    ("I'm tired but can't fall asleep, what helps?", "sleep", ""),
    ("do naps help me", "sleep", ""),
    ("do my runs help", "activity", "exercise"),
    ("how do I feel after my runs with Sam?", "activity", "Sam"),
    ("Does Walking make a difference?", "activity", "walk"),
    ("Does YOGA help me?", "activity", "yoga"),
    ("what about my Therapy sessions, are they helping?", "activity", "therapy"),
    ("is gaming bad for my sleep", "activity", "gaming"),
    ("does watching tv late affect me", "activity", "tv"),
    ("Do I feel better after a good meal?", "activity", "good meal"),
    ("does playing music cheer me up", "activity", "music"),
    ("Are dates good for my mood?", "activity", "date"),
    ("does my coffee in the evening affect my sleep", "activity", "caffeine late"),
    ("Is scrolling on my phone at night hurting me?", "activity", "screen late"),
    ("do chores make me feel worse?", "activity", "chores"),
    ("Has journaling helped me?", "activity", "journaling"),
    ("does hanging out with friends lift my mood", "activity", "friends"),
    ("Do visits to my mum help?", "activity", "family"),
    ("How do I feel after time in the woods?", "activity", "nature"),
    ("Does studying stress me out?", "activity", "study"),
    ("how do i feel after seeing priya", "activity", "Priya"),
    ("does time with LENA help", "activity", "Lena"),
    ("Is Jonas good for me?", "activity", "Jonas"),
    ("Did I feel better after Aisha's visit?", "activity", "Aisha"),
    ("how's my anxiety after talking to Dana", "activity", "Dana"),
    ("Does Henrik stress me out?", "activity", "Henrik"),
    ("Grandma visits: do they cheer me up?", "activity", "Grandma"),
    ("Did Crete do me any good?", "activity", "Crete"),
    ("Was I happier in New York?", "activity", "New York"),
    ("Does Paris cheer me up?", "activity", "Paris"),
    ("Does knitting help me relax?", "activity", "knitting"),
    ("Does swimming help my mood?", "activity", "exercise"),
    ("Is caffeine wrecking my nights?", "activity", "caffeine late"),
    ("Does booze make my anxiety worse?", "activity", "alcohol"),
    ("how much does exercise actually matter for how I feel", "activity", "exercise"),
    ("when did i last go to yoga", "last_time", "yoga"),
    ("When's the last time I saw Tom?", "last_time", "Tom"),
    ("last time I went running?", "last_time", "exercise"),
    ("How long since I last meditated?", "last_time", "meditation"),
    ("When did I last have a drink?", "last_time", "alcohol"),
    ("when was I last really stressed", "last_time", "stress"),
    ("When did I last feel this low?", "last_time", "low_mood"),
    ("When was the last time I felt really anxious?", "last_time", "anxiety"),
    ("when did I last have a good night's sleep", "last_time", "sleep"),
    ("When was I last actually happy?", "last_time", "low_mood"),
    ("When did I last go bowling?", "last_time", "bowling"),
    ("What helped the last time I couldn't sleep?", "sleep", ""),
    ("last time I was this stressed, what got me through?", "stress", ""),
    ("Honestly, what helps when everything feels pointless?", "low_mood", ""),
    ("I keep waking at 3, why?", "sleep", ""),
    ("what helps with the sunday scaries", "anxiety", ""),
    ("what lifts me when I'm blue", "low_mood", ""),
    ("How do I get my motivation back?", "energy", ""),
    ("Which evenings lead to bad sleep?", "sleep", ""),
    ("I feel heavy and sad most mornings, what helped before?", "low_mood", ""),
    ("what's the weather", "unknown", ""),
    ("Can you write me a poem?", "unknown", ""),
    ("How many calories are in a banana?", "unknown", ""),
    ("who won the football last night", "unknown", ""),
    ("What's 17 times 23?", "unknown", ""),
    ("translate 'hello' into Spanish", "unknown", ""),
    ("Who is the prime minister?", "unknown", ""),
    ("Tell me about black holes", "unknown", ""),
    ("set a reminder for 9am", "unknown", ""),
)
# Held-out, round 3 ("strangers"): new wording, written in one go after the rules were
# changed for the misses of "voices" and before any run; labels follow the rules above.
HELD_OUT_STRANGERS: tuple[tuple[str, str, str], ...] = (
    ("whats up with my sleep recently", "sleep", ""),
    ("i've been crying a lot, what's helped me before", "low_mood", ""),
    ("Do I get anxious when I skip yoga?", "activity", "yoga"),
    ("Which days do I feel most on edge?", "anxiety", ""),
    ("Is there a link between screen time and how I sleep?", "activity", "screen late"),
    ("What tends to come before my worst weeks?", "low_mood", ""),
    ("feeling burnt out at the job, any patterns?", "stress", ""),
    ("Has my mood improved since I started meditating?", "activity", "meditation"),
    ("When did I last catch up with Marco?", "last_time", "Marco"),
    ("Do I feel more rested after weekends away?", "sleep", ""),
    ("Why am I so sluggish in the mornings?", "energy", ""),
    ("am I worse after a night out drinking", "activity", "alcohol"),
    ("What doesn't help when I'm stressed out?", "stress", ""),
    ("How do I do on days I cook for myself?", "activity", "cooking"),
    ("How often do I feel lonely?", "low_mood", ""),
    ("When did I last sleep through the night?", "last_time", "sleep"),
    ("Does talking to my sister help?", "activity", "family"),
    ("do i feel better after time outdoors", "activity", "nature"),
    ("Is Dr. Okafor helping me?", "activity", "Okafor"),
    ("What's the best thing I can do on a bad day?", "low_mood", ""),
    ("Do my energy levels dip after late coffee?", "activity", "caffeine late"),
    ("When was my last panic attack?", "last_time", "anxiety"),
    ("What calms my nerves before a big meeting?", "anxiety", ""),
    ("Is there anything in my journal about Kerala?", "activity", "Kerala"),
    ("How's my mood been in the weeks after seeing family?", "activity", "family"),
    ("can you recommend a good book", "unknown", ""),
    ("What time is it in Tokyo?", "unknown", ""),
    ("I've had a terrible week at work, what pulled me through before?", "stress", ""),
    ("Am I sleeping less since the new job?", "sleep", ""),
    ("Do I get headaches when I'm anxious?", "anxiety", ""),
    ("how come i feel wiped every sunday evening", "energy", ""),
    ("Do I feel less worried on days I journal?", "activity", "journaling"),
    ("Is swimming good for my anxiety?", "activity", "exercise"),
    ("What helps me when everything feels like too much?", "stress", ""),
    ("Are my Friday drinks a problem?", "activity", "alcohol"),
    ("Do I sleep worse before presentations?", "sleep", ""),
    ("Why do I feel guilty all the time?", "low_mood", ""),
    ("Have I been more irritable lately?", "low_mood", ""),
    ("Tell me when I last felt really good", "last_time", "low_mood"),
    ("what's a good recipe for lasagne", "unknown", ""),
    ("How did the trip to Montreal affect me?", "activity", "Montreal"),
    ("is my sleep any better when I don't drink?", "activity", "alcohol"),
)
# Held-out, round 4 ("last look"): written after every fix above and measured once, not tuned:
# the honest number for wording no rule was changed for.
HELD_OUT_LAST_LOOK: tuple[tuple[str, str, str], ...] = (
    ("why do i feel so blah on sundays", "low_mood", ""),
    ("What usually brings my anxiety down?", "anxiety", ""),
    ("Do I crash after late nights out?", "sleep", ""),
    ("Has therapy made any difference to how anxious I am?", "activity", "therapy"),
    ("when did i last play video games", "last_time", "gaming"),
    ("Do I feel calmer after seeing Ruth?", "activity", "Ruth"),
    ("Am I more on edge on work days?", "anxiety", ""),
    ("Why do I feel so heavy and hopeless in January?", "low_mood", ""),
    ("What helps me switch off after a long shift?", "stress", ""),
    ("how long since i went to the gym", "last_time", "exercise"),
    ("Is my phone keeping me awake?", "activity", "screen late"),
    ("Do walks in nature lift my mood more than the gym?", "activity", "walk"),
    ("What happened before my last low patch?", "low_mood", ""),
    ("Do I function better with eight hours of sleep?", "sleep", ""),
    ("Are deadlines the reason I feel overwhelmed?", "stress", ""),
    ("Is my energy better when I eat properly?", "activity", "good meal"),
    ("Does Greta make work more stressful?", "activity", "Greta"),
    ("When was the last time I felt rested?", "last_time", "sleep"),
    ("How am I after a weekend with my brother Ben?", "activity", "Ben"),
    ("Does skateboarding cheer me up?", "activity", "skateboarding"),
    ("Did Reykjavik do anything for me?", "activity", "Reykjavik"),
    ("i feel on the verge of tears, what helped before", "low_mood", ""),
    ("Why do I worry so much at bedtime?", "anxiety", ""),
    ("what's the population of Canada", "unknown", ""),
    ("Could you summarise the news?", "unknown", ""),
    ("Do I feel more drained after socialising?", "activity", "friends"),
    ("How's my mood on days with no exercise?", "activity", "exercise"),
    ("Am I more anxious after coffee?", "activity", "caffeine late"),
    ("when did I last have a proper lie-in", "last_time", "sleep"),
    ("What helps with the afternoon slump?", "low_mood", ""),
    ("Is stress at work keeping me up?", "sleep", ""),  # the effect asked about: sleep
    ("does baking make me happier", "activity", "cooking"),
)
# (question, topic, subject, the profile has data for it)
SMALL_QUESTIONS: dict[str, tuple[tuple[str, str, str, bool], ...]] = {
    "no lows": (
        ("What helped last time I felt low?", "low_mood", "", False),
        ("What helps when I sleep badly?", "sleep", "", True),
        ("When did I last feel anxious?", "last_time", "anxiety", False),
        ("Does walking help?", "activity", "walk", True),
        ("How is my energy?", "energy", "", False),
        ("Is work stressing me?", "stress", "", False),
    ),
    "sleep only": (
        ("What helps when I sleep badly?", "sleep", "", True),
        ("Why can't I sleep?", "sleep", "", True),
        ("What helped last time I felt anxious?", "anxiety", "", False),
        ("What helped last time I felt low?", "low_mood", "", False),
        ("How is my energy?", "energy", "", False),
        ("When did I last sleep badly?", "last_time", "sleep", True),
    ),
    "anxiety only": (
        ("What helped last time I felt anxious?", "anxiety", "", True),
        ("How do I calm down when I'm nervous?", "anxiety", "", True),
        ("What helps when I sleep badly?", "sleep", "", False),
        ("What helped last time I felt low?", "low_mood", "", False),
        ("Why am I so exhausted?", "energy", "", False),
        ("When did I last feel anxious?", "last_time", "anxiety", True),
    ),
    "one week": (
        ("What helped last time I felt low?", "low_mood", "", True),
        ("What helps when I sleep badly?", "sleep", "", True),
        ("What helped last time I felt anxious?", "anxiety", "", True),
        ("Does walking help?", "activity", "walk", True),
        ("Is my job stressing me out?", "stress", "", False),
        ("When did I last go for a walk?", "last_time", "walk", True),
    ),
}


@dataclass
class Row:
    profile: str
    questions: int = 0
    topic_ok: int = 0
    fresh: int = 0  # fresh phrasings asked (topic only)
    fresh_ok: int = 0
    held: int = 0  # held-out phrasings asked (topic only)
    held_ok: int = 0
    blocks: dict[str, list[int]] = field(default_factory=dict)  # later held-out: [asked, ok]
    shown: int = 0
    supported: int = 0
    dropped: int = 0
    no_data: int = 0
    no_data_ok: int = 0
    evidence_sets: set[tuple[str, ...]] = field(default_factory=set)
    firsts: list[float] = field(default_factory=list)
    fulls: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    drop_reasons: list[str] = field(default_factory=list)  # why model claims were not shown


def _checkin(day: date, mood: int, **kw: object) -> object:
    from neuroleaf_desktop.domain.models import NewCheckIn

    at = datetime(day.year, day.month, day.day, 20, tzinfo=UTC)
    return NewCheckIn(mood=mood, logged_at=at, tz_offset_min=0, **kw)  # type: ignore[arg-type]


def small_profiles() -> dict[str, list[object]]:
    """Hand-built check-ins: what each small profile holds."""
    start = END - timedelta(days=40)
    days = [start + timedelta(days=i) for i in range(40)]
    no_lows = [
        _checkin(d, 6 + (i % 3), sleep_hours=7.0 + 0.5 * (i % 2), anxiety=2 + (i % 2),
                 activities=("walk",) if i % 2 else ("reading",))
        for i, d in enumerate(days)
    ]  # fmt: skip
    sleep_only = [
        _checkin(d, 6, sleep_hours=(4.5, 7.5, 8.0, 6.0, 9.0, 7.0, 5.0)[i % 7],
                 activities=("walk",) if i % 3 == 0 else ())
        for i, d in enumerate(days[:21])
    ]  # fmt: skip
    anxiety_only = [
        _checkin(d, 6, anxiety=(3, 8, 5, 9, 4, 2, 7)[i % 7],
                 emotions=("anxious",) if (3, 8, 5, 9, 4, 2, 7)[i % 7] >= 7 else ("calm",),
                 activities=("yoga",) if i % 2 else ())
        for i, d in enumerate(days[:21])
    ]  # fmt: skip
    moods = (7, 6, 5, 3, 2, 5, 7)
    one_week = [
        _checkin(d, moods[i], sleep_hours=(7.5, 7.0, 6.0, 5.0, 5.5, 8.0, 8.5)[i],
                 anxiety=(3, 4, 6, 8, 8, 5, 3)[i],
                 activities=(("walk", "friends") if i in (0, 5) else ("work",)))
        for i, d in enumerate(days[-7:])
    ]  # fmt: skip
    return {"no lows": no_lows, "sleep only": sleep_only, "anxiety only": anxiety_only,
            "one week": one_week}  # fmt: skip


def _data_days(session: object) -> tuple[set[date], dict[date, set[str]]]:
    from neuroleaf_desktop.domain.timeutil import local_date
    from neuroleaf_desktop.storage.repositories.journal_repo import EntryFilter

    days: set[date] = set()
    activities: dict[date, set[str]] = {}
    for c in session.mood.list(newest_first=False):  # type: ignore[attr-defined]
        d = local_date(c.logged_at, c.tz_offset_min)
        days.add(d)
        activities.setdefault(d, set()).update(a.lower() for a in c.activities)
    for e in session.journal.list(EntryFilter(limit=10_000_000)):  # type: ignore[attr-defined]
        days.add(local_date(e.created_at, e.tz_offset_min))
    return days, activities


def _ground_truth_ok(
    text: str, cited_dates: Sequence[date], days: set[date], activities: dict[date, set[str]]
) -> str:
    """Empty when the claim agrees with the raw data; else what it got wrong."""
    for written in re.findall(r"\d{4}-\d{2}-\d{2}", text):
        if date.fromisoformat(written) not in days:
            return f"{written} has no data"
    known = {a for acts in activities.values() for a in acts}
    near = {a for d in cited_dates for k in (-1, 0, 1)
            for a in activities.get(d + timedelta(days=k), set())}  # fmt: skip
    for name in known:
        if re.search(rf"\b{re.escape(name)}\b", text.lower()) and name not in near:
            return f"'{name}' not logged near the cited days"
    return ""


Question = tuple[str, str, str, bool | None]


def ask_all(
    service: object, session: object, row: Row, questions: Sequence[Question], use_llm: bool
) -> None:
    from neuroleaf_desktop.domain.insights import verify_claim

    days, activities = _data_days(session)
    for question, kind, subject, has_data in questions:
        started = time.perf_counter()
        answer = service.ask(question, use_llm=use_llm)  # type: ignore[attr-defined]
        full = time.perf_counter() - started
        row.questions += 1
        topic = answer.topic
        if topic is not None and (topic.kind, topic.subject) == (kind, subject):
            row.topic_ok += 1
        else:
            row.failures.append(f"topic: {question!r} → {topic and (topic.kind, topic.subject)}")
        row.evidence_sets.add(tuple(i.summary for i in answer.evidence))
        if answer.generation is not None:
            row.fulls.append(full)
            if answer.generation.first_token_s is not None:
                row.firsts.append(answer.generation.first_token_s)
        row.dropped += len(answer.dropped)
        row.drop_reasons.extend("; ".join(d.reasons) for d in answer.dropped)
        for claim in answer.claims:
            row.shown += 1
            cited = [i for i in answer.evidence if i.number in claim.evidence]
            dates = [d for i in cited for d in i.all_dates]
            problem = "" if verify_claim(claim, answer.evidence).ok else "verifier"
            problem = problem or _ground_truth_ok(claim.text, dates, days, activities)
            if problem:
                row.failures.append(f"claim: {claim.text!r}: {problem}")
            else:
                row.supported += 1
        if has_data is False:
            row.no_data += 1
            if not answer.claims and not answer.evidence and answer.gaps:
                row.no_data_ok += 1
            else:
                row.failures.append(f"no-data: {question!r} got {len(answer.evidence)} items")


# Later held-out blocks, each measured and reported on its own (name → questions).
HELD_OUT_BLOCKS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "voices": HELD_OUT_VOICES,
    "strangers": HELD_OUT_STRANGERS,
    "last look": HELD_OUT_LAST_LOOK,
    **LETTERED_BLOCKS,
}


def _held_in_data(session: object, subject: str) -> bool:
    """Whether the raw data names ``subject``: a logged activity, or a word of an entry or tag."""
    from neuroleaf_desktop.storage.repositories.journal_repo import EntryFilter

    rx = re.compile(rf"\b{re.escape(subject)}\b", re.I)
    checkins = session.mood.list(newest_first=False)  # type: ignore[attr-defined]
    if any(a.lower() == subject.lower() for c in checkins for a in c.activities):
        return True
    entries = session.journal.list(EntryFilter(limit=10_000_000))  # type: ignore[attr-defined]
    return any(rx.search(e.body) or any(rx.search(t) for t in e.tags) for e in entries)


def _check_no_data(service: object, session: object, row: Row, question: str, kind: str,
                   subject: str) -> None:  # fmt: skip
    """A question not about the journal, or about a subject the data does not hold, must be
    answered with a plain gap: no claim, no evidence (nothing borrowed from another topic)."""
    absent = kind == "unknown" or (
        kind in ("activity", "last_time") and subject and not _held_in_data(session, subject)
        and subject not in ("low_mood", "anxiety", "sleep", "stress", "energy")
    )  # fmt: skip
    if not absent:
        return
    answer = service.ask(question, use_llm=False)  # type: ignore[attr-defined]
    row.no_data += 1
    # a question the guard refuses ("can this app diagnose me") is answered plainly too: its
    # refusal states no claim and cites no item, though it names no gap in the data
    plain = bool(answer.gaps) or answer.kind == "refused"
    if not answer.claims and not answer.evidence and plain:
        row.no_data_ok += 1
    else:
        row.failures.append(f"no-data: {question!r} got {len(answer.evidence)} items")


def topics_only(service: object, row: Row, session: object) -> None:
    """The fresh phrasings: which topic each gets (no model: the topic comes first)."""
    for question, kind, subject in FRESH_PHRASINGS:
        topic = service.evidence(question).topic  # type: ignore[attr-defined]
        row.fresh += 1
        if (topic.kind, topic.subject) == (kind, subject):
            row.fresh_ok += 1
        else:
            row.failures.append(f"fresh topic: {question!r} → {(topic.kind, topic.subject)}")
        _check_no_data(service, session, row, question, kind, subject)
    for question, kind, subject in HELD_OUT_PHRASINGS:
        topic = service.evidence(question).topic  # type: ignore[attr-defined]
        row.held += 1
        if (topic.kind, topic.subject) == (kind, subject):
            row.held_ok += 1
        else:
            row.failures.append(f"held-out topic: {question!r} → {(topic.kind, topic.subject)}")
        _check_no_data(service, session, row, question, kind, subject)
    for name, block in HELD_OUT_BLOCKS.items():
        counts = row.blocks.setdefault(name, [0, 0])
        for question, kind, subject in block:
            topic = service.evidence(question).topic  # type: ignore[attr-defined]
            counts[0] += 1
            if (topic.kind, topic.subject.lower()) == (kind, subject.lower()):
                counts[1] += 1
            else:
                row.failures.append(
                    f"held-out {name}: {question!r} → {(topic.kind, topic.subject)}"
                )
            _check_no_data(service, session, row, question, kind, subject)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", choices=("test", "default", "none"), default="test")
    parser.add_argument("--seeds", type=int, nargs="+", default=[7, 11, 23])
    parser.add_argument("--semantic", action="store_true",
                        help="also match by MiniLM similarity when no keyword decides")  # fmt: skip
    parser.add_argument("--final", action="store_true",
                        help="also ask block B (studied in round 13)")  # fmt: skip
    args = parser.parse_args()
    if args.final:
        HELD_OUT_BLOCKS["B"] = BLOCK_B

    os.environ["NEUROLEAF_HOME"] = tempfile.mkdtemp(prefix="nl-bench-truth-")
    os.environ.setdefault("NEUROLEAF_KDF_TARGET_MS", "5")
    from neuroleaf_desktop.ai.llm import DEFAULT_THREADS, LlamaWorker
    from neuroleaf_desktop.demo.generator import create_demo_profile
    from neuroleaf_desktop.paths import app_paths
    from neuroleaf_desktop.services.insight_service import InsightService
    from neuroleaf_desktop.services.profiles import ProfileStore

    store = ProfileStore(app_paths())
    use_llm = args.model != "none"
    model = "test" if args.model == "none" else args.model
    rows: list[Row] = []
    with LlamaWorker() as worker:
        for seed in args.seeds:
            session = create_demo_profile(store, 1, name=f"Demo {seed}", seed=seed, end=END)
            service = InsightService(session, model=model, worker=worker, semantic=args.semantic,
                                     today=lambda: END + timedelta(days=1))  # fmt: skip
            if use_llm:
                service.prepare()
            row = Row(f"demo seed {seed}")
            ask_all(service, session, row, [(*q, None) for q in DEMO_QUESTIONS], use_llm)
            topics_only(service, row, session)
            rows.append(row)
            session.close()
        for name, checkins in small_profiles().items():
            session, _key = store.create(name.replace(" ", "-"), "bench-passphrase-1")
            for c in checkins:
                session.mood.log(c)
            service = InsightService(session, model=model, worker=worker, semantic=args.semantic,
                                     today=lambda: END + timedelta(days=1))  # fmt: skip
            row = Row(name)
            ask_all(service, session, row, SMALL_QUESTIONS[name], use_llm)
            rows.append(row)
            session.close()
    _report(rows, args.model, DEFAULT_THREADS)
    return 0


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.0f} %" if b else "–"


def _report(rows: Sequence[Row], model: str, threads: int) -> None:
    load = os.getloadavg()
    print(f"\n### Truthful insights — model: {model}, {threads} thread(s), "
          f"load {load[0]:.1f}\n")  # fmt: skip
    print("| profile | questions | topic ok | fresh phrasings ok | claims shown | supported "
          "| dropped | no-data ok | distinct evidence |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r.profile} | {r.questions} | {_pct(r.topic_ok, r.questions)} "
              f"| {_pct(r.fresh_ok, r.fresh)} | {r.shown} "
              f"| {_pct(r.supported, r.shown)} | {r.dropped} | {r.no_data_ok}/{r.no_data} "
              f"| {len(r.evidence_sets)} |")  # fmt: skip
    fresh = sum(r.fresh for r in rows)
    fresh_ok = sum(r.fresh_ok for r in rows)
    held = sum(r.held for r in rows)
    held_ok = sum(r.held_ok for r in rows)
    blocks: dict[str, list[int]] = {}
    for r in rows:
        for name, (asked, ok) in r.blocks.items():
            total = blocks.setdefault(name, [0, 0])
            total[0] += asked
            total[1] += ok
    q = sum(r.questions for r in rows) + fresh + held + sum(b[0] for b in blocks.values())
    topic = sum(r.topic_ok for r in rows) + fresh_ok + held_ok + sum(b[1] for b in blocks.values())
    shown = sum(r.shown for r in rows)
    dropped = sum(r.dropped for r in rows)
    supported = sum(r.supported for r in rows)
    no_data = sum(r.no_data for r in rows)
    no_data_ok = sum(r.no_data_ok for r in rows)
    firsts = [x for r in rows for x in r.firsts]
    fulls = [x for r in rows for x in r.fulls]

    def mark(ok: bool) -> str:
        return "✅" if ok else "❌"

    print("\n| measure | value | target | |\n|---|---:|---|---|")
    print(f"| questions | {q} | ≥ 60 | {mark(q >= 60)} |")
    print(f"| topic accuracy (all) | {_pct(topic, q)} | ≥ 95 % "
          f"| {mark(topic >= TARGET_TOPIC * q)} |")  # fmt: skip
    print(f"| topic accuracy, fresh phrasings | {fresh_ok}/{fresh} ({_pct(fresh_ok, fresh)}) "
          f"| ≥ 95 % | {mark(fresh_ok >= TARGET_TOPIC * fresh)} |")  # fmt: skip
    print(f"| topic accuracy, held-out phrasings | {held_ok}/{held} ({_pct(held_ok, held)}) "
          f"| ≥ 95 % | {mark(held_ok >= TARGET_TOPIC * held)} |")  # fmt: skip
    for name, (asked, ok) in blocks.items():
        print(f"| topic accuracy, held-out {name} | {ok}/{asked} ({_pct(ok, asked)}) "
              f"| ≥ 95 % | {mark(ok >= TARGET_TOPIC * asked)} |")  # fmt: skip
    print(f"| model claims shown (survival) | {shown}/{shown + dropped} "
          f"({_pct(shown, shown + dropped)}) | high | |")  # fmt: skip
    print(f"| shown claims supported | {supported}/{shown} ({_pct(supported, shown)}) | 100 % "
          f"| {mark(supported == shown)} |")  # fmt: skip
    print(f"| no-data cases without a claim | {no_data_ok}/{no_data} | all "
          f"| {mark(no_data_ok == no_data)} |")  # fmt: skip
    if firsts:
        first, full = statistics.median(firsts), statistics.median(fulls)
        print(f"| first token (median, s) | {first:.2f} | ≤ {TARGET_FIRST:.0f} "
              f"| {mark(first <= TARGET_FIRST)} |")  # fmt: skip
        print(f"| full answer (median, s) | {full:.2f} | ≤ {TARGET_FULL:.0f} "
              f"| {mark(full <= TARGET_FULL)} |")  # fmt: skip
    reasons = [f"{r.profile}: {x}" for r in rows for x in r.drop_reasons]
    if reasons:
        print("\nModel claims dropped by the checker (not shown):")
        for x in reasons:
            print(f"- {x}")
    failures = [f"{r.profile}: {f}" for r in rows for f in r.failures]
    if failures:
        print("\nFailures:")
        for f in failures:
            print(f"- {f}")


if __name__ == "__main__":
    raise SystemExit(main())
