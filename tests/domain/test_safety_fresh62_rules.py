"""The readings widened or added after studying ``fresh62``, both ways: new wordings of each sign
that must be flagged, and look-alikes (ordinary sentences of the same grammar) that must not.

Getting the means, read by kind: a relative's medicine or gun (any medicine named by kind or by
name, a gun in the plural, the key to its cabinet) taken and told to nobody, or kept from the
return it was meant for ("told nobody", "sin decir nada", "niemandem was gesagt", "non le ho
restituite", "instead of taking it to the pharmacy", ``means_secrecy``), which no hunter uncle
or trip to the pharmacy clears; a poison, a rope or a gun bought with the need for it denied
("though we've never had rats", "sem ter plantação nenhuma", ``means_need_denied``); several
doctors or clinics asked, with a pretext told to each or a jar full now. Giving away: the close
widened by kind ("yo ya para qué", "já não têm serventia", "keine Verwendung mehr", a tidying
"before the end") and the things said to be at someone's now ("gone to the lad next door",
"stehen jetzt beim Jungen von nebenan"). Burden: the others' youth taken by any verb ("gli sto
rubando la giovinezza"), a weight lifted off them if the writer vanished ("si toglierebbero un
macigno"). No future: the writer absent from an event, its ticket not worth having ("non ci sarò
per la stagione lirica, inutile prendere il biglietto"); "para mí ya no hay después". Denials:
"…, but suicidal, no," without the comma before "but"; "Not once this winter have I thought
about…"; "not on purpose" after a burn or a knock. Everyday: a rope or a lock bought for a bike,
a boat or the garden; "rather die than" an errand; no way out of a spreadsheet. Swiss "nümme"
is kept from "numme" ("only") before accents are folded.

The sentences are written anew (none is a ``fresh62`` row), as other writers would say the same
things; the look-alikes of each new shape are ordinary days told in its grammar (a weekend plan,
a surprise, a clear-out, a trip, a hard week, a chore).
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU, DW, GA, GM, NF, SH, SI, TP
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

SIGNS = [
    # the relative's means taken, told to nobody or kept from its return
    ("Took my nan's sleeping tablets out of her bathroom cabinet on Sunday and told nobody", GM),
    (
        "My uncle's shotgun is in my wardrobe now, I never gave it back after "
        "the clear-out and said nothing",
        GM,
    ),
    ("Kept my late dad's oxycodone instead of handing it back to the hospice nurse", GM),
    (
        "Die Schlaftabletten von meinem Opa hab ich nach der Beerdigung "
        "eingesteckt und niemandem davon erzählt.",
        GM,
    ),
    (
        "J'ai gardé les cachets de ma grand-mère au lieu de les rapporter, je "
        "n'en ai rien dit à personne.",
        GM,
    ),
    (
        "Me quedé con las pastillas de mi abuelo en vez de devolverlas a la "
        "farmacia, no le dije a nadie.",
        GM,
    ),
    ("Trouxe os comprimidos da minha avó para casa e não disse nada a ninguém.", GM),
    ("Le pastiglie di mia nonna me le sono portate a casa e non l'ho detto a nessuno.", GM),
    ("Ich hab Papas Pistole aus dem Schrank genommen und nicht zurückgegeben.", GM),
    ("Tomé la escopeta de mi tío del armero y no la devolví.", GM),
    # a means bought with the need for it denied
    (
        "Got a tub of weedkiller at the hardware shop even though we have no "
        "lawn or weeds, it is in the shed",
        GM,
    ),
    ("Ordered a length of rope online, and I don't even own a boat", GM),
    ("Hab beim Raiffeisen Rattengift gekauft, obwohl wir gar keine Ratten haben.", GM),
    ("J'ai acheté de la mort-aux-rats alors qu'on n'a jamais eu de rats.", GM),
    ("Compré raticida en la ferretería sin tener ningún ratón en casa.", GM),
    ("Ho comprato il topicida al consorzio anche se non abbiamo topi.", GM),
    # several doctors or chemists, a pretext told to each or a heap now
    ("Went to three different GPs this month for diazepam and told each I'd lost my script", GM),
    (
        "Hab mir bei zwei Ärzten Schlaftabletten verschreiben lassen und jedem "
        "erzählt, ich hätte sie verloren.",
        GM,
    ),
    (
        "Je suis allée voir deux médecins pour des somnifères et j'ai dit à "
        "chacun que j'avais perdu l'ordonnance.",
        GM,
    ),
    (
        "Fui a dos clínicas por pastillas para dormir y dije que las había "
        "perdido; ya tengo un frasco lleno.",
        GM,
    ),
    (
        "Pedi comprimidos em duas farmácias e disse que os tinha perdido, "
        "agora tenho uma gaveta cheia.",
        GM,
    ),
    ("Sono andata da due medici per i sonniferi e ho detto a ognuno che le avevo perse.", GM),
    # the giving close and the things now at someone's
    (
        "My record player's gone to my nephew and the guitar to the lad over "
        "the road, sorting things before the end",
        GA,
    ),
    (
        "Die Angelruten stehen jetzt beim Neffen in der Garage, ich hab keine "
        "Verwendung mehr dafür.",
        GA,
    ),
    ("Le regalé mis discos a mi sobrino y la guitarra a mi vecina, ya pa' qué.", GA),
    ("Mes vinyles sont maintenant chez mon neveu, ils ne me sont plus d'aucune utilité.", GA),
    ("La collezione di francobolli l'ho regalata a mio nipote, non ha più alcun senso per me.", GA),
    (
        "O meu relógio e a bicicleta estão agora com o meu sobrinho, já não me "
        "têm serventia nenhuma.",
        GA,
    ),
    # the others' youth taken, and 'ya no hay después'
    ("Mia figlia non esce più per badare a me, le sto togliendo i suoi anni migliori.", BU),
    ("Mi hija dejó la universidad para cuidarme, le estoy robando la juventud.", BU),
    ("Ma fille a tout laissé tomber pour moi, je lui vole sa jeunesse.", BU),
    ("Para mim já não há futuro, é só isto.", NF),
    # the weight lifted off them if the writer vanished
    ("Se io sparissi, i miei si leverebbero un peso.", BU),
    ("Si yo desapareciera se quitarían un peso de encima.", BU),
    ("Se eu sumisse, eles tiravam um peso das costas.", BU),
    # the writer absent from an event, its ticket not worth having
    ("No voy a estar para la feria de abril, para qué comprar la entrada.", NF),
    ("Je ne serai pas là pour le festival, à quoi bon prendre le billet.", NF),
    ("Não vou estar cá para o São João, escusado comprar bilhete.", NF),
    ("Das Konzert im Herbst? Ich bin dann eh nicht mehr da, wozu noch Karten kaufen.", NF),
    ("I won't be here for the next season, what's the point renewing", NF),
    # a harm denied as meant ('not on purpose')
    ("Burnt my arm on the oven tray on purpose, just to feel something", SH),
    ("Cut my wrist on purpose last night", SH),
    ("I hit my head against the wall on purpose until it bled", SH),
    ("Scratched my arms raw on purpose again, not proud of it", SH),
    # 'rather die than' an errand; a trap that is a task
    ("I'd rather die than go on like this", DW),
    ("I'd rather die than go back to that ward", DW),
    ("I'd rather die than face another year of this", DW),
    ("I'd rather die than go back to him", DW),
    ("Can't see any way out of this", TP),
    ("I can't see any way out of this life", TP),
    ("Can't see any way out of this pain", TP),
    ("Can't see a way out of this hole I'm in", TP),
    ("Can't see any way out of this, the spreadsheet is the least of it, I want to die", TP),
    # a denial after 'but' with no comma; 'not once … have I'
    ("Never before this week have I been so sure I want to die", DW),
    ("Tired but suicidal, no joke, every single night", SI),
    ("Fine at work but suicidal, no one knows", SI),
    ("Not once this winter have I felt safe, I want to die", DW),
    ("Grim week and suicidal, no way out of it", SI),
    # ordinary purchases for a bike, a boat, the garden
    ("Compré una soga para el terreno, o eso le dije, es para ahorcarme.", GM),
    ("Comprei uma corda, não é para a bicicleta, é para mim.", GM),
    ("Bought a rope, it's not for the boat, I don't have a boat.", GM),
    ("J'ai acheté une corde pour le jardin et pour en finir.", GM),
    ("Hab ein Seil gekauft, es ist nicht für den Garten.", GM),
    ("Ho comprato una corda per il giardino, così posso farla finita.", GM),
    # Swiss 'nümme' kept from 'numme'
    ("Ich halt de Schmerz nümme us.", TP),
    ("Es wär besser, wenn ich nümme da wär.", BU),
    ("Ich wott nümme läbe.", SI),
    ("Ich cha nümme wiiter, de Schmerz hört nie uf.", TP),
    # suicide the only thing on the mind; out of being alive; a favour to them all
    ("honestly killing myself is pretty much the only thing on my mind these days", SI),
    ("Suicide's kind of the only thing in my head since the funeral", SI),
    ("ending it all is more or less the only thing I think about at night", SI),
    ("I'd be doing them both a favour if I was gone, they fight about me every night", BU),
    ("we both know i'd be doing you all a favour by disappearing", BU),
    ("honestly I just want out of existing.", DW),
    ("I wanted out of this life, that's the truth of it", DW),
    # caught and struggling, and unable to move, in any order of the words
    (
        "Like a fox caught in wire, every time I struggle I get more tangled, "
        "and I can't bear this pain",
        TP,
    ),
    ("It's like being stuck in a web, whenever I struggle I get more caught, I can't take it", TP),
    ("Es como estar atado en el fondo de un pozo, no me puedo mover y el dolor no para.", TP),
    ("É como estar enterrado até ao pescoço, não me consigo mexer e a dor não passa.", TP),
    ("È come essere sepolto nella sabbia, non mi riesco a muovere e il dolore non finisce.", TP),
]

LOOK_ALIKES = [
    # a denial between the act and "on my mind"; out of life admin, not of life
    "Work's been brutal but suicide's not on my mind, just need a week off",
    "Honestly suicide is never in my head these days, therapy's working",
    # the relative's means taken, told to nobody or kept from its return
    "Picked up my dad's pills from the chemist and told nobody, he hates a fuss",
    "Kept my grandad's old medicine tin with the buttons in it, told nobody, it's just sentimental",
    "Borrowed my uncle's rifle for the clay shoot on Saturday and said nothing to Mum",
    "Returned Dad's leftover morphine to the pharmacy instead of taking it "
    "to the tip, like the nurse said",
    "Dropped Mum's tablets round to her flat this morning and said nothing, she'd only fret",
    "Die Tabletten von Oma hab ich in der Apotheke für sie abgeholt und "
    "niemandem was gesagt, sie schämt sich.",
    "J'ai récupéré les médicaments de maman à la pharmacie pour elle, sans rien dire à mon frère.",
    "Le compré a mi papá una escopeta para su cumpleaños sin decir nada, es sorpresa.",
    "Levei os comprimidos da minha avó à farmácia para ela, sem dizer nada ao meu tio.",
    "Ho ritirato le medicine della nonna in farmacia per lei, senza dire niente a nessuno.",
    "Il fucile di mio zio l'ho portato al poligono per il tiro a volo e "
    "non l'ho detto a nessuno, era una sorpresa.",
    "Bought rat poison for the shed and told nobody, the kids can't reach the top shelf anyway",
    "Didn't tell anyone I'm back on my antidepressants, picked up the prescription today",
    "My dad's rifle went back to the gun club instead of taking it to auction, told nobody",
    "Ordered my own sleeping tablets online and said nothing to my boss, none of his business",
    # a means bought with the need for it denied
    "Bought rat poison though we've never had rats before, saw two by the bins last night",
    "Got slug pellets for the allotment, never had slugs this bad",
    "Bought weedkiller for the drive, we don't have a lawn so it's just the cracks",
    "Bought a rope for the boat though I've never sailed it alone yet",
    "Hab Rattengift gekauft, obwohl wir noch keine Ratten haben, aber der Nachbar hat welche.",
    "J'ai acheté de la mort-aux-rats, au cas où, même si on n'a pas encore vu de souris.",
    "Compré veneno para hormigas aunque no tenemos muchas, pero por si acaso.",
    "Comprei veneno para ratos embora não tenhamos visto nenhum ainda, o vizinho tem.",
    "Ho comprato il topicida per la cantina anche se non abbiamo ancora visto topi.",
    "Bought a new kitchen knife though I never cook, it was on sale",
    "Picked up paracetamol for my cold though I don't usually take anything",
    "Bought a shotgun licence for clay pigeons though I've never shot before",
    # several doctors or chemists, a pretext told to each or a heap now
    "Two clinics this week for the kids' jabs, the second one had a jar full of lollipops",
    "Went to three different GPs before one finally listened about my knee",
    "Asked two pharmacies for the vaccine, said I'd lost my booking email",
    "Bei zwei Ärzten gewesen wegen dem Knie, die Schublade voller Befunde wird immer dicker.",
    "Deux pharmacies de garde fermées, j'ai fini par trouver un pot plein "
    "de pastilles pour la gorge.",
    "Fui a dos farmacias buscando el jarabe para la tos del niño, dije que "
    "había perdido la receta.",
    "Duas farmácias sem o xarope do miúdo, disse que tinha perdido a receita e a senhora ajudou.",
    "Due farmacie chiuse oggi, alla terza mi hanno dato il collirio per la mamma.",
    # the giving close and the things now at someone's
    "Tidying up before the end of term, gave my old notes to my cousin",
    "The old bike's gone to the lad next door, I'm done with it, got a new one",
    "Die alten Skier stehen jetzt beim Nachbarn, seit dem Knie hab ich "
    "keine Verwendung mehr dafür.",
    "Dei o carrinho de bebé à minha prima, os miúdos já são grandes, já não tem serventia.",
    "Le di la cuna a mi prima, los niños ya son mayores, ya para qué.",
    "Mes vieux rollers sont maintenant chez mon neveu, depuis que j'ai "
    "déménagé ils ne me servent plus à rien.",
    "La bici adesso è da mio nipote, ho comprato la macchina nuova e non ha più senso.",
    "Signed the car over to my son before the end of the month, the insurance was cheaper for him",
    "Gave my old textbooks to my cousin, sorting things out before the end of the lease",
    "Hab meinem Neffen die Playstation geschenkt, hab jetzt eine neue, "
    "keine Verwendung mehr für die alte.",
    # the others' youth taken, and 'ya no hay después'
    "Gli sto rubando la ragazza, scherzo, è solo un'amica.",
    "Le sto rubando la ricetta del tiramisù alla nonna.",
    "Le estoy robando la idea a mi jefe para la presentación.",
    "Je lui vole sa place au parking tous les matins.",
    "Para mí ya no hay después de las diez, me duermo en el sofá.",
    "Para mim já não há depois das onze, caio de sono.",
    "Para mí, ya no hay futuro en esa empresa, me cambio en enero.",
    "Mia sorella mi ruba sempre la giovinezza nelle foto, sembra più giovane lei.",
    # the weight lifted off them if the writer vanished
    "Se sparissi dal lavoro per una settimana si toglierebbero un problema, i colleghi, ahah.",
    "Se sparissi dalla riunione si toglierebbero un peso, tanto parlo sempre io.",
    "Si faltara al partido el domingo se quitarían un peso, juego fatal.",
    "Se eu faltasse ao treino tiravam um peso, sou o pior da equipa.",
    "Il trasloco è finito, ci siamo tolti un macigno.",
    "Nos quitamos un peso de encima con la hipoteca.",
    "Tirei um peso das costas quando entreguei a tese.",
    "Mi sono tolta un pensiero: ho prenotato le vacanze.",
    # the writer absent from an event, its ticket not worth having
    "I won't be around for the gig, no point booking, I'm in Leeds that week",
    "I won't be there for the concert, no point buying a ticket, it "
    "clashes with my sister's wedding",
    "Won't be around for the fireworks, cancelled the table because the babysitter fell through",
    "Non ci sarò per la partita, inutile prendere il biglietto, sono in viaggio di lavoro.",
    "No voy a estar para la feria, para qué comprar la entrada si estoy de viaje.",
    "Je ne serai pas là pour le match, inutile d'acheter le billet, je suis en vacances.",
    "Ich bin beim Stadtfest nicht mehr dabei, lohnt sich nicht, ich hab Schicht.",
    "Não vou estar no concerto, escusado comprar bilhete, vou ao casamento da minha prima.",
    # a harm denied as meant ('not on purpose')
    "Burnt my arm on the oven tray, not on purpose obviously",
    "Cut my thumb on the tin lid, wasn't on purpose, just clumsy",
    "Banged my shin on the bed frame, didn't do it on purpose, the cat tripped me",
    "Hit my head on the cupboard door, definitely not on purpose",
    "Scratched the car on the gatepost, honestly not on purpose",
    "Bruised my hip on the table edge, never on purpose, I'm just a klutz",
    "Burned the toast again, not on purpose, the timer's broken",
    "Punched the air when we scored, not on purpose into Dave's face though",
    # 'rather die than' an errand; a trap that is a task
    "I'd rather die than go back to that dentist",
    "I'd rather die than sit through another of his seminars on synergy",
    "I would rather die than do my tax return this weekend",
    "I'd rather die than go to the Christmas do at the office",
    "Honestly I'd rather die than attend one more zumba class",
    "I'd rather die than fill in that form again",
    "Can't see any way out of this spreadsheet before Friday",
    "Can't see a way out of this tax return mess till March",
    "Don't see any way out of the phone contract without paying the fee",
    "Can't see any way out of the car park, the signs are useless",
    "Can't see any way out of this crossword, 14 down is evil",
    "Can't really see a way out of the maze at the fair, kids loved it",
    "I can't see any way out of this backlog before the audit",
    "Can't see any way out of the lease before June, landlord won't budge",
    # a denial after 'but' with no comma; 'not once … have I'
    "Not once in the whole of March have I wanted to die, small wins",
    "Never in all these months did I want to kill myself, honestly, just tired",
    "Not one single day this year have I thought about suicide",
    "Knackered but suicidal, no, just need a holiday",
    "Rough shift but wanting to die, no, just sore feet and a grumpy boss",
    "Low all week but ending it, no, I'm going to the football on Saturday",
    # ordinary purchases for a bike, a boat, the garden
    "Bought a length of rope and a padlock for the kids' bikes",
    "Picked up a tow rope for the boat and some cord for the hedge",
    "Hab ein Seil und ein Schloss fürs Fahrrad meiner Tochter gekauft.",
    "J'ai acheté une corde et un cadenas pour le vélo de mon fils.",
    "J'ai acheté une corde pour débroussailler le terrain de mamie.",
    "Ho comprato una corda e un lucchetto per la bici nuova di mia figlia.",
    "Ho comprato una corda per legare le siepi del giardino.",
    "Compré una cuerda para el kayak y otra para el jardín.",
    "Comprei uma corda para o barco e outra para limpar o quintal.",
    "Hab mir ein Seil für den Garten besorgt, die Hecke muss gebunden werden.",
    # Swiss 'nümme' kept from 'numme'
    "Ich ha numme es Problem mit em Chef.",
    "Ich wott numme no schlafe, morn isch frei.",
    "Numme no zwei Täg bis Ferie!",
    "Ich mag de Chäs nümme, sit ich vegan bi.",
    "Mir gönd nümme is Kino, z tüür.",
    "De Zug fahrt nümme über Olte, ich mues umstiige.",
    "Ich cha nümme warte uf s Wucheend!",
    "Die alti Wohnig wott ich nümme, mir züglet im März.",
    # suicide the only thing on the mind; out of being alive; a favour to them all
    "Suicide prevention is basically the only thing on my mind at work this week",
    "The suicide scene in that film is the only thing in my head tonight",
    "Killing myself at the gym is basically the only thing I think about lately, lol",
    "The exam is basically the only thing on my mind",
    "I'd be doing them both a favour if I was gone for the weekend, they "
    "need the flat to themselves",
    "Doing them all a favour if I was gone by six, the kids want the telly",
    "We'd be doing the kids a favour if we were gone on Saturday, they want a party",
    "Honestly doing everyone a favour if I was gone to my mum's for a week",
    "I want out of living with my parents, saving for a deposit",
    "I want out of this life of overtime and ready meals",
    "Wanna out of being alive at 6am on a Monday lol, meetings all day",
    "I want out of life admin for one weekend, no bills, no emails",
    "I need out of this lifestyle, too many late nights",
    "We want out of the lease before summer",
    "I want out of existing contracts with the supplier",
    # caught and struggling, and unable to move, in any order of the words
    "Like a kid caught in the netting at the soft play, every time I pull he gets more tangled, ha",
    "The cat got tangled in the netting again, every time I move it she gets more caught",
    "Es como estar enterrado en papeleo, no me puedo mover del escritorio hasta las ocho.",
    "É como estar preso no trânsito, não me consigo mexer há meia hora.",
    "Mi sento come un salame legato nel traffico, non mi riesco a muovere da mezz'ora.",
    "My knee's in a brace, like being tied up, I can't move it much and it aches",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_fresh62_family_reads_new_wordings(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_fresh62_look_alikes_stay_unflagged(text: str) -> None:
    assert_not_flagged(text)
