"""Stage 4, the municipality's repository: ``kotodoc init`` and the files it writes.

Takes municipality names and options; gives a new programme file generated from the form, the
editor schema, CI and pre-commit files, written without replacing anything unless told to.
"""
