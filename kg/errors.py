"""Errors kg reports to its users.

Every message is written to be shown as it is: one line saying what went wrong,
where (file, actor, store) and what to do about it. The CLI prints ``Error: <message>``
and exits with ``exit_code``; ``KG_DEBUG=1`` shows the traceback instead.
"""

from __future__ import annotations


class KGError(Exception):
    """Base class of every error kg reports to a user; its message is displayed as is."""

    exit_code: int = 1


class UsageError(KGError):
    """A command was given options that cannot work together."""

    exit_code = 2


class UnknownName(KGError):
    """A name looked up in one of kg's tables (format, loader, store, query) does not exist."""

    exit_code = 2

    def __init__(self, kind: str, name: str, valid: list[str]) -> None:
        self.kind, self.name, self.valid = kind, name, valid
        super().__init__(f"unknown {kind} {name!r}; choose one of: {', '.join(sorted(valid))}")


class InputError(KGError):
    """An input file or item cannot be read; names the file and the reason."""

    def __init__(self, source: str, reason: str) -> None:
        self.source, self.reason = source, reason
        super().__init__(f"{source}: {reason}")


class SchemaError(KGError):
    """A file in schema/ is missing or malformed, or data breaks the schema's closed lists."""


class ModelNotFound(KGError):
    """The spaCy pipeline asked for is not installed."""


class ExtractionError(KGError):
    """Extraction failed on a post for a reason other than its input."""


class StoreError(KGError):
    """The graph store refused an operation (a Cypher error, a constraint, a full disk)."""


class StoreUnavailable(StoreError):
    """The graph store cannot be reached, started or logged into; nothing was written."""

    exit_code = 2


class ActorNotFound(KGError):
    """No actor in the graph matches a name; suggests the closest ones."""


class AmbiguousActor(KGError):
    """A name matches several actors; lists them."""


class OutputError(KGError):
    """An output cannot be written (a missing folder, no permission, a full disk)."""
