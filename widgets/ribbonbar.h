// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_RIBBONBAR_H
#define INAPPKIT_RIBBONBAR_H

#include <InAppKit/inappkitwidgets_export.h>
#include <InAppKit/ribbon.h>

#include <QWidget>

#include <memory>

namespace InAppKit {

class ClientAreaLauncher;
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
public:
    explicit RibbonBar(ClientAreaLauncher *launcher, QWidget *parent = nullptr);
    ~RibbonBar() override;

    /// The ribbons shown now.
    QList<Ribbon> ribbons() const;

    /// Black or white, whichever reads better on @p background (WCAG contrast ratio).
    static QColor textColorFor(const QColor &background);

public Q_SLOTS:
    /// Fetches the ribbons (and the accounts) again: SsoSession::refresh().
    void refresh();

Q_SIGNALS:
    void ribbonsChanged();

private:
    std::unique_ptr<RibbonBarPrivate> d;
};

} // namespace InAppKit

#endif
