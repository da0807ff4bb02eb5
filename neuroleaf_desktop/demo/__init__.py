"""Demo data: a deterministic, believable multi-year journal (see ``generator``)."""

from neuroleaf_desktop.demo.generator import (
    DEMO_PASSPHRASE,
    DeclineEpisode,
    DemoData,
    TravelPeriod,
    create_demo_profile,
    generate,
    populate,
)

__all__ = [
    "DEMO_PASSPHRASE",
    "DeclineEpisode",
    "DemoData",
    "TravelPeriod",
    "create_demo_profile",
    "generate",
    "populate",
]
