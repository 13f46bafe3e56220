#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

// The words of a search query as the reader marks them in a page: whole words, case and accents
// as the search matched them, and the last word also as the start of a longer one while it is
// still being typed (the query does not end in a space).
class QueryWords
{
public:
    static QList<QRegularExpression> patterns(const QString &query);
};
