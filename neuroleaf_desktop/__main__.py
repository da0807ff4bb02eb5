"""`python -m neuroleaf_desktop` behaves exactly like the `neuroleaf` command."""

from neuroleaf_desktop.launch import main

main()
