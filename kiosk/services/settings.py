"""``kiosk.yaml``: how one kiosk is set up, validated like a pack with file:line errors.

Command-line options override the file; a missing file means the defaults. Default places
follow the platform's conventions (platformdirs): ``~/.config/kiosk/kiosk.yaml`` on Linux,
``%LOCALAPPDATA%\\kiosk\\kiosk.yaml`` on Windows.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk import __version__, user_dirs
from kiosk.content.problems import Problem, Severity
from kiosk.paths import default_content_dir
from kiosk.services.idle import DEFAULT_IDLE_SECONDS

log = logging.getLogger(__name__)
SETTINGS_CACHE_FILE = "settings-cache.json"
_SCHEMA_SOURCE = Path(__file__).with_name("settings_file.py")


@dataclass
class KioskSettings:
    """Everything a technician may set for one kiosk (see ``docs/deployment.md``).

    A plain dataclass: a kiosk start without a settings file to validate imports no pydantic
    (about 120 ms). The file's schema, with the same fields and defaults, is
    :class:`kiosk.services.settings_file.SettingsFile`.
    """

    content: Path | None = None
    language: str = "en"
    idle_timeout: int = DEFAULT_IDLE_SECONDS
    pack_order: list[str] = field(default_factory=list)
    hidden_packs: list[str] = field(default_factory=list)
    staff_pin_hash: str | None = None
    rotation: int = 0  # 0, 90, 180 or 270
    log_folder: Path | None = None
    classroom: bool = False
    reduced_motion: bool = False

    def content_dir(self) -> Path:
        return self.content or default_content_dir()

    def log_dir(self) -> Path:
        return self.log_folder or Path(user_dirs.user_log_dir())

    def values(self) -> dict[str, Any]:
        """Every value, as YAML and JSON can hold it (paths as text)."""
        return {f.name: _plain(getattr(self, f.name)) for f in dataclasses.fields(self)}

    def changed_values(self) -> dict[str, Any]:
        """The values that differ from the defaults, as :meth:`values` gives them."""
        defaults = KioskSettings().values()
        return {name: value for name, value in self.values().items() if value != defaults[name]}

    @classmethod
    def from_values(cls, values: dict[str, Any]) -> KioskSettings:
        """Settings from already validated values (the schema's, or the settings cache's)."""
        settings = cls(**{k: v for k, v in values.items() if k in _FIELD_NAMES})
        for name in ("content", "log_folder"):
            value = getattr(settings, name)
            if value is not None and not isinstance(value, Path):
                setattr(settings, name, Path(value))
        settings.pack_order = list(settings.pack_order)
        settings.hidden_packs = list(settings.hidden_packs)
        return settings


_FIELD_NAMES = frozenset(f.name for f in dataclasses.fields(KioskSettings))


def _plain(value: object) -> object:
    return str(value) if isinstance(value, Path) else value


def default_settings_path() -> Path:
    return Path(user_dirs.user_config_dir()) / "kiosk.yaml"


def state_dir() -> Path:
    return Path(user_dirs.user_state_dir())


@dataclass(eq=False, repr=False)  # as ContentLibrary: no generated methods a start compiles
class LoadedSettings:
    settings: KioskSettings
    path: Path
    problems: list[Problem] = field(default_factory=list)


def load_settings(path: Path | None = None, cache_dir: Path | None = None) -> LoadedSettings:
    """Read the settings file. A key with a problem keeps its default value and the problem is
    listed; every other key is still used.

    With ``cache_dir`` (``kiosk run``), an unchanged file is not validated again: its result
    is kept in ``settings-cache.json`` there, keyed by the file's size, time and inode and by
    the program's version, so a kiosk start imports neither the YAML reader nor pydantic.
    """
    path = path or default_settings_path()
    if not path.is_file():
        return LoadedSettings(KioskSettings(), path)
    cache = cache_dir / SETTINGS_CACHE_FILE if cache_dir is not None else None
    key = _cache_key(path)
    if cache is not None and key is not None:
        cached = _read_cache(cache, key, path)
        if cached is not None:
            return cached
    loaded = _validate_file(path)
    if cache is not None and key is not None and key == _cache_key(path):
        _write_cache(cache, key, loaded)
    return loaded


def _validate_file(path: Path) -> LoadedSettings:
    # The YAML reader, the schema and the error mapping are imported only when a file is read.
    from kiosk.content.schema_errors import problems_from_validation_error
    from kiosk.content.yamlsource import YamlProblem, parse_yaml

    shown = str(path)
    try:
        located = parse_yaml(path.read_bytes())
    except YamlProblem as problem:
        return LoadedSettings(
            KioskSettings(),
            path,
            [Problem(shown, problem.mark.line, problem.mark.column, "", problem.message)],
        )
    except OSError as error:
        return LoadedSettings(
            KioskSettings(),
            path,
            [Problem(shown, 0, 0, "", f"cannot read the file: {error.strerror}")],
        )
    data = located.data if located.data is not None else {}
    if not isinstance(data, dict):
        return LoadedSettings(
            KioskSettings(),
            path,
            [Problem(shown, 1, 1, "", "the settings file must be a map of keys and values")],
        )
    settings, problems = _valid_keys(data, located, shown, problems_from_validation_error)
    problems.sort(key=lambda p: (p.line, p.column))
    if settings.content is not None and not settings.content.is_absolute():
        settings.content = (path.parent / settings.content).resolve()
    return LoadedSettings(settings, path, problems)


def _valid_keys(
    data: dict[Any, Any], located: Any, shown: str, describe: Any
) -> tuple[KioskSettings, list[Problem]]:
    """The settings from every valid key; each invalid or unknown key keeps its default.

    One typo (``idle_timeout: 5``) must not also throw away the content folder and the staff
    PIN hash beside it: that would lock the staff menu and show the wrong content. Each key
    that fails is reported at its place in the file and dropped, and the rest validated again.
    """
    from pydantic import ValidationError

    from kiosk.services.settings_file import SettingsFile

    problems: list[Problem] = []
    kept = dict(data)
    for _ in range(len(data) + 1):  # each round drops at least one key
        try:
            valid = SettingsFile.model_validate(kept)
            return KioskSettings.from_values(dict(valid)), problems
        except ValidationError as error:
            problems.extend(describe(error, located, shown, SettingsFile))
            bad = {item["loc"][0] for item in error.errors() if item["loc"]}
            if not bad & kept.keys():
                break  # an error that no single key causes: nothing to drop
            for key in bad:
                kept.pop(key, None)
    return KioskSettings(), problems


def _cache_key(path: Path) -> list[object] | None:
    """What a validated file's result depends on: the file, and the program that read it (the
    YAML reader and error mapping as well as the schema: the content cache's code stamp)."""
    from kiosk.services.content_cache import code_stamp

    try:
        info = path.stat()
    except OSError:
        return None
    stamp = code_stamp(_SCHEMA_SOURCE)
    return [__version__, stamp, str(path.resolve()), info.st_size, info.st_mtime_ns, info.st_ino]


def _read_cache(cache: Path, key: list[object], path: Path) -> LoadedSettings | None:
    try:
        stored = json.loads(cache.read_bytes())
        if stored["key"] != key:
            return None
        settings = KioskSettings.from_values(stored["values"])
        problems = [Problem(*item[:5], Severity(item[5])) for item in stored["problems"]]
    except FileNotFoundError:
        return None
    except Exception as error:  # a damaged cache only costs a validation
        log.warning("settings cache %s not used: %s", cache, error)
        return None
    return LoadedSettings(settings, path, problems)


def _write_cache(cache: Path, key: list[object], loaded: LoadedSettings) -> None:
    from kiosk.services.atomic import write_atomically

    stored = {
        "key": key,
        "values": loaded.settings.values(),
        "problems": [
            [p.file, p.line, p.column, p.key_path, p.message, str(p.severity)]
            for p in loaded.problems
        ],
    }
    try:
        write_atomically(cache, json.dumps(stored).encode())
    except OSError as error:  # a read-only state folder costs a validation at each start
        log.warning("settings cache %s not written: %s", cache, error)


def save_settings(settings: KioskSettings, path: Path) -> None:
    """Write the settings atomically: a temporary file, fsync, then rename over the old one."""
    import yaml

    from kiosk.services.atomic import write_atomically

    data = settings.changed_values()
    write_atomically(path, yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode())
