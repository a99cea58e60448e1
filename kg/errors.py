"""The one error hierarchy of newskg.

Every error carries the context a user needs to act on it (file, query name, parameter...).
The CLI maps them once to exit codes, the server once to HTTP status codes::

    NewskgError                      base; never raised itself
    ├── UsageError                   bad settings or arguments          exit 2 / HTTP 400
    │   ├── UnknownQueryError        no canned query of that name       exit 2 / HTTP 404
    │   └── ParameterError           a canned-query parameter is invalid exit 2 / HTTP 400
    ├── ArticleError                 an article cannot be read          exit 1
    │   ├── EmptyArticleError        nothing left after decoding
    │   ├── InvalidArticleError      its graph violates the SHACL shapes (load refused)
    │   └── InconsistentArticleError its graph contradicts the ontology (load refused)
    ├── OntologyError                the ontology or the reasoner       exit 1
    │   ├── InconsistentOntologyError  HermiT found no model
    │   └── ReasonerUnavailableError   Java or HermiT missing or failing
    ├── QueryError                   a SPARQL query or update is refused exit 1 / HTTP 400
    │   ├── QuerySyntaxError         the parser rejected it
    │   ├── QueryFormError           wrong form for the operation (e.g. an update sent as a query)
    │   └── QueryRefusedError        uses what the operator did not allow (SERVICE, LOAD)
    ├── LimitError                   a limit stopped the query           exit 1 / HTTP 503
    │   ├── QueryTimeoutError        ran past its time limit (its worker was killed)
    │   ├── OverloadedError          every query slot taken              + Retry-After
    │   └── WorkerDiedError          its worker died (past its memory cap) and was replaced
    ├── CannedQueryError             a canned query file is malformed     exit 1 / HTTP 500
    ├── FormatError                  no serializer for a requested format exit 2 / HTTP 406
    └── StoreError                   the store failed                    exit 1 / HTTP 500
        └── StoreUnavailableError    cannot reach / open it              exit 1 / HTTP 503
"""

from __future__ import annotations


class NewskgError(Exception):
    """Base of every error newskg raises on purpose."""


class UsageError(NewskgError):
    """A setting or argument is invalid."""


class UnknownQueryError(UsageError):
    """No canned query has the name asked for; the message lists the known ones."""

    def __init__(self, name: str, known: list[str]) -> None:
        super().__init__(f"no canned query named {name!r} (known: {', '.join(known) or 'none'})")
        self.name = name


class ParameterError(UsageError):
    """A value given for a canned query is invalid: names the query, the parameter and what it expects."""

    def __init__(self, query: str, parameter: str, reason: str) -> None:
        super().__init__(f"query {query!r}, parameter {parameter!r}: {reason}")
        self.query = query
        self.parameter = parameter
        self.reason = reason


class CannedQueryError(NewskgError):
    """A canned query file (``queries/*.rq``) is malformed: names the file and what is wrong."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ArticleError(NewskgError):
    """An article file cannot be read or decoded; names the file and the reason."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class EmptyArticleError(ArticleError):
    """The article holds no text once decoded and normalised."""


class InvalidArticleError(ArticleError):
    """The article's graph violates the SHACL shapes; ``reason`` is the readable report."""


class InconsistentArticleError(ArticleError):
    """The article's graph contradicts the ontology (with what the store holds); ``reason`` names
    the resources, the axioms and where each conflicting fact comes from."""


class OntologyError(NewskgError):
    """The ontology cannot be reasoned over, or is contradictory."""


class InconsistentOntologyError(OntologyError):
    """HermiT found the ontology inconsistent."""


class ReasonerUnavailableError(OntologyError):
    """The reasoner cannot run (no Java, or HermiT failed)."""


class QueryError(NewskgError):
    """A SPARQL query or update was refused."""


class QuerySyntaxError(QueryError):
    """The SPARQL parser rejected the text; the message is the parser's."""


class QueryFormError(QueryError):
    """The query has the wrong form for the operation asked (e.g. an update sent as a query)."""


class QueryRefusedError(QueryError):
    """The query or update uses a feature the operator did not allow (``SERVICE``, ``LOAD``)."""


class LimitError(NewskgError):
    """A limit of the executor (time, concurrency, memory) stopped the query; retrying may work."""


class QueryTimeoutError(LimitError):
    """The query ran past its time limit and was stopped; ``limit`` is that limit, in seconds."""

    def __init__(self, limit: float) -> None:
        super().__init__(f"the query ran past its time limit of {limit:g} s and was stopped")
        self.limit = limit


class OverloadedError(LimitError):
    """Every query slot is taken; ``retry_after`` is the suggested wait, in whole seconds."""

    def __init__(self, slots: int, retry_after: int = 1) -> None:
        super().__init__(f"the endpoint is evaluating {slots} queries already: retry in {retry_after} s")
        self.slots = slots
        self.retry_after = retry_after


class WorkerDiedError(LimitError):
    """The worker process evaluating the query died (usually past its memory cap); it was replaced."""


class FormatError(NewskgError):
    """No serializer exists for the requested media type or format name."""


class StoreError(NewskgError):
    """The store failed while doing what was asked."""


class StoreUnavailableError(StoreError):
    """The store cannot be opened or reached."""
