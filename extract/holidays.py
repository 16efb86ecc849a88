"""The months a public holiday fell in, year by year: ``2024年春节假期`` was February 2024, ``2023年“五一”假期``
ran from April into May, ``2020年“五一”假期`` was May alone.

Owns reading the official holiday days (the ``chinesecalendar`` package's data, which covers 2004 to the year
it was last released for) for the holidays a text names; a year outside that data takes the months the holiday
usually falls in.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from chinese_calendar import Holiday, get_holiday_detail

HOLIDAYS = {
    "元旦": Holiday.new_years_day, "春节": Holiday.spring_festival, "清明": Holiday.tomb_sweeping_day,
    "五一": Holiday.labour_day, "劳动节": Holiday.labour_day, "端午": Holiday.dragon_boat_festival,
    "中秋": Holiday.mid_autumn_festival, "国庆": Holiday.national_day,
}
_USUAL = {"元旦": (1, 1), "春节": (1, 2), "清明": (4, 4), "五一": (4, 5), "劳动节": (4, 5), "端午": (5, 6),
          "中秋": (9, 10), "国庆": (10, 10)}


@lru_cache(maxsize=256)
def holiday_months(name: str, year: int) -> tuple[int, int]:
    """The first and last month of the days off a holiday (``春节``, ``五一``…) gave in a year; New Year's Day
    is read within January (its days off may open in the December before)."""
    festival = HOLIDAYS[name].value
    day, last = dt.date(year, 1, 1), dt.date(year, 1, 31) if name == "元旦" else dt.date(year, 12, 31)
    months = []
    try:
        while day <= last:
            on, what = get_holiday_detail(day)
            if on and what == festival:
                months.append(day.month)
            day += dt.timedelta(days=1)
    except NotImplementedError:  # a year the package has no data for
        return _USUAL[name]
    return (months[0], months[-1]) if months else _USUAL[name]
