"""``python -m bench``: measure the kiosk against the floor of its stack; print a table and
write ``bench/results.json``.

Each measure runs in its own process (see :mod:`bench.common`); ``--quick`` is the smoke
version for CI: few repeats and small sizes, the same code paths, no timing assertions.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path
from typing import Any

from bench.common import REPO, run_measure
from bench.report import headline, table

FULL = {
    "cold_start": ["--repeats", "31"],
    "touch": ["--navigations", "240", "--image-panels", "16"],
    "touch_platform_timer": ["--navigations", "240", "--image-panels", "16", "--platform-timer"],
    "scaling": ["--sizes", "10,100,1000,5000", "--images", "1000", "--repeats", "7"],
    "images": ["--copies", "8"],
    "memory": ["--navigations", "5000"],
}
QUICK = {
    "cold_start": ["--repeats", "2", "--skip-frozen"],
    "touch": ["--navigations", "24", "--image-panels", "4"],
    "touch_platform_timer": ["--navigations", "24", "--image-panels", "4", "--platform-timer"],
    "scaling": ["--sizes", "10,100", "--images", "10", "--repeats", "2"],
    "images": ["--copies", "1"],
    "memory": ["--navigations", "100"],
}
# Measures that run another measure's module with other arguments.
MODULES = {"touch_platform_timer": "touch"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smoke run: few repeats, small sizes")
    parser.add_argument("--out", default=str(REPO / "bench" / "results.json"))
    parser.add_argument("--only", help="comma-separated measures: " + ", ".join(FULL))
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    chosen = args.only.split(",") if args.only else list(plan)
    measures: dict[str, Any] = {}
    for name in chosen:
        started = time.monotonic()
        print(f"bench: {name} ...", flush=True)
        measures[name] = run_measure(MODULES.get(name, name), plan[name])
        print(f"bench: {name} done in {time.monotonic() - started:.0f} s", flush=True)
    results = {
        **headline(measures),
        "quick": args.quick,
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "qt_platform": "offscreen 1920x1080, Qt Quick software backend",
        },
        "measures": measures,
    }
    Path(args.out).write_text(json.dumps(results, indent=2, allow_nan=True) + "\n")
    print(table(results))
    print(f"bench: wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
