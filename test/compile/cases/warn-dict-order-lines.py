d = {
    1 is x: 2 is x,
    **{3 is x: 4},
    5 is x: 6 is x,
}
