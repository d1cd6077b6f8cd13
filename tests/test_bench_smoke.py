"""The benchmark's smoke run: every measure runs and the results carry every headline figure.

No timing is asserted (CI machines are shared and noisy); the full run and its numbers are in
docs/performance.md.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
REQUIRED = (
    "cold_start_ratio",
    "touch_to_frame_p95_ms_text",
    "touch_to_frame_p95_ms_image",
    "load_5000_panels_s",
    "image_cold_ms",
    "image_cached_ms",
    "memory_growth_mb",
)


def test_quick_bench_writes_every_required_number(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    completed = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--out", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    results = json.loads(out.read_text())
    for key in REQUIRED:
        value = results[key]
        assert isinstance(value, int | float) and not isinstance(value, bool), key
        assert math.isfinite(value), f"{key} is {value}"
    assert "measure" in completed.stdout  # the printed table
    # Touch is measured twice: without and with the offscreen platform's wait before a frame.
    assert results["measures"]["touch"]["platform_timer_ms"] == 0
    assert results["measures"]["touch_platform_timer"]["platform_timer_ms"] == 5
    for key in ("touch_to_frame_p95_ms_text_platform_timer", "touch_to_frame_p95_ms_bare"):
        assert math.isfinite(results[key]), f"{key} is {results[key]}"
