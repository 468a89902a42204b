"""The hub settings a partner admin changes: how often the app syncs by itself, how much media
it fetches ahead, the data budget of the lab's metered line, and the lab relay. Like every setting, each change
is checked by the core against the admin's session (``Permission.CHANGE_HUB_SETTINGS``) before
anything is written, whichever part of the program asks; reading them needs no session (the
sync and the status bar read them)."""

from __future__ import annotations

from collections.abc import Callable

from labclient.changes import Changed
from labclient.clock import SYSTEM_CLOCK, Clock
from labclient.people.roles import Permission, Session, requires
from labclient.store import Store
from labclient.sync.budget import MIN_DATA_BUDGET
from labclient.sync.state import write_settings
from labclient.sync.transport import check_relay_url

MIN_PREFETCH_BUDGET = 1_000_000
MAX_AUTO_SYNC_MINUTES = 24 * 60


@requires(Permission.CHANGE_HUB_SETTINGS)
def set_auto_sync_minutes(store: Store, session: Session, minutes: int, *, clock: Clock = SYSTEM_CLOCK) -> None:
    """Admin: sync by itself every ``minutes`` (1 to 1440), or 0 for only when asked. NotAllowed
    for any other session; ValueError out of range (nothing changes then)."""
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 <= minutes <= MAX_AUTO_SYNC_MINUTES:
        raise ValueError("The sync interval must be between 0 (off) and 1440 minutes.")
    write_settings(store, auto_sync_minutes=minutes)


@requires(Permission.CHANGE_HUB_SETTINGS)
def set_prefetch_budget(store: Store, session: Session, budget: int | None, *, clock: Clock = SYSTEM_CLOCK) -> None:
    """Admin: limit the media the sync fetches ahead (bytes, at least 1 MB), or None for no limit.

    The hub then leases new batches only while their media fits beside the media of the tasks not
    yet done; the first batch comes even when larger, so work never runs dry. NotAllowed for any
    other session; ValueError below 1 MB (nothing changes then)."""
    if budget is not None and (isinstance(budget, bool) or not isinstance(budget, int)
                               or budget < MIN_PREFETCH_BUDGET):
        raise ValueError("The media budget must be at least 1 MB.")
    write_settings(store, prefetch_budget=budget)


@requires(Permission.CHANGE_HUB_SETTINGS)
def set_data_budget(store: Store, session: Session, daily: int | None, monthly: int | None, *,
                    clock: Clock = SYSTEM_CLOCK) -> None:
    """Admin: the bytes the syncs may carry over the line a day and a month (each at least 1 MB, or
    None for no limit; labclient.sync.budget). NotAllowed for any other session; ValueError for a
    value below 1 MB or a day's budget above the month's (nothing changes then)."""
    for value in (daily, monthly):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < MIN_DATA_BUDGET):
            raise ValueError("A data budget must be at least 1 MB.")
    if daily is not None and monthly is not None and daily > monthly:
        raise ValueError("The day's data budget cannot be larger than the month's.")
    write_settings(store, data_budget_day=daily, data_budget_month=monthly)


@requires(Permission.CHANGE_HUB_SETTINGS)
def set_relay_url(store: Store, session: Session, url: str | None, *, clock: Clock = SYSTEM_CLOCK) -> None:
    """Admin: the lab relay's address (``http://host:port``), whose media the syncs ask for
    first (docs/offline-links.md), or None (or blank) for none. NotAllowed for any other session;
    ValueError for an address that is not a relay's (nothing changes then)."""
    if url is not None and not url.strip():
        url = None
    write_settings(store, relay_url=None if url is None else check_relay_url(url))


def find_relays(store: Store, *, wait_s: float = 3.0) -> list[str]:
    """The addresses of the lab relays of this workstation's hub and lab that answer on the LAN
    within ``wait_s`` seconds (:mod:`labclient.relay.discovery`); empty when none does. It only
    looks: :func:`set_relay_url` sets one. NotEnrolledError before enrolment; RelaySearchError
    when the LAN cannot be searched."""
    from labclient.errors import NotEnrolledError
    from labclient.relay.discovery import find_relays as search
    from labclient.sync.state import read_settings

    settings = read_settings(store)
    if settings.hub_url is None:
        raise NotEnrolledError()
    return search(settings.hub_url, settings.lab, wait_s=wait_s)


class SyncSettings:
    """These settings as the workspace offers them (``ws.sync_settings``): bound to one store and
    the clock the admin's session is checked with. Each method is the function of the same name."""

    def __init__(self, store: Store, clock: Clock, notify: Callable[[Changed], None] = lambda _what: None) -> None:
        self.store = store
        self.clock = clock
        self.notify = notify

    def set_auto_sync_minutes(self, session: Session, minutes: int) -> None:
        set_auto_sync_minutes(self.store, session, minutes, clock=self.clock)
        self.notify(Changed.SETTINGS)

    def set_prefetch_budget(self, session: Session, budget: int | None) -> None:
        set_prefetch_budget(self.store, session, budget, clock=self.clock)
        self.notify(Changed.SETTINGS)

    def set_data_budget(self, session: Session, daily: int | None, monthly: int | None) -> None:
        set_data_budget(self.store, session, daily, monthly, clock=self.clock)
        self.notify(Changed.SETTINGS)

    def set_relay_url(self, session: Session, url: str | None) -> None:
        set_relay_url(self.store, session, url, clock=self.clock)
        self.notify(Changed.SETTINGS)
