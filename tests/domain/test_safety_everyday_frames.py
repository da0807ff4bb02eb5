"""Everyday frames around a warning-sign phrase (``everyday_frames``), both ways.

Each frame gets ordinary journal lines it clears and close warning-sign lines it must not
clear: a window joke with a ground floor (not "we are not on the ground floor"); a named
annoyance in a condition (not a pain that comes back); "the printer, I mean" (not "I mean my
life"); a plant as the subject (not "and I want to die too"); a form answered no (not answered
yes); a story's character (not when the writer does it too); rope with a stated purpose (not
"around my neck"); "it's not that…" (not when a sign follows); a complaint with its object
named (not "this life"); a joke (not "but I meant it"); someone else's case; a subject revised
for an exam; a clean streak (not one broken tonight). Plus three shared-list fixes: the rope
and the neck, a weekend away in Portuguese, dying "del" boredom, and a friend's words reported
with a longer name for the friend.

The sentences are written for this file, not copied from any labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import MatchStatus, assess_phrases
from neuroleaf_desktop.domain.safety.categories import Category

CLEARED = [
    # a jump from the window, and the ground floor said next to it (same or next sentence)
    "If the scanner eats my form one more time I'm throwing myself out the window. Luckily the "
    "office is on the ground floor.",
    "Me tiro por el balcón si vuelve a sonar esa alarma, menos mal que vivo en una planta baja.",
    "Mi butto dal balcone se il wifi cade un'altra volta, tanto abito al pianoterra.",
    # a named annoyance in a condition, "again", "one more" or "compared to"
    "If that ringtone goes off again in the quiet carriage I'll kill myself.",
    "Se o computador reiniciar mais uma vez eu me mato, juro.",
    # the object named at once after "end it"
    "I swear I'll end it tonight. The group chat, I mean, it's muted forever.",
    "I want to end it all. The printer, I mean.",
    # a thing as the subject
    "My basil has given up on life in this heat.",
    # a question or a form about it, answered no
    "Questionnaire at intake, the self-harm question, I ticked no.",
    # a story's character
    "In the series the detective finds a suicide note in the flat, great episode.",
    "Nel romanzo il protagonista scrive una lettera d'addio alla moglie, che finale.",
    # rope with a stated purpose
    "Bought rope for lashing the tarp over the woodpile before the storm.",
    # "it's not that…", with nothing else said
    "Non è che voglio morire, è che questa settimana non finisce più.",
    # a complaint with its object named right after the phrase
    "Je n'en peux plus de ce chantier à côté, ça cogne depuis six heures.",
    "I can't keep doing this commute, two buses and a train every morning.",
    # said as a joke
    "We picked songs for my funeral as a joke at dinner, Dad chose ABBA.",
    # someone else's case
    "Case review: overdose of sertraline, that was a patient on the ward, not me.",
    # a subject revised for an exam
    "Revised for the nursing exam all day: Suizidgedanken, Risikofaktoren, Schutzfaktoren.",
    # a clean streak of years
    "Niente autolesionismo da due anni, oggi festeggio con un gelato.",
    # the joke said as the next sentence, the answer kept "without lying", a thing told to go,
    # a pupil's letter
    "Drafted my will over coffee: the cat gets the armchair. Joking, obviously.",
    "Der Arzt hat nach Suizidgedanken gefragt. Ich konnte nein sagen, ohne zu lügen.",
    "This Monday can go jump in the canal.",
    "Un alumno escribió una carta de despedida en su cuento de clase, lo hablé con orientación.",
    # shared lists: a weekend away, dying of boredom, a friend's words
    "Quero sumir um fim de semana, só praia e livro.",
    "La peli era tan mala que me quería morir del aburrimiento.",
    "Minha colega de trabalho disse que pensa em acabar com tudo, liguei para o CVV com ela.",
]

KEPT = [
    # the ground floor denied
    (
        "I'm going to throw myself out of the window tonight, and we are not on the ground floor.",
        Category.PLAN_OR_METHOD,
    ),
    # a pain that comes back is no named annoyance
    ("If the pain comes back again I will kill myself, I mean it.", Category.SUICIDAL_IDEATION),
    # the annoyance named, and the wish said in earnest
    (
        "The laptop crashed again and I want to die, I've wanted to die for months.",
        Category.DEATH_WISH,
    ),
    # "I mean my life"
    ("I will end it. I mean my life, not the job.", Category.SUICIDAL_IDEATION),
    # a time is no object: "this time I mean it" says the wish is meant
    ("I want to die. This time I mean it.", Category.DEATH_WISH),
    ("I want to end it all. This time I mean it.", Category.SUICIDAL_IDEATION),
    # an adverb of earnest is no object either
    ("I want to die. I mean that sincerely.", Category.DEATH_WISH),
    # the writer is the subject after the plants
    ("My plants are dying and I want to die too.", Category.DEATH_WISH),
    # a bare "lol" after a goodbye is no joke
    ("Wrote letters to everyone I love. Lol.", Category.GOODBYES),
    # "I can go jump", the writer told
    ("They can go live with Dad and I can go jump off a bridge.", Category.PLAN_OR_METHOD),
    # the writer's own farewell letter
    ("I wrote a goodbye letter to my kids last night.", Category.GOODBYES),
    # the worksheet answered yes
    ("Filled in the worksheet: do I feel like a burden. Answer: yes, every day.", Category.BURDEN),
    # the rope and the neck
    ("Bought rope to tie around my neck.", Category.GETTING_MEANS),
    # "it's not that…" and then the sign
    (
        "It's not that I want to die, it's that I can't go on living like this.",
        Category.TRAPPED_PAIN,
    ),
    # "this life" is no annoyance
    ("Can't take any more of this life, I want it all to end.", Category.TRAPPED_PAIN),
    # a joke taken back
    ("I said it as a joke but I meant it, I want to be dead.", Category.DEATH_WISH),
    # a clean streak broken tonight
    ("No self-harm for two years but I cut again tonight.", Category.SELF_HARM),
    # the exam said, then the wish
    ("Revised for the exam, then I want to kill myself.", Category.SUICIDAL_IDEATION),
    # the writer's own words reported by someone else
    ("Minha mãe disse que eu penso em acabar com tudo.", Category.SUICIDAL_IDEATION),
    # a joke next to a sign: the sign counts, and the joke's phrase with it
    ("Made a playlist for my funeral as a joke, but nobody would miss me anyway.", Category.BURDEN),
]


@pytest.mark.parametrize("text", CLEARED)
def test_everyday_frame_clears(text: str) -> None:
    result = assess_phrases(text)
    assert not result.flagged, (text, result.reasons)


@pytest.mark.parametrize(("text", "category"), KEPT)
def test_close_warning_sign_stays(text: str, category: Category) -> None:
    result = assess_phrases(text)
    assert result.flagged, text
    assert category in result.categories, (text, result.reasons)


def test_cleared_phrase_is_kept_as_everyday() -> None:
    """The frame does not hide the words: they stay in the ignored spans, as everyday."""
    result = assess_phrases("If this laptop freezes again I'll kill myself.")
    assert not result.flagged
    assert [s.status for s in result.ignored_spans] == [MatchStatus.EVERYDAY]


def test_joke_frame_is_readmitted_beside_another_sign() -> None:
    """An everyday frame clears a phrase only when nothing else in the entry counts."""
    alone = assess_phrases("If the printer jams again I'll jump out the window.")
    beside = assess_phrases(
        "If the printer jams again I'll jump out the window. Honestly everyone would be "
        "better off without me."
    )
    assert not alone.flagged
    assert beside.flagged
    assert Category.BURDEN in beside.categories
    assert len(beside.matched_spans) > 1
