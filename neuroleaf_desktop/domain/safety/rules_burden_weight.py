"""Burden told as what the writer is to the people around them, or as the others doing better
in any words for the writer's absence, in six languages.

Why: the burden families elsewhere read fixed pairs ("better off without me", "a burden to
my family"). Writers reach for their own nouns and their own comparatives:

* the writer as a weight, a cost or a problem to the others: the writer the subject, a small
  lexicon of burden nouns ("burden", "cost", "drain", "problem", "loss", "chore", "poids",
  "fardeau", "corvée", "carga", "estorbo", "fardo", "peso", "Last") and either a word that
  makes the writer nothing else ("nothing but", "only", "ne… que", "solo", "só", "nur") or the
  people who bear it ("to everyone", "in every room", "pour mes enfants"); and the writer
  weighing on them ("je pèse sur tout le monde", "I drag everyone down");
* the others deserving better than the writer, or their lives spoilt by the writer: "merita di
  meglio di uno come me", "les estoy arruinando la vida";
* the others better for the writer's absence, in whatever comparative: "would run smoother
  without me", "he'd be further ahead without me", "sin mí vivirían bárbaro", "viviam mais
  descansados se eu cá não estivesse", "des wär alles einfacher, wenn's mi nimmer gäb". The
  better is a supposition (would, could, the conditional): "the team plays better when I'm not
  there" is a match report. The absence is the writer's: "without me"
  not followed by a doing ("without me noticing"), and not for a while (a weekend away, "for
  a few days", "while I'm on holiday").

Negation, someone else's words and everyday contexts are judged in ``context``, ``negation``
and ``everyday``. Text is case- and accent-folded first. Every rule has a ``gate``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS, core_family, either_order

# --- the writer as a weight, a cost, a problem to the others ------------------------------------
_PEOPLE_EN = (
    r"(?:everyone|everybody|all\s+of\s+(?:them|you|us)|every\s+\w+|my\s+\w+|them|her|him"
    r"|(?:the|this|my|our)\s+(?:family|house|home|household)|those\s+around\s+me"
    r"|the\s+people\s+around\s+me|people)"
)
_NOUN_EN = (
    r"(?:burden|weight|cost|drain|problem|trouble|loss|nuisance|chore|millstone|liability"
    r"|dead\s+weight|anchor|waste\s+of\s+\w+|load(?!\s+(?:of|off|lighter|better)\b))"
)
_ONLY_EN = r"(?:just\s+|only\s+|nothing\s+but\s+|no\s+more\s+than\s+|always\s+)"
_TROUBLE_EN = r"(?:worry|worries|trouble|grief|stress|problems|heartache|hassle|misery)"
# A weight class or a load of work, not the writer as a weight: "peso pesado", "peso massimo",
# "carga de trabajo", "carico di lavoro"
_A_CLASS_OR_WORKLOAD = (
    r"(?!\s+(?:pesad[oa]s?|massim[oi]|piuma|mosca|medi[oa]|welter|legger[oi]|gallo|pluma|pena"
    r"|de\s+trabajo|de\s+trabalho|di\s+lavoro|horaria|lectiva|academica|viral)\b)"
)
_A_WEIGHT = {
    # (not a job's title: "a cost centre manager")
    "en": rf"\bi(?:'?m|\s+am)\s+{_ONLY_EN}(?:a|an|the|one)\s+(?:\w+\s+)?{_NOUN_EN}\b"
    r"(?!\s+(?:centre|center|manager|analyst|accountant|code|item|line|estimate|report)\b)"
    rf"|\bi(?:'?m|\s+am)\s+{_ONLY_EN}?(?:a|an|the|one)\s+(?:big\s+|huge\s+|massive\s+)?"
    rf"{_NOUN_EN}\s+(?:to|for|on|in|of|with)\s+{_PEOPLE_EN}\b"
    r"|\bi\s+(?:just\s+|only\s+)?(?:weigh|drag)\s+(?:on|down)\s+(?:everyone|everybody"
    r"|all\s+of\s+them|them|my\s+\w+)\b"
    # the writer bringing them trouble and nothing else, or draining them
    rf"|\bi\s+(?:only|just)\s+(?:ever\s+)?(?:bring|give|cause)\s+{_PEOPLE_EN}\s+(?:\w+\s+)?"
    rf"{_TROUBLE_EN}\b"
    rf"|\bi\s+(?:bring|give|cause)\s+{_PEOPLE_EN}\s+(?:\w+\s+){{0,2}}?(?:nothing|nowt)\s+"
    rf"(?:\w+\s+)?(?:but|except|apart\s+from)\s+{_TROUBLE_EN}\b"
    # (drained dry, or the people named: "draining them" alone may be the potatoes)
    rf"|\bi'?m\s+(?:just\s+|only\s+)?draining\s+(?:{_PEOPLE_EN}\s+dry|everyone|everybody"
    r"|my\s+(?:family|parents|mum|mam|mom|dad|wife|husband|partner))\b"
    # what the writer costs them, or makes of their days: "I cost this family everything", "I
    # just make everything harder for everyone"
    r"|\bi\s+(?:just\s+|only\s+)?cost\s+(?:this|my|the|our)\s+(?:family|parents|mum|mam|mom|dad"
    r"|folks|household)\s+(?:everything|so\s+much|a\s+fortune|too\s+much)\b"
    r"(?![^.!?\n]*\b(?:petrol|money|bill|fee|fees|month|week|lol|haha)\b)"
    # … or eat up their days: "I'm eating up her whole life"
    r"|\bi'?m\s+(?:just\s+|only\s+)?eating\s+up\s+(?:her|his|their)\s+(?:whole\s+|entire\s+)?"
    r"li(?:fe|ves)\b(?!\s+savings\b)"
    r"|\bi\s+(?:just\s+|only\s+)?make\s+(?:everything|life|it\s+all)\s+harder\s+for\s+"
    r"(?:everyone|everybody|them|all\s+of\s+them|my\s+\w+)\b(?![^.!?\n]*\b(?:lol|haha|when)\b)"
    # the writer only taking from the people named: "I only ever take from this family"
    rf"|\bi\s+(?:only\s+(?:ever\s+)?|just\s+|ever\s+only\s+)take\s+(?:and\s+take\s+)?from\s+"
    rf"(?:this\s+family|{_PEOPLE_EN})(?=\s*(?:$|[.!?,;:\n]))"
    # the heaviest thing they carry: "I've become the heaviest thing he carries"
    r"|\bi(?:'ve|\s+have|'m|\s+am)\s+(?:become\s+)?the\s+(?:heaviest|biggest)\s+(?:thing|weight|load)"
    r"\s+(?:he|she|they|my\s+\w+)\s+(?:carries|carry|has\s+to\s+carry|have\s+to\s+carry)"
    r"(?=\s*(?:$|[.!?,;:\n]))"
    # the writer's being here wrecking the life of the one named: "me still being here is
    # wrecking her life"
    r"|\b(?:me|my)\s+(?:still\s+)?being\s+(?:here|alive|around)\s+(?:is|'s)\s+(?:\w+\s+)?"
    r"(?:wrecking|ruining|destroying|wasting|eating\s+up)\s+(?:her|his|their|my\s+\w+'?s?)\s+"
    r"(?:whole\s+)?li(?:fe|ves)\b"
    # … or the writer robbing them of their years: "I'm stealing her best years"
    r"|\bi'?m\s+(?:just\s+)?(?:stealing|robbing)\s+(?:her|his|their)\s+(?:best\s+)?(?:years"
    r"|youth)\b",
    "de": r"\bich\s+bin\s+(?:nur\s+(?:noch\s+)?|doch\s+nur\s+|bloss\s+)?(?:eine?|die|der|es)\s+"
    r"(?:\w+\s+)?(?:last|belastung|gewicht|klotz\s+am\s+bein)\b"
    # a bottomless barrel the others pour into: "ich bin ein Fass ohne Boden"
    r"|\bich\s+bin\s+(?:nur\s+|doch\s+nur\s+)?ein\s+fass\s+ohne\s+boden\b"
    r"|\bich\s+bin\s+(?:\w+\s+){0,3}?(?:zur|zu\s+einer)\s+(?:\w+\s+)?(?:last|belastung)\s+"
    r"(?:\w+\s+){0,3}?geworden\b"
    r"|\bich\s+bin\s+(?:\w+\s+)?das\s+schwerste,?\s+was\s+(?:er|sie)\s+(?:\w+\s+)?(?:tra(?:e)?gt|tragen\s+muss)(?=\s*(?:$|[.!?,;:\n]))"
    r"|\bich\s+(?:bring|bringe|mach|mache)\s+(?:ihr|ihm|ihnen|euch|allen|meine[rmn]?\s+\w+)\s+"
    r"(?:doch\s+)?(?:nur|bloss|nix\s+als)\s+(?:\w+\s+)?(?:sorgen|a(?:e)?rger|probleme|kummer|stress"
    r"|schwierigkeiten)\b",
    "fr": r"\bje\s+(?:ne\s+fais\s+que\s+|leur\s+|lui\s+)?pes(?:e|er)\s+(?:sur|a)\s+(?:tout\s+le"
    r"\s+monde|eux|elles?|lui|ma\s+\w+|mes\s+\w+|mon\s+\w+|toute\s+\w+|tous|les\s+autres)\b"
    r"|\bje\s+(?:ne\s+)?suis\s+(?:juste\s+|qu'\s*|plus\s+qu'\s*|seulement\s+|rien\s+d'autre"
    r"\s+qu'\s*)(?:un|une)\s+(?:\w+\s+)?(?:poids|fardeau|charge|probleme|boulet|corvee)\b"
    r"|\bje\s+suis\s+(?:devenue?\s+)?(?:un|une)\s+(?:\w+\s+)?(?:poids|fardeau|charge|boulet"
    r"|corvee)\s+pour\b"
    # the weight named as the one that drags them: "je suis le boulet qui l'entraîne au fond"
    r"|\bje\s+suis\s+(?:devenue?\s+)?le\s+(?:boulet|fardeau|poids\s+mort)\s+(?:qui|de\s+(?:ma|mon"
    r"|mes)|d'\s*(?:elle|eux|lui))\b"
    # … or stealing their years: "je lui vole ses années"
    r"|\bje\s+(?:lui|leur)\s+vole\s+(?:ses|leurs)\s+(?:plus\s+belles\s+)?(?:annees|vies?|jeunesse)\b"
    r"|\bje\s+(?:ne\s+)?(?:leur|lui)\s+(?:apporte|cause|donne|fais)\s+que\s+(?:des\s+)?(?:soucis"
    r"|problemes|ennuis|emmerdes|inquietudes|tracas)\b"
    # spoiling all of it for them: "je lui gâche tout" (the clause ending there)
    r"|\bje\s+(?:leur|lui)\s+gache\s+tout(?=\s*(?:$|[.!?,;:\n]))"
    r"|\bje\s+suis\s+(?:devenue?\s+)?ce\s+qu'\s*(?:il|elle|ils)\s+porte(?:nt)?\s+de\s+plus\s+lourd(?=\s*(?:$|[.!?,;:\n]))",
    # (the writer become one: "me he convertido en una carga", "virei um estorvo", "je suis
    # devenu un fardeau", "sono diventato un peso", "ich bin zur Last geworden")
    "es": r"\b(?:soy|me\s+(?:he\s+)?(?:convertido|converti)\s+en"
    r"|me\s+(?:he\s+)?(?:vuelto|volvi))\s+"
    r"(?:solo\s+|nada\s+mas\s+que\s+|no\s+mas\s+que\s+)?(?:una?\s+)(?:\w+\s+)?"
    r"(?:carga|peso|estorbo|lastre|bulto)\b" + _A_CLASS_OR_WORKLOAD +
    # a cost, to the people named or closing the clause: "soy solo un gasto para mi familia"
    r"|\bsoy\s+(?:solo\s+)?un\s+(?:gasto|costo)(?:\s+(?:para|a)\s+(?:mi|mis|esta|todos)\b"
    r"|(?=\s*(?:$|[.!?,;:\n])))|\b(?:les|le)\s+peso\s+(?:a\s+)?(?:todos"
    r"|demasiado)\b"
    r"|\b(?:solo|nada\s+mas|no\s+mas)\s+(?:le|les)\s+(?:traigo|doy|causo)\s+(?:\w+\s+)?(?:problemas"
    r"|quilombos|disgustos|preocupaciones|dolores\s+de\s+cabeza|lios|angustias)\b"
    # the writer one too many: "le sobro", "sobro en esta casa" (the clause ending there:
    # folded, "le sobró comida" is food left over)
    r"|\b(?:le|les)\s+sobro(?=\s*(?:$|[.!?,;:\n]))|\bsobro\s+en\s+(?:esta\s+casa|este\s+mundo"
    r"|esta\s+familia|todos\s+lados)\b"
    # … said with the subject after it or the family before it: "en esta familia sobro yo"
    r"|\bsobro\s+yo\b|\ben\s+(?:esta\s+(?:casa|familia)|este\s+mundo)\s+sobro\b"
    # taking everything from the one named, the clause ending there: "le quito todo"
    r"|\b(?:le|les)\s+quito\s+todo(?=\s*(?:$|[.!?,;:\n]))"
    r"|\bsoy\s+lo\s+mas\s+pesado\s+que\s+(?:carga|lleva|cargan)(?=\s*(?:$|[.!?,;:\n]))"
    # robbing the one named of their years: "le estoy robando los años"
    r"|\b(?:le|les)\s+(?:estoy\s+)?(?:robando|quitando|robo)\s+(?:los\s+(?:mejores\s+)?anos"
    r"|la\s+juventud)\b"
    # the stone in their shoe: "soy una piedra en el zapato"
    r"|\bsoy\s+(?:solo\s+)?(?:una|la)\s+piedra\s+en\s+el\s+zapato(?:\s+de\s+(?:mi|mis|ella|ellos"
    r"|todos|esta)\b|\s+para\s+(?:mi|mis|ella|ellos|todos|esta\s+familia)\b"
    r"|(?=\s*(?:$|[.!?,;:\n])))",
    "pt": r"\b(?:sou|virei|me\s+tornei|tornei-me)\s+(?:so\s+|apenas\s+)?(?:um|uma)\s+(?:\w+\s+)?"
    r"(?:peso|fardo|estorvo|carga)\b"
    + _A_CLASS_OR_WORKLOAD
    + r"|\bsou\s+(?:so\s+|apenas\s+)?(?:um|uma)\s+(?:custo|despesa)(?:\s+(?:para|pra|a)\s+"
    r"(?:os\s+|a\s+)?(?:meus|minha|minhas|meu|esta|todos)\b|(?=\s*(?:$|[.!?,;:\n])))"
    # "dar trabalho" as being trouble, to the people named: "só dou trabalho a esta família"
    r"|\b(?:eu\s+)?so\s+(?:lhes?\s+)?dou\s+(?:trabalho|despesas?)\s+(?:a|para)\s+"
    r"(?:esta\s+|a\s+minha\s+|minha\s+)?(?:familia|casa|todos|toda\s+a\s+gente)\b"
    r"|\bso\s+(?:lhes?\s+)?(?:trago|dou|causo)\s+(?:\w+\s+)?(?:problemas|preocupac\w+"
    r"|dores\s+de\s+cabeca|desgostos?)\b"
    r"|\b(?:eu\s+)?so\s+atrapalho\s+(?:a\s+vida\s+(?:deles|dela|dele|de\s+todos|da\s+\w+)"
    r"|todo\s+mundo|toda\s+a\s+gente)\b"
    r"|\bsou\s+a\s+coisa\s+mais\s+pesada\s+que\s+(?:ele|ela)\s+(?:carrega|leva)(?=\s*(?:$|[.!?,;:\n]))"
    # the stone in their shoe: "sou uma pedra no sapato dele"
    r"|\bsou\s+(?:so\s+|apenas\s+)?(?:uma|a)\s+pedra\s+no\s+sapato(?:\s+(?:dele|dela|deles|delas"
    r"|da\s+minha|do\s+meu|dos\s+meus|das\s+minhas|de\s+todos|desta\s+familia)\b"
    r"|(?=\s*(?:$|[.!?,;:\n])))"
    # … or robbing them of their years: "estou a roubar-lhe os anos", "roubando os anos dela"
    r"|\b(?:estou\s+a\s+roubar(?:-lhe|-lhes)?|estou\s+(?:lhe\s+)?roubando)\s+(?:os\s+(?:melhores\s+)?"
    r"anos|a\s+juventude)\b",
    "it": r"\bsono\s+(?:diventat[oa]\s+)?(?:solo\s+|soltanto\s+|solamente\s+)?(?:un|una)\s+"
    r"(?:\w+\s+)?(?:peso"
    r"|fardello|zavorra|palla\s+al\s+piede|bocca\s+in\s+piu|(?:macigno|masso)(?!\s+di\s+\d))\b"
    + _A_CLASS_OR_WORKLOAD
    + r"|\bsono\s+(?:solo\s+|soltanto\s+)?(?:un|una)\s+(?:costo|spesa)(?:\s+per\s+(?:i\s+miei|mia"
    r"|mio|tutti|questa)\b|(?=\s*(?:$|[.!?,;:\n])))|\bpeso\s+su\s+(?:tutti"
    r"|di\s+loro)\b"
    r"|\b(?:porto|do|causo)\s+solo\s+(?:\w+\s+)?(?:problemi|guai|preoccupazioni|pensieri|grattacapi"
    r"|dispiaceri)\b"
    r"|\bsono\s+(?:diventat[oa]\s+)?la\s+cosa\s+piu\s+pesante\s+che\s+(?:porta|si\s+porta)(?=\s*(?:$|[.!?,;:\n]))"
    # … or robbing them of their years: "le sto rubando gli anni migliori"
    r"|\b(?:le|gli)\s+sto\s+(?:rubando|togliendo)\s+(?:gli\s+anni|la\s+giovinezza)\b",
}
_A_WEIGHT_GATE = {
    "en": "burden|weight|cost|drain|problem|trouble|loss|nuisance|chore|millstone|liability|harder"
    "|anchor|waste|weigh|drag|worr|grief|stress|heartache|hassle|misery|eating up|take|heaviest"
    "|biggest|load|being here|being alive|being around|stealing|robbing",
    "de": "last|belastung|klotz|sorgen|rger|probleme|kummer|stress|schwierig|gewicht|fass"
    "|schwerste",
    "fr": "pes|poids|fardeau|charge|probleme|boulet|corvee|soucis|ennuis|emmerdes|inquietude"
    "|tracas|gache|lourd|vole",
    "es": "carga|peso|estorbo|lastre|bulto|problemas|quilombos|disgustos|preocupacion|lios"
    "|angustias|sobro|gasto|costo|quito|pesado|robando|quitando|robo|piedra",
    "pt": "peso|fardo|estorvo|carga|problemas|preocupac|dores|desgosto|atrapalho|trabalho|despesa"
    "|custo|pesada|pedra|roubar|roubando",
    "it": "peso|fardello|zavorra|palla|bocca|problemi|guai|preoccupazioni|pensieri|grattacapi"
    "|dispiaceri|costo|spesa|pesante|macigno|masso|rubando|togliendo",
}

# --- the others better for the writer's absence, in any comparative ---------------------------
_ABSENT = {
    "en": r"\bwithout\s+me\b(?!\s+(?:\w+ing|there|for|tonight|today|this)\b)"
    r"|\bif\s+(?:they|she|he|everyone|everybody)\s+(?:didn'?t|did\s+not)\s+have\s+me\b"
    r"|\bif\s+i\s+(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+(?:here|there|around"
    r"|in\s+the\s+picture)\b"
    r"|\bif\s+i\s+(?:just\s+)?(?:disappear(?:ed)?|vanish(?:ed)?)\b"
    # (or with one mouth fewer, or free of the writer: "if there was one less mouth here to feed")
    r"|\bif\s+there\s+(?:was|were)\s+one\s+(?:less|fewer)\s+mouth\s+(?:here\s+)?to\s+feed\b"
    r"|\bfree\s+of\s+me\b",
    "de": r"\bohne\s+mi(?:ch)?\b(?!\s+(?:dabei|zu\s+\w+))"
    r"|\bwenn(?:'?s|\s+es)\s+mi(?:ch)?\s+(?:nimmer|nicht\s+mehr)\s+ga(?:e)?b(?:e)?\b"
    r"|\bfrei\s+von\s+mir\b|\bwenn\s+es\s+einen\s+esser\s+weniger\s+ga(?:e)?be\b",
    "fr": r"\bsans\s+moi\b(?!\s+(?:pour|ce\s+soir|aujourd))|\bde\s+(?:ne\s+)?plus\s+m'\s*avoir\b"
    r"|\blibres?\s+de\s+moi\b|\bs'\s*il\s+y\s+avait\s+une\s+bouche\s+de\s+moins(?:\s+a\s+nourrir)?\b",
    "es": r"\bsin\s+mi\b(?!\s+(?:encima|esta\s+noche|hoy|por\s+unos))|\blibres?\s+de\s+mi\b"
    r"|\bsi\s+hubiera\s+una\s+boca\s+menos(?:\s+que\s+alimentar)?\b",
    "pt": r"\bsem\s+mim\b(?!\s+(?:hoje|esta\s+noite|por\s+uns))"
    r"|\bse\s+eu\s+(?:ca\s+|aqui\s+|la\s+)?nao\s+estivesse\b|\blivres?\s+de\s+mim\b"
    r"|\bse\s+houvesse\s+uma\s+boca\s+a\s+menos(?:\s+(?:pra|para)\s+alimentar)?\b",
    "it": r"\bsenza\s+di\s+me\b(?!\s+(?:stasera|oggi|per\s+qualche))|\bliber[oaie]\s+da\s+me\b"
    r"|\bse\s+ci\s+fosse\s+una\s+bocca\s+in\s+meno(?:\s+da\s+sfamare)?\b",
}
# … or the writer named as the weight or the cost they carry: "sin el gasto que soy yo", "sem o
# peso que eu sou", "without the burden I am" (the noun said to be the writer, "que soy")
_WEIGHT_I_AM = {
    "en": r"\bwithout\s+the\s+(?:weight|burden|cost|expense|drag|dead\s+weight)\s+(?:that\s+)?"
    r"i\s+am\b",
    "de": r"\bohne\s+(?:die|den|das)\s+(?:last|klotz|ballast|kosten|bu(?:e)?rde)\s*,?\s+(?:die|der"
    r"|das)\s+ich\s+bin\b",
    "fr": r"\bsans\s+(?:le|la|ce|cette)\s+(?:poids|fardeau|boulet|charge|cout)\s+que\s+je\s+suis\b",
    "es": r"\bsin\s+(?:el|la|ese|esa)\s+(?:peso|gasto|carga|estorbo|lastre)\s+que\s+(?:yo\s+)?"
    r"soy\b",
    "pt": r"\bsem\s+(?:o|a|esse|essa)\s+(?:peso|gasto|fardo|carga|estorvo)\s+que\s+(?:eu\s+)?"
    r"sou\b",
    "it": r"\bsenza\s+(?:il|lo|la|questo|questa)\s+(?:peso|fardello|costo|zavorra|carico)\s+che\s+"
    r"(?:io\s+)?sono\b",
}
# (the "I am" closing its clause, or "to them": not "the weight I am carrying", "que soy capaz")
_I_AM_CLOSES = (
    r"(?:\s+(?:yo|eu|io|moi))?(?=\s*(?:$|[.!?,;:\n])|\s+(?:to|for|para|pra|per|pour|fu(?:e)?r"
    r"|a|ai|alle|agli)\s)"
)
_ABSENT = {lang: rf"{_ABSENT[lang]}|(?:{_WEIGHT_I_AM[lang]}){_I_AM_CLOSES}" for lang in _ABSENT}
_BETTER = {
    "en": r"\b(?:would|'d|could|can)\s+(?:[\w']+\s+){0,3}?(?:better|easier|smoother|lighter|calmer"
    r"|happier|chiller|fine|further\s+ahead|more\s+peace|rest|breathe|finally)\b"
    r"|\b(?:would|'d)\s+(?:\w+\s+)?(?:suffer|struggle|worry)\s+less\b",
    "de": r"\b(?:wa(?:e)?r|wa(?:e)?re|wa(?:e)?rn|ha(?:e)?tten?|ka(?:e)?men|wu(?:e)?rden?)\s+"
    r"(?:\w+\s+){0,3}?(?:besser|einfacher|leichter|klar)\b"
    # … or an easier life had: "hätt ohne mich es leichteres Leben" (the dialect's "liechter")
    r"|\b(?:ein|es)\s+(?:leichteres|liechters|einfacheres|besseres)\s+lebe?n?\b"
    # peace at last: "ohne mich hätt sie endlich Ruh"
    r"|\b(?:ha(?:e)?tt(?:e|en)?|wa(?:e)?r(?:e|en)?)\s+(?:\w+\s+){0,3}?(?:ruh|ruhe|frieden)\b"
    # what they would no longer have to do: "ohne mich müsste er das alles nicht"
    r"|\bmu(?:e)?sste(?:n|st)?\s+(?:\w+\s+){0,4}?nicht\b"
    # free at last to live their own lives: "ohne mich könnten die endlich mal verreisen"
    r"|\b(?:ko(?:e)?nnte(?:n|st)?|wu(?:e)?rden?)\s+(?:\w+\s+){0,2}?endlich\b"
    # … or enjoying what the writer now costs them: "ohne mich würden sie ihre Rente genießen"
    r"|\b(?:ko(?:e)?nnte(?:n|st)?|wu(?:e)?rden?)\s+(?:\w+\s+){0,3}?genie(?:ss|ß)en\b",
    # (or suffering less: "sans moi elle souffrirait moins")
    "fr": r"\b\w+(?:rait|raient)\s+(?:\w+\s+){0,2}?(?:mieux|soulag\w+|tranquilles?"
    r"|plus\s+leg\w+|enfin)\b|\b(?:souffri|galere|s'inquiete|s'epuise)\w*\s+moins\b"
    # the conditional of enjoying, or weighing less: "sans moi ils profiteraient de leur
    # retraite", "la vie leur pèserait moins"
    r"|\b(?:profiteraient|profiterait)\b(?!\s+moins)|\bpese?r(?:ait|aient)\s+moins\b",
    "es": r"\b\w+(?:ria|rian)\s+(?:\w+\s+){0,2}?(?:mejor|barbaro|bien|tranquil\w+|liger\w+"
    r"|livian\w+|por\s+fin|al\s+fin)\b|\bsufririan?\s+menos\b"
    r"|\b(?:disfrutarian?|gozarian?|aprovecharian?)\b(?!\s+menos)|\b(?:pesarian?|preocuparian?|gastarian?)"
    r"\s+menos\b",
    "pt": r"\b(?:andava|andavam|vivia|viviam|ficava|ficavam|ia|iam|dormia|dormiam)\s+"
    r"(?:\w+\s+){0,2}?(?:melhor|bem|descansad\w+|leves?|tranquil\w+|em\s+paz|sossegad\w+)\b"
    r"|\b\w+(?:ria|riam)\s+(?:\w+\s+){0,2}?(?:melhor|bem|em\s+paz|finalmente|enfim)\b"
    r"|\bsofreriam?\s+menos\b"
    r"|\b(?:aproveitariam?|curtiriam?|gozariam?)\b(?!\s+menos)|\b(?:pesariam?|gastariam?)\s+menos\b",
    "it": r"\b\w+(?:rebbe|rebbero)\s+(?:\w+\s+){0,2}?(?:meglio|bene|tranquill\w+|finalmente)\b"
    r"|\bsoffrirebbero?\s+meno\b"
    r"|\b(?:si\s+)?(?:godrebbero|godrebbe|goderebbero|goderebbe)\b(?!\s+meno)"
    r"|\b(?:pesere?bbe(?:ro)?|spendere?bbe(?:ro)?)\s+(?:molto\s+)?meno\b"
    # (breathing at last, said bare: "libera da me respirerebbe")
    r"|\brespirerebbe(?:ro)?\b",
}
# a while away, not the writer gone: "fine without me for a few days", "while I'm on holiday"
_FOR_A_WHILE = {
    "en": r"for\s+(?:a|the|one|two|three|few|couple)\b[^.!?\n]{0,15}\b(?:days?|nights?|weeks?"
    r"|weekend|hours?|while|months?)|while\s+i'?m|on\s+holiday|on\s+leave|this\s+(?:weekend"
    r"|week)|tonight|today",
    "de": r"ein\s+paar\s+tage|am\s+wochenende|im\s+urlaub|heute|diese\s+woche|solange\s+ich",
    "fr": r"quelques\s+jours|ce\s+week-?end|en\s+vacances|ce\s+soir|pendant\s+que",
    "es": r"unos\s+dias|el\s+finde|de\s+vacaciones|esta\s+noche|mientras",
    "pt": r"uns\s+dias|fim\s+de\s+semana|de\s+ferias|esta\s+noite|enquanto",
    "it": r"qualche\s+giorno|fine\s+settimana|in\s+vacanza|stasera|mentre",
}
_BETTER_GATE = {
    "en": "without me|if i|have me|i am|mouth|free of me",
    "de": "ohne mi|wenn|ich bin|von mir",
    "fr": "sans moi|m'avoir|m avoir|je suis|de moi|bouche",
    "es": "sin mi|soy|de mi|boca",
    "pt": "sem mim|estivesse|sou|de mim|boca",
    "it": "senza di me|sono|da me|bocca",
}


def _better_without(lang: str) -> str:
    return (
        rf"(?:^|(?<=[.!?\n]))(?![^.!?\n]*\b(?:{_FOR_A_WHILE[lang]})\b)[^.!?\n]*?"
        f"(?:{either_order(lang, _ABSENT[lang], _BETTER[lang])})"
    )


# a passing state: a week's flu, a cast, "today", "this week"
_PASSING = {
    "en": r"this\s+week|today|tonight|right\s+now|at\s+the\s+moment|for\s+now|flu|cold|cast"
    r"|broken|sprained|because\s+of\s+(?:the|my)\s+\w+",
    "de": r"diese\s+woche|heute|gerade|grippe|erka(?:e)?ltung|gips",
    "fr": r"cette\s+semaine|aujourd'\s*hui|en\s+ce\s+moment|grippe|rhume|platre",
    "es": r"esta\s+semana|hoy|ahora\s+mismo|gripe|resfriado|yeso|escayola",
    "pt": r"esta\s+semana|hoje|agora|gripe|constipa\w*|gesso",
    "it": r"questa\s+settimana|oggi|adesso|influenza|raffreddore|gesso",
}


# The weight placed on or in a thing that is carried or pulled, or on a pack animal: "ich bin
# die Last auf dem Rücken meines Rucksacks", "the weight in the bottom of the kayak" is a load,
# not a person weighing on people (``rules_en_frames`` reads its dead weight the same way).
ON_A_THING = (
    r"(?!\s+(?:auf|in|im|an|on|in|at|sur|dans|au|en|em|no|na|nel|nella|sul|sulla|del|dello"
    r"|della)\b[^.!?\n]{0,30}?\b(?:\w*rucksa(?:e)?ck\w*|backpacks?|rucksacks?|bags?|packs?"
    r"|sacks?|carts?|sled(?:ge)?s?|trailers?|trucks?|boats?|kayaks?|bikes?|bicycles?|wagons?"
    r"|\w*tasche|ranzen|schlitten|anha(?:e)?nger\w*|wagen|boot(?:es)?|fahrrad\w*|esels?|pferde?s?"
    r"|sac|charrette|traineau|remorque|velo|bateau|ane|cheval|mochila|carro|carrito|trineo"
    r"|remolque|bolsa|bici(?:cleta)?|barco|burro|caballo|mula|carroca|reboque|trenó|treno"
    r"|barco|cavalo|zaino|borsa|slitta|carrello|rimorchio|barca|asino|cavallo|mulo"
    r"|donkey|horse|mule)\b)"
)


def _a_weight(lang: str) -> str:
    return (
        rf"(?:^|(?<=[.!?\n]))(?![^.!?\n]*\b(?:{_PASSING[lang]})\b)[^.!?\n]*?"
        rf"(?:{_A_WEIGHT[lang]}){ON_A_THING}"
    )


# --- the others deserving better than the writer ------------------------------------------------
# "die hätte was Besseres verdient als so einen wie mich", "merita di meglio di uno come me",
# "merece algo mejor que yo", "elle mérite mieux que moi", "ela merece coisa melhor do que eu"
# (English reads it in ``rules_en_frames_widened``). The writer is what they deserve better
# than, as a person, not in a role: "mérite mieux que moi comme entraîneur" is about coaching.
_NOT_A_ROLE = r"(?!\s*,?\s+(?:come|como|comme|als|as|en\s+tant\s+que|in\s+quanto)\s)"
_DESERVE_BETTER = {
    "de": r"\b(?:ha(?:e)?tten?|hat|haben|verdient|verdienen|verdiente)\s+(?:\w+\s+){0,3}?"
    r"(?:was|etwas|jemand\w*)?\s*bessere[ns]?\s+(?:\w+\s+)?(?:verdient\s+)?als\s+"
    r"(?:so\s+(?:einen|eine|jemanden)\s+wie\s+)?mich\b",
    "es": r"\bmerece[ns]?\s+(?:algo\s+|alguien\s+|mucho\s+|much[oa]\s+)?mejor\s+que\s+"
    r"(?:alguien\s+como\s+|un[oa]?\s+(?:\w+\s+)?como\s+)?(?:yo|mi)\b",
    "fr": r"\bmerite(?:nt|rait|raient)?\s+(?:bien\s+|tellement\s+|beaucoup\s+)?mieux\s+que\s+"
    r"(?:quelqu'\s*un\s+comme\s+|une?\s+(?:\w+\s+)?comme\s+)?moi\b",
    "pt": r"\bmerece[m]?\s+(?:algo\s+|coisa\s+|alguem\s+|muito\s+)?melhor\s+(?:do\s+)?que\s+"
    r"(?:alguem\s+como\s+|um[a]?\s+(?:\w+\s+)?como\s+)?(?:eu|mim)\b",
    "it": r"\bmerit(?:a|ano|erebbe|erebbero)\s+(?:di\s+)?(?:molto\s+|ben\s+)?(?:meglio|di\s+piu)"
    r"\s+(?:di|che)\s+(?:(?:uno|una|qualcuno)\s+(?:\w+\s+)?come\s+)?me\b",
}

# --- the writer spoiling the others' lives -------------------------------------------------------
# "les estoy arruinando la vida", "je leur gâche la vie", "sto rovinando la vita a tutti",
# "estou a estragar-lhes a vida", "ich mache ihnen das Leben kaputt" (English reads "I'm ruining
# their lives" among its burden phrases). The writer is the subject and the others' life the
# object: "he's ruining my life" is someone else's doing.
_RUINING_THEIR_LIVES = {
    "de": r"\bich\s+(?:mache|mach|ruiniere|zersto(?:e)?re|versaue)\s+(?:ihnen|ihr|ihm|euch|allen"
    r"|meine[rmn]?\s+\w+)\s+(?:allen\s+)?das\s+leben\s+(?:kaputt|schwer|zur\s+ho(?:e)?lle)\b"
    r"|\bich\s+(?:ruiniere|zersto(?:e)?re)\s+(?:ihr|ihre|sein|euer|das)\s+leben\b",
    "es": r"\b(?:les?|te|os)\s+(?:estoy\s+)?(?:arruinando|amargando|destrozando|jodiendo|robando"
    r"|quitando|arruino|amargo|destrozo|jodo|robo|quito)\s+la\s+(?:vida|vejez|juventud)\b",
    "fr": r"\bje\s+(?:leur|lui|vous)\s+(?:gache|pourris|ruine|bousille|vole|prends)\s+(?:la|sa"
    r"|leur)\s+(?:vie|vieillesse|jeunesse)\b",
    "pt": r"\b(?:estou\s+a\s+(?:estragar|arruinar|destruir)-(?:lhes|lhe)|(?:estou|to|tou)\s+"
    r"(?:estragando|arruinando|destruindo)|(?:lhes|lhe)\s+(?:estrago|arruino|destruo))\s+a\s+vida"
    r"(?:\s+(?:deles|dela|dele|da\s+minha\s+\w+|de\s+todos))?\b"
    # the writer named, the life's owner after it: "eu estrago a vida dela"
    r"|\beu\s+(?:estrago|arruino|destruo)\s+a\s+(?:vida|velhice)\s+(?:dela|dele|deles|delas"
    r"|de\s+todos|da\s+minha\s+\w+|do\s+meu\s+\w+|dos\s+meus\s+\w+)\b",
    # (not "mi sto rovinando la vita": the writer's own life)
    # (any verb of spoiling or taking it from them: "gli sto rubando la giovinezza", "le estoy
    # robando la juventud", "je leur vole leur jeunesse")
    "it": r"\b(?:gli|le|vi)\s+(?:sto\s+(?:rovinando|rubando|togliendo|mangiando|sprecando)|rovino"
    r"|rubo|tolgo)\s+(?:la\s+(?:vita|vecchiaia|giovinezza|gioventu)|i\s+(?:suoi|loro)\s+"
    r"(?:migliori\s+)?anni(?:\s+migliori)?|gli\s+anni(?:\s+migliori)?)\b"
    r"|\b(?:sto\s+rovinando|rovino)\s+la\s+vita\s+a\s+(?:tutti|loro|mia\s+\w+|mio\s+\w+"
    r"|miei\s+\w+|mie\s+\w+)\b"
    r"|\b(?:a|ai|al|alla|alle)\s+(?:mia|mio|miei|mie)\s+\w+\s+(?:sto\s+rovinando|rovino)\s+la\s+vita\b",
}

RULES: tuple[Rule, ...] = family(
    "core",
    "ruining_their_lives",
    Category.BURDEN,
    Severity.CONCERN,
    _RUINING_THEIR_LIVES,
    {
        "de": "leben",
        "es": "vida|vejez|juventud",
        "fr": "vie|vieillesse|jeunesse",
        "pt": "vida|velhice",
        "it": "vita|vecchiaia|giovinezza|gioventu|anni",
    },
)
RULES += family(
    "core",
    "deserve_better_than_me",
    Category.BURDEN,
    Severity.CONCERN,
    {lang: source + _NOT_A_ROLE for lang, source in _DESERVE_BETTER.items()},
    {"de": "als", "es": "mejor", "fr": "mieux", "pt": "melhor", "it": "me"},
)
RULES += core_family(
    "a_weight_to_others",
    Category.BURDEN,
    Severity.CONCERN,
    {lang: _a_weight(lang) for lang in LANGS},
    _A_WEIGHT_GATE,
) + core_family(
    "better_for_absence",
    Category.BURDEN,
    Severity.CONCERN,
    {lang: _better_without(lang) for lang in LANGS},
    _BETTER_GATE,
)

__all__ = ["RULES"]
