"""Cold start: process start to the first rendered frame of the home screen.

Each sample spawns a process and times from just before the spawn to the clock value the
child prints at its window's first ``frameSwapped`` (``time.monotonic`` is system-wide, so
the two clocks agree). Kiosk, bare-window baseline and frozen bundle runs are interleaved so
that noise on this shared machine hits all of them alike.

The kiosk runs through its real start path, ``python -m kiosk run --windowed --content DIR``,
with ``KIOSK_BENCH_FIRST_FRAME=1`` (see ``kiosk/ui/app.py``: print the clock at the first frame,
and at the first frame with the home screen's covers, which a starting kiosk draws one frame
later; then quit). Both are reported: ``kiosk`` is the first frame (every word and tile of
the home screen), ``kiosk_home_complete`` the frame with the covers. HOME and the XDG folders
point at one temporary folder for the whole measure, so after the first (discarded) run the
QML disk cache, the image cache, the content cache and Python's compiled modules are warm, as
on a kiosk that has started before; the very first start with empty caches is reported on its
own.

Both Python programs run with ``-S`` (see :func:`python_env`), and the bare window names no
member of PySide's ``Qt`` namespace (see ``bench/bare_window.py``): the floor must carry no
cost that an installed kiosk does not have, or the ratio flatters the kiosk.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import REPO, child_env, content_dir, emit, ratio, summary

BUNDLE = REPO / "dist" / "kiosk" / "kiosk"


def time_start(command: list[str], env: dict[str, str], timeout: float = 60.0) -> float:
    """Milliseconds from spawning ``command`` to the first frame it reports (NaN if none)."""
    return time_frames(command, env, timeout)[0]


def time_frames(
    command: list[str], env: dict[str, str], timeout: float = 60.0
) -> tuple[float, float]:
    """Milliseconds from spawning ``command`` to its first frame, and to its first frame with
    the home screen complete (its covers drawn; the same frame for the bare window)."""
    env = {**env, "KIOSK_BENCH_FIRST_FRAME": "1"}
    started = time.monotonic()
    try:
        completed = subprocess.run(
            command,
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return float("nan"), float("nan")
    found = {}
    for line in completed.stdout.splitlines():
        name, _, value = line.partition(" ")
        if name in {"first-frame", "home-complete"}:
            found[name] = (float(value) - started) * 1000
    first = found.get("first-frame", float("nan"))
    return first, found.get("home-complete", first)


def python_env(env: dict[str, str]) -> dict[str, str]:
    """``env`` for ``python -S``: site-packages named on PYTHONPATH instead of found by ``site``.

    An installed kiosk starts without this checkout's editable-install hook, which ``site``
    runs in every Python process of the development environment (it imports pathlib, re and
    fnmatch: 10-20 ms that the bare window would otherwise pay for the kiosk). Kiosk and bare
    window both run with ``-S``, so neither carries it."""
    import site

    paths = [env.get("PYTHONPATH", ""), *site.getsitepackages()]
    return {**env, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}


def measure(repeats: int, with_frozen: bool = True) -> dict[str, object]:
    content, content_name = content_dir()
    python = [sys.executable, "-S"]
    kiosk = [*python, "-m", "kiosk", "run", "--windowed", "--content", str(content)]
    bare = [*python, "-m", "bench.bare_window"]
    frozen = [str(BUNDLE), "run", "--windowed", "--content", str(content)]
    commands = {"kiosk": kiosk, "bare": bare}
    if BUNDLE.is_file() and with_frozen:
        commands["frozen"] = frozen
    samples: dict[str, list[float]] = {"kiosk": [], "bare": [], "frozen": []}
    complete: dict[str, list[float]] = {"kiosk": [], "frozen": []}
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-cold-") as first_home:
        first_ever = time_start(kiosk, python_env(child_env(Path(first_home))))
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-cold-") as home:
        # One home each: the kiosk from source and the frozen bundle are different programs
        # (a different stamp in their content caches), and sharing their caches would make
        # each start validate the content again, as no installed kiosk ever does.
        envs = {name: python_env(child_env(Path(home) / name)) for name in commands}
        for name, command in list(commands.items()):
            # warm-up: QML disk cache, image and content caches, OS file cache. A bundle built
            # before the first-frame hook never reports (15 s); the others get as long as a
            # measured start, so a machine busy with other work does not drop them.
            warm = time_start(command, envs[name], timeout=15.0 if name == "frozen" else 60.0)
            if warm != warm:  # an old bundle without the first-frame hook never reports
                del commands[name]
        for _ in range(repeats):
            for name, command in commands.items():
                first, whole = time_frames(command, envs[name])
                samples[name].append(first)
                if name in complete:
                    complete[name].append(whole)
    stats = {
        name: summary([s for s in samples[name] if s == s]) for name in ("kiosk", "bare", "frozen")
    }
    whole = {name: summary([s for s in complete[name] if s == s]) for name in complete}
    result: dict[str, object] = {
        "content": content_name,
        "kiosk": stats["kiosk"],
        "bare": stats["bare"],
        "first_ever_start_ms": round(first_ever, 1),
        "ratio_median": ratio(stats["kiosk"]["median_ms"], stats["bare"]["median_ms"]),
        "ratio_p95": ratio(stats["kiosk"]["p95_ms"], stats["bare"]["p95_ms"]),
        # The first frame has every word and tile; the covers come in the next (Main.qml).
        "kiosk_home_complete": whole["kiosk"],
        "home_complete_ratio_median": ratio(
            whole["kiosk"]["median_ms"], stats["bare"]["median_ms"]
        ),
    }
    if stats["frozen"]["n"]:
        result["frozen"] = stats["frozen"]
        result["frozen_ratio_median"] = ratio(
            stats["frozen"]["median_ms"], stats["bare"]["median_ms"]
        )
        result["frozen_home_complete"] = whole["frozen"]
    elif BUNDLE.is_file() and not with_frozen:
        result["frozen"] = "skipped (--skip-frozen)"
    elif BUNDLE.is_file():
        result["frozen"] = "no first frame reported: rebuild it (scripts/build) with this hook"
    else:
        result["frozen"] = "not built (dist/kiosk/kiosk missing; scripts/build makes it)"
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--skip-frozen", action="store_true")
    args = parser.parse_args()
    emit(measure(args.repeats, not args.skip_frozen))


if __name__ == "__main__":
    main()
