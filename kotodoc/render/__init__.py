"""Stage 4, rendering: a valid programme -> the official document as docx, md, html or pdf.

Takes a checked :class:`~kotodoc.checks.validate.Report`; gives bytes written atomically. The
documents (the form, the agenda item) and appendices are built as a format-neutral tree
(:mod:`~kotodoc.render.tree`) listed in one table (:mod:`~kotodoc.render.documents`); the writers
(Word, Jinja text, PDF through LibreOffice) read only that tree.
"""
