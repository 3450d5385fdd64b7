// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_JAVASCRIPTDIALOG_P_H
#define INAPPKIT_JAVASCRIPTDIALOG_P_H

#include <QDialog>
#include <QUrl>

class QLineEdit;

namespace InAppKit {

/*
 * A page's alert(), confirm() or prompt(), as the kit shows it instead of Qt WebEngine's default
 * (whose window title is the page's whole URL, token included, and which names no asker): titled
 * with the origin that asked, never a URL, the page's text as plain text, and one at a time in
 * the whole application (a second one, from any page, is answered "no" unseen).
 */
class JavaScriptDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Alert, Confirm, Prompt };

    // Shows the dialog and waits for the user; false when dismissed, refused as a second one, or
    // for an alert. @p value is the prompt's default in, the user's text out.
    static bool ask(Kind kind, QWidget *parent, const QUrl &origin, const QString &message, QString *value = nullptr);

private:
    JavaScriptDialog(Kind kind, QWidget *parent, const QUrl &origin, const QString &message, const QString &value);

    QLineEdit *m_input = nullptr;
};

} // namespace InAppKit

#endif
