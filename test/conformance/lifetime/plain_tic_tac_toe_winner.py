# Detecting the winner of tic-tac-toe boards given as strings.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

def winner(board):
    for a, b, c in LINES:
        if board[a] != "." and board[a] == board[b] == board[c]:
            return board[a]
    return "draw" if "." not in board else None

boards = ["XXXOO....", "XOXOXOOXO", "O..XO.X.O", "XOXXOOOXX", "........."]
for b in boards:
    print("\n".join(b[i:i + 3] for i in range(0, 9, 3)))
    print("->", winner(b))
