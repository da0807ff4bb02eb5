"""Trapped pain told as a picture of being held under or shut in with no one coming, in six
languages: water that will not let the writer up, and a sealed place where nobody hears.

Why: the trapped families read a verb of being trapped beside a way out denied ("I'm trapped,
there's no way out"). These writers give the picture alone, after a likeness ("like", "como",
"comme", "come", "wie", "als hätte"), and let its parts say what trapped means:

* **held under**: water, a wave, a current or a rip that keeps the writer from the surface or
  from breath, or drags them further out or down ("like a rip that only drags me further out and
  I've got nothing left to swim with", "como estar atrapado bajo el agua sin encontrar nunca la
  superficie", "como estar preso numa onda que não deixa subir pra respirar"); or swimming and
  swimming with the shore never nearer ("caught in a rip, I swim and swim and the beach never
  gets any closer"), or under a river in flood, not knowing which way is up, the lungs burning;
* **sealed in, unheard**: a place sealed, walled or bricked up around the writer, with the air
  going or nobody hearing, digging or coming ("like being sealed in a dugout with the air going
  and nobody digging", "als hätte jemand die Tür zugemauert … und keiner hört mich"), or buried
  under an avalanche with nobody digging ("als läge ich unter einer Lawine und keiner gräbt").

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
    "de": r"\b(?:wie|als\s+ob|als\s+ha(?:e)?tte|als\s+wa(?:e)?re"
    r"|als\s+(?:la(?:e)?ge|steckte)\s+ich)\b",
}
_WATER = {
    "en": r"\b(?:under\s*(?:the\s+)?water|a\s+rip|rip\s+current|undertow|a\s+current|a\s+wave"
    r"|the\s+waves|the\s+deep|under\s+(?:the\s+)?(?:river|flood\w*|[\w']+\s+in\s+flood))\b",
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
    r"|\bnothing\s+left\s+to\s+swim\s+with\b|\bno\s+air\s+left\b"
    r"|\bswim\s+and\s+swim\b[^.!?\n]{0,40}?\b(?:never|doesn'?t|don'?t|won'?t)\s+(?:gets?|comes?"
    r"|any)\s+(?:any\s+)?(?:closer|nearer)\b|\bcan'?t\s+tell\s+which\s+way\s+is\s+up\b"
    r"|\b(?:my\s+)?lungs\s+(?:are\s+)?(?:burning|bursting|on\s+fire)\b",
    "es": r"\bsin\s+(?:encontrar|llegar\s+a|alcanzar)\s+(?:nunca\s+)?la\s+superficie\b"
    r"|\bno\s+(?:me\s+deja|puedo)\s+(?:salir|subir)\s+(?:a\s+)?(?:respirar|tomar\s+aire)\b"
    r"|\bme\s+arrastra\s+(?:cada\s+vez\s+)?mas\s+(?:adentro|al\s+fondo|lejos)\b"
    r"|\bnado\s+y\s+nado\b[^.!?\n]{0,40}?\b(?:nunca|no)\s+se\s+acerca\b"
    r"|\bme\s+arden\s+los\s+pulmones\b",
    "pt": r"\bnao\s+(?:me\s+)?deixa\s+subir\b|\bsem\s+(?:nunca\s+)?(?:chegar\s+a|encontrar"
    r"|alcancar)"
    r"\s+a\s+superficie\b|\bnao\s+consigo\s+subir\s+(?:pra|para)\s+respirar\b"
    r"|\bme\s+puxa\s+(?:cada\s+vez\s+)?mais\s+(?:pro\s+fundo|para\s+o\s+fundo|pra\s+longe)\b"
    r"|\bnado\s+e\s+nado\b[^.!?\n]{0,40}?\b(?:nunca|nao)\s+(?:se\s+aproxima|chega|fica\s+mais"
    r"\s+perto)\b|\bos\s+pulmoes\s+(?:ardendo|a\s+arder|em\s+fogo)\b",
    "fr": r"\bsans\s+(?:jamais\s+)?(?:trouver|atteindre|retrouver)\s+la\s+surface\b"
    r"|\bne\s+me\s+laisse\s+(?:pas|jamais|plus)\s+(?:remonter|respirer)\b"
    r"|\bm'?\s*entraine\s+(?:toujours\s+)?plus\s+(?:au\s+fond|loin|au\s+large)\b"
    r"|\bje\s+n'?\s*arrive\s+(?:pas|plus|jamais)\s+a\s+remonter\b"
    r"|\bje\s+nage\s+et\s+(?:je\s+)?nage\b[^.!?\n]{0,40}?\bne\s+se\s+rapproche\s+(?:jamais|pas"
    r"|plus)\b|\bles\s+poumons\s+en\s+feu\b",
    "it": r"\bsenza\s+(?:mai\s+)?(?:trovare|raggiungere)\s+la\s+superficie\b"
    r"|\bnon\s+mi\s+lascia\s+(?:risalire|respirare|salire)\b"
    r"|\bmi\s+trascina\s+(?:sempre\s+)?piu\s+(?:a\s+fondo|al\s+largo|giu|lontano)\b"
    r"|\bnon\s+riesco\s+(?:mai\s+)?a\s+risalire\b"
    r"|\bnuoto\s+e\s+nuoto\b[^.!?\n]{0,40}?\bnon\s+si\s+avvicina\b"
    r"|\bi\s+polmoni\s+(?:che\s+)?(?:bruciano|in\s+fiamme)\b",
    "de": r"\b(?:finde|erreiche)\s+(?:ich\s+)?(?:nie|nicht)\s+(?:mehr\s+)?(?:die|an\s+die)\s+"
    r"oberfla(?:e)?che\b|\bohne\s+(?:je\s+)?(?:die\s+)?oberfla(?:e)?che\s+zu\s+(?:finden|erreichen)\b"
    r"|\bla(?:e)?sst\s+mich\s+nicht\s+(?:mehr\s+)?(?:hoch|auftauchen|atmen)\b"
    r"|\bzieht\s+mich\s+immer\s+(?:weiter\s+)?(?:raus|runter|nach\s+unten|in\s+die\s+tiefe)\b"
    r"|\bschwimme\s+und\s+schwimme\b[^.!?\n]{0,40}?\b(?:nie|nicht)\s+(?:\w+\s+)?na(?:e)?her\b"
    r"|\b(?:die\s+)?lunge\s+brennt\b",
}
_SEALED = {
    "en": r"\b(?:sealed|walled|bricked|boarded|locked)\s+(?:up\s+)?in\b"
    r"|\bunder\s+an\s+avalanche\b(?!\s+of\b)|\bunder\s+the\s+snow\b",
    "es": r"\b(?:tapiad[oa]|emparedad[oa]|sellad[oa]|tapiaron|tapio"
    r"|encerrad[oa]\s+bajo\s+tierra|bajo\s+una\s+avalancha(?!\s+de\b)|bajo\s+la\s+nieve)\b",
    "pt": r"\b(?:emparedad[oa]|selad[oa]|emparedaram|taparam|fechad[oa]\s+debaixo\s+da\s+terra"
    r"|debaixo\s+de\s+uma\s+avalanche(?!\s+de\b)|debaixo\s+da\s+neve)\b",
    "fr": r"\b(?:mure|muree|emmure\w*|scelle\w*|a\s+mure|enterre\w*\s+vivant\w*"
    r"|sous\s+une\s+avalanche(?!\s+de\b)|sous\s+la\s+neige)\b",
    "it": r"\b(?:murat[oa]|sigillat[oa]|ha\s+murato|avesse\s+murato|sepolt[oa]\s+viv[oa]"
    r"|sotto\s+una\s+valanga(?!\s+di\b)|sotto\s+la\s+neve)\b",
    "de": r"\b(?:zugemauert|eingemauert|versiegelt|verschu(?:e)?ttet"
    r"|unter\s+einer\s+lawine(?!\s+von\b)|unter\s+dem\s+schnee)\b",
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
    "de": r"\b(?:keiner|niemand)\s+(?:ho(?:e)?rt|kommt|gra(?:e)?bt)(?:\s+mich)?(?:\s+aus)?\b"
    r"|\bdie\s+luft\s+(?:wird\s+knapp|geht\s+aus)\b",
}
# a real swim or a real building: a lifeguard, a lesson, a surf school, works, a cellar
_REAL = (
    r"(?![^\n]*\b(?:lifeguard|lesson|lessons|surf\s+school|instructor|socorrista|clases?|curso"
    r"|nadador-salvador|salva-vidas|aula|maitre-nageur|cours|bagnino|lezion\w*|corso"
    r"|rettungsschwimmer|kurs|unterricht|builders?|renovat\w*|obras?|travaux|lavori|baustelle"
    r"|cellar|sotano|cave|cantina|keller|porao|cold|flu|resfriado|gripe|rhume|grippe|raffreddore"
    r"|influenza|erka(?:e)?ltung|nose|nariz|nez|naso|jet\s*lag|hangover|hungover)\b)"
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
