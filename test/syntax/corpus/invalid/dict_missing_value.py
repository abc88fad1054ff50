config = {
    "host": "localhost",
    "port":,
}
