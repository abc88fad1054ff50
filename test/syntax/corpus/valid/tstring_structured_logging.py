import json
from string.templatelib import Interpolation, Template, convert


def message(template: Template) -> str:
    out = []
    for part in template:
        match part:
            case Interpolation(value, _, conv, spec):
                out.append(format(convert(value, conv), spec))
            case str():
                out.append(part)
    return "".join(out)


def fields(template: Template) -> dict:
    return {i.expression: i.value for i in template.interpolations}


def log(template: Template, **extra):
    record = {"msg": message(template), **fields(template), **extra}
    print(json.dumps(record, default=str))


obj_type, refcount, alive = "Node", 3, True
log(t"object {obj_type!r} has {refcount:>3} refs (alive={alive})", level="debug")
ratio = 0.8765
log(t"cache hit ratio {ratio:.1%} after {refcount * 100:,} lookups")
nested = t"outer {t'inner {refcount}'!r}"
print(type(nested.values[0]).__name__, message(t"{'quoted'!a} {'x' * 3:^9}|"))
multi = t"""
  type:   {obj_type}
  alive:  {alive!s}
"""
print(message(multi).strip().splitlines())
combined = t"a={1}" + t" b={2}"
print(combined.strings, combined.values, Template("lit", Interpolation(5, "five"), "!").values)
