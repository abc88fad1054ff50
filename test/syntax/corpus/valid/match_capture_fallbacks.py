from collections import namedtuple

Move = namedtuple("Move", "piece src dst")


def parse_move(text: str):
    match text.split():
        case [piece, src, "x", dst]:
            return Move(piece, src, dst), "capture"
        case [piece, src, dst]:
            return Move(piece, src, dst), "move"
        case [("O-O" | "O-O-O") as castle]:
            return castle, "castle"
        case words:
            return words, "unparsed"


def unwrap(value):
    match value:
        case [single]:
            return unwrap(single)
        case (inner,) if not isinstance(inner, str):
            return unwrap(inner)
        case other:
            return other


print(parse_move("N g1 f3"), parse_move("B c4 x f7"), parse_move("O-O"), parse_move("resign now please"))
print(unwrap([[[(5,)]]]), unwrap(["x"]), unwrap({"a": 1}))
