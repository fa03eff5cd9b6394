"""Storage: SQLAlchemy 2 typed ORM models, engine set-up and migrations."""
