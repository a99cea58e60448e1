"""Currencies whose word names several: which one an article means, by the country it speaks of
(word stems of countries and cities -> ISO 4217), and what each is when it names none."""

from __future__ import annotations

#: "couronnes" are the crowns of the country the article speaks of (word stems -> ISO 4217)
CROWNS_BY_COUNTRY: dict[str, str] = {
    "tchèque": "CZK", "tchéqui": "CZK", "prague": "CZK", "suéd": "SEK", "stockholm": "SEK",
    "danois": "DKK", "danemark": "DKK", "copenhague": "DKK", "norvég": "NOK", "oslo": "NOK",
    "island": "ISK", "reykjavik": "ISK", "groenland": "DKK", "nuuk": "DKK", "féroé": "DKK",
}
#: bare "pesos" are the pesos of the country the article speaks of (word stems -> ISO 4217)
PESOS_BY_COUNTRY: dict[str, str] = {
    "philippin": "PHP", "manille": "PHP", "mexic": "MXN", "argentin": "ARS", "buenos aires": "ARS",
    "colombi": "COP", "bogota": "COP", "bogotá": "COP", "chili": "CLP", "santiago du chili": "CLP",
    "uruguay": "UYU", "montevideo": "UYU", "dominicain": "DOP", "saint-domingue": "DOP", "cubain": "CUP",
}
#: bare "dinars" are the dinars of the country the article speaks of (word stems -> ISO 4217)
DINARS_BY_COUNTRY: dict[str, str] = {
    "tunisi": "TND", "tunis": "TND", "serbe": "RSD", "serbie": "RSD", "belgrade": "RSD", "algéri": "DZD",
    "alger": "DZD", "jordani": "JOD", "amman": "JOD", "koweït": "KWD", "irak": "IQD", "bagdad": "IQD",
    "liby": "LYD", "tripoli": "LYD", "bahreïn": "BHD", "macédoin": "MKD", "skopje": "MKD",
}
#: bare "roupies" are the rupees of the country the article speaks of (word stems -> ISO 4217)
RUPEES_BY_COUNTRY: dict[str, str] = {
    "inde": "INR", "indien": "INR", "new delhi": "INR", "bombay": "INR", "mumbai": "INR",
    "indonési": "IDR", "jakarta": "IDR", "pakistan": "PKR", "islamabad": "PKR", "karachi": "PKR",
    "sri lanka": "LKR", "colombo": "LKR", "népal": "NPR", "katmandou": "NPR", "maurice": "MUR",
    "mauricien": "MUR", "port-louis": "MUR", "seychell": "SCR",
}
#: bare "marks" are the convertible marks of Bosnia-Herzegovina (the only marks still in use)
MARKS_BY_COUNTRY: dict[str, str] = {"bosni": "BAM", "herzégovin": "BAM", "sarajevo": "BAM",
                                    "banja luka": "BAM", "mostar": "BAM"}
#: bare "kwachas" are Zambian or Malawian by the country the article speaks of
KWACHAS_BY_COUNTRY: dict[str, str] = {"zambi": "ZMW", "lusaka": "ZMW", "malawi": "MWK", "lilongwe": "MWK",
                                      "blantyre": "MWK"}
#: bare "shillings" are those of the country the article speaks of
SHILLINGS_BY_COUNTRY: dict[str, str] = {
    "kenya": "KES", "nairobi": "KES", "mombasa": "KES", "ougand": "UGX", "kampala": "UGX",
    "tanzani": "TZS", "dodoma": "TZS", "dar es salaam": "TZS", "somali": "SOS", "mogadiscio": "SOS",
}
#: bare "livres" (after a number, in a money sentence) are pounds sterling unless the article
#: speaks of a country with pounds of its own first
POUNDS_BY_COUNTRY: dict[str, str] = {
    "liban": "LBP", "beyrouth": "LBP", "égypt": "EGP", "caire": "EGP", "syri": "SYP", "damas": "SYP",
    "soudan": "SDG", "khartoum": "SDG", "royaume-uni": "GBP", "britanni": "GBP", "londres": "GBP",
    "angleterre": "GBP", "écoss": "GBP", "turqu": "TRY", "istanbul": "TRY", "ankara": "TRY",
    "chypriote turc": "TRY",
}
#: bare "florins" are Aruban or Caribbean (Curaçao, Sint Maarten) by the country the article speaks of
FLORINS_BY_COUNTRY: dict[str, str] = {"aruba": "AWG", "oranjestad": "AWG", "curaçao": "XCG",
                                      "willemstad": "XCG", "sint maarten": "XCG", "saint-martin": "XCG"}
#: bare "manats" are Azerbaijani or Turkmen by the country the article speaks of (Azerbaijani if none)
MANATS_BY_COUNTRY: dict[str, str] = {"azerbaïdj": "AZN", "azéri": "AZN", "bakou": "AZN", "turkmèn": "TMT",
                                     "turkmén": "TMT", "turkmen": "TMT", "achgabat": "TMT",
                                     "achkhabad": "TMT"}
#: bare "dirhams" are Moroccan or Emirati by the country the article speaks of
DIRHAMS_BY_COUNTRY: dict[str, str] = {
    "maroc": "MAD", "marocain": "MAD", "rabat": "MAD", "casablanca": "MAD", "émirat": "AED",
    "émirien": "AED", "dubaï": "AED", "abou dhabi": "AED", "abu dhabi": "AED",
}
#: "francs CFA" are West African (XOF) or Central African (XAF) by the country of the article
CFA_BY_COUNTRY: dict[str, str] = {
    **dict.fromkeys(("sénégal", "dakar", "ivoir", "abidjan", "yamoussoukro", "mali", "bamako", "burkina",
                     "ouagadougou", "niger", "niamey", "togo", "lomé", "bénin", "cotonou", "porto-novo",
                     "bissau"), "XOF"),
    **dict.fromkeys(("cameroun", "yaoundé", "douala", "gabon", "libreville", "tchad", "n'djamena",
                     "brazzaville", "centrafric", "bangui", "guinée équatoriale", "malabo"), "XAF"),
}
#: bare "francs" are those of the country the article speaks of: Swiss, CFA, or another (none if none)
FRANCS_BY_COUNTRY: dict[str, str] = {
    **CFA_BY_COUNTRY, **dict.fromkeys(("suisse", "genève", "lausanne", "berne", "zurich", "liechtenstein",
                                       "vaduz", "helvét"), "CHF"),
    "rwand": "RWF", "kigali": "RWF", "burundi": "BIF", "bujumbura": "BIF", "conakry": "GNF",
    "kinshasa": "CDF", "comor": "KMF", "moroni": "KMF", "djibouti": "DJF"}
#: a bare "$" in an article that writes US dollars "$ US" is the dollar of the country it speaks of
DOLLARS_BY_COUNTRY: dict[str, str] = {
    **dict.fromkeys(("canad", "québec", "montréal", "ottawa", "toronto"), "CAD"), "australi": "AUD",
    "zéland": "NZD", "hong kong": "HKD", "hongkong": "HKD", "singapour": "SGD"}
#: bare "rials" are Omani, Iranian or Yemeni by the country the article speaks of (Iranian if none)
RIALS_BY_COUNTRY: dict[str, str] = {
    "omanais": "OMR", "d'oman": "OMR", " oman": "OMR", "mascate": "OMR", "iran": "IRR", "téhéran": "IRR",
    "yémen": "YER", "sanaa": "YER",
}
#: bare "riyals" are Qatari or Saudi by the country the article speaks of (Saudi if none)
RIYALS_BY_COUNTRY: dict[str, str] = {"qatar": "QAR", "doha": "QAR", "saoudi": "SAR", "riyad": "SAR",
                                     "djeddah": "SAR"}
#: placeholder currencies of ambiguous words -> the table that resolves them by country
BY_COUNTRY: dict[str, dict[str, str]] = {"CROWN": CROWNS_BY_COUNTRY, "PESO": PESOS_BY_COUNTRY,
                                         "DINAR": DINARS_BY_COUNTRY, "CFA": CFA_BY_COUNTRY,
                                         "RUPEE": RUPEES_BY_COUNTRY, "DIRHAM": DIRHAMS_BY_COUNTRY,
                                         "KWACHA": KWACHAS_BY_COUNTRY, "SHILLING": SHILLINGS_BY_COUNTRY,
                                         "POUND": POUNDS_BY_COUNTRY, "MARK": MARKS_BY_COUNTRY,
                                         "RIAL": RIALS_BY_COUNTRY, "FLORIN": FLORINS_BY_COUNTRY,
                                         "MANAT": MANATS_BY_COUNTRY, "RIYAL": RIYALS_BY_COUNTRY,
                                         "FRANC": FRANCS_BY_COUNTRY}
#: what a placeholder currency is when the article names none of its countries (none: unknown)
BY_COUNTRY_DEFAULT: dict[str, str] = {"POUND": "GBP", "RIAL": "IRR", "MANAT": "AZN", "RIYAL": "SAR"}
