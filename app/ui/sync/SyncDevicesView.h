#pragma once

#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTableView;
class StudySession;

// The devices whose progress this guide holds, for the progress view: name, id, when their
// changes were last merged here and how many reviews came from each. Hidden while sync is off
// and no other device's progress is here.
class SyncDevicesView : public QWidget
{
    Q_OBJECT

public:
    explicit SyncDevicesView(StudySession &session, QWidget *parent = nullptr);

    QStandardItemModel *model() const { return m_devices; }
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    StudySession &m_session;
    QLabel *m_title;
    QStandardItemModel *m_devices;
    QTableView *m_table;
};
