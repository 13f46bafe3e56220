#include "MockInterviewSetupPage.h"

#include "Guide.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace {

constexpr int CategoryIdRole = Qt::UserRole + 1;

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAutoDefault(false); // Return belongs to Start, never to whichever button has focus
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    return b;
}

} // namespace

MockInterviewSetupPage::MockInterviewSetupPage(const Guide *guide, QWidget *parent)
    : QWidget(parent)
    , m_guide(guide)
    , m_categories(new QStandardItemModel(this))
    , m_categoryList(new QListView(this))
    , m_count(new QSpinBox(this))
    , m_minutes(new QSpinBox(this))
    , m_includePractice(new QCheckBox(tr("Include &practice cards of these categories"), this))
    , m_available(new QLabel(this))
    , m_start(button(tr("&Start Interview"), QStringLiteral("startButton"), this))
{
    setObjectName(QStringLiteral("setupPage"));
    auto *intro = new QLabel(
        tr("Answer each question aloud or in notes before the time runs out, then tick what "
           "your answer covered and grade yourself. Weak and unseen questions come up more often."),
        this);
    intro->setWordWrap(true);

    m_categoryList->setObjectName(QStringLiteral("categoryList"));
    m_categoryList->setAccessibleName(tr("Categories"));
    m_categoryList->setAccessibleDescription(tr("Space ticks or unticks a category"));
    m_categoryList->setModel(m_categories);
    m_categoryList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    if (m_guide) {
        for (const Topic *category : MockInterviewPlan::categories(*m_guide)) {
            auto *item = new QStandardItem(category->title);
            item->setData(category->id, CategoryIdRole);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
            m_categories->appendRow(item);
        }
    }
    if (m_categories->rowCount() > 0)
        m_categoryList->setCurrentIndex(m_categories->index(0, 0));
    connect(m_categories, &QStandardItemModel::itemChanged, this, &MockInterviewSetupPage::updateAvailable);

    m_count->setObjectName(QStringLiteral("questionCount"));
    m_count->setAccessibleName(tr("Number of questions"));
    m_count->setRange(1, 50);
    m_count->setValue(5);
    m_minutes->setObjectName(QStringLiteral("minutesPerQuestion"));
    m_minutes->setAccessibleName(tr("Minutes per question"));
    m_minutes->setRange(1, 30);
    m_minutes->setValue(2);
    m_minutes->setSuffix(tr(" min"));
    m_includePractice->setObjectName(QStringLiteral("includePractice"));
    m_includePractice->setAccessibleName(tr("Include practice cards"));
    connect(m_includePractice, &QCheckBox::toggled, this, &MockInterviewSetupPage::updateAvailable);
    m_available->setObjectName(QStringLiteral("availableQuestions"));
    m_available->setWordWrap(true);

    m_start->setDefault(true);
    connect(m_start, &QPushButton::clicked, this, &MockInterviewSetupPage::startRequested);
    auto *close = button(tr("Close"), QStringLiteral("setupClose"), this);
    connect(close, &QPushButton::clicked, this, &MockInterviewSetupPage::closeRequested);

    auto *form = new QFormLayout;
    form->addRow(tr("&Questions:"), m_count);
    form->addRow(tr("&Time per question:"), m_minutes);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_start);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    auto *categoriesLabel = new QLabel(tr("&Categories:"), this);
    categoriesLabel->setBuddy(m_categoryList);
    layout->addWidget(categoriesLabel);
    layout->addWidget(m_categoryList, 1);
    layout->addLayout(form);
    layout->addWidget(m_includePractice);
    layout->addWidget(m_available);
    layout->addLayout(buttons);
    updateAvailable();
}

void MockInterviewSetupPage::focusCategories()
{
    m_categoryList->setFocus();
}

MockInterviewPlan MockInterviewSetupPage::plan() const
{
    MockInterviewPlan plan;
    for (int row = 0; row < m_categories->rowCount(); ++row) {
        if (m_categories->item(row)->checkState() == Qt::Checked)
            plan.categoryIds.append(m_categories->item(row)->data(CategoryIdRole).toString());
    }
    plan.questionCount = m_count->value();
    plan.secondsPerQuestion = m_minutes->value() * 60;
    plan.includePracticeCards = m_includePractice->isChecked();
    return plan;
}

void MockInterviewSetupPage::updateAvailable()
{
    int available = 0;
    const MockInterviewPlan chosen = plan();
    for (const QString &id : chosen.categoryIds) {
        if (const Topic *topic = m_guide ? m_guide->topic(id) : nullptr)
            available += MockInterviewPlan::cardCount(*m_guide, *topic, chosen.includePracticeCards);
    }
    if (m_categories->rowCount() == 0)
        m_available->setText(tr("This guide has no interview questions."));
    else if (chosen.categoryIds.isEmpty())
        m_available->setText(tr("Tick at least one category."));
    else
        m_available->setText(available == 1 ? tr("1 question to draw from.")
                                            : tr("%1 questions to draw from.").arg(available));
    m_start->setEnabled(available > 0);
}
