"""Investigations, indictments and the order the text states, from short French sentences."""

from __future__ import annotations

from tests.extraction import name, run


def test_an_indictment_names_its_defendants_and_count() -> None:
    extraction = run(
        "Le parquet fédéral a inculpé lundi sept personnes, dont l'homme d'affaires Viktor Balan "
        "et la consultante Irina Moldovan, pour ingérence électorale.", "2023-11-08")
    (indictment,) = extraction.indictments
    assert indictment.defendant_count == 7
    assert {name(extraction, d) for d in indictment.defendants} == {"Viktor Balan", "Irina Moldovan"}
    assert str(indictment.date) == "2023-11-06"


def test_an_indictment_of_a_counted_group_keeps_the_count() -> None:
    extraction = run("La justice a inculpé douze agents étrangers pour espionnage.", "2023-11-08")
    (indictment,) = extraction.indictments
    assert (indictment.defendants, indictment.defendant_count) == ([], 12)


def test_a_political_accusation_or_a_suspicion_is_no_indictment() -> None:
    extraction = run(
        "Le gouvernement a accusé mercredi la société Blue Delta d'avoir financé des comptes. "
        "Deux hommes sont soupçonnés d'avoir participé au réseau.", "2023-11-08")
    assert extraction.indictments == []


def test_an_investigation_led_by_a_named_prosecutor() -> None:
    extraction = run(
        "L'enquête menée par la procureure Anne Castel porte sur des virements suspects.", "2023-11-08")
    (investigation,) = extraction.investigations
    assert name(extraction, investigation.investigator) == "Anne Castel"


def test_an_indictment_belongs_to_the_one_investigation_of_its_article() -> None:
    extraction = run(
        "L'enquête menée par la procureure Anne Castel a abouti. Le parquet a inculpé jeudi "
        "l'homme d'affaires Viktor Balan.", "2023-11-08")
    (investigation,) = extraction.investigations
    (indictment,) = extraction.indictments
    assert indictment.investigation == investigation.key


def test_after_que_orders_the_indictment_before_the_statement() -> None:
    extraction = run(
        "Le parquet a inculpé l'homme d'affaires Viktor Balan. Irina Moldovan a déclaré que les "
        "accusations étaient absurdes. Les déclarations d'Irina Moldovan interviennent après que "
        "le parquet a inculpé Viktor Balan.", "2023-11-08")
    assert extraction.orders
    for order in extraction.orders:
        assert order.before in extraction.indictments
        assert order.after in extraction.statements
