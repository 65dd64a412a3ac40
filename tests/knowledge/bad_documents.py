"""Broken documents for the fault tests: a real workbook, and the same one with an unsupported zip compression."""

from __future__ import annotations

import io

from openpyxl import Workbook


def workbook_bytes() -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(["Table 1", 2024])
    sheet.append(["Norway", 2.2])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def unsupported_compression(data: bytes) -> bytes:
    """The same workbook with every entry marked as Deflate64 (zipfile raises NotImplementedError)."""
    patched = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        start = 0
        while (found := patched.find(signature, start)) != -1:
            patched[found + offset : found + offset + 2] = (9).to_bytes(2, "little")
            start = found + 4
    return bytes(patched)
