#include "NavigationHistory.h"

void NavigationHistory::visit(const QString &id)
{
    if (id.isEmpty() || id == current())
        return;
    m_entries.erase(m_entries.begin() + (m_position + 1), m_entries.end());
    m_entries.append(id);
    if (m_entries.size() > maximumEntries)
        m_entries.removeFirst();
    m_position = m_entries.size() - 1;
}

QString NavigationHistory::back()
{
    if (canGoBack())
        --m_position;
    return current();
}

QString NavigationHistory::forward()
{
    if (canGoForward())
        ++m_position;
    return current();
}

void NavigationHistory::clear()
{
    m_entries.clear();
    m_position = -1;
}
