"""Explicit statements without a desire verb: nouns, self-questions, conditionals, decisions.

The sentences are written anew (not copied from fresh7) so they test the grammar of each form
in each language, and the look-alikes check that documentaries, prevention training, someone
else's suicide, traffic and parking "only ways out", and ordinary plans stay unflagged.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import Category, assess

SIGNS = [
    ("honestly suicide feels like my only way out now", Category.SUICIDAL_IDEATION),
    ("the only option left is to kill myself", Category.SUICIDAL_IDEATION),
    ("para mí el suicidio es la única solución", Category.SUICIDAL_IDEATION),
    ("Suizid wäre für mich der einzige Ausweg", Category.SUICIDAL_IDEATION),
    ("franchement le suicide me semble la seule issue", Category.SUICIDAL_IDEATION),
    ("a única saída que me resta é me matar", Category.SUICIDAL_IDEATION),
    ("l'unica soluzione sarebbe togliermi la vita", Category.SUICIDAL_IDEATION),
    ("why don't i just kill myself", Category.SUICIDAL_IDEATION),
    ("¿por qué no me mato de una vez?", Category.SUICIDAL_IDEATION),
    ("warum kann ich nicht einfach sterben?", Category.SUICIDAL_IDEATION),
    ("pourquoi ne pas juste en finir ?", Category.SUICIDAL_IDEATION),
    ("por que eu não me mato logo?", Category.SUICIDAL_IDEATION),
    ("perché non posso semplicemente farla finita?", Category.SUICIDAL_IDEATION),
    ("if i died tomorrow would anyone even care", Category.SUICIDAL_IDEATION),
    ("si me muriera hoy nadie lo notaría", Category.SUICIDAL_IDEATION),
    ("wenn ich tot wäre, würde niemand mich vermissen", Category.SUICIDAL_IDEATION),
    ("si je mourais demain personne ne pleurerait", Category.SUICIDAL_IDEATION),
    ("se eu morresse amanhã ninguém sentiria falta", Category.SUICIDAL_IDEATION),
    ("se morissi domani nessuno piangerebbe", Category.SUICIDAL_IDEATION),
    ("i'll do it tomorrow. i've made up my mind", Category.SUICIDAL_IDEATION),
    ("lo he decidido: mañana lo hago", Category.SUICIDAL_IDEATION),
    ("es ist entschieden, morgen tue ich es", Category.SUICIDAL_IDEATION),
    ("ma décision est prise, je vais le faire demain", Category.SUICIDAL_IDEATION),
    ("está decidido, amanhã eu faço", Category.SUICIDAL_IDEATION),
    ("ormai è deciso, domani lo faccio", Category.SUICIDAL_IDEATION),
    ("zu ostern bin ich nicht mehr hier", Category.NO_FUTURE),
    ("je ne serai plus en vie pour pâques", Category.NO_FUTURE),
    ("per natale non ci sarò più", Category.NO_FUTURE),
    ("j'aimerais dormir pour de bon", Category.DEATH_WISH),
    ("domani prendo tutte le pastiglie", Category.PLAN_OR_METHOD),
    ("ich habe beschlossen, mir das leben zu nehmen", Category.SUICIDAL_IDEATION),
    ("estoy decidida a quitarme la vida", Category.SUICIDAL_IDEATION),
    ("tonight i'm taking the whole box of sleeping pills", Category.PLAN_OR_METHOD),
    ("me voy a tomar el bote entero esta noche", Category.PLAN_OR_METHOD),
    ("heute nehme ich alle schlaftabletten auf einmal", Category.PLAN_OR_METHOD),
    ("je vais avaler toute la boîte ce soir", Category.PLAN_OR_METHOD),
    ("hoje eu tomo todos os comprimidos de uma vez", Category.PLAN_OR_METHOD),
    ("ingoio tutta la confezione stanotte", Category.PLAN_OR_METHOD),
    ("el suicidio es la respuesta", Category.SUICIDAL_IDEATION),
    ("selbstmord ist die antwort", Category.SUICIDAL_IDEATION),
    ("o suicídio é a resposta", Category.SUICIDAL_IDEATION),
    ("il suicidio è la risposta", Category.SUICIDAL_IDEATION),
    ("j'ai pris la décision de me tuer", Category.SUICIDAL_IDEATION),
    ("tomei a decisão de me matar", Category.SUICIDAL_IDEATION),
    ("ho preso la decisione di uccidermi", Category.SUICIDAL_IDEATION),
    ("tomé la decisión de matarme", Category.SUICIDAL_IDEATION),
    ("what's stopping me from just ending it", Category.SUICIDAL_IDEATION),
    ("¿qué me impide acabar con todo?", Category.SUICIDAL_IDEATION),
    ("was hält mich eigentlich noch davon ab, es zu beenden?", Category.SUICIDAL_IDEATION),
    ("qu'est-ce qui m'empêche d'en finir ?", Category.SUICIDAL_IDEATION),
]

ORDINARY = [
    "we watched a documentary about suicide in history class",
    "suicide prevention training is mandatory at the clinic",
    "my cousin's suicide was the worst day of our lives",
    "he said suicide was the only way out for him, years before he died",
    "the only way out of the car park is through the tunnel",
    "why don't i just end it with him, he never listens",
    "el suicidio de mi vecino salió en las noticias",
    "la única salida del metro estaba cerrada",
    "¿por qué no acabar con todo el trabajo hoy?",
    "der einzige Ausweg aus dem Labyrinth ist links",
    "warum sollte ich nicht einfach schluss machen mit ihm?",
    "la seule solution c'est de redémarrer le routeur",
    "pourquoi ne pas en finir avec ce projet ?",
    "a única saída é pegar o ônibus das seis",
    "l'unica soluzione è chiamare il tecnico",
    "if i died my hair blue nobody at work would notice",
    "i've decided, i'll do it tomorrow: the tax return",
    "ho deciso di cambiare lavoro, domani lo dico al capo",
    "prendo tutte le mie pillole ogni mattina come prescritto",
    "a natale ci sarò, tranquilla mamma",
    "je serai là à noël avec les enfants",
    "i'm taking the whole box of cookies to the party",
    "voy a tomarme la caja entera de galletas",
    "ich nehme die ganze packung kekse mit",
    "je prends toute la boîte de chocolats",
    "vou tomar a caixa inteira de leite",
    "i'll take every pill as prescribed",
    "the answer is suicide prevention funding",
    "what's stopping me from ending it with her is the kids",
    "qu'est-ce qui m'empêche d'en finir avec ce dossier ?",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_explicit_form_is_flagged_with_its_category(text: str, category: Category) -> None:
    result = assess(text)
    assert result.flagged, text
    assert category in result.categories, (text, result.categories)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "I won't be here for Christmas, we are flying to Spain.",
        "no voy a estar aquí para Navidad, me voy a México con mi novio",
        "Não vou estar aqui no Natal, vamos para a casa dos meus pais.",
    ],
)
def test_away_for_a_holiday_is_not_a_sign(text: str) -> None:
    assert not assess(text).flagged
