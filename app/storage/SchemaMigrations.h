// The schema, as the ordered list of steps that build it. Never edit a released step: add a new one.
#pragma once

#include <QList>
#include <QStringList>

namespace SchemaMigrations {
struct Step
{
    QStringList statements;
    // The step drops and recreates a table that others reference: it runs with foreign keys off (else DROP TABLE
    // would cascade to the referencing rows) and must leave PRAGMA foreign_key_check empty.
    bool rebuildsTables = false;
};
// steps()[n - 1] brings a database from schema n - 1 to n.
const QList<Step>& steps();
} // namespace SchemaMigrations
