#pragma once

#include "ProgressStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// The JSON form of a progress archive, version 2:
//   {"format": "studyguide-progress", "version": 2, "guideId": ..., "exportedAt": ...,
//    "topics": [...], "bookmarks": [...], "notes": [...], "cards": [...], "reviews": [...],
//    "tasks": [...], "ownCards": [...]}
// Times are ISO 8601 in UTC; states, ratings and kinds are written by name. Version 2 added
// "tasks" (ticked checklist items) and "ownCards" (cards the learner made); a version 1 file,
// which has neither, reads as before. A version 1 reader refuses a version 2 file rather than
// drop the learner's own cards without a word.
class ProgressArchiveFormat
{
    Q_DECLARE_TR_FUNCTIONS(ProgressArchiveFormat)

public:
    static constexpr int formatVersion = 2;

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
