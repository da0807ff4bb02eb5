"""The mechanisms added after studying ``fresh20``, both ways: new wordings of each sign that
must be flagged, and the look-alikes that must not.

Mechanisms (``rules_core_farewells`` and ``rules_core_bearing`` unless named): a farewell said
to each of them; the last talk foretold; letters kept with the insurance papers; things given
so nobody has to sort them, or for someone to enjoy instead; asking where the gun is kept; a
dead relative's medicine kept; the day chosen and then closed, or "I know when and where"; pain
that never stops and cannot be borne; future appointments cancelled as not needed; farewell
formulas heaped together; several pharmacies "so nobody notices" (``rules_core_acts``); a past
stay in intensive care with the same feeling back; the head against a wall; a burden as a
weight others carry (``rules_en_asides``) or in the Portuguese imperfect; Spanish "me volví a
cortar"; "no way out" said bare; a life that cannot go on like this; the act as the only
solution; a farewell others take lightly; the plan as time, place and method; respelt Sicilian,
spoken French without "ne", "no more" and chat tags. Guards: a thing named then denied having
("Suizidgedanken hab ich keine."), tablets a doctor gave, goodbyes in the office, a clothes
line, a risk estimated in a course, a hardship blamed on oneself keeping a burden.

The sentences are written anew (not copied from ``fresh20_*.tsv``) so they test a family of
wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess
from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU as _BU
from tests.support.safety_categories import DW as _DW
from tests.support.safety_categories import GA as _GA
from tests.support.safety_categories import GB as _GB
from tests.support.safety_categories import GM as _GM
from tests.support.safety_categories import NF as _NF
from tests.support.safety_categories import PM as _PM
from tests.support.safety_categories import SH as _SH
from tests.support.safety_categories import SI as _SI
from tests.support.safety_categories import TP as _TP

SIGNS = [
    # a farewell said to each of them
    ("left a note for each of them on the fridge, just saying goodbye", _GB),
    ("allen meinen Freunden eine Karte: danke für alles, es tut mir leid", _GB),
    ("j'ai laissé un mot pour chacune en disant merci, pardon", _GB),
    ("le escribí a cada una de mis primas: gracias por todo, perdón", _GB),
    ("mandei a cada um dos meus amigos uma mensagem de adeus", _GB),
    ("ho mandato a ognuno dei miei cugini un messaggio: addio", _GB),
    # the last talk foretold
    ("hugged my brother at the door, the last hug we'll ever have", _GB),
    ("fue la última charla que vamos a tener mi abuela y yo", _GB),
    # letters kept with the papers
    ("put the letters for my daughters in the folder with my life insurance", _GB),
    ("deixei as cartas para os meus filhos junto com o testamento", _GB),
    # given so nobody has to sort through it, or to enjoy instead
    ("gave my books and records away so nobody has to sort through my stuff", _GA),
    ("le regalé mi guitarra a mi primo, que la disfrute él, yo ya no", _GA),
    ("ho regalato la bici a mio fratello, che se la goda lui, io ormai no", _GA),
    # asking where the gun is kept; a dead relative's medicine kept
    ("asked my uncle where grandad keeps the rifle, acted like i was just curious", _GM),
    ("chiesto a mio cugino dove tiene la pistola suo padre", _GM),
    ("kept my dad's oxycodone after he died instead of handing it back", _GM),
    ("me quedé con la morfina de mi abuelo en vez de devolverla a la farmacia", _GM),
    # the day chosen and then closed; when and where
    ("picked the night the house is empty, everything's sorted", _PM),
    ("j'ai choisi le jour, après le mariage de ma soeur, pour ne pas lui gâcher", _PM),
    ("escolhi o dia, a casa vai estar vazia", _PM),
    ("I know when and where now. the old railway bridge", _PM),
    ("ya sé cuándo y dónde. el puente de la autopista", _PM),
    # pain that never stops and cannot be borne
    ("the pain never lets up and i can't take it", _TP),
    ("der Schmerz hört nie auf, ich halte das nicht mehr aus", _TP),
    ("a dor nunca passa, não aguento mais", _TP),
    # future appointments cancelled as not needed
    ("cancelled my check-ups for next year, won't need them anyway", _NF),
    ("ho disdetto tutte le visite dell'anno prossimo, tanto non mi servono più", _NF),
    ("Termine für nächstes Jahr abgesagt. Brauch ich eh nicht mehr.", _NF),
    # farewell formulas heaped together, then the end
    ("thanks for everything. love you forever. i'm just so tired", _GB),
    ("gracias por todo, los quiero para siempre, estoy muy cansada", _GB),
    # several pharmacies, unnoticed
    ("went to three different chemists so no one would notice", _GM),
    ("in mehreren Apotheken Schlaftabletten gekauft, damit es niemandem auffällt", _GM),
    # intensive care before, the same feeling now
    ("last time it got this bad i ended up in intensive care, and it's the same feeling", _SI),
    ("mi sono risvegliata in terapia intensiva due anni fa e sta tornando", _SI),
    # the head against a wall, what the hitting is for
    ("bati com a cabeça contra a parede até doer, só assim paro de pensar", _SH),
    ("punched myself till it bruised, the only thing that quiets my head", _SH),
    # a weight others carry
    ("i'm just a liability to my family", _BU),
    ("my kids shouldn't have to look after me like this", _BU),
    ("sem mim os meus pais viviam mais tranquilos", _BU),
    # Spanish pronoun before the verb
    ("me he vuelto a cortar esta noche", _SH),
    # "no way out" said bare
    ("estoy en un pozo. ninguna salida.", _TP),
    ("nessuna via di scampo per me", _TP),
    # a life that cannot go on like this (``rules_core_bearing``)
    ("sinceramente no puedo seguir viviendo así.", _TP),
    ("ich kann so nicht mehr weiterleben", _TP),
    ("je ne peux plus vivre comme ça", _TP),
    ("non ce la faccio a vivere così, basta", _TP),
    ("the pain in my hip never stops, can't face another winter of it", _TP),
    # the act as the only solution
    ("ammazzarmi sarebbe l'unica soluzione", _SI),
    ("suicidarme es la única salida que veo", _SI),
    ("wenn ich mich umbringe, ist das ganze Elend endlich vorbei", _SI),
    # a farewell others take lightly
    ("told my dad thanks for everything, he thought i was being sentimental", _GB),
    ("j'ai dit adieu à ma soeur, elle sait pas que c'est pour de vrai", _GB),
    ("le di las gracias por todo a mi tía, no sabe que es la última vez", _GB),
    # the plan written out
    ("the plan's in my notebook: time, place and method", _PM),
    ("o plano está feito, hora, local e como", _PM),
    # a message for a day not seen, boxes with names, an amount looked up
    ("wrote a letter for my daughter for when she turns 18, i won't be there to give it", _GB),
    ("put all my things into bags with their names on", _GA),
    ("looked up how many would be enough", _GM),
    # talked down from a height, and back there now
    ("last year a cop talked me down off the bridge and i'm back at that edge", _SI),
    # a future only black, an end only bad
    ("can't imagine anything past my birthday, it's all dark", _NF),
    ("i don't see how this ends except badly.", _TP),
    # money the writer is without is not an everyday bottomless pit
    ("sinto-me preso, sem dinheiro, sem saída, a dor não passa e já não aguento", _TP),
    # respelt Sicilian, French without "ne", "no more", a chat tag
    ("sugnu nu pisu pi tutti", _BU),
    ("je serai pu là à Pâques", _NF),
    ("i don't want to live no more", _DW),
    ("i want to die ngl", _DW),
]

ORDINARY = [
    # farewells that are not the last
    "wrote a thank you card to each of the guests",
    "said goodbye to each of my colleagues on my last day at the office",
    "ho scritto a ciascuno degli invitati per ringraziarli",
    "the last chat we'll have before the holidays, see you in january",
    "filed the letters from the bank with the insurance papers",
    "wrote to each of my students: goodbye and good luck",
    "ho scritto a ciascuno dei ragazzi: addio e buona fortuna per l'esame",
    "sent a card to each of my nieces saying love you always",
    # things given for a plain reason
    "gave my old clothes to charity so nobody has to sort through my stuff when we move",
    "le regalé la consola a mi primo, que la disfrute",
    # where things are kept, medicine handed back
    "asked my mum where she keeps the spare key",
    "took my gran's old tablets back to the pharmacy after she died",
    "kept my mum's pills after she died, i don't know what to do with them",
    "asked my brother where he keeps the rifle so i could clean it for him",
    # a day chosen for something
    "picked the date for the wedding, everything's ready",
    "ho deciso il giorno della festa, è tutto pronto",
    "now i know when and where the concert is",
    "the interview? i know when and where now. so nervous",
    "picked the weekend, everything's ready for the party",
    "escogí el finde, está todo preparado, el viaje a la playa ya está reservado",
    # pain that is named as everyday, or borne
    "the toothache never stops, i can't take it",
    "the back pain never goes away when i sit, i can't do this desk job much longer",
    # cancellations for a reason
    "cancelled my gym membership, won't need it anyway since i cycle to work",
    # apologies after a row
    "sorry for everything i said, love you always, see you tonight",
    # several pharmacies for a shortage
    "tried three different pharmacies, the inhaler is out of stock everywhere",
    # hitting and cutting by accident, a haircut
    "hit my head on the cupboard door again",
    "me volví a cortar el pelo muy corto",
    # no weight on anyone
    "i'm a liability on the football team with my knee",
    # spoken French comparatives, a language tag
    "je suis plus heureuse depuis que j'ai changé de boulot",
    "le site est en fr et en en",
    # a dead end, a lift
    "calle sin salida, tuvimos que dar la vuelta",
    "bloccata in ascensore, nessuna via d'uscita finché non è arrivato il tecnico",
    # living, solutions, farewells and plans that are everyday
    "no puedo seguir viviendo así con este ruido de los vecinos",
    "ich will nicht mit ihm weiterleben, ich ziehe aus",
    "matarme de risa es la única solución a este lunes",
    "thanks for everything at my leaving do, they thought i was being soppy",
    "she thinks i'm just being dramatic about the haircut",
    "the trainer asked for time, place and method of the incident report",
    "recorded a video for my niece's wedding, i won't be there to see it, we'll be abroad",
    "sorted my stuff into boxes with names on for the move",
    "looked up how much flour would be enough for twelve",
    "a stranger talked me down from buying the expensive one",
    "can't picture anything after the exams, my head's blank",
    "i don't see how this ends except badly for the team this season",
    # a goodbye before leaving, a bearing that names its object, a reason after "won't need
    # it", tired but happy, being asked
    "a ciascuno dei nonni ho detto addio prima di partire per l'Australia",
    "la douleur ne part jamais quand je cours, je supporte plus ces baskets",
    "ho disdetto la palestra per l'anno prossimo, tanto non mi serve più perché vado in piscina",
    "cancelei a consulta do próximo ano, já não vou precisar porque mudei de médico",
    "Termine fürs nächste Jahr abgesagt, brauch ich eh nicht mehr, zieh ja nach Berlin",
    "gracias por todo, los quiero siempre, estoy cansada pero feliz después de la boda",
    "mi ha chiesto dove tiene la pistola suo padre, gliel'ho detto",
    "Ich weiß jetzt wann und wo der Flohmarkt ist, bei der Brücke am Fluss",
    # the guards: a thing denied, a doctor's tablets, office goodbyes, a clothes line, a course
    "Suizidgedanken hab ich keine, nur Stress",
    "pensamientos suicidas no tengo, solo estoy agotada",
    "took the pills the doctor prescribed me for the ear infection",
    "ultimo giorno in ufficio, ho salutato tutti",
    "compré una cuerda para el tendedero",
    "corso sulla stima del rischio suicidario per infermieri",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_new_wording_is_flagged(text: str, category: Category) -> None:
    result = assess(text)
    assert result.flagged, text
    assert category in result.categories, (text, result.categories)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # the guards leave the writer's own words alone
        "me quiero morir, no tengo fuerzas para nada",
        "ich will nicht mehr leben, hab ich keinem gesagt",
        "mi madre hace doble turno por mi culpa, sin mí estaría más tranquila",
        "my wife would find someone normal if i was gone",
    ],
)
def test_own_words_still_flagged(text: str) -> None:
    assert assess(text).flagged, text
