#include "DiagnosticsPanel.h"

#include <QListView>
#include <QStringListModel>

DiagnosticsPanel::DiagnosticsPanel(QWidget *parent)
    : QDockWidget(tr("Guide Problems"), parent)
    , m_view(new QListView(this))
    , m_model(new QStringListModel(this))
{
    setObjectName(QStringLiteral("diagnosticsPanel"));
    m_view->setObjectName(QStringLiteral("diagnosticsList"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Problems found in the guide"));
    setWidget(m_view);
}

void DiagnosticsPanel::setDiagnostics(const Diagnostics &diagnostics)
{
    QStringList lines;
    lines.reserve(diagnostics.size());
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    m_model->setStringList(lines);
    setWindowTitle(lines.isEmpty() ? tr("Guide Problems") : tr("Guide Problems (%1)").arg(lines.size()));
}

int DiagnosticsPanel::count() const
{
    return m_model->rowCount();
}
