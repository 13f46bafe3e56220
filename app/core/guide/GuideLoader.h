#pragma once

#include "Guide.h"

#include <QString>
#include <QStringList>

#include <memory>

// Reads a guide folder (or a ":/" resource folder) into a Guide. See guide/FORMAT.md.
//
// Hostile input costs bounded time and memory: files, depth and size are capped, links are
// followed only inside the guide folder, and every problem becomes a Diagnostic, never a crash.
class GuideLoader
{
public:
    struct Limits
    {
        qint64 maximumFileBytes = 4 * 1024 * 1024;
        int maximumDepth = 16;
        int maximumFiles = 20000;
    };

    struct Result
    {
        std::unique_ptr<Guide> guide; // null only when error is set
        QString error; // one sentence, when the folder cannot be used at all
    };

    GuideLoader();
    explicit GuideLoader(Limits limits);

    // DISPLAYPATH is how the folder is named in diagnostics (defaults to PATH).
    Result load(const QString &path, const QString &displayPath = QString()) const;

    // The anchor of ANCHORS (a page's) that a link's FRAGMENT leads to, found as GitHub finds
    // it; an empty string for the top of the page; a null string when there is none.
    static QString findAnchor(const QStringList &anchors, const QString &fragment);

    // Lines with a long file's outline in the tree (unless its front matter says otherwise).
    static constexpr int outlineLineThreshold = 150;

private:
    Limits m_limits;
};
