"""Plans told as logistics in German, French, Spanish, Portuguese and Italian.

Why: the English plan rules (``rules_en_plans``, ``rules_en_moments``) read a plan from the
moment nobody is around and the act left bare ("once the kids are at school i'll do it"). The
same entries written in the other five languages had no such rules: "Wenn die Kinder in der
Schule sind, mache ich es", "Quand les enfants seront à l'école, je le ferai", "Cuando los
niños estén en el colegio, lo haré", "Quando os miúdos estiverem na escola, vou fazê-lo",
"Nel weekend sono via tutti e lo faccio". Each family is written once for the five languages:

* a moment with nobody around (asleep, at school, at work, away, on holiday, the house empty)
  followed, in the same sentence, by the act left bare ("mache ich es", "je le ferai", "lo
  haré", "vou fazê-lo", "lo faccio") or named by its means ("nehme ich die Tabletten"); the
  moment alone ("wenn die Kinder schlafen, mache ich die Steuererklärung") stays quiet;
* a rope, belt or weapon "ready" ("Das Seil liegt schon im Keller bereit", "la corde est
  prête"), not ready *for* the boat or the camping trip (``everyday`` clears sport and tools);
* the height chosen "from which I'll jump" ("la ponte de onde vou saltar", "il ponte da cui
  buttarmi"), not into water; a height looked up ("wo die Brücke am höchsten ist"), not for a
  truck; an hour sat at the edge of a roof ("sul bordo del tetto"), not with a beer and the
  view;
* pills taken "hoping not to wake up" ("sperando di non svegliarmi", "à espera de não
  acordar"): an attempt told by its hope;
* German pills swallowed "auf einmal", and kept "statt sie zu nehmen"; pills kept instead of
  taken in the other four languages ("je les garde au lieu de les prendre"), or no longer taken
  and gathered ("tenho deixado de tomar os remédios e juntado tudo").

Text is case- and accent-folded before matching ("schläft" is read "schlaft"), so patterns are
written without accents. Every rule has a ``gate``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, rule
from neuroleaf_desktop.domain.safety.rules_intl_journal import MEDS
from neuroleaf_desktop.domain.safety.rules_intl_unsaid import NOT_AN_ERRAND
from neuroleaf_desktop.domain.safety.weekdays_intl import WEEKDAYS

_PM, _GM = Category.PLAN_OR_METHOD, Category.GETTING_MEANS
_URG = Severity.URGENT
# The clause ends on the act, and the act is not a pronoun for a thing named just after it
# ("je le ferai, ce gâteau", "lo haré, el pastel").
# A colon then a doing names what "it" is: "siempre lo hago: leer hasta tarde", "je le fais :
# ranger la cuisine", "mache ich es: lesen"; dying named there stays the act.
_NAMED_AFTER_COLON = (
    r"(?!\s*:\s*(?!(?:morir|mourir|morire|morrer|sterben)\b)[a-z]\w*(?:ar|er|ir|re|en)\b)"
)
_CLAUSE_END = (
    rf"(?:(?=\s*(?:$|[.!?,;:)\"\n])){_NAMED_AFTER_COLON}"
    r"(?!\s*,\s*(?:ce|cet|cette|ces|le|la|les|l'|el|los|las|il|lo"
    r"|gli|i|o|os|as|a|mon|ma|mes|mi|mis|meu|minha|mio|mia|den|die|das)\s"
    # … unless that noun opens a clause of its own: "eu faço, a casa vai estar vazia"
    r"(?![\w'-]+\s+(?:vai|vao|va|esta|estara|estarao|sera|seran|fica|ficara|sara|saranno|restera"
    r"|quedara|ist|wird|bleibt)\b))"
    # … or the moment named once more after it: "lo faccio quel giorno", "je le ferai ce
    # jour-là", "lo haré ese día", "vou fazer nesse dia"
    r"|(?=\s+(?:quel\s+giorno|quella\s+(?:sera|notte)|ce\s+(?:jour|soir)-?\s*la|cette\s+nuit-?\s*la"
    r"|ese\s+dia|esa\s+noche|nesse\s+dia|naquele\s+dia|nessa\s+noite)\s*(?:$|[.!?,;:\n])))"
)
_LANGS = ("de", "fr", "es", "pt", "it")

# A moment chosen because nobody will be around: a conjunction and, later in the clause, the
# state of the others ("wenn die Kinder in der Schule sind", "quand tout le monde dormira").
# The writer left alone at home, told after the others' "when" at a longer reach than the bare
# word ("quando vanno tutti alla festa del patrono, resto a casa da solo"): the staying is the
# writer's own verb, so a "when" a clause away still sets the moment.
_STAYING_ALONE = {
    "it": r"|\bquando\b[^.!?\n]{0,90}?\b(?:resto|restero|rimango|rimarro)\s+(?:(?:a|in)\s+casa\s+)?"
    r"(?:da\s+)?sol[oa]\b",
    "pt": r"|\bquando\b[^.!?\n]{0,90}?\b(?:fico|ficarei"
    r"|vou\s+ficar)\s+(?:em\s+casa\s+)?sozinh[oa]\b",
    "es": r"|\bcuando\b[^.!?\n]{0,90}?\b(?:me\s+quedo|me\s+quedare|me\s+voy\s+a\s+quedar)\s+"
    r"(?:en\s+casa\s+)?sol[oa]\b",
    "fr": r"|\bquand\b[^.!?\n]{0,90}?\b(?:je\s+reste|je\s+resterai|je\s+serai)\s+"
    r"(?:a\s+la\s+maison\s+)?(?:tout\s+)?seule?\b",
}
_ALONE = {
    "de": r"\b(?:wenn|sobald|nachdem|wahrend|waehrend|solange)\b[^.!?\n]{0,50}?\b(?:schlafen"
    r"|schlaft|schlaeft|eingeschlafen|weg|fort|aus\s+dem\s+haus|in\s+der\s+schule|im\s+kindergarten"
    r"|auf\s+(?:der\s+)?arbeit|bei\s+der\s+arbeit|im\s+urlaub|verreist|im\s+bett|(?:allein|alleine)"
    r"\s+bin|(?:niemand|keiner)\s+(?:mehr\s+)?(?:da|daheim|zu\s*hause)"
    # the main clause after the fronted "wenn" puts its verb first: "wenn sie zur Kur fährt,
    # bin ich allein"
    r"|bin\s+ich\s+(?:dann\s+)?(?:ganz\s+)?(?:allein|alleine)"
    # gone away somewhere: "wenn meine Frau zur Kur nach Bad Elster fährt"
    r"|(?:nach|zur|zum|zu|ins|in\s+den|weg|fort)\s+[^.!?\n]{0,30}?(?<!\bwir\s)fa(?:e)?hr(?:t|en)"
    r"|(?:haus|wohnung|bude|hutte|huette)\s+leer)\b"
    r"|\b(?:sobald|wenn|nachdem)\s+ich\s+(?:diesen|den)\s+(?:eintrag|text)\s+(?:fertig|beendet"
    r"|zu\s+ende)\b"
    r"|\b(?:sind|ist)\s+(?:alle\s+)?(?:weg|fort|verreist|im\s+urlaub|aus\s+dem\s+haus)"
    r"(?:\s+alle)?\b",
    "fr": r"\b(?:quand\b|(?:des|une\s+fois|pendant|apres)\s+qu(?:e\b|')|lorsqu(?:e\b|'))"
    r"[^.!?\n]{0,50}?\b(?:dormir\w*|dort|dorment|endormi\w*|couche\w*|parti\w*|absent\w*"
    r"|a\s+l'?ecole|au\s+travail|au\s+boulot|en\s+vacances|en\s+voyage|seule?|pas\s+la"
    r"|sera\s+vide|personne"
    # someone leaving ("quand ma coloc part chez ses parents"), never the writer, a share or a
    # place ("quelque part", "de ma part", "à part")
    r"|(?<!\bje\s)(?<!quelque\s)(?<!\ba\s)(?<!\bma\s)(?<!\bta\s)(?<!\bsa\s)(?<!\bune\s)"
    r"(?<!\bautre\s)(?:part|partent|partira|partiront))\b"
    r"|\b(?:des\s+que|quand|une\s+fois\s+que)\s+j'?\s*(?:ai|aurai)\s+fini\s+(?:d'?\s*ecrire"
    r"|ce\s+texte|cette\s+page)\b"
    r"|\b(?:ils|elles|tout\s+le\s+monde)\s+(?:partent|part|seront\s+partis|sont\s+partis"
    r"|s'?en\s+vont)(?:\s+tous)?\b" + _STAYING_ALONE["fr"],
    "es": r"\b(?:cuando|en\s+cuanto|mientras|una\s+vez\s+que|apenas|despues\s+de\s+que)\b"
    r"[^.!?\n]{0,50}?\b(?:duerm\w*|dormid[oa]s|se\s+vayan?|se\s+hayan?\s+ido|se\s+van|salgan?"
    r"|no\s+(?:este|haya)\s+nadie|nadie\s+(?:este|estara|me\s+vea)|en\s+el\s+colegio|en\s+la\s+escuela|en\s+el\s+cole"
    r"|en\s+el\s+trabajo|trabajando|de\s+vacaciones|de\s+viaje|viaj\w+|sol[oa]|fuera|vacia"
    # someone going back to their own home: "cuando mi hermano se vuelva a su casa"
    r"|(?:se\s+)?(?:vuelvan?|regresen?)\s+a\s+su\s+casa|se\s+marchen?)\b"
    r"|\bse\s+van\s+(?:todos|todas)\b|\b(?:estan|estaran)\s+(?:todos\s+)?fuera\b"
    r"|\b(?:en\s+cuanto|cuando)\s+termine\s+de\s+escribir\b" + _STAYING_ALONE["es"],
    "pt": r"\b(?:quando|assim\s+que|enquanto|depois\s+que)\b[^.!?\n]{0,50}?\b(?:dormir\w*"
    r"|dormindo|sairem|sair|sai|for(?:em)?\s+embora|sozinh[oa]|na\s+escola|no\s+trabalho"
    r"|a\s+trabalhar"
    r"|de\s+ferias|viaj\w+|fora|ninguem\s+em\s+casa|vazia|(?:tiver|houver)\s+ninguem"
    r"|voltarem?\s+(?:para|pra)\s+(?:a\s+)?casa\s+del[ae]s?"
    r"|ninguem\s+(?:estiver|tiver|me\s+vir))\b"
    r"|\bvao\s+(?:todos\s+)?embora\b|\b(?:estao|estarao)\s+(?:todos\s+)?fora\b"
    r"|\b(?:assim\s+que|quando)\s+acabar\s+de\s+escrever\b" + _STAYING_ALONE["pt"],
    "it": r"\b(?:quando|appena|mentre|una\s+volta\s+che|dopo\s+che)\b[^.!?\n]{0,50}?\b(?:dorm\w*"
    r"|addormentat\w*|a\s+scuola|al\s+lavoro|a\s+lavorare|in\s+vacanza|in\s+viaggio|via|fuori"
    r"|uscit[oi]|sol[oa]|nessuno\s+in\s+casa|vuota|c'?\s*e\s+nessuno|ci\s+sara\s+nessuno"
    # the others leaving ("quando i miei partono per la Calabria"), never a match ("partita")
    r"|partono|partiranno|partira|parte\s+per|torna(?:no)?\s+a\s+casa\s+su[ao])\b"
    r"|\b(?:sono|saranno)\s+(?:tutti\s+)?(?:via|fuori|in\s+vacanza)(?:\s+tutti)?\b"
    r"|\b(?:appena|quando)\s+finisco\s+di\s+scrivere\b" + _STAYING_ALONE["it"],
}
# The act left bare ("mache ich es", not "mache ich es mir gemütlich") or named by its means,
# after the moment.
_ACT_AFTER = {
    "de": r"(?:dann\s+)?(?:(?:mache|mach)\s+ich(?:\s+es|\s*'s)\b(?!\s+(?:mir|uns|dir|euch|sich"
    rf"|gemutlich|gemuetlich|fertig|sauber|schon|schoen|wieder)){_NAMED_AFTER_COLON}|zieh(?:e)?\s+ich\s+(?:es|'?s|das)"
    r"\s+durch|tu(?:e)?\s+ich(?:\s+es|\s*'s)\b|werde\s+ich\s+es\s+tun|ist\s+es\s+so\s+weit"
    rf"|nehme\s+ich\s+(?:die|alle|sie\s+alle)\s+(?:{MEDS['de']}|zusammen)|bringe\s+ich\s+mich\s+um"
    r"|springe\s+ich"
    # "then I'll put an end to it", never an end *with* someone or something, or for today
    r"|(?:mache|mach)\s+ich\s+schluss\b(?!\s+(?:mit|fur|fuer|fu|fr)\b)"
    # … or the end said to come then: "dann ist Schluss", never "Schluss mit dem Lärm"
    r"|ist\s+(?:dann\s+)?schluss(?=\s*(?:$|[.!?,;:\n])))",
    "fr": r"(?:alors\s+)?(?:je\s+(?:le\s+(?:ferai|fais|ferais)|vais\s+le\s+faire)"
    + _CLAUSE_END
    + r"|je\s+(?:passe(?:rai)?|vais\s+passer)\s+a\s+l'?acte|ce\s+sera\s+le\s+moment"
    rf"|je\s+(?:prendrai|prends|vais\s+prendre|avalerai)\s+(?:les|tous\s+les|toutes\s+les)\s+"
    rf"{MEDS['fr']}|je\s+me\s+tuerai|j'?en\s+finirai"
    # … or the end said to come then: "ce sera la fin pour moi", never "la fin du repas"
    r"|ce\s+sera\s+(?:la\s+fin|fini)(?:\s+pour\s+moi)?(?=\s*(?:$|[.!?,;:\n])))",
    "es": r"(?:(?:lo\s+(?:hare|hago|voy\s+a\s+hacer)|voy\s+a\s+hacerlo)"
    + _CLAUSE_END
    + rf"|me\s+(?:tomo|tomare|voy\s+a\s+tomar)\s+(?:las|todas\s+las)\s+{MEDS['es']}"
    r"|sera\s+el\s+momento|acab(?:o|are)\s+con\s+todo|me\s+(?:mato|matare|tiro)"
    r"|sera\s+el\s+fin(?:\s+para\s+mi)?(?=\s*(?:$|[.!?,;:\n])))",
    # ("é aí que vou fazer": the object left out, the moment pointed at)
    # (the object is often left out: "eu faço")
    "pt": r"(?:(?:vou\s+faze-lo|vou\s+fazer\s+(?:isso|isto)|faco-o|faco\s+isso|fa-lo-ei|eu\s+faco"
    r"|(?:e\s+ai|e\s+nesse\s+dia|e\s+entao)\s+que\s+(?:eu\s+)?(?:vou\s+fazer|faco|farei))"
    + _CLAUSE_END
    + rf"|(?:tomo|vou\s+tomar|tomarei)\s+(?:os|todos\s+os)\s+{MEDS['pt']}"
    r"|vai\s+ser\s+a\s+altura|acab(?:o|arei)\s+com\s+tudo|mato-me|atiro-me"
    r"|(?:sera|vai\s+ser)\s+o\s+fim(?:\s+(?:para|pra)\s+mim)?(?=\s*(?:$|[.!?,;:\n])))",
    "it": r"(?:(?:lo\s+(?:faccio|faro))"
    + _CLAUSE_END
    + rf"|la\s+faccio\s+finita|(?:prendo|prendero)\s+(?:le|tutte\s+le)\s+{MEDS['it']}"
    r"|sara\s+il\s+momento|mi\s+(?:butto|uccido|ammazzo)"
    r"|sara\s+la\s+fine(?:\s+per\s+me)?(?=\s*(?:$|[.!?,;:\n])))",
}
# The act first, the moment after: "ich mache es, wenn alle schlafen", "lo haré cuando se
# vayan todos".
_ACT_BEFORE = {
    "de": r"\bich\s+(?:mache|mach|tue|tu|werde)\s+es(?:\s+tun)?,?",
    "fr": r"\bje\s+(?:le\s+ferai|le\s+fais|vais\s+le\s+faire|passerai\s+a\s+l'?acte),?",
    "es": r"\b(?:lo\s+(?:hare|hago|voy\s+a\s+hacer)|voy\s+a\s+hacerlo),?",
    "pt": r"\b(?:vou\s+faze-lo|vou\s+fazer\s+isso|faco-o|fa-lo-ei),?",
    "it": r"\b(?:lo\s+(?:faccio|faro)|la\s+faccio\s+finita),?",
}
_ALONE_GATE = {
    "de": r"wenn|sobald|nachdem|wahrend|waehrend|solange|sind|ist",
    "fr": r"quand|des\s+que|fois\s+que|pendant|lorsque|apres|part",
    "es": r"cuando|cuanto|mientras|vez\s+que|apenas|despues|se\s+van|fuera",
    "pt": r"quando|assim\s+que|enquanto|depois|embora|fora",
    "it": r"quando|appena|mentre|volta\s+che|dopo|via|fuori|vacanza",
}

# A rope, a belt or a weapon "ready" (not ready for the boat: ``everyday`` clears sport).
_READY = {
    "de": r"\b(?:seil|strick|schlinge|gurtel|guertel|pistole|waffe|gewehr|rasierklingen|klingen)"
    r"\b[^.!?\n]{0,50}?\b(?:bereit|parat|griffbereit|bereitgelegt)\b"
    r"(?!\s+(?:fur|fuer)\s+(?:den|die|das|ein\w*|mein\w*|unser\w*)\b)",
    "fr": r"\b(?:corde|noeud\s+coulant|ceinture|pistolet|fusil|arme|lames)\b[^.!?\n]{0,40}?"
    r"\b(?:prete?s?|preparee?s?)\b(?!\s+(?:pour|a)\s+(?:le|la|les|l'|un|une|mon|ma|mes|notre"
    r"|nos)\b)",
    "es": r"\b(?:cuerda|soga|cinturon|pistola|arma|escopeta|cuchillas|navajas)\b[^.!?\n]{0,40}?"
    r"\b(?:list[oa]s?|preparad[oa]s?)\b(?!\s+para\s+(?:el|la|los|las|un|una|mi|mis|nuestr\w*)\b)",
    "pt": r"\b(?:corda|cinto|pistola|arma|espingarda|laminas)\b[^.!?\n]{0,40}?"
    r"\b(?:pront[oa]s?|preparad[oa]s?)\b(?!\s+(?:para|pra)\s+(?:o|a|os|as|um|uma|meu|minha"
    r"|nosso|nossa)\b)",
    "it": r"\b(?:corda|cintura|cinghia|pistola|arma|fucile|lamette)\b[^.!?\n]{0,40}?"
    r"\b(?:pront[oaie]|preparat[oaie])\b(?!\s+per\s+(?:il|la|lo|i|gli|le|un|una|mio|mia"
    r"|nostr\w*)\b)",
}
_READY_GATE = {
    "de": r"bereit|parat",
    "fr": r"pret|prepar",
    "es": r"list|prepar",
    "pt": r"pront|prepar",
    "it": r"pront|prepar",
}

# The height chosen "from which I'll jump" (not into water: a lake, a river, a pool).
_NOT_WATER = (
    r"(?![^.!?\n]{0,60}\b(?:wasser|see|fluss|baden|schwimm\w*|bungee|eau|riviere|lac|baignade"
    r"|agua|rio|lago|piscina|acqua|fiume|mare|mar|mer|tuffo|tuffar\w*|elastico|puenting))"
)
_JUMP_FROM = {
    "de": r"\b(?:brucke|bruecke|hochhaus|dach|klippe|turm|parkhaus)\b"
    + _NOT_WATER
    + r"[^.!?\n]{0,30}?\bich\s+(?:(?:runter|hinunter|hinab)?springe|springen\s+werde"
    r"|mich\s+(?:runter|hinunter)?sturze)\b",
    "fr": r"\b(?:pont|immeuble|toit|falaise|balcon|viaduc)\b"
    + _NOT_WATER
    + r"[^.!?\n]{0,20}?\b(?:d'?ou|duquel|depuis\s+lequel)\s+(?:je\s+)?(?:vais\s+)?(?:sauter"
    r"|me\s+jeter|saute(?:rai)?|me\s+jette(?:rai)?)\b",
    "es": r"\b(?:puente|edificio|azotea|acantilado|balcon|viaducto)\b"
    + _NOT_WATER
    + r"[^.!?\n]{0,20}?\b(?:desde\s+(?:el|la)\s+que|de\s+donde|desde\s+donde)\s+"
    r"(?:me\s+voy\s+a\s+(?:tirar|lanzar|arrojar)|(?:voy\s+a\s+)?(?:tirarme|lanzarme|arrojarme"
    r"|saltar)|me\s+(?:tiro|lanzo|tirare|arrojo))\b",
    "pt": r"\b(?:ponte|predio|telhado|falesia|penhasco|varanda|viaduto)\b"
    + _NOT_WATER
    + r"[^.!?\n]{0,20}?\b(?:de\s+onde|donde|da\s+qual|do\s+qual)\s+(?:me\s+vou\s+(?:atirar"
    r"|jogar)|(?:vou\s+)?(?:saltar|me\s+atirar|atirar-me|me\s+jogar|jogar-me)|me\s+(?:atiro"
    r"|jogo))\b",
    "it": r"\b(?:ponte|palazzo|tetto|scogliera|terrazzo|viadotto|balcone)\b"
    + _NOT_WATER
    + r"[^.!?\n]{0,20}?\b(?:da\s+cui|dal\s+quale|dalla\s+quale|dove)\s+(?:mi\s+)?"
    r"(?:buttarmi|butto|buttero|lanciarmi|gettarmi|saltare)\b",
}
_JUMP_GATE = {
    "de": r"spring|sturz",
    "fr": r"saut|jet",
    "es": r"tir|lanz|salt|arroj",
    "pt": r"salt|atir|jog",
    "it": r"butt|lanc|gett|salt",
}

# Sat or stood at the edge of a roof, a bridge, a cliff (not with a drink and the view, and
# not a platform edge, where commuters stand every day).
_NOT_LEISURE = (
    r"(?![^.!?\n]{0,60}\b(?:biere|vin|cafe|vue|coucher|photo\w*|cerveza|vino|vistas?|atardecer"
    r"|fotos?|cerveja|por\s+do\s+sol|birra|tramonto|panorama|bier|wein|aussicht"
    r"|sonnenuntergang|picnic|pique-nique|merenda|feuerwerk|feux|fuegos|fogos|fuochi))"
)
_EDGE = {
    "de": r"\b(?:sass|sas|stand|sitze|stehe|gesessen|gestanden|geklettert|kletterte)\b"
    r"[^.!?\n]{0,40}?\b(?:am\s+(?:rand|abgrund)\s+(?:des|der|vom)\s+(?:dach(?:es|s)?|brucke"
    r"|bruecke|klippe|hochhaus(?:es)?)|auf\s+der\s+(?:dachkante|brustung|bruestung)"
    r"|auf\s+dem\s+(?:bruckengelander|brueckengelaender))\b",
    "fr": r"\b(?:assise?|reste|restee|suis|etais|debout|monte|montee|grimpe|grimpee)\b"
    r"[^.!?\n]{0,30}?\b(?:au|sur\s+le)\s+(?:bord|rebord)\s+(?:du|de\s+la|d'un|d'une)\s+"
    r"(?:toit|pont|immeuble|falaise|fenetre|balcon|parapet)\b",
    "es": r"\b(?:sentad[oa]|me\s+quede|estuve|estaba|de\s+pie|subi|me\s+sente)\b[^.!?\n]{0,30}?"
    r"\b(?:en\s+el|al)\s+borde\s+(?:de\s+la|del|de\s+un|de\s+una)\s+(?:azotea|tejado|puente"
    r"|edificio|acantilado|ventana|balcon)\b",
    "pt": r"\b(?:sentad[oa]|fiquei|estive|estava|de\s+pe|subi|sentei-me|me\s+sentei)\b"
    r"[^.!?\n]{0,30}?\bna\s+(?:beira|borda)\s+(?:do|da|de\s+um|de\s+uma)\s+(?:telhado|ponte"
    r"|predio|falesia|penhasco|janela|varanda)\b",
    "it": r"\b(?:sedut[oa]|rimast[oa]|stat[oa]|ero|in\s+piedi|salit[oa]|sedere)\b[^.!?\n]{0,30}?"
    r"\bsul\s+(?:bordo|ciglio|cornicione|parapetto)\s+(?:del|della|dello|di\s+un|di\s+una)\s+"
    r"(?:tetto|ponte|palazzo|scogliera|finestra|balcone|terrazzo)\b",
}
_EDGE_GATE = {
    "de": r"rand|abgrund|kante|brustung|bruestung|gelander|gelaender",
    "fr": r"bord",
    "es": r"borde",
    "pt": r"beira|borda",
    "it": r"bordo|ciglio|cornicione|parapetto",
}
# A height looked up or checked: "wo die Brücke am höchsten ist", "j'ai regardé la hauteur du
# pont", "busqué la altura del puente" (a truck or a boat next to it is cleared by
# ``everyday``).
_PLACES = {
    "de": r"(?:brucke|bruecke|hochhaus|dach|parkhaus|klippe|turm|viadukt)",
    "fr": r"(?:pont|immeuble|falaise|toit|viaduc|parking|tour)",
    "es": r"(?:puente|edificio|azotea|acantilado|viaducto|torre)",
    "pt": r"(?:ponte|predio|falesia|viaduto|telhado|torre)",
    "it": r"(?:ponte|palazzo|scogliera|viadotto|tetto|torre)",
}
_HEIGHT_LOOKED = {
    "de": rf"\b{_PLACES['de']}\w*\b[^.!?\n]{{0,20}}\bam\s+(?:hochsten|hoechsten|tiefsten)\b"
    rf"|\bwie\s+(?:hoch|tief)\s+(?:die|das|der)\s+{_PLACES['de']}\b",
    "fr": r"\b(?:regarde|cherche|verifie|mesure|calcule|google|renseigne)\w*[^.!?\n]{0,20}?"
    rf"\b(?:la\s+hauteur|haut)\s+(?:du|de\s+la|de\s+l')\s*{_PLACES['fr']}\b"
    rf"|\bou\s+(?:le|la)\s+{_PLACES['fr']}\s+est\s+(?:le|la)\s+plus\s+haut",
    "es": r"\b(?:mire|busque|averigue|comprobe|calcule|googlee|mirando|buscando)\b[^.!?\n]{0,20}?"
    rf"\b(?:la\s+altura|que\s+tan\s+alto|cuanto\s+mide)\s+(?:del?|la)\s+{_PLACES['es']}\b"
    rf"|\bdonde\s+(?:el|la)\s+{_PLACES['es']}\s+es\s+mas\s+alt[oa]\b",
    "pt": r"\b(?:vi|procurei|pesquisei|verifiquei|calculei|fui\s+ver)\b[^.!?\n]{0,20}?"
    rf"\b(?:a\s+altura|quao\s+alt[oa]|qual\s+a\s+altura)\s+(?:d[oa]|e\s+[oa])\s+{_PLACES['pt']}\b"
    rf"|\bonde\s+[oa]\s+{_PLACES['pt']}\s+e\s+mais\s+alt[oa]\b",
    "it": r"\b(?:guardato|cercato|controllato|calcolato|visto|verificato)\b[^.!?\n]{0,20}?"
    r"\b(?:l'?\s*altezza|quanto\s+(?:e\s+)?alt[oa])\s+(?:del|della|dello|e\s+il|e\s+la)?\s*"
    rf"{_PLACES['it']}\b|\bdove\s+il\s+{_PLACES['it']}\s+e\s+piu\s+alto\b",
}
_HEIGHT_GATE = {
    "de": r"hochst|hoechst|tiefst|wie\s+hoch|wie\s+tief",
    "fr": r"haut",
    "es": r"altura|alto|alta|mide",
    "pt": r"altura|alto|alta",
    "it": r"altezza|alto|alta",
}
# Pills taken "hoping not to wake up" (an attempt told by its hope).
_HOPING_NOT_TO_WAKE = {
    "de": r"\b(?:in\s+der\s+hoffnung|hoffend|und\s+hoffte),?\s+(?:nicht\s+mehr|nie\s+mehr|nie"
    r"\s+wieder)\s+aufzuwachen\b|\bin\s+der\s+hoffnung,?\s+zu\s+sterben\b",
    "fr": r"\ben\s+esperant\s+(?:ne\s+(?:pas|plus|jamais)\s+me\s+reveiller|mourir|y\s+rester)\b",
    "es": r"\b(?:esperando|con\s+la\s+esperanza\s+de)\s+(?:no\s+(?:volver\s+a\s+)?despertar(?:me)?"
    r"|morir(?:me)?|no\s+contarlo)\b",
    "pt": r"\b(?:a\s+espera\s+de|na\s+esperanca\s+de|com\s+esperanca\s+de|esperando)\s+"
    r"(?:nao\s+(?:voltar\s+a\s+)?acordar|morrer|nunca\s+mais\s+acordar)\b",
    "it": r"\b(?:sperando|nella\s+speranza|con\s+la\s+speranza)\s+di\s+(?:non\s+(?:ri)?svegliarmi"
    r"|morire|non\s+farcela)\b",
}
_HOPING_GATE = {
    "de": r"hoff",
    "fr": r"esperant",
    "es": r"esper",
    "pt": r"espera|esperan",
    "it": r"speran",
}


# The act placed in time and then in the moment nobody is around: the act left bare ("lo
# haré", "je le ferai"), or, opening the sentence, named only by "it will be" ("Ce sera",
# "Sarà", "Vai ser", "Será", "Es wird … sein"); then a time, after an event or on a day ("après
# la Fête de la Musique, le samedi", "dopo il Festival, la domenica"), then the moment (``_ALONE``):
# "Sarà dopo il Festival, la domenica, quando in casa non c'è nessuno". The three pieces
# together are a plan; a named task, a surprise or a move in the sentence is an errand
# (``NOT_AN_ERRAND``).
_IT_WILL_BE = {
    "de": r"es\s+(?:wird|passiert|ist\s+so\s+weit)",
    "fr": r"(?:ce|ca)\s+sera|ca\s+va\s+etre|ca\s+se\s+fera",
    "es": r"sera|va\s+a\s+ser",
    "pt": r"vai\s+ser|sera",
    "it": r"sara|succedera",
}
_AFTER_EVENT = {
    "de": r"nach\s+(?:dem|der|den)\s+",
    "fr": r"apres\s+(?:le|la|les|l')\s*",
    "es": r"despues\s+de(?:l|\s+la|\s+los|\s+las)?\s+",
    "pt": r"depois\s+d(?:o|a|os|as|e)\s+",
    "it": r"dopo\s+(?:il|la|lo|i|gli|le|l')\s*",
}
_ON_A_DAY = {
    "de": rf"(?:am\s+|an\s+einem\s+)?(?:{WEEKDAYS['de']})\w*|in\s+der\s+nacht",
    "fr": rf"(?:le\s+|un\s+)?(?:{WEEKDAYS['fr']})(?:\s+soir)?|la\s+nuit|le\s+soir",
    "es": rf"(?:el\s+|un\s+)?(?:{WEEKDAYS['es']})|esa\s+noche|por\s+la\s+noche",
    "pt": rf"(?:n[oa]\s+|num\s+|numa\s+)?(?:{WEEKDAYS['pt']})(?:-feira)?|a\s+noite|nessa\s+noite",
    "it": rf"(?:il\s+|la\s+|un\s+|una\s+)?(?:{WEEKDAYS['it']})|di\s+notte|la\s+notte"
    r"|quella\s+notte",
}
_WHEN = {
    lang: rf"(?:{_AFTER_EVENT[lang]}[\w'-]+(?:\s+[\w'-]+){{0,4}}?|{_ON_A_DAY[lang]})"
    rf"(?:\s*,\s*(?:{_ON_A_DAY[lang]}))?\s*,?\s+"
    for lang in _LANGS
}
_SENTENCE_START = r"(?:^|(?<=[.!?\n]))"


def _dated_then_alone(lang: str) -> str:
    """The bare act or "it will be", a time, then the moment nobody is around, in one sentence
    that names no errand."""
    opening = rf"{_SENTENCE_START}\s*(?:{_IT_WILL_BE[lang]})\s+"
    return (
        rf"{_SENTENCE_START}{NOT_AN_ERRAND}[^.!?\n]*?"
        rf"(?:{opening}|{_ACT_BEFORE[lang]}\s+)(?:{_WHEN[lang]})(?:{_ALONE[lang]})"
    )


def _families(lang: str) -> tuple[Rule, ...]:
    alone, after, before = _ALONE[lang], _ACT_AFTER[lang], _ACT_BEFORE[lang]
    return (
        rule(
            f"{lang}_pl_alone_then_act",
            _PM,
            _URG,
            rf"(?:{alone})[^.!?\n]{{0,45}}?(?:,\s*|\s+(?:und|et|y|e)\s+|\s+)(?:{after})"
            rf"|{before}\s+(?:{alone})",
            inherent=True,
            lang=lang,
            gate=_ALONE_GATE[lang],
        ),
        rule(
            f"{lang}_pl_dated_then_alone",
            _PM,
            _URG,
            _dated_then_alone(lang),
            inherent=True,
            lang=lang,
            gate=_ALONE_GATE[lang],
        ),
        rule(
            f"{lang}_pl_means_ready",
            _GM,
            _URG,
            _READY[lang],
            inherent=True,
            lang=lang,
            gate=_READY_GATE[lang],
        ),
        rule(
            f"{lang}_pl_sat_at_edge",
            _PM,
            _URG,
            _EDGE[lang] + _NOT_LEISURE,
            inherent=True,
            lang=lang,
            gate=_EDGE_GATE[lang],
        ),
        rule(
            f"{lang}_pl_height_looked_up",
            _GM,
            _URG,
            _HEIGHT_LOOKED[lang],
            inherent=True,
            lang=lang,
            gate=_HEIGHT_GATE[lang],
        ),
        rule(
            f"{lang}_pl_hoping_not_to_wake",
            _PM,
            _URG,
            _HOPING_NOT_TO_WAKE[lang],
            inherent=True,
            lang=lang,
            gate=_HOPING_GATE[lang],
        ),
        rule(
            f"{lang}_pl_jump_from_chosen",
            _PM,
            _URG,
            _JUMP_FROM[lang],
            inherent=True,
            lang=lang,
            gate=_JUMP_GATE[lang],
        ),
    )


_GERMAN_PILLS: tuple[Rule, ...] = (
    rule(
        "de_pl_pills_at_once",
        _PM,
        _URG,
        # "ich werde alle Tabletten auf einmal schlucken", "die ganze Packung einwerfen" (not
        # "alle Tabletten nehmen, die der Arzt verschrieben hat")
        rf"\b(?:alle\s+(?:meine\s+)?{MEDS['de']}|die\s+ganze\s+(?:packung|schachtel|dose|flasche)"
        r"|sie\s+alle)\s+(?:auf\s+einmal|zusammen|gleichzeitig|auf\s+einen\s+schlag)\s+(?:zu\s+)?"
        r"(?:schlucken|nehmen|einwerfen|einnehmen)\b"
        rf"|\bauf\s+einmal\s+alle\s+{MEDS['de']}\s+(?:zu\s+)?(?:schlucken|nehmen|einwerfen)\b"
        r"|\bdie\s+ganze\s+(?:packung|schachtel)\s+(?:zu\s+)?(?:schlucken|einwerfen)\b",
        inherent=True,
        lang="de",
        gate=r"einmal|zusammen|gleichzeitig|schlag|ganze",
    ),
    rule(
        "de_pl_pills_kept_not_taken",
        _GM,
        _URG,
        # "ich hebe meine Tabletten seit Wochen auf, statt sie zu nehmen"
        rf"\b{MEDS['de']}\b[^.!?\n]{{0,80}}?\b(?:statt|anstatt)\s+sie\s+(?:zu\s+nehmen|einzunehmen"
        r"|zu\s+schlucken)\b",
        inherent=True,
        lang="de",
        gate=r"statt",
    ),
)

# Pills kept instead of taken, in the other four languages as in German: "les cachets, je les
# garde au lieu de les prendre", "las guardo en vez de tomarlas", "guardo-os em vez de os tomar",
# "le tengo invece di prenderle"; or no longer taken and gathered ("tenho deixado de tomar os
# remédios e juntado tudo")
_INSTEAD_OF_TAKING = {
    "fr": r"\bau\s+lieu\s+de\s+les\s+(?:prendre|avaler)\b",
    "es": r"\ben\s+(?:vez|lugar)\s+de\s+(?:tomarlas|tomarlos|tragarlas|tragarlos)\b",
    "pt": r"\bem\s+vez\s+de\s+(?:os|as)\s+(?:tomar|engolir)\b"
    r"|\bem\s+vez\s+de\s+(?:toma|engoli)-(?:los|las)\b",
    "it": r"\binvece\s+di\s+(?:prenderle|prenderli|inghiottirle|inghiottirli)\b",
}
_STOPPED_AND_GATHERED = {
    "fr": r"\b(?:arrete|cesse)\s+de\s+prendre\s+(?:mes|les)\s+{meds}\s+(?:et|pour)\s+"
    r"(?:je\s+les\s+)?"
    r"(?:cache|accumule|mets\s+de\s+cote)\w*\b",
    "es": r"\b(?:deje|dejado)\s+de\s+tomar\s+(?:mis|las|los)\s+{meds}\s+(?:y|para)\s+"
    r"(?:las\s+|los\s+)?"
    r"(?:escond|junt|acumul)\w*\b",
    "pt": r"\b(?:deixei|deixado|parei|parado)\s+de\s+tomar\s+"
    r"(?:os\s+|as\s+|meus\s+|minhas\s+)?{meds}"
    r"\s+e\s+(?:tenho\s+)?(?:junt|escond|acumul)\w*\b",
    "it": r"\b(?:smesso|smetto)\s+di\s+prendere\s+(?:le|i|mie|miei)\s+{meds}\s+e\s+(?:le\s+|li\s+)?"
    r"(?:nascond|mett\w*\s+da\s+parte|accumul)\w*\b",
}
_KEPT_NOT_TAKEN = tuple(
    rule(
        f"{lang}_pl_pills_kept_not_taken",
        _GM,
        _URG,
        rf"\b{MEDS[lang]}\b[^.!?\n]{{0,80}}?(?:{_INSTEAD_OF_TAKING[lang]})"
        + "|"
        + _STOPPED_AND_GATHERED[lang].replace("{meds}", MEDS[lang]),
        inherent=True,
        lang=lang,
        gate=r"lieu|vez|lugar|invece|arrete|cesse|deje|dejado|deixei|deixado|parei|parado|smesso"
        r"|smetto",
    )
    for lang in ("fr", "es", "pt", "it")
)

RULES: tuple[Rule, ...] = (
    tuple(r for lang in _LANGS for r in _families(lang)) + _GERMAN_PILLS + _KEPT_NOT_TAKEN
)
