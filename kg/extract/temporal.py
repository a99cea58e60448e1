"""Dates in French news text, at the precision the text supports, with exact character offsets.

Contract of ``find_dates(text, reference, offset)``:

* every mention satisfies ``text[m.start - offset:m.end - offset] == m.text`` and ``start < end``;
  mentions do not overlap and come in text order; the function never raises;
* absolute dates ("vendredi 16 février 2018", "1er mars 2019", "16/02/2018", "octobre 2017",
  "en 2016", "début 2018") carry exactly the parts written: a year alone stays a year;
* everything that needs the article's date ("hier", "jeudi dernier", "le 3 mars", "en mai", "la
  semaine dernière", "il y a deux ans") is resolved against ``reference`` and marked ``relative``;
  with no reference it yields nothing. A reference of month or year precision gives results at the
  reference's own precision for day-sized shifts (never an invented day); "le mois dernier" still
  moves a month reference, "l'an dernier" always moves the year; a month written without its year
  that would fall more than two months after the reference is the previous year's ("en novembre"
  in an article of February: news tells what happened);
* weeks cannot be a ``PartialDate``: "la semaine dernière" gives the smallest month or year holding
  the whole Monday-to-Sunday week (nothing if it straddles two years);
* ``modifier`` is set when the date follows "de/du/des/d'" after a noun such as "élections",
  "présidentielle", "campagne" (up to three words between): "les élections américaines de 2016".

Prepositions ("en", "le", "depuis") stay outside the span; "début", "fin", "mi-", a weekday and a
time of day ("mardi soir") are inside. The finder is regex only: dateparser fills missing parts from
a base date, so it is not used.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from kg.dates import PartialDate
from kg.extract import lexicon as lx


@dataclass(frozen=True)
class DateMention:
    """A date as written: its span, the date at the precision the text supports, how it was read."""

    start: int
    end: int
    text: str
    date: PartialDate
    relative: bool
    modifier: bool


# start, end, date, relative (offsets in the text searched); a None date blocks an invalid span
Found = tuple[int, int, PartialDate | None, bool]
Rule = Callable[[re.Match[str], str, PartialDate | None], list[Found]]

_I = re.IGNORECASE
_AP = lx.APOSTROPHE
_MONTH = lx.alternation(lx.MONTHS)
_WEEKDAY = lx.alternation(lx.WEEKDAYS)
_QUAL = lx.alternation(["debut", "fin", "mi", "courant"])
_OF = rf"(?:d(?:e\s+|{_AP}))"
_YEAR = r"(?:1\d{3}|2[01]\d{2})(?!\d)(?![,.]\d)"

_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/]|[.-]\d)")
_ISO = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")
_DAY = re.compile(rf"(?<![\w.,])(?:(?P<wd>{_WEEKDAY})\s+)?(?P<d>1er|1ᵉʳ|premier|\d{{1,2}})\s+"
                  rf"(?P<m>{_MONTH})(?![\w])(?:\s+(?P<y>\d{{4}})(?!\d))?", _I)
_MONTH_YEAR = re.compile(rf"(?<![\w])(?:(?P<q>{_QUAL})[\s-]+{_OF}?)?(?P<m>{_MONTH})\s+"
                         rf"(?P<y>\d{{4}})(?!\d)", _I)
_MONTH_ONLY = re.compile(rf"(?<![\w])(?:(?:en|depuis|d[èe]s|jusqu{_AP}en)\s+|mois\s+{_OF}|"
                         rf"(?:soir|matin|nuit|jour|apr[èe]s-midi|week-end)\s+{_OF}|"  # "un soir de janvier"
                         rf"(?P<q>{_QUAL})[\s-]+{_OF}?)(?P<m>{_MONTH})(?![\w])", _I)
_YEAR_ONLY = re.compile(rf"(?<![\w])(?:(?:en|depuis|d[èe]s|de|jusqu{_AP}en|avant|apr[èe]s|l{_AP}an|"
                        rf"l{_AP}ann[ée]e|ann[ée]e)\s+|(?P<q>{_QUAL}|printemps|[ée]t[ée]|automne)"
                        rf"[\s-]+{_OF}?)(?P<y>{_YEAR})", _I)
_RANGE = re.compile(rf"(?<![\w])(?:de|entre)\s+(?P<y1>{_YEAR})\s*(?:à|a|et|-)\s*(?P<y2>{_YEAR})", _I)
_RELATIVE = re.compile(rf"(?<![\w-]){lx.alternation(lx.RELATIVE)}(?![\w-])(?![\s-]+là(?![\w]))", _I)
_AGO = re.compile(rf"(?<![\w])il\s+y\s+a\s+(?P<n>\d+|{lx.WORD_NUMBER})\s+"
                  rf"(?P<u>{lx.alternation(lx.AGO_UNITS)})(?![\w])", _I)
_WEEKDAY_REL = re.compile(rf"(?<![\w])(?:ce\s+)?(?P<wd>{_WEEKDAY})(?![\w])(?:\s+(?P<dir>dernier|pass[ée]|"
                          rf"prochain)(?![\w]))?(?:\s+(?:matin|soir|apr[èe]s-midi)(?![\w]))?", _I)
_OF_SOMETHING = re.compile(rf"\s+(?:d(?:e|u|es)(?![\w])|d{_AP})", _I)
_NOT_A_YEAR = re.compile(rf"\s*(?:%|pour\s*cents?(?![\w])|{lx.CURRENCY}|{lx.MULTIPLIER})|\s+(?:à|et)\s+"
                         rf"\d[\d\s.,]{{0,20}}(?:%|{lx.CURRENCY}|{lx.MULTIPLIER})", _I)
_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w-]*)")
_MODIFIED = re.compile(rf"(?<![\w]){lx.alternation(lx.MODIFIED_NOUNS)}(?:\s+[^\W\d_][\w-]*){{0,3}}?"
                       rf"\s+(?:d(?:e|u|es)\s+|d{_AP}\s*)$", _I)


def _smallest(first: date, last: date) -> PartialDate | None:
    """The most precise ``PartialDate`` whose bounds hold ``first..last``; ``None`` across years."""
    if first == last:
        return PartialDate.of(first)
    if (first.year, first.month) == (last.year, last.month):
        return PartialDate(first.year, first.month)
    return PartialDate(first.year) if first.year == last.year else None


def _shift(ref: PartialDate, unit: str, n: int) -> PartialDate | None:
    """``ref`` moved by ``n`` units, never more precise than ``ref`` for days and weeks."""
    if unit == "year":
        return PartialDate(ref.year + n)
    if unit == "month" and ref.month is not None:
        year, month0 = divmod(ref.year * 12 + ref.month - 1 + n, 12)
        return PartialDate(year, month0 + 1)
    if ref.day is None:
        return ref
    day = ref.earliest
    if unit == "day":
        return PartialDate.of(day + timedelta(days=n))
    monday = day - timedelta(days=day.weekday()) + timedelta(weeks=n)
    return _smallest(monday, monday + timedelta(days=6))


def _numeric(m: re.Match[str], _: str, __: PartialDate | None) -> list[Found]:
    return [(m.start(), m.end(), PartialDate(int(m[4]), int(m[3]), int(m[1])), False)]


def _iso(m: re.Match[str], _: str, __: PartialDate | None) -> list[Found]:
    return [(m.start(), m.end(), PartialDate(int(m[1]), int(m[2]), int(m[3])), False)]


def _day(m: re.Match[str], _: str, ref: PartialDate | None) -> list[Found]:
    day = int(m["d"]) if m["d"].isdigit() else 1
    month = lx.MONTHS[lx.key(m["m"])]
    if m["y"]:
        return [(m.start(), m.end(), PartialDate(int(m["y"]), month, day), False)]
    return [] if ref is None else [(m.start(), m.end(), PartialDate(_year_of(ref, month), month, day), True)]


def _month_year(m: re.Match[str], _: str, __: PartialDate | None) -> list[Found]:
    return [(m.start(), m.end(), PartialDate(int(m["y"]), lx.MONTHS[lx.key(m["m"])]), False)]


def _month_only(m: re.Match[str], _: str, ref: PartialDate | None) -> list[Found]:
    start = m.start("q") if m["q"] else m.start("m")
    month = lx.MONTHS[lx.key(m["m"])]
    return [] if ref is None else [(start, m.end(), PartialDate(_year_of(ref, month), month), True)]


def _year_of(ref: PartialDate, month: int) -> int:
    """The year of a month written without one: the reference's, unless that month would be more
    than two months after it ("en novembre" in an article of February is last November's)."""
    return ref.year - 1 if ref.month is not None and month > ref.month + 2 else ref.year


def _is_year(text: str, end: int) -> bool:
    """False when the number ending at ``end`` is a quantity: "de 2000 euros", "de 1500 personnes"."""
    if _NOT_A_YEAR.match(text, end):
        return False
    word = _NEXT_WORD.match(text, end)
    return word is None or not lx.is_count_noun(word[1])


def _year(m: re.Match[str], text: str, _: PartialDate | None) -> list[Found]:
    if not _is_year(text, m.end()):
        return []
    return [(m.start("q") if m["q"] else m.start("y"), m.end(), PartialDate(int(m["y"])), False)]


def _range(m: re.Match[str], text: str, _: PartialDate | None) -> list[Found]:
    if not _is_year(text, m.end()):
        return []
    return [(m.start(g), m.end(g), PartialDate(int(m[g])), False) for g in ("y1", "y2")]


def _relative(m: re.Match[str], text: str, ref: PartialDate | None) -> list[Found]:
    phrase = lx.key(m[0])
    if phrase in ("le lendemain", "la veille") and _OF_SOMETHING.match(text, m.end()):
        return []  # "la veille du scrutin": relative to something else
    when = None if ref is None else _shift(ref, *lx.RELATIVE[phrase])
    return [] if when is None else [(m.start(), m.end(), when, True)]


def _ago(m: re.Match[str], _: str, ref: PartialDate | None) -> list[Found]:
    n = int(m["n"]) if m["n"].isdigit() else lx.words_value(m["n"])
    when = None if ref is None or n is None else _shift(ref, lx.AGO_UNITS[lx.key(m["u"])], -n)
    return [] if when is None else [(m.start(), m.end(), when, True)]


def _weekday(m: re.Match[str], _: str, ref: PartialDate | None) -> list[Found]:
    if ref is None:
        return []
    if ref.day is None:
        return [(m.start(), m.end(), ref, True)]
    day, wanted = ref.earliest, lx.WEEKDAYS[lx.key(m["wd"])]
    direction = lx.key(m["dir"] or "")
    if direction == "prochain":
        when = day + timedelta(days=(wanted - day.weekday()) % 7 or 7)
    else:
        back = (day.weekday() - wanted) % 7
        when = day - timedelta(days=7 if direction and back == 0 else back)
    return [(m.start(), m.end(), PartialDate.of(when), True)]


_RULES: tuple[tuple[re.Pattern[str], Rule], ...] = (
    (_NUMERIC, _numeric), (_ISO, _iso), (_DAY, _day), (_MONTH_YEAR, _month_year),
    (_MONTH_ONLY, _month_only), (_YEAR_ONLY, _year), (_RANGE, _range), (_RELATIVE, _relative),
    (_AGO, _ago), (_WEEKDAY_REL, _weekday),
)


def _is_modifier(text: str, start: int) -> bool:
    """True when the date at ``start`` qualifies a noun: "la présidentielle américaine de 2016"."""
    return _MODIFIED.search(text[max(0, start - 120):start]) is not None


def find_dates(text: str, reference: PartialDate | None, offset: int = 0, *,
               year: int | None = None) -> list[DateMention]:
    """Every date in ``text``; ``offset`` is added to the spans (the text's position in its source).

    Without a ``reference``, ``year`` (the year the story is in, when it told one) completes a day
    or a month written without its year ("le 3 décembre", "en octobre"); nothing else is read
    against it (a weekday or "hier" needs the article's own date).

    Overlapping readings are settled longest first ("vendredi 16 février 2018" beats "vendredi").
    """
    found: list[Found] = []
    for pattern, rule in _RULES:
        ref = reference
        if ref is None and year is not None and rule in (_day, _month_only):
            ref = PartialDate(year)
        for match in pattern.finditer(text):
            try:
                found.extend(rule(match, text, ref))
            except (ValueError, OverflowError):  # "31 février": no shorter reading inside either
                found.append((match.start(), match.end(), None, False))
    taken = lx.longest_disjoint(found, lambda f: (f[0], f[1]))
    return [DateMention(s + offset, e + offset, text[s:e], when, rel, _is_modifier(text, s))
            for s, e, when, rel in taken if when is not None]
