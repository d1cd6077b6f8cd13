"""``kiosk.yaml``: how one kiosk is set up, validated like a pack with file:line errors.

Command-line options override the file; a missing file means the defaults. Default places
follow the platform's conventions (platformdirs): ``~/.config/kiosk/kiosk.yaml`` on Linux,
``%LOCALAPPDATA%\\kiosk\\kiosk.yaml`` on Windows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

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
    """Read the settings file; with problems, the defaults are used and the problems listed."""
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
    try:
        settings = KioskSettings.model_validate(data)
    except ValidationError as error:
        problems = problems_from_validation_error(error, located, shown, KioskSettings)
        return LoadedSettings(KioskSettings(), path, problems)
    if settings.content is not None and not settings.content.is_absolute():
        settings.content = (path.parent / settings.content).resolve()
    return LoadedSettings(settings, path)


def save_settings(settings: KioskSettings, path: Path) -> None:
    """Write the settings atomically: a temporary file, fsync, then rename over the old one."""
    import yaml

    from kiosk.services.atomic import write_atomically

    data = settings.model_dump(mode="json", exclude_defaults=True)
    write_atomically(path, yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode())
