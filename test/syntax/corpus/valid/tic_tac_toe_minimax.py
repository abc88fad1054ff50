from functools import lru_cache

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(board: str) -> str | None:
    for a, b, c in LINES:
        if board[a] != "." and board[a] == board[b] == board[c]:
            return board[a]
    return None


@lru_cache(maxsize=None)
def minimax(board: str, player: str) -> tuple[int, int | None]:
    if (w := winner(board)) is not None:
        return (1 if w == "X" else -1), None
    if "." not in board:
        return 0, None
    best_score, best_move = (-2, None) if player == "X" else (2, None)
    for i, cell in enumerate(board):
        if cell != ".":
            continue
        child = board[:i] + player + board[i + 1:]
        score, _ = minimax(child, "O" if player == "X" else "X")
        if (player == "X" and score > best_score) or (player == "O" and score < best_score):
            best_score, best_move = score, i
    return best_score, best_move


def show(board):
    return "\n".join(" ".join(board[r * 3:r * 3 + 3]) for r in range(3))


board, player = "." * 9, "X"
while winner(board) is None and "." in board:
    _, move = minimax(board, player)
    board = board[:move] + player + board[move + 1:]
    player = "O" if player == "X" else "X"
print(show(board), "\nresult:", winner(board) or "draw", minimax.cache_info().currsize)
