// SPDX-License-Identifier: MIT
// Small helpers every area of the sandbox broker uses: its constants, secrets, input checks,
// the InApp screens it serves, and its JSON answers.
#ifndef INAPPKIT_SANDBOX_SANDBOXHELPERS_H
#define INAPPKIT_SANDBOX_SANDBOXHELPERS_H

#include "sandboxhttpserver.h"

#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QPair>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

namespace InAppKit::Sandbox {

inline const QString SuccessPath = QStringLiteral("/callback/success");
inline const QString LoginPath = QStringLiteral("/auth/login");
inline const QString ClientId = QStringLiteral("inappkit-demo");
inline constexpr qint64 FormLifetimeMs = 30 * 60 * 1000;

// The InApp screens the sandbox serves: id → title key. "academy" is the profile's custom action.
const QList<QPair<QString, const char *>> &inAppScreens();

bool screenNeedsAccount(const QString &screen);

QByteArray resource(const QString &name);

QString randomSecret();

bool validEmail(const QString &email);

// "12.5" → 1250 cents; -1 if not a positive amount with at most two decimals.
qint64 parseAmount(const QString &text);

QString formatCents(qint64 cents);

// A value for a script, quoted and escaped ("</" cannot end the script).
QString jsString(const QString &s);

QString originOf(const QUrl &url);

struct JsonError {
    int status;
    const char *code;
    QString message;
};

HttpResponse jsonError(const JsonError &e);
HttpResponse jsonOk(const QJsonObject &o);

} // namespace InAppKit::Sandbox

#endif
