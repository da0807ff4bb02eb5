"""Semantic / hybrid search: embedding throughput, index build, query latency.

Prints one Markdown table:

1. embedding throughput of all-MiniLM-L6-v2 on the CPU (chunks/s; ~120-word chunks, batch 32);
2. building the in-memory Chroma index from the vault's *stored, encrypted* vectors (what
   happens at every unlock: decrypt pages, read blobs, add to HNSW) at 1k and 10k entries;
3. ``SearchService.hybrid`` latency p50/p95 (FTS5 + query embedding + Chroma + fusion +
   snippets) over distinct queries at 1k / 10k / 100k chunks. Stored vectors are synthetic
   (random unit vectors: timing does not depend on meaning); the query is embedded by the
   real model each time (distinct queries, so the 1 h query cache never hits).

Target: hybrid p95 <= 50 ms at 10k chunks.

Usage: ``python benchmarks/bench_search.py [--quick]`` (--quick skips 100k).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np

from neuroleaf_desktop.ai.embeddings import MiniLMEmbedder
from neuroleaf_desktop.domain.analysis.analyzer import content_hash
from neuroleaf_desktop.domain.chunking import Chunk, entry_document
from neuroleaf_desktop.domain.models import EntrySource, JournalEntry
from neuroleaf_desktop.logging_setup import configure_logging
from neuroleaf_desktop.paths import app_paths
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.storage.repositories.embedding_repo import EmbeddingRepository
from neuroleaf_desktop.storage.repositories.journal_repo import JournalRepository

WORDS = [
    "walk",
    "river",
    "tired",
    "anxious",
    "calm",
    "sleep",
    "work",
    "meeting",
    "friend",
    "sister",
    "coffee",
    "rain",
    "sun",
    "garden",
    "run",
    "lake",
    "music",
    "book",
    "dinner",
    "worried",
    "happy",
    "grateful",
    "stress",
    "deadline",
    "weekend",
    "park",
    "dog",
    "headache",
    "morning",
    "evening",
    "quiet",
    "family",
    "phone",
    "talk",
    "cook",
    "bread",
    "tea",
    "yoga",
    "breathe",
    "hope",
]
QUERIES = [
    "times I felt calm after a walk",
    "stress about work deadlines",
    "evenings with family",
    "sleeping badly and tired mornings",
    "gratitude for friends",
    "exercise outdoors improved my mood",
    "rainy days feeling low",
    "cooking dinner together",
]


def _text(rng: random.Random, words: int) -> str:
    out = []
    for i in range(words):
        out.append(rng.choice(WORDS) + ("." if i % 12 == 11 else ""))
    return " ".join(out)


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _fill(session: Session, entries: int, chunks_per_entry: int, seed: int) -> None:
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    model = session.embeddings.model_key
    start = datetime(2020, 1, 1, tzinfo=UTC)
    for lo in range(0, entries, 2000):
        with session.vault.transaction() as conn:
            jr, er = JournalRepository(conn), EmbeddingRepository(conn)
            for i in range(lo, min(entries, lo + 2000)):
                at = start + timedelta(hours=9 * i)
                body = _text(rng, 60 * chunks_per_entry)
                entry = JournalEntry(
                    id=f"e{i:07d}", created_at=at, updated_at=at, tz_offset_min=0,
                    title="", body=body, tags=(), source=EntrySource.TEXT,
                )  # fmt: skip
                jr.insert(entry)
                doc = entry_document("", body)
                step = max(1, len(doc) // chunks_per_entry)
                chunks = [
                    Chunk(n, n * step, min(len(doc), (n + 1) * step), 60)
                    for n in range(chunks_per_entry)
                ]
                vectors = nrng.standard_normal((chunks_per_entry, 384)).astype(np.float32)
                vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
                er.replace(entry.id, model, content_hash("", body), chunks, vectors, at)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as root:
        os.environ["NEUROLEAF_HOME"] = root
        os.environ.setdefault("NEUROLEAF_KDF_TARGET_MS", "50")
        configure_logging(app_paths().logs)
        embedder = MiniLMEmbedder()
        t0 = time.perf_counter()
        embedder.embed(["warm up"])
        rows.append(
            ("model load (torch import + weights), cold", f"{time.perf_counter() - t0:.1f} s")
        )
        rng = random.Random(1)
        chunks = [_text(rng, 120) for _ in range(256 if not args.quick else 64)]
        t0 = time.perf_counter()
        embedder.embed(chunks, batch_size=32)
        took = time.perf_counter() - t0
        rows.append(
            (
                "embedding throughput (120-word chunks, batch 32)",
                f"{len(chunks) / took:.0f} chunks/s",
            )
        )
        single = []
        for q in QUERIES:
            t0 = time.perf_counter()
            embedder.embed([q])
            single.append((time.perf_counter() - t0) * 1000)
        rows.append(
            ("query embedding, one short query (p50)", f"{statistics.median(single):.1f} ms")
        )

        store = ProfileStore(app_paths())
        sizes = [(1_000, 1), (10_000, 1)] + ([] if args.quick else [(20_000, 5)])
        for n, (entries, per) in enumerate(sizes):
            session, _ = store.create(f"B{n}", "correct horse battery staple")
            session.embeddings.embedder = embedder
            t0 = time.perf_counter()
            _fill(session, entries, per, seed=n)
            fill_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            session.embeddings.ensure_index()
            build = time.perf_counter() - t0
            total = entries * per
            rows.append(
                (
                    f"index build from vault, {entries:,} entries / {total:,} chunks",
                    f"{build:.2f} s ({total / build:,.0f} chunks/s; vault fill {fill_s:.0f} s)",
                )
            )
            for label, run in (
                ("full-text only", lambda q, s=session: s.search.fulltext(q, limit=20)),
                ("semantic only (k=20)", lambda q, s=session: s.search.semantic(q, 20)),
                ("hybrid", lambda q, s=session: s.search.hybrid(q, limit=20)),
            ):
                lat = []
                for i in range(60):
                    query = f"{QUERIES[i % len(QUERIES)]} {label[:3]}{i}"  # distinct: no cache
                    t0 = time.perf_counter()
                    run(query)
                    lat.append((time.perf_counter() - t0) * 1000)
                rows.append(
                    (
                        f"{label} @ {total:,} chunks (p50 / p95)",
                        f"{_pct(lat, 0.5):.1f} ms / {_pct(lat, 0.95):.1f} ms",
                    )
                )
            session.close()
    print("\n| measure | result |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()
