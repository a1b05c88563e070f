// A segment: which contacts a count, an export or a campaign is about, as a tree of conditions.
// Its text form is the CLI contract (`--segment EXPR`); the GUI builder edits the same tree.
#pragma once

#include <memory>
#include <vector>

#include <QString>

struct SegmentNode
{
    enum class Kind { And, Or, Not, Tag, List, Status, Compare };
    enum class Op { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual, Contains, StartsWith };

    Kind kind = Kind::And;
    std::vector<std::unique_ptr<SegmentNode>> children; // And/Or: two or more; Not: one
    QString field; // Compare: email, first_name, last_name, company, phone, created or a custom field's key
    Op op = Op::Equal;
    QString value; // Tag/List/Status: the name; Compare: the value as written (unquoted)

    // The canonical text form; parsing it gives the same tree.
    QString toText() const;
    static QString opText(Op op);
};
