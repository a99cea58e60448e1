"""French word tables shared by the date, amount and count finders (data, plus the helpers that read it).

Tables are keyed by ``key(word)``: lower case, accents removed, typographic apostrophes made ASCII,
whitespace collapsed. ``alternation`` turns table keys back into accent- and apostrophe-tolerant regex
alternations, so "fevrier" in a table matches "février", "Février" and "fevrier" in text.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")

APOSTROPHE = "['’ʼʻ]"
#: spaces that may separate groups of thousands: space, NBSP, narrow NBSP, thin space
GROUP_SPACES = " \u00a0\u202f\u2009"

MONTHS: dict[str, int] = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
}
WEEKDAYS: dict[str, int] = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
}
#: fixed relative expressions -> (unit, shift); units are day, week, month, year
RELATIVE: dict[str, tuple[str, int]] = {
    "aujourd'hui": ("day", 0), "ce jour": ("day", 0), "ce matin": ("day", 0), "ce soir": ("day", 0),
    "cet apres-midi": ("day", 0), "cette nuit": ("day", 0),
    "hier": ("day", -1), "hier matin": ("day", -1), "hier soir": ("day", -1),
    "hier apres-midi": ("day", -1), "avant-hier": ("day", -2), "demain": ("day", 1),
    "apres-demain": ("day", 2), "le lendemain": ("day", 1), "la veille": ("day", -1),
    "la semaine derniere": ("week", -1), "la semaine passee": ("week", -1), "cette semaine": ("week", 0),
    "la semaine prochaine": ("week", 1), "en debut de semaine": ("week", 0),
    "en debut de semaine derniere": ("week", -1), "en fin de semaine derniere": ("week", -1),
    "le week-end dernier": ("week", -1),
    "le mois dernier": ("month", -1), "le mois passe": ("month", -1), "ce mois-ci": ("month", 0),
    "le mois prochain": ("month", 1),
    "l'an dernier": ("year", -1), "l'an passe": ("year", -1), "l'annee derniere": ("year", -1),
    "l'annee passee": ("year", -1), "cette annee": ("year", 0), "l'an prochain": ("year", 1),
    "l'annee prochaine": ("year", 1),
}
#: "il y a N <unit>"
AGO_UNITS: dict[str, str] = {
    "jour": "day", "jours": "day", "semaine": "week", "semaines": "week", "mois": "month",
    "an": "year", "ans": "year", "annee": "year", "annees": "year",
}
#: nouns after which "de 2016" / "du 3 mars 2018" qualifies the noun instead of dating an event
MODIFIED_NOUNS = (
    "election", "elections", "presidentielle", "presidentielles", "legislatives", "municipales",
    "regionales", "europeennes", "senatoriales", "primaire", "primaires", "scrutin", "scrutins",
    "campagne", "campagnes", "referendum", "vote", "loi", "rapport", "budget", "saison", "edition",
    "jeux", "coupe", "mondial", "sommet", "crise", "attentat", "attentats", "reforme", "bilan",
    "chiffres", "recensement", "accord", "traite", "cuvee", "exercice", "promotion",
)

UNITS: dict[str, int] = {
    "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
}
HUNDREDS = ("cent", "cents")
BIG: dict[str, int] = {
    "mille": 1000, "million": 10**6, "millions": 10**6, "milliard": 10**9, "milliards": 10**9,
}
#: multiplier words after a number ("3 millions de", "trois milliers de")
MULTIPLIERS: dict[str, int] = {**BIG, "millier": 1000, "milliers": 1000,
                              "demi-million": 500_000, "demi-milliard": 500_000_000}
#: case-sensitive multiplier abbreviations ("3 M$", "2 Mds €", "500 k€")
MULTIPLIER_SIGNS: dict[str, int] = {
    "M": 10**6, "Md": 10**9, "Mds": 10**9, "Mrd": 10**9, "Mrds": 10**9, "k": 1000, "K": 1000,
}

#: currency words (case-insensitive, compared by key) -> ISO 4217
CURRENCY_WORDS: dict[str, str] = {
    "euro": "EUR", "euros": "EUR",
    "dollar": "USD", "dollars": "USD", "dollar americain": "USD", "dollars americains": "USD",
    "dollar us": "USD", "dollars us": "USD", "dollar canadien": "CAD", "dollars canadiens": "CAD",
    "dollar australien": "AUD", "dollars australiens": "AUD",
    "livre sterling": "GBP", "livres sterling": "GBP", "livre britannique": "GBP",
    "livres britanniques": "GBP", "livres sterling britanniques": "GBP",
    "livres de gibraltar": "GIP",
    "rouble": "RUB", "roubles": "RUB", "franc suisse": "CHF", "francs suisses": "CHF",
    "franc cfa": "CFA", "francs cfa": "CFA", "franc": "FRANC", "francs": "FRANC", "yen": "JPY", "yens": "JPY",
    "yuan": "CNY",
    "yuans": "CNY", "hryvnia": "UAH", "hryvnias": "UAH", "roupie": "RUPEE", "roupies": "RUPEE",
    "couronne suedoise": "SEK", "couronnes suedoises": "SEK", "zloty": "PLN", "zlotys": "PLN",
    "couronne tcheque": "CZK", "couronnes tcheques": "CZK", "couronne danoise": "DKK",
    "couronnes danoises": "DKK", "couronne norvegienne": "NOK", "couronnes norvegiennes": "NOK",
    "leu": "RON", "lei": "RON", "leu roumain": "RON", "lei roumains": "RON", "leu moldave": "MDL",
    "lei moldaves": "MDL", "forint": "HUF", "forints": "HUF", "lev": "BGN", "leva": "BGN", "levs": "BGN",
    "dinar serbe": "RSD", "dinars serbes": "RSD", "lari": "GEL", "laris": "GEL", "dram": "AMD",
    "drams": "AMD", "tenge": "KZT", "tenges": "KZT",
    "rouble bielorusse": "BYN", "roubles bielorusses": "BYN", "livre turque": "TRY",
    "livres turques": "TRY", "lire turque": "TRY", "lires turques": "TRY", "shekel": "ILS",
    "shekels": "ILS", "dirham": "DIRHAM", "dirhams": "DIRHAM", "dirham marocain": "MAD",
    "dirhams marocains": "MAD", "dinar algerien": "DZD", "dinars algeriens": "DZD",
    "dinar tunisien": "TND", "dinars tunisiens": "TND", "rial": "RIAL", "rials": "RIAL",
    "riyal": "RIYAL", "riyals": "RIYAL", "naira": "NGN", "nairas": "NGN", "rand": "ZAR", "rands": "ZAR",
    "shilling kenyan": "KES", "shillings kenyans": "KES", "cedi": "GHS", "cedis": "GHS",
    "franc congolais": "CDF", "francs congolais": "CDF", "franc guineen": "GNF",
    "francs guineens": "GNF", "ariary": "MGA", "gourde": "HTG", "gourdes": "HTG",
    "dollar taiwanais": "TWD", "dollars taiwanais": "TWD", "nouveau dollar de taiwan": "TWD",
    "nouveaux dollars de taiwan": "TWD", "dollar de hong kong": "HKD", "dollars de hong kong": "HKD",
    "dollar de hongkong": "HKD", "dollars de hongkong": "HKD",
    "dollar de singapour": "SGD", "dollars de singapour": "SGD", "dollar singapourien": "SGD",
    "dollars singapouriens": "SGD", "dollar hongkongais": "HKD", "dollars hongkongais": "HKD",
    "dollar bruneien": "BND", "dollars bruneiens": "BND", "dollar est-caribeen": "XCD",
    "dollars est-caribeens": "XCD", "dollar neo-zelandais": "NZD",
    "dollars neo-zelandais": "NZD", "won": "KRW", "wons": "KRW", "won sud-coreen": "KRW",
    "wons sud-coreens": "KRW", "roupie indonesienne": "IDR", "roupies indonesiennes": "IDR",
    "ringgit": "MYR", "ringgits": "MYR", "baht": "THB", "bahts": "THB", "peso philippin": "PHP",
    "pesos philippins": "PHP", "dong": "VND", "dongs": "VND", "real": "BRL", "reais": "BRL",
    "reals": "BRL", "real bresilien": "BRL", "reals bresiliens": "BRL",
    "peso mexicain": "MXN", "pesos mexicains": "MXN", "peso argentin": "ARS",
    "pesos argentins": "ARS", "peso colombien": "COP", "pesos colombiens": "COP",
    "peso chilien": "CLP", "pesos chiliens": "CLP", "sol": "PEN", "soles": "PEN",
    "bolivar": "VES", "bolivars": "VES", "bolivares": "VES", "hryvnia ukrainienne": "UAH",
    "roupie indienne": "INR",
    "roupies indiennes": "INR", "dirham emirati": "AED", "dirhams emiratis": "AED",
    "boliviano": "BOB", "bolivianos": "BOB", "guarani": "PYG", "guaranis": "PYG", "guaranies": "PYG",
    "quetzal": "GTQ",
    "quetzales": "GTQ", "lempira": "HNL", "lempiras": "HNL", "cordoba": "NIO", "cordobas": "NIO",
    "colon": "CRC", "colones": "CRC", "birr": "ETB", "birrs": "ETB", "franc rwandais": "RWF",
    "francs rwandais": "RWF", "franc burundais": "BIF", "francs burundais": "BIF", "lek": "ALL",
    "leks": "ALL", "denar": "MKD", "denars": "MKD", "som": "KGS", "soms": "KGS", "taka": "BDT",
    "takas": "BDT", "kyat": "MMK", "kyats": "MMK", "riel": "KHR", "riels": "KHR", "kwanza": "AOA",
    "kwanzas": "AOA", "metical": "MZN", "meticais": "MZN", "ouguiya": "MRU", "ouguiyas": "MRU",
    "afghani": "AFN", "afghanis": "AFN", "tugrik": "MNT", "tugriks": "MNT", "togrog": "MNT",
    "togrogs": "MNT", "kwacha": "KWACHA", "kwachas": "KWACHA", "livre libanaise": "LBP",
    "livres libanaises": "LBP", "livre egyptienne": "EGP", "livres egyptiennes": "EGP",
    "livre syrienne": "SYP", "livres syriennes": "SYP", "livre soudanaise": "SDG",
    "livres soudanaises": "SDG", "livre sud-soudanaise": "SSP", "livres sud-soudanaises": "SSP",
    "livre soudanaise du sud": "SSP", "livres soudanaises du sud": "SSP",
    "peso uruguayen": "UYU", "pesos uruguayens": "UYU", "peso dominicain": "DOP",
    "pesos dominicains": "DOP", "peso cubain": "CUP", "pesos cubains": "CUP",
    "shilling ougandais": "UGX", "shillings ougandais": "UGX", "shilling tanzanien": "TZS",
    "shillings tanzaniens": "TZS", "shilling somalien": "SOS", "shillings somaliens": "SOS",
    "shilling": "SHILLING", "shillings": "SHILLING", "somoni": "TJS", "somonis": "TJS",
    "soum": "UZS", "soums": "UZS", "kip": "LAK", "kips": "LAK", "pula": "BWP",
    "pulas": "BWP", "dalasi": "GMD", "dalasis": "GMD", "leone": "SLE", "leones": "SLE",
    "rufiyaa": "MVR", "ngultrum": "BTN", "ngultrums": "BTN", "kina": "PGK", "balboa": "PAB",
    "balboas": "PAB", "riyal qatari": "QAR", "riyals qataris": "QAR", "rial omanais": "OMR",
    "rials omanais": "OMR", "riyal saoudien": "SAR", "riyals saoudiens": "SAR",
    "rial iranien": "IRR", "rials iraniens": "IRR", "rial yemenite": "YER", "rials yemenites": "YER",
    "dinar koweitien": "KWD", "dinars koweitiens": "KWD", "dinar jordanien": "JOD",
    "dinars jordaniens": "JOD", "dinar irakien": "IQD", "dinars irakiens": "IQD",
    "dinar libyen": "LYD", "dinars libyens": "LYD", "dinar bahreini": "BHD", "dinars bahreinis": "BHD",
    "couronne islandaise": "ISK", "couronnes islandaises": "ISK", "mark convertible": "BAM",
    "marks convertibles": "BAM", "franc comorien": "KMF",
    "francs comoriens": "KMF", "franc djiboutien": "DJF", "francs djiboutiens": "DJF",
    "franc djibouti": "DJF", "francs djibouti": "DJF",
    "franc pacifique": "XPF", "francs pacifique": "XPF", "franc cfp": "XPF", "francs cfp": "XPF",
    "dollar liberien": "LRD", "dollars liberiens": "LRD", "dollar jamaicain": "JMD",
    "dollars jamaicains": "JMD", "dollar namibien": "NAD", "dollars namibiens": "NAD",
    "dollar de trinite-et-tobago": "TTD", "dollars de trinite-et-tobago": "TTD", "dollar tt": "TTD",
    "dollars tt": "TTD", "dollar trinidadien": "TTD", "dollars trinidadiens": "TTD",
    "dollar des bahamas": "BSD", "dollars des bahamas": "BSD", "dollar barbadien": "BBD",
    "dollars barbadiens": "BBD", "dollar belizien": "BZD", "dollars beliziens": "BZD",
    "dollar guyanien": "GYD", "dollars guyaniens": "GYD", "dollar des iles salomon": "SBD",
    "dollars des iles salomon": "SBD", "dollar brunei": "BND", "dollars de brunei": "BND",
    "dollar fidjien": "FJD",
    "dollars fidjiens": "FJD", "dollar des caraibes orientales": "XCD",
    "dollars des caraibes orientales": "XCD", "roupie pakistanaise": "PKR",
    "roupies pakistanaises": "PKR", "roupie nepalaise": "NPR", "roupies nepalaises": "NPR",
    "roupie srilankaise": "LKR", "roupies srilankaises": "LKR", "roupie mauricienne": "MUR",
    "roupies mauriciennes": "MUR", "hryvnias ukrainiennes": "UAH", "nakfa": "ERN", "nakfas": "ERN",
    "sum": "UZS", "sums": "UZS", "sum ouzbek": "UZS", "sums ouzbeks": "UZS", "renminbi": "CNY",
    "rupiah": "IDR", "rupiahs": "IDR", "loti": "LSL", "maloti": "LSL", "lilangeni": "SZL",
    "emalangeni": "SZL", "dobra": "STN", "dobras": "STN", "escudo": "CVE", "escudos": "CVE",
    "vatu": "VUV", "vatus": "VUV", "tala": "WST", "talas": "WST", "pa'anga": "TOP", "zig": "ZWG",
    "denar macedonien": "MKD", "denars macedoniens": "MKD", "taka bangladais": "BDT",
    "takas bangladais": "BDT", "riel cambodgien": "KHR", "riels cambodgiens": "KHR",
    "birr ethiopien": "ETB", "birrs ethiopiens": "ETB",
    "florin arubais": "AWG", "florins arubais": "AWG", "florin antillais": "XCG",
    "florins antillais": "XCG", "florin caribeen": "XCG", "florins caribeens": "XCG",
    "manat turkmene": "TMT", "manats turkmenes": "TMT", "pataca": "MOP", "patacas": "MOP",
    "won nord-coreen": "KPW", "wons nord-coreens": "KPW", "dollar surinamais": "SRD",
    "dollars surinamais": "SRD", "dollar des bermudes": "BMD", "dollars des bermudes": "BMD",
    "dollar des iles caimans": "KYD", "dollars des iles caimans": "KYD",
    "dollar salomonais": "SBD", "dollars salomonais": "SBD", "dollar belizeen": "BZD",
    "dollars belizeens": "BZD", "dollar bahameen": "BSD", "dollars bahameens": "BSD",
    "dollar caimanais": "KYD", "dollars caimanais": "KYD", "dollar bermudien": "BMD",
    "dollars bermudiens": "BMD", "dollar de la caraibe orientale": "XCD",
    "dollars de la caraibe orientale": "XCD",
    "dollar ec": "XCD", "dollars ec": "XCD", "livre des falkland": "FKP", "livres des falkland": "FKP",
    "livre des malouines": "FKP", "livres des malouines": "FKP", "livre des iles falkland": "FKP",
    "livres des iles falkland": "FKP", "livre de sainte-helene": "SHP", "livres de sainte-helene": "SHP",
    "roupie seychelloise": "SCR", "roupies seychelloises": "SCR",
    "livre de gibraltar": "GIP", "dollar de brunei": "BND",
    "rial qatari": "QAR", "rials qataris": "QAR", "dinar bahreinien": "BHD", "dinars bahreiniens": "BHD",
    "shekel israelien": "ILS", "shekels israeliens": "ILS", "nouveau shekel": "ILS",
    "nouveaux shekels": "ILS",
    "leone sierra-leonais": "SLE", "leones sierra-leonais": "SLE",
    # plurals of the singulars above
    "kinas": "PGK", "quetzals": "GTQ", "meticals": "MZN",
}
#: currency words that are also common nouns ("livres": pounds or books): money only where the
#: caller knows the sentence is about money (an advertising sentence), and after a scale word or
#: a grouped number ("1,5 million de livres", "400 000 livres")
AMBIGUOUS_CURRENCY_WORDS: dict[str, str] = {"livre": "POUND", "livres": "POUND", "couronne": "CROWN",
                                            "couronnes": "CROWN", "peso": "PESO", "pesos": "PESO",
                                            "dinar": "DINAR", "dinars": "DINAR", "mark": "MARK",
                                            "florin": "FLORIN", "florins": "FLORIN",
                                            "manat": "MANAT", "manats": "MANAT",
                                            "marks": "MARK"}
#: currency signs and codes (case-sensitive) -> ISO 4217
CURRENCY_SIGNS: dict[str, str] = {
    "€": "EUR", "EUR": "EUR", "$": "USD", "US$": "USD", "$US": "USD", "USD": "USD", "£": "GBP",
    "GBP": "GBP", "₽": "RUB", "RUB": "RUB", "CHF": "CHF", "¥": "JPY", "JPY": "JPY", "CNY": "CNY",
    "CAD": "CAD", "AUD": "AUD", "UAH": "UAH", "INR": "INR", "SEK": "SEK", "PLN": "PLN",
    **{code: code for code in (
        "CZK", "DKK", "NOK", "RON", "MDL", "HUF", "BGN", "RSD", "GEL", "AMD", "AZN", "KZT", "BYN",
        "TRY", "ILS", "AED", "MAD", "DZD", "TND", "SAR", "NGN", "ZAR", "KES", "XOF", "XAF", "HTG",
        "TWD", "HKD", "SGD", "NZD", "KRW", "IDR", "MYR", "THB", "PHP", "VND", "BRL", "MXN", "ARS",
        "COP", "CLP", "PEN", "ISK", "XCD", "SSP", "SDG", "SOS", "ETB", "UGX", "TZS", "RWF", "FJD", "WST",
        "PGK", "SBD", "VUV", "XPF", "JMD", "TTD", "BBD", "BSD", "DOP", "GYD", "SRD", "MGA", "MUR",
        "GIP")},
    # the dollars that write their country's letters before the sign
    "EC$": "XCD", "NZ$": "NZD", "S$": "SGD", "J$": "JMD", "TT$": "TTD", "FJ$": "FJD", "BZ$": "BZD",
    "Bds$": "BBD", "SI$": "SBD", "WS$": "WST", "N$": "NAD", "G$": "GYD", "L$": "LRD", "B$": "BSD",
    "C$": "CAD", "CA$": "CAD", "A$": "AUD", "NT$": "TWD", "HK$": "HKD", "R$": "BRL", "zł": "PLN",
    "₺": "TRY", "₪": "ILS", "₹": "INR", "₩": "KRW", "₴": "UAH", "₾": "GEL",
}
PREFIX_SIGNS = ("€", "$", "US$", "£", "₽", "¥", "C$", "CA$", "A$", "NT$", "HK$", "R$", "₺", "₪", "₹", "₩",
                "₴", "₾", "EC$", "NZ$", "S$", "J$", "TT$", "FJ$", "BZ$", "Bds$", "SI$", "WS$", "N$", "G$",
                "L$", "B$")

#: hedges marking a number as approximate; bounds ("plus de", "au moins") count as approximate too.
#: Entries ending in " de" also match the elided "d'".
APPROXIMATE = (
    "environ", "quelque", "pres de", "presque", "autour de", "approximativement", "a peu pres",
    "quasiment", "pratiquement", "de l'ordre de", "aux alentours de", "pas loin de", "plus de",
    "moins de", "au moins", "au plus", "jusqu'a",
)
#: adjectives that may stand between a number and its noun ("13 autres agents")
PRE_ADJECTIVES = (
    "autres", "premiers", "premieres", "derniers", "dernieres", "nouveaux", "nouvelles", "grands",
    "grandes", "petits", "petites", "jeunes", "anciens", "anciennes", "principaux", "principales",
)
#: words ending in s/x that are not the counted noun: function words and units of time
NOT_COUNTED = frozenset({
    "les", "des", "ces", "mes", "tes", "ses", "nos", "vos", "leurs", "dans", "sans", "sous", "vers",
    "plus", "moins", "puis", "mais", "alors", "depuis", "apres", "tres", "tous", "toutes", "nous",
    "vous", "ils", "elles", "aux", "pas", "jamais", "parmi", "lors", "selon", "dont", "chez", "ans",
    "annees", "mois", "jours", "semaines", "heures", "minutes", "secondes", "fois", "siecles",
    "decennies", "trimestres", "reprises", "precis", "pres", "fins", "lorsque", "parfois", "toujours",
}) | frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(UNITS) | frozenset(HUNDREDS) \
   | frozenset(MULTIPLIERS) | frozenset(CURRENCY_WORDS) | frozenset(PRE_ADJECTIVES)

_ACCENTS = {"a": "aàâäáã", "e": "eéèêë", "i": "iîïíì", "o": "oôöóòõ", "u": "uùûüú", "c": "cç", "n": "nñ"}


def key(text: str) -> str:
    """Lower case, accents removed, apostrophes ASCII, whitespace collapsed: the tables' key."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(APOSTROPHE, "'", bare).split())


def accent_pattern(phrase: str) -> str:
    """A regex for ``phrase`` (a table key) tolerant of accents, apostrophes and runs of whitespace."""
    parts: list[str] = []
    for char in phrase:
        if char == " ":
            parts.append(r"\s+")
        elif char == "'":
            parts.append(APOSTROPHE)
        elif char in _ACCENTS:
            parts.append(f"[{_ACCENTS[char]}]")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


def alternation(phrases: Iterable[str]) -> str:
    """A non-capturing alternation of ``phrases``, longest first so the longest phrase wins."""
    return "(?:" + "|".join(accent_pattern(p) for p in sorted(phrases, key=len, reverse=True)) + ")"


def approx_pattern() -> str:
    """The hedges of ``APPROXIMATE`` with their trailing space (or elision), as one alternation."""
    alts = []
    for phrase in sorted(APPROXIMATE, key=len, reverse=True):
        if phrase.endswith(" de"):
            alts.append(accent_pattern(phrase[:-3]) + rf"\s+d(?:e\s+|{APOSTROPHE}\s*)")
        else:
            alts.append(accent_pattern(phrase) + r"\s+")
    return "(?:" + "|".join(alts) + ")"


_NUMBER_WORD = alternation([*UNITS, *HUNDREDS, "mille"]) + r"(?![\w])"
#: one number in words, "treize", "vingt-deux", "quatre-vingt-dix", "deux cent mille"
WORD_NUMBER = rf"(?<![\w-]){_NUMBER_WORD}(?:[\s-]+(?:et[\s-]+)?{_NUMBER_WORD}){{0,11}}"
#: one number in digits: "1823", "1 823" (space, NBSP, narrow NBSP), "228.000", "1,25". Lengths are
#: bounded (18 integer digits, 6 decimals) so that no input makes matching quadratic or a Decimal overflow.
DIGIT_NUMBER = (rf"(?<![\w.,])(?:\d{{1,3}}(?:[{GROUP_SPACES}.]\d{{3}}){{1,5}}(?!\d)(?:,\d{{1,6}})?"
                rf"|\d{{1,15}}(?:[,.]\d{{1,6}})?)(?!\d)")
CURRENCY = (
    "(?:(?i:" + alternation(CURRENCY_WORDS) + ")|"
    + "|".join(re.escape(s) for s in sorted(CURRENCY_SIGNS, key=len, reverse=True)) + r")(?![\w])"
)
MULTIPLIER = (
    "(?:(?i:" + alternation(MULTIPLIERS) + r")(?![\w])|"
    + "|".join(sorted(MULTIPLIER_SIGNS, key=len, reverse=True)) + r"(?![A-Za-z]))"
)


def words_value(text: str) -> int | None:
    """The value of a French number in words ("quatre-vingt-dix" -> 90); ``None`` if a word is unknown.

    Lenient: it adds what it cannot multiply, so ill-formed sequences ("deux trois") still get a value.
    """
    tokens = [t for t in re.split(r"[\s-]+", key(text)) if t and t != "et"]
    if not tokens:
        return None
    total = current = 0
    previous = ""
    for token in tokens:
        if token in UNITS:
            value = UNITS[token]
            current += 76 if value == 20 and previous == "quatre" else value  # quatre-vingt(s) = 80
        elif token in HUNDREDS:
            current = (current or 1) * 100
        elif token in BIG:
            total += (current or 1) * BIG[token]
            current = 0
        else:
            return None
        previous = token
    return total + current


def is_count_noun(word: str) -> bool:
    """True when ``word`` looks like a counted plural noun: ends in s/x, is no function word or unit."""
    folded = key(word)
    return len(folded) >= 3 and folded[-1] in "sx" and folded not in NOT_COUNTED


def longest_disjoint(items: Iterable[T], span: Callable[[T], tuple[int, int]]) -> list[T]:
    """Items whose spans do not overlap, longest kept first (then leftmost); returned in text order."""
    starts: list[int] = []
    ends: list[int] = []
    kept: list[T] = []
    for item in sorted(items, key=lambda i: (span(i)[0] - span(i)[1], span(i)[0])):
        start, end = span(item)
        at = bisect.bisect_right(starts, start)
        if (at and ends[at - 1] > start) or (at < len(starts) and starts[at] < end):
            continue
        starts.insert(at, start)
        ends.insert(at, end)
        kept.insert(at, item)
    return kept


def overlap_test(spans: Iterable[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test telling whether ``start..end`` overlaps any of ``spans`` (which may overlap each other)."""
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    reach = list(itertools.accumulate((e for _, e in ordered), max))  # furthest end so far

    def overlaps(start: int, end: int) -> bool:
        before = bisect.bisect_left(starts, end)  # spans starting before ``end``
        return before > 0 and reach[before - 1] > start

    return overlaps


#: words that, after the first word of a name, make it a company's ("Altamira Medios", "Vistaar
#: AdNet", "Nordvind Media AB"), even where the tagger saw a person
#: legal forms of companies, written after their name, without their dots ("S.A.", "SH.P.K.")
LEGAL_FORMS = frozenset({
    "inc", "corp", "corporation", "sa", "sas", "sarl", "sarlu", "eurl", "srl", "ltd", "llc", "gmbh", "ag",
    "ab",
    "asa", "oy", "bv", "nv", "plc", "spa", "pty", "co", "limited", "lda", "ltda", "pvt", "shpk", "doo", "dd",
    "sro", "kft", "sl", "slu", "bhd", "sdn", "jsc", "ooo", "pjsc", "sae", "sal", "ltée",
    "rl",  # "S.à r.l.", Luxembourg's "société à responsabilité limitée"
    "pte", "llp", "wll", "fz", "fz-llc", "fzllc", "fze", "fzco", "bsc", "qsc", "spc",  # Singapore, the Gulf
})

COMPANY_WORDS = frozenset({
    "inc", "inc.", "corp", "corp.", "corporation", "sa", "sas", "sarl", "srl", "ltd", "ltd.", "llc", "gmbh",
    "ag", "ab", "as", "asa", "oy", "bv", "nv", "plc", "spa", "pty", "media", "médias", "medios", "digital",
    "adnet", "ads", "advertising", "com", "strategies", "strategy", "consulting", "partners", "group", "labs",
    "agency", "creatives", "creative", "solutions", "marketing", "communications", "studio", "studios",
    "network", "networks", "holding", "holdings", "technologies", "analytics", "ventures", "productions",
    "interactive", "insights", "comunicación", "comunicação", "conteúdos", "contenidos", "publicidad",
    "consultores", "consultoria", "consultoría", "consultants", "consultancy", "associates", "associados",
    "asociados", "publicidade", "werbung", "reklam", "reklama", "trading", "enterprises", "industries",
    "systems", "engineering", "investments",
})

#: words that make a name of several words a media outlet's ("Vientiane Times", "Alwihda Info",
#: "N'Djamena Bi-Hebdo", "Channel 5"), as are one-word names ending in one ("Tchadinfos")
MEDIA_NAME_WORDS = frozenset({"times", "post", "tribune", "herald", "gazette", "news", "info", "infos",
                              "hebdo", "matin", "soir", "daily", "channel", "tv", "télé", "observer",
                              "journal", "chronicle", "telegraph", "guardian", "courier", "monitor",
                              "inquirer",
                              #: in the languages of the countries covered: "Andorra Televisió", "Diari d'X"
                              "televisió", "televisión", "televisão", "television", "televisione", "ràdio",
                              "rádio", "diari", "diario", "diário"})

#: occupations that head a person's description ("l'animateur de radio X", "la comédienne X")
OCCUPATIONS = (r"journaliste|militante?|opposante?|homme|femme|lobbyiste|animat(?:eur|rice)"
                r"|présentat(?:eur|rice)|chroniqueu(?:r|se)|blogueu(?:r|se)|influenceu(?:r|se)|youtubeu(?:r|se)|comédien(?:ne)?"
                r"|chanteu(?:r|se)|act(?:eur|rice)|humoriste|économiste|politologue|analyste|experte?"
                r"|sociologue|professeure?|universitaire|historien(?:ne)?|artiste|sportive?|footballeu(?:r|se)"
                r"|écrivaine?|auteure?|romancière?|romancier|photographe|vidéaste|podcasteu(?:r|se)"
                r"|informaticien(?:ne)?|technicien(?:ne)?|ingénieure?|rappeu(?:r|se)|musicien(?:ne)?|comptable"
                r"|gestionnaire|développeu(?:r|se)|entrepreneu(?:r|se)|homme d'affaires|banqui(?:er|ère)"
                r"|médecin|pasteure?|imam|enseignante?|étudiante?|employée?|intermédiaire|hacke(?:r|use)")

#: words with a demonym's ending that name no nationality ("désormais", "témoin")
NOT_DEMONYMS = frozenset({"jamais", "désormais", "demain", "autrefois", "loin", "enfin", "soudain", "matin",
                          "lendemain", "besoin", "témoin", "terrain", "chemin", "dessin", "destin"})
