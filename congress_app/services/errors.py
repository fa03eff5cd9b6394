"""Typed service errors. They carry a code and the facts; the fronts word them (see wording/)."""

from __future__ import annotations

from typing import Any


class ServiceError(Exception):
    """A refused use case. ``code`` names what went wrong; ``details`` holds the facts."""

    code: str = "service_error"

    def __init__(self, code: str | None = None, **details: Any) -> None:
        self.code = code or self.code
        self.details = details
        super().__init__(self.code, details)


class NotFound(ServiceError):
    code = "not_found"


class Conflict(ServiceError):
    code = "conflict"


class InvalidInput(ServiceError):
    """Bad input; ``details['field']`` names the field or row where it is known."""

    code = "invalid_input"
