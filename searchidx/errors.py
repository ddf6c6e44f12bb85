"""Errors that searchidx reports to its users in one line."""
from __future__ import annotations


class SearchidxError(Exception):
    """Base class: the message is meant for the user, as is."""


class SourceError(SearchidxError):
    """An input file (or one line of it) cannot be read as an article."""

    def __init__(self, path: str, message: str, line: int | None = None):
        self.path, self.line, self.reason = str(path), line, message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


class QueryError(SearchidxError):
    """A query that cannot be parsed."""


class IndexError_(SearchidxError):
    """The index is missing, locked, or of another version."""


# a friendlier public name; the trailing underscore avoids shadowing the builtin inside the package
IndexStateError = IndexError_
