"""`neuroleaf trends`, `neuroleaf checkin phq9|gad7`, `neuroleaf nudges`."""

from __future__ import annotations

import sys

import click

from neuroleaf_desktop.cli.common import emit_json, json_option, state, table
from neuroleaf_desktop.domain.questionnaires import ANSWER_LABELS, INSTRUMENTS, NOT_A_DIAGNOSIS
from neuroleaf_desktop.errors import ValidationError
from neuroleaf_desktop.services.notifications import CollectingNotifier


@click.command("trends")
@click.option("--days", default=30, show_default=True, type=click.IntRange(3, 3650))
@json_option
def trends_cmd(days: int) -> None:
    """Your mood trend, explained: daily averages and any current decline."""
    st = state()
    with st.open_session() as session:
        today = session.care.now_local().date()
        report = session.care.trends.report(
            today, window_days=days, length=int(session.settings.get("decline_length"))
        )
    if st.json:
        emit_json(
            {
                "today": report.today.isoformat(),
                "summary": report.summary,
                "current_decline": None
                if report.current is None
                else {
                    "days": [d.isoformat() for d in report.current.days],
                    "values": list(report.current.values),
                    "explanation": report.current.explanation,
                },
                "declines": [
                    {
                        "start": d.start.isoformat(),
                        "end": d.end.isoformat(),
                        "explanation": d.explanation,
                    }
                    for d in report.recent
                ],
                "days": [
                    {"day": d.day.isoformat(), "mean": d.mean, "count": d.count}
                    for d in report.days
                ],
            }
        )
        return
    click.echo(report.summary)
    if report.recent:
        click.echo("")
        click.echo(f"Declines in the last {days} days:")
        for decline in report.recent:
            click.echo(f"  • {decline.explanation}")
    if report.days:
        click.echo("")
        rows = [
            (f"{d.day:%a %Y-%m-%d}", f"{d.mean:.3g}", "█" * round(d.mean), d.count)
            for d in report.days[-14:]
        ]
        click.echo(table(("DAY", "MOOD", "", "CHECK-INS"), rows))


@click.command("checkin")
@click.argument("instrument", type=click.Choice(sorted(INSTRUMENTS)))
@click.option(
    "--answers",
    default=None,
    help="Comma-separated answers 0–3 for scripts, e.g. 0,1,2,0,1,0,0,1,0.",
)
@json_option
def checkin_cmd(instrument: str, answers: str | None) -> None:
    """Take the PHQ-9 (depression) or GAD-7 (anxiety) questionnaire. Not a diagnosis."""
    st = state()
    inst = INSTRUMENTS[instrument]
    if answers is not None:
        try:
            values = [int(a) for a in answers.split(",")]
        except ValueError:
            raise ValidationError(
                "Answers are whole numbers from 0 to 3, separated by commas."
            ) from None
    elif sys.stdin.isatty():
        click.echo(f"{inst.name}: {inst.stem}")
        for value, label in enumerate(ANSWER_LABELS):
            click.echo(f"  {value} = {label}")
        values = [
            click.prompt(f"{n}. {item}", type=click.IntRange(0, 3))
            for n, item in enumerate(inst.items, start=1)
        ]
    else:
        raise ValidationError("Use --answers in scripts (e.g. --answers 0,1,2,…).")
    with st.open_session() as session:
        result = session.care.record_questionnaire(instrument, values)
        plan = session.care.safety_plan() if result.needs_safety_card else None
    if st.json:
        emit_json(
            {
                "instrument": instrument,
                "total": result.total,
                "band": result.band.value,
                "summary": result.summary,
                "needs_safety_card": result.needs_safety_card,
                "disclaimer": NOT_A_DIAGNOSIS,
            }
        )
        return
    click.echo(result.summary)
    click.echo(NOT_A_DIAGNOSIS)
    if plan is not None:
        click.echo("")
        click.echo(
            "You said you have had thoughts of being better off dead or of hurting "
            "yourself. You don't have to carry that alone."
        )
        for person in plan["people"] + plan["professionals"]:
            click.echo(f"  • {person}")
        click.echo("If you are in danger now, call your local emergency number.")


@click.group("nudges", invoke_without_command=True)
@json_option
@click.pass_context
def nudges_group(ctx: click.Context) -> None:
    """Past nudges and why they were shown. `nudges run` runs what is due now."""
    if ctx.invoked_subcommand is not None:
        return
    st = state()
    with st.open_session() as session:
        items = session.care.nudges()
    if st.json:
        emit_json(
            [
                {
                    "id": n.id,
                    "kind": n.kind,
                    "day": n.local_day,
                    "reason": n.reason,
                    "state": n.state,
                }
                for n in items
            ]
        )
    elif items:
        click.echo(
            table(
                ("DAY", "KIND", "WHY", "STATE"),
                [(n.local_day, n.kind, n.reason, n.state) for n in items],
                60,
            )
        )
    else:
        click.echo("No nudges yet.")


@nudges_group.command("run")
@json_option
def nudges_run() -> None:
    """Run the daily check and reminders now, if they are due (as the app does at start)."""
    st = state()
    notifier = CollectingNotifier()
    with st.open_session() as session:
        ran = session.care.run_due(notifier)
    if st.json:
        emit_json(
            {
                "ran": ran,
                "notifications": [
                    {"title": t, "message": m, "action": a} for t, m, a in notifier.sent
                ],
            }
        )
        return
    click.echo(f"Ran: {', '.join(ran) if ran else 'nothing was due'}.")
    for title, message, _ in notifier.sent:
        click.echo(f"  {title}: {message}")
