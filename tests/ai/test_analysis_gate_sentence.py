"""The sentence benchmark's helpers: which sentence holds a chip, how the candidates score it."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import numpy as np

from neuroleaf_desktop.ai.analysis_gate import sentences, windows

ROOT = Path(__file__).resolve().parents[2]


def _bench() -> ModuleType:
    sys.path.insert(0, str(ROOT / "scripts"))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import analysis_gate_sentence

    return analysis_gate_sentence


def _label(bench: ModuleType, task: str, label: str) -> int:
    import train_analysis_gate as tg

    return list(tg.LABELS).index((task, label))


def test_sentences_are_cut_as_the_gates_windows_count_them() -> None:
    text = "Payroll closed late again!  Then a quiet tea…\nBed by ten."
    assert sentences(text) == ["Payroll closed late again!", "Then a quiet tea…", "Bed by ten."]
    assert windows(text) == [text.strip()]  # three sentences are still one window
    assert sentences("  ") == []


def test_a_stress_chip_is_held_by_the_sentence_with_its_keyword() -> None:
    bench = _bench()
    parts = ["The invoice run ate my whole morning.", "Evening swim, felt lovely."]
    reading = (frozenset({"work"}), frozenset(), (("invoice", "work"),))
    alone = [(frozenset(), frozenset(), ()), (frozenset(), frozenset({"joy"}), ())]
    held, how = bench.holding(parts, reading, alone, _label(bench, "stress", "work"))
    assert (held, how) == ([parts[0]], "keyword")


def test_a_keyword_inside_another_word_does_not_place_the_chip() -> None:
    bench = _bench()
    parts = ["My workbench is finally tidy.", "The rota is a mess again."]
    reading = (frozenset({"work"}), frozenset(), (("work", "work"),))
    alone = [(frozenset(), frozenset(), ()), (frozenset({"work"}), frozenset(), ())]
    held, how = bench.holding(parts, reading, alone, _label(bench, "stress", "work"))
    assert (held, how) == ([parts[1]], "own reading")  # found by the sentence's own reading


def test_an_emotion_is_held_by_the_sentences_whose_own_reading_gives_it() -> None:
    bench = _bench()
    parts = ["Lost the contract.", "Sister rang and we laughed for an hour.", "Tired now."]
    reading = (frozenset(), frozenset({"joy", "sadness"}), ())
    alone = [
        (frozenset(), frozenset({"sadness"}), ()),
        (frozenset(), frozenset({"joy"}), ()),
        (frozenset(), frozenset(), ()),
    ]
    joy = _label(bench, "emotions", "joy")
    assert bench.holding(parts, reading, alone, joy) == ([parts[1]], "own reading")
    anger = _label(bench, "emotions", "anger")
    assert bench.holding(parts, reading, alone, anger) == ([], "none")


def test_a_chip_no_sentence_holds_keeps_the_entrys_probability() -> None:
    bench = _bench()
    entry = np.array([[0.4, 0.2], [0.1, 0.9]])
    sentence = np.array([[0.1, np.nan], [0.3, 0.5]])
    got = bench.combined(entry, sentence)
    assert np.allclose(got["entry"], entry)
    assert np.allclose(got["sentence"], [[0.1, 0.2], [0.3, 0.5]])
    assert np.allclose(got["min"], [[0.1, 0.2], [0.1, 0.5]])
    assert np.allclose(got["mean"], [[0.25, 0.2], [0.2, 0.7]])


def test_the_holding_sentence_is_scored_by_the_rows_own_model() -> None:
    bench = _bench()
    import train_analysis_gate as tg

    work = _label(bench, "stress", "work")
    parts = [["Deadline chaos at the office.", "Dinner with friends after."], ["One line."]]
    read = [
        (frozenset({"work"}), frozenset(), (("office", "work"),)),
        (frozenset({"work"}), frozenset(), (("office", "work"),)),
    ]
    alone = {0: [(frozenset({"work"}), frozenset(), ()), (frozenset(), frozenset(), ())]}
    chips = np.zeros((2, len(tg.LABELS)), bool)
    chips[:, work] = True
    w = np.zeros((len(tg.LABELS), 2))
    w[work] = [2.0, -2.0]
    b = np.zeros(len(tg.LABELS))
    vectors = {parts[0][0]: np.array([1.0, 0.0]), parts[0][1]: np.array([0.0, 1.0])}
    score, found = bench.sentence_probability(
        chips, parts, read, alone, {0: (w, b), 1: (w, b)}, vectors
    )
    assert np.isclose(score[0, work], 1.0 / (1.0 + np.exp(-2.0)))  # the office sentence's
    assert np.isnan(score[1, work])  # one sentence: the entry's probability stands
    assert found == {"keyword": 1, "own reading": 0, "none": 0}


def test_sentences_disagree_when_one_is_strained_and_another_is_not() -> None:
    bench = _bench()
    strained = (frozenset({"money"}), frozenset(), ())
    calm = (frozenset(), frozenset({"calm"}), ())
    assert bench.disagree([strained, calm])
    assert not bench.disagree([strained, strained])
    assert not bench.disagree([calm, calm])
    assert not bench.disagree(None)
