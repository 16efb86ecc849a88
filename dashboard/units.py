"""How a number and its unit are written on screen, in one place for every page and chart.

Owns: choosing one scale for a set of values the way the articles write them (万 / 亿 in Chinese,
thousand / million / billion in English), the unit's English name, and the text of one value.
``85200 吨`` reads ``8.52 万吨``; ``3.2e9 元`` reads ``32 亿元`` or ``3.2 bn yuan``. Rates and
ranks keep their own unit.
"""

from __future__ import annotations

from collections.abc import Iterable

# units that are never scaled (a rate, a rank, a ratio)
_KEEP = {"%", "百分点", "‰", "位", "名", ""}
# a unit's English name; a unit not listed is shown as the article wrote it
_EN = {
    "元": "yuan", "吨": "t", "人": "people", "人次": "visits", "个": "", "项": "", "家": "firms", "户": "households",
    "亩": "mu", "公里": "km", "平方公里": "km²", "立方米": "m³", "千瓦": "kW", "千瓦时": "kWh", "百分点": "pp",
    "位": "(rank)", "名": "(rank)", "次": "times", "场次": "sessions", "场": "events", "件": "items", "座": "",
    "批": "batches", "支": "", "种": "kinds", "条": "", "间": "rooms", "辆": "vehicles", "床": "beds", "所": "",
}
_ZH_STEPS = ((1e8, "亿"), (1e4, "万"))
_EN_STEPS = ((1e9, "bn"), (1e6, "m"), (1e3, "k"))


def unit_name(unit: str, lang: str) -> str:
    """The unit as a reader of ``lang`` writes it (``元`` → ``yuan`` in English)."""
    unit = unit or ""
    if lang == "zh":
        return unit
    return _EN.get(unit, unit)


def scale_for(values: Iterable[float], unit: str, lang: str = "zh") -> tuple[float, str]:
    """One divisor and unit text for a set of values (an axis, a table column): the largest step the
    biggest value reaches. ``([85200], "吨")`` → ``(1e4, "万吨")``; in English ``(1e3, "k t")``."""
    unit = unit or ""
    vals = [abs(float(v)) for v in values if v == v]  # NaN is not a value
    top = max(vals, default=0.0)
    if unit in _KEEP or top == 0:
        return 1.0, unit_name(unit, lang)
    for div, word in _ZH_STEPS if lang == "zh" else _EN_STEPS:
        if top >= div:
            if lang == "zh":
                return div, word + unit
            name = unit_name(unit, lang)
            return div, f"{word} {name}".strip()
    return 1.0, unit_name(unit, lang)


def number_text(value: float, digits: int = 4) -> str:
    """``8.52``, ``1,234``, ``0.35``: at most ``digits`` significant digits, thousands separated."""
    if value != value:
        return ""
    if abs(value) >= 10 ** digits:
        return f"{value:,.0f}"
    text = f"{value:.{digits}g}"
    if "e" in text:
        text = f"{value:,.0f}"
    return text


def value_text(value: float, unit: str, lang: str = "zh") -> str:
    """One value with its unit, scaled on its own: ``8.52 万吨``, ``3.2 bn yuan``, ``6.5%``."""
    div, shown = scale_for([value], unit, lang)
    num = number_text(value / div)
    if shown in ("%", "‰"):
        return num + shown
    return f"{num} {shown}".strip()
