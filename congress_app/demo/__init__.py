"""Realistic demo data: a whole congress history for a fictional university."""
