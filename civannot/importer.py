"""Import of articles into a project: folders, .txt, .html, native .jsonl, .csv and .zip of these.

Each file is decoded (UTF-8 with or without BOM, GB18030/GBK, Big5: detected), turned into
documents, normalised (in worker processes when there are many) and written with one
`Project.import_batch` per file, so a file goes in completely or not at all. A binary file, a
malformed JSONL line or a CSV without a text column refuses that file with a one-line reason;
the other files still go in. Documents whose raw text is already stored are skipped as
duplicates.

Long work takes `progress(done, total)` and `cancel() -> bool` like every long job.
"""

from __future__ import annotations

import csv
import gc
import io
import re
import sys
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any

from civannot.bulk import gc_paused
from civannot.records import DocumentInput, Flag, ImportReport, LayerInput

if TYPE_CHECKING:
    from civannot.project import Project

FORMATS = ("auto", "txt", "html", "jsonl", "csv")
_SUFFIX = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".zip": "zip",
    # annotated files of other tools (read into layers; see civannot.formats.sniff)
    ".json": "json",
    ".conll": "conll",
    ".bio": "conll",
    ".bioes": "conll",
    ".bmes": "conll",
    ".iob": "conll",
    ".iob2": "conll",
}
TITLE_MAX = 60
# Below this many documents the worker pool costs more than it saves.
POOL_MIN_DOCS = 64
# Files written per transaction when a batch of small files is imported (one file still goes in
# whole or not at all: a failing group is retried file by file).
GROUP_FILES = 200


class Refused(Exception):
    """A file that cannot be imported; the message is the one-line reason.

    `located` marks a message that already names the file (FILE:LINE: reason)."""

    def __init__(self, message: str, located: bool = False):
        super().__init__(message)
        self.located = located


@dataclass
class ImportResult:
    report: ImportReport = field(default_factory=ImportReport)
    files: int = 0
    refused: list[str] = field(default_factory=list)  # "FILE: reason" (also in report.errors)
    encodings: dict[str, str] = field(default_factory=dict)  # file -> encoding, when guessed
    notes: list[str] = field(default_factory=list)
    cancelled: bool = False

    def to_json(self) -> dict[str, Any]:
        r = self.report
        return {
            "files": self.files,
            "imported": r.imported,
            "layers_added": r.layers_added,
            "duplicates": r.duplicates,
            "refused": self.refused,
            "errors": r.errors,
            "flagged": r.flagged,
            "encodings": self.encodings,
            "notes": self.notes,
            "cancelled": self.cancelled,
        }


# ---- sources -------------------------------------------------------------------------------


@dataclass
class Source:
    name: str  # shown in messages: path, or archive.zip!member
    stem: str  # default document id
    kind: str  # txt | html | jsonl | csv
    read: Callable[[], bytes]


def _kind(name: str, fmt: str) -> str | None:
    suffix = Path(name).suffix.lower()
    if suffix == ".zip":
        return "zip"
    if fmt != "auto":
        return fmt
    return _SUFFIX.get(suffix)


@dataclass(frozen=True)
class ZipLimits:
    """What one archive may inflate to: beyond, it is refused with the reason (a zip bomb of
    1 MB can inflate to gigabytes). Sizes in bytes."""

    max_member: int = 256 * 1024 * 1024  # one file inside
    max_total: int = 1024 * 1024 * 1024  # every file inside, nested archives included
    max_ratio: float = 200.0  # inflated / compressed size of one member ...
    ratio_floor: int = 1024 * 1024  # ... once it inflates past this (small files vary a lot)


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:,.1f} MB"


def collect(
    paths: Iterable[str | Path],
    fmt: str = "auto",
    notes: list[str] | None = None,
    zip_limits: ZipLimits | None = None,
) -> tuple[list[Source], list[str]]:
    """Sources under `paths` (folders recursively, zip members) and the reasons for paths refused
    outright (missing, unreadable archive, unknown type given by name). What was left out on
    purpose (links out of a folder, archives nested too deep) goes to `notes`."""
    sources: list[Source] = []
    refused: list[str] = []
    notes = notes if notes is not None else []
    limits = zip_limits or ZipLimits()
    for p in paths:
        path = Path(p)
        if path.is_dir():
            before, skipped = len(sources) + len(refused), []
            for f in _folder_files(path, notes):
                rel = f.relative_to(path)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                kind = _kind(f.name, fmt)
                if kind is None:
                    skipped.append(f.suffix.lower() or f.name)
                    continue  # other files in a folder are not articles
                _add(sources, refused, f, str(rel.with_suffix("")), kind, notes, limits)
            if len(sources) + len(refused) == before:
                seen = ", ".join(sorted(set(skipped))[:8]) or "none"
                refused.append(
                    f"{path}: no file civannot can import in this folder ({len(skipped)} other "
                    f"file(s): {seen})"
                )
        elif path.is_file():
            kind = _kind(path.name, fmt) or "txt"  # named explicitly: read as plain text
            _add(sources, refused, path, path.stem, kind, notes, limits)
        else:
            refused.append(f"{path}: no such file or folder")
    return sources, refused


def _folder_files(root: Path, notes: list[str]) -> list[Path]:
    """Files under `root`, sorted. Links are followed only to files inside `root`: a link out
    of the folder (to a file the user did not choose) is named in the notes, not imported; a
    link to a folder is not entered (it could loop)."""
    import os

    base = root.resolve()
    out: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        d = Path(dirpath)
        for name in sorted(dirnames):
            if (d / name).is_symlink() and not name.startswith("."):
                notes.append(f"{d / name}: a link to a folder, not followed")
        for name in filenames:
            f = d / name
            if f.is_symlink():
                target = f.resolve()
                if not target.is_relative_to(base):
                    notes.append(f"{f}: a link to {target}, outside the folder, not followed")
                    continue
                if not target.is_file():
                    continue
            elif not f.is_file():
                continue
            out.append(f)
    return sorted(out)


def _add(
    sources: list[Source],
    refused: list[str],
    f: Path,
    stem: str,
    kind: str,
    notes: list[str] | None = None,
    limits: ZipLimits | None = None,
) -> None:
    if kind != "zip":
        sources.append(Source(str(f), stem, kind, f.read_bytes))
        return
    limits = limits or ZipLimits()
    notes = notes if notes is not None else []
    try:
        zf = zipfile.ZipFile(f)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as e:
        refused.append(f"{f}: not a readable zip archive ({e})")
        return
    budget = [limits.max_total]
    before = len(sources)
    try:
        _zip_members(zf, str(f), f.stem, sources, refused, notes, limits, budget, depth=0)
    except Refused as e:
        del sources[before:]
        refused.append(f"{f}: {e}")


_ZIP_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}


def _zip_members(
    zf: zipfile.ZipFile,
    label: str,
    stem: str,
    sources: list[Source],
    refused: list[str],
    notes: list[str],
    limits: ZipLimits,
    budget: list[int],
    depth: int,
) -> None:
    """Sources for the members of an open archive; one nested level of archives is opened."""
    members = [i for i in zf.infolist() if not i.is_dir()]
    skipped: list[str] = []
    for info in sorted(members, key=lambda i: i.filename):
        name = info.filename
        if any(part.startswith(".") or part == "__MACOSX" for part in Path(name).parts):
            continue
        where = f"{label}!{name}"
        mkind = _SUFFIX.get(Path(name).suffix.lower())
        if mkind is None:
            skipped.append(Path(name).suffix.lower() or name)
            continue
        # declared sizes are checked before anything is inflated (and _inflate holds to them)
        budget[0] -= info.file_size
        if budget[0] < 0:
            raise Refused(
                f"inflates to more than {_mb(limits.max_total)} in all (limit of the import; "
                "--zip-max-mb raises it)"
            )
        if mkind == "zip":
            if depth >= 1:
                notes.append(f"{where}: an archive inside an archive inside an archive, not opened")
                continue
            try:
                inner = zipfile.ZipFile(io.BytesIO(_inflate(zf, info, limits)))
            except Refused as e:
                refused.append(f"{where}: {e}")
                continue
            except (zipfile.BadZipFile, ValueError, EOFError) as e:
                refused.append(f"{where}: not a readable zip archive ({e})")
                continue
            inner_stem = f"{stem}/{Path(name).with_suffix('')}"
            _zip_members(
                inner, where, inner_stem, sources, refused, notes, limits, budget, depth + 1
            )
            continue

        def read(zf: zipfile.ZipFile = zf, info: zipfile.ZipInfo = info) -> bytes:
            return _inflate(zf, info, limits)

        sources.append(Source(where, f"{stem}/{Path(name).with_suffix('')}", mkind, read))
    if skipped:
        kinds = ", ".join(sorted(set(skipped))[:8])
        notes.append(f"{label}: {len(skipped)} member(s) of other types skipped ({kinds})")


def _inflate(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: ZipLimits) -> bytes:
    """A member's bytes, or Refused with the reason (encrypted, damaged, unknown compression,
    over the size or ratio limits)."""
    if info.flag_bits & 0x1:
        raise Refused("encrypted (password-protected) member: civannot cannot read it")
    if info.compress_type not in _ZIP_METHODS:
        raise Refused(f"compressed with method {info.compress_type}, which civannot cannot read")
    if info.file_size > limits.max_member:
        raise Refused(
            f"inflates to {_mb(info.file_size)}, over the limit of {_mb(limits.max_member)} per "
            "file (--zip-max-mb raises it)"
        )
    ratio = info.file_size / max(1, info.compress_size)
    if info.file_size > limits.ratio_floor and ratio > limits.max_ratio:
        raise Refused(
            f"inflates {ratio:,.0f} times ({_mb(info.compress_size)} to {_mb(info.file_size)}), "
            f"over the limit of {limits.max_ratio:g} (a zip bomb? --zip-max-ratio raises it)"
        )
    import lzma
    import zlib

    try:
        with zf.open(info) as fh:
            # the reader stops at the declared size, so a lying header cannot inflate further
            return fh.read(limits.max_member + 1)
    except NotImplementedError as e:
        raise Refused(f"cannot be read: {e}") from None
    except RuntimeError as e:  # encryption the flag did not announce
        raise Refused(f"cannot be read: {e}") from None
    except (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError) as e:
        raise Refused(f"damaged member ({e})") from None


# ---- decoding ------------------------------------------------------------------------------


class Decoded(tuple):
    """(text, encoding, guessed), with `notes`: what the reader should know about the reading
    (a truncated last character, a close second reading). A plain 3-tuple to its callers."""

    notes: list[str]

    def __new__(cls, text: str, encoding: str, guessed: bool, notes: list[str] | None = None):
        obj = super().__new__(cls, (text, encoding, guessed))
        obj.notes = list(notes or [])
        return obj


# Sample of a reading weighed by the language model (the start of a file tells its encoding).
SCORE_SAMPLE = 2000
# Two readings closer than this (nats per character of the sample) are both plausible: the
# reading chosen is flagged as uncertain.
CLOSE_MARGIN = 1.0
# A UTF-8 file may hold a few bad bytes (a damaged copy): it stays a UTF-8 candidate.
UTF8_BAD_SHARE = 0.001


def decode(data: bytes) -> Decoded:
    """(text, encoding, guessed) with notes. Raises Refused for a binary file.

    Valid UTF-8 is UTF-8. Otherwise every encoding under which the bytes are valid (or valid but
    for a character cut off at the very end, or UTF-8 with a few bad bytes) is a candidate, and
    the candidates are weighed by how much their text reads like Chinese (traditional readings
    converted first): a Big5 headline decoded as GB18030 is a string of rare characters."""
    if data.startswith(b"\xef\xbb\xbf"):
        return Decoded(_strict(data[3:], "utf-8"), "utf-8-sig", False)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return Decoded(data.decode("utf-16"), "utf-16", False)
        except UnicodeDecodeError:
            raise Refused("starts with a UTF-16 mark but is not UTF-16 text") from None
    head = data[:8192]
    if b"\x00" in head:
        raise Refused("binary file (contains NUL bytes), not text")
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    if head and controls > len(head) * 0.02:
        raise Refused("binary file (control bytes), not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", False)
    except UnicodeDecodeError:
        pass
    candidates: list[_Reading] = []
    for enc in ("utf-8", "gb18030", "big5"):
        r = _reading(data, enc)
        if r is not None:
            candidates.append(r)
    if not candidates:
        return _fallback(data)
    if len(candidates) == 1:
        best, second = candidates[0], None
    else:
        ranked = sorted(candidates, key=lambda r: -r.score)
        best, second = ranked[0], ranked[1]
    notes = list(best.notes)
    if second is not None and second.text != best.text and best.score - second.score < CLOSE_MARGIN:
        sample = " ".join(second.text[:12].split())
        notes.append(
            f"encoding uncertain: read as {best.encoding}, but {second.encoding} reads almost as "
            f"well ({sample!r}); check the text, or convert the file to UTF-8"
        )
    return Decoded(best.text, best.encoding, True, notes)


@dataclass
class _Reading:
    text: str
    encoding: str
    score: float
    notes: list[str]


def _reading(data: bytes, enc: str) -> _Reading | None:
    """The text under `enc` if the bytes are valid in it (but for a cut-off last character; for
    UTF-8 also with a few bad bytes), scored; None otherwise."""
    notes: list[str] = []
    penalty = 0.0
    try:
        text = data.decode(enc)
    except UnicodeDecodeError as e:
        cut = _truncated_tail(data, enc, e)
        if cut is not None:
            text = cut
            dropped = len(data) - len(text.encode(enc))
            notes.append(
                f"the file ends inside a character ({dropped} byte(s) of a {enc} character cut "
                "off; truncated copy?): the partial character was dropped"
            )
        elif enc == "utf-8":
            text = data.decode(enc, errors="replace")
            bad = text.count("\ufffd")
            if bad > max(3, UTF8_BAD_SHARE * len(text)):
                return None
            notes.append(f"{bad} byte sequence(s) that are not UTF-8 read as U+FFFD")
            penalty = 20.0 * bad  # each one costs like a run of unknown characters
        else:
            return None
    sample = text[:SCORE_SAMPLE]
    score = (_chinese_score(sample) - penalty) / max(1, len(sample))
    return _Reading(text, enc, score, notes)


def _truncated_tail(data: bytes, enc: str, e: UnicodeDecodeError) -> str | None:
    """The text without its last, incomplete character, when that is the only fault."""
    if e.end != len(data) or e.reason not in (
        "unexpected end of data",
        "incomplete multibyte sequence",
    ):
        return None
    for k in (1, 2, 3):
        if k >= len(data):
            break
        try:
            return data[:-k].decode(enc)
        except UnicodeDecodeError:
            continue
    return None


def _chinese_score(sample: str) -> float:
    """Log-probability of a reading under the word model, traditional text converted first."""
    from civannot.text import convert, lm

    if convert.is_traditional(sample):
        sample = convert.to_simplified(sample)
    return lm.score(sample)


def _fallback(data: bytes) -> Decoded:
    """Nothing decodes cleanly: ask charset-normalizer, and keep what decodes."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["gb18030", "big5", "utf_8"]).best()
    enc = best.encoding if best is not None else "gb18030"
    text = data.decode(enc, errors="replace")
    if not text.strip() or text.count("\ufffd") > max(10, len(text) // 20):
        raise Refused("not text in a known encoding (UTF-8, GB18030/GBK, Big5)")
    bad = text.count("\ufffd")
    notes = [f"{bad} byte sequence(s) that are not {enc} read as U+FFFD"] if bad else []
    return Decoded(text, enc, True, notes)


def _strict(data: bytes, enc: str) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError as e:
        raise Refused(f"marked as {enc} but byte {e.start} is not {enc}") from None


# ---- formats -------------------------------------------------------------------------------


class _HTMLText(HTMLParser):
    """Visible text of an HTML page: scripts, styles, navigation and forms dropped."""

    SKIP = {
        "script", "style", "nav", "noscript", "iframe", "form", "button", "select",
        "svg", "template", "head", "aside", "footer", "header", "menu",
    }  # fmt: skip
    BLOCK = {
        "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
        "article", "blockquote", "pre", "table", "ul", "ol", "dd", "dt", "figcaption", "hr",
    }  # fmt: skip

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        if not self.skip:
            self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))

    def text(self) -> str:
        lines = [ln.strip(" ") for ln in "".join(self.parts).split("\n")]
        out: list[str] = []
        for ln in lines:
            if ln or (out and out[-1]):
                out.append(ln)
        return "\n".join(out).strip("\n")


def html_text(markup: str) -> tuple[str, str]:
    """(visible text, page title)."""
    p = _HTMLText()
    p.feed(markup)
    p.close()
    return p.text(), " ".join(p.title.split())


_TEXT_COLUMNS = ("text", "content", "body", "article", "正文", "内容", "文本", "全文")
_ID_COLUMNS = ("id", "external_id", "doc_id", "编号")
_TITLE_COLUMNS = ("title", "标题", "题目")


def _column(names: list[str], wanted: Iterable[str]) -> str | None:
    low = {n.strip().lower(): n for n in names}
    for w in wanted:
        if w.lower() in low:
            return low[w.lower()]
    return None


def csv_rows(
    text: str, name: str, text_column: str | None
) -> list[tuple[str, str, dict[str, Any]]]:
    """(id, raw text, other columns) per row of a CSV file with a header row.

    Long fields (whole articles) are read whatever their length. A quote that is never closed
    would make the rest of the file one field: refused with the line where it opened, as is a
    row whose number of fields differs from the header's (a stray quote swallowed a delimiter
    or a line break)."""
    sample = text[:4096]
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=",\t;|")
        delimiter = sniffed.delimiter
    except csv.Error:
        delimiter = ","

    class Dialect(csv.excel):  # the standard quoting rules; only the delimiter is sniffed
        pass

    Dialect.delimiter = delimiter
    Dialect.strict = True
    # csv refuses fields over 131,072 characters by default; an article can be longer
    if csv.field_size_limit() < len(text) + 1:
        csv.field_size_limit(min(sys.maxsize, max(len(text) + 1, 1 << 31)))
    reader = csv.reader(io.StringIO(text, newline=""), dialect=Dialect)
    start_line = 1
    rows: list[tuple[str, str, dict[str, Any]]] = []
    try:
        fields = [f.strip("\ufeff") for f in next(reader, [])]
        col = text_column if text_column else _column(fields, _TEXT_COLUMNS)
        if col is None or col not in fields:
            what = f"no column {text_column!r}" if text_column else "no text column"
            raise Refused(f"{what} (columns: {', '.join(fields) or 'none'}; use --text-column)")
        id_col = _column(fields, _ID_COLUMNS)
        n = 0
        while True:
            start_line = reader.line_num + 1
            row = next(reader, None)
            if row is None:
                break
            if not row or (len(row) == 1 and not row[0].strip()):
                continue  # a blank line
            n += 1
            while len(row) > len(fields) and not row[-1].strip():
                row.pop()  # trailing empty fields some spreadsheets write
            if len(row) != len(fields):
                raise Refused(
                    f"line {start_line}: {len(row)} field(s) where the header has "
                    f"{len(fields)} (a stray or unclosed quote?)"
                )
            rec = dict(zip(fields, row, strict=True))
            raw = rec.get(col) or ""
            if not raw.strip():
                continue
            ext = (rec.get(id_col) or "").strip() if id_col else ""
            meta = {k: v for k, v in rec.items() if k not in (col, id_col) and k and v}
            rows.append((ext or f"{n}", raw, meta))
    except csv.Error as e:
        if "unexpected end of data" in str(e):
            raise Refused(
                f"line {start_line}: a quote opened in this row is never closed "
                "(the rest of the file would be one field)"
            ) from None
        where = f" (found on line {reader.line_num})" if reader.line_num != start_line else ""
        raise Refused(f"line {start_line}: bad quoting in this row: {e}{where}") from None
    return rows


# ---- documents -----------------------------------------------------------------------------

_DATE_FULL = re.compile(r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_DATE_MD = re.compile(r"(\d{1,2})月(\d{1,2})日")


def find_date(text: str) -> str:
    """The first date written in the text: 2023-10-13 (ISO) or, without a year, 10月13日."""
    m = _DATE_FULL.search(text)
    if m:
        y, mo, d = (int(x) for x in m.groups())
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    m = _DATE_MD.search(text)
    if m and 1 <= int(m.group(1)) <= 12 and 1 <= int(m.group(2)) <= 31:
        return m.group(0)
    return ""


def make_title(clean: str) -> str:
    for line in clean.split("\n"):
        line = line.strip()
        if line:
            return line if len(line) <= TITLE_MAX else line[: TITLE_MAX - 1] + "…"
    return ""


def normalise_plain(raw: str) -> tuple[str, str | None, list[dict[str, Any]]]:
    """Worker function (plain values in and out): (clean, serialised map or None, flags)."""
    from civannot.text import normalize

    n = normalize(raw)
    dumped = None if n.offset_map.is_identity() and n.text == raw else n.offset_map.dumps()
    return n.text, dumped, [f.to_json() for f in n.flags]


@dataclass
class _Pending:
    """A document waiting for its normalised text."""

    ext: str
    raw: str
    source: str
    title: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    flags: list[Flag] = field(default_factory=list)


@dataclass
class _FileWork:
    source: Source
    pending: list[_Pending] = field(default_factory=list)
    ready: list[tuple[DocumentInput, list[LayerInput]]] = field(default_factory=list)


@dataclass
class AnnotatedOptions:
    """How files that carry annotations are read: their layer, a label map, doccano's offsets,
    and the stored text of a document a native record names without repeating it."""

    layer: str | None = None
    label_map: dict[str, str] = field(default_factory=dict)
    doccano_offsets: str = "auto"
    stored_text: Callable[[str], str | None] | None = None
    # Only with --format auto is a file's content allowed to overrule its name.
    sniff: bool = True


def _read_source(
    src: Source,
    text_column: str | None,
    labels: Any,
    relation_types: Any,
    result: ImportResult,
    directive_labels: Any = ("DIRECTIVE",),
    options: AnnotatedOptions | None = None,
) -> _FileWork:
    from civannot.formats._base import FormatError
    from civannot.formats.sniff import ANNOTATED, sniff

    options = options or AnnotatedOptions()
    try:
        data = src.read()
    except OSError as e:
        raise Refused(f"cannot read: {e.strerror or e}") from None
    decoded = decode(data)
    text, enc, guessed = decoded
    enc_flags = []
    if guessed:
        result.encodings[src.name] = enc
        enc_flags.append(Flag("encoding", message=f"file encoding guessed as {enc}"))
    for note in getattr(decoded, "notes", ()):
        # said on every document of the file and once in the report
        enc_flags.append(Flag("encoding", message=note))
        result.notes.append(f"{src.name}: {note}")
    work = _FileWork(src)
    try:
        kind = sniff(text, src.kind) if options.sniff or src.kind == "json" else src.kind
    except ValueError as e:
        raise Refused(str(e)) from None
    if kind in ANNOTATED:
        work.ready = _read_annotated(text, src, kind, labels, relation_types, directive_labels,
                                     options, result)  # fmt: skip
        return work
    if src.kind == "jsonl":
        from civannot.formats.jsonl import read_jsonl

        try:
            # JSON Lines ends records at \n only: str.splitlines() would also break at U+2028,
            # NEL and the like, which JSON allows unescaped inside strings
            lines = [line.removesuffix("\r") for line in text.split("\n")]
            records = read_jsonl(lines, src.name, labels, relation_types, directive_labels,
                                 stored_text=options.stored_text)  # fmt: skip
        except FormatError as e:
            raise Refused(str(e), located=True) from None
        for rec in records:
            doc = rec.document
            if not doc.title:
                doc.title = make_title(doc.text)
            if "date" not in doc.meta:
                date = find_date(doc.text)
                if date:
                    doc.meta["date"] = date
            doc.source = doc.source or src.name
            doc.flags = enc_flags + doc.flags
            work.ready.append((doc, rec.layers))
        return work
    if src.kind == "csv":
        for ext, raw, meta in csv_rows(text, src.name, text_column):
            work.pending.append(
                _Pending(
                    f"{src.stem}#{ext}",
                    raw,
                    str(meta.pop("source", "") or meta.get("url", "") or src.name),
                    str(_pop_title(meta)),
                    meta,
                    list(enc_flags),
                )
            )
        return work
    title = ""
    if src.kind == "html":
        text, title = html_text(text)
    if not text.strip():
        raise Refused("no text")
    work.pending.append(_Pending(src.stem, text, src.name, title, {}, list(enc_flags)))
    return work


def _read_annotated(
    text: str,
    src: Source,
    kind: str,
    labels: Any,
    relation_types: Any,
    directive_labels: Any,
    options: AnnotatedOptions,
    result: ImportResult,
) -> list[tuple[DocumentInput, list[LayerInput]]]:
    """A tag file, CLUENER, doccano or Label Studio file found among the paths, as documents with
    their layers (read by civannot.interop, labels mapped and checked against the schema)."""
    from civannot.formats._base import FormatError
    from civannot.interop import apply_label_map, check_labels, parse_foreign_text

    notes: list[str] = []
    try:
        items = parse_foreign_text(text, src.name, Path(src.stem).name, kind, options.layer,
                                   notes, doccano_offsets=options.doccano_offsets,
                                   directive_labels=directive_labels)  # fmt: skip
        notes += apply_label_map(items, options.label_map, src.name)
        check_labels(labels, relation_types, items, src.name)
    except FormatError as e:
        msg = str(e)
        raise Refused(msg, located=msg.startswith(src.name)) from None
    for doc, _layers in items:
        doc.title = doc.title or make_title(doc.text)
        doc.source = doc.source or src.name
    result.notes.append(f"{src.name}: read as {kind}")
    result.notes.extend(notes)
    return items


def _pop_title(meta: dict[str, Any]) -> str:
    for k in list(meta):
        if k.strip().lower() in _TITLE_COLUMNS:
            return meta.pop(k)
    return ""


# Clean text of the genre read for the GBK repair's context (gbk.Context): at most this many
# characters of the project's documents, the shipped samples and the import's undamaged files.
REPAIR_CONTEXT_CHARS = 1_000_000  # ~0.7 s of one core to count


def repair_context(project: Project | None, raws: Iterable[str] = ()) -> Any:
    """The character pairs of clean articles of the genre, weighed by the GBK repair where the
    word model cannot choose between readings that are all words (降至/降低): the shipped
    samples, the project's documents, and the files of this import that show no damage."""
    from importlib import resources

    from civannot.text import gbk

    samples = Path(str(resources.files("civannot.resources").joinpath("samples")))

    def texts() -> Iterator[str]:
        for f in sorted(samples.glob("*.txt")):
            yield f.read_text(encoding="utf-8")
        for raw in raws:
            if "?" not in raw and gbk.REPLACEMENT not in raw:
                yield raw
        if project is not None:
            for doc in project.documents(raw=False):
                if gbk.REPLACEMENT not in doc.text:
                    yield doc.text

    return gbk.Context(texts(), limit=REPAIR_CONTEXT_CHARS)


def _init_worker(context: Any) -> None:
    from civannot.text import gbk

    gc.enable()  # a forked worker would inherit the import's paused collector (gc_paused)
    gbk.set_context(context)


class _Workers:
    """A process pool started on first need and reused for every chunk of an import. `context`
    (a function of the first chunk's raw texts) gives the GBK repair's context, built once."""

    def __init__(self, workers: int | None, context: Callable[[list[str]], Any] | None = None):
        self.workers = workers
        self.pool: Any = None
        self.make_context = context
        self.context: Any = None
        self.set_here = False

    def map(self, raws: list[str]) -> Iterator[tuple[str, str | None, list[dict[str, Any]]]]:
        """Results in order, as they come: the caller writes while the workers go on."""
        if self.make_context is not None and self.context is None:
            self.context = self.make_context(raws)
        if len(raws) < POOL_MIN_DOCS or self.workers == 1:
            if self.context is not None and not self.set_here:
                from civannot.text import gbk

                gbk.set_context(self.context)
                self.set_here = True
            return map(normalise_plain, raws)
        if self.pool is None:
            from civannot.processes import pool_context

            self.pool = pool_context().Pool(
                self.workers, initializer=_init_worker, initargs=(self.context,)
            )
        return self.pool.imap(normalise_plain, raws, chunksize=8)

    def close(self) -> None:
        if self.set_here:
            from civannot.text import gbk

            gbk.set_context(None)
            self.set_here = False
        if self.pool is not None:
            # Every result wanted has been taken (or the import was cancelled): stop at once.
            self.pool.terminate()
            self.pool.join()
            self.pool = None


def _finish(w: _FileWork, it: Iterator[tuple[str, str | None, list[dict[str, Any]]]]) -> None:
    """Turn a file's pending documents into documents, taking their results from `it`."""
    for p in w.pending:
        clean, dumped, flags = next(it)
        meta = dict(p.meta)
        if "date" not in meta:
            date = find_date(clean)
            if date:
                meta["date"] = date
        doc = DocumentInput(
            external_id=p.ext,
            text=clean,
            raw=p.raw if clean != p.raw or dumped else None,
            offset_map=dumped,
            title=(p.title or make_title(clean))[:255],
            source=p.source,
            meta=meta,
            flags=p.flags + [Flag.from_json(f) for f in flags],
        )
        w.ready.append((doc, []))
    w.pending = []


def _unique_ids(
    project: Project, work: _FileWork, taken: set[str], stored_ids: set[str], report: ImportReport
) -> None:
    """Plain documents (no layers) whose id is taken by other text get a suffix: ids come from
    file names, which repeat across folders. One whose id holds the same text is a duplicate."""
    keep = []
    for doc, layers in work.ready:
        if layers:
            keep.append((doc, layers))
            continue
        base = doc.external_id
        n = 1
        duplicate = False
        while doc.external_id in taken or doc.external_id in stored_ids:
            existing = None if doc.external_id in taken else project.document_id(doc.external_id)
            if existing is not None:
                stored = project.document(existing)
                if stored.raw == (doc.raw if doc.raw is not None else doc.text):
                    duplicate = True
                    break
            n += 1
            doc.external_id = f"{base}~{n}"
        if duplicate:
            report.duplicates.append(f"{base} (same text as {doc.external_id})")
            continue
        taken.add(doc.external_id)
        keep.append((doc, layers))
    work.ready = keep


def import_paths(
    project: Project,
    paths: Iterable[str | Path],
    fmt: str = "auto",
    text_column: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    workers: int | None = None,
    *,
    layer: str | None = None,
    label_map: dict[str, str] | None = None,
    doccano_offsets: str = "auto",
    zip_limits: ZipLimits | None = None,
) -> ImportResult:
    """Import every article under `paths` into `project`; one transaction per file.

    Annotated files found among them (tag files, CLUENER, doccano, Label Studio: by name and
    content) go into `layer` (by default the format's name), their labels renamed by
    `label_map`."""

    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")

    def stored_text(ext: str) -> str | None:
        doc_id = project.document_id(ext)
        return None if doc_id is None else project.document(doc_id).text

    options = AnnotatedOptions(layer, dict(label_map or {}), doccano_offsets, stored_text,
                               sniff=fmt == "auto")  # fmt: skip
    result = ImportResult()
    sources, refused = collect(paths, fmt, result.notes, zip_limits)
    for r in refused:
        result.refused.append(r)
        result.report.errors.append(r)
    total = len(sources)
    result.files = total
    labels = set(project.schema.label_names)
    # relation type -> (head labels, tail labels): JSONL relations are checked against them
    relation_types = {r.name: (r.head, r.tail) for r in project.schema.relations}
    directive_labels = {lab.name for lab in project.schema.labels if lab.kind == "directive"}
    pool = _Workers(workers, lambda raws: repair_context(project, raws))
    try:
        with gc_paused(), project.first_load():
            _run(
                project,
                sources,
                text_column,
                labels,
                relation_types,
                result,
                pool,
                progress,
                cancel,
                directive_labels,
                options,
            )
    finally:
        pool.close()
    return result


def _run(
    project: Project,
    sources: list[Source],
    text_column: str | None,
    labels: set[str],
    relation_types: dict[str, tuple[tuple[str, ...], tuple[str, ...]]],
    result: ImportResult,
    pool: _Workers,
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
    directive_labels: set[str],
    options: AnnotatedOptions | None = None,
) -> None:
    from civannot.models.database import ConnectionLost
    from civannot.project import ProjectError

    total = len(sources)
    done = 0
    taken: set[str] = set()
    stored_ids = {info.external_id for info in project.document_infos()}
    # Read and normalise in chunks so memory stays bounded on big imports.
    chunk = 2000
    for i in range(0, total, chunk):
        works: list[_FileWork] = []
        for src in sources[i : i + chunk]:
            if cancel is not None and cancel():
                result.cancelled = True
                return
            try:
                works.append(
                    _read_source(
                        src, text_column, labels, relation_types, result, directive_labels, options
                    )  # fmt: skip
                )
            except Refused as e:
                _refuse(result, str(e) if e.located else f"{src.name}: {e}")
                done += 1
                if progress:
                    progress(done, total)
        results = pool.map([p.raw for w in works for p in w.pending])
        for group_start in range(0, len(works), GROUP_FILES):
            if cancel is not None and cancel():
                result.cancelled = True
                return
            group = works[group_start : group_start + GROUP_FILES]
            for w in group:
                _finish(w, results)
                _unique_ids(project, w, taken, stored_ids, result.report)
            items = [item for w in group for item in w.ready]
            try:
                rep = project.import_batch(items, source="import") if items else ImportReport()
                result.report.merge(rep)
            except ConnectionLost:
                raise  # not a spoiled file: the server went; the command stops, said once
            except ProjectError:
                # One file spoiled the group: write file by file to find it.
                for w in group:
                    try:
                        if w.ready:
                            result.report.merge(project.import_batch(w.ready, source="import"))
                    except ProjectError as e:
                        _refuse(result, f"{w.source.name}: {e}")
            done += len(group)
            if progress:
                progress(done, total)


def _refuse(result: ImportResult, message: str) -> None:
    result.refused.append(message)
    result.report.errors.append(message)


def iter_report_lines(result: ImportResult) -> Iterator[str]:
    """The human summary of an import."""
    r = result.report
    yield (
        f"{result.files} file(s): {len(r.imported)} document(s) imported, "
        f"{r.layers_added} layer(s) added, {len(r.duplicates)} duplicate(s) skipped, "
        f"{len(result.refused)} refused, {len(r.flagged)} flagged"
    )
    for d in r.duplicates:
        yield f"  duplicate: {d}"
    for e in result.refused:
        yield f"  refused: {e}"
    for name, enc in result.encodings.items():
        yield f"  encoding guessed: {name}: {enc}"
    for note in result.notes:
        yield f"  note: {note}"
    if result.cancelled:
        yield "  cancelled: the files before this point were imported"
