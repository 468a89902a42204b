<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is added on this workstation and can log in at once with this PIN. They show as awaiting the hub until the hub&apos;s user list confirms them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN ({0} to {1} characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN twice again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name of 1 to {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminDialog</name>
    <message>
        <source>Sync and hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the outbox to a USB stick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the outbox to a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &apos;labhub import-outbox&apos; where the hub can be reached; the items stay here until its receipt is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the hub&apos;s receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the hub&apos;s receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read new work from the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read new work from the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &apos;labhub export-lab&apos; wrote: new batches, the lab&apos;s people and the receipts, for when the line is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync automatically every (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only when asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media to fetch ahead (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New batches are fetched only while the media of the work not yet done stays below this. The first batch always comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data over the line a day, at most (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data over the line a month, at most (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no daily limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no monthly limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the syncs may carry over a metered line. Results and timesheets go first, then new work; a sync stops before the budget is passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab relay address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where &apos;labclient relay&apos; runs on this lab&apos;s network, as it says when it starts. Media files come from it first; nothing else goes to it. Empty: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: media comes from the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find on the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the lab relay on the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for the lab relay of this hub on the lab&apos;s network, and use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync auto&amp;matically every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media to &amp;fetch ahead, at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data over the line, at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab &amp;relay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language for everyone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results another workstation answered first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the hub said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol this workstation first: type the hub address and the enrolment code above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the outbox (the USB stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts (*.lcr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s file for this lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab files (*.lcl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read the hub&apos;s file: %n new batch(es).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) answered by the hub left the outbox.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) not taken, e.g. {0}: {1}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the hub&apos;s file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the outbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n item(s) to {0}. Take it to where the hub can be reached (labhub import-outbox), then read the receipt here; until then they stay on this computer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receipt read: %n item(s) answered by the hub left the outbox.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last sync did not take %n batch(es) the hub sent. Its line in the sync history says which and why.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refused by the hub ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered &amp;elsewhere first ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data budget used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the hub&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a partner admin who is logged in may change this. Close this screen and open it again with Ctrl+Shift+A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s data budget cannot be larger than the month&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media comes from the lab relay at {0} first, from the next sync on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media comes from the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a relay address: type it as &apos;labclient relay&apos; says it, for example http://192.168.1.10:8765. Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the lab relay on this network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lab relay of this hub answered on this network. Is &apos;labclient relay&apos; running there? Or type its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found the lab relay at {0}: media comes from it first, from the next sync on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lab relay(s) answered; the first, at {0}, is used. Type another&apos;s address to choose it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>today {0} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today {0} of {1} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this month {0} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this month {0} of {1} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used: {0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole lab, as the relay counted at the last sync: {0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>used up: %n item(s) and new work wait</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled for lab {0}. Sync now to fetch work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  ({1} sent, {2} received)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminLogin</name>
    <message>
        <source>Admin screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a partner admin may open the admin screen. Admin, log in here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the admin screen (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the admin screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a partner admin, so they cannot open the admin screen. Ask the partner admin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>LabClient cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <source>Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop the clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewind on resume, seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far playback steps back when you resume after a pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewind on resume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the player&apos;s keys (a foot pedal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip back {0} s ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip forward {0} s ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀◀ Back ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward ({0}) ▶▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the key (or the pedal) for each action. A foot pedal that presents itself as a keyboard works like any key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play and pause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip &amp;back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip &amp;forward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each action needs a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each action a key of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is taken: LabClient uses it, or it types text. Choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚ Pause ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Play ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound output: plug in the headset, or check that the sound is on. The clip plays, but you will not hear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed {0}× (F7/F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture is {0}×{1} pixels; the most LabClient shows is 3840×2160</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no picture: it is not a video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clip cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoxEditor</name>
    <message>
        <source>Arrows move the crosshair, B starts and ends a box, Tab selects the next box, digits set its label, Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom with Ctrl+Plus and Ctrl+Minus, fit with Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelQuestion</name>
    <message>
        <source>Cancel shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the shift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptioningView</name>
    <message>
        <source>Captions</source>
        <extracomment>How far the decoded clip&apos;s length may be from the task&apos;s ``duration_ms`` (the larger of the two applies) before the task is shown as broken: captions timed against the wrong length would be refused, or pass and run past the real end.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+Shift+N for a caption at the play position, then type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc play/pause · Ctrl+Shift+N new caption · Ctrl+[ / Ctrl+] start/end at the play position · Alt+arrows move start (Shift: end) · Alt+Up/Down captions · Ctrl+Shift+K split · Ctrl+Shift+M merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} – {1} · longest line {2}/{3} · {4} characters a second (most {5})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clip lasts {0}, but the task says {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct {0}&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the time of {0}. The change is kept with your name and the reason; nothing is erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clocked time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: forgot to clock out at 17:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clocked time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or take away {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the hours or minutes to add or take away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason for this correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That day now: {0} clocked, {1} active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataEntryView</name>
    <message>
        <source>Listing text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a web address: https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab next field · Alt+1…9 outcome · Ctrl+Plus/Minus zoom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>{0} min {1} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} d {1} h {2} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>The disk is full, so this could not be saved. Free some space on the disk that holds {folder}, then try again. Everything saved before is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LabClient cannot write to its data folder {folder}. Ask the lab admin to check that the folder is writable. Everything saved before is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {folder} is in use by another LabClient window. Close the other window, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database {path} is damaged ({detail}). LabClient has not changed it. Ask the lab admin to restore it from a backup or to re-enrol this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database {path} was written by a newer LabClient (schema {found}; this program knows up to {known}). Install the newer LabClient. The data has not been touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch was refused: {detail}. Nothing in the task cache changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task is already {state}; it cannot be changed. Go on to the next task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named {name} on this workstation. Pick your name from the list, or ask the partner admin to add you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right for {name}. Tries left before the account locks for a while: {tries_left}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is locked for {seconds} more seconds after too many wrong PINs. Wait, then try again; the partner admin can unlock it sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s account is switched off on this workstation. Ask the partner admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no PIN yet, so they cannot log in. Ask the partner admin to set one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN or password is {min} to {max} characters and not only spaces. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user named {name} here. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen is locked. {who} must enter their PIN to go on, or someone else can log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} ({role}) may not {action}. {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PINs on this workstation are protected by a key kept in this computer&apos;s keyring, which cannot be read now. Log in to this computer&apos;s account again (that unlocks the keyring), or ask the partner admin. No PIN was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync did not finish: {detail}. Everything is kept on this computer and goes next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub at {hub} cannot be reached ({detail}). Work goes on offline; everything is kept on this computer and goes at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub is busy or failing ({detail}). LabClient will try again later; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused this workstation&apos;s credential ({detail}). Sync has stopped. A partner admin must enrol this workstation again (Admin screen, or labclient enroll). No work is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from {hub} was not from a LabClient hub ({detail}). If this network has a login page (captive portal), open a browser and sign in, then sync again. Nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation is not enrolled with a hub yet. A partner admin enrols it with labclient enroll --hub URL, which asks for the code (or on the Admin screen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user list from the hub is older ({as_of}) than the one already here ({current}), so it was not applied. Nothing changed; the next sync brings the current list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timesheet record on this workstation has been tampered with or damaged ({detail}). It cannot be approved here; the hub keeps its own copy of everything synced. Tell the partner admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no secure credential store on this computer ({detail}), so the hub credential cannot be kept safely. On Windows this is the Credential Manager; on Linux start a Secret Service such as GNOME Keyring. Or, knowing that anyone with this computer account can then read it, choose --credential-store file (see docs/INSTALL.md). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab relay could not be looked for on this network ({detail}). Type its address instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user list from the hub is dated {as_of}, far ahead of the hub&apos;s clock ({now}), so it was not applied. Nothing changed. Ask the hub&apos;s admin to check the hub computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right for {name}. After {failures} wrong tries in a row, {name} is locked for {seconds} seconds; try again after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation already has a partner admin. Ask them to add you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s user list is in charge on this workstation, so no admin can be made here. Add the admin at the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} cannot switch off their own account. Another partner admin can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s account is switched off, so no shift can be planned for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already has a shift then ({start}–{end}). Change the times or the seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat {seat} is taken then by {name} ({start}–{end}). Change the times or the seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another worker has started this task and keeps it; their draft is not touched. Go on to the next task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tasks of {project} open when you pass its training. Ask your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation has paused your work on {project}: {why} Ask your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already clocked in (since {since}). Go on working, or clock out first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not clocked in: the computer restarted after the clock-in at {since}, which ended that shift. Clock in again; the supervisor can correct the time lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not clocked in. Clock in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is on a break. End the break first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not on a break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is still clocked in. Approve these days after they clock out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is one of the first anyone would try (like 0000, 1234 or 1212). Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisors and partner admins need a PIN or password of at least {min} characters on this workstation, so a copy of its database cannot be used to guess it. Choose a longer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has ended (logged out, or someone logged in again as this user). Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer restarted since this login. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s account changed since the login (now: {role}). Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} may not correct their own timesheet. Another supervisor or the partner admin must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} may not approve their own timesheet. Another supervisor or the partner admin must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is logged in. Log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session was not opened by a login on this workstation. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no answer of yours to take back since you logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers can be taken back for {minutes} minutes, and only the last one. Tell your supervisor if it was wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has already gone to the hub. Tell your supervisor if it was wrong: a review can correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was a checked task and you have seen its answer, so it stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another worker has started this task since. Tell your supervisor if your answer was wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor has already reviewed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no result {result} on this computer to review. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a submitted answer to a production task can be reviewed, not this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is {length} characters long; keep it to {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in the note what was wrong, so that the worker learns from the correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction is the same as the worker&apos;s answer. Accept it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody reviews their own answers. Another supervisor or the partner admin must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a supervisor or the partner admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each worker sees and changes only their own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>LabClient met an unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are also kept in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log could be written on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside LabClient. Your saved work and drafts are kept. If it happens again, copy the details below and send them to whoever supports your lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <source>Practice task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers and the right answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on to the next task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or Esc: continue to the next task · Tab: move to your answer and the explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Well done: {0}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quite: {0}% (pass mark {1}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task is for practice: it does not count. Compare your answer with the right answer below, then go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We knew the answer to this task, so your work could be checked. Compare your answer with the right answer below, then go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote “{0}”; the right answer has “{1}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You added “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You missed “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other differences: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every word is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words right: {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} a wrong word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} the right word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} a word you added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} a word you missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both answers are shown as they were compared: without capitals or punctuation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label was to be chosen, and you chose none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flag</name>
    <message>
        <source>{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The timesheet record is whole (%n events).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{problem} (and %n more problems)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>An event waiting to go to the hub ({event_id}) is missing from the timesheet: it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event ({event_id}) has a damaged position number: it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event {event} ({what}) was changed after it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event {first} is missing: deleted from the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events {first}–{last} are missing: deleted from the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event {event} ({event_id}) appears twice or out of place: it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event {event} ({what}) does not follow event {before}: an event before it was changed or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last event {first} is missing: deleted from the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last events {first}–{last} are missing: deleted from the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last event ({event}) was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction of {name}&apos;s {day} ({clocked} on the clock, {active} active; reason: {reason}) signed by {by} (id {by_id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval of {name}&apos;s hours from {first} to {last} signed by {by} (id {by_id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s {day} has {active} active against {clocked} on the clock (after corrections); only {clocked} of active time counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} stored %n result(s) on {day} while not clocked in: that work is not on the clock.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} submitted %n result(s) on {day} faster than the work can be done: check them before they are paid or delivered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The computer restarted during {name}&apos;s shift (clocked in {since}). The shift ends at the last thing recorded before the restart ({until}); time until the next clock-in is not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{taker} clocked in at this workstation at {at} while {name} was still clocked in here (since {since}; LabClient was probably closed without clocking out). One seat counts one person at a time: {name}&apos;s time is not counted from the last thing recorded for them here ({seen}) until they are seen working again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{taker} was working at this workstation at {at} while {name} was still clocked in here (since {since}; LabClient was probably closed without clocking out). One seat counts one person at a time: {name}&apos;s time is not counted from the last thing recorded for them here ({seen}) until they are seen working again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: a {what} (event {event}) outside a shift was not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: activity reported during a break (event {event}) was not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} reported {claimed} of activity where only {passed} had passed (event {event}); only {passed} counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} reported {reported} of activity in a shift of {clocked} on the clock; only the clocked time counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock was moved forward by {span} (around event {event}, {wall}), or the computer slept. Hours are measured on the computer&apos;s running time, so they are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock was moved back by {span} (around event {event}, {wall}), or the computer slept. Hours are measured on the computer&apos;s running time, so they are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} clocked in again (event {event}) without clocking out; the second clock-in is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} clocked in at {at}, outside the shifts planned for them that day ({shifts}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} does not count: there is no user with the id {by} on this workstation. It was not made by LabClient&apos;s own screens; someone may have written it into the database by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} does not count: {name} is a {role} here, and only a supervisor or an admin may sign it. It was not made by LabClient&apos;s own screens; someone may have written it into the database by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} does not count: {name} signed it for their own timesheet. It was not made by LabClient&apos;s own screens; someone may have written it into the database by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursPanel</name>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the week of a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport payroll CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export payroll CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the approved hours that fall in this week as a CSV file for payroll. Hours that are not approved are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results per active hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the week&apos;s answers a supervisor reviewed (Review tab), and how many of those were accepted as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mean score of the week&apos;s checked (gold) tasks, and how many there were. Practice tasks do not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected worker&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected worker&apos;s week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;everyone&apos;s flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everyone&apos;s flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} &amp;Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next week {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {0} – {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the current week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the hours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1} not clocked in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1} too fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (+{1} skipped or flagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}% of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of these results were stored while not clocked in: that work is not on the clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of these results were submitted faster than the work can be done: check them before they are paid or delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} checked tasks this week, mean score {1}%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, under the pass mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the pass mark: a mean score of {0}% on {1} checked tasks this week, where {2}% is needed. Her answers are reviewed more often (Review tab); talk to her about the task&apos;s instructions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the payroll export until approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by {0}, {1}: {2} clocked, {3} active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since approval: approve again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: {0} clocked, {1} active. The payroll export shows the approved hours until the week is approved again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by {0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags for {0} this week: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flags for {0} this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags this week, everyone: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flags this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or take away time on a day of this week, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this week&apos;s totals as approved. Only approved hours go into the payroll export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a worker in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot correct your own timesheet. Another supervisor or the partner admin must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot approve your own timesheet. Another supervisor or the partner admin must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected {0}&apos;s time on {1}: {2} clocked, {3} active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is still clocked in, so this week cannot be approved yet: her shift has no end. Ask her to clock out, then approve; or approve the week once it is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve {0}&apos;s hours for the {1}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocked {0}, active {1}, {2} results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags to look at first: {0}. They are listed under the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only approved hours go into the payroll export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week of {0} – {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving {0}&apos;s week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved {0}&apos;s week: {1} clocked, {2} active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payroll-{0}-to-{1}.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the payroll CSV (approved hours only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved 1 row to {0}. The file holds approved hours only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0} rows to {1}. The file holds approved hours only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}, but nobody&apos;s hours in this week are approved yet, so it has no rows. Approve the weeks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved ({0}). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <source>Are you still working?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was no input for {0} minutes, so your time is paused. It counts again when you say you are working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, I am working (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, I am working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, keep my time paused (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, keep my time paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom with Ctrl+Plus and Ctrl+Minus, fit with Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Issue</name>
    <message>
        <source>This result is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript is {n} characters long; the most is {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{token} is not a token of this project (allowed: {choices}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose labels from the list only, each once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n label(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n label(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Box {n} needs a label from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box {n} is smaller than {size} pixels each way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box {n} reaches outside the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Draw at least %n box(es).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw at most %n box(es).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption {n} has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption {n} ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption {n} ends after the clip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption {n} lasts {ms} ms; the least is {min} ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption {n} lasts {ms} ms; the most is {max} ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption {n} has {lines} lines; the most is {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption {n} has a line of {chars} characters; the most is {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption {n} is read at {cps} characters a second; the most is {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption {n} starts before caption {previous} ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {value} could be a thousands mark or a decimal one. Write it without the thousands mark (10500), or with two decimals (10.50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a number written like {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be between {min} and {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be one of the listed choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is not in the expected form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a phone number: digits, with + and spaces allowed (for example +256 772 123456).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a web address starting with https:// (for example https://www.example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be an email address (for example name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment {n} has no translation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment {n} is {length} characters long; the most is {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task has {n} segments; the result has {given}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment {n}: keep {placeholder} exactly as in the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment {n}: {placeholder} is not in the source; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment {n}: keep {span} untranslated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment {n}: translate {term} as {required} (glossary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript is empty. If nothing can be heard, type {token}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Who is working at this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose your name (type its first letters or use the arrows):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: every PIN is 1234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the first admin… (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the first admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · Language (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no admin yet. The lab&apos;s partner admin types their name and chooses a PIN here, once. Then they give each worker a PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin&apos;s PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN (at least 4 characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the first admin (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can log in on this computer yet. The partner admin adds the lab&apos;s users at the hub; they arrive with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your PIN, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the admin&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN twice again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name of 1 to 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LabClient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>● Working offline (no hub set up) · %n record(s) (results and timesheet) kept on this computer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Hub {0} · waiting to go out: {1} · last sync: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · refused by the hub: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● This workstation is not enrolled with a hub yet; ask the partner admin (labclient enroll).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Syncing… {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} stepped away: the screen is locked and the work is kept. Type the PIN to go on, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen locked after {0} minutes without input. {1}, type your PIN to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen is locked. {0}, type your PIN to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&apos;s session has ended. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} at {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit LabClient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is still clocked in. Clock out before quitting? If you quit without clocking out, your time keeps being counted until you clock out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock &amp;out and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock out and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit, stay clocked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit and stay clocked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest typing is not saved. Close the window again to quit without it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyWeekDialog</name>
    <message>
        <source>My week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} &amp;Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next week {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours day by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocked: from clock-in to clock-out, less breaks and unanswered &apos;still working?&apos; pauses. Active: time you were typing, clicking or playing audio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your hours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week: {0} – {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {0} – {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noticed in your timesheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by your supervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your accuracy on checked tasks (tasks with a known answer; your last {0}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your supervisor reviewed these answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task {0} ({1}): corrected by {2}: {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task {0} ({1}): accepted by {2}: {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task {0} ({1}): accepted by {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (+{1} skipped or flagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since {0} approved it on {1}: your supervisor will look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by {0} on {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the computer restarted during your shift, which ended it. The time until you clocked in again is not counted; if you were working, tell your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the computer&apos;s clock was changed, or the computer slept. Your hours are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more activity was reported than time passed; only the time on the clock counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity during a break was not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you clocked in again without clocking out; the second clock-in was not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} changed your clocked time by {2}. Reason: {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} changed your active time by {3}. Reason: {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} changed your time by {2} clocked and {3} active. Reason: {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}% on average; {2} of {3} passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}–{1} at {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>do tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock in or out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see other people&apos;s hours, shifts, users or flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see another worker&apos;s drafts or results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct timesheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve timesheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export payroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add users, set PINs or switch accounts on and off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the lab&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the hub settings (enrolment, sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let a worker try a project&apos;s training again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review workers&apos; results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Answers to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an answer on the left to see it in its task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note to the worker (needed for a correction):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note to the worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the worker&apos;s answer as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the answer as corrected above, with the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the answer in the task above, say why in the note, then save. The worker&apos;s own answer is kept as she gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) to review: each new worker&apos;s first answers in a project, and a share of everyone&apos;s (more for a worker under the pass mark).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to review now: every answer in the sample has been reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the pass mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is {0} characters long; keep it to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction breaks the task&apos;s rules; see the marks above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: {0}&apos;s answer to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction saved: {0} reads your note about {1} in My week.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentStrip</name>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a segment to go to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: see the message below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not translated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <source>Set a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new PIN for {0}. It works at once, and lifts a lock after wrong PINs. Tell {0} the new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;PIN ({0} to {1} characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN twice again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <source>Plan a shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the computer the worker sits at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who works this shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift must end after it starts, on the same day. Change the end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift is at most {0} hours long. Change the times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the seat: the name of the computer the worker sits at.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftsPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh who is on shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On shift now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan a shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks first. The Delete key in the list does the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocked in: {0} · On a break: {1} · Not clocked in: {2} · Late: {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is planned or clocked in right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a break, no shift planned now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocked in, screen locked: stepped away (time paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocked in since {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocked in since {0}, no shift planned now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocked in, no shift planned now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not clocked in yet: {0} late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not clocked in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {0} (this week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts this week: {0}. Those already over are in grey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shifts are planned this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}–{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}–{1} {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is logged in. Log in again to plan shifts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift ends after it starts, at most 16 hours later, at a named seat. Change the times or the seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: {0}, {1} {2}, seat {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel {0}&apos;s shift on {1}, {2}, at seat {3}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That shift is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: {0}&apos;s shift, {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message numerus="yes">
        <source>Sent %n item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) arrived after another workstation had answered the same task: the hub keeps them beside that result, which stands.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received %n new batch(es).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The lab&apos;s list of people came from the hub ({added} added, {updated} updated, {disabled} switched off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} stays partner admin here: the hub&apos;s list would leave this workstation without one (the hub should list another admin first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab relay at {url} was not used ({why}): media came from the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answered at the lab relay&apos;s address {old}; the relay answered at {new}, which is used from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub cannot be reached: the lab relay keeps this workstation&apos;s {n} waiting item(s) for the next USB trip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab file on the relay was not used: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab file on the relay brought {n} new batch(es); {items} item(s) answered by the hub left the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new batches were asked for: the media of the work not yet done fills the prefetch budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Today&apos;s data budget is used ({used} of {limit} MB): %n item(s) wait until tomorrow, and no new work is asked for.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This month&apos;s data budget is used ({used} of {limit} MB): %n item(s) wait until next month, and no new work is asked for.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The lab&apos;s data budget for today is used ({used} of {limit} MB, counted by the lab relay): %n item(s) wait until tomorrow, and no new work is asked for.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The lab&apos;s data budget for this month is used ({used} of {limit} MB, counted by the lab relay): %n item(s) wait until next month, and no new work is asked for.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No new work was asked for: today&apos;s data budget has too little left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new work was asked for: this month&apos;s data budget has too little left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) reached the hub before that.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new batch(es) arrived before that.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) from the hub were not taken: {which}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) from the hub were not taken: {which}; and {more} more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sync was cancelled; what was sent is kept by the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent {done} of %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Batch {batch} from the hub was {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Trying again in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaggingView</name>
    <message>
        <source>Boxes drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of the box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose all labels that apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is {0}×{1} pixels, but the task says {2}×{3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}. {1}: {2}×{3} at {4}, {5}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B start/end a box · arrows move (Shift faster) · Alt+arrows resize · Tab next box · 1…9 label · Delete remove · Ctrl+Plus/Minus zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1…9 choose labels · Ctrl+Plus/Minus zoom · Ctrl+0 fit · arrows pan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskState</name>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamScreen</name>
    <message>
        <source>Partner admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team — {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the task screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do tasks yourself, with your timesheet. {0} comes back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen for the next person. Your PIN opens it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On shift (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users (Ctrl+5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimesheetBar</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock out ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock in ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End break ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start break ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My week ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer restarted, which ended your shift: your time is not being counted. Clock in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not clocked in: your time is not being counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a break: your time is not being counted until you end the break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time paused while the screen was locked. It counts again when you work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time paused: there was no input for a while. It counts again when you work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocked in since {0}: your time is being counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: {0} clocked · {1} active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Training of each worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give another attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected worker another attempt at the training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a worker who has used her attempts: she does the project&apos;s training set again, and its tasks open when she passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project here has a training set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) have used their attempts without passing: their project&apos;s tasks stay closed to them until you give another attempt.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Each worker does a project&apos;s training set before its tasks open to her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each worker does a project&apos;s training tasks once, before its other tasks; no project here asks for a pass mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (pass mark {1}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed on another workstation: the tasks are open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed: the tasks are open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not passed, no attempts left: the tasks are closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done (the project does not require a pass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: {0} of {1} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} may try the training of {1} again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptionView</name>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what you hear or read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what you hear…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what you read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc play/pause · F2/F3 back/forward · F7/F8 speed · F9 loop · Ctrl+J time stamp · Alt+1…9 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Plus/Minus zoom · Ctrl+0 fit · Tab to the scan, arrows pan, Shift+Tab back · Alt+1…9 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} / {1} characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <source>Source text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the translation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the source into the translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) not translated yet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Previous: {0} → {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {0} → {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down/Up next/previous segment · Alt+Page Down next untranslated · Ctrl+Shift+C copy source · Alt+1…9 insert terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} / {1} characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialogs</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>Where the user list comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, roles and labs of users from the hub are kept at the hub: the organisation&apos;s admin changes them there (labhub add-user …), and they arrive here with the next sync. This screen does not change roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub has not sent a user list yet: users added here are marked &apos;awaiting the hub&apos; until it confirms them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user list came from the hub on {0}, more than {1} days ago: someone switched off at the hub can still log in here until the next sync. Sync soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user list came from the hub on {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here, confirmed by the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked for {0} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot switch off your own account. Another partner admin can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is you. You cannot switch off your own account; another partner admin can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is switched off: they cannot log in here. Their recorded time and work stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} typed a wrong PIN {1} times in a row and can try again in {2} seconds. Unlock lets them try now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has no PIN yet, so they cannot log in. Set one with Set PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was added here and can log in on this workstation. The hub confirms them when its user list names them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&apos;s name, role and lab come from the hub: change them there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is added and can log in here with the PIN you chose. The hub confirms them at a sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} comes from the hub: if the hub sends a PIN for them, it replaces this one at a sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&apos;s new PIN is set: they can log in with it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is switched on and can log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cannot log in here until you switch them on again, and is logged out now if they are logged in. Their recorded time and work stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s next user list may switch them on again: to switch them off for good, switch them off at the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is unlocked and can try their PIN again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are no longer logged in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoScreen</name>
    <message>
        <source>Video</source>
        <extracomment>The largest picture shown: 4K UHD. A larger frame (a hostile or broken file) is not converted (its image alone would take a gigabyte at 16k x 16k); ``too_large`` says so instead.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to play or pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waveform</name>
    <message>
        <source>Waveform of the clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to play from there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkScreen</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project to work on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on (Ctrl+P):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag as broken (Ctrl+Shift+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last answer (Ctrl+Shift+Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the Team screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a batch from a file… (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a batch from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no instructions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no tasks left in this computer&apos;s cache. New work arrives when the workstation syncs with the hub; a lab admin can also import a batch from a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen for the next person. Your PIN opens it again, with your work as you left it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>captioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    {0}, {1} only: {2} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left for you in {0}. Choose other work (Ctrl+P), or all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tasks of {0} open when you pass its training: your best score is {1}%, {2}% is needed, and your {3} attempts are used. Ask your supervisor to let you try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation has paused your work on {0}: {1} Ask your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done today: {0} (and {1} skipped or flagged)   ·   Left in cache: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done today: {0}   ·   Left in cache: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not clocked in, so the work you just did is not on the clock. Clock in now? (Next time: {0}, or the Clock in button.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clock in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer is saved, but its feedback cannot be shown: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why are you skipping it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too hard to hear or read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a language I know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag this task as broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong with it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media does not play or show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instructions do not fit this task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content is offensive or private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last answer is taken back: change it and submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task&apos;s media cannot be shown or played ({0}). Press Ctrl+Shift+B to flag the task as broken, then go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch bundles (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch {0} is already in the cache; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>label</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
