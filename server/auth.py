"""Who may write: the bearer token of the ``update_token`` setting guards every write.

Contract of :func:`require_writer`, called before any SPARQL Update or Graph Store write:

- no token configured (the default): writes are off, ``403`` with a plain message naming the
  setting, whatever the request carries;
- no ``Authorization: Bearer ...`` header (or another scheme): ``401`` with
  ``WWW-Authenticate: Bearer realm="newskg"``;
- a bearer token that differs from the configured one: ``403``. The comparison takes the same
  time wherever the tokens differ (:func:`hmac.compare_digest`).

Reads never need a token.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass

from flask import Flask, Request, current_app
from werkzeug.datastructures import WWWAuthenticate
from werkzeug.exceptions import Forbidden, Unauthorized

from kg.query_guard import parse_allow_list
from kg.settings import Settings

WRITES_KEY = "newskg.writes"
"""Key of the app's :class:`WritePolicy` in ``app.extensions``."""

REALM = "newskg"


@dataclass(frozen=True)
class WritePolicy:
    """What writes need: the operator's token (empty: writes are off), the largest body, and the
    endpoints ``SERVICE`` may call from an update."""

    token: str
    max_body: int
    service_allow: frozenset[str]

    @property
    def enabled(self) -> bool:
        return bool(self.token)


def init_writes(app: Flask, settings: Settings) -> None:
    """Give ``app`` the write policy its settings describe."""
    app.extensions[WRITES_KEY] = WritePolicy(
        settings.update_token, settings.max_body, parse_allow_list(settings.service_allow)
    )


def write_policy() -> WritePolicy:
    """The write policy of the app handling the request."""
    policy: WritePolicy = current_app.extensions[WRITES_KEY]
    return policy


def require_writer(req: Request) -> None:
    """Return if ``req`` may write; raise the 401/403 of the module docstring otherwise."""
    policy = write_policy()
    if not policy.enabled:
        raise Forbidden(
            "writes are off on this endpoint: the operator has configured no update token "
            "(NEWSKG_UPDATE_TOKEN / --update-token)"
        )
    scheme, _, given = req.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise Unauthorized(
            "writes need an 'Authorization: Bearer <token>' header",
            www_authenticate=WWWAuthenticate("bearer", {"realm": REALM}),
        )
    if not hmac.compare_digest(given.strip().encode("utf-8"), policy.token.encode("utf-8")):
        raise Forbidden("the bearer token does not allow writes on this endpoint")
