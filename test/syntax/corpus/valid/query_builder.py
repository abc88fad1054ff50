from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Self


@dataclass(frozen=True)
class Query:
    table: str
    columns: tuple[str, ...] = ("*",)
    wheres: tuple[tuple[str, Any], ...] = ()
    order: tuple[str, ...] = ()
    limit_: int | None = None
    params: dict[str, Any] = field(default_factory=dict, compare=False)

    def select(self, *cols: str) -> Self:
        return replace(self, columns=cols or ("*",))

    def where(self, **conds: Any) -> Self:
        return replace(self, wheres=self.wheres + tuple(conds.items()))

    def order_by(self, *cols: str) -> Self:
        return replace(self, order=self.order + cols)

    def limit(self, n: int) -> Self:
        return replace(self, limit_=n)

    def sql(self) -> tuple[str, list[Any]]:
        parts = [f"SELECT {', '.join(self.columns)} FROM {self.table}"]
        args: list[Any] = []
        if self.wheres:
            clauses = []
            for key, value in self.wheres:
                col, _, op = key.partition("__")
                match op, value:
                    case "" | "eq", None:
                        clauses.append(f"{col} IS NULL")
                    case "" | "eq", _:
                        clauses.append(f"{col} = ?"); args.append(value)
                    case "gt" | "lt" | "gte" | "lte", _:
                        sym = {"gt": ">", "lt": "<", "gte": ">=", "lte": "<="}[op]
                        clauses.append(f"{col} {sym} ?"); args.append(value)
                    case "in", [*items]:
                        clauses.append(f"{col} IN ({', '.join('?' * len(items))})"); args.extend(items)
                    case "like", str():
                        clauses.append(f"{col} LIKE ?"); args.append(value)
                    case _:
                        raise ValueError(f"unsupported lookup {key}")
            parts.append("WHERE " + " AND ".join(clauses))
        if self.order:
            parts.append("ORDER BY " + ", ".join(f"{c[1:]} DESC" if c.startswith("-") else c for c in self.order))
        if self.limit_ is not None:
            parts.append(f"LIMIT {self.limit_:d}")
        return " ".join(parts), args


q = Query("objects").select("id", "type", "refcount").where(refcount__gt=1, type__in=["list", "dict"], freed=None)
print(*q.order_by("-refcount", "id").limit(10).sql(), sep="\n")
