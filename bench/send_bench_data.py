#!/usr/bin/env python3
"""Inputs of bench/send_bench.sh: N contacts (Japanese and English names, many domains, some without a company)
and one realistic newsletter — table-based HTML with inline styles and a plain-text part, Japanese and English,
with the merge fields {{full_name}}, {{first_name|…}}, {{company|…}}, {{email}} and {{unsubscribe_url}}.

Usage: send_bench_data.py N OUT_DIR [HTML_BYTES=13000] [TEXT_BYTES=3000]
Writes OUT_DIR/contacts.csv (email,last_name,first_name,company; UTF-8, no field needs quoting), template.html,
template.txt and subject.txt. Sizes are of the template before personalisation. Why these defaults: the issue asks for
messages of about 20–28 KB as sent; base64 or quoted-printable make a part up to 4/3 of its bytes, so ~13 KB of
HTML and ~3 KB of text (a fifth of the HTML and half the text are Japanese) come to ~24 KB on the wire with base64
and ~26.5 KB with quoted-printable, headers and DKIM signature included.
"""
import sys

n, out = int(sys.argv[1]), sys.argv[2]
html_target = int(sys.argv[3]) if len(sys.argv) > 3 else 13000
text_target = int(sys.argv[4]) if len(sys.argv) > 4 else 3000

# Contacts. The domains are reserved example names, deliberately none of the Japanese carrier domains (docomo.ne.jp,
# ezweb.ne.jp, …) that get gentle per-domain throttles: the benchmark measures the sender, not the throttle.
family = ["山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林", "加藤", "吉田", "山本"]
given = ["太郎", "花子", "一郎", "美咲", "健", "陽菜", "翔", "結衣", "大輔", "さくら", "蓮", "葵"]
first = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Sarah"]
last = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Wilson", "Taylor"]
companies_ja = ["株式会社サンプル", "合同会社テスト商事", "有限会社みほん工業", "株式会社例示システムズ"]
companies_en = ["Example Corp", "Acme Trading", "Sample Systems", "Placeholder Labs"]
domains = ([f"example{i}.co.jp" for i in range(20)] + [f"mail{i}.example.jp" for i in range(10)]
           + [f"example{i}.com" for i in range(12)] + ["example.net", "example.org", "example.jp", "example.com"])
with open(f"{out}/contacts.csv", "w", encoding="utf-8", newline="") as f:
    f.write("email,last_name,first_name,company\r\n")
    for i in range(n):
        domain = domains[(i * 7) % len(domains)]
        if i % 3 != 2:  # two in three Japanese
            ln, fn = family[i % len(family)], given[(i // len(family)) % len(given)]
            company = "" if i % 5 == 0 else f"{companies_ja[i % 4]}{i % 300}"
        else:
            ln, fn = last[i % len(last)], first[(i // len(last)) % len(first)]
            company = "" if i % 5 == 0 else f"{companies_en[i % 4]} {i % 300}"
        f.write(f"user{i}@{domain},{ln},{fn},{company}\r\n")

# The newsletter. Articles are added until the HTML reaches its target size, so the size does not depend on edits.
articles = [
    ("新機能：配信予約がより柔軟になりました", "Scheduling, now more flexible",
     "12月のアップデートで、キャンペーンの配信予約を分単位で指定できるようになりました。タイムゾーンごとの配信にも対応し、"
     "海外のお客様にも最適な時間帯にお届けできます。設定画面の「配信予約」から今すぐお試しください。",
     "You can now schedule campaigns to the minute and per time zone, so customers abroad get your news at a "
     "sensible hour. Try it from the Schedule page in Settings."),
    ("導入事例：地域の書店が開封率を二倍に", "Case study: a local bookshop doubles its open rate",
     "神奈川県の老舗書店では、読者の好みに合わせたセグメント配信を始めてから、開封率が18%から37%に向上しました。"
     "店長の佐々木さんに、件名の工夫と配信時間の選び方を伺いました。",
     "A bookshop in Kanagawa moved to segmented sends by reading taste and saw opens rise from 18% to 37%. "
     "The owner shares how she writes subjects and picks send times."),
    ("セミナーのご案内：メール認証の基本", "Seminar: the basics of email authentication",
     "SPF、DKIM、DMARCの設定は難しそうに見えますが、要点を押さえれば30分で完了します。本セミナーでは、"
     "実際のDNS設定画面を使いながら、迷惑メール判定を避けるための手順を解説します。参加無料・オンライン開催です。",
     "SPF, DKIM and DMARC look daunting but take half an hour once you know the essentials. This free online "
     "seminar walks through real DNS settings step by step."),
    ("お客様の声", "What our customers say",
     "「以前の配信ツールでは数時間かかっていた配信が、数分で終わるようになりました。配信ログで一件ごとの結果が"
     "確認できるので、問い合わせ対応も楽になりました。」（製造業・マーケティング担当）",
     "\"Sends that took hours with our old tool now finish in minutes, and the per-recipient log makes support "
     "questions easy to answer.\" (Marketing lead, manufacturing)"),
    ("年末年始の営業について", "Holiday opening hours",
     "12月29日から1月3日まではサポート窓口をお休みいたします。期間中のお問い合わせは、1月4日以降に順次対応いたします。"
     "緊急のご連絡はヘルプセンターのフォームからお願いいたします。",
     "Support is closed from 29 December to 3 January; we will answer messages from 4 January. For urgent "
     "matters please use the form in the Help Centre."),
]

style_td = 'style="padding:16px 24px;font-family:\'Hiragino Sans\',\'Meiryo\',Arial,sans-serif;font-size:15px;' \
           'line-height:1.7;color:#333333;"'


def article_html(k, a):
    ja_title, en_title, ja, en = a
    return f"""<tr><td {style_td}>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;">
<tr><td style="padding:0 0 8px 0;"><img src="https://news.bench.example/img/article{k}.png" width="552" height="180" alt="{en_title}" style="display:block;width:100%;max-width:552px;height:auto;border:0;"></td></tr>
<tr><td style="font-size:20px;font-weight:bold;color:#1a4d8f;padding:8px 0 4px 0;">{ja_title}</td></tr>
<tr><td style="font-size:13px;color:#777777;padding:0 0 8px 0;">{en_title}</td></tr>
<tr><td style="padding:0 0 8px 0;">{ja}</td></tr>
<tr><td style="padding:0 0 12px 0;color:#555555;">{en}</td></tr>
<tr><td><table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#1a4d8f;border-radius:4px;"><a href="https://news.bench.example/articles/{k}?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=2026-12" style="display:inline-block;padding:10px 20px;color:#ffffff;text-decoration:none;font-weight:bold;">続きを読む / Read more</a></td></tr></table></td></tr>
</table>
</td></tr>
<tr><td style="padding:0 24px;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td style="border-top:1px solid #e5e5e5;font-size:1px;line-height:1px;">&nbsp;</td></tr></table></td></tr>
"""


head = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Tayori通信 2026年12月号</title>
<style>@media only screen and (max-width:620px){{.container{{width:100%!important}}.col{{display:block!important;width:100%!important}}}}</style>
</head>
<body style="margin:0;padding:0;background:#f2f4f7;">
<div style="display:none;max-height:0;overflow:hidden;">{{{{full_name}}}}様、今月のお知らせ：配信予約の新機能、導入事例、無料セミナーのご案内</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f4f7;">
<tr><td align="center" style="padding:24px 8px;">
<table role="presentation" class="container" width="600" cellpadding="0" cellspacing="0" border="0" style="width:600px;background:#ffffff;border-radius:6px;">
<tr><td style="padding:20px 24px;background:#1a4d8f;border-radius:6px 6px 0 0;"><img src="https://news.bench.example/img/logo.png" width="140" height="36" alt="Tayori" style="display:block;border:0;"></td></tr>
<tr><td {style_td}>
<p style="margin:0 0 12px 0;">{{{{company|お客様各位}}}}<br>{{{{full_name}}}} 様</p>
<p style="margin:0 0 12px 0;">いつもTayoriをご利用いただき、ありがとうございます。{{{{first_name|お客様}}}}さんに、今月の新機能とイベントをまとめてお届けします。</p>
<p style="margin:0;color:#555555;">Dear {{{{first_name|customer}}}}, here is what is new this month.</p>
</td></tr>
"""

products = "".join(
    f"""<td class="col" width="50%" valign="top" style="padding:8px;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border:1px solid #e5e5e5;border-radius:4px;"><tr><td style="padding:12px;font-family:Arial,sans-serif;font-size:14px;color:#333333;"><img src="https://news.bench.example/img/plan{p}.png" width="240" height="120" alt="Plan {p}" style="display:block;width:100%;height:auto;border:0;"><p style="margin:8px 0 4px 0;font-weight:bold;">{name}</p><p style="margin:0 0 8px 0;">{desc}</p><a href="https://news.bench.example/plans/{p}" style="color:#1a4d8f;">詳しく見る</a></td></tr></table></td>"""
    for p, name, desc in [(1, "スタンダードプラン", "月1万通まで。小規模店舗に最適です。Up to 10,000 mails a month."),
                          (2, "ビジネスプラン", "月10万通まで。専任サポート付き。Up to 100,000 mails, with support.")])
middle = f"""<tr><td style="padding:8px 16px;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>{products}</tr></table></td></tr>
"""

events = "".join(
    f'<tr><td style="padding:6px 8px;border-bottom:1px solid #eeeeee;">{d}</td><td style="padding:6px 8px;border-bottom:1px solid #eeeeee;">{t}</td></tr>'
    for d, t in [("12月10日（水）", "メール認証入門セミナー / Email authentication 101"),
                 ("12月17日（水）", "セグメント配信活用講座 / Segmentation workshop"),
                 ("1月14日（水）", "新年のキャンペーン設計 / Planning New Year campaigns")])
tail = f"""<tr><td {style_td}><p style="margin:0 0 8px 0;font-weight:bold;">今後のイベント / Upcoming events</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="font-size:14px;">{events}</table></td></tr>
<tr><td style="padding:20px 24px;background:#f7f7f7;border-radius:0 0 6px 6px;font-family:Arial,sans-serif;font-size:12px;line-height:1.6;color:#888888;">
<p style="margin:0 0 8px 0;">このメールは {{{{email}}}} 宛にお送りしています。配信停止は<a href="{{{{unsubscribe_url}}}}" style="color:#888888;">こちら</a>から、いつでも手続きいただけます。</p>
<p style="margin:0 0 8px 0;">This email was sent to {{{{email}}}}. <a href="{{{{unsubscribe_url}}}}" style="color:#888888;">Unsubscribe</a> at any time.</p>
<p style="margin:0;">Tayori株式会社　〒100-0001 東京都千代田区千代田1-1 / Tayori K.K., 1-1 Chiyoda, Tokyo</p>
</td></tr>
</table>
</td></tr>
</table>
</body></html>
"""

def html_size(b, k):
    return len((head + b + (middle if k < 2 else "") + tail).encode())


body = ""
k = 0
# Add whole articles while that brings the size nearer its target.
while True:
    more = body + article_html(k, articles[k % len(articles)]) + (middle if k == 1 else "")
    if abs(html_size(more, k + 1) - html_target) >= abs(html_size(body, k) - html_target):
        break
    body, k = more, k + 1
html = head + body + tail
with open(f"{out}/template.html", "w", encoding="utf-8", newline="") as f:
    f.write(html)

text_head = """{{company|お客様各位}}
{{full_name}} 様

いつもTayoriをご利用いただき、ありがとうございます。
Dear {{first_name|customer}}, here is what is new this month.

"""
text_tail = """--
このメールは {{email}} 宛にお送りしています。
配信停止 / Unsubscribe: {{unsubscribe_url}}
Tayori株式会社　〒100-0001 東京都千代田区千代田1-1
"""
text_body = ""
k = 0
while len((text_head + text_body + text_tail).encode()) < text_target:
    ja_title, en_title, ja, en = articles[k % len(articles)]
    text_body += f"■ {ja_title} / {en_title}\n{ja}\n{en}\nhttps://news.bench.example/articles/{k}\n\n"
    k += 1
with open(f"{out}/template.txt", "w", encoding="utf-8", newline="") as f:
    f.write(text_head + text_body + text_tail)
with open(f"{out}/subject.txt", "w", encoding="utf-8", newline="") as f:
    f.write("【Tayori通信】2026年12月号：配信予約の新機能とセミナーのご案内")
