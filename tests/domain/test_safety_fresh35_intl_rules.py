"""The German, French, Spanish, Portuguese and Italian mechanisms added after studying
``fresh35``, both ways: new wordings of each sign that must be flagged, and the look-alikes
that must not.

Grammar: the life said first and a clitic taking it up (``rules_romance_dislocation``: "la
vita me la voglio togliere", "ma vie, je veux en finir", "Mein Leben will ich beenden"); a
thought announced by a clitic before a comma ("ci penso, a …"); "en finir avec ma vie" after a
decision; "quitarme de en medio" as the act.
Frames: pain that will not let go with the writer shut inside it (``rules_intl_pain_holds``);
the writer's future said to be over (``rules_intl_future_over``); a gift the other keeps for
good; letters waiting for the day the writer is gone, one each said first; the relief as its
own verb ("ela descansava se eu sumisse"); "sou só despesa".
Spelling: German dialect sentences without the pronoun ("koa Zukunft mehr"), Swiss "nöd",
"meh", "Zuekunft", the dropped "-en" of "brauchn", "zu nehm", "statt se"; Roman "falla
finita"; Venetian "no ghe sarò più", "par quando".
Judgement: a self-posed question answered with an idiom of refusal ("Jamais de la vie"); a
last day of an internship; someone else's attempt told with "tentou"; a clinician's questions
named before what they ask ("m'a posé les questions, si …"); "si ferma" is no wounding.

The sentences are written anew (not copied from ``fresh35_*.tsv``), so they test a family of
wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import (
    rules_intl_future_over,
    rules_intl_pain_holds,
    rules_romance_dislocation,
)
from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU as _BU
from tests.support.safety_categories import GA as _GA
from tests.support.safety_categories import GB as _GB
from tests.support.safety_categories import GM as _GM
from tests.support.safety_categories import NF as _NF
from tests.support.safety_categories import SI as _SI
from tests.support.safety_categories import TP as _TP
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

EXPLICIT = [
    # the life said first, a clitic taking it up, or moved last
    ("La vita me la voglio proprio togliere, non ce la faccio.", _SI),
    ("La mia vita voglio togliermela.", _SI),
    ("La vida me la quiero quitar, ya está.", _SI),
    ("Me la voy a quitar, la vida.", _SI),
    ("Ma vie, je vais y mettre fin.", _SI),
    ("A minha vida, quero tirá-la.", _SI),
    ("Mein Leben will ich jetzt beenden.", _SI),
    # a decision to end one's life; the thought announced before a comma
    ("J'ai décidé d'en finir avec la vie.", _SI),
    ("Ogni giorno ci penso, a togliermi di mezzo.", _SI),
    ("Quiero quitarme de en medio de una vez.", _SI),
    # Roman "falla finita"
    ("Stasera vojo falla finita.", _SI),
]

SIGNS = [
    # pain that will not let go, the writer shut inside it
    ("Dieser Schmerz lässt mich nicht los, ich bin eingesperrt drin.", _TP),
    ("Die Qual hört nicht auf. Ich schrei innerlich und keiner merkt's.", _TP),
    ("La douleur me quitte jamais, je suis enfermé dedans.", _TP),
    ("Ce mal ne me lâche pas et je vois aucune issue.", _TP),
    ("El sufrimiento no me suelta, no encuentro por dónde salir.", _TP),
    ("A dor não me larga, não vejo saída nenhuma.", _TP),
    ("La sofferenza non mi molla, mi sento chiusa dentro.", _TP),
    # the pain that stops is no reflexive of wounding ("si ferma" is not "si ferisce")
    ("Il male non si ferma mai, urlo dentro e nessuno mi sente.", _TP),
    ("Ce chagrin me ronge et je trouve pas la sortie.", _TP),
    ("Die Schmerzen lassen mich nicht los, ich sitz da drin fest.", _TP),
    ("A angústia não me dá tréguas, estou fechado num buraco.", _TP),
    # the future said to be over
    ("Para mim o futuro já acabou.", _NF),
    ("Il mio futuro è finito, lo so.", _NF),
    ("Para mí el futuro se acabó.", _NF),
    ("Mon avenir est fini, c'est tout.", _NF),
    ("Die Zukunft ist für mich längst vorbei.", _NF),
    # a gift the other keeps for good
    ("J'ai donné ma guitare à ma nièce, qu'elle la garde pour toujours.", _GA),
    ("Le di mi bici a mi primo, que se la quede para siempre.", _GA),
    ("Ho regalato i miei libri a mia cugina, se li tenga per sempre.", _GA),
    # letters waiting for the day the writer is gone, one each said first
    ("A cada hermano le escribí una carta, las dejé esperando a que yo ya no esté.", _GB),
    ("Para cada filho escrevi uma carta, estão à espera de que eu já não esteja.", _GB),
    # the relief as its own verb; "only" before a bare noun of cost
    ("Se eu morresse, o meu pai descansava.", _BU),
    ("Eu sou só gasto para eles.", _BU),
    # German dialect without the pronoun; Swiss; the dropped "-en"
    ("Seh koa Zukunft mehr, grad gar nix.", _NF),
    ("Ich heb mir die Tabletten uff, statt se zu nehm.", _GM),
    # Venetian
    ("Go lassà 'na letera par mio fradel, par quando no ghe sarò più.", _GB),
]

ORDINARY = [
    # a jacket or a tooth taken off; a life of someone else
    ("La giacca me la voglio togliere, fa caldo.", None),
    ("El abrigo me lo quiero quitar.", None),
    ("Ma vie, je veux en profiter.", None),
    # ending a task; stepping aside from a quarrel
    ("J'ai décidé d'en finir avec ce dossier.", None),
    ("Quiero quitarme de en medio de la pelea entre mis hermanos.", None),
    # a pain that lasts, without a trap; someone else's pain
    ("Il dolore al ginocchio non passa, sono chiusa in casa da una settimana.", None),
    ("Mon mal de dos ne me lâche pas, je suis enfermée à la maison.", None),
    ("Der Schmerz im Knie hört nicht auf, ich geh morgen zum Arzt.", None),
    ("A dor nas costas não me larga, fiquei presa num engarrafamento.", None),
    ("Il male alla schiena non mi dà tregua, sono chiusa in casa.", None),
    # a future of something
    ("Il mio futuro da calciatore è finito.", None),
    ("Mi futuro en esta empresa se acabó.", None),
    # a gift kept, said of nothing for good; a loan
    ("A cada nieto le he escrito su carta de Navidad.", None),
    ("Ho prestato la bici a mio cugino, se la tenga pure fino a lunedì.", None),
    # a leak; a question answered with an idiom of refusal
    ("C'è una falla finita nel sistema.", None),
    ("Me blesser ? Jamais de la vie, je suis juste crevée.", None),
    # a last day of an internship; someone else's attempt
    ("Último dia do estágio, despedi-me de todos com um bolo.", None),
    ("O meu primo tentou pôr fim à vida, estamos com ele.", None),
    # the questions named, then what they ask, answered no
    ("L'infirmière m'a posé les questions, si je voulais mourir, j'ai dit non.", None),
    ("Mi ha fatto le domande, se volevo morire, e ho risposto di no.", None),
]


@pytest.mark.parametrize(("text", "category"), EXPLICIT)
def test_plain_statement_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_new_wording_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize(("text", "_none"), ORDINARY)
def test_look_alike_is_not_flagged(text: str, _none: None) -> None:
    assert_not_flagged(text)


def test_every_new_rule_is_gated() -> None:
    # each rule is skipped where its gate's words are absent (the speed of a 200 KB import)
    rules = (
        rules_romance_dislocation.RULES + rules_intl_pain_holds.RULES + rules_intl_future_over.RULES
    )
    assert rules
    assert all(rule.gate for rule in rules)
