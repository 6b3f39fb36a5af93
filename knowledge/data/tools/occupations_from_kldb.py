#!/usr/bin/env python3
"""Writes the official part of knowledge/data/occupations.tsv from the KldB 2010 (Fassung 2020).

Source: Bundesagentur für Arbeit, Statistik/Arbeitsmarktberichterstattung, "Klassifikation der Berufe 2010 –
überarbeitete Fassung 2020", Systematisches Verzeichnis mit Erläuterungen (CSV, semicolon, UTF-8 with BOM).
Run once; afterwards the TSV is maintained by hand (docs/import-format.md). Usage:

    python3 occupations_from_kldb.py KldB_2010_V2020_Gliederung_mit_Erlaeuterung.csv > official.tsv

Keeps the official job titles people can type as one word (with their gendered forms: Tischler/in →
Tischler|Tischlerin, Koch/-köchin → Koch|Köchin, Pflegefachmann/-frau → Pflegefachmann|Pflegefachfrau),
maps each Berufsgattung to a Berufsfeld of the Bundesagentur and to TrierBot's categories, and drops titles that
are everyday words rather than occupations in a search (Helfer, Berater, Praktikant …).
"""
import csv
import re
import sys
import unicodedata

# KldB Berufshauptgruppe (2 digits) or Berufsgruppe (3 digits, wins) → (Berufsfeld, categories)
FIELDS = {
    "01": ("Dienstleistung", []),
    # Farming and animal keeping are not the "Natur" interest (nature, environment, gardens) of TrierBot's offers.
    "11": ("Landwirtschaft, Natur, Umwelt", []),
    "12": ("Landwirtschaft, Natur, Umwelt", ["Natur"]),
    "21": ("Produktion, Fertigung", ["Handwerk"]),
    "22": ("Produktion, Fertigung", ["Handwerk"]),
    "23": ("Medien", ["Kreatives"]),
    "24": ("Metall, Maschinenbau", ["Handwerk"]),
    "25": ("Metall, Maschinenbau", ["Handwerk", "Technik/IT"]),
    "26": ("Elektro", ["Handwerk", "Technik/IT"]),
    "27": ("Technik, Technologiefelder", ["Technik/IT"]),
    "28": ("Produktion, Fertigung", ["Handwerk", "Kreatives"]),
    "29": ("Produktion, Fertigung", ["Handwerk"]),
    "293": ("Dienstleistung", ["Handwerk", "Wirtschaft"]),
    "31": ("Bau, Architektur, Vermessung", ["Handwerk", "Technik/IT"]),
    "32": ("Bau, Architektur, Vermessung", ["Handwerk"]),
    "33": ("Bau, Architektur, Vermessung", ["Handwerk"]),
    "34": ("Bau, Architektur, Vermessung", ["Handwerk", "Technik/IT"]),
    "41": ("Naturwissenschaften", ["Experimente"]),
    "411": ("Naturwissenschaften", ["Mathematik"]),
    "42": ("Landwirtschaft, Natur, Umwelt", ["Natur", "Experimente"]),
    "43": ("IT, Computer", ["Technik/IT", "Programmieren"]),
    "51": ("Verkehr, Logistik", ["Wirtschaft"]),
    "52": ("Verkehr, Logistik", []),
    "53": ("Dienstleistung", []),
    "54": ("Dienstleistung", []),
    "61": ("Wirtschaft, Verwaltung", ["Wirtschaft"]),
    "62": ("Wirtschaft, Verwaltung", ["Wirtschaft"]),
    "63": ("Dienstleistung", ["Wirtschaft"]),
    "71": ("Wirtschaft, Verwaltung", ["Wirtschaft"]),
    "72": ("Wirtschaft, Verwaltung", ["Wirtschaft"]),
    "73": ("Wirtschaft, Verwaltung", ["Wirtschaft"]),
    "81": ("Gesundheit", ["Gesundheit"]),
    "813": ("Gesundheit", ["Pflege", "Gesundheit"]),
    "82": ("Gesundheit", ["Gesundheit"]),
    "821": ("Gesundheit", ["Pflege", "Gesundheit", "Soziales"]),
    "823": ("Dienstleistung", ["Handwerk", "Kreatives"]),
    "83": ("Soziales, Pädagogik", ["Soziales"]),
    "84": ("Soziales, Pädagogik", ["Soziales"]),
    "91": ("Gesellschafts- und Geisteswissenschaften", []),
    "92": ("Medien", ["Kreatives", "Wirtschaft"]),
    "924": ("Medien", ["Kreatives"]),
    "93": ("Kunst, Kultur, Gestaltung", ["Kreatives", "Handwerk"]),
    "94": ("Kunst, Kultur, Gestaltung", ["Kreatives"]),
}

# Official titles that are everyday words in a search for courses, not a wish to learn that occupation.
NOT_IN_SEARCH = {
    "helfer", "helferin", "berater", "beraterin", "praktikant", "praktikantin", "mitarbeiter", "mitarbeiterin",
    "assistent", "assistentin", "leiter", "leiterin", "fachkraft", "angestellte", "angestellter", "arbeiter",
    "arbeiterin", "trainee", "volontar", "volontarin", "auszubildende", "auszubildender", "schuler", "schulerin",
    "student", "studentin", "begleiter", "begleiterin", "betreuer", "betreuerin", "spieler", "spielerin",
    "sprecher", "sprecherin", "lehrling", "anlernling", "aushilfe", "springer", "springerin", "bote", "botin",
    "dozent", "dozentin", "referent", "referentin", "fahrer", "fahrerin", "experte", "expertin", "meister",
    "meisterin", "techniker", "technikerin", "ingenieur", "ingenieurin", "kaufmann", "kauffrau", "manager",
    "managerin", "coach", "tutor", "tutorin", "moderator", "moderatorin", "sachbearbeiter", "sachbearbeiterin",
}


def fold(word):
    word = word.lower().replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def forms(title):
    """Tischler/in → [Tischler, Tischlerin]; Koch/-köchin → [Koch, Köchin]; Angestellte/r → [Angestellte, Angestellter]."""
    if "/" not in title:
        return [title]
    base, _, alt = title.partition("/")
    if alt == "in":
        return [base, base + "in"]
    if alt == "r":
        return [base, base + "r"]
    if alt.startswith("-"):
        alt = alt[1:]
        if base.endswith("mann") and alt == "frau":
            return [base, base[:-4] + "frau"]
        folded_base, folded_alt = fold(base), fold(alt)
        cut = folded_base.rfind(folded_alt[:2])
        if cut > 0:
            return [base, base[:cut] + alt]
        if cut == 0:
            return [base, alt[0].upper() + alt[1:]]
        return []
    if alt[:1].isupper():
        return [base, alt]
    return []


def field_of(code):
    return FIELDS.get(code[:3]) or FIELDS.get(code[:2]) or ("Dienstleistung", [])


def main(path):
    rows = list(csv.DictReader(open(path, encoding="utf-8-sig"), delimiter=";"))
    seen = set()
    out = []
    for row in rows:
        code = row["Schlüssel KldB 2010, V. 2020"]
        if len(code) != 5:
            continue
        for match in re.finditer(r"(\d{5})-\d{3} (.*?)(?=\s+\d{5}-\d{3} |$)", row["Umfasst ferner"]):
            title = match.group(2).strip()
            if not re.fullmatch(r"[A-Za-zÄÖÜäöüß/-]+", title) or title.count("/") > 1 or "--" in title:
                continue
            names = [n for n in forms(title) if len(n) >= 4 and "-" not in n.strip("-")[:1]]
            names = [n for n in names if fold(n) not in NOT_IN_SEARCH]
            key = tuple(fold(n) for n in names)
            if len(names) == 0 or key in seen:
                continue
            seen.add(key)
            field, categories = field_of(code)
            # Anforderungsniveau 4 (hoch komplex) usually means a degree, 2 (fachlich) an apprenticeship.
            level = code[4]
            categories = categories + (["Studium"] if level == "4" else ["Ausbildung"] if level == "2" else [])
            out.append((code, "|".join(names), title, field, ",".join(dict.fromkeys(categories))))
    current = None
    for code, names, title, field, categories in out:
        if code[:2] != current:
            current = code[:2]
        print(f"{names}\t{code}\t{title}\t{field}\t{categories}\tKldB")


if __name__ == "__main__":
    main(sys.argv[1])
