<?xml version="1.0" encoding="utf-8"?>
<!-- Qt's own button texts that LabClient shows, in Urdu (Qt ships no translation for it). Made by machine translation (a language model) on 2026-12-04; every text awaits review by a native speaker. -->
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished">ٹھیک ہے</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">منسوخ کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">بند کریں</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">محفوظ کریں</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished">ٹھیک ہے (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished">منسوخ کریں (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">بند کریں (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">محفوظ کریں (&amp;S)</translation>
    </message>
</context>
</TS>
