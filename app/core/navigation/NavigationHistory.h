#pragma once

#include <QString>
#include <QStringList>

// Back and forward through the topics a user has opened, as in a web browser.
class NavigationHistory
{
public:
    // Records ID as the current place; drops the forward list. Revisiting the current id is a no-op.
    void visit(const QString &id);
    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < m_entries.size(); }
    QString back();
    QString forward();
    QString current() const { return m_position >= 0 ? m_entries.at(m_position) : QString(); }
    void clear();

    static constexpr int maximumEntries = 200;

private:
    QStringList m_entries;
    qsizetype m_position = -1;
};
