// EmailAddress: RFC 5321/5322 addr-spec checks (with RFC 6531 UTF-8 and IDN domains) tuned for
// addresses typed by Japanese users, who use full-width characters and legacy carrier addresses.
#include "EmailAddress.h"

#include <array>
#include <string_view>

#include <QHostAddress>
#include <QList>
#include <QUrl>

namespace {

// Carriers whose older handsets let users pick RFC-breaking addresses that still receive mail.
// ymobile1.ne.jp and wcm.ne.jp are further Y!mobile / WILLCOM mail domains.
constexpr std::array<QLatin1StringView, 14> kCarrierDomains = {
    QLatin1StringView("docomo.ne.jp"),
    QLatin1StringView("ezweb.ne.jp"),
    QLatin1StringView("au.com"),
    QLatin1StringView("softbank.ne.jp"),
    QLatin1StringView("i.softbank.jp"),
    QLatin1StringView("disney.ne.jp"),
    QLatin1StringView("vodafone.ne.jp"),
    QLatin1StringView("willcom.com"),
    QLatin1StringView("pdx.ne.jp"),
    QLatin1StringView("emnet.ne.jp"),
    QLatin1StringView("ymobile.ne.jp"),
    QLatin1StringView("y-mobile.ne.jp"),
    QLatin1StringView("ymobile1.ne.jp"),
    QLatin1StringView("wcm.ne.jp"),
};

// Zero-width characters come along when addresses are pasted from web pages or Excel.
bool isTrimmable(QChar c)
{
    return c.isSpace() || c == QChar(0xFEFF) || c == QChar(0x200B);
}

QStringView trimmedView(QStringView in)
{
    qsizetype begin = 0;
    qsizetype end = in.size();
    while (begin < end && isTrimmable(in.at(begin)))
        ++begin;
    while (end > begin && isTrimmable(in.at(end - 1)))
        --end;
    return in.mid(begin, end - begin);
}

// Full-width ASCII (U+FF01..U+FF5E) to its ASCII form, as Japanese IMEs often type it.
QString toHalfWidth(QStringView in, bool* converted)
{
    QString out;
    out.reserve(in.size());
    for (QChar c : in) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) {
            out += QChar(char16_t(u - 0xFF01 + 0x21));
            *converted = true;
        } else {
            out += c;
        }
    }
    return out;
}

bool isAsciiAtext(char32_t c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    constexpr std::string_view specials = "!#$%&'*+-/=?^_`{|}~";
    return c < 0x80 && specials.find(char(c)) != std::string_view::npos;
}

// RFC 6531 allows any UTF-8 beyond ASCII; refuse what cannot be seen or is not a character.
bool isAllowedNonAscii(char32_t c)
{
    if (c < 0x80 || QChar::isSpace(c))
        return false;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
        return false;
    default:
        return true;
    }
}

qsizetype utf8Length(QStringView s)
{
    return s.toUtf8().size();
}

QString charToString(char32_t c)
{
    QString s;
    if (QChar::requiresSurrogates(c)) {
        s += QChar(QChar::highSurrogate(c));
        s += QChar(QChar::lowSurrogate(c));
    } else {
        s += QChar(char16_t(c));
    }
    return s;
}

// Four decimal octets without leading zeros; QHostAddress also takes "1.2.3", which is no address literal.
bool isStrictIpv4(QStringView text)
{
    const QList<QStringView> parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    for (QStringView part : parts) {
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part.startsWith(u'0')))
            return false;
        for (QChar c : part) {
            if (c < u'0' || c > u'9')
                return false;
        }
        if (part.toInt() > 255)
            return false;
    }
    return true;
}

// The RFC dot rules that the legacy carrier addresses break.
struct DotIssues
{
    bool leading = false;
    bool consecutive = false;
    bool trailing = false;
    bool any() const { return leading || consecutive || trailing; }
};

} // namespace

QString EmailAddress::domainOf(QStringView address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0)
        return {};
    return address.mid(at + 1).toString().toLower();
}

bool EmailAddress::isJapaneseCarrierDomain(QStringView domain)
{
    const QString lower = domain.toString().toLower();
    for (QLatin1StringView carrier : kCarrierDomains) {
        if (lower == carrier)
            return true;
        // A subdomain such as biz.ezweb.ne.jp, but not evil-docomo.ne.jp.
        if (lower.size() > carrier.size() && lower.endsWith(carrier)
            && lower.at(lower.size() - carrier.size() - 1) == u'.') {
            return true;
        }
    }
    return false;
}

namespace {

QString describeChar(char32_t c)
{
    if (QChar::isSpace(c))
        return EmailAddress::tr("a space");
    if (c < 0x20 || c == 0x7F || QChar::category(c) == QChar::Other_Control
        || QChar::category(c) == QChar::Other_Format) {
        return EmailAddress::tr("an invisible control character");
    }
    return u'\'' + charToString(c) + u'\'';
}

// Returns an error message, or an empty string when the quoted local part is well-formed.
QString checkQuotedLocalPart(QStringView local)
{
    const QStringView content = local.mid(1, local.size() - 2);
    if (content.isEmpty())
        return EmailAddress::tr(
            "The quoted part before '@' is empty. Enter the name of the mailbox between the quotes.");
    const QList<uint> codePoints = content.toUcs4();
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t c = codePoints.at(i);
        if (c == '\\') {
            if (i + 1 >= codePoints.size() || codePoints.at(i + 1) < 0x20 || codePoints.at(i + 1) > 0x7E) {
                return EmailAddress::tr(
                    "A backslash in the quoted part before '@' is not followed by a printable character. "
                    "Remove the backslash or the character after it.");
            }
            ++i;
            continue;
        }
        if (c >= 0x20 && c <= 0x7E)
            continue;
        if (!isAllowedNonAscii(c)) {
            return EmailAddress::tr("The quoted part before '@' contains %1, which is not allowed. Remove it.")
                .arg(describeChar(c));
        }
    }
    return {};
}

// Returns an error message, or an empty string when every character is allowed in a dot-atom.
QString checkDotAtomLocalPart(QStringView local, DotIssues* dots)
{
    if (local.isEmpty())
        return EmailAddress::tr("Nothing comes before '@'. Enter the whole address, such as name@example.com.");
    dots->leading = local.startsWith(u'.');
    dots->trailing = local.endsWith(u'.');
    dots->consecutive = local.contains(u"..");
    for (char32_t c : local.toUcs4()) {
        if (c == '.' || isAsciiAtext(c) || isAllowedNonAscii(c))
            continue;
        return EmailAddress::tr("The local part (before '@') contains %1, which is not allowed there. "
                                "Remove it, or check that the cell holds only one address.")
            .arg(describeChar(c));
    }
    return {};
}

struct DomainCheck
{
    QString ace; // lowercase ASCII form, or the address literal in brackets
    QString error;
};

DomainCheck checkAddressLiteral(QStringView domain)
{
    if (!domain.endsWith(u']'))
        return {{}, EmailAddress::tr("The domain '%1' opens a '[' but does not close it. Add the ']'.").arg(domain)};
    const QStringView inner = domain.mid(1, domain.size() - 2);
    if (inner.startsWith(u"IPv6:", Qt::CaseInsensitive)) {
        const QStringView ip = inner.mid(5);
        QHostAddress host;
        if (!ip.contains(u'%') && host.setAddress(ip.toString()) && host.protocol() == QAbstractSocket::IPv6Protocol) {
            return {u"[IPv6:" + host.toString() + u']', {}};
        }
    } else if (isStrictIpv4(inner)) {
        return {domain.toString(), {}};
    }
    return {{},
            EmailAddress::tr("'%1' is not a valid IP address literal. Write it as [192.0.2.1] or [IPv6:2001:db8::1].")
                .arg(domain)};
}

DomainCheck checkDomain(QStringView domain)
{
    if (domain.isEmpty())
        return {{}, EmailAddress::tr("Nothing comes after '@'. Add the domain, such as example.com.")};
    if (domain.startsWith(u'['))
        return checkAddressLiteral(domain);
    for (char32_t c : domain.toUcs4()) {
        const bool ldh = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        if (ldh || c == '.' || isAllowedNonAscii(c))
            continue;
        return {{},
                EmailAddress::tr("The domain '%1' contains %2, which is not allowed in domain names. Remove it.")
                    .arg(domain, describeChar(c))};
    }
    if (domain.startsWith(u'.'))
        return {{}, EmailAddress::tr("The domain '%1' starts with a dot. Remove the dot after '@'.").arg(domain)};
    if (domain.endsWith(u'.'))
        return {{}, EmailAddress::tr("The domain '%1' ends with a dot. Remove the last dot.").arg(domain)};
    if (domain.contains(u".."))
        return {{}, EmailAddress::tr("The domain '%1' has two consecutive dots. Remove one of them.").arg(domain)};
    if (!domain.contains(u'.')) {
        return {{},
                EmailAddress::tr("The domain part '%1' has no dot. Use the full domain, such as example.com or "
                                 "example.co.jp.")
                    .arg(domain)};
    }
    const QList<QStringView> labels = domain.split(u'.');
    for (QStringView label : labels) {
        if (label.startsWith(u'-') || label.endsWith(u'-')) {
            return {{},
                    EmailAddress::tr("The domain label '%1' starts or ends with a hyphen, which is not allowed. "
                                     "Check the domain.")
                        .arg(label)};
        }
    }
    const QString tld = labels.last().toString();
    bool numeric = true;
    for (QChar c : tld)
        numeric = numeric && c.isDigit() && c.unicode() < 0x80;
    if (numeric) {
        if (isStrictIpv4(domain)) {
            return {{},
                    EmailAddress::tr("The domain '%1' is an IP address. Write it in square brackets, such as [%1].")
                        .arg(domain)};
        }
        return {{},
                EmailAddress::tr("The domain '%1' ends in '%2', which is all digits; no such domain exists. Check the "
                                 "end of the domain.")
                    .arg(domain, tld)};
    }
    // toAce() refuses over-long labels without saying why; say it here for the ASCII ones.
    for (QStringView label : labels) {
        if (label.size() > EmailAddress::MaxLabelLength) {
            return {{},
                    EmailAddress::tr("The domain label '%1' is longer than %2 characters. Check the domain.")
                        .arg(label)
                        .arg(EmailAddress::MaxLabelLength)};
        }
    }
    const QString ace = QString::fromLatin1(QUrl::toAce(domain.toString())).toLower();
    if (ace.isEmpty()) {
        // toAce() does not say why; an IDN label whose punycode exceeds 63 octets is the likely reason.
        for (QStringView label : labels) {
            const QByteArray labelAce = QUrl::toAce(label.toString());
            if (labelAce.isEmpty() || labelAce.size() > EmailAddress::MaxLabelLength) {
                return {{},
                        EmailAddress::tr("The domain label '%1' is not a valid international domain name, or is "
                                         "longer than %2 characters once encoded for mail. Check the domain.")
                            .arg(label)
                            .arg(EmailAddress::MaxLabelLength)};
            }
        }
        return {{},
                EmailAddress::tr("The domain '%1' is not a valid international domain name. Check its spelling.")
                    .arg(domain)};
    }
    return {ace, {}};
}

QString describeDotIssue(const DotIssues& dots)
{
    if (dots.leading)
        return EmailAddress::tr("a dot at the start of the local part");
    if (dots.consecutive)
        return EmailAddress::tr("two consecutive dots in the local part");
    return EmailAddress::tr("a dot just before '@'");
}

QString dotIssueError(const DotIssues& dots)
{
    if (dots.leading)
        return EmailAddress::tr("The local part (before '@') starts with a dot. Remove the dot.");
    if (dots.consecutive)
        return EmailAddress::tr("Two consecutive dots in the local part (before '@'). Remove one of them.");
    return EmailAddress::tr("The local part ends with a dot just before '@'. Remove the dot.");
}

EmailCheck failure(QString error)
{
    EmailCheck result;
    result.error = std::move(error);
    return result;
}

} // namespace

namespace {
// The common case on a big import: a dot-atom of ASCII atext @ an ASCII LDH domain, nothing to warn about. Returns
// the address only when checkFully() would accept it unchanged and silently; anything else takes the full path.
bool isPlainAsciiAddress(QStringView text)
{
    if (text.size() > EmailAddress::MaxAddressLength)
        return false;
    const qsizetype at = text.indexOf(u'@');
    if (at <= 0 || at > EmailAddress::MaxLocalPartLength)
        return false;
    const QStringView local = text.first(at);
    const QStringView domain = text.sliced(at + 1);
    char16_t previous = u'.'; // a leading dot counts as following one
    for (QChar c : local) {
        const char16_t u = c.unicode();
        if (u == u'.') {
            if (previous == u'.')
                return false;
        } else if (!isAsciiAtext(u)) {
            return false;
        }
        previous = u;
    }
    if (previous == u'.')
        return false;
    // Labels of letters, digits and inner hyphens, at least two, the last not all digits. No "--" anywhere: punycode
    // ("xn--") and its reserved forms are left to QUrl::toAce on the full path.
    qsizetype labels = 0;
    qsizetype labelStart = 0;
    bool labelNumeric = true;
    previous = u'.';
    for (qsizetype i = 0; i <= domain.size(); ++i) {
        const char16_t u = i < domain.size() ? domain.at(i).unicode() : u'.';
        if (u == u'.') {
            if (previous == u'.' || previous == u'-' || i - labelStart > EmailAddress::MaxLabelLength)
                return false;
            ++labels;
            if (i == domain.size() && labelNumeric)
                return false;
            labelStart = i + 1;
            labelNumeric = true;
        } else if (u == u'-') {
            if (previous == u'.' || previous == u'-')
                return false;
            labelNumeric = false;
        } else if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')) {
            labelNumeric = false;
        } else if (!(u >= u'0' && u <= u'9')) {
            return false;
        }
        previous = u;
    }
    return labels >= 2;
}
} // namespace

EmailCheck EmailAddress::check(QStringView input)
{
    if (isPlainAsciiAddress(input)) {
        const qsizetype at = input.indexOf(u'@');
        EmailCheck result;
        result.valid = true;
        result.address = input.first(at + 1) + input.sliced(at + 1).toString().toLower();
        result.normalizedKey = result.address.toLower();
        return result;
    }
    return checkFully(input);
}

EmailCheck EmailAddress::checkFully(QStringView input)
{
    const QStringView trimmed = trimmedView(input);
    if (trimmed.isEmpty())
        return failure(tr("The email address is empty. Enter an address such as name@example.com."));

    bool convertedFullWidth = false;
    const QString text = toHalfWidth(trimmed, &convertedFullWidth);

    if (text.startsWith(u"mailto:", Qt::CaseInsensitive))
        return failure(tr("The address starts with 'mailto:'. Remove 'mailto:' and keep only the address."));

    QStringView local;
    QString domain;
    if (text.startsWith(u'"')) {
        // A quoted local part may itself contain '@', so find its closing quote first.
        qsizetype close = -1;
        for (qsizetype i = 1; i < text.size(); ++i) {
            if (text.at(i) == u'\\') {
                ++i;
            } else if (text.at(i) == u'"') {
                close = i;
                break;
            }
        }
        if (close < 0)
            return failure(tr("The quote at the start of the address is never closed. Add the closing '\"'."));
        if (close + 1 >= text.size())
            return failure(tr("The address is missing '@'. Enter it as name@example.com."));
        if (text.at(close + 1) != u'@') {
            return failure(
                tr("Something comes between the closing quote and '@'. Put the whole part before '@' inside the "
                   "quotes."));
        }
        local = QStringView(text).first(close + 1);
        domain = text.mid(close + 2);
        if (domain.contains(u'@'))
            return failure(tr("The address contains more than one '@'. Check the address for a typo."));
    } else {
        const qsizetype atCount = text.count(u'@');
        if (atCount == 0)
            return failure(tr("The address is missing '@'. Enter it as name@example.com."));
        if (text.contains(u'<') || text.contains(u'>')) {
            return failure(
                tr("The cell contains more than the address (a name or angle brackets). Keep only the address, such "
                   "as name@example.com."));
        }
        if (atCount > 1) {
            if (text.contains(u',') || text.contains(u';') || text.contains(u' '))
                return failure(tr("The cell seems to contain more than one address. Put one address per row."));
            return failure(tr("The address contains more than one '@'. Check the address for a typo."));
        }
        const qsizetype at = text.indexOf(u'@');
        local = QStringView(text).first(at);
        domain = text.mid(at + 1);
    }

    // Japanese input methods produce the ideographic full stop where a dot was meant.
    for (QChar& c : domain) {
        if (c == QChar(0x3002) || c == QChar(0xFF61)) {
            c = u'.';
            convertedFullWidth = true;
        }
    }

    const bool quoted = local.startsWith(u'"');
    DotIssues dots;
    const QString localError = quoted ? checkQuotedLocalPart(local) : checkDotAtomLocalPart(local, &dots);
    if (!localError.isEmpty())
        return failure(localError);

    const DomainCheck domainCheck = checkDomain(domain);
    if (!domainCheck.error.isEmpty())
        return failure(domainCheck.error);

    QStringList warnings;
    if (dots.any()) {
        if (!isJapaneseCarrierDomain(domainCheck.ace))
            return failure(dotIssueError(dots));
        warnings << tr("This address has %1, which the email standard does not allow. Old Japanese mobile "
                       "addresses (%2) look like this, so it was accepted, but some mail servers may refuse it.")
                        .arg(describeDotIssue(dots), domainCheck.ace);
    }

    // Unicode normalisation keeps visually equal local parts equal for the uniqueness key.
    const QString normalizedLocal = local.toString().normalized(QString::NormalizationForm_C);
    const qsizetype localLength = utf8Length(normalizedLocal);
    if (localLength > MaxLocalPartLength) {
        return failure(tr("The local part (before '@') is %1 bytes long; at most %2 are allowed. Check the address.")
                           .arg(localLength)
                           .arg(MaxLocalPartLength));
    }
    EmailCheck result;
    result.address = normalizedLocal + u'@' + domainCheck.ace;
    const qsizetype length = utf8Length(result.address);
    if (length > MaxAddressLength) {
        return failure(tr("The address is %1 bytes long; at most %2 are allowed. Check the address.")
                           .arg(length)
                           .arg(MaxAddressLength));
    }
    if (convertedFullWidth) {
        warnings.prepend(tr("Full-width characters were converted to half-width (%1). Check that the address is "
                            "right.")
                             .arg(result.address));
    }
    result.valid = true;
    result.normalizedKey = result.address.toLower();
    result.warning = warnings.join(u' ');
    return result;
}
