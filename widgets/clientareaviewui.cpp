// SPDX-License-Identifier: MIT
// ClientAreaView's hand-built UI: header, busy and error pages, notice bar; its texts.
#include "clientareaviewui_p.h"

#include "clientareaview.h"
#include "kiticons_p.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace InAppKit {

ClientAreaViewUi::ClientAreaViewUi() = default;

void ClientAreaViewUi::setup(ClientAreaView *q)
{
    view = q;
    q->setObjectName(QStringLiteral("clientAreaView"));
    auto *layout = new QVBoxLayout(q);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *header = new QWidget(q);
    header->setObjectName(QStringLiteral("clientAreaHeader"));
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(6, 4, 6, 4);
    backButton = new QToolButton(header);
    backButton->setObjectName(QStringLiteral("clientAreaBack"));
    backButton->setIcon(KitIconEngine::icon(QStringLiteral("back")));
    backButton->setAutoRaise(true);
    // While the main frame is away from the broker (3-D Secure), the header names the host.
    secureIcon = new QLabel(header);
    secureIcon->setObjectName(QStringLiteral("clientAreaSecure"));
    secureIcon->setPixmap(KitIconEngine::icon(QStringLiteral("secure")).pixmap(QSize(16, 16), q->devicePixelRatioF()));
    secureIcon->hide();
    awayHostLabel = new QLabel(header);
    awayHostLabel->setObjectName(QStringLiteral("clientAreaAwayHost"));
    awayHostLabel->setTextFormat(Qt::PlainText);
    awayHostLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    awayHostLabel->hide();
    titleLabel = new QLabel(header);
    titleLabel->setObjectName(QStringLiteral("clientAreaTitle"));
    titleLabel->setTextFormat(Qt::PlainText);
    QFont bold = titleLabel->font();
    bold.setBold(true);
    titleLabel->setFont(bold);
    closeButton = new QToolButton(header);
    closeButton->setObjectName(QStringLiteral("clientAreaClose"));
    closeButton->setIcon(KitIconEngine::icon(QStringLiteral("close")));
    closeButton->setAutoRaise(true);
    headerLayout->addWidget(backButton);
    headerLayout->addWidget(secureIcon);
    headerLayout->addWidget(awayHostLabel);
    headerLayout->addWidget(titleLabel, 1);
    headerLayout->addWidget(closeButton);
    layout->addWidget(header);

    progress = new QProgressBar(q);
    progress->setObjectName(QStringLiteral("clientAreaProgress"));
    progress->setTextVisible(false);
    progress->setFixedHeight(3);
    progress->setRange(0, 100);
    progress->hide();
    layout->addWidget(progress);

    noticeBar = new QFrame(q);
    noticeBar->setObjectName(QStringLiteral("clientAreaNotice"));
    noticeBar->setFrameShape(QFrame::StyledPanel);
    auto *noticeLayout = new QHBoxLayout(noticeBar);
    noticeLabel = new QLabel(noticeBar);
    noticeLabel->setObjectName(QStringLiteral("clientAreaNoticeText"));
    noticeLabel->setTextFormat(Qt::PlainText);
    noticeLabel->setWordWrap(true);
    allowButton = new QPushButton(noticeBar);
    allowButton->setObjectName(QStringLiteral("clientAreaPermissionAllow"));
    denyButton = new QPushButton(noticeBar);
    denyButton->setObjectName(QStringLiteral("clientAreaPermissionDeny"));
    noticeLayout->addWidget(noticeLabel, 1);
    noticeLayout->addWidget(allowButton);
    noticeLayout->addWidget(denyButton);
    noticeBar->hide();
    layout->addWidget(noticeBar);
    noticeTimer.setSingleShot(true);
    noticeTimer.setInterval(8000);
    QObject::connect(&noticeTimer, &QTimer::timeout, noticeBar, &QWidget::hide);

    stack = new QStackedWidget(q);
    stack->setObjectName(QStringLiteral("clientAreaStack"));
    busyPage = new QWidget(stack);
    busyPage->setObjectName(QStringLiteral("clientAreaBusy"));
    auto *busyLayout = new QVBoxLayout(busyPage);
    busyLayout->addStretch();
    busyLabel = new QLabel(busyPage);
    busyLabel->setObjectName(QStringLiteral("clientAreaBusyText"));
    busyLabel->setAlignment(Qt::AlignCenter);
    auto *spinner = new QProgressBar(busyPage);
    spinner->setRange(0, 0); // indeterminate: the first paint has no measurable progress
    spinner->setTextVisible(false);
    spinner->setMaximumWidth(200);
    busyLayout->addWidget(busyLabel);
    busyLayout->addWidget(spinner, 0, Qt::AlignHCenter);
    busyLayout->addStretch();
    stack->addWidget(busyPage);

    errorPage = new QWidget(stack);
    errorPage->setObjectName(QStringLiteral("clientAreaError"));
    auto *errorLayout = new QVBoxLayout(errorPage);
    errorLayout->addStretch();
    errorIcon = new QLabel(errorPage); // its picture comes with the first failure (see fail())
    errorIcon->setObjectName(QStringLiteral("clientAreaErrorIcon"));
    errorIcon->setAlignment(Qt::AlignCenter);
    errorLabel = new QLabel(errorPage);
    errorLabel->setObjectName(QStringLiteral("clientAreaErrorText"));
    errorLabel->setTextFormat(Qt::PlainText);
    errorLabel->setWordWrap(true);
    errorLabel->setAlignment(Qt::AlignCenter);
    retryButton = new QPushButton(errorPage);
    retryButton->setObjectName(QStringLiteral("clientAreaRetry"));
    retryButton->setDefault(true);
    errorLayout->addWidget(errorIcon);
    errorLayout->addWidget(errorLabel);
    errorLayout->addWidget(retryButton, 0, Qt::AlignHCenter);
    errorLayout->addStretch();
    stack->addWidget(errorPage);
    layout->addWidget(stack, 1);

    QObject::connect(backButton, &QToolButton::clicked, q, &ClientAreaView::goBack);
    QObject::connect(closeButton, &QToolButton::clicked, q, &ClientAreaView::cancel);
    QObject::connect(retryButton, &QPushButton::clicked, q, &ClientAreaView::retry);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), q);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(escape, &QShortcut::activated, q, &ClientAreaView::cancel);
}

void ClientAreaViewUi::retranslate(const QString &brokerName, const QString &title)
{
    backButton->setToolTip(tr("Back"));
    backButton->setAccessibleName(tr("Back"));
    backButton->setAccessibleDescription(tr("Go back to the previous page, or leave this screen"));
    closeButton->setToolTip(tr("Close (Esc)"));
    closeButton->setAccessibleName(tr("Close"));
    closeButton->setAccessibleDescription(tr("Leave this screen"));
    // Descriptions, not names: a label's accessible name replaces its text (the title, the error).
    titleLabel->setAccessibleDescription(tr("Screen title"));
    progress->setAccessibleName(tr("Loading progress"));
    busyLabel->setText(tr("Connecting to %1…").arg(brokerName));
    retryButton->setText(tr("&Retry"));
    retryButton->setAccessibleName(tr("Retry"));
    allowButton->setText(tr("&Allow"));
    denyButton->setText(tr("&Deny"));
    errorLabel->setAccessibleDescription(tr("Error"));
    noticeLabel->setAccessibleName(tr("Notice"));
    updateAccessibleName(brokerName, title);
    if (title.isEmpty())
        titleLabel->setText(brokerName);
}

void ClientAreaViewUi::updateAccessibleName(const QString &brokerName, const QString &title)
{
    view->setAccessibleName(title.isEmpty() || title == brokerName ? tr("%1 screen").arg(brokerName)
                                                                   : tr("%1 — %2").arg(title, brokerName));
}

void ClientAreaViewUi::setTitle(const QString &text)
{
    titleLabel->setText(text);
}

void ClientAreaViewUi::showAway(bool away, const QString &host, bool secure, const QString &brokerName)
{
    awayHostLabel->setText(host);
    awayHostLabel->setAccessibleName(away ? tr("Page from %1").arg(host) : QString());
    awayHostLabel->setToolTip(away ? tr("This page is from %1, not from %2.").arg(host, brokerName) : QString());
    awayHostLabel->setVisible(away);
    secureIcon->setVisible(away && secure);
}

void ClientAreaViewUi::showNotice(const QString &text)
{
    noticeLabel->setText(text);
    allowButton->hide();
    denyButton->hide();
    noticeBar->show();
    noticeTimer.start();
}

void ClientAreaViewUi::showQuestion(const QString &text)
{
    noticeTimer.stop();
    noticeLabel->setText(text);
    allowButton->show();
    denyButton->show();
    denyButton->setDefault(true);
    noticeBar->show();
    denyButton->setFocus();
}

void ClientAreaViewUi::hideNotice()
{
    noticeBar->hide();
}

void ClientAreaViewUi::setProgress(int value)
{
    progress->setValue(value);
}

void ClientAreaViewUi::showProgress(bool shown)
{
    progress->setVisible(shown);
}

void ClientAreaViewUi::showBusy()
{
    stack->setCurrentWidget(busyPage);
}

void ClientAreaViewUi::showError(const QString &message)
{
    progress->hide();
    errorLabel->setText(message);
    // Focus lands on Retry: its description says what is to be retried.
    retryButton->setAccessibleDescription(message);
    // The style's icon loads Qt's image format plugins: not on the way to a screen that works.
    if (errorIcon->pixmap().isNull())
        errorIcon->setPixmap(view->style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(QSize(48, 48), view->devicePixelRatioF()));
    stack->setCurrentWidget(errorPage);
    retryButton->setFocus();
}

} // namespace InAppKit
