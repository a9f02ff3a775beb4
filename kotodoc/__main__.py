"""``python -m kotodoc``."""

from kotodoc.cli import main

main()
