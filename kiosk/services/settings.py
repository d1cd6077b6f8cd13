"""``kiosk.yaml``: how one kiosk is set up, validated like a pack with file:line errors.

Command-line options override the file; a missing file means the defaults. Default places
follow the platform's conventions (platformdirs): ``~/.config/kiosk/kiosk.yaml`` on Linux,
``%LOCALAPPDATA%\\kiosk\\kiosk.yaml`` on Windows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from kiosk.content.problems import Problem
from kiosk.paths import default_content_dir
from kiosk.services.idle import DEFAULT_IDLE_SECONDS, MIN_IDLE_SECONDS

APP_NAME = "kiosk"
PIN_HASH_PATTERN = r"^scrypt\$[0-9a-f]{32}\$[0-9a-f]{64}$"


class KioskSettings(BaseModel):
    """Everything a technician may set for one kiosk."""

    model_config = ConfigDict(extra="forbid")

    content: Path | None = None
    language: str = Field(default="en", pattern=r"^[a-z]{2,3}(-[A-Z]{2})?$")
    idle_timeout: int = Field(default=DEFAULT_IDLE_SECONDS, ge=MIN_IDLE_SECONDS, le=3600)
    pack_order: list[str] = []
    hidden_packs: list[str] = []
    staff_pin_hash: str | None = Field(
        default=None, pattern=r"^scrypt\$[0-9a-f]{32}\$[0-9a-f]{64}$"
    )
    rotation: Literal[0, 90, 180, 270] = 0
    log_folder: Path | None = None
    classroom: bool = False
    reduced_motion: bool = False

    def content_dir(self) -> Path:
        return self.content or default_content_dir()

    def log_dir(self) -> Path:
        return self.log_folder or Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_settings_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "kiosk.yaml"


def state_dir() -> Path:
    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))


@dataclass
class LoadedSettings:
    settings: KioskSettings
    path: Path
    problems: list[Problem] = field(default_factory=list)


def load_settings(path: Path | None = None) -> LoadedSettings:
    """Read the settings file. A key with a problem keeps its default value and the problem is
    listed; every other key is still used."""
    path = path or default_settings_path()
    if not path.is_file():
        return LoadedSettings(KioskSettings(), path)
    # The YAML reader and error mapping are imported only when there is a file to read.
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
    problems: list[Problem] = []
    kept = dict(data)
    for _ in range(len(data) + 1):  # each round drops at least one key
        try:
            return KioskSettings.model_validate(kept), problems
        except ValidationError as error:
            problems.extend(describe(error, located, shown, KioskSettings))
            bad = {item["loc"][0] for item in error.errors() if item["loc"]}
            if not bad & kept.keys():
                break  # an error that no single key causes: nothing to drop
            for key in bad:
                kept.pop(key, None)
    return KioskSettings(), problems


def save_settings(settings: KioskSettings, path: Path) -> None:
    """Write the settings atomically: a temporary file, fsync, then rename over the old one."""
    import yaml

    from kiosk.services.atomic import write_atomically

    data = settings.model_dump(mode="json", exclude_defaults=True)
    write_atomically(path, yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode())
