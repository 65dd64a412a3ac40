"""A table cell that is one amount of money and nothing else ('€9.75bn', '~€50bn', 'EUR 4.2 billion', '£71.0bn'):
its currency and scale are the cell's own, not its column's."""

from __future__ import annotations

from knowledge.figures import Figure, FigureKind, find_figures, tokenize


def lone_amount(cell: str) -> Figure | None:
    """The amount of money a cell holds when it holds that and nothing else (a sign of about, '~', before it), else
    None: a cell saying more may name someone else."""
    tokens = tokenize(cell.strip().lstrip("~≈").strip())
    figures = find_figures(tokens)
    if len(figures) != 1 or figures[0].kind is not FigureKind.MONEY:
        return None
    return figures[0] if (figures[0].start, figures[0].end) == (0, len(tokens)) else None
