#pragma once

#include "FsrsParameters.h"

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Lets the user set the desired retention, the number of new cards a day, and (for those who
// have optimised their own) the whole FSRS weight vector.
class SchedulerSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SchedulerSettingsDialog(QWidget *parent = nullptr);

    void setValues(const FsrsParameters &parameters, int newCardsPerDay);
    FsrsParameters parameters() const;
    int newCardsPerDay() const;
    // "Next day starts at": the local hour at which the study day rolls over.
    void setDayStartHour(int hour);
    int dayStartHour() const;

private:
    void validate();

    QDoubleSpinBox *m_retention = nullptr;
    QSpinBox *m_newCards = nullptr;
    QSpinBox *m_dayStart = nullptr;
    QLineEdit *m_weights = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    FsrsParameters m_base;
};
