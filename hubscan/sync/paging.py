"""How many items to ask the service for in one page, on a link that may cut answers.

A link that loses part of an answer loses the longer answers more often: after an
answer cut part-way the next page is half as long (down to ``smallest``), and after one
that came whole it doubles again (up to ``largest``). So a page that keeps being cut
still gets through, and a good link soon gets its full pages back.
"""

from __future__ import annotations


class PageSize:
    def __init__(self, largest: int, smallest: int = 1) -> None:
        self.largest = largest
        self.smallest = smallest
        self.current = largest

    def cut(self) -> None:
        self.current = max(self.smallest, self.current // 2)

    def came_whole(self) -> None:
        self.current = min(self.largest, self.current * 2)
