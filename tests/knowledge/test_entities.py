"""The entity list (knowledge/domain/entities.toml): its schema, its checks at load, and what it holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.entities import ENTITY_FILE, DomainDataError, EntityKind, canonical_subject, entity_file, entity_tables
from knowledge.words import normalise

# The 32 members of the alliance, as the test expects them, independently of the data file.
NATO_MEMBERS = {
    *("Albania", "Belgium", "Bulgaria", "Canada", "Croatia", "Czechia", "Denmark", "Estonia", "Finland"),
    *("France", "Germany", "Greece", "Hungary", "Iceland", "Italy", "Latvia", "Lithuania", "Luxembourg"),
    *("Montenegro", "Netherlands", "North Macedonia", "Norway", "Poland", "Portugal", "Romania", "Slovakia"),
    *("Slovenia", "Spain", "Sweden", "Türkiye", "United Kingdom", "United States"),
}

COUNTRY = '[[entity]]\nname = "{name}"\nkind = "country"\naliases = [{aliases}]\n'


def _load(tmp_path: Path, text: str):
    path = tmp_path / "entities.toml"
    roles = (
        '[[entity]]\nname = "Alliance"\nkind = "group"\nrole = "alliance"\n'
        '[[entity]]\nname = "Big"\nkind = "country"\nmember = true\nrole = "largest_member"\n'
        '[[entity]]\nname = "Rest"\nkind = "group"\nrole = "alliance_without_largest"\n'
        '[[entity]]\nname = "Everywhere"\nkind = "region"\nquestions = false\nrole = "world"\n'
    )
    path.write_text(roles + text, encoding="utf-8")
    return entity_file(path)


def test_a_minimal_file_loads(tmp_path: Path) -> None:
    data = _load(tmp_path, COUNTRY.format(name="Norway", aliases='"norwegian"'))
    assert [entry.name for entry in data.entity] == ["Alliance", "Big", "Rest", "Everywhere", "Norway"]
    assert data.by_role("largest_member").name == "Big"


def test_an_alias_naming_two_entities_is_rejected(tmp_path: Path) -> None:
    text = COUNTRY.format(name="Norway", aliases='"norse"') + COUNTRY.format(name="Denmark", aliases='"Norse"')
    with pytest.raises(DomainDataError, match=r"'Norse' names both 'Norway' and 'Denmark' in questions"):
        _load(tmp_path, text)


def test_an_alias_naming_another_entity_in_documents_is_rejected(tmp_path: Path) -> None:
    text = COUNTRY.format(name="Norway", aliases="") + (
        '[[entity]]\nname = "Oslo Forum"\nkind = "organisation"\nquestions = false\nweak = ["norway"]\n'
    )
    with pytest.raises(DomainDataError, match=r"names both 'Norway' and 'Oslo Forum' in documents"):
        _load(tmp_path, text)


def test_a_word_a_question_means_otherwise_may_name_another_entity_in_documents(tmp_path: Path) -> None:
    text = (
        '[[entity]]\nname = "Nordics"\nkind = "group"\nquestion_only = ["scandinavia"]\n'
        '[[entity]]\nname = "Scandinavia"\nkind = "region"\nquestions = false\n'
    )
    data = _load(tmp_path, text)
    assert {entry.name for entry in data.entity} >= {"Nordics", "Scandinavia"}


def test_an_alias_listed_twice_for_one_entity_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(DomainDataError, match="listed twice"):
        _load(tmp_path, COUNTRY.format(name="Norway", aliases='"norwegian", "Norwegian"'))
    with pytest.raises(DomainDataError, match="listed twice"):
        _load(tmp_path, COUNTRY.format(name="Norway", aliases='"norway"'))


def test_an_entity_listed_twice_is_rejected(tmp_path: Path) -> None:
    text = COUNTRY.format(name="Norway", aliases="") + COUNTRY.format(name="Norway", aliases='"norge"')
    with pytest.raises(DomainDataError, match="'Norway' is listed twice"):
        _load(tmp_path, text)


def test_an_unknown_field_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(DomainDataError, match=r"entity\.4\.capital\s+Extra inputs are not permitted"):
        _load(tmp_path, COUNTRY.format(name="Norway", aliases="") + 'capital = "Oslo"\n')


def test_an_unknown_kind_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(DomainDataError, match=r"entity\.4\.kind\s+Input should be 'country'"):
        _load(tmp_path, COUNTRY.format(name="Norway", aliases="").replace('"country"', '"planet"'))


def test_a_missing_or_doubled_role_is_rejected(tmp_path: Path) -> None:
    text = COUNTRY.format(name="Norway", aliases="") + 'role = "largest_member"\n'
    with pytest.raises(DomainDataError, match=r"role 'largest_member' needs exactly one entity.*\['Big', 'Norway'\]"):
        _load(tmp_path, text)


def test_the_error_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(DomainDataError, match=r"entities\.toml"):
        _load(tmp_path, "[[entity]]\nname = \n")


def test_every_nato_member_is_listed_once_as_a_member() -> None:
    entries = entity_file().entity
    members = [entry.name for entry in entries if entry.member]
    assert sorted(members) == sorted(NATO_MEMBERS)
    assert all(entry.kind is EntityKind.COUNTRY for entry in entries if entry.member)
    assert len({entry.name for entry in entries}) == len(entries)


def test_the_roles_name_the_alliance_its_largest_member_and_the_rest() -> None:
    data = entity_file()
    assert data.by_role("alliance").name == "NATO Allies"
    assert data.by_role("largest_member").name == "United States"
    assert data.by_role("largest_member").member
    assert data.by_role("alliance_without_largest").name == "European Allies and Canada"
    assert data.by_role("world").name == "World"  # the whole wider than the alliance, named by documents only


def test_the_world_role_is_held_once(tmp_path: Path) -> None:
    second = '[[entity]]\nname = "Planet"\nkind = "region"\nquestions = false\nrole = "world"\n'
    with pytest.raises(DomainDataError, match=r"role 'world' needs exactly one entity"):
        _load(tmp_path, second)


def test_documents_read_exact_and_weak_names_and_no_question_only_names() -> None:
    tables = entity_tables()
    assert tables.exact["US"] == "United States"
    assert ("us",) not in tables.folded  # the pronoun
    assert tables.weak[("pentagon",)] == "United States"
    assert tables.weak[("washington",)] == "United States"
    assert tables.folded[("europe",)] == "Europe"  # the region, where a question means the allies
    assert tables.kind("World") == "region"


def test_the_shipped_file_is_the_default() -> None:
    assert entity_file() is entity_file(ENTITY_FILE)
    assert all(normalise(entry.name) for entry in entity_file().entity)


def _fresh(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name  # a file of its own: entity files are read once per path
    folder.mkdir()
    return folder


def test_a_programme_is_part_of_a_known_body_and_only_a_programme_or_an_institution_is(tmp_path: Path) -> None:
    body = '[[entity]]\nname = "Union"\nkind = "organisation"\n'
    data = _load(tmp_path, body + '[[entity]]\nname = "Fund"\nkind = "programme"\npart_of = "Union"\n')
    assert [entry.part_of for entry in data.entity if entry.kind is EntityKind.PROGRAMME] == ["Union"]
    institution = '[[entity]]\nname = "Union Council"\nkind = "organisation"\npart_of = "Union"\n'
    data = _load(_fresh(tmp_path, "institution"), body + institution)
    assert [entry.part_of for entry in data.entity if entry.name.startswith("Union")] == [None, "Union"]
    with pytest.raises(DomainDataError, match="a programme is part of a body"):
        _load(_fresh(tmp_path, "bodiless"), body + '[[entity]]\nname = "Fund"\nkind = "programme"\n')
    with pytest.raises(DomainDataError, match="only a programme or an institution is part of a body"):
        _load(_fresh(tmp_path, "country"), body + COUNTRY.format(name="Norway", aliases="") + 'part_of = "Union"\n')
    with pytest.raises(DomainDataError, match="its body 'Nowhere' is no entity"):
        _load(
            _fresh(tmp_path, "nowhere"), body + '[[entity]]\nname = "Fund"\nkind = "programme"\npart_of = "Nowhere"\n'
        )


def test_the_eu_programmes_are_the_eus_and_named_by_their_short_names() -> None:
    tables = entity_tables()
    assert tables.part_of(canonical_subject("European Commission")) == "European Union"  # its institution
    for name in ("SAFE", "EDIP", "ReArm Europe", "European Peace Facility"):
        assert canonical_subject(name) in tables.entries, name
        assert tables.part_of(canonical_subject(name)) == "European Union", name
    assert canonical_subject("safe") != canonical_subject("SAFE")  # the everyday word names no programme


def test_a_body_may_also_be_a_weak_document_name_but_not_twice_in_questions(tmp_path: Path) -> None:
    both = COUNTRY.format(name="Land", aliases='"landish"') + 'document_only_weak = ["palace"]\nbodies = ["palace"]\n'
    assert _load(tmp_path, both)
    twice = COUNTRY.format(name="Land", aliases='"landish"') + 'question_only = ["palace"]\nbodies = ["palace"]\n'
    with pytest.raises(DomainDataError, match="listed twice"):
        (tmp_path / "again").mkdir()
        _load(tmp_path / "again", twice)


def test_a_three_letter_code_is_listed_once_and_names_its_country_in_documents_and_questions(tmp_path: Path) -> None:
    from knowledge.lexicon import short_names  # noqa: PLC0415 - the questions' reading under test

    assert entity_tables().exact["DEU"] == "Germany"
    assert entity_tables().exact["FRA"] == "France"
    assert "deu" not in entity_tables().exact  # as written in capitals only, in documents
    assert short_names()["pol"] == "Poland"  # a question types it in any case
    text = '[[entity]]\nname = "Norway"\nkind = "country"\niso_code = "NRW"\nshort = ["nrw"]\n'
    with pytest.raises(DomainDataError, match="listed again"):
        _load(tmp_path, text)


def test_a_country_named_by_its_three_letter_code_in_a_document_is_the_country(build_note) -> None:
    facts = build_note("Peer check, 2024: DEU spent 2.12% of GDP on defence, while ITA spent 1.49% of GDP.")
    assert {(fact.subject, fact.value) for fact in facts} >= {("Germany", 2.12), ("Italy", 1.49)}


@pytest.mark.parametrize("name", ["Austria", "Ireland", "Malta", "Cyprus"])
def test_the_eu_members_outside_nato_are_entities_of_their_own(name: str) -> None:
    entity = entity_tables().entries[name]
    assert entity.kind is EntityKind.COUNTRY and not entity.member
    assert canonical_subject(name.casefold()) == name
