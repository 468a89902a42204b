<?xml version="1.0" encoding="utf-8"?>
<!-- English is the source language: this file holds only the plural forms of the texts that
     count (%n), so that English shows "1 item" and "2 items" where the code says "%n item(s)". -->
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AdminDialog</name>
        <message numerus="yes">
            <source>Read the hub's file: %n new batch(es).</source>
            <translation>
                <numerusform>Read the hub's file: %n new batch.</numerusform>
                <numerusform>Read the hub's file: %n new batches.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) answered by the hub left the outbox.</source>
            <translation>
                <numerusform>%n item answered by the hub left the outbox.</numerusform>
                <numerusform>%n items answered by the hub left the outbox.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n batch(es) not taken, e.g. {0}: {1}</source>
            <translation>
                <numerusform>%n batch not taken: {0}: {1}</numerusform>
                <numerusform>%n batches not taken, e.g. {0}: {1}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n item(s) to {0}. Take it to where the hub can be reached (labhub import-outbox), then read the receipt here; until then they stay on this computer.</source>
            <translation>
                <numerusform>Wrote %n item to {0}. Take it to where the hub can be reached (labhub import-outbox), then read the receipt here; until then they stay on this computer.</numerusform>
                <numerusform>Wrote %n items to {0}. Take it to where the hub can be reached (labhub import-outbox), then read the receipt here; until then they stay on this computer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Receipt read: %n item(s) answered by the hub left the outbox.</source>
            <translation>
                <numerusform>Receipt read: %n item answered by the hub left the outbox.</numerusform>
                <numerusform>Receipt read: %n items answered by the hub left the outbox.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The last sync did not take %n batch(es) the hub sent. Its line in the sync history says which and why.</source>
            <translation>
                <numerusform>The last sync did not take %n batch the hub sent. Its line in the sync history says which and why.</numerusform>
                <numerusform>The last sync did not take %n batches the hub sent. Its line in the sync history says which and why.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lab relay(s) answered; the first, at {0}, is used. Type another's address to choose it.</source>
            <translation>
                <numerusform>%n lab relay answered; it is used: {0}.</numerusform>
                <numerusform>%n lab relays answered; the first, at {0}, is used. Type another's address to choose it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>used up: %n item(s) and new work wait</source>
            <translation>
                <numerusform>used up: %n item and new work wait</numerusform>
                <numerusform>used up: %n items and new work wait</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flag</name>
        <message numerus="yes">
            <source>The timesheet record is whole (%n events).</source>
            <translation>
                <numerusform>The timesheet record is whole (%n event).</numerusform>
                <numerusform>The timesheet record is whole (%n events).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{problem} (and %n more problems)</source>
            <translation>
                <numerusform>{problem} (and %n more problem)</numerusform>
                <numerusform>{problem} (and %n more problems)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} stored %n result(s) on {day} while not clocked in: that work is not on the clock.</source>
            <translation>
                <numerusform>{name} stored %n result on {day} while not clocked in: that work is not on the clock.</numerusform>
                <numerusform>{name} stored %n results on {day} while not clocked in: that work is not on the clock.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} submitted %n result(s) on {day} faster than the work can be done: check them before they are paid or delivered.</source>
            <translation>
                <numerusform>{name} submitted %n result on {day} faster than the work can be done: check it before it is paid or delivered.</numerusform>
                <numerusform>{name} submitted %n results on {day} faster than the work can be done: check them before they are paid or delivered.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Issue</name>
        <message numerus="yes">
            <source>Choose at least %n label(s).</source>
            <translation>
                <numerusform>Choose at least %n label.</numerusform>
                <numerusform>Choose at least %n labels.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Choose at most %n label(s).</source>
            <translation>
                <numerusform>Choose at most %n label.</numerusform>
                <numerusform>Choose at most %n labels.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Draw at least %n box(es).</source>
            <translation>
                <numerusform>Draw at least %n box.</numerusform>
                <numerusform>Draw at least %n boxes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Draw at most %n box(es).</source>
            <translation>
                <numerusform>Draw at most %n box.</numerusform>
                <numerusform>Draw at most %n boxes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>● Working offline (no hub set up) · %n record(s) (results and timesheet) kept on this computer</source>
            <translation>
                <numerusform>● Working offline (no hub set up) · %n record (results and timesheet) kept on this computer</numerusform>
                <numerusform>● Working offline (no hub set up) · %n records (results and timesheet) kept on this computer</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message numerus="yes">
            <source>%n answer(s) to review: each new worker's first answers in a project, and a share of everyone's (more for a worker under the pass mark).</source>
            <translation>
                <numerusform>%n answer to review: each new worker's first answers in a project, and a share of everyone's (more for a worker under the pass mark).</numerusform>
                <numerusform>%n answers to review: each new worker's first answers in a project, and a share of everyone's (more for a worker under the pass mark).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message numerus="yes">
            <source>Sent %n item(s).</source>
            <translation>
                <numerusform>Sent %n item.</numerusform>
                <numerusform>Sent %n items.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) arrived after another workstation had answered the same task: the hub keeps them beside that result, which stands.</source>
            <translation>
                <numerusform>%n result arrived after another workstation had answered the same task: the hub keeps it beside that result, which stands.</numerusform>
                <numerusform>%n results arrived after another workstation had answered the same task: the hub keeps them beside that result, which stands.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Received %n new batch(es).</source>
            <translation>
                <numerusform>Received %n new batch.</numerusform>
                <numerusform>Received %n new batches.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Today's data budget is used ({used} of {limit} MB): %n item(s) wait until tomorrow, and no new work is asked for.</source>
            <translation>
                <numerusform>Today's data budget is used ({used} of {limit} MB): %n item waits until tomorrow, and no new work is asked for.</numerusform>
                <numerusform>Today's data budget is used ({used} of {limit} MB): %n items wait until tomorrow, and no new work is asked for.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This month's data budget is used ({used} of {limit} MB): %n item(s) wait until next month, and no new work is asked for.</source>
            <translation>
                <numerusform>This month's data budget is used ({used} of {limit} MB): %n item waits until next month, and no new work is asked for.</numerusform>
                <numerusform>This month's data budget is used ({used} of {limit} MB): %n items wait until next month, and no new work is asked for.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The lab's data budget for today is used ({used} of {limit} MB, counted by the lab relay): %n item(s) wait until tomorrow, and no new work is asked for.</source>
            <translation>
                <numerusform>The lab's data budget for today is used ({used} of {limit} MB, counted by the lab relay): %n item waits until tomorrow, and no new work is asked for.</numerusform>
                <numerusform>The lab's data budget for today is used ({used} of {limit} MB, counted by the lab relay): %n items wait until tomorrow, and no new work is asked for.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The lab's data budget for this month is used ({used} of {limit} MB, counted by the lab relay): %n item(s) wait until next month, and no new work is asked for.</source>
            <translation>
                <numerusform>The lab's data budget for this month is used ({used} of {limit} MB, counted by the lab relay): %n item waits until next month, and no new work is asked for.</numerusform>
                <numerusform>The lab's data budget for this month is used ({used} of {limit} MB, counted by the lab relay): %n items wait until next month, and no new work is asked for.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) reached the hub before that.</source>
            <translation>
                <numerusform>%n item reached the hub before that.</numerusform>
                <numerusform>%n items reached the hub before that.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new batch(es) arrived before that.</source>
            <translation>
                <numerusform>%n new batch arrived before that.</numerusform>
                <numerusform>%n new batches arrived before that.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n batch(es) from the hub were not taken: {which}.</source>
            <translation>
                <numerusform>%n batch from the hub was not taken: {which}.</numerusform>
                <numerusform>%n batches from the hub were not taken: {which}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n batch(es) from the hub were not taken: {which}; and {more} more.</source>
            <translation>
                <numerusform>%n batch from the hub was not taken: {which}; and {more} more.</numerusform>
                <numerusform>%n batches from the hub were not taken: {which}; and {more} more.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent {done} of %n.</source>
            <translation>
                <numerusform>Sent {done} of %n.</numerusform>
                <numerusform>Sent {done} of %n.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrainingPanel</name>
        <message numerus="yes">
            <source>%n worker(s) have used their attempts without passing: their project's tasks stay closed to them until you give another attempt.</source>
            <translation>
                <numerusform>%n worker has used their attempts without passing: their project's tasks stay closed to them until you give another attempt.</numerusform>
                <numerusform>%n workers have used their attempts without passing: their project's tasks stay closed to them until you give another attempt.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TranslationView</name>
        <message numerus="yes">
            <source>%n segment(s) not translated yet</source>
            <translation>
                <numerusform>%n segment not translated yet</numerusform>
                <numerusform>%n segments not translated yet</numerusform>
            </translation>
        </message>
    </context>
</TS>
