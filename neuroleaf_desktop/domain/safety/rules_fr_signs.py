"""French warning signs and self-harm in texted, spoken, Québec and older adults' wording.

Why a module of its own: ``rules_fr`` holds one written pattern per sign; these are the
families it misses: the dropped "ne" ("j'en peux plus", "je la supporte plus"), "chuis à
bout", "au bout du rouleau", "y a plus rien pour moi", "je suis de trop", goodbyes asking
forgiveness or not to be forgotten, "là où je vais j'en aurai pas besoin", pills kept "pour
plus tard" or gathered from several doctors, "médocs", "flingue", a slip knot looked up.

Look-alikes stay out by the words around them: "à bout de souffle" after a run, "j'en peux
plus de rire", a cut while cooking (``everyday``), a goodbye to colleagues (``everyday``).
Text is case- and accent-folded first.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.medicine_words import WITH_NAMED_DRUGS
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, rule
from neuroleaf_desktop.domain.safety.rules_core_signs import no_handing_on_reason

_TP, _NF, _BU = Category.TRAPPED_PAIN, Category.NO_FUTURE, Category.BURDEN
_GB, _GA, _GM = Category.GOODBYES, Category.GIVING_AWAY, Category.GETTING_MEANS
_SH = Category.SELF_HARM
_URG, _CON = Severity.URGENT, Severity.CONCERN

_fr = partial(rule, lang="fr", inherent=True)
_fr_any = partial(rule, lang="fr", inherent=False)

_JE = r"(?:\bje\s+|\bj'?\s?)"
_MEDS = WITH_NAMED_DRUGS["fr"]
_GIVE = r"(?:donne\w*|offert|offre|debarrasse\w*|distribue\w*|legue\w*|laisse)"
#: "je suis", texted: "chuis", "chu", "jsuis", "j'suis", or just "suis".
_I_AM = r"(?:\bje\s+suis|\bchuis|\bchu|\bjsuis|\bj'suis|\bj\s+suis|^suis)"

RULES: tuple[Rule, ...] = (
    # "j'en peux plus" without "ne" (not "j'en peux plus de rire / de ce froid")
    _fr(
        "fr2_cant_take_more",
        _TP,
        _CON,
        r"\bj'en\s+peux\s+(?:\w+\s+)?(?:plus|pu|pus)\b(?!\s+(?:de|d')\s*(?!vivre|cette\s+vie"
        r"|souffrir|tout\b|rien\b|moi\b|ma\s+vie))",
    ),
    # "chuis à bout", "je suis au bout du rouleau" (not "à bout de souffle")
    _fr(
        "fr2_at_the_end",
        _TP,
        _CON,
        rf"{_I_AM}\s+(?:\w+\s+)?(?:a\s+bout|au\s+bout\s+du\s+rouleau|au\s+bout\s+de\s+ma\s+vie)\b"
        r"(?!\s+de\s+(?:souffle|nerfs|bras|forces\s+apres))",
    ),
    # "plus aucune issue", "aucune échappatoire" (not "issue de secours")
    _fr(
        "fr2_no_exit",
        _TP,
        _CON,
        r"\b(?:plus|pu)\s+(?:aucune|d')\s*(?:issue|echappatoire|sortie)\b(?!\s+de\s+secours)"
        r"|\baucune\s+(?:issue|echappatoire)\b(?!\s+de\s+secours)",
    ),
    # pain one cannot bear, "ne" dropped: "cette souffrance … je la supporte plus"
    _fr(
        "fr2_pain_unbearable",
        _TP,
        _CON,
        r"\b(?:souffrance|douleur|peine)\b[^.!?\n]{0,30}\bje\s+(?:ne\s+)?la\s+(?:supporte|tolere)"
        r"\s+(?:plus|pu)\b"
        r"|\b(?:souffrance|douleur)\s+(?:\w+\s+){0,2}?(?:insupportable|intenable|trop\s+forte)\b"
        r"|\bje\s+(?:supporte|tiens|tolere)\s+(?:plus|pu)\s+(?:cette\s+(?:douleur|souffrance|vie)"
        r"|rien|le\s+coup|ma\s+vie)\b"
        r"|\bpris(?:e)?\s+au\s+piege\s+(?:de|dans)\s+(?:ma|mon|cette)\s+(?:propre\s+)?(?:vie|tete"
        r"|corps|existence)\b",
    ),
    # "y a plus rien pour moi ici", "plus rien à attendre (de la vie)"
    _fr(
        "fr2_nothing_left",
        _NF,
        _CON,
        r"\b(?:il\s+n'y\s+a|il\s+y\s+a|y\s+a|y'a|ya|il\s+reste|reste)\s+(?:plus|pu)\s+rien\s+"
        r"(?:pour\s+moi|a\s+attendre|a\s+esperer)\b"
        r"|\bje\s+n?'?\s?attends\s+plus\s+rien\s+de\s+(?:la\s+vie|l'avenir|demain)\b"
        r"|\b(?:a\s+quoi\s+bon|pourquoi)\s+(?:\w+\s+)?(?:continuer|vivre|me\s+battre|me\s+lever"
        r"|lutter|tenir)\b",
    ),
    # "ça ira jamais mieux", "ça changera jamais" without "ne"
    _fr(
        "fr2_never_better",
        _NF,
        _CON,
        r"\b(?:ca|cela|rien|tout)\s+(?:ira|changera|s'arrangera)\s+(?:\w+\s+)?jamais\b"
        r"|\b(?:j'ai|j'\s?ai)\s+(?:plus|pu)\s+(?:aucun|d')\s*(?:espoir|avenir)\b"
        r"|\bje\s+(?:ne\s+)?me\s+vois\s+(?:pas|aucun|plus)\s+(?:d'|de\s+)?avenir\b",
    ),
    # "je suis un boulet", "je suis de trop", "je gâche la vie de tout le monde"
    _fr(
        "fr2_burden_words",
        _BU,
        _CON,
        rf"{_I_AM}\s+(?:juste\s+|qu'|seulement\s+|vraiment\s+)?(?:un|une)\s+(?:boulet|poids\s+mort"
        r"|charge)\b|"
        rf"{_I_AM}\s+de\s+trop\b(?=\s*(?:$|[.!?,;:\n]|partout|pour\s+tout|dans\s+(?:cette|ma)\s+(?!reunion|soiree|fete|classe|equipe|conversation|voiture|salle)))"
        r"|\bje\s+(?:gache|pourris|empoisonne)\s+la\s+vie\s+(?:de|a)\s+(?:tout\s+le\s+monde|tous"
        r"|ma\s+famille|mes\s+(?:proches|enfants|parents))\b",
    ),
    # better off without me: conditional, comparative, "sans moi" / "si j'étais plus là"
    _fr(
        "fr2_better_without_me",
        _BU,
        _CON,
        r"\b\w+(?:rait|raient)\b[^.!?\n]{0,40}\b(?:mieux|meilleure?s?|heureu\w*|tranquilles?"
        r"|libres?|facile|simple|legere?s?|soulage\w*|en\s+paix)\b[^.!?\n]{0,20}\b(?:sans\s+moi"
        r"|si\s+(?:je\s+n'|j')\s?(?:etais|existais)\s+(?:(?:plus|pu|pas)(?:\s+(?:la|ici|en\s+vie))?"
        r"(?=\s*(?:$|[.!?,;:\n]))|morte?\b)"
        r"|si\s+je\s+(?:partais|disparaissais|mourais))\b",
    ),
    # "personne ne remarquerait si je disparaissais", "personne me regretterait"
    _fr(
        "fr2_nobody_would_notice",
        _BU,
        _CON,
        r"\bpersonne\s+(?:ne\s+|n'\s?)?(?:me\s+)?(?:remarquerait|regretterait|pleurerait"
        r"|verrait\s+la\s+difference)\b",
    ),
    # letters or messages for afterwards, final farewells asking forgiveness
    _fr(
        "fr2_farewell",
        _GB,
        _CON,
        r"\b(?:lettres?|mots?|messages?|videos?|enveloppes?)\b[^.!?\n]{0,60}\b(?:(?:trouveront|liront"
        r"|lirez|trouverez|decouvriront)\s+(?:\w+\s+)?(?:apres|quand\s+je\s+(?:ne\s+)?serai)"
        r"|a\s+(?:ouvrir|lire)\s+apres|pour\s+apres)"
        r"|\b(?:adieu|au\s+revoir|je\s+vous\s+laisse|je\s+m'en\s+vais)\b[^.!?\n]{0,60}\b"
        r"(?:pardonnez-moi|pardonne-moi|ne\s+m'oubliez\s+pas|ne\s+m'oublie\s+pas)"
        r"|\b(?:pardonnez-moi|pardonne-moi)\b[^.!?\n]{0,40}\badieu\b"
        r"|\bc'etait\s+(?:\w+\s+)?(?:bien|bon|beau|un\s+plaisir|une\s+chance)\s+de\s+vous\s+"
        r"(?:avoir\s+)?connaitre\b"
        r"|\b(?:dernier|derniers)\s+(?:message|mot|texto|sms|appel)s?\b[^.!?\n]{0,50}\badieu\b"
        r"|\b(?:message|mot|video|texto|sms|mail|courriel)s?\s+d'adieu\b",
    ),
    # affairs settled for after: "j'ai réglé mes comptes … je suis prête à partir"
    _fr(
        "fr2_affairs_for_after",
        _GB,
        _CON,
        r"\b(?:regle|prepare|mis\s+en\s+ordre|range|trie)\s+(?:tous\s+|toutes\s+)?mes\s+"
        r"(?:comptes|papiers|affaires)\b(?=[^.!?\n]{0,60}\b(?:pour\s+(?:mes\s+enfants|ma\s+famille"
        r"|apres)|prete?\s+a\s+partir|au\s+cas\s+ou|quand\s+je\s+(?:ne\s+)?serai))",
    ),
    # giving things away "là où je vais", "j'en aurai pas besoin", "à quoi bon les garder"
    _fr(
        "fr2_giving_away",
        _GA,
        _CON,
        # no reason for handing the thing on in the line (a new one bought, a move, exams)
        rf"\b{_GIVE}\b{no_handing_on_reason('fr', 140)}"
        r"(?=[^.!?\n]{0,80}\b(?:j'en\s+aurai\s+(?:pas|plus|pu)\s+besoin|(?:plus|pu)"
        r"\s+besoin(?!\s+d[e'])|la-haut|la\s+ou\s+je\s+vais|a\s+quoi\s+bon\s+(?:les|la|le)\s+garder|quand\s+je\s+"
        r"(?:ne\s+)?serai\s+(?:plus|pu)\s+la|(?:je\s+n')?en\s+ai\s+(?:plus|pu)\s+pour\s+longtemps))",
    ),
    # pills kept back, stolen "pour plus tard", gathered from several doctors
    _fr_any(
        "fr2_pills_kept",
        _GM,
        _URG,
        rf"\b(?:mis|mets|mettre|garde|gardes|cache|planque)\s+(?:des\s+|mes\s+|les\s+|quelques\s+"
        rf"|plein\s+de\s+|\d+\s+)?{_MEDS}\s+de\s+cote\b"
        rf"|\b(?:pique|vole|chope|recupere|pris|cache|planque)\s+(?:les\s+|des\s+|ses\s+|\w+\s+)?"
        rf"{_MEDS}\b[^.!?\n]{{0,40}}\b(?:pour\s+plus\s+tard|au\s+cas\s+ou|pour\s+le\s+jour\s+ou"
        r"|de\s+cote)\b"
        rf"|\b{_MEDS}\b[^.!?\n]{{0,60}}\b(?:pour\s+en\s+avoir\s+assez|a\s+plusieurs\s+medecins"
        r"|chez\s+plusieurs\s+medecins|dans\s+plusieurs\s+pharmacies)\b"
        rf"|\b(?:reserve|stock|provision)\s+de\s+{_MEDS}"
        rf"|\b(?:accumul|stock|amass|entass|collectionn)\w*\s+(?:\w+\s+)?(?:du\s+|des\s+|de\s+l')?"
        rf"{_MEDS}"
        r"|\bcombien\b[^.!?\n]{0,40}?\b(?:faut|faudrait|en\s+prendre)\b[^.!?\n]{0,30}?\bpour\s+"
        r"(?:ne\s+(?:plus|pas)\s+(?:se|me)\s+reveiller|mourir|en\s+finir|y\s+rester)\b",
    ),
    # weapon slang and a slip knot looked up
    _fr_any(
        "fr2_weapon_knot",
        _GM,
        _URG,
        r"\b(?:procure|achete|trouve|chope|recupere|eu)\s+(?:un|une)\s+(?:flingue|calibre|glock"
        r"|arme\s+a\s+feu|carabine|lame\s+de\s+rasoir|corde\s+solide)\b"
        r"|\bcomment\s+(?:faire|nouer)\s+(?:un\s+)?n(?:oe|\u0153)ud\s+coulant\b",
    ),
    # texted self-harm: "jme coupe encore", "je me tape la tête contre le mur jusqu'à avoir mal"
    _fr(
        "fr2_self_harm",
        _SH,
        _CON,
        rf"{_JE}me\s+(?:coupe|coupais|scarifie|scarifiais|mutile|mutilais|brule|brulais|griffe"
        r"|frappe|tape|cogne|taillade|tailladais|entaille|entaillais)\s+"
        r"(?:encore|a\s+nouveau|de\s+nouveau|tous\s+les\s+(?:jours|soirs)|souvent|expres"
        r"|volontairement|en\s+cachette|les\s+(?:bras|poignets|cuisses|jambes|hanches))\b"
        r"(?!\s+(?:\w+\s+)?(?:les\s+)?(?:cheveux|ongles|frange|barbe|doigt|en\s+cuisinant))"
        r"|\bme\s+(?:tape|cogne|frappe|griffe|mords|pince)\w*\s+(?:\w+\s+){0,5}?(?:jusqu'a|pour)\s+"
        r"(?:avoir\s+mal|saigner|au\s+sang|avoir\s+des\s+bleus|me\s+faire\s+mal"
        # (… or until it leaves marks on the writer: "jusqu'à laisser des marques")
        r"|laisser\s+(?:des|la|les)\s+(?:marques?|traces?))\b"
        r"|\bje\s+me\s+(?:mords|griffe|gratte|pince|frappe|tape)\w*\s+(?:\w+\s+){0,3}?jusqu'au\s+sang\b"
        r"|\bme\s+suis\s+(?:encore\s+)?fait\w?\s+(?:des|plein\s+de|de\s+nouvelles)\s+(?:coupures"
        r"|entailles|brulures|griffures|marques)\b(?![^.!?\n]{0,30}\ben\s+(?:cuisinant|tombant"
        r"|bricolant|jardinant|jouant|rasant))"
        r"|\bme\s+suis\s+(?:encore|deja|de\s+nouveau|a\s+nouveau)\s+fait\w?\s+(?:du|de)\s+mal\b"
        r"|\bme\s+(?:fais|faire|ferais|fait)\s+(?:encore\s+)?mal\s+(?:expres|volontairement"
        r"|pour\s+(?:sentir|ressentir|me\s+punir|oublier))\b",
    ),
    # metaphors of no way forward: "je vois plus la lumière au bout du tunnel"
    _fr(
        "fr2_no_light",
        _NF,
        _CON,
        r"(?:\bje\s+(?:ne\s+)?|\bj'?\s?)vois\s+(?:plus|pas|pu|aucune)\s+(?:de\s+|la\s+)?lumiere\s+"
        r"au\s+bout\s+du\s+tunnel\b"
        r"|\b(?:il\s+n'y\s+a|y\s+a|ya)\s+(?:plus|pas|pu|aucune)\s+(?:de\s+)?lumiere\s+au\s+bout\s+"
        r"du\s+tunnel\b",
    ),
    # "ma vie est une impasse / une prison", "impossible d'en sortir"
    _fr(
        "fr2_life_is_prison",
        _TP,
        _CON,
        r"\bma\s+vie\s+est\s+(?:\w+\s+){0,2}?(?:impasse|prison|cage|enfer|cul-de-sac|cauchemar)\b"
        r"|\b(?:je\s+tourne\s+en\s+rond|je\s+suis\s+vide)\b[^.!?\n]{0,30}\bimpossible\s+"
        r"(?:d'en|de\s+m'en)\s+sortir\b"
        r"|\bimpossible\s+de\s+m'en\s+sortir\b",
    ),
    # self-harm by burning: "j'écrase mes cigarettes sur mon bras"
    _fr(
        "fr2_self_harm_burn",
        _SH,
        _CON,
        r"\b(?:ecrase|eteins|eteint|ecrasais|eteignais)\s+(?:mes|des|ma|une|la)\s+cigarettes?\s+sur\s+"
        r"(?:mon|ma|mes)\s+(?:\w+\s+)?(?:bras|peau|main|mains|jambes?|cuisses?|poignets?|ventre)\b",
    ),
    # "y a pas d'issue" without "ne" ("pas de porte de sortie": a way out)
    _fr(
        "fr2_no_exit_spoken",
        _TP,
        _CON,
        r"\b(?:il\s+y\s+a|y\s+a|y'a|ya)\s+(?:pas|plus|pu|aucune)\s+(?:d'|de\s+)?(?:porte\s+de\s+)?(?:issue|sortie"
        r"|echappatoire)\b(?!\s+de\s+secours)",
    ),
    # a final message: "je vous aime, adieu", "c'est la dernière fois que j'écris ici"
    _fr(
        "fr2_final_message",
        _GB,
        _CON,
        r"\b(?:je\s+vous\s+aime|prenez\s+soin\s+de\s+vous|prends\s+soin\s+de\s+toi"
        r"|c'est\s+la\s+derniere\s+fois\s+que\s+j'ecris)\b[^.!?\n]{0,60}\badieu\b",
    ),
    # searching how to hang or kill oneself
    _fr_any(
        "fr2_search_how",
        _GM,
        _URG,
        # the match stops before "se": "comment se pendre" is impersonal, not someone else
        r"\b(?:cherche|recherche|regarde|tape|google|renseigne)\w*\b[^.!?\n]{0,30}?\bcomment"
        r"(?=\s+(?:(?:se|me)\s+(?:pendre|tuer|suicider|foutre\s+en\s+l'air)|mourir|en\s+finir)\b)",
    ),
    # "je me vois plus continuer", "j'ai plus de raisons de rester"
    _fr(
        "fr2_cannot_see_going_on",
        _NF,
        _CON,
        r"\bje\s+(?:ne\s+)?me\s+vois\s+(?:plus|pas|pu)\s+(?:continuer|vivre|tenir|avancer|vieillir)\b"
        r"|\bj'?\s?ai\s+(?:plus|pu)\s+(?:aucune\s+|de\s+)?raisons?\s+de\s+(?:vivre|rester|continuer)\b"
        r"(?!\s+(?:dans|ici|a|avec|chez|en)\b)",
    ),
    # tired of fighting, buried alive, every day an ordeal, how long I can hold on
    _fr(
        "fr2_worn_out",
        _TP,
        _CON,
        r"\b(?:epuisee?|fatiguee?|lasse?)\s+de\s+(?:me\s+battre|lutter|tenir\s+le\s+coup|faire\s+semblant)\b"
        r"|\benterree?\s+vivante?\b"
        r"|\b(?:chaque\s+jour|la\s+vie|ma\s+vie|vivre)\s+est\s+(?:\w+\s+)?(?:calvaire|torture|supplice)\b"
        r"|(?:\bsais\s+pas\s+|\bne\s+sais\s+pas\s+)?\bcombien\s+de\s+temps\s+je\s+(?:vais|pourrai|peux)\s+"
        r"(?:encore\s+)?(?:tenir|supporter|durer|continuer)\b",
    ),
    # the means at hand: "j'ai la corde dans le garage, ça me tourne dans la tête"
    _fr(
        "fr2_means_at_hand",
        _GM,
        _URG,
        r"\bj'?\s?ai\s+(?:la|une|le|un)\s+(?:corde|fusil|arme|pistolet|flingue|revolver)\b[^.!?\n]{0,40}?"
        r"\b(?:a\s+portee\s+de\s+main|ca\s+me\s+tourne\s+dans\s+la\s+tete|j'y\s+pense|pour\s+les\s+mauvais"
        r"\s+jours|au\s+cas\s+ou|pret)\b"
        r"|\bgarde\s+(?:une|des|ma|mes)\s+(?:lames?|rasoirs?|cutters?)\b[^.!?\n]{0,40}?\b(?:pour\s+les"
        r"\s+mauvais\s+jours|au\s+cas\s+ou|pour\s+me\s+couper|sur\s+moi)\b",
    ),
    # "c'est mon dernier message" (not "… avant les vacances")
    _fr(
        "fr2_last_message",
        _GB,
        _CON,
        r"\bc'est\s+mon\s+dernier\s+(?:message|mot|post)\b(?!\s+(?:avant|de\s+la|de\s+l'|pour\s+"
        r"(?:aujourd'hui|ce\s+soir|cette)|du\s+jour|ici\s+avant|de\s+l'annee))",
    ),
    # "personne ne s'en rendrait compte si je partais pour toujours"
    _fr(
        "fr2_nobody_would_notice_if",
        _BU,
        _CON,
        r"\bpersonne\s+(?:ne\s+)?(?:s'en\s+rendrait\s+compte|le\s+remarquerait|le\s+verrait)\b"
        r"[^.!?\n]{0,30}\bsi\s+je\s+(?:partais\s+pour\s+(?:toujours|de\s+bon)|disparaissais|mourais"
        r"|n'etais\s+plus\s+la|me\s+tuais)\b",
    ),
    # giving away "je n'en ai plus l'usage", "chacun aura quelque chose quand je serai partie"
    _fr(
        "fr2_no_use_anymore",
        _GA,
        _CON,
        rf"\b{_GIVE}\b(?=[^.!?\n]{{0,60}}\b(?:n'en\s+ai\s+plus\s+l'usage|en\s+ai\s+(?:plus|pu)\s+l'usage))"
        r"|\bchacun\s+(?:aura|recevra)\s+(?:\w+\s+){0,2}?quand\s+je\s+(?:serai\s+(?:partie?|plus\s+la)"
        r"|ne\s+serai\s+plus\s+la)\b",
    ),
    # the blade again; how long to bleed out; "à quoi ça sert que je sois là"
    _fr(
        "fr2_blade_again",
        _SH,
        _CON,
        r"\b(?:repris|ressorti|resorti)\s+(?:la|les|ma|mes)\s+(?:lames?|rasoirs?|cutter)\b",
    ),
    _fr_any(
        "fr2_bleed_out",
        _GM,
        _URG,
        r"\b(?:combien|comment)\b[^.!?\n]{0,40}?\b(?:se\s+vider\s+de\s+son\s+sang|mourir\s+d'une\s+overdose)\b",
    ),
    _fr(
        "fr2_what_use_am_i",
        _NF,
        _CON,
        r"\ba\s+quoi\s+(?:ca\s+)?sert\s+(?:que\s+je\s+(?:sois|reste)\s+(?:la|en\s+vie|ici)|de\s+(?:vivre"
        r"|continuer|me\s+lever))\b",
    ),
    # "j'ai plus la force de me battre", "la vie n'a plus aucun sens", counting the days left
    _fr(
        "fr2_no_strength_no_sense",
        _TP,
        _CON,
        r"(?:\bje\s+n'|\bj'?\s?)ai\s+(?:plus|pu)\s+(?:la\s+)?force\s+de\s+(?:me\s+battre|lutter|continuer"
        r"|vivre|tenir)\b",
    ),
    _fr(
        "fr2_no_sense",
        _NF,
        _CON,
        r"\b(?:la\s+vie|ma\s+vie|plus\s+rien|rien)\s+n'a\s+(?:plus\s+)?(?:aucun\s+|de\s+)?sens\b"
        r"|\bje\s+compte\s+les\s+jours\s+qui\s+me\s+restent\b(?!\s+(?:avant|jusqu|a\b|au\b|de\b))",
    ),
    # the rope and chair prepared; funeral instructions "au cas où"
    _fr(
        "fr2_rope_ready",
        _GM,
        _URG,
        r"\b(?:prepare|installe|accroche|attache|noue)\w*\s+(?:\w+\s+){0,4}?(?:la|une|ma)\s+corde\b"
        r"(?!\s+(?:a\s+linge|a\s+sauter|du\s+bateau|pour\s+(?:le|la|les)\s+(?!me)))",
    ),
    _fr(
        "fr2_funeral_orders",
        _GB,
        _CON,
        r"\b(?:instructions|consignes|volontes)\s+pour\s+mes\s+(?:funerailles|obseques|enterrement)\b",
    ),
    # "je m'ouvre les bras pour relâcher la pression"
    _fr(
        "fr2_open_skin",
        _SH,
        _CON,
        r"\bm'ouvr\w*\s+les\s+(?:bras|cuisses|jambes|avant-bras|mains)\b",
    ),
    # "personne n'a besoin de moi", a cord round the neck
    _fr(
        "fr2_not_needed",
        _BU,
        _CON,
        r"\bpersonne\s+(?:n'a|a)\s+besoin\s+de\s+moi\b|\ble\s+monde\s+n'a\s+pas\s+besoin\s+de\s+moi\b",
    ),
    _fr_any(
        "fr2_cord_neck",
        _GM,
        _URG,
        r"\b(?:corde|cable|ceinture|fil|cordon)\s+(?:\w+\s+){0,2}?autour\s+(?:du|de\s+mon)\s+cou\b",
    ),
)
