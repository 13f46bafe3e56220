#pragma once

#include "ProgressStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// The JSON form of a progress archive, version 1:
//   {"format": "studyguide-progress", "version": 1, "guideId": ..., "exportedAt": ...,
//    "topics": [...], "bookmarks": [...], "notes": [...], "cards": [...], "reviews": [...]}
// Times are ISO 8601 in UTC; states, ratings and kinds are written by name.
class ProgressArchiveFormat
{
    Q_DECLARE_TR_FUNCTIONS(ProgressArchiveFormat)

public:
    static constexpr int formatVersion = 1;

    // What a file holds, once read and validated.
    struct Contents
    {
        QString guideId;
        QDateTime exportedAt;
        ProgressStore::ImportBatch data;
    };

    static QJsonObject toJson(
        const QString &guideId, const ProgressStore::ImportBatch &data, const QDateTime &now);
    // Reads and checks every entry of a parsed file. On a problem, returns false and sets ERROR to
    // a clause naming it ("entry 3 of \"reviews\" has no valid \"rating\""); CONTENTS is then untouched.
    static bool fromJson(const QJsonObject &json, Contents &contents, QString &error);
};
