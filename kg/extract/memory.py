"""What a pronoun can refer to while an article is read: the last speaker, the actors last in
subject position (with the sentence they were in), and the grammatical gender of people."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from kg.extract.facts import Extraction
from kg.extract.institutions import CUES
from kg.extract.lexicon_events import ITEM_NOUNS

_FEMININE = re.compile(r"\b(?:Mme|Madame|Mlle)\s*\Z")
_MASCULINE = re.compile(r"(?:\bM\.|\bMonsieur)\s*\Z")


@dataclass
class SpeakerMemory:
    """What pronouns can refer to: the last speaker and the last actors in subject position."""

    last_speaker: str | None = None
    last_sentence: int = -10
    recent_subjects: list[str] = field(default_factory=list)
    #: the sentence each remembered subject was last seen in
    subject_sentence: dict[str, int] = field(default_factory=dict)
    #: how many sentences have had their subjects noted (the number of the sentence being read)
    noted: int = 0
    #: the sentence whose subject was someone unnamed ("l'un des créateurs"), with that subject's gender
    unnamed: tuple[int, str | None] = (-10, None)
    #: the nouns of unnamed speakers ("raconte un ancien opérateur"): "l'ancien opérateur" is no actor
    unnamed_nouns: set[str] = field(default_factory=set)
    #: the words being attributed speak in the first person singular: only a person said them
    person_only: bool = False
    #: the people each sentence mentions, by sentence number
    mentioned: dict[int, list[str]] = field(default_factory=dict)
    #: the grammatical gender of the noun each remembered subject was last designated by ("le ministère")
    subject_gender: dict[str, str] = field(default_factory=dict)
    #: subjects whose gender is that of a possessive's noun ("Son parti, X,"): it rules out a pronoun
    #: of the other gender, but does not make them the referent of one of theirs
    owned: set[str] = field(default_factory=set)

    def remember(self, key: str, sentence: int) -> None:
        self.last_speaker, self.last_sentence = key, sentence
        self.note_subject(key, self.subject_gender.get(key), owned=key in self.owned)

    def note_subject(self, key: str, noun_gender: str | None = None, *, owned: bool = False) -> None:
        if key in self.recent_subjects:
            self.recent_subjects.remove(key)
        self.recent_subjects.append(key)
        self.subject_sentence[key] = self.noted
        if noun_gender is not None:
            self.subject_gender[key] = noun_gender
        else:
            self.subject_gender.pop(key, None)
        if owned:
            self.owned.add(key)
        else:
            self.owned.discard(key)

    def pronoun(self, extraction: Extraction, sentence: int, word: str = "") -> str | None:
        """The referent of the pronoun ``word`` ("il", "-t-elle", "lui") in sentence ``sentence``.

        A person who was the subject of the previous sentence, after the last speaker spoke, comes
        first ("X a déclaré ... . Le directeur, Y, n'est pas inculpé. Il a reconnu ..." is Y); then
        the one person of the pronoun's gender the previous sentence names, unless the last speaker
        is of that gender too; then the last speaker of the last two sentences; then the last
        subject. A person whose gender the article shows is never the referent of a pronoun of the
        other gender; words in the first person (``person_only``) have a person for speaker, the
        last one named in the two sentences before when the last speaker is no person.
        """
        wanted = _gender_of_pronoun(word)
        plural = word.lower().lstrip("-t").lstrip("-") in ("ils", "elles")
        if plural and _items_before(extraction, sentence, wanted):
            return None  # "Des messages envoyés par milliers ... . Ils annonçaient ...": the messages

        def fits(key: str) -> bool:
            if self.person_only and (key not in extraction.actors or extraction.actors[key].kind != "Person"):
                return False  # « C'est ma voix », a-t-elle martelé: a person, not "la police"
            # "Son parti, X, reconnaît ... . L'offre a été déclinée, assure-t-elle": not the party
            return wanted is None or (gender(extraction, key) in (None, wanted) and (
                extraction.actors[key].kind == "Person" or self.subject_gender.get(key) in (None, wanted)))

        previous = [k for k in self.recent_subjects if self.subject_sentence.get(k) == sentence - 1
                    and k in extraction.actors and extraction.actors[k].kind == "Person"]
        if previous and self.last_sentence < sentence - 1 and fits(previous[-1]):
            return previous[-1]
        # "Le ministère ne l'entend pas ainsi. Dans un communiqué, il a rappelé": the organisation
        # the sentence before was about, of the pronoun's gender, before the last speaker
        before = [k for k in self.recent_subjects if self.subject_sentence.get(k) == sentence - 1
                  and k in extraction.actors and k != self.last_speaker]
        if before and not previous and self.last_sentence < sentence - 1 and wanted is not None \
                and fits(before[-1]) and self.subject_gender.get(before[-1]) == wanted \
                and before[-1] not in self.owned:
            return before[-1]
        unnamed, its_gender = self.unnamed
        if unnamed == sentence - 1 and not previous and wanted is not None and its_gender in (None, wanted) \
                and self.last_sentence != sentence:  # "X assure que ... : « ... », nous a-t-il dit": X
            return None  # "L'un des créateurs reconnaît ... . Il dit ...": the one no name was given
        shown = [k for k in self.mentioned.get(sentence - 1, [])
                 if wanted and gender(extraction, k) == wanted]
        if len(shown) == 1 and self.last_speaker not in shown and self.last_sentence < sentence - 1 and (
                self.last_speaker is None or gender(extraction, self.last_speaker) != wanted):
            return shown[0]  # "... figure la députée X. « ... », raconte-t-elle": not the last speaker, a man
        recent = self.last_speaker and sentence - self.last_sentence <= 2 and fits(self.last_speaker)
        if self.person_only and not recent:
            for back in (1, 2):
                people = [k for k in self.mentioned.get(sentence - back, []) if fits(k)]
                if people:
                    return people[-1]
        if recent:
            return self.last_speaker
        candidates = [k for k in self.recent_subjects if fits(k)]
        return candidates[-1] if candidates else None


def _items_before(extraction: Extraction, sentence: int, wanted: str | None = None) -> bool:
    """Whether the first plural noun of the sentence before names promoted items ("des messages"),
    or the last one does, of the pronoun's gender ("... a versé X à TikTok pour diffuser 1 100 vidéos.
    Tournées par ..., elles accusaient"), which a plural pronoun then takes up: items say nothing."""
    if extraction.doc is None or sentence < 1:
        return False
    prior = next(islice(extraction.doc.sents, sentence - 1, None), None)
    plurals = [t for t in prior or () if t.pos_ == "NOUN" and "Plur" in t.morph.get("Number")]
    told = plurals[:1] + [t for t in plurals[-1:] if wanted in t.morph.get("Gender")]
    return any(t.lower_ in ITEM_NOUNS for t in told)


def _gender_of_pronoun(word: str) -> str | None:
    word = word.lower().lstrip("-t").lstrip("-")
    if word in ("elle", "elles"):
        return "Fem"
    if word in ("il", "ils", "lui"):
        return "Masc"
    return None


def gender(extraction: Extraction, key: str) -> str | None:
    """A person's grammatical gender as the article shows it: "Mme X", "M. X", or the gender of the
    title the name is apposed to ("la directrice, X"); ``None`` when unknown or contradictory."""
    actor = extraction.actors.get(key)
    if actor is None or actor.kind != "Person":
        return None
    body, doc = extraction.article.body, extraction.doc
    votes: set[str] = set()
    for mention in actor.mentions:
        before = body[max(0, mention.start - 12):mention.start]
        if _FEMININE.search(before):
            votes.add("Fem")
        elif _MASCULINE.search(before):
            votes.add("Masc")
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        title = root.head  # "le secrétaire à la communication du parti, X": the title, not its complement
        while any(c.dep_ == "case" for c in title.children) and title.head.pos_ == "NOUN" \
                and title.head.i != title.i:
            title = title.head
        if root.dep_ == "appos" and title.pos_ == "NOUN" and title.lower_ not in _EPICENE:
            votes.update(_article_gender(title))
        elif span.start > 0 and doc[span.start - 1].pos_ == "NOUN" and doc[span.start - 1].text.islower():
            votes.update(_article_gender(doc[span.start - 1]))  # "la ministre Anna Berg"
        elif span.end + 2 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].lower_ in _ARTICLES \
                and doc[span.end + 2].pos_ in ("NOUN", "ADJ") and doc[span.end + 2].lower_ not in _EPICENE \
                and doc[span.end + 2].lower_ not in CUES:  # not "X, une agence néo-zélandaise, Y"
            votes.add(_ARTICLES[doc[span.end + 1].lower_])  # "Keila Rodrigues, une influenceuse"
    return votes.pop() if len(votes) == 1 else None


#: titles whose article does not follow the holder's gender ("le Dr Fiona X")
_EPICENE = frozenset({"dr", "pr", "docteur", "professeur"})
_ARTICLES = {"la": "Fem", "une": "Fem", "cette": "Fem", "sa": "Fem", "le": "Masc", "un": "Masc",
             "ce": "Masc", "cet": "Masc"}  # not "son": "son avocate"


def _article_gender(noun: Any) -> set[str]:
    """The gender the article of a title shows ("la ministre", "le porte-parole"): titles such as
    "ministre" are both, and the tagger guesses."""
    return {_ARTICLES[c.lower_] for c in noun.children if c.dep_ == "det" and c.lower_ in _ARTICLES}
