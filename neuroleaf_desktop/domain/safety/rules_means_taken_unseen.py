"""Getting the means told as someone else's medicine taken and hidden, or a cover story ready
at the pharmacy, in six languages.

Why: ``rules_core_concepts`` and ``rules_means_kept_back`` read the writer's own tablets kept
or hoarded. A writer may instead take a relative's, unseen, and say only whose they were and
that they are hidden or nobody noticed:

* "Nan's sleeping pills are in my coat pocket now, slipped them out while she napped";
* "bei Opa die Schlaftabletten mitgehen lassen, keiner hat's gemerkt";
* "j'ai mis de côté les somnifères de mon oncle, sous mon matelas";
* "me llevé las pastillas de mi abuela, nadie se dio cuenta";
* "peguei os comprimidos do meu avô, estão escondidos na mochila";
* "ho preso le pastiglie di mia nonna, le tengo nascoste nell'armadio".

… or buy more than needed with a story ready for the pharmacist ("asked the chemist for the
big box and had an excuse ready in case he asked", "in der Apotheke die große Packung
verlangt, eine Ausrede parat").

An errand is not this: medicine collected or carried for its owner (from the pharmacy, to
give back, so they don't forget) is left alone; whose act it is and a denial are judged in
``context``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety import medicine_words
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.means_secrecy import GIFT_OR_SPORT, UNTOLD
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import (
    SAME_LINE,
    SAME_SENTENCE,
    Rule,
    either_order,
    family,
)

# (any medicine, named by kind or by name: "Dad's oxycodone", "Muttis Schmerzmittel")
_MED = {
    lang: medicine_words.words(lang, *medicine_words.WORDS[lang])[:-1]
    + {
        "en": r"|heart\s+pills)",
        "de": "|" + medicine_words.words("de", "schlafmittel")[3:],
        "it": r"|gocce|compresse|pastiglia|pillola|calmanti|tranquillanti|ansiolitici)",
    }.get(lang, ")")
    for lang in medicine_words.CORE
}
# whose they were: a relative named
_OWNER = {
    "en": r"\b(?:(?:my\s+)?(?:uncle|aunt|auntie|nan|nana|gran|granny|grandma|grandad|grandpa|mum"
    r"|mam|mom|dad|father|mother|sister|brother|flatmate)'s|of\s+my\s+(?:uncle|aunt|gran|grandma"
    r"|grandad|mum|dad|father|mother))",
    "de": r"\b(?:bei\s+)?(?:oma|opa|mama|papa|mutti|vati|onkel|tante)(?:s)?\b"
    r"|\b(?:von\s+)?meine[rsm]?\s+"
    r"(?:oma|opa|mutter|vater|onkel|tante|mama|papa)\b",
    "fr": r"\bde\s+(?:ma|mon)\s+(?:grand-mere|grand-pere|mere|pere|oncle|tante|mamie|papi|mamy"
    r"|papy)\b|\bde\s+(?:papa|maman|mamie|papi|mamy|papy|pepe|meme|tonton|tata)\b",
    "es": r"\b(?:de|a)\s+mi\s+(?:abuel[oa]|abuelit[oa]|padre|madre|tio|tia|mama|papa|apa|ama"
    r"|viej[oa])\b",
    "pt": r"\bd[oa]\s+(?:(?:meu|minha)\s+)?(?:avo|pai|mae|tio|tia)\b",
    "it": r"\bdi\s+(?:mio|mia)\s+(?:padre|madre|nonn[oa]|zi[oa])\b|\bdel(?:la)?\s+(?:nonn[oa]"
    r"|zi[oa])\b",
}
# taken unseen or kept hidden
_HIDDEN = {
    # kept for a time of the writer's own: "for when I decide", "for when I'm ready"
    "en": r"\bfor\s+when\s+i\s+(?:decide|'?m\s+ready|am\s+ready|need\s+them|need\s+it)\b"
    r"(?=\s*(?:$|[.!?,;:]))|\bslipped\s+(?:them|it|a\s+\w+|some)\s+(?:out|into)\b|\b(?:nobody|no\s*one|no-one)\s+"
    r"(?:noticed|saw|knows)\b|\bwithout\s+(?:him|her|them|anyone)\s+(?:knowing|noticing)\b"
    r"|\bhid(?:den)?\s+(?:them|it)\b"
    # the owner will not notice; or enough gathered by now
    r"|\b(?:he|she|they)(?:'ll|\s+will)?\s+(?:won'?t|will\s+not|wont|never)\s+(?:notice|miss\s+"
    r"(?:them|it)|know)\b"
    r"|\b(?:i'?ve\s+)?got\s+(?:quite\s+)?(?:a\s+few|plenty|loads|a\s+good\s+few)\s+(?:now|saved"
    r"|by\s+now)\b",
    "de": r"\bfu(?:e)?r\s+(?:wenn|den\s+tag,?\s+an\s+dem)\s+ich\s+(?:mich\s+entscheide"
    r"|so\s+weit\s+bin"
    r"|bereit\s+bin)\b|\bmitgehen\s+lassen\b|\b(?:keiner|niemand)\s+hat(?:'?s|\s+es)?\s+(?:was\s+)?gemerkt\b"
    r"|\bheimlich\s+(?:\w+\s+)?(?:genommen|mitgenommen|eingesteckt)\b|\bversteckt\b"
    r"|\b(?:er|sie)\s+(?:merkt|wird)\s+(?:es\s+|das\s+)?(?:eh\s+|sowieso\s+)?(?:nicht|nix|nichts)"
    r"(?:\s+merken)?\b|\bhab(?:e)?\s+(?:schon|jetzt)\s+(?:einige|genug|eine\s+menge|ganz\s+"
    r"scho(?:e)?n\s+viele)\s+(?:zusammen|gesammelt|beisammen)\b",
    "fr": r"\bpour\s+(?:quand|le\s+jour\s+ou)\s+je\s+(?:serai\s+prete?|deciderai|me\s+deciderai)\b"
    r"|\bmis\s+de\s+cote\b[^.!?\n]{0,60}?\b(?:sous\s+(?:le|mon)\s+(?:lit|matelas)|dans\s+"
    r"(?:le|mon)\s+sac)\b|\bpersonne\s+n'\s*a\s+(?:rien\s+)?(?:vu|remarque)\b|\ben\s+douce\b"
    r"|\bcache\w*\s+(?:sous|dans)\b|\b(?:il|elle)\s+ne\s+(?:s'\s*en\s+rendra\s+pas\s+compte"
    r"|remarquera\s+rien|verra\s+rien)\b|\bj'\s*en\s+ai\s+deja\s+(?:pas\s+mal|plein|beaucoup)\b",
    "es": r"\bpara\s+cuando\s+(?:lo\s+)?(?:decida|este\s+list[oa])\b"
    r"|\b(?:las|los)\s+(?:escondi|tengo\s+escondid\w+)\b|\bnadie\s+se\s+(?:dio|ha\s+dado)\s+"
    r"cuenta\b|\ba\s+escondidas\b|\bno\s+se\s+(?:va\s+a\s+dar|dara)\s+cuenta\b"
    r"|\bya\s+(?:llevo|tengo|junte)\s+(?:bastantes|muchas|unas\s+cuantas|suficientes)\b",
    "pt": r"\b(?:para|pra)\s+quando\s+(?:eu\s+)?(?:decidir|estiver\s+pront[oa])\b"
    r"|\b(?:escondi|estao\s+escondid\w+)\b|\bninguem\s+(?:reparou|percebeu|notou|viu)\b"
    r"|\bas\s+escondidas\b|\bnao\s+(?:vai|vao)\s+(?:dar\s+(?:por\s+isso|pela\s+falta)|reparar"
    r"|notar|perceber)\b|\bja\s+(?:tenho|juntei)\s+(?:bastantes|muitos|muitas|uns\s+quantos)\b",
    "it": r"\bper\s+quando\s+(?:lo\s+)?(?:decidero|saro\s+pront[oa])\b"
    r"|\b(?:le|li)\s+tengo\s+(?:nascost\w+\s+)?nella\s+(?:tasca|borsa|zaino|giacca)\b"
    r"|\bnessuno\s+se\s+n'\s*e\s+accort\w+\b|\bdi\s+nascosto\b|\bnascost[ei]\b"
    r"|\bnon\s+se\s+ne\s+accorger(?:a|anno)\b|\bne\s+ho\s+gia\s+(?:parecchie|tante|un\s+bel\s+po)\b",
}
# … or told to nobody, or kept back from the return it was meant for (``means_secrecy``)
_HIDDEN = {lang: rf"{hidden}|{UNTOLD[lang]}" for lang, hidden in _HIDDEN.items()}
# (a return the writer declined is no errand: "instead of taking it to the pharmacy")
_DECLINED = (
    r"(?=[^\n]*\b(?:instead\s+of|rather\s+than|au\s+lieu\s+de|en\s+(?:vez|lugar)\s+de"
    r"|em\s+vez\s+de|invece\s+di|statt|anstatt)\s+(?:[\w']+\s+){0,4}?(?:back|pharmacy|chemist"
    r"|rendre|rapporter|pharmacie|devolver\w*|farmacia|zuru(?:e)?ck\w*|apotheke|abzugeben"
    r"|restituir\w*|riportar\w*|ridar\w*|(?:taking|handing|giving|bringing)\s+(?:it|them)\s+"
    r"(?:back|in|to\s+the\s+(?:pharmacy|chemist))|(?:les|le|la|l')\s*(?:rendre|rapporter)"
    r"|(?:as|os|a|o)\s+devolver\w*)\b)"
)
# (a keepsake or a gift, or a gun for its sport, is no means taken: ``means_secrecy``)
_KEEPSAKE = rf"(?![^\n]*\b(?:{GIFT_OR_SPORT})\b)"
# an errand: collected or carried for their owner
_ERRAND = (
    r"(?![^\n]*\b(?:pharmacy|chemist|collect\w*|pick(?:ed)?\s+up|for\s+(?:him|her|them)|give\s+"
    r"(?:them\s+)?back|remind\w*|forget|apotheke|abgeholt|fu(?:e)?r\s+(?:sie|ihn)|zuru(?:e)?ck"
    r"|vergisst|pharmacie|pour\s+(?:elle|lui)|rendre|oublie|farmacia|para\s+(?:el|ella)"
    r"|devolver\w*|olvid\w*|recog\w*|farmacia|para\s+(?:ele|ela)|esquec\w*|buscar|per\s+(?:lui"
    r"|lei)|ridar\w*|dimentic\w*|ritira\w*|drop\w*|round\s+to|over\s+to)\b)"
)
# (a relative's gun is taken the same way: "took my uncle's shotgun out of his cabinet")
_GUNS = {
    "en": r"\b(?:shotguns?|rifles?|guns?|pistols?|revolvers?|handguns?|firearms?)\b",
    "de": r"\b(?:gewehr\w*|flinten?|pistolen?|revolver|waffe\w*|jagdgewehr\w*)",
    "fr": r"\b(?:fusils?|carabines?|pistolets?|revolvers?|armes?)\b",
    "es": r"\b(?:escopetas?|rifles?|pistolas?|revolver(?:es)?|armas?|armero)\b",
    "pt": r"\b(?:espingardas?|caçadeiras?|cacadeiras?|rifles?|pistolas?|revolver(?:es)?|armas?)\b",
    "it": r"\b(?:fucil[ei]|doppiett[ae]|pistol[ae]|revolver|arm[ae])\b",
}
_OWNED = {
    lang: either_order(_OWNER[lang], rf"(?:{_MED[lang]}|{_GUNS[lang]})", 50) for lang in _OWNER
}

# --- a cover story ready for the pharmacist -------------------------------------------------
_PHARMACY = {
    "en": r"\b(?:pharmacist|chemist|pharmacy)\b",
    "de": r"\bapothek\w*",
    "fr": r"\bpharmac\w*",
    "es": r"\bfarmac\w*",
    "pt": r"\bfarmac\w*",
    "it": r"\bfarmac\w*",
}
_STORY_READY = {
    "en": r"\b(?:had|with)\s+(?:a|my|an)\s+(?:story|excuse|lie|reason)\s+(?:all\s+)?ready\b"
    r"|\b(?:story|excuse|lie)\s+ready\s+in\s+case\s+(?:she|he|they)\s+asked\b",
    "de": r"\b(?:ausrede|geschichte|lu(?:e)?ge)\s+(?:\w+\s+)?(?:parat|bereit|zurechtgelegt)\b",
    "fr": r"\b(?:excuse|histoire|mensonge)\s+(?:toute?\s+)?pr(?:e|ê)te?\b",
    "es": r"\b(?:excusa|historia|mentira)\s+(?:ya\s+)?preparada\b",
    "pt": r"\b(?:desculpa|historia|mentira)\s+(?:ja\s+)?(?:pronta|preparada)\b",
    "it": r"\b(?:scusa|storia|bugia)\s+(?:gia\s+)?pronta\b",
}

# --- a story told to the doctor so that more is prescribed -----------------------------------
# "told the GP I was going abroad so he'd write me a bigger script", "le dije al médico que me
# iba de viaje para que me recetara más", "hab dem Arzt erzählt, ich fahr weg, damit er mir
# mehr verschreibt": the pretext and the larger amount together. A reason given plainly ("asked
# for a bigger script because I'm away for two months") names no pretext and is left alone.
_DOCTOR_TOLD = {
    "en": r"\b(?:told|lied\s+to|said\s+to)\s+(?:the|my)\s+(?:gp|doctor|doc|nurse|psychiatrist)\b",
    "de": r"\b(?:dem|der|meinem|meiner)\s+(?:arzt|a(?:e)?rztin|hausarzt|hausa(?:e)?rztin|doc)\s+"
    r"(?:erza(?:e)?hlt|gesagt|vorgelogen)\b",
    "fr": r"\b(?:dit|raconte|menti)\s+(?:au|a\s+la|a\s+mon|a\s+ma)\s+(?:medecin|docteur|generaliste"
    r"|psy)\b",
    "es": r"\b(?:le\s+)?(?:dije|conte|menti)\s+(?:al|a\s+la|a\s+mi)\s+(?:medic[oa]|doctor[a]?"
    r"|psiquiatra)\b",
    "pt": r"\b(?:disse|contei|menti)\s+(?:ao|a|a\s+minha|ao\s+meu)\s+(?:medic[oa]|doutor[a]?"
    r"|psiquiatra)\b",
    "it": r"\b(?:ho\s+detto|ho\s+raccontato|ho\s+mentito)\s+(?:al|alla)\s+(?:medico|dottor\w*"
    r"|psichiatra)\b",
}
_SO_MORE = {
    "en": r"\bso\s+(?:that\s+)?(?:he|she|they)(?:'d|\s+would|'ll|\s+will)\s+(?:write|give|prescribe"
    r"|up)\s+(?:me\s+)?(?:a\s+)?(?:bigger|larger|double|extra|more|two\s+months|three\s+months)\b",
    "de": r"\bdamit\s+(?:er|sie)\s+mir\s+(?:mehr|eine\s+gro(?:ss|s)e\s+packung|die\s+gro(?:ss|s)e"
    r"\s+packung|extra)\b",
    "fr": r"\bpour\s+qu'\s*(?:il|elle)\s+m'\s*en\s+(?:prescrive|donne|mette)\s+(?:plus|davantage"
    r"|deux\s+boites)\b",
    "es": r"\bpara\s+que\s+me\s+(?:recetara|recete|diera|de)\s+(?:mas|el\s+doble|dos\s+cajas)\b",
    "pt": r"\bpara\s+(?:ele|ela)\s+me\s+(?:receitar|dar)\s+(?:mais|o\s+dobro|duas\s+caixas)\b",
    "it": r"\b(?:cosi|perche)\s+mi\s+(?:prescrive(?:sse)?|desse|da)\s+(?:di\s+piu|piu|il\s+doppio"
    r"|due\s+scatole)\b",
}

# --- one packet at each of several chemists, so nobody wonders --------------------------------
# "Two pharmacies today, a little packet at each, so the girls at the counter don't wonder",
# "dos farmacias, una caja en cada una, para que no sospechen"; not a shortage or a price
# compared ("out of stock", "cheaper").
_NOT_SHORT = (
    r"(?![^.!?\n]*\b(?:out\s+of\s+stock|sold\s+out|shortage|cheap\w*|price\w*|ausverkauft"
    r"|billiger|preis\w*|rupture|moins\s+cher|prix|agotad\w*|barat\w*|precio\w*|esgotad\w*"
    r"|preco\w*|esaurit\w*|prezz\w*|economic\w*)\b)"
)
_SHOPS = {
    "en": r"\b(?:two|three|four|several|different)\s+(?:pharmacies|chemists|clinics|doctors|gps"
    r"|surgeries|practices|walk-ins)\b",
    "de": r"\b(?:zwei|drei|vier|mehrere|verschiedene(?:n)?)\s+(?:apotheken|praxen|a(?:e)?rzte\w*"
    r"|kliniken)\b|\bbei\s+(?:zwei|drei|mehreren|verschiedenen)\s+a(?:e)?rzten\b",
    "fr": r"\b(?:deux|trois|quatre|plusieurs|differentes|differents)\s+(?:pharmacies|medecins"
    r"|cabinets|cliniques|generalistes)\b",
    "es": r"\b(?:dos|tres|cuatro|varias|varios|distintas|distintos)\s+(?:farmacias|clinicas"
    r"|medicos|consultorios|doctores)\b",
    "pt": r"\b(?:duas|dois|tres|quatro|varias|varios|diferentes)\s+(?:farmacias|clinicas|medicos"
    r"|consultorios|postos)\b",
    "it": r"\b(?:due|tre|quattro|diverse|diversi|vari[e]?)\s+(?:farmacie|medici|ambulatori"
    r"|cliniche|guardie\s+mediche)\b",
}
_UNWONDERED = {
    "en": r"\bso\s+(?:that\s+)?(?:no\s*one|nobody|they|the\s+\w+(?:\s+at\s+the\s+\w+)?)\s+"
    r"(?:don'?t|doesn'?t|won'?t|wouldn'?t|do\s+not|does\s+not)\s+(?:wonder|notice|ask|suspect"
    r"|twig|get\s+suspicious)\b",
    "de": r"\bdamit\s+(?:keiner|niemand|sie|die\s+\w+)\s+(?:\w+\s+)?(?:fragt|stutzt|was\s+merkt"
    r"|misstrauisch\s+wird|nachfragt)\b",
    "fr": r"\bpour\s+(?:qu'\s*on|que\s+personne|qu'\s*ils|qu'\s*elles|que\s+la\s+\w+)\s+ne\s+(?:se"
    r"\s+(?:pose|doute)|pose|remarque)\w*\b",
    "es": r"\bpara\s+que\s+(?:no\s+(?:sospechen|pregunten|se\s+den\s+cuenta)|nadie\s+(?:sospeche"
    r"|pregunte|se\s+de\s+cuenta))\b",
    "pt": r"\bpara\s+(?:nao\s+(?:desconfiarem|perguntarem|repararem)|ninguem\s+(?:desconfiar"
    r"|perguntar|reparar))\b",
    "it": r"\b(?:cosi|perche)\s+(?:non\s+(?:fanno|facciano)\s+domande|nessuno\s+(?:sospetta"
    r"|chiede|si\s+accorge)|non\s+(?:sospettano|si\s+accorgono))\b",
}
# … or a pretext told to each, or the amount gathered now: "said I'd lost the first lot",
# "there's a jar full now", "dije que las había perdido", "ho detto che le avevo perse"
_PRETEXT_OR_HEAP = {
    "en": r"\b(?:said|told\s+(?:them|each|both|him|her))\s+(?:that\s+)?i'?d\s+(?:lost|dropped|spilt"
    r"|spilled|left)\b|\b(?:a|the)\s+(?:jar|drawer|box|bag|tin|tub|bottle)(?:'s|\s+is)?\s+full"
    r"\s+now\b"
    r"|\b(?:there'?s|i'?ve\s+got|i\s+have)\s+(?:a|the)\s+(?:jar|drawer|box|bag|tin|tub)\s+full\b",
    "de": r"\b(?:gesagt|erza(?:e)?hlt)\s*,?\s+(?:dass\s+)?ich\s+(?:h(?:a|ae)tte|habe|hab)\s+"
    r"(?:sie|die\s+"
    r"\w+)\s+verloren\b|\b(?:eine?\s+)?(?:dose|schublade|schachtel|tu(?:e)?te)\s+voll\b",
    "fr": r"\b(?:dit|raconte)\s+(?:a\s+chacun\s+)?que\s+j'?\s*avais\s+perdu\w*\b|\bun\s+(?:pot"
    r"|tiroir|sac|bocal)\s+plein\b",
    "es": r"\b(?:dije|conte)\s+(?:a\s+cada\s+un[oa]\s+)?que\s+(?:las|los)\s+habia\s+perdido\b"
    r"|\b(?:un|una)\s+(?:frasco|cajon|bolsa|bote)\s+llen[oa]\b",
    "pt": r"\b(?:disse|contei)\s+(?:a\s+cada\s+um\s+)?que\s+(?:as|os)\s+tinha\s+perdido\b"
    r"|\b(?:um|uma)\s+(?:frasco|gaveta|saco|caixa|pote)\s+chei[oa]\b",
    "it": r"\b(?:detto|raccontato)\s+(?:a\s+ognuno\s+)?che\s+(?:le|li)\s+avevo\s+pers[ei]\b"
    r"|\b(?:un|una)\s+(?:barattolo|cassetto|sacchetto|scatola)\s+pien[oa]\b",
}

# --- … or stowed among the writer's own things: sewn into a coat, kept in the car's glovebox, put
# in the gym bag ("sewed them into my coat lining", "je les garde dans la boîte à gants",
# "meti-as na mochila do ginásio"). A medicine cabinet, a pill box or a fridge is where medicine
# lives, and an errand for its owner (for her, to take round, to give back) is no stowing.
_STOWED = {
    "en": r"\b(?:sewed|sewn|stitched|tucked|stuffed|stashed|put|packed|zipped)\s+(?:them|it)\s+"
    r"(?:(?:away\s+)?(?:into|in|inside))\s+(?:my|the)\s+(?:(?:coat|jacket)(?:\s+lining)?|lining"
    r"|bag|backpack|rucksack|gym\s+bag|handbag|glove\s*box|car|pocket|boot|locker|suitcase)\b"
    # … or said to be there now: "it's behind the seat of my truck now"
    r"|\b(?:it'?s|it\s+is|they'?re|they\s+are)\s+(?:now\s+)?(?:behind|under|in)\s+(?:the\s+\w+\s+of\s+)?"
    r"my\s+(?:truck|car|van|ute|bag|wardrobe|closet|room|drawer|locker|bed)\b",
    "de": r"\b(?:(?:hab|habe)\s+|und\s+)(?:sie|die)\s+(?:\w+\s+)?"
    r"(?:in\s+(?:meine|meinen|mein|die|das"
    r"|den)|ins)"
    r"\s+(?:\w+\s+)?(?:tasche|rucksack|auto|jacke|mantel|handschuhfach|spind|koffer|sporttasche"
    r"|futter)\w*\s+(?:gesteckt|gepackt|getan|gena(?:e)?ht|gelegt)\b",
    "fr": r"\b(?:je\s+les|les\s+ai)\s+(?:garde\w*|mis|mises|range\w*|glisse\w*|coud\w*|cousu\w*)"
    r"\s+dans\s+(?:la|le|l'|mon|ma)\s*(?:boite\s+a\s+gants|sac|voiture|poche|manteau|veste"
    r"|casier|valise|coffre|doublure)\b",
    "es": r"\b(?:las|los)\s+(?:meti|guarde|tengo|llevo|cosi|escondi)\s+(?:en\s+)?(?:la|el|mi)\s+"
    r"(?:mochila|bolso|coche|carro|abrigo|chaqueta|guantera|maleta|taquilla|bolsillo|forro)\b",
    "pt": r"\b(?:meti|guardei|pus|coloquei|cosi)-?(?:as|os)?\s+(?:as\s+|os\s+)?(?:na|no|dentro\s+"
    r"d[ao])\s+(?:minha\s+|meu\s+)?(?:mochila|bolsa|carro|casaco|mala|porta-luvas|cacifo|bolso"
    r"|forro)\b",
    "it": r"\b(?:le|li)\s+(?:ho\s+mess[ei]|tengo|ho\s+infilat[ei]|metto|ho\s+cucit[ei])\s+"
    r"(?:nel|nella|nello|in)\s+(?:mio\s+|mia\s+)?(?:zaino|borsa|macchina|cappotto|giacca"
    r"|cruscotto|vano\s+portaoggetti|armadietto|valigia|tasca|fodera)\b",
}
_FOR_THE_OWNER = (
    r"(?![^\n]*\b(?:for\s+(?:him|her|them)|give\s+(?:them\s+)?back|take\s+(?:them\s+)?(?:round"
    r"|over|back)|drop\s+(?:them\s+)?off|remind\w*|forget|fu(?:e)?r\s+(?:sie|ihn)|zuru(?:e)?ck"
    r"|vergisst|pour\s+(?:elle|lui)|rendre|rapporter|oublie|para\s+(?:el|ella|ele)|devolver\w*"
    r"|olvid\w*|levar\w*|esquec\w*|per\s+(?:lui|lei)|ridar\w*|riportar\w*|dimentic\w*)\b)"
)

# --- the same medicine got again from a second doctor or chemist, enough now or unnoticed -------
# "Hab mir beim zweiten Arzt noch ein Rezept für die starken Schlaftabletten geholt, jetzt hab
# ich genug", "got a second lot of the strong codeine from the pharmacy in Moab so the one at
# home wouldn't clock it": a second source, the medicine, and the amount now enough or the usual
# source kept from noticing. A shortage or a price ("out of stock", "cheaper") and an errand for
# its owner are no second source.
_SECOND = {
    "en": r"\b(?:a\s+)?(?:second|another|different|other)\s+(?:lot|box|pack|packet|script"
    r"|prescription|doctor|gp|pharmacy|chemist)\b",
    "de": r"\b(?:beim\s+zweiten|bei\s+einem\s+anderen|von\s+einem\s+anderen)\s+(?:arzt|doktor"
    r"|hausarzt)\b|\b(?:in\s+einer\s+anderen|in\s+der\s+zweiten)\s+apotheke\b"
    r"|\b(?:noch\s+ein|ein\s+zweites|ein\s+weiteres)\s+rezept\b",
    "fr": r"\b(?:un\s+(?:autre|deuxieme|second)\s+(?:medecin|docteur|generaliste)|une\s+(?:autre"
    r"|deuxieme|seconde)\s+(?:pharmacie|ordonnance|boite))\b",
    "es": r"\b(?:otro\s+medico|un\s+segundo\s+medico|otra\s+farmacia|otra\s+receta|una\s+segunda"
    r"\s+receta|otra\s+caja)\b",
    "pt": r"\b(?:outro\s+medico|um\s+segundo\s+medico|outra\s+farmacia|outra\s+receita"
    r"|uma\s+segunda"
    r"\s+receita|outra\s+caixa)\b",
    "it": r"\b(?:un\s*altro\s+medico|un\s+secondo\s+medico|un'?\s*altra\s+farmacia|un'?\s*altra"
    r"\s+ricetta|una\s+seconda\s+ricetta|un'?\s*altra\s+scatola)\b",
}
# (every medicine word, the drugs named by name too: "the strong codeine")
_ANY_MED = {lang: medicine_words.words(lang, *medicine_words.WORDS[lang]) for lang in _SECOND}
# (a second opinion is advice, not a second supply)
_NOT_ADVICE = r"(?![^.!?\n]*\b(?:opinion|opinions|avis|parere|parecer|meinung|zweitmeinung)\b)"
_ENOUGH_NOW = {
    "en": r"\b(?:i'?ve|i\s+have|i'?ve\s+got)\s+enough\s+now(?=\s*(?:$|[.!?,;:]))"
    r"|\bnow\s+i\s+(?:have|'ve\s+got)\s+"
    r"enough\b(?=\s*(?:$|[.!?,;:]))"
    r"|\bso\s+(?:that\s+)?(?:no\s*one|nobody|they|the(?:\s+\w+){1,2}?(?:\s+(?:at|in)\s+(?:the\s+)?"
    r"\w+)?)\s+(?:wouldn'?t|won'?t)\s+(?:clock|notice|twig|wonder|ask|suspect|cotton\s+on"
    r"|catch\s+on)\b",
    "de": r"\bjetzt\s+(?:hab|habe)\s+ich\s+genug(?=\s*(?:$|[.!?,;:]))|\bjetzt\s+reicht(?:'?s"
    r"|\s+es)\b"
    r"|\bdamit\s+(?:keiner|niemand|der|die)\s+(?:\w+\s+)?(?:was\s+)?merkt\b",
    "fr": r"\bmaintenant\s+j'?\s*en\s+ai\s+assez(?=\s*(?:$|[.!?,;:]))"
    r"|\bj'?\s*en\s+ai\s+assez\s+maintenant\b"
    r"|\bpour\s+que\s+(?:personne|l'?\s*autre)\s+ne\s+(?:remarque|voie)\b",
    "es": r"\b(?:ya|ahora)\s+tengo\s+(?:suficientes|bastantes)(?=\s*(?:$|[.!?,;:]))"
    r"|\bcon\s+eso\s+ya\s+tengo\b"
    r"|\bpara\s+que\s+(?:nadie|la\s+otra|el\s+otro)\s+(?:no\s+)?(?:se\s+de\s+cuenta|sospeche)\b",
    "pt": r"\b(?:agora|ja)\s+tenho\s+(?:o\s+)?(?:suficiente|bastantes)(?=\s*(?:$|[.!?,;:]))"
    r"|\bpara\s+(?:ninguem|a\s+outra|o\s+outro)\s+(?:desconfiar|reparar|perceber)\b",
    "it": r"\b(?:ora|adesso)\s+ne\s+ho\s+(?:abbastanza|a\s+sufficienza)(?=\s*(?:$|[.!?,;:]))"
    r"|\bcosi\s+(?:nessuno|l'?\s*altr[oa])\s+non\s+(?:se\s+ne\s+accorge|sospetta)\b",
}

_NAME = "means_unseen"
RULES: tuple[Rule, ...] = (
    family(
        _NAME,
        "taken",
        Category.GETTING_MEANS,
        Severity.URGENT,
        {
            lang: rf"(?:^|(?<=\n))(?:{_DECLINED}|{_ERRAND}){_KEEPSAKE}{SAME_LINE}*?"
            + either_order(_OWNED[lang], _HIDDEN[lang], 100, SAME_LINE)
            for lang in _OWNER
        },
        {
            "en": "slipped|noticed|saw|knows|knowing|hid|notice|miss|know|got|when|told|tell"
            "|telling|asking|said|back|instead",
            "de": "mitgehen|gemerkt|heimlich|versteckt|merk|nicht|nix|zusammen|gesammelt|beisammen"
            "|wenn|tag|niemandem|ohne|statt",
            "fr": "cote|personne|douce|cache|compte|rien|deja|quand|jour|ai jamais|ai pas|au lieu",
            "es": "escond|cuenta|llevo|tengo|junte|cuando|sin decir|nadie|devolv|en vez|en lugar",
            "pt": "escond|ninguem|nao|ja |quando|sem dizer|sem contar|em vez",
            "it": "tengo|accort|accorg|nascost|gia|quando|senza dir|nessuno|ho mai|restitu|ridat"
            "|riportat|invece",
        },
        inherent=False,
    )
    + family(
        _NAME,
        "stowed",
        Category.GETTING_MEANS,
        Severity.URGENT,
        {
            lang: rf"(?:^|(?<=\n)){_FOR_THE_OWNER}{SAME_LINE}*?"
            + either_order(_OWNED[lang], _STOWED[lang], 120, SAME_LINE)
            for lang in _OWNER
        },
        {
            "en": "them|it|they",
            "de": "gesteckt|gepackt|getan|naht|gelegt",
            "fr": "les",
            "es": "las|los",
            "pt": "meti|guardei|pus|coloquei|cosi",
            "it": "le|li",
        },
        inherent=False,
    )
    + family(
        _NAME,
        "story_ready",
        Category.GETTING_MEANS,
        Severity.URGENT,
        {
            lang: either_order(_PHARMACY[lang], _STORY_READY[lang], 120, SAME_SENTENCE)
            for lang in _PHARMACY
        },
        {
            "en": "ready",
            "de": "parat|bereit|zurechtgelegt",
            "fr": "pret",
            "es": "preparada",
            "pt": "pronta|preparada",
            "it": "pronta",
        },
        inherent=False,
    )
    + family(
        _NAME,
        "doctor_story",
        Category.GETTING_MEANS,
        Severity.URGENT,
        {
            lang: rf"(?:{_DOCTOR_TOLD[lang]}){SAME_SENTENCE}{{0,80}}?(?:{_SO_MORE[lang]})"
            for lang in _DOCTOR_TOLD
        },
        {
            "en": "so",
            "de": "damit",
            "fr": "pour qu",
            "es": "para que",
            "pt": "para el",
            "it": "cosi|perche",
        },
        inherent=True,
    )
    + family(
        _NAME,
        "second_source",
        Category.GETTING_MEANS,
        Severity.URGENT,
        {
            lang: rf"(?:^|(?<=[.!?\n])){_NOT_SHORT}{_NOT_ADVICE}{_FOR_THE_OWNER}{SAME_SENTENCE}*?"
            + rf"(?:{either_order(_SECOND[lang], _ANY_MED[lang], 60)})"
            + rf"{SAME_SENTENCE}{{0,80}}?(?:{_ENOUGH_NOW[lang]})"
            for lang in _SECOND
        },
        {
            "en": "enough|so",
            "de": "genug|reicht|damit",
            "fr": "assez|pour que",
            "es": "suficientes|bastantes|ya tengo|para que",
            "pt": "suficiente|bastantes|para",
            "it": "abbastanza|sufficienza|cosi",
        },
        inherent=True,
    )
    + family(
        _NAME,
        "spread_over_shops",
        Category.GETTING_MEANS,
        Severity.URGENT,
        {
            lang: rf"{_NOT_SHORT}(?:{_SHOPS[lang]}){SAME_SENTENCE}{{0,100}}?(?:{_UNWONDERED[lang]})"
            for lang in _SHOPS
        },
        {
            "en": "pharmacies|chemists|clinics|doctors|gps|surgeries|practices|walk-ins",
            "de": "apotheken|praxen|arzt|aerzt|kliniken",
            "fr": "pharmacies|medecins|cabinets|cliniques|generalistes",
            "es": "farmacias|clinicas|medicos|consultorios|doctores",
            "pt": "farmacias|clinicas|medicos|consultorios|postos",
            "it": "farmacie|medici|ambulatori|cliniche|guardie",
        },
        inherent=True,
    )
    + family(
        _NAME,
        "sources_pretext",
        Category.GETTING_MEANS,
        Severity.URGENT,
        {
            # (anchored at the sentence's start, as ``second_source``: the guards scan ahead)
            lang: rf"(?:^|(?<=[.!?\n])){_NOT_SHORT}{_FOR_THE_OWNER}{SAME_SENTENCE}*?"
            rf"(?:{either_order(_SHOPS[lang], _ANY_MED[lang], 60)})"
            rf"{SAME_SENTENCE}{{0,100}}?(?:{_PRETEXT_OR_HEAP[lang]})"
            rf"(?!\s+(?:of|with|de|d'|di|do|da|von|mit))"
            for lang in _SHOPS
        },
        {
            "en": "lost|dropped|spilt|spilled|left|full",
            "de": "verloren|voll",
            "fr": "perdu|plein",
            "es": "perdido|llen",
            "pt": "perdido|chei",
            "it": "pers|pien",
        },
        inherent=True,
    )
)

__all__ = ["RULES"]
