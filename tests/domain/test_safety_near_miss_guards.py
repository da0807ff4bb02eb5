"""Everyday guards of older warning-sign rules: a thing handed on for a reason (a new one
bought, an exam, a course or a term over, outgrown, a move) or by someone else, a day at a
place in company, a date missed for work or with a return named, a future that is an obstacle
faced together. Each guard must leave the real sign of its family flagged.

The sentences are written for these tests and are not taken from any labelled set. A near-miss
is checked against the guarded rules themselves (other rules may read the same sentence on
their own terms); the ones no rule reads any more are also checked through the detector.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess_phrases
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.detector import ALL_RULES
from neuroleaf_desktop.domain.safety.normalize import normalize

_LANGS = ("en", "de", "fr", "es", "pt", "it")
_GIVING = frozenset(
    [f"{lang}_core_giving" for lang in _LANGS]
    + [f"{lang}_j_giving" for lang in ("es", "de", "fr", "it")]
    + [f"{lang}_j2_giving" for lang in ("fr", "pt", "it")]
    + ["es_giving_away", "j_giving_mine_away"]
    + [f"{lang}_core_{name}" for lang in _LANGS for name in ("given_with_an_ending", "handed_over")]
    + [f"rf_{lang}_give_away" for lang in ("es", "pt", "it")]
    + [f"{lang}_giving_away" for lang in ("fr", "pt", "it")]
    + ["giving_things_away", "de2_giving_away", "fr2_giving_away"]
)
_DAY_PLACE = frozenset(
    f"{lang}_core_{name}"
    for lang in _LANGS
    for name in ("day_place_decided", "time_place_decided", "going_decided")
)
_ABSENT = frozenset(
    [f"{lang}_core_{name}" for lang in _LANGS for name in ("absent_ahead", "ahead_not_reaching")]
    + ["pt_j4_not_here"]
)
_FUTURE = frozenset({"j_future_black"})
_AROUND = _ABSENT | {"j_wont_be_around"}
_GUARDED = _GIVING | _DAY_PLACE | _AROUND | _FUTURE


def _matching(text: str, names: frozenset[str]) -> set[str]:
    """The guarded rules whose expression matches ``text`` (folded as the detector reads it)."""
    folded, _ = normalize(text, fold=True)
    plain, _ = normalize(text)
    return {
        r.name
        for r in ALL_RULES
        if r.name in names and (r.pattern.search(folded) or r.pattern.search(plain))
    }


# (everyday sentence, the guarded rules that must not match it)
NEAR_MISSES: list[tuple[str, frozenset[str]]] = [
    # a thing handed on after an exam, a course or a term
    ("Gave my flashcards to my little cousin, won't be needing them after the exams.", _GIVING),
    ("Gave my revision notes to a first-year, I won't need them after the exam.", _GIVING),
    ("Handed my calculator to my sister, won't be needing it after this term.", _GIVING),
    ("Gave my textbooks to my cousin, course is over, won't be needing them.", _GIVING),
    (
        "Le regalé mis apuntes a mi prima porque ya aprobé el examen, ya no los voy a necesitar.",
        _GIVING,
    ),
    ("Le regalé mis libros a mi prima porque ya me gradué, ya no los voy a necesitar.", _GIVING),
    ("Dei meus livros para a minha prima porque me formei e não vou precisar mais.", _GIVING),
    ("Dei meus livros para a minha prima, já terminei o curso, não vou precisar mais.", _GIVING),
    ("Ho regalato i miei appunti a mia cugina, ho finito gli esami, non mi servono più.", _GIVING),
    ("J'ai donné mes fiches à ma cousine, après les examens je n'en aurai plus besoin.", _GIVING),
    (
        "Ich habe meine Bücher meiner Cousine geschenkt, nach der Prüfung brauche ich sie nicht "
        "mehr.",
        _GIVING,
    ),
    # a new one bought
    ("Gave my old laptop to my nephew, bought a new one, won't be needing it anymore.", _GIVING),
    ("Regalé mi bici a mi sobrino, me compré una nueva, ya no la voy a usar.", _GIVING),
    ("Dei a minha bicicleta ao meu sobrinho porque comprei uma nova, não vou mais usar.", _GIVING),
    ("Ho regalato la mia bici a mio nipote, ne ho comprata una nuova, non mi serve più.", _GIVING),
    (
        "J'ai donné mon vélo à mon neveu, j'en ai acheté un nouveau, je n'en aurai plus besoin.",
        _GIVING,
    ),
    # outgrown, a move
    (
        "Ho regalato i vestiti dei bambini alla vicina perché i bambini sono cresciuti. Non mi "
        "serve più.",
        _GIVING,
    ),
    (
        "I gave the pram to my sister, the kids have outgrown it, won't be needing it again.",
        _GIVING,
    ),
    (
        "J'ai donné mes livres de fac à ma voisine parce que je déménage, je n'en aurai plus "
        "besoin.",
        _GIVING,
    ),
    # someone else gave it away and will not need it
    ("My brother gave his guitars to his students, he won't be needing them.", _GIVING),
    ("My mum gave her sewing machine to my sister, she won't be needing it.", _GIVING),
    (
        "Meine Mutter hat ihre Nähmaschine meiner Schwester geschenkt, sie braucht sie nicht mehr.",
        _GIVING,
    ),
    ("I gave my gown to my sister after graduation, won't be needing it.", _GIVING),
    ("I gave my rifle to my brother, hunting season's over for me, won't be needing it.", _GIVING),
    ("Le di mis apuntes a mi hermana, ya terminé la carrera, ya no los voy a necesitar.", _GIVING),
    ("Dei minhas apostilas para a minha irmã, passei nas provas, não vou mais precisar.", _GIVING),
    ("Ho dato i miei libri a mio cugino, ho finito il corso, non mi servono più.", _GIVING),
    (
        "J'ai donné mon ancien téléphone à ma sœur, j'en ai acheté un neuf, je n'en aurai plus "
        "besoin.",
        _GIVING,
    ),
    (
        "Hab mein altes Rad meinem Neffen geschenkt, hab mir ein neues gekauft, brauch es nicht "
        "mehr.",
        _GIVING,
    ),
    # a day at a place, in company or for an outing
    ("Samstag mit den Kindern zur Talbrücke. Entschieden.", _DAY_PLACE),
    ("Sunday we're walking to the cliffs with my family. Decided.", _DAY_PLACE),
    ("Mardi, on va pique-niquer près du pont avec les enfants. C'est décidé.", _DAY_PLACE),
    ("Thursday we're driving to the viaduct with the kids. It's decided.", _DAY_PLACE),
    ("Saturday, the viaduct with my family for the photos. Decided.", _DAY_PLACE),
    ("El sábado vamos al viaducto con los niños. Ya está decidido.", _DAY_PLACE),
    ("Sábado vamos à ponte com as crianças. Está decidido.", _DAY_PLACE),
    ("Sabato andiamo al viadotto con i bambini. Deciso.", _DAY_PLACE),
    # a date missed for work, or with the return named
    (
        "The newsletter is scheduled to go out on Friday, I won't be around until I'm back "
        "from Lisbon.",
        _ABSENT,
    ),
    (
        "The newsletter for next month is scheduled, I won't be around to send it, I'm in "
        "Lisbon until the 5th.",
        _ABSENT,
    ),
    ("I won't be there for the next one, I'm working nights all month.", _ABSENT),
    (
        "Next month's newsletter is scheduled, I won't be around, I'm back from Lisbon on the 3rd.",
        _ABSENT,
    ),
    ("Não vou estar aqui na semana que vem, estou trabalhando no turno da noite.", _ABSENT),
    ("I won't be there for Christmas, I'm working the whole week.", _ABSENT),
    ("I'm not going to be here next summer, I'm doing my residency in Leeds.", _ABSENT),
    ("Je ne serai pas là le mois prochain, je travaille de nuit.", _ABSENT),
    ("No voy a estar aquí el próximo mes, me toca trabajar de noche.", _ABSENT),
    ("Não vou estar aqui no próximo mês, estou trabalhando à noite.", _ABSENT),
    # a note about the rent, the absence explained by a stay or a date
    (
        "Left a note for my flatmate about the rent, I won't be here next month, I'm at my mum's.",
        _AROUND,
    ),
    ("Left a note about the rent for the landlord since I won't be around on the 1st.", _AROUND),
    ("I won't be here next week, working doubles at the depot.", _AROUND),
    # the future as an obstacle faced together, or a page to fill
    ("The future is a wall we will climb together.", _FUTURE),
    ("The future is a blank canvas, and I get to paint it.", _FUTURE),
]

# Near-misses no rule flags at all now (every one of the list above).
CLEAR: list[str] = [
    "Handed my calculator to my sister, won't be needing it after this term.",
    "My brother gave his guitars to his students, he won't be needing them.",
    "My mum gave her sewing machine to my sister, she won't be needing it.",
    "Mardi, on va pique-niquer près du pont avec les enfants. C'est décidé.",
    "Sábado vamos à ponte com as crianças. Está decidido.",
    "Sabato andiamo al viadotto con i bambini. Deciso.",
    "El sábado vamos al viaducto con los niños. Ya está decidido.",
    "I won't be there for Christmas, I'm working the whole week.",
    "Je ne serai pas là le mois prochain, je travaille de nuit.",
    "No voy a estar aquí el próximo mes, me toca trabajar de noche.",
    "The future is a wall we will climb together.",
    "Left a note for my flatmate about the rent, I won't be here next month, I'm at my mum's.",
    "Left a note about the rent for the landlord since I won't be around on the 1st.",
    "Gave my flashcards to my little cousin, won't be needing them after the exams.",
    "Gave my revision notes to a first-year, I won't need them after the exam.",
    "Gave my textbooks to my cousin, course is over, won't be needing them.",
    "Le regalé mis apuntes a mi prima porque ya aprobé el examen, ya no los voy a necesitar.",
    "Le regalé mis libros a mi prima porque ya me gradué, ya no los voy a necesitar.",
    "Dei meus livros para a minha prima porque me formei e não vou precisar mais.",
    "Dei meus livros para a minha prima, já terminei o curso, não vou precisar mais.",
    "Ho regalato i miei appunti a mia cugina, ho finito gli esami, non mi servono più.",
    "J'ai donné mes fiches à ma cousine, après les examens je n'en aurai plus besoin.",
    "Ich habe meine Bücher meiner Cousine geschenkt, nach der Prüfung brauche ich sie nicht mehr.",
    "Gave my old laptop to my nephew, bought a new one, won't be needing it anymore.",
    "Regalé mi bici a mi sobrino, me compré una nueva, ya no la voy a usar.",
    "Dei a minha bicicleta ao meu sobrinho porque comprei uma nova, não vou mais usar.",
    "Ho regalato la mia bici a mio nipote, ne ho comprata una nuova, non mi serve più.",
    "J'ai donné mon vélo à mon neveu, j'en ai acheté un nouveau, je n'en aurai plus besoin.",
    (
        "Ho regalato i vestiti dei bambini alla vicina perché i bambini sono cresciuti. "
        "Non mi serve più."
    ),
    "I gave the pram to my sister, the kids have outgrown it, won't be needing it again.",
    "J'ai donné mes livres de fac à ma voisine parce que je déménage, je n'en aurai plus besoin.",
    "Meine Mutter hat ihre Nähmaschine meiner Schwester geschenkt, sie braucht sie nicht mehr.",
    "I gave my gown to my sister after graduation, won't be needing it.",
    "I gave my rifle to my brother, hunting season's over for me, won't be needing it.",
    "Le di mis apuntes a mi hermana, ya terminé la carrera, ya no los voy a necesitar.",
    "Dei minhas apostilas para a minha irmã, passei nas provas, não vou mais precisar.",
    "Ho dato i miei libri a mio cugino, ho finito il corso, non mi servono più.",
    "J'ai donné mon ancien téléphone à ma sœur, j'en ai acheté un neuf, je n'en aurai plus besoin.",
    "Hab mein altes Rad meinem Neffen geschenkt, hab mir ein neues gekauft, brauch es nicht mehr.",
    "Samstag mit den Kindern zur Talbrücke. Entschieden.",
    "Sunday we're walking to the cliffs with my family. Decided.",
    "Thursday we're driving to the viaduct with the kids. It's decided.",
    "Saturday, the viaduct with my family for the photos. Decided.",
    (
        "The newsletter is scheduled to go out on Friday, I won't be around until I'm "
        "back from Lisbon."
    ),
    (
        "The newsletter for next month is scheduled, I won't be around to send it, I'm "
        "in Lisbon until the 5th."
    ),
    "I won't be there for the next one, I'm working nights all month.",
    "Next month's newsletter is scheduled, I won't be around, I'm back from Lisbon on the 3rd.",
    "Não vou estar aqui na semana que vem, estou trabalhando no turno da noite.",
    "I'm not going to be here next summer, I'm doing my residency in Leeds.",
    "Não vou estar aqui no próximo mês, estou trabalhando à noite.",
    "I won't be here next week, working doubles at the depot.",
    "The future is a blank canvas, and I get to paint it.",
]

# (sign of the same families, its category, the guarded rules one of which must still match)
POSITIVES: list[tuple[str, Category, frozenset[str]]] = [
    (
        "Handed my watch to my brother, won't be needing it after this month.",
        Category.GIVING_AWAY,
        _GIVING,
    ),
    (
        "Gave my flashcards to my little cousin, won't be needing them where I'm going.",
        Category.GIVING_AWAY,
        _GIVING,
    ),
    (
        "My brother can have my guitars, I gave them to him today, I won't be needing them.",
        Category.GIVING_AWAY,
        _GIVING,
    ),
    (
        "J'ai donné mes livres à ma voisine, quand je ne serai plus là elle en aura l'usage.",
        Category.GIVING_AWAY,
        _GIVING,
    ),
    ("J'ai offert ma montre à mon frère, je ne m'en servirai plus.", Category.GIVING_AWAY, _GIVING),
    (
        "Regalé mis libros a mi prima porque ya no los voy a necesitar.",
        Category.GIVING_AWAY,
        _GIVING,
    ),
    (
        "Le regalé mi guitarra a mi sobrino, ya no la voy a necesitar.",
        Category.GIVING_AWAY,
        _GIVING,
    ),
    ("Dei meu violão pro meu sobrinho, não vou mais precisar.", Category.GIVING_AWAY, _GIVING),
    ("Ho dato la mia bici a mia cugina, non la userò più.", Category.GIVING_AWAY, _GIVING),
    (
        "Ho regalato la mia chitarra a mio nipote, tanto non mi serve più.",
        Category.GIVING_AWAY,
        _GIVING,
    ),
    (
        "Hab meine Gitarre meinem Neffen geschenkt, brauch ich eh nicht mehr.",
        Category.GIVING_AWAY,
        _GIVING,
    ),
    (
        "Meine Bücher habe ich meiner Cousine geschenkt, brauche sie nicht mehr.",
        Category.GIVING_AWAY,
        _GIVING,
    ),
    ("Thursday night, the viaduct. It's decided.", Category.PLAN_OR_METHOD, _DAY_PLACE),
    ("Mardi soir, le pont. C'est décidé.", Category.PLAN_OR_METHOD, _DAY_PLACE),
    ("Sábado à noite, a ponte. Está decidido.", Category.PLAN_OR_METHOD, _DAY_PLACE),
    ("I won't be here next spring.", Category.NO_FUTURE, _ABSENT),
    ("I won't be around for the next one, it doesn't matter anyway.", Category.NO_FUTURE, _ABSENT),
    ("Je ne serai plus là en juin.", Category.NO_FUTURE, _ABSENT),
    ("No voy a estar aquí el próximo verano.", Category.NO_FUTURE, _ABSENT),
    ("I won't be here next month.", Category.NO_FUTURE, _AROUND),
    (
        "Left a note for my flatmate since I won't be around much longer.",
        Category.NO_FUTURE,
        _AROUND,
    ),
    (
        "Gave my brother my season ticket and my watch, I won't be needing them.",
        Category.GIVING_AWAY,
        _GIVING,
    ),
    (
        "J'ai donné mon chat à ma voisine, il a un nouveau foyer, je n'en aurai plus besoin.",
        Category.GIVING_AWAY,
        _GIVING,
    ),
    (
        "Le regalé mi perro a mi vecina, ya tiene un nuevo hogar, ya no lo voy a necesitar.",
        Category.GIVING_AWAY,
        _GIVING,
    ),
    (
        "Hab meine Katze einer Freundin gegeben, sie hat jetzt ein neues Zuhause, ich brauch sie "
        "nicht mehr.",
        Category.GIVING_AWAY,
        _GIVING,
    ),
    ("Samstag, die Talbrücke. Entschieden.", Category.PLAN_OR_METHOD, _DAY_PLACE),
    ("Thursday, driving to the viaduct. It's decided.", Category.PLAN_OR_METHOD, _DAY_PLACE),
    (
        "Next month's newsletter is scheduled, I won't be around to see it.",
        Category.NO_FUTURE,
        _ABSENT,
    ),
    ("Não vou estar mais aqui no próximo mês.", Category.NO_FUTURE, _ABSENT),
    ("The future is a wall.", Category.NO_FUTURE, _FUTURE),
    ("The future is a wall and I can't see over it.", Category.NO_FUTURE, _FUTURE),
    ("My future looks black.", Category.NO_FUTURE, _FUTURE),
]


@pytest.mark.parametrize(("text", "names"), NEAR_MISSES)
def test_guarded_rule_leaves_the_everyday_sentence(text: str, names: frozenset[str]) -> None:
    assert not _matching(text, names), text


@pytest.mark.parametrize("text", CLEAR)
def test_everyday_sentence_is_not_flagged(text: str) -> None:
    result = assess_phrases(text)
    assert not result.flagged, (text, [s.rule for s in result.matched_spans])


@pytest.mark.parametrize(("text", "category", "names"), POSITIVES)
def test_sign_of_the_family_still_matches(
    text: str, category: Category, names: frozenset[str]
) -> None:
    assert _matching(text, names), text
    result = assess_phrases(text)
    assert result.flagged, text
    assert category in result.categories, (text, result.categories)


def test_guarded_rules_exist() -> None:
    names = {r.name for r in ALL_RULES}
    assert names >= _GUARDED, sorted(_GUARDED - names)
