"""The report's inline style sheet (screen and print)."""

from __future__ import annotations

from app.report.palette import HIGHLIGHT_COLOUR, KIND_STYLES, VERDICT_COLOURS, YELLOW, kind_decoration, tint

INK, MUTED, RULE = "#1b1b1b", "#5a5a5a", "#cfcfcf"
YELLOW_ALARM = YELLOW  # facts to check: a frame and ⚠ first, this colour only as a help
_TINTS = {"added": .12, "changed": .16, "duplicated": .18, "moved": .12}  # else .13: as light as each reads


def stylesheet() -> str:
    """CSS for the report; only system fonts, nothing fetched.

    No CSS variables or ``:root``: Qt's rich-text engine (QTextDocument, which
    the UI may use for PDF and printing) drops the whole sheet if it meets them.
    """
    verdicts = "\n".join(
        f".v-{v.value} {{ background: {bg}; color: {fg}; }}" for v, (bg, fg) in
        VERDICT_COLOURS.items())
    omitted, added, changed, duplicated, moved = (KIND_STYLES[k].colour for k in (
        "omitted", "added", "changed", "duplicated", "moved"))  # each named in the rules below
    # Each kind's text as the window marks it (app/vocabulary.py): its tint and underline.
    kinds = "\n".join(
        f".k-{k} {{ background: {tint(st.colour, _TINTS.get(k, .13))}; "
        f"text-decoration: {kind_decoration(k)}; text-decoration-thickness: 2px; "
        f"text-underline-offset: 3px; }}" for k, st in KIND_STYLES.items())
    # An item of a list of differences or facts has a margin above and below: Qt (the PDF)
    # reads only the top one, and a browser collapses the two.
    return f"""
html {{ color-scheme: light; }}
* {{ box-sizing: border-box; }}
html {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
body {{ margin: 0 auto; max-width: 1500px; padding: 24px 28px 48px; color: {INK};
  background: #fff; font: 15px/1.55 Georgia, "DejaVu Serif", "Times New Roman", serif; }}
h1, h2, h3, .ui {{ font-family: system-ui, "Segoe UI", "DejaVu Sans", Arial, sans-serif; }}
h1 {{ font-size: 1.6em; margin: 0 0 .2em; }}
h2 {{ font-size: 1.2em; margin: 1.6em 0 .6em; border-bottom: 2px solid {INK};
  padding-bottom: .2em; }}
.meta {{ color: {MUTED}; font-size: .85em; margin: 0; }}
.meta code {{ font-size: .95em; word-break: break-all; }}
.figures {{ display: flex; flex-wrap: wrap; gap: 10px; margin: .8em 0; padding: 0; }}
.figure {{ list-style: none; border: 1px solid {RULE}; border-radius: 6px;
  padding: 8px 14px; min-width: 130px; }}
.figure b {{ display: block; font-size: 1.5em; }}
.figure span {{ color: {MUTED}; font-size: .85em; }}
.counts {{ font-size: .9em; margin: .3em 0; }}
.legend {{ display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr));
  gap: 6px 18px; padding: 0; margin: .5em 0; font-size: .9em; }}
.legend li {{ list-style: none; }}
.legend .sample {{ display: inline-block; min-width: 7.5em; padding: 0 .2em; }}
.legend .chip {{ display: inline-block; min-width: 1.6em; text-align: center;
  font: 700 .85em system-ui, "DejaVu Sans", sans-serif; border: 1px solid {INK}; border-radius: 3px; }}
table.sbs {{ width: 100%; border-collapse: collapse; table-layout: fixed; }}
table.sbs th {{ text-align: left; font: 600 .95em system-ui, "DejaVu Sans", sans-serif;
  padding: 6px 10px; border-bottom: 2px solid {INK}; background: #f4f4f4; }}
table.sbs td {{ vertical-align: top; padding: 8px 12px; border-bottom: 1px solid {RULE};
  white-space: pre-wrap; overflow-wrap: anywhere; }}
table.sbs td + td, table.sbs th + th {{ border-left: 1px solid {RULE}; }}
thead {{ display: table-header-group; }}
{kinds}
.e-del {{ background: {tint(omitted, .30)}; text-decoration: line-through {omitted};
  text-decoration-thickness: 2px; }}
.e-ins {{ background: {tint(changed, .25)}; text-decoration: underline solid {changed};
  text-decoration-thickness: 2px; text-underline-offset: 3px; }}
.furniture {{ opacity: .6; }}
.fact {{ outline: 2px solid {INK}; outline-offset: 0; border-radius: 2px; }}
mark.fact {{ background: {tint(YELLOW_ALARM, .55)}; color: inherit; }}
a.badge.b-fact {{ border-color: {INK}; background: {YELLOW_ALARM}; }}
.alarm {{ font-weight: 700; }}
.factflag {{ margin: 6px 0 0; padding: 3px 8px; border: 2px solid {INK}; border-radius: 4px;
  display: inline-block; font-size: .88em; }}
.factflag a {{ color: inherit; }}
ol.facts-list > li {{ border-left-color: {INK}; }}
ol.facts-list > li.fs-missing, ol.facts-list > li.fs-altered, ol.facts-list > li.fs-unsourced {{
  border-left-style: double; border-left-width: 7px; }}
.hl {{ background: {HIGHLIGHT_COLOUR}; box-shadow: 0 2px 0 #000; }}
.s-bold {{ font-weight: bold; }} .s-italic {{ font-style: italic; }}
.s-heading {{ font-weight: bold; font-size: 1.08em; }}
a.badge {{ font: 600 10px/1 system-ui, "DejaVu Sans", sans-serif; color: #000;
  text-decoration: none; border: 1.5px solid currentColor; border-radius: 8px;
  padding: 1px 4px; margin: 0 3px 0 1px; vertical-align: 2px; background: #fff;
  white-space: nowrap; }}
a.badge.b-omitted {{ border-color: {omitted}; }} a.badge.b-added {{ border-color: {added}; }}
a.badge.b-changed {{ border-color: {changed}; }}
a.badge.b-duplicated {{ border-color: {duplicated}; }}
a.badge.b-moved {{ border-color: {moved}; }}
a.badge.b-note {{ border-style: dashed; }}
a.badge.b-passage {{ border-color: {INK}; border-radius: 2px; }}
ol.diffs > li.passage {{ border-left-color: {INK}; border-left-style: double; border-left-width: 7px; }}
ol.diffs {{ padding: 0; margin: 0; }}
ol.diffs > li {{ list-style: none; border: 1px solid {RULE}; border-left-width: 6px;
  border-radius: 4px; padding: 8px 12px; margin: 10px 0; break-inside: avoid; }}
ol.diffs > li.k-omitted, ol.diffs > li.k-added, ol.diffs > li.k-changed,
ol.diffs > li.k-duplicated, ol.diffs > li.k-moved {{ background: none; text-decoration: none;
  outline: none; }}
li.k-omitted {{ border-left-color: {omitted} !important; }}
li.k-added {{ border-left-color: {added} !important; }}
li.k-changed {{ border-left-color: {changed} !important; }}
li.k-duplicated {{ border-left-color: {duplicated} !important; }}
li.k-moved {{ border-left-color: {moved} !important; }}
.dhead {{ font: 600 .92em system-ui, "DejaVu Sans", sans-serif; display: flex; gap: 10px;
  align-items: baseline; flex-wrap: wrap; }}
.dhead .where {{ color: {MUTED}; font-weight: normal; }}
.verdict {{ border: 1px solid #000; border-radius: 10px; padding: 0 8px; font-size: .9em; }}
.pair {{ display: grid; grid-template-columns: 1fr 1fr; gap: 14px; margin-top: 6px; }}
.pair .side {{ white-space: pre-wrap; overflow-wrap: anywhere; font-size: .95em; }}
.pair .side .lab {{ font: 600 .75em system-ui, "DejaVu Sans", sans-serif;
  color: {MUTED}; text-transform: uppercase; letter-spacing: .04em; }}
.none {{ color: {MUTED}; font-style: italic; }}
.note {{ margin: 8px 0 0; padding: 6px 10px; border-left: 3px solid #000; background: #f6f6f6;
  white-space: pre-wrap; }}
{verdicts}
footer {{ margin-top: 2.5em; color: {MUTED}; font-size: .8em; border-top: 1px solid
  {RULE}; padding-top: .6em; }}
@media screen and (max-width: 760px) {{
  body {{ padding: 12px; }}
  table.sbs, table.sbs tbody, table.sbs tr, table.sbs td {{ display: block; width: auto; }}
  table.sbs thead {{ display: none; }}
  table.sbs td + td {{ border-left: none; border-top: 1px dashed {RULE}; }}
  table.sbs td::before {{ display: block; font: 600 .75em system-ui, "DejaVu Sans", sans-serif;
    color: {MUTED}; text-transform: uppercase; }}
  table.sbs td:first-child::before {{ content: "Original"; }}
  table.sbs td + td::before {{ content: "Copy"; }}
  .pair {{ grid-template-columns: 1fr; }}
}}
@media print {{
  @page {{ margin: 14mm 12mm; }}
  body {{ max-width: none; padding: 0; font-size: 10pt; }}
  h2 {{ break-after: avoid; }}
  section.differences, section.notes, section.facts {{ break-before: page; }}
  table.sbs tr {{ break-inside: auto; }}
  a {{ color: inherit; }}
}}
"""
