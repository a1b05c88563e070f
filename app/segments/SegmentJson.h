// The stored form of a segment: the condition tree as JSON (a campaign's audience, a saved segment). It mirrors
// SegmentNode one to one, so tree ⇄ JSON ⇄ text round-trip; docs/ARCHITECTURE.md describes the document.
#pragma once

#include <memory>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include "common/Result.h"
#include "segments/Segment.h"

class SegmentJson
{
    Q_DECLARE_TR_FUNCTIONS(SegmentJson)

public:
    static constexpr int version = 1;

    // {"version": 1, "root": NODE}; NODE is one of
    //   {"type": "and"|"or", "children": [NODE, …]}   {"type": "not", "child": NODE}
    //   {"type": "tag"|"list"|"status", "name": TEXT}  {"type": "compare", "field": KEY, "op": "=", "value": TEXT}
    static QJsonObject toJson(const SegmentNode& root);
    static QByteArray toBytes(const SegmentNode& root);
    // Errors say where in the document (root.children[1].op) and what was expected there.
    static Result<std::shared_ptr<const SegmentNode>> fromJson(const QJsonObject& document);
    static Result<std::shared_ptr<const SegmentNode>> fromBytes(const QByteArray& json);

    // Just the node, for a document that embeds a segment in its own layout.
    static QJsonObject nodeToJson(const SegmentNode& node);
    static Result<std::unique_ptr<SegmentNode>> nodeFromJson(const QJsonObject& node, const QString& where);
};
