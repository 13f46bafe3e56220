#include "NotesEditor.h"

#include "StudySession.h"

NotesEditor::NotesEditor(StudySession &session, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("notesEditor"));
    setPlaceholderText(tr("Your notes on this topic (Markdown). They are saved as you type."));
    setAccessibleName(tr("Your notes"));
    setAccessibleDescription(tr("A personal note on the open topic, saved as you type"));
    setTabChangesFocus(true);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(saveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &NotesEditor::saveNow);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_dirty = true;
        m_saveTimer.start();
    });
}

void NotesEditor::setTopic(const QString &topicId)
{
    if (topicId == m_topicId)
        return;
    saveNow();
    m_topicId = topicId;
    m_loading = true;
    setPlainText(topicId.isEmpty() ? QString() : m_session.note(topicId));
    m_loading = false;
    setReadOnly(topicId.isEmpty() || !m_session.canWrite());
}

void NotesEditor::reload()
{
    saveNow();
    const QString topicId = m_topicId;
    m_topicId.clear();
    setTopic(topicId);
}

bool NotesEditor::saveNow()
{
    m_saveTimer.stop();
    if (!m_dirty || m_topicId.isEmpty())
        return true;
    const QString text = toPlainText();
    const bool ok = m_session.setNote(m_topicId, text);
    m_dirty = !ok;
    if (ok)
        emit saved(m_topicId, text);
    return ok;
}
