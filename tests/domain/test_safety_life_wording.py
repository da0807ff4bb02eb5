"""Negated wishes to live, "no tomorrow", access to a gun, settled affairs, German subjects.

Each case is a kind of wording the rules once missed (or wrongly flagged) in a fresh batch;
the sentences here are written anew so they test the grammar, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import Category, assess

SIGNS = [
    ("i have no wish to go on living", Category.DEATH_WISH),
    ("i've lost the will to live", Category.DEATH_WISH),
    ("no tengo ganas de seguir viviendo", Category.DEATH_WISH),
    ("seit mein mann tot ist möchte ich nicht mehr leben", Category.DEATH_WISH),
    ("je n'ai plus envie de vivre", Category.SUICIDAL_IDEATION),
    ("não tenho mais vontade de viver", Category.DEATH_WISH),
    ("non ho più voglia di vivere", Category.SUICIDAL_IDEATION),
    ("there is no tomorrow for me", Category.NO_FUTURE),
    ("für mich gibt es kein morgen mehr", Category.NO_FUTURE),
    ("i know where my dad keeps his gun", Category.GETTING_MEANS),
    ("je sais où mon père range son fusil", Category.GETTING_MEANS),
    ("eu sei onde meu pai guarda a arma", Category.GETTING_MEANS),
    ("ich weiß wo mein vater die waffe versteckt", Category.GETTING_MEANS),
    ("j'ai tout réglé et laissé une lettre pour ma famille", Category.GOODBYES),
    ("dejé todo arreglado y una carta para mi madre", Category.GOODBYES),
    ("ho sistemato tutto e lasciato una lettera per la mia famiglia", Category.GOODBYES),
    ("wrote my will last night, just in case", Category.GOODBYES),
    ("messaged everyone to say sorry and goodbye", Category.GOODBYES),
    ("bin so durch, will mich einfach nur noch umbringen", Category.SUICIDAL_IDEATION),
    ("will einfach nicht mehr.", Category.DEATH_WISH),
    ("handed my guitar to my brother and told him to keep it forever", Category.GIVING_AWAY),
    ("ohne mich wären alle viel glücklicher", Category.BURDEN),
    ("ich habe mir mit der klinge in den arm geschnitten", Category.SELF_HARM),
    ("manchmal denke ich, ich könnte mich einfach erhängen", Category.SUICIDAL_IDEATION),
    ("hab mir vorgenommen, vom hochhaus zu springen", Category.PLAN_OR_METHOD),
    ("ya tengo la soga en el armario", Category.GETTING_MEANS),
    ("ho già la corda in cantina", Category.GETTING_MEANS),
    ("everyone would be happier if i simply wasn't alive", Category.DEATH_WISH),
    ("if i swallow all the painkillers in the cupboard that should do it", Category.PLAN_OR_METHOD),
    ("picked up a used shotgun from a guy at work", Category.GETTING_MEANS),
    ("a note for my sister is folded inside my will", Category.GOODBYES),
    ("my knee pain is unbearable and there's no way out", Category.TRAPPED_PAIN),
    ("yo preferiría morirme antes que volver a esa casa", Category.DEATH_WISH),
    ("sinceramente preferisco morire", Category.DEATH_WISH),
    ("ich bete jeden abend, nie wieder aufzuwachen", Category.DEATH_WISH),
    ("some nights i pray i never wake up", Category.DEATH_WISH),
    ("j'ai laissé le moteur en marche dans le garage fermé", Category.PLAN_OR_METHOD),
    ("contei quantos comprimidos de remédio ainda tenho para uma overdose", Category.GETTING_MEANS),
    ("i keep picking at the scab until it bleeds", Category.SELF_HARM),
]

ORDINARY = [
    "i have no wish to live in london again",
    "there is no future for me in this company",
    "no quiero vivir con mis padres otra vez",
    "ich will nicht mehr in dieser stadt leben",
    "ich will nicht mehr, dass du mich anrufst",
    "mein chef will mich umbringen wenn ich zu spät komme",
    "ich will mich nicht umbringen",
    "er hat keine zukunft mehr in der firma",
    "je n'ai plus envie de vivre à paris",
    "não quero viver com meus pais",
    "non ho più voglia di vivere a milano",
    "ho trovato la pistola giocattolo di mio figlio",
    "put my papers in order for the tax return",
    "j'ai tout réglé pour le déménagement et laissé un mot au voisin",
    "i said my last goodbye to grandma at her funeral",
    "how easy it would be to take the whole day off",
    "compré un rifle para cazar con mi tío",
    "sei onde meu pai guarda a espingarda de caçar",
    "so dove mio padre tiene il fucile da caccia",
    "je sais où mon père range son fusil de chasse",
    "der arzt wollte wissen, ob ich mich selbst verletze, ich habe verneint",
    "ich sollte mich beeilen, der zug fährt gleich",
    "they made me sign it against my will and wrote a note",
    "stuck in the lift for an hour, no way out",
    "bought a used hunting rifle for deer season",
    "mi compañero de piso habla de acabar con todo",
    "hab ein seil für die schaukel gekauft",
    "my husband snores and i pray i never wake up next to him again",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_sign_is_flagged_with_its_category(text: str, category: Category) -> None:
    result = assess(text)
    assert result.flagged, text
    assert category in result.categories, (text, result.categories)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_sentence_is_not_flagged(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons
