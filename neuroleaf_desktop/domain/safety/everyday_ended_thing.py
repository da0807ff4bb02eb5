"""A bare ending whose "it" is a thing named just before: a lease or a game ended, not a life.

Why: "The lease is a nightmare, I'll end it tonight." was flagged as a plan while the same with
"on Friday" was not: the bare ending with a near time is read as a plan in every language
(``rules_end_bare_time``), and "it" is then whatever the writer just named. A lease, a
contract, a subscription, a meeting, a call, a series, a game or a relationship named in the
ending's sentence before it, or in the sentence before, is what gets ended, whatever the time
("tonight" included): "Das Abo nervt. Am Freitag mach ich Schluss", "Ce contrat est un
cauchemar, j'en finirai demain", "La suscripción es un robo, acabo con todo el viernes".

Never: an ending of the writer's life or of everything said outright ("end it all", "end my
life", "mit mir", "avec la vie"), the thing itself said to be over or lost ("the relationship
fell apart. I'll end it tonight" is a loss, not the thing to end), or a sentence said in
earnest. Like every everyday frame it clears only the phrase it explains, and only when nothing
else in the entry counts.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.everyday_frames import IN_EARNEST
from neuroleaf_desktop.domain.safety.everyday_spans import sentence_end, sentence_start
from neuroleaf_desktop.domain.safety.rules import FLAGS

_ENDINGS = frozenset({Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD})

# The bare ending: "end it", "mach … Schluss", "en finir", "y mettre fin", "acabar con todo",
# "acabar com tudo", "farla finita", "mettere fine a tutto".
_BARE_ENDING = re.compile(
    r"\bend(?:ing|s)?\s+it\b(?!\s+all\b)|\bschluss\b"
    r"|\b(?:en\s+)?finir(?:ai)?\b|\bfinis\b|\bmett\w*\s+fin\b"
    r"|\b(?:acab|termin)\w*\s+co[nm]\s+t[ou]do\b|\b(?:pongo|pondre|ponho|por)\s+fim?n?\s+a\s+t[ou]do\b"
    r"|\bfinita\b|\bfine\s+a\s+tutto\b",
    FLAGS,
)
# The writer's life or self named as what ends: never a thing.
_LIFE = re.compile(
    r"\b(?:my\s+(?:own\s+)?life|myself|mit\s+(?:mir|allem|meinem\s+leben)|avec\s+(?:la|ma)\s+vie"
    r"|con\s+mi\s+vida|com\s+a\s+minha\s+vida|con\s+la\s+(?:mia\s+)?vita)\b",
    FLAGS,
)
# An attempt told, never a thing ended: "the time I tried to end it".
_TRIED = re.compile(r"\b(?:tri\w+|attempt\w*|versuch\w*|tente\w*|intent\w*|tentat\w*)\b", FLAGS)
# A thing one ends: a contract, a subscription, a meeting, a call, a series, a game, a
# relationship, in six languages.
_THING = re.compile(
    r"\b(?:lease|contract|subscription|membership|tenancy|meeting|call"
    r"|zoom|game|match|series|show|project|streak|diet|affair|fling"
    r"|relationship|friendship|engagement|band|club|team|lessons?|class|campaign|stream"
    r"|podcast|blog|loan|gym"
    r"|vertrag|abo(?:s|nnement)?|mitgliedschaft|mietvertrag|sitzung|besprechung|meeting|telefonat|spiel"
    r"|serie|staffel|beziehung|affa(?:e)?re|projekt|verein|diat|fitnessstudio"
    r"|contrat|abonnement|bail|reunion|appel|relation|liaison|projet|forfait|regime"
    r"|contrato|suscripcion|alquiler|partido|relacion|proyecto|gimnasio|dieta"
    r"|assinatura|aluguel|arrendamento|reuniao|chamada|jogo|relacao|namoro|projeto|ginasio"
    r"|contratto|abbonamento|affitto|riunione|chiamata|partita|relazione|storia"
    r"|progetto|palestra)\b"
    # a course only with its determiner: not "of course", "au cours de", "in corso"
    r"|\b(?:the|my|this|that|der|den|dem|diesen?|le|ce|mon|el|este|mi|meu|il|questo|mio)\s+"
    r"(?:course|kurs|cours|curso|corso)\b",
    FLAGS,
)
# The thing itself said to be over or lost, or someone dying or gone after it: then "it" is no
# thing left to end ("I got the call, she's gone. I'll end it tonight").
_THING_GONE = re.compile(
    r"\b(?:is\s+over|ended|fell\s+apart|broke\s+down|collapsed|(?:is|'s|was|are|were)\s+gone"
    r"|cancelled|died|dead"
    r"|passed(?:\s+away)?|killed|funeral|gestorben|tot|verstorben|beerdigung|morte?|decede\w*"
    r"|obseques|murio|fallecio|muerto|muerta|entierro|morreu|faleceu|enterro|mort[oa]|funerale"
    r"|ist\s+(?:vorbei|aus|zerbrochen|gescheitert)|est\s+(?:fini|finie|terminee?)"
    r"|s'\s*est\s+(?:terminee?|brisee?)|se\s+(?:acabo|rompio|termino)|(?:se\s+)?(?:acabou"
    r"|terminou)|e\s+finit[oa])\b",
    FLAGS,
)


def clears(category: Category, phrase: str, text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` (in the folded entry) a bare ending whose "it" is a thing named
    in its sentence before it, or in the sentence before?"""
    if (
        category not in _ENDINGS
        or not _BARE_ENDING.search(phrase)
        or _LIFE.search(phrase)
        or _TRIED.search(phrase)
    ):
        return False
    s_start = sentence_start(text, start)
    s_end = sentence_end(text, end)
    if IN_EARNEST.search(text[s_start:s_end]) or _LIFE.search(text[end:s_end][:30]):
        return False
    before = text[sentence_start(text, max(s_start - 1, 0)) : start]
    things = list(_THING.finditer(before))
    return bool(things) and not _THING_GONE.search(before, things[-1].end())
