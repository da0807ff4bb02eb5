"""Explicit statements, warning signs and preparations read from their parts, not their shapes
(``rules_core_explicit``, ``rules_core_signs``, ``rules_core_acts``), and the context guards
that keep their look-alikes quiet (hyperbole, clinical counts, a denied everyday reason, a
negation said after the phrase, words someone confided).

Every sentence here is written for these tests, in wordings no benchmark batch holds: each
mechanism must catch variants it was not shown, and leave a close look-alike alone.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess
from neuroleaf_desktop.domain.safety.normalize import normalize
from neuroleaf_desktop.domain.safety.rules_core_acts import RULES as ACT_RULES
from neuroleaf_desktop.domain.safety.rules_core_explicit import RULES as EXPLICIT_RULES
from neuroleaf_desktop.domain.safety.rules_core_signs import RULES as SIGN_RULES
from neuroleaf_desktop.domain.safety.spelling_en import respell
from tests.support.safety_gates import gated_matches

# (sentence, the rule that must find it)
CAUGHT = [
    # self + a core death predicate, in a wish frame (English)
    ("honestly all i want is to be six feet under", "en_core_wish"),
    ("i just wanna stop existing, every day it's the same", "en_core_wish"),
    ("i really wish i could disappear for good", "en_core_wish"),
    ("i'm ready to take my own life", "en_core_intent"),
    ("some nights i'm tempted to do myself in", "en_core_intent"),
    # a voice or the writer's own head telling them to die
    ("my brain keeps telling me to kill myself", "en_core_voice"),
    ("the voices keep whispering just die", "en_core_voice"),
    # reflexive-only predicates, any inflection
    ("parfois j'ai envie de me foutre en l'air", "fr_core_reflexive"),
    ("si je me pendais demain, personne ne le remarquerait", "fr_core_reflexive"),
    ("a volte vorrei togliermi la vita e basta", "it_core_reflexive"),
    ("ieri sera ho pensato di impiccarmi", "it_core_reflexive"),
    ("si me ahorcara se acabaría todo esto", "es_core_reflexive"),
    ("penso em tirar minha própria vida", "pt_core_reflexive"),
    ("manchmal will ich mir einfach das Leben nehmen", "de_core_reflexive"),
    # transitive predicates in a first-person inflection
    ("se mi uccidessi nessuno se ne accorgerebbe", "it_core_first_person"),
    ("creo que yo me mato antes de que acabe el mes", "es_core_first_person"),
    ("tem dias que eu me mataria sem pensar", "pt_core_first_person"),
    ("je crois que je me tuerais si elle partait", "fr_core_first_person"),
    # one step from a height, and the peace it would bring
    ("stood on the bridge again, one step and it would all be over", "en_core_one_step"),
    ("sur le quai je me dis qu'un pas de plus et ce serait fini", "fr_core_one_step"),
    # burden: the writer's absence, and someone better for it
    ("my kids would be happier without me dragging them down", "en_core_burden"),
    ("the kids would have a better life with me gone", "en_core_burden"),
    ("if i wasn't here my dad wouldn't have to pay for everything", "en_core_burden"),
    ("si yo no estuviera, no tendrían que preocuparse tanto", "es_core_burden"),
    ("sarebbero tutti più sereni senza di me", "it_core_burden"),
    ("sans moi mes parents seraient enfin libres", "fr_core_burden"),
    ("ohne mich wären alle besser dran", "de_core_burden"),
    ("se io sparissi, mia madre starebbe meglio", "it_core_burden"),
    ("sem mim minha família viveria em paz", "pt_core_burden"),
    # trapped: a place with no way out, and the writer not getting out
    ("it's like i'm at the bottom of a well and i can't climb out", "en_core_trapped"),
    ("estoy en un agujero y no sé cómo salir", "es_core_trapped"),
    ("mi sento in gabbia, non vedo via d'uscita", "it_core_trapped"),
    ("it's like drowning in quicksand and i've stopped kicking", "en_core_trapped"),
    ("stuck at the bottom of this hole for months, no way up", "en_core_trapped"),
    ("twenty years of this pain and i can't face another ten", "en_core_not_another"),
    # no future: a point ahead the writer will not reach
    ("i won't be around for christmas, i know that much", "en_core_no_future"),
    ("non arriverò a natale, lo so", "it_core_no_future"),
    ("i won't see my next birthday, not a chance", "en_core_no_future"),
    ("no point renewing the lease, not going to be around anyway", "en_core_no_future"),
    ("y aura pas de noël pour moi cette année", "fr_core_no_future"),
    ("den nächsten Sommer werd ich eh nicht mehr erleben", "de_core_no_future"),
    ("no voy a llegar al verano, lo sé", "es_core_no_future"),
    # giving away with a reason that means the writer will not be there
    ("i gave my camera to my niece, i won't be using it after this week", "en_core_giving"),
    ("handed my guitar to my cousin, won't be needing it after this month", "en_core_giving"),
    ("le he dejado mis libros a mi hermana, mientras todavía puedo", "es_core_giving"),
    ("ho regalato la mia bici a Luca, non mi servirà più", "it_core_giving"),
    ("ho regalato il mio orologio a mio fratello, tanto a me non servirà più", "it_core_giving"),
    # a bare "I'll do it" at a named moment, then what is ready
    (
        "when my flatmate leaves for work tomorrow, i'll do it. i've got everything",
        "en_core_timed_act",
    ),
    ("quand il partira lundi, je le ferai. j'ai tout préparé", "fr_core_timed_act"),
    ("el viernes cuando se vayan todos lo hago. ya tengo todo listo", "es_core_timed_act"),
    ("nächste Woche, wenn keiner da ist, mach ich's. Das Seil liegt bereit", "de_core_timed_act"),
    ("heading up to the viaduct after my shift, my mind's made up", "en_core_going_decided"),
    # means taken in secret, or kept for the day the courage comes
    ("i've been hiding my mum's sleeping pills in my sock drawer", "en_core_means_secret"),
    ("j'ai volé les somnifères de ma grand-mère", "fr_core_means_secret"),
    ("ho nascosto le pastiglie di mio padre sotto il letto", "it_core_means_secret"),
    ("tô juntando remédio faz semanas", "pt_core_means_secret"),
    ("nobody knows i've been hoarding my sertraline", "en_core_means_secret"),
    ("sto mettendo da parte le pillole, un po' alla volta", "it_core_means_secret"),
    (
        "guardei a espingarda do meu tio na gaveta, para quando tiver coragem",
        "pt_core_means_for_courage",
    ),
    ("picked up the key to dad's gun cupboard, pocketed it", "en_core_key_taken"),
    ("ich war in drei Apotheken, jetzt hab ich genug", "de_core_pharmacies"),
    ("bought a kit online last week and i know exactly what it's for", "en_core_bought_knowing"),
    # words left for after
    ("wrote a letter for each of my kids, they'll read it afterwards", "en_core_words_for_after"),
    ("ho registrato un vocale per mia madre, lo ascolteranno dopo", "it_core_words_for_after"),
    (
        "texted the family 'love you all' and turned my phone off. nothing more to say",
        "en_core_love_all_closed",
    ),
    # a past attempt and the same urge back now
    ("i tried once when i was 19 and this week it's back", "en_core_urge_back"),
    ("ya lo intenté una vez y volvieron las ganas", "es_core_urge_back"),
    ("took a box of painkillers two years ago and honestly i'd do it again", "en_core_urge_back"),
    # rather dead, in the conditional
    ("ehrlich gesagt wär ich lieber tot", "de_core_rather_dead"),
    ("je préférerais être morte, franchement", "fr_core_rather_dead"),
    # hitting oneself as a punishment
    ("i punched myself in the face until my nose bled", "en_core_hit_self"),
    ("je me suis frappée jusqu'à avoir des bleus", "fr_core_hit_self"),
]

# Close look-alikes: the same words, but negated, figurative, about someone else or ordinary.
NOT_FLAGGED = [
    "i don't want to stop existing, i'm just tired of this job",
    "my grandad wanted to die at home, and he did",
    "bring mich um sechs zum bahnhof, bitte",
    "i want to die of embarrassment after that meeting",
    "all i want is to end it with him, honestly",
    "my mind keeps telling me to end it with her",
    "the coach's voice keeps saying just do it",
    "j'ai foutu en l'air mon examen",
    "je me tue à le répéter à mes élèves",
    "mi ammazzo di lavoro tutta la settimana",
    "questo caldo mi uccide",
    "este trabajo me mató, estoy reventada",
    "me mato a estudiar para el examen",
    "minha mãe vai me matar quando vir a nota",
    "eu me mato de rir com esse canal",
    "meine Mutter bringt mich um, wenn sie das sieht",
    "at the edge of the pool, one step and i'd be in the water",
    "without me they wouldn't be able to run the shop",
    "sin mí la fiesta no sería lo mismo",
    "the cat got stuck in a box and couldn't get out",
    "my cat is stuck in a box and can't get out lol",
    "der zug steckt im tunnel und ich komm nicht raus, so nervig",
    "sans moi ils ne seraient pas plus heureux, ils me l'ont dit",
    "sin mí la oficina estaría más tranquila este fin de semana",
    "se non ci fossi io alla festa, starebbero meglio tutti a ballare",
    "stuck in a tunnel in traffic for an hour, i can't get out of the car",
    "i won't make it to christmas dinner this year, working a double",
    "no voy a llegar al verano con este presupuesto",
    "gave my old bike to my nephew, i won't need it after the move",
    "handed my revision notes to a classmate, won't be needing them after the exam",
    "saturday morning i'll do it. everything's ready for the paint job",
    "samstag mach ich's. die torte steht schon bereit",
    "i hid the pills from my toddler so she can't reach them",
    "saving my pills organiser for the trip, need it for my blood pressure",
    "i'd rather be dead than be seen in that hat lol",
    "without me there they wouldn't have to pay for a taxi on the holiday",
    "not going to be around this weekend, off to the coast",
    "took 2 paracetamol for my headache and i'd do it again, worked a treat",
    "no way out of this meeting, i'm stuck in a box room with the auditors",
    "my brother stole my pills again, i had to lock them up",
    "wrote a note to my flatmate, she'll read it after work",
    "love you all, see you at christmas",
    "i tried once to run a marathon and now i'm wanting more races",
    "i could have hit myself for forgetting her birthday",
    "if my team loses one more game i'm jumping off the stadium roof lol",
    "compré una cuerda para colgar la hamaca en el jardín",
    "comprei uma corda para pendurar a rede na varanda",
    "the ward had four overdoses on my shift, exhausting night",
    "the thought of killing myself has never crossed my mind",
    "la idea de quitarme la vida nunca se me ha pasado por la cabeza",
    "l'idée de me suicider ne m'a jamais effleurée",
    "la mia amica mi ha detto che ha pensato di farla finita, l'ho portata dal medico",
]


@pytest.mark.parametrize(("text", "name"), CAUGHT)
def test_unseen_wording_is_caught_by_its_mechanism(text: str, name: str) -> None:
    assert assess(text).flagged, text
    # The mechanism itself reads the sentence (an older rule may also have found it).
    norm, _ = respell(*normalize(text, fold=True))
    (rule,) = [r for r in EXPLICIT_RULES + SIGN_RULES + ACT_RULES if r.name == name]
    assert rule.pattern.search(norm), (text, name)


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_close_look_alike_is_not_flagged(text: str) -> None:
    result = assess(text)
    assert not result.flagged, (text, result.reasons)


def test_charcoal_without_a_barbecue_is_not_cleared_by_the_barbecue() -> None:
    """An everyday reason the writer denies having cannot explain the purchase."""
    assert assess("bought more charcoal again and we don't even have a barbecue").flagged
    assert not assess("bought more charcoal for the barbecue on saturday").flagged


def test_every_core_rule_is_gated_and_has_a_sentence() -> None:
    rules = EXPLICIT_RULES + SIGN_RULES + ACT_RULES
    texts = [text for text, _ in CAUGHT]
    assert gated_matches(rules, texts + NOT_FLAGGED) >= len(CAUGHT)


# Misspellings, texting shorthand and regional words of the other languages (``spelling_intl``).
TYPED_FAST = [
    "j'ai envi de mourrir",
    "kiero morirme ya",
    "vorei morire stanotte",
    "mi voglio ammazare",
    "ich will mich umbrigen",
    "qro morer",
    "estoy hart@ de vivir",
    "non vorrei più vivere",
]


@pytest.mark.parametrize("text", TYPED_FAST)
def test_misspelt_statement_in_another_language_is_caught(text: str) -> None:
    assert assess(text).flagged, text


@pytest.mark.parametrize(
    "text", ["nn voglio morire", "naum quero morrer, quero viver", "nn vorrei più vivere a milano"]
)
def test_shorthand_negation_still_negates(text: str) -> None:
    """ "nn" and "naum" are read as "non" and "não": the negation they carry still counts."""
    assert not assess(text).flagged, text
