import operator
from typing import Any, Callable

COMMANDS: dict[str, tuple[Callable[..., Any], int]] = {
    "add": (operator.add, 2),
    "neg": (operator.neg, 1),
    "max": (max, -1),
    "fmt": (lambda template, *args, **kw: template.format(*args, **kw), -1),
}


def dispatch(line: str, **env: Any) -> Any:
    name, *raw = line.split()
    fn, arity = COMMANDS[name]
    args = [env.get(a, a) for a in raw]
    args = [int(a) if isinstance(a, str) and a.lstrip("-").isdigit() else a for a in args]
    if arity >= 0 and len(args) != arity:
        raise TypeError(f"{name} takes {arity} arguments, got {len(args)}")
    positional = [a for a in args if not (isinstance(a, str) and "=" in a)]
    keywords = dict(a.split("=", 1) for a in args if isinstance(a, str) and "=" in a)
    return fn(*positional, **keywords)


def call_with(fn, /, *args, **kwargs):
    return fn(*args, *(), **kwargs, **{})


print(dispatch("add 2 40"), dispatch("neg x", x=5), dispatch("max 3 9 -1 y", y=12))
print(dispatch("fmt {0}-{1}-{who} a b who=z"))
print(call_with(print, *"abc", sep="|"), call_with(dict, [("a", 1)], b=2))
head, *middle, tail = dispatch("fmt {}{}{}{} w x y z")
print(head, middle, tail, [*middle, *"!"], {**{"k": 1}, **dict(j=2)})
