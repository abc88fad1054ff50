import shlex
from string.templatelib import Interpolation, Template


def sh(template: Template) -> str:
    """Build a shell command, quoting every interpolated value."""
    pieces = []
    for item in template:
        if isinstance(item, str):
            pieces.append(item)
            continue
        value = item.value
        if item.conversion == "r":
            value = repr(value)
        if isinstance(value, (list, tuple)):
            pieces.append(" ".join(shlex.quote(str(v)) for v in value))
        else:
            pieces.append(shlex.quote(format(value, item.format_spec)))
    return "".join(pieces)


path = "My Documents/report (final).txt"
pattern = "$HOME; rm -rf /"
files = ["a.txt", "b c.txt", "d'e.txt"]
print(sh(t"grep -n {pattern} {path}"))
print(sh(t"tar czf backup.tgz {files}"))
print(sh(t'echo {"spaces and \"quotes\""} {42:05d}'))
print(sh(rt"find . -name {path} -print0 | xargs -0 ls -l \\"))
print(sh(T"echo {files[1]!r}"), sh(Rt"\{files[0]}"))
