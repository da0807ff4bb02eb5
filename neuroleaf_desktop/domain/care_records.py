"""Care records as stored and shown: a nudge that was sent, a questionnaire that was taken."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class NudgeRecord:
    id: str
    kind: str
    created_at: datetime
    local_day: str
    reason: str
    state: str


@dataclass(frozen=True)
class QuestionnaireRecord:
    id: str
    instrument: str
    taken_at: datetime
    tz_offset_min: int
    answers: tuple[int, ...]
    total: int
    band: str
