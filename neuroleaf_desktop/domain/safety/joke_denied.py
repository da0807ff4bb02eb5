"""A joke denied, or the words said to be meant, in six languages.

Why: the joke guard clears a statement said "as a joke", "en broma", "per scherzo". The same
joke words turn up when a writer says the opposite: "quiero matarme y eso no lo digo en broma",
"voglio ammazzarmi e non sto scherzando", "ce n'est pas une blague", "kein Scherz", "não estou
brincando", "joking aside". A denied joke never clears a statement; if anything it makes it
earnest. Read by meaning, not by phrase:

* a negation and a joke word with at most three words between them, in either order ("no lo
  digo en broma", "non è uno scherzo", "sans blague", "nicht aus Spaß", "ich scherze nicht",
  "je ne plaisante pas");
* the joke put aside ("joking aside", "bromas aparte", "fuera de bromas", "scherzi a parte",
  "blague à part", "Spaß beiseite", "brincadeiras à parte");
* the words said to be serious ("I'm serious", "lo digo en serio", "dico sul serio", "je suis
  sérieuse", "ich mein das ernst", "estou falando sério").

A bare "No, es broma" (a reply, with a comma after the "no") is a joke owned, not denied: the
words between must be words, never a break in the clause.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.rules import FLAGS

_NEGATION = (
    r"(?:not|no|never|n't|nicht|nie|kein\w*|ne|n'|pas|jamais|nao|non|mai|sin|senza|ohne|sem"
    r"|sans|nada\s+de|nessun\w*|ningun\w*|nenhum\w*)"
)
_JOKE = (
    r"(?:jok\w*|kid(?:ding|d)?|laugh\w*|broma\w*|bromea\w*|blague\w*|plaisant\w*|rigol\w*|rire"
    r"|brinca\w*|scherz\w*|witz\w*|spa(?:ss|ß)|risa|gozando|gozac\w*)"
)
# at most three words between, never a comma or a stop
_BETWEEN = r"(?:\s+[\w']+){0,3}?\s+"

JOKE_DENIED = re.compile(
    rf"(?:\b|(?<=n'))(?:{_NEGATION})(?:{_BETWEEN}|\s*){_JOKE}\b"
    rf"|\b{_JOKE}{_BETWEEN}(?:not|nicht|pas|nao|non)\b"
    r"|\b(?:all\s+)?(?:joking|kidding|jokes)\s+aside\b|\bbromas\s+aparte\b|\bfuera\s+de\s+bromas?\b"
    r"|\bscherzi\s+a\s+parte\b|\bblagues?\s+a\s+part\b|\bspa(?:ss|ß)\s+beiseite\b"
    r"|\bbrincadeiras?\s+a\s+parte\b"
    r"|\b(?:i'?m|i\s+am|im)\s+(?:dead\s+|deadly\s+|so\s+|being\s+|completely\s+)?serious\b"
    r"|\b(?:lo|te\s+lo|se\s+lo)\s+digo\s+(?:muy\s+)?en\s+serio\b|\b(?:va|es)\s+en\s+serio\b"
    r"|\b(?:lo\s+)?dico\s+(?:davvero\s+)?sul\s+serio\b|\bfaccio\s+sul\s+serio\b"
    r"|\bje\s+suis\s+(?:tres\s+)?serieu(?:x|se)\b|\bc'\s*est\s+serieux\b"
    r"|\b(?:ich\s+)?mein(?:e)?\s+(?:es|das)\s+ernst\b|\bes\s+ist\s+mir\s+ernst\b"
    r"|\b(?:estou\s+|to\s+|tou\s+)?falando\s+serio\b|\bfalo\s+serio\b|\be\s+serio\b",
    FLAGS,
)

__all__ = ["JOKE_DENIED"]
