#include "NotesEditor.h"

#include "CodeHighlighter.h"
#include "MarkdownRenderer.h"
#include "StudySession.h"
#include "SyncScheduler.h"
#include "TopicReader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QShortcut>
#include <QTextBrowser>
#include <QToolButton>

#include <algorithm>

NotesEditor::NotesEditor(StudySession &session, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_session(session)
    , m_strip(new QWidget(this))
    , m_previewButton(new QToolButton(m_strip))
    , m_state(new QLabel(m_strip))
    , m_preview(new QTextBrowser(this))
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
        setSaveState(tr("Saving…"));
    });

    // The strip sits in the editor's bottom margin, so it never covers the text.
    const QKeySequence previewKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_V);
    m_previewButton->setObjectName(QStringLiteral("notesPreviewButton"));
    m_previewButton->setText(tr("Preview"));
    m_previewButton->setCheckable(true);
    m_previewButton->setAutoRaise(true);
    m_previewButton->setFocusPolicy(Qt::NoFocus);
    m_previewButton->setToolTip(
        tr("Show the note rendered (%1)").arg(previewKeys.toString(QKeySequence::NativeText)));
    m_state->setObjectName(QStringLiteral("notesSaveState"));
    m_state->setAccessibleName(tr("Note saved state"));
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *row = new QHBoxLayout(m_strip);
    row->setContentsMargins(4, 0, 6, 0);
    row->addWidget(m_previewButton);
    row->addStretch(1);
    row->addWidget(m_state);
    m_strip->setAutoFillBackground(true);
    connect(m_previewButton, &QToolButton::toggled, this, &NotesEditor::setPreviewing);
    auto *shortcut = new QShortcut(previewKeys, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, [this] { setPreviewing(!isPreviewing()); });

    m_preview->setObjectName(QStringLiteral("notesPreview"));
    m_preview->setAccessibleName(tr("Your notes, rendered"));
    m_preview->setOpenExternalLinks(false);
    m_preview->setOpenLinks(false);
    m_preview->setFrameShape(QFrame::NoFrame);
    m_preview->hide();
    setViewportMargins(0, 0, 0, m_strip->sizeHint().height());
    connect(&m_session.sync(), &SyncScheduler::synced, this, [this](const SyncEngine::Result &result) {
        if (result.ok && result.changed)
            storedNoteMayHaveChanged();
    });
}

NotesEditor::~NotesEditor() = default;

void NotesEditor::setTopic(const QString &topicId)
{
    if (topicId == m_topicId)
        return;
    saveNow();
    m_topicId = topicId;
    m_stored = topicId.isEmpty() ? QString() : m_session.note(topicId);
    m_loading = true;
    setPlainText(m_stored);
    m_loading = false;
    setReadOnly(topicId.isEmpty() || !m_session.canWrite());
    setSaveState(topicId.isEmpty() || m_session.canWrite() ? QString() : tr("Read-only"));
    if (isPreviewing())
        renderPreview();
}

void NotesEditor::storedNoteMayHaveChanged()
{
    if (m_topicId.isEmpty())
        return;
    const QString stored = m_session.note(m_topicId);
    if (stored == m_stored)
        return; // not this note
    m_stored = stored;
    if (m_dirty) {
        setSaveState(tr("Changed on another computer; your unsaved text here is kept and saved over it."));
        return;
    }
    // Where the learner was reading stays where it was, as near as the new text allows.
    const int position = textCursor().position();
    const int scroll = verticalScrollBar()->value();
    m_loading = true;
    setPlainText(stored);
    m_loading = false;
    QTextCursor cursor = textCursor();
    cursor.setPosition(std::min(position, int(stored.size())));
    setTextCursor(cursor);
    verticalScrollBar()->setValue(scroll);
    setSaveState(tr("Updated from another computer"));
    if (isPreviewing())
        renderPreview();
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
    if (ok) {
        m_stored = text;
        setSaveState(tr("Saved"));
        emit saved(m_topicId, text);
    } else {
        const QString why
            = m_session.storeProblem().isEmpty() ? tr("the progress file refused it") : m_session.storeProblem();
        setSaveState(tr("Not saved: %1").arg(why));
    }
    return ok;
}

void NotesEditor::setPreviewing(bool previewing)
{
    if (m_previewButton->isChecked() != previewing)
        m_previewButton->setChecked(previewing); // comes back here through toggled()
    if (previewing == m_preview->isVisible())
        return;
    if (previewing) {
        renderPreview();
        placeChildren();
        m_preview->show();
        if (hasFocus())
            m_preview->setFocus();
    } else {
        const bool focused = m_preview->hasFocus();
        m_preview->hide();
        if (focused)
            setFocus();
    }
}

bool NotesEditor::isPreviewing() const
{
    return m_preview->isVisibleTo(this);
}

QString NotesEditor::saveState() const
{
    return m_state->text();
}

void NotesEditor::setSaveState(const QString &text)
{
    m_state->setText(text);
    m_state->setToolTip(text);
}

void NotesEditor::renderPreview()
{
    if (!m_renderer) {
        m_highlighter = std::make_unique<CodeHighlighter>();
        m_renderer = std::make_unique<MarkdownRenderer>(*m_highlighter);
        m_preview->document()->setDefaultStyleSheet(TopicReader::styleSheetFor(palette()));
    }
    const QString text = toPlainText();
    // A note may link to nothing of the guide's: relative links and images are dropped.
    m_preview->setHtml(text.trimmed().isEmpty()
            ? QStringLiteral("<p><i>%1</i></p>").arg(tr("No notes on this topic yet.").toHtmlEscaped())
            : m_renderer->toHtml(text, [](const QString &, bool) { return QString(); }));
}

void NotesEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    placeChildren();
}

void NotesEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_renderer) {
        m_preview->document()->setDefaultStyleSheet(TopicReader::styleSheetFor(palette()));
        if (isPreviewing())
            renderPreview();
    }
}

void NotesEditor::placeChildren()
{
    const QRect inside = contentsRect();
    const int stripHeight = m_strip->sizeHint().height();
    m_strip->setGeometry(inside.left(), inside.bottom() - stripHeight + 1, inside.width(), stripHeight);
    m_preview->setGeometry(inside.left(), inside.top(), inside.width(), inside.height() - stripHeight);
}
