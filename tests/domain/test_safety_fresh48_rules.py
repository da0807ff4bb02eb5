"""The mechanisms added after studying ``fresh48``, both ways: new wordings of each sign that must
be flagged, and the look-alikes that must not.

Explicit: the wish not to live as a noun's complement, in the infinitive ("the thought of not
wanting to live", "de no querer vivir", "nicht mehr leben zu wollen"), living named as what wears
the writer out before "I don't want to go on" (``rules_no_wish_to_live``); "continuer à vivre"
and "se supprimer" in French (``rules_grammar_explicit``); God asked not to let the writer wake,
and the alarm ringing no more for the writer (``rules_dawn_unseen``); Swiss "do si" as "da sein"
(``spelling_dialect``).

No future: the others preparing a feast or a season and the writer not seen there
(``rules_future_unjoined``). Trapped pain: a likeness the writer is inside, with no end, no one
hearing, no way out or no shelter (``rules_trapped_likeness``). Getting the means: a relative's
medicine kept and never given back, or hidden inside another thing (``rules_means_kept_back``).
Goodbyes: a loving act named by the writer as the goodbye (``rules_farewell_hidden``), "als
wär's das letzte Mal" (``rules_de``), "quand je n'y serai plus" (``rules_core_acts``). Plans: a
height or a harbour after an event, with the decision said (``rules_plan_moment``), and a farm
left empty. Self-harm: a hurt done to oneself and the covering after it (``rules_marks_covered``).

Burden: the writer "nur noch ein Gewicht", an easier life without the writer, what the writer
costs them or makes harder, "só dou trabalho a esta família" (``rules_burden_weight``).
Self-harm and explicit: a head struck on a wardrobe or a desk (``rules_en_harm_meant``), switched
off "at the wall" for good (``rules_core_concepts``).

Also: "sont à mon cousin maintenant" as given (``rules_giving_frames``), a message "for Jack
after" (``rules_core_acts``), a card for an eighteenth written years early
(``rules_farewell_hidden``), no point in a ten-year card (``rules_future_unneeded``).

Clinical questions: "wollte wissen, ob …", "wanted to know if …" read as a clinician's question,
its answer "ehrlich nein" a no and "ehrlich gesagt ja" a yes (``clinical_questions``,
``clinical_answers``).

Guards: "kommt für mich nicht in Frage" and a denial said to "mamma" (``negation_topic``,
``negation``).

The sentences are written anew, as other writers would say the same things (not copied from
``fresh48_*.tsv``), so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

_PM = Category.PLAN_OR_METHOD
_DW = Category.DEATH_WISH
_SI = Category.SUICIDAL_IDEATION
_TP = Category.TRAPPED_PAIN
_GB = Category.GOODBYES
_SH = Category.SELF_HARM
_NF = Category.NO_FUTURE
_GM = Category.GETTING_MEANS
_BU = Category.BURDEN
_GA = Category.GIVING_AWAY

SIGNS = [
    # the wish not to live in the infinitive or the gerund
    ("The same thought every night, of not wanting to live anymore.", _DW),
    ("Tengo la idea de no querer vivir más.", _DW),
    ("Siempre la misma idea, de no querer seguir viviendo.", _DW),
    ("Toujours cette idée de ne plus vouloir vivre.", _DW),
    ("Immer der Gedanke, nicht mehr leben zu wollen.", _DW),
    ("A ideia de não querer viver mais não me larga.", _DW),
    ("Penso di non voler vivere.", _DW),
    ("Não quero continuar a viver.", _DW),
    # living named as what wears the writer out, then no going on
    ("Vivir me cansa tanto que ya no quiero seguir.", _DW),
    ("Vivere mi stanca così tanto che non voglio più continuare.", _DW),
    ("La vie m'épuise tellement que je ne veux plus continuer.", _DW),
    ("A vida pesa-me tanto que já não quero continuar.", _DW),
    # French: "se supprimer", "continuer à vivre"
    ("Je veux me supprimer.", _SI),
    ("Certains soirs je pense à me supprimer.", _SI),
    # God asked not to let the writer wake; the alarm no more for the writer
    ("Every night I ask God not to let me wake up.", _DW),
    ("Quisiera dormirme y que no vuelva a sonar el despertador nunca más para mí.", _DW),
    ("J'aimerais m'endormir ce soir, et que le réveil ne sonne plus jamais pour moi.", _DW),
    ("Ich möchte einschlafen und dass der Wecker nie mehr für mich klingelt.", _DW),
    ("Tomara que o despertador não toque mais para mim.", _DW),
    ("I hope my alarm never goes off for me again.", _DW),
    # Swiss "do si"
    ("I wett nümme do si.", _DW),
    # the others preparing a feast or a season, the writer not seen there
    ("My cousins are booking flights for Diwali next year, I can't picture myself there.", _NF),
    ("Mis tías ya preparan la Navidad, y yo no me veo ahí.", _NF),
    ("Alle planen schon Silvester, ich seh mich da nicht mehr.", _NF),
    ("I miei parlano già del Natale in montagna, io non mi vedo lì.", _NF),
    ("Les voisins préparent déjà la fête du village, je ne me vois pas là-dedans.", _NF),
    ("Lá em casa falam do Natal de 2027 e eu não me vejo lá.", _NF),
    # a likeness the writer is inside, with no end
    ("It's like I'm locked in a cellar and nobody hears.", _TP),
    ("Como si estuviera bajo una ola que nunca termina.", _TP),
    ("É como estar presa num quarto escuro, ninguém me ouve.", _TP),
    ("È come se fossi chiuso in una cantina, nessuno mi sente.", _TP),
    ("Wie eingesperrt in einem Keller, und keiner hört mich.", _TP),
    ("C'est comme vivre dans une boîte, je n'en sors jamais.", _TP),
    ("The pain is like a flood that never stops.", _TP),
    # a relative's medicine kept and never given back, or hidden inside another thing
    ("I still have Grandad's sleeping pills, never took them back to the chemist.", _GM),
    ("Me quedé con las pastillas de mi abuelo y nunca las devolví.", _GM),
    ("Ich hab die Tabletten von Opa behalten und nie zurückgebracht.", _GM),
    ("Guardei os comprimidos da minha avó, nunca os devolvi.", _GM),
    ("Ho tenuto le pillole del nonno, non le ho riportate in farmacia.", _GM),
    ("Tengo i sonniferi di mia madre in un calzino nell'armadio.", _GM),
    # a loving act named as the goodbye; the last time; when I'm no longer there
    ("Hugged my brother for ages on the doorstep. That was my goodbye.", _GB),
    ("Je l'ai serrée fort contre moi ce matin. C'était un adieu.", _GB),
    ("La abracé mucho rato en la puerta, era una despedida.", _GB),
    ("Ich hab sie umarmt, als ob es das letzte Mal wäre.", _GB),
    ("Ich hab meine Mutter umarmt, als wär's das letzte Mal.", _GB),
    ("J'ai écrit une lettre à ma sœur, elle la lira quand je n'y serai plus.", _GB),
    # a height after an event, the decision said
    ("Après la rentrée, le pont de la rivière, c'est décidé.", _PM),
    ("Depois do Natal, a ponte velha. Está decidido.", _PM),
    ("Dopo l'esame, la scogliera del paese. Ho deciso.", _PM),
    ("Después de la boda de mi hermana, el puente de la autopista, ya lo tengo decidido.", _PM),
    ("After the wedding, the viaduct on the bypass. That's the plan.", _PM),
    ("Nach Ostern die Brücke an der Autobahn, das ist beschlossene Sache.", _PM),
    # the moment chosen and nobody there
    ("The weekend they all go to the coast, that's when. The cottage will be empty.", _PM),
    ("El sábado, mientras todos están en el estadio, ya lo tengo decidido.", _PM),
    # a hurt done to oneself and the covering after it
    ("Me volví a hacer daño anoche, hoy manga larga con este calor.", _SH),
    ("Ich hab mir gestern wieder wehgetan, heute Pulli trotz der Hitze.", _SH),
    ("New cuts on my thigh, wearing a hoodie in the summer heat so nobody asks.", _SH),
    ("Je me suis encore fait du mal, je cache les marques.", _SH),
    ("Mi sono fatta di nuovo del male, porto il dolcevita con questo caldo.", _SH),
    ("Fiz mal a mim mesmo outra vez, escondo as marcas.", _SH),
    # a head struck on furniture till it goes quiet; switched off at the wall for good
    ("Banged my head against the desk over and over till it went quiet.", _SH),
    ("Some days I'd switch myself off at the mains for good.", _DW),
    # the writer a weight, a cost, a harder life for the others
    ("Ich bin nur noch ein Gewicht für meine Eltern.", _BU),
    ("Mein Mann hätte ohne mich ein leichteres Leben.", _BU),
    ("I cost my parents everything, they remortgaged for my treatment.", _BU),
    ("I only make life harder for my kids.", _BU),
    ("Eu só dou despesas a esta casa.", _BU),
    # a clinician wanting to know, answered yes with the honesty said first
    ("Die Ärztin wollte wissen, ob ich dran denke, mich umzubringen. Ehrlich gesagt ja, oft.", _SI),
    ("La médica quería saber si pienso en matarme. Sinceramente sí, cada noche.", _SI),
    # whose it is now, never to be given back; a message for someone "after"
    ("Ma guitare est à ma nièce maintenant, pour de bon.", _GA),
    ("Left a voice note for Ellie after.", _GB),
    # words for a milestone years away, written now
    ("Wrote my godson a letter for his 18th, years early, it's in the loft.", _GB),
    ("J'ai écrit une lettre pour ses 18 ans, des années à l'avance.", _GB),
    ("Ho scritto dei biglietti per i loro 18 anni con anni di anticipo.", _GB),
    ("Grabé un vídeo para sus 18 años con años de antelación.", _GB),
    # a long validity not worth having
    ("My passport needs renewing and honestly there's no point in a ten-year one.", _NF),
]

LOOK_ALIKES = [
    # living somewhere, or a task given up, or someone else's wish
    "I understand not wanting to live in London.",
    "Ella habla de no querer vivir con sus padres.",
    "Vivir aquí me cansa tanto que ya no quiero seguir con la carrera.",
    "La vita in città mi stanca, non voglio più continuare questo lavoro.",
    "A vida de estudante cansa-me tanto que já não quero continuar o curso.",
    "Il a peur de ne plus vouloir vivre à Paris.",
    # deleting an account
    "Je veux me supprimer de Facebook.",
    "Je vais me supprimer du groupe WhatsApp.",
    # a lie-in, a state woken in
    "Ojalá el sábado no sonara más el despertador para mí, quiero dormir.",
    "Vorrei dormire domenica senza più sveglia.",
    "I ask God not to let me wake up angry again.",
    "Ojalá no suene el despertador mañana.",
    # the dialect's "do" where one wants to stay
    "Mir gfallts do, i will no lang do si.",
    # a reason given for not going
    "Everyone's planning the Christmas party, I can't see myself there because of the crowds.",
    "Alle planen Silvester, ich seh mich da nicht, ich muss arbeiten.",
    # an everyday likeness: traffic, a meeting, the office, a film
    "It's like I'm in a sauna at the office, the heat never ends.",
    "Like I'm stuck in traffic that never ends.",
    "Stuck in a meeting that never ends, send coffee.",
    "Es como vivir en un atasco que nunca termina.",
    "Come sotto la pioggia, il traffico non finisce mai.",
    # a relative's medicine kept for them, or given back
    "I keep Nan's pills in a sock drawer box for her so she doesn't forget her doses.",
    "Tengo le pastiglie della nonna nel portapillole per lei.",
    "I took Dad's pills back to the pharmacy after the funeral.",
    "Kept my gran's tablets after she passed, no idea what to do with them.",
    # an ordinary parting
    "Hugged mom at the airport before my flight to Sydney. It was goodbye.",
    "Kissed him at the station. It was goodbye for now.",
    "Ho abbracciato il nonno alla stazione, era un addio per ora.",
    "Wir haben so getanzt, als wär's das letzte Mal, die Hochzeit war super.",
    "Le club continuera quand je n'y serai plus, j'ai démissionné du bureau.",
    # an outing with a purpose
    "Once the exams are over, the cliffs at Tintagel for a walk. That's the plan.",
    "After Easter we drive to the harbour for fish and chips, already decided.",
    "Nach der Hochzeit fahren wir zur Schlucht zum Wandern, so hab ich's beschlossen.",
    "Quando finisce la scuola, il porto di Genova per vedere le navi, è deciso.",
    # an accident and the cold
    "Fiz mal a mim mesma na cozinha, hoje mangas compridas por causa do frio.",
    "Ich hab mir beim Fußball wehgetan, lange Ärmel wegen der Kälte.",
    # a weight in the gym, a life made easier by a job, a baking joke, a working day
    "Ich bin nur noch ein Gewicht im Fitnessstudio, haha.",
    "Mit dem neuen Job hat sie ein leichteres Leben.",
    "I make everything harder for everyone when I bake, lol.",
    "Só dou trabalho às segundas-feiras.",
    # a telly switched off, a door that sticks
    "Switched the telly off at the wall for good, no more soaps.",
    "Banged my head on the wardrobe door, it was stuck again.",
    # a thing lent back on Sunday, a video after the match, a move abroad
    "Le vélo est à mon frère maintenant, il me le rend dimanche.",
    "Recorded a video for Mia after the match, she loved it.",
    "My aunt wrote cards for their 18ths years ago and they found them yesterday.",
    "No point renewing my passport for a ten-year one since I'm moving abroad next month.",
    # a clinician wanting to know, answered no
    "Die Hausärztin wollte wissen, ob ich dran denke, nicht mehr leben zu wollen. Ehrlich nein.",
    "The nurse wanted to know if I think about not wanting to live. Honestly, no, just tired.",
    # denials
    "Mir was anzutun kommt für mich nicht in Frage, ich hab nur Liebeskummer.",
    "Farmi del male? ma figurati papà, sono solo stanca.",
    "¿Hacerme daño? qué va, mamá, solo estoy cansada.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_sign_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)


def test_denial_that_goes_on_to_but_stays_flagged() -> None:
    """A denial said to "mamma" that goes on to a "but" leaves the sign standing."""
    assert_flagged_as("Farmi del male? ma figurati mamma, ma a volte ci penso.", _SH)
