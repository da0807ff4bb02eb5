"""`neuroleaf models`: which local models are installed, their size and status."""

from __future__ import annotations

import click

from neuroleaf_desktop.cli.common import emit_json, json_option, state, table


@click.command("models")
@click.option(
    "--prepare",
    "prepare",
    default=None,
    metavar="KEY",
    help="Join a split model into the cache now (otherwise done on first use).",
)
@json_option
def models_cmd(prepare: str | None) -> None:
    """List the local AI models (speech, embeddings, LLM): present, missing or damaged."""
    from neuroleaf_desktop.services.model_service import model_statuses, prepare_model

    if prepare is not None:
        path = prepare_model(prepare)
        click.echo(f"Ready: {path}", err=True)
    infos = model_statuses()
    if state().json:
        emit_json(
            [
                {
                    "key": i.spec.key,
                    "kind": i.spec.kind,
                    "label": i.spec.label,
                    "status": i.status.value,
                    "size_bytes": i.size_bytes,
                    "path": str(i.path) if i.path else None,
                    "install": i.spec.install_hint,
                    "detail": i.detail,
                }
                for i in infos
            ]
        )
        return
    rows = [
        (
            i.spec.key,
            i.spec.kind,
            i.status.value,
            f"{i.size_bytes / 1e6:.0f} MB" if i.size_bytes else "",
            i.detail or (str(i.path) if i.path else i.spec.install_hint),
        )
        for i in infos
    ]
    click.echo(table(("MODEL", "KIND", "STATUS", "SIZE", "WHERE / HOW TO INSTALL"), rows, 70))
