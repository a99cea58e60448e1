"""Fixtures for a live HTTP server (filled in by the server work)."""
