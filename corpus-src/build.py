#!/usr/bin/env python3
"""Turn the sample-corpus sources (corpus-src/docs/*.txt, a tiny line-based markup)
into flat OpenDocument text (.fodt, for LibreOffice to convert to PDF/DOCX) or HTML.

Markup, one construct per line (blank lines separate paragraphs):
  key: value        metadata lines at the top, up to the first blank line
                    (output, title, header, header2, footer, lang)
  = text            document title
  # text            heading 1;   ## text  heading 2
  * text            bullet item (consecutive items form one list)
  1. text           numbered paragraph; numbering runs on through the whole document
  |a|b              table row (first row of a table is its header row)
  [^1]              footnote marker in running text; defined by a line "[^1]: text"
  **text**          bold
  anything else     paragraph text; consecutive lines are joined
Usage: build.py SOURCE.txt OUT_DIR   (writes OUT_DIR/<name>.fodt, or .html if output ends .html)
"""
import html
import os
import re
import sys

def parse(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    meta = {}
    i = 0
    while i < len(lines) and lines[i].strip():
        k, _, v = lines[i].partition(":")
        meta[k.strip()] = v.strip()
        i += 1
    notes = {}
    blocks = []  # (kind, payload)
    para = []

    def flush():
        if para:
            blocks.append(("p", " ".join(para)))
            para.clear()

    for raw in lines[i:]:
        line = raw.rstrip()
        s = line.strip()
        m = re.match(r"^\[\^(\w+)\]:\s*(.*)$", s)
        if m:
            flush()
            notes[m.group(1)] = m.group(2)
            continue
        if not s:
            flush()
            continue
        if s.startswith("= "):
            flush(); blocks.append(("title", s[2:]))
        elif s.startswith("## "):
            flush(); blocks.append(("h2", s[3:]))
        elif s.startswith("# "):
            flush(); blocks.append(("h1", s[2:]))
        elif s.startswith("* "):
            flush(); blocks.append(("bullet", s[2:]))
        elif re.match(r"^\d+\.\s", s):
            flush(); blocks.append(("num", re.sub(r"^\d+\.\s+", "", s)))
        elif s.startswith("|"):
            flush(); blocks.append(("row", [c.strip() for c in s.strip("|").split("|")]))
        elif line.startswith("  ") and blocks and blocks[-1][0] in ("bullet", "num") and not para:
            k, t = blocks[-1]
            blocks[-1] = (k, t + " " + s)  # continuation of a list item
        else:
            para.append(s)
    flush()
    return meta, blocks, notes

# ---------------------------------------------------------------- FODT

FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><dc:title>{title}</dc:title><meta:initial-creator>SLI Toolkit sample corpus (fictional)</meta:initial-creator><dc:language>en-GB</dc:language></office:meta>
 <office:font-face-decls>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:language="en" fo:country="GB" fo:hyphenate="false"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="125%"/>
  </style:style>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"/>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.4cm"/>
   <style:text-properties fo:font-size="22pt" fo:font-weight="bold" fo:color="#1f2a44"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">
   <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-size="14pt" fo:font-weight="bold" fo:color="#1f2a44"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2">
   <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-size="12pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0cm"/>
   <style:text-properties fo:font-size="9pt" fo:color="#444444"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="end"/>
   <style:text-properties fo:font-size="9pt"/>
  </style:style>
  <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0cm" fo:line-height="100%"/>
   <style:text-properties fo:font-size="8.5pt"/>
  </style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.1cm" fo:line-height="100%"/>
  </style:style>
  <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="List_20_Bullet" style:display-name="List Bullet" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.15cm"/>
  </style:style>
  <style:style style:name="List_20_Number" style:display-name="List Number" style:family="paragraph" style:parent-style-name="Standard"/>
  <text:list-style style:name="Bullets">
   <text:list-level-style-bullet text:level="1" text:bullet-char="■">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.7cm" fo:text-indent="-0.6cm" fo:margin-left="0.7cm"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
  </text:list-style>
  <text:list-style style:name="Numbers">
   <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.2cm" fo:text-indent="-1.2cm" fo:margin-left="1.2cm"/>
    </style:list-level-properties>
   </text:list-level-style-number>
  </text:list-style>
  <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm" style:footnote-max-height="0cm">
    <style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm" style:line-style="solid" style:adjustment="left" style:rel-width="25%" style:color="#000000"/>
   </style:page-layout-properties>
   <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style>
  </style:page-layout>
  <style:style style:name="JTable" style:family="table">
   <style:table-properties style:width="16.6cm" table:align="left" fo:margin-top="0.2cm" fo:margin-bottom="0.4cm"/>
  </style:style>
  <style:style style:name="JTable.A" style:family="table-column"><style:table-column-properties style:column-width="10cm"/></style:style>
  <style:style style:name="JTable.B" style:family="table-column"><style:table-column-properties style:column-width="6.6cm"/></style:style>
  <style:style style:name="JTable.C" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.12cm" fo:border="0.5pt solid #7f7f7f"/>
  </style:style>
  <style:style style:name="JTable.H" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.12cm" fo:background-color="#dde3ee" fo:border="0.5pt solid #7f7f7f"/>
  </style:style>
  <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header>{header}</style:header>
   <style:footer><text:p text:style-name="Footer">{footer}</text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body>
  <office:text>
"""
FODT_TAIL = """  </office:text>
 </office:body>
</office:document>
"""

def x(s):
    return html.escape(s, quote=False).replace("'", "&apos;")

def inline_fodt(s, notes):
    out = []
    for part in re.split(r"(\*\*.+?\*\*|\[\^\w+\])", s):
        if not part:
            continue
        if part.startswith("**"):
            out.append('<text:span text:style-name="Bold">%s</text:span>' % x(part[2:-2]))
        elif part.startswith("[^"):
            key = part[2:-1]
            out.append('<text:note text:id="ftn%s" text:note-class="footnote"><text:note-citation>%s</text:note-citation>'
                       '<text:note-body><text:p text:style-name="Footnote"><text:s/>%s</text:p></text:note-body></text:note>'
                       % (key, x(key), x(notes[key])))
        else:
            out.append(x(part))
    return "".join(out)

def to_fodt(meta, blocks, notes):
    header = ""
    if meta.get("header"):
        header += '<text:p text:style-name="Header">%s</text:p>' % x(meta["header"])
    if meta.get("header2"):
        header += '<text:p text:style-name="Header">%s</text:p>' % x(meta["header2"])
    footer = x(meta.get("footer", "")) + '<text:page-number text:select-page="current">1</text:page-number>'
    out = [FODT_HEAD.format(title=x(meta.get("title", "")), header=header, footer=footer)]
    i = 0
    first_numbered = True
    while i < len(blocks):
        kind, val = blocks[i]
        if kind == "title":
            out.append('<text:p text:style-name="Title">%s</text:p>' % inline_fodt(val, notes))
        elif kind == "h1":
            out.append('<text:h text:style-name="Heading_20_1" text:outline-level="1">%s</text:h>' % inline_fodt(val, notes))
        elif kind == "h2":
            out.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">%s</text:h>' % inline_fodt(val, notes))
        elif kind == "p":
            out.append('<text:p text:style-name="Text_20_body">%s</text:p>' % inline_fodt(val, notes))
        elif kind in ("bullet", "num"):
            j = i
            items = []
            while j < len(blocks) and blocks[j][0] == kind:
                items.append(blocks[j][1]); j += 1
            if kind == "bullet":
                out.append('<text:list text:style-name="Bullets">')
                pstyle = "List_20_Bullet"
            else:
                cont = "" if first_numbered else ' text:continue-numbering="true"'
                first_numbered = False
                out.append('<text:list text:style-name="Numbers"%s>' % cont)
                pstyle = "List_20_Number"
            for it in items:
                out.append('<text:list-item><text:p text:style-name="%s">%s</text:p></text:list-item>' % (pstyle, inline_fodt(it, notes)))
            out.append('</text:list>')
            i = j
            continue
        elif kind == "row":
            j = i
            rows = []
            while j < len(blocks) and blocks[j][0] == "row":
                rows.append(blocks[j][1]); j += 1
            tables = getattr(to_fodt, "tables", 0) + 1
            to_fodt.tables = tables
            out.append('<table:table table:name="Table%d" table:style-name="JTable">' % tables +
                       '<table:table-column table:style-name="JTable.A"/><table:table-column table:style-name="JTable.B"/>')
            for n, r in enumerate(rows):
                if n == 0:
                    out.append('<table:table-header-rows>')
                out.append('<table:table-row>')
                for c in r:
                    out.append('<table:table-cell table:style-name="%s" office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell>'
                               % ("JTable.H" if n == 0 else "JTable.C", "Table_20_Heading" if n == 0 else "Table_20_Contents", inline_fodt(c, notes)))
                out.append('</table:table-row>')
                if n == 0:
                    out.append('</table:table-header-rows>')
            out.append('</table:table>')
            i = j
            continue
        i += 1
    out.append(FODT_TAIL)
    return "\n".join(out)

# ---------------------------------------------------------------- HTML

def inline_html(s, notes, used):
    out = []
    for part in re.split(r"(\*\*.+?\*\*|\[\^\w+\])", s):
        if not part:
            continue
        if part.startswith("**"):
            out.append("<strong>%s</strong>" % html.escape(part[2:-2], quote=False))
        elif part.startswith("[^"):
            key = part[2:-1]
            used.append(key)
            out.append('<sup><a href="#fn%s" id="fnref%s">%s</a></sup>' % (key, key, html.escape(key)))
        else:
            out.append(html.escape(part, quote=False))
    return "".join(out)

def to_html(meta, blocks, notes):
    used = []
    e = lambda s: inline_html(s, notes, used)
    out = ['<!DOCTYPE html>', '<html lang="en-GB">', '<head>', '<meta charset="utf-8">',
           '<title>%s</title>' % html.escape(meta.get("title", ""), quote=False),
           '<meta name="description" content="Fictional sample document written for the SLI Toolkit demo corpus">',
           '<style>body{font-family:Arial,Helvetica,sans-serif;max-width:46em;margin:2em auto;line-height:1.45;color:#222}'
           'table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #888;padding:.4em .7em;text-align:left}'
           'th{background:#dde3ee}ol.paras{padding-left:2.5em}ol.paras li{margin-bottom:.6em}'
           '.masthead{font-size:.85em;color:#555;border-bottom:1px solid #ccc;margin-bottom:1em}'
           '.footnotes{font-size:.85em;border-top:1px solid #ccc;margin-top:2em}</style>',
           '</head>', '<body>']
    if meta.get("masthead"):
        out.append('<div class="masthead">%s</div>' % html.escape(meta["masthead"]))
    out.append('<main>')
    i = 0
    first_numbered = True
    count = 0
    while i < len(blocks):
        kind, val = blocks[i]
        if kind == "title":
            out.append("<h1>%s</h1>" % e(val))
        elif kind == "h1":
            out.append("<h2>%s</h2>" % e(val))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % e(val))
        elif kind == "p":
            out.append("<p>%s</p>" % e(val))
        elif kind in ("bullet", "num"):
            j = i
            items = []
            while j < len(blocks) and blocks[j][0] == kind:
                items.append(blocks[j][1]); j += 1
            if kind == "bullet":
                out.append("<ul>")
            else:
                out.append('<ol class="paras" start="%d">' % (count + 1))
                count += len(items)
            out.extend("  <li>%s</li>" % e(it) for it in items)
            out.append("</ul>" if kind == "bullet" else "</ol>")
            i = j
            continue
        elif kind == "row":
            j = i
            rows = []
            while j < len(blocks) and blocks[j][0] == "row":
                rows.append(blocks[j][1]); j += 1
            out.append("<table>")
            for n, r in enumerate(rows):
                tag = "th" if n == 0 else "td"
                out.append("  <tr>%s</tr>" % "".join("<%s>%s</%s>" % (tag, e(c), tag) for c in r))
            out.append("</table>")
            i = j
            continue
        i += 1
    if used:
        out.append('<div class="footnotes"><ol>')
        for k in used:
            out.append('  <li id="fn%s">%s</li>' % (k, html.escape(notes[k], quote=False)))
        out.append("</ol></div>")
    out.append("</main>")
    if meta.get("footer-note"):
        out.append("<footer><p>%s</p></footer>" % html.escape(meta["footer-note"]))
    out.append("</body>\n</html>\n")
    return "\n".join(out)

def main():
    src, out_dir = sys.argv[1], sys.argv[2]
    meta, blocks, notes = parse(src)
    name = os.path.splitext(os.path.basename(src))[0]
    if meta.get("output", "").endswith(".html"):
        path = os.path.join(out_dir, name + ".html")
        data = to_html(meta, blocks, notes)
    else:
        path = os.path.join(out_dir, name + ".fodt")
        data = to_fodt(meta, blocks, notes)
    with open(path, "w", encoding="utf-8") as f:
        f.write(data)
    print(path)

if __name__ == "__main__":
    main()
