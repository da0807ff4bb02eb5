"""Frames around a warning-sign phrase that make an ordinary journal line of it.

Why a module of its own: ``everyday`` weighs the *sentence* a phrase sits in; the frames here
often reach across a sentence end ("I'll jump out of the window if they book one more meeting.
We're on the ground floor."), so they read the whole (folded) entry around the match. Each frame
is general, shared across the six languages, and names what makes the line ordinary:

* **a joke's consequence**: a jump from a window with a ground floor said next to it;
* **a named annoyance**: the phrase threatened over a machine, a meeting, a song or the keys,
  or over a passing trifle (a queue, a traffic jam, a team losing), in a condition, a "one more
  …", an "again", a "when" or an "I could …";
* **"the printer, I mean"**: the writer says at once what "end it" was about;
* **a thing as the subject**: the plants "committing suicide", the hair that "gave up on life";
* **a form answered "no"**: the question about self-harm or being a burden, ticked or said no;
* **a story's character**: in a novel, a film or a series, the character writes the farewell
  letter;
* **a working life ended**: goodbyes said at a retirement or a leaving do, the clock given;
* **a stated purpose for rope or charcoal**: to tie down bales, to cover the firewood, for the
  boat or the cookout;
* **"it's not that …"**: the wish set up only to be put aside ("non è che voglio morire, sono
  solo stanca", "no be say I wan kill myself");
* **a complaint with its object named**: "can't take any more of this heat", "no aguanto más
  esta semana", "at the end of my rope with this printer";
* **said as a joke**, **someone else's case** ("that was my patient, not me"), **a subject
  studied** ("revised for the exam: passive and active suicidal thoughts"), **a clean streak**
  ("no self-harm for four years").

The frames that read how the words are framed ("it's not that", a complaint's object, a joke,
someone else's case, a subject studied, a streak) live in ``everyday_asides``; a lie-in, an
alarm or a day others chose in ``everyday_set_times``; the stated purpose of rope or charcoal
in ``everyday_purposes``. ``clears`` here asks each in turn.

An everyday frame clears a phrase only when nothing else in the entry counts (``detector``
re-admits it otherwise), so a warning sign said beside the joke still makes the card appear.
Each frame also has its own limits: a ground floor said with "not", "I mean my life", a form
"answered no" and then called a lie, a character's act that the writer says she did too.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety import (
    everyday,
    everyday_asides,
    everyday_days,
    everyday_moves,
    everyday_purposes,
    everyday_set_times,
    means_purposes,
    romance_particles,
)
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.everyday_spans import (
    EXPLICIT,
    FIGURE,
    sentence_end,
    sentence_start,
)
from neuroleaf_desktop.domain.safety.rules import FLAGS
from neuroleaf_desktop.domain.safety.rules_core_signs import AWAY_FOR_WORK_OR_A_STAY, AWAY_ON_A_TRIP

# Said in earnest, whatever frame is around it: "I mean it", "for months", "seriously".
IN_EARNEST = re.compile(
    r"\b(?:i\s+mean\s+it|i\s+meant\s+it|for\s+real|seriously|not\s+(?:even\s+)?(?:joking|kidding)"
    r"|for\s+(?:weeks|months|years)|every\s+(?:single\s+)?(?:day|night)|en\s+serio|de\s+verdad"
    r"|serieusement|pour\s+de\s+vrai|a\s+serio|de\s+verdade|sul\s+serio|davvero|im\s+ernst"
    r"|ernsthaft|wirklich|desde\s+hace\s+meses|ha\s+meses|depuis\s+des\s+mois|da\s+mesi"
    r"|seit\s+monaten"
    # the wish as all the writer's mind holds: "all I can think is I want to be dead"
    r"|all\s+i\s+can\s+think\s+(?:about|of|is)|no\s+pienso\s+en\s+otra\s+cosa"
    r"|je\s+ne\s+pense\s+qu'\s*a\s+(?:ca|cela)|non\s+penso\s+ad\s+altro|so\s+penso\s+nisso"
    r"|ich\s+denk\w*\s+an\s+nichts\s+anderes)\b",
    FLAGS,
)

# --- a joke's consequence: a jump from the window on the ground floor -----------------------
_WINDOW_JUMP = re.compile(
    r"\b(?:window|fenetre|ventana|janela|finestra|fenster|balcon\w*|balcao|varanda|jump\w*"
    r"|saut\w*|tir[oa]r?(?:me)?|jog[oa]r?(?:-me)?|butt[oa]r?(?:mi)?|spring\w*|sprung|jett?\w*"
    r"|throw\w*|lanz\w*|atir\w*)\b",
    FLAGS,
)
_GROUND_FLOOR = re.compile(
    r"\b(?:ground[\s-]*floor|bungalow|rez[\s-]*de[\s-]*chaussee|plain[\s-]*pied|planta\s+baja"
    r"|(?:en|un|el)\s+bajo|terreo|res[\s-]*do[\s-]*chao|piano\s+terra|pian\s*terreno"
    r"|pianoterra|erdgeschoss|parterre|hochparterre|souterrain)\b",
    FLAGS,
)
# "we're not on the ground floor", "no vivo en un bajo": the joke's safety net is denied.
_NOT_BEFORE = re.compile(
    r"\b(?:not|no|nicht|kein\w*|pas|ne|non|nao|nem|ni|never|nunca|jamais|mai)\b[^.!?\n]{0,25}$",
    FLAGS,
)

# --- a named everyday annoyance ------------------------------------------------------------
_ANNOYANCE = re.compile(
    r"\b(?:printer|computer|laptop|pc|wi-?fi|wlan|internet|router|software|app|update|excel"
    r"|spreadsheet|meetings?|zoom|teams|songs?|playlist|ringtone|keys|tax\s+return|paperwork"
    # the power gone out: "se faltar luz de novo", "if the power cuts out again", "si se va la luz"
    r"|power\s+cuts?|blackouts?|falt(?:ar|a|ou)\s+(?:a\s+)?luz|apag(?:ao|on)|se\s+va\s+la\s+luz"
    r"|stromausfall|coupures?\s+de\s+courant|manca\s+la\s+luce|salta\s+la\s+luce"
    # a spreadsheet in every language: "esa hoja de cálculo", "quella tabella", "die Tabelle"
    r"|hojas?\s+de\s+calculo|planilhas?|folhas?\s+de\s+calculo|(?:foglio|fogli)\s+(?:di\s+calcolo|excel)"
    r"|tabell(?:a|e|en)\w*"
    # music played at a do: "if the DJ plays that one at one more hen do"
    r"|dj|karaoke|jukebox|(?:hen|stag)\s+(?:do|party|night)s?"
    r"|imprimante|ordi\w*|logiciel|reunions?|chansons?|cles|tableur"
    r"|impresora|ordenador|computador\w*|compu|reunion(?:es)?|cancion\w*|llaves"
    r"|impressora|reuni(?:ao|oes)|music\w*|chaves"
    r"|stampante|riunion[ei]|canzon[ei]|chiavi"
    r"|drucker|rechner|besprechung\w*|lied|schlu(?:e)?ssel\w*|steuererkla(?:e)?rung"
    # songs bawled by others: "wenn im Bus noch einmal einer Schlager grölt"
    r"|schlager\w*|gro(?:e)?l(?:t|en|te|ende?)?)\b"
    # one more voice note or email sent (not one listened to again: that may be grief)
    r"|\b(?:sends?|sent|mandar?|manda|envia|schickt|envoie|invia)\s+(?:\w+\s+){0,3}?(?:audios?"
    r"|voice\s+(?:notes?|messages?)|sprachnachricht\w*|vocal\w*|notas?\s+de\s+voz|e-?mails?)\b"
    r"|\b(?:sprachnachricht\w*|e-?mails?)\s+(?:\w+\s+){0,2}?schick\w*",
    FLAGS,
)
_LOSES = (
    r"(?:verliert|verlieren|loses|lose|perd|perdent|pierde|pierden|pierda|perde|perdem|perder"
    r"|perca|perdono)"
)
_AGAIN = (
    r"(?:heute|morgen|wieder|schon\s+wieder|nochmal|noch\s+(?:ein)?mal|today|tonight|again|ever"
    r"|encore|ancora|otra\s+vez|outra\s+vez|de\s+nuevo|di\s+nuovo|de\s+novo)"
)
# Once more, strictly (not "today"): the trifle has happened before.
_ONCE_AGAIN = (
    r"(?:wieder|schon\s+wieder|nochmal|noch\s+(?:ein)?mal|again|one\s+more\s+time|once\s+more"
    r"|encore|otra\s+vez|vuelve\s+a|de\s+nuevo|ancora|di\s+nuovo|de\s+novo|outra\s+vez"
    r"|volta\s+a)"
)
# Not a club: a pronoun, an article, a relative, a possessive (those are read above).
_NO_CLUB = (
    r"(?:i|we|you|he|she|they|it|ich|wir|du|er|sie|es|ihr\w*|man|je|tu|il|elle|on|nous|vous|ils"
    r"|elles|yo|el|ella|nosotros|ellos|ellas|eu|ele|ela|nos|eles|elas|io|lui|lei|noi|loro|voi"
    r"|se|me|te|lo|la|le|the|die|der|das|o|a|my|mein\w*|mi|meu|minha|mio|mia|mon|ma|mes|his"
    r"|her|their|sein\w*|mum|mom|mam|dad|mama|papa|mutter|vater|mae|pai|madre|padre|maman"
    r"|mamma|babbo|wife|husband|boyfriend|girlfriend|partner|frau|mann|freund\w*|someone"
    r"|anyone|jemand)"
)
# A passing trifle that is nobody's crisis: a queue that does not move, a traffic jam, a team
# that loses again ("wenn die Eintracht wieder verliert"); said with a condition, an "again" or
# a "when", the phrase over it is an exaggeration. A trifle the writer causes or suffers in
# person ("if I lose my job") is no trifle and is not named here.
_TRIFLE = re.compile(
    r"\b(?:queues?|traffic(?:\s+jam)?|tailbacks?|warteschlange|schlange|stau|file\s+d'?\s*attente"
    r"|bouchons?|embouteillages?|colas?|filas?|trafico|transito|engarrafamento|coda|traffico"
    r"|ingorgo)\b"
    # the bus, the train or the tram that is late or cancelled once more ("wenn die Schwebebahn
    # noch einmal ausfällt", "if the 8:15 is cancelled again", "si el metro vuelve a fallar")
    rf"|\b(?:bus|buses|train|trains|tube|tram|metro|subway|\w*bahn|zug|zuge|tren|autobus"
    r"|comboio|onibus|treno|rer|ferry|flight|flug|vuelo|voo|volo)\b[^.!?\n]{0,30}"
    rf"\b{_ONCE_AGAIN}\b[^.!?\n]{{0,20}}\b(?:late|cancell?ed|delayed|breaks?\s+down"
    r"|aus(?:fa(?:e)?llt|gefallen)|verspa(?:e)?t\w*|retard\w*|supprime|annule|falla|fallar"
    r"|retras\w*|atras\w*|cancelad\w*|ritardo|soppress\w*|cancellat\w*)"
    r"|(?:\b(?:die|der|the|le|la|el|o|a|il|lo|my|our|unser\w*|mon|notre|mi|meu|nosso|mio"
    rf"|nostr\w*)\s+|\bl'\s*)(?:[\w-]+\s+){{0,3}}?{_LOSES}\b"
    # a club named bare, as fans name it ("wenn Hansa wieder verliert", "if Arsenal lose
    # again"): a name that is no person the writer knows, then the match or the threat
    rf"|\b(?:if|when|wenn|falls|si|se|cuando|quando|quand)\s+(?!{_NO_CLUB}\b)[a-z][\w-]*"
    rf"(?:\s+(?!{_NO_CLUB}\b)[a-z][\w-]*){{0,3}}?\s+(?:{_AGAIN}\s+)?{_LOSES}\b"
    rf"(?=\s*(?:[,;.!?]|$)|\s+(?:{_AGAIN}|on\s+\w+|am\s+\w+|gegen|against|to|vs|contro|contra"
    r"|contre|the\s+(?:derby|final|match|game|cup)|das\s+(?:derby|spiel|finale)|(?:le|el|o|il)"
    r"\s+(?:derby|derbi|jogo|match|classico|clasico)|dann|then|i|i'?ll|i'?m|ich|je|me|mi|eu|yo)\b)",
    FLAGS,
)
_ONCE_MORE = re.compile(
    # (the Romance "si" / "se" of condition and "que" of comparison are read per language
    # by ``romance_particles``)
    r"\b(?:if|when|wenn|falls|again|one\s+more|another|encore|otra|otro|de\s+nuevo"
    r"|outra|outro|mais\s+uma?|de\s+novo|ancora|di\s+nuovo|un'?\s*altr[oa]|(?:noch|schon)\s+"
    r"(?:ein(?:e|en|er)?\s+|mal\s+)?(?:wieder|mal|einmal)?|wieder"
    # the "could" of exasperation: "I could kill myself", "ich könnt mich …", "je pourrais"
    r"|i\s+could(?:\s+just)?|ich\s+ko(?:e)?nnte?|je\s+pourrais|podria|poderia|potrei"
    # … or set against the trifle: "sounds relaxing compared to this tax return"
    r"|compared\s+(?:to|with)|than|als|plutot\s+que|piuttosto\s+che)\b",
    FLAGS,
)
# "… if I hear that song again": the trifle is what is heard, in six languages ("como vuelva a
# oír la gaita", "se ouvir isso de novo", "si j'entends encore", "wenn ich das noch mal höre").
_HEARD_AGAIN = re.compile(
    r"\b(?:if|when)\s+i\s+(?:have\s+to\s+)?(?:hear|listen\s+to)\b[^.!?\n]{0,40}"
    r"\b(?:again|one\s+more\s+time)\b|\b(?:si|como|se)\s+(?:(?:yo|eu|io)\s+)?"
    r"(?:vuelv[oa]|volt(?:o|ar)|torno)\s+a\s+(?:oir|escuchar|ouvir|escutar|sentire)\b"
    r"|\b(?:si|como|se|si\s+j')\s*(?:(?:yo|eu|io)\s+)?(?:oigo|oiga|escucho|escuche|ouvir|ouco"
    r"|escutar|sento|risento|entends|reentends)\b[^.!?\n]{0,40}\b(?:otra\s+vez|de\s+nuevo"
    r"|de\s+novo|outra\s+vez|ancora|di\s+nuovo|encore|de\s+nouveau)\b|\bwenn\s+ich\b[^.!?\n]"
    r"{0,40}\b(?:noch\s+(?:ein)?mal|nochmal|wieder)\b[^.!?\n]{0,30}\bh(?:o|oe)r(?:e|en)\b",
    FLAGS,
)

# --- "… the printer, I mean": the object named right after ---------------------------------
# What is no object: the writer's life or self, everything, and a time ("this time I mean it"
# says the phrase is meant, once more); nor an adverb of earnest ("I mean that sincerely").
_NOT_AN_OBJECT = (
    r"(?!(?:life|self|everything|all|time|times|once|moment|day|night|week|year)\b|\w+ly\b)"
)
_MEANT_OBJECT = re.compile(
    rf"^[^\n]{{0,30}}?(?:\b(?:the|this|that|my)\s+{_NOT_AN_OBJECT}[a-z]\w+"
    r"(?:\s+\w+)?\s*,?\s+i\s+mean\b(?!\s+it\b)|\bi\s+mean(?:t)?\s*,?\s+(?:the|this|that|my)\s+"
    rf"{_NOT_AN_OBJECT}[a-z]\w+"
    r"|\b(?:je\s+veux\s+dire|quiero\s+decir|quero\s+dizer|intendo|ich\s+meine)\s+"
    r"(?:le|la|l'|el|o|a|il|lo|den|die|das)\s*(?!vie\b|vida\b|vita\b|leben\b)[a-z]\w+)",
    FLAGS,
)

# --- a thing as the subject ------------------------------------------------------------------
_THING_SUBJECT = re.compile(
    r"\b(?P<thing>plants?|flowers|seedlings|succulents?|cactus|basil|tomato(?:es)?|herbs|orchids?"
    r"|hair|phone|laptop|battery|car|printer|computer|fridge|boiler|router|sourdough(?:\s+starter)?"
    r"|starter|brain\s+cells|houseplants?|pflanzen|blumen|haare|handy|akku|plantes|fleurs"
    r"|cheveux|portable|batterie|plantas|flores|pelo|movil|bateria|cabelo|celular|piante|fiori"
    r"|capelli|telefonino|batteria)\s+(?:(?:all|really|just|literally|slowly|tous|todas?|tutt[ei]|alle)\s+)?"
    # … as the subject of the verb right after it: "my plants are …", "mis plantas se …"
    r"(?:is|are|was|were|has|have|had|keeps?|kept|seems?|se|si|sich|ist|sind|hat|haben|est|sont"
    r"|a|ont|esta|estan|estao|e|sono|ha|hanno|tem|teem)\s+(?:\w+\s+){0,2}$",
    FLAGS,
)
# A thing told to go and jump: "this week can go jump off a cliff" (not "I can go …").
_TOLD_TO_GO = re.compile(
    r"\b(?!i\b|we\b)[a-z]\w*\s+(?:can|could|should|may|might)\s+(?:just\s+)?go\s+(?:and\s+)?$",
    FLAGS,
)
_SELF_WORD = re.compile(
    r"\b(?:i|me|my|i'm|im|i've|ich|mich|mir|je|j'|moi|yo|eu|io)\b",
    FLAGS,
)

# --- a form or a question answered "no" ------------------------------------------------------
_ASKED = re.compile(
    r"\b(?:questions?|asked|asks|ask|form|worksheet|questionnaire|survey|screening|checklist"
    r"|phq\S*|fragen?|gefragt|fragebogen|formulaire|demande|pose|preguntas?|pregunto"
    r"|cuestionario|formulario|perguntas?|perguntou|quis\s+saber|questionario|domand[ae]"
    r"|chiesto|modulo)\b"
    # a clinician's routine check: "did the usual check", "the nurse's safety check-in"
    r"|\b(?:usual|routine|safety|risk|mood|wellbeing|weekly|monthly)\s+check(?:-?\s*ins?|s)?\b"
    r"|\bcheck-?\s*ins?\b"
    # "wanted to know whether": "wollte die Ärztin wissen, ob", "quiso saber si", "voleva sapere"
    r"|\bwollte\s+(?:\w+\s+){0,3}?wissen\b|\bwissen\s+wollte\b|\b(?:quiso|queria)\s+saber\b"
    r"|\bvoulait\s+savoir\b|\bvoleva\s+sapere\b",
    FLAGS,
)
_ANSWER_NO = re.compile(
    r"(?<!n't\s)(?<!not\s)(?<!nicht\s)\b(?:answer(?:ed)?|said|say|ticked|tick|circled|put"
    r"|wrote|replied|reply|repond\w*|respond\w*|respondi\w*|antwort\w*|sagen|gesagt|risposto"
    r"|rispondere|dissi|dije|decir|disse|dizer|dire|dit|conteste|contesto|falei|falou)\b"
    r"(?:\s+\w+){0,2}?\s*[:,]?\s*"
    r"(?:que\s+|di\s+|dass\s+)?(?:no|nao|non|nein)\b(?!\s+(?:one|idea|matter|wait)\b)"
    # the "no" before the verb: "nein sagen", "ho detto di no" is above
    r"|\b(?:nein|no|non|nao)\s+(?:sagen|gesagt|antworten|geantwortet|ankreuzen|angekreuzt)\b"
    # the answer "no" said with one verb: "hab verneint", "ich verneinte"
    r"|\bvernein(?:t|te|e)\b"
    # a form's box for "never" or "none": "the question about self-harm I ticked never"
    r"|\b(?:ticked|tick|circled|marked|chose|picked|put)\s+(?:the\s+)?(?:box\s+(?:for\s+)?)?"
    r"[\"']?(?:never|none|not\s+at\s+all|zero)\b"
    r"|\b(?:none\s+of\s+(?:that|it|them)|rien\s+de\s+(?:tout\s+)?(?:ca|cela)|nada\s+de\s+eso"
    r"|nada\s+disso|niente\s+di\s+(?:tutto\s+)?(?:questo|cio)|nichts\s+davon|gar\s+keine?"
    r"|not\s+at\s+all|pas\s+du\s+tout|para\s+nada|de\s+jeito\s+nenhum|per\s+niente"
    r"|u(?:e)?berhaupt\s+nicht)\b",
    FLAGS,
)
# "… and said no, but I lied": the denial taken back.
_TAKEN_BACK = re.compile(
    # "could answer no without lying", "dire non sans mentir": the answer kept, not taken back
    r"(?<!without\s)(?<!sans\s)(?<!sin\s)(?<!sem\s)(?<!senza\s)(?<!ohne\s)(?<!ohne\szu\s)"
    r"\b(?:lie|lied|lying|a\s+lie|wasn'?t\s+true|not\s+true|menti\w*|gelogen|luge|mentira"
    r"|menzogna|bugia|ho\s+mentito|menteur|mensonge)\b",
    FLAGS,
)

# --- a story's character ---------------------------------------------------------------------
_FICTION = re.compile(
    r"\b(?:novel|book|film|movie|series|show|episode|chapter|story|play|audiobook|roman|krimi"
    r"|buch|serie|folge|kapitel|geschichte|novela|pelicula|peli|libro|capitulo|cuento|polar"
    r"|livre|episode|chapitre|histoire|romance|filme|livro|episodio|conto|romanzo|giallo"
    r"|capitolo|racconto|fumetto|manga|comic)\b",
    FLAGS,
)
_CHARACTER = re.compile(
    r"\b(?:protagonist\w*|(?:main\s+)?character|hero|heroine|villain|murderer|killer|detective"
    r"|narrator|hauptfigur|figur|heldin|held|ta(?:e)?ter\w*|mo(?:e)?rder\w*|erza(?:e)?hler\w*"
    r"|kommissar\w*|personaje|heroe|heroina|asesin[oa]|villano|narrador\w*|heros|personnage"
    r"|assassin\w*|meurtrier\w*|tueur|narrat\w*|personagem|heroi|criminos[oa]|vilao|personaggio"
    r"|eroe|eroina|colpevole)\b",
    FLAGS,
)
# The writer as the story's reader or watcher, in a clause on the story itself: "the novel I'm
# reading", "dem Buch, das ich gerade lese", "le roman que je lis", "il libro che sto leggendo".
_READER = re.compile(
    r"\b(?:novel|book|film|movie|series|show|story|play|audiobook|roman|buch|serie|geschichte"
    r"|novela|pelicula|libro|livre|histoire|filme|livro|romanzo|manga|comic)\s*,?\s*"
    r"(?:(?:that|which|das|den|die|que|qu'|che)\s*)?(?:i'?m|i\s+am|i'?ve|i|we'?re|we|ich|wir|je"
    r"|j'|on|yo|eu|io)\s+(?:\w+\s+){0,2}?(?:read\w*|watch\w*|listen\w*|finish\w*|start\w*"
    r"|les\w*|lies\w*|gelesen|schau\w*|seh\w*|lis|lisais|lu|regard\w*|ecoute\w*|le[oi]\w*"
    r"|leyendo|veo|viendo|vendo|vejo|lendo|ouvindo|legg\w*|guard\w*|ascolt\w*)\b",
    FLAGS,
)
_FICTION_SELF = re.compile(
    r"\b(?:i|me|my|mine|ich|mich|mir|mein\w*|je|j'|moi|mes|yo|mis|eu|meu|minha|io|mio|mia"
    r"|miei|mie)\b",
    FLAGS,
)

# --- an everyday nuisance as what cannot be stood (English) ----------------------------------
# "I can't stand it anymore, the neighbour's dog barks all night", "the builders start drilling
# at 7 and I can't take it anymore", "can't do this anymore, my commute is two hours": the thing
# not borne is a noise, the neighbours, a commute or a task at work, named in the clause right
# before or after the phrase. Not people who hurt the writer (a partner, a boss), not a baby.
_NUISANCE = re.compile(
    r"\b(?:noise|noisy|racket|din|bark\w*|(?:the|a|their|his|her)\s+dogs?|dogs?\s+(?:next\s+door"
    r"|upstairs|downstairs)|neighbou?rs?(?:'s?)?|next\s+door|upstairs|downstairs|builders?|drill\w*"
    r"|hammering|building\s+work|roadworks|construction|commut\w*|traffic|snor\w*|leaf\s+blowers?"
    r"|car\s+alarms?|sirens?|printer|spreadsheets?|timesheets?|inbox|emails?|paperwork|marking"
    r"|admin|rota|tax\s+return|reports?"
    # … or a quarrel at home: "I want it all to stop for good: the arguing, the slammed doors"
    r"|arguing|arguments?|bickering|quarrel\w*|rows|shouting|yelling|slamm\w*)\b",
    FLAGS,
)
# What turns the same words back into pain: the writer's self, life or feelings named.
_SELF_PAIN = re.compile(
    r"\b(?:life|living|alive|myself|my\s+(?:head|mind|thoughts)|feel\w*|felt|pain|hurt\w*"
    r"|empty|numb|lonely|alone|die|dead|death|gone|end|ending|disappear\w*|nobody|no\s*one"
    r"|everything|anything|worthless|useless|hopeless|exhausted\s+of|tired\s+of\s+(?:it\s+all|everything)"
    r"|voices)\b",
    FLAGS,
)
# … said of what cannot be borne ("can't stand it", "can't take this"), not "I feel trapped"
_NOT_BORNE = re.compile(
    r"\bcan(?:'?t|not|\s+not|\s+no\s+longer)\s+(?:take|stand|bear|handle|cope|deal|do"
    r"|live\s+with)\b"
    # "the drilling next door, I want it all to stop": the racket, not the writer's life
    r"|\bwant\s+(?:it(?:\s+all)?|this|all\s+(?:of\s+)?this)\s+to\s+stop\b",
    FLAGS,
)
# The same words read as pain past bearing or as a wish for it all to end: either way, a racket
# named beside them is what is meant.
_BORNE_CATEGORIES = frozenset({Category.TRAPPED_PAIN, Category.DEATH_WISH})
_NEAR_CLAUSE = re.compile(r"[,;:\u2014\u2013-]|\b(?:and|so|because|cause|cos|with|since)\b", FLAGS)

# --- a bottomless pit for money or food --------------------------------------------------------
# "the renovation is a bottomless pit for our savings", "mio figlio è un pozzo senza fondo, si è
# mangiato tutta la pasta": a cost or an appetite, not the writer sinking.
_PIT = re.compile(
    r"\b(?:bottomless\s+(?:pit|hole)|(?:pozzo|buco)\s+senza\s+fondo|(?:pozo|agujero|barril)\s+sin"
    r"\s+fondo|(?:poco|buraco|saco)\s+sem\s+fundo|(?:trou|puits|gouffre|tonneau)\s+sans\s+fond"
    r"|fass\s+ohne\s+boden)\b",
    FLAGS,
)
_SWALLOWED = re.compile(
    r"\b(?:money|savings|budget|cash|bills?|costs?|renovation|repairs?|spend\w*|eat\w*|ate"
    r"|food|fridge|snacks?|appetite|hungry|stomach|soldi|risparmi|spes[ae]|conto|ristruttura\w*"
    r"|lavori|mangia\w*|cibo|frigo|fame|appetito|stomaco|dinero|ahorros|gastos?|presupuesto"
    r"|reforma|obra|come\w*|comida|nevera|hambre|apetito|estomago|dinheiro|poupancas|orcamento"
    r"|geladeira|frigorifico|fome|apetite|argent|economies|depenses|travaux|mange\w*|nourriture"
    r"|faim|appetit|estomac|geld|ersparnisse|kosten|renovierung|isst|essen|hunger|magen)\b",
    FLAGS,
)
_PIT_PAIN = re.compile(
    r"\b(?:pain|hurt\w*|sad\w*|feel\w*|felt|life|empt\w*|dolore|tristezza|sento|vita|vuoto"
    r"|dolor|tristeza|siento|vida|vacio|dor|sinto|vazio|douleur|tristesse|sens|vie|vide|schmerz"
    r"|traurig\w*|fu(?:e)?hle|leben|leer\w*)\b",
    FLAGS,
)

# --- an absence explained before it is named (English) -----------------------------------------
# "Off on a trip to Peru next week, so I left my plants with Jo, I won't be around to water them":
# the rules read a trip, work or a stay named after "won't be around to"; one named earlier in the
# sentence explains the absence just the same.
_NOT_AROUND_TO = re.compile(r"\b(?:won'?t|will\s+not)\s+be\s+(?:around|here)\s+to\b", FLAGS)
_AWAY_NAMED = re.compile(rf"\b(?:{AWAY_ON_A_TRIP}|{AWAY_FOR_WORK_OR_A_STAY})\b", FLAGS)
# … but not an absence said to be final: "won't be around to walk him anymore"
_FOR_GOOD = re.compile(r"^[^.!?\n]{0,40}?\b(?:any\s*more|again|for\s+good|ever)\b", FLAGS)

# --- a passing burden at work or school (English) --------------------------------------------
# "I'm a burden to the team today because my ankle is bad", "a burden on my colleagues this week
# with the flu": the ones burdened are a team or a class, and the reason is a passing injury or
# illness. A burden to everyone, to the family, or for what the writer is, stays a sign.
_TO_A_TEAM = re.compile(
    r"^\s*(?:to|on|for)\s+(?:the|my|our)\s+(?:whole\s+)?(?:team|squad|crew|class|classmates"
    r"|colleagues|co-?workers|workmates|department|office|shift|group|lab|project|band)\b",
    FLAGS,
)
_PASSING_ILLNESS = re.compile(
    r"\b(?:ankle|knee|wrist|back|leg|arm|foot|shoulder|hip|neck|hand|finger|toe|sprain\w*"
    r"|broken|fractur\w*|cast|crutches|sling|stitches|injur\w*|flu|cold|cough|covid|fever"
    r"|migraine|tonsillitis|infection|bug|virus|sick(?!\s+of)|ill(?!-)|surgery|operation|concussion)\b",
    FLAGS,
)
# … unless the sentence says more than the day: "always", "for good", what the writer is
_MORE_THAN_A_DAY = re.compile(
    r"\b(?:always|forever|for\s+good|everyone|everybody|family|life|without\s+me|useless"
    r"|worthless|pathetic|hopeless|waste\s+of\s+space|never)\b",
    FLAGS,
)

_SOMEONE_WROTE = re.compile(
    r"^\s*(?:a|an|the|one\s+of|un|una|uno|um|uma|une|ein|eine|el|la|le|il|o|l'|der|die|das"
    r"|his|her|their)\s+(?:\w+\s+){1,3}?(?:wrote|writes|has\s+written|escribio|escribe|escreveu"
    r"|escreve|a\s+ecrit|ecrit|ha\s+scritto|scrive|schrieb|schreibt|hat)\s+(?:\w+\s+){0,2}$",
    FLAGS,
)


# --- a goodbye at the end of a working life: a retirement, a leaving do, the gift for it ------
_LEAVING_WORK = re.compile(
    r"\b(?:retir\w*|leaving\s+do|send-?off|last\s+(?:day|shift)\s+at|gave\s+me\s+(?:a|an)\s+"
    r"(?:\w+\s+)?(?:clock|watch|card|cake|hamper|plaque|pen)|ruhestand|rente|abschiedsfeier"
    r"|retraite|pot\s+de\s+depart|jubila\w*|aposenta\w*|pensionament\w*|in\s+pensione)\b",
    FLAGS,
)

# The writer reading letters someone else wrote ("je lirai les lettres de mes enfants pour
# après", "I'll read Gran's letters after"): the words are theirs to the writer, no farewell
_READS_THEIR_LETTERS = re.compile(
    r"\b(?:je\s+(?:re)?(?:lirai|lis)|i'?ll\s+(?:re-?)?read|i\s+(?:re-?)?read|(?:voy\s+a\s+)?leer[ea]?"
    r"|vou\s+ler|lerei|leggero|leggo|ich\s+(?:werde\s+)?(?:\w+\s+)?lese\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:lettres?|letters?|cartas?|lettere|briefe?)\s+(?:de|des|d'|from|of|di|dei|delle|von|do|da"
    r"|dos|das|del|de\s+l[ao]s)\b",
    FLAGS,
)


def clears(
    category: Category, phrase: str, text: str, start: int, end: int, lang: str = ""
) -> bool:
    """Does a frame around ``text[start:end]`` (the folded entry) make the phrase ordinary?

    ``lang`` is the language of the rule that read the phrase ("" when unknown): it says which
    of "si" and "se" is a condition there.
    """
    s_start = sentence_start(text, start)
    s_end = sentence_end(text, end)
    sentence = text[s_start:s_end]
    # a means whose own purpose clause names the end: no everyday purpose beside it clears it
    if category is Category.GETTING_MEANS and means_purposes.names_an_end(sentence):
        return False
    if everyday.occasion_clears(category, text, start, end):
        return True
    near = text[max(0, s_start - 160) : min(len(text), s_end + 160)]
    # (a nuisance "every night" or "for months" is still a nuisance: read before the earnest)
    if (
        _nuisance_borne(category, phrase, text, start, end)
        or _pit_of_costs(category, phrase, text, start, end)
        or _passing_burden(category, text, start, end)
        or _absence_explained(category, phrase, text, start, end)
        or everyday_moves.moved_away(category, phrase, text, start, end)
        or everyday_set_times.lie_in(category, phrase, text, end)
        or everyday_set_times.others_chose(category, phrase, text, start)
    ):
        return True
    if IN_EARNEST.search(sentence):
        return False
    if everyday_days.clears(category, phrase, text[s_start:start], sentence):
        return True
    if category in EXPLICIT and _joke_floor(phrase, text, start, end):
        return True
    if category in EXPLICIT and (
        (
            (_ANNOYANCE.search(sentence) or _TRIFLE.search(sentence))
            and (
                _ONCE_MORE.search(sentence)
                or romance_particles.said_if(sentence, lang)
                or romance_particles.said_than(sentence, lang)
            )
        )
        or _HEARD_AGAIN.search(sentence)
    ):
        return True
    if category in FIGURE and _MEANT_OBJECT.search(text[end : end + 60]):
        return True
    prefix = text[s_start:start]
    if category in FIGURE | {Category.NO_REASON_TO_LIVE} and (
        _thing_subject(prefix) or _TOLD_TO_GO.search(prefix)
    ):
        return True
    if category is Category.GOODBYES and (
        _LEAVING_WORK.search(sentence) or _READS_THEIR_LETTERS.search(sentence)
    ):
        return True
    if _answered_no(text, s_start, s_end, start) and not _TAKEN_BACK.search(near):
        return True
    if _character_act(prefix, sentence) or _someone_wrote(category, prefix):
        return True
    if everyday_asides.set_aside(category, phrase, text, s_start, start, end, s_end):
        return True
    return everyday_purposes.stated_purpose(category, sentence) or everyday_purposes.kept_at_home(
        category, sentence
    )


def _nuisance_borne(category: Category, phrase: str, text: str, start: int, end: int) -> bool:
    """A trapped-pain phrase whose object or cause is an everyday nuisance: the nuisance in the
    clause right before or right after it, and nothing of the writer's self or life in the
    sentence (other signs in the entry still count: the detector re-admits the phrase)."""
    if category not in _BORNE_CATEGORIES or _NOT_BORNE.search(phrase) is None:
        return False
    s_start, s_end = sentence_start(text, start), sentence_end(text, end)
    sentence = text[s_start:s_end]
    if _SELF_PAIN.search(text[s_start:start] + " " + text[end:s_end]):
        return False
    if everyday.past_bearing(sentence):
        return False
    before = text[s_start:start]
    cuts = [m.start() for m in _NEAR_CLAUSE.finditer(before)]
    # the clause before the one the phrase opens: "the dog barks all night and I can't …"
    near_before = before[cuts[-2] if len(cuts) > 1 else 0 :] if cuts else before
    after = text[end:s_end]
    first = _NEAR_CLAUSE.search(after, 1) if after else None
    second = _NEAR_CLAUSE.search(after, first.end()) if first else None
    near_after = after[: second.start()] if second else after
    return bool(_NUISANCE.search(near_before) or _NUISANCE.search(near_after))


def _pit_of_costs(category: Category, phrase: str, text: str, start: int, end: int) -> bool:
    """A bottomless pit that swallows money or food (a renovation, savings, an appetite), with
    no pain, sadness or life of the writer's named in the sentence."""
    if category is not Category.TRAPPED_PAIN or _PIT.search(phrase) is None:
        return False
    sentence = text[sentence_start(text, start) : sentence_end(text, end)]
    return _SWALLOWED.search(sentence) is not None and _PIT_PAIN.search(sentence) is None


def _absence_explained(category: Category, phrase: str, text: str, start: int, end: int) -> bool:
    """Not around to use a thing given, or to see a date, with the trip or the work that takes
    the writer away named earlier in the same sentence."""
    if category not in (Category.GIVING_AWAY, Category.NO_FUTURE):
        return False
    if _NOT_AROUND_TO.search(phrase) is None or _FOR_GOOD.search(text[end:]):
        return False
    return _AWAY_NAMED.search(text[sentence_start(text, start) : start]) is not None


def _passing_burden(category: Category, text: str, start: int, end: int) -> bool:
    """A burden said to a team or a class, for an injury or an illness named in the sentence."""
    if category is not Category.BURDEN:
        return False
    s_start, s_end = sentence_start(text, start), sentence_end(text, end)
    after = text[end:s_end]
    return (
        _TO_A_TEAM.search(after) is not None
        and _PASSING_ILLNESS.search(after) is not None
        and _MORE_THAN_A_DAY.search(text[s_start:s_end]) is None
    )


def _joke_floor(phrase: str, text: str, start: int, end: int) -> bool:
    """A jump from a window, and a ground floor said within two sentences of it."""
    if not _WINDOW_JUMP.search(phrase):
        return False
    lo, hi = max(0, start - 200), min(len(text), end + 200)
    for m in _GROUND_FLOOR.finditer(text, lo, hi):
        if not _NOT_BEFORE.search(text[max(lo, m.start() - 30) : m.start()]):
            return True
    return False


def _thing_subject(prefix: str) -> bool:
    """The clause's subject is a plant, a phone, the hair: no person said after it."""
    m = _THING_SUBJECT.search(prefix)
    return m is not None and not _SELF_WORD.search(prefix[m.end("thing") :])


def _answered_no(text: str, s_start: int, s_end: int, start: int) -> bool:
    """A question or a form about the phrase (this sentence or the one before) answered no
    (this sentence or the next)."""
    before = text[max(0, sentence_start(text, max(0, s_start - 1))) : start]
    if not _ASKED.search(before) and not _ASKED.search(text[start:s_end]):
        return False
    after_end = sentence_end(text, s_end) if s_end < len(text) else s_end
    return _ANSWER_NO.search(text[s_start:after_end]) is not None


def _someone_wrote(category: Category, prefix: str) -> bool:
    """Someone named wrote the farewell letter ("a pupil wrote a goodbye letter in her essay",
    "un alumno escribió una carta de despedida"): no first person before the phrase."""
    return (
        category is Category.GOODBYES
        and _SOMEONE_WROTE.search(prefix) is not None
        and _FICTION_SELF.search(prefix) is None
    )


def _character_act(prefix: str, sentence: str) -> bool:
    """In a story, a character is the subject: no first person between them and the phrase
    (but for the writer reading or watching the story: "the novel I'm reading")."""
    if not _FICTION.search(sentence):
        return False
    ends = [m.end() for m in _CHARACTER.finditer(prefix)]
    return bool(ends) and not _FICTION_SELF.search(_READER.sub(" ", prefix[ends[-1] :]))
