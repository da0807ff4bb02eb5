"""Warning signs told as what others will no longer carry, and what is ready for afterwards, in
all six languages.

Why: the quietest signs speak of the writer from outside, or of a time after them, and name no
act: "she won't have to worry about me much longer", "soon I won't be anyone's problem", a new
home found for the cat "for when I'm gone", the passwords left "for after", "Friday is the day.
I've got everything I need." Families:

* not for much longer: someone's care for the writer, or the writer as a weight, with a time
  limit ("much longer", "nicht mehr lange", "très longtemps", "mucho más tiempo", "ancora per
  molto"; "soon I won't be anyone's problem") — not when a new job, a move or healing follows;
* a pet's new home, for after: a home found for the cat or the dog, and "when I'm gone", "for
  after", "pour après", "für danach";
* left for after: papers, passwords or everything left "for after" / "for whoever comes after";
* the day named, all ready: "Friday is the day" and, in the same or the next short sentence,
  "I've got everything I need" — not a party, an exam, a trip.

Text is case- and accent-folded first; every rule has a gate.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import CLAUSE_CLOSE, Rule
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS, core_family
from neuroleaf_desktop.domain.safety.weekdays_intl import WEEKDAYS

_CON, _URG = Severity.CONCERN, Severity.URGENT

# --- not for much longer --------------------------------------------------------------------
_NOT_LONG = {
    "en": r"\b(?:won'?t|will\s+not|wouldn'?t)\s+(?:have|need)\s+to\s+(?:worry|deal|put\s+up"
    r"|bother|cope|look\s+after|care)(?:\s+(?:about|with|for|of))?\s+me\s+(?:for\s+)?"
    r"(?:much|very|too)\s+(?:longer|long)\b"
    r"|\bi\s+(?:won'?t|will\s+not)\s+be\s+(?:a|their|her|his|anyone'?s|your)\s+(?:problem|burden"
    r"|bother|worry|weight)\s+(?:for\s+)?(?:much|very)\s+longer\b"
    r"|\bsoon\s+i\s+(?:won'?t|will\s+not)\s+be\s+(?:anyone'?s|anybody'?s|a)\s+(?:problem|burden"
    r"|worry|bother)(?:\s+(?:anymore|to\s+anyone))?" + CLAUSE_CLOSE,
    "de": r"\b(?:muss|mu(?:e)?ssen|wird|werden)\s+sich\s+(?:\w+\s+)?(?:nicht\s+mehr|nimmer)\s+"
    r"lange\s+(?:um\s+mich\s+|mit\s+mir\s+)?(?:sorgen|ku(?:e)?mmern|a(?:e)?rgern|plagen)"
    r"(?:\s+um\s+mich|\s+mit\s+mir)?\b"
    r"|\bbald\s+bin\s+ich\s+(?:niemandem|keinem)\s+mehr\s+(?:eine\s+)?(?:last|bu(?:e)?rde"
    r"|problem)\b|\bnicht\s+mehr\s+lange\s+(?:eine\s+|ihre\s+|seine\s+)?(?:last|bu(?:e)?rde)\b",
    "fr": r"\bn'?\s*(?:aura|auront)\s+plus\s+a\s+s'?\s*(?:inquieter|occuper|soucier)\s+(?:de|pour)"
    r"\s+moi\s+(?:tres\s+|bien\s+|encore\s+)?longtemps\b"
    r"|\bbientot\s+je\s+ne\s+serai\s+plus\s+(?:un\s+|une\s+)?(?:poids|fardeau|probleme|charge)\s+"
    r"pour\s+personne\b",
    "es": r"\bno\s+(?:tendra|tendran|va\s+a\s+tener|van\s+a\s+tener)\s+que\s+(?:preocupar|cuidar"
    r"|aguantar)\w*\s+(?:por|de|a)\s+mi\s+mucho\s+(?:mas\s+)?tiempo\b"
    r"|\bpronto\s+no\s+sere\s+(?:una\s+|un\s+)?(?:carga|molestia|problema|peso)\s+para\s+nadie\b",
    "pt": r"\bnao\s+(?:vai|vao|tera|terao)\s+(?:ter\s+)?(?:de|que)\s+se\s+preocupar\s+comigo\s+"
    r"(?:por\s+)?muito\s+(?:mais\s+)?tempo\b"
    r"|\bem\s+breve\s+nao\s+serei\s+(?:um\s+|uma\s+)?(?:peso|fardo|problema|carga)\s+para\s+"
    r"ninguem\b",
    "it": r"\bnon\s+(?:dovra|dovranno)\s+(?:preoccuparsi|occuparsi)\s+di\s+me\s+ancora\s+per\s+"
    r"molto\b|\bpresto\s+non\s+saro\s+piu\s+(?:un\s+)?(?:peso|problema|fardello)\s+per\s+nessuno\b",
}
# not a milestone that frees them: a job, a move, healing, a licence
_NOT_A_MILESTONE = (
    r"(?![^.!?\n]{0,80}\b(?:job|work|moving|move|flat|own\s+place|graduat\w*|heal\w*|recover\w*"
    r"|cast|exam|licen[cs]e|independent|salary|pay|arbeit|umzug|wohnung|travail|appartement"
    r"|trabajo|piso|mudanza|trabalho|casa\s+nova|lavoro|trasloco)\b)"
)

# --- a pet's new home, for after --------------------------------------------------------------
_PET_HOME = {
    "en": r"\b(?:found|find|finding|arranged|sorted)\s+(?:out\s+)?(?:a\s+)?(?:new\s+|good\s+)?"
    r"(?:home|family|someone)\s+(?:for\s+)?(?:the|my)\s+(?:dogs?|cats?|pets?|rabbits?|budgie"
    r"|birds?|horse|hamster|tortoise)\b",
    "de": r"\b(?:ein\s+)?(?:neues\s+|gutes\s+)?(?:zuhause|zuhaus|heim|pla(?:e)?tzchen)\s+fu(?:e)?r"
    r"\s+(?:den|die|das|meinen|meine)\s+(?:hund|katze|kater|hasen|vogel|pferd)\b",
    "fr": r"\b(?:trouve|trouver)\s+(?:une\s+)?(?:famille|maison|foyer|quelqu'?\s*un)\s+pour\s+"
    r"(?:le|la|mon|ma)\s+(?:chat|chien|chatte|chienne|lapin)\b",
    "es": r"\b(?:encontre|busque|encontrado)\s+(?:una\s+)?(?:casa|familia|hogar|alguien)\s+para\s+"
    r"(?:el|la|mi)\s+(?:perro|perra|gato|gata|conejo)\b",
    "pt": r"\b(?:encontrei|arranjei)\s+(?:uma\s+)?(?:casa|familia|lar|alguem)\s+para\s+(?:o|a|meu"
    r"|minha)\s+(?:cao|cadela|gato|gata|coelho)\b",
    "it": r"\b(?:trovato|trovata)\s+(?:una\s+)?(?:casa|famiglia|qualcuno)\s+per\s+(?:il|la|mio|mia)"
    r"\s+(?:cane|gatto|gatta|coniglio)\b",
}
_FOR_AFTER = {
    "en": r"\b(?:when|after|once)\s+i'?m\s+gone\b|\bfor\s+after"
    + CLAUSE_CLOSE
    + r"|\bwhen\s+i'?m\s+not\s+(?:here|around)"
    + CLAUSE_CLOSE,
    "de": r"\bwenn\s+ich\s+(?:nicht\s+mehr\s+(?:da|hier)|weg|tot)\s+bin\b|\bfu(?:e)?r\s+danach\b",
    "fr": r"\bpour\s+apres" + CLAUSE_CLOSE + r"|\bquand\s+je\s+(?:ne\s+)?serai\s+plus\s+la\b",
    "es": r"\bpara\s+despues" + CLAUSE_CLOSE + r"|\bcuando\s+(?:yo\s+)?(?:ya\s+)?no\s+este\b",
    "pt": r"\bpara\s+depois" + CLAUSE_CLOSE + r"|\bquando\s+(?:eu\s+)?(?:ja\s+)?nao\s+estiver\b",
    "it": r"\bper\s+dopo" + CLAUSE_CLOSE + r"|\bquando\s+non\s+ci\s+saro\b",
}

# --- left for after (English; the other languages' "für danach" are read elsewhere) -----------
_LEFT_FOR_AFTER = (
    r"\b(?:left|leaving|put|wrote|written|laid\s+out)\s+(?:\w+\s+){0,4}?(?:passwords?|papers"
    r"|folder|instructions|everything|documents|notes?|keys)\b[^.!?\n]{0,40}?\bfor\s+(?:after"
    r"|afterwards|whoever\s+comes\s+after|when\s+i'?m\s+gone)" + CLAUSE_CLOSE
)

# --- the day named, all ready -------------------------------------------------------------------
_THE_DAY = {
    "en": r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow)\s+(?:is|it'?s)\s+"
    r"the\s+(?:day|night)" + CLAUSE_CLOSE,
    "de": rf"\b(?:{WEEKDAYS['de']}|heute\s+nacht"
    r"|morgen)\s+ist\s+(?:der\s+tag|die\s+nacht|es\s+so\s+weit)" + CLAUSE_CLOSE,
    "fr": rf"\b(?:{WEEKDAYS['fr']}|ce\s+soir|demain)\s*,?\s*"
    r"c'?\s*est\s+(?:le\s+jour|la\s+nuit|le\s+soir)" + CLAUSE_CLOSE,
    "es": rf"\b(?:el\s+)?(?:{WEEKDAYS['es']}|esta\s+noche"
    r"|manana)\s+es\s+el\s+dia" + CLAUSE_CLOSE,
    "pt": rf"\b(?:{WEEKDAYS['pt']}|esta\s+noite|amanha)"
    r"(?:-feira)?\s+e\s+o\s+dia" + CLAUSE_CLOSE,
    "it": rf"\b(?:{WEEKDAYS['it']}|stanotte|domani)\s+e\s+"
    r"il\s+giorno" + CLAUSE_CLOSE,
}
_ALL_READY = {
    "en": r"\b(?:i'?ve\s+|i\s+have\s+)?got\s+everything\s+i\s+need\b|\beverything'?s\s+ready\b"
    r"|\beverything\s+is\s+ready\b",
    "de": r"\bich\s+hab(?:e)?\s+alles,?\s+was\s+ich\s+brauche\b|\balles\s+ist\s+bereit\b",
    "fr": r"\bj'?\s*ai\s+tout\s+ce\s+qu'?\s*il\s+(?:me\s+)?faut\b|\btout\s+est\s+pret\b",
    "es": r"\btengo\s+todo\s+lo\s+que\s+necesito\b|\btodo\s+esta\s+listo\b",
    "pt": r"\btenho\s+tudo\s+(?:o\s+)?(?:que|de\s+que)\s+preciso\b|\btudo\s+esta\s+pronto\b",
    "it": r"\bho\s+tutto\s+(?:quello\s+)?(?:che|quel\s+che)\s+mi\s+serve\b|\be\s+tutto\s+pronto\b",
}
# not an occasion: "Friday is the day of the party", "tomorrow's the day, the exam"
_NOT_AN_OCCASION = (
    r"(?![^\n]{0,120}\b(?:party|interview|exam|wedding|trip|flight|move|race|match|game|birthday"
    r"|date|surgery|op|operation|test|show|concert|gig|launch|presentation|fest|feier|prufung"
    r"|pruefung|hochzeit|reise|fete|examen|mariage|voyage|fiesta|examen|boda|viaje|festa|exame"
    r"|casamento|viagem|esame|matrimonio|viaggio|gara|partita|partido|jogo|spiel)\b)"
)

RULES: tuple[Rule, ...] = (
    core_family(
        "not_for_long",
        Category.BURDEN,
        _CON,
        {lang: rf"(?:{_NOT_LONG[lang]}){_NOT_A_MILESTONE}" for lang in LANGS},
        dict.fromkeys(
            LANGS,
            "longer|long|problem|burden|worry|bother|lange|last|burde|longtemps|personne|tiempo|tempo|nadie"
            "|ninguem|per molto|nessuno",
        ),
    )
    + core_family(
        "pet_home_for_after",
        Category.GIVING_AWAY,
        _CON,
        {lang: rf"(?:{_PET_HOME[lang]})[^.!?\n]{{0,80}}?(?:{_FOR_AFTER[lang]})" for lang in LANGS},
        dict.fromkeys(
            LANGS,
            "gone|after|here|around|da bin|hier|weg|tot|danach|apres|plus la|despues|no este|depois"
            "|nao estiver|dopo|ci saro",
        ),
    )
    + core_family(
        "left_for_after",
        Category.GOODBYES,
        _CON,
        dict.fromkeys(LANGS, _LEFT_FOR_AFTER),
        dict.fromkeys(LANGS, "after|gone"),
    )[:1]
    + core_family(
        "the_day_all_ready",
        Category.PLAN_OR_METHOD,
        _URG,
        {
            lang: rf"(?:{_THE_DAY[lang]}){_NOT_AN_OCCASION}[^.!?\n]{{0,40}}?(?:[.!?]\s*)?"
            rf"[^.!?\n]{{0,20}}?(?:{_ALL_READY[lang]})"
            for lang in LANGS
        },
        dict.fromkeys(
            LANGS,
            "need|ready|brauche|bereit|faut|pret|necesito|listo|preciso|pronto|serve",
        ),
    )
)

__all__ = ["RULES"]
