"""Money amounts and counts in French text, with exact character offsets.

Contracts:

* every result satisfies ``text[r.start - offset:r.end - offset] == r.text`` and ``start < end``;
  results do not overlap and come in text order;
* an amount needs a currency (word, sign or ISO code, mapped by ``lexicon.CURRENCY_*`` tables):
  "228 000 euros", "228.000 €", "3 millions de dollars", "1,25 million de dollars", "3 M USD",
  "3 M$", "$3 million", "deux millions d'euros". Groups of thousands may be separated by a space, a
  NBSP, a narrow NBSP or a dot; the decimal mark is a comma (a dot only when not followed by exactly
  three digits). Percentages, years and dates are never amounts (they have no currency). In a money
  sentence (``money_context``), a sum after a coordination that leaves its currency unsaid ("... et
  près de 40 000 pour des spots") takes the currency of the amount before it;
* a count is a number (digits or words) followed by a plural noun, optionally through "millions de"
  or one adjective ("13 autres agents"): "1823 tweets", "treize Russes", "3 millions de personnes".
  Amounts, dates ("16 février", "en 2016"), units of time ("dix mois"), ordinals ("2e") and a bare
  "un"/"une" are not counts;
* ``approximate`` is set by a hedge in ``lexicon.APPROXIMATE`` ("environ", "quelque", "près de",
  and also bounds such as "plus de", "au moins"), and the hedge is part of the span. "la bagatelle
  de" is irony about an exact price: not approximate, not in the span.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from kg.extract import lexicon as lx
from kg.extract.currency_countries import BY_COUNTRY, BY_COUNTRY_DEFAULT, DOLLARS_BY_COUNTRY
from kg.extract.temporal import find_dates


@dataclass(frozen=True)
class Amount:
    """A sum of money: its span, its value in units of ``currency`` (ISO 4217), whether hedged."""

    start: int
    end: int
    text: str
    value: Decimal
    currency: str
    approximate: bool


@dataclass(frozen=True)
class Count:
    """A number of things: "1823 tweets" is ``value=1823, noun="tweets"``."""

    start: int
    end: int
    text: str
    value: int
    noun: str
    approximate: bool


_APPROX = rf"(?P<approx>(?i:(?<![\w]){lx.approx_pattern()}))?"
_NUMBER = rf"(?P<num>{lx.DIGIT_NUMBER}|(?i:{lx.WORD_NUMBER}))"
_OF = rf"(?i:de\s+|d{lx.APOSTROPHE}\s*)"
_HALF = r"(?P<half>\s+(?i:et\s+demie?))?"  # "un million et demi de dollars"
_SUFFIXED = re.compile(rf"{_APPROX}{_NUMBER}(?:\s*(?P<scale>{lx.MULTIPLIER}){_HALF}(?:\s*{_OF})?)?\s*"
                       rf"(?P<cur>{lx.CURRENCY})")
_AMBIGUOUS = re.compile(rf"{_APPROX}{_NUMBER}(?:\s*(?P<scale>{lx.MULTIPLIER}){_HALF}(?:\s*{_OF})?)?\s*"
                        rf"(?P<cur>(?i:{lx.alternation(lx.AMBIGUOUS_CURRENCY_WORDS)}))(?![\w])")
_SIGNS = "|".join(re.escape(s) for s in sorted(lx.PREFIX_SIGNS, key=len, reverse=True))
_PREFIXED = re.compile(rf"{_APPROX}(?<![\w])(?P<cur>{_SIGNS})\s?(?P<num>{lx.DIGIT_NUMBER})"
                       rf"(?:\s*(?P<scale>{lx.MULTIPLIER}))?(?![\w])")
_ADJECTIVE = lx.alternation(lx.PRE_ADJECTIVES)
_COUNTED = re.compile(rf"{_APPROX}{_NUMBER}(?:\s+(?P<scale>(?i:{lx.alternation(lx.MULTIPLIERS)}))\s+{_OF}"
                      rf"|\s+(?:de\s+(?:ces|leurs|ses|nos|vos)\s+)?)(?P<adj>(?i:{_ADJECTIVE})\s+)?(?P<noun>[^\W\d_][\w-]*)")
_GROUPED = re.compile(rf"\d{{1,3}}(?:[{lx.GROUP_SPACES}.]\d{{3}})+(?:,\d+)?")
_INTEGER = re.compile(rf"\d{{1,3}}(?:[{lx.GROUP_SPACES}.]\d{{3}})+|\d+")


def french_number(text: str) -> int | None:
    """The integer written in digits ("1 823", "1823", "228.000") or French words ("quatre-vingt-dix").

    ``None`` for anything else, decimals included.
    """
    text = text.strip()
    if _INTEGER.fullmatch(text):
        digits = re.sub(r"\D", "", text)
        return int(digits) if len(digits) <= 4000 else None  # int() refuses over 4300 digits
    if not text or not re.fullmatch(r"[^\W\d_]+(?:[\s-]+[^\W\d_]+)*", text):
        return None
    return lx.words_value(text)


def _decimal(number: str) -> Decimal | None:
    """A number in digits or words as a ``Decimal``; "1,25" -> 1.25, "228 000" -> 228000."""
    if number[0].isdigit():
        if _GROUPED.fullmatch(number):
            return Decimal(re.sub(rf"[{lx.GROUP_SPACES}.]", "", number).replace(",", "."))
        return Decimal(number.replace(",", "."))
    words = lx.words_value(number)
    return None if words is None else Decimal(words)


def _scale(word: str | None) -> int:
    if not word:
        return 1
    return lx.MULTIPLIER_SIGNS.get(word) or lx.MULTIPLIERS[lx.key(word)]


def _value(number: Decimal, match: re.Match[str]) -> Decimal:
    """The number times its scale, plus half the scale after "et demi"."""
    scale = _scale(match["scale"])
    half = Decimal(scale) / 2 if match.groupdict().get("half") else Decimal(0)
    return number * scale + half


def _currency(sign: str) -> str:
    return (lx.CURRENCY_SIGNS.get(sign) or lx.CURRENCY_WORDS.get(lx.key(sign))
            or lx.AMBIGUOUS_CURRENCY_WORDS[lx.key(sign)])


def _scan(
    pattern: re.Pattern[str], text: str, accept: Callable[[re.Match[str]], bool]
) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` that ``accept`` keeps; after a refusal the search resumes one character on."""
    position = 0
    while (match := pattern.search(text, position)) is not None:
        if accept(match):
            yield match
            position = match.end()
        else:
            position = match.start() + 1


def _integral(value: Decimal) -> Decimal:
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def _plausible_money(match: re.Match[str]) -> bool:
    """For an ambiguous currency word: a scale word or a number of at least 1000 before it."""
    number = _decimal(match["num"])
    return number is not None and (match["scale"] is not None or number >= 1000)


def find_amounts(text: str, offset: int = 0, *, money_context: bool = False) -> list[Amount]:
    """Every sum of money in ``text``; ``offset`` is added to the spans.

    ``money_context``: the caller knows the text speaks of money (an advertising sentence), so
    currency words that are also common nouns ("livres") count after a large number or a scale.
    """
    found: list[Amount] = []
    patterns: list[tuple[re.Pattern[str], Callable[[re.Match[str]], bool] | None]] = [
        (_SUFFIXED, None), (_PREFIXED, None)]
    if money_context:
        patterns.append((_AMBIGUOUS, _plausible_money))
    for pattern, extra in patterns:
        def accept(m: re.Match[str], extra: Callable[[re.Match[str]], bool] | None = extra) -> bool:
            return _decimal(m["num"]) is not None and (extra is None or extra(m))

        for match in _scan(pattern, text, accept):
            number = _decimal(match["num"])
            assert number is not None  # accepted above
            start, end = match.span()
            found.append(Amount(start + offset, end + offset, text[start:end],
                                _integral(_value(number, match)), _currency(match["cur"]),
                                match["approx"] is not None))
    found = lx.longest_disjoint(found, lambda a: (a.start, a.end))
    return _with_elliptic(text, offset, found) if money_context and found else found


#: "... 412 000 dollars pour X, et près de 40 000 pour Y": a second sum whose currency is the first's
_ELLIPTIC = re.compile(rf"(?:\bet|\bainsi\s+que|,)\s+{_APPROX}(?P<num>{lx.DIGIT_NUMBER})"
                       rf"(?:\s*(?P<scale>{lx.MULTIPLIER}))?(?=\s+(?:pour|à|au|aux|en|sur|chez)\b)")


def is_price(body: str, amount: Amount) -> bool:
    """Whether ``amount`` (offsets in ``body``) is a price: "pour 90 000 dollars", "pour un montant
    total de 14,6 millions de roubles"."""
    return _PRICE.search(body[max(0, amount.start - 40):amount.start]) is not None


_PRICE = re.compile(r"(?<![\w-])pour\s+(?:un\s+(?:montant|total|coût)(?:\s+total)?\s+d['’e]\s*)?$",
                    re.IGNORECASE)


def in_country(body: str, amount: Amount) -> Amount | None:
    """``amount`` with its currency made definite: bare "livres", "pesos", "couronnes" are those the
    article qualifies elsewhere ("14 millions de livres turques ... 3 millions de livres"), else those
    of the country it names first (a stem starting a word), else the word's default ("livres" are
    pounds sterling); None when still unknown."""
    table = BY_COUNTRY.get(amount.currency)
    if table is None:
        return _local_dollar(body, amount)
    lowered = body.lower()
    word = lx.key(amount.text.split()[-1])
    qualified = [(m.start(), code) for phrase, code in lx.CURRENCY_WORDS.items()
                 if phrase.split()[0] in (word, word.rstrip("s")) and " " in phrase
                 for m in re.finditer(rf"(?<!\w){lx.accent_pattern(phrase)}(?!\w)", lowered)]
    first = min(qualified)[1] if qualified else _first_named(lowered, table)
    currency = first or BY_COUNTRY_DEFAULT.get(amount.currency)
    if currency in BY_COUNTRY:  # bare "francs" after "francs CFA": those of the country
        return in_country(body, dataclasses.replace(amount, currency=currency, text=currency))
    return dataclasses.replace(amount, currency=currency) if currency else None


def _local_dollar(body: str, amount: Amount) -> Amount:
    """"412 000 $" in an article that writes "250 000 $ US" elsewhere (as Quebec papers do): the bare
    sign is the dollar of the country the article speaks of first, when it names one."""
    if amount.currency != "USD" or not amount.text.endswith("$") or _US_AFTER.match(body, amount.end) \
            or not _US_MARKED.search(body):
        return amount
    currency = _first_named(body.lower(), DOLLARS_BY_COUNTRY)
    return dataclasses.replace(amount, currency=currency) if currency else amount


def _first_named(lowered: str, table: dict[str, str]) -> str | None:
    """The currency of the country of ``table`` that the (lowercased) article names first, by a stem
    starting a word."""
    found = [(m.start(), code) for stem, code in table.items()
             for m in re.finditer(rf"(?<!\w){re.escape(stem.strip())}", lowered)]
    return min(found)[1] if found else None


_US_AFTER = re.compile(r"[\s\u00a0\u202f]*US\b")
#: US dollars told apart from another dollar: "$ US", "US$", "dollars américains"
_US_MARKED = re.compile(r"\$[\s\u00a0\u202f]?US\b|\bUS[\s\u00a0\u202f]?\$|dollars? américains?",
                        re.IGNORECASE)


def _with_elliptic(text: str, offset: int, found: list[Amount]) -> list[Amount]:
    """``found`` and the sums after a coordination that leave their currency unsaid, in the
    currency of the amount before them (at least a thousand, or with a scale word)."""
    extra = []
    for match in _ELLIPTIC.finditer(text):
        number = _decimal(match["num"])
        before = [a for a in found if a.end - offset <= match.start()]
        if number is None or not before or (number < 1000 and match["scale"] is None):
            continue
        start = match.start("approx") if match["approx"] is not None else match.start("num")
        hedged = match["approx"] is not None
        extra.append(Amount(start + offset, match.end() + offset, text[start:match.end()],
                            _integral(_value(number, match)), before[-1].currency, hedged))
    return lx.longest_disjoint(found + extra, lambda a: (a.start, a.end))


def _count_value(match: re.Match[str]) -> int | None:
    if not lx.is_count_noun(match["noun"]):
        return None
    if not match["scale"] and lx.key(match["num"]) in ("un", "une"):
        return None  # "un des agents", singular anyway
    number = _decimal(match["num"])
    if number is None or (number != number.to_integral_value() and not match["scale"]):
        return None
    value = number * _scale(match["scale"])
    return int(value) if value == value.to_integral_value() else None


def find_counts(text: str, offset: int = 0) -> list[Count]:
    """Every "number + plural noun" in ``text`` that is neither an amount nor a date."""
    busy = lx.overlap_test([(a.start, a.end) for a in find_amounts(text)]
                           + [(d.start, d.end) for d in find_dates(text, None)])

    def accept(match: re.Match[str]) -> bool:
        return not busy(*match.span()) and _count_value(match) is not None

    counts = []
    for match in _scan(_COUNTED, text, accept):
        value = _count_value(match)
        assert value is not None  # accepted above
        start, end = match.span()
        counts.append(Count(start + offset, end + offset, text[start:end], value, match["noun"],
                            match["approx"] is not None))
    return counts
