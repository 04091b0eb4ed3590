"""Dates in posts, normalised to ISO 8601.

A date alone becomes ``YYYY-MM-DD``; a date with a time keeps it, with its UTC offset when the
input gives one (``2017-11-03T09:15:00+00:00``). Understood: ISO 8601 and W3C dates, RFC 822
dates of RSS and e-mail, Unix timestamps, and written dates such as "November 3, 2017",
"3 Nov 2017", "Friday, 3rd of November 2017". Ambiguous numeric dates (03/11/2017) are not
guessed at.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

__all__ = ["find_date", "from_timestamp", "parse_date"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|2[01])\d\d)"

# Each finds one date in running text; \b keeps "May" inside a word from matching.
_TEXT_DATES = (
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_WEEKDAY}{_DAY}(?:\s+of)?\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
)
_ISO = re.compile(
    r"\b(?P<year>(?:1[89]|2[01])\d\d)(?P<sep>[-/.])(?P<month>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)"
    r"(?:[T ](?P<hour>[0-2]\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-6]\d)(?:[.,]\d+)?)?"
    r"\s*(?P<tz>Z|UTC|GMT|[+-][01]\d(?::?[0-5]\d)?)?)?(?![\d])",
    re.IGNORECASE,
)
_ISO_BASIC = re.compile(r"(?P<year>(?:1[89]|2[01])\d\d)(?P<month>[01]\d)(?P<day>[0-3]\d)")


def _day(year: str, month: str, day: str) -> date | None:
    try:
        m = int(month) if month.isdigit() else _MONTHS[month[:3].lower()]
        return date(int(year), m, int(day))
    except (ValueError, KeyError):
        return None


def _iso_from_match(m: re.Match[str]) -> str | None:
    day = _day(m["year"], m["month"], m["day"])
    if day is None:
        return None
    if not m["hour"]:
        return day.isoformat()
    try:
        moment = datetime(
            day.year, day.month, day.day, int(m["hour"]), int(m["minute"]),
            min(int(m["second"] or 0), 59),
        )
    except ValueError:
        return day.isoformat()
    tz = (m["tz"] or "").upper()
    if tz in ("Z", "UTC", "GMT"):
        moment = moment.replace(tzinfo=UTC)
    elif tz:
        digits = tz[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
        moment = moment.replace(tzinfo=timezone(-offset if tz[0] == "-" else offset))
    return moment.isoformat(timespec="seconds")


def from_timestamp(value: float) -> str | None:
    """A Unix timestamp (seconds, or milliseconds when it is that large) as a UTC datetime."""
    if value > 1e11:
        value /= 1000
    try:
        return datetime.fromtimestamp(value, UTC).isoformat(timespec="seconds")
    except (OverflowError, OSError, ValueError):
        return None


def parse_date(value: str | None) -> str | None:
    """A date string in any supported form as ISO 8601, or None when it holds no date."""
    if not value:
        return None
    text = " ".join(str(value).split())
    if not text:
        return None
    m = _ISO.match(text)
    if m and (iso := _iso_from_match(m)):
        return iso
    if _ISO_BASIC.fullmatch(text) and (day := _day(text[:4], text[4:6], text[6:8])):
        return day.isoformat()
    if re.fullmatch(r"\d{9,13}(\.\d+)?", text):
        return from_timestamp(float(text))
    if re.search(r"\d\d:\d\d", text):
        # RFC 822 ("Fri, 03 Nov 2017 09:15:00 +0000"), as in RSS and e-mail.
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            moment = None
        if moment is not None:
            return moment.isoformat(timespec="seconds")
    found = find_date(text)
    return found[0] if found else None


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first date written in ``text``: its ISO form and where it stands (start, end)."""
    best: tuple[str, int, int] | None = None
    for pattern in (_ISO, *_TEXT_DATES):
        for m in pattern.finditer(text):
            if pattern is _ISO:
                iso = _iso_from_match(m)
            else:
                day = _day(m["year"], m["month"], m["day"])
                iso = day.isoformat() if day else None
            if iso and (best is None or m.start() < best[1]):
                best = (iso, m.start(), m.end())
            if iso:
                break
    return best
