// SPDX-License-Identifier: MIT
#include "ribbonbar.h"

#include "announcement_p.h"
#include "clientarealauncher.h"
#include "kiticons_p.h"
#include <InAppKit/ssosession.h>

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace InAppKit {

namespace {
// "Closed until the next launch": for the life of the process, for the user who closed it, at
// that broker (another user signing in on the same launch still sees it).
QSet<QString> &closedRibbons()
{
    static QSet<QString> closed;
    return closed;
}
} // namespace

class RibbonBarPrivate
{
public:
    RibbonBar *q;
    QPointer<ClientAreaLauncher> launcher;
    QVBoxLayout *layout;
    QLabel *placeholder = nullptr;
    QList<Ribbon> shown;
    QList<QWidget *> rows;

    QString closedKey(const Ribbon &ribbon) const
    {
        SsoSession *session = launcher->session();
        return session->profile().clientAreaUrl().toString() + u'\n' + session->userId() + u'\n' + ribbon.key();
    }

    // The ribbons for the current account, less those closed on this launch.
    QList<Ribbon> selected() const
    {
        QList<Ribbon> list;
        if (!launcher || !launcher->session()->isSignedIn())
            return list;
        SsoSession *session = launcher->session();
        // Ribbons name an account by its link id (ctidTraderAccountId), not by its login.
        TradingAccount current;
        for (const TradingAccount &a : session->accounts()) {
            if (a.login() == session->currentAccount())
                current = a;
        }
        for (const Ribbon &r : Ribbon::select(session->ribbons(), current.traderAccountId(), current.brokerName())) {
            if (!closedRibbons().contains(closedKey(r)))
                list.append(r);
        }
        return list;
    }

    // Rows are rebuilt only when what is shown changes: a refresh that brings the same ribbons
    // leaves them (and the keyboard focus in them) alone.
    void rebuild()
    {
        const QList<Ribbon> next = selected();
        if (next == shown)
            return;
        qDeleteAll(rows);
        rows.clear();
        QStringList arrived;
        for (const Ribbon &r : next) {
            if (!shown.contains(r))
                arrived.append(r.title());
        }
        shown = next;
        for (qsizetype i = 0; i < shown.size(); ++i)
            addRow(shown.at(i), int(i));
        q->setVisible(!shown.isEmpty() || placeholder->isVisibleTo(q));
        // A ribbon appears wherever the host put the bar, far from the focus: say so.
        if (!arrived.isEmpty()) {
            const QString broker = launcher ? launcher->session()->profile().brokerName() : QString();
            Announcement::announce(q, RibbonBar::tr("Message from %1: %2").arg(broker, arrived.join(QStringLiteral("; "))));
        }
        Q_EMIT q->ribbonsChanged();
    }

    void addRow(const Ribbon &ribbon, int index)
    {
        const QColor background(ribbon.color());
        const QColor text = RibbonBar::textColorFor(background);
        auto *row = new QWidget(q);
        row->setObjectName(QStringLiteral("ribbonRow_%1").arg(index));
        row->setAutoFillBackground(true);
        QPalette palette = row->palette();
        palette.setColor(QPalette::Window, background);
        palette.setColor(QPalette::WindowText, text);
        palette.setColor(QPalette::ButtonText, text);
        palette.setColor(QPalette::Button, background);
        row->setPalette(palette);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(8, 2, 4, 2);
        auto *button = new QPushButton(ribbon.title(), row);
        button->setObjectName(QStringLiteral("ribbon_%1").arg(index));
        button->setFlat(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setStyleSheet(QStringLiteral("QPushButton { color: %1; text-align: left; font-weight: 600; border: 0; padding: 4px; }")
                                  .arg(text.name()));
        button->setAccessibleName(ribbon.title());
        button->setAccessibleDescription(ribbon.externalUrl().isEmpty() ? RibbonBar::tr("Opens the broker's page")
                                                                       : RibbonBar::tr("Opens in your browser"));
        rowLayout->addWidget(button, 1);
        QObject::connect(button, &QPushButton::clicked, q, [this, ribbon] {
            if (!ribbon.inAppUrl().isEmpty())
                launcher->openBrokerUrl(ribbon.inAppUrl());
            else
                QDesktopServices::openUrl(ribbon.externalUrl());
        });
        if (ribbon.isClosable()) {
            auto *close = new QToolButton(row);
            close->setObjectName(QStringLiteral("ribbonClose_%1").arg(index));
            close->setIcon(KitIconEngine::icon(QStringLiteral("close")));
            close->setAutoRaise(true);
            close->setToolTip(RibbonBar::tr("Close this message"));
            close->setAccessibleName(RibbonBar::tr("Close message: %1").arg(ribbon.title()));
            rowLayout->addWidget(close);
            QObject::connect(close, &QToolButton::clicked, q, [this, key = closedKey(ribbon)] {
                closedRibbons().insert(key);
                // Later: the row's own button is still on the stack.
                QMetaObject::invokeMethod(q, [this] { rebuild(); }, Qt::QueuedConnection);
            });
        }
        layout->addWidget(row);
        rows.append(row);
    }
};

RibbonBar::RibbonBar(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<RibbonBarPrivate>())
{
    d->q = this;
    setObjectName(QStringLiteral("ribbonBar"));
    setAccessibleName(tr("Broker messages"));
    d->layout = new QVBoxLayout(this);
    d->layout->setContentsMargins(0, 0, 0, 0);
    d->layout->setSpacing(1);
    // Where the broker's messages will show, for a bar placed in Qt Designer and not wired yet.
    d->placeholder = new QLabel(tr("Broker messages"), this);
    d->placeholder->setObjectName(QStringLiteral("ribbonPlaceholder"));
    d->placeholder->setEnabled(false);
    d->layout->addWidget(d->placeholder);
}

RibbonBar::RibbonBar(ClientAreaLauncher *launcher, QWidget *parent)
    : RibbonBar(parent)
{
    setLauncher(launcher);
}

ClientAreaLauncher *RibbonBar::launcher() const
{
    return d->launcher;
}

void RibbonBar::setLauncher(ClientAreaLauncher *launcher)
{
    if (launcher == d->launcher)
        return;
    if (d->launcher)
        disconnect(d->launcher->session(), nullptr, this, nullptr);
    d->launcher = launcher;
    d->placeholder->setVisible(!launcher);
    if (launcher) {
        SsoSession *session = launcher->session();
        connect(session, &SsoSession::ribbonsChanged, this, [this] { d->rebuild(); });
        connect(session, &SsoSession::currentAccountChanged, this, [this] { d->rebuild(); });
        connect(session, &SsoSession::accountsChanged, this, [this] { d->rebuild(); });
        connect(session, &SsoSession::stateChanged, this, [this] { d->rebuild(); });
    }
    d->shown.clear();
    qDeleteAll(d->rows);
    d->rows.clear();
    setVisible(!launcher);
    d->rebuild();
    Q_EMIT launcherChanged();
}

RibbonBar::~RibbonBar() = default;

QList<Ribbon> RibbonBar::ribbons() const
{
    return d->shown;
}

void RibbonBar::refresh()
{
    if (d->launcher)
        d->launcher->session()->refresh();
}

QColor RibbonBar::textColorFor(const QColor &background)
{
    auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const double luminance = 0.2126 * channel(background.redF()) + 0.7152 * channel(background.greenF())
        + 0.0722 * channel(background.blueF());
    const double withBlack = (luminance + 0.05) / 0.05;
    const double withWhite = 1.05 / (luminance + 0.05);
    return withBlack >= withWhite ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace InAppKit
