"""Errors to HTTP responses: the one place where ``kg.errors`` classes meet status codes.

Every error answer is ``text/plain; charset=utf-8`` whose body is the error's own message (for a
malformed query, the parser's message). A query stopped by a limit (time, memory, concurrency) is a
503, with ``Retry-After`` when every query slot was taken. Only the classes of :data:`STATUS` are
mapped; any other exception is a bug and surfaces as a plain 500 without its details (Flask logs
the traceback).
"""

from __future__ import annotations

from flask import Flask, Response, current_app
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response as WerkzeugResponse

from kg.errors import (
    FormatError,
    LimitError,
    NewskgError,
    OverloadedError,
    QueryError,
    StoreError,
    StoreUnavailableError,
    UsageError,
)

PLAIN_TEXT = "text/plain; charset=utf-8"

#: Looked up along the exception's MRO, so the nearest listed ancestor decides.
STATUS: dict[type[NewskgError], int] = {
    UsageError: 400,
    QueryError: 400,  # covers QuerySyntaxError, QueryFormError and QueryRefusedError (SERVICE)
    FormatError: 406,
    LimitError: 503,  # timeout, overload, a dead worker: the server is fine, this query was not
    StoreError: 500,
    StoreUnavailableError: 503,
}


def status_of(exc: NewskgError) -> int:
    """The status for ``exc``: that of its nearest class in :data:`STATUS`, else 500."""
    for cls in type(exc).__mro__:
        if cls in STATUS:
            return STATUS[cls]
    return 500


def plain_text(message: str, status: int) -> Response:
    """A plain-text error answer; the message ends with a newline so terminals stay tidy."""
    return Response(message.rstrip("\n") + "\n", status=status, content_type=PLAIN_TEXT)


def _newskg_error(exc: NewskgError) -> Response:
    status = status_of(exc)
    if status >= 500 and not isinstance(exc, LimitError):
        current_app.logger.error("%s: %s", type(exc).__name__, exc, exc_info=exc)
    response = plain_text(str(exc), status)
    if isinstance(exc, OverloadedError):
        response.headers["Retry-After"] = str(exc.retry_after)
    return response


def _http_error(exc: HTTPException) -> WerkzeugResponse:
    """Werkzeug's own errors (404, 405, an unhandled exception's 500...) as plain text.

    The original response is kept for its headers (``Allow`` on a 405), only the body changes.
    """
    response = exc.get_response()
    response.set_data(f"{exc.code} {exc.name}: {exc.description}\n")
    response.content_type = PLAIN_TEXT
    return response


def register_error_handlers(app: Flask) -> None:
    """Install the handlers on ``app``: ``kg`` errors by :data:`STATUS`, HTTP errors as plain text."""
    app.register_error_handler(NewskgError, _newskg_error)
    app.register_error_handler(HTTPException, _http_error)
