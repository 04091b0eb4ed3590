"""Loaders: files of posts in, :class:`kg.model.Post` records out (``kg.loaders``)."""
