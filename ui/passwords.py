"""Server passwords in the system keyring (never in settings or recent files).

Passwords are stored with the ``keyring`` library under the service name
``RACI Planner`` and the location's ``key`` (user@host:port/database), so one
password serves every project of that database. Where no keyring backend is
available (a headless Linux session without a secret service), nothing is
stored: the functions say so and the app asks for the password each time;
PGPASSWORD and ~/.pgpass still work, libpq reads them itself. A keyring
backend is a plug-in that may fail in its own ways (a locked store, a D-Bus
error): any failure means "not stored" or "not found", never a crash.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import keyring
from keyring.backends import fail
from keyring.errors import NoKeyringError

SERVICE = "RACI Planner"
NO_KEYRING = ("no system keyring is available here, so the password is not remembered; "
              "you will be asked again (PGPASSWORD or ~/.pgpass also work)")


@dataclass(frozen=True)
class Stored:
    """What storing a password did: True when kept, else why not."""

    ok: bool
    why: str = ""


def usable() -> bool:
    """False when keyring fell back to its 'fail' backend (nothing can be stored)."""
    try:
        return not isinstance(keyring.get_keyring(), fail.Keyring)
    except Exception:  # a backend that cannot even start
        return False


def get_password(key: str) -> str | None:
    """The password remembered for a location key, or None (also when there is no keyring)."""
    if not key or not usable():
        return None
    try:
        return keyring.get_password(SERVICE, key)
    except Exception:  # a locked or broken store: ask for the password instead
        return None


def set_password(key: str, password: str) -> Stored:
    """Remember a password for a location key in the system keyring."""
    if not usable():
        return Stored(False, NO_KEYRING)
    try:
        keyring.set_password(SERVICE, key, password)
    except NoKeyringError:
        return Stored(False, NO_KEYRING)
    except Exception as exc:  # a locked or broken store
        why = str(exc).splitlines()[0] if str(exc).strip() else type(exc).__name__
        return Stored(False, f"the system keyring refused to store the password ({why}); "
                             "you will be asked again")
    return Stored(True)


def forget_password(key: str) -> None:
    """Remove a remembered password (it was wrong, or the user unticked Remember)."""
    if not usable():
        return
    # Nothing stored, or the keyring is locked: nothing to remove.
    with contextlib.suppress(Exception):
        keyring.delete_password(SERVICE, key)
