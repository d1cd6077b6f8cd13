"""An image that passed its check is not decoded again at the next start; a changed or
broken one always is."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from kiosk.content.image_checks import ImageCheckMemo
from kiosk.content.loader import load_content
from kiosk.services.library import ContentLibrary

FIXTURES = Path(__file__).parent / "fixtures" / "content"


def test_unchanged_images_are_checked_once_across_starts(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(FIXTURES, content)
    memo_file = tmp_path / "state" / "image-checks.json"
    first = ContentLibrary(content, image_memo_path=memo_file)
    first.reload()
    assert first.image_checks.decoded > 0 and memo_file.is_file()
    second = ContentLibrary(content, image_memo_path=memo_file)  # the next start
    result = second.reload()
    assert result.ok and second.image_checks.decoded == 0


def test_a_changed_image_is_checked_again_and_a_broken_one_is_an_error(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(FIXTURES, content)
    memo = ImageCheckMemo()
    assert load_content(content, image_checks=memo).ok
    cover = content / "alpha" / "cover.png"
    data = cover.read_bytes()
    cover.write_bytes(data[: len(data) // 2])  # truncated, same name
    os.utime(cover, ns=(1, 1))
    result = load_content(content, image_checks=memo)
    alpha = result.result_for("alpha") or next(r for r in result.packs if r.path.name == "alpha")
    assert not alpha.ok
    assert "damaged or truncated" in alpha.errors[0].message
    again = load_content(content, image_checks=memo)  # failures are never remembered
    assert not next(r for r in again.packs if r.path.name == "alpha").ok


def test_an_unreadable_memo_file_means_checking_everything(tmp_path):
    assert ImageCheckMemo.from_json(b"\xff not json").check  # an empty memo, not an error
    memo = ImageCheckMemo.from_json(b'{"version": 1, "images": {"x": [[1, 2], []]}}')
    assert memo.to_json() == b'{"version": 1, "images": {}}'
