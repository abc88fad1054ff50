def is_admin(user):
    if user.role = "admin":
        return True
    return False
