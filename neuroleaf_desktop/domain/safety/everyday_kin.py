"""The family's dead remembered: a death recalled, a grave tended, their things handed on.

Why: the classifier hears loss in an ordinary day of mourning's care ("sinto falta do meu pai
aos domingos, já faz dois anos que ele morreu", "levei flores pro túmulo da vó", "dei as
ferramentas do vô pro vizinho") and raises a flag alone, above the Portuguese threshold. The
death there is someone else's and past, the grave is a relative's, the things handed on were
a relative's: none is the writer's own sign. ``everyday_plain`` withdraws a flag the
classifier raised alone on such a short entry, when it holds no dark word, no wish to be with
the dead ("quero estar com ele", "I want to join her") and nothing of a time after the writer
(things needed no more, "with someone who will be around", "to remember me by").

Text arrives case- and accent-folded.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.rules import FLAGS

#: The relatives a writer names, in the six languages (the Portuguese "vô", "vó" folded).
KIN = (
    r"father|dad|mother|mum|mom|parents|grandpa|grandma|gran|granddad|grandad|nan|uncle|aunt"
    r"|padre|papa|madre|mama|padres|abuel[oa]s?|tio|tia|pere|mere|grand-?pere"
    r"|grand-?mere|oncle|tante|vater|mutter|eltern|opa|oma|onkel|pai|mae|pais|avo|avos|nonno"
    r"|nonna|genitori|mamma|zio|zia"
)
_KIN = rf"(?:{KIN}|grandfather|grandmother|granny|vo|vovo|vozinh[oa]|avoa|nonni|vati|mutti)"
_MY = (
    r"(?:(?:my|mi|mis|meu|minha|meus|o|a|el|la|il|le|lo|mon|ma|mes|mein\w*|der|die|mio|mia"
    r"|miei|nostr[oa]|our)\s+)?"
)
# whose: "of my father", "do vô", "de mi abuela", "di mio nonno", "von Opa", "grandma's"
_OF_KIN = (
    rf"(?:\b(?:of|do|da|dos|das|de|del|de\s+la|di|dello|della|des|du|von|vom)\s+{_MY}{_KIN}\b"
    rf"|\b{_KIN}'?s\b)"
)

# --- a relative's death, past: "ele morreu", "my dad died", "mi abuela falleció" -------------
_DIED = (
    r"(?:died|passed\s+away|morreu|faleceu|murio|fallecio|se\s+murio"
    r"|(?:e|fu)\s+mort[oa]|(?:e|fu)\s+mancat[oa]|se\s+n'e\s+andat[oa]|est\s+(?:mort|decede)e?"
    r"|nous\s+a\s+quitte|gestorben|starb|verstorben)"
)
_THEIR_DEATH = re.compile(
    # (German puts the participle last: "er ist vor zwei Jahren gestorben")
    rf"\b(?:{_MY}{_KIN}|he|she|ele|ela|el|ella|lui|lei|il|elle|er|sie)\s+(?:\w+\s+){{0,4}}?"
    rf"{_DIED}\b",
    FLAGS,
)
# … and no wish to be with them: "quero estar com ele", "I want to join her", "je veux la
# rejoindre", "ich will zu ihm"
_WITH_THE_DEAD = re.compile(
    r"\b(?:join|be\s+with|see\s+(?:him|her|them)\s+again|estar\s+com|ir\s+ter\s+com|juntar"
    r"|reencontr\w*|rever|estar\s+con|reunirme|volver\s+a\s+ver|rejoindre|revoir|etre\s+avec"
    r"|raggiunger\w*|rivederl\w*|stare\s+con|zu\s+(?:ihm|ihr|ihnen)|bei\s+(?:ihm|ihr|ihnen)"
    r"|wiedersehen|follow|seguir\w*|suivre)\b",
    FLAGS,
)

# --- a relative's grave tended, a relative's things handed on -------------------------------
_GRAVE = (
    r"(?:grave|tumulo|tumba|sepultura|jazigo|tombe|tomba|grab|cemetery|cemiterio|cementerio"
    r"|cimetiere|cimitero|friedhof)"
)
_GRAVE_TENDED = re.compile(
    rf"\b{_GRAVE}\b[^.!?\n]{{0,12}}{_OF_KIN}|\b{_KIN}'?s\s+grave\b"
    rf"|{_OF_KIN}[^.!?\n]{{0,40}}\b{_GRAVE}\b",
    FLAGS,
)
_GAVE = (
    r"(?:gave|given|donated|passed\s+on|handed|dei|doei|demos|doamos|di|done|regale|dimos"
    r"|donamos|ho\s+dato|ho\s+regalato|ho\s+donato|abbiamo\s+dato|ai\s+donne|avons\s+donne"
    r"|gegeben|verschenkt|gespendet|vermacht)"
)
_THINGS_HANDED_ON = re.compile(rf"\b{_GAVE}\b[^.!?\n]{{0,40}}?{_OF_KIN}", FLAGS)
# things said to be needed no more, or handed on for a time without the writer ("with someone
# who will be around", "para se lembrarem de mim", "quand je ne serai plus là"), are the
# writer's own farewell, whoever owned them before
_WRITER_AFTER = re.compile(
    r"\b(?:won'?t\s+need|no\s+longer\s+need|nao\s+vou\s+(?:mais\s+)?precisar|no\s+(?:los\s+|las\s+)?"
    r"voy\s+a\s+necesitar|n'en\s+aurai\s+plus\s+besoin|non\s+mi\s+serv\w+\s+piu"
    r"|brauche\s+(?:ich\s+)?(?:sie|es|das)?\s*nicht\s+mehr"
    r"|around|remember\s+me|i'?m\s+gone|i\s+am\s+gone|por\s+perto|lembr\w+\s+de\s+mim"
    r"|recuerd\w+\s+de\s+mi|acuerd\w+\s+de\s+mi|recordarme|souvenir\s+de\s+moi|ricord\w+\s+di\s+me"
    r"|an\s+mich\s+erinner\w*|(?:eu|yo|je|io|ich)\s+(?:\w+\s+)?(?:nao|no|ne|non|nicht)\s+"
    r"(?:estiver|este|serai|saro|mehr)"
    r"|quando\s+eu\s+(?:partir|me\s+for)|cuando\s+me\s+vaya|quand\s+je\s+serai\s+parti)\b",
    FLAGS,
)


def without_their_deaths(folded: str) -> str:
    """``folded`` with each relative's past death blanked out, when nothing in it wishes to be
    with the dead; the text unchanged otherwise."""
    if _WITH_THE_DEAD.search(folded):
        return folded
    return _THEIR_DEATH.sub(lambda m: " " * len(m.group(0)), folded)


def remembers(folded: str, blanked: str) -> bool:
    """Is the entry a relative's death recalled (``blanked`` is ``folded`` without it), their
    grave tended, or their things handed on?"""
    if _WITH_THE_DEAD.search(folded) or _WRITER_AFTER.search(folded):
        return False
    return (
        blanked != folded
        or _GRAVE_TENDED.search(folded) is not None
        or _THINGS_HANDED_ON.search(folded) is not None
    )
