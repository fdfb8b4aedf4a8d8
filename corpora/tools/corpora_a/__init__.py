"""Data and helpers for corpora owned by engineer corpora-a (SEC-01/03/04/05/26/31)."""
