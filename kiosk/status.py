"""``kiosk status``: report a kiosk's version and loaded packs from its state file."""

from __future__ import annotations

import json
import os
import time

from kiosk import __version__
from kiosk.services.state import read_state, state_path

STALE_SECONDS = 120


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def print_status(as_json: bool) -> int:
    state = read_state()
    if state is None:
        report = {
            "app_version": __version__,
            "running": False,
            "state_file": str(state_path()),
            "packs": [],
            "note": "no state file: the kiosk has not run as this user",
        }
    else:
        fresh = time.time() - state.get("updated", 0) < STALE_SECONDS
        report = {
            **state,
            "running": fresh and _running(int(state.get("pid", 0))),
            "state_file": str(state_path()),
        }
    if as_json:
        print(json.dumps(report, indent=2))
    else:
        print(f"kiosk {report['app_version']}: {'running' if report['running'] else 'not running'}")
        for pack in report["packs"]:
            print(
                f"  {pack['pack_id'] or pack['source']:24} v{pack['version'] or '-':8} "
                f"{pack['state']}"
            )
    return 0 if report["running"] else 1
