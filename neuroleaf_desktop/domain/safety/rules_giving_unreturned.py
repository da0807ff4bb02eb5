"""Giving away told as a possession handed or signed over and not wanted back, in six languages.

Why: ``rules_giving_frames`` and ``rules_giving_unlent`` read a thing handed on with a detail
that makes it final (for good, no longer needed, not lent and never used again). Writers also
make it final by refusing it back, in the receiver's hands or the writer's words:

* "Gave my telescope to the neighbour's boy and told him to keep it", "my clubs went to my
  uncle today. Not a loan." (in English the thing is the writer's own, "my": not a tip "given
  the waiter and told to keep it");
* "das Motorrad hab ich dem Cousin überschrieben, zurück brauch ich's eh nicht mehr";
* "mon neveu a maintenant mes albums, je lui ai dit de jamais me les rendre";
* "le di mi guitarra a mi primo, no la quiero de vuelta";
* "agora o meu primo tem a minha mota, não a quero de volta";
* "la Vespa gliel'ho intestata e non la voglio indietro".

What stays out: a thing outgrown or replaced (a cot the children are done with, an old phone
after a new one, a move), told with its reason in the line; money, a tip or the change; a loan
("lent it to him, want it back Friday", "no las quiero de vuelta hasta el lunes"). Whose act
it is and a denial are judged in ``context``, and ``rules_plans.drops`` clears the family for a
move or a new job, as for every giving rule.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_L = r"[^\n]"
# a reason the thing is not needed: outgrown, replaced, a move, a clear-out
_NO_REASON = (
    rf"(?!{_L}*\b(?:outgrew|outgrown|too\s+small|new\s+one|bought\s+a\s+new|upgrad\w*|done\s+having"
    r"|clear(?:ing)?[\s-]out|declutter\w*|moving|zu\s+klein|neues|neuen|umzug|ausmisten"
    r"|trop\s+petit|nouveau|nouvelle|demenag\w*|demasiado\s+pequen\w*|nuevo|nueva|mudanza"
    r"|demasiado\s+pequen\w*|novo|nova|pequen[oa]\s+demais|troppo\s+piccol\w*|nuov[oa]"
    r"|trasloco|neuf|neuve"
    # done with what it was for: exams sat, a course finished, children grown
    r"|exams?|examen\w*|esami|esame|exames?|pru(?:e)?fung\w*|graduat\w*|gradue|laure\w*|carrera"
    r"|studium|grew\s+up|grown\s+up|cresciut\w*|crecier\w*|crecid\w*|cresceram"
    r"|diventat[ie]\s+grandi"
    r"|gross\s+geworden|rausgewachsen"
    # money handed over: a tip, the change
    r"|tip|change|tenner|fiver|cash|money|trinkgeld|wechselgeld|pourboire|monnaie|propina|cambio"
    r"|gorjeta|troco|mancia|resto"
    # … or a sum: "forty quid", "zwanzig Euro", "cien pesos"
    r"|quid|pounds|euros?|dollars?|bucks|pesos|reais|geld|argent|dinero|dinheiro|soldi)\b)"
)
_HANDED = {
    "en": r"\b(?:gave|given|handed|passed|left|signed)\s+(?:over\s+)?(?:[\w'-]+\s+){0,3}?my\b"
    r"|\bmy\s+[\w\s'-]{1,30}?\b(?:went\s+to|belongs?\s+to)\b|\bnow\s+has\s+my\b"
    r"|\bmy\s+[\w'-]+(?:\s+[\w'-]+)?(?:'s|\s+has|\s+is|\s+have|\s+are|'ve)\s+gone\s+(?:over\s+)?to\b"
    # the receiver holding it now: "my nephew has the albums now"
    r"|\bmy\s+\w+\s+(?:has|have|got)\s+(?:the|my|all\s+my)\s+[\w\s'-]{1,30}?\s+now\b"
    # … the receiver named and placed first: "my cousin up the creek road has my fiddle now"
    r"|\b(?:has|have|got)\s+my\s+[\w\s'-]{1,30}?\s+now\b"
    # boxed up for someone, left at someone's, or given after the things are named
    r"|\bboxed\s+up\s+(?:all\s+)?my\b|\bleft\s+(?:the|all\s+the)\s+[\w\s'-]{1,30}?\s+at\s+\w+'s\b"
    r"|\bgave\s+(?:it|them)\s+(?:all\s+)?to\b",
    "de": r"\b(?:u(?:e)?berschrieben|\w*gegeben|geben|geschenkt|verschenkt|vermacht"
    r"|u(?:e)?berlassen|(?:vorbei|hin)?gebracht"
    r"|geho(?:e)?rt\s+jetzt|(?:steht|ist|liegt)\s+jetzt\s+bei|hat\s+jetzt\s+mein\w*)\b",
    "fr": r"\b(?:a\s+maintenant\s+(?:tous\s+|toutes\s+)?(?:mes?|ma)|donne\w*|laisse\w*|offert\w*"
    r"|(?:est|sont)\s+(?:deja\s+|maintenant\s+)?chez\s+(?:mon|ma|mes)"
    r"|cede\w*)\b",
    "es": r"\b(?:ahora\s+tiene\s+mis?|le\s+di|les\s+di|regale|deje|cedi|le\s+pase|es\s+de\s+mi"
    r"|(?:ya\s+)?(?:esta|estan)\s+en\s+casa\s+de(?:l|\s+mi)?)\b",
    "pt": r"\b(?:agora\s+tem\s+(?:o|a|os|as)\s+minh?[ao]s?|dei|deixei|passei|ofereci|e\s+do\s+meu"
    r"|ficou\s+com\s+(?:o|a|os|as)"
    r"|e\s+da\s+minha|(?:ja\s+)?(?:esta|estao)\s+em\s+casa\s+d[oa])\b",
    "it": r"\b(?:intestat\w*|ora\s+ha\s+(?:la|il|le|i)\s+mi\w+|ora\s+ce\s+l'\s*ha"
    r"|ce\s+l'\s*ha\s+(?:ora|adesso)|(?:e|sono)\s+di\s+mi[oa]|regalat\w*"
    r"|lasciat\w*|(?:e|sono)\s+(?:gia\s+)?a\s+casa\s+d\w*)\b",
}
_NOT_BACK = {
    "en": r"\b(?:don'?t|won'?t|do\s+not|will\s+not)\s+(?:want|need)\s+(?:it|them)\s+back\b"
    r"|\btold\s+(?:him|her|them)\s+(?:to\s+keep\s+(?:it|them)|never\s+to\s+(?:give|bring)\s+"
    r"(?:it|them)\s+back)\b(?!\s+(?:for|until|till|while)\b)"
    r"|(?<=[.!?])\s*not\s+a\s+loan\s*(?:[.!]|$)"
    # … or told it is theirs now, or made to promise never to sell it
    r"|\btold\s+(?:him|her|them)\s+(?:it'?s|they'?re|it\s+is|they\s+are)\s+(?:his|hers"
    r"|theirs)\s+now\b"
    r"|\bmade\s+(?:him|her|them)\s+promise\s+(?:never\s+to|not\s+to|to\s+never)\s+(?:sell"
    r"|give\s+away"
    r"|part\s+with)\s+(?:it|them)\b"
    # … or not to be needed again, or settled before anything happens to the writer
    r"|\bbefore\s+anything\s+happens\b|\bi\s+won'?t\s+(?:be\s+)?(?:need(?:ing)?|us(?:e|ing))\s+"
    r"(?:it|them|her|him)\s+(?:again|any\s*more)\b|\b(?:he|she|they)\s+(?:can|should|is\s+to"
    r"|are\s+to)\s+keep\s+(?:it|them|her|him)\s+for\s+good\b"
    # … or theirs now for good, not to be fetched back, all of it theirs to have
    r"|\b(?:they|it)(?:\s+(?:were|was|are|is)|'re|'s)\s+(?:his|hers|theirs)\s+now,?\s+"
    r"(?:permanent(?:ly)?|for\s+good|forever)\b|\bnot\s+coming\s+back\s+for\s+(?:it|them)\b"
    r"|\b(?:he|she|they)\s+can\s+have\s+(?:everything|it\s+all|the\s+lot|all\s+of\s+it)\b"
    # … or no need to return it: "told him no need to ever bring them back", "she doesn't have
    # to give it back"
    r"|\b(?:told\s+(?:him|her|them)\s+(?:there'?s\s+)?|(?:he|she|they)\s+(?:doesn'?t|don'?t"
    r"|won'?t)\s+(?:ever\s+)?)(?:no\s+)?(?:need|have)\s+to\s+(?:ever\s+)?(?:(?:bring|give"
    r"|send)\s+(?:it|them)\s+back|return\s+(?:it|them))\b",
    "de": r"\bgeho(?:e)?r(?:t|en)\s+(?:ab\s+sofort|jetzt|fu(?:e)?r\s+immer)\s+(?:ihm|ihr|ihnen)\b"
    r"|\bzuru(?:e)?ck\s+brauch\w*\s+ich(?:'s|s)?\s+(?:eh\s+|sowieso\s+)?(?:nicht|nimmer)\b"
    r"|\b(?:will|brauch\w*)\s+(?:es|ihn|sie|das)\s+(?:eh\s+)?nicht\s+(?:mehr\s+)?zuru(?:e)?ck\b"
    r"|\b(?:er|sie)\s+soll\s+(?:es|ihn|sie|das)\s+(?:fu(?:e)?r\s+immer|ganz)\s+behalten\b"
    r"|\bich\s+brauch\w*\s+(?:es|ihn|sie|das)\s+(?:eh\s+|sowieso\s+)?nicht\s+mehr\b"
    # … for ever, and the writer won't play or ride it anyway: "für immer, ich spiel eh nimmer"
    r"|\bfu(?:e)?r\s+immer\b" + _L + r"{0,40}?\bich\s+(?:spiel\w*|spui|fahr\w*|benutz\w*|trag\w*)"
    r"\s+(?:es\s+|ihn\s+|sie\s+|das\s+)?(?:eh|sowieso)\s+(?:nimmer|nicht\s+mehr)\b",
    "fr": r"\b(?:ne\s+)?jamais\s+me\s+(?:les?|la|l')\s*rendre\b"
    r"|\b(?:pas|aucun)\s+besoin\s+de\s+(?:jamais\s+)?me\s+(?:les?|la|l')\s*rendre\b"
    r"|\bje\s+lui\s+ai\s+dit\s+qu'?\s*(?:ils|elles|il|elle)\s+(?:sont|est)\s+(?:a\s+(?:lui|elle)"
    r"|les\s+siens|les\s+siennes)\b"
    r"|\bje\s+ne\s+(?:les?|la)\s+veux\s+pas\s+(?:en\s+)?retour\b"
    r"|\bje\s+n'\s*en\s+aurai\s+plus\s+besoin\b|\bje\s+ne\s+m'\s*en\s+servirai\s+plus\b"
    r"|\bqu'\s*(?:il|elle)\s+(?:le|la|les)\s+garde\s+pour\s+(?:toujours|de\s+bon)\b",
    "es": r"\bno\s+(?:la|lo|los|las)\s+quiero\s+de\s+vuelta\b"
    r"|\bno\s+(?:hace\s+falta|tiene\s+que|necesita)\s+(?:que\s+)?(?:me\s+)?(?:l[oa]s?\s+)?devolv\w*"
    r"|\bque\s+(?:no|nunca)\s+me\s+(?:la|lo|los|las)\s+devuelva\w*"
    r"|\b(?:yo\s+)?ya\s+no\s+(?:los|las|lo|la)\s+(?:voy\s+a\s+(?:usar|necesitar)|usare|necesito)\b",
    "pt": r"\bnao\s+(?:a|o|os|as)\s+quero\s+de\s+volta\b"
    r"|\bnao\s+(?:precisa|tem)\s+(?:de\s+|que\s+)?(?:m[oa]s?\s+)?devolv\w*"
    r"|\b(?:para|pra)\s+(?:nao|nunca)\s+m[ae]\s+(?:(?:a|o|os|as)\s+)?devolver\b"
    r"|\bque\s+(?:nunca|nao)\s+(?:(?:o|a|os|as|mo|ma)\s+)?devolva\w*"
    r"|\b(?:eu\s+)?ja\s+nao\s+(?:(?:os|as|o|a)\s+)?(?:vou\s+)?(?:(?:os|as|o|a)\s+)?(?:usar|preciso"
    r"|precisar)\s+mais\b",
    "it": r"\bnon\s+(?:la|lo|li|le)\s+voglio\s+(?:piu\s+)?indietro\b"
    r"|\bnon\s+(?:serve|deve)\s+(?:che\s+)?(?:mai\s+)?(?:me\s+)?(?:l[oaie]\s+)?(?:ridia|riporti"
    r"|riportarmel\w*|restituir\w*)"
    r"|\bdi\s+non\s+ridarmel[oaie]\b|\bnon\s+deve\s+(?:mai\s+)?ridarmel[oaie]\b"
    r"|\b(?:io\s+)?non\s+(?:la|lo|li|le)\s+(?:usero|uso)\s+piu\b|\bnon\s+mi\s+serv(?:e|ono|ira"
    r"|iranno)\s+piu\b",
}
# … for good, not until a day: "no las quiero de vuelta hasta el lunes" is a loan
_FOR_GOOD = (
    r"(?!\s+(?:until|till|before|for\s+now|for\s+a\s+while|hasta|antes|por\s+ahora|bis|vor"
    r"|jusqu\w*|avant|pour\s+l'\s*instant|ate|antes|por\s+agora|fino|prima|per\s+ora)\b)"
)
_UNRETURNED = {
    lang: rf"(?:^|(?<=\n)){_NO_REASON}{_L}*?(?:{_HANDED[lang]}){_L}{{0,90}}?(?:{_NOT_BACK[lang]})"
    rf"{_FOR_GOOD}"
    for lang in _HANDED
}

RULES: tuple[Rule, ...] = family(
    "giving",
    "unreturned",
    Category.GIVING_AWAY,
    Severity.CONCERN,
    _UNRETURNED,
    {
        "en": "back|keep|loan|now|promise|anything|won't|wont|have|need",
        "de": "zuruck|zurueck|ihm|ihr|ihnen|behalten|nicht mehr|nimmer",
        "fr": "rendre|retour|lui ai dit|besoin|servirai|garde",
        "es": "vuelta|devuelv|ya no",
        "pt": "volta|devolv|ja nao",
        "it": "indietro|ridarmel|piu|ridia|riport|restitu",
    },
    inherent=False,
)

__all__ = ["RULES"]
