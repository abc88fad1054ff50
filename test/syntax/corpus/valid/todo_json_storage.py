import json
import sys
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

STORE = Path.home() / ".todo.json"


@dataclass
class Task:
    title: str
    done: bool = False
    due: str | None = None
    tags: list[str] = field(default_factory=list)

    @property
    def overdue(self) -> bool:
        return not self.done and self.due is not None and date.fromisoformat(self.due) < date.today()


def load(path: Path = STORE) -> list[Task]:
    try:
        return [Task(**d) for d in json.loads(path.read_text(encoding="utf-8"))]
    except FileNotFoundError:
        return []


def save(tasks: list[Task], path: Path = STORE) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps([asdict(t) for t in tasks], indent=1), encoding="utf-8")
    tmp.replace(path)


def main(argv: list[str]) -> int:
    tasks = load()
    match argv:
        case ["add", title, *rest]:
            due = next((r[4:] for r in rest if r.startswith("due=")), None)
            tags = [r[1:] for r in rest if r.startswith("#")]
            tasks.append(Task(title, due=due, tags=tags))
        case ["done", num] if num.isdigit() and 0 < int(num) <= len(tasks):
            tasks[int(num) - 1].done = True
        case ["clean"]:
            tasks = [t for t in tasks if not t.done]
        case [] | ["list"]:
            for i, t in enumerate(tasks, 1):
                mark = "x" if t.done else "!" if t.overdue else " "
                print(f"{i:>3} [{mark}] {t.title}" + (f"  (due {t.due})" if t.due else "") + "".join(f" #{g}" for g in t.tags))
            return 0
        case _:
            print("usage: todo [list | add TITLE [due=YYYY-MM-DD] [#tag...] | done N | clean]", file=sys.stderr)
            return 2
    save(tasks)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
