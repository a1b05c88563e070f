// Parses the segment text form (CLI contract) by recursive descent over a small token list.
#include "SegmentParser.h"

#include <QList>

namespace {
struct Token
{
    enum class Type { Word, Quoted, Op, Colon, Open, Close, End };
    Type type = Type::End;
    QString text;
    SegmentNode::Op op = SegmentNode::Op::Equal;
    qsizetype position = 0; // 1-based
};

bool isWordChar(QChar c)
{
    return !c.isSpace() && c != u'(' && c != u')' && c != u'"' && c != u':' && c != u'!' && c != u'=' && c != u'<'
           && c != u'>' && c != u'~' && c != u'^';
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(SegmentParser)

public:
    explicit Parser(const QString& text)
        : m_text(text)
    {
    }

    Result<std::shared_ptr<const SegmentNode>> run()
    {
        using R = Result<std::shared_ptr<const SegmentNode>>;
        if (!tokenize()) {
            return R::failure(m_error);
        }
        if (m_tokens.size() == 1) {
            return R::failure(tr("The segment is empty: write conditions such as tag:vip AND list:newsletter."));
        }
        std::unique_ptr<SegmentNode> root = parseOr();
        if (root && peek().type != Token::Type::End) {
            fail(peek(), tr("expected AND, OR or the end"));
            root.reset();
        }
        if (!root) {
            return R::failure(m_error);
        }
        return std::shared_ptr<const SegmentNode>(std::move(root));
    }

private:
    bool tokenize()
    {
        qsizetype i = 0;
        while (i < m_text.size()) {
            const QChar c = m_text.at(i);
            Token token;
            token.position = i + 1;
            if (c.isSpace()) {
                ++i;
                continue;
            }
            if (c == u'(' || c == u')') {
                token.type = c == u'(' ? Token::Type::Open : Token::Type::Close;
                token.text = c; // for the error message: "found ')'"
                ++i;
            } else if (c == u':') {
                token.type = Token::Type::Colon;
                token.text = c;
                ++i;
            } else if (c == u'"') {
                token.type = Token::Type::Quoted;
                ++i;
                bool closed = false;
                while (i < m_text.size()) {
                    const QChar q = m_text.at(i++);
                    if (q == u'\\' && i < m_text.size()) {
                        token.text += m_text.at(i++);
                    } else if (q == u'"') {
                        closed = true;
                        break;
                    } else {
                        token.text += q;
                    }
                }
                if (!closed) {
                    m_error
                        = tr("Segment, character %1: the quoted value is never closed; add a \".").arg(token.position);
                    return false;
                }
            } else if (c == u'!' || c == u'=' || c == u'<' || c == u'>' || c == u'~' || c == u'^') {
                token.type = Token::Type::Op;
                const QChar next = i + 1 < m_text.size() ? m_text.at(i + 1) : QChar();
                using Op = SegmentNode::Op;
                if (c == u'!' && next == u'=') {
                    token.op = Op::NotEqual;
                    i += 2;
                } else if (c == u'<' && next == u'=') {
                    token.op = Op::LessOrEqual;
                    i += 2;
                } else if (c == u'>' && next == u'=') {
                    token.op = Op::GreaterOrEqual;
                    i += 2;
                } else if (c == u'!') {
                    m_error = tr("Segment, character %1: '!' must be followed by '=' (use NOT to negate).")
                                  .arg(token.position);
                    return false;
                } else {
                    token.op = c == u'='   ? Op::Equal
                               : c == u'<' ? Op::Less
                               : c == u'>' ? Op::Greater
                               : c == u'~' ? Op::Contains
                                           : Op::StartsWith;
                    ++i;
                }
            } else {
                token.type = Token::Type::Word;
                const qsizetype start = i;
                while (i < m_text.size() && isWordChar(m_text.at(i))) {
                    ++i;
                }
                token.text = m_text.mid(start, i - start);
            }
            m_tokens.append(token);
        }
        m_tokens.append(Token {Token::Type::End, {}, SegmentNode::Op::Equal, m_text.size() + 1});
        return true;
    }

    const Token& peek() const { return m_tokens.at(m_next); }
    const Token& take() { return m_tokens.at(m_next++); }
    bool isKeyword(const Token& token, QLatin1String keyword) const
    {
        return token.type == Token::Type::Word && token.text.compare(keyword, Qt::CaseInsensitive) == 0;
    }
    void fail(const Token& token, const QString& what)
    {
        if (m_error.isEmpty()) {
            const QString found
                = token.type == Token::Type::End
                      ? tr("the end")
                      : QLatin1Char('\'') + token.text
                            + (token.type == Token::Type::Op ? SegmentNode::opText(token.op) : QString())
                            + QLatin1Char('\'');
            m_error = tr("Segment, character %1: %2, found %3.").arg(token.position).arg(what, found);
        }
    }

    std::unique_ptr<SegmentNode>
    combine(SegmentNode::Kind kind, QLatin1String keyword, std::unique_ptr<SegmentNode> (Parser::*operand)())
    {
        std::unique_ptr<SegmentNode> first = (this->*operand)();
        if (!first || !isKeyword(peek(), keyword)) {
            return first;
        }
        auto node = std::make_unique<SegmentNode>();
        node->kind = kind;
        node->children.push_back(std::move(first));
        while (isKeyword(peek(), keyword)) {
            take();
            std::unique_ptr<SegmentNode> next = (this->*operand)();
            if (!next) {
                return nullptr;
            }
            node->children.push_back(std::move(next));
        }
        return node;
    }

    std::unique_ptr<SegmentNode> parseOr()
    {
        return combine(SegmentNode::Kind::Or, QLatin1String("OR"), &Parser::parseAnd);
    }
    std::unique_ptr<SegmentNode> parseAnd()
    {
        return combine(SegmentNode::Kind::And, QLatin1String("AND"), &Parser::parseUnary);
    }

    std::unique_ptr<SegmentNode> parseUnary()
    {
        if (isKeyword(peek(), QLatin1String("NOT"))) {
            take();
            std::unique_ptr<SegmentNode> operand = parseUnary();
            if (!operand) {
                return nullptr;
            }
            auto node = std::make_unique<SegmentNode>();
            node->kind = SegmentNode::Kind::Not;
            node->children.push_back(std::move(operand));
            return node;
        }
        if (peek().type == Token::Type::Open) {
            take();
            std::unique_ptr<SegmentNode> inner = parseOr();
            if (!inner) {
                return nullptr;
            }
            if (peek().type != Token::Type::Close) {
                fail(peek(), tr("expected ')'"));
                return nullptr;
            }
            take();
            return inner;
        }
        return parseTerm();
    }

    std::unique_ptr<SegmentNode> parseTerm()
    {
        const Token& name = take();
        if (name.type != Token::Type::Word || isKeyword(name, QLatin1String("AND"))
            || isKeyword(name, QLatin1String("OR"))) {
            fail(name, tr("expected a condition such as tag:NAME, list:NAME, status:STATE or FIELD = VALUE"));
            return nullptr;
        }
        auto node = std::make_unique<SegmentNode>();
        if (peek().type == Token::Type::Colon) {
            take();
            const QString kind = name.text.toLower();
            if (kind == QLatin1String("tag")) {
                node->kind = SegmentNode::Kind::Tag;
            } else if (kind == QLatin1String("list")) {
                node->kind = SegmentNode::Kind::List;
            } else if (kind == QLatin1String("status")) {
                node->kind = SegmentNode::Kind::Status;
            } else {
                fail(name, tr("expected tag:, list: or status: before ':'"));
                return nullptr;
            }
        } else if (peek().type == Token::Type::Op) {
            node->kind = SegmentNode::Kind::Compare;
            node->field = name.text;
            node->op = take().op;
        } else {
            fail(peek(), tr("expected ':' or an operator (= != < <= > >= ~ ^) after '%1'").arg(name.text));
            return nullptr;
        }
        const Token& value = take();
        if (value.type != Token::Type::Word && value.type != Token::Type::Quoted) {
            fail(value, tr("expected a value (a word or a \"quoted text\")"));
            return nullptr;
        }
        node->value = value.text;
        return node;
    }

    QString m_text;
    QList<Token> m_tokens;
    qsizetype m_next = 0;
    QString m_error;
};
} // namespace

Result<std::shared_ptr<const SegmentNode>> SegmentParser::parse(const QString& text)
{
    return Parser(text).run();
}
