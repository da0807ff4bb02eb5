"""Everyday contexts that make a warning-sign phrase ordinary.

Decisions (tested in tests/domain/test_safety_warning_signs.py):

* Saying goodbye before a holiday, at an airport, to colleagues or to an old flat; a
  farewell speech for a retiring boss; a couple's will after a baby or a house: not a sign.
  A goodbye "for good" with none of these around it, farewell letters to family, a will
  written "just in case" and affairs put in order *are* signs.
* Giving old clothes to charity, decluttering, selling furniture before a move, toys the
  children outgrew: not a sign. Giving treasured things away "because I won't need them" is.
* Buying a rifle for hunting season, a shotgun licence for clay shooting, rope for a climbing
  trip, painkillers for a headache: not a sign *on their own*. Getting a gun with no such
  context is (it is on every list, and it is urgent).
* Stuck in a lift, in traffic, on a game level, an unbearable heatwave or toothache: not a
  sign.

An everyday context only clears the phrase when nothing else in the entry counts: "bought a
rifle for hunting season" is ordinary, but next to "I don't want to be here anymore" it is
counted again (``detector`` re-admits these spans).
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.rules import FLAGS

_TRAVEL_WORK_HOME = (
    r"retir\w*|holidays?|vacation|trip|airport|station|flight|colleagues?|co-?workers?|team"
    # a working life ending: "31 years driving buses"
    r"|\d+\s+years\s+(?:of\s+)?(?:driving|working|teaching|nursing|service|at\s+the|on\s+the)"
    r"|job|office|notice|moving|move|new\s+(?:flat|house|home|job|city|school)|party|class"
    r"|school|graduat\w*|(?<!never\s)see\s+(?:you|her|him|them)|until|till|back\s+in"
    r"|next\s+(?:week|month"
    r"|year)|christmas|summer|abroad|wedding|baby|lawyer|own\s+the"
    # a home left or bought ("goodbye to the old flat", "grandma's house", "bought a house"),
    # not any flat ("cleaned the flat so nobody has to deal with my mess")
    # a goodbye before leaving: "before I fly", "prima di partire", "antes de mudarme"
    r"|before\s+(?:i\s+)?(?:leave|left|leaving|fly|flew|flying|move|moved|moving)"
    r"|prima\s+di\s+partire|antes\s+de\s+(?:irme|partir|mudarme|viajar)|avant\s+de\s+partir"
    r"|bevor\s+ich\s+(?:abreise|wegziehe|wegfahre|losfahre)|boda|casamento|matrimonio"
    r"|(?:old|\w+'s|bought|buying|sold|selling|to\s+(?:the|my|our))\s+(?:(?:a|the|my|our|old)\s+)?"
    r"(?:flat|house|apartment)"
    r"|our\s+wills?"
    # someone else's funeral or grave ("my last goodbye at grandma's funeral"); one's *own*
    # funeral instructions stay a sign
    r"|(?:her|his|their|\w+'s|at\s+the|to\s+the)\s+(?:funeral|grave|memorial)|cemetery|jubila\w*"
    r"|vacaciones|viaje|aeropuerto|mudanza|rente|urlaub|reise"
    r"|flughafen|umzug|chef|retraite|vacances|voyage|aeroport|demenagement|aposent\w*|ferias"
    r"|viagem|aeroporto|mudanca|pensione|vacanze|viaggio|trasloco|weihnachten|navidad|noel"
    r"|natal|natale|notary|solicitor|notari[oa]|notaio|cartorio|tabeliao|estate\s+planning"
    r"|notebook|new\s+(?:journal|diary)|mortgage"
    # a last entry because the writing moves elsewhere ("moving to a paper journal", "otro
    # cuaderno", "une nouvelle appli")
    r"|paper\s+(?:journal|diary)|(?:another|new|different)\s+app|switch\w*\s+to|moving\s+to"
    r"|nouvelle\s+appli\w*|nouveau\s+carnet|otro\s+cuaderno|otra\s+app|nuevo\s+cuaderno"
    r"|nova\s+app|outro\s+caderno|novo\s+caderno|nuova\s+app|altro\s+quaderno|nuovo\s+quaderno"
    r"|neue\s+app|neues\s+(?:tagebuch|heft)"
    r"|tax(?:es)?|accountant|audit|budget|operation|surgery|procedure|commercialista|contador\w*"
    r"|contabilista|gestor\w*"
    # German and French: a will made at the notary's for a house, a wedding, a birth
    r"|notar|notaire|hauskauf|hochzeit|geburt|achat\s+de\s+la\s+maison|mariage|naissance"
    # … and goodbyes at work or school: "mes adieux à l'équipe", "Abschied von den Kollegen"
    r"|equipe|collegues?|kolleg\w*|(?:au|du|le|mon|ton|son)\s+bureau|buro|buero|boulot"
    # "último día en la oficina, me despedí de todos", "ultimo giorno in ufficio"
    r"|oficina|ufficio|(?:en|no|na|al|in)\s+(?:el\s+|o\s+)?(?:trabajo|trabalho|lavoro)"
    r"|(?:mon|ton|son|de|du|en|fin\s+de)\s+stage|praktikum|eleves"
    # a British leaving do, a send-off, farewell drinks
    r"|leaving\s+(?:do|party|drinks|lunch|card|speech|present)|send-?off"
    r"|farewell\s+(?:do|party|drinks|lunch|dinner|card)"
    r"|colegas?|collegh[ie]|collega|reformou|reformad[oa]|reforma|alumn[oa]s|alun[oa]s|alunni"
    r"|studenti|estudiantes"
    # before an operation, in every language
    r"|operazione|operacion|operacao|intervento|cirugia|cirurgia|chirurgie|operation"
    # a will or letters left by someone who has died ("deixou testamento … quando morreu")
    r"|(?:quando|cuando|quand|als|nachdem)\s+(?:\w+\s+){0,3}?(?:morreu|murio|faleceu|fallecio"
    r"|est\s+mort\w*|starb|gestorben|e\s+mort[oa])"
)
_DECLUTTER = (
    # old things, not an old friend ("mailed my records to my old roommate, no reason")
    # clothes of a season of life that is over: maternity, baby
    r"maternity|maternidad|maternidade|maternita|embarazada|premaman|grossesse|umstands\w*"
    r"|gestante|gravidez|baby\s+clothes"
    r"|old(?!\s+(?:room|flat|house)?mates?\b|\s+(?:friends?|pals?|buddy|teacher|boss|neighbou?rs?"
    r"|colleagues?|classmates?|coach))|outgrown|charity|charities|donat\w*|sell|sold|selling"
    r"|ebay|vinted|declutter\w*"
    r"|moving|move|abroad|new\s+(?:one|flat|house|home|place)|too\s+(?:small|big)|for\s+school"
    r"|library|spring\s+clean\w*|clear(?:ing|ed)?\s+out|birthday|christmas|present|gift|lend"
    r"|borrow|tidy\w*|(?<!mi\s)vieja|(?<!mi\s)viejos?|ong|caridad|vend\w+|alte|alten|altes"
    r"|verkauf\w*|umzug"
    r"|vieux|vieille|vieilles|association|demenagement|velh[oa]s?|caridade|mudanca|vecchi[oe]?"
    r"|caritas|trasloco"
    # given up because the body says so: "won't be driving it again with my eyesight"
    r"|eyesight|arthritis|too\s+old\s+to\s+(?:drive|ride|play)|gave\s+up\s+(?:my\s+)?(?:licen[cs]e"
    r"|driving)"
)
_SPORT_TOOLS = (
    # "range" is a shooting range, not French "il range son fusil" (he keeps his rifle)
    r"hunt\w*|range(?!\s+(?:son|sa|ses|leur|leurs|mon|ma|mes|ton|ta|tes)\b)|clay"
    r"|shooting\s+(?:club|range|lessons?)|licen[cs]e|deer|season|target"
    r"|clothes\s*line|washing\s+line|varal|tendedero|waescheleine|wascheleine|etendoir"
    r"|estendal|stendino|corde\s+a\s+linge"
    r"|schaukel\w*|balancoire|altalena|balanco|stendibiancheria|stendere|tender|linge|bateau"
    r"|barca|barco|segelboot|voile|vela|segel\w*|tenda|zelt|dog'?s?|toy|tug|pet|hammock"
    r"|curtains?|pictures?|tendedero|columpio|sport\w*|climbing|camping|boat|sailing|swing|tent"
    r"|garden|washing|towing|tow\s+rope"
    r"|headache|migraine|cold|flu|period|toothache|prescription\s+for|caza|jagd\w*|chasse"
    # a gun looked after for its owner: "so I could clean it for him"
    r"|(?:clean|oil|service)\s+(?:it|the\s+(?:gun|rifle|shotgun))"
    # tablets a doctor gave for an illness ("the tablets the doctor gave me for the infection")
    r"|(?:doctor|gp|dr)\s+(?:gave|prescribed)\s+me|antibiotics?|(?:chest|ear|throat|kidney"
    r"|bladder|urine|sinus)\s+infection"
    # a week's medicine sorted for someone, a cable that charges a laptop
    r"|travel\s*sick\w*|motion\s+sick\w*|seasick\w*|(?:pills?|weekly|daily"
    r"|dosette)\s+(?:organi[sz]er|box)|dosette|(?:phone|laptop)\s+charger|charger"
    # painkillers kept for a body's pain ("for when my back flares up")
    r"|flares?\s+up|(?:my|the)\s+(?:back(?!\s+of)|knee|hip|shoulder|neck)|arthritis|hangovers?"
    # hunting in every language: cazar, jagen / Jäger, chasser, caçar, cacciare
    # toys and games: "found my son's toy gun", "water pistol"
    # a hammock in every language ("cuerda para colgar la hamaca")
    r"|hamaca|amaca|hamac|ha(?:e)?ngematte|rede\s+de\s+(?:descanso|dormir)"
    r"|(?:pendurar|armar)\s+a\s+rede"
    # medicine put away from a child or a dog ("hid the pills from my toddler")
    r"|(?:from|away\s+from)\s+(?:my|the|our)\s+(?:toddler|kids?|children|son|daughter|dog|baby)"
    r"|out\s+of\s+(?:reach|sight)|childproof|so\s+(?:she|he|they)\s+can'?t\s+(?:reach|find)"
    r"|juguete\w*|spielzeug\w*|jouets?|brinquedos?|giocattol\w*|nerf|water\s+(?:gun|pistol)"
    r"|airsoft|paintball|video\s*games?|videojuego\w*|videogioc\w*"
    # a water pistol, a glue gun, a paint gun in es / pt / it
    r"|pistol\w*\s+(?:de|ad|a|da|per)\s+(?:agua|acqua|cola|colla|silicon\w*|calor|ar\s+quente"
    r"|brinquedo|pintura|spruzzo)"
    # put out of a child's reach: "escondí las pastillas para que los niños no las encuentren"
    r"|(?:para|pra|perche|perché)\s+(?:que\s+)?(?:los|las|as|os|i|le)?\s*(?:ninos|nenes|criancas"
    r"|bambini|mi\s+hij[oa]|meu\s+filho|minha\s+filha|mio\s+figlio|mia\s+figlia)\s+(?:no|nao|non)\b"
    r"|caz(?:ar|o|amos|ando|ador\w*)|jag(?:en|e|t|te|ten|er\w*)|ja(?:e)?ger\w*|chass\w*"
    r"|cac(?:ar|o|amos|ando|ador\w*)|caca|cacci\w*|escalada|escalar|kletter\w*|escalade"
    r"|arrampicata|grimp\w*|mousquetons?|moschetton\w*|mosqueton\w*|carabiners?|karabiner\w*"
    r"|ferrata|klettersteig|kopfschmerz\w*|dolor\s+de\s+cabeza"
    r"|mal\s+de\s+tete|dor\s+de\s+cabeca|mal\s+di\s+testa"
    # German and French: garden work ("Beil und Seil für die Gartenarbeit"), gardening
    r"|garten\w*|jardin\w*"
    # shaving, a barbecue (Australian "barbie"), a load tied down with rope
    r"|shav(?:e|es|ed|ing|er)|razor\s+(?:handle|kit)|barbie|bbq|barbecue|braai|grill"
    r"|tarp\w*|trailer|roof\s+rack"
    # a bridge's height checked for a boat or a tall vehicle
    r"|kayak\w*|canoe\w*|paddle\s*board\w*|(?:the|our|my|a)\s+(?:van|lorry|truck|campervan"
    r"|motorhome"
    r"|caravan|horsebox)|clearance|headroom|lkw|wohnmobil|wohnwagen|camion\w*|camping-car"
    r"|caravana|furgon\w*|autocaravana|camiao|camper|durchfahrtshohe|tirant\s+d'air"
    # painless methods of hair removal, a tattoo, a birth; tablets out of stock, for hay fever
    r"|depil\w*|epil\w*|cera|ceretta|wax\w*|haarentfernung|tattoo\w*|tatua\w*|tatouage|piercing"
    r"|parto|accouchement|geburt|childbirth|labou?r|hay\s*fever|allerg\w*|antihistamin\w*"
    r"|out\s+of\s+stock|shortage"
    # a height measured for decorations or plants
    r"|fairy\s+lights|bunting|christmas\s+lights|hanging\s+baskets?|plant\s+pots?|window\s+box\w*"
    # charcoal for a grill ("Grillkohle für den Grill"), not the grill-charcoal itself
    r"|grill(?!kohle)\w*|barbecue|bbq|asado|parrilla|churrasco|grigliata"
    # rope for decorations: "cuerda para colgar las luces de navidad"
    r"|luces|luzes|luci|lichterkette|guirlandes?|decoracion\w*|decoracao|decorazion\w*|adornos"
    # expired medicines taken back to the pharmacy
    r"|vencid[oa]s|caducad[oa]s|scadut[ei]|abgelaufen\w*|perimee?s?|expired|fora\s+do\s+prazo"
    # … and in English: "took gran's old tablets back to the pharmacy" (not "kept them instead
    # of handing them back")
    r"|(?:took|take|taking|brought|returned)\s+(?:[\w']+\s+){0,4}?(?:back\s+)?to\s+the\s+"
    r"(?:pharmacy|chemist)"
    r"|(?:llevarlas|devolverlas|tirarlas)\s+a\s+la\s+farmacia|riportarl[ei]\s+in\s+farmacia"
)
_STUCK = (
    # a pet stuck somewhere, a train held in a tunnel ("der Zug steckt im Tunnel"), not a dog
    # barking somewhere in the same sentence
    r"(?:cat|kitten|dog|puppy|hamster|zug|train|tren|treno|trem|comboio|metro|tube|bus)\s+"
    r"(?:\w+\s+){0,2}?(?:stuck|steckt|stecken|feststeckt|bloccat[oa]|ferm[oa]|parad[oa]"
    r"|atascad[oa]|bloque)|"
    r"lift|elevator|traffic|jam|queue|car\s*park|level|game|dungeon|exams?|homework|essay"
    r"|heat\w*|weather|toothache|tooth|knee|back\s+pain|ascensor|atasco|trafico|aufzug|stau"
    r"|hitze|ascenseur|embouteillages?|chaleur|elevador|transito|calor|ascensore|traffico"
    r"|caldo|series|season\s+two|cliffhanger|film|movie|book|show|inbox|emails?|paperwork"
    r"|chores|laundry|meetings?|deadlines?|group\s+chat|escape\s+room|admin|marking|send\s+help"
    r"|(?:my|the)\s+(?:back|hip|shoulder|neck|stomach|tooth|knee|ankle|wrist)|migraine|headache"
    r"|cramps"
    r"|period|arthritis|injury|surgery|physio|rain|snow|storm|lluvia|nieve|regen|schnee|pluie|neige"
    r"|chuva|neve|pioggia|quarantine|cuarentena|quarantane|confinement|quarentena|quarantena"
    r"|lockdown|covid|lease|contract|tenancy|subscription|membership"
    # a bottomless pit of money or appetite: a budget, a child who eats everything
    # (money the writer is *without* is no bottomless pit: "sem dinheiro, sem saída")
    r"|presupuesto|orcamento|bilancio|budget|gastos|despesas|spese"
    r"|(?<!sin\s)(?<!sem\s)(?<!senza\s)(?:dinero|dinheiro|soldi)"
    r"|come\s+de\s+todo|come\s+tudo|mangia\s+tutto"
    # school exams in es / pt / it ("non c'è scampo, domani c'è l'esame")
    r"|examen(?:es)?|exames?|esam[ei]|verifica|interrogazione"
    # German and French: body pain, and being full or laughing ("so viel gegessen")
    r"|rucken|ruecken|zahn\w*|knie|kopfschmerz\w*|migra(?:e)?ne|bandscheibe|mal\s+(?:au|de)\s+dos"
    r"|mon\s+dos|dents?|genou"
    r"|gegessen|satt|vollgefressen|lachen|trop\s+mange|de\s+rire"
    r"|erka(?:e)?ltung|schnupfen|asthma|grippe|rhume|asthme"
    # cold weather, laughter, excitement, an office or a report
    r"|froid|frio|freddo|kalte|kaelte|canicule|luschtig|lustig|witzig|rire|risa|risate|spannung"
    r"|vorfreude|suspense|ufficio|oficina|escritorio|buro|buero|bureau|informe|rapport|relatorio"
    # German school and work loads ("ich muss noch drei Berichte schreiben")
    r"|berichte?|hausaufgaben|klausur\w*|pru(?:e)?fung\w*|u(?:e)?berstunden"
)

# Self-harm as a subject someone teaches or studies ("we read about self-harm in my psychology
# class"): the person's own words about themselves elsewhere in the entry still count.
_LESSON = (
    r"(?:in|at|for)\s+(?:my|our|the|a)\s+(?:\w+\s+)?(?:class|lesson|lecture|course|module|seminar"
    r"|training|workshop)|awareness"
    # German and French lessons: "im Unterricht über Selbstverletzung", "en cours de SVT"
    r"|im\s+(?:unterricht|seminar|kurs|workshop|studium)|in\s+der\s+(?:schule|vorlesung|klasse)"
    r"|en\s+(?:cours|classe|formation)"
)

# A cut or a burn while cooking, shaving or by accident ("me corté el dedo cortando cebolla").
_ACCIDENT = (
    r"accident\w*|by\s+mistake|oven|stove|kitchen|chopping|cooking|shaving|onions?|bread"
    r"|cebollas?|cocin\w*|pelando|afeitando|sin\s+querer|kuche|kueche|kochen|gemuse|gemuese"
    r"|zwiebel\w*|rasier(?:en|t|te|e|er|apparat)\b|aus\s+versehen|cuisine|epluch\w*|legumes"
    r"|oignons?|en\s+me\s+rasant"
    r"|cozinh\w*|descasc\w*|batatas?|cebola|sem\s+querer|cucin\w*|affett\w*|pane|cipoll\w*"
    r"|per\s+sbaglio|radendomi|sbucci\w*|patat\w*|verdur\w*|barba"
    # hot oil, the pan, the iron: cooking and ironing burns
    r"|olio|oleo|aceite|padella|frigideira|sarten|ferro\s+(?:da\s+stiro|de\s+passar)|plancha"
    r"|forno|horno|preparando\s+(?:la\s+cena|el\s+almuerzo|o\s+jantar|il\s+pranzo)|fazendo\s+o"
    r"\s+(?:jantar|almoco)"
    # scratching an itch: allergy, mosquito bites, eczema
    r"|alergia|allergia|picor|prurito|coceira|picaduras?|punture?|zanzar\w+|mosquitos?"
    r"|eczema|dermatit\w+"
    # German and French: cutting one's hair or nails ("je me coupe encore les cheveux")
    r"|cheveux|ongles|frange|barbe|haare|fingerna(?:e)?gel|zehenna(?:e)?gel|bart"
    # an iron, hair straighteners, a kettle, and owning up to being clumsy
    r"|iron|ironing|straighteners|curling\s+(?:iron|tongs)|kettle|clumsy"
    # sport: "hurt myself again at the gym, pulled my hamstring"
    r"|gym|hamstring|pulled\s+(?:a|my)\s+\w+|sprain\w*|twisted\s+my|football|rugby|workout"
    # a pet, a rose bush or a sheet of paper did it ("la gatta mi ha graffiato", "potando le rose")
    r"|katze|kater|gatt[oa]|gat[oa]|chat|chatte|hund|cane|perro|cachorro|chien|kaninchen|coniglio"
    r"|rosen|rose|rosas?|dornen|spine|espinas|epines|potando|podando|tailler\s+les|carta\s+(?:da"
    r"|di)"
    r"|busta|papel|papier|enveloppe|umschlag"
)

EVERYDAY: dict[Category, re.Pattern[str]] = {
    Category.SELF_HARM: re.compile(rf"\b(?:{_LESSON}|{_ACCIDENT})\b", FLAGS),
    Category.GOODBYES: re.compile(rf"\b(?:{_TRAVEL_WORK_HOME})\b", FLAGS),
    Category.GIVING_AWAY: re.compile(rf"\b(?:{_DECLUTTER})\b", FLAGS),
    Category.GETTING_MEANS: re.compile(rf"\b(?:{_SPORT_TOOLS})\b", FLAGS),
    Category.TRAPPED_PAIN: re.compile(rf"\b(?:{_STUCK})\b", FLAGS),
    # "I won't be here next week, work trip": no future only when nothing else counts.
    Category.NO_FUTURE: re.compile(
        # "there is no tomorrow for me" is the sign itself, not a plan for tomorrow
        r"\b(?:holidays?|vacation|trip|travel\w*|flight|abroad|conference|business|weekend"
        # nor "tomorrow means nothing to me": tomorrow as the subject of the sentence
        r"|(?<!no\s)tomorrow(?!\s+(?:for\s+me|means|is\s+(?:pointless|meaningless|nothing)"
        r"|doesn'?t|won'?t|will\s+never|never))"
        # ("stopped making plans past next week" is the sign itself)
        r"|tonight|(?<!past\s)(?<!beyond\s)(?<!after\s)next\s+week|shift"
        r"|moving|relocat\w*|emigrat\w*|vacaciones|viaje|urlaub|reise|vacances|voyage|ferias|viagem"
        # a week without treats, not a life: "nothing to look forward to this week except rain"
        r"|(?<=forward\sto\s)this\s+(?:week|weekend|month|term)"
        # somewhere else: "we'll be in Greece", "I'll be away" (not "in the ground")
        r"|(?:we|i)'?ll\s+be\s+(?:away|abroad|(?:in|at)\s+(?!(?:the|a|my)\s+(?:ground|grave|box"
        r"|coffin"
        r"|cemetery|morgue)\b))"
        r"|except\s+(?:more\s+)?(?:rain|work|exams?|bills)"
        r"|vacanze|viaggio"
        # going somewhere: "I won't be here for Christmas, we're flying to Spain"
        r"|fly(?:ing)?|flew|visit(?!e\b)\w*|staying\s+with|going\s+(?:home|away|back|to\s+"
        # going to a place, not the future tense ("nothing is ever going to change")
        r"(?!(?:be|get|change|happen|make|have|do|feel|work|end|stop|improve|last|matter|help"
        r"|turn|come|want|need|let|fix|ever|always|never|just|go|stay\s+(?:this|the\s+same))\b)\w+)"
        r"|(?:me|nos)\s+voy|nos\s+vamos|vamos\s+a|viaj\w+|vou\s+para|vamos\s+para|fahren|fliegen"
        r"|je\s+pars|on\s+part|nous\s+partons|parto|partiamo|andiamo)\b",
        FLAGS,
    ),
    # "They'll be fine without me at the meeting / while I'm on holiday."
    Category.BURDEN: re.compile(
        r"\b(?:holidays?|vacation|trip|meetings?|shift|weekend|conference|on\s+leave|sick\s+day"
        r"|party"
        r"|while\s+i'?m\s+(?:away|off|out)|group\s+chat|memes|puns|jokes"
        # a burden on the broadband: "a burden on the wifi with all my streaming"
        r"|wifi|wi-fi|internet|broadband|bandwidth|data\s+plan|streaming"
        # at the gym, in the team, for the boss: "sono un peso morto in palestra"
        r"|palestra|academia|ginasio|gimnasio|gym|fitnessstudio|salle\s+de\s+sport|squadra|equipa"
        r"|mannschaft|jefe|chefe|capo|patron"
        # the same occasions in the other languages: "sin mí la oficina estaría más tranquila este
        # fin de semana", "se non ci fossi io alla festa" (not the office the day was spent in)
        r"|fin\s+de\s+semana|fim\s+de\s+semana|week-?end|wochenende|fine\s+settimana|reunion"
        r"|reuniao|riunione|turno|schicht|fiesta|festa|fete|feier|vacaciones|vacances|urlaub"
        r"|ferias|vacanze)\b",
        FLAGS,
    ),
}


# Body pain is everyday ("my back is killing me, I can't take it") until the person says it is
# past bearing with no way out: chronic pain is itself a risk factor, not a reason to look away.
_BODY_PAIN = re.compile(
    r"toothache|tooth|knee|back\s+pain|(?:my|the)\s+(?:back|hip|shoulder|neck|stomach|tooth|knee"
    r"|ankle|wrist)|migraine|headache|cramps|period|arthritis|injury|surgery|physio"
    r"|rucken|ruecken|zahn\w*|knie|kopfschmerz\w*|migra(?:e)?ne|bandscheibe|mal\s+(?:au|de)\s+dos"
    r"|mon\s+dos|dents?|genou",
    FLAGS,
)
_PAST_BEARING = re.compile(
    r"\b(?:no\s+way\s+out|no\s+escape|no\s+hay\s+salida|kein(?:en)?\s+ausweg|aucune\s+issue"
    r"|nao\s+(?:tem|ha)\s+saida|via\s+d'?uscita|want\s+it\s+(?:all\s+)?to\s+end"
    r"|end\s+it\s+all"
    # as many years again are past bearing: "six years of it and i can't do another six"
    r"|can'?t\s+(?:do|take|face|bear|survive|stand)\s+another\s+\w+"
    # … or a life that cannot go on so: "can't keep living inside this", "no aguanto seguir
    # así", "je supporte plus de vivre dans ce corps", "non posso continuare a vivere così"
    r"|can'?t\s+(?:keep|go\s+on)\s+living|seguir\s+(?:viviendo\s+)?asi"
    r"|(?:supporte|peux)\s+plus\s+(?:de\s+)?vivre|continuar\s+a\s+viver|continuare\s+a\s+vivere"
    r"|(?:so\s+)?nicht\s+(?:mehr\s+)?weiterleben|sem\s+saida|nenhuma\s+saida)\b",
    FLAGS,
)


# Suffering that is not the body's: "the pain in my hip and the loneliness together are more
# than I can bear" is not an everyday sore hip.
_NOT_BODY = re.compile(
    r"\b(?:loneliness|lonely|grief|despair|emptiness|hopeless\w*|misery|worthless\w*)\b", FLAGS
)


# The everyday reason is a cover story: "told them it's just decluttering but it isn't",
# "borrow his gun for target practice *wink*".
# A holiday or appointment the writer did not even bother to book: the reason that would make
# "I won't be there in August" ordinary is itself refused ("non ho neanche prenotato le
# vacanze, tanto ad agosto non ci sarò più").
_NOT_EVEN_BOOKED = re.compile(
    r"\b(?:didn'?t|did\s+not)\s+(?:even\s+)?bother\b|\bno\s+point\s+(?:booking|paying|renewing)\b"
    r"|\bgar\s+nicht\s+erst\b|\bmeme\s+pas\s+pris\s+la\s+peine\b"
    r"|\bni\s+(?:siquiera|me\s+molest\w+)\b|\bnem\s+me\s+dei\s+ao\s+trabalho\b"
    r"|\bnem\s+(?:marquei|reservei)\b|\bnon\s+ho\s+(?:neanche|nemmeno|neppure)\s+(?:prenotato"
    r"|fissato|rinnovato)\b",
    FLAGS,
)

# A song title or lyric sung along to: words in quotes, with singing or an artist around them
# ("been belting 'i don't wanna live forever' in the car").
_SONG = re.compile(
    r"(?:^|\s)['\"\u2018\u201c][^\n]{3,80}?['\"\u2019\u201d](?=\s|$|[,.!?;])"
    r"(?=[^\n]*\b(?:song|singing|sing|sang|belting|lyrics?|playlist|on\s+repeat|karaoke|album|track"
    r"|cheers|canzone|cancion|chanson|lied|musica|musique)\b)"
    r"|\b(?:song|singing|sing|sang|belting|lyrics?|karaoke|canzone|cancion|chanson)\b[^\n]{0,40}?"
    r"(?:^|\s)['\"\u2018\u201c][^\n]{3,80}?['\"\u2019\u201d]",
    FLAGS,
)
# A clean streak counted: "200 days since i last self harmed", "faz um ano que não me corto" —
# unless the urge is back in the same sentence.
_CLEAN_STREAK = re.compile(
    r"\b(?:\d+|a|one|two|three|six)\s+(?:days?|weeks?|months?|years?)\s+(?:since\s+i\s+(?:last\s+)?"
    r"|clean\b|free\b)"
    r"|\bfaz\s+(?:\d+|um|uma|dois|duas|tres|seis)\s+\w+\s+que\s+nao\s+me\b"
    r"|\bhace\s+(?:\d+|un|una|dos|tres|seis)\s+\w+\s+que\s+no\s+me\b"
    r"|\bseit\s+(?:\d+|einem|einer|zwei|drei|sechs)\s+(?:tagen|wochen|monaten|jahren?)\s+(?:nicht"
    r"\s+mehr|clean)\b"
    r"|\bdepuis\s+(?:\d+|un|une|deux|trois|six)\s+(?:jours|semaines|mois"
    r"|ans?)\s+(?:je\s+)?(?:ne\s+)?"
    r"me\s+suis\s+pas\b"
    r"|\bda\s+(?:\d+|un|una|due|tre|sei)\s+(?:giorni|settimane|mesi|anno|anni)\s+non\s+mi\b",
    FLAGS,
)
_URGE_NOW = re.compile(
    r"\b(?:urge|tempted|want\s+to\s+again|again\s+today|relaps\w*|vontade|ganas|envie|voglia"
    r"|drang|again|wieder|nuevo|novo|nuovo|nouveau|volvi|voltei|went\s+and)\b",
    FLAGS,
)

_COVER_STORY = re.compile(
    r"\b(?:told|tell|telling|said|saying)\s+(?:them|everyone|people|him|her|my\s+\w+)\s+"
    r"(?:it'?s|it\s+(?:is|was))\s+(?:just|only)\b[^.!?\n]*\bbut\s+it\s+(?:isn'?t|wasn'?t|is\s+not"
    r"|was\s+not|'?s\s+not)\b|\b(?:wink(?:\s+wink)?|nudge\s+nudge)\b|;\)"
    # an injury passed off as an accident: "cut too deep, told them it was an accident"
    r"|\b(?:told|tell|telling|said|saying)\s+(?:them|everyone|people|him|her|the\s+\w+|my\s+\w+)\s+"
    r"(?:it\s+was|it'?s|it\s+is)\s+(?:just\s+)?(?:an\s+)?accident\b"
    # "she thinks it's an early birthday present. it isn't"
    r"|\bthinks?\s+it'?s\s+(?:just\s+)?an?\s+[\w\s]{0,25}?[.,]\s*it\s+(?:isn'?t|'?s\s+not)\b"
    # a reason given and then denied: "told the guy it was for the boat. i don't have a boat"
    r"|\bfor\s+(?:the|my|a|our)\s+(?P<thing>\w+)\b[^\n]{0,25}?\bi\s+(?:don'?t|do\s+not|didn'?t"
    r"|never)\s+(?:even\s+)?(?:have|own|had|use)\s+(?:a|an|any)\s+(?P=thing)\b",
    FLAGS,
)
# Access to someone else's gun is the sign, whatever the gun is for ("dad's hunting rifle is in
# the garage and I know where the key is").
_GUN_ACCESS = re.compile(
    r"\bi\s+know\s+(?:where\s+(?:the\s+)?(?:key|keys|combination|code)|the\s+(?:combination"
    r"|code))\b",
    FLAGS,
)
# A gun with its only sporting reason denied ("a deposit at the gun shop, no reason, I don't
# hunt"); a gun for the range or the club keeps its reason ("for the range, I don't hunt").
_NO_SPORT = re.compile(r"\bi\s+(?:don'?t|do\s+not|never)\s+(?:even\s+)?(?:hunt|shoot)\b", FLAGS)
_HUNTING = re.compile(r"hunt\w*|season|deer", FLAGS)


# A relationship, a job or a project without a future ("no veo futuro en esta relación",
# "não vejo futuro com ele", "non vedo futuro in questo lavoro"), not the person's own life.
_FUTURE_OF_SOMETHING = re.compile(
    r"\bfuturo\s+(?:en|con|com|in|a|ad|para|per|n[oa]s?|ness[ea]s?|nest[ea]s?|nel(?:la|lo)?"
    r"|sul(?:la)?)\s+(?:(?:est[ea]|es[ea]|ess[ea]|quest[oa]|quel(?:la)?|la|el|o|a|il|lo|un[oa]?"
    r"|uma?|mi|meu|minha|mio|mia)\s+)?(?:relacion|relacao|relazione|storia|noviazgo|namoro|pareja"
    r"|matrimonio|casamento|trabajo|emprego|empleo|lavoro|proyecto|projeto|progetto|empresa"
    r"|azienda|negocio|carrera|carreira|equipo|equipe|squadra|banda|grupo|gruppo)\b"
    r"|\bfuturo\s+(?:con|com)\s+(?:el|ella|ele|ela|lui|lei)\b",
    FLAGS,
)


# Harm done on purpose is never a kitchen accident: "burned myself with the iron on purpose".
_ON_PURPOSE = re.compile(
    r"\b(?:on\s+purpose|deliberately|intentionally|to\s+(?:feel|punish|hurt)|so\s+i\s+(?:could|can)"
    r"\s+feel|makes?\s+me\s+feel\s+(?:anything|something|real|alive)|a\s+proposito"
    r"|de\s+proposito|adrede|apposta|di\s+proposito|absichtlich"
    r"|mit\s+absicht|expres)\b",
    FLAGS,
)


# No future for something else ("não vejo futuro nenhum para este governo"), nothing for me *in
# the shop*, no free tomorrow ("kein Morgen mehr frei, alles ausgebucht").
_SCOPE_ELSEWHERE = re.compile(
    r"\bfuturo\s+(?:nenhum\s+|ninguno\s+|alguno\s+)?(?:para|pra|per|en|in|com|con)\s+"
    r"(?:est[ea]|ess[ea]|quest[oa]|o|a|el|la|il)\s+(?:governo|gobierno|pais|paese|partido|partito"
    r"|clube|club|time|equipo|squadra|empresa|azienda|carro|coche|macchina)\b"
    r"|\bnada\s+para\s+mi\s+en\s+(?:la|el|esta|este)\s+(?:tienda|menu|carta|restaurante|super\w*"
    r"|mercado|rebajas|feria)\b"
    r"|\bmorgen\s+(?:mehr\s+)?frei\b|\bausgebucht\b|\b(?:domani|giorno)\s+libero\b|\bdia\s+libre\b",
    FLAGS,
)


# A jump for fun: off the diving board, with a parachute, into the pool ("quiero tirarme del
# trampolín", "je vais sauter en parachute"): the jump verb and the leisure word together.
_LEISURE_JUMP = re.compile(
    r"\b(?:tir|avent|salt|lanz|jog|pul|butt|saut|jet|spring|sprung)\w*\s+(?:\w+\s+){0,3}?"
    r"(?:trampolin\w*|tobogan|paracaidas|paraquedas|paracadute|parachute|fallschirm|sprungbrett"
    r"|zehnmeterbrett|plongeoir|bungee|puenting|tirolesa|escorregador|scivolo|toboggan|rutsche"
    r"|piscina|pileta|alberca|piscine|freibad|schwimmbad)\b",
    FLAGS,
)
_JUMP_CATEGORIES = frozenset({Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD})
_FIGURATIVE_CATEGORIES = frozenset(
    {Category.SUICIDAL_IDEATION, Category.DEATH_WISH, Category.PLAN_OR_METHOD}
)

# Vanishing for a while or from somewhere ("quiero desaparecer un fin de semana a la playa",
# "quero sumir das redes sociais por uns dias"), and sleeping "forever" because one is sleepy
# ("quiero dormir para siempre, qué sueño tengo"): a wish for rest, not for death.
_FOR_A_WHILE = re.compile(
    r"\b(?:desaparecer|sumir|sparire|disparaitre|verschwinden)\b[^.!?\n]{0,30}\b(?:(?:un|uns|unos"
    r"|unas|umas|alguns|algunos|qualche|quelques|ein\s+paar|por|durante|per|pendant|fu(?:e)?r)\s+"
    r"(?:\w+\s+)?(?:dias|dia|semanas|semana|fin\s+de\s+semana|fim\s+de\s+semana|giorni|settimana"
    r"|weekend|jours|semaine|tage|wochenende|horas|ore|heures|stunden|rato|tempo|tiempo|temps|meses"
    r"|mesi|mois)|redes|social\w*|whatsapp|instagram|playa|praia|mare|plage|strand|montagna"
    r"|montana|montagne|berge)\b"
    r"|\bque\s+sueno\s+tengo\b|\btengo\s+(?:mucho\s+|tanto\s+)?sueno\b|\bche\s+sonno\b"
    r"|\bho\s+(?:tanto\s+)?sonno\b|\bmort[oa]\s+de\s+sono\b|\bj'ai\s+(?:trop\s+)?sommeil\b"
    # tired, not dying: "ich mag nicht mehr, ich will nur noch ins Bett"
    r"|\b(?:will|mag|mo(?:e)?chte)\s+(?:jetzt\s+)?nur\s+noch\s+(?:ins\s+bett|schlafen|heim"
    r"|nach\s+hause|auf\s+(?:die\s+)?couch|aufs\s+sofa)\b"
    # … but "nur noch schlafen, für immer" is not tiredness
    r"(?![^.!?\n]{0,15}\b(?:immer|ewig|nie\s+wieder|nie\s+mehr)\b)",
    FLAGS,
)


# "I don't want to die, I (just) want the pain to stop": the pain wished over is set against a
# death wish the sentence has just refused, the project's "negated" pattern.
_NOT_DEATH_BUT = re.compile(
    r"\b(?:don'?t|do\s+not|dont)\s+want\s+to\s+die\s*[,;:]?\s*(?:i\s+)?(?:just\s+)?want\b",
    FLAGS,
)
# "I used to think I wanted to die but I don't anymore": a wish told as over, in the past.
_NO_LONGER = re.compile(
    r"\bused\s+to\b[^.!?\n]{0,60}\bbut\s+(?:i\s+)?(?:(?:don'?t|do\s+not|dont)(?:\s+\w+)?\s+anymore"
    r"|not\s+anymore|no\s+longer)\b",
    FLAGS,
)

# A things-sold sentence that ends on "won't need it / any of it" with no reason given ("sold my
# medals and gave my gear away, won't need any of it"): the finality outweighs "sold", unlike
# "sold my bike, won't need it since I moved to the city".
_NO_NEED_NO_REASON = re.compile(
    r"\bwon'?t\s+(?:be\s+)?need(?:ing)?\s+(?:it|them|any\s+of\s+(?:it|them|this|that)|anything)"
    r"(?:\s+(?:anymore|any\s+more|again|now))?\s*(?:$|[.!?;\n])",
    FLAGS,
)
_SOLD = re.compile(r"sell|sold|selling|ebay|vinted", FLAGS)
# "you should die your hair", "might as well die my hair green": a misspelt dye, when every
# "die" in the sentence is followed by hair or a colour.
_DIE = re.compile(r"\bdie\b", FLAGS)
_DIE_HAIR = re.compile(
    r"\bdie\s+(?:(?:my|your|her|his|our|their|the|it)\s+)?(?:\w+\s+)?(?:hair|roots|fringe|beard)\b",
    FLAGS,
)


# A laugh written out: "lol", "haha", "ahahah", "jajaja", "kkkk", "mdr", a crying-laughing face.
_LAUGH = (
    r"\b(?:lol|lmao|lmfao|rofl|haha\w*|(?:ah){2,}h?|jaja\w*|kkkk*|mdr|ptdr|jk)\b"
    r"|\U0001f602|\U0001f923"
)
# A condition set on a trifle, said laughing: "if mom sees this report card … i'll kill myself
# haha", "si le prof nous redonne un devoir … je me jette par la fenêtre mdr". The laugh and the
# "if" together make it a figure of speech; a bare "i want to kill myself lol" still counts.
_LAUGHING_IF = re.compile(
    rf"(?=[^\n]*(?:{_LAUGH}))[^\n]*\b(?:if|si|se|wenn|falls|cuando|quand|quando"
    r"|one\s+more\b[^.!?\n]{0,60}\band\s+i)\b",
    FLAGS,
)
# Food eaten for the thrill, rated afterwards: "that wing challenge was so hot i wanted to die,
# ten out of ten would do again", "the vindaloo nearly killed me, 10/10".
_RAVE = re.compile(
    r"\b(?:10|ten)\s*(?:/|out\s+of)\s*(?:10|ten)\b|\bwould\s+(?:(?:totally|definitely)\s+)?"
    r"(?:do\s+(?:it\s+|that\s+)?again|recommend|eat\s+(?:it\s+|them\s+)?again)\b"
    r"|\b(?:wing\s+challenge|hot\s+sauce|ghost\s+pepper|carolina\s+reaper|habaneros?|vindaloo"
    r"|phaal|spiciest)\b",
    FLAGS,
)
# A method threatened over a trifle: a laugh, "if the ref gives one more penalty", "se perdo
# un'altra volta il treno", a phone on 2 %. A figure of speech, not a plan.
_HYPERBOLE = re.compile(
    rf"{_LAUGH}"
    r"|\bif\b[^.!?\n]{0,60}\bone\s+more\b|\bse\b[^.!?\n]{0,40}\bun'?\s*altra\s+volta\b"
    r"|\bsi\b[^.!?\n]{0,40}\botra\s+vez\b|\bsi\b[^.!?\n]{0,40}\bencore\s+une\s+fois\b"
    r"|\bwenn\b[^.!?\n]{0,40}\bnoch\s+(?:ein)?mal\b|\bse\b[^.!?\n]{0,40}\bmais\s+uma\s+vez\b"
    r"|\bon\s+\d{1,2}\s*%"
    # "one more council meeting and I'll throw myself off the pier": the condition said by
    # juxtaposition, in every language
    r"|\bone\s+more\b(?!\s+(?:day|night|week|month|year|minute|hour|time)s?\b)[^.!?\n]{0,60}"
    r"\band\s+i'?ll\b|\bencore\s+une?\b[^.!?\n]{0,60}\bet\s+je\b"
    r"|\buna?\s+\w+\s+mas\b[^.!?\n]{0,60}\by\s+(?:me|yo)\b|\bnoch\s+(?:ein|eine|so\s+ein)\w*\b"
    r"[^.!?\n]{0,60}\bund\s+ich\b|\bmais\s+uma?\b[^.!?\n]{0,60}\be\s+eu\b"
    r"|\bun(?:'|\s*altr[oa])\b[^.!?\n]{0,60}\be\s+(?:mi|io)\b",
    FLAGS,
)
# A death said of boredom, laughter, heat or hunger ("je vais mourir d'ennui", "me muero de
# risa", "ich sterbe vor Hitze"), or a game ended in brackets ("end it all (the game, relax)"):
# a figure of speech.
_DIE_OF = re.compile(
    r"\b(?:mourir|meurs|morir|muero|morrer|morro|morire|muoio|sterbe?n?|stirbt?)\s+(?:d'|de|di"
    r"|vor|of)\s*(?:l'|la\s+|el\s+)?(?:ennui|rire|risa|riso|rir|faim|hambre|fome|fame|chaud"
    r"|calor|caldo|froid|frio|freddo|noia|tedio|aburrimiento|langeweile|hitze|lachen|boredom"
    r"|tedio|vergogna|verguenza|vergonha|honte|scham)\b|\b(?:mourir|morir|morrer|morire)\s+"
    r"(?:derretid[oa]|asad[oa]|congelad[oa]|cocid[oa]|fondu[e]?|sciolt[oa]|cott[oa])\b"
    r"|\bend\s+it\s+all\s*[(\-]\s*(?:the|my|this|that)\b|\(\s*[^)]{0,40}\b(?:relax|jk|kidding"
    r"|joking)\s*\)",
    FLAGS,
)
# Taught or asked about, not felt: a lecture on self-harm, the usual questions about suicidal
# thoughts answered "no".
_TAUGHT_OR_DENIED = re.compile(
    r"\b(?:lecture|seminar|lesson|module|training|webinar|workshop|course|class|conference"
    r"|vorlesung|schulung|fortbildung|cours|formation|conference|clase|curso|charla|aula|lezione"
    r"|corso)\b[^.!?\n]{0,30}\b(?:on|about|was\s+on|u(?:e)?ber|zu|zum|sur|sobre|su|sul|sulla)\b"
    r"|\b(?:questions?|asked|questions\s+habituelles|preguntas?|perguntas?|domande|fragen)\b"
    r"[^.!?\n]{0,80}\b(?:(?:j'?\s*ai\s+)?repondu\s+non|said\s+no|answered\s+no|dije\s+que\s+no"
    r"|respondi\s+que\s+(?:no|nao)|risposto\s+(?:di\s+)?no|nein\s+gesagt|mit\s+nein)\b",
    FLAGS,
)
_ALL_TAUGHT = frozenset(
    {
        Category.SUICIDAL_IDEATION,
        Category.DEATH_WISH,
        Category.SELF_HARM,
        Category.PLAN_OR_METHOD,
    }
)


# "Rather be dead than" a trifle, said laughing: "i'd rather be dead than wear that jumper lol".
_RATHER_DEAD_JOKE = re.compile(
    r"\brather\s+(?:be\s+dead|die)\s+than\b[^.!?\n]*\b(?:lol|lmao|haha\w*|jk)\b",
    FLAGS,
)
# Other people's acts counted at work ("three overdoses before lunch"), and a clinical risk
# assessed ("l'évaluation du risque suicidaire"): the writer's job, not the writer's wish.
_CLINICAL = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple)\s+(?:overdoses|ods"
    r"|suicide\s+attempts|attempts)\s+(?:before|on|in|during|this|today|per|since|a\s+(?:day"
    r"|night|week|shift))\b"
    r"|\b(?:evaluation|assessment|valutazione|avaliacao|evaluacion|einscha(?:e)?tzung|bewertung"
    r"|estimation|estimacion|estimativa|stima|abscha(?:e)?tzung)"
    r"\s+(?:\w+\s+){0,2}?(?:risque|risk|rischio|risco|riesgo|risiko)\b",
    FLAGS,
)
# An everyday reason the writer denies ("buying charcoal … we don't have a barbecue", "no
# tenemos parrilla"): it cannot explain the phrase.
_DENIED = re.compile(
    r"\b(?:don'?t|doesn'?t|do\s+not|never|kein\w*|pas\s+de|senza)\s+(?:even\s+)?"
    r"(?:(?:have|own|use|got|tenemos|tengo|temos|tenho|abbiamo|ho|haben|habe)\s+)?"
    r"(?:(?:a|an|any|un|una|um|uma|einen|ein|eine)\s+)?$"
    r"|\b(?:no|nao|non|nicht)\s+(?:tenemos|tengo|temos|tenho|abbiamo|ho|haben|habe)\s+"
    r"(?:(?:un|una|um|uma|einen|ein|eine)\s+)?$",
    FLAGS,
)


# Others' hardship blamed on the writer ("she works double shifts because of me", "por mi
# culpa"): the shift or the office is then the burden itself, not an occasion.
_MY_FAULT = re.compile(
    r"\b(?:because\s+of\s+me|my\s+fault|por\s+mi\s+culpa|por\s+culpa\s+m[ií]a|wegen\s+mir"
    r"|meinetwegen|a\s+cause\s+de\s+moi|par\s+ma\s+faute|por\s+minha\s+(?:causa|culpa)"
    r"|por\s+causa\s+de\s+mim|per\s+colpa\s+mia|a\s+causa\s+mia)\b",
    FLAGS,
)


def _reasons_given(pattern: re.Pattern[str], sentence: str) -> list[str]:
    """The everyday reasons in ``sentence``, without those the writer denies having."""
    return [
        m.group(0)
        for m in pattern.finditer(sentence)
        if not _DENIED.search(sentence[max(0, m.start() - 40) : m.start()])
    ]


def _only_a_dye(sentence: str) -> bool:
    dies = len(_DIE.findall(sentence))
    return dies > 0 and dies == len(_DIE_HAIR.findall(sentence))


def is_everyday(category: Category, sentence: str) -> bool:
    """Does the sentence around a warning-sign phrase make it ordinary?"""
    if category is Category.TRAPPED_PAIN and _NOT_DEATH_BUT.search(sentence):
        return True
    if category in (Category.DEATH_WISH, Category.SUICIDAL_IDEATION) and _NO_LONGER.search(
        sentence
    ):
        return True
    if category is Category.SELF_HARM and _ON_PURPOSE.search(sentence):
        return False
    if (
        category is Category.SELF_HARM
        and _CLEAN_STREAK.search(sentence)
        and not _URGE_NOW.search(sentence)
    ):
        return True
    if category in (Category.DEATH_WISH, Category.SUICIDAL_IDEATION) and _SONG.search(sentence):
        return True
    if category in _JUMP_CATEGORIES and _LEISURE_JUMP.search(sentence):
        return True
    if category is Category.PLAN_OR_METHOD and _HYPERBOLE.search(sentence):
        return True
    if category in _FIGURATIVE_CATEGORIES and (
        _LAUGHING_IF.search(sentence) or _RAVE.search(sentence)
    ):
        return True
    if category is Category.DEATH_WISH and _RATHER_DEAD_JOKE.search(sentence):
        return True
    if category in _FIGURATIVE_CATEGORIES and _DIE_OF.search(sentence):
        return True
    if category in _ALL_TAUGHT and _TAUGHT_OR_DENIED.search(sentence):
        return True
    if category in _JUMP_CATEGORIES and _CLINICAL.search(sentence):
        return True
    if category is Category.DEATH_WISH and _FOR_A_WHILE.search(sentence):
        return True
    if category in (Category.DEATH_WISH, Category.SUICIDAL_IDEATION) and _only_a_dye(sentence):
        return True
    if category is Category.NO_FUTURE and _NOT_EVEN_BOOKED.search(sentence):
        return False
    if category is Category.NO_FUTURE and (
        _FUTURE_OF_SOMETHING.search(sentence) or _SCOPE_ELSEWHERE.search(sentence)
    ):
        return True
    if category is Category.BURDEN and _MY_FAULT.search(sentence):
        return False
    pattern = EVERYDAY.get(category)
    if pattern is None:
        return False
    found = _reasons_given(pattern, sentence)
    if found and _COVER_STORY.search(sentence):
        return False
    if (
        found
        and category is Category.GIVING_AWAY
        and _NO_NEED_NO_REASON.search(sentence)
        and all(_SOLD.fullmatch(word) for word in found)
    ):
        return False
    if found and category is Category.GETTING_MEANS and _GUN_ACCESS.search(sentence):
        return False
    if (
        found
        and category is Category.GETTING_MEANS
        and _NO_SPORT.search(sentence)
        and all(_HUNTING.fullmatch(word) for word in found)
    ):
        return False
    if (
        found
        and category is Category.TRAPPED_PAIN
        and (_PAST_BEARING.search(sentence) or _NOT_BODY.search(sentence))
        and all(_BODY_PAIN.fullmatch(word) for word in found)
    ):
        return False
    return bool(found)
