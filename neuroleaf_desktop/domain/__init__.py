"""Pure domain: dataclasses and rules. No I/O, no Qt, no database."""
