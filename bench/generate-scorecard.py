#!/usr/bin/env python3
"""Writes a scorecard of N rows for the benchmark, as CSV or XLSX (streamed: memory stays flat).

Every row is a distinct agency + period + indicator, as the import format requires: the police's
figures for the benchmark indicators BENCH-0000 ... across the quarters from 1900/01 Q1 on.
Row i holds the value i.

    generate-scorecard.py ROWS INDICATORS OUT.csv|OUT.xlsx
"""
import sys
import zipfile
from xml.sax.saxutils import escape


def rows(count, indicators):
    for n in range(count):
        quarter, indicator = divmod(n, indicators)
        year = 1900 + quarter // 4
        period = "%d/%02d Q%d" % (year, (year + 1) % 100, quarter % 4 + 1)
        yield ("POLICE", period, "BENCH-%04d" % indicator, str(n))


def write_csv(path, count, indicators):
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("agency,period,indicator,value\n")
        for row in rows(count, indicators):
            out.write(",".join(row) + "\n")


def inline(ref, text):
    return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(text))


def write_xlsx(path, count, indicators):
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
        '<sheet name="Scorecard" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '</Relationships>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as workbook:
        for name, text in parts.items():
            workbook.writestr(name, text)
        with workbook.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            header = ("agency", "period", "indicator", "value")
            sheet.write(('<row r="1">' + "".join(inline(c + "1", h) for c, h in zip("ABCD", header)) + "</row>").encode())
            buffer = []
            for r, (agency, period, indicator, value) in enumerate(rows(count, indicators), start=2):
                buffer.append('<row r="%d">%s%s%s<c r="D%d"><v>%s</v></c></row>'
                              % (r, inline("A%d" % r, agency), inline("B%d" % r, period), inline("C%d" % r, indicator), r, value))
                if len(buffer) == 10000:
                    sheet.write("".join(buffer).encode())
                    buffer.clear()
            sheet.write("".join(buffer).encode())
            sheet.write(b"</sheetData></worksheet>")


def main():
    count, indicators, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    if count > indicators * 4 * 120:
        sys.exit("%d rows need more than %d indicators: the quarters run out before 2020" % (count, indicators))
    (write_xlsx if path.endswith(".xlsx") else write_csv)(path, count, indicators)


if __name__ == "__main__":
    main()
