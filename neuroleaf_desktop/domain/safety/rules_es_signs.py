"""Spanish families of wording the phrase lists missed: clitic forms, conditionals, methods.

Why: there is no multilingual embedding model, so for Spanish the rules are the only layer.
Each rule below is a small grammar, not a sentence: a first-person verb in any of the forms
people write ("me voy a suicidar" / "voy a suicidarme", "me mataría si tuviera valor",
"tengo pensado colgarme", "me tiro a las vías"), with the detail that makes it a sign (a
place to jump from, a rescue after an attempt, a letter "para cuando me encuentren").
Look-alikes are kept out inside each rule: "me voy a matar estudiando", "me tiro a la
piscina", "mi madre me mataría si se entera" (someone else's verb: the subject decides),
"mañana es el día de la boda". Text is case- and accent-folded before matching.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, rule

_SI, _PM, _DW = Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD, Category.DEATH_WISH
_NF, _BU, _GB = Category.NO_FUTURE, Category.BURDEN, Category.GOODBYES
_GM, _SH, _GA = Category.GETTING_MEANS, Category.SELF_HARM, Category.GIVING_AWAY
_URG, _CON = Severity.URGENT, Severity.CONCERN

#: Up to two filler words that are not a negation ("quiero *ya de una vez* matarme").
_FREE = r"(?:(?!(?:no|nunca|jamas|ni)\b)\w+\s+){0,3}?"

#: Places people jump from or in front of.
_SPOT = (
    r"(?:puente|edificio|balcon|azotea|terraza|tejado|techo|ventana|acantilado|precipicio"
    r"|vacio|viaducto|vias|tren|metro|camion|autopista|barranco|mirador|rascacielos)"
)
#: A method, written with the enclitic pronoun ("colgarme", "tirarme del puente").
_METHOD = (
    r"(?:tirarme|lanzarme|arrojarme|aventarme|botarme)"
    rf"(?:\s+(?:del?|desde|al|a\s+la|a\s+las|a\s+los|por|bajo|debajo\s+del?|delante\s+del?"
    rf"|frente\s+al?)\s+(?:\w+\s+){{0,2}}?{_SPOT}|\s+al\s+vacio|{END})"
    r"|colgarme(?!\s+(?:el|la|los|las|un|una|mi|mis|del|de\s+la)\b)|ahorcarme"
    r"|cortarme\s+las\s+venas|pegarme\s+un\s+tiro|dispararme|envenenarme"
    rf"|saltar\s+(?:del?|desde)\s+(?:\w+\s+){{0,2}}?{_SPOT}"
)
#: First-person intent, plan or wish that takes an infinitive.
_INTENT = (
    r"(?:quiero|quisiera|queria|voy\s+a|iba\s+a|pienso(?:\s+en)?|pense\s+en|he\s+pensado(?:\s+en)?"
    r"|tengo\s+pensado|estoy\s+pensando(?:\s+en)?|planeo|decidi|he\s+decidido|me\s+dan\s+ganas\s+de"
    r"|tengo\s+ganas\s+de|me\s+apetece|necesito|prefiero|me\s+gustaria|ojala\s+pudiera"
    r"|kiero|qiero|kisiera)"
)
#: Killing oneself with the pronoun before the verb: "me quiero quitar de en medio".
#: What may stand between "me quiero" and the verb: "me quiero *ya de verdad* matar".
_ADVERBS = r"(?:(?:ya|de\s+verdad|en\s+serio|hoy|mismo|solo|neta|posta)\s+){0,3}"
#: A verb followed by its own object is not about oneself: "me voy a colgar la mochila",
#: "matar el tiempo".
_NO_OBJECT = r"(?!\s+(?:el|la|los|las|un|una|unos|unas|mi|mis|tu|tus|su|sus|al|a\s+los)\b)"
_PROCLITIC_OBJECT = (
    r"(?:suicidar|quitar\s+la\s+vida|quitar\s+de\s+(?:en\s+)?medio|ir\s+de\s+este\s+mundo"
    rf"|colgar{_NO_OBJECT}|ahorcar|cortar\s+las\s+venas|pegar\s+un\s+tiro"
    # "me voy a tirar del puente", "me voy a aventar a las vías"
    r"|(?:tirar|aventar|lanzar|arrojar|botar)\s+(?:del?|desde|al|a\s+la|a\s+las|a\s+los|por|bajo"
    rf"|debajo\s+del?|delante\s+del?)\s+(?:\w+\s+){{0,2}}?{_SPOT}"
    # "me voy a matar estudiando / con la moto" is an accident or a figure of speech
    rf"|matar{_NO_OBJECT}(?!\s+(?:\w+ando|\w+iendo|de\s+|a\s+(?:trabajar|estudiar|correr)"
    r"|con\s+(?:la|el)\s+(?:bici|moto|coche|carro|patinete))))"
)
_DIE_ENCLITIC = (
    r"(?:matarme|suicidarme|quitarme\s+la\s+vida|quitarme\s+de\s+(?:en\s+)?medio|irme\s+de\s+este"
    r"\s+mundo|morirme|dejar\s+de\s+existir|acabar\s+con\s+(?:todo|mi\s+vida)|hacerme\s+dano)"
)

#: A water pistol, a glue gun, a toy: not a weapon.
# When it happened, said after the act: "me volví a cortar anoche".
_WHEN_SAID = r"(?:\s+(?:anoche|ayer|hoy|esta\s+noche|esta\s+manana|otra\s+vez|de\s+nuevo))?"
_NOT_A_TOY = (
    r"(?!\s+(?:de\s+(?:agua|juguete|silicona|calor|pintura|aire|clavos|balines)"
    r"|para\s+saltar))"
)

_r = partial(rule, lang="es", inherent=True)

RULES: tuple[Rule, ...] = (
    # "me voy a suicidar", "me quiero quitar de en medio", "me suicidaré", "me voy a matar".
    _r(
        "es_s_proclitic",
        _SI,
        _URG,
        rf"\bme\s+(?:quiero|quisiera|queria|voy\s+a|iba\s+a|pienso|gustaria|dan\s+ganas\s+de"
        rf"|kiero|qiero)\s+{_ADVERBS}{_PROCLITIC_OBJECT}\b"
        r"|\bme\s+(?:suicidare|suicidaria|suicido(?=\s+(?:hoy|esta|manana|ya|de\s+una))"
        r"|mato\s+(?:hoy|esta\s+noche|manana|ya)(?=\s*(?:$|[.!?,;]))"
        r"|quitare\s+la\s+vida|quitaria\s+la\s+vida|matare(?!\s+(?:de|a\s+\w+ar))"
        r"|ahorcare|colgare)\b",
    ),
    # "me mataría si tuviera valor": the conditional with what holds the person back. "Mi
    # madre me mataría" is someone else's verb, so the nearest subject decides.
    rule(
        "es_s_would_kill_myself",
        _SI,
        _URG,
        r"\bme\s+mataria\b(?=\s*(?:$|[.!?,;]|\s+(?:si\s+(?:tuviera|tuviese|pudiera|pudiese"
        r"|supiera|no\s+fuera)|ya|hoy|ahora|de\s+una\s+vez|sin\s+pensarlo)))",
        inherent=False,
        lang="es",
    ),
    # Intent + a method: "tengo pensado colgarme", "pienso cortarme las venas", "voy a saltar
    # desde la azotea", "cada vez que cruzo el puente pienso en lanzarme".
    _r("es_s_method_intent", _PM, _URG, rf"\b{_INTENT}\s+{_FREE}(?:en\s+)?(?:{_METHOD})"),
    # The gerund, the perfect and the adjective: "voy a terminar suicidándome", "he querido
    # morirme toda la semana", "me siento suicida", "tengo tendencias suicidas".
    _r(
        "es_s_gerund_perfect",
        _SI,
        _URG,
        r"\b(?:suicidandome|quitandome\s+la\s+vida|ahorcandome"
        r"|matandome(?!\s+(?:a|de|con|por|en)\b|\s+\w+ando\b|\s+\w+iendo\b))"
        rf"|\b(?:he\s+querido|he\s+tenido\s+ganas\s+de|he\s+deseado|he\s+estado\s+queriendo)\s+"
        rf"{_DIE_ENCLITIC}"
        r"|\b(?:me\s+siento|estoy|ando|me\s+pongo|me\s+senti)\s+(?:muy\s+|un\s+poco\s+"
        r"|bastante\s+)?"
        r"suicida\b|\b(?:tengo|tuve)\s+(?:tendencias|ideas|ideacion|impulsos)\s+suicidas?\b",
    ),
    # Shooting, poison, sleeping for ever: "me pego un tiro", "voy a tomar veneno", "quiero
    # dormir para siempre" (not "me pego un tiro de risa": the clause must end there).
    _r(
        "es_s_shot_poison",
        _PM,
        _URG,
        r"\bme\s+(?:pego|pegare|pegaria|voy\s+a\s+pegar|quiero\s+pegar)\s+un\s+tiro(?:\s+en\s+la"
        rf"\s+(?:cabeza|sien|boca))?{END}"
        r"|\b(?:voy\s+a|quiero|pienso|tengo\s+ganas\s+de)\s+(?:tomar(?:me)?|beber(?:me)?)\s+"
        r"(?:\w+\s+)?(?:veneno|lejia|matarratas|raticida|anticongelante)\b",
    ),
    _r(
        "es_s_sleep_forever",
        _DW,
        _CON,
        r"\b(?:quiero|quisiera|queria|me\s+gustaria|ojala\s+pudiera)\s+(?:solo\s+)?dormir(?:me)?"
        r"\s+para\s+siempre(?:\s+y\s+no\s+despertar|\s+sin\s+despertar)?(?=\s*(?:$|[.!?,;:]"
        r"|\s+y\b))"
        r"|\b(?:ya\s+)?no\s+(?:aguanto|soporto)\s+(?:mas\s+)?(?:vivir|seguir\s+viviendo"
        r"|estar\s+viv[oa])"
        rf"{END}"
        # slang for dying: "quiero palmarla", "ya me quiero petatear"
        r"|\b(?:quiero|quisiera|ganas\s+de|me\s+quiero)\s+(?:palmarla|petatear(?:me)?|estirar\s+la"
        r"\s+pata)\b",
    ),
    # Present for future with a place: "el sábado me tiro a las vías", "me aviento del puente".
    _r(
        "es_s_jump_now",
        _PM,
        _URG,
        r"\bme\s+(?:tiro|tirare|tiraria|lanzo|lanzare|lanzaria|arrojo|arrojare|arrojaria|aviento"
        r"|aventaria|botare)\s+(?:del?|desde|al"
        rf"|a\s+la|a\s+las|a\s+los|por|bajo|debajo\s+del?|delante\s+del?)\s+(?:\w+\s+){{0,2}}?"
        rf"{_SPOT}\b",
    ),
    # Thoughts, urges and wishes as nouns: "tengo pensamientos de quitarme la vida".
    _r(
        "es_s_thought_nouns",
        _SI,
        _URG,
        r"\b(?:pensamientos|ideas|deseos|impulsos|ganas)\s+(?:\w+\s+)?de\s+"
        r"(?:matarme|suicidarme|quitarme\s+la\s+vida|acabar\s+con\s+(?:todo|mi\s+vida)"
        r"|quitarme\s+de\s+en\s+medio|no\s+existir|dejar\s+de\s+existir)\b",
    ),
    # Better dead: "estaría mejor muerta", "sería mejor si me muriera".
    _r(
        "es_s_better_dead",
        _DW,
        _CON,
        r"\b(?:estaria|estare|estaba)\s+mejor\s+muert[oa]s?\b|\bmejor\s+(?:estaria\s+"
        r"|estaba\s+)?muert[oa]\b"
        r"|\bprefer\w*\s+estar\s+muert[oa]\b|\bseria\s+mejor\s+(?:si\s+me\s+muriera|morirme"
        r"|estar\s+muert[oa]|no\s+existir|no\s+haber\s+nacido)\b",
    ),
    # Praying for death: "le pido a Dios que no me deje despertar", "Diosito, llévame ya".
    _r(
        "es_s_prayer",
        _DW,
        _CON,
        r"\b(?:le\s+)?(?:pido|ruego|rezo|suplico|oro)\b[^.!?\n]{0,40}?\bque\s+(?:(?:dios"
        r"|diosito|el\s+senor|la\s+virgen)\s+)?(?:me\s+(?:lleve"
        r"|recoja|deje\s+morir|muera|quite\s+la\s+vida)(?!\s+(?:a|al|en|hasta|de|con)\b)"
        r"|no\s+(?:me\s+deje\s+)?despert\w*)"
        r"|\b(?:dios|diosito|senor|virgen(?:cita)?)\s*,?\s+(?:llevame|dejame\s+morir|recogeme)\b"
        # "ojalá no despierte mañana", "ojalá me muera"
        r"|\bojala\s+(?:ya\s+)?(?:no\s+(?:despierte|amanezca|vuelva\s+a\s+despertar)(?!\s+(?:a"
        r"|al|temprano|tarde)\b)|me\s+muera"
        rf"(?!\s+de\b)|me\s+pase\s+algo{END})",
    ),
    # The hypothetical: "¿y si me dejo ir esta noche?", "¿y si simplemente no despierto?";
    # and death as a relief: "sería un alivio no despertar".
    _r(
        "es_s_what_if",
        _DW,
        _CON,
        r"\by\s+si\s+(?:simplemente\s+|solo\s+|ya\s+|mejor\s+)?(?:me\s+dejo\s+ir|no\s+despierto"
        r"(?!\s+(?:a\s+tiempo|temprano|para|a\s+las))"
        r"|no\s+despertara|me\s+mato|me\s+muero\s+(?:esta\s+noche|hoy|ya|y\s+ya)|desaparezco"
        r"\s+(?:para\s+siempre|y\s+ya)|dejo\s+de\s+existir|acabo\s+con\s+todo)\b"
        r"|\b(?:dejarme|me\s+dejo)\s+ir\s+(?:esta\s+noche|para\s+siempre|de\s+una\s+vez|y\s+ya)\b"
        # "si mañana no amanezco": not living to see the morning
        r"|\bsi\s+(?:manana\s+|un\s+dia\s+|algun\s+dia\s+)?(?:ya\s+)?no\s+amanezco\b"
        # "quiero irme para siempre" with no place to go ("de este país", "a Chile" is moving)
        r"|\b(?:me\s+quiero|quiero|quisiera|me\s+gustaria)\s+ir(?:me)?\s+(?:de\s+(?:aca|aqui)\s+)?"
        r"para\s+siempre\b(?!\s+(?:a|al|de|del|en)\b)(?![^.!?\n]{0,30}\b(?:me\s+mudo|mudarme|pais"
        r"|pueblo|ciudad|barrio|trabajo|vivir\s+en)\b)"
        r"|\bseria\s+un\s+(?:alivio|descanso)\s+(?:no\s+despertar|morir(?:me)?|dejar\s+de"
        r"\s+existir|desaparecer|no\s+existir)"
        r"|\b(?:no\s+despertar|morirme|dejar\s+de\s+existir|desaparecer)\b[^.!\n]{0,40}\bseria"
        r"\s+un\s+(?:alivio|descanso)\b",
    ),
    # "mañana ya no voy a despertar": said of oneself, not "no voy a despertar a tiempo".
    _r(
        "es_s_wont_wake",
        _DW,
        _CON,
        r"\b(?:ya\s+)?no\s+(?:voy\s+a\s+despertar(?:me)?|me\s+voy\s+a\s+despertar|despertare"
        rf"|me\s+despertare)(?:\s+(?:nunca\s+)?mas)?{END}",
    ),
    # The day has come: "mañana es el día, ya tengo todo listo" (not "el día de la boda").
    _r(
        "es_s_the_day",
        _PM,
        _URG,
        r"\b(?:manana|hoy|esta\s+noche|el\s+\w+)\s+es\s+el\s+dia\s*[,;:.!]\s*[^.!?\n]{0,30}?"
        r"\b(?:tengo\s+todo|esta\s+todo|todo\s+esta|ya\s+esta\s+todo|todo)\s+(?:\w+\s+)?"
        rf"(?:listo|preparado|decidido|organizado|planeado){END}",
    ),
    # A past attempt told by what followed: "ya lo intenté una vez y me salvaron de milagro".
    rule(
        "es_s_attempt_rescued",
        _SI,
        _CON,
        r"\b(?:ya\s+)?lo\s+(?:intente|he\s+intentado)\b[^.!?\n]{0,60}?\b(?:me\s+salvaron"
        r"|me\s+encontraron|me\s+ingresaron|me\s+lavaron|lavado\s+de\s+estomago|urgencias"
        r"|me\s+reanimaron|sobrevivi)\b"
        r"|\b(?:mi|tuve\s+(?:un|dos|tres|\w+)|he\s+tenido\s+(?:un|\w+))\s+intentos?\s+de"
        r"\s+suicidio\b",
        inherent=True,
        lang="es",
        past=True,
    ),
    # Self-harm as "hacerme cortes / heridas / quemaduras".
    _r(
        "es_s_cuts",
        _SH,
        _CON,
        r"\b(?:me\s+(?:hago|hice|he\s+hecho|hacia|volvi\s+a\s+hacer)|hacerme|volvi\s+a\s+hacerme)"
        r"\s+(?:\w+\s+)?(?:cortes|cortaditas|heridas|rasgunos|quemaduras|moretones)\b"
        r"(?![^.!?\n]{0,30}\b(?:jugando|cayendo|corriendo|entrenando|futbol)\b)"
        # "he vuelto a cortarme", "volví a quemarme los brazos" (not "a cortarme el pelo")
        r"|\b(?:he\s+vuelto|volvi|vuelvo|sigo|empece|he\s+empezado)\s+a\s+(?:cortarme|quemarme"
        rf"|lastimarme|rasgunarme)(?:\s+(?:los\s+brazos|las\s+piernas|las\s+munecas|la\s+piel"
        rf"|los\s+muslos|otra\s+vez|de\s+nuevo))?{_WHEN_SAID}{END}"
        # the pronoun before the verb: "me volví a cortar anoche" (not "me volví a cortar el
        # pelo", "… con el cuchillo")
        r"|\bme\s+(?:he\s+vuelto|volvi|vuelvo|volvia)\s+a\s+(?:cortar|quemar|lastimar|rasgunar)"
        rf"(?:\s+(?:los\s+brazos|las\s+piernas|las\s+munecas|la\s+piel|los\s+muslos|otra\s+vez"
        rf"|de\s+nuevo))?{_WHEN_SAID}{END}",
    ),
    # Getting a rope or a gun, in any form: "fui a comprar una soga", "que me consiga un arma".
    rule(
        "es_s_get_means",
        _GM,
        _URG,
        r"\b(?:comprar|conseguir|consegui|compre|he\s+comprado|pedi|encargue)\s+(?:una?|la|el)"
        rf"\s+(?:soga|cuerda|pistola|arma|revolver|escopeta)\b{_NOT_A_TOY}",
        inherent=False,
        lang="es",
    ),
    # Someone gets *me* a gun: the writer is the one getting the means, whoever the verb's
    # subject is ("le pedí a mi primo que me consiga un arma").
    _r(
        "es_s_gun_for_me",
        _GM,
        _URG,
        r"\bme\s+(?:consig\w+|consegu\w+|vend\w+|prest\w+|pas\w+|traig\w+|compr\w+)\s+"
        rf"(?:un\s+arma|una\s+pistola|un\s+revolver|una\s+escopeta|un\s+fusil)\b{_NOT_A_TOY}"
        r"|\b(?:conseguirme|comprarme)\s+(?:un\s+arma|una\s+pistola|un\s+revolver|una\s+escopeta"
        rf"|una\s+soga)\b{_NOT_A_TOY}",
    ),
    # Messages left to be found: "una carta para cuando me encuentren", "si lees esto,
    # perdóname", and "ya no me van a ver" next to a farewell.
    _r(
        "es_s_left_messages",
        _GB,
        _CON,
        r"\b(?:para|por\s+si)\s+cuando\s+me\s+encuentren\b"
        r"|\b(?:carta|nota|mensaje|cartas|notas"
        r"|mensajes)\b[^.!?\n]{0,40}\bcuando\s+me\s+encuentren\b"
        # "si lees esto, perdóname" as a farewell, not "perdona que no te conteste antes"
        r"|\bsi\s+(?:estas\s+)?(?:lees|leyendo|leen|lee)\s+esto\b[^.!?\n]{0,80}?\b(?:(?:perdoname"
        rf"|perdonenme)(?:\s+por\s+todo)?{END}|adios|te\s+quise|los\s+quise|las\s+quise"
        r"|ya\s+no\s+(?:estoy|estare)|fue\s+mi\s+decision|no\s+es\s+tu\s+culpa)"
        r"|\b(?:despid\w+|adios|cuidense|cuidate|gracias\s+por\s+todo|los\s+quiero|perdon\w*)"
        r"[^.!?\n]{0,80}?\b(?:(?:ya\s+)?no\s+me\s+(?:van|vais|vas)\s+a\s+(?:volver\s+a\s+)?ver"
        rf"(?:\s+mas|\s+nunca)?{END}|nunca\s+mas\s+me\s+(?:van\s+a\s+ver|veran|veras)"
        r"|no\s+me\s+volver(?:an|eis|as)\s+a\s+ver)"
        # "que nadie llore por mí", "no lloren por mí"
        r"|\b(?:que\s+nadie\s+llore|no\s+lloren|no\s+llores)\s+por\s+mi\b(?!\s+argentina)",
    ),
    # Giving things away so someone keeps "un recuerdo mío" (not a keepsake from a trip).
    _r(
        "es_s_keepsake",
        _GA,
        _CON,
        r"\b(?:para\s+que|asi)\s+(?:\w+\s+)?(?:tengan|tenga|guarden|guarde|se\s+queden|se\s+quede)\s+"
        r"(?:con\s+)?(?:un\s+recuerdo|algo)\s+(?:mio|de\s+mi)\b|\bun\s+recuerdo\s+(?:mio|de\s+mi)"
        r"(?=\s*(?:$|[.!?\n]))",
    ),
    # Hope gone: "ya no hay esperanza para mí", "para mí no hay esperanza".
    _r(
        "es_s_no_hope",
        _NF,
        _CON,
        rf"\bno\s+hay\s+(?:ninguna\s+|mas\s+)?esperanza(?:\s+para\s+mi\b|{END})"
        r"|\bpara\s+mi\s+(?:ya\s+)?no\s+hay\s+(?:ninguna\s+|mas\s+)?esperanza\b"
        r"|\b(?:perdi|he\s+perdido)\s+(?:toda\s+)?(?:la\s+)?esperanza\b(?!\s+(?:de|en)\b)"
        r"|\bno\s+(?:voy\s+a\s+durar|durare)\s+(?:mucho|demasiado)\b"
        r"|\bno\s+tengo\s+(?:ningun[oa]?\s+)?(?:razon|motivo)(?:\s+ningun[oa]?)?\s+(?:para|por\s+"
        r"(?:la\s+|el\s+)?que)\s+(?:vivir|seguir)\b",
    ),
)
