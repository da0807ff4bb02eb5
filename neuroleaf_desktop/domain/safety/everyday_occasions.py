"""Everyday occasions, per warning-sign category, that make a phrase ordinary.

The word lists ``everyday.is_everyday`` looks for around a phrase: a holiday or a work trip
around a goodbye, decluttering around giving things away, a sport or a tool around getting
means, a lift or a heatwave around being trapped, a lesson or an accident around self-harm, a
journey around no future, a meeting or the gym around being a burden. The sentence-level
readings that override them (a cover story, a denied reason, pain past bearing) stay in
``everyday``.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.rules import FLAGS

#: Being away for a while, in each language's words: a trip, a holiday, travel. Read here
#: around a goodbye, a burden and "no future" ("I won't be here next week, work trip"), by
#: ``rules_en_burden_gain`` for a time away and by ``everyday_shapes`` for an absence at a
#: named time ("won't be around come Christmas, we're on a cruise").
TRIPS = (
    # ("camping-car" is a vehicle, sold or owned, a trip only when one goes "en camping-car")
    r"trips?|holidays?|vacation|abroad|cruise|honeymoon|skiing|camping(?!-?\s*cars?\b)"
    r"|en\s+camping-?\s*cars?|travel\w*|flight"
    r"|urlaub|reise|ferien|vacaciones|viaje|ferias|viagem|vacanza|vacanze|viaggio|vacances"
    r"|voyage"
)

_TRAVEL_WORK_HOME = (
    rf"retir\w*|{TRIPS}|airport|station|colleagues?|co-?workers?|team"
    # a working life ending: "31 years driving buses"
    r"|\d+\s+years\s+(?:of\s+)?(?:driving|working|teaching|nursing|service|at\s+the|on\s+the)"
    # … or a sport or pastime given up: "hanging up the skates after thirty years of rec hockey",
    # "hung up my boots", "my last season with the club"
    r"|hang\w*\s+up\s+(?:my|the|his|her|our)\s+(?:skates|boots|cleats|spikes|gloves|whistle"
    r"|racket|racquet|clubs|jersey|apron|bat|pads|helmet)"
    r"|(?:\w+\s+){1,2}years\s+of\s+(?:rec\s+|pub\s+|amateur\s+|sunday\s+|club\s+)?(?:hockey"
    r"|football|soccer|rugby|cricket|curling|netball|darts|bowling|baseball|softball|skating"
    r"|league|coaching|refereeing)"
    r"|job|office|notice|moving|move|new\s+(?:flat|house|home|job|city|school)|party|class"
    r"|school|graduat\w*|until|till|back\s+in"
    # a visit, not "(in case I'm not around) to see them grow up", nor letters that others
    # will see after ("they'll see them after")
    r"|(?<!never\s)(?<!around\sto\s)(?<!here\sto\s)(?<!they'll\s)(?<!she'll\s)(?<!he'll\s)"
    r"see\s+(?:you|her|him|them)(?!\s+grow)"
    # (not the writer's absence itself: "if I'm not here next week, know I loved you")
    r"|(?<!not\shere\s)(?<!not\saround\s)next\s+(?:week|month"
    # (a Christmas box, a tin of decorations, is a keeping place: "hid them in the Christmas
    # decoration box" is no Christmas goodbye)
    r"|year)|christmas(?!\s+(?:decorations?\s+)?(?:box|tin|crate|chest|bag)\b)|summer|abroad"
    # (a wedding ring, band or dress is a thing, no wedding: "handed Mum's wedding ring on")
    r"|wedding(?!\s+(?:ring|band|dress|photos?|album|veil))|baby|lawyer|own\s+the"
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
    # someone else's dying, at a hospice or a bedside ("last goodbyes to Grandma at the hospice")
    r"|hospice|hospiz|palliati\w*|paliativ\w*|deathbed|sterbebett|(?:her|his|their|\w+'s)\s+bedside"
    r"|lecho\s+de\s+muerte|leito\s+de\s+morte|letto\s+di\s+morte"
    # a last day at work, not on earth: "letzter Tag in der Brauerei", "last day at the shop"
    r"|last\s+(?:day|shift)\s+(?:at|in|on)\s+(?!(?:this|the)\s+(?:earth|world|planet)\b)"
    r"|letzte[rn]?\s+(?:arbeits)?tag\s+(?:in|im|bei|auf|an)\s+(?!(?:der|dieser)\s+(?:welt|erde)\b)"
    r"|dernier\s+jour\s+(?:au|a\s+la|chez|de\s+(?:travail|boulot))"
    r"|ultimo\s+dia\s+(?:en\s+(?:el|la)\s+(?!mundo|tierra)|de\s+trabajo|no\s+(?:trabalho|emprego)"
    r"|na\s+(?:empresa|loja|fabrica)|de\s+trabalho|d[oe]\s+estagio|de\s+(?:las\s+)?practicas)"
    r"|dernier\s+jour\s+de\s+stage|ultimo\s+giorno\s+di\s+(?:tirocinio|stage)"
    r"|ultimo\s+giorno\s+(?:al|alla|in\s+(?:ufficio|fabbrica|negozio)|di\s+lavoro)"
    r"|aeropuerto|mudanza|rente"
    r"|flughafen|umzug|chef|retraite|aeroport|demenagement|aposent\w*"
    r"|aeroporto|mudanca|pensione|trasloco|weihnachten|navidad|noel"
    r"|natal|natale|notary|solicitor|notari[oa]|notaio|cartorio|tabeliao|estate\s+planning"
    r"|lawyer|attorney|credit\s+union|building\s+society"
    # a notebook being switched ("this notebook, it's full", "a new notebook"), not one that
    # holds something ("the passwords are in the blue notebook")
    r"|notebook(?=[^.!?\n]{0,30}\b(?:full|new\s+one|finished|run\s+out))"
    r"|(?:new|another|fresh|paper|next)\s+notebook|new\s+(?:journal|diary)|mortgage"
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
    # "último día en la oficina, me despedí de todos", "ultimo giorno in ufficio", "despedi-me
    # de todos no escritório, vou para outra empresa", "Abschied in der Firma"
    r"|oficina|ufficio|escritorio|empresa|emprego|empleo|firma"
    r"|(?:en|no|na|al|in)\s+(?:el\s+|o\s+)?(?:trabajo|trabalho|lavoro)"
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
    # (someone's old thing is a keepsake, not a discard: "Dad's old accordion", "Nonna's old ring")
    r"|(?<!'s\s)old(?!\s+(?:room|flat|house)?mates?\b|\s+(?:friends?|pals?|buddy|teacher|boss"
    r"|neighbou?rs?"
    r"|colleagues?|classmates?|coach))|outgrown|charity|charities|donat\w*"
    # (a sale promised never to happen is no clear-out: "made him promise never to sell them")
    r"|(?<!never\sto\s)(?<!not\sto\s)sell|sold|selling"
    r"|ebay|vinted|declutter\w*"
    # (a new home *for* the cat is a pet rehomed, not a move)
    r"|moving|move|abroad|new\s+(?:one|flat|house|home(?!\s+for\b)|place)|too\s+(?:small|big)"
    r"|for\s+school"
    r"|library|spring\s+clean\w*|clear(?:ing|ed)?\s+out|birthday|christmas|present|lend"
    # a gift given, not a thing that once was one ("my wedding-gift bangles")
    r"|(?<!-)gift"
    # (a tidying "before the end" is the writer's own end, not a clear-out)
    r"|borrow|tidy\w*(?!\s+(?:up\s+|out\s+|things\s+)?before\s+the\s+end\b(?!\s+of\b))|(?<!mi\s)vieja|(?<!mi\s)viejos?|ong|caridad|vend\w+|alte|alten|altes"
    r"|verkauf\w*|umzug"
    r"|vieux|vieille|vieilles|association|demenagement|velh[oa]s?|caridade|mudanca|vecchi[oe]?"
    r"|caritas|trasloco"
    # given up because the body says so: "won't be driving it again with my eyesight"
    r"|eyesight|arthritis|too\s+old\s+to\s+(?:drive|ride|play)|gave\s+up\s+(?:my\s+)?(?:licen[cs]e"
    r"|driving)"
)
_SPORT_TOOLS = (
    # "range" is a shooting range, not French "il range son fusil" (he keeps his rifle)
    # … nor the verb after its pronoun: "je les range un par un" (I put them away one by one)
    r"hunt\w*|(?<!\bles\s)(?<!\ble\s)(?<!\bla\s)(?<!l')(?<!\bje\s)(?<!\bse\s)"
    r"range(?!\s+(?:son|sa|ses|leur|leurs|mon|ma|mes|ton|ta|tes)\b)|clay"
    r"|shooting\s+(?:club|range|lessons?)|licen[cs]e|deer|season|target"
    # a rope to hang something festive or to play on: "to hang the piñata", "a tyre swing"
    r"|pinata|hammock|(?:tyre|tire|garden)\s+swing|bunting|decorations|fairy\s+lights|banner|tarp"
    r"|tug\s+of\s+war"
    r"|clothes\s*line|washing\s+line|varal|tendedero|waescheleine|wascheleine|etendoir"
    r"|estendal|stendino|corde\s+a\s+linge"
    r"|schaukel\w*|balancoire|altalena|balanco|stendibiancheria|stendere|tender|linge|bateau"
    r"|barca|barco|segelboot|voile|vela|segel\w*|tenda|zelt|dog'?s?|toy|tug|pet|hammock"
    r"|curtains?|pictures?|tendedero|columpio"
    # (a sports bag is where something is kept, not a sport: "dans le sac de sport")
    r"|(?<!sac\sde\s)(?!sporttasche)sport\w*(?!\s+bag)|climbing|camping|boat|sailing|swing|tent"
    r"|garden|washing|towing|tow\s+rope"
    r"|dinghy|mooring\w*|chandler\w*|anchor\w*|yacht|jetty|pontoon|kayak|canoe"
    # stock work: a rope or a gun for the ranch, the livestock (a farm shop alone is no reason;
    # the place a gun was fetched from is none either: "borrowed the rifle from the cattle post")
    r"|(?<!from\sthe\s)(?<!from\smy\s)(?<!from\sour\s)(?:ranch|barn|livestock|cattle)"
    r"|calves|hay\s+bales|coyotes?|foxes|vermin|wolves|jackals|predators"
    r"|headache|migraine|cold|flu|period|toothache|prescription\s+for|caza|chasse"
    # hunting named, never the gun's own name: a "Jagdgewehr" got with no hunt is any gun
    r"|(?:treib|dru(?:e)?ck|ansitz)?jagd(?!gewehr|flinte|waffe|bu(?:e)?chse)\w*|pirsch\w*"
    r"|hochsitz\w*"
    # a cough named, or a trip the tablets are packed for ("las pastillas de la tos … para el
    # viaje"; not a "last journey", nor one "with no return")
    r"|cough|tos|tosse|toux|husten\w*|(?<!ultimo\s)(?<!ultima\s)(?<!dernier\s)(?<!letzte\s)"
    r"(?<!letzten\s)(?<!gran\s)(?<!grande\s)(?:viaje|viagem|viaggio|voyage|reise)"
    r"(?!\s+(?:sin|sem|senza|sans|ohne)\s+(?:vuelta|regreso|retorno|volta|ritorno|retour"
    r"|ru(?:e)?ckkehr|wiederkehr)|\s+(?:final|definitivo|definitif|finale)\b)"
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
    # ("a shaving bag" names a container, which holds what it is given: tablets too)
    r"|shav(?:e|es|ed|ing|er)(?!\s+(?:bag|case|pouch))|razor\s+(?:handle|kit)|barbie"
    r"|(?:razors?|blades?)\b[^.!?\n]{0,80}?\bshaving\s+(?:bag|case|pouch)|bbq|barbecue|braai|grill"
    r"|tarp\w*|trailer|roof\s+rack"
    # camping and hiking kit bought together, in every language ("cuerda, piquetas y un saco de
    # dormir para la acampada", "Seil und Heringe fürs Zeltwochenende"), and a move
    r"|acampad\w*|acampar|acampamento|campeggio|campsite|camping\w*|zelt\w*|sleeping\s+bags?"
    r"|sacos?\s+de\s+dormir|sacc(?:o|hi)\s+a\s+pelo|schlafsa(?:e)?ck\w*|sacs?\s+de\s+couchage"
    r"|luftmatratze\w*|air\s+(?:mattress|bed)|colchon\w*\s+inflable|colchao\s+inflavel"
    r"|materassin[oi]|matelas\s+gonflable|tent\s+pegs?|heringe|piquetas|picchetti|estacas"
    r"|sardines|piquets\s+de\s+tente|hik(?:e|es|ing)|trek\w*|senderismo|randonnee|escursion\w*"
    r"|trilha|wanderung\w*|bivouac|bivacco|biwak|mudanza|mudanca|demenagement|trasloco"
    r"|umzug\w*|the\s+move|moving\s+(?:day|boxes|van)"
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
    # (a jam of traffic, not a jam jar a creature is caught in)
    r"lift|elevator|traffic|jam(?!\s+jars?\b)|queue|car\s*park|parkhaus|tiefgarage|parking"
    r"|parcheggio"
    r"|estacionamiento|aparcamiento|estacionamento|level|game|dungeon|exams?|homework|essay"
    r"|heat\w*|weather|toothache|tooth|knee|back\s+pain|ascensor|atasco|trafico|aufzug|stau"
    r"|hitze|ascenseur|embouteillages?|chaleur|elevador|transito|calor|ascensore|traffico"
    r"|caldo|series|season\s+two|cliffhanger|film|movie|book|show|inbox|emails?|paperwork"
    r"|chores|laundry|meetings?|deadlines?|group\s+chat|escape\s+room|admin|marking|send\s+help"
    r"|(?:my|the)\s+(?:back|hip|shoulder|neck|stomach|tooth|knee|ankle|wrist)|migraine|headache"
    r"|cramps"
    r"|period|arthritis|injury|surgery|physio|rain|storm|lluvia|regen|pluie|chuva|pioggia"
    # (snow as the weather, not the snow the writer lies buried under in a likeness: "als läge
    # ich unter dem Schnee … und keiner gräbt mich aus")
    r"|(?<!under\sthe\s)(?<!unter\sdem\s)(?<!sous\sla\s)(?<!bajo\sla\s)(?<!debaixo\sda\s)"
    r"(?<!sotto\sla\s)(?:snow|nieve|schnee|neige|neve)"
    r"|quarantine|cuarentena|quarantane|confinement|quarentena|quarantena"
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
    # … in English, German and French too: "these mozzie bites", "diese Mückenstiche", "ces
    # piqûres de moustique", a rash, hives, chickenpox
    r"|rash|hives|(?:(?:insect|bug|mozzie|midge|flea|gnat)\s*)?bites|mozzie\w*|midges?"
    r"|fleas?|chicken\s*pox|poison\s+ivy|nettle\s+stings?|heat\s+rash|mu(?:e)?cken\w*"
    r"|neurodermitis|windpocken|piqures?|moustiques?|urticaire|varicelle"
    r"|comezon|ronchas|varicela|picadas?|pernilongos?|muricocas?|orticaria|varicella"
    # German and French: cutting one's hair or nails ("je me coupe encore les cheveux")
    r"|cheveux|ongles|frange|barbe|haare|fingerna(?:e)?gel|zehenna(?:e)?gel|bart"
    # an iron, hair straighteners, a kettle, and owning up to being clumsy
    r"|iron|ironing|straighteners|curling\s+(?:iron|tongs)|kettle|clumsy"
    # sport: "hurt myself again at the gym, pulled my hamstring" (not "pulled my hair out": torn
    # out, not strained). A sport named as the time, not the cause ("cut myself again after
    # football", "before the gym") explains nothing.
    r"|(?<!after\s)(?<!before\s)(?<!after\sthe\s)(?<!before\sthe\s)(?<!after\smy\s)"
    r"(?<!before\smy\s)(?:gym|hamstring|pulled\s+(?:a|my)\s+(?!hair\b)\w+|sprain\w*"
    r"|twisted\s+my|football|rugby|workout"
    # a fighting sport's bag or ring: "punched the bag till my knuckles bled at boxing"
    r"|punch(?:ed|ing)?\s+(?:the|a)\s+(?:heavy\s+|punch(?:ing)?\s*)?bag|sparring|at\s+boxing"
    r"|boxing\s+(?:class|gym|club|training|session)|kickboxing|muay\s+thai)"
    # a pet, a rose bush or a sheet of paper did it ("la gatta mi ha graffiato", "potando le rose")
    r"|katze|kater|gatt[oa]|gat[oa]|chat|chatte|hund|cane|perro|cachorro|chien|kaninchen|coniglio"
    r"|rosen|rose|rosas?|dornen|spine|espinas|epines|potando|podando|tailler\s+les|carta\s+(?:da"
    r"|di)"
    r"|busta|papel|papier|enveloppe|umschlag"
)

# A named time of the year, the week or the holidays, for an absence said at it.
TIMES_NAMED = (
    r"(?:christmas|xmas|easter|new\s+year|summer|the\s+holidays|half[\s-]term|the\s+weekend"
    r"|january|february|april|june|july|august|september|october|november|december"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next\s+(?:week|month|year)"
    r"|navidad|pascua|verano|agosto|natal|pascoa|ferias|natale|pasqua|estate|ferragosto|noel"
    r"|paques|vacances|ete|aout|weihnacht\w*|ostern|silvester|sommer|ferien|urlaub)"
)
# The time ahead itself denied to the writer: "there's no future for me", "per me non c'è un
# dopo", "für mich gibt es kein Danach", "pour moi il n'y a pas d'après", "para mí no hay
# mañana". That says nothing about where the writer will be at a holiday, so no trip beside it
# limits it; only a time named right after the word does ("no after-Christmas for me").
NO_TIME_AHEAD = re.compile(
    r"\b(?:no|kein(?:e|en)?|nessun[oa]?|aucune?|ningun[oa]?|nenhum[a]?|nada\s+de"
    r"|(?:non\s+)?c'\s*e(?:\s+piu)?(?:\s+(?:un|nessun))?|(?:no|nao)\s+(?:hay|ha|existe|tem)"
    r"|n'?\s*y\s+a\s+(?:pas|plus)\s+(?:d'?|de)|(?:pas|plus)\s+(?:d'?|de))\s*"
    r"(?:more\s+|real\s+|m[aá]s\s+|mais\s+)?(?:future|tomorrow|after(?:wards)?|avenir|apres"
    r"|lendemain|suite|zukunft|morgen|danach|futuro|manana|despues|amanha|depois|domani|dopo)\b"
    rf"(?![\s-]+(?:(?:di|de|del|da|do|von|nach)\s+)?{TIMES_NAMED}\b)",
    FLAGS,
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
        rf"\b(?:{TRIPS}|conference|business|weekend"
        # nor "tomorrow means nothing to me": tomorrow as the subject of the sentence; nor a
        # tomorrow with a determiner ("every tomorrow the same", "not one tomorrow"), a noun for
        # the time ahead, not the date of a plan
        r"|(?<!no\s)(?<!every\s)(?<!each\s)(?<!any\s)(?<!one\s)(?<!another\s)(?<!a\s)"
        r"(?<!my\s)(?<!our\s)tomorrow(?!\s+(?:for\s+me|means|is\s+(?:pointless|meaningless"
        r"|nothing|the\s+same)|doesn'?t|won'?t|will\s+never|never|the\s+same))"
        # ("stopped making plans past next week" is the sign itself)
        # (a work shift, not the verb: "nothing's ever gonna shift for me")
        r"|tonight|(?<!past\s)(?<!beyond\s)(?<!after\s)next\s+week"
        r"|(?<!gonna\s)(?<!to\s)(?<!ever\s)(?<!will\s)(?<!never\s)(?<!'ll\s)shift"
        r"|moving|relocat\w*|emigrat\w*"
        # a week without treats, not a life: "nothing to look forward to this week except rain"
        r"|(?<=forward\sto\s)this\s+(?:week|weekend|month|term)"
        # somewhere else: "we'll be in Greece", "I'll be away" (not "in the ground", nor a
        # place the dead are said to be: "I'll be in a better place", "at peace", "in heaven")
        r"|(?:we|i)'?ll\s+be\s+(?:away|abroad|(?:in|at)\s+(?!(?:(?:the|a|my)\s+(?:ground|grave|box"
        r"|coffin|cemetery|morgue|churchyard|urn)|(?:a\s+)?better\s+(?:place|world)|heaven|hell"
        # (nor a span of time: "where I'll be in five years")
        r"|peace|rest|the\s+(?:afterlife|hereafter|next\s+(?:world|life))"
        r"|(?:\w+\s+)?(?:years?|months?|decades?))\b))"
        r"|except\s+(?:more\s+)?(?:rain|work|exams?|bills)"
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
        # (not "every weekend": a care that comes back each week is no occasion the writer
        # is away for, "she drives up every weekend to check on me")
        rf"\b(?:{TRIPS}|meetings?|shift|(?<!every\s)(?<!each\s)weekend|conference|on\s+leave"
        r"|sick\s+day"
        r"|party"
        r"|while\s+i'?m\s+(?:away|off|out)|group\s+chat|memes|puns|jokes"
        # a counted stretch of time away: "the shop runs fine without me for a week" (not "for
        # good", nor an open "for a while")
        r"|without\s+me\s+for\s+(?:a|an|one|two|three|four|five|six|ten|a\s+few|a\s+couple\s+of"
        r"|the|this|that|\d+)\s+(?:\w+\s+)?(?:minutes?|hours?|days?|nights?|weeks?|fortnight"
        r"|months?|afternoon|morning|evening)\b"
        # a burden on the broadband: "a burden on the wifi with all my streaming"
        r"|wifi|wi-fi|internet|broadband|bandwidth|data\s+plan|streaming"
        # at the gym, in the team, for the boss: "sono un peso morto in palestra"
        r"|palestra|academia|ginasio|gimnasio|gym|fitnessstudio|salle\s+de\s+sport|squadra|equipa"
        r"|mannschaft|jefe|chefe|capo|patron"
        # the same occasions in the other languages: "sin mí la oficina estaría más tranquila este
        # fin de semana", "se non ci fossi io alla festa" (not the office the day was spent in)
        r"|(?<!cada\s)fin\s+de\s+semana|(?<!todo\s)(?<!cada\s)fim\s+de\s+semana"
        r"|(?<!every\s)(?<!each\s)(?<!chaque\s)week-?end|(?<!jedes\s)wochenende"
        r"|(?<!ogni\s)fine\s+settimana|reunion"
        r"|reuniao|riunione|turno|schicht|fiesta|festa|fete|feier"
        # "without me" said of a task or a stretch of road the writer spoils: "ohne mich beim
        # Umzug", "sin mí en la carretera", "sans moi au volant", "sem mim na cozinha", "senza
        # di me al trasloco" (the task right after "without me", not a word elsewhere)
        r"|ohne\s+mich\s+(?:beim|bei\s+der|im|am|auf\s+der)\s+(?!leben\b)\w+"
        r"|sin\s+mi\s+(?:en|al|a\s+la)\s+(?:la\s+|el\s+)?(?:carretera|autopista|volante|cocina"
        r"|mudanza|coche|obra)"
        r"|sans\s+moi\s+(?:au|a\s+la|en|dans\s+la|sur\s+la)\s+(?:volant|cuisine|route|autoroute"
        r"|demenagement|chantier)"
        r"|sem\s+mim\s+(?:no|na|ao)\s+(?:volante|cozinha|estrada|rodovia|mudanca|obra)"
        r"|senza\s+(?:di\s+)?me\s+(?:al|alla|in|nel|nella|sulla|sul)\s+(?:volante|cucina|strada"
        r"|autostrada|trasloco|cantiere))\b",
        FLAGS,
    ),
}


#: The others speaking of a time ahead: "Mes collègues parlent des vacances de l'an prochain",
#: "mis amigas hablan del viaje". What they talk of is their future, not an occasion or a trip
#: of the writer's that "no consigo imaginarme ahí" would be about (read by ``everyday`` and
#: ``everyday_shapes`` alike).
OTHERS_SPEAK_OF = re.compile(
    r"\b(?:talk(?:s|ing)?\s+about|on\s+about|parlen?t?\s+(?:deja\s+|tous\s+)?(?:de|des|du|d')"
    r"|hablan?\s+(?:ya\s+|todos\s+)?(?:de|del)|falam?\s+(?:ja\s+|todos\s+)?(?:de|do|da|dos|das)"
    r"|parla(?:no)?\s+(?:gia\s+|tutti\s+)?(?:di|del|della|delle|dei)"
    # (all of them, and "vom" for "von dem": "die reden alle vom Urlaub")
    r"|rede[tn]\s+(?:(?:schon|alle|nur|dauernd|sta(?:e)?ndig)\s+){0,2}(?:von|vom|u(?:e)?ber"
    r"|u(?:e)?bers)"
    # … or book it, the writer looking on: "the lads are booking next summer's trip and I nod
    # along", "están reservando", "stanno prenotando" (not "we are booking": the writer's plan)
    r"|(?<!\bwe\s)(?<!\bi\s)(?:are|they'?re)\s+(?:all\s+)?(?:booking|planning|organi[sz]ing)"
    r"|estan\s+(?:reservando|planeando)|estao\s+a\s+(?:marcar|reservar)|stanno\s+prenotando"
    r"|sont\s+en\s+train\s+de\s+reserver)\b[^.!?\n]{0,40}$",
    FLAGS,
)
