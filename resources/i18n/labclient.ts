<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
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
        <source>Sync auto&amp;matically every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media to fetch &amp;ahead, at most:</source>
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
        <source>Only a partner admin who is logged in may change this. Close this screen and open it again with Ctrl+Shift+A.</source>
        <translation type="unfinished"></translation>
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
        <extracomment>Set to 1 to quit as soon as the first window is shown (start-up benchmarks, smoke tests).</extracomment>
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
        <source>◀◀ Back (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward (F3) ▶▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip back {0} s (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip forward {0} s (F3)</source>
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
        <source>❚❚ Pause (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Play (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clip cannot be decoded</source>
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
        <source>Tab next field · Alt+1…9 outcome · Ctrl+Plus/Minus zoom</source>
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
        <source>That PIN is not right for {name}. After {failures} wrong tries in a row, {name} is locked for {seconds} seconds; try again after that.</source>
        <extracomment>Errors the core raised with a template of their own, found by (code, the core&apos;s English template). A core template that changes falls back to its English message rather than to a wrong text.</extracomment>
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
        <source>The transcript is empty.{hint}</source>
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
    <message>
        <source>Choose at least {n} label(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at most {n} label(s).</source>
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
        <source>● Working offline (no hub set up) · {0} record(s) (results and timesheet) kept on this computer</source>
        <translation type="unfinished"></translation>
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
        <source>{0} is locked. Type the PIN to go on, or choose another name.</source>
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
        <source>Your latest typing is not saved. Close the window again to quit without it.</source>
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
    <name>TaggingView</name>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key {0}</source>
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
        <source>1…9 choose labels · Ctrl+Plus/Minus zoom · Ctrl+0 fit · arrows pan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimesheetBar</name>
    <message>
        <source>Time</source>
        <extracomment>The one button that makes the time count again, when it does not: green, with a strong focus ring.</extracomment>
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
        <source>Insert {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc play/pause · F2/F3 back/forward · F7/F8 speed · F9 loop · Alt+1…9 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Plus/Minus zoom · Ctrl+0 fit · Alt+1…9 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} / {1} characters</source>
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
        <source>Switch worker (Ctrl+L)</source>
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
        <source>No task to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no tasks left in this computer&apos;s cache. New work arrives when the workstation syncs with the hub; a lab admin can also import a batch from a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done today: {0}   ·   Left in cache: {1}</source>
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
