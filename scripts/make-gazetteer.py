#!/usr/bin/env python3
"""Regenerate src/main/resources/uk/sli/understand/authorities.csv from the D2I la-lookup.

Usage (from the project root):  python3 scripts/make-gazetteer.py [path/to/la-lookup.csv]
Only facts are copied: names, DfE and ONS codes, regions, statistical neighbours, LA type.
"""
import csv
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus" / "la-lookup.csv"
TARGET = ROOT / "src/main/resources/uk/sli/understand/authorities.csv"

# Authorities abolished by reorganisation: the lookup keeps some of them (without neighbours)
# but does not say what replaced them. DfE codes of the successors, from the reorganisation orders.
SUCCESSORS = {
    "909": ["942", "943"],  # Cumbria -> Cumberland, Westmorland and Furness (1 April 2023)
    "928": ["940", "941"],  # Northamptonshire -> North and West Northamptonshire (1 April 2021)
    "836": ["839"],         # Poole -> Bournemouth, Christchurch and Poole (1 April 2019)
    "837": ["839"],         # Bournemouth -> Bournemouth, Christchurch and Poole (1 April 2019)
}

# Predecessors the lookup lacks entirely: name, DfE code, ONS code, region, type.
MISSING_PREDECESSORS = [
    ("Bournemouth", "837", "E06000028", "South West", "Unitary Authority"),
]

# Types the lookup leaves blank for abolished authorities.
PREDECESSOR_TYPES = {"928": "County", "836": "Unitary Authority"}


def natural_name(row):
    """ONS writes 'Bristol, City of' and 'St. Helens'; reports say 'Bristol' and 'St Helens'."""
    name = row["utla23nm"] or row["local_authority_ons_name"]
    if name.endswith(", City of"):
        name = name[: -len(", City of")]
    return name.replace("St. ", "St ")


def codes(field):
    return " ".join(code.strip() for code in field.split(",") if code.strip())


def main():
    with open(SOURCE, newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["country"] == "England"]
    out = []
    for r in rows:
        code = r["la_code"]
        out.append([natural_name(r), code, r["la_code_new"], r["region_name"],
                    r["ons_la_type"] or PREDECESSOR_TYPES.get(code, ""),
                    codes(r["stat_neighbours"]), " ".join(SUCCESSORS.get(code, []))])
    known = {row[1] for row in out}
    for name, code, ons, region, kind in MISSING_PREDECESSORS:
        if code not in known:
            out.append([name, code, ons, region, kind, "", " ".join(SUCCESSORS[code])])
    out.sort(key=lambda row: row[0])
    with open(TARGET, "w", newline="", encoding="utf-8") as f:
        f.write("# English children's services authorities: facts from the D2I la-lookup.csv\n")
        f.write("# (JT-39/ofsted-ilacs-scrape-tool), plus abolished predecessors; regenerate with\n")
        f.write("# scripts/make-gazetteer.py. Codes in lists are DfE codes separated by spaces;\n")
        f.write("# a row with successor_codes no longer exists.\n")
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["name", "code", "ons_code", "region", "type", "neighbour_codes", "successor_codes"])
        writer.writerows(out)
    print(f"wrote {len(out)} authorities to {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
