"""German phrase rules: explicit statements and the commonest warning signs.

Text is accent-folded before matching ("möchte" becomes "mochte"); umlauts are written
``o(?:e)?`` so "möchte", "mochte" and "moechte" all match. "ß" is case-folded to "ss".
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.medicine_words import words
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, rule

_MEDS = words(
    "de",
    "tabletten",
    "pillen",
    "medikamente",
    "schlaftabletten",
    "schmerztabletten",
    "schmerzmittel",
)
# the modal as written and as spoken, clipped of its "-e" ("ich möcht", "ich wollt", "würd
# ich", the southern "ich mecht", "ich wott"), before or after "ich"
_ICH_WILL = (
    r"(?:ich\s+(?:mo(?:e)?chte?|mecht|wott|will|wu(?:e)?rde?(?:\s+(?:gern(?:e)?|am\s+liebsten))?"
    r"|wollte?)|(?:will|mo(?:e)?chte?|wollte?|wu(?:e)?rde?)\s+ich(?:\s+(?:gern(?:e)?"
    r"|am\s+liebsten))?)"
)
_GIVE = r"(?:verschenk\w*|geschenkt|schenke|gebe|gab|weggegeben|hergegeben|vermache|vermacht)"


# Every rule in this file is a de rule.
_r = partial(rule, lang="de", inherent=True)


RULES: tuple[Rule, ...] = (
    _r(
        "de_want_to_die",
        Category.SUICIDAL_IDEATION,
        Severity.URGENT,
        rf"\b{_ICH_WILL}\s+(?:einfach\s+)?(?:nur\s+)?(?:noch\s+)?(?:sterben|tot\s+sein"
        r"|mich\s+umbringen|mich\s+to(?:e)?ten|nicht\s+mehr\s+(?:leben|da\s+sein|aufwachen"
        r"|existieren))\b"
        r"|\bmich\s+umzubringen\b|\bmir\s+das\s+leben\s+(?:zu\s+)?nehme\w*",
    ),
    _r(
        "de_thoughts",
        Category.SUICIDAL_IDEATION,
        Severity.URGENT,
        r"\b(?:selbstmordgedanken|suizidgedanken|suizidal|lebensmu(?:e)?de)\b"
        r"|\b(?:denke|dachte|denken)\s+(?:\w+\s+){0,2}an\s+(?:suizid|selbstmord|den\s+tod|das"
        r"\s+sterben)\b"
        # "an den Tod meiner Mutter" is someone else's death
        r"(?!\s+(?:meine[rs]?|meines|von|des|der|seine[rs]?|ihre[rs]?)\b)",
    ),
    # The verb at the end, as a question or a "dass" clause puts it: "ob ich an Suizid denke",
    # "dass ich an Selbstmord gedacht habe". The plural "denken" is anyone's ("wie oft
    # Jugendliche an Suizid denken"), and so is "an den Tod denken" but for its first-person
    # forms ("denke", "dachte").
    rule(
        "de_thoughts_verb_last",
        Category.SUICIDAL_IDEATION,
        Severity.URGENT,
        r"\ban\s+(?:suizid|selbstmord)\s+(?:denke|dachte|gedacht|zu\s+denken"
        r"|denken\s+wu(?:e)?rde)\b"
        r"|\ban\s+(?:den\s+tod|das\s+sterben)\s+(?:denke|dachte)\b",
        lang="de",
        inherent=False,
    ),
    _r(
        "de_wish_dead",
        Category.DEATH_WISH,
        Severity.CONCERN,
        r"\bich\s+wu(?:e)?nschte,?\s+ich\s+wa(?:e)?re\s+(?:tot|nie\s+geboren)"
        r"|\bwa(?:e)?re\s+ich\s+doch\s+(?:tot|nie\s+geboren)|\bwa(?:e)?re\s+ich\s+(?:lieber\s+)?tot\b"
        r"|\blieber\s+tot\b|\b(?:nicht\s+mehr|nie\s+(?:mehr|wieder))\s+aufwachen\b"
        r"|\bbesser,?\s+wenn\s+ich\s+nicht\s+(?:mehr\s+)?(?:da\s+)?wa(?:e)?re\b"
        r"|\b(?:einschlafen|schlafen)\s+und\s+(?:nie\s+(?:mehr|wieder)|nicht(?:\s+mehr)?)\s+aufwachen",
    ),
    _r(
        "de_attempt",
        Category.SUICIDAL_IDEATION,
        Severity.CONCERN,
        r"\b(?:suizidversuch|selbstmordversuch)\w*\b|\bversucht,?\s+mich\s+umzubringen\b",
        past=True,
        inherent=False,
    ),
    _r(
        "de_plan",
        Category.PLAN_OR_METHOD,
        Severity.URGENT,
        r"\b(?:plan|vorhaben)\b[^.!?\n]{0,40}\b(?:leben\s+(?:zu\s+)?nehme\w*|umzubringen|zu\s+sterben)"
        r"|\bvon\s+(?:der|einer|dem|einem)\s+(?:bru(?:e)?cke|hochhaus|dach|balkon|klippe|turm)\s+"
        r"(?:zu\s+)?springen|\bvor\s+(?:den|einen)\s+zug\s+(?:zu\s+)?(?:springen|werfen|legen)"
        rf"|\balle\s+(?:meine\s+)?{_MEDS}\s+(?:zu\s+)?(?:nehmen|schlucken)"
        r"|\bmich\s+(?:zu\s+)?erha(?:e)?ngen\b",
    ),
    _r(
        "de_self_harm",
        Category.SELF_HARM,
        Severity.CONCERN,
        # "ich ritze meinen Namen in den Baum" carves something, not the skin
        r"\b(?:ritze|ritzte|geritzt|ritzen|aufgeritzt|aufgeschlitzt)\b(?!\s+(?:meinen|seinen|ihren|den|die|das|unsere?n?"
        r"|ein\w*)\s+\w+\s+(?:in|auf)\b)|\bmich\s+(?:(?:gestern|heute|vorgestern|letzte|nacht|abend)\s+){0,2}"
        r"(?:(?:wieder|erneut|selbst|selber|absichtlich)\s+){1,3}"
        r"(?:ge)?(?:schnitten|verletzt|verbrannt)\b|\bselbstverletz\w*"
        r"|\bverletze\s+mich\s+(?:selbst|wieder|absichtlich)|\bich\s+verletze\s+mich\b|\bmich\s+(?:selbst|selber)\s+(?:verletz\w*|geschnitten)"
        r"|\bmir\s+(?:\w+\s+){0,3}(?:in\s+(?:den|die)\s+(?:arm|arme|beine?|handgelenke?)|die\s+"
        r"(?:arme|pulsadern))\s+(?:ge)?(?:schnitten|schneiden|aufgeschnitten)"
        # "Ich habe nicht vor, mir etwas anzutun": the comma must not hide the negation.
        r"|(?<!nicht vor, )(?<!keine absicht, )\bmir\s+"
        r"(?:(?:selbst|selber|wieder|absichtlich)\s+){0,3}(?:weh\s*(?:zu\s+)?tun|wehtun"
        r"|wehzutun|weh\s+getan|etwas\s+an(?:zu)?tun)\b",
    ),
    _r(
        "de_trapped",
        Category.TRAPPED_PAIN,
        Severity.CONCERN,
        r"\bich\s+(?:fu(?:e)?hl(?:e)?\s+mich|bin)\s+(?:so\s+|total\s+|vo(?:e)?llig\s+)?gefangen\b"
        r"|\bkeinen\s+ausweg\b|\bkomme\s+(?:da|hier)\s+(?:nicht\s+mehr|nie\s+(?:mehr\s+)?)\s*raus\b|\b(?:der\s+)?schmerz\s+ist\s+(?:\w+\s+)?unertra(?:e)?glich"
        r"|\bich\s+kann\s+(?:einfach\s+)?nicht\s+mehr"
        + END
        + r"|\bich\s+halte\s+(?:\w+\s+){1,3}nicht\s+mehr\s+aus\b"
        r"|\bich\s+halte\s+(?:es|das|diesen\s+schmerz|den\s+schmerz|das\s+alles)\s+nicht\s+"
        r"(?:mehr\s+)?aus\b",
    ),
    _r(
        "de_no_future",
        Category.NO_FUTURE,
        Severity.CONCERN,
        r"\b(?:habe|sehe)\s+(?:\w+\s+)?keine\s+zukunft\b(?!\s+(?:mehr\s+)?(?:in|bei|mit|als|hier)\b)|\bkeine\s+hoffnung\s+mehr\b"
        r"|\bmu(?:e)?de\s+(?:zu\s+leben|vom\s+leben)|\bich\s+(?:will|mo(?:e)?chte)\s+(?:einfach\s+)?"
        r"verschwinden\b|\bes\s+wird\s+(?:nie|niemals)\s+(?:wieder\s+)?(?:besser|gut)"
        r"|\bbald\s+bin\s+ich\s+(?:fu(?:e)?r\s+)?niemand\w*\s+mehr\s+(?:ein\s+)?(?:problem|last)"
        r"|\b(?:alles\s+ist|ich\s+bin|ich\s+fu(?:e)?hle\s+mich)\s+(?:so\s+|total\s+|vo(?:e)?llig"
        r"\s+)?hoffnungslos|\bnichts\s+mehr,?\s+wofu(?:e)?r\s+es\s+sich\s+(?:zu\s+leben\s+)?lohnt"
        r"|\bfu(?:e)?r\s+mich\s+gibt\s+es\s+keine\s+zukunft|\bkeine\s+zukunft\s+(?:mehr|fu(?:e)?r\s+mich)(?!\s+(?:in|bei|mit|als|hier)\b)"
        r"|\bkeinen\s+grund\s+(?:mehr\s+)?(?:zu\s+leben|weiterzuleben)"
        r"|\bnichts\s+hat\s+(?:mehr\s+)?(?:einen\s+)?sinn|\bkeinen\s+sinn\s+mehr\b",
    ),
    _r(
        "de_burden",
        Category.BURDEN,
        Severity.CONCERN,
        r"\bich\s+bin\s+(?:nur\s+)?(?:eine\s+)?(?:last\s+fu(?:e)?r|belastung\b)|\bich\s+bin\s+nur\s+eine\s+last\b"
        r"|\bohne\s+mich\s+(?:wa(?:e)?ren|wa(?:e)?re|ginge\s+es)\s+\w+\s+(?:\w+\s+)?besser"
        r"|\bzur\s+last\s+(?:fallen|falle)|\bfalle\s+(?:\w+\s+){0,3}zur\s+last\b"
        r"|\bniemand\s+wu(?:e)?rde\s+mich\s+vermissen|\bbesser\s+dran\s+ohne\s+mich"
        r"|\bohne\s+mich\s+besser\b",
    ),
    _r(
        "de_goodbyes",
        Category.GOODBYES,
        Severity.CONCERN,
        r"\babschiedsbrief\w*|\bals\s+wa(?:e)?re\s+es\s+das\s+letzte\s+mal\b"
        # "als wär's das letzte Mal", "als ob es das letzte Mal wäre"
        r"|\bals\s+(?:wa(?:e)?r(?:e)?'?s|ob\s+es)\s+das\s+letzte\s+mal\b|\bwenn\s+ich\s+nicht\s+mehr\s+(?:da\s+)?bin\b"
        # "Opa hat *sein* Testament gemacht" is his
        r"|(?<!\bsein\s)(?<!\bihr\s)(?<!\bunser\s)\b(?:mein\s+)?testament\s+(?:gemacht|geschrieben"
        r"|aufgesetzt)"
        r"|\b(?:alles|meine\s+angelegenheiten)\s+geregelt"
        r"|\bmich\s+(?:von\s+\w+(?:\s+\w+)?\s+)?fu(?:e)?r\s+immer\s+verabschiedet"
        r"|\bvon\s+allen\s+(?:fu(?:e)?r\s+immer\s+)?verabschiedet",
    ),
    _r(
        "de_giving_away",
        Category.GIVING_AWAY,
        Severity.CONCERN,
        rf"\b{_GIVE}\b(?=[^.!?\n]{{0,80}}\b(?:nicht\s+mehr\s+brauchen|brauche\s+(?:sie|es|ihn"
        r"|das)?\s*nicht\s+mehr|wertvollste\w*|liebste\w*|alles,?\s+was\s+ich\s+habe|meine\s+"
        r"(?:sachen|besitztu(?:e)?mer)))"
        r"|\bmeine\s+(?:sachen|wertvollsten\s+sachen)\s+(?:\w+\s+)?verschenk\w*",
    ),
    _r(
        "de_getting_means",
        Category.GETTING_MEANS,
        Severity.URGENT,
        rf"\b(?:sammle|horte|hamstere|bunkere|gesammelt|gehortet)\s+(?:\w+\s+)?{_MEDS}"
        rf"|\b{_MEDS}\s+(?:ge)?(?:sammelt|hortet|sammeln|horten)"
        # (a hunting gun by its own name too: "ein Jagdgewehr besorgt")
        r"|\b(?:jagd)?(?:waffe|pistole|gewehr|revolver|strick|seil)\s+(?:\w+\s+){0,4}(?:besorgt"
        r"|gekauft|beschafft)|\b(?:besorge|kaufe|kaufte)\s+(?:mir\s+)?(?:eine|ein|einen)\s+"
        r"(?:jagd)?(?:waffe|pistole|gewehr|strick)"
        rf"|\b{_MEDS}\b[^.!?\n]{{0,30}}\bto(?:e)?dlich|\bto(?:e)?dliche\s+dosis"
        r"|\b(?:methoden|wege|mo(?:e)?glichkeiten),?\s+(?:\w+\s+){0,2}(?:mich\s+umzubringen"
        r"|zu\s+sterben|mir\s+das\s+leben\s+zu\s+nehmen)|\bwie\s+man\s+sich\s+umbringt",
        inherent=False,
    ),
)
