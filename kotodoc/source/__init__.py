"""Stage 1, the source: bytes of a YAML file -> a plain tree of texts, lists and mappings, with positions.

Takes a path or bytes; gives a :class:`~kotodoc.source.loader.LoadResult`: the tree (keys folded,
no type guessing), where every key and value was written, and the ``KD1xx`` findings of reading it.
"""
