"""German and French wording families: verb-final subclauses, Konjunktiv, dialect, texting.

There is no multilingual embedding model, so the phrase rules are the only layer for these
languages. Each group below is one family of phrasings (``rules_de_intent``,
``rules_de_signs``, ``rules_fr_intent``, ``rules_fr_signs``); the sentences are written anew,
not copied from the fresh batches, so the tests check the grammar of a family rather than one
sentence. The look-alikes next to each family must stay unflagged.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import Category, assess

_SI, _PM, _DW = Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD, Category.DEATH_WISH
_TP, _NF, _BU = Category.TRAPPED_PAIN, Category.NO_FUTURE, Category.BURDEN
_GB, _GA, _GM = Category.GOODBYES, Category.GIVING_AWAY, Category.GETTING_MEANS
_SH = Category.SELF_HARM

GERMAN = [
    # colloquial "kein Bock mehr auf das Leben"
    ("null bock mehr aufs leben", _SI),
    ("hab echt keine kraft mehr zum leben", _SI),
    # verb-final subclauses and separable verbs
    ("ich weine, weil ich nicht mehr leben möchte", _SI),
    ("keiner merkt, dass ich eigentlich sterben will", _SI),
    ("ich frag mich, ob ich mich heute umbringe", _SI),
    ("manchmal denk ich, ich häng mich einfach auf", _SI),
    ("hab überlegt, mich im keller aufzuhängen", _PM),
    # Konjunktiv wishes
    ("wäre ich bloß nie geboren", _DW),
    ("wär ich doch endlich tot", _DW),
    # dialect
    ("i wü nimma leben", _SI),
    ("ich wett nüme läbe", _SI),
    # "Schluss machen" with one's life, religious framing, forever gone
    ("am liebsten würde ich mit meinem leben schluss machen", _SI),
    ("ich bete, dass gott mich bald zu sich nimmt", _DW),
    ("ich möchte einfach für immer verschwinden", _DW),
    # a method named, an act with its purpose, a past act with its outcome
    ("heute nacht spring ich von der brücke", _PM),
    ("nachher schluck ich alle schlaftabletten", _PM),
    ("mit 19 hab ich tabletten genommen, um zu sterben", _SI),
    ("ich hab mich damals vor einen zug gelegt und überlebt", _SI),
    ("hab 2021 versucht, mir das leben zu nehmen", _SI),
    # warning signs in spoken word order
    ("ich halt's echt nicht länger aus", _TP),
    ("ich komm aus diesem teufelskreis nie wieder raus", _TP),
    ("es wird eh niemals besser", _NF),
    ("wozu soll ich noch aufstehen", _NF),
    ("seitdem falle ich meiner tochter nur noch zur last", _BU),
    ("kein mensch würde mich vermissen", _BU),
    ("hab für jeden einen brief, für wenn ich tot bin", _GB),
    ("hab dem kumpel mein fahrrad geschenkt, brauch ich ja eh nicht mehr", _GA),
    ("hab 60 tabletten gebunkert", _GM),
    ("ich hab recherchiert, ab welcher dosis insulin tödlich ist", _GM),
    ("ich ritz mich jeden abend", _SH),
    ("ich tu mir selbst weh, wenn ich wütend bin", _SH),
    # euphemisms and wishes not to wake up, death as relief
    ("es wäre mir egal, wenn ich nie wieder aufwache", _DW),
    ("ich bete, dass ich heute nacht nicht mehr aufwache", _DW),
    ("der tod wäre eine befreiung", _DW),
    ("ich würd so gern tot sein", _DW),
    ("ich mach schluss, für immer", _SI),
    ("i mog nimma.", _DW),
    ("ich bin es nicht wert, zu leben", Category.NO_REASON_TO_LIVE),
    # du-form self-talk, "ob ich nicht einfach", a method with its means
    ("stirb doch endlich, sag ich mir jeden morgen", _SI),
    ("ich überleg, ob ich mich nicht einfach erhänge", _SI),
    ("am samstag mach ich's mit den tabletten", _PM),
    ("hab mir die stelle am bahndamm schon ausgesucht", _PM),
    ("ich weiß, wie viel man braucht, damit man stirbt", _GM),
    ("hab die schlaftabletten schon bereitgelegt", _GM),
    # metaphors, burden nouns, self-harm by habit
    ("für mich gibt es kein licht mehr am ende des tunnels", _NF),
    ("mein leben ist ein gefängnis", _TP),
    ("ich bin nur noch eine belastung für alle", _BU),
    ("ich hab mich jahrelang geritzt", _SH),
    ("ich tu mir sonst noch was an", _SH),
    # dialect "mi"/"i", religious, older adults, aborted attempts, means at hand
    ("i bring mi heit um", _SI),
    ("ich wott eifach nur no sterbe", _SI),
    ("herrgott, nimm mich doch endlich", _DW),
    ("mit 90 hab ich genug gelebt", _DW),
    ("ich warte nur noch aufs sterben", _DW),
    ("gestern stand ich auf der brücke und bin doch wieder heim", _PM),
    ("ich hab den strick schon, im schrank", _GM),
    ("verzeih mir, was ich gleich tue", _SI),
    ("ich geb mir heute die kugel", _SI),
    ("ich weiß nicht, wie lange ich das alles noch aushalte", _TP),
    ("ich bin es leid, immer stark zu sein", _TP),
    ("meine eltern wären froh, wenn ich tot wäre", _BU),
    ("ich hab meiner nichte alles vermacht, ich brauch ja nichts mehr", _GA),
    ("das ist mein letzter eintrag.", _GB),
    # voices and "soll", death first thing, ending a ruined life, only one way out
    ("die stimmen sagen mir, ich soll springen", _SI),
    ("ich soll mich umbringen, sagt mein kopf", _SI),
    ("ich denke jeden abend an den tod", _SI),
    ("mein leben ist kaputt, ich werde es beenden", _SI),
    ("es gibt nur noch einen ausweg für mich", _SI),
    ("ich sollte gar nicht mehr am leben sein", _DW),
    ("ich verdiene es zu sterben", _DW),
    ("nach meinem letzten versuch war ich auf der geschlossenen", _SI),
    ("ich kann nicht mehr weiter", _TP),
    ("meine schwester kriegt den schmuck, wenn ich tot bin", _GA),
    ("ich hab die klinge wieder rausgeholt", _SH),
    # forever, soon, "then I'll die", the rope as the only thing left, a cord round the neck
    ("ich möchte einfach schlafen, für immer", _DW),
    ("ich mach's heute nacht.", _SI),
    ("dann sterb ich eben", _DW),
    ("mir bleibt nur die brücke", _SI),
    ("hatte den gürtel schon um den hals", _SI),
    ("keiner braucht mich", _BU),
    ("es wäre einfacher, wenn ich tot wäre", _BU),
    ("ich verabschiede mich von euch, danke für alles", _GB),
    ("ich sehe keinen sinn mehr, weiterzumachen", _NF),
    ("hab rasierklingen besorgt, um mich zu ritzen", _SH),
]

GERMAN_ORDINARY = [
    "ich will endlich schluss machen mit dem rauchen",
    "sie hat mit ihm schluss gemacht",
    "ich frag mich, ob ich mich nicht umbringe vor stress, nein quatsch, alles gut",
    "mein sohn sagt, er wäre lieber tot als in die schule zu gehen",
    "ich halt's nicht aus vor freude, morgen ist urlaub",
    "ich komm aus dem lachen nicht mehr raus",
    "ich schneide mich beim rasieren ständig",
    "die ärztin hat im fragebogen gefragt, ob ich mich umbringen will, ich sagte nein",
    "hab mir ein seil für den garten gekauft",
    "ich bin zu jung, um zu sterben",
    "ich springe morgen vom zehnmeterturm ins becken",
    "wir haben beim notar unser testament gemacht, wegen der hochzeit",
    "ich tu mir nicht weh, keine sorge",
    "bring mich um sechs zum bahnhof",
    "mir tut der rücken weh, ich halt's nicht mehr aus",
    "ich kann nicht mehr, so viel gegessen",
    "wir haben im unterricht über selbstverletzung gesprochen",
    "ich würde mir nie was antun",
    "ich hab angst, dass ich morgens nicht mehr aufwache, wegen der schlafapnoe",
    "für oma wäre der tod eine erlösung, sie leidet so",
    "wir haben uns den platz fürs zelt schon ausgesucht",
    "opa hat sein testament gemacht, wie jedes jahr",
    "ich ritze meinen namen in die bank",
    "ich bin für alle nur ein problem, wenn ich zu spät komme",
    "das ist mein letzter eintrag für heute",
    "ich hab das seil für den umzug im keller",
    "mein leben ist kein gefängnis mehr",
    "ich denke oft an den tod meiner mutter",
    "es gibt nur noch einen ausweg: früher ins bett",
    "mit der erkältung kann ich nicht mehr atmen",
    "nach dem versuch, den schrank aufzubauen, war ich fertig",
    "kannst du die blumen gießen, wenn ich weg bin",
    "dann sterb ich halt im nächsten level",
    "ich mach's heute mit dem putzen",
    "keiner braucht mich heute im büro",
    "ich hab mir den schal um den hals gelegt",
    "ich hab mich beim rasieren geschnitten",
]

FRENCH = [
    # texted and "ne"-less desire
    ("jveux crever sérieux", _SI),
    ("j'ai trop envie de me foutre en l'air", _SI),
    ("jvais en finir avec la vie", _SI),
    ("je veux pu vivre", _SI),
    ("des fois je me dis que je devrais me flinguer", _SI),
    # Québec, religious, older adults
    ("j'ai perdu le goût de vivre", _DW),
    ("seigneur, prends-moi avec toi", _DW),
    ("je voudrais m'en aller pour de bon", _DW),
    ("si seulement j'étais morte", _DW),
    # an act with its purpose, methods, past acts
    ("l'an dernier j'ai pris tous mes cachets pour mourir", _SI),
    ("je vais me taillader les poignets ce soir", _PM),
    ("j'ai fait deux TS quand j'étais ado", _SI),
    # warning signs
    ("jsuis au bout du rouleau", _TP),
    ("j'en peux plus de cette vie", _TP),
    ("y a plus rien à espérer pour moi", _NF),
    ("ça changera jamais", _NF),
    ("je suis qu'un boulet", _BU),
    ("ma femme vivrait mieux si je mourais", _BU),
    ("pardonnez-moi, adieu", _GB),
    ("j'ai laissé un mot pour chacun, ils le liront après", _GB),
    ("j'ai légué ma collection à mon cousin, là où je vais elle servira à rien", _GA),
    ("j'ai planqué des somnifères de côté", _GM),
    ("je me suis acheté un flingue", _GM),
    ("jme scarifie tous les soirs", _SH),
    ("je me frappe pour me punir jusqu'à avoir des bleus", _SH),
    # euphemisms, death as relief, modal and second-person self-talk
    ("ça m'irait bien de plus me réveiller", _DW),
    ("la mort serait un soulagement", _DW),
    ("j'aimerais ne jamais être née", _DW),
    ("je me demande si je vais pas me foutre en l'air", _SI),
    ("je me tuerais volontiers", _SI),
    ("tu ferais mieux de crever, je me le répète", _SI),
    ("je mérite pas de vivre", Category.NO_REASON_TO_LIVE),
    # methods, places, means
    ("je compte avaler toute la boîte", _PM),
    ("j'ai repéré une falaise pas loin", _PM),
    ("j'ai cherché sur google comment se pendre", _GM),
    ("j'accumule du doliprane depuis un mois", _GM),
    # metaphors and spoken signs
    ("y a plus de lumière au bout du tunnel", _NF),
    ("ma vie est une prison", _TP),
    ("y a pas d'issue", _TP),
    ("prends soin de toi, adieu", _GB),
    ("j'ai préparé des enveloppes à ouvrir après", _GB),
    ("je me suis encore fait du mal", _SH),
    ("j'éteins ma cigarette sur mon poignet", _SH),
    # Québec, imperfect, slang methods, older adults, past jumps, means at hand
    ("chu tannée de vivre", _SI),
    ("j'avais pu envie d'être là", _DW),
    ("j'ai envie de me tirer une balle", _SI),
    ("que dieu me rappelle à lui", _DW),
    ("j'attends que la mort", _DW),
    ("l'an dernier j'ai sauté d'un pont", _SI),
    ("pardonnez-moi pour ce que je vais faire", _SI),
    ("je me vois pas vieillir", _NF),
    ("chaque jour est une torture", _TP),
    ("je suis fatiguée de faire semblant", _TP),
    ("j'ai le flingue à portée de main", _GM),
    ("c'est mon dernier message.", _GB),
    ("je me gratte jusqu'au sang", _SH),
    # acting, voices, deserving death, for good, the only way out, my attempt
    ("je crois que je vais passer à l'acte", _SI),
    ("une voix me dit de sauter", _SI),
    ("je mérite de crever", Category.NO_REASON_TO_LIVE),
    ("je voudrais disparaître définitivement", _DW),
    ("y a qu'une seule solution pour moi", _SI),
    ("depuis ma tentative de l'été dernier je dors mal", _SI),
    ("je n'ai plus goût à la vie", _DW),
    ("à quoi ça sert que je reste en vie", _NF),
    ("personne le verrait si je disparaissais", _BU),
    ("j'ai ressorti les lames", _SH),
]

FRENCH_ORDINARY = [
    "je veux en finir avec ce rapport ce soir",
    "j'ai envie d'en finir avec les bouchons tous les matins",
    "je me ferais jamais de mal, promis",
    "j'en peux plus de rire, arrête",
    "je suis à bout de souffle après le footing",
    "la sortie de secours, aucune issue de secours dans ce bâtiment",
    "elle veut plus vivre à paris",
    "trop jeune pour mourir, ce héros de film",
    "je me coupe encore les cheveux moi-même",
    "je me suis fait des coupures en bricolant",
    "j'ai pris des cachets pour mon mal de tête",
    "j'ai fait mes adieux à l'équipe, je pars à lyon",
    "je donne mes vieux jouets, j'en ai plus besoin depuis longtemps, c'est pour le déménagement",
    "je veux plus vivre dans cette ville",
    "je me scarifierais jamais",
    "je me fais du mal à regarder ce match",
    "elle a fait une TS l'an dernier",
    "ce serait plus simple si j'étais plus organisé",
    "adieu la routine, bonjour les vacances",
    "j'ai fait le tour des magasins, j'ai ts les cadeaux",
    "la mort de mamie serait une délivrance pour elle, elle souffre tant",
    "je vais prendre toutes mes pilules comme prescrit",
    "je vais me pendre au téléphone avec ma sœur",
    "il s'est tiré une balle dans le pied avec ce projet",
    "j'ai donné mon vélo à mon neveu, j'ai plus besoin de pédaler",
    "je me suis brûlée en faisant des crêpes",
    "chu tanné de l'hiver",
    "j'ai sauté d'un pont à l'élastique",
    "c'est mon dernier message avant les vacances",
    "mon père a un fusil de chasse, il chasse le sanglier",
    "je vais passer à l'action dès demain",
    "une seule sortie pour le parking",
    "ma tentative de soufflé a raté",
    "je veux tout arrêter, les réseaux sociaux et le sucre",
    "ma décision est prise, je fais ça dimanche: le grand ménage",
    "j'ai accroché la corde à linge dans le jardin",
    "j'ai plus la force de ranger",
    "je compte les jours qui me restent avant la retraite",
    "j'aurais dû mourir de rire",
]


@pytest.mark.parametrize(("text", "category"), GERMAN + FRENCH)
def test_family_is_flagged_with_its_category(text: str, category: Category) -> None:
    result = assess(text)
    assert result.flagged, text
    assert category in result.categories, (text, result.categories)


@pytest.mark.parametrize("text", GERMAN_ORDINARY + FRENCH_ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "j'ai fait mes adieux au bureau hier, dernier jour avant le nouveau poste",
        "pot de départ pour la fin de mon stage, j'ai dit adieu à toute l'équipe",
    ],
)
def test_french_office_and_internship_goodbyes_are_ordinary(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "wrote letters to each of my kids tonight, sealed them, they're in the bureau",
        "at this stage I've written goodbye letters to everyone I love",
    ],
)
def test_english_bureau_and_stage_are_not_french_workplaces(text: str) -> None:
    result = assess(text)
    assert result.flagged and Category.GOODBYES in result.categories, result.reasons
