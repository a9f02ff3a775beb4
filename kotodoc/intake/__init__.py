"""``kotodoc import``: the TEM form a municipality filled in Word, as a kotodoc YAML file.

Takes a Word file (``.docx``; ``.odt``, ``.doc`` and ``.rtf`` through LibreOffice when it is installed)
and gives the programme's YAML text, written like ``kotodoc init``'s (the schema modeline, the form's
questions as comments, :mod:`kotodoc.repo.yaml_text`) with every answer in its key in the user's own
words, plus what needs a look: guesses and text that could not be placed, each with its place in the
Word file. It reads the form (:mod:`kotodoc.form`, every language the form exists in) and the schema,
and validates the result (:mod:`kotodoc.checks`).

Steps, one module each: :mod:`~kotodoc.intake.package` (safe opening: zip limits, XML without
entities), :mod:`~kotodoc.intake.convert` (the file, LibreOffice), :mod:`~kotodoc.intake.word` (the
body), :mod:`~kotodoc.intake.labels` (the form's texts), :mod:`~kotodoc.intake.assign` (which answer
each paragraph belongs to), :mod:`~kotodoc.intake.shape`, :mod:`~kotodoc.intake.contact` and
:mod:`~kotodoc.intake.structured` (the answers' structure), :mod:`~kotodoc.intake.yaml_out` (the file),
:mod:`~kotodoc.intake.run` (all of it). Every text it shows is in :mod:`~kotodoc.intake.texts`.
"""
