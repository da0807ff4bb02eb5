"""The mechanisms added after studying ``fresh53``, both ways: new wordings of each sign that must
be flagged, and the look-alikes that must not.

Recall: a trapped likeness that never lifts or passes, the picture turned inward ("but inside
me", "pero por dentro"), opened by a definite article or a gerund, no way back, the others
carrying on over the writer (``trapped_endless``); pain named and then past carrying
(``rules_pain_carried``); a plan fixed by an event's end and a bare "then it is the moment", or
by an event and the others away and nothing more (``rules_plan_when_over``), everyone busy with
one thing (``rules_plan_moment``), a dam as a height (``rules_plan_bare``); a relative's
medicine taken unseen, a story ready for the pharmacist (``rules_means_taken_unseen``); a
message that had to be said now, an embrace held too long, a message left for a day to come
(``rules_farewell_said_now``); a past attempt counted and unnamed, kept secret or with the
ward, an overdose told by the pills and the ward (``rules_attempt_counted``); a possession held
by the receiver now and theirs for good (``rules_giving_unreturned``); next year's occasion not
to be seen, nothing beyond a season, no "me" to turn up (``rules_future_unseen_next``); the
writer only a cost, their life resumed without the writer (``rules_burden_cost_only``);
disappointed to have woken (``rules_waking_regretted``); harm on purpose passed off as
clumsiness, the blade out again, nails pressed in till they mark (``rules_harm_hidden_acts``).

Guards: a sports bag is no sport (``everyday_occasions``), nor a sale promised never to happen a
clear-out; each family's look-alikes below (a time the fog lifts by, a named pain, a purpose for
the moment, an errand, a reason or a cancellation, a dream, a shave, a pastime tried).

The sentences are written anew, as other writers would say the same things (not copied from
``fresh53_*.tsv``), so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU, DW, GA, GB, GM, NF, PM, SH, SI, TP
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

SIGNS = [
    # trapped pain: a likeness that never lifts or passes, turned inward, no way back;
    # pain past carrying
    ("Like the haar over Leith, except it never lifts and I can hardly breathe in it.", TP),
    ("Wie der Hochnebel im Inntal, nur dass er sich nie lichtet.", TP),
    ("Comme le mistral en février, sauf que ça ne passe jamais.", TP),
    ("Es como la niebla de Lugo pero por dentro, y nunca se levanta.", TP),
    ("É como a maresia do Porto, só que dentro de mim, e nunca passa.", TP),
    ("Come la nebbia di Mantova, ma dentro di me, e non si alza mai.", TP),
    ("Chiusa dentro un acquario vuoto, e mi manca l'aria.", TP),
    ("Presa numa gaiola que não me deixa sair.", TP),
    ("Like wading through a bog with no top and no way back, just more mud.", TP),
    ("Feels like I'm under the water at the lido and everyone's swimming over me.", TP),
    ("It hurts all the time and I don't know how much longer I can bear it.", TP),
    ("Tut alles so weh, ich weiß nicht mehr, wie ich das aushalten soll.", TP),
    ("Ça fait tellement mal, je ne sais plus comment le supporter.", TP),
    ("Me duele tanto que ya no sé cómo aguantarlo.", TP),
    ("Dói tanto e já não sei como aguentar.", TP),
    ("Fa così male che non so più come sopportarlo.", TP),
    # plan: an event's end and then the moment, or the others away and nothing more
    ("Wenn der Weihnachtsmarkt vorbei ist und alle Buden weg sind, ist es so weit.", PM),
    ("Après la braderie, quand les stands seront partis, ce sera le moment.", PM),
    ("Después de las fiestas del Pilar, cuando se apaguen las luces, ese será el día.", PM),
    ("Depois do arraial, quando desmontarem as barracas, vai ser a altura.", PM),
    ("A marzo, quando chiude la fiera, ho deciso che sarà quella settimana.", PM),
    ("Once the show's packed up, that'll be the day.", PM),
    ("Después de la romería, cuando todos anden de fiesta.", PM),
    ("Depois do São João, quando a família voltar para o Porto.", PM),
    ("The old quarry, once everyone's gone back after Easter.", PM),
    ("Once the exams are over I'll do it, out at the dam by the reservoir.", PM),
    # getting means: a relative's medicine taken unseen; a story ready for the pharmacist
    ("Nan's sleeping pills are in my coat pocket now, slipped them out while she napped.", GM),
    ("Bei Opa die Schlaftabletten mitgehen lassen, keiner hat's gemerkt.", GM),
    ("Me llevé las pastillas de mi abuela, nadie se dio cuenta.", GM),
    ("Peguei os comprimidos do meu avô, ninguém reparou.", GM),
    ("Ho preso le pastiglie di mia nonna, le tengo nella borsa.", GM),
    ("Asked the chemist for the big box and had an excuse ready in case he asked.", GM),
    # goodbyes: a message that had to be said now, an embrace held too long
    ("Wrote to my godson how proud I am of him, just in case.", GB),
    ("Told my brother what he means to me. Needed him to hear it now.", GB),
    ("Hab meiner Tante einen langen Brief geschrieben, sie musste es jetzt wissen.", GB),
    ("J'ai écrit à ma marraine pour la remercier, comme pour dire adieu.", GB),
    ("Escrevi à minha madrinha a agradecer tudo, queria que ficasse dito.", GB),
    ("Hugged Mum too long in the kitchen this morning, she didn't know why.", GB),
    # past attempt: counted, unnamed, kept secret or with the ward; the pills and the ward
    ("The first time I tried I was sixteen, and nobody ever knew.", SI),
    ("La prima volta che ci ho provato avevo sedici anni, nessuno lo sa.", SI),
    ("Tentei uma vez aos vinte e nunca contei a ninguém.", SI),
    ("A year on from the tablets and the ward, and I'm still shaky.", SI),
    # giving away: held by the receiver now, theirs now, never to be sold
    ("My niece has all my stamp albums now, made her promise never to sell them.", GA),
    ("My godson has my guitar now, told him it's his now.", GA),
    ("Das Fahrrad steht jetzt bei meiner Nichte, es gehört ab sofort ihr.", GA),
    # no future: next year's occasion not seen, nothing beyond a season, no me to turn up
    ("Le palio dell'anno prossimo non lo vedrò, ne sono sicuro.", NF),
    ("The county show next summer, I won't see it.", NF),
    ("Das Schützenfest nächstes Jahr werd ich nicht mehr erleben.", NF),
    ("Nothing on the other side of this summer.", NF),
    ("I don't think there'll be a me to show up in September.", NF),
    # burden: only a cost, their life resumed without the writer
    ("I cost her everything.", BU),
    ("Ohne mich hätte meine Frau wieder ein eigenes Leben.", BU),
    ("Sin mí, mi madre volvería a vivir.", BU),
    ("Só lhes dou despesa.", BU),
    # death wish: disappointed to have woken at all
    ("Disappointed to have woken up at all.", DW),
    ("Ich bin jeden Morgen enttäuscht, überhaupt aufgewacht zu sein.", DW),
    # self-harm: on purpose and passed off as clumsiness, the blade out again, nails till they mark
    ("Burnt my arm on the iron on purpose, told Mum I'm just clumsy.", SH),
    ("Me quemé la mano a propósito, le dije que fue un accidente.", SH),
    ("The blade came out again last night.", SH),
    ("Digging my nails into my arm until it leaves marks.", SH),
    # goodbyes: a message left for a day to come, everything said
    ("Recorded a video for my niece to watch on her eighteenth, said everything I needed to.", GB),
]

LOOK_ALIKES = [
    # a definite article or a gerund opens no picture without what never lifts, nor "as usual"
    "Como el año pasado, la fiesta nunca termina.",
    "Come il solito, nessuno mi ascolta in questa famiglia di matti.",
    "Come il solito, il 90 non passa mai.",
    "É como o carnaval, nunca acaba.",
    "Like watching paint dry, it never ends.",
    "Like the fog over the bay this morning, it never lifts before ten, so we stayed in.",
    "Wie der Nebel gestern, nur dass er sich heute früh gehoben hat.",
    "Comme le marché de Noël l'an dernier, sauf que la foule ne finit jamais, quel bonheur.",
    "Como el calor de ayer, no hay sombra en ningún lado en esta playa.",
    "Come le saline d'estate: tutto bianco e bellissimo, una vacanza.",
    "É como o sol de Natal no Recife, e o calor não passa nunca, que delícia de praia.",
    "Like climbing Snowdon in the fog, no summit in sight but a great day out.",
    "My knee hurts every day and I don't know how I'll bear the hike tomorrow.",
    "The pain in my tooth, I don't know how much longer I can bear it before the dentist.",
    "Es tut weh, aber ich weiß, wie ich das aushalten soll.",
    "Wenn das Stadtfest vorbei ist, ist es so weit, dann ziehen wir um.",
    "Wenn die Ferien vorbei sind, ist es so weit: Einschulung!",
    "Après la fête, quand le défilé sera passé, ce sera le moment de ranger.",
    "Quando finisce la fiera, sarà il momento del trasloco.",
    "Sunday after the marathon, that's the day I rest.",
    "After the wedding, when everyone's gone home, that's the day we leave for Crete.",
    "Después de la feria, cuando todos anden de fiesta, abrimos la tienda.",
    "Depois das festas, quando a família voltar pro Canadá, vou sentir saudades.",
    "Depois das festas, quando a família voltar pro Canadá, vamos fazer a mudança.",
    "The cliffs at Cape Reinga are beautiful in the evening.",
    "Picked up Gran's pills from the pharmacy, nobody noticed I was late.",
    "Grandma's tablets are in my bag, I'll give them back to her tonight.",
    "Ho preso le gocce di mio padre in farmacia, le tengo nella borsa per lui.",
    "My brother's pack of cigarettes, I hid it, nobody noticed.",
    "Asked the pharmacist about my prescription and she was lovely.",
    "Had a story ready for the teacher in case she asked about my homework.",
    "Wrote a card to my nieces today, just in case the post is late.",
    "Told my mum I loved her before my trip, needed her to hear it now.",
    "Le mandé a mi madrina un audio por su cumpleaños.",
    "Lettera spedita alla madrina: grazie del regalo.",
    "Hugged my daughter too long at the school gate, she was embarrassed.",
    "Hugged Dad at the airport, he didn't know why I was crying.",
    "The first time I tried sushi I was twenty and nobody at work knew.",
    "The first time I tried, I was seventeen, and nobody at school knew I could skate.",
    "My first attempt at the driving test was at seventeen and nobody found out.",
    "Last time I tried the new gym class, the instructors were kind.",
    "Tentei uma vez aos dezoito passar no exame e nunca contei a ninguém.",
    "She has been on the ward since the pills and the ward took her.",
    "My nephew has the car now, he bought it off me, cash.",
    "Lent my bike to Tom, want it back Friday.",
    "I sold the car, told him it's his now.",
    "Les fêtes de Bayonne l'an prochain, je ne les verrai pas, je serai au Canada pour le travail.",
    "La Macchina di Santa Rosa dell'anno prossimo non la vedrò, l'hanno annullata.",
    "Next summer's festival, I won't see it because we're moving to Spain.",
    "Semana que vem não vou estar, vou viajar.",
    "There's nothing on the far side of this hill but sheep.",
    "Ich koste den Wein, alles gut.",
    "The repairs cost them everything they had saved.",
    "Senza di me mio marito tornerebbe a vivere a Napoli.",
    "Disappointed to have woken up from such a good dream.",
    "Disappointed to wake up to rain again.",
    "Déçue de me réveiller si tôt.",
    "Burnt my hand on the kettle, told my sister I'm just clumsy.",
    "Cut my finger chopping onions, told him it was an accident.",
    "The razor came out again, time to shave off this beard.",
    "Digging my nails into the dough until it leaves marks.",
    "Recorded a video for my brother's birthday party.",
    "Hugged my sister too long and she laughed.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_sign_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)
