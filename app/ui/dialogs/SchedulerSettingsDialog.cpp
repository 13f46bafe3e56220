#include "SchedulerSettingsDialog.h"

#include "StudyDay.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SchedulerSettingsDialog::SchedulerSettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_retention(new QDoubleSpinBox(this))
    , m_newCards(new QSpinBox(this))
    , m_dayStart(new QSpinBox(this))
    , m_weights(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this))
{
    setObjectName(QStringLiteral("schedulerSettings"));
    setWindowTitle(tr("Scheduler Settings"));
    m_retention->setObjectName(QStringLiteral("retention"));
    m_retention->setRange(0.70, 0.99);
    m_retention->setSingleStep(0.01);
    m_retention->setDecimals(2);
    m_retention->setAccessibleName(tr("Desired retention"));
    m_retention->setAccessibleDescription(tr("The chance of remembering a card when it comes due; higher means more reviews"));
    m_newCards->setObjectName(QStringLiteral("newCards"));
    m_newCards->setRange(0, 9999);
    m_newCards->setAccessibleName(tr("New cards per day"));
    m_dayStart->setObjectName(QStringLiteral("dayStart"));
    m_dayStart->setRange(0, 23);
    m_dayStart->setSuffix(tr(":00"));
    m_dayStart->setAccessibleName(tr("Next day starts at"));
    m_dayStart->setAccessibleDescription(tr("The hour, in local time, at which a new study day begins"));
    m_weights->setObjectName(QStringLiteral("weights"));
    m_weights->setAccessibleName(tr("FSRS weights"));
    m_weights->setAccessibleDescription(tr("21 numbers separated by commas, as an FSRS optimiser gives them"));
    m_error->setObjectName(QStringLiteral("weightsError"));
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);

    auto *form = new QFormLayout;
    form->addRow(tr("Desired &retention:"), m_retention);
    form->addRow(tr("&New cards per day:"), m_newCards);
    form->addRow(tr("Next &day starts at:"), m_dayStart);
    form->addRow(tr("FSRS &weights:"), m_weights);
    auto *help = new QLabel(tr("Retention is the chance you still know a card when it comes due: 0.90 is a good "
                               "balance; 0.95 asks for many more reviews. Leave the weights alone unless you have "
                               "optimised your own with an FSRS optimiser."),
                            this);
    help->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_weights, &QLineEdit::textChanged, this, &SchedulerSettingsDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] {
                setValues(FsrsParameters(), 20);
                setDayStartHour(StudyDay::defaultRolloverHour);
            });
}

void SchedulerSettingsDialog::setValues(const FsrsParameters &parameters, int newCardsPerDay)
{
    m_base = parameters;
    m_retention->setValue(parameters.desiredRetention);
    m_newCards->setValue(newCardsPerDay);
    m_weights->setText(parameters.weightsString());
    validate();
}

void SchedulerSettingsDialog::validate()
{
    const bool ok = FsrsParameters::fromWeightsString(m_weights->text()).has_value();
    m_error->setText(ok ? QString() : tr("The weights must be exactly 21 numbers."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

FsrsParameters SchedulerSettingsDialog::parameters() const
{
    FsrsParameters parameters = m_base;
    if (const auto parsed = FsrsParameters::fromWeightsString(m_weights->text()))
        parameters.weights = parsed->weights;
    parameters.desiredRetention = m_retention->value();
    return parameters;
}

int SchedulerSettingsDialog::newCardsPerDay() const
{
    return m_newCards->value();
}

void SchedulerSettingsDialog::setDayStartHour(int hour)
{
    m_dayStart->setValue(hour);
}

int SchedulerSettingsDialog::dayStartHour() const
{
    return m_dayStart->value();
}
