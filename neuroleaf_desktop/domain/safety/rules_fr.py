"""French phrase rules: explicit statements and the commonest warning signs.

Text is accent-folded ("à" → "a", "é" → "e") and apostrophes made straight before matching.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.medicine_words import words
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, rule
from neuroleaf_desktop.domain.safety.rules_core_signs import no_handing_on_reason

_MEDS = words(
    "fr", "medicaments", "cachets", "comprimes", "pilules", "somniferes", "antidepresseurs"
)
_DIE = (
    r"(?:mourir|me\s+tuer|me\s+suicider|disparaitre\s+(?:pour\s+toujours|a\s+jamais)|en\s+finir"
    # "en finir avec ce dossier / la cigarette" is a task or a habit, not a life
    r"(?!\s+avec\s+(?!(?:la\s+vie|ma\s+vie|cette\s+vie|tout|moi|l'existence)\b))"
    r"|mettre\s+fin\s+a\s+(?:mes\s+jours|ma\s+vie)|etre\s+morte?)"
)
_GIVE = r"(?:donne\w*|offert|offre|debarrasse\w*|distribue\w*)"
# a word that denies what follows it, even with "ne" dropped ("je pense pas au suicide")
_NOT_A_DENIAL = r"(?!(?:pas|plus|jamais|point|guere|rien|aucunement|nullement)\b)"


# Every rule in this file is a fr rule.
_r = partial(rule, lang="fr", inherent=True)


RULES: tuple[Rule, ...] = (
    _r(
        "fr_want_to_die",
        Category.SUICIDAL_IDEATION,
        Severity.URGENT,
        r"\b(?:je\s+veux|je\s+voudrais|j'ai\s+envie\s+de|j'ai\s+juste\s+envie\s+de|je\s+souhaite"
        rf"|j'aimerais|je\s+vais)\s+(?:juste\s+|vraiment\s+|seulement\s+)?{_DIE}\b"
        r"|\b(?:envie|besoin)\s+d'en\s+finir\b(?!\s+avec\s+(?!(?:la\s+vie|ma\s+vie|cette\s+vie|tout|moi)\b))"
        r"|\bje\s+veux\s+(?:juste\s+)?disparaitre\b"
        r"|\bfatiguee?\s+de\s+vivre\b|\bje\s+(?:ne\s+)?veux\s+plus\s+vivre(?!\s+(?:a|en|avec|ici|chez|dans|sans|seule?)\b)|\b(?:je\s+n'ai|j'ai)\s+plus\s+(?:aucune\s+)?envie\s+de"
        r"\s+vivre(?!\s+(?:a|en|avec|ici|chez|dans|sans|seule?)\b)",
    ),
    _r(
        "fr_thoughts",
        Category.SUICIDAL_IDEATION,
        Severity.URGENT,
        # (spoken French drops "ne": the word between is never "pas", "plus", "jamais")
        rf"\b(?:pense|pensais|penser)\s+(?:{_NOT_A_DENIAL}\w+\s+)?a\s+(?:me\s+suicider|me\s+tuer"
        r"|mettre\s+fin\s+a\s+(?:mes\s+jours|ma\s+vie)|la\s+mort|mourir|en\s+finir|au\s+suicide)\b"
        rf"|\b(?:pense|pensais|penser)\s+(?:{_NOT_A_DENIAL}\w+\s+)?(?:au\s+suicide|a\s+la\s+mort)\b"
        r"|\b(?:idees|pensees)\s+(?:suicidaires|noires|de\s+suicide|de\s+mort)|\bsuicidaire\b",
    ),
    _r(
        "fr_wish_dead",
        Category.DEATH_WISH,
        Severity.CONCERN,
        r"\bm'endormir\s+et\s+ne\s+(?:jamais|plus)(?:\s+jamais)?\s+(?:me\s+)?reveiller"
        r"|\bne\s+(?:veux\s+)?(?:plus\s+jamais|plus|jamais|pas)\s+me\s+reveiller\b|\bne\s+veux\s+plus\s+etre\s+(?:la|ici)\b"
        r"|\bmieux\s+si\s+je\s+n'(?:existais|etais)\s+(?:pas|plus)\b"
        r"|\bj'aurais\s+(?:du|prefere)\s+(?:ne\s+jamais\s+naitre|mourir(?!\s+de\s+(?:rire|honte|peur|faim"
        r"|froid)))",
    ),
    _r(
        "fr_attempt",
        Category.SUICIDAL_IDEATION,
        Severity.URGENT,
        r"\btentatives?\s+de\s+suicide|\b(?:essaye|tente)\s+de\s+me\s+(?:tuer|suicider|donner\s+la"
        r"\s+mort)|\b(?:essaye|tente)\s+d'en\s+finir",
        inherent=False,
    ),
    _r(
        "fr_plan",
        Category.PLAN_OR_METHOD,
        Severity.URGENT,
        r"\bun\s+plan\s+pour\s+(?:mettre\s+fin|me\s+tuer|me\s+suicider|mourir|en\s+finir)"
        r"|\b(?:sauter|me\s+jeter)\s+(?:du|d'un|de\s+la|d'une|par\s+la|sous\s+(?:un|le))\s+"
        r"(?:\w+\s+)?(?:pont|immeuble|toit|balcon|fenetre|falaise|train|metro)"
        rf"|\bprendre\s+tous\s+mes\s+{_MEDS}|\blettre\s+de\s+suicide\b|\bme\s+pendre\b"
        # "me pendre au téléphone / au cou de maman" is an idiom
        r"(?!\s+(?:au\s+(?:telephone|tel|cou|bras)|a\s+(?:son|ton|leur)\s+cou))",
    ),
    _r(
        "fr_self_harm",
        Category.SELF_HARM,
        Severity.CONCERN,
        r"\bme\s+(?:suis\s+)?(?:encore\s+)?(?:scarifi\w*|mutil\w*)\b(?!\s+(?:jamais|pas|plus)\b)"
        # "je me scarifierais jamais": without "ne" the negation comes after the verb
        r"|\bscarifi\w*\b(?!\s+(?:jamais|pas|plus)\b)|\bautomutil\w*"
        r"|\bme\s+(?:fais|faire|suis\s+fait\w?|ferais|ferai)\s+(?:(?!jamais\b|pas\b|plus\b|rien\b)\w+\s+)?"
        r"(?:du|de)\s+mal\b"
        r"(?!\s+(?:au|a\s+la|en\s+(?:tombant|courant|jouant)|a\s+(?:regarder|voir|lire|ecouter|penser"
        r"|attendre|suivre)))"
        r"|\bme\s+suis\s+(?:encore\s+)?coupee?s?\s+(?:les\s+)?(?:bras|poignets|cuisses|jambes"
        r"|veines)|\bme\s+couper\s+(?:les\s+)?(?:bras|poignets|veines)"
        r"|\bje\s+me\s+(?:brule|brulais|suis\s+brulee?)\b(?!\s+(?:en\s+(?:cuisinant|repassant|faisant|sortant|\w+ant\b)|avec\s+"
        r"(?:le\s+four|l'eau|la\s+poele|le\s+fer)))"
        r"|\bje\s+me\s+coup(?:e|ais)" + END + r"|\bme\s+suis\s+(?:encore\s+)?coupee?s?\s+(?:encore"
        r"|a\s+nouveau|de\s+nouveau|expres)\b",
    ),
    _r(
        "fr_trapped",
        Category.TRAPPED_PAIN,
        Severity.CONCERN,
        # "je me sens plus piégée" is "no longer": the word between may not be "plus"/"pas"
        r"\bje\s+me\s+sens\s+(?:(?!plus\b|pas\b)\w+\s+)?(?:piegee?|prisonniere?|coincee?|enfermee?)\b"
        r"|\bje\s+suis\s+(?:(?!plus\b|pas\b)\w+\s+)?(?:piegee?|prisonniere?)\b"
        r"|\bje\s+ne\s+(?:peux|vais)\s+(?:pas|plus|jamais)\s+m'en\s+sortir\b"
        r"|\b(?:il\s+n'y\s+a|je\s+ne\s+vois|il\s+n'existe)\s+(?:pas|aucune|plus)\s+(?:d'|de\s+)?"
        r"(?:issue|sortie|echappatoire)|\bsans\s+issue\b"
        r"|\bla\s+douleur\s+est\s+(?:\w+\s+)?(?:insupportable|intenable|trop\s+forte)"
        r"|\bje\s+n'en\s+peux\s+(?:\w+\s+)?plus\b"
        # … not fed up with a boss, a job, the heat or the noise ("j'en peux plus de mon patron")
        r"(?!\s+(?:de\s+(?:mon|ma|mes|ce|cette|ces|son|sa|ses|leur|leurs|nos|la|le|les)|du|des)\s+"
        r"(?:patron\w*|chef\w*|boulot|travail|job|taf|bureau|collegue\w*|voisin\w*|chaleur"
        r"|canicule|bruit|bus|trains?|metro|bouchons?|embouteillages?|coloc\w*|proprio|profs?"
        r"|cours|examens?|partiels?|devoirs|chantier|banque|paperasse|impots?|ordi|telephone)\b)"
        r"|\bje\s+ne\s+(?:supporte|tiens)\s+plus\s+(?:cette\s+douleur|rien|le\s+coup|cette\s+vie)",
    ),
    _r(
        "fr_no_future",
        Category.NO_FUTURE,
        Severity.CONCERN,
        r"\bje\s+n'ai\s+(?:pas|plus|aucun)\s+(?:d'|de\s+)?avenir"
        # (in a firm, a team or a town pointed at: "dans cette boîte", "avec ce club")
        r"(?!\s+(?:dans|avec|chez|a)\s+(?:cette|ce|cet|cette\s+\w+)\s+(?!(?:vie|monde)\b)\w)"
        r"|\bil\s+n'y\s+a\s+(?:aucun|pas\s+d'|plus\s+d'|plus\s+aucun)\s*avenir"
        r"|\bje\s+ne\s+vois\s+(?:aucun|pas\s+d'|plus\s+d'|plus\s+aucun|pas\s+de|plus\s+de)\s*avenir"
        r"|\b(?:ca|cela|rien)\s+ne\s+(?:s'arrangera|ira\s+mieux|changera)\s+jamais"
        r"|\bne\s+vois\s+pas\s+comment\s+(?:ca|cela|les\s+choses|tout|ma\s+vie)\s+(?:pourrai(?:t|ent)"
        r"|va|vont|pourra)\s+(?:aller\s+mieux|s'arranger|changer)"
        r"|\bca\s+n'ira\s+jamais\s+mieux"
        r"|\bne\s+serai\s+plus\s+(?:un\s+)?(?:probleme|fardeau)\s+pour\s+personne"
        r"|\bje\s+n'ai\s+(?:plus\s+|pas\s+)?(?:aucune\s+|de\s+|d')?raisons?\s+de\s+vivre"
        r"|\b(?:aucune|plus\s+de|pas\s+de|sans)\s+raison\s+de\s+vivre"
        r"|\b(?:tout\s+est|je\s+suis|je\s+me\s+sens)\s+(?:\w+\s+)?(?:sans\s+espoir|desesperee?)"
        r"|\bplus\s+rien\s+n'a\s+de\s+sens|\b(?:il\s+n'y\s+a|je\s+n'ai)\s+plus\s+(?:d'|aucun\s+)espoir"
        r"|\bne\s+sert\s+(?:a\s+)?rien\s+de\s+(?:continuer|vivre|se\s+battre|lutter)\b",
    ),
    _r(
        "fr_burden",
        Category.BURDEN,
        Severity.CONCERN,
        r"\bje\s+suis\s+(?:juste\s+|qu'|seulement\s+)?(?:un\s+)?(?:fardeau|poids\s+pour)"
        r"|\b(?:seraient|serait|vivraient)\s+(?:\w+\s+){0,2}(?:mieux|heureux|heureuse|heureuses)\s+"
        r"sans\s+moi"
        r"|\bpersonne\s+ne\s+(?:me\s+regretterait|remarquerait)",
    ),
    _r(
        "fr_goodbyes",
        Category.GOODBYES,
        Severity.CONCERN,
        r"\blettres?\b[^.!?\n]{0,60}\bpour\s+apres\b|\b(?:fait|faire)\s+mes\s+adieux\b"
        r"|\bcomme\s+si\s+c'etait\s+la\s+derniere\s+fois\b|\bpour\s+quand\s+je\s+(?:ne\s+serai\s+plus"
        r"|serai\s+partie?)\b|\blettres?\s+d'adieu|\bquand\s+je\s+ne\s+serai\s+plus\s+(?:la|ici)\b|\bj'ai\s+(?:fait|ecrit|redige)\s+(?:mon|un)\s+testament"
        r"|\bmis\s+(?:mes\s+affaires|tout)\s+en\s+ordre"
        r"|\bdit\s+adieu\s+a\s+(?:tout\s+le\s+monde|tous)|\badieu\s+pour\s+toujours"
        r"|\bdit\s+adieu\s+\w+(?:\s+\w+)?\s+pour\s+toujours",
    ),
    _r(
        "fr_giving_away",
        Category.GIVING_AWAY,
        Severity.CONCERN,
        # no reason for handing the thing on in the line (a new one bought, a move, an exam)
        rf"\b{_GIVE}\b{no_handing_on_reason('fr', 140)}"
        r"(?=[^.!?\n]{0,80}\b(?:n'en\s+aurai\s+plus\s+besoin|plus\s+besoin(?!\s+d[e'])"
        r"|ne\s+me\s+servir\w*\s+plus|toutes\s+mes\s+affaires|mes\s+biens|le\s+plus\s+precieux))",
    ),
    _r(
        "fr_getting_means",
        Category.GETTING_MEANS,
        Severity.URGENT,
        rf"\b(?:reserves?|stock)\s+de\s+{_MEDS}"
        rf"|\b(?:accumul|stock|gard|amass)\w*\s+(?:\w+\s+)?{_MEDS}|\bmets\s+de\s+cote\s+(?:\w+\s+)?{_MEDS}"
        rf"|\b{_MEDS}\b[^.!?\n]{{0,40}}\b(?:pour\s+mourir|mortelle?|letale?|dose\s+letale)\b"
        r"|\b(?:procure|achete|trouve)\s+(?:une|un)\s+(?:arme|pistolet|fusil|revolver|corde)\b"
        r"|\bcherche\w*\s+(?:sur\s+internet\s+)?comment\s+(?:mourir|me\s+tuer|me\s+suicider)"
        r"|\bmethodes?\s+(?:pour|de)\s+(?:mourir|se\s+suicider|me\s+suicider)",
        inherent=False,
    ),
)
