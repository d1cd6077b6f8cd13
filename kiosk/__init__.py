"""Offline, touch-first museum kiosk for source-attributed content packs."""

__version__ = "0.1.0"
