"""YAML nodes for :mod:`kotodoc.loader`: a composer that guesses no types, and a bounded tree builder.

PyYAML's composer turns the text into a graph of nodes; aliases share nodes, so an
alias is only *expanded* here, in :class:`TreeBuilder`. The builder therefore counts
nodes and alias uses itself, refuses recursive aliases and limits the depth. Its
recursion is bounded by the depth limit (the composer's by :class:`StrictLoader`).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Protocol, cast

from yaml.composer import Composer
from yaml.error import Mark
from yaml.events import Event
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner, ScannerError

from kotodoc.diagnostics import Diagnostic, Loc
from kotodoc.messages import Phrase
from kotodoc.source.keys import normalise_key

_CParser: Any
try:  # libyaml's C parser, when PyYAML was built with it
    import yaml._yaml as _libyaml

    _CParser = _libyaml.CParser
except ImportError:  # pragma: no cover - pure-Python PyYAML
    _CParser = None


PLAIN_TAG = "tag:kotodoc:plain"  # an untagged plain scalar: only here may `~`/`null`/empty mean None
_YAML_TAG_PREFIX = "tag:yaml.org,2002:"
NULL_TAG = _YAML_TAG_PREFIX + "null"
ALLOWED_TAGS = frozenset({PLAIN_TAG, NULL_TAG, *(_YAML_TAG_PREFIX + t for t in ("str", "map", "seq"))})
NULL_WORDS = frozenset({"", "~", "null", "Null", "NULL"})

# Anything XML 1.0 (and so a .docx file) cannot hold.
# The complement of XML 1.0 Char (#x9 #xA #xD #x20-#xD7FF #xE000-#xFFFD #x10000-#x10FFFF), written as
# the small set it is: a negated class over the astral planes costs ~4 ms to compile at every start.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
BEYOND_UNICODE = "escape beyond U+10FFFF"  # the problem of a ScannerError raised for "\U00110000"


def checked_text(text: str) -> tuple[str, str | None]:
    """``text`` encodable, and the first character a document cannot hold (None when there is none).

    The one text check of the loader, applied to every key and value. A surrogate pair written as two
    escapes (``"\\ud83d\\ude42"``, as JSON writes 🙂) becomes the character; a lone surrogate, which no
    encoding can write, becomes U+FFFD, so that no message or later stage meets text it cannot encode.
    Other characters XML 1.0 cannot hold (only escapes can produce them) are kept for the report, which
    fails the file, so no document is ever written with them.
    """
    if XML_ILLEGAL.search(text) is None:
        return text, None
    text = _SURROGATE_PAIR.sub(lambda m: m.group().encode("utf-16-le", "surrogatepass").decode("utf-16-le"), text)
    bad = XML_ILLEGAL.search(text)
    if bad is None:
        return text, None
    return _SURROGATE.sub("\ufffd", text), bad.group()


def position(node: Node) -> tuple[int, int]:
    """1-based (line, column) where ``node`` starts."""
    return mark_position(node.start_mark)


class _LineColumn(Protocol):  # a PyYAML mark, pure-Python or libyaml
    line: int
    column: int


def mark_position(mark: _LineColumn | None) -> tuple[int, int]:
    """1-based (line, column) of a PyYAML mark (0-based); (1, 1) without one."""
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def show_tag(tag: str) -> str:
    """A tag the way a user writes it: ``!!python/object`` rather than ``tag:yaml.org,2002:python/object``."""
    return "!!" + tag[len(_YAML_TAG_PREFIX):] if tag.startswith(_YAML_TAG_PREFIX) else tag


class TooDeep(Exception):
    """Raised by :class:`StrictLoader` before composing a collection nested too deep."""

    def __init__(self, mark: _LineColumn | None) -> None:
        super().__init__("too deep")
        self.mark = mark


class _StrictComposer(Composer, BaseResolver):
    """Composer + resolver with no implicit resolvers and a depth limit.

    Every untagged plain scalar gets :data:`PLAIN_TAG`; quoted ones get ``!!str``.
    No constructor: nothing is ever turned into a Python object by tag.
    """

    def _setup(self, max_depth: int) -> None:
        Composer.__init__(self)
        BaseResolver.__init__(self)
        self.yaml_implicit_resolvers = {}  # shadow any resolver registered on a PyYAML class
        self.yaml_path_resolvers = {}
        self._max_depth = max_depth
        self._depth = 0

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is ScalarNode and implicit[0]:
            return PLAIN_TAG
        return cast(Any, BaseResolver).resolve(self, kind, value, implicit)

    def next_event(self) -> Event:
        """The next parser event, without consuming it (a typed ``peek_event``)."""
        event: Event = cast(Any, self).peek_event()
        return event

    def take_event(self) -> Event:
        """Consume the next parser event (a typed ``get_event``)."""
        event: Event = cast(Any, self).get_event()
        return event

    def _enter(self) -> None:
        self._depth += 1
        if self._depth > self._max_depth:
            raise TooDeep(self.next_event().start_mark)

    def compose_sequence_node(self, anchor: Any) -> SequenceNode:
        self._enter()
        try:
            node: SequenceNode = cast(Any, super()).compose_sequence_node(anchor)
            return node
        finally:
            self._depth -= 1

    def compose_mapping_node(self, anchor: Any) -> MappingNode:
        self._enter()
        try:
            node: MappingNode = cast(Any, super()).compose_mapping_node(anchor)
            return node
        finally:
            self._depth -= 1


class StrictLoader(Reader, Scanner, Parser, _StrictComposer):
    """The pure-Python parser under the strict composer: slow, but its errors are the ones we word."""

    def __init__(self, text: str, max_depth: int) -> None:
        Reader.__init__(self, text)
        Scanner.__init__(self)
        Parser.__init__(self)
        self._setup(max_depth)

    def scan_flow_scalar_non_spaces(self, double: bool, start_mark: Mark) -> list[str]:
        """PyYAML's, except that an escape beyond Unicode (``"\\U00110000"``) is a YAML error at its
        backslash rather than Python's ``chr()`` failing."""
        try:
            chunks: list[str] = super().scan_flow_scalar_non_spaces(double, start_mark)
            return chunks
        except (ValueError, OverflowError):  # chr() of an eight-digit escape; the reader stands after "\U"
            here = cast(Any, self).get_mark()
            escape = Mark(here.name, here.index - 2, here.line, here.column - 2, None, 0)
            raise ScannerError("while scanning a double-quoted scalar", start_mark, BEYOND_UNICODE,
                               escape) from None


FastLoader: Any = None
if _CParser is not None:

    class _FastLoader(_CParser, _StrictComposer):  # type: ignore[misc]
        """libyaml's C scanner, parser and composer, with the same resolver (no implicit types).

        :meth:`single_node` composes in C (about half the time of PyYAML's Python composer);
        nodes, tags and positions are identical to :class:`StrictLoader`'s (tested). The C
        composer recurses without a depth limit of its own: libyaml's nesting limit (1,000
        levels, checked by :func:`c_nesting_is_limited`) bounds it, the tree builder applies
        :data:`~kotodoc.source.loader.MAX_DEPTH`. On any YAML error the caller re-parses with
        :class:`StrictLoader` for the wording.
        """

        def __init__(self, text: str, max_depth: int) -> None:
            _CParser.__init__(self, text)
            self._setup(max_depth)

        def single_node(self) -> Node | None:
            """The root node of the only document, None for an empty stream (C composer)."""
            node: Node | None = self.get_single_node()
            return node

    FastLoader = _FastLoader


_C_LIMITED: list[bool] = []


def c_nesting_is_limited() -> bool:
    """Whether libyaml refuses deep nesting (0.2.5 and later: 1,000 levels), so that its recursive
    composer is safe on any input. Asked once per process, at the first file."""
    if not _C_LIMITED:
        import yaml

        try:
            FastLoader("[" * 5000, 0).single_node()
            _C_LIMITED.append(False)
        except yaml.YAMLError:
            _C_LIMITED.append(True)
    return _C_LIMITED[0]


MAX_DUPLICATE_REPORTS = 100  # KD102 findings reported per file; the rest are the same mistake again


def _written(node: Node) -> str:
    """A key as the user wrote it, through :func:`checked_text` like every other text of the file."""
    return checked_text(str(node.value))[0]


class LimitExceeded(Exception):
    """The tree builder gave up (KD107 / KD108); ``diagnostic`` says why and where."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.code)
        self.diagnostic = diagnostic


class TreeBuilder:
    """Builds the plain dict/list/str/None tree from composed nodes, recording positions and findings."""

    def __init__(self, path: str, *, max_depth: int, max_aliases: int, max_nodes: int) -> None:
        self._duplicates = 0
        self.path = path
        self.max_depth = max_depth
        self.max_aliases = max_aliases
        self.max_nodes = max_nodes
        self.values: dict[Loc, tuple[int, int]] = {}
        self.keys: dict[Loc, tuple[int, int]] = {}
        self.written_keys: dict[Loc, str] = {}  # keys whose spelling differs from the normalised one
        self.diagnostics: list[Diagnostic] = []
        self._seen: set[int] = set()  # ids of the nodes built at least once
        self._alias_edges: set[tuple[int, int]] = set()  # (parent id, slot) where the text has an alias
        self._open: set[int] = set()  # ids of the collections being built (the current path)
        self._reported: set[tuple[str, int]] = set()  # (code, node id): one report per node, not per alias
        self._aliases = 0
        self._nodes = 0

    # -- helpers ---------------------------------------------------------------
    def _diag(self, code: str, pos: tuple[int, int], loc: Loc, **params: Any) -> Diagnostic:
        return Diagnostic(code, self.path, pos[0], pos[1], loc, params)

    def _report_once(self, code: str, node: Node, loc: Loc, **params: Any) -> None:
        if (code, id(node)) not in self._reported:
            self._reported.add((code, id(node)))
            self.diagnostics.append(self._diag(code, position(node), loc, **params))

    def _site(self, node: Node, loc: Loc) -> tuple[int, int]:
        """Where an alias is used at ``loc``: its key, else its parent; the node itself as a last resort."""
        return self.keys.get(loc) or (self.values.get(loc[:-1]) if loc else None) or position(node)

    def _count(self, node: Node, loc: Loc, alias: bool) -> bool:
        """Count one produced node (and one alias use if it was written as ``*alias``).

        Returns True when this is the first time the node is built (not an alias expansion).
        """
        self._nodes += 1
        if self._nodes > self.max_nodes:
            raise LimitExceeded(self._diag("KD108", self._site(node, loc), loc,
                                           detail=Phrase.of("limit.values", limit=self.max_nodes)))
        if alias:
            self._aliases += 1
            if self._aliases > self.max_aliases:
                raise LimitExceeded(self._diag("KD108", self._site(node, loc), loc,
                                               detail=Phrase.of("limit.aliases", limit=self.max_aliases)))
        first = id(node) not in self._seen
        self._seen.add(id(node))
        return first

    def _is_alias(self, parent: Node, slot: int, child: Node, first: bool) -> bool:
        """Whether ``child`` at ``slot`` of ``parent`` is written as an alias.

        On the first walk of ``parent`` (document order) a child met before is an alias, since an
        anchor precedes its aliases; the answer is remembered for later expansions of ``parent``.
        """
        edge = (id(parent), slot)
        if first:
            if id(child) in self._seen:
                self._alias_edges.add(edge)
                return True
            return False
        return edge in self._alias_edges

    def _check_tag(self, node: Node, loc: Loc) -> None:
        if node.tag not in ALLOWED_TAGS:
            self._report_once("KD110", node, loc, tag=show_tag(node.tag))

    def _scalar_text(self, node: ScalarNode, loc: Loc) -> str | None:
        """The text of a scalar after :func:`checked_text` (KD113 for a lone surrogate, KD109 for another
        character a document cannot hold), NFC-normalised; None for a null."""
        if node.tag == NULL_TAG or (node.tag == PLAIN_TAG and node.value in NULL_WORDS):
            return None
        # Raw control characters never get here (the loader refuses them before parsing); only escapes in
        # a double-quoted scalar ("\x0b", "\0", "\ud800") can produce what checked_text replaces.
        text, bad = checked_text(node.value)
        if bad is not None:
            code = "KD113" if "\ud800" <= bad <= "\udfff" else "KD109"
            self._report_once(code, node, loc, char=f"U+{ord(bad):04X}")
        return unicodedata.normalize("NFC", text)

    # -- building --------------------------------------------------------------
    def build(self, node: Node, loc: Loc, alias: bool = False) -> Any:
        """The plain value of ``node`` found at ``loc`` (``alias``: written there as ``*alias``)."""
        first = self._count(node, loc, alias)
        if id(node) in self._open:
            raise LimitExceeded(self._diag("KD108", self._site(node, loc), loc,
                                           detail=Phrase.of("limit.recursive")))
        self.values[loc] = position(node)
        self._check_tag(node, loc)
        if isinstance(node, ScalarNode):
            return self._scalar_text(node, loc)
        if len(loc) >= self.max_depth:
            raise LimitExceeded(self._diag("KD107", position(node), loc, limit=self.max_depth))
        self._open.add(id(node))
        try:
            if isinstance(node, MappingNode):
                return self._mapping(node, loc, first)
            return [self.build(item, (*loc, i), self._is_alias(node, i, item, first))
                    for i, item in enumerate(node.value)]
        finally:
            self._open.discard(id(node))

    def _mapping(self, node: MappingNode, loc: Loc, first: bool) -> dict[str, Any]:
        out: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        for i, (key_node, value_node) in enumerate(node.value):
            key = self._key(key_node, loc, self._is_alias(node, 2 * i, key_node, first))
            if key is None:
                continue
            child = (*loc, key)
            key_pos = position(key_node)
            if key in first_line:  # keep the first value; report each repetition (up to the cap)
                self._duplicates += 1
                if self._duplicates > MAX_DUPLICATE_REPORTS:
                    continue  # a hostile file of repeated keys must not flood the report
                self.diagnostics.append(self._diag("KD102", key_pos, child, key=_written(key_node),
                                                   first_line=first_line[key]))
                continue
            first_line[key] = key_pos[0]
            self.keys[child] = key_pos
            if key_node.value != key:
                self.written_keys[child] = _written(key_node).strip()
            out[key] = self.build(value_node, child, self._is_alias(node, 2 * i + 1, value_node, first))
        return out

    def _key(self, node: Node, loc: Loc, alias: bool) -> str | None:
        """The normalised key of ``node``, or None (after a KD111) when it is not usable text."""
        self._count(node, loc, alias)
        self._check_tag(node, loc)
        if isinstance(node, SequenceNode):
            found = Phrase.of("shape.list")
        elif isinstance(node, MappingNode):
            found = Phrase.of("shape.mapping")
        else:
            text = self._scalar_text(node, loc) if isinstance(node, ScalarNode) else None
            key = normalise_key(text) if text is not None else ""
            if key:
                return key
            found = Phrase.of("shape.empty")
        self._report_once("KD111", node, loc, found=found)
        return None
