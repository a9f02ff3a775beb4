"""Stage 2, the schema: the plain tree -> a typed, immutable programme (pydantic v2).

Takes the loader's tree; gives :class:`~kotodoc.schema.programme.Programme` or pydantic's errors.
Field titles and descriptions come from :mod:`kotodoc.form`; custom failures carry catalogue codes.
Also the optional blocks (joint programme, approval), the value types (dates, quantities) and the
JSON Schema export for editors.
"""
