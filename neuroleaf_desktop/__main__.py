"""`python -m neuroleaf_desktop` behaves exactly like the `neuroleaf` command."""

from neuroleaf_desktop.entry import main

main()
