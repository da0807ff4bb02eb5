"""The frozen app's entry point: a child module when asked for one, else the `neuroleaf` CLI.

With no arguments it opens the desktop app, so double-clicking the executable (or the
.desktop launcher) starts the window.
"""

import multiprocessing
import sys

from neuroleaf_desktop.launch import run_module_if_asked

if __name__ == "__main__":
    multiprocessing.freeze_support()
    if not run_module_if_asked(sys.argv):
        from neuroleaf_desktop.entry import main

        main()
