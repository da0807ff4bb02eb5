"""The application layer: plain Python services shared by the CLI and the desktop UI."""
