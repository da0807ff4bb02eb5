"""Entry templates: a shape a person starts an entry from, and what the app reads of it.

A template is the person's own (or a starter they kept): a name, a title, a body of lines and
tags. Its text passes the editor's own rules (``validation.clean_title`` / ``clean_body`` /
``clean_labels``); its name passes the label rule (``validation.clean_label``: one line, no
control characters, at most 40 characters) but keeps the capitals the person typed, and two
names are the same name when they match ignoring case.

Filling (``fill``) replaces a few date fields with the moment the entry is made, in the
person's local time: ``{date}`` (6 December 2026), ``{weekday}`` (Sunday) and ``{time}``
(21:30, the 24-hour form the editor's header shows). Month and day names are spelled out here,
not taken from the process locale, so a template reads the same on every machine. An unknown
field stays as written ("{mood}"), and ``{{`` / ``}}`` write a literal brace.

Truth: the lines a template put in an entry are the app's questions, not the person's words.
``template_lines`` records them with the entry, and ``without_template_lines`` blanks the ones
still unchanged to spaces of the same length (so offsets into the text still point at the
same words) before anything reads the entry for tone, feelings, worries, safety or evidence.
A line the person edited is theirs and is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime

from neuroleaf_desktop.domain import validation as v
from neuroleaf_desktop.domain.models import JournalEntry
from neuroleaf_desktop.domain.models import TemplateLines as TemplateLines
from neuroleaf_desktop.errors import ValidationError

MAX_NAME_CHARS = v.MAX_LABEL_CHARS
MAX_TEMPLATES = 200  # a catalogue a person can still scroll; refuses a runaway import

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_FIELD = re.compile(r"\{\{|\}\}|\{([a-z]+)\}")


@dataclass(frozen=True)
class EntryTemplate:
    """One stored template. ``starter``: the id of the starter it came from ('' for the
    person's own); ``position``: its place in the person's order (0 first)."""

    id: str
    name: str
    title: str
    body: str
    tags: tuple[str, ...]
    position: int
    starter: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class TemplateDraft:
    """What a person typed for a template, before it is checked and stored."""

    name: str
    title: str = ""
    body: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class FilledTemplate:
    """A template filled for one moment: what the editor or the CLI starts the entry with."""

    template_id: str
    name: str
    title: str
    body: str
    tags: tuple[str, ...]

    @property
    def lines(self) -> TemplateLines:
        return template_lines(self.title, self.body)


def starter_template_id(starter: str) -> str:
    """The id a starter's template has on every device ("starter-" and the starter's id), so
    the same starter kept on two synced devices is one template, never two."""
    return f"starter-{starter}"


def clean_name(name: str) -> str:
    """The name as shown: NFC, spaces folded, a leading '#' dropped, capitals kept; refused
    like a label (empty, control characters, too long)."""
    v.clean_label(name, what="template name")  # the label rule decides what is refused
    return " ".join(v.normalize_text(name).split()).lstrip("#").strip()


def name_key(name: str) -> str:
    """What makes two names the same name: the shown name without case."""
    return clean_name(name).casefold()


def clean_draft(draft: TemplateDraft) -> TemplateDraft:
    """Check a template as the editor checks an entry; it needs a title or some text."""
    name = clean_name(draft.name)
    title, body = v.clean_title(draft.title), v.clean_body(draft.body)
    if not title.strip() and not body.strip():
        raise ValidationError("A template needs a title or some text to start an entry with.")
    tags = v.clean_labels(draft.tags, what="tag")
    return TemplateDraft(name, title, body, tags)


def _fill_text(text: str, moment: datetime) -> str:
    values = {
        "date": f"{moment.day} {_MONTHS[moment.month - 1]} {moment.year}",
        "weekday": _WEEKDAYS[moment.weekday()],
        "time": f"{moment:%H:%M}",
    }

    def one(match: re.Match[str]) -> str:
        whole = match.group(0)
        if whole in ("{{", "}}"):
            return whole[0]
        return values.get(match.group(1), whole)

    return _FIELD.sub(one, text)


def fill(template: EntryTemplate, moment: datetime) -> FilledTemplate:
    """``template`` with its date fields set for ``moment`` (already in local time)."""
    return FilledTemplate(
        template.id,
        template.name,
        _fill_text(template.title, moment),
        _fill_text(template.body, moment),
        template.tags,
    )


def template_lines(title: str, body: str) -> TemplateLines:
    """The lines of a filled template worth remembering with the entry made from it."""
    lines = tuple(dict.fromkeys(line.rstrip() for line in body.split("\n") if line.strip()))
    return TemplateLines(title.strip(), lines)


def without_template_lines(title: str, body: str, used: TemplateLines | None) -> tuple[str, str]:
    """``(title, body)`` with the template's lines still as filled blanked to spaces of the
    same length (a line the person wrote on after its question keeps what they wrote); an
    edited question, and everything the person added, is kept as written."""
    if used is None or used.empty:
        return title, body
    if used.title and title.strip() == used.title:
        title = " " * len(title)
    if used.lines:
        longest_first = sorted(frozenset(used.lines), key=len, reverse=True)
        body = "\n".join(_blank_prompt(line, longest_first) for line in body.split("\n"))
    return title, body


def _blank_prompt(line: str, prompts: list[str]) -> str:
    """The line with a template line it still starts with blanked: an answer written on the
    question's own line ("What went well today? The walk.") keeps the answer only."""
    for prompt in prompts:
        if line.startswith(prompt) and (
            len(line) == len(prompt) or not line[len(prompt)].isalnum() or not prompt[-1].isalnum()
        ):
            return " " * len(prompt) + line[len(prompt) :]
    return line


def as_read(entry: JournalEntry, used: TemplateLines | None) -> JournalEntry:
    """``entry`` as the readers of the person's words read it: unchanged template lines
    blanked (``without_template_lines``); everything else, id and times too, as stored."""
    if used is None or used.empty:
        return entry
    title, body = without_template_lines(entry.title, entry.body, used)
    return replace(entry, title=title, body=body)


def is_untouched(title: str, body: str, tags: tuple[str, ...], filled: FilledTemplate) -> bool:
    """Is the editor still holding exactly what the template put there? Then nothing was
    written, and the entry is as empty as a blank page (it is not saved, no draft is kept)."""
    return (
        title.strip() == filled.title.strip()
        and body.strip() == filled.body.strip()
        and tuple(tags) == tuple(filled.tags)
    )
