// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/viewlink.h"

#include <QString>
#include <QWidget>

namespace Opsight::Views {

// One page of the main window's navigation. The main window tells every view which
// warehouse is open; a view then loads what it shows on its own worker threads, each
// with its OWN read-only Core::Warehouse connection (a connection never crosses a
// thread), and hands the results to its models by value on the GUI thread.
class View : public QWidget
{
    Q_OBJECT
public:
    explicit View(QWidget *parent = nullptr);
    ~View() override;
    Q_DISABLE_COPY_MOVE(View)

    // Called on the GUI thread; an empty path means no warehouse is open. The base
    // implementation stores the path and calls reload().
    virtual void setWarehouse(const QString &path);
    const QString &warehousePath() const { return m_warehousePath; }

    // Reloads everything from the current warehouse, e.g. after an import changed it.
    virtual void reload() = 0;

    // Shows what a link from another view points at (its id names this view).
    // Returns false when the view cannot show it; the base class shows nothing.
    virtual bool openLink(const ViewLink &link);

Q_SIGNALS:
    // A view may invite the operator to get data (an empty page, a missing source);
    // the main window owns the actions and answers these.
    void openWarehouseRequested();
    void importRequested();
    void demoRequested();
    // Asks the main window to show another view at a place (a host, a template, ...).
    void linkActivated(const Opsight::Views::ViewLink &link);

private:
    QString m_warehousePath;
};

} // namespace Opsight::Views
