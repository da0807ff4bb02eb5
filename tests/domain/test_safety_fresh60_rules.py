"""The mechanisms added after studying ``fresh60``, both ways: new wordings of each sign that must
be flagged, and the look-alikes that must not.

Families: a day told for an act never named (``rules_plan_day_unnamed``): a list of times
taken up by an unnamed "it" ("…, that's when it'll be", "…, that's the day I've chosen"), and a
day, the writer going somewhere and the end said to be there, whatever the
place is called ("Am Sonntag geh ich zur Kugelbake, dann ist Schluss", "El domingo subo a la
Peña de Francia y ahí se acaba todo"); a journey out "along" or "past" a place with no coming
back; the wish said as what all the wanting comes to ("lo único que deseo es estar muerto",
"tudo o que quero é estar morta", "Das Einzige, was ich mir wünsche, ist tot zu sein"), with
being dead among the acts in every language; a "nobody" who does not know, guess or imagine,
which leaves what they do not know standing ("nessuno immagina che non voglio più vivere");
no future told as a look ahead that finds nothing ("Guardo avanti e non vedo niente", "Devant
moi il n'y a rien", "Vor mir liegt nichts"), the writer's being there dismissed ("not like I'll
be here for it") or not pictured "to see it"; an act named with its purpose in Spanish,
Portuguese and Italian ("tomé pastillas para matarme", ``rules_act_purposed``); a relative's
medicine stowed among the writer's own things ("sewed them into my coat lining", "je les garde
dans la boîte à gants"); a letter for family whose meaning is left to its finding ("she'll
understand when she finds it", the Italian singular "lettera") and a note read after that
absolves the reader; things handed on "none of it matters now", or because the writer will not
be there for a season to come (``rules_giving_season_absent``); a wedding ring is a thing, not
a wedding. Not read: a future "it will be" given only a time ("It'll be Friday night,
finally"), far more often an ordinary plan than a chosen day (so a wait or a predicate for a
time, "the longest night", needs no guard of its own). Guards: an event named as what the day is
for, a purpose, a cleft or a colon naming it, a chore, the errand told the sentence before, a
"we", company, work or an outing for the day and the end, "nothing but", "nothing to do", a
real view (fog, a road, a screen), a move or a job elsewhere; "too young to die" and what it
takes to die; medicine carried for its owner; a letter for an occasion; a thing lent until the
writer is back, or left while away for work; a thing handed on before a move elsewhere.

The sentences are written anew, as other writers would say the same things (not copied from
``fresh60_*.tsv``), so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU, DW, GA, GB, GM, NF, PM, SI
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

SIGNS = [
    # times listed, then taken up by an unnamed "it"
    ("Tuesday evening once the flat's empty, that's when it'll be.", PM),
    ("The 3rd of March, after the school run, that's the day I've chosen.", PM),
    # a day, the writer going somewhere, the end said to be there
    ("Am Freitag fahr ich raus zum Leuchtturm in Westerhever, dann ist Schluss.", PM),
    ("Nach dem Schützenfest geh ich hoch zur Burgruine, und dann ist es vorbei.", PM),
    ("Samedi soir je vais à la pointe de Pen-Hir, ce sera la fin.", PM),
    ("Dimanche je monte au Mont Aiguille et c'est là que tout se termine.", PM),
    ("El domingo subo a la Peña de Francia y ahí se acaba todo.", PM),
    ("Después de la feria me voy al embarcadero, y ahí se acaba todo.", PM),
    ("No sábado vou ao Cabo da Roca, ali acaba tudo.", PM),
    ("Domenica salgo alla Rocca di Cerere, e lì finisce tutto.", PM),
    ("Dopo la processione vado al faro di Capo Mulini, lì finisce tutto.", PM),
    # a journey out along or past a place, no coming back
    ("Friday I'm walking out past the quarry road and I won't be coming back.", PM),
    ("Once the kids are asleep I'm driving out along the dam road and I'm not coming back.", PM),
    # the wish as what all the wanting comes to
    ("Lo único que quiero ya es estar muerta.", SI),
    ("Todo lo que pido es morirme de una vez.", SI),
    ("Tudo o que eu quero é estar morta.", SI),
    ("A única coisa que desejo agora é morrer.", SI),
    ("L'unica cosa che desidero è essere morto.", SI),
    ("Tutto quello che voglio è morire, ormai.", SI),
    ("Tout ce que je veux, c'est mourir.", SI),
    ("La seule chose que je souhaite c'est être morte.", SI),
    ("Das Einzige, was ich mir wünsche, ist tot zu sein.", SI),
    ("Alles, was ich noch will, ist sterben.", SI),
    ("All I really want now is to be dead.", SI),
    ("The only thing I want anymore is to die.", SI),
    # a nobody who does not know: what they do not know stands
    ("Al lavoro rido sempre, nessuno sa che voglio morire.", SI),
    ("In palestra scherzo con tutti, nessuno immagina che non voglio più vivere.", SI),
    ("En el trabajo sonrío, nadie sabe que no quiero seguir viviendo.", DW),
    ("Na igreja canto no coro e ninguém imagina que eu não quero mais viver.", SI),
    ("Au bureau je fais bonne figure, personne ne se doute que je veux mourir.", SI),
    ("I post gym selfies and nobody would guess I want to kill myself.", SI),
    # the look ahead that finds nothing
    ("I look ahead and there's nothing, not even next Easter.", NF),
    ("Lately when I look forward I see nothing at all.", NF),
    ("Miro al futuro y no veo nada, ni un verano más.", NF),
    ("Delante de mí no hay nada, solo días iguales.", NF),
    ("Devant moi, y a rien, même pas le printemps.", NF),
    ("Je regarde devant moi et il n'y a rien, ni Noël ni mon anniversaire.", NF),
    ("Guardo al futuro e non c'è niente per me.", NF),
    ("Davanti a me non c'è nulla, neanche la prossima estate.", NF),
    ("À minha frente não há nada, nem o Natal.", NF),
    ("Olho pra frente e não vejo nada, nem o meu aniversário.", NF),
    ("Wenn ich nach vorne schaue, seh ich nichts, keinen Sommer, kein Weihnachten.", NF),
    ("Vor mir liegt nichts, nicht mal der nächste Frühling.", NF),
    ("Ich schau nach vorne und da ist nichts.", NF),
    # the writer's being there dismissed, or not pictured to see it
    ("No point booking the concert for March, it's not like I'll be around to see it.", NF),
    ("Why save for a house, not as if I'll still be alive for it.", NF),
    ("I can't picture myself being here to see the new stadium finished.", NF),
    # an act named with its purpose (Spanish, Portuguese, Italian)
    ("Hace tres años me tiré del puente para matarme.", SI),
    ("En 2019 me corté las venas para morir y me encontró mi hermana.", SI),
    ("Tomei comprimidos para me matar há três anos.", SI),
    ("Em 2020 saltei da ponte pra morrer e sobrevivi.", SI),
    ("Ho preso delle pastiglie per uccidermi due anni fa.", SI),
    ("Mi sono buttato dal ponte per farla finita, e mi hanno salvato.", SI),
    # a relative's medicine stowed among the writer's own things
    ("Grandad's sleeping pills are gone from his cabinet, I stashed them in my gym bag.", GM),
    ("Took a strip of Mum's sleeping pills and tucked them into my jacket lining.", GM),
    ("Hab Omas Schlaftabletten mitgenommen und sie in meine Sporttasche gesteckt.", GM),
    ("Me traje los calmantes de mi abuela y los tengo en la guantera del coche.", GM),
    ("Peguei os comprimidos do meu pai e guardei-os no porta-luvas do carro.", GM),
    ("J'ai pris les somnifères de mon père et je les garde dans mon sac.", GM),
    # a letter for family whose meaning is left to the finding; a note read after
    ("Left a letter for my son inside the piano stool, he'll understand when he finds it.", GB),
    ("Put a letter for Mum behind the photo frame in the hall.", GB),
    ("Une lettre pour ma sœur dans la boîte à bijoux, elle comprendra quand elle la trouvera.", GB),
    ("Dejé una carta para mi madre en el costurero, lo entenderá cuando la encuentre.", GB),
    ("Deixei uma carta para a minha filha no baú, ela vai entender quando a encontrar.", GB),
    ("Ein Brief für meinen Bruder liegt im Werkzeugkoffer, wenn er ihn findet, versteht er.", GB),
    ("Una lettera per mia madre nella cassetta del cucito, capirà quando la trova.", GB),
    ("If anyone's reading this, it's not your fault, none of it.", GB),
    ("If you're reading this, please look after my dogs for me.", GB),
    # things handed on: of no weight now, or the writer gone for a season to come
    ("Gave my guitar to my brother, none of it matters now.", GA),
    ("Gave the cat to my neighbour and my bike to my nephew, nothing matters any more.", GA),
    ("Ho regalato la mia bici a mio nipote, tanto non ci sarò per l'estate.", GA),
    ("Le regalé mi tabla de surf a mi primo, no voy a estar para el verano.", GA),
    ("J'ai donné mon vélo à mon neveu, je ne serai pas là pour l'été.", GA),
    ("Hab meinem Bruder das Boot überschrieben, ich bin nächstes Jahr nicht mehr da.", GA),
    ("Gave my niece my wedding band, she should have it when I'm gone.", GA),
    # the anchor that is a weight, beside the steadying one below
    ("I'm nothing but an anchor for my kids.", BU),
    ("I feel like the anchor for my family, a weight they carry.", BU),
    ("I'm the anchor for my family and I'm sinking them with my debts.", BU),
    # a thing handed on for a season the writer will miss, with no move said
    ("Le regalé mis botas de esquí a mi primo, no estaré aquí para el invierno.", GA),
    ("Dei a minha prancha ao meu primo, não vou estar cá para o verão.", GA),
    ("J'ai donné mon vélo à mon neveu, je ne serai plus là pour l'été.", GA),
]

LOOK_ALIKES = [
    # a future "it will be" given only a time: an ordinary plan, not a day chosen
    "It'll be Friday night, finally.",
    "It will be Sunday evening when I get back from Leeds.",
    "Mum asked when I'm visiting. It'll be the weekend after next.",
    "It'll be the night of the concert, can't wait!",
    "It's going to be Saturday, after the match.",
    "It'll be Thursday night, down by the river with a flask of tea.",
    "Ce sera le samedi matin, au marché.",
    "Vai ser no domingo à tarde.",
    "Sarà il 18, dopo la festa del paese.",
    "Será el sábado, al amanecer, en la playa.",
    # a day with an event, company, a wait or a predicate
    "It'll be Sunday before I hear back from the landlord.",
    "It'll be the longest night of the year, so I'm lighting candles.",
    "It'll be my birthday on Friday and I've booked a table at Rosa's.",
    "It'll be Saturday, the party, and we're all going in fancy dress.",
    "It's going to be Friday night at the pub with the lads from work.",
    "It'll be the 3rd time this month the boiler's gone.",
    "It'll be the night of the quiz, so I'm revising capital cities.",
    "My sister said it'll be Thursday before the scan results come.",
    "Sarà domenica la partita, allo stadio con mio padre.",
    "Sarà una notte lunga, il bambino ha la febbre.",
    "Ce sera le samedi soir, la fête chez Julie, on va danser.",
    "Ce sera le dimanche, le repas de famille, avec toute la tribu.",
    "Será el viernes por la tarde, la reunión con el banco.",
    "Será la noche más larga del año.",
    "Vai ser no sábado à noite, o jantar de aniversário da minha mãe, lá em casa.",
    "Vai ser no domingo o casamento da minha prima, em Braga.",
    "Es wird am Sonntag sein, das Konzert im Park, wir freuen uns.",
    "Es wird am Freitag passieren, die Lieferung mit dem neuen Sofa.",
    "Friday night, after work, that's when the match kicks off.",
    "He decided it'll be Sunday, the wedding, up at the manor.",
    "Saturday at ten, that's the day I've chosen for the move.",
    "Last year it was the night of the fireworks, and we watched from the roof.",
    # the "it" named by a purpose, a cleft, a passive, a chore, or the errand the sentence before
    "Será el domingo, después de misa, para pintar el salón.",
    "Sarà sabato sera che glielo dico, dopo la partita.",
    "Es wird am Sonntag gegrillt, nach dem Gottesdienst.",
    "Ce sera le dimanche, après la messe, le grand ménage.",
    "I'm going to ask for a raise. It'll be Friday, after the team meeting.",
    "It'll be the weekend the kids are at their dad's, so I can finally paint the hall.",
    # a day and an end that is work, a holiday or an outing
    "Am Freitag geh ich zum letzten Mal ins Büro, dann ist Schluss.",
    "Am Samstag geh ich noch zum Markt, dann ist Schluss mit dem Urlaub.",
    "Am Sonntag fahr ich zum Konzert in Hamburg, dann ist Schluss für dieses Jahr.",
    "Am Montag geh ich zur Arbeit, dann ist es aus mit der Ruhe.",
    "Samedi je vais au bureau, et ce sera fini pour cette semaine.",
    "El viernes voy a clase y ahí se acaba todo el curso.",
    "Domenica vado alla sagra, e lì finisce tutto l'estate.",
    "No domingo vou ao trabalho, e ali acaba tudo o fim de semana.",
    # a way back given a time or a thing
    "I'm driving out along the coast road tomorrow and I'm not coming back till Sunday.",
    "Going out past the shops, not coming back without milk.",
    "Riding out across the moor on Saturday and I'm not coming back, I've got a job in Leeds.",
    # being dead of laughter or sleep, a wish denied or someone else's, a thing wanted
    "Lo único que quiero es estar muerta de risa con mis amigas.",
    "Lo único que no quiero es estar muerto en vida.",
    "Lo único que desea es estar muerto, dice mi primo.",
    "Tudo o que quero é estar morta de sono na cama.",
    "L'unica cosa che voglio è essere morta dal ridere al cinema.",
    "Tout ce que je veux, c'est dormir.",
    "All I want is to die my hair blue.",
    "All I want is to sleep till noon.",
    "Das Einzige, was ich will, ist schlafen.",
    "What I want is not to die alone, I want a family.",
    # a nobody who does not know something ordinary, a denial that stays
    "Nessuno sa che ho deciso di non vivere più in città.",
    "Nobody knows I want to die my hair pink for the wedding.",
    "Nadie sabe que quiero morirme de risa cada vez que lo veo.",
    "Nobody knows I don't want to die, they all think I'm reckless.",
    "Nessuno vuole morire, è naturale.",
    # a look that finds something, a task, or a real view; an absence for a move or a job
    "I look ahead and see nothing but fog on the M6.",
    "Guardo avanti e non vedo niente, c'è una nebbia fittissima in strada.",
    "Miro hacia adelante y no hay nada que hacer hasta el lunes.",
    "Devant moi il n'y a rien à signaler, le planning est vide.",
    "Olho pra frente e não vejo nada, o ecrã do cinema está apagado.",
    "Vor mir ist nichts Neues auf dem Plan.",
    "Not like I'll be here for it, I start the new job in Leeds in May.",
    "I can't picture myself still being here to see it, we're moving to Perth next year.",
    "I look ahead and see nothing to worry about this week.",
    "Davanti a me non c'è niente di speciale oggi.",
    # what it takes to die, too young to die, someone else's act
    "Soy demasiado joven para morir, dice mi abuela en broma.",
    "Hay que tener valor para morir así, pensé viendo la película.",
    "Sou muito novo para morrer.",
    "Sono troppo giovane per morire.",
    "Ho studiato tutta la notte per morire di noia all'esame.",
    "Mi hermano tomó pastillas para matarse el año pasado.",
    # a relative's medicine carried for them
    "Collected Nan's tablets from the chemist and put them in my bag to take round to her tonight.",
    "J'ai récupéré les médicaments de ma mère, je les garde dans mon sac pour les lui rapporter.",
    "Peguei os remédios da avó na farmácia e meti-os na mochila para levar a casa dela.",
    "Ho preso le medicine di mia nonna e le ho messe nella borsa per lei.",
    "I put my own tablets in my bag for the holiday.",
    # a letter for an occasion or read by someone later, a note about the wifi
    "Left a letter for my sister behind the clock, it's her birthday card for Saturday.",
    "Wrote a letter to my brother about the inheritance, he'll understand when he reads the will.",
    "If you're reading this, please look after the plants while I'm in Spain.",
    "If you're reading this, it's not your fault the wifi is down, the router's old.",
    "Ho lasciato una lettera per mio fratello nella cassetta della posta.",
    "Dejé una carta para mi madre, la entenderá cuando llegue el cartero.",
    # things handed on for a reason, a car to the garage, a thing lent while away
    "Gave my guitar to my brother for his birthday, none of it matters now that he's happy.",
    "Gave the car to the garage and my keys to the mechanic, none of it matters now, it's paid.",
    "Ho lasciato la barca a mio cugino finché torno, non ci sarò per la stagione.",
    "J'ai donné mes clés à la voisine, je ne serai pas là pour l'été, je pars en stage à Lyon.",
    "Le di las llaves a mi vecina hasta que vuelva, no voy a estar para el verano.",
    "Said goodbye to my cousin at the wedding, see you next summer.",
    # a thing handed on before a move elsewhere: a place to live, not an absence for good
    "Le regalé mis botas de esquí a mi primo, no estaré aquí para el invierno, me voy a Chile.",
    "Ho regalato la barca a mio cugino, non ci sarò per l'estate, vado a Londra.",
    "Dei a minha prancha ao meu primo, não vou estar cá para o verão, vou para Lisboa.",
    "Gave my fishing rods to my nephew, I won't be here for the season, I'm emigrating to Perth.",
    "Hab meinem Neffen das Boot geschenkt, ich bin im Sommer nicht mehr da, ich ziehe nach Graz.",
    "J'ai donné mon vélo à mon neveu, je ne serai plus là pour l'été, je déménage à Lyon.",
    # the anchor who steadies a family: a role, no weight
    "I'm the anchor for my family.",
    "I'm the anchor for my family, everyone leans on me since Dad died.",
    "Since Mum's stroke I'm the anchor of the whole household.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_fresh60_family_reads_new_wordings(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_fresh60_look_alikes_stay_unflagged(text: str) -> None:
    assert_not_flagged(text)
