"""What the consolidate station shows of containers: each open consolidation's, and
what waits for the carrier (closed consolidations' containers, the open handover)."""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from hubscan.core.readmodels import DispatchView
from hubscan.store.models import closed_containers_table as closed
from hubscan.store.models import consolidations_table as consolidations
from hubscan.store.models import container_parcels_table as packed
from hubscan.store.models import containers_table as containers
from hubscan.store.models import handovers_table as handovers


def container_counts(connection: Connection) -> dict[int, tuple[int, int]]:
    """Per open consolidation: its containers holding parcels, and how many are weighed.

    Only the open ones are looked at (a few, found by the partial index of open
    consolidations): the bench asks at every scan, and its closed consolidations grow by
    hundreds a day."""
    open_ones = select(consolidations.c.id).where(consolidations.c.connote.is_(None))
    holding = select(packed.c.sscc).where(packed.c.sscc == containers.c.sscc).exists()
    rows = connection.execute(
        select(
            containers.c.consolidation_id,
            func.count(),
            func.count(containers.c.weight_g),
        )
        .where(containers.c.consolidation_id.in_(open_ones), holding)
        .group_by(containers.c.consolidation_id)
    )
    return {row[0]: (int(row[1]), int(row[2])) for row in rows}


def dispatch_view(connection: Connection) -> DispatchView:
    waiting = connection.execute(
        select(func.count(), func.count(closed.c.connote.distinct())).where(closed.c.handed_over_at.is_(None))
    ).one()
    open_one = connection.execute(
        select(handovers.c.id, handovers.c.carrier, handovers.c.trailer)
        .where(handovers.c.closed_at.is_(None))
        .order_by(handovers.c.id.desc())
        .limit(1)
    ).first()
    if open_one is None:
        return DispatchView(int(waiting[0]), int(waiting[1]))
    loaded = connection.execute(select(func.count()).where(closed.c.handover_id == open_one.id)).scalar_one()
    return DispatchView(
        int(waiting[0]), int(waiting[1]), f"{open_one.carrier}, trailer {open_one.trailer}", int(loaded)
    )
