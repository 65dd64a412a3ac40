"""Whose a figure is when no name before it in its own part of the sentence says so: the one a title names
('France's President … said'), the subject right after a phrase opening the sentence ('At 4.1% of GDP, Lithuania …'),
what a key figure's label names; the country a 'government' or the sentence's own currency points at, a company in
its own release. What `knowledge.sentence_subjects.Subjects` falls back on."""

from __future__ import annotations

from knowledge.entities import entity_tables
from knowledge.figures import Figure, FigureKind
from knowledge.frames import is_alliance, is_country, national_country, points_at_country
from knowledge.sentence_things import Things

DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
PREPOSITIONS = frozenset({"in", "of", "to", "for", "at", "on", "with", "from", "by", "into", "against"})


class UnnamedSubjects(Things):
    """The subjects of figures no name before them gives."""

    @staticmethod
    def entity_kind(name: str) -> str | None:
        return entity_tables().kind(name)

    def _pointed_country(self, start: int, end: int) -> str | None:
        """'The government expects to request around EUR 1.5 billion under SAFE': in a document about one country,
        named near, 'the government' or 'the Ministry of Defence' before a figure is that country, not the last
        entity named (the Union whose instrument it is)."""
        country = self.document_subject_named()
        if country and is_country(country) and points_at_country(self.words, start, end):
            return country
        return None

    def _issuers(self, carried: str | None) -> str | None:
        """'… handed over its first production aircraft to the Swedish Air Force. Surveillance, which includes …,
        reported sales of SEK 17.8 billion': in a company's own release, a sentence naming no one is the company's,
        not that of the country or body a sentence before named (a customer, a budget it benefits from)."""
        issuer = self.context.issuer
        return issuer if issuer and carried and entity_tables().kind(carried) is not None else carried

    def _not_the_alliance(self, carried: str | None) -> str | None:
        """'Much of it would be spending "the country was going to do anyway, now wearing a NATO badge". He estimated
        that up to 0.6 percentage points …': in a document about one country, a sentence naming no one is not the
        alliance's because a sentence before it named the alliance; the sentence must speak of the alliance itself."""
        country = self.context.document_subject
        if carried and country and carried != country and is_country(country) and is_alliance(carried):
            return None
        return carried

    def _labelled(self, figure: Figure) -> str | None:
        """'- EUR 150 billion: the EU's SAFE loan instrument', '- 5%: the new NATO target': a key figure is of whom
        what it is said to be names (if only as the owner of a target)."""
        if self.label_colon is None or figure.start > self.label_colon:
            return None
        named = self.candidates(self.label_colon, len(self.tokens)) or [
            m for m in self.mentions if m.start > self.label_colon and not m.source
        ]
        return named[0].name if named else None

    def _national(self) -> str | None:
        """'She added that the defence budget stands at about GBP 62.2 billion': in a sentence naming no one, the
        country whose own currency its amounts are in ('PLN', 'NOK'; never EUR or USD, which name no one); in a
        company's own release, the country's only when the sentence names it before its amount ('an order from the
        Swedish Defence Materiel Administration worth SEK 7.4 billion'), else the company's: a country named after
        it says where the company's order came from ('Order intake rose to SEK 14,820m, of which 61 per cent came
        from customers outside Sweden', 'a SEK 4.2bn contract from the Swedish Defence Materiel Administration')."""
        amounts = [f for f in self.values if f.kind is FigureKind.MONEY]
        countries = {national_country(f.currency) for f in amounts if not self._shared_symbol(f)}
        country = countries.pop() if len(countries) == 1 else None
        first = min((f.start for f in amounts), default=0)
        named = not self.context.issuer or any(m.name == country and m.start < first for m in self.mentions)
        return country if named else None

    def _shared_symbol(self, figure: Figure) -> bool:
        """'¥8.7 trillion': a symbol several currencies are written with (yen and yuan) names no one's currency until
        whose figure it is is known."""
        return self.tokens[figure.start].text in self.table.raw.shared_currency_symbols

    def _title_named(self, end: int) -> str | None:
        """'France's President Emmanuel Macron said the programming law, worth EUR 413 billion, …': in a sentence
        naming no one else, the country a head of state's or a minister's title names is whom the figures are of (a
        body's staff speak for their own work: 'SIPRI researcher Xiao Liang noted …')."""
        found = [m for m in self.mentions if m.titled and m.start < end and self.entity_kind(m.name) == "country"]
        return found[-1].name if found else None

    def _fronted_subject(self, index: int) -> str | None:
        """'At 4.1% of GDP, Lithuania is close behind', 'With $997 billion, the United States …': a figure in a phrase
        opening the sentence is of the subject right after that phrase's comma."""
        figure = self.values[index]
        if not self.words or self.words[0] not in PREPOSITIONS or "," in self.words[: figure.start]:
            return None
        comma = next((i for i in range(figure.end, len(self.words)) if self.words[i] == ","), None)
        if comma is None:
            return None
        position = comma + 1
        while position < len(self.words) and self.words[position] in DETERMINERS:
            position += 1
        subject = next((m for m in self.mentions if m.start == position and not m.source and not m.aside), None)
        return subject.name if subject else None
