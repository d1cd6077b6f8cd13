"""Tell systemd the kiosk is alive (``sd_notify``), with no extra dependency.

The watchdog ping is sent from the UI thread's timer: if the UI freezes, the pings stop and
systemd restarts the kiosk, not only when the process dies.
"""

from __future__ import annotations

import os


def notify(message: str) -> bool:
    """Send ``message`` (e.g. ``READY=1``, ``WATCHDOG=1``) if started by systemd."""
    address = os.environ.get("NOTIFY_SOCKET")
    if not address:
        return False
    import socket  # only under systemd: a kiosk started otherwise never loads it

    if address.startswith("@"):
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.connect(address)
            sock.sendall(message.encode())
        return True
    except OSError:
        return False


def watchdog_interval_ms() -> int | None:
    """Half the watchdog period systemd asked for, or None when there is no watchdog."""
    value = os.environ.get("WATCHDOG_USEC")
    if not value or not value.isdigit():
        return None
    pid = os.environ.get("WATCHDOG_PID")
    if pid and pid.isdigit() and int(pid) != os.getpid():
        return None
    return max(int(value) // 2000, 100)
