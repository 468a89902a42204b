"""The languages LabClient ships (``resources/i18n/labclient_<code>.ts``), each by its own name,
as a chooser shows them. English is the source language and needs no file."""

from __future__ import annotations

LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "ht": "Kreyòl ayisyen", "sw": "Kiswahili",
                             "ur": "اردو"}
