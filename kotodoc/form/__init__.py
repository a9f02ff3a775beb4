"""The TEM form as data: its structure (sections, questions, keys, KotoL references) and its texts.

Takes nothing; gives the one source of the form that the schema, the messages, ``init``, the
importer and every renderer read. Imports only the standard library.
"""

from kotodoc.form.structure import *  # noqa: F403 - the form's public names
