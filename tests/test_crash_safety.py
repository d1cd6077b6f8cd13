"""A kiosk that is killed, crashes or is handed a zip bomb comes back clean.

- SIGKILL at random moments while the state file is being written never leaves a half-written
  file, and the next start removes the temporary files the killed writer left.
- A hard crash (SIGSEGV in the running kiosk) writes faulthandler's trace to crash.log, and the
  next start is clean.
- Zip packs that would unpack to far more than their size, or to thousands of files, are
  refused before anything is written.
"""

from __future__ import annotations

import json
import random
import signal
import socket
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

from run_helpers import kiosk_env

from kiosk.content.loader import load_content
from kiosk.services.atomic import remove_leftovers

FIXTURES = Path(__file__).parent / "fixtures" / "content"
REPO = Path(__file__).parent.parent

WRITER = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from kiosk.services.atomic import write_atomically
    path = Path(sys.argv[1])
    n = 0
    print("writing", flush=True)
    while True:
        n += 1
        # Large enough that a write takes many system calls; each payload is whole JSON.
        write_atomically(path, json.dumps({"n": n, "pad": "x" * (200_000 + n % 5000)}).encode())
    """
)


def test_sigkill_while_writing_never_leaves_a_broken_state_file(tmp_path):
    path = tmp_path / "state.json"
    rng = random.Random(3)
    seen = set()
    for _ in range(25):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)],
            stdout=subprocess.PIPE,
            cwd=REPO,
        )
        assert writer.stdout is not None
        with writer.stdout:
            writer.stdout.readline()  # the writer is running
            time.sleep(rng.uniform(0.005, 0.08))
            writer.send_signal(signal.SIGKILL)
            writer.wait(timeout=30)
        if path.exists():
            state = json.loads(path.read_text())  # whole JSON, the old or the new
            assert state["pad"].startswith("x")
            seen.add(state["n"])
    assert seen, "the writer never completed a write before being killed"
    remove_leftovers(path)
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]


def _start_kiosk(tmp_path: Path, notify: Path) -> subprocess.Popen:
    env = kiosk_env(tmp_path, notify)
    command = [sys.executable, "-m", "kiosk", "run", "--content", str(FIXTURES)]
    command += ["--log-folder", str(tmp_path / "logs")]
    return subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO
    )


def _wait_ready(server: socket.socket) -> None:
    deadline = time.monotonic() + 40
    while time.monotonic() < deadline:
        if server.recv(64).decode() == "READY=1":
            return
    raise AssertionError("the kiosk never said READY=1")


def test_a_hard_crash_leaves_a_trace_and_the_next_start_is_clean(tmp_path):
    notify = tmp_path / "notify.sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    server.bind(str(notify))
    server.settimeout(40)
    stray = tmp_path / "state" / "kiosk" / ".state.json.killed"
    try:
        kiosk = _start_kiosk(tmp_path, notify)
        _wait_ready(server)
        kiosk.send_signal(signal.SIGSEGV)  # what a crash in Qt's C++ looks like
        assert kiosk.wait(timeout=30) != 0
        crash = (tmp_path / "logs" / "crash.log").read_text(encoding="utf-8")
        assert "Fatal Python error: Segmentation fault" in crash
        assert "File " in crash  # a Python stack of where the UI thread was

        stray.write_text('{"half": ')  # as if killed in the middle of a write
        again = _start_kiosk(tmp_path, notify)
        try:
            _wait_ready(server)
            state = json.loads((tmp_path / "state" / "kiosk" / "state.json").read_text())
            assert state["pid"] == again.pid
            assert not stray.exists()
            log_text = (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")
            assert log_text.count("starting: kiosk") == 2
            assert "left by a writer that was killed" in log_text
        finally:
            again.kill()
            again.wait(timeout=30)
    finally:
        server.close()


def test_a_zip_bomb_is_refused_before_anything_is_unpacked(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    with zipfile.ZipFile(content / "bomb.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bomb/pack.yaml", "format: 1\n")
        archive.writestr("bomb/cover.png", b"\0" * (64 * 1024 * 1024))  # 64 MB of zeros
    assert (content / "bomb.zip").stat().st_size < 200_000
    [result] = load_content(content).packs
    assert not result.ok
    assert "zip bomb" in result.errors[0].message
    assert result.errors[0].file.endswith("bomb.zip")


def test_a_zip_of_thousands_of_files_is_refused(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    with zipfile.ZipFile(content / "many.zip", "w") as archive:
        archive.writestr("many/pack.yaml", "format: 1\n")
        for number in range(2500):
            archive.writestr(f"many/{number}.txt", "")
    [result] = load_content(content).packs
    assert not result.ok
    assert "2,501 files" in result.errors[0].message
