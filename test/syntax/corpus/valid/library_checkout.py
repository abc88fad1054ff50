from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass, field
from datetime import date, timedelta


@dataclass
class Book:
    isbn: str
    title: str
    copies: int = 1


@dataclass
class Member:
    name: str
    loans: dict[str, date] = field(default_factory=dict)
    fines: float = 0.0


class Library:
    LOAN_DAYS = 21
    FINE_PER_DAY = 0.25

    def __init__(self) -> None:
        self.books: dict[str, Book] = {}
        self.available: dict[str, int] = {}
        self.holds: defaultdict[str, deque[str]] = defaultdict(deque)
        self.members: dict[str, Member] = {}

    def add(self, book: Book) -> None:
        self.books[book.isbn] = book
        self.available[book.isbn] = self.available.get(book.isbn, 0) + book.copies

    def checkout(self, who: str, isbn: str, today: date) -> str:
        m = self.members.setdefault(who, Member(who))
        if m.fines > 5:
            return f"{who} owes {m.fines:.2f}"
        queue = self.holds[isbn]
        if self.available[isbn] == 0 or (queue and queue[0] != who):
            if who not in queue:
                queue.append(who)
            return f"{who} placed a hold (position {list(queue).index(who) + 1})"
        if queue and queue[0] == who:
            queue.popleft()
        self.available[isbn] -= 1
        m.loans[isbn] = today + timedelta(days=self.LOAN_DAYS)
        return f"{who} borrowed {self.books[isbn].title!r}, due {m.loans[isbn]}"

    def checkin(self, who: str, isbn: str, today: date) -> None:
        m = self.members[who]
        due = m.loans.pop(isbn)
        if (late := (today - due).days) > 0:
            m.fines += late * self.FINE_PER_DAY
        self.available[isbn] += 1


lib = Library()
lib.add(Book("978-0", "Fluent Python"))
d = date(2025, 3, 1)
print(lib.checkout("ana", "978-0", d))
print(lib.checkout("bo", "978-0", d))
lib.checkin("ana", "978-0", d + timedelta(days=40))
print(lib.checkout("ana", "978-0", d + timedelta(days=40)), lib.members["ana"].fines)
print(lib.checkout("bo", "978-0", d + timedelta(days=41)))
