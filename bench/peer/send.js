// The peer of bench/send_bench.sh: sends the benchmark's newsletter with nodemailer's pooled SMTP transport and its
// DKIM option, one process per shard of the contacts. Prints one JSON line with what it sent and what it cost.
// Usage: node send.js --contacts CSV --html FILE --text FILE --subject-file FILE --from "NAME <ADDR>" --port P
//        --dkim-key PEM --dkim-selector SEL --connections C [--shard K --shards S] [--base-url URL]
'use strict';

const crypto = require('node:crypto');
const fs = require('node:fs');
const nodemailer = require('nodemailer');

function parseArgs(argv) {
    const args = { shard: '0', shards: '1', 'base-url': 'https://news.bench.example' };
    for (let i = 0; i < argv.length; i += 2) {
        if (!argv[i].startsWith('--') || argv[i + 1] === undefined) throw new Error(`bad argument ${argv[i]}`);
        args[argv[i].slice(2)] = argv[i + 1];
    }
    return args;
}

const args = parseArgs(process.argv.slice(2));
const shard = Number(args.shard);
const shards = Number(args.shards);
const connections = Number(args.connections);
const html = fs.readFileSync(args.html, 'utf8');
const text = fs.readFileSync(args.text, 'utf8');
const subject = fs.readFileSync(args['subject-file'], 'utf8').trim();
const fromAddress = /<([^>]+)>/.exec(args.from)[1];
const domain = fromAddress.split('@')[1];
const secret = crypto.randomBytes(32);
const campaign = Date.now();

// The same CSV the benchmark imports into Tayori (no field in it needs quoting). Contact i goes to shard i % shards.
const contacts = [];
const lines = fs.readFileSync(args.contacts, 'utf8').split(/\r?\n/);
for (let i = 1; i < lines.length; ++i) {
    if (lines[i] === '' || (i - 1) % shards !== shard) continue;
    const [email, lastName, firstName, company] = lines[i].split(',');
    contacts.push({ id: i, email, lastName, firstName, company });
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const isJapanese = (s) => /[\u3040-\u30ff\u3400-\u9fff]/.test(s);
const token = (purpose, id) =>
    crypto.createHmac('sha256', secret).update(`${purpose}|${id}|${campaign}`).digest('base64url');

// What Tayori does per recipient, done the plain way: string replacement of each merge field (HTML-escaped in the
// HTML part, raw in the text part), an HMAC-signed unsubscribe link, a VERP envelope sender.
function personalise(template, c, unsubscribeUrl, escape) {
    const fullName = isJapanese(c.lastName) ? `${c.lastName} ${c.firstName}` : `${c.firstName} ${c.lastName}`;
    return template
        .replaceAll('{{full_name}}', escape(fullName))
        .replaceAll('{{first_name|お客様}}', escape(c.firstName || 'お客様'))
        .replaceAll('{{first_name|customer}}', escape(c.firstName || 'customer'))
        .replaceAll('{{company|お客様各位}}', escape(c.company || 'お客様各位'))
        .replaceAll('{{email}}', escape(c.email))
        .replaceAll('{{unsubscribe_url}}', escape(unsubscribeUrl));
}

const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: Number(args.port),
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: connections,
    maxMessages: Infinity, // keep each connection, as Tayori does
    dkim: { domainName: domain, keySelector: args['dkim-selector'], privateKey: fs.readFileSync(args['dkim-key'], 'utf8') },
});

async function main() {
    const started = process.hrtime.bigint();
    let sent = 0;
    let failed = 0;
    let next = 0;
    // A bounded window of messages in flight: enough to keep every pooled connection busy without building all
    // the messages up front.
    async function worker() {
        while (next < contacts.length) {
            const c = contacts[next++];
            const unsubscribeUrl = `${args['base-url']}/u/${token('unsubscribe', c.id)}`;
            try {
                await transport.sendMail({
                    from: args.from,
                    to: c.email,
                    subject,
                    html: personalise(html, c, unsubscribeUrl, escapeHtml),
                    text: personalise(text, c, unsubscribeUrl, (s) => s),
                    envelope: { from: `bounce+${token('bounce', c.id)}@${domain}`, to: c.email },
                    headers: {
                        'List-Unsubscribe': `<${unsubscribeUrl}>, <mailto:unsubscribe@${domain}>`,
                        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
                    },
                });
                ++sent;
            } catch (e) {
                if (++failed <= 3) process.stderr.write(`send.js: ${c.email}: ${e.message}\n`);
            }
        }
    }
    await Promise.all(Array.from({ length: connections * 2 }, worker));
    transport.close();
    const usage = process.resourceUsage();
    console.log(JSON.stringify({
        shard, sent, failed,
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
        cpu_seconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
        max_rss_kb: usage.maxRSS,
    }));
    process.exitCode = failed ? 1 : 0;
}

main().catch((e) => { process.stderr.write(`send.js: ${e.stack}\n`); process.exit(1); });
