"""Fixtures for a real `oxigraph serve` process (filled in by the remote-store work)."""
