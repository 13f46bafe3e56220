#include "CardPanel.h"

#include <QEvent>

#include "CardDeck.h"
#include "CodeHighlighter.h"
#include "Guide.h"
#include "MarkdownRenderer.h"
#include "StudyProgress.h"
#include "TopicReader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>

CardPanel::CardPanel(CardDeck &deck, StudyProgress &progress, QWidget *parent)
    : QWidget(parent)
    , m_deck(deck)
    , m_progress(progress)
    , m_highlighter(std::make_unique<CodeHighlighter>())
    , m_renderer(std::make_unique<MarkdownRenderer>(*m_highlighter))
    , m_header(new QLabel(this))
    , m_prompt(new QTextBrowser(this))
    , m_answer(new QTextBrowser(this))
    , m_reveal(new QPushButton(tr("Show Answer"), this))
    , m_grades(new QWidget(this))
    , m_previous(new QPushButton(tr("Previous"), this))
    , m_next(new QPushButton(tr("Next"), this))
    , m_review(new QPushButton(tr("Review Due Cards"), this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("cardPanel"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Question cards"));
    setAccessibleDescription(tr("Space shows the answer; 1 to 4 grade it"));

    m_header->setObjectName(QStringLiteral("cardHeader"));
    m_header->setWordWrap(true);
    m_header->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    for (QTextBrowser *browser : { m_prompt, m_answer }) {
        browser->setOpenLinks(false);
        browser->setFocusPolicy(Qt::NoFocus);
        browser->document()->setDocumentMargin(12);
        browser->document()->setDefaultStyleSheet(TopicReader::styleSheetFor(palette()));
    }
    m_prompt->setObjectName(QStringLiteral("cardPrompt"));
    m_prompt->setAccessibleName(tr("Card question"));
    m_prompt->setMaximumHeight(160);
    m_answer->setObjectName(QStringLiteral("cardAnswer"));
    m_answer->setAccessibleName(tr("Card answer"));
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setToolTip(tr("Show the answer (Space)"));
    m_reveal->setAccessibleDescription(tr("Shows the answer; shortcut Space"));
    m_empty->setObjectName(QStringLiteral("cardEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_review->setObjectName(QStringLiteral("panelReviewButton"));
    m_review->setAccessibleDescription(tr("Starts a review of every card due now"));
    m_previous->setAccessibleDescription(tr("Goes to the previous card of this topic"));
    m_next->setAccessibleDescription(tr("Goes to the next card of this topic"));

    auto *gradeLayout = new QHBoxLayout(m_grades);
    gradeLayout->setContentsMargins(0, 0, 0, 0);
    const std::array<QString, 4> names { tr("Again"), tr("Hard"), tr("Good"), tr("Easy") };
    for (int i = 0; i < 4; ++i) {
        auto *button = new QPushButton(m_grades);
        button->setObjectName(QStringLiteral("grade%1").arg(i + 1));
        button->setAccessibleName(names[size_t(i)]);
        button->setAccessibleDescription(tr("Grade the card %1 (key %2)").arg(names[size_t(i)]).arg(i + 1));
        button->setMinimumHeight(44);
        gradeLayout->addWidget(button);
        m_gradeButtons[size_t(i)] = button;
        connect(button, &QPushButton::clicked, this, [this, i] { m_deck.grade(Rating(i + 1)); });
        auto *key = new QShortcut(QKeySequence(Qt::Key_1 + i), this);
        key->setContext(Qt::WidgetWithChildrenShortcut);
        connect(key, &QShortcut::activated, this, [this, i] { m_deck.grade(Rating(i + 1)); });
    }
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), this);
    space->setContext(Qt::WidgetWithChildrenShortcut);
    connect(space, &QShortcut::activated, &m_deck, &CardDeck::reveal);
    connect(m_reveal, &QPushButton::clicked, &m_deck, &CardDeck::reveal);
    connect(m_previous, &QPushButton::clicked, &m_deck, &CardDeck::previous);
    connect(m_next, &QPushButton::clicked, &m_deck, &CardDeck::next);
    connect(m_review, &QPushButton::clicked, this, &CardPanel::reviewRequested);
    for (QPushButton *button : { m_reveal, m_previous, m_next, m_review })
        button->setFocusPolicy(Qt::TabFocus);

    auto *navigation = new QHBoxLayout;
    navigation->addWidget(m_previous);
    navigation->addStretch();
    navigation->addWidget(m_next);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_prompt, 1);
    layout->addWidget(m_reveal);
    layout->addWidget(m_answer, 3);
    layout->addWidget(m_grades);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_review);
    layout->addLayout(navigation);
    layout->addStretch(1); // spare height goes below the card, not into the header

    connect(&m_deck, &CardDeck::changed, this, &CardPanel::refresh);
    refresh();
}

CardPanel::~CardPanel() = default;

QString CardPanel::render(const QString &markdown) const
{
    return m_renderer->toHtml(markdown, [](const QString &, bool) { return QString(); });
}

void CardPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    // As in the reader: the card is shown again so that the new colours apply to it.
    for (QTextBrowser *browser : { m_prompt, m_answer })
        browser->document()->setDefaultStyleSheet(TopicReader::styleSheetFor(palette()));
    refresh();
}

void CardPanel::refresh()
{
    const Card *card = m_guide ? m_guide->card(m_deck.currentCardId()) : nullptr;
    const bool review = m_deck.mode() == CardDeck::Mode::Review;
    m_empty->setVisible(!card);
    m_prompt->setVisible(card);
    m_reveal->setVisible(card && !m_deck.isRevealed());
    m_answer->setVisible(card && m_deck.isRevealed());
    m_grades->setVisible(card && m_deck.isRevealed() && m_progress.store().canWrite());
    m_previous->setVisible(card && !review);
    m_next->setVisible(card && !review);
    m_review->setVisible(!card || review);
    m_review->setText(review ? tr("Restart Review") : tr("Review Due Cards"));

    if (!card) {
        m_header->setText(m_deck.title().isEmpty() ? tr("Cards") : m_deck.title());
        m_empty->setText(m_deck.isFinished()     ? tr("All caught up: nothing else is due now. Well done.")
                         : review               ? tr("Nothing is due now.")
                         : m_deck.title().isEmpty() ? tr("Choose a topic to practise its cards, or review what is due.")
                                                : tr("This topic has no question cards."));
        return;
    }
    const QString position = review ? (m_deck.size() == 1 ? tr("1 card left") : tr("%1 cards left").arg(m_deck.size()))
                                    : tr("Card %1 of %2").arg(m_deck.position() + 1).arg(m_deck.size());
    const QString kind = card->kind == Card::Kind::Interview ? tr("Interview question") : tr("Practice card");
    m_header->setText(QStringLiteral("<b>%1</b><br>%2 · %3").arg(m_deck.title().toHtmlEscaped(), kind, position));
    m_prompt->setHtml(QStringLiteral("<h3>") + render(card->prompt).remove(QStringLiteral("<p>")).remove(QStringLiteral("</p>"))
                      + QStringLiteral("</h3>"));
    if (m_deck.isRevealed()) {
        m_answer->setHtml(render(card->answer));
        const auto outcomes = m_deck.outcomes();
        const QDateTime now = m_deck.outcomesAt();
        const std::array<QString, 4> names { tr("Again"), tr("Hard"), tr("Good"), tr("Easy") };
        for (size_t i = 0; i < 4; ++i) {
            const QString interval = Scheduler::formatInterval(std::max<qint64>(0, now.secsTo(outcomes[i].due)));
            m_gradeButtons[i]->setText(QStringLiteral("%1\n%2 · %3").arg(names[i], interval).arg(i + 1));
        }
        setFocus();
    }
}
