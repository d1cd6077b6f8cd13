"""The list models QML binds to pass Qt's model checks and carry localized, rendered rows."""

from __future__ import annotations

import pytest

from kiosk.ui.kiosk_view_model import KioskViewModel


@pytest.fixture(autouse=True)
def application(qapp):
    """The view model owns timers (idle reset), which need the application, as in the kiosk;
    without it these tests passed only after another test had created one."""
    return qapp


@pytest.fixture
def view_model(library):
    """Requested before qtmodeltester, so it outlives the tester's signal connections."""
    return KioskViewModel(library)


def test_models_pass_qtmodeltester(view_model, qtmodeltester):
    vm = view_model
    vm.openPack(1)
    vm.goToPanel(0)
    for model in (vm.packs, vm.panels, vm.sources):
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)


def test_pack_rows_follow_exhibit_order_and_language(library):
    vm = KioskViewModel(library)
    assert [row.pack_id for row in vm.packs.rows()] == ["beta", "alpha", "gamma"]
    vm.setLanguage("ru")
    assert vm.packs.rows()[1].title == "Пакет альфа"
    assert vm.exhibitTitle == "Test exhibit"  # no Russian title: falls back to English


def test_panel_rows_render_body_timeline_and_sources(library):
    vm = KioskViewModel(library)
    vm.openPack(1)
    first, timeline, _ = vm.panels.rows()
    assert "Politburo" in first.body_html and 'href="cite:service2004"' in first.body_html
    assert first.image_url == "image://pack/alpha/cover.png"
    assert first.image_credit == "Original artwork · CC0 1.0"
    assert [e["date"] for e in timeline.events] == ["21 January 1924", "December 1927", "1929"]
    vm.goToPanel(0)
    assert [row.number for row in vm.sources.rows()] == [1, 2]


def test_navigation_is_clamped_and_links_open_sources_or_definitions(library):
    vm = KioskViewModel(library)
    vm.next()
    assert vm.screen == "home"  # no pack open: nothing to move to
    vm.openPack(1)
    vm.goToPanel(99)
    assert vm.panelIndex == 2
    vm.goToPanel(0)
    vm.activateLink("cite:wp-stalinism")
    assert vm.sourcesOpen and vm.highlightedSource == "wp-stalinism"
    assert [r.highlighted for r in vm.sources.rows()] == [False, True]
    vm.closeSources()
    vm.activateLink("term:politburo")
    assert vm.glossaryOpen and vm.glossaryTerm == "Politburo"
    vm.activateLink("https://example.com")  # the kiosk never opens links
    vm.goHome()
    assert vm.screen == "home" and not vm.glossaryOpen


def test_sources_follow_content_that_changed_under_the_open_panel(library, content_dir):
    """Source rows are kept per panel while a pack is shown (Next and Back reuse them); a
    curator's edit that reaches the screen must still show in the sheet, not a kept row."""
    vm = KioskViewModel(library)
    vm.openPack(1)
    vm.goToPanel(0)
    assert "Stalin: A Biography" in vm.sources.rows()[0].citation
    vm.goToPanel(1)
    vm.goToPanel(0)  # from the kept rows
    assert "Stalin: A Biography" in vm.sources.rows()[0].citation
    pack_file = content_dir / "alpha" / "pack.yaml"
    text = pack_file.read_text(encoding="utf-8")
    pack_file.write_text(text.replace("Stalin: A Biography", "Stalin: A New Life"), "utf-8")
    library.stage(library.load())
    vm.apply_content_now()  # a preview keeps the visitor's place
    assert vm.panelIndex == 0
    assert "Stalin: A New Life" in vm.sources.rows()[0].citation


def test_role_numbers_written_out_are_qts_own():
    """row_model writes Qt::DisplayRole and Qt::UserRole as numbers (naming them would build
    PySide's whole ``Qt`` namespace during start-up); they must stay Qt's values."""
    from PySide6.QtCore import Qt

    from kiosk.ui.row_model import DISPLAY_ROLE, FIRST_ROLE

    assert int(Qt.ItemDataRole.DisplayRole) == DISPLAY_ROLE
    assert int(Qt.ItemDataRole.UserRole) + 1 == FIRST_ROLE
