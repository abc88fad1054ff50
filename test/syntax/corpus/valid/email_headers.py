from email import message_from_string, policy
from email.message import EmailMessage
from email.utils import formataddr, getaddresses, parseaddr

raw = """\
From: "Zoë Ångström" <zoe@example.org>
To: team@example.org, "Bo" <bo@example.org>
Subject: =?utf-8?q?R=C3=A9sum=C3=A9_of_the_GC_meeting?=
Content-Type: text/plain; charset="utf-8"

Cycles were collected. 🎉
"""

msg = message_from_string(raw, policy=policy.default)
print(msg["subject"], "|", parseaddr(msg["from"]), "|", getaddresses([msg["to"]]))
print(msg.get_content().strip())

reply = EmailMessage()
reply["From"] = formataddr(("Bo", "bo@example.org"))
reply["To"] = msg["from"]
reply["Subject"] = "Re: " + msg["subject"]
reply.set_content("Thanks! ✓")
print(reply.as_string().splitlines()[:4])
