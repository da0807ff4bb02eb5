"""Sentence translation into English by the local language model, for the safety check.

The safety detector's second look (``domain/safety/translation.py``) reads sentences in
German, French, Spanish, Portuguese or Italian that the phrase rules pass over in English, so
the English rules and the MiniLM classifier can read them. The model is the app's default
LLM in its usual child process (``ai/llm.py``'s shared worker, one loaded model per app):
greedy decoding, one line, a short token budget. The prompt asks for a literal translation
that keeps the person and any negation, because "I would never..." or "my brother wants
to..." must not turn into a first-person warning sign.

Available only when llama-cpp-python is installed and the model file is already joined
(status "present"): the background check after a save must never start a gigabyte join.

Privacy: the sentence and its translation exist only in memory and on the child's pipe; the
worker logs token counts and timings, never text, and nothing is written.
"""

from __future__ import annotations

from pathlib import Path

from neuroleaf_desktop.ai.llm import LlamaWorker, llama_available, resolve_model, shared_worker
from neuroleaf_desktop.ai.model_registry import ModelRegistry, ModelStatus, default_registry

LANGUAGE_NAMES = {
    "de": "German",
    "es": "Spanish",
    "fr": "French",
    "it": "Italian",
    "pt": "Portuguese",
}

SYSTEM_PROMPT = (
    "You translate private diary sentences into plain, literal English. Keep the meaning, "
    "the person (I/you/he/she) and any negation exactly. Reply with the English sentence only."
)


def translation_messages(sentence: str, lang: str) -> list[dict[str, str]]:
    name = LANGUAGE_NAMES.get(lang, "Foreign")
    return [
        {"role": "system", "content": SYSTEM_PROMPT},
        {"role": "user", "content": f"{name}: {sentence}\nEnglish:"},
    ]


def first_line(output: str) -> str:
    """The translation: the model's first line, without quotes around it."""
    lines = output.strip().splitlines()
    return lines[0].strip().strip('"') if lines else ""


def token_budget(sentence: str) -> int:
    """Enough tokens for an English sentence as long as this one, and no more: a model that
    starts to explain is cut short (about one token per two characters, at least 60)."""
    return max(60, len(sentence) // 2)


class LlmTranslator:
    """``translator(sentence, lang) -> English``; the worker is shared unless one is given."""

    def __init__(
        self,
        *,
        model: str = "default",
        registry: ModelRegistry | None = None,
        worker: LlamaWorker | None = None,
    ) -> None:
        self.model = model
        self._registry = registry
        self._worker = worker

    @property
    def registry(self) -> ModelRegistry:
        if self._registry is None:
            self._registry = default_registry()
        return self._registry

    @property
    def worker(self) -> LlamaWorker:
        if self._worker is None:
            self._worker = shared_worker()
        return self._worker

    def available(self) -> bool:
        """Whether a translation can start now (no install, no join): cheap, no hashing."""
        if not llama_available():
            return False
        spec = self.registry.spec(self.model)
        return self.registry.status(spec.key).status is ModelStatus.PRESENT

    def model_path(self) -> Path:
        return resolve_model(self.model, self.registry)[1]

    def __call__(self, sentence: str, lang: str, /) -> str:
        generation = self.worker.generate(
            translation_messages(sentence, lang),
            model_path=self.model_path(),
            model_name=self.model,
            max_tokens=token_budget(sentence),
            temperature=0.0,
            timeout_s=120.0,
        )
        return first_line(generation.text)
