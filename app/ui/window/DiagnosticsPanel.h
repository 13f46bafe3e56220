#pragma once

#include <QDockWidget>

#include "Diagnostic.h"

class QListView;
class QStringListModel;

// A dock listing a guide's problems as FILE:LINE: severity: message.
class DiagnosticsPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit DiagnosticsPanel(QWidget *parent = nullptr);

    void setDiagnostics(const Diagnostics &diagnostics);
    int count() const;

private:
    QListView *m_view = nullptr;
    QStringListModel *m_model = nullptr;
};
