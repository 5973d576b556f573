"""The four stations: each turns a classified scan into an Outcome and ledger writes."""
