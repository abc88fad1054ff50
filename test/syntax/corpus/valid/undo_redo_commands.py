from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass


class Command(ABC):
    @abstractmethod
    def do(self, doc: list[str]) -> None: ...

    @abstractmethod
    def undo(self, doc: list[str]) -> None: ...


@dataclass
class Insert(Command):
    index: int
    text: str

    def do(self, doc):
        doc.insert(self.index, self.text)

    def undo(self, doc):
        del doc[self.index]


@dataclass
class Replace(Command):
    index: int
    text: str
    old: str | None = None

    def do(self, doc):
        self.old, doc[self.index] = doc[self.index], self.text

    def undo(self, doc):
        doc[self.index] = self.old


class Editor:
    def __init__(self):
        self.doc: list[str] = []
        self._done: list[Command] = []
        self._undone: list[Command] = []

    def run(self, cmd: Command) -> Editor:
        cmd.do(self.doc)
        self._done.append(cmd)
        self._undone.clear()
        return self

    def undo(self) -> Editor:
        if self._done:
            (cmd := self._done.pop()).undo(self.doc)
            self._undone.append(cmd)
        return self

    def redo(self) -> Editor:
        if self._undone:
            (cmd := self._undone.pop()).do(self.doc)
            self._done.append(cmd)
        return self


ed = Editor().run(Insert(0, "hello")).run(Insert(1, "world")).run(Replace(1, "there"))
print(ed.doc, ed.undo().doc, ed.undo().doc, ed.redo().redo().doc, ed.redo().doc)
