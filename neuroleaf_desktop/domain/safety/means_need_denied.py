"""The ordinary need for a means denied by the writer, in six languages: poison bought
"though we've never had rats", "sem ter plantação nenhuma", a rope "obwohl wir gar keinen
Garten haben".

Why: a poison, a rope or a gun is everyday while something needs it (rats, weeds, a field, a
boat). A writer who buys it and says in the same breath that there is nothing of the kind to use
it on has named the only use left. ``rules_core_indirect_means`` reads this beside the means, as
it reads "non ho fieno" and "I'm not going sailing". The need only not yet met ("never had rats
before", "not yet", "just in case", the neighbours have them) is still a need, and clears it.
"""

from __future__ import annotations

# (the need not met yet, or foreseen: a use is still in view)
_STILL_A_NEED = (
    r"(?![^.!?\n]*\b(?:before|yet|until|till|so\s+far|in\s+case|but|neighbou?r\w*|next\s+door"
    r"|noch|bisher|vorsichtshalber|falls|aber|nachbar\w*|avant|encore|au\s+cas|mais|voisin\w*"
    r"|antes|todavia|aun|por\s+si|pero|vecin\w*|ainda|caso|mas|vizinh\w*|prima|ancora|pero"
    r"|vicin\w*"
    # (another use named after the one denied: "… it's for the cracks in the driveway")
    r"|(?:it|they)(?:'s|'re|\s+is|\s+are)\s+for|es\s+para|son\s+para|e\s+para|sao\s+para|e\s+per"
    r"|sono\s+per|c'\s*est\s+pour|ist\s+fu(?:e)?r|sind\s+fu(?:e)?r)\b)"
)

#: Per language: the writer says there is nothing the means would be for (folded text).
NEED_DENIED: dict[str, str] = {
    lang: rf"(?:{pattern}){_STILL_A_NEED}"
    for lang, pattern in {
        "en": r"\b(?:though|although|even\s+though|when|and|despite)\s+(?:we|i)(?:'ve|\s+have|'d"
        r"|\s+had)?\s+(?:never\s+(?:had|owned|kept|seen)|(?:don'?t|do\s+not|didn'?t)\s+(?:even\s+)?"
        r"(?:have|own|keep)|(?:have|'ve\s+got)\s+no|haven'?t\s+(?:got|had))\b"
        r"|\bdespite\s+having\s+no\b|\bwith\s+no\s+(?:rats|mice|garden|weeds|pests|field|boat)\b"
        # (… or its ordinary use denied outright: "and it isn't for the garden")
        r"|\b(?:it|they|that)\s*(?:isn'?t|aren'?t|is\s+not|are\s+not|'s\s+not|'re\s+not)\s+for\s+"
        r"(?:the\s+)?(?:garden|weeds|rats|mice|slugs|allotment|lawn|drive|driveway|patio|pests"
        r"|moles)\b",
        "de": r"\bobwohl\s+(?:wir|ich)\s+(?:\w+\s+){0,3}?(?:keine?n?|nie|gar\s+kein\w*)\b"
        r"|\bohne\s+(?:\w+\s+){1,3}zu\s+haben\b|\bdabei\s+(?:haben|habe|hatten)\s+(?:wir|ich)\s+"
        r"(?:\w+\s+)?(?:keine?n?|nie|gar\s+kein\w*)\b"
        r"|\b(?:ist|sind)\s+nicht\s+fu(?:e)?r\s+(?:den|die|das)\s+(?:garten|ratten|ma(?:e)?use|unkraut"
        r"|acker)\b",
        "fr": r"\balors\s+qu'?\s*(?:on|je|nous)\s+n'\s*(?:a|ai|avons)\s+"
        r"(?:jamais\s+eu|pas\s+(?:de|d'))"
        r"|\bsans\s+avoir\s+(?:de|d'|aucun\w*|ni|jamais)|\b(?:bien\s+que|meme\s+si)\s+(?:on|je"
        r"|nous)\s+n'\s*(?:ait|aie|a|ai|avons)\s+(?:pas|jamais)\b"
        r"|\bce\s+n'\s*est\s+pas\s+pour\s+(?:le|la|les)\s+(?:jardin|rats|souris|mauvaises\s+herbes"
        r"|potager)\b",
        "es": r"\bsin\s+tener\s+(?:\w+\s+){0,3}?(?:ningun\w*|nada)\b|\bsin\s+tener\s+(?:huerto"
        r"|jardin|ratas|ratones|campo|plantas|animales|plagas|cultivos?)\b|\b(?:aunque|y\s+eso"
        r"\s+que)\s+(?:no\s+(?:tenemos|tengo)|nunca\s+(?:hemos|he)\s+tenido|nunca\s+(?:tuvimos"
        r"|tuve))\b"
        r"|\bno\s+(?:es|son)\s+para\s+(?:el\s+|la\s+|las\s+|los\s+)?(?:huerto|jardin|ratas|ratones"
        r"|malas\s+hierbas|campo|plagas)\b",
        "pt": r"\bsem\s+ter\s+(?:\w+\s+){0,3}?(?:nenhum\w*|nada)\b|\bsem\s+ter\s+(?:horta|jardim"
        r"|ratos|plantacao|campo|quintal|pragas)\b|\b(?:embora|apesar\s+de|mesmo)\s+(?:nao\s+"
        r"(?:ter|termos|tenha|tenhamos)|nunca\s+(?:ter|termos)\s+tido)\b"
        r"|\bnao\s+(?:e|sao)\s+(?:para|pra)\s+(?:[oa]s?\s+)?(?:horta|jardim|ratos|ervas|quintal"
        r"|pragas)\b",
        "it": r"\b(?:anche\s+se|benche|sebbene)\s+non\s+(?:abbiamo|ho|abbia)\b"
        r"|\bpur\s+non\s+avendo\b"
        r"|\bsenza\s+avere\s+(?:\w+\s+){0,3}?(?:nessun\w*|niente)\b"
        r"|\bnon\s+(?:e|sono)\s+per\s+(?:l'\s*|il\s+|i\s+|le\s+|gli\s+)?(?:orto|giardino|topi"
        r"|erbacce|campo)\b",
    }.items()
}
