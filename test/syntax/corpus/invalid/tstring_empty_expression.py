user = "bo"
template = t"welcome {} to {user}"
