"""The French extraction pipeline: the steps, in order, built once per load."""

from __future__ import annotations

from pathlib import Path

from kg.extract.actors import make_actor_step
from kg.extract.campaigns import find_campaigns
from kg.extract.gazetteer import Gazetteer
from kg.extract.legal import find_legal
from kg.extract.pipeline import Step
from kg.extract.statements import find_statements


def french_steps(gazetteer_path: Path) -> tuple[Step, ...]:
    """Actors (parse, NER, gazetteer, resolution), statements, ad campaigns, legal events, order.

    Statements come before campaigns (a campaign's platform may be the company reporting it) and
    before the legal step (order links statements to indictments).
    """
    gazetteer = Gazetteer.load(gazetteer_path)
    return (make_actor_step(gazetteer), find_statements, find_campaigns, find_legal)
