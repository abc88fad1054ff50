import shlex
import subprocess
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    cmd: str
    code: int
    out: str
    err: str

    @property
    def ok(self) -> bool:
        return self.code == 0


def run(cmd: str | list[str], *, timeout: float = 10, check: bool = False, env: dict | None = None) -> Result:
    argv = shlex.split(cmd) if isinstance(cmd, str) else cmd
    try:
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, env=env)
    except FileNotFoundError:
        return Result(shlex.join(argv), 127, "", f"{argv[0]}: command not found")
    except subprocess.TimeoutExpired as e:
        return Result(shlex.join(argv), -9, e.stdout or "", "timeout")
    res = Result(shlex.join(argv), proc.returncode, proc.stdout, proc.stderr)
    if check and not res.ok:
        raise subprocess.CalledProcessError(res.code, argv, res.out, res.err)
    return res


for c in [[sys.executable, "-c", "print('hi from child')"], "definitely-not-a-command --flag",
          [sys.executable, "-c", "import sys; sys.exit(3)"]]:
    r = run(c)
    print(f"{r.code:>4} {'ok ' if r.ok else 'ERR'} {r.cmd[:50]!r} {r.out.strip() or r.err.strip()!r}")
