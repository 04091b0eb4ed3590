"""Opening inputs: paths, ``-`` for standard input, gzip, the size limit, and text decoding.

Format code never opens a path itself. :func:`open_input` hands it a binary stream (already
decompressed, with its first bytes kept for sniffing) and :func:`decode` turns bytes into
text, whatever the encoding. Every failure is an :class:`~kg.errors.InputError` naming the
input and the reason in one line.

The size limit (50 MB, ``KG_MAX_INPUT_MB``) bounds what is held in memory at once: a whole
input read by :func:`read_all`, one line read by :func:`iter_lines`. A format parsed as a
stream (WordPress exports) holds neither, so no limit applies to it.
"""

from __future__ import annotations

import codecs
import gzip
import io
import os
import re
import stat
import sys
import unicodedata
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, BinaryIO, cast

import charset_normalizer

from kg.errors import InputError, OutputError

__all__ = [
    "DEFAULT_MAX_MB",
    "MAX_MB_ENV",
    "STDIN",
    "Input",
    "binary_kind",
    "decode",
    "display_name",
    "iter_lines",
    "max_input_bytes",
    "open_input",
    "open_output",
    "read_all",
]

STDIN = "-"
DEFAULT_MAX_MB = 50
MAX_MB_ENV = "KG_MAX_INPUT_MB"
HEAD_SIZE = 16384

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its little-endian BOM begins with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

# File signatures worth naming in an error ("a PDF document" says more than "binary data").
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.epub/.odt, which are ZIP archives)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an executable program"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
)
_GZIP_MAGIC = b"\x1f\x8b"
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def max_input_bytes() -> int | None:
    """The per-file size limit in bytes: ``KG_MAX_INPUT_MB`` (0 for none), else 50 MB."""
    raw = os.environ.get(MAX_MB_ENV, "").strip()
    if not raw:
        return DEFAULT_MAX_MB * 1024 * 1024
    try:
        mb = float(raw)
    except ValueError:
        raise InputError(MAX_MB_ENV, f"{raw!r} is not a number of megabytes") from None
    return None if mb <= 0 else int(mb * 1024 * 1024)


def display_name(path: str | os.PathLike[str]) -> str:
    """How an input is named in posts and messages: the path as given, ``<stdin>`` for ``-``."""
    path = os.fspath(path)
    return "<stdin>" if path == STDIN else path


def _too_big(limit: int) -> str:
    return f"the {_megabytes(limit)} limit (set {MAX_MB_ENV} to raise it, 0 for no limit)"


def _megabytes(n: int) -> str:
    """A size for people: "50 MB", "4.9 KB", "812 bytes"."""
    for unit, size in (("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= size:
            return f"{n / size:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n} bytes"


class _Reader(io.RawIOBase):
    """Serves the sniffed head first, then the rest; knows the input's size limit."""

    def __init__(
        self, head: bytes, rest: BinaryIO, source: str, limit: int | None, size: int | None
    ) -> None:
        self._head = memoryview(head)
        self._rest = rest
        self.source = source
        self.limit = limit
        self.size = size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
        else:
            chunk = _guarded_read(self._rest, len(buffer), self.source)
            n = len(chunk)
            buffer[:n] = chunk
        return n


def _guarded_read(stream: BinaryIO, n: int, source: str) -> bytes:
    """Read from a (possibly compressed) stream, turning decompression errors into InputError."""
    try:
        return stream.read(n)
    except (EOFError, zlib.error, gzip.BadGzipFile) as err:
        raise InputError(source, f"corrupt or truncated compressed data ({err})") from None
    except OSError as err:
        raise InputError(source, f"read failed: {err.strerror or err}") from None


@dataclass
class Input:
    """One opened input: its display name, its first bytes (for sniffing) and a stream of it all."""

    source: str
    head: bytes
    stream: BinaryIO
    compressed: bool = False


def _open_raw(path: str, source: str) -> tuple[BinaryIO, int | None]:
    """The raw file (standard input for ``-``) and its size when it is a regular file."""
    if path == STDIN:
        return sys.stdin.buffer, None
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError(source, "no such file or directory") from None
    except PermissionError:
        raise InputError(source, "permission denied") from None
    except OSError as err:
        raise InputError(source, f"cannot open: {err.strerror or err}") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(source, "is a folder, not a file")
    try:
        raw = open(path, "rb")  # noqa: SIM115 - closed by open_input
    except PermissionError:
        raise InputError(source, "permission denied") from None
    except OSError as err:
        raise InputError(source, f"cannot open: {err.strerror or err}") from None
    return raw, st.st_size if stat.S_ISREG(st.st_mode) else None


@contextmanager
def open_input(
    path: str | os.PathLike[str], *, max_bytes: int | bool | None = True
) -> Iterator[Input]:
    """Open a path (``-`` for standard input) as an :class:`Input`; gzip is undone on the fly.

    Args:
        path: the file as the user named it.
        max_bytes: the size limit after decompression; ``True`` for :func:`max_input_bytes`,
            ``None`` or ``False`` for none.
    """
    path = os.fspath(path)
    source = display_name(path)
    limit = max_input_bytes() if max_bytes is True else (max_bytes or None)
    raw, size = _open_raw(path, source)
    try:
        peekable = raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(cast(Any, raw))
        # Gzip is known by its magic bytes, whatever the file is called.
        compressed = peekable.peek(2)[:2] == _GZIP_MAGIC
        stream = cast(BinaryIO, peekable)
        if compressed:
            stream = cast(BinaryIO, gzip.GzipFile(fileobj=peekable, mode="rb"))
            size = None
        head = _read_head(stream, source)
        limited = _Reader(head, stream, source, limit, size)
        reader = io.BufferedReader(limited, buffer_size=1 << 16)
        yield Input(source, head, cast(BinaryIO, reader), compressed)
    finally:
        if path != STDIN:
            raw.close()


def _read_head(stream: BinaryIO, source: str) -> bytes:
    parts: list[bytes] = []
    size = 0
    while size < HEAD_SIZE:
        chunk = _guarded_read(stream, HEAD_SIZE - size, source)
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    return b"".join(parts)


def _limited(stream: BinaryIO) -> _Reader | None:
    raw = getattr(stream, "raw", None)
    return raw if isinstance(raw, _Reader) else None


def read_all(stream: BinaryIO) -> bytes:
    """The whole rest of a stream opened by :func:`open_input`, within the size limit."""
    limited = _limited(stream)
    if limited is None or limited.limit is None:
        return stream.read()
    if limited.size is not None and limited.size > limited.limit:
        # Refuse a large file at once instead of reading 50 MB of it first.
        reason = f"file is {_megabytes(limited.size)}, over {_too_big(limited.limit)}"
        raise InputError(limited.source, reason)
    # One byte more than the limit tells a compressed or piped input that is too large.
    data = stream.read(limited.limit + 1)
    if len(data) > limited.limit:
        raise InputError(limited.source, f"larger than {_too_big(limited.limit)}")
    return data


def binary_kind(head: bytes) -> str | None:
    """What a binary input is ("a PDF document", "binary data"), or None when it looks like text."""
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return kind
    if _bom(head) is not None or _utf16_without_bom(head) is not None:
        return None
    sample = head[:4096]
    if b"\x00" in sample:
        return "binary data"
    # Control characters other than whitespace and ESC are rare in any text encoding.
    if sample and len(_CONTROL.findall(sample)) > len(sample) * 0.05:
        return "binary data"
    return None


def _bom(data: bytes) -> tuple[bytes, str, str] | None:
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return bom, codec, name
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when every other byte is NUL, as in UTF-16 English text."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _non_ascii_letters(text: str) -> tuple[int, int, int]:
    """Counts of non-ASCII letters, of those outside the Latin script, and of other symbols."""
    letters = non_latin = other = 0
    for ch in text:
        if ch < "\x80":
            continue
        if unicodedata.category(ch).startswith("L"):
            letters += 1
            if ord(ch) > 0x24F:
                non_latin += 1
        elif not ch.isspace() and unicodedata.category(ch) not in ("Pd", "Pi", "Pf", "Po"):
            other += 1
    return letters, non_latin, other


def _guess(data: bytes, source: str) -> str:
    """Decode bytes that are neither UTF-8 nor marked by a BOM.

    charset-normalizer alone often takes short Western text for cp1250 (or even BOM-less
    UTF-16), so its guess is weighed against Windows-1252, the usual legacy encoding:
    its guess wins when it reads as another script, or as more real letters.
    """
    western: str | None
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    guess: str | None = None
    for match in charset_normalizer.from_bytes(data):
        if not match.encoding.startswith(("utf_16", "utf_32")):
            guess = str(match)
            break
    if guess is not None and western is not None and guess != western:
        g_letters, g_non_latin, g_other = _non_ascii_letters(guess)
        w_letters, _, w_other = _non_ascii_letters(western)
        if g_letters and g_non_latin > g_letters / 2:
            return guess
        if g_letters - g_other > w_letters - w_other:
            return guess
        return western
    if western is not None:
        return western
    if guess is not None:
        return guess
    raise InputError(source, "cannot be decoded: not UTF-8, and no other text encoding fits")


def decode(data: bytes, source: str, *, declared: str | None = None) -> str:
    """Bytes to text: a BOM first, then strict UTF-8, a declared charset, then a guess.

    Binary data (a PDF, an image, anything with NUL bytes that is not UTF-16) is an error.

    Args:
        data: the raw bytes.
        source: the input's name, for error messages.
        declared: a charset the document declares (an HTML ``<meta charset>``), if any.
    """
    bom = _bom(data)
    if bom is not None:
        mark, codec, name = bom
        try:
            return data[len(mark) :].decode(codec)
        except UnicodeDecodeError as err:
            reason = f"starts with a {name} byte-order mark but is not valid {name} ({err.reason})"
            raise InputError(source, reason) from None
    # UTF-16 without a BOM and NUL-laden binary data are valid UTF-8: tell them apart first.
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            pass
    kind = binary_kind(data)
    if kind is not None:
        raise InputError(source, f"{kind}, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            codec = codecs.lookup(declared).name
            if not codec.startswith(("utf-16", "utf-32")):
                return data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            pass
    return _guess(data, source)


def _lines(stream: BinaryIO, limit: int | None) -> Iterator[bytes | None]:
    """Raw lines of at most ``limit`` bytes; None for a longer one, which is skipped."""
    size = -1 if limit is None else limit + 1
    while True:
        line = stream.readline(size)
        if not line:
            return
        if limit is not None and len(line) > limit and not line.endswith(b"\n"):
            # Too long to hold: skip to the end of the line, a chunk at a time.
            while (chunk := stream.readline(1 << 20)) and not chunk.endswith(b"\n"):
                pass
            yield None
            continue
        yield line


def iter_lines(stream: BinaryIO, source: str) -> Iterator[tuple[int, str | None]]:
    """Numbered lines of a text stream (from 1, without line ends), decoded line by line.

    The whole stream is never held: the size limit applies to each line instead, and a
    longer line comes out as None (the caller reports it) while the lines after it still do.
    A UTF-16/32 stream (known by its BOM) is decoded as a whole; otherwise each line is strict
    UTF-8 or, failing that, decoded on its own, so one odd line cannot spoil the rest.
    """
    limited = _limited(stream)
    limit = limited.limit if limited else None
    reader = stream if isinstance(stream, io.BufferedReader) else None
    reader = reader or io.BufferedReader(cast(Any, stream))
    bom = _bom(reader.peek(4)[:4])
    if bom is not None and bom[1] != "utf-8":
        reader.read(len(bom[0]))
        text = io.TextIOWrapper(reader, encoding=bom[1], newline=None)
        try:
            number = 0
            while line := text.readline(-1 if limit is None else limit + 1):
                number += 1
                if limit is not None and len(line) > limit and not line.endswith("\n"):
                    while (rest := text.readline(1 << 20)) and not rest.endswith("\n"):
                        pass
                    yield number, None
                else:
                    yield number, line.rstrip("\r\n")
        except UnicodeDecodeError as err:
            raise InputError(source, f"not valid {bom[2]} ({err.reason})") from None
        finally:
            text.detach()
        return
    for number, raw in enumerate(_lines(cast(BinaryIO, reader), limit), 1):
        if raw is None:
            yield number, None
            continue
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        raw = raw.rstrip(b"\r\n")
        try:
            yield number, raw.decode("utf-8")
        except UnicodeDecodeError:
            yield number, decode(raw, f"{source} line {number}")


@contextmanager
def open_output(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Open a path (``-`` for standard output) to write bytes to.

    A file is written under a temporary name beside it and renamed when the block ends
    without an error, so a failed export never leaves a partial file or spoils an old one.

    Raises:
        kg.errors.OutputError: the file cannot be created or written.
    """
    path = os.fspath(path)
    if path == STDIN:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    target = display_name(path)
    tmp = f"{path}.{os.getpid()}.part"
    try:
        raw = open(tmp, "wb")  # noqa: SIM115 - closed below, renamed on success
    except FileNotFoundError:
        folder = os.path.dirname(path) or "."
        raise OutputError(f"{target}: cannot write: no folder {folder}") from None
    except OSError as err:
        raise OutputError(f"{target}: cannot write: {err.strerror or err}") from None
    try:
        try:
            yield cast(BinaryIO, raw)
            raw.close()
            os.replace(tmp, path)
        except OSError as err:
            raise OutputError(f"{target}: cannot write: {err.strerror or err}") from None
    finally:
        raw.close()
        if os.path.exists(tmp):
            os.unlink(tmp)
