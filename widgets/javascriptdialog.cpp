// SPDX-License-Identifier: MIT
#include "javascriptdialog_p.h"

#include "webnavigation_p.h"
#include "widgetsloggingcategories_p.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QVBoxLayout>

namespace InAppKit {

namespace {
// One at a time: a page cannot stack dialogs, whichever page or window asks.
bool asking = false;
} // namespace

JavaScriptDialog::JavaScriptDialog(Kind kind, QWidget *parent, const QUrl &origin, const QString &message, const QString &value)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("javaScriptDialog"));
    setWindowTitle(tr("%1 says").arg(WebNavigation::displayHost(origin)));
    setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(message, this);
    text->setObjectName(QStringLiteral("javaScriptDialogText"));
    text->setTextFormat(Qt::PlainText); // the page's words, never markup or links
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(text);
    if (kind == Kind::Prompt) {
        m_input = new QLineEdit(value, this);
        m_input->setObjectName(QStringLiteral("javaScriptDialogInput"));
        m_input->setAccessibleName(message.left(100));
        layout->addWidget(m_input);
    }
    auto *buttons = new QDialogButtonBox(kind == Kind::Alert ? QDialogButtonBox::Ok : QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("javaScriptDialogButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setAccessibleName(windowTitle());
    setAccessibleDescription(message.left(500));
}

bool JavaScriptDialog::ask(Kind kind, QWidget *parent, const QUrl &origin, const QString &message, QString *value)
{
    if (asking) {
        qCInfo(lcInAppKitWeb) << "a JavaScript dialog from" << WebNavigation::displayHost(origin) << "refused: another is showing";
        return false;
    }
    asking = true;
    // On the heap: the screen, and the dialog with it, may close while the user reads it.
    QPointer<JavaScriptDialog> dialog = new JavaScriptDialog(kind, parent, origin, message, value ? *value : QString());
    const bool accepted = dialog->exec() == QDialog::Accepted && dialog;
    asking = false;
    if (accepted && value && dialog->m_input)
        *value = dialog->m_input->text();
    delete dialog;
    return accepted && kind != Kind::Alert;
}

} // namespace InAppKit
