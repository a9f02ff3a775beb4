"""The message catalogue: every diagnostic code, its severity, its legal ground and its wording.

Takes a code and its parameters; gives the message in the reader's language.
"""

from kotodoc.messages.catalogue import *  # noqa: F403 - the catalogue's public names
