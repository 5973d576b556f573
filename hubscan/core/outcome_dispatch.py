"""The outcome codes of packing a consolidation into containers and weighing them
(HS:CONTAINER, a container's SSCC, HS:WEIGH, HS:WEIGHT) and of the bench's scale.
Part of ``outcome.CATALOG``."""

from __future__ import annotations

from hubscan.core.codes import _ERR, _OK, _WARN, CodeInfo

DISPATCH: dict[str, CodeInfo] = {
    "container.opened": CodeInfo(
        _OK, "Container opened", "{container} opened for {destination}: label printing. Scan its parcels."
    ),
    "container.preprinted": CodeInfo(
        _OK, "Container label taken", "{container} opened for {destination}. Scan its parcels."
    ),
    "container.current": CodeInfo(
        _OK, "Container chosen", "{container}: {count} parcel(s). The next parcels go into it."
    ),
    "container.reopened": CodeInfo(
        _WARN,
        "Container opened again",
        "{container} opened again ({count} parcel(s)); its weight of {kg} kg is cleared. Weigh it again when packed.",
    ),
    "container.moved": CodeInfo(
        _OK, "Parcel moved", "{tracking} moved into {container} (from {left}). Weigh the containers it changed."
    ),
    "container.no_consolidation": CodeInfo(
        _ERR, "No consolidation open", "No consolidation is open. Scan a processed parcel or HS:DEST:<code> first."
    ),
    "container.none": CodeInfo(
        _ERR,
        "No container",
        "{tracking} not added: no container is open for {destination}. Open the consolidation if needed "
        "(HS:DEST:{destination}), scan a container label (SSCC), then the parcel again.",
    ),
    "container.no_prefix": CodeInfo(
        _ERR,
        "No GS1 company prefix",
        "HubScan cannot number containers: no GS1 company prefix is set (dispatch.gs1_company_prefix). "
        "Scan a pre-printed container label, or ask IT to set it.",
    ),
    "container.no_prefix_left": CodeInfo(_ERR, "SSCCs used up", "No container opened: {reason}. Call IT."),
    "container.unknown_kind": CodeInfo(
        _ERR, "Unknown container kind", "No container kind {kind}. Use one of: {kinds}."
    ),
    "container.other_consolidation": CodeInfo(
        _ERR, "In another consolidation", "{container} belongs to the consolidation for {destination}."
    ),
    "container.closed": CodeInfo(
        _ERR,
        "Container closed",
        "{container} is in the closed consolidation {connote}: it waits for the carrier (HS:HANDOVER).",
    ),
    "container.none_to_weigh": CodeInfo(
        _ERR, "Nothing to weigh", "No open container to weigh. Scan the container's label first."
    ),
    "container.empty": CodeInfo(_ERR, "Container empty", "{container} holds no parcel: nothing to weigh."),
    "container.weighing": CodeInfo(_OK, "Weighing", "Weighing {container}…"),
    "container.weighed": CodeInfo(
        _OK,
        "Container weighed",
        "{container}: {kg} kg, {count} parcel(s). Open the next container (HS:CONTAINER) or close (HS:DONE).",
    ),
    "container.weighed_by_hand": CodeInfo(
        _WARN,
        "Weight typed",
        "{container}: {kg} kg typed by hand, {count} parcel(s). Open the next container or close (HS:DONE).",
    ),
    "container.weight_for_supervisor": CodeInfo(
        _ERR,
        "Weight for a supervisor",
        "{name}: only a supervisor types a weight. Weigh the container on the scale (HS:WEIGH), or call one.",
    ),
    "container.bad_weight": CodeInfo(
        _ERR, "Not a weight", "{value} is not a weight. Type kilograms, like HS:WEIGHT:12.4."
    ),
    "container.zero_weight": CodeInfo(
        _ERR,
        "No weight",
        "{container} weighs {kg} kg: nothing is on the scale, or it needs zeroing. Put the container on it, "
        "then weigh again.",
    ),
    "container.too_heavy": CodeInfo(
        _ERR, "Weight too high", "{container}: {kg} kg is more than any container. Check the weight and give it again."
    ),
    "container.not_open_here": CodeInfo(
        _ERR, "Container not open", "{container} is not open in this bench's consolidation: weight not kept."
    ),
    "consolidate.unpacked": CodeInfo(
        _ERR,
        "Parcels in no container",
        "Not closed: {count} parcel(s) in no container ({parcels}). Scan a container label, then each of them.",
    ),
    "consolidate.unweighed": CodeInfo(
        _ERR,
        "Containers not weighed",
        "Not closed: {count} container(s) not weighed: {containers}. Scan each, then HS:WEIGH.",
    ),
    "consolidate.customs_missing": CodeInfo(
        _ERR,
        "Customs data missing",
        "Not closed: {destination} is in customs territory {territory}, and {count} parcel(s) lack their items' "
        "customs data: {parcels}. Ask the retailer to send it in the pre-advice, or take the parcel out "
        "(HS:HOLD), then HS:DONE again.",
    ),
    # The handover to the linehaul carrier
    "consolidate.to_hand_over": CodeInfo(
        _ERR,
        "Closed: to hand over",
        "{tracking} is in the closed consolidation {connote}: it leaves when its container is loaded at the handover.",
    ),
    "handover.opened": CodeInfo(
        _OK,
        "Handover open",
        "Handover to {carrier}, trailer {trailer}: scan each container onto it, then HS:DONE.",
    ),
    "handover.needs_trailer": CodeInfo(
        _ERR,
        "Carrier and trailer",
        "{value}: give the carrier and the trailer or seal number, like HS:HANDOVER:DHL TRL-4711.",
    ),
    "handover.already_open": CodeInfo(
        _ERR,
        "Handover open",
        "The handover to {carrier} (trailer {trailer}) is open: close it (HS:DONE) or cancel it (HS:CANCEL).",
    ),
    "handover.containers_only": CodeInfo(
        _ERR,
        "Containers only",
        "The handover to {carrier} (trailer {trailer}) takes containers: scan their labels, HS:DONE or HS:CANCEL.",
    ),
    "handover.loaded": CodeInfo(
        _OK,
        "Container loaded",
        "{container} ({connote}, {destination}) loaded: {count} container(s) on trailer {trailer}.",
    ),
    "handover.already_loaded": CodeInfo(
        _WARN, "Already loaded", "{container} is already loaded ({count} container(s) on this handover)."
    ),
    "handover.loaded_elsewhere": CodeInfo(
        _ERR,
        "Loaded at another bench",
        "{container} is loaded on bench {bench}'s open handover. Hand it over there, or have bench {bench} cancel it.",
    ),
    "handover.gone": CodeInfo(_ERR, "Already handed over", "{container} ({connote}) was handed over already."),
    "handover.not_closed": CodeInfo(
        _ERR, "Consolidation open", "{container} is in a consolidation not closed yet: close it first."
    ),
    "handover.unknown_container": CodeInfo(
        _ERR, "Unknown container", "{container} is no closed consolidation's container here. Check the label."
    ),
    "handover.empty": CodeInfo(
        _ERR, "Nothing loaded", "Nothing is loaded for {carrier} (trailer {trailer}): scan the containers first."
    ),
    "handover.left_behind": CodeInfo(
        _WARN,
        "Containers left behind",
        "{count} container(s) of these consolidations are not loaded: {containers}. Load them, "
        "or HS:DONE again to hand over without them.",
    ),
    "handover.member_refused": CodeInfo(
        _ERR,
        "A parcel is stopped",
        "Not handed over: {tracking} is stopped ({exception}). A supervisor resolves it (HS:RESOLVE:{tracking} "
        "<note>), or it is taken out of its container (hold it), then HS:DONE again.",
    ),
    "handover.closed": CodeInfo(
        _OK,
        "Handed over: exported",
        "Handed over to {carrier}, trailer {trailer}: {containers} container(s), {count} parcel(s) exported.",
    ),
    "handover.cancelled": CodeInfo(
        _OK, "Handover cancelled", "Handover to {carrier} cancelled; {count} container(s) back on the dock."
    ),
    "reopen.done": CodeInfo(
        _WARN,
        "Consolidation reopened",
        "Consolidation for {destination} open again: connote {connote} is void, destroy its label. "
        "Closing it again gives a new connote.",
    ),
    "reopen.unknown": CodeInfo(
        _ERR, "Not closed here", "No consolidation closed at this bench has connote {connote}: reopen it at its bench."
    ),
    "reopen.gone": CodeInfo(
        _ERR,
        "Already loaded",
        "Connote {connote} cannot be reopened: its containers are loaded or handed over (or it was a TEST one).",
    ),
    "reopen.other_open": CodeInfo(
        _ERR,
        "Another one open",
        "A consolidation for {destination} is open at this bench: close or cancel it, then reopen {connote}.",
    ),
    "reopen.for_supervisor": CodeInfo(
        _ERR, "For a supervisor", "{name}: only a supervisor reopens a closed consolidation."
    ),
    # The bench's scale
    "scale.none": CodeInfo(
        _ERR,
        "No scale",
        "This bench has no scale set up (scale.url). A supervisor types the weight: HS:WEIGHT:<kg>.",
    ),
    "scale.unplugged": CodeInfo(
        _ERR, "Scale not found", "The scale at {url} cannot be opened. Check its cable and power, then weigh again."
    ),
    "scale.no_answer": CodeInfo(
        _ERR,
        "Scale silent",
        "The scale at {url} did not answer in {seconds} s. Check it is on and set to MT-SICS, 9600 baud, "
        "then weigh again.",
    ),
    "scale.unstable": CodeInfo(
        _ERR,
        "Scale not steady",
        "The weight does not settle (it showed {moving}). Keep the container still, off the edges, then weigh again.",
    ),
    "scale.overload": CodeInfo(
        _ERR, "Scale overloaded", "The load is over the scale's range. Use a bigger scale, or a supervisor types it."
    ),
    "scale.underload": CodeInfo(
        _ERR, "Scale below zero", "The scale reads below zero. Empty it, zero it, then weigh again."
    ),
    "scale.refused": CodeInfo(
        _ERR, "Scale refused", "The scale refused the request ({reply}). Check it is set to MT-SICS."
    ),
    "scale.unreadable": CodeInfo(
        _ERR, "Scale reply unreadable", "The scale's reply ({reply}) is not a weight. Check it is set to MT-SICS."
    ),
}
