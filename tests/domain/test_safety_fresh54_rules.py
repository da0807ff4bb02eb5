"""The mechanisms added after studying ``fresh54``, both ways: new wordings of each sign that must
be flagged, and the look-alikes that must not.

Clinical talk: a checklist's answers all negative ("risposte tutte negative", "alle Antworten
negativ") or marked "never" ("marqué que nunca", "ho segnato mai") answer the question no
(``clinical_questions``), and a yes still makes it the writer's.

Recall: a plan fixed by a time and a bare decision ("…, that's when", "ya lo tengo decidido", "so
già cosa fare"), by going out to the end of a pier, or by a gorge on a day and going out there
alone (``rules_plan_decided``); thanks, love or an embrace the hearer did not see, love and sorry
said together, a letter for someone close put with the papers (``rules_farewell_unnoticed``); a
trapped likeness with nobody coming or hearing, the world going on without the writer, no way
back up, the effort useless (``trapped_endless.UNHEARD``); a relative's medicine taken that the
owner will not notice, enough gathered, a story told to the doctor for more
(``rules_means_taken_unseen``); the time since a bare trying, the ward after the pills, the last
bad spell ending on a psychiatric ward (``rules_attempt_counted``); a possession at the
receiver's now and not to be used again (``rules_giving_unreturned``); better for all if the
writer stopped being the problem, costing someone their health, a partner deserving someone
not worn out, a lighter life without carrying the writer, a pit money is thrown into
(``rules_burden_worn``); a pension not to be reached, a next season declined with no reason,
every future ending in the dark (``rules_future_declined``); the one reason it has not
happened, the sea taking the writer, a crash wished with the writer inside, not waking imagined
as a comfort, everything to stop for good (``rules_explicit_pictured``); a wall struck until
the fists swell (``rules_self_harm_frames``).

Guards: each family's look-alikes below (a purpose or a deliberation for the decided moment, a
parting with its own reason, sorry for a named thing, a party where nobody comes, an errand, a
pastime tried, an allergic reaction, a habit to change, snoring, a reason for no pension, a
chore held up by the rain, the sea carrying the writer somewhere, a door struck till it opened).

The sentences are written anew, as other writers would say the same things (not copied from
``fresh54_*.tsv``), so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU, DW, GA, GB, GM, NF, PM, SH, SI, TP
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

SIGNS = [
    # clinical talk: a question reported, then the answer; all answers no, or never, is no sign
    (("The GP went through the questions about suicidal thoughts, all answers were yes."), SI),
    ("La psichiatra ha fatto le domande sui pensieri suicidi, ho detto di sì.", SI),
    ("Die Ärztin ist die Fragen zu Suizidgedanken durchgegangen, ich hab ja gesagt.", SI),
    ("La psicóloga repasó las preguntas sobre ideas de suicidio y le dije que sí.", SI),
    # plan: a time fixed by an event and a bare decision, the act left unsaid
    ("Once the harvest's in, that's when.", PM),
    ("After Mum's seventieth in June, I've made up my mind.", PM),
    ("When the lambing's finished in April, it's decided.", PM),
    ("Nach der Kirmes, wenn alle wieder zu Hause sind, dann ist es so weit.", PM),
    ("Nach der Abschlussfeier im Juli, ich hab mich entschieden.", PM),
    ("Après les vendanges, quand le village sera vide, je sais où j'irai.", PM),
    ("Après le mariage de ma sœur en juin, c'est décidé.", PM),
    ("Cuando acabe la feria de abril, ya lo tengo decidido.", PM),
    ("Después de la boda de mi prima, ya sé adónde ir.", PM),
    ("Quando acabar o carnaval, já decidi que é nessa noite.", PM),
    ("Depois da festa da aldeia, já sei para onde vou.", PM),
    ("Dopo la sagra di settembre, quando il paese si svuota, so già dove andare.", PM),
    ("Dopo le feste di Natale, ho già deciso.", PM),
    ("After my brother's graduation, that's when, so I don't spoil his day.", PM),
    (
        (
            "Nach der Taufe meiner Nichte, dann ist es so weit, damit ich ihr den "
            "Tag nicht verderbe."
        ),
        PM,
    ),
    (
        ("Después de la comunión de mi sobrina, ya está decidido, para no arruinarle la fiesta."),
        PM,
    ),
    # goodbyes: thanks, love or an embrace the hearer did not see; love and sorry; a letter with
    # the papers
    ("Went round to Uncle Pete's just to hug him, he had no idea.", GB),
    ("Texted my old coach thanks for everything he'd done, he thought I was drunk.", GB),
    ("Hab meiner Tante Danke gesagt für alles, sie hat überhaupt nichts gemerkt.", GB),
    ("Bin nur zu Oma gefahren, nur um sie in den Arm zu nehmen, sie ahnt nichts.", GB),
    (
        (
            "Je suis passée chez ma marraine lui dire merci pour toute mon "
            "enfance, elle n'a rien remarqué."
        ),
        GB,
    ),
    ("J'ai remercié mon parrain pour tout, il a trouvé ça bizarre.", GB),
    ("Fui a ver a mi padrino solo para abrazarlo, no sabe que era la última vez.", GB),
    ("Le di las gracias por todo a mi tía y no se dio cuenta de nada.", GB),
    ("Agradeci à minha avó por tudo, ela não desconfiou.", GB),
    ("Fui à casa do meu tio só para lhe dar um abraço, ele achou estranho.", GB),
    (
        (
            "Sono andato dal nonno solo per abbracciarlo e dirgli grazie di tutto, "
            "non ha capito perché."
        ),
        GB,
    ),
    ("Ho ringraziato la zia per tutto, non se n'è accorta.", GB),
    ("Rang my sister, told her I loved her and that I was sorry.", GB),
    ("Ho chiamato mia madre, le ho detto che le voglio bene e che mi dispiace.", GB),
    ("Le dije a mi madre que la quería y que lo sentía.", GB),
    ("Je lui ai dit que je l'aimais et que j'étais désolée.", GB),
    ("Hab ihm gesagt, dass ich ihn lieb hab und dass es mir leid tut.", GB),
    ("Liguei ao meu pai, disse-lhe que o amava e que lhe pedia desculpa.", GB),
    ("Sealed an envelope for both my sons and left it with the house papers.", GB),
    ("Hab für meine Tochter einen Brief zu den Versicherungsunterlagen gelegt.", GB),
    ("Dejé una carta para mis hijos con los papeles de la casa.", GB),
    ("Ho messo una lettera per i miei figli insieme ai documenti della casa.", GB),
    ("J'ai rangé une lettre pour mes filles avec les papiers de la maison.", GB),
    ("Deixei uma carta para os meus filhos junto aos documentos da casa.", GB),
    # trapped pain: a likeness with nobody coming or hearing, the world going on without the
    # writer, no way back up, effort useless
    ("Like a dog chained in a yard at night, I bark and bark and nobody comes.", TP),
    (("Feels like I'm at the bottom of a well, shouting, and no one up top ever hears."), TP),
    ("Like a sandbar at high tide, only it's inside me and the water keeps rising.", TP),
    (("Like being a boat left on the slipway while the whole fleet goes on without me."), TP),
    ("It's like I'm a fish in a trap with the net closed at both ends.", TP),
    ("Like a fly under a glass, I can't get back up and the air is thick.", TP),
    (("Als hätte man mich in einen Schrank gesperrt, ich rufe und rufe und keiner kommt."), TP),
    ("Wie im Brunnen, ganz unten, und niemand da oben hört mich.", TP),
    (("Ich bin wie ein Boot auf dem Trockenen, und draußen läuft das Leben einfach weiter."), TP),
    ("Je suis comme un caillou au fond d'un puits, personne ne vient.", TP),
    ("C'est comme être enfermé dans une cave pendant que la vie continue sans moi.", TP),
    ("Comme une barque trouée, je rame, ça sert à rien, je coule quand même.", TP),
    ("Es como estar en el fondo de un pozo, grito y nadie allá arriba me oye.", TP),
    ("Es como estar atrapada en una caja fuerte sin las llaves, y nadie viene.", TP),
    ("Me siento como un barco varado mientras el río sigue sin mí.", TP),
    ("Sinto-me como um barco no seco enquanto a vida continua sem mim.", TP),
    ("É como estar no fundo de um poço, grito e ninguém vem.", TP),
    ("Mi sento come un sasso in fondo al pozzo, grido e nessuno mi sente.", TP),
    ("È come stare in una cantina senza uscite, e la vita va avanti senza di me.", TP),
    ("Come una barca bucata, remo e affonda lo stesso.", TP),
    # getting means: a relative's medicine taken, the owner will not notice or enough gathered by
    # now; a story told to the doctor so more is prescribed
    (("Pocketed a few of Grandad's sleeping tablets after Sunday lunch, he won't notice."), GM),
    ("Took a sheet of Mum's painkillers from her handbag, she'll never know.", GM),
    ("Bei Oma ein paar Schlaftabletten eingesteckt, sie merkt das eh nicht.", GM),
    (
        (
            "Jedes Mal bei Papa nehm ich ein paar von seinen Tabletten mit, hab "
            "schon einige zusammen."
        ),
        GM,
    ),
    (
        (
            "J'ai pris quelques somnifères de ma grand-mère dans sa salle de bain, "
            "elle ne s'en rendra pas compte."
        ),
        GM,
    ),
    (("Chaque fois chez ma tante je prends des cachets de ma tante, j'en ai déjà pas mal."), GM),
    ("Le saqué unas pastillas a mi abuela del botiquín, no se va a dar cuenta.", GM),
    ("Cada domingo me llevo unas pastillas de mi tía, ya tengo bastantes.", GM),
    ("Tirei uns comprimidos da minha avó da gaveta, ela não vai reparar.", GM),
    (("Cada vez que vou a casa do meu pai trago uns comprimidos dele, já tenho bastantes."), GM),
    ("Ho preso qualche pastiglia di mia nonna dal comodino, non se ne accorgerà.", GM),
    (("Told the doctor I was off to Spain for the summer so she'd write me a bigger script."), GM),
    ("Lied to my GP about a trip so he'd give me three months of sleepers.", GM),
    ("Hab dem Hausarzt erzählt, ich fahr in Urlaub, damit er mir mehr verschreibt.", GM),
    ("J'ai dit au médecin que j'avais perdu la boîte pour qu'il m'en prescrive plus.", GM),
    ("Le dije a la médica que se me habían caído al váter para que me recetara más.", GM),
    ("Disse ao médico que ia viajar para ele me receitar mais.", GM),
    ("Ho detto al medico che partivo per un mese così mi prescrive di più.", GM),
    ("Skipped my codeine for a fortnight and I'm keeping them in a sock.", GM),
    # past history: time since a bare trying; the ward after the pills; the last bad spell ending
    # on a psychiatric ward; an attempt once, kept secret
    ("The last time I felt this low I ended up on a psych ward for six weeks.", SI),
    (("Last time it got this bad, I was in a psychiatric unit by the end of the month."), SI),
    ("It's been two years since I tried, and the fog is the same as back then.", SI),
    ("Zwei Jahre ist es her, dass ich es versucht hab, und alles ist wie damals.", SI),
    ("Ça fait trois ans que j'ai essayé, et la même envie revient.", SI),
    ("Hace tres años desde que lo intenté, y vuelvo a sentir lo mismo.", SI),
    ("Já são cinco anos desde que tentei, e a mesma coisa está a voltar.", SI),
    ("Sono passati due anni da quando ci ho provato, e sta tornando tutto.", SI),
    ("I tried once, in year ten, and nobody ever found out.", SI),
    ("J'ai essayé une fois, à dix-sept ans, et personne ne l'a su.", SI),
    ("They rushed me to A&E after I swallowed all my sleepers.", SI),
    ("Nach den Schlaftabletten haben sie mich auf die Intensivstation gebracht.", SI),
    ("On m'a emmenée aux urgences après avoir avalé toute la boîte.", SI),
    ("Me llevaron a urgencias después de tomarme todas las pastillas.", SI),
    ("Levaram-me para o hospital depois de tomar os comprimidos todos.", SI),
    ("Mi hanno portato al pronto soccorso dopo aver preso tutte le pastiglie.", SI),
    (("Das letzte Mal, als es mir so schlecht ging, bin ich in der Psychiatrie gelandet."), SI),
    ("La dernière fois que j'allais aussi mal, j'ai fini en HP pendant un mois.", SI),
    ("La última vez que estuve así acabé en psiquiatría tres semanas.", SI),
    ("Da última vez que fiquei assim acabei internada na psiquiatria.", SI),
    ("L'ultima volta che sono stata così sono finita in psichiatria.", SI),
    # giving away: a possession at the receiver's now, to be kept for good, not to be used again,
    # or settled before anything happens
    (("My kayak's gone over to my cousin's, paddles and all, I won't be using it again."), GA),
    ("Gave my camera kit to the lad next door, he can keep it for good.", GA),
    (("My cat's gone to a neighbour's house, I wanted her settled before anything happens."), GA),
    ("Die Gitarre hab ich meinem Neffen gebracht, er soll sie für immer behalten.", GA),
    ("Meine Kamera hab ich dem Nachbarn geschenkt, ich brauch sie eh nicht mehr.", GA),
    ("Mes skis sont déjà chez mon filleul, je n'en aurai plus besoin.", GA),
    ("J'ai donné mon vélo à ma nièce, qu'elle le garde pour toujours.", GA),
    ("Mi guitarra ya está en casa de mi primo, yo ya no la voy a usar.", GA),
    ("Le di mi bici a mi sobrina, ya no la necesito.", GA),
    ("A minha prancha já está em casa do meu afilhado, eu já não a vou usar mais.", GA),
    ("Dei a minha bicicleta ao vizinho, já não preciso mais.", GA),
    ("La mia chitarra è già a casa di mio nipote, io non la userò più.", GA),
    ("Ho regalato la macchina fotografica a mia cugina, non mi serve più.", GA),
    # burden: better for all if the writer stopped being the problem; costing someone their
    # health; deserving someone who is not worn out; a lighter life without carrying the writer; a
    # pit money is thrown into
    ("Honestly it's better for everyone if I just stop being the problem.", BU),
    ("It would be better for the family if I stopped being a burden on them.", BU),
    ("Es wäre besser für alle, wenn ich aufhöre, das Problem zu sein.", BU),
    ("Ce serait mieux pour tout le monde si j'arrêtais d'être le problème.", BU),
    ("Sería mejor para todos si dejo de ser el problema.", BU),
    ("Era melhor para todos se eu deixasse de ser o problema.", BU),
    ("Sarebbe meglio per tutti se smettessi di essere un peso.", BU),
    ("Mum's doing night shifts to pay my bills, I'm costing her her health.", BU),
    ("Ich koste sie ihre Gesundheit, sie schläft kaum noch wegen mir.", BU),
    ("Mamá trabaja doble por mis deudas, le cuesto la salud.", BU),
    ("A minha avó paga-me os remédios, custo-lhe a saúde.", BU),
    ("Papà fa due lavori per me, gli costo la salute.", BU),
    ("She deserves someone who doesn't wear her out like I do.", BU),
    ("Er verdient eine Frau, die ihn nicht so fertig macht wie ich.", BU),
    ("Mi novio merece a alguien que no lo agote como yo.", BU),
    ("A minha mulher merece alguém que não a esgote como eu.", BU),
    ("Mio marito merita una donna che non lo sfinisca come me.", BU),
    ("My parents would have an easier life without having to look after me.", BU),
    ("Mes parents auraient une vie plus légère sans avoir à me traîner.", BU),
    ("Mis hermanos tendrían una vida más tranquila sin tener que cargar conmigo.", BU),
    ("I'm a money pit, my brother paid my rent again.", BU),
    ("Je suis un gouffre, mes parents paient encore mon loyer.", BU),
    ("Soy un pozo sin fondo, mi madre otra vez me paga el alquiler.", BU),
    ("Sou um poço sem fundo, o meu pai paga-me as contas todas.", BU),
    ("Sono un pozzo senza fondo, i miei pagano ancora l'affitto.", BU),
    # no future: a pension not to be reached; a next season declined with no reason but the
    # writer's absence; every future pictured ending in the dark
    ("Everyone at work keeps going on about their super, I won't be collecting it.", NF),
    ("The lads compare pension pots and I just smile, I'll never see mine.", NF),
    ("Alle reden von der Rente, die werd ich eh nicht erleben.", NF),
    ("Ma retraite, je la toucherai jamais.", NF),
    ("Todos hablan de la jubilación, yo no voy a llegar.", NF),
    ("Falam todos da reforma, eu não vou lá chegar.", NF),
    ("I colleghi parlano della pensione, io non ci arriverò.", NF),
    ("Told the club I won't need my locker next season, didn't tell them why.", NF),
    ("Didn't renew the allotment for next year, what's the point.", NF),
    ("Den Dauerauftrag fürs nächste Jahr hab ich gekündigt, wozu auch.", NF),
    ("Für die nächste Saison nicht angemeldet, ich bin eh nicht mehr da.", NF),
    ("Je me suis pas réinscrite au club pour l'an prochain, à quoi bon.", NF),
    ("No me apunté al curso del año que viene, no voy a estar de todas formas.", NF),
    ("Não me inscrevi no ginásio para o ano que vem, para quê.", NF),
    ("Non mi sono iscritta al corso del prossimo anno, tanto non ci sarò.", NF),
    ("Every future I try to imagine ends in the dark.", NF),
    ("Jede Zukunft, die ich mir vorstelle, endet im Dunkeln.", NF),
    ("Chaque avenir que j'imagine finit dans le noir.", NF),
    ("Cada futuro que imagino acaba en negro.", NF),
    ("Todo futuro que imagino acaba no escuro.", NF),
    ("Ogni futuro che immagino finisce nel buio.", NF),
    # explicit: the one reason it has not happened; the sea taking the writer; a crash wished with
    # the writer inside; not waking imagined as a comfort; everything to stop for good
    ("If it wasn't for my cat I'd have ended it by now.", SI),
    ("Honestly, if it weren't for Mum, I'd have done it years ago.", SI),
    ("Wenn die Kinder nicht wären, hätte ich es längst getan.", SI),
    ("Ohne meinen Hund wäre ich schon nicht mehr da.", SI),
    ("Sans ma fille, j'aurais déjà tout arrêté.", SI),
    ("Si no fuera por mi madre ya lo habría hecho.", SI),
    ("Se não fosse pela minha neta, eu já tinha acabado com tudo.", SI),
    ("Se non fosse per mia figlia l'avrei già fatta finita.", SI),
    ("On the night crossing I kept thinking about going over the railing.", SI),
    ("Sometimes I want to let the waves take me.", SI),
    ("Ich wünsche mir, dass mich das Meer holt.", SI),
    ("Sur le bateau je pense à passer par-dessus le bastingage.", SI),
    ("A veces pienso en dejar que el mar me lleve.", SI),
    ("Às vezes só quero que o mar me leve.", SI),
    ("Sul traghetto penso a lasciare che il mare mi prenda.", SI),
    ("I wish the plane would go down with me on it.", DW),
    ("Ojalá el avión se cayera conmigo a bordo.", DW),
    ("Oxalá o autocarro se despistasse comigo lá dentro.", DW),
    ("Magari il treno deragliasse con me dentro.", DW),
    ("J'aimerais que le bus sorte de la route avec moi dedans.", DW),
    ("Sometimes I imagine just not waking up and it feels almost peaceful.", DW),
    ("Ich stell mir vor, nicht mehr aufzuwachen, und das tut so gut.", DW),
    ("J'imagine que je ne me réveille plus et ça me fait du bien.", DW),
    ("Me imagino que ya no despierto y se siente casi bien.", DW),
    ("Imagino que já não acordo e sabe quase bem.", DW),
    ("Mi immagino di non svegliarmi più e mi dà pace.", DW),
    ("I just want it all to stop for good.", DW),
    ("Ich will nur, dass alles für immer aufhört.", DW),
    ("Quiero que todo se acabe de una vez.", DW),
    ("Quero que tudo acabe de vez.", DW),
    ("Voglio solo che tutto finisca per sempre.", DW),
    # self-harm: a wall or door struck until the hands bleed or swell, the fists named before
    (
        ("Smashed the bathroom door with my fists until they bled, then it went quiet in my head."),
        SH,
    ),
    ("Punched the garage wall till they swelled, the noise in my head stopped.", SH),
    ("Ich hab gegen die Wand geschlagen, bis die Knöchel geblutet haben.", SH),
    ("Golpeé la pared hasta que se me hincharon los nudillos.", SH),
    ("J'ai frappé contre le mur jusqu'à ce que mes jointures saignent.", SH),
    ("Ho preso a pugni il muro finché le mani si sono gonfiate.", SH),
    ("Dei murros na parede até as mãos incharem.", SH),
    # plan: a time and the going out to the end of a pier, or a gorge on a day and going out there
    # alone (the Spanish 'allí' is no Swiss 'alli')
    ("Once the shearing's done in October I'm going out to the end of the jetty.", PM),
    ("After the footy finals I'll walk out to the end of the pier.", PM),
    ("Nach dem Stadtfest geh ich ans Ende der Mole.", PM),
    ("Après les fêtes, j'irai seule au bout de la jetée.", PM),
    ("Cuando pasen las fiestas iré hasta el final del espigón.", PM),
    ("Depois das festas vou até ao fim do paredão.", PM),
    ("Dopo la sagra andrò in fondo al molo.", PM),
    ("Blackwater Gorge on my birthday, I'll drive out there alone.", PM),
    ("Die Höllentalklamm an meinem Geburtstag, fahr ich allein hin.", PM),
    ("Les gorges du Tarn le jour de mon anniversaire, j'irai seule là-bas.", PM),
    ("El cañón del Sumidero el día de mi cumpleaños, iré sola hasta allí.", PM),
]

LOOK_ALIKES = [
    # clinical talk: a question reported, then the answer; all answers no, or never, is no sign
    (
        "At the clinic they gave me the mood questionnaire and for the "
        "self-harm question I ticked never."
    ),
    ("The GP went through the questions about suicidal thoughts, all answers negative."),
    ("Der Hausarzt ist die Fragen zu Suizidgedanken durchgegangen, alle Antworten negativ."),
    ("Le psy a passé en revue les questions sur l'automutilation, toutes mes réponses négatives."),
    ("No posto de saúde fizeram-me o questionário e na parte de me magoar marquei que nunca."),
    ("A médica fez as perguntas sobre pensamentos suicidas, respostas todas negativas."),
    ("La psichiatra ha fatto le domande sui pensieri suicidi, risposte tutte negative."),
    ("La enfermera me pasó el cuestionario de autolesiones y marqué que nunca lo he hecho."),
    (
        "En el centro de salud me pasaron el cuestionario y en lo de las ideas "
        "de suicidio puse que jamás."
    ),
    "Au cabinet, le questionnaire sur les idées suicidaires, j'ai coché jamais.",
    ("All'ambulatorio il questionario, alla domanda sull'autolesionismo ho segnato mai."),
    "Beim Fragebogen in der Praxis hab ich bei Selbstverletzung nie angekreuzt.",
    # plan: a time fixed by an event and a bare decision, the act left unsaid
    "After the wedding in June, that's when we'll move to Leeds.",
    "Once the exams are over, I've made up my mind: a gap year in Peru.",
    "Nach dem Abitur, dann ist es endlich so weit.",
    "Après les vacances, je sais où j'irai : chez ma tante à Lyon.",
    "Cuando acabe el curso, ya lo tengo decidido: me apunto a natación.",
    "Dopo la laurea, so già cosa fare: un master a Milano.",
    "Depois do verão, já decidi que é nessa semana que mudamos de casa.",
    "After the holidays, I've made up my mind to quit sugar.",
    "Nach dem Umzug ist es so weit, wir streichen die Küche.",
    "Once the baby arrives, I've made up my mind.",
    "When it comes to the paint for the hallway, I've decided.",
    "Am Ende, ich hab mich entschieden.",
    "After dinner, that's it.",
    "After a long talk with my sister about the kitchen, I've decided.",
    "Quand j'ai vu le prix, c'est décidé.",
    # goodbyes: thanks, love or an embrace the hearer did not see; love and sorry; a letter with
    # the papers
    ("Thanked the nurses for everything when I was discharged, they didn't notice I was crying."),
    (
        "Said thanks for everything to my landlord when I moved out, he didn't "
        "notice the broken tap."
    ),
    "Went round just to hug my niece, she didn't notice my new haircut.",
    "Told her I loved her and that I was sorry for shouting.",
    "Le dije que la quería y que lo sentía por llegar tarde.",
    "Hab ihr gesagt, dass ich sie liebe, und es tut mir leid, wegen gestern.",
    "The letter from the bank is with the house papers.",
    "Put the letter for my landlord with the documents he asked for.",
    ("Gave my mum a card, thanks for everything on her birthday, she didn't notice the typo."),
    "Merci pour tout le travail, il n'a rien remarqué.",
    "Grazie di tutto, amico: il regalo non l'ha notato.",
    ("Thanked my sister for everything she did for the wedding, she didn't notice I'd cried."),
    # trapped pain: a likeness with nobody coming or hearing, the world going on without the
    # writer, no way back up, effort useless
    "Like a kid in a queue for the toilets, nobody comes out.",
    "Like every Friday at the quiz night, nobody comes.",
    ("It's like the office Christmas party, life goes on without me and I don't mind."),
    "Wie im Kino, keiner kommt pünktlich.",
    "Wie immer am Montag, das Leben läuft weiter.",
    "Comme au bureau le lundi, personne ne vient avant dix heures.",
    "Es como estar de vacaciones, sin llaves ni horarios.",
    "Como el bus de las ocho, nadie viene a tiempo.",
    "É como a festa do ano passado, ninguém vem.",
    "Come il solito, nessuno viene alla riunione.",
    "Like a song on repeat, it goes round and round and I love it.",
    "Like being at a concert, nobody hears me singing along.",
    "My phone keeps rising in price every year.",
    "The gate was locked at both ends of the park so we walked round.",
    "Je rame sur le lac le dimanche, ça me détend.",
    "La vita va avanti senza di me in ufficio quando sono in ferie.",
    # getting means: a relative's medicine taken, the owner will not notice or enough gathered by
    # now; a story told to the doctor so more is prescribed
    ("Picked up Nan's sleeping tablets from the chemist for her, she won't have to go out."),
    "Put Dad's heart pills in his weekly box so he won't forget.",
    ("Grandma's pills are on the table, she won't miss her dose now I've set an alarm."),
    "Hab Opa die Tabletten aus der Apotheke geholt, er merkt das eh nicht mehr.",
    "Asked the GP for a bigger script because I'm away for two months.",
    "Told the doctor about my knee so he'd give me a referral.",
    "Le dije al médico que me dolía la espalda y me mandó a fisioterapia.",
    "Ho detto al medico che dormo male, mi ha dato una tisana.",
    "My mum's cookbooks, I've got quite a few now.",
    # past history: time since a bare trying; the ward after the pills; the last bad spell ending
    # on a psychiatric ward; an attempt once, kept secret
    "Two years since I tried sushi and I still hate it.",
    "It's been months since I tried to quit smoking.",
    "Three years since I tried that recipe, and it's still my favourite.",
    "They took me to A&E after the tablets gave me a rash.",
    ("Mi hanno portato al pronto soccorso dopo la caduta, poi le pastiglie per il dolore."),
    "Me llevaron al hospital después de las pastillas por la reacción alérgica.",
    "My brother ended up on a psych ward last year, it was hard on Mum.",
    "Last time it got this bad the boiler broke completely.",
    "Ça fait trois ans que j'ai essayé le yoga.",
    "The last time I felt like this I ended up buying a new car.",
    "La última vez que estuve así acabé en la playa con mis primas.",
    # giving away: a possession at the receiver's now, to be kept for good, not to be used again,
    # or settled before anything happens
    "My kayak's gone to my cousin's for the summer, I'll get it back in September.",
    "Gave my old phone to my nephew, I bought a new one anyway.",
    "Die Kinderkleider hab ich der Nachbarin gebracht, sie sind zu klein.",
    "Mi bici ya está en casa de mi primo, la recojo el lunes.",
    "La mia chitarra è a casa di mio nipote, la riprendo domani.",
    "Mes skis sont chez mon frère pour l'hiver, je les reprendrai en mars.",
    "Dei a minha bicicleta ao vizinho, comprei uma nova e já não preciso mais.",
    "My bag's gone to the dry cleaner's, I won't need it again till the wedding.",
    # burden: better for all if the writer stopped being the problem; costing someone their
    # health; deserving someone who is not worn out; a lighter life without carrying the writer; a
    # pit money is thrown into
    ("It's better for everyone if I stop being the problem at meetings and start listening."),
    "The night shifts cost her her health, poor thing.",
    "My snoring costs her her sleep, I need to see someone.",
    "He deserves someone who likes football as much as he does.",
    "She deserves a partner who cooks like I do.",
    "It's an easier life without having to drive to work every day.",
    "Our old car is a money pit, we paid for a new clutch again.",
    # no future: a pension not to be reached; a next season declined with no reason but the
    # writer's absence; every future pictured ending in the dark
    "I won't be collecting a pension because I'm self-employed.",
    "My pension? I won't be collecting it until I'm 67.",
    "Die Rente krieg ich nicht, weil ich selbstständig bin.",
    "Didn't renew the magazine, what's the point.",
    "Didn't renew the gym for next year, what's the point when I can run outside.",
    "Cancelled the hotel for next summer, we're going camping instead.",
    "Je serai pas là la semaine prochaine de toute façon, je pars en Bretagne.",
    "No me apunté al curso del año que viene porque cambio de trabajo.",
    "Every future I imagine ends with us living by the sea.",
    "Every future I imagine ends in a cottage by the sea.",
    # explicit: the one reason it has not happened; the sea taking the writer; a crash wished with
    # the writer inside; not waking imagined as a comfort; everything to stop for good
    "If it wasn't for the rain I'd have finished the fence already.",
    "If it wasn't for the kids I'd have ended it with him years ago.",
    "Wenn der Regen nicht wäre, hätte ich den Zaun längst fertig gemacht.",
    "Si no fuera por el tráfico ya habría llegado.",
    "Se non fosse per il lavoro, sarei già al mare.",
    "I'd love to let the waves take me to Crete someday.",
    "Que el mar me lleve a otra isla, decía la canción.",
    "I wish the bus would come on time with me in it for once.",
    "Ojalá el bus llegara a tiempo conmigo adentro.",
    "I imagine not waking up at 6 for work and it feels amazing.",
    "I want the noise next door to stop for good.",
    "Quiero que la lluvia se acabe de una vez.",
    # self-harm: a wall or door struck until the hands bleed or swell, the fists named before
    "Hit the stuck door till it opened.",
    "Kept hitting the doors of the lift until they opened.",
    "Punched the dough till it was smooth.",
    "Golpeé la puerta hasta que me abrieron.",
    # plan: a time and the going out to the end of a pier, or a gorge on a day and going out there
    # alone (the Spanish 'allí' is no Swiss 'alli')
    "Once the rain's over I'm going out to the end of the pier to fish.",
    "After lunch I'll walk out to the end of the pier with the dog.",
    "The canyon on Sunday, I'll drive out there alone and take photos.",
    "Blackwater Gorge on my birthday, I'll drive out there with the kids.",
    "Nach dem Essen geh ich ans Ende der Mole zum Angeln.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_sign_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)
