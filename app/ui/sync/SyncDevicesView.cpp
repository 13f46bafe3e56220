#include "SyncDevicesView.h"

#include "StudySession.h"
#include "SyncScheduler.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

SyncDevicesView::SyncDevicesView(StudySession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_devices(new QStandardItemModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("syncDevices"));
    m_title->setObjectName(QStringLiteral("syncDevicesTitle"));
    m_title->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("syncDevicesTable"));
    m_table->setModel(m_devices);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Synced devices"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table);
    // Also while hidden: a first device appearing is what shows the list.
    connect(&m_session.sync(), &SyncScheduler::statusChanged, this, &SyncDevicesView::refresh);
    refresh();
}

void SyncDevicesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void SyncDevicesView::refresh()
{
    const SyncScheduler &sync = m_session.sync();
    QList<SyncDatabase::Device> devices = sync.isEnabled() || sync.hasRun() ? sync.devices()
                                                                            : QList<SyncDatabase::Device>();
    // This computer belongs in the list before it has written anything of its own.
    if (sync.isEnabled()
        && std::none_of(devices.cbegin(), devices.cend(), [](const SyncDatabase::Device &d) { return d.self; })) {
        SyncDatabase::Device self;
        self.id = sync.deviceId();
        self.name = sync.deviceName();
        self.self = true;
        devices.prepend(self);
    }
    m_devices->clear();
    m_devices->setHorizontalHeaderLabels({ tr("Device"), tr("Id"), tr("Last merged"), tr("Reviews") });
    int others = 0;
    for (const SyncDatabase::Device &device : devices) {
        others += device.self ? 0 : 1;
        const QString name = device.name.isEmpty() ? tr("(unnamed)") : device.name;
        const QString lastMerged = device.self ? QStringLiteral("—")
            : device.lastRead.isValid()        ? QLocale().toString(device.lastRead.toLocalTime(), QLocale::ShortFormat)
                                               : tr("never");
        m_devices->appendRow({
            new QStandardItem(device.self ? tr("%1 (this device)").arg(name) : name),
            new QStandardItem(device.id.left(8)),
            new QStandardItem(lastMerged),
            new QStandardItem(QString::number(device.reviews)),
        });
        m_devices->item(m_devices->rowCount() - 1, 1)->setToolTip(device.id);
    }
    m_title->setText(QStringLiteral("<b>%1</b> %2").arg(tr("Synced devices"),
        (others == 1 ? tr("(1 other device)") : tr("(%1 other devices)").arg(others)).toHtmlEscaped()));
    const bool show = sync.isEnabled() || others > 0;
    setVisible(show);
    const int rows = std::clamp(m_devices->rowCount(), 1, 5);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
        + rows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());
}
