"""Sentence boundaries set before parsing (:mod:`kg.extract.nlp`)."""

from __future__ import annotations

import pytest

from kg.extract.nlp import french


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in french()(text).sents]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Elle a payé des messages sur X. Le parquet enquête.",
                 ["Elle a payé des messages sur X.", "Le parquet enquête."], id="a-one-letter-name-ends-it"),
    pytest.param("Selon John F. Kennedy, le parquet enquête.", ["Selon John F. Kennedy, le parquet enquête."],
                 id="an-initial-does-not"),
    pytest.param("Le parquet affirme que M. Novak a menti.", ["Le parquet affirme que M. Novak a menti."],
                 id="monsieur-does-not"),
    pytest.param("Titre sans point\nLe parquet enquête, a-t-il dit : il agit.",
                 ["Titre sans point", "Le parquet enquête, a-t-il dit : il agit."],
                 id="a-line-break-does-a-colon-does-not"),
    pytest.param("Pour elle, « le marché est florissant ». « Tout s'achète », a-t-elle ajouté.",
                 ["Pour elle, « le marché est florissant ».", "« Tout s'achète », a-t-elle ajouté."],
                 id="a-quote-opening-after-a-closed-one-and-a-full-stop"),
    pytest.param("Elle a payé des messages sur X.", ["Elle a payé des messages sur X."],
                 id="x-ending-the-text"),
])
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected
