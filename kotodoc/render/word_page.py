"""The page around a Word document's text: sections and orientation, the footer, fonts and settings.

- **Sections.** A :class:`~kotodoc.render.tree.Section` block starts a new page; its pages are
  landscape when a table among them does not fit a portrait page (:func:`landscape_sections`). Each
  section break copies the document's page setup, so a municipality's ``--reference-docx`` margins,
  headers and footers hold on every page; only the first section keeps a different first-page
  header and a restart of the page numbers.
- **Footer.** Whose document, which, of when, and ``sivu N / M`` with Word's PAGE and NUMPAGES
  fields. A reference document that has a footer of its own keeps it.
- **Fonts.** Arial, which Windows and macOS have and Liberation Sans matches metrically on Linux, so
  a page breaks at the same place wherever the document is opened (not for a reference document,
  whose fonts are the municipality's).
- **Settings.** Automatic hyphenation (Word hyphenates Finnish by the document's language; so does
  LibreOffice when a Finnish hyphenator is installed, Debian: ``libreoffice-voikko``), Finnish
  decimal symbol and list separator, Word 2013+ layout (compatibility mode 15).
- **app.xml.** What made the file and nothing invented: no page or word counts (Word computes them
  when it saves), no template name of another program.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from docx.shared import Cm, Pt, RGBColor

from kotodoc import __version__, form
from kotodoc.render.columns import fit, needs
from kotodoc.render.metrics import FONT
from kotodoc.render.tree import Block, Doc, Section, Table

BODY_SIZE = 10
TABLE_SIZE = 9
FOOTER_SIZE = 8
COMPATIBILITY_MODE = "15"
APP_XML = "/docProps/app.xml"
_EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_WORD_URI = "http://schemas.microsoft.com/office/word"
# Children of w:settings that come after w:autoHyphenation in the schema.
_AFTER_HYPHENATION = (
    "w:consecutiveHyphenLimit", "w:hyphenationZone", "w:doNotHyphenateCaps", "w:showEnvelope", "w:summaryLength",
    "w:clickAndTypeStyle", "w:defaultTableStyle", "w:evenAndOddHeaders", "w:bookFoldRevPrinting", "w:bookFold",
    "w:bookFoldPrinting", "w:drawingGridHorizontalSpacing", "w:drawingGridVerticalSpacing",
    "w:displayHorizontalDrawingGridEvery", "w:displayVerticalDrawingGridEvery",
    "w:doNotUseMarginsForDrawingGridOrigin", "w:drawingGridHorizontalOrigin", "w:drawingGridVerticalOrigin",
    "w:doNotShadeFormData", "w:noPunctuationKerning", "w:characterSpacingControl", "w:printTwoOnOne",
    "w:strictFirstAndLastChars", "w:noLineBreaksAfter", "w:noLineBreaksBefore", "w:savePreviewPicture",
    "w:doNotValidateAgainstSchema", "w:saveInvalidXml", "w:ignoreMixedContent", "w:alwaysShowPlaceholderText",
    "w:doNotDemarcateInvalidXml", "w:saveXmlDataOnly", "w:useXSLTWhenSaving", "w:saveThroughXslt",
    "w:showXMLTags", "w:alwaysMergeEmptyNamespace", "w:updateFields", "w:hdrShapeDefaults", "w:footnotePr",
    "w:endnotePr", "w:compat", "w:docVars", "w:rsids", "m:mathPr", "w:attachedSchema", "w:themeFontLang",
    "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade",
    "w:captions", "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary", "w:shapeDefaults",
    "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator")

# Children of w:pPr that come after w:suppressAutoHyphens in the schema.
_AFTER_SUPPRESS_HYPHENS = (
    "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
    "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


# --- page size and orientation --------------------------------------------------------------------

def text_width(sect_pr: Any, landscape: bool = False) -> float:
    """The width between the margins of a page of ``sect_pr`` (portrait as set, or turned), in points."""
    size, margins = sect_pr.find(qn("w:pgSz")), sect_pr.find(qn("w:pgMar"))
    width, height = (int(size.get(qn(k), 0)) for k in ("w:w", "w:h")) if size is not None else (11906, 16838)
    if landscape != (width > height):
        width, height = height, width
    left, right = (int(margins.get(qn(k), 1440)) if margins is not None else 1440 for k in ("w:left", "w:right"))
    return max(width - left - right, 1440) / 20


def landscape_sections(blocks: Sequence[Block], sect_pr: Any) -> list[bool]:
    """For each section (the first, then one per Section block), whether its pages are landscape.

    The first section (the form itself) stays portrait; a later one turns when one of its tables
    does not fit a portrait page and would fit a landscape one better.
    """
    portrait = text_width(sect_pr)
    turned: list[bool] = [False]
    for block in blocks:
        if isinstance(block, Section):
            turned.append(False)
        elif isinstance(block, Table) and len(turned) > 1 and not turned[-1]:
            turned[-1] = fit(needs(block, TABLE_SIZE, portrait), portrait) is None
    return turned


def section_properties(base: Any, landscape: bool, first: bool) -> Any:
    """A copy of the page setup ``base`` for one section: turned when ``landscape``."""
    sect_pr = copy.deepcopy(base)
    size = sect_pr.find(qn("w:pgSz"))
    if size is not None:
        width, height = int(size.get(qn("w:w"), 11906)), int(size.get(qn("w:h"), 16838))
        if landscape != (width > height):
            size.set(qn("w:w"), str(height))
            size.set(qn("w:h"), str(width))
        if landscape:
            size.set(qn("w:orient"), "landscape")
        elif size.get(qn("w:orient")) is not None:
            del size.attrib[qn("w:orient")]
    if not first:
        for el in sect_pr.findall(qn("w:titlePg")):
            sect_pr.remove(el)
        numbering = sect_pr.find(qn("w:pgNumType"))
        if numbering is not None and numbering.get(qn("w:start")) is not None:
            del numbering.attrib[qn("w:start")]
        kind = sect_pr.find(qn("w:type"))
        if kind is not None:
            sect_pr.remove(kind)  # a new page (the default)
    return sect_pr


def apply_sections(body: Any, starts: Sequence[Any], turned: Sequence[bool]) -> None:
    """Break the body into sections before each element of ``starts``, oriented as ``turned`` says."""
    base = body.find(qn("w:sectPr"))
    original = copy.deepcopy(base)
    for n, start in enumerate(starts):
        para = OxmlElement("w:p")
        ppr = OxmlElement("w:pPr")
        ppr.append(section_properties(original, turned[n], first=n == 0))
        para.append(ppr)
        start.addprevious(para)
    last = section_properties(original, turned[len(starts)], first=not starts)
    base.addprevious(last)
    body.remove(base)


# --- footer ---------------------------------------------------------------------------------------

def add_footer(document: Any, doc: Doc, style: Any | None) -> bool:
    """The footer: ``doc.footer`` and the page number. False (nothing added) when a footer exists."""
    section = document.sections[0]
    sect_pr = section._sectPr
    if sect_pr.find(qn("w:footerReference")) is not None or not doc.footer_text():
        return False
    footer = section.footer
    footer.is_linked_to_previous = False
    para = footer.paragraphs[0]._p if footer.paragraphs else footer._element.add_p()
    if style is not None:
        ppr = para.get_or_add_pPr()
        ppr.get_or_add_pStyle().set(qn("w:val"), style.style_id)
    _footer_run(para, doc.footer_text() + " | ")
    page = form.texts(doc.lang.split("-", 1)[0]).own["doc.page"]  # the document's language
    before, rest = page.split("{page}", 1)
    middle, after = rest.split("{pages}", 1)
    for text, field in ((before, "PAGE"), (middle, "NUMPAGES")):
        if text:
            _footer_run(para, text)
        simple = OxmlElement("w:fldSimple")
        simple.set(qn("w:instr"), f" {field} ")
        _footer_run(simple, "1")
        para.append(simple)
    if after:
        _footer_run(para, after)
    return True


def _footer_run(parent: Any, text: str) -> None:
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "404040")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), str(FOOTER_SIZE * 2))
    rpr.extend([color, size])
    t = OxmlElement("w:t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.extend([rpr, t])
    parent.append(run)


# --- the default look: A4, Arial, Finnish settings ------------------------------------------------

def default_look(document: Any) -> None:
    """A4 pages, Arial everywhere, black headings, for python-docx's default template."""
    for section in document.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin, section.right_margin = Cm(2.5), Cm(2.0)
        section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
        section.footer_distance = Cm(1.0)
    styles = document.styles.element
    for fonts in styles.iter(qn("w:rFonts")):
        for key in list(fonts.attrib):
            fonts.attrib.pop(key)
        for key in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(key), FONT)
    normal = document.styles["Normal"].font
    normal.size = Pt(BODY_SIZE)
    caption = document.styles["Caption"]
    caption.font.size = Pt(BODY_SIZE)
    caption.font.color.rgb = RGBColor(0x1A, 0x1A, 0x1A)
    caption.paragraph_format.space_before = Pt(8)
    caption.paragraph_format.space_after = Pt(4)
    sizes = {1: 18, 2: 14, 3: 12, 4: 11, 5: 10, 6: 10}
    for level, size in sizes.items():
        _no_hyphenation(document.styles[f"Heading {level}"].element)
        font = document.styles[f"Heading {level}"].font
        font.size = Pt(size)
        font.color.rgb = RGBColor(0x1A, 0x1A, 0x1A)
        font.bold = True
        font.italic = level == 5
    settings = document.settings.element
    for tag in ("w:proofState", "w:savePreviewPicture"):
        for el in settings.findall(qn(tag)):
            settings.remove(el)
    for tag, value in (("w:decimalSymbol", ","), ("w:listSeparator", ";")):
        el = settings.find(qn(tag))
        if el is not None:
            el.set(qn("w:val"), value)
    _compatibility_mode(settings)


def _add_once(parent: Any, tag: str, later: tuple[str, ...]) -> None:
    """An empty ``tag`` in ``parent`` before the first of the ``later`` children, unless it is there."""
    if parent.find(qn(tag)) is not None:
        return
    el = OxmlElement(tag)
    after = {qn(t) for t in later}
    for child in parent:
        if child.tag in after:
            child.addprevious(el)
            return
    parent.append(el)


def _no_hyphenation(style: Any) -> None:
    """A heading is not hyphenated: ``w:suppressAutoHyphens`` at its place in the style's ``w:pPr``."""
    _add_once(style.get_or_add_pPr(), "w:suppressAutoHyphens", _AFTER_SUPPRESS_HYPHENS)


def _compatibility_mode(settings: Any) -> None:
    compat = settings.find(qn("w:compat"))
    if compat is None:
        return
    for setting in compat.findall(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), COMPATIBILITY_MODE)
            return
    setting = OxmlElement("w:compatSetting")
    for key, value in (("w:name", "compatibilityMode"), ("w:uri", _WORD_URI), ("w:val", COMPATIBILITY_MODE)):
        setting.set(qn(key), value)
    compat.append(setting)


def hyphenate(document: Any) -> None:
    """Automatic hyphenation, unless the template already says whether to hyphenate."""
    _add_once(document.settings.element, "w:autoHyphenation", _AFTER_HYPHENATION)


# --- docProps/app.xml -----------------------------------------------------------------------------

def app_properties(document: Any) -> None:
    """An honest ``docProps/app.xml``: kotodoc made it; the template's company is kept."""
    company = ""
    for part in document.part.package.iter_parts():
        if str(part.partname) == APP_XML:
            company = _company(part.blob)
            part._blob = _app_xml(company)


def _company(blob: bytes) -> str:
    try:
        root = parse_xml(blob)
    except (SyntaxError, ValueError):  # lxml's XMLSyntaxError is a SyntaxError: no company to keep
        return ""
    found = root.find(f"{{{_EXTENDED}}}Company")
    return (found.text or "").strip() if found is not None else ""


def _xml_text(text: str) -> str:
    """``text`` as XML character data (the html and xml.sax modules would cost every render their import)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _app_xml(company: str) -> bytes:
    parts = [f"<Application>kotodoc {_xml_text(__version__)}</Application>"]
    if company:
        parts.append(f"<Company>{_xml_text(company)}</Company>")
    return ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            f'<Properties xmlns="{_EXTENDED}">{"".join(parts)}</Properties>').encode()

