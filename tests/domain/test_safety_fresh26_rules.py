"""The mechanisms added after studying ``fresh26``, both ways: new wordings of each sign that must
be flagged, and the look-alikes that must not.

Mechanisms (``rules_core_intentions``, six languages each): a plan told by the moment nobody is
around (a time, the others away or the flat empty, and the act left unnamed, or the day called
chosen, or "that's when and where"); a relapse told as a clean streak from self-harm ended by a
recent moment; others better with the writer gone for good; a farewell sent round to everyone; a
thing given as a keepsake of the writer; pain with the writer shut in with it (trapped, a cage, no
exit); the future or tomorrow denied to oneself in bare spoken forms ("no future at all", "nothing
waiting for me", "futuro nenhum pra mim"). Guards: an errand or a surprise named beside the plan; a
body's pain or a lift; a streak that still holds; a stay away that ends; a trip, a celebration or a
retirement beside a farewell; a job's or a team's future; "like there's no tomorrow". Everyday
frames: an exaggeration over a passing trifle (a queue, a traffic jam, a team losing again);
goodbyes at a retirement. Negation: "nowhere near"; a reply "no, never" after the phrase; the
spoken "pra" / "pa'" before a rope's stated purpose.

The sentences are written anew (not copied from ``fresh26_*.tsv``) so they test a family of
wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess, rules_core_intentions
from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU as _BU
from tests.support.safety_categories import GA as _GA
from tests.support.safety_categories import GB as _GB
from tests.support.safety_categories import NF as _NF
from tests.support.safety_categories import PM as _PM
from tests.support.safety_categories import SH as _SH
from tests.support.safety_categories import TP as _TP
from tests.support.safety_gates import gated_matches

SIGNS = [
    # a plan told by the moment nobody is around
    ("Thursday, when the flat's empty, I'll do it.", _PM),
    ("Tuesday night, once my brother heads off to Leeds, that's when.", _PM),
    ("I've picked the date, the 9th, when my parents are away at the caravan.", _PM),
    ("I'll do it Sunday, when the house is quiet.", _PM),
    ("Sunday evening near the old quarry, that's when and where.", _PM),
    ("Am Donnerstag, wenn mein Mann auf Montage ist, dann mach ich's.", _PM),
    ("Freitagnacht, wenn ich allein bin, werd ich's tun.", _PM),
    ("Jeudi soir, quand mon copain sera chez sa mère, je vais le faire.", _PM),
    ("Mardi, quand je serai seule, c'est là que ça se passera.", _PM),
    ("El viernes, cuando mis hijos se vayan con su papá, lo voy a hacer.", _PM),
    ("Ya elegí el día, el sábado, cuando mi esposo salga de viaje.", _PM),
    ("Quinta à noite, quando meu marido estiver no plantão, vou fazer.", _PM),
    ("Domingo, quando eu ficar sozinha em casa, vai ser.", _PM),
    ("Venerdì sera, quando i ragazzi saranno dai nonni, lo faccio.", _PM),
    ("Ho già scelto il giorno, martedì, quando mio marito parte per Torino.", _PM),
    # a clean streak from self-harm, ended by a recent moment
    ("Clean from self-harm since March ... until last night.", _SH),
    ("I'd been cutting-free for ten weeks till Saturday.", _SH),
    ("War ein halbes Jahr ritzfrei, bis gestern.", _SH),
    ("Trois mois sans me scarifier, jusqu'à hier soir.", _SH),
    ("Llevaba cuatro meses sin cortarme, hasta anoche.", _SH),
    ("Fiquei limpa dos cortes durante meses, até ontem.", _SH),
    ("Ero pulita dai tagli da un anno, fino a ieri.", _SH),
    # others better with the writer gone for good
    ("My lads would do loads better with me gone, I'm dead weight.", _BU),
    ("Better I vanish for good, then she can breathe.", _BU),
    ("Besser, ich verschwinde endgültig, dann hat er seine Ruhe.", _BU),
    ("Mieux vaut que je disparaisse, elle aura la paix.", _BU),
    ("Mejor desaparezco para siempre, así mi hermano es libre.", _BU),
    ("Melhor eu desaparecer para sempre, assim minha mãe descansa.", _BU),
    ("Meglio che io sparisca per sempre, così mio padre è tranquillo.", _BU),
    # a farewell sent round to everyone
    ("Texted the whole squad at 2am, thanks for everything, you were the best.", _GB),
    ("Wrote letters to my aunt and my coach, saying goodbye and sorry.", _GB),
    ("Hab allen aus dem Chor geschrieben: lebt wohl, danke für alles.", _GB),
    ("J'ai écrit à tout le monde cette nuit, merci pour tout, adieu.", _GB),
    ("Les escribí a todos mis primos, gracias por todo, adiós.", _GB),
    ("Mandei mensagem pra todo mundo do grupo, obrigada por tudo, adeus.", _GB),
    ("Ho scritto a tutti quelli del coro, grazie di tutto, addio.", _GB),
    # pain, and the writer shut in with it
    ("This hurt never lifts, I'm caged in it like a dog in a box.", _TP),
    ("Dieser Schmerz, ich bin eingesperrt darin, kein Ausweg.", _TP),
    ("Cette souffrance me tient, je suis enfermée dedans.", _TP),
    ("Este dolor no se va, estoy atrapada como en una jaula.", _TP),
    ("Essa dor todo dia, me sinto trancada, sem saída.", _TP),
    ("Questo dolore ogni giorno, sono in trappola.", _TP),
    # a thing given as a keepsake of the writer
    ("Gave my niece my silver ring, remember me by it, I told her.", _GA),
    ("Ich hab meinem Neffen die Uhr geschenkt, denk dabei an mich.", _GA),
    ("J'ai donné ma montre à mon fils, souviens-toi de moi.", _GA),
    ("Le regalé mi guitarra a Toño, acuérdate de mí.", _GA),
    ("Dei meu relógio pro meu sobrinho, lembra de mim.", _GA),
    ("Ho dato la collana a mia nipote, ricordati di me.", _GA),
    # the future or tomorrow denied to oneself, in bare forms
    ("Lost the allotment too, no future at all.", _NF),
    ("Honestly I see no tomorrow for me, not here, not anywhere.", _NF),
    ("Nothing waiting for me after this winter.", _NF),
    ("Auf mich wartet nichts mehr, das weiß ich.", _NF),
    ("Depuis l'usine, rien ne m'attend, c'est comme ça.", _NF),
    ("Ya nada me espera en este rancho.", _NF),
    ("Não há amanhã pra mim, acabou.", _NF),
    ("Niente mi aspetta, ormai è così.", _NF),
]

ORDINARY = [
    # a plan with its errand, a surprise or a chore named
    "Thursday, when the flat's empty, I'll do it: the hallway finally gets its paint.",
    "Saturday, when mum's at her sister's, that's when we set up the surprise party.",
    "Am Samstag, wenn meine Frau beim Yoga ist, dann mach ich's: die Küche streichen.",
    "Samedi, quand mes parents seront au marché, je vais le faire : repeindre la cuisine.",
    "El domingo, cuando mi mamá esté en misa, lo voy a hacer: limpiar la cocina.",
    "Sexta, quando minha irmã viajar, vai ser a faxina geral.",
    "Sabato, quando mia moglie va dalla madre, lo faccio: imbiancare il bagno.",
    # a plan's parts with a negation between
    "Friday, when everyone's out, I won't do anything stupid, I'll just sleep.",
    # a streak that still holds
    "Clean from self-harm for a year now, and proud of it.",
    "Seit einem Jahr ritzfrei und stolz drauf.",
    "Llevo un año sin cortarme y me siento fuerte.",
    # a job's, a team's future; the idiom
    "There's no future for me in this company, time to update the CV.",
    "We danced like there's no tomorrow at Jo's wedding.",
    "Nothing waiting for me at the sorting office, the parcel is lost.",
    # a stay away that ends, a move
    "The kids will do better with me gone for the weekend, they love their gran.",
    "Better I go for good than stay in this dead-end town, the new job starts in May.",
    "Besser, ich verschwinde für eine Woche an die Ostsee, das Büro schafft das.",
    # a farewell round for a trip, a celebration, a working life ended
    "Texted everyone before the flight, thanks for everything, see you in March!",
    "Wrote to all the guests, thanks for everything, the wedding was perfect.",
    "J'ai écrit à tout le monde pour mon pot de départ, merci pour tout.",
    "Said goodbye to the whole ward on my last day at work, they gave me a cake for my retirement.",
    "Ho scritto a tutti, grazie di tutto per la festa di compleanno.",
    # a goodbye for now, from a retreat or with a see-you-soon
    "Sent a message to everyone from the yoga camp, bye for now, back on Sunday.",
    "Escribí a todos desde el campamento: gracias por todo, nos vemos el lunes.",
    "Ho scritto a tutti dal ritiro, grazie di tutto e a domani.",
    # a body's pain, a lift or a traffic jam
    "The pain in my knee is back and I was trapped in the lift at work for an hour.",
    "Der Schmerz im Rücken, und dann noch eingesperrt im Stau auf der A7.",
    "Este dolor de muela y encima atrapada en el tráfico dos horas.",
    # a keepsake before a move
    "Gave Sam my old guitar, remember me by it when you're famous, moving to Leeds next week.",
    "Le regalé mi bici a mi prima, acuérdate de mí, me mudo a Monterrey en junio.",
    # an exaggeration over a passing trifle
    "I swear I wanted to die when the queue at the post office didn't move.",
    "If the traffic on the ring road is like this again I'll kill myself, honestly.",
    "Wenn der HSV wieder verliert, bring ich mich um.",
    "Si el Cruz Azul pierde otra vez, me mato, neta.",
    # "nowhere near", a reply "no, never"
    "Tired and grumpy but nowhere near suicidal, just need a weekend off.",
    "Mi sento giù, ma farmi del male no, mai.",
    "Hurting myself? No, never.",
    # a rope's purpose said with the spoken "pra" / "pa'"
    "Comprei corda pra amarrar as redes no barco.",
    "Compré una cuerda pa' amarrar las lonas del puesto.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_new_wording_is_flagged(text: str, category: Category) -> None:
    result = assess(text)
    assert result.flagged, text
    assert category in {s.category for s in result.matched_spans}, (text, result.reasons)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert not assess(text).flagged, (text, assess(text).reasons)


def test_a_trifle_does_not_clear_a_sign_said_beside_it() -> None:
    # the exaggeration frame clears only when nothing else counts in the entry
    text = "I wanted to die when the queue didn't move. I have the pills saved for Friday."
    assert assess(text).flagged


def test_losing_ones_own_job_is_no_trifle() -> None:
    assert assess("If I lose my job again I'll kill myself.").flagged


def test_every_new_rule_is_gated_and_no_gate_hides_a_sign() -> None:
    rules = rules_core_intentions.RULES
    assert all(rule.gate for rule in rules)
    texts = [text for text, _ in SIGNS]
    assert gated_matches(rules, texts + ORDINARY) >= len(texts) // 2
