"""``/``: the query page (YASGUI over our ``/sparql``), and the vendored YASGUI build it loads.

Contract:

- ``GET /`` answers an HTML page that loads only files of this server: YASGUI's build from
  ``/vendor/yasgui/`` (``node_modules/@zazuko/yasgui/build``, installed by ``make`` with ``npm ci``,
  never committed), our script and styles from ``/static/page/``. A ``Content-Security-Policy``
  keeps every request of the page on its own origin, whatever a script tries.
- The page's settings travel as JSON in the page (endpoint, prefixes of
  :data:`kg.namespaces.PREFIXES`, base IRI, where canned and saved queries are listed), so the
  script holds no configuration of its own.
- :func:`render_page` also renders a saved query's short link (``/q/<id>``, :mod:`server.saved`),
  which opens the page with that query in the editor.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from flask import Blueprint, Response, current_app, render_template, request, send_from_directory

from kg.namespaces import PREFIXES
from kg.saved_queries import SavedQuery
from kg.settings import Settings

VENDOR_DIR = Path(__file__).resolve().parent.parent / "node_modules" / "@zazuko" / "yasgui" / "build"
"""YASGUI's build files, where ``npm ci`` puts them in a checkout."""

#: Every request of the page stays on its origin; YASGUI sets inline styles, data: icons.
CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
])

blueprint = Blueprint("page", __name__)


def page_config(settings: Settings, saved: SavedQuery | None) -> dict[str, Any]:
    """What the page's script needs, as JSON-ready data."""
    root = request.url_root
    return {
        "endpoint": root + "sparql",
        "prefixes": PREFIXES,
        "baseIri": settings.base_iri,
        "cannedQueries": root + "api/queries",
        "savedQueries": root + "saved",
        "saved": saved.as_json() if saved is not None else None,
        "yasguiInstalled": (VENDOR_DIR / "yasgui.min.js").is_file(),
    }


def render_page(saved: SavedQuery | None = None) -> Response:
    """The query page, with ``saved`` loaded in the editor if given."""
    from server import SETTINGS_KEY  # the app factory imports this module

    settings: Settings = current_app.extensions[SETTINGS_KEY]
    config = page_config(settings, saved)
    # No raw "<", ">" or "&" in the JSON: nothing in it can close the <script> element it sits in.
    config_json = (
        json.dumps(config, ensure_ascii=False)
        .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    )
    html = render_template("query_page.html", config_json=config_json, config=config)
    response = Response(html, content_type="text/html; charset=utf-8")
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["Referrer-Policy"] = "same-origin"
    return response


@blueprint.route("/")
def query_page() -> Response:
    """The query page with the editor empty (or as a permalink's query string sets it)."""
    return render_page()


@blueprint.route("/vendor/yasgui/<path:filename>")
def yasgui_file(filename: str) -> Response:
    """A file of YASGUI's build (404 if ``npm ci`` has not installed it)."""
    return send_from_directory(VENDOR_DIR, filename, max_age=3600)
