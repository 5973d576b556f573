"""One scan in, one Outcome out: login, station changes, permissions, then the station.

``ScanSession`` is what the GUI and ``hubscan session`` both call. It never touches a
database itself: the caller hands it a ``Ledger`` inside a unit of work and commits
after it returns, so an outcome is acknowledged only once it is durable.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from hubscan.core.effects import Effects
from hubscan.core.ledger import Ledger
from hubscan.core.operators import Operator, Permission, Role, roles_with
from hubscan.core.outcome import Outcome, outcome
from hubscan.core.policy import HubPolicy
from hubscan.core.records import EventType, HubEvent, Station, StationContext
from hubscan.core.scan import Scan, ScanClassifier, ScanKind, as_known_parcel, tracking_key
from hubscan.core.stations import (
    alert,
    consolidate,
    containers,
    create,
    forward,
    handover,
    hold,
    link,
    process,
    receive,
    reject,
    resolve,
)
from hubscan.core.stations.work import Work

STATION_PERMISSION: dict[Station, Permission] = {
    Station.RECEIVE: Permission.RECEIVE,
    Station.PROCESS: Permission.PROCESS,
    Station.REJECT: Permission.REJECT,
    Station.CONSOLIDATE: Permission.CONSOLIDATE,
}

_HANDLERS: dict[Station, Callable[[Work, Scan], Outcome]] = {
    Station.RECEIVE: receive.handle,
    Station.PROCESS: process.handle,
    Station.REJECT: reject.handle,
    Station.CONSOLIDATE: consolidate.handle,
}

_CANCELS: dict[Station, Callable[[Work], Outcome]] = {
    Station.PROCESS: process.cancel,
    Station.REJECT: reject.cancel,
    Station.CONSOLIDATE: consolidate.cancel,
}


# Where each role starts when it logs in at a station it may not use.
HOME_STATION: dict[Role, Station] = {
    Role.STAFF: Station.RECEIVE,
    Role.SUPERVISOR: Station.REJECT,
    Role.DISPATCHER: Station.CONSOLIDATE,
    Role.ADMIN: Station.RECEIVE,
}


def allowed_stations(operator: Operator) -> list[Station]:
    return [station for station, permission in STATION_PERMISSION.items() if operator.may(permission)]


class ScanSession:
    """The rules of a workstation, applied to one scan at a time."""

    def __init__(self, policy: HubPolicy) -> None:
        self.policy = policy
        self.classifier = ScanClassifier(policy.scan_format)

    def handle(self, ledger: Ledger, context: StationContext, raw: str, now: datetime) -> Outcome:
        """Apply one scan. Mutates ``context``; the caller persists it with the writes."""
        return self.apply(ledger, context, self.classifier.classify(raw), now)

    def apply(self, ledger: Ledger, context: StationContext, scan: Scan, now: datetime) -> Outcome:
        scan = known_parcel(ledger, scan)
        if scan.kind is ScanKind.INVALID:
            assert scan.error_code is not None
            return outcome(scan.error_code, None, None, **scan.error_params)
        if scan.kind is ScanKind.BADGE:
            return self.login(ledger, context, scan.value, now)
        if scan.kind is ScanKind.COMMAND and scan.value == "LOGIN":
            return self.login(ledger, context, scan.argument or "", now)
        operator = ledger.find_operator(context.operator) if context.operator else None
        if operator is None or not operator.active:
            context.operator = None
            return outcome("auth.not_logged_in")
        if scan.kind is ScanKind.COMMAND and scan.value == "LOGOUT":
            return self.logout(ledger, context, operator, now)
        if scan.kind is ScanKind.COMMAND and scan.value == "STATION":
            return self.change_station(context, operator, scan.argument or "")
        if scan.kind is ScanKind.COMMAND and scan.value == "PHOTO":
            return outcome("photo.window_only")  # the window takes the photo before this
        if scan.kind is ScanKind.COMMAND and scan.value == "RETRY":
            # The labels are already jobs in the store; the workstation sends them after this.
            return outcome("print.retry").with_effects(Effects(resend_waiting=True))
        refusal = _station_refusal(operator, context.station)
        if refusal is not None:
            return refusal
        result = self._at_station(Work(ledger, context, self.policy, operator, now), scan)
        return _marked_test(ledger, result)

    def weighed(self, ledger: Ledger, context: StationContext, sscc: str, grams: int, now: datetime) -> Outcome:
        """The bench's scale weighed ``sscc`` (asked for by HS:WEIGH): the weight is the
        container's if it is still open in the operator's consolidation."""
        operator = ledger.find_operator(context.operator) if context.operator else None
        if operator is None or not operator.active:
            return outcome("auth.not_logged_in")
        work = Work(ledger, context, self.policy, operator, now)
        open_one = consolidate.current(work) if context.station is Station.CONSOLIDATE else None
        return containers.weighed(work, open_one, sscc, grams, "scale")

    def _at_station(self, work: Work, scan: Scan) -> Outcome:
        """A scan for the station's work, by an operator allowed there."""
        operator, context = work.operator, work.context
        waiting = alert.waiting(work, scan)
        if waiting is not None:
            return waiting
        if scan.kind is ScanKind.COMMAND and scan.value in ("HOLD", "RELEASE"):
            if not operator.may(Permission.HOLD):
                return outcome("auth.hold_not_allowed", name=operator.name, role=operator.role.value)
            return hold.hold(work, scan.argument) if scan.value == "HOLD" else hold.release(work)
        if scan.kind is ScanKind.COMMAND and scan.value in ("RESOLVE", "ESCALATE", "CREATE", "LINK", "FORWARD", "KEEP"):
            if not operator.may(Permission.RESOLVE):
                return outcome("auth.resolve_not_allowed", name=operator.name, role=operator.role.value)
            if scan.value == "CREATE":
                return create.create(work, scan.argument or "")
            if scan.value == "LINK":
                return link.link(work, scan.argument or "")
            if scan.value in ("FORWARD", "KEEP"):
                act = forward.forward if scan.value == "FORWARD" else forward.keep
                return act(work, scan.argument or "")
            return resolve.resolve(work, scan.argument or "", escalate=scan.value == "ESCALATE")
        if scan.kind is ScanKind.COMMAND and scan.value == "REOPEN":
            if not operator.may(Permission.RESOLVE):
                return outcome("reopen.for_supervisor", name=operator.name)
            return handover.reopen(work, scan.argument or "")
        if scan.kind is ScanKind.COMMAND and scan.value == "WEIGHT":
            # A supervisor's weight for the bench's open container (its scale cannot
            # weigh it): from any station, as the supervisor's login moved the bench.
            if not operator.may(Permission.RESOLVE):
                return outcome("container.weight_for_supervisor", name=operator.name)
            return containers.typed_weight(work, consolidate.current(work), scan.argument or "")
        if scan.kind is ScanKind.COMMAND and scan.value == "CANCEL":
            cancel = _CANCELS.get(context.station)
            return cancel(work) if cancel else outcome("cancel.nothing")
        return _HANDLERS[context.station](work, scan)

    def _sign_off(
        self, ledger: Ledger, context: StationContext, badge_owner: Operator, now: datetime
    ) -> Outcome | None:
        """A supervisor's badge at a station where a rejection waits for sign-off: the
        rejection, recorded for the operator at the station and signed by the badge's
        owner, who is not logged in (the operator stays)."""
        if context.reason is None or context.parcel is None or context.operator is None:
            return None
        current = ledger.find_operator(context.operator)
        if current is None or not badge_owner.may(Permission.REJECT):
            return None
        work = Work(ledger, context, self.policy, current, now)
        return reject.sign_off(work, badge_owner.badge)

    def login(self, ledger: Ledger, context: StationContext, badge: str, now: datetime) -> Outcome:
        operator = ledger.find_operator(badge.upper())
        if operator is None:
            return outcome("auth.unknown_badge", badge=badge)
        if not operator.active:
            return outcome("auth.inactive_badge", badge=badge)
        signed = self._sign_off(ledger, context, operator, now)
        if signed is not None:
            return signed
        previous = ledger.find_operator(context.operator) if context.operator else None
        if previous is not None and previous.badge != operator.badge:
            self.logout(ledger, context, previous, now)
        if context.station not in allowed_stations(operator):
            context.station = HOME_STATION[operator.role]
            context.clear_work()
        context.operator = operator.badge
        ledger.record_event(HubEvent(EventType.OPERATOR_LOGIN, now, context.station, operator.badge))
        station = context.station.value.capitalize()
        signed_in = outcome("auth.login", name=operator.name, role=operator.role.value, station=station)
        return signed_in.with_effects(Effects(operator_changed=True))

    def logout(self, ledger: Ledger, context: StationContext, operator: Operator, now: datetime) -> Outcome:
        ledger.record_event(HubEvent(EventType.OPERATOR_LOGOUT, now, context.station, operator.badge))
        context.operator = None
        context.clear_work()
        return outcome("auth.logout", name=operator.name).with_effects(Effects(operator_changed=True))

    def change_station(self, context: StationContext, operator: Operator, name: str) -> Outcome:
        try:
            station = Station(name.lower())
        except ValueError:
            return outcome("station.unknown", station=name)
        refusal = _station_refusal(operator, station)
        if refusal is not None:
            return refusal
        if station is not context.station:
            context.station = station
            context.clear_work()
        return outcome("station.changed", station=station.value.capitalize())


def _marked_test(ledger: Ledger, result: Outcome) -> Outcome:
    """Every answer about a retailer's test return says TEST."""
    if result.tracking is None:
        return result
    record = ledger.get_return(result.tracking)
    return result.as_test() if record is not None and record.test else result


def known_parcel(ledger: Ledger, scan: Scan) -> Scan:
    """A scan that names a known return is that parcel, whatever its shape: a carrier's
    tracking number the configured patterns do not describe, all digits of any length,
    or lower case. Commands and badges keep their meaning."""
    if scan.kind in (ScanKind.COMMAND, ScanKind.BADGE):
        return scan
    key = tracking_key(scan.raw)
    if key is None or (scan.kind.is_parcel and scan.value == key):
        return scan
    return as_known_parcel(scan, key) if ledger.get_return(key) is not None else scan


def _station_refusal(operator: Operator, station: Station) -> Outcome | None:
    permission = STATION_PERMISSION[station]
    if operator.may(permission):
        return None
    needed = " or ".join(role.value for role in roles_with(permission) if role.value != "admin") or "admin"
    return outcome(
        "auth.not_allowed", name=operator.name, role=operator.role.value, station=station.value, needed=needed
    )
