"""kg: a knowledge graph of actors and relationships, built from posts."""

__version__ = "0.1.0"
