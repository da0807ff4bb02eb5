"""French explicit statements as people text and write them, beyond ``rules_fr``.

Why a module of its own: ``rules_fr`` holds the written forms ("je ne veux plus vivre"); these
are the families it misses:

* SMS and spoken contractions: "jveux", "jvais", "jme", "j'vais", "chuis", "jsuis", and the
  dropped "ne" ("je veux plus vivre", "j'en peux plus");
* Québec forms: "pu" for "plus" ("j'ai pu le goût de vivre"), "ça me tente", "pantoute";
* modal forms: "je devrais me tuer", "je me demande si je devrais pas me suicider";
* slang verbs: "me foutre en l'air", "crever", "me flinguer", "me buter";
* religious framing: "que le bon Dieu vienne me chercher", "Seigneur, rappelle-moi à toi";
* an act named with its purpose: "j'ai avalé des médocs pour mourir", "m'ouvrir les veines".

Text is case- and accent-folded first ("goût" is matched as "gout").
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.medicine_words import words
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, rule

_SI, _PM, _DW = Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD, Category.DEATH_WISH
_NR = Category.NO_REASON_TO_LIVE
_URG, _CON = Severity.URGENT, Severity.CONCERN

_fr = partial(rule, lang="fr", inherent=True)
_fr_any = partial(rule, lang="fr", inherent=False)

_MEDS = words(
    "fr",
    "medicaments",
    "medocs",
    "cachets",
    "comprimes",
    "pilules",
    "somniferes",
    "antidepresseurs",
    "anxiolytiques",
    "calmants",
    "gelules",
    "paracetamol",
    "doliprane",
    "insuline",
)

#: "je " written out or glued on by texting: "jveux", "j'veux", "jme".
_JE = r"(?:\bje\s+|\bj'?\s?)"
#: Ways of killing oneself, slang included; "en finir" only when not "en finir avec <task>".
_KILL = (
    r"(?:me\s+tuer|me\s+suicider|me\s+foutre\s+en\s+l'air|me\s+flinguer|me\s+buter|crever"
    r"|me\s+(?:tirer|mettre)\s+une\s+balle(?!\s+dans\s+le\s+pied)"
    r"|mourir(?!\s+de\b)|en\s+finir(?!\s+avec\s+(?!(?:la\s+vie|ma\s+vie|cette\s+vie|tout|moi"
    r"|l'existence)\b))|mettre\s+fin\s+a\s+(?:mes\s+jours|ma\s+vie)|me\s+pendre(?!\s+(?:au\s+(?:telephone|tel|cou|bras)|a\s+(?:son|ton|leur)\s+cou))"
    r"|me\s+jeter\s+(?:sous|du|d'un|par)\b)"
)

RULES: tuple[Rule, ...] = (
    # texted desire: "jveux mourir", "j'ai trop envie de crever", "chuis prête à en finir"
    _fr(
        "fr2_want_kill_texted",
        _SI,
        _URG,
        rf"{_JE}(?:veux|voudrais|vais|veut|aimerais)\s+(?:juste\s+|vraiment\s+|tellement\s+|trop"
        rf"\s+|bien\s+)?{_KILL}"
        rf"|\b(?:envie|besoin|le\s+gout)\s+(?:de\s+|d')(?:juste\s+)?{_KILL}",
    ),
    # "je pense sérieusement à me foutre en l'air"
    _fr(
        "fr2_think_of_slang",
        _SI,
        _URG,
        r"\b(?:pense|pensais|penser|songe|songeais)\s+(?:\w+\s+)?a\s+(?:me\s+foutre\s+en\s+l'air"
        r"|me\s+flinguer|me\s+buter|crever|me\s+pendre|me\s+jeter|me\s+tirer\s+une\s+balle)\b"
        r"(?!\s+(?:au\s+(?:telephone|tel|cou|bras)|a\s+(?:son|ton|leur)\s+cou))(?!\s+dans\s+le\s+pied)"
        # texted "jpense à me suicider": spelt out so long entries route such sentences to French
        r"|\bjpense\s+(?:\w+\s+)?a\s+(?:me\s+suicider|me\s+tuer|mourir|en\s+finir|la\s+mort)\b"
        r"|\bme\s+foutre\s+en\s+l'air\b|\bme\s+(?:tirer|mettre)\s+une\s+balle\b(?!\s+dans\s+le\s+pied)",
    ),
    # "je veux plus vivre" without "ne", Québec "j'veux pu vivre"
    _fr(
        "fr2_no_ne_live",
        _SI,
        _URG,
        rf"{_JE}(?:veux|voudrais)\s+(?:plus|pu|pus)\s+(?:vivre|exister|etre\s+(?:la|en\s+vie"
        r"|vivante?))\b(?!\s+(?:a|en|avec|ici|chez|dans|sans|seule?|comme)\b)",
    ),
    # "j'ai pu le goût de vivre", "j'ai perdu le goût de vivre", "plus goût à la vie"
    _fr(
        "fr2_no_taste_for_life",
        _DW,
        _CON,
        r"(?:\bje\s+n'|\bj'?\s?)ai\s+(?:plus|pu|pus|perdu)\s+(?:le\s+|de\s+|aucun\s+|du\s+tout\s+)?(?:gout|envie"
        r"|desir)\s+(?:de\s+vivre|a\s+la\s+vie|de\s+la\s+vie)\b"
        r"(?!\s+(?:a|en|avec|ici|chez|dans|sans|comme)\b)",
    ),
    # Québec: "ça me tente de pu jamais me réveiller"
    _fr(
        "fr2_never_wake",
        _DW,
        _CON,
        r"\b(?:(?:pu|plus)\s+jamais|jamais\s+plus|pu)\s+me\s+reveiller\b",
    ),
    # modal: "je devrais me tuer", "si je devrais pas me suicider"
    _fr(
        "fr2_should_kill",
        _SI,
        _URG,
        rf"{_JE}devrais\s+(?:juste\s+|peut-etre\s+|simplement\s+|peut\s+etre\s+)?{_KILL}"
        rf"|\bsi\s+je\s+(?:ne\s+)?devrais\s+pas\s+(?:juste\s+)?{_KILL}",
    ),
    # "si seulement j'étais mort(e)", "si seulement je pouvais ne plus exister"
    _fr(
        "fr2_if_only_dead",
        _DW,
        _CON,
        r"\bsi\s+seulement\s+(?:j'etais\s+morte?|je\s+pouvais\s+(?:mourir|disparaitre|ne\s+plus"
        r"\s+(?:exister|etre\s+la|me\s+reveiller)))\b",
    ),
    # religious: "je prie le bon Dieu de venir me chercher", "Seigneur, rappelle-moi à toi"
    _fr(
        "fr2_god_take_me",
        _DW,
        _CON,
        r"\b(?:dieu|seigneur|jesus|le\s+ciel)\b[^.!?\n]{0,40}\b(?:me\s+(?:reprenne|reprendre|rappelle|prenne)\b|venir\s+me\s+(?:chercher|prendre)"
        r"|vienne\s+me\s+(?:chercher|prendre)|me\s+rappeler\s+a\s+(?:lui|toi)|me\s+prendre\s+"
        r"(?:avec\s+(?:lui|toi)|aupres\s+de\s+(?:lui|toi)))\b"
        r"|\b(?:rappelle|prends)-moi\s+(?:a|avec|aupres\s+de)\s+toi\b",
    ),
    # a wish to go in one's sleep: "j'aimerais partir dans mon sommeil", "m'éteindre"
    _fr(
        "fr2_go_in_sleep",
        _DW,
        _CON,
        r"\b(?:j'aimerais|je\s+voudrais|je\s+veux|j'espere|je\s+prie\s+pour)\s+(?:\w+\s+){0,2}?"
        r"(?:partir|mourir|m'en\s+aller|m'eteindre)\s+(?:dans\s+mon\s+sommeil|pour\s+de\s+bon"
        r"|pour\s+toujours|definitivement)\b"
        r"|\bj'ai\s+assez\s+vecu\b",
    ),
    # an act named with its purpose: "j'ai avalé des médocs pour mourir"
    _fr_any(
        "fr2_in_order_to_die",
        _SI,
        _URG,
        r"(?<!\btrop\s)\b\w+,?\s+pour\s+(?:mourir(?!\s+de\b)|me\s+tuer|me\s+suicider"
        r"|en\s+finir(?!\s+avec\b)|ne\s+plus\s+(?:jamais\s+)?me\s+reveiller)\b",
    ),
    # method: "m'ouvrir les veines", "me taillader les poignets"
    _fr(
        "fr2_veins",
        _PM,
        _URG,
        r"\bm'ouvr\w*\s+les\s+(?:veines|poignets)|\bme\s+(?:taillad\w*|tranch\w*)\s+les\s+"
        r"(?:veines|poignets)",
    ),
    # a past act: "je me suis déjà ouvert les veines", "une TS en 2018"
    _fr(
        "fr2_past_attempt",
        _SI,
        _CON,
        r"\bme\s+suis\s+(?:deja\s+)?(?:ouvert|taillade|tranche)\s+les\s+(?:veines|poignets)",
        past=True,
    ),
    # "TS" (tentative de suicide) is whoever's subject comes first: "elle a fait une TS"
    _fr_any(
        "fr2_past_ts",
        _SI,
        _CON,
        r"\b(?:une|ma|deux|trois|plusieurs|mes|\d+)\s+ts\b(?!\s+(?:les|mes|ses|tes|nos)\b)",
        past=True,
    ),
    # plan: "j'ai tout prévu, la date et comment je vais le faire"
    _fr(
        "fr2_planned_how",
        _PM,
        _URG,
        r"\b(?:prevu|planifie|choisi|decide|fixe)\b[^.!?\n]{0,40}\b(?:la\s+date|le\s+jour"
        r"|l'heure)\s+et\s+(?:comment|la\s+(?:maniere|methode|facon)|le\s+lieu)\b",
    ),
    # "ça me dérangerait pas de pas me réveiller", "ça m'irait bien de plus me réveiller"
    _fr(
        "fr2_wouldnt_mind_not_waking",
        _DW,
        _CON,
        r"\b(?:me\s+)?(?:derangerait|generait|deplairait|embeterait)\s+pas\s+(?:de\s+)?(?:ne\s+)?"
        r"(?:pas|plus|pu|jamais)\s+(?:me\s+reveiller|vivre|exister|etre\s+la)\b"
        r"|\bm'(?:irait|arrangerait)\s+(?:bien\s+)?de\s+(?:ne\s+)?(?:pas|plus|pu|jamais)\s+me\s+"
        r"reveiller\b"
        r"|\b(?:j'aimerais|je\s+voudrais|j'espere|je\s+prie\s+pour|pourvu\s+que\s+je)\s+"
        r"(?:\w+\s+)?(?:ne\s+)?(?:pas|plus|pu|jamais)\s+me\s+reveiller\b",
    ),
    # "je me demande si j'allais / si je vais me tuer"
    _fr(
        "fr2_whether_kill",
        _SI,
        _URG,
        r"\bsi\s+(?:je\s+|j')(?:allais|vais|devrais|devais|pourrais|dois)\s+(?:\w+\s+)?(?:me\s+tuer"
        r"|me\s+suicider|en\s+finir(?!\s+avec\b)|me\s+foutre\s+en\s+l'air|passer\s+a\s+l'acte"
        r"|me\s+pendre|me\s+jeter)\b",
    ),
    # a wish that everything stops for good: "que tout s'arrête, pour toujours"
    _fr(
        "fr2_stop_forever",
        _DW,
        _CON,
        r"\b(?:veux|voudrais|aimerais|souhaite|prie\s+pour)\s+(?:\w+\s+)?que\s+(?:tout|ca)\s+"
        r"s'arrete\b,?\s+(?:\w+\s+)?(?:pour\s+toujours|pour\s+de\s+bon|definitivement|a\s+jamais)\b",
    ),
    # "mourir serait une délivrance", "la mort serait un soulagement"
    _fr_any(
        "fr2_death_relief",
        _DW,
        _CON,
        r"\b(?:mourir|la\s+mort|ne\s+plus\s+vivre|partir)\s+serait\s+(?:\w+\s+)?(?:delivrance"
        r"|soulagement|liberation|bienfait|plus\s+simple|la\s+meilleure\s+solution)\b"
        r"(?!\s+pour\s+(?!moi\b)\w+)",
    ),
    # conditional with intent: "je me tuerais bien ce soir"
    _fr(
        "fr2_would_kill_self",
        _SI,
        _URG,
        r"\bje\s+me\s+(?:tuerais|suiciderais|foutrais\s+en\s+l'air|flinguerais|pendrais)\s+"
        r"(?:bien|volontiers|tout\s+de\s+suite|maintenant|ce\s+soir|sans\s+hesiter)\b",
    ),
    # "je vais avaler tous ses cachets", "je vais prendre toute la boîte"
    _fr(
        "fr2_swallow_all",
        _PM,
        _URG,
        rf"\b(?:vais|veux|voudrais|pourrais|compte)\s+(?:\w+\s+)?(?:avaler|prendre|gober|m'enfiler)"
        rf"\s+(?:tous|toutes|toute)\s+(?:les|mes|ses|la|sa|ma|leurs)\s+(?:\w+\s+)?(?:{_MEDS}|boite"
        r"|plaquette|flacon|tube)\b"
        r"(?![^.!?\n]{0,40}\b(?:comme\s+(?:d'hab|prescrit|d'habitude)|chaque|tous\s+les\s+jours"
        r"|prescrit\w*|ordonnance))",
    ),
    # a place scouted: "j'ai repéré un pont assez haut"
    _fr(
        "fr2_place_scouted",
        _PM,
        _URG,
        r"\brepere\w*\s+(?:un|une|le|la|l')\s*(?:\w+\s+)?(?:pont|falaise|immeuble|toit|voie\s+ferree"
        r"|arbre|poutre|crochet|viaduc|endroit\s+pour\s+(?:sauter|le\s+faire|en\s+finir))\b"
        r"|\b(?:choisi|trouve)\s+(?:un|une|le|la|l')\s*(?:\w+\s+)?(?:pont|falaise|immeuble|toit"
        r"|endroit)\b[^.!?\n]{0,20}\b(?:assez\s+haut|pour\s+sauter|d'ou\s+sauter|pour\s+le\s+faire)",
    ),
    # "de plus exister", "j'aimerais ne jamais être né", "mieux si j'étais mort"
    _fr(
        "fr2_not_exist",
        _DW,
        _CON,
        r"\b(?:envie|besoin|rever?)\s+de\s+(?:\w+\s+){0,3}?(?:ne\s+)?(?:plus|pu)\s+exister\b"
        r"|,\s*de\s+(?:ne\s+)?(?:plus|pu)\s+exister\b"
        r"|\b(?:j'aimerais|je\s+voudrais|j'aurais\s+(?:voulu|aime|prefere))\s+(?:ne\s+)?(?:jamais|pas)"
        r"\s+(?:etre|avoir\s+ete)\s+nee?s?\b"
        r"|\b(?:mieux|plus\s+simple|plus\s+facile)\s+si\s+(?:j'etais|je\s+serais)\s+morte?\b",
    ),
    # "je mérite pas de vivre", "je ne vois plus aucune raison de vivre"
    _fr(
        "fr2_no_reason",
        _NR,
        _CON,
        r"\bje\s+(?:ne\s+)?merite\s+(?:pas|plus)\s+(?:de\s+vivre|d'etre\s+(?:en\s+vie|la|vivante?))\b"
        r"|\bje\s+(?:ne\s+)?(?:vois|trouve|ai)\s+(?:plus|pas|pu)\s+(?:aucune\s+|de\s+|d')?raisons?\s+"
        r"de\s+(?:vivre|continuer|rester\s+en\s+vie)\b",
    ),
    # self-talk in the second person: "tu devrais crever, je me répète ça"
    _fr(
        "fr2_self_talk",
        _SI,
        _URG,
        r"\btu\s+(?:devrais|dois|ferais\s+mieux\s+de)\s+(?:te\s+tuer|crever|mourir|te\s+suicider"
        r"|te\s+foutre\s+en\s+l'air|disparaitre)\b[^.!?\n]{0,40}?\bje\s+me\s+(?:dis|repete"
        r"|le\s+dis|le\s+repete)\b"
        r"|\bje\s+me\s+(?:dis|repete)\s*:?\s*(?:que\s+)?tu\s+(?:devrais|dois)\s+(?:te\s+tuer|crever"
        r"|mourir|te\s+suicider)\b",
    ),
    # imperfect and spoken: "j'avais plus envie d'être là", "je voulais plus vivre"
    _fr(
        "fr2_no_wish_to_be_here",
        _DW,
        _CON,
        r"\bj'?\s?(?:ai|avais)\s+(?:plus|pu)\s+(?:envie|le\s+gout)\s+d'etre\s+(?:la|ici|en\s+vie"
        r"|vivante?)\b(?!\s+(?:pour|a|avec|ce|cette|demain|quand)\b)"
        r"|(?:\bje\s+|\bj'?\s?)voulais\s+(?:plus|pu)\s+(?:vivre|exister|etre\s+(?:la|en\s+vie))\b"
        r"(?!\s+(?:a|en|avec|ici|chez|dans|sans|comme)\b)",
    ),
    # Québec and France: "chu tanné de vivre", "j'en ai marre de vivre", "écœuré de la vie"
    _fr(
        "fr2_sick_of_living",
        _SI,
        _URG,
        r"\b(?:tannee?|ecoeuree?|(?:en\s+ai\s+)?marre|lasse?|epuisee?)\s+de\s+(?:vivre|la\s+vie"
        r"|exister)\b",
    ),
    # waiting for death: "j'attends plus que la mort"
    _fr(
        "fr2_waiting_for_death",
        _DW,
        _CON,
        r"\bj'?\s?attends?\s+(?:plus\s+|juste\s+|seulement\s+)?(?:que\s+)?la\s+mort\b",
    ),
    # a past jump: "en 2017 j'ai sauté d'un pont" (not bungee, not into the river)
    _fr(
        "fr2_past_jump",
        _SI,
        _CON,
        r"\b(?:j'ai\s+saute|je\s+me\s+suis\s+jetee?)\s+(?:d'un|du|de\s+la|d'une|par\s+la|sous\s+(?:un|le))"
        r"\s+(?:\w+\s+)?(?:pont|immeuble|toit|balcon|fenetre|falaise|train|metro|viaduc)\b"
        r"(?![^.!?\n]{0,40}\b(?:elastique|bungee|parapente|riviere|l'eau|piscine|lac|mer|parachute))",
        past=True,
    ),
    # "pardonnez-moi pour ce que je vais faire"
    _fr(
        "fr2_forgive_what_i_do",
        _SI,
        _URG,
        r"\bpardonne[zs]?-?\s?moi\s+(?:pour\s+)?ce\s+que\s+je\s+(?:vais\s+faire|fais|m'apprete\s+a\s+faire)"
        r"\b",
    ),
    # "je vais passer à l'acte", "ma tête me dit de me tuer", "je mérite de mourir"
    _fr(
        "fr2_act",
        _SI,
        _URG,
        r"\b(?:vais|veux|pourrais|compte|vas|va)\s+passer\s+a\s+l'acte\b"
        r"|\b(?:ma\s+tete|les\s+voix|une\s+voix|mon\s+cerveau|quelque\s+chose)\s+(?:\w+\s+)?me\s+(?:dit"
        r"|disent|dicte|repete|pousse)\s+(?:de|a)\s+(?:me\s+tuer|me\s+suicider|mourir|en\s+finir"
        r"|me\s+faire\s+du\s+mal|me\s+couper|sauter)\b",
    ),
    _fr(
        "fr2_deserve_die",
        _NR,
        _CON,
        r"\bje\s+merite\s+de\s+(?:mourir|crever|disparaitre)\b"
        r"|\b(?:je\s+devrais|je\s+ne\s+devrais)\s+(?:plus|pas)\s+etre\s+(?:en\s+vie|vivante?)\b"
        r"|\b(?:auraient|aurait)\s+(?:jamais|pas)\s+du\s+(?:m'avoir|me\s+mettre\s+au\s+monde|me\s+faire)\b",
    ),
    # "ne plus jamais ouvrir les yeux", "disparaître pour de bon", "tout arrêter pour de bon"
    _fr(
        "fr2_for_good",
        _DW,
        _CON,
        r"\bne\s+(?:plus\s+(?:jamais\s+)?|jamais\s+(?:plus\s+)?)(?:r?ouvrir)\s+les\s+yeux\b"
        r"|\bdisparaitre\s+(?:pour\s+de\s+bon|definitivement|de\s+la\s+surface\s+de\s+la\s+terre)\b"
        r"|\btout\s+arreter\s+(?:pour\s+de\s+bon|definitivement)\b"
        r"|\bpeu\s+importe\s+(?:que|si)\s+je\s+(?:vive|vis|meure|meurs)\b",
    ),
    # "une seule issue pour moi" (not "pour sortir du parking")
    _fr(
        "fr2_only_way_out",
        _SI,
        _CON,
        # "il n'y a qu'une" is not a negation: the match starts at "il"
        r"(?:\bil\s+n'y\s+a\s+|\by\s+a\s+)?(?:\bqu'une|\bune)\s+seule\s+(?:issue|solution|sortie)\s+"
        r"pour\s+moi\b",
    ),
    # "ma tentative de l'hiver dernier", "envie de recommencer"
    _fr(
        "fr2_my_attempt",
        _SI,
        _CON,
        r"\bma\s+(?:derniere\s+|premiere\s+)?tentative\b(?=\s*(?:$|[.!?,;:\n]|de\s+l'(?:hiver|ete|an"
        r"|annee|automne)|d'(?:avril|aout|octobre)|de\s+(?:janvier|fevrier|mars|mai|juin|juillet"
        r"|septembre|novembre|decembre|noel)|en\s+(?:19|20)\d\d|l'an|l'annee|il\s+y\s+a|et\b|j'ai\b))",
        past=True,
    ),
    # "dormir et plus jamais me lever", "j'aurais dû crever", "quitter la vie"
    _fr(
        "fr2_sleep_never_rise",
        _DW,
        _CON,
        r"\bdormir\s+et\s+(?:ne\s+)?(?:plus\s+jamais|jamais\s+plus|plus|pu)\s+(?:me\s+)?(?:lever|reveiller"
        r"|relever)\b"
        r"|\bj'aurais\s+du\s+(?:crever|mourir)\b(?!\s+de\s+(?:rire|honte|peur|froid|faim))"
        r"|\bquitter\s+(?:la\s+vie|ce\s+monde|cette\s+terre)\b"
        r"|\bquitter\b[^.!?\n]{0,30}?\bla\s+vie\s+aussi\b",
    ),
    # a decision taken, "ça" done on a day: "ma décision est prise, je fais ça dimanche."
    _fr(
        "fr2_decision_taken",
        _SI,
        _URG,
        r"\bma\s+decision\s+est\s+prise,?\s+je\s+(?:le\s+fais|fais\s+ca|le\s+ferai|ferai\s+ca|vais\s+le"
        r"\s+faire)(?:\s+\w+){0,2}(?=\s*(?:$|[.!?,;\n]))",
    ),
    # looking into the void and thinking how easy it would be
    _fr(
        "fr2_void",
        _PM,
        _URG,
        r"\b(?:regarde|fixe)\w*\s+(?:\w+\s+)?le\s+vide\b[^.!?\n]{0,50}?\b(?:ce\s+serait\s+(?:facile"
        r"|simple|rapide)|sauter|en\s+finir|me\s+laisser\s+tomber)\b",
    ),
)
