"""The days of the week in German, French, Spanish, Portuguese and Italian, as folded text spells
them: one list for every frame that reads a moment by its weekday (a plan decided "for
Saturday", a night chosen "on Sunday"), so no frame spells the week its own way."""

from __future__ import annotations

WEEKDAYS = {
    "de": r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag",
    "fr": r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
    "es": r"lunes|martes|miercoles|jueves|viernes|sabado|domingo",
    "pt": r"segunda|terca|quarta|quinta|sexta|sabado|domingo",
    "it": r"lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica",
}

__all__ = ["WEEKDAYS"]
