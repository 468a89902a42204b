<?xml version="1.0" encoding="utf-8"?>
<!-- Haitian Creole translation of LabClient. Produced by machine translation (a language model) on 2026-12-04; every text awaits review by a native speaker. Texts marked unfinished were unsure. -->
<!DOCTYPE TS>
<TS version="2.1" language="ht">
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>Add a user</source>
            <translation>Ajoute yon itilizatè</translation>
        </message>
        <message>
            <source>The user is added on this workstation and can log in at once with this PIN. They show as awaiting the hub until the hub's user list confirms them.</source>
            <translation>Itilizatè a ajoute sou pòs travay sa a, e li ka konekte touswit ak PIN sa a. L ap parèt kòm «ap tann sèvè a» jiskaske lis itilizatè sèvè a konfime l.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Wòl</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN ankò</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Non:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Wòl:</translation>
        </message>
        <message>
            <source>&amp;PIN ({0} to {1} characters):</source>
            <translation>&amp;PIN ({0} a {1} karaktè):</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>PIN an&amp;kò:</translation>
        </message>
        <message>
            <source>Add user</source>
            <translation>Ajoute itilizatè</translation>
        </message>
        <message>
            <source>Type the person's name.</source>
            <translation>Tape non moun nan.</translation>
        </message>
        <message>
            <source>The two PINs are not the same. Type the PIN twice again.</source>
            <translation>De PIN yo pa menm. Tape PIN nan de fwa ankò.</translation>
        </message>
        <message>
            <source>Type a name of 1 to {0} characters.</source>
            <translation>Tape yon non ki gen 1 a {0} karaktè.</translation>
        </message>
    </context>
    <context>
        <name>AdminDialog</name>
        <message>
            <source>Sync and hub</source>
            <translation>Senkronizasyon ak sèvè</translation>
        </message>
        <message>
            <source>Hub address</source>
            <translation>Adrès sèvè a</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>Kòd enskripsyon</translation>
        </message>
        <message>
            <source>Enrol this workstation</source>
            <translation>Enskri pòs travay sa a</translation>
        </message>
        <message>
            <source>Hub</source>
            <translation>Sèvè</translation>
        </message>
        <message>
            <source>Connected to:</source>
            <translation>Konekte ak:</translation>
        </message>
        <message>
            <source>Hub &amp;address:</source>
            <translation>&amp;Adrès sèvè a:</translation>
        </message>
        <message>
            <source>Enrolment &amp;code:</source>
            <translation>&amp;Kòd enskripsyon:</translation>
        </message>
        <message>
            <source>Sync now (F5)</source>
            <translation>Senkronize kounye a (F5)</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Senkronize kounye a</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anile</translation>
        </message>
        <message>
            <source>Cancel sync</source>
            <translation>Anile senkronizasyon</translation>
        </message>
        <message>
            <source>Sync progress</source>
            <translation>Pwogrè senkronizasyon</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Senkronizasyon</translation>
        </message>
        <message>
            <source>Write the outbox to a USB stick…</source>
            <translation>Ekri bwat sòti a sou yon kle USB…</translation>
        </message>
        <message>
            <source>Write the outbox to a USB stick</source>
            <translation>Ekri bwat sòti a sou yon kle USB</translation>
        </message>
        <message>
            <source>For 'labhub import-outbox' where the hub can be reached; the items stay here until its receipt is read</source>
            <translation type="unfinished">Pou 'labhub import-outbox' kote ou ka jwenn sèvè a; eleman yo rete isit la jiskaske yo li resi a</translation>
        </message>
        <message>
            <source>Read the hub's receipt…</source>
            <translation>Li resi sèvè a…</translation>
        </message>
        <message>
            <source>Read the hub's receipt</source>
            <translation>Li resi sèvè a</translation>
        </message>
        <message>
            <source>Read new work from the hub…</source>
            <translation type="unfinished">Li nouvo travay ki soti nan hub la…</translation>
        </message>
        <message>
            <source>Read new work from the hub</source>
            <translation type="unfinished">Li nouvo travay ki soti nan hub la</translation>
        </message>
        <message>
            <source>The file 'labhub export-lab' wrote: new batches, the lab's people and the receipts, for when the line is down</source>
            <translation type="unfinished">Fichye « labhub export-lab » ekri a: nouvo lo, moun laboratwa a ak resi yo, pou lè liy lan koupe</translation>
        </message>
        <message>
            <source>Sync automatically every (minutes)</source>
            <translation>Senkronize otomatikman chak (minit)</translation>
        </message>
        <message>
            <source>only when asked</source>
            <translation>sèlman lè w mande</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Media to fetch ahead (MB)</source>
            <translation>Medya pou chache davans (MB)</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>san limit</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>New batches are fetched only while the media of the work not yet done stays below this. The first batch always comes.</source>
            <translation>Nouvo lo yo vini sèlman toutotan medya travay ki poko fèt yo rete anba limit sa a. Premye lo a toujou vini.</translation>
        </message>
        <message>
            <source>Data over the line a day, at most (MB)</source>
            <translation type="unfinished">Done sou liy la pa jou, pi plis (MB)</translation>
        </message>
        <message>
            <source>Data over the line a month, at most (MB)</source>
            <translation type="unfinished">Done sou liy la pa mwa, pi plis (MB)</translation>
        </message>
        <message>
            <source> MB a day</source>
            <translation type="unfinished"> MB pa jou</translation>
        </message>
        <message>
            <source>no daily limit</source>
            <translation type="unfinished">pa gen limit pa jou</translation>
        </message>
        <message>
            <source> MB a month</source>
            <translation type="unfinished"> MB pa mwa</translation>
        </message>
        <message>
            <source>no monthly limit</source>
            <translation type="unfinished">pa gen limit pa mwa</translation>
        </message>
        <message>
            <source>What the syncs may carry over a metered line. Results and timesheets go first, then new work; a sync stops before the budget is passed.</source>
            <translation type="unfinished">Sa senkronizasyon yo ka pase sou yon liy ki peye pa MB. Rezilta yo ak fèy tan yo pase anvan, apre sa nouvo travay; yon senkronizasyon kanpe anvan li depase bidjè a.</translation>
        </message>
        <message>
            <source>Lab relay address</source>
            <translation type="unfinished">Adrès relè laboratwa a</translation>
        </message>
        <message>
            <source>Where 'labclient relay' runs on this lab's network, as it says when it starts. Media files come from it first; nothing else goes to it. Empty: none.</source>
            <translation type="unfinished">Kote 'labclient relay' ap mache sou rezo laboratwa a, jan li di l lè l kòmanse. Fichye medya yo soti nan li anvan; anyen lòt pa ale ba li. Vid: pa genyen.</translation>
        </message>
        <message>
            <source>none: media comes from the hub</source>
            <translation type="unfinished">pa genyen: medya soti nan hub la</translation>
        </message>
        <message>
            <source>Find on the network</source>
            <translation type="unfinished">Chèche sou rezo a</translation>
        </message>
        <message>
            <source>Find the lab relay on the network</source>
            <translation type="unfinished">Chèche relè laboratwa a sou rezo a</translation>
        </message>
        <message>
            <source>Look for the lab relay of this hub on the lab's network, and use it</source>
            <translation type="unfinished">Chèche relè laboratwa hub sa a sou rezo laboratwa a, epi sèvi ak li</translation>
        </message>
        <message>
            <source>Language of the window for everyone</source>
            <translation type="unfinished">Lang fenèt la pou tout moun</translation>
        </message>
        <message>
            <source>The computer's language</source>
            <translation type="unfinished">Lang òdinatè a</translation>
        </message>
        <message>
            <source>Sync auto&amp;matically every:</source>
            <translation>Senkronize oto&amp;matikman chak:</translation>
        </message>
        <message>
            <source>Media to &amp;fetch ahead, at most:</source>
            <translation>Medya pou &amp;chache davans, pi plis:</translation>
        </message>
        <message>
            <source>&amp;Data over the line, at most:</source>
            <translation type="unfinished">&amp;Done sou liy la, pi plis:</translation>
        </message>
        <message>
            <source>Lab &amp;relay:</source>
            <translation type="unfinished">&amp;Relè laboratwa:</translation>
        </message>
        <message>
            <source>&amp;Language for everyone:</source>
            <translation type="unfinished">&amp;Lang pou tout moun:</translation>
        </message>
        <message>
            <source>Sync history</source>
            <translation>Istwa senkronizasyon</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Kòmanse</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Rezilta</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Eleman</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Voye</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Resevwa</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mesaj</translation>
        </message>
        <message>
            <source>Refused by the hub</source>
            <translation>Sèvè a refize</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Kilè</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Lo</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tach</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Eta</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Rezon</translation>
        </message>
        <message>
            <source>Results another workstation answered first</source>
            <translation>Rezilta yon lòt pòs travay te reponn anvan</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Travayè</translation>
        </message>
        <message>
            <source>What the hub said</source>
            <translation>Sa sèvè a di</translation>
        </message>
        <message>
            <source>Sync details</source>
            <translation>Detay senkronizasyon</translation>
        </message>
        <message>
            <source>Sync &amp;history</source>
            <translation>&amp;Istwa senkronizasyon</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fèmen</translation>
        </message>
        <message>
            <source>Enrol this workstation first: type the hub address and the enrolment code above.</source>
            <translation>Enskri pòs travay sa a anvan: tape adrès sèvè a ak kòd enskripsyon an anwo a.</translation>
        </message>
        <message>
            <source>Where to write the outbox (the USB stick)</source>
            <translation>Ki kote pou ekri bwat sòti a (kle USB la)</translation>
        </message>
        <message>
            <source>The hub's receipt</source>
            <translation>Resi sèvè a</translation>
        </message>
        <message>
            <source>Receipts (*.lcr)</source>
            <translation>Resi (*.lcr)</translation>
        </message>
        <message>
            <source>The hub's file for this lab</source>
            <translation type="unfinished">Fichye hub la pou laboratwa sa a</translation>
        </message>
        <message>
            <source>Lab files (*.lcl)</source>
            <translation type="unfinished">Fichye laboratwa (*.lcl)</translation>
        </message>
        <message numerus="yes">
            <source>Read the hub's file: %n new batch(es).</source>
            <translation type="unfinished">
                <numerusform>Fichye hub la li: %n nouvo lo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) answered by the hub left the outbox.</source>
            <translation type="unfinished">
                <numerusform>%n eleman hub la reponn soti nan bwat sòti a.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n batch(es) not taken, e.g. {0}: {1}</source>
            <translation type="unfinished">
                <numerusform>%n lo pa pran, pa egzanp {0}: {1}</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading the hub's file…</source>
            <translation type="unfinished">N ap li fichye hub la…</translation>
        </message>
        <message>
            <source>Writing the outbox…</source>
            <translation>Ap ekri bwat sòti a…</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n item(s) to {0}. Take it to where the hub can be reached (labhub import-outbox), then read the receipt here; until then they stay on this computer.</source>
            <translation type="unfinished">
                <numerusform>Ekri %n eleman nan {0}. Pote l kote ou ka jwenn sèvè a (labhub import-outbox), epi li resi a isit la; jiskaske sa, yo rete sou òdinatè sa a.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Receipt read: %n item(s) answered by the hub left the outbox.</source>
            <translation type="unfinished">
                <numerusform>Resi a li: %n eleman sèvè a reponn soti nan bwat sòti a.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The last sync did not take %n batch(es) the hub sent. Its line in the sync history says which and why.</source>
            <translation type="unfinished">
                <numerusform>Dènye senkronizasyon an pa t pran %n lo sèvè a te voye. Liy li nan istwa senkronizasyon an di kilès ak poukisa.</numerusform>
            </translation>
        </message>
        <message>
            <source>not enrolled</source>
            <translation>pa enskri</translation>
        </message>
        <message>
            <source>&amp;Refused by the hub ({0})</source>
            <translation>Sèvè a &amp;refize ({0})</translation>
        </message>
        <message>
            <source>Answered &amp;elsewhere first ({0})</source>
            <translation>Reponn &amp;lòt kote anvan ({0})</translation>
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished">fini</translation>
        </message>
        <message>
            <source>no connection</source>
            <translation type="unfinished">pa gen koneksyon</translation>
        </message>
        <message>
            <source>data budget used</source>
            <translation type="unfinished">bidjè done a fini</translation>
        </message>
        <message>
            <source>hub busy</source>
            <translation type="unfinished">sèvè a okipe</translation>
        </message>
        <message>
            <source>refused credential</source>
            <translation type="unfinished">idantifyan refize</translation>
        </message>
        <message>
            <source>not the hub's answer</source>
            <translation type="unfinished">repons lan pa soti nan sèvè a</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation type="unfinished">anile</translation>
        </message>
        <message>
            <source>failed</source>
            <translation type="unfinished">echwe</translation>
        </message>
        <message>
            <source>Only a partner admin who is logged in may change this. Close this screen and open it again with Ctrl+Shift+A.</source>
            <translation>Se sèlman yon admin patnè ki konekte ki ka chanje sa. Fèmen ekran sa a epi louvri l ankò ak Ctrl+Shift+A.</translation>
        </message>
        <message>
            <source>The day's data budget cannot be larger than the month's.</source>
            <translation type="unfinished">Bidjè done jounen an pa ka pi gwo pase bidjè mwa a.</translation>
        </message>
        <message>
            <source>Media comes from the lab relay at {0} first, from the next sync on.</source>
            <translation type="unfinished">Medya ap soti nan relè laboratwa a nan {0} anvan, apati pwochen senkwonizasyon an.</translation>
        </message>
        <message>
            <source>Media comes from the hub.</source>
            <translation type="unfinished">Medya soti nan hub la.</translation>
        </message>
        <message>
            <source>That is not a relay address: type it as 'labclient relay' says it, for example http://192.168.1.10:8765. Nothing changed.</source>
            <translation type="unfinished">Sa a se pa yon adrès relè: tape l jan 'labclient relay' di l, pa egzanp http://192.168.1.10:8765. Anyen pa chanje.</translation>
        </message>
        <message>
            <source>Looking for the lab relay on this network…</source>
            <translation type="unfinished">N ap chèche relè laboratwa a sou rezo sa a…</translation>
        </message>
        <message>
            <source>No lab relay of this hub answered on this network. Is 'labclient relay' running there? Or type its address.</source>
            <translation type="unfinished">Okenn relè laboratwa hub sa a pa reponn sou rezo sa a. Èske 'labclient relay' ap mache? Oswa tape adrès li.</translation>
        </message>
        <message>
            <source>Found the lab relay at {0}: media comes from it first, from the next sync on.</source>
            <translation type="unfinished">Relè laboratwa a jwenn nan {0}: medya yo soti nan li an premye, depi pwochen senkronizasyon an.</translation>
        </message>
        <message numerus="yes">
            <source>%n lab relay(s) answered; the first, at {0}, is used. Type another's address to choose it.</source>
            <translation type="unfinished">
                <numerusform>%n relè laboratwa reponn; premye a, nan {0}, se li yo itilize. Tape adrès yon lòt pou chwazi li.</numerusform>
            </translation>
        </message>
        <message>
            <source>today {0} MB</source>
            <translation type="unfinished">jodi a {0} MB</translation>
        </message>
        <message>
            <source>today {0} of {1} MB</source>
            <translation type="unfinished">jodi a {0} sou {1} MB</translation>
        </message>
        <message>
            <source>this month {0} MB</source>
            <translation type="unfinished">mwa sa a {0} MB</translation>
        </message>
        <message>
            <source>this month {0} of {1} MB</source>
            <translation type="unfinished">mwa sa a {0} sou {1} MB</translation>
        </message>
        <message>
            <source>Used: {0} · {1}</source>
            <translation type="unfinished">Itilize: {0} · {1}</translation>
        </message>
        <message>
            <source>The whole lab, as the relay counted at the last sync: {0} · {1}</source>
            <translation type="unfinished">Tout laboratwa a, jan relè a te konte l nan dènye senkronizasyon an: {0} · {1}</translation>
        </message>
        <message numerus="yes">
            <source>used up: %n item(s) and new work wait</source>
            <translation type="unfinished">
                <numerusform>fini: %n eleman ak nouvo travay ap tann</numerusform>
            </translation>
        </message>
        <message>
            <source>Enrolling…</source>
            <translation>Ap enskri…</translation>
        </message>
        <message>
            <source>Enrolled for lab {0}. Sync now to fetch work.</source>
            <translation>Enskri pou laboratwa {0}. Senkronize kounye a pou chache travay.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Ap senkronize…</translation>
        </message>
        <message>
            <source>{0}  ({1} sent, {2} received)</source>
            <translation>{0}  ({1} voye, {2} resevwa)</translation>
        </message>
        <message>
            <source>Wrote {0} item(s) to {1}. Take it to where the hub can be reached (labhub import-outbox), then read the receipt here; until then they stay on this computer.</source>
            <translation type="vanished">Ekri {0} eleman nan {1}. Pote l kote ou ka jwenn sèvè a (labhub import-outbox), epi li resi a isit la; jiskaske sa, yo rete sou òdinatè sa a.</translation>
        </message>
        <message>
            <source>Receipt read: {0} item(s) answered by the hub left the outbox.</source>
            <translation type="vanished">Resi a li: {0} eleman sèvè a reponn soti nan bwat sòti a.</translation>
        </message>
        <message>
            <source>The last sync did not take {0} batch(es) the hub sent. Its line in the sync history says which and why.</source>
            <translation type="vanished">Dènye senkronizasyon an pa t pran {0} lo sèvè a te voye. Liy li nan istwa senkronizasyon an di kilès ak poukisa.</translation>
        </message>
    </context>
    <context>
        <name>AdminLogin</name>
        <message>
            <source>Admin screen</source>
            <translation>Ekran admin</translation>
        </message>
        <message>
            <source>Only a partner admin may open the admin screen. Admin, log in here:</source>
            <translation>Se sèlman yon admin patnè ki ka louvri ekran admin nan. Admin, konekte isit la:</translation>
        </message>
        <message>
            <source>Admin's name</source>
            <translation>Non admin nan</translation>
        </message>
        <message>
            <source>Admin's PIN</source>
            <translation>PIN admin nan</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Non:</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>&amp;PIN:</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mesaj</translation>
        </message>
        <message>
            <source>Open the admin screen (Enter)</source>
            <translation>Louvri ekran admin nan (Enter)</translation>
        </message>
        <message>
            <source>Open the admin screen</source>
            <translation>Louvri ekran admin nan</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Anile (Esc)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anile</translation>
        </message>
        <message>
            <source>{0} is not a partner admin, so they cannot open the admin screen. Ask the partner admin.</source>
            <translation>{0} pa yon admin patnè, kidonk li pa ka louvri ekran admin nan. Mande admin patnè a.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>LabClient cannot start</source>
            <translation>LabClient pa ka demare</translation>
        </message>
    </context>
    <context>
        <name>AudioPlayer</name>
        <message>
            <source>Play or pause</source>
            <translation>Jwe oswa poze</translation>
        </message>
        <message>
            <source>Skip back</source>
            <translation>Tounen dèyè</translation>
        </message>
        <message>
            <source>Skip forward</source>
            <translation>Avanse</translation>
        </message>
        <message>
            <source>Position in clip</source>
            <translation>Pozisyon nan klip la</translation>
        </message>
        <message>
            <source>Loop (F9)</source>
            <translation>Repete (F9)</translation>
        </message>
        <message>
            <source>Loop the clip</source>
            <translation>Repete klip la san rete</translation>
        </message>
        <message>
            <source>Rewind on resume, seconds</source>
            <translation type="unfinished">Rekile lè w rekòmanse, an segonn</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>How far playback steps back when you resume after a pause</source>
            <translation>Konbyen lekti a rekile lè w rekòmanse apre yon poz</translation>
        </message>
        <message>
            <source>Rewind on resume:</source>
            <translation>Rekile lè w rekòmanse:</translation>
        </message>
        <message>
            <source>Keys…</source>
            <translation>Touch…</translation>
        </message>
        <message>
            <source>Choose the player's keys (a foot pedal)</source>
            <translation>Chwazi touch lektè a (yon pedal pye)</translation>
        </message>
        <message>
            <source>Skip back {0} s ({1})</source>
            <translation>Tounen {0} s ({1})</translation>
        </message>
        <message>
            <source>Skip forward {0} s ({1})</source>
            <translation>Avanse {0} s ({1})</translation>
        </message>
        <message>
            <source>◀◀ Back ({0})</source>
            <translation>◀◀ Tounen ({0})</translation>
        </message>
        <message>
            <source>Forward ({0}) ▶▶</source>
            <translation>Avanse ({0}) ▶▶</translation>
        </message>
        <message>
            <source>Player keys</source>
            <translation>Touch lektè a</translation>
        </message>
        <message>
            <source>Press the key (or the pedal) for each action. A foot pedal that presents itself as a keyboard works like any key.</source>
            <translation>Peze touch la (oswa pedal la) pou chak aksyon. Yon pedal pye ki parèt tankou yon klavye mache tankou nenpòt touch.</translation>
        </message>
        <message>
            <source>&amp;Play and pause:</source>
            <translation>&amp;Jwe ak poze:</translation>
        </message>
        <message>
            <source>Skip &amp;back:</source>
            <translation>&amp;Tounen:</translation>
        </message>
        <message>
            <source>Skip &amp;forward:</source>
            <translation>&amp;Avanse:</translation>
        </message>
        <message>
            <source>Each action needs a key.</source>
            <translation>Chak aksyon bezwen yon touch.</translation>
        </message>
        <message>
            <source>Give each action a key of its own.</source>
            <translation>Bay chak aksyon yon touch pa l.</translation>
        </message>
        <message>
            <source>{0} is taken: LabClient uses it, or it types text. Choose another key.</source>
            <translation>{0} deja pran: LabClient sèvi avè l, oswa li tape tèks. Chwazi yon lòt touch.</translation>
        </message>
        <message>
            <source>❚❚ Pause ({0})</source>
            <translation>❚❚ Poz ({0})</translation>
        </message>
        <message>
            <source>▶ Play ({0})</source>
            <translation>▶ Jwe ({0})</translation>
        </message>
        <message>
            <source>No sound output: plug in the headset, or check that the sound is on. The clip plays, but you will not hear it.</source>
            <translation>Pa gen son: ploge kas ekoutè a, oswa gade si son an limen. Klip la ap jwe, men ou p ap tande l.</translation>
        </message>
        <message>
            <source>the file is missing</source>
            <translation>fichye a pa la</translation>
        </message>
        <message>
            <source>Speed {0}× (F7/F8)</source>
            <translation>Vitès {0}× (F7/F8)</translation>
        </message>
        <message>
            <source>the picture is {0}×{1} pixels; the most LabClient shows is 3840×2160</source>
            <translation type="unfinished">imaj la fè {0}×{1} piksèl; LabClient montre pi plis 3840×2160</translation>
        </message>
        <message>
            <source>the file has no picture: it is not a video</source>
            <translation type="unfinished">fichye a pa gen imaj: se pa yon videyo</translation>
        </message>
        <message>
            <source>the clip cannot be decoded</source>
            <translation type="unfinished">pa ka dekode klip la</translation>
        </message>
    </context>
    <context>
        <name>BoxEditor</name>
        <message>
            <source>Arrows move the crosshair, B starts and ends a box, Tab selects the next box, digits set its label, Delete removes it</source>
            <translation type="unfinished">Flèch yo deplase kwa a, B kòmanse epi fini yon kad, Tab chwazi pwochen kad la, chif yo chwazi etikèt li, Delete retire l</translation>
        </message>
        <message>
            <source>Zoom with Ctrl+Plus and Ctrl+Minus, fit with Ctrl+0</source>
            <translation type="unfinished">Zoum ak Ctrl+Plus ak Ctrl+Minus, ajiste ak Ctrl+0</translation>
        </message>
    </context>
    <context>
        <name>CancelQuestion</name>
        <message>
            <source>Cancel shift</source>
            <translation>Anile orè</translation>
        </message>
        <message>
            <source>&amp;Cancel the shift</source>
            <translation>&amp;Anile orè a</translation>
        </message>
        <message>
            <source>Cancel the shift</source>
            <translation>Anile orè a</translation>
        </message>
        <message>
            <source>&amp;Keep it</source>
            <translation>&amp;Kenbe l</translation>
        </message>
        <message>
            <source>Keep the shift</source>
            <translation>Kenbe orè a</translation>
        </message>
    </context>
    <context>
        <name>CaptioningView</name>
        <message>
            <source>Captions</source>
            <extracomment>How far the decoded clip's length may be from the task's ``duration_ms`` (the larger of the two applies) before the task is shown as broken: captions timed against the wrong length would be refused, or pass and run past the real end.</extracomment>
            <translation type="unfinished">Soutit yo</translation>
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished">Kòmanse</translation>
        </message>
        <message>
            <source>End</source>
            <translation type="unfinished">Fini</translation>
        </message>
        <message>
            <source>Text</source>
            <translation type="unfinished">Tèks</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation type="unfinished">Pwoblèm</translation>
        </message>
        <message>
            <source>Caption text</source>
            <translation type="unfinished">Tèks soutit la</translation>
        </message>
        <message>
            <source>Press Ctrl+Shift+N for a caption at the play position, then type</source>
            <translation type="unfinished">Peze Ctrl+Shift+N pou yon soutit nan pozisyon lekti a, epi tape</translation>
        </message>
        <message>
            <source>&amp;Caption</source>
            <translation type="unfinished">&amp;Soutit</translation>
        </message>
        <message>
            <source>Esc play/pause · Ctrl+Shift+N new caption · Ctrl+[ / Ctrl+] start/end at the play position · Alt+arrows move start (Shift: end) · Alt+Up/Down captions · Ctrl+Shift+K split · Ctrl+Shift+M merge</source>
            <translation type="unfinished">Esc jwe/poze · Ctrl+Shift+N nouvo soutit · Ctrl+[ / Ctrl+] kòmansman/fen nan pozisyon lekti a · Alt+flèch deplase kòmansman (Shift: fen) · Alt+Up/Down soutit anvan/apre · Ctrl+Shift+K koupe · Ctrl+Shift+M mete ansanm</translation>
        </message>
        <message>
            <source>{0} – {1} · longest line {2}/{3} · {4} characters a second (most {5})</source>
            <translation type="unfinished">{0} – {1} · liy ki pi long {2}/{3} · {4} karaktè pa segonn (pi plis {5})</translation>
        </message>
        <message>
            <source>the clip lasts {0}, but the task says {1}</source>
            <translation type="unfinished">klip la dire {0}, men tach la di {1}</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>Correct {0}'s time</source>
            <translation>Korije tan {0}</translation>
        </message>
        <message>
            <source>Correct the time of {0}. The change is kept with your name and the reason; nothing is erased.</source>
            <translation>Korije tan {0}. Chanjman an kenbe ak non w ak rezon an; anyen pa efase.</translation>
        </message>
        <message>
            <source>Day to correct</source>
            <translation>Jou pou korije</translation>
        </message>
        <message>
            <source>clocked time</source>
            <translation>tan prezans</translation>
        </message>
        <message>
            <source>active time</source>
            <translation>tan aktif</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Rezon</translation>
        </message>
        <message>
            <source>For example: forgot to clock out at 17:00</source>
            <translation>Egzanp: bliye make sòti a 17:00</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Jou:</translation>
        </message>
        <message>
            <source>&amp;Clocked time:</source>
            <translation>Tan &amp;prezans:</translation>
        </message>
        <message>
            <source>&amp;Active time:</source>
            <translation>Tan a&amp;ktif:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Rezon:</translation>
        </message>
        <message>
            <source>Save the correction</source>
            <translation>Anrejistre koreksyon an</translation>
        </message>
        <message>
            <source>&amp;Save correction</source>
            <translation>&amp;Anrejistre koreksyon</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anile</translation>
        </message>
        <message>
            <source>Add or take away {0}</source>
            <translation>Ajoute oswa retire {0}</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajoute</translation>
        </message>
        <message>
            <source>Take away</source>
            <translation>Retire</translation>
        </message>
        <message>
            <source>Hours of {0}</source>
            <translation>Èdtan {0}</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>Minutes of {0}</source>
            <translation>Minit {0}</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Enter the hours or minutes to add or take away.</source>
            <translation>Tape èdtan oswa minit pou ajoute oswa retire.</translation>
        </message>
        <message>
            <source>Write the reason for this correction.</source>
            <translation>Ekri rezon koreksyon sa a.</translation>
        </message>
        <message>
            <source>That day now: {0} clocked, {1} active</source>
            <translation>Jou sa a kounye a: {0} prezans, {1} aktif</translation>
        </message>
    </context>
    <context>
        <name>DataEntryView</name>
        <message>
            <source>Listing text</source>
            <translation type="unfinished">Tèks fich la</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Rezilta</translation>
        </message>
        <message>
            <source>Alt+{0}</source>
            <translation>Alt+{0}</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>yon chif</translation>
        </message>
        <message>
            <source>a phone number</source>
            <translation type="unfinished">yon nimewo telefòn</translation>
        </message>
        <message>
            <source>a web address: https://…</source>
            <translation type="unfinished">yon adrès sit entènèt: https://…</translation>
        </message>
        <message>
            <source>an email address</source>
            <translation type="unfinished">yon adrès imèl</translation>
        </message>
        <message>
            <source>Tab next field · Alt+1…9 outcome · Ctrl+Plus/Minus zoom</source>
            <translation>Tab pwochen chan · Alt+1…9 rezilta · Ctrl+Plus/Minus zoum</translation>
        </message>
    </context>
    <context>
        <name>Duration</name>
        <message>
            <source>{0} min {1} s</source>
            <translation type="unfinished">{0} min {1} s</translation>
        </message>
        <message>
            <source>{0} s</source>
            <translation type="unfinished">{0} s</translation>
        </message>
        <message>
            <source>{0} d {1} h {2} min</source>
            <translation type="unfinished">{0} j {1} h {2} min</translation>
        </message>
        <message>
            <source>{0} h {1} min</source>
            <translation type="unfinished">{0} h {1} min</translation>
        </message>
        <message>
            <source>{0} min</source>
            <translation type="unfinished">{0} min</translation>
        </message>
    </context>
    <context>
        <name>Error</name>
        <message>
            <source>The disk is full, so this could not be saved. Free some space on the disk that holds {folder}, then try again. Everything saved before is intact.</source>
            <translation>Disk la plen, kidonk sa pa t ka anrejistre. Libere yon ti espas sou disk ki gen dosye {folder}, epi eseye ankò. Tout sa ki te anrejistre anvan yo la toujou.</translation>
        </message>
        <message>
            <source>LabClient cannot write to its data folder {folder}. Ask the lab admin to check that the folder is writable. Everything saved before is intact.</source>
            <translation>LabClient pa ka ekri nan dosye done li, {folder}. Mande admin laboratwa a verifye si yo ka ekri nan dosye a. Tout sa ki te anrejistre anvan yo la toujou.</translation>
        </message>
        <message>
            <source>The data folder {folder} is in use by another LabClient window. Close the other window, then try again.</source>
            <translation>Yon lòt fenèt LabClient ap sèvi ak dosye done {folder}. Fèmen lòt fenèt la, epi eseye ankò.</translation>
        </message>
        <message>
            <source>The local database {path} is damaged ({detail}). LabClient has not changed it. Ask the lab admin to restore it from a backup or to re-enrol this workstation.</source>
            <translation>Baz done lokal la, {path}, domaje ({detail}). LabClient pa chanje l. Mande admin laboratwa a retabli l ak yon kopi sekou, oswa enskri pòs travay sa a ankò.</translation>
        </message>
        <message>
            <source>The local database {path} was written by a newer LabClient (schema {found}; this program knows up to {known}). Install the newer LabClient. The data has not been touched.</source>
            <translation>Baz done lokal la, {path}, se yon LabClient ki pi nouvo ki ekri l (chema {found}; pwogram sa a konnen jiska {known}). Enstale LabClient ki pi nouvo a. Done yo pa chanje.</translation>
        </message>
        <message>
            <source>The batch was refused: {detail}. Nothing in the task cache changed.</source>
            <translation>Lo a refize: {detail}. Anyen pa chanje nan rezèv tach yo.</translation>
        </message>
        <message>
            <source>This task is already {state}; it cannot be changed. Go on to the next task.</source>
            <translation>Tach sa a deja {state}; li pa ka chanje. Ale nan pwochen tach la.</translation>
        </message>
        <message>
            <source>There is no user named {name} on this workstation. Pick your name from the list, or ask the partner admin to add you.</source>
            <translation>Pa gen okenn itilizatè ki rele {name} sou pòs travay sa a. Chwazi non w nan lis la, oswa mande admin patnè a ajoute w.</translation>
        </message>
        <message>
            <source>That PIN is not right for {name}. Tries left before the account locks for a while: {tries_left}.</source>
            <translation>PIN sa a pa bon pou {name}. Kantite esè ki rete anvan kont lan bloke pou yon ti tan: {tries_left}.</translation>
        </message>
        <message>
            <source>{name} is locked for {seconds} more seconds after too many wrong PINs. Wait, then try again; the partner admin can unlock it sooner.</source>
            <translation>{name} bloke pou {seconds} segonn ankò akoz twòp move PIN. Tann, epi eseye ankò; admin patnè a ka debloke l pi vit.</translation>
        </message>
        <message>
            <source>{name}'s account is switched off on this workstation. Ask the partner admin.</source>
            <translation>Kont {name} dezaktive sou pòs travay sa a. Mande admin patnè a.</translation>
        </message>
        <message>
            <source>{name} has no PIN yet, so they cannot log in. Ask the partner admin to set one.</source>
            <translation>{name} poko gen PIN, kidonk li pa ka konekte. Mande admin patnè a ba l youn.</translation>
        </message>
        <message>
            <source>A PIN or password is {min} to {max} characters and not only spaces. Choose another.</source>
            <translation>Yon PIN oswa modpas gen {min} a {max} karaktè, e se pa espas sèlman. Chwazi yon lòt.</translation>
        </message>
        <message>
            <source>There is already a user named {name} here. Choose another name.</source>
            <translation>Gen yon itilizatè ki rele {name} isit la deja. Chwazi yon lòt non.</translation>
        </message>
        <message>
            <source>The screen is locked. {who} must enter their PIN to go on, or someone else can log in.</source>
            <translation>Ekran an bloke. {who} dwe tape PIN li pou kontinye, oswa yon lòt moun ka konekte.</translation>
        </message>
        <message>
            <source>{who} ({role}) may not {action}. {hint}</source>
            <translation>{who} ({role}) pa gen dwa {action}. {hint}</translation>
        </message>
        <message>
            <source>The PINs on this workstation are protected by a key kept in this computer's keyring, which cannot be read now. Log in to this computer's account again (that unlocks the keyring), or ask the partner admin. No PIN was checked.</source>
            <translation type="unfinished">PIN yo sou pòs travay sa a pwoteje ak yon kle ki nan twous kle (keyring) òdinatè sa a, men li pa ka li kounye a. Konekte ankò nan kont òdinatè sa a (sa debloke twous kle a), oswa mande admin patnè a. Okenn PIN pa t verifye.</translation>
        </message>
        <message>
            <source>Sync did not finish: {detail}. Everything is kept on this computer and goes next time.</source>
            <translation type="unfinished">Senkronizasyon an pa t fini: {detail}. Tout bagay rete sou òdinatè sa a, e y ap ale pwochen fwa a.</translation>
        </message>
        <message>
            <source>The hub at {hub} cannot be reached ({detail}). Work goes on offline; everything is kept on this computer and goes at the next sync.</source>
            <translation type="unfinished">Pa ka jwenn sèvè ki nan {hub} la ({detail}). Travay la kontinye san koneksyon; tout bagay rete sou òdinatè sa a, e y ap ale nan pwochen senkronizasyon an.</translation>
        </message>
        <message>
            <source>The hub is busy or failing ({detail}). LabClient will try again later; nothing is lost.</source>
            <translation type="unfinished">Sèvè a okipe oswa li gen pwoblèm ({detail}). LabClient ap eseye ankò pita; anyen pa pèdi.</translation>
        </message>
        <message>
            <source>The hub refused this workstation's credential ({detail}). Sync has stopped. A partner admin must enrol this workstation again (Admin screen, or labclient enroll). No work is lost.</source>
            <translation type="unfinished">Sèvè a refize idantifyan pòs travay sa a ({detail}). Senkronizasyon an kanpe. Yon admin patnè dwe enskri pòs travay sa a ankò (ekran admin nan, oswa labclient enroll). Okenn travay pa pèdi.</translation>
        </message>
        <message>
            <source>The answer from {hub} was not from a LabClient hub ({detail}). If this network has a login page (captive portal), open a browser and sign in, then sync again. Nothing is lost.</source>
            <translation type="unfinished">Repons ki soti nan {hub} la pa t soti nan yon sèvè LabClient ({detail}). Si rezo sa a gen yon paj koneksyon (captive portal), louvri yon navigatè epi konekte, apre sa senkronize ankò. Anyen pa pèdi.</translation>
        </message>
        <message>
            <source>This workstation is not enrolled with a hub yet. A partner admin enrols it with labclient enroll --hub URL, which asks for the code (or on the Admin screen).</source>
            <translation type="unfinished">Pòs travay sa a poko enskri sou yon sèvè. Yon admin patnè enskri l ak labclient enroll --hub URL, ki mande kòd la (oswa sou ekran admin nan).</translation>
        </message>
        <message>
            <source>The user list from the hub is older ({as_of}) than the one already here ({current}), so it was not applied. Nothing changed; the next sync brings the current list.</source>
            <translation type="unfinished">Lis itilizatè ki soti nan sèvè a pi ansyen ({as_of}) pase sa ki deja la a ({current}), kidonk yo pa t aplike l. Anyen pa chanje; pwochen senkronizasyon an ap pote lis ki ajou a.</translation>
        </message>
        <message>
            <source>The timesheet record on this workstation has been tampered with or damaged ({detail}). It cannot be approved here; the hub keeps its own copy of everything synced. Tell the partner admin.</source>
            <translation type="unfinished">Yo chanje oswa domaje rejis orè pòs travay sa a ({detail}). Yo pa ka apwouve l isit la; sèvè a kenbe pwòp kopi pa l de tout sa ki te senkronize. Di admin patnè a.</translation>
        </message>
        <message>
            <source>There is no secure credential store on this computer ({detail}), so the hub credential cannot be kept safely. On Windows this is the Credential Manager; on Linux start a Secret Service such as GNOME Keyring. Or, knowing that anyone with this computer account can then read it, choose --credential-store file (see docs/INSTALL.md). Nothing was changed.</source>
            <translation type="unfinished">Pa gen okenn kote ki an sekirite pou kenbe idantifyan sou òdinatè sa a ({detail}), kidonk idantifyan sèvè a pa ka rete an sekirite. Sou Windows se Credential Manager; sou Linux, lanse yon Secret Service tankou GNOME Keyring. Oswa, si ou konnen nenpòt moun ki gen kont òdinatè sa a ap ka li l, chwazi --credential-store file (gade docs/INSTALL.md). Anyen pa chanje.</translation>
        </message>
        <message>
            <source>The lab relay could not be looked for on this network ({detail}). Type its address instead.</source>
            <translation type="unfinished">Yo pa t ka chèche relè laboratwa a sou rezo sa a ({detail}). Tape adrès li pito.</translation>
        </message>
        <message>
            <source>The user list from the hub is dated {as_of}, far ahead of the hub's clock ({now}), so it was not applied. Nothing changed. Ask the hub's admin to check the hub computer's clock.</source>
            <translation>Lis itilizatè ki soti nan sèvè a gen dat {as_of}, byen lwen devan lè sèvè a ({now}), kidonk yo pa t aplike l. Anyen pa chanje. Mande admin sèvè a verifye lè òdinatè sèvè a.</translation>
        </message>
        <message>
            <source>That PIN is not right for {name}. After {failures} wrong tries in a row, {name} is locked for {seconds} seconds; try again after that.</source>
            <translation>PIN sa a pa bon pou {name}. Apre {failures} move esè youn dèyè lòt, {name} bloke pou {seconds} segonn; eseye ankò apre sa.</translation>
        </message>
        <message>
            <source>This workstation already has a partner admin. Ask them to add you.</source>
            <translation>Pòs travay sa a gen yon admin patnè deja. Mande l ajoute w.</translation>
        </message>
        <message>
            <source>The hub's user list is in charge on this workstation, so no admin can be made here. Add the admin at the hub.</source>
            <translation>Se lis itilizatè sèvè a ki kòmande sou pòs travay sa a, kidonk yo pa ka kreye okenn admin isit la. Ajoute admin nan sou sèvè a.</translation>
        </message>
        <message>
            <source>{who} cannot switch off their own account. Another partner admin can.</source>
            <translation>{who} pa ka dezaktive pwòp kont li. Yon lòt admin patnè ka fè l.</translation>
        </message>
        <message>
            <source>{name}'s account is switched off, so no shift can be planned for them.</source>
            <translation type="unfinished">Kont {name} dezaktive, kidonk yo pa ka planifye okenn orè pou li.</translation>
        </message>
        <message>
            <source>{name} already has a shift then ({start}–{end}). Change the times or the seat.</source>
            <translation type="unfinished">{name} gen yon orè deja nan lè sa a ({start}–{end}). Chanje lè yo oswa plas la.</translation>
        </message>
        <message>
            <source>Seat {seat} is taken then by {name} ({start}–{end}). Change the times or the seat.</source>
            <translation type="unfinished">Plas {seat} gen {name} ladan l nan lè sa a ({start}–{end}). Chanje lè yo oswa plas la.</translation>
        </message>
        <message>
            <source>Another worker has started this task and keeps it; their draft is not touched. Go on to the next task.</source>
            <translation>Yon lòt travayè kòmanse tach sa a e li kenbe l; yo pa touche bouyon li. Ale nan pwochen tach la.</translation>
        </message>
        <message>
            <source>The tasks of {project} open when you pass its training. Ask your supervisor.</source>
            <translation>Tach {project} yo ap louvri lè w pase fòmasyon li. Mande sipèvizè w.</translation>
        </message>
        <message>
            <source>The organisation has paused your work on {project}: {why} Ask your supervisor.</source>
            <translation>Òganizasyon an mete travay ou sou {project} an poz: {why} Mande sipèvizè w.</translation>
        </message>
        <message>
            <source>{name} is already clocked in (since {since}). Go on working, or clock out first.</source>
            <translation>{name} deja make antre (depi {since}). Kontinye travay, oswa make sòti anvan.</translation>
        </message>
        <message>
            <source>{name} is not clocked in: the computer restarted after the clock-in at {since}, which ended that shift. Clock in again; the supervisor can correct the time lost.</source>
            <translation>{name} pa make antre: òdinatè a te redemare apre li te make antre a {since}, sa ki fini peryòd travay sa a. Make antre ankò; sipèvizè a ka korije tan ki pèdi a.</translation>
        </message>
        <message>
            <source>{name} is not clocked in. Clock in first.</source>
            <translation>{name} pa make antre. Make antre anvan.</translation>
        </message>
        <message>
            <source>{name} is on a break. End the break first.</source>
            <translation>{name} an poz. Fini poz la anvan.</translation>
        </message>
        <message>
            <source>{name} is not on a break.</source>
            <translation>{name} pa an poz.</translation>
        </message>
        <message>
            <source>{name} is still clocked in. Approve these days after they clock out.</source>
            <translation>{name} poko make sòti. Apwouve jou sa yo apre li make sòti.</translation>
        </message>
        <message>
            <source>That PIN is one of the first anyone would try (like 0000, 1234 or 1212). Choose another.</source>
            <translation>PIN sa a se youn nan premye PIN nenpòt moun ta eseye (tankou 0000, 1234 oswa 1212). Chwazi yon lòt.</translation>
        </message>
        <message>
            <source>Supervisors and partner admins need a PIN or password of at least {min} characters on this workstation, so a copy of its database cannot be used to guess it. Choose a longer one.</source>
            <translation>Sou pòs travay sa a, sipèvizè ak admin patnè bezwen yon PIN oswa modpas ki gen omwen {min} karaktè, pou pèsonn pa ka sèvi ak yon kopi baz done a pou devine l. Chwazi youn ki pi long.</translation>
        </message>
        <message>
            <source>This session has ended (logged out, or someone logged in again as this user). Log in again.</source>
            <translation>Sesyon sa a fini (li dekonekte, oswa yon moun konekte ankò kòm itilizatè sa a). Konekte ankò.</translation>
        </message>
        <message>
            <source>The computer restarted since this login. Log in again.</source>
            <translation>Òdinatè a redemare depi koneksyon sa a. Konekte ankò.</translation>
        </message>
        <message>
            <source>{name}'s account changed since the login (now: {role}). Log in again.</source>
            <translation>Kont {name} chanje depi koneksyon an (kounye a: {role}). Konekte ankò.</translation>
        </message>
        <message>
            <source>{who} may not correct their own timesheet. Another supervisor or the partner admin must.</source>
            <translation>{who} pa gen dwa korije pwòp fèy prezans li. Se yon lòt sipèvizè oswa admin patnè a ki pou fè l.</translation>
        </message>
        <message>
            <source>{who} may not approve their own timesheet. Another supervisor or the partner admin must.</source>
            <translation>{who} pa gen dwa apwouve pwòp fèy prezans li. Se yon lòt sipèvizè oswa admin patnè a ki pou fè l.</translation>
        </message>
        <message>
            <source>Nobody is logged in. Log in first.</source>
            <translation>Pèsonn pa konekte. Konekte anvan.</translation>
        </message>
        <message>
            <source>This session was not opened by a login on this workstation. Log in again.</source>
            <translation>Sesyon sa a pa t louvri ak yon koneksyon sou pòs travay sa a. Konekte ankò.</translation>
        </message>
        <message>
            <source>There is no answer of yours to take back since you logged in.</source>
            <translation>Depi w konekte, ou pa gen okenn repons pou reprann.</translation>
        </message>
        <message>
            <source>Answers can be taken back for {minutes} minutes, and only the last one. Tell your supervisor if it was wrong.</source>
            <translation>Ou ka reprann yon repons pandan {minutes} minit, e sèlman dènye a. Di sipèvizè w si li pa t bon.</translation>
        </message>
        <message>
            <source>It has already gone to the hub. Tell your supervisor if it was wrong: a review can correct it.</source>
            <translation>Li deja ale sou sèvè a. Di sipèvizè w si li pa t bon: yon revizyon ka korije l.</translation>
        </message>
        <message>
            <source>It was a checked task and you have seen its answer, so it stays as it is.</source>
            <translation>Se te yon tach kontwòl e ou deja wè repons li, kidonk li rete jan l ye a.</translation>
        </message>
        <message>
            <source>Another worker has started this task since. Tell your supervisor if your answer was wrong.</source>
            <translation>Yon lòt travayè kòmanse tach sa a depi lè sa a. Di sipèvizè w si repons ou pa t bon.</translation>
        </message>
        <message>
            <source>A supervisor has already reviewed it.</source>
            <translation>Yon sipèvizè deja revize l.</translation>
        </message>
        <message>
            <source>There is no result {result} on this computer to review. Refresh the list.</source>
            <translation>Pa gen rezilta {result} sou òdinatè sa a pou revize. Rafrechi lis la.</translation>
        </message>
        <message>
            <source>Only a submitted answer to a production task can be reviewed, not this one.</source>
            <translation>Se sèlman yon repons yo voye pou yon tach pwodiksyon ki ka revize, pa sa a.</translation>
        </message>
        <message>
            <source>The note is {length} characters long; keep it to {limit}.</source>
            <translation>Remak la gen {length} karaktè; pa depase {limit}.</translation>
        </message>
        <message>
            <source>Say in the note what was wrong, so that the worker learns from the correction.</source>
            <translation>Di nan remak la sa ki pa t bon, pou travayè a aprann nan koreksyon an.</translation>
        </message>
        <message>
            <source>The correction is the same as the worker's answer. Accept it instead.</source>
            <translation>Koreksyon an menm jan ak repons travayè a. Aksepte l pito.</translation>
        </message>
        <message>
            <source>Nobody reviews their own answers. Another supervisor or the partner admin must.</source>
            <translation>Pèsonn pa revize pwòp repons pa l. Se yon lòt sipèvizè oswa admin patnè a ki pou fè l.</translation>
        </message>
        <message>
            <source>Ask a supervisor or the partner admin.</source>
            <translation>Mande yon sipèvizè oswa admin patnè a.</translation>
        </message>
        <message>
            <source>Each worker sees and changes only their own.</source>
            <translation>Chak travayè wè e chanje sa ki pou li sèlman.</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>LabClient met an unexpected error</source>
            <translation>LabClient jwenn yon erè inatandi</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Erè inatandi</translation>
        </message>
        <message>
            <source>The details are also kept in {file}.</source>
            <translation>Detay yo anrejistre tou nan {file}.</translation>
        </message>
        <message>
            <source>No log could be written on this computer.</source>
            <translation>Pa t ka ekri okenn jounal sou òdinatè sa a.</translation>
        </message>
        <message>
            <source>Something went wrong inside LabClient. Your saved work and drafts are kept. If it happens again, copy the details below and send them to whoever supports your lab.</source>
            <translation>Yon bagay mal pase andedan LabClient. Travay ou anrejistre ak bouyon ou yo toujou la. Si sa rive ankò, kopye detay ki anba yo epi voye yo bay moun ki bay laboratwa w la sipò.</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Sa k pase</translation>
        </message>
        <message>
            <source>Error details</source>
            <translation>Detay erè a</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Kopye detay yo</translation>
        </message>
        <message>
            <source>Copy the error details</source>
            <translation>Kopye detay erè a</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fèmen</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Kopye</translation>
        </message>
    </context>
    <context>
        <name>FeedbackView</name>
        <message>
            <source>Practice task</source>
            <translation>Tach pratik</translation>
        </message>
        <message>
            <source>Your result</source>
            <translation>Rezilta w</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Repons ou</translation>
        </message>
        <message>
            <source>The right answer</source>
            <translation>Bon repons lan</translation>
        </message>
        <message>
            <source>Your answers and the right answers</source>
            <translation>Repons ou ak bon repons yo</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Poukisa</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Eksplikasyon</translation>
        </message>
        <message>
            <source>Continue (Enter)</source>
            <translation>Kontinye (Enter)</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Kontinye</translation>
        </message>
        <message>
            <source>Go on to the next task</source>
            <translation>Ale nan pwochen tach la</translation>
        </message>
        <message>
            <source>Enter or Esc: continue to the next task · Tab: move to your answer and the explanation</source>
            <translation>Enter oswa Esc: ale nan pwochen tach la · Tab: ale sou repons ou ak eksplikasyon an</translation>
        </message>
        <message>
            <source>✓ Well done: {0}%</source>
            <translation>✓ Bravo: {0}%</translation>
        </message>
        <message>
            <source>Not quite: {0}% (pass mark {1}%)</source>
            <translation>Poko rive: {0}% (nòt pou pase {1}%)</translation>
        </message>
        <message>
            <source>This task is for practice: it does not count. Compare your answer with the right answer below, then go on.</source>
            <translation>Tach sa a se pou pratike: li pa konte. Konpare repons ou ak bon repons ki anba a, epi kontinye.</translation>
        </message>
        <message>
            <source>We knew the answer to this task, so your work could be checked. Compare your answer with the right answer below, then go on.</source>
            <translation>Nou te konnen repons tach sa a, kidonk nou te ka verifye travay ou. Konpare repons ou ak bon repons ki anba a, epi kontinye.</translation>
        </message>
        <message>
            <source>You wrote “{0}”; the right answer has “{1}”.</source>
            <translation>Ou ekri “{0}”; bon repons lan gen “{1}”.</translation>
        </message>
        <message>
            <source>You added “{0}”.</source>
            <translation>Ou ajoute “{0}”.</translation>
        </message>
        <message>
            <source>You missed “{0}”.</source>
            <translation>Ou bliye “{0}”.</translation>
        </message>
        <message>
            <source>(nothing)</source>
            <translation>(anyen)</translation>
        </message>
        <message>
            <source>Other differences: {0}.</source>
            <translation>Lòt diferans: {0}.</translation>
        </message>
        <message>
            <source>Every word is right.</source>
            <translation>Tout mo yo bon.</translation>
        </message>
        <message>
            <source>Words right: {0} of {1}</source>
            <translation>Mo ki bon: {0} sou {1}</translation>
        </message>
        <message>
            <source>Wrong: {0}</source>
            <translation>Pa bon: {0}</translation>
        </message>
        <message>
            <source>Missed: {0}</source>
            <translation>Bliye: {0}</translation>
        </message>
        <message>
            <source>Added: {0}</source>
            <translation>Ajoute: {0}</translation>
        </message>
        <message>
            <source>word</source>
            <translation>mo</translation>
        </message>
        <message>
            <source>{0} a wrong word</source>
            <translation>{0} yon mo ki pa bon</translation>
        </message>
        <message>
            <source>{0} the right word</source>
            <translation>{0} bon mo a</translation>
        </message>
        <message>
            <source>{0} a word you added</source>
            <translation>{0} yon mo ou ajoute</translation>
        </message>
        <message>
            <source>{0} a word you missed</source>
            <translation>{0} yon mo ou bliye</translation>
        </message>
        <message>
            <source>Both answers are shown as they were compared: without capitals or punctuation.</source>
            <translation>Nou montre de repons yo jan yo te konpare: san lèt majiskil ni ponktiyasyon.</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etikèt</translation>
        </message>
        <message>
            <source>You chose it</source>
            <translation>Ou chwazi l</translation>
        </message>
        <message>
            <source>In the right answer</source>
            <translation>Nan bon repons lan</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Rezilta</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Chan</translation>
        </message>
        <message>
            <source>No label was to be chosen, and you chose none.</source>
            <translation>Pa t gen okenn etikèt pou chwazi, e ou pa chwazi okenn.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Wi</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vid)</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Rezilta</translation>
        </message>
        <message>
            <source>✓ Right</source>
            <translation>✓ Bon</translation>
        </message>
        <message>
            <source>✗ Wrong</source>
            <translation>✗ Pa bon</translation>
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
                <numerusform>Rejis orè a konplè, anyen pa chanje (%n evènman).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{problem} (and %n more problems)</source>
            <translation type="unfinished">
                <numerusform>{problem} (ak %n lòt pwoblèm ankò)</numerusform>
            </translation>
        </message>
        <message>
            <source>An event waiting to go to the hub ({event_id}) is missing from the timesheet: it was deleted.</source>
            <translation type="unfinished">Yon evènman ki t ap tann pou ale sou sèvè a ({event_id}) pa nan fèy prezans lan: yo efase l.</translation>
        </message>
        <message>
            <source>An event ({event_id}) has a damaged position number: it was changed.</source>
            <translation type="unfinished">Yon evènman ({event_id}) gen yon nimewo pozisyon ki domaje: yo chanje l.</translation>
        </message>
        <message>
            <source>Event {event} ({what}) was changed after it was stored.</source>
            <translation type="unfinished">Yo chanje evènman {event} ({what}) apre yo te anrejistre l.</translation>
        </message>
        <message>
            <source>Event {first} is missing: deleted from the record.</source>
            <translation type="unfinished">Evènman {first} manke: yo efase l nan rejis la.</translation>
        </message>
        <message>
            <source>Events {first}–{last} are missing: deleted from the record.</source>
            <translation type="unfinished">Evènman {first}–{last} yo manke: yo efase yo nan rejis la.</translation>
        </message>
        <message>
            <source>Event {event} ({event_id}) appears twice or out of place: it was changed.</source>
            <translation type="unfinished">Evènman {event} ({event_id}) parèt de fwa oswa li pa nan plas li: yo chanje l.</translation>
        </message>
        <message>
            <source>Event {event} ({what}) does not follow event {before}: an event before it was changed or replaced.</source>
            <translation type="unfinished">Evènman {event} ({what}) pa swiv evènman {before}: yo chanje oswa ranplase yon evènman ki te vin anvan l.</translation>
        </message>
        <message>
            <source>The last event {first} is missing: deleted from the record.</source>
            <translation type="unfinished">Dènye evènman an, {first}, manke: yo efase l nan rejis la.</translation>
        </message>
        <message>
            <source>The last events {first}–{last} are missing: deleted from the record.</source>
            <translation type="unfinished">Dènye evènman yo, {first}–{last}, manke: yo efase yo nan rejis la.</translation>
        </message>
        <message>
            <source>The last event ({event}) was replaced.</source>
            <translation type="unfinished">Yo ranplase dènye evènman an ({event}).</translation>
        </message>
        <message>
            <source>The correction of {name}'s {day} ({clocked} on the clock, {active} active; reason: {reason}) signed by {by} (id {by_id})</source>
            <translation type="unfinished">Koreksyon tan {name} pou jou {day} ({clocked} prezans, {active} aktif; rezon: {reason}) ki gen siyati {by} (id {by_id})</translation>
        </message>
        <message>
            <source>The approval of {name}'s hours from {first} to {last} signed by {by} (id {by_id})</source>
            <translation type="unfinished">Apwobasyon èdtan {name} depi {first} rive {last} ki gen siyati {by} (id {by_id})</translation>
        </message>
        <message>
            <source>{name}'s {day} has {active} active against {clocked} on the clock (after corrections); only {clocked} of active time counts.</source>
            <translation type="unfinished">Jou {day}, {name} gen {active} tan aktif kont {clocked} tan prezans (apre koreksyon yo); se sèlman {clocked} tan aktif ki konte.</translation>
        </message>
        <message numerus="yes">
            <source>{name} stored %n result(s) on {day} while not clocked in: that work is not on the clock.</source>
            <translation type="unfinished">
                <numerusform>{name} te anrejistre %n rezilta nan dat {day} san li pa t make antre: travay sa a pa konte nan tan prezans.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} submitted %n result(s) on {day} faster than the work can be done: check them before they are paid or delivered.</source>
            <translation type="unfinished">
                <numerusform>{name} te voye %n rezilta nan dat {day} pi vit pase travay la ka fèt: verifye travay sa a anvan yo peye l oswa livre l.</numerusform>
            </translation>
        </message>
        <message>
            <source>The computer restarted during {name}'s shift (clocked in {since}). The shift ends at the last thing recorded before the restart ({until}); time until the next clock-in is not counted.</source>
            <translation type="unfinished">Òdinatè a te redemare pandan peryòd travay {name} (li te make antre {since}). Peryòd travay la fini nan dènye bagay ki te anrejistre anvan òdinatè a redemare ({until}); tan jiskaske li make antre ankò a pa konte.</translation>
        </message>
        <message>
            <source>{taker} clocked in at this workstation at {at} while {name} was still clocked in here (since {since}; LabClient was probably closed without clocking out). One seat counts one person at a time: {name}'s time is not counted from the last thing recorded for them here ({seen}) until they are seen working again.</source>
            <translation type="unfinished">A {at}, {taker} make antre sou pòs travay sa a pandan {name} te toujou make antre isit la (depi {since}; gen chans yo te fèmen LabClient san make sòti). Yon plas konte yon sèl moun alafwa: tan {name} pa konte depi dènye bagay ki te anrejistre pou li isit la ({seen}) jiskaske yo wè l ap travay ankò.</translation>
        </message>
        <message>
            <source>{taker} was working at this workstation at {at} while {name} was still clocked in here (since {since}; LabClient was probably closed without clocking out). One seat counts one person at a time: {name}'s time is not counted from the last thing recorded for them here ({seen}) until they are seen working again.</source>
            <translation type="unfinished">A {at}, {taker} t ap travay sou pòs travay sa a pandan {name} te toujou make antre isit la (depi {since}; gen chans yo te fèmen LabClient san make sòti). Yon plas konte yon sèl moun alafwa: tan {name} pa konte depi dènye bagay ki te anrejistre pou li isit la ({seen}) jiskaske yo wè l ap travay ankò.</translation>
        </message>
        <message>
            <source>{name}: a {what} (event {event}) outside a shift was not counted.</source>
            <translation type="unfinished">{name}: evènman {event} ({what}) ki te fèt deyò yon peryòd travay pa t konte.</translation>
        </message>
        <message>
            <source>{name}: activity reported during a break (event {event}) was not counted.</source>
            <translation type="unfinished">{name}: aktivite yo te rapòte pandan yon poz (evènman {event}) pa t konte.</translation>
        </message>
        <message>
            <source>{name} reported {claimed} of activity where only {passed} had passed (event {event}); only {passed} counts.</source>
            <translation type="unfinished">{name} te rapòte {claimed} aktivite alòske se sèlman {passed} ki te pase (evènman {event}); se sèlman {passed} ki konte.</translation>
        </message>
        <message>
            <source>{name} reported {reported} of activity in a shift of {clocked} on the clock; only the clocked time counts.</source>
            <translation type="unfinished">{name} te rapòte {reported} aktivite nan yon peryòd travay ki gen {clocked} tan prezans; se sèlman tan prezans lan ki konte.</translation>
        </message>
        <message>
            <source>This computer's clock was moved forward by {span} (around event {event}, {wall}), or the computer slept. Hours are measured on the computer's running time, so they are not affected.</source>
            <translation type="unfinished">Yo avanse lè òdinatè sa a {span} (bò evènman {event}, {wall}), oswa òdinatè a te an mòd dòmi. Èdtan yo mezire sou tan òdinatè a pase ap mache, kidonk yo pa chanje.</translation>
        </message>
        <message>
            <source>This computer's clock was moved back by {span} (around event {event}, {wall}), or the computer slept. Hours are measured on the computer's running time, so they are not affected.</source>
            <translation type="unfinished">Yo rekile lè òdinatè sa a {span} (bò evènman {event}, {wall}), oswa òdinatè a te an mòd dòmi. Èdtan yo mezire sou tan òdinatè a pase ap mache, kidonk yo pa chanje.</translation>
        </message>
        <message>
            <source>{name} clocked in again (event {event}) without clocking out; the second clock-in is ignored.</source>
            <translation type="unfinished">{name} make antre ankò (evènman {event}) san li pa t make sòti; yo pa konte dezyèm antre a.</translation>
        </message>
        <message>
            <source>{name} clocked in at {at}, outside the shifts planned for them that day ({shifts}).</source>
            <translation type="unfinished">A {at}, {name} make antre, deyò orè ki te planifye pou li jou sa a ({shifts}).</translation>
        </message>
        <message>
            <source>{what} does not count: there is no user with the id {by} on this workstation. It was not made by LabClient's own screens; someone may have written it into the database by hand.</source>
            <translation type="unfinished">{what} pa konte: pa gen okenn itilizatè ki gen id {by} sou pòs travay sa a. Se pa ekran LabClient yo ki te fè l; petèt yon moun te ekri l alamen nan baz done a.</translation>
        </message>
        <message>
            <source>{what} does not count: {name} is a {role} here, and only a supervisor or an admin may sign it. It was not made by LabClient's own screens; someone may have written it into the database by hand.</source>
            <translation type="unfinished">{what} pa konte: {name} se {role} isit la, e se sèlman yon sipèvizè oswa yon admin ki ka siyen l. Se pa ekran LabClient yo ki te fè l; petèt yon moun te ekri l alamen nan baz done a.</translation>
        </message>
        <message>
            <source>{what} does not count: {name} signed it for their own timesheet. It was not made by LabClient's own screens; someone may have written it into the database by hand.</source>
            <translation type="unfinished">{what} pa konte: {name} siyen l pou pwòp fèy prezans li. Se pa ekran LabClient yo ki te fè l; petèt yon moun te ekri l alamen nan baz done a.</translation>
        </message>
    </context>
    <context>
        <name>HoursPanel</name>
        <message>
            <source>Previous week</source>
            <translation>Semèn anvan</translation>
        </message>
        <message>
            <source>&amp;This week</source>
            <translation>&amp;Semèn sa a</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Semèn sa a</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Semèn apre</translation>
        </message>
        <message>
            <source>Go to the week of a day</source>
            <translation>Ale nan semèn yon jou</translation>
        </message>
        <message>
            <source>&amp;Go to:</source>
            <translation>A&amp;le nan:</translation>
        </message>
        <message>
            <source>E&amp;xport payroll CSV…</source>
            <translation>E&amp;kspòte CSV pewòl…</translation>
        </message>
        <message>
            <source>Export payroll CSV</source>
            <translation>Ekspòte CSV pewòl</translation>
        </message>
        <message>
            <source>Save the approved hours that fall in this week as a CSV file for payroll. Hours that are not approved are not in it.</source>
            <translation>Anrejistre èdtan apwouve ki tonbe nan semèn sa a nan yon fichye CSV pou pewòl. Èdtan ki pa apwouve pa ladan l.</translation>
        </message>
        <message>
            <source>Hours of the week</source>
            <translation>Èdtan semèn nan</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Travayè</translation>
        </message>
        <message>
            <source>Clocked</source>
            <translation>Prezans</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Rezilta</translation>
        </message>
        <message>
            <source>Results per active hour</source>
            <translation>Rezilta pa èdtan aktif</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Avètisman</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Apwobasyon</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>Presizyon</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Revize</translation>
        </message>
        <message>
            <source>How many of the week's answers a supervisor reviewed (Review tab), and how many of those were accepted as they were.</source>
            <translation>Konbyen repons nan semèn nan yon sipèvizè revize (onglè Revizyon), ak konbyen ladan yo ki te aksepte jan yo te ye a.</translation>
        </message>
        <message>
            <source>The mean score of the week's checked (gold) tasks, and how many there were. Practice tasks do not count.</source>
            <translation>Nòt mwayèn tach kontwòl semèn nan, ak konbyen ki te genyen. Tach pratik pa konte.</translation>
        </message>
        <message>
            <source>&amp;Correct…</source>
            <translation>K&amp;orije…</translation>
        </message>
        <message>
            <source>Correct the selected worker's time</source>
            <translation>Korije tan travayè ki chwazi a</translation>
        </message>
        <message>
            <source>&amp;Approve week</source>
            <translation>&amp;Apwouve semèn nan</translation>
        </message>
        <message>
            <source>Approve the selected worker's week</source>
            <translation>Apwouve semèn travayè ki chwazi a</translation>
        </message>
        <message>
            <source>Show &amp;everyone's flags</source>
            <translation>Montre avètisman &amp;tout moun</translation>
        </message>
        <message>
            <source>Show everyone's flags</source>
            <translation>Montre avètisman tout moun</translation>
        </message>
        <message>
            <source>Flags of the week</source>
            <translation>Avètisman semèn nan</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jou</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Kisa</translation>
        </message>
        <message>
            <source>{0} &amp;Previous week</source>
            <translation>{0} Semèn a&amp;nvan</translation>
        </message>
        <message>
            <source>&amp;Next week {0}</source>
            <translation>Semèn a&amp;pre {0}</translation>
        </message>
        <message>
            <source>Week of {0} – {1}</source>
            <translation>Semèn {0} – {1}</translation>
        </message>
        <message>
            <source>This is the current week.</source>
            <translation>Sa se semèn kounye a.</translation>
        </message>
        <message>
            <source>Reading the hours…</source>
            <translation>Ap li èdtan yo…</translation>
        </message>
        <message>
            <source>{0} (you)</source>
            <translation>{0} (ou)</translation>
        </message>
        <message>
            <source>{0} ({1} not clocked in)</source>
            <translation>{0} ({1} san make antre)</translation>
        </message>
        <message>
            <source>{0}, {1} too fast</source>
            <translation>{0}, {1} twò vit</translation>
        </message>
        <message>
            <source>{0} (+{1} skipped or flagged)</source>
            <translation>{0} (+{1} sote oswa siyale)</translation>
        </message>
        <message>
            <source>{0}% of {1}</source>
            <translation>{0}% sou {1}</translation>
        </message>
        <message>
            <source>{0} of {1} accepted</source>
            <translation>{0} sou {1} aksepte</translation>
        </message>
        <message>
            <source>{0} of these results were stored while not clocked in: that work is not on the clock.</source>
            <translation>{0} nan rezilta sa yo te anrejistre lè moun nan pa t make antre: travay sa a pa konte nan tan prezans.</translation>
        </message>
        <message>
            <source>{0} of these results were submitted faster than the work can be done: check them before they are paid or delivered.</source>
            <translation>{0} nan rezilta sa yo te voye pi vit pase travay la ka fèt: verifye yo anvan yo peye oswa livre yo.</translation>
        </message>
        <message>
            <source>{0} checked tasks this week, mean score {1}%.</source>
            <translation>{0} tach kontwòl semèn sa a, nòt mwayèn {1}%.</translation>
        </message>
        <message>
            <source>{0}, under the pass mark</source>
            <translation>{0}, anba nòt pou pase a</translation>
        </message>
        <message>
            <source>Under the pass mark: a mean score of {0}% on {1} checked tasks this week, where {2}% is needed. Her answers are reviewed more often (Review tab); talk to her about the task's instructions.</source>
            <translation>Anba nòt pou pase a: nòt mwayèn {0}% sou {1} tach kontwòl semèn sa a, alòske fòk li gen {2}%. Repons li yo revize pi souvan (onglè Revizyon); pale avè l sou enstriksyon tach la.</translation>
        </message>
        <message>
            <source>Not approved</source>
            <translation>Pa apwouve</translation>
        </message>
        <message>
            <source>Not in the payroll export until approved.</source>
            <translation>Pa nan ekspòtasyon pewòl la jiskaske li apwouve.</translation>
        </message>
        <message>
            <source>Approved by {0}, {1}: {2} clocked, {3} active.</source>
            <translation>Apwouve pa {0}, {1}: {2} prezans, {3} aktif.</translation>
        </message>
        <message>
            <source>Changed since approval: approve again</source>
            <translation>Chanje depi apwobasyon an: apwouve ankò</translation>
        </message>
        <message>
            <source>Now: {0} clocked, {1} active. The payroll export shows the approved hours until the week is approved again.</source>
            <translation>Kounye a: {0} prezans, {1} aktif. Ekspòtasyon pewòl la montre èdtan ki te apwouve yo jiskaske semèn nan apwouve ankò.</translation>
        </message>
        <message>
            <source>Approved by {0}, {1}</source>
            <translation>Apwouve pa {0}, {1}</translation>
        </message>
        <message>
            <source>Whole record</source>
            <translation>Tout dosye a</translation>
        </message>
        <message>
            <source>Flags for {0} this week: {1}</source>
            <translation>Avètisman pou {0} semèn sa a: {1}</translation>
        </message>
        <message>
            <source>No flags for {0} this week.</source>
            <translation>Pa gen avètisman pou {0} semèn sa a.</translation>
        </message>
        <message>
            <source>Flags this week, everyone: {0}</source>
            <translation>Avètisman semèn sa a, tout moun: {0}</translation>
        </message>
        <message>
            <source>No flags this week.</source>
            <translation>Pa gen avètisman semèn sa a.</translation>
        </message>
        <message>
            <source>Add or take away time on a day of this week, with a reason.</source>
            <translation>Ajoute oswa retire tan sou yon jou nan semèn sa a, ak yon rezon.</translation>
        </message>
        <message>
            <source>Record this week's totals as approved. Only approved hours go into the payroll export.</source>
            <translation>Anrejistre total semèn sa a kòm apwouve. Se sèlman èdtan apwouve ki ale nan ekspòtasyon pewòl la.</translation>
        </message>
        <message>
            <source>Select a worker in the table first.</source>
            <translation>Chwazi yon travayè nan tablo a anvan.</translation>
        </message>
        <message>
            <source>You cannot correct your own timesheet. Another supervisor or the partner admin must.</source>
            <translation>Ou pa ka korije pwòp fèy prezans ou. Se yon lòt sipèvizè oswa admin patnè a ki pou fè l.</translation>
        </message>
        <message>
            <source>You cannot approve your own timesheet. Another supervisor or the partner admin must.</source>
            <translation>Ou pa ka apwouve pwòp fèy prezans ou. Se yon lòt sipèvizè oswa admin patnè a ki pou fè l.</translation>
        </message>
        <message>
            <source>Approving…</source>
            <translation>Ap apwouve…</translation>
        </message>
        <message>
            <source>Corrected {0}'s time on {1}: {2} clocked, {3} active.</source>
            <translation>Tan {0} korije pou {1}: {2} prezans, {3} aktif.</translation>
        </message>
        <message>
            <source>{0} is still clocked in, so this week cannot be approved yet: her shift has no end. Ask her to clock out, then approve; or approve the week once it is over.</source>
            <translation>{0} poko make sòti, kidonk semèn sa a pa ka apwouve kounye a: peryòd travay li a poko fini. Mande l make sòti, epi apwouve; oswa apwouve semèn nan lè l fini.</translation>
        </message>
        <message>
            <source>Approve the week</source>
            <translation>Apwouve semèn nan</translation>
        </message>
        <message>
            <source>Approve {0}'s hours for the {1}?</source>
            <translation>Apwouve èdtan {0} pou {1}?</translation>
        </message>
        <message>
            <source>Clocked {0}, active {1}, {2} results.</source>
            <translation>Prezans {0}, aktif {1}, {2} rezilta.</translation>
        </message>
        <message>
            <source>Flags to look at first: {0}. They are listed under the table.</source>
            <translation>Avètisman pou gade anvan: {0}. Yo nan lis anba tablo a.</translation>
        </message>
        <message>
            <source>No flags.</source>
            <translation>Pa gen avètisman.</translation>
        </message>
        <message>
            <source>Only approved hours go into the payroll export.</source>
            <translation>Se sèlman èdtan apwouve ki ale nan ekspòtasyon pewòl la.</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Apwouve</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Apwouve</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anile</translation>
        </message>
        <message>
            <source>week of {0} – {1}</source>
            <translation>semèn {0} – {1}</translation>
        </message>
        <message>
            <source>Approving {0}'s week…</source>
            <translation>Ap apwouve semèn {0}…</translation>
        </message>
        <message>
            <source>Approved {0}'s week: {1} clocked, {2} active.</source>
            <translation>Semèn {0} apwouve: {1} prezans, {2} aktif.</translation>
        </message>
        <message>
            <source>payroll-{0}-to-{1}.csv</source>
            <translation type="unfinished">pewol-{0}-a-{1}.csv</translation>
        </message>
        <message>
            <source>Save the payroll CSV (approved hours only)</source>
            <translation>Anrejistre CSV pewòl la (èdtan apwouve sèlman)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichye CSV (*.csv)</translation>
        </message>
        <message>
            <source>Saved 1 row to {0}. The file holds approved hours only.</source>
            <translation>Anrejistre 1 liy nan {0}. Fichye a gen èdtan apwouve sèlman.</translation>
        </message>
        <message>
            <source>Saved {0} rows to {1}. The file holds approved hours only.</source>
            <translation>Anrejistre {0} liy nan {1}. Fichye a gen èdtan apwouve sèlman.</translation>
        </message>
        <message>
            <source>Saved {0}, but nobody's hours in this week are approved yet, so it has no rows. Approve the weeks first.</source>
            <translation>Anrejistre {0}, men poko gen èdtan pèsonn ki apwouve nan semèn sa a, kidonk li pa gen okenn liy. Apwouve semèn yo anvan.</translation>
        </message>
        <message>
            <source>The file could not be saved ({0}). Choose another folder.</source>
            <translation>Fichye a pa t ka anrejistre ({0}). Chwazi yon lòt dosye.</translation>
        </message>
    </context>
    <context>
        <name>IdlePrompt</name>
        <message>
            <source>Are you still working?</source>
            <translation>Ou toujou ap travay?</translation>
        </message>
        <message>
            <source>There was no input for {0} minutes, so your time is paused. It counts again when you say you are working.</source>
            <translation>Pa t gen okenn aktivite pandan {0} minit, kidonk tan ou kanpe. L ap konte ankò lè w di w ap travay.</translation>
        </message>
        <message>
            <source>Yes, I am working (Enter)</source>
            <translation>Wi, m ap travay (Enter)</translation>
        </message>
        <message>
            <source>Yes, I am working</source>
            <translation>Wi, m ap travay</translation>
        </message>
        <message>
            <source>No, keep my time paused (Esc)</source>
            <translation>Non, kite tan m kanpe (Esc)</translation>
        </message>
        <message>
            <source>No, keep my time paused</source>
            <translation>Non, kite tan m kanpe</translation>
        </message>
    </context>
    <context>
        <name>ImageView</name>
        <message>
            <source>Image</source>
            <translation>Imaj</translation>
        </message>
        <message>
            <source>Zoom with Ctrl+Plus and Ctrl+Minus, fit with Ctrl+0</source>
            <translation>Zoum ak Ctrl+Plus ak Ctrl+Minus, ajiste ak Ctrl+0</translation>
        </message>
        <message>
            <source>the file is missing</source>
            <translation>fichye a pa la</translation>
        </message>
    </context>
    <context>
        <name>Issue</name>
        <message>
            <source>This result is incomplete.</source>
            <translation>Rezilta sa a pa konplè.</translation>
        </message>
        <message>
            <source>The transcript is empty.</source>
            <translation type="unfinished">Transkripsyon an vid.</translation>
        </message>
        <message>
            <source>The transcript is {n} characters long; the most is {max}.</source>
            <translation>Transkripsyon an gen {n} karaktè; pi plis la se {max}.</translation>
        </message>
        <message>
            <source>{token} is not a token of this project (allowed: {choices}).</source>
            <translation>{token} pa yon mak pwojè sa a (sa ki pèmèt: {choices}).</translation>
        </message>
        <message>
            <source>Choose labels from the list only, each once.</source>
            <translation>Chwazi etikèt nan lis la sèlman, chak yon sèl fwa.</translation>
        </message>
        <message numerus="yes">
            <source>Choose at least %n label(s).</source>
            <translation type="unfinished">
                <numerusform>Chwazi omwen %n etikèt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Choose at most %n label(s).</source>
            <translation type="unfinished">
                <numerusform>Pa chwazi plis pase %n etikèt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Box {n} needs a label from the list.</source>
            <translation type="unfinished">Kad {n} bezwen yon etikèt ki nan lis la.</translation>
        </message>
        <message>
            <source>Box {n} is smaller than {size} pixels each way.</source>
            <translation type="unfinished">Kad {n} pi piti pase {size} piksèl nan lajè oswa nan wotè.</translation>
        </message>
        <message>
            <source>Box {n} reaches outside the image.</source>
            <translation type="unfinished">Kad {n} depase deyò imaj la.</translation>
        </message>
        <message numerus="yes">
            <source>Draw at least %n box(es).</source>
            <translation type="unfinished">
                <numerusform>Trase omwen %n kad.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Draw at most %n box(es).</source>
            <translation type="unfinished">
                <numerusform>Pa trase plis pase %n kad.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add at least one caption.</source>
            <translation type="unfinished">Ajoute omwen yon soutit.</translation>
        </message>
        <message>
            <source>Caption {n} has no text.</source>
            <translation type="unfinished">Soutit {n} pa gen tèks.</translation>
        </message>
        <message>
            <source>Caption {n} ends before it starts.</source>
            <translation type="unfinished">Soutit {n} fini anvan li kòmanse.</translation>
        </message>
        <message>
            <source>Caption {n} ends after the clip.</source>
            <translation type="unfinished">Soutit {n} fini apre klip la fini.</translation>
        </message>
        <message>
            <source>Caption {n} lasts {ms} ms; the least is {min} ms.</source>
            <translation type="unfinished">Soutit {n} dire {ms} ms; pi piti a se {min} ms.</translation>
        </message>
        <message>
            <source>Caption {n} lasts {ms} ms; the most is {max} ms.</source>
            <translation type="unfinished">Soutit {n} dire {ms} ms; pi plis la se {max} ms.</translation>
        </message>
        <message>
            <source>Caption {n} has {lines} lines; the most is {max}.</source>
            <translation type="unfinished">Soutit {n} gen {lines} liy; pi plis la se {max}.</translation>
        </message>
        <message>
            <source>Caption {n} has a line of {chars} characters; the most is {max}.</source>
            <translation type="unfinished">Soutit {n} gen yon liy {chars} karaktè; pi plis la se {max}.</translation>
        </message>
        <message>
            <source>Caption {n} is read at {cps} characters a second; the most is {max}.</source>
            <translation type="unfinished">Soutit {n} mande pou moun li {cps} karaktè pa segonn; pi plis la se {max}.</translation>
        </message>
        <message>
            <source>Caption {n} starts before caption {previous} ends.</source>
            <translation type="unfinished">Soutit {n} kòmanse anvan soutit {previous} fini.</translation>
        </message>
        <message>
            <source>Choose an outcome.</source>
            <translation>Chwazi yon rezilta.</translation>
        </message>
        <message>
            <source>{label} is required.</source>
            <translation>{label} obligatwa.</translation>
        </message>
        <message>
            <source>{label} is at most {max} characters.</source>
            <translation>{label} pa ka depase {max} karaktè.</translation>
        </message>
        <message>
            <source>{label} must be a number.</source>
            <translation>{label} dwe yon chif.</translation>
        </message>
        <message>
            <source>{label}: {value} could be a thousands mark or a decimal one. Write it without the thousands mark (10500), or with two decimals (10.50).</source>
            <translation>{label}: {value} ka yon separatè milye oswa yon separatè desimal. Ekri l san separatè milye (10500), oswa ak de desimal (10.50).</translation>
        </message>
        <message>
            <source>{label} must be a number written like {example}.</source>
            <translation>{label} dwe yon chif ki ekri tankou {example}.</translation>
        </message>
        <message>
            <source>{label} must be between {min} and {max}.</source>
            <translation>{label} dwe ant {min} ak {max}.</translation>
        </message>
        <message>
            <source>{label} must be a date written YYYY-MM-DD.</source>
            <translation>{label} dwe yon dat ki ekri AAAA-MM-JJ.</translation>
        </message>
        <message>
            <source>{label} must be one of the listed choices.</source>
            <translation>{label} dwe youn nan chwa ki nan lis la.</translation>
        </message>
        <message>
            <source>{label} is not in the expected form.</source>
            <translation>{label} pa nan fòm yo atann nan.</translation>
        </message>
        <message>
            <source>{label} must be a phone number: digits, with + and spaces allowed (for example +256 772 123456).</source>
            <translation type="unfinished">{label} dwe yon nimewo telefòn: chif, epi ou ka mete + ak espas (pa egzanp +256 772 123456).</translation>
        </message>
        <message>
            <source>{label} must be a web address starting with https:// (for example https://www.example.com).</source>
            <translation type="unfinished">{label} dwe yon adrès sit entènèt ki kòmanse ak https:// (pa egzanp https://www.example.com).</translation>
        </message>
        <message>
            <source>{label} must be an email address (for example name@example.com).</source>
            <translation type="unfinished">{label} dwe yon adrès imèl (pa egzanp name@example.com).</translation>
        </message>
        <message>
            <source>Segment {n} has no translation.</source>
            <translation type="unfinished">Segman {n} pa gen tradiksyon.</translation>
        </message>
        <message>
            <source>Segment {n} is {length} characters long; the most is {max}.</source>
            <translation type="unfinished">Segman {n} gen {length} karaktè; pi plis la se {max}.</translation>
        </message>
        <message>
            <source>The task has {n} segments; the result has {given}.</source>
            <translation type="unfinished">Tach la gen {n} segman; rezilta a gen {given}.</translation>
        </message>
        <message>
            <source>Segment {n}: keep {placeholder} exactly as in the source.</source>
            <translation type="unfinished">Segman {n}: kenbe {placeholder} egzakteman jan li ye nan tèks sous la.</translation>
        </message>
        <message>
            <source>Segment {n}: {placeholder} is not in the source; remove it.</source>
            <translation type="unfinished">Segman {n}: {placeholder} pa nan tèks sous la; retire l.</translation>
        </message>
        <message>
            <source>Segment {n}: keep {span} untranslated.</source>
            <translation type="unfinished">Segman {n}: pa tradui {span}, kite l jan li ye.</translation>
        </message>
        <message>
            <source>Segment {n}: translate {term} as {required} (glossary).</source>
            <translation type="unfinished">Segman {n}: tradui {term} kòm {required} (glosè).</translation>
        </message>
        <message>
            <source>The transcript is empty. If nothing can be heard, type {token}.</source>
            <translation type="unfinished">Transkripsyon an vid. Si ou pa tande anyen, tape {token}.</translation>
        </message>
        <message>
            <source>Choose at least {n} label(s).</source>
            <translation type="vanished">Chwazi omwen {n} etikèt.</translation>
        </message>
        <message>
            <source>Choose at most {n} label(s).</source>
            <translation type="vanished">Pa chwazi plis pase {n} etikèt.</translation>
        </message>
        <message>
            <source>The transcript is empty.{hint}</source>
            <translation type="vanished">Transkripsyon an vid.{hint}</translation>
        </message>
    </context>
    <context>
        <name>LoginScreen</name>
        <message>
            <source>Who is working at this computer?</source>
            <translation>Kiyès k ap travay sou òdinatè sa a?</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>Non yo</translation>
        </message>
        <message>
            <source>&amp;Choose your name (type its first letters or use the arrows):</source>
            <translation>&amp;Chwazi non w (tape premye lèt yo oswa sèvi ak flèch yo):</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Your &amp;PIN:</source>
            <translation>&amp;PIN ou:</translation>
        </message>
        <message>
            <source>Log in (Enter)</source>
            <translation>Konekte (Enter)</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Konekte</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mesaj</translation>
        </message>
        <message>
            <source>Demo: every PIN is 1234.</source>
            <translation>Demo: tout PIN se 1234.</translation>
        </message>
        <message>
            <source>Set up the first admin… (Ctrl+N)</source>
            <translation>Mete premye admin nan… (Ctrl+N)</translation>
        </message>
        <message>
            <source>Set up the first admin</source>
            <translation>Mete premye admin nan</translation>
        </message>
        <message>
            <source>{0} · Language (F6)</source>
            <translation type="unfinished">{0} · Lang (F6)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished">Lang</translation>
        </message>
        <message>
            <source>This computer has no admin yet. The lab's partner admin types their name and chooses a PIN here, once. Then they give each worker a PIN.</source>
            <translation>Òdinatè sa a poko gen admin. Admin patnè laboratwa a tape non li epi chwazi yon PIN isit la, yon sèl fwa. Apre sa, li bay chak travayè yon PIN.</translation>
        </message>
        <message>
            <source>Admin's name</source>
            <translation>Non admin nan</translation>
        </message>
        <message>
            <source>Admin's PIN</source>
            <translation>PIN admin nan</translation>
        </message>
        <message>
            <source>Admin's PIN again</source>
            <translation>PIN admin nan ankò</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>&amp;Non ou:</translation>
        </message>
        <message>
            <source>&amp;PIN (at least 4 characters):</source>
            <translation>&amp;PIN (omwen 4 karaktè):</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>PIN an&amp;kò:</translation>
        </message>
        <message>
            <source>Set up the first admin (Enter)</source>
            <translation>Mete premye admin nan (Enter)</translation>
        </message>
        <message>
            <source>Back (Esc)</source>
            <translation>Retounen (Esc)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retounen</translation>
        </message>
        <message>
            <source>Nobody can log in on this computer yet. The partner admin adds the lab's users at the hub; they arrive with the next sync.</source>
            <translation>Pèsonn poko ka konekte sou òdinatè sa a. Admin patnè a ajoute itilizatè laboratwa a sou sèvè a; y ap rive nan pwochen senkronizasyon an.</translation>
        </message>
        <message>
            <source>{0} can try again now.</source>
            <translation>{0} ka eseye ankò kounye a.</translation>
        </message>
        <message>
            <source>Choose your name in the list first.</source>
            <translation>Chwazi non w nan lis la anvan.</translation>
        </message>
        <message>
            <source>Type your PIN, then press Enter.</source>
            <translation>Tape PIN ou, epi peze Enter.</translation>
        </message>
        <message>
            <source>Checking the PIN…</source>
            <translation>Ap verifye PIN nan…</translation>
        </message>
        <message>
            <source>Type the admin's name.</source>
            <translation>Tape non admin nan.</translation>
        </message>
        <message>
            <source>The two PINs are not the same. Type the PIN twice again.</source>
            <translation>De PIN yo pa menm. Tape PIN nan de fwa ankò.</translation>
        </message>
        <message>
            <source>Type a name of 1 to 80 characters.</source>
            <translation>Tape yon non ki gen 1 a 80 karaktè.</translation>
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
            <translation>Eta senkronizasyon</translation>
        </message>
        <message>
            <source>Sync now (F5)</source>
            <translation>Senkronize kounye a (F5)</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Senkronize kounye a</translation>
        </message>
        <message>
            <source>Draft saved</source>
            <translation>Bouyon anrejistre</translation>
        </message>
        <message>
            <source>Result saved</source>
            <translation>Rezilta anrejistre</translation>
        </message>
        <message>
            <source>● Syncing…</source>
            <translation>● Ap senkronize…</translation>
        </message>
        <message>
            <source>Answer taken back</source>
            <translation>Repons lan reprann</translation>
        </message>
        <message numerus="yes">
            <source>● Working offline (no hub set up) · %n record(s) (results and timesheet) kept on this computer</source>
            <translation type="unfinished">
                <numerusform>● Ap travay san koneksyon (pa gen sèvè ki konfigire) · %n anrejistreman (rezilta ak fèy prezans) kenbe sou òdinatè sa a</numerusform>
            </translation>
        </message>
        <message>
            <source>never</source>
            <translation>pa janm</translation>
        </message>
        <message>
            <source>● Hub {0} · waiting to go out: {1} · last sync: {2}</source>
            <translation>● Sèvè {0} · ap tann pou ale: {1} · dènye senkronizasyon: {2}</translation>
        </message>
        <message>
            <source> · refused by the hub: {0}</source>
            <translation> · sèvè a refize: {0}</translation>
        </message>
        <message>
            <source>● This workstation is not enrolled with a hub yet; ask the partner admin (labclient enroll).</source>
            <translation>● Pòs travay sa a poko enskri sou yon sèvè; mande admin patnè a (labclient enroll).</translation>
        </message>
        <message>
            <source>● Syncing… {0}</source>
            <translation>● Ap senkronize… {0}</translation>
        </message>
        <message>
            <source>synced: {0}</source>
            <translation>senkronize: {0}</translation>
        </message>
        <message>
            <source>nothing to send</source>
            <translation>anyen pou voye</translation>
        </message>
        <message>
            <source>{0} stepped away: the screen is locked and the work is kept. Type the PIN to go on, or choose another name.</source>
            <translation>{0} ale yon ti moman: ekran an bloke e travay la kenbe. Tape PIN nan pou kontinye, oswa chwazi yon lòt non.</translation>
        </message>
        <message>
            <source>The screen locked after {0} minutes without input. {1}, type your PIN to go on.</source>
            <translation>Ekran an bloke apre {0} minit san aktivite. {1}, tape PIN ou pou kontinye.</translation>
        </message>
        <message>
            <source>The screen is locked. {0}, type your PIN to go on.</source>
            <translation>Ekran an bloke. {0}, tape PIN ou pou kontinye.</translation>
        </message>
        <message>
            <source>{0}'s session has ended. Log in again.</source>
            <translation>Sesyon {0} fini. Konekte ankò.</translation>
        </message>
        <message>
            <source>{0} at {1}</source>
            <translation>{0} a {1}</translation>
        </message>
        <message>
            <source>Quit LabClient</source>
            <translation>Kite LabClient</translation>
        </message>
        <message>
            <source>{0} is still clocked in. Clock out before quitting? If you quit without clocking out, your time keeps being counted until you clock out.</source>
            <translation>{0} poko make sòti. Make sòti anvan ou kite? Si w kite san w pa make sòti, tan ou ap kontinye konte jiskaske w make sòti.</translation>
        </message>
        <message>
            <source>Clock &amp;out and quit</source>
            <translation>Make &amp;sòti epi kite</translation>
        </message>
        <message>
            <source>Clock out and quit</source>
            <translation>Make sòti epi kite</translation>
        </message>
        <message>
            <source>&amp;Quit, stay clocked in</source>
            <translation>&amp;Kite, rete make antre</translation>
        </message>
        <message>
            <source>Quit and stay clocked in</source>
            <translation>Kite epi rete make antre</translation>
        </message>
        <message>
            <source>&amp;Keep working</source>
            <translation>Kontinye &amp;travay</translation>
        </message>
        <message>
            <source>Keep working</source>
            <translation>Kontinye travay</translation>
        </message>
        <message>
            <source>Your latest typing is not saved. Close the window again to quit without it.</source>
            <translation>Dènye sa w tape a pa anrejistre. Fèmen fenèt la ankò pou kite san li.</translation>
        </message>
        <message>
            <source>● Working offline (no hub set up) · {0} record(s) (results and timesheet) kept on this computer</source>
            <translation type="vanished">● Ap travay san koneksyon (pa gen sèvè ki konfigire) · {0} anrejistreman (rezilta ak fèy prezans) kenbe sou òdinatè sa a</translation>
        </message>
    </context>
    <context>
        <name>MyWeekDialog</name>
        <message>
            <source>My week</source>
            <translation>Semèn mwen</translation>
        </message>
        <message>
            <source>Previous week</source>
            <translation>Semèn anvan</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Semèn apre</translation>
        </message>
        <message>
            <source>{0} &amp;Previous week</source>
            <translation>{0} Semèn a&amp;nvan</translation>
        </message>
        <message>
            <source>&amp;Next week {0}</source>
            <translation>Semèn a&amp;pre {0}</translation>
        </message>
        <message>
            <source>Hours day by day</source>
            <translation>Èdtan jou pa jou</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jou</translation>
        </message>
        <message>
            <source>Clocked</source>
            <translation>Prezans</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <source>Tasks done</source>
            <translation>Tach ki fèt</translation>
        </message>
        <message>
            <source>Planned shift</source>
            <translation>Orè planifye</translation>
        </message>
        <message>
            <source>Clocked: from clock-in to clock-out, less breaks and unanswered 'still working?' pauses. Active: time you were typing, clicking or playing audio.</source>
            <translation>Prezans: depi w make antre jiskaske w make sòti, san poz yo ni poz 'ou toujou ap travay?' ou pa t reponn yo. Aktif: tan w t ap tape, klike oswa jwe odyo.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fèmen</translation>
        </message>
        <message>
            <source>Reading your hours…</source>
            <translation>Ap li èdtan ou yo…</translation>
        </message>
        <message>
            <source>This week: {0} – {1}</source>
            <translation>Semèn sa a: {0} – {1}</translation>
        </message>
        <message>
            <source>Week of {0} – {1}</source>
            <translation>Semèn {0} – {1}</translation>
        </message>
        <message>
            <source>Noticed in your timesheet:</source>
            <translation>Sa nou remake nan fèy prezans ou:</translation>
        </message>
        <message>
            <source>Changed by your supervisor:</source>
            <translation>Sa sipèvizè w chanje:</translation>
        </message>
        <message>
            <source>Your accuracy on checked tasks (tasks with a known answer; your last {0}):</source>
            <translation>Presizyon w sou tach kontwòl (tach nou konnen repons yo; {0} dènye ou yo):</translation>
        </message>
        <message>
            <source>Your supervisor reviewed these answers:</source>
            <translation>Sipèvizè w revize repons sa yo:</translation>
        </message>
        <message>
            <source>Task {0} ({1}): corrected by {2}: {3}</source>
            <translation>Tach {0} ({1}): {2} korije l: {3}</translation>
        </message>
        <message>
            <source>Task {0} ({1}): accepted by {2}: {3}</source>
            <translation>Tach {0} ({1}): {2} aksepte l: {3}</translation>
        </message>
        <message>
            <source>Task {0} ({1}): accepted by {2}</source>
            <translation>Tach {0} ({1}): {2} aksepte l</translation>
        </message>
        <message>
            <source>{0} (today)</source>
            <translation>{0} (jodi a)</translation>
        </message>
        <message>
            <source>Week total</source>
            <translation>Total semèn nan</translation>
        </message>
        <message>
            <source>{0} planned</source>
            <translation>{0} planifye</translation>
        </message>
        <message>
            <source>{0} (+{1} skipped or flagged)</source>
            <translation>{0} (+{1} sote oswa siyale)</translation>
        </message>
        <message>
            <source>Not approved yet.</source>
            <translation>Poko apwouve.</translation>
        </message>
        <message>
            <source>Changed since {0} approved it on {1}: your supervisor will look again.</source>
            <translation>Chanje depi {0} te apwouve l nan dat {1}: sipèvizè w ap gade ankò.</translation>
        </message>
        <message>
            <source>Approved by {0} on {1}.</source>
            <translation>{0} apwouve l nan dat {1}.</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <source>the computer restarted during your shift, which ended it. The time until you clocked in again is not counted; if you were working, tell your supervisor.</source>
            <translation>òdinatè a te redemare pandan peryòd travay ou, sa ki fini l. Tan jiskaske w make antre ankò a pa konte; si w t ap travay, di sipèvizè w.</translation>
        </message>
        <message>
            <source>the computer's clock was changed, or the computer slept. Your hours are not affected.</source>
            <translation>yo te chanje lè òdinatè a, oswa òdinatè a te an mòd dòmi. Èdtan ou yo pa chanje.</translation>
        </message>
        <message>
            <source>more activity was reported than time passed; only the time on the clock counts.</source>
            <translation>yo te rapòte plis aktivite pase tan ki pase; se sèlman tan sou revèy la ki konte.</translation>
        </message>
        <message>
            <source>activity during a break was not counted.</source>
            <translation>aktivite pandan yon poz pa t konte.</translation>
        </message>
        <message>
            <source>you clocked in again without clocking out; the second clock-in was not counted.</source>
            <translation>ou make antre ankò san w pa t make sòti; dezyèm antre a pa t konte.</translation>
        </message>
        <message>
            <source>{0}: {1} changed your clocked time by {2}. Reason: {4}</source>
            <translation>{0}: {1} chanje tan prezans ou ({2}). Rezon: {4}</translation>
        </message>
        <message>
            <source>{0}: {1} changed your active time by {3}. Reason: {4}</source>
            <translation>{0}: {1} chanje tan aktif ou ({3}). Rezon: {4}</translation>
        </message>
        <message>
            <source>{0}: {1} changed your time by {2} clocked and {3} active. Reason: {4}</source>
            <translation>{0}: {1} chanje tan ou: {2} prezans ak {3} aktif. Rezon: {4}</translation>
        </message>
        <message>
            <source>{0}: {1}% on average; {2} of {3} passed</source>
            <translation>{0}: {1}% an mwayèn; {2} sou {3} pase</translation>
        </message>
        <message>
            <source>{0}–{1} at {2}</source>
            <translation>{0}–{1}, plas {2}</translation>
        </message>
        <message>
            <source>{0} min</source>
            <translation>{0} min</translation>
        </message>
        <message>
            <source>{0} h {1} min</source>
            <translation>{0} h {1} min</translation>
        </message>
    </context>
    <context>
        <name>Permission</name>
        <message>
            <source>do tasks</source>
            <translation>fè tach</translation>
        </message>
        <message>
            <source>clock in or out</source>
            <translation>make antre oswa sòti</translation>
        </message>
        <message>
            <source>see hours</source>
            <translation>wè èdtan</translation>
        </message>
        <message>
            <source>see other people's hours, shifts, users or flags</source>
            <translation>wè èdtan, orè, itilizatè oswa avètisman lòt moun</translation>
        </message>
        <message>
            <source>see another worker's drafts or results</source>
            <translation>wè bouyon oswa rezilta yon lòt travayè</translation>
        </message>
        <message>
            <source>plan shifts</source>
            <translation>planifye orè</translation>
        </message>
        <message>
            <source>correct timesheets</source>
            <translation>korije fèy prezans</translation>
        </message>
        <message>
            <source>approve timesheets</source>
            <translation>apwouve fèy prezans</translation>
        </message>
        <message>
            <source>export payroll</source>
            <translation>ekspòte pewòl</translation>
        </message>
        <message>
            <source>add users, set PINs or switch accounts on and off</source>
            <translation>ajoute itilizatè, mete PIN oswa aktive ak dezaktive kont</translation>
        </message>
        <message>
            <source>change the lab's settings</source>
            <translation>chanje paramèt laboratwa a</translation>
        </message>
        <message>
            <source>change the hub settings (enrolment, sync)</source>
            <translation>chanje paramèt sèvè a (enskripsyon, senkronizasyon)</translation>
        </message>
        <message>
            <source>let a worker try a project's training again</source>
            <translation>kite yon travayè refè fòmasyon yon pwojè</translation>
        </message>
        <message>
            <source>review workers' results</source>
            <translation>revize rezilta travayè yo</translation>
        </message>
        <message>
            <source>change their PIN</source>
            <translation type="vanished">chanje PIN li</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Confirm</source>
            <translation>Konfime</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anile</translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <source>Answers to review</source>
            <translation>Repons pou revize</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Travayè</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Pwojè</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tach</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fèt</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Poukisa</translation>
        </message>
        <message>
            <source>Choose an answer on the left to see it in its task.</source>
            <translation>Chwazi yon repons sou bò goch pou wè l nan tach li.</translation>
        </message>
        <message>
            <source>&amp;Note to the worker (needed for a correction):</source>
            <translation>&amp;Remak pou travayè a (obligatwa pou yon koreksyon):</translation>
        </message>
        <message>
            <source>Note to the worker</source>
            <translation>Remak pou travayè a</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>&amp;Aksepte</translation>
        </message>
        <message>
            <source>Accept the worker's answer as it is</source>
            <translation>Aksepte repons travayè a jan l ye a</translation>
        </message>
        <message>
            <source>&amp;Save correction</source>
            <translation>Anrejistre &amp;koreksyon</translation>
        </message>
        <message>
            <source>Save the answer as corrected above, with the note</source>
            <translation>Anrejistre repons lan jan l korije anwo a, ak remak la</translation>
        </message>
        <message>
            <source>Change the answer in the task above, say why in the note, then save. The worker's own answer is kept as she gave it.</source>
            <translation>Chanje repons lan nan tach ki anwo a, di poukisa nan remak la, epi anrejistre. Repons pa travayè a rete jan li te bay li a.</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) to review: each new worker's first answers in a project, and a share of everyone's (more for a worker under the pass mark).</source>
            <translation type="unfinished">
                <numerusform>%n repons pou revize: premye repons chak nouvo travayè nan yon pwojè, ak yon pati nan repons tout moun (plis pou yon travayè ki anba nòt pou pase a).</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to review now: every answer in the sample has been reviewed.</source>
            <translation>Anyen pou revize kounye a: tout repons nan echantiyon an revize deja.</translation>
        </message>
        <message>
            <source>New to the project</source>
            <translation>Nouvo nan pwojè a</translation>
        </message>
        <message>
            <source>Under the pass mark</source>
            <translation>Anba nòt pou pase a</translation>
        </message>
        <message>
            <source>Sample</source>
            <translation>Echantiyon</translation>
        </message>
        <message>
            <source>The note is {0} characters long; keep it to {1}.</source>
            <translation>Remak la gen {0} karaktè; pa depase {1}.</translation>
        </message>
        <message>
            <source>The correction breaks the task's rules; see the marks above.</source>
            <translation>Koreksyon an pa respekte règ tach la; gade mak ki anwo yo.</translation>
        </message>
        <message>
            <source>Accepted: {0}'s answer to {1}.</source>
            <translation>Aksepte: repons {0} pou {1}.</translation>
        </message>
        <message>
            <source>Correction saved: {0} reads your note about {1} in My week.</source>
            <translation>Koreksyon anrejistre: {0} ap li remak ou sou {1} nan Semèn mwen.</translation>
        </message>
        <message>
            <source>{0} answer(s) to review: each new worker's first answers in a project, and a share of everyone's (more for a worker under the pass mark).</source>
            <translation type="vanished">{0} repons pou revize: premye repons chak nouvo travayè nan yon pwojè, ak yon pati nan repons tout moun (plis pou yon travayè ki anba nòt pou pase a).</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <source>worker</source>
            <translation>travayè</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>sipèvizè</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>admin</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Worker</source>
            <translation>Travayè</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Sipèvizè</translation>
        </message>
        <message>
            <source>Partner admin</source>
            <translation>Admin patnè</translation>
        </message>
    </context>
    <context>
        <name>SegmentStrip</name>
        <message>
            <source>Segments</source>
            <translation type="unfinished">Segman yo</translation>
        </message>
        <message>
            <source>Click a segment to go to it</source>
            <translation type="unfinished">Klike sou yon segman pou ale ladan l</translation>
        </message>
        <message>
            <source>refused: see the message below</source>
            <translation type="unfinished">refize: gade mesaj ki anba a</translation>
        </message>
        <message>
            <source>translated</source>
            <translation type="unfinished">tradui</translation>
        </message>
        <message>
            <source>not translated yet</source>
            <translation type="unfinished">poko tradui</translation>
        </message>
        <message>
            <source>Segment {0}: {1}</source>
            <translation type="unfinished">Segman {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>SetPinDialog</name>
        <message>
            <source>Set a PIN</source>
            <translation>Mete yon PIN</translation>
        </message>
        <message>
            <source>A new PIN for {0}. It works at once, and lifts a lock after wrong PINs. Tell {0} the new PIN.</source>
            <translation>Yon nouvo PIN pou {0}. Li mache touswit, e li debloke kont lan si l te bloke akoz move PIN. Di {0} nouvo PIN nan.</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Nouvo PIN</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>Nouvo PIN ankò</translation>
        </message>
        <message>
            <source>New &amp;PIN ({0} to {1} characters):</source>
            <translation>Nouvo &amp;PIN ({0} a {1} karaktè):</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>PIN an&amp;kò:</translation>
        </message>
        <message>
            <source>Set PIN</source>
            <translation>Mete PIN</translation>
        </message>
        <message>
            <source>The two PINs are not the same. Type the PIN twice again.</source>
            <translation>De PIN yo pa menm. Tape PIN nan de fwa ankò.</translation>
        </message>
    </context>
    <context>
        <name>ShiftDialog</name>
        <message>
            <source>Plan a shift</source>
            <translation>Planifye yon orè</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Travayè</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jou</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy</source>
            <translation>ddd d MMM yyyy</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>Kòmanse a</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>Fini a</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>Plas</translation>
        </message>
        <message>
            <source>The name of the computer the worker sits at.</source>
            <translation>Non òdinatè kote travayè a chita a.</translation>
        </message>
        <message>
            <source>&amp;Worker:</source>
            <translation>&amp;Travayè:</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Jou:</translation>
        </message>
        <message>
            <source>&amp;Starts at:</source>
            <translation>&amp;Kòmanse a:</translation>
        </message>
        <message>
            <source>&amp;Ends at:</source>
            <translation>&amp;Fini a:</translation>
        </message>
        <message>
            <source>S&amp;eat:</source>
            <translation>&amp;Plas:</translation>
        </message>
        <message>
            <source>Plan the shift</source>
            <translation>Planifye orè a</translation>
        </message>
        <message>
            <source>&amp;Plan shift</source>
            <translation>P&amp;lanifye orè</translation>
        </message>
        <message>
            <source>Close without planning</source>
            <translation>Fèmen san planifye</translation>
        </message>
        <message>
            <source>Choose who works this shift.</source>
            <translation>Chwazi kiyès ki travay nan orè sa a.</translation>
        </message>
        <message>
            <source>The shift must end after it starts, on the same day. Change the end time.</source>
            <translation>Orè a dwe fini apre li kòmanse, menm jou a. Chanje lè li fini an.</translation>
        </message>
        <message>
            <source>A shift is at most {0} hours long. Change the times.</source>
            <translation>Yon orè pa ka depase {0} èdtan. Chanje lè yo.</translation>
        </message>
        <message>
            <source>Type the seat: the name of the computer the worker sits at.</source>
            <translation>Tape plas la: non òdinatè kote travayè a chita a.</translation>
        </message>
    </context>
    <context>
        <name>ShiftsPanel</name>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Rafrechi</translation>
        </message>
        <message>
            <source>Refresh who is on shift</source>
            <translation>Rafrechi kiyès ki nan travay</translation>
        </message>
        <message>
            <source>On shift now</source>
            <translation>Nan travay kounye a</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>Plas</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planifye</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Eta</translation>
        </message>
        <message>
            <source>Pre&amp;vious week</source>
            <translation>Semèn a&amp;nvan</translation>
        </message>
        <message>
            <source>Previous week</source>
            <translation>Semèn anvan</translation>
        </message>
        <message>
            <source>This &amp;week</source>
            <translation>&amp;Semèn sa a</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Semèn sa a</translation>
        </message>
        <message>
            <source>&amp;Next week</source>
            <translation>Semèn a&amp;pre</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Semèn apre</translation>
        </message>
        <message>
            <source>&amp;Plan a shift…</source>
            <translation>P&amp;lanifye yon orè…</translation>
        </message>
        <message>
            <source>Plan a shift</source>
            <translation>Planifye yon orè</translation>
        </message>
        <message>
            <source>&amp;Cancel shift…</source>
            <translation>&amp;Anile orè…</translation>
        </message>
        <message>
            <source>Cancel the selected shift</source>
            <translation>Anile orè ki chwazi a</translation>
        </message>
        <message>
            <source>Asks first. The Delete key in the list does the same.</source>
            <translation>Li mande anvan. Touch Delete nan lis la fè menm bagay la.</translation>
        </message>
        <message>
            <source>Planned shifts</source>
            <translation>Orè planifye</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jou</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Lè</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Travayè</translation>
        </message>
        <message>
            <source>Planned by</source>
            <translation>Planifye pa</translation>
        </message>
        <message>
            <source>not planned</source>
            <translation>pa planifye</translation>
        </message>
        <message>
            <source>Clocked in: {0} · On a break: {1} · Not clocked in: {2} · Late: {3}</source>
            <translation>Make antre: {0} · An poz: {1} · Pa make antre: {2} · An reta: {3}</translation>
        </message>
        <message>
            <source>Nobody is planned or clocked in right now.</source>
            <translation>Pèsonn pa planifye ni make antre kounye a.</translation>
        </message>
        <message>
            <source>As of {0}</source>
            <translation type="unfinished">Mizajou: {0}</translation>
        </message>
        <message>
            <source>On a break</source>
            <translation>An poz</translation>
        </message>
        <message>
            <source>On a break, no shift planned now</source>
            <translation>An poz, pa gen orè planifye kounye a</translation>
        </message>
        <message>
            <source>Clocked in, screen locked: stepped away (time paused)</source>
            <translation>Make antre, ekran bloke: li ale yon ti moman (tan kanpe)</translation>
        </message>
        <message>
            <source>Clocked in since {0}</source>
            <translation>Make antre depi {0}</translation>
        </message>
        <message>
            <source>Clocked in</source>
            <translation>Make antre</translation>
        </message>
        <message>
            <source>Clocked in since {0}, no shift planned now</source>
            <translation>Make antre depi {0}, pa gen orè planifye kounye a</translation>
        </message>
        <message>
            <source>Clocked in, no shift planned now</source>
            <translation>Make antre, pa gen orè planifye kounye a</translation>
        </message>
        <message>
            <source>Not clocked in yet: {0} late</source>
            <translation>Poko make antre: {0} an reta</translation>
        </message>
        <message>
            <source>Not clocked in yet</source>
            <translation>Poko make antre</translation>
        </message>
        <message>
            <source>d MMMM yyyy</source>
            <translation>d MMMM yyyy</translation>
        </message>
        <message>
            <source>Week of {0} (this week)</source>
            <translation>Semèn ki kòmanse {0} (semèn sa a)</translation>
        </message>
        <message>
            <source>Week of {0}</source>
            <translation>Semèn ki kòmanse {0}</translation>
        </message>
        <message>
            <source>ddd d MMM</source>
            <translation>ddd d MMM</translation>
        </message>
        <message>
            <source>Shifts this week: {0}. Those already over are in grey.</source>
            <translation>Orè semèn sa a: {0}. Sa ki deja fini yo an gri.</translation>
        </message>
        <message>
            <source>No shifts are planned this week.</source>
            <translation>Pa gen orè planifye semèn sa a.</translation>
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
            <translation>{0} min</translation>
        </message>
        <message>
            <source>{0} h {1} min</source>
            <translation>{0} h {1} min</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>sipèvizè</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>admin</translation>
        </message>
        <message>
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <source>Nobody is logged in. Log in again to plan shifts.</source>
            <translation>Pèsonn pa konekte. Konekte ankò pou planifye orè.</translation>
        </message>
        <message>
            <source>A shift ends after it starts, at most 16 hours later, at a named seat. Change the times or the seat.</source>
            <translation>Yon orè fini apre li kòmanse, pa plis pase 16 èdtan apre, nan yon plas ki gen non. Chanje lè yo oswa plas la.</translation>
        </message>
        <message>
            <source>Planned: {0}, {1} {2}, seat {3}.</source>
            <translation>Planifye: {0}, {1} {2}, plas {3}.</translation>
        </message>
        <message>
            <source>dddd d MMMM</source>
            <translation>dddd d MMMM</translation>
        </message>
        <message>
            <source>Cancel {0}'s shift on {1}, {2}, at seat {3}?</source>
            <translation>Anile orè {0} pou {1}, {2}, nan plas {3}?</translation>
        </message>
        <message>
            <source>That shift is no longer in the plan.</source>
            <translation>Orè sa a pa nan plan an ankò.</translation>
        </message>
        <message>
            <source>Cancelled: {0}'s shift, {1}.</source>
            <translation>Anile: orè {0}, {1}.</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message numerus="yes">
            <source>Sent %n item(s).</source>
            <translation type="unfinished">
                <numerusform>Voye %n eleman.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) arrived after another workstation had answered the same task: the hub keeps them beside that result, which stands.</source>
            <translation type="unfinished">
                <numerusform>%n rezilta rive apre yon lòt pòs travay te deja reponn menm tach la: sèvè a kenbe yo bò kote rezilta sa a, ki rete valab.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Received %n new batch(es).</source>
            <translation type="unfinished">
                <numerusform>Resevwa %n nouvo lo.</numerusform>
            </translation>
        </message>
        <message>
            <source>The lab's list of people came from the hub ({added} added, {updated} updated, {disabled} switched off).</source>
            <translation type="unfinished">Lis moun laboratwa a soti nan sèvè a ({added} ajoute, {updated} mete ajou, {disabled} dezaktive).</translation>
        </message>
        <message>
            <source>{name} stays partner admin here: the hub's list would leave this workstation without one (the hub should list another admin first).</source>
            <translation type="unfinished">{name} rete admin patnè isit la: lis sèvè a ta kite pòs travay sa a san admin patnè (sèvè a ta dwe mete yon lòt admin nan lis li anvan).</translation>
        </message>
        <message>
            <source>The lab relay at {url} was not used ({why}): media came from the hub.</source>
            <translation type="unfinished">Relè laboratwa a nan {url} pa t sèvi ({why}): medya yo soti nan hub la.</translation>
        </message>
        <message>
            <source>Nothing answered at the lab relay's address {old}; the relay answered at {new}, which is used from now on.</source>
            <translation type="unfinished">Anyen pa t reponn nan adrès relè laboratwa a {old}; relè a reponn nan {new}, se li yo pral sèvi kounye a.</translation>
        </message>
        <message>
            <source>The hub cannot be reached: the lab relay keeps this workstation's {n} waiting item(s) for the next USB trip.</source>
            <translation type="unfinished">Pa ka jwenn hub la: relè laboratwa a kenbe {n} eleman k ap tann sou òdinatè sa a pou pwochen vwayaj USB la.</translation>
        </message>
        <message>
            <source>The lab file on the relay was not used: {why}</source>
            <translation type="unfinished">Fichye laboratwa a ki sou relè a pa t itilize: {why}</translation>
        </message>
        <message>
            <source>The lab file on the relay brought {n} new batch(es); {items} item(s) answered by the hub left the outbox.</source>
            <translation type="unfinished">Fichye laboratwa a ki sou relè a pote {n} nouvo lo; {items} eleman hub la reponn soti nan bwat sòti a.</translation>
        </message>
        <message>
            <source>No new batches were asked for: the media of the work not yet done fills the prefetch budget.</source>
            <translation type="unfinished">Pa t mande okenn nouvo lo: medya travay ki poko fèt yo deja ranpli limit medya pou chache davans lan.</translation>
        </message>
        <message numerus="yes">
            <source>Today's data budget is used ({used} of {limit} MB): %n item(s) wait until tomorrow, and no new work is asked for.</source>
            <translation type="unfinished">
                <numerusform>Bidjè done jodi a fini ({used} sou {limit} MB): %n eleman ap tann demen, epi yo pa mande nouvo travay.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This month's data budget is used ({used} of {limit} MB): %n item(s) wait until next month, and no new work is asked for.</source>
            <translation type="unfinished">
                <numerusform>Bidjè done mwa sa a fini ({used} sou {limit} MB): %n eleman ap tann mwa pwochen, epi yo pa mande nouvo travay.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The lab's data budget for today is used ({used} of {limit} MB, counted by the lab relay): %n item(s) wait until tomorrow, and no new work is asked for.</source>
            <translation type="unfinished">
                <numerusform>Bidjè done laboratwa a pou jodi a fini ({used} sou {limit} MB, relè a konte l): %n atik ap tann demen, epi yo pa mande nouvo travay.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The lab's data budget for this month is used ({used} of {limit} MB, counted by the lab relay): %n item(s) wait until next month, and no new work is asked for.</source>
            <translation type="unfinished">
                <numerusform>Bidjè done laboratwa a pou mwa sa a fini ({used} sou {limit} MB, relè a konte l): %n atik ap tann mwa pwochen, epi yo pa mande nouvo travay.</numerusform>
            </translation>
        </message>
        <message>
            <source>No new work was asked for: today's data budget has too little left.</source>
            <translation type="unfinished">Yo pa mande nouvo travay: twò piti rete nan bidjè done jodi a.</translation>
        </message>
        <message>
            <source>No new work was asked for: this month's data budget has too little left.</source>
            <translation type="unfinished">Yo pa mande nouvo travay: twò piti rete nan bidjè done mwa sa a.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) reached the hub before that.</source>
            <translation type="unfinished">
                <numerusform>%n eleman te rive sou sèvè a anvan sa.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new batch(es) arrived before that.</source>
            <translation type="unfinished">
                <numerusform>%n nouvo lo te rive anvan sa.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n batch(es) from the hub were not taken: {which}.</source>
            <translation type="unfinished">
                <numerusform>Pa t pran %n lo ki soti nan sèvè a: {which}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n batch(es) from the hub were not taken: {which}; and {more} more.</source>
            <translation type="unfinished">
                <numerusform>Pa t pran %n lo ki soti nan sèvè a: {which}; ak {more} lòt ankò.</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync was cancelled; what was sent is kept by the hub.</source>
            <translation type="unfinished">Senkronizasyon an anile; sa ki te deja voye yo, sèvè a kenbe yo.</translation>
        </message>
        <message numerus="yes">
            <source>Sent {done} of %n.</source>
            <translation type="unfinished">
                <numerusform>Voye {done} sou %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>Batch {batch} from the hub was {reason}</source>
            <translation type="unfinished">Lo {batch} ki soti nan sèvè a: {reason}</translation>
        </message>
        <message>
            <source>{problem} Trying again in {seconds} s.</source>
            <translation type="unfinished">{problem} N ap eseye ankò nan {seconds} s.</translation>
        </message>
    </context>
    <context>
        <name>TaggingView</name>
        <message>
            <source>Boxes drawn</source>
            <translation type="unfinished">Kad ki trase yo</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Etikèt yo</translation>
        </message>
        <message>
            <source>Key {0}</source>
            <translation>Touch {0}</translation>
        </message>
        <message>
            <source>Label of the box</source>
            <translation type="unfinished">Etikèt kad la</translation>
        </message>
        <message>
            <source>Choose one label</source>
            <translation>Chwazi yon sèl etikèt</translation>
        </message>
        <message>
            <source>Choose all labels that apply</source>
            <translation>Chwazi tout etikèt ki mache</translation>
        </message>
        <message>
            <source>the image is {0}×{1} pixels, but the task says {2}×{3}</source>
            <translation type="unfinished">imaj la fè {0}×{1} piksèl, men tach la di {2}×{3}</translation>
        </message>
        <message>
            <source>{0}. {1}: {2}×{3} at {4}, {5}</source>
            <translation type="unfinished">{0}. {1}: {2}×{3} nan {4}, {5}</translation>
        </message>
        <message>
            <source>B start/end a box · arrows move (Shift faster) · Alt+arrows resize · Tab next box · 1…9 label · Delete remove · Ctrl+Plus/Minus zoom</source>
            <translation type="unfinished">B kòmanse/fini yon kad · flèch deplase (Shift pi vit) · Alt+flèch chanje gwosè · Tab pwochen kad · 1…9 etikèt · Delete retire · Ctrl+Plus/Minus zoum</translation>
        </message>
        <message>
            <source>1…9 choose labels · Ctrl+Plus/Minus zoom · Ctrl+0 fit · arrows pan</source>
            <translation>1…9 chwazi etikèt · Ctrl+Plus/Minus zoum · Ctrl+0 ajiste · flèch deplase</translation>
        </message>
    </context>
    <context>
        <name>TaskState</name>
        <message>
            <source>done</source>
            <translation type="unfinished">fini</translation>
        </message>
        <message>
            <source>gone</source>
            <translation type="unfinished">retire</translation>
        </message>
        <message>
            <source>held</source>
            <translation type="unfinished">nan men yon lòt moun</translation>
        </message>
        <message>
            <source>closed</source>
            <translation type="unfinished">fèmen</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation type="unfinished">sote</translation>
        </message>
        <message>
            <source>flagged</source>
            <translation type="unfinished">siyale</translation>
        </message>
        <message>
            <source>new</source>
            <translation type="unfinished">nouvo</translation>
        </message>
    </context>
    <context>
        <name>TeamScreen</name>
        <message>
            <source>Partner admin</source>
            <translation>Admin patnè</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Sipèvizè</translation>
        </message>
        <message>
            <source>Team — {0} ({1})</source>
            <translation>Ekip — {0} ({1})</translation>
        </message>
        <message>
            <source>Tasks ({0})</source>
            <translation>Tach ({0})</translation>
        </message>
        <message>
            <source>Go to the task screen</source>
            <translation>Ale nan ekran tach yo</translation>
        </message>
        <message>
            <source>Do tasks yourself, with your timesheet. {0} comes back here.</source>
            <translation>Fè tach ou menm, ak fèy prezans ou. {0} fè w tounen isit la.</translation>
        </message>
        <message>
            <source>Lock (Ctrl+L)</source>
            <translation>Bloke (Ctrl+L)</translation>
        </message>
        <message>
            <source>Lock the screen</source>
            <translation>Bloke ekran an</translation>
        </message>
        <message>
            <source>Lock the screen for the next person. Your PIN opens it again.</source>
            <translation>Bloke ekran an pou pwochen moun nan. PIN ou ap louvri l ankò.</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Ekip</translation>
        </message>
        <message>
            <source>On shift (Ctrl+1)</source>
            <translation>Nan travay (Ctrl+1)</translation>
        </message>
        <message>
            <source>Hours (Ctrl+2)</source>
            <translation>Èdtan (Ctrl+2)</translation>
        </message>
        <message>
            <source>Training (Ctrl+3)</source>
            <translation>Fòmasyon (Ctrl+3)</translation>
        </message>
        <message>
            <source>Review (Ctrl+4)</source>
            <translation>Revizyon (Ctrl+4)</translation>
        </message>
        <message>
            <source>Users (Ctrl+5)</source>
            <translation>Itilizatè (Ctrl+5)</translation>
        </message>
    </context>
    <context>
        <name>TimesheetBar</name>
        <message>
            <source>Time</source>
            <translation>Tan</translation>
        </message>
        <message>
            <source>Today's hours</source>
            <translation>Èdtan jodi a</translation>
        </message>
        <message>
            <source>Clock out ({0})</source>
            <translation>Make sòti ({0})</translation>
        </message>
        <message>
            <source>Clock in ({0})</source>
            <translation>Make antre ({0})</translation>
        </message>
        <message>
            <source>End break ({0})</source>
            <translation>Fini poz ({0})</translation>
        </message>
        <message>
            <source>Start break ({0})</source>
            <translation>Pran poz ({0})</translation>
        </message>
        <message>
            <source>My week ({0})</source>
            <translation>Semèn mwen ({0})</translation>
        </message>
        <message>
            <source>The computer restarted, which ended your shift: your time is not being counted. Clock in again.</source>
            <translation>Òdinatè a te redemare, sa ki fini peryòd travay ou: tan ou pa p konte. Make antre ankò.</translation>
        </message>
        <message>
            <source>You are not clocked in: your time is not being counted.</source>
            <translation>Ou pa make antre: tan ou pa p konte.</translation>
        </message>
        <message>
            <source>On a break: your time is not being counted until you end the break.</source>
            <translation>An poz: tan ou pa p konte jiskaske w fini poz la.</translation>
        </message>
        <message>
            <source>Time paused while the screen was locked. It counts again when you work.</source>
            <translation>Tan an te kanpe pandan ekran an te bloke. L ap konte ankò lè w travay.</translation>
        </message>
        <message>
            <source>Time paused: there was no input for a while. It counts again when you work.</source>
            <translation>Tan an kanpe: pa t gen aktivite pandan yon ti tan. L ap konte ankò lè w travay.</translation>
        </message>
        <message>
            <source>Clocked in since {0}: your time is being counted.</source>
            <translation>Make antre depi {0}: tan ou ap konte.</translation>
        </message>
        <message>
            <source>Today: {0} clocked · {1} active</source>
            <translation>Jodi a: {0} prezans · {1} aktif</translation>
        </message>
        <message>
            <source>{0} min</source>
            <translation>{0} min</translation>
        </message>
        <message>
            <source>{0} h {1} min</source>
            <translation>{0} h {1} min</translation>
        </message>
    </context>
    <context>
        <name>TrainingPanel</name>
        <message>
            <source>Training of each worker</source>
            <translation>Fòmasyon chak travayè</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Travayè</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Pwojè</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Fòmasyon</translation>
        </message>
        <message>
            <source>Best score</source>
            <translation>Pi bon nòt</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Esè</translation>
        </message>
        <message>
            <source>&amp;Give another attempt</source>
            <translation>&amp;Bay yon lòt chans</translation>
        </message>
        <message>
            <source>Give the selected worker another attempt at the training</source>
            <translation>Bay travayè ki chwazi a yon lòt chans pou fòmasyon an</translation>
        </message>
        <message>
            <source>For a worker who has used her attempts: she does the project's training set again, and its tasks open when she passes.</source>
            <translation>Pou yon travayè ki fin itilize esè li yo: li refè fòmasyon pwojè a, e tach yo ap louvri lè li pase.</translation>
        </message>
        <message>
            <source>No project here has a training set.</source>
            <translation>Okenn pwojè isit la pa gen fòmasyon.</translation>
        </message>
        <message numerus="yes">
            <source>%n worker(s) have used their attempts without passing: their project's tasks stay closed to them until you give another attempt.</source>
            <translation type="unfinished">
                <numerusform>%n travayè fin itilize esè yo san yo pa pase: tach pwojè yo rete fèmen pou yo jiskaske ou ba yo yon lòt chans.</numerusform>
            </translation>
        </message>
        <message>
            <source>Each worker does a project's training set before its tasks open to her.</source>
            <translation>Chak travayè fè fòmasyon yon pwojè anvan tach li yo louvri pou li.</translation>
        </message>
        <message>
            <source>Each worker does a project's training tasks once, before its other tasks; no project here asks for a pass mark.</source>
            <translation>Chak travayè fè tach fòmasyon yon pwojè yon sèl fwa, anvan lòt tach li yo; okenn pwojè isit la pa mande yon nòt pou pase.</translation>
        </message>
        <message>
            <source>{0} (pass mark {1}%)</source>
            <translation>{0} (nòt pou pase {1}%)</translation>
        </message>
        <message>
            <source>{0} of {1}</source>
            <translation>{0} sou {1}</translation>
        </message>
        <message>
            <source>Passed on another workstation: the tasks are open</source>
            <translation>Pase sou yon lòt pòs travay: tach yo louvri</translation>
        </message>
        <message>
            <source>Passed: the tasks are open</source>
            <translation>Pase: tach yo louvri</translation>
        </message>
        <message>
            <source>Not passed, no attempts left: the tasks are closed</source>
            <translation>Pa pase, pa gen esè ki rete: tach yo fèmen</translation>
        </message>
        <message>
            <source>Done (the project does not require a pass)</source>
            <translation>Fèt (pwojè a pa mande pou w pase)</translation>
        </message>
        <message>
            <source>Training: {0} of {1} done</source>
            <translation>Fòmasyon: {0} sou {1} fèt</translation>
        </message>
        <message>
            <source>{0} may try the training of {1} again.</source>
            <translation>{0} ka eseye fòmasyon {1} ankò.</translation>
        </message>
        <message>
            <source>{0} worker(s) have used their attempts without passing: their project's tasks stay closed to them until you give another attempt.</source>
            <translation type="vanished">{0} travayè fin itilize esè yo san yo pa pase: tach pwojè yo rete fèmen pou yo jiskaske ou ba yo yon lòt chans.</translation>
        </message>
    </context>
    <context>
        <name>TranscriptionView</name>
        <message>
            <source>Transcript</source>
            <translation>Transkripsyon</translation>
        </message>
        <message>
            <source>Type what you hear or read…</source>
            <translation>Tape sa w tande oswa li…</translation>
        </message>
        <message>
            <source>&amp;Transcript</source>
            <translation>&amp;Transkripsyon</translation>
        </message>
        <message>
            <source>Type what you hear…</source>
            <translation>Tape sa w tande…</translation>
        </message>
        <message>
            <source>Type what you read…</source>
            <translation>Tape sa w li…</translation>
        </message>
        <message>
            <source>Insert {0}</source>
            <translation>Mete {0}</translation>
        </message>
        <message>
            <source>Esc play/pause · F2/F3 back/forward · F7/F8 speed · F9 loop · Ctrl+J time stamp · Alt+1…9 tokens</source>
            <translation>Esc jwe/poze · F2/F3 tounen/avanse · F7/F8 vitès · F9 repete · Ctrl+J mak lè · Alt+1…9 mak</translation>
        </message>
        <message>
            <source>Ctrl+Plus/Minus zoom · Ctrl+0 fit · Tab to the scan, arrows pan, Shift+Tab back · Alt+1…9 tokens</source>
            <translation type="unfinished">Ctrl+Plus/Minus zoum · Ctrl+0 ajiste · Tab ale sou imaj la, flèch deplase, Shift+Tab tounen · Alt+1…9 mak</translation>
        </message>
        <message>
            <source>{0} / {1} characters</source>
            <translation>{0} / {1} karaktè</translation>
        </message>
    </context>
    <context>
        <name>TranslationView</name>
        <message>
            <source>Source text</source>
            <translation type="unfinished">Tèks sous</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation type="unfinished">Tradiksyon</translation>
        </message>
        <message>
            <source>Type the translation…</source>
            <translation type="unfinished">Tape tradiksyon an…</translation>
        </message>
        <message>
            <source>Copy source</source>
            <translation type="unfinished">Kopye sous la</translation>
        </message>
        <message>
            <source>Copy the source into the translation</source>
            <translation type="unfinished">Kopye tèks sous la nan tradiksyon an</translation>
        </message>
        <message>
            <source>Previous segment</source>
            <translation type="unfinished">Segman anvan</translation>
        </message>
        <message>
            <source>Next segment</source>
            <translation type="unfinished">Segman apre</translation>
        </message>
        <message>
            <source>&amp;Translation</source>
            <translation type="unfinished">&amp;Tradiksyon</translation>
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished">Sous</translation>
        </message>
        <message>
            <source>Segment {0} of {1}</source>
            <translation type="unfinished">Segman {0} sou {1}</translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) not translated yet</source>
            <translation type="unfinished">
                <numerusform>%n segman poko tradui</numerusform>
            </translation>
        </message>
        <message>
            <source>Previous: {0} → {1}</source>
            <translation type="unfinished">Anvan: {0} → {1}</translation>
        </message>
        <message>
            <source>Next: {0} → {1}</source>
            <translation type="unfinished">Apre: {0} → {1}</translation>
        </message>
        <message>
            <source>Insert {0}</source>
            <translation type="unfinished">Mete {0}</translation>
        </message>
        <message>
            <source>Alt+Down/Up next/previous segment · Alt+Page Down next untranslated · Ctrl+Shift+C copy source · Alt+1…9 insert terms</source>
            <translation type="unfinished">Alt+Down/Up segman apre/anvan · Alt+Page Down pwochen ki poko tradui · Ctrl+Shift+C kopye sous la · Alt+1…9 mete tèm</translation>
        </message>
        <message>
            <source>{0} / {1} characters</source>
            <translation type="unfinished">{0} / {1} karaktè</translation>
        </message>
        <message>
            <source>Alt+Down/Up next/previous segment · Ctrl+Shift+C copy source · Alt+1…9 insert terms</source>
            <translation type="vanished">Alt+Down/Up segman apre/anvan · Ctrl+Shift+C kopye sous la · Alt+1…9 mete tèm</translation>
        </message>
    </context>
    <context>
        <name>UserDialogs</name>
        <message>
            <source>Message</source>
            <translation>Mesaj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anile</translation>
        </message>
    </context>
    <context>
        <name>UsersPanel</name>
        <message>
            <source>Where the user list comes from</source>
            <translation>Kote lis itilizatè a soti</translation>
        </message>
        <message>
            <source>Names, roles and labs of users from the hub are kept at the hub: the organisation's admin changes them there (labhub add-user …), and they arrive here with the next sync. This screen does not change roles.</source>
            <translation>Non, wòl ak laboratwa itilizatè ki soti nan sèvè a kenbe sou sèvè a: admin òganizasyon an chanje yo la (labhub add-user …), epi yo rive isit la nan pwochen senkronizasyon an. Ekran sa a pa chanje wòl.</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Itilizatè</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Wòl</translation>
        </message>
        <message>
            <source>Lab</source>
            <translation>Laboratwa</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Ajoute</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Eta</translation>
        </message>
        <message>
            <source>About the selected user</source>
            <translation>Sou itilizatè ki chwazi a</translation>
        </message>
        <message>
            <source>&amp;Add user…</source>
            <translation>&amp;Ajoute itilizatè…</translation>
        </message>
        <message>
            <source>Add user</source>
            <translation>Ajoute itilizatè</translation>
        </message>
        <message>
            <source>Set &amp;PIN…</source>
            <translation>Mete &amp;PIN…</translation>
        </message>
        <message>
            <source>Set PIN</source>
            <translation>Mete PIN</translation>
        </message>
        <message>
            <source>S&amp;witch off…</source>
            <translation>&amp;Dezaktive…</translation>
        </message>
        <message>
            <source>Switch off</source>
            <translation>Dezaktive</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>De&amp;bloke</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Debloke</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mesaj</translation>
        </message>
        <message>
            <source>The hub has not sent a user list yet: users added here are marked 'awaiting the hub' until it confirms them.</source>
            <translation>Sèvè a poko voye yon lis itilizatè: itilizatè ki ajoute isit la make 'ap tann sèvè a' jiskaske li konfime yo.</translation>
        </message>
        <message>
            <source>The user list came from the hub on {0}, more than {1} days ago: someone switched off at the hub can still log in here until the next sync. Sync soon.</source>
            <translation>Lis itilizatè a te soti nan sèvè a nan dat {0}, sa gen plis pase {1} jou: yon moun yo dezaktive sou sèvè a ka toujou konekte isit la jiskaske pwochen senkronizasyon an. Senkronize byento.</translation>
        </message>
        <message>
            <source>The user list came from the hub on {0}.</source>
            <translation>Lis itilizatè a te soti nan sèvè a nan dat {0}.</translation>
        </message>
        <message>
            <source>{0} (you)</source>
            <translation>{0} (ou)</translation>
        </message>
        <message>
            <source>By the hub</source>
            <translation>Pa sèvè a</translation>
        </message>
        <message>
            <source>Here, confirmed by the hub</source>
            <translation>Isit la, sèvè a konfime</translation>
        </message>
        <message>
            <source>Here</source>
            <translation>Isit la</translation>
        </message>
        <message>
            <source>Switched off</source>
            <translation>Dezaktive</translation>
        </message>
        <message>
            <source>Locked for {0} s</source>
            <translation>Bloke pou {0} s</translation>
        </message>
        <message>
            <source>No PIN yet</source>
            <translation>Poko gen PIN</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <source>Awaiting the hub</source>
            <translation>Ap tann sèvè a</translation>
        </message>
        <message>
            <source>S&amp;witch on</source>
            <translation>Ak&amp;tive</translation>
        </message>
        <message>
            <source>Switch on</source>
            <translation>Aktive</translation>
        </message>
        <message>
            <source>You cannot switch off your own account. Another partner admin can.</source>
            <translation>Ou pa ka dezaktive pwòp kont ou. Yon lòt admin patnè ka fè l.</translation>
        </message>
        <message>
            <source>This is you. You cannot switch off your own account; another partner admin can.</source>
            <translation>Se ou menm. Ou pa ka dezaktive pwòp kont ou; yon lòt admin patnè ka fè l.</translation>
        </message>
        <message>
            <source>{0} is switched off: they cannot log in here. Their recorded time and work stay.</source>
            <translation>{0} dezaktive: li pa ka konekte isit la. Tan ak travay li ki anrejistre yo rete.</translation>
        </message>
        <message>
            <source>{0} typed a wrong PIN {1} times in a row and can try again in {2} seconds. Unlock lets them try now.</source>
            <translation>{0} tape yon move PIN {1} fwa youn dèyè lòt, li ka eseye ankò nan {2} segonn. Debloke pèmèt li eseye kounye a.</translation>
        </message>
        <message>
            <source>{0} has no PIN yet, so they cannot log in. Set one with Set PIN.</source>
            <translation>{0} poko gen PIN, kidonk li pa ka konekte. Mete youn ak Mete PIN.</translation>
        </message>
        <message>
            <source>{0} was added here and can log in on this workstation. The hub confirms them when its user list names them.</source>
            <translation>Yo ajoute {0} isit la, e li ka konekte sou pòs travay sa a. Sèvè a ap konfime l lè lis itilizatè li a gen non l.</translation>
        </message>
        <message>
            <source>{0}'s name, role and lab come from the hub: change them there.</source>
            <translation>Non, wòl ak laboratwa {0} soti nan sèvè a: chanje yo la.</translation>
        </message>
        <message>
            <source>{0} is added and can log in here with the PIN you chose. The hub confirms them at a sync.</source>
            <translation>{0} ajoute, e li ka konekte isit la ak PIN ou chwazi a. Sèvè a ap konfime l nan yon senkronizasyon.</translation>
        </message>
        <message>
            <source>{0} comes from the hub: if the hub sends a PIN for them, it replaces this one at a sync.</source>
            <translation>{0} soti nan sèvè a: si sèvè a voye yon PIN pou li, l ap ranplase sa a nan yon senkronizasyon.</translation>
        </message>
        <message>
            <source>{0}'s new PIN is set: they can log in with it now.</source>
            <translation>Nouvo PIN {0} an mete: li ka konekte avè l kounye a.</translation>
        </message>
        <message>
            <source>{0} is switched on and can log in again.</source>
            <translation>{0} aktive, e li ka konekte ankò.</translation>
        </message>
        <message>
            <source>Switch off {0}?</source>
            <translation>Dezaktive {0}?</translation>
        </message>
        <message>
            <source>{0} cannot log in here until you switch them on again, and is logged out now if they are logged in. Their recorded time and work stay.</source>
            <translation>{0} p ap ka konekte isit la jiskaske ou aktive l ankò, e l ap dekonekte kounye a si l konekte. Tan ak travay li ki anrejistre yo rete.</translation>
        </message>
        <message>
            <source>The hub's next user list may switch them on again: to switch them off for good, switch them off at the hub.</source>
            <translation>Pwochen lis itilizatè sèvè a ka aktive l ankò: pou dezaktive l nèt, dezaktive l sou sèvè a.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anile</translation>
        </message>
        <message>
            <source>{0} is switched off.</source>
            <translation>{0} dezaktive.</translation>
        </message>
        <message>
            <source>{0} is unlocked and can try their PIN again now.</source>
            <translation>{0} debloke, e li ka eseye PIN li ankò kounye a.</translation>
        </message>
        <message>
            <source>You are no longer logged in.</source>
            <translation>Ou pa konekte ankò.</translation>
        </message>
    </context>
    <context>
        <name>VideoScreen</name>
        <message>
            <source>Video</source>
            <extracomment>The largest picture shown: 4K UHD. A larger frame (a hostile or broken file) is not converted (its image alone would take a gigabyte at 16k x 16k); ``too_large`` says so instead.</extracomment>
            <translation type="unfinished">Videyo</translation>
        </message>
        <message>
            <source>Click to play or pause</source>
            <translation type="unfinished">Klike pou jwe oswa pou poze</translation>
        </message>
    </context>
    <context>
        <name>Waveform</name>
        <message>
            <source>Waveform of the clip</source>
            <translation>Fòm onn klip la</translation>
        </message>
        <message>
            <source>Click to play from there</source>
            <translation>Klike pou jwe depi la</translation>
        </message>
    </context>
    <context>
        <name>WorkScreen</name>
        <message>
            <source>Progress</source>
            <translation>Pwogrè</translation>
        </message>
        <message>
            <source>Project to work on</source>
            <translation>Pwojè pou travay sou li</translation>
        </message>
        <message>
            <source>Work on (Ctrl+P):</source>
            <translation>Travay sou (Ctrl+P):</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mesaj</translation>
        </message>
        <message>
            <source>Instructions</source>
            <translation>Enstriksyon</translation>
        </message>
        <message>
            <source>Instructions (F1)</source>
            <translation>Enstriksyon (F1)</translation>
        </message>
        <message>
            <source>Flag as broken (Ctrl+Shift+B)</source>
            <translation>Siyale pwoblèm (Ctrl+Shift+B)</translation>
        </message>
        <message>
            <source>Skip (Ctrl+Shift+S)</source>
            <translation>Sote (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>Submit (Ctrl+Enter)</source>
            <translation>Voye (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Undo last answer (Ctrl+Shift+Backspace)</source>
            <translation>Reprann dènye repons (Ctrl+Shift+Backspace)</translation>
        </message>
        <message>
            <source>Team (F4)</source>
            <translation>Ekip (F4)</translation>
        </message>
        <message>
            <source>Go to the Team screen</source>
            <translation>Ale nan ekran Ekip la</translation>
        </message>
        <message>
            <source>Import a batch from a file… (Ctrl+I)</source>
            <translation>Enpòte yon lo nan yon fichye… (Ctrl+I)</translation>
        </message>
        <message>
            <source>Import a batch from a file</source>
            <translation>Enpòte yon lo nan yon fichye</translation>
        </message>
        <message>
            <source>Worker: {0}</source>
            <translation>Travayè: {0}</translation>
        </message>
        <message>
            <source>This project has no instructions.</source>
            <translation>Pwojè sa a pa gen enstriksyon.</translation>
        </message>
        <message>
            <source>transcription</source>
            <translation>transkripsyon</translation>
        </message>
        <message>
            <source>tagging</source>
            <translation>etikete</translation>
        </message>
        <message>
            <source>data entry</source>
            <translation>antre done</translation>
        </message>
        <message>
            <source>All projects</source>
            <translation>Tout pwojè yo</translation>
        </message>
        <message>
            <source>No task to do</source>
            <translation>Pa gen tach pou fè</translation>
        </message>
        <message>
            <source>There are no tasks left in this computer's cache. New work arrives when the workstation syncs with the hub; a lab admin can also import a batch from a USB stick.</source>
            <translation>Pa gen tach ki rete nan rezèv òdinatè sa a. Nouvo travay rive lè pòs travay la senkronize ak sèvè a; yon admin laboratwa ka enpòte yon lo sou yon kle USB tou.</translation>
        </message>
        <message>
            <source>{0}: {1} left</source>
            <translation>{0}: {1} ki rete</translation>
        </message>
        <message>
            <source>Lock (Ctrl+L)</source>
            <translation>Bloke (Ctrl+L)</translation>
        </message>
        <message>
            <source>Lock the screen</source>
            <translation>Bloke ekran an</translation>
        </message>
        <message>
            <source>Lock the screen for the next person. Your PIN opens it again, with your work as you left it.</source>
            <translation>Bloke ekran an pou pwochen moun nan. PIN ou ap louvri l ankò, ak travay ou jan ou te kite l.</translation>
        </message>
        <message>
            <source>translation</source>
            <translation type="unfinished">tradiksyon</translation>
        </message>
        <message>
            <source>captioning</source>
            <translation type="unfinished">soutitraj</translation>
        </message>
        <message>
            <source>    {0}, {1} only: {2} left</source>
            <translation>    {0}, {1} sèlman: {2} ki rete</translation>
        </message>
        <message>
            <source>Nothing is left for you in {0}. Choose other work (Ctrl+P), or all of it.</source>
            <translation>Pa gen anyen ki rete pou ou nan {0}. Chwazi lòt travay (Ctrl+P), oswa tout travay yo.</translation>
        </message>
        <message>
            <source>The tasks of {0} open when you pass its training: your best score is {1}%, {2}% is needed, and your {3} attempts are used. Ask your supervisor to let you try again.</source>
            <translation>Tach {0} yo ap louvri lè w pase fòmasyon li: pi bon nòt ou se {1}%, fòk ou gen {2}%, e ou fin itilize {3} esè ou yo. Mande sipèvizè w kite w eseye ankò.</translation>
        </message>
        <message>
            <source>The organisation has paused your work on {0}: {1} Ask your supervisor.</source>
            <translation>Òganizasyon an mete travay ou sou {0} an poz: {1} Mande sipèvizè w.</translation>
        </message>
        <message>
            <source>Done today: {0} (and {1} skipped or flagged)   ·   Left in cache: {2}</source>
            <translation>Fèt jodi a: {0} (ak {1} sote oswa siyale)   ·   Rete an rezèv: {2}</translation>
        </message>
        <message>
            <source>Done today: {0}   ·   Left in cache: {1}</source>
            <translation>Fèt jodi a: {0}   ·   Rete an rezèv: {1}</translation>
        </message>
        <message>
            <source>Clock in?</source>
            <translation>Make antre?</translation>
        </message>
        <message>
            <source>You are not clocked in, so the work you just did is not on the clock. Clock in now? (Next time: {0}, or the Clock in button.)</source>
            <translation>Ou pa make antre, kidonk travay ou fèk fè a pa konte nan tan prezans ou. Make antre kounye a? (Pwochen fwa: {0}, oswa bouton Make antre a.)</translation>
        </message>
        <message>
            <source>&amp;Clock in now</source>
            <translation>&amp;Make antre kounye a</translation>
        </message>
        <message>
            <source>Clock in now</source>
            <translation>Make antre kounye a</translation>
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation>&amp;Pa kounye a</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Pa kounye a</translation>
        </message>
        <message>
            <source>Your answer is saved, but its feedback cannot be shown: {0}</source>
            <translation type="unfinished">Repons ou anrejistre, men nou pa ka montre evalyasyon li: {0}</translation>
        </message>
        <message>
            <source>Skip this task</source>
            <translation>Sote tach sa a</translation>
        </message>
        <message>
            <source>Why are you skipping it?</source>
            <translation>Poukisa w ap sote l?</translation>
        </message>
        <message>
            <source>Too hard to hear or read</source>
            <translation>Twò difisil pou tande oswa li</translation>
        </message>
        <message>
            <source>Not in a language I know</source>
            <translation>Se pa yon lang mwen konnen</translation>
        </message>
        <message>
            <source>I am not sure</source>
            <translation>Mwen pa sèten</translation>
        </message>
        <message>
            <source>Flag this task as broken</source>
            <translation>Siyale tach sa a gen pwoblèm</translation>
        </message>
        <message>
            <source>What is wrong with it?</source>
            <translation>Ki pwoblèm li genyen?</translation>
        </message>
        <message>
            <source>The media does not play or show</source>
            <translation>Medya a pa jwe oswa li pa parèt</translation>
        </message>
        <message>
            <source>The instructions do not fit this task</source>
            <translation>Enstriksyon yo pa koresponn ak tach sa a</translation>
        </message>
        <message>
            <source>The content is offensive or private</source>
            <translation>Kontni an ofansan oswa prive</translation>
        </message>
        <message>
            <source>Your last answer is taken back: change it and submit again.</source>
            <translation>Dènye repons ou a reprann: chanje l epi voye l ankò.</translation>
        </message>
        <message>
            <source>This task's media cannot be shown or played ({0}). Press Ctrl+Shift+B to flag the task as broken, then go on.</source>
            <translation>Medya tach sa a pa ka parèt oswa jwe ({0}). Peze Ctrl+Shift+B pou siyale tach la gen pwoblèm, epi kontinye.</translation>
        </message>
        <message>
            <source>Import a batch</source>
            <translation>Enpòte yon lo</translation>
        </message>
        <message>
            <source>Batch bundles (*.zip)</source>
            <translation>Pakèt lo (*.zip)</translation>
        </message>
        <message>
            <source>Importing {0}…</source>
            <translation>Ap enpòte {0}…</translation>
        </message>
        <message>
            <source>Batch {0} is already in the cache; nothing changed.</source>
            <translation>Lo {0} deja nan rezèv la; anyen pa chanje.</translation>
        </message>
    </context>
    <context>
        <name>label</name>
        <message>
            <source>Problem</source>
            <translation>Pwoblèm</translation>
        </message>
    </context>
</TS>
