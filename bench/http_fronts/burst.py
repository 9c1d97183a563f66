#!/usr/bin/env python3
"""A burst of N clients that connect at once, each asking GET /healthz:
how many got an HTTP reply (200 or a refusal), and how many were reset or
left unanswered. Usage: burst.py PORT [N]"""
import selectors
import socket
import sys
import time

port = int(sys.argv[1])
n = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
sel = selectors.DefaultSelector()
conns, failed_connect = [], 0
for _ in range(n):
    s = socket.socket()
    s.setblocking(False)
    s.connect_ex(("127.0.0.1", port))
    conns.append(s)
    sel.register(s, selectors.EVENT_WRITE)
replies = {}
sent = set()
deadline = time.time() + 10
while time.time() < deadline and len(replies) < n:
    for key, events in sel.select(timeout=0.5):
        s = key.fileobj
        try:
            if events & selectors.EVENT_WRITE and s not in sent:
                s.send(b"GET /healthz HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
                sent.add(s)
                sel.modify(s, selectors.EVENT_READ)
            elif events & selectors.EVENT_READ:
                data = s.recv(64)
                replies[s] = data[:12].decode(errors="replace") if data else "closed"
                sel.unregister(s)
        except OSError as e:
            replies[s] = "reset"
            sel.unregister(s)
ok = sum(1 for v in replies.values() if v == "HTTP/1.1 200")
refused = sum(1 for v in replies.values() if v.startswith("HTTP/1.1") and v != "HTTP/1.1 200")
bad = n - ok - refused
print("burst of %d: %d answered 200, %d refused with an HTTP reply, %d reset or unanswered"
      % (n, ok, refused, bad))
