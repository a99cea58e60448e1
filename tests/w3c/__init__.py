"""Harness for the W3C SPARQL 1.1 test suite in ``../shared/w3c-rdf-tests`` (read, never copied)."""
