#!/usr/bin/env python3
"""Writes the .xlsx workbooks of tests/registries/ as Excel and WPS save
them: a zip of XML parts, with shared strings, inline strings, numbers
stored as numbers and as text, a merged title above the header, units in
the headers, an empty row, a totals row and a second sheet; and legacy
.xls workbooks (Excel 97-2003) the same way, with xlwt (Debian's
python3-xlwt), which only writing them needs. Run it again after changing
it:

    python3 tests/registries/make-workbooks.py tests/registries
"""
import os
import sys
import zipfile
from xml.sax.saxutils import escape

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
%s
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""


def column(index):
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def workbook(path, sheets):
    """sheets: [(name, rows, merges)]; a row is (number, [cells]); a cell is a
    str (shared), ("inline", str), a number, or None."""
    shared, index = [], {}

    def shared_index(text):
        if text not in index:
            index[text] = len(shared)
            shared.append(text)
        return index[text]

    parts = {}
    for k, (name, rows, merges) in enumerate(sheets, 1):
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
               '<sheetData>']
        for number, cells in rows:
            out.append('<row r="%d">' % number)
            for c, value in enumerate(cells):
                ref = "%s%d" % (column(c), number)
                if value is None:
                    continue
                if isinstance(value, tuple):
                    out.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>'
                               % (ref, escape(value[1])))
                elif isinstance(value, str):
                    out.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, shared_index(value)))
                else:
                    out.append('<c r="%s"><v>%r</v></c>' % (ref, value))
            out.append('</row>')
        out.append('</sheetData>')
        if merges:
            out.append('<mergeCells count="%d">%s</mergeCells>'
                       % (len(merges), "".join('<mergeCell ref="%s"/>' % m for m in merges)))
        out.append('</worksheet>')
        parts["xl/worksheets/sheet%d.xml" % k] = "".join(out)
    sheet_list = "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(n), k, k)
                         for k, (n, _, _) in enumerate(sheets, 1))
    parts["xl/workbook.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets>%s</sheets></workbook>' % sheet_list)
    parts["xl/_rels/workbook.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/'
                  'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>'
                  % (k, k) for k in range(1, len(sheets) + 1))
        + '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
          'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
        % (len(sheets) + 1))
    parts["xl/sharedStrings.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" '
        'uniqueCount="%d">%s</sst>'
        % (len(shared), len(shared), "".join('<si><t>%s</t></si>' % escape(s) for s in shared)))
    overrides = "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/'
                        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % k
                        for k in range(1, len(sheets) + 1))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES % overrides)
        z.writestr("_rels/.rels", ROOT_RELS)
        for name, text in parts.items():
            z.writestr(name, text)


def xls_workbook(path, sheets):
    """As workbook(), as an .xls file: sheets [(name, rows, merges)]; merges
    are "A1:F1" ranges of the first row."""
    import xlwt   # only to write the files: the tests read them as they are

    book = xlwt.Workbook(encoding="utf-8")
    for name, rows, merges in sheets:
        sheet = book.add_sheet(name)
        merged = {}
        for m in merges:
            first, last = m.split(":")
            merged[int(first[1:]) - 1] = ord(last[0]) - 65
        for number, cells in rows:
            r = number - 1
            if r in merged and cells and cells[0] is not None:
                sheet.write_merge(r, r, 0, merged[r], cells[0])
                continue
            for c, value in enumerate(cells):
                if value is None:
                    continue
                if isinstance(value, tuple):
                    value = value[1]
                sheet.write(r, c, value)
    book.save(path)


def main(out):
    # The Kaizhou figures of examples/data, as a district office's workbook.
    regions = [
        (1, ["开州区3岁以下婴幼儿照护服务基本情况表", None, None, None, None, None]),
        (2, [("inline", "填报单位：开州区卫生健康委员会"), None, None, None, None, None]),
        (3, ["行政区划代码", "名称", "级别", "上级区划代码", "常住人口（万人）",
             "3岁以下婴幼儿数\n（人）"]),
        (4, ["500154", "开州区", "区县", None, 128.4182, 26876]),
        (5, ["500154001", "汉丰街道", "街道", "500154", None, 4512]),
        (6, []),
        (7, ["500154002", "文峰街道", "街道", "500154", None, ("inline", "3,721")]),
        (8, ["合计", None, None, None, 128.4182, 26876]),
    ]
    institutions = [
        (1, ["托育机构名录", None, None, None, None, None, None]),
        (2, ["统一社会信用代码", "机构名称", "所属街道", "核定托位数（个）", "在托婴幼儿数",
             "备案状态", "是否普惠"]),
        (3, ["A1", "汉丰托育园", "汉丰街道", 100, 80, "已备案", "是"]),
        (4, ["A2", "文峰宝贝", "500154002", "50", ("inline", "—"), "已登记未备案", "否"]),
        (5, ["总计", None, None, 150, None, None, None]),
    ]
    workbook(os.path.join(out, "kaizhou-regions.xlsx"),
             [("区划", regions, ["A1:F1", "A2:F2"])])
    workbook(os.path.join(out, "kaizhou-institutions.xlsx"),
             [("说明", [(1, ["本表由托育机构备案信息系统导出"])], []),
              ("机构名录", institutions, ["A1:G1"])])
    # A broken cell, to find by its sheet and cell.
    bad = institutions[:3] + [(4, ["A3", "错误", "汉丰街道", "很多", 1, "已备案", "是"])]
    workbook(os.path.join(out, "bad-places.xlsx"), [("机构", bad, [])])
    xls_workbook(os.path.join(out, "kaizhou-institutions.xls"),
                 [("说明", [(1, ["本表由托育机构备案信息系统导出"])], []),
                  ("机构名录", institutions, ["A1:G1"])])
    xls_workbook(os.path.join(out, "bad-places.xls"), [("机构", bad, [])])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
