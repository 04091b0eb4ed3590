"""Small tables of named implementations (loaders, exporters, stores).

Entries are ``"module:attribute"`` strings imported on first use, so that a table
lists every built-in without importing heavy dependencies. Aliases are extra keys.
Third-party packages add entries through the entry-point group named by the table.
"""

from __future__ import annotations

import importlib
from importlib.metadata import entry_points
from typing import Generic, TypeVar

from kg.errors import UnknownName

T = TypeVar("T")


class Registry(Generic[T]):
    """A table of named implementations of one kind."""

    def __init__(self, kind: str, group: str | None = None) -> None:
        self.kind = kind
        self.group = group
        self._targets: dict[str, str | T] = {}
        self._aliases: dict[str, str] = {}
        self._plugins_loaded = group is None

    def register(self, name: str, target: str | T, *aliases: str) -> None:
        """Add ``target`` (an object or lazy ``"module:attribute"``) under ``name`` and aliases."""
        self._targets[name] = target
        for alias in aliases:
            self._aliases[alias] = name

    def names(self) -> list[str]:
        """Canonical names in the table, sorted."""
        self._load_plugins()
        return sorted(self._targets)

    def canonical(self, name: str) -> str:
        """The canonical name for ``name`` or one of its aliases."""
        self._load_plugins()
        key = self._aliases.get(name, name)
        if key not in self._targets:
            raise UnknownName(self.kind, name, self.names())
        return key

    def get(self, name: str) -> T:
        """The implementation registered under ``name`` (or an alias)."""
        key = self.canonical(name)
        target = self._targets[key]
        if isinstance(target, str):
            module, _, attr = target.partition(":")
            target = getattr(importlib.import_module(module), attr)
            self._targets[key] = target
        return target

    def __contains__(self, name: object) -> bool:
        self._load_plugins()
        return name in self._targets or name in self._aliases

    def _load_plugins(self) -> None:
        if self._plugins_loaded:
            return
        self._plugins_loaded = True
        assert self.group is not None
        for ep in entry_points(group=self.group):
            self._targets.setdefault(ep.name, ep.value)
