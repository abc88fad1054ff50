from string.templatelib import Interpolation, Template
import html


def render_html(template: Template) -> str:
    parts = []
    for item in template:
        match item:
            case str() as text:
                parts.append(text)
            case Interpolation(value, expression, conversion, format_spec):
                if conversion == "r":
                    value = repr(value)
                elif conversion == "s":
                    value = str(value)
                text = format(value, format_spec)
                parts.append(html.escape(text) if expression != "trusted" else text)
    return "".join(parts)


user = "<script>alert('x')</script>"
count = 3
trusted = "<b>bold</b>"
page = t"<p>Hello {user}! You have {count:03d} messages. {trusted}</p>"
print(render_html(page))
print(render_html(t"{user!r}" t" and " t"{count!s:>5}"))
row = t"""
<tr>
  <td>{count * 2}</td>
  <td>{", ".join(["a", "b"])}</td>
</tr>
"""
print(type(row).__name__, row.strings[0][:5], [i.expression for i in row.interpolations])
sql = rt"SELECT * FROM t WHERE name = {user} -- \n stays raw"
print(sql.strings)
