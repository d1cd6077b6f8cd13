"""The headline figures (plain numbers, the keys CI checks) and the printed table."""

from __future__ import annotations

from typing import Any

TARGETS = {
    "cold_start_ratio": (1.5, "within 1.5x of a bare QML window"),
    "touch_to_frame_p95_ms_text": (17.0, "p95 under 17 ms"),
    "touch_to_frame_p95_ms_image": (33.0, "p95 under 33 ms"),
    "load_5000_panels_s": (2.0, "under 2 s"),
    "image_cold_ms": (250.0, "under 250 ms"),
    "image_cached_ms": (30.0, "under 30 ms"),
    "memory_growth_mb": (5.0, "under 5 MB"),
}


def _get(data: dict[str, Any], *keys: str) -> float:
    value: Any = data
    for key in keys:
        if not isinstance(value, dict) or key not in value:
            return float("nan")
        value = value[key]
    return float(value) if isinstance(value, int | float) else float("nan")


def headline(measures: dict[str, Any]) -> dict[str, Any]:
    """The seven figures of issue 8, each a plain number (NaN only if a measure was skipped).

    ``load_5000_panels_s`` is measured when 5,000 is among the sizes, else extrapolated from
    the largest size measured (``load_5000_panels_estimated`` says which).
    """
    panels = measures.get("scaling", {}).get("panels", {})
    sizes = sorted(int(size) for size in panels)
    estimated = bool(sizes) and 5000 not in sizes
    if "5000" in panels:
        load_5000 = panels["5000"]["s"]
    elif sizes:
        load_5000 = round(panels[str(sizes[-1])]["us_per_panel"] * 5000 / 1e6, 3)
    else:
        load_5000 = float("nan")
    return {
        "cold_start_ratio": _get(measures, "cold_start", "ratio_median"),
        "cold_start_ms": _get(measures, "cold_start", "kiosk", "median_ms"),
        "cold_start_bare_ms": _get(measures, "cold_start", "bare", "median_ms"),
        "cold_start_home_complete_ratio": _get(
            measures, "cold_start", "home_complete_ratio_median"
        ),
        "cold_start_home_complete_ms": _get(
            measures, "cold_start", "kiosk_home_complete", "median_ms"
        ),
        "touch_to_frame_p95_ms_text": _get(measures, "touch", "text_p95_ms"),
        "touch_to_frame_p95_ms_image": _get(measures, "touch", "image_p95_ms"),
        "touch_to_frame_p95_ms_bare": _get(measures, "touch", "bare", "p95_ms"),
        "touch_to_frame_p95_ms_text_back_to_back": _get(
            measures, "touch", "text_p95_back_to_back_ms"
        ),
        # The same taps with the offscreen platform's 5 ms wait before each frame left in.
        "touch_to_frame_p95_ms_text_platform_timer": _get(
            measures, "touch_platform_timer", "text_p95_ms"
        ),
        "touch_to_frame_p95_ms_image_platform_timer": _get(
            measures, "touch_platform_timer", "image_p95_ms"
        ),
        "touch_to_frame_p95_ms_bare_platform_timer": _get(
            measures, "touch_platform_timer", "bare", "p95_ms"
        ),
        "load_5000_panels_s": float(load_5000),
        "load_5000_panels_estimated": estimated,
        "image_cold_ms": _get(measures, "images", "cold", "median_ms"),
        "image_cached_ms": _get(measures, "images", "cached", "median_ms"),
        "image_pillow_baseline_ms": _get(measures, "images", "pillow_draft_resize", "median_ms"),
        "memory_growth_mb": _get(measures, "memory", "growth_mb"),
    }


def _row(name: str, value: str, baseline: str, ratio: str, target: str, verdict: str) -> str:
    return f"{name:<46} {value:>12} {baseline:>12} {ratio:>7}  {target:<34} {verdict}"


def _verdict(key: str, value: float) -> str:
    limit = TARGETS[key][0]
    if value != value:
        return "not measured"
    return "met" if value < limit or (key == "cold_start_ratio" and value <= limit) else "MISSED"


def _touch_rows(touch: dict[str, Any], note: str, judge: bool) -> list[str]:
    """Rows for one touch measure; only the headline one is judged against the targets."""
    bare = touch["bare"]
    rows = []
    for key, kind in (
        ("touch_to_frame_p95_ms_text", "text"),
        ("touch_to_frame_p95_ms_image", "image"),
    ):
        value = touch[f"{kind}_p95_ms"]
        rows.append(
            _row(
                f"touch to frame{note}, {kind} p95 (ms)",
                f"{value:.1f}",
                f"{bare['p95_ms']:.1f}",
                f"{value / bare['p95_ms']:.2f}",
                TARGETS[key][1] if judge else "",
                _verdict(key, value) if judge else "",
            )
        )
    rows.append(
        _row(
            f"touch to frame{note}, text median (ms)",
            f"{touch['text_median_ms']:.1f}",
            f"{bare['median_ms']:.1f}",
            "",
            "",
            "",
        )
    )
    back_to_back = touch.get("text_p95_back_to_back_ms", float("nan"))
    rows.append(_row("  text p95, taps back to back (ms)", f"{back_to_back:.1f}", "", "", "", ""))
    return rows


def table(results: dict[str, Any]) -> str:
    """A plain-text table: value, baseline, ratio, target and whether it is met."""
    m = results["measures"]
    lines = [_row("measure", "kiosk", "baseline", "ratio", "target", "")]
    lines.append("-" * len(lines[0]))
    cold = m.get("cold_start", {})
    if cold:
        lines.append(
            _row(
                "cold start, median (ms)",
                f"{cold['kiosk']['median_ms']:.0f}",
                f"{cold['bare']['median_ms']:.0f}",
                f"{cold['ratio_median']:.2f}",
                TARGETS["cold_start_ratio"][1],
                _verdict("cold_start_ratio", cold["ratio_median"]),
            )
        )
        whole = cold.get("kiosk_home_complete")
        if isinstance(whole, dict):
            lines.append(
                _row(
                    "  with the covers drawn (ms)",
                    f"{whole['median_ms']:.0f}",
                    f"{cold['bare']['median_ms']:.0f}",
                    f"{cold['home_complete_ratio_median']:.2f}",
                    "(one frame after the first)",
                    "",
                )
            )
        frozen = cold.get("frozen")
        shown = f"{frozen['median_ms']:.0f}" if isinstance(frozen, dict) else "n/a: " + str(frozen)
        ratio = f"{cold.get('frozen_ratio_median', float('nan')):.2f}"
        lines.append(_row("cold start, frozen bundle (ms)", shown, "", ratio, "", ""))
    for name, note in (("touch", ""), ("touch_platform_timer", " (5 ms timer)")):
        if m.get(name):
            lines.extend(_touch_rows(m[name], note, judge=name == "touch"))
    scaling = m.get("scaling", {})
    for size, row in scaling.get("panels", {}).items():
        lines.append(
            _row(
                f"load {size} panels (s; us/panel)",
                f"{row['s']:.3f}",
                f"{row['us_per_panel']:.0f} us",
                "",
                "",
                "",
            )
        )
    if scaling:
        value = results["load_5000_panels_s"]
        note = " (extrapolated)" if results["load_5000_panels_estimated"] else ""
        lines.append(
            _row(
                "load 5000 panels (s)" + note,
                f"{value:.3f}",
                "",
                "",
                TARGETS["load_5000_panels_s"][1],
                _verdict("load_5000_panels_s", value),
            )
        )
        for key in (k for k in scaling if k.startswith("start_with")):
            row = scaling[key]
            lines.append(
                _row(
                    f"start-up, {row['images']} images (ms; MB)",
                    f"{row['start_ms']:.0f}",
                    f"{row['rss_mb']:.0f} MB",
                    "",
                    "",
                    "",
                )
            )
    images = m.get("images", {})
    if images:
        base = images["pillow_draft_resize"]["median_ms"]
        for key, label, part in (
            ("image_cold_ms", "24 MP JPEG to screen, cold (ms)", "cold"),
            ("image_cached_ms", "24 MP JPEG to screen, cached (ms)", "cached"),
        ):
            value = images[part]["median_ms"]
            lines.append(
                _row(
                    label,
                    f"{value:.0f}",
                    f"{base:.0f}",
                    f"{value / base:.2f}",
                    TARGETS[key][1],
                    _verdict(key, value),
                )
            )
    memory = m.get("memory", {})
    if memory:
        lines.append(
            _row(
                f"memory growth, {memory['navigations']} navigations (MB)",
                f"{memory['growth_mb']:.1f}",
                f"{memory['rss_after_every_panel_mb']:.0f} MB",
                "",
                TARGETS["memory_growth_mb"][1],
                _verdict("memory_growth_mb", memory["growth_mb"]),
            )
        )
    return "\n".join(lines)
