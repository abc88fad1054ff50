import sqlite3
from contextlib import closing
from dataclasses import astuple, dataclass, fields
from typing import Iterator


@dataclass
class Note:
    id: int | None
    title: str
    body: str = ""
    pinned: bool = False


class NoteRepo:
    def __init__(self, path: str = ":memory:") -> None:
        self.db = sqlite3.connect(path)
        self.db.row_factory = sqlite3.Row
        with self.db:
            self.db.execute("""
                CREATE TABLE IF NOT EXISTS notes (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    title TEXT NOT NULL,
                    body TEXT DEFAULT '',
                    pinned INTEGER DEFAULT 0
                )""")

    def add(self, note: Note) -> Note:
        with self.db:
            cur = self.db.execute("INSERT INTO notes (title, body, pinned) VALUES (?, ?, ?)", astuple(note)[1:])
        note.id = cur.lastrowid
        return note

    def find(self, *, text: str = "", pinned: bool | None = None) -> Iterator[Note]:
        sql, args = "SELECT * FROM notes WHERE (title LIKE :t OR body LIKE :t)", {"t": f"%{text}%"}
        if pinned is not None:
            sql += " AND pinned = :p"
            args["p"] = int(pinned)
        with closing(self.db.execute(sql + " ORDER BY pinned DESC, id", args)) as cur:
            for row in cur:
                yield Note(**{f.name: row[f.name] for f in fields(Note)} | {"pinned": bool(row["pinned"])})

    def delete(self, note_id: int) -> bool:
        with self.db:
            return self.db.execute("DELETE FROM notes WHERE id = ?", (note_id,)).rowcount == 1


repo = NoteRepo()
for t, b, p in [("gc", "cycle collector notes", True), ("weakref", "callbacks run newest first", False), ("misc", "", False)]:
    repo.add(Note(None, t, b, p))
print([n.title for n in repo.find(text="c")], [n.id for n in repo.find(pinned=False)], repo.delete(3), repo.delete(3))
