"""`neuroleaf voice …`: transcribe audio files, record from the microphone, list models.

Transcription runs on this computer in a child process (see ``ai/stt.py``); the audio stays
in memory. Progress (segments as they arrive) goes to stderr so stdout stays clean for the
transcript or ``--json``.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path
from typing import Any

import click

from neuroleaf_desktop.cli.common import (
    emit_json,
    entry_json,
    json_option,
    state,
    table,
)
from neuroleaf_desktop.domain.models import JournalEntry
from neuroleaf_desktop.errors import FeatureUnavailableError, ValidationError
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.care_service import EntryCheck
from neuroleaf_desktop.services.model_service import model_statuses
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.services.voice_io import (
    NO_DEVICE_MESSAGE,
    Audio,
    Recorder,
    Segment,
    Transcript,
    duration_of,
    list_input_devices,
)
from neuroleaf_desktop.services.voice_service import DEFAULT_MODEL, MODELS, VoiceService

MODEL_OPTION = click.option(
    "--model",
    "-m",
    type=click.Choice(MODELS),
    default=DEFAULT_MODEL,
    show_default=True,
    help="tiny.en is fast (English); base is more accurate and knows other languages.",
)
SAVE_HELP = (
    "Save the transcript as a journal entry (and the recording, encrypted in the journal, "
    "if the setting keep_voice_audio is on)."
)
LANGUAGE_OPTION = click.option(
    "--language",
    "-l",
    default=None,
    help="Spoken language code, e.g. en, de (base only); auto detects it. "
    "Default: the profile's language, else English.",
)

log = get_logger("voice")


@click.group("voice")
def voice_group() -> None:
    """Voice journaling: speak, and keep the words as an entry. All on this computer."""


def _transcript_json(transcript: Transcript) -> dict[str, Any]:
    return {
        "text": transcript.text,
        "language": transcript.language,
        "model": transcript.model,
        "duration_s": round(transcript.duration_s, 2),
        "segments": [
            {"start": round(s.start, 2), "end": round(s.end, 2), "text": s.text.strip()}
            for s in transcript.segments
        ],
    }


def _progress(duration: float, as_json: bool, file: str = "") -> Any:
    """Progress on stderr: readable lines, or one JSON object per line with --json.

    stdout stays clean for the transcript or the JSON result either way.
    """

    def show(segment: Segment) -> None:
        pct = min(100, round(100 * segment.end / duration)) if duration else 100
        if as_json:
            click.echo(json.dumps({"event": "progress", "file": file, "percent": pct}), err=True)
        else:
            click.echo(f"  [{pct:3d}%] {segment.text.strip()}", err=True)

    return show


def _saved(
    transcript: Transcript,
    voice: VoiceService,
    session: Session | None,
    title: str,
    tags: tuple[str, ...],
    audio: Audio | None = None,
) -> tuple[JournalEntry | None, EntryCheck | None]:
    """Save the transcript as an entry (and the audio, if the profile keeps it) with a session,
    then run the same safety check as the app runs after a dictated entry is saved."""
    if session is None:
        return None, None
    entry = voice.save_transcript(session, transcript, title, tags, audio=audio)
    return entry, _safety_check(session, entry)


def _safety_check(session: Session, entry: JournalEntry) -> EntryCheck | None:
    """The saved entry's safety check; a failing check never undoes or hides the save."""
    try:
        return session.care.check_entry(entry.id)
    except Exception as exc:  # the entry is saved; the check is a help, not a gate
        log.warning("voice.safety_check_failed", error=type(exc).__name__)
        return None


def _result_json(
    transcript: Transcript, entry: JournalEntry | None, check: EntryCheck | None = None
) -> dict[str, Any]:
    data = _transcript_json(transcript)
    data["entry"] = entry_json(entry) if entry else None
    if check is not None:
        data["safety"] = {"flagged": check.flagged, "severity": str(check.severity)}
    return data


def _print_result(
    transcript: Transcript, entry: JournalEntry | None, check: EntryCheck | None = None
) -> None:
    click.echo(transcript.text or "(no speech recognised)")
    if entry is not None:
        click.echo(f"Saved voice entry {entry.id[:8]} ({transcript.duration_s:.0f} s).", err=True)
    if check is not None and check.flagged:
        from neuroleaf_desktop.cli.safety_cmd import SUPPORT_LINE

        click.echo("", err=True)
        click.echo(f"What you said sounds heavy. {SUPPORT_LINE}", err=True)
        click.echo("`neuroleaf safety` shows your safety plan and crisis lines.", err=True)


def _language(language: str | None, session: Session | None) -> str | None:
    """--language wins; then the profile's setting (when the journal is open); else English."""
    if language:
        return language
    if session is not None:
        return str(session.settings.get("voice_language"))
    return None


@voice_group.command("transcribe")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@MODEL_OPTION
@LANGUAGE_OPTION
@click.option("--save", is_flag=True, help=SAVE_HELP)
@click.option("--title", "-t", default="", help="Title of the saved entry.")
@click.option("--tag", "tags", multiple=True, help="A tag for the saved entry (repeatable).")
@json_option
def voice_transcribe(
    files: tuple[Path, ...],
    model: str,
    language: str | None,
    save: bool,
    title: str,
    tags: tuple[str, ...],
) -> None:
    """Transcribe audio FILES (wav, flac, mp3, m4a, ogg) and print the text.

    Several files share one loaded model, so `voice transcribe *.m4a` pays for loading once.
    """
    st = state()
    with VoiceService() as voice:
        # Decode first: a bad file fails before the passphrase is asked for.
        audios = [voice.load_audio(file) for file in files]
        session = st.open_session() if save else None
        try:
            lang = _language(language, session)
            results = []
            for file, audio in zip(files, audios, strict=True):
                transcript = voice.transcribe(
                    audio,
                    model=model,
                    language=lang,
                    on_segment=_progress(duration_of(audio), st.json, str(file)),
                )
                entry, check = _saved(transcript, voice, session, title, tags, audio)
                if st.json:
                    results.append({"file": str(file), **_result_json(transcript, entry, check)})
                else:
                    if len(files) > 1:
                        click.echo(f"== {file}")
                    _print_result(transcript, entry, check)
        finally:
            if session is not None:
                session.close()
    if st.json:
        emit_json(results[0] if len(files) == 1 else results)


@voice_group.command("record")
@click.option("--device", "-d", type=int, default=None, help="Input device number (see devices).")
@click.option(
    "--max-seconds",
    type=click.FloatRange(1, 4 * 3600),
    default=15 * 60,
    show_default=True,
    help="Stop by itself after this long.",
)
@MODEL_OPTION
@LANGUAGE_OPTION
@click.option("--save", is_flag=True, help=SAVE_HELP)
@click.option("--title", "-t", default="", help="Title of the saved entry.")
@click.option("--tag", "tags", multiple=True, help="A tag for the saved entry (repeatable).")
@json_option
def voice_record(
    device: int | None,
    max_seconds: float,
    model: str,
    language: str | None,
    save: bool,
    title: str,
    tags: tuple[str, ...],
) -> None:
    """Record from the microphone until you press Enter, then transcribe."""
    st = state()
    devices = list_input_devices()
    if not devices:
        raise FeatureUnavailableError(NO_DEVICE_MESSAGE)
    if device is not None and device not in {d.index for d in devices}:
        raise ValidationError(
            f"There is no input device {device}. Run `neuroleaf voice devices` to see them."
        )
    session = st.open_session() if save else None  # ask for the passphrase before recording
    try:
        with VoiceService() as voice:
            threading.Thread(target=_quiet_preload, args=(voice, model), daemon=True).start()
            recorder = Recorder(device=device, max_seconds=max_seconds)
            recorder.start()
            audio = _record_until_enter(recorder)
            if duration_of(audio) < 0.3:
                raise ValidationError("Nothing was recorded.")
            click.echo("Transcribing…", err=True)
            transcript = voice.transcribe(
                audio,
                model=model,
                language=_language(language, session),
                on_segment=_progress(duration_of(audio), st.json),
            )
            entry, check = _saved(transcript, voice, session, title, tags, audio)
            if st.json:
                emit_json(_result_json(transcript, entry, check))
            else:
                _print_result(transcript, entry, check)
    finally:
        if session is not None:
            session.close()


def _quiet_preload(voice: VoiceService, model: str) -> None:
    try:
        voice.preload(model)
    except Exception:  # reported again, properly, by the real transcription
        return


def _record_until_enter(recorder: Recorder) -> Audio:
    click.echo("Recording… press Enter to stop.", err=True)
    stop = threading.Event()

    def wait_for_enter() -> None:
        sys.stdin.readline()
        stop.set()

    threading.Thread(target=wait_for_enter, daemon=True).start()
    try:
        while not stop.is_set() and not recorder.limit_reached:
            recorder.check()
            bars = "#" * round(recorder.level * 20)
            click.echo(f"\r  {recorder.elapsed_s:6.1f} s  [{bars:<20}]", nl=False, err=True)
            time.sleep(0.1)
    except KeyboardInterrupt:
        recorder.discard()
        raise
    click.echo("", err=True)
    if recorder.limit_reached:
        click.echo("Reached the longest recording length; stopped.", err=True)
    return recorder.stop()


@voice_group.command("devices")
@json_option
def voice_devices() -> None:
    """List the microphones (input devices)."""
    devices = list_input_devices()
    if state().json:
        emit_json(
            [
                {
                    "index": d.index,
                    "name": d.name,
                    "channels": d.channels,
                    "default_samplerate": d.default_samplerate,
                    "default": d.is_default,
                }
                for d in devices
            ]
        )
        return
    if not devices:
        click.echo(NO_DEVICE_MESSAGE)
        return
    rows = [
        (d.index, ("* " if d.is_default else "") + d.name, d.channels, f"{d.default_samplerate:g}")
        for d in devices
    ]
    click.echo(table(("#", "name (* = default)", "channels", "rate"), rows))


@voice_group.command("models")
@json_option
def voice_models() -> None:
    """Show which speech-to-text models are installed."""
    infos = model_statuses("stt")
    if state().json:
        emit_json(
            [
                {
                    "model": i.spec.aliases[0] if i.spec.aliases else i.spec.key,
                    "key": i.spec.key,
                    "status": i.status.value,
                    "size_bytes": i.size_bytes,
                    "path": str(i.path) if i.path else None,
                    "detail": i.detail,
                }
                for i in infos
            ]
        )
        return
    rows = [
        (
            i.spec.aliases[0] if i.spec.aliases else i.spec.key,
            i.status.value,
            f"{i.size_bytes / 1e6:.1f} MB" if i.size_bytes else "-",
            i.detail or (str(i.path) if i.path else ""),
        )
        for i in infos
    ]
    click.echo(table(("model", "status", "size", "detail"), rows, max_width=90))
