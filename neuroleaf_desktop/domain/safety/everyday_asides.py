"""The phrase set aside by what is said around it, in six languages.

Why a module of its own: these frames do not name an occasion or a nuisance; they read how the
writer frames the words themselves — "it's not that I want to die", a complaint whose object is
named right after it ("can't take any more of this heat"), a joke said in the clause or the
next sentence, someone else's case ("that was my patient, not me"), a subject studied under a
heading, a clean streak ("no self-harm for four years"). ``everyday_frames.clears`` asks them
last, after the occasions and the earnest words.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.everyday_spans import EXPLICIT, clause, sentence_end
from neuroleaf_desktop.domain.safety.joke_denied import JOKE_DENIED
from neuroleaf_desktop.domain.safety.rules import FLAGS

# --- "it's not that …", said to set the words aside ---------------------------------------
_NOT_THAT = re.compile(
    r"\b(?:(?:it'?s|it\s+is)\s+not\s+that|not\s+that|no\s+be\s+say|no\s+es\s+que|nao\s+e\s+que"
    r"|(?:ce\s+n'?|c'?)\s*est\s+pas\s+que|nicht\s+(?:so,?\s+)?dass|non\s+e\s+che)\b"
    r"[^.!?\n,;]{0,25}$",
    FLAGS,
)

# --- a complaint with its object named right after the phrase ------------------------------
_COMPLAINT_OBJECT = re.compile(
    r"^\s*(?:(?:with|of|at|about|in|con|de|da|do|della|dello|del|mit|bei|avec|du|des)\s+)?"
    r"(?:this|the|my|these|that|those|our|esta|este|estos|estas|essa|esse|essas|esses|ce|cet"
    r"|cette|ces|le|la|les|mon|ma|mes|diese[rnms]?|der|die|das|dem|den|meine[nmrs]?|questa"
    r"|questo|questi|queste|il|lo|i|gli|mio|mia|miei|mie)\s+(?:\w+\s+)?"
    r"(?:printer|computer|laptop|job|shift|shifts|commute|noise|music|neighbou?rs?|heat|heatwave"
    r"|weather|rain|traffic|week|month|term|semester|essay|essays|exam|exams|assignment|diet"
    r"|queue|landlord|project|deadline|paperwork|building\s+work|renovation|toddler|teething"
    r"|semana|trabalho|trabajo|calor|ruido|barulho|vizinhos|vecinos|musica|obras?|dieta|chuva"
    r"|lluvia|tr[aâ]nsito|trafico|semaine|boulot|travail|chaleur|bruit|voisins|musique|chantier"
    r"|pluie|regime|woche|arbeit|hitze|la(?:e)?rm|nachbarn|musik|baustelle|schicht|regen|dia(?:e)?t"
    r"|settimana|lavoro|caldo|rumore|vicini|cantiere|turno|pioggia)\b",
    FLAGS,
)

_ENDS_DEMONSTRATIVE = re.compile(
    r"\b(?:this|that|esto|esta|este|isto|isso|ca|cela|das|questo|questa|dies)$", FLAGS
)

# --- said as a joke ---------------------------------------------------------------------------
_AS_A_JOKE = re.compile(
    r"\b(?:as\s+a\s+joke|for\s+a\s+laugh|(?:only|just)\s+(?:joking|kidding)|joking|kidding"
    r"|en\s+broma|de\s+broma|pour\s+rire|en\s+plaisantant|por\s+brincadeira|a\s+brincar"
    r"|de\s+brincadeira|per\s+scherzo|scherzando|im\s+spa(?:ss|ß)|aus\s+spa(?:ss|ß)"
    r"|zum\s+spa(?:ss|ß))\b",
    FLAGS,
)
# The next sentence is the joke word itself: "Joking.", "Broma, obvio.", "Blague." (a bare
# "lol" is not: "I want to die lol" still counts)
_JOKE_SAID_AFTER = re.compile(
    r"^\s*(?:(?:it'?s|it\s+was|es|era|fue|c'?est|c'?etait|e|foi|ist|war)\s+"
    r"(?:(?:just|only|a|una?|um|uma|ein|nur|solo|so|juste)\s+)?)?"
    r"(?:joke|joking|kidding|broma|blague|brincadeira|scherzo|spa(?:ss|ß)|witz)\b",
    FLAGS,
)
# A threat made on a condition of a chore and closed by the joke word in the same sentence: "se
# mi tocca rifare il turno di notte mi butto dalla terrazza, scherzo eh", "if they change the
# rota again I'm jumping, kidding", "si me toca repetirlo me tiro por la ventana, es broma".
# Only with the condition before it: "I want to die, just kidding" keeps its first half.
_ON_A_CONDITION = re.compile(
    r"^\s*(?:(?:and|but|y|pero|e|ma|mas|et|mais|und|aber)\s+)?(?:if|si|se|wenn)\b", FLAGS
)
_JOKE_CLOSES = re.compile(
    r"[,;-]\s*(?:(?:it'?s|es|e|c'?est|ist|just|only|solo|nur|juste)\s+)?"
    r"(?:(?:a|una?|um|uma|ein)\s+)?"
    r"(?:joke|joking|kidding|jk|broma|bromeo|blague|je\s+rigole|brincadeira|to\s+brincando"
    r"|scherzo|scherzavo|sto\s+scherzando|spa(?:ss|ß)|witz)\b(?:\s+\w+)?\s*[.!]*\s*$",
    FLAGS,
)
_NOT_A_JOKE = re.compile(
    r"\b(?:not|no|wasn'?t|isn'?t|half|kein|pas|nao|non|sin|senza|ohne)[\s-]+(?:\w+\s+)?"
    r"(?:a\s+)?(?:joke|joking|kidding|broma|brincadeira|scherzo|spa(?:ss|ß)|rire)"
    r"|\bmeant\s+it\b|\bbut\s+(?:i|really)\b"
    # the others taking it for a joke: "they laughed like I was joking" (it was not one)
    r"|\b(?:like|as\s+if|as\s+though)\s+i\s+(?:was|were)\s+(?:joking|kidding)\b"
    # a joke "but almost", "pero casi": half of it meant
    r"|\b(?:but|pero|mais|mas|ma|aber)\s+(?:only\s+)?(?:almost|casi|presque|quase|quasi|fast"
    r"|not\s+(?:entirely|really)|no\s+del\s+todo|pas\s+tant\s+que\s+ca)\b",
    FLAGS,
)

# --- someone else's case: "that was my patient, not me" -----------------------------------
_NOT_ME = re.compile(
    r"\b(?:that|it|this)\s+(?:was|is|were)\s+(?:my|a|the|our)\s+(?:\w+\s+){0,4}?\w+\s*,?\s*"
    r"(?:not|pas|no|nao|non|nicht)\s+(?:me|moi|yo|eu|io|ich|mine)\b",
    FLAGS,
)

# --- a subject studied: "revised for the nursing exam: passive and active suicidal ideation" --
_STUDIED_HEADING = re.compile(
    r"\b(?:studied|studying|revised|revising|learn(?:ed|t|ing)|gelernt|lernen|gepaukt|pauken"
    r"|revise|revisions?|estudie|estudiando|estudei|estudando|studiato|studiando|ripassato"
    r"|ripassando)\b[^.!?\n]{0,50}:\s*[^.!?\n]{0,60}$",
    FLAGS,
)

# --- a clean streak: "no self-harm for four years", "niente autolesionismo da quattro anni" ---
_NONE_BEFORE = re.compile(
    r"\b(?:no|none|nothing|zero|niente|nessun\w*|nada|nenhum\w*|ningun\w*|kein\w*|aucun\w*"
    r"|pas\s+de|sans|senza|sin|sem|ohne)\s+(?:\w+\s+)?$",
    FLAGS,
)
_FOR_YEARS = re.compile(
    r"^[^.!?\n]{0,20}?\b(?:for|in|since|da|desde|ha|há|seit|depuis|en)\s+(?:\d+|two|three|four"
    r"|five|six|dos|tres|cuatro|cinco|seis|dois|duas|quatro|deux|trois|quatre|cinq|due|tre"
    r"|quattro|cinque|sei|zwei|drei|vier|fu(?:e)?nf|sechs|a|one|un|una|um|uma|ein\w*)\s+"
    r"(?:days?|weeks?|months?|years?|dias|semanas|meses|anos|a(?:n|ñ)os|jours|semaines|mois|ans"
    r"|giorni|settimane|mesi|anni|tagen|wochen|monaten|jahren)\b",
    FLAGS,
)
_UNTIL_NOW = re.compile(
    r"\b(?:until|till|bis|hasta|ate|jusqu\w*|fino|but|aber|pero|mais|mas|ma)\b",
    FLAGS,
)


def set_aside(
    category: Category, phrase: str, text: str, s_start: int, start: int, end: int, s_end: int
) -> bool:
    """The phrase set aside by what is said around it: "it's not that", its object named, a
    joke, someone else's case, a subject studied, a streak of none."""
    prefix = text[s_start:start]
    sentence = text[s_start:s_end]
    following = text[s_end : sentence_end(text, s_end)] if s_end < len(text) else ""
    if category in EXPLICIT and _NOT_THAT.search(prefix):
        return True
    if category in (Category.TRAPPED_PAIN, Category.NO_FUTURE):
        after = text[end : end + 60]
        # "can't keep doing this job": the phrase's own "this" names the job
        if _ENDS_DEMONSTRATIVE.search(phrase):
            after = " this " + after
        if _COMPLAINT_OBJECT.search(after):
            return True
    if (
        category is not Category.GETTING_MEANS
        and (
            _AS_A_JOKE.search(clause(text, start, end))
            or _AS_A_JOKE.search(following[:40])
            or _JOKE_SAID_AFTER.search(following)
            or (_ON_A_CONDITION.search(prefix) and _JOKE_CLOSES.search(text[end:s_end]))
        )
        # a joke denied ("no lo digo en broma", "non sto scherzando") makes the words earnest
        and not _NOT_A_JOKE.search(sentence + following)
        and not JOKE_DENIED.search(sentence + " " + following)
    ):
        return True
    if _NOT_ME.search(text[end : min(len(text), end + 160)]):
        return True
    if _STUDIED_HEADING.search(prefix):
        return True
    return (
        category is Category.SELF_HARM
        and _NONE_BEFORE.search(prefix[-30:]) is not None
        and _FOR_YEARS.search(text[end : end + 60]) is not None
        and not _UNTIL_NOW.search(text[end:s_end])
    )
