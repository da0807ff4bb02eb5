"""Write ``rule_facts.json`` and ``rule_code.bin`` (``neuroleaf_desktop/domain/safety/``): what
every safety rule proves, and its compiled code.

Run from the repository root after adding or editing rules:
``PYTHONPATH=. .venv/bin/python scripts/generate_rule_facts.py``. Each rule expression is
parsed and analysed exactly as the detector would (``prefilter.analyse``), and its facts are
written under a hash of its source (``rule_facts.key``), its compiled code likewise
(``rule_code.derive``); only sources' hashes, the facts and the engine's code are written.
A rule missing from them still works, parsed and compiled when first needed;
``tests/domain/test_safety_rule_prep.py`` says how many are missing and re-derives every
entry the table holds.
"""

from __future__ import annotations

import json
from pathlib import Path

from neuroleaf_desktop.domain.safety import detector, prefilter, rule_code, rule_facts, rule_prep

OUT = Path(rule_facts.__file__).with_name(rule_facts.TABLE)
CODE = Path(rule_code.__file__).with_name(rule_code.TABLE)


def derive() -> dict[str, prefilter.Analysis]:
    """The facts of every rule the detector reads, by key."""
    return {
        rule_facts.key(rule.source): prefilter.analyse(rule.source, rule_prep.FLAGS)
        for rule in detector.ALL_RULES
    }


def derive_code() -> dict[str, tuple[int, int, list[int]]]:
    """The compiled code of every rule the detector reads (but those with named groups)."""
    entries = {}
    for rule in detector.ALL_RULES:
        derived = rule_code.derive(rule.source, rule_prep.FLAGS)
        if derived is not None:
            entries[rule_facts.key(rule.source)] = derived
    return entries


def main() -> None:
    before: set[str] = set()
    if OUT.exists():
        before = set(json.loads(OUT.read_text(encoding="utf-8")).get("facts", {}))
    facts = derive()
    OUT.write_text(rule_facts.render(rule_prep.FLAGS, facts), encoding="utf-8")
    added, dropped = len(facts.keys() - before), len(before - facts.keys())
    print(f"{OUT}: {len(facts)} rules ({added} added, {dropped} no longer read)")
    code = derive_code()
    CODE.write_bytes(rule_code.render(rule_prep.FLAGS, code))
    print(f"{CODE}: {len(code)} rules, {CODE.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
