"""The German, French, Spanish, Portuguese and Italian phrase families of
``rules_intl_corpus_families``, both ways: new wordings of each sign that must be flagged by
the rules alone, and the everyday look-alikes of each family that must not.

Families: done with life said in the colloquial; closing one's eyes for good, or not waking any
more, wished; a past attempt dated and told bare; waking in intensive care the last time it was
this dark; a date chosen so as not to spoil someone's party; a hotel room booked and no
return; a high place named with "that's where it will be"; a friend asked to look after one's
family "if anything happens"; letters left for one's parents "for when they need them"; love,
thanks and sorry to everyone at once; a gun-cabinet key one cannot stop thinking about; a rope
bought "and it's not for" its ordinary use; a medicine stopped and kept; the future not seen
at all; no next year "for me"; no longer there by a month ahead; a thing let lapse as it will
not be needed. Guards: someone else's act, an ordinary try named, an operation or an accident,
one's own event, a move or a new job, a meeting or a concert, a trip or an operation ahead,
a birthday, a farewell party or a move, hunting named, what the rope is for, disposal, a gloomy
forecast, a trip or work abroad, never using the thing, negation.

The sentences are written anew (not copied from ``c13_*.tsv``) so they test a family of
wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess_phrases, rules_intl_corpus_families
from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import DW as _DW
from tests.support.safety_categories import GB as _GB
from tests.support.safety_categories import GM as _GM
from tests.support.safety_categories import NF as _NF
from tests.support.safety_categories import PM as _PM
from tests.support.safety_categories import SI as _SI
from tests.support.safety_gates import gated_matches

SIGNS: list[tuple[str, Category]] = [
    # done with life, colloquial
    ("Ganz ehrlich, ich bin durch mit dem Leben, das ist kein Spruch.", _SI),
    ("ich bin so done mit meinem leben, echt jetzt", _SI),
    # closing one's eyes for good / not waking, wished
    ("Ce soir j'ai envie de fermer les yeux pour toujours.", _DW),
    ("Je voudrais fermer les yeux et ne plus me réveiller, c'est tout.", _DW),
    ("Às vezes eu queria dormir e não acordar mais.", _DW),
    ("Quisiera dormir y no despertar nunca.", _DW),
    ("Vorrei chiudere gli occhi e non svegliarmi più.", _DW),
    # a past attempt, dated and bare
    ("Vor drei Jahren hab ich es schon mal versucht, und jetzt kommt alles zurück.", _SI),
    ("Hace un año lo intenté, y ahora tengo el mismo miedo.", _SI),
    ("Tre anni fa ci ho provato, ma nessuno lo sa.", _SI),
    ("Há uns meses tentei, e ninguém da família sabe.", _SI),
    # waking in intensive care the last time it was this dark
    ("Das letzte Mal, als es so schlimm war, bin ich in der Notaufnahme aufgewacht.", _SI),
    ("La seule fois où j'étais aussi mal, je me suis réveillée en réanimation.", _SI),
    ("La última vez que estuve así acabé en la UCI, y vuelvo a estar igual.", _SI),
    ("L'ultima volta che stavo così mi sono svegliata in terapia intensiva.", _SI),
    ("A última vez que fiquei assim acordei na UTI.", _SI),
    # a date chosen so as not to spoil someone's party
    ("Ich hab ein Datum, nach Omas Geburtstagsessen, um es ihr nicht zu verderben.", _PM),
    ("J'ai une date, le 3, après la fête de ma cousine pour ne pas gâcher sa journée.", _PM),
    ("La fecha está decidida, después de la comunión de mi sobrino para no amargarla.", _PM),
    ("La data è scelta, dopo la festa di mio cugino, per non rovinargli la giornata.", _PM),
    ("Já tenho o dia, depois da festa do meu primo, para não estragar a festa.", _PM),
    # a hotel room booked, and no return
    ("Ich hab ein Hotelzimmer in Rostock genommen und ich komme nicht zurück.", _PM),
    ("J'ai pris une chambre dans un hôtel à Sète et je ne reviendrai pas.", _PM),
    ("Tengo una habitación en un hotel de Gijón y no voy a volver.", _PM),
    ("Ho preso una camera in un albergo a Rimini e non tornerò.", _PM),
    ("Marquei um quarto num hotel no Porto e não volto.", _PM),
    # a high place named, "that's where it will be"
    ("Die Autobahnbrücke bei uns, da wird es sein.", _PM),
    ("La falaise d'Étretat, ça sera là.", _PM),
    ("El viaducto del tren que pasa junto al pueblo, ahí será.", _PM),
    ("Il viadotto della tangenziale, sarà lì.", _PM),
    ("O viaduto perto de casa, será ali.", _PM),
    # a friend asked to look after one's family if anything happens
    ("Ich hab Jonas gesagt, er soll auf meine Schwester aufpassen, wenn mir was passiert.", _GB),
    ("J'ai dit à Inès de s'occuper de mon chien s'il m'arrive quelque chose.", _GB),
    ("Le dije a mi vecina que cuide de mis hijos si me pasara algo.", _GB),
    ("Ho detto a Luca di prendersi cura di mia sorella se mi succede qualcosa.", _GB),
    ("Pedi à minha tia para tomar conta do meu irmão se me acontecer algo.", _GB),
    # letters left for one's parents for when they need them
    ("Die Briefe an meine Eltern sind im Schrank, für wenn sie sie brauchen.", _GB),
    ("Les lettres pour mes parents sont dans la boîte, pour le moment venu.", _GB),
    ("Las cartas para mis padres están en el armario, para cuando hagan falta.", _GB),
    ("Le lettere per i miei sono nel comodino, per quando ne avranno bisogno.", _GB),
    ("As cartas para os meus pais estão na gaveta, para quando precisarem.", _GB),
    # love, thanks and sorry to everyone at once
    ("hab euch alle lieb, danke für alles, verzeiht mir", _GB),
    ("je vous aime tous, merci pour tout, pardon", _GB),
    ("os quiero a todos, gracias por todo, perdonad", _GB),
    ("vi voglio bene, grazie di tutto, perdonatemi", _GB),
    ("amo vocês, obrigado por tudo, me perdoem", _GB),
    # the gun-cabinet key, and the thought not leaving
    ("Ich weiß, wo Papa den Schlüssel zum Waffenschrank hat, und denk ständig dran.", _GM),
    ("Je connais la cachette de la clé de l'armoire aux armes, j'y pense sans arrêt.", _GM),
    (
        "Vi dónde deja mi abuelo la llave del armario de las escopetas y no paro de pensar en eso.",
        _GM,
    ),
    (
        "Ho visto dove mio padre mette la chiave dell'armadio delle armi e non riesco a smettere "
        "di pensarci.",
        _GM,
    ),
    (
        "Descobri onde fica a chave do armário das espingardas e não consigo parar de pensar "
        "nisso.",
        _GM,
    ),
    # a rope bought, and what it is not for
    ("Ich hab mir einen Strick besorgt und der ist nicht für den Garten.", _GM),
    ("Hier j'ai acheté une corde, et ce n'est pas pour le camping.", _GM),
    ("Compré una soga esta mañana y no es para tender la ropa.", _GM),
    ("Ho comprato una corda ieri e non è per la barca.", _GM),
    ("Comprei uma corda no mercado e não é pra rede.", _GM),
    # a medicine stopped and kept
    ("Die Tabletten vom Psychiater nehm ich nicht mehr, die landen alle in einer Schachtel.", _GM),
    ("J'ai plus pris mes cachets depuis un mois, je les ai gardés, ça fait une réserve.", _GM),
    ("Dejé de tomar mis pastillas y las voy guardando en un bote.", _GM),
    ("Ho smesso di prendere le pillole e le sto mettendo da parte.", _GM),
    ("Parei de tomar os comprimidos e estou a guardar todos numa lata.", _GM),
    # the future not seen at all
    ("Die Zukunft, die seh ich einfach nicht.", _NF),
    ("L'avenir, je ne le vois plus.", _NF),
    ("El futuro no lo veo, solo niebla.", _NF),
    ("Il futuro non lo vedo più.", _NF),
    ("O futuro eu não vejo, nem bom nem mau.", _NF),
    # no next year for me
    ("Es gibt kein nächstes Jahr für mich.", _NF),
    ("Il n'y aura pas d'année prochaine pour moi.", _NF),
    ("No habrá otro verano para mí.", _NF),
    ("Non ci sarà un altro anno per me.", _NF),
    ("Não vai haver outro verão pra mim.", _NF),
    # no longer there by a month ahead
    ("Im Dezember bin ich eh nicht mehr da.", _NF),
    ("Je crois pas être encore là en septembre.", _NF),
    ("En diciembre ya no voy a estar.", _NF),
    ("Entro settembre non ci arriverò.", _NF),
    ("Em dezembro eu já não vou estar cá.", _NF),
    # a thing let lapse as it will not be needed
    ("Das Abo nicht verlängert, ich werde es nicht mehr brauchen.", _NF),
    ("Carte de bibliothèque pas renouvelée, je n'en aurai plus besoin.", _NF),
    ("No renové el pasaporte, ya no lo voy a necesitar.", _NF),
    ("Non ho rinnovato la tessera, non mi servirà più.", _NF),
    ("Não renovei o cartão do ginásio, não vou mais precisar.", _NF),
    ("Ich hab den Ausweis nicht verlängert. Brauch ich eh nicht mehr.", _NF),
    ("No renové la tarjeta del bus. Ya no la voy a necesitar.", _NF),
    # "if you are reading this", and forgiveness asked
    ("Wenn ihr das hier lest, verzeiht mir, bitte.", _GB),
    ("Si vous lisez ce message, ce n'est pas votre faute.", _GB),
    ("Si estáis leyendo esto, perdonadme, os quise mucho.", _GB),
    ("Se state leggendo queste righe, perdonatemi.", _GB),
    ("Se vocês estão lendo isto, me perdoem.", _GB),
    # a night chosen for when everyone sleeps
    ("Ich habe mich für Freitagnacht entschieden, wenn alle schlafen.", _PM),
    ("J'ai choisi vendredi soir, quand tout le monde dort.", _PM),
    ("He elegido el viernes por la noche, cuando todos duerman.", _PM),
    ("Ho scelto venerdì notte, quando tutti dormono.", _PM),
    ("Escolhi sexta à noite, quando todos estiverem a dormir.", _PM),
    # an occasion ahead thought of as held without the writer
    ("Alle reden vom Sommerfest, und ich denk nur, das wird ohne mich stattfinden.", _NF),
    (
        "J'ai vu les invitations pour la fête de l'été, je me suis dit qu'elle se ferait sans moi.",
        _NF,
    ),
    ("Mis primos organizan la cena de fin de año y pensé que será sin mí.", _NF),
    ("I colleghi preparano la cena di Natale, ho pensato che si farà senza di me.", _NF),
    ("A turma marcou o churrasco de junho e eu pensei que vai ser sem mim.", _NF),
    # a gun key known, in a hunting family: access is the sign
    (
        "Depuis la chasse avec tonton je sais où il range la clé du coffre à fusils, j'y pense "
        "tout le temps.",
        _GM,
    ),
    # a load to tie named only to be denied
    ("Saí com uma corda da loja, e não é para amarrar a lona do barco.", _GM),
]

ORDINARY = [
    # done with an exam; a death told; a lie-in
    "Ich bin durch mit der Prüfung und total erleichtert.",
    "Mon grand-père a fermé les yeux pour toujours la semaine dernière.",
    # an ordinary try named; someone else's attempt
    "Vor zwei Jahren hab ich's schon mal versucht mit Yoga, hat nicht geklappt.",
    "Hace dos años lo intenté con la dieta keto.",
    "Due anni fa ci ho provato con lei, ma mi ha detto di no.",
    "Há dois anos tentei o exame de condução e chumbei.",
    # an operation, an accident
    "Das letzte Mal, als es so schlimm war, bin ich nach der Operation auf der Intensivstation "
    "aufgewacht.",
    "La dernière fois que j'étais comme ça je me suis réveillé aux urgences après un accident "
    "de vélo.",
    "L'ultima volta che stavo così mi sono svegliata in terapia intensiva dopo l'operazione.",
    # one's own event
    "J'ai une date, le 3, pour le déménagement, après la fête de ma cousine pour ne pas gâcher "
    "sa journée.",
    "Ya tengo fecha para la boda, después del cumple de mi hermana para no arruinárselo.",
    # a move or a new job
    "Reservé una habitación en un hotel de Cádiz, tengo trabajo nuevo allí y no pienso volver.",
    "J'ai réservé une chambre d'hôtel à Lyon pour mon nouveau travail et je compte pas rentrer.",
    "Ho prenotato una camera in un albergo a Milano per il lavoro e non tornerò a Bari.",
    # a meeting or a concert
    "Le pont des Arts, ce sera là, pour le rendez-vous de samedi.",
    "El puente romano, ahí va a ser la foto de grupo.",
    # a trip or an operation ahead
    "Ich hab Jonas gesagt, er soll auf meine Mutter aufpassen, falls was ist, während ich auf "
    "Reise bin.",
    "Le pedí a mi amiga que cuide de mi madre si me pasa algo en el viaje.",
    "Pedi ao meu irmão para cuidar da minha mãe se me acontecer alguma coisa na cirurgia.",
    # a birthday
    "Le lettere per mamma e papà per il loro anniversario, per quando serviranno.",
    "Las cartas para mis padres por Navidad están listas, para cuando las necesiten.",
    # a farewell party or a move
    "je vous aime tous, merci pour tout, pardon pour le bruit au pot de départ",
    "amo vcs, obrigada por tudo, desculpa a bagunça da mudança",
    # hunting named is not the thought not leaving; a key alone
    "Mein Onkel zeigt mir morgen den Waffenschrank für den Jagdschein.",
    "So dove mio zio tiene la chiave dell'armadio dei fucili, me l'ha detto per la caccia.",
    # what the rope is for; a rope in someone else's hands
    "Compré una cuerda en la ferretería para la hamaca del jardín.",
    "J'ai acheté une corde pour la balançoire des enfants.",
    "J'ai acheté une corde, c'est pas pour la balançoire, c'est pour l'escalade.",
    "Ho comprato una corda e non è per la barca, è per stendere i panni.",
    "Mon voisin a acheté une corde et c'est pas pour la balançoire, il fait de l'escalade.",
    # disposal
    "Parei de tomar os remédios e estou guardando para devolver na farmácia.",
    "Dejé de tomar las pastillas y las guardo para devolver en la farmacia.",
    # a gloomy forecast; a firm's future
    "Il futuro non lo vedo roseo per l'economia.",
    "El futuro no lo veo claro con este gobierno.",
    "L'avenir de la boîte, je le vois pas bien.",
    # a trip or work abroad
    "Im Dezember bin ich nicht mehr da, ich mache ein Auslandssemester.",
    "En diciembre ya no voy a estar, me voy de Erasmus a Italia.",
    "Em dezembro eu já não vou estar cá, vou trabalhar para o exterior.",
    # never using the thing; a new one
    "Non ho rinnovato l'abbonamento in palestra, tanto a cosa mi serve, non ci vado mai.",
    "Das Zeitungsabo nicht verlängert, brauch ich eh nicht mehr, hab ein neues Online-Abo.",
    "No renové el carnet del club, ya no lo necesito porque tengo uno nuevo.",
    "No renové el seguro del coche. Ya no lo necesito, lo vendí y tengo uno nuevo.",
    # a move said with the verb
    "Den Handyvertrag nicht verlängert, brauch ich eh nicht mehr, zieh bald nach Wien.",
    "Para junio ya no estaré, me voy a vivir a Valencia.",
    # a time capsule; a night for a game; a shift or a trip explains the absence
    "Si vous lisez ces lignes dans la capsule temporelle, pardonnez-moi les fautes.",
    "Ich hab mich für Samstagnacht entschieden, wenn alle schlafen, um in Ruhe zu zocken.",
    "Ho scelto sabato notte, quando tutti dormono, per studiare in pace.",
    "Les collègues organisent le pot, je me suis dit qu'il se ferait sans moi, je suis en "
    "vacances.",
    "Pensé que será sin mí, tengo turno de noche ese día.",
    # a key known for the hunting licence, no thought that stays
    "Je sais où tonton range la clé du coffre à fusils, on part à la chasse demain.",
    # a season ended for the club, not for the writer
    "Für den Verein gibt es keine nächste Saison, der Platz wird verkauft.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_new_wording_is_flagged_by_the_rules_alone(text: str, category: Category) -> None:
    result = assess_phrases(text)
    assert result.flagged, text
    assert category in {s.category for s in result.matched_spans}, (text, result.reasons)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert not assess_phrases(text).flagged, (text, assess_phrases(text).reasons)


def test_every_family_meets_a_sign_and_every_rule_is_gated() -> None:
    rules = rules_intl_corpus_families.RULES
    assert all(rule.gate for rule in rules)
    texts = [text for text, _ in SIGNS]
    # each rule (one per family and language) must match at least one new sign
    silent = [r.name for r in rules if gated_matches([r], texts) == 0]
    assert not silent, silent
    gated_matches(rules, texts + ORDINARY)


def test_negated_and_third_person_forms_are_not_flagged() -> None:
    assert not assess_phrases(
        "Er hat einen Strick gekauft, und der ist nicht für den Garten."
    ).flagged
    assert not assess_phrases(
        "Ma sœur a envie de fermer les yeux pour toujours sur ce dossier."
    ).flagged
