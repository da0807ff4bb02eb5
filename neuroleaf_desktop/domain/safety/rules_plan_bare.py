"""A plan told in bare fragments, a time and a height with no verb, or the going to a height
with no coming back, in six languages.

Why: a writer who has settled on a plan often writes it down the way one writes a note to
oneself, without the act and without saying it was decided:

* **a time after an event, then a height or a crossing, and nothing else**: "Después de las
  fiestas del pueblo, en el puente de la autovía", "Depois da romaria, no viaduto da linha",
  "After the christening, the cliffs past the lighthouse", "Nach dem Schützenfest, oben an der
  Talbrücke", "Après la kermesse, sur le viaduc", "Dopo la sagra, sul ponte della ferrovia".
  The sentence is the time and the place and, at most, "then it is time" ("dann ist es so
  weit", "ce sera le moment"); a sentence that goes on to say what happens there (fireworks, a
  market, a walk) or who meets whom ("nos vemos", "see you") is an outing or an appointment.
  The place may also open the sentence, with the time after it: "The old rail bridge, Sunday,
  …" ("… Friday, for the fireworks" names the outing);
* **going to a height and not coming back**: "I'll drive up to the lookout and not come back",
  "iré al mirador y no volveré", "j'irai sur la falaise et je ne reviendrai pas", "andrò sul
  ponte e non tornerò", "vou à ponte e não volto mais", "ich fahr zur Brücke und komm nicht
  mehr zurück". "… not come back till dark" gives the return a time and is left alone. The
  going may be alone ("subiré solo al mirador", "je monterai seul au lac", "andrò da solo
  sugli scogli"), to a water's edge or its rocks as to a height, and the close may be the end
  told as everything over ("y ahí se acaba todo", "et ce sera fini", "e sarà finita").
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import CLAUSE_CLOSE, Rule
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS, core_family
from neuroleaf_desktop.domain.safety.weekdays_intl import WEEKDAYS

_IN = r"[^,.!?\n]"
_SENTENCE_END = r"(?=\s*(?:$|[.!?\n]))"

# --- a height, a crossing or deep water --------------------------------------------------------
_DROP = {
    "en": r"cliffs?|bridge|viaduct|overpass|flyover|lookout|quarry|gorge|pier|rooftop|railway|dam"
    r"|tracks|car\s*park|multi[\s-]?storey|(?:mine\s*)?shaft|jetty|breakwater",
    "de": r"\w*bru(?:e)?cke|\w*schlucht|\w*klamm|klippe\w*|gleise\w*|steinbruch|parkhaus\w*"
    r"|hochhaus\w*|\w*berg|aussichtsturm|staumauer|\w*schacht|stollen",
    "fr": r"falaises?|pont|viaduc|toit|voies|gorges?|carriere|belvedere|barrage"
    r"|puits(?:\s+de\s+mine)?",
    "es": r"acantilado|puente|viaducto|azotea|vias|barrancos?|barrancas?|cantera|mirador|presa"
    r"|pozo\s+de\s+la\s+mina|bocamina",
    "pt": r"falesia|ponte|viaduto|telhado|linha\s+do\s+comboio|penhasco|pedreira|mirante"
    r"|barragem|poco\s+da\s+mina",
    "it": r"scogliera|ponte|viadotto|tetto|binari|burrone|cava|belvedere|diga"
    r"|pozzo\s+della\s+miniera",
}
# --- a time fixed by an event: "after the wedding", "nach dem Fest" ------------------------------
_AFTER = {
    "en": r"(?:once|after)\s+(?:the|my|our|his|her|their)\b",
    # … or the moment nobody is awake to see: "when the house is asleep", "quand tout le monde
    # dort", "wenn alle schlafen"
    "en_asleep": r"when\s+(?:the\s+house|everyone|everybody|they|the\s+kids)(?:'s|'re|\s+is"
    r"|\s+are)\s+asleep",
    "de_asleep": r"wenn\s+(?:alle|das\s+haus|die\s+kinder)\s+schlafen"
    r"|wenn\s+das\s+haus\s+schla(?:e)?ft",
    "fr_asleep": r"quand\s+(?:tout\s+le\s+monde|la\s+maison|les\s+enfants)\s+dor(?:t|ment)",
    "es_asleep": r"cuando\s+(?:todos|la\s+casa|los\s+ninos)\s+duerm(?:e|en|a|an)",
    "pt_asleep": r"quando\s+(?:todos|a\s+casa|as\s+criancas)\s+(?:dorme|dormem|dormirem|estiverem"
    r"\s+dormindo)",
    "it_asleep": r"quando\s+(?:tutti|la\s+casa|i\s+bambini)\s+dorm(?:e|ono)",
    "de": r"(?:(?:am\s+)?(?:" + WEEKDAYS["de"] + r")\s+)?nach\s+(?:dem|der|den)\b",
    "fr": r"apres\s+(?:le|la|les|l'|mon|ma|mes)",
    "es": r"despues\s+de(?:l|\s+la|\s+las|\s+los|\s+mi|\s+mis)\b",
    "pt": r"depois\s+d(?:[oa]s?|a\s+minha|o\s+meu)\b",
    "it": r"dopo\s+(?:il|la|lo|l'|i|le|gli|la\s+mia|il\s+mio)",
}
# --- where the place is: "on the", "oben am", "sul", "no" ---------------------------------------
_AT = {
    "en": r"(?:(?:out\s+)?(?:at|on|off|up\s+on|to)\s+)?(?:the\s+)?(?:[\w']+\s+){0,2}?",
    "de": r"(?:oben\s+|unten\s+)?(?:am|an\s+der|an\s+den|auf\s+der|auf\s+dem|auf\s+die|zur|zum"
    r"|bei\s+der|beim)\s+(?:\w+\s+)?",
    "fr": r"(?:sur|au|du\s+haut\s+du|en\s+haut\s+du)\s+(?:le\s+|la\s+|l')?(?:\w+\s+)?",
    "es": r"(?:en|sobre|desde)\s+(?:el|la|lo\s+alto\s+del?)\s+(?:\w+\s+)?",
    "pt": r"(?:n[oa]|em\s+cima\s+d[oa]|d[oa]|para\s+[oa])\s+(?:\w+\s+)?",
    "it": r"(?:sul|sulla|sullo|al|alla|dal|dalla|in\s+cima\s+al(?:la)?)\s+(?:\w+\s+)?",
}
# --- at most "then it is time", closing the fragment -------------------------------------------
_TIME_COMES = {
    "en": r"(?:,?\s*(?:that'?s\s+(?:when|where)|then\s+it'?s\s+time))?",
    "de": r"(?:,?\s*dann\s+is(?:t)?\s+es\s+so\s+weit)?",
    "fr": r"(?:,?\s*ce\s+sera\s+le\s+moment)?",
    "es": r"(?:,?\s*(?:ahi|alli)\s+sera)?",
    "pt": r"(?:,?\s*(?:ai|la)\s+vai\s+ser)?",
    "it": r"(?:,?\s*sara\s+li)?",
}
# --- an outing or an appointment: what happens there, who meets whom ----------------------------
_OUTING = (
    r"(?![^.!?\n]*\b(?:walk\w*|hike|swim\w*|picnic|photo\w*|fireworks?|market|fair|concert"
    r"|parade|see\s+you|meet\w*|wait\s+for|party|drinks?|beers?|feuerwerk|markt|konzert|treffen"
    r"|treffpunkt|wanderung|spazier\w*|feux|marche|concert|rendez-vous|on\s+se\s+voit|balade"
    r"|fuegos|mercado|feria|concierto|nos\s+vemos|quedamos|te\s+espero|paseo|fogos|feira"
    r"|concerto|encontramos|a\s+gente\s+se\s+ve|te\s+espero|passeio|fuochi|mercato|fiera"
    r"|ci\s+vediamo|ti\s+aspetto|passeggiata|de\s+siempre|as\s+usual|wie\s+immer"
    r"|comme\s+d'habitude|come\s+sempre|como\s+sempre)\b)"
)
_OPEN = r"(?:^|(?<=[.!?\n]))\s*"
# What may follow the place: a few words that say which one ("sobre el Nalón", "past the
# lighthouse"), never a verb or a purpose ("… was closed", "… a guardare le stelle").
_TAIL = (
    r"(?:\s+(?!(?:was|were|is|are|looked|looks|has|had|got|to|for|ist|war|hat|sind|zum|um|es|era"
    r"|fue|est|etait|pour|foi|e|ha|hay|c'e|sono|sta|a|per|para|por)\b)[\w'-]+){0,6}"
)


def _bare(lang: str) -> str:
    """The time after an event or when the house is asleep (a few words may lead it: "end of
    the month once …", "tonight when …"), a comma, the place, and the sentence's end."""
    return (
        rf"{_OPEN}{_OUTING}(?:[\w']+\s+){{0,4}}?(?:{_AFTER[lang]}|{_AFTER[lang + '_asleep']})"
        rf"{_IN}{{0,60}},\s*(?:{_AT[lang]})"
        rf"(?:{_DROP[lang]})\b{_TAIL}{_TIME_COMES[lang]}{_SENTENCE_END}"
    )


# The place opening the sentence and a day after it: "The old rail bridge, Sunday, …"
_DAY = {
    "en": r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+night)?",
    **{
        lang: rf"(?:el\s+|la\s+|le\s+|am\s+|na\s+|no\s+)?(?:{days})"
        for lang, days in WEEKDAYS.items()
    },
}


def _place_then_day(lang: str) -> str:
    return (
        rf"{_OPEN}{_OUTING}(?:the\s+|el\s+|la\s+|le\s+|l'|die\s+|der\s+|a\s+|o\s+|il\s+)?"
        rf"(?:[\w']+\s+){{0,2}}?(?:{_DROP[lang]})\b{_IN}{{0,40}},\s*(?:{_DAY[lang]})"
        r"(?=\s*(?:$|[.!?,;\n]))"
    )


# --- going to a height and not coming back ------------------------------------------------------
# A mountain's height, a glacier or a fall of water is gone up to the same way as a bridge, and
# a lake, an inlet or the rocks over the sea are gone out to alike; each is read only in this
# frame, where the going has no return, never as a bare fragment.
_HIGH = {
    "en": r"summit|peak|glacier|waterfall|falls|inlet|lake|rocks|jetty|breakwater",
    "de": r"gletscher\w*|gipfel|wasserfall|felsen|\w*see|mole",
    "fr": r"col|sommet|glacier|cascade|lac|rochers|jetee",
    "es": r"cumbre|cima|glaciar|cascada|lago|rocas|espigon",
    "pt": r"cume|glaciar|cascata|serra|lago|rochas|molhe|pontao",
    "it": r"monte|cima|vetta|ghiacciaio|cascata|lago|scogli|molo",
}
# The close: no coming back (or down), or the end said outright at the clause's close ("… and
# that is the end", "e acabo com isto"); an end "of the hike" names something else.
_NO_RETURN = {
    "en": r"and\s+(?:not|never)\s+(?:come|coming)\s+back"
    # (for good, said of the height, not of a house there: "up to the lake house for good")
    r"|(?<!house\s)(?<!home\s)(?<!cabin\s)(?<!cottage\s)(?<!place\s)(?<!farm\s)(?<!flat\s)"
    r"(?<!shack\s)(?<!job\s)for\s+good"
    + CLAUSE_CLOSE
    + r"|and\s+(?:(?:that'?s|that\s+is)\s+the\s+end"
    r"|that(?:'?ll|\s+will)\s+be\s+(?:the\s+end|it))" + CLAUSE_CLOSE,
    "es": r"y\s+no\s+(?:volvere|voy\s+a\s+volver|vuelvo|bajare|vuelvo\s+a\s+bajar)(?:\s+mas)?"
    r"(?!\s+mas\b)"
    r"|y\s+(?:(?:ahi|alli)\s+)?se\s+acaba\s+todo"
    + CLAUSE_CLOSE
    + r"|y\s+(?:se\s+acabo|acabo\s+con\s+(?:todo|esto))"
    + CLAUSE_CLOSE,
    "fr": r"et\s+je\s+ne\s+(?:reviendrai|rentrerai|redescendrai)\s+(?:pas|plus|jamais)"
    r"|et\s+ce\s+sera\s+(?:la\s+fin|fini|termine)" + CLAUSE_CLOSE,
    "pt": r"e\s+nao\s+(?:volto|voltarei|vou\s+voltar|desco|descerei)(?:\s+mais)?(?!\s+mais\b)"
    r"|e\s+(?:(?:ai|la)\s+)?acaba\s+tudo"
    + CLAUSE_CLOSE
    + r"|e\s+acabo\s+com\s+(?:isto|tudo)"
    + CLAUSE_CLOSE
    + r"|e\s+(?:pronto,?\s+)?acabou"
    + CLAUSE_CLOSE,
    "it": r"e\s+non\s+(?:tornero|torno|scendero|scendo)(?:\s+(?:piu|giu))?"
    r"(?!\s+(?:piu|giu)\b)"
    r"|e\s+(?:sara|e)\s+finita" + CLAUSE_CLOSE + r"|e\s+la\s+faccio\s+finita" + CLAUSE_CLOSE,
    "de": r"und\s+(?:komm|komme)\s+nicht\s+(?:mehr\s+)?zuru(?:e)?ck"
    r"|und\s+dann\s+ist\s+(?:schluss|(?:es|alles)\s+vorbei)"
    + CLAUSE_CLOSE
    + r"|und\s+dort\s+bleibe?\s+ich(?:\s+fu(?:e)?r\s+immer)?"
    + CLAUSE_CLOSE,
}
_GO_NO_RETURN = {
    "en": r"\b(?:(?:i'?ll|i\s+will|i'?m\s+going\s+to|i'?m\s+gonna|gonna)\s+(?:drive|walk|go"
    r"|head|climb|ride|cycle)|i'?m\s+(?:driving|walking|going|heading|climbing))\s+{outing}"
    r"(?:alone\s+|by\s+myself\s+)?(?:up\s+|out\s+|down\s+|over\s+)?to\s+(?:the\s+)?[^.!?\n]{0,40}?\b"
    r"(?:{drop})\b[^.!?\n]{{0,20}}?\b(?:{close})",
    "es": r"\b(?:ire|voy\s+a\s+ir|me\s+ire|subire|voy\s+a\s+subir)\s+(?:sol[oa]\s+)?"
    r"(?:hasta\s+)?(?:al|a\s+la|al\s+)?[^.!?\n]{0,40}?\b(?:{drop})\b[^.!?\n]{{0,20}}?\b(?:{close})",
    "fr": r"\b(?:j'\s*irai|je\s+vais\s+aller|je\s+monterai|je\s+vais\s+monter)\s+(?:seule?\s+)?"
    r"(?:jusqu'\s*)?(?:au|aux|a\s+la|sur\s+(?:le|la|les))\s+[^.!?\n]{0,40}?\b(?:{drop})\b"
    r"[^.!?\n]{{0,20}}?\b(?:{close})",
    "pt": r"\b(?:vou|irei)\s+(?:sozinh[oa]\s+)?(?:ate\s+)?(?:[ao]|a\s+|ao\s+)?[^.!?\n]{0,40}?\b"
    r"(?:{drop})\b[^.!?\n]{{0,20}}?\b(?:{close})",
    "it": r"\b(?:andro|vado|salgo|saliro)\s+(?:da\s+sol[oa]\s+)?(?:fino\s+)?(?:al|alla|ai|agli|sul"
    r"|sulla|sui|sugli)\s+[^.!?\n]{0,40}?\b"
    r"(?:{drop})\b[^.!?\n]{{0,20}}?\b(?:{close})",
    # the verb before or after the writer ("fahre ich noch einmal hoch zum Gletscher")
    "de": r"\b(?:ich\s+(?:fahr|fahre|geh|gehe|steig|steige)|(?:fahr|fahre|geh|gehe|steig|steige)"
    r"\s+ich)\s+(?:\w+\s+){0,3}?(?:zur|zum|auf\s+den|auf\s+die|an\s+die)\s+[^.!?\n]{0,40}?\b"
    r"(?:{drop})\b[^.!?\n]{{0,20}}?\b(?:{close})",
}
# A return given a time ("… not come back till dark", "no vuelvo hasta la noche") is an outing.
_NO_RETURN_TIME = (
    r"(?!\s+(?:till|until|before|for|hasta|antes|para|jusqu'|avant|ate|antes|fino|prima|per"
    r"|bis|vor|vorm|heute|today|tonight|stasera|esta\s+noche|ce\s+soir|hoje)\b)"
)


def _go_no_return(lang: str) -> str:
    pattern = (
        _GO_NO_RETURN[lang]
        .replace("{drop}", f"{_DROP[lang]}|{_HIGH[lang]}")
        .replace("{close}", _NO_RETURN[lang])
        .replace("{outing}", _OUTING)
        .replace("{{", "{")
        .replace("}}", "}")
    )
    # English reads the outing after its going verb, where "walk" is the going itself
    lead = "" if lang == "en" else _OUTING
    return rf"{lead}{pattern}{_NO_RETURN_TIME}"


RULES: tuple[Rule, ...] = (
    core_family(
        "bare_drop_after_event",
        Category.PLAN_OR_METHOD,
        Severity.URGENT,
        {lang: _bare(lang) for lang in LANGS},
        {
            "en": "once|after|asleep",
            "de": "nach|schlaf",
            "fr": "apres|dor",
            "es": "despues|duerm",
            "pt": "depois|dorm",
            "it": "dopo|dorm",
        },
    )
    + core_family(
        "place_then_day",
        Category.PLAN_OR_METHOD,
        Severity.URGENT,
        {lang: _place_then_day(lang) for lang in LANGS},
        _DROP,
    )
    + core_family(
        "height_no_return",
        Category.PLAN_OR_METHOD,
        Severity.URGENT,
        {lang: _go_no_return(lang) for lang in LANGS},
        {
            "en": "come back|coming back|the end|be it|for good",
            "de": "zuruck|zurueck|schluss|vorbei|bleib",
            "fr": "reviendrai|rentrerai|redescendrai|la fin|fini|termine",
            "es": "volv|vuelvo|bajare|acab",
            "pt": "volt|desc|acab",
            "it": "torn|scend|finita",
        },
    )
)

__all__ = ["RULES"]
