"""Chinese numerals and the figure record every finder returns.

Owns: reading ``三十五`` / ``两万`` as numbers, the ``Figure`` a finder returns (where it stands, its value, base unit
and approximation) and what each approximation word means (``约`` about, ``超`` over, ``不足`` under).
"""

from __future__ import annotations

from dataclasses import dataclass

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}


def chinese_to_number(s: str) -> float | None:
    """``三十五`` → 35, ``一百二十`` → 120, ``千`` → 1000, ``两万`` → 20000; None if not a numeral."""
    if not s:
        return None
    total, section, digit = 0.0, 0.0, None
    for ch in s:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            section += (digit if digit is not None else 1) * _CN_UNITS[ch]
            digit = None
        elif ch in ("万", "亿"):
            section += digit or 0
            total = (total + section) * (1e4 if ch == "万" else 1e8)
            section, digit = 0.0, None
        else:
            return None
    return total + section + (digit or 0)


APPROX_WORDS = {
    "约": "about", "近": "about", "将近": "about", "接近": "about", "左右": "about", "上下": "about",
    "超过": "over", "超": "over", "突破": "over", "逾": "over", "多": "over", "余": "over", "以上": "over",
    "高达": "exact", "不到": "under", "不足": "under", "以内": "under", "以下": "under",
    "不超过": "under", "不高于": "under", "不低于": "over", "不少于": "over",
}


@dataclass
class Figure:
    start: int
    end: int
    value: float
    unit: str
    approx: str
    kind: str = "amount"  # amount | rank | ratio | structure
    raw: str = ""
    chinese: bool = False
