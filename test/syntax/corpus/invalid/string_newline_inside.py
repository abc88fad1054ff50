labels = {
    "ok": "All good",
    "warn": "Something
looks off",
}
