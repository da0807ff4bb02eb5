"""An act named with its purpose, dying or killing oneself, in Spanish, Portuguese and Italian.

Why: "tomé pastillas para matarme", "me tiré del puente para matarme", "tomei comprimidos para
me matar", "ho preso delle pastiglie per uccidermi" were unread, while French ("j'ai avalé des
médocs pour mourir", ``rules_fr_intent``) and German ("…geschluckt, um zu sterben",
``rules_de_intent``) had this shape: whatever was done, the purpose said right after it makes
it an attempt or a plan. Any word may stand before the purpose (the act itself, or what it was
done with); the purpose is the writer's own death, never dying of laughter or boredom, and
"too young to die" ("demasiado joven para morir", "troppo giovane per morire") is no purpose.
Whose act it is, and a denial before it, are judged in ``context`` (``inherent=False``).
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

# … what it takes to die, in general ("hay que tener valor para morir", "nato per morire")
_NOT_GENERAL = (
    r"(?!(?:valor|valentia|coraggio|coragem|forza|fuerza|forca|tiempo|tempo|edad|eta|idade"
    r"|nacid[oa]|nat[oa]|nascid[oa]|vivir|vivere|viver)\b)"
)
_PURPOSE = {
    "es": r"(?<!\bdemasiado\s)(?<!\bmuy\s)\b{_NOT_GENERAL}\w+,?\s+para\s+(?:matarme|suicidarme"
    r"|morir(?:me)?(?!\s+de\b)|quitarme\s+la\s+vida|acabar\s+con\s+(?:todo|mi\s+vida)"
    r"|no\s+despertar(?:me)?)\b",
    "pt": r"(?<!\bdemasiado\s)(?<!\bmuito\s)\b{_NOT_GENERAL}\w+,?\s+(?:para|pra)\s+"
    r"(?:me\s+matar|matar-me"
    r"|me\s+suicidar|morrer(?!\s+de\b)|tirar\s+a\s+(?:minha\s+)?(?:propria\s+)?vida"
    r"|acabar\s+com\s+(?:tudo|a\s+minha\s+vida)|nao\s+acordar)\b",
    "it": r"(?<!\btroppo\s)(?<!\bmolto\s)\b{_NOT_GENERAL}\w+,?\s+per\s+"
    r"(?:uccidermi|ammazzarmi|suicidarmi"
    r"|morire(?!\s+(?:dal|dalle|di)\b)|togliermi\s+la\s+vita|farla\s+finita(?!\s+con\b)"
    r"|non\s+svegliarmi)\b",
}

RULES: tuple[Rule, ...] = family(
    "act_purposed",
    "for_death",
    Category.SUICIDAL_IDEATION,
    Severity.URGENT,
    {lang: pattern.replace("{_NOT_GENERAL}", _NOT_GENERAL) for lang, pattern in _PURPOSE.items()},
    {
        "es": "matarme|suicidarme|morir|quitarme|acabar|despertar",
        "pt": "matar|suicidar|morrer|tirar|acabar|acordar",
        "it": "uccidermi|ammazzarmi|suicidarmi|morire|togliermi|finita|svegliarmi",
    },
    inherent=False,
)

__all__ = ["RULES"]
