"""``neuroleaf prompt``: one writing prompt, the same the Journal offers on a blank page today.

It comes from the same service as the app (``services/prompt_service.py``): chosen by today's
date, never from anything written, so it needs no vault and no passphrase. ``--json`` prints
``{"id": str, "theme": str, "theme_label": str, "text": str}``. The ``writing_prompts``
setting governs what a blank page offers on its own; asking here is a choice in itself.
"""

from __future__ import annotations

import click

from neuroleaf_desktop.cli.common import emit_json, json_option, state
from neuroleaf_desktop.services.prompt_service import PromptService


@click.command("prompt")
@json_option
def prompt_cmd() -> None:
    """Print a writing prompt (today's first one) to start an entry with."""
    prompt = PromptService().first()
    if state().json:
        emit_json(
            {
                "id": prompt.id,
                "theme": prompt.theme.value,
                "theme_label": prompt.theme.label,
                "text": prompt.text,
            }
        )
        return
    click.echo(prompt.text)
