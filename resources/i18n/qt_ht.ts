<?xml version="1.0" encoding="utf-8"?>
<!-- Qt's own texts that LabClient shows, in Haitian Creole (Qt ships no translation for it): the standard buttons, and the file dialog (choose a folder, open a file, save a file: its labels, buttons, tooltips, column headers, right-click menu and questions). Made by machine translation (a language model) on 2026-12-04; every text awaits review by a native speaker. -->
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
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">&amp;Wi</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">&amp;Non</translation>
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
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation type="unfinished">&amp;Gade nan:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished">&amp;Non fichye a:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation type="unfinished">&amp;Kalite fichye:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation type="unfinished">Dosye:</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished">&amp;Chwazi</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished">&amp;Louvri</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Anrejistre</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Retounen</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished">Avanse</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation type="unfinished">Dosye ki anwo a</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation type="unfinished">Kreye yon nouvo dosye</translation>
    </message>
    <message>
        <source>List View</source>
        <translation type="unfinished">Wè yo an lis</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation type="unfinished">Wè yo ak detay</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation type="unfinished">Dosye yo</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation type="unfinished">Tout fichye (*)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished">&amp;Chanje non</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished">&amp;Efase</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished">Montre fichye ki &amp;kache yo</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation type="unfinished">&amp;Nouvo dosye</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished">Nouvo dosye</translation>
    </message>
    <message>
        <source>Show </source>
        <translation type="unfinished">Montre </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Efase</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation type="unfinished">%1 egziste deja.
Èske ou vle ranplase li?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation type="unfinished">%1
Nou pa jwenn fichye a.
Tanpri verifye si non fichye a kòrèk.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation type="unfinished">%1
Nou pa jwenn dosye a.
Tanpri verifye si non dosye a kòrèk.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation type="unfinished">Èske ou sèten ou vle efase &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation type="unfinished">Ou pa gen dwa chanje &apos;%1&apos;.
Èske ou vle efase li kanmenm?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation type="unfinished">Nou pa t kapab efase dosye a.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">Non</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished">Gwosè</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation type="unfinished">Kalite</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished">Dat chanjman</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished">Òdinatè</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation type="unfinished">Dosye</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished">Disk</translation>
    </message>
</context>
<context>
    <name>QMimeType</name>
    <message>
        <source>CSV document</source>
        <translation type="unfinished">Dokiman CSV</translation>
    </message>
    <message>
        <source>plain text document</source>
        <translation type="unfinished">Dokiman tèks</translation>
    </message>
    <message>
        <source>Zstandard archive</source>
        <translation type="unfinished">Achiv Zstandard</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">enkoni</translation>
    </message>
</context>
</TS>
