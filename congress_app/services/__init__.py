"""Use cases. Each function takes a Session, owns its transaction and returns plain data."""
