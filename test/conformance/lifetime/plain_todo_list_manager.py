# A to-do list manager class using lists of dicts, with add, complete, remove and a summary.
class TodoList:
    def __init__(self):
        self.items = []
        self.next_id = 1

    def add(self, title, priority=2):
        self.items.append({"id": self.next_id, "title": title, "done": False, "priority": priority})
        self.next_id += 1

    def complete(self, item_id):
        for it in self.items:
            if it["id"] == item_id:
                it["done"] = True
                return True
        return False

    def remove_done(self):
        before = len(self.items)
        self.items = [it for it in self.items if not it["done"]]
        return before - len(self.items)

    def show(self):
        for it in sorted(self.items, key=lambda i: (i["priority"], i["id"])):
            print(f"[{'x' if it['done'] else ' '}] #{it['id']} {it['title']} (p{it['priority']})")

todo = TodoList()
todo.add("write tests", 1)
todo.add("buy milk")
todo.add("call mum", 1)
todo.complete(2)
print(todo.complete(9))
todo.show()
print("removed", todo.remove_done())
todo.show()
