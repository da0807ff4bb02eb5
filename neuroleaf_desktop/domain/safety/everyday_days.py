"""Ordinary days that borrow a warning sign's words: three frames read around the phrase.

Why a module of its own: ``everyday`` and ``everyday_frames`` read jokes, trifles and stated
purposes; the frames here are the ordinary journal days that still raised the card, each one a
shape any writer uses and each with a limit that keeps the real sign counted:

* **a wish to die of a comic cause**: "me aburro tanto que me quiero morir", "so hungry I could
  die", "che vergogna, volevo morire": boredom, hunger or embarrassment, said with its
  intensifier ("so", "tanto", "così", "tellement") right before a wish to *die* (never a wish to
  kill oneself, never suicide). "Bored of life", "tired of living" and anything past bearing
  keep it a sign: life itself is then what is wished away, not the afternoon;
* **someone else's papers shown to the writer**: a parent shows where the insurance papers or
  the will are kept, "in case". The affairs in order are the parent's, shown to the writer; a
  writer who shows someone else *their own* papers, or says "in case I'm not here", is not in
  this frame;
* **a weekday's exhaustion**: "c'est lundi et je suis déjà à bout, vivement vendredi", "it's
  only Tuesday and I'm already at the end of my rope": the end of one's tether measured against
  a working week, said "already" or with the weekend longed for. Life, a way out or "forever"
  in the sentence keep it a sign.

As with every everyday frame, the phrase is cleared only when nothing else in the entry counts
(``detector`` re-admits it otherwise): "so bored I want to die" beside "nobody would miss me"
still shows the card.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety import everyday
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.everyday_kin import KIN
from neuroleaf_desktop.domain.safety.rules import FLAGS

# --- a wish to die of a comic cause ---------------------------------------------------------
_COMIC_CAUSE = (
    r"bored|boring|boredom|hungry|starving|embarrass\w*|cringe\w*"
    r"|aburr\w*|hambre|verguenza|vergonzos\w*"
    r"|entediad[oa]s?|tedio|fome|vergonha|vergonhos\w*"
    r"|annoi\w*|noia|fame|vergogn\w*|imbarazz\w*"
    r"|m'?ennui\w*|ennuy\w*|faim|honte|la\s+honte"
    r"|langweil\w*|hunger|hungrig|peinlich\w*|fremdscham|scha(?:e)?me"
)
_INTENSIFIER = (
    r"so+|such|tan|tanto|tanta|tao|tamanho|tamanha|cosi|tale|talmente|tellement|si|trop"
    r"|dermassen|derart|sehr|how|que|qu[eé]|quelle|che|wie|mega|super"
)
# The comic cause and its intensifier, then at most a few words ("que", "that I", "dass ich",
# "j'ai envie de") before the phrase: the cause is what the wish is said of.
_COMIC_BEFORE = re.compile(
    rf"(?:\b(?:{_INTENSIFIER})\W+(?:\w+\W+){{0,2}}?(?:{_COMIC_CAUSE})"
    rf"|\b(?:{_COMIC_CAUSE})\W+(?:\w+\W+){{0,2}}?(?:{_INTENSIFIER}))\b"
    r"[\s,:;!-]*(?:[\w']+\s+){0,4}$",
    FLAGS,
)
# The wish is to die (a figure of speech people use), not to kill oneself.
_DIE_WORD = re.compile(
    r"\b(?:die|died|dying|dead|morir\w*|muer\w*|mori|morrer\w*|morr[aeo]\w*|morire|muoi\w*"
    r"|mori\w*|mourir|meur\w*|crever|sterben|sterbe|tot|umfallen)\b",
    FLAGS,
)
_KILL_WORD = re.compile(
    r"\b(?:suicid\w*|suizid\w*|kill\w*|matar\w*|mato|uccider\w*|ammazz\w*|tuer|tue|umbringen"
    r"|bring\w*\s+mich\s+um|hang\w*|jump\w*|pills?)\b",
    FLAGS,
)
# Life itself named as what bores or weighs ("bored of life", "aburrido de vivir", "for
# good"), or the writer as the cause of the shame ("vergüenza de mí misma", "ashamed of myself").
_OF_LIFE = re.compile(
    r"\b(?:life|living|alive|exist\w*|vida|vivir|viver|vita|vivere|vie|vivre|leben\w*"
    r"|forever|for\s+good|para\s+siempre|pour\s+toujours|per\s+sempre|para\s+sempre"
    r"|fu(?:e)?r\s+immer)\b",
    FLAGS,
)
_ABOUT_ALL_OR_SELF = re.compile(
    r"\b(?:everything|todo|tudo|tutto|tout|alles|myself|who\s+i\s+am|(?:de|di|vor)\s+mi(?:m|r)?"
    r"\s+(?:mism[oa]|mesm[oa]|stess[oa]|selbst)|de\s+moi|de\s+mim|di\s+me|mich\s+selbst"
    r"|ashamed|schame\s+mich\s+fur\s+mich)\b",
    FLAGS,
)

# --- someone else's papers shown to the writer ----------------------------------------------
_OTHER_SHOWED_ME = re.compile(
    r"\b(?:my|mi|mis|mon|ma|mes|mein\w*|meu|minha|meus|minhas|mio|mia|miei)\s+"
    rf"(?:{KIN})\b[^.!?\n]{{0,30}}?"
    r"(?:\b(?:showed|shown|shows|told|explained)\s+(?:me|us)\b"
    r"|\b(?:me|nos)\s+(?:enseno|ensenaron|mostro|mostraron|explico|explicaron|dijo|dijeron"
    r"|mostrou|mostraram|explicou|explicaram|disse|disseram)\b"
    r"|\bm'?\s*(?:a|ont)\s+(?:montre|explique|dit)\b"
    r"|\b(?:hat|haben)\s+mir\s+(?:\w+\s+){0,3}?(?:gezeigt|erkla(?:e)?rt|gesagt)\b"
    r"|\b(?:zeigte|erkla(?:e)?rte)\s+mir\b"
    r"|\bmi\s+(?:ha|hanno)\s+(?:mostrato|fatto\s+vedere|spiegato|detto)\b|\bmi\s+mostro\b)",
    FLAGS,
)
# The writer's own absence in the same sentence: then the papers are the writer's matter too.
_WRITER_GONE = re.compile(
    r"\b(?:i'?m\s+(?:not|gone)|i\s+am\s+(?:not|gone)|(?:yo\s+)?no\s+est(?:oy|e)|me\s+pasa\s+algo"
    r"|je\s+ne\s+suis\s+plus|(?:eu\s+)?nao\s+estiver|non\s+ci\s+sono\s+piu|non\s+ci\s+saro"
    r"|ich\s+nicht\s+mehr|my\s+own|mis\s+propios|mes\s+propres|meine\s+eigenen)\b",
    FLAGS,
)

# --- a weekday's exhaustion -----------------------------------------------------------------
_WORKING_WEEK = re.compile(
    r"\b(?:monday|tuesday|wednesday|lunes|martes|miercoles|lundi|mardi|mercredi|lunedi|martedi"
    r"|mercoledi|montag|dienstag|mittwoch|segunda(?:-feira)?|terca(?:-feira)?|quarta(?:-feira)?"
    r"|start\s+of\s+the\s+week|principio\s+de\s+semana|debut\s+de\s+semaine|inizio\s+settimana"
    r"|wochenanfang|inicio\s+da\s+semana)\b",
    FLAGS,
)
_ALREADY = re.compile(
    r"\b(?:already|only|ya|deja|gia|ja|schon|erst|apenas|seulement|solo)\b", FLAGS
)
_WEEKEND_LONGED = re.compile(
    r"\b(?:roll\s+on|bring\s+on|can'?t\s+wait\s+for|vivement|que\s+llegue(?:\s+ya)?"
    r"|ojala\s+(?:sea|fuera|llegue)|non\s+vedo\s+l'?\s*ora\s+(?:che\s+sia|del|di)"
    r"|(?:quero|queria)\s+que\s+chegue|(?:ich\s+)?freu\w*\s+mich\s+auf|endlich|bald)\s+"
    r"(?:(?:ist|es|sea|que\s+sea|el|la|le|les|the|o|a|il|lo|das|den|ya)\s+){0,2}"
    r"(?:friday|the\s+weekend|weekend|week-?end|viernes|fin\s+de\s+semana|vendredi|vacances"
    r"|venerdi|fine\s+settimana|sexta(?:-feira)?|fim\s+de\s+semana|freitag|wochenende|feierabend"
    r"|ferias|vacaciones|vacanze|urlaub|holidays?)\b",
    FLAGS,
)
_EXHAUSTION = frozenset({Category.TRAPPED_PAIN, Category.NO_FUTURE})


def clears(category: Category, phrase: str, prefix: str, sentence: str) -> bool:
    """Is ``phrase``, after ``prefix`` in ``sentence`` (the folded entry's sentence it stands
    in), an ordinary day told in one of this module's frames?"""
    return (
        _comic_wish(category, phrase, prefix, sentence)
        or _papers_shown(category, prefix, sentence)
        or _weekday_worn(category, phrase, prefix, sentence)
    )


def _comic_wish(category: Category, phrase: str, prefix: str, sentence: str) -> bool:
    if category not in (Category.SUICIDAL_IDEATION, Category.DEATH_WISH):
        return False
    return comic_wish(phrase, prefix, sentence)


def comic_wish(phrase: str, prefix: str, sentence: str) -> bool:
    """A wish to die (``phrase``, after ``prefix`` in the folded ``sentence``) said of boredom,
    hunger or embarrassment, with its intensifier."""
    if _DIE_WORD.search(phrase) is None or _KILL_WORD.search(sentence):
        return False
    if _OF_LIFE.search(sentence) or _ABOUT_ALL_OR_SELF.search(sentence):
        return False
    if everyday.past_bearing(sentence):
        return False
    return _COMIC_BEFORE.search(prefix[-80:]) is not None


def _papers_shown(category: Category, prefix: str, sentence: str) -> bool:
    """A parent (or another relative) shows the writer where their own papers are kept."""
    if category is not Category.GOODBYES or _WRITER_GONE.search(sentence):
        return False
    return _OTHER_SHOWED_ME.search(prefix[-120:]) is not None


def _weekday_worn(category: Category, phrase: str, prefix: str, sentence: str) -> bool:
    """Worn out early in the working week: "already" on a Monday, or the weekend longed for."""
    if category not in _EXHAUSTION or _WORKING_WEEK.search(sentence) is None:
        return False
    if _OF_LIFE.search(sentence) or everyday.past_bearing(sentence):
        return False
    return (
        _ALREADY.search(prefix + " " + phrase) is not None
        or _WEEKEND_LONGED.search(sentence) is not None
    )
