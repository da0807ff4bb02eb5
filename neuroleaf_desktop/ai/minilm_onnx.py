"""all-MiniLM-L6-v2 on onnxruntime: the same weights as sentence-transformers, without torch.

Why: torch + sentence-transformers cost ≈ 0.6-0.9 GB of memory and seconds of import for a
22 M-parameter model; onnxruntime runs the same float32 graph in a fraction of both. The graph
is exported once from the installed safetensors weights (``export_onnx``: ``make models`` at
build time, or a packager) into ``models/all-minilm-l6-v2-onnx/`` — no hub, no download —
and the vectors equal sentence-transformers' within 1e-4 cosine (``tests/ai/test_embeddings.py``
compares them per vector). Without that folder the embedding child falls back to
sentence-transformers on torch.

The graph outputs the last hidden state; mean pooling over the attention mask and L2
normalisation are done here in numpy, exactly as the sentence-transformers pipeline of this
model does (Transformer → Pooling(mean) → Normalize), with the same 256-token truncation.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

ONNX_FOLDER = "all-minilm-l6-v2-onnx"
ONNX_FILE = "model.onnx"
TOKENIZER_FILE = "tokenizer.json"
MAX_TOKENS = 256  # sentence_bert_config.json's max_seq_length for this model
# Tokens per model call, padding included (see ``length_batches``): ~2 typical entry chunks,
# or a few dozen search-query-sized texts.
TOKEN_BUDGET = 256
MAX_PARALLEL = 4  # model calls at once (threads); more cores than this gain little here
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def is_complete(folder: Path) -> bool:
    return (folder / ONNX_FILE).is_file() and (folder / TOKENIZER_FILE).is_file()


def max_tokens_of(st_folder: Path) -> int:
    """The truncation length sentence-transformers uses for the model in ``st_folder``."""
    config = st_folder / "sentence_bert_config.json"
    try:
        return int(json.loads(config.read_text(encoding="utf-8"))["max_seq_length"])
    except (OSError, ValueError, KeyError):
        return MAX_TOKENS


def length_batches(lengths: Sequence[int], max_rows: int, budget: int) -> list[list[int]]:
    """Indices of ``lengths`` in batches for the model: longest first, each batch holding
    similar lengths, at most ``max_rows`` rows and (beyond its first row) at most ``budget``
    tokens once padded to its longest row.

    Why small batches: on CPU a batch costs more per token than its rows run one by one
    (measured on the 2-year demo: 13 CPU-s in batches of 1-2 chunks, 17.5 in batches of 16,
    23 in batches of 32 — the larger attention and activation tensors fall out of the cache),
    and padding costs the same as real tokens. Short texts (search queries, one-line entries)
    still share a call, so the per-call overhead stays small.
    """
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    batches: list[list[int]] = []
    current: list[int] = []
    for i in order:
        width = lengths[current[0]] if current else lengths[i]  # longest first: row 0 is widest
        if current and (len(current) >= max_rows or (len(current) + 1) * width > budget):
            batches.append(current)
            current = []
        current.append(i)
    if current:
        batches.append(current)
    return batches


class OnnxMiniLM:
    """One onnxruntime session and tokenizer; ``embed`` returns unit float32 vectors.

    Parallelism comes from running several small batches at once on one session (its ``run``
    is thread-safe and releases the GIL), each on a single thread, rather than from
    onnxruntime's intra-operator threads: these split every small matrix product and meet at
    a barrier after each operator, which cost ≈ 10 % more CPU on idle cores and up to 3× the
    wall time when another process holds a core (the barrier waits for the slowest thread).
    """

    def __init__(self, folder: Path, *, threads: int = 0, max_tokens: int = MAX_TOKENS) -> None:
        os.environ["ORT_DISABLE_TELEMETRY"] = "1"  # no device id / telemetry files in ~
        import onnxruntime as ort
        from tokenizers import Tokenizer

        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        # No busy-waiting: the cores are shared with the UI (and, during a large catch-up,
        # with everything else); spinning only burns them.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        # The memory arena keeps the largest batch's buffers forever; this process is
        # short-lived, but a smaller peak is still kinder on a shared machine.
        options.enable_cpu_mem_arena = False
        self._session = ort.InferenceSession(
            str(folder / ONNX_FILE), options, providers=["CPUExecutionProvider"]
        )
        self.parallel = threads or min(os.cpu_count() or 1, MAX_PARALLEL)
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._tokenizer = Tokenizer.from_file(str(folder / TOKENIZER_FILE))
        self._tokenizer.enable_truncation(max_length=max_tokens)
        self._tokenizer.no_padding()

    def embed(self, texts: Sequence[str], *, batch_size: int = 32) -> npt.NDArray[np.float32]:
        """Unit vectors of ``texts``; ``batch_size`` caps the rows of one model call (the
        token budget usually binds first)."""
        import numpy as np

        out = np.zeros((len(texts), 384), dtype=np.float32)
        ids_of = [e.ids for e in self._tokenizer.encode_batch(list(texts))]
        batches = length_batches([len(ids) for ids in ids_of], max(1, batch_size), TOKEN_BUDGET)

        def run(rows: list[int]) -> None:
            width = len(ids_of[rows[0]])
            ids = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.int64)
            for r, i in enumerate(rows):
                n = len(ids_of[i])
                ids[r, :n] = ids_of[i]
                mask[r, :n] = 1
            feed: dict[str, Any] = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self._inputs:
                feed["token_type_ids"] = np.zeros_like(ids)
            hidden = self._session.run(None, feed)[0].astype(np.float32)
            weights = mask[:, :, None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out[rows] = pooled / np.clip(norms, 1e-12, None)  # distinct rows: no lock needed

        if self.parallel <= 1 or len(batches) <= 1:
            for rows in batches:
                run(rows)
        else:
            with ThreadPoolExecutor(self.parallel, thread_name_prefix="minilm") as pool:
                for _ in pool.map(run, batches):  # re-raises a batch's error here
                    pass
        return out


def export_onnx(st_folder: Path, target: Path) -> Path:
    """Export the transformer of the sentence-transformers folder ``st_folder`` to
    ``target/model.onnx`` (float32, dynamic batch and length) beside its ``tokenizer.json``.

    Needs torch and transformers (build time only), reads local files only, and writes
    atomically: a half-written export never looks complete.
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import torch
    from transformers import AutoModel

    # Eager attention exports plain matrix products and a softmax; the default (SDPA) adds
    # IsNaN/Where masking around every attention block, ≈ 7 % more CPU per token on
    # onnxruntime for the same vectors.
    bert = AutoModel.from_pretrained(
        str(st_folder), local_files_only=True, attn_implementation="eager"
    )
    bert.eval()

    class _Hidden(torch.nn.Module):
        """Keyword arguments only: the positional order of ``forward`` changes between
        transformers releases."""

        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, ids: Any, mask: Any, types: Any) -> Any:
            return self.bert(input_ids=ids, attention_mask=mask, token_type_ids=types)[0]

    target.mkdir(parents=True, exist_ok=True)
    sample = torch.ones((2, 8), dtype=torch.int64)
    fd, tmp_name = tempfile.mkstemp(prefix=".model.onnx.", dir=target)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with torch.no_grad():
            torch.onnx.export(
                _Hidden(),
                (sample, sample, torch.zeros_like(sample)),
                str(tmp),
                input_names=list(_INPUTS),
                output_names=["last_hidden_state"],
                dynamic_axes={name: {0: "batch", 1: "tokens"} for name in _INPUTS}
                | {"last_hidden_state": {0: "batch", 1: "tokens"}},
                opset_version=17,
                do_constant_folding=True,
                dynamo=False,
            )
        shutil.copyfile(st_folder / TOKENIZER_FILE, target / TOKENIZER_FILE)
        tmp.replace(target / ONNX_FILE)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def main(argv: list[str] | None = None) -> int:
    """``python -m neuroleaf_desktop.ai.minilm_onnx [TARGET]``: export next to the project's
    models (default ``models/all-minilm-l6-v2-onnx``); does nothing when already there."""
    from neuroleaf_desktop.ai.model_registry import MINILM_L6_V2, PROJECT_MODELS, default_registry

    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else PROJECT_MODELS / ONNX_FOLDER
    if is_complete(target):
        print(f"{target} is already there.")
        return 0
    source = default_registry().locate(MINILM_L6_V2.key)
    export_onnx(source, target)
    print(f"Exported {source} -> {target / ONNX_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
