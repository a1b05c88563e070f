// The schema, as the ordered list of steps that build it. Never edit a released step: add a new one.
#pragma once

#include <QList>
#include <QStringList>

namespace SchemaMigrations {
// steps()[n - 1] brings a database from schema n - 1 to n.
const QList<QStringList>& steps();
} // namespace SchemaMigrations
