"""Which language each person's window speaks.

A person chooses hers at the login screen and it is kept with her user on this workstation
(``workers.language``). Without a choice of hers, the lab's default applies: an admin's setting
(``people_state`` key ``language``); without that, the computer's language. Codes are those of
:data:`labclient.languages.LANGUAGES`.
"""

from __future__ import annotations

from labclient.clock import SYSTEM_CLOCK, Clock
from labclient.languages import LANGUAGES
from labclient.people import state
from labclient.people.login import normalise_name
from labclient.people.roles import Permission, Session, requires
from labclient.store import Store


def _checked(code: str | None) -> str | None:
    if code is not None and code not in LANGUAGES:
        raise ValueError(f"LabClient does not speak {code!r}; it speaks {', '.join(sorted(LANGUAGES))}.")
    return code


def language_for(store: Store, name: str | None) -> str | None:
    """The language for the person called ``name`` (case does not matter): hers, else the lab's
    default; None: the computer's language. ``name`` None: the lab's default."""
    if name is not None:
        row = store.read().execute("SELECT language FROM workers WHERE name = ? COLLATE NOCASE",
                                   (normalise_name(name),)).fetchone()
        if row is not None and row[0] in LANGUAGES:
            return str(row[0])
    return lab_language(store)


@requires(Permission.VIEW_OWN_TIME)
def choose_language(store: Store, session: Session, code: str | None, *, clock: Clock = SYSTEM_CLOCK) -> None:
    """The logged-in person chooses her language (None: the lab's default from now on).
    ValueError for a language LabClient does not speak."""
    code = _checked(code)
    with store.transaction() as c:
        c.execute("UPDATE workers SET language = ? WHERE id = ?", (code, session.user_id))


def lab_language(store: Store) -> str | None:
    """The lab's default language (None: the computer's)."""
    value = state.get(store.read(), "language")
    return value if value in LANGUAGES else None


@requires(Permission.CHANGE_SETTINGS)
def set_lab_language(store: Store, session: Session, code: str | None, *, clock: Clock = SYSTEM_CLOCK) -> None:
    """Admin: the language of the window for everyone without a choice of her own (None: the
    computer's). ValueError for a language LabClient does not speak."""
    code = _checked(code)
    with store.transaction() as c:
        if code is None:
            c.execute("DELETE FROM people_state WHERE key = 'language'")
        else:
            state.put(c, "language", code)
