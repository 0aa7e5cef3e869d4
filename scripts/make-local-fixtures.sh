#!/usr/bin/env bash
# make-local-fixtures.sh [OUTDIR]
#
# Makes the locale-formatted CSV fixtures in tests/data/local/ (default OUTDIR): CSV files that
# another program, LibreOffice Calc, wrote, each with a <name>.expected.json holding the true values.
# The CSV files are committed; this script documents how they were made and remakes them. It is
# not part of the build or of CI, and the project's install scripts do not install LibreOffice.
#
# Needs: Debian 12's `libreoffice-calc-nogui` (LibreOffice 7.4.7.2 made the committed files:
#   apt-get install -y --no-install-recommends libreoffice-calc-nogui), python3 (standard library
#   only), sed. Other LibreOffice versions may write other separator characters (see below).
#
# How it works:
#   1. python3 (below) holds the source data, once. For every fixture it writes a flat-XML
#      spreadsheet <name>.fods with typed cells (float amounts with number formats, real date and
#      time cells with date/time formats, text ids such as 00123, 1/0 cells shown as words through
#      a conditional number format, or boolean cells) and <name>.expected.json with the values the
#      spreadsheet holds, taken from that source data (never by reading the CSV back).
#   2. soffice converts each .fods to CSV:
#        soffice --headless -env:UserInstallation=file://$PROFILE \
#          --convert-to 'csv:Text - txt - csv (StarCalc):<options>' --outdir DIR <name>.fods
#      <options> are the CSV filter's comma-separated tokens:
#        1 field separator as an ASCII code (59 ';', 44 ',')   2 text delimiter (34 '"')
#        3 character set: 76 = UTF-8; 'ANSI' (or 1, rtl_TextEncoding MS_1252) = windows-1252.
#          Beware: '1252' is NOT windows-1252 in 7.4: it writes Latin-1 letters right (ü = fc) but
#          mangles the rest („ -> 1e, “ -> 1c, – -> 13, € -> ac: the code point's low byte), and
#          'MS_1252' / 'windows-1252' are not understood and silently give UTF-8. With ANSI a
#          character windows-1252 lacks (e.g. Ł) becomes '?'.
#        4 first line (import only)   5 column formats (import only)
#        6 language: import only. It has NO effect on export (tried 1031, 1036, 2055: same bytes).
#        7 export: quote all text cells   8 detect special numbers (import)
#        9 save cell contents as shown: must be true, else numbers are written raw (-1234567.5) and
#          dates in the default short format.
#   What makes LibreOffice format numbers the local way: the LANGUAGE OF EACH NUMBER FORMAT
#   (number:language / number:country on the .fods number, date and time styles). A format with
#   no language follows LibreOffice's "system" locale, i.e. the process locale (LC_ALL / LANG;
#   works even when no glibc locale is generated), and the document's default language
#   (fo:language on the default cell style) did NOT change it. So each .fods states its locale on
#   every style, and soffice also runs under LC_ALL=<that locale>.UTF-8 for consistency.
#   3. Post-processing, only for de_DE_crlf.csv: a copy of de_DE.csv with LF turned into CRLF
#      (LibreOffice on Linux writes LF; a Windows export ends lines with CRLF). Nothing else is
#      touched: encodings, separators and quoting are LibreOffice's own.
#
# Separator characters LibreOffice 7.4.7.2 wrote (see tests/data/local/README.md for hexdumps):
#   fr-FR thousands separator U+00A0 NO-BREAK SPACE (c2 a0 in UTF-8), not U+202F;
#   de-CH thousands separator ASCII apostrophe U+0027, not U+2019; en-DK is NOT ISO in
#   LibreOffice (1.234,56), so the ISO file uses en-US with ungrouped 0.00 and YYYY-MM-DD formats.
set -euo pipefail

HERE=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:-$HERE/tests/data/local}
command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y --no-install-recommends libreoffice-calc-nogui" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 not found" >&2; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT" "$WORK/src" "$WORK/csv"

# ---------------------------------------------------------------------------------------------
# 1. Source data -> .fods + .expected.json (+ a manifest: name, locale, filter options)
# ---------------------------------------------------------------------------------------------
python3 - "$WORK/src" <<'PY'
import json, os, sys
from decimal import Decimal
from xml.sax.saxutils import escape

OUTDIR = sys.argv[1]

# ----- source data ----------------------------------------------------------------------------
# Deterministic pseudo-random numbers (a fixed LCG, so the data never depends on Python's random).
_state = [20240131]
def rnd(n):
    _state[0] = (_state[0] * 1103515245 + 12345) % (2 ** 31)
    return (_state[0] >> 8) % n

NAMES = [  # every name is representable in windows-1252
    "Müller", "Größe GmbH", "Jürgen Weiß", "Bäckerei Öztürk", "Café „Zur Post“ – 5 €",
    "Müller; Söhne", 'Größe "XL"', "François Lefèvre", "Zoë Ærø", "Ångström AG",
    "Hôtel de l'Océan", "Smith & Co.", "Schäfer", "Noël Dubois", "O'Brien",
]
# Notable amounts first, then generated ones. None = empty cell.
AMOUNTS = ["1234.56", "-17.50", "0.99", "12345678.90", "0.00", "-1234.50", "1000000.00",
           "999.99", "1000.00", "-0.01", None, "-98765.43"]
PRICES = ["1500.00", "2.50", "-3.75", "12345.67", None, "0.05", "100.00", "-1000.00"]
# (year, month, day); days > 12 occur; None = empty cell
DATES = [(2023, 12, 31), (2024, 2, 29), (1999, 1, 5), (2000, 1, 1), (2023, 7, 4), None,
         (2024, 10, 13), (2021, 3, 9)]
TIMES = [(14, 30, 0), (0, 0, 0), (23, 59, 59), (9, 5, 7), (12, 0, 0), (7, 45, 30), None]
ACTIVE = [True, False, True, True, None, False]

N_ROWS = 30

def base_rows(ambiguous_dates=False):
    _state[0] = 20240131   # every fixture gets the same rows (the ambiguous-dates one differs in dates)
    rows = []
    for i in range(N_ROWS):
        r = {}
        r["id"] = "%05d" % ([123, 7, 45678, 99999, 100][i] if i < 5 else 123 + i * 1009)  # text, e.g. 00123
        r["name"] = NAMES[i % len(NAMES)] if i != 17 else None
        if i < len(AMOUNTS):
            a = AMOUNTS[i]
        else:
            cents = rnd(10 ** (2 + rnd(8)))  # 0 .. up to 8 integer digits
            a = str(Decimal(cents).scaleb(-2) * (-1 if rnd(4) == 0 else 1))
            a = str(Decimal(a).quantize(Decimal("0.01")))
        r["amount"] = a
        p = PRICES[i] if i < len(PRICES) else str(Decimal(rnd(500000)).scaleb(-2).quantize(Decimal("0.01")))
        r["price"] = p
        if i < len(DATES) and not ambiguous_dates:
            d = DATES[i]
        else:
            y = 1995 + rnd(35)
            m = 1 + rnd(12)
            d = (y, m, 1 + rnd(12 if ambiguous_dates else 28))
            if ambiguous_dates and i == 5:
                d = None
        r["date"] = d
        r["time"] = TIMES[i] if i < len(TIMES) else (rnd(24), rnd(60), rnd(60))
        r["active"] = ACTIVE[i] if i < len(ACTIVE) else rnd(3) != 0
        rows.append(r)
    return rows

GERMAN_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                 "September", "Oktober", "November", "Dezember"]

# ----- ODF building blocks --------------------------------------------------------------------
def lang_attrs(loc):
    l, c = loc.split("-")
    return ' number:language="%s" number:country="%s"' % (l, c)

def num_style(name, loc, grouping, trailing_minus=False):
    body = ('<number:number number:decimal-places="2" number:min-decimal-places="2" '
            'number:min-integer-digits="1" number:grouping="%s"/>' % ("true" if grouping else "false"))
    if not trailing_minus:
        return '<number:number-style style:name="%s"%s>%s</number:number-style>\n' % (name, lang_attrs(loc), body)
    # format code like  #.##0,00;#.##0,00-  : the negative section shows the absolute value + "-"
    return ('<number:number-style style:name="%s_P0"%s>%s</number:number-style>\n'
            '<number:number-style style:name="%s"%s>%s<number:text>-</number:text>'
            '<style:map style:condition="value()&gt;=0" style:apply-style-name="%s_P0"/></number:number-style>\n'
            % (name, lang_attrs(loc), body, name, lang_attrs(loc), body, name))

def date_style(name, loc, pattern):
    """pattern: list of 'DD','D','MM','MMMM','YYYY' or literal text."""
    parts = []
    for p in pattern:
        if p == "DD":   parts.append('<number:day number:style="long"/>')
        elif p == "D":  parts.append('<number:day/>')
        elif p == "MM": parts.append('<number:month number:style="long"/>')
        elif p == "MMMM": parts.append('<number:month number:textual="true" number:style="long"/>')
        elif p == "YYYY": parts.append('<number:year number:style="long"/>')
        else: parts.append('<number:text>%s</number:text>' % escape(p))
    return '<number:date-style style:name="%s"%s>%s</number:date-style>\n' % (name, lang_attrs(loc), "".join(parts))

def time_style(name, loc, kind):
    if kind == "HH:MM":
        body = '<number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/>'
    elif kind == "HH:MM:SS":
        body = ('<number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/>'
                '<number:text>:</number:text><number:seconds number:style="long"/>')
    elif kind == "h:MM AM/PM":
        body = ('<number:hours/><number:text>:</number:text><number:minutes number:style="long"/>'
                '<number:text> </number:text><number:am-pm/>')
    else:
        raise ValueError(kind)
    return '<number:time-style style:name="%s"%s>%s</number:time-style>\n' % (name, lang_attrs(loc), body)

def words_style(name, loc, yes, no):
    # 1/0 float cells shown as words: format code like [<>0]"ja";"nein"
    return ('<number:number-style style:name="%s_P0"%s><number:text>%s</number:text></number:number-style>\n'
            '<number:number-style style:name="%s"%s><number:text>%s</number:text>'
            '<style:map style:condition="value()!=0" style:apply-style-name="%s_P0"/></number:number-style>\n'
            % (name, lang_attrs(loc), escape(yes), name, lang_attrs(loc), escape(no), name))

def bool_style(name, loc):
    return '<number:boolean-style style:name="%s"%s><number:boolean/></number:boolean-style>\n' % (name, lang_attrs(loc))

# ----- cells ------------------------------------------------------------------------------------
def cell_text(s):
    if s is None:
        return "<table:table-cell/>"
    return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % escape(s)

def cell_float(v, style):
    if v is None:
        return '<table:table-cell table:style-name="%s"/>' % style
    return '<table:table-cell table:style-name="%s" office:value-type="float" office:value="%s"/>' % (style, v)

def cell_date(d, style):
    if d is None:
        return '<table:table-cell table:style-name="%s"/>' % style
    return ('<table:table-cell table:style-name="%s" office:value-type="date" office:date-value="%04d-%02d-%02d"/>'
            % (style, d[0], d[1], d[2]))

def cell_time(t, style):
    if t is None:
        return '<table:table-cell table:style-name="%s"/>' % style
    return ('<table:table-cell table:style-name="%s" office:value-type="time" office:time-value="PT%02dH%02dM%02dS"/>'
            % (style, t[0], t[1], t[2]))

def cell_words(b, style):
    if b is None:
        return '<table:table-cell table:style-name="%s"/>' % style
    return '<table:table-cell table:style-name="%s" office:value-type="float" office:value="%d"/>' % (style, 1 if b else 0)

def cell_bool(b, style):
    if b is None:
        return '<table:table-cell table:style-name="%s"/>' % style
    return ('<table:table-cell table:style-name="%s" office:value-type="boolean" office:boolean-value="%s"/>'
            % (style, "true" if b else "false"))

# ----- truth -----------------------------------------------------------------------------------
def truth(kind, v):
    if v is None:
        return None
    if kind == "decimal":
        return str(Decimal(v).quantize(Decimal("0.01")))
    if kind == "date":
        return "%04d-%02d-%02d" % v
    if kind == "time":
        return "%02d:%02d:%02d" % v
    if kind == "boolean":
        return bool(v)
    return v

# ----- fixtures ---------------------------------------------------------------------------------
# column: (header, source key, truth kind, cell kind, style name)
FIXTURES = [
    dict(name="de_DE", loc="de-DE", sep=";", charset="ANSI", encoding="windows-1252", quote_all=False,
         time_kind="HH:MM", yes="ja", no="nein",
         date=["DD", ".", "MM", ".", "YYYY"], long_date=["D", ". ", "MMMM", " ", "YYYY"],
         headers=["Kundennr", "Name", "Betrag", "Preis", "Datum", "Uhrzeit", "Aktiv", "Langdatum"]),
    dict(name="fr_FR", loc="fr-FR", sep=";", charset="76", encoding="UTF-8", quote_all=False,
         time_kind="HH:MM", yes="oui", no="non",
         date=["DD", "/", "MM", "/", "YYYY"], long_date=["D", " ", "MMMM", " ", "YYYY"],
         headers=["N° client", "Nom", "Montant", "Prix", "Date", "Heure", "Actif", "Date longue"]),
    dict(name="de_CH", loc="de-CH", sep=";", charset="76", encoding="UTF-8", quote_all=False,
         time_kind="HH:MM:SS", yes="ja", no="nein",
         date=["DD", ".", "MM", ".", "YYYY"], long_date=None,
         headers=["Kundennr", "Name", "Betrag", "Preis", "Datum", "Zeit", "Aktiv"]),
    dict(name="en_US", loc="en-US", sep=",", charset="76", encoding="UTF-8", quote_all=True,
         time_kind="h:MM AM/PM", yes="yes", no="no",
         date=["MM", "/", "DD", "/", "YYYY"], long_date=None,
         headers=["Customer ID", "Name", "Amount", "Unit Price", "Date", "Time", "Active"]),
    dict(name="en_US_ambiguous_dates", loc="en-US", sep=",", charset="76", encoding="UTF-8", quote_all=False,
         time_kind="h:MM AM/PM", yes="yes", no="no", ambiguous=True,
         date=["MM", "/", "DD", "/", "YYYY"], long_date=None,
         headers=["Customer ID", "Name", "Amount", "Unit Price", "Date", "Time", "Active"]),
    dict(name="iso", loc="en-US", sep=",", charset="76", encoding="UTF-8", quote_all=False,
         time_kind="HH:MM:SS", bool_cells=True, ungrouped_amount=True,
         date=["YYYY", "-", "MM", "-", "DD"], long_date=None,
         headers=["id", "name", "amount", "price", "date", "time", "active"]),
    dict(name="de_DE_trailing_minus", loc="de-DE", sep=";", charset="76", encoding="UTF-8", quote_all=False,
         time_kind="HH:MM", yes="ja", no="nein", trailing_minus=True,
         date=["DD", ".", "MM", ".", "YYYY"], long_date=None,
         headers=["Kundennr", "Name", "Betrag", "Preis", "Datum", "Uhrzeit", "Aktiv"]),
]

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')

manifest = []
for fx in FIXTURES:
    loc = fx["loc"]
    lang, country = loc.split("-")
    rows = base_rows(ambiguous_dates=fx.get("ambiguous", False))
    tm = fx.get("trailing_minus", False)
    styles = ""
    styles += num_style("NAMT", loc, grouping=not fx.get("ungrouped_amount", False), trailing_minus=tm)
    styles += num_style("NPRICE", loc, grouping=False, trailing_minus=tm)
    styles += date_style("NDATE", loc, fx["date"])
    if fx["long_date"]:
        styles += date_style("NLONG", loc, fx["long_date"])
    styles += time_style("NTIME", loc, fx["time_kind"])
    if fx.get("bool_cells"):
        styles += bool_style("NBOOL", loc)
    else:
        styles += words_style("NBOOL", loc, fx["yes"], fx["no"])
    for s in ["NAMT", "NPRICE", "NDATE", "NLONG", "NTIME", "NBOOL"]:
        styles += '<style:style style:name="c%s" style:family="table-cell" style:data-style-name="%s"/>\n' % (s, s)

    with_seconds = fx["time_kind"] == "HH:MM:SS"
    for r in rows:   # what the formats show must not lose information: no seconds where none shown
        if r["time"] is not None and not with_seconds:
            r["time"] = (r["time"][0], r["time"][1], 0)

    cols = [("text", "id"), ("text", "name"), ("decimal", "amount"), ("decimal", "price"),
            ("date", "date"), ("time", "time"), ("boolean", "active")]
    if fx["long_date"]:
        cols.append(("date", "date"))
    assert len(cols) == len(fx["headers"])

    body = ["<table:table-row>" + "".join(cell_text(h) for h in fx["headers"]) + "</table:table-row>"]
    for r in rows:
        cells = [cell_text(r["id"]), cell_text(r["name"]), cell_float(r["amount"], "cNAMT"),
                 cell_float(r["price"], "cNPRICE"), cell_date(r["date"], "cNDATE"),
                 cell_time(r["time"], "cNTIME"),
                 (cell_bool if fx.get("bool_cells") else cell_words)(r["active"], "cNBOOL")]
        if fx["long_date"]:
            cells.append(cell_date(r["date"], "cNLONG"))
        body.append("<table:table-row>" + "".join(cells) + "</table:table-row>")

    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<office:document %s office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n'
           '<office:styles>\n'
           '<style:default-style style:family="table-cell"><style:text-properties fo:language="%s" fo:country="%s"/></style:default-style>\n'
           '%s</office:styles>\n'
           '<office:body><office:spreadsheet><table:table table:name="%s">\n%s\n'
           '</table:table></office:spreadsheet></office:body></office:document>\n'
           % (NS, lang, country, styles, fx["name"], "\n".join(body)))
    with open(os.path.join(OUTDIR, fx["name"] + ".fods"), "w", encoding="utf-8") as f:
        f.write(doc)

    expected = {
        "file": fx["name"] + ".csv",
        "written_by": "LibreOffice Calc (soffice --headless --convert-to csv), see README.md",
        "locale": loc,
        "encoding": fx["encoding"],
        "delimiter": fx["sep"],
        "quote": '"',
        "quote_all_text_cells": fx["quote_all"],
        "line_end": "LF",
        "header": True,
        "row_count": len(rows),
        "value_forms": "decimal: string with '.' and exactly 2 decimals; date: yyyy-MM-dd; "
                       "time: HH:MM:SS; boolean: true/false; text: as is; null: empty cell",
        "columns": [],
    }
    for (kind, key), header in zip(cols, fx["headers"]):
        expected["columns"].append({"name": header, "type": kind,
                                    "values": [truth(kind, r[key]) for r in rows]})
    with open(os.path.join(OUTDIR, fx["name"] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write("\n")

    opts = "%d,34,%s,1,,0,%s,false,true" % (ord(fx["sep"]), fx["charset"], "true" if fx["quote_all"] else "false")
    manifest.append("%s %s %s" % (fx["name"], loc.replace("-", "_"), opts))

with open(os.path.join(OUTDIR, "manifest"), "w") as f:
    f.write("\n".join(manifest) + "\n")
PY

# ---------------------------------------------------------------------------------------------
# 2. LibreOffice writes the CSV files (a private profile, so a running LibreOffice is not in the way)
# ---------------------------------------------------------------------------------------------
while read -r name posix opts; do
    echo "== $name: LC_ALL=$posix.UTF-8, filter options $opts" >&2
    LC_ALL=$posix.UTF-8 soffice --headless "-env:UserInstallation=file://$WORK/profile" \
        --convert-to "csv:Text - txt - csv (StarCalc):$opts" --outdir "$WORK/csv" "$WORK/src/$name.fods" >&2
    test -s "$WORK/csv/$name.csv"
    cp "$WORK/csv/$name.csv" "$OUT/$name.csv"
    cp "$WORK/src/$name.expected.json" "$OUT/$name.expected.json"
done < "$WORK/src/manifest"

# ---------------------------------------------------------------------------------------------
# 3. The one post-processed file: de_DE.csv with CRLF line ends (as on Windows)
# ---------------------------------------------------------------------------------------------
sed 's/$/\r/' "$OUT/de_DE.csv" > "$OUT/de_DE_crlf.csv"
sed -e 's/"file": "de_DE.csv"/"file": "de_DE_crlf.csv"/' -e 's/"line_end": "LF"/"line_end": "CRLF"/' \
    "$OUT/de_DE.expected.json" > "$OUT/de_DE_crlf.expected.json"

soffice --version >&2
echo "wrote: $(cd "$OUT" && ls *.csv | tr '\n' ' ')" >&2
