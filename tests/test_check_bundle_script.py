"""``scripts/check-bundle`` fails (not just warns) when the bundle is 160 MB or more."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).parent.parent

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a bash script")


def fake_checkout(tmp_path: Path, size_mb: int) -> tuple[Path, dict[str, str]]:
    """A checkout with only the script, a stand-in bundle that records being run, and a
    ``du`` that reports ``size_mb`` for it (a real 160 MB folder would be slow to write)."""
    root = tmp_path / "repo"
    (root / "scripts").mkdir(parents=True)
    shutil.copy(REPO / "scripts" / "check-bundle", root / "scripts" / "check-bundle")
    bundle = root / "dist" / "kiosk"
    bundle.mkdir(parents=True)
    exe = bundle / "kiosk"
    exe.write_text(f'#!/bin/sh\ntouch "{tmp_path}/bundle-was-run"\necho "kiosk 1 Qt 6.0"\n')
    exe.chmod(0o755)
    (root / ".venv" / "bin").mkdir(parents=True)
    (root / ".venv" / "bin" / "python").symlink_to(sys.executable)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    du = bin_dir / "du"
    du.write_text(f'#!/bin/sh\nprintf "{size_mb}\\tdist/kiosk\\n"\n')
    du.chmod(0o755)
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return root, env


@pytest.mark.parametrize("size_mb", [160, 175])
def test_a_bundle_of_160_mb_or_more_fails(tmp_path, size_mb):
    root, env = fake_checkout(tmp_path, size_mb)
    completed = subprocess.run(
        ["bash", str(root / "scripts" / "check-bundle")],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert completed.returncode != 0
    assert f"the bundle is {size_mb} MB: it must be under 160 MB" in completed.stderr
    assert "FAILED" in completed.stderr
    assert not (tmp_path / "bundle-was-run").exists(), "went on checking an oversized bundle"
