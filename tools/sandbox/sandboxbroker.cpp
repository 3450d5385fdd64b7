// SPDX-License-Identifier: MIT
#include "sandboxbroker.h"

#include "sandboxhttpserver.h"
#include "sandboxpages.h"
#include "sandboxthirdparties.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSandbox, "inappkit.sandbox", QtInfoMsg)

namespace InAppKit::Sandbox {

namespace {

const QString SuccessPath = QStringLiteral("/callback/success");
const QString LoginPath = QStringLiteral("/auth/login");
const QString ClientId = QStringLiteral("inappkit-demo");
constexpr qint64 FormLifetimeMs = 30 * 60 * 1000;

// The InApp screens the sandbox serves: id → title key. "academy" is the profile's custom action.
const QList<QPair<QString, const char *>> &inAppScreens()
{
    static const QList<QPair<QString, const char *>> screens = {
        {QStringLiteral("deposit"), "deposit.title"},
        {QStringLiteral("withdraw"), "withdraw.title"},
        {QStringLiteral("kyc"), "kyc.title"},
        {QStringLiteral("support"), "support.title"},
        {QStringLiteral("newAccount"), "newAccount.title"},
        {QStringLiteral("changePassword"), "changePassword.title"},
        {QStringLiteral("changeEmail"), "changeEmail.title"},
        {QStringLiteral("academy"), "academy.title"},
    };
    return screens;
}

bool screenNeedsAccount(const QString &screen)
{
    return screen == QLatin1String("deposit") || screen == QLatin1String("withdraw");
}

QByteArray resource(const QString &name)
{
    QFile f(QStringLiteral(":/inappkit-sandbox/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("sandbox resource %s is missing", qPrintable(name));
    return f.readAll();
}

QString randomSecret()
{
    // 256 bits from the system's CSPRNG, base64url: far beyond the specification's 128.
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool validEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.size() <= 254 && re.match(email).hasMatch();
}

// "12.5" → 1250 cents; -1 if not a positive amount with at most two decimals.
qint64 parseAmount(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,9})(?:[.,](\\d{1,2}))?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    const qint64 cents = m.captured(1).toLongLong() * 100 + m.captured(2).leftJustified(2, u'0').toLongLong();
    return cents > 0 ? cents : -1;
}

QString formatCents(qint64 cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

struct JsonError {
    int status;
    const char *code;
    QString message;
};

} // namespace

struct Account {
    QString login;           ///< the trading account number
    QString traderAccountId; ///< ctidTraderAccountId: the user-account link (specification 3.4), not the login
    QString userId;
    QString currency;
    QString brokerName;
    qint64 balanceCents = 0;
};

struct User {
    QString userId;
    QString email;
    QByteArray passwordSalt;   // a broker keeps no password, only a salted digest of it
    QByteArray passwordDigest;
    QHash<QString, QString> attribution; // partnerId, utm_*, gclid of the sign-up
    QString language;
    QStringList accounts;
    QList<QJsonObject> ribbons;
    bool identityVerified = false;
};

struct OneTimeToken {
    enum Purpose { Login, InApp };
    QString userId;
    Purpose purpose = Login;
    bool keepMeLoggedIn = false;
    qint64 expiresAt = 0;
};

// An InApp screen after its one-time token was spent: the form's own short-lived key.
struct FormSession {
    QString userId;
    QString screen;
    QString account;
    int step = 1;
    QStringList chat;
    QJsonObject data;
    qint64 expiresAt = 0;
};

struct PendingSignUp {
    QString userId;
    bool keepMeLoggedIn = false;
    qint64 expiresAt = 0;
};

class SandboxBrokerPrivate
{
public:
    SandboxBroker *q;
    std::unique_ptr<SandboxHttpServer> server;
    std::unique_ptr<SandboxThirdParties> thirdParties;
    QElapsedTimer clock;
    qint64 clockOffset = 0;
    int nextUserId = 10345533;
    int nextLogin = 8003098;
    qint64 nextTraderAccountId = 30417001;

    QHash<QString, User> users;           // by userId
    QHash<QString, QString> userByEmail;  // lower-cased e-mail → userId
    QHash<QString, Account> accounts;     // by login
    QHash<QString, OneTimeToken> oneTimeTokens;
    QHash<QString, qint64> usedOneTimeTokens; // token → when it was spent, so reuse is told apart from unknown
    // Access tokens are kept as a broker's database would: by their SHA-256 digest (→ userId), so
    // that the saved state holds none; the tokens themselves only in memory, for the tests.
    QHash<QByteArray, QString> accessTokens;
    QHash<QByteArray, QString> accessTokenText;
    QHash<QString, QString> sessions;     // session token → userId
    QHash<QString, FormSession> forms;
    QHash<QString, PendingSignUp> signUps;
    QStringList issued;

    QHash<QString, SandboxBroker::Fault> faults;
    QHash<QString, int> faultsLeft; // for faults of a limited count, by path
    int faultDelayMs = 3000;
    bool rotateAccessTokens = false;
    bool forTests = false;
    QStringList sessionOrder; // session tokens, oldest first
    qint64 lastPrune = 0;
    static constexpr qint64 PruneEveryMs = 10 * 1000;
    static constexpr qint64 RememberSpentMs = 10 * 60 * 1000;
    static constexpr qsizetype MaxSessions = 10000;
    int delayedAnswers = 0;
    QHash<QString, int> counters;
    QHash<QString, QByteArray> cookies; // the last Cookie header per path
    int total = 0;

    qint64 now() const { return clock.elapsed() + clockOffset; }

    static QByteArray digest(const QString &accessToken) { return QCryptographicHash::hash(accessToken.toUtf8(), QCryptographicHash::Sha256); }

    static QByteArray passwordDigest(const QString &password, const QByteArray &salt)
    {
        return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, 10000, 32);
    }

    static void setPassword(User &user, const QString &password)
    {
        user.passwordSalt = randomSecret().toLatin1();
        user.passwordDigest = passwordDigest(password, user.passwordSalt);
    }

    bool checkPassword(const QString &userId, const QString &password) const
    {
        const auto it = users.constFind(userId);
        return it != users.constEnd() && !password.isEmpty() && passwordDigest(password, it->passwordSalt) == it->passwordDigest;
    }

    QString issueAccessToken(const QString &userId)
    {
        const QString token = randomSecret();
        accessTokens.insert(digest(token), userId);
        accessTokenText.insert(digest(token), token);
        remember(token);
        return token;
    }

    void removeAccessToken(const QString &token)
    {
        accessTokens.remove(digest(token));
        accessTokenText.remove(digest(token));
    }

    // Every secret issued, for the tests' leak scans; only when started for tests, since the list
    // only grows.
    void remember(const QString &secret)
    {
        if (forTests)
            issued.append(secret);
    }

    QString issue(QHash<QString, QString> &table, const QString &userId)
    {
        const QString token = randomSecret();
        table.insert(token, userId);
        remember(token);
        return token;
    }

    // The tables of short-lived things are pruned as new ones are made, so that a client that signs
    // in or opens screens in a loop cannot grow the process without bound. Spent and expired
    // one-time tokens are remembered for a while (a late one is told "expired" or "used", not
    // "unknown"); sessions are capped, the oldest going first.
    void prune()
    {
        const qint64 t = now();
        if (lastPrune != 0 && t - lastPrune < PruneEveryMs && sessionOrder.size() <= MaxSessions)
            return;
        lastPrune = t;
        oneTimeTokens.removeIf([t](const auto &it) { return it.value().expiresAt + RememberSpentMs <= t; });
        usedOneTimeTokens.removeIf([t](const auto &it) { return it.value() + RememberSpentMs <= t; });
        forms.removeIf([t](const auto &it) { return it.value().expiresAt <= t; });
        signUps.removeIf([t](const auto &it) { return it.value().expiresAt <= t; });
        sessionOrder.removeIf([this](const QString &s) { return !sessions.contains(s); });
        while (sessionOrder.size() > MaxSessions)
            sessions.remove(sessionOrder.takeFirst());
    }

    QString issueSession(const QString &userId)
    {
        prune();
        const QString token = issue(sessions, userId);
        sessionOrder.append(token);
        return token;
    }

    QString issueOneTimeToken(const QString &userId, OneTimeToken::Purpose purpose, bool keepMeLoggedIn)
    {
        prune();
        const QString token = randomSecret();
        oneTimeTokens.insert(token, {userId, purpose, keepMeLoggedIn, now() + SandboxBroker::OneTimeTokenLifetimeMs});
        remember(token);
        return token;
    }

    enum class TokenCheck { Ok, Missing, Unknown, Used, Expired, WrongPurpose };

    // Spends a one-time token: whatever the outcome, a token is never accepted twice.
    TokenCheck spendOneTimeToken(const QString &token, OneTimeToken::Purpose purpose, OneTimeToken *out)
    {
        if (token.isEmpty())
            return TokenCheck::Missing;
        if (usedOneTimeTokens.contains(token))
            return TokenCheck::Used;
        const auto it = oneTimeTokens.constFind(token);
        if (it == oneTimeTokens.constEnd())
            return TokenCheck::Unknown;
        const OneTimeToken t = *it;
        oneTimeTokens.erase(it);
        usedOneTimeTokens.insert(token, now());
        if (t.expiresAt <= now())
            return TokenCheck::Expired;
        if (t.purpose != purpose)
            return TokenCheck::WrongPurpose;
        *out = t;
        return TokenCheck::Ok;
    }

    QUrl successUrl(const QList<QPair<QString, QString>> &items = {}) const
    {
        QUrl url = q->baseUrl().resolved(QUrl(SuccessPath));
        QUrlQuery query;
        for (const auto &[k, v] : items)
            query.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
        if (!query.isEmpty())
            url.setQuery(query);
        return url;
    }

    QString createUser(const QString &email, const QString &password)
    {
        User user;
        user.userId = QString::number(nextUserId++);
        user.email = email;
        setPassword(user, password);
        users.insert(user.userId, user);
        userByEmail.insert(email.toLower(), user.userId);
        return user.userId;
    }

    QString createAccount(const QString &userId, const QString &currency, qint64 balance, const QString &brokerName)
    {
        Account a;
        a.login = QString::number(nextLogin++);
        a.traderAccountId = QString::number(nextTraderAccountId++);
        a.userId = userId;
        a.currency = currency;
        a.balanceCents = balance;
        a.brokerName = brokerName.isEmpty() ? QStringLiteral("Sandbox Markets") : brokerName;
        accounts.insert(a.login, a);
        users[userId].accounts.append(a.login);
        return a.login;
    }

    QJsonArray accountsJson(const QString &userId) const
    {
        QJsonArray array;
        for (const QString &login : users.value(userId).accounts) {
            const Account &a = accounts[login];
            array.append(QJsonObject{{QStringLiteral("login"), a.login.toLongLong()},
                                     {QStringLiteral("ctidTraderAccountId"), a.traderAccountId.toLongLong()},
                                     {QStringLiteral("currency"), a.currency},
                                     {QStringLiteral("balance"), a.balanceCents},
                                     {QStringLiteral("moneyDigits"), 2},
                                     {QStringLiteral("brokerName"), a.brokerName}});
        }
        return array;
    }

    // --- dispatch ---------------------------------------------------------------------

    void handle(const HttpRequest &request, const HttpResponder &responder)
    {
        const QString path = request.path();
        ++total;
        ++counters[path];
        cookies.insert(path, request.header("cookie"));
        Q_EMIT q->requestReceived(QString::fromLatin1(request.method), path);
        // Only the path is logged: the query carries tokens.
        qCDebug(lcSandbox).noquote() << request.method << path;

        const QString faultPath = faults.contains(path) ? path : QString();
        const SandboxBroker::Fault fault = faults.value(faultPath, SandboxBroker::Fault::None);
        if (fault != SandboxBroker::Fault::None && faultsLeft.contains(faultPath) && --faultsLeft[faultPath] <= 0) {
            faults.remove(faultPath);
            faultsLeft.remove(faultPath);
        }
        switch (fault) {
        case SandboxBroker::Fault::ServerError: {
            HttpResponse r;
            r.status = 500;
            r.body = SandboxPages(request.query().queryItemValue(QStringLiteral("lang")), QString())
                         .errorPage(SandboxPages(QString(), QString()).text("serverError"));
            responder.respond(r);
            return;
        }
        case SandboxBroker::Fault::DropConnection:
            responder.drop();
            return;
        case SandboxBroker::Fault::Slow:
            ++delayedAnswers;
            QTimer::singleShot(faultDelayMs, q, [this, request, responder] {
                --delayedAnswers;
                responder.respond(route(request));
            });
            return;
        case SandboxBroker::Fault::MalformedAnswer:
            responder.respond(HttpResponse::json(200, R"({"userId":[],"token":7,"accounts":"none","rules":{"ribbons":"x"}})"));
            return;
        case SandboxBroker::Fault::None:
            break;
        }
        responder.respond(route(request));
    }

    HttpResponse route(const HttpRequest &request)
    {
        const QString path = request.path();
        const QByteArray method = request.method;
        auto methods = [&](std::initializer_list<QByteArray> allowed) {
            for (const QByteArray &m : allowed) {
                if (m == method)
                    return true;
            }
            return false;
        };
        auto notAllowed = [](const QByteArray &allow) {
            HttpResponse r = HttpResponse::json(405, R"({"error":"Method Not Allowed","code":"INVALID_REQUEST"})");
            r.headers.append({"Allow", allow});
            return r;
        };

        if (path == LoginPath) {
            if (method == "GET")
                return loginPage(request, QString());
            if (method == "POST")
                return submitLogin(request);
            return notAllowed("GET, POST");
        }
        if (path == QLatin1String("/auth/signup")) {
            if (method == "POST")
                return submitSignUp(request);
            return notAllowed("POST");
        }
        if (path == QLatin1String("/auth/reset")) {
            if (!methods({"GET", "POST"}))
                return notAllowed("GET, POST");
            return resetPage(request);
        }
        if (path == QLatin1String("/account/create")) {
            if (!methods({"GET", "POST"}))
                return notAllowed("GET, POST");
            return accountCreation(request);
        }
        if (path == SuccessPath) {
            // Reached only if a client let the success navigation through: the tests count this.
            const SandboxPages pages(request.query().queryItemValue(QStringLiteral("lang")), QString());
            HttpResponse r;
            r.body = pages.page(pages.text("success.title"), pages.notice(pages.text("success.body")));
            return r;
        }
        if (path == QLatin1String("/auth/login-spa")) {
            if (method == "GET")
                return spaLoginPage(request);
            return notAllowed("GET");
        }
        if (path == QLatin1String("/auth/api/login")) {
            if (method == "POST")
                return spaLogin(request);
            return notAllowed("POST");
        }
        if (path == QLatin1String("/inapp/deposit/3ds")) {
            if (method == "POST")
                return depositReturn(request);
            return notAllowed("POST");
        }
        if (path.startsWith(QLatin1String("/inapp/"))) {
            const QString screen = path.mid(7);
            for (const auto &s : inAppScreens()) {
                if (s.first == screen) {
                    if (method == "GET")
                        return openInAppScreen(request, screen);
                    if (method == "POST")
                        return submitInAppScreen(request, screen);
                    return notAllowed("GET, POST");
                }
            }
        }
        if (path.startsWith(QLatin1String("/session/")))
            return sessionService(request, path.mid(9));
        // Hostile and odd pages for the tests only: the demo's broker never serves them.
        if (forTests && path.startsWith(QLatin1String("/test/")))
            return testPage(path.mid(6));

        const SandboxPages pages(request.query().queryItemValue(QStringLiteral("lang")), QString());
        HttpResponse r;
        r.status = 404;
        r.body = pages.page(pages.text("notFound"), pages.error(pages.text("notFound")));
        return r;
    }

    // --- login / sign-up ----------------------------------------------------------------

    static QList<QPair<QString, QString>> carried(const QUrlQuery &q)
    {
        QList<QPair<QString, QString>> items;
        for (const char *name : {"lang", "theme", "source", "client_id", "partnerId", "utm_source", "utm_medium",
                                 "utm_campaign", "utm_term", "utm_content", "gclid"}) {
            const QString value = q.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
            if (!value.isEmpty())
                items.append({QString::fromLatin1(name), value});
        }
        return items;
    }

    static QString withItems(const QString &path, const QList<QPair<QString, QString>> &items)
    {
        QUrl url(path);
        QUrlQuery query;
        for (const auto &[k, v] : items)
            query.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
        url.setQuery(query);
        return url.toString(QUrl::FullyEncoded);
    }

    HttpResponse loginPage(const HttpRequest &request, const QString &errorText, const QUrlQuery *submitted = nullptr,
                           bool signUpFace = false)
    {
        const QUrlQuery query = submitted ? *submitted : request.query();
        const SandboxPages pages(query.queryItemValue(QStringLiteral("lang")), query.queryItemValue(QStringLiteral("theme")));
        HttpResponse r;
        if (query.queryItemValue(QStringLiteral("client_id")) != ClientId) {
            r.status = 400;
            r.body = pages.page(pages.text("login.title"), pages.error(pages.text("unknownClient")));
            return r;
        }
        const bool signUp = submitted ? signUpFace : query.queryItemValue(QStringLiteral("firstLogin")) == QLatin1String("true");
        auto items = carried(query);
        const QString email = submitted ? query.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded) : QString();

        QString fields = pages.input(QStringLiteral("email"), pages.text("email"), QStringLiteral("email"), email)
            + pages.input(QStringLiteral("password"), pages.text("password"), QStringLiteral("password"))
            + pages.checkbox(QStringLiteral("kmli"), pages.text("kmli"));
        QString body = errorText.isEmpty() ? QString() : pages.error(errorText);
        auto otherFace = items;
        otherFace.append({QStringLiteral("firstLogin"), signUp ? QStringLiteral("false") : QStringLiteral("true")});
        if (signUp) {
            body += pages.form(QStringLiteral("/auth/signup"), items, fields, pages.text("signup.submit"), QStringLiteral("signup"));
            body += QStringLiteral("<div class=\"links\">%1</div>")
                        .arg(pages.link(withItems(LoginPath, otherFace), pages.text("toLogin"), QStringLiteral("to-login")));
        } else {
            body += pages.form(LoginPath, items, fields, pages.text("login.submit"), QStringLiteral("login"));
            body += QStringLiteral("<div class=\"links\">%1%2</div>")
                        .arg(pages.link(withItems(LoginPath, otherFace), pages.text("toSignup"), QStringLiteral("to-signup")),
                             pages.link(withItems(QStringLiteral("/auth/reset"), carried(query)), pages.text("reset"),
                                        QStringLiteral("reset")));
        }
        r.status = errorText.isEmpty() ? 200 : 401;
        r.body = pages.page(pages.text(signUp ? "signup.title" : "login.title"), body);
        // A client-area cookie, as real brokers set: log out must clear it from the web profile.
        r.headers.append({"Set-Cookie", "sbx_visit=" + randomSecret().left(16).toLatin1() + "; Path=/; Secure; HttpOnly; SameSite=Lax"});
        return r;
    }

    HttpResponse submitLogin(const HttpRequest &request)
    {
        const QUrlQuery form = request.form();
        const SandboxPages pages(form.queryItemValue(QStringLiteral("lang")), QString());
        const QString email = form.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded).trimmed();
        const QString password = form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
        const QString userId = userByEmail.value(email.toLower());
        if (!checkPassword(userId, password))
            return loginPage(request, pages.text("badCredentials"), &form, false);
        if (form.queryItemValue(QStringLiteral("client_id")) != ClientId)
            return loginPage(request, QString(), &form, false);
        const bool kmli = form.queryItemValue(QStringLiteral("kmli")) == QLatin1String("1");
        Q_EMIT q->screenCompleted(QStringLiteral("login"), userId);
        return HttpResponse::redirect(successUrl({{QStringLiteral("token"), issueOneTimeToken(userId, OneTimeToken::Login, kmli)}}));
    }

    HttpResponse submitSignUp(const HttpRequest &request)
    {
        const QUrlQuery form = request.form();
        const SandboxPages pages(form.queryItemValue(QStringLiteral("lang")), QString());
        const QString email = form.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded).trimmed();
        const QString password = form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
        if (form.queryItemValue(QStringLiteral("client_id")) != ClientId)
            return loginPage(request, QString(), &form, true);
        if (!validEmail(email))
            return loginPage(request, pages.text("invalidEmail"), &form, true);
        if (userByEmail.contains(email.toLower()))
            return loginPage(request, pages.text("userExists"), &form, true);
        if (password.size() < 8)
            return loginPage(request, pages.text("weakPassword"), &form, true);

        const QString userId = createUser(email, password);
        for (const auto &[name, value] : carried(form)) {
            if (name == QLatin1String("partnerId") || name.startsWith(QLatin1String("utm_")) || name == QLatin1String("gclid"))
                users[userId].attribution.insert(name, value);
        }
        users[userId].language = pages.language();
        // The browser moves on to account creation by itself (specification, user creation step 8).
        const QString signUp = randomSecret();
        signUps.insert(signUp, {userId, form.queryItemValue(QStringLiteral("kmli")) == QLatin1String("1"), now() + FormLifetimeMs});
        auto items = carried(form);
        items.append({QStringLiteral("signup"), signUp});
        return HttpResponse::redirect(q->baseUrl().resolved(QUrl(withItems(QStringLiteral("/account/create"), items))));
    }

    HttpResponse accountCreation(const HttpRequest &request)
    {
        const bool post = request.method == "POST";
        const QUrlQuery query = post ? request.form() : request.query();
        const SandboxPages pages(query.queryItemValue(QStringLiteral("lang")), query.queryItemValue(QStringLiteral("theme")));
        const QString signUp = query.queryItemValue(QStringLiteral("signup"));
        const auto it = signUps.constFind(signUp);
        if (it == signUps.constEnd() || it->expiresAt <= now()) {
            HttpResponse r;
            r.status = 404;
            r.body = pages.errorPage(pages.text("form.expired"));
            return r;
        }
        if (!post) {
            auto hidden = carried(query);
            hidden.append({QStringLiteral("signup"), signUp});
            const QString fields = pages.notice(pages.text("account.intro"))
                + pages.select(QStringLiteral("currency"), pages.text("currency"),
                               {{QStringLiteral("USD"), QStringLiteral("USD")}, {QStringLiteral("EUR"), QStringLiteral("EUR")},
                                {QStringLiteral("GBP"), QStringLiteral("GBP")}});
            HttpResponse r;
            r.body = pages.page(pages.text("account.title"),
                                pages.form(QStringLiteral("/account/create"), hidden, fields, pages.text("account.submit"),
                                           QStringLiteral("account")));
            return r;
        }
        const PendingSignUp pending = *it;
        signUps.erase(it);
        QString currency = query.queryItemValue(QStringLiteral("currency"));
        if (currency != QLatin1String("EUR") && currency != QLatin1String("GBP"))
            currency = QStringLiteral("USD");
        createAccount(pending.userId, currency, 0, QString());
        Q_EMIT q->screenCompleted(QStringLiteral("signUp"), pending.userId);
        return HttpResponse::redirect(
            successUrl({{QStringLiteral("token"), issueOneTimeToken(pending.userId, OneTimeToken::Login, pending.keepMeLoggedIn)}}));
    }

    HttpResponse resetPage(const HttpRequest &request)
    {
        const bool post = request.method == "POST";
        const QUrlQuery query = post ? request.form() : request.query();
        const SandboxPages pages(query.queryItemValue(QStringLiteral("lang")), query.queryItemValue(QStringLiteral("theme")));
        auto items = carried(query);
        auto loginItems = items;
        loginItems.append({QStringLiteral("firstLogin"), QStringLiteral("false")});
        const QString back = withItems(LoginPath, loginItems);
        HttpResponse r;
        if (post) {
            r.body = pages.page(pages.text("reset.title"), pages.notice(pages.text("reset.sent")), back);
        } else {
            r.body = pages.page(pages.text("reset.title"),
                                pages.form(QStringLiteral("/auth/reset"), items,
                                           pages.input(QStringLiteral("email"), pages.text("email"), QStringLiteral("email")),
                                           pages.text("reset.submit"), QStringLiteral("reset")),
                                back);
        }
        return r;
    }

    // --- InApp screens ------------------------------------------------------------------

    QString cancelUrl() const
    {
        return successUrl({{QStringLiteral("status"), QStringLiteral("cancelled")}}).toString(QUrl::FullyEncoded);
    }

    HttpResponse tokenRefused(const SandboxPages &pages, TokenCheck check)
    {
        HttpResponse r;
        const char *key = "token.unknown";
        switch (check) {
        case TokenCheck::Missing: r.status = 400; key = "token.missing"; break;
        case TokenCheck::Expired: r.status = 410; key = "token.expired"; break;
        default: r.status = 404; break;
        }
        r.body = pages.errorPage(pages.text(key), cancelUrl());
        return r;
    }

    HttpResponse openInAppScreen(const HttpRequest &request, const QString &screen)
    {
        const QUrlQuery query = request.query();
        const SandboxPages pages(query.queryItemValue(QStringLiteral("lang")), query.queryItemValue(QStringLiteral("theme")));
        const QString account = query.queryItemValue(QStringLiteral("account"));
        // The account is checked before the token is spent, so that a wrong call costs no token.
        if (screenNeedsAccount(screen) && account.isEmpty()) {
            HttpResponse r;
            r.status = 400;
            r.body = pages.errorPage(pages.text("account.missing"), cancelUrl());
            return r;
        }
        OneTimeToken token;
        const TokenCheck check = spendOneTimeToken(query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded),
                                                   OneTimeToken::InApp, &token);
        if (check != TokenCheck::Ok)
            return tokenRefused(pages, check);
        if (!account.isEmpty() && accounts.value(account).userId != token.userId) {
            HttpResponse r;
            r.status = 403;
            r.body = pages.errorPage(pages.text("account.notYours"), cancelUrl());
            return r;
        }
        FormSession form;
        form.userId = token.userId;
        form.screen = screen;
        form.account = account;
        form.expiresAt = now() + FormLifetimeMs;
        const QString key = randomSecret();
        forms.insert(key, form);
        return renderInApp(pages, key, form, QString());
    }

    HttpResponse renderInApp(const SandboxPages &pages, const QString &key, const FormSession &form, const QString &errorText)
    {
        const QList<QPair<QString, QString>> hidden = {{QStringLiteral("form"), key},
                                                       {QStringLiteral("lang"), pages.language()},
                                                       {QStringLiteral("theme"), pages.theme()}};
        const QString action = QStringLiteral("/inapp/") + form.screen;
        QString body = errorText.isEmpty() ? QString() : pages.error(errorText);
        const char *titleKey = "academy.title";
        for (const auto &s : inAppScreens()) {
            if (s.first == form.screen)
                titleKey = s.second;
        }
        const QString id = QStringLiteral("inapp");

        if (form.screen == QLatin1String("deposit") && form.step == 2) {
            body += paymentStep(pages, key, form);
        } else if (form.screen == QLatin1String("deposit") || form.screen == QLatin1String("withdraw")) {
            const Account &a = accounts[form.account];
            body += pages.notice(pages.text("account").arg(a.login) + QStringLiteral(" · ")
                                 + pages.text("balance").arg(formatCents(a.balanceCents), a.currency));
            body += pages.form(action, hidden, pages.input(QStringLiteral("amount"), pages.text("amount"), QStringLiteral("text")),
                               pages.text(form.screen == QLatin1String("deposit") ? "deposit.submit" : "withdraw.submit"), id);
        } else if (form.screen == QLatin1String("kyc")) {
            body += QStringLiteral("<p id=\"step\">%1</p>").arg(pages.text("kyc.step").arg(form.step));
            QString fields;
            if (form.step == 1) {
                fields = pages.input(QStringLiteral("fullName"), pages.text("fullName"))
                    + pages.input(QStringLiteral("birthDate"), pages.text("birthDate"), QStringLiteral("date"));
            } else if (form.step == 2) {
                fields = pages.select(QStringLiteral("docType"), pages.text("docType"),
                                      {{QStringLiteral("passport"), pages.text("passport")}, {QStringLiteral("idCard"), pages.text("idCard")}})
                    + pages.input(QStringLiteral("docNumber"), pages.text("docNumber"))
                    + kycUploadFrame(pages, form);
            } else {
                fields = pages.notice(pages.text("kyc.review") + QStringLiteral(": ")
                                      + form.data.value(QStringLiteral("fullName")).toString() + QStringLiteral(", ")
                                      + form.data.value(QStringLiteral("docNumber")).toString())
                    + pages.checkbox(QStringLiteral("confirm"), pages.text("kyc.confirm"));
            }
            body += pages.form(action, hidden, fields, pages.text(form.step < 3 ? "next" : "submit"), id);
        } else if (form.screen == QLatin1String("support")) {
            body += chatFrame(pages);
            body += pages.notice(pages.text("support.intro"));
            body += QStringLiteral("<ol id=\"chat\">");
            for (const QString &line : form.chat)
                body += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
            body += QStringLiteral("</ol>");
            body += pages.form(action, hidden, pages.input(QStringLiteral("message"), pages.text("message")),
                               pages.text("send"), id);
            auto done = hidden;
            done.append({QStringLiteral("done"), QStringLiteral("1")});
            body += pages.form(action, done, QString(), pages.text("done"), QStringLiteral("done"));
        } else if (form.screen == QLatin1String("newAccount")) {
            body += pages.form(action, hidden,
                               pages.select(QStringLiteral("currency"), pages.text("currency"),
                                            {{QStringLiteral("USD"), QStringLiteral("USD")}, {QStringLiteral("EUR"), QStringLiteral("EUR")},
                                             {QStringLiteral("GBP"), QStringLiteral("GBP")}}),
                               pages.text("account.submit"), id);
        } else if (form.screen == QLatin1String("changePassword")) {
            body += pages.form(action, hidden,
                               pages.input(QStringLiteral("currentPassword"), pages.text("currentPassword"), QStringLiteral("password"))
                                   + pages.input(QStringLiteral("newPassword"), pages.text("newPassword"), QStringLiteral("password")),
                               pages.text("submit"), id);
        } else if (form.screen == QLatin1String("changeEmail")) {
            body += pages.form(action, hidden, pages.input(QStringLiteral("newEmail"), pages.text("newEmail"), QStringLiteral("email")),
                               pages.text("submit"), id);
        } else {
            body += pages.notice(pages.text("academy.intro"));
            body += pages.form(action, hidden, QString(), pages.text("academy.submit"), id);
        }
        HttpResponse r;
        r.status = errorText.isEmpty() ? 200 : 422;
        r.body = pages.page(pages.text(titleKey), body, cancelUrl());
        return r;
    }

    HttpResponse submitInAppScreen(const HttpRequest &request, const QString &screen)
    {
        const QUrlQuery f = request.form();
        const SandboxPages pages(f.queryItemValue(QStringLiteral("lang")), f.queryItemValue(QStringLiteral("theme")));
        const QString key = f.queryItemValue(QStringLiteral("form"));
        auto it = forms.find(key);
        if (it == forms.end() || it->screen != screen || it->expiresAt <= now()) {
            HttpResponse r;
            r.status = 404;
            r.body = pages.errorPage(pages.text("form.expired"), cancelUrl());
            return r;
        }
        FormSession &form = *it;
        auto value = [&](const char *name) { return f.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded).trimmed(); };
        auto done = [&]() {
            const QString userId = form.userId;
            forms.erase(it);
            Q_EMIT q->screenCompleted(screen, userId);
            return HttpResponse::redirect(successUrl({{QStringLiteral("status"), QStringLiteral("done")}}));
        };

        if (screen == QLatin1String("deposit") && form.step == 2) {
            // The wallet pop-up approved the payment; the broker checks with the provider itself.
            if (value("wallet") != QLatin1String("1") || !capturePayment(form))
                return renderInApp(pages, key, form, pages.text("deposit.notPaid"));
            return done();
        }
        if (screen == QLatin1String("deposit") || screen == QLatin1String("withdraw")) {
            const qint64 cents = parseAmount(value("amount"));
            if (cents < 0)
                return renderInApp(pages, key, form, pages.text("badAmount"));
            Account &a = accounts[form.account];
            if (screen == QLatin1String("withdraw")) {
                if (cents > a.balanceCents)
                    return renderInApp(pages, key, form, pages.text("insufficient"));
                a.balanceCents -= cents;
                return done();
            }
            // No money moves yet: the payment provider takes it from here.
            form.step = 2;
            form.data.insert(QStringLiteral("payment"), thirdParties->createPayment(q->baseUrl(), cents, a.currency));
            form.data.insert(QStringLiteral("lang"), pages.language());
            form.data.insert(QStringLiteral("theme"), pages.theme());
            return renderInApp(pages, key, form, QString());
        }
        if (screen == QLatin1String("kyc")) {
            if (form.step == 1) {
                if (value("fullName").isEmpty() || value("birthDate").isEmpty())
                    return renderInApp(pages, key, form, pages.text("required"));
                form.data.insert(QStringLiteral("fullName"), value("fullName"));
                form.data.insert(QStringLiteral("kycSession"), thirdParties->createKycSession(q->baseUrl()));
                form.step = 2;
                return renderInApp(pages, key, form, QString());
            }
            if (form.step == 2) {
                if (value("docNumber").isEmpty())
                    return renderInApp(pages, key, form, pages.text("required"));
                if (thirdParties->kycDocument(form.data.value(QStringLiteral("kycSession")).toString()).isEmpty())
                    return renderInApp(pages, key, form, pages.text("kyc.needUpload"));
                form.data.insert(QStringLiteral("docNumber"), value("docNumber"));
                form.step = 3;
                return renderInApp(pages, key, form, QString());
            }
            if (value("confirm") != QLatin1String("1"))
                return renderInApp(pages, key, form, pages.text("kyc.needConfirm"));
            users[form.userId].identityVerified = true;
            return done();
        }
        if (screen == QLatin1String("support")) {
            if (value("done") == QLatin1String("1"))
                return done();
            if (!value("message").isEmpty()) {
                form.chat.append(value("message").left(500));
                form.chat.append(pages.text("support.reply"));
            }
            return renderInApp(pages, key, form, QString());
        }
        if (screen == QLatin1String("newAccount")) {
            QString currency = value("currency");
            if (currency != QLatin1String("EUR") && currency != QLatin1String("GBP"))
                currency = QStringLiteral("USD");
            createAccount(form.userId, currency, 0, QString());
            return done();
        }
        if (screen == QLatin1String("changePassword")) {
            User &user = users[form.userId];
            if (!checkPassword(form.userId, value("currentPassword")))
                return renderInApp(pages, key, form, pages.text("wrongPassword"));
            if (value("newPassword").size() < 8)
                return renderInApp(pages, key, form, pages.text("weakPassword"));
            setPassword(user, value("newPassword"));
            return done();
        }
        if (screen == QLatin1String("changeEmail")) {
            const QString email = value("newEmail");
            if (!validEmail(email))
                return renderInApp(pages, key, form, pages.text("invalidEmail"));
            if (userByEmail.contains(email.toLower()))
                return renderInApp(pages, key, form, pages.text("userExists"));
            User &user = users[form.userId];
            userByEmail.remove(user.email.toLower());
            user.email = email;
            userByEmail.insert(email.toLower(), user.userId);
            return done();
        }
        return done();
    }

    // --- session service (docs/session-protocol.md) -------------------------------------

    static HttpResponse jsonError(const JsonError &e)
    {
        static const QHash<int, QString> names = {{400, QStringLiteral("Bad Request")}, {403, QStringLiteral("Forbidden")},
                                                  {404, QStringLiteral("Not Found")}, {405, QStringLiteral("Method Not Allowed")},
                                                  {410, QStringLiteral("Gone")}};
        return HttpResponse::json(e.status, QJsonDocument(QJsonObject{{QStringLiteral("error"), names.value(e.status)},
                                                                      {QStringLiteral("code"), QString::fromLatin1(e.code)},
                                                                      {QStringLiteral("message"), e.message}})
                                                .toJson(QJsonDocument::Compact));
    }

    static HttpResponse jsonOk(const QJsonObject &o)
    {
        return HttpResponse::json(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    QString bearerUser(const HttpRequest &request) const
    {
        const QByteArray auth = request.header("authorization");
        if (!auth.startsWith("Bearer "))
            return QString();
        return sessions.value(QString::fromLatin1(auth.mid(7).trimmed()));
    }

    QJsonObject signedIn(const QString &userId, bool keepMeLoggedIn)
    {
        QJsonObject o{{QStringLiteral("userId"), userId.toLongLong()},
                      {QStringLiteral("email"), users.value(userId).email},
                      {QStringLiteral("sessionToken"), issueSession(userId)},
                      {QStringLiteral("accounts"), accountsJson(userId)}};
        if (keepMeLoggedIn)
            o.insert(QStringLiteral("accessToken"), issueAccessToken(userId));
        return o;
    }

    HttpResponse sessionService(const HttpRequest &request, const QString &operation)
    {
        static const QHash<QString, QByteArray> methodOf = {
            {QStringLiteral("exchange"), "POST"}, {QStringLiteral("relogin"), "POST"}, {QStringLiteral("inapp-token"), "POST"},
            {QStringLiteral("logout"), "POST"},   {QStringLiteral("ribbons"), "GET"},  {QStringLiteral("accounts"), "GET"},
        };
        if (!methodOf.contains(operation))
            return jsonError({404, "NOT_FOUND", QStringLiteral("no such operation")});
        if (request.method != methodOf.value(operation)) {
            HttpResponse r = jsonError({405, "INVALID_REQUEST", QStringLiteral("use %1").arg(QString::fromLatin1(methodOf.value(operation)))});
            r.headers.append({"Allow", methodOf.value(operation)});
            return r;
        }
        QJsonObject body;
        if (request.method == "POST") {
            if (!request.header("content-type").startsWith("application/json"))
                return jsonError({400, "INVALID_REQUEST", QStringLiteral("Content-Type must be application/json")});
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
            if (parseError.error != QJsonParseError::NoError || !doc.isObject())
                return jsonError({400, "INVALID_REQUEST", QStringLiteral("the body must be a JSON object")});
            body = doc.object();
        }

        if (operation == QLatin1String("exchange")) {
            const QJsonValue token = body.value(QStringLiteral("token"));
            if (!token.isString() || token.toString().isEmpty())
                return jsonError({400, "MISSING_REQUIRED_PARAMETER", QStringLiteral("'token' is required")});
            OneTimeToken t;
            switch (spendOneTimeToken(token.toString(), OneTimeToken::Login, &t)) {
            case TokenCheck::Ok:
                return jsonOk(signedIn(t.userId, t.keepMeLoggedIn));
            case TokenCheck::Expired:
                return jsonError({410, "CID_TOKEN_EXPIRED", QStringLiteral("the one-time token has expired")});
            default:
                return jsonError({404, "CID_NON_EXISTED_TOKEN", QStringLiteral("unknown one-time token")});
            }
        }
        if (operation == QLatin1String("relogin")) {
            const QJsonValue token = body.value(QStringLiteral("accessToken"));
            if (!token.isString() || token.toString().isEmpty())
                return jsonError({400, "MISSING_REQUIRED_PARAMETER", QStringLiteral("'accessToken' is required")});
            const QString userId = accessTokens.value(digest(token.toString()));
            if (userId.isEmpty())
                return jsonError({404, "CID_NON_EXISTED_TOKEN", QStringLiteral("unknown or revoked access token")});
            // Rotation: the presented token is spent and a new one comes back.
            if (rotateAccessTokens)
                removeAccessToken(token.toString());
            return jsonOk(signedIn(userId, rotateAccessTokens));
        }

        const QString userId = bearerUser(request);
        if (userId.isEmpty())
            return jsonError({403, "CH_CLIENT_AUTH_FAILURE", QStringLiteral("missing or unknown session")});

        if (operation == QLatin1String("inapp-token"))
            return jsonOk({{QStringLiteral("token"), issueOneTimeToken(userId, OneTimeToken::InApp, false)}});
        if (operation == QLatin1String("logout")) {
            const QString accessToken = body.value(QStringLiteral("accessToken")).toString();
            if (!accessToken.isEmpty() && accessTokens.value(digest(accessToken)) == userId)
                removeAccessToken(accessToken);
            sessions.remove(QString::fromLatin1(request.header("authorization").mid(7).trimmed()));
            HttpResponse r = HttpResponse::json(204, QByteArray());
            return r;
        }
        if (operation == QLatin1String("ribbons")) {
            QJsonArray ribbons;
            for (const QJsonObject &ribbon : users.value(userId).ribbons)
                ribbons.append(ribbon);
            return jsonOk({{QStringLiteral("rules"), QJsonObject{{QStringLiteral("ribbons"), ribbons}}}});
        }
        return jsonOk({{QStringLiteral("email"), users.value(userId).email}, {QStringLiteral("accounts"), accountsJson(userId)}});
    }

    // --- fixture pages for the embedded view's policy tests -------------------------------

    // --- third parties: payment, 3-D Secure, chat and KYC vendors ----------------------

    static QString jsString(const QString &s)
    {
        QString quoted = QString::fromUtf8(QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact));
        return quoted.mid(1, quoted.size() - 2).replace(QLatin1String("</"), QLatin1String("<\\/"));
    }

    static QString originOf(const QUrl &url)
    {
        return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    }

    // The card form is the provider's iframe; 3-D Secure takes the whole window by a form POST;
    // the wallet is the provider's pop-up, which posts back to this page.
    QString paymentStep(const SandboxPages &pages, const QString &key, const FormSession &form) const
    {
        const QString payment = form.data.value(QStringLiteral("payment")).toString();
        const QUrl provider = thirdParties->paymentProviderUrl();
        const QUrl card = provider.resolved(QUrl(QStringLiteral("/psp/card?payment=") + payment));
        const Account &a = accounts[form.account];
        return QStringLiteral(
                   "<p class=\"notice\" id=\"summary\" tabindex=\"-1\">%1</p>"
                   "<h2>%2</h2>"
                   "<iframe id=\"cardFrame\" title=\"%2\" src=\"%3\" style=\"width:100%;height:400px;border:1px solid var(--muted);border-radius:6px\"></iframe>"
                   "<button id=\"wallet\" type=\"button\">%4</button>"
                   "<p class=\"notice\" id=\"payStatus\" hidden></p>"
                   "<form id=\"threeDs\" method=\"post\" hidden><input type=\"hidden\" name=\"PaReq\">"
                   "<input type=\"hidden\" name=\"MD\" value=\"%5\"><input type=\"hidden\" name=\"TermUrl\" value=\"%6\"></form>"
                   "<form id=\"walletDone\" method=\"post\" action=\"/inapp/deposit\" hidden><input type=\"hidden\" name=\"form\" value=\"%5\">"
                   "<input type=\"hidden\" name=\"lang\" value=\"%7\"><input type=\"hidden\" name=\"theme\" value=\"%8\">"
                   "<input type=\"hidden\" name=\"wallet\" value=\"1\"></form>"
                   "<script>(function() {"
                   "var provider = %9, payment = %10;"
                   "function status(text) { var s = document.getElementById('payStatus'); s.textContent = text; s.hidden = false; }"
                   "document.getElementById('wallet').onclick = function() {"
                   "  window.open(provider + '/psp/wallet?payment=' + encodeURIComponent(payment), 'sandboxpay', 'width=420,height=560'); };"
                   "window.addEventListener('message', function(e) {"
                   "  if (e.origin !== provider || !e.data || e.data.payment !== payment) return;"
                   "  if (e.data.type === 'ready') { document.getElementById('cardFrame').dataset.ready = 'yes'; }"
                   "  else if (e.data.type === 'threeDSecure') { status(%11); var f = document.getElementById('threeDs');"
                   "    f.action = e.data.acsUrl; f.PaReq.value = e.data.paReq; f.submit(); }"
                   "  else if (e.data.type === 'wallet' && e.data.status === 'approved') { document.getElementById('walletDone').submit(); }"
                   "  else { status(%12); }"
                   "});"
                   "})();</script>")
            .arg(pages.text("account").arg(a.login).toHtmlEscaped(), pages.text("deposit.card").toHtmlEscaped(),
                 card.toString(QUrl::FullyEncoded).toHtmlEscaped(), pages.text("deposit.wallet").toHtmlEscaped(), key.toHtmlEscaped(),
                 q->baseUrl().resolved(QUrl(QStringLiteral("/inapp/deposit/3ds"))).toString().toHtmlEscaped(), pages.language(), pages.theme())
            .arg(jsString(originOf(provider)), jsString(payment), jsString(pages.text("deposit.redirecting")), jsString(pages.text("deposit.notPaid")));
    }

    bool capturePayment(FormSession &form)
    {
        qint64 cents = 0;
        if (!thirdParties->capture(form.data.value(QStringLiteral("payment")).toString(), &cents))
            return false;
        accounts[form.account].balanceCents += cents;
        return true;
    }

    // 3-D Secure comes back by a form POST carrying the issuer's answer and our form key (MD).
    HttpResponse depositReturn(const HttpRequest &request)
    {
        const QUrlQuery f = request.form();
        const QString key = f.queryItemValue(QStringLiteral("MD"), QUrl::FullyDecoded);
        auto it = forms.find(key);
        if (it == forms.end() || it->screen != QLatin1String("deposit") || it->step != 2 || it->expiresAt <= now()) {
            HttpResponse r;
            r.status = 404;
            r.body = SandboxPages(QString(), QString()).errorPage(SandboxPages(QString(), QString()).text("form.expired"), cancelUrl());
            return r;
        }
        FormSession &form = *it;
        const SandboxPages pages(form.data.value(QStringLiteral("lang")).toString(), form.data.value(QStringLiteral("theme")).toString());
        const QString payment = form.data.value(QStringLiteral("payment")).toString();
        if (!thirdParties->verifyThreeDSecure(payment, f.queryItemValue(QStringLiteral("PaRes"), QUrl::FullyDecoded)) || !capturePayment(form))
            return renderInApp(pages, key, form, pages.text("deposit.notPaid"));
        const QString userId = form.userId;
        forms.erase(it);
        Q_EMIT q->screenCompleted(QStringLiteral("deposit"), userId);
        return HttpResponse::redirect(successUrl({{QStringLiteral("status"), QStringLiteral("done")}}));
    }

    QString kycUploadFrame(const SandboxPages &pages, const FormSession &form) const
    {
        const QUrl vendor = thirdParties->vendorUrl();
        const QString session = form.data.value(QStringLiteral("kycSession")).toString();
        return QStringLiteral("<label>%1</label>"
                              "<iframe id=\"kycFrame\" title=\"%1\" src=\"%2\" style=\"width:100%;height:150px;border:0\"></iframe>"
                              "<p class=\"notice\" id=\"uploadStatus\" hidden>%3</p>"
                              "<script>window.addEventListener('message', function(e) {"
                              "  if (e.origin !== %4 || !e.data || e.data.type !== 'kyc') return;"
                              "  if (e.data.status === 'ready') document.getElementById('kycFrame').dataset.ready = 'yes';"
                              "  if (e.data.status === 'uploaded') document.getElementById('uploadStatus').hidden = false; });</script>")
            .arg(pages.text("kyc.upload").toHtmlEscaped(),
                 vendor.resolved(QUrl(QStringLiteral("/vendor/kyc?session=") + session)).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                 pages.text("kyc.uploaded").toHtmlEscaped(), jsString(originOf(vendor)));
    }

    QString chatFrame(const SandboxPages &pages) const
    {
        const QUrl vendor = thirdParties->vendorUrl();
        QUrl chat = vendor.resolved(QUrl(QStringLiteral("/vendor/chat")));
        chat.setQuery(QUrlQuery{{QStringLiteral("parent"), QString::fromLatin1(QUrl::toPercentEncoding(originOf(q->baseUrl())))}});
        return QStringLiteral("<h2>%1</h2>"
                              "<iframe id=\"chatFrame\" title=\"%1\" src=\"%2\" style=\"width:100%;height:160px;border:1px solid var(--muted);border-radius:6px\"></iframe>"
                              "<p class=\"notice\" id=\"chatStatus\"></p>"
                              "<script>window.addEventListener('message', function(e) {"
                              "  if (e.origin === %3 && e.data && e.data.type === 'chat')"
                              "    document.getElementById('chatStatus').textContent = %4 + ': ' + e.data.text; });</script>")
            .arg(pages.text("support.chat").toHtmlEscaped(), chat.toString(QUrl::FullyEncoded).toHtmlEscaped(), jsString(originOf(vendor)),
                 jsString(pages.text("support.connected")));
    }

    // A single-page login: fetch() signs in, then the script sends the page to the success URL.
    HttpResponse spaLoginPage(const HttpRequest &request)
    {
        const QUrlQuery query = request.query();
        const SandboxPages pages(query.queryItemValue(QStringLiteral("lang")), query.queryItemValue(QStringLiteral("theme")));
        HttpResponse r;
        if (query.queryItemValue(QStringLiteral("client_id")) != ClientId) {
            r.status = 400;
            r.body = pages.page(pages.text("login.title"), pages.error(pages.text("unknownClient")));
            return r;
        }
        const QString body = QStringLiteral(
            "<form id=\"spa\">%1%2%3<p class=\"error\" id=\"error\" hidden></p><button id=\"submit\" type=\"submit\">%4</button></form>"
            "<script>document.getElementById('spa').addEventListener('submit', function(ev) {"
            "  ev.preventDefault();"
            "  var v = function(id) { return document.getElementById(id); };"
            "  fetch('/auth/api/login', {method: 'POST', headers: {'Content-Type': 'application/json'},"
            "    body: JSON.stringify({email: v('email').value, password: v('password').value, kmli: v('kmli').checked, client_id: %5})})"
            "  .then(function(r) { return r.json().then(function(j) { return {ok: r.ok, j: j}; }); })"
            "  .then(function(a) { if (a.ok) { location.replace(a.j.location); } else { v('error').textContent = a.j.error; v('error').hidden = false; } });"
            "});</script>")
                                 .arg(pages.input(QStringLiteral("email"), pages.text("email"), QStringLiteral("email")),
                                      pages.input(QStringLiteral("password"), pages.text("password"), QStringLiteral("password")),
                                      pages.checkbox(QStringLiteral("kmli"), pages.text("kmli")), pages.text("login.submit").toHtmlEscaped(),
                                      jsString(ClientId));
        r.body = pages.page(pages.text("login.title"), body);
        return r;
    }

    HttpResponse spaLogin(const HttpRequest &request)
    {
        const QJsonObject o = QJsonDocument::fromJson(request.body).object();
        const QString userId = userByEmail.value(o.value(QStringLiteral("email")).toString().trimmed().toLower());
        if (o.value(QStringLiteral("client_id")).toString() != ClientId)
            return HttpResponse::json(400, R"({"error":"Unknown client."})");
        if (!checkPassword(userId, o.value(QStringLiteral("password")).toString())) {
            const QString text = SandboxPages(QString(), QString()).text("badCredentials");
            return HttpResponse::json(401, QJsonDocument(QJsonObject{{QStringLiteral("error"), text}}).toJson(QJsonDocument::Compact));
        }
        Q_EMIT q->screenCompleted(QStringLiteral("login"), userId);
        const QUrl location = successUrl({{QStringLiteral("token"), issueOneTimeToken(userId, OneTimeToken::Login, o.value(QStringLiteral("kmli")).toBool())}});
        return HttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("location"), location.toString(QUrl::FullyEncoded)}})
                                           .toJson(QJsonDocument::Compact));
    }

    HttpResponse testPage(const QString &name)
    {
        const SandboxPages pages{QString(), QString()};
        HttpResponse r;
        if (name == QLatin1String("download")) {
            r.contentType = "application/octet-stream";
            r.headers.append({QByteArray("Content-Disposition"), QByteArray("attachment; filename=\"statement.csv\"")});
            r.body = "date,amount\n2026-01-01,100\n";
            return r;
        }
        if (name == QLatin1String("redirect-external")) {
            // A provider's checkout, reached by a server redirect: the window goes there and back.
            return HttpResponse::redirect(thirdParties->vendorUrl().resolved(QUrl(QStringLiteral("/vendor/chat"))));
        }
        if (name == QLatin1String("untitled")) {
            r.body = "<!DOCTYPE html><p id=\"untitled\">A page without a title.</p>";
            return r;
        }
        if (name == QLatin1String("redirect-loop"))
            return HttpResponse::redirect(q->baseUrl().resolved(QUrl(QStringLiteral("/test/redirect-loop"))));
        if (name == QLatin1String("hostile-frame")) {
            // A third-party frame that, on a click, sends the whole window to the success URL with its own token.
            QUrl frame = thirdParties->vendorUrl().resolved(QUrl(QStringLiteral("/vendor/top-nav")));
            frame.setQuery(QUrlQuery{{QStringLiteral("target"),
                                      QString::fromLatin1(QUrl::toPercentEncoding(
                                          successUrl({{QStringLiteral("token"), QStringLiteral("forged-token")}}).toString(QUrl::FullyEncoded)))}});
            r.body = pages.page(QStringLiteral("Hostile frame"),
                                QStringLiteral("<iframe id=\"hostile\" src=\"%1\" style=\"width:100%;height:200px;border:0\"></iframe>")
                                    .arg(frame.toString(QUrl::FullyEncoded).toHtmlEscaped()));
            return r;
        }
        if (name == QLatin1String("vendor-permission")) {
            QUrl frame = thirdParties->vendorUrl().resolved(QUrl(QStringLiteral("/vendor/locate")));
            frame.setQuery(QUrlQuery{{QStringLiteral("parent"), QString::fromLatin1(QUrl::toPercentEncoding(originOf(q->baseUrl())))}});
            r.body = pages.page(QStringLiteral("Vendor permission"),
                                QStringLiteral("<iframe id=\"locate\" allow=\"geolocation\" src=\"%1\" style=\"width:100%;height:120px;border:0\"></iframe>"
                                               "<script>window.addEventListener('message', function(e) {"
                                               "  if (e.origin === %2 && e.data && e.data.type === 'locate') document.body.dataset.answer = e.data.answer; });</script>")
                                    .arg(frame.toString(QUrl::FullyEncoded).toHtmlEscaped(), jsString(originOf(thirdParties->vendorUrl()))));
            return r;
        }
        if (name == QLatin1String("success-by-any-means")) {
            // Every way a page can ask for the success URL besides navigating its window; then one
            // request that comes after them all.
            const QString success = successUrl().toString(QUrl::FullyEncoded);
            r.body = pages.page(QStringLiteral("Success by any means"),
                                QStringLiteral("<img id=\"img\" src=\"%1?token=img-token\" alt=\"\">"
                                               "<iframe name=\"sink\" src=\"%1?token=frame-token\"></iframe>"
                                               "<form id=\"post\" method=\"post\" action=\"%1\" target=\"sink\"><input type=\"hidden\" name=\"token\" value=\"form-token\"></form>"
                                               "<script>var s = %2;"
                                               "document.getElementById('post').submit();"
                                               "fetch(s + '?token=fetch-token').catch(function() {});"
                                               "new Image().src = s + '?token=image-token';"
                                               "setTimeout(function() { fetch('/test/after').then(function() { document.body.dataset.after = 'yes'; }); }, 0);"
                                               "</script>")
                                    .arg(success.toHtmlEscaped(), jsString(success)));
            return r;
        }
        if (name == QLatin1String("popups")) {
            // Pop-ups with and without a gesture, a flood, and URLs a page must not open.
            const QString chat = thirdParties->vendorUrl().resolved(QUrl(QStringLiteral("/vendor/chat"))).toString();
            r.body = pages.page(QStringLiteral("Pop-ups"),
                                QStringLiteral("<button id=\"popup\" type=\"button\">pop-up</button>"
                                               "<button id=\"flood\" type=\"button\">flood</button>"
                                               "<p><a id=\"data\" href=\"data:text/html,%3Ch1%3Edata%3C/h1%3E\">data</a></p>"
                                               "<p><a id=\"js\" href=\"javascript:void(document.body.dataset.ran='yes')\">javascript</a></p>"
                                               "<script>var chat = %1;"
                                               "document.getElementById('popup').onclick = function() { window.open(chat, '_blank', 'width=360,height=420'); };"
                                               "document.getElementById('flood').onclick = function() {"
                                               "  for (var i = 0; i < 100; ++i) window.open(chat + '?n=' + i, 'flood' + i, 'width=200,height=200');"
                                               "  document.body.dataset.flooded = 'yes'; };"
                                               "if (location.search.indexOf('auto=1') >= 0) { window.open(chat, 'auto', 'width=300,height=300'); document.body.dataset.auto = 'yes'; }"
                                               "</script>")
                                    .arg(jsString(chat)));
            return r;
        }
        if (name == QLatin1String("links")) {
            // Plain HTML with the hostile patterns a client area can contain; scripted by the tests.
            r.body = pages.page(QStringLiteral("Links"),
                                QStringLiteral("<p><a id=\"external\" href=\"https://external.invalid/page\">external</a></p>"
                                               "<p><a id=\"external2\" href=\"https://external.invalid/other\">external 2</a></p>"
                                               "<p><a id=\"blank\" target=\"_blank\" href=\"https://external.invalid/blank\">blank</a></p>"
                                               "<p><a id=\"blank-internal\" target=\"_blank\" href=\"/test/links\">blank internal</a></p>"
                                               "<p><a id=\"download\" href=\"/test/download\">download</a></p>"
                                               "<p><a id=\"redirect\" href=\"/test/redirect-external\">redirect</a></p>"
                                               "<p><a id=\"success\" href=\"%1\">success</a></p>")
                                    .arg(successUrl({{QStringLiteral("token"), QStringLiteral("link-token")}}).toString(QUrl::FullyEncoded)
                                             .toHtmlEscaped()));
            return r;
        }
        r.status = 404;
        r.body = pages.page(pages.text("notFound"), pages.error(pages.text("notFound")));
        return r;
    }
};

SandboxBroker::SandboxBroker(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SandboxBrokerPrivate>())
{
    d->q = this;
    d->clock.start();
}

SandboxBroker::~SandboxBroker() = default;

bool SandboxBroker::start(quint16 port, Certificate certificate, QString *errorString)
{
    QString leaf;
    switch (certificate) {
    case Certificate::Trusted: leaf = QStringLiteral("sandbox-server"); break;
    case Certificate::Untrusted: leaf = QStringLiteral("untrusted-server"); break;
    case Certificate::WrongHost: leaf = QStringLiteral("sandbox-wronghost"); break;
    case Certificate::Expired: leaf = QStringLiteral("sandbox-expired"); break;
    case Certificate::WeakKey: leaf = QStringLiteral("sandbox-weakkey"); break;
    case Certificate::Sha1: leaf = QStringLiteral("sandbox-sha1"); break;
    case Certificate::NoSubjectAltName: leaf = QStringLiteral("sandbox-nosan"); break;
    case Certificate::ClientPurpose: leaf = QStringLiteral("sandbox-clientpurpose"); break;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(QSslCertificate::fromData(resource(leaf + QStringLiteral(".pem"))));
    const QByteArray key = resource(leaf + QStringLiteral(".key"));
    tls.setPrivateKey(QSslKey(key, key.contains("BEGIN RSA") || QSslKey(key, QSsl::Ec).isNull() ? QSsl::Rsa : QSsl::Ec));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    d->server = std::make_unique<SandboxHttpServer>(tls);
    d->server->setHandler([this](const HttpRequest &request, const HttpResponder &responder) { d->handle(request, responder); });
    if (!d->server->listen(QHostAddress::LocalHost, port, errorString)) {
        d->server.reset();
        return false;
    }
    if (!d->thirdParties) {
        // The other companies always present the sandbox CA's certificate, whatever the broker's.
        QSslConfiguration trusted = tls;
        trusted.setLocalCertificateChain(QSslCertificate::fromData(resource(QStringLiteral("sandbox-server.pem"))));
        trusted.setPrivateKey(QSslKey(resource(QStringLiteral("sandbox-server.key")), QSsl::Ec));
        d->thirdParties = std::make_unique<SandboxThirdParties>();
        if (!d->thirdParties->start(trusted, errorString)) {
            d->thirdParties.reset();
            d->server.reset();
            return false;
        }
    }
    qCInfo(lcSandbox).noquote() << "sandbox broker listening on" << baseUrl().toString();
    return true;
}

void SandboxBroker::stop()
{
    d->server.reset();
}

SandboxThirdParties *SandboxBroker::thirdParties() const
{
    return d->thirdParties.get();
}

void SandboxBroker::creditCents(const QString &login, qint64 cents)
{
    if (d->accounts.contains(login))
        d->accounts[login].balanceCents += cents;
}

bool SandboxBroker::isRunning() const
{
    return d->server != nullptr;
}

quint16 SandboxBroker::port() const
{
    return d->server ? d->server->port() : 0;
}

QUrl SandboxBroker::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(QStringLiteral("/"));
    return url;
}

QByteArray SandboxBroker::profileJson(const QString &caFile) const
{
    const QString base = baseUrl().toString();
    QJsonArray actions;
    for (const auto &[id, titleKey] : inAppScreens()) {
        QJsonObject action{{QStringLiteral("id"), id}, {QStringLiteral("url"), QString(QStringLiteral("/inapp/") + id)}};
        if (id == QLatin1String("academy")) {
            action.insert(QStringLiteral("title"), QJsonObject{{QStringLiteral("en"), SandboxPages(QStringLiteral("en"), {}).text(titleKey)},
                                                               {QStringLiteral("de"), SandboxPages(QStringLiteral("de"), {}).text(titleKey)}});
            action.insert(QStringLiteral("icon"), QStringLiteral("academy"));
        }
        if (screenNeedsAccount(id))
            action.insert(QStringLiteral("requiresAccount"), true);
        actions.append(action);
    }
    QJsonObject profile{
        {QStringLiteral("schema"), 1},
        {QStringLiteral("brokerName"), QStringLiteral("Sandbox Markets")},
        {QStringLiteral("clientAreaUrl"), base},
        {QStringLiteral("loginUrl"), QString(base + QStringLiteral("auth/login"))},
        {QStringLiteral("successUrl"), QString(base + QStringLiteral("callback/success"))},
        {QStringLiteral("sessionServiceUrl"), QString(base + QStringLiteral("session/"))},
        {QStringLiteral("loginQuery"), QJsonObject{{QStringLiteral("client_id"), ClientId}}},
        {QStringLiteral("actions"), actions},
        {QStringLiteral("pageLoadTimeoutMs"), 20000},
    };
    if (!caFile.isEmpty()) {
        profile.insert(QStringLiteral("caCertificatesFile"), caFile);
        // The sandbox CA signs the third parties' certificates too; real ones are publicly trusted.
        if (d->thirdParties) {
            QJsonArray origins;
            for (const QUrl &url : {d->thirdParties->paymentProviderUrl(), d->thirdParties->threeDSecureUrl(), d->thirdParties->vendorUrl()})
                origins.append(SandboxBrokerPrivate::originOf(url));
            profile.insert(QStringLiteral("caCertificatesOrigins"), origins);
        }
    }
    return QJsonDocument(profile).toJson();
}

bool SandboxBroker::writeProfile(const QString &profileFile, QString *errorString) const
{
    const QFileInfo info(profileFile);
    auto write = [errorString](const QString &path, const QByteArray &data) {
        QSaveFile f(path);
        if (f.open(QIODevice::WriteOnly) && f.write(data) == data.size() && f.commit())
            return true;
        if (errorString)
            *errorString = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    };
    const QString caFile = info.absoluteDir().filePath(QStringLiteral("sandbox-ca.pem"));
    return write(caFile, caCertificatePem()) && write(info.absoluteFilePath(), profileJson(QStringLiteral("sandbox-ca.pem")));
}

QByteArray SandboxBroker::caCertificatePem()
{
    return resource(QStringLiteral("sandbox-ca.pem"));
}

QByteArray SandboxBroker::untrustedCaCertificatePem()
{
    return resource(QStringLiteral("untrusted-ca.pem"));
}

QString SandboxBroker::addUser(const QString &username, const QString &password)
{
    const QString userId = d->createUser(username, password);
    d->createAccount(userId, QStringLiteral("USD"), 0, QString());
    return userId;
}

QString SandboxBroker::addAccount(const QString &userId, const QString &currency, qint64 balanceCents, const QString &brokerName)
{
    if (!d->users.contains(userId))
        return QString();
    return d->createAccount(userId, currency, balanceCents, brokerName);
}

QString SandboxBroker::userIdOf(const QString &username) const
{
    return d->userByEmail.value(username.toLower());
}

QStringList SandboxBroker::accountsOf(const QString &userId) const
{
    return d->users.value(userId).accounts;
}

qint64 SandboxBroker::balanceCents(const QString &login) const
{
    const auto it = d->accounts.constFind(login);
    return it == d->accounts.constEnd() ? -1 : it->balanceCents;
}

QString SandboxBroker::emailOf(const QString &userId) const
{
    return d->users.value(userId).email;
}

QString SandboxBroker::partnerIdOf(const QString &userId) const
{
    return d->users.value(userId).attribution.value(QStringLiteral("partnerId"));
}

void SandboxBroker::setRequestTimeoutMs(int ms)
{
    if (d->server)
        d->server->setIdleTimeoutMs(ms);
}

void SandboxBroker::setForTests(bool enabled)
{
    d->forTests = enabled;
}

void SandboxBroker::setRotateAccessTokens(bool rotate)
{
    d->rotateAccessTokens = rotate;
}

QString SandboxBroker::traderAccountIdOf(const QString &login) const
{
    return d->accounts.value(login).traderAccountId;
}

QHash<QString, QString> SandboxBroker::attributionOf(const QString &userId) const
{
    return d->users.value(userId).attribution;
}

void SandboxBroker::publishRibbon(const QString &userId, const QJsonObject &ribbon)
{
    if (d->users.contains(userId))
        d->users[userId].ribbons.append(ribbon);
}

void SandboxBroker::clearRibbons(const QString &userId)
{
    if (d->users.contains(userId))
        d->users[userId].ribbons.clear();
}

int SandboxBroker::revokeAccessTokens(const QString &userId)
{
    d->accessTokenText.removeIf([&](const auto &it) { return d->accessTokens.value(it.key()) == userId; });
    return int(d->accessTokens.removeIf([&](const auto &it) { return it.value() == userId; }));
}

bool SandboxBroker::revokeAccessToken(const QString &accessToken)
{
    const bool known = d->accessTokens.contains(SandboxBrokerPrivate::digest(accessToken));
    d->removeAccessToken(accessToken);
    return known;
}

QStringList SandboxBroker::accessTokensOf(const QString &userId) const
{
    QStringList tokens;
    for (auto it = d->accessTokens.cbegin(); it != d->accessTokens.cend(); ++it) {
        if (it.value() == userId)
            tokens.append(d->accessTokenText.value(it.key(), QStringLiteral("(issued by an earlier run)")));
    }
    return tokens;
}

QJsonObject SandboxBroker::saveState() const
{
    QJsonArray users;
    for (const User &u : std::as_const(d->users)) {
        QJsonObject attribution;
        for (auto it = u.attribution.cbegin(); it != u.attribution.cend(); ++it)
            attribution.insert(it.key(), it.value());
        QJsonArray ribbons;
        for (const QJsonObject &r : u.ribbons)
            ribbons.append(r);
        users.append(QJsonObject{{QStringLiteral("userId"), u.userId},
                                 {QStringLiteral("email"), u.email},
                                 {QStringLiteral("passwordSalt"), QString::fromLatin1(u.passwordSalt.toBase64())},
                                 {QStringLiteral("passwordDigest"), QString::fromLatin1(u.passwordDigest.toBase64())},
                                 {QStringLiteral("attribution"), attribution},
                                 {QStringLiteral("language"), u.language},
                                 {QStringLiteral("accounts"), QJsonArray::fromStringList(u.accounts)},
                                 {QStringLiteral("ribbons"), ribbons},
                                 {QStringLiteral("identityVerified"), u.identityVerified}});
    }
    QJsonArray accounts;
    for (const Account &a : std::as_const(d->accounts)) {
        accounts.append(QJsonObject{{QStringLiteral("login"), a.login},
                                    {QStringLiteral("traderAccountId"), a.traderAccountId},
                                    {QStringLiteral("userId"), a.userId},
                                    {QStringLiteral("currency"), a.currency},
                                    {QStringLiteral("brokerName"), a.brokerName},
                                    {QStringLiteral("balanceCents"), a.balanceCents}});
    }
    QJsonObject accessTokens; // digests only: the tokens live in the users' keychains
    for (auto it = d->accessTokens.cbegin(); it != d->accessTokens.cend(); ++it)
        accessTokens.insert(QString::fromLatin1(it.key().toBase64()), it.value());
    return {{QStringLiteral("version"), 1},
            {QStringLiteral("port"), baseUrl().port()},
            {QStringLiteral("nextUserId"), d->nextUserId},
            {QStringLiteral("nextLogin"), d->nextLogin},
            {QStringLiteral("nextTraderAccountId"), d->nextTraderAccountId},
            {QStringLiteral("users"), users},
            {QStringLiteral("accounts"), accounts},
            {QStringLiteral("accessTokenDigests"), accessTokens}};
}

bool SandboxBroker::restoreState(const QJsonObject &state)
{
    if (state.value(QStringLiteral("version")).toInt() != 1)
        return false;
    d->users.clear();
    d->userByEmail.clear();
    d->accounts.clear();
    d->accessTokens.clear();
    d->accessTokenText.clear();
    d->nextUserId = state.value(QStringLiteral("nextUserId")).toInt(d->nextUserId);
    d->nextLogin = state.value(QStringLiteral("nextLogin")).toInt(d->nextLogin);
    d->nextTraderAccountId = state.value(QStringLiteral("nextTraderAccountId")).toInteger(d->nextTraderAccountId);
    for (const QJsonValue &v : state.value(QStringLiteral("users")).toArray()) {
        const QJsonObject o = v.toObject();
        User u;
        u.userId = o.value(QStringLiteral("userId")).toString();
        u.email = o.value(QStringLiteral("email")).toString();
        u.passwordSalt = QByteArray::fromBase64(o.value(QStringLiteral("passwordSalt")).toString().toLatin1());
        u.passwordDigest = QByteArray::fromBase64(o.value(QStringLiteral("passwordDigest")).toString().toLatin1());
        const QJsonObject attribution = o.value(QStringLiteral("attribution")).toObject();
        for (auto it = attribution.constBegin(); it != attribution.constEnd(); ++it)
            u.attribution.insert(it.key(), it.value().toString());
        u.language = o.value(QStringLiteral("language")).toString();
        for (const QJsonValue &a : o.value(QStringLiteral("accounts")).toArray())
            u.accounts.append(a.toString());
        for (const QJsonValue &r : o.value(QStringLiteral("ribbons")).toArray())
            u.ribbons.append(r.toObject());
        u.identityVerified = o.value(QStringLiteral("identityVerified")).toBool();
        if (u.userId.isEmpty() || u.email.isEmpty())
            return false;
        d->userByEmail.insert(u.email.toLower(), u.userId);
        d->users.insert(u.userId, u);
    }
    for (const QJsonValue &v : state.value(QStringLiteral("accounts")).toArray()) {
        const QJsonObject o = v.toObject();
        Account a;
        a.login = o.value(QStringLiteral("login")).toString();
        a.traderAccountId = o.value(QStringLiteral("traderAccountId")).toString();
        a.userId = o.value(QStringLiteral("userId")).toString();
        a.currency = o.value(QStringLiteral("currency")).toString();
        a.brokerName = o.value(QStringLiteral("brokerName")).toString();
        a.balanceCents = o.value(QStringLiteral("balanceCents")).toInteger();
        if (a.login.isEmpty() || !d->users.contains(a.userId))
            return false;
        d->accounts.insert(a.login, a);
    }
    const QJsonObject digests = state.value(QStringLiteral("accessTokenDigests")).toObject();
    for (auto it = digests.constBegin(); it != digests.constEnd(); ++it)
        d->accessTokens.insert(QByteArray::fromBase64(it.key().toLatin1()), it.value().toString());
    return true;
}

QByteArray SandboxBroker::lastCookieHeader(const QString &path) const
{
    return d->cookies.value(path);
}

int SandboxBroker::endSessions(const QString &userId)
{
    int ended = 0;
    for (auto it = d->sessions.begin(); it != d->sessions.end();) {
        if (it.value() == userId) {
            it = d->sessions.erase(it);
            ++ended;
        } else {
            ++it;
        }
    }
    return ended;
}

QStringList SandboxBroker::sessionsOf(const QString &userId) const
{
    QStringList live;
    for (auto it = d->sessions.cbegin(); it != d->sessions.cend(); ++it) {
        if (it.value() == userId)
            live.append(it.key());
    }
    return live;
}

QHash<QString, int> SandboxBroker::tableSizes() const
{
    return {{QStringLiteral("oneTimeTokens"), int(d->oneTimeTokens.size())},
            {QStringLiteral("spentOneTimeTokens"), int(d->usedOneTimeTokens.size())},
            {QStringLiteral("sessions"), int(d->sessions.size())},
            {QStringLiteral("forms"), int(d->forms.size())},
            {QStringLiteral("signUps"), int(d->signUps.size())}};
}

QStringList SandboxBroker::issuedSecrets() const
{
    return d->issued;
}

void SandboxBroker::advanceClock(qint64 ms)
{
    d->clockOffset += ms;
}

void SandboxBroker::setFault(const QString &path, Fault fault, int times)
{
    d->faultsLeft.remove(path);
    if (fault == Fault::None) {
        d->faults.remove(path);
        return;
    }
    d->faults.insert(path, fault);
    if (times > 0)
        d->faultsLeft.insert(path, times);
}

void SandboxBroker::clearFaults()
{
    d->faults.clear();
    d->faultsLeft.clear();
}

void SandboxBroker::setFaultDelayMs(int ms)
{
    d->faultDelayMs = ms;
}

int SandboxBroker::pendingDelayedAnswers() const
{
    return d->delayedAnswers;
}

int SandboxBroker::faultDelayMs() const
{
    return d->faultDelayMs;
}

int SandboxBroker::requestCount(const QString &path) const
{
    return d->counters.value(path);
}

QHash<QString, int> SandboxBroker::requestCounts() const
{
    return d->counters;
}

int SandboxBroker::totalRequestCount() const
{
    return d->total;
}

void SandboxBroker::resetCounters()
{
    d->counters.clear();
    d->total = 0;
}

} // namespace InAppKit::Sandbox
