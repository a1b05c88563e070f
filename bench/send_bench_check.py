#!/usr/bin/python3
"""Checks the sample messages of bench/send_bench.sh as smtp-sink dumped them (-d): each one is read back without
the sink's own headers, its DKIM signature verified with python3-dkim against the public keys given (no DNS), and
its size measured. Prints one line; exit status 1 when a message is missing or does not verify.

Usage: /usr/bin/python3 send_bench_check.py DUMP_DIR EXPECTED SELECTOR DOMAIN TXT_RECORD_FILE
"""
import os
import sys

import dkim

dump, expected, selector, domain, txt_file = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
txt = open(txt_file, "rb").read().strip()
name = f"{selector}._domainkey.{domain}.".encode()


def dns(qname, timeout=5):
    return txt if qname == name else None


def message_of(path):
    # smtp-sink writes LF line ends and puts X-Client-Addr … and a three-line Received: in front; the message
    # follows, then one empty line of its own.
    lines = open(path, "rb").read().split(b"\n")
    i = 0
    while not lines[i].startswith(b"Received: "):
        i += 1
    i += 1
    while lines[i][:1] in (b" ", b"\t"):
        i += 1
    body = lines[i:]
    if body and body[-1] == b"":
        body = body[:-1]
    if body and body[-1] == b"":
        body = body[:-1]
    return b"\r\n".join(body) + b"\r\n"


files = sorted(os.listdir(dump))
sizes, bad = [], []
for f in files:
    msg = message_of(os.path.join(dump, f))
    sizes.append(len(msg))
    if not dkim.verify(msg, dnsfunc=dns):
        bad.append(f)
ok = len(files) == expected and not bad
dkim_result = "no message to verify" if not files else "DKIM verified" if not bad else f"DKIM FAILED for {len(bad)}"
print(f"{len(files)}/{expected} messages, {min(sizes, default=0) / 1024:.1f}–{max(sizes, default=0) / 1024:.1f} KB, "
      f"{dkim_result}" + ("" if ok else " — FAIL"))
sys.exit(0 if ok else 1)
