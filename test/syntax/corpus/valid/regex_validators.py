import re
from collections.abc import Callable

Validator = Callable[[str], str | None]

EMAIL = re.compile(r"^[\w.+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}$")
IPV4 = re.compile(r"^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$")
SEMVER = re.compile(
    r"""^(?P<major>0|[1-9]\d*)\.(?P<minor>0|[1-9]\d*)\.(?P<patch>0|[1-9]\d*)
        (?:-(?P<pre>[0-9A-Za-z.-]+))?
        (?:\+(?P<build>[0-9A-Za-z.-]+))?$""",
    re.VERBOSE,
)


def pattern(regex: re.Pattern[str], what: str) -> Validator:
    return lambda s: None if regex.fullmatch(s) else f"not a valid {what}"


def length(lo: int = 0, hi: int | None = None) -> Validator:
    def check(s: str) -> str | None:
        if len(s) < lo:
            return f"shorter than {lo}"
        if hi is not None and len(s) > hi:
            return f"longer than {hi}"
        return None
    return check


def validate(value: str, *validators: Validator) -> list[str]:
    return [err for v in validators if (err := v(value)) is not None]


print(validate("ana@example.org", pattern(EMAIL, "email"), length(5, 64)))
print(validate("not-an-email", pattern(EMAIL, "email"), length(20)))
print([bool(IPV4.match(ip)) for ip in ("192.168.0.1", "256.1.1.1", "10.0.0")])
print(SEMVER.match("3.14.0-rc.2+build.7").groupdict())
