// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_RIBBONBAR_H
#define INAPPKIT_RIBBONBAR_H

#include <InAppKit/clientarealauncher.h>
#include <InAppKit/inappkitwidgets_export.h>
#include <InAppKit/ribbon.h>

#include <QWidget>

#include <memory>

namespace InAppKit {

class RibbonBarPrivate;

/**
 * The broker's ribbons for the signed-in user, chosen by the specification's precedence
 * (account, then broker name, then user) for the selected account, in the ribbon's colour with
 * black or white text, whichever contrasts more. A click opens `urlinApp` in the client area
 * (with a fresh one-time token on the broker's origin) or `urlExternal` in the system browser.
 * A closed ribbon stays closed until the application is started again.
 * Each ribbon is a button "ribbon_<n>", its close button "ribbonClose_<n>".
 */
class INAPPKITWIDGETS_EXPORT RibbonBar : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(InAppKit::ClientAreaLauncher *launcher READ launcher WRITE setLauncher NOTIFY launcherChanged DESIGNABLE false)
public:
    /// A bar with no launcher yet (as Qt Designer places it): a placeholder shows where the ribbons go.
    explicit RibbonBar(QWidget *parent = nullptr);
    /// A bar for the ribbons of @p launcher's session.
    explicit RibbonBar(ClientAreaLauncher *launcher, QWidget *parent = nullptr);
    ~RibbonBar() override;

    /// The launcher whose ribbons the bar shows; null until set.
    ClientAreaLauncher *launcher() const;
    /// The launcher whose session's ribbons the bar shows; it hides while there are none.
    void setLauncher(ClientAreaLauncher *launcher);

    /// The ribbons shown now.
    QList<Ribbon> ribbons() const;

    /// Black or white, whichever reads better on @p background (WCAG contrast ratio).
    static QColor textColorFor(const QColor &background);

public Q_SLOTS:
    /// Fetches the ribbons (and the accounts) again: SsoSession::refresh().
    void refresh();

Q_SIGNALS:
    /// The ribbons shown changed.
    void ribbonsChanged();
    /// setLauncher() changed the launcher.
    void launcherChanged();

private:
    std::unique_ptr<RibbonBarPrivate> d;
};

} // namespace InAppKit

#endif
