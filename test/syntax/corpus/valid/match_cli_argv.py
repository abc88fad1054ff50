import sys


def parse(argv: list[str]) -> dict:
    opts = {"verbose": 0, "output": None, "files": [], "jobs": 1}
    args = list(argv)
    while args:
        match args:
            case ["-v" | "--verbose", *rest]:
                opts["verbose"] += 1
                args = rest
            case ["-vv", *rest]:
                opts["verbose"] += 2
                args = rest
            case ["-o" | "--output", path, *rest]:
                opts["output"] = path
                args = rest
            case [opt, *rest] if opt.startswith("--output="):
                opts["output"] = opt.partition("=")[2]
                args = rest
            case ["-j", n, *rest] if n.isdigit():
                opts["jobs"] = int(n)
                args = rest
            case ["--", *rest]:
                opts["files"] += rest
                args = []
            case [opt, *_] if opt.startswith("-") and opt != "-":
                raise SystemExit(f"unknown option {opt}")
            case [path, *rest]:
                opts["files"].append(path)
                args = rest
    return opts


print(parse(["-v", "-vv", "-o", "out.txt", "a.py", "-j", "4", "--", "-weird-name.py"]))
print(parse(["--output=report.html", "-", "b.py"]))
if __name__ == "__main__" and len(sys.argv) > 1:
    print(parse(sys.argv[1:]))
