"""Signs in German, French, Spanish, Portuguese and Italian said around the word, read as frames
of meaning with wide vocabularies:

* **thinking of ending one's life, in any of its names**: a verb of thinking or imagining and
  the end named the ways people name it ("a pensar em pôr fim à vida", "pensando en ponerle
  punto final a todo", "je songe à quitter ce monde", "penso di andarmene per sempre", "denk
  dran, meinem Leben ein Ende zu setzen");
* **not seeing oneself ahead**: "no me veo dentro de diez años", "ich seh mich nicht in zehn
  Jahren", "je me vois pas vieille", the clause closing there (not "… as a teacher");
* **a moment chosen while nobody is home**: the day, the night or the hour chosen or known, bare,
  and the others away or the house empty in the same sentence ("já sei o dia, … quando a casa
  tá vazia", "j'ai choisi le soir, quand tout le monde sera à la fête");
* **"that business with the pills"**: a past try named by a euphemism and the care or the years
  since ("die Tablettensache im Krankenhaus", "lo de las pastillas hace tres años", "aquela vez
  dos remédios", "la storia delle pastiglie");
* **without me, the others relieved**: "ohne mich wären die aus dem Schneider", "senza di me
  sarebbero sollevati", a wider vocabulary of relief than "better off";
* **a mark made on one's own arm**: "me marquei o braço de novo", "mi sono segnata il braccio",
  or the writer's cuts or scars reopened ("j'ai rouvert les marques sur ma cuisse"), told with
  "again", a secret or a blade;
* **a wall or nothing ahead**: "solo veo un muro", "pra mim não tem depois", with the year, the
  future or what comes named in the same sentence;
* **a pain, and no door of any kind to get out by**.

Leave-taking said around the word (love and absolution told, a thing given for good, letters
for the day the writer is gone) is in ``rules_intl_leave_taking``, which shares this module's
family prefix and sentence guard.

Why: as for ``rules_intl_frames_wide``, a frame names what the sign is made of, so a writer
who says it in other words is caught. Each family keeps out its look-alikes: ending a job or a
relationship; a career or a city one does not see oneself in; a surprise party, a move or a
cleaning day chosen; someone else's pills, an allergy or a mix-up; a task or a trip "without
me"; a tattoo, a pen, a cat's scratch; a wall seen from a
window. A frame read from the sentence's start checks its own guard over the whole sentence.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, either_order, family
from neuroleaf_desktop.domain.safety.weekdays_intl import WEEKDAYS

_URG, _CON = Severity.URGENT, Severity.CONCERN
#: The languages every family here is written in.
LANGS = ("de", "fr", "es", "pt", "it")
_LANGS = LANGS
_START = r"(?:^|(?<=[.!?\n]))"
_S = r"[^.!?\n]"

#: One family of rules, named ``{lang}_unsaid_{name}``.
family_unsaid = partial(family, "unsaid")
_family = family_unsaid


def sentence_guarded(guard: str, body: str) -> str:
    """``body`` anywhere in a sentence none of whose words ``guard`` (a negative lookahead)
    names."""
    return rf"{_START}{guard}{_S}*?(?:{body})"


# --- thinking of ending one's life, in any of its names; a comma may come first ("ci penso, a …")
_THINK = {
    "pt": r"\b(?:pens(?:o|ei|ava|ando|ar)|cogit(?:o|ei|ava|ando|ar)|imagin(?:o|ei|ava|ando))"
    r"\s*,?\s+(?:muito\s+|mais\s+|cada\s+vez\s+mais\s+|seriamente\s+|de\s+novo\s+|outra\s+vez\s+)?(?:em|no|na)\s+",
    "es": r"\b(?:pienso|pensaba|pense|pensando|pensar|fantase(?:o|aba|ando)|imagin(?:o|aba|ando))"
    r"\s*,?\s+(?:mucho\s+|mas\s+|cada\s+vez\s+mas\s+|seriamente\s+|otra\s+vez\s+)?(?:en|con)\s+",
    "fr": r"\b(?:pens(?:e|ais|er|ant)|song(?:e|eais|er|eant)|rev(?:e|ais|er|ant))\s*,?\s+"
    r"(?:souvent\s+|serieusement\s+|de\s+plus\s+en\s+plus\s+|encore\s+|parfois\s+)?(?:a|au)\s+",
    "it": r"\b(?:pens(?:o|avo|are|ando)|medit(?:o|avo|are|ando)|fantastic(?:o|avo|are|ando))"
    r"\s*,?\s+(?:spesso\s+|piu\s+|seriamente\s+|sempre\s+piu\s+|di\s+nuovo\s+|ancora\s+)?(?:a|di|al|alla)\s+",
    "de": r"\b(?:(?:denk|denke|dachte)\s+(?:\w+\s+){0,3}?(?:daran|dran)|(?:daran|dran)\s+"
    r"(?:denk|denke|dachte))\s*,?\s+(?:\w+\s+){0,2}?",
}
_END_LIFE = {
    "pt": r"(?:por|dar|botar)\s+(?:um\s+)?(?:fim|termo|ponto\s+final)\s+(?:a|ao|na|em)\s+"
    r"(?:(?:minha|a|esta|essa)\s+)?(?:vida|existencia|tudo\b(?!\s+(?:com|isso|isto|de|do|da)\b))"
    r"|acabar\s+com\s+(?:a\s+)?(?:minha\s+)?(?:vida|existencia)"
    r"|tirar\s+(?:a\s+)?(?:minha\s+)?(?:propria\s+)?vida|dar\s+cabo\s+(?:de\s+mim|da\s+(?:minha\s+)?"
    r"vida)|(?:me\s+ir|ir-me|ir\s+embora)\s+(?:deste|desse|do)\s+mundo|deixar\s+(?:este|esse)"
    r"\s+mundo|nao\s+(?:acordar|existir)\s+mais|sumir\s+(?:de\s+vez|pra\s+sempre|para\s+sempre)"
    r"|desistir\s+de\s+(?:viver|mim|da\s+vida)",
    "es": r"(?:poner(?:le)?|dar(?:le)?)\s+(?:fin|punto\s+final|final|termino)\s+a\s+"
    r"(?:(?:mi|esta)\s+)?(?:vida|existencia|mis\s+dias|todo\b(?!\s+(?:con|esto|eso|lo|el|la)\b))"
    r"|acabar\s+con\s+(?:mi\s+)?(?:vida|existencia)|quitarme\s+(?:la\s+vida|de\s+en\s+medio)"
    r"|(?:irme|marcharme)\s+de\s+este\s+mundo|dejar\s+este\s+mundo"
    r"|no\s+despertar(?:me)?\s+(?:mas|nunca)|desaparecer\s+(?:para\s+siempre|de\s+una\s+vez)"
    r"|dejar\s+de\s+(?:vivir|existir)",
    "fr": r"mettre\s+(?:un\s+)?(?:fin|terme)\s+a\s+(?:ma\s+vie|mes\s+jours|mon\s+existence)"
    r"|me\s+(?:supprimer|foutre\s+en\s+l'?\s*air)|quitter\s+ce\s+monde|partir\s+pour\s+de\s+bon"
    r"|ne\s+plus\s+me\s+reveiller|disparaitre\s+(?:pour\s+toujours|pour\s+de\s+bon"
    r"|definitivement)|ma\s+propre\s+mort",
    "it": r"(?:porre|mettere)\s+fine\s+(?:a|alla)\s+(?:mia\s+)?(?:vita|esistenza|miei\s+giorni)"
    r"|togliermi\s+(?:la\s+vita|di\s+mezzo)|andarmene\s+(?:da\s+questo\s+mondo|per\s+sempre)"
    r"|lasciare\s+questo\s+mondo|non\s+svegliarmi\s+piu|sparire\s+per\s+sempre",
    "de": r"(?:meinem\s+leben\s+ein\s+ende\s+(?:zu\s+)?(?:setzen|machen|bereiten)"
    r"|(?:mit\s+)?(?:allem|dem\s+leben)\s+schluss\s+zu\s+machen"
    r"|nicht\s+mehr\s+(?:aufzuwachen|da\s+zu\s+sein|zu\s+leben)"
    r"|(?:aus\s+dem\s+leben|von\s+der\s+welt)\s+zu\s+(?:gehen|scheiden|verabschieden)"
    r"|fu(?:e)?r\s+immer\s+zu\s+verschwinden)",
}
_THINK_OF_ENDING = {lang: rf"{_THINK[lang]}(?:{_END_LIFE[lang]})" for lang in _LANGS}
_THINK_GATE = {
    "pt": "pens|cogit|imagin",
    "es": "pens|piens|fantase|imagin",
    "fr": "pens|song|rev",
    "it": "pens|medit|fantastic",
    "de": "daran|dran",
}

# --- not seeing oneself ahead --------------------------------------------------------------------
# a career, a place, a partner or a role one does not see oneself in is a choice, not no future
_NOT_A_ROLE = (
    r"(?![^.!?\n]*\b(?:trabajo|empresa|puesto|oficina|carrera|ciudad|pais|casad[oa]|profesor\w*"
    r"|emprego|trabalho|cargo|cidade|casad[oa]|professor\w*|travail|boulot|entreprise|poste"
    r"|ville|marie\w*|prof|lavoro|azienda|ufficio|citta|paese|sposat[oa]|insegnante|job|firma"
    r"|beruf|stelle|stadt|verheiratet|lehrer\w*|als|como|comme|come|aqui|aqui|ici|qui|hier"
    r"|con\s+(?:el|ella|lui|lei)|com\s+(?:ele|ela)|avec\s+(?:lui|elle)|mit\s+(?:ihm|ihr))\b)"
)
# the seeing or picturing of oneself, denied: "no me veo", "não consigo me ver", "je n'arrive
# pas à m'imaginer", "non riesco a vedermi"
_NOT_PICTURE = {
    "es": r"\bno\s+(?:me\s+(?:veo|imagino|visualizo)|(?:logro|consigo|puedo)\s+(?:verme"
    r"|imaginarme))",
    "pt": r"\bnao\s+(?:me\s+(?:vejo|imagino)|(?:consigo|da\s+pra)\s+me\s+(?:ver|imaginar)"
    r"|consigo\s+(?:ver-me|imaginar-me))",
    "fr": r"\bje\s+(?:ne\s+|n'?\s*)?(?:me\s+(?:vois|imagine)\s+pas|(?:arrive|parviens)\s+pas\s+a"
    r"\s+(?:me\s+voir|m'?\s*imaginer))",
    "it": r"\bnon\s+(?:mi\s+(?:vedo|immagino)|riesco\s+(?:a\s+)?(?:vedermi|immaginarmi))",
}
_YEARS_AHEAD = {
    "es": r"(?:(?:dentro\s+de|en|de\s+aqui\s+a)\s+(?:un|unos|\w+)\s+anos?|(?:de\s+)?(?:viej[oa]"
    r"|jubilad[oa]|anciano)|(?:llegando|llegar)\s+a\s+(?:los\s+)?\w+|a\s+los\s+\w+"
    r"|con\s+\w+\s+anos)",
    "pt": r"(?:(?:daqui\s+a|em|dentro\s+de)\s+(?:um|uns|\w+)\s+anos?|velh[oa]|aposentad[oa]"
    r"|idos[oa]|(?:chegando|chegar)\s+aos?\s+\w+|com\s+\w+\s+anos|aos\s+\w+)",
    "fr": r"(?:(?:dans|d'?\s*ici)\s+(?:\w+\s+)?ans|vieux|vieille|a\s+la\s+retraite"
    r"|(?:arriver|arrivant)\s+a\s+\w+\s+ans|a\s+\w+\s+ans)",
    "it": r"(?:(?:tra|fra|da\s+qui\s+a)\s+(?:\w+\s+)?anni|(?:da\s+)?(?:vecchi[oa]|anzian[oa])"
    r"|in\s+pensione|(?:arrivare|arrivando)\s+a\s+\w+\s+anni|a\s+\w+\s+anni)",
}
_NOT_SEE_ME = {
    lang: rf"{_NOT_PICTURE[lang]}\s+(?:ni\s+)?{_YEARS_AHEAD[lang]}" for lang in _NOT_PICTURE
}
_NOT_SEE_ME["de"] = (
    r"\b(?:seh|sehe)\s+mich\s+(?:(?:selbst|einfach|echt)\s+)?(?:nicht|nie)\s+(?:mehr\s+)?"
    r"(?:in\s+(?:\w+\s+)?jahren|alt(?:\s+werden)?|als\s+(?:rentner\w*|oma|opa|alte\w*)"
    r"|in\s+rente)"
    # the years said first: "in zehn Jahren seh ich mich nicht"
    r"|\bin\s+(?:\w+\s+)?jahren\s+(?:seh|sehe)\s+ich\s+mich\s+(?:(?:einfach|echt|ehrlich)\s+)?"
    r"(?:nicht|nirgends|nirgendwo)"
)
# … the clause closing there: "no me veo en diez años." (not "… en diez años en esta casa")
_CLOSE = r"(?=\s*(?:[.!;,?:]|$)|\s+(?:ni|nem|neanche|nemmeno|meme|und|y|e|et|da)\b)"
_NOT_SEE_ME_AHEAD = {
    lang: sentence_guarded(_NOT_A_ROLE, rf"{_NOT_SEE_ME[lang]}{_CLOSE}") for lang in _LANGS
}
_NOT_SEE_GATE = {
    "es": "me veo|me imagino|me visualizo|verme|imaginarme",
    "pt": "me vejo|me imagino|me ver|ver-me|imaginar",
    "fr": "me vois|imagine|me voir",
    "it": "mi vedo|mi immagino|vedermi|immaginarmi",
    "de": "mich",
}

# --- a moment chosen while nobody is home ------------------------------------------------------
# (a weekday is a moment as much as "the night")
_CHOSEN = {
    "fr": r"\b(?:j'?\s*ai\s+(?:choisi|fixe|decide|trouve|arrete)|je\s+(?:sais|connais)(?:\s+deja)?"
    r"|c'?\s*est\s+decide\s*,?)\s+(?:le|la|mon|ma)\s+(?:jour|soir|soiree|nuit|date|heure|moment"
    rf"|{WEEKDAYS['fr']})",
    "pt": r"\b(?:(?:ja|eu)\s+)?(?:sei|escolhi|decidi|marquei|defini)\s+(?:ja\s+)?(?:o|a)\s+"
    rf"(?:dia|noite|data|hora|momento|{WEEKDAYS['pt']})",
    "es": r"\b(?:ya\s+)?(?:se|elegi|escogi|decidi|fije|tengo\s+elegid[oa])\s+(?:ya\s+)?(?:el|la)\s+"
    rf"(?:dia|noche|fecha|hora|momento|{WEEKDAYS['es']})",
    "it": r"\b(?:ho\s+(?:gia\s+)?(?:scelto|deciso|fissato)|(?:gia\s+)?so\s+(?:gia\s+)?)\s*(?:il|la)"
    rf"\s+(?:giorno|sera|notte|data|ora|momento|{WEEKDAYS['it']})",
    "de": r"\b(?:ich\s+)?(?:weiss|kenn|kenne)\s+(?:schon\s+|jetzt\s+)?(?:den|die|das)\s+(?:tag"
    r"|abend|nacht|datum|zeitpunkt|stunde)|\b(?:hab|habe)\s+(?:mir\s+)?(?:schon\s+|jetzt\s+)?"
    rf"(?:den|die|das)\s+(?:tag|abend|nacht|datum|zeitpunkt|{WEEKDAYS['de']})\s+"
    # the participle closes the verb bracket: "den Sonntag nach der Dult ausgesucht"
    r"(?:[\w-]+\s+){0,4}?(?:ausgesucht|gewa(?:e)?hlt|festgelegt|ausgemacht)",
}
# … or the time said to be chosen: "o dia já tá escolhido", "la noche ya está elegida", "le
# jour est fixé", "il giorno è deciso", "der Tag steht fest"
_CHOSEN_PASSIVE = {
    "fr": r"\b(?:le|la)\s+(?:jour|soir|nuit|date|heure|moment)\s+est\s+(?:deja\s+)?(?:choisie?"
    r"|fixee?|decidee?|trouvee?)",
    "pt": r"\b(?:o|a)\s+(?:dia|noite|data|hora|momento)\s+(?:ja\s+)?(?:ta|esta)\s+(?:ja\s+)?"
    r"(?:escolhid[oa]|marcad[oa]|decidid[oa]|definid[oa])",
    "es": r"\b(?:el|la)\s+(?:dia|noche|fecha|hora|momento)\s+(?:ya\s+)?(?:esta|lo\s+tengo|la"
    r"\s+tengo)\s+(?:ya\s+)?(?:elegid[oa]|decidid[oa]|escogid[oa]|fijad[oa])"
    r"|\btengo\s+(?:el|la)\s+(?:dia|noche|fecha|hora)\s+(?:elegid[oa]|decidid[oa]|escogid[oa])",
    "it": r"\b(?:il|la)\s+(?:giorno|sera|notte|data|ora|momento)\s+(?:e|l'ho)\s+(?:gia\s+)?"
    r"(?:scelt[oa]|decis[oa]|fissat[oa])",
    "de": r"\b(?:der|die|das)\s+(?:tag|abend|nacht|datum|zeitpunkt)\s+(?:steht\s+(?:schon\s+)?"
    r"fest|ist\s+(?:schon\s+)?(?:ausgesucht|gewa(?:e)?hlt|festgelegt|klar))",
}
_CHOSEN = {lang: rf"{p}|{_CHOSEN_PASSIVE[lang]}" for lang, p in _CHOSEN.items()}
# … bare: the time is not "of the move" or "for the party"; its clause ends, or "when" follows
_BARE = r"(?=\s*[,:;.\-]|\s+(?:quand|cuando|quando|wenn|wo|while|vai|va|sera|ce|es|ist)\b)"
_NOBODY_HOME = {
    "fr": r"\b(?:quand|pendant\s+que|lorsque)\s+(?:tout\s+le\s+monde|ils|elles|tous|les\s+autres"
    r"|personne|la\s+famille|mes\s+parents)\b|\bmaison\s+(?:sera\s+)?vide\b|\bpersonne\s+(?:a\s+la\s+maison|ne\s+sera\s+la)\b"
    r"|\bje\s+serai\s+seule?\b",
    "pt": r"\b(?:quando|enquanto)\s+(?:todos|todo\s+mundo|toda\s+a\s+gente|eles|elas|os\s+outros"
    r"|ninguem|a\s+familia|o\s+pessoal|a\s+galera|meus\s+pais)\b|\b(?:casa|ape|apartamento)\s+(?:\w+\s+)?vazi[oa]\b|\bsem\s+ninguem\s+em\s+casa\b"
    r"|\b(?:estiver|vou\s+estar|ficar)\s+sozinh[oa]\b",
    "es": r"\b(?:cuando|mientras)\s+(?:todos|todo\s+el\s+mundo|ellos|ellas|los\s+demas|nadie"
    r"|la\s+familia|mis\s+(?:padres|viejos))\b"
    r"|\bcasa\s+(?:\w+\s+)?vacia\b|\bno\s+haya\s+nadie\b|\b(?:este|estare|me\s+quede)\s+sol[oa]\b",
    "it": r"\b(?:quando|mentre)\s+(?:sono\s+|saranno\s+)?(?:tutti|nessuno|loro|gli\s+altri"
    r"|la\s+famiglia|i\s+miei)\b"
    r"|\bcasa\s+(?:\w+\s+)?vuota\b|\bnon\s+c'?\s*e\s+nessuno\b|\bsaro\s+sol[oa]\b",
    "de": r"\b(?:wenn|wa(?:e)?hrend|wo)\s+(?:alle|die\s+anderen|keiner|niemand|die\s+familie"
    r"|meine\s+eltern)\b"
    r"|\b(?:haus|wohnung|bude)\s+(?:\w+\s+)?leer\b|\ballein\s+(?:bin|zu\s+hause|daheim)\b",
}
# ending it all, or dying, as a purpose is no errand: "para terminar con todo", "um Schluss zu"
_ENDING_ALL = (
    r"(?:terminar|acabar)\s+(?:con|com)\s+(?:todo|tudo)\b(?!\s+(?:el|la|lo|los|las|o|a|os|as)\b)"
    r"|(?:morir|morrer|mourir|morire|suicidar\w*|suicider)\b"
)
#: A sentence naming an errand (a surprise, a cleaning day, a move, a birthday, an exam, a trip,
#: a date or a visit) or any errand by its purpose: the moment it is set for is no plan.
NOT_AN_ERRAND = (
    r"(?![^.!?\n]*\b(?:sorpresa|surpresa|surprise|u(?:e)?berraschung|limpi\w*|faxina|menage"
    r"|pulizi\w*|putz\w*|mudanza|mudanca|demenag\w*|trasloc\w*|umzug|pint\w*|peindr\w*"
    r"|dipinger\w*|streich\w*|cumple\w*|aniversario|anniversaire|compleanno|geburtstag|boda"
    r"|casamento|mariage|matrimonio|hochzeit|examen|exame|esame|pru(?:e)?fung|viaje|viagem|voyage"
    r"|viaggio|reise|cita|rendez-vous|appuntamento|termin|regalo|presente|cadeau|geschenk"
    r"|visita|besuch|entrevista|entretien|colloquio|vorstellungsgespra(?:e)?ch|pedir|demander"
    r"|chiedere|fragen|propuesta|proposta|antrag|mudar|bouger|spostare|cena|jantar|diner|cenare"
    r"|abendessen|fiesta\s+de|festa\s+de|party)\b"
    # … or any errand named by its purpose ("per pulire casa"), never ending it all (_ENDING_ALL)
    rf"|[^.!?\n]*\b(?:para|pra|pour|per)\s+(?!{_ENDING_ALL})\w+(?:ar|er|ir|re)\b"
    r"|[^.!?\n]*\bum\s+(?!schluss\b)(?:\w+\s+){0,3}zu\b)"
)
_CHOSEN_ALONE = {
    lang: sentence_guarded(
        NOT_AN_ERRAND, either_order(rf"{_CHOSEN[lang]}{_BARE}", _NOBODY_HOME[lang], 110)
    )
    for lang in _LANGS
}
_CHOSEN_GATE = {
    "fr": "jour|soir|nuit|date|heure|moment|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
    "pt": "dia|noite|data|hora|momento|segunda|terca|quarta|quinta|sexta|sabado|domingo",
    "es": "dia|noche|fecha|hora|momento|lunes|martes|miercoles|jueves|viernes|sabado|domingo",
    "it": "giorno|sera|notte|data|ora|momento|lunedi|martedi|mercoledi|giovedi|venerdi|sabato"
    "|domenica",
    "de": "tag|abend|nacht|datum|zeitpunkt|stunde",
}

# --- "that business with the pills" ---------------------------------------------------------
_PILLS = (
    r"(?:tabletten|pillen|medikamenten?|schlaftabletten|pastillas|pastis|pepas|medicamentos"
    r"|remedios|calmantes|somniferos|pildoras|comprimidos|pilulas|cachets|medocs|medicaments"
    r"|comprimes|pilules|somniferes|pastiglie|pillole|medicine|farmaci|compresse|sonniferi|gocce)"
)
_THAT_BUSINESS = {
    "de": r"\b(?:tabletten|pillen|medikamenten|schlaftabletten)(?:sache|geschichte|aktion|nummer"
    r"|ding)\b|\b(?:die|der|dat|das|diese|dieser)\s+(?:sache|geschichte|aktion|nummer|ding|mal)"
    rf"\s+mit\s+(?:den\s+)?{_PILLS}\b",
    "es": rf"\blo\s+de\s+(?:las|los|aquellas|aquellos)\s+{_PILLS}\b|\b(?:la|aquella|esa)\s+"
    rf"(?:vez|historia|movida|cosa)\s+(?:de|con)\s+(?:las|los)\s+{_PILLS}\b",
    "pt": r"\b(?:d?aquela|d?a|essa|dessa)\s+(?:vez|historia|coisa|situacao|parada|epoca)\s+"
    rf"(?:d[oa]s|com\s+os|com\s+as)\s+{_PILLS}\b",
    "fr": r"\b(?:l'?\s*histoire|le\s+truc|la\s+fois|l'?\s*affaire|le\s+coup|l'?\s*episode"
    rf"|cette\s+(?:fois|histoire))\s+(?:des|avec\s+les)\s+{_PILLS}\b",
    "it": r"\b(?:la\s+storia|la\s+cosa|la\s+volta|il\s+fatto|quella\s+volta|quella\s+storia"
    rf"|l'?\s*episodio)\s+(?:delle|dei|con\s+le|con\s+i)\s+{_PILLS}\b",
}
_CARE_OR_YEARS = {
    "de": r"\b(?:krankenhaus\w*|klinik\w*|intensiv\w*|notaufnahme|psychiatrie|ausgepumpt)\b"
    r"|\b(?:jahre?|monate?)\s+her\b|\bvor\s+(?:\w+\s+)?(?:jahren|jahr|monaten)\b"
    r"|\bletzte[ns]?\s+(?:jahr|winter|sommer)\b",
    "es": r"\b(?:hospital|urgencias|uci|ingresad[oa]|internad[oa]|lavado\s+de\s+estomago"
    r"|lavaron\s+el\s+estomago|psiquiatric\w*|me\s+ingresaron)\b|\bhace\s+(?:\w+\s+)?"
    r"(?:anos?|mes(?:es)?)\b|\b(?:termine|acabe)\s+en\b|\bel\s+ano\s+pasado\b",
    "pt": r"\b(?:hospital|uti|pronto[\s-]socorro|internad[oa]|lavagem|psiquiatric\w*)\b"
    r"|\b(?:faz|ha)\s+(?:\w+\s+)?(?:anos?|mes(?:es)?)\b|\b(?:parei|fui\s+parar|acabei)\s+n[oa]\b"
    r"|\bano\s+passado\b",
    "fr": r"\b(?:hopital|urgences|rea|reanimation|lavage|psychiatri\w*)\b"
    r"|\bil\s+y\s+a\s+(?:\w+\s+)?(?:ans?|mois)\b|\bl'?\s*an(?:nee)?\s+derniere?\b",
    "it": r"\b(?:ospedale|pronto\s+soccorso|rianimazione|ricoverat[oa]|lavanda|psichiatri\w*)\b"
    r"|\b(?:anni|anno|mesi|mese)\s+fa\b|\bl'?\s*anno\s+scorso\b",
}
# an allergy, a side effect, a mix-up, or someone else's pills
_NOT_A_MISHAP = (
    r"(?![^.!?\n]*\b(?:alergi\w*|allergi\w*|reacci\w*|reacao|reaction|reazion\w*|nebenwirkung\w*"
    r"|efectos?\s+secundarios?|efeitos?\s+colaterais|effets?\s+secondaires?|effetti\s+collaterali"
    r"|equivoc\w*|engano|erreur|sbaglio|verwechsl\w*|ausschlag"
    r"|(?:mi|meu|minha|mon|ma|mio|mia|mein\w*)\s+(?:hij[oa]|filh[oa]|fils|fille|figli[oa]|sohn"
    r"|tochter|perro|cachorro|chien|cane|hund|abuel[oa]|avo|avó|grand-\w+|nonn[oa]|oma|opa"
    r"|madre|mae|mere|mutter|padre|pai|pere|vater))\b)"
)
_THAT_PILL_BUSINESS = {
    lang: sentence_guarded(
        _NOT_A_MISHAP, either_order(_THAT_BUSINESS[lang], _CARE_OR_YEARS[lang], 110)
    )
    for lang in _LANGS
}
_PILL_GATE = {
    "de": "tabletten|pillen|medikament",
    "es": "pastillas|pastis|pepas|medicamentos|remedios|calmantes|somniferos|pildoras",
    "pt": "remedios|comprimidos|pilulas|medicamentos|calmantes",
    "fr": "cachets|medocs|medicaments|comprimes|pilules|somniferes",
    "it": "pastiglie|pillole|medicine|farmaci|compresse|sonniferi|gocce",
}

# --- without me, the others relieved ------------------------------------------------------------
_WITHOUT_ME = {
    "de": r"\bohne\s+mich\b",
    "es": r"\bsin\s+mi\b",
    "pt": r"\bsem\s+mim\b",
    "fr": r"\bsans\s+moi\b",
    "it": r"\bsenza\s+(?:di\s+)?me\b",
}
# the words between a verb and its relief, none of them a denial ("wären nicht entlastet", "ne
# seraient pas soulagés"), and no denial right before the verb ("não teriam menos problemas")
_GAP = r"(?:(?!(?:nicht|nie|no|nao|non|pas|ne|nem|ni|kein\w*)\b)\w+\s+)"
_NOT_DENIED_BEFORE = r"(?<!\bnao\s)(?<!\bno\s)(?<!\bnon\s)(?<!\bne\s)(?<!n')"
_RELIEVED = {
    "de": rf"\b(?:wa(?:e)?r(?:e|en|'n|n)?|ha(?:e)?tten?|ging(?:e|en)?)\s+{_GAP}{{0,3}}?"
    r"(?:aus(?:\s+dem|'m|m)\s+schneider|fein\s+raus|aus\s+dem\s+(?:gro(?:e)?bsten|schlamassel)"
    r"|schuldenfrei|sorgenfrei|entlastet|erleichtert|ihre\s+ruhe|es\s+leichter|entspannter)\b",
    "es": rf"\b(?:estarian|estaria|vivirian|viviria|serian|seria)\s+{_GAP}{{0,2}}?"
    r"(?:desahogad[oa]s?|aliviad[oa]s?|sin\s+deudas|sin\s+problemas|en\s+paz)\b|\brespirarian\b"
    r"|\bsaldrian\s+adelante\b",
    "pt": rf"\b(?:estariam|estaria|viveriam|seriam|ficariam)\s+{_GAP}{{0,2}}?(?:folgad[oa]s?"
    r"|aliviad[oa]s?|sem\s+dividas|em\s+paz|de\s+boa)\b|\brespirariam\b",
    "fr": rf"\b(?:seraient|serait|vivraient)\s+{_GAP}{{0,2}}?(?:soulage(?:e)?s?|peinards?"
    r"|sans\s+dettes|sortis?\s+d'?\s*affaire|en\s+paix)\b|\brespireraient\b",
    "it": rf"\b(?:sarebbero|sarebbe|starebbero|starebbe|vivrebbero)\s+{_GAP}{{0,2}}?"
    r"(?:sollevat[ie]|tranquill[ie]|sereni|liber[ie]|fuori\s+dai\s+guai|senza\s+debiti"
    r"|senza\s+pensieri|piu\s+leggeri|in\s+pace|piu\s+felici|meglio)\b|\brespirerebbero\b",
}
# … or spared the cost and the worry: "no tendrían tantos gastos", "avrebbero meno spese",
# "hätten keine Sorgen mehr", "n'auraient plus de soucis"
_SPARED_COSTS = {
    "es": r"\bno\s+(?:tendrian|tendria)\s+(?:tant[oa]s?\s+)?(?:gastos?|deudas?|problemas"
    r"|preocupaciones|cargas?)\b|\btendrian\s+menos\s+(?:gastos|deudas|problemas|preocupaciones)\b",
    "pt": r"\bnao\s+(?:teriam|teria)\s+(?:tant[oa]s?\s+)?(?:gastos?|dividas?|problemas"
    r"|preocupac\w+|despesas?)\b|\bteriam\s+menos\s+(?:gastos|despesas|dividas|problemas"
    r"|preocupac\w+)\b",
    "fr": r"\bn'?\s*auraient\s+plus\s+(?:de\s+|d'?\s*)(?:soucis|dettes|frais|problemes|depenses)\b"
    r"|\bauraient\s+moins\s+(?:de\s+|d'?\s*)(?:soucis|dettes|frais|problemes|depenses)\b",
    "it": r"\bavrebbero\s+meno\s+(?:spese|debiti|problemi|pensieri|preoccupazioni)\b"
    r"|\bnon\s+avrebbero\s+(?:piu\s+)?(?:spese|debiti|problemi|pensieri|preoccupazioni)\b",
    "de": rf"\bha(?:e)?tten?\s+{_GAP}{{0,2}}?(?:keine|weniger)\s+(?:sorgen|schulden|kosten"
    r"|probleme|ausgaben)\b",
}
_RELIEVED = {
    lang: rf"{_NOT_DENIED_BEFORE}(?:{p}|{_SPARED_COSTS[lang]})" for lang, p in _RELIEVED.items()
}
# a task, a trip, a meeting or a road "without me": that is a place the writer is missing from
_NOT_A_TASK = (
    r"(?![^.!?\n]*\b(?:umzug|beim|auto|steuer|volant|carretera|estrada|strada|route|reunion"
    r"|reuniao|riunione|besprechung|meeting|turno|schicht|equipo|team|squadra|equipe|viaje|viagem"
    r"|voyage|viaggio|reise|cocina|cozinha|cuisine|cucina|ku(?:e)?che|oficina|escritorio|bureau"
    r"|ufficio|bu(?:e)?ro|fiesta|festa|fete|party|cena|jantar|diner|abendessen|partido|jogo"
    r"|match|partita|spiel)\b)"
)
_RELIEF_WITHOUT_ME = {
    lang: sentence_guarded(_NOT_A_TASK, either_order(_WITHOUT_ME[lang], _RELIEVED[lang], 70))
    for lang in _LANGS
}
_RELIEF_GATE = {"de": "ohne mich", "es": "sin mi", "pt": "sem mim", "fr": "sans moi", "it": "senza"}

# --- a mark made on one's own arm ---------------------------------------------------------------
_MARKED = {
    "pt": r"\bme\s+(?:marquei|marco|marcava|risquei|arranhei|rasguei)\s+(?:(?:o|os|a|as)\s+)?"
    r"(?:bracos?|pulsos?|pernas?|coxas?|pele|barriga)\b",
    "es": r"\bme\s+(?:marque|marco|marcaba|raye|rayo|rayaba|arane|rasgue)\s+(?:el|los|la|las)\s+"
    r"(?:brazos?|munecas?|piernas?|muslos?|piel|barriga|panza)\b",
    "it": r"\bmi\s+(?:sono\s+)?(?:segnat[oa]|graffiat[oa]|rigat[oa]|segno|segnavo|graffio"
    r"|graffiavo)\s+(?:il|i|la|le|lo)\s+(?:braccio|braccia|polsi?|gamb[ae]|cosci[ae]|cosce"
    r"|pelle|pancia)\b",
    "fr": r"\bje\s+me\s+(?:suis\s+)?(?:marque\w*|griffe\w*|raye\w*)\s+(?:le|les|la)\s+(?:bras"
    r"|poignets?|cuisses?|jambes?|ventre|peau)\b",
    "de": r"\b(?:hab|habe)\s+(?:ich\s+)?mir\s+(?:(?:wieder|schon|nochmal|heimlich)\s+){0,2}"
    r"(?:den|die|das)\s+(?:arm|arme|handgelenk\w*|bein\w*|oberschenkel\w*)\s+(?:aufgekratzt"
    r"|zerkratzt|markiert|aufgeschnitten|aufgeritzt)\b",
}
# … or the marks, cuts or scars the writer reopened ("j'ai rouvert les marques sur ma cuisse",
# "abri de novo os cortes na coxa", "reabrí los cortes", "ho riaperto i tagli", "die Narben
# wieder aufgemacht"), read with the same again, secret or blade
_WOUNDS = (
    r"(?:marques|coupures|cicatrices|entailles|plaies|cortes|cicatrizes|feridas|marcas|tagli"
    r"|cicatrici|segni|ferite|narben|schnitte|wunden)"
)
_REOPENED = {
    "fr": rf"\bj'?\s*ai\s+(?:re-?ouvert|rouvert)\s+(?:\w+\s+)?(?:mes|les)\s+{_WOUNDS}\b",
    "pt": rf"\b(?:reabri|abri\s+(?:de\s+novo|outra\s+vez))\s+(?:os|as|meus|minhas)\s+{_WOUNDS}\b",
    "es": rf"\b(?:me\s+)?(?:reabri|volvi\s+a\s+abrir(?:me)?|abri\s+(?:de\s+nuevo|otra\s+vez))\s+"
    rf"(?:los|las|mis)\s+{_WOUNDS}\b",
    "it": rf"\b(?:ho|mi\s+sono)\s+riapert[oaie]\s+(?:i|le|gli|miei|mie)\s+{_WOUNDS}\b",
    "de": rf"\b(?:hab|habe)\s+(?:ich\s+)?(?:mir\s+)?(?:die|meine)\s+{_WOUNDS}\s+(?:\w+\s+)?"
    r"(?:wieder\s+)?(?:aufgemacht|aufgerissen|aufgekratzt|aufgeschnitten)\b",
}
_MARKED = {lang: rf"{p}|{_REOPENED[lang]}" for lang, p in _MARKED.items()}
_AGAIN_HIDDEN_OR_BLADE = (
    r"(?=[^.!?\n]*\b(?:de\s+novo|outra\s+vez|otra\s+vez|de\s+nuevo|di\s+nuovo|ancora|encore"
    r"|wieder|nochmal|ninguem|nadie|nessuno|personne|niemand|keiner|gilete|lamina|navalha"
    r"|estilete|cuchilla|navaja|cutter|lametta|rasoio|taglierino|lame|rasoir|klinge"
    r"|rasierklinge|escondid\w*|segredo|escondidas|nascosto|cachette|heimlich)\b)"
)
# a tattoo, a pen, henna, a cat, thorns, a fall, an accident: marks of something else
_NOT_INK_OR_A_SCRATCH = (
    r"(?![^.!?\n]*\b(?:tatu\w*|tattoo\w*|tatou\w*|henna|caneta|boligrafo|stylo|feutre|penna"
    r"|pennarello|kuli|stift|marker|marcador|batom|gat[oa]s?|chat|gatt[oa]|katze|espinh\w*"
    r"|espin\w*|epine\w*|spin[ae]|dorn\w*|rosa\w*|rosier|mosquito|moustique|zanzar\w*"
    r"|mu(?:e)?cke|jardin\w*|jardim|giardin\w*|garten|querer|expres|volerlo|versehen|queda"
    r"|caida|tombe\w*|caduta|sturz|gestu(?:e)?rzt)\b)"
)
_MARKED_ON_ME = {
    lang: sentence_guarded(_NOT_INK_OR_A_SCRATCH + _AGAIN_HIDDEN_OR_BLADE, _MARKED[lang])
    for lang in _LANGS
}
_MARKED_GATE = {
    "pt": "marqu|marc|risc|risqu|arranh|rasg|abri",
    "es": "marqu|marc|ray|aran|rasg|abri",
    "it": "segn|graffi|rigat|riapert",
    "fr": "marqu|griff|ray|ouvert",
    "de": "kratzt|markiert|geschnitten|geritzt|aufgemacht|aufgerissen",
}

# --- a wall or nothing ahead ---------------------------------------------------------------------
_WALL = {
    "es": r"\b(?:solo\s+veo|veo\s+solo|no\s+veo\s+(?:mas\s+que|sino))\s+(?:un|una|el|la)?\s*"
    r"(?:muro|pared|negro|oscuridad|vacio|niebla)\b"
    r"|\bpara\s+mi\s+(?:ya\s+)?no\s+(?:viene|hay|queda|habra)\s+(?:nada|despues)\b",
    "pt": r"\b(?:so\s+vejo|vejo\s+so|nao\s+vejo\s+(?:nada\s+)?(?:alem\s+de|mais\s+que))\s+"
    r"(?:um|uma|o|a)?\s*(?:muro|parede|preto|escuro|escuridao|vazio|breu)\b"
    r"|\b(?:pra|para)\s+mim\s+(?:ja\s+)?nao\s+(?:tem|vem|ha|existe|sobra|resta)\s+(?:nada"
    r"|depois|um\s+depois|amanha)\b",
    "fr": r"\bje\s+(?:ne\s+|n'?\s*)?vois\s+(?:qu'?\s*|que\s+)(?:un|une|le|la|du)?\s*(?:mur|noir"
    r"|vide|brouillard|trou)\b|\bje\s+vois\s+(?:juste|seulement)\s+(?:un|une|le|du)\s+(?:mur"
    r"|noir|vide|trou)\b|\bpour\s+moi\s+(?:il\s+)?(?:n'?\s*)?(?:y\s+a|y\s+aura|vient|reste)\s+"
    r"(?:plus\s+)?(?:rien|pas\s+d'?\s*apres)\b",
    "it": r"\b(?:vedo\s+solo|vedo\s+soltanto|non\s+vedo\s+(?:altro\s+)?che)\s+(?:un|una|il|lo"
    r"|la)?\s*(?:muro|parete|nero|buio|vuoto|nebbia)\b|\bper\s+me\s+non\s+(?:c'?\s*e|ci\s+sara"
    r"|viene|resta)\s+(?:niente|nulla|un\s+dopo|dopo)\b",
    "de": r"\b(?:seh|sehe)\s+(?:ich\s+)?(?:nur|bloss|blos)\s+(?:eine\s+|ne\s+|'ne\s+)?(?:wand"
    r"|mauer|schwarz|schwa(?:e)?rze|leere|nebel|loch)\b|\bfu(?:e)?r\s+mich\s+(?:kommt|gibt'?s"
    r"|gibt\s+es|bleibt)\s+(?:da\s+)?(?:nix|nichts)\b",
}
_AHEAD = {
    "es": r"\b(?:proximo\s+ano|ano\s+que\s+viene|futuro|manana|lo\s+que\s+viene|adelante"
    r"|los\s+proximos|jubilaci\w+|vejez)\b",
    "pt": r"\b(?:ano\s+que\s+vem|proximo\s+ano|futuro|amanha|daqui\s+(?:a|pra\s+frente)"
    r"|pela\s+frente|aposentadoria|velhice)\b",
    "fr": r"\b(?:an(?:nee)?\s+prochaine?|avenir|futur|demain|la\s+suite|devant\s+moi|retraite"
    r"|vieillesse)\b",
    "it": r"\b(?:anno\s+prossimo|prossimo\s+anno|futuro|domani|davanti\s+a\s+me|pensione"
    r"|vecchiaia)\b",
    "de": r"\b(?:na(?:e)?chste[nms]?\s+jahr|zukunft|vor\s+mir|rente|die\s+na(?:e)?chsten)\b",
}
# a wall seen from a window or a road, a screen, a flight, a painting job
_NOT_A_VIEW = (
    r"(?![^.!?\n]*\b(?:ventana|janela|fenetre|finestra|fenster|balcon|varanda|balcone|carretera"
    r"|estrada|strada|stra(?:ss|ß)e|autobahn|coche|carro|voiture|macchina|vuelo|voo|volo|flug"
    r"|pint\w*|peindr\w*|dipinger\w*|streich\w*|pantalla|tela|ecran|schermo|bildschirm|tele|tv"
    r"|nublad\w*|nuvol\w*|wetter|tiempo\s+que\s+hace|meteo|previsao|previsione|mudanza"
    r"|mudanca|demenag\w*|trasloc\w*|umzug|ziehen)\b"
    # … or seen from a desk: "du bureau je ne vois qu'un mur" (not "at the office they talk")
    r"|[^.!?\n]*\b(?:desde|de|da|do|du|dalla|dal|dall'|aus|vom|von|from)\s+(?:la\s+|el\s+|mi\s+"
    r"|minha\s+|meu\s+|a\s+|o\s+|le\s+|mon\s+|il\s+|l'|meinem\s+|dem\s+|my\s+|the\s+)?"
    r"(?:oficina|escritorio|bureau|ufficio|scrivania|bu(?:e)?ro|schreibtisch|mesa|desk)\b)"
)
_WALL_AHEAD = {
    lang: sentence_guarded(_NOT_A_VIEW, either_order(_WALL[lang], _AHEAD[lang], 110))
    for lang in _LANGS
}
_WALL_GATE = {
    "es": "muro|pared|negro|oscuridad|vacio|niebla|para mi",
    "pt": "muro|parede|preto|escur|vazio|breu|mim",
    "fr": "mur|noir|vide|brouillard|trou|pour moi",
    "it": "muro|parete|nero|buio|vuoto|nebbia|per me",
    "de": "wand|mauer|schwa|leere|nebel|loch|mich",
}

# --- a pain, and no door of any kind to get out by ----------------------------------------------
_HURTING = {
    "it": r"\b(?:sto\s+male|il\s+male|soffro|dolore|tristezza|angoscia|disperazione|mi\s+sento"
    r"\s+(?:come|in\s+trappola|chius[oa]|soffocare))\b",
    "es": r"\b(?:me\s+duele|dolor|sufro|tristeza|angustia|desesperaci\w+|estoy\s+mal|me\s+siento"
    r"\s+(?:como|atrapad[oa]|encerrad[oa]|ahogad[oa]))\b",
    "pt": r"\b(?:doi|dor|sofro|tristeza|angustia|desespero|to\s+mal|estou\s+mal|me\s+sinto\s+"
    r"(?:como|pres[oa]|trancad[oa]|sufocad[oa]))\b",
    "fr": r"\b(?:j'?\s*ai\s+mal|douleur|je\s+souffre|tristesse|angoisse|desespoir|je\s+vais\s+mal"
    r"|je\s+me\s+sens\s+(?:comme|pieg\w+|enferm\w+|etouff\w+))\b",
    "de": r"\b(?:tut\s+(?:so\s+)?weh|schmerz\w*|ich\s+leide|traurigkeit|verzweiflung|mir\s+geht'?s"
    r"\s+(?:so\s+)?schlecht|ich\s+fu(?:e)?hle?\s+mich\s+(?:wie|gefangen|eingesperrt))\b",
}
_NO_DOOR = {
    "it": r"\bnon\s+(?:c'?\s*e|vedo|trovo|esiste)\s+(?:un[ao]?\s+|un'\s*|nessun[ao]?\s+"
    r"|alcun[ao]?\s+)?\w+\s+(?:da\s+cui|per|dove|attraverso\s+cui)\s+(?:uscire|scappare)\b"
    r"|\bnon\s+(?:vedo|so)\s+(?:piu\s+)?dove\s+andare\b",
    "es": r"\bno\s+(?:hay|veo|encuentro|existe)\s+(?:un[ao]?\s+|ningun[ao]?\s+)?\w+\s+(?:por"
    r"\s+donde|para|de\s+donde)\s+(?:salir|escapar|huir)\b|\bno\s+(?:veo|se)\s+(?:a\s+)?"
    r"(?:donde|adonde)\s+ir\b",
    "pt": r"\b(?:nao|nem)\s+(?:tem|ha|vejo|acho|existe)\s+(?:uma?\s+|nenhuma?\s+)?\w+\s+(?:por"
    r"\s+onde|pra|para|de\s+onde)\s+(?:sair|escapar|fugir)\b|\bnao\s+(?:vejo|sei)\s+(?:pra"
    r"|para)\s+onde\s+ir\b",
    "fr": r"\b(?:n'?\s*)?(?:y\s+a|vois|trouve)\s+(?:pas|aucune?|plus)\s+(?:de\s+|d'?\s*)?\w+\s+"
    r"(?:pour|par\s+ou|d'?\s*ou)\s+(?:sortir|m'?\s*echapper|fuir)\b|\bje\s+(?:ne\s+)?(?:vois"
    r"|sais)\s+(?:pas|plus)\s+ou\s+aller\b",
    "de": r"\b(?:es\s+gibt|gibt'?s|seh|sehe|finde?)\s+(?:\w+\s+)?(?:keine?n?)\s+\w+\s*,?\s+"
    r"(?:durch\s+(?:die|den|das)|wo|zum)\s+(?:ich\s+)?(?:raus\w*|hinaus\w*|entkomm\w*)\b"
    r"|\bwei(?:ss|ß)\s+nicht\s+mehr,?\s+wohin\b",
}
# a real place one cannot leave: a car park, traffic, a fire, a lift, a game, a film, a trip
_NOT_A_REAL_PLACE = (
    r"(?![^.!?\n]*\b(?:parking|parcheggio|estacionamiento|estacionamento|parkhaus|traffico"
    r"|trafico|transito|trafic|stau|ingorgo|embouteillage|atasco|engarrafamento|edificio|building"
    r"|incendio|fuoco|fuego|fogo|feu|feuer|ascensor|elevador|ascenseur|ascensore|aufzug|fahrstuhl"
    r"|stadio|estadio|stade|stadion|metro|aeroporto|aeropuerto|aeroport|flughafen|escape\s+room"
    r"|labirinto|laberinto|labyrinthe|labyrinth|gioco|juego|jogo|jeu|spiel|film|pelicula|filme"
    r"|serie|libro|livro|livre|buch|romanzo|novela|sogno|sueno|sonho|reve|traum|vacanz\w*"
    r"|vacaciones|ferias|vacances|urlaub|viaggio|viaje|viagem|voyage|reise|denti|muela|dente"
    r"|dent|zahn|piede|pie|pe|pied|fuss|schiena|espalda|costas|dos|rucken|ruecken)\b)"
)
_HURT_NO_DOOR = {
    lang: sentence_guarded(_NOT_A_REAL_PLACE, either_order(_HURTING[lang], _NO_DOOR[lang], 120))
    for lang in _LANGS
}
_NO_DOOR_GATE = {
    "it": "uscire|scappare|andare",
    "es": "salir|escapar|huir| ir",
    "pt": "sair|escapar|fugir| ir",
    "fr": "sortir|echapper|fuir|aller",
    "de": "raus|hinaus|entkomm|wohin",
}

RULES: tuple[Rule, ...] = (
    _family(
        "think_of_ending",
        Category.SUICIDAL_IDEATION,
        _URG,
        _THINK_OF_ENDING,
        _THINK_GATE,
        inherent=False,
    )
    + _family("not_see_me_ahead", Category.NO_FUTURE, _CON, _NOT_SEE_ME_AHEAD, _NOT_SEE_GATE)
    + _family("chosen_alone", Category.PLAN_OR_METHOD, _URG, _CHOSEN_ALONE, _CHOSEN_GATE)
    + _family(
        "that_pill_business",
        Category.SUICIDAL_IDEATION,
        _CON,
        _THAT_PILL_BUSINESS,
        _PILL_GATE,
        past=True,
    )
    + _family("relief_without_me", Category.BURDEN, _CON, _RELIEF_WITHOUT_ME, _RELIEF_GATE)
    + _family("marked_on_me", Category.SELF_HARM, _CON, _MARKED_ON_ME, _MARKED_GATE)
    + _family("wall_ahead", Category.NO_FUTURE, _CON, _WALL_AHEAD, _WALL_GATE)
    + _family("hurt_no_door", Category.TRAPPED_PAIN, _CON, _HURT_NO_DOOR, _NO_DOOR_GATE)
)

__all__ = ["LANGS", "NOT_AN_ERRAND", "RULES", "family_unsaid", "sentence_guarded"]
