"""A plea to be remembered tied to an ordinary event or role: a bid for favour, not a goodbye; in
six languages.

Why: "remember me kindly", "recuérdame bien", "behaltet mich in guter Erinnerung" are how a
writer taking leave asks to be kept in mind, and the goodbye families read them. The same words
ask for a small favour at an ordinary event: "remember me well at the raffle", "recuérdame en
la rifa", "denkt beim Sommerfest gut an mich", "souvenez-vous de moi au tirage", "ricordatevi
di me alla lotteria", "lembrem-se de mim no sorteio"; or to be known by a part played at one:
"remember me as the one who brought the cake"; or when a choice is made: "remember me when you
pick the winners". A crisis card over a raffle tells a person the app does not listen.

What ties the plea to the event is said in the plea's own sentence, within or after it: the
event named (a raffle, a draw, a party, a meeting, a vote, an interview, a prize), a part played
with an ordinary thing as its object ("the one who brought the cake", not "the one who loved
you"), or a choice being made ("when you pick", "cuando elijan", "wenn ihr auslost"). Never when the
sentence also speaks of the writer gone or dead, of a funeral or a grave, or says it is meant.
Like every everyday frame, it clears only the phrase it explains, only when nothing else in the
entry counts (the detector re-admits it otherwise).
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.everyday_frames import IN_EARNEST
from neuroleaf_desktop.domain.safety.everyday_spans import sentence_end, sentence_start
from neuroleaf_desktop.domain.safety.rules import FLAGS

# The plea itself, in the phrase the goodbye families matched.
_PLEA = re.compile(
    r"\b(?:remember\s+me|think\s+of\s+me|recuerd\w*me|me\s+recuerd\w+|acuerd\w+\s+de\s+mi"
    r"|(?:erinnert|erinnere|erinnern)\s+(?:euch|dich|sie)?\s*(?:\w+\s+)?an\s+mich|denk\w*\s+"
    r"(?:\w+\s+){0,3}?an\s+mich|(?:in\s+\w+\s+)?erinnerung|mich\s+(?:gut|lieb)"
    r"|souven\w+(?:-|\s+)\w*\s*de\s+moi|pens\w+\s+a\s+moi|ricord\w+\s+di\s+me|mi\s+ricord\w+"
    r"|lembr\w+(?:-|\s+)?(?:se\s+|te\s+)?de\s+mim|me\s+lembr\w+)",
    FLAGS,
)
# An ordinary event: a draw, a party, a meeting, a vote, an interview, a prize.
_EVENT = re.compile(
    r"\b(?:raffle|draw|tombola|lottery|bingo|quiz|fete|fair|bake\s+sale|auction|party|barbecue"
    r"|bbq|picnic|potluck|reunion|meeting|agm|elections?|vote|voting|interviews?|appraisal"
    r"|auditions?|try-?outs?|selection|awards?|prize-?giving|prizes?|competition|contest"
    r"|tournament|concert|recital|dinner|lunch|secret\s+santa|sweepstakes?|promotions?"
    r"|bonus(?:es)?|pay\s+rise|raise|rota|shortlist"
    r"|rifa|sorteo|loteria|fiesta|feria|kermes|subasta|reunion|eleccion\w*|votacion|entrevista"
    r"|concurso|premios?|cena|comida|torneo|amigo\s+invisible|ascenso|aumento"
    r"|verlosung|auslosung|lotterie|\w*fest|\w*feier|basar|flohmarkt|versammlung|sitzung|wahl"
    r"|abstimmung|vorstellungsgespra\w*|wettbewerb|preis\w*|turnier|wichteln|befo(?:e)?rderung"
    r"|gehaltserho(?:e)?hung"
    r"|tirage|loto|kermesse|fete|foire|vente|encheres|election|entretien|prix|tournoi|diner"
    r"|dejeuner|soiree|augmentation"
    r"|lotteria|sorteggio|estrazione|riffa|festa|sagra|fiera|asta|riunione|elezion\w*|votazione"
    r"|colloquio|premi\w*|cena|pranzo|promozione|aumento"
    r"|sorteio|quermesse|leilao|reuniao|eleicao\w*|votacao|premio\w*|torneio|jantar|almoco"
    r"|promocao|amigo\s+(?:secreto|oculto))\b",
    FLAGS,
)
# A part played with an ordinary thing as its object: "the one who brought the cake", "la que
# hizo las tortillas", "die, die den Kuchen gebacken hat"; never a person ("the one who loved
# you").
_ROLE = re.compile(
    r"\b(?:(?:as\s+)?the\s+(?:one|girl|guy|woman|man|lad|lass|person|kid|bloke)\s+(?:who|that)"
    r"|como\s+(?:el|la)\s+que|als\s+(?:der|die|derjenige|diejenige)\s*,?\s*(?:der|die)"
    r"|comme\s+(?:celui|celle)\s+qui|come\s+(?:quello|quella|colui|colei)\s+che"
    r"|como\s+(?:o|a|aquele|aquela)\s+que)\s+(?:\w+\s+){0,2}?"
    r"(?:the|a|an|those|these|all\s+the|el|la|los|las|un|una|unos|unas|den|die|das|einen|eine"
    r"|le|les|une|des|il|lo|i|gli|o|os|as|um|uma)\s+\w+",
    FLAGS,
)
# A choice being made: "when you pick the winners", "cuando elijan", "wenn ihr auslost".
_CHOICE = re.compile(
    r"\b(?:when|while|once)\s+(?:you|they|we)\s+(?:\w+\s+)?(?:pick|draw|choose|select|announce"
    r"|hand\s+out|give\s+out|pass\s+out|judge|vote|decide|sort)\b"
    r"|\bcuando\s+(?:\w+\s+)?(?:elij\w+|escoj\w+|saque\w*|reparta\w*|sorte\w+|vote\w*)\b"
    r"|\bwenn\s+(?:ihr|du|sie)\s+(?:\w+\s+){0,3}?(?:auslos\w*|aussuch\w*|ausw(?:ae|a)hl\w*"
    r"|verteil\w*|zieh\w*|abstimm\w*|w(?:ae|a)hl\w*)\b"
    r"|\bquand\s+(?:tu|vous|ils|elles|on)\s+(?:\w+\s+)?(?:tir\w+|choisi\w+|distribu\w+"
    r"|vot\w+|annonc\w+)\b"
    r"|\bquando\s+(?:\w+\s+)?(?:estra\w+|sceglie\w*|sceglier\w*|distribui\w+|vota\w*"
    r"|annunc\w+|sorte\w+|escolh\w+|distribu\w+)\b",
    FLAGS,
)
# The writer gone or dead, a funeral or a grave: the plea is a goodbye after all.
_GONE = re.compile(
    r"\b(?:gone|dead|i\s+die|i've\s+died|dying|funeral|grave|buried|no\s+longer\s+here|not\s+here"
    r"|not\s+around|tot|sterbe\w*|beerdigung|grab|nicht\s+mehr\s+da|weg\s+bin|mort\w*|morir"
    r"|muert\w*|muera|morto|morta|morir\w*|morrer|morto|enterro|funeral|funerailles|entierro"
    r"|funerale|tumba|tombe|tomba|tumulo|sepultura|ya\s+no\s+este|plus\s+la|non\s+ci\s+saro"
    r"|nao\s+estiver)\b",
    FLAGS,
)


def clears(category: Category, phrase: str, text: str, start: int, end: int) -> bool:
    """Is the goodbye ``phrase`` a plea to be remembered at an ordinary event or for a part
    played, said in its own sentence?"""
    if category is not Category.GOODBYES or not _PLEA.search(phrase):
        return False
    s_start = sentence_start(text, start)
    s_end = sentence_end(text, end)
    sentence = text[s_start:s_end]
    if _GONE.search(sentence) or IN_EARNEST.search(sentence):
        return False
    # the plea's own words and what follows them ("behaltet mich beim Sommerfest in guter
    # Erinnerung" names the event inside the phrase)
    after = text[start:s_end]
    return bool(_EVENT.search(after) or _ROLE.search(after) or _CHOICE.search(after))
