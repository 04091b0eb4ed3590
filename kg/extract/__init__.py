"""Extraction: posts in, actor–action–target triples with evidence out.

``extract(posts)`` yields one :class:`kg.model.Extraction` per post (its actors and triples);
``extract_triples(posts)`` yields the triples alone. Both stream: posts are parsed in batches
with ``nlp.pipe``, in ``workers`` processes when asked.
"""

from __future__ import annotations

from kg.extract.build import EXTRACTOR, build_extraction
from kg.extract.run import extract, extract_triples

__all__ = ["EXTRACTOR", "build_extraction", "extract", "extract_triples"]
