"""``kiosk validate`` as curators and CI use it: exit codes, text and JSON reports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "content"


def make_broken_content(root: Path) -> Path:
    """Three packs: a YAML syntax error, a wrong type, a missing image."""
    good = (FIXTURES / "beta" / "pack.yaml").read_text(encoding="utf-8")
    cover = (FIXTURES / "beta" / "cover.png").read_bytes()
    cases = {
        "syntax": good.replace("title: Beta pack", "title: [Beta pack"),
        "wrongtype": good.replace("issued: 2014", "issued: [2014]").replace("id: beta", "id: w"),
        "noimage": good.replace("src: cover.png", "src: missing.jpg").replace("id: beta", "id: n"),
    }
    for name, text in cases.items():
        (root / name).mkdir(parents=True)
        (root / name / "pack.yaml").write_text(text, encoding="utf-8")
        (root / name / "cover.png").write_bytes(cover)
    return root


def test_valid_content_exits_0(capsys):
    assert main(["validate", str(FIXTURES)]) == 0
    out = capsys.readouterr().out
    assert "3 of 3 packs valid, 0 errors" in out


def test_broken_packs_exit_1_and_name_each_problem_with_its_place(tmp_path, capsys):
    root = make_broken_content(tmp_path / "content")
    assert main(["validate", str(root)]) == 1
    out = capsys.readouterr().out
    assert f"{root}/syntax/pack.yaml:5:" in out and "YAML syntax error" in out
    assert f"{root}/wrongtype/pack.yaml:15:5: sources[0].issued: expected a whole number" in out
    assert f"{root}/noimage/pack.yaml:7:9: cover.src: image file 'missing.jpg' does not" in out
    assert "0 of 3 packs valid" in out


def test_json_report_lists_packs_panels_sources_and_located_errors(tmp_path, capsys):
    root = make_broken_content(tmp_path / "content")
    (root / "unreadable").mkdir()
    assert main(["validate", "--json", str(FIXTURES), str(root)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False
    by_id = {pack["id"]: pack for pack in report["packs"]}
    alpha = by_id["alpha"]
    assert alpha["ok"] and alpha["title"] == "Alpha pack"
    assert alpha["sources"] == ["service2004", "wp-stalinism"]
    assert alpha["panels"][0] == {
        "id": "first",
        "kind": "text",
        "title": "First panel",
        "sources": ["service2004", "wp-stalinism"],
    }
    [error] = by_id["noimage"]["errors"]
    assert {"file", "line", "column", "message"} <= error.keys()
    assert error["line"] == 7
    assert "no pack.yaml" in by_id["unreadable"]["errors"][0]["message"]


def test_missing_path_is_a_usage_error(capsys):
    assert main(["validate", "/no/such/folder"]) == 2
    assert "no such folder" in capsys.readouterr().err


def test_counts_are_singular_for_one(tmp_path, capsys):
    root = make_broken_content(tmp_path / "content")
    assert main(["validate", str(root / "noimage")]) == 1
    assert capsys.readouterr().out.endswith("0 of 1 packs valid, 1 error\n")
    assert main(["validate", str(FIXTURES / "beta")]) == 0
    out = capsys.readouterr().out
    assert ": 1 panel, 1 source, 0 warnings\n" in out, out
    assert out.endswith("1 of 1 packs valid, 0 errors\n")


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("pack.yaml", "not a file; give the folder the pack.yaml is in"),
        ("exhibit.yaml", "not a file; give the content folder"),
        ("notes.txt", "this is a file"),
    ],
)
def test_a_file_that_is_not_a_zip_says_what_is_expected(tmp_path, capsys, name, words):
    target = tmp_path / name
    target.write_text("format: 1\n", encoding="utf-8")
    assert main(["validate", str(target)]) == 1
    out, err = capsys.readouterr()
    assert "no such folder" not in out + err
    assert f"{target}: expected a content folder, a pack folder or a .zip of a pack" in out
    assert words in out


def test_no_arguments_is_a_usage_error():
    with pytest.raises(SystemExit) as exit_info:
        main(["validate"])
    assert exit_info.value.code == 2


def test_garbage_input_never_prints_a_traceback(tmp_path):
    pack = tmp_path / "junk"
    pack.mkdir()
    (pack / "pack.yaml").write_bytes(os.urandom(4096))
    completed = subprocess.run(
        [sys.executable, "-m", "kiosk", "validate", str(pack)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert completed.returncode == 1
    assert "Traceback" not in completed.stdout + completed.stderr
    assert f"{pack}/pack.yaml" in completed.stdout


def test_help_lists_every_command_and_each_command_its_own_options(capsys):
    """The kiosk builds only the subcommand it runs (a faster start); help still shows all."""
    import pytest

    from kiosk.cli import _COMMANDS, main

    with pytest.raises(SystemExit):
        main(["--help"])
    listed = capsys.readouterr().out
    assert all(name in listed for name in _COMMANDS)
    with pytest.raises(SystemExit):
        main(["run", "--help"])
    assert "--windowed" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["screenshot", "--help"])
    assert "--contrast" in capsys.readouterr().out
