"""The shape of a phrase rule, shared by every language's rule list."""

from __future__ import annotations

import re
from dataclasses import dataclass

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity

# Text is case-folded and accent-folded before matching; IGNORECASE is belt and braces for
# patterns written with a capital letter.
FLAGS = re.IGNORECASE

#: A phrase must end here: end of clause or text, not "want to live *in Paris*".
END = r"(?=\s*(?:$|[.!?,;:)\"\n]))"


@dataclass(frozen=True)
class Rule:
    name: str
    category: Category
    severity: Severity
    pattern: re.Pattern[str]
    inherent_self: bool  # the phrase itself says whose it is ("myself", "quiero", "ich")
    lang: str = "en"
    past: bool = False  # the phrase itself is about the past ("mein Suizidversuch")


def rule(
    name: str,
    category: Category,
    severity: Severity,
    pattern: str,
    *,
    inherent: bool,
    lang: str = "en",
    past: bool = False,
) -> Rule:
    return Rule(name, category, severity, re.compile(pattern, FLAGS), inherent, lang, past)
