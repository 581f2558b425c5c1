// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

#include <functional>
#include <vector>

class QWidget;

namespace Opsight::Views {

class View;

// How the main window learns about a view: it builds its navigation list and page
// stack from these, in registration order. A view that is not registered does not
// appear, so there are never placeholder pages.
struct ViewDescriptor
{
    QString id;    // stable, untranslated: "overview", "timeline", ... (settings, tests)
    QString title; // translated when the descriptor is created
    QIcon icon;
    QString toolTip; // translated; may be empty
    std::function<View *(QWidget *parent)> factory;
};

class ViewRegistry final
{
public:
    // Ids must be unique and the factory set (programmer errors: asserted).
    void add(ViewDescriptor descriptor);
    const std::vector<ViewDescriptor> &views() const { return m_views; }
    const ViewDescriptor *find(const QString &id) const;
    bool isEmpty() const { return m_views.empty(); }

private:
    std::vector<ViewDescriptor> m_views;
};

} // namespace Opsight::Views
