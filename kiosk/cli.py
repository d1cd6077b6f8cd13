"""The ``kiosk`` command: run the kiosk, validate content, render screenshots.

Qt is imported only by the commands that need it, so ``kiosk validate`` runs anywhere.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable, Sequence

from kiosk.paths import default_content_dir

SCREENS = (
    "attract",
    "home",
    "pack",
    "panel",
    "sources",
    "glossary",
    "display",
    "image",
    "staff",
    "preview",
)


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1920x1080") from None
    if not (320 <= width <= 8192 and 320 <= height <= 8192):
        raise argparse.ArgumentTypeError("width and height must be between 320 and 8192")
    return width, height


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, or with ``only`` the one subcommand about to run.

    argparse is slow to build (each argument asks gettext for translations and the terminal
    for its width): all nine subcommands took 10-15 ms of a kiosk's cold start, which only
    needs ``run``. ``kiosk --help`` and unknown commands get every subcommand.
    """
    parser = argparse.ArgumentParser(prog="kiosk", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="store_true", help="print versions and exit")
    commands = parser.add_subparsers(dest="command")
    for name, (help_text, add_arguments) in _COMMANDS.items():
        if only is None or name == only:
            add_arguments(commands.add_parser(name, help=help_text))
    return parser


def _run_arguments(run: argparse.ArgumentParser) -> None:
    _add_display_options(run)
    run.add_argument(
        "--windowed",
        action="store_true",
        help="a normal window instead of full screen (classrooms, development)",
    )
    run.add_argument(
        "--reduced-motion",
        action="store_true",
        default=None,
        help="no sliding or fading: every change is instant",
    )
    run.add_argument(
        "--classroom",
        action="store_true",
        default=None,
        help="a window, no idle reset, staff menu without a PIN",
    )
    run.add_argument(
        "--idle-timeout",
        type=int,
        metavar="SECONDS",
        help="seconds without a touch before the kiosk resets (at least 30)",
    )
    run.add_argument("--settings", metavar="FILE", help="settings file (default: per platform)")
    run.add_argument("--log-folder", metavar="DIR", help="where log files go")


def _status_arguments(status: argparse.ArgumentParser) -> None:
    status.add_argument("--json", action="store_true", help="print the state file as JSON")


def _set_pin_arguments(pin: argparse.ArgumentParser) -> None:
    pin.add_argument("--settings", metavar="FILE", help="settings file (default: per platform)")
    pin.add_argument("--pin", help="the PIN (default: asked for, not echoed)")


def _schema_arguments(schema: argparse.ArgumentParser) -> None:
    schema.add_argument("--out", default="-", help="file to write (default: print it)")


def _new_pack_arguments(new: argparse.ArgumentParser) -> None:
    new.add_argument("id", help="the new pack's id, e.g. my-pack")
    new.add_argument("--content", default=".", metavar="DIR", help="folder to create it in")


def _preview_arguments(preview: argparse.ArgumentParser) -> None:
    preview.add_argument("path", help="a pack folder or a content folder")
    preview.add_argument("--lang", default=None, metavar="CODE")


def _validate_arguments(validate: argparse.ArgumentParser) -> None:
    validate.add_argument(
        "paths", nargs="+", metavar="PATH", help="a content folder, a pack folder, or several"
    )
    validate.add_argument("--json", action="store_true", help="print a machine-readable report")


def _screenshot_arguments(shot: argparse.ArgumentParser) -> None:
    _add_display_options(shot)
    shot.add_argument("--out", required=True, help="PNG file to write")
    shot.add_argument("--screen", choices=SCREENS, default="home")
    shot.add_argument(
        "--pack",
        help="pack id (default: the first pack; for --screen image, the first with an image)",
    )
    shot.add_argument(
        "--panel", help="panel id (default: the first; for --screen image, the first with an image)"
    )
    shot.add_argument("--term", help="glossary term id for --screen glossary")
    shot.add_argument("--size", type=_size, default=(1920, 1080), metavar="WxH")
    shot.add_argument("--text-size", choices=("standard", "large", "largest"), default="standard")
    shot.add_argument("--contrast", choices=("standard", "high"), default="standard")


_COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None]]] = {
    "run": ("start the kiosk (the default command)", _run_arguments),
    "status": ("what a running kiosk shows (its state file)", _status_arguments),
    "set-pin": ("store a new staff PIN (as a salted hash)", _set_pin_arguments),
    "schema": ("write the JSON Schema of the pack format", _schema_arguments),
    "new-pack": ("create a valid example pack to start from", _new_pack_arguments),
    "preview": ("a window that reloads a pack as you edit", _preview_arguments),
    "validate": ("check content folders or packs", _validate_arguments),
    "screenshot": ("render one screen offscreen to a PNG", _screenshot_arguments),
}


def _add_display_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--content",
        default=None,
        metavar="DIR",
        help="content folder (default: the bundled content/)",
    )
    parser.add_argument("--lang", default=None, metavar="CODE", help="language, e.g. en or ru")


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    command = words[0] if words and words[0] in _COMMANDS else None
    args = build_parser(only=command).parse_args(words)
    try:
        return _dispatch(args)
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a curator must never see a traceback
        print(f"kiosk: internal error: {type(error).__name__}: {error}", file=sys.stderr)
        return 3


def _dispatch(args: argparse.Namespace) -> int:
    if args.version:
        from kiosk.versions import version_text

        print(version_text())
        return 0
    if args.command == "validate":
        from kiosk.validate_report import validate_paths, write_json, write_text

        run = validate_paths(args.paths)
        if run.missing_paths:
            for path in run.missing_paths:
                print(f"kiosk validate: {path}: no such folder", file=sys.stderr)
            return 2
        (write_json if args.json else write_text)(run, sys.stdout)
        return 0 if run.ok else 1
    if args.command == "screenshot":
        from kiosk.ui.screenshot import ScreenshotRequest, render_screenshot

        request = ScreenshotRequest(
            out=args.out,
            content=args.content or str(default_content_dir()),
            screen=args.screen,
            pack=args.pack,
            panel=args.panel,
            language=args.lang,
            size=args.size,
            term=args.term,
            text_size=args.text_size,
            contrast=args.contrast,
        )
        return render_screenshot(request)
    if args.command == "status":
        from kiosk.status import print_status

        return print_status(as_json=args.json)
    if args.command == "set-pin":
        from kiosk.authoring import set_pin

        return set_pin(args.settings, args.pin)
    if args.command == "schema":
        from kiosk.authoring import write_schema

        return write_schema(args.out)
    if args.command == "new-pack":
        from kiosk.authoring import new_pack

        return new_pack(args.id, args.content)
    if args.command == "preview":
        from kiosk.ui.preview import run_preview

        return run_preview(args.path, args.lang)
    # No cycle collection while the kiosk starts: nearly everything made before the first
    # frame (modules, classes, the packs, the UI) lives as long as the kiosk, and collections
    # that walk it found nothing but cost 13 ms or more of the start. After the first frame the
    # heap is frozen and collected on the GUI thread's timer (kiosk.ui.heap).
    gc.disable()
    from kiosk.ui.app import RunOptions, run_kiosk

    return run_kiosk(
        RunOptions(
            settings=getattr(args, "settings", None),
            content=getattr(args, "content", None),
            language=getattr(args, "lang", None),
            windowed=getattr(args, "windowed", False),
            classroom=getattr(args, "classroom", None),
            reduced_motion=getattr(args, "reduced_motion", None),
            idle_timeout=getattr(args, "idle_timeout", None),
            log_folder=getattr(args, "log_folder", None),
        )
    )


if __name__ == "__main__":
    sys.exit(main())
