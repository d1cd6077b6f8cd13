"""The Qt side of the kiosk: view models, list models, image providers and the window.

The pure-Python layers this package uses at start are imported here, before any module of
it imports PySide6. Once PySide6 is loaded, its ``__feature__`` import hook reads the source
of every module imported after it (``inspect.getsource``, to look for the word "PySide6"):
about half a millisecond a module. Importing them first keeps that work off the kiosk's
start. (Not the image pipeline: a starting kiosk imports it after its first frame, see
``kiosk.ui.engine.add_image_providers``.)
"""

from kiosk.services import library as _library  # noqa: F401
from kiosk.services import logs as _logs  # noqa: F401
from kiosk.services import settings as _settings  # noqa: F401
from kiosk.services import state as _state  # noqa: F401
from kiosk.services import systemd as _systemd  # noqa: F401
from kiosk.ui import override as _override  # noqa: F401
from kiosk.ui import palettes as _palettes  # noqa: F401
from kiosk.ui import present as _present  # noqa: F401
