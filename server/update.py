"""The update operation of the SPARQL 1.1 Protocol, on ``/sparql``.

Contract:

- An update comes as ``POST`` ``application/x-www-form-urlencoded`` with one ``update=`` (and
  ``using-graph-uri`` / ``using-named-graph-uri``, repeatable, in the body), or as ``POST``
  ``application/sparql-update`` whose UTF-8 body is the update (parameters in the URL).
  An ``update`` sent by ``GET`` is refused by ``/sparql`` itself (400).
- The writer must be allowed first (:func:`server.auth.require_writer`: 401/403 otherwise);
  then, with 400: two updates, an update together with a query, a body that is not UTF-8,
  ``LOAD`` or a ``SERVICE`` not allowed (:func:`kg.query_guard.check_update`), a dataset
  given both by parameters and by ``USING``/``WITH``, an update the store's parser rejects.
  A body over ``max_body`` is 413.
- Relative IRIs resolve against the endpoint's URL. Without ``USING``, ``WITH`` or the
  parameters, graph patterns without ``GRAPH`` match the store's own default graph (standard
  SPARQL Update; see docs/decisions/0006-writes-and-default-graph.md).
- The whole request is one transaction. On success: ``204 No Content``, and the executor is
  told that the store changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import Request, Response
from werkzeug.exceptions import RequestEntityTooLarge

from kg.errors import UsageError
from kg.execution import Executor
from kg.query_guard import check_update
from kg.store import Store
from kg.updates import with_base, with_dataset
from server.auth import require_writer, write_policy

FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-update"


@dataclass(frozen=True)
class UpdateOperation:
    """One protocol update request, read from HTTP."""

    update: str
    using_graphs: list[str]
    using_named_graphs: list[str]


def is_update_request(req: Request) -> bool:
    """Whether ``req`` asks for the update operation (rather than a query)."""
    if req.method != "POST":
        return False
    if req.mimetype == DIRECT:
        return True
    return req.mimetype == FORM and "update" in req.form and "query" not in req.form


def check_body_size(req: Request) -> None:
    """413 before reading a body larger than the ``max_body`` setting."""
    limit = write_policy().max_body
    if req.content_length is not None and req.content_length > limit:
        raise RequestEntityTooLarge(f"the request body is larger than {limit} bytes (max_body)")


def read_update(req: Request) -> UpdateOperation:
    """The update operation of ``req`` (an update request); ``UsageError`` if malformed."""
    if req.mimetype == DIRECT:
        charset = req.mimetype_params.get("charset", "utf-8").lower()
        if charset not in ("utf-8", "utf8"):
            raise UsageError(f"an application/sparql-update body must be UTF-8, not {charset}")
        try:
            updates = [req.get_data().decode("utf-8")]
        except UnicodeDecodeError as exc:
            raise UsageError(f"the body of an application/sparql-update POST must be UTF-8: {exc}") from None
        params = req.args
        updates += params.getlist("update")
    else:
        params = req.form
        updates = params.getlist("update")
    if len(updates) != 1:
        raise UsageError(f"give one update, not {len(updates)}")
    return UpdateOperation(
        updates[0], params.getlist("using-graph-uri"), params.getlist("using-named-graph-uri")
    )


def perform_update(req: Request, store: Store, executor: Executor) -> Response:
    """Run the update ``req`` asks for over ``store``; see the module docstring."""
    require_writer(req)
    check_body_size(req)
    operation = read_update(req)
    check_update(operation.update, write_policy().service_allow)
    sparql = with_dataset(operation.update, operation.using_graphs, operation.using_named_graphs)
    store.update(with_base(sparql, req.base_url))
    executor.changed()
    return Response(status=204)
