"""Operators, their roles, and which role may do what (DOMAIN.md, "The people")."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Role(Enum):
    STAFF = "staff"
    SUPERVISOR = "supervisor"
    DISPATCHER = "dispatcher"
    ADMIN = "admin"


class Permission(Enum):
    RECEIVE = "receive"
    PROCESS = "process"
    REJECT = "reject"
    HOLD = "hold"
    RELEASE_HOLDS = "release_holds"  # anyone's hold, and those a rule made
    RESOLVE = "resolve"
    CONSOLIDATE = "consolidate"
    REPRINT = "reprint"
    CONFIGURE = "configure"


# Supervisors can do staff work; dispatchers also receive (parcels reach them unscanned).
# Anyone holds a parcel they are on (and releases their own hold); supervisors release any.
GRANTS: dict[Role, frozenset[Permission]] = {
    Role.STAFF: frozenset({Permission.RECEIVE, Permission.PROCESS, Permission.HOLD}),
    Role.SUPERVISOR: frozenset(
        {
            Permission.RECEIVE,
            Permission.PROCESS,
            Permission.REJECT,
            Permission.HOLD,
            Permission.RELEASE_HOLDS,
            Permission.RESOLVE,
        }
    ),
    Role.DISPATCHER: frozenset({Permission.RECEIVE, Permission.CONSOLIDATE, Permission.REPRINT, Permission.HOLD}),
    Role.ADMIN: frozenset(Permission),
}


@dataclass(frozen=True)
class Operator:
    badge: str
    name: str
    role: Role
    active: bool = True

    def may(self, permission: Permission) -> bool:
        return self.active and permission in GRANTS[self.role]


def roles_with(permission: Permission) -> list[Role]:
    """The roles that hold ``permission``, least powerful first, for messages."""
    return [role for role in Role if permission in GRANTS[role]]
