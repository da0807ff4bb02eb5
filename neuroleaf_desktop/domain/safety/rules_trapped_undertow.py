"""Trapped pain told as a picture of being held under or shut in with no one coming, in six
languages: water that will not let the writer up, and a sealed place where nobody hears.

Why: the trapped families read a verb of being trapped beside a way out denied ("I'm trapped,
there's no way out"). These writers give the picture alone, after a likeness ("like", "como",
"comme", "come", "wie", "als hätte"), and let its parts say what trapped means:

* **held under**: water, a wave, a current or a rip that keeps the writer from the surface or
  from breath, or drags them further out or down ("like a rip that only drags me further out and
  I've got nothing left to swim with", "como estar atrapado bajo el agua sin encontrar nunca la
  superficie", "como estar preso numa onda que não deixa subir pra respirar");
* **sealed in, unheard**: a place sealed, walled or bricked up around the writer, with the air
  going or nobody hearing, digging or coming ("like being sealed in a dugout with the air going
  and nobody digging", "als hätte jemand die Tür zugemauert … und keiner hört mich").

What stays out: a real swim told as one (a lifeguard, a lesson, a surf school, the children in
the water); a real room or cellar closed for building work; a likeness about a small thing
("like being under water with this cold", a blocked nose).
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_S = r"[^.!?\n]"
_LIKE = {
    "en": r"\b(?:like|as\s+if|as\s+though)\b",
    "es": r"\b(?:como|parece|como\s+si)\b",
    "pt": r"\b(?:como|parece|como\s+se)\b",
    "fr": r"\b(?:comme|on\s+dirait)\b",
    "it": r"\b(?:come|mi\s+pare|sembra|come\s+se)\b",
    "de": r"\b(?:wie|als\s+ob|als\s+ha(?:e)?tte|als\s+wa(?:e)?re)\b",
}
_WATER = {
    "en": r"\b(?:under\s*(?:the\s+)?water|a\s+rip|rip\s+current|undertow|a\s+current|a\s+wave"
    r"|the\s+waves|the\s+deep)\b",
    "es": r"\b(?:bajo\s+el\s+agua|debajo\s+del\s+agua|una\s+ola|la\s+corriente|la\s+resaca)\b",
    "pt": r"\b(?:debaixo\s+d[ea]\s+agua|embaixo\s+d[ea]\s+agua|numa\s+onda|uma\s+onda|a\s+corrente"
    r"|a\s+correnteza)\b",
    "fr": r"\b(?:sous\s+l'\s*eau|une\s+vague|le\s+courant|un\s+courant|la\s+lame\s+de\s+fond)\b",
    "it": r"\b(?:sott'\s*acqua|sotto\s+l'\s*acqua|un'\s*onda|una\s+corrente|la\s+corrente"
    r"|la\s+risacca)\b",
    "de": r"\b(?:unter\s+wasser|eine[rn]?\s+welle|die\s+stro(?:e)?mung|der\s+sog|im\s+sog"
    r"|eine[rn]?\s+stro(?:e)?mung)\b",
}
_NOT_UP = {
    "en": r"\b(?:never|can'?t|cannot|couldn'?t)\s+(?:\w+\s+)?(?:reach|find|get\s+to|break)\s+the"
    r"\s+surface\b|\bcan'?t\s+come\s+up\s+(?:for\s+air|to\s+breathe)\b|\bwon'?t\s+let\s+me\s+"
    r"(?:up|come\s+up|breathe)\b|\bdrags?\s+me\s+(?:further|deeper)\s+(?:out|down|under)\b"
    r"|\bnothing\s+left\s+to\s+swim\s+with\b|\bno\s+air\s+left\b",
    "es": r"\bsin\s+(?:encontrar|llegar\s+a|alcanzar)\s+(?:nunca\s+)?la\s+superficie\b"
    r"|\bno\s+(?:me\s+deja|puedo)\s+(?:salir|subir)\s+(?:a\s+)?(?:respirar|tomar\s+aire)\b"
    r"|\bme\s+arrastra\s+(?:cada\s+vez\s+)?mas\s+(?:adentro|al\s+fondo|lejos)\b",
    "pt": r"\bnao\s+(?:me\s+)?deixa\s+subir\b|\bsem\s+(?:nunca\s+)?(?:chegar\s+a|encontrar"
    r"|alcancar)"
    r"\s+a\s+superficie\b|\bnao\s+consigo\s+subir\s+(?:pra|para)\s+respirar\b"
    r"|\bme\s+puxa\s+(?:cada\s+vez\s+)?mais\s+(?:pro\s+fundo|para\s+o\s+fundo|pra\s+longe)\b",
    "fr": r"\bsans\s+(?:jamais\s+)?(?:trouver|atteindre|retrouver)\s+la\s+surface\b"
    r"|\bne\s+me\s+laisse\s+(?:pas|jamais|plus)\s+(?:remonter|respirer)\b"
    r"|\bm'?\s*entraine\s+(?:toujours\s+)?plus\s+(?:au\s+fond|loin|au\s+large)\b"
    r"|\bje\s+n'?\s*arrive\s+(?:pas|plus|jamais)\s+a\s+remonter\b",
    "it": r"\bsenza\s+(?:mai\s+)?(?:trovare|raggiungere)\s+la\s+superficie\b"
    r"|\bnon\s+mi\s+lascia\s+(?:risalire|respirare|salire)\b"
    r"|\bmi\s+trascina\s+(?:sempre\s+)?piu\s+(?:a\s+fondo|al\s+largo|giu|lontano)\b"
    r"|\bnon\s+riesco\s+(?:mai\s+)?a\s+risalire\b",
    "de": r"\b(?:finde|erreiche)\s+(?:ich\s+)?(?:nie|nicht)\s+(?:mehr\s+)?(?:die|an\s+die)\s+"
    r"oberfla(?:e)?che\b|\bohne\s+(?:je\s+)?(?:die\s+)?oberfla(?:e)?che\s+zu\s+(?:finden|erreichen)\b"
    r"|\bla(?:e)?sst\s+mich\s+nicht\s+(?:mehr\s+)?(?:hoch|auftauchen|atmen)\b"
    r"|\bzieht\s+mich\s+immer\s+(?:weiter\s+)?(?:raus|runter|nach\s+unten|in\s+die\s+tiefe)\b",
}
_SEALED = {
    "en": r"\b(?:sealed|walled|bricked|boarded|locked)\s+(?:up\s+)?in\b",
    "es": r"\b(?:tapiad[oa]|emparedad[oa]|sellad[oa]|tapiaron|tapio"
    r"|encerrad[oa]\s+bajo\s+tierra)\b",
    "pt": r"\b(?:emparedad[oa]|selad[oa]|emparedaram|taparam|fechad[oa]\s+debaixo\s+da\s+terra)\b",
    "fr": r"\b(?:mure|muree|emmure\w*|scelle\w*|a\s+mure|enterre\w*\s+vivant\w*)\b",
    "it": r"\b(?:murat[oa]|sigillat[oa]|ha\s+murato|avesse\s+murato|sepolt[oa]\s+viv[oa])\b",
    "de": r"\b(?:zugemauert|eingemauert|versiegelt|verschu(?:e)?ttet)\b",
}
_UNHEARD = {
    "en": r"\b(?:nobody|no\s+one|no-one)\s+(?:is\s+)?(?:digging|coming|hears?|hearing|listening)\b"
    r"|\b(?:the\s+)?air\s+(?:going|running\s+out|getting\s+thin)\b",
    "es": r"\bnadie\s+(?:me\s+)?(?:oye|escucha|viene|cava)\b|\bse\s+(?:acaba|va)\s+el\s+aire\b",
    "pt": r"\bninguem\s+(?:me\s+)?(?:ouve|escuta|vem|cava)\b|\b(?:acaba|vai\s+acabando)\s+o\s+ar\b",
    "fr": r"\bpersonne\s+(?:ne\s+)?(?:m'?\s*entend|m'?\s*ecoute|vient|creuse)\b"
    r"|\bl'?\s*air\s+(?:qui\s+)?(?:manque|s'?\s*epuise)\b",
    "it": r"\bnessuno\s+(?:mi\s+)?(?:sente|ascolta|viene|scava)\b|\bl'?\s*aria\s+(?:che\s+)?"
    r"(?:manca|finisce)\b",
    "de": r"\b(?:keiner|niemand)\s+(?:ho(?:e)?rt|kommt|gra(?:e)?bt)\s+(?:mich)?\b"
    r"|\bdie\s+luft\s+(?:wird\s+knapp|geht\s+aus)\b",
}
# a real swim or a real building: a lifeguard, a lesson, a surf school, works, a cellar
_REAL = (
    r"(?![^\n]*\b(?:lifeguard|lesson|lessons|surf\s+school|instructor|socorrista|clases?|curso"
    r"|nadador-salvador|salva-vidas|aula|maitre-nageur|cours|bagnino|lezion\w*|corso"
    r"|rettungsschwimmer|kurs|unterricht|builders?|renovat\w*|obras?|travaux|lavori|baustelle"
    r"|cellar|sotano|cave|cantina|keller|porao|cold|flu|resfriado|gripe|rhume|grippe|raffreddore"
    r"|influenza|erka(?:e)?ltung|nose|nariz|nez|naso)\b)"
)


def _pattern(lang: str) -> str:
    like, water, sealed = _LIKE[lang], _WATER[lang], _SEALED[lang]
    return (
        rf"(?:^|(?<=[.!?\n])){_REAL}{_S}*?{like}{_S}{{0,60}}?"
        rf"(?:{water}{_S}{{0,80}}?(?:{_NOT_UP[lang]})|{sealed}{_S}{{0,100}}?(?:{_UNHEARD[lang]}))"
    )


RULES: tuple[Rule, ...] = family(
    "trapped_undertow",
    "held_under",
    Category.TRAPPED_PAIN,
    Severity.CONCERN,
    {lang: _pattern(lang) for lang in _LIKE},
    {
        "en": "like|as if|as though",
        "es": "como|parece",
        "pt": "como|parece",
        "fr": "comme|dirait",
        "it": "come|pare|sembra",
        "de": "wie|als",
    },
    inherent=False,
)

__all__ = ["RULES"]
