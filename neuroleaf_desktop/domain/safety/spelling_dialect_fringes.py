"""Further regional speech folded into the standard words the rules read: Low German
(Plattdeutsch), Palatine and Saarland German; Hawaiian Pidgin English; Picard (Ch'ti) and
Haitian creole French; Salentino, Roman and central Italian.

Why: as for ``spelling_dialect_regions``, a rule written for "ich sehe keinen Ausweg" misses Low
German "ick seh keen Utweg", one for "I don't want to live" misses Pidgin "I no like live", one
for "non c'è futuro per me" misses Salentino "nu c'è futuru pe mie". Each register's everyday
words (pronouns, negation, a few verbs and nouns) are respelt once, before any rule runs, so
every rule of the language reads them, whatever the next writer says in that register.

Each table is applied only in a sentence holding two of its own marker words, which no other
of the six languages uses that way ("heff", "dree", "utweg" for Low German; "brah", "pau",
"wen", "no like" for Pidgin; "ej", "s'rot", "sans mi" for Ch'ti; "pozzu", "futuru", "aggiu"
for southern Italian). A few forms of no other language are folded anywhere (Haitian "pa
gen", Picard "d'mi" before a verb). The map back to the writer's words is kept.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.dialect_folding import Fold, apply, apply_where, ctx, words
from neuroleaf_desktop.domain.safety.spelling_dialect_alemannic import respell_alemannic
from neuroleaf_desktop.domain.safety.spelling_dialect_bavarian import respell_bavarian
from neuroleaf_desktop.domain.safety.spelling_dialect_brazil import respell_a_gente
from neuroleaf_desktop.domain.safety.spelling_dialect_rhine import respell_rhine

# --- Low German (Mecklenburg, Hamburg, Ostfriesland) ------------------------------------------
# Runs after ``spelling_dialect_more`` (so "ick", "keen", "nich" already read "ich", "kein",
# "nicht") and after the English folds, which read "dat" as "that" and "seh" as "say".
_LOW_GERMAN = re.compile(
    r"\b(?:heff|hebb|hett|hebbt|bun|deit|doot|utweg|sitt|dree|johr|versocht|wedder|ook|kiek"
    r"|snack\w*|allens|sik|mienen?|dor)\b"
)
_LOW_GERMAN_WORDS = words(
    {
        "heff": "habe",
        "hebb": "habe",
        "hett": "hat",
        "hebbt": "haben",
        "bun": "bin",
        "deit": "tut",
        "doot": "tun",
        "utweg": "ausweg",
        "sitt": "sitze",
        "dree": "drei",
        "versocht": "versucht",
        "wedder": "wieder",
        "ook": "auch",
        "allens": "alles",
        "mienen": "meinen",
        "mien": "mein",
        "sik": "sich",
        "wach worden": "aufgewacht",
    }
)
_LOW_GERMAN_CONTEXT: tuple[Fold, ...] = (
    # "dat deit weh" (das tut weh) opening its clause, read by the English folds as "that"
    ctx(r"(?:^|(?<=[,;:]\s))(?P<w>that)\s+(?=tut|is|ist|war|geht|hat|wird)\b", "das"),
    ctx(r"\b(?:ich|i)\s+(?P<w>say|seh)\b", "sehe"),
    # "vor dree Johr" (vor drei Jahren), "Leben to nehmen" (zu nehmen)
    ctx(r"\b(?:vor|seit)\s+(?:\w+\s+)?(?P<w>johr|jahr)\b", "jahren"),
    ctx(r"(?<![\w'])(?P<w>to)\s+(?=\w+en\b)", "zu"),
    ctx(r"\b(?P<w>kein)\s+(?=ausweg|ausgang)\b", "keinen"),
)

# --- Palatine and Saarland --------------------------------------------------------------------
# "isch will nimmeh" (ich will nicht mehr), "'s Lewe se nemme" (das Leben zu nehmen), "'s steht
# fescht" (es steht fest), "d'Eltre sin" (die Eltern sind): "b" read as "w", final "n" dropped.
_PALATINE = re.compile(
    r"\b(?:nimmeh|nimme|lewe|lewwe|nemme|gewwe|bleiwe|fescht|eltre|sin|hann|gell)\b"
)
_PALATINE_WORDS = words(
    {
        "nimmeh": "nicht mehr",
        "nimme": "nicht mehr",
        "lewe": "leben",
        "lewwe": "leben",
        "nemme": "nehmen",
        "gewwe": "geben",
        "bleiwe": "bleiben",
        "fescht": "fest",
        "eltre": "eltern",
    }
)
_PALATINE_CONTEXT: tuple[Fold, ...] = (
    ctx(r"(?<![\w'])(?P<w>se)\s+(?=nehmen|geben|machen|leben|sterben)\b", "zu"),
    ctx(r"(?<![\w])(?P<w>'s)\s+(?=leben)\b", "das"),
    ctx(r"(?<![\w])(?P<w>'s)\s+(?=steht|ist|is|wird|geht)\b", "es"),
    ctx(r"\b(?:eltern|die|wir|sie)\s+(?:\w+\s+){0,3}?(?P<w>sin)(?=\s*[,.;!?]|\s*$)", "sind"),
)

# --- Hawaiian Pidgin --------------------------------------------------------------------------
_PIDGIN = re.compile(
    r"\b(?:brah|bruddah|pau|fo|wen|dey|ohana|bumbye|kine|no\s+like|no\s+going|no\s+can"
    r"|no\s+see|li'dat|lidat|moke|howzit|shoots)\b"
)
_PIDGIN_CONTEXT: tuple[Fold, ...] = (
    # "I no like live" (I don't want to live), "I no going need 'em" (I'm not going to need
    # them), "I no see nothing" (I don't see anything), "no can" (can't)
    ctx(r"\bi\s+(?P<w>no\s+like)\s+(?=\w)", "don't want to"),
    ctx(r"\b(?P<w>i\s+no\s+going)\s+(?=\w)", "i'm not going to"),
    ctx(r"\bi\s+(?P<w>no\s+can)\b", "can't"),
    ctx(r"\bi\s+(?P<w>no)\s+(?=see|want|need|care|feel|get|know|have|sleep|eat)\b", "don't"),
    # "if I wen go" (if I went), "wen drop off" (dropped off): "wen" marks the past
    ctx(r"\b(?P<w>wen\s+go)\b", "went"),
    ctx(r"(?:^|\bi\s+|(?<=[,;:]\s))(?P<w>wen)\s+(?=\w)", "did"),
    ctx(r"(?<![\w'])(?P<w>fo)\s+(?=me|you|him|her|us|them|good|real|what|the)\b", "for"),
    ctx(r"(?<![\w'])(?P<w>dey)\s+(?=be|would|will|stay|no|going|can|don't)\b", "they'd"),
    ctx(r"\b(?:they'd)\s+(?P<w>be)\s+(?=better)\b", "be"),
    ctx(r"\b(?:all|now|stay)\s+(?P<w>pau)\b", "over"),
    ctx(r"\b(?P<w>'em)\b", "them"),
)

# --- Picard (Ch'ti) French --------------------------------------------------------------------
_CHTI = re.compile(r"(?<![\w'])(?:ej|min|s'rot|ch'|biloute|j'te|d'mi|sans\s+mi)(?![\w])")
_CHTI_CONTEXT: tuple[Fold, ...] = (
    ctx(r"(?<![\w'])(?P<w>ej)\s+(?=suis|sus|veux|peux|sais|vois|ai|m'|me|n'|ne)", "je"),
    ctx(r"(?<![\w'])(?P<w>i)\s+(?=s'rot|serait|sera|est|a|veut)\b", "il"),
    ctx(r"(?<![\w'])(?P<w>s'rot)(?![\w])", "serait"),
    ctx(r"(?<![\w'])(?P<w>min)\s+(?=frere|pere|cousin|ami|copain|fils|homme|coeur|corps)\b", "mon"),
)
# Anywhere: forms of no other language the app reads.
_ANYWHERE: tuple[Fold, ...] = (
    # Picard "d'mi tuer" (de me tuer), "sans mi" (sans moi)
    ctx(r"(?<![\w])(?P<w>d'mi)\s+(?=\w+(?:er|ir|re)\b)", "de me"),
    ctx(r"\bsans\s+(?P<w>mi)(?![\w'])", "moi"),
    # Haitian "pa gen" (il n'y a pas de): "pa gen avenir pou mwen"
    ctx(r"(?<![\w'])(?P<w>pa\s+gen)\s+(?=[aeiouh])", "il n'y a pas d'"),
    ctx(r"(?<![\w'])(?P<w>pa\s+gen)(?![\w'])", "il n'y a pas de"),
    # Southern US, Cajun and Appalachian English: "I won't be needing it no more" (anymore:
    # a negated verb earlier in the clause, "no more" closing it), "this here is goodbye"
    # (this is), "can't see me still being here" (myself)
    ctx(
        r"\b(?:\w+n't|not|never|no)\s+(?:[\w']+\s+){0,5}?[\w']+\s(?P<w>no\s+more)(?=\s*(?:[,.!?;]|$))",
        "anymore",
    ),
    ctx(r"\b(?P<w>this\s+here)\s+(?=is|was|will|be)\b", "this"),
    ctx(
        r"\b(?:see|picture|imagine)\s+(?P<w>me)\s+(?=(?:still\s+)?(?:being|be|here|alive|around"
        r"|living|making|getting|reaching)\b)",
        "myself",
    ),
    # Portuguese "enxergar" (to see): "não enxergo futuro nenhum"
    ctx(r"\b(?P<w>enxergo)\b", "vejo"),
    ctx(r"\b(?P<w>enxergar)\b", "ver"),
    ctx(r"\b(?P<w>nisciune|nisciuno)\b", "nessuno"),
    # Italian "pasticche" (pastiglie), Ulster and Scots "wains/weans" (kids)
    ctx(r"\b(?P<w>pasticche)\b", "pastiglie"),
    ctx(r"\b(?P<w>pasticca)\b", "pastiglia"),
    ctx(r"\b(?P<w>wains|weans)\b", "kids"),
    # Roman and central Italian "levarmi la vita" (togliermi), "nun ce fossi" (non ci fossi)
    ctx(r"\b(?P<w>levarmi|levarme|levamme)\s+(?=la\s+vita)\b", "togliermi"),
    ctx(r"\bnon\s+(?P<w>ce)\s+(?=fossi|fosse|sarei|sto|stessi|stavo|sono|faccio)\b", "ci"),
)

# --- Salentino, Roman and central Italian -----------------------------------------------------
_CENTRAL_SOUTH = re.compile(
    r"\b(?:nu|pozzu|chiui|moru|futuru|pe|mie|nienzi|cangia|aggiu|decisu|nisciune|svejat[oa]"
    r"|\w{3,}amme|vogghiu|mi'|nun)\b"
)
_CENTRAL_SOUTH_WORDS = words(
    {
        "pozzu": "posso",
        "chiui": "piu",
        "futuru": "futuro",
        "nienzi": "niente",
        "cangia": "cambia",
        "aggiu": "ho",
        "decisu": "deciso",
        "nisciune": "nessuno",
        "svejato": "svegliato",
        "svejata": "svegliata",
    }
)
_CENTRAL_SOUTH_CONTEXT: tuple[Fold, ...] = (
    # "nu ne pozzu" (non ne posso), "nu c'è" (non c'è): "nu" before a verb or a clitic
    ctx(r"(?<![\w'])(?P<w>nu)\s+(?=ne|c'|ce|ci|mi|me|voglio|posso|vedo|so|sono|ho|sta|e)\b", "non"),
    ctx(r"\bvoglio\s+(?P<w>moru|muriri)\b", "morire"),
    ctx(r"\bpe\s+(?P<w>mie)\b", "me"),
    ctx(r"(?<![\w'])(?P<w>pe)\s+(?=me|te|noi|mia|mio)\b", "per"),
)


def _armi(norm: str, mapping: list[int]) -> tuple[str, list[int]]:
    """Roman "-amme" infinitives after a preposition or a modal respelt "-armi" ("provato a
    levamme la vita" → "levarmi"); "mamme", "fiamme" are too short to be read."""
    found = {
        m.group("w")
        for m in re.finditer(r"\b(?:a|di|per|voglio|vorrei|posso|de)\s+(?P<w>\w{3,}amme)\b", norm)
    }
    if not found:
        return norm, mapping
    fold = words({w: w[:-4] + "armi" for w in found})
    return apply(norm, mapping, (fold,))


def respell_fringes(norm: str, mapping: list[int]) -> tuple[str, list[int]]:
    """``norm`` with the regional words above respelt where their register is in the
    sentence, and the offset map kept in step."""
    norm, mapping = apply_where(
        norm, mapping, _LOW_GERMAN, (_LOW_GERMAN_WORDS, *_LOW_GERMAN_CONTEXT), 2
    )
    norm, mapping = apply_where(norm, mapping, _PALATINE, (_PALATINE_WORDS, *_PALATINE_CONTEXT), 2)
    norm, mapping = apply_where(norm, mapping, _PIDGIN, _PIDGIN_CONTEXT, 2)
    norm, mapping = apply_where(norm, mapping, _CHTI, _CHTI_CONTEXT, 2)
    norm, mapping = apply(norm, mapping, _ANYWHERE)
    norm, mapping = apply_where(
        norm, mapping, _CENTRAL_SOUTH, (_CENTRAL_SOUTH_WORDS, *_CENTRAL_SOUTH_CONTEXT), 2
    )
    norm, mapping = respell_a_gente(*respell_alemannic(*respell_rhine(*_armi(norm, mapping))))
    return respell_bavarian(norm, mapping)
