"""Partial dates keep their precision and always have both bounds."""

from __future__ import annotations

from datetime import date

import pytest
from rdflib.namespace import XSD

from kg.dates import PartialDate


@pytest.mark.parametrize(
    ("text", "datatype", "earliest", "latest"),
    [
        ("2018-02-16", XSD.date, date(2018, 2, 16), date(2018, 2, 16)),
        ("2017-10", XSD.gYearMonth, date(2017, 10, 1), date(2017, 10, 31)),
        ("2016-02", XSD.gYearMonth, date(2016, 2, 1), date(2016, 2, 29)),
        ("2016", XSD.gYear, date(2016, 1, 1), date(2016, 12, 31)),
    ],
)
def test_a_date_is_typed_at_its_precision_with_its_bounds(
    text: str, datatype: str, earliest: date, latest: date
) -> None:
    parsed = PartialDate.parse(text)
    assert parsed.literal().datatype == datatype
    assert str(parsed.literal()) == text
    assert (parsed.earliest, parsed.latest) == (earliest, latest)


@pytest.mark.parametrize("text", ["2017-13", "2017-02-30", "17-10", "2017/10", "octobre 2017", ""])
def test_an_invalid_date_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        PartialDate.parse(text)
