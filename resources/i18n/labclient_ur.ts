<?xml version="1.0" encoding="utf-8"?>
<!-- Urdu translation of LabClient. Produced by machine translation (a language model) on 2026-12-04; every text awaits review by a native speaker. Texts marked unfinished were unsure. -->
<!DOCTYPE TS>
<TS version="2.1" language="ur">
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>Add a user</source>
            <translation>صارف شامل کریں</translation>
        </message>
        <message>
            <source>The user is added on this workstation and can log in at once with this PIN. They show as awaiting the hub until the hub's user list confirms them.</source>
            <translation>صارف اسی کمپیوٹر پر شامل ہو جاتا ہے اور اس PIN سے فوراً لاگ اِن کر سکتا ہے۔ جب تک ہب کی صارف فہرست تصدیق نہ کرے، وہ "ہب کا انتظار" میں دکھائی دے گا۔</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>عہدہ</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN دوبارہ</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>نام (&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>عہدہ (&amp;R):</translation>
        </message>
        <message>
            <source>&amp;PIN ({0} to {1} characters):</source>
            <translation>PIN ({0} سے {1} حروف) (&amp;P):</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>PIN دوبارہ (&amp;A):</translation>
        </message>
        <message>
            <source>Add user</source>
            <translation>صارف شامل کریں</translation>
        </message>
        <message>
            <source>Type the person's name.</source>
            <translation>اس شخص کا نام لکھیں۔</translation>
        </message>
        <message>
            <source>The two PINs are not the same. Type the PIN twice again.</source>
            <translation>دونوں PIN ایک جیسے نہیں ہیں۔ PIN پھر سے دو بار لکھیں۔</translation>
        </message>
        <message>
            <source>Type a name of 1 to {0} characters.</source>
            <translation>1 سے {0} حروف کا نام لکھیں۔</translation>
        </message>
    </context>
    <context>
        <name>AdminDialog</name>
        <message>
            <source>Sync and hub</source>
            <translation>سنک اور ہب</translation>
        </message>
        <message>
            <source>Hub address</source>
            <translation>ہب کا پتہ</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>رجسٹریشن کوڈ</translation>
        </message>
        <message>
            <source>Enrol this workstation</source>
            <translation>اس کمپیوٹر کو رجسٹر کریں</translation>
        </message>
        <message>
            <source>Hub</source>
            <translation>ہب</translation>
        </message>
        <message>
            <source>Connected to:</source>
            <translation>منسلک ہے:</translation>
        </message>
        <message>
            <source>Hub &amp;address:</source>
            <translation>ہب کا پتہ (&amp;A):</translation>
        </message>
        <message>
            <source>Enrolment &amp;code:</source>
            <translation>رجسٹریشن کوڈ (&amp;C):</translation>
        </message>
        <message>
            <source>Sync now (F5)</source>
            <translation>ابھی سنک کریں (F5)</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>ابھی سنک کریں</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Cancel sync</source>
            <translation>سنک منسوخ کریں</translation>
        </message>
        <message>
            <source>Sync progress</source>
            <translation>سنک کی پیش رفت</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>سنک</translation>
        </message>
        <message>
            <source>Write the outbox to a USB stick…</source>
            <translation>آؤٹ باکس USB میں محفوظ کریں…</translation>
        </message>
        <message>
            <source>Write the outbox to a USB stick</source>
            <translation>آؤٹ باکس USB میں محفوظ کریں</translation>
        </message>
        <message>
            <source>For 'labhub import-outbox' where the hub can be reached; the items stay here until its receipt is read</source>
            <translation>اسے 'labhub import-outbox' سے وہاں امپورٹ کریں جہاں ہب تک رسائی ہو؛ رسید پڑھے جانے تک آئٹم یہیں رہتے ہیں</translation>
        </message>
        <message>
            <source>Read the hub's receipt…</source>
            <translation>ہب کی رسید پڑھیں…</translation>
        </message>
        <message>
            <source>Read the hub's receipt</source>
            <translation>ہب کی رسید پڑھیں</translation>
        </message>
        <message>
            <source>Read new work from the hub…</source>
            <translation type="unfinished">ہب سے نیا کام پڑھیں…</translation>
        </message>
        <message>
            <source>Read new work from the hub</source>
            <translation type="unfinished">ہب سے نیا کام پڑھیں</translation>
        </message>
        <message>
            <source>The file 'labhub export-lab' wrote: new batches, the lab's people and the receipts, for when the line is down</source>
            <translation type="unfinished">'labhub export-lab' کی لکھی فائل: نئے بیچ، لیب کے لوگ اور رسیدیں، جب لائن بند ہو</translation>
        </message>
        <message>
            <source>Sync automatically every (minutes)</source>
            <translation>خودکار سنک کا وقفہ (منٹ)</translation>
        </message>
        <message>
            <source>only when asked</source>
            <translation>صرف کہنے پر</translation>
        </message>
        <message>
            <source> min</source>
            <translation> منٹ</translation>
        </message>
        <message>
            <source>Media to fetch ahead (MB)</source>
            <translation>پیشگی ڈاؤن لوڈ میڈیا (MB)</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>کوئی حد نہیں</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>New batches are fetched only while the media of the work not yet done stays below this. The first batch always comes.</source>
            <translation>نئے بیچ صرف تب ڈاؤن لوڈ ہوتے ہیں جب باقی کام کا میڈیا اس حد سے کم ہو۔ پہلا بیچ ہمیشہ آتا ہے۔</translation>
        </message>
        <message>
            <source>Data over the line a day, at most (MB)</source>
            <translation type="unfinished">لائن پر روزانہ ڈیٹا، زیادہ سے زیادہ (MB)</translation>
        </message>
        <message>
            <source>Data over the line a month, at most (MB)</source>
            <translation type="unfinished">لائن پر ماہانہ ڈیٹا، زیادہ سے زیادہ (MB)</translation>
        </message>
        <message>
            <source> MB a day</source>
            <translation type="unfinished"> MB روزانہ</translation>
        </message>
        <message>
            <source>no daily limit</source>
            <translation type="unfinished">روزانہ کی کوئی حد نہیں</translation>
        </message>
        <message>
            <source> MB a month</source>
            <translation type="unfinished"> MB ماہانہ</translation>
        </message>
        <message>
            <source>no monthly limit</source>
            <translation type="unfinished">ماہانہ کوئی حد نہیں</translation>
        </message>
        <message>
            <source>What the syncs may carry over a metered line. Results and timesheets go first, then new work; a sync stops before the budget is passed.</source>
            <translation type="unfinished">ناپے گئے کنکشن پر سنک کتنا ڈیٹا لے جا سکتا ہے۔ نتائج اور ٹائم شیٹ پہلے جاتے ہیں، پھر نیا کام؛ سنک بجٹ سے آگے جانے سے پہلے رک جاتا ہے۔</translation>
        </message>
        <message>
            <source>Lab relay address</source>
            <translation type="unfinished">لیب ریلے کا پتہ</translation>
        </message>
        <message>
            <source>Where 'labclient relay' runs on this lab's network, as it says when it starts. Media files come from it first; nothing else goes to it. Empty: none.</source>
            <translation type="unfinished">اس لیب کے نیٹ ورک پر 'labclient relay' کہاں چلتا ہے، جیسا کہ وہ شروع ہوتے وقت بتاتا ہے۔ میڈیا فائلیں پہلے اسی سے آتی ہیں؛ اسے اور کچھ نہیں بھیجا جاتا۔ خالی: کوئی نہیں۔</translation>
        </message>
        <message>
            <source>none: media comes from the hub</source>
            <translation type="unfinished">کوئی نہیں: میڈیا ہب سے آتا ہے</translation>
        </message>
        <message>
            <source>Find on the network</source>
            <translation type="unfinished">نیٹ ورک پر تلاش کریں</translation>
        </message>
        <message>
            <source>Find the lab relay on the network</source>
            <translation type="unfinished">لیب کا ریلے نیٹ ورک پر تلاش کریں</translation>
        </message>
        <message>
            <source>Look for the lab relay of this hub on the lab's network, and use it</source>
            <translation type="unfinished">اس ہب کا لیب ریلے لیب کے نیٹ ورک پر تلاش کریں، اور اسے استعمال کریں</translation>
        </message>
        <message>
            <source>Language of the window for everyone</source>
            <translation type="unfinished">سب کے لیے ونڈو کی زبان</translation>
        </message>
        <message>
            <source>The computer's language</source>
            <translation type="unfinished">کمپیوٹر کی زبان</translation>
        </message>
        <message>
            <source>Sync auto&amp;matically every:</source>
            <translation>خودکار سنک، ہر (&amp;M):</translation>
        </message>
        <message>
            <source>Media to &amp;fetch ahead, at most:</source>
            <translation>پیشگی ڈاؤن لوڈ میڈیا، زیادہ سے زیادہ (&amp;F):</translation>
        </message>
        <message>
            <source>&amp;Data over the line, at most:</source>
            <translation type="unfinished">&amp;لائن پر ڈیٹا، زیادہ سے زیادہ:</translation>
        </message>
        <message>
            <source>Lab &amp;relay:</source>
            <translation type="unfinished">لیب ریلے (&amp;R):</translation>
        </message>
        <message>
            <source>&amp;Language for everyone:</source>
            <translation type="unfinished">سب کے لیے زبان (&amp;L):</translation>
        </message>
        <message>
            <source>Sync history</source>
            <translation>سنک کا ریکارڈ</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>آغاز</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>نتیجہ</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>آئٹم</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>بھیجے</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>ملے</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>پیغام</translation>
        </message>
        <message>
            <source>Refused by the hub</source>
            <translation>ہب نے رد کیے</translation>
        </message>
        <message>
            <source>When</source>
            <translation>کب</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>بیچ</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>ٹاسک</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>حالت</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>وجہ</translation>
        </message>
        <message>
            <source>Results another workstation answered first</source>
            <translation>نتائج جن کا جواب کسی اور کمپیوٹر نے پہلے دیا</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>کارکن</translation>
        </message>
        <message>
            <source>What the hub said</source>
            <translation>ہب کا جواب</translation>
        </message>
        <message>
            <source>Sync details</source>
            <translation>سنک کی تفصیل</translation>
        </message>
        <message>
            <source>Sync &amp;history</source>
            <translation>سنک کا ریکارڈ (&amp;H)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>بند کریں</translation>
        </message>
        <message>
            <source>Enrol this workstation first: type the hub address and the enrolment code above.</source>
            <translation>پہلے اس کمپیوٹر کو رجسٹر کریں: اوپر ہب کا پتہ اور رجسٹریشن کوڈ لکھیں۔</translation>
        </message>
        <message>
            <source>Where to write the outbox (the USB stick)</source>
            <translation>آؤٹ باکس کہاں محفوظ کریں (USB)</translation>
        </message>
        <message>
            <source>The hub's receipt</source>
            <translation>ہب کی رسید</translation>
        </message>
        <message>
            <source>Receipts (*.lcr)</source>
            <translation>رسیدیں (*.lcr)</translation>
        </message>
        <message>
            <source>The hub's file for this lab</source>
            <translation type="unfinished">اس لیب کے لیے ہب کی فائل</translation>
        </message>
        <message>
            <source>Lab files (*.lcl)</source>
            <translation type="unfinished">لیب فائلیں (*.lcl)</translation>
        </message>
        <message numerus="yes">
            <source>Read the hub's file: %n new batch(es).</source>
            <translation type="unfinished">
                <numerusform>ہب کی فائل پڑھ لی: %n نیا بیچ۔</numerusform>
                <numerusform>ہب کی فائل پڑھ لی: %n نئے بیچ۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) answered by the hub left the outbox.</source>
            <translation type="unfinished">
                <numerusform>ہب کا جواب پانے والی %n چیز آؤٹ باکس سے نکل گئی۔</numerusform>
                <numerusform>ہب کا جواب پانے والی %n چیزیں آؤٹ باکس سے نکل گئیں۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n batch(es) not taken, e.g. {0}: {1}</source>
            <translation type="unfinished">
                <numerusform>%n بیچ نہیں لیا گیا: {0}: {1}</numerusform>
                <numerusform>%n بیچ نہیں لیے گئے، مثلاً {0}: {1}</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading the hub's file…</source>
            <translation type="unfinished">ہب کی فائل پڑھی جا رہی ہے…</translation>
        </message>
        <message>
            <source>Writing the outbox…</source>
            <translation>آؤٹ باکس محفوظ ہو رہا ہے…</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n item(s) to {0}. Take it to where the hub can be reached (labhub import-outbox), then read the receipt here; until then they stay on this computer.</source>
            <translation type="unfinished">
                <numerusform>%n آئٹم {0} میں محفوظ ہو گیا۔ اسے وہاں لے جائیں جہاں ہب تک رسائی ہو (labhub import-outbox)، پھر رسید یہاں پڑھیں؛ تب تک آئٹم اسی کمپیوٹر پر رہے گا۔</numerusform>
                <numerusform>%n آئٹم {0} میں محفوظ ہو گئے۔ اسے وہاں لے جائیں جہاں ہب تک رسائی ہو (labhub import-outbox)، پھر رسید یہاں پڑھیں؛ تب تک آئٹم اسی کمپیوٹر پر رہیں گے۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Receipt read: %n item(s) answered by the hub left the outbox.</source>
            <translation type="unfinished">
                <numerusform>رسید پڑھ لی گئی: ہب نے جس %n آئٹم کا جواب دیا، وہ آؤٹ باکس سے نکل گیا۔</numerusform>
                <numerusform>رسید پڑھ لی گئی: ہب نے جن %n آئٹم کا جواب دیا، وہ آؤٹ باکس سے نکل گئے۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The last sync did not take %n batch(es) the hub sent. Its line in the sync history says which and why.</source>
            <translation type="unfinished">
                <numerusform>پچھلے سنک میں ہب کا بھیجا ہوا %n بیچ نہیں لیا گیا۔ سنک کے ریکارڈ میں اس کی لائن بتاتی ہے کہ کون سا اور کیوں۔</numerusform>
                <numerusform>پچھلے سنک میں ہب کے بھیجے ہوئے %n بیچ نہیں لیے گئے۔ سنک کے ریکارڈ میں اس کی لائن بتاتی ہے کہ کون سے اور کیوں۔</numerusform>
            </translation>
        </message>
        <message>
            <source>not enrolled</source>
            <translation>رجسٹر نہیں</translation>
        </message>
        <message>
            <source>&amp;Refused by the hub ({0})</source>
            <translation>ہب نے رد کیے ({0}) (&amp;R)</translation>
        </message>
        <message>
            <source>Answered &amp;elsewhere first ({0})</source>
            <translation>کہیں اور پہلے جواب دیا گیا ({0}) (&amp;E)</translation>
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished">مکمل</translation>
        </message>
        <message>
            <source>no connection</source>
            <translation type="unfinished">کنکشن نہیں</translation>
        </message>
        <message>
            <source>data budget used</source>
            <translation type="unfinished">ڈیٹا بجٹ ختم</translation>
        </message>
        <message>
            <source>hub busy</source>
            <translation type="unfinished">ہب مصروف</translation>
        </message>
        <message>
            <source>refused credential</source>
            <translation type="unfinished">شناختی اسناد رد</translation>
        </message>
        <message>
            <source>not the hub's answer</source>
            <translation type="unfinished">جواب ہب کا نہیں</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation type="unfinished">منسوخ</translation>
        </message>
        <message>
            <source>failed</source>
            <translation type="unfinished">ناکام</translation>
        </message>
        <message>
            <source>Only a partner admin who is logged in may change this. Close this screen and open it again with Ctrl+Shift+A.</source>
            <translation>اسے صرف لاگ اِن شدہ پارٹنر ایڈمن بدل سکتا ہے۔ یہ اسکرین بند کریں اور Ctrl+Shift+A سے دوبارہ کھولیں۔</translation>
        </message>
        <message>
            <source>The day's data budget cannot be larger than the month's.</source>
            <translation type="unfinished">دن کا ڈیٹا بجٹ مہینے کے بجٹ سے زیادہ نہیں ہو سکتا۔</translation>
        </message>
        <message>
            <source>Media comes from the lab relay at {0} first, from the next sync on.</source>
            <translation type="unfinished">اگلی ہم آہنگی سے میڈیا پہلے {0} پر لیب ریلے سے آئے گا۔</translation>
        </message>
        <message>
            <source>Media comes from the hub.</source>
            <translation type="unfinished">میڈیا ہب سے آتا ہے۔</translation>
        </message>
        <message>
            <source>That is not a relay address: type it as 'labclient relay' says it, for example http://192.168.1.10:8765. Nothing changed.</source>
            <translation type="unfinished">یہ ریلے کا پتہ نہیں ہے: اسے ویسے لکھیں جیسے 'labclient relay' بتاتا ہے، مثلاً http://192.168.1.10:8765۔ کچھ نہیں بدلا۔</translation>
        </message>
        <message>
            <source>Looking for the lab relay on this network…</source>
            <translation type="unfinished">اس نیٹ ورک پر لیب ریلے تلاش ہو رہا ہے…</translation>
        </message>
        <message>
            <source>No lab relay of this hub answered on this network. Is 'labclient relay' running there? Or type its address.</source>
            <translation type="unfinished">اس نیٹ ورک پر اس ہب کے کسی لیب ریلے نے جواب نہیں دیا۔ کیا 'labclient relay' چل رہا ہے؟ یا اس کا پتہ لکھیں۔</translation>
        </message>
        <message>
            <source>Found the lab relay at {0}: media comes from it first, from the next sync on.</source>
            <translation type="unfinished">لیب ریلے {0} پر ملا: اگلی ہم آہنگی سے میڈیا پہلے اسی سے آئے گا۔</translation>
        </message>
        <message numerus="yes">
            <source>%n lab relay(s) answered; the first, at {0}, is used. Type another's address to choose it.</source>
            <translation type="unfinished">
                <numerusform>%n لیب ریلے نے جواب دیا؛ وہی استعمال ہو رہا ہے: {0}۔</numerusform>
                <numerusform>%n لیب ریلوں نے جواب دیا؛ پہلا، {0} پر، استعمال ہو رہا ہے۔ دوسرا چننے کے لیے اس کا پتہ لکھیں۔</numerusform>
            </translation>
        </message>
        <message>
            <source>today {0} MB</source>
            <translation type="unfinished">آج {0} MB</translation>
        </message>
        <message>
            <source>today {0} of {1} MB</source>
            <translation type="unfinished">آج {1} میں سے {0} MB</translation>
        </message>
        <message>
            <source>this month {0} MB</source>
            <translation type="unfinished">اس مہینے {0} MB</translation>
        </message>
        <message>
            <source>this month {0} of {1} MB</source>
            <translation type="unfinished">اس مہینے {1} میں سے {0} MB</translation>
        </message>
        <message>
            <source>Used: {0} · {1}</source>
            <translation type="unfinished">استعمال: {0} · {1}</translation>
        </message>
        <message>
            <source>The whole lab, as the relay counted at the last sync: {0} · {1}</source>
            <translation type="unfinished">پوری لیب، جیسا ریلے نے پچھلی ہم آہنگی پر گنا: {0} · {1}</translation>
        </message>
        <message numerus="yes">
            <source>used up: %n item(s) and new work wait</source>
            <translation type="unfinished">
                <numerusform>ختم: %n چیز اور نیا کام انتظار میں</numerusform>
                <numerusform>ختم: %n چیزیں اور نیا کام انتظار میں</numerusform>
            </translation>
        </message>
        <message>
            <source>Enrolling…</source>
            <translation>رجسٹر ہو رہا ہے…</translation>
        </message>
        <message>
            <source>Enrolled for lab {0}. Sync now to fetch work.</source>
            <translation>لیب {0} کے لیے رجسٹر ہو گیا۔ کام لانے کے لیے ابھی سنک کریں۔</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>سنک ہو رہا ہے…</translation>
        </message>
        <message>
            <source>{0}  ({1} sent, {2} received)</source>
            <translation>{0}  ({1} بھیجے، {2} ملے)</translation>
        </message>
        <message>
            <source>Wrote {0} item(s) to {1}. Take it to where the hub can be reached (labhub import-outbox), then read the receipt here; until then they stay on this computer.</source>
            <translation type="vanished">{0} آئٹم {1} میں محفوظ ہو گئے۔ اسے وہاں لے جائیں جہاں ہب تک رسائی ہو (labhub import-outbox)، پھر رسید یہاں پڑھیں؛ تب تک آئٹم اسی کمپیوٹر پر رہیں گے۔</translation>
        </message>
        <message>
            <source>Receipt read: {0} item(s) answered by the hub left the outbox.</source>
            <translation type="vanished">رسید پڑھ لی گئی: ہب نے جن {0} آئٹم کا جواب دیا، وہ آؤٹ باکس سے نکل گئے۔</translation>
        </message>
        <message>
            <source>The last sync did not take {0} batch(es) the hub sent. Its line in the sync history says which and why.</source>
            <translation type="vanished">پچھلے سنک میں ہب کے بھیجے ہوئے {0} بیچ نہیں لیے گئے۔ سنک کے ریکارڈ میں اس کی لائن بتاتی ہے کہ کون سے اور کیوں۔</translation>
        </message>
    </context>
    <context>
        <name>AdminLogin</name>
        <message>
            <source>Admin screen</source>
            <translation>ایڈمن اسکرین</translation>
        </message>
        <message>
            <source>Only a partner admin may open the admin screen. Admin, log in here:</source>
            <translation>ایڈمن اسکرین صرف پارٹنر ایڈمن کھول سکتا ہے۔ ایڈمن، یہاں لاگ اِن کریں:</translation>
        </message>
        <message>
            <source>Admin's name</source>
            <translation>ایڈمن کا نام</translation>
        </message>
        <message>
            <source>Admin's PIN</source>
            <translation>ایڈمن کا PIN</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>نام (&amp;N):</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>PIN (&amp;P):</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>پیغام</translation>
        </message>
        <message>
            <source>Open the admin screen (Enter)</source>
            <translation>ایڈمن اسکرین کھولیں (Enter)</translation>
        </message>
        <message>
            <source>Open the admin screen</source>
            <translation>ایڈمن اسکرین کھولیں</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>منسوخ کریں (Esc)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>{0} is not a partner admin, so they cannot open the admin screen. Ask the partner admin.</source>
            <translation>{0} پارٹنر ایڈمن نہیں ہیں، اس لیے ایڈمن اسکرین نہیں کھول سکتے۔ پارٹنر ایڈمن سے کہیں۔</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>LabClient cannot start</source>
            <translation>LabClient شروع نہیں ہو سکا</translation>
        </message>
    </context>
    <context>
        <name>AudioPlayer</name>
        <message>
            <source>Play or pause</source>
            <translation>چلائیں یا روکیں</translation>
        </message>
        <message>
            <source>Skip back</source>
            <translation>پیچھے جائیں</translation>
        </message>
        <message>
            <source>Skip forward</source>
            <translation>آگے جائیں</translation>
        </message>
        <message>
            <source>Position in clip</source>
            <translation>کلپ میں جگہ</translation>
        </message>
        <message>
            <source>Loop (F9)</source>
            <translation>دہرائیں (F9)</translation>
        </message>
        <message>
            <source>Loop the clip</source>
            <translation>کلپ بار بار چلائیں</translation>
        </message>
        <message>
            <source>Rewind on resume, seconds</source>
            <translation>دوبارہ چلانے پر پیچھے، سیکنڈ</translation>
        </message>
        <message>
            <source> s</source>
            <translation> سیکنڈ</translation>
        </message>
        <message>
            <source>How far playback steps back when you resume after a pause</source>
            <translation>روکنے کے بعد دوبارہ چلانے پر آواز کتنا پیچھے سے شروع ہو</translation>
        </message>
        <message>
            <source>Rewind on resume:</source>
            <translation>دوبارہ چلانے پر پیچھے:</translation>
        </message>
        <message>
            <source>Keys…</source>
            <translation>بٹن…</translation>
        </message>
        <message>
            <source>Choose the player's keys (a foot pedal)</source>
            <translation>پلیئر کے بٹن چنیں (فٹ پیڈل)</translation>
        </message>
        <message>
            <source>Skip back {0} s ({1})</source>
            <translation>{0} سیکنڈ پیچھے ({1})</translation>
        </message>
        <message>
            <source>Skip forward {0} s ({1})</source>
            <translation>{0} سیکنڈ آگے ({1})</translation>
        </message>
        <message>
            <source>◀◀ Back ({0})</source>
            <translation>◀◀ پیچھے ({0})</translation>
        </message>
        <message>
            <source>Forward ({0}) ▶▶</source>
            <translation>آگے ({0}) ▶▶</translation>
        </message>
        <message>
            <source>Player keys</source>
            <translation>پلیئر کے بٹن</translation>
        </message>
        <message>
            <source>Press the key (or the pedal) for each action. A foot pedal that presents itself as a keyboard works like any key.</source>
            <translation>ہر کام کے لیے بٹن (یا پیڈل) دبائیں۔ جو فٹ پیڈل کی بورڈ کی طرح جڑتا ہے، وہ کسی بھی بٹن کی طرح کام کرتا ہے۔</translation>
        </message>
        <message>
            <source>&amp;Play and pause:</source>
            <translation>چلائیں اور روکیں (&amp;P):</translation>
        </message>
        <message>
            <source>Skip &amp;back:</source>
            <translation>پیچھے جائیں (&amp;B):</translation>
        </message>
        <message>
            <source>Skip &amp;forward:</source>
            <translation>آگے جائیں (&amp;F):</translation>
        </message>
        <message>
            <source>Each action needs a key.</source>
            <translation>ہر کام کے لیے ایک بٹن ضروری ہے۔</translation>
        </message>
        <message>
            <source>Give each action a key of its own.</source>
            <translation>ہر کام کو الگ بٹن دیں۔</translation>
        </message>
        <message>
            <source>{0} is taken: LabClient uses it, or it types text. Choose another key.</source>
            <translation>{0} پہلے سے استعمال میں ہے: یا LabClient اسے استعمال کرتا ہے، یا اس سے لکھا جاتا ہے۔ کوئی اور بٹن چنیں۔</translation>
        </message>
        <message>
            <source>❚❚ Pause ({0})</source>
            <translation>❚❚ روکیں ({0})</translation>
        </message>
        <message>
            <source>▶ Play ({0})</source>
            <translation>▶ چلائیں ({0})</translation>
        </message>
        <message>
            <source>No sound output: plug in the headset, or check that the sound is on. The clip plays, but you will not hear it.</source>
            <translation>آواز باہر نہیں آ رہی: ہیڈسیٹ لگائیں، یا دیکھیں کہ آواز آن ہے۔ کلپ چل رہا ہے، مگر آپ اسے سن نہیں سکیں گے۔</translation>
        </message>
        <message>
            <source>the file is missing</source>
            <translation>فائل موجود نہیں</translation>
        </message>
        <message>
            <source>Speed {0}× (F7/F8)</source>
            <translation>رفتار {0}× (F7/F8)</translation>
        </message>
        <message>
            <source>the picture is {0}×{1} pixels; the most LabClient shows is 3840×2160</source>
            <translation type="unfinished">تصویر {0}×{1} پکسل کی ہے؛ LabClient زیادہ سے زیادہ 3840×2160 دکھاتا ہے</translation>
        </message>
        <message>
            <source>the file has no picture: it is not a video</source>
            <translation type="unfinished">فائل میں تصویر نہیں ہے: یہ ویڈیو نہیں ہے</translation>
        </message>
        <message>
            <source>the clip cannot be decoded</source>
            <translation>کلپ کھولا نہیں جا سکتا</translation>
        </message>
    </context>
    <context>
        <name>BoxEditor</name>
        <message>
            <source>Arrows move the crosshair, B starts and ends a box, Tab selects the next box, digits set its label, Delete removes it</source>
            <translation type="unfinished">تیر کراس کا نشان کھسکاتے ہیں، B باکس شروع اور ختم کرتا ہے، Tab اگلا باکس چنتا ہے، ہندسے اس کا لیبل چنتے ہیں، Delete اسے ہٹاتا ہے</translation>
        </message>
        <message>
            <source>Zoom with Ctrl+Plus and Ctrl+Minus, fit with Ctrl+0</source>
            <translation type="unfinished">Ctrl+Plus اور Ctrl+Minus سے زوم کریں، Ctrl+0 سے پوری تصویر دکھائیں</translation>
        </message>
    </context>
    <context>
        <name>CancelQuestion</name>
        <message>
            <source>Cancel shift</source>
            <translation>شفٹ منسوخ کریں</translation>
        </message>
        <message>
            <source>&amp;Cancel the shift</source>
            <translation>شفٹ منسوخ کریں (&amp;C)</translation>
        </message>
        <message>
            <source>Cancel the shift</source>
            <translation>شفٹ منسوخ کریں</translation>
        </message>
        <message>
            <source>&amp;Keep it</source>
            <translation>رہنے دیں (&amp;K)</translation>
        </message>
        <message>
            <source>Keep the shift</source>
            <translation>شفٹ رہنے دیں</translation>
        </message>
    </context>
    <context>
        <name>CaptioningView</name>
        <message>
            <source>Captions</source>
            <extracomment>How far the decoded clip's length may be from the task's ``duration_ms`` (the larger of the two applies) before the task is shown as broken: captions timed against the wrong length would be refused, or pass and run past the real end.</extracomment>
            <translation type="unfinished">کیپشن</translation>
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished">آغاز</translation>
        </message>
        <message>
            <source>End</source>
            <translation type="unfinished">اختتام</translation>
        </message>
        <message>
            <source>Text</source>
            <translation type="unfinished">متن</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation type="unfinished">مسائل</translation>
        </message>
        <message>
            <source>Caption text</source>
            <translation type="unfinished">کیپشن کا متن</translation>
        </message>
        <message>
            <source>Press Ctrl+Shift+N for a caption at the play position, then type</source>
            <translation type="unfinished">چلتے کلپ کی موجودہ جگہ پر کیپشن کے لیے Ctrl+Shift+N دبائیں، پھر لکھیں</translation>
        </message>
        <message>
            <source>&amp;Caption</source>
            <translation type="unfinished">کیپشن (&amp;C)</translation>
        </message>
        <message>
            <source>Esc play/pause · Ctrl+Shift+N new caption · Ctrl+[ / Ctrl+] start/end at the play position · Alt+arrows move start (Shift: end) · Alt+Up/Down captions · Ctrl+Shift+K split · Ctrl+Shift+M merge</source>
            <translation type="unfinished">Esc چلائیں/روکیں · Ctrl+Shift+N نیا کیپشن · Ctrl+[ / Ctrl+] موجودہ جگہ پر آغاز/اختتام · Alt+تیر آغاز کھسکائیں (Shift: اختتام) · Alt+Up/Down پچھلا/اگلا کیپشن · Ctrl+Shift+K تقسیم کریں · Ctrl+Shift+M ملائیں</translation>
        </message>
        <message>
            <source>{0} – {1} · longest line {2}/{3} · {4} characters a second (most {5})</source>
            <translation type="unfinished">{0} – {1} · سب سے لمبی لائن {2}/{3} · {4} حروف فی سیکنڈ (زیادہ سے زیادہ {5})</translation>
        </message>
        <message>
            <source>the clip lasts {0}, but the task says {1}</source>
            <translation type="unfinished">کلپ {0} کا ہے، لیکن کام میں {1} لکھا ہے</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>Correct {0}'s time</source>
            <translation>{0} کا وقت درست کریں</translation>
        </message>
        <message>
            <source>Correct the time of {0}. The change is kept with your name and the reason; nothing is erased.</source>
            <translation>{0} کا وقت درست کریں۔ تبدیلی آپ کے نام اور وجہ کے ساتھ محفوظ رہتی ہے؛ کچھ مٹایا نہیں جاتا۔</translation>
        </message>
        <message>
            <source>Day to correct</source>
            <translation>درست کرنے کا دن</translation>
        </message>
        <message>
            <source>clocked time</source>
            <translation>حاضری کا وقت</translation>
        </message>
        <message>
            <source>active time</source>
            <translation>فعال وقت</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>وجہ</translation>
        </message>
        <message>
            <source>For example: forgot to clock out at 17:00</source>
            <translation>مثلاً: 17:00 بجے ٹائم آؤٹ کرنا بھول گئے</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>دن (&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Clocked time:</source>
            <translation>حاضری کا وقت (&amp;C):</translation>
        </message>
        <message>
            <source>&amp;Active time:</source>
            <translation>فعال وقت (&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>وجہ (&amp;R):</translation>
        </message>
        <message>
            <source>Save the correction</source>
            <translation>درستی محفوظ کریں</translation>
        </message>
        <message>
            <source>&amp;Save correction</source>
            <translation>درستی محفوظ کریں (&amp;S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Add or take away {0}</source>
            <translation>{0} بڑھائیں یا گھٹائیں</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>بڑھائیں</translation>
        </message>
        <message>
            <source>Take away</source>
            <translation>گھٹائیں</translation>
        </message>
        <message>
            <source>Hours of {0}</source>
            <translation>{0} کے گھنٹے</translation>
        </message>
        <message>
            <source> h</source>
            <translation> گھنٹے</translation>
        </message>
        <message>
            <source>Minutes of {0}</source>
            <translation>{0} کے منٹ</translation>
        </message>
        <message>
            <source> min</source>
            <translation> منٹ</translation>
        </message>
        <message>
            <source>Enter the hours or minutes to add or take away.</source>
            <translation>بڑھانے یا گھٹانے کے لیے گھنٹے یا منٹ لکھیں۔</translation>
        </message>
        <message>
            <source>Write the reason for this correction.</source>
            <translation>اس درستی کی وجہ لکھیں۔</translation>
        </message>
        <message>
            <source>That day now: {0} clocked, {1} active</source>
            <translation>اب اس دن: حاضری {0}، فعال {1}</translation>
        </message>
    </context>
    <context>
        <name>DataEntryView</name>
        <message>
            <source>Listing text</source>
            <translation type="unfinished">لسٹنگ کا متن</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>نتیجہ</translation>
        </message>
        <message>
            <source>Alt+{0}</source>
            <translation>Alt+{0}</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>نمبر</translation>
        </message>
        <message>
            <source>a phone number</source>
            <translation type="unfinished">فون نمبر</translation>
        </message>
        <message>
            <source>a web address: https://…</source>
            <translation type="unfinished">ویب ایڈریس: https://…</translation>
        </message>
        <message>
            <source>an email address</source>
            <translation type="unfinished">ای میل ایڈریس</translation>
        </message>
        <message>
            <source>Tab next field · Alt+1…9 outcome · Ctrl+Plus/Minus zoom</source>
            <translation>Tab اگلا خانہ · Alt+1…9 نتیجہ · Ctrl+Plus/Minus زوم</translation>
        </message>
    </context>
    <context>
        <name>Duration</name>
        <message>
            <source>{0} min {1} s</source>
            <translation type="unfinished">{0} منٹ {1} سیکنڈ</translation>
        </message>
        <message>
            <source>{0} s</source>
            <translation type="unfinished">{0} سیکنڈ</translation>
        </message>
        <message>
            <source>{0} d {1} h {2} min</source>
            <translation type="unfinished">{0} دن {1} گھنٹے {2} منٹ</translation>
        </message>
        <message>
            <source>{0} h {1} min</source>
            <translation type="unfinished">{0} گھنٹے {1} منٹ</translation>
        </message>
        <message>
            <source>{0} min</source>
            <translation type="unfinished">{0} منٹ</translation>
        </message>
    </context>
    <context>
        <name>Error</name>
        <message>
            <source>The disk is full, so this could not be saved. Free some space on the disk that holds {folder}, then try again. Everything saved before is intact.</source>
            <translation>ڈسک بھر گئی ہے، اس لیے یہ محفوظ نہیں ہو سکا۔ {folder} والی ڈسک پر کچھ جگہ خالی کریں، پھر دوبارہ کوشش کریں۔ پہلے کا محفوظ کیا ہوا سب کچھ ٹھیک ہے۔</translation>
        </message>
        <message>
            <source>LabClient cannot write to its data folder {folder}. Ask the lab admin to check that the folder is writable. Everything saved before is intact.</source>
            <translation>LabClient اپنے ڈیٹا فولڈر {folder} میں لکھ نہیں سکتا۔ لیب ایڈمن سے کہیں کہ وہ دیکھیں کہ اس فولڈر میں لکھا جا سکتا ہے۔ پہلے کا محفوظ کیا ہوا سب کچھ ٹھیک ہے۔</translation>
        </message>
        <message>
            <source>The data folder {folder} is in use by another LabClient window. Close the other window, then try again.</source>
            <translation>ڈیٹا فولڈر {folder} کسی اور LabClient ونڈو میں استعمال ہو رہا ہے۔ دوسری ونڈو بند کریں، پھر دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>The local database {path} is damaged ({detail}). LabClient has not changed it. Ask the lab admin to restore it from a backup or to re-enrol this workstation.</source>
            <translation>مقامی ڈیٹا بیس {path} خراب ہے ({detail})۔ LabClient نے اسے نہیں بدلا۔ لیب ایڈمن سے کہیں کہ اسے بیک اپ سے واپس لائیں یا اس کمپیوٹر کو دوبارہ رجسٹر کریں۔</translation>
        </message>
        <message>
            <source>The local database {path} was written by a newer LabClient (schema {found}; this program knows up to {known}). Install the newer LabClient. The data has not been touched.</source>
            <translation>مقامی ڈیٹا بیس {path} کو LabClient کے نئے ورژن نے لکھا ہے (اسکیما {found}؛ یہ پروگرام {known} تک جانتا ہے)۔ LabClient کا نیا ورژن انسٹال کریں۔ ڈیٹا کو چھیڑا نہیں گیا۔</translation>
        </message>
        <message>
            <source>The batch was refused: {detail}. Nothing in the task cache changed.</source>
            <translation>بیچ رد کر دیا گیا: {detail}۔ ٹاسک کیش میں کچھ نہیں بدلا۔</translation>
        </message>
        <message>
            <source>This task is already {state}; it cannot be changed. Go on to the next task.</source>
            <translation type="unfinished">یہ ٹاسک پہلے ہی {state} ہے؛ اسے بدلا نہیں جا سکتا۔ اگلے ٹاسک پر جائیں۔</translation>
        </message>
        <message>
            <source>There is no user named {name} on this workstation. Pick your name from the list, or ask the partner admin to add you.</source>
            <translation>اس کمپیوٹر پر {name} نام کا کوئی صارف نہیں۔ فہرست سے اپنا نام چنیں، یا پارٹنر ایڈمن سے کہیں کہ آپ کو شامل کریں۔</translation>
        </message>
        <message>
            <source>That PIN is not right for {name}. Tries left before the account locks for a while: {tries_left}.</source>
            <translation>{name} کے لیے یہ PIN درست نہیں۔ اکاؤنٹ کچھ دیر کے لیے لاک ہونے سے پہلے باقی کوششیں: {tries_left}۔</translation>
        </message>
        <message>
            <source>{name} is locked for {seconds} more seconds after too many wrong PINs. Wait, then try again; the partner admin can unlock it sooner.</source>
            <translation>بہت سے غلط PIN کی وجہ سے {name} مزید {seconds} سیکنڈ کے لیے لاک ہے۔ انتظار کریں، پھر دوبارہ کوشش کریں؛ پارٹنر ایڈمن اسے پہلے بھی کھول سکتا ہے۔</translation>
        </message>
        <message>
            <source>{name}'s account is switched off on this workstation. Ask the partner admin.</source>
            <translation>اس کمپیوٹر پر {name} کا اکاؤنٹ بند ہے۔ پارٹنر ایڈمن سے کہیں۔</translation>
        </message>
        <message>
            <source>{name} has no PIN yet, so they cannot log in. Ask the partner admin to set one.</source>
            <translation>{name} کا ابھی کوئی PIN نہیں، اس لیے وہ لاگ اِن نہیں کر سکتے۔ پارٹنر ایڈمن سے کہیں کہ PIN بنا دیں۔</translation>
        </message>
        <message>
            <source>A PIN or password is {min} to {max} characters and not only spaces. Choose another.</source>
            <translation>PIN یا پاس ورڈ {min} سے {max} حروف کا ہوتا ہے، اور صرف خالی جگہیں نہیں ہو سکتا۔ کوئی اور چنیں۔</translation>
        </message>
        <message>
            <source>There is already a user named {name} here. Choose another name.</source>
            <translation>یہاں {name} نام کا صارف پہلے سے موجود ہے۔ کوئی اور نام چنیں۔</translation>
        </message>
        <message>
            <source>The screen is locked. {who} must enter their PIN to go on, or someone else can log in.</source>
            <translation>اسکرین لاک ہے۔ آگے بڑھنے کے لیے {who} اپنا PIN لکھیں، یا کوئی اور لاگ اِن کر سکتا ہے۔</translation>
        </message>
        <message>
            <source>{who} ({role}) may not {action}. {hint}</source>
            <translation>{who} ({role}) کو اجازت نہیں کہ {action}۔ {hint}</translation>
        </message>
        <message>
            <source>The PINs on this workstation are protected by a key kept in this computer's keyring, which cannot be read now. Log in to this computer's account again (that unlocks the keyring), or ask the partner admin. No PIN was checked.</source>
            <translation>اس کمپیوٹر پر PIN ایک چابی سے محفوظ ہیں جو اس کمپیوٹر کے کی رِنگ (keyring) میں رکھی ہے، اور وہ ابھی پڑھی نہیں جا سکتی۔ اس کمپیوٹر کے اکاؤنٹ میں دوبارہ لاگ اِن کریں (اس سے کی رِنگ کھل جاتا ہے)، یا پارٹنر ایڈمن سے کہیں۔ کوئی PIN چیک نہیں ہوا۔</translation>
        </message>
        <message>
            <source>Sync did not finish: {detail}. Everything is kept on this computer and goes next time.</source>
            <translation type="unfinished">سنک مکمل نہیں ہوا: {detail}۔ سب کچھ اس کمپیوٹر پر محفوظ ہے اور اگلی بار بھیج دیا جائے گا۔</translation>
        </message>
        <message>
            <source>The hub at {hub} cannot be reached ({detail}). Work goes on offline; everything is kept on this computer and goes at the next sync.</source>
            <translation type="unfinished">ہب {hub} تک رسائی نہیں ہو سکی ({detail})۔ کام آف لائن جاری ہے؛ سب کچھ اس کمپیوٹر پر محفوظ ہے اور اگلے سنک پر بھیج دیا جائے گا۔</translation>
        </message>
        <message>
            <source>The hub is busy or failing ({detail}). LabClient will try again later; nothing is lost.</source>
            <translation type="unfinished">ہب مصروف ہے یا ٹھیک سے کام نہیں کر رہا ({detail})۔ LabClient بعد میں دوبارہ کوشش کرے گا؛ کچھ ضائع نہیں ہوا۔</translation>
        </message>
        <message>
            <source>The hub refused this workstation's credential ({detail}). Sync has stopped. A partner admin must enrol this workstation again (Admin screen, or labclient enroll). No work is lost.</source>
            <translation type="unfinished">ہب نے اس کمپیوٹر کی شناختی اسناد رد کر دیں ({detail})۔ سنک رک گیا ہے۔ پارٹنر ایڈمن کو یہ کمپیوٹر دوبارہ رجسٹر کرنا ہوگا (ایڈمن اسکرین، یا labclient enroll)۔ کوئی کام ضائع نہیں ہوا۔</translation>
        </message>
        <message>
            <source>The answer from {hub} was not from a LabClient hub ({detail}). If this network has a login page (captive portal), open a browser and sign in, then sync again. Nothing is lost.</source>
            <translation type="unfinished">{hub} سے آنے والا جواب کسی LabClient ہب کا نہیں تھا ({detail})۔ اگر اس نیٹ ورک پر لاگ اِن کا صفحہ ہے (captive portal)، تو براؤزر کھول کر سائن اِن کریں، پھر دوبارہ سنک کریں۔ کچھ ضائع نہیں ہوا۔</translation>
        </message>
        <message>
            <source>This workstation is not enrolled with a hub yet. A partner admin enrols it with labclient enroll --hub URL, which asks for the code (or on the Admin screen).</source>
            <translation type="unfinished">یہ کمپیوٹر ابھی کسی ہب کے ساتھ رجسٹر نہیں۔ پارٹنر ایڈمن اسے labclient enroll --hub URL سے رجسٹر کرتا ہے، جو کوڈ مانگتا ہے (یا ایڈمن اسکرین پر)۔</translation>
        </message>
        <message>
            <source>The user list from the hub is older ({as_of}) than the one already here ({current}), so it was not applied. Nothing changed; the next sync brings the current list.</source>
            <translation type="unfinished">ہب سے آئی صارف فہرست ({as_of}) یہاں موجود فہرست ({current}) سے پرانی ہے، اس لیے اسے لاگو نہیں کیا گیا۔ کچھ نہیں بدلا؛ اگلا سنک موجودہ فہرست لے آئے گا۔</translation>
        </message>
        <message>
            <source>The timesheet record on this workstation has been tampered with or damaged ({detail}). It cannot be approved here; the hub keeps its own copy of everything synced. Tell the partner admin.</source>
            <translation type="unfinished">اس کمپیوٹر کا ٹائم شیٹ ریکارڈ چھیڑا گیا ہے یا خراب ہو گیا ہے ({detail})۔ اسے یہاں منظور نہیں کیا جا سکتا؛ ہب کے پاس سنک ہونے والی ہر چیز کی اپنی نقل ہے۔ پارٹنر ایڈمن کو بتائیں۔</translation>
        </message>
        <message>
            <source>There is no secure credential store on this computer ({detail}), so the hub credential cannot be kept safely. On Windows this is the Credential Manager; on Linux start a Secret Service such as GNOME Keyring. Or, knowing that anyone with this computer account can then read it, choose --credential-store file (see docs/INSTALL.md). Nothing was changed.</source>
            <translation type="unfinished">اس کمپیوٹر پر شناختی اسناد رکھنے کی کوئی محفوظ جگہ نہیں ہے ({detail})، اس لیے ہب کی شناختی اسناد محفوظ طریقے سے نہیں رکھی جا سکتیں۔ Windows پر یہ Credential Manager ہے؛ Linux پر GNOME Keyring جیسی کوئی Secret Service چلائیں۔ یا، یہ جانتے ہوئے کہ اس کمپیوٹر اکاؤنٹ والا کوئی بھی اسے پڑھ سکے گا، --credential-store file چنیں (دیکھیں docs/INSTALL.md)۔ کچھ نہیں بدلا گیا۔</translation>
        </message>
        <message>
            <source>The lab relay could not be looked for on this network ({detail}). Type its address instead.</source>
            <translation type="unfinished">اس نیٹ ورک پر لیب ریلے تلاش نہیں کیا جا سکا ({detail})۔ اس کی بجائے اس کا پتہ لکھیں۔</translation>
        </message>
        <message>
            <source>The user list from the hub is dated {as_of}, far ahead of the hub's clock ({now}), so it was not applied. Nothing changed. Ask the hub's admin to check the hub computer's clock.</source>
            <translation>ہب سے آئی صارف فہرست کی تاریخ {as_of} ہے، جو ہب کی گھڑی ({now}) سے بہت آگے ہے، اس لیے اسے لاگو نہیں کیا گیا۔ کچھ نہیں بدلا۔ ہب کے ایڈمن سے کہیں کہ ہب کمپیوٹر کی گھڑی چیک کریں۔</translation>
        </message>
        <message>
            <source>That PIN is not right for {name}. After {failures} wrong tries in a row, {name} is locked for {seconds} seconds; try again after that.</source>
            <translation>{name} کے لیے یہ PIN درست نہیں۔ لگاتار {failures} غلط کوششوں کے بعد {name} کا اکاؤنٹ {seconds} سیکنڈ کے لیے لاک ہو جاتا ہے؛ اس کے بعد دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>This workstation already has a partner admin. Ask them to add you.</source>
            <translation>اس کمپیوٹر پر پارٹنر ایڈمن پہلے سے موجود ہے۔ ان سے کہیں کہ آپ کو شامل کریں۔</translation>
        </message>
        <message>
            <source>The hub's user list is in charge on this workstation, so no admin can be made here. Add the admin at the hub.</source>
            <translation>اس کمپیوٹر پر ہب کی صارف فہرست چلتی ہے، اس لیے یہاں کوئی ایڈمن نہیں بنایا جا سکتا۔ ایڈمن کو ہب پر شامل کریں۔</translation>
        </message>
        <message>
            <source>{who} cannot switch off their own account. Another partner admin can.</source>
            <translation>{who} اپنا اکاؤنٹ خود بند نہیں کر سکتے۔ کوئی اور پارٹنر ایڈمن کر سکتا ہے۔</translation>
        </message>
        <message>
            <source>{name}'s account is switched off, so no shift can be planned for them.</source>
            <translation type="unfinished">{name} کا اکاؤنٹ بند ہے، اس لیے ان کی کوئی شفٹ طے نہیں کی جا سکتی۔</translation>
        </message>
        <message>
            <source>{name} already has a shift then ({start}–{end}). Change the times or the seat.</source>
            <translation type="unfinished">اس وقت {name} کی پہلے سے ایک شفٹ ہے ({start}–{end})۔ وقت یا سیٹ بدلیں۔</translation>
        </message>
        <message>
            <source>Seat {seat} is taken then by {name} ({start}–{end}). Change the times or the seat.</source>
            <translation type="unfinished">اس وقت سیٹ {seat} پر {name} ہیں ({start}–{end})۔ وقت یا سیٹ بدلیں۔</translation>
        </message>
        <message>
            <source>Another worker has started this task and keeps it; their draft is not touched. Go on to the next task.</source>
            <translation>کسی اور کارکن نے یہ ٹاسک شروع کر دیا ہے اور یہ انہی کے پاس رہے گا؛ ان کا ڈرافٹ نہیں چھیڑا گیا۔ اگلے ٹاسک پر جائیں۔</translation>
        </message>
        <message>
            <source>The tasks of {project} open when you pass its training. Ask your supervisor.</source>
            <translation>{project} کے ٹاسک اس کی ٹریننگ پاس کرنے پر کھلتے ہیں۔ اپنے سپروائزر سے پوچھیں۔</translation>
        </message>
        <message>
            <source>The organisation has paused your work on {project}: {why} Ask your supervisor.</source>
            <translation>ادارے نے {project} پر آپ کا کام روک دیا ہے: {why} اپنے سپروائزر سے پوچھیں۔</translation>
        </message>
        <message>
            <source>{name} is already clocked in (since {since}). Go on working, or clock out first.</source>
            <translation>{name} پہلے سے ٹائم اِن ہیں ({since} سے)۔ کام جاری رکھیں، یا پہلے ٹائم آؤٹ کریں۔</translation>
        </message>
        <message>
            <source>{name} is not clocked in: the computer restarted after the clock-in at {since}, which ended that shift. Clock in again; the supervisor can correct the time lost.</source>
            <translation>{name} ٹائم اِن نہیں ہیں: {since} کے ٹائم اِن کے بعد کمپیوٹر دوبارہ شروع ہوا، جس سے وہ شفٹ ختم ہو گئی۔ دوبارہ ٹائم اِن کریں؛ ضائع ہونے والا وقت سپروائزر درست کر سکتا ہے۔</translation>
        </message>
        <message>
            <source>{name} is not clocked in. Clock in first.</source>
            <translation>{name} ٹائم اِن نہیں ہیں۔ پہلے ٹائم اِن کریں۔</translation>
        </message>
        <message>
            <source>{name} is on a break. End the break first.</source>
            <translation>{name} وقفے پر ہیں۔ پہلے وقفہ ختم کریں۔</translation>
        </message>
        <message>
            <source>{name} is not on a break.</source>
            <translation>{name} وقفے پر نہیں ہیں۔</translation>
        </message>
        <message>
            <source>{name} is still clocked in. Approve these days after they clock out.</source>
            <translation>{name} ابھی ٹائم اِن ہیں۔ ان کے ٹائم آؤٹ کرنے کے بعد یہ دن منظور کریں۔</translation>
        </message>
        <message>
            <source>That PIN is one of the first anyone would try (like 0000, 1234 or 1212). Choose another.</source>
            <translation>یہ PIN ان میں سے ہے جو ہر کوئی سب سے پہلے آزماتا ہے (جیسے 0000، 1234 یا 1212)۔ کوئی اور چنیں۔</translation>
        </message>
        <message>
            <source>Supervisors and partner admins need a PIN or password of at least {min} characters on this workstation, so a copy of its database cannot be used to guess it. Choose a longer one.</source>
            <translation>اس کمپیوٹر پر سپروائزر اور پارٹنر ایڈمن کا PIN یا پاس ورڈ کم از کم {min} حروف کا ہونا چاہیے، تاکہ اس کے ڈیٹا بیس کی کاپی سے اسے بوجھا نہ جا سکے۔ لمبا PIN چنیں۔</translation>
        </message>
        <message>
            <source>This session has ended (logged out, or someone logged in again as this user). Log in again.</source>
            <translation>یہ سیشن ختم ہو چکا ہے (لاگ آؤٹ ہوا، یا کسی نے اسی صارف سے دوبارہ لاگ اِن کیا)۔ دوبارہ لاگ اِن کریں۔</translation>
        </message>
        <message>
            <source>The computer restarted since this login. Log in again.</source>
            <translation>اس لاگ اِن کے بعد کمپیوٹر دوبارہ شروع ہوا۔ دوبارہ لاگ اِن کریں۔</translation>
        </message>
        <message>
            <source>{name}'s account changed since the login (now: {role}). Log in again.</source>
            <translation>لاگ اِن کے بعد {name} کا اکاؤنٹ بدل گیا (اب: {role})۔ دوبارہ لاگ اِن کریں۔</translation>
        </message>
        <message>
            <source>{who} may not correct their own timesheet. Another supervisor or the partner admin must.</source>
            <translation>{who} اپنی ٹائم شیٹ خود درست نہیں کر سکتے۔ یہ کوئی اور سپروائزر یا پارٹنر ایڈمن کرے۔</translation>
        </message>
        <message>
            <source>{who} may not approve their own timesheet. Another supervisor or the partner admin must.</source>
            <translation>{who} اپنی ٹائم شیٹ خود منظور نہیں کر سکتے۔ یہ کوئی اور سپروائزر یا پارٹنر ایڈمن کرے۔</translation>
        </message>
        <message>
            <source>Nobody is logged in. Log in first.</source>
            <translation>کوئی لاگ اِن نہیں ہے۔ پہلے لاگ اِن کریں۔</translation>
        </message>
        <message>
            <source>This session was not opened by a login on this workstation. Log in again.</source>
            <translation>یہ سیشن اس کمپیوٹر پر لاگ اِن سے نہیں کھلا۔ دوبارہ لاگ اِن کریں۔</translation>
        </message>
        <message>
            <source>There is no answer of yours to take back since you logged in.</source>
            <translation>لاگ اِن کے بعد سے آپ کا کوئی جواب نہیں جسے واپس لیا جا سکے۔</translation>
        </message>
        <message>
            <source>Answers can be taken back for {minutes} minutes, and only the last one. Tell your supervisor if it was wrong.</source>
            <translation>جواب {minutes} منٹ تک واپس لیا جا سکتا ہے، اور صرف آخری۔ اگر وہ غلط تھا تو اپنے سپروائزر کو بتائیں۔</translation>
        </message>
        <message>
            <source>It has already gone to the hub. Tell your supervisor if it was wrong: a review can correct it.</source>
            <translation>یہ ہب کو جا چکا ہے۔ اگر غلط تھا تو اپنے سپروائزر کو بتائیں: جائزے میں اسے درست کیا جا سکتا ہے۔</translation>
        </message>
        <message>
            <source>It was a checked task and you have seen its answer, so it stays as it is.</source>
            <translation>یہ جانچ والا ٹاسک تھا اور آپ اس کا جواب دیکھ چکے ہیں، اس لیے یہ ویسا ہی رہے گا۔</translation>
        </message>
        <message>
            <source>Another worker has started this task since. Tell your supervisor if your answer was wrong.</source>
            <translation>اس کے بعد کسی اور کارکن نے یہ ٹاسک شروع کر دیا ہے۔ اگر آپ کا جواب غلط تھا تو اپنے سپروائزر کو بتائیں۔</translation>
        </message>
        <message>
            <source>A supervisor has already reviewed it.</source>
            <translation>سپروائزر اس کا جائزہ پہلے ہی لے چکا ہے۔</translation>
        </message>
        <message>
            <source>There is no result {result} on this computer to review. Refresh the list.</source>
            <translation>اس کمپیوٹر پر جائزے کے لیے نتیجہ {result} موجود نہیں۔ فہرست تازہ کریں۔</translation>
        </message>
        <message>
            <source>Only a submitted answer to a production task can be reviewed, not this one.</source>
            <translation>صرف اصل (پروڈکشن) ٹاسک کے جمع شدہ جواب کا جائزہ لیا جا سکتا ہے، اس کا نہیں۔</translation>
        </message>
        <message>
            <source>The note is {length} characters long; keep it to {limit}.</source>
            <translation>نوٹ {length} حروف کا ہے؛ اسے {limit} حروف تک رکھیں۔</translation>
        </message>
        <message>
            <source>Say in the note what was wrong, so that the worker learns from the correction.</source>
            <translation>نوٹ میں لکھیں کہ کیا غلط تھا، تاکہ کارکن اس درستی سے سیکھے۔</translation>
        </message>
        <message>
            <source>The correction is the same as the worker's answer. Accept it instead.</source>
            <translation>درستی بالکل کارکن کے جواب جیسی ہے۔ اس کے بجائے جواب قبول کریں۔</translation>
        </message>
        <message>
            <source>Nobody reviews their own answers. Another supervisor or the partner admin must.</source>
            <translation>کوئی بھی اپنے جوابوں کا جائزہ خود نہیں لیتا۔ یہ کوئی اور سپروائزر یا پارٹنر ایڈمن کرے۔</translation>
        </message>
        <message>
            <source>Ask a supervisor or the partner admin.</source>
            <translation>کسی سپروائزر یا پارٹنر ایڈمن سے کہیں۔</translation>
        </message>
        <message>
            <source>Each worker sees and changes only their own.</source>
            <translation>ہر کارکن صرف اپنا کام دیکھ اور بدل سکتا ہے۔</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>LabClient met an unexpected error</source>
            <translation>LabClient میں ایک غیر متوقع خرابی آئی</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>غیر متوقع خرابی</translation>
        </message>
        <message>
            <source>The details are also kept in {file}.</source>
            <translation>تفصیل {file} میں بھی محفوظ ہے۔</translation>
        </message>
        <message>
            <source>No log could be written on this computer.</source>
            <translation>اس کمپیوٹر پر کوئی لاگ فائل نہیں لکھی جا سکی۔</translation>
        </message>
        <message>
            <source>Something went wrong inside LabClient. Your saved work and drafts are kept. If it happens again, copy the details below and send them to whoever supports your lab.</source>
            <translation>LabClient کے اندر کچھ غلط ہو گیا۔ آپ کا محفوظ کام اور ڈرافٹ محفوظ ہیں۔ اگر دوبارہ ہو تو نیچے دی گئی تفصیل کاپی کریں اور اپنی لیب کی مدد کرنے والے کو بھیجیں۔</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>کیا ہوا</translation>
        </message>
        <message>
            <source>Error details</source>
            <translation>خرابی کی تفصیل</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>تفصیل کاپی کریں</translation>
        </message>
        <message>
            <source>Copy the error details</source>
            <translation>خرابی کی تفصیل کاپی کریں</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>بند کریں</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>کاپی ہو گئی</translation>
        </message>
    </context>
    <context>
        <name>FeedbackView</name>
        <message>
            <source>Practice task</source>
            <translation>مشق کا ٹاسک</translation>
        </message>
        <message>
            <source>Your result</source>
            <translation>آپ کا نتیجہ</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>آپ کا جواب</translation>
        </message>
        <message>
            <source>The right answer</source>
            <translation>درست جواب</translation>
        </message>
        <message>
            <source>Your answers and the right answers</source>
            <translation>آپ کے جواب اور درست جواب</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>کیوں</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>وضاحت</translation>
        </message>
        <message>
            <source>Continue (Enter)</source>
            <translation>جاری رکھیں (Enter)</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>جاری رکھیں</translation>
        </message>
        <message>
            <source>Go on to the next task</source>
            <translation>اگلے ٹاسک پر جائیں</translation>
        </message>
        <message>
            <source>Enter or Esc: continue to the next task · Tab: move to your answer and the explanation</source>
            <translation>Enter یا Esc: اگلے ٹاسک پر جائیں · Tab: اپنے جواب اور وضاحت پر جائیں</translation>
        </message>
        <message>
            <source>✓ Well done: {0}%</source>
            <translation>✓ شاباش: {0}%</translation>
        </message>
        <message>
            <source>Not quite: {0}% (pass mark {1}%)</source>
            <translation>تھوڑی کمی رہ گئی: {0}% (پاسنگ مارکس {1}%)</translation>
        </message>
        <message>
            <source>This task is for practice: it does not count. Compare your answer with the right answer below, then go on.</source>
            <translation>یہ ٹاسک مشق کے لیے ہے: یہ گنا نہیں جاتا۔ نیچے اپنا جواب درست جواب سے ملائیں، پھر آگے بڑھیں۔</translation>
        </message>
        <message>
            <source>We knew the answer to this task, so your work could be checked. Compare your answer with the right answer below, then go on.</source>
            <translation>اس ٹاسک کا جواب ہمیں پہلے سے معلوم تھا، اس لیے آپ کا کام جانچا جا سکا۔ نیچے اپنا جواب درست جواب سے ملائیں، پھر آگے بڑھیں۔</translation>
        </message>
        <message>
            <source>You wrote “{0}”; the right answer has “{1}”.</source>
            <translation>آپ نے "{0}" لکھا؛ درست جواب میں "{1}" ہے۔</translation>
        </message>
        <message>
            <source>You added “{0}”.</source>
            <translation>آپ نے "{0}" زیادہ لکھا۔</translation>
        </message>
        <message>
            <source>You missed “{0}”.</source>
            <translation>آپ سے "{0}" رہ گیا۔</translation>
        </message>
        <message>
            <source>(nothing)</source>
            <translation>(کچھ نہیں)</translation>
        </message>
        <message>
            <source>Other differences: {0}.</source>
            <translation>دوسرے فرق: {0}۔</translation>
        </message>
        <message>
            <source>Every word is right.</source>
            <translation>ہر لفظ درست ہے۔</translation>
        </message>
        <message>
            <source>Words right: {0} of {1}</source>
            <translation>درست الفاظ: {1} میں سے {0}</translation>
        </message>
        <message>
            <source>Wrong: {0}</source>
            <translation>غلط: {0}</translation>
        </message>
        <message>
            <source>Missed: {0}</source>
            <translation>رہ گئے: {0}</translation>
        </message>
        <message>
            <source>Added: {0}</source>
            <translation>زیادہ: {0}</translation>
        </message>
        <message>
            <source>word</source>
            <translation>لفظ</translation>
        </message>
        <message>
            <source>{0} a wrong word</source>
            <translation>{0}: غلط لفظ</translation>
        </message>
        <message>
            <source>{0} the right word</source>
            <translation>{0}: درست لفظ</translation>
        </message>
        <message>
            <source>{0} a word you added</source>
            <translation>{0}: آپ کا زیادہ لکھا لفظ</translation>
        </message>
        <message>
            <source>{0} a word you missed</source>
            <translation>{0}: آپ سے رہ جانے والا لفظ</translation>
        </message>
        <message>
            <source>Both answers are shown as they were compared: without capitals or punctuation.</source>
            <translation>دونوں جواب ویسے دکھائے گئے ہیں جیسے ان کا موازنہ ہوا: بڑے حروف اور رموزِ اوقاف کے بغیر۔</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>لیبل</translation>
        </message>
        <message>
            <source>You chose it</source>
            <translation>آپ نے چنا</translation>
        </message>
        <message>
            <source>In the right answer</source>
            <translation>درست جواب میں</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>نتیجہ</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>خانہ</translation>
        </message>
        <message>
            <source>No label was to be chosen, and you chose none.</source>
            <translation>کوئی لیبل نہیں چننا تھا، اور آپ نے کوئی نہیں چنا۔</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>ہاں</translation>
        </message>
        <message>
            <source>No</source>
            <translation>نہیں</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(خالی)</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>نتیجہ</translation>
        </message>
        <message>
            <source>✓ Right</source>
            <translation>✓ درست</translation>
        </message>
        <message>
            <source>✗ Wrong</source>
            <translation>✗ غلط</translation>
        </message>
    </context>
    <context>
        <name>Flag</name>
        <message>
            <source>{detail}</source>
            <translation type="unfinished">{detail}</translation>
        </message>
        <message numerus="yes">
            <source>The timesheet record is whole (%n events).</source>
            <translation type="unfinished">
                <numerusform>ٹائم شیٹ ریکارڈ پورا اور درست ہے (%n اندراج)۔</numerusform>
                <numerusform>ٹائم شیٹ ریکارڈ پورا اور درست ہے (%n اندراجات)۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{problem} (and %n more problems)</source>
            <translation type="unfinished">
                <numerusform>{problem} (اور %n مزید مسئلہ)</numerusform>
                <numerusform>{problem} (اور %n مزید مسائل)</numerusform>
            </translation>
        </message>
        <message>
            <source>An event waiting to go to the hub ({event_id}) is missing from the timesheet: it was deleted.</source>
            <translation type="unfinished">ہب کو بھیجے جانے کا منتظر ایک اندراج ({event_id}) ٹائم شیٹ سے غائب ہے: اسے مٹا دیا گیا۔</translation>
        </message>
        <message>
            <source>An event ({event_id}) has a damaged position number: it was changed.</source>
            <translation type="unfinished">ایک اندراج ({event_id}) کا ترتیبی نمبر خراب ہے: اسے بدلا گیا۔</translation>
        </message>
        <message>
            <source>Event {event} ({what}) was changed after it was stored.</source>
            <translation type="unfinished">اندراج {event} ({what}) محفوظ ہونے کے بعد بدلا گیا۔</translation>
        </message>
        <message>
            <source>Event {first} is missing: deleted from the record.</source>
            <translation type="unfinished">اندراج {first} غائب ہے: اسے ریکارڈ سے مٹا دیا گیا۔</translation>
        </message>
        <message>
            <source>Events {first}–{last} are missing: deleted from the record.</source>
            <translation type="unfinished">اندراجات {first}–{last} غائب ہیں: انہیں ریکارڈ سے مٹا دیا گیا۔</translation>
        </message>
        <message>
            <source>Event {event} ({event_id}) appears twice or out of place: it was changed.</source>
            <translation type="unfinished">اندراج {event} ({event_id}) دو بار آیا ہے یا اپنی جگہ پر نہیں: اسے بدلا گیا۔</translation>
        </message>
        <message>
            <source>Event {event} ({what}) does not follow event {before}: an event before it was changed or replaced.</source>
            <translation type="unfinished">اندراج {event} ({what}) اندراج {before} سے نہیں جڑتا: اس سے پہلے کا کوئی اندراج بدلا گیا یا اس کی جگہ دوسرا رکھ دیا گیا۔</translation>
        </message>
        <message>
            <source>The last event {first} is missing: deleted from the record.</source>
            <translation type="unfinished">آخری اندراج {first} غائب ہے: اسے ریکارڈ سے مٹا دیا گیا۔</translation>
        </message>
        <message>
            <source>The last events {first}–{last} are missing: deleted from the record.</source>
            <translation type="unfinished">آخری اندراجات {first}–{last} غائب ہیں: انہیں ریکارڈ سے مٹا دیا گیا۔</translation>
        </message>
        <message>
            <source>The last event ({event}) was replaced.</source>
            <translation type="unfinished">آخری اندراج ({event}) کی جگہ دوسرا رکھ دیا گیا۔</translation>
        </message>
        <message>
            <source>The correction of {name}'s {day} ({clocked} on the clock, {active} active; reason: {reason}) signed by {by} (id {by_id})</source>
            <translation type="unfinished">{by} (id {by_id}) کے دستخط والی، {day} کو {name} کے وقت کی درستی (حاضری {clocked}، فعال {active}؛ وجہ: {reason})</translation>
        </message>
        <message>
            <source>The approval of {name}'s hours from {first} to {last} signed by {by} (id {by_id})</source>
            <translation type="unfinished">{by} (id {by_id}) کے دستخط والی، {first} سے {last} تک {name} کے گھنٹوں کی منظوری</translation>
        </message>
        <message>
            <source>{name}'s {day} has {active} active against {clocked} on the clock (after corrections); only {clocked} of active time counts.</source>
            <translation type="unfinished">{day} کو {name} کا فعال وقت {active} ہے جبکہ حاضری کا وقت {clocked} ہے (درستیوں کے بعد)؛ فعال وقت میں سے صرف {clocked} گنا جاتا ہے۔</translation>
        </message>
        <message numerus="yes">
            <source>{name} stored %n result(s) on {day} while not clocked in: that work is not on the clock.</source>
            <translation type="unfinished">
                <numerusform>{name} نے {day} کو ٹائم اِن کے بغیر %n نتیجہ محفوظ کیا: وہ کام حاضری کے وقت میں شامل نہیں۔</numerusform>
                <numerusform>{name} نے {day} کو ٹائم اِن کے بغیر %n نتائج محفوظ کیے: وہ کام حاضری کے وقت میں شامل نہیں۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} submitted %n result(s) on {day} faster than the work can be done: check them before they are paid or delivered.</source>
            <translation type="unfinished">
                <numerusform>{name} نے {day} کو %n نتیجہ اتنی جلدی جمع کیا جتنی جلدی یہ کام ممکن نہیں: ادائیگی یا ترسیل سے پہلے اسے چیک کریں۔</numerusform>
                <numerusform>{name} نے {day} کو %n نتائج اتنی جلدی جمع کیے جتنی جلدی یہ کام ممکن نہیں: ادائیگی یا ترسیل سے پہلے انہیں چیک کریں۔</numerusform>
            </translation>
        </message>
        <message>
            <source>The computer restarted during {name}'s shift (clocked in {since}). The shift ends at the last thing recorded before the restart ({until}); time until the next clock-in is not counted.</source>
            <translation type="unfinished">{name} کی شفٹ کے دوران کمپیوٹر دوبارہ شروع ہوا ({since} کو ٹائم اِن)۔ شفٹ کمپیوٹر کے دوبارہ شروع ہونے سے پہلے درج آخری سرگرمی ({until}) پر ختم ہوتی ہے؛ اگلے ٹائم اِن تک کا وقت نہیں گنا جاتا۔</translation>
        </message>
        <message>
            <source>{taker} clocked in at this workstation at {at} while {name} was still clocked in here (since {since}; LabClient was probably closed without clocking out). One seat counts one person at a time: {name}'s time is not counted from the last thing recorded for them here ({seen}) until they are seen working again.</source>
            <translation type="unfinished">{taker} نے {at} کو اس کمپیوٹر پر ٹائم اِن کیا جبکہ {name} ابھی یہیں ٹائم اِن تھے ({since} سے؛ غالباً LabClient ٹائم آؤٹ کیے بغیر بند کر دیا گیا)۔ ایک سیٹ پر ایک وقت میں ایک ہی شخص گنا جاتا ہے: {name} کا وقت یہاں ان کی آخری درج سرگرمی ({seen}) سے اس وقت تک نہیں گنا جاتا جب تک وہ دوبارہ کام کرتے نظر نہ آئیں۔</translation>
        </message>
        <message>
            <source>{taker} was working at this workstation at {at} while {name} was still clocked in here (since {since}; LabClient was probably closed without clocking out). One seat counts one person at a time: {name}'s time is not counted from the last thing recorded for them here ({seen}) until they are seen working again.</source>
            <translation type="unfinished">{taker} {at} کو اس کمپیوٹر پر کام کر رہے تھے جبکہ {name} ابھی یہیں ٹائم اِن تھے ({since} سے؛ غالباً LabClient ٹائم آؤٹ کیے بغیر بند کر دیا گیا)۔ ایک سیٹ پر ایک وقت میں ایک ہی شخص گنا جاتا ہے: {name} کا وقت یہاں ان کی آخری درج سرگرمی ({seen}) سے اس وقت تک نہیں گنا جاتا جب تک وہ دوبارہ کام کرتے نظر نہ آئیں۔</translation>
        </message>
        <message>
            <source>{name}: a {what} (event {event}) outside a shift was not counted.</source>
            <translation type="unfinished">{name}: شفٹ سے باہر کا اندراج {event} ({what}) نہیں گنا گیا۔</translation>
        </message>
        <message>
            <source>{name}: activity reported during a break (event {event}) was not counted.</source>
            <translation type="unfinished">{name}: وقفے کے دوران درج سرگرمی (اندراج {event}) نہیں گنی گئی۔</translation>
        </message>
        <message>
            <source>{name} reported {claimed} of activity where only {passed} had passed (event {event}); only {passed} counts.</source>
            <translation type="unfinished">{name} نے {claimed} کی سرگرمی درج کی جبکہ صرف {passed} کا وقت گزرا تھا (اندراج {event})؛ صرف {passed} گنا جاتا ہے۔</translation>
        </message>
        <message>
            <source>{name} reported {reported} of activity in a shift of {clocked} on the clock; only the clocked time counts.</source>
            <translation type="unfinished">{name} نے {clocked} حاضری والی شفٹ میں {reported} کی سرگرمی درج کی؛ صرف حاضری کا وقت گنا جاتا ہے۔</translation>
        </message>
        <message>
            <source>This computer's clock was moved forward by {span} (around event {event}, {wall}), or the computer slept. Hours are measured on the computer's running time, so they are not affected.</source>
            <translation type="unfinished">اس کمپیوٹر کی گھڑی {span} آگے کی گئی (اندراج {event} کے آس پاس، {wall})، یا کمپیوٹر سلیپ میں چلا گیا۔ گھنٹے کمپیوٹر کے چلنے کے وقت پر ناپے جاتے ہیں، اس لیے ان پر کوئی اثر نہیں۔</translation>
        </message>
        <message>
            <source>This computer's clock was moved back by {span} (around event {event}, {wall}), or the computer slept. Hours are measured on the computer's running time, so they are not affected.</source>
            <translation type="unfinished">اس کمپیوٹر کی گھڑی {span} پیچھے کی گئی (اندراج {event} کے آس پاس، {wall})، یا کمپیوٹر سلیپ میں چلا گیا۔ گھنٹے کمپیوٹر کے چلنے کے وقت پر ناپے جاتے ہیں، اس لیے ان پر کوئی اثر نہیں۔</translation>
        </message>
        <message>
            <source>{name} clocked in again (event {event}) without clocking out; the second clock-in is ignored.</source>
            <translation type="unfinished">{name} نے ٹائم آؤٹ کیے بغیر دوبارہ ٹائم اِن کیا (اندراج {event})؛ دوسرا ٹائم اِن نہیں گنا جاتا۔</translation>
        </message>
        <message>
            <source>{name} clocked in at {at}, outside the shifts planned for them that day ({shifts}).</source>
            <translation type="unfinished">{name} نے {at} کو ٹائم اِن کیا، جو اس دن ان کی طے شدہ شفٹوں ({shifts}) سے باہر ہے۔</translation>
        </message>
        <message>
            <source>{what} does not count: there is no user with the id {by} on this workstation. It was not made by LabClient's own screens; someone may have written it into the database by hand.</source>
            <translation type="unfinished">{what} شمار نہیں ہوتی: اس کمپیوٹر پر id {by} والا کوئی صارف نہیں۔ یہ LabClient کی اپنی اسکرینوں سے نہیں بنی؛ ہو سکتا ہے کسی نے اسے ہاتھ سے ڈیٹا بیس میں لکھ دیا ہو۔</translation>
        </message>
        <message>
            <source>{what} does not count: {name} is a {role} here, and only a supervisor or an admin may sign it. It was not made by LabClient's own screens; someone may have written it into the database by hand.</source>
            <translation type="unfinished">{what} شمار نہیں ہوتی: {name} یہاں {role} ہیں، اور اس پر صرف سپروائزر یا ایڈمن دستخط کر سکتا ہے۔ یہ LabClient کی اپنی اسکرینوں سے نہیں بنی؛ ہو سکتا ہے کسی نے اسے ہاتھ سے ڈیٹا بیس میں لکھ دیا ہو۔</translation>
        </message>
        <message>
            <source>{what} does not count: {name} signed it for their own timesheet. It was not made by LabClient's own screens; someone may have written it into the database by hand.</source>
            <translation type="unfinished">{what} شمار نہیں ہوتی: {name} نے اپنی ہی ٹائم شیٹ کے لیے اس پر دستخط کیے۔ یہ LabClient کی اپنی اسکرینوں سے نہیں بنی؛ ہو سکتا ہے کسی نے اسے ہاتھ سے ڈیٹا بیس میں لکھ دیا ہو۔</translation>
        </message>
    </context>
    <context>
        <name>HoursPanel</name>
        <message>
            <source>Previous week</source>
            <translation>پچھلا ہفتہ</translation>
        </message>
        <message>
            <source>&amp;This week</source>
            <translation>یہ ہفتہ (&amp;T)</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>یہ ہفتہ</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>اگلا ہفتہ</translation>
        </message>
        <message>
            <source>Go to the week of a day</source>
            <translation>کسی دن والے ہفتے پر جائیں</translation>
        </message>
        <message>
            <source>&amp;Go to:</source>
            <translation>جائیں (&amp;G):</translation>
        </message>
        <message>
            <source>E&amp;xport payroll CSV…</source>
            <translation>تنخواہ کی CSV فائل بنائیں (&amp;X)…</translation>
        </message>
        <message>
            <source>Export payroll CSV</source>
            <translation>تنخواہ کی CSV فائل بنائیں</translation>
        </message>
        <message>
            <source>Save the approved hours that fall in this week as a CSV file for payroll. Hours that are not approved are not in it.</source>
            <translation>اس ہفتے کے منظور شدہ گھنٹے تنخواہ کے لیے CSV فائل میں محفوظ کریں۔ جو گھنٹے منظور نہیں ہوئے وہ اس میں شامل نہیں۔</translation>
        </message>
        <message>
            <source>Hours of the week</source>
            <translation>ہفتے کے گھنٹے</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>کارکن</translation>
        </message>
        <message>
            <source>Clocked</source>
            <translation>حاضری</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>فعال</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>نتائج</translation>
        </message>
        <message>
            <source>Results per active hour</source>
            <translation>فی فعال گھنٹہ نتائج</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>انتباہ</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>منظوری</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>درستگی</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>جائزہ</translation>
        </message>
        <message>
            <source>How many of the week's answers a supervisor reviewed (Review tab), and how many of those were accepted as they were.</source>
            <translation>ہفتے کے کتنے جوابوں کا سپروائزر نے جائزہ لیا (جائزہ ٹیب)، اور ان میں سے کتنے جوں کے توں قبول ہوئے۔</translation>
        </message>
        <message>
            <source>The mean score of the week's checked (gold) tasks, and how many there were. Practice tasks do not count.</source>
            <translation>ہفتے کے جانچ (گولڈ) ٹاسک کا اوسط اسکور، اور وہ کتنے تھے۔ مشق کے ٹاسک شامل نہیں۔</translation>
        </message>
        <message>
            <source>&amp;Correct…</source>
            <translation>درست کریں (&amp;C)…</translation>
        </message>
        <message>
            <source>Correct the selected worker's time</source>
            <translation>چنے گئے کارکن کا وقت درست کریں</translation>
        </message>
        <message>
            <source>&amp;Approve week</source>
            <translation>ہفتہ منظور کریں (&amp;A)</translation>
        </message>
        <message>
            <source>Approve the selected worker's week</source>
            <translation>چنے گئے کارکن کا ہفتہ منظور کریں</translation>
        </message>
        <message>
            <source>Show &amp;everyone's flags</source>
            <translation>سب کے انتباہ دکھائیں (&amp;E)</translation>
        </message>
        <message>
            <source>Show everyone's flags</source>
            <translation>سب کے انتباہ دکھائیں</translation>
        </message>
        <message>
            <source>Flags of the week</source>
            <translation>ہفتے کے انتباہ</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>دن</translation>
        </message>
        <message>
            <source>What</source>
            <translation>کیا</translation>
        </message>
        <message>
            <source>{0} &amp;Previous week</source>
            <translation>{0} پچھلا ہفتہ (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Next week {0}</source>
            <translation>اگلا ہفتہ {0} (&amp;N)</translation>
        </message>
        <message>
            <source>Week of {0} – {1}</source>
            <translation>ہفتہ: {0} – {1}</translation>
        </message>
        <message>
            <source>This is the current week.</source>
            <translation>یہ موجودہ ہفتہ ہے۔</translation>
        </message>
        <message>
            <source>Reading the hours…</source>
            <translation>گھنٹے پڑھے جا رہے ہیں…</translation>
        </message>
        <message>
            <source>{0} (you)</source>
            <translation>{0} (آپ)</translation>
        </message>
        <message>
            <source>{0} ({1} not clocked in)</source>
            <translation>{0} ({1} بغیر ٹائم اِن)</translation>
        </message>
        <message>
            <source>{0}, {1} too fast</source>
            <translation>{0}، {1} بہت تیز</translation>
        </message>
        <message>
            <source>{0} (+{1} skipped or flagged)</source>
            <translation>{0} (+{1} چھوڑے یا رپورٹ کیے)</translation>
        </message>
        <message>
            <source>{0}% of {1}</source>
            <translation>{0}%، {1} ٹاسک</translation>
        </message>
        <message>
            <source>{0} of {1} accepted</source>
            <translation>{1} میں سے {0} قبول</translation>
        </message>
        <message>
            <source>{0} of these results were stored while not clocked in: that work is not on the clock.</source>
            <translation>ان میں سے {0} نتائج ٹائم اِن کے بغیر محفوظ ہوئے: وہ کام حاضری کے وقت میں شامل نہیں۔</translation>
        </message>
        <message>
            <source>{0} of these results were submitted faster than the work can be done: check them before they are paid or delivered.</source>
            <translation>ان میں سے {0} نتائج اتنی جلدی جمع ہوئے جتنی جلدی یہ کام ممکن نہیں: ادائیگی یا ترسیل سے پہلے انہیں چیک کریں۔</translation>
        </message>
        <message>
            <source>{0} checked tasks this week, mean score {1}%.</source>
            <translation>اس ہفتے {0} جانچ ٹاسک، اوسط اسکور {1}%۔</translation>
        </message>
        <message>
            <source>{0}, under the pass mark</source>
            <translation>{0}، پاسنگ مارکس سے کم</translation>
        </message>
        <message>
            <source>Under the pass mark: a mean score of {0}% on {1} checked tasks this week, where {2}% is needed. Her answers are reviewed more often (Review tab); talk to her about the task's instructions.</source>
            <translation>پاسنگ مارکس سے کم: اس ہفتے {1} جانچ ٹاسک پر اوسط اسکور {0}%، جبکہ {2}% ضروری ہے۔ اس کے جوابوں کا جائزہ زیادہ بار ہوتا ہے (جائزہ ٹیب)؛ اس سے ٹاسک کی ہدایات کے بارے میں بات کریں۔</translation>
        </message>
        <message>
            <source>Not approved</source>
            <translation>منظور نہیں</translation>
        </message>
        <message>
            <source>Not in the payroll export until approved.</source>
            <translation>منظوری تک تنخواہ کی فائل میں شامل نہیں۔</translation>
        </message>
        <message>
            <source>Approved by {0}, {1}: {2} clocked, {3} active.</source>
            <translation>{0} نے {1} کو منظور کیا: حاضری {2}، فعال {3}۔</translation>
        </message>
        <message>
            <source>Changed since approval: approve again</source>
            <translation>منظوری کے بعد بدلا گیا: دوبارہ منظور کریں</translation>
        </message>
        <message>
            <source>Now: {0} clocked, {1} active. The payroll export shows the approved hours until the week is approved again.</source>
            <translation>اب: حاضری {0}، فعال {1}۔ ہفتہ دوبارہ منظور ہونے تک تنخواہ کی فائل میں پہلے والے منظور شدہ گھنٹے ہی آئیں گے۔</translation>
        </message>
        <message>
            <source>Approved by {0}, {1}</source>
            <translation>{0} نے منظور کیا، {1}</translation>
        </message>
        <message>
            <source>Whole record</source>
            <translation>پورا ریکارڈ</translation>
        </message>
        <message>
            <source>Flags for {0} this week: {1}</source>
            <translation>اس ہفتے {0} کے انتباہ: {1}</translation>
        </message>
        <message>
            <source>No flags for {0} this week.</source>
            <translation>اس ہفتے {0} کے لیے کوئی انتباہ نہیں۔</translation>
        </message>
        <message>
            <source>Flags this week, everyone: {0}</source>
            <translation>اس ہفتے سب کے انتباہ: {0}</translation>
        </message>
        <message>
            <source>No flags this week.</source>
            <translation>اس ہفتے کوئی انتباہ نہیں۔</translation>
        </message>
        <message>
            <source>Add or take away time on a day of this week, with a reason.</source>
            <translation>اس ہفتے کے کسی دن وقت بڑھائیں یا گھٹائیں، وجہ کے ساتھ۔</translation>
        </message>
        <message>
            <source>Record this week's totals as approved. Only approved hours go into the payroll export.</source>
            <translation>اس ہفتے کا کُل وقت منظور شدہ درج کریں۔ تنخواہ کی فائل میں صرف منظور شدہ گھنٹے جاتے ہیں۔</translation>
        </message>
        <message>
            <source>Select a worker in the table first.</source>
            <translation>پہلے ٹیبل میں کوئی کارکن چنیں۔</translation>
        </message>
        <message>
            <source>You cannot correct your own timesheet. Another supervisor or the partner admin must.</source>
            <translation>آپ اپنی ٹائم شیٹ خود درست نہیں کر سکتے۔ یہ کوئی اور سپروائزر یا پارٹنر ایڈمن کرے۔</translation>
        </message>
        <message>
            <source>You cannot approve your own timesheet. Another supervisor or the partner admin must.</source>
            <translation>آپ اپنی ٹائم شیٹ خود منظور نہیں کر سکتے۔ یہ کوئی اور سپروائزر یا پارٹنر ایڈمن کرے۔</translation>
        </message>
        <message>
            <source>Approving…</source>
            <translation>منظور ہو رہا ہے…</translation>
        </message>
        <message>
            <source>Corrected {0}'s time on {1}: {2} clocked, {3} active.</source>
            <translation>{1} کو {0} کا وقت درست کیا: حاضری {2}، فعال {3}۔</translation>
        </message>
        <message>
            <source>{0} is still clocked in, so this week cannot be approved yet: her shift has no end. Ask her to clock out, then approve; or approve the week once it is over.</source>
            <translation>{0} ابھی ٹائم اِن ہیں، اس لیے یہ ہفتہ ابھی منظور نہیں ہو سکتا: ان کی شفٹ ختم نہیں ہوئی۔ ان سے ٹائم آؤٹ کروائیں، پھر منظور کریں؛ یا ہفتہ ختم ہونے پر منظور کریں۔</translation>
        </message>
        <message>
            <source>Approve the week</source>
            <translation>ہفتہ منظور کریں</translation>
        </message>
        <message>
            <source>Approve {0}'s hours for the {1}?</source>
            <translation>{0} کے گھنٹے ({1}) منظور کریں؟</translation>
        </message>
        <message>
            <source>Clocked {0}, active {1}, {2} results.</source>
            <translation>حاضری {0}، فعال {1}، {2} نتائج۔</translation>
        </message>
        <message>
            <source>Flags to look at first: {0}. They are listed under the table.</source>
            <translation>پہلے دیکھنے والے انتباہ: {0}۔ یہ ٹیبل کے نیچے درج ہیں۔</translation>
        </message>
        <message>
            <source>No flags.</source>
            <translation>کوئی انتباہ نہیں۔</translation>
        </message>
        <message>
            <source>Only approved hours go into the payroll export.</source>
            <translation>تنخواہ کی فائل میں صرف منظور شدہ گھنٹے جاتے ہیں۔</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>منظور کریں (&amp;A)</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>منظور کریں</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>week of {0} – {1}</source>
            <translation>{0} – {1} والا ہفتہ</translation>
        </message>
        <message>
            <source>Approving {0}'s week…</source>
            <translation>{0} کا ہفتہ منظور ہو رہا ہے…</translation>
        </message>
        <message>
            <source>Approved {0}'s week: {1} clocked, {2} active.</source>
            <translation>{0} کا ہفتہ منظور ہو گیا: حاضری {1}، فعال {2}۔</translation>
        </message>
        <message>
            <source>payroll-{0}-to-{1}.csv</source>
            <translation>payroll-{0}-to-{1}.csv</translation>
        </message>
        <message>
            <source>Save the payroll CSV (approved hours only)</source>
            <translation>تنخواہ کی CSV فائل محفوظ کریں (صرف منظور شدہ گھنٹے)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV فائلیں (*.csv)</translation>
        </message>
        <message>
            <source>Saved 1 row to {0}. The file holds approved hours only.</source>
            <translation>1 قطار {0} میں محفوظ ہوئی۔ فائل میں صرف منظور شدہ گھنٹے ہیں۔</translation>
        </message>
        <message>
            <source>Saved {0} rows to {1}. The file holds approved hours only.</source>
            <translation>{0} قطاریں {1} میں محفوظ ہوئیں۔ فائل میں صرف منظور شدہ گھنٹے ہیں۔</translation>
        </message>
        <message>
            <source>Saved {0}, but nobody's hours in this week are approved yet, so it has no rows. Approve the weeks first.</source>
            <translation>{0} محفوظ ہو گئی، لیکن اس ہفتے ابھی کسی کے گھنٹے منظور نہیں ہوئے، اس لیے اس میں کوئی قطار نہیں۔ پہلے ہفتے منظور کریں۔</translation>
        </message>
        <message>
            <source>The file could not be saved ({0}). Choose another folder.</source>
            <translation>فائل محفوظ نہیں ہو سکی ({0})۔ کوئی اور فولڈر چنیں۔</translation>
        </message>
    </context>
    <context>
        <name>IdlePrompt</name>
        <message>
            <source>Are you still working?</source>
            <translation>کیا آپ ابھی کام کر رہے ہیں؟</translation>
        </message>
        <message>
            <source>There was no input for {0} minutes, so your time is paused. It counts again when you say you are working.</source>
            <translation>{0} منٹ تک کی بورڈ یا ماؤس استعمال نہیں ہوا، اس لیے آپ کا وقت رُکا ہوا ہے۔ جب آپ بتائیں گے کہ کام جاری ہے تو وقت پھر سے گنا جائے گا۔</translation>
        </message>
        <message>
            <source>Yes, I am working (Enter)</source>
            <translation>ہاں، کام جاری ہے (Enter)</translation>
        </message>
        <message>
            <source>Yes, I am working</source>
            <translation>ہاں، کام جاری ہے</translation>
        </message>
        <message>
            <source>No, keep my time paused (Esc)</source>
            <translation>نہیں، میرا وقت رُکا رہنے دیں (Esc)</translation>
        </message>
        <message>
            <source>No, keep my time paused</source>
            <translation>نہیں، میرا وقت رُکا رہنے دیں</translation>
        </message>
    </context>
    <context>
        <name>ImageView</name>
        <message>
            <source>Image</source>
            <translation>تصویر</translation>
        </message>
        <message>
            <source>Zoom with Ctrl+Plus and Ctrl+Minus, fit with Ctrl+0</source>
            <translation>Ctrl+Plus اور Ctrl+Minus سے زوم کریں، Ctrl+0 سے پوری تصویر دکھائیں</translation>
        </message>
        <message>
            <source>the file is missing</source>
            <translation>فائل موجود نہیں</translation>
        </message>
    </context>
    <context>
        <name>Issue</name>
        <message>
            <source>This result is incomplete.</source>
            <translation>یہ نتیجہ نامکمل ہے۔</translation>
        </message>
        <message>
            <source>The transcript is empty.</source>
            <translation type="unfinished">ٹرانسکرپٹ خالی ہے۔</translation>
        </message>
        <message>
            <source>The transcript is {n} characters long; the most is {max}.</source>
            <translation>تحریر {n} حروف کی ہے؛ زیادہ سے زیادہ {max} ہو سکتے ہیں۔</translation>
        </message>
        <message>
            <source>{token} is not a token of this project (allowed: {choices}).</source>
            <translation>{token} اس پروجیکٹ کا ٹوکن نہیں ہے (جائز ٹوکن: {choices})۔</translation>
        </message>
        <message>
            <source>Choose labels from the list only, each once.</source>
            <translation>صرف فہرست سے لیبل چنیں، ہر ایک صرف ایک بار۔</translation>
        </message>
        <message numerus="yes">
            <source>Choose at least %n label(s).</source>
            <translation type="unfinished">
                <numerusform>کم از کم %n لیبل چنیں۔</numerusform>
                <numerusform>کم از کم %n لیبل چنیں۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Choose at most %n label(s).</source>
            <translation type="unfinished">
                <numerusform>زیادہ سے زیادہ %n لیبل چنیں۔</numerusform>
                <numerusform>زیادہ سے زیادہ %n لیبل چنیں۔</numerusform>
            </translation>
        </message>
        <message>
            <source>Box {n} needs a label from the list.</source>
            <translation type="unfinished">باکس {n} کو فہرست میں سے ایک لیبل چاہیے۔</translation>
        </message>
        <message>
            <source>Box {n} is smaller than {size} pixels each way.</source>
            <translation type="unfinished">باکس {n} چوڑائی یا اونچائی میں {size} پکسل سے چھوٹا ہے۔</translation>
        </message>
        <message>
            <source>Box {n} reaches outside the image.</source>
            <translation type="unfinished">باکس {n} تصویر سے باہر نکلتا ہے۔</translation>
        </message>
        <message numerus="yes">
            <source>Draw at least %n box(es).</source>
            <translation type="unfinished">
                <numerusform>کم از کم %n باکس بنائیں۔</numerusform>
                <numerusform>کم از کم %n باکس بنائیں۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Draw at most %n box(es).</source>
            <translation type="unfinished">
                <numerusform>زیادہ سے زیادہ %n باکس بنائیں۔</numerusform>
                <numerusform>زیادہ سے زیادہ %n باکس بنائیں۔</numerusform>
            </translation>
        </message>
        <message>
            <source>Add at least one caption.</source>
            <translation type="unfinished">کم از کم ایک کیپشن شامل کریں۔</translation>
        </message>
        <message>
            <source>Caption {n} has no text.</source>
            <translation type="unfinished">کیپشن {n} میں کوئی متن نہیں۔</translation>
        </message>
        <message>
            <source>Caption {n} ends before it starts.</source>
            <translation type="unfinished">کیپشن {n} شروع ہونے سے پہلے ختم ہو جاتا ہے۔</translation>
        </message>
        <message>
            <source>Caption {n} ends after the clip.</source>
            <translation type="unfinished">کیپشن {n} کلپ کے اختتام کے بعد ختم ہوتا ہے۔</translation>
        </message>
        <message>
            <source>Caption {n} lasts {ms} ms; the least is {min} ms.</source>
            <translation type="unfinished">کیپشن {n} کا دورانیہ {ms} ms ہے؛ کم از کم {min} ms ہونا چاہیے۔</translation>
        </message>
        <message>
            <source>Caption {n} lasts {ms} ms; the most is {max} ms.</source>
            <translation type="unfinished">کیپشن {n} کا دورانیہ {ms} ms ہے؛ زیادہ سے زیادہ {max} ms ہو سکتا ہے۔</translation>
        </message>
        <message>
            <source>Caption {n} has {lines} lines; the most is {max}.</source>
            <translation type="unfinished">کیپشن {n} میں {lines} لائنیں ہیں؛ زیادہ سے زیادہ {max} ہو سکتی ہیں۔</translation>
        </message>
        <message>
            <source>Caption {n} has a line of {chars} characters; the most is {max}.</source>
            <translation type="unfinished">کیپشن {n} کی ایک لائن {chars} حروف کی ہے؛ زیادہ سے زیادہ {max} ہو سکتے ہیں۔</translation>
        </message>
        <message>
            <source>Caption {n} is read at {cps} characters a second; the most is {max}.</source>
            <translation type="unfinished">کیپشن {n} پڑھنے کی رفتار {cps} حروف فی سیکنڈ ہے؛ زیادہ سے زیادہ {max} ہو سکتی ہے۔</translation>
        </message>
        <message>
            <source>Caption {n} starts before caption {previous} ends.</source>
            <translation type="unfinished">کیپشن {n} کیپشن {previous} کے ختم ہونے سے پہلے شروع ہو جاتا ہے۔</translation>
        </message>
        <message>
            <source>Choose an outcome.</source>
            <translation>ایک نتیجہ چنیں۔</translation>
        </message>
        <message>
            <source>{label} is required.</source>
            <translation>{label} ضروری ہے۔</translation>
        </message>
        <message>
            <source>{label} is at most {max} characters.</source>
            <translation>{label} زیادہ سے زیادہ {max} حروف کا ہو سکتا ہے۔</translation>
        </message>
        <message>
            <source>{label} must be a number.</source>
            <translation>{label} میں نمبر ہونا چاہیے۔</translation>
        </message>
        <message>
            <source>{label}: {value} could be a thousands mark or a decimal one. Write it without the thousands mark (10500), or with two decimals (10.50).</source>
            <translation>{label}: {value} میں نشان ہزار کا بھی ہو سکتا ہے اور اعشاریہ کا بھی۔ ہزار کے نشان کے بغیر لکھیں (10500)، یا اعشاریہ کے بعد دو ہندسوں کے ساتھ (10.50)۔</translation>
        </message>
        <message>
            <source>{label} must be a number written like {example}.</source>
            <translation>{label} میں نمبر اس طرح لکھیں: {example}۔</translation>
        </message>
        <message>
            <source>{label} must be between {min} and {max}.</source>
            <translation>{label} {min} اور {max} کے درمیان ہونا چاہیے۔</translation>
        </message>
        <message>
            <source>{label} must be a date written YYYY-MM-DD.</source>
            <translation>{label} میں تاریخ اس طرح لکھیں: YYYY-MM-DD۔</translation>
        </message>
        <message>
            <source>{label} must be one of the listed choices.</source>
            <translation>{label} فہرست میں دیے گئے انتخاب میں سے ایک ہونا چاہیے۔</translation>
        </message>
        <message>
            <source>{label} is not in the expected form.</source>
            <translation>{label} درست شکل میں نہیں ہے۔</translation>
        </message>
        <message>
            <source>{label} must be a phone number: digits, with + and spaces allowed (for example +256 772 123456).</source>
            <translation type="unfinished">{label} میں فون نمبر ہونا چاہیے: ہندسے، جن کے ساتھ + اور خالی جگہ کی اجازت ہے (مثلاً +256 772 123456)۔</translation>
        </message>
        <message>
            <source>{label} must be a web address starting with https:// (for example https://www.example.com).</source>
            <translation type="unfinished">{label} میں https:// سے شروع ہونے والا ویب ایڈریس ہونا چاہیے (مثلاً https://www.example.com)۔</translation>
        </message>
        <message>
            <source>{label} must be an email address (for example name@example.com).</source>
            <translation type="unfinished">{label} میں ای میل ایڈریس ہونا چاہیے (مثلاً name@example.com)۔</translation>
        </message>
        <message>
            <source>Segment {n} has no translation.</source>
            <translation type="unfinished">حصہ {n} کا ترجمہ نہیں ہے۔</translation>
        </message>
        <message>
            <source>Segment {n} is {length} characters long; the most is {max}.</source>
            <translation type="unfinished">حصہ {n} {length} حروف کا ہے؛ زیادہ سے زیادہ {max} ہو سکتے ہیں۔</translation>
        </message>
        <message>
            <source>The task has {n} segments; the result has {given}.</source>
            <translation type="unfinished">ٹاسک میں {n} حصے ہیں؛ نتیجے میں {given} ہیں۔</translation>
        </message>
        <message>
            <source>Segment {n}: keep {placeholder} exactly as in the source.</source>
            <translation type="unfinished">حصہ {n}: {placeholder} کو بالکل ویسا ہی رکھیں جیسا اصل متن میں ہے۔</translation>
        </message>
        <message>
            <source>Segment {n}: {placeholder} is not in the source; remove it.</source>
            <translation type="unfinished">حصہ {n}: {placeholder} اصل متن میں نہیں ہے؛ اسے ہٹا دیں۔</translation>
        </message>
        <message>
            <source>Segment {n}: keep {span} untranslated.</source>
            <translation type="unfinished">حصہ {n}: {span} کا ترجمہ نہ کریں، اسے ویسا ہی رہنے دیں۔</translation>
        </message>
        <message>
            <source>Segment {n}: translate {term} as {required} (glossary).</source>
            <translation type="unfinished">حصہ {n}: {term} کا ترجمہ {required} کریں (فرہنگ)۔</translation>
        </message>
        <message>
            <source>The transcript is empty. If nothing can be heard, type {token}.</source>
            <translation type="unfinished">ٹرانسکرپٹ خالی ہے۔ اگر کچھ سنائی نہ دے تو {token} لکھیں۔</translation>
        </message>
        <message>
            <source>Choose at least {n} label(s).</source>
            <translation type="vanished">کم از کم {n} لیبل چنیں۔</translation>
        </message>
        <message>
            <source>Choose at most {n} label(s).</source>
            <translation type="vanished">زیادہ سے زیادہ {n} لیبل چنیں۔</translation>
        </message>
        <message>
            <source>The transcript is empty.{hint}</source>
            <translation type="vanished">تحریر خالی ہے۔{hint}</translation>
        </message>
    </context>
    <context>
        <name>LoginScreen</name>
        <message>
            <source>Who is working at this computer?</source>
            <translation>اس کمپیوٹر پر کون کام کر رہا ہے؟</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>&amp;Choose your name (type its first letters or use the arrows):</source>
            <translation>اپنا نام چنیں (پہلے حروف لکھیں یا تیر والے بٹن استعمال کریں) (&amp;C):</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Your &amp;PIN:</source>
            <translation>آپ کا PIN (&amp;P):</translation>
        </message>
        <message>
            <source>Log in (Enter)</source>
            <translation>لاگ اِن کریں (Enter)</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>لاگ اِن کریں</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>پیغام</translation>
        </message>
        <message>
            <source>Demo: every PIN is 1234.</source>
            <translation>ڈیمو: ہر PIN 1234 ہے۔</translation>
        </message>
        <message>
            <source>Set up the first admin… (Ctrl+N)</source>
            <translation>پہلا ایڈمن بنائیں… (Ctrl+N)</translation>
        </message>
        <message>
            <source>Set up the first admin</source>
            <translation>پہلا ایڈمن بنائیں</translation>
        </message>
        <message>
            <source>{0} · Language (F6)</source>
            <translation type="unfinished">{0} · زبان (F6)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished">زبان</translation>
        </message>
        <message>
            <source>This computer has no admin yet. The lab's partner admin types their name and chooses a PIN here, once. Then they give each worker a PIN.</source>
            <translation>اس کمپیوٹر پر ابھی کوئی ایڈمن نہیں۔ لیب کا پارٹنر ایڈمن یہاں ایک بار اپنا نام لکھے اور PIN چنے۔ پھر وہ ہر کارکن کو PIN دے۔</translation>
        </message>
        <message>
            <source>Admin's name</source>
            <translation>ایڈمن کا نام</translation>
        </message>
        <message>
            <source>Admin's PIN</source>
            <translation>ایڈمن کا PIN</translation>
        </message>
        <message>
            <source>Admin's PIN again</source>
            <translation>ایڈمن کا PIN دوبارہ</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>آپ کا نام (&amp;N):</translation>
        </message>
        <message>
            <source>&amp;PIN (at least 4 characters):</source>
            <translation>PIN (کم از کم 4 حروف) (&amp;P):</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>PIN دوبارہ (&amp;A):</translation>
        </message>
        <message>
            <source>Set up the first admin (Enter)</source>
            <translation>پہلا ایڈمن بنائیں (Enter)</translation>
        </message>
        <message>
            <source>Back (Esc)</source>
            <translation>واپس (Esc)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>واپس</translation>
        </message>
        <message>
            <source>Nobody can log in on this computer yet. The partner admin adds the lab's users at the hub; they arrive with the next sync.</source>
            <translation>اس کمپیوٹر پر ابھی کوئی لاگ اِن نہیں کر سکتا۔ پارٹنر ایڈمن لیب کے صارفین ہب پر شامل کرتا ہے؛ وہ اگلے سنک کے ساتھ یہاں آ جاتے ہیں۔</translation>
        </message>
        <message>
            <source>{0} can try again now.</source>
            <translation>{0} اب دوبارہ کوشش کر سکتے ہیں۔</translation>
        </message>
        <message>
            <source>Choose your name in the list first.</source>
            <translation>پہلے فہرست میں اپنا نام چنیں۔</translation>
        </message>
        <message>
            <source>Type your PIN, then press Enter.</source>
            <translation>اپنا PIN لکھیں، پھر Enter دبائیں۔</translation>
        </message>
        <message>
            <source>Checking the PIN…</source>
            <translation>PIN چیک ہو رہا ہے…</translation>
        </message>
        <message>
            <source>Type the admin's name.</source>
            <translation>ایڈمن کا نام لکھیں۔</translation>
        </message>
        <message>
            <source>The two PINs are not the same. Type the PIN twice again.</source>
            <translation>دونوں PIN ایک جیسے نہیں ہیں۔ PIN پھر سے دو بار لکھیں۔</translation>
        </message>
        <message>
            <source>Type a name of 1 to 80 characters.</source>
            <translation>1 سے 80 حروف کا نام لکھیں۔</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>LabClient</source>
            <translation>LabClient</translation>
        </message>
        <message>
            <source>Sync status</source>
            <translation>سنک کی حالت</translation>
        </message>
        <message>
            <source>Sync now (F5)</source>
            <translation>ابھی سنک کریں (F5)</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>ابھی سنک کریں</translation>
        </message>
        <message>
            <source>Draft saved</source>
            <translation>ڈرافٹ محفوظ ہو گیا</translation>
        </message>
        <message>
            <source>Result saved</source>
            <translation>نتیجہ محفوظ ہو گیا</translation>
        </message>
        <message>
            <source>● Syncing…</source>
            <translation>● سنک ہو رہا ہے…</translation>
        </message>
        <message>
            <source>Answer taken back</source>
            <translation>جواب واپس لے لیا گیا</translation>
        </message>
        <message numerus="yes">
            <source>● Working offline (no hub set up) · %n record(s) (results and timesheet) kept on this computer</source>
            <translation type="unfinished">
                <numerusform>● آف لائن کام (کوئی ہب سیٹ نہیں) · %n ریکارڈ (نتائج اور ٹائم شیٹ) اس کمپیوٹر پر محفوظ</numerusform>
                <numerusform>● آف لائن کام (کوئی ہب سیٹ نہیں) · %n ریکارڈ (نتائج اور ٹائم شیٹ) اس کمپیوٹر پر محفوظ</numerusform>
            </translation>
        </message>
        <message>
            <source>never</source>
            <translation>کبھی نہیں</translation>
        </message>
        <message>
            <source>● Hub {0} · waiting to go out: {1} · last sync: {2}</source>
            <translation>● ہب {0} · بھیجنے کو باقی: {1} · آخری سنک: {2}</translation>
        </message>
        <message>
            <source> · refused by the hub: {0}</source>
            <translation> · ہب نے رد کیے: {0}</translation>
        </message>
        <message>
            <source>● This workstation is not enrolled with a hub yet; ask the partner admin (labclient enroll).</source>
            <translation>● یہ کمپیوٹر ابھی کسی ہب کے ساتھ رجسٹر نہیں؛ پارٹنر ایڈمن سے کہیں (labclient enroll)۔</translation>
        </message>
        <message>
            <source>● Syncing… {0}</source>
            <translation>● سنک ہو رہا ہے… {0}</translation>
        </message>
        <message>
            <source>synced: {0}</source>
            <translation>سنک ہو گیا: {0}</translation>
        </message>
        <message>
            <source>nothing to send</source>
            <translation>بھیجنے کو کچھ نہیں</translation>
        </message>
        <message>
            <source>{0} stepped away: the screen is locked and the work is kept. Type the PIN to go on, or choose another name.</source>
            <translation>{0} اٹھ کر گئے ہیں: اسکرین لاک ہے اور کام محفوظ ہے۔ آگے بڑھنے کے لیے PIN لکھیں، یا کوئی اور نام چنیں۔</translation>
        </message>
        <message>
            <source>The screen locked after {0} minutes without input. {1}, type your PIN to go on.</source>
            <translation>{0} منٹ تک کی بورڈ یا ماؤس استعمال نہ ہونے پر اسکرین لاک ہو گئی۔ {1}، آگے بڑھنے کے لیے اپنا PIN لکھیں۔</translation>
        </message>
        <message>
            <source>The screen is locked. {0}, type your PIN to go on.</source>
            <translation>اسکرین لاک ہے۔ {0}، آگے بڑھنے کے لیے اپنا PIN لکھیں۔</translation>
        </message>
        <message>
            <source>{0}'s session has ended. Log in again.</source>
            <translation>{0} کا سیشن ختم ہو گیا ہے۔ دوبارہ لاگ اِن کریں۔</translation>
        </message>
        <message>
            <source>{0} at {1}</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <source>Quit LabClient</source>
            <translation>LabClient بند کریں</translation>
        </message>
        <message>
            <source>{0} is still clocked in. Clock out before quitting? If you quit without clocking out, your time keeps being counted until you clock out.</source>
            <translation>{0} ابھی ٹائم اِن ہیں۔ بند کرنے سے پہلے ٹائم آؤٹ کریں؟ اگر آپ ٹائم آؤٹ کیے بغیر بند کریں تو جب تک ٹائم آؤٹ نہ کریں، آپ کا وقت گنا جاتا رہے گا۔</translation>
        </message>
        <message>
            <source>Clock &amp;out and quit</source>
            <translation>ٹائم آؤٹ کر کے بند کریں (&amp;O)</translation>
        </message>
        <message>
            <source>Clock out and quit</source>
            <translation>ٹائم آؤٹ کر کے بند کریں</translation>
        </message>
        <message>
            <source>&amp;Quit, stay clocked in</source>
            <translation>بند کریں، ٹائم اِن رہیں (&amp;Q)</translation>
        </message>
        <message>
            <source>Quit and stay clocked in</source>
            <translation>بند کریں اور ٹائم اِن رہیں</translation>
        </message>
        <message>
            <source>&amp;Keep working</source>
            <translation>کام جاری رکھیں (&amp;K)</translation>
        </message>
        <message>
            <source>Keep working</source>
            <translation>کام جاری رکھیں</translation>
        </message>
        <message>
            <source>Your latest typing is not saved. Close the window again to quit without it.</source>
            <translation>آپ کا آخری لکھا ہوا محفوظ نہیں ہوا۔ اس کے بغیر بند کرنے کے لیے ونڈو دوبارہ بند کریں۔</translation>
        </message>
        <message>
            <source>● Working offline (no hub set up) · {0} record(s) (results and timesheet) kept on this computer</source>
            <translation type="vanished">● آف لائن کام (کوئی ہب سیٹ نہیں) · {0} ریکارڈ (نتائج اور ٹائم شیٹ) اس کمپیوٹر پر محفوظ</translation>
        </message>
    </context>
    <context>
        <name>MyWeekDialog</name>
        <message>
            <source>My week</source>
            <translation>میرا ہفتہ</translation>
        </message>
        <message>
            <source>Previous week</source>
            <translation>پچھلا ہفتہ</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>اگلا ہفتہ</translation>
        </message>
        <message>
            <source>{0} &amp;Previous week</source>
            <translation>{0} پچھلا ہفتہ (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Next week {0}</source>
            <translation>اگلا ہفتہ {0} (&amp;N)</translation>
        </message>
        <message>
            <source>Hours day by day</source>
            <translation>روزانہ کے گھنٹے</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>دن</translation>
        </message>
        <message>
            <source>Clocked</source>
            <translation>حاضری</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>فعال</translation>
        </message>
        <message>
            <source>Tasks done</source>
            <translation>مکمل ٹاسک</translation>
        </message>
        <message>
            <source>Planned shift</source>
            <translation>طے شدہ شفٹ</translation>
        </message>
        <message>
            <source>Clocked: from clock-in to clock-out, less breaks and unanswered 'still working?' pauses. Active: time you were typing, clicking or playing audio.</source>
            <translation>حاضری: ٹائم اِن سے ٹائم آؤٹ تک، وقفے اور 'کیا آپ ابھی کام کر رہے ہیں؟' کا جواب نہ دینے پر رُکا وقت نکال کر۔ فعال: وہ وقت جب آپ لکھ رہے تھے، کلک کر رہے تھے یا آواز چلا رہے تھے۔</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>بند کریں</translation>
        </message>
        <message>
            <source>Reading your hours…</source>
            <translation>آپ کے گھنٹے پڑھے جا رہے ہیں…</translation>
        </message>
        <message>
            <source>This week: {0} – {1}</source>
            <translation>یہ ہفتہ: {0} – {1}</translation>
        </message>
        <message>
            <source>Week of {0} – {1}</source>
            <translation>ہفتہ: {0} – {1}</translation>
        </message>
        <message>
            <source>Noticed in your timesheet:</source>
            <translation>آپ کی ٹائم شیٹ میں یہ باتیں نظر آئیں:</translation>
        </message>
        <message>
            <source>Changed by your supervisor:</source>
            <translation>آپ کے سپروائزر نے بدلا:</translation>
        </message>
        <message>
            <source>Your accuracy on checked tasks (tasks with a known answer; your last {0}):</source>
            <translation>جانچ والے ٹاسک پر آپ کی درستگی (جن کا جواب پہلے سے معلوم ہو؛ آپ کے آخری {0}):</translation>
        </message>
        <message>
            <source>Your supervisor reviewed these answers:</source>
            <translation>آپ کے سپروائزر نے ان جوابوں کا جائزہ لیا:</translation>
        </message>
        <message>
            <source>Task {0} ({1}): corrected by {2}: {3}</source>
            <translation>ٹاسک {0} ({1}): {2} نے درست کیا: {3}</translation>
        </message>
        <message>
            <source>Task {0} ({1}): accepted by {2}: {3}</source>
            <translation>ٹاسک {0} ({1}): {2} نے قبول کیا: {3}</translation>
        </message>
        <message>
            <source>Task {0} ({1}): accepted by {2}</source>
            <translation>ٹاسک {0} ({1}): {2} نے قبول کیا</translation>
        </message>
        <message>
            <source>{0} (today)</source>
            <translation>{0} (آج)</translation>
        </message>
        <message>
            <source>Week total</source>
            <translation>ہفتے کا کُل</translation>
        </message>
        <message>
            <source>{0} planned</source>
            <translation>{0} طے شدہ</translation>
        </message>
        <message>
            <source>{0} (+{1} skipped or flagged)</source>
            <translation>{0} (+{1} چھوڑے یا رپورٹ کیے)</translation>
        </message>
        <message>
            <source>Not approved yet.</source>
            <translation>ابھی منظور نہیں ہوا۔</translation>
        </message>
        <message>
            <source>Changed since {0} approved it on {1}: your supervisor will look again.</source>
            <translation>{0} کے {1} کو منظور کرنے کے بعد بدلا گیا: آپ کا سپروائزر دوبارہ دیکھے گا۔</translation>
        </message>
        <message>
            <source>Approved by {0} on {1}.</source>
            <translation>{0} نے {1} کو منظور کیا۔</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <source>the computer restarted during your shift, which ended it. The time until you clocked in again is not counted; if you were working, tell your supervisor.</source>
            <translation>آپ کی شفٹ کے دوران کمپیوٹر دوبارہ شروع ہوا، جس سے شفٹ ختم ہو گئی۔ دوبارہ ٹائم اِن کرنے تک کا وقت نہیں گنا گیا؛ اگر آپ کام کر رہے تھے تو اپنے سپروائزر کو بتائیں۔</translation>
        </message>
        <message>
            <source>the computer's clock was changed, or the computer slept. Your hours are not affected.</source>
            <translation>کمپیوٹر کی گھڑی بدلی گئی، یا کمپیوٹر سلیپ میں چلا گیا۔ آپ کے گھنٹوں پر کوئی اثر نہیں۔</translation>
        </message>
        <message>
            <source>more activity was reported than time passed; only the time on the clock counts.</source>
            <translation>گزرے ہوئے وقت سے زیادہ سرگرمی درج ہوئی؛ صرف گھڑی کا وقت گنا جاتا ہے۔</translation>
        </message>
        <message>
            <source>activity during a break was not counted.</source>
            <translation>وقفے کے دوران کی سرگرمی نہیں گنی گئی۔</translation>
        </message>
        <message>
            <source>you clocked in again without clocking out; the second clock-in was not counted.</source>
            <translation>آپ نے ٹائم آؤٹ کیے بغیر دوبارہ ٹائم اِن کیا؛ دوسرا ٹائم اِن نہیں گنا گیا۔</translation>
        </message>
        <message>
            <source>{0}: {1} changed your clocked time by {2}. Reason: {4}</source>
            <translation>{0}: {1} نے آپ کے حاضری کے وقت میں {2} کی تبدیلی کی۔ وجہ: {4}</translation>
        </message>
        <message>
            <source>{0}: {1} changed your active time by {3}. Reason: {4}</source>
            <translation>{0}: {1} نے آپ کے فعال وقت میں {3} کی تبدیلی کی۔ وجہ: {4}</translation>
        </message>
        <message>
            <source>{0}: {1} changed your time by {2} clocked and {3} active. Reason: {4}</source>
            <translation>{0}: {1} نے آپ کے وقت میں تبدیلی کی: حاضری {2}، فعال {3}۔ وجہ: {4}</translation>
        </message>
        <message>
            <source>{0}: {1}% on average; {2} of {3} passed</source>
            <translation>{0}: اوسط {1}%؛ {3} میں سے {2} پاس</translation>
        </message>
        <message>
            <source>{0}–{1} at {2}</source>
            <translation>{0}–{1}، سیٹ {2}</translation>
        </message>
        <message>
            <source>{0} min</source>
            <translation>{0} منٹ</translation>
        </message>
        <message>
            <source>{0} h {1} min</source>
            <translation>{0} گھنٹے {1} منٹ</translation>
        </message>
    </context>
    <context>
        <name>Permission</name>
        <message>
            <source>do tasks</source>
            <translation>ٹاسک کریں</translation>
        </message>
        <message>
            <source>clock in or out</source>
            <translation>ٹائم اِن یا ٹائم آؤٹ کریں</translation>
        </message>
        <message>
            <source>see hours</source>
            <translation>گھنٹے دیکھیں</translation>
        </message>
        <message>
            <source>see other people's hours, shifts, users or flags</source>
            <translation>دوسروں کے گھنٹے، شفٹیں، صارفین یا انتباہ دیکھیں</translation>
        </message>
        <message>
            <source>see another worker's drafts or results</source>
            <translation>کسی اور کارکن کے ڈرافٹ یا نتائج دیکھیں</translation>
        </message>
        <message>
            <source>plan shifts</source>
            <translation>شفٹیں طے کریں</translation>
        </message>
        <message>
            <source>correct timesheets</source>
            <translation>ٹائم شیٹ درست کریں</translation>
        </message>
        <message>
            <source>approve timesheets</source>
            <translation>ٹائم شیٹ منظور کریں</translation>
        </message>
        <message>
            <source>export payroll</source>
            <translation>تنخواہ کی فائل بنائیں</translation>
        </message>
        <message>
            <source>add users, set PINs or switch accounts on and off</source>
            <translation>صارف شامل کریں، PIN سیٹ کریں یا اکاؤنٹ بند اور چالو کریں</translation>
        </message>
        <message>
            <source>change the lab's settings</source>
            <translation>لیب کی سیٹنگز بدلیں</translation>
        </message>
        <message>
            <source>change the hub settings (enrolment, sync)</source>
            <translation>ہب کی سیٹنگز بدلیں (رجسٹریشن، سنک)</translation>
        </message>
        <message>
            <source>let a worker try a project's training again</source>
            <translation>کسی کارکن کو پروجیکٹ کی ٹریننگ دوبارہ کرنے دیں</translation>
        </message>
        <message>
            <source>review workers' results</source>
            <translation>کارکنوں کے نتائج کا جائزہ لیں</translation>
        </message>
        <message>
            <source>change their PIN</source>
            <translation type="vanished">اپنا PIN بدلیں</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Confirm</source>
            <translation>تصدیق کریں</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <source>Answers to review</source>
            <translation>جائزے کے لیے جواب</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>کارکن</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>پروجیکٹ</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>ٹاسک</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>کب کیا</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>کیوں</translation>
        </message>
        <message>
            <source>Choose an answer on the left to see it in its task.</source>
            <translation>فہرست سے کوئی جواب چنیں تاکہ وہ اپنے ٹاسک میں نظر آئے۔</translation>
        </message>
        <message>
            <source>&amp;Note to the worker (needed for a correction):</source>
            <translation>کارکن کے لیے نوٹ (درستی کے لیے ضروری) (&amp;N):</translation>
        </message>
        <message>
            <source>Note to the worker</source>
            <translation>کارکن کے لیے نوٹ</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>قبول کریں (&amp;A)</translation>
        </message>
        <message>
            <source>Accept the worker's answer as it is</source>
            <translation>کارکن کا جواب جوں کا توں قبول کریں</translation>
        </message>
        <message>
            <source>&amp;Save correction</source>
            <translation>درستی محفوظ کریں (&amp;S)</translation>
        </message>
        <message>
            <source>Save the answer as corrected above, with the note</source>
            <translation>اوپر درست کیا گیا جواب نوٹ کے ساتھ محفوظ کریں</translation>
        </message>
        <message>
            <source>Change the answer in the task above, say why in the note, then save. The worker's own answer is kept as she gave it.</source>
            <translation>اوپر ٹاسک میں جواب بدلیں، نوٹ میں وجہ لکھیں، پھر محفوظ کریں۔ کارکن کا اپنا جواب ویسا ہی محفوظ رہتا ہے جیسا اس نے دیا تھا۔</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) to review: each new worker's first answers in a project, and a share of everyone's (more for a worker under the pass mark).</source>
            <translation type="unfinished">
                <numerusform>جائزے کے لیے %n جواب: ہر نئے کارکن کے کسی پروجیکٹ میں پہلے جواب، اور سب کے کچھ جواب (پاسنگ مارکس سے کم والے کارکن کے زیادہ)۔</numerusform>
                <numerusform>جائزے کے لیے %n جواب: ہر نئے کارکن کے کسی پروجیکٹ میں پہلے جواب، اور سب کے کچھ جواب (پاسنگ مارکس سے کم والے کارکن کے زیادہ)۔</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to review now: every answer in the sample has been reviewed.</source>
            <translation>ابھی جائزے کے لیے کچھ نہیں: نمونے کے ہر جواب کا جائزہ ہو چکا ہے۔</translation>
        </message>
        <message>
            <source>New to the project</source>
            <translation>پروجیکٹ میں نیا</translation>
        </message>
        <message>
            <source>Under the pass mark</source>
            <translation>پاسنگ مارکس سے کم</translation>
        </message>
        <message>
            <source>Sample</source>
            <translation>نمونہ</translation>
        </message>
        <message>
            <source>The note is {0} characters long; keep it to {1}.</source>
            <translation>نوٹ {0} حروف کا ہے؛ اسے {1} حروف تک رکھیں۔</translation>
        </message>
        <message>
            <source>The correction breaks the task's rules; see the marks above.</source>
            <translation>درستی ٹاسک کے اصولوں کے خلاف ہے؛ اوپر کے نشان دیکھیں۔</translation>
        </message>
        <message>
            <source>Accepted: {0}'s answer to {1}.</source>
            <translation>قبول ہو گیا: {0} کا جواب ({1})۔</translation>
        </message>
        <message>
            <source>Correction saved: {0} reads your note about {1} in My week.</source>
            <translation>درستی محفوظ ہو گئی: {1} کے بارے میں آپ کا نوٹ {0} کو 'میرا ہفتہ' میں نظر آئے گا۔</translation>
        </message>
        <message>
            <source>{0} answer(s) to review: each new worker's first answers in a project, and a share of everyone's (more for a worker under the pass mark).</source>
            <translation type="vanished">جائزے کے لیے {0} جواب: ہر نئے کارکن کے کسی پروجیکٹ میں پہلے جواب، اور سب کے کچھ جواب (پاسنگ مارکس سے کم والے کارکن کے زیادہ)۔</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <source>worker</source>
            <translation>کارکن</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>سپروائزر</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>ایڈمن</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Worker</source>
            <translation>کارکن</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>سپروائزر</translation>
        </message>
        <message>
            <source>Partner admin</source>
            <translation>پارٹنر ایڈمن</translation>
        </message>
    </context>
    <context>
        <name>SegmentStrip</name>
        <message>
            <source>Segments</source>
            <translation type="unfinished">حصے</translation>
        </message>
        <message>
            <source>Click a segment to go to it</source>
            <translation type="unfinished">کسی حصے پر جانے کے لیے اس پر کلک کریں</translation>
        </message>
        <message>
            <source>refused: see the message below</source>
            <translation type="unfinished">مسترد: نیچے پیغام دیکھیں</translation>
        </message>
        <message>
            <source>translated</source>
            <translation type="unfinished">ترجمہ ہو گیا</translation>
        </message>
        <message>
            <source>not translated yet</source>
            <translation type="unfinished">ابھی ترجمہ نہیں ہوا</translation>
        </message>
        <message>
            <source>Segment {0}: {1}</source>
            <translation type="unfinished">حصہ {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>SetPinDialog</name>
        <message>
            <source>Set a PIN</source>
            <translation>PIN سیٹ کریں</translation>
        </message>
        <message>
            <source>A new PIN for {0}. It works at once, and lifts a lock after wrong PINs. Tell {0} the new PIN.</source>
            <translation>{0} کے لیے نیا PIN۔ یہ فوراً کام کرتا ہے، اور غلط PIN کی وجہ سے لگا لاک بھی کھول دیتا ہے۔ {0} کو نیا PIN بتا دیں۔</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>نیا PIN</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>نیا PIN دوبارہ</translation>
        </message>
        <message>
            <source>New &amp;PIN ({0} to {1} characters):</source>
            <translation>نیا PIN ({0} سے {1} حروف) (&amp;P):</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>PIN دوبارہ (&amp;A):</translation>
        </message>
        <message>
            <source>Set PIN</source>
            <translation>PIN سیٹ کریں</translation>
        </message>
        <message>
            <source>The two PINs are not the same. Type the PIN twice again.</source>
            <translation>دونوں PIN ایک جیسے نہیں ہیں۔ PIN پھر سے دو بار لکھیں۔</translation>
        </message>
    </context>
    <context>
        <name>ShiftDialog</name>
        <message>
            <source>Plan a shift</source>
            <translation>شفٹ طے کریں</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>کارکن</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>دن</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy</source>
            <translation>ddd d MMM yyyy</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>شروع کا وقت</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>ختم کا وقت</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>سیٹ</translation>
        </message>
        <message>
            <source>The name of the computer the worker sits at.</source>
            <translation>کارکن کے کمپیوٹر کا نام۔</translation>
        </message>
        <message>
            <source>&amp;Worker:</source>
            <translation>کارکن (&amp;W):</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>دن (&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Starts at:</source>
            <translation>شروع کا وقت (&amp;S):</translation>
        </message>
        <message>
            <source>&amp;Ends at:</source>
            <translation>ختم کا وقت (&amp;E):</translation>
        </message>
        <message>
            <source>S&amp;eat:</source>
            <translation>سیٹ (&amp;E):</translation>
        </message>
        <message>
            <source>Plan the shift</source>
            <translation>شفٹ طے کریں</translation>
        </message>
        <message>
            <source>&amp;Plan shift</source>
            <translation>شفٹ طے کریں (&amp;P)</translation>
        </message>
        <message>
            <source>Close without planning</source>
            <translation>طے کیے بغیر بند کریں</translation>
        </message>
        <message>
            <source>Choose who works this shift.</source>
            <translation>اس شفٹ کے لیے کارکن چنیں۔</translation>
        </message>
        <message>
            <source>The shift must end after it starts, on the same day. Change the end time.</source>
            <translation>شفٹ شروع ہونے کے بعد اور اسی دن ختم ہونی چاہیے۔ ختم کا وقت بدلیں۔</translation>
        </message>
        <message>
            <source>A shift is at most {0} hours long. Change the times.</source>
            <translation>شفٹ زیادہ سے زیادہ {0} گھنٹے کی ہو سکتی ہے۔ وقت بدلیں۔</translation>
        </message>
        <message>
            <source>Type the seat: the name of the computer the worker sits at.</source>
            <translation>سیٹ لکھیں: کارکن کے کمپیوٹر کا نام۔</translation>
        </message>
    </context>
    <context>
        <name>ShiftsPanel</name>
        <message>
            <source>&amp;Refresh</source>
            <translation>تازہ کریں (&amp;R)</translation>
        </message>
        <message>
            <source>Refresh who is on shift</source>
            <translation>شفٹ پر کون ہے، تازہ کریں</translation>
        </message>
        <message>
            <source>On shift now</source>
            <translation>ابھی شفٹ پر</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>سیٹ</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>طے شدہ</translation>
        </message>
        <message>
            <source>State</source>
            <translation>حالت</translation>
        </message>
        <message>
            <source>Pre&amp;vious week</source>
            <translation>پچھلا ہفتہ (&amp;V)</translation>
        </message>
        <message>
            <source>Previous week</source>
            <translation>پچھلا ہفتہ</translation>
        </message>
        <message>
            <source>This &amp;week</source>
            <translation>یہ ہفتہ (&amp;W)</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>یہ ہفتہ</translation>
        </message>
        <message>
            <source>&amp;Next week</source>
            <translation>اگلا ہفتہ (&amp;N)</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>اگلا ہفتہ</translation>
        </message>
        <message>
            <source>&amp;Plan a shift…</source>
            <translation>شفٹ طے کریں (&amp;P)…</translation>
        </message>
        <message>
            <source>Plan a shift</source>
            <translation>شفٹ طے کریں</translation>
        </message>
        <message>
            <source>&amp;Cancel shift…</source>
            <translation>شفٹ منسوخ کریں (&amp;C)…</translation>
        </message>
        <message>
            <source>Cancel the selected shift</source>
            <translation>چنی گئی شفٹ منسوخ کریں</translation>
        </message>
        <message>
            <source>Asks first. The Delete key in the list does the same.</source>
            <translation>پہلے پوچھتا ہے۔ فہرست میں Delete بٹن بھی یہی کرتا ہے۔</translation>
        </message>
        <message>
            <source>Planned shifts</source>
            <translation>طے شدہ شفٹیں</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>دن</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>وقت</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>کارکن</translation>
        </message>
        <message>
            <source>Planned by</source>
            <translation>کس نے طے کی</translation>
        </message>
        <message>
            <source>not planned</source>
            <translation>طے نہیں</translation>
        </message>
        <message>
            <source>Clocked in: {0} · On a break: {1} · Not clocked in: {2} · Late: {3}</source>
            <translation>ٹائم اِن: {0} · وقفے پر: {1} · ٹائم اِن نہیں: {2} · دیر سے: {3}</translation>
        </message>
        <message>
            <source>Nobody is planned or clocked in right now.</source>
            <translation>ابھی نہ کسی کی شفٹ طے ہے، نہ کوئی ٹائم اِن ہے۔</translation>
        </message>
        <message>
            <source>As of {0}</source>
            <translation>{0} کے مطابق</translation>
        </message>
        <message>
            <source>On a break</source>
            <translation>وقفے پر</translation>
        </message>
        <message>
            <source>On a break, no shift planned now</source>
            <translation>وقفے پر، ابھی کوئی شفٹ طے نہیں</translation>
        </message>
        <message>
            <source>Clocked in, screen locked: stepped away (time paused)</source>
            <translation>ٹائم اِن، اسکرین لاک: اٹھ کر گئے ہیں (وقت رُکا ہوا)</translation>
        </message>
        <message>
            <source>Clocked in since {0}</source>
            <translation>{0} سے ٹائم اِن</translation>
        </message>
        <message>
            <source>Clocked in</source>
            <translation>ٹائم اِن</translation>
        </message>
        <message>
            <source>Clocked in since {0}, no shift planned now</source>
            <translation>{0} سے ٹائم اِن، ابھی کوئی شفٹ طے نہیں</translation>
        </message>
        <message>
            <source>Clocked in, no shift planned now</source>
            <translation>ٹائم اِن، ابھی کوئی شفٹ طے نہیں</translation>
        </message>
        <message>
            <source>Not clocked in yet: {0} late</source>
            <translation>ابھی ٹائم اِن نہیں: {0} دیر</translation>
        </message>
        <message>
            <source>Not clocked in yet</source>
            <translation>ابھی ٹائم اِن نہیں</translation>
        </message>
        <message>
            <source>d MMMM yyyy</source>
            <translation>d MMMM yyyy</translation>
        </message>
        <message>
            <source>Week of {0} (this week)</source>
            <translation>{0} سے شروع ہفتہ (یہ ہفتہ)</translation>
        </message>
        <message>
            <source>Week of {0}</source>
            <translation>{0} سے شروع ہفتہ</translation>
        </message>
        <message>
            <source>ddd d MMM</source>
            <translation>ddd d MMM</translation>
        </message>
        <message>
            <source>Shifts this week: {0}. Those already over are in grey.</source>
            <translation>اس ہفتے کی شفٹیں: {0}۔ جو ختم ہو چکیں وہ سلیٹی رنگ میں ہیں۔</translation>
        </message>
        <message>
            <source>No shifts are planned this week.</source>
            <translation>اس ہفتے کوئی شفٹ طے نہیں۔</translation>
        </message>
        <message>
            <source>{0}–{1}</source>
            <translation>{0}–{1}</translation>
        </message>
        <message>
            <source>ddd</source>
            <translation>ddd</translation>
        </message>
        <message>
            <source>{0}–{1} {2}</source>
            <translation>{0}–{1} {2}</translation>
        </message>
        <message>
            <source>{0} min</source>
            <translation>{0} منٹ</translation>
        </message>
        <message>
            <source>{0} h {1} min</source>
            <translation>{0} گھنٹے {1} منٹ</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>سپروائزر</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>ایڈمن</translation>
        </message>
        <message>
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <source>Nobody is logged in. Log in again to plan shifts.</source>
            <translation>کوئی لاگ اِن نہیں ہے۔ شفٹ طے کرنے کے لیے دوبارہ لاگ اِن کریں۔</translation>
        </message>
        <message>
            <source>A shift ends after it starts, at most 16 hours later, at a named seat. Change the times or the seat.</source>
            <translation>شفٹ شروع ہونے کے بعد ختم ہوتی ہے، زیادہ سے زیادہ 16 گھنٹے بعد، اور کسی سیٹ پر ہوتی ہے۔ وقت یا سیٹ بدلیں۔</translation>
        </message>
        <message>
            <source>Planned: {0}, {1} {2}, seat {3}.</source>
            <translation>طے ہو گئی: {0}، {1} {2}، سیٹ {3}۔</translation>
        </message>
        <message>
            <source>dddd d MMMM</source>
            <translation>dddd d MMMM</translation>
        </message>
        <message>
            <source>Cancel {0}'s shift on {1}, {2}, at seat {3}?</source>
            <translation>{0} کی شفٹ ({1}، {2}، سیٹ {3}) منسوخ کریں؟</translation>
        </message>
        <message>
            <source>That shift is no longer in the plan.</source>
            <translation>یہ شفٹ اب طے شدہ شفٹوں میں نہیں۔</translation>
        </message>
        <message>
            <source>Cancelled: {0}'s shift, {1}.</source>
            <translation>منسوخ ہو گئی: {0} کی شفٹ، {1}۔</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message numerus="yes">
            <source>Sent %n item(s).</source>
            <translation type="unfinished">
                <numerusform>%n آئٹم بھیجا گیا۔</numerusform>
                <numerusform>%n آئٹم بھیجے گئے۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) arrived after another workstation had answered the same task: the hub keeps them beside that result, which stands.</source>
            <translation type="unfinished">
                <numerusform>%n نتیجہ تب آیا جب کسی اور کمپیوٹر نے اسی ٹاسک کا جواب دے دیا تھا: ہب اسے اُس نتیجے کے ساتھ رکھتا ہے، جو برقرار رہتا ہے۔</numerusform>
                <numerusform>%n نتائج تب آئے جب کسی اور کمپیوٹر نے اسی ٹاسک کا جواب دے دیا تھا: ہب انہیں اُس نتیجے کے ساتھ رکھتا ہے، جو برقرار رہتا ہے۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Received %n new batch(es).</source>
            <translation type="unfinished">
                <numerusform>%n نیا بیچ موصول ہوا۔</numerusform>
                <numerusform>%n نئے بیچ موصول ہوئے۔</numerusform>
            </translation>
        </message>
        <message>
            <source>The lab's list of people came from the hub ({added} added, {updated} updated, {disabled} switched off).</source>
            <translation type="unfinished">لیب کے لوگوں کی فہرست ہب سے آ گئی ({added} شامل کیے گئے، {updated} اپ ڈیٹ ہوئے، {disabled} بند کیے گئے)۔</translation>
        </message>
        <message>
            <source>{name} stays partner admin here: the hub's list would leave this workstation without one (the hub should list another admin first).</source>
            <translation type="unfinished">{name} یہاں پارٹنر ایڈمن رہیں گے: ہب کی فہرست اس کمپیوٹر کو پارٹنر ایڈمن کے بغیر چھوڑ دیتی (ہب کو پہلے کسی اور ایڈمن کو فہرست میں شامل کرنا چاہیے)۔</translation>
        </message>
        <message>
            <source>The lab relay at {url} was not used ({why}): media came from the hub.</source>
            <translation type="unfinished">{url} پر لیب ریلے استعمال نہیں ہوا ({why}): میڈیا ہب سے آیا۔</translation>
        </message>
        <message>
            <source>Nothing answered at the lab relay's address {old}; the relay answered at {new}, which is used from now on.</source>
            <translation type="unfinished">لیب ریلے کے پتے {old} پر کسی نے جواب نہیں دیا؛ ریلے نے {new} پر جواب دیا، جو اب سے استعمال ہوگا۔</translation>
        </message>
        <message>
            <source>The hub cannot be reached: the lab relay keeps this workstation's {n} waiting item(s) for the next USB trip.</source>
            <translation type="unfinished">ہب تک رسائی نہیں: لیب ریلے اس کمپیوٹر کی {n} منتظر چیزیں اگلے USB سفر کے لیے رکھتا ہے۔</translation>
        </message>
        <message>
            <source>The lab file on the relay was not used: {why}</source>
            <translation type="unfinished">ریلے پر لیب فائل استعمال نہیں ہوئی: {why}</translation>
        </message>
        <message>
            <source>The lab file on the relay brought {n} new batch(es); {items} item(s) answered by the hub left the outbox.</source>
            <translation type="unfinished">ریلے پر لیب فائل {n} نئے بیچ لائی؛ ہب کا جواب پانے والی {items} چیزیں آؤٹ باکس سے نکل گئیں۔</translation>
        </message>
        <message>
            <source>No new batches were asked for: the media of the work not yet done fills the prefetch budget.</source>
            <translation type="unfinished">کوئی نیا بیچ نہیں مانگا گیا: باقی کام کا میڈیا پیشگی ڈاؤن لوڈ میڈیا کی حد پوری کر چکا ہے۔</translation>
        </message>
        <message numerus="yes">
            <source>Today's data budget is used ({used} of {limit} MB): %n item(s) wait until tomorrow, and no new work is asked for.</source>
            <translation type="unfinished">
                <numerusform>آج کا ڈیٹا بجٹ استعمال ہو گیا ({limit} میں سے {used} MB): %n چیز کل تک انتظار کرے گی، اور نیا کام نہیں مانگا جاتا۔</numerusform>
                <numerusform>آج کا ڈیٹا بجٹ استعمال ہو گیا ({limit} میں سے {used} MB): %n چیزیں کل تک انتظار کریں گی، اور نیا کام نہیں مانگا جاتا۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This month's data budget is used ({used} of {limit} MB): %n item(s) wait until next month, and no new work is asked for.</source>
            <translation type="unfinished">
                <numerusform>اس مہینے کا ڈیٹا بجٹ استعمال ہو گیا ({limit} میں سے {used} MB): %n چیز اگلے مہینے تک انتظار کرے گی، اور نیا کام نہیں مانگا جاتا۔</numerusform>
                <numerusform>اس مہینے کا ڈیٹا بجٹ استعمال ہو گیا ({limit} میں سے {used} MB): %n چیزیں اگلے مہینے تک انتظار کریں گی، اور نیا کام نہیں مانگا جاتا۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The lab's data budget for today is used ({used} of {limit} MB, counted by the lab relay): %n item(s) wait until tomorrow, and no new work is asked for.</source>
            <translation type="unfinished">
                <numerusform>لیب کا آج کا ڈیٹا بجٹ ختم ہو گیا ({limit} میں سے {used} MB، لیب ریلے کی گنتی): %n چیز کل تک انتظار کرے گی، اور کوئی نیا کام نہیں مانگا جاتا۔</numerusform>
                <numerusform>لیب کا آج کا ڈیٹا بجٹ ختم ہو گیا ({limit} میں سے {used} MB، لیب ریلے کی گنتی): %n چیزیں کل تک انتظار کریں گی، اور کوئی نیا کام نہیں مانگا جاتا۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The lab's data budget for this month is used ({used} of {limit} MB, counted by the lab relay): %n item(s) wait until next month, and no new work is asked for.</source>
            <translation type="unfinished">
                <numerusform>لیب کا اس مہینے کا ڈیٹا بجٹ ختم ہو گیا ({limit} میں سے {used} MB، لیب ریلے کی گنتی): %n چیز اگلے مہینے تک انتظار کرے گی، اور کوئی نیا کام نہیں مانگا جاتا۔</numerusform>
                <numerusform>لیب کا اس مہینے کا ڈیٹا بجٹ ختم ہو گیا ({limit} میں سے {used} MB، لیب ریلے کی گنتی): %n چیزیں اگلے مہینے تک انتظار کریں گی، اور کوئی نیا کام نہیں مانگا جاتا۔</numerusform>
            </translation>
        </message>
        <message>
            <source>No new work was asked for: today's data budget has too little left.</source>
            <translation type="unfinished">نیا کام نہیں مانگا گیا: آج کے ڈیٹا بجٹ میں بہت کم باقی ہے۔</translation>
        </message>
        <message>
            <source>No new work was asked for: this month's data budget has too little left.</source>
            <translation type="unfinished">نیا کام نہیں مانگا گیا: اس مہینے کے ڈیٹا بجٹ میں بہت کم باقی ہے۔</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) reached the hub before that.</source>
            <translation type="unfinished">
                <numerusform>اس سے پہلے %n آئٹم ہب تک پہنچ چکا تھا۔</numerusform>
                <numerusform>اس سے پہلے %n آئٹم ہب تک پہنچ چکے تھے۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new batch(es) arrived before that.</source>
            <translation type="unfinished">
                <numerusform>اس سے پہلے %n نیا بیچ آ چکا تھا۔</numerusform>
                <numerusform>اس سے پہلے %n نئے بیچ آ چکے تھے۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n batch(es) from the hub were not taken: {which}.</source>
            <translation type="unfinished">
                <numerusform>ہب سے آیا %n بیچ نہیں لیا گیا: {which}۔</numerusform>
                <numerusform>ہب سے آئے %n بیچ نہیں لیے گئے: {which}۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n batch(es) from the hub were not taken: {which}; and {more} more.</source>
            <translation type="unfinished">
                <numerusform>ہب سے آیا %n بیچ نہیں لیا گیا: {which}؛ اور {more} مزید۔</numerusform>
                <numerusform>ہب سے آئے %n بیچ نہیں لیے گئے: {which}؛ اور {more} مزید۔</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync was cancelled; what was sent is kept by the hub.</source>
            <translation type="unfinished">سنک منسوخ کر دیا گیا؛ جو کچھ بھیجا جا چکا ہے وہ ہب کے پاس محفوظ ہے۔</translation>
        </message>
        <message numerus="yes">
            <source>Sent {done} of %n.</source>
            <translation type="unfinished">
                <numerusform>بھیجے گئے: %n میں سے {done}۔</numerusform>
                <numerusform>بھیجے گئے: %n میں سے {done}۔</numerusform>
            </translation>
        </message>
        <message>
            <source>Batch {batch} from the hub was {reason}</source>
            <translation type="unfinished">ہب سے آیا بیچ {batch}: {reason}</translation>
        </message>
        <message>
            <source>{problem} Trying again in {seconds} s.</source>
            <translation type="unfinished">{problem} {seconds} سیکنڈ میں دوبارہ کوشش ہو گی۔</translation>
        </message>
    </context>
    <context>
        <name>TaggingView</name>
        <message>
            <source>Boxes drawn</source>
            <translation type="unfinished">بنائے گئے باکس</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>لیبل</translation>
        </message>
        <message>
            <source>Key {0}</source>
            <translation>بٹن {0}</translation>
        </message>
        <message>
            <source>Label of the box</source>
            <translation type="unfinished">باکس کا لیبل</translation>
        </message>
        <message>
            <source>Choose one label</source>
            <translation>ایک لیبل چنیں</translation>
        </message>
        <message>
            <source>Choose all labels that apply</source>
            <translation>جو لیبل درست ہوں وہ سب چنیں</translation>
        </message>
        <message>
            <source>the image is {0}×{1} pixels, but the task says {2}×{3}</source>
            <translation type="unfinished">تصویر {0}×{1} پکسل کی ہے، لیکن ٹاسک میں {2}×{3} لکھا ہے</translation>
        </message>
        <message>
            <source>{0}. {1}: {2}×{3} at {4}, {5}</source>
            <translation type="unfinished">{0}. {1}: {2}×{3}، مقام {4}، {5}</translation>
        </message>
        <message>
            <source>B start/end a box · arrows move (Shift faster) · Alt+arrows resize · Tab next box · 1…9 label · Delete remove · Ctrl+Plus/Minus zoom</source>
            <translation type="unfinished">B باکس شروع/ختم · تیر: کھسکائیں (Shift: تیز) · Alt+تیر: سائز بدلیں · Tab اگلا باکس · 1…9 لیبل · Delete ہٹائیں · Ctrl+Plus/Minus زوم</translation>
        </message>
        <message>
            <source>1…9 choose labels · Ctrl+Plus/Minus zoom · Ctrl+0 fit · arrows pan</source>
            <translation>1…9 لیبل چنیں · Ctrl+Plus/Minus زوم · Ctrl+0 پوری تصویر · تیر: تصویر کھسکائیں</translation>
        </message>
    </context>
    <context>
        <name>TaskState</name>
        <message>
            <source>done</source>
            <translation type="unfinished">مکمل</translation>
        </message>
        <message>
            <source>gone</source>
            <translation type="unfinished">ہٹا دیا گیا</translation>
        </message>
        <message>
            <source>held</source>
            <translation type="unfinished">کسی اور کے پاس</translation>
        </message>
        <message>
            <source>closed</source>
            <translation type="unfinished">بند</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation type="unfinished">چھوڑا گیا</translation>
        </message>
        <message>
            <source>flagged</source>
            <translation type="unfinished">رپورٹ کیا گیا</translation>
        </message>
        <message>
            <source>new</source>
            <translation type="unfinished">نیا</translation>
        </message>
    </context>
    <context>
        <name>TeamScreen</name>
        <message>
            <source>Partner admin</source>
            <translation>پارٹنر ایڈمن</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>سپروائزر</translation>
        </message>
        <message>
            <source>Team — {0} ({1})</source>
            <translation>ٹیم — {0} ({1})</translation>
        </message>
        <message>
            <source>Tasks ({0})</source>
            <translation>ٹاسک ({0})</translation>
        </message>
        <message>
            <source>Go to the task screen</source>
            <translation>ٹاسک اسکرین پر جائیں</translation>
        </message>
        <message>
            <source>Do tasks yourself, with your timesheet. {0} comes back here.</source>
            <translation>خود ٹاسک کریں، اپنی ٹائم شیٹ کے ساتھ۔ {0} سے واپس یہاں آئیں۔</translation>
        </message>
        <message>
            <source>Lock (Ctrl+L)</source>
            <translation>لاک کریں (Ctrl+L)</translation>
        </message>
        <message>
            <source>Lock the screen</source>
            <translation>اسکرین لاک کریں</translation>
        </message>
        <message>
            <source>Lock the screen for the next person. Your PIN opens it again.</source>
            <translation>اگلے شخص کے لیے اسکرین لاک کریں۔ آپ کا PIN اسے دوبارہ کھولتا ہے۔</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>ٹیم</translation>
        </message>
        <message>
            <source>On shift (Ctrl+1)</source>
            <translation>شفٹ پر (Ctrl+1)</translation>
        </message>
        <message>
            <source>Hours (Ctrl+2)</source>
            <translation>گھنٹے (Ctrl+2)</translation>
        </message>
        <message>
            <source>Training (Ctrl+3)</source>
            <translation>ٹریننگ (Ctrl+3)</translation>
        </message>
        <message>
            <source>Review (Ctrl+4)</source>
            <translation>جائزہ (Ctrl+4)</translation>
        </message>
        <message>
            <source>Users (Ctrl+5)</source>
            <translation>صارفین (Ctrl+5)</translation>
        </message>
    </context>
    <context>
        <name>TimesheetBar</name>
        <message>
            <source>Time</source>
            <translation>وقت</translation>
        </message>
        <message>
            <source>Today's hours</source>
            <translation>آج کے گھنٹے</translation>
        </message>
        <message>
            <source>Clock out ({0})</source>
            <translation>ٹائم آؤٹ ({0})</translation>
        </message>
        <message>
            <source>Clock in ({0})</source>
            <translation>ٹائم اِن ({0})</translation>
        </message>
        <message>
            <source>End break ({0})</source>
            <translation>وقفہ ختم ({0})</translation>
        </message>
        <message>
            <source>Start break ({0})</source>
            <translation>وقفہ شروع ({0})</translation>
        </message>
        <message>
            <source>My week ({0})</source>
            <translation>میرا ہفتہ ({0})</translation>
        </message>
        <message>
            <source>The computer restarted, which ended your shift: your time is not being counted. Clock in again.</source>
            <translation>کمپیوٹر دوبارہ شروع ہوا، جس سے آپ کی شفٹ ختم ہو گئی: آپ کا وقت نہیں گنا جا رہا۔ دوبارہ ٹائم اِن کریں۔</translation>
        </message>
        <message>
            <source>You are not clocked in: your time is not being counted.</source>
            <translation>آپ ٹائم اِن نہیں ہیں: آپ کا وقت نہیں گنا جا رہا۔</translation>
        </message>
        <message>
            <source>On a break: your time is not being counted until you end the break.</source>
            <translation>وقفے پر: وقفہ ختم کرنے تک آپ کا وقت نہیں گنا جا رہا۔</translation>
        </message>
        <message>
            <source>Time paused while the screen was locked. It counts again when you work.</source>
            <translation>اسکرین لاک ہونے کے دوران وقت رُکا رہا۔ کام کرنے پر پھر سے گنا جائے گا۔</translation>
        </message>
        <message>
            <source>Time paused: there was no input for a while. It counts again when you work.</source>
            <translation>وقت رُکا ہوا ہے: کچھ دیر کی بورڈ یا ماؤس استعمال نہیں ہوا۔ کام کرنے پر پھر سے گنا جائے گا۔</translation>
        </message>
        <message>
            <source>Clocked in since {0}: your time is being counted.</source>
            <translation>{0} سے ٹائم اِن: آپ کا وقت گنا جا رہا ہے۔</translation>
        </message>
        <message>
            <source>Today: {0} clocked · {1} active</source>
            <translation>آج: حاضری {0} · فعال {1}</translation>
        </message>
        <message>
            <source>{0} min</source>
            <translation>{0} منٹ</translation>
        </message>
        <message>
            <source>{0} h {1} min</source>
            <translation>{0} گھنٹے {1} منٹ</translation>
        </message>
    </context>
    <context>
        <name>TrainingPanel</name>
        <message>
            <source>Training of each worker</source>
            <translation>ہر کارکن کی ٹریننگ</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>کارکن</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>پروجیکٹ</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>ٹریننگ</translation>
        </message>
        <message>
            <source>Best score</source>
            <translation>بہترین اسکور</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>کوششیں</translation>
        </message>
        <message>
            <source>&amp;Give another attempt</source>
            <translation>ایک اور موقع دیں (&amp;G)</translation>
        </message>
        <message>
            <source>Give the selected worker another attempt at the training</source>
            <translation>چنے گئے کارکن کو ٹریننگ کا ایک اور موقع دیں</translation>
        </message>
        <message>
            <source>For a worker who has used her attempts: she does the project's training set again, and its tasks open when she passes.</source>
            <translation>اس کارکن کے لیے جس کی کوششیں ختم ہو چکیں: پروجیکٹ کا ٹریننگ سیٹ دوبارہ کیا جاتا ہے، اور پاس ہونے پر اس کے ٹاسک کھل جاتے ہیں۔</translation>
        </message>
        <message>
            <source>No project here has a training set.</source>
            <translation>یہاں کسی پروجیکٹ میں ٹریننگ سیٹ نہیں۔</translation>
        </message>
        <message numerus="yes">
            <source>%n worker(s) have used their attempts without passing: their project's tasks stay closed to them until you give another attempt.</source>
            <translation type="unfinished">
                <numerusform>%n کارکن پاس ہوئے بغیر اپنی کوششیں ختم کر چکا ہے: جب تک آپ ایک اور موقع نہ دیں، اس کے پروجیکٹ کے ٹاسک اس کے لیے بند رہیں گے۔</numerusform>
                <numerusform>%n کارکن پاس ہوئے بغیر اپنی کوششیں ختم کر چکے ہیں: جب تک آپ ایک اور موقع نہ دیں، ان کے پروجیکٹ کے ٹاسک ان کے لیے بند رہیں گے۔</numerusform>
            </translation>
        </message>
        <message>
            <source>Each worker does a project's training set before its tasks open to her.</source>
            <translation>ہر کارکن کو پہلے پروجیکٹ کا ٹریننگ سیٹ کرنا ہوتا ہے، پھر اس کے ٹاسک کھلتے ہیں۔</translation>
        </message>
        <message>
            <source>Each worker does a project's training tasks once, before its other tasks; no project here asks for a pass mark.</source>
            <translation>ہر کارکن کو پروجیکٹ کے دوسرے ٹاسک سے پہلے ایک بار اس کے ٹریننگ ٹاسک کرنے ہوتے ہیں؛ یہاں کوئی پروجیکٹ پاسنگ مارکس نہیں مانگتا۔</translation>
        </message>
        <message>
            <source>{0} (pass mark {1}%)</source>
            <translation>{0} (پاسنگ مارکس {1}%)</translation>
        </message>
        <message>
            <source>{0} of {1}</source>
            <translation>{1} میں سے {0}</translation>
        </message>
        <message>
            <source>Passed on another workstation: the tasks are open</source>
            <translation>دوسرے کمپیوٹر پر پاس: ٹاسک کھلے ہیں</translation>
        </message>
        <message>
            <source>Passed: the tasks are open</source>
            <translation>پاس: ٹاسک کھلے ہیں</translation>
        </message>
        <message>
            <source>Not passed, no attempts left: the tasks are closed</source>
            <translation>پاس نہیں، کوئی کوشش باقی نہیں: ٹاسک بند ہیں</translation>
        </message>
        <message>
            <source>Done (the project does not require a pass)</source>
            <translation>مکمل (پروجیکٹ میں پاس ہونا ضروری نہیں)</translation>
        </message>
        <message>
            <source>Training: {0} of {1} done</source>
            <translation>ٹریننگ: {1} میں سے {0} مکمل</translation>
        </message>
        <message>
            <source>{0} may try the training of {1} again.</source>
            <translation>{0} {1} کی ٹریننگ دوبارہ کر سکتے ہیں۔</translation>
        </message>
        <message>
            <source>{0} worker(s) have used their attempts without passing: their project's tasks stay closed to them until you give another attempt.</source>
            <translation type="vanished">{0} کارکن پاس ہوئے بغیر اپنی کوششیں ختم کر چکے ہیں: جب تک آپ ایک اور موقع نہ دیں، ان کے پروجیکٹ کے ٹاسک ان کے لیے بند رہیں گے۔</translation>
        </message>
    </context>
    <context>
        <name>TranscriptionView</name>
        <message>
            <source>Transcript</source>
            <translation>تحریر</translation>
        </message>
        <message>
            <source>Type what you hear or read…</source>
            <translation>جو سنیں یا پڑھیں وہ لکھیں…</translation>
        </message>
        <message>
            <source>&amp;Transcript</source>
            <translation>تحریر (&amp;T)</translation>
        </message>
        <message>
            <source>Type what you hear…</source>
            <translation>جو سنیں وہ لکھیں…</translation>
        </message>
        <message>
            <source>Type what you read…</source>
            <translation>جو پڑھیں وہ لکھیں…</translation>
        </message>
        <message>
            <source>Insert {0}</source>
            <translation>{0} ڈالیں</translation>
        </message>
        <message>
            <source>Esc play/pause · F2/F3 back/forward · F7/F8 speed · F9 loop · Ctrl+J time stamp · Alt+1…9 tokens</source>
            <translation>Esc چلائیں/روکیں · F2/F3 پیچھے/آگے · F7/F8 رفتار · F9 دہرائیں · Ctrl+J وقت کا نشان · Alt+1…9 ٹوکن</translation>
        </message>
        <message>
            <source>Ctrl+Plus/Minus zoom · Ctrl+0 fit · Tab to the scan, arrows pan, Shift+Tab back · Alt+1…9 tokens</source>
            <translation>Ctrl+Plus/Minus زوم · Ctrl+0 پوری تصویر · Tab سے اسکین پر جائیں، تیر سے کھسکائیں، Shift+Tab واپس · Alt+1…9 ٹوکن</translation>
        </message>
        <message>
            <source>{0} / {1} characters</source>
            <translation>{0} / {1} حروف</translation>
        </message>
    </context>
    <context>
        <name>TranslationView</name>
        <message>
            <source>Source text</source>
            <translation type="unfinished">اصل متن</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation type="unfinished">ترجمہ</translation>
        </message>
        <message>
            <source>Type the translation…</source>
            <translation type="unfinished">ترجمہ لکھیں…</translation>
        </message>
        <message>
            <source>Copy source</source>
            <translation type="unfinished">اصل متن کاپی کریں</translation>
        </message>
        <message>
            <source>Copy the source into the translation</source>
            <translation type="unfinished">اصل متن کو ترجمے میں کاپی کریں</translation>
        </message>
        <message>
            <source>Previous segment</source>
            <translation type="unfinished">پچھلا حصہ</translation>
        </message>
        <message>
            <source>Next segment</source>
            <translation type="unfinished">اگلا حصہ</translation>
        </message>
        <message>
            <source>&amp;Translation</source>
            <translation type="unfinished">ترجمہ (&amp;T)</translation>
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished">اصل متن</translation>
        </message>
        <message>
            <source>Segment {0} of {1}</source>
            <translation type="unfinished">{1} میں سے حصہ {0}</translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) not translated yet</source>
            <translation type="unfinished">
                <numerusform>%n حصے کا ترجمہ ابھی باقی ہے</numerusform>
                <numerusform>%n حصوں کا ترجمہ ابھی باقی ہے</numerusform>
            </translation>
        </message>
        <message>
            <source>Previous: {0} → {1}</source>
            <translation type="unfinished">پچھلا: {0} → {1}</translation>
        </message>
        <message>
            <source>Next: {0} → {1}</source>
            <translation type="unfinished">اگلا: {0} → {1}</translation>
        </message>
        <message>
            <source>Insert {0}</source>
            <translation type="unfinished">{0} ڈالیں</translation>
        </message>
        <message>
            <source>Alt+Down/Up next/previous segment · Alt+Page Down next untranslated · Ctrl+Shift+C copy source · Alt+1…9 insert terms</source>
            <translation type="unfinished">Alt+Down/Up اگلا/پچھلا حصہ · Alt+Page Down اگلا بغیر ترجمے کا حصہ · Ctrl+Shift+C اصل متن کاپی کریں · Alt+1…9 اصطلاحات ڈالیں</translation>
        </message>
        <message>
            <source>{0} / {1} characters</source>
            <translation type="unfinished">{0} / {1} حروف</translation>
        </message>
        <message>
            <source>Alt+Down/Up next/previous segment · Ctrl+Shift+C copy source · Alt+1…9 insert terms</source>
            <translation type="vanished">Alt+Down/Up اگلا/پچھلا حصہ · Ctrl+Shift+C اصل متن کاپی کریں · Alt+1…9 اصطلاحات ڈالیں</translation>
        </message>
    </context>
    <context>
        <name>UserDialogs</name>
        <message>
            <source>Message</source>
            <translation>پیغام</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
    </context>
    <context>
        <name>UsersPanel</name>
        <message>
            <source>Where the user list comes from</source>
            <translation>صارف فہرست کہاں سے آتی ہے</translation>
        </message>
        <message>
            <source>Names, roles and labs of users from the hub are kept at the hub: the organisation's admin changes them there (labhub add-user …), and they arrive here with the next sync. This screen does not change roles.</source>
            <translation>ہب سے آنے والے صارفین کے نام، عہدے اور لیب ہب پر رکھے جاتے ہیں: ادارے کا ایڈمن انہیں وہیں بدلتا ہے (labhub add-user …)، اور وہ اگلے سنک کے ساتھ یہاں آ جاتے ہیں۔ یہ اسکرین عہدے نہیں بدلتی۔</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>صارفین</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>عہدہ</translation>
        </message>
        <message>
            <source>Lab</source>
            <translation>لیب</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>کہاں شامل ہوا</translation>
        </message>
        <message>
            <source>State</source>
            <translation>حالت</translation>
        </message>
        <message>
            <source>About the selected user</source>
            <translation>چنے گئے صارف کے بارے میں</translation>
        </message>
        <message>
            <source>&amp;Add user…</source>
            <translation>صارف شامل کریں (&amp;A)…</translation>
        </message>
        <message>
            <source>Add user</source>
            <translation>صارف شامل کریں</translation>
        </message>
        <message>
            <source>Set &amp;PIN…</source>
            <translation>PIN سیٹ کریں (&amp;P)…</translation>
        </message>
        <message>
            <source>Set PIN</source>
            <translation>PIN سیٹ کریں</translation>
        </message>
        <message>
            <source>S&amp;witch off…</source>
            <translation>اکاؤنٹ بند کریں (&amp;W)…</translation>
        </message>
        <message>
            <source>Switch off</source>
            <translation>اکاؤنٹ بند کریں</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>لاک کھولیں (&amp;U)</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>لاک کھولیں</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>پیغام</translation>
        </message>
        <message>
            <source>The hub has not sent a user list yet: users added here are marked 'awaiting the hub' until it confirms them.</source>
            <translation>ہب نے ابھی صارف فہرست نہیں بھیجی: یہاں شامل کیے گئے صارفین پر 'ہب کا انتظار' لکھا رہے گا جب تک ہب ان کی تصدیق نہ کرے۔</translation>
        </message>
        <message>
            <source>The user list came from the hub on {0}, more than {1} days ago: someone switched off at the hub can still log in here until the next sync. Sync soon.</source>
            <translation>صارف فہرست ہب سے {0} کو آئی تھی، {1} دن سے زیادہ پہلے: جس کا اکاؤنٹ ہب پر بند کیا گیا ہو، وہ اگلے سنک تک یہاں لاگ اِن کر سکتا ہے۔ جلد سنک کریں۔</translation>
        </message>
        <message>
            <source>The user list came from the hub on {0}.</source>
            <translation>صارف فہرست ہب سے {0} کو آئی۔</translation>
        </message>
        <message>
            <source>{0} (you)</source>
            <translation>{0} (آپ)</translation>
        </message>
        <message>
            <source>By the hub</source>
            <translation>ہب سے</translation>
        </message>
        <message>
            <source>Here, confirmed by the hub</source>
            <translation>یہاں، ہب سے تصدیق شدہ</translation>
        </message>
        <message>
            <source>Here</source>
            <translation>یہاں</translation>
        </message>
        <message>
            <source>Switched off</source>
            <translation>بند</translation>
        </message>
        <message>
            <source>Locked for {0} s</source>
            <translation>{0} سیکنڈ کے لیے لاک</translation>
        </message>
        <message>
            <source>No PIN yet</source>
            <translation>ابھی PIN نہیں</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>چالو</translation>
        </message>
        <message>
            <source>Awaiting the hub</source>
            <translation>ہب کا انتظار</translation>
        </message>
        <message>
            <source>S&amp;witch on</source>
            <translation>اکاؤنٹ چالو کریں (&amp;W)</translation>
        </message>
        <message>
            <source>Switch on</source>
            <translation>اکاؤنٹ چالو کریں</translation>
        </message>
        <message>
            <source>You cannot switch off your own account. Another partner admin can.</source>
            <translation>آپ اپنا اکاؤنٹ خود بند نہیں کر سکتے۔ کوئی اور پارٹنر ایڈمن کر سکتا ہے۔</translation>
        </message>
        <message>
            <source>This is you. You cannot switch off your own account; another partner admin can.</source>
            <translation>یہ آپ ہیں۔ آپ اپنا اکاؤنٹ خود بند نہیں کر سکتے؛ کوئی اور پارٹنر ایڈمن کر سکتا ہے۔</translation>
        </message>
        <message>
            <source>{0} is switched off: they cannot log in here. Their recorded time and work stay.</source>
            <translation>{0} کا اکاؤنٹ بند ہے: وہ یہاں لاگ اِن نہیں کر سکتے۔ ان کا درج وقت اور کام محفوظ رہتا ہے۔</translation>
        </message>
        <message>
            <source>{0} typed a wrong PIN {1} times in a row and can try again in {2} seconds. Unlock lets them try now.</source>
            <translation>{0} نے لگاتار {1} بار غلط PIN لکھا اور {2} سیکنڈ بعد دوبارہ کوشش کر سکتے ہیں۔ 'لاک کھولیں' سے وہ ابھی کوشش کر سکتے ہیں۔</translation>
        </message>
        <message>
            <source>{0} has no PIN yet, so they cannot log in. Set one with Set PIN.</source>
            <translation>{0} کا ابھی کوئی PIN نہیں، اس لیے وہ لاگ اِن نہیں کر سکتے۔ 'PIN سیٹ کریں' سے PIN بنائیں۔</translation>
        </message>
        <message>
            <source>{0} was added here and can log in on this workstation. The hub confirms them when its user list names them.</source>
            <translation>{0} یہاں شامل کیے گئے اور اس کمپیوٹر پر لاگ اِن کر سکتے ہیں۔ جب ہب کی صارف فہرست میں ان کا نام آئے گا تو ہب تصدیق کر دے گا۔</translation>
        </message>
        <message>
            <source>{0}'s name, role and lab come from the hub: change them there.</source>
            <translation>{0} کا نام، عہدہ اور لیب ہب سے آتے ہیں: انہیں وہیں بدلیں۔</translation>
        </message>
        <message>
            <source>{0} is added and can log in here with the PIN you chose. The hub confirms them at a sync.</source>
            <translation>{0} شامل ہو گئے اور آپ کے چنے ہوئے PIN سے یہاں لاگ اِن کر سکتے ہیں۔ ہب سنک کے وقت ان کی تصدیق کرے گا۔</translation>
        </message>
        <message>
            <source>{0} comes from the hub: if the hub sends a PIN for them, it replaces this one at a sync.</source>
            <translation>{0} ہب سے آئے ہیں: اگر ہب ان کے لیے PIN بھیجے تو سنک پر وہ اس PIN کی جگہ لے لے گا۔</translation>
        </message>
        <message>
            <source>{0}'s new PIN is set: they can log in with it now.</source>
            <translation>{0} کا نیا PIN سیٹ ہو گیا: وہ اب اس سے لاگ اِن کر سکتے ہیں۔</translation>
        </message>
        <message>
            <source>{0} is switched on and can log in again.</source>
            <translation>{0} کا اکاؤنٹ چالو ہو گیا اور وہ دوبارہ لاگ اِن کر سکتے ہیں۔</translation>
        </message>
        <message>
            <source>Switch off {0}?</source>
            <translation>{0} کا اکاؤنٹ بند کریں؟</translation>
        </message>
        <message>
            <source>{0} cannot log in here until you switch them on again, and is logged out now if they are logged in. Their recorded time and work stay.</source>
            <translation>جب تک آپ دوبارہ چالو نہ کریں، {0} یہاں لاگ اِن نہیں کر سکیں گے، اور اگر ابھی لاگ اِن ہیں تو لاگ آؤٹ ہو جائیں گے۔ ان کا درج وقت اور کام محفوظ رہتا ہے۔</translation>
        </message>
        <message>
            <source>The hub's next user list may switch them on again: to switch them off for good, switch them off at the hub.</source>
            <translation>ہب کی اگلی صارف فہرست انہیں دوبارہ چالو کر سکتی ہے: ہمیشہ کے لیے بند کرنے کے لیے ہب پر بند کریں۔</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>{0} is switched off.</source>
            <translation>{0} کا اکاؤنٹ بند ہو گیا۔</translation>
        </message>
        <message>
            <source>{0} is unlocked and can try their PIN again now.</source>
            <translation>{0} کا لاک کھل گیا اور وہ اب دوبارہ اپنا PIN آزما سکتے ہیں۔</translation>
        </message>
        <message>
            <source>You are no longer logged in.</source>
            <translation>آپ اب لاگ اِن نہیں ہیں۔</translation>
        </message>
    </context>
    <context>
        <name>VideoScreen</name>
        <message>
            <source>Video</source>
            <extracomment>The largest picture shown: 4K UHD. A larger frame (a hostile or broken file) is not converted (its image alone would take a gigabyte at 16k x 16k); ``too_large`` says so instead.</extracomment>
            <translation type="unfinished">ویڈیو</translation>
        </message>
        <message>
            <source>Click to play or pause</source>
            <translation type="unfinished">چلانے یا روکنے کے لیے کلک کریں</translation>
        </message>
    </context>
    <context>
        <name>Waveform</name>
        <message>
            <source>Waveform of the clip</source>
            <translation>کلپ کی آواز کی لہر</translation>
        </message>
        <message>
            <source>Click to play from there</source>
            <translation>وہاں سے چلانے کے لیے کلک کریں</translation>
        </message>
    </context>
    <context>
        <name>WorkScreen</name>
        <message>
            <source>Progress</source>
            <translation>پیش رفت</translation>
        </message>
        <message>
            <source>Project to work on</source>
            <translation>کام کے لیے پروجیکٹ</translation>
        </message>
        <message>
            <source>Work on (Ctrl+P):</source>
            <translation>اس پر کام کریں (Ctrl+P):</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>پیغام</translation>
        </message>
        <message>
            <source>Instructions</source>
            <translation>ہدایات</translation>
        </message>
        <message>
            <source>Instructions (F1)</source>
            <translation>ہدایات (F1)</translation>
        </message>
        <message>
            <source>Flag as broken (Ctrl+Shift+B)</source>
            <translation>خراب ہونے کی اطلاع (Ctrl+Shift+B)</translation>
        </message>
        <message>
            <source>Skip (Ctrl+Shift+S)</source>
            <translation>چھوڑیں (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>Submit (Ctrl+Enter)</source>
            <translation>جمع کریں (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Undo last answer (Ctrl+Shift+Backspace)</source>
            <translation>آخری جواب واپس لیں (Ctrl+Shift+Backspace)</translation>
        </message>
        <message>
            <source>Team (F4)</source>
            <translation>ٹیم (F4)</translation>
        </message>
        <message>
            <source>Go to the Team screen</source>
            <translation>ٹیم اسکرین پر جائیں</translation>
        </message>
        <message>
            <source>Import a batch from a file… (Ctrl+I)</source>
            <translation>فائل سے بیچ امپورٹ کریں… (Ctrl+I)</translation>
        </message>
        <message>
            <source>Import a batch from a file</source>
            <translation>فائل سے بیچ امپورٹ کریں</translation>
        </message>
        <message>
            <source>Worker: {0}</source>
            <translation>کارکن: {0}</translation>
        </message>
        <message>
            <source>This project has no instructions.</source>
            <translation>اس پروجیکٹ کی کوئی ہدایات نہیں۔</translation>
        </message>
        <message>
            <source>transcription</source>
            <translation>ٹرانسکرپشن</translation>
        </message>
        <message>
            <source>tagging</source>
            <translation>ٹیگنگ</translation>
        </message>
        <message>
            <source>data entry</source>
            <translation>ڈیٹا انٹری</translation>
        </message>
        <message>
            <source>All projects</source>
            <translation>تمام پروجیکٹ</translation>
        </message>
        <message>
            <source>No task to do</source>
            <translation>کرنے کو کوئی ٹاسک نہیں</translation>
        </message>
        <message>
            <source>There are no tasks left in this computer's cache. New work arrives when the workstation syncs with the hub; a lab admin can also import a batch from a USB stick.</source>
            <translation>اس کمپیوٹر کے کیش میں کوئی ٹاسک باقی نہیں۔ نیا کام تب آتا ہے جب یہ کمپیوٹر ہب سے سنک ہو؛ لیب ایڈمن USB سے بیچ امپورٹ بھی کر سکتا ہے۔</translation>
        </message>
        <message>
            <source>{0}: {1} left</source>
            <translation>{0}: {1} باقی</translation>
        </message>
        <message>
            <source>Lock (Ctrl+L)</source>
            <translation>لاک کریں (Ctrl+L)</translation>
        </message>
        <message>
            <source>Lock the screen</source>
            <translation>اسکرین لاک کریں</translation>
        </message>
        <message>
            <source>Lock the screen for the next person. Your PIN opens it again, with your work as you left it.</source>
            <translation>اگلے شخص کے لیے اسکرین لاک کریں۔ آپ کا PIN اسے دوبارہ کھولتا ہے، اور آپ کا کام ویسا ہی ملتا ہے جیسا آپ نے چھوڑا تھا۔</translation>
        </message>
        <message>
            <source>translation</source>
            <translation type="unfinished">ترجمہ</translation>
        </message>
        <message>
            <source>captioning</source>
            <translation type="unfinished">کیپشننگ</translation>
        </message>
        <message>
            <source>    {0}, {1} only: {2} left</source>
            <translation>    {0}، صرف {1}: {2} باقی</translation>
        </message>
        <message>
            <source>Nothing is left for you in {0}. Choose other work (Ctrl+P), or all of it.</source>
            <translation>{0} میں آپ کے لیے کچھ باقی نہیں۔ کوئی اور کام چنیں (Ctrl+P)، یا تمام پروجیکٹ۔</translation>
        </message>
        <message>
            <source>The tasks of {0} open when you pass its training: your best score is {1}%, {2}% is needed, and your {3} attempts are used. Ask your supervisor to let you try again.</source>
            <translation>{0} کے ٹاسک اس کی ٹریننگ پاس کرنے پر کھلتے ہیں: آپ کا بہترین اسکور {1}% ہے، {2}% ضروری ہے، اور آپ کی {3} کوششیں ختم ہو چکی ہیں۔ اپنے سپروائزر سے دوبارہ موقع مانگیں۔</translation>
        </message>
        <message>
            <source>The organisation has paused your work on {0}: {1} Ask your supervisor.</source>
            <translation>ادارے نے {0} پر آپ کا کام روک دیا ہے: {1} اپنے سپروائزر سے پوچھیں۔</translation>
        </message>
        <message>
            <source>Done today: {0} (and {1} skipped or flagged)   ·   Left in cache: {2}</source>
            <translation>آج مکمل: {0} (اور {1} چھوڑے یا رپورٹ کیے)   ·   اس کمپیوٹر پر باقی: {2}</translation>
        </message>
        <message>
            <source>Done today: {0}   ·   Left in cache: {1}</source>
            <translation>آج مکمل: {0}   ·   اس کمپیوٹر پر باقی: {1}</translation>
        </message>
        <message>
            <source>Clock in?</source>
            <translation>ٹائم اِن کریں؟</translation>
        </message>
        <message>
            <source>You are not clocked in, so the work you just did is not on the clock. Clock in now? (Next time: {0}, or the Clock in button.)</source>
            <translation>آپ ٹائم اِن نہیں ہیں، اس لیے ابھی کیا گیا کام حاضری کے وقت میں شامل نہیں۔ ابھی ٹائم اِن کریں؟ (اگلی بار: {0}، یا 'ٹائم اِن' بٹن۔)</translation>
        </message>
        <message>
            <source>&amp;Clock in now</source>
            <translation>ابھی ٹائم اِن کریں (&amp;C)</translation>
        </message>
        <message>
            <source>Clock in now</source>
            <translation>ابھی ٹائم اِن کریں</translation>
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation>ابھی نہیں (&amp;N)</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>ابھی نہیں</translation>
        </message>
        <message>
            <source>Your answer is saved, but its feedback cannot be shown: {0}</source>
            <translation>آپ کا جواب محفوظ ہو گیا، لیکن اس کا فیڈبیک نہیں دکھایا جا سکتا: {0}</translation>
        </message>
        <message>
            <source>Skip this task</source>
            <translation>یہ ٹاسک چھوڑیں</translation>
        </message>
        <message>
            <source>Why are you skipping it?</source>
            <translation>آپ اسے کیوں چھوڑ رہے ہیں؟</translation>
        </message>
        <message>
            <source>Too hard to hear or read</source>
            <translation>سننے یا پڑھنے میں بہت مشکل</translation>
        </message>
        <message>
            <source>Not in a language I know</source>
            <translation>ایسی زبان میں ہے جو مجھے نہیں آتی</translation>
        </message>
        <message>
            <source>I am not sure</source>
            <translation>مجھے یقین نہیں</translation>
        </message>
        <message>
            <source>Flag this task as broken</source>
            <translation>اس ٹاسک کے خراب ہونے کی اطلاع دیں</translation>
        </message>
        <message>
            <source>What is wrong with it?</source>
            <translation>اس میں کیا خرابی ہے؟</translation>
        </message>
        <message>
            <source>The media does not play or show</source>
            <translation>میڈیا نہیں چلتا یا نظر نہیں آتا</translation>
        </message>
        <message>
            <source>The instructions do not fit this task</source>
            <translation>ہدایات اس ٹاسک سے میل نہیں کھاتیں</translation>
        </message>
        <message>
            <source>The content is offensive or private</source>
            <translation>مواد نازیبا یا نجی ہے</translation>
        </message>
        <message>
            <source>Your last answer is taken back: change it and submit again.</source>
            <translation>آپ کا آخری جواب واپس لے لیا گیا: اسے بدلیں اور دوبارہ جمع کریں۔</translation>
        </message>
        <message>
            <source>This task's media cannot be shown or played ({0}). Press Ctrl+Shift+B to flag the task as broken, then go on.</source>
            <translation>اس ٹاسک کا میڈیا دکھایا یا چلایا نہیں جا سکتا ({0})۔ ٹاسک کے خراب ہونے کی اطلاع کے لیے Ctrl+Shift+B دبائیں، پھر آگے بڑھیں۔</translation>
        </message>
        <message>
            <source>Import a batch</source>
            <translation>بیچ امپورٹ کریں</translation>
        </message>
        <message>
            <source>Batch bundles (*.zip)</source>
            <translation>بیچ فائلیں (*.zip)</translation>
        </message>
        <message>
            <source>Importing {0}…</source>
            <translation>{0} امپورٹ ہو رہا ہے…</translation>
        </message>
        <message>
            <source>Batch {0} is already in the cache; nothing changed.</source>
            <translation>بیچ {0} پہلے سے کیش میں ہے؛ کچھ نہیں بدلا۔</translation>
        </message>
    </context>
    <context>
        <name>label</name>
        <message>
            <source>Problem</source>
            <translation>مسئلہ</translation>
        </message>
    </context>
</TS>
