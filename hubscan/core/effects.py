"""What a committed scan asks of the station besides its answer."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Effects:
    """What a committed scan asks of the station after its commit, beyond its answer:
    the window and ``hubscan session`` act on these, never on outcome codes (as Anki's
    ``OpChanges`` tell its screens what an operation changed)."""

    # The labels this scan's transaction queued, to print now that they are durable.
    print_jobs: tuple[int, ...] = ()
    # Send every label not printed yet, failed ones included (HS:RETRY).
    resend_waiting: bool = False
    # Someone logged in or out: the shift counters count from the latest login.
    operator_changed: bool = False
    # The container (its SSCC) to weigh on the bench's scale now (HS:WEIGH).
    weigh: str | None = None

    def __or__(self, other: Effects) -> Effects:
        return Effects(
            self.print_jobs + other.print_jobs,
            self.resend_waiting or other.resend_waiting,
            self.operator_changed or other.operator_changed,
            self.weigh or other.weigh,
        )


NO_EFFECTS = Effects()
