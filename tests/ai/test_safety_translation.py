"""The safety check's second look at other languages through a local English translation.

Which sentences are translated is pure (``domain/safety/translation.py``); the translation
itself runs the real default model (Qwen2.5-Coder-1.5B, joined once into the machine's
NeuroLeaf cache, as in ``test_llm.py``) in one child process shared by this module.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from neuroleaf_desktop.ai.llm import LlamaWorker, resolve_model
from neuroleaf_desktop.ai.model_registry import BUILTIN_SPECS, ModelRegistry
from neuroleaf_desktop.ai.safety_semantic import SafetyClassifier
from neuroleaf_desktop.ai.safety_translation import LlmTranslator
from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.domain.safety import Severity, assess_phrases
from neuroleaf_desktop.domain.safety.translation import (
    MAX_TRANSLATED_SENTENCES,
    read_in_english,
    sentences_to_translate,
)
from neuroleaf_desktop.paths import AppPaths
from neuroleaf_desktop.services.safety_scorer import TranslatorSource
from neuroleaf_desktop.services.safety_service import SafetyCheckService
from neuroleaf_desktop.services.session import Session

# A warning sign (being a burden / not being here) in wording the Spanish rules do not know.
MISSED_SIGN = "A veces pienso que sería más fácil no estar aquí."
# An everyday German sentence with a giving-away look-alike.
EVERYDAY = "Ich hab heute meinen alten Laptop verschenkt, weil ich einen neuen habe."


# ---- which sentences get a second look (pure) ------------------------------------------------
def test_only_non_english_sentences_the_rules_pass_over_are_translated() -> None:
    text = "\n".join(
        [
            "I had a quiet day at home.",  # English: the English detector reads it directly
            "Ich will nicht mehr leben.",  # flagged by the German rules already
            "No quiero morirme, quiero vivir.",  # negated: a decision, not a miss
            "Mein Bruder will sich umbringen.",  # about someone else: a decision too
            MISSED_SIGN,
        ]
    )
    assert assess_phrases("No quiero morirme, quiero vivir.").ignored_spans
    assert assess_phrases("Mein Bruder will sich umbringen.").about_others
    assert sentences_to_translate(text) == [(MISSED_SIGN, "es")]
    many = " ".join(f"Hoy fue un día normal en la oficina número {n}." for n in range(30))
    assert len(sentences_to_translate(many)) == MAX_TRANSLATED_SENTENCES


# ---- the real default model ------------------------------------------------------------------
@pytest.fixture(scope="module")
def translator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LlmTranslator]:
    """The default model from the machine's NeuroLeaf cache (joined there on the first run)."""
    import platformdirs

    shared = Path(platformdirs.user_cache_dir("NeuroLeaf", appauthor=False))
    root = tmp_path_factory.mktemp("translate-models")
    paths = AppPaths(data=root / "data", config=root / "config", cache=shared, logs=root)
    registry = ModelRegistry(BUILTIN_SPECS, paths=paths)
    resolve_model("default", registry)  # joins the parts if this machine has not yet
    with LlamaWorker(n_ctx=1024) as worker:
        found = LlmTranslator(registry=registry, worker=worker)
        assert found.available()
        yield found


@pytest.mark.slow
def test_a_warning_sign_the_rules_miss_is_flagged_through_translation(
    translator: LlmTranslator,
) -> None:
    native = assess_phrases(MISSED_SIGN)
    assert not native.flagged  # the Spanish rules do not know this wording
    # The translation's own reach, from the rules' native reading: the semantic layer now reads
    # Spanish too and catches this sentence before any translation (asserted below).
    found = read_in_english(MISSED_SIGN, native, translator, SafetyClassifier())
    assert found.flagged and found.translated
    assert found.severity is Severity.CONCERN  # a model's reading never makes it urgent
    assert not found.matched_spans  # the English words are not the person's words

    service = SafetyCheckService(translators=TranslatorSource(translator))
    semantic = service.check(MISSED_SIGN, translate=False)
    assert semantic.flagged and semantic.semantic_score is not None and not semantic.translated
    everyday = service.check(EVERYDAY)
    assert not everyday.flagged and not everyday.translated


@pytest.mark.slow
def test_saved_entry_check_uses_translation_and_logs_no_words(
    session: Session, home: Path, translator: LlmTranslator
) -> None:
    english = translator(MISSED_SIGN, "es")
    assert "easier" in english.casefold()  # what must never reach a log

    session.care.translators = TranslatorSource(translator)
    entry = session.journal.add(NewEntry("Martes", f"Hoy fue un día largo. {MISSED_SIGN}"))
    checked = session.care.check_entry(entry.id)
    assert checked.flagged and checked.severity is Severity.CONCERN

    logs = "".join(p.read_text(encoding="utf-8") for p in home.rglob("*.jsonl*"))
    assert "llm.generated" in logs  # the log file is the one the app writes to
    for words in ("más fácil", "no estar aquí", english, "easier", "not to be here"):
        assert words.casefold() not in logs.casefold()
