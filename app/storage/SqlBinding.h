// Binding values to prepared statements. QtSql binds a null QString as SQL NULL; our text columns are
// NOT NULL DEFAULT '', so an absent text is bound as ''. A QVariant() still binds NULL on purpose.
#pragma once

#include <QSqlQuery>
#include <QVariantList>

namespace SqlBinding {
inline QVariant textOrEmpty(const QVariant& value)
{
    if (value.metaType().id() == QMetaType::QString && value.toString().isNull()) {
        return QString(QLatin1String(""));
    }
    return value;
}

inline void bindAll(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i) {
        query.bindValue(i, textOrEmpty(values.at(i)));
    }
}

inline bool execWith(QSqlQuery& query, const QVariantList& values)
{
    bindAll(query, values);
    return query.exec();
}
} // namespace SqlBinding
