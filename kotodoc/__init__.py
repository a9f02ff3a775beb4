"""kotodoc: a municipality's kotoutumisohjelma as YAML, checked and rendered on the TEM form.

The library API is small and import-light; the heavy parts (rendering) are
imported only when used.
"""

from __future__ import annotations

__version__ = "0.2.0"

__all__ = ["__version__"]
