<?xml version="1.0" encoding="utf-8"?>
<!-- Swahili translation of LabClient. Produced by machine translation (a language model) on 2026-12-04; every text awaits review by a native speaker. Texts marked unfinished were unsure. -->
<!DOCTYPE TS>
<TS version="2.1" language="sw">
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>Add a user</source>
            <translation>Ongeza mtumiaji</translation>
        </message>
        <message>
            <source>The user is added on this workstation and can log in at once with this PIN. They show as awaiting the hub until the hub's user list confirms them.</source>
            <translation>Mtumiaji anaongezwa kwenye kompyuta hii na anaweza kuingia mara moja kwa PIN hii. Ataonekana kama anasubiri seva kuu hadi orodha ya watumiaji ya seva kuu imthibitishe.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Jina</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Cheo</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN tena</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Jina:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Cheo:</translation>
        </message>
        <message>
            <source>&amp;PIN ({0} to {1} characters):</source>
            <translation>&amp;PIN (herufi {0} hadi {1}):</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>PIN &amp;tena:</translation>
        </message>
        <message>
            <source>Add user</source>
            <translation>Ongeza mtumiaji</translation>
        </message>
        <message>
            <source>Type the person's name.</source>
            <translation>Andika jina la mtu.</translation>
        </message>
        <message>
            <source>The two PINs are not the same. Type the PIN twice again.</source>
            <translation>PIN mbili hazifanani. Andika PIN mara mbili tena.</translation>
        </message>
        <message>
            <source>Type a name of 1 to {0} characters.</source>
            <translation>Andika jina la herufi 1 hadi {0}.</translation>
        </message>
    </context>
    <context>
        <name>AdminDialog</name>
        <message>
            <source>Sync and hub</source>
            <translation>Usawazishaji na seva kuu</translation>
        </message>
        <message>
            <source>Hub address</source>
            <translation>Anwani ya seva kuu</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>Msimbo wa usajili</translation>
        </message>
        <message>
            <source>Enrol this workstation</source>
            <translation>Sajili kompyuta hii</translation>
        </message>
        <message>
            <source>Hub</source>
            <translation>Seva kuu</translation>
        </message>
        <message>
            <source>Connected to:</source>
            <translation>Imeunganishwa na:</translation>
        </message>
        <message>
            <source>Hub &amp;address:</source>
            <translation>&amp;Anwani ya seva kuu:</translation>
        </message>
        <message>
            <source>Enrolment &amp;code:</source>
            <translation>&amp;Msimbo wa usajili:</translation>
        </message>
        <message>
            <source>Sync now (F5)</source>
            <translation>Sawazisha sasa (F5)</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sawazisha sasa</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ghairi</translation>
        </message>
        <message>
            <source>Cancel sync</source>
            <translation>Ghairi usawazishaji</translation>
        </message>
        <message>
            <source>Sync progress</source>
            <translation>Maendeleo ya usawazishaji</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sawazisha</translation>
        </message>
        <message>
            <source>Write the outbox to a USB stick…</source>
            <translation>Hifadhi kikasha toezi kwenye USB…</translation>
        </message>
        <message>
            <source>Write the outbox to a USB stick</source>
            <translation>Hifadhi kikasha toezi kwenye USB</translation>
        </message>
        <message>
            <source>For 'labhub import-outbox' where the hub can be reached; the items stay here until its receipt is read</source>
            <translation type="unfinished">Kwa 'labhub import-outbox' mahali seva kuu inapofikika; vitu vinabaki hapa hadi risiti yake isomwe</translation>
        </message>
        <message>
            <source>Read the hub's receipt…</source>
            <translation>Soma risiti ya seva kuu…</translation>
        </message>
        <message>
            <source>Read the hub's receipt</source>
            <translation>Soma risiti ya seva kuu</translation>
        </message>
        <message>
            <source>Read new work from the hub…</source>
            <translation type="unfinished">Soma kazi mpya kutoka kwa hub…</translation>
        </message>
        <message>
            <source>Read new work from the hub</source>
            <translation type="unfinished">Soma kazi mpya kutoka kwa hub</translation>
        </message>
        <message>
            <source>The file 'labhub export-lab' wrote: new batches, the lab's people and the receipts, for when the line is down</source>
            <translation type="unfinished">Faili lililoandikwa na 'labhub export-lab': makundi mapya, watu wa maabara na risiti, wakati mtandao umekatika</translation>
        </message>
        <message>
            <source>Sync automatically every (minutes)</source>
            <translation>Sawazisha kiotomatiki kila (dakika)</translation>
        </message>
        <message>
            <source>only when asked</source>
            <translation>ukiomba tu</translation>
        </message>
        <message>
            <source> min</source>
            <translation> dak.</translation>
        </message>
        <message>
            <source>Media to fetch ahead (MB)</source>
            <translation type="unfinished">Midia ya kupakua mapema (MB)</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>bila kikomo</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>New batches are fetched only while the media of the work not yet done stays below this. The first batch always comes.</source>
            <translation type="unfinished">Mafungu mapya yanapakuliwa tu wakati midia ya kazi ambazo bado hazijafanywa iko chini ya kiasi hiki. Fungu la kwanza huja kila mara.</translation>
        </message>
        <message>
            <source>Data over the line a day, at most (MB)</source>
            <translation type="unfinished">Data kwenye laini kwa siku, isizidi (MB)</translation>
        </message>
        <message>
            <source>Data over the line a month, at most (MB)</source>
            <translation type="unfinished">Data kwenye laini kwa mwezi, isizidi (MB)</translation>
        </message>
        <message>
            <source> MB a day</source>
            <translation type="unfinished"> MB kwa siku</translation>
        </message>
        <message>
            <source>no daily limit</source>
            <translation type="unfinished">hakuna kikomo cha siku</translation>
        </message>
        <message>
            <source> MB a month</source>
            <translation type="unfinished"> MB kwa mwezi</translation>
        </message>
        <message>
            <source>no monthly limit</source>
            <translation type="unfinished">hakuna kikomo cha mwezi</translation>
        </message>
        <message>
            <source>What the syncs may carry over a metered line. Results and timesheets go first, then new work; a sync stops before the budget is passed.</source>
            <translation type="unfinished">Kiasi ambacho usawazishaji unaweza kupitisha kwenye laini inayolipiwa. Matokeo na laha za muda huenda kwanza, kisha kazi mpya; usawazishaji husimama kabla ya kuzidi bajeti.</translation>
        </message>
        <message>
            <source>Lab relay address</source>
            <translation type="unfinished">Anwani ya kituo-relei cha maabara</translation>
        </message>
        <message>
            <source>Where 'labclient relay' runs on this lab's network, as it says when it starts. Media files come from it first; nothing else goes to it. Empty: none.</source>
            <translation type="unfinished">Mahali 'labclient relay' inapoendeshwa kwenye mtandao wa maabara hii, kama inavyosema inapoanza. Faili za media hutoka kwake kwanza; hakuna kingine kinachotumwa kwake. Tupu: hakuna.</translation>
        </message>
        <message>
            <source>none: media comes from the hub</source>
            <translation type="unfinished">hakuna: media hutoka kwa hub</translation>
        </message>
        <message>
            <source>Find on the network</source>
            <translation type="unfinished">Tafuta kwenye mtandao</translation>
        </message>
        <message>
            <source>Find the lab relay on the network</source>
            <translation type="unfinished">Tafuta kituo cha relay cha maabara kwenye mtandao</translation>
        </message>
        <message>
            <source>Look for the lab relay of this hub on the lab's network, and use it</source>
            <translation type="unfinished">Tafuta relay ya maabara ya hub hii kwenye mtandao wa maabara, na uitumie</translation>
        </message>
        <message>
            <source>Language of the window for everyone</source>
            <translation type="unfinished">Lugha ya dirisha kwa wote</translation>
        </message>
        <message>
            <source>The computer's language</source>
            <translation type="unfinished">Lugha ya kompyuta</translation>
        </message>
        <message>
            <source>Sync auto&amp;matically every:</source>
            <translation>Sawazisha kiot&amp;omatiki kila:</translation>
        </message>
        <message>
            <source>Media to &amp;fetch ahead, at most:</source>
            <translation type="unfinished">Midia ya &amp;kupakua mapema, isizidi:</translation>
        </message>
        <message>
            <source>&amp;Data over the line, at most:</source>
            <translation type="unfinished">&amp;Data kwenye laini, isizidi:</translation>
        </message>
        <message>
            <source>Lab &amp;relay:</source>
            <translation type="unfinished">&amp;Relei ya maabara:</translation>
        </message>
        <message>
            <source>&amp;Language for everyone:</source>
            <translation type="unfinished">&amp;Lugha kwa wote:</translation>
        </message>
        <message>
            <source>Sync history</source>
            <translation>Historia ya usawazishaji</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Ilianza</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Matokeo</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Vitu</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Vimetumwa</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Vimepokelewa</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Ujumbe</translation>
        </message>
        <message>
            <source>Refused by the hub</source>
            <translation>Yaliyokataliwa na seva kuu</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Lini</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Fungu</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Kazi</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Hali</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Sababu</translation>
        </message>
        <message>
            <source>Results another workstation answered first</source>
            <translation>Matokeo ambayo kompyuta nyingine ilijibu kwanza</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Mfanyakazi</translation>
        </message>
        <message>
            <source>What the hub said</source>
            <translation>Seva kuu ilisema nini</translation>
        </message>
        <message>
            <source>Sync details</source>
            <translation>Maelezo ya usawazishaji</translation>
        </message>
        <message>
            <source>Sync &amp;history</source>
            <translation>&amp;Historia ya usawazishaji</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Funga</translation>
        </message>
        <message>
            <source>Enrol this workstation first: type the hub address and the enrolment code above.</source>
            <translation>Sajili kompyuta hii kwanza: andika anwani ya seva kuu na msimbo wa usajili hapo juu.</translation>
        </message>
        <message>
            <source>Where to write the outbox (the USB stick)</source>
            <translation>Mahali pa kuhifadhi kikasha toezi (USB)</translation>
        </message>
        <message>
            <source>The hub's receipt</source>
            <translation>Risiti ya seva kuu</translation>
        </message>
        <message>
            <source>Receipts (*.lcr)</source>
            <translation>Risiti (*.lcr)</translation>
        </message>
        <message>
            <source>The hub's file for this lab</source>
            <translation type="unfinished">Faili la hub kwa maabara hii</translation>
        </message>
        <message>
            <source>Lab files (*.lcl)</source>
            <translation type="unfinished">Faili za maabara (*.lcl)</translation>
        </message>
        <message numerus="yes">
            <source>Read the hub's file: %n new batch(es).</source>
            <translation type="unfinished">
                <numerusform>Faili la hub limesomwa: kundi %n jipya.</numerusform>
                <numerusform>Faili la hub limesomwa: makundi %n mapya.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) answered by the hub left the outbox.</source>
            <translation type="unfinished">
                <numerusform>Kipengee %n kilichojibiwa na hub kimetoka kwenye sanduku la kutuma.</numerusform>
                <numerusform>Vipengee %n vilivyojibiwa na hub vimetoka kwenye sanduku la kutuma.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n batch(es) not taken, e.g. {0}: {1}</source>
            <translation type="unfinished">
                <numerusform>Kundi %n halikuchukuliwa: {0}: {1}</numerusform>
                <numerusform>Makundi %n hayakuchukuliwa, k.m. {0}: {1}</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading the hub's file…</source>
            <translation type="unfinished">Inasoma faili la hub…</translation>
        </message>
        <message>
            <source>Writing the outbox…</source>
            <translation>Inahifadhi kikasha toezi…</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n item(s) to {0}. Take it to where the hub can be reached (labhub import-outbox), then read the receipt here; until then they stay on this computer.</source>
            <translation type="unfinished">
                <numerusform>Kitu %n kimehifadhiwa kwenye {0}. Ipeleke USB mahali seva kuu inapofikika (labhub import-outbox), kisha usome risiti hapa; hadi hapo kitu hicho kinabaki kwenye kompyuta hii.</numerusform>
                <numerusform>Vitu %n vimehifadhiwa kwenye {0}. Ipeleke USB mahali seva kuu inapofikika (labhub import-outbox), kisha usome risiti hapa; hadi hapo vitu vinabaki kwenye kompyuta hii.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Receipt read: %n item(s) answered by the hub left the outbox.</source>
            <translation type="unfinished">
                <numerusform>Risiti imesomwa: kitu %n kilichojibiwa na seva kuu kimeondoka kwenye kikasha toezi.</numerusform>
                <numerusform>Risiti imesomwa: vitu %n vilivyojibiwa na seva kuu vimeondoka kwenye kikasha toezi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The last sync did not take %n batch(es) the hub sent. Its line in the sync history says which and why.</source>
            <translation type="unfinished">
                <numerusform>Usawazishaji wa mwisho haukupokea fungu %n lililotumwa na seva kuu. Mstari wake katika historia ya usawazishaji unaonyesha lipi na kwa nini.</numerusform>
                <numerusform>Usawazishaji wa mwisho haukupokea mafungu %n yaliyotumwa na seva kuu. Mstari wake katika historia ya usawazishaji unaonyesha yapi na kwa nini.</numerusform>
            </translation>
        </message>
        <message>
            <source>not enrolled</source>
            <translation>haijasajiliwa</translation>
        </message>
        <message>
            <source>&amp;Refused by the hub ({0})</source>
            <translation>Yaliyokataliwa na &amp;seva kuu ({0})</translation>
        </message>
        <message>
            <source>Answered &amp;elsewhere first ({0})</source>
            <translation>Yaliyojibiwa kw&amp;ingine kwanza ({0})</translation>
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished">imekamilika</translation>
        </message>
        <message>
            <source>no connection</source>
            <translation type="unfinished">hakuna muunganisho</translation>
        </message>
        <message>
            <source>data budget used</source>
            <translation type="unfinished">bajeti ya data imeisha</translation>
        </message>
        <message>
            <source>hub busy</source>
            <translation type="unfinished">seva kuu ina shughuli</translation>
        </message>
        <message>
            <source>refused credential</source>
            <translation type="unfinished">kitambulisho kimekataliwa</translation>
        </message>
        <message>
            <source>not the hub's answer</source>
            <translation type="unfinished">jibu si la seva kuu</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation type="unfinished">imeghairiwa</translation>
        </message>
        <message>
            <source>failed</source>
            <translation type="unfinished">imeshindwa</translation>
        </message>
        <message>
            <source>Only a partner admin who is logged in may change this. Close this screen and open it again with Ctrl+Shift+A.</source>
            <translation>Msimamizi mkuu aliyeingia pekee ndiye anayeweza kubadilisha hili. Funga skrini hii na uifungue tena kwa Ctrl+Shift+A.</translation>
        </message>
        <message>
            <source>The day's data budget cannot be larger than the month's.</source>
            <translation type="unfinished">Bajeti ya data ya siku haiwezi kuzidi ile ya mwezi.</translation>
        </message>
        <message>
            <source>Media comes from the lab relay at {0} first, from the next sync on.</source>
            <translation type="unfinished">Media itatoka kwanza kwa relei ya maabara iliyo {0}, kuanzia usawazishaji ujao.</translation>
        </message>
        <message>
            <source>Media comes from the hub.</source>
            <translation type="unfinished">Media hutoka kwa hub.</translation>
        </message>
        <message>
            <source>That is not a relay address: type it as 'labclient relay' says it, for example http://192.168.1.10:8765. Nothing changed.</source>
            <translation type="unfinished">Hiyo si anwani ya relei: iandike kama 'labclient relay' inavyoisema, kwa mfano http://192.168.1.10:8765. Hakuna kilichobadilika.</translation>
        </message>
        <message>
            <source>Looking for the lab relay on this network…</source>
            <translation type="unfinished">Inatafuta relay ya maabara kwenye mtandao huu…</translation>
        </message>
        <message>
            <source>No lab relay of this hub answered on this network. Is 'labclient relay' running there? Or type its address.</source>
            <translation type="unfinished">Hakuna relay ya maabara ya hub hii iliyojibu kwenye mtandao huu. Je, 'labclient relay' inaendeshwa? Au andika anwani yake.</translation>
        </message>
        <message>
            <source>Found the lab relay at {0}: media comes from it first, from the next sync on.</source>
            <translation type="unfinished">Relay ya maabara imepatikana kwenye {0}: media itatoka kwake kwanza, kuanzia usawazishaji ujao.</translation>
        </message>
        <message numerus="yes">
            <source>%n lab relay(s) answered; the first, at {0}, is used. Type another's address to choose it.</source>
            <translation type="unfinished">
                <numerusform>Relay %n ya maabara imejibu; inatumika: {0}.</numerusform>
                <numerusform>Relay %n za maabara zimejibu; ya kwanza, kwenye {0}, inatumika. Andika anwani ya nyingine kuichagua.</numerusform>
            </translation>
        </message>
        <message>
            <source>today {0} MB</source>
            <translation type="unfinished">leo {0} MB</translation>
        </message>
        <message>
            <source>today {0} of {1} MB</source>
            <translation type="unfinished">leo {0} kati ya {1} MB</translation>
        </message>
        <message>
            <source>this month {0} MB</source>
            <translation type="unfinished">mwezi huu {0} MB</translation>
        </message>
        <message>
            <source>this month {0} of {1} MB</source>
            <translation type="unfinished">mwezi huu {0} kati ya {1} MB</translation>
        </message>
        <message>
            <source>Used: {0} · {1}</source>
            <translation type="unfinished">Imetumika: {0} · {1}</translation>
        </message>
        <message>
            <source>The whole lab, as the relay counted at the last sync: {0} · {1}</source>
            <translation type="unfinished">Maabara yote, kama relay ilivyohesabu kwenye usawazishaji wa mwisho: {0} · {1}</translation>
        </message>
        <message numerus="yes">
            <source>used up: %n item(s) and new work wait</source>
            <translation type="unfinished">
                <numerusform>imeisha: kipengee %n na kazi mpya vinasubiri</numerusform>
                <numerusform>imeisha: vipengee %n na kazi mpya vinasubiri</numerusform>
            </translation>
        </message>
        <message>
            <source>Enrolling…</source>
            <translation>Inasajili…</translation>
        </message>
        <message>
            <source>Enrolled for lab {0}. Sync now to fetch work.</source>
            <translation>Imesajiliwa kwa maabara {0}. Sawazisha sasa ili kupata kazi.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Inasawazisha…</translation>
        </message>
        <message>
            <source>{0}  ({1} sent, {2} received)</source>
            <translation>{0}  ({1} vimetumwa, {2} vimepokelewa)</translation>
        </message>
        <message>
            <source>Wrote {0} item(s) to {1}. Take it to where the hub can be reached (labhub import-outbox), then read the receipt here; until then they stay on this computer.</source>
            <translation type="vanished">Vitu {0} vimehifadhiwa kwenye {1}. Ipeleke USB mahali seva kuu inapofikika (labhub import-outbox), kisha usome risiti hapa; hadi hapo vitu vinabaki kwenye kompyuta hii.</translation>
        </message>
        <message>
            <source>Receipt read: {0} item(s) answered by the hub left the outbox.</source>
            <translation type="vanished">Risiti imesomwa: vitu {0} vilivyojibiwa na seva kuu vimeondoka kwenye kikasha toezi.</translation>
        </message>
        <message>
            <source>The last sync did not take {0} batch(es) the hub sent. Its line in the sync history says which and why.</source>
            <translation type="vanished">Usawazishaji wa mwisho haukupokea mafungu {0} yaliyotumwa na seva kuu. Mstari wake katika historia ya usawazishaji unaonyesha yapi na kwa nini.</translation>
        </message>
    </context>
    <context>
        <name>AdminLogin</name>
        <message>
            <source>Admin screen</source>
            <translation>Skrini ya msimamizi mkuu</translation>
        </message>
        <message>
            <source>Only a partner admin may open the admin screen. Admin, log in here:</source>
            <translation>Msimamizi mkuu pekee ndiye anayeweza kufungua skrini hii. Msimamizi mkuu, ingia hapa:</translation>
        </message>
        <message>
            <source>Admin's name</source>
            <translation>Jina la msimamizi mkuu</translation>
        </message>
        <message>
            <source>Admin's PIN</source>
            <translation>PIN ya msimamizi mkuu</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Jina:</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>&amp;PIN:</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Ujumbe</translation>
        </message>
        <message>
            <source>Open the admin screen (Enter)</source>
            <translation>Fungua skrini ya msimamizi mkuu (Enter)</translation>
        </message>
        <message>
            <source>Open the admin screen</source>
            <translation>Fungua skrini ya msimamizi mkuu</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Ghairi (Esc)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ghairi</translation>
        </message>
        <message>
            <source>{0} is not a partner admin, so they cannot open the admin screen. Ask the partner admin.</source>
            <translation>{0} si msimamizi mkuu, kwa hiyo hawezi kufungua skrini hii. Muulize msimamizi mkuu.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>LabClient cannot start</source>
            <translation>LabClient haiwezi kuanza</translation>
        </message>
    </context>
    <context>
        <name>AudioPlayer</name>
        <message>
            <source>Play or pause</source>
            <translation>Cheza au sitisha</translation>
        </message>
        <message>
            <source>Skip back</source>
            <translation>Rudi nyuma</translation>
        </message>
        <message>
            <source>Skip forward</source>
            <translation>Ruka mbele</translation>
        </message>
        <message>
            <source>Position in clip</source>
            <translation>Mahali katika kipande</translation>
        </message>
        <message>
            <source>Loop (F9)</source>
            <translation>Rudia (F9)</translation>
        </message>
        <message>
            <source>Loop the clip</source>
            <translation>Rudia kipande</translation>
        </message>
        <message>
            <source>Rewind on resume, seconds</source>
            <translation>Rudi nyuma ukiendelea, sekunde</translation>
        </message>
        <message>
            <source> s</source>
            <translation> sek.</translation>
        </message>
        <message>
            <source>How far playback steps back when you resume after a pause</source>
            <translation>Sauti inarudi nyuma kiasi gani unapoendelea baada ya kusitisha</translation>
        </message>
        <message>
            <source>Rewind on resume:</source>
            <translation>Rudi nyuma ukiendelea:</translation>
        </message>
        <message>
            <source>Keys…</source>
            <translation>Vitufe…</translation>
        </message>
        <message>
            <source>Choose the player's keys (a foot pedal)</source>
            <translation>Chagua vitufe vya kicheza sauti (kanyagio la mguu)</translation>
        </message>
        <message>
            <source>Skip back {0} s ({1})</source>
            <translation>Rudi nyuma sek. {0} ({1})</translation>
        </message>
        <message>
            <source>Skip forward {0} s ({1})</source>
            <translation>Ruka mbele sek. {0} ({1})</translation>
        </message>
        <message>
            <source>◀◀ Back ({0})</source>
            <translation>◀◀ Nyuma ({0})</translation>
        </message>
        <message>
            <source>Forward ({0}) ▶▶</source>
            <translation>Mbele ({0}) ▶▶</translation>
        </message>
        <message>
            <source>Player keys</source>
            <translation>Vitufe vya kicheza sauti</translation>
        </message>
        <message>
            <source>Press the key (or the pedal) for each action. A foot pedal that presents itself as a keyboard works like any key.</source>
            <translation>Bonyeza kitufe (au kanyagio) kwa kila kitendo. Kanyagio la mguu linalojitambulisha kama kibodi hufanya kazi kama kitufe chochote.</translation>
        </message>
        <message>
            <source>&amp;Play and pause:</source>
            <translation>&amp;Cheza na sitisha:</translation>
        </message>
        <message>
            <source>Skip &amp;back:</source>
            <translation>Rudi &amp;nyuma:</translation>
        </message>
        <message>
            <source>Skip &amp;forward:</source>
            <translation>Ruka &amp;mbele:</translation>
        </message>
        <message>
            <source>Each action needs a key.</source>
            <translation>Kila kitendo kinahitaji kitufe.</translation>
        </message>
        <message>
            <source>Give each action a key of its own.</source>
            <translation>Kipe kila kitendo kitufe chake.</translation>
        </message>
        <message>
            <source>{0} is taken: LabClient uses it, or it types text. Choose another key.</source>
            <translation>{0} kimeshatumika: LabClient inakitumia, au kinaandika herufi. Chagua kitufe kingine.</translation>
        </message>
        <message>
            <source>❚❚ Pause ({0})</source>
            <translation>❚❚ Sitisha ({0})</translation>
        </message>
        <message>
            <source>▶ Play ({0})</source>
            <translation>▶ Cheza ({0})</translation>
        </message>
        <message>
            <source>No sound output: plug in the headset, or check that the sound is on. The clip plays, but you will not hear it.</source>
            <translation>Hakuna sauti inayotoka: chomeka vifaa vya masikioni, au hakikisha sauti imewashwa. Kipande kinacheza, lakini hutakisikia.</translation>
        </message>
        <message>
            <source>the file is missing</source>
            <translation>faili halipo</translation>
        </message>
        <message>
            <source>Speed {0}× (F7/F8)</source>
            <translation>Kasi {0}× (F7/F8)</translation>
        </message>
        <message>
            <source>the picture is {0}×{1} pixels; the most LabClient shows is 3840×2160</source>
            <translation type="unfinished">picha ina pikseli {0}×{1}; LabClient huonyesha zisizozidi 3840×2160</translation>
        </message>
        <message>
            <source>the file has no picture: it is not a video</source>
            <translation type="unfinished">faili halina picha: si video</translation>
        </message>
        <message>
            <source>the clip cannot be decoded</source>
            <translation>kipande hakiwezi kusomwa</translation>
        </message>
    </context>
    <context>
        <name>BoxEditor</name>
        <message>
            <source>Arrows move the crosshair, B starts and ends a box, Tab selects the next box, digits set its label, Delete removes it</source>
            <translation type="unfinished">Mishale husogeza alama ya kulenga, B huanza na kumaliza kisanduku, Tab huchagua kisanduku kinachofuata, tarakimu huchagua lebo yake, Delete hukiondoa</translation>
        </message>
        <message>
            <source>Zoom with Ctrl+Plus and Ctrl+Minus, fit with Ctrl+0</source>
            <translation type="unfinished">Kuza kwa Ctrl+Plus na Ctrl+Minus, tosheleza kwa Ctrl+0</translation>
        </message>
    </context>
    <context>
        <name>CancelQuestion</name>
        <message>
            <source>Cancel shift</source>
            <translation>Ghairi zamu</translation>
        </message>
        <message>
            <source>&amp;Cancel the shift</source>
            <translation>&amp;Ghairi zamu</translation>
        </message>
        <message>
            <source>Cancel the shift</source>
            <translation>Ghairi zamu</translation>
        </message>
        <message>
            <source>&amp;Keep it</source>
            <translation>&amp;Iache</translation>
        </message>
        <message>
            <source>Keep the shift</source>
            <translation>Iache zamu</translation>
        </message>
    </context>
    <context>
        <name>CaptioningView</name>
        <message>
            <source>Captions</source>
            <extracomment>How far the decoded clip's length may be from the task's ``duration_ms`` (the larger of the two applies) before the task is shown as broken: captions timed against the wrong length would be refused, or pass and run past the real end.</extracomment>
            <translation type="unfinished">Manukuu</translation>
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished">Mwanzo</translation>
        </message>
        <message>
            <source>End</source>
            <translation type="unfinished">Mwisho</translation>
        </message>
        <message>
            <source>Text</source>
            <translation type="unfinished">Maandishi</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation type="unfinished">Matatizo</translation>
        </message>
        <message>
            <source>Caption text</source>
            <translation type="unfinished">Maandishi ya nukuu</translation>
        </message>
        <message>
            <source>Press Ctrl+Shift+N for a caption at the play position, then type</source>
            <translation type="unfinished">Bonyeza Ctrl+Shift+N kwa nukuu mpya mahali sauti ilipo, kisha uandike</translation>
        </message>
        <message>
            <source>&amp;Caption</source>
            <translation type="unfinished">&amp;Nukuu</translation>
        </message>
        <message>
            <source>Esc play/pause · Ctrl+Shift+N new caption · Ctrl+[ / Ctrl+] start/end at the play position · Alt+arrows move start (Shift: end) · Alt+Up/Down captions · Ctrl+Shift+K split · Ctrl+Shift+M merge</source>
            <translation type="unfinished">Esc cheza/sitisha · Ctrl+Shift+N nukuu mpya · Ctrl+[ / Ctrl+] mwanzo/mwisho sauti ilipo · Alt+mishale kusogeza mwanzo (Shift: mwisho) · Alt+Up/Down manukuu · Ctrl+Shift+K kugawanya · Ctrl+Shift+M kuunganisha</translation>
        </message>
        <message>
            <source>{0} – {1} · longest line {2}/{3} · {4} characters a second (most {5})</source>
            <translation type="unfinished">{0} – {1} · mstari mrefu zaidi {2}/{3} · herufi {4} kwa sekunde (upeo {5})</translation>
        </message>
        <message>
            <source>the clip lasts {0}, but the task says {1}</source>
            <translation type="unfinished">klipu inachukua {0}, lakini kazi inasema {1}</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>Correct {0}'s time</source>
            <translation>Sahihisha muda wa {0}</translation>
        </message>
        <message>
            <source>Correct the time of {0}. The change is kept with your name and the reason; nothing is erased.</source>
            <translation>Sahihisha muda wa {0}. Mabadiliko yanahifadhiwa pamoja na jina lako na sababu; hakuna kinachofutwa.</translation>
        </message>
        <message>
            <source>Day to correct</source>
            <translation>Siku ya kusahihisha</translation>
        </message>
        <message>
            <source>clocked time</source>
            <translation>muda kazini</translation>
        </message>
        <message>
            <source>active time</source>
            <translation>muda amilifu</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Sababu</translation>
        </message>
        <message>
            <source>For example: forgot to clock out at 17:00</source>
            <translation>Kwa mfano: alisahau kutoka kazini saa 17:00</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Siku:</translation>
        </message>
        <message>
            <source>&amp;Clocked time:</source>
            <translation>Muda &amp;kazini:</translation>
        </message>
        <message>
            <source>&amp;Active time:</source>
            <translation>Muda &amp;amilifu:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>Sa&amp;babu:</translation>
        </message>
        <message>
            <source>Save the correction</source>
            <translation>Hifadhi marekebisho</translation>
        </message>
        <message>
            <source>&amp;Save correction</source>
            <translation>&amp;Hifadhi marekebisho</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ghairi</translation>
        </message>
        <message>
            <source>Add or take away {0}</source>
            <translation>Ongeza au punguza {0}</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ongeza</translation>
        </message>
        <message>
            <source>Take away</source>
            <translation>Punguza</translation>
        </message>
        <message>
            <source>Hours of {0}</source>
            <translation>Saa za {0}</translation>
        </message>
        <message>
            <source> h</source>
            <translation> saa</translation>
        </message>
        <message>
            <source>Minutes of {0}</source>
            <translation>Dakika za {0}</translation>
        </message>
        <message>
            <source> min</source>
            <translation> dak.</translation>
        </message>
        <message>
            <source>Enter the hours or minutes to add or take away.</source>
            <translation>Weka saa au dakika za kuongeza au kupunguza.</translation>
        </message>
        <message>
            <source>Write the reason for this correction.</source>
            <translation>Andika sababu ya marekebisho haya.</translation>
        </message>
        <message>
            <source>That day now: {0} clocked, {1} active</source>
            <translation>Siku hiyo sasa: {0} kazini, {1} amilifu</translation>
        </message>
    </context>
    <context>
        <name>DataEntryView</name>
        <message>
            <source>Listing text</source>
            <translation type="unfinished">Maandishi ya chanzo</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Uamuzi</translation>
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
            <translation>namba</translation>
        </message>
        <message>
            <source>a phone number</source>
            <translation type="unfinished">namba ya simu</translation>
        </message>
        <message>
            <source>a web address: https://…</source>
            <translation type="unfinished">anwani ya tovuti: https://…</translation>
        </message>
        <message>
            <source>an email address</source>
            <translation type="unfinished">anwani ya barua pepe</translation>
        </message>
        <message>
            <source>Tab next field · Alt+1…9 outcome · Ctrl+Plus/Minus zoom</source>
            <translation>Tab sehemu inayofuata · Alt+1…9 uamuzi · Ctrl+Plus/Minus kukuza</translation>
        </message>
    </context>
    <context>
        <name>Duration</name>
        <message>
            <source>{0} min {1} s</source>
            <translation type="unfinished">dak. {0} sek. {1}</translation>
        </message>
        <message>
            <source>{0} s</source>
            <translation type="unfinished">sek. {0}</translation>
        </message>
        <message>
            <source>{0} d {1} h {2} min</source>
            <translation type="unfinished">siku {0} saa {1} dak. {2}</translation>
        </message>
        <message>
            <source>{0} h {1} min</source>
            <translation type="unfinished">saa {0} dak. {1}</translation>
        </message>
        <message>
            <source>{0} min</source>
            <translation type="unfinished">dak. {0}</translation>
        </message>
    </context>
    <context>
        <name>Error</name>
        <message>
            <source>The disk is full, so this could not be saved. Free some space on the disk that holds {folder}, then try again. Everything saved before is intact.</source>
            <translation>Diski imejaa, kwa hiyo hili halikuweza kuhifadhiwa. Ondoa vitu ili kupata nafasi kwenye diski yenye {folder}, kisha ujaribu tena. Kila kilichohifadhiwa awali kiko salama.</translation>
        </message>
        <message>
            <source>LabClient cannot write to its data folder {folder}. Ask the lab admin to check that the folder is writable. Everything saved before is intact.</source>
            <translation>LabClient haiwezi kuandika kwenye folda yake ya data {folder}. Mwombe msimamizi mkuu wa maabara ahakikishe folda inaweza kuandikwa. Kila kilichohifadhiwa awali kiko salama.</translation>
        </message>
        <message>
            <source>The data folder {folder} is in use by another LabClient window. Close the other window, then try again.</source>
            <translation>Folda ya data {folder} inatumiwa na dirisha jingine la LabClient. Funga dirisha hilo, kisha ujaribu tena.</translation>
        </message>
        <message>
            <source>The local database {path} is damaged ({detail}). LabClient has not changed it. Ask the lab admin to restore it from a backup or to re-enrol this workstation.</source>
            <translation>Hifadhidata ya ndani {path} imeharibika ({detail}). LabClient haijaibadilisha. Mwombe msimamizi mkuu wa maabara airejeshe kutoka nakala rudufu au asajili upya kompyuta hii.</translation>
        </message>
        <message>
            <source>The local database {path} was written by a newer LabClient (schema {found}; this program knows up to {known}). Install the newer LabClient. The data has not been touched.</source>
            <translation>Hifadhidata ya ndani {path} iliandikwa na LabClient mpya zaidi (schema {found}; programu hii inajua hadi {known}). Sakinisha LabClient mpya zaidi. Data haijaguswa.</translation>
        </message>
        <message>
            <source>The batch was refused: {detail}. Nothing in the task cache changed.</source>
            <translation>Fungu limekataliwa: {detail}. Hakuna kilichobadilika katika kazi zilizohifadhiwa.</translation>
        </message>
        <message>
            <source>This task is already {state}; it cannot be changed. Go on to the next task.</source>
            <translation type="unfinished">Kazi hii tayari ni {state}; haiwezi kubadilishwa. Endelea na kazi inayofuata.</translation>
        </message>
        <message>
            <source>There is no user named {name} on this workstation. Pick your name from the list, or ask the partner admin to add you.</source>
            <translation>Hakuna mtumiaji anayeitwa {name} kwenye kompyuta hii. Chagua jina lako kwenye orodha, au mwombe msimamizi mkuu akuongeze.</translation>
        </message>
        <message>
            <source>That PIN is not right for {name}. Tries left before the account locks for a while: {tries_left}.</source>
            <translation>PIN hiyo si sahihi kwa {name}. Majaribio yaliyobaki kabla akaunti haijafungwa kwa muda: {tries_left}.</translation>
        </message>
        <message>
            <source>{name} is locked for {seconds} more seconds after too many wrong PINs. Wait, then try again; the partner admin can unlock it sooner.</source>
            <translation>{name} amefungiwa kwa sekunde {seconds} zaidi baada ya PIN nyingi zisizo sahihi. Subiri, kisha ujaribu tena; msimamizi mkuu anaweza kufungua mapema.</translation>
        </message>
        <message>
            <source>{name}'s account is switched off on this workstation. Ask the partner admin.</source>
            <translation>Akaunti ya {name} imezimwa kwenye kompyuta hii. Muulize msimamizi mkuu.</translation>
        </message>
        <message>
            <source>{name} has no PIN yet, so they cannot log in. Ask the partner admin to set one.</source>
            <translation>{name} bado hana PIN, kwa hiyo hawezi kuingia. Mwombe msimamizi mkuu amwekee PIN.</translation>
        </message>
        <message>
            <source>A PIN or password is {min} to {max} characters and not only spaces. Choose another.</source>
            <translation>PIN au nenosiri lina herufi {min} hadi {max}, na si nafasi tupu pekee. Chagua nyingine.</translation>
        </message>
        <message>
            <source>There is already a user named {name} here. Choose another name.</source>
            <translation>Tayari kuna mtumiaji anayeitwa {name} hapa. Chagua jina jingine.</translation>
        </message>
        <message>
            <source>The screen is locked. {who} must enter their PIN to go on, or someone else can log in.</source>
            <translation>Skrini imefungwa. {who} aweke PIN yake ili kuendelea, au mtu mwingine anaweza kuingia.</translation>
        </message>
        <message>
            <source>{who} ({role}) may not {action}. {hint}</source>
            <translation>{who} ({role}) haruhusiwi {action}. {hint}</translation>
        </message>
        <message>
            <source>The PINs on this workstation are protected by a key kept in this computer's keyring, which cannot be read now. Log in to this computer's account again (that unlocks the keyring), or ask the partner admin. No PIN was checked.</source>
            <translation type="unfinished">PIN za kompyuta hii zinalindwa na ufunguo ulio katika hifadhi ya funguo (keyring) ya kompyuta hii, ambayo haiwezi kusomwa sasa. Ingia tena kwenye akaunti ya kompyuta hii (hilo hufungua keyring), au muulize msimamizi mkuu. Hakuna PIN iliyokaguliwa.</translation>
        </message>
        <message>
            <source>Sync did not finish: {detail}. Everything is kept on this computer and goes next time.</source>
            <translation type="unfinished">Usawazishaji haukukamilika: {detail}. Kila kitu kimehifadhiwa kwenye kompyuta hii na kitatumwa wakati ujao.</translation>
        </message>
        <message>
            <source>The hub at {hub} cannot be reached ({detail}). Work goes on offline; everything is kept on this computer and goes at the next sync.</source>
            <translation type="unfinished">Seva kuu iliyo {hub} haifikiki ({detail}). Kazi inaendelea nje ya mtandao; kila kitu kimehifadhiwa kwenye kompyuta hii na kitatumwa kwa usawazishaji unaofuata.</translation>
        </message>
        <message>
            <source>The hub is busy or failing ({detail}). LabClient will try again later; nothing is lost.</source>
            <translation type="unfinished">Seva kuu ina shughuli nyingi au ina hitilafu ({detail}). LabClient itajaribu tena baadaye; hakuna kilichopotea.</translation>
        </message>
        <message>
            <source>The hub refused this workstation's credential ({detail}). Sync has stopped. A partner admin must enrol this workstation again (Admin screen, or labclient enroll). No work is lost.</source>
            <translation type="unfinished">Seva kuu imekataa kitambulisho cha kompyuta hii ({detail}). Usawazishaji umesimama. Msimamizi mkuu lazima asajili upya kompyuta hii (skrini ya msimamizi mkuu, au labclient enroll). Hakuna kazi iliyopotea.</translation>
        </message>
        <message>
            <source>The answer from {hub} was not from a LabClient hub ({detail}). If this network has a login page (captive portal), open a browser and sign in, then sync again. Nothing is lost.</source>
            <translation type="unfinished">Jibu kutoka {hub} halikutoka kwenye seva kuu ya LabClient ({detail}). Ikiwa mtandao huu una ukurasa wa kuingia (captive portal), fungua kivinjari na uingie, kisha usawazishe tena. Hakuna kilichopotea.</translation>
        </message>
        <message>
            <source>This workstation is not enrolled with a hub yet. A partner admin enrols it with labclient enroll --hub URL, which asks for the code (or on the Admin screen).</source>
            <translation type="unfinished">Kompyuta hii bado haijasajiliwa kwenye seva kuu. Msimamizi mkuu huisajili kwa labclient enroll --hub URL, inayouliza msimbo (au kwenye skrini ya msimamizi mkuu).</translation>
        </message>
        <message>
            <source>The user list from the hub is older ({as_of}) than the one already here ({current}), so it was not applied. Nothing changed; the next sync brings the current list.</source>
            <translation type="unfinished">Orodha ya watumiaji kutoka seva kuu ni ya zamani ({as_of}) kuliko iliyopo hapa ({current}), kwa hiyo haikutumika. Hakuna kilichobadilika; usawazishaji ujao utaleta orodha ya sasa.</translation>
        </message>
        <message>
            <source>The timesheet record on this workstation has been tampered with or damaged ({detail}). It cannot be approved here; the hub keeps its own copy of everything synced. Tell the partner admin.</source>
            <translation type="unfinished">Rejista ya saa ya kompyuta hii imechezewa au imeharibika ({detail}). Haiwezi kuidhinishwa hapa; seva kuu inahifadhi nakala yake ya kila kilichosawazishwa. Mwambie msimamizi mkuu.</translation>
        </message>
        <message>
            <source>There is no secure credential store on this computer ({detail}), so the hub credential cannot be kept safely. On Windows this is the Credential Manager; on Linux start a Secret Service such as GNOME Keyring. Or, knowing that anyone with this computer account can then read it, choose --credential-store file (see docs/INSTALL.md). Nothing was changed.</source>
            <translation type="unfinished">Hakuna hifadhi salama ya vitambulisho kwenye kompyuta hii ({detail}), kwa hiyo kitambulisho cha seva kuu hakiwezi kuhifadhiwa kwa usalama. Kwenye Windows ni Credential Manager; kwenye Linux anzisha Secret Service kama GNOME Keyring. Au, ukijua kwamba yeyote mwenye akaunti hii ya kompyuta ataweza kukisoma, chagua --credential-store file (tazama docs/INSTALL.md). Hakuna kilichobadilishwa.</translation>
        </message>
        <message>
            <source>The lab relay could not be looked for on this network ({detail}). Type its address instead.</source>
            <translation type="unfinished">Relay ya maabara haikuweza kutafutwa kwenye mtandao huu ({detail}). Andika anwani yake badala yake.</translation>
        </message>
        <message>
            <source>The user list from the hub is dated {as_of}, far ahead of the hub's clock ({now}), so it was not applied. Nothing changed. Ask the hub's admin to check the hub computer's clock.</source>
            <translation>Orodha ya watumiaji kutoka seva kuu ina tarehe {as_of}, mbele sana ya saa ya seva kuu ({now}), kwa hiyo haikutumika. Hakuna kilichobadilika. Mwombe msimamizi wa seva kuu akague saa ya kompyuta ya seva kuu.</translation>
        </message>
        <message>
            <source>That PIN is not right for {name}. After {failures} wrong tries in a row, {name} is locked for {seconds} seconds; try again after that.</source>
            <translation>PIN hiyo si sahihi kwa {name}. Baada ya majaribio {failures} yasiyo sahihi mfululizo, {name} anafungiwa kwa sekunde {seconds}; jaribu tena baada ya hapo.</translation>
        </message>
        <message>
            <source>This workstation already has a partner admin. Ask them to add you.</source>
            <translation>Kompyuta hii tayari ina msimamizi mkuu. Mwombe akuongeze.</translation>
        </message>
        <message>
            <source>The hub's user list is in charge on this workstation, so no admin can be made here. Add the admin at the hub.</source>
            <translation>Orodha ya watumiaji ya seva kuu ndiyo inayotumika kwenye kompyuta hii, kwa hiyo hakuna msimamizi mkuu anayeweza kuwekwa hapa. Mwongeze msimamizi mkuu kwenye seva kuu.</translation>
        </message>
        <message>
            <source>{who} cannot switch off their own account. Another partner admin can.</source>
            <translation>{who} hawezi kuzima akaunti yake mwenyewe. Msimamizi mkuu mwingine anaweza.</translation>
        </message>
        <message>
            <source>{name}'s account is switched off, so no shift can be planned for them.</source>
            <translation type="unfinished">Akaunti ya {name} imezimwa, kwa hiyo hakuna zamu inayoweza kupangwa kwake.</translation>
        </message>
        <message>
            <source>{name} already has a shift then ({start}–{end}). Change the times or the seat.</source>
            <translation type="unfinished">{name} tayari ana zamu wakati huo ({start}–{end}). Badilisha saa au kompyuta.</translation>
        </message>
        <message>
            <source>Seat {seat} is taken then by {name} ({start}–{end}). Change the times or the seat.</source>
            <translation type="unfinished">Kompyuta {seat} inatumiwa wakati huo na {name} ({start}–{end}). Badilisha saa au kompyuta.</translation>
        </message>
        <message>
            <source>Another worker has started this task and keeps it; their draft is not touched. Go on to the next task.</source>
            <translation>Mfanyakazi mwingine ameanza kazi hii na anaishikilia; rasimu yake haiguswi. Endelea na kazi inayofuata.</translation>
        </message>
        <message>
            <source>The tasks of {project} open when you pass its training. Ask your supervisor.</source>
            <translation>Kazi za {project} hufunguka ukifaulu mafunzo yake. Muulize msimamizi wako.</translation>
        </message>
        <message>
            <source>The organisation has paused your work on {project}: {why} Ask your supervisor.</source>
            <translation>Shirika limesimamisha kazi yako kwenye {project}: {why} Muulize msimamizi wako.</translation>
        </message>
        <message>
            <source>{name} is already clocked in (since {since}). Go on working, or clock out first.</source>
            <translation>{name} tayari ameingia kazini (tangu {since}). Endelea kufanya kazi, au toka kazini kwanza.</translation>
        </message>
        <message>
            <source>{name} is not clocked in: the computer restarted after the clock-in at {since}, which ended that shift. Clock in again; the supervisor can correct the time lost.</source>
            <translation>{name} hajaingia kazini: kompyuta ilianza upya baada ya kuingia kazini saa {since}, na hilo likamaliza zamu hiyo. Ingia kazini tena; msimamizi anaweza kusahihisha muda uliopotea.</translation>
        </message>
        <message>
            <source>{name} is not clocked in. Clock in first.</source>
            <translation>{name} hajaingia kazini. Ingia kazini kwanza.</translation>
        </message>
        <message>
            <source>{name} is on a break. End the break first.</source>
            <translation>{name} yuko mapumzikoni. Maliza mapumziko kwanza.</translation>
        </message>
        <message>
            <source>{name} is not on a break.</source>
            <translation>{name} hayuko mapumzikoni.</translation>
        </message>
        <message>
            <source>{name} is still clocked in. Approve these days after they clock out.</source>
            <translation>{name} bado yuko kazini. Idhinisha siku hizi baada ya yeye kutoka kazini.</translation>
        </message>
        <message>
            <source>That PIN is one of the first anyone would try (like 0000, 1234 or 1212). Choose another.</source>
            <translation>PIN hiyo ni mojawapo ya zile ambazo mtu yeyote angejaribu kwanza (kama 0000, 1234 au 1212). Chagua nyingine.</translation>
        </message>
        <message>
            <source>Supervisors and partner admins need a PIN or password of at least {min} characters on this workstation, so a copy of its database cannot be used to guess it. Choose a longer one.</source>
            <translation>Wasimamizi na wasimamizi wakuu wanahitaji PIN au nenosiri lenye angalau herufi {min} kwenye kompyuta hii, ili nakala ya hifadhidata yake isitumike kulikisia. Chagua refu zaidi.</translation>
        </message>
        <message>
            <source>This session has ended (logged out, or someone logged in again as this user). Log in again.</source>
            <translation>Kipindi hiki kimeisha (umetoka, au mtu ameingia tena kama mtumiaji huyu). Ingia tena.</translation>
        </message>
        <message>
            <source>The computer restarted since this login. Log in again.</source>
            <translation>Kompyuta imeanza upya tangu kuingia huku. Ingia tena.</translation>
        </message>
        <message>
            <source>{name}'s account changed since the login (now: {role}). Log in again.</source>
            <translation>Akaunti ya {name} imebadilika tangu kuingia (sasa: {role}). Ingia tena.</translation>
        </message>
        <message>
            <source>{who} may not correct their own timesheet. Another supervisor or the partner admin must.</source>
            <translation>{who} haruhusiwi kusahihisha rejista yake mwenyewe ya saa. Msimamizi mwingine au msimamizi mkuu lazima afanye hivyo.</translation>
        </message>
        <message>
            <source>{who} may not approve their own timesheet. Another supervisor or the partner admin must.</source>
            <translation>{who} haruhusiwi kuidhinisha rejista yake mwenyewe ya saa. Msimamizi mwingine au msimamizi mkuu lazima afanye hivyo.</translation>
        </message>
        <message>
            <source>Nobody is logged in. Log in first.</source>
            <translation>Hakuna aliyeingia. Ingia kwanza.</translation>
        </message>
        <message>
            <source>This session was not opened by a login on this workstation. Log in again.</source>
            <translation>Kipindi hiki hakikufunguliwa kwa kuingia kwenye kompyuta hii. Ingia tena.</translation>
        </message>
        <message>
            <source>There is no answer of yours to take back since you logged in.</source>
            <translation>Hakuna jibu lako la kutendua tangu ulipoingia.</translation>
        </message>
        <message>
            <source>Answers can be taken back for {minutes} minutes, and only the last one. Tell your supervisor if it was wrong.</source>
            <translation>Majibu yanaweza kutenduliwa kwa dakika {minutes}, na la mwisho tu. Mwambie msimamizi wako kama lilikuwa na kosa.</translation>
        </message>
        <message>
            <source>It has already gone to the hub. Tell your supervisor if it was wrong: a review can correct it.</source>
            <translation>Tayari limeshatumwa kwa seva kuu. Mwambie msimamizi wako kama lilikuwa na kosa: ukaguzi unaweza kulisahihisha.</translation>
        </message>
        <message>
            <source>It was a checked task and you have seen its answer, so it stays as it is.</source>
            <translation>Ilikuwa kazi ya kupima na umeshaona jibu lake, kwa hiyo linabaki lilivyo.</translation>
        </message>
        <message>
            <source>Another worker has started this task since. Tell your supervisor if your answer was wrong.</source>
            <translation>Mfanyakazi mwingine ameanza kazi hii tangu hapo. Mwambie msimamizi wako kama jibu lako lilikuwa na kosa.</translation>
        </message>
        <message>
            <source>A supervisor has already reviewed it.</source>
            <translation>Msimamizi ameshalikagua.</translation>
        </message>
        <message>
            <source>There is no result {result} on this computer to review. Refresh the list.</source>
            <translation>Hakuna tokeo {result} kwenye kompyuta hii la kukagua. Onyesha upya orodha.</translation>
        </message>
        <message>
            <source>Only a submitted answer to a production task can be reviewed, not this one.</source>
            <translation>Jibu lililowasilishwa kwa kazi halisi pekee ndilo linaloweza kukaguliwa, si hili.</translation>
        </message>
        <message>
            <source>The note is {length} characters long; keep it to {limit}.</source>
            <translation>Maelezo yana herufi {length}; yasizidi {limit}.</translation>
        </message>
        <message>
            <source>Say in the note what was wrong, so that the worker learns from the correction.</source>
            <translation>Eleza katika maelezo kilichokosewa, ili mfanyakazi ajifunze kutokana na marekebisho.</translation>
        </message>
        <message>
            <source>The correction is the same as the worker's answer. Accept it instead.</source>
            <translation>Marekebisho ni sawa na jibu la mfanyakazi. Likubali badala yake.</translation>
        </message>
        <message>
            <source>Nobody reviews their own answers. Another supervisor or the partner admin must.</source>
            <translation>Hakuna anayekagua majibu yake mwenyewe. Msimamizi mwingine au msimamizi mkuu lazima afanye hivyo.</translation>
        </message>
        <message>
            <source>Ask a supervisor or the partner admin.</source>
            <translation>Muulize msimamizi au msimamizi mkuu.</translation>
        </message>
        <message>
            <source>Each worker sees and changes only their own.</source>
            <translation>Kila mfanyakazi anaona na kubadilisha vyake tu.</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>LabClient met an unexpected error</source>
            <translation>LabClient imekumbana na hitilafu isiyotarajiwa</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Hitilafu isiyotarajiwa</translation>
        </message>
        <message>
            <source>The details are also kept in {file}.</source>
            <translation>Maelezo pia yamehifadhiwa katika {file}.</translation>
        </message>
        <message>
            <source>No log could be written on this computer.</source>
            <translation>Hakuna kumbukumbu iliyoweza kuandikwa kwenye kompyuta hii.</translation>
        </message>
        <message>
            <source>Something went wrong inside LabClient. Your saved work and drafts are kept. If it happens again, copy the details below and send them to whoever supports your lab.</source>
            <translation>Kuna tatizo ndani ya LabClient. Kazi na rasimu ulizohifadhi ziko salama. Likitokea tena, nakili maelezo yaliyo hapa chini na umtumie anayesaidia maabara yako.</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Kilichotokea</translation>
        </message>
        <message>
            <source>Error details</source>
            <translation>Maelezo ya hitilafu</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Nakili maelezo</translation>
        </message>
        <message>
            <source>Copy the error details</source>
            <translation>Nakili maelezo ya hitilafu</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Funga</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Imenakiliwa</translation>
        </message>
    </context>
    <context>
        <name>FeedbackView</name>
        <message>
            <source>Practice task</source>
            <translation>Kazi ya mazoezi</translation>
        </message>
        <message>
            <source>Your result</source>
            <translation>Matokeo yako</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Jibu lako</translation>
        </message>
        <message>
            <source>The right answer</source>
            <translation>Jibu sahihi</translation>
        </message>
        <message>
            <source>Your answers and the right answers</source>
            <translation>Majibu yako na majibu sahihi</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Kwa nini</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>Continue (Enter)</source>
            <translation>Endelea (Enter)</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Endelea</translation>
        </message>
        <message>
            <source>Go on to the next task</source>
            <translation>Endelea na kazi inayofuata</translation>
        </message>
        <message>
            <source>Enter or Esc: continue to the next task · Tab: move to your answer and the explanation</source>
            <translation>Enter au Esc: endelea na kazi inayofuata · Tab: nenda kwenye jibu lako na maelezo</translation>
        </message>
        <message>
            <source>✓ Well done: {0}%</source>
            <translation>✓ Hongera: {0}%</translation>
        </message>
        <message>
            <source>Not quite: {0}% (pass mark {1}%)</source>
            <translation>Bado kidogo: {0}% (alama ya kufaulu {1}%)</translation>
        </message>
        <message>
            <source>This task is for practice: it does not count. Compare your answer with the right answer below, then go on.</source>
            <translation>Kazi hii ni ya mazoezi: haihesabiwi. Linganisha jibu lako na jibu sahihi lililo hapa chini, kisha uendelee.</translation>
        </message>
        <message>
            <source>We knew the answer to this task, so your work could be checked. Compare your answer with the right answer below, then go on.</source>
            <translation>Tulijua jibu la kazi hii, kwa hiyo kazi yako iliweza kukaguliwa. Linganisha jibu lako na jibu sahihi lililo hapa chini, kisha uendelee.</translation>
        </message>
        <message>
            <source>You wrote “{0}”; the right answer has “{1}”.</source>
            <translation>Uliandika “{0}”; jibu sahihi lina “{1}”.</translation>
        </message>
        <message>
            <source>You added “{0}”.</source>
            <translation>Uliongeza “{0}”.</translation>
        </message>
        <message>
            <source>You missed “{0}”.</source>
            <translation>Uliacha “{0}”.</translation>
        </message>
        <message>
            <source>(nothing)</source>
            <translation>(hakuna kitu)</translation>
        </message>
        <message>
            <source>Other differences: {0}.</source>
            <translation>Tofauti nyingine: {0}.</translation>
        </message>
        <message>
            <source>Every word is right.</source>
            <translation>Kila neno ni sahihi.</translation>
        </message>
        <message>
            <source>Words right: {0} of {1}</source>
            <translation>Maneno sahihi: {0} kati ya {1}</translation>
        </message>
        <message>
            <source>Wrong: {0}</source>
            <translation>Makosa: {0}</translation>
        </message>
        <message>
            <source>Missed: {0}</source>
            <translation>Yaliyoachwa: {0}</translation>
        </message>
        <message>
            <source>Added: {0}</source>
            <translation>Yaliyoongezwa: {0}</translation>
        </message>
        <message>
            <source>word</source>
            <translation>neno</translation>
        </message>
        <message>
            <source>{0} a wrong word</source>
            <translation>{0} neno lenye kosa</translation>
        </message>
        <message>
            <source>{0} the right word</source>
            <translation>{0} neno sahihi</translation>
        </message>
        <message>
            <source>{0} a word you added</source>
            <translation>{0} neno uliloongeza</translation>
        </message>
        <message>
            <source>{0} a word you missed</source>
            <translation>{0} neno uliloacha</translation>
        </message>
        <message>
            <source>Both answers are shown as they were compared: without capitals or punctuation.</source>
            <translation>Majibu yote mawili yanaonyeshwa jinsi yalivyolinganishwa: bila herufi kubwa wala alama za uakifishaji.</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Lebo</translation>
        </message>
        <message>
            <source>You chose it</source>
            <translation>Uliichagua</translation>
        </message>
        <message>
            <source>In the right answer</source>
            <translation>Iko katika jibu sahihi</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Matokeo</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Sehemu</translation>
        </message>
        <message>
            <source>No label was to be chosen, and you chose none.</source>
            <translation>Hapakuwa na lebo ya kuchagua, na hukuchagua yoyote.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ndiyo</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Hapana</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(tupu)</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Uamuzi</translation>
        </message>
        <message>
            <source>✓ Right</source>
            <translation>✓ Sahihi</translation>
        </message>
        <message>
            <source>✗ Wrong</source>
            <translation>✗ Si sahihi</translation>
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
                <numerusform>Rejista ya saa iko kamili bila kuguswa (tukio %n).</numerusform>
                <numerusform>Rejista ya saa iko kamili bila kuguswa (matukio %n).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{problem} (and %n more problems)</source>
            <translation type="unfinished">
                <numerusform>{problem} (na tatizo jingine %n)</numerusform>
                <numerusform>{problem} (na matatizo mengine %n)</numerusform>
            </translation>
        </message>
        <message>
            <source>An event waiting to go to the hub ({event_id}) is missing from the timesheet: it was deleted.</source>
            <translation type="unfinished">Tukio lililokuwa likisubiri kutumwa kwa seva kuu ({event_id}) halipo kwenye rejista ya saa: lilifutwa.</translation>
        </message>
        <message>
            <source>An event ({event_id}) has a damaged position number: it was changed.</source>
            <translation type="unfinished">Tukio ({event_id}) lina namba ya mpangilio iliyoharibika: lilibadilishwa.</translation>
        </message>
        <message>
            <source>Event {event} ({what}) was changed after it was stored.</source>
            <translation type="unfinished">Tukio {event} ({what}) lilibadilishwa baada ya kuhifadhiwa.</translation>
        </message>
        <message>
            <source>Event {first} is missing: deleted from the record.</source>
            <translation type="unfinished">Tukio {first} halipo: lilifutwa kutoka kwenye rejista.</translation>
        </message>
        <message>
            <source>Events {first}–{last} are missing: deleted from the record.</source>
            <translation type="unfinished">Matukio {first}–{last} hayapo: yalifutwa kutoka kwenye rejista.</translation>
        </message>
        <message>
            <source>Event {event} ({event_id}) appears twice or out of place: it was changed.</source>
            <translation type="unfinished">Tukio {event} ({event_id}) linaonekana mara mbili au haliko mahali pake: lilibadilishwa.</translation>
        </message>
        <message>
            <source>Event {event} ({what}) does not follow event {before}: an event before it was changed or replaced.</source>
            <translation type="unfinished">Tukio {event} ({what}) halifuati tukio {before}: tukio lililotangulia lilibadilishwa, au liliondolewa na jingine likawekwa mahali pake.</translation>
        </message>
        <message>
            <source>The last event {first} is missing: deleted from the record.</source>
            <translation type="unfinished">Tukio la mwisho, {first}, halipo: lilifutwa kutoka kwenye rejista.</translation>
        </message>
        <message>
            <source>The last events {first}–{last} are missing: deleted from the record.</source>
            <translation type="unfinished">Matukio ya mwisho, {first}–{last}, hayapo: yalifutwa kutoka kwenye rejista.</translation>
        </message>
        <message>
            <source>The last event ({event}) was replaced.</source>
            <translation type="unfinished">Tukio la mwisho ({event}) liliondolewa na jingine likawekwa mahali pake.</translation>
        </message>
        <message>
            <source>The correction of {name}'s {day} ({clocked} on the clock, {active} active; reason: {reason}) signed by {by} (id {by_id})</source>
            <translation type="unfinished">Marekebisho ya muda wa {name} siku ya {day} ({clocked} kazini, {active} amilifu; sababu: {reason}) yaliyotiwa saini na {by} (id {by_id})</translation>
        </message>
        <message>
            <source>The approval of {name}'s hours from {first} to {last} signed by {by} (id {by_id})</source>
            <translation type="unfinished">Idhini ya saa za {name} kuanzia {first} hadi {last} iliyotiwa saini na {by} (id {by_id})</translation>
        </message>
        <message>
            <source>{name}'s {day} has {active} active against {clocked} on the clock (after corrections); only {clocked} of active time counts.</source>
            <translation type="unfinished">Siku ya {day}, {name} ana muda amilifu {active} dhidi ya muda kazini {clocked} (baada ya marekebisho); muda amilifu unaohesabiwa ni {clocked} pekee.</translation>
        </message>
        <message numerus="yes">
            <source>{name} stored %n result(s) on {day} while not clocked in: that work is not on the clock.</source>
            <translation type="unfinished">
                <numerusform>{name} alihifadhi tokeo %n tarehe {day} bila kuingia kazini: kazi hiyo haiko kwenye muda wa kazini.</numerusform>
                <numerusform>{name} alihifadhi matokeo %n tarehe {day} bila kuingia kazini: kazi hiyo haiko kwenye muda wa kazini.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} submitted %n result(s) on {day} faster than the work can be done: check them before they are paid or delivered.</source>
            <translation type="unfinished">
                <numerusform>{name} aliwasilisha tokeo %n tarehe {day} haraka kuliko kazi inavyoweza kufanywa: likague kabla halijalipwa au kuwasilishwa.</numerusform>
                <numerusform>{name} aliwasilisha matokeo %n tarehe {day} haraka kuliko kazi inavyoweza kufanywa: yakague kabla hayajalipwa au kuwasilishwa.</numerusform>
            </translation>
        </message>
        <message>
            <source>The computer restarted during {name}'s shift (clocked in {since}). The shift ends at the last thing recorded before the restart ({until}); time until the next clock-in is not counted.</source>
            <translation type="unfinished">Kompyuta ilianza upya wakati wa zamu ya {name} (aliingia kazini {since}). Zamu inaishia kwenye jambo la mwisho lililorekodiwa kabla ya kompyuta kuanza upya ({until}); muda hadi atakapoingia kazini tena hauhesabiwi.</translation>
        </message>
        <message>
            <source>{taker} clocked in at this workstation at {at} while {name} was still clocked in here (since {since}; LabClient was probably closed without clocking out). One seat counts one person at a time: {name}'s time is not counted from the last thing recorded for them here ({seen}) until they are seen working again.</source>
            <translation type="unfinished">{taker} aliingia kazini kwenye kompyuta hii mnamo {at} wakati {name} bado alikuwa ameingia kazini hapa (tangu {since}; huenda LabClient ilifungwa bila kutoka kazini). Kompyuta moja huhesabu mtu mmoja kwa wakati mmoja: muda wa {name} hauhesabiwi kuanzia jambo la mwisho lililorekodiwa kwake hapa ({seen}) hadi aonekane akifanya kazi tena.</translation>
        </message>
        <message>
            <source>{taker} was working at this workstation at {at} while {name} was still clocked in here (since {since}; LabClient was probably closed without clocking out). One seat counts one person at a time: {name}'s time is not counted from the last thing recorded for them here ({seen}) until they are seen working again.</source>
            <translation type="unfinished">{taker} alikuwa akifanya kazi kwenye kompyuta hii mnamo {at} wakati {name} bado alikuwa ameingia kazini hapa (tangu {since}; huenda LabClient ilifungwa bila kutoka kazini). Kompyuta moja huhesabu mtu mmoja kwa wakati mmoja: muda wa {name} hauhesabiwi kuanzia jambo la mwisho lililorekodiwa kwake hapa ({seen}) hadi aonekane akifanya kazi tena.</translation>
        </message>
        <message>
            <source>{name}: a {what} (event {event}) outside a shift was not counted.</source>
            <translation type="unfinished">{name}: tukio {event} ({what}) lililo nje ya zamu halikuhesabiwa.</translation>
        </message>
        <message>
            <source>{name}: activity reported during a break (event {event}) was not counted.</source>
            <translation type="unfinished">{name}: shughuli zilizoripotiwa wakati wa mapumziko (tukio {event}) hazikuhesabiwa.</translation>
        </message>
        <message>
            <source>{name} reported {claimed} of activity where only {passed} had passed (event {event}); only {passed} counts.</source>
            <translation type="unfinished">{name} aliripoti shughuli za {claimed} ilhali muda uliopita ulikuwa {passed} tu (tukio {event}); muda unaohesabiwa ni {passed} pekee.</translation>
        </message>
        <message>
            <source>{name} reported {reported} of activity in a shift of {clocked} on the clock; only the clocked time counts.</source>
            <translation type="unfinished">{name} aliripoti shughuli za {reported} katika zamu ya {clocked} kazini; muda wa kazini pekee ndio unaohesabiwa.</translation>
        </message>
        <message>
            <source>This computer's clock was moved forward by {span} (around event {event}, {wall}), or the computer slept. Hours are measured on the computer's running time, so they are not affected.</source>
            <translation type="unfinished">Saa ya kompyuta hii ilisogezwa mbele kwa {span} (karibu na tukio {event}, {wall}), au kompyuta ililala. Saa za kazi hupimwa kwa muda ambao kompyuta imekuwa ikiwaka, kwa hiyo haziathiriwi.</translation>
        </message>
        <message>
            <source>This computer's clock was moved back by {span} (around event {event}, {wall}), or the computer slept. Hours are measured on the computer's running time, so they are not affected.</source>
            <translation type="unfinished">Saa ya kompyuta hii ilirudishwa nyuma kwa {span} (karibu na tukio {event}, {wall}), au kompyuta ililala. Saa za kazi hupimwa kwa muda ambao kompyuta imekuwa ikiwaka, kwa hiyo haziathiriwi.</translation>
        </message>
        <message>
            <source>{name} clocked in again (event {event}) without clocking out; the second clock-in is ignored.</source>
            <translation type="unfinished">{name} aliingia kazini tena (tukio {event}) bila kutoka kazini; kuingia kwa pili hakuhesabiwi.</translation>
        </message>
        <message>
            <source>{name} clocked in at {at}, outside the shifts planned for them that day ({shifts}).</source>
            <translation type="unfinished">{name} aliingia kazini mnamo {at}, nje ya zamu alizopangiwa siku hiyo ({shifts}).</translation>
        </message>
        <message>
            <source>{what} does not count: there is no user with the id {by} on this workstation. It was not made by LabClient's own screens; someone may have written it into the database by hand.</source>
            <translation type="unfinished">{what}: rekodi hii haihesabiwi, kwa sababu hakuna mtumiaji mwenye id {by} kwenye kompyuta hii. Rekodi hii haikufanywa kupitia skrini za LabClient; huenda mtu aliiandika kwa mkono kwenye hifadhidata.</translation>
        </message>
        <message>
            <source>{what} does not count: {name} is a {role} here, and only a supervisor or an admin may sign it. It was not made by LabClient's own screens; someone may have written it into the database by hand.</source>
            <translation type="unfinished">{what}: rekodi hii haihesabiwi, kwa sababu {name} ni {role} hapa, na ni msimamizi au msimamizi mkuu pekee anayeweza kuitia saini. Rekodi hii haikufanywa kupitia skrini za LabClient; huenda mtu aliiandika kwa mkono kwenye hifadhidata.</translation>
        </message>
        <message>
            <source>{what} does not count: {name} signed it for their own timesheet. It was not made by LabClient's own screens; someone may have written it into the database by hand.</source>
            <translation type="unfinished">{what}: rekodi hii haihesabiwi, kwa sababu {name} aliitia saini kwa ajili ya rejista yake mwenyewe ya saa. Rekodi hii haikufanywa kupitia skrini za LabClient; huenda mtu aliiandika kwa mkono kwenye hifadhidata.</translation>
        </message>
    </context>
    <context>
        <name>HoursPanel</name>
        <message>
            <source>Previous week</source>
            <translation>Wiki iliyopita</translation>
        </message>
        <message>
            <source>&amp;This week</source>
            <translation>Wiki &amp;hii</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Wiki hii</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Wiki ijayo</translation>
        </message>
        <message>
            <source>Go to the week of a day</source>
            <translation>Nenda kwenye wiki ya siku fulani</translation>
        </message>
        <message>
            <source>&amp;Go to:</source>
            <translation>Ne&amp;nda:</translation>
        </message>
        <message>
            <source>E&amp;xport payroll CSV…</source>
            <translation>Ha&amp;misha CSV ya malipo…</translation>
        </message>
        <message>
            <source>Export payroll CSV</source>
            <translation>Hamisha CSV ya malipo</translation>
        </message>
        <message>
            <source>Save the approved hours that fall in this week as a CSV file for payroll. Hours that are not approved are not in it.</source>
            <translation>Hifadhi saa zilizoidhinishwa za wiki hii kama faili la CSV kwa ajili ya malipo. Saa ambazo hazijaidhinishwa hazimo.</translation>
        </message>
        <message>
            <source>Hours of the week</source>
            <translation>Saa za wiki</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Mfanyakazi</translation>
        </message>
        <message>
            <source>Clocked</source>
            <translation>Kazini</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Amilifu</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Matokeo</translation>
        </message>
        <message>
            <source>Results per active hour</source>
            <translation>Matokeo kwa saa amilifu</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Tahadhari</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Idhini</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>Usahihi</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Yaliyokaguliwa</translation>
        </message>
        <message>
            <source>How many of the week's answers a supervisor reviewed (Review tab), and how many of those were accepted as they were.</source>
            <translation>Msimamizi alikagua majibu mangapi ya wiki hii (kichupo cha Ukaguzi), na mangapi kati ya hayo yalikubaliwa kama yalivyo.</translation>
        </message>
        <message>
            <source>The mean score of the week's checked (gold) tasks, and how many there were. Practice tasks do not count.</source>
            <translation>Wastani wa alama za kazi za kupima (gold) za wiki hii, na zilikuwa ngapi. Kazi za mazoezi hazihesabiwi.</translation>
        </message>
        <message>
            <source>&amp;Correct…</source>
            <translation>&amp;Sahihisha…</translation>
        </message>
        <message>
            <source>Correct the selected worker's time</source>
            <translation>Sahihisha muda wa mfanyakazi aliyechaguliwa</translation>
        </message>
        <message>
            <source>&amp;Approve week</source>
            <translation>&amp;Idhinisha wiki</translation>
        </message>
        <message>
            <source>Approve the selected worker's week</source>
            <translation>Idhinisha wiki ya mfanyakazi aliyechaguliwa</translation>
        </message>
        <message>
            <source>Show &amp;everyone's flags</source>
            <translation>Onyesha tahadhari za &amp;wote</translation>
        </message>
        <message>
            <source>Show everyone's flags</source>
            <translation>Onyesha tahadhari za wote</translation>
        </message>
        <message>
            <source>Flags of the week</source>
            <translation>Tahadhari za wiki</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Siku</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Nini</translation>
        </message>
        <message>
            <source>{0} &amp;Previous week</source>
            <translation>{0} Wiki iliyo&amp;pita</translation>
        </message>
        <message>
            <source>&amp;Next week {0}</source>
            <translation>Wiki i&amp;jayo {0}</translation>
        </message>
        <message>
            <source>Week of {0} – {1}</source>
            <translation>Wiki ya {0} – {1}</translation>
        </message>
        <message>
            <source>This is the current week.</source>
            <translation>Hii ni wiki ya sasa.</translation>
        </message>
        <message>
            <source>Reading the hours…</source>
            <translation>Inasoma saa…</translation>
        </message>
        <message>
            <source>{0} (you)</source>
            <translation>{0} (wewe)</translation>
        </message>
        <message>
            <source>{0} ({1} not clocked in)</source>
            <translation>{0} ({1} bila kuingia kazini)</translation>
        </message>
        <message>
            <source>{0}, {1} too fast</source>
            <translation>{0}, {1} haraka mno</translation>
        </message>
        <message>
            <source>{0} (+{1} skipped or flagged)</source>
            <translation>{0} (+{1} zilizorukwa au kuripotiwa)</translation>
        </message>
        <message>
            <source>{0}% of {1}</source>
            <translation>{0}% kwenye kazi {1}</translation>
        </message>
        <message>
            <source>{0} of {1} accepted</source>
            <translation>{0} kati ya {1} yamekubaliwa</translation>
        </message>
        <message>
            <source>{0} of these results were stored while not clocked in: that work is not on the clock.</source>
            <translation>Matokeo {0} kati ya haya yalihifadhiwa bila kuingia kazini: kazi hiyo haiko kwenye muda wa kazini.</translation>
        </message>
        <message>
            <source>{0} of these results were submitted faster than the work can be done: check them before they are paid or delivered.</source>
            <translation>Matokeo {0} kati ya haya yaliwasilishwa haraka kuliko kazi inavyoweza kufanywa: yakague kabla hayajalipwa au kuwasilishwa.</translation>
        </message>
        <message>
            <source>{0} checked tasks this week, mean score {1}%.</source>
            <translation>Kazi {0} za kupima wiki hii, wastani wa alama {1}%.</translation>
        </message>
        <message>
            <source>{0}, under the pass mark</source>
            <translation>{0}, chini ya alama ya kufaulu</translation>
        </message>
        <message>
            <source>Under the pass mark: a mean score of {0}% on {1} checked tasks this week, where {2}% is needed. Her answers are reviewed more often (Review tab); talk to her about the task's instructions.</source>
            <translation>Chini ya alama ya kufaulu: wastani wa alama {0}% kwenye kazi {1} za kupima wiki hii, ilhali {2}% inahitajika. Majibu yake yanakaguliwa mara nyingi zaidi (kichupo cha Ukaguzi); zungumza naye kuhusu maelekezo ya kazi.</translation>
        </message>
        <message>
            <source>Not approved</source>
            <translation>Haijaidhinishwa</translation>
        </message>
        <message>
            <source>Not in the payroll export until approved.</source>
            <translation>Haimo kwenye faili la malipo hadi iidhinishwe.</translation>
        </message>
        <message>
            <source>Approved by {0}, {1}: {2} clocked, {3} active.</source>
            <translation>Imeidhinishwa na {0}, {1}: {2} kazini, {3} amilifu.</translation>
        </message>
        <message>
            <source>Changed since approval: approve again</source>
            <translation>Imebadilika tangu idhini: idhinisha tena</translation>
        </message>
        <message>
            <source>Now: {0} clocked, {1} active. The payroll export shows the approved hours until the week is approved again.</source>
            <translation>Sasa: {0} kazini, {1} amilifu. Faili la malipo linaonyesha saa zilizoidhinishwa hadi wiki iidhinishwe tena.</translation>
        </message>
        <message>
            <source>Approved by {0}, {1}</source>
            <translation>Imeidhinishwa na {0}, {1}</translation>
        </message>
        <message>
            <source>Whole record</source>
            <translation>Rejista nzima</translation>
        </message>
        <message>
            <source>Flags for {0} this week: {1}</source>
            <translation>Tahadhari za {0} wiki hii: {1}</translation>
        </message>
        <message>
            <source>No flags for {0} this week.</source>
            <translation>Hakuna tahadhari za {0} wiki hii.</translation>
        </message>
        <message>
            <source>Flags this week, everyone: {0}</source>
            <translation>Tahadhari za wiki hii, wote: {0}</translation>
        </message>
        <message>
            <source>No flags this week.</source>
            <translation>Hakuna tahadhari wiki hii.</translation>
        </message>
        <message>
            <source>Add or take away time on a day of this week, with a reason.</source>
            <translation>Ongeza au punguza muda kwenye siku ya wiki hii, pamoja na sababu.</translation>
        </message>
        <message>
            <source>Record this week's totals as approved. Only approved hours go into the payroll export.</source>
            <translation>Rekodi jumla za wiki hii kuwa zimeidhinishwa. Saa zilizoidhinishwa pekee ndizo huingia kwenye faili la malipo.</translation>
        </message>
        <message>
            <source>Select a worker in the table first.</source>
            <translation>Chagua mfanyakazi kwenye jedwali kwanza.</translation>
        </message>
        <message>
            <source>You cannot correct your own timesheet. Another supervisor or the partner admin must.</source>
            <translation>Huwezi kusahihisha rejista yako mwenyewe ya saa. Msimamizi mwingine au msimamizi mkuu lazima afanye hivyo.</translation>
        </message>
        <message>
            <source>You cannot approve your own timesheet. Another supervisor or the partner admin must.</source>
            <translation>Huwezi kuidhinisha rejista yako mwenyewe ya saa. Msimamizi mwingine au msimamizi mkuu lazima afanye hivyo.</translation>
        </message>
        <message>
            <source>Approving…</source>
            <translation>Inaidhinisha…</translation>
        </message>
        <message>
            <source>Corrected {0}'s time on {1}: {2} clocked, {3} active.</source>
            <translation>Muda wa {0} siku ya {1} umesahihishwa: {2} kazini, {3} amilifu.</translation>
        </message>
        <message>
            <source>{0} is still clocked in, so this week cannot be approved yet: her shift has no end. Ask her to clock out, then approve; or approve the week once it is over.</source>
            <translation>{0} bado yuko kazini, kwa hiyo wiki hii haiwezi kuidhinishwa bado: zamu yake haina mwisho. Mwombe atoke kazini, kisha uidhinishe; au idhinisha wiki ikishaisha.</translation>
        </message>
        <message>
            <source>Approve the week</source>
            <translation>Idhinisha wiki</translation>
        </message>
        <message>
            <source>Approve {0}'s hours for the {1}?</source>
            <translation>Idhinisha saa za {0} za {1}?</translation>
        </message>
        <message>
            <source>Clocked {0}, active {1}, {2} results.</source>
            <translation>Kazini {0}, amilifu {1}, matokeo {2}.</translation>
        </message>
        <message>
            <source>Flags to look at first: {0}. They are listed under the table.</source>
            <translation>Tahadhari za kuangalia kwanza: {0}. Zimeorodheshwa chini ya jedwali.</translation>
        </message>
        <message>
            <source>No flags.</source>
            <translation>Hakuna tahadhari.</translation>
        </message>
        <message>
            <source>Only approved hours go into the payroll export.</source>
            <translation>Saa zilizoidhinishwa pekee ndizo huingia kwenye faili la malipo.</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Idhinisha</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Idhinisha</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ghairi</translation>
        </message>
        <message>
            <source>week of {0} – {1}</source>
            <translation>wiki ya {0} – {1}</translation>
        </message>
        <message>
            <source>Approving {0}'s week…</source>
            <translation>Inaidhinisha wiki ya {0}…</translation>
        </message>
        <message>
            <source>Approved {0}'s week: {1} clocked, {2} active.</source>
            <translation>Wiki ya {0} imeidhinishwa: {1} kazini, {2} amilifu.</translation>
        </message>
        <message>
            <source>payroll-{0}-to-{1}.csv</source>
            <translation>malipo-{0}-hadi-{1}.csv</translation>
        </message>
        <message>
            <source>Save the payroll CSV (approved hours only)</source>
            <translation>Hifadhi CSV ya malipo (saa zilizoidhinishwa pekee)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Faili za CSV (*.csv)</translation>
        </message>
        <message>
            <source>Saved 1 row to {0}. The file holds approved hours only.</source>
            <translation>Mstari 1 umehifadhiwa kwenye {0}. Faili lina saa zilizoidhinishwa pekee.</translation>
        </message>
        <message>
            <source>Saved {0} rows to {1}. The file holds approved hours only.</source>
            <translation>Mistari {0} imehifadhiwa kwenye {1}. Faili lina saa zilizoidhinishwa pekee.</translation>
        </message>
        <message>
            <source>Saved {0}, but nobody's hours in this week are approved yet, so it has no rows. Approve the weeks first.</source>
            <translation>{0} imehifadhiwa, lakini hakuna saa za mtu yeyote katika wiki hii zilizoidhinishwa bado, kwa hiyo haina mistari. Idhinisha wiki kwanza.</translation>
        </message>
        <message>
            <source>The file could not be saved ({0}). Choose another folder.</source>
            <translation>Faili halikuweza kuhifadhiwa ({0}). Chagua folda nyingine.</translation>
        </message>
    </context>
    <context>
        <name>IdlePrompt</name>
        <message>
            <source>Are you still working?</source>
            <translation>Bado unafanya kazi?</translation>
        </message>
        <message>
            <source>There was no input for {0} minutes, so your time is paused. It counts again when you say you are working.</source>
            <translation>Hakukuwa na kitendo kwa dakika {0}, kwa hiyo muda wako umesitishwa. Unahesabiwa tena ukisema unafanya kazi.</translation>
        </message>
        <message>
            <source>Yes, I am working (Enter)</source>
            <translation>Ndiyo, ninafanya kazi (Enter)</translation>
        </message>
        <message>
            <source>Yes, I am working</source>
            <translation>Ndiyo, ninafanya kazi</translation>
        </message>
        <message>
            <source>No, keep my time paused (Esc)</source>
            <translation>Hapana, endelea kusitisha muda wangu (Esc)</translation>
        </message>
        <message>
            <source>No, keep my time paused</source>
            <translation>Hapana, endelea kusitisha muda wangu</translation>
        </message>
    </context>
    <context>
        <name>ImageView</name>
        <message>
            <source>Image</source>
            <translation>Picha</translation>
        </message>
        <message>
            <source>Zoom with Ctrl+Plus and Ctrl+Minus, fit with Ctrl+0</source>
            <translation>Kuza kwa Ctrl+Plus na Ctrl+Minus, tosheleza kwa Ctrl+0</translation>
        </message>
        <message>
            <source>the file is missing</source>
            <translation>faili halipo</translation>
        </message>
    </context>
    <context>
        <name>Issue</name>
        <message>
            <source>This result is incomplete.</source>
            <translation>Tokeo hili halijakamilika.</translation>
        </message>
        <message>
            <source>The transcript is empty.</source>
            <translation type="unfinished">Nakala iko tupu.</translation>
        </message>
        <message>
            <source>The transcript is {n} characters long; the most is {max}.</source>
            <translation>Nakala ina herufi {n}; upeo ni {max}.</translation>
        </message>
        <message>
            <source>{token} is not a token of this project (allowed: {choices}).</source>
            <translation>{token} si alama maalum ya mradi huu (zinazoruhusiwa: {choices}).</translation>
        </message>
        <message>
            <source>Choose labels from the list only, each once.</source>
            <translation>Chagua lebo kutoka kwenye orodha tu, kila moja mara moja.</translation>
        </message>
        <message numerus="yes">
            <source>Choose at least %n label(s).</source>
            <translation type="unfinished">
                <numerusform>Chagua angalau lebo %n.</numerusform>
                <numerusform>Chagua angalau lebo %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Choose at most %n label(s).</source>
            <translation type="unfinished">
                <numerusform>Chagua si zaidi ya lebo %n.</numerusform>
                <numerusform>Chagua lebo zisizozidi %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>Box {n} needs a label from the list.</source>
            <translation type="unfinished">Kisanduku {n} kinahitaji lebo kutoka kwenye orodha.</translation>
        </message>
        <message>
            <source>Box {n} is smaller than {size} pixels each way.</source>
            <translation type="unfinished">Kisanduku {n} ni kidogo kuliko pikseli {size} kwa upana au kwa kimo.</translation>
        </message>
        <message>
            <source>Box {n} reaches outside the image.</source>
            <translation type="unfinished">Kisanduku {n} kinatoka nje ya picha.</translation>
        </message>
        <message numerus="yes">
            <source>Draw at least %n box(es).</source>
            <translation type="unfinished">
                <numerusform>Chora angalau kisanduku %n.</numerusform>
                <numerusform>Chora angalau visanduku %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Draw at most %n box(es).</source>
            <translation type="unfinished">
                <numerusform>Chora si zaidi ya kisanduku %n.</numerusform>
                <numerusform>Chora visanduku visivyozidi %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add at least one caption.</source>
            <translation type="unfinished">Ongeza angalau nukuu moja.</translation>
        </message>
        <message>
            <source>Caption {n} has no text.</source>
            <translation type="unfinished">Nukuu {n} haina maandishi.</translation>
        </message>
        <message>
            <source>Caption {n} ends before it starts.</source>
            <translation type="unfinished">Nukuu {n} inaisha kabla ya kuanza.</translation>
        </message>
        <message>
            <source>Caption {n} ends after the clip.</source>
            <translation type="unfinished">Nukuu {n} inaisha baada ya mwisho wa kipande.</translation>
        </message>
        <message>
            <source>Caption {n} lasts {ms} ms; the least is {min} ms.</source>
            <translation type="unfinished">Nukuu {n} inadumu milisekunde {ms}; kiwango cha chini ni milisekunde {min}.</translation>
        </message>
        <message>
            <source>Caption {n} lasts {ms} ms; the most is {max} ms.</source>
            <translation type="unfinished">Nukuu {n} inadumu milisekunde {ms}; upeo ni milisekunde {max}.</translation>
        </message>
        <message>
            <source>Caption {n} has {lines} lines; the most is {max}.</source>
            <translation type="unfinished">Nukuu {n} ina mistari {lines}; upeo ni {max}.</translation>
        </message>
        <message>
            <source>Caption {n} has a line of {chars} characters; the most is {max}.</source>
            <translation type="unfinished">Nukuu {n} ina mstari wa herufi {chars}; upeo ni {max}.</translation>
        </message>
        <message>
            <source>Caption {n} is read at {cps} characters a second; the most is {max}.</source>
            <translation type="unfinished">Nukuu {n} inasomwa kwa herufi {cps} kwa sekunde; upeo ni {max}.</translation>
        </message>
        <message>
            <source>Caption {n} starts before caption {previous} ends.</source>
            <translation type="unfinished">Nukuu {n} inaanza kabla nukuu {previous} haijaisha.</translation>
        </message>
        <message>
            <source>Choose an outcome.</source>
            <translation>Chagua uamuzi.</translation>
        </message>
        <message>
            <source>{label} is required.</source>
            <translation>{label} inahitajika.</translation>
        </message>
        <message>
            <source>{label} is at most {max} characters.</source>
            <translation>{label} isizidi herufi {max}.</translation>
        </message>
        <message>
            <source>{label} must be a number.</source>
            <translation>{label} lazima iwe namba.</translation>
        </message>
        <message>
            <source>{label}: {value} could be a thousands mark or a decimal one. Write it without the thousands mark (10500), or with two decimals (10.50).</source>
            <translation>{label}: alama katika {value} inaweza kuwa ya maelfu au ya desimali. Iandike bila alama ya maelfu (10500), au na desimali mbili (10.50).</translation>
        </message>
        <message>
            <source>{label} must be a number written like {example}.</source>
            <translation>{label} lazima iwe namba iliyoandikwa kama {example}.</translation>
        </message>
        <message>
            <source>{label} must be between {min} and {max}.</source>
            <translation>{label} lazima iwe kati ya {min} na {max}.</translation>
        </message>
        <message>
            <source>{label} must be a date written YYYY-MM-DD.</source>
            <translation>{label} lazima iwe tarehe iliyoandikwa YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>{label} must be one of the listed choices.</source>
            <translation>{label} lazima iwe mojawapo ya chaguo zilizoorodheshwa.</translation>
        </message>
        <message>
            <source>{label} is not in the expected form.</source>
            <translation>{label} haiko katika muundo unaotarajiwa.</translation>
        </message>
        <message>
            <source>{label} must be a phone number: digits, with + and spaces allowed (for example +256 772 123456).</source>
            <translation type="unfinished">{label} lazima iwe namba ya simu: tarakimu, na + na nafasi zinaruhusiwa (kwa mfano +256 772 123456).</translation>
        </message>
        <message>
            <source>{label} must be a web address starting with https:// (for example https://www.example.com).</source>
            <translation type="unfinished">{label} lazima iwe anwani ya tovuti inayoanza na https:// (kwa mfano https://www.example.com).</translation>
        </message>
        <message>
            <source>{label} must be an email address (for example name@example.com).</source>
            <translation type="unfinished">{label} lazima iwe anwani ya barua pepe (kwa mfano name@example.com).</translation>
        </message>
        <message>
            <source>Segment {n} has no translation.</source>
            <translation type="unfinished">Kipande {n} hakina tafsiri.</translation>
        </message>
        <message>
            <source>Segment {n} is {length} characters long; the most is {max}.</source>
            <translation type="unfinished">Kipande {n} kina herufi {length}; upeo ni {max}.</translation>
        </message>
        <message>
            <source>The task has {n} segments; the result has {given}.</source>
            <translation type="unfinished">Kazi ina vipande {n}; tokeo lina {given}.</translation>
        </message>
        <message>
            <source>Segment {n}: keep {placeholder} exactly as in the source.</source>
            <translation type="unfinished">Kipande {n}: andika {placeholder} sawasawa kabisa na ilivyo kwenye chanzo.</translation>
        </message>
        <message>
            <source>Segment {n}: {placeholder} is not in the source; remove it.</source>
            <translation type="unfinished">Kipande {n}: {placeholder} haimo kwenye chanzo; iondoe.</translation>
        </message>
        <message>
            <source>Segment {n}: keep {span} untranslated.</source>
            <translation type="unfinished">Kipande {n}: usitafsiri {span}, iache kama ilivyo.</translation>
        </message>
        <message>
            <source>Segment {n}: translate {term} as {required} (glossary).</source>
            <translation type="unfinished">Kipande {n}: tafsiri {term} kama {required} (orodha ya istilahi).</translation>
        </message>
        <message>
            <source>The transcript is empty. If nothing can be heard, type {token}.</source>
            <translation type="unfinished">Nakala iko tupu. Kama hakuna kinachosikika, andika {token}.</translation>
        </message>
        <message>
            <source>Choose at least {n} label(s).</source>
            <translation type="vanished">Chagua angalau lebo {n}.</translation>
        </message>
        <message>
            <source>Choose at most {n} label(s).</source>
            <translation type="vanished">Chagua lebo zisizozidi {n}.</translation>
        </message>
        <message>
            <source>The transcript is empty.{hint}</source>
            <translation type="vanished">Nakala iko tupu.{hint}</translation>
        </message>
    </context>
    <context>
        <name>LoginScreen</name>
        <message>
            <source>Who is working at this computer?</source>
            <translation>Nani anafanya kazi kwenye kompyuta hii?</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>Majina</translation>
        </message>
        <message>
            <source>&amp;Choose your name (type its first letters or use the arrows):</source>
            <translation>&amp;Chagua jina lako (andika herufi zake za kwanza au tumia mishale):</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Your &amp;PIN:</source>
            <translation>&amp;PIN yako:</translation>
        </message>
        <message>
            <source>Log in (Enter)</source>
            <translation>Ingia (Enter)</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Ingia</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Ujumbe</translation>
        </message>
        <message>
            <source>Demo: every PIN is 1234.</source>
            <translation>Onyesho: kila PIN ni 1234.</translation>
        </message>
        <message>
            <source>Set up the first admin… (Ctrl+N)</source>
            <translation>Weka msimamizi mkuu wa kwanza… (Ctrl+N)</translation>
        </message>
        <message>
            <source>Set up the first admin</source>
            <translation>Weka msimamizi mkuu wa kwanza</translation>
        </message>
        <message>
            <source>{0} · Language (F6)</source>
            <translation type="unfinished">{0} · Lugha (F6)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished">Lugha</translation>
        </message>
        <message>
            <source>This computer has no admin yet. The lab's partner admin types their name and chooses a PIN here, once. Then they give each worker a PIN.</source>
            <translation>Kompyuta hii bado haina msimamizi mkuu. Msimamizi mkuu wa maabara anaandika jina lake na kuchagua PIN hapa, mara moja tu. Kisha anampa kila mfanyakazi PIN.</translation>
        </message>
        <message>
            <source>Admin's name</source>
            <translation>Jina la msimamizi mkuu</translation>
        </message>
        <message>
            <source>Admin's PIN</source>
            <translation>PIN ya msimamizi mkuu</translation>
        </message>
        <message>
            <source>Admin's PIN again</source>
            <translation>PIN ya msimamizi mkuu tena</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>&amp;Jina lako:</translation>
        </message>
        <message>
            <source>&amp;PIN (at least 4 characters):</source>
            <translation>&amp;PIN (angalau herufi 4):</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>PIN &amp;tena:</translation>
        </message>
        <message>
            <source>Set up the first admin (Enter)</source>
            <translation>Weka msimamizi mkuu wa kwanza (Enter)</translation>
        </message>
        <message>
            <source>Back (Esc)</source>
            <translation>Rudi (Esc)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Rudi</translation>
        </message>
        <message>
            <source>Nobody can log in on this computer yet. The partner admin adds the lab's users at the hub; they arrive with the next sync.</source>
            <translation>Bado hakuna anayeweza kuingia kwenye kompyuta hii. Msimamizi mkuu anaongeza watumiaji wa maabara kwenye seva kuu; watafika kwa usawazishaji unaofuata.</translation>
        </message>
        <message>
            <source>{0} can try again now.</source>
            <translation>{0} anaweza kujaribu tena sasa.</translation>
        </message>
        <message>
            <source>Choose your name in the list first.</source>
            <translation>Chagua jina lako kwenye orodha kwanza.</translation>
        </message>
        <message>
            <source>Type your PIN, then press Enter.</source>
            <translation>Andika PIN yako, kisha ubonyeze Enter.</translation>
        </message>
        <message>
            <source>Checking the PIN…</source>
            <translation>Inakagua PIN…</translation>
        </message>
        <message>
            <source>Type the admin's name.</source>
            <translation>Andika jina la msimamizi mkuu.</translation>
        </message>
        <message>
            <source>The two PINs are not the same. Type the PIN twice again.</source>
            <translation>PIN mbili hazifanani. Andika PIN mara mbili tena.</translation>
        </message>
        <message>
            <source>Type a name of 1 to 80 characters.</source>
            <translation>Andika jina la herufi 1 hadi 80.</translation>
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
            <translation>Hali ya usawazishaji</translation>
        </message>
        <message>
            <source>Sync now (F5)</source>
            <translation>Sawazisha sasa (F5)</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sawazisha sasa</translation>
        </message>
        <message>
            <source>Draft saved</source>
            <translation>Rasimu imehifadhiwa</translation>
        </message>
        <message>
            <source>Result saved</source>
            <translation>Tokeo limehifadhiwa</translation>
        </message>
        <message>
            <source>● Syncing…</source>
            <translation>● Inasawazisha…</translation>
        </message>
        <message>
            <source>Answer taken back</source>
            <translation>Jibu limetenduliwa</translation>
        </message>
        <message numerus="yes">
            <source>● Working offline (no hub set up) · %n record(s) (results and timesheet) kept on this computer</source>
            <translation type="unfinished">
                <numerusform>● Inafanya kazi nje ya mtandao (hakuna seva kuu iliyowekwa) · rekodi %n (matokeo na rejista ya saa) imehifadhiwa kwenye kompyuta hii</numerusform>
                <numerusform>● Inafanya kazi nje ya mtandao (hakuna seva kuu iliyowekwa) · rekodi %n (matokeo na rejista ya saa) zimehifadhiwa kwenye kompyuta hii</numerusform>
            </translation>
        </message>
        <message>
            <source>never</source>
            <translation>haujawahi</translation>
        </message>
        <message>
            <source>● Hub {0} · waiting to go out: {1} · last sync: {2}</source>
            <translation>● Seva kuu {0} · zinasubiri kutumwa: {1} · usawazishaji wa mwisho: {2}</translation>
        </message>
        <message>
            <source> · refused by the hub: {0}</source>
            <translation> · zilizokataliwa na seva kuu: {0}</translation>
        </message>
        <message>
            <source>● This workstation is not enrolled with a hub yet; ask the partner admin (labclient enroll).</source>
            <translation>● Kompyuta hii bado haijasajiliwa kwenye seva kuu; muulize msimamizi mkuu (labclient enroll).</translation>
        </message>
        <message>
            <source>● Syncing… {0}</source>
            <translation>● Inasawazisha… {0}</translation>
        </message>
        <message>
            <source>synced: {0}</source>
            <translation>imesawazishwa: {0}</translation>
        </message>
        <message>
            <source>nothing to send</source>
            <translation>hakuna cha kutuma</translation>
        </message>
        <message>
            <source>{0} stepped away: the screen is locked and the work is kept. Type the PIN to go on, or choose another name.</source>
            <translation>{0} ameondoka kwa muda: skrini imefungwa na kazi imehifadhiwa. Andika PIN ili kuendelea, au chagua jina jingine.</translation>
        </message>
        <message>
            <source>The screen locked after {0} minutes without input. {1}, type your PIN to go on.</source>
            <translation>Skrini imefungwa baada ya dakika {0} bila kitendo. {1}, andika PIN yako ili kuendelea.</translation>
        </message>
        <message>
            <source>The screen is locked. {0}, type your PIN to go on.</source>
            <translation>Skrini imefungwa. {0}, andika PIN yako ili kuendelea.</translation>
        </message>
        <message>
            <source>{0}'s session has ended. Log in again.</source>
            <translation>Kipindi cha {0} kimeisha. Ingia tena.</translation>
        </message>
        <message>
            <source>{0} at {1}</source>
            <translation>{0} saa {1}</translation>
        </message>
        <message>
            <source>Quit LabClient</source>
            <translation>Funga LabClient</translation>
        </message>
        <message>
            <source>{0} is still clocked in. Clock out before quitting? If you quit without clocking out, your time keeps being counted until you clock out.</source>
            <translation>{0} bado yuko kazini. Toka kazini kabla ya kufunga? Ukifunga bila kutoka kazini, muda wako unaendelea kuhesabiwa hadi utoke kazini.</translation>
        </message>
        <message>
            <source>Clock &amp;out and quit</source>
            <translation>&amp;Toka kazini na ufunge</translation>
        </message>
        <message>
            <source>Clock out and quit</source>
            <translation>Toka kazini na ufunge</translation>
        </message>
        <message>
            <source>&amp;Quit, stay clocked in</source>
            <translation>&amp;Funga, ubaki kazini</translation>
        </message>
        <message>
            <source>Quit and stay clocked in</source>
            <translation>Funga na ubaki kazini</translation>
        </message>
        <message>
            <source>&amp;Keep working</source>
            <translation>&amp;Endelea kufanya kazi</translation>
        </message>
        <message>
            <source>Keep working</source>
            <translation>Endelea kufanya kazi</translation>
        </message>
        <message>
            <source>Your latest typing is not saved. Close the window again to quit without it.</source>
            <translation>Ulichoandika mwisho hakijahifadhiwa. Funga dirisha tena ili kuondoka bila kukihifadhi.</translation>
        </message>
        <message>
            <source>● Working offline (no hub set up) · {0} record(s) (results and timesheet) kept on this computer</source>
            <translation type="vanished">● Inafanya kazi nje ya mtandao (hakuna seva kuu iliyowekwa) · rekodi {0} (matokeo na rejista ya saa) zimehifadhiwa kwenye kompyuta hii</translation>
        </message>
    </context>
    <context>
        <name>MyWeekDialog</name>
        <message>
            <source>My week</source>
            <translation>Wiki yangu</translation>
        </message>
        <message>
            <source>Previous week</source>
            <translation>Wiki iliyopita</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Wiki ijayo</translation>
        </message>
        <message>
            <source>{0} &amp;Previous week</source>
            <translation>{0} Wiki iliyo&amp;pita</translation>
        </message>
        <message>
            <source>&amp;Next week {0}</source>
            <translation>Wiki i&amp;jayo {0}</translation>
        </message>
        <message>
            <source>Hours day by day</source>
            <translation>Saa siku kwa siku</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Siku</translation>
        </message>
        <message>
            <source>Clocked</source>
            <translation>Kazini</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Amilifu</translation>
        </message>
        <message>
            <source>Tasks done</source>
            <translation>Kazi zilizofanywa</translation>
        </message>
        <message>
            <source>Planned shift</source>
            <translation>Zamu iliyopangwa</translation>
        </message>
        <message>
            <source>Clocked: from clock-in to clock-out, less breaks and unanswered 'still working?' pauses. Active: time you were typing, clicking or playing audio.</source>
            <translation>Kazini: kuanzia kuingia kazini hadi kutoka kazini, ukiondoa mapumziko na vipindi vya 'bado unafanya kazi?' visivyojibiwa. Amilifu: muda uliokuwa ukiandika, ukibofya au ukicheza sauti.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Funga</translation>
        </message>
        <message>
            <source>Reading your hours…</source>
            <translation>Inasoma saa zako…</translation>
        </message>
        <message>
            <source>This week: {0} – {1}</source>
            <translation>Wiki hii: {0} – {1}</translation>
        </message>
        <message>
            <source>Week of {0} – {1}</source>
            <translation>Wiki ya {0} – {1}</translation>
        </message>
        <message>
            <source>Noticed in your timesheet:</source>
            <translation>Yaliyoonekana kwenye saa zako:</translation>
        </message>
        <message>
            <source>Changed by your supervisor:</source>
            <translation>Yaliyobadilishwa na msimamizi wako:</translation>
        </message>
        <message>
            <source>Your accuracy on checked tasks (tasks with a known answer; your last {0}):</source>
            <translation>Usahihi wako kwenye kazi za kupima (kazi zenye jibu linalojulikana; {0} za mwisho):</translation>
        </message>
        <message>
            <source>Your supervisor reviewed these answers:</source>
            <translation>Msimamizi wako alikagua majibu haya:</translation>
        </message>
        <message>
            <source>Task {0} ({1}): corrected by {2}: {3}</source>
            <translation>Kazi {0} ({1}): imesahihishwa na {2}: {3}</translation>
        </message>
        <message>
            <source>Task {0} ({1}): accepted by {2}: {3}</source>
            <translation>Kazi {0} ({1}): imekubaliwa na {2}: {3}</translation>
        </message>
        <message>
            <source>Task {0} ({1}): accepted by {2}</source>
            <translation>Kazi {0} ({1}): imekubaliwa na {2}</translation>
        </message>
        <message>
            <source>{0} (today)</source>
            <translation>{0} (leo)</translation>
        </message>
        <message>
            <source>Week total</source>
            <translation>Jumla ya wiki</translation>
        </message>
        <message>
            <source>{0} planned</source>
            <translation>Iliyopangwa: {0}</translation>
        </message>
        <message>
            <source>{0} (+{1} skipped or flagged)</source>
            <translation>{0} (+{1} zilizorukwa au kuripotiwa)</translation>
        </message>
        <message>
            <source>Not approved yet.</source>
            <translation>Bado haijaidhinishwa.</translation>
        </message>
        <message>
            <source>Changed since {0} approved it on {1}: your supervisor will look again.</source>
            <translation>Imebadilika tangu {0} alipoiidhinisha tarehe {1}: msimamizi wako ataiangalia tena.</translation>
        </message>
        <message>
            <source>Approved by {0} on {1}.</source>
            <translation>Imeidhinishwa na {0} tarehe {1}.</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <source>the computer restarted during your shift, which ended it. The time until you clocked in again is not counted; if you were working, tell your supervisor.</source>
            <translation>kompyuta ilianza upya wakati wa zamu yako, na hilo likaimaliza. Muda hadi ulipoingia kazini tena hauhesabiwi; kama ulikuwa ukifanya kazi, mwambie msimamizi wako.</translation>
        </message>
        <message>
            <source>the computer's clock was changed, or the computer slept. Your hours are not affected.</source>
            <translation>saa ya kompyuta ilibadilishwa, au kompyuta ililala. Saa zako za kazi haziathiriwi.</translation>
        </message>
        <message>
            <source>more activity was reported than time passed; only the time on the clock counts.</source>
            <translation type="unfinished">shughuli nyingi kuliko muda uliopita ziliripotiwa; muda wa saa pekee ndio unaohesabiwa.</translation>
        </message>
        <message>
            <source>activity during a break was not counted.</source>
            <translation>shughuli wakati wa mapumziko hazikuhesabiwa.</translation>
        </message>
        <message>
            <source>you clocked in again without clocking out; the second clock-in was not counted.</source>
            <translation>uliingia kazini tena bila kutoka kazini; kuingia kwa pili hakukuhesabiwa.</translation>
        </message>
        <message>
            <source>{0}: {1} changed your clocked time by {2}. Reason: {4}</source>
            <translation>{0}: {1} alibadilisha muda wako kazini kwa {2}. Sababu: {4}</translation>
        </message>
        <message>
            <source>{0}: {1} changed your active time by {3}. Reason: {4}</source>
            <translation>{0}: {1} alibadilisha muda wako amilifu kwa {3}. Sababu: {4}</translation>
        </message>
        <message>
            <source>{0}: {1} changed your time by {2} clocked and {3} active. Reason: {4}</source>
            <translation>{0}: {1} alibadilisha muda wako kwa {2} kazini na {3} amilifu. Sababu: {4}</translation>
        </message>
        <message>
            <source>{0}: {1}% on average; {2} of {3} passed</source>
            <translation>{0}: wastani {1}%; {2} kati ya {3} zimefaulu</translation>
        </message>
        <message>
            <source>{0}–{1} at {2}</source>
            <translation>{0}–{1}, kompyuta {2}</translation>
        </message>
        <message>
            <source>{0} min</source>
            <translation>dak. {0}</translation>
        </message>
        <message>
            <source>{0} h {1} min</source>
            <translation>saa {0} dak. {1}</translation>
        </message>
    </context>
    <context>
        <name>Permission</name>
        <message>
            <source>do tasks</source>
            <translation>kufanya kazi</translation>
        </message>
        <message>
            <source>clock in or out</source>
            <translation>kuingia au kutoka kazini</translation>
        </message>
        <message>
            <source>see hours</source>
            <translation>kuona saa</translation>
        </message>
        <message>
            <source>see other people's hours, shifts, users or flags</source>
            <translation>kuona saa, zamu, watumiaji au tahadhari za watu wengine</translation>
        </message>
        <message>
            <source>see another worker's drafts or results</source>
            <translation>kuona rasimu au matokeo ya mfanyakazi mwingine</translation>
        </message>
        <message>
            <source>plan shifts</source>
            <translation>kupanga zamu</translation>
        </message>
        <message>
            <source>correct timesheets</source>
            <translation>kusahihisha rejista za saa</translation>
        </message>
        <message>
            <source>approve timesheets</source>
            <translation>kuidhinisha rejista za saa</translation>
        </message>
        <message>
            <source>export payroll</source>
            <translation>kuhamisha faili la malipo</translation>
        </message>
        <message>
            <source>add users, set PINs or switch accounts on and off</source>
            <translation>kuongeza watumiaji, kuweka PIN au kuwasha na kuzima akaunti</translation>
        </message>
        <message>
            <source>change the lab's settings</source>
            <translation>kubadilisha mipangilio ya maabara</translation>
        </message>
        <message>
            <source>change the hub settings (enrolment, sync)</source>
            <translation>kubadilisha mipangilio ya seva kuu (usajili, usawazishaji)</translation>
        </message>
        <message>
            <source>let a worker try a project's training again</source>
            <translation>kumruhusu mfanyakazi ajaribu tena mafunzo ya mradi</translation>
        </message>
        <message>
            <source>review workers' results</source>
            <translation>kukagua matokeo ya wafanyakazi</translation>
        </message>
        <message>
            <source>change their PIN</source>
            <translation type="vanished">kubadilisha PIN yake</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Confirm</source>
            <translation>Thibitisha</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ghairi</translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <source>Answers to review</source>
            <translation>Majibu ya kukagua</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Mfanyakazi</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Mradi</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Kazi</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Wakati</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Sababu</translation>
        </message>
        <message>
            <source>Choose an answer on the left to see it in its task.</source>
            <translation>Chagua jibu upande wa kushoto ili ulione ndani ya kazi yake.</translation>
        </message>
        <message>
            <source>&amp;Note to the worker (needed for a correction):</source>
            <translation>&amp;Maelezo kwa mfanyakazi (yanahitajika kwa marekebisho):</translation>
        </message>
        <message>
            <source>Note to the worker</source>
            <translation>Maelezo kwa mfanyakazi</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>&amp;Kubali</translation>
        </message>
        <message>
            <source>Accept the worker's answer as it is</source>
            <translation>Kubali jibu la mfanyakazi kama lilivyo</translation>
        </message>
        <message>
            <source>&amp;Save correction</source>
            <translation>&amp;Hifadhi marekebisho</translation>
        </message>
        <message>
            <source>Save the answer as corrected above, with the note</source>
            <translation>Hifadhi jibu kama lilivyosahihishwa hapo juu, pamoja na maelezo</translation>
        </message>
        <message>
            <source>Change the answer in the task above, say why in the note, then save. The worker's own answer is kept as she gave it.</source>
            <translation>Badilisha jibu katika kazi iliyo hapo juu, eleza sababu katika maelezo, kisha uhifadhi. Jibu la mfanyakazi mwenyewe linabaki kama alivyolitoa.</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) to review: each new worker's first answers in a project, and a share of everyone's (more for a worker under the pass mark).</source>
            <translation type="unfinished">
                <numerusform>Jibu %n la kukagua: majibu ya kwanza ya kila mfanyakazi mpya katika mradi, na sehemu ya majibu ya kila mtu (zaidi kwa mfanyakazi aliye chini ya alama ya kufaulu).</numerusform>
                <numerusform>Majibu %n ya kukagua: majibu ya kwanza ya kila mfanyakazi mpya katika mradi, na sehemu ya majibu ya kila mtu (zaidi kwa mfanyakazi aliye chini ya alama ya kufaulu).</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to review now: every answer in the sample has been reviewed.</source>
            <translation>Hakuna cha kukagua sasa: kila jibu katika sampuli limekaguliwa.</translation>
        </message>
        <message>
            <source>New to the project</source>
            <translation>Mgeni katika mradi</translation>
        </message>
        <message>
            <source>Under the pass mark</source>
            <translation>Chini ya alama ya kufaulu</translation>
        </message>
        <message>
            <source>Sample</source>
            <translation>Sampuli</translation>
        </message>
        <message>
            <source>The note is {0} characters long; keep it to {1}.</source>
            <translation>Maelezo yana herufi {0}; yasizidi {1}.</translation>
        </message>
        <message>
            <source>The correction breaks the task's rules; see the marks above.</source>
            <translation>Marekebisho yanavunja kanuni za kazi; tazama alama zilizo hapo juu.</translation>
        </message>
        <message>
            <source>Accepted: {0}'s answer to {1}.</source>
            <translation>Limekubaliwa: jibu la {0} kwa {1}.</translation>
        </message>
        <message>
            <source>Correction saved: {0} reads your note about {1} in My week.</source>
            <translation>Marekebisho yamehifadhiwa: {0} atasoma maelezo yako kuhusu {1} katika Wiki yangu.</translation>
        </message>
        <message>
            <source>{0} answer(s) to review: each new worker's first answers in a project, and a share of everyone's (more for a worker under the pass mark).</source>
            <translation type="vanished">Majibu {0} ya kukagua: majibu ya kwanza ya kila mfanyakazi mpya katika mradi, na sehemu ya majibu ya kila mtu (zaidi kwa mfanyakazi aliye chini ya alama ya kufaulu).</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <source>worker</source>
            <translation>mfanyakazi</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>msimamizi</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>msimamizi mkuu</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Worker</source>
            <translation>Mfanyakazi</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Msimamizi</translation>
        </message>
        <message>
            <source>Partner admin</source>
            <translation>Msimamizi mkuu</translation>
        </message>
    </context>
    <context>
        <name>SegmentStrip</name>
        <message>
            <source>Segments</source>
            <translation type="unfinished">Vipande</translation>
        </message>
        <message>
            <source>Click a segment to go to it</source>
            <translation type="unfinished">Bofya kipande ili kwenda hapo</translation>
        </message>
        <message>
            <source>refused: see the message below</source>
            <translation type="unfinished">kimekataliwa: tazama ujumbe hapa chini</translation>
        </message>
        <message>
            <source>translated</source>
            <translation type="unfinished">kimetafsiriwa</translation>
        </message>
        <message>
            <source>not translated yet</source>
            <translation type="unfinished">bado hakijatafsiriwa</translation>
        </message>
        <message>
            <source>Segment {0}: {1}</source>
            <translation type="unfinished">Kipande {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>SetPinDialog</name>
        <message>
            <source>Set a PIN</source>
            <translation>Weka PIN</translation>
        </message>
        <message>
            <source>A new PIN for {0}. It works at once, and lifts a lock after wrong PINs. Tell {0} the new PIN.</source>
            <translation>PIN mpya ya {0}. Inafanya kazi mara moja, na inaondoa kufungiwa baada ya PIN zisizo sahihi. Mwambie {0} PIN mpya.</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>PIN mpya</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>PIN mpya tena</translation>
        </message>
        <message>
            <source>New &amp;PIN ({0} to {1} characters):</source>
            <translation>&amp;PIN mpya (herufi {0} hadi {1}):</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>PIN &amp;tena:</translation>
        </message>
        <message>
            <source>Set PIN</source>
            <translation>Weka PIN</translation>
        </message>
        <message>
            <source>The two PINs are not the same. Type the PIN twice again.</source>
            <translation>PIN mbili hazifanani. Andika PIN mara mbili tena.</translation>
        </message>
    </context>
    <context>
        <name>ShiftDialog</name>
        <message>
            <source>Plan a shift</source>
            <translation>Panga zamu</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Mfanyakazi</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Siku</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy</source>
            <translation>ddd d MMM yyyy</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>Inaanza saa</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>Inaisha saa</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>Kompyuta</translation>
        </message>
        <message>
            <source>The name of the computer the worker sits at.</source>
            <translation>Jina la kompyuta anayotumia mfanyakazi.</translation>
        </message>
        <message>
            <source>&amp;Worker:</source>
            <translation>&amp;Mfanyakazi:</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Siku:</translation>
        </message>
        <message>
            <source>&amp;Starts at:</source>
            <translation>Ina&amp;anza saa:</translation>
        </message>
        <message>
            <source>&amp;Ends at:</source>
            <translation>&amp;Inaisha saa:</translation>
        </message>
        <message>
            <source>S&amp;eat:</source>
            <translation>&amp;Kompyuta:</translation>
        </message>
        <message>
            <source>Plan the shift</source>
            <translation>Panga zamu</translation>
        </message>
        <message>
            <source>&amp;Plan shift</source>
            <translation>&amp;Panga zamu</translation>
        </message>
        <message>
            <source>Close without planning</source>
            <translation>Funga bila kupanga</translation>
        </message>
        <message>
            <source>Choose who works this shift.</source>
            <translation>Chagua atakayefanya kazi zamu hii.</translation>
        </message>
        <message>
            <source>The shift must end after it starts, on the same day. Change the end time.</source>
            <translation>Zamu lazima iishe baada ya kuanza, siku hiyo hiyo. Badilisha saa ya kuisha.</translation>
        </message>
        <message>
            <source>A shift is at most {0} hours long. Change the times.</source>
            <translation>Zamu haizidi saa {0}. Badilisha saa.</translation>
        </message>
        <message>
            <source>Type the seat: the name of the computer the worker sits at.</source>
            <translation>Andika jina la kompyuta anayotumia mfanyakazi.</translation>
        </message>
    </context>
    <context>
        <name>ShiftsPanel</name>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Onyesha upya</translation>
        </message>
        <message>
            <source>Refresh who is on shift</source>
            <translation>Onyesha upya walio zamuni</translation>
        </message>
        <message>
            <source>On shift now</source>
            <translation>Walio zamuni sasa</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Jina</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>Kompyuta</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Iliyopangwa</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Hali</translation>
        </message>
        <message>
            <source>Pre&amp;vious week</source>
            <translation>Wiki ili&amp;yopita</translation>
        </message>
        <message>
            <source>Previous week</source>
            <translation>Wiki iliyopita</translation>
        </message>
        <message>
            <source>This &amp;week</source>
            <translation>Wiki &amp;hii</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Wiki hii</translation>
        </message>
        <message>
            <source>&amp;Next week</source>
            <translation>Wiki i&amp;jayo</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Wiki ijayo</translation>
        </message>
        <message>
            <source>&amp;Plan a shift…</source>
            <translation>&amp;Panga zamu…</translation>
        </message>
        <message>
            <source>Plan a shift</source>
            <translation>Panga zamu</translation>
        </message>
        <message>
            <source>&amp;Cancel shift…</source>
            <translation>&amp;Ghairi zamu…</translation>
        </message>
        <message>
            <source>Cancel the selected shift</source>
            <translation>Ghairi zamu iliyochaguliwa</translation>
        </message>
        <message>
            <source>Asks first. The Delete key in the list does the same.</source>
            <translation>Inauliza kwanza. Kitufe cha Delete kwenye orodha hufanya vivyo hivyo.</translation>
        </message>
        <message>
            <source>Planned shifts</source>
            <translation>Zamu zilizopangwa</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Siku</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Muda</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Mfanyakazi</translation>
        </message>
        <message>
            <source>Planned by</source>
            <translation>Aliyepanga</translation>
        </message>
        <message>
            <source>not planned</source>
            <translation>haijapangwa</translation>
        </message>
        <message>
            <source>Clocked in: {0} · On a break: {1} · Not clocked in: {2} · Late: {3}</source>
            <translation>Kazini: {0} · Mapumzikoni: {1} · Hawajaingia kazini: {2} · Wamechelewa: {3}</translation>
        </message>
        <message>
            <source>Nobody is planned or clocked in right now.</source>
            <translation>Hakuna aliyepangiwa zamu wala aliyeingia kazini sasa hivi.</translation>
        </message>
        <message>
            <source>As of {0}</source>
            <translation>Kufikia saa {0}</translation>
        </message>
        <message>
            <source>On a break</source>
            <translation>Mapumzikoni</translation>
        </message>
        <message>
            <source>On a break, no shift planned now</source>
            <translation>Mapumzikoni, hakuna zamu iliyopangwa sasa</translation>
        </message>
        <message>
            <source>Clocked in, screen locked: stepped away (time paused)</source>
            <translation>Kazini, skrini imefungwa: ameondoka kwa muda (muda umesitishwa)</translation>
        </message>
        <message>
            <source>Clocked in since {0}</source>
            <translation>Kazini tangu {0}</translation>
        </message>
        <message>
            <source>Clocked in</source>
            <translation>Kazini</translation>
        </message>
        <message>
            <source>Clocked in since {0}, no shift planned now</source>
            <translation>Kazini tangu {0}, hakuna zamu iliyopangwa sasa</translation>
        </message>
        <message>
            <source>Clocked in, no shift planned now</source>
            <translation>Kazini, hakuna zamu iliyopangwa sasa</translation>
        </message>
        <message>
            <source>Not clocked in yet: {0} late</source>
            <translation>Bado hajaingia kazini: amechelewa {0}</translation>
        </message>
        <message>
            <source>Not clocked in yet</source>
            <translation>Bado hajaingia kazini</translation>
        </message>
        <message>
            <source>d MMMM yyyy</source>
            <translation>d MMMM yyyy</translation>
        </message>
        <message>
            <source>Week of {0} (this week)</source>
            <translation>Wiki ya {0} (wiki hii)</translation>
        </message>
        <message>
            <source>Week of {0}</source>
            <translation>Wiki ya {0}</translation>
        </message>
        <message>
            <source>ddd d MMM</source>
            <translation>ddd d MMM</translation>
        </message>
        <message>
            <source>Shifts this week: {0}. Those already over are in grey.</source>
            <translation>Zamu za wiki hii: {0}. Zilizokwisha ziko kwa kijivu.</translation>
        </message>
        <message>
            <source>No shifts are planned this week.</source>
            <translation>Hakuna zamu zilizopangwa wiki hii.</translation>
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
            <translation>dak. {0}</translation>
        </message>
        <message>
            <source>{0} h {1} min</source>
            <translation>saa {0} dak. {1}</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>msimamizi</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>msimamizi mkuu</translation>
        </message>
        <message>
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <source>Nobody is logged in. Log in again to plan shifts.</source>
            <translation>Hakuna aliyeingia. Ingia tena ili kupanga zamu.</translation>
        </message>
        <message>
            <source>A shift ends after it starts, at most 16 hours later, at a named seat. Change the times or the seat.</source>
            <translation>Zamu inaisha baada ya kuanza, si zaidi ya saa 16 baadaye, kwenye kompyuta yenye jina. Badilisha saa au kompyuta.</translation>
        </message>
        <message>
            <source>Planned: {0}, {1} {2}, seat {3}.</source>
            <translation>Imepangwa: {0}, {1} {2}, kompyuta {3}.</translation>
        </message>
        <message>
            <source>dddd d MMMM</source>
            <translation>dddd d MMMM</translation>
        </message>
        <message>
            <source>Cancel {0}'s shift on {1}, {2}, at seat {3}?</source>
            <translation>Ghairi zamu ya {0} ({1}, {2}) kwenye kompyuta {3}?</translation>
        </message>
        <message>
            <source>That shift is no longer in the plan.</source>
            <translation>Zamu hiyo haimo tena kwenye mpango.</translation>
        </message>
        <message>
            <source>Cancelled: {0}'s shift, {1}.</source>
            <translation>Imeghairiwa: zamu ya {0}, {1}.</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message numerus="yes">
            <source>Sent %n item(s).</source>
            <translation type="unfinished">
                <numerusform>Kitu %n kimetumwa.</numerusform>
                <numerusform>Vitu %n vimetumwa.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) arrived after another workstation had answered the same task: the hub keeps them beside that result, which stands.</source>
            <translation type="unfinished">
                <numerusform>Tokeo %n lilifika baada ya kompyuta nyingine kujibu kazi hiyo hiyo: seva kuu inalihifadhi kando ya tokeo hilo, ambalo linabaki halali.</numerusform>
                <numerusform>Matokeo %n yalifika baada ya kompyuta nyingine kujibu kazi hiyo hiyo: seva kuu inayahifadhi kando ya tokeo hilo, ambalo linabaki halali.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Received %n new batch(es).</source>
            <translation type="unfinished">
                <numerusform>Fungu %n jipya limepokelewa.</numerusform>
                <numerusform>Mafungu %n mapya yamepokelewa.</numerusform>
            </translation>
        </message>
        <message>
            <source>The lab's list of people came from the hub ({added} added, {updated} updated, {disabled} switched off).</source>
            <translation type="unfinished">Orodha ya watu wa maabara ilitoka kwenye seva kuu ({added} wameongezwa, {updated} wamesasishwa, {disabled} wamezimwa).</translation>
        </message>
        <message>
            <source>{name} stays partner admin here: the hub's list would leave this workstation without one (the hub should list another admin first).</source>
            <translation type="unfinished">{name} anabaki msimamizi mkuu hapa: orodha ya seva kuu ingeiacha kompyuta hii bila msimamizi mkuu (seva kuu inapaswa kumweka msimamizi mkuu mwingine kwenye orodha kwanza).</translation>
        </message>
        <message>
            <source>The lab relay at {url} was not used ({why}): media came from the hub.</source>
            <translation type="unfinished">Relei ya maabara iliyo {url} haikutumika ({why}): media ilitoka kwa hub.</translation>
        </message>
        <message>
            <source>Nothing answered at the lab relay's address {old}; the relay answered at {new}, which is used from now on.</source>
            <translation type="unfinished">Hakuna kilichojibu kwenye anwani ya relay ya maabara {old}; relay ilijibu kwenye {new}, ambayo itatumika kuanzia sasa.</translation>
        </message>
        <message>
            <source>The hub cannot be reached: the lab relay keeps this workstation's {n} waiting item(s) for the next USB trip.</source>
            <translation type="unfinished">Hub haipatikani: relay ya maabara inahifadhi vipengee {n} vinavyosubiri vya kompyuta hii kwa safari ijayo ya USB.</translation>
        </message>
        <message>
            <source>The lab file on the relay was not used: {why}</source>
            <translation type="unfinished">Faili la maabara kwenye relay halikutumika: {why}</translation>
        </message>
        <message>
            <source>The lab file on the relay brought {n} new batch(es); {items} item(s) answered by the hub left the outbox.</source>
            <translation type="unfinished">Faili la maabara kwenye relay limeleta makundi mapya {n}; vipengee {items} vilivyojibiwa na hub vimetoka kwenye sanduku la kutuma.</translation>
        </message>
        <message>
            <source>No new batches were asked for: the media of the work not yet done fills the prefetch budget.</source>
            <translation type="unfinished">Hakuna mafungu mapya yaliyoombwa: midia ya kazi ambazo bado hazijafanywa imejaza kiasi cha midia ya kupakua mapema.</translation>
        </message>
        <message numerus="yes">
            <source>Today's data budget is used ({used} of {limit} MB): %n item(s) wait until tomorrow, and no new work is asked for.</source>
            <translation type="unfinished">
                <numerusform>Bajeti ya data ya leo imetumika ({used} kati ya {limit} MB): kipengee %n kinasubiri hadi kesho, na hakuna kazi mpya inayoombwa.</numerusform>
                <numerusform>Bajeti ya data ya leo imetumika ({used} kati ya {limit} MB): vipengee %n vinasubiri hadi kesho, na hakuna kazi mpya inayoombwa.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This month's data budget is used ({used} of {limit} MB): %n item(s) wait until next month, and no new work is asked for.</source>
            <translation type="unfinished">
                <numerusform>Bajeti ya data ya mwezi huu imetumika ({used} kati ya {limit} MB): kipengee %n kinasubiri hadi mwezi ujao, na hakuna kazi mpya inayoombwa.</numerusform>
                <numerusform>Bajeti ya data ya mwezi huu imetumika ({used} kati ya {limit} MB): vipengee %n vinasubiri hadi mwezi ujao, na hakuna kazi mpya inayoombwa.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The lab's data budget for today is used ({used} of {limit} MB, counted by the lab relay): %n item(s) wait until tomorrow, and no new work is asked for.</source>
            <translation type="unfinished">
                <numerusform>Bajeti ya data ya maabara ya leo imekwisha ({used} kati ya {limit} MB, kwa hesabu ya relay): kipengee %n kinasubiri hadi kesho, na hakuna kazi mpya inayoombwa.</numerusform>
                <numerusform>Bajeti ya data ya maabara ya leo imekwisha ({used} kati ya {limit} MB, kwa hesabu ya relay): vipengee %n vinasubiri hadi kesho, na hakuna kazi mpya inayoombwa.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The lab's data budget for this month is used ({used} of {limit} MB, counted by the lab relay): %n item(s) wait until next month, and no new work is asked for.</source>
            <translation type="unfinished">
                <numerusform>Bajeti ya data ya maabara ya mwezi huu imekwisha ({used} kati ya {limit} MB, kwa hesabu ya relay): kipengee %n kinasubiri hadi mwezi ujao, na hakuna kazi mpya inayoombwa.</numerusform>
                <numerusform>Bajeti ya data ya maabara ya mwezi huu imekwisha ({used} kati ya {limit} MB, kwa hesabu ya relay): vipengee %n vinasubiri hadi mwezi ujao, na hakuna kazi mpya inayoombwa.</numerusform>
            </translation>
        </message>
        <message>
            <source>No new work was asked for: today's data budget has too little left.</source>
            <translation type="unfinished">Hakuna kazi mpya iliyoombwa: bajeti ya data ya leo imebaki kidogo mno.</translation>
        </message>
        <message>
            <source>No new work was asked for: this month's data budget has too little left.</source>
            <translation type="unfinished">Hakuna kazi mpya iliyoombwa: bajeti ya data ya mwezi huu imebaki kidogo mno.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) reached the hub before that.</source>
            <translation type="unfinished">
                <numerusform>Kitu %n kilifika kwenye seva kuu kabla ya hapo.</numerusform>
                <numerusform>Vitu %n vilifika kwenye seva kuu kabla ya hapo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new batch(es) arrived before that.</source>
            <translation type="unfinished">
                <numerusform>Fungu %n jipya lilifika kabla ya hapo.</numerusform>
                <numerusform>Mafungu %n mapya yalifika kabla ya hapo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n batch(es) from the hub were not taken: {which}.</source>
            <translation type="unfinished">
                <numerusform>Fungu %n kutoka seva kuu halikupokelewa: {which}.</numerusform>
                <numerusform>Mafungu %n kutoka seva kuu hayakupokelewa: {which}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n batch(es) from the hub were not taken: {which}; and {more} more.</source>
            <translation type="unfinished">
                <numerusform>Fungu %n kutoka seva kuu halikupokelewa: {which}; na mengine {more}.</numerusform>
                <numerusform>Mafungu %n kutoka seva kuu hayakupokelewa: {which}; na mengine {more}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync was cancelled; what was sent is kept by the hub.</source>
            <translation type="unfinished">Usawazishaji ulighairiwa; kilichotumwa tayari kimehifadhiwa na seva kuu.</translation>
        </message>
        <message numerus="yes">
            <source>Sent {done} of %n.</source>
            <translation type="unfinished">
                <numerusform>Imetuma {done} kati ya %n.</numerusform>
                <numerusform>Imetuma {done} kati ya %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>Batch {batch} from the hub was {reason}</source>
            <translation type="unfinished">Fungu {batch} kutoka seva kuu: {reason}</translation>
        </message>
        <message>
            <source>{problem} Trying again in {seconds} s.</source>
            <translation type="unfinished">{problem} Inajaribu tena baada ya sekunde {seconds}.</translation>
        </message>
    </context>
    <context>
        <name>TaggingView</name>
        <message>
            <source>Boxes drawn</source>
            <translation type="unfinished">Visanduku vilivyochorwa</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Lebo</translation>
        </message>
        <message>
            <source>Key {0}</source>
            <translation>Kitufe {0}</translation>
        </message>
        <message>
            <source>Label of the box</source>
            <translation type="unfinished">Lebo ya kisanduku</translation>
        </message>
        <message>
            <source>Choose one label</source>
            <translation>Chagua lebo moja</translation>
        </message>
        <message>
            <source>Choose all labels that apply</source>
            <translation>Chagua lebo zote zinazohusika</translation>
        </message>
        <message>
            <source>the image is {0}×{1} pixels, but the task says {2}×{3}</source>
            <translation type="unfinished">picha ina pikseli {0}×{1}, lakini kazi inasema {2}×{3}</translation>
        </message>
        <message>
            <source>{0}. {1}: {2}×{3} at {4}, {5}</source>
            <translation type="unfinished">{0}. {1}: {2}×{3} kwenye {4}, {5}</translation>
        </message>
        <message>
            <source>B start/end a box · arrows move (Shift faster) · Alt+arrows resize · Tab next box · 1…9 label · Delete remove · Ctrl+Plus/Minus zoom</source>
            <translation type="unfinished">B anza/maliza kisanduku · mishale kusogeza (Shift kwa kasi) · Alt+mishale kubadili ukubwa · Tab kisanduku kinachofuata · 1…9 lebo · Delete kuondoa · Ctrl+Plus/Minus kukuza</translation>
        </message>
        <message>
            <source>1…9 choose labels · Ctrl+Plus/Minus zoom · Ctrl+0 fit · arrows pan</source>
            <translation>1…9 chagua lebo · Ctrl+Plus/Minus kukuza · Ctrl+0 tosheleza · mishale kusogeza</translation>
        </message>
    </context>
    <context>
        <name>TaskState</name>
        <message>
            <source>done</source>
            <translation type="unfinished">imekamilika</translation>
        </message>
        <message>
            <source>gone</source>
            <translation type="unfinished">imeondolewa</translation>
        </message>
        <message>
            <source>held</source>
            <translation type="unfinished">imeshikwa na mwingine</translation>
        </message>
        <message>
            <source>closed</source>
            <translation type="unfinished">imefungwa</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation type="unfinished">imerukwa</translation>
        </message>
        <message>
            <source>flagged</source>
            <translation type="unfinished">imeripotiwa</translation>
        </message>
        <message>
            <source>new</source>
            <translation type="unfinished">mpya</translation>
        </message>
    </context>
    <context>
        <name>TeamScreen</name>
        <message>
            <source>Partner admin</source>
            <translation>Msimamizi mkuu</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Msimamizi</translation>
        </message>
        <message>
            <source>Team — {0} ({1})</source>
            <translation>Timu — {0} ({1})</translation>
        </message>
        <message>
            <source>Tasks ({0})</source>
            <translation>Kazi ({0})</translation>
        </message>
        <message>
            <source>Go to the task screen</source>
            <translation>Nenda kwenye skrini ya kazi</translation>
        </message>
        <message>
            <source>Do tasks yourself, with your timesheet. {0} comes back here.</source>
            <translation>Fanya kazi wewe mwenyewe, pamoja na rejista yako ya saa. {0} hukurudisha hapa.</translation>
        </message>
        <message>
            <source>Lock (Ctrl+L)</source>
            <translation>Funga skrini (Ctrl+L)</translation>
        </message>
        <message>
            <source>Lock the screen</source>
            <translation>Funga skrini</translation>
        </message>
        <message>
            <source>Lock the screen for the next person. Your PIN opens it again.</source>
            <translation>Funga skrini kwa ajili ya mtu anayefuata. PIN yako inaifungua tena.</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Timu</translation>
        </message>
        <message>
            <source>On shift (Ctrl+1)</source>
            <translation>Walio zamuni (Ctrl+1)</translation>
        </message>
        <message>
            <source>Hours (Ctrl+2)</source>
            <translation>Saa (Ctrl+2)</translation>
        </message>
        <message>
            <source>Training (Ctrl+3)</source>
            <translation>Mafunzo (Ctrl+3)</translation>
        </message>
        <message>
            <source>Review (Ctrl+4)</source>
            <translation>Ukaguzi (Ctrl+4)</translation>
        </message>
        <message>
            <source>Users (Ctrl+5)</source>
            <translation>Watumiaji (Ctrl+5)</translation>
        </message>
    </context>
    <context>
        <name>TimesheetBar</name>
        <message>
            <source>Time</source>
            <translation>Muda</translation>
        </message>
        <message>
            <source>Today's hours</source>
            <translation>Saa za leo</translation>
        </message>
        <message>
            <source>Clock out ({0})</source>
            <translation>Toka kazini ({0})</translation>
        </message>
        <message>
            <source>Clock in ({0})</source>
            <translation>Ingia kazini ({0})</translation>
        </message>
        <message>
            <source>End break ({0})</source>
            <translation>Maliza mapumziko ({0})</translation>
        </message>
        <message>
            <source>Start break ({0})</source>
            <translation>Anza mapumziko ({0})</translation>
        </message>
        <message>
            <source>My week ({0})</source>
            <translation>Wiki yangu ({0})</translation>
        </message>
        <message>
            <source>The computer restarted, which ended your shift: your time is not being counted. Clock in again.</source>
            <translation>Kompyuta ilianza upya, na hilo likamaliza zamu yako: muda wako hauhesabiwi. Ingia kazini tena.</translation>
        </message>
        <message>
            <source>You are not clocked in: your time is not being counted.</source>
            <translation>Hujaingia kazini: muda wako hauhesabiwi.</translation>
        </message>
        <message>
            <source>On a break: your time is not being counted until you end the break.</source>
            <translation>Uko mapumzikoni: muda wako hauhesabiwi hadi umalize mapumziko.</translation>
        </message>
        <message>
            <source>Time paused while the screen was locked. It counts again when you work.</source>
            <translation>Muda ulisitishwa wakati skrini ilipofungwa. Unahesabiwa tena ukifanya kazi.</translation>
        </message>
        <message>
            <source>Time paused: there was no input for a while. It counts again when you work.</source>
            <translation>Muda umesitishwa: hakukuwa na kitendo kwa muda. Unahesabiwa tena ukifanya kazi.</translation>
        </message>
        <message>
            <source>Clocked in since {0}: your time is being counted.</source>
            <translation>Kazini tangu {0}: muda wako unahesabiwa.</translation>
        </message>
        <message>
            <source>Today: {0} clocked · {1} active</source>
            <translation>Leo: {0} kazini · {1} amilifu</translation>
        </message>
        <message>
            <source>{0} min</source>
            <translation>dak. {0}</translation>
        </message>
        <message>
            <source>{0} h {1} min</source>
            <translation>saa {0} dak. {1}</translation>
        </message>
    </context>
    <context>
        <name>TrainingPanel</name>
        <message>
            <source>Training of each worker</source>
            <translation>Mafunzo ya kila mfanyakazi</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Mfanyakazi</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Mradi</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Mafunzo</translation>
        </message>
        <message>
            <source>Best score</source>
            <translation>Alama bora</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Majaribio</translation>
        </message>
        <message>
            <source>&amp;Give another attempt</source>
            <translation>&amp;Toa jaribio jingine</translation>
        </message>
        <message>
            <source>Give the selected worker another attempt at the training</source>
            <translation>Mpe mfanyakazi aliyechaguliwa jaribio jingine la mafunzo</translation>
        </message>
        <message>
            <source>For a worker who has used her attempts: she does the project's training set again, and its tasks open when she passes.</source>
            <translation>Kwa mfanyakazi aliyemaliza majaribio yake: anafanya tena mafunzo ya mradi, na kazi zake hufunguka akifaulu.</translation>
        </message>
        <message>
            <source>No project here has a training set.</source>
            <translation>Hakuna mradi hapa wenye mafunzo.</translation>
        </message>
        <message numerus="yes">
            <source>%n worker(s) have used their attempts without passing: their project's tasks stay closed to them until you give another attempt.</source>
            <translation type="unfinished">
                <numerusform>Mfanyakazi %n amemaliza majaribio yake bila kufaulu: kazi za mradi wake zinabaki zimefungwa kwake hadi umpe jaribio jingine.</numerusform>
                <numerusform>Wafanyakazi %n wamemaliza majaribio yao bila kufaulu: kazi za mradi wao zinabaki zimefungwa kwao hadi uwape jaribio jingine.</numerusform>
            </translation>
        </message>
        <message>
            <source>Each worker does a project's training set before its tasks open to her.</source>
            <translation>Kila mfanyakazi anafanya mafunzo ya mradi kabla kazi zake hazijafunguliwa kwake.</translation>
        </message>
        <message>
            <source>Each worker does a project's training tasks once, before its other tasks; no project here asks for a pass mark.</source>
            <translation>Kila mfanyakazi anafanya kazi za mafunzo za mradi mara moja, kabla ya kazi zake nyingine; hakuna mradi hapa unaohitaji alama ya kufaulu.</translation>
        </message>
        <message>
            <source>{0} (pass mark {1}%)</source>
            <translation>{0} (alama ya kufaulu {1}%)</translation>
        </message>
        <message>
            <source>{0} of {1}</source>
            <translation>{0} kati ya {1}</translation>
        </message>
        <message>
            <source>Passed on another workstation: the tasks are open</source>
            <translation>Amefaulu kwenye kompyuta nyingine: kazi zimefunguliwa</translation>
        </message>
        <message>
            <source>Passed: the tasks are open</source>
            <translation>Amefaulu: kazi zimefunguliwa</translation>
        </message>
        <message>
            <source>Not passed, no attempts left: the tasks are closed</source>
            <translation>Hajafaulu, hana majaribio yaliyobaki: kazi zimefungwa</translation>
        </message>
        <message>
            <source>Done (the project does not require a pass)</source>
            <translation>Amemaliza (mradi hauhitaji kufaulu)</translation>
        </message>
        <message>
            <source>Training: {0} of {1} done</source>
            <translation>Mafunzo: {0} kati ya {1} yamefanywa</translation>
        </message>
        <message>
            <source>{0} may try the training of {1} again.</source>
            <translation>{0} anaweza kujaribu tena mafunzo ya {1}.</translation>
        </message>
        <message>
            <source>{0} worker(s) have used their attempts without passing: their project's tasks stay closed to them until you give another attempt.</source>
            <translation type="vanished">Wafanyakazi {0} wamemaliza majaribio yao bila kufaulu: kazi za mradi wao zinabaki zimefungwa kwao hadi uwape jaribio jingine.</translation>
        </message>
    </context>
    <context>
        <name>TranscriptionView</name>
        <message>
            <source>Transcript</source>
            <translation>Nakala</translation>
        </message>
        <message>
            <source>Type what you hear or read…</source>
            <translation>Andika unachosikia au kusoma…</translation>
        </message>
        <message>
            <source>&amp;Transcript</source>
            <translation>&amp;Nakala</translation>
        </message>
        <message>
            <source>Type what you hear…</source>
            <translation>Andika unachosikia…</translation>
        </message>
        <message>
            <source>Type what you read…</source>
            <translation>Andika unachosoma…</translation>
        </message>
        <message>
            <source>Insert {0}</source>
            <translation>Weka {0}</translation>
        </message>
        <message>
            <source>Esc play/pause · F2/F3 back/forward · F7/F8 speed · F9 loop · Ctrl+J time stamp · Alt+1…9 tokens</source>
            <translation>Esc cheza/sitisha · F2/F3 nyuma/mbele · F7/F8 kasi · F9 rudia · Ctrl+J muhuri wa muda · Alt+1…9 alama maalum</translation>
        </message>
        <message>
            <source>Ctrl+Plus/Minus zoom · Ctrl+0 fit · Tab to the scan, arrows pan, Shift+Tab back · Alt+1…9 tokens</source>
            <translation>Ctrl+Plus/Minus kukuza · Ctrl+0 tosheleza · Tab kwenda kwenye picha, mishale kusogeza, Shift+Tab kurudi · Alt+1…9 alama maalum</translation>
        </message>
        <message>
            <source>{0} / {1} characters</source>
            <translation>Herufi {0} / {1}</translation>
        </message>
    </context>
    <context>
        <name>TranslationView</name>
        <message>
            <source>Source text</source>
            <translation type="unfinished">Maandishi ya chanzo</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation type="unfinished">Tafsiri</translation>
        </message>
        <message>
            <source>Type the translation…</source>
            <translation type="unfinished">Andika tafsiri…</translation>
        </message>
        <message>
            <source>Copy source</source>
            <translation type="unfinished">Nakili chanzo</translation>
        </message>
        <message>
            <source>Copy the source into the translation</source>
            <translation type="unfinished">Nakili chanzo kwenye tafsiri</translation>
        </message>
        <message>
            <source>Previous segment</source>
            <translation type="unfinished">Kipande kilichotangulia</translation>
        </message>
        <message>
            <source>Next segment</source>
            <translation type="unfinished">Kipande kinachofuata</translation>
        </message>
        <message>
            <source>&amp;Translation</source>
            <translation type="unfinished">&amp;Tafsiri</translation>
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished">Chanzo</translation>
        </message>
        <message>
            <source>Segment {0} of {1}</source>
            <translation type="unfinished">Kipande {0} kati ya {1}</translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) not translated yet</source>
            <translation type="unfinished">
                <numerusform>Kipande %n bado hakijatafsiriwa</numerusform>
                <numerusform>Vipande %n bado havijatafsiriwa</numerusform>
            </translation>
        </message>
        <message>
            <source>Previous: {0} → {1}</source>
            <translation type="unfinished">Kilichotangulia: {0} → {1}</translation>
        </message>
        <message>
            <source>Next: {0} → {1}</source>
            <translation type="unfinished">Kinachofuata: {0} → {1}</translation>
        </message>
        <message>
            <source>Insert {0}</source>
            <translation type="unfinished">Weka {0}</translation>
        </message>
        <message>
            <source>Alt+Down/Up next/previous segment · Alt+Page Down next untranslated · Ctrl+Shift+C copy source · Alt+1…9 insert terms</source>
            <translation type="unfinished">Alt+Down/Up kipande kinachofuata/kilichotangulia · Alt+Page Down kinachofuata ambacho hakijatafsiriwa · Ctrl+Shift+C nakili chanzo · Alt+1…9 weka istilahi</translation>
        </message>
        <message>
            <source>{0} / {1} characters</source>
            <translation type="unfinished">Herufi {0} / {1}</translation>
        </message>
        <message>
            <source>Alt+Down/Up next/previous segment · Ctrl+Shift+C copy source · Alt+1…9 insert terms</source>
            <translation type="vanished">Alt+Down/Up kipande kinachofuata/kilichotangulia · Ctrl+Shift+C nakili chanzo · Alt+1…9 weka istilahi</translation>
        </message>
    </context>
    <context>
        <name>UserDialogs</name>
        <message>
            <source>Message</source>
            <translation>Ujumbe</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ghairi</translation>
        </message>
    </context>
    <context>
        <name>UsersPanel</name>
        <message>
            <source>Where the user list comes from</source>
            <translation>Orodha ya watumiaji inatoka wapi</translation>
        </message>
        <message>
            <source>Names, roles and labs of users from the hub are kept at the hub: the organisation's admin changes them there (labhub add-user …), and they arrive here with the next sync. This screen does not change roles.</source>
            <translation>Majina, vyeo na maabara za watumiaji kutoka seva kuu huhifadhiwa kwenye seva kuu: msimamizi mkuu wa shirika huyabadilisha huko (labhub add-user …), na hufika hapa kwa usawazishaji unaofuata. Skrini hii haibadilishi vyeo.</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Watumiaji</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Jina</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Cheo</translation>
        </message>
        <message>
            <source>Lab</source>
            <translation>Maabara</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Ameongezwa</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Hali</translation>
        </message>
        <message>
            <source>About the selected user</source>
            <translation>Kuhusu mtumiaji aliyechaguliwa</translation>
        </message>
        <message>
            <source>&amp;Add user…</source>
            <translation>&amp;Ongeza mtumiaji…</translation>
        </message>
        <message>
            <source>Add user</source>
            <translation>Ongeza mtumiaji</translation>
        </message>
        <message>
            <source>Set &amp;PIN…</source>
            <translation>Weka &amp;PIN…</translation>
        </message>
        <message>
            <source>Set PIN</source>
            <translation>Weka PIN</translation>
        </message>
        <message>
            <source>S&amp;witch off…</source>
            <translation>&amp;Zima…</translation>
        </message>
        <message>
            <source>Switch off</source>
            <translation>Zima</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Fungua</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Fungua</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Ujumbe</translation>
        </message>
        <message>
            <source>The hub has not sent a user list yet: users added here are marked 'awaiting the hub' until it confirms them.</source>
            <translation>Seva kuu bado haijatuma orodha ya watumiaji: watumiaji walioongezwa hapa wanaonyeshwa 'wanasubiri seva kuu' hadi iwathibitishe.</translation>
        </message>
        <message>
            <source>The user list came from the hub on {0}, more than {1} days ago: someone switched off at the hub can still log in here until the next sync. Sync soon.</source>
            <translation>Orodha ya watumiaji ilitoka kwenye seva kuu tarehe {0}, zaidi ya siku {1} zilizopita: aliyezimwa kwenye seva kuu bado anaweza kuingia hapa hadi usawazishaji unaofuata. Sawazisha hivi karibuni.</translation>
        </message>
        <message>
            <source>The user list came from the hub on {0}.</source>
            <translation>Orodha ya watumiaji ilitoka kwenye seva kuu tarehe {0}.</translation>
        </message>
        <message>
            <source>{0} (you)</source>
            <translation>{0} (wewe)</translation>
        </message>
        <message>
            <source>By the hub</source>
            <translation>Na seva kuu</translation>
        </message>
        <message>
            <source>Here, confirmed by the hub</source>
            <translation>Hapa, amethibitishwa na seva kuu</translation>
        </message>
        <message>
            <source>Here</source>
            <translation>Hapa</translation>
        </message>
        <message>
            <source>Switched off</source>
            <translation>Amezimwa</translation>
        </message>
        <message>
            <source>Locked for {0} s</source>
            <translation>Amefungiwa sek. {0}</translation>
        </message>
        <message>
            <source>No PIN yet</source>
            <translation>Hana PIN bado</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Amewashwa</translation>
        </message>
        <message>
            <source>Awaiting the hub</source>
            <translation>Anasubiri seva kuu</translation>
        </message>
        <message>
            <source>S&amp;witch on</source>
            <translation>&amp;Washa</translation>
        </message>
        <message>
            <source>Switch on</source>
            <translation>Washa</translation>
        </message>
        <message>
            <source>You cannot switch off your own account. Another partner admin can.</source>
            <translation>Huwezi kuzima akaunti yako mwenyewe. Msimamizi mkuu mwingine anaweza.</translation>
        </message>
        <message>
            <source>This is you. You cannot switch off your own account; another partner admin can.</source>
            <translation>Huyu ni wewe. Huwezi kuzima akaunti yako mwenyewe; msimamizi mkuu mwingine anaweza.</translation>
        </message>
        <message>
            <source>{0} is switched off: they cannot log in here. Their recorded time and work stay.</source>
            <translation>{0} amezimwa: hawezi kuingia hapa. Muda na kazi zake zilizorekodiwa zinabaki.</translation>
        </message>
        <message>
            <source>{0} typed a wrong PIN {1} times in a row and can try again in {2} seconds. Unlock lets them try now.</source>
            <translation>{0} aliandika PIN isiyo sahihi mara {1} mfululizo na anaweza kujaribu tena baada ya sekunde {2}. Kitufe cha Fungua kinamruhusu kujaribu sasa.</translation>
        </message>
        <message>
            <source>{0} has no PIN yet, so they cannot log in. Set one with Set PIN.</source>
            <translation>{0} bado hana PIN, kwa hiyo hawezi kuingia. Mwekee PIN kwa kitufe cha Weka PIN.</translation>
        </message>
        <message>
            <source>{0} was added here and can log in on this workstation. The hub confirms them when its user list names them.</source>
            <translation>{0} aliongezwa hapa na anaweza kuingia kwenye kompyuta hii. Seva kuu itamthibitisha orodha yake ya watumiaji itakapomtaja.</translation>
        </message>
        <message>
            <source>{0}'s name, role and lab come from the hub: change them there.</source>
            <translation>Jina, cheo na maabara ya {0} vinatoka kwenye seva kuu: vibadilishe huko.</translation>
        </message>
        <message>
            <source>{0} is added and can log in here with the PIN you chose. The hub confirms them at a sync.</source>
            <translation>{0} ameongezwa na anaweza kuingia hapa kwa PIN uliyochagua. Seva kuu itamthibitisha wakati wa usawazishaji.</translation>
        </message>
        <message>
            <source>{0} comes from the hub: if the hub sends a PIN for them, it replaces this one at a sync.</source>
            <translation>{0} anatoka kwenye seva kuu: seva kuu ikituma PIN yake, itachukua nafasi ya hii wakati wa usawazishaji.</translation>
        </message>
        <message>
            <source>{0}'s new PIN is set: they can log in with it now.</source>
            <translation>PIN mpya ya {0} imewekwa: anaweza kuingia nayo sasa.</translation>
        </message>
        <message>
            <source>{0} is switched on and can log in again.</source>
            <translation>{0} amewashwa na anaweza kuingia tena.</translation>
        </message>
        <message>
            <source>Switch off {0}?</source>
            <translation>Zima {0}?</translation>
        </message>
        <message>
            <source>{0} cannot log in here until you switch them on again, and is logged out now if they are logged in. Their recorded time and work stay.</source>
            <translation>{0} hataweza kuingia hapa hadi umwashe tena, na atatolewa sasa kama ameingia. Muda na kazi zake zilizorekodiwa zinabaki.</translation>
        </message>
        <message>
            <source>The hub's next user list may switch them on again: to switch them off for good, switch them off at the hub.</source>
            <translation>Orodha ijayo ya watumiaji kutoka seva kuu inaweza kumwasha tena: ili kumzima kabisa, mzime kwenye seva kuu.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ghairi</translation>
        </message>
        <message>
            <source>{0} is switched off.</source>
            <translation>{0} amezimwa.</translation>
        </message>
        <message>
            <source>{0} is unlocked and can try their PIN again now.</source>
            <translation>{0} amefunguliwa na anaweza kujaribu PIN yake tena sasa.</translation>
        </message>
        <message>
            <source>You are no longer logged in.</source>
            <translation>Kipindi chako kimeisha.</translation>
        </message>
    </context>
    <context>
        <name>VideoScreen</name>
        <message>
            <source>Video</source>
            <extracomment>The largest picture shown: 4K UHD. A larger frame (a hostile or broken file) is not converted (its image alone would take a gigabyte at 16k x 16k); ``too_large`` says so instead.</extracomment>
            <translation type="unfinished">Video</translation>
        </message>
        <message>
            <source>Click to play or pause</source>
            <translation type="unfinished">Bofya ili kucheza au kusitisha</translation>
        </message>
    </context>
    <context>
        <name>Waveform</name>
        <message>
            <source>Waveform of the clip</source>
            <translation>Mawimbi ya sauti ya kipande</translation>
        </message>
        <message>
            <source>Click to play from there</source>
            <translation>Bofya ili kucheza kuanzia hapo</translation>
        </message>
    </context>
    <context>
        <name>WorkScreen</name>
        <message>
            <source>Progress</source>
            <translation>Maendeleo</translation>
        </message>
        <message>
            <source>Project to work on</source>
            <translation>Mradi wa kufanyia kazi</translation>
        </message>
        <message>
            <source>Work on (Ctrl+P):</source>
            <translation>Mradi (Ctrl+P):</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Ujumbe</translation>
        </message>
        <message>
            <source>Instructions</source>
            <translation>Maelekezo</translation>
        </message>
        <message>
            <source>Instructions (F1)</source>
            <translation>Maelekezo (F1)</translation>
        </message>
        <message>
            <source>Flag as broken (Ctrl+Shift+B)</source>
            <translation>Ripoti hitilafu (Ctrl+Shift+B)</translation>
        </message>
        <message>
            <source>Skip (Ctrl+Shift+S)</source>
            <translation>Ruka (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>Submit (Ctrl+Enter)</source>
            <translation>Wasilisha (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Undo last answer (Ctrl+Shift+Backspace)</source>
            <translation>Tendua jibu la mwisho (Ctrl+Shift+Backspace)</translation>
        </message>
        <message>
            <source>Team (F4)</source>
            <translation>Timu (F4)</translation>
        </message>
        <message>
            <source>Go to the Team screen</source>
            <translation>Nenda kwenye skrini ya Timu</translation>
        </message>
        <message>
            <source>Import a batch from a file… (Ctrl+I)</source>
            <translation>Leta fungu kutoka kwenye faili… (Ctrl+I)</translation>
        </message>
        <message>
            <source>Import a batch from a file</source>
            <translation>Leta fungu kutoka kwenye faili</translation>
        </message>
        <message>
            <source>Worker: {0}</source>
            <translation>Mfanyakazi: {0}</translation>
        </message>
        <message>
            <source>This project has no instructions.</source>
            <translation>Mradi huu hauna maelekezo.</translation>
        </message>
        <message>
            <source>transcription</source>
            <translation>unukuzi</translation>
        </message>
        <message>
            <source>tagging</source>
            <translation>kuweka lebo</translation>
        </message>
        <message>
            <source>data entry</source>
            <translation>kuingiza data</translation>
        </message>
        <message>
            <source>All projects</source>
            <translation>Miradi yote</translation>
        </message>
        <message>
            <source>No task to do</source>
            <translation>Hakuna kazi ya kufanya</translation>
        </message>
        <message>
            <source>There are no tasks left in this computer's cache. New work arrives when the workstation syncs with the hub; a lab admin can also import a batch from a USB stick.</source>
            <translation>Hakuna kazi zilizobaki kwenye kompyuta hii. Kazi mpya hufika kompyuta inaposawazisha na seva kuu; msimamizi mkuu wa maabara anaweza pia kuleta fungu kutoka kwenye USB.</translation>
        </message>
        <message>
            <source>{0}: {1} left</source>
            <translation>{0}: zimebaki {1}</translation>
        </message>
        <message>
            <source>Lock (Ctrl+L)</source>
            <translation>Funga skrini (Ctrl+L)</translation>
        </message>
        <message>
            <source>Lock the screen</source>
            <translation>Funga skrini</translation>
        </message>
        <message>
            <source>Lock the screen for the next person. Your PIN opens it again, with your work as you left it.</source>
            <translation>Funga skrini kwa ajili ya mtu anayefuata. PIN yako inaifungua tena, na kazi yako ikiwa kama ulivyoiacha.</translation>
        </message>
        <message>
            <source>translation</source>
            <translation type="unfinished">tafsiri</translation>
        </message>
        <message>
            <source>captioning</source>
            <translation type="unfinished">kuweka manukuu</translation>
        </message>
        <message>
            <source>    {0}, {1} only: {2} left</source>
            <translation>    {0}, {1} pekee: zimebaki {2}</translation>
        </message>
        <message>
            <source>Nothing is left for you in {0}. Choose other work (Ctrl+P), or all of it.</source>
            <translation>Hakuna kilichobaki kwako katika {0}. Chagua kazi nyingine (Ctrl+P), au zote.</translation>
        </message>
        <message>
            <source>The tasks of {0} open when you pass its training: your best score is {1}%, {2}% is needed, and your {3} attempts are used. Ask your supervisor to let you try again.</source>
            <translation>Kazi za {0} hufunguka ukifaulu mafunzo yake: alama yako bora ni {1}%, {2}% inahitajika, na majaribio yako {3} yametumika. Muulize msimamizi wako akuruhusu kujaribu tena.</translation>
        </message>
        <message>
            <source>The organisation has paused your work on {0}: {1} Ask your supervisor.</source>
            <translation>Shirika limesimamisha kazi yako kwenye {0}: {1} Muulize msimamizi wako.</translation>
        </message>
        <message>
            <source>Done today: {0} (and {1} skipped or flagged)   ·   Left in cache: {2}</source>
            <translation>Zilizofanywa leo: {0} (na {1} zilizorukwa au kuripotiwa)   ·   Zilizobaki hapa: {2}</translation>
        </message>
        <message>
            <source>Done today: {0}   ·   Left in cache: {1}</source>
            <translation>Zilizofanywa leo: {0}   ·   Zilizobaki hapa: {1}</translation>
        </message>
        <message>
            <source>Clock in?</source>
            <translation>Uingie kazini?</translation>
        </message>
        <message>
            <source>You are not clocked in, so the work you just did is not on the clock. Clock in now? (Next time: {0}, or the Clock in button.)</source>
            <translation>Hujaingia kazini, kwa hiyo kazi uliyofanya sasa hivi haiko kwenye muda wa kazini. Uingie kazini sasa? (Wakati ujao: {0}, au kitufe cha Ingia kazini.)</translation>
        </message>
        <message>
            <source>&amp;Clock in now</source>
            <translation>&amp;Ingia kazini sasa</translation>
        </message>
        <message>
            <source>Clock in now</source>
            <translation>Ingia kazini sasa</translation>
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation>&amp;Si sasa</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Si sasa</translation>
        </message>
        <message>
            <source>Your answer is saved, but its feedback cannot be shown: {0}</source>
            <translation>Jibu lako limehifadhiwa, lakini maoni yake hayawezi kuonyeshwa: {0}</translation>
        </message>
        <message>
            <source>Skip this task</source>
            <translation>Ruka kazi hii</translation>
        </message>
        <message>
            <source>Why are you skipping it?</source>
            <translation>Kwa nini unairuka?</translation>
        </message>
        <message>
            <source>Too hard to hear or read</source>
            <translation>Ni vigumu sana kusikia au kusoma</translation>
        </message>
        <message>
            <source>Not in a language I know</source>
            <translation>Si kwa lugha ninayoijua</translation>
        </message>
        <message>
            <source>I am not sure</source>
            <translation>Sina uhakika</translation>
        </message>
        <message>
            <source>Flag this task as broken</source>
            <translation>Ripoti kazi hii kuwa na hitilafu</translation>
        </message>
        <message>
            <source>What is wrong with it?</source>
            <translation>Ina tatizo gani?</translation>
        </message>
        <message>
            <source>The media does not play or show</source>
            <translation>Sauti, video au picha haichezi au haionekani</translation>
        </message>
        <message>
            <source>The instructions do not fit this task</source>
            <translation>Maelekezo hayafai kazi hii</translation>
        </message>
        <message>
            <source>The content is offensive or private</source>
            <translation>Maudhui ni ya kuudhi au ya faragha</translation>
        </message>
        <message>
            <source>Your last answer is taken back: change it and submit again.</source>
            <translation>Jibu lako la mwisho limetenduliwa: libadilishe na uliwasilishe tena.</translation>
        </message>
        <message>
            <source>This task's media cannot be shown or played ({0}). Press Ctrl+Shift+B to flag the task as broken, then go on.</source>
            <translation>Sauti, video au picha ya kazi hii haiwezi kuonyeshwa au kuchezwa ({0}). Bonyeza Ctrl+Shift+B ili kuripoti kazi hii kuwa na hitilafu, kisha uendelee.</translation>
        </message>
        <message>
            <source>Import a batch</source>
            <translation>Leta fungu</translation>
        </message>
        <message>
            <source>Batch bundles (*.zip)</source>
            <translation>Mafungu ya kazi (*.zip)</translation>
        </message>
        <message>
            <source>Importing {0}…</source>
            <translation>Inaleta {0}…</translation>
        </message>
        <message>
            <source>Batch {0} is already in the cache; nothing changed.</source>
            <translation>Fungu {0} tayari liko kwenye kompyuta; hakuna kilichobadilika.</translation>
        </message>
    </context>
    <context>
        <name>label</name>
        <message>
            <source>Problem</source>
            <translation>Tatizo</translation>
        </message>
    </context>
</TS>
