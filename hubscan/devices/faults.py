"""Device faults a person can fix; the message says what to do."""

from hubscan.core.notices import Notice


class PrinterFault(Exception):
    """The printer cannot take the job now. The job itself is kept for a retry.

    ``notice`` says what is wrong and what to do (translatable); ``str()`` in English."""

    def __init__(self, notice: Notice) -> None:
        super().__init__(str(notice))
        self.notice = notice
