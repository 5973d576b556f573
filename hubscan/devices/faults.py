"""Device faults a person can fix; the message says what to do."""


class PrinterFault(Exception):
    """The printer cannot take the job now. The job itself is kept for a retry."""
