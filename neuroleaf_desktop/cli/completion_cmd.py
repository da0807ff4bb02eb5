"""`neuroleaf completion bash|zsh|fish`: print the shell's completion script.

click generates completion from the command tree at run time (through the
`_NEUROLEAF_COMPLETE` variable), so the script printed here stays right as commands change.
"""

from __future__ import annotations

import click
from click.shell_completion import get_completion_class

INSTALL = {
    "bash": 'eval "$(neuroleaf completion bash)"   # add to ~/.bashrc',
    "zsh": 'eval "$(neuroleaf completion zsh)"    # add to ~/.zshrc',
    "fish": "neuroleaf completion fish > ~/.config/fish/completions/neuroleaf.fish",
}


@click.command("completion")
@click.argument("shell", type=click.Choice(sorted(INSTALL)))
def completion_cmd(shell: str) -> None:
    """Print shell completion for bash, zsh or fish.

    \b
    bash:  eval "$(neuroleaf completion bash)"   (in ~/.bashrc)
    zsh:   eval "$(neuroleaf completion zsh)"    (in ~/.zshrc)
    fish:  neuroleaf completion fish > ~/.config/fish/completions/neuroleaf.fish
    """
    from neuroleaf_desktop.cli.main import cli

    completion_class = get_completion_class(shell)
    if completion_class is None:  # click knows all three; this guards a future click
        raise click.UsageError(f"No completion for {shell}.")
    completer = completion_class(cli, {}, "neuroleaf", "_NEUROLEAF_COMPLETE")
    click.echo(completer.source())
