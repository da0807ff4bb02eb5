"""Plans told as logistics (``rules_intl_plans``) and signs told as errands
(``rules_intl_affairs``) in German, French, Spanish, Portuguese and Italian; "can't stop
thinking about it" read as a statement, not a negation; the look-alikes that share the words.

The sentences are written for these tests (not copied from any benchmark batch) so each one
tests a family of wordings.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess
from neuroleaf_desktop.domain.safety.normalize import normalize
from neuroleaf_desktop.domain.safety.rules_intl_affairs import RULES as AFFAIR_RULES
from neuroleaf_desktop.domain.safety.rules_intl_plans import RULES as PLAN_RULES
from tests.support.safety_gates import gated_matches

RULES = PLAN_RULES + AFFAIR_RULES

# (sentence, the family's rule)
FLAGGED = [
    ("Sobald mein Freund zur Arbeit weg ist, ziehe ich es durch.", "de_pl_alone_then_act"),
    ("Ich tue es, wenn die Kinder in der Schule sind.", "de_pl_alone_then_act"),
    ("Nachts, wenn alle schlafen, nehme ich alle Tabletten.", "de_pl_alone_then_act"),
    ("Dès que les enfants seront couchés, je passerai à l'acte.", "fr_pl_alone_then_act"),
    ("Je vais le faire pendant qu'ils sont en vacances.", "fr_pl_alone_then_act"),
    ("En cuanto se vayan todos al pueblo, lo haré.", "es_pl_alone_then_act"),
    ("Voy a hacerlo mientras mis padres están de viaje.", "es_pl_alone_then_act"),
    ("Assim que o meu marido sair, vou fazê-lo.", "pt_pl_alone_then_act"),
    ("Quando estiver sozinha em casa, acabo com tudo.", "pt_pl_alone_then_act"),
    ("Appena i ragazzi sono a scuola, lo faccio.", "it_pl_alone_then_act"),
    ("La faccio finita quando sono tutti in vacanza.", "it_pl_alone_then_act"),
    # the act placed in time, then in the moment nobody is around
    ("Es wird nach der Kirmes sein, am Samstag, wenn alle weg sind.", "de_pl_dated_then_alone"),
    ("Ce sera après la rentrée, un mardi, quand ils seront au travail.", "fr_pl_dated_then_alone"),
    ("Lo haré el sábado, cuando se vayan todos al pueblo.", "es_pl_dated_then_alone"),
    ("Vou fazê-lo na sexta, quando estiverem todos fora.", "pt_pl_dated_then_alone"),
    ("Sarà dopo la Befana, quando sono tutti al lavoro.", "it_pl_dated_then_alone"),
    ("Die Schlinge liegt bereit im Keller.", "de_pl_means_ready"),
    ("La corde est déjà prête sous le lit.", "fr_pl_means_ready"),
    ("El cinturón ya está preparado detrás de la puerta.", "es_pl_means_ready"),
    ("A arma está pronta na gaveta.", "pt_pl_means_ready"),
    ("La cintura è già pronta dietro la porta.", "it_pl_means_ready"),
    ("Ich saß eine Stunde am Rand des Daches.", "de_pl_sat_at_edge"),
    ("Je suis restée assise au bord du pont toute la soirée.", "fr_pl_sat_at_edge"),
    ("Estuve sentada en el borde del puente mucho rato.", "es_pl_sat_at_edge"),
    ("Fiquei sentado na beira da ponte a noite toda.", "pt_pl_sat_at_edge"),
    ("Sono rimasto seduto sul bordo del ponte per ore.", "it_pl_sat_at_edge"),
    ("Ich habe nachgeschaut, wie hoch die Brücke ist.", "de_pl_height_looked_up"),
    ("J'ai cherché la hauteur du viaduc.", "fr_pl_height_looked_up"),
    ("Busqué la altura del puente nuevo.", "es_pl_height_looked_up"),
    ("Pesquisei a altura da ponte.", "pt_pl_height_looked_up"),
    ("Ho cercato l'altezza del ponte.", "it_pl_height_looked_up"),
    ("Ich nahm die Tabletten in der Hoffnung, nie mehr aufzuwachen.", "de_pl_hoping_not_to_wake"),
    ("J'ai tout avalé en espérant ne jamais me réveiller.", "fr_pl_hoping_not_to_wake"),
    ("Me tomé la caja con la esperanza de no despertar.", "es_pl_hoping_not_to_wake"),
    ("Tomei tudo na esperança de morrer.", "pt_pl_hoping_not_to_wake"),
    ("Ho preso tutto nella speranza di morire.", "it_pl_hoping_not_to_wake"),
    ("Ich weiß schon, von welchem Dach ich runterspringe.", "de_pl_jump_from_chosen"),
    ("J'ai repéré le pont d'où je vais me jeter.", "fr_pl_jump_from_chosen"),
    ("Ya sé el puente desde donde me voy a tirar.", "es_pl_jump_from_chosen"),
    ("Já sei qual é a ponte de onde me vou atirar.", "pt_pl_jump_from_chosen"),
    ("So già il ponte da cui buttarmi.", "it_pl_jump_from_chosen"),
    ("Ich will die ganze Packung auf einmal schlucken.", "de_pl_pills_at_once"),
    ("Ich sammle die Tabletten, statt sie zu nehmen.", "de_pl_pills_kept_not_taken"),
    ("Mes comprimés, je les mets de côté au lieu de les avaler.", "fr_pl_pills_kept_not_taken"),
    ("Dejé de tomar las pastillas y las escondo en un cajón.", "es_pl_pills_kept_not_taken"),
    ("Os comprimidos ficam na gaveta em vez de os tomar.", "pt_pl_pills_kept_not_taken"),
    ("Le compresse me le tengo in borsa invece di prenderle.", "it_pl_pills_kept_not_taken"),
    ("Ich lese über schmerzlose Methoden.", "de_af_painless_method"),
    ("Je lis sur des moyens sans douleur.", "fr_af_painless_method"),
    ("Leo sobre formas sin dolor.", "es_af_painless_method"),
    ("Li sobre maneiras indolores.", "pt_af_painless_method"),
    ("Leggo di modi senza dolore.", "it_af_painless_method"),
    (
        "Die Passwörter liegen bereit, damit mein Bruder sich um alles kümmert.",
        "de_af_passwords_for_after",
    ),
    (
        "J'ai laissé mes mots de passe pour que mon frère puisse tout gérer.",
        "fr_af_passwords_for_after",
    ),
    ("Dejé mis contraseñas para que mi hermano se ocupe.", "es_af_passwords_for_after"),
    ("Deixei as senhas para o meu irmão resolver tudo.", "pt_af_passwords_for_after"),
    (
        "Ho lasciato le password perché mio fratello possa sistemare tutto.",
        "it_af_passwords_for_after",
    ),
    ("Ich sehe keinen Sinn mehr, Pläne zu machen.", "de_af_no_sense_in_plans"),
    ("Je ne vois plus le sens de faire des plans.", "fr_af_no_sense_in_plans"),
    ("No veo sentido en pensar en el futuro.", "es_af_no_sense_in_plans"),
    ("Não vejo sentido de planear nada.", "pt_af_no_sense_in_plans"),
    ("Non vedo senso nel pensare al futuro.", "it_af_no_sense_in_plans"),
    ("Meine Eltern wären erleichtert, wenn ich nicht mehr da wäre.", "de_af_relieved_if_gone"),
    ("Ils seraient soulagés si je n'existais plus.", "fr_af_relieved_if_gone"),
    ("Mis padres estarían aliviados si no existiera.", "es_af_relieved_if_gone"),
    ("Os meus pais ficavam aliviados se eu já não existisse.", "pt_af_relieved_if_gone"),
    ("I miei sarebbero sollevati se io non ci fossi.", "it_af_relieved_if_gone"),
    ("Ich bin doch nur noch ein Klotz am Bein.", "de_af_only_a_burden"),
    ("Je ne suis qu'un fardeau pour eux.", "fr_af_only_a_burden"),
    ("No soy sino un estorbo.", "es_af_only_a_burden"),
    ("Não sou mais que um peso para eles.", "pt_af_only_a_burden"),
    ("Non sono altro che un fardello.", "it_af_only_a_burden"),
    ("Hier komme ich nicht mehr raus.", "de_af_trapped"),
    ("Je suis piégé, il n'y a pas d'issue.", "fr_af_trapped"),
    ("Me siento atrapado y no veo ninguna salida.", "es_af_trapped"),
    ("Não aguento mais a dor.", "pt_af_trapped"),
    ("Sono in trappola, non vedo nessuna via d'uscita.", "it_af_trapped"),
    ("Manchmal fühle ich mich total überflüssig.", "de_af_superfluous"),
    ("Je me sens vraiment de trop.", "fr_af_superfluous"),
    ("Me siento sobrando.", "es_af_superfluous"),
    ("Sinto-me a mais no mundo.", "pt_af_superfluous"),
    ("Mi sento superflua.", "it_af_superfluous"),
    ("Die Schmerzen sind zu stark, ich kann nicht mehr weiter.", "de_af_pain_cant_go_on"),
    ("Cette douleur, je ne peux plus continuer.", "fr_af_pain_cant_go_on"),
    ("Con este dolor no puedo más.", "es_af_pain_cant_go_on"),
    ("Com esta dor não consigo continuar.", "pt_af_pain_cant_go_on"),
    ("Con questo dolore non ce la faccio a continuare.", "it_af_pain_cant_go_on"),
    ("Ohne mich wären sie besser dran.", "de_af_fine_without_me"),
    ("Ma famille serait très bien sans moi.", "fr_af_fine_without_me"),
    ("Mi familia estaría muy bien sin mí.", "es_af_fine_without_me"),
    ("A minha família ficaria muito bem sem mim.", "pt_af_fine_without_me"),
    ("La mia famiglia starebbe benissimo senza di me.", "it_af_fine_without_me"),
]

LOOK_ALIKES = [
    "Wenn die Kinder im Bett sind, mache ich es mir auf dem Sofa gemütlich.",
    "Sobald alle weg sind, mache ich die Musik laut.",
    "Das Gewehr liegt bereit für die Jagd am Samstag.",
    "Wir saßen am Rand des Daches und haben den Sonnenuntergang angeschaut.",
    "Wie hoch ist die Brücke? Unser LKW ist vier Meter hoch.",
    "Wir springen von der Brücke in den See, herrlich.",
    "Quand les enfants seront couchés, je ferai mes comptes.",
    "Quand tout le monde sera parti, je le ferai, ce gâteau.",
    "La corde est prête pour l'escalade demain.",
    "On était assis au bord du toit avec une bière, quelle vue.",
    "Cuando se vayan todos, por fin haré limpieza.",
    "La escopeta está lista para la temporada de caza.",
    "Estábamos sentados en el borde de la azotea viendo los fuegos artificiales.",
    "Assim que eles forem embora, vou fazer o jantar.",
    "A corda está pronta para a escalada.",
    "Quando i bambini dormono, faccio finalmente le pulizie.",
    "La corda è pronta per l'arrampicata.",
    "Eravamo seduti sul bordo del terrazzo con una birra.",
    "Ho guardato quanto è alto il ponte per il camion.",
    "Ho trovato il palazzo da cui si vede il mare.",
    "Ich habe nach schmerzlosen Methoden zur Haarentfernung gesucht.",
    "J'ai cherché des méthodes sans douleur pour l'épilation.",
    "Busqué métodos sin dolor para depilarme.",
    "Pesquisei métodos sem dor para depilação.",
    "Ho cercato metodi indolori per la ceretta.",
    "J'ai donné mes mots de passe à ma sœur pour qu'elle s'occupe de tout pendant mon voyage.",
    "Le di mis contraseñas a mi hermana para que se encargue de todo mientras estoy de viaje.",
    "Dei as minhas senhas à minha irmã para ela tratar de tudo enquanto estou fora.",
    "Ho dato le mie password a mia sorella così potrà occuparsi di tutto mentre sono via.",
    "Les enfants seront bien sans moi ce week-end, ils sont chez leurs grands-parents.",
    "Los niños estarán bien sin mí este fin de semana.",
    "As crianças ficavam bem sem mim uns dias.",
    "I bambini staranno bene senza di me per qualche giorno.",
    "No le veo sentido a hacer planes con él, siempre los cancela.",
    "Me estoy ahogando en deberes.",
    "Não aguento esta dor de dentes.",
    "Die Maus sitzt in der Falle.",
    "Ich bin nur eine Lastwagenfahrerin.",
    "Je ne suis pas un poids pour ma famille.",
    "Je me sens de trop dans ce groupe de musique.",
    "Me siento de más en esta fiesta.",
    "Tengo dolor de muelas, no puedo seguir trabajando.",
    "Ho un dolore al ginocchio, non riesco ad andare avanti con la corsa.",
    "Andei a dar as minhas coisas velhas à caridade antes da mudança.",
    "Ich fühle mich überflüssig in diesem Meeting.",
]

# "Can't stop thinking about it": the negation is of *stopping*; the thought goes on.
CANT_STOP = [
    "No puedo dejar de pensar en matarme.",
    "No dejo de pensar en suicidarme.",
    "Não consigo parar de pensar em me matar.",
    "Não paro de pensar em me matar.",
    "Non riesco a smettere di pensare a togliermi la vita.",
    "Non smetto di pensare a uccidermi.",
    "Je n'arrête pas de penser à me suicider.",
    "Je ne peux pas m'empêcher de penser à me tuer.",
    "Ich kann nicht aufhören, daran zu denken, mich umzubringen.",
]
STILL_NEGATED = [
    "No pienso en matarme.",
    "Não penso em me matar.",
    "Non penso di uccidermi.",
    "Je ne pense pas à me suicider.",
    "No puedo dejar de pensar en ella.",
]
# Giving things away for a keepsake of me, in Spanish and Portuguese.
KEEPSAKES = [
    "Andei a dar as minhas coisas aos amigos.",
    "Estoy regalando mis libros para que tengan un recuerdo mío.",
    "Dei o meu relógio ao meu sobrinho para ter uma recordação minha.",
]


@pytest.mark.parametrize(("text", "name"), FLAGGED)
def test_new_wording_is_flagged_by_its_family(text: str, name: str) -> None:
    assert assess(text).flagged, text
    norm, _ = normalize(text, fold=True)
    family = next(r for r in RULES if r.name == name)
    assert family.pattern.search(norm), (name, text)


@pytest.mark.parametrize("text", LOOK_ALIKES + STILL_NEGATED)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons


@pytest.mark.parametrize("text", CANT_STOP + KEEPSAKES)
def test_cant_stop_thinking_and_keepsakes_are_flagged(text: str) -> None:
    assert assess(text).flagged, text


def test_every_family_is_gated_and_has_a_statement() -> None:
    assert all(r.gate for r in RULES)
    assert {r.name for r in RULES} == {name for _, name in FLAGGED}
    texts = [t for t, _ in FLAGGED] + LOOK_ALIKES
    assert gated_matches(RULES, texts) >= len(FLAGGED)
