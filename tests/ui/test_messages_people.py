"""The people core's refusals reach the screen through translatable templates: each distinct
message is a template of ``labclient.ui.messages`` (not the English fallback), and the English a
person reads is the core's own sentence, word for word."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import string
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from labclient import errors
from labclient.errors import LabClientError, NotAllowed, SessionEndedError, TimesheetStateError
from labclient.people import login, roster, timesheet
from labclient.people.roles import Permission, Role, Session
from labclient.store import Store
from labclient.ui.messages import error_text, is_translated
from labclient.workspace import Workspace
from tests.helpers.clock import LAB_TZ, FakeClock
from tests.helpers.ui import translated
from tests.logins import give_pins, log_in


@dataclasses.dataclass
class People:
    ws: Workspace
    clock: FakeClock
    worker: Session
    supervisor: Session
    admin: Session

    @property
    def store(self) -> Store:
        return self.ws.store

    def today(self) -> dt.date:
        return timesheet.today(self.store, tz=LAB_TZ, clock=self.clock)


@pytest.fixture
def people(ws: Workspace, clock: FakeClock) -> People:
    give_pins(ws, {"Amina Njeri": "worker", "Joseph Okello": "supervisor", "Grace Achieng": "admin"})
    return People(ws, clock, *(log_in(ws, name, clock=clock) for name in ("Amina Njeri", "Joseph Okello",
                                                                            "Grace Achieng")))


def refusal(action: Callable[[], object]) -> LabClientError:
    with pytest.raises(LabClientError) as caught:
        action()
    return caught.value


def assert_shown_translatable(error: LabClientError) -> None:
    assert is_translated(error), f"no template for {error.code}: {error.message}"
    assert error_text(error) == error.message, "the English on screen is the core's sentence"


def test_each_refused_clock_action_has_a_template_of_its_own(people: People) -> None:
    s, store, clock = people.worker, people.store, people.clock
    found = [refusal(lambda: timesheet.clock_out(store, s, clock=clock))]
    timesheet.clock_in(store, s, clock=clock)
    found.append(refusal(lambda: timesheet.clock_in(store, s, clock=clock)))
    found.append(refusal(lambda: timesheet.end_break(store, s, clock=clock)))
    timesheet.start_break(store, s, clock=clock)
    found.append(refusal(lambda: timesheet.record_activity(store, s, 1000, clock=clock)))
    found.append(refusal(lambda: timesheet.approve(store, people.supervisor, s.user_id, people.today(),
                                                   people.today(), tz=LAB_TZ, clock=clock)))
    clock.reboot()
    again = log_in(people.ws, "Amina Njeri", clock=clock)
    found.append(refusal(lambda: timesheet.clock_out(store, again, clock=clock)))

    assert [(type(e), e.reason) for e in found] == [(TimesheetStateError, reason) for reason in (
        "not_clocked_in", "clocked_in", "not_on_break", "on_break", "still_clocked_in", "restarted")]
    for error in found:
        assert_shown_translatable(error)
    since = found[1].params["since"]
    assert re.fullmatch(r"\d\d:\d\d", since), "the clock-in's time is a param, not English text"
    assert found[1].message == f"Amina Njeri is already clocked in (since {since}). Go on working, or clock out first."


def test_permission_refusals_are_translatable(people: People) -> None:
    store, clock, day = people.store, people.clock, people.today()
    sup, worker, admin = people.supervisor, people.worker, people.admin
    found = [
        refusal(lambda: timesheet.correct(store, sup, sup.user_id, day, clocked_ms=60_000, reason="x", clock=clock)),
        refusal(lambda: timesheet.approve(store, sup, sup.user_id, day, day, clock=clock)),
        refusal(lambda: timesheet.team_hours(store, worker, day, day, clock=clock)),
        refusal(lambda: timesheet.hours(store, worker, day, day, sup.user_id, clock=clock)),
        refusal(lambda: timesheet.clock_in(store, None, clock=clock)),  # type: ignore[arg-type]
        refusal(lambda: timesheet.clock_in(store, dataclasses.replace(worker, role=Role.ADMIN), clock=clock)),
        refusal(lambda: roster.set_disabled(store, admin, admin.user_id, True, clock=clock)),
    ]
    login.lock(store, worker, clock=clock)
    found.append(refusal(lambda: timesheet.clock_in(store, worker, clock=clock)))

    assert all(isinstance(e, NotAllowed) for e in found)
    assert [e.reason for e in found[:2]] == ["correct_own", "approve_own"]
    assert found[2].message == ("Amina Njeri (worker) may not see other people's hours, shifts, users or flags. "
                                "Ask a supervisor or the partner admin.")
    assert found[3].message.endswith("Each worker sees and changes only their own.")
    for error in found:
        assert_shown_translatable(error)


def test_a_session_logged_out_elsewhere_is_refused_translatably(people: People) -> None:
    login.logout(people.store, people.worker, clock=people.clock)
    error = refusal(lambda: timesheet.clock_in(people.store, people.worker, clock=people.clock))
    assert (type(error), error.reason) == (SessionEndedError, "ended")
    assert_shown_translatable(error)


def test_a_session_from_before_a_restart_is_refused_translatably(people: People) -> None:
    people.clock.reboot()
    error = refusal(lambda: timesheet.clock_in(people.store, people.worker, clock=people.clock))
    assert (type(error), error.reason) == (SessionEndedError, "restarted")
    assert_shown_translatable(error)


def test_a_session_whose_role_changed_is_refused_translatably(people: People) -> None:
    give_pins(people.ws, {"Amina Njeri": "supervisor"})
    error = refusal(lambda: timesheet.clock_in(people.store, people.worker, clock=people.clock))
    assert (type(error), error.reason, error.params["role"]) == (SessionEndedError, "account_changed", "supervisor")
    assert_shown_translatable(error)


def _subclasses(cls: type[LabClientError]) -> Iterator[type[LabClientError]]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def _example_params(template: str) -> dict[str, object]:
    """A value for each field of ``template``: a closed-list word, a moment for a date format
    (``{start:%a %d %b %H:%M}``), a time of day for a time format, else the field's name."""
    words = {"role": "supervisor", "action": Permission.VIEW_TEAM.action,
             "hint": "Ask a supervisor or the partner admin."}

    def example(field: str, spec: str | None) -> object:
        if spec and "%d" in spec:
            return dt.datetime(2026, 11, 24, 8, 0)
        if spec and "%H" in spec:
            return dt.time(12, 0)
        return words.get(field, f"<{field}>")

    return {field: example(field, spec) for _, field, spec, _ in string.Formatter().parse(template) if field}


@pytest.mark.parametrize("cls, reason", [(cls, reason) for cls in _subclasses(LabClientError)
                                         for reason in cls.reasons if cls.__module__ == errors.__name__],
                         ids=lambda v: v if isinstance(v, str) else v.__name__)
def test_every_reason_of_every_error_has_a_template(cls: type[LabClientError], reason: str) -> None:
    error = cls(reason=reason, **_example_params(cls.reasons[reason]))
    assert error.reason == reason
    assert_shown_translatable(error)


@pytest.mark.parametrize("permission", list(Permission))
@pytest.mark.parametrize("role", list(Role))
def test_every_role_and_permission_is_a_word_a_translation_covers(role: Role, permission: Permission) -> None:
    assert_shown_translatable(NotAllowed(who="Sokha Chan", role=str(role), action=permission.action))


def test_an_english_word_the_tables_do_not_know_falls_back_to_the_whole_english_message() -> None:
    error = NotAllowed(who="Sokha Chan", role="visitor", action="fly")
    assert not is_translated(error)
    assert error_text(error) == "Sokha Chan (visitor) may not fly. Ask a supervisor or the partner admin."


FRENCH = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context><name>Error</name>
<message><source>{name} is on a break. End the break first.</source>
<translation>{name} est en pause. Terminez d'abord la pause.</translation></message>
<message><source>{who} ({role}) may not {action}. {hint}</source>
<translation>{who} ({role}) ne peut pas {action}. {hint}</translation></message>
<message><source>Ask a supervisor or the partner admin.</source>
<translation>Demandez à un superviseur ou à l'administrateur partenaire.</translation></message>
</context>
<context><name>Role</name>
<message><source>worker</source><translation>opératrice</translation></message>
</context>
<context><name>Permission</name>
<message><source>approve timesheets</source><translation>approuver les feuilles d'heures</translation></message>
</context>
</TS>
"""


@pytest.fixture
def french(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    with translated(FRENCH, tmp_path):
        yield


def test_a_translation_changes_what_the_core_refused(people: People, french: None) -> None:
    store, clock = people.store, people.clock
    timesheet.clock_in(store, people.worker, clock=clock)
    timesheet.start_break(store, people.worker, clock=clock)
    on_break = refusal(lambda: timesheet.start_break(store, people.worker, clock=clock))
    approving = refusal(lambda: timesheet.approve(store, people.worker, people.supervisor.user_id, people.today(),
                                                  people.today(), clock=clock))

    assert error_text(on_break) == "Amina Njeri est en pause. Terminez d'abord la pause."
    assert approving.message == ("Amina Njeri (worker) may not approve timesheets. Ask a supervisor or the partner "
                                 "admin.")
    assert error_text(approving) == ("Amina Njeri (opératrice) ne peut pas approuver les feuilles d'heures. Demandez "
                                     "à un superviseur ou à l'administrateur partenaire.")
