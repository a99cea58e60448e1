"""Dates are found with exact offsets, at the precision the text supports, resolved against the article."""

from __future__ import annotations

import time
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.dates import PartialDate
from kg.extract.temporal import DateMention, find_dates

FRI = PartialDate(2018, 2, 16)  # a Friday
OCT = PartialDate(2017, 10)
Y2017 = PartialDate(2017)


def dates(source: str, reference: PartialDate | None = None, offset: int = 0) -> list[DateMention]:
    """``find_dates`` with its span contract checked on every mention."""
    found = find_dates(source, reference, offset)
    for mention in found:
        assert source[mention.start - offset:mention.end - offset] == mention.text
        assert mention.start < mention.end
    return found


def only(source: str, reference: PartialDate | None = None) -> DateMention:
    found = dates(source, reference)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("source", "span", "iso", "precision"),
    [
        ("La plainte a été déposée le mardi 29 février 2016 à Paris.", "mardi 29 février 2016",
         "2016-02-29", "day"),
        ("Le rapport est paru le 1er mars 2019.", "1er mars 2019", "2019-03-01", "day"),
        ("Le vote aura lieu le premier juin 2022.", "premier juin 2022", "2022-06-01", "day"),
        ("Il a été arrêté le 16 fevrier 2018 à Moscou.", "16 fevrier 2018", "2018-02-16", "day"),
        ("Signé le 15 août 2017, l'accord est caduc.", "15 août 2017", "2017-08-15", "day"),
        ("Signé le 15 aout 2017, l'accord est caduc.", "15 aout 2017", "2017-08-15", "day"),
        ("Le 31 décembre 2019, Moscou a répondu.", "31 décembre 2019", "2019-12-31", "day"),
        ("Le document porte la date du 05/03/2018.", "05/03/2018", "2018-03-05", "day"),
        ("Publié le 2018-02-16 sur le site.", "2018-02-16", "2018-02-16", "day"),
        ("Les faits remontent à octobre 2017.", "octobre 2017", "2017-10", "month"),
        ("En novembre 2016, la plateforme a réagi.", "novembre 2016", "2016-11", "month"),
        ("Il a démissionné fin décembre 2016.", "fin décembre 2016", "2016-12", "month"),
        ("Début 2018, Facebook a changé ses règles.", "Début 2018", "2018", "year"),
        ("La loi entrera en vigueur mi-2019.", "mi-2019", "2019", "year"),
        ("En 2015, la chaîne a ouvert un bureau.", "2015", "2015", "year"),
        ("Il vit à Londres depuis 2014.", "2014", "2014", "year"),
        ("Les annonces ont été achetées au printemps 2018.", "printemps 2018", "2018", "year"),
        ("La chaîne a été lancée dans l’année 2005.", "2005", "2005", "year"),
        ("Au début de 2018, rien.", "début de 2018", "2018", "year"),
    ],
)
def test_an_absolute_date_keeps_exactly_the_parts_written(
    source: str, span: str, iso: str, precision: str
) -> None:
    for reference in (None, FRI):
        mention = only(source, reference)
        assert (mention.text, mention.date.isoformat(), mention.date.precision) == (span, iso, precision)
        assert not mention.relative


def test_a_year_alone_has_the_bounds_of_the_whole_year() -> None:
    mention = only("En 2016, rien ne bougeait.")
    assert (mention.date.earliest, mention.date.latest) == (date(2016, 1, 1), date(2016, 12, 31))


def test_a_month_in_a_leap_year_ends_on_the_29th() -> None:
    assert only("En février 2020, la session a repris.").date.latest == date(2020, 2, 29)


@pytest.mark.parametrize(
    ("source", "span", "iso"),
    [
        ("Aujourd’hui, Donald Trump a répondu.", "Aujourd’hui", "2018-02-16"),
        ("Il a répondu aujourd'hui.", "aujourd'hui", "2018-02-16"),
        ("Ce jour, le ministère a confirmé.", "Ce jour", "2018-02-16"),
        ("Le ministre a parlé hier.", "hier", "2018-02-15"),
        ("Il a réagi hier soir sur Twitter.", "hier soir", "2018-02-15"),
        ("L'audience a eu lieu avant-hier.", "avant-hier", "2018-02-14"),
        ("Le verdict tombera demain.", "demain", "2018-02-17"),
        ("Le lendemain, la chaîne a répondu.", "Le lendemain", "2018-02-17"),
        ("La veille, rien n'avait filtré.", "La veille", "2018-02-15"),
        ("La publicité a été bloquée jeudi.", "jeudi", "2018-02-15"),
        ("Ce jeudi, Twitter a annoncé le blocage.", "Ce jeudi", "2018-02-15"),
        ("Jeudi dernier, la justice a tranché.", "Jeudi dernier", "2018-02-15"),
        ("Vendredi dernier, la justice a tranché.", "Vendredi dernier", "2018-02-09"),
        ("Le texte a été publié vendredi.", "vendredi", "2018-02-16"),
        ("Le procureur s'est exprimé mardi soir.", "mardi soir", "2018-02-13"),
        ("Le sénat votera lundi prochain.", "lundi prochain", "2018-02-19"),
        ("L'annonce a été faite le 3 mars.", "3 mars", "2018-03-03"),
        ("Il y a trois jours, RT a protesté.", "Il y a trois jours", "2018-02-13"),
        ("La semaine dernière, la chaîne a protesté.", "La semaine dernière", "2018-02"),
        ("Le mois dernier, la chaîne a protesté.", "Le mois dernier", "2018-01"),
        ("L'an dernier, la chaîne a protesté.", "L'an dernier", "2017"),
        ("L’année dernière, la chaîne a protesté.", "L’année dernière", "2017"),
        ("Cette année, la chaîne a protesté.", "Cette année", "2018"),
        ("Il y a deux ans, la chaîne a protesté.", "Il y a deux ans", "2016"),
        # a month without its year more than two months after the article's is last year's
        ("Le bureau a fermé en mai.", "mai", "2017-05"),
        ("Le bureau fermera en avril.", "avril", "2018-04"),
        ("Le scrutin du 14 décembre a été annulé.", "14 décembre", "2017-12-14"),
        ("Il y a 3 semaines, RT a protesté.", "Il y a 3 semaines", "2018-01"),
    ],
)
def test_a_relative_date_is_resolved_against_a_day_reference(source: str, span: str, iso: str) -> None:
    mention = only(source, FRI)
    assert (mention.text, mention.date.isoformat(), mention.relative) == (span, iso, True)


@pytest.mark.parametrize(
    ("source", "reference", "iso"),
    [
        ("Twitter a publié un communiqué jeudi.", OCT, "2017-10"),
        ("Ce jeudi, Twitter a annoncé le blocage.", OCT, "2017-10"),
        ("Le ministre a parlé hier.", OCT, "2017-10"),
        ("La semaine dernière, rien.", OCT, "2017-10"),
        ("Le mois dernier, rien.", OCT, "2017-09"),
        ("L'an dernier, rien.", OCT, "2016"),
        ("Jeudi dernier, rien.", Y2017, "2017"),
        ("Le ministre a parlé hier.", Y2017, "2017"),
        ("Le mois dernier, rien.", Y2017, "2017"),
        ("Le mois dernier, rien.", PartialDate(2018, 1), "2017-12"),
    ],
)
def test_a_coarse_reference_never_yields_an_invented_day(
    source: str, reference: PartialDate, iso: str
) -> None:
    mention = only(source, reference)
    assert mention.date.isoformat() == iso
    assert mention.date.precision != "day"


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        (PartialDate(2018, 2, 16), "2018-02"),  # 5-11 February
        (PartialDate(2018, 3, 5), "2018"),  # 26 February - 4 March
        (PartialDate(2018, 1, 3), "2017-12"),  # 25-31 December
        (PartialDate(2019, 1, 7), None),  # 31 December 2018 - 6 January 2019
    ],
)
def test_last_week_is_the_smallest_month_or_year_holding_the_whole_week(
    reference: PartialDate, expected: str | None
) -> None:
    found = dates("La semaine dernière, il a démissionné.", reference)
    assert [m.date.isoformat() for m in found] == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("reference", "iso"),
    [(PartialDate(2016, 3, 1), "2016-02-29"), (PartialDate(2017, 3, 1), "2017-02-28"),
     (PartialDate(2018, 1, 1), "2017-12-31")],
)
def test_yesterday_crosses_month_and_year_ends_and_knows_leap_years(reference: PartialDate, iso: str) -> None:
    assert only("Il a parlé hier.", reference).date.isoformat() == iso


@pytest.mark.parametrize(
    "source",
    ["Il a parlé hier.", "Jeudi dernier, rien.", "La semaine dernière, rien.", "L'annonce date du 3 mars.",
     "Il y a deux ans, rien.", "Aujourd’hui, rien.", "Le bureau a fermé en mai."],
)
def test_without_a_reference_a_relative_date_yields_nothing(source: str) -> None:
    assert dates(source, None) == []


@pytest.mark.parametrize(
    "source",
    [
        "Une amende de 2000 euros a été infligée.",
        "Une manifestation de 1500 personnes a eu lieu.",
        "Une hausse de 2016 % serait absurde.",
        "Il a obtenu 1823 voix au premier tour.",
        "Le 31 février 2018 n'existe pas.",
        "Le 29 février 2017 n'existe pas.",
        "Il se rend au club tous les jeudis.",
        "Ce jour-là, personne n'a parlé.",
        "La veille du scrutin, rien n'avait filtré.",
        "La planète Mars est loin.",
        "Le 45/13/2018 est un faux.",
        "La propagande des années 1990 revient.",
        "La hiérarchie du journal a changé.",
    ],
)
def test_things_that_are_not_dates_are_left_alone(source: str) -> None:
    assert dates(source, FRI) == []


@pytest.mark.parametrize(
    ("source", "modifier"),
    [
        ("Il conteste les résultats des élections américaines de 2016.", True),
        ("Il a évoqué l'élection présidentielle américaine de 2016.", True),
        ("Elle a perdu la présidentielle de 2017.", True),
        ("Il a dirigé la campagne de 2012.", True),
        ("Les victimes de l'attentat du 13 novembre 2015 ont témoigné.", True),
        ("En 2016, la chaîne a ouvert un bureau.", False),
        ("Il travaille pour RT depuis 2016.", False),
        ("Les élections ont eu lieu le 8 novembre 2016.", False),
    ],
)
def test_a_date_qualifying_a_noun_is_a_modifier(source: str, modifier: bool) -> None:
    assert only(source, FRI).modifier is modifier


def test_a_range_of_years_gives_both_years() -> None:
    found = dates("Il a travaillé pour RT de 2014 à 2017.")
    assert [(m.text, m.date.precision) for m in found] == [("2014", "year"), ("2017", "year")]


def test_offsets_are_added_and_mentions_come_in_text_order() -> None:
    source = "Hier, après les élections de 2016 et avant le vendredi 16 février 2018, rien."
    found = dates(source, FRI, offset=1000)
    assert [m.text for m in found] == ["Hier", "2016", "vendredi 16 février 2018"]
    assert found[0].start == 1000
    assert [m.modifier for m in found] == [False, True, False]


def test_seed_like_sentences_find_every_date() -> None:
    source = ("En 2016, Twitter avait indiqué que le média avait financé des tweets. Le 16 février 2018, "
              "il a retweeté les publications, puis jeudi dernier il a parlé des élections de 2016.")
    found = dates(source, PartialDate(2018, 2, 20))
    assert [(m.text, str(m.date), m.modifier) for m in found] == [
        ("2016", "2016", False), ("16 février 2018", "2018-02-16", False),
        ("jeudi dernier", "2018-02-15", False), ("2016", "2016", True)]


_WORDS = ["le", "la", "de", "du", "en", "depuis", "début", "fin", "mi-", "jeudi", "dernier", "ce", "hier",
          "demain", "semaine", "dernière", "mois", "l'an", "il y a", "deux", "jours", "ans", "1er", "16",
          "29", "31", "février", "fevrier", "août", "2016", "2018", "0000", "9999", "/", "-", ".", ",", "’",
          "élections", "présidentielle", "euros", "%", "\u00a0", "\u202f", "aujourd’hui", "veille",
          "prochain"]
_TEXT = st.one_of(st.text(max_size=200), st.lists(st.sampled_from(_WORDS), max_size=30).map(" ".join))
_REFERENCE = st.one_of(
    st.none(),
    st.dates().map(PartialDate.of),
    st.builds(PartialDate, st.integers(1, 9999), st.integers(1, 12)),
    st.builds(PartialDate, st.integers(1, 9999)),
)


@settings(database=None, max_examples=300, deadline=None)
@given(source=_TEXT, reference=_REFERENCE, offset=st.integers(0, 10**6))
def test_find_dates_never_raises_and_every_span_is_the_source_text(
    source: str, reference: PartialDate | None, offset: int
) -> None:
    found = dates(source, reference, offset)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    for mention in found:
        assert mention.date.earliest <= mention.date.latest


@pytest.mark.parametrize(
    "source", ["de 2016 à " * 10000, "jeudi " * 20000, "123 " * 20000, "en" + " " * 50000]
)
def test_long_repetitive_text_is_read_in_linear_time(source: str) -> None:
    begin = time.perf_counter()
    dates(source, FRI)
    assert time.perf_counter() - begin < 10


def test_a_relative_day_followed_by_an_article_is_still_a_date() -> None:
    """"a déclaré hier la ministre": "la" is an article, not "là"."""
    found = find_dates("a déclaré hier la ministre", PartialDate(2024, 10, 18))
    assert [(m.text, m.date) for m in found] == [("hier", PartialDate(2024, 10, 17))]


def test_the_story_year_completes_a_day_or_month_written_without_one() -> None:
    """Without the article's date, the year the story is in dates "le 3 décembre" and "en octobre";
    a weekday or "hier" still needs the article's own date."""
    found = find_dates("Le 3 décembre, puis en octobre, mardi et hier.", None, year=2024)
    assert [(m.text, m.date.isoformat()) for m in found] == [("3 décembre", "2024-12-03"),
                                                             ("octobre", "2024-10")]
    assert find_dates("Le 3 décembre, puis en octobre.", None) == []
    # the article's date wins over the story year
    assert [m.date.isoformat() for m in find_dates("le 3 décembre", PartialDate(2025, 12, 10), year=2024)] \
        == ["2025-12-03"]
