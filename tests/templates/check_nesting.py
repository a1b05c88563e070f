# Reads HTML on stdin with Python's html.parser (independent of Tayori's code) and prints "ok" when every
# table/tr/td/div/a/p/heading/list element opened is closed in order, else what is wrong.
import sys
from html.parser import HTMLParser
VOID = {"meta", "img", "br", "hr", "input", "link"}
CHECKED = {"table", "tr", "td", "div", "a", "p", "h1", "h2", "h3", "ul", "ol", "li", "html", "head", "body"}
class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.errors = []
        self.tables = 0
    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        if tag == "table":
            self.tables += 1
        self.stack.append(tag)
    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            if tag in CHECKED or (self.stack and self.stack[-1] in CHECKED):
                self.errors.append("</%s> closes <%s>" % (tag, self.stack[-1] if self.stack else "nothing"))
            if tag in self.stack:
                while self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()
p = P()
p.feed(sys.stdin.read())
p.close()
left = [t for t in p.stack if t in CHECKED]
if left:
    p.errors.append("never closed: " + " ".join(left))
if p.tables < 10:
    p.errors.append("only %d tables" % p.tables)
print("\n".join(p.errors) if p.errors else "ok")
