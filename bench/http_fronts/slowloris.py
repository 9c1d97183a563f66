#!/usr/bin/env python3
"""Slowloris against a server on 127.0.0.1:PORT: N connections that send one
header line every INTERVAL seconds for SECONDS, while a well-behaved client
asks GET /healthz on a fresh connection every 100 ms. Prints the worst and
median healthz latency, healthz failures, and how many slow connections the
server cut (and how soon).
Usage: slowloris.py PORT [N] [SECONDS] [INTERVAL]"""
import socket
import statistics
import sys
import threading
import time

port = int(sys.argv[1])
n = int(sys.argv[2]) if len(sys.argv) > 2 else 64
seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 6
interval = float(sys.argv[4]) if len(sys.argv) > 4 else 0.3

slow, cut_at = [], {}
start = time.time()
for i in range(n):
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(b"GET /healthz HTTP/1.1\r\nHost: t\r\n")
    slow.append(s)

latencies, failures = [], 0
stop = False


def healthy():
    global failures
    while not stop:
        t = time.time()
        try:
            c = socket.create_connection(("127.0.0.1", port), timeout=5)
            c.sendall(b"GET /healthz HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
            if not c.recv(64).startswith(b"HTTP/1.1 200"):
                failures += 1
            c.close()
            latencies.append(time.time() - t)
        except OSError:
            failures += 1
        time.sleep(0.1)


probe = threading.Thread(target=healthy)
probe.start()
line = 0
while time.time() - start < seconds:
    time.sleep(interval)
    line += 1
    for i, s in enumerate(slow):
        if i in cut_at:
            continue
        try:
            s.sendall(b"X-Slow-%d: x\r\n" % line)
        except OSError:
            cut_at[i] = time.time() - start
stop = True
probe.join()
lat = sorted(latencies) or [float("nan")]
cut = sorted(cut_at.values())
print("slow connections %d for %.0f s: healthz worst %.0f ms, median %.1f ms, %d failed of %d; "
      "cut by the server: %d%s" % (n, seconds, lat[-1] * 1000, statistics.median(lat) * 1000,
                                   failures, len(latencies) + failures, len(cut),
                                   " (first at %.1f s)" % cut[0] if cut else ""))
