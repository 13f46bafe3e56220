#pragma once

#include "MockInterviewPlan.h"

#include <QWidget>

class Guide;
class QCheckBox;
class QLabel;
class QListView;
class QPushButton;
class QSpinBox;
class QStandardItemModel;

// The first page of a mock interview: which categories, how many questions, how long each.
// Return starts (its Start button is the dialog's default); the categories are ticked with Space.
class MockInterviewSetupPage : public QWidget
{
    Q_OBJECT

public:
    // GUIDE may be null: the page then says there is nothing to ask.
    MockInterviewSetupPage(const Guide *guide, QWidget *parent);

    MockInterviewPlan plan() const;
    QStandardItemModel *categoryModel() const { return m_categories; }
    void focusCategories();

signals:
    void startRequested();
    void closeRequested();

private:
    void updateAvailable();

    const Guide *m_guide;
    QStandardItemModel *m_categories = nullptr;
    QListView *m_categoryList = nullptr;
    QSpinBox *m_count = nullptr;
    QSpinBox *m_minutes = nullptr;
    QCheckBox *m_includePractice = nullptr;
    QLabel *m_available = nullptr;
    QPushButton *m_start = nullptr;
};
