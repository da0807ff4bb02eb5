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

Usage: ``python benchmarks/bench_truth.py [--model test|default|none] [--seeds 7 11 23]``
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


def topics_only(service: object, row: Row) -> None:
    """The fresh phrasings: which topic each gets (no model: the topic comes first)."""
    for question, kind, subject in FRESH_PHRASINGS:
        topic = service.evidence(question).topic  # type: ignore[attr-defined]
        row.fresh += 1
        if (topic.kind, topic.subject) == (kind, subject):
            row.fresh_ok += 1
        else:
            row.failures.append(f"fresh topic: {question!r} → {(topic.kind, topic.subject)}")
    for question, kind, subject in HELD_OUT_PHRASINGS:
        topic = service.evidence(question).topic  # type: ignore[attr-defined]
        row.held += 1
        if (topic.kind, topic.subject) == (kind, subject):
            row.held_ok += 1
        else:
            row.failures.append(f"held-out topic: {question!r} → {(topic.kind, topic.subject)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", choices=("test", "default", "none"), default="test")
    parser.add_argument("--seeds", type=int, nargs="+", default=[7, 11, 23])
    args = parser.parse_args()

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
            service = InsightService(session, model=model, worker=worker, semantic=False)
            if use_llm:
                service.prepare()
            row = Row(f"demo seed {seed}")
            ask_all(service, session, row, [(*q, None) for q in DEMO_QUESTIONS], use_llm)
            topics_only(service, row)
            rows.append(row)
            session.close()
        for name, checkins in small_profiles().items():
            session, _key = store.create(name.replace(" ", "-"), "bench-passphrase-1")
            for c in checkins:
                session.mood.log(c)
            service = InsightService(session, model=model, worker=worker, semantic=False)
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
    q = sum(r.questions for r in rows) + fresh + held
    topic = sum(r.topic_ok for r in rows) + fresh_ok + held_ok
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
