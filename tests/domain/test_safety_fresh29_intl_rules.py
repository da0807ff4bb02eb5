"""The German, French, Spanish, Portuguese and Italian frames added after studying ``fresh29``,
both ways: new wordings of each sign that must be flagged, and the look-alikes that must not.

Frames (``rules_intl_frames_left_behind``, ``rules_intl_frames_way_out``): others eased without the
writer (fewer worries, peace, an easier life, the family named); a word said, written or left "in
case" there is no next time; a letter for each of one's family; suffering named and no way to get
out of it; one's things given for good; "it will be" with a time and a high place; a whole supply
taken and the care after it; everything set for when nobody is around ("nobody home" also read by
``rules_intl_plans``).
Widened (``rules_intl_frames``): "seh ich mich nicht mehr", a single year ahead, peace had if the
writer were gone, care "for trying" or "after a try". Spelling: Vorarlberg and Alemannic
"nümma", "-a" infinitives, "tät i mir".
Judgement: a question to oneself answered with a plain denial in five languages; the Spanish
telling of one's own self-harm ("le dije a la psicóloga que me hacía daño").
Guards: a trip, a party, a team or an office beside the absence; a holiday wish, a time before
which they meet or someone's illness beside the goodbye; Christmas, money or an invitation beside
the letters; a queue, traffic or paperwork as the trap; a new one bought, a child grown, finished
studies or a resignation beside the gift; a picnic, a race or fishing at the bridge; a supply
taken by mistake, for a fever or as prescribed; a surprise or a chore for the empty house.

The sentences are written anew (not copied from ``fresh29_*.tsv``), by writers who say each sign
in words of their own, so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import (
    assess,
    rules_intl_frames_left_behind,
    rules_intl_frames_way_out,
)
from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU as _BU
from tests.support.safety_categories import GA as _GA
from tests.support.safety_categories import GB as _GB
from tests.support.safety_categories import NF as _NF
from tests.support.safety_categories import PM as _PM
from tests.support.safety_categories import SH as _SH
from tests.support.safety_categories import TP as _TP
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

_SI = Category.SUICIDAL_IDEATION
_DW = Category.DEATH_WISH

SIGNS = [
    # others eased without the writer
    ("Ohne mich hätten meine Eltern weniger Sorgen, das seh ich doch jeden Tag.", _BU),
    ("Mein Mann hätte es ohne mich viel einfacher, ehrlich.", _BU),
    ("Sans moi, ma mère aurait enfin la paix.", _BU),
    ("Mes parents seraient plus légers sans moi, je leur coûte trop.", _BU),
    ("Sin mí mis papás tendrían menos gastos y menos preocupaciones.", _BU),
    ("Vos sabés que sin mí la vieja viviría más desahogada.", _BU),
    ("Sem mim a minha mãe teria menos despesa e mais sossego.", _BU),
    ("A gente sabe que sem mim lá em casa ficava todo mundo mais aliviado.", _BU),
    ("Senza di me i miei genitori avrebbero meno pensieri.", _BU),
    ("Mia moglie sarebbe più sollevata senza di me.", _BU),
    # … or peace had if the writer were gone
    ("Ils auraient la paix si je n'étais plus là.", _BU),
    ("Mis papás tendrían paz si yo no estuviera.", _BU),
    ("Mio padre avrebbe finalmente pace se non ci fossi più.", _BU),
    # a word left in case there is no next time
    ("Ich hab meinem Bruder einen Brief geschrieben, falls wir uns nicht mehr sehen.", _GB),
    ("Hab Mama umarmt und gesagt, ich hab sie lieb, falls ich's ihr nie mehr sagen kann.", _GB),
    ("J'ai écrit un mot à ma fille, au cas où je ne la reverrais pas.", _GB),
    ("Le escribí a mi vieja que la quiero, por si no la vuelvo a ver.", _GB),
    ("Mandei mensagem pra minha irmã dizendo que amo ela, caso a gente não se veja mais.", _GB),
    ("Ho scritto un biglietto a mio fratello, nel caso non ci rivedessimo.", _GB),
    # a letter for each of one's family
    ("Hab für jedes Enkelkind einen Brief geschrieben und in die Schublade gelegt.", _GB),
    ("J'ai écrit une lettre pour chaque enfant, elles sont dans le tiroir.", _GB),
    ("Para cada uno de mis hijos dejé una carta en el cajón.", _GB),
    ("Cada filho vai ter a sua carta, deixei tudo na gaveta.", _GB),
    ("Per ciascuno dei miei nipoti ho scritto una lettera, sono nascoste nel baule.", _GB),
    # suffering, and no way to get out of it
    ("Die Last erdrückt mich, es gibt keinen Weg raus.", _TP),
    ("Je porte ce poids chaque jour, aucun moyen d'en sortir.", _TP),
    ("Me asfixia esta angustia y no tengo manera de salir.", _TP),
    ("Esse vazio me afoga, não tenho como escapar.", _TP),
    ("Questo dolore non passa, non c'è verso di uscirne.", _TP),
    # one's things given for good
    ("Meine Gitarre hab ich dem Neffen geschenkt, für immer, ich brauch sie nicht mehr.", _GA),
    ("J'ai offert ma montre à mon cousin, définitivement, je n'en ai plus besoin.", _GA),
    ("Le regalé la compu a mi sobrina, yo ya no la voy a necesitar.", _GA),
    ("Dei minha bicicleta e meu violão pro vizinho, que fique com eles.", _GA),
    ("La mia chitarra l'ho data a mio cugino, che se la tenga.", _GA),
    # a time and a high place, the act unnamed
    ("Es wird Sonntag früh, an den Gleisen hinterm Bahnhof.", _PM),
    ("Ce sera samedi soir, sur la falaise.", _PM),
    ("Va a ser el viernes, en las vías del tren.", _PM),
    ("Vai ser amanhã, nos trilhos perto da estação.", _PM),
    ("Sarà stanotte, sui binari dietro la stazione.", _PM),
    # a whole supply taken, and the care after it
    ("Engoli os comprimidos todos e fui parar no pronto-socorro.", _SI),
    ("Me bebí todo el jarabe de una vez, acabé en la UCI.", _SI),
    ("J'ai avalé toutes mes pilules, ils m'ont emmenée aux urgences.", _SI),
    ("Ho mandato giù tutte le pastiglie e mi hanno portata in ospedale.", _SI),
    ("Ich hab eine ganze Packung Tabletten genommen und lag danach auf der Intensivstation.", _SI),
    # everything set, for when nobody is around; the act after "nobody home"
    ("Lo tengo todo planeado para el viernes, cuando nadie esté en casa.", _PM),
    ("Tá tudo planejado pra sexta, quando não tiver ninguém em casa.", _PM),
    ("È tutto pronto per venerdì, quando non c'è nessuno in casa.", _PM),
    ("Tout est prévu pour vendredi, quand il n'y aura personne à la maison.", _PM),
    ("Alles ist geplant für Freitag, wenn keiner daheim ist.", _PM),
    ("Am Freitag, wenn keiner daheim ist, mach ich's.", _PM),
    ("El viernes, cuando nadie esté en casa, lo hago.", _PM),
    # a future unseen, a single year ahead; German "seh ich mich nicht mehr"
    ("In einem Jahr? Ich seh mich da nicht mehr.", _NF),
    ("Dentro de un año no me veo, la verdad.", _NF),
    ("Daqui a um ano? Não me vejo.", _NF),
    ("Fra un anno? Non mi vedo proprio.", _NF),
    # a past attempt told by the care "for" it, or "after a try"
    ("Hace un año me ingresaron por intentarlo, y ahora vuelvo a estar así.", _SI),
    ("Ich war wegen eines Versuchs in der Psychiatrie, und jetzt geht's wieder los.", _SI),
    ("Fui hospitalizada por ter tentado, em 2019.", _SI),
    ("Sono stato ricoverato per averci provato.", _SI),
    # Vorarlberg and Alemannic; the southern "tät"
    ("I will nümma leba, s'isch gnua.", _DW),
    ("Manchmal denk i, i mag nümm, i will lieber sterba.", _SI),
    ("Ich tät mir am liebsten was antun.", _SH),
    # self-harm told to someone
    ("Le dije a la psicóloga que me hacía daño en las piernas.", _SH),
    ("Le conté a mi mamá que me cortaba a escondidas.", _SH),
]

ORDINARY = [
    # an absence at a party, in a team, with a negation
    "Sans moi la soirée aurait été plus simple, j'ai renversé le vin.",
    "Sin mí la fiesta habría sido más tranquila, se me cayó la tarta.",
    "Sans moi, l'équipe aurait moins de soucis, j'ai raté tous les tirs.",
    "Sin mí no estarían más a gusto, me lo dicen siempre.",
    "Sem mim eles não teriam menos problemas, eu ajudo muito.",
    "Il mio vicino avrebbe pace se io non ci fossi più con la batteria.",
    # a holiday wish, a trip, someone else's illness beside the goodbye
    "Por si no nos vemos antes, te dejé una tarjeta de Navidad.",
    "Ho lasciato un biglietto alla vicina, se non ci rivediamo prima delle vacanze.",
    "J'ai écrit à ma tante malade, au cas où je ne la reverrais pas.",
    "Falls wir uns vor dem Urlaub nicht mehr sehen, hab ich dir die Karte geschrieben.",
    "Hab der Nachbarin den Schlüssel gegeben, falls wir uns nicht mehr sehen vor der Abreise.",
    "Deixei um bilhete pro meu irmão caso a gente não se veja mais hoje.",
    # a card with money, for the Three Kings, an invitation
    "Uma carta pra cada neto com dinheiro pro Natal.",
    "Una carta para cada niño para los Reyes Magos.",
    "Une lettre pour chaque enfant de la classe, pour l'invitation.",
    # a queue, traffic or paperwork as the trap
    "Con este atasco no hay forma de salir, qué peso de tarde.",
    "Essa fila do banco é um peso, não tem como fugir.",
    "Essa papelada é um peso, não tem como fugir dela.",
    # a new one bought, a resignation, a child grown, finished studies, a realisation
    "Ho dato la mia vecchia bici a mio cugino per sempre, me ne sono comprata una nuova.",
    "J'ai donné ma démission, pour de bon.",
    "Le di la cuna a mi prima para siempre, el bebé ya creció.",
    "Doei meus livros da faculdade pros calouros, me formei e não preciso mais.",
    "Me di cuenta de que la quiero para siempre.",
    "Mein bester Freund verschenkt seine Sachen und sagt, er braucht sie nicht mehr.",
    # a picnic, a race, fishing at the bridge
    "C'est pour samedi, le pique-nique au pont du Gard.",
    "Vai ser amanhã, a corrida na ponte.",
    "Es wird Samstag, Treffpunkt an der Brücke zum Angeln.",
    # a supply taken by mistake, for a fever, or as the doctor gave it
    "Me tomé todas las pastillas por error y acabé en urgencias, qué susto.",
    "Tomei todos os remédios da gripe e fui parar no hospital com alergia.",
    "J'ai pris toute la boîte de cachets contre la migraine, et j'ai fini aux urgences.",
    "Ho preso tutte le pastiglie che mi ha dato il medico e poi sono andata in ospedale.",
    # a surprise or a chore planned for the empty house; the plan named after the moment
    "Lo tengo todo planeado para el viernes, cuando nadie esté en casa: la fiesta sorpresa.",
    "Tout est prêt pour samedi, quand il n'y aura personne je repeins la cuisine.",
    "Ich hab alles vorbereitet, wenn keiner da ist, putze ich die Fenster.",
    "È tutto pronto, quando non c'è nessuno a casa il gatto mangia da solo.",
    # a note for each child with the chores, a lunch box, a sacrament or a list
    "Preparé una nota para cada hijo con las tareas de la semana.",
    "J'ai écrit un mot pour chaque enfant dans leur boîte à lunch.",
    "Per ogni nipote ho scritto una lettera per la prima comunione.",
    "Für jedes Kind einen Zettel mit der Einkaufsliste.",
    "Deixei um bilhete pra cada filho lembrando da consulta no dentista.",
    # no way out of a waiting room, a toothache or a backache
    "Que dolor de muelas, y no hay forma de salir del consultorio antes de las seis.",
    "Essa dor nas costas e não tem como fugir do trabalho amanhã.",
    # a coat that no longer fits, notes after the exam, books for the library
    "Le di mi abrigo a mi hermana para siempre, a mí ya no me queda.",
    "Ho dato i miei appunti a mia cugina, che se li tenga, io ho finito l'esame.",
    "Dei meus livros pra biblioteca, pra sempre.",
    # an outing at the bridge named after it
    "Es wird Samstag, an der Brücke, mit Grillen und Musik.",
    # a supply for an infection or a vitamin; the daily pills before a consultation
    "Tomei toda a caixa de vitamina C e mesmo assim fui parar no hospital com pneumonia.",
    "J'ai pris toutes mes pilules ce matin avant d'aller à l'hôpital pour la consultation.",
    # a purpose for the empty house
    "Tengo todo preparado para estudiar cuando no haya nadie en casa.",
    # denied
    "Nunca le di mi guitarra a nadie para siempre.",
    "No tengo todo planeado, cuando no haya nadie en casa.",
    # a job beside "I don't see myself"; a diet beside the hospital
    "Im Büro seh ich mich nächstes Jahr nicht mehr, ich kündige.",
    "Nach einem Versuch mit der neuen Diät lag ich im Krankenhaus.",
    # dialect without the sign; a past "tat"
    "Nei, i mag nümma schaffa heut, i geh hoam.",
    "Ich tat mir beim Holzhacken weh.",
    # telling that something else hurt
    "Le dije a mi novio que me hacía daño con lo que decía.",
    "Le dije al médico que la rodilla me hacía daño.",
]

# A question to oneself answered with a plain denial is a denial in every language.
ANSWERED_NO = [
    "Farmi del male? Ma no, figurati.",
    "¿Quitarme la vida? Qué va, ni loco.",
    "Me matar? Nem pensar, tenho meus netos.",
    "Mich umbringen? Nee, nie im Leben.",
]
# … but not a denial that goes on to a "but" or a "not yet"
NOT_ANSWERED_NO = [
    "Me faire du mal ? Non, pas encore.",
    # (an exclamation is no answer)
    "Do I want to die? Oh no, I know I do.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_new_wording_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", ORDINARY + ANSWERED_NO)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)


@pytest.mark.parametrize("text", NOT_ANSWERED_NO)
def test_a_denial_with_a_but_or_a_not_yet_still_counts(text: str) -> None:
    assert assess(text).flagged, text


def test_every_new_rule_is_gated() -> None:
    rules = rules_intl_frames_left_behind.RULES + rules_intl_frames_way_out.RULES
    assert all(rule.gate for rule in rules)
    assert len({rule.lang for rule in rules}) == 5
