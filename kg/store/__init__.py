"""Stores: the protocol and its implementations, and the factory that picks one from settings."""

from __future__ import annotations

from kg.settings import Settings
from kg.store.base import DEFAULT_GRAPH, Store, replace_graph_update
from kg.store.oxigraph import OxigraphStore


def open_store(settings: Settings) -> Store:
    """The store the settings name: remote if ``query_url`` is set, else embedded on disk."""
    if settings.query_url:
        from kg.store.remote import RemoteStore

        return RemoteStore(settings.query_url, settings.update_url or None)
    return OxigraphStore(settings.store)


__all__ = ["DEFAULT_GRAPH", "OxigraphStore", "Store", "open_store", "replace_graph_update"]
