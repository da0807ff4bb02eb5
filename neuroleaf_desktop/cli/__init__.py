"""The `neuroleaf` command line: a real interface on the same services as the desktop app."""
