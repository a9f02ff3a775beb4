"""``python -m kotodoc``."""

from kotodoc.console import main

main()
