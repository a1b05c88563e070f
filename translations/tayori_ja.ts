<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AddBlockCommand</name>
    <message>
        <source>Add block</source>
        <translation>ブロックを追加</translation>
    </message>
</context>
<context>
    <name>BlockPalette</name>
    <message>
        <source>Heading</source>
        <translation>見出し</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>ボタン</translation>
    </message>
    <message>
        <source>Two columns</source>
        <translation>2 段組み</translation>
    </message>
    <message>
        <source>Three columns</source>
        <translation>3 段組み</translation>
    </message>
    <message>
        <source>Divider</source>
        <translation>区切り線</translation>
    </message>
    <message>
        <source>Spacer</source>
        <translation>余白</translation>
    </message>
    <message>
        <source>Social links</source>
        <translation>SNS リンク</translation>
    </message>
    <message>
        <source>Footer (sender, unsubscribe)</source>
        <translation>フッター（送信者・配信停止）</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Click to add after the selected block, or drag onto the page.</source>
        <translation>クリックすると選択中のブロックの後ろに追加します。ページへドラッグして置くこともできます。</translation>
    </message>
</context>
<context>
    <name>CampaignFactory</name>
    <message>
        <source>The template “%1” is not ready to send: %2</source>
        <translation>テンプレート「%1」はまだ送信できる状態ではありません: %2</translation>
    </message>
    <message>
        <source>The chosen sender no longer exists; choose another one in Settings.</source>
        <translation>選んだ差出人はもう存在しません。「設定」で別の差出人を選んでください。</translation>
    </message>
    <message>
        <source>There is no sender yet; add one (name and From address) in Settings.</source>
        <translation>差出人がまだありません。「設定」で差出人（名前と差出人アドレス）を追加してください。</translation>
    </message>
</context>
<context>
    <name>CampaignPreflight</name>
    <message>
        <source>There is no DKIM key for %1: the mail would be unsigned and land in spam. Make one in Settings → DKIM keys and publish its DNS record.</source>
        <translation>%1 の DKIM 鍵がありません。このままでは署名なしで送られ、迷惑メールに振り分けられます。「設定」→「DKIM 鍵」で鍵を作成し、その DNS レコードを公開してください。</translation>
    </message>
    <message>
        <source>The DKIM key cannot be used: %1 Make a new key in Settings → DKIM keys, or import the right one.</source>
        <translation>DKIM 鍵を使えません: %1 「設定」→「DKIM 鍵」で新しい鍵を作成するか、正しい鍵を取り込んでください。</translation>
    </message>
    <message>
        <source>Signed with the DKIM key “%1” of %2.</source>
        <translation>%2 の DKIM 鍵「%1」で署名します。</translation>
    </message>
    <message>
        <source>The signature&apos;s domain %1 matches the sender %2.</source>
        <translation>署名のドメイン %1 は差出人 %2 と一致しています。</translation>
    </message>
    <message>
        <source>The signature is for %1, not the sender&apos;s domain %2: it does not count for DMARC. Sign with a key of %2 if you can.</source>
        <translation>署名のドメインは %1 で、差出人のドメイン %2 ではないため、DMARC の判定には使われません。可能であれば %2 の鍵で署名してください。</translation>
    </message>
    <message>
        <source>The DKIM key is for %1, but the mail is from %2: receivers would not trust the signature. Choose a sender of %1 or make a key for %2.</source>
        <translation>DKIM 鍵は %1 用ですが、メールの差出人は %2 です。これでは受信側が署名を信頼しません。%1 の差出人を選ぶか、%2 の鍵を作成してください。</translation>
    </message>
    <message>
        <source>Unknown merge fields: %1. Correct the spelling, or add them as custom fields of your contacts.</source>
        <translation>不明な差し込みフィールド: %1。つづりを直すか、連絡先のカスタム項目として追加してください。</translation>
    </message>
    <message>
        <source>A merge field is written wrongly: %1</source>
        <translation>差し込みフィールドの書き方が誤っています: %1</translation>
    </message>
    <message>
        <source>Every merge field is known.</source>
        <translation>差し込みフィールドはすべて使用できます。</translation>
    </message>
    <message>
        <source>A test message of this version was sent.</source>
        <translation>この内容でテストメールを送信済みです。</translation>
    </message>
    <message>
        <source>No test message was sent since the last change. Send yourself a test and look at it on a phone and a computer first.</source>
        <translation>最後の変更以降、テストメールを送信していません。まず自分宛てにテストメールを送り、スマートフォンとパソコンで確認してください。</translation>
    </message>
    <message>
        <source>The audience matches nobody (unsubscribed, bounced and suppressed contacts are left out). Choose another list or change the segment.</source>
        <translation>配信対象に該当する連絡先がありません（配信停止・不達・配信停止リスト登録済みの連絡先は除外されます）。別のリストを選ぶか、セグメントを変更してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s).</source>
        <translation>
            <numerusform>宛先 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>One-click unsubscribe (List-Unsubscribe) points to %1.</source>
        <translation>ワンクリック配信停止（List-Unsubscribe）のリンク先は %1 です。</translation>
    </message>
    <message>
        <source>The HTML is %1 KB: Gmail cuts off messages over 102 KB, hiding the end (and the unsubscribe link). Shorten the text or use fewer blocks.</source>
        <translation>HTML が %1 KB あります。Gmail では 102 KB を超えるメールは途中で切られ、末尾（と配信停止リンク）が表示されなくなります。文章を短くするか、ブロックを減らしてください。</translation>
    </message>
    <message>
        <source>The HTML is %1 KB.</source>
        <translation>HTML は %1 KB です。</translation>
    </message>
    <message>
        <source>The reserved time %1 is in the past; choose a later time, or send now.</source>
        <translation>予約時刻 %1 は過去の時刻です。これより後の時刻を選ぶか、今すぐ送信してください。</translation>
    </message>
    <message>
        <source>Sends at %1.</source>
        <translation>%1 に送信します。</translation>
    </message>
    <message>
        <source>The template passed its checks.</source>
        <translation>テンプレートのチェックで問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>There is no web address for the unsubscribe link, so the one-click List-Unsubscribe header that Gmail and Yahoo require cannot be added. Set the web address in Settings → General (where tayori-cli serve answers for your recipients).</source>
        <translation>配信停止リンクの Web アドレスがないため、Gmail と Yahoo が求めるワンクリック配信停止（List-Unsubscribe）ヘッダーを付けられません。「設定」→「全般」で Web アドレス（tayori-cli serve が受信者に応答するアドレス）を設定してください。</translation>
    </message>
</context>
<context>
    <name>CampaignStateText</name>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>予約済み</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>再送待ち</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>Database error: %1</source>
        <translation>データベースエラー（%1）。</translation>
    </message>
    <message>
        <source>Not sent: the address is on the suppression list</source>
        <translation>送信しませんでした: 配信停止リストに登録されているアドレスです</translation>
    </message>
    <message>
        <source>Not sent: the contact&apos;s status is </source>
        <translation>送信しませんでした: 連絡先のステータスが次のとおりです: </translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>キャンペーン %1 はありません。</translation>
    </message>
    <message>
        <source>Campaign %1 is being sent by another Tayori (process %2 on %3); wait for it to finish or pause it there.</source>
        <translation>キャンペーン %1 は別の Tayori（%3 のプロセス %2）が送信中です。完了を待つか、そちらで一時停止してください。</translation>
    </message>
    <message>
        <source>Campaign %1 was just started by another Tayori.</source>
        <translation>キャンペーン %1 は別の Tayori が送信を始めたところです。</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>キャンペーン %1</translation>
    </message>
    <message>
        <source>Campaign “%1”</source>
        <translation>キャンペーン「%1」</translation>
    </message>
    <message>
        <source>There is no campaign %1; it may have been deleted.</source>
        <translation>キャンペーン %1 はありません。削除された可能性があります。</translation>
    </message>
    <message>
        <source>%1 is %2: it cannot be %3.</source>
        <translation>%1 は「%2」のため、%3。</translation>
    </message>
    <message>
        <source>edited any more (only drafts and scheduled campaigns can be)</source>
        <translation>これ以上編集できません（編集できるのは下書きと予約済みのキャンペーンだけです）</translation>
    </message>
    <message>
        <source>%1 is in the past; choose a later time, or send now.</source>
        <translation>%1 は過去の日時です。これより後の日時を選ぶか、今すぐ送信してください。</translation>
    </message>
    <message>
        <source>The time</source>
        <translation>指定した日時</translation>
    </message>
    <message>
        <source>scheduled (only a draft or a scheduled campaign can be)</source>
        <translation>予約できません（予約できるのは下書きか予約済みのキャンペーンだけです）</translation>
    </message>
    <message>
        <source>unscheduled (it is not scheduled)</source>
        <translation>予約を取り消せません（予約されていません）</translation>
    </message>
    <message>
        <source>given recipients again (it has started already)</source>
        <translation>宛先を設定し直せません（すでに送信が始まっています）</translation>
    </message>
    <message>
        <source>Campaign %1 has its recipients already; resume it instead.</source>
        <translation>キャンペーン %1 にはすでに宛先が設定されています。代わりに再開してください。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
    <message>
        <source>deleted (only drafts can be; unschedule it first, and keep sent ones for their report)</source>
        <translation>削除できません（削除できるのは下書きだけです。予約済みのものは先に予約を取り消し、送信済みのものはレポートのために残してください）</translation>
    </message>
    <message>
        <source>retried now (pause it or let it finish first)</source>
        <translation>今は再送できません（先に一時停止するか、送信が終わるのを待ってください）</translation>
    </message>
    <message>
        <source>Campaign %1 has no failed recipients to retry.</source>
        <translation>キャンペーン %1 には、再送する失敗した宛先がありません。</translation>
    </message>
    <message>
        <source>%1 reached every recipient before it was cancelled: there is no one left to send to. Use “Retry failed” for the failed ones.</source>
        <translation>%1 は中止される前にすべての宛先に届いているため、送信する相手は残っていません。失敗した宛先には「失敗した宛先に再送」を使ってください。</translation>
    </message>
    <message>
        <source>sent to the rest (only a cancelled campaign can be)</source>
        <translation>残りの宛先に送信できません（できるのは中止したキャンペーンだけです）</translation>
    </message>
</context>
<context>
    <name>CampaignWizard</name>
    <message>
        <source>Edit campaign</source>
        <translation>キャンペーンの編集</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>新しいキャンペーン</translation>
    </message>
    <message>
        <source>Who receives it</source>
        <translation>配信対象</translation>
    </message>
    <message>
        <source>Pick lists, tags or build a segment. Unsubscribed, bounced and suppressed contacts are always left out.</source>
        <translation>リストやタグを選ぶか、セグメントを作成してください。配信停止・不達・配信停止リスト登録済みの連絡先は常に除外されます。</translation>
    </message>
    <message>
        <source>e.g. April newsletter</source>
        <translation>例: 4月のニュースレター</translation>
    </message>
    <message>
        <source>Campaign &amp;name:</source>
        <translation>キャンペーン名(&amp;N):</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>集計中…</translation>
    </message>
    <message>
        <source>Nobody matches these conditions.</source>
        <translation>この条件に該当する連絡先はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will receive it.</source>
        <translation>
            <numerusform>%n 件の連絡先に配信されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>差し込みフィールドを挿入</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>メールの内容</translation>
    </message>
    <message>
        <source>The template from the library, the subject and the inbox preview line. Merge fields such as {{last_name}} are filled in for each recipient.</source>
        <translation>ライブラリのテンプレート、件名、受信トレイに表示されるプレビュー文を指定します。{{last_name}} などの差し込みフィールドは、宛先ごとに置き換えられます。</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>テンプレート(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>件名(&amp;S):</translation>
    </message>
    <message>
        <source>Shown after the subject in most inboxes (optional)</source>
        <translation>多くの受信トレイで件名の後に表示されます（省略可）</translation>
    </message>
    <message>
        <source>&amp;Preheader:</source>
        <translation>プリヘッダー(&amp;P):</translation>
    </message>
    <message>
        <source>UTF-8 (recommended)</source>
        <translation>UTF-8（推奨）</translation>
    </message>
    <message>
        <source>ISO-2022-JP (older Japanese mail software)</source>
        <translation>ISO-2022-JP（古い日本語メールソフト向け）</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>No picture yet: open the template in the designer once.</source>
        <translation>プレビュー画像がまだありません。一度デザイナーでテンプレートを開いてください。</translation>
    </message>
    <message>
        <source>The library has no template yet: make one in Templates.</source>
        <translation>ライブラリにテンプレートがまだありません。「テンプレート」で作成してください。</translation>
    </message>
    <message>
        <source>Who sends it</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>The From address and the mail server it goes through. Both are set up in Settings.</source>
        <translation>差出人アドレスと、メールを送る送信サーバーです。どちらも「設定」で登録します。</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>差出人(&amp;F):</translation>
    </message>
    <message>
        <source>Mail server:</source>
        <translation>送信サーバー:</translation>
    </message>
    <message>
        <source>https://news.example.jp</source>
        <translation>https://news.example.jp</translation>
    </message>
    <message>
        <source>&amp;Web address for unsubscribe links:</source>
        <translation>配信停止リンクの Web アドレス(&amp;W):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No mail server is set up: messages are written to the outbox folder %1 and nothing leaves this computer. Add your mail server in Settings → Relays.</source>
        <translation>送信サーバーが設定されていません。メッセージは送信トレイフォルダー %1 に書き出され、このコンピューターの外には何も送られません。「設定」→「送信サーバー」で送信サーバーを追加してください。</translation>
    </message>
    <message>
        <source>When it goes out</source>
        <translation>配信日時</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>今すぐ送信(&amp;N)</translation>
    </message>
    <message>
        <source>Send &amp;at:</source>
        <translation>日時を指定(&amp;A):</translation>
    </message>
    <message>
        <source>Only send &amp;within these hours</source>
        <translation>配信時間帯を指定する(&amp;W)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>時間帯</translation>
    </message>
    <message>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <source>Outside these hours the campaign waits and carries on at the next opening.</source>
        <translation>配信時間帯の外ではキャンペーンは待機し、次の配信時間帯になると続きを送信します。</translation>
    </message>
    <message>
        <source>Check and send</source>
        <translation>確認と送信</translation>
    </message>
    <message>
        <source>Problems marked with a red sign must be fixed first; warnings ask before sending.</source>
        <translation>赤い印の付いた問題は、先に修正する必要があります。警告がある場合は、送信前に確認します。</translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation>テスト送信(&amp;T)…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>再チェック(&amp;A)</translation>
    </message>
    <message>
        <source>The campaign could not be saved: %1</source>
        <translation>キャンペーンを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>今すぐ送信</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>予約</translation>
    </message>
    <message numerus="yes">
        <source>“%1” goes to %n contact(s) as soon as you click Send now.</source>
        <translation>
            <numerusform>「今すぐ送信」をクリックすると、「%1」が %n 件の連絡先にすぐ送信されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” goes to %n contact(s) on %2.</source>
        <translation>
            <numerusform>「%1」は %2 に %n 件の連絡先へ送信されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the campaign a name, so you can find it in the list later.</source>
        <translation>キャンペーン名を入力してください。後で一覧から見つけやすくなります。</translation>
    </message>
    <message>
        <source>The audience is not valid: %1</source>
        <translation>配信対象が正しくありません: %1</translation>
    </message>
    <message>
        <source>The audience is still being counted. Wait a moment, then click Next again.</source>
        <translation>配信対象を集計中です。少し待ってから、もう一度「次へ」をクリックしてください。</translation>
    </message>
    <message>
        <source>This audience matches nobody who may be mailed (unsubscribed, bounced and suppressed contacts are left out). Change the conditions or choose another list or tag.</source>
        <translation>この配信対象には、配信できる連絡先がありません（配信停止・不達・配信停止リスト登録済みの連絡先は除外されます）。条件を変更するか、別のリストまたはタグを選んでください。</translation>
    </message>
    <message>
        <source>There is no template to send. Make one in Templates first, then come back: this campaign is kept as a draft.</source>
        <translation>送信するテンプレートがありません。先に「テンプレート」で作成してから戻ってきてください。このキャンペーンは下書きとして保存されています。</translation>
    </message>
    <message>
        <source>Write a subject: most mail programs hide or distrust mail without one.</source>
        <translation>件名を入力してください。件名のないメールは、多くのメールソフトで隠されたり、不審なメールとして扱われたりします。</translation>
    </message>
    <message>
        <source>There is no sender address. Add one in Settings → Sender identities, then come back: this campaign is kept as a draft.</source>
        <translation>差出人アドレスがありません。「設定」→「差出人」で追加してから戻ってきてください。このキャンペーンは下書きとして保存されています。</translation>
    </message>
    <message>
        <source>Tick at least one day for the sending hours, or switch them off.</source>
        <translation>配信時間帯の曜日を 1 つ以上選ぶか、配信時間帯の指定をオフにしてください。</translation>
    </message>
    <message>
        <source>This campaign cannot be sent yet:

%1</source>
        <translation>このキャンペーンはまだ送信できません:

%1</translation>
    </message>
    <message>
        <source>%1

Send it anyway?</source>
        <translation>%1

このまま送信しますか？</translation>
    </message>
    <message>
        <source>Sending is not available in this window. Schedule the campaign instead.</source>
        <translation>このウィンドウからは送信できません。代わりにキャンペーンを予約してください。</translation>
    </message>
    <message>
        <source>The campaign could not start: %1</source>
        <translation>キャンペーンを開始できませんでした: %1</translation>
    </message>
    <message>
        <source>The campaign could not be scheduled: %1</source>
        <translation>キャンペーンを予約できませんでした: %1</translation>
    </message>
    <message>
        <source>Now, or at a date and time of your choosing (your computer&apos;s time zone). Tayori sends it while the app is open, or through tayori-cli run-due.</source>
        <translation>今すぐ、または指定した日時（このコンピューターのタイムゾーン）に送信します。アプリを開いている間は Tayori が、閉じているときは tayori-cli run-due が送信します。</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>&amp;New campaign…</source>
        <translation>新しいキャンペーン(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Shows the sending progress, the per-recipient log and the report.</source>
        <translation>送信の進み具合、宛先ごとのログ、レポートを表示します。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>配信対象</translation>
    </message>
    <message>
        <source>Scheduled / sent</source>
        <translation>予約日時 / 送信日時</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>キャンペーン</translation>
    </message>
    <message>
        <source>Step mail</source>
        <translation>ステップメール</translation>
    </message>
    <message>
        <source>Everyone who may be mailed</source>
        <translation>配信可能なすべての連絡先</translation>
    </message>
    <message>
        <source>Duplicate campaign</source>
        <translation>キャンペーンの複製</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>キャンペーンの削除</translation>
    </message>
    <message>
        <source>Delete the draft “%1”? This cannot be undone.</source>
        <translation>下書き「%1」を削除しますか？ この操作は元に戻せません。</translation>
    </message>
</context>
<context>
    <name>ChangeSettingsCommand</name>
    <message>
        <source>Change template settings</source>
        <translation>テンプレートの設定を変更</translation>
    </message>
</context>
<context>
    <name>CharsetDetector</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 little-endian)</source>
        <translation>Unicode (UTF-16 リトルエンディアン)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 big-endian)</source>
        <translation>Unicode (UTF-16 ビッグエンディアン)</translation>
    </message>
    <message>
        <source>Shift_JIS (Windows/Excel, CP932)</source>
        <translation>Shift_JIS (Windows/Excel、CP932)</translation>
    </message>
    <message>
        <source>EUC-JP (Japanese, Unix)</source>
        <translation>EUC-JP (日本語、Unix)</translation>
    </message>
    <message>
        <source>ISO-2022-JP (Japanese, JIS)</source>
        <translation>ISO-2022-JP (日本語、JIS)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (西ヨーロッパ言語)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 には値を指定してください。</translation>
    </message>
    <message>
        <source>Use either --db or --db-url, not both.</source>
        <translation>--db と --db-url は、どちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>No command given. Run tayori-cli --help for the list.</source>
        <translation>コマンドが指定されていません。tayori-cli --help でコマンドの一覧を確認してください。</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run tayori-cli --help for the list.</source>
        <translation>「%1」というコマンドはありません。tayori-cli --help でコマンドの一覧を確認してください。</translation>
    </message>
    <message>
        <source>Usage: tayori-cli [--db PATH | --db-url URL] [--json] COMMAND …

Commands:
  import FILE [--list NAME] [--encoding auto|NAME] [--delimiter auto|C] [--map FIELD=COLUMN]…
              [--tag NAME]… [--on-duplicate update|skip] [--dry-run] [--report FILE.csv] [--json]
  contacts count [--list NAME] [--tag NAME] [--search TEXT] [--json]
  export FILE [--list NAME] [--tag NAME] [--encoding utf-8|utf-8-bom|shift_jis] [--no-formula-guard]
  send --subject TEXT --from &quot;NAME &lt;ADDR&gt;&quot; (--html FILE [--text FILE] | --template ID)
       [--list NAME | --segment EXPR]
       [--smtp URL] [--dkim-key FILE --dkim-selector SEL] [--connections N] [--rate N]
       [--base-url URL] [--charset utf-8|iso-2022-jp] [--reply-to ADDR] [--at TIME] [--json]
  resume [ID] [--json]      continue interrupted, paused or waiting campaigns
  run-due [--json]          send the scheduled campaigns whose time has come, then exit
  status [ID] [--recipients] [--json]
  dkim keygen --domain D --selector S [--type rsa|ed25519] [--bits N] --out FILE [--json]
  dkim test --key FILE --domain D --selector S [--dns] [--json]
  serve [--listen ADDRESS:PORT]        the web endpoints (template images); default 127.0.0.1:8080
  sequence list [--json]                step-mail sequences with enrolled/finished/left counts
  sequence show ID [--json]             its steps, each with how many were queued or wait for it
  template list [--json]
  template import FILE [--json]        prints the new template&apos;s ID
  template export ID FILE [--json]     the template with its images embedded
  template render FILE.json [--contact EMAIL | --data FILE.json] --out FILE.html [--text FILE.txt]
                  [--json]
      --contact personalises as a contact in the database, --data with a JSON object of field → value
      (unsubscribe_url and preferences_url become #unsubscribe and #preferences unless --data gives
      them); neither leaves the merge fields as they are. Images embedded in the file are written to
      FILE_files/ beside the HTML, which links to them. Pre-flight findings (missing unsubscribe link,
      images without alt, …) are printed on stderr as warnings and do not make render fail; an
      invalid template does (exit 1 with the reason).

Exit status: 0 success, 1 failure (reason on stderr), 2 usage error.
The database defaults to %1.
</source>
        <translation>使い方: tayori-cli [--db PATH | --db-url URL] [--json] COMMAND …

コマンド:
  import FILE [--list NAME] [--encoding auto|NAME] [--delimiter auto|C] [--map FIELD=COLUMN]…
              [--tag NAME]… [--on-duplicate update|skip] [--dry-run] [--report FILE.csv] [--json]
  contacts count [--list NAME] [--tag NAME] [--search TEXT] [--json]
  export FILE [--list NAME] [--tag NAME] [--encoding utf-8|utf-8-bom|shift_jis] [--no-formula-guard]
  send --subject TEXT --from &quot;NAME &lt;ADDR&gt;&quot; (--html FILE [--text FILE] | --template ID)
       [--list NAME | --segment EXPR]
       [--smtp URL] [--dkim-key FILE --dkim-selector SEL] [--connections N] [--rate N]
       [--base-url URL] [--charset utf-8|iso-2022-jp] [--reply-to ADDR] [--at TIME] [--json]
  resume [ID] [--json]      中断・一時停止中・待機中のキャンペーンを再開します
  run-due [--json]          予約時刻になったキャンペーンを送信して終了します
  status [ID] [--recipients] [--json]
  dkim keygen --domain D --selector S [--type rsa|ed25519] [--bits N] --out FILE [--json]
  dkim test --key FILE --domain D --selector S [--dns] [--json]
  serve [--listen ADDRESS:PORT]        Web エンドポイント（テンプレートの画像）を提供します。既定は 127.0.0.1:8080
  sequence list [--json]                ステップメールのシーケンスを、登録中・完了・離脱の件数とともに表示します
  sequence show ID [--json]             シーケンスの各ステップを、送信待ち・待機中の件数とともに表示します
  template list [--json]
  template import FILE [--json]        新しいテンプレートの ID を表示します
  template export ID FILE [--json]     画像を埋め込んだテンプレートを書き出します
  template render FILE.json [--contact EMAIL | --data FILE.json] --out FILE.html [--text FILE.txt]
                  [--json]
      --contact はデータベースの連絡先として、--data はフィールド → 値の JSON オブジェクトで差し込みます
      （--data で指定しない場合、unsubscribe_url と preferences_url は #unsubscribe と #preferences に
      なります）。どちらも指定しなければ、差し込みフィールドはそのまま残ります。ファイルに埋め込まれた
      画像は HTML と同じ場所の FILE_files/ に書き出され、HTML からリンクされます。送信前チェックの
      指摘（配信停止リンクがない、alt のない画像がある、…）は警告として stderr に出力され、render は
      失敗しません。テンプレートが不正な場合は失敗します（理由を示して終了コード 1）。

終了コード: 0 成功、1 失敗（理由は stderr に出力）、2 使い方の誤り。
データベースの既定は %1 です。
</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>新しい連絡先</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>連絡先の編集</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>メールアドレス(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Family name (姓):</source>
        <translation>姓(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Given name (名):</source>
        <translation>名(&amp;G):</translation>
    </message>
    <message>
        <source>F&amp;urigana:</source>
        <translation>フリガナ(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>会社名(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話番号(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>ステータス(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>タグ(&amp;T):</translation>
    </message>
    <message>
        <source>separated by ; (e.g. vip; 2026 fair)</source>
        <translation>; で区切って入力（例: vip; 2026 展示会）</translation>
    </message>
    <message>
        <source>&amp;Lists:</source>
        <translation>リスト(&amp;L):</translation>
    </message>
    <message>
        <source>Add to a new list…</source>
        <translation>新しいリストに追加…</translation>
    </message>
    <message>
        <source>An email address is required.</source>
        <translation>メールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>This address cannot receive mail: %1</source>
        <translation>このアドレスにはメールを配信できません。%1</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>登録できますが、注意が必要です。%1</translation>
    </message>
    <message>
        <source>Add a custom &amp;field…</source>
        <translation>カスタム項目を追加(&amp;F)…</translation>
    </message>
    <message>
        <source>New custom field</source>
        <translation>新しいカスタム項目</translation>
    </message>
    <message>
        <source>Name of the field (e.g. 会員ランク, birthday):</source>
        <translation>項目名（例: 会員ランク、誕生日）:</translation>
    </message>
</context>
<context>
    <name>ContactExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません（%2）。保存先のフォルダーと書き込み権限を確認してください。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>書き出しを中止しました。ファイルは作成されていません。</translation>
    </message>
</context>
<context>
    <name>ContactImportWriter</name>
    <message>
        <source>The database is busy (another import or the app is writing): try again. %1</source>
        <translation>データベースが使用中です（別の取り込み、またはアプリが書き込み中です）。しばらくしてから、もう一度お試しください。%1</translation>
    </message>
    <message>
        <source>Cannot prepare the import: %1</source>
        <translation>取り込みを準備できません（%1）。</translation>
    </message>
    <message>
        <source>Cannot create the tag %1: %2</source>
        <translation>タグ「%1」を作成できません（%2）。</translation>
    </message>
    <message>
        <source>Cannot create the list %1: %2</source>
        <translation>リスト「%1」を作成できません（%2）。</translation>
    </message>
    <message>
        <source>Cannot create the custom field %1: %2</source>
        <translation>カスタム項目「%1」を作成できません（%2）。</translation>
    </message>
    <message>
        <source>kept as %1: an import does not re-subscribe a contact</source>
        <translation>「%1」のままにしました。取り込みで購読中に戻すことはありません</translation>
    </message>
    <message>
        <source>Cannot rebuild the index %1: %2. Nothing was imported.</source>
        <translation>インデックス %1 を再構築できません（%2）。何も取り込まれていません。</translation>
    </message>
    <message>
        <source>Cannot save the import: %1. Nothing was imported.</source>
        <translation>取り込み結果を保存できません（%1）。何も取り込まれていません。</translation>
    </message>
</context>
<context>
    <name>ContactImporter</name>
    <message>
        <source>%1: the mapping names %2 columns but the header has %3.</source>
        <translation>%1: 列の割り当ては %2 列分ですが、見出し行は %3 列です。列の割り当てを見直してください。</translation>
    </message>
    <message>
        <source>%1 has no email column (headers: %2). Name one column メールアドレス or email, or map it with --map email=COLUMN.</source>
        <translation>%1 にメールアドレスの列がありません（見出し: %2）。いずれかの列名を「メールアドレス」または「email」にするか、--map email=COLUMN で列を指定してください。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません（%2）。</translation>
    </message>
    <message>
        <source>%1 has no header row.</source>
        <translation>%1 に見出し行がありません。1 行目に列名を入れてください。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>取り込みを中止しました。何も取り込まれていません。</translation>
    </message>
    <message>
        <source>%1, row %2, column %3 (%4): bytes that are not valid %5. Choose the file&apos;s real encoding (--encoding, or the Encoding box in the wizard) or save the file as UTF-8 CSV. Nothing was imported.</source>
        <translation>%1 の %2 行目、%3 列目（%4）: %5 として読めないバイトがあります。ファイルの実際の文字コードを指定する（--encoding、またはウィザードの「文字コード」欄）か、ファイルを UTF-8 の CSV で保存し直してください。何も取り込まれていません。</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2: a value probably contains an unquoted &apos;%3&apos;; put that value in double quotes</source>
        <translation>この行は %1 項目ですが、見出し行は %2 項目です。値に引用符で囲まれていない「%3」が含まれている可能性があります。その値をダブルクォート (&quot;) で囲んでください</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;: use one of %2</source>
        <translation>不明なステータス「%1」です。%2 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>no email address: fill it in or delete the row</source>
        <translation>メールアドレスがありません。入力するか、この行を削除してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid address: %2</source>
        <translation>「%1」は有効なアドレスではありません。%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; accepted: %2</source>
        <translation>「%1」を受け付けました。%2</translation>
    </message>
    <message>
        <source>%1 is already a contact; left unchanged</source>
        <translation>%1 はすでに連絡先に登録されています。変更していません</translation>
    </message>
    <message>
        <source>same address as row %1; merged into it</source>
        <translation>%1 行目と同じアドレスのため、その行に統合しました</translation>
    </message>
    <message>
        <source>same address as row %1; skipped</source>
        <translation>%1 行目と同じアドレスのため、スキップしました</translation>
    </message>
    <message>
        <source>%1, row %2: the database refused the contact (%3). Nothing was imported.</source>
        <translation>%1 の %2 行目: データベースがこの連絡先を受け付けませんでした（%3）。何も取り込まれていません。</translation>
    </message>
    <message>
        <source>%1 has a header but no rows: add contacts below the header row.</source>
        <translation>%1 には見出し行しかありません。見出し行の下に連絡先を追加してください。</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>%1, row %2 (line %3): %4 Nothing was imported.</source>
        <translation>%1、%2 行目（ファイルの %3 行目）: %4 何も取り込まれていません。</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>The address &apos;%1&apos; is not valid: %2</source>
        <translation>アドレス「%1」は有効ではありません。%2</translation>
    </message>
    <message>
        <source>A contact with the address %1 already exists.</source>
        <translation>アドレス %1 の連絡先はすでに登録されています。</translation>
    </message>
    <message>
        <source>Cannot store the contact %1: %2</source>
        <translation>連絡先 %1 を登録できません（%2）。</translation>
    </message>
    <message>
        <source>Another contact already has the address %1.</source>
        <translation>アドレス %1 は別の連絡先で使われています。</translation>
    </message>
    <message>
        <source>The contact %1 no longer exists.</source>
        <translation>連絡先 %1 が見つかりません。すでに削除されている可能性があります。</translation>
    </message>
    <message>
        <source>Cannot save the contact %1: %2</source>
        <translation>連絡先 %1 を保存できません（%2）。</translation>
    </message>
    <message>
        <source>Cannot delete the contacts: %1</source>
        <translation>連絡先を削除できません（%1）。</translation>
    </message>
    <message>
        <source>Cannot restore the contact %1: %2</source>
        <translation>連絡先 %1 を元に戻せません（%2）。</translation>
    </message>
    <message>
        <source>Cannot restore the contacts: %1</source>
        <translation>連絡先を元に戻せません（%1）。</translation>
    </message>
    <message>
        <source>Cannot read the contacts: %1</source>
        <translation>連絡先を読み込めません（%1）。</translation>
    </message>
    <message>
        <source>A list needs a name.</source>
        <translation>リスト名を入力してください。</translation>
    </message>
    <message>
        <source>Cannot create the list %1: %2</source>
        <translation>リスト「%1」を作成できません（%2）。</translation>
    </message>
    <message>
        <source>A custom field needs a name.</source>
        <translation>カスタム項目の名前を入力してください。</translation>
    </message>
    <message>
        <source>Cannot create the custom field %1: %2</source>
        <translation>カスタム項目「%1」を作成できません（%2）。</translation>
    </message>
</context>
<context>
    <name>ContactStatusText</name>
    <message>
        <source>Subscribed</source>
        <translation>購読中</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>配信停止</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>不達</translation>
    </message>
    <message>
        <source>Complained</source>
        <translation>苦情</translation>
    </message>
    <message>
        <source>Pending confirmation</source>
        <translation>確認待ち</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>登録日</translation>
    </message>
</context>
<context>
    <name>ContactsCommand</name>
    <message>
        <source>Only contacts on this list.</source>
        <translation>このリストの連絡先だけを対象にします。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Only contacts with this tag.</source>
        <translation>このタグが付いた連絡先だけを対象にします。</translation>
    </message>
    <message>
        <source>Only contacts matching this text.</source>
        <translation>このテキストに一致する連絡先だけを対象にします。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation>EXPR</translation>
    </message>
    <message>
        <source>contacts takes the subcommand count.</source>
        <translation>contacts にはサブコマンド count を指定してください。</translation>
    </message>
    <message>
        <source>contacts count takes no arguments, only options.</source>
        <translation>contacts count には引数を指定できません。オプションだけを指定してください。</translation>
    </message>
    <message>
        <source>Only contacts in this segment (EXPR, or @NAME for a saved segment).</source>
        <translation>このセグメントの連絡先だけ（EXPR、または保存したセグメントなら @NAME）。</translation>
    </message>
    <message>
        <source>There is no saved segment called &quot;%1&quot;, nor any other yet. Save one in the segment builder, or give the segment as an expression.</source>
        <translation>「%1」という保存済みセグメントはありません（保存済みのセグメントはまだありません）。セグメントビルダーで保存するか、セグメントを式で指定してください。</translation>
    </message>
    <message>
        <source>There is no saved segment called &quot;%1&quot;. Saved segments: %2.</source>
        <translation>「%1」という保存済みセグメントはありません。保存済みのセグメント: %2。</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>&amp;New contact</source>
        <translation>新しい連絡先(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>書き出し(&amp;X)…</translation>
    </message>
    <message>
        <source>Search address, name, company, phone…</source>
        <translation>アドレス・氏名・会社名・電話番号で検索…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>すべての連絡先</translation>
    </message>
    <message>
        <source>List: %1</source>
        <translation>リスト: %1</translation>
    </message>
    <message>
        <source>No contacts yet. Drop a CSV file here or use Import… to add your list.</source>
        <translation>連絡先はまだありません。CSV ファイルをここにドロップするか、「取り込み…」から名簿を追加してください。</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>連絡先の削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>%n 件の連絡先を削除しますか？ Ctrl+Z で元に戻せます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>連絡先の書き出し</translation>
    </message>
    <message>
        <source>contacts.csv</source>
        <translation>contacts.csv</translation>
    </message>
    <message>
        <source>CSV, UTF-8 for Excel (*.csv);;CSV, Shift_JIS for older Excel (*.csv);;CSV, UTF-8 without BOM (*.csv)</source>
        <translation>CSV（UTF-8、Excel 用） (*.csv);;CSV（Shift_JIS、古い Excel 用） (*.csv);;CSV（UTF-8、BOM なし） (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to %1.</source>
        <translation>
            <numerusform>%n 件の連絡先を %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 character(s) have no Shift_JIS form and were written as &apos;?&apos;. Export as UTF-8 to keep them.</source>
        <translation>%1 文字は Shift_JIS で表せないため、「?」として書き出しました。これらの文字を残すには UTF-8 で書き出してください。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln 件の連絡先</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The character encoding &quot;%1&quot; is not supported. Choose another encoding for this file.</source>
        <translation>文字コード「%1」には対応していません。このファイルには別の文字コードを選んでください。</translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation>ファイルが読み込み用に開かれていません。</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>ファイルを読み込めませんでした（%1）。</translation>
    </message>
    <message>
        <source>The record starting on line %1 is longer than %2 characters. A quote (&quot;) is probably not closed; check that line.</source>
        <translation>%1 行目から始まるレコードが %2 文字を超えています。引用符 (&quot;) が閉じられていない可能性があります。その行を確認してください。</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed. Add the missing closing quote (&quot;) in the file and import it again.</source>
        <translation>%1 行目から始まる引用符付きの項目が閉じられていません。ファイルに閉じる引用符 (&quot;) を追加してから、もう一度取り込んでください。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1 for the database: check its permissions.</source>
        <translation>データベース用のフォルダー %1 を作成できません。フォルダーのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>データベース %1 を開けません（%2）。</translation>
    </message>
    <message>
        <source>PostgreSQL databases are not supported yet; use an SQLite file (--db PATH or sqlite:///PATH).</source>
        <translation>PostgreSQL データベースにはまだ対応していません。SQLite ファイル（--db PATH または sqlite:///PATH）を使ってください。</translation>
    </message>
    <message>
        <source>Unknown database URL &apos;%1&apos;: use sqlite:///PATH/TO/FILE.sqlite.</source>
        <translation>データベース URL「%1」は認識できません。sqlite:///PATH/TO/FILE.sqlite の形式で指定してください。</translation>
    </message>
    <message>
        <source>Cannot configure the database: %1</source>
        <translation>データベースを設定できません（%1）。</translation>
    </message>
</context>
<context>
    <name>DeleteContactsCommand</name>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>%n 件の連絡先の削除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryChart</name>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Nothing delivered yet.</source>
        <translation>まだ何も配信されていません。</translation>
    </message>
    <message>
        <source>Messages per %1</source>
        <translation>%1 あたりのメッセージ数</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
</context>
<context>
    <name>DeliveryEngine</name>
    <message>
        <source>A campaign is already being sent.</source>
        <translation>すでに別のキャンペーンを送信中です。完了してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>キャンペーン %1 は存在しません。</translation>
    </message>
    <message>
        <source>Campaign %1 is %2: there is nothing left to send.</source>
        <translation>キャンペーン %1 は「%2」です。送信するものは残っていません。</translation>
    </message>
    <message>
        <source>No password for %1 on %2: store it in Settings (system keychain) or set TAYORI_SMTP_PASSWORD. %3</source>
        <translation>%2 のユーザー %1 のパスワードがありません。「設定」（システムのキーチェーン）に保存するか、TAYORI_SMTP_PASSWORD を設定してください。%3</translation>
    </message>
</context>
<context>
    <name>DeliveryLedger</name>
    <message>
        <source>Not sent: the address was put on the suppression list after the campaign was made</source>
        <translation>送信しませんでした: キャンペーン作成後に、アドレスが配信停止リストに登録されました</translation>
    </message>
    <message>
        <source>Not sent: since the campaign was made, the contact&apos;s status became </source>
        <translation>送信しませんでした: キャンペーン作成後に、連絡先のステータスが次のように変わりました: </translation>
    </message>
</context>
<context>
    <name>DeliveryLogModel</name>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <source>SMTP code</source>
        <translation>SMTP コード</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>サーバーの応答</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>不達</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
</context>
<context>
    <name>DeliveryWorker</name>
    <message>
        <source>Could not record the delivery state: %1</source>
        <translation>配信状況を記録できませんでした（%1）。</translation>
    </message>
    <message>
        <source>The mail server %1 cannot be reached: %2</source>
        <translation>送信サーバー %1 に接続できません（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempts; last reply: %1</source>
        <translation>
            <numerusform>%n 回試行しましたが送信できませんでした。最後の応答: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesignerCanvas</name>
    <message>
        <source>Bold</source>
        <translation>太字</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Link address (https://…):</source>
        <translation>リンク先アドレス（https://…）:</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>文字の色</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>箇条書き</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>番号付きリスト</translation>
    </message>
    <message>
        <source>Drag to move this block</source>
        <translation>ドラッグしてこのブロックを移動</translation>
    </message>
</context>
<context>
    <name>DesignerWindow</name>
    <message>
        <source>%1 — Template designer</source>
        <translation>%1 — テンプレートデザイナー</translation>
    </message>
    <message>
        <source>Checks before sending:</source>
        <translation>送信前のチェック:</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>デザイン</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Template settings</source>
        <translation>テンプレートの設定</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Changes are saved automatically; this saves at once.</source>
        <translation>変更は自動的に保存されます。このボタンはすぐに保存します。</translation>
    </message>
    <message>
        <source>HTML too large</source>
        <translation>HTML が大きすぎます</translation>
    </message>
    <message>
        <source>This HTML is %1 KB; a mail can hold at most %2 KB (Gmail cuts longer mail off). Nothing was changed: shorten the HTML and apply it again.</source>
        <translation>この HTML は %1 KB あります。メールに入れられるのは %2 KB までです（Gmail ではそれより長いメールが途中で切られます）。何も変更していません。HTML を短くしてから、もう一度適用してください。</translation>
    </message>
    <message>
        <source>Unsafe content removed</source>
        <translation>安全でない内容を削除しました</translation>
    </message>
    <message>
        <source>This was removed from the HTML, because mail programs block it or it could harm readers:
• %1</source>
        <translation>メールソフトがブロックするか、読む人に害を及ぼすおそれがあるため、HTML から次のものを削除しました:
• %1</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>画像を選択</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Image too large</source>
        <translation>画像が大きすぎます</translation>
    </message>
    <message>
        <source>%1 is %2 MB; images can be at most %3 MB. Nothing was changed: make the image smaller in an image editor and add it again.</source>
        <translation>%1 は %2 MB あります。使える画像は %3 MB までです。何も変更していません。画像編集ソフトで小さくしてから、もう一度追加してください。</translation>
    </message>
    <message>
        <source>Image not added</source>
        <translation>画像を追加できませんでした</translation>
    </message>
    <message>
        <source>%1 could not be read: %2. Nothing was changed.</source>
        <translation>%1 を読み込めませんでした: %2。何も変更していません。</translation>
    </message>
    <message>
        <source>Set image</source>
        <translation>画像を設定</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存しました</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>テンプレートが保存されていません</translation>
    </message>
    <message>
        <source>The last changes could not be saved: %1
Close anyway and lose them?</source>
        <translation>最後の変更を保存できませんでした: %1
保存せずに閉じますか？（変更は失われます）</translation>
    </message>
    <message>
        <source>Adding the image %1…</source>
        <translation>画像 %1 を追加しています…</translation>
    </message>
</context>
<context>
    <name>DkimCommand</name>
    <message>
        <source>The signing domain (d=), the sender&apos;s domain.</source>
        <translation>署名ドメイン（d=）。送信者のドメインです。</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>The selector (s=).</source>
        <translation>セレクタ（s=）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>dkim takes the subcommand keygen or test.</source>
        <translation>dkim にはサブコマンド keygen か test を指定してください。</translation>
    </message>
    <message>
        <source>rsa (the default) or ed25519.</source>
        <translation>rsa（既定）または ed25519。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>RSA key size (default 2048).</source>
        <translation>RSA 鍵のビット数（既定 2048）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Where to write the private key (a new file).</source>
        <translation>秘密鍵の書き込み先（新しいファイル）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>dkim keygen takes no arguments, only options.</source>
        <translation>dkim keygen は引数を取りません。オプションだけを指定してください。</translation>
    </message>
    <message>
        <source>dkim keygen needs --domain, --selector and --out.</source>
        <translation>dkim keygen には --domain、--selector、--out が必要です。</translation>
    </message>
    <message>
        <source>--type takes rsa or ed25519.</source>
        <translation>--type には rsa か ed25519 を指定してください。</translation>
    </message>
    <message>
        <source>--bits takes a number, e.g. 2048.</source>
        <translation>--bits には数値を指定してください（例: 2048）。</translation>
    </message>
    <message>
        <source>RSA %1-bit</source>
        <translation>RSA %1 ビット</translation>
    </message>
    <message>
        <source>%1 DKIM key written to %2 (readable by you only).
Publish this TXT record in DNS:
  Name:  %3
  Value: %4
In a zone file (strings of at most 255 characters):
  %3. IN TXT ( %5 )
</source>
        <translation>%1 の DKIM 鍵を %2 に書き込みました（あなただけが読めます）。
DNS に次の TXT レコードを公開してください:
  名前:  %3
  値:    %4
ゾーンファイルでは（255 文字以下の文字列に分割）:
  %3. IN TXT ( %5 )
</translation>
    </message>
    <message>
        <source>The private key (PEM).</source>
        <translation>秘密鍵（PEM）。</translation>
    </message>
    <message>
        <source>Verify against the key published in DNS instead of the local public key.</source>
        <translation>手元の公開鍵ではなく DNS に公開された鍵で検証します。</translation>
    </message>
    <message>
        <source>dkim test takes no arguments, only options.</source>
        <translation>dkim test は引数を取りません。オプションだけを指定してください。</translation>
    </message>
    <message>
        <source>dkim test needs --key, --domain and --selector.</source>
        <translation>dkim test には --key、--domain、--selector が必要です。</translation>
    </message>
    <message>
        <source>DKIM self-test passed: a probe signed with %1 verifies against the key published at %2.
</source>
        <translation>DKIM セルフテストに合格しました: %1 で署名したテストメッセージが %2 に公開された鍵で検証できました。
</translation>
    </message>
    <message>
        <source>DKIM self-test passed: a probe signed with %1 verifies against its public key (DNS not checked; add --dns to check %2).
</source>
        <translation>DKIM セルフテストに合格しました: %1 で署名したテストメッセージがその公開鍵で検証できました（DNS は未確認です。%2 を確認するには --dns を付けてください）。
</translation>
    </message>
</context>
<context>
    <name>DkimKey</name>
    <message>
        <source>This is not a PEM private key (no &quot;-----BEGIN&quot; line): use the PEM file of the DKIM private key.</source>
        <translation>PEM 形式の秘密鍵ではありません（&quot;-----BEGIN&quot; 行がありません）。DKIM 秘密鍵の PEM ファイルを指定してください。</translation>
    </message>
    <message>
        <source>This is a public key; signing needs the private key of the pair.</source>
        <translation>これは公開鍵です。署名には対になる秘密鍵が必要です。</translation>
    </message>
    <message>
        <source>This is a certificate, not a private key: use the DKIM private key file.</source>
        <translation>これは証明書で、秘密鍵ではありません。DKIM 秘密鍵のファイルを指定してください。</translation>
    </message>
    <message>
        <source>This private key is encrypted with a passphrase; remove the passphrase (openssl pkey -in KEY -out PLAIN.pem) and use the plain key.</source>
        <translation>この秘密鍵はパスフレーズで暗号化されています。パスフレーズを外して（openssl pkey -in KEY -out PLAIN.pem）、暗号化されていない鍵を使ってください。</translation>
    </message>
    <message>
        <source>The private key could not be read (damaged or not a PEM private key); export it again as PEM.</source>
        <translation>秘密鍵を読み込めませんでした（壊れているか PEM 形式の秘密鍵ではありません）。PEM 形式でもう一度書き出してください。</translation>
    </message>
    <message>
        <source>This RSA key has %1 bits; receivers reject DKIM keys under 1024 bits. Generate a 2048-bit key.</source>
        <translation>この RSA 鍵は %1 ビットです。受信側は 1024 ビット未満の DKIM 鍵を拒否します。2048 ビットの鍵を生成してください。</translation>
    </message>
    <message>
        <source>This is a %1 key; DKIM signs with RSA or Ed25519 keys. Generate one of those.</source>
        <translation>これは %1 鍵です。DKIM の署名には RSA か Ed25519 の鍵を使います。どちらかを生成してください。</translation>
    </message>
    <message>
        <source>Cannot read the DKIM key file %1: %2.</source>
        <translation>DKIM 鍵ファイル %1 を読み込めません: %2。</translation>
    </message>
    <message>
        <source>%1 is too large to be a DKIM key file; choose the PEM file of the key.</source>
        <translation>%1 は DKIM 鍵ファイルにしては大きすぎます。鍵の PEM ファイルを選んでください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>An RSA key for DKIM needs 1024 to 8192 bits (2048 is recommended), not %1.</source>
        <translation>DKIM 用の RSA 鍵は 1024〜8192 ビットにしてください（推奨は 2048）。%1 は使えません。</translation>
    </message>
    <message>
        <source>OpenSSL could not generate the key; check the OpenSSL installation.</source>
        <translation>OpenSSL で鍵を生成できませんでした。OpenSSL のインストールを確認してください。</translation>
    </message>
    <message>
        <source>%1 already exists; a key file is never overwritten. Choose another file name or remove the old file.</source>
        <translation>%1 はすでに存在します。鍵ファイルは上書きしません。別のファイル名を選ぶか、古いファイルを削除してください。</translation>
    </message>
    <message>
        <source>OpenSSL could not write the private key; check the OpenSSL installation.</source>
        <translation>OpenSSL で秘密鍵を書き出せませんでした。OpenSSL のインストールを確認してください。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>%1 を作成できません: %2。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 に書き込めません: %2。</translation>
    </message>
</context>
<context>
    <name>DkimKeyDialog</name>
    <message>
        <source>Import DKIM key</source>
        <translation>DKIM 鍵の取り込み</translation>
    </message>
    <message>
        <source>Generate DKIM key</source>
        <translation>DKIM 鍵の生成</translation>
    </message>
    <message>
        <source>RSA 2048-bit (recommended: every receiver verifies it)</source>
        <translation>RSA 2048 ビット（推奨: すべての受信側が検証できます）</translation>
    </message>
    <message>
        <source>Ed25519 (short; add it beside an RSA key, not instead)</source>
        <translation>Ed25519（短い鍵。RSA 鍵の代わりではなく、併用してください）</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>ドメイン(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Selector:</source>
        <translation>セレクター(&amp;S):</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>鍵ファイル:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>種類(&amp;T):</translation>
    </message>
    <message>
        <source>The domain is the one in your From address. The selector names this key in DNS; a new selector each year makes changing keys painless.</source>
        <translation>ドメインは差出人アドレスのドメインです。セレクターは DNS 上でこの鍵を指す名前で、毎年新しいセレクターにすると鍵の切り替えが楽になります。</translation>
    </message>
    <message>
        <source>Generating the key…</source>
        <translation>鍵を生成しています…</translation>
    </message>
</context>
<context>
    <name>DkimKeyStore</name>
    <message>
        <source>&apos;%1&apos; is not a domain name; type the domain of your From address, such as example.co.jp.</source>
        <translation>「%1」はドメイン名ではありません。差出人アドレスのドメイン（例: example.co.jp）を入力してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid selector; use letters, digits and hyphens, such as tayori2026.</source>
        <translation>「%1」はセレクターとして使えません。英数字とハイフンで指定してください（例: tayori2026）。</translation>
    </message>
    <message>
        <source>There is already a key for %1 with the selector %2; choose another selector or remove the old key first.</source>
        <translation>%1 にはセレクター %2 の鍵がすでにあります。別のセレクターにするか、先に古い鍵を削除してください。</translation>
    </message>
    <message>
        <source>Cannot create the key folder %1; check that you may write there.</source>
        <translation>鍵フォルダー %1 を作成できません。書き込み権限を確認してください。</translation>
    </message>
    <message>
        <source>The key file %1 already exists; move it away or choose another selector.</source>
        <translation>鍵ファイル %1 はすでに存在します。移動するか、別のセレクターにしてください。</translation>
    </message>
    <message>
        <source>That DKIM key no longer exists; reopen the settings.</source>
        <translation>その DKIM 鍵はもう存在しません。設定を開き直してください。</translation>
    </message>
    <message>
        <source>The key was removed from the list, but its file %1 could not be deleted; delete it by hand.</source>
        <translation>鍵は一覧から削除しましたが、ファイル %1 を削除できませんでした。手動で削除してください。</translation>
    </message>
</context>
<context>
    <name>DkimKeysSection</name>
    <message>
        <source>&amp;Generate…</source>
        <translation>生成(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Import PEM…</source>
        <translation>PEM を取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>セレクター</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>DNS name (TXT):</source>
        <translation>DNS 名（TXT）:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>レコード:</translation>
    </message>
    <message>
        <source>Publish this TXT record at your DNS provider before sending with the key; receivers look it up to check the signature.</source>
        <translation>この鍵で送信する前に、DNS サービスにこの TXT レコードを登録してください。受信側はこれを参照して署名を検証します。</translation>
    </message>
    <message>
        <source>Import DKIM private key</source>
        <translation>DKIM 秘密鍵の取り込み</translation>
    </message>
    <message>
        <source>PEM private keys (*.pem *.key);;All files (*)</source>
        <translation>PEM 秘密鍵 (*.pem *.key);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Remove DKIM key</source>
        <translation>DKIM 鍵の削除</translation>
    </message>
    <message>
        <source>Remove the key %1 and delete its private key file? Mail signed with it stays valid only while its TXT record stays in DNS.</source>
        <translation>鍵 %1 を削除し、秘密鍵ファイルも削除しますか? この鍵で署名済みのメールは、TXT レコードが DNS に残っている間だけ有効です。</translation>
    </message>
</context>
<context>
    <name>DkimSelfTest</name>
    <message>
        <source>DKIM self-test passed against the key published at %1.</source>
        <translation>%1 に公開された鍵で DKIM セルフテストに合格しました。</translation>
    </message>
    <message>
        <source>DKIM self-test failed against the key published at %1 (%2). Publish the TXT record shown for this key in Settings, or choose the key that matches it.</source>
        <translation>%1 に公開された鍵での DKIM セルフテストに失敗しました（%2）。「設定」でこの鍵に表示される TXT レコードを公開するか、公開済みのレコードに対応する鍵を選んでください。</translation>
    </message>
    <message>
        <source>DKIM self-test failed: a probe signed with this key does not verify (%1).</source>
        <translation>DKIM セルフテストに失敗しました: この鍵で署名したテストメッセージを検証できません（%1）。</translation>
    </message>
    <message>
        <source>DKIM self-test passed against the key&apos;s own public key.</source>
        <translation>鍵自身の公開鍵で DKIM セルフテストに合格しました。</translation>
    </message>
    <message>
        <source>No DKIM key is published at %1 yet (or DNS cannot be reached): receivers cannot verify the signatures until the TXT record is published.</source>
        <translation>%1 にはまだ DKIM 鍵が公開されていません（または DNS に接続できません）。TXT レコードを公開するまで、受信側は署名を検証できません。</translation>
    </message>
</context>
<context>
    <name>DkimSigner</name>
    <message>
        <source>Enter the DKIM signing domain (d=), e.g. example.co.jp.</source>
        <translation>DKIM の署名ドメイン（d=）を入力してください（例: example.co.jp）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain name for the DKIM signature (d=); use the domain of the sender&apos;s address, e.g. example.co.jp.</source>
        <translation>「%1」は DKIM 署名（d=）のドメイン名として正しくありません。送信者アドレスのドメインを指定してください（例: example.co.jp）。</translation>
    </message>
    <message>
        <source>Enter a DKIM selector (s=), e.g. tayori2026.</source>
        <translation>DKIM セレクタ（s=）を入力してください（例: tayori2026）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid DKIM selector; use letters, digits and hyphens (no spaces or underscores), e.g. tayori2026.</source>
        <translation>「%1」は DKIM セレクタとして正しくありません。英字・数字・ハイフンを使ってください（空白とアンダースコアは不可。例: tayori2026）。</translation>
    </message>
    <message>
        <source>DKIM signing needs a private key: generate one (tayori-cli dkim keygen) or import a PEM file.</source>
        <translation>DKIM 署名には秘密鍵が必要です。生成する（tayori-cli dkim keygen）か PEM ファイルを読み込んでください。</translation>
    </message>
    <message>
        <source>The sender&apos;s address has no valid domain (&apos;%1&apos;), so the DKIM domain cannot be checked against it; correct the sender&apos;s address.</source>
        <translation>送信者アドレスのドメイン（「%1」）が正しくないため、DKIM ドメインと照合できません。送信者アドレスを修正してください。</translation>
    </message>
    <message>
        <source>The DKIM domain %1 does not match the sender&apos;s domain %2; DMARC needs them aligned. Use a key for %2 or allow a third-party signature.</source>
        <translation>DKIM ドメイン %1 が送信者のドメイン %2 と一致しません。DMARC では両者の一致（アライメント）が必要です。%2 の鍵を使うか、第三者署名を許可してください。</translation>
    </message>
    <message>
        <source>Two DKIM keys cannot share the selector %1: one DNS name publishes one key. Give each key its own selector.</source>
        <translation>2 つの DKIM 鍵で同じセレクタ %1 は使えません。1 つの DNS 名で公開できる鍵は 1 つです。鍵ごとに別のセレクタを指定してください。</translation>
    </message>
    <message>
        <source>The message to sign has a malformed header (a line without a colon or a bare line feed); this is a bug in the message builder, please report it.</source>
        <translation>署名するメッセージのヘッダーが不正です（コロンのない行か CR のない改行）。メッセージ作成部の不具合ですので、報告してください。</translation>
    </message>
    <message>
        <source>The message to sign has a line ending without CR; messages must use CRLF line ends. This is a bug in the message builder, please report it.</source>
        <translation>署名するメッセージに CR のない改行があります。メッセージの改行は CRLF でなければなりません。メッセージ作成部の不具合ですので、報告してください。</translation>
    </message>
    <message>
        <source>OpenSSL could not hash the message; check the OpenSSL installation.</source>
        <translation>OpenSSL でメッセージのハッシュを計算できませんでした。OpenSSL のインストールを確認してください。</translation>
    </message>
    <message>
        <source>The message to sign has no From header; DKIM signs the author&apos;s address, so add one.</source>
        <translation>署名するメッセージに From ヘッダーがありません。DKIM は差出人アドレスに署名するので、追加してください。</translation>
    </message>
    <message>
        <source>OpenSSL could not make the DKIM signature with the %1 key; check the key and the OpenSSL installation.</source>
        <translation>OpenSSL で %1 鍵による DKIM 署名を作成できませんでした。鍵と OpenSSL のインストールを確認してください。</translation>
    </message>
</context>
<context>
    <name>DkimVerifier</name>
    <message>
        <source>libopendkim could not start; check the opendkim library installation.</source>
        <translation>libopendkim を開始できませんでした。opendkim ライブラリのインストールを確認してください。</translation>
    </message>
    <message>
        <source>libopendkim could not start a verification (%1).</source>
        <translation>libopendkim で検証を開始できませんでした（%1）。</translation>
    </message>
    <message>
        <source>The message has no DKIM signature.</source>
        <translation>メッセージに DKIM 署名がありません。</translation>
    </message>
    <message>
        <source>libopendkim could not read the message: %1.</source>
        <translation>libopendkim がメッセージを読み込めませんでした: %1。</translation>
    </message>
    <message>
        <source>%1: not checked (this libopendkim has no Ed25519)</source>
        <translation>%1: 未検証（この libopendkim は Ed25519 に対応していません）</translation>
    </message>
    <message>
        <source>%1: pass</source>
        <translation>%1: 合格</translation>
    </message>
    <message>
        <source>body hash mismatch (the body changed after signing)</source>
        <translation>本文ハッシュの不一致（署名後に本文が変更されています）</translation>
    </message>
    <message>
        <source>signature mismatch</source>
        <translation>署名の不一致</translation>
    </message>
    <message>
        <source>not processed</source>
        <translation>未処理</translation>
    </message>
    <message>
        <source>%1: fail (%2)</source>
        <translation>%1: 不合格（%2）</translation>
    </message>
</context>
<context>
    <name>DuplicateBlockCommand</name>
    <message>
        <source>Duplicate block</source>
        <translation>ブロックを複製</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>a space</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>an invisible control character</source>
        <translation>目に見えない制御文字</translation>
    </message>
    <message>
        <source>The quoted part before &apos;@&apos; is empty. Enter the name of the mailbox between the quotes.</source>
        <translation>「@」の前の引用符で囲まれた部分が空です。引用符の間にメールボックス名を入力してください。</translation>
    </message>
    <message>
        <source>A backslash in the quoted part before &apos;@&apos; is not followed by a printable character. Remove the backslash or the character after it.</source>
        <translation>「@」の前の引用符で囲まれた部分で、バックスラッシュ (\) の後に表示できる文字がありません。バックスラッシュか、その後の文字を削除してください。</translation>
    </message>
    <message>
        <source>The quoted part before &apos;@&apos; contains %1, which is not allowed. Remove it.</source>
        <translation>「@」の前の引用符で囲まれた部分に、使用できない文字（%1）が含まれています。削除してください。</translation>
    </message>
    <message>
        <source>Nothing comes before &apos;@&apos;. Enter the whole address, such as name@example.com.</source>
        <translation>「@」の前に何もありません。name@example.com のように、アドレス全体を入力してください。</translation>
    </message>
    <message>
        <source>The local part (before &apos;@&apos;) contains %1, which is not allowed there. Remove it, or check that the cell holds only one address.</source>
        <translation>ローカル部（「@」の前）に、使用できない文字（%1）が含まれています。削除するか、セルにアドレスが 1 つだけ入っていることを確認してください。</translation>
    </message>
    <message>
        <source>The domain &apos;%1&apos; opens a &apos;[&apos; but does not close it. Add the &apos;]&apos;.</source>
        <translation>ドメイン「%1」の「[」が閉じられていません。「]」を追加してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IP address literal. Write it as [192.0.2.1] or [IPv6:2001:db8::1].</source>
        <translation>「%1」は有効な IP アドレス表記ではありません。[192.0.2.1] や [IPv6:2001:db8::1] の形式で入力してください。</translation>
    </message>
    <message>
        <source>Nothing comes after &apos;@&apos;. Add the domain, such as example.com.</source>
        <translation>「@」の後に何もありません。example.com のようなドメインを追加してください。</translation>
    </message>
    <message>
        <source>The domain &apos;%1&apos; contains %2, which is not allowed in domain names. Remove it.</source>
        <translation>ドメイン「%1」に、ドメイン名に使用できない文字（%2）が含まれています。削除してください。</translation>
    </message>
    <message>
        <source>The domain &apos;%1&apos; starts with a dot. Remove the dot after &apos;@&apos;.</source>
        <translation>ドメイン「%1」がドット (.) で始まっています。「@」の直後のドットを削除してください。</translation>
    </message>
    <message>
        <source>The domain &apos;%1&apos; ends with a dot. Remove the last dot.</source>
        <translation>ドメイン「%1」がドット (.) で終わっています。末尾のドットを削除してください。</translation>
    </message>
    <message>
        <source>The domain &apos;%1&apos; has two consecutive dots. Remove one of them.</source>
        <translation>ドメイン「%1」にドット (.) が 2 つ続いています。1 つを削除してください。</translation>
    </message>
    <message>
        <source>The domain part &apos;%1&apos; has no dot. Use the full domain, such as example.com or example.co.jp.</source>
        <translation>ドメイン部「%1」にドット (.) がありません。example.com や example.co.jp のように、ドメインを省略せずに入力してください。</translation>
    </message>
    <message>
        <source>The domain label &apos;%1&apos; starts or ends with a hyphen, which is not allowed. Check the domain.</source>
        <translation>ドメインのラベル「%1」の先頭または末尾にハイフン (-) があります。ハイフンはこの位置には使えません。ドメインを確認してください。</translation>
    </message>
    <message>
        <source>The domain &apos;%1&apos; is an IP address. Write it in square brackets, such as [%1].</source>
        <translation>ドメイン「%1」は IP アドレスです。[%1] のように角かっこで囲んでください。</translation>
    </message>
    <message>
        <source>The domain &apos;%1&apos; ends in &apos;%2&apos;, which is all digits; no such domain exists. Check the end of the domain.</source>
        <translation>ドメイン「%1」の末尾「%2」が数字だけになっています。このようなドメインは存在しません。ドメインの末尾を確認してください。</translation>
    </message>
    <message>
        <source>The domain label &apos;%1&apos; is longer than %2 characters. Check the domain.</source>
        <translation>ドメインのラベル「%1」が %2 文字を超えています。ドメインを確認してください。</translation>
    </message>
    <message>
        <source>The domain label &apos;%1&apos; is not a valid international domain name, or is longer than %2 characters once encoded for mail. Check the domain.</source>
        <translation>ドメインのラベル「%1」は有効な国際化ドメイン名ではないか、メール用に変換すると %2 文字を超えます。ドメインを確認してください。</translation>
    </message>
    <message>
        <source>The domain &apos;%1&apos; is not a valid international domain name. Check its spelling.</source>
        <translation>ドメイン「%1」は有効な国際化ドメイン名ではありません。つづりを確認してください。</translation>
    </message>
    <message>
        <source>a dot at the start of the local part</source>
        <translation>ローカル部の先頭にドット</translation>
    </message>
    <message>
        <source>two consecutive dots in the local part</source>
        <translation>ローカル部でドットが連続</translation>
    </message>
    <message>
        <source>a dot just before &apos;@&apos;</source>
        <translation>「@」の直前にドット</translation>
    </message>
    <message>
        <source>The local part (before &apos;@&apos;) starts with a dot. Remove the dot.</source>
        <translation>ローカル部（「@」の前）がドット (.) で始まっています。ドットを削除してください。</translation>
    </message>
    <message>
        <source>Two consecutive dots in the local part (before &apos;@&apos;). Remove one of them.</source>
        <translation>ローカル部（「@」の前）にドット (.) が 2 つ続いています。1 つを削除してください。</translation>
    </message>
    <message>
        <source>The local part ends with a dot just before &apos;@&apos;. Remove the dot.</source>
        <translation>ローカル部が「@」の直前でドット (.) で終わっています。ドットを削除してください。</translation>
    </message>
    <message>
        <source>The email address is empty. Enter an address such as name@example.com.</source>
        <translation>メールアドレスが空です。name@example.com のようなアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The address starts with &apos;mailto:&apos;. Remove &apos;mailto:&apos; and keep only the address.</source>
        <translation>アドレスが「mailto:」で始まっています。「mailto:」を削除して、アドレスだけにしてください。</translation>
    </message>
    <message>
        <source>The quote at the start of the address is never closed. Add the closing &apos;&quot;&apos;.</source>
        <translation>アドレスの先頭の引用符が閉じられていません。閉じる引用符 (&quot;) を追加してください。</translation>
    </message>
    <message>
        <source>The address is missing &apos;@&apos;. Enter it as name@example.com.</source>
        <translation>アドレスに「@」がありません。name@example.com の形式で入力してください。</translation>
    </message>
    <message>
        <source>Something comes between the closing quote and &apos;@&apos;. Put the whole part before &apos;@&apos; inside the quotes.</source>
        <translation>閉じる引用符と「@」の間に文字があります。「@」の前の部分全体を引用符で囲んでください。</translation>
    </message>
    <message>
        <source>The address contains more than one &apos;@&apos;. Check the address for a typo.</source>
        <translation>アドレスに「@」が 2 つ以上含まれています。入力ミスがないか確認してください。</translation>
    </message>
    <message>
        <source>The cell contains more than the address (a name or angle brackets). Keep only the address, such as name@example.com.</source>
        <translation>セルにアドレス以外のもの（名前や &lt; &gt; など）が含まれています。name@example.com のように、アドレスだけにしてください。</translation>
    </message>
    <message>
        <source>The cell seems to contain more than one address. Put one address per row.</source>
        <translation>セルに複数のアドレスが入っているようです。1 行に 1 つのアドレスを入れてください。</translation>
    </message>
    <message>
        <source>This address has %1, which the email standard does not allow. Old Japanese mobile addresses (%2) look like this, so it was accepted, but some mail servers may refuse it.</source>
        <translation>このアドレスはメールの規格に沿っていません（%1）。古い携帯電話のアドレス（%2）によくある形式のため受け付けましたが、一部のメールサーバーでは受け取りを拒否される場合があります。</translation>
    </message>
    <message>
        <source>The local part (before &apos;@&apos;) is %1 bytes long; at most %2 are allowed. Check the address.</source>
        <translation>ローカル部（「@」の前）が %1 バイトあります。上限は %2 バイトです。アドレスを確認してください。</translation>
    </message>
    <message>
        <source>The address is %1 bytes long; at most %2 are allowed. Check the address.</source>
        <translation>アドレスが %1 バイトあります。上限は %2 バイトです。アドレスを確認してください。</translation>
    </message>
    <message>
        <source>Full-width characters were converted to half-width (%1). Check that the address is right.</source>
        <translation>全角文字を半角に変換しました（%1）。アドレスが正しいか確認してください。</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>utf-8, utf-8-bom (the default, for Excel) or shift_jis.</source>
        <translation>utf-8、utf-8-bom（既定、Excel 用）、shift_jis のいずれか。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Do not prefix cells starting with = + - @.</source>
        <translation>= + - @ で始まるセルの先頭に、数式として扱われないための記号を付けません。</translation>
    </message>
    <message>
        <source>export takes exactly one FILE.</source>
        <translation>export には FILE を 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>--encoding takes utf-8, utf-8-bom or shift_jis.</source>
        <translation>--encoding には utf-8、utf-8-bom、shift_jis のいずれかを指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to %1.
</source>
        <translation>
            <numerusform>%n 件の連絡先を %1 に書き出しました。
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 character(s) have no Shift_JIS form and were written as &apos;?&apos;: export as UTF-8 to keep them.
</source>
        <translation>%1 文字は Shift_JIS で表せないため、「?」として書き出しました。これらの文字を残すには UTF-8 で書き出してください。
</translation>
    </message>
</context>
<context>
    <name>HeaderMapper</name>
    <message>
        <source>Don&apos;t import</source>
        <translation>取り込まない</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Furigana (name reading)</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>Subscription status</source>
        <translation>購読状態</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>カスタム項目</translation>
    </message>
</context>
<context>
    <name>HtmlSanitizer</name>
    <message>
        <source>a style sheet with scripting (expression(), javascript:, behavior)</source>
        <translation>スクリプトを含むスタイルシート（expression()、javascript:、behavior）</translation>
    </message>
    <message>
        <source>a &lt;%1&gt; element</source>
        <translation>&lt;%1&gt; 要素</translation>
    </message>
    <message>
        <source>a form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <source>a &lt;meta http-equiv=&quot;%1&quot;&gt;</source>
        <translation>&lt;meta http-equiv=&quot;%1&quot;&gt;</translation>
    </message>
    <message>
        <source>a &lt;link&gt; that is not an https style sheet</source>
        <translation>https のスタイルシートではない &lt;link&gt;</translation>
    </message>
    <message>
        <source>an event handler (%1)</source>
        <translation>イベントハンドラー（%1）</translation>
    </message>
    <message>
        <source>a merge field between a tag&apos;s attributes</source>
        <translation>タグの属性の間にある差し込みフィールド</translation>
    </message>
    <message>
        <source>a “%1” attribute</source>
        <translation>“%1” 属性</translation>
    </message>
    <message>
        <source>a style with scripting (expression(), javascript:, behavior)</source>
        <translation>スクリプトを含むスタイル（expression()、javascript:、behavior）</translation>
    </message>
    <message>
        <source>an unsafe link (%1)</source>
        <translation>安全でないリンク（%1）</translation>
    </message>
</context>
<context>
    <name>IdentitiesSection</name>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation>既定にする(&amp;D)</translation>
    </message>
    <message>
        <source>The From address of your newsletters. Receivers trust it when its domain has a DKIM key (see DKIM keys) and an SPF record that names your mail server.</source>
        <translation>ニュースレターの差出人アドレスです。そのドメインに DKIM 鍵（「DKIM 鍵」タブ）と送信サーバーを含む SPF レコードがあると、受信側に信頼されます。</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（既定）</translation>
    </message>
    <message>
        <source>Remove sender</source>
        <translation>差出人の削除</translation>
    </message>
    <message>
        <source>Remove the sender %1?</source>
        <translation>差出人 %1 を削除しますか?</translation>
    </message>
    <message>
        <source>Default sender</source>
        <translation>既定の差出人</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Add sender</source>
        <translation>差出人を追加</translation>
    </message>
    <message>
        <source>Edit sender</source>
        <translation>差出人を編集</translation>
    </message>
    <message>
        <source>e.g. Tayori Shop</source>
        <translation>例: 便りショップ</translation>
    </message>
    <message>
        <source>Empty: replies go to the sender address</source>
        <translation>空欄: 返信は差出人アドレスに届きます</translation>
    </message>
    <message>
        <source>Empty: the sender address&apos;s domain</source>
        <translation>空欄: 差出人アドレスのドメイン</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>表示名(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Reply-to:</source>
        <translation>返信先(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Bounce domain:</source>
        <translation>エラーメール用ドメイン(&amp;B):</translation>
    </message>
    <message>
        <source>Bounces come back to bounce+…@ this domain, so each one names its recipient; its mail must reach the address Tayori reads bounces from.</source>
        <translation>エラーメールはこのドメインの bounce+…@ 宛てに戻るため、どの宛先のものか分かります。このドメインのメールが、Tayori がエラーメールを読むアドレスに届くようにしてください。</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>--map takes FIELD=COLUMN (e.g. --map email=メールアドレス), not &apos;%1&apos;.</source>
        <translation>--map は FIELD=COLUMN の形式で指定してください（例: --map email=メールアドレス）。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>--map %1: the file has no column &apos;%2&apos; (columns: %3).</source>
        <translation>--map %1: ファイルに列「%2」がありません（列: %3）。列名を確認してください。</translation>
    </message>
    <message>
        <source>Add every contact to this list.</source>
        <translation>すべての連絡先をこのリストに追加します。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The file&apos;s encoding.</source>
        <translation>ファイルの文字コード。</translation>
    </message>
    <message>
        <source>The field delimiter.</source>
        <translation>区切り文字。</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Map a column to a field.</source>
        <translation>列を項目に割り当てます。</translation>
    </message>
    <message>
        <source>FIELD=COLUMN</source>
        <translation>FIELD=COLUMN</translation>
    </message>
    <message>
        <source>Tag every contact.</source>
        <translation>すべての連絡先にタグを付けます。</translation>
    </message>
    <message>
        <source>What to do with addresses already stored.</source>
        <translation>登録済みのアドレスの扱い。</translation>
    </message>
    <message>
        <source>update|skip</source>
        <translation>update|skip</translation>
    </message>
    <message>
        <source>Check the file and count, write nothing.</source>
        <translation>ファイルを確認して件数を数えます。何も書き込みません。</translation>
    </message>
    <message>
        <source>Save the row errors as CSV.</source>
        <translation>行ごとのエラーを CSV で保存します。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>CSV ファイル。</translation>
    </message>
    <message>
        <source>import takes exactly one FILE.</source>
        <translation>import には FILE を 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>--on-duplicate takes update or skip.</source>
        <translation>--on-duplicate には update または skip を指定してください。</translation>
    </message>
    <message>
        <source>--delimiter takes one character, tab or auto.</source>
        <translation>--delimiter には 1 文字、tab、auto のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1 rows, %2 new, %3 updated, %4 duplicates, %5 invalid.
</source>
        <translation>試行のみ（書き込みなし）: %1 行、新規 %2 件、更新 %3 件、重複 %4 件、無効 %5 件。
</translation>
    </message>
    <message>
        <source>%1 rows: %2 imported, %3 updated, %4 duplicates, %5 invalid.
</source>
        <translation>%1 行: 取り込み %2 件、更新 %3 件、重複 %4 件、無効 %5 件。
</translation>
    </message>
    <message>
        <source>  row %1, %2: error: %3
</source>
        <translation>  %1 行目、%2: エラー: %3
</translation>
    </message>
    <message>
        <source>  row %1, %2: warning: %3
</source>
        <translation>  %1 行目、%2: 警告: %3
</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>行全体</translation>
    </message>
    <message>
        <source>  … and %1 more; --report FILE.csv saves them all.
</source>
        <translation>  …ほか %1 件。--report FILE.csv ですべて保存できます。
</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>ファイルの選択</translation>
    </message>
    <message>
        <source>Check that the first rows read correctly. If the Japanese looks garbled, pick another encoding.</source>
        <translation>先頭の数行が正しく読み込まれているか確認してください。日本語が文字化けしている場合は、別の文字コードを選んでください。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自動判別</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>カンマ (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>セミコロン (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>縦線 (|)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>区切り文字(&amp;D):</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>連絡先の取り込み</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV・テキストファイル (*.csv *.txt *.tsv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Drop a CSV file on the window or choose one with Browse…</source>
        <translation>CSV ファイルをウィンドウにドロップするか、「参照…」で選んでください。</translation>
    </message>
    <message>
        <source>Detected encoding: %1.</source>
        <translation>文字コードを %1 と判定しました。</translation>
    </message>
    <message>
        <source>Encoding: %1.</source>
        <translation>文字コード: %1。</translation>
    </message>
    <message>
        <source>%1 columns, file size %2.</source>
        <translation>%1 列、ファイルサイズ %2。</translation>
    </message>
    <message>
        <source>Some bytes are not valid in this encoding (shown as �): choose the right encoding above.</source>
        <translation>この文字コードでは読めないバイトがあります（� で表示）。上で正しい文字コードを選んでください。</translation>
    </message>
    <message>
        <source>No email column was recognised: choose it on the next page.</source>
        <translation>メールアドレスの列が見つかりませんでした。次のページで指定してください。</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>列の割り当て</translation>
    </message>
    <message>
        <source>Choose what each column holds. Columns that match no field can be kept as custom fields.</source>
        <translation>各列の内容を選んでください。どの項目にも当てはまらない列は、カスタム項目として残せます。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>先頭の値</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>取り込み先</translation>
    </message>
    <message>
        <source>Custom field name</source>
        <translation>カスタム項目名</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>取り込まない</translation>
    </message>
    <message>
        <source>Choose the column that holds the email addresses.</source>
        <translation>メールアドレスが入っている列を選んでください。</translation>
    </message>
    <message>
        <source>%1 is chosen for %2 columns: choose it for one only.</source>
        <translation>「%1」が %2 つの列に割り当てられています。1 つの列だけにしてください。</translation>
    </message>
    <message>
        <source>Give every custom field a name.</source>
        <translation>すべてのカスタム項目に名前を付けてください。</translation>
    </message>
</context>
<context>
    <name>ImportOptionsPage</name>
    <message>
        <source>&amp;Update them with the file&apos;s values (empty cells change nothing)</source>
        <translation>ファイルの値で更新する（空のセルは変更しない）(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Skip them and keep what is stored</source>
        <translation>スキップして登録済みの内容を残す(&amp;S)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>取り込みの設定</translation>
    </message>
    <message>
        <source>An import is all or nothing: if it fails or you cancel it, no contact is changed.</source>
        <translation>取り込みは、すべて反映されるか何も反映されないかのどちらかです。失敗したり中止したりした場合、連絡先は一切変更されません。</translation>
    </message>
    <message>
        <source>separated by ; (e.g. 2026 fair; Osaka)</source>
        <translation>; で区切って入力（例: 2026 展示会; 大阪）</translation>
    </message>
    <message>
        <source>Add to &amp;list:</source>
        <translation>リストに追加(&amp;L):</translation>
    </message>
    <message>
        <source>Add &amp;tags:</source>
        <translation>タグを追加(&amp;T):</translation>
    </message>
    <message>
        <source>Addresses already in your contacts:</source>
        <translation>登録済みのアドレス:</translation>
    </message>
    <message>
        <source>No list, or type a new list&apos;s name</source>
        <translation>リストなし（新しいリスト名も入力できます）</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1 が見つかりません。ファイルの場所と名前を確認してください。</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a CSV file.</source>
        <translation>%1 はフォルダーです。CSV ファイルを選んでください。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません（%2）。</translation>
    </message>
    <message>
        <source>%1 is empty: export the contacts again, with a header row.</source>
        <translation>%1 は空です。見出し行を付けて、連絡先をもう一度書き出してください。</translation>
    </message>
    <message>
        <source>%1 is not a text file (it looks like binary data): save the sheet as CSV (File &gt; Save As &gt; CSV) and import that.</source>
        <translation>%1 はテキストファイルではありません（バイナリデータのようです）。シートを CSV で保存し（ファイル &gt; 名前を付けて保存 &gt; CSV）、そのファイルを取り込んでください。</translation>
    </message>
    <message>
        <source>Unknown encoding &apos;%1&apos;: use one of %2.</source>
        <translation>文字コード「%1」は不明です。%2 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1 の %2 行目: %3</translation>
    </message>
    <message>
        <source>%1 has no header row: the first row must name the columns (e.g. メールアドレス, 氏名).</source>
        <translation>%1 に見出し行がありません。1 行目に列名（例: メールアドレス、氏名）を入れてください。</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Cannot write the error report %1: %2</source>
        <translation>エラーレポート %1 を書き込めません（%2）。保存先と書き込み権限を確認してください。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>&amp;Cancel import</source>
        <translation>取り込みを中止(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save error report…</source>
        <translation>エラーレポートを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>取り込み中</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>中止しています…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>%1 rows read…</source>
        <translation>%1 行を読み込みました…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>何も取り込まれていません。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new contacts, %3 updated, %4 duplicates, %5 not imported.</source>
        <translation>%1 行を読み込みました: 新しい連絡先 %2 件、更新 %3 件、重複 %4 件、取り込まなかった行 %5 件。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>エラーレポートの保存</translation>
    </message>
    <message>
        <source>import-errors.csv</source>
        <translation>import-errors.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>連絡先の取り込み</translation>
    </message>
</context>
<context>
    <name>MailPreview</name>
    <message>
        <source>Phone (320 px)</source>
        <translation>スマートフォン（320 px）</translation>
    </message>
    <message>
        <source>Phone (375 px)</source>
        <translation>スマートフォン（375 px）</translation>
    </message>
    <message>
        <source>Tablet (768 px)</source>
        <translation>タブレット（768 px）</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>デスクトップ</translation>
    </message>
    <message>
        <source>HTML: %1</source>
        <translation>HTML: %1</translation>
    </message>
    <message>
        <source>Plain text: %1</source>
        <translation>テキスト: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tayori</source>
        <translation>Tayori</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>配信</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>• %1 (due %2)</source>
        <translation>• %1（予約: %2）</translation>
    </message>
    <message>
        <source>Missed schedules</source>
        <translation>実行されなかった予約配信</translation>
    </message>
    <message>
        <source>These campaigns were due while Tayori was not running:

%1

Send them now, or keep them as drafts to schedule again?</source>
        <translation>Tayori が起動していない間に、次のキャンペーンの予約時刻が過ぎました:

%1

今すぐ送信しますか？ それとも下書きに戻して予約し直しますか？</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>今すぐ送信</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>下書きに戻す</translation>
    </message>
    <message>
        <source>“%1” stopped: %2</source>
        <translation>「%1」が停止しました: %2</translation>
    </message>
    <message>
        <source>“%1” has been sent: %2 delivered, %3 failed.</source>
        <translation>「%1」の送信が完了しました: 配信 %2 件、失敗 %3 件。</translation>
    </message>
    <message>
        <source>“%1” is %2.</source>
        <translation>「%1」は%2です。</translation>
    </message>
    <message>
        <source>Quit Tayori</source>
        <translation>Tayori の終了</translation>
    </message>
    <message>
        <source>A campaign is still sending. Quit anyway? It stops after the messages in flight and carries on where it stopped the next time Tayori runs (or with tayori-cli run-due).</source>
        <translation>キャンペーンを送信中です。終了しますか？ 送信中のメッセージが終わった時点で停止し、次回 Tayori を起動したとき（または tayori-cli run-due の実行時）に続きから送信します。</translation>
    </message>
    <message>
        <source>• %1 (%2 of %3 sent)</source>
        <translation>• %1（%3 件中 %2 件送信済み）</translation>
    </message>
    <message>
        <source>Interrupted campaigns</source>
        <translation>中断されたキャンペーン</translation>
    </message>
    <message>
        <source>Sending stopped unexpectedly (Tayori or the computer was shut down) for:

%1

Resume now? Nobody gets a message twice: only the recipients not yet reached are sent to. Otherwise resume them later from Campaigns.</source>
        <translation>次のキャンペーンの送信が途中で止まりました（Tayori またはコンピューターが終了したため）:

%1

今すぐ再開しますか？ まだ届いていない宛先にだけ送信するので、同じメールが二度届くことはありません。あとで「キャンペーン」から再開することもできます。</translation>
    </message>
    <message>
        <source>Resume now</source>
        <translation>今すぐ再開</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>あとで</translation>
    </message>
    <message>
        <source>Interrupted; not resumed yet.</source>
        <translation>中断されました。まだ再開していません。</translation>
    </message>
</context>
<context>
    <name>MergeTemplate</name>
    <message>
        <source>“{{” is never closed; add “}}” after the field name</source>
        <translation>「{{」が閉じられていません。項目名の後に「}}」を追加してください</translation>
    </message>
    <message>
        <source>“{{#if}}” is never closed; add “{{/if}}”</source>
        <translation>「{{#if}}」が閉じられていません。「{{/if}}」を追加してください</translation>
    </message>
    <message>
        <source>unknown block “{{%1}}”; only {{#if}}, {{else}} and {{/if}} exist</source>
        <translation>「{{%1}}」というブロックはありません。使えるのは {{#if}}、{{else}}、{{/if}} だけです</translation>
    </message>
    <message>
        <source>unknown block end “{{%1}}”; write {{/if}}</source>
        <translation>「{{%1}}」というブロックの終わりはありません。{{/if}} と書いてください</translation>
    </message>
    <message>
        <source>“{{/if}}” without a “{{#if}}” before it</source>
        <translation>「{{/if}}」の前に対応する「{{#if}}」がありません</translation>
    </message>
    <message>
        <source>“{{else}}” outside a “{{#if}} … {{/if}}”</source>
        <translation>「{{else}}」が「{{#if}} … {{/if}}」の外にあります</translation>
    </message>
    <message>
        <source>a second “{{else}}” in the same “{{#if}}”</source>
        <translation>同じ「{{#if}}」の中に「{{else}}」が二つあります</translation>
    </message>
    <message>
        <source>after “{{#if %1” write “}}”, == &quot;value&quot; or != &quot;value&quot;</source>
        <translation>「{{#if %1」の後には「}}」、== &quot;値&quot;、!= &quot;値&quot; のいずれかを書いてください</translation>
    </message>
    <message>
        <source>a field name is missing between “{{” and “}}”</source>
        <translation>「{{」と「}}」の間に項目名がありません</translation>
    </message>
    <message>
        <source>unknown field “%1”; the known fields are: %2</source>
        <translation>「%1」という項目はありません。使える項目: %2</translation>
    </message>
    <message>
        <source>Template, line %1, column %2: %3.</source>
        <translation>テンプレートの %1 行 %2 文字目: %3。</translation>
    </message>
</context>
<context>
    <name>MessageBuilder</name>
    <message>
        <source>The message charset &quot;%1&quot; is not supported. Choose UTF-8 or ISO-2022-JP.</source>
        <translation>メッセージの文字コード「%1」には対応していません。UTF-8 または ISO-2022-JP を選んでください。</translation>
    </message>
    <message>
        <source>The subject contains characters %1 cannot carry: %2. Use UTF-8 or replace them.</source>
        <translation>件名に %1 で表せない文字が含まれています: %2。UTF-8 を使うか、その文字を置き換えてください。</translation>
    </message>
    <message>
        <source>The sender name contains characters %1 cannot carry: %2. Use UTF-8 or replace them.</source>
        <translation>差出人名に %1 で表せない文字が含まれています: %2。UTF-8 を使うか、その文字を置き換えてください。</translation>
    </message>
    <message>
        <source>The recipient name contains characters %1 cannot carry: %2. Use UTF-8 or replace them.</source>
        <translation>宛先の名前に %1 で表せない文字が含まれています: %2。UTF-8 を使うか、その文字を置き換えてください。</translation>
    </message>
    <message>
        <source>The reply-to address contains characters %1 cannot carry: %2. Use UTF-8 or replace them.</source>
        <translation>返信先アドレスに %1 で表せない文字が含まれています: %2。UTF-8 を使うか、その文字を置き換えてください。</translation>
    </message>
    <message>
        <source>The list name contains characters %1 cannot carry: %2. Use UTF-8 or replace them.</source>
        <translation>リスト名に %1 で表せない文字が含まれています: %2。UTF-8 を使うか、その文字を置き換えてください。</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has non-ASCII characters before the @, which only UTF-8 messages can carry. Use UTF-8 or another address.</source>
        <translation>アドレス「%1」の「@」の前に ASCII 以外の文字があります。このようなアドレスは UTF-8 のメッセージでしか扱えません。UTF-8 を使うか、別のアドレスにしてください。</translation>
    </message>
    <message>
        <source>The message has no sender address. Set one in the sender identity.</source>
        <translation>メッセージに差出人アドレスがありません。差出人の設定でアドレスを指定してください。</translation>
    </message>
    <message>
        <source>The message has no recipient address. Give the contact an address.</source>
        <translation>メッセージに宛先アドレスがありません。連絡先にメールアドレスを登録してください。</translation>
    </message>
    <message>
        <source>The sender address &quot;%1&quot; is not a valid mail address. Correct it.</source>
        <translation>差出人アドレス「%1」はメールアドレスとして正しくありません。修正してください。</translation>
    </message>
    <message>
        <source>The recipient address &quot;%1&quot; is not a valid mail address. Correct it.</source>
        <translation>宛先アドレス「%1」はメールアドレスとして正しくありません。修正してください。</translation>
    </message>
    <message>
        <source>The reply-to address &quot;%1&quot; is not a valid mail address. Correct it.</source>
        <translation>返信先アドレス「%1」はメールアドレスとして正しくありません。修正してください。</translation>
    </message>
    <message>
        <source>The Message-ID &quot;%1&quot; is not of the form local@domain. This is a bug in the sender; report it.</source>
        <translation>Message-ID「%1」が local@domain の形式になっていません。送信処理の不具合ですので、ご報告ください。</translation>
    </message>
    <message>
        <source>The message has no valid date. This is a bug in the sender; report it.</source>
        <translation>メッセージに有効な日付がありません。送信処理の不具合ですので、ご報告ください。</translation>
    </message>
    <message>
        <source>The message has neither text nor HTML. Write the message body first.</source>
        <translation>メッセージにテキストも HTML もありません。先に本文を作成してください。</translation>
    </message>
    <message>
        <source>The inline image &quot;%1&quot; has no valid Content-ID or type. Attach the image again.</source>
        <translation>インライン画像「%1」に有効な Content-ID または種類がありません。画像をもう一度添付してください。</translation>
    </message>
    <message>
        <source>The text part contains characters %1 cannot carry: %2. Use UTF-8 or replace them.</source>
        <translation>テキスト本文に %1 で表せない文字が含まれています: %2。UTF-8 を使うか、その文字を置き換えてください。</translation>
    </message>
    <message>
        <source>The HTML part contains characters %1 cannot carry: %2. Use UTF-8 or replace them.</source>
        <translation>HTML 本文に %1 で表せない文字が含まれています: %2。UTF-8 を使うか、その文字を置き換えてください。</translation>
    </message>
    <message>
        <source>The list ID &quot;%1&quot; is not of the form &quot;Name &lt;id.domain&gt;&quot;. Correct it.</source>
        <translation>リスト ID「%1」が &quot;Name &lt;id.domain&gt;&quot; の形式になっていません。修正してください。</translation>
    </message>
    <message>
        <source>The unsubscribe URL &quot;%1&quot; is not a valid URL. Check the base URL setting.</source>
        <translation>配信停止 URL「%1」は正しい URL ではありません。ベース URL の設定を確認してください。</translation>
    </message>
    <message>
        <source>The %1 header cannot be written safely (a line is too long). Shorten the value.</source>
        <translation>%1 ヘッダーを安全に書き込めません（行が長すぎます）。値を短くしてください。</translation>
    </message>
</context>
<context>
    <name>MessageComposer</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The sender address &quot;%1&quot; is not valid.</source>
        <translation>差出人アドレス「%1」は正しくありません。修正してください。</translation>
    </message>
    <message>
        <source>The subject is empty. Write a subject.</source>
        <translation>件名が空です。件名を入力してください。</translation>
    </message>
    <message>
        <source>The message has neither an HTML nor a text part.</source>
        <translation>メッセージに HTML 本文もテキスト本文もありません。本文を作成してください。</translation>
    </message>
    <message>
        <source>Unknown character set &quot;%1&quot;: use UTF-8 or ISO-2022-JP.</source>
        <translation>文字コード「%1」は不明です。UTF-8 または ISO-2022-JP を指定してください。</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>差出人名</translation>
    </message>
    <message>
        <source>HTML part</source>
        <translation>HTML 本文</translation>
    </message>
    <message>
        <source>Text part</source>
        <translation>テキスト本文</translation>
    </message>
    <message>
        <source>%1 contains characters %2 cannot carry: %3. Use UTF-8 or replace them.</source>
        <translation>%1に %2 で表せない文字が含まれています: %3。UTF-8 を使うか、その文字を置き換えてください。</translation>
    </message>
    <message>
        <source>The message has no plain-text part; some recipients and spam filters prefer one.</source>
        <translation>メッセージにテキスト本文がありません。受信者や迷惑メールフィルターによっては、テキスト本文があるほうが好まれます。</translation>
    </message>
    <message>
        <source>The web address for unsubscribe links is missing or not valid (&quot;%1&quot;). Give the https:// address where Tayori&apos;s web pages are reachable (--base-url).</source>
        <translation>配信停止リンク用の Web アドレスがないか、正しくありません（「%1」）。Tayori の Web ページにアクセスできる https:// のアドレスを指定してください（--base-url）。</translation>
    </message>
    <message>
        <source>The unsubscribe link is not https: Gmail and Yahoo require https for one-click unsubscribe.</source>
        <translation>配信停止リンクが https ではありません。Gmail と Yahoo はワンクリック配信停止に https を必須としています。</translation>
    </message>
    <message>
        <source>The DKIM signature is for %1, not the sender&apos;s domain %2: it does not count for DMARC.</source>
        <translation>DKIM 署名のドメインは %1 で、差出人のドメイン %2 ではありません。この署名は DMARC の判定には使われません。</translation>
    </message>
    <message>
        <source>No DKIM key: the messages are not signed, and Gmail, Yahoo and most Japanese carriers will treat them with suspicion.</source>
        <translation>DKIM 鍵がありません。メッセージは署名されないため、Gmail、Yahoo、国内の主要な携帯キャリアの多くで不審なメールとして扱われます。</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Cannot read the schema version of %1: %2</source>
        <translation>%1 のスキーマバージョンを読み取れません（%2）。</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of Tayori (schema %2, this one knows %3): update Tayori to open it.</source>
        <translation>データベース %1 は新しいバージョンの Tayori で作成されています（スキーマ %2。このバージョンはスキーマ %3 まで対応）。開くには Tayori を更新してください。</translation>
    </message>
    <message>
        <source>Cannot start migrating the database: %1</source>
        <translation>データベースの移行を開始できません（%1）。</translation>
    </message>
    <message>
        <source>Migrating the database to schema %1 failed: %2</source>
        <translation>データベースをスキーマ %1 に移行できませんでした（%2）。</translation>
    </message>
    <message>
        <source>cannot turn foreign keys off</source>
        <translation>外部キー制約を無効にできません</translation>
    </message>
    <message>
        <source>cannot turn foreign keys back on</source>
        <translation>外部キー制約を有効に戻せません</translation>
    </message>
    <message>
        <source>a row of %1 refers to a missing row of %2</source>
        <translation>%1 の行が %2 に存在しない行を参照しています</translation>
    </message>
</context>
<context>
    <name>MoveBlockCommand</name>
    <message>
        <source>Move block</source>
        <translation>ブロックを移動</translation>
    </message>
</context>
<context>
    <name>NewTemplateDialog</name>
    <message>
        <source>Untitled template</source>
        <translation>無題のテンプレート</translation>
    </message>
    <message>
        <source>Blank template (Japanese)</source>
        <translation>白紙のテンプレート（日本語）</translation>
    </message>
    <message>
        <source>A heading, a text and the sender footer.</source>
        <translation>見出し、本文、送信者のフッターだけのテンプレートです。</translation>
    </message>
    <message>
        <source>Blank template (English)</source>
        <translation>白紙のテンプレート（英語）</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>A starter template with sample text and pictures to replace.</source>
        <translation>見本の文章と画像が入ったスターターテンプレートです。差し替えてお使いください。</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>新しいテンプレート</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
</context>
<context>
    <name>OutboxTransport</name>
    <message>
        <source>Cannot create the outbox folder %1; check the path and its permissions.</source>
        <translation>送信トレイフォルダー %1 を作成できません。パスと権限を確認してください。</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2); check that the outbox folder is writable and the disk is not full.</source>
        <translation>%1 に書き込めません（%2）。送信トレイフォルダーに書き込めるか、ディスクに空きがあるか確認してください。</translation>
    </message>
    <message>
        <source>written to %1</source>
        <translation>%1 に書き出しました</translation>
    </message>
</context>
<context>
    <name>PasswordVault</name>
    <message>
        <source>the keychain did not answer within two minutes</source>
        <translation>キーチェーンが 2 分以内に応答しませんでした</translation>
    </message>
    <message>
        <source>no D-Bus session, so no Secret Service or KWallet</source>
        <translation>D-Bus セッションがないため、Secret Service も KWallet も使えません</translation>
    </message>
    <message>
        <source>the keychain service did not answer</source>
        <translation>キーチェーンサービスが応答しませんでした</translation>
    </message>
    <message>
        <source>No system keychain is available (%1); set TAYORI_SMTP_PASSWORD instead.</source>
        <translation>システムのキーチェーンを利用できません（%1）。代わりに環境変数 TAYORI_SMTP_PASSWORD を設定してください。</translation>
    </message>
    <message>
        <source>No password is stored for this mail server; enter it in Settings → Mail servers, or set TAYORI_SMTP_PASSWORD.</source>
        <translation>この送信サーバーのパスワードは保存されていません。「設定」→「送信サーバー」で入力するか、TAYORI_SMTP_PASSWORD を設定してください。</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>キーチェーンに拒否されました: %1</translation>
    </message>
</context>
<context>
    <name>PlainTextBuilder</name>
    <message>
        <source>image</source>
        <translation>画像</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview — %1</source>
        <translation>プレビュー — %1</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>Plain &amp;text</source>
        <translation>テキスト(&amp;T)</translation>
    </message>
    <message>
        <source>HTML &amp;source</source>
        <translation>HTML ソース(&amp;S)</translation>
    </message>
    <message>
        <source>Personalise as:</source>
        <translation>差し込みの表示:</translation>
    </message>
    <message>
        <source>Pre-flight checks:</source>
        <translation>プリフライトチェック:</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>横向き(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark mode</source>
        <translation>ダークモード(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>画像(&amp;I)</translation>
    </message>
    <message>
        <source>Load &amp;remote images</source>
        <translation>外部の画像を読み込む(&amp;R)</translation>
    </message>
    <message>
        <source>Images from the internet are blocked in the preview until you allow them: loading them tells their server that the mail was looked at.</source>
        <translation>プレビューではインターネット上の画像を読み込みません。読み込むと、その画像のサーバーにメールが開かれたことが伝わるためです。必要なときだけ許可してください。</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>サンプルデータ</translation>
    </message>
    <message>
        <source>Search contacts by name or address</source>
        <translation>名前またはメールアドレスで連絡先を検索</translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation>テスト送信(&amp;T)…</translation>
    </message>
    <message>
        <source>That contact no longer exists; the preview shows the sample data.</source>
        <translation>その連絡先は見つかりません。サンプルデータでプレビューしています。</translation>
    </message>
    <message>
        <source>The merge fields could not be filled, so they are shown as written: %1</source>
        <translation>差し込みフィールドを埋められないため、書かれたとおりに表示しています: %1</translation>
    </message>
    <message>
        <source>Click to select the block concerned.</source>
        <translation>クリックすると該当するブロックを選択します。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>PropertyPanel</name>
    <message>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>中央</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>テンプレート名</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Content width (px)</source>
        <translation>本文の幅（px）</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Content background</source>
        <translation>本文の背景</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>文字の色</translation>
    </message>
    <message>
        <source>Link colour</source>
        <translation>リンクの色</translation>
    </message>
    <message>
        <source>Button colour</source>
        <translation>ボタンの色</translation>
    </message>
    <message>
        <source>Font (CSS font stack)</source>
        <translation>フォント（CSS のフォント指定）</translation>
    </message>
    <message>
        <source>Text size (px)</source>
        <translation>文字サイズ（px）</translation>
    </message>
    <message>
        <source>Preheader (shown after the subject)</source>
        <translation>プリヘッダー（件名の後に表示される文）</translation>
    </message>
    <message>
        <source>Support dark mode</source>
        <translation>ダークモードに対応する</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Attached to the mail (inline)</source>
        <translation>メールに添付する（インライン）</translation>
    </message>
    <message>
        <source>From the web server (hosted)</source>
        <translation>Web サーバーから読み込む（ホスト）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Text (HTML)</source>
        <translation>テキスト（HTML）</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Alternative text</source>
        <translation>代替テキスト</translation>
    </message>
    <message>
        <source>Width (px)</source>
        <translation>幅（px）</translation>
    </message>
    <message>
        <source>Link (optional)</source>
        <translation>リンク（任意）</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>ラベルの色</translation>
    </message>
    <message>
        <source>Full width</source>
        <translation>横幅いっぱい</translation>
    </message>
    <message>
        <source>Stack on phones</source>
        <translation>スマートフォンでは縦に並べる</translation>
    </message>
    <message>
        <source>Gap (px)</source>
        <translation>間隔（px）</translation>
    </message>
    <message>
        <source>Thickness (px)</source>
        <translation>太さ（px）</translation>
    </message>
    <message>
        <source>Height (px)</source>
        <translation>高さ（px）</translation>
    </message>
    <message>
        <source>Links (one per line: network URL)</source>
        <translation>リンク（1 行に 1 つ: サービス名 URL）</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>送信者名</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Phone or mail address</source>
        <translation>電話番号またはメールアドレス</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>Unsubscribe link text</source>
        <translation>配信停止リンクの文言</translation>
    </message>
    <message>
        <source>Preferences link text</source>
        <translation>配信設定リンクの文言</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Apply HTML</source>
        <translation>HTML を適用</translation>
    </message>
    <message>
        <source>Template settings</source>
        <translation>テンプレートの設定</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>画像を選択…</translation>
    </message>
    <message>
        <source>Or drop an image file here or on the canvas.</source>
        <translation>または、ここかページに画像ファイルをドロップしてください。</translation>
    </message>
    <message>
        <source>HTML of the whole mail</source>
        <translation>メール全体の HTML</translation>
    </message>
</context>
<context>
    <name>PublicAddress</name>
    <message>
        <source>“%1” is not a web address Tayori can put in links. Write it as https://news.example.jp (the address where tayori-cli serve answers for your recipients).</source>
        <translation>「%1」はリンクに使える Web アドレスではありません。https://news.example.jp の形式（tayori-cli serve が受信者に応答するアドレス）で入力してください。</translation>
    </message>
    <message>
        <source>Could not save the web address: %1</source>
        <translation>Web アドレスを保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>RelayConfig</name>
    <message>
        <source>&quot;%1&quot; is not a transport URL; use one of %2.</source>
        <translation>「%1」は送信先 URL ではありません。%2 のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>The transport URL contains a password; remove it and set TAYORI_SMTP_PASSWORD instead.</source>
        <translation>送信先 URL にパスワードが含まれています。削除して、代わりに TAYORI_SMTP_PASSWORD を設定してください。</translation>
    </message>
    <message>
        <source>The outbox URL &quot;%1&quot; names another machine; use file:///PATH for a local folder.</source>
        <translation>送信トレイ URL「%1」は別のコンピューターを指しています。ローカルのフォルダーには file:///PATH を使ってください。</translation>
    </message>
    <message>
        <source>The outbox URL &quot;%1&quot; has no folder; use file:///PATH.</source>
        <translation>送信トレイ URL「%1」にフォルダーがありません。file:///PATH の形で指定してください。</translation>
    </message>
    <message>
        <source>Unknown transport &quot;%1:&quot;; use one of %2.</source>
        <translation>「%1:」という送信方式はありません。%2 のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>The transport URL &quot;%1&quot; has no host name; use e.g. smtp://USER@mail.example.com:587.</source>
        <translation>送信先 URL「%1」にホスト名がありません。smtp://USER@mail.example.com:587 のように指定してください。</translation>
    </message>
    <message>
        <source>The transport URL &quot;%1&quot; has port 0; give a real port.</source>
        <translation>送信先 URL「%1」のポートが 0 です。正しいポート番号を指定してください。</translation>
    </message>
    <message>
        <source>The transport URL &quot;%1&quot; has a path; an SMTP URL ends after the port.</source>
        <translation>送信先 URL「%1」にパスが含まれています。SMTP の URL はポート番号で終わります。</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; in the transport URL; the only option is tls=none.</source>
        <translation>送信先 URL のオプション「%1」は使えません。使えるオプションは tls=none だけです。</translation>
    </message>
    <message>
        <source>tls=none cannot be used with smtps://; use smtp://HOST:PORT?tls=none for a relay without TLS.</source>
        <translation>tls=none は smtps:// とは併用できません。TLS なしの中継サーバーには smtp://HOST:PORT?tls=none を使ってください。</translation>
    </message>
    <message>
        <source>Unknown value tls=%1 in the transport URL; only tls=none is accepted.</source>
        <translation>送信先 URL の tls=%1 は使えません。指定できるのは tls=none だけです。</translation>
    </message>
    <message>
        <source>outbox folder %1</source>
        <translation>送信トレイフォルダー %1</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>暗号化なし</translation>
    </message>
</context>
<context>
    <name>RelayDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate…</source>
        <translation>この証明書を信頼する(&amp;R)…</translation>
    </message>
    <message>
        <source>Add mail server</source>
        <translation>送信サーバーを追加</translation>
    </message>
    <message>
        <source>Edit mail server</source>
        <translation>送信サーバーを編集</translation>
    </message>
    <message>
        <source>STARTTLS (port 587 or 25)</source>
        <translation>STARTTLS（ポート 587 または 25）</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS（ポート 465）</translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation>なし（このコンピューター内の中継サーバー専用）</translation>
    </message>
    <message>
        <source>Without encryption, messages and the password cross the network readable by anyone on the way: choose this only for a mail server on this computer or a trusted local network.</source>
        <translation>暗号化しないと、メッセージとパスワードが経路上の誰にでも読める状態でネットワークを流れます。このコンピューター上の送信サーバーか、信頼できる社内ネットワークの場合にだけ選んでください。</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>システムのキーチェーンに保存されます</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>空欄のままなら保存済みのパスワードを使います</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source> messages/s</source>
        <translation> 通/秒</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>暗号化(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Connections:</source>
        <translation>同時接続数(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>送信速度の上限(&amp;R):</translation>
    </message>
    <message>
        <source>You trust a certificate of your own for this server.</source>
        <translation>このサーバーには独自に信頼した証明書を使っています。</translation>
    </message>
    <message>
        <source>Type the mail server&apos;s name, such as mail.example.co.jp.</source>
        <translation>送信サーバーのホスト名を入力してください（例: mail.example.co.jp）。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>接続できました。</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>接続テストに失敗しました: %1</translation>
    </message>
    <message>
        <source>The server greets with: %1</source>
        <translation>サーバーの応答: %1</translation>
    </message>
    <message>
        <source>Encryption: none — messages travel in clear.</source>
        <translation>暗号化: なし — メッセージは平文で送られます。</translation>
    </message>
    <message>
        <source>Encryption: %1.</source>
        <translation>暗号化: %1。</translation>
    </message>
    <message>
        <source>Certificate: trusted (%1).</source>
        <translation>証明書: 信頼済み（%1）。</translation>
    </message>
    <message>
        <source>Certificate: NOT trusted (%1, issued by %2); mail will not be sent until you trust it or the server gets a certificate from a recognised authority.</source>
        <translation>証明書: 信頼されていません（%1、発行者 %2）。この証明書を信頼するか、サーバーに認証局発行の証明書が設定されるまで、メールは送信されません。</translation>
    </message>
    <message>
        <source>Login: accepted.</source>
        <translation>ログイン: 成功しました。</translation>
    </message>
    <message>
        <source>Login: not accepted.</source>
        <translation>ログイン: 受け付けられませんでした。</translation>
    </message>
    <message>
        <source>Login: none configured.</source>
        <translation>ログイン: 設定されていません。</translation>
    </message>
    <message>
        <source>The server offers: %1</source>
        <translation>サーバーの対応機能: %1</translation>
    </message>
    <message>
        <source>Trust the certificate &quot;%1&quot; for this mail server?

SHA-256 fingerprint: %2

Do this only if your administrator confirms this fingerprint. If someone is intercepting the connection, trusting their certificate gives them your password and every message you send.</source>
        <translation>この送信サーバーの証明書「%1」を信頼しますか?

SHA-256 フィンガープリント: %2

管理者がこのフィンガープリントを確認した場合にだけ信頼してください。接続が第三者に傍受されている場合、その証明書を信頼すると、パスワードと送信するすべてのメッセージがその第三者に渡ります。</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>この証明書を信頼する</translation>
    </message>
    <message>
        <source>The certificate will be trusted for this server once you save; test again to check.</source>
        <translation>保存すると、このサーバーの証明書として信頼されます。もう一度接続テストをして確認してください。</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>パスワードをシステムのキーチェーンに保存しています…</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>パスワードを保存できませんでした</translation>
    </message>
    <message>
        <source>The mail server was saved, but not its password: %1</source>
        <translation>送信サーバーは保存しましたが、パスワードは保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>RelayStore</name>
    <message>
        <source>The mail server has no name; give it one, such as &quot;Office server&quot;.</source>
        <translation>送信サーバーに名前がありません。「社内サーバー」などの名前を付けてください。</translation>
    </message>
    <message>
        <source>The mail server address contains a password; remove it, the password belongs in the system keychain.</source>
        <translation>送信サーバーのアドレスにパスワードが含まれています。削除してください。パスワードはシステムのキーチェーンに保存します。</translation>
    </message>
    <message>
        <source>The number of connections must be between 1 and 100.</source>
        <translation>同時接続数は 1〜100 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The sending rate cannot be negative; use 0 for no limit.</source>
        <translation>送信速度に負の値は指定できません。制限しない場合は 0 にしてください。</translation>
    </message>
    <message>
        <source>The trusted certificates are not PEM certificates; paste them again or clear them.</source>
        <translation>信頼する証明書が PEM 形式ではありません。貼り付け直すか、消去してください。</translation>
    </message>
    <message>
        <source>A mail server named &quot;%1&quot; already exists; choose another name.</source>
        <translation>「%1」という名前の送信サーバーはすでにあります。別の名前にしてください。</translation>
    </message>
    <message>
        <source>That mail server no longer exists; reopen the settings.</source>
        <translation>その送信サーバーはもう存在しません。設定を開き直してください。</translation>
    </message>
</context>
<context>
    <name>RelaysSection</name>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation>既定にする(&amp;D)</translation>
    </message>
    <message>
        <source>Open outbox folder</source>
        <translation>送信トレイフォルダーを開く</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（既定）</translation>
    </message>
    <message>
        <source>No mail server configured: messages are written to the outbox folder %1 and nothing leaves this computer.</source>
        <translation>送信サーバーが設定されていません。メッセージは送信トレイフォルダー %1 に書き出され、このコンピューターの外には何も送られません。</translation>
    </message>
    <message>
        <source>Remove mail server</source>
        <translation>送信サーバーの削除</translation>
    </message>
    <message>
        <source>Remove the mail server &quot;%1&quot; and its stored password?</source>
        <translation>送信サーバー「%1」と保存済みのパスワードを削除しますか?</translation>
    </message>
    <message>
        <source>Default mail server</source>
        <translation>既定の送信サーバー</translation>
    </message>
</context>
<context>
    <name>RemoveBlockCommand</name>
    <message>
        <source>Delete block</source>
        <translation>ブロックを削除</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports appear here once campaigns have been sent: who received them, what each server replied, and delivery over time.</source>
        <translation>キャンペーンを送信すると、ここにレポートが表示されます。受け取った人、各サーバーの応答、配信の推移を確認できます。</translation>
    </message>
</context>
<context>
    <name>ScheduleTime</name>
    <message>
        <source>“%1” is not a date and time; write it as YYYY-MM-DDTHH:MM, such as 2026-12-24T09:00 (local time) or 2026-12-24T09:00+09:00.</source>
        <translation>“%1” は日時として読めません。2026-12-24T09:00（現地時刻）や 2026-12-24T09:00+09:00 のように YYYY-MM-DDTHH:MM の形で指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a real date or time; check the day and the hour.</source>
        <translation>“%1” は存在しない日付または時刻です。日と時刻を確認してください。</translation>
    </message>
    <message>
        <source>%1 does not exist in this time zone (the clocks skip it for daylight saving time); choose another time.</source>
        <translation>%1 はこのタイムゾーンには存在しない時刻です（夏時間の切り替えで飛ばされます）。別の時刻を選んでください。</translation>
    </message>
    <message>
        <source>“%1” has an offset that no time zone uses; write it as ±HH:MM, such as +09:00.</source>
        <translation>“%1” の時差はどのタイムゾーンにもありません。+09:00 のように ±HH:MM の形で指定してください。</translation>
    </message>
    <message>
        <source>%1 is in the past; choose a later time, or send now without --at.</source>
        <translation>%1 は過去の時刻です。これより後の時刻を選ぶか、--at を付けずにすぐに送信してください。</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>Campaign %1 is %2: only a draft or a scheduled campaign can be sent now.</source>
        <translation>キャンペーン %1 は「%2」です。今すぐ送信できるのは、下書きか予約済みのキャンペーンだけです。</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>キャンペーン %1 はありません。</translation>
    </message>
    <message>
        <source>Campaign %1 is %2: only a paused, waiting or interrupted campaign can be resumed.</source>
        <translation>キャンペーン %1 は「%2」です。再開できるのは、一時停止中・待機中・中断されたキャンペーンだけです。</translation>
    </message>
    <message>
        <source>Campaign %1 is already being sent.</source>
        <translation>キャンペーン %1 はすでに送信中です。</translation>
    </message>
    <message>
        <source>The audience of campaign “%1” cannot be used: %2 Edit the campaign&apos;s audience.</source>
        <translation>キャンペーン「%1」の配信対象を使えません: %2 キャンペーンの配信対象を編集してください。</translation>
    </message>
    <message>
        <source>No contact matches the audience of campaign “%1” (%2): nothing was sent. Edit the audience, then send it again.</source>
        <translation>キャンペーン「%1」の配信対象（%2）に該当する連絡先がないため、何も送信していません。配信対象を編集してから、もう一度送信してください。</translation>
    </message>
</context>
<context>
    <name>SegmentAudience</name>
    <message>
        <source>Cannot count the segment&apos;s contacts: %1</source>
        <translation>セグメントの連絡先を数えられません（%1）。</translation>
    </message>
    <message>
        <source>there is no tag &apos;%1&apos;</source>
        <translation>タグ「%1」はありません</translation>
    </message>
    <message>
        <source>there is no list &apos;%1&apos;</source>
        <translation>リスト「%1」はありません</translation>
    </message>
    <message>
        <source>No contact matches this segment: %1. Check the spelling, or pick from the existing ones.</source>
        <translation>このセグメントに該当する連絡先はありません: %1。つづりを確認するか、既存のものから選んでください。</translation>
    </message>
    <message>
        <source>There are no contacts yet: import or add some first.</source>
        <translation>連絡先がまだありません。先に取り込むか、追加してください。</translation>
    </message>
    <message>
        <source>No contact matches this segment. Loosen a condition (an AND, a NOT) or check the values.</source>
        <translation>このセグメントに該当する連絡先はありません。条件（AND や NOT）をゆるめるか、値を確認してください。</translation>
    </message>
    <message>
        <source>%1 contacts match, but none can be mailed: they are unsubscribed, bounced or suppressed.</source>
        <translation>%1 件の連絡先が該当しますが、配信できる連絡先はありません（配信停止・不達・配信停止リスト登録済みのいずれかです）。</translation>
    </message>
    <message>
        <source>%1 contacts match; %2 can be mailed (subscribed, not suppressed).</source>
        <translation>%1 件の連絡先が該当し、そのうち %2 件に配信できます（購読中で、配信停止リストに未登録）。</translation>
    </message>
</context>
<context>
    <name>SegmentBuilder</name>
    <message>
        <source>Every contact — or write e.g. list:newsletter AND NOT tag:test</source>
        <translation>すべての連絡先 — または list:newsletter AND NOT tag:test のように入力</translation>
    </message>
    <message>
        <source>The segment as text, as tayori-cli --segment takes it; edit either side.</source>
        <translation>セグメントをテキストで表したものです（tayori-cli --segment と同じ形式）。どちらで編集してもかまいません。</translation>
    </message>
    <message>
        <source>As text:</source>
        <translation>テキスト形式:</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>集計中…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Load a saved segment into the builder. tayori-cli takes it as --segment @NAME.</source>
        <translation>保存したセグメントをビルダーに読み込みます。tayori-cli では --segment @NAME で使えます。</translation>
    </message>
    <message>
        <source>Save this segment under a name, to use it again in other campaigns.</source>
        <translation>このセグメントに名前を付けて保存し、ほかのキャンペーンでも使えるようにします。</translation>
    </message>
    <message>
        <source>Delete the selected saved segment. Campaigns keep their own copy of it.</source>
        <translation>選んだ保存済みセグメントを削除します。キャンペーンにはそれぞれのコピーが残ります。</translation>
    </message>
    <message>
        <source>Saved segments:</source>
        <translation>保存済みセグメント:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1（読み込めません）</translation>
    </message>
    <message>
        <source>Saved segment</source>
        <translation>保存済みセグメント</translation>
    </message>
    <message>
        <source>There is nothing to save: the segment has no conditions. Add at least one.</source>
        <translation>保存する内容がありません。セグメントに条件がありません。条件を 1 つ以上追加してください。</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>セグメントを保存</translation>
    </message>
    <message>
        <source>Name of the segment:</source>
        <translation>セグメントの名前:</translation>
    </message>
    <message>
        <source>A saved segment is already called &quot;%1&quot;. Replace it with this one?</source>
        <translation>「%1」という保存済みセグメントがすでにあります。このセグメントで置き換えますか？</translation>
    </message>
    <message>
        <source>Delete saved segment</source>
        <translation>保存済みセグメントの削除</translation>
    </message>
    <message>
        <source>Delete the saved segment &quot;%1&quot;? The builder keeps the conditions it shows, and campaigns keep their own copy.</source>
        <translation>保存済みセグメント「%1」を削除しますか？ ビルダーに表示中の条件はそのまま残り、キャンペーンにもそれぞれのコピーが残ります。</translation>
    </message>
</context>
<context>
    <name>SegmentConditionRow</name>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>List</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登録日</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>この条件を削除</translation>
    </message>
    <message>
        <source>is</source>
        <translation>次と一致</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>次と一致しない</translation>
    </message>
    <message>
        <source>on or after</source>
        <translation>次の日以降</translation>
    </message>
    <message>
        <source>after</source>
        <translation>次の日より後</translation>
    </message>
    <message>
        <source>before</source>
        <translation>次の日より前</translation>
    </message>
    <message>
        <source>on or before</source>
        <translation>次の日以前</translation>
    </message>
    <message>
        <source>on</source>
        <translation>次の日</translation>
    </message>
    <message>
        <source>not on</source>
        <translation>次の日以外</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>次を含む</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>次で始まる</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>次より小さい</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>次以下</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>次より大きい</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>次以上</translation>
    </message>
</context>
<context>
    <name>SegmentGroupEditor</name>
    <message>
        <source>Not</source>
        <translation>否定（NOT）</translation>
    </message>
    <message>
        <source>All of these (AND)</source>
        <translation>次のすべてに一致（AND）</translation>
    </message>
    <message>
        <source>Any of these (OR)</source>
        <translation>次のいずれかに一致（OR）</translation>
    </message>
    <message>
        <source>Match the contacts this group does not match</source>
        <translation>このグループに一致しない連絡先を対象にします</translation>
    </message>
    <message>
        <source>Contacts matching</source>
        <translation>対象の連絡先</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>グループを削除</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>条件を追加</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>グループを追加</translation>
    </message>
</context>
<context>
    <name>SegmentJson</name>
    <message>
        <source>Segment JSON, %1.type: expected one of and, or, not, tag, list, status, compare; found &apos;%2&apos;.</source>
        <translation>セグメント JSON の %1.type: and、or、not、tag、list、status、compare のいずれかが必要です（実際は「%2」）。</translation>
    </message>
    <message>
        <source>Segment JSON, %1.children: expected a list of one or more conditions.</source>
        <translation>セグメント JSON の %1.children: 1 つ以上の条件のリストが必要です。</translation>
    </message>
    <message>
        <source>Segment JSON, %1: expected a condition (an object).</source>
        <translation>セグメント JSON の %1: 条件（オブジェクト）が必要です。</translation>
    </message>
    <message>
        <source>Segment JSON, %1.child: expected the condition NOT applies to.</source>
        <translation>セグメント JSON の %1.child: NOT の対象となる条件が必要です。</translation>
    </message>
    <message>
        <source>Segment JSON, %1.name: expected the %2&apos;s name as text.</source>
        <translation>セグメント JSON の %1.name: %2 の名前を文字列で指定する必要があります。</translation>
    </message>
    <message>
        <source>Segment JSON, %1.field: expected a field name (one word, not AND/OR/NOT), found &apos;%2&apos;.</source>
        <translation>セグメント JSON の %1.field: 項目名（AND/OR/NOT 以外の 1 語）が必要です（実際は「%2」）。</translation>
    </message>
    <message>
        <source>Segment JSON, %1.op: expected one of = != &lt; &lt;= &gt; &gt;= ~ ^, found &apos;%2&apos;.</source>
        <translation>セグメント JSON の %1.op: = != &lt; &lt;= &gt; &gt;= ~ ^ のいずれかが必要です（実際は「%2」）。</translation>
    </message>
    <message>
        <source>Segment JSON, %1.value: expected the value as text.</source>
        <translation>セグメント JSON の %1.value: 値を文字列で指定する必要があります。</translation>
    </message>
    <message>
        <source>Segment JSON: version %1 is not one this Tayori reads (it reads version %2); update Tayori or rebuild the segment.</source>
        <translation>セグメント JSON: バージョン %1 はこの Tayori では読めません（読めるのはバージョン %2 です）。Tayori を更新するか、セグメントを作り直してください。</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Segment JSON, root: expected the top condition (an object).</source>
        <translation>セグメント JSON の root: 最上位の条件（オブジェクト）が必要です。</translation>
    </message>
    <message>
        <source>Segment JSON: not a JSON object (%1 at byte %2).</source>
        <translation>セグメント JSON: JSON オブジェクトではありません（%2 バイト目: %1）。</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>JSON オブジェクト以外の値</translation>
    </message>
</context>
<context>
    <name>SegmentParser</name>
    <message>
        <source>The segment is empty: write conditions such as tag:vip AND list:newsletter.</source>
        <translation>セグメントが空です。tag:vip AND list:newsletter のように条件を書いてください。</translation>
    </message>
    <message>
        <source>expected AND, OR or the end</source>
        <translation>AND、OR、または式の終わりが必要です</translation>
    </message>
    <message>
        <source>Segment, character %1: the quoted value is never closed; add a &quot;.</source>
        <translation>セグメントの %1 文字目: 引用符で始まる値が閉じられていません。&quot; を追加してください。</translation>
    </message>
    <message>
        <source>Segment, character %1: &apos;!&apos; must be followed by &apos;=&apos; (use NOT to negate).</source>
        <translation>セグメントの %1 文字目: 「!」の後には「=」が必要です（否定には NOT を使ってください）。</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>式の終わり</translation>
    </message>
    <message>
        <source>Segment, character %1: %2, found %3.</source>
        <translation>セグメントの %1 文字目: %2（実際は %3）。</translation>
    </message>
    <message>
        <source>expected &apos;)&apos;</source>
        <translation>「)」が必要です</translation>
    </message>
    <message>
        <source>expected a condition such as tag:NAME, list:NAME, status:STATE or FIELD = VALUE</source>
        <translation>tag:名前、list:名前、status:状態、項目 = 値 のような条件が必要です</translation>
    </message>
    <message>
        <source>expected tag:, list: or status: before &apos;:&apos;</source>
        <translation>「:」の前には tag、list、status のいずれかが必要です</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; or an operator (= != &lt; &lt;= &gt; &gt;= ~ ^) after &apos;%1&apos;</source>
        <translation>「%1」の後には「:」または演算子（= != &lt; &lt;= &gt; &gt;= ~ ^）が必要です</translation>
    </message>
    <message>
        <source>expected a value (a word or a &quot;quoted text&quot;)</source>
        <translation>値（単語または &quot;引用符で囲んだ文字列&quot;）が必要です</translation>
    </message>
</context>
<context>
    <name>SegmentSqlCompiler</name>
    <message>
        <source>Unknown status &apos;%1&apos; in the segment: use one of %2.</source>
        <translation>セグメントの状態「%1」は使えません。%2 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Unknown field &apos;%1&apos; in the segment: use %2, or a custom field (%3).</source>
        <translation>セグメントの項目「%1」はありません。%2、またはカスタム項目（%3）を指定してください。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; compares with a date written YYYY-MM-DD and one of = != &lt; &lt;= &gt; &gt;=, not &apos;%2 %3&apos;.</source>
        <translation>「%1」は YYYY-MM-DD 形式の日付と = != &lt; &lt;= &gt; &gt;= のいずれかで比較してください（「%2 %3」は使えません）。</translation>
    </message>
</context>
<context>
    <name>SegmentStore</name>
    <message>
        <source>The saved segment &quot;%1&quot; cannot be read (%2). Delete it and save it again.</source>
        <translation>保存済みセグメント「%1」を読み込めません（%2）。削除してから保存し直してください。</translation>
    </message>
    <message>
        <source>The segment has no name. Give it one, such as &quot;Gold customers&quot;.</source>
        <translation>セグメントに名前がありません。「ゴールド会員」のような名前を付けてください。</translation>
    </message>
    <message>
        <source>A segment name is one line of text. Remove the line breaks and tabs from it.</source>
        <translation>セグメント名は 1 行で入力します。改行とタブを取り除いてください。</translation>
    </message>
    <message>
        <source>The segment name is %1 characters long. Shorten it to %2 or fewer.</source>
        <translation>セグメント名が %1 文字あります。%2 文字以内にしてください。</translation>
    </message>
    <message>
        <source>Cannot read the saved segments: %1</source>
        <translation>保存済みセグメントを読み込めません: %1</translation>
    </message>
    <message>
        <source>The saved segment no longer exists; it may have been deleted. Choose another one.</source>
        <translation>保存済みセグメントが見つかりません。削除された可能性があります。別のセグメントを選んでください。</translation>
    </message>
    <message>
        <source>There is no saved segment called &quot;%1&quot;.</source>
        <translation>「%1」という保存済みセグメントはありません。</translation>
    </message>
    <message>
        <source>The segment &quot;%1&quot; was not saved: %2</source>
        <translation>セグメント「%1」を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Another saved segment is already called &quot;%1&quot;. Choose another name.</source>
        <translation>「%1」という保存済みセグメントがすでにあります。別の名前にしてください。</translation>
    </message>
    <message>
        <source>The segment was not renamed: %1</source>
        <translation>セグメントの名前を変更できませんでした: %1</translation>
    </message>
    <message>
        <source>The saved segment no longer exists; it may have been deleted.</source>
        <translation>保存済みセグメントが見つかりません。削除された可能性があります。</translation>
    </message>
    <message>
        <source>The saved segment was not deleted: %1</source>
        <translation>保存済みセグメントを削除できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>campaign %1 %2: %3 sent, %4 failed (%5 bounced), %6 deferred, %7 queued, %8 skipped
</source>
        <translation>キャンペーン %1 %2: 送信済み %3 件、失敗 %4 件（うち不達 %5 件）、保留 %6 件、送信待ち %7 件、スキップ %8 件
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>警告: %1
</translation>
    </message>
    <message>
        <source><byte value="xd"/>%1 of %2 sent, %3 failed, %4 deferred — %5 msg/s   </source>
        <translation><byte value="xd"/>%2 件中 %1 件送信済み、失敗 %3 件、保留 %4 件 — %5 通/秒   </translation>
    </message>
    <message>
        <source>
Pausing after the messages in flight…
</source>
        <translation>
送信中のメッセージが終わりしだい、一時停止します…
</translation>
    </message>
    <message>
        <source>First wait before retrying a deferred recipient (default 60).</source>
        <translation>一時エラーで保留になった宛先に再送するまでの最初の待ち時間（既定 60）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Stay this long to retry deferred recipients (default 900); later retries are left for `resume`.</source>
        <translation>保留になった宛先への再送を続ける時間（既定 900）。それ以降の再送は `resume` で行います。</translation>
    </message>
    <message>
        <source>Campaign %1 paused: %2 Fix it, then run: tayori-cli resume %1
</source>
        <translation>キャンペーン %1 を一時停止しました: %2 問題を解決してから、次のコマンドを実行してください: tayori-cli resume %1
</translation>
    </message>
    <message>
        <source>Subject (merge fields allowed).</source>
        <translation>件名（差し込み項目を使えます）。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Sender: &quot;NAME &lt;ADDRESS&gt;&quot;.</source>
        <translation>差出人: &quot;NAME &lt;ADDRESS&gt;&quot;。</translation>
    </message>
    <message>
        <source>MAILBOX</source>
        <translation>MAILBOX</translation>
    </message>
    <message>
        <source>Reply-To address.</source>
        <translation>返信先（Reply-To）アドレス。</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>HTML part (UTF-8 file).</source>
        <translation>HTML 本文（UTF-8 のファイル）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Plain-text part (UTF-8 file).</source>
        <translation>テキスト本文（UTF-8 のファイル）。</translation>
    </message>
    <message>
        <source>Campaign name.</source>
        <translation>キャンペーン名。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>utf-8 (default) or iso-2022-jp.</source>
        <translation>utf-8（既定）または iso-2022-jp。</translation>
    </message>
    <message>
        <source>CHARSET</source>
        <translation>CHARSET</translation>
    </message>
    <message>
        <source>Transport: smtp://USER@HOST:PORT, smtps://…, file:///FOLDER.</source>
        <translation>送信先: smtp://USER@HOST:PORT、smtps://…、file:///FOLDER。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>DKIM private key (PEM); give it twice for RSA + Ed25519.</source>
        <translation>DKIM 秘密鍵（PEM）。RSA と Ed25519 の両方で署名するには 2 回指定します。</translation>
    </message>
    <message>
        <source>DKIM selector (once per --dkim-key).</source>
        <translation>DKIM セレクター（--dkim-key ごとに 1 つ）。</translation>
    </message>
    <message>
        <source>SELECTOR</source>
        <translation>SELECTOR</translation>
    </message>
    <message>
        <source>DKIM domain (default: the From domain).</source>
        <translation>DKIM の署名ドメイン（既定: 差出人アドレスのドメイン）。</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>Allow a DKIM domain that does not align with From.</source>
        <translation>差出人アドレスと一致しない DKIM ドメインを許可します。</translation>
    </message>
    <message>
        <source>Return-Path domain (default: the From domain).</source>
        <translation>Return-Path のドメイン（既定: 差出人アドレスのドメイン）。</translation>
    </message>
    <message>
        <source>Parallel connections (default 4).</source>
        <translation>同時接続数（既定 4）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>At most this many messages per second (default: no limit).</source>
        <translation>1 秒あたりの最大送信数（既定: 制限なし）。</translation>
    </message>
    <message>
        <source>Web address of the unsubscribe pages, e.g. https://news.example.jp.</source>
        <translation>配信停止ページの Web アドレス（例: https://news.example.jp）。</translation>
    </message>
    <message>
        <source>Show these options.</source>
        <translation>このオプション一覧を表示します。</translation>
    </message>
    <message>
        <source>Usage: tayori-cli send [options]
</source>
        <translation>使い方: tayori-cli send [オプション]
</translation>
    </message>
    <message>
        <source>send takes no arguments, only options.</source>
        <translation>send には引数を指定できません。オプションだけを指定してください。</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; is not a valid sender; write &quot;Name &lt;address@example.jp&gt;&quot;.</source>
        <translation>--from「%1」は差出人として正しくありません。&quot;Name &lt;address@example.jp&gt;&quot; の形式で指定してください。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません（%2）。</translation>
    </message>
    <message>
        <source>--charset must be utf-8 or iso-2022-jp.</source>
        <translation>--charset には utf-8 または iso-2022-jp を指定してください。</translation>
    </message>
    <message>
        <source>Give --dkim-key at most twice (one RSA and one Ed25519 key).</source>
        <translation>--dkim-key は 2 回まで指定できます（RSA 鍵と Ed25519 鍵を 1 つずつ）。</translation>
    </message>
    <message>
        <source>--dkim-key needs --dkim-selector.</source>
        <translation>--dkim-key には --dkim-selector も指定してください。</translation>
    </message>
    <message>
        <source>Give one --dkim-selector per --dkim-key.</source>
        <translation>--dkim-key ごとに --dkim-selector を 1 つずつ指定してください。</translation>
    </message>
    <message>
        <source>--connections must be between 1 and 32.</source>
        <translation>--connections は 1〜32 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>--rate must be a number of messages per second.</source>
        <translation>--rate には 1 秒あたりの送信数を数値で指定してください。</translation>
    </message>
    <message>
        <source>--retry-delay and --max-wait take a number of seconds.</source>
        <translation>--retry-delay と --max-wait には秒数を指定してください。</translation>
    </message>
    <message>
        <source>No contact matches the chosen list or segment: nothing to send.</source>
        <translation>選択したリストまたはセグメントに該当する連絡先がありません。送信するものはありません。</translation>
    </message>
    <message>
        <source>Nothing left this computer: the messages are in the outbox folder %1
</source>
        <translation>このコンピューターからは何も送信していません。メッセージは送信トレイフォルダー %1 にあります
</translation>
    </message>
    <message>
        <source>resume takes at most one campaign id.</source>
        <translation>resume に指定できるキャンペーン ID は 1 つまでです。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a campaign id.</source>
        <translation>「%1」はキャンペーン ID ではありません。</translation>
    </message>
    <message>
        <source>No campaign is waiting to be resumed.
</source>
        <translation>再開を待っているキャンペーンはありません。
</translation>
    </message>
    <message>
        <source>Campaign %1: %2
</source>
        <translation>キャンペーン %1: %2
</translation>
    </message>
    <message>
        <source>List every recipient with its state and server reply.</source>
        <translation>すべての宛先を、状態とサーバーの応答とともに一覧表示します。</translation>
    </message>
    <message>
        <source>status takes at most one campaign id.</source>
        <translation>status に指定できるキャンペーン ID は 1 つまでです。</translation>
    </message>
    <message>
        <source>No campaigns yet.
</source>
        <translation>キャンペーンはまだありません。
</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>キャンペーン %1 は存在しません。</translation>
    </message>
    <message>
        <source>last error: %1
</source>
        <translation>最後のエラー: %1
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a template ID; tayori-cli template list shows them.</source>
        <translation>&quot;%1&quot; はテンプレートの ID ではありません。tayori-cli template list で確認できます。</translation>
    </message>
    <message>
        <source>A template from the library (tayori-cli template list) instead of --html and --text.</source>
        <translation>--html と --text の代わりに、ライブラリのテンプレート（tayori-cli template list）を使います。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Give either --template or --html/--text, not both.</source>
        <translation>--template と --html/--text はどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>send needs --%1 (or --template).</source>
        <translation>send には --%1（または --template）が必要です。</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>run-due takes no arguments.</source>
        <translation>run-due には引数を指定できません。</translation>
    </message>
    <message>
        <source>Nothing is due.
</source>
        <translation>予約時刻になったキャンペーンはありません。
</translation>
    </message>
    <message>
        <source>Schedule instead of sending now: YYYY-MM-DDTHH:MM[:SS] in local time, or with Z or ±HH:MM; tayori-cli run-due sends it when the time comes.</source>
        <translation>すぐに送らずに予約します: 現地時刻の YYYY-MM-DDTHH:MM[:SS]、または Z か ±HH:MM 付き。予約時刻になると tayori-cli run-due が送信します。</translation>
    </message>
    <message numerus="yes">
        <source>Campaign %1 is scheduled for %2 (%n recipient(s)). tayori-cli run-due sends it when the time comes: run it every few minutes from cron, a systemd timer or the Task Scheduler.
</source>
        <translation>
            <numerusform>キャンペーン %1 を %2 に予約しました（宛先 %n 件）。予約時刻になると tayori-cli run-due が送信します。cron、systemd タイマー、タスク スケジューラーから数分おきに実行してください。
</numerusform>
        </translation>
    </message>
    <message>
        <source><byte value="xd"/>campaign %1: %2 of %3 sent, %4 failed, %5 deferred — %6 msg/s   </source>
        <translation><byte value="xd"/>キャンペーン %1: %3 件中 %2 件送信済み、失敗 %4 件、保留 %5 件 — %6 通/秒   </translation>
    </message>
    <message>
        <source>Step mail: %1
</source>
        <translation>ステップメール: %1
</translation>
    </message>
    <message>
        <source>Campaign %1: %2 Fix it, then run: tayori-cli resume %1
</source>
        <translation>キャンペーン %1: %2 問題を解決してから、次のコマンドを実行してください: tayori-cli resume %1
</translation>
    </message>
</context>
<context>
    <name>SendTestDialog</name>
    <message>
        <source>Send a test message</source>
        <translation>テストメールを送信</translation>
    </message>
    <message>
        <source>you@example.jp</source>
        <translation>you@example.jp</translation>
    </message>
    <message>
        <source>Sample data (your own sender name)</source>
        <translation>サンプルデータ（自分の差出人名）</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>送信先(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>件名(&amp;S):</translation>
    </message>
    <message>
        <source>Personalised as:</source>
        <translation>差し込みの表示:</translation>
    </message>
    <message>
        <source>The subject starts with %1 and the links in a test unsubscribe no one.</source>
        <translation>件名の先頭に %1 が付きます。テストメールの配信停止リンクでは誰の配信も停止されません。</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>%1 に送信しています…</translation>
    </message>
</context>
<context>
    <name>SendWindow</name>
    <message>
        <source>“%1” is not a send window; write the days and the hours, such as “mon,tue,wed,thu,fri 09:00-18:00”.</source>
        <translation>「%1」は配信時間帯として読み取れません。「mon,tue,wed,thu,fri 09:00-18:00」のように曜日と時間を指定してください。</translation>
    </message>
    <message>
        <source>“%1” in the send window is not a day; use mon, tue, wed, thu, fri, sat and sun.</source>
        <translation>配信時間帯の「%1」は曜日ではありません。mon、tue、wed、thu、fri、sat、sun を使ってください。</translation>
    </message>
    <message>
        <source>The send window “%1” has a time that does not exist; use 00:00 to 24:00.</source>
        <translation>配信時間帯「%1」に存在しない時刻が含まれています。00:00〜24:00 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The send window “%1” closes before it opens; a window cannot span midnight, so choose an end time later than the start.</source>
        <translation>配信時間帯「%1」は終了時刻が開始時刻より前になっています。配信時間帯は日付をまたげないため、開始時刻より後の終了時刻を選んでください。</translation>
    </message>
    <message>
        <source>The send window “%1” names no day; choose at least one.</source>
        <translation>配信時間帯「%1」に曜日が指定されていません。1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>いつでも</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>平日</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>土日</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between day names</comment>
        <translation>、 </translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <extracomment>Days, opening time, closing time: &quot;Weekdays 9:00–18:00&quot; (Japanese: &quot;平日 9:00〜18:00&quot;).</extracomment>
        <translation>%1 %2〜%3</translation>
    </message>
</context>
<context>
    <name>SenderIdentityStore</name>
    <message>
        <source>The sender name contains a line break or control character; type it on one line.</source>
        <translation>差出人名に改行または制御文字が含まれています。1 行で入力してください。</translation>
    </message>
    <message>
        <source>The sender address &apos;%1&apos; is not valid: %2</source>
        <translation>差出人アドレス「%1」は正しくありません: %2</translation>
    </message>
    <message>
        <source>The reply-to address &apos;%1&apos; is not valid: %2</source>
        <translation>返信先アドレス「%1」は正しくありません: %2</translation>
    </message>
    <message>
        <source>The bounce domain &apos;%1&apos; is not a valid domain name; type a domain such as mail.example.co.jp.</source>
        <translation>エラーメール用ドメイン「%1」はドメイン名として正しくありません。mail.example.co.jp のように入力してください。</translation>
    </message>
    <message>
        <source>A sender with the address %1 already exists; edit that one instead.</source>
        <translation>アドレス %1 の差出人はすでにあります。そちらを編集してください。</translation>
    </message>
    <message>
        <source>That sender no longer exists; reopen the settings.</source>
        <translation>その差出人はもう存在しません。設定を開き直してください。</translation>
    </message>
</context>
<context>
    <name>SendingView</name>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Cancel sending…</source>
        <translation>送信を中止…</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>失敗した宛先に再送</translation>
    </message>
    <message>
        <source>Sends again to the recipients whose server refused the message (not to bounced addresses).</source>
        <translation>サーバーに拒否された宛先に再送します（不達のアドレスは除きます）。</translation>
    </message>
    <message>
        <source>Send to the rest</source>
        <translation>残りの宛先に送信</translation>
    </message>
    <message>
        <source>Sends this cancelled campaign to the recipients it had not reached yet.</source>
        <translation>中止したこのキャンペーンを、まだ送信していない宛先に送信します。</translation>
    </message>
    <message>
        <source>Search addresses and server replies</source>
        <translation>アドレスやサーバーの応答を検索</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>This campaign no longer exists.</source>
        <translation>このキャンペーンはもう存在しません。</translation>
    </message>
    <message>
        <source>%1 — Sending</source>
        <translation>%1 — 送信状況</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>予約配信: %1</translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation>終了: %1</translation>
    </message>
    <message>
        <source>Sent %1 · Deferred %2 · Failed %3 · Skipped %4 · Queued %5</source>
        <translation>送信済み %1 件 · 保留 %2 件 · 失敗 %3 件 · スキップ %4 件 · 送信待ち %5 件</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 messages per second · about %2 left</source>
        <translation>毎秒 %1 通 · 残り約 %2</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Nothing can send now.</source>
        <translation>現在は送信できません。</translation>
    </message>
    <message>
        <source>The campaign could not continue: %1</source>
        <translation>キャンペーンを再開できませんでした: %1</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>送信の中止</translation>
    </message>
    <message>
        <source>Stop sending this campaign? Recipients not reached yet get nothing; you can still send to them later with &quot;Send to the rest&quot;.</source>
        <translation>このキャンペーンの送信を中止しますか？ まだ送信していない宛先には届きません。後から「残りの宛先に送信」で送信することもできます。</translation>
    </message>
</context>
<context>
    <name>Sequence</name>
    <message>
        <source>on joining</source>
        <translation>リスト登録時</translation>
    </message>
    <message>
        <source>right after the previous step</source>
        <translation>前のステップの直後</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) after joining</source>
        <translation>
            <numerusform>リスト登録から %n 時間後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) after the previous step</source>
        <translation>
            <numerusform>前のステップから %n 時間後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after joining</source>
        <translation>
            <numerusform>リスト登録から %n 日後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the previous step</source>
        <translation>
            <numerusform>前のステップから %n 日後</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, at %2</source>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>SequenceCommand</name>
    <message>
        <source>sequence takes the subcommand list or show.</source>
        <translation>sequence にはサブコマンド list か show を指定してください。</translation>
    </message>
    <message>
        <source>sequence list takes no arguments.</source>
        <translation>sequence list には引数を指定できません。</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  %3  list %4, %n step(s), %5 enrolled, %6 finished, %7 left
</source>
        <translation>
            <numerusform>%1  %2  %3  リスト %4、%n ステップ、参加 %5 人、完了 %6 人、離脱 %7 人
</numerusform>
        </translation>
    </message>
    <message>
        <source>on </source>
        <translation>有効 </translation>
    </message>
    <message>
        <source>off</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>No sequences yet: make one in Tayori (Step mail).
</source>
        <translation>シーケンスはまだありません。Tayori の「ステップメール」で作成してください。
</translation>
    </message>
    <message>
        <source>sequence show takes exactly one sequence ID (see sequence list).</source>
        <translation>sequence show にはシーケンス ID を 1 つだけ指定してください（sequence list で確認できます）。</translation>
    </message>
    <message>
        <source>There is no sequence %1. tayori-cli sequence list shows them.</source>
        <translation>シーケンス %1 はありません。tayori-cli sequence list で確認できます。</translation>
    </message>
    <message>
        <source>%1 (%2), list %3, time zone %4
%5 enrolled: %6 active, %7 finished, %8 left
</source>
        <translation>%1（%2）、リスト %3、タイムゾーン %4
参加 %5 人: 進行中 %6 人、完了 %7 人、離脱 %8 人
</translation>
    </message>
    <message>
        <source>on</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>of this computer</source>
        <translation>このコンピューターと同じ</translation>
    </message>
    <message>
        <source>  %1. %2 — &quot;%3&quot; (template %4): %5 queued, %6 waiting
</source>
        <translation>  %1. %2 — 「%3」（テンプレート %4）: 送信待ち %5 件、待機中 %6 件
</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>SequenceDialog</name>
    <message>
        <source>&amp;On: new members of the list get the steps</source>
        <translation>有効(&amp;O): リストに新しく登録された連絡先にステップを送信します</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>ステップを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>ステップを削除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下へ移動(&amp;D)</translation>
    </message>
    <message>
        <source>New sequence</source>
        <translation>新しいシーケンス</translation>
    </message>
    <message>
        <source>Edit sequence</source>
        <translation>シーケンスの編集</translation>
    </message>
    <message>
        <source>e.g. Welcome</source>
        <translation>例: ウェルカムメール</translation>
    </message>
    <message>
        <source>Choose a list…</source>
        <translation>リストを選択…</translation>
    </message>
    <message>
        <source>The default sender</source>
        <translation>既定の差出人</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>このコンピューターと同じ（%1）</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>待ち時間</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>送信時刻</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Starts when a contact joins:</source>
        <translation>登録で開始するリスト(&amp;S):</translation>
    </message>
    <message>
        <source>S&amp;ender:</source>
        <translation>差出人(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Time zone for send times:</source>
        <translation>送信時刻のタイムゾーン(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>Web アドレス(&amp;W):</translation>
    </message>
    <message>
        <source>Each step is sent once per contact. Editing never resends a step someone already had; a step inserted before where a contact stands is not sent to them.</source>
        <translation>各ステップは連絡先ごとに 1 回だけ送信されます。編集しても、すでに受け取ったステップが再送されることはありません。また、連絡先が進んでいる位置より前に挿入したステップは、その連絡先には送信されません。</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>ステップ:</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>after the previous step</source>
        <translation>前のステップから</translation>
    </message>
    <message>
        <source>after joining the list</source>
        <translation>リスト登録から</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation>テンプレートを選択…</translation>
    </message>
    <message>
        <source>Subject, merge fields allowed</source>
        <translation>件名（差し込みフィールドを使えます）</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>%1 sent, %2 waiting</source>
        <translation>送信済み %1 件、待機中 %2 件</translation>
    </message>
    <message>
        <source>empty: the web address in Settings</source>
        <translation>空欄: 設定の Web アドレス</translation>
    </message>
</context>
<context>
    <name>SequenceProgress</name>
    <message>
        <source>Cannot update the progress of the sequence: %1</source>
        <translation>シーケンスの進捗を更新できません（%1）。</translation>
    </message>
</context>
<context>
    <name>SequenceRunner</name>
    <message>
        <source>Step mail: database error: %1</source>
        <translation>ステップメール: データベースエラー（%1）。</translation>
    </message>
    <message>
        <source>%1 — step %2</source>
        <translation>%1 — ステップ %2</translation>
    </message>
    <message>
        <source>Step mail: %1, step %2</source>
        <translation>ステップメール: %1、ステップ %2</translation>
    </message>
    <message>
        <source>Step %1 of the sequence &quot;%2&quot; cannot be sent: %3</source>
        <translation>シーケンス「%2」のステップ %1 を送信できません: %3</translation>
    </message>
    <message>
        <source>Step %1 cannot be sent: %2</source>
        <translation>ステップ %1 を送信できません: %2</translation>
    </message>
</context>
<context>
    <name>SequenceStore</name>
    <message>
        <source>Cannot save the sequence: %1</source>
        <translation>シーケンスを保存できません（%1）。</translation>
    </message>
    <message>
        <source>The sequence has no name. Give it one.</source>
        <translation>シーケンスに名前がありません。名前を付けてください。</translation>
    </message>
    <message>
        <source>Another sequence is already called &quot;%1&quot;. Choose another name.</source>
        <translation>「%1」という名前のシーケンスはすでにあります。別の名前を付けてください。</translation>
    </message>
    <message>
        <source>The sequence has no trigger list. Choose the list whose new members get it.</source>
        <translation>シーケンスを開始するリストが選ばれていません。新しく登録された連絡先にこのシーケンスを送るリストを選んでください。</translation>
    </message>
    <message>
        <source>The sender identity of the sequence no longer exists. Choose another sender.</source>
        <translation>このシーケンスの差出人はもう存在しません。別の差出人を選んでください。</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is unknown. Choose one from the list, such as Asia/Tokyo.</source>
        <translation>タイムゾーン「%1」は不明です。Asia/Tokyo のように、一覧から選んでください。</translation>
    </message>
    <message>
        <source>The web address &quot;%1&quot; is not valid. Give the https:// address where Tayori&apos;s web pages answer.</source>
        <translation>Web アドレス「%1」は正しくありません。Tayori の Web ページにアクセスできる https:// のアドレスを指定してください。</translation>
    </message>
    <message>
        <source>The sequence has no steps. Add at least one mail to send.</source>
        <translation>シーケンスにステップがありません。送信するメールを 1 通以上追加してください。</translation>
    </message>
    <message>
        <source>Step %1 has no template. Choose the template it sends.</source>
        <translation>ステップ %1 にテンプレートがありません。送信するテンプレートを選んでください。</translation>
    </message>
    <message>
        <source>The template of step %1 no longer exists. Choose another template.</source>
        <translation>ステップ %1 のテンプレートはもう存在しません。別のテンプレートを選んでください。</translation>
    </message>
    <message>
        <source>Step %1 has no subject. Write the subject of its mail.</source>
        <translation>ステップ %1 に件名がありません。メールの件名を入力してください。</translation>
    </message>
    <message>
        <source>The delay of step %1 is negative. Enter 0 or more.</source>
        <translation>ステップ %1 の待ち時間が負の値です。0 以上を入力してください。</translation>
    </message>
    <message>
        <source>The sequence no longer exists; it may have been deleted.</source>
        <translation>シーケンスはもう存在しません。削除された可能性があります。</translation>
    </message>
    <message>
        <source>A step of the sequence was deleted meanwhile. Open the sequence again.</source>
        <translation>編集中にシーケンスのステップが削除されました。シーケンスを開き直してください。</translation>
    </message>
    <message>
        <source>Cannot delete the sequence: %1</source>
        <translation>シーケンスを削除できません（%1）。</translation>
    </message>
    <message>
        <source>Step %1 stopped: %2</source>
        <translation>ステップ %1 の配信が止まっています: %2</translation>
    </message>
</context>
<context>
    <name>SequencesPage</name>
    <message>
        <source>&amp;New sequence…</source>
        <translation>新しいシーケンス(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Starts on joining</source>
        <translation>登録で開始するリスト</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ数</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>離脱</translation>
    </message>
    <message>
        <source>A sequence sends its steps to everyone who joins its list — by import, by hand or by signing up — while it is on. Whoever unsubscribes or leaves the list leaves the sequence. Step mail goes out while Tayori is open or whenever tayori-cli run-due runs.</source>
        <translation>シーケンスが有効な間、そのリストに登録された全員（取り込み、手入力、登録フォームからの申し込みのいずれでも）にステップを送信します。配信停止した人やリストから外れた人は、シーケンスからも外れます。ステップメールは、Tayori を開いている間か、tayori-cli run-due を実行したときに送信されます。</translation>
    </message>
    <message>
        <source>(no list)</source>
        <translation>（リストなし）</translation>
    </message>
    <message>
        <source>On</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Delete sequence</source>
        <translation>シーケンスの削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete the sequence %1? %n contact(s) still waiting for a step will not get it; what was sent stays in the reports.</source>
        <translation>
            <numerusform>シーケンス「%1」を削除しますか？ ステップを待っている %n 件の連絡先には、そのステップは送信されません。送信済みのメールはレポートに残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>serve takes only --listen ADDRESS:PORT, such as --listen 0.0.0.0:8080.</source>
        <translation>serve に指定できるのは --listen ADDRESS:PORT（例: --listen 0.0.0.0:8080）だけです。</translation>
    </message>
    <message>
        <source>--listen &quot;%1&quot; is not ADDRESS:PORT, such as 127.0.0.1:8080.</source>
        <translation>--listen &quot;%1&quot; は ADDRESS:PORT（例: 127.0.0.1:8080）の形ではありません。</translation>
    </message>
    <message>
        <source>Serving on http://%1/ — press Ctrl-C to stop.
</source>
        <translation>http://%1/ で提供しています。止めるには Ctrl-C を押してください。
</translation>
    </message>
</context>
<context>
    <name>SetBlockPropertyCommand</name>
    <message>
        <source>Edit block</source>
        <translation>ブロックを編集</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Same as the system</source>
        <translation>システムの設定に合わせる</translation>
    </message>
    <message>
        <source>The new language applies the next time Tayori starts.</source>
        <translation>新しい言語は、次回 Tayori を起動したときに適用されます。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Contacts database:</source>
        <translation>連絡先データベース:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Mail servers</source>
        <translation>送信サーバー</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>差出人</translation>
    </message>
    <message>
        <source>DKIM keys</source>
        <translation>DKIM 鍵</translation>
    </message>
    <message>
        <source>https://news.example.jp</source>
        <translation>https://news.example.jp</translation>
    </message>
    <message>
        <source>Where recipients&apos; unsubscribe and preference links point: the address at which tayori-cli serve answers. Needed to send through a mail server.</source>
        <translation>受信者向けの配信停止・登録内容変更リンクのリンク先です。tayori-cli serve が応答するアドレスを入力します。送信サーバー経由で配信するときに必要です。</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>Web アドレス(&amp;W):</translation>
    </message>
    <message>
        <source>Web address cleared.</source>
        <translation>Web アドレスを消去しました。</translation>
    </message>
    <message>
        <source>Saved. Campaigns and step mail link to %1.</source>
        <translation>保存しました。キャンペーンとステップメールのリンク先は %1 になります。</translation>
    </message>
</context>
<context>
    <name>SmtpConnection</name>
    <message>
        <source>connecting</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>最初の応答</translation>
    </message>
    <message>
        <source>the TLS handshake</source>
        <translation>TLS ハンドシェイク</translation>
    </message>
    <message>
        <source>the end of DATA</source>
        <translation>DATA の終了</translation>
    </message>
    <message>
        <source>%1 sent something that is not an SMTP reply (&quot;%2&quot;); check the host and port.</source>
        <translation>%1 から SMTP ではない応答が返りました（「%2」）。ホスト名とポートを確認してください。</translation>
    </message>
    <message>
        <source>%1 sent an endless line instead of an SMTP reply; check the host and port.</source>
        <translation>%1 から SMTP の応答ではなく終わりのない行が送られてきました。ホスト名とポートを確認してください。</translation>
    </message>
    <message>
        <source>%1 is not accepting mail now (%2); try again later.</source>
        <translation>%1 は現在メールを受け付けていません（%2）。後でもう一度試してください。</translation>
    </message>
    <message>
        <source>%1 refused the connection (%2); check the relay settings.</source>
        <translation>%1 に接続を拒否されました（%2）。送信サーバーの設定を確認してください。</translation>
    </message>
    <message>
        <source>%1 refused %2 (%3); set the host name Tayori greets with in the relay settings.</source>
        <translation>%1 に %2 を拒否されました（%3）。送信サーバーの設定で、Tayori が名乗るホスト名を設定してください。</translation>
    </message>
    <message>
        <source>%1 refused STARTTLS (%2); ask the relay&apos;s administrator or use smtps://.</source>
        <translation>%1 に STARTTLS を拒否されました（%2）。送信サーバーの管理者に問い合わせるか、smtps:// を使ってください。</translation>
    </message>
    <message>
        <source>The server rejected the user name or password for %1 (%2); check them in the relay settings or TAYORI_SMTP_PASSWORD.</source>
        <translation>%1 でユーザー名またはパスワードが拒否されました（%2）。送信サーバーの設定か TAYORI_SMTP_PASSWORD を確認してください。</translation>
    </message>
    <message>
        <source>%1 did not accept the login (%2); check the user name and the relay settings.</source>
        <translation>%1 にログインを受け付けられませんでした（%2）。ユーザー名と送信サーバーの設定を確認してください。</translation>
    </message>
    <message>
        <source>%1 answered out of turn (%2).</source>
        <translation>%1 が順序外の応答を返しました（%2）。</translation>
    </message>
    <message>
        <source>%1: the server does not offer STARTTLS; use smtps:// if it speaks TLS on another port, or smtp://…?tls=none only for a trusted local relay.</source>
        <translation>%1: サーバーが STARTTLS に対応していません。別のポートで TLS を使えるなら smtps:// を、信頼できるローカルの中継サーバーに限り smtp://…?tls=none を使ってください。</translation>
    </message>
    <message>
        <source>%1 does not offer AUTH; remove the user name from the relay settings or check the port.</source>
        <translation>%1 は認証（AUTH）に対応していません。送信サーバーの設定からユーザー名を外すか、ポートを確認してください。</translation>
    </message>
    <message>
        <source>%1 offers neither AUTH PLAIN nor AUTH LOGIN (%2); ask the relay&apos;s administrator.</source>
        <translation>%1 は AUTH PLAIN にも AUTH LOGIN にも対応していません（%2）。送信サーバーの管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 cannot be trusted (%2); if this is your relay, add its certificate in Settings → Relays.</source>
        <translation>%1 の TLS 証明書は信頼できません（%2）。自社の送信サーバーであれば、「設定」→「送信サーバー」でその証明書を追加してください。</translation>
    </message>
    <message>
        <source>Cannot connect to %1 (%2); check the host, the port and that the server is running.</source>
        <translation>%1 に接続できません（%2）。ホスト名、ポート、サーバーが動作しているかを確認してください。</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while waiting for the reply to %2 (%3); it will be retried.</source>
        <translation>%2 への応答を待つ間に %1 との接続が切れました（%3）。再試行します。</translation>
    </message>
    <message>
        <source>%1 did not answer %2 within %3 s; the relay is slow or unreachable, it will be retried.</source>
        <translation>%1 が %3 秒以内に %2 に応答しませんでした。送信サーバーが遅いか到達できません。再試行します。</translation>
    </message>
</context>
<context>
    <name>SmtpTransport</name>
    <message>
        <source>The envelope address &quot;%1&quot; or &quot;%2&quot; is not valid; check the bounce address and the recipient.</source>
        <translation>エンベロープアドレス「%1」または「%2」が正しくありません。エラーメールの戻り先と宛先を確認してください。</translation>
    </message>
    <message>
        <source>%1 does not offer SMTPUTF8, so it cannot take the non-ASCII address &quot;%2&quot;; use an ASCII address or a relay with SMTPUTF8.</source>
        <translation>%1 は SMTPUTF8 に対応していないため、ASCII 以外を含むアドレス「%2」を受け付けられません。ASCII のアドレスか、SMTPUTF8 に対応した送信サーバーを使ってください。</translation>
    </message>
    <message>
        <source>The message is %1 bytes but %2 takes at most %3; make it smaller (images, attachments).</source>
        <translation>メッセージは %1 バイトですが、%2 が受け付けるのは最大 %3 バイトです。画像や添付ファイルを減らして小さくしてください。</translation>
    </message>
    <message>
        <source>%1 answered out of turn (%2); it will be retried.</source>
        <translation>%1 が順序外の応答を返しました（%2）。再試行します。</translation>
    </message>
    <message>
        <source>%1 requires encryption or a login before it takes mail (%2); use STARTTLS and a user name in the relay settings.</source>
        <translation>%1 はメールを受け付ける前に暗号化またはログインを求めています（%2）。送信サーバーの設定で STARTTLS とユーザー名を設定してください。</translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of a message; it will be retried.</source>
        <translation>%1 がメッセージの途中で接続を切りました。再試行します。</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>This build of Tayori links SQLite %1 but Qt&apos;s SQLite driver runs %2: rebuild Qt&apos;s SQLite driver against the system SQLite.</source>
        <translation>この Tayori は SQLite %1 をリンクしていますが、Qt の SQLite ドライバーは %2 で動いています。Qt の SQLite ドライバーをシステムの SQLite に対してビルドし直してください。</translation>
    </message>
</context>
<context>
    <name>StarterTemplates</name>
    <message>
        <source>Newsletter</source>
        <translation>ニュースレター</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Event invitation</source>
        <translation>イベントのご案内</translation>
    </message>
    <message>
        <source>Simple letter</source>
        <translation>シンプルな手紙</translation>
    </message>
    <message>
        <source>There is no starter template &quot;%1&quot; in language &quot;%2&quot;. Choose one from the list.</source>
        <translation>言語「%2」のスターターテンプレート「%1」はありません。一覧から選んでください。</translation>
    </message>
    <message>
        <source>The starter template %1 is missing from this build (%2). Reinstall Tayori.</source>
        <translation>スターターテンプレート %1 がこのビルドに含まれていません（%2）。Tayori を再インストールしてください。</translation>
    </message>
    <message>
        <source>The starter template %1 is damaged: %2</source>
        <translation>スターターテンプレート %1 が壊れています: %2</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>%1 番目</translation>
    </message>
    <message>
        <source>image %1 has no name or type.</source>
        <translation>画像 %1 に名前または種類がありません。</translation>
    </message>
    <message>
        <source>the data of image %1 is not valid base64.</source>
        <translation>画像 %1 のデータが正しい base64 ではありません。</translation>
    </message>
</context>
<context>
    <name>TemplateCommand</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB, too large for this; check the file name.</source>
        <translation>%1 は %2 MB あり、大きすぎます。ファイル名を確認してください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object of field names and values, such as {&quot;first_name&quot;: &quot;太郎&quot;}%2.</source>
        <translation>%1 はフィールド名と値の JSON オブジェクト（例: {&quot;first_name&quot;: &quot;太郎&quot;}）ではありません%2。</translation>
    </message>
    <message>
        <source> (%1 at character %2)</source>
        <translation>（%2 文字目で %1）</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; in %2 is not text or a number; give it as &quot;text&quot;.</source>
        <translation>%2 の &quot;%1&quot; の値が文字列でも数値でもありません。&quot;文字列&quot; の形で指定してください。</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; is used but not embedded in the file; the HTML shows it as missing. Export the template from Tayori to include it.</source>
        <translation>画像 &quot;%1&quot; が使われていますが、ファイルに埋め込まれていないため、HTML では表示されません。画像を含めるには Tayori からテンプレートを書き出してください。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>tayori-cli: warning: %1
</source>
        <translation>tayori-cli: 警告: %1
</translation>
    </message>
    <message>
        <source>template takes the subcommand list, import, export or render.</source>
        <translation>template にはサブコマンド list、import、export、render のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>template list takes no arguments.</source>
        <translation>template list には引数を指定できません。</translation>
    </message>
    <message>
        <source>No templates yet: import one with tayori-cli template import FILE, or make one in Tayori.
</source>
        <translation>テンプレートはまだありません。tayori-cli template import FILE で読み込むか、Tayori で作成してください。
</translation>
    </message>
    <message>
        <source>template import takes exactly one FILE.</source>
        <translation>template import には FILE をひとつだけ指定してください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported &quot;%1&quot; as template %2 (%n image(s)).
</source>
        <translation>
            <numerusform>&quot;%1&quot; をテンプレート %2 として読み込みました（画像 %n 点）。
</numerusform>
        </translation>
    </message>
    <message>
        <source>template export takes an ID and a FILE.</source>
        <translation>template export には ID と FILE を指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a template ID; tayori-cli template list shows them.</source>
        <translation>&quot;%1&quot; はテンプレートの ID ではありません。tayori-cli template list で確認できます。</translation>
    </message>
    <message>
        <source>Template %1 written to %2.
</source>
        <translation>テンプレート %1 を %2 に書き出しました。
</translation>
    </message>
    <message>
        <source>Personalise as the contact with this address.</source>
        <translation>このアドレスの連絡先として差し込みます。</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>Personalise with a JSON object of field → value.</source>
        <translation>フィールド名 → 値の JSON オブジェクトで差し込みます。</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>FILE.json</translation>
    </message>
    <message>
        <source>Where to write the HTML.</source>
        <translation>HTML の書き出し先。</translation>
    </message>
    <message>
        <source>FILE.html</source>
        <translation>FILE.html</translation>
    </message>
    <message>
        <source>Where to write the plain text.</source>
        <translation>テキストの書き出し先。</translation>
    </message>
    <message>
        <source>FILE.txt</source>
        <translation>FILE.txt</translation>
    </message>
    <message>
        <source>template render takes exactly one template FILE.json.</source>
        <translation>template render にはテンプレートの FILE.json をひとつだけ指定してください。</translation>
    </message>
    <message>
        <source>template render needs --out FILE.html.</source>
        <translation>template render には --out FILE.html が必要です。</translation>
    </message>
    <message>
        <source>Use either --contact or --data, not both.</source>
        <translation>--contact と --data はどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>There is no contact with the address %1; check it with tayori-cli contacts count --search %1.</source>
        <translation>アドレス %1 の連絡先はありません。tayori-cli contacts count --search %1 で確認してください。</translation>
    </message>
    <message>
        <source>%1 cannot be personalised: %2</source>
        <translation>%1 に差し込みができません: %2</translation>
    </message>
    <message>
        <source>%1 (block %2)</source>
        <translation>%1（ブロック %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) above: the files were written anyway.
</source>
        <translation>
            <numerusform>上記の警告が %n 件ありますが、ファイルは書き出しました。
</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.
</source>
        <translation>%1 を書き出しました。
</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n image(s) to %1.
</source>
        <translation>
            <numerusform>画像 %n 点を %1 に書き出しました。
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateDocument</name>
    <message>
        <source>The template is damaged: %1 is not an object.</source>
        <translation>テンプレートが壊れています: %1 がオブジェクトではありません。</translation>
    </message>
    <message>
        <source>block “%1”</source>
        <translation>ブロック “%1”</translation>
    </message>
    <message>
        <source>The template is damaged: %1 has no id.</source>
        <translation>テンプレートが壊れています: %1 に id がありません。</translation>
    </message>
    <message>
        <source>%1 has the unknown type “%2”; it may come from a newer Tayori: update Tayori to open it.</source>
        <translation>%1 の種類 “%2” は不明です。新しい Tayori で作られた可能性があります。Tayori を更新してから開いてください。</translation>
    </message>
    <message>
        <source>The template is damaged: %1 puts columns inside columns.</source>
        <translation>テンプレートが壊れています: %1 で段組みの中に段組みがあります。</translation>
    </message>
    <message>
        <source>The template is damaged: %1 must have 2 or 3 columns.</source>
        <translation>テンプレートが壊れています: %1 の列は 2 つか 3 つでなければなりません。</translation>
    </message>
    <message>
        <source>The template is damaged: column %1 of %2 is not a list of blocks.</source>
        <translation>テンプレートが壊れています: %2 の %1 列目がブロックのリストではありません。</translation>
    </message>
    <message>
        <source>block %1 of column %2 of %3</source>
        <translation>%3 の %2 列目の %1 番目のブロック</translation>
    </message>
    <message>
        <source>This is not a template file: the JSON is invalid at character %1 (%2).</source>
        <translation>テンプレートファイルではありません: %1 文字目で JSON が正しくありません（%2）。</translation>
    </message>
    <message>
        <source>This is not a template file: it holds no JSON object.</source>
        <translation>テンプレートファイルではありません: JSON オブジェクトが含まれていません。</translation>
    </message>
    <message>
        <source>This is not a Tayori template file (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>Tayori のテンプレートファイルではありません（&quot;format&quot; が &quot;%1&quot; ではありません）。</translation>
    </message>
    <message>
        <source>The template is damaged: it has no valid version number.</source>
        <translation>テンプレートが壊れています: 正しいバージョン番号がありません。</translation>
    </message>
    <message>
        <source>This template was made by a newer Tayori (format version %1; this one reads up to %2). Update Tayori to open it.</source>
        <translation>このテンプレートは新しい Tayori で作られています（形式バージョン %1。このバージョンで読めるのは %2 まで）。Tayori を更新してから開いてください。</translation>
    </message>
    <message>
        <source>The template has the unknown kind “%1”; it may come from a newer Tayori.</source>
        <translation>テンプレートの種類 “%1” は不明です。新しい Tayori で作られた可能性があります。</translation>
    </message>
    <message>
        <source>The template is damaged: &quot;blocks&quot; is not a list.</source>
        <translation>テンプレートが壊れています: &quot;blocks&quot; がリストではありません。</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>%1 番目のブロック</translation>
    </message>
    <message>
        <source>The template is damaged: the block id “%1” is used twice.</source>
        <translation>テンプレートが壊れています: ブロック id “%1” が 2 回使われています。</translation>
    </message>
</context>
<context>
    <name>TemplatePreflight</name>
    <message>
        <source>The mail has no unsubscribe link. Japan&apos;s Act on Specified Electronic Mail (特定電子メール法) requires a way to opt out in every mail: add a footer block, or a link to {{unsubscribe_url}}.</source>
        <translation>メールに配信停止リンクがありません。特定電子メール法により、すべてのメールに配信停止の方法を記載する必要があります。フッターブロックか、{{unsubscribe_url}} へのリンクを追加してください。</translation>
    </message>
    <message>
        <source>No sender address was found in the HTML. Japan&apos;s Act on Specified Electronic Mail (特定電子メール法) requires the sender&apos;s name and address in every mail: add them at the bottom of the mail.</source>
        <translation>HTML の中に送信者の住所が見つかりません。特定電子メール法により、すべてのメールに送信者の氏名・名称と住所を記載する必要があります。メールの末尾に追加してください。</translation>
    </message>
    <message>
        <source>The mail has no footer with the sender&apos;s name and address. Japan&apos;s Act on Specified Electronic Mail (特定電子メール法) requires both in every mail: add a footer block and fill in the sender name and address.</source>
        <translation>送信者の名称と住所を記載したフッターがありません。特定電子メール法により、すべてのメールに両方を記載する必要があります。フッターブロックを追加し、送信者名と住所を入力してください。</translation>
    </message>
    <message>
        <source>An image has no alternative text. Many mail programs do not show images until asked, and screen readers read the alt text: describe the image.</source>
        <translation>代替テキスト（alt）のない画像があります。多くのメールソフトは許可されるまで画像を表示せず、読み上げソフトは代替テキストを読みます。画像の内容を入力してください。</translation>
    </message>
    <message>
        <source>The mail is almost only images. It looks empty where images are blocked and spam filters distrust it: add the message as text too.</source>
        <translation>メールがほぼ画像だけでできています。画像が表示されない環境では空に見え、迷惑メールフィルターにも疑われます。伝えたい内容を文章でも入れてください。</translation>
    </message>
    <message>
        <source>The HTML is %1 KB; Gmail cuts off messages over %2 KB (and the unsubscribe link with them). Shorten the text or use fewer blocks.</source>
        <translation>HTML が %1 KB あります。Gmail では %2 KB を超えるメールは途中で切られ、配信停止リンクも表示されなくなります。文章を短くするか、ブロックを減らしてください。</translation>
    </message>
    <message>
        <source>The link %1 is not encrypted (http://). Use https:// if the site supports it; mail programs warn about plain links.</source>
        <translation>リンク %1 は暗号化されていません（http://）。サイトが対応していれば https:// を使ってください。メールソフトは暗号化されていないリンクに警告を出します。</translation>
    </message>
    <message>
        <source>The merge field “%1” is not a field of your contacts (known: %2). Correct its name, or add “%1” as a custom field of the contacts.</source>
        <translation>差し込みフィールド “%1” は連絡先のフィールドにありません（使えるもの: %2）。名前を直すか、“%1” を連絡先のカスタムフィールドとして追加してください。</translation>
    </message>
    <message>
        <source>A merge field is written wrongly: %1 Fix it, or the mail cannot be sent.</source>
        <translation>差し込みフィールドの書き方が誤っています: %1 直さないとメールを送信できません。</translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>The address “%1” was removed: only full https:// addresses (or mailto:) work in mail. Enter the complete address.</source>
        <translation>アドレス “%1” を削除しました。メールで使えるのは https:// から始まる完全なアドレス（または mailto:）だけです。完全なアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Unsafe content was removed from the HTML: %1. Mail programs block it or mark the mail as dangerous; check that the block still looks right.</source>
        <translation>HTML から安全でない内容を削除しました: %1。メールソフトはこれらをブロックするか、危険なメールとして扱います。ブロックの見た目が崩れていないか確認してください。</translation>
    </message>
    <message>
        <source>Images are to be loaded from the web, but no web address for them is set. Set the public base URL of the web endpoint in the settings, or send the images inline.</source>
        <translation>画像を Web から読み込む設定ですが、画像の Web アドレスが設定されていません。設定で Web エンドポイントの公開ベース URL を指定するか、画像をメールに埋め込んで送ってください。</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>The image &quot;%1&quot; is %2 MB; images up to %3 MB can be used. Make it smaller in an image editor and add it again.</source>
        <translation>画像 &quot;%1&quot; は %2 MB あります。使える画像は %3 MB までです。画像編集ソフトで小さくしてから追加し直してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PNG, JPEG, GIF or WebP image; choose an image file.</source>
        <translation>&quot;%1&quot; は PNG、JPEG、GIF、WebP のいずれの画像でもありません。画像ファイルを選んでください。</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; is damaged and cannot be read; save it again in an image editor.</source>
        <translation>画像 &quot;%1&quot; は壊れていて読み込めません。画像編集ソフトで保存し直してください。</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; is %2×%3 pixels, too large to use in a mail (at most %4 megapixels); make it smaller in an image editor and add it again.</source>
        <translation>画像 &quot;%1&quot; は %2×%3 ピクセルあり、メールに使うには大きすぎます（最大 %4 メガピクセル）。画像編集ソフトで小さくしてから追加し直してください。</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; is damaged and cannot be read (%2); save it again in an image editor.</source>
        <translation>画像 &quot;%1&quot; は壊れていて読み込めません（%2）。画像編集ソフトで保存し直してください。</translation>
    </message>
    <message>
        <source>The image could not be converted (%1).</source>
        <translation>画像を変換できませんでした（%1）。</translation>
    </message>
    <message>
        <source>%1: the database reported &quot;%2&quot;.</source>
        <translation>%1: データベースのエラー &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>The template file&apos;s &quot;assets&quot; is not a list of images; the file is damaged.</source>
        <translation>テンプレートファイルの &quot;assets&quot; が画像のリストではありません。ファイルが壊れています。</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>%1 番目</translation>
    </message>
    <message>
        <source>The image %1 in the template file has no usable name (letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; only); the file is damaged.</source>
        <translation>テンプレートファイルの画像 %1 に使える名前（英数字、&apos;.&apos;、&apos;-&apos;、&apos;_&apos; のみ）がありません。ファイルが壊れています。</translation>
    </message>
    <message>
        <source>The template file holds two images named &quot;%1&quot;; the file is damaged.</source>
        <translation>テンプレートファイルに &quot;%1&quot; という名前の画像が 2 つあります。ファイルが壊れています。</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; in the template file is larger than %2 MB; nothing was imported.</source>
        <translation>テンプレートファイルの画像 &quot;%1&quot; が %2 MB を超えています。何も読み込んでいません。</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; in the template file is not valid base64 data; the file is damaged.</source>
        <translation>テンプレートファイルの画像 &quot;%1&quot; のデータが正しい base64 ではありません。ファイルが壊れています。</translation>
    </message>
    <message>
        <source>The template has no name; give it one, such as &quot;December newsletter&quot;.</source>
        <translation>テンプレートに名前がありません。「12月のニュースレター」のような名前を付けてください。</translation>
    </message>
    <message>
        <source>A template named &quot;%1&quot; already exists; choose another name.</source>
        <translation>&quot;%1&quot; という名前のテンプレートはすでにあります。別の名前を付けてください。</translation>
    </message>
    <message>
        <source>The template could not be stored</source>
        <translation>テンプレートを保存できませんでした</translation>
    </message>
    <message>
        <source>The template could not be read</source>
        <translation>テンプレートを読み込めませんでした</translation>
    </message>
    <message>
        <source>There is no template %1; it may have been deleted. Reopen the templates library.</source>
        <translation>テンプレート %1 はありません。削除された可能性があります。テンプレート一覧を開き直してください。</translation>
    </message>
    <message>
        <source>The stored template &quot;%1&quot; cannot be read: %2</source>
        <translation>保存されているテンプレート &quot;%1&quot; を読み込めません: %2</translation>
    </message>
    <message>
        <source>The template could not be saved</source>
        <translation>テンプレートを保存できませんでした</translation>
    </message>
    <message>
        <source>There is no template %1; it may have been deleted. Save it under a new name.</source>
        <translation>テンプレート %1 はありません。削除された可能性があります。別の名前で保存してください。</translation>
    </message>
    <message>
        <source>There is no template %1; it may have been deleted.</source>
        <translation>テンプレート %1 はありません。削除された可能性があります。</translation>
    </message>
    <message>
        <source>The template could not be renamed</source>
        <translation>テンプレートの名前を変更できませんでした</translation>
    </message>
    <message>
        <source>The template&apos;s images could not be copied</source>
        <translation>テンプレートの画像をコピーできませんでした</translation>
    </message>
    <message>
        <source>The template could not be copied</source>
        <translation>テンプレートをコピーできませんでした</translation>
    </message>
    <message>
        <source>The template could not be deleted</source>
        <translation>テンプレートを削除できませんでした</translation>
    </message>
    <message>
        <source>There is no template %1; it may have been deleted already.</source>
        <translation>テンプレート %1 はありません。すでに削除されている可能性があります。</translation>
    </message>
    <message>
        <source>The thumbnail could not be stored</source>
        <translation>サムネイルを保存できませんでした</translation>
    </message>
    <message>
        <source>There is no template %1 to add &quot;%2&quot; to; it may have been deleted.</source>
        <translation>&quot;%2&quot; を追加するテンプレート %1 がありません。削除された可能性があります。</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; could not be stored</source>
        <translation>画像 &quot;%1&quot; を保存できませんでした</translation>
    </message>
    <message>
        <source>The image could not be read</source>
        <translation>画像を読み込めませんでした</translation>
    </message>
    <message>
        <source>The template has no image &quot;%1&quot;; add the image again or choose another.</source>
        <translation>テンプレートに画像 &quot;%1&quot; がありません。画像を追加し直すか、別の画像を選んでください。</translation>
    </message>
    <message>
        <source>Imported template</source>
        <translation>読み込んだテンプレート</translation>
    </message>
    <message>
        <source>The template could not be imported</source>
        <translation>テンプレートを読み込めませんでした</translation>
    </message>
    <message numerus="yes">
        <source> (and %n other campaign(s))</source>
        <translation>
            <numerusform> ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Template “%1” is used by scheduled campaign “%2” (%3)%4: the campaign is sent from it. Unschedule or delete the campaign, or choose another template for it, then delete the template.</source>
        <translation>テンプレート「%1」は、予約済みのキャンペーン「%2」（%3）%4の送信に使われています。キャンペーンの予約を取り消すか削除する、またはキャンペーンに別のテンプレートを選んでから、テンプレートを削除してください。</translation>
    </message>
    <message>
        <source>Template “%1” is used by draft campaign “%2”%3. Delete the draft or choose another template for it, then delete the template.</source>
        <translation>テンプレート「%1」は、下書きのキャンペーン「%2」%3で使われています。下書きを削除するか、別のテンプレートを選んでから、テンプレートを削除してください。</translation>
    </message>
    <message>
        <source>Template “%1” is used by step %2 of the step mail “%3”. Choose another template for that step (Campaigns → Step mail), then delete the template.</source>
        <translation>テンプレート「%1」はステップメール「%3」のステップ %2 で使われています。そのステップに別のテンプレートを選んでから（「キャンペーン」→「ステップメール」）、テンプレートを削除してください。</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新規…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>読み込み…</translation>
    </message>
    <message>
        <source>%1
Changed %2</source>
        <translation>%1
更新: %2</translation>
    </message>
    <message>
        <source>Template not created</source>
        <translation>テンプレートを作成できませんでした</translation>
    </message>
    <message>
        <source>Template not opened</source>
        <translation>テンプレートを開けませんでした</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
    <message>
        <source>Template not duplicated</source>
        <translation>テンプレートを複製できませんでした</translation>
    </message>
    <message>
        <source>Template is open</source>
        <translation>テンプレートは編集中です</translation>
    </message>
    <message>
        <source>Rename the template in its designer window (Template settings → Template name), or close the window first.</source>
        <translation>テンプレートの名前は、デザイナーのウィンドウ（テンプレートの設定 → テンプレート名）で変更するか、先にウィンドウを閉じてください。</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>テンプレートの名前を変更</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <source>Template not renamed</source>
        <translation>テンプレートの名前を変更できませんでした</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>テンプレートを削除</translation>
    </message>
    <message>
        <source>Delete the template “%1” and its images? This cannot be undone.</source>
        <translation>テンプレート「%1」とその画像を削除しますか？ この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Template not deleted</source>
        <translation>テンプレートを削除できませんでした</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>テンプレートを読み込む</translation>
    </message>
    <message>
        <source>Tayori templates (*.json)</source>
        <translation>Tayori テンプレート (*.json)</translation>
    </message>
    <message>
        <source>Template not imported</source>
        <translation>テンプレートを読み込めませんでした</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, too large for a template. Nothing was imported.</source>
        <translation>%1 は %2 MB を超えていて、テンプレートとしては大きすぎます。何も読み込んでいません。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1 is not a template this version can read: %2 Nothing was imported.</source>
        <translation>%1 はこのバージョンで読めるテンプレートではありません: %2 何も読み込んでいません。</translation>
    </message>
    <message>
        <source>Export template</source>
        <translation>テンプレートを書き出す</translation>
    </message>
    <message>
        <source>Template not exported</source>
        <translation>テンプレートを書き出せませんでした</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Tayori templates (*.json);;HTML mail (*.html *.htm)</source>
        <translation>Tayori テンプレート (*.json);;HTML メール (*.html *.htm)</translation>
    </message>
    <message>
        <source>Imported HTML</source>
        <translation>読み込んだ HTML</translation>
    </message>
    <message>
        <source>Unsafe content removed</source>
        <translation>安全でない内容を削除しました</translation>
    </message>
    <message>
        <source>This was removed from the imported HTML, because mail programs block it or it could harm readers:
• %1</source>
        <translation>メールソフトがブロックするか、読む人に害を及ぼすおそれがあるため、読み込んだ HTML から次のものを削除しました:
• %1</translation>
    </message>
</context>
<context>
    <name>TestMailSender</name>
    <message>
        <source>The chosen sender identity no longer exists. Choose another one.</source>
        <translation>選んだ差出人はもう存在しません。別の差出人を選んでください。</translation>
    </message>
    <message>
        <source>No sender identity is configured, so the test has no From address. Add one under Settings → Senders, then send the test again.</source>
        <translation>差出人が設定されていないため、テストメールの From アドレスがありません。設定 → 差出人で追加してから、もう一度テスト送信してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address. Type the address the test should go to.</source>
        <translation>&quot;%1&quot; は正しいメールアドレスではありません。テストメールの送信先アドレスを入力してください。</translation>
    </message>
    <message>
        <source>The contact to personalise the test as no longer exists. Choose another one or use the sample data.</source>
        <translation>差し込みに使う連絡先はもう存在しません。別の連絡先を選ぶか、サンプルデータを使ってください。</translation>
    </message>
    <message>
        <source>The chosen mail server no longer exists. Choose another one in Settings.</source>
        <translation>選んだメールサーバーはもう存在しません。設定で別のサーバーを選んでください。</translation>
    </message>
    <message>
        <source>No password for %1 on %2: store it in Settings (system keychain) or set TAYORI_SMTP_PASSWORD. %3</source>
        <translation>%2 の %1 のパスワードがありません。設定（システムのキーチェーン）に保存するか、TAYORI_SMTP_PASSWORD を設定してください。%3</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>テストメッセージ</translation>
    </message>
    <message>
        <source>The template shows the image &quot;%1&quot;, but it is not among the template&apos;s images. Choose the image again in the designer.</source>
        <translation>テンプレートで画像 &quot;%1&quot; が使われていますが、テンプレートの画像の中にありません。デザイナーで画像を選び直してください。</translation>
    </message>
    <message>
        <source>The mail server accepted the test message: %1</source>
        <translation>メールサーバーがテストメールを受け付けました: %1</translation>
    </message>
    <message>
        <source>The mail server asked to try later (%1). Wait a little and send the test again.</source>
        <translation>メールサーバーから後で再送するよう求められました（%1）。少し待ってからもう一度テスト送信してください。</translation>
    </message>
    <message>
        <source>The mail server refused the test message: %1. Check the address and the sender settings.</source>
        <translation>メールサーバーがテストメールを拒否しました: %1。送信先アドレスと差出人の設定を確認してください。</translation>
    </message>
    <message>
        <source>The connection to the mail server failed: %1. Check the server in Settings and the network.</source>
        <translation>メールサーバーに接続できませんでした: %1。設定のサーバーとネットワークを確認してください。</translation>
    </message>
    <message>
        <source>The mail server settings do not work: %1. Correct them in Settings.</source>
        <translation>メールサーバーの設定に問題があります: %1。設定で修正してください。</translation>
    </message>
    <message>
        <source>A test message is already being sent. Wait for its result.</source>
        <translation>テストメールを送信中です。結果が出るまでお待ちください。</translation>
    </message>
    <message>
        <source>No mail server is set up, so nothing left this computer: the test message was written to %1. Add a mail server under Settings → Mail servers to send real tests.</source>
        <translation>メールサーバーが設定されていないため、何もこのコンピューターの外には送られていません。テストメールは %1 に書き出しました。実際にテスト送信するには、設定 → メールサーバーでサーバーを追加してください。</translation>
    </message>
</context>
<context>
    <name>WebServer</name>
    <message>
        <source>Cannot listen on %1 port %2: it is in use or not allowed. Choose another port.</source>
        <translation>%1 のポート %2 で待ち受けできません。使用中か、許可されていません。別のポートを選んでください。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Email newsletters, delivered authenticated.</source>
        <translation>送信ドメイン認証に対応したメールマガジン配信ツール。</translation>
    </message>
    <message>
        <source>The contacts database.</source>
        <translation>連絡先データベース。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>A CSV file to import (optional).</source>
        <translation>取り込む CSV ファイル（省略可）。</translation>
    </message>
    <message>
        <source>Tayori</source>
        <translation>Tayori</translation>
    </message>
</context>
</TS>
