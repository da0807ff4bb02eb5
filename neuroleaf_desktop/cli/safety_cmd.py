"""``neuroleaf safety check TEXT``: run the on-device safety detector on a piece of text.

Why it exists: to let people, testers and scripts see exactly what the detector notices and
why, without opening a vault or typing a passphrase (the text never touches storage and
nothing is logged).

The same service as the app (``services/safety_service.py``): phrase rules in six languages,
plus the MiniLM classifier when its package is installed, plus, for German, French, Spanish,
Portuguese or Italian text, a second look at the sentences the rules pass over through a
local English translation when the language model is installed and joined (slow: the model
loads in seconds, then a few seconds per sentence). ``--rules-only`` skips both models,
``--no-translate`` only the translation.

Exit code: 0 whether or not the text is flagged. A flag is a finding about the text, not a
failure of the command, and a non-zero code would make shell scripts (``set -e``) stop on
the very text that most needs a calm follow-up. Read the result from the output instead:
``--json`` prints ``{"flagged": bool, "severity": "none"|"concern"|"urgent", "category":
str|null, "categories": [...], "reasons": [...], "about_others": bool, "semantic": bool,
"translated": bool}`` ("semantic" is true when a model, not a phrase, made the flag;
"translated" when it was found in the English translation). Usage errors (no
text) exit 2 as usual with click.

Register with ``cli.add_command(safety_group)``.
"""

from __future__ import annotations

import json
import sys

import click

from neuroleaf_desktop.domain.safety import SafetyAssessment, Severity
from neuroleaf_desktop.services.safety_service import default_safety_service

SUPPORT_LINE = (
    "If you are thinking about harming yourself, please reach out now to someone you trust, "
    "a local crisis line, or emergency services. You deserve support."
)
OTHERS_LINE = (
    "It sounds like someone you know may be struggling. Encouraging them to contact a crisis "
    "line or a professional, and staying with them if they are in danger, can help."
)


@click.group(name="safety")
def safety_group() -> None:
    """On-device safety check for self-harm and suicidal language (no vault needed)."""


@safety_group.command(name="check")
@click.argument("text")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.option(
    "--rules-only",
    is_flag=True,
    help="Skip the MiniLM classifier and the translation (phrase rules only; fastest).",
)
@click.option(
    "--no-translate",
    is_flag=True,
    help="Skip the second look at non-English text through the local language model "
    "(which takes seconds to load, then a few seconds per sentence).",
)
def check_cmd(text: str, as_json: bool, rules_only: bool, no_translate: bool) -> None:
    """Check TEXT for self-harm or suicidal language. Use - to read the text from stdin.

    German, French, Spanish, Portuguese or Italian text the phrase rules pass over is also
    read in a local English translation when the language model is installed: that can take
    tens of seconds. Always exits 0: read "flagged" and "severity" from the output.
    """
    if text == "-":
        text = sys.stdin.read()
    service = default_safety_service()
    result = service.check(text, semantic=not rules_only, translate=not no_translate)
    # Honour the global `neuroleaf --json safety check …` as well as the local flag.
    if as_json or click.get_current_context().find_root().params.get("as_json"):
        payload = {
            "flagged": result.flagged,
            "severity": str(result.severity),
            "level": str(result.severity),  # the same value, by the name the care card uses
            "escalation": result.escalation or None,
            "category": str(result.category) if result.category else None,
            "categories": [str(c) for c in result.categories],
            "reasons": list(result.reasons),
            "about_others": result.about_others,
            "semantic": result.semantic_category is not None and not result.matched_spans,
            "translated": result.translated,
        }
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    click.echo(_human(result))


def _human(result: SafetyAssessment) -> str:
    if not result.flagged:
        lines = ["Not flagged: no self-harm or suicidal language found."]
        if result.about_others:
            lines += ["", OTHERS_LINE]
        return "\n".join(lines)
    word = "urgent" if result.severity is Severity.URGENT else "concern"
    lines = [f"Flagged ({word}). What was noticed:"]
    lines += [f"  - {reason}" for reason in result.reasons]
    lines += ["", SUPPORT_LINE]
    return "\n".join(lines)
