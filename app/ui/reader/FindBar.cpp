#include "FindBar.h"

#include "TopicReader.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStyle>
#include <QToolButton>

FindBar::FindBar(TopicReader &reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_query(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("findBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);

    m_query->setObjectName(QStringLiteral("findQuery"));
    m_query->setPlaceholderText(tr("Find in page"));
    m_query->setClearButtonEnabled(true);
    m_query->setAccessibleName(tr("Find in page"));
    m_query->setAccessibleDescription(tr("Text to find in the open topic; Enter goes to the next match"));
    m_query->installEventFilter(this);
    connect(m_query, &QLineEdit::textChanged, this, &FindBar::search);

    m_count->setObjectName(QStringLiteral("findCount"));
    m_count->setMinimumWidth(fontMetrics().horizontalAdvance(tr("%1 of %2").arg(888).arg(888)));
    m_count->setAccessibleName(tr("Matches"));

    const auto setUp = [this](QToolButton *button, QStyle::StandardPixmap icon, const QString &name,
                              const QString &description) {
        button->setIcon(style()->standardIcon(icon));
        button->setAutoRaise(true);
        button->setToolTip(name);
        button->setAccessibleName(name);
        button->setAccessibleDescription(description);
        button->setFocusPolicy(Qt::NoFocus); // the keys do the same; Tab stays in the reader
    };
    setUp(m_previous, QStyle::SP_ArrowUp, tr("Previous match"), tr("Go to the previous match (Shift+F3)"));
    setUp(m_next, QStyle::SP_ArrowDown, tr("Next match"), tr("Go to the next match (F3)"));
    setUp(m_close, QStyle::SP_DialogCloseButton, tr("Close find bar"), tr("Close the find bar (Escape)"));
    connect(m_previous, &QToolButton::clicked, this, [this] { step(true); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(false); });
    connect(m_close, &QToolButton::clicked, this, &FindBar::close);

    layout->addWidget(m_query, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);
    hide();
}

void FindBar::open()
{
    show();
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
    search();
}

void FindBar::close()
{
    hide();
    m_reader.clearMatches();
    m_reader.setFocus(Qt::OtherFocusReason);
}

void FindBar::refresh()
{
    if (isVisible())
        search();
}

void FindBar::search()
{
    const QString text = m_query->text();
    QList<QRegularExpression> patterns;
    if (!text.trimmed().isEmpty())
        patterns.append(QRegularExpression(QRegularExpression::escape(text), QRegularExpression::CaseInsensitiveOption));
    m_reader.highlightMatches(patterns);
    updateCount();
}

void FindBar::step(bool backward)
{
    m_reader.goToMatch(backward);
    updateCount();
}

void FindBar::updateCount()
{
    if (m_query->text().trimmed().isEmpty())
        m_count->clear();
    else if (m_reader.matchCount() == 0)
        m_count->setText(tr("No matches"));
    else
        m_count->setText(tr("%1 of %2").arg(m_reader.currentMatch() + 1).arg(m_reader.matchCount()));
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool shift = key->modifiers() & Qt::ShiftModifier;
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_F3:
            step(shift);
            return true;
        case Qt::Key_Escape:
            close();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}
