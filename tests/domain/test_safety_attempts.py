"""Explicit statements in the shapes of ``rules_en_attempts`` and ``rules_intl_attempts``
(nearly did it, a plan carried through, no fear left and ready, the act in the present with
the time first, a question to oneself, a last entry, a body found), each with look-alikes;
and German "für die" read as an article, not the English verb.

The sentences are written for these tests (not copied from any benchmark batch).
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess
from neuroleaf_desktop.domain.safety.normalize import normalize
from neuroleaf_desktop.domain.safety.rules_en_attempts import RULES as EN_RULES
from neuroleaf_desktop.domain.safety.rules_intl_attempts import RULES as INTL_RULES
from neuroleaf_desktop.domain.safety.spelling_en import respell
from tests.support.safety_gates import gated_matches

RULES = EN_RULES + INTL_RULES

# (sentence, the family's rule)
FLAGGED = [
    ("nearly went through with it on saturday", "at_nearly_did_it"),
    ("had all my tablets counted out", "at_nearly_did_it"),
    ("i've got a plan and i'll carry it out", "at_plan_carried_through"),
    ("my plan is to jump", "at_plan_carried_through"),
    ("i'm no longer afraid of death, i'm ready", "at_no_fear_ready"),
    ("who would find my body", "at_body_found"),
    ("this is the last time i write in this journal", "at_last_writing"),
    ("Ich hatte es fast getan, gestern.", "de_at_nearly_did_it"),
    ("J'ai failli passer à l'acte dimanche.", "fr_at_nearly_did_it"),
    ("El sábado casi me tiro.", "es_at_nearly_did_it"),
    ("No sábado quase me atirei.", "pt_at_nearly_did_it"),
    ("Sabato stavo per buttarmi.", "it_at_nearly_did_it"),
    ("Anoche casi me tiro al río.", "es_at_nearly_did_it"),
    ("Ich habe einen Plan, und ich setze ihn um.", "de_at_plan_carried_through"),
    ("J'ai un plan, je vais le mettre à exécution.", "fr_at_plan_carried_through"),
    ("Tengo un plan y voy a cumplirlo.", "es_at_plan_carried_through"),
    ("Tenho um plano e vou pô-lo em prática.", "pt_at_plan_carried_through"),
    ("Ho un piano e voglio andare fino in fondo.", "it_at_plan_carried_through"),
    ("Ich habe keine Angst mehr zu sterben, ich bin bereit.", "de_at_no_fear_ready"),
    ("Je n'ai plus peur de la mort, je suis prêt.", "fr_at_no_fear_ready"),
    ("No tengo miedo a la muerte, estoy listo.", "es_at_no_fear_ready"),
    ("Não tenho mais medo de morrer, estou pronto.", "pt_at_no_fear_ready"),
    ("Non ho più paura di morire, sono pronto.", "it_at_no_fear_ready"),
    ("Heute Abend bringe ich mich um.", "de_at_time_first"),
    ("Cette nuit je me suicide.", "fr_at_time_first"),
    ("Este fin de semana me quito la vida.", "es_at_time_first"),
    ("Amanhã suicido-me.", "pt_at_time_first"),
    ("Stasera mi tolgo la vita.", "it_at_time_first"),
    ("Pourquoi est-ce que je ne me tue pas ?", "fr_at_why_not_end_it"),
    ("Por que não me mato?", "pt_at_why_not_end_it"),
    ("Das ist das letzte Mal, dass ich in dieses Tagebuch schreibe.", "de_at_last_writing"),
    ("C'est la dernière fois que j'écris dans ce journal.", "fr_at_last_writing"),
    ("Es la última vez que escribo en este diario.", "es_at_last_writing"),
    ("É a última vez que escrevo neste diário.", "pt_at_last_writing"),
    ("È l'ultima volta che scrivo in questo diario.", "it_at_last_writing"),
]

LOOK_ALIKES = [
    "i nearly jumped out of my skin yesterday",
    "i have a plan for the garden and i'm going to do it",
    "i have a plan and i think i'm going to go through with it: quitting my job",
    "i'm not scared of dying, i'm scared of spiders",
    "the police will find my body of work impressive",
    "the last time i wrote here was in june",
    "this is the last time i'll write here, moving to a paper journal",
    "i had the pills in my hand and the dog knocked them everywhere, my nightly dose",
    "Gestern hätte ich es fast vergessen, den Termin.",
    "J'ai failli rater le train.",
    "Casi lo olvido, el cumpleaños de mamá.",
    "Stavo per chiamarti ieri.",
    "Ich habe einen Plan für die Prüfung und ziehe ihn durch.",
    "J'ai un plan pour le déménagement et je vais aller jusqu'au bout.",
    "Tengo un plan para adelgazar y lo voy a llevar a cabo.",
    "Tenho um plano para a maratona e vou levá-lo até ao fim.",
    "Ho un piano per la tesi e lo porterò fino in fondo.",
    "Je n'ai plus peur de mourir de honte, je suis prête pour l'oral.",
    "Esta noche me mato a estudiar.",
    "Hoje à noite mato-me a trabalhar.",
    "Stasera mi ammazzo di film.",
    "Ce soir je me tue à la tâche.",
    "Demain je saute du pont dans la rivière avec les copains.",
    "Pourquoi je ne saute pas le petit déjeuner ?",
    "Porque é que não acabo com isto do trabalho primeiro?",
    "Avevo le pastiglie in mano e le ho prese come ogni sera.",
    "C'est la dernière fois que j'écris ici, je passe à une nouvelle appli.",
    "Es la última vez que escribo aquí, me cambio a otro cuaderno.",
    "Mein Plan für die Woche steht.",
    "Casi me tiro a la piscina con la ropa puesta.",
    "Quase me atirei ao chão de tanto rir.",
    "Per poco non mi sono buttata sul divano vestita.",
    "Stavo per buttarmi sul divano vestita.",
]


@pytest.mark.parametrize(("text", "name"), FLAGGED)
def test_new_shape_is_flagged_by_its_family(text: str, name: str) -> None:
    assert assess(text).flagged, text
    norm, _ = respell(*normalize(text, fold=True))
    family = next(r for r in RULES if r.name == name)
    assert family.pattern.search(norm), (name, text)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons


def test_every_family_is_gated_and_has_a_statement() -> None:
    assert all(r.gate for r in RULES)
    assert {r.name for r in RULES} == {name for _, name in FLAGGED}
    assert gated_matches(RULES, [t for t, _ in FLAGGED] + LOOK_ALIKES) >= len(FLAGGED)
