#!/usr/bin/python3
"""Writes resources/templates/<kind>-<ja|en>.json, the starter templates, from the copy below and the pictures in
resources/templates/images/ (drawn by make-starter-images). Run it after changing either; the JSON files are what
the program embeds. Block ids are numbered in document order, so a regenerated file diffs cleanly."""

import base64
import json
import pathlib
import struct

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "resources" / "templates"
IMAGES = OUT / "images"

SITE = "https://www.example.com"

JA_FONT = "'Hiragino Kaku Gothic ProN','Hiragino Sans','Yu Gothic',YuGothic,Meiryo,'Helvetica Neue',Arial,sans-serif"
JA_SERIF = "'Hiragino Mincho ProN','Yu Mincho',YuMincho,'MS PMincho',Georgia,serif"
EN_FONT = "'Helvetica Neue',Helvetica,Arial,'Hiragino Sans',Meiryo,sans-serif"
EN_SERIF = "Georgia,'Times New Roman','Hiragino Mincho ProN','Yu Mincho',serif"

FOOTER = {
    "ja": {
        "senderName": "株式会社サンプル",
        "address": "〒100-0005 東京都千代田区丸の内1-2-3 サンプルビル5階",
        "contact": "TEL 03-1234-5678 / info@example.com",
    },
    "en": {
        "senderName": "Sample Co., Ltd.",
        "address": "Sample Building 5F, 1-2-3 Marunouchi, Chiyoda-ku, Tokyo 100-0005, Japan",
        "contact": "+81 3-1234-5678 · info@example.com",
    },
}

SOCIAL = [
    {"network": "website", "url": SITE + "/"},
    {"network": "x", "url": "https://x.com/example"},
    {"network": "facebook", "url": "https://www.facebook.com/example"},
    {"network": "line", "url": "https://line.me/R/ti/p/@example"},
]


def png_size(path):
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


class Doc:
    def __init__(self, name, language, settings):
        self.name = name
        self.language = language
        self.settings = settings
        self.blocks = []
        self.assets = {}
        self.next_id = 1

    def block(self, type_, **props):
        b = {"id": "b%d" % self.next_id, "type": type_}
        self.next_id += 1
        b.update(props)
        return b

    def add(self, *blocks):
        self.blocks.extend(blocks)

    def image(self, file, alt, width, **props):
        """An image block shown `width` px wide; the file is drawn at twice that for high-DPI screens."""
        w, h = png_size(IMAGES / file)
        name = file.split("-", 1)[1]  # "newsletter-banner.png" → "banner.png": asset names are per template
        self.assets[name] = (file, w, h)
        return self.block("image", src="asset:" + name, alt=alt, width=width, height=round(width * h / w), **props)

    def columns(self, *columns, **props):
        b = self.block("columns", **props)
        b["columns"] = [list(c) for c in columns]
        return b

    def write(self, path):
        assets = []
        for name, (file, w, h) in sorted(self.assets.items()):
            data = base64.b64encode((IMAGES / file).read_bytes()).decode("ascii")
            assets.append({"name": name, "mimeType": "image/png", "width": w, "height": h, "data": data})
        doc = {
            "format": "tayori-template",
            "version": 1,
            "kind": "blocks",
            "name": self.name,
            "language": self.language,
            "settings": self.settings,
            "blocks": self.blocks,
            "assets": assets,
        }
        text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
        path.write_text(text, encoding="utf-8")
        print("%s: %d bytes" % (path.relative_to(ROOT), len(text.encode("utf-8"))))


def settings(language, palette, preheader, font=None):
    s = {
        "contentWidth": 600,
        "backgroundColor": palette["background"],
        "contentBackgroundColor": "#ffffff",
        "textColor": palette["text"],
        "linkColor": palette["link"],
        "accentColor": palette["accent"],
        "fontFamily": font or (JA_FONT if language == "ja" else EN_FONT),
        "fontSize": 16,
        "preheader": preheader,
        "darkMode": True,
        "imageDelivery": "inline",
    }
    return s


NEWSLETTER = {"background": "#eef4f3", "text": "#1f2937", "link": "#0f766e", "accent": "#0f766e", "heading": "#134e4a"}
ANNOUNCEMENT = {"background": "#eef0f7", "text": "#1f2937", "link": "#4338ca", "accent": "#4338ca", "heading": "#1e1b4b"}
EVENT = {"background": "#faf5f0", "text": "#292524", "link": "#9f1239", "accent": "#9f1239", "heading": "#4c0519"}
LETTER = {"background": "#f5f5f4", "text": "#292524", "link": "#334155", "accent": "#475569", "heading": "#1e293b"}


def newsletter(lang):
    ja = lang == "ja"
    p = NEWSLETTER
    d = Doc("ニュースレター" if ja else "Newsletter", lang,
            settings(lang, p, "新サービスのご案内と年末年始の営業日についてお知らせします。" if ja
                     else "A new service, a free guide, and our holiday hours."))
    d.add(
        d.image("newsletter-logo.png", "株式会社サンプル" if ja else "Sample Co., Ltd.", 150, align="left", link=SITE + "/"),
        d.block("spacer", height=16),
        d.image("newsletter-banner.png", "株式会社サンプル ニュースレター" if ja else "Sample Co. newsletter", 600),
        d.block("spacer", height=8),
        d.block("heading", level=1, color=p["heading"],
                text="サンプル通信 2026年12月号" if ja else "The Sample Bulletin — December 2026"),
        d.block("text", html=(
            "<p>{{full_name|お客様}}様</p>"
            "<p>いつも株式会社サンプルをご利用いただき、誠にありがとうございます。</p>"
            "<p>本年も残すところわずかとなりました。今月号では、新サービスの提供開始と、業務に役立つ資料の公開、"
            "そして年末年始の営業日についてお知らせいたします。</p>"
        ) if ja else (
            "<p>Hi {{first_name|there}},</p>"
            "<p>Thank you for another year with Sample Co. As the year winds down, here is what we have been working "
            "on: a milestone for our attendance service, a free guide for busy teams, and our opening hours over the "
            "holidays.</p>"
        )),
        d.block("divider", color="#d1e4e1"),
        d.block("heading", level=2, color=p["heading"], text="今月のトピック" if ja else "This month"),
        d.columns(
            [
                d.image("newsletter-topic-1.png", "右肩上がりの棒グラフのイラスト" if ja else "Illustration of a rising bar chart", 276),
                d.block("heading", level=3, color=p["heading"],
                        text="導入企業が300社を突破しました" if ja else "300 companies and counting"),
                d.block("text", html=(
                    "<p>おかげさまで、クラウド勤怠管理サービス「サンプル勤怠」の導入企業数が300社を超えました。"
                    "皆さまからのご意見をもとに、今後も機能の改善を続けてまいります。</p>"
                    "<p><a href=\"https://www.example.com/news/300\">詳しく見る</a></p>"
                ) if ja else (
                    "<p>Sample Attendance, our cloud time-tracking service, is now used by more than 300 companies. "
                    "Your feedback shapes every release — keep it coming.</p>"
                    "<p><a href=\"https://www.example.com/news/300\">Read the story</a></p>"
                )),
            ],
            [
                d.image("newsletter-topic-2.png", "電球のイラスト" if ja else "Illustration of a light bulb", 276),
                d.block("heading", level=3, color=p["heading"],
                        text="「業務効率化のヒント集」を公開" if ja else "A free guide to saving time"),
                d.block("text", html=(
                    "<p>日々の事務作業を見直すための実践的なヒントを20項目にまとめました。"
                    "チームでの共有にもご活用ください。</p>"
                    "<p><a href=\"https://www.example.com/guide\">無料でダウンロード</a></p>"
                ) if ja else (
                    "<p>Twenty practical tips for taking the busywork out of the office week, collected from our "
                    "customers. Share it with your team.</p>"
                    "<p><a href=\"https://www.example.com/guide\">Download the guide</a></p>"
                )),
            ],
        ),
        d.block("spacer", height=16),
        d.block("heading", level=2, color=p["heading"],
                text="新サービス「サンプル経費」提供開始" if ja else "New: Sample Expenses"),
        d.block("text", html=(
            "<p>領収書をスマートフォンで撮影するだけで経費精算が完了する新サービスを、1月より提供開始いたします。"
            "現在ご利用中のお客様は、3か月間無料でお試しいただけます。</p>"
        ) if ja else (
            "<p>Snap a receipt with your phone and the expense claim is done. Sample Expenses launches in January, "
            "and existing customers can try it free for three months.</p>"
        )),
        d.block("button", label="詳細を見る" if ja else "See how it works", url=SITE + "/expenses"),
        d.block("spacer", height=16),
        d.block("divider", color="#d1e4e1"),
        d.block("heading", level=3, color=p["heading"], text="年末年始の営業について" if ja else "Holiday hours"),
        d.block("text", html=(
            "<p>誠に勝手ながら、下記の期間を休業とさせていただきます。</p>"
            "<ul><li>休業期間：2026年12月29日（火）〜2027年1月4日（月）</li>"
            "<li>1月5日（火）より通常どおり営業いたします</li></ul>"
            "<p>休業期間中にいただいたお問い合わせには、1月5日以降、順次ご回答いたします。</p>"
        ) if ja else (
            "<p>Our office is closed from <b>Tuesday, December 29</b> to <b>Monday, January 4</b>. "
            "We are back on Tuesday, January 5, and will answer every message sent over the break in the order it "
            "arrived.</p>"
        )),
        d.block("spacer", height=8),
        d.block("social", links=SOCIAL),
        d.block("footer", **FOOTER[lang], note=(
            "このメールは、株式会社サンプルのサービスをご利用のお客様、およびメールマガジンの配信をご希望された方に"
            "お送りしています。" if ja else
            "You are receiving this because you use a Sample Co. service or signed up for our newsletter.")),
    )
    return d


def announcement(lang):
    ja = lang == "ja"
    p = ANNOUNCEMENT
    d = Doc("お知らせ" if ja else "Announcement", lang,
            settings(lang, p, "本社移転に伴う新住所と業務開始日のご案内です。" if ja
                     else "Our new address, and the date we open there."))
    d.add(
        d.image("announcement-logo.png", "株式会社サンプル" if ja else "Sample Co., Ltd.", 150, align="left", link=SITE + "/"),
        d.block("spacer", height=16),
        d.image("announcement-banner.png", "お知らせ" if ja else "Announcement", 600),
        d.block("spacer", height=8),
        d.block("heading", level=1, color=p["heading"], text="本社移転のお知らせ" if ja else "We are moving our head office"),
        d.block("text", html=(
            "<p>{{full_name|お客様}}様</p>"
            "<p>平素は格別のお引き立てを賜り、厚く御礼申し上げます。</p>"
            "<p>このたび株式会社サンプルは、業務拡大に伴い、本社を下記へ移転する運びとなりました。"
            "これを機に、社員一同より一層業務に励んでまいりますので、今後とも変わらぬご愛顧を賜りますよう"
            "お願い申し上げます。</p>"
        ) if ja else (
            "<p>Dear {{first_name|customer}},</p>"
            "<p>Thank you for your continued trust in Sample Co. As our team has grown, we are moving our head "
            "office to a larger space in Shibuya. The move changes nothing about the service you receive — only "
            "where to find us.</p>"
        )),
        d.block("divider", color="#dfe3f0"),
        d.block("heading", level=2, color=p["heading"], text="新所在地" if ja else "Our new address"),
        d.block("text", html=(
            "<p><b>住所</b><br>〒150-0002 東京都渋谷区渋谷2-4-6 サンプルタワー12階</p>"
            "<p><b>電話番号</b><br>03-9876-5432</p>"
            "<p><b>業務開始日</b><br>2027年1月12日（火）</p>"
        ) if ja else (
            "<p><b>Address</b><br>Sample Tower 12F, 2-4-6 Shibuya, Shibuya-ku, Tokyo 150-0002, Japan</p>"
            "<p><b>Phone</b><br>+81 3-9876-5432</p>"
            "<p><b>Open from</b><br>Tuesday, January 12, 2027</p>"
        )),
        d.block("text", html=(
            "<p>現在の事務所での営業は、2027年1月8日（金）までとなります。"
            "なお、メールアドレスに変更はございません。</p>"
        ) if ja else (
            "<p>Our current office stays open until Friday, January 8. Email addresses do not change.</p>"
        )),
        d.block("button", label="新オフィスへのアクセス" if ja else "Directions to the new office", url=SITE + "/access"),
        d.block("spacer", height=16),
        d.block("text", html=(
            "<p>ご不明な点がございましたら、担当者までお気軽にお問い合わせください。</p>"
        ) if ja else (
            "<p>If you have any questions, just reply to this email — we are happy to help.</p>"
        )),
        d.block("divider", color="#dfe3f0"),
        d.block("social", links=SOCIAL[:3]),
        d.block("footer", **FOOTER[lang], note=(
            "このメールは、株式会社サンプルとお取引のあるお客様にお送りしています。" if ja else
            "You are receiving this because you are a customer of Sample Co.")),
    )
    return d


def event(lang):
    ja = lang == "ja"
    p = EVENT
    d = Doc("イベントのご案内" if ja else "Event invitation", lang,
            settings(lang, p, "2月18日（木）開催、参加無料・事前登録制です。" if ja
                     else "Thursday, February 18 in Tokyo — free, but places are limited."))
    detail = (
        [("日時", "2027年2月18日（木）<br>14:00〜18:00<br>（受付開始 13:30）"),
         ("会場", "サンプルホール 3階<br>東京都港区芝公園1-1-1"),
         ("参加費", "無料（事前登録制）<br>定員 150名")]
        if ja else
        [("When", "Thursday, February 18, 2027<br>2:00–6:00 pm<br>(doors open 1:30)"),
         ("Where", "Sample Hall, 3rd floor<br>1-1-1 Shibakoen, Minato-ku, Tokyo"),
         ("Cost", "Free — registration required<br>150 places")]
    )
    d.add(
        d.image("event-logo.png", "株式会社サンプル" if ja else "Sample Co., Ltd.", 150, align="center", link=SITE + "/"),
        d.block("spacer", height=16),
        d.image("event-banner.png", "サンプル・フォーラム 2027" if ja else "Sample Forum 2027", 600),
        d.block("spacer", height=8),
        d.block("heading", level=1, align="center", color=p["heading"],
                text="「サンプル・フォーラム 2027」開催のご案内" if ja else "You're invited to Sample Forum 2027"),
        d.block("text", html=(
            "<p>{{full_name|お客様}}様</p>"
            "<p>平素より格別のご高配を賜り、誠にありがとうございます。</p>"
            "<p>このたび弊社では、日頃お世話になっている皆さまをお招きし、「サンプル・フォーラム 2027」を開催いたします。"
            "第一線で活躍する講師による講演のほか、新製品のデモンストレーションや交流会もご用意しております。</p>"
            "<p>ご多用中とは存じますが、ぜひご参加くださいますようご案内申し上げます。</p>"
        ) if ja else (
            "<p>Hi {{first_name|there}},</p>"
            "<p>Join us for an afternoon of ideas at Sample Forum 2027, our annual get-together for customers and "
            "partners. Hear from people who run some of Japan's most efficient offices, see our new products up "
            "close, and stay for drinks with the team.</p>"
        )),
        d.block("spacer", height=8),
        d.columns(*[[d.block("heading", level=3, align="center", color=p["accent"], text=label),
                     d.block("text", align="center", html="<p>" + value + "</p>")] for label, value in detail],
                  gap=12),
        d.block("spacer", height=8),
        d.block("button", label="参加を申し込む" if ja else "Reserve your place", url=SITE + "/forum2027"),
        d.block("text", align="center", html=(
            "<p>お申し込み締切：2027年2月10日（水）</p>" if ja else
            "<p>Registration closes on Wednesday, February 10.</p>")),
        d.block("divider", color="#ead9cc"),
        d.block("heading", level=2, color=p["heading"], text="プログラム" if ja else "Programme"),
        d.block("text", html=(
            "<ul>"
            "<li><b>14:00</b>　開会のご挨拶</li>"
            "<li><b>14:15</b>　基調講演「小さなチームの生産性を高める仕組みづくり」</li>"
            "<li><b>15:30</b>　導入事例のご紹介</li>"
            "<li><b>16:30</b>　新製品デモンストレーション</li>"
            "<li><b>17:15</b>　交流会（軽食をご用意しております）</li>"
            "</ul>"
        ) if ja else (
            "<ul>"
            "<li><b>2:00 pm</b> Welcome</li>"
            "<li><b>2:15 pm</b> Keynote: Building a small team that gets more done</li>"
            "<li><b>3:30 pm</b> Customer stories</li>"
            "<li><b>4:30 pm</b> New product demonstrations</li>"
            "<li><b>5:15 pm</b> Drinks and networking</li>"
            "</ul>"
        )),
        d.block("text", html=(
            "<p>会場へは、都営三田線「芝公園駅」A4出口より徒歩3分です。駐車場はございませんので、公共交通機関をご利用ください。</p>"
        ) if ja else (
            "<p>The hall is a three-minute walk from Shibakoen Station (Toei Mita Line, exit A4).</p>"
        )),
        d.block("divider", color="#ead9cc"),
        d.block("social", links=SOCIAL),
        d.block("footer", **FOOTER[lang], note=(
            "このメールは、株式会社サンプルとお取引のあるお客様、およびイベント案内の配信をご希望された方にお送りしています。" if ja else
            "You are receiving this because you are a customer of Sample Co. or asked to hear about our events.")),
    )
    return d


def letter(lang):
    ja = lang == "ja"
    p = LETTER
    d = Doc("シンプルなお手紙" if ja else "Simple letter", lang,
            settings(lang, p, "本年のご愛顧に心より御礼申し上げます。" if ja
                     else "A short note of thanks from all of us at Sample Co.",
                     font=JA_SERIF if ja else EN_SERIF))
    d.add(
        d.image("letter-logo.png", "株式会社サンプル" if ja else "Sample Co., Ltd.", 150, align="left", link=SITE + "/"),
        d.block("spacer", height=24),
        d.block("heading", level=2, color=p["heading"], text="年末のご挨拶" if ja else "Thank you for this year"),
        d.block("text", html=(
            "<p>{{full_name|お客様}}様</p>"
            "<p>拝啓　師走の候、ますますご清栄のこととお慶び申し上げます。平素は格別のご高配を賜り、厚く御礼申し上げます。</p>"
            "<p>本年も多大なるご支援をいただき、心より感謝申し上げます。皆さまのおかげをもちまして、"
            "弊社は無事に一年を締めくくることができました。</p>"
            "<p>来年も皆さまのご期待にお応えできるよう、社員一同より一層努力してまいります。"
            "引き続きご愛顧を賜りますよう、よろしくお願い申し上げます。</p>"
            "<p>略儀ながら、メールにて年末のご挨拶を申し上げます。</p>"
        ) if ja else (
            "<p>Dear {{first_name|friend}},</p>"
            "<p>As the year draws to a close, I wanted to write and say thank you.</p>"
            "<p>Every project we took on this year started with a conversation with someone like you — a question, "
            "a suggestion, sometimes a complaint that made us better. We are grateful for your trust and for the "
            "time you gave us.</p>"
            "<p>We look forward to working with you again in the new year. Until then, we wish you a restful "
            "holiday season.</p>"
        )),
        *([d.block("text", align="right", html="<p>敬具</p>")] if ja else []),
        d.block("text", html=(
            "<p>株式会社サンプル<br>代表取締役　山田 太郎</p>" if ja else
            "<p>Warm regards,<br><b>Taro Yamada</b><br>President, Sample Co., Ltd.</p>")),
        d.block("spacer", height=8),
        d.block("button", label="年末年始の営業日を確認する" if ja else "Our holiday opening hours",
                url=SITE + "/holidays", align="left", backgroundColor=p["accent"]),
        d.block("spacer", height=16),
        d.block("divider", color="#e7e5e4"),
        d.block("footer", **FOOTER[lang], note=(
            "このメールは、株式会社サンプルとお取引のあるお客様にお送りしています。" if ja else
            "You are receiving this because you are a customer of Sample Co.")),
    )
    return d


def main():
    for make, kind in ((newsletter, "newsletter"), (announcement, "announcement"), (event, "event"), (letter, "letter")):
        for lang in ("ja", "en"):
            make(lang).write(OUT / ("%s-%s.json" % (kind, lang)))


if __name__ == "__main__":
    main()
