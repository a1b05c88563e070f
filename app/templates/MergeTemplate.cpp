// MergeTemplate: a one-pass parser into a node tree, and a renderer that walks the tree per recipient.
#include "MergeTemplate.h"

#include <optional>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

struct MergeTemplate::Node
{
    enum class Kind {
        Text,
        Field,
        If,
    };
    enum class Test {
        NotBlank,
        Equals,
        NotEquals,
    };

    Kind kind = Kind::Text;
    QString text; // Text: the literal; Field: the default, already escaped in Html mode
    bool hasDefault = false;
    std::optional<MergeValues::Field> standard; // Field and If: a standard field, or else customKey
    QString customKey;
    Test test = Test::NotBlank;
    QString operand; // If: the quoted value compared with
    std::vector<Node> thenNodes;
    std::vector<Node> elseNodes;

    QString valueIn(const MergeValues& values) const
    {
        return standard ? values.value(*standard) : values.custom(customKey);
    }
};

struct MergeTemplate::Compiled
{
    Mode mode = Mode::Text;
    std::vector<Node> nodes;
    QStringList fields;
    qsizetype literalLength = 0; // a hint for the output's size
};

namespace {

using Node = MergeTemplate::Node;

QString htmlEscaped(const QString& text)
{
    QString result;
    result.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            result += u"&amp;";
            break;
        case u'<':
            result += u"&lt;";
            break;
        case u'>':
            result += u"&gt;";
            break;
        case u'"':
            result += u"&quot;";
            break;
        case u'\'':
            result += u"&#39;";
            break;
        default:
            result += c;
        }
    }
    return result;
}

bool isBlank(const QString& value)
{
    for (const QChar c : value) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

class Parser
{
public:
    Parser(const QString& source, MergeTemplate::Mode mode, const QStringList& knownCustomFields)
        : m_source(source)
        , m_mode(mode)
        , m_known(knownCustomFields)
    {
    }

    // Fills compiled; false with error() set on the first error.
    bool parse(MergeTemplate::Compiled& compiled)
    {
        compiled.mode = m_mode;
        qsizetype pos = 0;
        const qsizetype size = m_source.size();
        while (pos < size) {
            const qsizetype open = m_source.indexOf(u"{{", pos);
            if (open < 0) {
                appendText(compiled, m_source.mid(pos));
                break;
            }
            appendText(compiled, m_source.mid(pos, open - pos));
            const qsizetype close = m_source.indexOf(u"}}", open + 2);
            const qsizetype nextOpen = m_source.indexOf(u"{{", open + 2);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close))
                return fail(open, MergeTemplate::tr("“{{” is never closed; add “}}” after the field name"));
            if (!tag(compiled, m_source.sliced(open + 2, close - open - 2).trimmed(), open))
                return false;
            pos = close + 2;
        }
        if (!m_open.empty())
            return fail(m_open.back().position, MergeTemplate::tr("“{{#if}}” is never closed; add “{{/if}}”"));
        return true;
    }

    const QString& error() const { return m_error; }

private:
    struct OpenIf
    {
        Node node;
        qsizetype position = 0;
        bool inElse = false;
    };

    std::vector<Node>& target(MergeTemplate::Compiled& compiled)
    {
        if (m_open.empty())
            return compiled.nodes;
        OpenIf& open = m_open.back();
        return open.inElse ? open.node.elseNodes : open.node.thenNodes;
    }

    void appendText(MergeTemplate::Compiled& compiled, const QString& text)
    {
        if (text.isEmpty())
            return;
        compiled.literalLength += text.size();
        Node node;
        node.text = text;
        target(compiled).push_back(std::move(node));
    }

    bool tag(MergeTemplate::Compiled& compiled, const QString& inner, qsizetype position)
    {
        if (inner.startsWith(u'#')) {
            if (inner.startsWith(u"#if") && (inner.size() == 3 || inner.at(3).isSpace()))
                return openIf(compiled, inner.sliced(3).trimmed(), position);
            return fail(
                position,
                MergeTemplate::tr("unknown block “{{%1}}”; only {{#if}}, {{else}} and {{/if}} exist").arg(inner));
        }
        if (inner.startsWith(u'/')) {
            if (inner.sliced(1).trimmed() != u"if")
                return fail(position, MergeTemplate::tr("unknown block end “{{%1}}”; write {{/if}}").arg(inner));
            if (m_open.empty())
                return fail(position, MergeTemplate::tr("“{{/if}}” without a “{{#if}}” before it"));
            Node node = std::move(m_open.back().node);
            m_open.pop_back();
            target(compiled).push_back(std::move(node));
            return true;
        }
        if (inner == u"else") {
            if (m_open.empty())
                return fail(position, MergeTemplate::tr("“{{else}}” outside a “{{#if}} … {{/if}}”"));
            if (m_open.back().inElse)
                return fail(position, MergeTemplate::tr("a second “{{else}}” in the same “{{#if}}”"));
            m_open.back().inElse = true;
            return true;
        }

        Node node;
        node.kind = Node::Kind::Field;
        QString name = inner;
        const qsizetype bar = inner.indexOf(u'|');
        if (bar >= 0) {
            name = inner.first(bar).trimmed();
            node.hasDefault = true;
            const QString text = inner.sliced(bar + 1).trimmed();
            node.text = m_mode == MergeTemplate::Mode::Html ? htmlEscaped(text) : text;
        }
        if (!resolveField(node, name, position, compiled))
            return false;
        target(compiled).push_back(std::move(node));
        return true;
    }

    // condition: FIELD, FIELD == "value" or FIELD != "value"
    bool openIf(MergeTemplate::Compiled& compiled, const QString& condition, qsizetype position)
    {
        qsizetype i = 0;
        while (i < condition.size() && !condition.at(i).isSpace() && condition.at(i) != u'=' && condition.at(i) != u'!')
            ++i;
        Node node;
        node.kind = Node::Kind::If;
        if (!resolveField(node, condition.first(i), position, compiled))
            return false;
        const QString rest = condition.sliced(i).trimmed();
        if (!rest.isEmpty()) {
            const QString expected = MergeTemplate::tr("after “{{#if %1” write “}}”, == \"value\" or != \"value\"")
                                         .arg(condition.first(i));
            if (rest.startsWith(u"=="))
                node.test = Node::Test::Equals;
            else if (rest.startsWith(u"!="))
                node.test = Node::Test::NotEquals;
            else
                return fail(position, expected);
            const QString quoted = rest.sliced(2).trimmed();
            std::optional<QString> operand = unquoted(quoted);
            if (!operand)
                return fail(position, expected);
            node.operand = std::move(*operand);
        }
        m_open.push_back({std::move(node), position, false});
        return true;
    }

    // "text" with \" and \\ escapes, and nothing after the closing quote.
    static std::optional<QString> unquoted(const QString& quoted)
    {
        if (!quoted.startsWith(u'"'))
            return std::nullopt;
        QString result;
        for (qsizetype i = 1; i < quoted.size(); ++i) {
            const QChar c = quoted.at(i);
            if (c == u'\\' && i + 1 < quoted.size()) {
                result += quoted.at(++i);
            } else if (c == u'"') {
                if (i + 1 != quoted.size())
                    return std::nullopt;
                return result;
            } else {
                result += c;
            }
        }
        return std::nullopt;
    }

    bool resolveField(Node& node, const QString& name, qsizetype position, MergeTemplate::Compiled& compiled)
    {
        if (name.isEmpty())
            return fail(position, MergeTemplate::tr("a field name is missing between “{{” and “}}”"));
        if (const std::optional<MergeValues::Field> field = MergeValues::standardField(name)) {
            node.standard = field;
        } else if (m_known.contains(name)) {
            node.customKey = name;
        } else {
            QStringList known = MergeValues::standardFieldNames();
            known += m_known;
            return fail(
                position,
                MergeTemplate::tr("unknown field “%1”; the known fields are: %2").arg(name, known.join(u", "_s)));
        }
        if (!compiled.fields.contains(name))
            compiled.fields.append(name);
        return true;
    }

    bool fail(qsizetype offset, const QString& what)
    {
        int line = 1;
        int column = 1;
        for (qsizetype i = 0; i < offset; ++i) {
            const QChar c = m_source.at(i);
            if (c == u'\n') {
                ++line;
                column = 1;
            } else if (!c.isLowSurrogate()) { // columns count characters, not UTF-16 units
                ++column;
            }
        }
        m_error = MergeTemplate::tr("Template, line %1, column %2: %3.").arg(line).arg(column).arg(what);
        return false;
    }

    const QString& m_source;
    const MergeTemplate::Mode m_mode;
    const QStringList& m_known;
    std::vector<OpenIf> m_open;
    QString m_error;
};

void renderNodes(QString& out, const std::vector<Node>& nodes, const MergeValues& values, bool html)
{
    for (const Node& node : nodes) {
        switch (node.kind) {
        case Node::Kind::Text:
            out += node.text;
            break;
        case Node::Kind::Field: {
            const QString value = node.valueIn(values);
            if (node.hasDefault && isBlank(value))
                out += node.text;
            else
                out += html ? htmlEscaped(value) : value;
            break;
        }
        case Node::Kind::If: {
            const QString value = node.valueIn(values);
            bool holds = false;
            switch (node.test) {
            case Node::Test::NotBlank:
                holds = !isBlank(value);
                break;
            case Node::Test::Equals:
                holds = value == node.operand;
                break;
            case Node::Test::NotEquals:
                holds = value != node.operand;
                break;
            }
            renderNodes(out, holds ? node.thenNodes : node.elseNodes, values, html);
            break;
        }
        }
    }
}

} // namespace

MergeTemplate::MergeTemplate(std::shared_ptr<const Compiled> compiled)
    : m_compiled(std::move(compiled))
{
}

Result<MergeTemplate> MergeTemplate::compile(const QString& source, Mode mode, const QStringList& knownCustomFields)
{
    auto compiled = std::make_shared<Compiled>();
    Parser parser(source, mode, knownCustomFields);
    if (!parser.parse(*compiled))
        return Result<MergeTemplate>::failure(parser.error());
    return MergeTemplate(std::move(compiled));
}

QString MergeTemplate::render(const MergeValues& values) const
{
    QString out;
    out.reserve(m_compiled->literalLength + 64);
    renderNodes(out, m_compiled->nodes, values, m_compiled->mode == Mode::Html);
    return out;
}

QStringList MergeTemplate::fields() const
{
    return m_compiled->fields;
}

MergeTemplate::Mode MergeTemplate::mode() const
{
    return m_compiled->mode;
}
