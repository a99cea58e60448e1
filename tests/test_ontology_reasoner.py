"""HermiT on the real ontology: consistent, every class satisfiable, classified; contradictions and
a missing Java are reported, never swallowed."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InconsistentOntologyError, ReasonerUnavailableError
from kg.ontology import Classification, classify_ontology, format_classification
from tests.conftest import REPO

TTL = REPO / "ontology" / "newskg.ttl"
PREFIXES = """
@prefix nkg: <https://w3id.org/newskg/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""

def _ontology_with(tmp_path: Path, extra: str) -> Path:
    path = tmp_path / "newskg.ttl"
    path.write_text(TTL.read_text(encoding="utf-8") + PREFIXES + extra, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def classified() -> Classification:
    """HermiT's verdict on the real ontology (about 2 s: computed once for the module)."""
    return classify_ontology(TTL)


def test_the_ontology_is_consistent_and_every_class_satisfiable(classified: Classification) -> None:
    assert classified.ok and classified.unsatisfiable == ()
    assert classified.classes >= 15


@pytest.mark.parametrize(("cls", "superclass"), [
    ("nkg:Person", "nkg:Actor"), ("nkg:Person", "prov:Agent"), ("nkg:MediaOutlet", "nkg:Actor"),
    ("nkg:Company", "schema:Organization"), ("nkg:Statement", "sem:Event"),
    ("nkg:Indictment", "sem:Event"),
])
def test_hermit_classifies_each_class_under_its_superclasses(
    classified: Classification, cls: str, superclass: str
) -> None:
    assert superclass in classified.superclasses[cls]


def test_disjoint_classes_are_not_classified_under_each_other(classified: Classification) -> None:
    supers = classified.superclasses
    assert "nkg:Organisation" not in supers["nkg:Person"]
    assert "nkg:Actor" not in supers["nkg:Statement"]


def test_the_summary_says_consistent_and_names_what_hermit_ignores(classified: Classification) -> None:
    text = format_classification(classified)
    assert "consistent" in text and "xsd:gYearMonth" in text


def test_an_individual_in_two_disjoint_classes_makes_the_ontology_inconsistent(tmp_path: Path) -> None:
    path = _ontology_with(tmp_path, "nkg:Realised a nkg:Person , nkg:Organisation .\n")
    with pytest.raises(InconsistentOntologyError, match="inconsistent"):
        classify_ontology(path)


def test_a_class_under_two_disjoint_classes_is_reported_unsatisfiable(tmp_path: Path) -> None:
    path = _ontology_with(tmp_path, "<https://example.org/Cyborg> a owl:Class ; "
                                    "rdfs:subClassOf nkg:Person , nkg:Organisation .\n")
    result = classify_ontology(path)
    assert not result.ok
    assert result.unsatisfiable == ("https://example.org/Cyborg",)
    assert "unsatisfiable: https://example.org/Cyborg" in format_classification(result)


def test_a_subsumption_that_only_axioms_imply_is_listed_as_inferred(tmp_path: Path) -> None:
    # a class defined as "an actor that speaks" is an actor; HermiT infers what was not asserted
    path = _ontology_with(tmp_path, """
        <https://example.org/Speaker> a owl:Class ;
            owl:equivalentClass [ a owl:Restriction ; owl:onProperty nkg:said ;
                                  owl:someValuesFrom nkg:Statement ] .""")
    assert ("https://example.org/Speaker", "nkg:Actor") in classify_ontology(path).inferred


def test_missing_java_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ReasonerUnavailableError, match="Java"):
        classify_ontology(TTL)
