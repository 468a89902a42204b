"""People: users and roles, offline login, shifts and a timesheet no one can quietly inflate.

Qt-free, like the rest of the core. Every call that reads or changes someone's data takes a
:class:`~labclient.people.roles.Session`, which only :func:`~labclient.people.login.login` (or,
once, :func:`~labclient.people.roster.bootstrap_admin`) hands out, and checks the session's role
against the database before doing anything. See ``docs/people.md``.

Modules, each small and named for what it holds:

- ``clock``: the clock protocol the people code reads time through (tests inject a fake one);
- ``passwords``: scrypt hashes of PINs and passwords;
- ``roles``: roles, permissions, the Session and the check every call makes;
- ``login``: login with lockout, lock, logout, the idle lock (a locked seat is opened by logging in again);
- ``roster``: users: local users, the hub's roster, the first admin;
- ``settings``, ``state``: the idle prompt and screen lock times; the roster's date, the chain head;
- ``events``: append-only timesheet events in a per-device hash chain, and its check;
- ``hours``: hours computed from events (pure: the hub runs the same code);
- ``timesheet``: clocking in and out, breaks, activity, idle prompts, hours, corrections, approval;
- ``shifts``: planned shifts and who is on shift now;
- ``payroll``: the CSV of approved hours.
"""
