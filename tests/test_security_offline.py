"""The app stays offline: main flows under a syscall-level network trace.

A Python audit hook would miss onnxruntime (C++ code opening its own sockets), so the whole
process tree runs under ``strace -f`` and every connect/sendto/sendmsg is checked: only
AF_UNIX, netlink and loopback are allowed. A temporary HOME shows which caches libraries
write (onnxruntime's device id under ~/.cache/Microsoft was one of the findings).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import textwrap
import time
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, PYTHON, cli_env

JFK = Path(__file__).resolve().parent / "data" / "audio" / "jfk.flac"
_ADDRESS = re.compile(
    r"sa_family=(AF_INET6?)[^}]*?(?:inet_addr\(\"([^\"]+)\"\)|inet_pton\(AF_INET6, \"([^\"]+)\")"
)
_LOOPBACK = re.compile(r"^(127\.|::1$|::ffff:127\.)")
FORBIDDEN_CACHES = ("Microsoft", "huggingface", "chroma", "torch", "onnxruntime")

DRIVER = textwrap.dedent(
    """
    import sys, time
    from neuroleaf_desktop.cli.main import cli

    def run(*args):
        try:
            cli.main(list(args), prog_name="neuroleaf", standalone_mode=False)
        except SystemExit as exc:
            assert not exc.code, (args, exc.code)

    run("init", "--name", "Net")
    run("journal", "add", "--title", "walk", "--body", "a long walk by the river with a friend")
    run("search", "--hybrid", "river walk")
    run("voice", "transcribe", sys.argv[1])
    from neuroleaf_desktop.services.voice_service import VoiceService
    voice = VoiceService()  # the app keeps one alive: the review saw DNS ~8 s after a use
    text = voice.transcribe(sys.argv[1]).text
    assert "country" in text.lower(), text
    time.sleep(12)
    voice.close()
    print("DRIVER-OK", flush=True)
    """
)


def network_attempts(trace: str) -> list[str]:
    """Trace lines that try to reach a non-loopback IPv4/IPv6 address."""
    bad = []
    for line in trace.splitlines():
        for match in _ADDRESS.finditer(line):
            address = match.group(2) or match.group(3) or ""
            if not _LOOPBACK.match(address):
                bad.append(line)
    return bad


def _strace(out: Path) -> list[str]:
    tool = shutil.which("strace")
    assert tool, "strace is missing: scripts/install-system-deps.sh installs it"
    return [tool, "-f", "-qq", "-e", "trace=connect,sendto,sendmsg,sendmmsg", "-o", str(out)]


def _third_party_caches(fake_home: Path) -> list[str]:
    return sorted(
        str(p.relative_to(fake_home))
        for p in fake_home.rglob("*")
        if any(part in FORBIDDEN_CACHES for part in p.parts)
    )


def test_the_network_check_itself_sees_a_connection() -> None:
    line = 'connect(5, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("10.0.0.2")}, 16)'
    local = (
        'connect(5, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("127.0.0.1")}, 16)'
    )
    six = (
        "connect(7, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), "
        'inet_pton(AF_INET6, "2606:4700::1", &sin6_addr)}, 28)'
    )
    assert network_attempts("\n".join([line, local, six])) == [line, six]


@pytest.mark.timeout(600)
def test_cli_flows_and_a_long_lived_voice_service_stay_offline(tmp_path: Path, home: Path) -> None:
    assert JFK.is_file()
    fake_home = tmp_path / "user-home"
    fake_home.mkdir()
    trace = tmp_path / "cli.trace"
    env = cli_env(home, HOME=str(fake_home), NEUROLEAF_PASSPHRASE=PASSPHRASE)
    for name in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        env.pop(name, None)
    proc = subprocess.run(
        [*_strace(trace), PYTHON, "-c", DRIVER, str(JFK)],
        env=env, capture_output=True, text=True, timeout=500, check=False,
    )  # fmt: skip
    assert proc.returncode == 0 and "DRIVER-OK" in proc.stdout, proc.stderr[-3000:]
    text = trace.read_text(encoding="utf-8", errors="replace")
    assert "connect(" in text or "sendto(" in text  # the trace did record socket calls
    assert network_attempts(text) == []
    assert _third_party_caches(fake_home) == []


@pytest.mark.timeout(300)
def test_the_desktop_app_stays_offline(tmp_path: Path, home: Path) -> None:
    fake_home = tmp_path / "user-home"
    fake_home.mkdir()
    report = tmp_path / "smoke.json"
    trace = tmp_path / "gui.trace"
    env = cli_env(home, HOME=str(fake_home), NEUROLEAF_SMOKE_REPORT=str(report))
    proc = subprocess.Popen(
        [*_strace(trace), PYTHON, "-m", "neuroleaf_desktop", "demo", "--years", "0.3"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    deadline = time.monotonic() + 200
    while not report.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.5)
    assert report.exists(), "the app did not show the journal"
    time.sleep(12)  # the app idles, as people leave it open
    children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()
    for child in children:  # the app under strace: SIGTERM makes it quit cleanly
        os.kill(int(child), signal.SIGTERM)
    try:
        proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    text = trace.read_text(encoding="utf-8", errors="replace")
    assert network_attempts(text) == []
    assert _third_party_caches(fake_home) == []
