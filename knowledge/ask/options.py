"""Options offered with a question ('– was it about 5%, 12% or 20%?', '– 2030, 2035 or 2040?'): no figures of what
is asked (the remarks take them off before the question is read, so they set no line and look nothing up); the
answer to what is asked then says which option it is, or that none is."""

from __future__ import annotations

from knowledge.models import Answer

CHOICE = 2  # options to choose from: two at least
APPROXIMATE = 0.1  # an option offered as 'about 12%' is the answer's 12.047, within a tenth of itself
YEARS = (1900, 2100)  # a whole number offered in this span is a year


def with_the_option_named(answer: Answer, offered: tuple[str, ...]) -> Answer:
    """The answer with a line saying which of the options offered its figure is, or that none is."""
    if not answer.answered or len(offered) < CHOICE or not answer.values:
        return answer
    listed = f"{', '.join(offered[:-1])} or {offered[-1]}"
    option = _option_stated(answer.values, offered)
    line = (
        f"Of the options offered ({listed}), that is {option}."
        if option is not None
        else f"None of the options offered ({listed}) is the figure."
    )
    return answer.model_copy(update={"answer": f"{answer.answer}\n\n{line}"})


def _option_stated(values: list[float], offered: tuple[str, ...]) -> str | None:
    """The option closest to a figure the answer states, if it is that figure as typed or roughly so."""
    best: tuple[float, str] | None = None
    for option in offered:
        typed = float(option.rstrip("% "))
        decimals = option.rstrip("% ").partition(".")[2]
        exact = 0.5 * 10 ** -len(decimals)
        # a year is that year ('2030, 2035 or 2040': 2032 is none of them); a figure may be offered roughly
        slack = exact if _a_year(option) else max(exact, APPROXIMATE * abs(typed))
        for value in values:
            off = abs(value - typed)
            if off <= slack and (best is None or off / max(abs(typed), 1.0) < best[0]):
                best = (off / max(abs(typed), 1.0), option)
    return None if best is None else best[1]


def _a_year(option: str) -> bool:
    return option.isdigit() and YEARS[0] <= int(option) <= YEARS[1]
