#include "CardEditorDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

CardEditorDialog::CardEditorDialog(QWidget *parent)
    : QDialog(parent)
    , m_place(new QLabel(this))
    , m_prompt(new QPlainTextEdit(this))
    , m_answer(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("cardEditor"));
    m_place->setObjectName(QStringLiteral("cardEditorPlace"));
    m_place->setWordWrap(true);
    m_prompt->setObjectName(QStringLiteral("cardEditorPrompt"));
    m_prompt->setAccessibleName(tr("Prompt"));
    m_prompt->setAccessibleDescription(tr("The question the card asks, in Markdown"));
    m_prompt->setPlaceholderText(tr("What should you be able to answer?"));
    m_prompt->setTabChangesFocus(true);
    m_prompt->setMaximumHeight(90);
    m_answer->setObjectName(QStringLiteral("cardEditorAnswer"));
    m_answer->setAccessibleName(tr("Answer"));
    m_answer->setAccessibleDescription(tr("The answer shown after Space, in Markdown"));
    m_answer->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Prompt:"), m_prompt);
    form->addRow(tr("&Answer:"), m_answer);
    auto *help = new QLabel(tr("Markdown works in both fields. The card is kept with your progress, not in the "
                               "guide's files, and is reviewed like the guide's own cards. Ctrl+Enter saves."),
                            this);
    help->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_place);
    layout->addLayout(form, 1);
    layout->addWidget(help);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_prompt, &QPlainTextEdit::textChanged, this, &CardEditorDialog::updateButtons);
    // Enter writes a new line in a field; Ctrl+Enter saves from either (eventFilter).
    m_prompt->installEventFilter(this);
    m_answer->installEventFilter(this);
    resize(460, 360);
    updateButtons();
}

bool CardEditorDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers().testFlag(Qt::ControlModifier)) {
            if (m_buttons->button(QDialogButtonBox::Save)->isEnabled())
                accept();
            return true; // never a new line
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CardEditorDialog::splitSelection(const QString &selection, QString *prompt, QString *answer)
{
    // A passage selected in the reader is most often the fact to remember, so it becomes the
    // answer and the learner writes the question to it; a selection that itself asks something
    // (it ends with '?') is the question, and the learner writes down what they know.
    QString text = selection;
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n')).replace(QChar::LineSeparator, QLatin1Char('\n'));
    text = text.trimmed();
    prompt->clear();
    answer->clear();
    if (text.endsWith(QLatin1Char('?')))
        *prompt = text;
    else
        *answer = text;
}

void CardEditorDialog::startNew(const QString &topicTitle, const QString &selection)
{
    m_cardId.clear();
    setWindowTitle(tr("New Card"));
    m_place->setText(topicTitle.isEmpty() ? tr("A card of your own for the whole guide.")
                                          : tr("A card of your own for \"%1\".").arg(topicTitle));
    QString prompt;
    QString answer;
    splitSelection(selection, &prompt, &answer);
    m_prompt->setPlainText(prompt);
    m_answer->setPlainText(answer);
    m_prompt->moveCursor(QTextCursor::End);
    m_answer->moveCursor(QTextCursor::End);
    // The field still to write gets the cursor.
    if (!prompt.isEmpty() && answer.isEmpty())
        m_answer->setFocus();
    else
        m_prompt->setFocus();
    updateButtons();
}

void CardEditorDialog::startEdit(const QString &cardId, const QString &prompt, const QString &answer)
{
    m_cardId = cardId;
    setWindowTitle(tr("Edit Card"));
    m_place->setText(tr("A card of your own."));
    m_prompt->setPlainText(prompt);
    m_answer->setPlainText(answer);
    m_prompt->moveCursor(QTextCursor::End);
    m_answer->moveCursor(QTextCursor::End);
    m_prompt->setFocus();
    updateButtons();
}

QString CardEditorDialog::prompt() const
{
    return m_prompt->toPlainText().trimmed();
}

QString CardEditorDialog::answer() const
{
    return m_answer->toPlainText().trimmed();
}

void CardEditorDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!prompt().isEmpty());
}
