"""Spanish phrase rules: explicit statements and the commonest warning signs.

Text is accent-folded before matching, so "morirme", "suicidio", "más" are written without
accents here and match with or without them. First-person verb forms ("quiero", "me siento")
make most rules the writer's own; "quiere morirse" (someone else) does not match.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.medicine_words import words
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, rule
from neuroleaf_desktop.domain.safety.rules_core_signs import no_handing_on_reason

_MEDS = words(
    "es",
    "pastillas",
    "pildoras",
    "medicamentos",
    "medicinas",
    "somniferos",
    "calmantes",
    "antidepresivos",
)
# "todo" alone, or "todo esto": not "todo el papeleo", all of a thing named (a pain or a life
# named after it still reads, and so does a time: "acabar con todo este fin de semana")
ALL_OF_IT = (
    r"todo(?!\s+(?:el|la|los|lo\s+de|las|mi|mis|tu|su|sus|este|esta|estos|estas|ese|esa)\s+"
    r"(?!(?:dolor|sufrimiento|vida|mundo|infierno|fin|finde|semana|mes|ano|noche|dia|tarde"
    r"|manana|verano|invierno|otono|primavera|lunes|martes|miercoles|jueves|viernes|sabado"
    r"|domingo)\b)\w)"
)
_DIE = (
    r"(?:morir(?:me)?|morir\s+me|matarme|suicidarme|quitarme\s+la\s+vida|desaparecer\s+para"
    r"\s+siempre|dejar\s+de\s+existir|estar\s+muert[oa]|acabar\s+con\s+(?:mi\s+vida|"
    + ALL_OF_IT
    + "))"
)
# "me quiero morir de vergüenza / de risa" is a figure of speech, not a wish to die.
_NOT_FIGURATIVE = (
    r"(?!\s+de\s+(?:la\s+|tanta\s+|tanto\s+)?(?:verguenza|risa|ganas|hambre|sueno|calor|frio|aburrimiento"
    r"|envidia|amor|pena|celos|nervios|cansancio)|\s+de\s+lo\s+(?:bueno|rico|lindo|bonito|tierno"
    r"|guapo|feliz|content[oa]|bien))"
)
_GIVE = r"(?:regal(?:o|e|ando|ado)|di|doy|dando|he\s+dado|le\s+di|le\s+he\s+dado|repart\w+)"


# Every rule in this file is a es rule.
_r = partial(rule, lang="es", inherent=True)


RULES: tuple[Rule, ...] = (
    _r(
        "es_want_to_die",
        Category.SUICIDAL_IDEATION,
        Severity.URGENT,
        r"\b(?:quiero|quisiera|queria|tengo\s+ganas\s+de|me\s+gustaria|deseo|necesito|solo\s+"
        # "me quiero morir de vergüenza" is a figure of speech
        rf"quiero)\s+(?:solo\s+|ya\s+)?{_DIE}\b{_NOT_FIGURATIVE}"
        rf"|\bme\s+quiero\s+(?:matar|morir|suicidar)\b{_NOT_FIGURATIVE}"
        r"|\bvoy\s+a\s+(?:matarme|suicidarme|quitarme\s+la\s+vida)\b",
    ),
    _r(
        "es_thinking_of_suicide",
        Category.SUICIDAL_IDEATION,
        Severity.URGENT,
        r"\bpens\w*\s+(?:\w+\s+){0,3}en\s+(?:suicid\w*|matarme|quitarme\s+la\s+vida)\b"
        r"|\b(?:pienso|pensando|pense|penso|pensar)\s+(?:mucho\s+|todo\s+el\s+tiempo\s+|a\s+veces\s+)?"
        r"en\s+(?:suicidarme|matarme|quitarme\s+la\s+vida|el\s+suicidio|morirme|la\s+muerte)\b"
        r"|\b(?:pensamientos|ideas)\s+(?:suicidas|de\s+suicidio|de\s+matarme|de\s+muerte)\b",
    ),
    _r(
        "es_wish_dead",
        Category.DEATH_WISH,
        Severity.CONCERN,
        r"\bojala\s+(?:estuviera|estuviese|me\s+muriera|no\s+hubiera\s+nacido|no\s+despertara)"
        r"|\bno\s+quiero\s+(?:seguir\s+)?(?:vivir|viviendo|estar\s+viv[oa]|existir|estar\s+aqui"
        r"|viv[oa]"
        r"|seguir\s+aqui|despertar(?:me)?)\b(?!\s+(?:con|en|aqui|alli|cerca|lejos|junto|sin|sol[oa])\b)"
        r"|\bno\s+(?:volver\s+a\s+)?despertar(?:me)?\b(?!\s+(?:a|tarde|temprano|antes|despues)\b)"
        # a wish not to wake, in the subjunctive: "ojalá me durmiera y no despertara nunca más"
        r"|\bojala\s+(?:(?:me\s+)?(?:durmiera|durmiese|quedara\s+dormid[oa])\s+y\s+)?no\s+(?:me\s+)?"
        r"(?:volviera\s+a\s+)?despert(?:ara|ase)\b"
        r"(?!\s+(?:tarde|temprano|antes|a\s+las)\b)"
        r"|\bmejor\s+si\s+(?:yo\s+)?no\s+(?:existiera|estuviera|hubiera\s+nacido)\b"
        r"|\b(?:quiero|quisiera)\s+(?:solo\s+)?desaparecer\b(?!\s+(?:del|de\s+la|de\s+las|de\s+los|de\s+esta|de\s+este)\s+(?:grupo|chat|redes|foto|fotos|lista|fiesta|reunion|clase|oficina|trabajo|boda))|\bcansad[oa]\s+de\s+(?:vivir|existir)\b"
        r"|\b(?:dormir(?:me)?|acostarme)\s+y\s+(?:no\s+(?:volver\s+a\s+)?despertar(?:me)?|nunca"
        r"\s+(?:mas\s+)?despertar)",
    ),
    _r(
        "es_attempt",
        Category.SUICIDAL_IDEATION,
        Severity.URGENT,
        r"\b(?:intente|he\s+intentado|trate\s+de|mi\s+intento\s+de)\s+(?:suicidarme|matarme|quitarme"
        r"\s+la\s+vida|suicidio)\b",
        inherent=False,
    ),
    _r(
        "es_plan",
        Category.PLAN_OR_METHOD,
        Severity.URGENT,
        r"\b(?:tengo|hice)\s+un\s+plan\s+para\s+(?:matarme|suicidarme|quitarme\s+la\s+vida|morir)"
        r"|\b(?:tirarme|lanzarme|arrojarme|me\s+tirare)\s+(?:del?|desde\s+(?:el|la|un|una)|al|a\s+las"
        r"\s+vias|por\s+la)\s+(?:\w+\s+)?(?:puente|edificio|balcon|tren|azotea|techo|ventana"
        r"|acantilado|vias)"
        rf"|\b(?:tomarme|tragarme|tomar)\s+todas\s+(?:las|mis)\s+{_MEDS}"
        r"|\b(?:nota|carta)\s+de\s+suicidio\b|\bahorcarme\b",
    ),
    _r(
        "es_self_harm",
        Category.SELF_HARM,
        Severity.CONCERN,
        r"\bme\s+(?:he\s+|habia\s+)?(?:vuelto\s+a\s+|volvi\s+a\s+)?(?:cort(?:o|e|aba|ado|ar)|quem(?:o|e|aba"
        r"|ado|ar)|lastim(?:o|e|aba|ado|ar))(?:\s+(?:los\s+brazos|las\s+piernas|las\s+munecas"
        r"|la\s+piel|los\s+muslos))?(?=\s*(?:$|[.!?,;:\n]|\s+(?:otra\s+vez|de\s+nuevo|a\s+"
        r"proposito|cuando|porque|para\s+sentir)))"
        # "eso me haría daño": a thing that would hurt me, not an act of mine
        r"|(?<!\bes[aeo]\s)(?<!\besto\s)"
        r"\b(?:me\s+hago|me\s+hice|me\s+(?:he|habia)\s+hecho|hacerme|me\s+haria)\s+(?:\w+\s+)?dano\b"
        # an injury told by where it happened or what was being done (a knee, the gym, a
        # match), unless the sentence says it was on purpose
        r"(?!\s+(?:en\s+(?:el|la|los|las|un|una)\s+(?:rodilla|tobillo|espalda|hombro|cuello|pie"
        r"|rodillas|tobillos|hombros|pies|gimnasio|gym|partido|entrenamiento|trabajo|obra|cocina"
        r"|accidente|caida|clase)|jugando|entrenando|corriendo|cayendo(?:me)?|al\s+caer(?:me)?"
        r"|haciendo\s+(?:deporte|ejercicio|pesas|yoga)|con\s+la\s+(?:bici|moto|pelota))\b"
        r"(?![^.!?\n]*\b(?:a\s+proposito|adrede|queriendo|aposta)\b))"
        r"|\bautolesion\w*",
    ),
    _r(
        "es_trapped",
        Category.TRAPPED_PAIN,
        Severity.CONCERN,
        r"\b(?:me\s+siento|estoy)\s+(?:muy\s+|tan\s+|totalmente\s+)?(?:atrapad[oa]|encerrad[oa]|sin\s+salida)"
        # (a lift, a jam, a bathroom or a car is a place one is really shut in)
        r"(?!\s+(?:en|dentro\s+de)\s+(?:el|un|la|una|mi)\s+(?:ascensor|atasco|trafico|bano"
        r"|cuarto\s+de\s+bano|coche|carro|auto|tren|metro|subte|garaje|sotano|oficina))"
        r"|\bno\s+puedo\s+salir\s+de\s+esto\b"
        r"|\bno\s+(?:hay|veo|tengo|encuentro)\s+(?:ninguna\s+|la\s+)?salida(?:"
        + END
        + r"|\s+(?:a|de|para)\s+(?:este|esta|esto|mi)\b)"
        + r"|\b(?:el\s+)?dolor\s+es\s+(?:demasiado\s+|tan\s+|muy\s+)?(?:insoportable|insufrible"
        r"|inaguantable)|\b(?:ya\s+)?no\s+puedo\s+mas"
        + END
        # "ya no puedo con esto": coping given up, with this, this life or the pain (not "con el
        # calor", "con mi jefe")
        + r"|\bya\s+no\s+puedo\s+con\s+(?:esto|todo\s+esto|esta\s+vida|mi\s+vida|la\s+vida"
        r"|este\s+dolor|tanto\s+dolor|todo)"
        + END
        + r"|\bno\s+(?:aguanto|soporto)\s+(?:mas|este\s+dolor)\b|\bno\s+lo\s+(?:soporto|aguanto)\b"
        r"|\bdolor\s+(?:no\s+se\s+(?:acaba|termina|va)|nunca\s+(?:se\s+)?(?:acaba|termina|va))\b",
    ),
    _r(
        "es_no_future",
        Category.NO_FUTURE,
        Severity.CONCERN,
        r"\bno\s+(?:tengo|veo|hay)\s+(?:ningun\s+)?futuro\b|"
        # (the future the writer cannot see, not one of something: "en esta relación")
        r"\bno\s+(?:consigo|puedo)\s+ver\s+(?:ningun\s+)?futuro\b(?!\s+(?:en|con)\b)|\bnada\s+va\s+a\s+mejorar\b"
        r"|\bno\s+tengo\s+(?:ninguna\s+|mas\s+)?esperanza|\bcansad[oa]\s+de\s+vivir\b|\b(?:nunca|jamas)\s+va\s+a\s+mejorar"
        r"|\bno\s+va\s+a\s+mejorar\s+nunca|\bnada\s+va\s+a\s+cambiar\b"
        r"|\bno\s+(?:sere|voy\s+a\s+ser)\s+(?:un\s+)?(?:problema|carga|molestia)\s+para\s+nadie"
        r"|\bno\s+tengo\s+nada\s+(?:por|para)\s+(?:lo\s+que\s+)?vivir"
        r"|\b(?:no\s+tengo|sin)\s+(?:ninguna\s+)?(?:razon|motivo)\s+para\s+vivir"
        r"|\b(?:ya\s+)?nada\s+tiene\s+sentido\b"
        r"|\b(?:ya\s+)?no\s+tiene\s+sentido\s+(?:seguir|vivir|nada|continuar|luchar)\b"
        r"|\b(?:todo\s+es|me\s+siento|estoy)\s+(?:\w+\s+)?(?:desesperanzad[oa]|sin\s+esperanza)",
    ),
    _r(
        "es_burden",
        Category.BURDEN,
        Severity.CONCERN,
        r"\bsoy\s+(?:solo\s+)?(?:una|un)\s+(?:carga|estorbo|molestia|problema\s+para)\b"
        # the predicate first: "puro estorbo soy en esta casa", "una carga es lo que soy"
        r"|\b(?:puro|pura|solo|sola|nada\s+mas\s+que|un|una)\s+(?:carga|estorbo|molestia)\s+"
        r"(?:soy|es\s+lo\s+que\s+soy)\b"
        r"|\b(?:estarian|estaria|vivirian|estarian\s+todos)\s+mejor\s+sin\s+mi\b"
        r"|\bnadie\s+me\s+(?:echaria|echara)\s+de\s+menos|\bnadie\s+me\s+extranaria"
        r"|\ba\s+nadie\s+le\s+importaria\s+si\s+(?:me\s+muero|muriera|desapareciera)",
    ),
    _r(
        "es_goodbyes",
        Category.GOODBYES,
        Severity.CONCERN,
        r"\bcartas?\b[^.!?\n]{0,60}\bpor\s+si\s+(?:me\s+pasa\s+algo|no\s+estoy|ya\s+no\s+estoy)\b"
        r"|\bcartas?\s+de\s+despedida\b|\b(?:para\s+)?cuando\s+(?:ya\s+)?no\s+(?:este|estare)\b"
        r"|\bcuando\s+me\s+haya\s+ido\b|\bcomo\s+si\s+fuera\s+la\s+ultima\s+vez\b|\b(?:hice|he\s+hecho|escribi|redacte|he\s+escrito)\s+(?:mi\s+|un\s+)?"
        r"testamento\b|\bdeje\s+todo\s+(?:en\s+orden|arreglado)"
        r"|\bponer\s+(?:mis\s+asuntos|todo)\s+en\s+orden"
        r"|\bme\s+(?:he\s+)?desped\w*\s+de\s+(?:todos|todo\s+el\s+mundo|\w+(?:\s+\w+)?\s+para"
        r"\s+siempre)|\bdesped\w+\s+(?:de\s+\w+\s+)?para\s+siempre",
    ),
    _r(
        "es_giving_away",
        Category.GIVING_AWAY,
        Severity.CONCERN,
        rf"\b{_GIVE}\s+(?:todas\s+)?(?:mis\s+cosas|mis\s+pertenencias|todo\s+lo\s+que\s+tengo)"
        rf"|\b{_GIVE}\b{no_handing_on_reason('es', 130)}"
        r"(?=[^.!?\n]{0,80}\bya\s+no\s+(?:l[oa]s?\s+|me\s+)?(?:voy\s+a\s+"
        r"necesitar|necesitare|hara\s+falta|serviran?))",
    ),
    _r(
        "es_getting_means",
        Category.GETTING_MEANS,
        Severity.URGENT,
        rf"\b(?:guard|acumul|junt|ahorr|almacen|escond)\w*\s+(?:\w+\s+)?{_MEDS}"
        # hidden away from the children is keeping them safe
        r"(?![^.!?\n]{0,40}\b(?:para\s+que\s+(?:\w+\s+){0,2}no|de\s+los\s+ninos|del\s+nino"
        r"|de\s+mi\s+hij\w+))"
        # … or a box of them hidden, the blister packs named: "tengo escondida en el armario una
        # caja con los blísteres"
        r"|\bescond\w*\s+(?:\w+\s+){0,4}?(?:una?\s+)?(?:caja|bolsa|lata|bote|tarro)\s+(?:con|de"
        rf"|llena\s+de)\s+(?:(?:los|las|mis)\s+)?(?:{_MEDS}|blisteres|blisters?)\b"
        r"(?![^.!?\n]{0,40}\b(?:para\s+que\s+(?:\w+\s+){0,2}no|de\s+los\s+ninos|del\s+nino"
        r"|de\s+mi\s+hij\w+))"
        rf"|\b{_MEDS}\b[^.!?\n]{{0,40}}\b(?:para\s+morir|mortal|letal|dosis\s+letal)\b"
        r"|\b(?:compre|consegui|he\s+comprado|me\s+hice\s+con)\s+(?:una|un)\s+(?:pistola|arma"
        r"|revolver|escopeta|cuerda)\b"
        r"|\b(?:busque|buscando|investigando|mire|buscado)\s+(?:en\s+internet\s+)?(?:formas"
        r"|maneras|metodos|como)\s+(?:de\s+)?(?:morir|matarme|suicidarme|quitarme\s+la\s+vida)",
        inherent=False,
    ),
)
