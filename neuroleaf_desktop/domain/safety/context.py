"""Context around a matched phrase: clauses, whose words they are, topic talk, time.

* Whose words: phrases with a built-in first person ("myself", "my life", "quiero morirme")
  are the writer's. For the others ("wants to die", "is suicidal") the nearest subject before
  the phrase decides: "my friend said she wanted to die" is about someone else. The grammar
  right before a phrase that makes it someone else's act (a reflexive, a subject pronoun, a
  person named by a noun) is ``third_person``'s.
* Topic and clinical talk: "an essay about self-harm", and questions someone else asked ("my
  therapist asked if I had thoughts of hurting myself and I said no") are not the person's
  own statement.
* Time: a distant-past marker in the sentence ("when I was 17", "used to", "years ago",
  "hace dos años", "vor drei Jahren", "il y a deux ans", "há dois anos", "due anni fa") lowers
  urgent to concern; an imminence marker ("tonight", "right now", "esta noche", "heute
  Nacht", "ce soir", "hoje à noite", "stanotte") raises concern to urgent.
"""

from __future__ import annotations

import bisect
import functools
import re

from neuroleaf_desktop.domain.safety.rules import FLAGS

CLAUSE_BREAK = re.compile(
    # A German infinitive clause after a comma ("nie daran gedacht, mich umzubringen") still
    # belongs to the clause before it.
    r"[.!?;:\n]+|,(?!\s*ever\b)(?!\s*(?:mich|mir|sich)\s+(?:\w+\s+){0,2}?\w*zu)|\s-\s|\""
    r"|\b(?:but|and|because|so|yet|though|although|however"
    r"|or|whereas|except|pero|aber|und|mais|et|ma|mas|porque|weil|parce\s+que|perche)\b",
    FLAGS,
)
SENTENCE_BREAK = re.compile(r"[.!?\n]+")

_SELF_MARKER = r"i|i'm|im|i've|ive|i'd|i'll|me"
_OTHER_MARKER = (
    r"he|she|they|him|her|them|he's|she's|they're|he'd|she'd|they'd|someone|somebody|people"
    r"|person|friend|friends|bff|brother|sister|sibling|mom|mum|mother|dad|father|parent|parents"
    r"|son|daughter|kid|kids|child|children|partner|boyfriend|girlfriend|husband|wife|spouse"
    r"|cousin|aunt|uncle|grandma|grandpa|grandmother|grandfather|nan|colleague|coworker"
    r"|co-worker|boss|roommate|flatmate|neighbou?r|classmate|student|teacher|client|patient"
    r"|character|man|woman|guy|girl|boy|teen|teenager|niece|nephew"
    # people named the way a street or a staffroom names them ("the young fella at number 12")
    r"|fella|fellow|lad|lass|bloke|chap|youngster|pupil"
    # the same people counted among several: "one of my students has been cutting"
    r"|students|pupils|clients|patients|colleagues|coworkers|co-workers|classmates|teenagers"
    # grandparents and step-parents as people write them ("my grandad wanted to die at home")
    r"|grandad|granddad|granny|gran|nana|nanna|stepdad|stepmum|stepmom|fiance|fiancee"
)
# Other languages: their own pronouns and the commonest people (an English "he" is a Spanish
# "I have", so each language is read with its own words).
_MARKERS: dict[str, tuple[str, str]] = {
    "en": (_SELF_MARKER, _OTHER_MARKER),
    "es": (
        r"yo|me|mi",
        # "el" is left out: accent-folded, "él" (he) is the article "el" ("el año pasado").
        r"ella|ellos|ellas|amig[oa]s?|herman[oa]s?|madre|padre|mama|papa|hij[oa]s?|novi[oa]"
        r"|pareja|marido|esposa|prim[oa]|jefe|companer[oa]"
        # grandparents, relatives and neighbours ("la vecina acabó en urgencias")
        r"|abuel[oa]|ti[oa]|sobrin[oa]|niet[oa]|vecin[oa]s?",
    ),
    "de": (
        r"ich|mich|mir",
        r"er|sie|freund|freundin|bruder|schwester|mutter|vater|mama|papa|sohn|tochter|mann|frau"
        r"|kollege|kollegin|chef"
        # grandparents, relatives and neighbours ("Opa hat sein Testament gemacht")
        r"|opa|oma|onkel|tante|cousine?|nachbar|nachbarin|neffe|nichte|enkel|enkelin",
    ),
    "fr": (
        r"je|j'|moi|me|m'",
        # Impersonal "il" ("il y a deux ans", "il faut") is nobody.
        r"il(?!\s+(?:y\s+a|n'?y\s+a|faut|fait|pleut|est\s+\w+\s+de))|elle|ils|elles|ami|amie"
        r"|copain|copine|frere|soeur|mere|pere|maman|papa|fils|fille"
        r"|mari|femme|collegue|chef"
        # grandparents, relatives and neighbours ("mamie a fait son testament")
        r"|mamie|papi|papy|meme|pepe|grand-mere|grand-pere|oncle|tante|cousine?|voisine?|neveu"
        r"|niece",
    ),
    "pt": (
        r"eu|me|mim",
        r"ele|ela|eles|elas|amig[oa]s?|irmao|irma|mae|pai|filh[oa]|namorad[oa]|marido|mulher"
        r"|chefe|colega"
        # grandparents, relatives and neighbours ("a vizinha foi internada")
        r"|avo|avos|tio|tia|prim[oa]|sobrinh[oa]|net[oa]|vizinh[oa]s?"
        # someone young named as a street names them ("o rapaz da dona Rosa")
        r"|rapaz|rapariga|mo[cç][oa]|menin[oa]|garot[oa]",
    ),
    "it": (
        r"io|mi|me",
        r"lui|lei|loro|amic[oa]|amici|fratello|sorella|madre|padre|mamma|papa|figli[oa]"
        r"|marito|moglie|ragazz[oa]|capo|collega"
        # grandparents, relatives and neighbours ("la vicina è stata ricoverata")
        r"|nonn[oa]|zi[oa]|cugin[oa]|nipote|vicin[oa]",
    ),
}
# Object pronouns followed by what the writer told them are nobody's subject: "telling *them*
# sorry and goodbye for good", "called Nan to tell *her* I love her", "dass ich *sie* liebe"
# (German "sie" right after "ich"). A dialect subject "him" stays one: "him waan dead".
_OBJECTS: dict[str, str] = {
    "en": r"(?!(?:him|her|them)\s+(?:i|i'm|i'd|i'll|i've|that|sorry|goodbye|bye|how|what|about"
    r"|it'?s|and|thanks|thank)\b)",
    "de": r"(?<!\bich\s)",
}
_SUBJECTS: dict[str, re.Pattern[str]] = {
    lang: re.compile(rf"\b(?:(?P<self>{me})|{_OBJECTS.get(lang, '')}(?P<other>{other}))\b", FLAGS)
    for lang, (me, other) in _MARKERS.items()
}
_REPORTED_SPEECH = re.compile(
    rf"\b(?:{_OTHER_MARKER})\b[^\"]{{0,40}}\b(?:said|says|told|tells|texted|wrote|messaged"
    r"|asked|posted|screamed|yelled|whispered|admitted)\b[^\"]*$",
    FLAGS,
)
# Words quoted from a work ("the song on repeat was 'I want to die in your arms'", "in the film
# the hero says 'I'd rather die than surrender'"): a title or a line, not the writer's wish.
_QUOTED_WORK = re.compile(
    r"\b(?:song|songs|lyrics?|track|chorus|verse|album|film|movie|show|series|book|novel|poem"
    r"|play|musical|hero|heroine|villain|narrator|title|line|quote|meme|caption|sign|poster)\b"
    r"[^\"]{0,40}$",
    FLAGS,
)
_TOPIC = re.compile(
    r"\b(?:article|essay|book|documentary|podcast|video|film|movie|show|episode|lecture|class"
    r"|course|training|workshop|paper|research|report|study|talk|seminar|webinar|presentation"
    r"|post|campaign|awareness|statistics|thesis|module|dissertation|assignment|coursework"
    r"|project|articulo|artikel|article|artigo|articolo"
    r"|libro|buch|livre|livro|documental|dokumentation)s?\b(?:\s+\S+){0,3}?\s+(?:about|on"
    r"|regarding|sobre|uber|ueber|sur|sulla|sul|su|de)(?:\s+\S+){0,2}\s*$",
    FLAGS,
)
# How plainly a question was put, between its verb and its "if": "asked me straight out if",
# "me preguntó derecho si", "fragte direkt, ob", "m'a demandé franchement si".
_STRAIGHT = (
    r"(?:(?:straight(?:\s+out)?|outright|directly|point[\s-]blank|flat\s+out|derecho|directamente"
    r"|claramente|sin\s+rodeos|diretamente|direto|direkt|ganz\s+direkt|offen|franchement"
    r"|directement|direttamente|chiaramente)\s*,?\s+)?"
)
# Someone else asked a question ("my therapist asked if I…", "me preguntó si…"); the words
# after it are the question, not the person's statement, until the person's own answer.
# … or where the question was put, said between the verb and its question: "asked, as part of
# the check, whether …", "me preguntó en la revisión anual por …", "fragte bei der Kur, ob …"
_WHERE_ASKED = (
    r"(?:,?\s+(?:as\s+part\s+of|as\s+usual|as\s+always|like\s+every|during|at|in|en|durante"
    r"|em|na|no|bei|beim|im|lors|pendant|dans|a\s+la|alla|al|nel|nella|durante)\s+(?:[\w'-]+\s+)"
    r"{0,4}?[\w'-]+\s*,?\s+|\s+)"
)
_QUESTION = re.compile(
    rf"\b(?:asked|asks|asking|ask)(?:\s+me)?{_WHERE_ASKED}{_STRAIGHT}(?:if|whether|about)\b"
    # the question's "if I had" left out, asked by someone else: "they asked any plans to …"
    # (not "I asked any god listening to …", the writer's plea)
    r"|(?<!\bi\s)\b(?:asked|asks)\s+(?:me\s+)?any(?=\s)"
    # the question reported in its own order: "psych asked had I ever tried to …", "asked was I
    # safe" (not "I asked did I", the writer asking)
    r"|(?<!\bi\s)\b(?:asked|asks|asking)\s+(?:me\s+)?(?:had|did|was|were|have|do|am|would|could)"
    r"(?=\s+i\b|\s*$)"
    rf"|\bpregunt\w*{_WHERE_ASKED}{_STRAIGHT}(?:si|sobre|por(?=\s+(?:(?:las|los|sus|mis|tus)\s+)?"
    r"(?:ideas|pensamientos|intentos|ganas|deseos|impulsos|autolesion\w*|conductas|lesiones)\b))\b"
    rf"|\b(?:ge)?fragt?e?\w*,?\s+{_STRAIGHT}(?:ob|nach)\b"
    rf"|\bdemand\w*\s+{_STRAIGHT}si\b|\bpergunt\w*\s+{_STRAIGHT}se\b|\bchiest[oa]\s+{_STRAIGHT}se\b"
    # the person asked named between the verb and its question: "fragte mich, ob", "perguntou-me
    # se", "wollte von mir wissen, ob", "quis saber se"
    r"|\bfragte\w*\s+(?:mich|uns)\s*,?\s+(?:ob|nach)\b|\bpergunt\w*-(?:me|nos)\s+se\b"
    r"|\bwollte\w*\s+(?:von\s+mir\s+)?wissen,?\s+ob\b|\bquis\s+saber\s+se\b"
    # "wanted to know whether…", "wollte wissen, ob…", "voulait savoir si…"
    r"|\b(?:wanted|wants)\s+to\s+know\s+(?:if|whether)\b|\bwollte\w*\s+wissen,?\s+ob\b"
    r"|\bquer[ií]a\s+saber\s+s[ie]\b|\bvoulai\w*\s+savoir\s+si\b|\bvoleva\s+sapere\s+se\b"
    # … in the other tenses of wanting: "quiso saber si", "a voulu savoir si", "ha voluto sapere
    # se"
    r"|\b(?:quis(?:o|ieron)|quer[ií]an|quiere)\s+saber\s+si\b|\bquiseram\s+saber\s+se\b"
    r"|\b(?:voulu|veut|voulut)\s+savoir\s+si\b|\b(?:voluto|volle|vuole|volevano)\s+sapere\s+se\b"
    r"|\bquestionnaire\b|\bscreening\b|\bphq-?9\b"
    # asked by someone named, checked by a clinician, or asked among other things: "asked by
    # the health visitor if", "checked whether", "foi perguntando um monte de coisa, inclusive se"
    r"|\basked\s+by\s+(?:\w+\s+){1,4}?(?:if|whether|about)\b"
    r"|\b(?:counsell?or|gp|doctor|nurse|therapist|psychiatrist|psychologist|midwife|she|he"
    r"|they)\s+checked\s+(?:if|whether)\b"
    r"|\b(?:asked|pergunt\w*|pregunt\w*|chiest[oa]|demande)\s+(?:[\w,]+\s+){0,6}?(?:including"
    r"|inclusive|incluso|anche|meme)\s+(?:if|whether|se|si)\b"
    # the question named by what it asks about: "mi ha chiesto dei pensieri di …", "me preguntó
    # por pensamientos de …", "m'a demandé si j'avais des idées de …" (the answer still decides)
    r"|\b(?:chiest[oa]|domandat[oa]|pregunt\w*|pergunt\w*|demande|fragte\w*|gefragt)\s+"
    r"(?:\w+\s+){0,4}?(?:pensieri|idee|pensamientos|ideas|pensamentos|ideias|pensees|idees"
    r"|gedanken)\s+(?:di|de|d'|sobre|an|a|ad)\b"
    # the question named by its noun: "la domanda era se", "la pregunta fue si", "die Frage
    # war, ob", "the question was whether"
    r"|\b(?:the\s+question|la\s+(?:domanda|pregunta|question)|a\s+pergunta|die\s+frage)\s+"
    r"(?:was|is|era|fue|es|etait|est|c'etait|foi|e|war|ist|lautete)\s*,?\s+(?:de\s+savoir\s+)?"
    r"(?:if|whether|se|si|ob)\b"
    # a question put to someone else in the second person: "we practised asking are you
    # thinking about suicide", "ask them do you have a plan" (not "asked myself")
    r"|\b(?:ask|asks|asked|asking)\s+(?!myself\b)(?:\w+\s+){0,3}?(?:are|do|have|did|were"
    r"|would)\s+you\b"
    # the questions named, then what they ask: "m'a posé les questions, si je voulais …"
    r"|\b(?:questions|preguntas|domande|perguntas|fragen)\s*[,:]?\s+(?:if|whether|si|se|ob)\b"
    # the question put as a noun with its verb of putting: "me hicieron la pregunta de si", "on
    # m'a posé la question des idées …", "mi hanno fatto la domanda se", "fizeram-me a pergunta
    # se", "stellte mir die Frage, ob", "went through her list about …"
    r"|\b(?:hicieron|hizo|hacen|hace|han\s+hecho|ha\s+hecho)\s+(?:\w+\s+)?la\s+pregunta\s+"
    r"(?:de\s+)?(?:si|sobre|por|de\s+las|de\s+los)\b"
    r"|\bpose\w*\s+(?:\w+\s+)?(?:la|les)\s+questions?\s+(?:de\s+savoir\s+si|des|de|du|sur|si)\b"
    r"|\b(?:fatto|fanno|fatta)\s+(?:\w+\s+)?la\s+domanda\s+(?:se|sui|sulle|sul|su|dei|delle)\b"
    r"|\b(?:fizeram|fez|fazem)(?:-me)?\s+(?:\w+\s+)?a\s+pergunta\s+(?:se|sobre|das|dos)\b"
    r"|\bstellte\w*\s+(?:mir\s+)?die\s+frage,?\s+(?:ob|nach)\b"
    r"|\b(?:went|goes|go|ran)\s+through\s+(?:her|his|their|the|a)\s+(?:\w+\s+)?(?:list|checklist"
    r"|questions|form)\s+(?:about|on|of\s+questions\s+about)\b"
    # a German form asks in the same way: "im Fragebogen stand, ob ich …"
    r"|\bfragebogen\b"
    r"|\bitem\s+(?:about|on)\b|\bsurvey\b"
    # a form of questions in every language: "un cuestionario sobre …", "une grille sur le
    # risque …", "um questionário", "una scala di valutazione"
    r"|\b(?:cuestionario|questionario|grille|echelle|escala|scala)\s+(?:\w+\s+){0,3}?"
    # (the article joined to the preposition: "sui pensieri", "sulle idee", "des idées")
    r"(?:sobre|sur|de|del|da|do|di|sul|sulla|sui|sugli|sulle|dei|delle|des|dos|das|about|on|zu"
    r"|uber|ueber)\b"
    # a clinician's instruction for a time that has not come: "said to call if I ever have
    # thoughts of …", "que llame si alguna vez", "d'appeler si jamais", "ligar se algum dia",
    # "di chiamare se mai", "anrufen, falls ich je"
    r"|\b(?:call|ring|phone|text|contact|come\s+back|tell\s+(?:him|her|them|someone))\s+"
    r"(?:\w+\s+){0,2}?if\s+(?:i\s+)?ever\b"
    r"|\b(?:llam\w*|avis\w*|volver)\s+(?:\w+\s+){0,2}?si\s+(?:alguna\s+vez|algun\s+dia)\b"
    r"|\b(?:appel\w*|rappel\w*|prevenir|revenir)\s+(?:\w+\s+){0,2}?si\s+jamais\b"
    r"|\b(?:ligar|ligue|avisar|voltar)\s+(?:\w+\s+){0,2}?se\s+(?:algum\s+dia|alguma\s+vez)\b"
    r"|\b(?:chiamar\w*|avvisar\w*|tornare)\s+(?:\w+\s+){0,2}?se\s+mai\b"
    r"|\b(?:anrufen|melden|wiederkommen),?\s+(?:\w+\s+){0,2}?(?:falls|wenn)\s+(?:ich\s+)?(?:je|jemals)\b",
    FLAGS,
)
_OWN_ANSWER = re.compile(
    r"\b(?:i\s+(?:said|told|answered|replied|admitted|thought)|and\s+i\s+(?:do|did|have|am)"
    # the question is about the person's own past act: "asks about the time I jumped"
    r"|the\s+time\s+(?:when\s+)?i"
    # the writer's own retort after the question: "asking about my five-year plan, ha, …"
    r"|,\s*(?:ha|haha\w*|lol|honestly|tbh|ngl)(?=\s*,)"
    r"|le\s+dije|ich\s+sagte|j'ai\s+(?:dit|repondu)|eu\s+disse|ho\s+detto)\b",
    FLAGS,
)
DISTANT_PAST = re.compile(
    r"\b(?:used\s+to|a\s+long\s+time\s+ago|back\s+then|back\s+in|in\s+the\s+past|at\s+one\s+point"
    r"|when\s+i\s+was\s+(?:a\s+|younger|little|young|in\b|\d+)|as\s+a\s+(?:kid|child|teen"
    r"|teenager)|in\s+(?:high\s+school|middle\s+school|college|university|my\s+(?:teens"
    r"|twenties))|last\s+year|in\s+(?:19|20)\d\d|(?:\d+|a\s+few|two|three|four|five|six|seven"
    r"|eight|nine|ten|many|several)\s+years?\s+(?:ago|since)|years\s+ago|before\s+(?:that|this)"
    r"|(?:it'?s\s+been|been)\s+\w+\s+(?:years?|months)\s+since"
    # es / de / fr / pt / it
    r"|hace\s+(?:\w+\s+)?anos|cuando\s+(?:tenia|era)|de\s+(?:nino|nina|joven|adolescente)"
    r"|una\s+vez|alguna\s+vez|vor\s+(?:\w+\s+)?jahren|als\s+(?:teenager|kind|jugendliche\w*"
    r"|ich\s+(?:\d+|jung|klein|junger|juenger))|damals|fruher|frueher|einmal"
    r"|il\s+y\s+a\s+(?:\w+\s+)?ans|quand\s+j'(?:avais|etais)|a\s+l'adolescence|autrefois"
    r"|une\s+fois|ha\s+(?:\w+\s+)?anos|quando\s+(?:eu\s+)?(?:tinha|era)|uma\s+vez"
    r"|antigamente|(?:\w+\s+)?anni\s+fa|quando\s+avevo|da\s+(?:ragazz[oa]|adolescente)"
    r"|una\s+volta|in\s+passato)\b",
    FLAGS,
)
IMMINENT = re.compile(
    r"\b(?:tonight|right\s+now|this\s+(?:evening|weekend)|(?:going\s+to|gonna)\s+do\s+it"
    r"|this\s+is\s+(?:goodbye|the\s+end)|esta\s+noche|heute\s+(?:nacht|abend)|ce\s+soir"
    r"|cette\s+nuit|hoje\s+a\s+noite|esta\s+noite|stanotte|stasera)\b",
    FLAGS,
)


def boundaries(pattern: re.Pattern[str], text: str) -> list[int]:
    return [m.end() for m in pattern.finditer(text)]


def segment_start(bounds: list[int], pos: int) -> int:
    i = bisect.bisect_right(bounds, pos) - 1
    return bounds[i] if i >= 0 else 0


@functools.lru_cache(maxsize=4)
def _sentence_bounds(text: str) -> list[int]:
    return boundaries(SENTENCE_BREAK, text)


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: the text's sentence ends are found once
    however many phrases in it are judged (a 200 KB import holds hundreds)."""
    return segment_start(_sentence_bounds(text), pos)


def segment_end(pattern: re.Pattern[str], text: str, pos: int) -> int:
    found = pattern.search(text, pos)
    return found.start() if found else len(text)


def original_span(mapping: list[int], start: int, end: int) -> tuple[int, int]:
    """Map a normalised [start, end) back to the original text, whole characters only."""
    o_start = mapping[start]
    if end <= start:
        return o_start, o_start
    last = mapping[end - 1]
    k = end
    while mapping[k] <= last:  # a character that normalised to several ("ﬁ" → "fi")
        k += 1
    return o_start, mapping[k]


# A person named after a preposition in an earlier clause is who the writer wrote to or went
# to, not the subject of what follows: "wrote letters to Mum and *my brother*, telling them
# goodbye for good", "escribí a *mi hermana*, …", "ho scritto a *mia madre*, …".
_RECIPIENT = re.compile(
    r"\b(?:to|for|with|from|a|al|para|pra|pro|ao|com|con|pour|avec|chez|per|an|fu(?:e)?r|mit"
    r"|zu|bei)\s+(?:(?:my|mi|mis|minha|meu|ma|mon|mes|mia|mio|meine[mnr]?|the|la|le|el|o)\s+)?"
    # … or a German dative with no preposition: "hab *meinem Bruder* geschrieben, dass …"
    r"(?:[\w']+\s+){0,4}$|\b(?:meinem|meiner|deinem|deiner|seinem|seiner|ihrem|ihrer|unserem"
    r"|unserer)\s+"
    r"(?:[\w']+\s+){0,4}$",
    FLAGS,
)
_CLAUSE_END = re.compile(r"[^,;:.!?]*[,;:]", FLAGS)


def nearest_subject(prefix: str, lang: str = "en") -> str | None:
    last = None
    for m in _SUBJECTS.get(lang, _SUBJECTS["en"]).finditer(prefix):
        if (
            m.group("other")
            and _RECIPIENT.search(prefix, 0, m.start())
            and _CLAUSE_END.match(prefix, m.end())
        ):
            continue
        last = m
    if last is None:
        return None
    return "self" if last.group("self") else "other"


# Someone else "talks about" it: "my cellmate talks about ending it", "il mio compagno parla di
# farla finita", "meu colega fala em acabar com tudo". The verb forms are third person.
_OTHERS_TALK = re.compile(
    r"(?<!\bje\s)\b(?:talks?\s+about|keeps\s+talking\s+about|parla\s+di|parlava\s+di"
    r"|fala\s+(?:em|de)"
    r"|falava\s+(?:em|de)|habla\s+de|hablaba\s+de|redet\s+(?:davon|von|u(?:e)?ber)"
    r"|sprach\s+(?:davon|von)|parle\s+(?:de|d')|parlait\s+(?:de|d'))\s*(?:\S+\s+){0,2}$"
    # … the verb right before the phrase, which opens on its own "de": "le vieux monsieur
    # parlait de ne plus vouloir vivre" (the writer's "je parle", "yo hablaba" left out)
    r"|(?<!\bje\s)(?<!\byo\s)(?<!\beu\s)(?<!\bio\s)\b(?:parle|parlait|parla|parlava|habla"
    r"|hablaba|fala|falava)\s*$",
    FLAGS,
)


# Someone else's words reported in Spanish, Portuguese or Italian: "mi abuela dijo que…",
# "minha avó dizia que queria morrer em paz", "mio nonno diceva che…". Forms that are also the
# first person ("disse", "dizia", "decía", "diceva" without a named speaker) need the speaker
# before them: "dizia que queria morrer" alone may be the writer's own words.
_OTHERS_SAID = re.compile(
    r"(?:\b(?:dijo|dice|diz|falou|contou|fala)\s+(?:que|che)"
    r"|\b(?:mi|su|sus|la|el|minha|meu|sua|seu|a|o|mia|mio|la\s+mia|il\s+mio|sua|suo|ella|ela|ele"
    r"|lei|lui)\s+(?:\w+\s+){0,3}?(?:decia|dizia|disse|diceva|contaba|contava|raccontava"
    r"|ha\s+detto)"
    r"\s+(?:que|che)"
    # a message sent by someone else: "o meu amigo mandou mensagem a dizer que", "ha scritto che"
    # (third-person forms only: "mandei", "ho scritto" are the writer's)
    r"|\b(?:mandou|enviou|escreveu)\s+(?:uma\s+)?(?:mensagem\s+|sms\s+|msg\s+)?(?:a\s+dizer"
    r"|dizendo)?\s*que|\bha\s+scritto\s+che"
    # someone who keeps saying it, the auxiliary in the third person: "o Kiluanje anda a falar
    # que", "vive dizendo que", "anda diciendo que", "sigue diciendo que", "va dicendo che",
    # "continua a dire che" (the writer's are "ando", "vivo", "sigo", "vado", "continuo")
    r"|\b(?:anda|vive|sigue|va|continua|esta)\s+(?:sempre\s+|siempre\s+|sempre\s+a\s+)?"
    r"(?:a\s+)?(?:dizer|falar|dizendo|falando|diciendo|hablando|dicendo|dire|parlando|ripetendo"
    r"|repetindo|repitiendo)\s+(?:que|che)"
    # someone who called or wrote to the writer saying it, the verb in the third person: "a Bia
    # me ligou dizendo que", "mi hermano me llamó diciendo que", "mi ha chiamato dicendo che"
    # (the writer's are "liguei", "llamé", "ho chiamato")
    r"|\b(?:(?:me|te|nos|mi|ci)\s+)?(?:ligou|telefonou|chamou|escreveu|llamo|telefoneo|escribio"
    r"|ha\s+(?:chiamato|telefonato|scritto))(?:-me)?\s+(?:\w+\s+){0,3}?(?:dizendo|a\s+dizer"
    r"|falando|diciendo|dicendo|per\s+dire)\s+(?:que|che)"
    r")\s+(?:\S+\s+){0,2}$",
    FLAGS,
)


# Someone else confided it to the writer: "il mio collega mi ha confidato che ha pensato di
# farla finita", "me contó que", "m'a avoué qu'", "me confessou que", "hat mir erzählt, dass".
_CONFIDED = re.compile(
    r"\b(?:mi|me|m')\s*(?:ha|a)\s+(?:confidato|detto|raccontato|confessato|confie|dit|avoue"
    r"|raconte|scritto|ecrit)\s+(?:che|que|qu')\s*(?:\S+\s+){0,4}$"
    r"|\bme\s+(?:conto|confeso|dijo|confio|contou|confessou|disse)\s+que\s+(?:\S+\s+){0,4}$"
    # the pronoun after the verb in Portugal, the simple past in Italian: "o vizinho disse-me que",
    # "mi disse che"
    r"|\b(?:disse|contou|confessou|confidenciou|escreveu)-me\s+que\s+(?:\S+\s+){0,4}$"
    r"|\bmi\s+(?:disse|racconto|confesso|scrisse|confido)\s+che\s+(?:\S+\s+){0,4}$"
    r"|\bhat\s+mir\s+(?:erza(?:e)?hlt|gesagt|gestanden|anvertraut),?\s+dass\s+(?:\S+\s+){0,4}$",
    FLAGS,
)


# Someone else's words written down, unquoted, right before the phrase: "one of my year 10s
# wrote i want to kill myself in the margin", "my cousin posted that he wants to die". The
# writer's own "i wrote i want to die" has no one else before the verb.
_OTHERS_WROTE = re.compile(
    rf"(?:\b(?:{_OTHER_MARKER})s?|\bone\s+of\s+(?:my|our|the|his|her)\s+(?:\S+\s+){{0,2}}?\S+)"
    r"\s+(?:wrote|writes|scrawled|scribbled|posted|typed|texted|messaged|tweeted)\s+(?:me\s+)?"
    r"(?:that\s+)?(?:(?!(?:and|but|so|then)\b)\S+\s+){0,3}$",
    FLAGS,
)


def others_talk(clause_prefix: str) -> bool:
    """The phrase is what someone else talks about, not the writer's own wish."""
    return (
        _OTHERS_TALK.search(clause_prefix) is not None
        or _OTHERS_SAID.search(clause_prefix) is not None
        or _CONFIDED.search(clause_prefix) is not None
        or _OTHERS_WROTE.search(clause_prefix[-80:]) is not None
    )


# A message come from someone else, its words given after a colon and unquoted: "kam von meinem
# Kollegen aus der Werkhalle: ich mag nicht mehr leben", "got a text from my cousin at 2am: i
# want to die", "un message de mon frère : je veux mourir". The colon closes the sentence's
# account of who sent it; the writer's own words after it have a telling of their own ("I
# texted back: …" is no message come from someone).
# (between the sender and the colon, no turn to the writer: "…, and honestly: I …"; after it,
# the message's first words before the phrase: "…: i want to die")
_GAP = (
    r"(?:(?!\b(?:i|ich|je|yo|eu|io|and|und|et|y|e|but|aber|mais|pero|mas|ma|honestly|ehrlich"
    r"|franchement)\b)[^:.!?\n]){0,50}:\s*(?:\S+\s+){0,3}$"
)
_MESSAGE_FROM_OTHER = re.compile(
    r"(?:\b(?:text|message|msg|voicemail|whatsapp|dm|email|note|call)\s+from|\b(?:came|got|had"
    r"|received)\s+(?:\w+\s+){0,4}?from)\s+(?:my|his|her|our|their|the|a|an|one\s+of\s+my)\s+"
    rf"(?!self\b){_GAP}"
    r"|\b(?:kam|kommt|bekam|bekommen|kriegte|gekriegt|nachricht|sms|sprachnachricht|anruf)\s+"
    r"(?:\w+\s+){0,4}?von\s+(?:meinem|meiner|meine|mei|dem|der|einem|einer|unserem|unserm"
    rf"|unserer)\s+{_GAP}"
    r"|\b(?:message|sms|texto|appel|vocal)\s+(?:\w+\s+){0,2}?de\s+(?:mon|ma|notre|un|une)\s+"
    rf"{_GAP}"
    r"|\b(?:mensaje|whatsapp|audio|mensagem|recado|messaggio|vocale)\s+(?:\w+\s+){0,2}?"
    r"(?:de|del|da|do|dal|dalla|della)\s+(?:mi|un|una|meu|minha|mio|mia|nostro|nostra|um|uma)?"
    rf"\s*{_GAP}",
    FLAGS,
)


def in_others_quote(sentence_prefix: str) -> bool:
    """Inside "…" quoted words that someone else said ("she texted me 'I want to die'") or
    that a song, film or book says, or after the colon that opens a message someone else
    sent ("kam von meinem Kollegen: ich mag nicht mehr leben")."""
    if _MESSAGE_FROM_OTHER.search(sentence_prefix[-120:]) is not None:
        return True
    if sentence_prefix.count('"') % 2 == 0:
        return False
    before_quote = sentence_prefix[: sentence_prefix.rfind('"')]
    return (
        _REPORTED_SPEECH.search(before_quote) is not None
        or _QUOTED_WORK.search(before_quote) is not None
    )


# An instruction to watch for it, as a leaflet, a label or a course gives it: "report any
# thoughts of self-harm to your doctor", "look out for signs of", "tell your GP about any".
_INSTRUCTED = re.compile(
    r"\b(?:report|watch\s+(?:out\s+)?for|look\s+out\s+for|monitor\s+for|check\s+for"
    r"|tell\s+(?:your|a|the)\s+(?:doctor|gp|pharmacist|nurse|prescriber)\s+(?:about|if\s+you\s+have))"
    r"\s+(?:any\s+)?(?:new\s+|unusual\s+|sudden\s+|worsening\s+)?(?:thoughts?|signs?|symptoms?"
    r"|feelings?|ideas?)\s+(?:of|about)\s*$",
    FLAGS,
)


def is_topic(clause_prefix: str) -> bool:
    tail = clause_prefix[-80:]
    return _TOPIC.search(tail) is not None or _INSTRUCTED.search(tail) is not None


# A heading that names the subject: "pharmacology lecture today: paracetamol overdose".
_TOPIC_HEADING = re.compile(
    r"\b(?:lecture|class|lesson|module|seminar|training|workshop|webinar|course|tutorial|exam"
    r"|reading|assignment|essay|chapter|topic|unit|talk|session)s?\b(?:\s+\S+){0,2}?\s*:\s*"
    r"(?:\S+\s+){0,3}$",
    FLAGS,
)
# ... or a subject named right after the phrase: "self-harm prevention for my dissertation",
# "suicide awareness training", "overdose management".
_TOPIC_AFTER = re.compile(
    r"\s*(?:prevention|awareness|research|statistics|policy|policies|training|module|lecture"
    r"|screening|risk\s+assessments?|management|rates?|studies|literature|guidelines|protocols?"
    r"|first\s+aid)\b",
    FLAGS,
)


def is_topic_heading(sentence_prefix: str, after: str) -> bool:
    """The phrase is the subject of a lesson or a study, named before a colon or after it."""
    return (
        _TOPIC_HEADING.search(sentence_prefix[-80:]) is not None
        or _TOPIC_AFTER.match(after) is not None
    )


def in_question(sentence_prefix: str) -> bool:
    """After "asked if/whether/about" and before the person's own answer."""
    found = None
    for m in _QUESTION.finditer(sentence_prefix):
        found = m
    if found is None:
        return False
    return _OWN_ANSWER.search(sentence_prefix, found.end()) is None


#: The writer's and others' words per language, for the reading of a whole entry as about
#: someone else (``someone_else``).
MARKERS = _MARKERS
