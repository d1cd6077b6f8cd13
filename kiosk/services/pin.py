"""The staff PIN, kept only as a salted scrypt hash."""

from __future__ import annotations

import hashlib
import hmac
import secrets

_N, _R, _P = 2**14, 8, 1


def _derive(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)


def hash_pin(pin: str) -> str:
    """``scrypt$<salt hex>$<hash hex>`` for a PIN of 4 to 12 digits."""
    if not (pin.isdigit() and 4 <= len(pin) <= 12):
        raise ValueError("a staff PIN is 4 to 12 digits")
    salt = secrets.token_bytes(16)
    return f"scrypt${salt.hex()}${_derive(pin, salt).hex()}"


def check_pin(pin: str, stored: str | None) -> bool:
    """True only for the right PIN; compares in constant time."""
    if not stored or not pin.isdigit():
        return False
    try:
        scheme, salt_hex, hash_hex = stored.split("$")
        salt, expected = bytes.fromhex(salt_hex), bytes.fromhex(hash_hex)
    except ValueError:
        return False
    return scheme == "scrypt" and hmac.compare_digest(_derive(pin, salt), expected)
