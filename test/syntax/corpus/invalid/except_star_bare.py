try:
    run_tasks()
except*:
    pass
