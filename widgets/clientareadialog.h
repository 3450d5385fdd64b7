// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_CLIENTAREADIALOG_H
#define INAPPKIT_CLIENTAREADIALOG_H

#include <InAppKit/clientareaview.h>
#include <InAppKit/inappkitwidgets_export.h>

#include <QDialog>

#include <memory>

namespace InAppKit {

class ClientAreaDialogPrivate;

/**
 * A window around a ClientAreaView: it closes by itself when the screen completes or is
 * cancelled (accept() and reject() respectively) and stays open on a failure, whose panel offers
 * Retry. Esc and the window's close button cancel the screen.
 */
class INAPPKITWIDGETS_EXPORT ClientAreaDialog : public QDialog
{
    Q_OBJECT
public:
    /// A dialog for the broker of @p webProfile, modal to @p parent's window.
    explicit ClientAreaDialog(BrokerWebProfile *webProfile, QWidget *parent = nullptr);
    ~ClientAreaDialog() override;

    /// The view the dialog shows.
    ClientAreaView *view() const;

public Q_SLOTS:
    /// Reimplemented from QDialog: cancels the screen, then closes.
    void reject() override;

private:
    std::unique_ptr<ClientAreaDialogPrivate> d;
};

} // namespace InAppKit

#endif
