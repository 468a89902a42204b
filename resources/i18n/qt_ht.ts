<?xml version="1.0" encoding="utf-8"?>
<!-- Qt's own button texts that LabClient shows, in Haitian Creole (Qt ships no translation for it). Made by machine translation (a language model) on 2026-12-04; every text awaits review by a native speaker. -->
<!DOCTYPE TS>
<TS version="2.1" language="ht">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished">Dakò</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Anile</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Fèmen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Anrejistre</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished">&amp;Dakò</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Anile</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Fèmen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Anrejistre</translation>
    </message>
</context>
</TS>
