"""Finding quoted spans: guillemets, nesting, unclosed quotes, scare quotes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.extract.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("Il a dit « nous irons jusqu'au bout » hier.", ["nous irons jusqu'au bout"]),
        ("« La “vérité” finira par sortir, croyez-moi », dit-elle.",
         ["La “vérité” finira par sortir, croyez-moi"]),
        ("Elle a parlé d'une «ingérence étrangère» inacceptable.", []),
        ("Il a répondu : “Nous ne commenterons pas cette affaire.”",
         ["Nous ne commenterons pas cette affaire."]),
        ("Le texte dit « aucun contrat n'a été signé avec eux\n\nParagraphe suivant.",
         ["aucun contrat n'a été signé avec eux"]),
        ("« Un. » puis « deux trois quatre cinq six ».", ["deux trois quatre cinq six"]),
    ],
)
def test_quotes_of_four_words_or_more_are_found_with_their_inner_words(text: str, inner: list[str]) -> None:
    assert [q.inner(text) for q in find_quotes(text)] == inner


@given(st.text(alphabet=st.sampled_from(list("ab «»“”\"\n.,"))))
def test_every_quote_lies_inside_the_text(text: str) -> None:
    for quote in find_quotes(text, min_words=1):
        assert 0 <= quote.start < quote.inner_start <= quote.inner_end <= quote.end <= len(text)
