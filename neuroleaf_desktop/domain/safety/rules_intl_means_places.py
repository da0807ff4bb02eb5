"""Means and places readied, in German, French, Spanish, Portuguese and Italian, read as grammar
frames: pills put by bit by bit in a hiding place ("sammel ich seit Wochen … in einer Dose",
"eu separo uns … debaixo da cama"); a high place the writer goes to for good ("fahr ich an den
Steinbruch, für immer"); a time and a high place while the others are elsewhere ("it will be
Sunday, at the bridge, while they are all at mass").

Why: as for ``rules_intl_frames_wide`` (whose family prefix these rules share), a frame names
the parts any wording of the sign needs, so another writer's words for it are caught. Each
family keeps out its everyday look-alikes: a pill box sorted for someone, an expired supply
taken back; a walk, a picnic or a photo at the bridge.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_URG = Severity.URGENT
_LANGS = ("de", "fr", "es", "pt", "it")
# the start of a sentence: each family reads one sentence, its guards the whole of it
_START = r"(?:^|(?<=[.!?\n]))"
_S = r"[^.!?\n]"
_CLAUSE_END = r"(?=\s*(?:$|[.!?,;:\n]))"

# the prefix of ``rules_intl_frames_wide``: the rules keep their names
_family = partial(family, "frame3")


# --- pills put by, bit by bit, in a hiding place ----------------------------------------------
_PILLS = (
    r"(?:\w*tablette\w*|\w*pille\w*|medikament\w*|schlafmittel|beruhigungsmittel|cachets?|comprimes?"
    r"|medicaments?|medocs?|somniferes?|pilules?|anxiolytiques?|pastillas?|pildoras?"
    r"|medicamentos?|calmantes?|somniferos?|comprimidos?|remedios?|rivotril|clonazepam\w*"
    r"|diazepam\w*|lorazepam\w*|pastiglie|pillole|farmaci|compresse|sonniferi|ansiolitici"
    r"|gocce|tropfen|gouttes|gotas)"
)
# collected by the writer ("sammel ich", "je stocke", "voy juntando"), or a few set aside,
# kept or taken ("j'en prends quelques-uns", "eu separo uns", "ne tolgo un paio"): hiding the
# pills from a child or taking one for a headache has neither
_A_FEW = {
    "de": r"(?:mir\s+)?(?:ein\s+paar|'?n\s+paar|nen\s+paar|einige|welche|zwei|drei"
    r"|eine\s+oder\s+zwei|ein\s+bisschen)",
    "fr": r"(?:quelques(?:-un(?:e)?s)?|un\s+ou\s+deux|une\s+ou\s+deux|deux\s+ou\s+trois|deux"
    r"|trois|un\s+peu)",
    "es": r"(?:unas?|unos|algunas?|algunos|un\s+par|unas\s+cuantas|dos|tres|una\s+o\s+dos)",
    "pt": r"(?:uns|umas|alguns|algumas|um\s+par|dois|duas|tres|um\s+ou\s+dois|uma\s+ou\s+duas)",
    "it": r"(?:qualcun[ao]|qualche|un\s+paio|due|tre|alcune|alcuni|una\s+o\s+due)",
}
_KEEP_VERB = {
    "de": r"(?:leg|lege|heb|hebe|steck|stecke|nehm|nehme|klau|klaue|zweig|zweige|versteck"
    r"|verstecke|behalt|behalte)\s+ich",
    "fr": r"(?:j'?\s*en\s+(?:prends|garde|mets|cache|planque|pique|chipe|vole|retire)"
    r"|je\s+(?:garde|cache|planque|pique|chipe|vole|retire|prends))",
    "es": r"(?:guardo|aparto|separo|saco|robo|escondo|me\s+quedo\s+con|le\s+saco|le\s+robo"
    r"|me\s+guardo)",
    "pt": r"(?:guardo|separo|tiro|pego|roubo|desvio|escondo|fico\s+com)",
    "it": r"(?:ne\s+)?(?:prendo|tolgo|rubo|tengo|conservo|nascondo|sottraggo|metto\s+via)",
}
_COLLECT = {
    "de": r"\b(?:sammel|sammle|samml|sammelte|hort\w*|bunker\w*)\s+ich\b"
    r"|\bich\s+(?:sammel|sammle|horte|bunkere)\b"
    r"|\b(?:gesammelt|gehortet|gebunkert|abgezweigt|beiseitegelegt|weggesteckt)\b"
    # a separable verb, its particle closing the clause: "heb ich die Tabletten auf", "leg ich
    # mir welche zurück", "spar ich sie mir auf"
    r"|\b(?:heb|hebe|leg|lege|spar|spare|behalt|behalte)\s+ich\s+(?:[\w']+\s+){0,4}?"
    r"(?:auf|zuru(?:e)?ck|beiseite|zur\s+seite|auf\s+die\s+seite)(?=\s*(?:$|[.!?,;:\n]))",
    "fr": r"\bje\s+(?:les\s+|en\s+)?(?:collectionne|amasse|stocke|accumule|mets\s+de\s+cote"
    r"|ramasse)\b|\bj'?\s*(?:en\s+)?(?:accumule|amasse)\b",
    "es": r"\b(?:las\s+|los\s+)?(?:junto|voy\s+juntando|acumulo|colecciono|voy\s+guardando"
    r"|almaceno)\b",
    "pt": r"\b(?:as\s+|os\s+)?(?:junto|vou\s+juntando|acumulo|coleciono|vou\s+guardando"
    r"|estoco)\b",
    "it": r"\b(?:le\s+|li\s+)?(?:raccolgo|accumulo|metto\s+da\s+parte|colleziono|imbosco"
    r"|sto\s+mettendo\s+(?:da\s+parte|via))\b",
}
_PUT_BY = {
    lang: rf"{_COLLECT[lang]}|\b{_KEEP_VERB[lang]}\s+(?:\w+\s+)?{_A_FEW[lang]}\b" for lang in _LANGS
}
# … bit by bit: for weeks, each time, little by little
_BIT_BY_BIT = (
    r"\b(?:seit\s+(?:\w+\s+)?(?:wochen|monaten|tagen)|jedes\s+mal|nach\s+und\s+nach|stu(?:e)?ck"
    r"\s+fu(?:e)?r\s+stu(?:e)?ck|depuis\s+des\s+(?:semaines|mois)|chaque\s+fois|a\s+chaque\s+fois"
    r"|peu\s+a\s+peu|desde\s+hace\s+(?:semanas|meses)|hace\s+(?:semanas|meses)|cada\s+vez"
    r"|poco\s+a\s+poco|de\s+a\s+poco|ha\s+(?:semanas|meses)|faz\s+(?:semanas|meses)|toda\s+vez"
    r"|aos\s+poucos|de\s+pouco\s+em\s+pouco|da\s+(?:settimane|mesi)|ogni\s+volta|a\s+poco\s+a"
    r"\s+poco|poco\s+alla\s+volta|pian\s+piano"
    # … or from every prescription or box: "von jedem Rezept", "de cada receta"
    r"|von\s+jede[mr]\s+(?:rezept|packung|schachtel|verordnung)|de\s+chaque\s+(?:ordonnance"
    r"|boite|plaquette)|de\s+cada\s+(?:receta|caja|receita|caixa|cartela)|da\s+ogni"
    r"\s+(?:ricetta|scatola|confezione)"
    # … or the putting by told as under way: "le sto mettendo via", "voy guardando", "estou a
    # juntar", "bin am Sammeln"
    r"|sto\s+mettendo\s+(?:via|da\s+parte)|voy\s+(?:guardando|juntando|apartando)"
    r"|vou\s+(?:guardando|juntando|separando)|estou\s+a\s+(?:guardar|juntar|separar)"
    r"|en\s+train\s+de\s+(?:mettre\s+de\s+cote|garder|stocker)|am\s+sammeln)\b"
)
# … in a hiding place: a tin, a jar, a drawer, under the bed, at the back of a cupboard
_HIDING_PLACE = (
    r"\b(?:\w*dose|schublade|schachtel|kiste|einmachglas|keller\w*|unterm\s+bett|unter\s+(?:dem|meinem)"
    r"\s+bett|socke\w*|schrank|boite|tiroir|sous\s+(?:mon|le)\s+lit|chaussette\w*|bocal|armoire"
    r"|placard|lata|frasco|cajon|bajo\s+(?:mi|la)\s+cama|debajo\s+de\s+(?:mi|la)\s+cama"
    r"|calcetin\w*|tarro|bote|armario|ropero|pote|gaveta|caixa|debaixo\s+da\s+cama|embaixo"
    r"\s+da\s+cama|meia\w*|armario|guarda-roupa|barattolo|cassetto|scatola|sotto\s+il\s+letto"
    r"|calzin\w*|armadio|scatoletta|bustina|sacchetto|tasca|poche|bolsillo|bolso|tasche)\b"
)
# a week's box sorted for someone, an expired supply taken back, a pharmacy or a donation
_NOT_SORTED_FOR_SOMEONE = (
    r"(?![^.!?\n]*\b(?:wochen(?:dose|box|dosierer)|dosette|pilulier|semanal|semanario"
    r"|organizador|porta-?comprimidos|portapillole|settimanale|abgelaufen\w*|perime\w*"
    r"|caducad\w*|vencid\w*|scadut\w*|apotheke|pharmacie|farmacia|entsorg\w*|jeter|tirar"
    r"|descartar|buttare|spende\w*|donner|donar|doar|donare|zuru(?:e)?ckbring\w*|rapporter"
    r"|devolver|restituire|damit\s+(?:sie|er)|pour\s+qu'?\s*(?:elle|il)|para\s+que\s+(?:ella|el)"
    r"|pra\s+(?:ela|ele)|para\s+(?:ela|ele)|perche\s+(?:lei|lui)|per\s+(?:lei|lui)|vergess\w*"
    r"|oublie\w*|olvid\w*|esquec\w*|dimentic\w*|kopfschmerz\w*|migra\w*|mal\s+de\s+tete"
    r"|dolor\s+de\s+cabeza|dor\s+de\s+cabeca|mal\s+di\s+testa|fieber|fievre|fiebre|febre"
    r"|febbre|grippe|gripe|influenza|urlaub|reise|vacances|voyage|vacaciones|viaje|ferias"
    r"|viagem|vacanz\w*|viaggio"
    # … or put by for someone: "für Oma", "pour mamie", "per la nonna", "pra vó"
    r"|fu(?:e)?r\s+(?:die\s+|den\s+|meine\s+|meinen\s+)?(?:oma|opa|mama|papa|mutter|vater)"
    r"|pour\s+(?:ma\s+|mon\s+)?(?:mamie|papi|mere|pere|maman|grand-\w+)"
    r"|para\s+(?:mi\s+|la\s+|el\s+)?(?:abuel[oa]|mama|papa|madre|padre|vieja|viejo)"
    r"|pra\s+(?:minha\s+|meu\s+|a\s+|o\s+)?(?:vo|avo|mae|pai)"
    r"|per\s+(?:la\s+|il\s+|mia\s+|mio\s+)?(?:nonn[ao]|mamma|papa|madre|padre))\b)"
)
_PILLS_PUT_BY = {
    lang: rf"{_START}{_NOT_SORTED_FOR_SOMEONE}(?=[^.!?\n]*\b{_PILLS}\b)"
    rf"(?=[^.!?\n]*{_BIT_BY_BIT})(?=[^.!?\n]*{_HIDING_PLACE}){_S}*?(?:{_PUT_BY[lang]})"
    for lang in _LANGS
}
_PILLS_GATE = {
    "de": "seit|jedes mal|nach und nach|stuck|von jede|sammeln",
    "fr": "depuis|chaque|peu a peu|en train",
    "es": "hace|cada|poco|voy ",
    "pt": "ha |faz |toda vez|cada|pouco|vou |estou a",
    "it": "settimane|mesi|ogni|poco|piano|mettendo",
}

# --- a high place, for good ---------------------------------------------------------------------
_HIGH_PLACE = {
    "de": r"\b(?:bru(?:e)?cke|talbru(?:e)?cke|viadukt|klippe\w*|gleis\w*|schienen|staudamm"
    r"|steinbruch|hochhaus|dach|turm|\w*felsen|abgrund|schlucht|talsperre)\b",
    "fr": r"\b(?:pont|viaduc|falaises?|voies?\s+ferrees?|rails|barrage|toit|carriere|precipice"
    r"|ravin|tour|rochers)\b",
    "es": r"\b(?:puente|viaducto|acantilados?|vias|rieles|presa|azotea|tejado|cantera|barranco"
    r"|precipicio|quebrada|risco|rocas)\b",
    "pt": r"\b(?:ponte|viaduto|falesias?|penhascos?|trilhos|linha\s+do\s+trem|barragem|terraco"
    r"|telhado|pedreira|precipicio|ribanceira|abismo|rochedos?)\b",
    "it": r"\b(?:ponte|viadotto|scogliera|scogli|binari|diga|tetto|terrazzo|cava|burrone"
    r"|precipizio|dirupo|strapiombo)\b",
}
# the writer going there ("fahr ich raus an", "je vais au", "me voy al", "vou pra", "vado al")
_I_GO = {
    "de": r"\b(?:fahr|fahre|geh|gehe|lauf|laufe|radel|steig|steige)\s+ich\b|\bich\s+(?:fahr|fahre"
    r"|geh|gehe|lauf|laufe|steig|steige)\b",
    "fr": r"\b(?:je\s+(?:vais|pars|partirai|monte|monterai|file|marche|marcherai)|j'?\s*irai)\b",
    "es": r"\b(?:(?:me\s+)?voy|(?:me\s+)?ire|subo|subire|camino|salgo)\b",
    "pt": r"\b(?:(?:eu\s+)?vou|irei|subo|subirei|saio)\b",
    "it": r"\b(?:vado|andro|salgo|esco|me\s+ne\s+vado)\b",
}
# … for good, closing the sentence ("für immer", "para siempre", "e não volto mais"), or the end
# said to be there ("dann ist Schluss", "ce sera la fin", "y ahí se acaba todo", "e ali acaba
# tudo", "e chiudo tutto lì")
_FOR_GOOD = {
    "de": r"\b(?:dann|da|und\s+da|und\s+dann)\s+ist\s+(?:es\s+)?(?:schluss|vorbei|aus)"
    r"|\bfu(?:e)?r\s+immer|\bund\s+(?:ich\s+)?komm\w*\s+(?:\w+\s+)?(?:nicht|nie)\s+"
    r"(?:mehr\s+)?(?:zuru(?:e)?ck|heim|wieder)|\bohne\s+ru(?:e)?ckfahrt",
    "fr": r"\b(?:ce|ca)\s+sera\s+(?:la\s+fin|fini)|\bc'\s*est\s+la\s+que\s+(?:tout\s+)?(?:ca\s+)?"
    r"(?:se\s+)?(?:finit|termine|finira)"
    r"|\bpour\s+(?:toujours|de\s+bon)|\bet\s+je\s+(?:ne\s+)?reviendrai\s+(?:pas|plus|jamais)"
    r"|\bsans\s+retour",
    "es": r"\b(?:ahi|alli|y)\s+(?:se\s+)?(?:acaba|termina|acabara|terminara)\s+todo"
    r"|\bsera\s+el\s+fin|\bpara\s+siempre|\by\s+no\s+(?:vuelvo|volvere|regreso)(?:\s+mas)?|\bsin\s+vuelta",
    "pt": r"\b(?:ali|ai|la|e)\s+(?:se\s+)?(?:acaba|termina|acabara|terminara)\s+tudo"
    r"|\b(?:sera|vai\s+ser)\s+o\s+fim|\b(?:pra|para)\s+sempre|\be\s+nao\s+(?:volto|voltarei)(?:\s+mais)?|\bsem\s+volta",
    "it": r"\b(?:li|la|e)\s+(?:finisce|finira)\s+tutto|\bchiudo\s+tutto(?:\s+(?:li|la))?"
    r"|\bsara\s+la\s+fine|\bper\s+sempre|\be\s+non\s+(?:torno|tornero)(?:\s+piu)?|\bsenza\s+ritorno",
}
# an outing, a move, a memory or a photo: what one also goes to a bridge "for ever" with
_NOT_AN_OUTING = (
    r"(?![^.!?\n]*\b(?:spaziergang|picknick|angeln|foto\w*|treffen|konzert|erinner\w*"
    r"|balade|pique-nique|peche\w*|photos?|souvenir\w*|concert|paseo|picnic|pesca|recuerdo\w*"
    r"|concierto|passeio|piquenique|lembran\w*|show|passeggiata|ricord\w*|concerto|memori\w*"
    r"|liebe|amour|amor|amore|zusammen|ensemble|juntos|junt[oa]s|insieme|mit\s+(?:dir|euch)"
    r"|avec\s+(?:toi|vous)|contigo|com\s+voce|con\s+te|urlaub|vacances|vacaciones|ferias"
    r"|vacanz\w*|wohnen|vivre|vivir|morar|vivere|wohnung|appart\w*|piso|apartamento"
    r"|appartamento"
    # … or the writer's own party, meeting, barbecue or music there
    r"|fest|feier|party|fete|fiesta|festa|sagra|treffen|treffpunkt|grill\w*|barbecue|asado"
    r"|churrasco|musik|musique|musica|banda|nos\s+vemos|quedamos|on\s+se\s+(?:voit|retrouve)"
    r"|ci\s+vediamo|a\s+gente\s+se\s+(?:ve|encontra)|wir\s+uns)\b)"
)
_HIGH_PLACE_FOR_GOOD = {
    lang: rf"{_START}{_NOT_AN_OUTING}{_S}*?(?:{_I_GO[lang]}){_S}{{0,70}}?{_HIGH_PLACE[lang]}"
    rf"{_S}{{0,60}}?(?:{_FOR_GOOD[lang]}){_CLAUSE_END}"
    for lang in _LANGS
}
_FOR_GOOD_GATE = {
    "de": "immer|komm|ruckfahrt|rueckfahrt|schluss|vorbei|aus",
    "fr": "toujours|de bon|reviendrai|retour|fin|finit|termine",
    "es": "siempre|vuelv|volver|regreso|vuelta|acaba|termina|fin",
    "pt": "sempre|volto|voltarei|volta|acaba|termina|fim",
    "it": "sempre|torno|tornero|ritorno|finisce|finira|chiudo|fine",
}

# --- a time and a high place, while the others are elsewhere -----------------------------------
_IT_WILL_BE = {
    "de": r"es\s+(?:wird|ist|passiert|soll\s+sein)(?:\s+am|\s+fu(?:e)?r)?",
    "fr": r"(?:c'?\s*est|ce\s+sera|ca\s+sera|ca\s+va\s+etre)(?:\s+pour)?",
    "es": r"(?:va\s+a\s+ser|sera|es)(?:\s+para)?",
    "pt": r"(?:vai\s+ser|sera|e\s+pra|e\s+para)",
    "it": r"(?:sara|e\s+per)",
}
_DAY = {
    "de": r"(?:am\s+)?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen"
    r"|heute)\w*",
    "fr": r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce\s+soir|cette\s+nuit)",
    "es": r"(?:el\s+)?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana"
    r"|esta\s+noche)",
    "pt": r"(?:n[oa]\s+)?(?:segunda|terca|quarta|quinta|sexta|sabado|domingo|amanha"
    r"|hoje\s+a\s+noite|esta\s+noite)",
    "it": r"(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|domani|stanotte"
    r"|stasera)",
}
# "while they are all at mass / asleep / at the match", closing the sentence
_WHILE_ALL_AWAY = {
    "de": r"\b(?:wa(?:e)?hrend|wenn|wo)\s+(?:alle|die\s+anderen|das\s+ganze\s+dorf|keiner"
    r"|niemand)\b",
    "fr": r"\b(?:pendant\s+que|quand|alors\s+que)\s+(?:tout\s+le\s+monde|ils|elles|tous"
    r"|personne|le\s+village)\b",
    "es": r"\b(?:mientras|cuando)\s+(?:todos|todo\s+el\s+mundo|ellos|nadie|el\s+pueblo)\b",
    "pt": r"\b(?:enquanto|quando)\s+(?:todos|todo\s+mundo|eles|ninguem|a\s+cidade)\b",
    "it": r"\b(?:mentre|quando)\s+(?:sono\s+)?(?:tutti|nessuno|il\s+paese|loro)\b",
}
_TIME_PLACE_WHILE = {
    lang: rf"{_START}\s*{_NOT_AN_OUTING}{_IT_WILL_BE[lang]}\s+{_DAY[lang]}\b{_S}{{0,40}}?"
    rf"{_HIGH_PLACE[lang]}{_S}{{0,40}}?{_WHILE_ALL_AWAY[lang]}"
    for lang in _LANGS
}
_WHILE_GATE = {
    "de": "wahrend|waehrend|wenn|wo ",
    "fr": "pendant|quand|alors",
    "es": "mientras|cuando",
    "pt": "enquanto|quando",
    "it": "mentre|quando",
}


RULES: tuple[Rule, ...] = (
    _family("pills_put_by", Category.GETTING_MEANS, _URG, _PILLS_PUT_BY, _PILLS_GATE)
    + _family(
        "high_place_for_good",
        Category.PLAN_OR_METHOD,
        _URG,
        _HIGH_PLACE_FOR_GOOD,
        _FOR_GOOD_GATE,
    )
    + _family(
        "time_place_while_away",
        Category.PLAN_OR_METHOD,
        _URG,
        _TIME_PLACE_WHILE,
        _WHILE_GATE,
    )
)

__all__ = ["RULES"]
