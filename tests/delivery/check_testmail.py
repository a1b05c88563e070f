#!/usr/bin/python3
"""Independent check of one received message (Python's email package and Debian's python3-dkim).

Usage: check_testmail.py FILE.eml [--dns NAME=TXT]...
Prints one JSON object: DKIM result per signature, headers, the text and HTML parts, the MIME tree, and every
inline image with its Content-ID, type, size and whether the HTML refers to it as cid:. Nothing here knows how
Tayori built the message.
"""
import email
import email.policy
import json
import sys

import dkim


def main():
    path = sys.argv[1]
    records = {}
    args = sys.argv[2:]
    while args:
        flag, value = args[0], args[1]
        args = args[2:]
        if flag == "--dns":
            name, _, txt = value.partition("=")
            records[name.lower().rstrip(".")] = txt.encode()

    def dnsfunc(name, timeout=5):
        key = (name.decode() if isinstance(name, bytes) else name).lower().rstrip(".")
        return records.get(key)

    raw = open(path, "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = {"problems": []}
    sigs = msg.get_all("DKIM-Signature") or []
    results = []
    for i in range(len(sigs)):
        try:
            results.append(bool(dkim.DKIM(raw).verify(idx=i, dnsfunc=dnsfunc)))
        except Exception as e:  # noqa: BLE001 - report, don't crash
            results.append(False)
            out["problems"].append("dkim error %s" % e)
    out["dkim"] = results
    out["subject"] = str(msg["Subject"])
    out["to"] = msg["To"].addresses[0].addr_spec if msg["To"] else ""
    out["from"] = msg["From"].addresses[0].addr_spec if msg["From"] else ""
    out["list_unsubscribe"] = str(msg["List-Unsubscribe"] or "")

    def tree(part):
        if part.is_multipart():
            return {part.get_content_type(): [tree(p) for p in part.iter_parts()]}
        return part.get_content_type()

    out["tree"] = tree(msg)
    body = msg.get_body(preferencelist=("plain",))
    out["text"] = body.get_content() if body is not None else ""
    html = msg.get_body(preferencelist=("html",))
    out["html"] = html.get_content() if html is not None else ""
    images = []
    for part in msg.walk():
        if part.get_content_maintype() != "image":
            continue
        cid = str(part["Content-ID"] or "").strip()
        bare = cid[1:-1] if cid.startswith("<") and cid.endswith(">") else cid
        data = part.get_content()
        images.append({
            "content_id": bare,
            "type": part.get_content_type(),
            "bytes": len(data),
            "png": data[:8] == b"\x89PNG\r\n\x1a\n",
            "parent": "",
            "referenced": ("cid:" + bare) in out["html"],
        })
    # Which multipart holds the images: it must be multipart/related for cid: to resolve.
    for part in msg.walk():
        if part.is_multipart():
            for child in part.iter_parts():
                if child.get_content_maintype() == "image":
                    for image in images:
                        if image["content_id"] == str(child["Content-ID"] or "").strip()[1:-1]:
                            image["parent"] = part.get_content_type()
    out["images"] = images
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
