"""The local-LLM child process: ``python -m neuroleaf_desktop.ai.llm_worker``.

Why a separate process (as for speech to text, see ``stt_worker``): llama.cpp is native code
holding a gigabyte or more; a crash, an out-of-memory kill or Cancel must end *this* process,
never the app. Cancel is "terminate the child". The parent talks to it over stdin/stdout only,
so the prompt (which quotes the journal) never touches the disk.

Wire format: the framing of ``stt_worker`` (4-byte big-endian length + UTF-8 JSON).
Requests: ``load`` {model_path, n_ctx, n_threads}, ``generate`` {model_path, n_ctx, n_threads,
messages, max_tokens, temperature, seed, schema?}, ``quit``. With ``schema`` the output is
JSON constrained to it (llama.cpp builds a grammar from the JSON schema).
Replies: ``hello`` once; ``loaded``; per
generate ``token``… then ``done`` {finish_reason, prompt_tokens, completion_tokens,
peak_rss_kb}; or ``error`` {kind} (the exception type only: its text could quote the journal).

Only the standard library at the top; llama_cpp is imported in the child on first use.
"""

from __future__ import annotations

import os
import sys
from typing import IO, Any

from neuroleaf_desktop.ai.stt_worker import peak_rss_kb, read_frame, write_frame

RAM_CACHE_BYTES = 256 << 20


class _Models:
    """The loaded model (one at a time: two GGUFs at once would double the memory)."""

    def __init__(self) -> None:
        self._key: tuple[str, int, int] | None = None
        self._llm: Any = None

    def get(self, request: dict[str, Any]) -> Any:
        key = (
            str(request["model_path"]),
            int(request.get("n_ctx", 4096)),
            int(request.get("n_threads", 2)),
        )
        if self._key != key:
            from llama_cpp import Llama

            self._llm = None  # free the previous model before loading the next
            self._key = None  # and never mistake a failed load for a loaded model
            llm = Llama(
                model_path=key[0],
                n_ctx=key[1],
                n_threads=key[2],
                n_threads_batch=key[2],
                n_batch=512,
                seed=int(request.get("seed", 0)),
                verbose=False,
            )
            # The state after a prompt is kept in RAM (keyed by its tokens), so the fixed
            # system prompt read at warm-up is not read again after a different question.
            from llama_cpp.llama_cache import LlamaRAMCache

            llm.set_cache(LlamaRAMCache(capacity_bytes=RAM_CACHE_BYTES))
            self._llm = llm
            self._key = key
        return self._llm


def _generate(models: _Models, request: dict[str, Any], out: IO[bytes]) -> None:
    llm = models.get(request)
    rid = request["id"]
    schema = request.get("schema")
    response_format = {"type": "json_object", "schema": schema} if schema else None
    stream = llm.create_chat_completion(
        messages=request["messages"],
        response_format=response_format,
        max_tokens=int(request.get("max_tokens", 160)),
        temperature=float(request.get("temperature", 0.2)),
        top_p=0.9,
        repeat_penalty=1.1,
        seed=int(request.get("seed", 0)),
        stream=True,
    )
    finish: str | None = None
    count = 0
    for chunk in stream:
        choice = chunk["choices"][0]
        piece = choice.get("delta", {}).get("content")
        if piece:
            count += 1
            write_frame(out, {"type": "token", "id": rid, "text": piece})
        if choice.get("finish_reason"):
            finish = choice["finish_reason"]
    write_frame(
        out,
        {
            "type": "done",
            "id": rid,
            "finish_reason": finish or "stop",
            "completion_tokens": count,
            "peak_rss_kb": peak_rss_kb(),
        },
    )


def serve(inp: IO[bytes], out: IO[bytes]) -> int:
    models = _Models()
    write_frame(out, {"type": "hello", "pid": os.getpid()})
    while True:
        request = read_frame(inp)
        if request is None or request.get("op") == "quit":
            return 0
        op = request.get("op")
        rid = request.get("id", 0)
        try:
            if op == "load":
                models.get(request)
                write_frame(out, {"type": "loaded", "id": rid, "peak_rss_kb": peak_rss_kb()})
            elif op == "generate":
                _generate(models, request, out)
            else:
                write_frame(out, {"type": "error", "id": rid, "kind": "UnknownOp"})
        except Exception as exc:
            write_frame(out, {"type": "error", "id": rid, "kind": type(exc).__name__})


def main() -> int:
    # Keep the protocol channel private: llama.cpp prints to fd 1/2; send it all to stderr.
    out = os.fdopen(os.dup(1), "wb", buffering=0)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    try:
        return serve(sys.stdin.buffer, out)
    except (BrokenPipeError, KeyboardInterrupt):
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
