// SPDX-License-Identifier: MIT
#include "screenurlbuilder.h"

#include <QCoreApplication>

namespace InAppKit {

class ScreenUrlBuilderPrivate
{
public:
    BrokerProfile profile;
    QString language = QStringLiteral("en");
    ScreenUrlBuilder::Theme theme = ScreenUrlBuilder::Theme::Light;
    bool firstLogin = true;
    Attribution attribution;
    // What the last actionUrl() call failed on: set by a const call, as QFile's error() is by read().
    ScreenUrlBuilder::Error error = ScreenUrlBuilder::Error::NoError;
    QString errorString;

    using Items = QList<QPair<QString, QString>>;

    // The configured URL's own query is kept byte for byte; ours is appended, encoded strictly.
    static QUrl withQuery(const QUrl &base, const Items &items)
    {
        QStringList parts;
        const QString existing = base.query(QUrl::FullyEncoded);
        if (!existing.isEmpty()) {
            const QStringList existingParts = existing.split(u'&', Qt::SkipEmptyParts);
            for (const QString &part : existingParts) {
                const QString name = QUrl::fromPercentEncoding(part.section(u'=', 0, 0).toUtf8());
                const bool replaced = std::any_of(items.cbegin(), items.cend(),
                                                  [&](const auto &item) { return item.first == name; });
                if (!replaced)
                    parts.append(part);
            }
        }
        for (const auto &[name, value] : items) {
            parts.append(QString::fromLatin1(QUrl::toPercentEncoding(name)) + u'='
                         + QString::fromLatin1(QUrl::toPercentEncoding(value)));
        }
        QUrl url = base;
        url.setQuery(parts.join(u'&'), QUrl::StrictMode);
        return url;
    }

    Items common() const
    {
        return {{QStringLiteral("lang"), language},
                {QStringLiteral("source"), profile.source()},
                {QStringLiteral("theme"), ScreenUrlBuilder::themeName(theme)}};
    }
};

ScreenUrlBuilder::ScreenUrlBuilder(const BrokerProfile &profile)
    : d(std::make_unique<ScreenUrlBuilderPrivate>())
{
    d->profile = profile;
}

ScreenUrlBuilder::ScreenUrlBuilder(const ScreenUrlBuilder &other)
    : d(std::make_unique<ScreenUrlBuilderPrivate>(*other.d))
{
}

ScreenUrlBuilder &ScreenUrlBuilder::operator=(const ScreenUrlBuilder &other)
{
    *d = *other.d;
    return *this;
}

ScreenUrlBuilder::~ScreenUrlBuilder() = default;

BrokerProfile ScreenUrlBuilder::profile() const
{
    return d->profile;
}

void ScreenUrlBuilder::setLocale(const QLocale &locale)
{
    d->language = languageCode(locale);
}

QString ScreenUrlBuilder::language() const
{
    return d->language;
}

void ScreenUrlBuilder::setTheme(Theme theme)
{
    d->theme = theme;
}

ScreenUrlBuilder::Theme ScreenUrlBuilder::theme() const
{
    return d->theme;
}

void ScreenUrlBuilder::setFirstLogin(bool firstLogin)
{
    d->firstLogin = firstLogin;
}

bool ScreenUrlBuilder::firstLogin() const
{
    return d->firstLogin;
}

void ScreenUrlBuilder::setAttribution(const Attribution &attribution)
{
    d->attribution = attribution;
}

Attribution ScreenUrlBuilder::attribution() const
{
    return d->attribution;
}

QUrl ScreenUrlBuilder::loginUrl() const
{
    if (!d->profile.isValid() || d->profile.isLightIdentity())
        return QUrl();
    ScreenUrlBuilderPrivate::Items items = d->profile.loginQuery();
    items.append({QStringLiteral("firstLogin"), d->firstLogin ? QStringLiteral("true") : QStringLiteral("false")});
    items.append(d->common());
    for (const auto &[name, value] : d->attribution.queryItems())
        items.append({name, value});
    return ScreenUrlBuilderPrivate::withQuery(d->profile.loginUrl(), items);
}

QUrl ScreenUrlBuilder::actionUrl(const QString &actionId, const QString &token, const QString &account) const
{
    auto refuse = [this](Error why, const QString &reason) {
        d->error = why;
        d->errorString = reason;
        return QUrl();
    };
    const InAppAction action = d->profile.action(actionId);
    if (!action.isValid()) {
        return refuse(Error::UnknownAction,
                      QCoreApplication::translate("InAppKit::ScreenUrlBuilder", "The broker offers no action '%1'.").arg(actionId));
    }
    if (token.isEmpty()) {
        return refuse(Error::NoToken,
                      QCoreApplication::translate("InAppKit::ScreenUrlBuilder", "No one-time token was issued for this action."));
    }
    if (action.requiresAccount() && account.isEmpty()) {
        return refuse(Error::NoAccount, QCoreApplication::translate("InAppKit::ScreenUrlBuilder",
                                                                    "Select a trading account first: this action needs one."));
    }
    d->error = Error::NoError;
    d->errorString.clear();
    return brokerUrl(action.url(), token, account);
}

ScreenUrlBuilder::Error ScreenUrlBuilder::error() const
{
    return d->error;
}

QString ScreenUrlBuilder::errorString() const
{
    return d->errorString;
}

QUrl ScreenUrlBuilder::brokerUrl(const QUrl &url, const QString &token, const QString &account) const
{
    ScreenUrlBuilderPrivate::Items items;
    // The one-time token and the account number go to the client area's own origin only, never to
    // another origin the profile lists (an academy or promotions site, say).
    if (d->profile.isClientAreaOrigin(url)) {
        if (!token.isEmpty())
            items.append({d->profile.tokenParameter(), token});
        if (!account.isEmpty())
            items.append({QStringLiteral("account"), account});
    }
    items.append(d->common());
    return ScreenUrlBuilderPrivate::withQuery(url, items);
}

QString ScreenUrlBuilder::languageCode(const QLocale &locale)
{
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return QStringLiteral("en");
    const QString code = QLocale::languageToCode(locale.language(), QLocale::ISO639Part1);
    return code.isEmpty() ? QStringLiteral("en") : code;
}

QString ScreenUrlBuilder::themeName(Theme theme)
{
    return theme == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
}

} // namespace InAppKit
