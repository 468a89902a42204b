"""The refusals about PINs at rest, rosters and held tasks reach the UI as translatable texts."""

from __future__ import annotations

from labclient.errors import PepperUnavailableError, RosterFromFutureError, TaskStateError, WeakSecretError
from labclient.ui.messages import error_text, is_translated


def test_pin_and_roster_refusals_have_templates() -> None:
    errors = [WeakSecretError(reason="trivial"), WeakSecretError(reason="short_for_role", role="supervisor", min=8),
              PepperUnavailableError(detail="no keyring is available"),
              RosterFromFutureError(as_of="2036-01-01T00:00:00.000000Z", now="2026-11-24T06:00:00.000000Z")]
    for error in errors:
        assert is_translated(error), error.code
        assert error_text(error)
    assert error_text(errors[1]).startswith("Supervisors and partner admins need a PIN or password of at least 8")


def test_a_task_another_worker_holds_is_refused_translatably() -> None:
    held = TaskStateError(reason="held", state="held")
    assert is_translated(held) and error_text(held).startswith("Another worker has started this task")
