#!/usr/bin/python3
"""Independent check of what a test SMTP server received (Debian's python3-dkim and Python's email package).

Usage: check_delivered.py MAILDIR_LOG_JSONL MAILDIR --dns NAME=TXT [--dns NAME=TXT]...
Prints one JSON object: per recipient what arrived (count, subject, text, html snippet, DKIM result, alignment,
header checks) and a summary. The test asserts on it; nothing here knows how Tayori built the messages.
"""
import email
import email.policy
import json
import os
import re
import sys

import dkim


def main():
    log_path, maildir = sys.argv[1], sys.argv[2]
    records = {}
    args = sys.argv[3:]
    while args:
        flag, value = args[0], args[1]
        args = args[2:]
        if flag == "--dns":
            name, _, txt = value.partition("=")
            records[name.lower().rstrip(".")] = txt.encode()

    def dnsfunc(name, timeout=5):
        key = (name.decode() if isinstance(name, bytes) else name).lower().rstrip(".")
        return records.get(key)

    files = {}
    for sub in ("new", "cur"):
        folder = os.path.join(maildir, sub)
        if os.path.isdir(folder):
            for f in os.listdir(folder):
                files[f] = os.path.join(folder, f)

    out = {"messages": 0, "recipients": {}, "problems": []}
    entries = []
    if os.path.exists(log_path):
        with open(log_path) as fh:
            entries = [json.loads(line) for line in fh if line.strip()]
    paths = sorted(files.values())
    for path in paths:
        raw = open(path, "rb").read()
        out["messages"] += 1
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        to = str(msg["To"].addresses[0].addr_spec) if msg["To"] else ""
        info = out["recipients"].setdefault(to, {"count": 0})
        info["count"] += 1
        # One DKIM-Signature per key: dkim.verify checks the first; check each by index.
        sigs = msg.get_all("DKIM-Signature") or []
        results = []
        for i in range(len(sigs)):
            d = dkim.DKIM(raw)
            try:
                results.append(bool(d.verify(idx=i, dnsfunc=dnsfunc)))
            except Exception as e:  # noqa: BLE001 - report, don't crash
                results.append(False)
                out["problems"].append("%s: dkim error %s" % (to, e))
        info["dkim"] = results
        tags = {}
        if sigs:
            for part in str(sigs[0]).replace("\r\n", "").replace("\n", "").split(";"):
                k, _, v = part.strip().partition("=")
                tags[k.strip()] = "".join(v.split())
        from_domain = msg["From"].addresses[0].domain.lower() if msg["From"] else ""
        info["from_domain"] = from_domain
        info["d"] = tags.get("d", "")
        info["h"] = tags.get("h", "").lower().split(":") if tags.get("h") else []
        info["subject"] = str(msg["Subject"])
        info["from_name"] = msg["From"].addresses[0].display_name if msg["From"] else ""
        info["message_id"] = str(msg["Message-ID"])
        info["list_unsubscribe"] = str(msg["List-Unsubscribe"] or "")
        info["list_unsubscribe_post"] = str(msg["List-Unsubscribe-Post"] or "")
        info["header_names"] = [k for k, _ in msg.items()]
        body = msg.get_body(preferencelist=("plain",))
        info["text"] = body.get_content() if body is not None else ""
        html = msg.get_body(preferencelist=("html",))
        info["html"] = html.get_content() if html is not None else ""
        info["charset"] = (body or html).get_content_charset() if (body or html) is not None else ""
        # Inline images: every part with a Content-ID, and the cid: references of the HTML.
        info["content_type"] = msg.get_content_type()
        info["images"] = [
            {"cid": str(part["Content-ID"]).strip("<>"), "type": part.get_content_type(),
             "size": len(part.get_content())}
            for part in msg.walk() if part["Content-ID"]
        ]
        info["html_cids"] = sorted(set(re.findall(r"cid:([^\"'\s)>]+)", info["html"])))
        long_lines = [l for l in raw.split(b"\r\n") if len(l) > 998]
        bare_lf = raw.replace(b"\r\n", b"").count(b"\n")
        if long_lines or bare_lf:
            out["problems"].append("%s: %d long lines, %d bare LF" % (to, len(long_lines), bare_lf))
    out["envelopes"] = [{"mail_from": e.get("mail_from"), "rcpts": e.get("rcpts")} for e in entries]
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
