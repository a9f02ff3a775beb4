"""Reference data: Finland's municipalities, wellbeing services counties, employment areas and languages.

Takes names as people write them; gives the facts that ``init``, the rules, joint programmes and
costs ask. Imports only the standard library.
"""

from kotodoc.refdata.languages import LANGUAGES as LANGUAGES
from kotodoc.refdata.languages import Language as Language
from kotodoc.refdata.languages import language_name as language_name
from kotodoc.refdata.languages import normalise_language as normalise_language
from kotodoc.refdata.languages import suggest_language as suggest_language
from kotodoc.refdata.municipalities import *  # noqa: F403 - the municipalities' public names
