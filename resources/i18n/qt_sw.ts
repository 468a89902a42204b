<?xml version="1.0" encoding="utf-8"?>
<!-- Qt's own texts that LabClient shows, in Swahili (Qt ships no translation for it): the standard buttons, and the file dialog (choose a folder, open a file, save a file: its labels, buttons, tooltips, column headers, right-click menu and questions). Made by machine translation (a language model) on 2026-12-04; every text awaits review by a native speaker. -->
<!DOCTYPE TS>
<TS version="2.1" language="sw">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished">Sawa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Ghairi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Funga</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Hifadhi</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">&amp;Ndiyo</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">&amp;Hapana</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished">&amp;Sawa</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Ghairi</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Funga</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Hifadhi</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation type="unfinished">&amp;Tazama ndani ya:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished">&amp;Jina la faili:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation type="unfinished">&amp;Aina ya faili:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation type="unfinished">Folda:</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished">&amp;Chagua</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished">&amp;Fungua</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Hifadhi</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Rudi nyuma</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished">Songa mbele</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation type="unfinished">Folda ya juu</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation type="unfinished">Unda folda mpya</translation>
    </message>
    <message>
        <source>List View</source>
        <translation type="unfinished">Onyesha kama orodha</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation type="unfinished">Onyesha kwa maelezo</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation type="unfinished">Folda</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation type="unfinished">Faili zote (*)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished">&amp;Badilisha jina</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished">&amp;Futa</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished">&amp;Onyesha faili zilizofichwa</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation type="unfinished">Folda &amp;mpya</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished">Folda mpya</translation>
    </message>
    <message>
        <source>Show </source>
        <translation type="unfinished">Onyesha </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Futa</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation type="unfinished">%1 tayari ipo.
Je, unataka kuiweka hii mpya badala yake?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation type="unfinished">%1
Faili haikupatikana.
Tafadhali hakikisha kwamba jina la faili ni sahihi.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation type="unfinished">%1
Folda haikupatikana.
Tafadhali hakikisha kwamba jina la folda ni sahihi.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation type="unfinished">Je, una uhakika unataka kufuta &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation type="unfinished">&apos;%1&apos; imezuiwa isibadilishwe.
Je, unataka kuifuta hata hivyo?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation type="unfinished">Imeshindikana kufuta folda.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">Jina</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished">Ukubwa</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation type="unfinished">Aina</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished">Tarehe ya kubadilishwa</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished">Kompyuta</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation type="unfinished">Folda</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished">Diski</translation>
    </message>
</context>
<context>
    <name>QMimeType</name>
    <message>
        <source>CSV document</source>
        <translation type="unfinished">Hati ya CSV</translation>
    </message>
    <message>
        <source>plain text document</source>
        <translation type="unfinished">Hati ya maandishi</translation>
    </message>
    <message>
        <source>Zstandard archive</source>
        <translation type="unfinished">Faili iliyobanwa ya Zstandard</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">haijulikani</translation>
    </message>
</context>
</TS>
