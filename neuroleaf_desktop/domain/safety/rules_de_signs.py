"""German warning signs, self-harm and past attempts in everyday and colloquial wording.

Why a module of its own: ``rules_de`` holds one textbook pattern per sign; these are the
families people actually write that it misses: inverted word order after an adverb ("falle
ich meinen Kindern nur noch zur Last", "brauch ich eh nicht mehr"), colloquial contractions
("halt's", "schneid", "nen", "tu mir weh"), Austrian "i pack des nimma", and signs told by
their purpose ("Tabletten zusammengespart", "nach einem tödlichen Gift gesucht").

Look-alikes stay out by the words around them: "ich halt's nicht aus vor Vorfreude" needs
"mehr/länger"; "aus dem Lachen nicht mehr raus" is not a place one is stuck in; cutting
oneself while cooking is cleared by ``everyday``. Text is case- and accent-folded first.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.medicine_words import WITH_NAMED_DRUGS
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, rule
from neuroleaf_desktop.domain.safety.rules_core_signs import no_handing_on_reason
from neuroleaf_desktop.domain.safety.rules_future_frames import NOT_ON_A_TEST

_SI = Category.SUICIDAL_IDEATION
_TP, _NF, _BU = Category.TRAPPED_PAIN, Category.NO_FUTURE, Category.BURDEN
_GB, _GA, _GM = Category.GOODBYES, Category.GIVING_AWAY, Category.GETTING_MEANS
_SH = Category.SELF_HARM
_URG, _CON = Severity.URGENT, Severity.CONCERN

_de = partial(rule, lang="de", inherent=True)
_de_any = partial(rule, lang="de", inherent=False)

_GAP = r"(?:(?!nicht\b|nie\b|niemals\b|kein\w*\b|nimmer\b)\w+\s+)"
_MEDS = WITH_NAMED_DRUGS["de"]
#: Places one is stuck in ("aus diesem Loch"), not the laughter one cannot stop.
_PIT = (
    r"(?:da|hier|aus\s+(?:diesem|dem|meinem|dieser|der|meiner)\s+(?:loch|situation|leben|ho(?:e)?lle"
    r"|teufelskreis|kreislauf|albtraum|alptraum|dunkelheit|schmerz|ganzen|spirale|sumpf))"
)
_GIVE = (
    r"(?:verschenk\w*|geschenkt|schenke|schenk|gebe|gab|weggegeben|hergegeben|vermache|vermacht"
    r"|verteilt|verteile|abgegeben|u(?:e)?berlassen)"
)

RULES: tuple[Rule, ...] = (
    # "ich halt's nicht mehr aus", "ich ertrag das nicht länger"
    _de(
        "de2_cannot_bear",
        _TP,
        _CON,
        # ("bin halt nicht mehr zwanzig": "halt" after a verb is the particle "just")
        r"\b(?:ich\s+)?(?:(?<!\bbin\s)(?<!\bist\s)(?<!\bwar\s)(?<!\bsind\s)(?<!\bgeht\s)"
        r"halt(?:e|'s|s)?|ertrag(?:e|'s|s)?)\s+(?:\w+\s+){0,3}?nicht\s+"
        r"(?:mehr|la(?:e)?nger)(?:\s+aus)?\b(?!\s+(?:vor|bis)\b)",
    ),
    # "ich komm aus diesem Loch nicht mehr raus", "komme hier nie wieder raus"
    _de(
        "de2_no_way_out_of",
        _TP,
        _CON,
        rf"\bkomm(?:e)?\s+(?:ich\s+)?{_PIT}\s+(?:\w+\s+)?(?:nicht(?:\s+mehr)?|nie\s+(?:mehr|wieder)|nie)"
        r"\s+(?:raus|heraus)\b",
    ),
    # "kein Ausweg nirgends", "fühl mich wie in nem Käfig"
    _de(
        "de2_cage",
        _TP,
        _CON,
        r"\bkein\s+ausweg\b|\bwie\s+lebendig\s+begraben\b"
        r"|\bfu(?:e)?hl\w*\s+mich\s+(?:\w+\s+){0,2}?wie\s+(?:in\s+(?:einem|nem|'nem)|im|eingesperrt"
        r"\s+in)\s+(?:\w+\s+)?(?:ka(?:e)?fig|gefa(?:e)?ngnis|falle|sarg)\b",
    ),
    # Austrian/colloquial "i pack des nimma", "ich schaff das alles nicht mehr"
    _de(
        "de2_cannot_cope",
        _TP,
        _CON,
        r"\b(?:ich|i)\s+(?:pack|packe|schaff|schaffe)\s+(?:des|das|es|dat|alles|des\s+alles|das\s+leben|mein\s+leben"
        r"|das\s+alles)\s+(?:einfach\s+)?(?:nimma|nimmer|nicht\s+mehr|nu(?:e)?mme)\b"
        r"(?!\s+(?:rechtzeitig|bis|zum|zur|pu(?:e)?nktlich|heute|morgen|allein\w*))",
    ),
    # "dieser Schmerz hört nie auf"
    _de(
        "de2_pain_never_stops",
        _TP,
        _CON,
        r"\b(?:schmerz|schmerzen|qual|qualen|leid|leere)\s+(?:\w+\s+){0,2}?ho(?:e)?r(?:t|en)\s+"
        r"(?:einfach\s+)?(?:nie|niemals)\s+(?:mehr\s+)?auf\b",
    ),
    # "es wird eh nie besser", "wird sowieso niemals wieder gut"
    _de(
        "de2_never_better",
        _NF,
        _CON,
        r"\bes\s+wird\s+(?:\w+\s+){1,2}?(?:nie|niemals|nimmer|nie\s+mehr)\s+(?:wieder\s+)?"
        r"(?:besser|gut)\b",
    ),
    # "wozu noch weitermachen", "wofür soll ich noch leben"
    _de(
        "de2_what_for",
        _NF,
        _CON,
        r"\b(?:wozu|wofu(?:e)?r|wieso|warum)\s+(?:soll\s+ich\s+)?(?:\w+\s+)?noch\s+"
        r"(?:weitermachen|weiterleben|leben|aufstehen|ka(?:e)?mpfen|durchhalten|atmen)\b",
    ),
    # "meine Zukunft ist schwarz", "ich seh für mich keine Zukunft"
    _de(
        "de2_future_black",
        _NF,
        _CON,
        r"\bmeine\s+zukunft\s+ist\s+(?:\w+\s+)?(?:schwarz|vorbei|zerstort|zerstoert|weg|leer)\b"
        + NOT_ON_A_TEST,
    ),
    # inverted order: "falle ich meinen Kindern nur noch zur Last"
    _de(
        "de2_burden_inverted",
        _BU,
        _CON,
        r"\bfalle\s+(?:ich\s+)?(?:\w+\s+){0,5}?zur\s+last\b"
        r"|\bich\s+bin\s+(?:doch\s+)?(?:nur\s+)?(?:noch\s+)?(?:ein|der)\s+klotz\s+am\s+bein\b"
        r"|\bich\s+bin\s+(?:doch\s+)?(?:nur\s+)?(?:u(?:e)?berflu(?:e)?ssig|allen\s+im\s+weg)\b",
    ),
    # "keiner würde mich vermissen", "kein Mensch würde merken, wenn ich weg wär"
    _de(
        "de2_nobody_would_miss",
        _BU,
        _CON,
        r"\b(?:keiner|niemand|kein\s+mensch|keine\s+sau|kein\s+schwein)\s+(?:wu(?:e)?rde|wird)\s+"
        r"(?:mich\s+)?(?:\w+\s+)?(?:vermissen|merken|auffallen)\b"
        r"(?=[^.!?\n]{0,40}\b(?:weg|tot|nicht\s+mehr\s+da|sterbe|verschwinde)\b|\s*(?:$|[.!?,;:\n]))",
    ),
    # a letter or message to be found afterwards
    _de(
        "de2_letter_for_after",
        _GB,
        _CON,
        r"\b(?:brief\w*|nachricht\w*|zettel|videos?|sprachnachricht\w*)\b[^.!?\n]{0,60}\b"
        r"(?:wenn\s+(?:es|alles)\s+vorbei\s+ist|wenn\s+ich\s+(?:weg|tot|fort)\s+bin|fu(?:e)?r\s+"
        r"danach|zum\s+(?:o(?:e)?ffnen|lesen)\s+danach|nach\s+meinem\s+tod)\b",
    ),
    # "ich bin dann für immer weg" (not "für immer weg nach Kanada")
    _de(
        "de2_gone_for_good",
        _GB,
        _CON,
        r"\bich\s+(?:bin|geh\w*)\s+(?:\w+\s+){0,2}?fu(?:e)?r\s+immer\s+(?:weg|fort)\b"
        r"(?!\s+(?:aus|nach|von|zu|in)\b)",
    ),
    # "meine Beerdigung geplant", "die Konten aufgelöst", "Passwörter aufgeschrieben"
    _de(
        "de2_final_arrangements",
        _GB,
        _CON,
        r"\b(?:meine\s+beerdigung|meine\s+trauerfeier|mein\s+begra(?:e)?bnis)\s+(?:\w+\s+)?"
        r"(?:geplant|organisiert|vorbereitet)\b"
        r"|\b(?:konten|konto)\s+(?:\w+\s+)?aufgelo(?:e)?st\b(?=[^.!?\n]{0,80}\b(?:katze|hund"
        r"|geregelt|brief|testament)\b)",
    ),
    # giving treasured things away because one will not need them
    _de(
        "de2_giving_away",
        _GA,
        _CON,
        # no reason for handing it on in the line; "sie braucht sie nicht mehr" is someone
        # else not needing it, not the writer
        rf"\b{_GIVE}\b{no_handing_on_reason('de', 140)}"
        rf"(?=[^.!?\n]{{0,80}}\b(?:brauch(?!t\b)\w*\s+(?:ich\s+)?(?:\w+\s+){{0,3}}?nichts?\s+mehr"
        r"|alles,?\s+was\s+mir\s+(?:wichtig|lieb|etwas\s+wert|was\s+wert)\s+ist"
        r"|(?:wozu|wofu(?:e)?r)\s+(?:\w+\s+){0,3}?(?:behalten|aufheben)|wo\s+ich\s+hingehe"
        r"|(?:hab|habe|bin)\s+(?:\w+\s+){0,2}?nicht\s+mehr\s+lange))",
    ),
    # getting the means: searching for a lethal poison, saving up pills
    _de_any(
        "de2_lethal_search",
        _GM,
        _URG,
        r"\b(?:such\w*|gesucht|googl\w*|gegoogelt|recherch\w*|bestell\w*|besorg\w*|kauf\w*"
        r"|gekauft)\b[^.!?\n]{0,50}\bto(?:e)?dlich\w*\s+(?:gift|mittel|menge|dosis|medikament\w*"
        r"|substanz|ho(?:e)?he)\b"
        r"|\bab\s+welche[rm]\s+(?:ho(?:e)?he|dosis|menge)\s+(?:\w+\s+){0,4}?to(?:e)?dlich\b"
        r"|\bto(?:e)?dlich\w*\s+(?:gift|mittel|menge|dosis|medikament\w*|substanz)\b[^.!?\n]{0,30}"
        r"\b(?:gesucht|gegoogelt|recherchiert|bestellt|besorgt|gekauft)\b"
        r"|\b(?:henkersknoten|galgenknoten)\b",
    ),
    _de(
        "de2_saved_pills",
        _GM,
        _URG,
        rf"\b{_MEDS}\s+(?:\w+\s+){{0,2}}?(?:zusammengespart|angespart|gespart|zur\s+seite\s+gelegt"
        r"|beiseite\s*gelegt|gebunkert|zusammengesammelt|versteckt|abgezweigt)\b"
        rf"|\b(?:spare|sammle|bunkere)\s+(?:\w+\s+){{0,2}}?{_MEDS}\b",
    ),
    # self-harm in colloquial forms: "ich ritz mich", "schneid ich mich", "tu mir weh"
    _de(
        "de2_self_harm_verbs",
        _SH,
        _CON,
        r"\britz(?:e|t|te|st)?\s+(?:ich\s+)?mich\b|\bmich\s+(?:\w+\s+){0,3}?(?:ritz|ritze|ritzt"
        r"|ritzte)\b"
        r"|\b(?:schneid(?:e)?\s+ich\s+mich|ich\s+schneid(?:e)?\s+mich)\b(?!\s+(?:\w+\s+)?(?:beim"
        r"|an|in\s+den\s+finger|aus\s+versehen|mit\s+papier))"
        rf"|\b(?:ich\s+)?tu(?:e)?\s+mir\s+{_GAP}{{0,2}}?(?:selbst\s+)?weh\b"
        rf"|\bmich\s+{_GAP}{{0,3}}?(?:selbst|absichtlich|extra|mit\s+absicht)\s+"
        r"(?:\w+\s+)?(?:zu\s+)?(?:verletzen|verletzt|verletze|schneiden|verbrennen|verbrannt)\b"
        r"|\bfu(?:e)?ge\s+mir\s+(?:\w+\s+)?(?:selbst\s+)?(?:schmerzen|wunden|verletzungen)\s+zu\b",
    ),
    # hitting or scratching oneself until it hurts or bleeds
    _de(
        "de2_hit_until_hurts",
        _SH,
        _CON,
        r"\b(?:schlag(?:e)?|hau(?:e)?|box(?:e)?|kratz(?:e)?|beiss(?:e)?|zwick(?:e)?|kneif(?:e)?)"
        r"\b(?:\s+\w+){0,6}?,?\s+bis\s+(?:es\s+|ich\s+)?(?:\w+\s+){0,2}?(?:blutet|blute|bluten"
        r"|weh\s*tut|wehtut|schmerzt|blaue\s+flecken)\b",
    ),
    # a past attempt in words or numbers: "hab 2019 versucht mich umzubringen"
    _de(
        "de2_past_attempt",
        _SI,
        _CON,
        r"\b(?:hab|habe|hatte)\s+(?:\w+\s+){0,3}?versucht,?\s+(?:mich\s+(?:\w+\s+)?umzubringen"
        r"|mir\s+das\s+leben\s+zu\s+nehmen|mich\s+zu\s+to(?:e)?ten|mich\s+aufzuha(?:e)?ngen)\b"
        r"|\b(?:mein|meinem|meinen|meines)\s+(?:ersten|zweiten|letzten)?\s*(?:suizid|selbstmord)"
        r"versuch\w*\b",
        past=True,
    ),
    # metaphors of no way forward: "kein Licht mehr am Ende des Tunnels"
    _de(
        "de2_no_light",
        _NF,
        _CON,
        r"\bkein(?:en)?\s+(?:\w+\s+)?licht\s+(?:mehr\s+)?am\s+ende\s+(?:des|vom)\s+tunnels?\b",
    ),
    # "mein Leben ist eine einzige Sackgasse / ein Gefängnis"
    _de(
        "de2_life_is_prison",
        _TP,
        _CON,
        rf"\bmein\s+leben\s+ist\s+{_GAP}{{0,2}}?(?:sackgasse|gefa(?:e)?ngnis|ka(?:e)?fig|ho(?:e)?lle"
        r"|albtraum|alptraum|falle)\b",
    ),
    # "ich bin nur noch ein Kostenfaktor / eine Zumutung für meine Familie"
    _de(
        "de2_burden_nouns",
        _BU,
        _CON,
        r"\bich\s+bin\s+(?:doch\s+)?(?:nur\s+)?(?:noch\s+)?(?:ein(?:e)?\s+)?(?:kostenfaktor|zumutung"
        r"|pflegefall|ballast|schmarotzer|parasit|belastung|last)\s+fu(?:e)?r\s+(?:meine|alle|die"
        r"|jeden|meinen|unsere)\b",
    ),
    # stockpiling from several doctors, "damit ich genug hab"
    _de_any(
        "de2_enough_pills",
        _GM,
        _URG,
        rf"\b{_MEDS}\b[^.!?\n]{{0,60}}?\bdamit\s+(?:ich\s+)?(?:es\s+)?genug\s+(?:hab|habe|habe\s+)?"
        rf"|\bbei\s+(?:\w+\s+)?(?:mehreren|verschiedenen|zwei|drei|vier|allen)\s+a(?:e)?rzten\b"
        rf"[^.!?\n]{{0,40}}?\b{_MEDS}\b"
        r"|\bwie\s+viel\w*\b[^.!?\n]{0,40}?\b(?:man\s+braucht|es\s+braucht|no(?:e)?tig\s+(?:ist|sind)"
        r"|reicht|reichen)\b[^.!?\n]{0,30}?\b(?:nicht\s+mehr\s+aufwacht|tot\s+ist|stirbt|zu\s+sterben)\b",
    ),
    # self-harm by burning and by habit: "drück Zigaretten auf meinem Arm aus"
    _de(
        "de2_self_harm_burn_habit",
        _SH,
        _CON,
        r"\bzigarett\w*\s+(?:\w+\s+){0,3}?(?:auf|an)\s+(?:meine[mnr]?|der|dem)\s+(?:\w+\s+)?"
        r"(?:arm|armen|haut|hand|bein|beinen|oberschenkel\w*|handgelenk\w*)\b"
        r"|\bmich\s+(?:\w+\s+){0,2}?(?:monatelang|jahrelang|wochenlang|sta(?:e)?ndig|ta(?:e)?glich"
        r"|regelma(?:e)?ssig|immer\s+wieder|jeden\s+(?:tag|abend))\s+(?:\w+\s+)?(?:geschnitten"
        r"|geritzt|verbrannt|geschlagen|verletzt)\b",
    ),
    # "mir was antun", "mir am liebsten etwas antun", "tu mir sonst was an" (not "mir nie etwas
    # antun")
    _de(
        "de2_do_myself_harm",
        _SH,
        _CON,
        rf"\bmir\s+(?:selbst\s+)?{_GAP}{{0,2}}?(?:was|etwas)\s+an(?:tue|tun|zutun|getan)\b"
        rf"|\btu(?:e)?\s+mir\s+{_GAP}{{0,2}}?(?:was|etwas)\s+an\b"
        # … the "etwas" taken up by a relative "was": "nach dem, was ich mir damals antun
        # wollte" (the wish to do it, not what was done: "was ich mir angetan habe" with drink)
        rf"|\bwas\s+ich\s+mir\s+(?:selbst\s+)?{_GAP}{{0,2}}?an(?:tun|zutun)\s+(?:wollte|will"
        r"|wollt|wuerde|wu(?:e)?rde|ha(?:e)?tte\s+wollen)\b",
    ),
    # pills laid out ready, or bought "für das Ende"
    _de_any(
        "de2_pills_ready",
        _GM,
        _URG,
        rf"\b{_MEDS}\b[^.!?\n]{{0,50}}?\b(?:bereit\s*gelegt|zurecht\s*gelegt|parat\s*gelegt"
        r"|griffbereit|bereit\s*gestellt|fu(?:e)?r\s+(?:das|mein)\s+ende|fu(?:e)?rs\s+ende"
        r"|fu(?:e)?r\s+den\s+tag\s+x|fu(?:e)?r\s+meinen\s+abgang)\b",
    ),
    # "wie lange ich das noch durchhalte", "jeder Tag ist eine Qual"
    _de(
        "de2_how_long_bear",
        _TP,
        _CON,
        # "ich weiß nicht, wie lange…" is the sign, not its negation: the match starts there
        r"(?:\bweiss\s+nicht,?\s+)?\bwie\s+lange\s+ich\s+(?:das|es|dies)\s+(?:alles\s+)?noch\s+(?:durchhalte|aushalte|ertrage"
        r"|schaffe|packe)\b"
        r"|\b(?:jeder\s+tag|das\s+leben|mein\s+leben|alles)\s+ist\s+(?:\w+\s+)?(?:qual|folter"
        r"|tortur)\b",
    ),
    # "ich bin für alle nur ein Problem" (not "…, wenn ich zu spät komme")
    _de(
        "de2_only_a_problem",
        _BU,
        _CON,
        r"\bich\s+bin\s+(?:fu(?:e)?r\s+(?:alle|jeden|meine\s+\w+)\s+)?(?:doch\s+)?nur\s+(?:noch\s+)?"
        r"(?:(?:ein|eine)\s+(?:problem|last|belastung|sorge|klotz)|ballast)\b"
        r"(?!\s*,?\s*(?:wenn|weil)\b)",
    ),
    # "meine Familie wäre erleichtert, wenn ich weg wäre"
    _de(
        "de2_relieved_if_gone",
        _BU,
        _CON,
        r"\b(?:wa(?:e)?re|wa(?:e)?ren|wa(?:e)?r)\s+(?:\w+\s+)?(?:erleichtert|froh|glu(?:e)?cklicher"
        r"|besser\s+dran|freier)\b,?\s+wenn\s+(?:ich\s+(?:weg|tot|nicht\s+mehr\s+(?:da|hier))\s+"
        r"wa(?:e)?r(?:e)?|es\s+mich\s+nicht\s+(?:mehr\s+)?ga(?:e)?be)\b",
    ),
    # the means at hand: "ich hab das Seil schon im Keller", "die Pistole … ich denk ständig dran"
    _de_any(
        "de2_means_at_hand",
        _GM,
        _URG,
        r"\bhab(?:e)?\s+(?:das|den|die|ein(?:en)?|meine?n?)\s+(?:seil|strick|pistole|waffe|gift)\s+"
        r"schon\b"
        r"|\b(?:pistole|waffe|seil|strick)\b[^.!?\n]{0,40}?\bdenk\w*\s+(?:\w+\s+)?(?:dran|daran)\b",
    ),
    # Swiss "ich chan nüm", Austrian "i ko nimma"
    _de(
        "de2_dialect_cannot",
        _TP,
        _CON,
        r"\b(?:ich|i)\s+(?:chan|cha|ko|kann)\s+(?:eifach\s+|einfach\s+)?(?:nu(?:e)?m(?:m)?e?|nimma"
        r"|nimmer)(?=\s*(?:$|[.!?,;:\n]))",
    ),
    # tired of fighting: "ich bin es leid zu kämpfen", "müde, immer stark zu sein"
    _de(
        "de2_tired_of_fighting",
        _TP,
        _CON,
        r"\b(?:es\s+leid|zu\s+mu(?:e)?de|so\s+mu(?:e)?de|mu(?:e)?de),?\s+(?:immer\s+)?(?:weiter\s+)?(?:zu\s+"
        r"ka(?:e)?mpfen|stark\s+zu\s+sein|so\s+zu\s+tun)\b",
    ),
    # "das ist mein letzter Eintrag" (not "für heute", "vor dem Urlaub")
    _de(
        "de2_last_entry",
        _GB,
        _CON,
        r"\b(?:das\s+ist|dies\s+ist|hier\s+ist)\s+mein\s+letzter\s+(?:eintrag|beitrag|post|brief)\b"
        r"(?!\s+(?:fu(?:e)?r\s+(?:heute|diese|dieses|den)|vor\s+dem|vorm|im|in\s+diesem|dieses|heute))",
    ),
    # "ich kann nicht mehr atmen", "der Schmerz frisst mich auf"
    _de(
        "de2_cannot_breathe",
        _TP,
        _CON,
        r"\bich\s+kann\s+(?:einfach\s+)?nicht\s+mehr\s+(?:atmen|weiter|weitermachen|ka(?:e)?mpfen)\b"
        r"|\b(?:schmerz|leere|trauer|angst|einsamkeit|verzweiflung)\s+(?:\w+\s+)?(?:frisst|zerfrisst)\s+"
        r"mich\s+(?:\w+\s+)?auf\b",
    ),
    # "jeder bekommt was, wenn ich weg bin"
    _de(
        "de2_inherit_when_gone",
        _GA,
        _CON,
        r"\b(?:bekommt|kriegt|bekommen|kriegen|erbt|erben|soll\s+\w+\s+(?:haben|kriegen|bekommen))\b"
        r"[^.!?\n]{0,40}\bwenn\s+ich\s+(?:weg|tot|nicht\s+mehr\s+(?:da|hier)|gestorben)\s+bin\b",
    ),
    # the blade taken out again; how long it takes to bleed out
    _de(
        "de2_blade_again",
        _SH,
        _CON,
        r"\b(?:klinge|rasierklinge|messer|scherbe)\s+(?:\w+\s+)?wieder\s+(?:rausgeholt|herausgeholt"
        r"|in\s+der\s+hand|benutzt|ausgepackt)\b",
    ),
    _de_any(
        "de2_bleed_out",
        _GM,
        _URG,
        r"\b(?:wie\s+lange|wie\s+schnell|wie\s+viel)\b[^.!?\n]{0,40}?\bverblut\w*\b",
    ),
    # "wozu bin ich überhaupt da"
    _de(
        "de2_why_am_i_here",
        _NF,
        _CON,
        r"\bwozu\s+(?:bin|lebe)\s+ich\s+(?:u(?:e)?berhaupt\s+)?(?:noch\s+)?(?:da|hier|auf\s+der\s+welt)?"
        r"(?=\s*(?:$|[.!?,;:\n]))",
    ),
    # "die Welt braucht mich nicht", "besser für alle, wenn ich sterbe"
    _de(
        "de2_not_needed",
        _BU,
        _CON,
        r"\b(?:niemand|keiner|kein\s+mensch)\s+braucht\s+mich\b(?!\s+(?:heute|morgen|im|in|bei"
        r"|fu(?:e)?r)\b)|\bdie\s+welt\s+braucht\s+mich\s+nicht\b"
        r"|\b(?:wa(?:e)?re|ist)\s+(?:\w+\s+){0,3}?(?:das\s+beste|besser|einfacher|leichter)\b,?\s+wenn\s+"
        r"ich\s+(?:sterbe|sterben\s+wu(?:e)?rde|tot\s+wa(?:e)?re|nicht\s+mehr\s+(?:da\s+wa(?:e)?re|lebe)"
        r"|weg\s+wa(?:e)?re|verschwinde)\b",
    ),
    # a farewell with thanks: "ich verabschiede mich hiermit von allen, danke für alles"
    _de(
        "de2_farewell_thanks",
        _GB,
        _CON,
        r"\bverabschiede\s+mich\b[^.!?\n]{0,40}?\bdanke\s+fu(?:e)?r\s+alles\b"
        r"|\bdanke\s+fu(?:e)?r\s+alles\b[^.!?\n]{0,40}?\b(?:lebt\s+wohl|verabschiede\s+mich)\b",
    ),
    # "keinen Grund mehr, morgens aufzustehen", self-harm as intent: "um mich zu schneiden"
    _de(
        "de2_no_reason_to_get_up",
        _NF,
        _CON,
        r"\bkeinen\s+(?:grund|sinn)\s+mehr,?\s+(?:\w+\s+)?(?:aufzustehen|weiterzumachen|weiterzuleben"
        r"|zu\s+leben)\b",
    ),
    _de(
        "de2_in_order_to_cut",
        _SH,
        _CON,
        r"\bum\s+mich\s+(?:selbst\s+)?zu\s+(?:schneiden|ritzen|verletzen|verbrennen)\b",
    ),
)
