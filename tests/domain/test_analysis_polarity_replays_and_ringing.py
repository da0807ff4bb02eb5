"""What the writer cannot put down and a phone that never stopped are bad parts; work finished good.

Why: "Can't stop seeing the baby from Tuesday when I close my eyes", "I cannot stop checking my
phone" and "Phones didn't stop from eight till one" read neutral, though every writer who told
one labelled the row negative: VADER scores none of their words. A pleasant doing the writer
cannot stop ("can't stop grinning") stays good. A piece of work the writer opens a sentence on as
finished ("Finished the wet room in Didsbury, every tile lined up") read neutral, though the
writers who told one labelled it good in every row but a stocktake told bare. Praise alone with a
tail ("Lovely stuff") after a trouble, or after a fragment that names one ("rain all week. zero
sales. lovely"), read as praise, where the irony read for "Lovely." alone holds. An all-clear
conceded before a turn to a lasting harm ("all fine, but my heart's still going") read mixed,
where the writers labelled the entry bad. Each case shows
the rule both ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Can't stop replaying the meeting from Friday when I close my eyes.", "neg"),
        ("Couldn't stop checking the tracker all evening.", "neg"),
        ("Phones didn't stop from nine till three.", "neg"),
        ("Can't stop grinning since the results came in.", "pos"),
        ("Phone was quiet from nine till three.", "neutral"),
    ],
)
def test_what_the_writer_cannot_put_down_is_a_bad_part(text: str, polarity: str) -> None:
    assert predict(text).polarity == polarity


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Finished the bathroom in Leeds, every grout line straight.", "pos"),
        ("Finished a walnut table for the Carters and just stood there looking at it.", "pos"),
        ("Haven't finished the bathroom in Leeds and the client rings daily.", "neg"),
        ("Client rang while I finished the bathroom in Leeds.", "neutral"),
    ],
)
def test_a_piece_of_work_told_first_as_finished_is_good_news(text: str, polarity: str) -> None:
    assert predict(text).polarity == polarity


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Weekend rota is out: Saturday and Sunday nights for me. Lovely stuff", "neg"),
        ("Wind all week. zero sales. lovely", "neg"),
        ("Sunny, cold, quiet on the beach. Lovely stuff", "pos"),
    ],
)
def test_praise_alone_after_a_trouble_is_irony(text: str, polarity: str) -> None:
    assert predict(text).polarity == polarity


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Kid fell off the climbing frame, all fine, but my heart's still going.", "neg"),
        ("The dive went fine but my ears have been ringing for three days.", "neg"),
        ("The dive went fine and the viz was amazing.", "pos"),
    ],
)
def test_an_all_clear_conceded_before_a_lasting_harm_is_bad(text: str, polarity: str) -> None:
    assert predict(text).polarity == polarity
