"""Words that report speech, as data (lemmas as spaCy's French lemmatizer gives them)."""

from __future__ import annotations

import re

#: verbs that introduce reported speech with "que" or a quote
REPORTING_VERBS = frozenset({
    "déclarer", "affirmer", "indiquer", "expliquer", "annoncer", "préciser", "dénoncer",
    "promettre", "démentir", "rejeter", "assurer", "estimer", "souligner", "ajouter", "confirmer",
    "reconnaître", "admettre", "avouer", "insister", "rappeler", "répondre", "répliquer", "dire",
    "écrire", "tweeter", "martèler", "marteler", "prévenir", "avertir", "accuser", "nier", "juger",
    "considérer", "soutenir", "observer", "noter", "relever", "lancer", "commenter", "réagir",
    "déplorer", "regretter", "protester", "contester", "plaider", "revendiquer", "garantir",
    "certifier", "signaler", "raconter", "confier", "conclure", "poursuivre",
    "s'indigner", "indigner", "dénier", "réfuter", "publier", "twitter", "saluer", "demander",
    "réclamer", "reprocher", "résumer", "savoir", "valoir", "comprendre", "réaffirmer", "réitérer",
    "remarquer",
    "laisser entendre",
    "trancher", "glisser", "ironiser", "fustiger", "tonner", "concéder", "rétorquer", "renchérir",
    "abonder", "nuancer", "arguer", "objecter", "souvenir", "témoigner", "détailler", "révéler",
    "féliciter", "défendre", "étonner", "insurger", "inquiéter", "alarmer", "mentionner",
    "asséner", "assener", "jurer", "souffler", "constater", "pointer", "avancer", "lâcher", "assumer",
    "soupirer", "agacer", "réjouir", "désoler", "analyser", "balayer", "mettre en garde", "faire état",
    "interroger", "questionner", "récuser", "décrypter", "clamer", "exclamer", "confesser", "alerter",
    "expliciter", "argumenter", "fulminer", "rapporter", "répéter", "sourire", "rire", "amuser",
    "tempêter", "pester", "vitupérer", "maugréer", "emporter", "exclure",
})

#: verbs of speaking in public: "X, qui s'exprimait mardi, ...": their date is that of X's words
SPEAKING_VERBS = frozenset({"exprimer", "parler", "intervenir", "présenter"})

#: databases a figure is read from: "selon la bibliothèque publicitaire de Meta" is no statement of Meta
DATABASE_NOUNS = frozenset({"bibliothèque", "base", "registre", "registres", "données", "archives",
                            "répertoire",
                            "fichier", "fichiers", "relevés", "tableau", "tableaux", "statistiques",
                            "chiffres"})

#: content posted on a platform: "un message WhatsApp indique ..." is said by no one we know
CONTENT_NOUNS = frozenset({"message", "vidéo", "publication", "post", "annonce", "tweet", "story", "courriel",
                           "mail", "sms", "notification", "lien", "page", "compte"})

#: verbs whose subject does not say the quote a colon introduces after them ("a reçu ce message : « ... »")
NOT_SAYING = frozenset({
    "recevoir", "lire", "voir", "entendre", "découvrir", "trouver", "intituler", "afficher", "montrer",
    "diffuser", "relayer", "partager", "citer", "apparaître", "figurer",
})

#: verbs that still say when negated: "n'a pas exclu que d'autres personnes soient inculpées"
SAID_WHEN_NEGATED = frozenset({"exclure"})

#: verbs that say only after "faire" ("a fait savoir que"; not "ce qu'il savait")
SAID_ONLY_AFTER_FAIRE = frozenset({"savoir", "valoir", "comprendre"})
#: infinitives that say after "faire": "a fait savoir que", "a fait remarquer que"
FAIRE_DIRE = SAID_ONLY_AFTER_FAIRE | {"remarquer", "observer"}

#: time words that may stand between a verb and what it says ("a dénoncé lundi dernier « ... »")
TIME_WORDS = frozenset({
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui",
    "matin", "soir", "après-midi", "veille", "lendemain", "semaine", "mois", "dernier", "dernière",
    "prochain",
})

#: what says nothing: refusals to comment are not statements (lowercase fragments)
NO_COMMENT = (
    "ne commente pas", "ne commentait pas", "ne pas commenter", "de commenter", "pas de commentaire",
    "aucun commentaire", "ne souhaite pas s'exprimer", "ne souhaitait pas s'exprimer",
    "pas souhaité s'exprimer", "pas souhaité réagir", "ne pas s'exprimer", "ne s'exprime pas",
    "n'a pas répondu", "n'ont pas répondu",
)

#: nouns of people who speak for an organisation: "son porte-parole a déclaré" -> the organisation
SPOKESPERSON_NOUNS = frozenset({
    "porte-parole", "représentant", "représentante", "communiqué", "direction", "service de presse",
    "journalistes", "rédaction",  # "Selon ses journalistes, ...": the outlet
})

#: people who belong to an organisation without speaking for it: "un ancien employé de X, qui a
#: requis l'anonymat, affirme ..." is said by that unnamed person, not by X
MEMBER_NOUNS = frozenset({
    "employé", "employée", "salarié", "salariée", "ex-employé", "ex-employée", "ex-salarié",
    "ex-salariée", "membre", "cadre", "collaborateur", "collaboratrice", "source", "proche",
    "fonctionnaire", "agent", "militant", "militante", "ancien", "ancienne",
})

#: people around someone who speak for no one we can name: "les partisans de M. X dénoncent ..."
FOLLOWER_NOUNS = frozenset({
    "partisans", "partisanes", "proches", "soutiens", "sympathisants", "sympathisantes", "fidèles",
    "alliés", "adversaires", "opposants", "détracteurs", "détractrices", "électeurs", "électrices",
    "admirateurs", "entourage",
})

#: possessive determiners: "son porte-parole" refers to an organisation named before
POSSESSIVES = frozenset({"son", "sa", "leur", "ses", "leurs"})

#: courtesy titles: never a role
HONORIFICS = frozenset({"m.", "mme", "mlle", "me", "dr", "pr", "monsieur", "madame", "maître"})

#: reporting verbs that take their content as a bare infinitive ("a annoncé avoir retiré")
INFINITIVE_VERBS = frozenset({
    "annoncer", "affirmer", "assurer", "déclarer", "dire", "nier", "démentir", "reconnaître",
    "admettre", "estimer", "indiquer", "préciser", "expliquer", "contester", "promettre",
    "raconter", "confier", "jurer", "soutenir", "certifier", "garantir", "avouer", "concéder",
    "regretter", "déplorer", "révéler", "témoigner", "savoir", "valoir", "confirmer", "répondre",
})

#: determiners of a denial's object: "dément toute implication", "conteste tout lien"
DENIAL_DETERMINERS = frozenset({"tout", "toute", "tous", "toutes"})
#: verbs whose direct object is the content of the statement ("a démenti toute ingérence")
STANCE_VERBS = frozenset({
    "démentir", "rejeter", "dénoncer", "promettre", "nier", "réfuter", "contester", "confirmer",
    "revendiquer", "reconnaître", "annoncer", "déplorer", "condamner", "saluer", "accuser",
    "reprocher", "juger", "regretter", "fustiger", "critiquer", "balayer", "mettre en garde", "faire état",
})

#: reflexive verbs of saying whose content follows "de": "se défendre de", "s'inquiéter de"
REFLEXIVE_DE = frozenset({"défendre", "inquiéter", "indigner", "féliciter", "réjouir", "étonner"})

#: introduce an attribution: "selon X, ..." / "d'après X, ..."
ATTRIBUTION_MARKERS = ("selon", "d'après", "d’après", "pour reprendre les mots de", "à en croire", "pour",
                       "de l'aveu même de", "de l’aveu même de", "de l'aveu de", "de l’aveu de",
                       "aux yeux de", "aux yeux d'", "aux yeux d’", "aux yeux du", "de l'avis de",
                       "de l'avis d'", "de l'avis du", "de l’avis de", "de l’avis d’", "de l’avis du",
                       *("à ses yeux", "à leurs yeux", "à son avis", "à leur avis"))
#: attributions that name their source by a possessive only: "À ses yeux, ..." is "Selon elle, ..."
POSSESSIVE_MARKERS = frozenset({"à ses yeux", "à leurs yeux", "à son avis", "à leur avis"})

#: definite descriptions that stand for an organisation named before ("le groupe américain"),
#: with the kinds of actor each can stand for
ORGANISATION_DESCRIPTORS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("groupe", "société", "géant", "plateforme", "réseau", "messagerie", "site",
                     "application", "cabinet", "régie", "annonceur", "prestataire", "officine"),
                    frozenset({"Company", "Organisation"})),
    #: (a party or an association is no "entreprise")
    **dict.fromkeys(("entreprise", "firme", "compagnie", "start-up", "opérateur", "multinationale"),
                    frozenset({"Company"})),
    **dict.fromkeys(("chaîne", "média", "quotidien", "journal", "hebdomadaire", "radio", "télévision"),
                    frozenset({"MediaOutlet"})),
    "agence": frozenset({"MediaOutlet", "Company", "GovernmentBody", "Organisation"}),
    **dict.fromkeys(("ministère", "parquet", "gouvernement", "institution", "organisme", "autorité",
                     "régulateur", "administration", "commission", "police"),
                    frozenset({"GovernmentBody"})),
    **dict.fromkeys(("association", "organisation", "ong", "fondation", "parti", "mouvement",
                     "collectif", "alliance", "coalition", "formation"),
                    frozenset({"Organisation"})),
}

#: personal pronouns that can stand for a speaker
SPEAKER_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "-il", "-elle", "-ils", "-elles"})

#: phrases that send a sentence's time back to an earlier moment of the text
ANAPHORIC_TIME = ("à cette époque", "a cette époque", "à l'époque", "à l’époque", "ce jour-là",
                  "durant cette période", "pendant cette période", "à ce moment-là")
#: a reaction to what was just told, said when it was told: "Commentant cette décision, X a déclaré"
REACTIONS = ("commentant cette", "commentant ces", "commentant ce ", "commentant cet ", "réagissant à cette",
             "réagissant à ces", "réagissant à ce ", "réagissant à cet ")
#: the day told last, also in the paragraph before ("Dans un communiqué publié le soir même")
SAME_DAY = ("le même jour", "ce même jour", "le jour même", "le soir même", "le matin même")

#: words before a date that make it the bound of a state ("jusqu'en 2022", "depuis mars"),
#: not the moment something was said
RANGE_WORDS = ("jusqu'en", "jusqu’en", "jusqu'au", "jusqu’au", "depuis", "dès", "entre", "avant",
               "après", "jusqu'à", "jusqu’à", "d'ici au", "d’ici au", "d'ici à", "d’ici à", "d'ici")

#: quotation marks: opening -> closing
QUOTE_PAIRS = {"«": "»", "“": "”", "‹": "›", '"': '"'}

#: a quoted span with fewer words than this is a citation of a term ("ingérence russe"), not speech
MIN_QUOTE_WORDS = 4

#: titles that, after "le"/"la", designate the person named with them before ("le magistrat" is the
#: prosecutor or judge named earlier); each maps to the titles it may stand for
PERSON_TITLES: dict[str, tuple[str, ...]] = {
    **{t: (t,) for t in ("ministre", "procureur", "procureure", "juge", "député", "députée", "sénateur",
                         "sénatrice", "président",
                         "présidente", "directeur", "directrice", "dirigeant", "dirigeante",
                         "maire", "commissaire", "enquêteur", "enquêtrice", "universitaire", "analyste",
                         "fondateur", "fondatrice", "candidat", "candidate", "militant", "militante",
                         "influenceur", "influenceuse", "responsable", "patron", "patronne", "gérant",
                         "gérante", "trésorier", "trésorière", "ambassadeur", "ambassadrice",
                         "porte-parole", "inspecteur", "inspectrice", "commandant", "commandante",
                         "solliciteur", "consultant", "consultante", "gouverneur", "gouverneure")},
    #: "Le chercheur relève" after "le politiste X": scholars by their discipline
    "chercheur": ("chercheur", "politiste", "politologue", "sociologue", "économiste", "historien", "juriste",
                  "universitaire", "professeur", "enseignant-chercheur"),
    "chercheuse": ("chercheuse", "politiste", "politologue", "sociologue", "économiste", "historienne",
                   "juriste", "universitaire", "professeure", "enseignante-chercheuse"),
    "avocat": ("avocat", "me", "maître"),  # "», s'indigne Me X ... L'avocat a dénoncé"
    "avocate": ("avocate", "me", "maître"),
    # "le directeur des poursuites publiques", "la cheffe du parquet": prosecutors by their office
    "magistrat": ("magistrat", "procureur", "juge", "poursuites", "parquet"),
    "magistrate": ("magistrate", "procureure", "juge", "poursuites", "parquet"),
    "policier": ("policier", "commissaire", "inspecteur", "commandant", "capitaine"),
    "policière": ("policière", "commissaire", "inspectrice", "commandante", "capitaine"),
    "élu": ("élu", "député", "sénateur", "maire", "conseiller", "parlementaire", "tête de liste"),
    "élue": ("élue", "députée", "sénatrice", "maire", "conseillère", "parlementaire", "tête de liste"),
}

#: documents that speak for the organisation that published them ("le rapport relève que ...")
REPORT_NOUNS = frozenset({"rapport", "étude", "audit", "bilan"})

#: a nickname in apposition: "X, dit « Lion d'Or »,", "X, alias « Baby »,"
CALLED = re.compile(r"(?<=,)\s*(?:dite?|alias|surnommée?)\s+«[^«»]{1,40}»(?=\s*,)")
