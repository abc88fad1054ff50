import argparse
import json
import sys


def cmd_add(args):
    return {"op": "add", "result": sum(args.numbers)}


def cmd_greet(args):
    return {"op": "greet", "result": f"{args.greeting}, {args.name}{'!' * args.excited}"}


def cmd_config(args):
    match args.action, args.key:
        case "get", key:
            return {"op": "get", "key": key}
        case "set", key if args.value is not None:
            return {"op": "set", "key": key, "value": args.value}
        case "set", _:
            raise SystemExit("config set needs a value")


def build() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="tool")
    p.add_argument("--json", action="store_true")
    sub = p.add_subparsers(dest="command", required=True)

    add = sub.add_parser("add", help="add numbers")
    add.add_argument("numbers", type=float, nargs="+")
    add.set_defaults(func=cmd_add)

    greet = sub.add_parser("greet")
    greet.add_argument("name")
    greet.add_argument("-g", "--greeting", default="Hello")
    greet.add_argument("-e", "--excited", action="count", default=0)
    greet.set_defaults(func=cmd_greet)

    cfg = sub.add_parser("config")
    cfg.add_argument("action", choices=["get", "set"])
    cfg.add_argument("key")
    cfg.add_argument("value", nargs="?")
    cfg.set_defaults(func=cmd_config)
    return p


def main(argv=None):
    args = build().parse_args(argv)
    out = args.func(args)
    print(json.dumps(out) if args.json else out["result"] if "result" in out else out)


for argv in (["add", "1", "2.5"], ["greet", "Zoë", "-eee"], ["--json", "config", "set", "theme", "dark"]):
    main(argv)
if __name__ == "__main__" and sys.argv[1:]:
    main()
