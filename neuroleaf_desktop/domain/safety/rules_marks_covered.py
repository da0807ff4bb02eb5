"""Self-harm told by a hurt done to oneself and the covering that follows it, with no body part
named, in six languages.

Why: ``rules_intl_marks_hidden`` reads the wound, the limb and its hiding together; writers as
often leave the limb out and tell the hiding by the marks or by a garment worn against the
weather: "mi sono fatto di nuovo del male ieri sera, nascondo i segni", "j'ai recommencé à me
faire mal, ce matin col roulé malgré la chaleur", "fiz mal a mim mesma outra vez, hoje fui de
mangas compridas", "fresh marks on my arm from last night, cardigan in a heatwave again". Two
parts in one sentence:

* **the hurt done to oneself**, in its reflexive forms with an adverb or a "again" between the
  pronoun and the verb ("mi sono fatto di nuovo del male", "fiz mal a mim mesma", "je me suis
  encore fait du mal", "me volví a hacer daño", "hab mir wieder wehgetan"), or fresh marks on
  the writer's body (English);
* **the covering**: the marks hidden, long sleeves or a high collar, or any covering garment
  worn in a heatwave or "despite the heat".

Kept out: a fall, a sport, a kitchen knife, a pet or an operation named in the sentence, and a
garment worn for the cold. The covering alone is read too when it is worn against the heat "so
nobody sees" (``_WORN_UNSEEN``), unless what is hidden is named (a tattoo, sunburn, a rash).
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_S = r"[^.!?\n]"
# a cause named right after the limb: "from the boots", "von der Katze", "à cause des ronces"
# (a time after the same word is when it was done: "von gestern", "de anoche", "di ieri")
_CAUSED = (
    r"(?!\s+(?:from|by|de|del|dal|dalla|dai|dalle|della|von|vom|da|do|des|du|a\s+cause"
    r"|por\s+culpa|por\s+causa|a\s+causa|wegen)\b(?!\s+(?:last|yesterday|this|today|earlier"
    r"|gestern|heute|letzte\w*|hier|cette|ce\s+matin|la\s+nuit|anoche|ayer|esta|este|ontem"
    r"|ieri|stanotte|stamattina|questa|la\s+notte)\b))"
)
# English: the cause after the limb ("from the new boots", "on the brambles"), never someone
# the cuts are hidden from ("from mum") nor the time they were made ("from last night")
_EN_CAUSED = (
    r"(?!\s+(?:on|against|with|because|by|from\s+(?:the|a|an|my|those|these)\s+(?:new\s+|old\s+)?"
    r"(?!(?:mum|mom|dad|parents|teachers?|family|people|everyone|boss|wife|husband|partner"
    r"|friends?|kids|class|others)\b)\w+)\b)"
)
# --- the hurt done to oneself -------------------------------------------------------------------
_HURT = {
    "en": r"\b(?:fresh|new|more)\s+(?:marks|cuts|scratches)\s+(?:\w+\s+){0,3}?on\s+my\s+"
    r"(?:wrists?|(?:fore|upper\s+)?arms?|thighs?|legs?|stomach|hips?|ankles?|calf|calves|shins?)\b"
    + _EN_CAUSED
    # the limb cut open by the writer: "sliced my forearm", "carved into my thigh again"
    + r"|\b(?:sliced|slashed|carved(?:\s+into)?|cut(?:\s+into)?|scratched)\s+(?:open\s+)?my\s+"
    r"(?:wrists?|(?:fore|upper\s+)?arms?|thighs?|legs?|stomach|hips?|ankles?|calf|calves|shins?)\b"
    + _EN_CAUSED
    # the marks on the limb said to be fresh again: "the marks on my thighs are fresh again"
    + r"|\bthe\s+(?:marks|cuts|scratches)\s+on\s+my\s+(?:wrists?|(?:fore|upper\s+)?arms?|thighs?"
    r"|legs?|stomach|hips?|ankles?|calf|calves|shins?)\s+(?:are|'re)\s+(?:all\s+)?(?:fresh|new"
    r"|open|raw)\s+again\b" + _EN_CAUSED,
    # (below, each language's fresh cuts named on a limb, the verb left out: "ancora tagli sulle
    # cosce", "nuevos cortes en los muslos")
    "de": r"\b(?:hab|habe)\s+(?:ich\s+)?mir\s+(?:\w+\s+){0,3}?(?:weh\s*getan|was\s+angetan)\b"
    # … or the limb scratched or cut open again, the verb last: "wieder … den Arm aufgekratzt"
    r"|\bwieder\s+(?:\w+\s+){0,4}?(?:mir\s+)?(?:den|die|meinen|meine)\s+(?:arm|arme|oberschenkel"
    r"|handgelenk\w*|bein\w*|bauch)\s+(?:auf|zer)?(?:gekratzt|geritzt|geschnitten)\b"
    r"|\b(?:die\s+)?(?:schnitte|ritzer|wunden)\s+(?:am|an\s+den)\s+(?:unterarm(?:en?)?"
    r"|oberschenkeln?|arm(?:en?)?|handgelenk(?:en?)?|bein(?:en?)?|bauch|knocheln?|waden?)\s+"
    r"(?:sind|ist)\s+(?:schon\s+)?wieder\s+(?:neu|frisch|offen)\b"
    r"|\b(?:neue|wieder|frische)\s+(?:schnitte|ritzer|wunden)\s+(?:am|an\s+den)\s+(?:oberschenkeln?"
    r"|(?:unter|ober)?arm(?:en?)?|handgelenk(?:en?)?|bein(?:en?)?|bauch|knocheln?|waden?)\b"
    + _CAUSED,
    "fr": r"\bje\s+me\s+suis\s+(?:\w+\s+){0,2}?fait\s+(?:du\s+)?mal\b"
    r"|\bles\s+(?:marques|coupures|entailles)\s+sur\s+mes\s+(?:cuisses|bras|avant-bras|poignets"
    r"|jambes|ventre)\s+sont\s+(?:de\s+nouveau|encore)\s+(?:fraiches|ouvertes)\b"
    r"|\b(?:j'?\s*ai\s+)?recommence\s+a\s+me\s+faire\s+(?:du\s+)?mal\b"
    r"|\b(?:nouvelles|encore\s+des|de\s+nouvelles)\s+(?:coupures|entailles)\s+sur\s+(?:les|mes)\s+"
    r"(?:cuisses|bras|avant-bras|poignets|jambes|chevilles|mollets|hanches|ventre)\b" + _CAUSED,
    "es": r"\bme\s+(?:\w+\s+){0,2}?(?:hice|he\s+hecho)\s+dano\b|\bme\s+volvi\s+a\s+hacer\s+dano\b"
    r"|\b(?:las\s+marcas|los\s+cortes)\s+(?:de|en)\s+(?:mis|los|las)\s+(?:muslos|brazos|munecas"
    r"|piernas)\s+(?:estan|vuelven\s+a\s+estar)\s+(?:frescos|frescas|abiert[oa]s)(?:\s+otra\s+vez"
    r"|\s+de\s+nuevo)?\b"
    r"|\b(?:volvi|he\s+vuelto)\s+a\s+hacerme\s+dano\b"
    # ("otra vez las cortadas en los muslos": the article and the word of Mexico)
    r"|\b(?:nuevos|nuevas|otra\s+vez|de\s+nuevo|mas)\s+(?:l[oa]s\s+)?(?:cortes|cortadas)\s+en\s+"
    r"(?:los|las|mis|el|la|mi)\s+(?:muslos?|(?:ante)?brazos?|munecas?|piernas?|panza|barriga"
    r"|tobillos?|pantorrillas?|caderas?)\b" + _CAUSED,
    "pt": r"\b(?:fiz|voltei\s+a\s+fazer)\s+mal\s+a\s+mim\s+(?:mesm[oa]|propri[oa])\b"
    r"|\b(?:as\s+marcas|os\s+cortes)\s+n(?:as|os)\s+(?:minhas\s+|meus\s+)?(?:coxas|bracos|pulsos"
    r"|pernas)\s+(?:estao|tao)\s+(?:frescos|frescas|abert[oa]s)\s+(?:de\s+novo|outra\s+vez)\b"
    r"|\b(?:magoei-me|me\s+magoei|machuquei-me|me\s+machuquei)\b"
    r"|\b(?:novos|mais|de\s+novo|outra\s+vez)\s+(?:os\s+)?cortes\s+(?:\w+\s+){0,3}?n[oa]s?\s+"
    r"(?:coxas?|(?:ante)?bracos?|pulsos?|pernas?|barriga|tornozelos?|canelas?)\b" + _CAUSED,
    "it": r"\bmi\s+sono\s+(?:\w+\s+){0,3}?fatt[oa]\s+(?:\w+\s+){0,2}?(?:del\s+)?male\b"
    r"|\b(?:i\s+segni|i\s+tagli)\s+(?:sulle|sui)\s+(?:cosce|braccia|polsi|gambe)\s+sono\s+"
    r"(?:di\s+nuovo|ancora)\s+(?:freschi|aperti)\b"
    r"|\b(?:ho\s+)?ricominciato\s+a\s+farmi\s+(?:del\s+)?male\b"
    r"|\b(?:ancora|nuovi|altri|di\s+nuovo)\s+tagli\s+(?:[\w']+,?\s+){0,4}?"
    r"(?:sulle|sui|sul|sulla|sugli)\s+(?:cosce|braccia|avambracci[oa]?|polsi|gambe|caviglie|polpacci"
    r"|pancia|fianchi)\b" + _CAUSED,
}
# --- the covering: the marks hidden, long sleeves or a high collar, a garment against the heat --
_HEAT = (
    r"heat\s*wave|the\s+heat|summer|hitze|sommer|chaleur|canicule|l'ete|calor|verano|verao"
    r"|caldo|estate|afa|august|agosto|aout|ce\s+temps|this\s+weather|este\s+tiempo"
    r"|questo\s+tempo|este\s+tempo"
    # the heat said in degrees: "40 degrees", "trenta gradi"
    r"|(?:\d{2}|thirty|forty|dreissig|vierzig|trente|quarante|treinta|cuarenta|trinta|quarenta"
    r"|trenta|quaranta)\s*(?:degrees|grad|degres|grados|graus|gradi)"
)
_GARMENT = (
    r"cardigan|hoodie|jumper|long\s+sleeves|turtleneck|polo\s+neck|rollkragen\w*|pulli"
    r"|pullover|lange\s+a(?:e)?rmel|col\s+roule|manches\s+longues|gilet|pull|cuello\s+alto"
    r"|manga\s+larga|mangas\s+largas|sudadera|gola\s+alta|mangas?\s+compridas?|casaco|camisola"
    r"|collo\s+alto|dolcevita|maniche\s+lunghe|felpa|jeans|vaqueros|lange\s+hosen?"
    r"|pantaloni\s+lunghi|calcas\s+compridas|pantalones\s+largos"
    # legs covered: tights, long socks, leggings
    r"|tights|leggings|knee\s+socks|long\s+socks|strumpfhosen?|kniestru(?:e)?mpfe|collants"
    r"|chaussettes\s+hautes|medias|calcetines\s+altos|meias(?:-calca|\s+altas)|calzini\s+alti"
    r"|calze|collant"
)
_COVERED = {
    "en": rf"(?:{_GARMENT})\s+(?:in|despite|during)\s+(?:a|the|this)?\s*(?:{_HEAT})"
    r"|(?:hide|hiding|cover|covering)\s+(?:the|them|those)\s*(?:marks|cuts)?"
    r"|sleeves\s+(?:pulled|tugged|kept)\s+down|nobody\s+notices"
    r"|so\s+(?:that\s+)?(?:the\s+\w+|my\s+\w+|nobody|no\s*one|they|he|she)\s+(?:doesn'?t|don'?t"
    r"|won'?t|can'?t)\s+(?:see|notice|ask)",
    "de": rf"(?:{_GARMENT})\s+(?:\w+\s+){{0,2}}?trotz\s+(?:der\s+|dem\s+)?(?:{_HEAT})"
    r"|versteck\w*\s+(?:die\s+)?(?:spuren|narben|schnitte)|lange\s+a(?:e)?rmel"
    # a band, a sleeve or a watch over them: "das breite Armband deckt sie zu"
    r"|(?:deckt|verdeckt|versteckt)\s+(?:sie|alles)(?:\s+zu)?\b"
    # nobody notices under a garment: "merkt es keiner unterm Overall"
    r"|(?:merkt|sieht)\s+(?:es|das)\s+(?:keiner|niemand)|(?:keiner|niemand)\s+merkt\s+(?:es|was)",
    "fr": rf"(?:{_GARMENT})\s+(?:\w+\s+){{0,2}}?(?:malgre|meme\s+(?:avec|en|par))\s+"
    rf"(?:la\s+|le\s+)?(?:{_HEAT})"
    r"|cache\w*\s+(?:les\s+)?(?:marques|traces|cicatrices)|manches\s+longues|col\s+roule",
    "es": rf"(?:{_GARMENT})\s+(?:\w+\s+){{0,2}}?(?:a\s+pesar\s+del|con\s+este|con\s+el)\s+"
    rf"(?:{_HEAT})"
    r"|escond\w*\s+(?:las\s+)?(?:marcas|heridas|cicatrices)|mangas?\s+largas?|cuello\s+alto"
    r"|\b(?:l[oa]s|todo)\s+(?:tapa|tapan|cubre|cubren|esconde|esconden|oculta|ocultan)\b",
    "pt": rf"(?:{_GARMENT})\s+(?:\w+\s+){{0,2}}?(?:apesar\s+do|com\s+este|com\s+esse)\s+(?:{_HEAT})"
    r"|escond\w*\s+(?:as\s+)?(?:marcas|feridas|cicatrizes)|mangas?\s+compridas?|gola\s+alta"
    r"|\b(?:esconde|tapa|cobre)m?\s+(?:tudo|os|as)\b",
    "it": rf"(?:{_GARMENT})\s+(?:\w+\s+){{0,2}}?(?:nonostante|(?:anche\s+|pure\s+)?con(?:\s+questo"
    rf"|\s+il)?|anche\s+(?:ad?|in|d')\s*)\s+(?:{_HEAT})"
    r"|nascond\w*\s+(?:i\s+)?(?:segni|tagli|cicatrici)|maniche\s+lunghe|collo\s+alto|dolcevita"
    r"|nessuno\s+se\s+ne\s+accorge|\b(?:li|le)\s+(?:copre|coprono|nasconde|nascondono)\b"
    # … or a place nobody looks at: "tanto lì nessuno guarda"
    r"|\bnessuno\s+(?:ci\s+)?guarda\b",
}
# a fall, a sport, the kitchen, a pet, an operation, or the cold: an ordinary hurt or garment
_ORDINARY = (
    r"(?!" + _S + r"*\b(?:fell|fall|trip(?:ped)?|bike|football|rugby|gym|kitchen|knife|cat|dog"
    r"|surgery|operation|cold|freezing|gestu(?:e)?rzt|hingefallen|sturz|unfall|fahrrad|training"
    r"|fussball|kuche|katze|hund|operation|kalt|tombe\w*|chute|velo|sport|match|cuisine|chat"
    r"|chien|froid|cai|caida|bici|futbol|cocina|gato|perro|operacion|frio|caiu|queda|futebol"
    r"|cozinha|cachorro|cirurgia|caduto|caduta|calcio|cucina|gatto|cane|intervento|freddo"
    r"|palestra|ginasio|gimnasio|salle)\b)"
)
_GATE = {
    "en": "marks|cuts|scratches|sliced|slashed|carved|cut my|cut into|scratched",
    "de": "weh|angetan|schnitte|ritzer|wunden|gekratzt|geritzt|geschnitten",
    "fr": "mal|coupures|entailles|marques",
    "es": "dano|cortes|cortadas|marcas",
    "pt": "mal|magoe|machuq|cortes|marcas",
    "it": "male|tagli|segni",
}

# --- the covering alone, worn against the heat so that nobody sees --------------------------------
# "long sleeves in 40 degrees so nobody at work sees", "manga larga con este calor para que nadie
# vea nada": the hiding says there is something to hide. A thing named as what is hidden (a
# tattoo, sunburn, a rash) is ordinary.
_NOBODY_SEES = {
    "en": r"so\s+(?:that\s+)?(?:nobody|no\s*one|no-one)\s+(?:\w+\s+){0,3}?(?:sees?|notices?|asks?"
    r"|can\s+see)",
    "es": r"para\s+que\s+nadie\s+(?:\w+\s+){0,3}?(?:vea|note|pregunte|se\s+de\s+cuenta)",
    "fr": r"pour\s+que\s+personne\s+ne\s+(?:\w+\s+){0,3}?(?:voie|remarque|demande)",
    "pt": r"para\s+(?:que\s+)?ninguem\s+(?:\w+\s+){0,3}?(?:ver|veja|notar|note|perguntar)",
    "it": r"(?:cosi|perche|in\s+modo\s+che)\s+nessuno\s+(?:\w+\s+){0,3}?(?:veda|vede|noti|nota"
    r"|chieda)",
    "de": r"damit\s+(?:keiner|niemand)\s+(?:\w+\s+){0,3}?(?:sieht|merkt|fragt)",
}
_HURT_COVERED = {
    lang: rf"(?:^|(?<=[.!?\n])){_ORDINARY}(?={_S}*\b(?:{_COVERED[lang]}|{_NOBODY_SEES[lang]}))"
    rf"{_S}*?(?:{_HURT[lang]})"
    for lang in _HURT
}
_NAMED_THING = (
    r"(?!" + _S + r"*\b(?:tattoo\w*|sunburn\w*|rash|eczema|psoriasis|hair|tan\s+lines?|tatu\w*"
    r"|quemadura\w*|eccema|psoriasi\w*|tatouage\w*|coup\s+de\s+soleil|eczema|tatuag\w*"
    r"|queimadura\w*|tatuaggi\w*|scottatur\w*|tattoo\w*|sonnenbrand|ausschlag|ekzem)\b)"
)
_WORN_UNSEEN = {
    lang: rf"{_ORDINARY}{_NAMED_THING}(?:{_GARMENT})\s+(?:\w+\s+){{0,2}}?(?:in|despite|during|at"
    r"|with|con|a\s+pesar\s+del?|par|malgre|avec|com|apesar\s+do|bei|trotz|anche\s+con"
    rf"|nonostante)\s+(?:a|the|this|este|esta|ce|cette|questo|esse|der|dem|la|le|il)?\s*"
    rf"(?:{_HEAT}){_S}{{0,40}}?\b(?:{_NOBODY_SEES[lang]})\b"
    r"(?:\s+(?:nada|nothing|anything|rien|niente|nulla|nichts|was))?(?=\s*(?:$|[.!?,;\n]))"
    for lang in _NOBODY_SEES
}

RULES: tuple[Rule, ...] = family(
    "marks",
    "covered",
    Category.SELF_HARM,
    Severity.CONCERN,
    _HURT_COVERED,
    _GATE,
    inherent=True,
) + family(
    "marks",
    "worn_unseen",
    Category.SELF_HARM,
    Severity.CONCERN,
    _WORN_UNSEEN,
    {
        "en": "nobody|no one|noone|no-one",
        "es": "nadie",
        "fr": "personne",
        "pt": "ninguem",
        "it": "nessuno",
        "de": "keiner|niemand",
    },
    inherent=True,
)

__all__ = ["RULES"]
