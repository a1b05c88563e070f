<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddBlockCommand</name>
    <message>
        <source>Add block</source>
        <translation>Add block</translation>
    </message>
</context>
<context>
    <name>BlockPalette</name>
    <message>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Button</translation>
    </message>
    <message>
        <source>Two columns</source>
        <translation>Two columns</translation>
    </message>
    <message>
        <source>Three columns</source>
        <translation>Three columns</translation>
    </message>
    <message>
        <source>Divider</source>
        <translation>Divider</translation>
    </message>
    <message>
        <source>Spacer</source>
        <translation>Spacer</translation>
    </message>
    <message>
        <source>Social links</source>
        <translation>Social links</translation>
    </message>
    <message>
        <source>Footer (sender, unsubscribe)</source>
        <translation>Footer (sender, unsubscribe)</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Click to add after the selected block, or drag onto the page.</source>
        <translation>Click to add after the selected block, or drag onto the page.</translation>
    </message>
</context>
<context>
    <name>CampaignFactory</name>
    <message>
        <source>The template “%1” is not ready to send: %2</source>
        <translation>The template “%1” is not ready to send: %2</translation>
    </message>
    <message>
        <source>The chosen sender no longer exists; choose another one in Settings.</source>
        <translation>The chosen sender no longer exists; choose another one in Settings.</translation>
    </message>
    <message>
        <source>There is no sender yet; add one (name and From address) in Settings.</source>
        <translation>There is no sender yet; add one (name and From address) in Settings.</translation>
    </message>
</context>
<context>
    <name>CampaignPreflight</name>
    <message>
        <source>There is no DKIM key for %1: the mail would be unsigned and land in spam. Make one in Settings → DKIM keys and publish its DNS record.</source>
        <translation>There is no DKIM key for %1: the mail would be unsigned and land in spam. Make one in Settings → DKIM keys and publish its DNS record.</translation>
    </message>
    <message>
        <source>The DKIM key cannot be used: %1 Make a new key in Settings → DKIM keys, or import the right one.</source>
        <translation>The DKIM key cannot be used: %1 Make a new key in Settings → DKIM keys, or import the right one.</translation>
    </message>
    <message>
        <source>Signed with the DKIM key “%1” of %2.</source>
        <translation>Signed with the DKIM key “%1” of %2.</translation>
    </message>
    <message>
        <source>The signature&apos;s domain %1 matches the sender %2.</source>
        <translation>The signature&apos;s domain %1 matches the sender %2.</translation>
    </message>
    <message>
        <source>The signature is for %1, not the sender&apos;s domain %2: it does not count for DMARC. Sign with a key of %2 if you can.</source>
        <translation>The signature is for %1, not the sender&apos;s domain %2: it does not count for DMARC. Sign with a key of %2 if you can.</translation>
    </message>
    <message>
        <source>The DKIM key is for %1, but the mail is from %2: receivers would not trust the signature. Choose a sender of %1 or make a key for %2.</source>
        <translation>The DKIM key is for %1, but the mail is from %2: receivers would not trust the signature. Choose a sender of %1 or make a key for %2.</translation>
    </message>
    <message>
        <source>Unknown merge fields: %1. Correct the spelling, or add them as custom fields of your contacts.</source>
        <translation>Unknown merge fields: %1. Correct the spelling, or add them as custom fields of your contacts.</translation>
    </message>
    <message>
        <source>A merge field is written wrongly: %1</source>
        <translation>A merge field is written wrongly: %1</translation>
    </message>
    <message>
        <source>Every merge field is known.</source>
        <translation>Every merge field is known.</translation>
    </message>
    <message>
        <source>A test message of this version was sent.</source>
        <translation>A test message of this version was sent.</translation>
    </message>
    <message>
        <source>No test message was sent since the last change. Send yourself a test and look at it on a phone and a computer first.</source>
        <translation>No test message was sent since the last change. Send yourself a test and look at it on a phone and a computer first.</translation>
    </message>
    <message>
        <source>The audience matches nobody (unsubscribed, bounced and suppressed contacts are left out). Choose another list or change the segment.</source>
        <translation>The audience matches nobody (unsubscribed, bounced and suppressed contacts are left out). Choose another list or change the segment.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s).</source>
        <translation>
            <numerusform>%n recipient.</numerusform>
            <numerusform>%n recipients.</numerusform>
        </translation>
    </message>
    <message>
        <source>One-click unsubscribe (List-Unsubscribe) points to %1.</source>
        <translation>One-click unsubscribe (List-Unsubscribe) points to %1.</translation>
    </message>
    <message>
        <source>The HTML is %1 KB: Gmail cuts off messages over 102 KB, hiding the end (and the unsubscribe link). Shorten the text or use fewer blocks.</source>
        <translation>The HTML is %1 KB: Gmail cuts off messages over 102 KB, hiding the end (and the unsubscribe link). Shorten the text or use fewer blocks.</translation>
    </message>
    <message>
        <source>The HTML is %1 KB.</source>
        <translation>The HTML is %1 KB.</translation>
    </message>
    <message>
        <source>The reserved time %1 is in the past; choose a later time, or send now.</source>
        <translation>The reserved time %1 is in the past; choose a later time, or send now.</translation>
    </message>
    <message>
        <source>Sends at %1.</source>
        <translation>Sends at %1.</translation>
    </message>
    <message>
        <source>The template passed its checks.</source>
        <translation>The template passed its checks.</translation>
    </message>
    <message>
        <source>There is no web address for the unsubscribe link, so the one-click List-Unsubscribe header that Gmail and Yahoo require cannot be added. Set the web address in Settings → General (where tayori-cli serve answers for your recipients).</source>
        <translation>There is no web address for the unsubscribe link, so the one-click List-Unsubscribe header that Gmail and Yahoo require cannot be added. Set the web address in Settings → General (where tayori-cli serve answers for your recipients).</translation>
    </message>
</context>
<context>
    <name>CampaignStateText</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Waiting to retry</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>Database error: %1</source>
        <translation>Database error: %1</translation>
    </message>
    <message>
        <source>Not sent: the address is on the suppression list</source>
        <translation>Not sent: the address is on the suppression list</translation>
    </message>
    <message>
        <source>Not sent: the contact&apos;s status is </source>
        <translation>Not sent: the contact&apos;s status is </translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>There is no campaign %1.</translation>
    </message>
    <message>
        <source>Campaign %1 is being sent by another Tayori (process %2 on %3); wait for it to finish or pause it there.</source>
        <translation>Campaign %1 is being sent by another Tayori (process %2 on %3); wait for it to finish or pause it there.</translation>
    </message>
    <message>
        <source>Campaign %1 was just started by another Tayori.</source>
        <translation>Campaign %1 was just started by another Tayori.</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Campaign %1</translation>
    </message>
    <message>
        <source>Campaign “%1”</source>
        <translation>Campaign “%1”</translation>
    </message>
    <message>
        <source>There is no campaign %1; it may have been deleted.</source>
        <translation>There is no campaign %1; it may have been deleted.</translation>
    </message>
    <message>
        <source>%1 is %2: it cannot be %3.</source>
        <translation>%1 is %2: it cannot be %3.</translation>
    </message>
    <message>
        <source>edited any more (only drafts and scheduled campaigns can be)</source>
        <translation>edited any more (only drafts and scheduled campaigns can be)</translation>
    </message>
    <message>
        <source>%1 is in the past; choose a later time, or send now.</source>
        <translation>%1 is in the past; choose a later time, or send now.</translation>
    </message>
    <message>
        <source>The time</source>
        <translation>The time</translation>
    </message>
    <message>
        <source>scheduled (only a draft or a scheduled campaign can be)</source>
        <translation>scheduled (only a draft or a scheduled campaign can be)</translation>
    </message>
    <message>
        <source>unscheduled (it is not scheduled)</source>
        <translation>unscheduled (it is not scheduled)</translation>
    </message>
    <message>
        <source>given recipients again (it has started already)</source>
        <translation>given recipients again (it has started already)</translation>
    </message>
    <message>
        <source>Campaign %1 has its recipients already; resume it instead.</source>
        <translation>Campaign %1 has its recipients already; resume it instead.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>deleted (only drafts can be; unschedule it first, and keep sent ones for their report)</source>
        <translation>deleted (only drafts can be; unschedule it first, and keep sent ones for their report)</translation>
    </message>
    <message>
        <source>retried now (pause it or let it finish first)</source>
        <translation>retried now (pause it or let it finish first)</translation>
    </message>
    <message>
        <source>Campaign %1 has no failed recipients to retry.</source>
        <translation>Campaign %1 has no failed recipients to retry.</translation>
    </message>
    <message>
        <source>%1 reached every recipient before it was cancelled: there is no one left to send to. Use “Retry failed” for the failed ones.</source>
        <translation>%1 reached every recipient before it was cancelled: there is no one left to send to. Use “Retry failed” for the failed ones.</translation>
    </message>
    <message>
        <source>sent to the rest (only a cancelled campaign can be)</source>
        <translation>sent to the rest (only a cancelled campaign can be)</translation>
    </message>
</context>
<context>
    <name>CampaignWizard</name>
    <message>
        <source>Edit campaign</source>
        <translation>Edit campaign</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <source>Who receives it</source>
        <translation>Who receives it</translation>
    </message>
    <message>
        <source>Pick lists, tags or build a segment. Unsubscribed, bounced and suppressed contacts are always left out.</source>
        <translation>Pick lists, tags or build a segment. Unsubscribed, bounced and suppressed contacts are always left out.</translation>
    </message>
    <message>
        <source>e.g. April newsletter</source>
        <translation>e.g. April newsletter</translation>
    </message>
    <message>
        <source>Campaign &amp;name:</source>
        <translation>Campaign &amp;name:</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Nobody matches these conditions.</source>
        <translation>Nobody matches these conditions.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will receive it.</source>
        <translation>
            <numerusform>%n contact will receive it.</numerusform>
            <numerusform>%n contacts will receive it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Insert field</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>What it says</translation>
    </message>
    <message>
        <source>The template from the library, the subject and the inbox preview line. Merge fields such as {{last_name}} are filled in for each recipient.</source>
        <translation>The template from the library, the subject and the inbox preview line. Merge fields such as {{last_name}} are filled in for each recipient.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>Shown after the subject in most inboxes (optional)</source>
        <translation>Shown after the subject in most inboxes (optional)</translation>
    </message>
    <message>
        <source>&amp;Preheader:</source>
        <translation>&amp;Preheader:</translation>
    </message>
    <message>
        <source>UTF-8 (recommended)</source>
        <translation>UTF-8 (recommended)</translation>
    </message>
    <message>
        <source>ISO-2022-JP (older Japanese mail software)</source>
        <translation>ISO-2022-JP (older Japanese mail software)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>No picture yet: open the template in the designer once.</source>
        <translation>No picture yet: open the template in the designer once.</translation>
    </message>
    <message>
        <source>The library has no template yet: make one in Templates.</source>
        <translation>The library has no template yet: make one in Templates.</translation>
    </message>
    <message>
        <source>Who sends it</source>
        <translation>Who sends it</translation>
    </message>
    <message>
        <source>The From address and the mail server it goes through. Both are set up in Settings.</source>
        <translation>The From address and the mail server it goes through. Both are set up in Settings.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Mail server:</source>
        <translation>Mail server:</translation>
    </message>
    <message>
        <source>https://news.example.jp</source>
        <translation>https://news.example.jp</translation>
    </message>
    <message>
        <source>&amp;Web address for unsubscribe links:</source>
        <translation>&amp;Web address for unsubscribe links:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No mail server is set up: messages are written to the outbox folder %1 and nothing leaves this computer. Add your mail server in Settings → Relays.</source>
        <translation>No mail server is set up: messages are written to the outbox folder %1 and nothing leaves this computer. Add your mail server in Settings → Relays.</translation>
    </message>
    <message>
        <source>When it goes out</source>
        <translation>When it goes out</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Send &amp;now</translation>
    </message>
    <message>
        <source>Send &amp;at:</source>
        <translation>Send &amp;at:</translation>
    </message>
    <message>
        <source>Only send &amp;within these hours</source>
        <translation>Only send &amp;within these hours</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Outside these hours the campaign waits and carries on at the next opening.</source>
        <translation>Outside these hours the campaign waits and carries on at the next opening.</translation>
    </message>
    <message>
        <source>Check and send</source>
        <translation>Check and send</translation>
    </message>
    <message>
        <source>Problems marked with a red sign must be fixed first; warnings ask before sending.</source>
        <translation>Problems marked with a red sign must be fixed first; warnings ask before sending.</translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation>Send &amp;test…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>The campaign could not be saved: %1</source>
        <translation>The campaign could not be saved: %1</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message numerus="yes">
        <source>“%1” goes to %n contact(s) as soon as you click Send now.</source>
        <translation>
            <numerusform>“%1” goes to %n contact as soon as you click Send now.</numerusform>
            <numerusform>“%1” goes to %n contacts as soon as you click Send now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” goes to %n contact(s) on %2.</source>
        <translation>
            <numerusform>“%1” goes to %n contact on %2.</numerusform>
            <numerusform>“%1” goes to %n contacts on %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the campaign a name, so you can find it in the list later.</source>
        <translation>Give the campaign a name, so you can find it in the list later.</translation>
    </message>
    <message>
        <source>The audience is not valid: %1</source>
        <translation>The audience is not valid: %1</translation>
    </message>
    <message>
        <source>The audience is still being counted. Wait a moment, then click Next again.</source>
        <translation>The audience is still being counted. Wait a moment, then click Next again.</translation>
    </message>
    <message>
        <source>This audience matches nobody who may be mailed (unsubscribed, bounced and suppressed contacts are left out). Change the conditions or choose another list or tag.</source>
        <translation>This audience matches nobody who may be mailed (unsubscribed, bounced and suppressed contacts are left out). Change the conditions or choose another list or tag.</translation>
    </message>
    <message>
        <source>There is no template to send. Make one in Templates first, then come back: this campaign is kept as a draft.</source>
        <translation>There is no template to send. Make one in Templates first, then come back: this campaign is kept as a draft.</translation>
    </message>
    <message>
        <source>Write a subject: most mail programs hide or distrust mail without one.</source>
        <translation>Write a subject: most mail programs hide or distrust mail without one.</translation>
    </message>
    <message>
        <source>There is no sender address. Add one in Settings → Sender identities, then come back: this campaign is kept as a draft.</source>
        <translation>There is no sender address. Add one in Settings → Sender identities, then come back: this campaign is kept as a draft.</translation>
    </message>
    <message>
        <source>Tick at least one day for the sending hours, or switch them off.</source>
        <translation>Tick at least one day for the sending hours, or switch them off.</translation>
    </message>
    <message>
        <source>This campaign cannot be sent yet:

%1</source>
        <translation>This campaign cannot be sent yet:

%1</translation>
    </message>
    <message>
        <source>%1

Send it anyway?</source>
        <translation>%1

Send it anyway?</translation>
    </message>
    <message>
        <source>Sending is not available in this window. Schedule the campaign instead.</source>
        <translation>Sending is not available in this window. Schedule the campaign instead.</translation>
    </message>
    <message>
        <source>The campaign could not start: %1</source>
        <translation>The campaign could not start: %1</translation>
    </message>
    <message>
        <source>The campaign could not be scheduled: %1</source>
        <translation>The campaign could not be scheduled: %1</translation>
    </message>
    <message>
        <source>Now, or at a date and time of your choosing (your computer&apos;s time zone). Tayori sends it while the app is open, or through tayori-cli run-due.</source>
        <translation>Now, or at a date and time of your choosing (your computer&apos;s time zone). Tayori sends it while the app is open, or through tayori-cli run-due.</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;New campaign…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Shows the sending progress, the per-recipient log and the report.</source>
        <translation>Shows the sending progress, the per-recipient log and the report.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Scheduled / sent</source>
        <translation>Scheduled / sent</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Step mail</source>
        <translation>Step mail</translation>
    </message>
    <message>
        <source>Everyone who may be mailed</source>
        <translation>Everyone who may be mailed</translation>
    </message>
    <message>
        <source>Duplicate campaign</source>
        <translation>Duplicate campaign</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Delete campaign</translation>
    </message>
    <message>
        <source>Delete the draft “%1”? This cannot be undone.</source>
        <translation>Delete the draft “%1”? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>ChangeSettingsCommand</name>
    <message>
        <source>Change template settings</source>
        <translation>Change template settings</translation>
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
        <translation>Unicode (UTF-16 little-endian)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 big-endian)</source>
        <translation>Unicode (UTF-16 big-endian)</translation>
    </message>
    <message>
        <source>Shift_JIS (Windows/Excel, CP932)</source>
        <translation>Shift_JIS (Windows/Excel, CP932)</translation>
    </message>
    <message>
        <source>EUC-JP (Japanese, Unix)</source>
        <translation>EUC-JP (Japanese, Unix)</translation>
    </message>
    <message>
        <source>ISO-2022-JP (Japanese, JIS)</source>
        <translation>ISO-2022-JP (Japanese, JIS)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Western European)</translation>
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
        <translation>%1 needs a value.</translation>
    </message>
    <message>
        <source>Use either --db or --db-url, not both.</source>
        <translation>Use either --db or --db-url, not both.</translation>
    </message>
    <message>
        <source>No command given. Run tayori-cli --help for the list.</source>
        <translation>No command given. Run tayori-cli --help for the list.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run tayori-cli --help for the list.</source>
        <translation>Unknown command &apos;%1&apos;. Run tayori-cli --help for the list.</translation>
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
        <translation>Usage: tayori-cli [--db PATH | --db-url URL] [--json] COMMAND …

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
</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Family name (姓):</source>
        <translation>&amp;Family name (姓):</translation>
    </message>
    <message>
        <source>&amp;Given name (名):</source>
        <translation>&amp;Given name (名):</translation>
    </message>
    <message>
        <source>F&amp;urigana:</source>
        <translation>F&amp;urigana:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Company:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>separated by ; (e.g. vip; 2026 fair)</source>
        <translation>separated by ; (e.g. vip; 2026 fair)</translation>
    </message>
    <message>
        <source>&amp;Lists:</source>
        <translation>&amp;Lists:</translation>
    </message>
    <message>
        <source>Add to a new list…</source>
        <translation>Add to a new list…</translation>
    </message>
    <message>
        <source>An email address is required.</source>
        <translation>An email address is required.</translation>
    </message>
    <message>
        <source>This address cannot receive mail: %1</source>
        <translation>This address cannot receive mail: %1</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Accepted: %1</translation>
    </message>
    <message>
        <source>Add a custom &amp;field…</source>
        <translation>Add a custom &amp;field…</translation>
    </message>
    <message>
        <source>New custom field</source>
        <translation>New custom field</translation>
    </message>
    <message>
        <source>Name of the field (e.g. 会員ランク, birthday):</source>
        <translation>Name of the field (e.g. 会員ランク, birthday):</translation>
    </message>
</context>
<context>
    <name>ContactExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
</context>
<context>
    <name>ContactImportWriter</name>
    <message>
        <source>The database is busy (another import or the app is writing): try again. %1</source>
        <translation>The database is busy (another import or the app is writing): try again. %1</translation>
    </message>
    <message>
        <source>Cannot prepare the import: %1</source>
        <translation>Cannot prepare the import: %1</translation>
    </message>
    <message>
        <source>Cannot create the tag %1: %2</source>
        <translation>Cannot create the tag %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the list %1: %2</source>
        <translation>Cannot create the list %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the custom field %1: %2</source>
        <translation>Cannot create the custom field %1: %2</translation>
    </message>
    <message>
        <source>kept as %1: an import does not re-subscribe a contact</source>
        <translation>kept as %1: an import does not re-subscribe a contact</translation>
    </message>
    <message>
        <source>Cannot rebuild the index %1: %2. Nothing was imported.</source>
        <translation>Cannot rebuild the index %1: %2. Nothing was imported.</translation>
    </message>
    <message>
        <source>Cannot save the import: %1. Nothing was imported.</source>
        <translation>Cannot save the import: %1. Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>ContactImporter</name>
    <message>
        <source>%1: the mapping names %2 columns but the header has %3.</source>
        <translation>%1: the mapping names %2 columns but the header has %3.</translation>
    </message>
    <message>
        <source>%1 has no email column (headers: %2). Name one column メールアドレス or email, or map it with --map email=COLUMN.</source>
        <translation>%1 has no email column (headers: %2). Name one column メールアドレス or email, or map it with --map email=COLUMN.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 has no header row.</source>
        <translation>%1 has no header row.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>The import was cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>%1, row %2, column %3 (%4): bytes that are not valid %5. Choose the file&apos;s real encoding (--encoding, or the Encoding box in the wizard) or save the file as UTF-8 CSV. Nothing was imported.</source>
        <translation>%1, row %2, column %3 (%4): bytes that are not valid %5. Choose the file&apos;s real encoding (--encoding, or the Encoding box in the wizard) or save the file as UTF-8 CSV. Nothing was imported.</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2: a value probably contains an unquoted &apos;%3&apos;; put that value in double quotes</source>
        <translation>the row has %1 fields but the header has %2: a value probably contains an unquoted &apos;%3&apos;; put that value in double quotes</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;: use one of %2</source>
        <translation>unknown status &apos;%1&apos;: use one of %2</translation>
    </message>
    <message>
        <source>no email address: fill it in or delete the row</source>
        <translation>no email address: fill it in or delete the row</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid address: %2</source>
        <translation>&apos;%1&apos; is not a valid address: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; accepted: %2</source>
        <translation>&apos;%1&apos; accepted: %2</translation>
    </message>
    <message>
        <source>%1 is already a contact; left unchanged</source>
        <translation>%1 is already a contact; left unchanged</translation>
    </message>
    <message>
        <source>same address as row %1; merged into it</source>
        <translation>same address as row %1; merged into it</translation>
    </message>
    <message>
        <source>same address as row %1; skipped</source>
        <translation>same address as row %1; skipped</translation>
    </message>
    <message>
        <source>%1, row %2: the database refused the contact (%3). Nothing was imported.</source>
        <translation>%1, row %2: the database refused the contact (%3). Nothing was imported.</translation>
    </message>
    <message>
        <source>%1 has a header but no rows: add contacts below the header row.</source>
        <translation>%1 has a header but no rows: add contacts below the header row.</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>%1, row %2 (line %3): %4 Nothing was imported.</source>
        <translation>%1, row %2 (line %3): %4 Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>The address &apos;%1&apos; is not valid: %2</source>
        <translation>The address &apos;%1&apos; is not valid: %2</translation>
    </message>
    <message>
        <source>A contact with the address %1 already exists.</source>
        <translation>A contact with the address %1 already exists.</translation>
    </message>
    <message>
        <source>Cannot store the contact %1: %2</source>
        <translation>Cannot store the contact %1: %2</translation>
    </message>
    <message>
        <source>Another contact already has the address %1.</source>
        <translation>Another contact already has the address %1.</translation>
    </message>
    <message>
        <source>The contact %1 no longer exists.</source>
        <translation>The contact %1 no longer exists.</translation>
    </message>
    <message>
        <source>Cannot save the contact %1: %2</source>
        <translation>Cannot save the contact %1: %2</translation>
    </message>
    <message>
        <source>Cannot delete the contacts: %1</source>
        <translation>Cannot delete the contacts: %1</translation>
    </message>
    <message>
        <source>Cannot restore the contact %1: %2</source>
        <translation>Cannot restore the contact %1: %2</translation>
    </message>
    <message>
        <source>Cannot restore the contacts: %1</source>
        <translation>Cannot restore the contacts: %1</translation>
    </message>
    <message>
        <source>Cannot read the contacts: %1</source>
        <translation>Cannot read the contacts: %1</translation>
    </message>
    <message>
        <source>A list needs a name.</source>
        <translation>A list needs a name.</translation>
    </message>
    <message>
        <source>Cannot create the list %1: %2</source>
        <translation>Cannot create the list %1: %2</translation>
    </message>
    <message>
        <source>A custom field needs a name.</source>
        <translation>A custom field needs a name.</translation>
    </message>
    <message>
        <source>Cannot create the custom field %1: %2</source>
        <translation>Cannot create the custom field %1: %2</translation>
    </message>
</context>
<context>
    <name>ContactStatusText</name>
    <message>
        <source>Subscribed</source>
        <translation>Subscribed</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Unsubscribed</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Bounced</translation>
    </message>
    <message>
        <source>Complained</source>
        <translation>Complained</translation>
    </message>
    <message>
        <source>Pending confirmation</source>
        <translation>Pending confirmation</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
</context>
<context>
    <name>ContactsCommand</name>
    <message>
        <source>Only contacts on this list.</source>
        <translation>Only contacts on this list.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Only contacts with this tag.</source>
        <translation>Only contacts with this tag.</translation>
    </message>
    <message>
        <source>Only contacts matching this text.</source>
        <translation>Only contacts matching this text.</translation>
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
        <translation>contacts takes the subcommand count.</translation>
    </message>
    <message>
        <source>contacts count takes no arguments, only options.</source>
        <translation>contacts count takes no arguments, only options.</translation>
    </message>
    <message>
        <source>Only contacts in this segment (EXPR, or @NAME for a saved segment).</source>
        <translation>Only contacts in this segment (EXPR, or @NAME for a saved segment).</translation>
    </message>
    <message>
        <source>There is no saved segment called &quot;%1&quot;, nor any other yet. Save one in the segment builder, or give the segment as an expression.</source>
        <translation>There is no saved segment called &quot;%1&quot;, nor any other yet. Save one in the segment builder, or give the segment as an expression.</translation>
    </message>
    <message>
        <source>There is no saved segment called &quot;%1&quot;. Saved segments: %2.</source>
        <translation>There is no saved segment called &quot;%1&quot;. Saved segments: %2.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>&amp;New contact</source>
        <translation>&amp;New contact</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Search address, name, company, phone…</source>
        <translation>Search address, name, company, phone…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>All contacts</translation>
    </message>
    <message>
        <source>List: %1</source>
        <translation>List: %1</translation>
    </message>
    <message>
        <source>No contacts yet. Drop a CSV file here or use Import… to add your list.</source>
        <translation>No contacts yet. Drop a CSV file here or use Import… to add your list.</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Delete contacts</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Delete %n contact? You can undo this with Ctrl+Z.</numerusform>
            <numerusform>Delete %n contacts? You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Export contacts</translation>
    </message>
    <message>
        <source>contacts.csv</source>
        <translation>contacts.csv</translation>
    </message>
    <message>
        <source>CSV, UTF-8 for Excel (*.csv);;CSV, Shift_JIS for older Excel (*.csv);;CSV, UTF-8 without BOM (*.csv)</source>
        <translation>CSV, UTF-8 for Excel (*.csv);;CSV, Shift_JIS for older Excel (*.csv);;CSV, UTF-8 without BOM (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to %1.</source>
        <translation>
            <numerusform>%n contact written to %1.</numerusform>
            <numerusform>%n contacts written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 character(s) have no Shift_JIS form and were written as &apos;?&apos;. Export as UTF-8 to keep them.</source>
        <translation>%1 character(s) have no Shift_JIS form and were written as &apos;?&apos;. Export as UTF-8 to keep them.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The character encoding &quot;%1&quot; is not supported. Choose another encoding for this file.</source>
        <translation>The character encoding &quot;%1&quot; is not supported. Choose another encoding for this file.</translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation>The file is not open for reading.</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Could not read the file: %1</translation>
    </message>
    <message>
        <source>The record starting on line %1 is longer than %2 characters. A quote (&quot;) is probably not closed; check that line.</source>
        <translation>The record starting on line %1 is longer than %2 characters. A quote (&quot;) is probably not closed; check that line.</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed. Add the missing closing quote (&quot;) in the file and import it again.</source>
        <translation>The quoted field that starts on line %1 is never closed. Add the missing closing quote (&quot;) in the file and import it again.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1 for the database: check its permissions.</source>
        <translation>Cannot create the folder %1 for the database: check its permissions.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>PostgreSQL databases are not supported yet; use an SQLite file (--db PATH or sqlite:///PATH).</source>
        <translation>PostgreSQL databases are not supported yet; use an SQLite file (--db PATH or sqlite:///PATH).</translation>
    </message>
    <message>
        <source>Unknown database URL &apos;%1&apos;: use sqlite:///PATH/TO/FILE.sqlite.</source>
        <translation>Unknown database URL &apos;%1&apos;: use sqlite:///PATH/TO/FILE.sqlite.</translation>
    </message>
    <message>
        <source>Cannot configure the database: %1</source>
        <translation>Cannot configure the database: %1</translation>
    </message>
</context>
<context>
    <name>DeleteContactsCommand</name>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Delete %n contact</numerusform>
            <numerusform>Delete %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryChart</name>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <source>Nothing delivered yet.</source>
        <translation>Nothing delivered yet.</translation>
    </message>
    <message>
        <source>Messages per %1</source>
        <translation>Messages per %1</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>DeliveryEngine</name>
    <message>
        <source>A campaign is already being sent.</source>
        <translation>A campaign is already being sent.</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>There is no campaign %1.</translation>
    </message>
    <message>
        <source>Campaign %1 is %2: there is nothing left to send.</source>
        <translation>Campaign %1 is %2: there is nothing left to send.</translation>
    </message>
    <message>
        <source>No password for %1 on %2: store it in Settings (system keychain) or set TAYORI_SMTP_PASSWORD. %3</source>
        <translation>No password for %1 on %2: store it in Settings (system keychain) or set TAYORI_SMTP_PASSWORD. %3</translation>
    </message>
</context>
<context>
    <name>DeliveryLedger</name>
    <message>
        <source>Not sent: the address was put on the suppression list after the campaign was made</source>
        <translation>Not sent: the address was put on the suppression list after the campaign was made</translation>
    </message>
    <message>
        <source>Not sent: since the campaign was made, the contact&apos;s status became </source>
        <translation>Not sent: since the campaign was made, the contact&apos;s status became </translation>
    </message>
</context>
<context>
    <name>DeliveryLogModel</name>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>SMTP code</source>
        <translation>SMTP code</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>Server reply</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Bounced</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
</context>
<context>
    <name>DeliveryWorker</name>
    <message>
        <source>Could not record the delivery state: %1</source>
        <translation>Could not record the delivery state: %1</translation>
    </message>
    <message>
        <source>The mail server %1 cannot be reached: %2</source>
        <translation>The mail server %1 cannot be reached: %2</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempts; last reply: %1</source>
        <translation>
            <numerusform>Gave up after %n attempt; last reply: %1</numerusform>
            <numerusform>Gave up after %n attempts; last reply: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesignerCanvas</name>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Link address (https://…):</source>
        <translation>Link address (https://…):</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Text colour</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <source>Drag to move this block</source>
        <translation>Drag to move this block</translation>
    </message>
</context>
<context>
    <name>DesignerWindow</name>
    <message>
        <source>%1 — Template designer</source>
        <translation>%1 — Template designer</translation>
    </message>
    <message>
        <source>Checks before sending:</source>
        <translation>Checks before sending:</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Template settings</source>
        <translation>Template settings</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Changes are saved automatically; this saves at once.</source>
        <translation>Changes are saved automatically; this saves at once.</translation>
    </message>
    <message>
        <source>HTML too large</source>
        <translation>HTML too large</translation>
    </message>
    <message>
        <source>This HTML is %1 KB; a mail can hold at most %2 KB (Gmail cuts longer mail off). Nothing was changed: shorten the HTML and apply it again.</source>
        <translation>This HTML is %1 KB; a mail can hold at most %2 KB (Gmail cuts longer mail off). Nothing was changed: shorten the HTML and apply it again.</translation>
    </message>
    <message>
        <source>Unsafe content removed</source>
        <translation>Unsafe content removed</translation>
    </message>
    <message>
        <source>This was removed from the HTML, because mail programs block it or it could harm readers:
• %1</source>
        <translation>This was removed from the HTML, because mail programs block it or it could harm readers:
• %1</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Choose an image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Image too large</source>
        <translation>Image too large</translation>
    </message>
    <message>
        <source>%1 is %2 MB; images can be at most %3 MB. Nothing was changed: make the image smaller in an image editor and add it again.</source>
        <translation>%1 is %2 MB; images can be at most %3 MB. Nothing was changed: make the image smaller in an image editor and add it again.</translation>
    </message>
    <message>
        <source>Image not added</source>
        <translation>Image not added</translation>
    </message>
    <message>
        <source>%1 could not be read: %2. Nothing was changed.</source>
        <translation>%1 could not be read: %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>Set image</source>
        <translation>Set image</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Template not saved</translation>
    </message>
    <message>
        <source>The last changes could not be saved: %1
Close anyway and lose them?</source>
        <translation>The last changes could not be saved: %1
Close anyway and lose them?</translation>
    </message>
    <message>
        <source>Adding the image %1…</source>
        <translation>Adding the image %1…</translation>
    </message>
</context>
<context>
    <name>DkimCommand</name>
    <message>
        <source>The signing domain (d=), the sender&apos;s domain.</source>
        <translation>The signing domain (d=), the sender&apos;s domain.</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>The selector (s=).</source>
        <translation>The selector (s=).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>dkim takes the subcommand keygen or test.</source>
        <translation>dkim takes the subcommand keygen or test.</translation>
    </message>
    <message>
        <source>rsa (the default) or ed25519.</source>
        <translation>rsa (the default) or ed25519.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>RSA key size (default 2048).</source>
        <translation>RSA key size (default 2048).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Where to write the private key (a new file).</source>
        <translation>Where to write the private key (a new file).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>dkim keygen takes no arguments, only options.</source>
        <translation>dkim keygen takes no arguments, only options.</translation>
    </message>
    <message>
        <source>dkim keygen needs --domain, --selector and --out.</source>
        <translation>dkim keygen needs --domain, --selector and --out.</translation>
    </message>
    <message>
        <source>--type takes rsa or ed25519.</source>
        <translation>--type takes rsa or ed25519.</translation>
    </message>
    <message>
        <source>--bits takes a number, e.g. 2048.</source>
        <translation>--bits takes a number, e.g. 2048.</translation>
    </message>
    <message>
        <source>RSA %1-bit</source>
        <translation>RSA %1-bit</translation>
    </message>
    <message>
        <source>%1 DKIM key written to %2 (readable by you only).
Publish this TXT record in DNS:
  Name:  %3
  Value: %4
In a zone file (strings of at most 255 characters):
  %3. IN TXT ( %5 )
</source>
        <translation>%1 DKIM key written to %2 (readable by you only).
Publish this TXT record in DNS:
  Name:  %3
  Value: %4
In a zone file (strings of at most 255 characters):
  %3. IN TXT ( %5 )
</translation>
    </message>
    <message>
        <source>The private key (PEM).</source>
        <translation>The private key (PEM).</translation>
    </message>
    <message>
        <source>Verify against the key published in DNS instead of the local public key.</source>
        <translation>Verify against the key published in DNS instead of the local public key.</translation>
    </message>
    <message>
        <source>dkim test takes no arguments, only options.</source>
        <translation>dkim test takes no arguments, only options.</translation>
    </message>
    <message>
        <source>dkim test needs --key, --domain and --selector.</source>
        <translation>dkim test needs --key, --domain and --selector.</translation>
    </message>
    <message>
        <source>DKIM self-test passed: a probe signed with %1 verifies against the key published at %2.
</source>
        <translation>DKIM self-test passed: a probe signed with %1 verifies against the key published at %2.
</translation>
    </message>
    <message>
        <source>DKIM self-test passed: a probe signed with %1 verifies against its public key (DNS not checked; add --dns to check %2).
</source>
        <translation>DKIM self-test passed: a probe signed with %1 verifies against its public key (DNS not checked; add --dns to check %2).
</translation>
    </message>
</context>
<context>
    <name>DkimKey</name>
    <message>
        <source>This is not a PEM private key (no &quot;-----BEGIN&quot; line): use the PEM file of the DKIM private key.</source>
        <translation>This is not a PEM private key (no &quot;-----BEGIN&quot; line): use the PEM file of the DKIM private key.</translation>
    </message>
    <message>
        <source>This is a public key; signing needs the private key of the pair.</source>
        <translation>This is a public key; signing needs the private key of the pair.</translation>
    </message>
    <message>
        <source>This is a certificate, not a private key: use the DKIM private key file.</source>
        <translation>This is a certificate, not a private key: use the DKIM private key file.</translation>
    </message>
    <message>
        <source>This private key is encrypted with a passphrase; remove the passphrase (openssl pkey -in KEY -out PLAIN.pem) and use the plain key.</source>
        <translation>This private key is encrypted with a passphrase; remove the passphrase (openssl pkey -in KEY -out PLAIN.pem) and use the plain key.</translation>
    </message>
    <message>
        <source>The private key could not be read (damaged or not a PEM private key); export it again as PEM.</source>
        <translation>The private key could not be read (damaged or not a PEM private key); export it again as PEM.</translation>
    </message>
    <message>
        <source>This RSA key has %1 bits; receivers reject DKIM keys under 1024 bits. Generate a 2048-bit key.</source>
        <translation>This RSA key has %1 bits; receivers reject DKIM keys under 1024 bits. Generate a 2048-bit key.</translation>
    </message>
    <message>
        <source>This is a %1 key; DKIM signs with RSA or Ed25519 keys. Generate one of those.</source>
        <translation>This is a %1 key; DKIM signs with RSA or Ed25519 keys. Generate one of those.</translation>
    </message>
    <message>
        <source>Cannot read the DKIM key file %1: %2.</source>
        <translation>Cannot read the DKIM key file %1: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to be a DKIM key file; choose the PEM file of the key.</source>
        <translation>%1 is too large to be a DKIM key file; choose the PEM file of the key.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>An RSA key for DKIM needs 1024 to 8192 bits (2048 is recommended), not %1.</source>
        <translation>An RSA key for DKIM needs 1024 to 8192 bits (2048 is recommended), not %1.</translation>
    </message>
    <message>
        <source>OpenSSL could not generate the key; check the OpenSSL installation.</source>
        <translation>OpenSSL could not generate the key; check the OpenSSL installation.</translation>
    </message>
    <message>
        <source>%1 already exists; a key file is never overwritten. Choose another file name or remove the old file.</source>
        <translation>%1 already exists; a key file is never overwritten. Choose another file name or remove the old file.</translation>
    </message>
    <message>
        <source>OpenSSL could not write the private key; check the OpenSSL installation.</source>
        <translation>OpenSSL could not write the private key; check the OpenSSL installation.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>Cannot create %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
</context>
<context>
    <name>DkimKeyDialog</name>
    <message>
        <source>Import DKIM key</source>
        <translation>Import DKIM key</translation>
    </message>
    <message>
        <source>Generate DKIM key</source>
        <translation>Generate DKIM key</translation>
    </message>
    <message>
        <source>RSA 2048-bit (recommended: every receiver verifies it)</source>
        <translation>RSA 2048-bit (recommended: every receiver verifies it)</translation>
    </message>
    <message>
        <source>Ed25519 (short; add it beside an RSA key, not instead)</source>
        <translation>Ed25519 (short; add it beside an RSA key, not instead)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>&amp;Selector:</source>
        <translation>&amp;Selector:</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Key file:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>The domain is the one in your From address. The selector names this key in DNS; a new selector each year makes changing keys painless.</source>
        <translation>The domain is the one in your From address. The selector names this key in DNS; a new selector each year makes changing keys painless.</translation>
    </message>
    <message>
        <source>Generating the key…</source>
        <translation>Generating the key…</translation>
    </message>
</context>
<context>
    <name>DkimKeyStore</name>
    <message>
        <source>&apos;%1&apos; is not a domain name; type the domain of your From address, such as example.co.jp.</source>
        <translation>&apos;%1&apos; is not a domain name; type the domain of your From address, such as example.co.jp.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid selector; use letters, digits and hyphens, such as tayori2026.</source>
        <translation>&apos;%1&apos; is not a valid selector; use letters, digits and hyphens, such as tayori2026.</translation>
    </message>
    <message>
        <source>There is already a key for %1 with the selector %2; choose another selector or remove the old key first.</source>
        <translation>There is already a key for %1 with the selector %2; choose another selector or remove the old key first.</translation>
    </message>
    <message>
        <source>Cannot create the key folder %1; check that you may write there.</source>
        <translation>Cannot create the key folder %1; check that you may write there.</translation>
    </message>
    <message>
        <source>The key file %1 already exists; move it away or choose another selector.</source>
        <translation>The key file %1 already exists; move it away or choose another selector.</translation>
    </message>
    <message>
        <source>That DKIM key no longer exists; reopen the settings.</source>
        <translation>That DKIM key no longer exists; reopen the settings.</translation>
    </message>
    <message>
        <source>The key was removed from the list, but its file %1 could not be deleted; delete it by hand.</source>
        <translation>The key was removed from the list, but its file %1 could not be deleted; delete it by hand.</translation>
    </message>
</context>
<context>
    <name>DkimKeysSection</name>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;Generate…</translation>
    </message>
    <message>
        <source>&amp;Import PEM…</source>
        <translation>&amp;Import PEM…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Selector</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>DNS name (TXT):</source>
        <translation>DNS name (TXT):</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Record:</translation>
    </message>
    <message>
        <source>Publish this TXT record at your DNS provider before sending with the key; receivers look it up to check the signature.</source>
        <translation>Publish this TXT record at your DNS provider before sending with the key; receivers look it up to check the signature.</translation>
    </message>
    <message>
        <source>Import DKIM private key</source>
        <translation>Import DKIM private key</translation>
    </message>
    <message>
        <source>PEM private keys (*.pem *.key);;All files (*)</source>
        <translation>PEM private keys (*.pem *.key);;All files (*)</translation>
    </message>
    <message>
        <source>Remove DKIM key</source>
        <translation>Remove DKIM key</translation>
    </message>
    <message>
        <source>Remove the key %1 and delete its private key file? Mail signed with it stays valid only while its TXT record stays in DNS.</source>
        <translation>Remove the key %1 and delete its private key file? Mail signed with it stays valid only while its TXT record stays in DNS.</translation>
    </message>
</context>
<context>
    <name>DkimSelfTest</name>
    <message>
        <source>DKIM self-test passed against the key published at %1.</source>
        <translation>DKIM self-test passed against the key published at %1.</translation>
    </message>
    <message>
        <source>DKIM self-test failed against the key published at %1 (%2). Publish the TXT record shown for this key in Settings, or choose the key that matches it.</source>
        <translation>DKIM self-test failed against the key published at %1 (%2). Publish the TXT record shown for this key in Settings, or choose the key that matches it.</translation>
    </message>
    <message>
        <source>DKIM self-test failed: a probe signed with this key does not verify (%1).</source>
        <translation>DKIM self-test failed: a probe signed with this key does not verify (%1).</translation>
    </message>
    <message>
        <source>DKIM self-test passed against the key&apos;s own public key.</source>
        <translation>DKIM self-test passed against the key&apos;s own public key.</translation>
    </message>
    <message>
        <source>No DKIM key is published at %1 yet (or DNS cannot be reached): receivers cannot verify the signatures until the TXT record is published.</source>
        <translation>No DKIM key is published at %1 yet (or DNS cannot be reached): receivers cannot verify the signatures until the TXT record is published.</translation>
    </message>
</context>
<context>
    <name>DkimSigner</name>
    <message>
        <source>Enter the DKIM signing domain (d=), e.g. example.co.jp.</source>
        <translation>Enter the DKIM signing domain (d=), e.g. example.co.jp.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain name for the DKIM signature (d=); use the domain of the sender&apos;s address, e.g. example.co.jp.</source>
        <translation>&apos;%1&apos; is not a valid domain name for the DKIM signature (d=); use the domain of the sender&apos;s address, e.g. example.co.jp.</translation>
    </message>
    <message>
        <source>Enter a DKIM selector (s=), e.g. tayori2026.</source>
        <translation>Enter a DKIM selector (s=), e.g. tayori2026.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid DKIM selector; use letters, digits and hyphens (no spaces or underscores), e.g. tayori2026.</source>
        <translation>&apos;%1&apos; is not a valid DKIM selector; use letters, digits and hyphens (no spaces or underscores), e.g. tayori2026.</translation>
    </message>
    <message>
        <source>DKIM signing needs a private key: generate one (tayori-cli dkim keygen) or import a PEM file.</source>
        <translation>DKIM signing needs a private key: generate one (tayori-cli dkim keygen) or import a PEM file.</translation>
    </message>
    <message>
        <source>The sender&apos;s address has no valid domain (&apos;%1&apos;), so the DKIM domain cannot be checked against it; correct the sender&apos;s address.</source>
        <translation>The sender&apos;s address has no valid domain (&apos;%1&apos;), so the DKIM domain cannot be checked against it; correct the sender&apos;s address.</translation>
    </message>
    <message>
        <source>The DKIM domain %1 does not match the sender&apos;s domain %2; DMARC needs them aligned. Use a key for %2 or allow a third-party signature.</source>
        <translation>The DKIM domain %1 does not match the sender&apos;s domain %2; DMARC needs them aligned. Use a key for %2 or allow a third-party signature.</translation>
    </message>
    <message>
        <source>Two DKIM keys cannot share the selector %1: one DNS name publishes one key. Give each key its own selector.</source>
        <translation>Two DKIM keys cannot share the selector %1: one DNS name publishes one key. Give each key its own selector.</translation>
    </message>
    <message>
        <source>The message to sign has a malformed header (a line without a colon or a bare line feed); this is a bug in the message builder, please report it.</source>
        <translation>The message to sign has a malformed header (a line without a colon or a bare line feed); this is a bug in the message builder, please report it.</translation>
    </message>
    <message>
        <source>The message to sign has a line ending without CR; messages must use CRLF line ends. This is a bug in the message builder, please report it.</source>
        <translation>The message to sign has a line ending without CR; messages must use CRLF line ends. This is a bug in the message builder, please report it.</translation>
    </message>
    <message>
        <source>OpenSSL could not hash the message; check the OpenSSL installation.</source>
        <translation>OpenSSL could not hash the message; check the OpenSSL installation.</translation>
    </message>
    <message>
        <source>The message to sign has no From header; DKIM signs the author&apos;s address, so add one.</source>
        <translation>The message to sign has no From header; DKIM signs the author&apos;s address, so add one.</translation>
    </message>
    <message>
        <source>OpenSSL could not make the DKIM signature with the %1 key; check the key and the OpenSSL installation.</source>
        <translation>OpenSSL could not make the DKIM signature with the %1 key; check the key and the OpenSSL installation.</translation>
    </message>
</context>
<context>
    <name>DkimVerifier</name>
    <message>
        <source>libopendkim could not start; check the opendkim library installation.</source>
        <translation>libopendkim could not start; check the opendkim library installation.</translation>
    </message>
    <message>
        <source>libopendkim could not start a verification (%1).</source>
        <translation>libopendkim could not start a verification (%1).</translation>
    </message>
    <message>
        <source>The message has no DKIM signature.</source>
        <translation>The message has no DKIM signature.</translation>
    </message>
    <message>
        <source>libopendkim could not read the message: %1.</source>
        <translation>libopendkim could not read the message: %1.</translation>
    </message>
    <message>
        <source>%1: not checked (this libopendkim has no Ed25519)</source>
        <translation>%1: not checked (this libopendkim has no Ed25519)</translation>
    </message>
    <message>
        <source>%1: pass</source>
        <translation>%1: pass</translation>
    </message>
    <message>
        <source>body hash mismatch (the body changed after signing)</source>
        <translation>body hash mismatch (the body changed after signing)</translation>
    </message>
    <message>
        <source>signature mismatch</source>
        <translation>signature mismatch</translation>
    </message>
    <message>
        <source>not processed</source>
        <translation>not processed</translation>
    </message>
    <message>
        <source>%1: fail (%2)</source>
        <translation>%1: fail (%2)</translation>
    </message>
</context>
<context>
    <name>DuplicateBlockCommand</name>
    <message>
        <source>Duplicate block</source>
        <translation>Duplicate block</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>a space</source>
        <translation>a space</translation>
    </message>
    <message>
        <source>an invisible control character</source>
        <translation>an invisible control character</translation>
    </message>
    <message>
        <source>The quoted part before &apos;@&apos; is empty. Enter the name of the mailbox between the quotes.</source>
        <translation>The quoted part before &apos;@&apos; is empty. Enter the name of the mailbox between the quotes.</translation>
    </message>
    <message>
        <source>A backslash in the quoted part before &apos;@&apos; is not followed by a printable character. Remove the backslash or the character after it.</source>
        <translation>A backslash in the quoted part before &apos;@&apos; is not followed by a printable character. Remove the backslash or the character after it.</translation>
    </message>
    <message>
        <source>The quoted part before &apos;@&apos; contains %1, which is not allowed. Remove it.</source>
        <translation>The quoted part before &apos;@&apos; contains %1, which is not allowed. Remove it.</translation>
    </message>
    <message>
        <source>Nothing comes before &apos;@&apos;. Enter the whole address, such as name@example.com.</source>
        <translation>Nothing comes before &apos;@&apos;. Enter the whole address, such as name@example.com.</translation>
    </message>
    <message>
        <source>The local part (before &apos;@&apos;) contains %1, which is not allowed there. Remove it, or check that the cell holds only one address.</source>
        <translation>The local part (before &apos;@&apos;) contains %1, which is not allowed there. Remove it, or check that the cell holds only one address.</translation>
    </message>
    <message>
        <source>The domain &apos;%1&apos; opens a &apos;[&apos; but does not close it. Add the &apos;]&apos;.</source>
        <translation>The domain &apos;%1&apos; opens a &apos;[&apos; but does not close it. Add the &apos;]&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IP address literal. Write it as [192.0.2.1] or [IPv6:2001:db8::1].</source>
        <translation>&apos;%1&apos; is not a valid IP address literal. Write it as [192.0.2.1] or [IPv6:2001:db8::1].</translation>
    </message>
    <message>
        <source>Nothing comes after &apos;@&apos;. Add the domain, such as example.com.</source>
        <translation>Nothing comes after &apos;@&apos;. Add the domain, such as example.com.</translation>
    </message>
    <message>
        <source>The domain &apos;%1&apos; contains %2, which is not allowed in domain names. Remove it.</source>
        <translation>The domain &apos;%1&apos; contains %2, which is not allowed in domain names. Remove it.</translation>
    </message>
    <message>
        <source>The domain &apos;%1&apos; starts with a dot. Remove the dot after &apos;@&apos;.</source>
        <translation>The domain &apos;%1&apos; starts with a dot. Remove the dot after &apos;@&apos;.</translation>
    </message>
    <message>
        <source>The domain &apos;%1&apos; ends with a dot. Remove the last dot.</source>
        <translation>The domain &apos;%1&apos; ends with a dot. Remove the last dot.</translation>
    </message>
    <message>
        <source>The domain &apos;%1&apos; has two consecutive dots. Remove one of them.</source>
        <translation>The domain &apos;%1&apos; has two consecutive dots. Remove one of them.</translation>
    </message>
    <message>
        <source>The domain part &apos;%1&apos; has no dot. Use the full domain, such as example.com or example.co.jp.</source>
        <translation>The domain part &apos;%1&apos; has no dot. Use the full domain, such as example.com or example.co.jp.</translation>
    </message>
    <message>
        <source>The domain label &apos;%1&apos; starts or ends with a hyphen, which is not allowed. Check the domain.</source>
        <translation>The domain label &apos;%1&apos; starts or ends with a hyphen, which is not allowed. Check the domain.</translation>
    </message>
    <message>
        <source>The domain &apos;%1&apos; is an IP address. Write it in square brackets, such as [%1].</source>
        <translation>The domain &apos;%1&apos; is an IP address. Write it in square brackets, such as [%1].</translation>
    </message>
    <message>
        <source>The domain &apos;%1&apos; ends in &apos;%2&apos;, which is all digits; no such domain exists. Check the end of the domain.</source>
        <translation>The domain &apos;%1&apos; ends in &apos;%2&apos;, which is all digits; no such domain exists. Check the end of the domain.</translation>
    </message>
    <message>
        <source>The domain label &apos;%1&apos; is longer than %2 characters. Check the domain.</source>
        <translation>The domain label &apos;%1&apos; is longer than %2 characters. Check the domain.</translation>
    </message>
    <message>
        <source>The domain label &apos;%1&apos; is not a valid international domain name, or is longer than %2 characters once encoded for mail. Check the domain.</source>
        <translation>The domain label &apos;%1&apos; is not a valid international domain name, or is longer than %2 characters once encoded for mail. Check the domain.</translation>
    </message>
    <message>
        <source>The domain &apos;%1&apos; is not a valid international domain name. Check its spelling.</source>
        <translation>The domain &apos;%1&apos; is not a valid international domain name. Check its spelling.</translation>
    </message>
    <message>
        <source>a dot at the start of the local part</source>
        <translation>a dot at the start of the local part</translation>
    </message>
    <message>
        <source>two consecutive dots in the local part</source>
        <translation>two consecutive dots in the local part</translation>
    </message>
    <message>
        <source>a dot just before &apos;@&apos;</source>
        <translation>a dot just before &apos;@&apos;</translation>
    </message>
    <message>
        <source>The local part (before &apos;@&apos;) starts with a dot. Remove the dot.</source>
        <translation>The local part (before &apos;@&apos;) starts with a dot. Remove the dot.</translation>
    </message>
    <message>
        <source>Two consecutive dots in the local part (before &apos;@&apos;). Remove one of them.</source>
        <translation>Two consecutive dots in the local part (before &apos;@&apos;). Remove one of them.</translation>
    </message>
    <message>
        <source>The local part ends with a dot just before &apos;@&apos;. Remove the dot.</source>
        <translation>The local part ends with a dot just before &apos;@&apos;. Remove the dot.</translation>
    </message>
    <message>
        <source>The email address is empty. Enter an address such as name@example.com.</source>
        <translation>The email address is empty. Enter an address such as name@example.com.</translation>
    </message>
    <message>
        <source>The address starts with &apos;mailto:&apos;. Remove &apos;mailto:&apos; and keep only the address.</source>
        <translation>The address starts with &apos;mailto:&apos;. Remove &apos;mailto:&apos; and keep only the address.</translation>
    </message>
    <message>
        <source>The quote at the start of the address is never closed. Add the closing &apos;&quot;&apos;.</source>
        <translation>The quote at the start of the address is never closed. Add the closing &apos;&quot;&apos;.</translation>
    </message>
    <message>
        <source>The address is missing &apos;@&apos;. Enter it as name@example.com.</source>
        <translation>The address is missing &apos;@&apos;. Enter it as name@example.com.</translation>
    </message>
    <message>
        <source>Something comes between the closing quote and &apos;@&apos;. Put the whole part before &apos;@&apos; inside the quotes.</source>
        <translation>Something comes between the closing quote and &apos;@&apos;. Put the whole part before &apos;@&apos; inside the quotes.</translation>
    </message>
    <message>
        <source>The address contains more than one &apos;@&apos;. Check the address for a typo.</source>
        <translation>The address contains more than one &apos;@&apos;. Check the address for a typo.</translation>
    </message>
    <message>
        <source>The cell contains more than the address (a name or angle brackets). Keep only the address, such as name@example.com.</source>
        <translation>The cell contains more than the address (a name or angle brackets). Keep only the address, such as name@example.com.</translation>
    </message>
    <message>
        <source>The cell seems to contain more than one address. Put one address per row.</source>
        <translation>The cell seems to contain more than one address. Put one address per row.</translation>
    </message>
    <message>
        <source>This address has %1, which the email standard does not allow. Old Japanese mobile addresses (%2) look like this, so it was accepted, but some mail servers may refuse it.</source>
        <translation>This address has %1, which the email standard does not allow. Old Japanese mobile addresses (%2) look like this, so it was accepted, but some mail servers may refuse it.</translation>
    </message>
    <message>
        <source>The local part (before &apos;@&apos;) is %1 bytes long; at most %2 are allowed. Check the address.</source>
        <translation>The local part (before &apos;@&apos;) is %1 bytes long; at most %2 are allowed. Check the address.</translation>
    </message>
    <message>
        <source>The address is %1 bytes long; at most %2 are allowed. Check the address.</source>
        <translation>The address is %1 bytes long; at most %2 are allowed. Check the address.</translation>
    </message>
    <message>
        <source>Full-width characters were converted to half-width (%1). Check that the address is right.</source>
        <translation>Full-width characters were converted to half-width (%1). Check that the address is right.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>utf-8, utf-8-bom (the default, for Excel) or shift_jis.</source>
        <translation>utf-8, utf-8-bom (the default, for Excel) or shift_jis.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Do not prefix cells starting with = + - @.</source>
        <translation>Do not prefix cells starting with = + - @.</translation>
    </message>
    <message>
        <source>export takes exactly one FILE.</source>
        <translation>export takes exactly one FILE.</translation>
    </message>
    <message>
        <source>--encoding takes utf-8, utf-8-bom or shift_jis.</source>
        <translation>--encoding takes utf-8, utf-8-bom or shift_jis.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to %1.
</source>
        <translation>
            <numerusform>%n contact written to %1.
</numerusform>
            <numerusform>%n contacts written to %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 character(s) have no Shift_JIS form and were written as &apos;?&apos;: export as UTF-8 to keep them.
</source>
        <translation>%1 character(s) have no Shift_JIS form and were written as &apos;?&apos;: export as UTF-8 to keep them.
</translation>
    </message>
</context>
<context>
    <name>HeaderMapper</name>
    <message>
        <source>Don&apos;t import</source>
        <translation>Don&apos;t import</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Furigana (name reading)</source>
        <translation>Furigana (name reading)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lists</translation>
    </message>
    <message>
        <source>Subscription status</source>
        <translation>Subscription status</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Custom field</translation>
    </message>
</context>
<context>
    <name>HtmlSanitizer</name>
    <message>
        <source>a style sheet with scripting (expression(), javascript:, behavior)</source>
        <translation>a style sheet with scripting (expression(), javascript:, behavior)</translation>
    </message>
    <message>
        <source>a &lt;%1&gt; element</source>
        <translation>a &lt;%1&gt; element</translation>
    </message>
    <message>
        <source>a form</source>
        <translation>a form</translation>
    </message>
    <message>
        <source>a &lt;meta http-equiv=&quot;%1&quot;&gt;</source>
        <translation>a &lt;meta http-equiv=&quot;%1&quot;&gt;</translation>
    </message>
    <message>
        <source>a &lt;link&gt; that is not an https style sheet</source>
        <translation>a &lt;link&gt; that is not an https style sheet</translation>
    </message>
    <message>
        <source>an event handler (%1)</source>
        <translation>an event handler (%1)</translation>
    </message>
    <message>
        <source>a merge field between a tag&apos;s attributes</source>
        <translation>a merge field between a tag&apos;s attributes</translation>
    </message>
    <message>
        <source>a “%1” attribute</source>
        <translation>a “%1” attribute</translation>
    </message>
    <message>
        <source>a style with scripting (expression(), javascript:, behavior)</source>
        <translation>a style with scripting (expression(), javascript:, behavior)</translation>
    </message>
    <message>
        <source>an unsafe link (%1)</source>
        <translation>an unsafe link (%1)</translation>
    </message>
</context>
<context>
    <name>IdentitiesSection</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation>Make &amp;default</translation>
    </message>
    <message>
        <source>The From address of your newsletters. Receivers trust it when its domain has a DKIM key (see DKIM keys) and an SPF record that names your mail server.</source>
        <translation>The From address of your newsletters. Receivers trust it when its domain has a DKIM key (see DKIM keys) and an SPF record that names your mail server.</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(default)</translation>
    </message>
    <message>
        <source>Remove sender</source>
        <translation>Remove sender</translation>
    </message>
    <message>
        <source>Remove the sender %1?</source>
        <translation>Remove the sender %1?</translation>
    </message>
    <message>
        <source>Default sender</source>
        <translation>Default sender</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Add sender</source>
        <translation>Add sender</translation>
    </message>
    <message>
        <source>Edit sender</source>
        <translation>Edit sender</translation>
    </message>
    <message>
        <source>e.g. Tayori Shop</source>
        <translation>e.g. Tayori Shop</translation>
    </message>
    <message>
        <source>Empty: replies go to the sender address</source>
        <translation>Empty: replies go to the sender address</translation>
    </message>
    <message>
        <source>Empty: the sender address&apos;s domain</source>
        <translation>Empty: the sender address&apos;s domain</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Reply-to:</source>
        <translation>&amp;Reply-to:</translation>
    </message>
    <message>
        <source>&amp;Bounce domain:</source>
        <translation>&amp;Bounce domain:</translation>
    </message>
    <message>
        <source>Bounces come back to bounce+…@ this domain, so each one names its recipient; its mail must reach the address Tayori reads bounces from.</source>
        <translation>Bounces come back to bounce+…@ this domain, so each one names its recipient; its mail must reach the address Tayori reads bounces from.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>--map takes FIELD=COLUMN (e.g. --map email=メールアドレス), not &apos;%1&apos;.</source>
        <translation>--map takes FIELD=COLUMN (e.g. --map email=メールアドレス), not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--map %1: the file has no column &apos;%2&apos; (columns: %3).</source>
        <translation>--map %1: the file has no column &apos;%2&apos; (columns: %3).</translation>
    </message>
    <message>
        <source>Add every contact to this list.</source>
        <translation>Add every contact to this list.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The file&apos;s encoding.</source>
        <translation>The file&apos;s encoding.</translation>
    </message>
    <message>
        <source>The field delimiter.</source>
        <translation>The field delimiter.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Map a column to a field.</source>
        <translation>Map a column to a field.</translation>
    </message>
    <message>
        <source>FIELD=COLUMN</source>
        <translation>FIELD=COLUMN</translation>
    </message>
    <message>
        <source>Tag every contact.</source>
        <translation>Tag every contact.</translation>
    </message>
    <message>
        <source>What to do with addresses already stored.</source>
        <translation>What to do with addresses already stored.</translation>
    </message>
    <message>
        <source>update|skip</source>
        <translation>update|skip</translation>
    </message>
    <message>
        <source>Check the file and count, write nothing.</source>
        <translation>Check the file and count, write nothing.</translation>
    </message>
    <message>
        <source>Save the row errors as CSV.</source>
        <translation>Save the row errors as CSV.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>The CSV file.</translation>
    </message>
    <message>
        <source>import takes exactly one FILE.</source>
        <translation>import takes exactly one FILE.</translation>
    </message>
    <message>
        <source>--on-duplicate takes update or skip.</source>
        <translation>--on-duplicate takes update or skip.</translation>
    </message>
    <message>
        <source>--delimiter takes one character, tab or auto.</source>
        <translation>--delimiter takes one character, tab or auto.</translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1 rows, %2 new, %3 updated, %4 duplicates, %5 invalid.
</source>
        <translation>Dry run, nothing written: %1 rows, %2 new, %3 updated, %4 duplicates, %5 invalid.
</translation>
    </message>
    <message>
        <source>%1 rows: %2 imported, %3 updated, %4 duplicates, %5 invalid.
</source>
        <translation>%1 rows: %2 imported, %3 updated, %4 duplicates, %5 invalid.
</translation>
    </message>
    <message>
        <source>  row %1, %2: error: %3
</source>
        <translation>  row %1, %2: error: %3
</translation>
    </message>
    <message>
        <source>  row %1, %2: warning: %3
</source>
        <translation>  row %1, %2: warning: %3
</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>whole row</translation>
    </message>
    <message>
        <source>  … and %1 more; --report FILE.csv saves them all.
</source>
        <translation>  … and %1 more; --report FILE.csv saves them all.
</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>Check that the first rows read correctly. If the Japanese looks garbled, pick another encoding.</source>
        <translation>Check that the first rows read correctly. If the Japanese looks garbled, pick another encoding.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Comma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semicolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Vertical bar (|)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimiter:</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV and text files (*.csv *.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
        <source>Drop a CSV file on the window or choose one with Browse…</source>
        <translation>Drop a CSV file on the window or choose one with Browse…</translation>
    </message>
    <message>
        <source>Detected encoding: %1.</source>
        <translation>Detected encoding: %1.</translation>
    </message>
    <message>
        <source>Encoding: %1.</source>
        <translation>Encoding: %1.</translation>
    </message>
    <message>
        <source>%1 columns, file size %2.</source>
        <translation>%1 columns, file size %2.</translation>
    </message>
    <message>
        <source>Some bytes are not valid in this encoding (shown as �): choose the right encoding above.</source>
        <translation>Some bytes are not valid in this encoding (shown as �): choose the right encoding above.</translation>
    </message>
    <message>
        <source>No email column was recognised: choose it on the next page.</source>
        <translation>No email column was recognised: choose it on the next page.</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <source>Choose what each column holds. Columns that match no field can be kept as custom fields.</source>
        <translation>Choose what each column holds. Columns that match no field can be kept as custom fields.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>First values</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>Custom field name</source>
        <translation>Custom field name</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <source>Choose the column that holds the email addresses.</source>
        <translation>Choose the column that holds the email addresses.</translation>
    </message>
    <message>
        <source>%1 is chosen for %2 columns: choose it for one only.</source>
        <translation>%1 is chosen for %2 columns: choose it for one only.</translation>
    </message>
    <message>
        <source>Give every custom field a name.</source>
        <translation>Give every custom field a name.</translation>
    </message>
</context>
<context>
    <name>ImportOptionsPage</name>
    <message>
        <source>&amp;Update them with the file&apos;s values (empty cells change nothing)</source>
        <translation>&amp;Update them with the file&apos;s values (empty cells change nothing)</translation>
    </message>
    <message>
        <source>&amp;Skip them and keep what is stored</source>
        <translation>&amp;Skip them and keep what is stored</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>An import is all or nothing: if it fails or you cancel it, no contact is changed.</source>
        <translation>An import is all or nothing: if it fails or you cancel it, no contact is changed.</translation>
    </message>
    <message>
        <source>separated by ; (e.g. 2026 fair; Osaka)</source>
        <translation>separated by ; (e.g. 2026 fair; Osaka)</translation>
    </message>
    <message>
        <source>Add to &amp;list:</source>
        <translation>Add to &amp;list:</translation>
    </message>
    <message>
        <source>Add &amp;tags:</source>
        <translation>Add &amp;tags:</translation>
    </message>
    <message>
        <source>Addresses already in your contacts:</source>
        <translation>Addresses already in your contacts:</translation>
    </message>
    <message>
        <source>No list, or type a new list&apos;s name</source>
        <translation>No list, or type a new list&apos;s name</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: no such file.</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a CSV file.</source>
        <translation>%1 is a folder: choose a CSV file.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: export the contacts again, with a header row.</source>
        <translation>%1 is empty: export the contacts again, with a header row.</translation>
    </message>
    <message>
        <source>%1 is not a text file (it looks like binary data): save the sheet as CSV (File &gt; Save As &gt; CSV) and import that.</source>
        <translation>%1 is not a text file (it looks like binary data): save the sheet as CSV (File &gt; Save As &gt; CSV) and import that.</translation>
    </message>
    <message>
        <source>Unknown encoding &apos;%1&apos;: use one of %2.</source>
        <translation>Unknown encoding &apos;%1&apos;: use one of %2.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>%1 has no header row: the first row must name the columns (e.g. メールアドレス, 氏名).</source>
        <translation>%1 has no header row: the first row must name the columns (e.g. メールアドレス, 氏名).</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Cannot write the error report %1: %2</source>
        <translation>Cannot write the error report %1: %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <source>&amp;Save error report…</source>
        <translation>&amp;Save error report…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>%1 rows read…</source>
        <translation>%1 rows read…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new contacts, %3 updated, %4 duplicates, %5 not imported.</source>
        <translation>%1 rows read: %2 new contacts, %3 updated, %4 duplicates, %5 not imported.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>Save error report</translation>
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
        <translation>Import contacts</translation>
    </message>
</context>
<context>
    <name>MailPreview</name>
    <message>
        <source>Phone (320 px)</source>
        <translation>Phone (320 px)</translation>
    </message>
    <message>
        <source>Phone (375 px)</source>
        <translation>Phone (375 px)</translation>
    </message>
    <message>
        <source>Tablet (768 px)</source>
        <translation>Tablet (768 px)</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>HTML: %1</source>
        <translation>HTML: %1</translation>
    </message>
    <message>
        <source>Plain text: %1</source>
        <translation>Plain text: %1</translation>
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
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>• %1 (due %2)</source>
        <translation>• %1 (due %2)</translation>
    </message>
    <message>
        <source>Missed schedules</source>
        <translation>Missed schedules</translation>
    </message>
    <message>
        <source>These campaigns were due while Tayori was not running:

%1

Send them now, or keep them as drafts to schedule again?</source>
        <translation>These campaigns were due while Tayori was not running:

%1

Send them now, or keep them as drafts to schedule again?</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Keep as draft</translation>
    </message>
    <message>
        <source>“%1” stopped: %2</source>
        <translation>“%1” stopped: %2</translation>
    </message>
    <message>
        <source>“%1” has been sent: %2 delivered, %3 failed.</source>
        <translation>“%1” has been sent: %2 delivered, %3 failed.</translation>
    </message>
    <message>
        <source>“%1” is %2.</source>
        <translation>“%1” is %2.</translation>
    </message>
    <message>
        <source>Quit Tayori</source>
        <translation>Quit Tayori</translation>
    </message>
    <message>
        <source>A campaign is still sending. Quit anyway? It stops after the messages in flight and carries on where it stopped the next time Tayori runs (or with tayori-cli run-due).</source>
        <translation>A campaign is still sending. Quit anyway? It stops after the messages in flight and carries on where it stopped the next time Tayori runs (or with tayori-cli run-due).</translation>
    </message>
    <message>
        <source>• %1 (%2 of %3 sent)</source>
        <translation>• %1 (%2 of %3 sent)</translation>
    </message>
    <message>
        <source>Interrupted campaigns</source>
        <translation>Interrupted campaigns</translation>
    </message>
    <message>
        <source>Sending stopped unexpectedly (Tayori or the computer was shut down) for:

%1

Resume now? Nobody gets a message twice: only the recipients not yet reached are sent to. Otherwise resume them later from Campaigns.</source>
        <translation>Sending stopped unexpectedly (Tayori or the computer was shut down) for:

%1

Resume now? Nobody gets a message twice: only the recipients not yet reached are sent to. Otherwise resume them later from Campaigns.</translation>
    </message>
    <message>
        <source>Resume now</source>
        <translation>Resume now</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Interrupted; not resumed yet.</source>
        <translation>Interrupted; not resumed yet.</translation>
    </message>
</context>
<context>
    <name>MergeTemplate</name>
    <message>
        <source>“{{” is never closed; add “}}” after the field name</source>
        <translation>“{{” is never closed; add “}}” after the field name</translation>
    </message>
    <message>
        <source>“{{#if}}” is never closed; add “{{/if}}”</source>
        <translation>“{{#if}}” is never closed; add “{{/if}}”</translation>
    </message>
    <message>
        <source>unknown block “{{%1}}”; only {{#if}}, {{else}} and {{/if}} exist</source>
        <translation>unknown block “{{%1}}”; only {{#if}}, {{else}} and {{/if}} exist</translation>
    </message>
    <message>
        <source>unknown block end “{{%1}}”; write {{/if}}</source>
        <translation>unknown block end “{{%1}}”; write {{/if}}</translation>
    </message>
    <message>
        <source>“{{/if}}” without a “{{#if}}” before it</source>
        <translation>“{{/if}}” without a “{{#if}}” before it</translation>
    </message>
    <message>
        <source>“{{else}}” outside a “{{#if}} … {{/if}}”</source>
        <translation>“{{else}}” outside a “{{#if}} … {{/if}}”</translation>
    </message>
    <message>
        <source>a second “{{else}}” in the same “{{#if}}”</source>
        <translation>a second “{{else}}” in the same “{{#if}}”</translation>
    </message>
    <message>
        <source>after “{{#if %1” write “}}”, == &quot;value&quot; or != &quot;value&quot;</source>
        <translation>after “{{#if %1” write “}}”, == &quot;value&quot; or != &quot;value&quot;</translation>
    </message>
    <message>
        <source>a field name is missing between “{{” and “}}”</source>
        <translation>a field name is missing between “{{” and “}}”</translation>
    </message>
    <message>
        <source>unknown field “%1”; the known fields are: %2</source>
        <translation>unknown field “%1”; the known fields are: %2</translation>
    </message>
    <message>
        <source>Template, line %1, column %2: %3.</source>
        <translation>Template, line %1, column %2: %3.</translation>
    </message>
</context>
<context>
    <name>MessageBuilder</name>
    <message>
        <source>The message charset &quot;%1&quot; is not supported. Choose UTF-8 or ISO-2022-JP.</source>
        <translation>The message charset &quot;%1&quot; is not supported. Choose UTF-8 or ISO-2022-JP.</translation>
    </message>
    <message>
        <source>The subject contains characters %1 cannot carry: %2. Use UTF-8 or replace them.</source>
        <translation>The subject contains characters %1 cannot carry: %2. Use UTF-8 or replace them.</translation>
    </message>
    <message>
        <source>The sender name contains characters %1 cannot carry: %2. Use UTF-8 or replace them.</source>
        <translation>The sender name contains characters %1 cannot carry: %2. Use UTF-8 or replace them.</translation>
    </message>
    <message>
        <source>The recipient name contains characters %1 cannot carry: %2. Use UTF-8 or replace them.</source>
        <translation>The recipient name contains characters %1 cannot carry: %2. Use UTF-8 or replace them.</translation>
    </message>
    <message>
        <source>The reply-to address contains characters %1 cannot carry: %2. Use UTF-8 or replace them.</source>
        <translation>The reply-to address contains characters %1 cannot carry: %2. Use UTF-8 or replace them.</translation>
    </message>
    <message>
        <source>The list name contains characters %1 cannot carry: %2. Use UTF-8 or replace them.</source>
        <translation>The list name contains characters %1 cannot carry: %2. Use UTF-8 or replace them.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has non-ASCII characters before the @, which only UTF-8 messages can carry. Use UTF-8 or another address.</source>
        <translation>The address &quot;%1&quot; has non-ASCII characters before the @, which only UTF-8 messages can carry. Use UTF-8 or another address.</translation>
    </message>
    <message>
        <source>The message has no sender address. Set one in the sender identity.</source>
        <translation>The message has no sender address. Set one in the sender identity.</translation>
    </message>
    <message>
        <source>The message has no recipient address. Give the contact an address.</source>
        <translation>The message has no recipient address. Give the contact an address.</translation>
    </message>
    <message>
        <source>The sender address &quot;%1&quot; is not a valid mail address. Correct it.</source>
        <translation>The sender address &quot;%1&quot; is not a valid mail address. Correct it.</translation>
    </message>
    <message>
        <source>The recipient address &quot;%1&quot; is not a valid mail address. Correct it.</source>
        <translation>The recipient address &quot;%1&quot; is not a valid mail address. Correct it.</translation>
    </message>
    <message>
        <source>The reply-to address &quot;%1&quot; is not a valid mail address. Correct it.</source>
        <translation>The reply-to address &quot;%1&quot; is not a valid mail address. Correct it.</translation>
    </message>
    <message>
        <source>The Message-ID &quot;%1&quot; is not of the form local@domain. This is a bug in the sender; report it.</source>
        <translation>The Message-ID &quot;%1&quot; is not of the form local@domain. This is a bug in the sender; report it.</translation>
    </message>
    <message>
        <source>The message has no valid date. This is a bug in the sender; report it.</source>
        <translation>The message has no valid date. This is a bug in the sender; report it.</translation>
    </message>
    <message>
        <source>The message has neither text nor HTML. Write the message body first.</source>
        <translation>The message has neither text nor HTML. Write the message body first.</translation>
    </message>
    <message>
        <source>The inline image &quot;%1&quot; has no valid Content-ID or type. Attach the image again.</source>
        <translation>The inline image &quot;%1&quot; has no valid Content-ID or type. Attach the image again.</translation>
    </message>
    <message>
        <source>The text part contains characters %1 cannot carry: %2. Use UTF-8 or replace them.</source>
        <translation>The text part contains characters %1 cannot carry: %2. Use UTF-8 or replace them.</translation>
    </message>
    <message>
        <source>The HTML part contains characters %1 cannot carry: %2. Use UTF-8 or replace them.</source>
        <translation>The HTML part contains characters %1 cannot carry: %2. Use UTF-8 or replace them.</translation>
    </message>
    <message>
        <source>The list ID &quot;%1&quot; is not of the form &quot;Name &lt;id.domain&gt;&quot;. Correct it.</source>
        <translation>The list ID &quot;%1&quot; is not of the form &quot;Name &lt;id.domain&gt;&quot;. Correct it.</translation>
    </message>
    <message>
        <source>The unsubscribe URL &quot;%1&quot; is not a valid URL. Check the base URL setting.</source>
        <translation>The unsubscribe URL &quot;%1&quot; is not a valid URL. Check the base URL setting.</translation>
    </message>
    <message>
        <source>The %1 header cannot be written safely (a line is too long). Shorten the value.</source>
        <translation>The %1 header cannot be written safely (a line is too long). Shorten the value.</translation>
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
        <translation>The sender address &quot;%1&quot; is not valid.</translation>
    </message>
    <message>
        <source>The subject is empty. Write a subject.</source>
        <translation>The subject is empty. Write a subject.</translation>
    </message>
    <message>
        <source>The message has neither an HTML nor a text part.</source>
        <translation>The message has neither an HTML nor a text part.</translation>
    </message>
    <message>
        <source>Unknown character set &quot;%1&quot;: use UTF-8 or ISO-2022-JP.</source>
        <translation>Unknown character set &quot;%1&quot;: use UTF-8 or ISO-2022-JP.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Sender name</translation>
    </message>
    <message>
        <source>HTML part</source>
        <translation>HTML part</translation>
    </message>
    <message>
        <source>Text part</source>
        <translation>Text part</translation>
    </message>
    <message>
        <source>%1 contains characters %2 cannot carry: %3. Use UTF-8 or replace them.</source>
        <translation>%1 contains characters %2 cannot carry: %3. Use UTF-8 or replace them.</translation>
    </message>
    <message>
        <source>The message has no plain-text part; some recipients and spam filters prefer one.</source>
        <translation>The message has no plain-text part; some recipients and spam filters prefer one.</translation>
    </message>
    <message>
        <source>The web address for unsubscribe links is missing or not valid (&quot;%1&quot;). Give the https:// address where Tayori&apos;s web pages are reachable (--base-url).</source>
        <translation>The web address for unsubscribe links is missing or not valid (&quot;%1&quot;). Give the https:// address where Tayori&apos;s web pages are reachable (--base-url).</translation>
    </message>
    <message>
        <source>The unsubscribe link is not https: Gmail and Yahoo require https for one-click unsubscribe.</source>
        <translation>The unsubscribe link is not https: Gmail and Yahoo require https for one-click unsubscribe.</translation>
    </message>
    <message>
        <source>The DKIM signature is for %1, not the sender&apos;s domain %2: it does not count for DMARC.</source>
        <translation>The DKIM signature is for %1, not the sender&apos;s domain %2: it does not count for DMARC.</translation>
    </message>
    <message>
        <source>No DKIM key: the messages are not signed, and Gmail, Yahoo and most Japanese carriers will treat them with suspicion.</source>
        <translation>No DKIM key: the messages are not signed, and Gmail, Yahoo and most Japanese carriers will treat them with suspicion.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Cannot read the schema version of %1: %2</source>
        <translation>Cannot read the schema version of %1: %2</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of Tayori (schema %2, this one knows %3): update Tayori to open it.</source>
        <translation>The database %1 was made by a newer version of Tayori (schema %2, this one knows %3): update Tayori to open it.</translation>
    </message>
    <message>
        <source>Cannot start migrating the database: %1</source>
        <translation>Cannot start migrating the database: %1</translation>
    </message>
    <message>
        <source>Migrating the database to schema %1 failed: %2</source>
        <translation>Migrating the database to schema %1 failed: %2</translation>
    </message>
    <message>
        <source>cannot turn foreign keys off</source>
        <translation>cannot turn foreign keys off</translation>
    </message>
    <message>
        <source>cannot turn foreign keys back on</source>
        <translation>cannot turn foreign keys back on</translation>
    </message>
    <message>
        <source>a row of %1 refers to a missing row of %2</source>
        <translation>a row of %1 refers to a missing row of %2</translation>
    </message>
</context>
<context>
    <name>MoveBlockCommand</name>
    <message>
        <source>Move block</source>
        <translation>Move block</translation>
    </message>
</context>
<context>
    <name>NewTemplateDialog</name>
    <message>
        <source>Untitled template</source>
        <translation>Untitled template</translation>
    </message>
    <message>
        <source>Blank template (Japanese)</source>
        <translation>Blank template (Japanese)</translation>
    </message>
    <message>
        <source>A heading, a text and the sender footer.</source>
        <translation>A heading, a text and the sender footer.</translation>
    </message>
    <message>
        <source>Blank template (English)</source>
        <translation>Blank template (English)</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A starter template with sample text and pictures to replace.</source>
        <translation>A starter template with sample text and pictures to replace.</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>New template</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>OutboxTransport</name>
    <message>
        <source>Cannot create the outbox folder %1; check the path and its permissions.</source>
        <translation>Cannot create the outbox folder %1; check the path and its permissions.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2); check that the outbox folder is writable and the disk is not full.</source>
        <translation>Cannot write %1 (%2); check that the outbox folder is writable and the disk is not full.</translation>
    </message>
    <message>
        <source>written to %1</source>
        <translation>written to %1</translation>
    </message>
</context>
<context>
    <name>PasswordVault</name>
    <message>
        <source>the keychain did not answer within two minutes</source>
        <translation>the keychain did not answer within two minutes</translation>
    </message>
    <message>
        <source>no D-Bus session, so no Secret Service or KWallet</source>
        <translation>no D-Bus session, so no Secret Service or KWallet</translation>
    </message>
    <message>
        <source>the keychain service did not answer</source>
        <translation>the keychain service did not answer</translation>
    </message>
    <message>
        <source>No system keychain is available (%1); set TAYORI_SMTP_PASSWORD instead.</source>
        <translation>No system keychain is available (%1); set TAYORI_SMTP_PASSWORD instead.</translation>
    </message>
    <message>
        <source>No password is stored for this mail server; enter it in Settings → Mail servers, or set TAYORI_SMTP_PASSWORD.</source>
        <translation>No password is stored for this mail server; enter it in Settings → Mail servers, or set TAYORI_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>The keychain refused: %1</translation>
    </message>
</context>
<context>
    <name>PlainTextBuilder</name>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview — %1</source>
        <translation>Preview — %1</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Plain &amp;text</source>
        <translation>Plain &amp;text</translation>
    </message>
    <message>
        <source>HTML &amp;source</source>
        <translation>HTML &amp;source</translation>
    </message>
    <message>
        <source>Personalise as:</source>
        <translation>Personalise as:</translation>
    </message>
    <message>
        <source>Pre-flight checks:</source>
        <translation>Pre-flight checks:</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>&amp;Landscape</translation>
    </message>
    <message>
        <source>&amp;Dark mode</source>
        <translation>&amp;Dark mode</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>&amp;Images</translation>
    </message>
    <message>
        <source>Load &amp;remote images</source>
        <translation>Load &amp;remote images</translation>
    </message>
    <message>
        <source>Images from the internet are blocked in the preview until you allow them: loading them tells their server that the mail was looked at.</source>
        <translation>Images from the internet are blocked in the preview until you allow them: loading them tells their server that the mail was looked at.</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Sample data</translation>
    </message>
    <message>
        <source>Search contacts by name or address</source>
        <translation>Search contacts by name or address</translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation>Send &amp;test…</translation>
    </message>
    <message>
        <source>That contact no longer exists; the preview shows the sample data.</source>
        <translation>That contact no longer exists; the preview shows the sample data.</translation>
    </message>
    <message>
        <source>The merge fields could not be filled, so they are shown as written: %1</source>
        <translation>The merge fields could not be filled, so they are shown as written: %1</translation>
    </message>
    <message>
        <source>Click to select the block concerned.</source>
        <translation>Click to select the block concerned.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
</context>
<context>
    <name>PropertyPanel</name>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Alignment</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Template name</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Content width (px)</source>
        <translation>Content width (px)</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>Content background</source>
        <translation>Content background</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Text colour</translation>
    </message>
    <message>
        <source>Link colour</source>
        <translation>Link colour</translation>
    </message>
    <message>
        <source>Button colour</source>
        <translation>Button colour</translation>
    </message>
    <message>
        <source>Font (CSS font stack)</source>
        <translation>Font (CSS font stack)</translation>
    </message>
    <message>
        <source>Text size (px)</source>
        <translation>Text size (px)</translation>
    </message>
    <message>
        <source>Preheader (shown after the subject)</source>
        <translation>Preheader (shown after the subject)</translation>
    </message>
    <message>
        <source>Support dark mode</source>
        <translation>Support dark mode</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Attached to the mail (inline)</source>
        <translation>Attached to the mail (inline)</translation>
    </message>
    <message>
        <source>From the web server (hosted)</source>
        <translation>From the web server (hosted)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Small</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Text (HTML)</source>
        <translation>Text (HTML)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Alternative text</source>
        <translation>Alternative text</translation>
    </message>
    <message>
        <source>Width (px)</source>
        <translation>Width (px)</translation>
    </message>
    <message>
        <source>Link (optional)</source>
        <translation>Link (optional)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>Label colour</translation>
    </message>
    <message>
        <source>Full width</source>
        <translation>Full width</translation>
    </message>
    <message>
        <source>Stack on phones</source>
        <translation>Stack on phones</translation>
    </message>
    <message>
        <source>Gap (px)</source>
        <translation>Gap (px)</translation>
    </message>
    <message>
        <source>Thickness (px)</source>
        <translation>Thickness (px)</translation>
    </message>
    <message>
        <source>Height (px)</source>
        <translation>Height (px)</translation>
    </message>
    <message>
        <source>Links (one per line: network URL)</source>
        <translation>Links (one per line: network URL)</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Sender name</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>Phone or mail address</source>
        <translation>Phone or mail address</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Unsubscribe link text</source>
        <translation>Unsubscribe link text</translation>
    </message>
    <message>
        <source>Preferences link text</source>
        <translation>Preferences link text</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Apply HTML</source>
        <translation>Apply HTML</translation>
    </message>
    <message>
        <source>Template settings</source>
        <translation>Template settings</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <source>Or drop an image file here or on the canvas.</source>
        <translation>Or drop an image file here or on the canvas.</translation>
    </message>
    <message>
        <source>HTML of the whole mail</source>
        <translation>HTML of the whole mail</translation>
    </message>
</context>
<context>
    <name>PublicAddress</name>
    <message>
        <source>“%1” is not a web address Tayori can put in links. Write it as https://news.example.jp (the address where tayori-cli serve answers for your recipients).</source>
        <translation>“%1” is not a web address Tayori can put in links. Write it as https://news.example.jp (the address where tayori-cli serve answers for your recipients).</translation>
    </message>
    <message>
        <source>Could not save the web address: %1</source>
        <translation>Could not save the web address: %1</translation>
    </message>
</context>
<context>
    <name>RelayConfig</name>
    <message>
        <source>&quot;%1&quot; is not a transport URL; use one of %2.</source>
        <translation>&quot;%1&quot; is not a transport URL; use one of %2.</translation>
    </message>
    <message>
        <source>The transport URL contains a password; remove it and set TAYORI_SMTP_PASSWORD instead.</source>
        <translation>The transport URL contains a password; remove it and set TAYORI_SMTP_PASSWORD instead.</translation>
    </message>
    <message>
        <source>The outbox URL &quot;%1&quot; names another machine; use file:///PATH for a local folder.</source>
        <translation>The outbox URL &quot;%1&quot; names another machine; use file:///PATH for a local folder.</translation>
    </message>
    <message>
        <source>The outbox URL &quot;%1&quot; has no folder; use file:///PATH.</source>
        <translation>The outbox URL &quot;%1&quot; has no folder; use file:///PATH.</translation>
    </message>
    <message>
        <source>Unknown transport &quot;%1:&quot;; use one of %2.</source>
        <translation>Unknown transport &quot;%1:&quot;; use one of %2.</translation>
    </message>
    <message>
        <source>The transport URL &quot;%1&quot; has no host name; use e.g. smtp://USER@mail.example.com:587.</source>
        <translation>The transport URL &quot;%1&quot; has no host name; use e.g. smtp://USER@mail.example.com:587.</translation>
    </message>
    <message>
        <source>The transport URL &quot;%1&quot; has port 0; give a real port.</source>
        <translation>The transport URL &quot;%1&quot; has port 0; give a real port.</translation>
    </message>
    <message>
        <source>The transport URL &quot;%1&quot; has a path; an SMTP URL ends after the port.</source>
        <translation>The transport URL &quot;%1&quot; has a path; an SMTP URL ends after the port.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; in the transport URL; the only option is tls=none.</source>
        <translation>Unknown option &quot;%1&quot; in the transport URL; the only option is tls=none.</translation>
    </message>
    <message>
        <source>tls=none cannot be used with smtps://; use smtp://HOST:PORT?tls=none for a relay without TLS.</source>
        <translation>tls=none cannot be used with smtps://; use smtp://HOST:PORT?tls=none for a relay without TLS.</translation>
    </message>
    <message>
        <source>Unknown value tls=%1 in the transport URL; only tls=none is accepted.</source>
        <translation>Unknown value tls=%1 in the transport URL; only tls=none is accepted.</translation>
    </message>
    <message>
        <source>outbox folder %1</source>
        <translation>outbox folder %1</translation>
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
        <translation>no encryption</translation>
    </message>
</context>
<context>
    <name>RelayDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate…</source>
        <translation>T&amp;rust this certificate…</translation>
    </message>
    <message>
        <source>Add mail server</source>
        <translation>Add mail server</translation>
    </message>
    <message>
        <source>Edit mail server</source>
        <translation>Edit mail server</translation>
    </message>
    <message>
        <source>STARTTLS (port 587 or 25)</source>
        <translation>STARTTLS (port 587 or 25)</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (port 465)</translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation>None (local relay only)</translation>
    </message>
    <message>
        <source>Without encryption, messages and the password cross the network readable by anyone on the way: choose this only for a mail server on this computer or a trusted local network.</source>
        <translation>Without encryption, messages and the password cross the network readable by anyone on the way: choose this only for a mail server on this computer or a trusted local network.</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Stored in the system keychain</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Leave empty to keep the stored password</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source> messages/s</source>
        <translation> messages/s</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;ecurity:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Connections:</source>
        <translation>&amp;Connections:</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Rate limit:</translation>
    </message>
    <message>
        <source>You trust a certificate of your own for this server.</source>
        <translation>You trust a certificate of your own for this server.</translation>
    </message>
    <message>
        <source>Type the mail server&apos;s name, such as mail.example.co.jp.</source>
        <translation>Type the mail server&apos;s name, such as mail.example.co.jp.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>The connection works.</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>The test failed: %1</translation>
    </message>
    <message>
        <source>The server greets with: %1</source>
        <translation>The server greets with: %1</translation>
    </message>
    <message>
        <source>Encryption: none — messages travel in clear.</source>
        <translation>Encryption: none — messages travel in clear.</translation>
    </message>
    <message>
        <source>Encryption: %1.</source>
        <translation>Encryption: %1.</translation>
    </message>
    <message>
        <source>Certificate: trusted (%1).</source>
        <translation>Certificate: trusted (%1).</translation>
    </message>
    <message>
        <source>Certificate: NOT trusted (%1, issued by %2); mail will not be sent until you trust it or the server gets a certificate from a recognised authority.</source>
        <translation>Certificate: NOT trusted (%1, issued by %2); mail will not be sent until you trust it or the server gets a certificate from a recognised authority.</translation>
    </message>
    <message>
        <source>Login: accepted.</source>
        <translation>Login: accepted.</translation>
    </message>
    <message>
        <source>Login: not accepted.</source>
        <translation>Login: not accepted.</translation>
    </message>
    <message>
        <source>Login: none configured.</source>
        <translation>Login: none configured.</translation>
    </message>
    <message>
        <source>The server offers: %1</source>
        <translation>The server offers: %1</translation>
    </message>
    <message>
        <source>Trust the certificate &quot;%1&quot; for this mail server?

SHA-256 fingerprint: %2

Do this only if your administrator confirms this fingerprint. If someone is intercepting the connection, trusting their certificate gives them your password and every message you send.</source>
        <translation>Trust the certificate &quot;%1&quot; for this mail server?

SHA-256 fingerprint: %2

Do this only if your administrator confirms this fingerprint. If someone is intercepting the connection, trusting their certificate gives them your password and every message you send.</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Trust this certificate</translation>
    </message>
    <message>
        <source>The certificate will be trusted for this server once you save; test again to check.</source>
        <translation>The certificate will be trusted for this server once you save; test again to check.</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>Saving the password in the system keychain…</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>Password not saved</translation>
    </message>
    <message>
        <source>The mail server was saved, but not its password: %1</source>
        <translation>The mail server was saved, but not its password: %1</translation>
    </message>
</context>
<context>
    <name>RelayStore</name>
    <message>
        <source>The mail server has no name; give it one, such as &quot;Office server&quot;.</source>
        <translation>The mail server has no name; give it one, such as &quot;Office server&quot;.</translation>
    </message>
    <message>
        <source>The mail server address contains a password; remove it, the password belongs in the system keychain.</source>
        <translation>The mail server address contains a password; remove it, the password belongs in the system keychain.</translation>
    </message>
    <message>
        <source>The number of connections must be between 1 and 100.</source>
        <translation>The number of connections must be between 1 and 100.</translation>
    </message>
    <message>
        <source>The sending rate cannot be negative; use 0 for no limit.</source>
        <translation>The sending rate cannot be negative; use 0 for no limit.</translation>
    </message>
    <message>
        <source>The trusted certificates are not PEM certificates; paste them again or clear them.</source>
        <translation>The trusted certificates are not PEM certificates; paste them again or clear them.</translation>
    </message>
    <message>
        <source>A mail server named &quot;%1&quot; already exists; choose another name.</source>
        <translation>A mail server named &quot;%1&quot; already exists; choose another name.</translation>
    </message>
    <message>
        <source>That mail server no longer exists; reopen the settings.</source>
        <translation>That mail server no longer exists; reopen the settings.</translation>
    </message>
</context>
<context>
    <name>RelaysSection</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation>Make &amp;default</translation>
    </message>
    <message>
        <source>Open outbox folder</source>
        <translation>Open outbox folder</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(default)</translation>
    </message>
    <message>
        <source>No mail server configured: messages are written to the outbox folder %1 and nothing leaves this computer.</source>
        <translation>No mail server configured: messages are written to the outbox folder %1 and nothing leaves this computer.</translation>
    </message>
    <message>
        <source>Remove mail server</source>
        <translation>Remove mail server</translation>
    </message>
    <message>
        <source>Remove the mail server &quot;%1&quot; and its stored password?</source>
        <translation>Remove the mail server &quot;%1&quot; and its stored password?</translation>
    </message>
    <message>
        <source>Default mail server</source>
        <translation>Default mail server</translation>
    </message>
</context>
<context>
    <name>RemoveBlockCommand</name>
    <message>
        <source>Delete block</source>
        <translation>Delete block</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports appear here once campaigns have been sent: who received them, what each server replied, and delivery over time.</source>
        <translation>Reports appear here once campaigns have been sent: who received them, what each server replied, and delivery over time.</translation>
    </message>
</context>
<context>
    <name>ScheduleTime</name>
    <message>
        <source>“%1” is not a date and time; write it as YYYY-MM-DDTHH:MM, such as 2026-12-24T09:00 (local time) or 2026-12-24T09:00+09:00.</source>
        <translation>“%1” is not a date and time; write it as YYYY-MM-DDTHH:MM, such as 2026-12-24T09:00 (local time) or 2026-12-24T09:00+09:00.</translation>
    </message>
    <message>
        <source>“%1” is not a real date or time; check the day and the hour.</source>
        <translation>“%1” is not a real date or time; check the day and the hour.</translation>
    </message>
    <message>
        <source>%1 does not exist in this time zone (the clocks skip it for daylight saving time); choose another time.</source>
        <translation>%1 does not exist in this time zone (the clocks skip it for daylight saving time); choose another time.</translation>
    </message>
    <message>
        <source>“%1” has an offset that no time zone uses; write it as ±HH:MM, such as +09:00.</source>
        <translation>“%1” has an offset that no time zone uses; write it as ±HH:MM, such as +09:00.</translation>
    </message>
    <message>
        <source>%1 is in the past; choose a later time, or send now without --at.</source>
        <translation>%1 is in the past; choose a later time, or send now without --at.</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>Campaign %1 is %2: only a draft or a scheduled campaign can be sent now.</source>
        <translation>Campaign %1 is %2: only a draft or a scheduled campaign can be sent now.</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>There is no campaign %1.</translation>
    </message>
    <message>
        <source>Campaign %1 is %2: only a paused, waiting or interrupted campaign can be resumed.</source>
        <translation>Campaign %1 is %2: only a paused, waiting or interrupted campaign can be resumed.</translation>
    </message>
    <message>
        <source>Campaign %1 is already being sent.</source>
        <translation>Campaign %1 is already being sent.</translation>
    </message>
    <message>
        <source>The audience of campaign “%1” cannot be used: %2 Edit the campaign&apos;s audience.</source>
        <translation>The audience of campaign “%1” cannot be used: %2 Edit the campaign&apos;s audience.</translation>
    </message>
    <message>
        <source>No contact matches the audience of campaign “%1” (%2): nothing was sent. Edit the audience, then send it again.</source>
        <translation>No contact matches the audience of campaign “%1” (%2): nothing was sent. Edit the audience, then send it again.</translation>
    </message>
</context>
<context>
    <name>SegmentAudience</name>
    <message>
        <source>Cannot count the segment&apos;s contacts: %1</source>
        <translation>Cannot count the segment&apos;s contacts: %1</translation>
    </message>
    <message>
        <source>there is no tag &apos;%1&apos;</source>
        <translation>there is no tag &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no list &apos;%1&apos;</source>
        <translation>there is no list &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No contact matches this segment: %1. Check the spelling, or pick from the existing ones.</source>
        <translation>No contact matches this segment: %1. Check the spelling, or pick from the existing ones.</translation>
    </message>
    <message>
        <source>There are no contacts yet: import or add some first.</source>
        <translation>There are no contacts yet: import or add some first.</translation>
    </message>
    <message>
        <source>No contact matches this segment. Loosen a condition (an AND, a NOT) or check the values.</source>
        <translation>No contact matches this segment. Loosen a condition (an AND, a NOT) or check the values.</translation>
    </message>
    <message>
        <source>%1 contacts match, but none can be mailed: they are unsubscribed, bounced or suppressed.</source>
        <translation>%1 contacts match, but none can be mailed: they are unsubscribed, bounced or suppressed.</translation>
    </message>
    <message>
        <source>%1 contacts match; %2 can be mailed (subscribed, not suppressed).</source>
        <translation>%1 contacts match; %2 can be mailed (subscribed, not suppressed).</translation>
    </message>
</context>
<context>
    <name>SegmentBuilder</name>
    <message>
        <source>Every contact — or write e.g. list:newsletter AND NOT tag:test</source>
        <translation>Every contact — or write e.g. list:newsletter AND NOT tag:test</translation>
    </message>
    <message>
        <source>The segment as text, as tayori-cli --segment takes it; edit either side.</source>
        <translation>The segment as text, as tayori-cli --segment takes it; edit either side.</translation>
    </message>
    <message>
        <source>As text:</source>
        <translation>As text:</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Load a saved segment into the builder. tayori-cli takes it as --segment @NAME.</source>
        <translation>Load a saved segment into the builder. tayori-cli takes it as --segment @NAME.</translation>
    </message>
    <message>
        <source>Save this segment under a name, to use it again in other campaigns.</source>
        <translation>Save this segment under a name, to use it again in other campaigns.</translation>
    </message>
    <message>
        <source>Delete the selected saved segment. Campaigns keep their own copy of it.</source>
        <translation>Delete the selected saved segment. Campaigns keep their own copy of it.</translation>
    </message>
    <message>
        <source>Saved segments:</source>
        <translation>Saved segments:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1 (cannot be read)</translation>
    </message>
    <message>
        <source>Saved segment</source>
        <translation>Saved segment</translation>
    </message>
    <message>
        <source>There is nothing to save: the segment has no conditions. Add at least one.</source>
        <translation>There is nothing to save: the segment has no conditions. Add at least one.</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>Save segment</translation>
    </message>
    <message>
        <source>Name of the segment:</source>
        <translation>Name of the segment:</translation>
    </message>
    <message>
        <source>A saved segment is already called &quot;%1&quot;. Replace it with this one?</source>
        <translation>A saved segment is already called &quot;%1&quot;. Replace it with this one?</translation>
    </message>
    <message>
        <source>Delete saved segment</source>
        <translation>Delete saved segment</translation>
    </message>
    <message>
        <source>Delete the saved segment &quot;%1&quot;? The builder keeps the conditions it shows, and campaigns keep their own copy.</source>
        <translation>Delete the saved segment &quot;%1&quot;? The builder keeps the conditions it shows, and campaigns keep their own copy.</translation>
    </message>
</context>
<context>
    <name>SegmentConditionRow</name>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Remove this condition</translation>
    </message>
    <message>
        <source>is</source>
        <translation>is</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>is not</translation>
    </message>
    <message>
        <source>on or after</source>
        <translation>on or after</translation>
    </message>
    <message>
        <source>after</source>
        <translation>after</translation>
    </message>
    <message>
        <source>before</source>
        <translation>before</translation>
    </message>
    <message>
        <source>on or before</source>
        <translation>on or before</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>not on</source>
        <translation>not on</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contains</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>starts with</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>less than</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>at most</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>more than</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>at least</translation>
    </message>
</context>
<context>
    <name>SegmentGroupEditor</name>
    <message>
        <source>Not</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>All of these (AND)</source>
        <translation>All of these (AND)</translation>
    </message>
    <message>
        <source>Any of these (OR)</source>
        <translation>Any of these (OR)</translation>
    </message>
    <message>
        <source>Match the contacts this group does not match</source>
        <translation>Match the contacts this group does not match</translation>
    </message>
    <message>
        <source>Contacts matching</source>
        <translation>Contacts matching</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Remove group</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Add condition</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Add group</translation>
    </message>
</context>
<context>
    <name>SegmentJson</name>
    <message>
        <source>Segment JSON, %1.type: expected one of and, or, not, tag, list, status, compare; found &apos;%2&apos;.</source>
        <translation>Segment JSON, %1.type: expected one of and, or, not, tag, list, status, compare; found &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Segment JSON, %1.children: expected a list of one or more conditions.</source>
        <translation>Segment JSON, %1.children: expected a list of one or more conditions.</translation>
    </message>
    <message>
        <source>Segment JSON, %1: expected a condition (an object).</source>
        <translation>Segment JSON, %1: expected a condition (an object).</translation>
    </message>
    <message>
        <source>Segment JSON, %1.child: expected the condition NOT applies to.</source>
        <translation>Segment JSON, %1.child: expected the condition NOT applies to.</translation>
    </message>
    <message>
        <source>Segment JSON, %1.name: expected the %2&apos;s name as text.</source>
        <translation>Segment JSON, %1.name: expected the %2&apos;s name as text.</translation>
    </message>
    <message>
        <source>Segment JSON, %1.field: expected a field name (one word, not AND/OR/NOT), found &apos;%2&apos;.</source>
        <translation>Segment JSON, %1.field: expected a field name (one word, not AND/OR/NOT), found &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Segment JSON, %1.op: expected one of = != &lt; &lt;= &gt; &gt;= ~ ^, found &apos;%2&apos;.</source>
        <translation>Segment JSON, %1.op: expected one of = != &lt; &lt;= &gt; &gt;= ~ ^, found &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Segment JSON, %1.value: expected the value as text.</source>
        <translation>Segment JSON, %1.value: expected the value as text.</translation>
    </message>
    <message>
        <source>Segment JSON: version %1 is not one this Tayori reads (it reads version %2); update Tayori or rebuild the segment.</source>
        <translation>Segment JSON: version %1 is not one this Tayori reads (it reads version %2); update Tayori or rebuild the segment.</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(missing)</translation>
    </message>
    <message>
        <source>Segment JSON, root: expected the top condition (an object).</source>
        <translation>Segment JSON, root: expected the top condition (an object).</translation>
    </message>
    <message>
        <source>Segment JSON: not a JSON object (%1 at byte %2).</source>
        <translation>Segment JSON: not a JSON object (%1 at byte %2).</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>another JSON value</translation>
    </message>
</context>
<context>
    <name>SegmentParser</name>
    <message>
        <source>The segment is empty: write conditions such as tag:vip AND list:newsletter.</source>
        <translation>The segment is empty: write conditions such as tag:vip AND list:newsletter.</translation>
    </message>
    <message>
        <source>expected AND, OR or the end</source>
        <translation>expected AND, OR or the end</translation>
    </message>
    <message>
        <source>Segment, character %1: the quoted value is never closed; add a &quot;.</source>
        <translation>Segment, character %1: the quoted value is never closed; add a &quot;.</translation>
    </message>
    <message>
        <source>Segment, character %1: &apos;!&apos; must be followed by &apos;=&apos; (use NOT to negate).</source>
        <translation>Segment, character %1: &apos;!&apos; must be followed by &apos;=&apos; (use NOT to negate).</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>the end</translation>
    </message>
    <message>
        <source>Segment, character %1: %2, found %3.</source>
        <translation>Segment, character %1: %2, found %3.</translation>
    </message>
    <message>
        <source>expected &apos;)&apos;</source>
        <translation>expected &apos;)&apos;</translation>
    </message>
    <message>
        <source>expected a condition such as tag:NAME, list:NAME, status:STATE or FIELD = VALUE</source>
        <translation>expected a condition such as tag:NAME, list:NAME, status:STATE or FIELD = VALUE</translation>
    </message>
    <message>
        <source>expected tag:, list: or status: before &apos;:&apos;</source>
        <translation>expected tag:, list: or status: before &apos;:&apos;</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; or an operator (= != &lt; &lt;= &gt; &gt;= ~ ^) after &apos;%1&apos;</source>
        <translation>expected &apos;:&apos; or an operator (= != &lt; &lt;= &gt; &gt;= ~ ^) after &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a value (a word or a &quot;quoted text&quot;)</source>
        <translation>expected a value (a word or a &quot;quoted text&quot;)</translation>
    </message>
</context>
<context>
    <name>SegmentSqlCompiler</name>
    <message>
        <source>Unknown status &apos;%1&apos; in the segment: use one of %2.</source>
        <translation>Unknown status &apos;%1&apos; in the segment: use one of %2.</translation>
    </message>
    <message>
        <source>Unknown field &apos;%1&apos; in the segment: use %2, or a custom field (%3).</source>
        <translation>Unknown field &apos;%1&apos; in the segment: use %2, or a custom field (%3).</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; compares with a date written YYYY-MM-DD and one of = != &lt; &lt;= &gt; &gt;=, not &apos;%2 %3&apos;.</source>
        <translation>&apos;%1&apos; compares with a date written YYYY-MM-DD and one of = != &lt; &lt;= &gt; &gt;=, not &apos;%2 %3&apos;.</translation>
    </message>
</context>
<context>
    <name>SegmentStore</name>
    <message>
        <source>The saved segment &quot;%1&quot; cannot be read (%2). Delete it and save it again.</source>
        <translation>The saved segment &quot;%1&quot; cannot be read (%2). Delete it and save it again.</translation>
    </message>
    <message>
        <source>The segment has no name. Give it one, such as &quot;Gold customers&quot;.</source>
        <translation>The segment has no name. Give it one, such as &quot;Gold customers&quot;.</translation>
    </message>
    <message>
        <source>A segment name is one line of text. Remove the line breaks and tabs from it.</source>
        <translation>A segment name is one line of text. Remove the line breaks and tabs from it.</translation>
    </message>
    <message>
        <source>The segment name is %1 characters long. Shorten it to %2 or fewer.</source>
        <translation>The segment name is %1 characters long. Shorten it to %2 or fewer.</translation>
    </message>
    <message>
        <source>Cannot read the saved segments: %1</source>
        <translation>Cannot read the saved segments: %1</translation>
    </message>
    <message>
        <source>The saved segment no longer exists; it may have been deleted. Choose another one.</source>
        <translation>The saved segment no longer exists; it may have been deleted. Choose another one.</translation>
    </message>
    <message>
        <source>There is no saved segment called &quot;%1&quot;.</source>
        <translation>There is no saved segment called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The segment &quot;%1&quot; was not saved: %2</source>
        <translation>The segment &quot;%1&quot; was not saved: %2</translation>
    </message>
    <message>
        <source>Another saved segment is already called &quot;%1&quot;. Choose another name.</source>
        <translation>Another saved segment is already called &quot;%1&quot;. Choose another name.</translation>
    </message>
    <message>
        <source>The segment was not renamed: %1</source>
        <translation>The segment was not renamed: %1</translation>
    </message>
    <message>
        <source>The saved segment no longer exists; it may have been deleted.</source>
        <translation>The saved segment no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <source>The saved segment was not deleted: %1</source>
        <translation>The saved segment was not deleted: %1</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>campaign %1 %2: %3 sent, %4 failed (%5 bounced), %6 deferred, %7 queued, %8 skipped
</source>
        <translation>campaign %1 %2: %3 sent, %4 failed (%5 bounced), %6 deferred, %7 queued, %8 skipped
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>warning: %1
</translation>
    </message>
    <message>
        <source><byte value="xd"/>%1 of %2 sent, %3 failed, %4 deferred — %5 msg/s   </source>
        <translation><byte value="xd"/>%1 of %2 sent, %3 failed, %4 deferred — %5 msg/s   </translation>
    </message>
    <message>
        <source>
Pausing after the messages in flight…
</source>
        <translation>
Pausing after the messages in flight…
</translation>
    </message>
    <message>
        <source>First wait before retrying a deferred recipient (default 60).</source>
        <translation>First wait before retrying a deferred recipient (default 60).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Stay this long to retry deferred recipients (default 900); later retries are left for `resume`.</source>
        <translation>Stay this long to retry deferred recipients (default 900); later retries are left for `resume`.</translation>
    </message>
    <message>
        <source>Campaign %1 paused: %2 Fix it, then run: tayori-cli resume %1
</source>
        <translation>Campaign %1 paused: %2 Fix it, then run: tayori-cli resume %1
</translation>
    </message>
    <message>
        <source>Subject (merge fields allowed).</source>
        <translation>Subject (merge fields allowed).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Sender: &quot;NAME &lt;ADDRESS&gt;&quot;.</source>
        <translation>Sender: &quot;NAME &lt;ADDRESS&gt;&quot;.</translation>
    </message>
    <message>
        <source>MAILBOX</source>
        <translation>MAILBOX</translation>
    </message>
    <message>
        <source>Reply-To address.</source>
        <translation>Reply-To address.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>HTML part (UTF-8 file).</source>
        <translation>HTML part (UTF-8 file).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Plain-text part (UTF-8 file).</source>
        <translation>Plain-text part (UTF-8 file).</translation>
    </message>
    <message>
        <source>Campaign name.</source>
        <translation>Campaign name.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>utf-8 (default) or iso-2022-jp.</source>
        <translation>utf-8 (default) or iso-2022-jp.</translation>
    </message>
    <message>
        <source>CHARSET</source>
        <translation>CHARSET</translation>
    </message>
    <message>
        <source>Transport: smtp://USER@HOST:PORT, smtps://…, file:///FOLDER.</source>
        <translation>Transport: smtp://USER@HOST:PORT, smtps://…, file:///FOLDER.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>DKIM private key (PEM); give it twice for RSA + Ed25519.</source>
        <translation>DKIM private key (PEM); give it twice for RSA + Ed25519.</translation>
    </message>
    <message>
        <source>DKIM selector (once per --dkim-key).</source>
        <translation>DKIM selector (once per --dkim-key).</translation>
    </message>
    <message>
        <source>SELECTOR</source>
        <translation>SELECTOR</translation>
    </message>
    <message>
        <source>DKIM domain (default: the From domain).</source>
        <translation>DKIM domain (default: the From domain).</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>Allow a DKIM domain that does not align with From.</source>
        <translation>Allow a DKIM domain that does not align with From.</translation>
    </message>
    <message>
        <source>Return-Path domain (default: the From domain).</source>
        <translation>Return-Path domain (default: the From domain).</translation>
    </message>
    <message>
        <source>Parallel connections (default 4).</source>
        <translation>Parallel connections (default 4).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>At most this many messages per second (default: no limit).</source>
        <translation>At most this many messages per second (default: no limit).</translation>
    </message>
    <message>
        <source>Web address of the unsubscribe pages, e.g. https://news.example.jp.</source>
        <translation>Web address of the unsubscribe pages, e.g. https://news.example.jp.</translation>
    </message>
    <message>
        <source>Show these options.</source>
        <translation>Show these options.</translation>
    </message>
    <message>
        <source>Usage: tayori-cli send [options]
</source>
        <translation>Usage: tayori-cli send [options]
</translation>
    </message>
    <message>
        <source>send takes no arguments, only options.</source>
        <translation>send takes no arguments, only options.</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; is not a valid sender; write &quot;Name &lt;address@example.jp&gt;&quot;.</source>
        <translation>--from &quot;%1&quot; is not a valid sender; write &quot;Name &lt;address@example.jp&gt;&quot;.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>--charset must be utf-8 or iso-2022-jp.</source>
        <translation>--charset must be utf-8 or iso-2022-jp.</translation>
    </message>
    <message>
        <source>Give --dkim-key at most twice (one RSA and one Ed25519 key).</source>
        <translation>Give --dkim-key at most twice (one RSA and one Ed25519 key).</translation>
    </message>
    <message>
        <source>--dkim-key needs --dkim-selector.</source>
        <translation>--dkim-key needs --dkim-selector.</translation>
    </message>
    <message>
        <source>Give one --dkim-selector per --dkim-key.</source>
        <translation>Give one --dkim-selector per --dkim-key.</translation>
    </message>
    <message>
        <source>--connections must be between 1 and 32.</source>
        <translation>--connections must be between 1 and 32.</translation>
    </message>
    <message>
        <source>--rate must be a number of messages per second.</source>
        <translation>--rate must be a number of messages per second.</translation>
    </message>
    <message>
        <source>--retry-delay and --max-wait take a number of seconds.</source>
        <translation>--retry-delay and --max-wait take a number of seconds.</translation>
    </message>
    <message>
        <source>No contact matches the chosen list or segment: nothing to send.</source>
        <translation>No contact matches the chosen list or segment: nothing to send.</translation>
    </message>
    <message>
        <source>Nothing left this computer: the messages are in the outbox folder %1
</source>
        <translation>Nothing left this computer: the messages are in the outbox folder %1
</translation>
    </message>
    <message>
        <source>resume takes at most one campaign id.</source>
        <translation>resume takes at most one campaign id.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a campaign id.</source>
        <translation>&quot;%1&quot; is not a campaign id.</translation>
    </message>
    <message>
        <source>No campaign is waiting to be resumed.
</source>
        <translation>No campaign is waiting to be resumed.
</translation>
    </message>
    <message>
        <source>Campaign %1: %2
</source>
        <translation>Campaign %1: %2
</translation>
    </message>
    <message>
        <source>List every recipient with its state and server reply.</source>
        <translation>List every recipient with its state and server reply.</translation>
    </message>
    <message>
        <source>status takes at most one campaign id.</source>
        <translation>status takes at most one campaign id.</translation>
    </message>
    <message>
        <source>No campaigns yet.
</source>
        <translation>No campaigns yet.
</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>There is no campaign %1.</translation>
    </message>
    <message>
        <source>last error: %1
</source>
        <translation>last error: %1
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a template ID; tayori-cli template list shows them.</source>
        <translation>&quot;%1&quot; is not a template ID; tayori-cli template list shows them.</translation>
    </message>
    <message>
        <source>A template from the library (tayori-cli template list) instead of --html and --text.</source>
        <translation>A template from the library (tayori-cli template list) instead of --html and --text.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Give either --template or --html/--text, not both.</source>
        <translation>Give either --template or --html/--text, not both.</translation>
    </message>
    <message>
        <source>send needs --%1 (or --template).</source>
        <translation>send needs --%1 (or --template).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>run-due takes no arguments.</source>
        <translation>run-due takes no arguments.</translation>
    </message>
    <message>
        <source>Nothing is due.
</source>
        <translation>Nothing is due.
</translation>
    </message>
    <message>
        <source>Schedule instead of sending now: YYYY-MM-DDTHH:MM[:SS] in local time, or with Z or ±HH:MM; tayori-cli run-due sends it when the time comes.</source>
        <translation>Schedule instead of sending now: YYYY-MM-DDTHH:MM[:SS] in local time, or with Z or ±HH:MM; tayori-cli run-due sends it when the time comes.</translation>
    </message>
    <message numerus="yes">
        <source>Campaign %1 is scheduled for %2 (%n recipient(s)). tayori-cli run-due sends it when the time comes: run it every few minutes from cron, a systemd timer or the Task Scheduler.
</source>
        <translation>
            <numerusform>Campaign %1 is scheduled for %2 (%n recipient). tayori-cli run-due sends it when the time comes: run it every few minutes from cron, a systemd timer or the Task Scheduler.
</numerusform>
            <numerusform>Campaign %1 is scheduled for %2 (%n recipients). tayori-cli run-due sends it when the time comes: run it every few minutes from cron, a systemd timer or the Task Scheduler.
</numerusform>
        </translation>
    </message>
    <message>
        <source><byte value="xd"/>campaign %1: %2 of %3 sent, %4 failed, %5 deferred — %6 msg/s   </source>
        <translation>&lt;byte value=&quot;xd&quot;/&gt;campaign %1: %2 of %3 sent, %4 failed, %5 deferred — %6 msg/s   </translation>
    </message>
    <message>
        <source>Step mail: %1
</source>
        <translation>Step mail: %1
</translation>
    </message>
    <message>
        <source>Campaign %1: %2 Fix it, then run: tayori-cli resume %1
</source>
        <translation>Campaign %1: %2 Fix it, then run: tayori-cli resume %1
</translation>
    </message>
</context>
<context>
    <name>SendTestDialog</name>
    <message>
        <source>Send a test message</source>
        <translation>Send a test message</translation>
    </message>
    <message>
        <source>you@example.jp</source>
        <translation>you@example.jp</translation>
    </message>
    <message>
        <source>Sample data (your own sender name)</source>
        <translation>Sample data (your own sender name)</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Send &amp;to:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>Personalised as:</source>
        <translation>Personalised as:</translation>
    </message>
    <message>
        <source>The subject starts with %1 and the links in a test unsubscribe no one.</source>
        <translation>The subject starts with %1 and the links in a test unsubscribe no one.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Sending to %1…</translation>
    </message>
</context>
<context>
    <name>SendWindow</name>
    <message>
        <source>“%1” is not a send window; write the days and the hours, such as “mon,tue,wed,thu,fri 09:00-18:00”.</source>
        <translation>“%1” is not a send window; write the days and the hours, such as “mon,tue,wed,thu,fri 09:00-18:00”.</translation>
    </message>
    <message>
        <source>“%1” in the send window is not a day; use mon, tue, wed, thu, fri, sat and sun.</source>
        <translation>“%1” in the send window is not a day; use mon, tue, wed, thu, fri, sat and sun.</translation>
    </message>
    <message>
        <source>The send window “%1” has a time that does not exist; use 00:00 to 24:00.</source>
        <translation>The send window “%1” has a time that does not exist; use 00:00 to 24:00.</translation>
    </message>
    <message>
        <source>The send window “%1” closes before it opens; a window cannot span midnight, so choose an end time later than the start.</source>
        <translation>The send window “%1” closes before it opens; a window cannot span midnight, so choose an end time later than the start.</translation>
    </message>
    <message>
        <source>The send window “%1” names no day; choose at least one.</source>
        <translation>The send window “%1” names no day; choose at least one.</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Every day</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Weekdays</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>Weekends</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between day names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <extracomment>Days, opening time, closing time: &quot;Weekdays 9:00–18:00&quot; (Japanese: &quot;平日 9:00〜18:00&quot;).</extracomment>
        <translation>%1 %2–%3</translation>
    </message>
</context>
<context>
    <name>SenderIdentityStore</name>
    <message>
        <source>The sender name contains a line break or control character; type it on one line.</source>
        <translation>The sender name contains a line break or control character; type it on one line.</translation>
    </message>
    <message>
        <source>The sender address &apos;%1&apos; is not valid: %2</source>
        <translation>The sender address &apos;%1&apos; is not valid: %2</translation>
    </message>
    <message>
        <source>The reply-to address &apos;%1&apos; is not valid: %2</source>
        <translation>The reply-to address &apos;%1&apos; is not valid: %2</translation>
    </message>
    <message>
        <source>The bounce domain &apos;%1&apos; is not a valid domain name; type a domain such as mail.example.co.jp.</source>
        <translation>The bounce domain &apos;%1&apos; is not a valid domain name; type a domain such as mail.example.co.jp.</translation>
    </message>
    <message>
        <source>A sender with the address %1 already exists; edit that one instead.</source>
        <translation>A sender with the address %1 already exists; edit that one instead.</translation>
    </message>
    <message>
        <source>That sender no longer exists; reopen the settings.</source>
        <translation>That sender no longer exists; reopen the settings.</translation>
    </message>
</context>
<context>
    <name>SendingView</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Cancel sending…</source>
        <translation>Cancel sending…</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Retry failed</translation>
    </message>
    <message>
        <source>Sends again to the recipients whose server refused the message (not to bounced addresses).</source>
        <translation>Sends again to the recipients whose server refused the message (not to bounced addresses).</translation>
    </message>
    <message>
        <source>Send to the rest</source>
        <translation>Send to the rest</translation>
    </message>
    <message>
        <source>Sends this cancelled campaign to the recipients it had not reached yet.</source>
        <translation>Sends this cancelled campaign to the recipients it had not reached yet.</translation>
    </message>
    <message>
        <source>Search addresses and server replies</source>
        <translation>Search addresses and server replies</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>This campaign no longer exists.</source>
        <translation>This campaign no longer exists.</translation>
    </message>
    <message>
        <source>%1 — Sending</source>
        <translation>%1 — Sending</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Scheduled for %1</translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation>finished %1</translation>
    </message>
    <message>
        <source>Sent %1 · Deferred %2 · Failed %3 · Skipped %4 · Queued %5</source>
        <translation>Sent %1 · Deferred %2 · Failed %3 · Skipped %4 · Queued %5</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 messages per second · about %2 left</source>
        <translation>%1 messages per second · about %2 left</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Nothing can send now.</source>
        <translation>Nothing can send now.</translation>
    </message>
    <message>
        <source>The campaign could not continue: %1</source>
        <translation>The campaign could not continue: %1</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Cancel sending</translation>
    </message>
    <message>
        <source>Stop sending this campaign? Recipients not reached yet get nothing; you can still send to them later with &quot;Send to the rest&quot;.</source>
        <translation>Stop sending this campaign? Recipients not reached yet get nothing; you can still send to them later with &quot;Send to the rest&quot;.</translation>
    </message>
</context>
<context>
    <name>Sequence</name>
    <message>
        <source>on joining</source>
        <translation>on joining</translation>
    </message>
    <message>
        <source>right after the previous step</source>
        <translation>right after the previous step</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) after joining</source>
        <translation>
            <numerusform>%n hour after joining</numerusform>
            <numerusform>%n hours after joining</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) after the previous step</source>
        <translation>
            <numerusform>%n hour after the previous step</numerusform>
            <numerusform>%n hours after the previous step</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after joining</source>
        <translation>
            <numerusform>%n day after joining</numerusform>
            <numerusform>%n days after joining</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the previous step</source>
        <translation>
            <numerusform>%n day after the previous step</numerusform>
            <numerusform>%n days after the previous step</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, at %2</source>
        <translation>%1, at %2</translation>
    </message>
</context>
<context>
    <name>SequenceCommand</name>
    <message>
        <source>sequence takes the subcommand list or show.</source>
        <translation>sequence takes the subcommand list or show.</translation>
    </message>
    <message>
        <source>sequence list takes no arguments.</source>
        <translation>sequence list takes no arguments.</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  %3  list %4, %n step(s), %5 enrolled, %6 finished, %7 left
</source>
        <translation>
            <numerusform>%1  %2  %3  list %4, %n step, %5 enrolled, %6 finished, %7 left
</numerusform>
            <numerusform>%1  %2  %3  list %4, %n steps, %5 enrolled, %6 finished, %7 left
</numerusform>
        </translation>
    </message>
    <message>
        <source>on </source>
        <translation>on </translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>No sequences yet: make one in Tayori (Step mail).
</source>
        <translation>No sequences yet: make one in Tayori (Step mail).
</translation>
    </message>
    <message>
        <source>sequence show takes exactly one sequence ID (see sequence list).</source>
        <translation>sequence show takes exactly one sequence ID (see sequence list).</translation>
    </message>
    <message>
        <source>There is no sequence %1. tayori-cli sequence list shows them.</source>
        <translation>There is no sequence %1. tayori-cli sequence list shows them.</translation>
    </message>
    <message>
        <source>%1 (%2), list %3, time zone %4
%5 enrolled: %6 active, %7 finished, %8 left
</source>
        <translation>%1 (%2), list %3, time zone %4
%5 enrolled: %6 active, %7 finished, %8 left
</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>of this computer</source>
        <translation>of this computer</translation>
    </message>
    <message>
        <source>  %1. %2 — &quot;%3&quot; (template %4): %5 queued, %6 waiting
</source>
        <translation>  %1. %2 — &quot;%3&quot; (template %4): %5 queued, %6 waiting
</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
</context>
<context>
    <name>SequenceDialog</name>
    <message>
        <source>&amp;On: new members of the list get the steps</source>
        <translation>&amp;On: new members of the list get the steps</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Add step</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>&amp;Remove step</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>New sequence</source>
        <translation>New sequence</translation>
    </message>
    <message>
        <source>Edit sequence</source>
        <translation>Edit sequence</translation>
    </message>
    <message>
        <source>e.g. Welcome</source>
        <translation>e.g. Welcome</translation>
    </message>
    <message>
        <source>Choose a list…</source>
        <translation>Choose a list…</translation>
    </message>
    <message>
        <source>The default sender</source>
        <translation>The default sender</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>This computer&apos;s (%1)</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Delay</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Counted from</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Send at</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Starts when a contact joins:</source>
        <translation>&amp;Starts when a contact joins:</translation>
    </message>
    <message>
        <source>S&amp;ender:</source>
        <translation>S&amp;ender:</translation>
    </message>
    <message>
        <source>&amp;Time zone for send times:</source>
        <translation>&amp;Time zone for send times:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Web address:</translation>
    </message>
    <message>
        <source>Each step is sent once per contact. Editing never resends a step someone already had; a step inserted before where a contact stands is not sent to them.</source>
        <translation>Each step is sent once per contact. Editing never resends a step someone already had; a step inserted before where a contact stands is not sent to them.</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Steps:</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>after the previous step</source>
        <translation>after the previous step</translation>
    </message>
    <message>
        <source>after joining the list</source>
        <translation>after joining the list</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>any time</translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation>Choose a template…</translation>
    </message>
    <message>
        <source>Subject, merge fields allowed</source>
        <translation>Subject, merge fields allowed</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>%1 sent, %2 waiting</source>
        <translation>%1 sent, %2 waiting</translation>
    </message>
    <message>
        <source>empty: the web address in Settings</source>
        <translation>empty: the web address in Settings</translation>
    </message>
</context>
<context>
    <name>SequenceProgress</name>
    <message>
        <source>Cannot update the progress of the sequence: %1</source>
        <translation>Cannot update the progress of the sequence: %1</translation>
    </message>
</context>
<context>
    <name>SequenceRunner</name>
    <message>
        <source>Step mail: database error: %1</source>
        <translation>Step mail: database error: %1</translation>
    </message>
    <message>
        <source>%1 — step %2</source>
        <translation>%1 — step %2</translation>
    </message>
    <message>
        <source>Step mail: %1, step %2</source>
        <translation>Step mail: %1, step %2</translation>
    </message>
    <message>
        <source>Step %1 of the sequence &quot;%2&quot; cannot be sent: %3</source>
        <translation>Step %1 of the sequence &quot;%2&quot; cannot be sent: %3</translation>
    </message>
    <message>
        <source>Step %1 cannot be sent: %2</source>
        <translation>Step %1 cannot be sent: %2</translation>
    </message>
</context>
<context>
    <name>SequenceStore</name>
    <message>
        <source>Cannot save the sequence: %1</source>
        <translation>Cannot save the sequence: %1</translation>
    </message>
    <message>
        <source>The sequence has no name. Give it one.</source>
        <translation>The sequence has no name. Give it one.</translation>
    </message>
    <message>
        <source>Another sequence is already called &quot;%1&quot;. Choose another name.</source>
        <translation>Another sequence is already called &quot;%1&quot;. Choose another name.</translation>
    </message>
    <message>
        <source>The sequence has no trigger list. Choose the list whose new members get it.</source>
        <translation>The sequence has no trigger list. Choose the list whose new members get it.</translation>
    </message>
    <message>
        <source>The sender identity of the sequence no longer exists. Choose another sender.</source>
        <translation>The sender identity of the sequence no longer exists. Choose another sender.</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is unknown. Choose one from the list, such as Asia/Tokyo.</source>
        <translation>The time zone &quot;%1&quot; is unknown. Choose one from the list, such as Asia/Tokyo.</translation>
    </message>
    <message>
        <source>The web address &quot;%1&quot; is not valid. Give the https:// address where Tayori&apos;s web pages answer.</source>
        <translation>The web address &quot;%1&quot; is not valid. Give the https:// address where Tayori&apos;s web pages answer.</translation>
    </message>
    <message>
        <source>The sequence has no steps. Add at least one mail to send.</source>
        <translation>The sequence has no steps. Add at least one mail to send.</translation>
    </message>
    <message>
        <source>Step %1 has no template. Choose the template it sends.</source>
        <translation>Step %1 has no template. Choose the template it sends.</translation>
    </message>
    <message>
        <source>The template of step %1 no longer exists. Choose another template.</source>
        <translation>The template of step %1 no longer exists. Choose another template.</translation>
    </message>
    <message>
        <source>Step %1 has no subject. Write the subject of its mail.</source>
        <translation>Step %1 has no subject. Write the subject of its mail.</translation>
    </message>
    <message>
        <source>The delay of step %1 is negative. Enter 0 or more.</source>
        <translation>The delay of step %1 is negative. Enter 0 or more.</translation>
    </message>
    <message>
        <source>The sequence no longer exists; it may have been deleted.</source>
        <translation>The sequence no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <source>A step of the sequence was deleted meanwhile. Open the sequence again.</source>
        <translation>A step of the sequence was deleted meanwhile. Open the sequence again.</translation>
    </message>
    <message>
        <source>Cannot delete the sequence: %1</source>
        <translation>Cannot delete the sequence: %1</translation>
    </message>
    <message>
        <source>Step %1 stopped: %2</source>
        <translation>Step %1 stopped: %2</translation>
    </message>
</context>
<context>
    <name>SequencesPage</name>
    <message>
        <source>&amp;New sequence…</source>
        <translation>&amp;New sequence…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Starts on joining</source>
        <translation>Starts on joining</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>A sequence sends its steps to everyone who joins its list — by import, by hand or by signing up — while it is on. Whoever unsubscribes or leaves the list leaves the sequence. Step mail goes out while Tayori is open or whenever tayori-cli run-due runs.</source>
        <translation>A sequence sends its steps to everyone who joins its list — by import, by hand or by signing up — while it is on. Whoever unsubscribes or leaves the list leaves the sequence. Step mail goes out while Tayori is open or whenever tayori-cli run-due runs.</translation>
    </message>
    <message>
        <source>(no list)</source>
        <translation>(no list)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Delete sequence</source>
        <translation>Delete sequence</translation>
    </message>
    <message numerus="yes">
        <source>Delete the sequence %1? %n contact(s) still waiting for a step will not get it; what was sent stays in the reports.</source>
        <translation>
            <numerusform>Delete the sequence %1? %n contact still waiting for a step will not get it; what was sent stays in the reports.</numerusform>
            <numerusform>Delete the sequence %1? %n contacts still waiting for a step will not get it; what was sent stays in the reports.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>serve takes only --listen ADDRESS:PORT, such as --listen 0.0.0.0:8080.</source>
        <translation>serve takes only --listen ADDRESS:PORT, such as --listen 0.0.0.0:8080.</translation>
    </message>
    <message>
        <source>--listen &quot;%1&quot; is not ADDRESS:PORT, such as 127.0.0.1:8080.</source>
        <translation>--listen &quot;%1&quot; is not ADDRESS:PORT, such as 127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Serving on http://%1/ — press Ctrl-C to stop.
</source>
        <translation>Serving on http://%1/ — press Ctrl-C to stop.
</translation>
    </message>
</context>
<context>
    <name>SetBlockPropertyCommand</name>
    <message>
        <source>Edit block</source>
        <translation>Edit block</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>The new language applies the next time Tayori starts.</source>
        <translation>The new language applies the next time Tayori starts.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Contacts database:</source>
        <translation>Contacts database:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Mail servers</source>
        <translation>Mail servers</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Senders</translation>
    </message>
    <message>
        <source>DKIM keys</source>
        <translation>DKIM keys</translation>
    </message>
    <message>
        <source>https://news.example.jp</source>
        <translation>https://news.example.jp</translation>
    </message>
    <message>
        <source>Where recipients&apos; unsubscribe and preference links point: the address at which tayori-cli serve answers. Needed to send through a mail server.</source>
        <translation>Where recipients&apos; unsubscribe and preference links point: the address at which tayori-cli serve answers. Needed to send through a mail server.</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Web address:</translation>
    </message>
    <message>
        <source>Web address cleared.</source>
        <translation>Web address cleared.</translation>
    </message>
    <message>
        <source>Saved. Campaigns and step mail link to %1.</source>
        <translation>Saved. Campaigns and step mail link to %1.</translation>
    </message>
</context>
<context>
    <name>SmtpConnection</name>
    <message>
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>the greeting</translation>
    </message>
    <message>
        <source>the TLS handshake</source>
        <translation>the TLS handshake</translation>
    </message>
    <message>
        <source>the end of DATA</source>
        <translation>the end of DATA</translation>
    </message>
    <message>
        <source>%1 sent something that is not an SMTP reply (&quot;%2&quot;); check the host and port.</source>
        <translation>%1 sent something that is not an SMTP reply (&quot;%2&quot;); check the host and port.</translation>
    </message>
    <message>
        <source>%1 sent an endless line instead of an SMTP reply; check the host and port.</source>
        <translation>%1 sent an endless line instead of an SMTP reply; check the host and port.</translation>
    </message>
    <message>
        <source>%1 is not accepting mail now (%2); try again later.</source>
        <translation>%1 is not accepting mail now (%2); try again later.</translation>
    </message>
    <message>
        <source>%1 refused the connection (%2); check the relay settings.</source>
        <translation>%1 refused the connection (%2); check the relay settings.</translation>
    </message>
    <message>
        <source>%1 refused %2 (%3); set the host name Tayori greets with in the relay settings.</source>
        <translation>%1 refused %2 (%3); set the host name Tayori greets with in the relay settings.</translation>
    </message>
    <message>
        <source>%1 refused STARTTLS (%2); ask the relay&apos;s administrator or use smtps://.</source>
        <translation>%1 refused STARTTLS (%2); ask the relay&apos;s administrator or use smtps://.</translation>
    </message>
    <message>
        <source>The server rejected the user name or password for %1 (%2); check them in the relay settings or TAYORI_SMTP_PASSWORD.</source>
        <translation>The server rejected the user name or password for %1 (%2); check them in the relay settings or TAYORI_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>%1 did not accept the login (%2); check the user name and the relay settings.</source>
        <translation>%1 did not accept the login (%2); check the user name and the relay settings.</translation>
    </message>
    <message>
        <source>%1 answered out of turn (%2).</source>
        <translation>%1 answered out of turn (%2).</translation>
    </message>
    <message>
        <source>%1: the server does not offer STARTTLS; use smtps:// if it speaks TLS on another port, or smtp://…?tls=none only for a trusted local relay.</source>
        <translation>%1: the server does not offer STARTTLS; use smtps:// if it speaks TLS on another port, or smtp://…?tls=none only for a trusted local relay.</translation>
    </message>
    <message>
        <source>%1 does not offer AUTH; remove the user name from the relay settings or check the port.</source>
        <translation>%1 does not offer AUTH; remove the user name from the relay settings or check the port.</translation>
    </message>
    <message>
        <source>%1 offers neither AUTH PLAIN nor AUTH LOGIN (%2); ask the relay&apos;s administrator.</source>
        <translation>%1 offers neither AUTH PLAIN nor AUTH LOGIN (%2); ask the relay&apos;s administrator.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 cannot be trusted (%2); if this is your relay, add its certificate in Settings → Relays.</source>
        <translation>The TLS certificate of %1 cannot be trusted (%2); if this is your relay, add its certificate in Settings → Relays.</translation>
    </message>
    <message>
        <source>Cannot connect to %1 (%2); check the host, the port and that the server is running.</source>
        <translation>Cannot connect to %1 (%2); check the host, the port and that the server is running.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while waiting for the reply to %2 (%3); it will be retried.</source>
        <translation>The connection to %1 was lost while waiting for the reply to %2 (%3); it will be retried.</translation>
    </message>
    <message>
        <source>%1 did not answer %2 within %3 s; the relay is slow or unreachable, it will be retried.</source>
        <translation>%1 did not answer %2 within %3 s; the relay is slow or unreachable, it will be retried.</translation>
    </message>
</context>
<context>
    <name>SmtpTransport</name>
    <message>
        <source>The envelope address &quot;%1&quot; or &quot;%2&quot; is not valid; check the bounce address and the recipient.</source>
        <translation>The envelope address &quot;%1&quot; or &quot;%2&quot; is not valid; check the bounce address and the recipient.</translation>
    </message>
    <message>
        <source>%1 does not offer SMTPUTF8, so it cannot take the non-ASCII address &quot;%2&quot;; use an ASCII address or a relay with SMTPUTF8.</source>
        <translation>%1 does not offer SMTPUTF8, so it cannot take the non-ASCII address &quot;%2&quot;; use an ASCII address or a relay with SMTPUTF8.</translation>
    </message>
    <message>
        <source>The message is %1 bytes but %2 takes at most %3; make it smaller (images, attachments).</source>
        <translation>The message is %1 bytes but %2 takes at most %3; make it smaller (images, attachments).</translation>
    </message>
    <message>
        <source>%1 answered out of turn (%2); it will be retried.</source>
        <translation>%1 answered out of turn (%2); it will be retried.</translation>
    </message>
    <message>
        <source>%1 requires encryption or a login before it takes mail (%2); use STARTTLS and a user name in the relay settings.</source>
        <translation>%1 requires encryption or a login before it takes mail (%2); use STARTTLS and a user name in the relay settings.</translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of a message; it will be retried.</source>
        <translation>%1 closed the connection in the middle of a message; it will be retried.</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>This build of Tayori links SQLite %1 but Qt&apos;s SQLite driver runs %2: rebuild Qt&apos;s SQLite driver against the system SQLite.</source>
        <translation>This build of Tayori links SQLite %1 but Qt&apos;s SQLite driver runs %2: rebuild Qt&apos;s SQLite driver against the system SQLite.</translation>
    </message>
</context>
<context>
    <name>StarterTemplates</name>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Announcement</translation>
    </message>
    <message>
        <source>Event invitation</source>
        <translation>Event invitation</translation>
    </message>
    <message>
        <source>Simple letter</source>
        <translation>Simple letter</translation>
    </message>
    <message>
        <source>There is no starter template &quot;%1&quot; in language &quot;%2&quot;. Choose one from the list.</source>
        <translation>There is no starter template &quot;%1&quot; in language &quot;%2&quot;. Choose one from the list.</translation>
    </message>
    <message>
        <source>The starter template %1 is missing from this build (%2). Reinstall Tayori.</source>
        <translation>The starter template %1 is missing from this build (%2). Reinstall Tayori.</translation>
    </message>
    <message>
        <source>The starter template %1 is damaged: %2</source>
        <translation>The starter template %1 is damaged: %2</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>number %1</translation>
    </message>
    <message>
        <source>image %1 has no name or type.</source>
        <translation>image %1 has no name or type.</translation>
    </message>
    <message>
        <source>the data of image %1 is not valid base64.</source>
        <translation>the data of image %1 is not valid base64.</translation>
    </message>
</context>
<context>
    <name>TemplateCommand</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB, too large for this; check the file name.</source>
        <translation>%1 is %2 MB, too large for this; check the file name.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object of field names and values, such as {&quot;first_name&quot;: &quot;太郎&quot;}%2.</source>
        <translation>%1 is not a JSON object of field names and values, such as {&quot;first_name&quot;: &quot;太郎&quot;}%2.</translation>
    </message>
    <message>
        <source> (%1 at character %2)</source>
        <translation> (%1 at character %2)</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; in %2 is not text or a number; give it as &quot;text&quot;.</source>
        <translation>The value of &quot;%1&quot; in %2 is not text or a number; give it as &quot;text&quot;.</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; is used but not embedded in the file; the HTML shows it as missing. Export the template from Tayori to include it.</source>
        <translation>The image &quot;%1&quot; is used but not embedded in the file; the HTML shows it as missing. Export the template from Tayori to include it.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>tayori-cli: warning: %1
</source>
        <translation>tayori-cli: warning: %1
</translation>
    </message>
    <message>
        <source>template takes the subcommand list, import, export or render.</source>
        <translation>template takes the subcommand list, import, export or render.</translation>
    </message>
    <message>
        <source>template list takes no arguments.</source>
        <translation>template list takes no arguments.</translation>
    </message>
    <message>
        <source>No templates yet: import one with tayori-cli template import FILE, or make one in Tayori.
</source>
        <translation>No templates yet: import one with tayori-cli template import FILE, or make one in Tayori.
</translation>
    </message>
    <message>
        <source>template import takes exactly one FILE.</source>
        <translation>template import takes exactly one FILE.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported &quot;%1&quot; as template %2 (%n image(s)).
</source>
        <translation>
            <numerusform>Imported &quot;%1&quot; as template %2 (%n image).
</numerusform>
            <numerusform>Imported &quot;%1&quot; as template %2 (%n images).
</numerusform>
        </translation>
    </message>
    <message>
        <source>template export takes an ID and a FILE.</source>
        <translation>template export takes an ID and a FILE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a template ID; tayori-cli template list shows them.</source>
        <translation>&quot;%1&quot; is not a template ID; tayori-cli template list shows them.</translation>
    </message>
    <message>
        <source>Template %1 written to %2.
</source>
        <translation>Template %1 written to %2.
</translation>
    </message>
    <message>
        <source>Personalise as the contact with this address.</source>
        <translation>Personalise as the contact with this address.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>Personalise with a JSON object of field → value.</source>
        <translation>Personalise with a JSON object of field → value.</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>FILE.json</translation>
    </message>
    <message>
        <source>Where to write the HTML.</source>
        <translation>Where to write the HTML.</translation>
    </message>
    <message>
        <source>FILE.html</source>
        <translation>FILE.html</translation>
    </message>
    <message>
        <source>Where to write the plain text.</source>
        <translation>Where to write the plain text.</translation>
    </message>
    <message>
        <source>FILE.txt</source>
        <translation>FILE.txt</translation>
    </message>
    <message>
        <source>template render takes exactly one template FILE.json.</source>
        <translation>template render takes exactly one template FILE.json.</translation>
    </message>
    <message>
        <source>template render needs --out FILE.html.</source>
        <translation>template render needs --out FILE.html.</translation>
    </message>
    <message>
        <source>Use either --contact or --data, not both.</source>
        <translation>Use either --contact or --data, not both.</translation>
    </message>
    <message>
        <source>There is no contact with the address %1; check it with tayori-cli contacts count --search %1.</source>
        <translation>There is no contact with the address %1; check it with tayori-cli contacts count --search %1.</translation>
    </message>
    <message>
        <source>%1 cannot be personalised: %2</source>
        <translation>%1 cannot be personalised: %2</translation>
    </message>
    <message>
        <source>%1 (block %2)</source>
        <translation>%1 (block %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) above: the files were written anyway.
</source>
        <translation>
            <numerusform>%n warning above: the files were written anyway.
</numerusform>
            <numerusform>%n warnings above: the files were written anyway.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.
</source>
        <translation>Wrote %1.
</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n image(s) to %1.
</source>
        <translation>
            <numerusform>Wrote %n image to %1.
</numerusform>
            <numerusform>Wrote %n images to %1.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateDocument</name>
    <message>
        <source>The template is damaged: %1 is not an object.</source>
        <translation>The template is damaged: %1 is not an object.</translation>
    </message>
    <message>
        <source>block “%1”</source>
        <translation>block “%1”</translation>
    </message>
    <message>
        <source>The template is damaged: %1 has no id.</source>
        <translation>The template is damaged: %1 has no id.</translation>
    </message>
    <message>
        <source>%1 has the unknown type “%2”; it may come from a newer Tayori: update Tayori to open it.</source>
        <translation>%1 has the unknown type “%2”; it may come from a newer Tayori: update Tayori to open it.</translation>
    </message>
    <message>
        <source>The template is damaged: %1 puts columns inside columns.</source>
        <translation>The template is damaged: %1 puts columns inside columns.</translation>
    </message>
    <message>
        <source>The template is damaged: %1 must have 2 or 3 columns.</source>
        <translation>The template is damaged: %1 must have 2 or 3 columns.</translation>
    </message>
    <message>
        <source>The template is damaged: column %1 of %2 is not a list of blocks.</source>
        <translation>The template is damaged: column %1 of %2 is not a list of blocks.</translation>
    </message>
    <message>
        <source>block %1 of column %2 of %3</source>
        <translation>block %1 of column %2 of %3</translation>
    </message>
    <message>
        <source>This is not a template file: the JSON is invalid at character %1 (%2).</source>
        <translation>This is not a template file: the JSON is invalid at character %1 (%2).</translation>
    </message>
    <message>
        <source>This is not a template file: it holds no JSON object.</source>
        <translation>This is not a template file: it holds no JSON object.</translation>
    </message>
    <message>
        <source>This is not a Tayori template file (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>This is not a Tayori template file (its &quot;format&quot; is not &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The template is damaged: it has no valid version number.</source>
        <translation>The template is damaged: it has no valid version number.</translation>
    </message>
    <message>
        <source>This template was made by a newer Tayori (format version %1; this one reads up to %2). Update Tayori to open it.</source>
        <translation>This template was made by a newer Tayori (format version %1; this one reads up to %2). Update Tayori to open it.</translation>
    </message>
    <message>
        <source>The template has the unknown kind “%1”; it may come from a newer Tayori.</source>
        <translation>The template has the unknown kind “%1”; it may come from a newer Tayori.</translation>
    </message>
    <message>
        <source>The template is damaged: &quot;blocks&quot; is not a list.</source>
        <translation>The template is damaged: &quot;blocks&quot; is not a list.</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>block %1</translation>
    </message>
    <message>
        <source>The template is damaged: the block id “%1” is used twice.</source>
        <translation>The template is damaged: the block id “%1” is used twice.</translation>
    </message>
</context>
<context>
    <name>TemplatePreflight</name>
    <message>
        <source>The mail has no unsubscribe link. Japan&apos;s Act on Specified Electronic Mail (特定電子メール法) requires a way to opt out in every mail: add a footer block, or a link to {{unsubscribe_url}}.</source>
        <translation>The mail has no unsubscribe link. Japan&apos;s Act on Specified Electronic Mail (特定電子メール法) requires a way to opt out in every mail: add a footer block, or a link to {{unsubscribe_url}}.</translation>
    </message>
    <message>
        <source>No sender address was found in the HTML. Japan&apos;s Act on Specified Electronic Mail (特定電子メール法) requires the sender&apos;s name and address in every mail: add them at the bottom of the mail.</source>
        <translation>No sender address was found in the HTML. Japan&apos;s Act on Specified Electronic Mail (特定電子メール法) requires the sender&apos;s name and address in every mail: add them at the bottom of the mail.</translation>
    </message>
    <message>
        <source>The mail has no footer with the sender&apos;s name and address. Japan&apos;s Act on Specified Electronic Mail (特定電子メール法) requires both in every mail: add a footer block and fill in the sender name and address.</source>
        <translation>The mail has no footer with the sender&apos;s name and address. Japan&apos;s Act on Specified Electronic Mail (特定電子メール法) requires both in every mail: add a footer block and fill in the sender name and address.</translation>
    </message>
    <message>
        <source>An image has no alternative text. Many mail programs do not show images until asked, and screen readers read the alt text: describe the image.</source>
        <translation>An image has no alternative text. Many mail programs do not show images until asked, and screen readers read the alt text: describe the image.</translation>
    </message>
    <message>
        <source>The mail is almost only images. It looks empty where images are blocked and spam filters distrust it: add the message as text too.</source>
        <translation>The mail is almost only images. It looks empty where images are blocked and spam filters distrust it: add the message as text too.</translation>
    </message>
    <message>
        <source>The HTML is %1 KB; Gmail cuts off messages over %2 KB (and the unsubscribe link with them). Shorten the text or use fewer blocks.</source>
        <translation>The HTML is %1 KB; Gmail cuts off messages over %2 KB (and the unsubscribe link with them). Shorten the text or use fewer blocks.</translation>
    </message>
    <message>
        <source>The link %1 is not encrypted (http://). Use https:// if the site supports it; mail programs warn about plain links.</source>
        <translation>The link %1 is not encrypted (http://). Use https:// if the site supports it; mail programs warn about plain links.</translation>
    </message>
    <message>
        <source>The merge field “%1” is not a field of your contacts (known: %2). Correct its name, or add “%1” as a custom field of the contacts.</source>
        <translation>The merge field “%1” is not a field of your contacts (known: %2). Correct its name, or add “%1” as a custom field of the contacts.</translation>
    </message>
    <message>
        <source>A merge field is written wrongly: %1 Fix it, or the mail cannot be sent.</source>
        <translation>A merge field is written wrongly: %1 Fix it, or the mail cannot be sent.</translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>The address “%1” was removed: only full https:// addresses (or mailto:) work in mail. Enter the complete address.</source>
        <translation>The address “%1” was removed: only full https:// addresses (or mailto:) work in mail. Enter the complete address.</translation>
    </message>
    <message>
        <source>Unsafe content was removed from the HTML: %1. Mail programs block it or mark the mail as dangerous; check that the block still looks right.</source>
        <translation>Unsafe content was removed from the HTML: %1. Mail programs block it or mark the mail as dangerous; check that the block still looks right.</translation>
    </message>
    <message>
        <source>Images are to be loaded from the web, but no web address for them is set. Set the public base URL of the web endpoint in the settings, or send the images inline.</source>
        <translation>Images are to be loaded from the web, but no web address for them is set. Set the public base URL of the web endpoint in the settings, or send the images inline.</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>The image &quot;%1&quot; is %2 MB; images up to %3 MB can be used. Make it smaller in an image editor and add it again.</source>
        <translation>The image &quot;%1&quot; is %2 MB; images up to %3 MB can be used. Make it smaller in an image editor and add it again.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PNG, JPEG, GIF or WebP image; choose an image file.</source>
        <translation>&quot;%1&quot; is not a PNG, JPEG, GIF or WebP image; choose an image file.</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; is damaged and cannot be read; save it again in an image editor.</source>
        <translation>The image &quot;%1&quot; is damaged and cannot be read; save it again in an image editor.</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; is %2×%3 pixels, too large to use in a mail (at most %4 megapixels); make it smaller in an image editor and add it again.</source>
        <translation>The image &quot;%1&quot; is %2×%3 pixels, too large to use in a mail (at most %4 megapixels); make it smaller in an image editor and add it again.</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; is damaged and cannot be read (%2); save it again in an image editor.</source>
        <translation>The image &quot;%1&quot; is damaged and cannot be read (%2); save it again in an image editor.</translation>
    </message>
    <message>
        <source>The image could not be converted (%1).</source>
        <translation>The image could not be converted (%1).</translation>
    </message>
    <message>
        <source>%1: the database reported &quot;%2&quot;.</source>
        <translation>%1: the database reported &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The template file&apos;s &quot;assets&quot; is not a list of images; the file is damaged.</source>
        <translation>The template file&apos;s &quot;assets&quot; is not a list of images; the file is damaged.</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>number %1</translation>
    </message>
    <message>
        <source>The image %1 in the template file has no usable name (letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; only); the file is damaged.</source>
        <translation>The image %1 in the template file has no usable name (letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; only); the file is damaged.</translation>
    </message>
    <message>
        <source>The template file holds two images named &quot;%1&quot;; the file is damaged.</source>
        <translation>The template file holds two images named &quot;%1&quot;; the file is damaged.</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; in the template file is larger than %2 MB; nothing was imported.</source>
        <translation>The image &quot;%1&quot; in the template file is larger than %2 MB; nothing was imported.</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; in the template file is not valid base64 data; the file is damaged.</source>
        <translation>The image &quot;%1&quot; in the template file is not valid base64 data; the file is damaged.</translation>
    </message>
    <message>
        <source>The template has no name; give it one, such as &quot;December newsletter&quot;.</source>
        <translation>The template has no name; give it one, such as &quot;December newsletter&quot;.</translation>
    </message>
    <message>
        <source>A template named &quot;%1&quot; already exists; choose another name.</source>
        <translation>A template named &quot;%1&quot; already exists; choose another name.</translation>
    </message>
    <message>
        <source>The template could not be stored</source>
        <translation>The template could not be stored</translation>
    </message>
    <message>
        <source>The template could not be read</source>
        <translation>The template could not be read</translation>
    </message>
    <message>
        <source>There is no template %1; it may have been deleted. Reopen the templates library.</source>
        <translation>There is no template %1; it may have been deleted. Reopen the templates library.</translation>
    </message>
    <message>
        <source>The stored template &quot;%1&quot; cannot be read: %2</source>
        <translation>The stored template &quot;%1&quot; cannot be read: %2</translation>
    </message>
    <message>
        <source>The template could not be saved</source>
        <translation>The template could not be saved</translation>
    </message>
    <message>
        <source>There is no template %1; it may have been deleted. Save it under a new name.</source>
        <translation>There is no template %1; it may have been deleted. Save it under a new name.</translation>
    </message>
    <message>
        <source>There is no template %1; it may have been deleted.</source>
        <translation>There is no template %1; it may have been deleted.</translation>
    </message>
    <message>
        <source>The template could not be renamed</source>
        <translation>The template could not be renamed</translation>
    </message>
    <message>
        <source>The template&apos;s images could not be copied</source>
        <translation>The template&apos;s images could not be copied</translation>
    </message>
    <message>
        <source>The template could not be copied</source>
        <translation>The template could not be copied</translation>
    </message>
    <message>
        <source>The template could not be deleted</source>
        <translation>The template could not be deleted</translation>
    </message>
    <message>
        <source>There is no template %1; it may have been deleted already.</source>
        <translation>There is no template %1; it may have been deleted already.</translation>
    </message>
    <message>
        <source>The thumbnail could not be stored</source>
        <translation>The thumbnail could not be stored</translation>
    </message>
    <message>
        <source>There is no template %1 to add &quot;%2&quot; to; it may have been deleted.</source>
        <translation>There is no template %1 to add &quot;%2&quot; to; it may have been deleted.</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; could not be stored</source>
        <translation>The image &quot;%1&quot; could not be stored</translation>
    </message>
    <message>
        <source>The image could not be read</source>
        <translation>The image could not be read</translation>
    </message>
    <message>
        <source>The template has no image &quot;%1&quot;; add the image again or choose another.</source>
        <translation>The template has no image &quot;%1&quot;; add the image again or choose another.</translation>
    </message>
    <message>
        <source>Imported template</source>
        <translation>Imported template</translation>
    </message>
    <message>
        <source>The template could not be imported</source>
        <translation>The template could not be imported</translation>
    </message>
    <message numerus="yes">
        <source> (and %n other campaign(s))</source>
        <translation>
            <numerusform> (and %n other campaign)</numerusform>
            <numerusform> (and %n other campaigns)</numerusform>
        </translation>
    </message>
    <message>
        <source>Template “%1” is used by scheduled campaign “%2” (%3)%4: the campaign is sent from it. Unschedule or delete the campaign, or choose another template for it, then delete the template.</source>
        <translation>Template “%1” is used by scheduled campaign “%2” (%3)%4: the campaign is sent from it. Unschedule or delete the campaign, or choose another template for it, then delete the template.</translation>
    </message>
    <message>
        <source>Template “%1” is used by draft campaign “%2”%3. Delete the draft or choose another template for it, then delete the template.</source>
        <translation>Template “%1” is used by draft campaign “%2”%3. Delete the draft or choose another template for it, then delete the template.</translation>
    </message>
    <message>
        <source>Template “%1” is used by step %2 of the step mail “%3”. Choose another template for that step (Campaigns → Step mail), then delete the template.</source>
        <translation>Template “%1” is used by step %2 of the step mail “%3”. Choose another template for that step (Campaigns → Step mail), then delete the template.</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>%1
Changed %2</source>
        <translation>%1
Changed %2</translation>
    </message>
    <message>
        <source>Template not created</source>
        <translation>Template not created</translation>
    </message>
    <message>
        <source>Template not opened</source>
        <translation>Template not opened</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Template not duplicated</source>
        <translation>Template not duplicated</translation>
    </message>
    <message>
        <source>Template is open</source>
        <translation>Template is open</translation>
    </message>
    <message>
        <source>Rename the template in its designer window (Template settings → Template name), or close the window first.</source>
        <translation>Rename the template in its designer window (Template settings → Template name), or close the window first.</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>Rename template</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Template not renamed</source>
        <translation>Template not renamed</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Delete template</translation>
    </message>
    <message>
        <source>Delete the template “%1” and its images? This cannot be undone.</source>
        <translation>Delete the template “%1” and its images? This cannot be undone.</translation>
    </message>
    <message>
        <source>Template not deleted</source>
        <translation>Template not deleted</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>Import template</translation>
    </message>
    <message>
        <source>Tayori templates (*.json)</source>
        <translation>Tayori templates (*.json)</translation>
    </message>
    <message>
        <source>Template not imported</source>
        <translation>Template not imported</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, too large for a template. Nothing was imported.</source>
        <translation>%1 is larger than %2 MB, too large for a template. Nothing was imported.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <source>%1 is not a template this version can read: %2 Nothing was imported.</source>
        <translation>%1 is not a template this version can read: %2 Nothing was imported.</translation>
    </message>
    <message>
        <source>Export template</source>
        <translation>Export template</translation>
    </message>
    <message>
        <source>Template not exported</source>
        <translation>Template not exported</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>Tayori templates (*.json);;HTML mail (*.html *.htm)</source>
        <translation>Tayori templates (*.json);;HTML mail (*.html *.htm)</translation>
    </message>
    <message>
        <source>Imported HTML</source>
        <translation>Imported HTML</translation>
    </message>
    <message>
        <source>Unsafe content removed</source>
        <translation>Unsafe content removed</translation>
    </message>
    <message>
        <source>This was removed from the imported HTML, because mail programs block it or it could harm readers:
• %1</source>
        <translation>This was removed from the imported HTML, because mail programs block it or it could harm readers:
• %1</translation>
    </message>
</context>
<context>
    <name>TestMailSender</name>
    <message>
        <source>The chosen sender identity no longer exists. Choose another one.</source>
        <translation>The chosen sender identity no longer exists. Choose another one.</translation>
    </message>
    <message>
        <source>No sender identity is configured, so the test has no From address. Add one under Settings → Senders, then send the test again.</source>
        <translation>No sender identity is configured, so the test has no From address. Add one under Settings → Senders, then send the test again.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address. Type the address the test should go to.</source>
        <translation>&quot;%1&quot; is not a valid e-mail address. Type the address the test should go to.</translation>
    </message>
    <message>
        <source>The contact to personalise the test as no longer exists. Choose another one or use the sample data.</source>
        <translation>The contact to personalise the test as no longer exists. Choose another one or use the sample data.</translation>
    </message>
    <message>
        <source>The chosen mail server no longer exists. Choose another one in Settings.</source>
        <translation>The chosen mail server no longer exists. Choose another one in Settings.</translation>
    </message>
    <message>
        <source>No password for %1 on %2: store it in Settings (system keychain) or set TAYORI_SMTP_PASSWORD. %3</source>
        <translation>No password for %1 on %2: store it in Settings (system keychain) or set TAYORI_SMTP_PASSWORD. %3</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Test message</translation>
    </message>
    <message>
        <source>The template shows the image &quot;%1&quot;, but it is not among the template&apos;s images. Choose the image again in the designer.</source>
        <translation>The template shows the image &quot;%1&quot;, but it is not among the template&apos;s images. Choose the image again in the designer.</translation>
    </message>
    <message>
        <source>The mail server accepted the test message: %1</source>
        <translation>The mail server accepted the test message: %1</translation>
    </message>
    <message>
        <source>The mail server asked to try later (%1). Wait a little and send the test again.</source>
        <translation>The mail server asked to try later (%1). Wait a little and send the test again.</translation>
    </message>
    <message>
        <source>The mail server refused the test message: %1. Check the address and the sender settings.</source>
        <translation>The mail server refused the test message: %1. Check the address and the sender settings.</translation>
    </message>
    <message>
        <source>The connection to the mail server failed: %1. Check the server in Settings and the network.</source>
        <translation>The connection to the mail server failed: %1. Check the server in Settings and the network.</translation>
    </message>
    <message>
        <source>The mail server settings do not work: %1. Correct them in Settings.</source>
        <translation>The mail server settings do not work: %1. Correct them in Settings.</translation>
    </message>
    <message>
        <source>A test message is already being sent. Wait for its result.</source>
        <translation>A test message is already being sent. Wait for its result.</translation>
    </message>
    <message>
        <source>No mail server is set up, so nothing left this computer: the test message was written to %1. Add a mail server under Settings → Mail servers to send real tests.</source>
        <translation>No mail server is set up, so nothing left this computer: the test message was written to %1. Add a mail server under Settings → Mail servers to send real tests.</translation>
    </message>
</context>
<context>
    <name>WebServer</name>
    <message>
        <source>Cannot listen on %1 port %2: it is in use or not allowed. Choose another port.</source>
        <translation>Cannot listen on %1 port %2: it is in use or not allowed. Choose another port.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Email newsletters, delivered authenticated.</source>
        <translation>Email newsletters, delivered authenticated.</translation>
    </message>
    <message>
        <source>The contacts database.</source>
        <translation>The contacts database.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>A CSV file to import (optional).</source>
        <translation>A CSV file to import (optional).</translation>
    </message>
    <message>
        <source>Tayori</source>
        <translation>Tayori</translation>
    </message>
</context>
</TS>
