#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

// A guide folder written file by file into a temporary directory, for loader and UI tests.
class GuideFixture
{
public:
    GuideFixture() { QDir(m_dir.path()).mkdir(QStringLiteral("guide")); }

    QString path() const { return m_dir.path() + QStringLiteral("/guide"); }
    QString outside() const { return m_dir.path(); }

    void write(const QString &relative, const QByteArray &content) const
    {
        const QString full = path() + QLatin1Char('/') + relative;
        QDir().mkpath(QFileInfo(full).path());
        QFile file(full);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
    }
    void mkdir(const QString &relative) const { QDir().mkpath(path() + QLatin1Char('/') + relative); }
    bool link(const QString &target, const QString &relative) const
    {
        return QFile::link(target, path() + QLatin1Char('/') + relative);
    }

    // A small guide with two chapters, a prompt/answer card and an interview card.
    void writeSample() const
    {
        write(QStringLiteral("index.md"), "---\ntitle: Sample Guide\nid: sample\n---\n# Sample Guide\n\nWelcome.\n");
        write(QStringLiteral("01-basics/index.md"), "---\ntitle: Basics\n---\n# Basics\n\nThe basics.\n");
        write(QStringLiteral("01-basics/01-first.md"),
              "---\ntitle: First Topic\n---\n# First Topic\n\nSome text about `code`.\n\n"
              "```python\nprint(1)\n```\n\n```output\n1\n```\n\n"
              "## Practice\n\n### Q: What is one?\n<!-- id: one -->\n\nThe number after zero.\n\n"
              "### Q: What is two?\n\nOne more than one.\n");
        write(QStringLiteral("01-basics/02-second.md"),
              "# Second Topic\n\nSee [the first](01-first.md) and [outside](../../secret.md).\n\n"
              "## Q: Why learn this?\n<!-- id: why -->\n\n### How to answer\nBriefly.\n\n"
              "### Sample answer\nBecause.\n\n### What to look for\nHonesty.\n");
        write(QStringLiteral("02-advanced/01-deep.md"), "# Deep\n\nDeep text.\n");
        write(QStringLiteral("notes.md"), "Plain notes without a heading.\n");
    }

private:
    QTemporaryDir m_dir;
};
