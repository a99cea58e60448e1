"""App-wide HTTP behaviour: CORS and gzip, as request hooks over every route.

CORS (setting ``cors``), contract:

- off (empty, the default): no CORS header is ever sent, so browsers on other origins cannot
  read answers; ``OPTIONS`` gets Flask's plain answer.
- ``*``: any origin may read (``Access-Control-Allow-Origin: *``), never with credentials
  (``Access-Control-Allow-Credentials`` is never sent; a script may still send an
  ``Authorization`` header it sets itself).
- a comma-separated list of origins: a listed ``Origin`` is echoed back with ``Vary: Origin``;
  others get no CORS header.
- A preflight (``OPTIONS`` with ``Origin`` and ``Access-Control-Request-Method``) from an allowed
  origin is answered ``204`` with the allowed methods and headers, cached 10 minutes.

gzip, contract: a successful answer or error of at least :data:`GZIP_MIN_SIZE` bytes is
compressed when the request's ``Accept-Encoding`` accepts gzip, and carries
``Vary: Accept-Encoding`` either way. Answers are whole bytes when the hooks run (the executor
serializes before responding), so the compressed length is known before the first byte.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass

from flask import Flask, Response, current_app, request

from kg.settings import Settings

HTTP_KEY = "newskg.http"
"""Key of the app's :class:`HttpPolicy` in ``app.extensions``."""

GZIP_MIN_SIZE = 1024
"""Smaller answers fit a few packets as they are; compressing them costs more than it saves."""

ALLOWED_METHODS = "GET, HEAD, POST, PUT, DELETE, OPTIONS"
ALLOWED_HEADERS = "Accept, Accept-Encoding, Authorization, Content-Type"
EXPOSED_HEADERS = "Content-Length, Location, Retry-After, X-Newskg-Truncated"
PREFLIGHT_MAX_AGE = 600


@dataclass(frozen=True)
class HttpPolicy:
    """Which origins may read answers: none (off), any (``*``) or those listed."""

    any_origin: bool
    origins: frozenset[str]

    @classmethod
    def from_setting(cls, cors: str) -> HttpPolicy:
        value = cors.strip()
        if value == "*":
            return cls(True, frozenset())
        return cls(False, frozenset(o.strip().rstrip("/") for o in value.split(",") if o.strip()))

    def allow_origin(self, origin: str | None) -> str | None:
        """The ``Access-Control-Allow-Origin`` value for ``origin``, or ``None`` (no CORS)."""
        if origin is None:
            return None
        if self.any_origin:
            return "*"
        return origin if origin.rstrip("/") in self.origins else None


def _policy() -> HttpPolicy:
    policy: HttpPolicy = current_app.extensions[HTTP_KEY]
    return policy


def answer_preflight() -> Response | None:
    """A ``204`` for a CORS preflight from an allowed origin; ``None`` lets the request through."""
    if request.method != "OPTIONS" or "Access-Control-Request-Method" not in request.headers:
        return None
    allowed = _policy().allow_origin(request.headers.get("Origin"))
    if allowed is None:
        return None
    response = Response(status=204)
    response.headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
    response.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
    response.headers["Access-Control-Max-Age"] = str(PREFLIGHT_MAX_AGE)
    return response


def add_cors_headers(response: Response) -> Response:
    """Let an allowed origin read ``response``."""
    policy = _policy()
    if not policy.any_origin and policy.origins:
        response.vary.add("Origin")
    allowed = policy.allow_origin(request.headers.get("Origin"))
    if allowed is not None:
        response.headers["Access-Control-Allow-Origin"] = allowed
        response.headers["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
    return response


def compress(response: Response) -> Response:
    """Gzip ``response`` if the client accepts it and it is worth it."""
    if response.direct_passthrough or response.is_streamed or "Content-Encoding" in response.headers:
        return response
    data = response.get_data()
    if len(data) < GZIP_MIN_SIZE:
        return response
    response.vary.add("Accept-Encoding")
    if request.accept_encodings["gzip"] <= 0 and request.accept_encodings["x-gzip"] <= 0:
        return response
    response.set_data(gzip.compress(data, compresslevel=6))
    response.headers["Content-Encoding"] = "gzip"
    return response


def init_http(app: Flask, settings: Settings) -> None:
    """Install the CORS and gzip hooks on ``app``."""
    app.extensions[HTTP_KEY] = HttpPolicy.from_setting(settings.cors)
    app.before_request(answer_preflight)
    app.after_request(add_cors_headers)
    app.after_request(compress)
