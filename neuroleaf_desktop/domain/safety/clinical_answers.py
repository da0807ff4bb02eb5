"""The writer's answer to a clinician's question about a sign: yes, no, or none given.

"My therapist asked if I'd had thoughts of hurting myself" names the sign as the topic of
someone else's question, which on its own is not the writer's statement. The answer that
follows decides. Answered yes, in any words ("I said yes", "I told her honestly that I have",
"I admitted it", "hab's zugegeben", "falei que sim", "j'ai avoué", "ho annuito"), it is the
writer telling of the sign now, as plainly as saying it would be. Answered no, answered yes
only for a time long gone ("I said I had, but not for years", "le dije que sí, pero ya no"),
or not answered at all, the question stays a question.

The answer is looked for where people put it: the rest of the phrase's sentence, and, when that
sentence gives none, the start of the next one ("The GP asked whether I've been thinking about
ending my life. I told her honestly that I have."). The first answer given counts, so a "no"
followed by "and I didn't lie" stays a no, and a next sentence that asks something new
("She asked if I was sleeping and I said yes") answers that, not the sign.

Text is normalised before it gets here: lower case, accents folded ("sí" → "si", "avoué" →
"avoue", "Lügen" → "lugen"), apostrophes straight.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.rules import FLAGS

# --- yes -------------------------------------------------------------------------------------
# English: a verb of answering, who was told and how ("told her honestly that", "told the nurse
# the truth,"), then the yes itself. The filler never holds a denial.
_EN_FILL = r"(?:[\s,:]+(?!(?:no|not|nope|never|nothing|none|if)\b)[\w']+){0,5}?[\s,:]+"
_EN_ADVERB = r"(?:\w+ly\s+|just\s+|then\s+|even\s+|eventually\s+|still\s+)?"
# "I had", "I do" as the whole answer: it ends there or says when or how often. "I said I had
# been fine for years" and "I told her I was tired" are not a yes.
_EN_I_HAVE = (
    r"(?:i\s+(?:still\s+|really\s+|sometimes\s+|definitely\s+|actually\s+)?(?:had|have|did|do|am"
    r"|was)(?=\s*(?:[,.!;:)\-]|$)|\s+(?:again|recently|lately|last|on|this|yesterday|a\s+few"
    r"|twice|once|sometimes|often|every|most|some|still|too|though|and|but|a\s+lot|quite|daily"
    r"|nightly|for\s+(?:a|weeks|months|days|some))\b)"
    r"|(?:i've|i\s+have|i'd|i\s+had)\s+been\s+(?:thinking|having|feeling|cutting|hurting|doing"
    r"|struggling)\b)"
)
_EN_VERB = (
    r"\bi\s+" + _EN_ADVERB + r"(?:said|told|answered|replied|admitted|confirmed|confessed"
    r"|whispered|mumbled|muttered|wrote|typed|ticked|circled)"
)
_EN_WORD_YES = r"(?:yes|yeah|yep|yup)\b(?!\s+to\s+(?:the|a|an|her|his|their|that|another)\b)"
_EN_YES = "|".join(
    (
        f"{_EN_VERB}{_EN_FILL}(?:{_EN_WORD_YES}|{_EN_I_HAVE})",
        # the answer in the verb: "I admitted it", "I nodded", "I couldn't lie", "I told her
        # the truth"
        r"\bi\s+" + _EN_ADVERB + r"(?:admitted|confessed|confirmed|owned\s+up\s+to)\s+(?:it"
        r"|that|to\s+it|as\s+much|everything)\b",
        r"\bi\s+" + _EN_ADVERB + r"(?:admitted|confessed)(?=\s*[,.!;]|\s*$)",
        r"\bi\s+" + _EN_ADVERB + r"nodded\b(?!\s+off\b)",
        r"\bi\s+(?:couldn't|could\s+not|can't|didn't|did\s+not|wasn't\s+going\s+to|won't)\s+"
        r"(?:\w+\s+)?(?:lie\b(?!\s+(?:down|still|in|back|awake|on))|deny\s+it"
        r"|pretend\s+otherwise)\b",
        r"\bi\s+" + _EN_ADVERB + r"told\s+(?:her|him|them|the\s+\w+|my\s+\w+)\s+(?:\w+ly\s+)?"
        r"the\s+(?:whole\s+)?truth\b",
        r"\bthe\s+(?:honest\s+|true\s+|short\s+)?answer(?:'s|\s+(?:is|was))\s+yes\b",
        # "… ending my life, and I do.", "… and honestly, I have."
        r"\band\s+(?:yes|honestly|truthfully|sadly)?,?\s*i\s+(?:still\s+)?(?:do|have|am|did)"
        r"(?=\s*(?:[,.!;]|$))",
        # the answers to a list of questions, all of them: "all answers were yes"
        r"\b(?:all|every|each)\s+(?:the\s+|my\s+|of\s+my\s+)?answers?\s+(?:was|were|is|are)\s+"
        r"(?:a\s+)?(?:yes|yeah)\b",
    )
)
# A form's answer label before it: "A: yes", "R: sí", "A3) ja"
_LABEL = r"(?:[ar]\d*\s*[:.)]\s*)?"
# The answer at the head of its own sentence, or after a dash: "Yes.", "Yes, I have.", "I do."
_EN_HEAD = (
    r"^\W*" + _LABEL + r"(?:(?:honestly|truthfully|sadly|well)\s*,?\s*)?(?:yes|yeah|yep)\b"
    r"|^\W*"
    + _LABEL
    + r"(?:(?:honestly|truthfully|sadly|yes|well)\s*,?\s*)?i\s+(?:still\s+)?(?:do|have|did|am)"
    r"(?=\s*(?:[,.!;]|$))"
)
# Spanish "sí" folds to "si", which is also "if": the yes ends there or goes on with "y",
# "pero", "que" ("le dije que sí, que los tengo"), never with a clause of its own ("le dije que
# si me volvía a pasar…").
_SI_END = r"(?=\s*(?:[,.!;:]|$)|\s+(?:y|e|pero|ma|mas|que|che|claro|a\s+veces|todos|cada|ogni)\b)"
_ES_YES = (
    r"\b(?:le\s+|les\s+)?(?:dije|respondi|conteste|confirme|admiti|reconoci|confese)(?:le|les)?"
    r"\s+(?:(?:a\s+(?:la|el)\s+\w+|sinceramente|honestamente|la\s+verdad)\s*,?\s+)?(?:que\s+)?si"
    + _SI_END
    + r"|\b(?:le\s+)?dije\s+que\s+(?:si\s*,?\s*(?:que\s+)?)?(?:los|las|lo)\s+(?:tengo|tenia|he\s+"
    r"tenido|pienso|pensaba|hago|hacia|hice)\b"
    r"|\b(?:lo|se\s+lo)\s+(?:admiti|confese|reconoci)\b|\b(?:le\s+)?confese\b(?!\s+que\s+no\b)"
    r"|\badmiti\b(?!\s+que\s+no\b)|\basenti\b"
    r"|\bno\s+(?:le\s+|les\s+)?(?:pude|podia|quise)\s+mentir(?:le|les)?\b"
    r"|\b(?:le\s+)?dije\s+la\s+verdad\b"
)
_PT_YES = (
    r"\b(?:lhe\s+)?(?:falei|disse|respondi|confirmei|admiti|confessei|acenei|fiz)(?:-lhe)?\s+"
    r"(?:(?:honestamente|sinceramente|a\s+verdade)\s*,?\s+)?(?:que\s+)?sim\b"
    r"|\b(?:admiti|confessei|assumi|reconheci)\b(?!\s+que\s+nao\b)"
    r"|\bacenei\s+com\s+a\s+cabeca\b"
    r"|\bnao\s+(?:consegui|pude|quis)\s+(?:lhe\s+)?mentir\b"
    r"|\b(?:contei|disse|falei)(?:-lhe)?\s+a\s+verdade\b"
)
_DE_NOT = r"(?!(?:nicht|nie|kein\w*)\b)"
_DE_YES = (
    # "ja" is also a particle ("ich hab ja gesagt, dass…"): the yes ends the clause
    r"(?<!nicht\s)\bja\s+gesagt\b(?!\s*,?\s*(?:dass|das|ich|wie|was|ob|er|sie|du|es)\b)"
    r"|\b(?:sagte|antwortete|meinte)\s+(?:\w+\s+){0,2}?:?\s*ja(?=\s*(?:[,.!;]|$))"
    r"|\bmit\s+ja\s+(?:geantwortet|beantwortet)\b|\bbejaht\w*"
    r"|\b(?:hab|habe|hab's|habs|hatte)(?:\s+" + _DE_NOT + r"[\w']+){0,3}?\s+(?:zugegeben"
    r"|eingestanden|gestanden|genickt)\b"
    r"|\bgab\s+(?:(?:es|das|ihr|ihm|alles|dann|ehrlich)\s+){1,3}zu\b|\b(?:ich\s+)?(?:nickte"
    r"|gestand)\b"
    r"|\bkonnte\s+(?:\w+\s+)?nicht\s+lu(?:e)?gen\b"
    r"|\bdie\s+wahrheit\s+gesagt\b|\bsagte\s+(?:ihr\s+|ihm\s+)?die\s+wahrheit\b"
    r"|\bgesagt,?\s+dass\s+(?:es\s+so\s+ist|das\s+stimmt|ja)\b"
)
_FR_YES = (
    r"\b(?:j'ai|je\s+(?:lui|leur)\s+ai)\s+(?:dit|repondu|fait)\s+(?:que\s+)?oui\b"
    r"|\b(?:j'ai|je\s+l'ai|je\s+(?:le\s+)?lui\s+ai|je\s+lui\s+l'ai)\s+(?:\w+\s+)?(?:avoue|admis"
    r"|reconnu|confirme|confesse)\b(?!\s+(?:que\s+non|le\s+contraire)\b)"
    r"|\bj'ai\s+(?:hoche\s+la\s+tete|acquiesce)\b"
    r"|\bje\s+n'ai\s+pas\s+pu\s+(?:lui\s+|leur\s+)?mentir\b"
    r"|\b(?:j'ai|je\s+lui\s+ai)\s+dit\s+la\s+verite\b"
)
_IT_YES = (
    r"\b(?:ho|gli\s+ho|le\s+ho|l'ho)\s+(?:detto|risposto|fatto)\s+(?:di\s+si\b|(?:che\s+)?si"
    + _SI_END
    + r")"
    r"|\b(?:ho|l'ho|gliel'ho|gli\s+ho|le\s+ho)\s+(?:\w+\s+)?(?:ammesso|confessato|confermato)\b"
    r"(?!\s+(?:di\s+no|che\s+no)\b)"
    r"|\bho\s+annuito\b"
    r"|\bnon\s+(?:sono\s+riuscit[oa]\s+a|ho\s+potuto|potevo)\s+mentir(?:e|le|gli)\b"
    r"|\b(?:le\s+|gli\s+)?ho\s+detto\s+la\s+verita\b"
)
_YES = re.compile(
    "|".join(f"(?:{p})" for p in (_EN_YES, _ES_YES, _PT_YES, _DE_YES, _FR_YES, _IT_YES)), FLAGS
)
# (with the honesty said first: "Ehrlich gesagt ja, jeden Abend", "Sinceramente sí")
_HEAD_YES = re.compile(
    _EN_HEAD
    + r"|^\W*"
    + _LABEL
    + r"(?:(?:ehrlich(?:\s+gesagt)?|sinceramente|franchement|onestamente"
    r"|francamente)\s*,?\s*)?(?:si|sim|ja|oui)\s*(?:[,.!;]|$)",
    FLAGS,
)

# --- no --------------------------------------------------------------------------------------
_NO = re.compile(
    r"\b(?:said|answered|replied|told\s+\w+(?:\s+\w+)?|dije|respondi|conteste|disse|falei"
    r"|gesagt|sagte|antwortete|dit|repondu|detto|risposto)\s*,?\s*(?:that\s+|que\s+|di\s+"
    r"|dass\s+)?(?:no|nope|not|non|nao|nein|never)\b"
    r"|\bi\s+(?:\w+\s+)?(?:hadn't|haven't|don't|didn't|wasn't|am\s+not|do\s+not|have\s+not"
    r"|had\s+not|did\s+not|never\s+had)\b"
    r"|\bverneint\w*|\bnein\s+gesagt\b|\bshook\s+my\s+head\b|\b(?:que|di)\s+(?:no|nao|non)\b"
    # a bare "no" heading the answer ("No, not at all."), not "No pude mentirle"
    r"|^\W*(?:no|nope|nein|non|nao)\s*(?:[,.!;:]|$)",
    FLAGS,
)
# "I told her the truth: no": the words of a yes that say no.
_THEN_NO = re.compile(r"\W*(?:no|not|never|nein|non|nao|nunca|mai|jamais)\b", FLAGS)
# A yes for a time long gone, or no longer: "… but not for years", "pero ya no", "nicht mehr".
_NOT_NOW = re.compile(
    r"\b(?:not|but\s+not)\s+(?:for\s+(?:years|ages|a\s+long\s+time|months)|any\s*more"
    r"|at\s+the\s+moment|right\s+now|now|lately|recently|these\s+days|since)\b"
    r"|\b(?:years|a\s+long\s+time|ages)\s+ago\b|\bused\s+to\b|\bin\s+the\s+past\b"
    r"|\bya\s+no\b|\bhace\s+(?:\w+\s+)?anos\b|\ben\s+el\s+pasado\b"
    r"|\bnicht\s+mehr\b|\bseit\s+(?:\w+\s+)?jahren\s+nicht\b|\bvor\s+(?:\w+\s+)?jahren\b"
    r"|\bdamals\b|\bfru(?:e)?her\b"
    r"|\bplus\s+maintenant\b|\bpas\s+depuis\b|\bil\s+y\s+a\s+(?:\w+\s+)?(?:ans|longtemps)\b"
    r"|\bautrefois\b|\bplus\s+depuis\b"
    r"|\bja\s+nao\b|\bnao\s+mais\b|\bha\s+(?:\w+\s+)?anos\b|\bantigamente\b|\bno\s+passado\b"
    r"|\bnon\s+piu\b|\bda\s+anni\b|\banni\s+fa\b|\bin\s+passato\b",
    FLAGS,
)
# A new question in the next sentence: its answer is to that question, not the sign.
_ASKED_AGAIN = re.compile(
    r"\b(?:asked|asks|ask|wanted\s+to\s+know|question|pregunt\w*|fragt\w*|gefragt|wissen"
    r"|demand\w*|pergunt\w*|saber|savoir|chies\w*|domand\w*|sapere)\b",
    FLAGS,
)
_SENTENCE_BREAK = re.compile(r"[.!?\n]+")

#: How far into its sentence, and into the next one, an answer is looked for.
_SAME_SENTENCE = 140
_NEXT_SENTENCE = 100


def _answer(text: str, cancel_scope: str) -> bool | None:
    """The first answer in ``text``: True for yes (still true now), False for no or a yes
    only for a time long gone, None when nothing answers."""
    yes = _YES.search(text) or _HEAD_YES.search(text)
    no = _NO.search(text)
    if yes is None:
        return False if no is not None else None
    if no is not None and no.start() < yes.start():
        return False
    if _THEN_NO.match(text, yes.end()):
        return False
    return _NOT_NOW.search(text[yes.end() :] + " " + cancel_scope) is None


def answered_yes(after: str) -> bool:
    """Is the question the phrase was the topic of answered yes by the writer right after it,
    in the rest of its sentence or, when that gives no answer, in the next sentence?"""
    brk = _SENTENCE_BREAK.search(after)
    rest = (after[: brk.start()] if brk else after)[:_SAME_SENTENCE]
    following = after[brk.end() :] if brk else ""
    nxt_brk = _SENTENCE_BREAK.search(following)
    nxt = (following[: nxt_brk.start()] if nxt_brk else following)[:_NEXT_SENTENCE]
    verdict = _answer(rest, nxt[:60])
    if verdict is not None or not nxt:
        return bool(verdict)
    verdict = _answer(nxt, following[len(nxt) : len(nxt) + 60])
    if not verdict:
        return False
    yes = _YES.search(nxt) or _HEAD_YES.search(nxt)
    return yes is not None and _ASKED_AGAIN.search(nxt, 0, yes.start()) is None
