"""Death awaited with eagerness: "can't wait to be dead", in six languages.

Why: English "I can't wait to be dead" and Italian "non vedo l'ora di morire" were read, and
French "j'ai hâte de mourir"; the same eagerness with the state instead of the act ("non vedo
l'ora di essere morto", "j'ai hâte d'être morte") and the idiom of the other languages ("no
veo la hora de morirme", "estoy deseando estar muerta", "não vejo a hora de morrer", "mal posso
esperar para morrer", "ich kann es kaum erwarten, tot zu sein", "ich freu mich aufs Sterben")
were not. The idiom is the wish: what is awaited is the writer's own death.

What is left alone: death as a figure of laughing or tiredness after it ("morire dal ridere",
"muerto de risa", "mort de fatigue", "tot vor Müdigkeit"), and "dying" something ("looking
forward to dying my hair"); the detector's denial and other-person readers judge the rest.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

# death as a figure: of laughing, tiredness, hunger, cold, boredom, shame
_NOT_A_FIGURE = (
    r"(?!\s*(?:,\s*)?(?:of|from|with|de|d'|du|dal|dalla|di|da|vor|von|aus|dans|del)\s+"
    r"(?:laugh\w*|boredom|embarrassment|shame|hunger|cold|heat|tired\w*|risa|cansancio|sueno"
    r"|hambre|frio|calor|verguenza|aburrimiento|rire|fatigue|faim|froid|chaud|honte|ennui"
    r"|ridere|risate|fame|freddo|caldo|sonno|stanchezza|vergogna|noia|rir|riso|cansaco|fome"
    r"|sono|vergonha|tedio|lachen|mu(?:e)?digkeit|hunger|ka(?:e)?lte|hitze|scham|langeweile)\b)"
)
_AWAITED = {
    "en": r"\b(?:(?:really\s+)?looking\s+forward\s+to\s+(?:being\s+dead|dying(?!\s+(?:my|the|it"
    r"|her|his|your|our|their|some|a)\b)|my\s+(?:own\s+)?death)|counting\s+(?:down\s+)?the"
    r"\s+days\s+(?:till|until|to)\s+i\s+(?:die|'?m\s+dead))",
    "de": r"\b(?:(?:ich\s+)?kann\s+es\s+kaum\s+(?:noch\s+)?erwarten,?\s+(?:endlich\s+)?(?:zu\s+"
    r"sterben|tot\s+zu\s+sein)|(?:ich\s+)?freu(?:e)?\s+(?:ich\s+)?mich\s+(?:schon\s+)?(?:aufs|auf\s+das)"
    r"\s+sterben|(?:ich\s+)?freu(?:e)?\s+(?:ich\s+)?mich\s+(?:schon\s+)?(?:auf\s+meinen\s+tod|darauf,?"
    r"\s+tot\s+zu\s+sein))",
    "fr": r"\b(?:j'\s*ai|j'\s*avais)\s+(?:tellement\s+|trop\s+|vraiment\s+)?hate\s+d'\s*etre"
    r"\s+morte?|\bil\s+me\s+tarde\s+(?:de\s+mourir|d'\s*etre\s+morte?)",
    "es": r"\b(?:no\s+veo\s+la\s+hora\s+de|estoy\s+deseando|ya\s+quiero|me\s+muero\s+por)\s+"
    r"(?:morirme|morir|estar\s+muert[oa])",
    "pt": r"\b(?:nao\s+vejo\s+a\s+hora\s+de|mal\s+(?:posso|consigo)\s+esperar\s+(?:para|por|pra)"
    r"|estou\s+(?:ansios[oa]|desejando)\s+por|estou\s+doid[oa]\s+para)\s+(?:morrer|estar"
    r"\s+mort[oa])",
    "it": r"\bnon\s+vedo\s+l'\s*ora\s+di\s+essere\s+mort[oa]|\bnon\s+aspetto\s+altro\s+che"
    r"\s+(?:morire|essere\s+mort[oa])|\bnon\s+vedo\s+l'\s*ora\s+di\s+crepare",
}
_GATES = {
    "en": "forward|counting",
    "de": "erwarten|freu",
    "fr": "hate|tarde",
    "es": "hora|deseando|quiero|muero",
    "pt": "hora|esperar|ansios|desejando|doid",
    "it": "ora|aspetto",
}

RULES: tuple[Rule, ...] = family(
    "death_awaited",
    "eager",
    Category.DEATH_WISH,
    Severity.CONCERN,
    {lang: rf"(?:{p})\b{_NOT_A_FIGURE}" for lang, p in _AWAITED.items()},
    _GATES,
    inherent=True,
)

__all__ = ["RULES"]
