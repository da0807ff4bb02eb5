"""Farewell notes and interrupted attempts in Spanish, Portuguese and Italian.

Why: a farewell note has its own genre ("perdóname por lo que voy a hacer", "no es culpa de
ustedes … los amo", "cuando encuentren esto ya será tarde"), and an interrupted attempt is
told as a near miss ("esta vez casi lo hago", "estuve a punto de tirarme"). Both are on the
C-SSRS and on every warning-sign list, and neither contains a word like "suicide". The
look-alikes stay out inside each rule: forgiveness for what one *did* ("perdóname por lo que
hice"), blame that no one carries without a farewell around it, "a punto de saltar de
alegría". Text is case- and accent-folded before matching.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, rule

_SI, _GB = Category.SUICIDAL_IDEATION, Category.GOODBYES
_URG, _CON = Severity.URGENT, Severity.CONCERN

# Forgiveness asked for what one is *about to* do.
_FORGIVE_WHAT_I_WILL_DO = {
    "es": r"\bperdon(?:ame|enme|adme|a)?\s+(?:por\s+)?lo\s+que\s+(?:voy\s+a\s+hacer"
    r"|estoy\s+por\s+hacer"
    r"|estoy\s+a\s+punto\s+de\s+hacer|hare)\b",
    "pt": r"\b(?:me\s+perdo[ae]|perdoa-me|me\s+perdoem|perdoem-me|desculpa|desculpem)\s+(?:pelo|por"
    r"\s+aquilo)\s+que\s+(?:vou\s+fazer|estou\s+prestes\s+a\s+fazer|farei|estou\s+para\s+fazer)\b",
    "it": r"\b(?:perdonami|perdonatemi|scusatemi|scusami)\s+per\s+(?:quello"
    r"|cio)\s+che\s+(?:sto\s+per"
    r"\s+fare|faro|sto\s+facendo)\b",
}

# "Not your fault" next to love or a last request, as a note is written: "no es culpa de
# ustedes. Los amo. Cuiden a Toby."
_NOT_YOUR_FAULT = {
    "es": r"\bno\s+es\s+culpa\s+(?:de\s+ustedes|de\s+nadie|tuya|vuestra|suya"
    r"|de\s+vosotros)\b[^\n]{0,60}"
    r"\b(?:los\s+amo|las\s+amo|los\s+quiero|las\s+quiero|te\s+amo|te\s+quiero|os\s+quiero|cuiden"
    r"|cuidad|cuida\s+a|perdon\w*|adios)\b",
    "pt": r"\bnao\s+e\s+culpa\s+(?:de\s+voces|de\s+ninguem|sua|tua"
    r"|vossa)\b[^\n]{0,60}\b(?:amo\s+voces"
    r"|te\s+amo|amo-vos|cuidem|cuida\s+d[oa]|me\s+perdo\w+|perdoem|adeus)\b",
    "it": r"\bnon\s+e\s+colpa\s+(?:vostra|tua|di\s+nessuno|sua)\b[^\n]{0,60}\b(?:vi\s+voglio\s+bene"
    r"|ti\s+voglio\s+bene|vi\s+amo|ti\s+amo|prendetevi\s+cura|abbiate\s+cura|perdonatemi|addio)\b",
}

# "When you find this it will be too late".
_TOO_LATE = {
    "es": r"\bcuando\s+(?:encuentren|leas|lean|encuentres|veas"
    r"|vean)\s+esto\b[^.!?\n]{0,20}\b(?:ya\s+)?"
    r"(?:sera|es)\s+(?:demasiado\s+)?tarde\b(?!\s+para\b)",
    "pt": r"\bquando\s+(?:encontrarem|lerem|virem|leres|encontrares|vires)\s+(?:isto|isso"
    r"|esta\s+carta)"
    r"\b[^.!?\n]{0,20}\b(?:ja\s+)?(?:vai\s+ser|sera|e)\s+(?:tarde\s+demais|tarde)\b(?!\s+(?:pra"
    r"|para)\b)",
    "it": r"\bquando\s+(?:troverete|leggerete|troverai|leggerai)\s+(?:questo|questa|queste)\b"
    r"[^.!?\n]{0,20}\bsara\s+(?:troppo\s+)?tardi\b",
}

#: Lying down or swimming is not jumping: "a punto de tirarme a la piscina", "buttarmi sul
#: divano", "me jogar na cama".
_NOT_A_DIVE = (
    r"(?!\s+(?:en|sobre|sul|sulla|sui|nel\s+letto|a\s+letto|in\s+(?:piscina|acqua|mare)"
    r"|a\s+la\s+(?:piscina|cama)|al\s+(?:agua|mar|sofa)|na\s+(?:piscina|cama|agua)|no\s+(?:sofa"
    r"|mar))\b)"
)

# An interrupted or aborted attempt: "esta vez casi lo hago" at the bridge, "estuve a punto de
# tirarme", "stavo per buttarmi".
_NEAR_MISS = {
    "es": r"\b(?:puente|azotea|balcon|vias|ventana|acantilado)\b[^.!?\n]{0,60}\bcasi\s+(?:lo\s+hago"
    r"|lo\s+hice|salto|salte|me\s+tiro|me\s+tire|me\s+lanzo|me\s+lance)\b"
    r"|\b(?:estuve|estaba)\s+a\s+punto\s+de\s+(?:tirarme|lanzarme|saltar|matarme|suicidarme"
    r"|ahorcarme|colgarme|tomarme\s+(?:todas\s+)?(?:las\s+)?pastillas)\b(?!\s+de\s+(?:alegria"
    rf"|emocion|felicidad)\b){_NOT_A_DIVE}",
    "pt": r"\b(?:ponte|laje|varanda|trilhos|janela|penhasco)\b[^.!?\n]{0,60}\bquase\s+(?:fiz|faco"
    r"|pulei|pulo|me\s+joguei|me\s+jogo|me\s+atirei)\b"
    r"|\b(?:estive|estava|fiquei)\s+(?:prestes|a\s+ponto)\s+(?:a|de)\s+(?:me\s+jogar|me\s+atirar"
    r"|pular|me\s+matar|me\s+enforcar|tomar\s+(?:todos\s+)?os\s+comprimidos)\b"
    rf"(?!\s+de\s+(?:alegria|emocao|felicidade)\b){_NOT_A_DIVE}",
    "it": r"\b(?:ponte|tetto|balcone|binari|finestra"
    r"|scogliera)\b[^.!?\n]{0,60}\b(?:ci\s+sono\s+)?quasi"
    r"\s+(?:riuscit[oa]|saltat[oa]|buttat[oa]|lo\s+facevo)\b"
    r"|\b(?:stavo|ero\s+sul\s+punto\s+di)\s+(?:per\s+)?(?:buttarmi|lanciarmi|saltare|uccidermi"
    r"|ammazzarmi|impiccarmi|prendere\s+tutte\s+le\s+pillole)\b(?!\s+dalla\s+gioia\b)"
    rf"{_NOT_A_DIVE}",
}

RULES: tuple[Rule, ...] = tuple(
    rule(f"rn_{lang}_{name}", category, severity, source, inherent=True, lang=lang)
    for name, category, severity, wording in (
        ("forgive_what_i_will_do", _SI, _URG, _FORGIVE_WHAT_I_WILL_DO),
        ("not_your_fault", _GB, _CON, _NOT_YOUR_FAULT),
        ("too_late", _GB, _CON, _TOO_LATE),
        ("near_miss", _SI, _URG, _NEAR_MISS),
    )
    for lang, source in wording.items()
)
