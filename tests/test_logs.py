"""The kiosk's log keeps months of unattended running in bounded space."""

from __future__ import annotations

import logging

from kiosk.services.logs import RotatingLog


def test_the_log_is_rotated_before_it_outgrows_its_bound(tmp_path):
    path = tmp_path / "kiosk.log"
    handler = RotatingLog(path, max_bytes=1000, backups=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("test-rotation")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for number in range(400):
            logger.warning("line %04d of the kiosk's log, with some words", number)
    finally:
        logger.removeHandler(handler)
        handler.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["kiosk.log", "kiosk.log.1", "kiosk.log.2", "kiosk.log.3"]
    assert all((tmp_path / name).stat().st_size <= 1000 for name in files)
    newest = (tmp_path / "kiosk.log").read_text(encoding="utf-8").splitlines()
    assert newest[-1].startswith("line 0399")
    previous = (tmp_path / "kiosk.log.1").read_text(encoding="utf-8").splitlines()
    assert int(previous[-1].split()[1]) + 1 == int(newest[0].split()[1])  # nothing lost between


def test_a_log_with_no_backups_keeps_growing_rather_than_losing_lines(tmp_path):
    path = tmp_path / "kiosk.log"
    handler = RotatingLog(path, max_bytes=200, backups=0)
    handler.setFormatter(logging.Formatter("%(message)s"))
    for number in range(20):
        handler.emit(logging.makeLogRecord({"msg": f"line {number:02d} of twenty"}))
    handler.close()
    assert len(path.read_text(encoding="utf-8").splitlines()) == 20
