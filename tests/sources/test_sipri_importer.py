"""The SIPRI trade-register importer, on small exports in both forms people have.

fixtures/sipri/raw-export.csv is a register as SIPRI's website exports it (Windows-1252, the
11-line preamble, SIPRI's headers with untitled "?" columns); cleaned.csv holds the same records
in the cleaned UTF-8 snake_case form. The records are SIPRI's; one comment has a line break
added, as four records of the full register have.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from veracity.errors import DatasetError
from veracity.sources import Sources
from veracity.sources.dataset import load_dataset
from veracity.sources.importers import sipri
from veracity.sources.importers.sipri_export import decode_export, read_export

FIXTURES = Path(__file__).parent / "fixtures" / "sipri"
NAMES = Path(__file__).parent / "fixtures" / "sources"  # country-names, historical-states
RAW = FIXTURES / "raw-export.csv"
CLEANED = FIXTURES / "cleaned.csv"


def test_the_raw_export_is_windows_1252_with_a_preamble() -> None:
    data = RAW.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert decode_export(data).startswith("Transfers of major conventional arms")


def test_both_forms_give_the_same_records() -> None:
    raw, cleaned = read_export(RAW), read_export(CLEANED)
    assert raw == cleaned
    assert len(raw) == 12


def test_a_record_keeps_every_figure_and_flag() -> None:
    su30 = read_export(RAW)[1]
    assert (su30.recipient, su30.supplier, su30.designation) == ("Kazakhstan", "Russia", "Su-30MK")
    assert (su30.year_of_order, su30.year_of_order_uncertain) == (2021, True)
    assert (su30.number_ordered, su30.number_ordered_uncertain) == (12, True)
    assert (su30.number_delivered, su30.number_delivered_uncertain) == (8, False)
    assert su30.years_of_delivery == (2024,)
    assert su30.description == "FGA aircraft"
    assert su30.comments == "Su-30SM version"


def test_an_unknown_number_ordered_stays_unknown() -> None:
    marauder = next(r for r in read_export(RAW) if r.designation == "Marauder")
    assert marauder.number_ordered is None
    assert marauder.years_of_delivery == (2019, 2020, 2024)


def test_accents_and_line_breaks_survive() -> None:
    records = read_export(RAW)
    assert any(r.comments == "For Cobra-2 from Türkiye" for r in records)
    assert any("forces\nwithdrawing" in r.comments for r in records)


def test_a_file_that_is_not_a_register_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.csv"
    other.write_text("name,value\nx,1\n", encoding="utf-8")
    with pytest.raises(DatasetError, match="not a SIPRI register"):
        read_export(other)


def test_a_bad_figure_names_its_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.csv"
    lines = CLEANED.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace(",12,,Su-30MK", ",twelve,,Su-30MK")
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DatasetError, match=r"broken\.csv:2: number ordered 'twelve'"):
        read_export(broken)


def test_the_export_date_comes_from_the_preamble() -> None:
    assert sipri.generated_date(RAW) == "2025-03-13"
    assert sipri.generated_date(CLEANED) is None


def test_parties_resolve_to_iso3_except_former_states_and_non_state_actors() -> None:
    iso3 = sipri.party_resolver(Sources((NAMES,)))
    assert iso3("Kazakhstan") == "KAZ"
    assert iso3("Turkiye") == "TUR"
    assert iso3("UAE") == "ARE"
    assert iso3("Soviet Union") is None
    assert iso3("Hezbollah (Lebanon)*") is None
    assert iso3("unknown supplier(s)") is None


def test_rows_are_sorted_with_readable_unique_ids() -> None:
    rows = sipri.compile_rows(read_export(RAW), sipri.party_resolver(Sources((NAMES,))))
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    assert "kazakhstan.russia.2021.su-30mk" in ids
    assert "hezbollah-lebanon.iran.2004.ababil-2" in ids
    keys = [(r["recipient"], r["supplier"], r["year_of_order"]) for r in rows]
    assert keys == sorted(keys)


def test_repeated_orders_get_numbered_ids() -> None:
    records = read_export(CLEANED)
    rows = sipri.compile_rows([records[0], records[0]], lambda name: None)
    assert [r["id"] for r in rows] == [
        "kazakhstan.russia.2018.su-30mk",
        "kazakhstan.russia.2018.su-30mk.2",
    ]


@pytest.mark.parametrize("export", [RAW, CLEANED], ids=["raw", "cleaned"])
def test_the_command_writes_a_dataset_that_loads(export: Path, tmp_path: Path) -> None:
    out = tmp_path / "arms-transfers"
    assert sipri.main([str(export), "--retrieved", "2025-03-13", "--out", str(out)]) == 0
    dataset = load_dataset(out)
    assert dataset.meta.publisher.startswith("Stockholm International Peace Research Institute")
    assert dataset.meta.retrieved == "2025-03-13"
    row = dataset.get("kazakhstan.spain.2021.a400m-atlas")
    assert row is not None
    assert row["supplier_iso3"] == "ESP"
    assert row["number_ordered"] == 2
    assert row["years_of_delivery"] == (2024,)
    strela = dataset.get("uae.soviet-union.1986.strela-3")
    assert strela is not None
    assert strela["supplier_iso3"] is None


def test_the_command_reads_the_date_of_a_raw_export(tmp_path: Path) -> None:
    out = tmp_path / "arms-transfers"
    assert sipri.main([str(RAW), "--out", str(out)]) == 0
    assert load_dataset(out).meta.retrieved == "2025-03-13"


def test_the_command_asks_for_a_date_the_cleaned_form_lacks(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        sipri.main([str(CLEANED), "--out", str(tmp_path / "x")])
    assert exit_info.value.code == 2


def test_orders_keeps_the_years_given_and_declares_the_part(tmp_path: Path) -> None:
    out = tmp_path / "arms-transfers"
    argv = [str(RAW), "--retrieved", "2025-03-13", "--out", str(out), "--orders", "2019-2024"]
    assert sipri.main(argv) == 0
    dataset = load_dataset(out)
    assert dataset.rows
    assert all(2019 <= r["year_of_order"] <= 2024 for r in dataset)
    period = dataset.meta.period
    assert period is not None
    assert not period.whole
    assert period.more == sipri.IMPORT
    assert dataset.get("uae.soviet-union.1986.strela-3") is None


def test_the_package_is_never_given_more_than_fair_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sipri, "BUNDLED_DATA", tmp_path)
    with pytest.raises(SystemExit) as exit_:
        sipri.main([str(RAW), "--retrieved", "2025-03-13", "--out", str(tmp_path / "x")])
    assert exit_.value.code == 2
    assert "not less than 10 per cent" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()
