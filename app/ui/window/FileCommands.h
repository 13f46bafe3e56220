#pragma once

#include <QObject>

#include <functional>

class NotesEditor;
class StudySession;
class TopicReader;
class QWidget;
struct Topic;

// The File menu's commands once past their questions: export cards and progress, import
// progress, export as PDF, print, restore a backup. Questions go through FileDialog and
// MessageBox, so tests answer them; the work itself is StudySession's.
class FileCommands : public QObject
{
    Q_OBJECT

public:
    using CurrentTopic = std::function<const Topic *()>;

    FileCommands(StudySession &session, TopicReader &reader, NotesEditor &notes, CurrentTopic currentTopic,
                 QWidget *parent);

    void exportCards();
    void exportProgress();
    void importProgress();
    void exportPdf(bool wholeGuide);
    void print();
    void chooseBackup();

signals:
    // One sentence for the status bar: what was done.
    void done(const QString &message);
    // One sentence to keep in view above the reader (a restored backup).
    void notice(const QString &message);

private:
    void fail(const QString &title, const QString &message);

    StudySession &m_session;
    TopicReader &m_reader;
    NotesEditor &m_notes;
    CurrentTopic m_currentTopic;
    QWidget *m_parent;
};
