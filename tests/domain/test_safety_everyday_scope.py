"""Where an everyday occasion may clear a warning-sign phrase (``everyday.occasion_clears``).

An occasion word (a colleague, a team, "till", a hunting season) clears a phrase only when it
is the phrase's own frame, in the sentence the phrase stands in. A phrase read across a
sentence end already holds what makes it a sign ("… for Friday: thanks for everything. I'll be
gone by then"), so a team, a colleague or a "till" inside or beside it does not clear it; and
means taken in secret stay a sign whatever club or job they belong to. The ordinary frames
themselves still clear: a goodbye at the office before a holiday, a rifle for hunting season.

The sentences are written for this file, not copied from any labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import MatchStatus, assess_phrases
from neuroleaf_desktop.domain.safety.categories import Category

# A sign beside an ordinary word elsewhere in the entry: still flagged.
KEPT = [
    (
        "Die Nachricht an mein Team ist geplant für Freitag früh: Danke für alles, es war "
        "schön. Da bin ich dann schon weg.",
        Category.GOODBYES,
    ),
    (
        "Message programmé pour vendredi à mes collègues : merci pour tout. Je ne serai plus "
        "là pour le lire.",
        Category.GOODBYES,
    ),
    (
        "Messaggio programmato per lunedì ai colleghi: grazie di tutto. Non ci sarò più per "
        "leggere le risposte.",
        Category.GOODBYES,
    ),
    (
        "Mensaje programado para el lunes al equipo: gracias por todo. Ya no estaré para leer "
        "las respuestas.",
        Category.GOODBYES,
    ),
    (
        "Mensagem agendada para segunda para a equipe: obrigado por tudo. Já não vou estar "
        "aqui para ler as respostas.",
        Category.GOODBYES,
    ),
    (
        "Left an envelope on the kitchen table with Mum written on it. She's away till Friday. "
        "Put her reading glasses on top of it.",
        Category.GOODBYES,
    ),
    (
        "My cousin asked me to be godmother at the christening next spring. I said yes. Next "
        "spring's not something I'm going to see.",
        Category.NO_FUTURE,
    ),
    (
        "Took a coil of rope from the climbing club shed without signing it out. It's in my car.",
        Category.GETTING_MEANS,
    ),
]

# The ordinary frame in the phrase's own sentence: still cleared, and kept as everyday.
CLEARED = [
    "Said goodbye to everyone at the office today, off on holiday tomorrow.",
    "Me despedí de todos en la oficina, mañana me voy de vacaciones.",
    "Me despedi de todos no escritório, amanhã saio de férias.",
    "Bought a rifle for hunting season with my uncle.",
]


@pytest.mark.parametrize(("text", "category"), KEPT)
def test_occasion_elsewhere_does_not_clear(text: str, category: Category) -> None:
    result = assess_phrases(text)
    assert result.flagged, text
    assert category in result.categories, (text, result.reasons)


@pytest.mark.parametrize("text", CLEARED)
def test_occasion_in_the_phrase_sentence_clears(text: str) -> None:
    result = assess_phrases(text)
    assert not result.flagged, (text, result.reasons)
    assert MatchStatus.EVERYDAY in {s.status for s in result.ignored_spans}, text
