<?xml version="1.0" encoding="utf-8"?>
<!-- Qt's own texts that LabClient shows, in Urdu (Qt ships no translation for it): the standard buttons, and the file dialog (choose a folder, open a file, save a file: its labels, buttons, tooltips, column headers, right-click menu and questions). Made by machine translation (a language model) on 2026-12-04; every text awaits review by a native speaker. -->
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
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">ہاں (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">نہیں (&amp;N)</translation>
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
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation type="unfinished">اس میں دیکھیں (&amp;L):</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished">فائل کا نام (&amp;N):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation type="unfinished">فائل کی قسم (&amp;T):</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation type="unfinished">فولڈر:</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished">منتخب کریں (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished">کھولیں (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">پیچھے</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished">آگے</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation type="unfinished">اوپر والا فولڈر</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation type="unfinished">نیا فولڈر بنائیں</translation>
    </message>
    <message>
        <source>List View</source>
        <translation type="unfinished">فہرست کی شکل میں دیکھیں</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation type="unfinished">تفصیل کے ساتھ دیکھیں</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation type="unfinished">فولڈر</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation type="unfinished">تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished">نام بدلیں (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished">حذف کریں (&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished">چھپی ہوئی فائلیں دکھائیں (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation type="unfinished">نیا فولڈر (&amp;N)</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished">نیا فولڈر</translation>
    </message>
    <message>
        <source>Show </source>
        <translation type="unfinished">دکھائیں: </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">حذف کریں</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation type="unfinished">%1 پہلے سے موجود ہے۔
کیا آپ اس کی جگہ یہ نئی فائل رکھنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation type="unfinished">%1
فائل نہیں ملی۔
براہ کرم دیکھ لیں کہ فائل کا نام درست لکھا ہے۔</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation type="unfinished">%1
فولڈر نہیں ملا۔
براہ کرم دیکھ لیں کہ فولڈر کا نام درست لکھا ہے۔</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation type="unfinished">کیا آپ واقعی &apos;%1&apos; کو حذف کرنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation type="unfinished">&apos;%1&apos; کو بدلنے کی اجازت نہیں ہے۔
کیا آپ پھر بھی اسے حذف کرنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation type="unfinished">فولڈر حذف نہیں ہو سکا۔</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished">سائز</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation type="unfinished">قسم</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished">تبدیلی کی تاریخ</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished">کمپیوٹر</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation type="unfinished">فولڈر</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished">ڈرائیو</translation>
    </message>
</context>
<context>
    <name>QMimeType</name>
    <message>
        <source>CSV document</source>
        <translation type="unfinished">CSV دستاویز</translation>
    </message>
    <message>
        <source>plain text document</source>
        <translation type="unfinished">سادہ متن کی دستاویز</translation>
    </message>
    <message>
        <source>Zstandard archive</source>
        <translation type="unfinished">Zstandard آرکائیو</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">نامعلوم</translation>
    </message>
</context>
</TS>
