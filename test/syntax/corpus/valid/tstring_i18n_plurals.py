from string.templatelib import Interpolation, Template

CATALOG = {
    "de": {"{count} objects freed in {ms} ms": "{count} Objekte in {ms} ms freigegeben"},
    "fr": {"{count} objects freed in {ms} ms": "{count} objets libérés en {ms} ms"},
}


def key_of(template: Template) -> str:
    parts = []
    for item in template:
        parts.append(item if isinstance(item, str) else "{" + item.expression + "}")
    return "".join(parts)


def translate(template: Template, lang: str) -> str:
    values = {i.expression: format(i.value, i.format_spec) for i in template.interpolations}
    pattern = CATALOG.get(lang, {}).get(key_of(template), key_of(template))
    return pattern.format(**values)


count, ms = 1_204, 3.75
for lang in ("en", "de", "fr"):
    print(lang, translate(t"{count} objects freed in {ms} ms", lang))
tpl = t"{count:,} objects freed in {ms:.1f} ms"
print(translate(tpl, "de"), tpl.interpolations[0].format_spec, isinstance(tpl.interpolations[1], Interpolation))
