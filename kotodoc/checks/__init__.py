"""Stage 3, the checks: a loaded file -> every finding about it, placed at file:line:col.

Takes the loader's result; gives a :class:`~kotodoc.checks.validate.Report` (the diagnostics and,
when the document is sound, the programme). Pydantic's errors become diagnostics in one place
(:mod:`~kotodoc.checks.schema_errors`); the content rules are joined in one explicit list
(:data:`kotodoc.checks.rules.RULES`). Report formats (text, JSON, GitHub, GitLab) live here too, and
:mod:`~kotodoc.checks.batch`, which checks any number of files holding one file's data at a time.
"""
