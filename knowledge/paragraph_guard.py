"""One paragraph's fault never loses a document: a paragraph whose reading raises is logged and skipped, and the
moderator is told which one; the document's other paragraphs are read as usual."""

from __future__ import annotations

import logging
from collections.abc import Callable

from knowledge.models import Block, Document

log = logging.getLogger(__name__)


class ParagraphGuard:
    """Runs a reader over a document's paragraphs one by one and keeps the numbers of those it could not read."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.unread: list[int] = []

    def read(self, block: Block, reader: Callable[[Block], None]) -> None:
        try:
            reader(block)
        except MemoryError:
            raise  # the build's limits decide what an exhausted machine refuses, not one paragraph
        except Exception as error:  # a reader's defect costs one paragraph, never the document
            log.warning(
                "%s: paragraph %d could not be read (%s); the rest of the document was",
                self.document.id,
                block.index,
                type(error).__name__,
                exc_info=True,
            )
            if block.index not in self.unread:
                self.unread.append(block.index)


def unread_warning(paragraphs: list[int]) -> list[str]:
    """The moderator's note on paragraphs left out, empty when every paragraph was read."""
    if not paragraphs:
        return []
    numbers = ", ".join(str(number) for number in sorted(paragraphs))
    noun = "paragraph" if len(paragraphs) == 1 else "paragraphs"
    return [f"{noun} {numbers} could not be read and states no facts; the rest of the document was read"]
