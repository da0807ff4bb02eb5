"""Explicit statements in the forms the desire grammar misses: nouns, questions, conditionals.

Why: ``rules_grammar_explicit`` reads "I want to / I'm going to + dying verb". People also
write suicidal intent without a desire verb:

- the *noun* in an "only way out" frame: "suicide is the only way out", "el suicidio es mi
  única salida", "Selbstmord ist der einzige Ausweg", "la seule issue c'est de me tuer";
- a *question to oneself*: "why shouldn't I just end it", "¿por qué no acabar con todo?",
  "warum sollte ich nicht einfach Schluss machen?", "perché non dovrei farla finita?";
- a *conditional about one's own death* that nobody would notice: "if I killed myself nobody
  would notice", "si me matara nadie se daría cuenta", "wenn ich mich umbringen würde, würde
  es keiner merken";
- a *decision* said as a bare clause next to "do it" and a time: "I'm going to do it tonight,
  I've decided", "ya lo decidí, esta noche lo hago", "c'est décidé, je le fais ce soir";
- *no longer being here* by a date: "an Weihnachten bin ich nicht mehr da", "je ne serai plus
  là à Noël" (the words "no longer" make it not a trip);
- smaller gaps: "j'ai envie de dormir pour toujours", "stasera prendo tutte le mie pillole",
  "beschlossen, mir am Sonntag das Leben zu nehmen".

Exclusions live in the patterns: the noun frames need "is the only way out/solution" with a
present or conditional verb, so a documentary, prevention training or a cousin's suicide
(someone else, in the past) do not match; the noun frames are not ``inherent`` so "he says
suicide is the only way out" is someone else's. Negation before the phrase is handled by the
detector as for every rule; the negation *inside* a self-question is part of the pattern.
Text is case- and accent-folded before matching.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, rule

_SI, _DW = Category.SUICIDAL_IDEATION, Category.DEATH_WISH
_URG, _CON = Severity.URGENT, Severity.CONCERN

# A clause break between "decided" and "do it": comma, dash, full stop…
_BREAK = r"\s*[,.;:!-]+\s*"
# The sentence ends there: "I'll do it tomorrow: the tax return" names what "it" is.
_STOP = r"(?=\s*(?:$|[.!?\n]))"

# -- "suicide is the only way out" / "the only way out is to kill myself" -------------------
_NOUN_WAY_OUT = {
    "en": r"\bsuicide\s+(?:is|seems|feels\s+like|might\s+be|would\s+be|could\s+be)\s+(?:\w"
    r"+\s+){0,2}?"
    r"(?:the|my)\s+(?:only|best|last|one)?\s*(?:way\s+out|solution|answer|option|escape|choice)\b"
    r"|\b(?:only|last)\s+(?:way\s+out|solution|answer|option)\s+(?:left\s+)?(?:is|would\s+be)\s+"
    r"(?:to\s+)?(?:kill\s+myself|suicide|end\s+(?:it\s+all|my\s+life)|die)\b",
    "es": r"\bel\s+suicidio\s+(?:es|seria|parece)\s+(?:\w+\s+){0,2}?(?:mi|la)\s+(?:unica|mejor"
    r"|ultima)\s+(?:salida|solucion|opcion|escapatoria)"
    r"|\bunica\s+(?:salida|solucion|opcion)\s+(?:que\s+me\s+queda\s+)?(?:es|seria)\s+(?:matarme"
    r"|suicidarme|quitarme\s+la\s+vida|el\s+suicidio|morir(?:me)?)\b",
    "de": r"\b(?:selbstmord|suizid|freitod)\s+(?:ist|wa(?:e)?re|scheint)\s+(?:\w+\s+){0,3}"
    r"?(?:der|die"
    r"|mein|meine)\s+(?:einzige|letzte|beste)\w*\s+(?:ausweg|lo(?:e)?sung|option)"
    r"|\b(?:einzige|letzte)\w*\s+(?:ausweg|lo(?:e)?sung)\s+(?:ist|wa(?:e)?re),?\s+(?:mich\s+umzubringen"
    r"|selbstmord|suizid|der\s+tod|zu\s+sterben|sterben)\b",
    "fr": r"\ble\s+suicide\s+(?:est|c'est|serait|me\s+semble)\s+(?:\w+\s+){0,2}?(?:la|ma|le|mon)"
    r"\s+(?:seule?"
    r"|meilleure?|derniere?)\s+(?:solution|issue|sortie|option|moyen)"
    r"|\bseule?\s+(?:solution|issue|sortie)\s+(?:c'est|c\s+est|est|serait)\s+(?:de\s+)?(?:me\s+tuer"
    r"|me\s+suicider|le\s+suicide|mourir|en\s+finir)\b",
    "pt": r"\bo\s+suicidio\s+(?:e|seria|parece)\s+(?:\w+\s+){0,2}?(?:a|minha)\s+(?:unica|melhor"
    r"|ultima)\s+(?:saida|solucao|opcao)"
    r"|\bunica\s+(?:saida|solucao|opcao)\s+(?:que\s+me\s+resta\s+)?(?:e|seria)\s+(?:me\s+matar"
    r"|matar-?me|me\s+suicidar|o\s+suicidio|morrer)\b",
    "it": r"\bil\s+suicidio\s+(?:e|sarebbe|sembra)\s+(?:\w+\s+){0,2}?(?:l'\s*|la\s+mia\s+|la\s+)?"
    r"(?:unica|migliore|ultima)\s+(?:soluzione|via\s+d'uscita|uscita|scelta)"
    r"|\bunica\s+(?:soluzione|via\s+d'uscita|uscita)\s+(?:e|sarebbe)\s+(?:uccidermi|ammazzarmi"
    r"|suicidarmi|togliermi\s+la\s+vita|il\s+suicidio|morire)\b",
}

# -- "why shouldn't I just end it?" ----------------------------------------------------------
_SELF_QUESTION = {
    "en": r"\bwhy\s+(?:shouldn'?t|shouldnt|don'?t|dont|wouldn'?t|can'?t|not)\s+(?:i\s+)?(?"
    r":just\s+)?"
    r"(?:end\s+it(?!\s+(?:with|between))|end\s+(?:it\s+all|everything|my\s+life)|kill\s+myself"
    r"|die(?=\s*(?:$|[.!?,;]|\s+(?:already|now|tonight))))",
    "es": r"\bpor\s*que\s+no\s+(?:simplemente\s+|mejor\s+|de\s+una\s+vez\s+)?(?:acabar\s+con\s+todo"
    r"|acabo\s+con\s+todo|matarme|me\s+mato|suicidarme|me\s+suicido|quitarme\s+la\s+vida|morirme"
    r"|me\s+muero)(?!\s+(?:el|la|lo|los|las|esto|eso|este|esta)\b)",
    "de": r"\bwarum\s+(?:sollte|soll|kann|darf|mache?)\s+ich\s+(?:\w+\s+){0,2}?nicht\s+(?:"
    r"einfach\s+)?"
    r"(?:schluss\s+machen|schluss(?=\s*[?.!])|mich\s+umbringen|sterben|meinem\s+leben\s+ein\s+ende)"
    r"(?!\s+mit\s+(?:ihm|ihr|dem|der|den))"
    r"|\bwarum\s+nicht\s+einfach\s+(?:schluss\s+machen|sterben|mich\s+umbringen)\b",
    "fr": r"\bpourquoi\s+(?:est-ce\s+que\s+)?(?:je\s+)?(?:ne\s+|n')\s*(?:en\s+finirais|me\s+tuerais"
    r"|me\s+suiciderais|mourrais)\s+pas\b"
    r"|\bpourquoi\s+ne\s+pas\s+(?:simplement\s+|juste\s+)?(?:en\s+finir(?!\s+avec)|me\s+tuer"
    r"|me\s+suicider|mourir)\b",
    "pt": r"\bpor\s*que\s+(?:eu\s+)?nao\s+(?:simplesmente\s+|de\s+vez\s+)?(?:acabar\s+com\s+tudo"
    r"|acabo\s+com\s+tudo|me\s+matar|me\s+mato|me\s+suicidar|morrer|morro)"
    r"(?!\s+(?:o|a|os|as|isso|isto|este|esta)\b)",
    "it": r"\bperche\s+non\s+(?:dovrei\s+|potrei\s+|posso\s+)?(?:semplicemente\s+)?(?:farl"
    r"a\s+finita"
    r"|la\s+faccio\s+finita|uccidermi|ammazzarmi|togliermi\s+la\s+vita|mi\s+uccido|mi\s+ammazzo)\b",
}

# -- "if I killed myself nobody would notice" ------------------------------------------------
_IF_I_DIED = {
    "en": r"\bif\s+i\s+(?:killed\s+myself"
    r"|died(?!\s+(?:my|the|his|her|its|their|your|a)\b)|ended\s+(?:it|my\s+life)|were\s+dead|was\s+dead"
    r"|committed\s+suicide)\b[^.!?]{0,40}?\b(?:nobody|no\s+one|noone|no-one|anyone|who)\b",
    "es": r"\bsi\s+(?:yo\s+)?(?:me\s+matara|me\s+suicidara|me\s+muriera|muriera|me\s+quita"
    r"ra\s+la\s+vida"
    r"|estuviera\s+muert[oa])\b[^.!?]{0,40}?\b(?:nadie|quien)\b",
    "de": r"\bwenn\s+ich\s+(?:mich\s+umbringen\s+wu(?:e)?rde|mich\s+umbringe|mich\s+umbra(?:e)?chte"
    r"|sterben\s+wu(?:e)?rde|sterbe|tot\s+wa(?:e)?re|nicht\s+mehr\s+da\s+wa(?:e)?re)\b[^.!?]{0,40}?"
    r"\b(?:keiner|keinem|niemand|niemandem|wer)\b",
    "fr": r"\bsi\s+je\s+(?:me\s+tuais|me\s+suicidais|mourais|n'etais\s+plus\s+la)\b[^.!?]{0,40}?"
    r"\b(?:personne|qui)\b",
    "pt": r"\bse\s+(?:eu\s+)?(?:me\s+matasse|me\s+suicidasse|morresse|estivesse\s+mort[oa])\b"
    r"[^.!?]{0,40}?\b(?:ninguem|quem)\b",
    "it": r"\bse\s+(?:io\s+)?(?:mi\s+uccidessi|mi\s+ammazzassi|morissi|mi\s+suicidassi|fos"
    r"si\s+mort[oa])"
    r"\b[^.!?]{0,40}?\b(?:nessuno|chi)\b",
}

# -- "I'm going to do it tonight, I've decided" (either order, decision as a bare clause) ----
_WHEN = {
    "en": r"(?:tonight|today|tomorrow|this\s+weekend)",
    "es": r"(?:esta\s+noche|hoy|manana)",
    "de": r"(?:heute\s+nacht|heute\s+abend|heute|morgen)",
    "fr": r"(?:ce\s+soir|cette\s+nuit|aujourd'hui|demain)",
    "pt": r"(?:hoje\s+a\s+noite|esta\s+noite|hoje|amanha)",
    "it": r"(?:stanotte|stasera|oggi|domani)",
}
_DECIDED = {
    "en": r"(?:i'?ve|i\s+have|i)\s+(?:decided|made\s+up\s+my\s+mind)",
    "es": r"(?:ya\s+)?lo\s+(?:he\s+)?decid(?:i|ido)|ya\s+(?:esta|lo\s+tengo)\s+decidido",
    "de": r"(?:ich\s+)?hab(?:e)?\s+mich\s+entschieden|es\s+ist\s+entschieden|(?:ich\s+)?ha"
    r"b(?:e)?\s+es"
    r"\s+beschlossen",
    "fr": r"c'est\s+decide|j'ai\s+decide|ma\s+decision\s+est\s+prise",
    "pt": r"(?:ja\s+)?decidi|esta\s+decidido",
    "it": r"(?:ho\s+deciso|e\s+deciso|ormai\s+e\s+deciso)",
}
_DO_IT = {
    "en": r"(?:i'?m\s+(?:going\s+to|gonna)|i'?ll|i\s+will)\s+do\s+it\s+{when}",
    "es": r"{when}\s+lo\s+(?:hago|voy\s+a\s+hacer)",
    "de": r"{when}\s+(?:mach(?:e)?|tu(?:e)?|ziehe?)\s+ich\s+es(?:\s+durch)?",
    "fr": r"je\s+(?:le\s+fais|vais\s+le\s+faire)\s+{when}",
    "pt": r"{when}\s+(?:eu\s+)?(?:faco|vou\s+fazer)",
    "it": r"{when}\s+lo\s+faccio",
}


def _decided_source(lang: str) -> str:
    do_it = _DO_IT[lang].format(when=_WHEN[lang])
    decided = _DECIDED[lang]
    return rf"\b(?:{decided}){_BREAK}(?:{do_it}){_STOP}|\b(?:{do_it}){_BREAK}(?:{decided}){_STOP}"


# -- "an Weihnachten bin ich nicht mehr da": no longer here by a date ------------------------
_HOLIDAY = r"(?:weihnachten|noel|natale|navidad|natal|christmas|ostern|paques|pasqua|silvester)"
_NO_LONGER_HERE = {
    "de": rf"\b(?:an|zu|bis)\s+{_HOLIDAY}\s+bin\s+ich\s+nicht\s+mehr\s+(?:da|hier|am\s+leben)\b"
    rf"|\bbin\s+ich\s+(?:an|zu|bis)\s+{_HOLIDAY}\s+nicht\s+mehr\s+(?:da|hier)\b",
    "fr": rf"\bje\s+ne\s+serai\s+plus\s+(?:la|ici|en\s+vie)\s+(?:a|pour|avant)\s+{_HOLIDAY}",
    "it": rf"\b(?:a|per)\s+{_HOLIDAY}\s+non\s+ci\s+saro\s+piu\b|\bnon\s+ci\s+saro\s+piu\s+(?:a|per)"
    rf"\s+{_HOLIDAY}",
    "es": rf"\b(?:ya\s+)?no\s+voy\s+a\s+estar\s+(?:aqui|viv[oa])\s+(?:para|en)\s+{_HOLIDAY}{END}",
    "pt": rf"\b(?:ja\s+)?nao\s+vou\s+estar\s+(?:aqui|viv[oa])\s+(?:no|para\s+o)\s+{_HOLIDAY}{END}",
}

# -- smaller gaps ---------------------------------------------------------------------------
_SMALL = (
    rule(
        "gf_fr_sleep_forever",
        _DW,
        _CON,
        r"\b(?:je\s+veux|je\s+voudrais|j'aimerais|envie\s+de|j'ai\s+envie\s+de)\s+(?:juste\s+)?"
        r"dormir\s+pour\s+(?:toujours|de\s+bon|l'eternite)\b",
        inherent=True,
        lang="fr",
    ),
    # "stasera prendo tutte le mie pillole" but not a daily dose "come prescritto".
    rule(
        "gf_it_all_my_pills",
        Category.PLAN_OR_METHOD,
        _URG,
        r"\b(?:prendo|prendero|voglio\s+prendere|sto\s+per\s+prendere|mi\s+prendo)\s+(?:tutte\s+le"
        r"\s+(?:mie\s+)?(?:pillole|pastiglie|compresse|medicine)|tutti\s+i\s+(?:miei\s+)?farmaci"
        r"|(?:l'intera|tutta\s+la)\s+(?:scatola|confezione|boccetta))\b"
        r"(?![^.!?]{0,40}\b(?:ogni|come|prescritt|al\s+giorno|regolarmente|del\s+mattino))",
        inherent=True,
        lang="it",
    ),
    rule(
        "gf_de_decided_take_life",
        _SI,
        _URG,
        r"\b(?:beschlossen|entschieden|vor|plane|will|werde),?\s+mir\s+(?:\w+\s+){0,3}?das\s+leben"
        r"\s+(?:zu\s+)?nehmen\b",
        inherent=True,
        lang="de",
    ),
    rule(
        "gf_es_decided_die",
        _SI,
        _URG,
        r"\b(?:he|lo\s+he|estoy)\s+decidid[oa]\s+(?:a\s+)?(?:quitarme\s+la\s+vida|matarme|suicidarme"
        r"|acabar\s+con\s+(?:todo|mi\s+vida))\b",
        inherent=True,
        lang="es",
    ),
)

# -- "el suicidio es la respuesta": the noun as *the answer* --------------------------------
_NOUN_ANSWER = {
    "en": r"\bsuicide\s+(?:is|seems|might\s+be)\s+(?:\w+\s+){0,2}?(?:the|my)\s+answer\b",
    "es": r"\bel\s+suicidio\s+(?:es|seria)\s+(?:\w+\s+){0,2}?(?:la|mi)\s+respuesta\b",
    "de": r"\b(?:selbstmord|suizid)\s+(?:ist|wa(?:e)?re)\s+(?:\w+\s+){0,2}?(?:die|meine)"
    r"\s+antwort\b",
    "fr": r"\ble\s+suicide\s+(?:est|c'est|serait)\s+(?:\w+\s+){0,2}?(?:la|ma)\s+(?:reponse|seule"
    r"\s+issue)\b",
    "pt": r"\bo\s+suicidio\s+(?:e|seria)\s+(?:\w+\s+){0,2}?(?:a|minha)\s+resposta\b",
    "it": r"\bil\s+suicidio\s+(?:e|sarebbe)\s+(?:\w+\s+){0,2}?(?:la|la\s+mia)\s+risposta\b",
}

# -- "what's stopping me from ending it?": asking oneself what still holds one back ---------
_WHAT_STOPS = {
    "en": r"\bwhat'?s?\s+(?:is\s+)?(?:stopping|keeping|holding)\s+me\s+(?:back\s+)?from"
    r"\s+(?:just\s+)?(?:ending\s+(?:it|it\s+all|everything|my\s+life)|killing\s+myself|dying)\b"
    r"(?!\s+(?:with|between))",
    "es": r"\bque\s+me\s+impide\s+(?:simplemente\s+)?(?:acabar\s+con\s+todo|matarme|suicidarme"
    r"|quitarme\s+la\s+vida)",
    "de": r"\bwas\s+ha(?:e)?lt\s+mich\s+(?:\w+\s+){0,3}?davon\s+ab,?\s+(?:es\s+zu\s+beenden"
    r"|mich\s+umzubringen|schluss\s+zu\s+machen|zu\s+sterben)",
    "fr": r"\bqu'est-ce\s+qui\s+m'empeche\s+(?:de\s+|d')\s*(?:en\s+finir(?!\s+avec)|me\s+tuer"
    r"|me\s+suicider|mourir)",
}

# -- "tonight I'm taking the whole box", "voy a tomarme la caja entera": a whole supply, now --
_DAILY = r"(?![^.!?]{0,40}\b(?:every|each|daily|prescribed|cada|todos\s+los\s+dias|jeden|taglich"
_DAILY += r"|tagl|chaque|tous\s+les\s+jours|todo\s+dia|todos\s+os\s+dias|ogni|prescritt))"
# The supply is medicine, or nothing follows, or only "tonight"/"at once" (not "of cookies").
_MEDS = (
    r"pills|sleeping|tablets|meds|painkillers|medication|pastillas|pildoras|medicamentos"
    r"|somniferos|calmantes|tabletten|schlaftabletten|pillen|medikamente|cachets|comprimes"
    r"|medicaments|somniferes|comprimidos|remedios|pilulas|pillole|pastiglie|compresse|farmaci"
    r"|sonniferi"
)
_SOON = (
    r"tonight|today|now|esta\s+noche|hoy|heute|auf\s+einmal|ce\s+soir|hoje|stanotte|stasera"
    r"|de\s+una\s+vez|de\s+uma\s+vez|d'un\s+coup|in\s+una\s+volta"
)
_OF_MEDS = (
    rf"(?=\s*(?:$|[.!?,;]|\s+(?:(?:of|de|di|do|da|des|von|der)\s+)?(?:\w+\s+)?(?:{_MEDS})\b"
    rf"|\s+(?:{_SOON})\b))"
)
_WHOLE_SUPPLY = {
    "en": r"\b(?:i'?m\s+(?:going\s+to\s+|gonna\s+)?(?:taking|take|swallow(?:ing)?)|i'?ll\s+(?:take"
    r"|swallow))\s+(?:the\s+whole|a\s+whole|an\s+entire|the\s+entire|every)\s+(?:box|bottle|pack"
    r"|packet|strip|pill|tablet)",
    "es": r"\b(?:voy\s+a\s+)?(?:tomarme|tragarme|me\s+tomo|me\s+trago|tomar)\s+(?:la|el)\s+(?:caja"
    r"|bote|frasco|blister|paquete)\s+entero?a?",
    "de": r"\b(?:nehme|schlucke|nehm)\s+(?:ich\s+)?(?:heute\s+|morgen\s+|jetzt\s+)?(?:die\s+ganze"
    r"|eine\s+ganze|alle)\s+(?:packung|schachtel|flasche|tabletten|schlaftabletten|pillen)",
    "fr": r"\b(?:je\s+vais\s+)?(?:avaler|prendre|j'avale|je\s+prends)\s+(?:toute\s+la\s+(?:boite"
    r"|plaquette)|tout\s+le\s+(?:flacon|tube)|tous\s+mes\s+(?:cachets|comprimes|medicaments))",
    "pt": r"\b(?:vou\s+)?(?:tomar|engolir|tomo|engulo)\s+(?:a\s+caixa\s+inteira"
    r"|a\s+cartela\s+inteira|o\s+frasco\s+inteiro|todos\s+os\s+(?:meus\s+)?(?:comprimidos|remedios))",
    "it": r"\b(?:ingoio|inghiotto|mi\s+ingoio|voglio\s+ingoiare)\s+(?:tutta\s+la\s+(?:confezione"
    r"|scatola|boccetta)|tutte\s+le\s+(?:pillole|pastiglie|compresse))",
}
# -- "j'ai pris la décision de me tuer": a decision noun before a dying verb ----------------
_DECISION_NOUN = {
    "es": r"\b(?:tome|he\s+tomado)\s+la\s+decision\s+de\s+(?:matarme|suicidarme"
    r"|quitarme\s+la\s+vida)",
    "fr": r"\bj'ai\s+pris\s+la\s+decision\s+de\s+(?:me\s+tuer|me\s+suicider|mettre\s+fin\s+a)",
    "pt": r"\btomei\s+a\s+decisao\s+de\s+(?:me\s+matar|me\s+suicidar|tirar\s+(?:a\s+)?minha)",
    "it": r"\bho\s+preso\s+la\s+decisione\s+di\s+(?:uccidermi|ammazzarmi|togliermi\s+la\s+vita"
    r"|suicidarmi)",
    "en": r"\bmade\s+the\s+decision\s+to\s+(?:kill\s+myself|end\s+my\s+life)",
}

RULES: tuple[Rule, ...] = (
    tuple(
        rule(f"gf_{lang}_noun_way_out", _SI, _URG, source, inherent=False, lang=lang)
        for lang, source in _NOUN_WAY_OUT.items()
    )
    + tuple(
        rule(f"gf_{lang}_self_question", _SI, _URG, source, inherent=True, lang=lang)
        for lang, source in _SELF_QUESTION.items()
    )
    + tuple(
        rule(f"gf_{lang}_if_i_died", _SI, _CON, source, inherent=True, lang=lang)
        for lang, source in _IF_I_DIED.items()
    )
    + tuple(
        rule(f"gf_{lang}_decided_do_it", _SI, _URG, _decided_source(lang), inherent=True, lang=lang)
        for lang in _DO_IT
    )
    + tuple(
        rule(
            f"gf_{lang}_no_longer_here_by",
            Category.NO_FUTURE,
            _CON,
            source,
            inherent=True,
            lang=lang,
        )
        for lang, source in _NO_LONGER_HERE.items()
    )
    + tuple(
        rule(
            f"gf_{lang}_whole_supply",
            Category.PLAN_OR_METHOD,
            _URG,
            src + _OF_MEDS + _DAILY,
            inherent=True,
            lang=lang,
        )
        for lang, src in _WHOLE_SUPPLY.items()
    )
    + tuple(
        rule(f"gf_{lang}_decision_noun", _SI, _URG, source, inherent=True, lang=lang)
        for lang, source in _DECISION_NOUN.items()
    )
    + tuple(
        rule(f"gf_{lang}_noun_answer", _SI, _URG, source, inherent=False, lang=lang)
        for lang, source in _NOUN_ANSWER.items()
    )
    + tuple(
        rule(f"gf_{lang}_what_stops_me", _SI, _URG, source, inherent=True, lang=lang)
        for lang, source in _WHAT_STOPS.items()
    )
    + _SMALL
)
