"""German explicit statements as people write them in chats and diaries, beyond ``rules_de``.

Why a module of its own: ``rules_de`` holds the textbook forms ("ich will sterben"); these are
the grammar families that textbook patterns miss:

* verb-final subclauses: "weil ich nicht mehr leben will", "ob ich mich umbringe", "dass ich
  mich aufhänge"; separable verbs split round the object: "häng mich auf", "spring ich vom
  Hochhaus";
* Konjunktiv wishes: "wär ich doch einfach tot", "wäre ich doch nie geboren";
* colloquial and dialect: "keinen Bock mehr auf das Leben", "null Bock mehr zu leben", Swiss
  "ich wott nümme läbe", Austrian "i mag nimmer leben", "Schluss machen mit allem";
* religious framing of a wish to die: "dass Gott mich zu sich holt", "Herr, nimm mich zu dir";
* a method named with its purpose: "…, um zu sterben", "die Pulsadern aufschneiden".

Words between a phrase's parts may not be a negation (``_GAP``): "ob ich mich nicht umbringe"
is not the wish, and the negation check only reads the words *before* a phrase.
Text is case- and accent-folded first: "wäre" is matched as "ware", "nümme" as "numme".
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.medicine_words import WITH_NAMED_DRUGS
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, rule

_SI, _PM, _DW = Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD, Category.DEATH_WISH
_NR = Category.NO_REASON_TO_LIVE
_URG, _CON = Severity.URGENT, Severity.CONCERN

_de = partial(rule, lang="de", inherent=True)
_de_any = partial(rule, lang="de", inherent=False)

#: One word that is not a negation ("ob ich mich *nicht* umbringe").
_GAP = r"(?:(?!nicht\b|nie\b|niemals\b|kein\w*\b|nimmer\b)\w+\s+)"
_MEDS = WITH_NAMED_DRUGS["de"]
#: Ways of killing oneself as an infinitive after "würde / will / möchte".
_KILL_SELF_INF = r"(?:umbringen|to(?:e)?ten|erha(?:e)?ngen|aufha(?:e)?ngen|erschiessen|vergiften)"
#: The means one names with a plan: "mach ich's mit dem Strick".
_MEANS = (
    r"(?:strick|seil|pistole|waffe|tabletten|pillen|messer|klinge|gurt|schal|gas|auto|zug"
    r"|schlaftabletten|gift)"
)
#: The verb-final and separable forms of killing oneself, the writer being the subject.
_KILL_SELF_FINAL = (
    r"(?:umbringe|umbringen\s+(?:will|werde|mo(?:e)?chte|muss|soll(?:te)?|wu(?:e)?rde)"
    r"|to(?:e)?te|to(?:e)?ten\s+(?:will|werde|mo(?:e)?chte)|aufha(?:e)?nge|erha(?:e)?nge"
    r"|aufha(?:e)?ngen\s+(?:will|werde|mo(?:e)?chte)|erschiesse|vergifte)"
)

RULES: tuple[Rule, ...] = (
    # "keinen Bock mehr auf das Leben", "null Bock mehr zu leben", "kb mehr aufs leben"
    _de(
        "de2_no_bock_to_live",
        _SI,
        _URG,
        r"\b(?:kein(?:en|e)?|null|kb|0)\s+(?:bock|lust|kraft)\s+mehr\s+(?:auf\s+(?:das|dieses|mein"
        r"|s)?\s*leben|aufs\s+leben|zu\s+leben|zum\s+leben|am\s+leben)\b"
        r"|\b(?:null|kein(?:en)?)\s+bock\s+(?:mehr\s+)?(?:auf\s+(?:das|dieses|mein)\s+leben"
        r"|aufs\s+leben)\b",
    ),
    # verb-final subclauses: "weil ich nicht mehr leben will", "dass ich sterben möchte"
    _de(
        "de2_final_want_die",
        _SI,
        _URG,
        r"\b(?:weil|dass|da|ob|wenn|obwohl|seit)\s+ich\s+(?:\w+\s+){0,2}?(?:nicht\s+mehr\s+"
        r"(?:leben|da\s+sein|hier\s+sein|existieren|aufwachen)|sterben|tot\s+sein)\s+"
        r"(?:will|mo(?:e)?chte|wu(?:e)?rde|wollte)\b",
    ),
    # "ob ich mich umbringe", "dass ich mich aufhänge", "ich mich einfach umbringen will"
    _de(
        "de2_final_kill_self",
        _SI,
        _URG,
        rf"\bich\s+mich\s+{_GAP}{{0,3}}{_KILL_SELF_FINAL}\b",
    ),
    # separable verb split: "häng mich auf", "bring mich heute um"
    _de(
        "de2_separable_kill_self",
        _SI,
        _URG,
        rf"\b(?:ha(?:e)?ng(?:e)?|bring(?:e)?)\s+(?:ich\s+)?mich\s+{_GAP}{{0,3}}(?:auf|um)"
        r"(?=\s*(?:$|[.!?,;:\n]|und\b|dann\b|wenn\b))",
    ),
    # "mich (im Wald) aufzuhängen / zu erschießen / zu vergiften"
    _de(
        "de2_method_infinitive",
        _PM,
        _URG,
        rf"\bmich\s+{_GAP}{{0,3}}(?:aufzuha(?:e)?ngen|aufha(?:e)?ngen|zu\s+erschiessen|erschiessen"
        r"|zu\s+vergiften|vor\s+(?:den|einen)\s+zug\s+(?:zu\s+)?(?:werfen|legen|stellen))\b",
    ),
    # Konjunktiv wish: "wär ich doch einfach tot", "wäre ich bloß nie geboren worden"
    _de(
        "de2_konjunktiv_dead",
        _DW,
        _CON,
        r"\bwa(?:e)?r(?:e|')?\s+ich\s+(?:doch|blo(?:ss|s)|nur)\s+(?:\w+\s+){0,2}?(?:tot|nie\s+geboren"
        r"|gar\s+nicht\s+(?:erst\s+)?geboren|nicht\s+mehr\s+(?:da|am\s+leben))\b"
        r"|\bha(?:e)?tte\s+(?:ich\s+)?(?:doch\s+)?nie\s+geboren\s+werden\s+sollen\b",
    ),
    # dialect: Swiss "ich wott nümme läbe", Austrian "i mag nimmer leben", "i wü nimma"
    _de(
        "de2_dialect_no_live",
        _SI,
        _URG,
        r"\b(?:ich|i)\s+(?:wott|wot|wett|will|wui|wuu|wu|mag|mog|mocht|mo(?:e)?chte)\s+"
        r"(?:\w+\s+){0,2}?(?:nu(?:e)?m(?:m)?e|nu(?:e)?mmer|nimm(?:a|er|e)|nimma|nicht\s+mehr)\s+"
        r"(?:la(?:e)?be|lebe|leben|sii|sein|da\s+sii)\b",
    ),
    # "Schluss machen (will) mit allem / mit meinem Leben", "mit allem Schluss machen"
    _de(
        "de2_schluss_machen",
        _SI,
        _URG,
        r"\bschluss\s+(?:zu\s+)?machen\s+(?:\w+\s+){0,2}?mit\s+(?:allem|mir|meinem\s+leben"
        r"|dem\s+leben|diesem\s+leben|dem\s+ganzen)\b"
        r"|\bmit\s+(?:allem|meinem\s+leben|dem\s+leben|diesem\s+leben)\s+(?:\w+\s+)?schluss\s+"
        r"(?:zu\s+)?machen\b",
    ),
    # "der Gedanke an Selbstmord lässt mich nicht los", "Gedanken an den Tod"
    _de(
        "de2_thought_noun",
        _SI,
        _URG,
        r"\bgedanken?\s+(?:an|ans)\s+(?:suizid|selbstmord|den\s+tod|das\s+sterben|sterben"
        r"|mich\s+umzubringen)\b",
    ),
    # religious: "dass der liebe Gott mich zu sich holt", "Herr, nimm mich zu dir"
    _de(
        "de2_god_take_me",
        _DW,
        _CON,
        r"\bmich\s+(?:\w+\s+){0,2}?zu\s+sich\s+(?:holt|holen|hole|nimmt|nehmen|ruft|rufen)\b"
        r"|\b(?:nimm|hol)\s+mich\s+(?:\w+\s+)?zu\s+dir\b"
        r"|\b(?:gott|herrgott|herr|jesus|himmel)\b[^.!?\n]{0,40}?\b(?:lass\s+mich\s+(?:\w+\s+){0,3}?"
        r"sterben|mich\s+(?:endlich\s+)?zu\s+holen|(?:hol|nimm)\s+mich\s+(?:endlich|doch|heim"
        r"|zu\s+dir))\b",
    ),
    # "für immer weg sein / verschwinden / einschlafen" as a wish
    _de(
        "de2_forever_gone",
        _DW,
        _CON,
        r"\b(?:will|mo(?:e)?chte|wu(?:e)?rde\s+(?:gern|lieber)|wu(?:e)?nsche\s+mir)\s+"
        r"(?:\w+\s+){0,2}?fu(?:e)?r\s+immer\s+(?:weg\s+sein|verschwinden|einschlafen|schlafen)\b",
    ),
    # a wish to die in one's sleep: "einfach im Schlaf sterben"
    _de(
        "de2_die_in_sleep",
        _DW,
        _CON,
        r"\b(?:will|mo(?:e)?chte|wu(?:e)?rde\s+(?:gern|lieber)|hoffe|wu(?:e)?nschte)\s+"
        r"(?:\w+\s+){0,3}?im\s+schlaf\s+(?:sterben|gehen|einschlafen)\b",
    ),
    # a method or an act named with its purpose: "…geschluckt, um zu sterben"
    _de_any(
        "de2_in_order_to_die",
        _SI,
        _URG,
        r"(?<!\bzu\s)\b\w+,?\s+um\s+(?:zu\s+sterben|mich\s+(?:\w+\s+)?umzubringen"
        r"|mir\s+das\s+leben\s+zu\s+nehmen|mich\s+zu\s+to(?:e)?ten)\b",
    ),
    # "spring ich vom Hochhaus", "ich spring morgen von der Brücke"
    _de(
        "de2_jump_from",
        _PM,
        _URG,
        r"\b(?:spring(?:e)?\s+ich|ich\s+spring(?:e)?)\s+(?:\w+\s+){0,3}?(?:vom|von\s+(?:der|einer"
        r"|dem|einem|nem))\s+(?:\w+\s+)?(?:bru(?:e)?cke|hochhaus|dach|balkon|klippe|parkhaus"
        r"|fenster|staudamm)\b"
        r"|\b(?:spring(?:e)?\s+ich|ich\s+spring(?:e)?)\s+(?:\w+\s+){0,3}?(?:vor\s+(?:den|einen)"
        r"\s+(?:zug|lkw|laster|bus)|in\s+den\s+tod|runter(?=\s*(?:$|[.!?,;:\n])))",
    ),
    # "schluck ich die ganzen Pillen", "ich nehm alle Tabletten auf einmal"
    _de(
        "de2_swallow_all",
        _PM,
        _URG,
        rf"\b(?:schluck(?:e)?|nehm(?:e)?|nimm|werf(?:e)?)\s+(?:ich\s+)?(?:\w+\s+){{0,2}}?"
        rf"(?:die\s+ganzen|alle|sa(?:e)?mtliche|die\s+ganze\s+packung|die\s+ganze\s+schachtel)"
        rf"\s+(?:meine\s+|\w+\s+)?{_MEDS}"
        r"(?![^.!?\n]{0,40}\b(?:jeden|ta(?:e)?glich|morgens|abends|verschrieben|verordnet|wie"
        r"\s+immer))",
    ),
    # "hab schon geplant, wie ich es mache – mit den Tabletten"
    _de(
        "de2_planned_how",
        _PM,
        _URG,
        r"\b(?:geplant|plane|u(?:e)?berlegt|weiss\s+(?:schon|jetzt|genau)),?\s+wie\s+ich\s+es"
        r"\s+(?:mache|tue|tun\s+werde|machen\s+werde|anstelle)\b"
        rf"(?=[^.!?\n]{{0,60}}\b(?:{_MEDS}|strick|seil|bru(?:e)?cke|zug|pistole|waffe|klinge"
        r"|messer|sterben|tod|ende|hochhaus|gleis\w*))",
    ),
    # "die Pulsadern aufschneiden", "mir die Handgelenke aufschlitzen"
    _de(
        "de2_veins",
        _PM,
        _URG,
        r"\b(?:pulsadern?|handgelenke?)\s+(?:\w+\s+)?(?:aufschneiden|aufzuschneiden|aufschlitzen"
        r"|aufzuschlitzen|durchschneiden|durchzuschneiden)\b",
    ),
    # a past act with its outcome: "von einer Brücke gesprungen und hab überlebt"
    _de(
        "de2_past_act_survived",
        _SI,
        _CON,
        r"\b(?:gesprungen|geschluckt|aufgeschnitten|aufgeschlitzt|erha(?:e)?ngt|aufgeha(?:e)?ngt"
        r"|vergiftet|gelegt|geworfen)\b[^.!?\n]{0,30}\b(?:u(?:e)?berlebt|magen\s+ausgepumpt"
        r"|reanimiert|wiederbelebt|intensivstation)\b",
        past=True,
    ),
    # "ich würd mich am liebsten umbringen", "am liebsten würde ich mich erhängen"
    _de(
        "de2_would_kill_self",
        _SI,
        _URG,
        rf"\b(?:ich\s+(?:wu(?:e)?rd(?:e)?|will|mo(?:e)?chte|wollte)|(?:wu(?:e)?rd(?:e)?|will"
        rf"|mo(?:e)?chte)\s+ich)\s+mich\s+{_GAP}{{0,3}}?{_KILL_SELF_INF}\b",
    ),
    # "ob ich nicht einfach von der Brücke springe / mich umbringe" (wondering whether to)
    _de(
        "de2_whether_not_just",
        _SI,
        _URG,
        r"\bob\s+ich\s+(?:mich\s+)?nicht\s+(?:einfach|lieber|doch|gleich)\s+(?:\w+\s+){0,5}?"
        r"(?:springe|umbringe|aufha(?:e)?nge|erha(?:e)?nge|schluss\s+mache|sterbe|werfe)\b",
    ),
    # "von der Brücke springe" verb-final after "ich"
    _de(
        "de2_jump_final",
        _PM,
        _URG,
        r"\bich\s+(?:\w+\s+){0,3}?(?:vom|von\s+(?:der|einer|dem|einem|nem))\s+(?:\w+\s+)?"
        r"(?:bru(?:e)?cke|hochhaus|dach|balkon|klippe|parkhaus|fenster)\s+(?:spring(?:e|en\s+"
        r"(?:will|werde|soll|mo(?:e)?chte|ko(?:e)?nnte)))\b",
    ),
    # hoping not to wake up, finite and separable: "ich hoffe, ich wach nicht mehr auf"
    _de(
        "de2_hope_not_wake",
        _DW,
        _CON,
        r"\b(?:hoffe|wu(?:e)?nsch\w*|bete|recht|egal|scho(?:e)?n|besser|(?:nicht\s+)?sto(?:e)?ren"
        r"|lieber)\b[^.!?\n]{0,30}?\b(?:(?:ich\s+)?wach(?:e)?\s+(?:\w+\s+){0,2}?(?:nicht\s+mehr"
        r"|nie\s+(?:mehr|wieder))\s+auf|(?:nicht\s+mehr|nie\s+(?:mehr|wieder))\s+(?:aufwach(?:e|te)"
        r"|aufwachen\s+wu(?:e)?rde|aufzuwachen))\b",
    ),
    # "dass es für immer aufhört", "dass alles für immer vorbei ist" as a wish
    _de(
        "de2_end_forever",
        _DW,
        _CON,
        r"\b(?:will|mo(?:e)?chte|wu(?:e)?nsche\s+mir|hoffe|bete)\b[^.!?\n]{0,40}?\bdass\s+"
        r"(?:es|alles)\s+(?:\w+\s+)?fu(?:e)?r\s+immer\s+(?:aufho(?:e)?rt|vorbei\s+ist|endet"
        r"|still\s+ist)\b",
    ),
    # "Sterben wäre eine Erlösung", "der Tod wäre eine Befreiung für mich"
    _de_any(
        "de2_death_relief",
        _DW,
        _CON,
        # ("wär", "wär's": the spoken forms)
        r"\b(?:sterben|der\s+tod|tot\s+sein|nicht\s+mehr\s+(?:zu\s+)?leben)\s+wa(?:e)?r(?:e|'?s)?\s+"
        r"(?:\w+\s+)?(?:erlo(?:e)?sung|befreiung|gnade|das\s+beste|einfacher|leichter|besser)\b"
        r"(?!\s+fu(?:e)?r\s+(?!mich\b)\w+)",
    ),
    # a place picked out: "die Stelle an den Gleisen ausgesucht"
    _de(
        "de2_place_picked",
        _PM,
        _URG,
        r"\b(?:stelle|ort|platz|haken|ast|baum)\b[^.!?\n]{0,30}?\b(?:gleis\w*|bru(?:e)?cke|hochhaus"
        r"|dach|klippe|bahn\w*)\b[^.!?\n]{0,20}?\b(?:ausgesucht|rausgesucht|ausgekundschaftet"
        r"|ausgespa(?:e)?ht)\b"
        r"|\b(?:bru(?:e)?cke|hochhaus|klippe|gleis\w*|bahndamm)\b[^.!?\n]{0,20}?\b(?:ausgesucht"
        r"|rausgesucht|ausgekundschaftet|ausgespa(?:e)?ht)\b",
    ),
    # "mach ich's mit dem Strick", "ich mache es mit den Tabletten"
    _de(
        "de2_do_it_with",
        _PM,
        _URG,
        rf"\b(?:(?:mach(?:e)?|tu(?:e)?)\s+ich(?:'s|s|\s+es)|ich\s+(?:mach(?:e)?|tu(?:e)?)(?:'s|s"
        rf"|\s+es))\s+(?:\w+\s+){{0,2}}?mit\s+(?:dem|der|den|meinem|meiner|meinen|nem|ner)\s+"
        rf"(?:\w+\s+)?{_MEANS}\b",
    ),
    # a past overdose: "nach einer Überdosis im Krankenhaus"
    _de_any(
        "de2_past_overdose",
        _SI,
        _CON,
        r"\bnach\s+(?:einer|meiner|der)\s+(?:letzten\s+|ersten\s+|zweiten\s+)?u(?:e)?berdosis\b|\bu(?:e)?berdosis\s+(?:\w+\s+)?"
        r"(?:genommen|geschluckt)\b",
        past=True,
    ),
    # Konjunktiv without "e": "ich würd gern tot sein", "ich wär so gern tot"
    _de(
        "de2_would_like_dead",
        _DW,
        _CON,
        r"\bich\s+(?:wu(?:e)?rd|wa(?:e)?r)\s+(?:so\s+|echt\s+|total\s+|einfach\s+)?(?:gern(?:e)?"
        r"|lieber)\s+tot(?:\s+sein)?\b"
        r"|\bich\s+wu(?:e)?nschte,?\s+ich\s+wa(?:e)?r(?:e)?\s+(?:\w+\s+)?(?:tot|nie\s+geboren"
        r"|nicht\s+mehr\s+da)\b",
    ),
    # "Bock / Lust zu sterben", "Schluss machen, für immer"
    _de(
        "de2_bock_to_die",
        _SI,
        _URG,
        r"\b(?:bock|lust)\s+(?:zu\s+sterben|aufs\s+sterben|auf\s+den\s+tod|mich\s+umzubringen)\b"
        r"|\bschluss\s+(?:zu\s+)?mach(?:e|en)?\b,?\s+fu(?:e)?r\s+immer\b"
        r"|\bich\s+mach(?:e)?\s+schluss,?\s+fu(?:e)?r\s+immer\b",
    ),
    # dialect "ich will nimmer", "i mog nimma" at the end of a clause
    _de(
        "de2_dialect_no_more",
        _DW,
        _CON,
        r"\b(?:ich|i)\s+(?:will|wu|wui|mag|mog|wott|kann|ko)\s+(?:einfach\s+|echt\s+|wirklich\s+)?"
        r"(?:nimmer|nimma|nu(?:e)?mm(?:e|er))(?=\s*(?:$|[.!?,;:\n]))"
        # "i mag nimma, i wü nur no ins bett": tired, wants bed or home
        r"(?![^.!?\n]{0,40}\b(?:ins\s+bett|schlafen|heim|nach\s+hause|pause|feierabend)\b)",
    ),
    # "ich bin es nicht wert zu leben"
    _de(
        "de2_not_worth_living",
        _NR,
        _CON,
        r"\b(?:bin|wa(?:e)?re|wa(?:e)?r)\s+(?:es\s+)?(?:doch\s+)?nicht\s+wert,?\s+(?:zu\s+leben"
        r"|weiterzuleben|am\s+leben\s+zu\s+sein)\b"
        r"|\bverdiene\s+(?:es\s+)?nicht,?\s+zu\s+leben\b",
    ),
    # self-talk in the second person: "bring dich doch um, sag ich mir"
    _de(
        "de2_self_talk",
        _SI,
        _URG,
        r"\b(?:bring\s+dich\s+(?:\w+\s+){0,2}?um|stirb\s+(?:doch|endlich)|du\s+(?:solltest|musst)"
        r"\s+dich\s+(?:\w+\s+)?umbringen|spring\s+doch)\b[^.!?\n]{0,40}?\b(?:sag(?:e)?\s+ich"
        r"\s+(?:zu\s+)?mir|denk(?:e)?\s+ich\s+(?:mir|dann)|sagt\s+(?:die|meine)\s+(?:\w+\s+)?stimme)\b"
        r"|\b(?:sag(?:e)?|denk(?:e)?)\s+(?:ich\s+)?(?:zu\s+)?mir\s+(?:\w+\s+){0,3}?:?\s*(?:bring\s+dich"
        r"\s+(?:\w+\s+){0,2}?um|stirb\s+(?:doch|endlich)|du\s+solltest\s+dich\s+umbringen)\b",
    ),
    # "an Suizid gedacht" in the perfect
    _de(
        "de2_thought_of_perfect",
        _SI,
        _URG,
        r"\ban\s+(?:suizid|selbstmord|den\s+tod|das\s+sterben)\s+gedacht\b",
    ),
    # Swiss, Bavarian and Austrian "mi" / "i": "i bring mi um", "ich wott mi umbringe"
    _de(
        "de2_dialect_kill_self",
        _SI,
        _URG,
        r"\b(?:i|ich)\s+(?:\w+\s+){0,2}?mi\s+(?:\w+\s+)?(?:umbringe|umbringen|umbringa|umbrenga)\b"
        r"|\bbring(?:e|a)?\s+mi\s+(?:\w+\s+)?um(?=\s*(?:$|[.!?,;:\n]|und\b))"
        rf"|\b(?:i|ich)\s+(?:will|wott|wot|mog|mag|mo(?:e)?cht|wu)\s+{_GAP}{{0,3}}?(?:sterbe|sterba"
        r"|stearbn)\b"
        r"|\b(?:nimma|nimmer|nu(?:e)?mme|nie\s+meh)\s+(?:aufwachen|aufwache|aufwacha|aufzuwachen)\b",
    ),
    # "wozu ich noch lebe", "ich hab genug gelebt"
    _de(
        "de2_why_still_alive",
        _DW,
        _CON,
        r"\b(?:wozu|wofu(?:e)?r|warum)\s+ich\s+(?:u(?:e)?berhaupt\s+)?noch\s+(?:lebe|da\s+bin"
        r"|weitermache|aufstehe)\b"
        r"|\b(?:habe|hab)\s+(?:\w+\s+)?genug\s+gelebt\b",
    ),
    # an aborted attempt: "stand auf dem Dach und bin doch wieder runter"
    _de(
        "de2_stood_on_edge",
        _PM,
        _URG,
        r"\bstand\s+(?:ich\s+)?(?:\w+\s+){0,2}?auf\s+(?:dem|der|den)\s+(?:dach|bru(?:e)?cke|gleisen"
        r"|gela(?:e)?nder|hochhaus|fenstersims|balkongela(?:e)?nder)\b[^.!?\n]{0,60}?\b(?:doch"
        r"\s+(?:nicht|wieder)|fast\s+gesprungen|springen\s+wollte|wollte\s+springen)\b",
    ),
    # self-harm: "ich schneide mir die Arme auf"
    _de(
        "de2_cut_open",
        Category.SELF_HARM,
        _CON,
        r"\bschneid\w*\s+mir\s+(?:\w+\s+)?(?:die\s+)?(?:arme?|beine?|handgelenke?|haut"
        r"|oberschenkel)\s+auf\b",
    ),
    # "mir eine Kugel geben / in den Kopf jagen"
    _de(
        "de2_bullet",
        _SI,
        _URG,
        r"\bmir\s+(?:eine|die)\s+kugel\s+(?:\w+\s+){0,3}?(?:geben|gebe|jagen|jage|schiessen|verpassen)\b"
        r"|\bgeb(?:e)?\s+mir\s+(?:\w+\s+)?die\s+kugel\b",
    ),
    # waiting for death: "ich warte nur noch auf den Tod"
    _de(
        "de2_waiting_for_death",
        _DW,
        _CON,
        r"\bwarte\s+(?:nur\s+noch|bloss\s+noch|nur|eigentlich\s+nur\s+noch)\s+(?:auf\s+den\s+tod"
        r"|aufs\s+sterben|auf\s+das\s+ende|darauf,?\s+dass\s+ich\s+sterbe)\b",
    ),
    # "verzeiht mir, was ich jetzt tue / tun werde"
    _de(
        "de2_forgive_what_i_do",
        _SI,
        _URG,
        r"\b(?:verzeiht|verzeih|vergebt|vergib)\s+mir,?\s+(?:fu(?:e)?r\s+das,?\s+)?was\s+ich\s+"
        r"(?:jetzt\s+|gleich\s+|bald\s+)?(?:tue|tun\s+werde|mache|machen\s+werde|vorhabe)\b",
    ),
    # "irgendwann spring ich einfach.", "ich soll mich umbringen", "sollte nicht mehr hier sein"
    _de(
        "de2_just_jump",
        _PM,
        _URG,
        r"\b(?:spring(?:e)?\s+ich|ich\s+spring(?:e)?)\s+(?:einfach|wirklich|dann\s+einfach)"
        r"(?=\s*(?:$|[.!?,;:\n]))",
    ),
    _de(
        "de2_should_not_be_here",
        _DW,
        _CON,
        r"\bich\s+(?:sollte|du(?:e)?rfte|soll)\s+(?:\w+\s+)?(?:nicht\s+mehr\s+(?:hier|da|am\s+leben)\s+sein"
        r"|gar\s+nicht\s+(?:mehr\s+)?(?:hier|da|am\s+leben)\s+sein|nicht\s+(?:mehr\s+)?existieren|tot\s+sein)\b"
        r"|\bha(?:e)?tte[nt]?\s+mich\s+(?:\w+\s+)?nie\s+(?:bekommen|kriegen|zur\s+welt\s+bringen)\s+sollen\b",
    ),
    _de(
        "de2_told_to_kill_self",
        _SI,
        _URG,
        rf"\bich\s+(?:soll|solle|sollte|muss)\s+mich\s+{_GAP}{{0,2}}?{_KILL_SELF_INF}\b"
        r"|\b(?:kopf|stimme\w*|gedanken)\s+(?:\w+\s+){0,2}?(?:sagt|sagen|flu(?:e)?stert|befiehlt"
        r"|befehlen)\s+mir\b[^.!?\n]{0,30}?\b(?:mich\s+umzubringen|mich\s+zu\s+verletzen|zu\s+sterben"
        r"|springen)\b",
    ),
    # thinking of death first thing: "morgens denk ich als erstes an den Tod"
    _de(
        "de2_thinks_of_death",
        _SI,
        _URG,
        r"\bdenk(?:e|st|t)?\s+(?:(?!(?:nicht|nie|ned|net|kein\w*)\b)\w+\s+){0,4}?(?:an\s+(?:den\s+tod|suizid"
        r"|selbstmord|das\s+sterben)"
        r"|ans\s+sterben)\b(?!\s+(?:meine[rs]?|meines|von|des|der|seine[rs]?|ihre[rs]?)\b)",
    ),
    # "mein Leben … will es jetzt beenden", "egal, ob ich lebe oder sterbe"
    _de(
        "de2_end_it_life",
        _SI,
        _URG,
        r"\bleben\b[^.!?\n]{0,40}?\b(?:will|werde|mo(?:e)?chte)\s+(?:es|das)\s+(?:\w+\s+)?beenden\b",
    ),
    _de(
        "de2_indifferent_live_die",
        _DW,
        _CON,
        r"\begal,?\s+(?:auch\s+)?ob\s+ich\s+(?:lebe\s+oder\s+sterbe|sterbe|tot\s+bin|morgen\s+noch\s+lebe)\b"
        r"|\bverdien\w*\s+(?:es\s+)?,?\s*(?:zu\s+sterben|den\s+tod)\b"
        r"|\bnie\s+(?:wieder|mehr)\s+die\s+augen\s+(?:aufmachen|o(?:e)?ffnen|aufzumachen)\b",
    ),
    # "nur noch einen Ausweg" (not "nur noch einen Ausweg: mehr schlafen")
    _de(
        "de2_only_way_out",
        _SI,
        _CON,
        r"\bnur\s+noch\s+(?:einen|ein)\s+(?:ausweg|weg\s+raus|ausgang)\b(?!\s*:)",
    ),
    # a past attempt named "the attempt": "seit dem Versuch letztes Jahr bin ich in Therapie"
    _de(
        "de2_the_attempt",
        _SI,
        _CON,
        # (the time and the town may come first: "nach dem Versuch damals in Klagenfurt war ich
        # sechs Wochen auf Station")
        r"\b(?:seit|nach)\s+(?:dem|meinem)\s+(?:letzten\s+|ersten\s+|zweiten\s+)?versuch\b"
        r"(?:\s+damals(?:\s+in\s+[\w-]+)?)?[^.!?\n]{0,40}?"
        r"\b(?:therapie|klinik\w*|psychiatrie|behandlung|station|krankenhaus|geschlossenen|notarzt"
        r"|notaufnahme|intensivstation)\b",
        past=True,
    ),
    # "schlafen, für immer", "vom Erdboden verschwinden", "ich bin raus, für immer"
    _de(
        "de2_sleep_forever",
        _DW,
        _CON,
        r"\b(?:will|mo(?:e)?chte|wu(?:e)?rde\s+(?:gern|lieber)|wu(?:e)?nsche\s+mir)\s+(?:\w+\s+){0,3}?"
        r"(?:schlafen|weg\s+sein|verschwinden|einschlafen),?\s+(?:und\s+zwar\s+)?fu(?:e)?r\s+immer\b"
        r"|\bvom\s+erdboden\s+verschwinden\b|\bvon\s+der\s+bildfla(?:e)?che\s+verschwinden\b"
        r"|\bich\s+bin\s+raus,?\s+fu(?:e)?r\s+immer\b"
        r"|\bschlafen\s+und\s+nie\s+(?:wieder|mehr)\s+aufstehen\b",
    ),
    # "ich mach's bald." (only at the end of a clause), "dann sterb ich halt"
    _de(
        "de2_do_it_soon",
        _SI,
        _URG,
        r"\bich\s+(?:mach|tu)(?:'s|s|e\s+es)\s+(?:bald|heute(?:\s+nacht)?|morgen|diese\s+woche"
        r"|am\s+wochenende)(?=\s*(?:$|[.!?,;:\n]))"
        r"|\bmeine\s+entscheidung\s+steht,?\s+ich\s+(?:mach|tu)(?:'s|s|e\s+es)\b",
    ),
    _de(
        "de2_die_then",
        _DW,
        _CON,
        r"\b(?:dann\s+)?sterb(?:e)?\s+ich\s+(?:halt|eben|doch)\b(?!\s+(?:im|in|vor|an|beim)\b)"
        r"|\bbete\b[^.!?\n]{0,30}?\bdass\s+(?:es|alles)\s+(?:endlich\s+)?(?:aufho(?:e)?rt|vorbei\s+ist)\b",
    ),
    # "mir bleibt nur noch der Strick", a cord round the neck
    _de(
        "de2_only_the_rope",
        _SI,
        _URG,
        r"\bbleibt\s+(?:\w+\s+)?nur\s+(?:noch\s+)?(?:der\s+strick|die\s+kugel|der\s+tod|der\s+sprung"
        r"|die\s+bru(?:e)?cke|die\s+tabletten)\b"
        r"|\b(?:kabel|ladekabel|seil|strick|gu(?:e)?rtel|schnur)\w*\s+(?:\w+\s+){0,2}?um\s+(?:den"
        r"|meinen)\s+hals\b",
    ),
)
