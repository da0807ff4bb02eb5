"""Entry templates: the person's catalogue of shapes to start an entry from.

List, create, edit, duplicate, delete and reorder, each in one vault transaction; names are
unique whatever their case. The starter templates (``domain/starter_templates.py``) are put
in the catalogue once, the first time it is read, and are the person's to edit or delete from
then on; ``restore_starters`` brings back those whose starter no template carries any more.
Filling a template (``fill``) sets its date fields for the session clock's moment in local
time. Logs carry ids and counts, never a name or a line of a template.
"""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from typing import Any

from neuroleaf_desktop.domain import templates as t
from neuroleaf_desktop.domain.models import JournalEntry
from neuroleaf_desktop.domain.starter_templates import STARTERS
from neuroleaf_desktop.errors import NotFoundError, ValidationError, cannot_write
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.clock import Clock, system_clock
from neuroleaf_desktop.services.events import Change, EventBus, Topic
from neuroleaf_desktop.storage.repositories.template_repo import TemplateRepository
from neuroleaf_desktop.storage.vault import DatabaseError, Vault

log = get_logger("templates")
# Said on the event bus when templates changed other than through this service (sync brought
# them from another device): an open template list reads them again.
TEMPLATES_CHANGED = Change(Topic.TEMPLATE, "updated")
# Said after this service changed the catalogue, so sync sends the change soon (its job is
# queued after any change to the person's data); marked as this service's own, so the template
# views that made the change do not read the list twice.
ORIGIN = "template-service"
EDITED_HERE = Change(Topic.TEMPLATE, "updated", "", ORIGIN)


class TemplateService:
    """``TemplateService(vault, clock, events)``: the catalogue, in the person's order. With
    ``events``, every change to the catalogue is announced (``EDITED_HERE``)."""

    def __init__(
        self, vault: Vault, clock: Clock = system_clock, events: EventBus | None = None
    ) -> None:
        self.vault = vault
        self.clock = clock
        self.events = events

    # ---- reads ----------------------------------------------------------------------------
    def list(self) -> builtins.list[t.EntryTemplate]:
        """Every template in the person's order (the starters, the first time ever)."""
        with self.vault.reading() as conn:
            repo = TemplateRepository(conn)
            if repo.starters_offered():
                return repo.list()
        with self._writing() as conn:
            repo = TemplateRepository(conn)
            if not repo.starters_offered():
                self._add_starters(repo, self.clock())
                repo.mark_starters_offered(self.clock())
            return repo.list()

    def find(self, name: str) -> t.EntryTemplate:
        """The template called ``name`` (any case); NotFoundError with a plain message."""
        try:
            key = t.name_key(name)
        except ValidationError:
            key = name.strip().casefold()
        for template in self.list():
            if t.name_key(template.name) == key:
                return template
        raise NotFoundError(
            f"No template called '{name.strip()}'. `neuroleaf templates` lists them."
        )

    def get(self, template_id: str) -> t.EntryTemplate:
        with self.vault.reading() as conn:
            found = TemplateRepository(conn).get(template_id)
        if found is None:
            raise NotFoundError("That template is no longer there.")
        return found

    def now_local(self) -> datetime:
        return self.clock().astimezone()

    def fill(self, template: t.EntryTemplate, moment: datetime | None = None) -> t.FilledTemplate:
        """The template as a new entry starts with it, date fields set for now (local)."""
        if moment is None:
            moment = self.now_local()
        elif moment.tzinfo is not None:
            moment = moment.astimezone()  # an aware time (a CLI --date) in local time
        return t.fill(template, moment)

    # ---- writes ---------------------------------------------------------------------------
    def create(self, draft: t.TemplateDraft, *, starter: str = "") -> t.EntryTemplate:
        clean = t.clean_draft(draft)
        now = self.clock()
        with self._writing() as conn:
            repo = TemplateRepository(conn)
            self._offer_starters_once(repo, now)
            self._name_is_free(repo, clean.name)
            if repo.count() >= t.MAX_TEMPLATES:
                raise ValidationError(f"At most {t.MAX_TEMPLATES} templates can be kept.")
            template = t.EntryTemplate(
                str(uuid.uuid4()),
                clean.name,
                clean.title,
                clean.body,
                clean.tags,
                repo.next_position(),
                starter,
                now,
                now,
            )
            repo.insert(template, t.name_key(clean.name), now)
        log.info("template.created", template_id=template.id)
        return template

    def edit(self, template_id: str, draft: t.TemplateDraft) -> t.EntryTemplate:
        clean = t.clean_draft(draft)
        now = self.clock()
        with self._writing() as conn:
            repo = TemplateRepository(conn)
            current = repo.get(template_id)
            if current is None:
                raise NotFoundError("That template is no longer there.")
            self._name_is_free(repo, clean.name, besides=template_id)
            updated = replace(
                current,
                name=clean.name,
                title=clean.title,
                body=clean.body,
                tags=clean.tags,
                updated_at=now,
            )
            repo.update(updated, t.name_key(clean.name), now)
        log.info("template.updated", template_id=template_id)
        return updated

    def duplicate(self, template_id: str) -> t.EntryTemplate:
        """A copy named "<name> (copy)" (then "(copy 2)"…), placed last."""
        source = self.get(template_id)
        taken = {t.name_key(x.name) for x in self.list()}
        for n in range(1, t.MAX_TEMPLATES + 2):
            suffix = " (copy)" if n == 1 else f" (copy {n})"
            name = source.name[: t.MAX_NAME_CHARS - len(suffix)].rstrip() + suffix
            if name.casefold() not in taken:
                break
        draft = t.TemplateDraft(name, source.title, source.body, source.tags)
        return self.create(draft)

    def delete(self, template_id: str) -> None:
        with self._writing() as conn:
            if not TemplateRepository(conn).delete(template_id):
                raise NotFoundError("That template is no longer there.")
        log.info("template.deleted", template_id=template_id)

    def move(self, template_id: str, step: int) -> builtins.list[t.EntryTemplate]:
        """Move one template ``step`` places (−1 up, +1 down; held at either end)."""
        with self._writing() as conn:
            repo = TemplateRepository(conn)
            ids = [x.id for x in repo.list()]
            if template_id not in ids:
                raise NotFoundError("That template is no longer there.")
            at = ids.index(template_id)
            to = max(0, min(len(ids) - 1, at + step))
            ids.insert(to, ids.pop(at))
            repo.set_order(ids)
            return repo.list()

    def reorder(self, ids: builtins.list[str]) -> builtins.list[t.EntryTemplate]:
        """Put the templates in the order of ``ids`` (every template, each once)."""
        with self._writing() as conn:
            repo = TemplateRepository(conn)
            if sorted(ids) != sorted(x.id for x in repo.list()):
                raise ValidationError("The templates changed meanwhile; please try again.")
            repo.set_order(ids)
            return repo.list()

    def restore_starters(self) -> int:
        """Bring back every starter no template came from any more (a name now taken by one
        of the person's own gets " (starter)"). Returns how many came back."""
        now = self.clock()
        with self._writing() as conn:
            repo = TemplateRepository(conn)
            repo.mark_starters_offered(now)
            added = self._add_starters(repo, now)
        log.info("template.starters_restored", count=added)
        return added

    def save_entry_as(self, name: str, entry: JournalEntry) -> t.EntryTemplate:
        """ "Save this entry as a template": its title, text and tags under ``name``."""
        return self.create(t.TemplateDraft(name, entry.title, entry.body, entry.tags))

    def import_template(self, draft: t.TemplateDraft) -> bool:
        """Add a template from an export; False (nothing written) when the name is taken."""
        try:
            self.create(draft)
        except ValidationError as exc:
            if "already" in exc.user_message:
                return False
            raise
        return True

    # ---- internals ------------------------------------------------------------------------
    @contextmanager
    def _writing(self) -> Iterator[Any]:
        """One vault transaction; once it has committed, the change is announced."""
        try:
            with self.vault.transaction() as conn:
                yield conn
        except (DatabaseError, OSError) as exc:
            mapped = cannot_write(exc, self.vault.folder)
            if mapped is None:
                raise
            raise mapped from exc
        if self.events is not None:
            self.events.publish(EDITED_HERE)

    def _offer_starters_once(self, repo: TemplateRepository, now: datetime) -> None:
        if not repo.starters_offered():
            self._add_starters(repo, now)
            repo.mark_starters_offered(now)

    @staticmethod
    def _name_is_free(repo: TemplateRepository, name: str, *, besides: str = "") -> None:
        found = repo.by_key(t.name_key(name))
        if found is not None and found.id != besides:
            raise ValidationError(f"There is already a template called '{found.name}'.")

    @staticmethod
    def _add_starters(repo: TemplateRepository, now: datetime) -> int:
        present = {x.starter for x in repo.list() if x.starter}
        added = 0
        for starter in STARTERS:
            template_id = t.starter_template_id(starter.id)  # the same on every device
            if starter.id in present or repo.get(template_id) is not None:
                continue
            name = starter.name
            if repo.by_key(t.name_key(name)) is not None:
                name = f"{name} (starter)"
                if repo.by_key(t.name_key(name)) is not None:
                    continue
            template = t.EntryTemplate(
                template_id,
                name,
                starter.title,
                starter.body,
                starter.tags,
                repo.next_position(),
                starter.id,
                now,
                now,
            )
            repo.insert(template, t.name_key(name), now)
            added += 1
        return added
