"""The mechanisms added after studying ``fresh40``, both ways: new wordings of each sign that must
be flagged, and the look-alikes that must not.

Readings by meaning: a moment chosen and the others away, with the choice told without its
subject, a day fixed, the others taken away or going back, a flat or a WG empty
(``rules_plan_moment``); the time ahead that will not form, told of the time itself or by
seeing nothing when thinking of it, "by then", a month ahead (``rules_self_not_ahead``), and a
future the writer cannot see (the Spanish, Portuguese and Italian no-future rules); not waking
wished in any form (``rules_en_explicit``, ``rules_es``); every way tried ending at the same
wall or place beside a pain or an exit denied (``rules_ways_end_same``, ``rules_en_ways_shut``,
``trapped_words``); a weight the writer cannot get out from under (``rules_en_ways_shut``);
letters for more of the family, kept in a box, a wardrobe or a compound drawer, not posted and
holding no money (``rules_farewell_letters``); a past attempt told by its aftermath, the
writer found with the emergency or the act beside it, or a stomach pumped (``rules_past_found``);
medicine hidden, gathered or not taken, in a keeping place that is not a medicine's, and not
kept from a child or a pet (``rules_core_means_kept``).

Guards: a German third-person reflexive with a separable prefix ("hat sich … aufgeschnitten",
``third_person``); someone who keeps saying it ("anda a dizer que", ``context``); a question put
straight or with its "if" left out, and a form's item answered no at once (``context``,
``clinical_questions``); vanishing under a bench from shame (``everyday_figures``).

The sentences are written anew, as other writers would say the same things (not copied from
``fresh40_*.tsv``), so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess
from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

_TP = Category.TRAPPED_PAIN
_PM = Category.PLAN_OR_METHOD
_NF = Category.NO_FUTURE
_DW = Category.DEATH_WISH
_SH = Category.SELF_HARM
_SI = Category.SUICIDAL_IDEATION
_GM = Category.GETTING_MEANS

SIGNS = [
    # a moment chosen, the subject left out, then a feast or a day
    ("Decided it'll be Christmas Eve when they're all round at my aunt's.", _PM),
    ("Picked it'll be Friday night, everyone's away at the caravan.", _PM),
    # a day fixed, the others going back or taken away
    ("I've fixed the night, after Eid, when the family's going back to Leeds.", _PM),
    ("It'll be the weekend Tom takes the kids to his parents'. Chosen it already.", _PM),
    ("Ich hab mir den Sonntag nach dem Stadtfest fest ausgesucht, wenn alle verreist sind.", _PM),
    ("Ya escogí el día, cuando toda la familia se haya ido al pueblo.", _PM),
    ("Ce sera le samedi du match, l'appartement sera vide toute la soirée.", _PM),
    ("Já marquei o dia, o apartamento vai ficar vazio no feriado.", _PM),
    # the time ahead that will not form
    ("Can't imagine next summer at all, it's like a blank page.", _NF),
    ("Wenn ich an Weihnachten nächstes Jahr denke, seh ich gar nichts.", _NF),
    ("Non riesco più a immaginarmi a dicembre, proprio no.", _NF),
    ("Não consigo enxergar futuro nenhum pra mim.", _NF),
    ("No puedo ver ningún futuro, ya ni lo intento.", _NF),
    ("Non riesco a vedere nessun futuro, ormai.", _NF),
    # not waking, wished
    ("Honestly wish I didn't wake up, most mornings.", _DW),
    ("Ojalá me quedara dormida y no despertase más.", _DW),
    ("Ya no quiero seguir viva, de verdad.", _DW),
    # every way ending at the same wall, beside a pain or an exit denied
    ("Each path I take ends at another wall and I'm done trying.", _TP),
    ("Con este dolor, cada camino que pruebo choca contra la misma pared.", _TP),
    ("Questa angoscia non mi lascia, giro e rigiro e torno sempre allo stesso punto.", _TP),
    ("Je tourne en rond avec cette douleur et je reviens toujours au même endroit.", _TP),
    ("Sem saída nenhuma, cada caminho bate na mesma parede.", _TP),
    # a weight one cannot get out from under
    ("This grief sits on me and I can't claw my way out from under it.", _TP),
    ("I cannot get out from under this heaviness, not for one day.", _TP),
    # an exit denied in new words
    ("Au fond du trou, pas d'échelle, et ça fait tellement mal.", _TP),
    ("Sitz in dem Loch und find keinen Griff mehr, jeden Tag.", _TP),
    ("Wie in einem Loch ohne Leitern, seit Monaten.", _TP),
    # letters for the family, kept in a keeping place or for just in case
    ("Cartas para mis sobrinas, las dejé en el armario del pasillo.", Category.GOODBYES),
    ("Umschläge für die Kinder geschrieben, liegen jetzt im Kleiderschrank.", Category.GOODBYES),
    ("Escrevi cartas para os meus netos e deixei na caixa de costura.", Category.GOODBYES),
    # (the keeping place may be "under" something: no money is meant by "sous")
    ("Une lettre pour papa et une pour mon frère, sous le matelas.", Category.GOODBYES),
    # a past attempt told by its aftermath
    ("My sister found me and rang for an ambulance, that was three years back.", _SI),
    ("Had my stomach pumped when I was twenty and nobody at work knows.", _SI),
    (
        "Als mich mein Mitbewohner gefunden hat, kam der Rettungswagen. Zwei Jahre her.",
        _SI,
    ),
    ("Mi madre me encontró y llamó a emergencias, de eso hace un año.", _SI),
    ("Mamma mi ha trovato e ha chiamato l'ambulanza, due anni fa.", _SI),
    # medicine hidden or gathered in a keeping place
    ("In der alten Keksdose im Keller sind inzwischen ganz schön viele Tabletten.", _GM),
    ("Los calmantes no me los tomo, los escondo en la caja de costura.", _GM),
    ("Le pillole non le prendo, le metto via nel cassetto delle calze.", _GM),
    # the writer's own act stays the writer's
    ("Ich hab mir gestern die Arme aufgeschnitten.", _SH),
]

ORDINARY = [
    # a choice with a thing named, a day fixed for something named
    "Decided it'll be pizza when they're all down the pub.",
    "It'll be the weekend Tom takes the kids to his parents', so I can finally paint the hall.",
    "Ich hab mir den Abend ausgesucht, wenn die WG weg ist, zum Aufräumen.",
    # the time ahead of something, or without someone
    "Can't picture next year's budget yet, the figures aren't in.",
    "I can't imagine next Christmas without Dad.",
    "Non riesco a immaginarmi a Milano, troppo caotica.",
    "Non riesco a immaginarmi a settembre senza di lei.",
    "Não consigo ver futuro nesse namoro.",
    "No puedo ver futuro en esta relación.",
    "Wenn ich an die Prüfung denke, seh ich nichts als Panik.",
    # not waking at a time, someone else not waking
    "I wish I didn't wake up at 4am every night.",
    "Wish I didn't wake up so early on Sundays.",
    "Ojalá mi hijo no despertara esta noche, necesito dormir.",
    "No quiero seguir vivo en esta ciudad tan cara.",
    # a real way round
    "Con el coche doy vueltas y vueltas y siempre termino en el mismo sitio.",
    "Giro e rigiro per il centro ma mi ritrovo sempre nello stesso punto.",
    "Every road in this estate ends at the same wall, the planners were mad.",
    "No le encuentro salida al laberinto, todo camino termina en la misma pared.",
    "Pas d'échelle dans le garage, je dois en acheter une.",
    # found something ordinary, an accident, a night's drinking
    "Mum found me at A&E after my bike crash.",
    "The ambulance crew found me a blanket and a cup of tea.",
    "Had my stomach pumped at 18 after too much vodka.",
    "My brother found me a job at the depot.",
    "Die Nachbarin hat mich gefunden, nachdem ich gestürzt war, der Notarzt kam sofort.",
    "Mi hermana me encontró en urgencias después del accidente.",
    "My flatmate found me and called an ambulance during a panic attack.",
    # a real hole with no hold
    "Im Loch in der Straße steckt das Rad fest und es gibt keinen Griff zum Ziehen.",
    # medicine kept safe from a child, kept where it belongs
    "In der Kiste im Keller liegen inzwischen viele Tabletten, da kommen die Kinder nicht ran.",
    "Die Tabletten liegen wie immer im Nachttisch.",
    # letters to be posted, money in the envelopes, a camp's letters
    "Briefe an die Kinder im Ferienlager geschrieben und in den Karton gelegt, für die Post.",
    "Escribí cartas para mis nietos y las guardé, las mando por correo el lunes.",
    "Escrevi cartas para os meus netos e deixei na caixa, mando pelo correio amanhã.",
    # something real on top
    "I can't get out from under the car, the jack's stuck.",
    "Can't get out from under the duvet this morning, it's freezing.",
    "I can't get out from under this debt until the bonus comes.",
    # someone else's act, by a reflexive with a separable prefix
    "Der Sohn vom Nachbarn hat sich die Handgelenke aufgeschnitten, er ist im Krankenhaus.",
    "Meine Kollegin hat sich das Gesicht zerkratzt, so schlimm war der Schub.",
    # someone who keeps saying it
    "A Joana anda a dizer que não vale a pena viver, fui com ela ao médico.",
    "Mi primo anda diciendo que se quiere morir, estoy preocupada por él.",
    "Il mio amico va dicendo che vuole farla finita, l'ho portato dal dottore.",
    # a question put straight, its "if" left out, a form's item answered no
    "The nurse asked me straight out if I'd thought about ending my life. No, I said.",
    "At the check-in they asked any thoughts of suicide. Nope, just tired.",
    "Der Arzt fragte direkt, ob ich mich umbringen will. Nein.",
    "La doctora me preguntó directamente si pensaba en quitarme la vida. Le dije que no.",
    "GP went through the list. Thoughts of suicide, none. Sleep is the problem.",
    "Ideas de suicidio: ninguna. Lo que me pesa es el trabajo.",
    # vanishing under something from shame
    "Errei a letra no coral e queria sumir debaixo da cadeira, que vergonha.",
    "Quería desaparecer debajo de la mesa cuando se rieron.",
    "Volevo sparire sotto il banco quando la prof mi ha chiamata.",
]

# The guards above keep the writer's own words when they are the writer's.
OWN_WORDS = [
    ("Ando a dizer a toda a gente que não vale a pena viver.", Category.NO_REASON_TO_LIVE),
    ("Vado dicendo che voglio farla finita ma nessuno ascolta.", Category.SUICIDAL_IDEATION),
    ("At the check-in they asked any plans to end my life. Honestly yes, I do.", None),
    ("I asked any god listening to end my life.", None),
    ("Suicidal thoughts, none today but loads last night.", None),
    ("Suicidal thoughts, no let-up at all.", None),
    # a sign said again for weight is no answer to an item
    ("Nunca va a mejorar esto, nunca.", _NF),
    ("Nada vai mudar, não.", _NF),
    ("Eu só queria sumir, pra sempre.", _DW),
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_new_wording_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)


@pytest.mark.parametrize(("text", "category"), OWN_WORDS)
def test_the_writers_own_words_stay_flagged(text: str, category: Category | None) -> None:
    if category is None:
        assert assess(text).flagged, text
    else:
        assert_flagged_as(text, category)
