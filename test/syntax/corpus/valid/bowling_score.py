def score(rolls: list[int]) -> int:
    total, i = 0, 0
    for frame in range(10):
        if rolls[i] == 10:
            total += 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            total += 10 + rolls[i + 2]
            i += 2
        else:
            total += rolls[i] + rolls[i + 1]
            i += 2
    return total


def parse(card: str) -> list[int]:
    rolls = []
    for ch in card.replace(" ", ""):
        match ch:
            case "X": rolls.append(10)
            case "/": rolls.append(10 - rolls[-1])
            case "-": rolls.append(0)
            case d: rolls.append(int(d))
    return rolls


for card in ("X X X X X X X X X X X X", "9- 9- 9- 9- 9- 9- 9- 9- 9- 9-", "5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/5", "X 7/ 9- X -8 8/ -6 X X X81"):
    print(f"{card:<34} {score(parse(card)):>3}")
