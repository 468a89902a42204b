"""Bring each language file (resources/i18n/labclient_<lang>.ts) up to date with the template
(resources/i18n/labclient.ts, made by lupdate from the code).

Run by scripts/update_translations.sh. lupdate itself refuses a language it does not know (Haitian
Creole), and drops the comment that says who made a translation, so the merge is done here:

- every text of the template is kept, in the template's order, with the file's translation of it
  (and its finished or unfinished state), or as a new, unfinished, empty translation;
- a translated text that left the template is kept at the end of its context as ``vanished``, so
  a translator's work comes back with the sentence;
- the notes for translators that come from the code are the template's, as the code has them now;
- the comments before the ``<TS>`` element (who made the translation) stay;
- English, the source language, keeps only the texts with plural forms (``labclient_en.ts``: "1
  item", "2 items" where the code says "%n item(s)").

Usage: ``python scripts/merge_translations.py`` (every language) or with the files to merge.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"
Key = tuple[str, str]


def _messages(root: ET.Element) -> dict[Key, ET.Element]:
    return {(ctx.findtext("name") or "", msg.findtext("source") or ""): msg
            for ctx in root.iter("context") for msg in ctx.iter("message")}


def _now_counted(message: ET.Element) -> None:
    """A text that now counts (``%n``, plural forms): its translation becomes the first form,
    unfinished, for the translator to write the others."""
    message.set("numerus", "yes")
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    text, translation.text = translation.text, None
    translation.set("type", "unfinished")
    if translation.find("numerusform") is None:
        ET.SubElement(translation, "numerusform").text = text


def merge(template: Path, language: Path, *, counted_only: bool = False) -> tuple[int, int]:
    """Rewrite ``language`` against ``template``; (texts new to it, texts that left). With
    ``counted_only`` (English, the source language) only the texts with plural forms are kept."""
    text = language.read_text("utf-8")
    head = "".join(re.findall(r"<!--.*?-->\n", text.split("<TS", 1)[0], flags=re.S))
    old_root = ET.fromstring(text)
    old = _messages(old_root)
    new_root = ET.Element("TS", dict(old_root.attrib))
    added = 0
    seen: set[Key] = set()
    for ctx in ET.parse(template).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        out_ctx = ET.SubElement(new_root, "context")
        ET.SubElement(out_ctx, "name").text = name
        for msg in ctx.iter("message"):
            if counted_only and msg.get("numerus") != "yes":
                continue
            key = (name, msg.findtext("source") or "")
            seen.add(key)
            held = old.get(key)
            if held is None:
                added += 1
                held = ET.fromstring(ET.tostring(msg))
                translation = held.find("translation")
                if translation is None:
                    translation = ET.SubElement(held, "translation")
                translation.text, translation.attrib = None, {"type": "unfinished"}
            else:
                translation = held.find("translation")
                if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                    translation.set("type", "unfinished")
                if msg.get("numerus") == "yes" and held.get("numerus") != "yes":
                    _now_counted(held)
                for note in held.findall("comment") + held.findall("extracomment"):  # the code's notes, as now
                    held.remove(note)
                for position, note in enumerate(n for n in msg if n.tag in ("comment", "extracomment")):
                    held.insert(1 + position, ET.fromstring(ET.tostring(note)))
            out_ctx.append(held)
    gone = 0
    for (name, _source), msg in old.items():
        if (name, _source) in seen:
            continue
        if counted_only:
            gone += 1
            continue
        translation = msg.find("translation")
        if translation is None or not (translation.text or "").strip():
            continue
        translation.set("type", "vanished")
        gone += 1
        target = next((c for c in new_root.iter("context") if c.findtext("name") == name), None)
        if target is None:
            target = ET.SubElement(new_root, "context")
            ET.SubElement(target, "name").text = name
        target.append(msg)
    for empty in [c for c in new_root.findall("context") if c.find("message") is None]:
        new_root.remove(empty)
    ET.indent(new_root, space="    ")
    body = ET.tostring(new_root, encoding="unicode", short_empty_elements=False)
    language.write_text('<?xml version="1.0" encoding="utf-8"?>\n' + head + "<!DOCTYPE TS>\n" + body + "\n",
                        encoding="utf-8")
    return added, gone


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or sorted(I18N.glob("labclient_*.ts"))
    for path in files:
        added, gone = merge(I18N / "labclient.ts", path, counted_only=path.name == "labclient_en.ts")
        print(f"{path.name}: {added} new text(s) to translate, {gone} no longer used")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
