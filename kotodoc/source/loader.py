"""Reading an integration programme: bytes -> checked UTF-8 -> YAML nodes -> a plain tree with positions.

The loader never guesses types: every scalar stays the text the user wrote
(``00100``, ``on``, ``8:30``, ``3.10`` and ``2025-01-01`` are strings); only an
empty plain value and plain ``~``/``null`` become ``None``. Keys are compared
after :func:`normalise_key`, so ``työnhakijat`` and ``tyonhakijat`` are one key.
Every problem is a KD1xx :class:`~kotodoc.diagnostics.Diagnostic` with a line
and column; :func:`load_bytes` never raises.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.events import DocumentStartEvent, StreamEndEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.reader import ReaderError

from kotodoc.diagnostics import Diagnostic, Loc, Severity
from kotodoc.errors import FileReadError, os_reason
from kotodoc.messages import Phrase
from kotodoc.source.keys import normalise_key
from kotodoc.source.nodes import (
    BEYOND_UNICODE,
    NULL_TAG,
    NULL_WORDS,
    PLAIN_TAG,
    FastLoader,
    LimitExceeded,
    StrictLoader,
    TooDeep,
    TreeBuilder,
    c_nesting_is_limited,
    mark_position,
    position,
)
from kotodoc.source.signature import HEAD, file_kind, kind_phrase

__all__ = [
    "MAX_ALIASES", "MAX_BYTES", "MAX_DEPTH", "MAX_NODES",
    "LoadResult", "Positions", "load_bytes", "load_file", "normalise_key",
]

MAX_BYTES = 1024 * 1024  # larger files are refused before parsing (KD106)
MAX_DEPTH = 40  # nested collections (KD107)
MAX_ALIASES = 100  # alias uses while expanding (KD108)
MAX_NODES = 200_000  # values produced, aliases expanded (KD108)
MAX_CHAR_REPORTS = 20  # raw control characters reported per file (KD109)

# What PyYAML's reader refuses in the raw text (its Reader.NON_PRINTABLE).
# (written as the complement's small set; see XML_ILLEGAL in nodes for why)
_YAML_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = re.compile("[\n\x85\u2028\u2029]")  # line breaks as PyYAML counts them (after CR/CRLF -> LF)


@dataclass
class Positions:
    """Where each value and each key was written, by location (normalised keys and list indexes)."""

    values: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    written_keys: dict[Loc, str] = field(default_factory=dict)  # keys spelled otherwise than normalised

    def key_as_written(self, loc: Loc) -> str:
        """The last key of ``loc`` as the user wrote it (``työnhakijat``, not ``tyonhakijat``)."""
        return self.written_keys.get(loc, str(loc[-1]) if loc else "")

    def _existing(self, loc: Sequence[str | int]) -> tuple[Loc, bool]:
        """The deepest existing location along ``loc``, skipping elements that do not exist (pydantic
        adds union member names such as ``'str'``), and whether ``loc``'s last element was found."""
        found: Loc = ()
        last_found = True
        for part in loc:
            last_found = (*found, part) in self.values
            if last_found:
                found = (*found, part)
        return found, last_found

    def value_pos(self, loc: Sequence[str | int]) -> tuple[int, int]:
        """Position of the value at ``loc``; when ``loc`` does not exist, the nearest existing ancestor's
        key (or its value, for a list item); the root or nothing -> (1, 1)."""
        found, exists = self._existing(loc)
        if not found:
            return (1, 1)
        if exists:
            return self.values[found]
        return self.keys.get(found) or self.values[found]

    def key_pos(self, loc: Sequence[str | int]) -> tuple[int, int]:
        """Position of the key of ``loc`` if it has one, else :meth:`value_pos` (steps that do not exist, such as
        the index of a block written without a list, are skipped as there)."""
        found, exists = self._existing(loc)
        return (self.keys.get(found) if exists else None) or self.value_pos(loc)


@dataclass
class LoadResult:
    """What loading one file gave: the tree (or None), the positions and the KD1xx findings."""

    path: str
    data: Any | None
    positions: Positions = field(default_factory=Positions)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when there is no error and the document is a mapping."""
        no_errors = all(d.severity is not Severity.ERROR for d in self.diagnostics)
        return no_errors and isinstance(self.data, dict)


# --- public functions ----------------------------------------------------------

def load_file(path: str | os.PathLike[str]) -> LoadResult:
    """Read and load ``path``; :class:`FileReadError` if it cannot be read at all."""
    name = os.fspath(path)
    try:
        with open(name, "rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > MAX_BYTES:
                kind = file_kind(stream.read(HEAD))  # a large Word or PDF file is said to be one
                return _refuse_kind(name, kind) if kind else _refuse_size(name, size)
            raw = stream.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise FileReadError("file.missing", name=name) from None
    except IsADirectoryError:
        raise FileReadError("file.directory", name=name) from None
    except PermissionError:
        raise FileReadError("file.permission", name=name) from None
    except OSError as exc:
        raise FileReadError("file.unreadable", name=name, problem=os_reason(exc)) from None
    return load_bytes(raw, name)


def load_bytes(raw: bytes, path: str) -> LoadResult:
    """Load a document from ``raw``; all problems become diagnostics (``path`` is only a label)."""
    kind = file_kind(raw)
    if kind is not None:
        return _refuse_kind(path, kind)
    if len(raw) > MAX_BYTES:
        return _refuse_size(path, len(raw))
    text_or_diag = _decode(raw, path)
    if isinstance(text_or_diag, Diagnostic):
        return LoadResult(path, None, diagnostics=[text_or_diag])
    text = text_or_diag
    bad_chars = [
        _diag("KD109", path, _line_col(text, m.start()), char=f"U+{ord(m.group()):04X}")
        for _, m in zip(range(MAX_CHAR_REPORTS), _YAML_UNPRINTABLE.finditer(text), strict=False)
    ]
    if bad_chars:
        return LoadResult(path, None, diagnostics=bad_chars)
    root_or_diag = _compose(text, path)
    if isinstance(root_or_diag, Diagnostic):
        return LoadResult(path, None, diagnostics=[root_or_diag])
    return _build(root_or_diag, path)


# --- steps ----------------------------------------------------------------------

def _diag(code: str, path: str, pos: tuple[int, int], loc: Loc = (), **params: Any) -> Diagnostic:
    return Diagnostic(code, path, pos[0], pos[1], loc, params)


def _refuse_size(path: str, size: int) -> LoadResult:
    return LoadResult(path, None, diagnostics=[_diag("KD106", path, (1, 1), size=size, limit=MAX_BYTES)])


def _refuse_kind(path: str, kind: str) -> LoadResult:
    return LoadResult(path, None, diagnostics=[_diag("KD114", path, (1, 1), kind=kind_phrase(kind))])


def _line_col(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of ``text[index]``, counting line breaks like PyYAML (``text`` has LF only)."""
    breaks = 0
    line_start = 0
    for brk in _LINE_BREAKS.finditer(text, 0, index):
        breaks += 1
        line_start = brk.end()
    return breaks + 1, index - line_start + 1


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(raw: bytes, path: str) -> str | Diagnostic:
    """The text of ``raw`` (BOM removed, LF line ends), or a KD103 finding."""
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return _diag("KD103", path, (1, 1), detail=Phrase.of("encoding.utf32"))
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _diag("KD103", path, (1, 1), detail=Phrase.of("encoding.utf16"))
    if len(raw) >= 2 and (raw[0] == 0) != (raw[1] == 0):
        return _diag("KD103", path, (1, 1), detail=Phrase.of("encoding.utf16_guess"))
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    try:
        return _normalise_newlines(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        before = _normalise_newlines(raw[: exc.start].decode("utf-8"))
        line, col = _line_col(before, len(before))
        byte = raw[exc.start]
        guess = bytes([byte]).decode("cp1252", errors="replace")
        latin1 = Phrase.of("encoding.latin1", guess=guess) if guess.isalpha() else ""
        detail = Phrase.of("encoding.bad_byte", byte=f"{byte:02X}", line=line, col=col, latin1=latin1)
        return _diag("KD103", path, (line, col), detail=detail)


def _compose(text: str, path: str) -> Node | Diagnostic:
    """The root node of the one document in ``text``, or the finding that stopped parsing.

    libyaml's C parser and composer do the work when they are there; a file they reject
    (including a second document) is parsed again with PyYAML's pure-Python parser, whose
    errors :func:`explain` words.
    """
    if FastLoader is not None and c_nesting_is_limited():
        try:
            root: Node | None = FastLoader(text, MAX_DEPTH).single_node()
        except yaml.YAMLError:
            pass  # worded below
        else:
            return root if root is not None else _diag("KD112", path, (1, 1))
    try:
        return _compose_with(StrictLoader(text, MAX_DEPTH), text, path)
    except yaml.MarkedYAMLError as exc:
        return _diag("KD101", path, _error_position(exc), problem=explain(exc))
    except ReaderError as exc:
        where = _line_col(text, exc.position) if isinstance(exc.position, int) else (1, 1)
        char = f"U+{exc.character:04X}" if isinstance(exc.character, int) else str(exc.character)
        return _diag("KD109", path, where, char=char)
    except yaml.YAMLError as exc:
        return _diag("KD101", path, (1, 1), problem=Phrase.of("yaml.explained", text=_GENERIC, english=str(exc)))


def _error_position(exc: yaml.MarkedYAMLError) -> tuple[int, int]:
    """Where a YAML error is reported: the opening quote of a quoted text that never ends (PyYAML notices
    only at the end of the file or at the next '---'), else where PyYAML noticed the problem."""
    if exc.context == "while scanning a quoted scalar" and exc.context_mark is not None:
        return mark_position(exc.context_mark)
    return mark_position(exc.problem_mark or exc.context_mark)


def _compose_with(parser: Any, text: str, path: str) -> Node | Diagnostic:
    """Compose with ``parser``; YAML errors propagate to the caller."""
    try:
        parser.take_event()  # stream start
        if parser.check_event(StreamEndEvent):
            return _diag("KD112", path, (1, 1))
        root: Node | None = parser.compose_document()
        if not parser.check_event(StreamEndEvent):
            second = parser.next_event()
            start = second.start_mark if isinstance(second, DocumentStartEvent) else None
            return _diag("KD104", path, mark_position(start))
        return root if root is not None else _diag("KD112", path, (1, 1))
    except TooDeep as exc:
        return _diag("KD107", path, mark_position(exc.mark), limit=MAX_DEPTH)
    finally:
        parser.dispose()


def _build(root: Node, path: str) -> LoadResult:
    """Check the root and build the tree."""
    builder = TreeBuilder(path, max_depth=MAX_DEPTH, max_aliases=MAX_ALIASES, max_nodes=MAX_NODES)
    positions = Positions(builder.values, builder.keys, builder.written_keys)
    if isinstance(root, ScalarNode) and root.tag == PLAIN_TAG and root.value == "":
        return LoadResult(path, None, positions, [_diag("KD112", path, (1, 1))])
    if not isinstance(root, MappingNode):
        if isinstance(root, SequenceNode):
            found = Phrase.of("shape.list")
        elif root.tag == NULL_TAG or (root.tag == PLAIN_TAG and root.value in NULL_WORDS):
            found = Phrase.of("shape.empty_value")
        else:
            found = Phrase.of("shape.text")
        return LoadResult(path, None, positions, [_diag("KD105", path, position(root), found=found)])
    try:
        data = builder.build(root, ())
    except LimitExceeded as exc:
        return LoadResult(path, None, positions, [*builder.diagnostics, exc.diagnostic])
    diagnostics = sorted(builder.diagnostics, key=lambda d: (d.line, d.column))
    return LoadResult(path, data, positions, diagnostics)


# --- PyYAML's problems in the reader's words -------------------------------------

_GENERIC = Phrase.of("yaml.generic")
_EXPLANATIONS: tuple[tuple[str, str], ...] = (
    # (piece of PyYAML's problem or context, the phrase that explains it; {char} {line} filled in)
    (BEYOND_UNICODE, "yaml.beyond_unicode"),
    ("found character '\\t'", "yaml.tab"),
    ("that cannot start any token", "yaml.bad_start"),
    ("mapping values are not allowed here", "yaml.colon"),
    ("could not find expected ':'", "yaml.no_colon"),
    ("found unexpected end of stream", "yaml.open_quote"),
    ("found unexpected document separator", "yaml.open_quote_separator"),
    ("expected <block end>, but found '-'", "yaml.list_indent"),
    ("expected <block end>, but found '<scalar>'", "yaml.extra_text"),
    ("expected <block end>", "yaml.indent"),
    ("found undefined alias", "yaml.alias"),
    ("found duplicate anchor", "yaml.anchor_twice"),
    ("found unknown escape character", "yaml.escape"),
    ("expected escape sequence", "yaml.escape_sequence"),
    ("expected alphabetic or numeric character", "yaml.anchor_name"),
    ("expected ',' or ']'", "yaml.open_bracket"),
    ("expected ',' or '}'", "yaml.open_brace"),
    ("expected the node content", "yaml.no_value"),
    ("expected a comment or a line break", "yaml.line_end"),
    ("sequence entries are not allowed here", "yaml.list_item"),
    ("mapping keys are not allowed here", "yaml.question_mark"),
    ("invalid indentation or unclosed", "yaml.indent_or_bracket"),
    ("while scanning a block scalar", "yaml.block_scalar"),
    ("a tag", "yaml.tag"),
    ("tag handle", "yaml.tag"),
    ("a directive", "yaml.directive"),
    ("expected '<document start>'", "yaml.after_end"),
)


def explain(exc: yaml.MarkedYAMLError) -> Phrase:
    """PyYAML's problem in the reader's words; PyYAML's English text follows in parentheses only when kotodoc
    has no words of its own for the problem (then it is the only clue there is)."""
    english = ": ".join(p for p in (exc.context, exc.problem) if p)
    found = re.search(r"found character (.+?) that", english)
    char = found.group(1) if found else ""
    line = mark_position(exc.context_mark or exc.problem_mark)[0]
    for piece, key in _EXPLANATIONS:
        if piece in english:
            return Phrase.of(key, char=char, line=line)
    return Phrase.of("yaml.explained", text=_GENERIC, english=english)
