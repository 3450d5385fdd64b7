// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_CLIENTAREAVIEWUI_P_H
#define INAPPKIT_CLIENTAREAVIEWUI_P_H

#include <QCoreApplication>
#include <QString>
#include <QTimer>

class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolButton;
class QUrl;
class QWidget;

namespace InAppKit {

class ClientAreaView;

// ClientAreaView's hand-built UI: the header (Back, the host away from the broker, the title,
// Close), the progress line, the notice bar (notices and permission questions), and the busy and
// error pages in the stack the web view joins. It shows what it is told and decides nothing.
class ClientAreaViewUi
{
    Q_DECLARE_TR_FUNCTIONS(InAppKit::ClientAreaView)
public:
    ClientAreaViewUi();

    // Builds the widgets into @p view, and connects Back, Close, Esc and Retry to its slots.
    void setup(ClientAreaView *view);
    void retranslate(const QString &brokerName, const QString &title);
    // The view's accessible name: by what it shows ("Deposit — Acme Markets"), as its dialog is.
    void updateAccessibleName(const QString &brokerName, const QString &title);
    void setTitle(const QString &text);
    // While the main frame is away from the broker (3-D Secure), the header names the host.
    void showAway(bool away, const QString &host, bool secure, const QString &brokerName);
    // A notice that goes by itself.
    void showNotice(const QString &text);
    // A permission question, Deny by default.
    void showQuestion(const QString &text);
    void hideNotice();
    void setProgress(int value);
    void showProgress(bool shown);
    void showBusy();
    void showError(const QString &message);

    ClientAreaView *view = nullptr;
    QToolButton *backButton = nullptr;
    QLabel *secureIcon = nullptr;
    QLabel *awayHostLabel = nullptr;
    QLabel *titleLabel = nullptr;
    QToolButton *closeButton = nullptr;
    QProgressBar *progress = nullptr;
    QFrame *noticeBar = nullptr;
    QLabel *noticeLabel = nullptr;
    QPushButton *allowButton = nullptr;
    QPushButton *denyButton = nullptr;
    QStackedWidget *stack = nullptr;
    QWidget *busyPage = nullptr;
    QLabel *busyLabel = nullptr;
    QWidget *errorPage = nullptr;
    QLabel *errorIcon = nullptr;
    QLabel *errorLabel = nullptr;
    QPushButton *retryButton = nullptr;
    QTimer noticeTimer;
};

} // namespace InAppKit

#endif
