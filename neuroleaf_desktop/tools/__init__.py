"""Developer tools that drive the app from outside, e.g. the screenshot gallery.

Nothing in the running app imports this package; ``neuroleaf gallery`` loads it on demand.
"""
